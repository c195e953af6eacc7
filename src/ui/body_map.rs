//! The body map: view tabs, zoom controls, the figure with its layers (landmark overlay,
//! meridian paths, point markers) and the meridian legend.

use super::locate_quiz::LocateLayer;
use super::map_layers;
use super::use_pan_zoom::{use_pan_zoom, Gesture};
use super::use_size_on_screen::use_size_on_screen;
use super::{lang, strings, view_label, Drawn, WidgetState, SVG};
use super::point_chooser::{PointChooser, ASK_GAP_PX, NUMBERS_PX};
use super::selection_peek::SelectionPeek;
use crate::attributes::Mode;
use crate::figure::View;
use crate::state::{kept_drawn, marked_points};
use crate::model::Point;
use crate::strings::fill;
use crate::text::decimal;
use crate::viewport::{label_anchor, label_side, labelled, nearest_in_direction, translate_scale, within_reach, Direction, Viewport};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, SvgElement};

#[component]
pub fn BodyMap() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    // A new view comes in two frames: its tab and figure at once, then its markers, labels and
    // paths, drawn for `marked` (building a view's markers takes up to half a second with a
    // phone's CPU; the reader sees the switch meanwhile, the marks of the last view hidden).
    let marked = RwSignal::new(state.view.get_untracked());
    Effect::new(move |_| {
        if state.view.get() != marked.get_untracked() {
            // (`try_`: the widget may be gone by then.)
            super::after_paint(move || {
                if let Some(view) = state.view.try_get_untracked() {
                    let _ = marked.try_set(view);
                }
            });
        }
    });
    let marking = move || marked.get() != state.view.get();
    // The visible points drawn on this view, in list order (best match first), and the
    // selected point wherever they leave it out.
    let on_view = Memo::new(move |_| {
        let view = marked.get();
        state.visible.with(|visible| marked_points(visible.iter().copied(), state.selected.get(), view))
    });
    // The codes labelled on the map (`labels`, see `viewport::labelled`); while a new view's
    // marks are on their way, or the map is moving (`WidgetState::moving`), the labels are left
    // as they are.
    let labelled = Memo::new(move |before: Option<&Vec<(&'static str, bool)>>| {
        if marking() || state.moving.get() {
            return before.cloned().unwrap_or_default();
        }
        let viewport = state.viewport.get();
        on_view.with(|points| labelled(points, marked.get(), state.selected.get(), &viewport, state.mode.get(), state.labels.get()))
    });
    // The markers drawn, in the pool's order: those shown and those of this view a search or
    // filter hides; then the selected point where the pool leaves it out.
    let drawn = Memo::new(move |before: Option<&(View, Vec<&'static Point>)>| {
        let view = marked.get();
        let before = before.filter(|(v, _)| *v == view).map_or(&[][..], |(_, b)| &b[..]);
        (view, on_view.with(|shown| state.pool.with(|pool| kept_drawn(before, shown, pool))))
    });
    let markers = move || drawn.with(|(view, points)| points.iter().map(|p| (*view, *p)).collect::<Vec<_>>());
    // The map is one Tab stop (a roving tabindex): the marker the keyboard is on, else the
    // selected point, else the first; the arrow keys move it (see `MapSvg`).
    let keyboard_at = RwSignal::new(None::<(&'static Point, usize)>);
    // The point last chosen on the map itself (see `SelectionPeek`), at first the one the page
    // opens on: on a phone's first screen, where its card is below the map, its cautions are
    // then in sight too.
    state.map_picked.set(state.selected.get_untracked());
    let tab_stop = Memo::new(move |_| {
        let points = on_view.get();
        let wanted = keyboard_at.get().map(|(p, _)| p).or(state.selected.get());
        wanted.filter(|w| points.contains(w)).or(points.first().copied()).map(|p| p.code)
    });
    let zoom = move |factor: f32| {
        state.viewport.update(|v| {
            let centre = (v.cx, v.cy);
            *v = v.zoom_at(factor, centre)
        })
    };
    acu_view! {
        <section class="map-panel" part="map">
            <div class="tabs" role="tablist" aria-label=s.view_tabs_label>
                {View::ALL.map(|v| acu_view! { <ViewTab view=v /> }).collect_view()}
            </div>
            <div class="toolbar">
                <button type="button" class="tool" aria-label=s.zoom_in title=s.zoom_in data-testid="zoom-in" on:click=move |_| zoom(1.5)>
                    "+"
                </button>
                <button type="button" class="tool" aria-label=s.zoom_out title=s.zoom_out data-testid="zoom-out" on:click=move |_| zoom(1.0 / 1.5)>
                    "−"
                </button>
                <button
                    type="button"
                    class="tool"
                    aria-label=s.zoom_reset
                    title=s.zoom_reset
                    data-testid="zoom-reset"
                    on:click=move |_| state.reset_zoom()
                >
                    "⟲"
                </button>
                <button
                    type="button"
                    class="tool toggle"
                    aria-pressed=move || state.overlay.get().to_string()
                    data-testid="overlay"
                    on:click=move |_| state.overlay.update(|o| *o = !*o)
                >
                    {s.overlay_toggle}
                </button>
                <CopyLink />
            </div>
            <div
                class="map-frame"
                role="tabpanel"
                aria-labelledby=move || format!("tab-{}", state.view.get())
            >
                <MapSvg on_view marked labelled markers keyboard_at tab_stop />
                <CloseupOffer />
            </div>
            // A view that draws none of the points listed (a close-up of the palm for PC6, HT7
            // and LU9) would be an empty figure without a word, or the selected point's alone.
            {move || {
                state.visible.with(|listed| !listed.is_empty() && on_view.with(|v| v.iter().all(|p| !listed.contains(p))))
                    .then(|| acu_view! { <p class="map-hint none-here" data-testid="none-on-view">{s.none_on_view}</p> })
            }}
            <SelectionPeek picked=state.map_picked on_map=true />
            <p class="map-hint">{s.zoom_hint}</p>
            <map_layers::Legend on_view />
        </section>
    }
}

/// The figure and its layers. Keyboard: Tab reaches one marker (`tab_stop`); the arrow keys go
/// to the nearest marker in their direction, Home and End to the first and last, Enter or Space
/// selects; Escape goes back to the map itself, where the arrow keys pan and Enter (or Tab)
/// returns to the markers; + − and 0 zoom anywhere on the map.
#[component]
fn MapSvg(
    on_view: Memo<Vec<&'static Point>>,
    /// The view the marks are drawn for (see `BodyMap`).
    marked: RwSignal<View>,
    labelled: Memo<Vec<(&'static str, bool)>>,
    markers: impl Fn() -> Vec<(View, &'static Point)> + Send + Sync + 'static,
    /// The marker the keyboard is on, and which of its sites.
    keyboard_at: RwSignal<Option<(&'static Point, usize)>>,
    tab_stop: Memo<Option<&'static str>>,
) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let figure = move || state.view.get().figure();
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let points_ref = NodeRef::<leptos::svg::G>::new();
    // As the widget is first built, the markers come in a task after the rest of the map
    // (`super::Built`).
    let markers_built = super::built(0);
    // The markers shown and the one Tab reaches (`Drawn::show_only`), and their hit circles
    // (`Drawn::fit_hits`: again only when the markers shown or their scale changed, not when
    // the keyboard moves), a microtask after `<For>` has drawn the markers of a new view.
    Effect::new(move |fitted: Option<Option<(Vec<&'static Point>, f32)>>| {
        let (Some(points), _, shown, scale, true) = (points_ref.get(), tab_stop.track(), on_view.get(), state.mark_scale.get(), markers_built()) else {
            return None;
        };
        let refit = fitted.flatten().is_none_or(|(before, at)| before != shown || at != scale);
        queue_microtask(move || {
            on_view.try_with_untracked(|shown| {
                let drawn = Drawn::read(&points, shown);
                drawn.show_only(tab_stop.try_get_untracked().flatten());
                if refit {
                    drawn.fit_hits(marked.get_untracked(), scale);
                }
            });
        });
        Some((shown, scale))
    });
    let pan_zoom = use_pan_zoom(svg_ref, state.viewport, state.moving);
    use_size_on_screen(svg_ref, state.viewport);
    // The markers a tap or a click may have meant, while the map asks which (`PointChooser`): the
    // question goes when the map moves, shows other markers or a point is chosen anywhere.
    // (Of a type the store has already: each new signal type costs the wasm its own copy of
    // the signals' code.)
    let choices = RwSignal::new(None::<Vec<&'static Point>>);
    let asked_at = StoredValue::new((0, false, (0.0, 0.0)));
    Effect::new(move |_| {
        (state.viewport.track(), on_view.track(), state.selected.track());
        choices.set(None);
    });
    // The marker an event is on, and its point (`None` for a marker not on this view): the
    // markers' clicks and keys are handled here, by two listeners on the map rather than two
    // on each of hundreds of markers.
    let marker_of = move |ev: &web_sys::Event| {
        let marker = ev.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|el| el.closest(".point").ok().flatten())?;
        let code = marker.get_attribute("data-code");
        Some(on_view.with_untracked(|points| points.iter().copied().find(|p| Some(p.code) == code.as_deref())))
    };
    // The reader's choice of a point on the map (a click, or an answer to `PointChooser`).
    let select = move |point: &'static Point| {
        keyboard_at.set(Some((point, 0)));
        state.pick_on_map(point);
    };
    // A click selects the point of the marker nearest to it, within a hit circle's reach,
    // whichever marker is drawn over it (`within_reach`); a finger's tap among crowded markers,
    // or a click on markers drawn on one another, asks which it meant (in study mode, where
    // the points are not named, by numbers beside the markers). On the figure away from the
    // markers, in an area with a close-up, a click offers the close-up; a tap answers a locate
    // question, whose markers are hidden.
    let on_click = move |ev: web_sys::MouseEvent| {
        if pan_zoom.dragged() {
            return;
        }
        // A click no pointer made (a screen reader's, `click()`: `detail` 0) is on its marker.
        if ev.detail() == 0 {
            if let Some(marker) = marker_of(&ev) {
                if let Some(point) = marker {
                    select(point);
                }
                return;
            }
        }
        // The pointer's place to a fraction of a pixel (`client_x` rounds it): a locate answer
        // is scored in tenths of a B-cun.
        let exact = |name: &str, rounded: i32| js_sys::Reflect::get(&ev, &name.into()).ok().and_then(|v| v.as_f64()).unwrap_or(f64::from(rounded)) as f32;
        let client = (exact("clientX", ev.client_x()), exact("clientY", ev.client_y()));
        let (Some((per_px, at)), Some(svg)) = (pan_zoom.at(client), svg_ref.get_untracked()) else { return };
        let question = state.locate.with_untracked(|q| q.as_ref().filter(|q| q.answer.is_none()).map(|q| (q.round.kind, q.round.finished())));
        if let Some((crate::quiz::Kind::Tap, _)) = question {
            state.answer_tap(at);
            return;
        }
        // (No markers to choose while a question hides them, or a new view's are on their way.)
        let by_finger = pan_zoom.by_finger();
        let view = marked.get_untracked();
        let near = if matches!(question, Some((_, false))) || view != state.view.get_untracked() {
            Vec::new()
        } else {
            on_view.with_untracked(|shown| within_reach(shown, view, at, per_px, by_finger))
        };
        match near[..] {
            [_, _, ..] => {
                // Asked beside the pointer: under it on the screen's upper half, else over it.
                let top = svg.parent_element().map_or(0.0, |frame| frame.get_bounding_client_rect().top());
                let screen = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
                let over = f64::from(client.1) > screen / 2.0;
                // In study mode, clear of the numbers around the tap (`number_choices`).
                let gap = ASK_GAP_PX + if state.mode.get_untracked() == Mode::Study { NUMBERS_PX as i32 + 10 } else { 0 };
                asked_at.set_value(((f64::from(client.1) - top) as i32 + if over { -gap } else { gap }, over, at));
                choices.set(Some(near));
            }
            [nearest, ..] => select(nearest),
            [] => state.offer.set(figure().closeup_at(at.0, at.1)),
        }
    };
    // Moves the keyboard to a marker (and one of its sites), showing it if it is out of view.
    let focus_marker = move |point: &'static Point, site: usize| {
        keyboard_at.set(Some((point, site)));
        state.show_site(point.positions_on(state.view.get_untracked()).get(site).copied());
        let marker = svg_ref
            .get_untracked()
            .and_then(|svg| svg.query_selector(&format!("[data-code=\"{}\"]", point.code)).ok().flatten())
            .and_then(|el| el.dyn_into::<SvgElement>().ok());
        if let Some(marker) = marker {
            let _ = marker.focus();
        }
    };
    // Keys on a marker: move among the markers; true when the key was one of those.
    let on_marker_key = move |point: &'static Point, key: &str| -> bool {
        let view = state.view.get_untracked();
        let points = on_view.get_untracked();
        match key {
            "Home" | "End" => {
                let end = if key == "Home" { points.first() } else { points.last() };
                if let Some(p) = end {
                    focus_marker(p, 0);
                }
            }
            "Escape" => {
                state.offer.set(None);
                if let Some(svg) = svg_ref.get_untracked() {
                    let _ = svg.focus();
                }
            }
            _ => {
                let Some(direction) = Direction::of_key(key) else { return false };
                let site = keyboard_at.get_untracked().filter(|(p, _)| *p == point).map_or(0, |(_, s)| s);
                let from = point.positions_on(view).get(site).copied();
                // Every site of every other marker on the view.
                let sites: Vec<(&'static Point, usize, (f32, f32))> = points
                    .iter()
                    .filter(|p| **p != point)
                    .flat_map(|p| p.positions_on(view).iter().enumerate().map(move |(i, &at)| (*p, i, at)))
                    .collect();
                let positions: Vec<(f32, f32)> = sites.iter().map(|s| s.2).collect();
                if let Some(i) = from.and_then(|from| nearest_in_direction(from, &positions, direction)) {
                    focus_marker(sites[i].0, sites[i].1);
                }
            }
        }
        true
    };
    let on_keydown = move |ev: KeyboardEvent| {
        let marker = marker_of(&ev).flatten();
        if let Some(point) = marker {
            if matches!(ev.key().as_str(), "Enter" | " ") {
                ev.prevent_default();
                state.pick_on_map(point);
                return;
            }
            if on_marker_key(point, &ev.key()) {
                ev.prevent_default();
                return;
            }
        }
        match ev.key().as_str() {
            "Escape" => state.offer.set(None),
            "Enter" if marker.is_none() => {
                let code = tab_stop.get_untracked();
                if let Some(point) = on_view.get_untracked().into_iter().find(|p| Some(p.code) == code) {
                    ev.prevent_default();
                    focus_marker(point, 0);
                }
                return;
            }
            _ => {}
        }
        let step = 40.0 / state.viewport.get_untracked().scale;
        let change: Option<Box<dyn Fn(Viewport) -> Viewport>> = match ev.key().as_str() {
            "+" | "=" => Some(Box::new(|v: Viewport| v.zoom_at(1.5, (v.cx, v.cy)))),
            "-" | "_" => Some(Box::new(|v: Viewport| v.zoom_at(1.0 / 1.5, (v.cx, v.cy)))),
            "0" => Some(Box::new(|v: Viewport| v.whole_of(v.figure_width, v.figure_height))),
            "ArrowLeft" => Some(Box::new(move |v: Viewport| v.pan(-step, 0.0))),
            "ArrowRight" => Some(Box::new(move |v: Viewport| v.pan(step, 0.0))),
            "ArrowUp" => Some(Box::new(move |v: Viewport| v.pan(0.0, -step))),
            "ArrowDown" => Some(Box::new(move |v: Viewport| v.pan(0.0, step))),
            _ => None,
        };
        if let Some(change) = change {
            ev.prevent_default();
            state.viewport.update(|v| *v = change(*v));
        }
    };
    acu_view! {
        <svg
            node_ref=svg_ref
            class="map"
            // While a how-to-find guide is on the map, the other points step back.
            class:guiding=move || state.guide_step().is_some()
            // A locate question hides the points (the answer is where one of them is).
            class:locating=move || state.locate.with(|q| q.as_ref().is_some_and(|q| q.answer.is_none() && !q.round.finished()))
            // The last view's marks, hidden until the new view's are drawn.
            class:marking=move || marked.get() != state.view.get()
            viewBox=move || state.viewport.get().view_box()
            preserveAspectRatio="xMidYMid meet"
            role="group"
            // The map's one Tab stop is a marker; the map itself only when it has none.
            tabindex=move || if tab_stop.get().is_some() { "-1" } else { "0" }
            aria-label=move || fill(s.map_label, &[("view", view_label(state.view.get()))])
            data-testid="map"
            data-view=move || state.view.get().key()
            data-scale=move || decimal(state.viewport.get().scale, 2)
            on:wheel=move |ev| pan_zoom.wheel(ev)
            on:pointerdown=move |ev| pan_zoom.pointer_down(ev)
            on:pointermove=move |ev| pan_zoom.pointer_move(ev)
            on:pointerup=move |ev| pan_zoom.pointer_up(ev)
            on:pointercancel=move |ev| pan_zoom.pointer_cancel(ev)
            on:touchmove=move |ev| pan_zoom.touch_move(ev)
            on:keydown=on_keydown
            on:click=on_click
            // Tab onto a marker the zoom has left out of view: the map goes to it.
            on:focusin=move |ev: web_sys::FocusEvent| {
                let code = ev.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|el| el.get_attribute("data-code"));
                if let Some(point) = code.and_then(|c| crate::catalog::point(&c)) {
                    state.bring_into_view(point);
                }
            }
        >
            {move || {
                let f = figure();
                let all = f.silhouette();
                let silhouette = if f.merge_parts {
                    // One silhouette: every shape's outline first, then every shape's fill over
                    // the inner lines.
                    acu_view! {
                        <g class="merged">
                            {all.iter().map(|d| acu_view! { <path class="edge" d=d.clone() /> }).collect_view()}
                            {all.iter().map(|d| acu_view! { <path class="fill" d=d.clone() /> }).collect_view()}
                        </g>
                    }
                        .into_any()
                } else {
                    let mut all = all.into_iter();
                    let outline = all.next().unwrap_or_default();
                    acu_view! {
                        <path class="figure" d=outline />
                        {all.map(|d| acu_view! { <path class="figure part" d=d /> }).collect_view()}
                    }
                        .into_any()
                };
                acu_view! {
                    {silhouette}
                    <g class="cues" aria-hidden="true">
                        {f.cues.iter().map(|(_, d)| acu_view! { <path d=*d /> }).collect_view()}
                    </g>
                }
            }}
            {move || {
                state.overlay.get().then(|| acu_view! { <map_layers::Landmarks figure=figure() on_view view=marked labelled /> })
            }}
            <map_layers::MeridianPaths on_view view=marked />
            <g class="points" node_ref=points_ref>
                <For
                    each=move || if markers_built() { markers() } else { Vec::new() }
                    key=|(view, p)| (*view, p.code)
                    children=move |(view, point)| acu_view! { <Marker point view labelled /> }
                />
            </g>
            <SelectedCode view=marked labelled />
            <map_layers::GuideLayer figure=Signal::derive(figure) labelled />
            <LocateLayer />
            // The selected point's WHO alternative location, where the figure shows it: a dashed
            // ring with a cross, unlike any point marker (the card names it).
            {move || {
                let sites = state.selected.get().map_or(&[][..], |p| p.alternative_positions_on(state.view.get()));
                (!sites.is_empty())
                    .then(|| {
                        acu_view! {
                            <g class="alternative" aria-hidden="true" data-testid="alternative-marker">
                                {sites
                                    .iter()
                                    .map(|&at| {
                                        acu_view! {
                                            <g transform=move || translate_scale(at, 1.0 / state.mark_scale.get())>
                                                <circle class="alt-ring" r="7" />
                                                <path class="alt-cross" d="M-3 -3l6 6M3 -3l-6 6" />
                                            </g>
                                        }
                                    })
                                    .collect_view()}
                            </g>
                        }
                    })
            }}
        </svg>
        <PointChooser choices asked_at map=svg_ref choose=move |point| {
            select(point);
            focus_marker(point, 0);
        } />
        {move || {
            pan_zoom.hint.get().map(|gesture| {
                let text = match gesture {
                    Gesture::Wheel => s.gesture_wheel,
                    Gesture::OneFinger => s.gesture_touch,
                };
                // For the pointer's user only: a screen reader's user moves the map by keys.
                acu_view! { <p class="gesture-hint" aria-hidden="true" data-testid="gesture-hint">{text}</p> }
            })
        }}
    }
}

