//! The printed handout (`print()`, the patient card's Print button, or the page's own print):
//! the figure with the points, each point in plain words with what to know, the clinic's note,
//! the condition guide's red flags and the date. It is on paper only: it is made when the page
//! is about to print ([`on_paper`], at `beforeprint`) and the print stylesheet (`app.css`)
//! shows it and nothing else of the widget, so no window or pop-up is needed.

use super::{content_lang, strings, view_label, WidgetState};
use crate::figure::View;
use crate::model::Point;
use crate::text::decimal;
use crate::viewport::{label_anchor, label_sides, translate_scale, LabelRequest};
use leptos::prelude::*;

/// The points a handout holds: those the page chose (a host shortlist, `points`), else the
/// selected point, else the first guide's points (a guide alone has no other), else the points
/// shown when there are few enough for paper.
fn handout_points(state: WidgetState) -> Vec<&'static Point> {
    let visible = state.visible.get();
    if state.shortlist.get().is_some() || state.shown.with(Option::is_some) {
        return visible;
    }
    match (state.selected.get(), state.guides.get().into_iter().next()) {
        (Some(point), _) => vec![point],
        (None, Some((_, points))) => points,
        (None, None) if visible.len() <= 12 => visible,
        (None, None) => Vec::new(),
    }
}

/// Whether there is a handout to print now: the patient card offers its Print button only then
/// (else the paper would have nothing of the widget on it).
pub fn has_points(state: WidgetState) -> bool {
    !handout_points(state).is_empty()
}

/// The page called `print()`: whether there is a handout to print. If not, nothing is printed
/// and the widget says so (a notice, a console warning and `acu-error`), as for other input it
/// cannot use.
#[cfg(feature = "element")]
pub fn print_asked(state: WidgetState) -> bool {
    use crate::{contract::ErrorSource, state::Saying};
    state.forget_notices(ErrorSource::Print);
    let ready = has_points(state);
    if !ready {
        let say: Saying = std::sync::Arc::new(|s| s.nothing_to_print.to_string());
        state.report(ErrorSource::Print, "", &say(state.ui()), Some(say));
    }
    ready
}

