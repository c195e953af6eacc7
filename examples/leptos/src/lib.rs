//! A Leptos app that shows the acupuncture map as a component: a few points for low back
//! pain, the view chosen with the app's own buttons, a note of the practice's on one point, and
//! the point the reader selects written under the map by the `on_select` callback. `cargo xtask example` builds it into
//! `www/example/`; `tests/browser/example.test.mjs` drives it.

#![cfg(target_arch = "wasm32")]

use acumap::host_content::HostContent;
use acumap::model::Point;
use acumap::{AcuMap, Lang, View};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    let (view, set_view) = signal(View::Back);
    let (selected, set_selected) = signal(None::<&'static str>);
    // The practice's own note on a point, shown on its card.
    let notes = acumap::catalog::point("GB30").map(|p| (p, "We needle GB30 with you lying on your side.".to_string()));
    let content = HostContent { notes: notes.into_iter().collect(), ..HostContent::default() };
    view! {
        <h1>"Points for low back pain"</h1>
        <p>
            <button type="button" data-testid="show-front" on:click=move |_| set_view.set(View::Front)>"Front"</button>
            " "
            <button type="button" data-testid="show-back" on:click=move |_| set_view.set(View::Back)>"Back"</button>
        </p>
        <AcuMap
            // The bundle's prose files, copied beside the page by `cargo xtask example`.
            prose=|lang: Lang| format!("./prose.{}.json", lang.tag())
            view=view
            points=vec!["BL23".to_string(), "BL25".to_string(), "BL40".to_string(), "GB30".to_string(), "ST36".to_string()]
            on_select=move |point: &'static Point| set_selected.set(Some(point.code))
            on_view_change=move |v: View| set_view.set(v)
            content=content
        />
        <p data-testid="selected">
            {move || selected.get().map_or("No point selected yet.".to_string(), |code| format!("Selected: {code}"))}
        </p>
    }
}