/// The close-up offered after a click on an area that has one.
#[component]
fn CloseupOffer() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    move || {
        state.offer.get().map(|view| {
            acu_view! {
                <div class="offer" data-testid="closeup-offer">
                    <button type="button" class="offer-open" on:click=move |_| state.set_view(view)>
                        {fill(strings().closeup_offer, &[("view", view_label(view))])}
                    </button>
                    <button
                        type="button"
                        class="dismiss"
                        aria-label=strings().dismiss
                        on:click=move |_| state.offer.set(None)
                    >
                        "×"
                    </button>
                </div>
            }
        })
    }
}

/// One view tab; arrow keys, Home and End move between tabs ([`super::tab_key`]).
#[component]
fn ViewTab(view: View) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let active = move || state.view.get() == view;
    let on_keydown = move |ev: KeyboardEvent| {
        if let Some(next) = super::tab_key(&ev, view as usize, View::ALL.len()) {
            state.set_view(View::ALL[next]);
        }
    };
    acu_view! {
        <button
            type="button"
            role="tab"
            id=format!("tab-{view}")
            class="tab"
            class:closeup=view.is_closeup()
            class:first-closeup=view == View::HeadFront
            data-testid=format!("tab-{view}")
            aria-selected=move || active().to_string()
            tabindex=move || if active() { "0" } else { "-1" }
            on:click=move |_| state.set_view(view)
            on:keydown=on_keydown
        >
            {view_label(view)}
        </button>
    }
}