/// The figures a handout draws, each with its points: the view that draws most of the points
/// not drawn yet (a whole figure before a close-up, on a tie), then the next, until every point
/// is on one, so that none the handout lists is missing from the paper.
fn handout_views(points: &[&'static Point]) -> Vec<(View, Vec<&'static Point>)> {
    let mut left = points.to_vec();
    let mut views = Vec::new();
    while !left.is_empty() {
        let draws = |view: View, p: &&Point| p.is_drawn_on(view);
        let mut best: Option<(View, usize)> = None;
        for view in View::ALL {
            let n = left.iter().filter(|p| draws(view, p)).count();
            if n > best.map_or(0, |(_, most)| most) {
                best = Some((view, n));
            }
        }
        let Some((view, _)) = best else { break };
        let (drawn, rest) = left.into_iter().partition(|p| draws(view, p));
        views.push((view, drawn));
        left = rest;
    }
    views
}

/// One figure of the handout, its points' dots and codes, named by its view. `several`: it
/// shares the column with others, at about half the size, so its dots and codes are drawn
/// twice as large in its units to read as well on paper.
fn handout_figure(view: View, drawn: Vec<&'static Point>, several: bool) -> impl IntoView {
    let figure = view.figure();
    // Every code shows on paper: a label that would cover another goes to the left (sizes:
    // the print stylesheet's 11 px labels and the dots' radius of 4, or twice those).
    let scale = if several { 2.0 } else { 1.0 };
    let requests: Vec<LabelRequest> = drawn.iter().map(|p| LabelRequest::code(p, view)).collect();
    let markers = drawn
        .iter()
        .zip(label_sides(&requests, 11.0 * scale, 4.0 * scale))
        .map(|(p, right)| {
            let positions = p.positions_on(view);
            acu_view! {
                <g class=format!("m-{}", p.meridian())>
                    {positions.iter().map(|&at| acu_view! { <circle class="dot" r="4" transform=translate_scale(at, scale) /> }).collect_view()}
                    <text class="label" transform=translate_scale(label_anchor(positions), scale) x=if right { "7" } else { "-7" } y="3" text-anchor=if right { "start" } else { "end" }>{p.code}</text>
                </g>
            }
        })
        .collect_view();
    let view_box = format!("0 0 {} {}", decimal(figure.width, 0), decimal(figure.height, 0));
    acu_view! {
        <figure>
            <svg class="handout-figure" viewBox=view_box aria-hidden="true">
                {figure.silhouette().into_iter().map(|d| acu_view! { <path class="figure" d=d /> }).collect_view()}
                {markers}
            </svg>
            <figcaption>{view_label(view)}</figcaption>
        </figure>
    }
}

/// The handout on the paper: built into the widget as the page is about to print, and taken
/// out after ([`on_paper`], [`Paper::remove`]).
pub struct Paper {
    owner: Owner,
    view: <AnyView as Render>::State,
}

/// Builds the handout into `frame` (the widget's `.acu`, after all else), if it has points: at
/// once, in the `beforeprint` listener, and not in an effect of a signal, which would run in a
/// microtask. A print a script starts (the Print button's `print()`, a page's own button
/// calling `window.print()`) lays out the paper as soon as `beforeprint` has been dispatched,
/// while that script still runs and before any microtask does.
pub fn on_paper(owner: &Owner, state: WidgetState, frame: &web_sys::Element) -> Option<Paper> {
    let owner = owner.child();
    let mut view = owner.with(|| {
        provide_context(state);
        handout(state).map(|view| view.build())
    })?;
    view.mount(frame, None);
    Some(Paper { owner, view })
}

impl Paper {
    /// The page has printed: the handout leaves the widget.
    pub fn remove(mut self) {
        self.view.unmount();
        self.owner.cleanup();
    }
}

/// The handout's view, if it has points.
fn handout(state: WidgetState) -> Option<AnyView> {
    let s = strings();
    let points = handout_points(state);
    if points.is_empty() {
        return None;
    }
    let lang = state.lang.get();
    let date = js_sys::Date::new_0().to_locale_date_string(lang.tag(), &wasm_bindgen::JsValue::UNDEFINED).as_string().unwrap_or_default();
    let (guide, guide_lang) = state.guides.get().into_iter().next().map_or((None, None), |(id, _)| (state.guide_text(&id), state.guide_lang(&id)));
    let prose = move |p: &Point| state.prose.with(|pr| pr.loaded().and_then(|l| l.point(p)));
    let views = handout_views(&points);
    let several = views.len() > 1;
    let figures = views.into_iter().map(|(view, drawn)| handout_figure(view, drawn, several)).collect_view();
    Some(acu_view! {
        <section class="handout" data-testid="handout">
            <header>
                <h2 lang=guide_lang.clone()>{guide.as_ref().map_or_else(|| s.handout_title.to_string(), |g| g.title.clone())}</h2>
                <p class="date">{date}</p>
            </header>
            <div class="handout-body">
                <div class="handout-figures">{figures}</div>
                <ol class="handout-points">
                    {points.iter().map(|&p| {
                        let words = prose(p);
                        let note = state.content.with(|c| c.note(p).map(str::to_string));
                        acu_view! {
                            <li>
                                <h3>{p.code}" "{lang.point_name(p)}</h3>
                                {words.map(|w| acu_view! {
                                    <p>{w.patient.location}</p>
                                    <p>{w.patient.uses}</p>
                                    {(!w.patient.cautions.is_empty()).then(|| acu_view! {
                                        <p class="know"><strong>{s.handout_know}</strong>" "{w.patient.cautions.join(" ")}</p>
                                    })}
                                })}
                                {note.map(|n| acu_view! { <p class="note"><strong>{s.host_note}{s.label_colon}</strong><span lang=content_lang() dir="auto">{n}</span></p> })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </div>
            {guide.map(|g| acu_view! {
                <section class="handout-flags">
                    <h3>{s.guide_red_flags}</h3>
                    <ul>{g.red_flags.into_iter().map(|f| acu_view! {
                        <li><strong>{if f.now { s.guide_now } else { s.guide_soon }}{s.label_colon}</strong><span lang=guide_lang.clone() dir="auto">{f.text}</span></li>
                    }).collect_view()}</ul>
                </section>
            })}
            <p class="handout-disclaimer">{s.disclaimer}</p>
        </section>
    }.into_any())
}
