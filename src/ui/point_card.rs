//! The card of the selected point: every field, cautions first and impossible to miss.

use crate::state::ProseState;
use super::handout;
use super::how_to_find::HowToFind;
use super::condition_guide::{chosen_card_tab, shown_guide, CardTabs, ConditionGuideView};
use super::locate_quiz::LocatePanel;
use super::{content_lang, heading, lang, strings, view_label, Rank, WarningHeading, WidgetState};
use crate::attributes::{Mode, Part};
use crate::model::Point;
use crate::prose::{PointProse, PractitionerProse};
use crate::strings::{fill, Lang};
use crate::text::decimal;
use leptos::prelude::*;

/// The class of the line that says the card's prose is on its way (the painted card's too):
/// it keeps room for the prose, less than the shortest card's of the reader's mode
/// (`point_card.css`), so that what follows the card is out of view before the prose comes and
/// nothing moves back up after.
pub fn prose_waiting_class(patient: bool) -> &'static str {
    if patient { "prose-status waiting-patient" } else { "prose-status waiting" }
}

/// The same room alone ([`prose_waiting_class`] without the line's look): the painted card's
/// box around the location it shows before the rest, and the line (`element/paint.rs`).
#[cfg(feature = "element")]
pub fn prose_room_class(patient: bool) -> &'static str {
    if patient { "waiting-patient" } else { "waiting" }
}

#[component]
pub fn PointCard() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    // The chosen tab, where the panel has tabs (`CardTabs`).
    let tab = move || chosen_card_tab(state);
    acu_view! {
        <section class="card-panel" part="card" data-testid="card">
            <Show when=move || state.mode.get() == Mode::Study>
                <LocatePanel />
            </Show>
            // A patient takes the points home on paper (the page's own print, `ui/handout.rs`),
            // once there are points to take.
            <Show when=move || state.mode.get() == Mode::Patient && handout::has_points(state)>
                <button type="button" class="tool print" data-testid="print" on:click=print_handout>
                    {strings().print_button}
                </button>
            </Show>
            <CardTabs />
            // A condition guide, where its tab is chosen (or it is all the panel can show); else
            // the point. Only study mode holds an answer back. With tabs, this is their panel.
            <div
                id="card-tabpanel"
                role=move || tab().map(|_| "tabpanel")
                aria-labelledby=move || tab().map(|i| format!("card-tab-{i}"))
                tabindex=move || tab().map(|_| "0")
            >
                {move || match (shown_guide(state), state.selected.get(), state.revealed.get() || state.mode.get() != Mode::Study) {
                    (Some(id), _, _) => acu_view! { <ConditionGuideView id=id /> }.into_any(),
                    (None, None, _) => {
                        acu_view! { <p class="card-empty">{strings().card_hint(state.mode.get(), state.parts.get())}</p> }.into_any()
                    }
                    (None, Some(_), false) => acu_view! { <Quiz /> }.into_any(),
                    (None, Some(point), true) => acu_view! { <Card point /> }.into_any(),
                }}
            </div>
        </section>
    }
}

/// Study mode, a point picked on the map: the question, and the way to the answer.
#[component]
fn Quiz() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    acu_view! {
        <div class="quiz" data-testid="quiz">
            <p class="quiz-prompt">{s.quiz_prompt}</p>
            <button type="button" class="reveal" data-testid="reveal" on:click=move |_| state.revealed.set(true)>
                {s.quiz_reveal}
            </button>
            <AnotherPoint />
        </div>
    }
}

/// Study mode: the next question, a random point of this view.
#[component]
fn AnotherPoint() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    acu_view! {
        <button type="button" class="another" data-testid="another" on:click=move |_| state.ask_another()>
            {strings().quiz_next}
        </button>
    }
}