/// A point on the map: one marker per side shown, all in one focusable button. Markers keep
/// their size on screen whatever the zoom.
#[component]
fn Marker(
    point: &'static Point,
    view: View,
    labelled: Memo<Vec<(&'static str, bool)>>,
) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let positions = point.positions_on(view);
    let anchor = label_anchor(positions);
    let selected_code = super::selected(state, point);
    let selected = move || selected_code.get().is_some();
    let shrink = move || 1.0 / state.mark_scale.get();
    // This marker's label, as its side: the label is made again only when that changes, not
    // whenever any label on the map does (each letter typed in the search). The selected
    // point's is drawn over every marker instead (`SelectedCode`).
    let label = Memo::new(move |_| labelled.with(|l| label_side(l, point.code)).filter(|_| !selected()));
    acu_view! {
        <g
            class=format!("point m-{}", point.meridian())
            class:selected=selected
            role="button"
            // Shown or hidden, and the map's one Tab stop, by `Drawn::show_only` (`MapSvg`).
            tabindex="-1"
            data-code=point.code
            data-testid=format!("marker-{}", point.code)
            aria-label=lang().marker_label(point)
            aria-pressed=move || selected().to_string()
        >
            {positions
                .iter()
                .map(|&(x, y)| {
                    acu_view! { <g transform=move || translate_scale((x, y), shrink()) use:site_circles /> }
                })
                .collect_view()}
            // With several conditions, how many of them the point serves, beside its marker
            // where it serves more than one (the list gives every point's).
            {move || {
                let total = state.conditions.with(Vec::len);
                let n = state.conditions.with(|c| crate::state::serves(point, c));
                (total > 1 && n > 1).then(|| {
                    let at = positions.first().copied().unwrap_or_default();
                    acu_view! {
                        <text class="serves" data-serves=n.to_string() transform=move || translate_scale(at, shrink()) x="-6" y="-8" aria-hidden="true">
                            {format!("{n}/{total}")}
                        </text>
                    }
                })
            }}
            {move || label.get().map(|right| acu_view! { <CodeLabel point anchor right /> })}
        </g>
    }
}

