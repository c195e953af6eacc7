//! The map's question about a tap among markers too close to tell apart ("Which point did you
//! mean?"), asked by `BodyMap` (`body_map.rs`); its styles are in `point_chooser.css`, which
//! comes with the live widget (the painted first view never asks).

use super::{lang, strings, WidgetState, SVG};
use crate::attributes::Mode;
use crate::figure::View;
use crate::model::Point;
use crate::strings::fill;
use crate::text::decimal;
use crate::viewport::translate_scale;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, SvgElement};

/// A tap or a click among markers too close for it to tell apart: the map asks which point it
/// meant, each by its code and name beside its meridian's colour (the other markers step
/// back), and `choose` takes the answer. In study mode, which names no point, each choice is a
/// number, written beside its marker on the map too. The question takes the keyboard's focus;
/// Escape or × leaves it, as does any move of the map.
#[component]
pub(super) fn PointChooser(
    /// The markers the tap may have meant (more than one, nearest first), while the map asks.
    choices: RwSignal<Option<Vec<&'static Point>>>,
    /// Where to ask, in pixels down the map's frame: the question's top edge, or its foot where
    /// it goes over the tap (the second, `true`); and where the tap was, in the figure's units.
    asked_at: StoredValue<(i32, bool, (f32, f32))>,
    /// The map, whose other markers step back while it asks; it takes the focus back when the
    /// question is left.
    map: NodeRef<leptos::svg::Svg>,
    choose: impl Fn(&'static Point) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let (s, lang) = (strings(), lang());
    let state = expect_context::<WidgetState>();
    let asked = NodeRef::<leptos::html::Div>::new();
    // While the map asks, the other markers step back: the map and the markers offered are
    // marked here (`data-choosing`, `data-candidate`) rather than by a closure in each of
    // hundreds of markers.
    let marker = move |code: &str| map.get_untracked().and_then(|svg| svg.query_selector(&format!(".point[data-code=\"{code}\"]")).ok().flatten());
    let mark = move |codes: &[&'static str], on: bool| {
        let Some(svg) = map.get_untracked() else { return };
        let set = |el: &Element, name: &str| {
            let _ = if on { el.set_attribute(name, "") } else { el.remove_attribute(name) };
        };
        set(&svg, "data-choosing");
        for marker in codes.iter().filter_map(|code| marker(code)) {
            set(&marker, "data-candidate");
            let _ = marker.remove_attribute("data-pointed");
        }
    };
    // The marker of the choice under the pointer or the focus stands out on the map, so that a
    // reader sees which of the crowded markers each choice is.
    let point_at = move |ev: &web_sys::Event| {
        let code = ev.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|el| el.closest("button[data-code]").ok().flatten()).and_then(|b| b.get_attribute("data-code"));
        if let Some(old) = map.get_untracked().and_then(|svg| svg.query_selector(".point[data-pointed]").ok().flatten()) {
            let _ = old.remove_attribute("data-pointed");
        }
        if let Some(now) = code.and_then(|code| marker(&code)) {
            let _ = now.set_attribute("data-pointed", "");
        }
    };
    let leave = move || {
        choices.set(None);
        if let Some(map) = map.get_untracked() {
            let _ = map.focus();
        }
    };
    move || {
        choices.get().map(|points| {
            let (top, over, tap) = asked_at.get_value();
            let codes: Vec<&'static str> = points.iter().map(|p| p.code).collect();
            let study = state.mode.get_untracked() == Mode::Study;
            mark(&codes, true);
            on_cleanup(move || mark(&codes, false));
            if let (true, Some(svg)) = (study, map.get_untracked()) {
                let numbers = number_choices(&svg, &points, state.view.get_untracked(), tap, 1.0 / state.mark_scale.get_untracked());
                on_cleanup(move || numbers.into_iter().for_each(|n| n.remove()));
            }
            // The question takes the focus once it is drawn.
            queue_microtask(move || {
                if let Some(first) = asked.get_untracked().and_then(|q| q.query_selector("button").ok().flatten()).and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = first.focus();
                }
            });
            acu_view! {
                <div
                    node_ref=asked
                    class="offer chooser"
                    class:over=over
                    style:top=format!("{top}px")
                    role="group"
                    aria-label=s.choose_point
                    data-testid="chooser"
                    on:focusin=move |ev: web_sys::FocusEvent| point_at(&ev)
                    on:pointerover=move |ev: web_sys::PointerEvent| point_at(&ev)
                    on:keydown=move |ev: KeyboardEvent| {
                        if ev.key() == "Escape" {
                            ev.prevent_default();
                            leave();
                        }
                    }
                >
                    <p class="chooser-ask" aria-hidden="true">{s.choose_point}</p>
                    {points
                        .into_iter()
                        .zip(1..)
                        .map(|(point, n)| {
                            acu_view! {
                                <button
                                    type="button"
                                    class=format!("choice m-{}", point.meridian())
                                    data-code=point.code
                                    on:click=move |_| {
                                        choices.set(None);
                                        choose(point);
                                    }
                                    aria-label=study.then(|| fill(s.choose_marker, &[("n", &n.to_string())]))
                                >
                                    {study.then(|| n.to_string())}
                                    {(!study).then(|| acu_view! { <span class="code">{point.code}</span>" "{lang.point_name(point)} })}
                                </button>
                            }
                        })
                        .collect_view()}
                    <button type="button" class="dismiss" aria-label=s.dismiss on:click=move |_| leave()>
                        "×"
                    </button>
                </div>
            }
        })
    }
}

