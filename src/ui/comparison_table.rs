//! A comparison table (e.g. acupuncture vs dry needling), from the catalog or from the host's
//! content, with its sources.

use super::citations::Sources;
use super::use_scroll_edges::{mark_edges, use_scroll_edges};
use super::use_tab_stop_while_scrolling::use_tab_stop_while_scrolling;
use super::{heading, lang, strings, Rank};
use crate::host_content::Table;
use leptos::html::Div;
use leptos::prelude::*;

/// `text_lang`: the language of the table's text where it is not the widget's (a built-in
/// table not yet translated), so screen readers read it right.
#[component]
pub fn ComparisonTable(id: String, table: Table, text_lang: Option<String>) -> impl IntoView {
    let s = strings();
    let prose_lang = text_lang.filter(|t| t != lang().tag());
    let Table { title, caption, columns, rows, sources } = table;
    // Each cell names its column, which a narrow widget shows above it (comparison_table.css);
    // the roles keep the table a table where that CSS makes its parts blocks.
    let labels = columns.clone();
    let sources = Sources::number(rows.iter().flat_map(|r| r.cells.iter().map(String::as_str)), sources);
    // Where the table fits, as the built-in one always does, Tab goes on to the next control;
    // where it scrolls, its box takes the focus and is named by the table's title. A group, not
    // a region: the widget is the landmark, and two widgets on a page with the same table
    // would list two landmarks of one name.
    let scroll_box = NodeRef::<Div>::new();
    use_tab_stop_while_scrolling(scroll_box);
    // The shades at its sides while columns are out of sight there (in the frame around it).
    use_scroll_edges(scroll_box);
    acu_view! {
        <section class="comparison" part="comparison" data-testid=format!("comparison-{id}") lang=prose_lang>
            {heading(Rank::Title, None, title.clone())}
            <div class="table-frame">
                <div
                    class="table-scroll"
                    role="group"
                    aria-label=title
                    node_ref=scroll_box
                    on:scroll=|ev| mark_edges(&event_target(&ev))
                >
                    <table role="table">
                        {(!caption.is_empty()).then(|| acu_view! { <caption>{caption}</caption> })}
                        <thead role="rowgroup">
                            <tr role="row">
                                <th scope="col" role="columnheader" lang=lang().tag()>{s.aspect}</th>
                                {columns.into_iter().map(|c| acu_view! { <th scope="col" role="columnheader">{c}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody role="rowgroup">
                            {rows
                                .into_iter()
                                .map(|row| {
                                    let cells = row.cells.into_iter().zip(labels.iter().cloned());
                                    acu_view! {
                                        <tr role="row">
                                            <th scope="row" role="rowheader">{row.aspect}</th>
                                            {cells.map(|(c, label)| acu_view! { <td role="cell" data-label=label>{sources.cite(c)}</td> }).collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            </div>
            {(!sources.is_empty()).then(|| sources.list("sources", s.sources, None))}
        </section>
    }
}