/// The selected point's code, in a layer over every marker: its label shows whatever it covers
/// (`viewport::labelled`), and a marker drawn after it would cover it.
#[component]
fn SelectedCode(view: RwSignal<View>, labelled: Memo<Vec<(&'static str, bool)>>) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    // Made again only when the point, its place or its side changes (not at each letter typed).
    let placed = Memo::new(move |_| {
        let point = state.selected.get()?;
        let positions = point.positions_on(view.get());
        let right = labelled.with(|l| label_side(l, point.code)).filter(|_| !positions.is_empty())?;
        Some((point, label_anchor(positions), right))
    });
    move || {
        placed.get().map(|(point, anchor, right)| {
            acu_view! {
                <g class="selected-code" aria-hidden="true">
                    <CodeLabel point anchor right />
                </g>
            }
        })
    }
}

/// A point's code beside its marker (`anchor`, its screen-rightmost site), on the right or
/// the left, keeping its size on screen.
#[component]
fn CodeLabel(point: &'static Point, anchor: (f32, f32), right: bool) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    acu_view! {
        <text
            class="label"
            transform=move || translate_scale(anchor, 1.0 / state.mark_scale.get())
            // MARKER_PX + 2, as text: a number here would bring in float formatting.
            x=if right { "8" } else { "-8" }
            y="3.5"
            text-anchor=if right { "start" } else { "end" }
            aria-hidden="true"
        >
            {point.code}
        </text>
    }
}

