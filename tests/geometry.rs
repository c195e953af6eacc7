//! Geometry tested as geometry: recipes placed on the figures keep the standard's proportions.

use acumap::figure::View;
use acumap::catalog;
use acumap::figure::{self, Figure, MIDLINE};
use acumap::locate::Recipe;

fn recipe(toml_text: &str) -> Recipe {
    toml::from_str(toml_text).expect("a valid recipe")
}

fn close(a: f32, b: f32) -> bool {
    (a - b).abs() < 0.05
}

fn cun(figure: &Figure, measurement: &str) -> f32 {
    figure.cun(figure::measurement(measurement).unwrap()).unwrap()
}

const CV4: &str = r#"surfaces = ["anterior"]
from = "umbilicus"
toward = "pubic-symphysis"
cun = 3.0"#;

const CV12: &str = r#"surfaces = ["anterior"]
from = "umbilicus"
toward = "xiphisternal-junction"
cun = 4.0"#;

const GV4: &str = r#"surfaces = ["posterior"]
level = "L2""#;

#[test]
fn midline_points_lie_on_the_median_line_once() {
    for (text, view) in [(CV4, View::Front), (CV12, View::Front), (GV4, View::Back)] {
        let positions = recipe(text).locate(view.figure()).unwrap();
        assert_eq!(positions.len(), 1, "{text}");
        assert!(close(positions[0].0, MIDLINE), "{text}: {positions:?}");
    }
}

#[test]
fn conception_vessel_points_keep_the_standards_cun_spacing() {
    let front = View::Front.figure();
    let umbilicus = front.landmark("umbilicus").unwrap().1;
    // Umbilicus to pubic symphysis is 5 B-cun: CV4 is 3 of them below the umbilicus.
    let cv4 = recipe(CV4).locate(front).unwrap()[0];
    assert!(close(cv4.1 - umbilicus, 3.0 * cun(front, "umbilicus-pubic")), "{cv4:?}");
    // Xiphisternal junction to umbilicus is 8 B-cun: CV12 is 4 above the umbilicus, halfway.
    let cv12 = recipe(CV12).locate(front).unwrap()[0];
    assert!(close(umbilicus - cv12.1, 4.0 * cun(front, "xiphisternal-umbilicus")), "{cv12:?}");
    let xiphoid = front.landmark("xiphisternal-junction").unwrap().1;
    assert!(close(cv12.1, (xiphoid + umbilicus) / 2.0));
}

#[test]
fn bl23_and_bl25_sit_at_l2_and_l4_one_and_a_half_cun_lateral() {
    let back = View::Back.figure();
    let unit = cun(back, "scapulae");
    for (code, level) in [("BL23", "L2"), ("BL25", "L4")] {
        let positions = catalog::point(code).unwrap().positions_on(View::Back);
        assert_eq!(positions.len(), 2, "{code} is bilateral");
        for &(x, y) in positions {
            assert!(close(y, back.landmark(level).unwrap().1), "{code} at the level of {level}");
            assert!(close((x - MIDLINE).abs(), 1.5 * unit), "{code} 1.5 B-cun lateral: {x}");
        }
    }
}

#[test]
fn bilateral_points_mirror_and_side_and_close_up_points_are_single() {
    for point in catalog::POINTS {
        for view in point.views {
            let positions = view.positions;
            match view.view.figure().midline {
                // Every position has its mirror image (itself, on the median line).
                Some(mid) => {
                    for &(x, y) in positions {
                        assert!(
                            positions.iter().any(|&(x2, y2)| close(x2, 2.0 * mid - x) && close(y2, y)),
                            "{} on {}: ({x}, {y}) has no mirror image",
                            point.code,
                            view.view
                        );
                    }
                }
                // One side shown: one position per site (several only for extra points like Baxie).
                None if acumap::catalog::meridian(point.meridian()).map(|m| m.kind) == Some(acumap::model::MeridianKind::Extra) => assert!(!positions.is_empty()),
                None => assert_eq!(positions.len(), 1, "{} on {}", point.code, view.view),
            }
        }
    }
}

#[test]
fn sp6_keeps_three_of_thirteen_cun_above_the_malleolus_on_the_leg_close_up() {
    let leg = View::FootMedial.figure();
    let (mx, my) = leg.landmark("medial-malleolus").unwrap();
    let (cx, cy) = leg.landmark("tibia-medial-condyle").unwrap();
    let sp6 = catalog::point("SP6").unwrap().positions_on(View::FootMedial)[0];
    assert!(close(sp6.0, mx + (cx - mx) * 3.0 / 13.0) && close(sp6.1, my + (cy - my) * 3.0 / 13.0), "{sp6:?}");
}

#[test]
fn every_point_lies_inside_its_figure() {
    for point in catalog::POINTS {
        for view in point.views {
            let figure = view.view.figure();
            for &(x, y) in view.positions {
                assert!(figure.contains(x, y), "{} at {x},{y} on {}", point.code, view.view);
            }
        }
    }
}

