//! Native tests of the channel paths (`src/course.rs`): every line stays on its figure, and the
//! bladder channel's two lines on the back stay apart down to the gluteal fold.

use acumap::catalog::POINTS;
use acumap::course;
use acumap::figure::{Figure, View};
use acumap::model::Point;

/// Samples of the smooth curve the map draws through `line` (`figure::open_curve`), ten per
/// stretch.
fn curve(line: &[(f32, f32)]) -> Vec<(f32, f32)> {
    let mut samples = Vec::new();
    for [p1, c1, c2, p2] in acumap::figure::open_curve(line) {
        for k in 0..=10 {
            let t = k as f32 / 10.0;
            let u = 1.0 - t;
            let b = |a: f32, b: f32, c: f32, d: f32| u * u * u * a + 3.0 * u * u * t * b + 3.0 * u * t * t * c + t * t * t * d;
            samples.push((b(p1.0, c1.0, c2.0, p2.0), b(p1.1, c1.1, c2.1, p2.1)));
        }
    }
    samples
}

/// Whether `p` is on the figure, or within a unit of its outline (a line's end at the edge).
fn on(figure: &Figure, p: (f32, f32)) -> bool {
    figure.contains(p.0, p.1) || [(1.0, 0.0), (-1.0, 0.0), (0.0, 1.0), (0.0, -1.0)].iter().any(|(dx, dy)| figure.contains(p.0 + dx, p.1 + dy))
}

#[test]
fn no_channel_line_leaves_its_figure_on_any_view() {
    let all: Vec<&'static Point> = POINTS.iter().collect();
    let mut off = Vec::new();
    for view in View::ALL {
        let figure = view.figure();
        for (meridian, line) in course::lines(&all, view) {
            let outside: Vec<(f32, f32)> = curve(&line).into_iter().filter(|p| !on(figure, *p)).collect();
            if let Some(p) = outside.first() {
                off.push(format!("{meridian} on {view}: {} samples off the figure, first at ({:.1}, {:.1})", outside.len(), p.0, p.1));
            }
        }
    }
    assert!(off.is_empty(), "{}", off.join("\n"));
}

/// The x of the line's curve at height `y` (the first crossing), if it reaches it.
fn x_at(samples: &[(f32, f32)], y: f32) -> Option<f32> {
    samples.windows(2).find(|w| (w[0].1 - y) * (w[1].1 - y) <= 0.0 && w[0].1 != w[1].1).map(|w| {
        let t = (y - w[0].1) / (w[1].1 - w[0].1);
        w[0].0 + t * (w[1].0 - w[0].0)
    })
}

#[test]
fn the_bladder_channels_two_back_lines_stay_apart_to_the_gluteal_fold_and_join_at_bl40() {
    let all: Vec<&'static Point> = POINTS.iter().collect();
    let back = View::Back.figure();
    let lines: Vec<Vec<(f32, f32)>> = course::lines(&all, View::Back).into_iter().filter(|(m, _)| *m == "BL").map(|(_, l)| l).collect();
    let bl = |code: &str, side: usize| POINTS.iter().find(|p| p.code == code).unwrap().positions_on(View::Back)[side];
    for side in 0..2 {
        let through = |code: &str| lines.iter().find(|l| l.contains(&bl(code, side))).unwrap_or_else(|| panic!("no line through {code} side {side}"));
        let (inner, outer) = (curve(through("BL23")), curve(through("BL47")));
        assert!(through("BL47").contains(&bl("BL40", side)), "the outer line joins the first at BL40");
        let (top, fold) = (bl("BL41", side).1, back.landmark("gluteal-fold").unwrap().1);
        let mut y = top;
        while y <= fold {
            let (a, b) = (x_at(&inner, y).unwrap(), x_at(&outer, y).unwrap());
            assert!((a - b).abs() > 4.0, "side {side}: the lines meet at y {y}: {a} and {b}");
            // The outer line is the lateral one.
            assert!((b - 180.0).abs() > (a - 180.0).abs(), "side {side} at y {y}: inner {a}, outer {b}");
            y += 2.0;
        }
    }
}

#[test]
fn a_line_that_goes_on_to_another_view_ends_at_the_figures_edge() {
    // On the front view the bladder channel leaves the face over the head: its line through BL5
    // runs on to the top of the head.
    let all: Vec<&'static Point> = POINTS.iter().collect();
    let front = View::Front.figure();
    let bl5 = POINTS.iter().find(|p| p.code == "BL5").unwrap().positions_on(View::Front)[1];
    let line = course::lines(&all, View::Front).into_iter().find(|(m, l)| *m == "BL" && l.contains(&bl5)).unwrap().1;
    let end = *line.last().unwrap();
    assert!(end.1 < bl5.1 && front.contains(end.0, end.1), "{line:?}");
    assert!(!front.contains(end.0, end.1 - 2.0), "the line ends at the edge: {end:?}");
}

#[test]
fn a_line_joins_two_points_at_least_never_a_waypoint_alone() {
    // The clinic page's points on the back: the bladder channel's first line through them on
    // each side, and no outer line (none of its points is shown, only its waypoint).
    let shown: Vec<&'static Point> = ["BL23", "BL25", "BL32", "BL40", "BL60", "GB30", "GB34", "SP6", "LI4"]
        .iter()
        .map(|c| POINTS.iter().find(|p| p.code == *c).unwrap())
        .collect();
    let bl = course::lines(&shown, View::Back).into_iter().filter(|(m, _)| *m == "BL").count();
    assert_eq!(bl, 2);
}

#[test]
fn every_course_stop_is_a_point_of_its_own_channel_found_by_its_place_in_the_catalog() {
    // build.rs writes each stop as the point's place in POINTS; `catalog::place_of` reads a
    // point's place back from the point. Both must name the same point.
    for (place, point) in POINTS.iter().enumerate() {
        assert_eq!(acumap::catalog::place_of(point), Some(place), "{}", point.code);
    }
    let mut stops = 0;
    for course in acumap::catalog::COURSES {
        for stop in course.runs.iter().flat_map(|run| run.iter()) {
            if let acumap::model::Stop::Point(place) = stop {
                let point = POINTS.get(usize::from(*place)).unwrap_or_else(|| panic!("{}: no point at {place}", course.meridian));
                assert_eq!(point.meridian(), course.meridian, "{}", point.code);
                stops += 1;
            }
        }
    }
    assert!(stops > 100, "{stops} stops");
}
