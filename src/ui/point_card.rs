//! The card of the selected point: every field, cautions first and impossible to miss.

use super::{view_label, WidgetState};
use crate::catalog::{self, ANGLES, CAUTION_KINDS, CONDITIONS, REGIONS};
use crate::figure::VIEWS;
use crate::model::Point;
use crate::strings::{fill, strings};
use leptos::prelude::*;

#[component]
pub fn PointCard() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    view! { class="acu-el",
        <section class="card-panel" part="card" aria-live="polite" data-testid="card">
            {move || match state.selected.get() {
                None => view! { class="acu-el", <p class="card-empty">{strings().card_empty}</p> }.into_any(),
                Some(point) => view! { class="acu-el", <Card point /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Card(point: &'static Point) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let meridian = catalog::meridian(point.meridian).map_or(point.meridian, |m| m.name);
    let needling = &point.needling;
    let depth = fill(
        s.needling_depth,
        &[
            ("min", &needling.depth_min.to_string()),
            ("max", &needling.depth_max.to_string()),
            ("angle", &catalog::label(ANGLES, needling.angle).to_lowercase()),
        ],
    );
    // Where the point is not on the current view, offer the view where it is.
    let elsewhere = move || {
        let view = state.view.get();
        if !point.positions_on(view).is_empty() {
            return None;
        }
        VIEWS.iter().copied().find(|v| !point.positions_on(v).is_empty())
    };
    view! { class="acu-el",
        <article class="card" aria-labelledby="card-title">
            <header class=format!("card-head m-{}", point.meridian)>
                <h3 id="card-title">
                    <span class="code" data-testid="card-code">{point.code}</span>
                    <span class="pinyin">{point.pinyin_tones}</span>
                    <span class="hanzi" lang="zh-Hans">{point.hanzi}</span>
                    {(point.hanzi_traditional != point.hanzi)
                        .then(|| {
                            view! { class="acu-el",
                                <span class="hanzi traditional" lang="zh-Hant">
                                    {point.hanzi_traditional}
                                </span>
                            }
                        })}
                </h3>
                <p class="english">{point.english}</p>
                <p class="meta">
                    <span>{s.meridian}": "{meridian}</span>
                    <span>{s.region}": "{catalog::label(REGIONS, point.region)}</span>
                </p>
            </header>
            {(!point.cautions.is_empty())
                .then(|| {
                    view! { class="acu-el",
                        <section class="cautions" role="note" aria-labelledby="cautions-title" data-testid="cautions">
                            <h4 id="cautions-title">
                                <svg class="warn-icon" viewBox="0 0 24 24" aria-hidden="true">
                                    <path d="M12 2 1 21h22L12 2zm0 6 1 7h-2l1-7zm0 9a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6z" />
                                </svg>
                                {s.cautions}
                            </h4>
                            <ul>
                                {point
                                    .cautions
                                    .iter()
                                    .map(|c| {
                                        view! { class="acu-el",
                                            <li>
                                                <strong>{catalog::label(CAUTION_KINDS, c.kind)}": "</strong>
                                                {c.text}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })}
            {move || {
                elsewhere()
                    .map(|v| {
                        view! { class="acu-el",
                            <p class="elsewhere">
                                {s.not_on_view}" "
                                <button type="button" class="link" on:click=move |_| state.set_view(v)>
                                    {fill(s.show_on_map, &[("view", &view_label(v).to_lowercase())])}
                                </button>
                            </p>
                        }
                    })
            }}
            <dl class="fields">
                <dt>{s.location}</dt>
                <dd data-testid="card-location">{point.location}</dd>
                <dt>{s.needling}</dt>
                <dd>
                    <span class="depth">{depth}</span>
                    " "
                    {needling.note}
                </dd>
                <dt>{s.actions}</dt>
                <dd>
                    <TextList items=point.actions />
                </dd>
                <dt>{s.indications}</dt>
                <dd>
                    <ul class="plain">
                        {point
                            .indications
                            .iter()
                            .map(|i| {
                                view! { class="acu-el",
                                    <li>
                                        {i.text}
                                        " "
                                        {i
                                            .tags
                                            .iter()
                                            .map(|t| {
                                                view! { class="acu-el",
                                                    <span class="tag">{catalog::label(CONDITIONS, t)}</span>
                                                }
                                            })
                                            .collect_view()}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </dd>
                <dt>{s.categories}</dt>
                <dd>
                    <TextList items=point.categories />
                </dd>
                <dt>{s.dry_needling}</dt>
                <dd data-testid="card-dry-needling">
                    {match &point.dry_needling {
                        Some(d) => {
                            view! { class="acu-el",
                                <strong>{d.muscles.join(", ")}</strong>
                                ". "
                                {d.note}
                            }
                                .into_any()
                        }
                        None => s.dry_needling_none.into_any(),
                    }}
                </dd>
            </dl>
        </article>
    }
}

/// A plain bulleted list of catalog strings.
#[component]
fn TextList(items: &'static [&'static str]) -> impl IntoView {
    view! { class="acu-el", <ul class="plain">{items.iter().map(|item| view! { class="acu-el", <li>{*item}</li> }).collect_view()}</ul> }
}