#[component]
fn Card(point: &'static Point) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let lang = lang();
    // The point's prose, once the language's file is there (the rest of the card is built in).
    let prose = Memo::new(move |_| state.prose.with(|p| p.loaded().map(|l| l.point(point))));
    // Where the point is not on the current view, offer the view where it is.
    // (Where the widget has its map.)
    let elsewhere = move || {
        let view = state.view.get();
        if point.is_drawn_on(view) || !state.shows(Part::Map) {
            return None;
        }
        point.drawn_on().next()
    };
    let note = move || state.content.with(|c| c.note(point).map(str::to_string));
    // A point's name as its reader knows it first (`Lang::hanzi_first`).
    let pinyin = || acu_view! { <span class="pinyin">{point.pinyin_tones()}</span> };
    acu_view! {
        <article class="card" aria-labelledby="card-title">
            <header class=format!("card-head m-{}", point.meridian())>
                // The name and, as its subtitle, the English name (HTML's `hgroup`).
                <hgroup>
                    // (Focused by "Details" under the map or the list: `SelectionPeek`.)
                    {heading(Rank::FocusedTitle, Some("card-title"), acu_view! {
                        <span class="code" data-testid="card-code">{point.code}</span>
                        {(!lang.hanzi_first()).then(pinyin)}
                        <span class="hanzi" lang=lang.hanzi_tag()>{lang.hanzi(point)}</span>
                        {lang.other_hanzi(point)
                            .map(|(hanzi, tag)| {
                                acu_view! { <span class="hanzi other-script" lang=tag>{hanzi}</span> }
                            })}
                        {lang.hanzi_first().then(pinyin)}
                    })}
                    // The English name is English in every language.
                    <p class="english" lang=(lang != Lang::En).then_some("en")>{point.english()}</p>
                </hgroup>
                <Show when=move || state.mode.get() == Mode::Study>
                    <AnotherPoint />
                </Show>
                <p class="meta">
                    <span>{s.meridian}{s.label_colon}{lang.meridian(point.meridian())}</span>
                    <span>{s.region}{s.label_colon}{lang.region(point.region())}</span>
                    {lang.national(point).map(|(national, tag)| acu_view! {
                        <span>{s.national_standard}{s.label_colon}<span class=tag.map(|_| "hanzi") lang=tag>{national}</span></span>
                    })}
                    {let also = lang.also_called(point);
                    (!also.is_empty()).then(|| acu_view! {
                        <span data-testid="other-name">
                            {s.also_called}{s.label_colon}
                            {also.into_iter().map(|(text, tag)| acu_view! { <span class=tag.map(|_| "hanzi") lang=tag>{text}</span> }).collect_view()}
                        </span>
                    })}
                </p>
            </header>
            {move || {
                let patient = state.mode.get() == Mode::Patient;
                (!point.cautions.is_empty()).then(|| acu_view! { <Cautions point prose=prose.get().flatten() patient /> })
            }}
            {move || {
                elsewhere()
                    .map(|v| {
                        acu_view! {
                            <p class="elsewhere">
                                {s.not_on_view}" "
                                <button type="button" class="link" on:click=move |_| state.set_view(v)>
                                    {fill(s.show_on_map, &[("view", &view_label(v).to_ascii_lowercase())])}
                                </button>
                            </p>
                        }
                    })
            }}
            {move || {
                note()
                    .map(|note| {
                        acu_view! {
                            <div class="host-note" role="note" aria-labelledby="host-note-title" data-testid="host-note">
                                {heading(Rank::Section, Some("host-note-title"), s.host_note)}
                                <p lang=content_lang() dir="auto">{note}</p>
                            </div>
                        }
                    })
            }}
            {move || match (prose.get(), state.prose.with(|p| matches!(p, ProseState::Failed))) {
                (Some(Some(prose)), _) => {
                    acu_view! { <Details point prose /> }.into_any()
                }
                (_, true) => acu_view! {
                    <div class="prose-status failed" role="alert" data-testid="prose-failed">
                        <p>{s.prose_failed_card}</p>
                        <button type="button" class="another retry" data-testid="prose-retry" on:click=move |_| state.load_prose(true)>
                            {s.retry}
                        </button>
                    </div>
                }.into_any(),
                (Some(None), false) => acu_view! {
                    <p class="prose-status failed" data-testid="prose-missing">{s.prose_failed_card}</p>
                }.into_any(),
                (None, false) => acu_view! {
                    <p class=prose_waiting_class(state.mode.get() == Mode::Patient) data-testid="prose-loading">{s.prose_loading}</p>
                }.into_any(),
            }}
        </article>
    }
}

