//! Layers of the body map besides the markers: the landmark and cun-scale overlay students
//! switch on to see how points are found, the meridian paths, and the meridian legend.

use super::{lang, strings, WidgetState};
use crate::catalog;
use crate::figure::{self, Figure, View, MEASUREMENTS};
use crate::model::Point;
use crate::strings::{fill, Lang};
use crate::text::{decimal, push_path_command};
use crate::viewport::{label_side, text_ems, translate_scale, LabelRequest, Side, CODE_DRAWN_PX};
use leptos::prelude::*;

/// The landmarks and cun scales of the view. With a point selected, only what its locating
/// recipe measures from (its landmarks and its measurement, from the prose file's recipes), so a
/// student sees how that point is found; with none, every landmark and every standard
/// measurement the view can show as a scale with a tick at each B-cun. Landmark names are placed
/// clear of one another and of the points, beside, under or over their marks; of every landmark,
/// those with no clear place show as one zooms in.
///
/// `on_view`, `view` and `labelled`: the points drawn, the view they are drawn for and their code
/// labels (`BodyMap`'s), which the names keep clear of.
#[component]
pub fn Landmarks(
    figure: &'static Figure<'static>,
    on_view: Memo<Vec<&'static Point>>,
    view: RwSignal<View>,
    labelled: Memo<Vec<(&'static str, bool)>>,
) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    // Marks and names keep their size on screen at any zoom, like the point markers.
    let upright = move |at: (f32, f32)| translate_scale(at, 1.0 / state.mark_scale.get());
    // The selected point's guide, once its prose is there (else everything is shown).
    let guide = Memo::new(move |_| {
        let point = state.selected.get()?;
        state.prose.with(|p| p.loaded().map(|l| crate::prose::measured_from(&l.recipes(point)))).filter(|g| !g.is_empty())
    });
    let wanted = move |key: &str| guide.with(|g| g.as_ref().is_none_or(|g| g.iter().any(|k| k == key)));
    // The scales shown: each measurement's ends, its B-cun in figure units and its label.
    let measured = move || {
        MEASUREMENTS
            .iter()
            .filter(|m| wanted(m.name))
            .filter_map(|m| {
                let unit = figure.cun(m)?;
                let a = figure.landmark(m.from)?;
                let b = if m.to == m.from { figure.mirror(a) } else { figure.landmark(m.to)? };
                Some((m, a, b, unit, fill(strings().cun_label, &[("cun", &decimal(m.cun, 2))])))
            })
            .collect::<Vec<_>>()
    };
    // A scale's label is written over its middle.
    let middle = |a: (f32, f32), b: (f32, f32)| ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
    let lang = lang();
    // A landmark's mark on the body's other side, for one on both.
    let mirror = move |at: (f32, f32)| (!figure.on_midline(at) && figure.midline.is_some()).then(|| figure.mirror(at));
    // The landmarks shown, each with its name in the prose file's language (none until the
    // file is there: the marks show at once, the names when they can).
    let shown = Memo::new(move |_| {
        state.prose.with(|p| {
            let name_of = |key: &str| p.loaded().and_then(|l| l.landmark(key)).unwrap_or_default();
            figure.landmarks().iter().filter(|(key, ..)| wanted(key)).map(|&(key, x, y)| (key, name_of(key), x, y)).collect::<Vec<_>>()
        })
    });
    // Where the scales' labels go, each of them, and which landmark names to write, and where
    // (a point's few landmarks all; of every landmark, those that fit at this zoom, in the
    // figure's order): clear of one another, of the points' markers and of their code labels
    // (`Viewport::place_names`). While the map moves (`WidgetState::moving`), they stay where
    // they are, as the codes do.
    let named = Memo::new(move |before: Option<&(Vec<_>, Vec<_>, Vec<_>)>| {
        if let Some(before) = before.filter(|_| state.moving.get()) {
            return before.clone();
        }
        // A CJK font's line box is taller than a Latin one's at the same size.
        let px = if lang != Lang::En { LANDMARK_PX * 1.3 } else { LANDMARK_PX };
        state.viewport.with(|v| {
            let mut taken = on_view.with(|points| labelled.with(|l| v.taken_by(points, view.get(), state.selected.get(), l)));
            // A landmark on both sides is named at the mark left in sight: the other side's
            // where a point's marker or code lies over this one (GB30's code over the greater
            // trochanter) and not over that one.
            let hidden = |at| taken.covers(&v.around(at, 3.0));
            let mut requests = Vec::new();
            let mut at = Vec::new();
            let mut others = Vec::new();
            shown.with(|s| {
                for (_, label, x, y) in s {
                    let (mark, other) = match mirror((*x, *y)) {
                        Some(m) if hidden((*x, *y)) && !hidden(m) => (m, Some((*x, *y))),
                        m => ((*x, *y), m),
                    };
                    requests.push(LabelRequest { x: mark.0, y: mark.1, ems: text_ems(label) });
                    at.push(mark);
                    // The mark not named, of a landmark on both sides.
                    others.extend(other.map(|o| v.around(o, 3.0)));
                }
            });
            taken.marks.extend(others);
            // A scale's label stands just over its middle (so beside a level line, above it).
            let rise = 6.0 / v.mark_scale();
            let scale_labels: Vec<LabelRequest> = measured()
                .into_iter()
                .map(|(_, a, b, _, label)| {
                    let (x, y) = middle(a, b);
                    LabelRequest { x, y: y - rise, ems: text_ems(&label) }
                })
                .collect();
            let scales = v.place_names(&scale_labels, &taken, true, SCALE_PX, 2.0);
            taken.texts.extend(scales.iter().flatten().map(|(_, b)| *b));
            (scales, v.place_names(&requests, &taken, guide.with(Option::is_some), px, 3.0), at)
        })
    });
    let scales = move || {
        measured()
            .into_iter()
            .enumerate()
            .map(|(i, (m, a, b, unit, label))| {
                let length = unit * m.cun;
                // Ticks across the line at every B-cun.
                let (ux, uy) = ((b.0 - a.0) / length, (b.1 - a.1) / length);
                let mut ticks = String::new();
                for i in 0..=m.cun as usize {
                    let (x, y) = (a.0 + ux * unit * i as f32, a.1 + uy * unit * i as f32);
                    push_path_command(&mut ticks, 'M', &[x, y]);
                    push_path_command(&mut ticks, 'l', &[-uy * 3.0, ux * 3.0]);
                    push_path_command(&mut ticks, 'm', &[uy * 3.0, -ux * 3.0]);
                    push_path_command(&mut ticks, 'l', &[uy * 3.0, -ux * 3.0]);
                }
                let mut line = String::new();
                push_path_command(&mut line, 'M', &[a.0, a.1]);
                push_path_command(&mut line, 'L', &[b.0, b.1]);
                let middle = middle(a, b);
                // Over the line's middle, beside it as the scales' placing allows.
                let place = move || {
                    let side = named.with(|(s, ..)| s.get(i).copied().flatten().map(|(side, _)| side));
                    name_place(side, ["translate(4 -3)", "translate(-4 -3)", "translate(0 7)", "translate(0 -12)", "translate(0 18)", "translate(0 -23)"])
                };
                acu_view! {
                    <g class="scale" data-measurement=m.name>
                        <path class="scale-line" d=line />
                        <path class="scale-ticks" d=ticks />
                        <text transform=move || format!("{} {}", upright(middle), place().0) text-anchor=move || place().1>
                            {label}
                        </text>
                    </g>
                }
            })
            .collect_view()
    };
    let landmarks = move || {
        shown
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, (name, label, x, y))| {
                let side = move || named.with(|(_, n, _)| n.get(i).copied().flatten().map(|(side, _)| side));
                // The mark named, of a landmark on both sides.
                let at = move || named.with(|(.., at)| at.get(i).copied()).unwrap_or((x, y));
                let label = move || side().map(|_| label.clone());
                let place = move || name_place(side(), ["translate(5 3)", "translate(-5 3)", "translate(0 13)", "translate(0 -7)", "translate(0 23)", "translate(0 -17)"]);
                acu_view! {
                    <g class="landmark" data-landmark=name>
                        <path transform=move || upright((x, y)) d="M0 -3l3 3-3 3-3-3z" />
                        {mirror((x, y)).map(|m| acu_view! { <path transform=move || upright(m) d="M0 -3l3 3-3 3-3-3z" /> })}
                        <text transform=move || format!("{} {}", upright(at()), place().0) text-anchor=move || place().1>
                            {label}
                        </text>
                    </g>
                }
            })
            .collect_view()
    };
    acu_view! {
        <g class="overlay" aria-hidden="true" data-testid="overlay-layer" data-guide=move || guide.with(|g| g.is_some().to_string())>
            {scales}
            {landmarks}
        </g>
    }
}

