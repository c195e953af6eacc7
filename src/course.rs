//! The channels' paths on a view, as a chart draws them: each channel's runs
//! ([`crate::catalog::COURSES`], else its points in number order) through the points shown and
//! its waypoints, one line per run and side; where a run passes to a stop this view does not
//! show, its line ends at the figure's edge. Pure geometry, tested natively; the map draws each
//! line as a smooth curve (`figure::smooth_open_path`).

use crate::catalog::{self, COURSES};
use crate::figure::{distance, nearest_on_segment, Figure, View};
use crate::model::{MeridianKind, Point, Stop};

/// How far a line may run on to the figure's edge, in SVG units: a stop farther inside than
/// this simply ends its line.
const TO_EDGE: f32 = 40.0;

/// Every channel line on `view` through `shown` (the points the map shows): the meridian and
/// the line's places.
///
/// Each stop finds its point and whether it is shown by the point's place in the catalog, not
/// by a search of the catalog and of `shown`: hundreds of stops, each once a search of 409
/// points, took a millisecond natively on every view the map draws (now 0.06–0.3 ms). And in
/// WebKit 2.50 (Safari's engine), those searches' loops, compiled anew while they ran (a loop
/// OSR entry into the optimising tier) as the live map mounted, left the heap corrupt in about
/// one load of the clinic page in twenty: the mount stopped at a failed free here and the
/// painted map stayed (README, "Browsers"). Keep this function free of long searches.
pub fn lines(shown: &[&'static Point], view: View) -> Vec<(&'static str, Vec<(f32, f32)>)> {
    let figure = view.figure();
    let mut is_shown = vec![false; catalog::POINTS.len()];
    for place in shown.iter().filter_map(|p| catalog::place_of(p)) {
        is_shown[place] = true;
    }
    let mut lines = Vec::new();
    let mut meridians: Vec<&'static str> = Vec::new();
    for p in shown {
        if !meridians.contains(&p.meridian()) && catalog::meridian(p.meridian()).is_some_and(|m| m.kind == MeridianKind::Channel) {
            meridians.push(p.meridian());
        }
    }
    for meridian in meridians {
        let runs: Vec<Vec<Place>> = match COURSES.iter().find(|c| c.meridian == meridian) {
            Some(course) => course.runs.iter().map(|run| run.iter().map(|s| Place::of(s, &is_shown, view)).collect()).collect(),
            None => {
                let own = catalog::POINTS.iter().enumerate().filter(|(_, p)| p.meridian() == meridian);
                vec![own.map(|(place, p)| Place::of_point(p, is_shown[place], view)).collect()]
            }
        };
        for run in runs {
            // One line per side: the screen-left places (and those on the median line), then
            // the screen-right; a run with no place on two sides is drawn once.
            let two_sides = run.iter().any(|p| matches!(p, Place::Here(ps, _) if ps.len() == 2));
            for side in 0..if two_sides { 2 } else { 1 } {
                // A line joins points: two at least (waypoints and edges only shape it).
                for (line, points) in split(&run, side, figure) {
                    if points >= 2 {
                        lines.push((meridian, line));
                    }
                }
            }
        }
    }
    lines
}

/// A stop as this view has it.
enum Place {
    /// Drawn here, at these places (screen left first): a point (`true`) or a waypoint.
    Here(&'static [(f32, f32)], bool),
    /// Drawn here but not shown now (a filter or the host's points leave it out): the line
    /// passes it by.
    Hidden,
    /// On another view: the line goes off the figure toward it.
    Elsewhere,
}

impl Place {
    /// `is_shown`: whether each point of the catalog is shown, by its place.
    fn of(stop: &Stop, is_shown: &[bool], view: View) -> Place {
        match stop {
            Stop::Point(place) => {
                let place = usize::from(*place);
                match (catalog::POINTS.get(place), is_shown.get(place)) {
                    (Some(p), Some(shown)) => Place::of_point(p, *shown, view),
                    _ => Place::Elsewhere,
                }
            }
            Stop::Place(views) => match views.iter().find(|v| v.view == view) {
                Some(v) => Place::Here(v.positions, false),
                None => Place::Elsewhere,
            },
        }
    }

    fn of_point(point: &'static Point, shown: bool, view: View) -> Place {
        let positions = point.positions_on(view);
        match (positions.is_empty(), shown) {
            (true, _) => Place::Elsewhere,
            (false, true) => Place::Here(positions, true),
            (false, false) => Place::Hidden,
        }
    }
}

/// The run's places on one side, cut into lines where it goes to another view, each with how
/// many points it joins; a line's end toward another view runs on to the figure's edge.
fn split(run: &[Place], side: usize, figure: &Figure) -> Vec<(Vec<(f32, f32)>, usize)> {
    let mut lines: Vec<(Vec<(f32, f32)>, usize)> = vec![(Vec::new(), 0)];
    // Whether the line being drawn came from another view (its start goes to the edge).
    let mut from_elsewhere = false;
    let mut seen_here = false;
    for place in run {
        match place {
            Place::Here(positions, point) => {
                let at = positions.get(side).or(positions.first()).copied();
                if let (Some(at), Some((line, points))) = (at, lines.last_mut()) {
                    line.push(at);
                    *points += usize::from(*point);
                    seen_here = true;
                }
            }
            Place::Hidden => {}
            Place::Elsewhere => {
                if let Some((line, _)) = lines.last_mut().filter(|_| seen_here) {
                    if from_elsewhere {
                        to_edge_at_start(line, figure);
                    }
                    to_edge_at_end(line, figure);
                    lines.push((Vec::new(), 0));
                    seen_here = false;
                }
                from_elsewhere = true;
            }
        }
    }
    if let Some((line, _)) = lines.last_mut() {
        if from_elsewhere && seen_here {
            to_edge_at_start(line, figure);
        }
    }
    lines
}

fn to_edge_at_end(line: &mut Vec<(f32, f32)>, figure: &Figure) {
    if let Some(edge) = line.last().and_then(|&p| nearest_edge(p, figure)) {
        line.push(edge);
    }
}

fn to_edge_at_start(line: &mut Vec<(f32, f32)>, figure: &Figure) {
    if let Some(edge) = line.first().and_then(|&p| nearest_edge(p, figure)) {
        line.insert(0, edge);
    }
}

/// The nearest place on the figure's outline to `p`, just inside it, if within [`TO_EDGE`].
fn nearest_edge(p: (f32, f32), figure: &Figure) -> Option<(f32, f32)> {
    let outline = figure.outline();
    let mut best: Option<(f32, (f32, f32))> = None;
    for i in 0..outline.len() {
        let q = nearest_on_segment(p, outline[i], outline[(i + 1) % outline.len()]);
        let d = distance(p, q);
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, q));
        }
    }
    let (d, q) = best?;
    // A hair inside the outline, so the line's end is on the figure.
    (d > 1.0 && d <= TO_EDGE).then(|| (p.0 + (q.0 - p.0) * (d - 1.0) / d, p.1 + (q.1 - p.1) * (d - 1.0) / d))
}
