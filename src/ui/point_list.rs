//! The searchable list of points: the map's equivalent for readers who cannot or would rather
//! not aim at small markers. A single-select listbox (the WAI-ARIA pattern): Tab reaches it,
//! arrow keys, Home and End move through it, Enter or Space selects; a click selects too.

use super::selection_peek::SelectionPeek;
use super::use_scroll_edges::{mark_edges, use_scroll_edges};
use super::{strings, view_label, Drawn, WarnIcon, WidgetState};
use crate::state::{kept_drawn, rows_in_place};
use crate::catalog;
use crate::model::{Notation, Point};
use crate::strings::{fill, Lang};
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

/// How many rows the list draws as it is built; the rest follow, `MORE_ROWS` a frame, so that a
/// page with every point shown does not build 400 rows in one task.
const FIRST_ROWS: usize = 24;

/// How many more rows each later task draws: the study page's other 385 in one task held a
/// phone's main thread for half a second (CPU 4× slower), and a tap waited for it.
const MORE_ROWS: usize = 64;

/// Draws `MORE_ROWS` more of the list's rows (`limit`) in a task after the next frame, and so
/// on, until every row of `drawn` is (then `usize::MAX`: rows a wider search brings are drawn
/// at once).
fn draw_more(limit: RwSignal<usize>, drawn: Memo<Vec<&'static Point>>) {
    super::after_paint(move || {
        // (`try_`: the widget may be gone by then.)
        let (Some(now), Some(all)) = (limit.try_get_untracked(), drawn.try_with_untracked(Vec::len)) else { return };
        let more = now + MORE_ROWS < all;
        let _ = limit.try_set(if more { now + MORE_ROWS } else { usize::MAX });
        if more {
            draw_more(limit, drawn);
        }
    });
}

