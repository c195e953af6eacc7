//! A comparison table from the catalog (e.g. acupuncture vs dry needling), with its sources.

use crate::model::Comparison;
use crate::strings::strings;
use leptos::prelude::*;

#[component]
pub fn ComparisonTable(comparison: &'static Comparison) -> impl IntoView {
    let s = strings();
    view! { class="acu-el",
        <section class="comparison" part="comparison" data-testid=format!("comparison-{}", comparison.id)>
            <h3>{comparison.title}</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-label=comparison.title>
                <table>
                    <caption>{comparison.caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{s.aspect}</th>
                            {comparison
                                .columns
                                .iter()
                                .map(|c| view! { class="acu-el", <th scope="col">{*c}</th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {comparison
                            .rows
                            .iter()
                            .map(|row| {
                                view! { class="acu-el",
                                    <tr>
                                        <th scope="row">{row.aspect}</th>
                                        {row.cells.iter().map(|c| view! { class="acu-el", <td>{*c}</td> }).collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            {(!comparison.sources.is_empty())
                .then(|| {
                    view! { class="acu-el",
                        <details class="sources">
                            <summary>{s.sources}</summary>
                            <ul>
                                {comparison
                                    .sources
                                    .iter()
                                    .map(|src| {
                                        view! { class="acu-el",
                                            <li>
                                                <span class="key">{src.key}</span>
                                                " "
                                                {src.text}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </details>
                    }
                })}
        </section>
    }
}
