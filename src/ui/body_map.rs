//! The body map: view tabs and the figure with the points as focusable markers.

use super::{view_label, WidgetState};
use crate::figure::{self, VIEWS};
use crate::model::Point;
use crate::strings::{fill, strings};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

#[component]
pub fn BodyMap() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let outline = figure::smooth_closed_path(&figure::outline());
    let view_box = format!("0 0 {} {}", figure::WIDTH, figure::HEIGHT);
    let markers = move || {
        let view = state.view.get();
        state
            .shown_points()
            .into_iter()
            .filter(|p| !p.positions_on(view).is_empty())
            .map(|p| (view, p))
            .collect::<Vec<_>>()
    };
    view! {
        <section class="map-panel">
            <div class="tabs" role="tablist" aria-label=s.view_tabs_label>
                {VIEWS.iter().map(|&v| view! { <ViewTab view=v /> }).collect_view()}
            </div>
            <div
                class="map-frame"
                role="tabpanel"
                aria-labelledby=move || format!("tab-{}", state.view.get())
            >
                <svg
                    class="map"
                    viewBox=view_box
                    role="group"
                    aria-label=move || fill(s.map_label, &[("view", view_label(state.view.get()))])
                    data-testid="map"
                    data-view=move || state.view.get()
                >
                    <path class="figure" d=outline />
                    <g class="cues" aria-hidden="true">
                        {move || {
                            figure::cues(state.view.get())
                                .iter()
                                .map(|(_, d)| view! { <path d=*d /> })
                                .collect_view()
                        }}
                    </g>
                    <g class="points">
                        <For
                            each=markers
                            key=|(view, p)| (*view, p.code)
                            children=move |(view, point)| view! { <Marker point view /> }
                        />
                    </g>
                </svg>
            </div>
            <p class="map-hint">{s.map_hint}</p>
        </section>
    }
}

/// One view tab; arrow keys, Home and End move between tabs (the WAI-ARIA tabs pattern).
#[component]
fn ViewTab(view: &'static str) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let active = move || state.view.get() == view;
    let on_keydown = move |ev: KeyboardEvent| {
        let index = VIEWS.iter().position(|v| *v == view).unwrap_or(0);
        let next = match ev.key().as_str() {
            "ArrowRight" => (index + 1) % VIEWS.len(),
            "ArrowLeft" => (index + VIEWS.len() - 1) % VIEWS.len(),
            "Home" => 0,
            "End" => VIEWS.len() - 1,
            _ => return,
        };
        ev.prevent_default();
        state.view.set(VIEWS[next]);
        let sibling = ev
            .current_target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|tab| tab.parent_element())
            .and_then(|list| list.query_selector(&format!("#tab-{}", VIEWS[next])).ok().flatten())
            .and_then(|el| el.dyn_into::<HtmlElement>().ok());
        if let Some(tab) = sibling {
            let _ = tab.focus();
        }
    };
    view! {
        <button
            type="button"
            role="tab"
            id=format!("tab-{view}")
            class="tab"
            data-testid=format!("tab-{view}")
            aria-selected=move || active().to_string()
            tabindex=move || if active() { "0" } else { "-1" }
            on:click=move |_| state.view.set(view)
            on:keydown=on_keydown
        >
            {view_label(view)}
        </button>
    }
}

/// A point on the map: one marker per side shown, all in one focusable button.
#[component]
fn Marker(point: &'static Point, view: &'static str) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let positions = point.positions_on(view);
    // The code is written beside the marker furthest right on screen.
    let (label_x, label_y) =
        positions.iter().copied().fold((f32::MIN, 0.0), |best, p| if p.0 > best.0 { p } else { best });
    let selected = move || state.is_selected(point);
    view! {
        <g
            class=format!("point m-{}", point.meridian)
            class:selected=selected
            role="button"
            tabindex="0"
            data-code=point.code
            data-testid=format!("marker-{}", point.code)
            aria-label=format!("{} {}, {}", point.code, point.pinyin, point.english)
            aria-pressed=move || selected().to_string()
            on:click=move |_| state.select_by_user(point)
            on:keydown=move |ev: KeyboardEvent| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    state.select_by_user(point);
                }
            }
        >
            {positions
                .iter()
                .map(|&(x, y)| {
                    view! {
                        <circle class="hit" cx=x cy=y r="12" />
                        <circle class="ring" cx=x cy=y r="9" />
                        <circle class="dot" cx=x cy=y r="5" />
                    }
                })
                .collect_view()}
            <text class="label" x=label_x + 9.0 y=label_y + 3.5 aria-hidden="true">
                {point.code}
            </text>
        </g>
    }
}