#[component]
pub fn PointList() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let results = state.visible;
    // How the search text reads as a code in other notations, for the rows it names. A signal
    // set only when that changes: as a memo of the query, each letter typed woke the closure of
    // every row that reads it (409 on the study page) to find it unchanged.
    let readings = RwSignal::new(Vec::new());
    Effect::new(move |_| {
        let now = code_readings(&state.query.get());
        if readings.with_untracked(|r| *r != now) {
            readings.set(now);
        }
    });
    // The rows drawn, in the pool's order: the results, and rows drawn before that a search or
    // filter hides. The effect below puts the shown ones in the results' order.
    let drawn = Memo::new(move |before: Option<&Vec<&'static Point>>| {
        results.with(|shown| state.pool.with(|pool| kept_drawn(before.map_or(&[], |b| &b[..]), shown, pool)))
    });
    let limit = RwSignal::new(FIRST_ROWS);
    // The point last chosen in the list (see `SelectionPeek`).
    let picked = RwSignal::new(None::<&'static Point>);
    let list_ref = NodeRef::<leptos::html::Ul>::new();
    // The shades at its top and foot while rows are out of sight there.
    use_scroll_edges(list_ref);
    draw_more(limit, drawn);
    // The option Tab lands on: the one last focused, else the selected point, else the first.
    let active = Memo::new(move |_| {
        let results = results.get();
        let listed = |code: &str| results.iter().any(|p| p.code == code);
        state
            .list_focus
            .get()
            .filter(|c| listed(c))
            .or_else(|| state.selected.get().map(|p| p.code).filter(|c| listed(c)))
            .or_else(|| results.first().map(|p| p.code))
    });
    // The rows shown, in the results' order, and the row Tab lands on (`Drawn::show_only`).
    Effect::new(move |_| {
        let (Some(list), _, _, _, _) = (list_ref.get(), drawn.track(), limit.track(), results.track(), active.track()) else { return };
        // A microtask later: after `<For>` has drawn and removed rows, whichever effect ran
        // first. (`try_`: the widget may be gone by then; a panic would stop every widget.)
        queue_microtask(move || {
            results.try_with_untracked(|order| {
                let rows = Drawn::read(&list, order);
                put_in_order(&list, &rows);
                rows.show_only(active.try_get_untracked().flatten());
            });
            // Its shades, for the rows now shown, read in the frame's own layout.
            request_animation_frame(move || mark_edges(&list));
        });
    });
    let on_keydown = move |ev: KeyboardEvent| {
        let list = results.get_untracked();
        let index = active.get_untracked().and_then(|code| list.iter().position(|p| p.code == code));
        let last = list.len().saturating_sub(1);
        let next = match (ev.key().as_str(), index) {
            ("ArrowDown", Some(i)) => (i + 1).min(last),
            ("ArrowUp", Some(i)) => i.saturating_sub(1),
            ("PageDown", Some(i)) => (i + 10).min(last),
            ("PageUp", Some(i)) => i.saturating_sub(10),
            ("Home", _) => 0,
            ("End", _) => last,
            ("Enter" | " ", Some(i)) => {
                ev.prevent_default();
                picked.set(Some(list[i]));
                state.show_and_select(list[i]);
                // The card it opens may push the row, which keeps the focus, off the screen.
                if let Some(row) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                    request_animation_frame(move || super::keep_in_sight(&row));
                }
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        let Some(point) = list.get(next) else { return };
        state.list_focus.set(Some(point.code));
        let option = ev
            .current_target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|ul| ul.query_selector(&format!("[data-code=\"{}\"]", point.code)).ok().flatten())
            .and_then(|el| el.dyn_into::<HtmlElement>().ok());
        if let Some(option) = option {
            let _ = option.focus();
        }
    };
    // A letter typed is painted first, and the search runs after that frame, once for every
    // letter typed meanwhile: on a phone's CPU a search over the study page's 409 points takes
    // a few hundred milliseconds, which the letter would otherwise wait for on screen.
    let searching = Rc::new(Cell::new(false));
    let search_typed = move |ev: web_sys::Event| {
        if searching.replace(true) {
            return;
        }
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let searching = searching.clone();
        super::after_paint(move || {
            searching.set(false);
            // (`try_`: the widget may be gone by then.)
            let _ = state.query.try_set(input.value());
        });
    };
    acu_view! {
        <section class="list-panel" part="list">
            <label class="search">
                <span>{s.search_label}</span>
                <input
                    type="search"
                    data-testid="search"
                    placeholder=s.search_placeholder
                    maxlength=crate::search::LONGEST_QUERY
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || state.query.get()
                    on:input=search_typed
                    // After the focus has painted.
                    on:focus=move |_| set_timeout(move || state.prepare_search(), Default::default())
                />
            </label>
            // What must not wait that the search names, which no point is for, before any point.
            {move || state.urgent().map(|urgent| acu_view! {
                <p class="cautions urgent" data-testid="urgent">
                    <WarnIcon />
                    <strong>{s.urgent(urgent)}</strong>
                </p>
            })}
            <p class="count">
                {move || state.found_count()}
            </p>
            // Busy while its later rows are still being drawn (`draw_more`).
            <ul
                class="point-list"
                role="listbox"
                aria-label=s.list_label
                aria-busy=move || (limit.get() != usize::MAX).then_some("true")
                // The code column's width (the stylesheet's `--code-width`).
                class:long-codes=move || results.with(|r| r.iter().any(|p| p.code.len() > 4))
                data-testid="list"
                node_ref=list_ref
                on:keydown=on_keydown
                on:scroll=|ev| mark_edges(&event_target(&ev))
            >
                <For
                    each=move || {
                        let limit = limit.get();
                        drawn.with(|r| r.iter().take(limit).copied().collect::<Vec<_>>())
                    }
                    key=|p| p.code
                    children=move |point| acu_view! { <ListItem point readings picked /> }
                />
            </ul>
            {move || results.get().is_empty().then(|| {
                let hidden = state.hits_hidden();
                // Under an emergency's notice, no other search to try.
                if hidden == 0 && state.urgent().is_some() {
                    return None;
                }
                Some(acu_view! {
                    <p class="list-empty" data-testid="list-empty">
                        {s.no_match(hidden)}
                        {(hidden > 0).then(|| acu_view! {
                            " "
                            <button
                                type="button"
                                class="link"
                                on:click=move |ev| {
                                    state.widen();
                                    // The button is gone with the empty list: back to the search.
                                    super::refocus(&ev, &["[data-testid=search]"]);
                                }
                            >
                                {s.show_hidden_matches}
                            </button>
                        })}
                    </p>
                })
            })}
            <SelectionPeek picked on_map=false />
        </section>
    }
}

/// Puts the rows of `list` shown (`rows.at`, the results best first) in that order, moving as
/// few as it can: the longest run of them already in order stays ([`rows_in_place`]), each
/// other row goes just before the next one, the last ones after the last that stays. Hidden
/// rows stay wherever they are.
fn put_in_order(list: &Element, rows: &Drawn) {
    let Drawn { rows, at, .. } = rows;
    let stays = rows_in_place(at);
    let Some(last) = at.iter().zip(&stays).rev().find(|(_, s)| **s).map(|(i, _)| &rows[*i].1) else { return };
    let mut before = last.next_sibling();
    for (&i, stays) in at.iter().zip(&stays).rev() {
        let row = &rows[i].1;
        if !stays {
            let _ = list.insert_before(row, before.as_ref());
        }
        before = Some(row.clone().into());
    }
}