#[test]
fn points_follow_their_surfaces_onto_the_views() {
    let views = |code: &str| -> Vec<&str> {
        let mut views: Vec<&str> = catalog::point(code).unwrap().views.iter().map(|v| v.view.key()).collect();
        views.sort();
        views
    };
    assert_eq!(views("BL23"), ["back"]);
    // Close-ups show the points of their regions only: SP6 on the leg, not GB30 on the hip.
    assert_eq!(views("SP6"), ["foot-medial", "front"]);
    assert_eq!(views("GB30"), ["back", "side"]);
    assert_eq!(views("GB34"), ["foot-lateral", "front", "side"]);
    assert_eq!(views("LI4"), ["back", "hand-back"]);
    assert_eq!(views("BL60"), ["back", "foot-lateral", "side"]);
}

#[test]
fn gb30_is_a_third_of_the_way_from_the_trochanter_to_the_sacral_hiatus() {
    let back = View::Back.figure();
    let (tx, ty) = back.landmark("greater-trochanter").unwrap();
    let (hx, hy) = back.landmark("sacral-hiatus").unwrap();
    let right = catalog::point("GB30").unwrap().positions_on(View::Back)[1];
    assert!((right.0 - (tx + (hx - tx) / 3.0)).abs() < 0.1 && (right.1 - (ty + (hy - ty) / 3.0)).abs() < 0.1);
}

/// The back figure with its landmarks moved: `moves` maps a landmark to its new position.
fn reshaped(view: View, moves: &[(&str, f32, f32)]) -> Vec<(&'static str, f32, f32)> {
    view.figure()
        .landmarks()
        .iter()
        .map(|&(name, x, y)| moves.iter().find(|m| m.0 == name).map_or((name, x, y), |&(_, nx, ny)| (name, nx, ny)))
        .collect()
}

#[test]
fn a_change_of_proportions_moves_the_points_with_it() {
    // A longer lower abdomen: the pubic symphysis 30 units lower.
    let front = View::Front.figure();
    let (px, py) = front.landmark("pubic-symphysis").unwrap();
    let landmarks = reshaped(View::Front, &[("pubic-symphysis", px, py + 30.0)]);
    let taller = Figure { landmarks: Some(&landmarks), ..*front };
    let before = recipe(CV4).locate(front).unwrap()[0];
    let after = recipe(CV4).locate(&taller).unwrap()[0];
    assert!(close(after.1 - before.1, 30.0 * 3.0 / 5.0), "CV4 keeps 3/5 of the way: {before:?} → {after:?}");
    // A lower L2 and wider scapulae: BL23 follows the level and the wider cun.
    let back = View::Back.figure();
    let (lx, ly) = back.landmark("L2").unwrap();
    let (sx, sy) = back.landmark("scapula-medial-border").unwrap();
    let landmarks = reshaped(View::Back, &[("L2", lx, ly + 12.0), ("scapula-medial-border", sx + 6.0, sy)]);
    let broader = Figure { landmarks: Some(&landmarks), ..*back };
    let bl23 = catalog::point("BL23").unwrap();
    let before = bl23.positions_on(View::Back)[1];
    let after = Recipe::clone(&recipe("surfaces = [\"posterior\"]\nlevel = \"L2\"\nlateral = 1.5\nscale = \"scapulae\""))
        .locate(&broader)
        .unwrap()[1];
    assert!(close(after.1, before.1 + 12.0));
    let old_unit = cun(back, "scapulae");
    let new_unit = cun(&broader, "scapulae");
    assert!(new_unit > old_unit);
    assert!(close(after.0 - MIDLINE, 1.5 * new_unit), "{after:?}");
}

/// A label goes left of its marker where rightward it would leave the map, at any zoom (a code
/// at the figure's right edge; the landmark names' placing, `place_names`, has its tests in
/// `src/viewport.rs`).
#[test]
fn a_label_that_would_leave_the_map_is_written_leftward() {
    use acumap::viewport::{LabelRequest, Viewport};
    let whole = Viewport::whole(400.0, 800.0);
    // `chars` capitals or digits, 0.62 em each (`text_ems`).
    let label = |x: f32, chars: usize| LabelRequest { x, y: 400.0, ems: chars as f32 * 0.62 };
    assert!(whole.shows_label_right(&label(200.0, 20), 11.0, 7.0), "in the middle");
    assert!(!whole.shows_label_right(&label(370.0, 20), 11.0, 7.0), "at the right edge");
    assert!(whole.shows_label_right(&label(370.0, 2), 11.0, 7.0), "a short one fits");
    // Zoomed 4× on the middle: x 150..250 is on screen, and labels keep their screen size.
    let zoomed = whole.zoom_at(4.0, (200.0, 400.0));
    assert!(!zoomed.shows_label_right(&label(240.0, 20), 11.0, 7.0));
    assert!(zoomed.shows_label_right(&label(170.0, 20), 11.0, 7.0));
    // Labels are placed on those sides, and overlaps tested where the label really is: written
    // leftward, the label at 370 would cover the marker at 300, so it is left out.
    assert_eq!(whole.place_labels(&[label(370.0, 20), label(300.0, 20)], 11.0, 3.0), vec![None, Some(false)]);
    assert_eq!(whole.place_labels(&[label(100.0, 20), label(300.0, 2)], 11.0, 3.0), vec![Some(true), Some(true)]);
}
