//! Filters by the host's shortlists, meridian, body region and condition; they narrow the list
//! and the map alike.

use super::{content_lang, lang, strings, WidgetState};
use crate::strings::fill;
use crate::catalog::{CONDITIONS, MERIDIANS, REGIONS};
use crate::model::Conditions;
use leptos::prelude::*;

#[component]
pub fn Filters() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let lang = lang();
    // Only values some point of the widget's pool has.
    let points = state.pool;
    let meridians = move || {
        let points = points.get();
        MERIDIANS
            .iter()
            .filter(|m| points.iter().any(|p| p.meridian() == m.code))
            .map(|m| (m.code, format!("{} {}", m.code, lang.meridian(m.code))))
            .collect::<Vec<_>>()
    };
    let regions = move || {
        let points = points.get();
        REGIONS
            .iter()
            .filter(|(key, _)| points.iter().any(|p| p.region() == *key))
            .map(|(key, _)| (*key, lang.region(key).to_string()))
            .collect::<Vec<_>>()
    };
    let conditions = move || {
        let all = Conditions::union(points.get().iter().map(|p| p.conditions));
        CONDITIONS
            .iter()
            .filter(|(key, _)| all.contains(key))
            .map(|(key, _)| (*key, lang.condition(key).to_string()))
            .collect::<Vec<_>>()
    };
    let any_filter = move || state.meridian.get().is_some() || state.region.get().is_some() || state.conditions.with(|c| !c.is_empty());
    acu_view! {
        <fieldset class="filters" part="filters">
            <legend>{s.filters_label}</legend>
            <Shortlists />
            <FilterSelect label=s.filter_meridian testid="filter-meridian" signal=state.meridian options=meridians />
            <FilterSelect label=s.filter_region testid="filter-region" signal=state.region options=regions />
            <ConditionFilter options=conditions />
            <button
                type="button"
                class="clear"
                disabled=move || !any_filter()
                on:click=move |ev| {
                    state.meridian.set(None);
                    state.region.set(None);
                    state.conditions.set(Vec::new());
                    // The button is disabled now: the focus goes to the first filter.
                    super::refocus(&ev, &["[data-testid=filter-meridian]"]);
                }
            >
                {s.filter_clear}
            </button>
        </fieldset>
    }
}

/// The host's shortlists (from its content JSON), when it gave any: the first is chosen at
/// first, and "All points" lifts it.
#[component]
fn Shortlists() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let titles = move || state.content.with(|c| c.shortlists.iter().map(|l| l.title.clone()).collect::<Vec<_>>());
    let description = move || {
        state.shortlist.get().and_then(|i| state.content.with(|c| c.shortlists.get(i).map(|l| l.description.clone())))
    };
    move || {
        (!titles().is_empty()).then(|| {
            acu_view! {
                <label class="filter shortlist">
                    <span>{s.filter_shortlist}</span>
                    <select
                        data-testid="filter-shortlist"
                        on:change=move |ev| state.shortlist.set(event_target_value(&ev).parse().ok())
                        prop:value=move || state.shortlist.get().map_or(String::new(), |i| i.to_string())
                    >
                        <option value="">{s.shortlist_all}</option>
                        {titles()
                            .into_iter()
                            .enumerate()
                            .map(|(i, title)| {
                                acu_view! {
                                    <option value=i.to_string() lang=content_lang() selected=move || state.shortlist.get() == Some(i)>
                                        {title}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                {move || {
                    description()
                        .filter(|d| !d.is_empty())
                        .map(|d| acu_view! { <p class="shortlist-description" lang=content_lang() dir="auto">{d}</p> })
                }}
            }
        })
    }
}

#[component]
fn FilterSelect(
    label: &'static str,
    testid: &'static str,
    signal: RwSignal<Option<&'static str>>,
    options: impl Fn() -> Vec<(&'static str, String)> + Send + Sync + Copy + 'static,
) -> impl IntoView {
    acu_view! {
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
                            acu_view! {
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

/// The condition filter: one condition chosen with the select, and more added with the second,
/// each shown with a button that takes it away (points serving several rank first).
#[component]
fn ConditionFilter(options: impl Fn() -> Vec<(&'static str, String)> + Send + Sync + Copy + 'static) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let lang = lang();
    let first = Signal::derive(move || state.conditions.with(|c| c.first().copied()));
    let choose = move |value: String, add: bool| {
        let Some(key) = options().into_iter().find(|(key, _)| *key == value).map(|(key, _)| key) else {
            if !add {
                state.conditions.set(Vec::new());
            }
            return;
        };
        state.conditions.update(|c| match add {
            true if !c.contains(&key) => c.push(key),
            true => {}
            false => *c = vec![key],
        });
    };
    acu_view! {
        <label class="filter">
            <span>{s.filter_condition}</span>
            <select data-testid="filter-condition" on:change=move |ev| choose(event_target_value(&ev), false) prop:value=move || first.get().unwrap_or("")>
                <option value="">{s.filter_any}</option>
                {move || options().into_iter().map(|(key, text)| acu_view! {
                    <option value=key selected=move || first.get() == Some(key)>{text}</option>
                }).collect_view()}
            </select>
        </label>
        {move || (!state.conditions.with(Vec::is_empty)).then(|| acu_view! {
            <label class="filter">
                <span>{s.filter_condition_add}</span>
                <select data-testid="filter-condition-add" on:change=move |ev| choose(event_target_value(&ev), true) prop:value="">
                    <option value="">{s.filter_any}</option>
                    {move || options().into_iter().filter(|(key, _)| !state.conditions.with(|c| c.contains(key))).map(|(key, text)| acu_view! {
                        <option value=key>{text}</option>
                    }).collect_view()}
                </select>
            </label>
        })}
        {move || (state.conditions.with(Vec::len) > 1).then(|| acu_view! {
            <ul class="chosen-conditions" data-testid="chosen-conditions">
                {state.conditions.get().into_iter().map(|key| acu_view! {
                    <li>
                        <button type="button" class="chip" aria-label=fill(s.filter_condition_remove, &[("condition", lang.condition(key))])
                            on:click=move |_| state.conditions.update(|c| c.retain(|k| *k != key))>
                            {lang.condition(key)}" ×"
                        </button>
                    </li>
                }).collect_view()}
            </ul>
        })}
    }
}