/// Every caution of the point, impossible to miss: by its kind (built in, in the reader's
/// language) with its text once the prose is there.
#[component]
fn Cautions(point: &'static Point, prose: Option<PointProse>, patient: bool) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let lang = lang();
    let text_lang = prose.as_ref().and_then(|p| lang_attribute(p, lang));
    // A patient reads what each caution means for them; the practitioner, the caution itself.
    let texts = prose.and_then(|p| if patient { Some(p.patient.cautions) } else { p.practitioner.map(|pr| pr.cautions) });
    let texts_missing = texts.is_none();
    let loading = move || texts_missing && state.prose.with(|p| matches!(p, ProseState::Loading));
    acu_view! {
        <div class="cautions" role="note" aria-labelledby="cautions-title" data-testid="cautions">
            <WarningHeading id="cautions-title" text=s.cautions />
            <ul>
                {point
                    .cautions
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let text = texts.as_ref().and_then(|t| t.get(i)).cloned();
                        acu_view! {
                            <li data-kind=c.kind()>
                                <strong>{lang.caution_for(c.kind(), patient)}{text.is_some().then_some(s.label_colon)}</strong>
                                <span lang=text_lang>{text}</span>
                                {move || loading().then(|| acu_view! { <span class="stand-in" aria-hidden="true">{lang.caution_stand_in(patient)}</span> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            // While the texts are on their way (a failure says so below the cautions instead).
            {move || loading().then(|| acu_view! { <p class="by-kind">{s.cautions_by_kind}</p> })}
        </div>
    }
}

/// The point's prose fields: location, needling, actions, indications, categories and the
/// dry-needling counterpart (fewer in patient mode).
#[component]
pub(super) fn Details(point: &'static Point, prose: PointProse) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let lang = lang();
    let patient = move || state.mode.get() == Mode::Patient;
    // Text not yet in the reader's language is marked with its own, and the card says so.
    let text_lang = lang_attribute(&prose, lang);
    let text = text_language(&prose, lang).ui();
    let needling = &point.needling;
    let angle = lang.angle(needling.angle());
    let depth = fill(
        s.needling_depth,
        &[
            ("min", &decimal(needling.depth_min, 2)),
            ("max", &decimal(needling.depth_max, 2)),
            ("angle", &if lang == Lang::En { angle.to_ascii_lowercase() } else { angle.to_string() }),
        ],
    );
    // A patient page's file has no practitioner's texts, which patient mode never shows (a
    // widget that leaves patient mode asks for the whole file and is drawn again with it).
    let PointProse { practitioner, alternative, patient: plain, .. } = prose;
    let PractitionerProse { location, needling: needling_note, actions, indications, categories, dry_needling, .. } = practitioner.unwrap_or_default();
    let (plain_location, uses) = (plain.location, plain.uses);
    acu_view! {
        {text_lang.is_some().then(|| acu_view! { <p class="prose-note">{s.prose_language_note}</p> })}
        <dl class="fields">
            <dt>{s.location}</dt>
            // A patient reads where it is in everyday words; the practitioner, in the standard's.
            <dd data-testid="card-location" lang=text_lang>
                {move || if patient() { plain_location.clone() } else { location.clone() }}
            </dd>
            {alternative
                .map(|alternative| {
                    acu_view! {
                        <Show when=move || !patient()>
                            <dt>{s.alternative}</dt>
                            <dd data-testid="card-alternative" lang=text_lang>
                                {alternative.clone()}
                                // (Where the widget has its map.)
                                {move || (!point.alternative_views.is_empty() && state.shows(Part::Map))
                                    .then(|| acu_view! { <span class="alt-note">" "{s.alternative_on_map}</span> })}
                            </dd>
                        </Show>
                    }
                })}
            <dt id="guide-title">{s.guide_title}</dt>
            <dd>
                <HowToFind />
            </dd>
            <Show when=move || patient()>
                <dt>{s.used_for}</dt>
                <dd data-testid="card-uses" lang=text_lang>{uses.clone()}</dd>
            </Show>
            <Show when=move || !patient()>
                <dt>{s.needling}</dt>
                <dd data-testid="card-needling">
                    // A point not needled has no depth: its note says so first.
                    {needling.needled().then(|| acu_view! { <span class="depth">{depth.clone()}</span>" " })}
                    <span lang=text_lang>{needling_note.clone()}</span>
                </dd>
                <dt>{s.actions}</dt>
                <dd lang=text_lang>
                    <TextList items=actions.clone() />
                </dd>
            </Show>
            <Show when=move || !patient()>
                <dt>{s.indications}</dt>
                <dd>
                <ul class="plain">
                    {point
                        .indication_tags()
                        .zip(indications.clone())
                        .map(|(i, text)| {
                            acu_view! {
                                <li>
                                    <span lang=text_lang>{text}</span>
                                    // A space before each tag: read and copied as words, not run together.
                                    {i
                                        .keys()
                                        .map(|t| acu_view! { " " <span class="tag">{lang.condition(t)}</span> })
                                        .collect_view()}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                </dd>
                <dt>{s.categories}</dt>
                <dd lang=text_lang>
                    <TextList items=categories.clone() />
                </dd>
                <dt>{s.dry_needling}</dt>
                <dd data-testid="card-dry-needling">
                    {match dry_needling.clone() {
                        Some(d) => {
                            acu_view! {
                                <span lang=text_lang>
                                    <strong>{d.muscles.join(text.muscles_separator)}</strong>
                                    {text.muscles_end}
                                    {d.note}
                                </span>
                            }
                                .into_any()
                        }
                        None => s.dry_needling_none.into_any(),
                    }}
                </dd>
            </Show>
        </dl>
        // Where the numbers above come from: the location's proportional cun (or a patient's
        // finger-widths) and the depth.
        <p class="card-sources" data-testid="card-sources">
            {if point.is_extra() { s.source_location_extra } else { s.source_location }}
            <Show when=move || !patient()>" "{s.source_depth}</Show>
        </p>
    }
}

/// The language of the point's prose where it is not the reader's (English text not yet
/// translated), for its `lang` attribute; `None` where it is the reader's.
fn lang_attribute(prose: &PointProse, reader: Lang) -> Option<&'static str> {
    let text = text_language(prose, reader);
    (text != reader).then(|| text.tag())
}

/// The language the point's prose is written in: the reader's, or English not yet translated.
fn text_language(prose: &PointProse, reader: Lang) -> Lang {
    prose.lang.as_deref().and_then(Lang::from_tag).unwrap_or(reader)
}

/// A plain bulleted list of catalog strings.
#[component]
fn TextList(items: Vec<String>) -> impl IntoView {
    acu_view! { <ul class="plain">{items.into_iter().map(|item| acu_view! { <li>{item}</li> }).collect_view()}</ul> }
}

/// The Print button: the element's `print()` (element.js), which keeps the page's other widgets
/// off this paper; the page's own print where the widget is not an `<acu-map>` (`component.rs`).
fn print_handout(event: web_sys::MouseEvent) {
    use wasm_bindgen::JsCast;
    let element = event.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()).and_then(|n| n.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok()).map(|root| root.host());
    let print = element.as_ref().and_then(|e| js_sys::Reflect::get(e, &"print".into()).ok()).and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match (element, print) {
        (Some(element), Some(print)) => drop(print.call0(&element)),
        _ => drop(web_sys::window().map(|w| w.print())),
    }
}