/// The landmark names' size on screen in pixels, for placing them: the 8 px they are drawn at
/// (`.overlay .landmark text`), whose line is 9.3 px high, and air.
const LANDMARK_PX: f32 = 10.0;

/// The scales' labels, for placing them: 9 px bold (`.overlay .scale text`), a fifth wider than
/// `text_ems` reckons, on a 10.5 px line.
const SCALE_PX: f32 = 11.0;

/// Where a name goes on `side` of its mark (`Viewport::place_names`; none placed yet: right):
/// the move from the mark, in screen pixels, for each of `Side::ALL` in `moves` (each puts the
/// name's line in the box `place_names` reckons with; text, as a number here would bring in
/// float formatting), and its `text-anchor`.
fn name_place(side: Option<Side>, moves: [&'static str; 6]) -> (&'static str, &'static str) {
    let side = side.unwrap_or(Side::Right);
    let anchor = match side {
        Side::Right => "start",
        Side::Left => "end",
        _ => "middle",
    };
    (moves[side as usize], anchor)
}

/// `view`: the view `on_view`'s points are drawn for (`BodyMap`'s `marked`).
#[component]
pub fn MeridianPaths(on_view: Memo<Vec<&'static Point>>, view: RwSignal<View>) -> impl IntoView {
    acu_view! {
        <g class="paths" aria-hidden="true">
            {move || {
                crate::course::lines(&on_view.get(), view.get())
                    .into_iter()
                    .map(|(m, line)| acu_view! { <path class=format!("path m-{m}") d=figure::smooth_open_path(&line) data-meridian=m /> })
                    .collect_view()
            }}
        </g>
    }
}

/// The meridians drawn on this view: colour, line style and name (colour is never the only
/// signal: each has its own dash pattern and its code).
#[component]
pub fn Legend(on_view: Memo<Vec<&'static Point>>) -> impl IntoView {
    let lang = lang();
    let meridians = move || {
        let points = on_view.get();
        catalog::MERIDIANS
            .iter()
            .filter_map(|m| {
                let count = points.iter().filter(|p| p.meridian() == m.code).count();
                (count > 0).then_some((m, count))
            })
            .collect::<Vec<_>>()
    };
    acu_view! {
        <ul class="legend" aria-label=strings().legend_label data-testid="legend">
            {move || {
                meridians()
                    .into_iter()
                    .map(|(m, count)| {
                        acu_view! {
                            <li class=format!("m-{}", m.code)>
                                <svg class="legend-line" viewBox="0 0 28 10" aria-hidden="true">
                                    <path class=format!("path m-{}", m.code) d="M1 5h26" />
                                    <circle class="dot" cx="14" cy="5" r="3.5" />
                                </svg>
                                <span class="code">{m.code}</span>
                                " "
                                {lang.meridian(m.code)}
                                " "
                                <span class="count">"(" {count} ")"</span>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}

/// The guide's landmark names, for placing them: 11 px bold (`.guide-layer text`), a fifth
/// wider than `text_ems` reckons, on a 12.8 px line; and the ring's radius with its stroke, in
/// screen pixels.
const GUIDE_LABEL_PX: f32 = 13.0;
const GUIDE_MARKER_PX: f32 = 7.0;
/// The target ring over the point at the last step (r 13) with its stroke.
const GUIDE_TARGET_PX: f32 = 15.0;

/// The step of the selected point's how-to-find guide the reader is on (`ui/how_to_find.rs`),
/// drawn on this view: its landmarks ringed and named, a level line or the line between two
/// landmarks, the measurement as a ruler with a tick at each B-cun and the stretch used, the
/// offset as an arrow, and, at the last step, the point ringed. Marks and names keep their size
/// on screen at any zoom. While a step shows, the guide writes the point's code itself, where the
/// step's rings leave it in sight (the markers' labels are hidden then: `.map.guiding`), if the
/// map labels it (`labelled`, `BodyMap`'s: none in study mode); the names keep clear of it.
#[component]
pub fn GuideLayer(figure: Signal<&'static Figure<'static>>, labelled: Memo<Vec<(&'static str, bool)>>) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    let s = strings();
    let patient = move || state.mode.get() == crate::attributes::Mode::Patient;
    let drawing = Memo::new(move |_| {
        let step = state.guide_step()?;
        let point = state.selected.get()?;
        let f = figure.get();
        state.guide.with(|g| g.as_ref().map(|g| (step, g.draw(step, f, point.positions_on(f.view)))))
    });
    let upright = move |at: (f32, f32)| translate_scale(at, 1.0 / state.mark_scale.get());
    let name_of = move |key: &str| {
        state.prose.with(|p| {
            let words = p.loaded()?;
            if patient() { words.plain_landmark(key) } else { words.landmark(key) }
        })
    };
    move || {
        drawing.get().map(|(step, d)| {
            let mut lines = String::new();
            for (a, b) in &d.lines {
                push_path_command(&mut lines, 'M', &[a.0, a.1]);
                push_path_command(&mut lines, 'L', &[b.0, b.1]);
            }
            let ruler = d.ruler.clone().map(|r| {
                let length = figure::distance(r.start, r.end);
                let (ux, uy) = ((r.end.0 - r.start.0) / length, (r.end.1 - r.start.1) / length);
                let unit = length / r.cun;
                let at = |cun: f32| (r.start.0 + ux * unit * cun, r.start.1 + uy * unit * cun);
                let mut line = String::new();
                push_path_command(&mut line, 'M', &[r.start.0, r.start.1]);
                push_path_command(&mut line, 'L', &[r.end.0, r.end.1]);
                let mut ticks = String::new();
                for i in 0..=r.cun as usize {
                    let (x, y) = at(i as f32);
                    push_path_command(&mut ticks, 'M', &[x - uy * 4.0, y + ux * 4.0]);
                    push_path_command(&mut ticks, 'L', &[x + uy * 4.0, y - ux * 4.0]);
                }
                let (a, b) = (at(r.from), at(r.to));
                let mut used = String::new();
                push_path_command(&mut used, 'M', &[a.0, a.1]);
                push_path_command(&mut used, 'L', &[b.0, b.1]);
                // A patient reads finger-widths in the step, not B-cun on the map.
                let label = (!patient()).then(|| {
                    fill(s.guide_ruler, &[("used", &decimal((r.to - r.from).abs(), 2)), ("total", &decimal(r.cun, 2))])
                });
                acu_view! {
                    <g class="guide-ruler" data-testid="guide-ruler" data-measurement=r.measurement>
                        <path class="ruler-line" d=line />
                        <path class="ruler-ticks" d=ticks />
                        <path class="ruler-used" d=used />
                        <text transform=move || upright(b) x="6" y="-6">{label}</text>
                    </g>
                }
            });
            let arrows = d
                .arrows
                .iter()
                .map(|&(a, b)| {
                    let mut shaft = String::new();
                    push_path_command(&mut shaft, 'M', &[a.0, a.1]);
                    push_path_command(&mut shaft, 'L', &[b.0, b.1]);
                    let degrees = (b.1 - a.1).atan2(b.0 - a.0).to_degrees();
                    let head = move || format!("{} rotate({})", upright(b), decimal(degrees, 1));
                    acu_view! {
                        <g class="guide-arrow" data-testid="guide-arrow">
                            <path class="shaft" d=shaft />
                            <path class="head" transform=head d="M0 0l-9 -5v10z" />
                        </g>
                    }
                })
                .collect_view();
            let ticks = d.ticks.iter().map(|&at| acu_view! { <circle class="guide-tick" r="4" transform=move || upright(at) /> }).collect_view();
            // A bilateral landmark is named once, on the screen-right side, clear of the step's
            // marks, the point's and the other names, else where it covers least of them
            // (`Viewport::place_names`). Each name with the landmark's place in `d.landmarks`.
            let names: Vec<(usize, String)> = d
                .landmarks
                .iter()
                .enumerate()
                .filter(|(i, (key, _))| d.landmarks[..*i].iter().all(|(k, _)| k != key))
                .filter_map(|(i, (key, _))| Some((i, name_of(key)?)))
                .collect();
            let requests: Vec<LabelRequest> = names
                .iter()
                .map(|(i, name)| {
                    let (x, y) = d.landmarks[*i].1;
                    LabelRequest { x, y, ems: text_ems(name) }
                })
                .collect();
            // The step's marks with their half-widths on screen: the landmarks' rings, the
            // point's target rings (r 13 and their stroke) and the ticks (r 4 and a pixel).
            let marks: Vec<((f32, f32), f32)> = d
                .landmarks
                .iter()
                .map(|(_, at)| (*at, GUIDE_MARKER_PX))
                .chain(d.points.iter().map(|at| (*at, GUIDE_TARGET_PX)))
                .chain(d.ticks.iter().map(|at| (*at, 5.0)))
                .collect();
            // The point's code (where the map labels it) with its mark's place and its side, and
            // the names: the names first, the longer and the harder to place, then the code,
            // which one word's room beside the point takes.
            let sides = Memo::new(move |before: Option<&(Option<(&'static str, (f32, f32), Side)>, Vec<_>)>| {
                if let Some(before) = before.filter(|_| state.moving.get()) {
                    return before.clone();
                }
                let point = state.selected.get();
                let view = figure.get().view;
                state.viewport.with(|v| {
                    let mut taken = v.taken_by(point.as_slice(), view, point, &[]);
                    taken.marks.extend(marks.iter().map(|&(at, px)| v.around(at, px)));
                    let names = v.place_names(&requests, &taken, true, GUIDE_LABEL_PX, GUIDE_MARKER_PX);
                    taken.texts.extend(names.iter().flatten().map(|(_, taking)| *taking));
                    let code = point.filter(|p| labelled.with(|l| label_side(l, p.code).is_some())).and_then(|p| {
                        let request = LabelRequest::code(p, view);
                        let at = (request.x, request.y);
                        let (side, _) = v.place_names(&[request], &taken, true, CODE_DRAWN_PX, GUIDE_TARGET_PX).pop()??;
                        Some((p.code, at, side))
                    });
                    (code, names)
                })
            });
            let code = move || {
                let (code, at, side) = sides.with(|(code, _)| *code)?;
                let (moves, anchor) = name_place(Some(side), ["translate(17 3.5)", "translate(-17 3.5)", "translate(0 27)", "translate(0 -20)", "translate(0 39)", "translate(0 -32)"]);
                Some(acu_view! {
                    <text class="guide-code" data-testid="guide-code" transform=format!("{} {}", upright(at), moves) text-anchor=anchor>
                        {code}
                    </text>
                })
            };
            let landmarks = d
                .landmarks
                .iter()
                .enumerate()
                .map(|(i, (key, at))| {
                    let named = names.iter().position(|(j, _)| *j == i);
                    let name = named.map(|n| names[n].1.clone());
                    let at = *at;
                    let place = move || {
                        let side = named.and_then(|n| sides.with(|(_, s)| s.get(n).copied().flatten().map(|(side, _)| side)));
                        name_place(side, ["translate(9 4)", "translate(-9 4)", "translate(0 19)", "translate(0 -12)", "translate(0 32)", "translate(0 -25)"])
                    };
                    acu_view! {
                        <g class="guide-landmark" data-testid="guide-landmark" data-landmark=key.clone()>
                            <circle r="6" transform=move || upright(at) />
                            <text transform=move || format!("{} {}", upright(at), place().0) text-anchor=move || place().1>
                                {name}
                            </text>
                        </g>
                    }
                })
                .collect_view();
            let targets = d
                .points
                .iter()
                .map(|&at| acu_view! { <circle class="guide-target" data-testid="guide-target" r="13" transform=move || upright(at) /> })
                .collect_view();
            acu_view! {
                <g class="guide-layer" aria-hidden="true" data-testid="guide-layer" data-step=step>
                    <path class="guide-line" d=lines />
                    {ruler}
                    {arrows}
                    {ticks}
                    {landmarks}
                    {targets}
                    {code}
                </g>
            }
        })
    }
}
