//! A condition guide in the card panel (`points/guides/`, `crate::condition_guide`): its red
//! flags first, styled like cautions, then what the condition is, the points (each opens its
//! card and is drawn on the map), a course, the first visit, self-care, Tui Na and the
//! evidence with its sources; and the tabs that switch between the guides and the point's card.

use super::citations::Sources;
use super::{heading, strings, Rank, WarningHeading, WidgetState};
use crate::attributes::Part;
use crate::prose::GuideProse;
use leptos::prelude::*;
use std::sync::Arc;

/// What the card panel can show: each condition guide, then the point's card (`None`) where the
/// card is one of the widget's parts.
fn choices(state: WidgetState) -> Vec<Option<String>> {
    let mut choices: Vec<Option<String>> = state.guides.with(|g| g.iter().map(|(id, _)| Some(id.clone())).collect());
    if state.shows(Part::Card) {
        choices.push(None);
    }
    choices
}

/// Which of `choices` the panel shows: the `card_tab`'s, else (its guide no longer applies) the
/// first; `None` when there is nothing to choose from.
fn chosen(choices: &[Option<String>], state: WidgetState) -> Option<usize> {
    (!choices.is_empty()).then(|| state.card_tab.with(|tab| choices.iter().position(|c| c == tab).unwrap_or(0)))
}

/// Which of the card panel's tabs is chosen; `None` without tabs (one thing to show, as a guide
/// alone with `parts="guide"`).
pub fn chosen_card_tab(state: WidgetState) -> Option<usize> {
    let choices = choices(state);
    chosen(&choices, state).filter(|_| choices.len() > 1)
}

/// The guide the card panel shows, `None` for the point's card: the one its tab (or, without
/// tabs, the only thing it can show) names, so that the tabs and the panel always agree.
pub fn shown_guide(state: WidgetState) -> Option<String> {
    let choices = choices(state);
    chosen(&choices, state).and_then(|i| choices[i].clone())
}

/// The card panel's tabs when there is more than one thing to show ([`choices`]), as the
/// WAI-ARIA tabs pattern has them: the chosen tab is the list's one Tab stop, and the arrow keys,
/// Home and End go to another tab and show it ([`super::tab_key`]). Each is named `card-tab-<index>` for its
/// panel (`ui/point_card.rs`).
#[component]
pub fn CardTabs() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let title = move |id: &str| state.guide_text(id).map_or_else(|| id.to_string(), |g| g.title);
    move || {
        let tabs = Arc::new(choices(state));
        (tabs.len() > 1).then(|| {
            let buttons = tabs.iter().enumerate().map(|(index, id)| {
                let label = id.as_deref().map_or_else(|| s.card_tab_point.to_string(), title);
                let testid = format!("card-tab-{}", id.as_deref().unwrap_or("point"));
                let label_lang = id.as_deref().and_then(|id| state.guide_lang(id));
                let chosen = move || chosen_card_tab(state) == Some(index);
                let (id, tabs) = (id.clone(), tabs.clone());
                acu_view! {
                    <button
                        type="button"
                        role="tab"
                        id=format!("card-tab-{index}")
                        class="card-tab"
                        aria-selected=move || chosen().to_string()
                        aria-controls="card-tabpanel"
                        tabindex=move || if chosen() { "0" } else { "-1" }
                        data-testid=testid
                        lang=label_lang
                        on:click=move |_| state.card_tab.set(id.clone())
                        on:keydown=move |ev| {
                            if let Some(next) = super::tab_key(&ev, index, tabs.len()) {
                                state.card_tab.set(tabs[next].clone());
                            }
                        }
                    >
                        {label}
                    </button>
                }
            });
            acu_view! { <div class="card-tabs" role="tablist" aria-label=strings().card_tabs_label>{buttons.collect_view()}</div> }
        })
    }
}