/// How far from the tap study mode's numbers are written, in pixels: clear of the markers
/// within a finger's reach.
pub(super) const NUMBERS_PX: f32 = 32.0;

/// Study mode's question names no point: each marker offered (`points`, in the question's
/// order) gets its number, on a ring around the tap (`tap`, in the figure's units) in the
/// order the markers lie around it, with a line to the marker, so that crowded markers' numbers
/// do not cover one another. Drawn in pixels (`unit`: the figure's units in one), over the
/// markers; returns what it drew, for the question to take away.
fn number_choices(svg: &SvgElement, points: &[&'static Point], view: View, tap: (f32, f32), unit: f32) -> Vec<Element> {
    let Some(document) = svg.owner_document() else { return Vec::new() };
    // An SVG element with its attributes (and text), added to `parent`.
    let add = |parent: &Element, name: &str, attributes: &[(&str, &str)], text: Option<&str>| {
        let el = document.create_element_ns(SVG, name).ok()?;
        for (name, value) in attributes {
            let _ = el.set_attribute(name, value);
        }
        el.set_text_content(text);
        parent.append_child(&el).ok()?;
        Some(el)
    };
    // Each marker's site nearest the tap, and which way it lies from it (by its place in the
    // question where it is on the tap).
    let away = |at: (f32, f32)| ((at.0 - tap.0) / unit, (at.1 - tap.1) / unit);
    let n = points.len();
    let sites: Vec<(usize, (f32, f32), f32)> = points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let far = |at: &(f32, f32)| {
                let (dx, dy) = away(*at);
                dx * dx + dy * dy
            };
            let at = p.positions_on(view).iter().copied().min_by(|a, b| far(a).total_cmp(&far(b)))?;
            let (dx, dy) = away(at);
            let turn = if far(&at) < 1.0 { (4 * i) as f32 / n as f32 } else { clockwise_turn(dx, dy) };
            Some((i, at, turn))
        })
        .collect();
    // The ring's hours, evenly shared in the markers' order round the tap (each one's rank in
    // it: a handful of markers, no sort needed), from the first's.
    let rank = |turn: f32, i: usize| sites.iter().filter(|s| (s.2, s.0) < (turn, i)).count();
    let start = sites.iter().map(|s| s.2).reduce(f32::min).map_or(0, |turn| (turn * 3.0).round() as usize);
    let mut drawn = Vec::new();
    for &(i, at, turn) in &sites {
        let k = rank(turn, i);
        let (cos, sin) = RING[(start + k * RING.len() / n.max(1)) % RING.len()];
        let (dx, dy) = away(at);
        let (x, y) = (decimal(NUMBERS_PX * cos - dx, 1), decimal(NUMBERS_PX * sin - dy, 1));
        let transform = translate_scale(at, unit);
        let Some(group) = add(svg, "g", &[("class", "choice-number acu-el"), ("transform", &transform), ("aria-hidden", "true")], None) else { continue };
        add(&group, "line", &[("x1", "0"), ("y1", "0"), ("x2", &x), ("y2", &y)], None);
        add(&group, "circle", &[("cx", &x), ("cy", &y), ("r", "9")], None);
        add(&group, "text", &[("x", &x), ("y", &y), ("dy", "0.35em")], Some(&(i + 1).to_string()));
        drawn.push(group);
    }
    drawn
}

/// A clock's twelve hours as directions on screen (y down), from three o'clock clockwise.
const RING: [(f32, f32); 12] = [
    (1.0, 0.0), (0.866, 0.5), (0.5, 0.866), (0.0, 1.0), (-0.5, 0.866), (-0.866, 0.5),
    (-1.0, 0.0), (-0.866, -0.5), (-0.5, -0.866), (0.0, -1.0), (0.5, -0.866), (0.866, -0.5),
];

/// How far round from three o'clock, clockwise on screen, the direction `(dx, dy)` is: 0 to 4
/// (a quarter turn each), in the angle's order but with no trigonometry, whose functions would
/// add their own code to the wasm.
fn clockwise_turn(dx: f32, dy: f32) -> f32 {
    let r = dx / (dx.abs() + dy.abs()).max(f32::MIN_POSITIVE);
    if dy >= 0.0 { 1.0 - r } else { 3.0 + r }
}

/// How far from a tap or a click the question about it starts (a fingertip's half and some
/// air).
pub(super) const ASK_GAP_PX: i32 = 24;