/// How the search text reads as a code in each notation (`P6`: PC6 in English, LU6 in French),
/// for the hits it names in another way than their own code.
fn code_readings(query: &str) -> Vec<(Notation, &'static Point)> {
    let own = crate::text::compact(query);
    catalog::readings(query).into_iter().filter(|(_, p)| crate::text::compact(p.code) != own).collect()
}

#[component]
fn ListItem(
    point: &'static Point,
    readings: RwSignal<Vec<(Notation, &'static Point)>>,
    picked: RwSignal<Option<&'static Point>>,
) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let selected_code = super::selected(state, point);
    let selected = move || selected_code.get().is_some();
    let views: Vec<&str> = point.drawn_on().map(view_label).collect();
    let lang = state.lang.get_untracked();
    let (pinyin, hanzi) = (point.pinyin_tones(), lang.hanzi(point));
    // The name as its reader knows it first (`Lang::hanzi_first`).
    let names = if lang.hanzi_first() { [hanzi, pinyin] } else { [pinyin, hanzi] };
    let name = |text: &'static str| {
        let of_hanzi = text == hanzi;
        acu_view! { <span class=if of_hanzi { "hanzi" } else { "pinyin" } lang=of_hanzi.then(|| lang.hanzi_tag())>{text}</span> }
    };
    // With several conditions, how many of them the point serves (the list's order).
    let serves = move || {
        let total = state.conditions.with(Vec::len);
        (total > 1).then(|| {
            let n = state.conditions.with(|c| crate::state::serves(point, c));
            fill(s.serves, &[("n", &n.to_string()), ("total", &total.to_string())])
        })
    };
    // Which notation the search text names this point in (`P6 in French notation`).
    let reading = move || {
        let n = readings.with(|r| r.iter().find(|(_, p)| *p == point).map(|(n, _)| *n))?;
        let code = state.query.get_untracked();
        Some(fill(s.notation_reading, &[("code", code.trim()), ("notation", s.notation_names[n as usize])]))
    };
    // The row's name is its texts, in their order, with a pause between them. It is given, not
    // left to its content: rows scrolled out of the list are not laid out (the stylesheet's
    // `content-visibility`), and Chromium names such a row from its content only once it is, so
    // a screen reader going through the list, or over the page, met rows with no name.
    let sep = s.list_separator;
    let mut said = format!("{} {} {}{sep}{}{sep}{}", point.code, names[0], names[1], point.english(), views.join(sep));
    if !point.cautions.is_empty() {
        said = format!("{said}{sep}{}", s.has_cautions);
    }
    // In a search for a complaint in pregnancy, the points to take care with, listed last.
    let in_pregnancy = move || (state.in_pregnancy() && crate::search::cautioned_in_pregnancy(point)).then_some(s.caution_in_pregnancy);
    let label = move || serves().into_iter().chain(reading()).chain(in_pregnancy().map(str::to_string)).fold(said.clone(), |said, more| format!("{said}{sep}{more}"));
    acu_view! {
        <li
            role="option"
            class=format!("item m-{}", point.meridian())
            class:selected=selected
            aria-selected=move || selected().to_string()
            aria-label=label
            // Shown or hidden, and the list's one Tab stop, by `Drawn::show_only`.
            tabindex="-1"
            data-code=point.code
            data-testid=format!("item-{}", point.code)
            on:click=move |_| {
                picked.set(Some(point));
                state.show_and_select(point);
            }
            on:focus=move |_| state.list_focus.set(Some(point.code))
        >
            <span class="swatch" aria-hidden="true"></span>
            <span class="code">{point.code}</span>
            <span class="names">
                {name(names[0])}
                " "
                {name(names[1])}
                <span class="english" lang=(lang != Lang::En).then_some("en")>{point.english()}</span>
            </span>
            <span class="views">{views.join(" · ")}</span>
            // The mark is seen; a screen reader says the words, in the row's name.
            {(!point.cautions.is_empty())
                .then(|| acu_view! { <span class="caution-flag" title=s.has_cautions aria-hidden="true">"!"</span> })}
            {move || serves().map(|text| acu_view! { <span class="serves" data-testid=format!("serves-{}", point.code)>{text}</span> })}
            {move || reading().map(|text| acu_view! { <span class="reading" data-testid=format!("reading-{}", point.code)>{text}</span> })}
            {move || in_pregnancy().map(|text| acu_view! { <span class="reading in-pregnancy" data-testid=format!("in-pregnancy-{}", point.code)>{text}</span> })}
        </li>
    }
}
