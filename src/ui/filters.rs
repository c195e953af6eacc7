//! Filters by meridian, body region and condition; they narrow the list and the map alike.

use super::WidgetState;
use crate::catalog::{self, CONDITIONS, MERIDIANS, REGIONS};
use crate::strings::strings;
use leptos::prelude::*;

#[component]
pub fn Filters() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    // Only values some point on show has.
    let points = move || state.shown.get().unwrap_or_else(|| catalog::POINTS.iter().collect());
    let meridians = move || {
        let points = points();
        MERIDIANS
            .iter()
            .filter(|m| points.iter().any(|p| p.meridian == m.code))
            .map(|m| (m.code, format!("{} {}", m.code, m.name)))
            .collect::<Vec<_>>()
    };
    let regions = move || {
        let points = points();
        REGIONS
            .iter()
            .filter(|(key, _)| points.iter().any(|p| p.region == *key))
            .map(|(key, label)| (*key, label.to_string()))
            .collect::<Vec<_>>()
    };
    let conditions = move || {
        let points = points();
        CONDITIONS
            .iter()
            .filter(|(key, _)| points.iter().any(|p| p.indications.iter().any(|i| i.tags.contains(key))))
            .map(|(key, label)| (*key, label.to_string()))
            .collect::<Vec<_>>()
    };
    let any_filter = move || state.meridian.get().is_some() || state.region.get().is_some() || state.condition.get().is_some();
    view! { class="acu-el",
        <fieldset class="filters" part="filters">
            <legend>{s.filters_label}</legend>
            <FilterSelect label=s.filter_meridian testid="filter-meridian" signal=state.meridian options=meridians />
            <FilterSelect label=s.filter_region testid="filter-region" signal=state.region options=regions />
            <FilterSelect label=s.filter_condition testid="filter-condition" signal=state.condition options=conditions />
            <button
                type="button"
                class="clear"
                disabled=move || !any_filter()
                on:click=move |_| {
                    state.meridian.set(None);
                    state.region.set(None);
                    state.condition.set(None);
                }
            >
                {s.filter_clear}
            </button>
        </fieldset>
    }
}

#[component]
fn FilterSelect(
    label: &'static str,
    testid: &'static str,
    signal: RwSignal<Option<&'static str>>,
    options: impl Fn() -> Vec<(&'static str, String)> + Send + Sync + Copy + 'static,
) -> impl IntoView {
    view! { class="acu-el",
        <label class="filter">
            <span>{label}</span>
            <select
                data-testid=testid
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    signal.set(options().into_iter().find(|(key, _)| *key == value).map(|(key, _)| key));
                }
                prop:value=move || signal.get().unwrap_or("")
            >
                <option value="">{strings().filter_any}</option>
                {move || {
                    options()
                        .into_iter()
                        .map(|(key, text)| {
                            view! { class="acu-el",
                                <option value=key selected=move || signal.get() == Some(key)>
                                    {text}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </label>
    }
}
