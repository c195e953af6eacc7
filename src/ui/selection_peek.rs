//! The point the reader has just chosen on the map or in the list, kept in sight where its
//! card is not (`SelectionPeek`).

use super::{lang, strings, WarnIcon, WidgetState};
use crate::attributes::{Mode, Part};
use crate::model::Point;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Under the map or the list, the point the reader has just chosen there: its code, name and
/// the kinds of its cautions, and a button to its card. Only for a choice made there (the
/// page's own `selected` never moves the layout), and under the map only where the card is
/// below it (the one-column layout; the stylesheet hides it where the card is beside the map)
/// or where there is no card (`parts`), whose reader it names the point for at any width.
/// It keeps to the screen's foot while its part is on it (`position: sticky`).
#[component]
pub fn SelectionPeek(
    /// The point last chosen in this part (set by the part).
    picked: RwSignal<Option<&'static Point>>,
    on_map: bool,
) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let (s, lang) = (strings(), lang());
    // The card's title, brought to the top of the screen with the keyboard's focus.
    let to_card = move |ev: web_sys::MouseEvent| {
        let title = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest(".acu").ok().flatten())
            .and_then(|root| root.query_selector("#card-title").ok().flatten())
            .and_then(|title| title.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(title) = title {
            title.scroll_into_view();
            let _ = title.focus();
        }
    };
    move || {
        let point = state.selected.get().filter(|p| picked.get() == Some(*p))?;
        let named = state.revealed.get() || state.mode.get() != Mode::Study;
        let kinds = lang.caution_kinds(point, state.mode.get() == Mode::Patient);
        let card = state.shows(Part::Card);
        Some(acu_view! {
            <div class=format!("peek m-{}", point.meridian()) class:on-map=on_map class:with-card=card data-testid="peek">
                <p class="peek-name">
                    <span class="code">{point.code}</span>
                    {named.then(|| lang.point_name(point))}
                </p>
                {(!kinds.is_empty())
                    .then(|| {
                        acu_view! {
                            <p class="peek-cautions">
                                <WarnIcon />
                                <span class="visually-hidden">{s.cautions}{s.label_colon}</span>
                                {kinds.join(" · ")}
                            </p>
                        }
                    })}
                {card.then(|| acu_view! { <button type="button" class="tool to-card" on:click=to_card>{s.peek_details}</button> })}
            </div>
        })
    }
}