/// The guide `id` (the host's own, or the catalog's once the prose is there).
#[component]
pub fn ConditionGuideView(id: String) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    move || {
        let guide = state.guide_text(&id);
        let Some(GuideProse { title, summary, course, first_visit, self_care, tui_na, red_flags, evidence, sources, .. }) = guide else {
            return acu_view! { <p class="prose-status" data-testid="prose-loading">{s.prose_loading}</p> }.into_any();
        };
        let opens = state.shows(Part::Card) || state.shows(Part::Map);
        let points = state.guides.get().into_iter().find(|(g, _)| *g == id).map(|(_, points)| points).unwrap_or_default();
        let id = id.clone();
        // Numbered as the guide is read: its red flags first.
        let cites = red_flags.iter().map(|f| &f.text).chain([&summary, &course, &first_visit]).chain(&self_care).chain(&tui_na).chain(&evidence);
        let sources = Sources::number(cites.map(String::as_str), sources);
        // A host's own guide is in its content's language: each of its texts says so.
        let text_lang = state.guide_lang(&id);
        let cite = |text: String| acu_view! { <span lang=text_lang.clone() dir="auto">{sources.cite(text)}</span> };
        acu_view! {
            <article class="condition-guide" aria-labelledby="condition-guide-title" data-testid="condition-guide" data-guide=id>
                {heading(Rank::Title, Some("condition-guide-title"), acu_view! { <span lang=text_lang.clone() dir="auto">{title}</span> })}
                <div class="cautions red-flags" role="note" aria-labelledby="red-flags-title" data-testid="red-flags">
                    <WarningHeading id="red-flags-title" text=s.guide_red_flags />
                    <ul>
                        {red_flags.into_iter().map(|f| acu_view! {
                            <li data-urgency=if f.now { "now" } else { "soon" }>
                                <strong>{if f.now { s.guide_now } else { s.guide_soon }}{s.label_colon}</strong>
                                {cite(f.text)}
                            </li>
                        }).collect_view()}
                    </ul>
                </div>
                <p class="guide-summary">{cite(summary)}</p>
                {heading(Rank::Section, None, s.guide_points)}
                <ul class="guide-points">
                    {points.into_iter().map(|p| {
                        let name = state.lang.get_untracked().point_name(p);
                        let testid = format!("guide-point-{}", p.code);
                        // A point opens its card or shows on the map; a guide alone (`parts="guide"`)
                        // has neither, so it names the points without a control that does nothing.
                        let item = if opens {
                            acu_view! {
                                <button type="button" class="link" data-testid=testid on:click=move |ev| {
                                    state.show_and_select(p);
                                    // The guide's panel gives way to the point's card.
                                    super::refocus(&ev, &["#card-title"]);
                                }>
                                    <strong>{p.code}</strong>" "{name}
                                </button>
                            }.into_any()
                        } else {
                            acu_view! { <span data-testid=testid><strong>{p.code}</strong>" "{name}</span> }.into_any()
                        };
                        acu_view! { <li>{item}</li> }
                    }).collect_view()}
                </ul>
                // A host's own guide may leave a section out.
                {(!course.is_empty()).then(|| acu_view! { {heading(Rank::Section, None, s.guide_course)}<p>{cite(course)}</p> })}
                {(!first_visit.is_empty()).then(|| acu_view! { {heading(Rank::Section, None, s.guide_first_visit)}<p>{cite(first_visit)}</p> })}
                {(!self_care.is_empty()).then(|| acu_view! {
                    {heading(Rank::Section, None, s.guide_self_care)}
                    <ul class="plain">{self_care.into_iter().map(|t| acu_view! { <li>{cite(t)}</li> }).collect_view()}</ul>
                })}
                {tui_na.map(|t| acu_view! { {heading(Rank::Section, None, s.guide_tui_na)}<p>{cite(t)}</p> })}
                {(!evidence.is_empty()).then(|| acu_view! {
                    {heading(Rank::Section, None, s.guide_evidence)}
                    <ul class="plain" data-testid="guide-evidence">{evidence.into_iter().map(|t| acu_view! { <li>{cite(t)}</li> }).collect_view()}</ul>
                })}
                // Cited as published.
                {(!sources.is_empty()).then(|| sources.list("guide-sources", s.guide_sources, Some("en")))}
            </article>
        }.into_any()
    }
}
