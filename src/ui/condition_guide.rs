//! A condition guide in the card panel (`points/guides/`, `crate::condition_guide`): its red
//! flags first, styled like cautions, then what the condition is, the points (each opens its
//! card and is drawn on the map), a course, the first visit, self-care, Tui Na and the
//! evidence with its sources; and the tabs that switch between the guides and the point's card.

use super::point_card::WARN_ICON;
use super::{strings, WidgetState};
use crate::catalog;
use crate::prose::GuideProse;
use leptos::prelude::*;

/// The card panel's tabs when condition guides apply: one per guide, then the point's card.
#[component]
pub fn CardTabs() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let title = move |id: &'static str| state.prose.with(|p| p.loaded().and_then(|l| l.condition_guide(id)).map(|g| g.title)).unwrap_or_else(|| id.to_string());
    move || {
        let guides = state.guides();
        (!guides.is_empty()).then(|| {
            let tab = move |id: Option<&'static str>, label: String| {
                let chosen = move || state.card_tab.get() == id;
                acu_view! {
                    <button
                        type="button"
                        role="tab"
                        class="card-tab"
                        aria-selected=move || chosen().to_string()
                        data-testid=format!("card-tab-{}", id.unwrap_or("point"))
                        on:click=move |_| state.card_tab.set(id)
                    >
                        {label}
                    </button>
                }
            };
            acu_view! {
                <div class="card-tabs" role="tablist">
                    {guides.into_iter().map(|g| tab(Some(g.id), title(g.id))).collect_view()}
                    {state.parts.get().contains(crate::attributes::Part::Card).then(|| tab(None, s.card_tab_point.to_string()))}
                </div>
            }
        })
    }
}

/// The guide `id`, once the prose is there.
#[component]
pub fn ConditionGuideView(id: &'static str) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    move || {
        let guide = state.prose.with(|p| p.loaded().and_then(|l| l.condition_guide(id)));
        let Some(GuideProse { title, summary, course, first_visit, self_care, tui_na, red_flags, evidence, sources, .. }) = guide else {
            return acu_view! { <p class="prose-status" data-testid="prose-loading">{s.prose_loading}</p> }.into_any();
        };
        let points = catalog::GUIDES.iter().find(|g| g.id == id).map_or(&[][..], |g| g.points);
        acu_view! {
            <article class="condition-guide" aria-labelledby="condition-guide-title" data-testid="condition-guide" data-guide=id>
                <h3 id="condition-guide-title">{title}</h3>
                <section class="cautions red-flags" role="note" aria-labelledby="red-flags-title" data-testid="red-flags">
                    <h4 id="red-flags-title">
                        <svg class="warn-icon" viewBox="0 0 24 24" aria-hidden="true">
                            <path d=WARN_ICON />
                        </svg>
                        {s.guide_red_flags}
                    </h4>
                    <ul>
                        {red_flags.into_iter().map(|f| acu_view! {
                            <li data-urgency=if f.now { "now" } else { "soon" }>
                                <strong>{if f.now { s.guide_now } else { s.guide_soon }}{s.label_colon}</strong>
                                <span>{f.text}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
                <p class="guide-summary">{summary}</p>
                <h4>{s.guide_points}</h4>
                <ul class="guide-points">
                    {points.iter().filter_map(|code| catalog::POINTS.iter().find(|p| p.code == *code)).map(|p| {
                        let name = if state.lang.get_untracked() == crate::strings::Lang::ZhHans { p.hanzi() } else { p.pinyin_tones() };
                        acu_view! {
                            <li>
                                <button type="button" class="link" data-testid=format!("guide-point-{}", p.code) on:click=move |_| state.show_and_select(p)>
                                    <strong>{p.code}</strong>" "{name}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <h4>{s.guide_course}</h4>
                <p>{course}</p>
                <h4>{s.guide_first_visit}</h4>
                <p>{first_visit}</p>
                <h4>{s.guide_self_care}</h4>
                <ul class="plain">{self_care.into_iter().map(|t| acu_view! { <li>{t}</li> }).collect_view()}</ul>
                {tui_na.map(|t| acu_view! { <h4>{s.guide_tui_na}</h4><p>{t}</p> })}
                <h4>{s.guide_evidence}</h4>
                <ul class="plain" data-testid="guide-evidence">{evidence.into_iter().map(|t| acu_view! { <li>{t}</li> }).collect_view()}</ul>
                <details class="guide-sources">
                    <summary>{s.guide_sources}</summary>
                    // Cited as published.
                    <ul class="plain" lang="en">{sources.into_iter().map(|t| acu_view! { <li>{t}</li> }).collect_view()}</ul>
                </details>
            </article>
        }.into_any()
    }
}