/// With `link`, the page's address (which holds the view and the point) to copy: through the
/// Clipboard API, or, where the page may not write the clipboard, in a field selected for the
/// reader to copy.
#[component]
fn CopyLink() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    // The address shown for copying by hand, when the clipboard refused it.
    let fallback = RwSignal::new(None::<String>);
    let copy = move |_| {
        let Some(window) = web_sys::window() else { return };
        let href = window.location().href().unwrap_or_default();
        let navigator = js_sys::Reflect::get(&window, &"navigator".into()).unwrap_or_default();
        let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok().filter(|c| !c.is_undefined());
        let write = clipboard.as_ref().and_then(|c| js_sys::Reflect::get(c, &"writeText".into()).ok()).and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let promise = write.zip(clipboard).and_then(|(f, c)| f.call1(&c, &href.clone().into()).ok()).and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
        let Some(promise) = promise else {
            fallback.set(Some(href));
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => {
                    fallback.set(None);
                    state.announcement.set(state.ui().link_copied.to_string());
                }
                Err(_) => fallback.set(Some(href)),
            }
        });
    };
    move || {
        state.link.get().then(|| {
            acu_view! {
                <button type="button" class="tool toggle" data-testid="copy-link" on:click=copy>{s.copy_link}</button>
                {move || fallback.get().map(|href| {
                    let input = NodeRef::<leptos::html::Input>::new();
                    let value = href.clone();
                    input.on_load(move |el| {
                        el.set_value(&value);
                        el.select();
                        let _ = el.focus();
                    });
                    acu_view! {
                        <label class="copy-field">
                            <span>{s.copy_link_by_hand}</span>
                            <input type="text" readonly node_ref=input data-testid="copy-link-field" prop:value=href />
                        </label>
                    }
                })}
            }
        })
    }
}

