//! Study mode's "Find the point" quiz (`crate::quiz`, the store's `LocateQuiz`): the panel above
//! the card that asks, answers and scores, and the map layer that shows the four markers of a
//! choice question and, after an answer, where the tap fell against the point.

use super::{heading, strings, Rank, WidgetState};
use crate::quiz::{self, Kind};
use crate::state::LocateQuiz;
use crate::strings::fill;
use crate::text::decimal;
use crate::viewport::translate_scale;
use leptos::prelude::*;

/// The letter of choice `i`: A to D.
fn letter(i: usize) -> String {
    char::from(b'A' + i as u8).to_string()
}

/// The quiz's panel: the two ways to start; a question; its answer and the next; a round's score.
#[component]
pub fn LocatePanel() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let quiz = move || state.locate.get();
    acu_view! {
        <div class="locate" role="group" aria-labelledby="locate-title" data-testid="locate">
            <div class="visually-hidden">{heading(Rank::Title, Some("locate-title"), s.locate_title)}</div>
            {move || match quiz() {
                None => acu_view! {
                    <div class="locate-start">
                        <button type="button" class="another" data-testid="locate-tap" on:click=move |_| state.start_locate(Kind::Tap)>
                            {s.locate_start}
                        </button>
                        <button type="button" class="another" data-testid="locate-choice" on:click=move |_| state.start_locate(Kind::Choice)>
                            {s.locate_start_choice}
                        </button>
                    </div>
                }.into_any(),
                Some(q) => acu_view! { <Question quiz=q /> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn Question(quiz: LocateQuiz) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let round = &quiz.round;
    let asked = round.answers.len() + usize::from(quiz.answer.is_none());
    let progress = fill(s.locate_progress, &[("n", &asked.min(round.points.len()).to_string()), ("total", &round.points.len().to_string())]);
    // The point of the question (asked now, or just answered).
    let point = match quiz.answer {
        None => round.current(),
        Some(_) => round.points.get(round.answers.len().saturating_sub(1)).copied(),
    };
    let lang = state.lang.get_untracked();
    let question = point.map(|p| {
        fill(round.kind.question(s), &[("code", p.code), ("name", lang.point_name(p))])
    });
    let finished = round.finished().then(|| round.score());
    // The answer in words: how far off and which way, in the B-cun of which measurement.
    let result = quiz.answer.clone().zip(point).map(|(answer, p)| {
        let said = if answer.distance <= quiz::CLOSE { s.locate_found } else { s.locate_missed };
        let distance = if answer.distance.is_finite() { decimal(answer.distance, 1) } else { "–".to_string() };
        let mut text = fill(said, &[("distance", &distance)]);
        if let Some(miss) = &answer.miss {
            text = format!("{text} {}.", miss.describe(s));
            let span = state.prose.with_untracked(|pr| pr.loaded().and_then(|l| l.measurement(miss.measurement)));
            if let Some(span) = span {
                text = format!("{text} {}", fill(s.locate_scale, &[("span", &span)]));
            }
        }
        if let Some(chosen) = answer.chosen {
            let at = |code: &str| quiz.choices.iter().position(|c| c.code == code).map(letter).unwrap_or_default();
            let chosen_letter = at(chosen.code);
            text = match chosen.code == p.code {
                true => format!("{text} {}", fill(s.locate_chosen_right, &[("letter", &chosen_letter), ("code", p.code)])),
                false => format!(
                    "{text} {}",
                    fill(s.locate_chosen_wrong, &[("letter", &chosen_letter), ("other", chosen.code), ("code", p.code), ("right", &at(p.code))])
                ),
            };
        }
        text
    });
    // The whole answer is what the widget's live region says (the store said only how far
    // off): which marker was chosen and which was right, which way the tap missed.
    if let Some(text) = result.clone() {
        Effect::new(move |_| state.announcement.set(text.clone()));
    }
    let choices = (quiz.answer.is_none() && round.kind == Kind::Choice).then(|| {
        // Each marker's name says where it is, for a reader who cannot see the map.
        let described = move |p: &'static crate::model::Point| {
            state.prose.with_untracked(|pr| pr.loaded().and_then(|l| l.point(p)).map(|prose| prose.patient.location))
        };
        acu_view! {
            <ul class="locate-choices" data-testid="locate-choices">
                {quiz.choices.iter().enumerate().map(|(i, p)| {
                    let place = described(p);
                    acu_view! {
                        <li>
                            <button type="button" class="tool" data-testid=format!("choose-{}", letter(i)) data-code=p.code on:click=move |_| state.answer_choice(i)>
                                <strong>{fill(s.locate_marker, &[("letter", &letter(i))])}</strong>
                                {place.map(|place| acu_view! { <span class="place">{place}</span> })}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    });
    let answered = quiz.answer.is_some();
    let over = finished.is_some();
    // A keyboard reader answering by choice is taken to the question, then to what comes after
    // the answer (a tap question leaves focus where the pointer is).
    let question_ref = NodeRef::<leptos::html::P>::new();
    let after_ref = NodeRef::<leptos::html::Button>::new();
    if round.kind == Kind::Choice {
        question_ref.on_load(move |p| {
            if !answered {
                let _ = p.focus();
            }
        });
        after_ref.on_load(|b| {
            let _ = b.focus();
        });
    }
    acu_view! {
        <p class="locate-progress" data-testid="locate-progress">{progress}</p>
        {question.map(|q| acu_view! { <p class="locate-question" tabindex="-1" node_ref=question_ref data-testid="locate-question">{q}</p> })}
        {choices}
        {result.map(|r| acu_view! { <p class="locate-result" data-testid="locate-result">{r}</p> })}
        {finished.map(|score| acu_view! {
            <p class="locate-score" data-testid="locate-score">
                {fill(s.locate_score, &[
                    ("found", &score.found.to_string()),
                    ("asked", &score.asked.to_string()),
                    ("median", &decimal(score.median, 1)),
                ])}
            </p>
        })}
        <div class="locate-actions">
            {(answered && !over).then(|| acu_view! {
                <button type="button" class="another" node_ref=after_ref data-testid="locate-next" on:click=move |_| state.next_question()>{s.locate_next}</button>
            })}
            {round.again().filter(|_| round.finished()).map(|_| acu_view! {
                <button type="button" class="another" data-testid="locate-again" on:click=move |_| state.locate_again()>{s.locate_again}</button>
            })}
            {round.finished().then(|| {
                let kind = round.kind;
                acu_view! {
                    <button type="button" class="another" node_ref=after_ref data-testid="locate-new" on:click=move |_| state.start_locate(kind)>{s.locate_new}</button>
                }
            })}
            <button type="button" class="tool" data-testid="locate-stop" on:click=move |ev| {
                state.stop_locate();
                // Back to the buttons that start a quiz.
                super::refocus(&ev, &["[data-testid=locate-tap]"]);
            }>{s.locate_stop}</button>
        </div>
    }
}

/// On the map: a choice question's four lettered markers; after a tap, the tap, the site it was
/// scored against and the line between. Sizes stay the same on screen at any zoom.
#[component]
pub fn LocateLayer() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let upright = move |at: (f32, f32)| translate_scale(at, 1.0 / state.mark_scale.get());
    move || {
        let quiz = state.locate.get()?;
        let view = state.view.get();
        let answered = quiz.answer.clone();
        let choices = quiz
            .choices
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.positions_on(view).iter().map(move |at| (i, *p, *at)))
            .map(|(i, p, at)| {
                let chosen = answered.as_ref().and_then(|a| a.chosen).is_some_and(|c| c.code == p.code);
                let right = answered.is_some() && quiz.round.points.get(quiz.round.answers.len().saturating_sub(1)).is_some_and(|q| q.code == p.code);
                acu_view! {
                    <g
                        class="choice"
                        class:chosen=chosen
                        class:right=right
                        data-testid=format!("choice-{}", letter(i))
                        transform=move || upright(at)
                        on:click=move |ev| {
                            ev.stop_propagation();
                            state.answer_choice(i);
                        }
                    >
                        <circle r="10" />
                        <text y="4">{letter(i)}</text>
                    </g>
                }
            })
            .collect_view();
        let tap = answered.as_ref().and_then(|a| a.tap.zip(a.miss.as_ref().map(|m| m.site))).map(|(tap, site)| {
            let d = format!("M{} {}L{} {}", decimal(tap.0, 1), decimal(tap.1, 1), decimal(site.0, 1), decimal(site.1, 1));
            acu_view! {
                <path class="miss-line" d=d />
                <g class="tap" data-testid="locate-tap-mark" transform=move || upright(tap)>
                    <path d="M-6 -6l12 12M6 -6l-12 12" />
                </g>
                <circle class="site" data-testid="locate-site" r="11" transform=move || upright(site) />
            }
        });
        Some(acu_view! {
            <g class="locate-layer" data-testid="locate-layer">
                {choices}
                {tap}
            </g>
        })
    }
}
