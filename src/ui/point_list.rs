//! The searchable list of points: the map's equivalent for readers who cannot or would rather
//! not aim at small markers.

use super::{view_label, WidgetState};
use crate::figure::VIEWS;
use crate::model::Point;
use crate::strings::{fill, strings};
use leptos::prelude::*;

#[component]
pub fn PointList() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let results = state.visible;
    view! { class="acu-el",
        <section class="list-panel" part="list">
            <label class="search">
                <span>{s.search_label}</span>
                <input
                    type="search"
                    data-testid="search"
                    placeholder=s.search_placeholder
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || state.query.get()
                    on:input=move |ev| state.query.set(event_target_value(&ev))
                />
            </label>
            <p class="count" aria-live="polite">
                {move || fill(s.list_count, &[("n", &results.get().len().to_string())])}
            </p>
            <ul class="point-list" aria-label=s.list_label data-testid="list">
                <For
                    each=move || results.get()
                    key=|p| p.code
                    children=move |point| view! { class="acu-el", <ListItem point /> }
                />
            </ul>
            {move || results.get().is_empty().then(|| view! { class="acu-el", <p class="list-empty">{s.list_empty}</p> })}
        </section>
    }
}

#[component]
fn ListItem(point: &'static Point) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let selected = move || state.is_selected(point);
    // Show the point: on a view that draws it if this one does not.
    let on_click = move |_| state.show_and_select(point);
    let views: Vec<&str> =
        VIEWS.iter().filter(|v| !point.positions_on(v).is_empty()).map(|v| view_label(v)).collect();
    view! { class="acu-el",
        <li>
            <button
                type="button"
                class=format!("item m-{}", point.meridian)
                class:selected=selected
                aria-pressed=move || selected().to_string()
                data-testid=format!("item-{}", point.code)
                on:click=on_click
            >
                <span class="swatch" aria-hidden="true"></span>
                <span class="code">{point.code}</span>
                <span class="names">
                    <span class="pinyin">{point.pinyin_tones}</span>
                    " "
                    <span class="hanzi" lang="zh-Hans">{point.hanzi}</span>
                    <span class="english">{point.english}</span>
                </span>
                <span class="views">{views.join(" · ")}</span>
                {(!point.cautions.is_empty())
                    .then(|| {
                        view! { class="acu-el",
                            <span class="caution-flag" title=strings().has_cautions>
                                "!"
                                <span class="visually-hidden">{strings().has_cautions}</span>
                            </span>
                        }
                    })}
            </button>
        </li>
    }
}