/// Puts a marker's circles into `site` (one of its sites; a directive, `use:site_circles`): the
/// pulse (shown while the point is selected), the hit area (sized by `Drawn::fit_hits` once the
/// marker shows), the ring and the dot. They are cloned from one copy, a call or two where
/// making them is a dozen, for each of the hundreds of sites a view draws. (The painted map
/// makes the same circles itself: `element/paint.rs`.)
fn site_circles(site: Element) {
    thread_local! {
        static CIRCLES: std::cell::OnceCell<Option<web_sys::DocumentFragment>> = const { std::cell::OnceCell::new() };
    }
    let Some(circles) = CIRCLES.with(|c| c.get_or_init(|| made_circles(&site)).clone()) else { return };
    if let Ok(copy) = circles.clone_node_with_deep(true) {
        let _ = site.append_child(&copy);
    }
}

fn made_circles(site: &Element) -> Option<web_sys::DocumentFragment> {
    let document = site.owner_document()?;
    let circles = document.create_document_fragment();
    for (class, r) in [("pulse", "8"), ("hit", "9"), ("ring", "5.5"), ("dot", "3")] {
        let circle = document.create_element_ns(SVG, "circle").ok()?;
        circle.set_attribute("class", class).ok()?;
        circle.set_attribute("r", r).ok()?;
        circles.append_child(&circle).ok()?;
    }
    Some(circles)
}
