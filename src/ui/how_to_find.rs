//! The card's "How to find it": the selected point's numbered guide (`crate::guide`), and the
//! buttons that step through it on the map (`map_layers::GuideLayer` draws each step).

use super::{strings, WidgetState};
use crate::attributes::Part;
use crate::strings::fill;
use leptos::prelude::*;

/// The guide's steps, each a button that shows it on the map, then Previous, Next and Hide; in
/// the card's list of fields, under its `dt` (`guide-title`). In a widget without its map (`parts`
/// without `map`) the steps are its text alone, with nothing that would show them nowhere.
/// The buttons stay in place as the steps change (a step's end is `aria-disabled`, not removed),
/// so keyboard focus never falls out of the card.
#[component]
pub fn HowToFind() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let texts = Memo::new(move |_| state.guide.with(|g| g.as_ref().map(|g| g.steps.iter().map(|s| s.text.clone()).collect::<Vec<_>>())));
    let total = move || texts.with(|t| t.as_ref().map_or(0, Vec::len));
    let step = move || state.guide_step();
    let go = move |to: Option<usize>| {
        if to.is_none_or(|i| i < total()) {
            state.show_guide_step(to);
        }
    };
    move || {
        let on_map = state.shows(Part::Map);
        texts.get().map(|texts| {
            acu_view! {
                <div class="how-to-find" role="group" aria-labelledby="guide-title" data-testid="guide">
                    <ol class="guide-steps">
                        {texts
                            .into_iter()
                            .enumerate()
                            .map(|(i, text)| {
                                if !on_map {
                                    return acu_view! { <li data-testid="guide-step">{text}</li> }.into_any();
                                }
                                let current = move || step() == Some(i);
                                acu_view! {
                                    <li class:current=current>
                                        <button
                                            type="button"
                                            class="guide-step"
                                            data-testid="guide-step"
                                            aria-current=move || current().then_some("step")
                                            on:click=move |_| go(Some(i))
                                        >
                                            {text}
                                        </button>
                                    </li>
                                }
                                .into_any()
                            })
                            .collect_view()}
                    </ol>
                    {on_map.then(|| acu_view! {
                        <div class="guide-controls">
                            <button
                                type="button"
                                class="tool"
                                data-testid="guide-previous"
                                aria-disabled=move || step().is_none_or(|i| i == 0).to_string()
                                on:click=move |_| go(step().and_then(|i| i.checked_sub(1)).or(step()))
                            >
                                {s.guide_previous}
                            </button>
                            <button
                                type="button"
                                class="tool"
                                data-testid="guide-next"
                                aria-disabled=move || step().is_some_and(|i| i + 1 >= total()).to_string()
                                on:click=move |_| go(Some(step().map_or(0, |i| i + 1)))
                            >
                                {move || if step().is_none() { s.guide_show } else { s.guide_next }}
                            </button>
                            <span class="guide-at" data-testid="guide-at">
                                {move || step().map(|i| fill(s.guide_step_of, &[("n", &(i + 1).to_string()), ("total", &total().to_string())]))}
                            </span>
                            <button
                                type="button"
                                class="tool"
                                data-testid="guide-hide"
                                aria-disabled=move || step().is_none().to_string()
                                on:click=move |_| go(None)
                            >
                                {s.guide_hide}
                            </button>
                        </div>
                    })}
                </div>
            }
        })
    }
}
