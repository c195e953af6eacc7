//! Native tests of the locate quiz's scoring and rounds (`src/quiz.rs`).

use acumap::catalog::POINTS;
use acumap::figure::View;
use acumap::model::Point;
use acumap::quiz::{self, Across, Kind, Round};

fn point(code: &str) -> &'static Point {
    POINTS.iter().find(|p| p.code == code).unwrap()
}

fn length(a: (f32, f32), b: (f32, f32)) -> f32 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

#[test]
fn a_tap_is_scored_in_the_b_cun_of_the_legs_measurement() {
    let front = View::Front.figure();
    let st36 = point("ST36");
    let sites = st36.positions_on(View::Front);
    // The screen-right leg's ST36, and the leg's 16 B-cun from the popliteal crease to the
    // lateral malleolus, measured here on the figure.
    let site = sites.iter().copied().fold((f32::MIN, 0.0), |a, b| if b.0 > a.0 { b } else { a });
    let unit = length(front.landmark("popliteal-crease").unwrap(), front.landmark("lateral-malleolus").unwrap()) / 16.0;
    assert_eq!(quiz::local_cun(front, site, None).map(|(m, _)| m), Some("popliteal-lateral-malleolus"));
    // 0.6 B-cun too high and 0.2 too lateral (screen right, away from the median line).
    let tap = (site.0 + 0.2 * unit, site.1 - 0.6 * unit);
    let miss = quiz::score(st36, front, tap, None).unwrap();
    assert!((miss.down + 0.6).abs() < 0.01 && (miss.across - 0.2).abs() < 0.01, "{miss:?}");
    assert!((miss.distance - (0.36f32 + 0.04).sqrt()).abs() < 0.01, "{miss:?}");
    assert_eq!(miss.axis, Across::Lateral);
    assert!(!miss.found());
    // A tap on the other leg is scored against that leg's ST36: there, lateral is screen left.
    let mirrored = (front.mirror(site).0 - 0.2 * unit, site.1 + 0.3 * unit);
    let miss = quiz::score(st36, front, mirrored, None).unwrap();
    assert_eq!(miss.site, front.mirror(site));
    assert!((miss.across - 0.2).abs() < 0.01 && (miss.down - 0.3).abs() < 0.01 && miss.found(), "{miss:?}");
}

#[test]
fn every_point_can_be_scored_on_every_view_that_draws_it() {
    let mut unscored = Vec::new();
    for p in POINTS {
        for view in p.drawn_on() {
            let at = p.positions_on(view)[0];
            match quiz::score(p, view.figure(), (at.0 + 1.0, at.1), None) {
                Some(miss) if miss.distance > 0.0 && miss.distance < 1.0 => {}
                other => unscored.push(format!("{} on {view}: {other:?}", p.code)),
            }
        }
    }
    assert!(unscored.is_empty(), "{}", unscored.join("\n"));
}

#[test]
fn a_close_up_takes_its_b_cun_from_the_full_view() {
    // One SVG unit off LI4 is a small fraction of a B-cun on the back view, and a smaller one on
    // the hand close-up, drawn larger.
    let li4 = point("LI4");
    let on = |view: View| quiz::score(li4, view.figure(), { let a = li4.positions_on(view)[0]; (a.0, a.1 + 1.0) }, None).unwrap().distance;
    assert!(on(View::HandBack) < on(View::Back) / 2.0, "{} vs {}", on(View::HandBack), on(View::Back));
}

#[test]
fn a_round_asks_ten_and_scores_the_share_found_and_the_median() {
    let pool: Vec<&'static Point> = POINTS.iter().filter(|p| p.meridian() == "ST").collect();
    let mut seed = 0.37_f64;
    let mut round = Round::new(Kind::Tap, &pool, || {
        seed = (seed * 9301.0 + 0.49297).fract();
        seed
    });
    assert_eq!(round.points.len(), quiz::ROUND);
    let mut codes: Vec<&str> = round.points.iter().map(|p| p.code).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), quiz::ROUND, "no point twice");
    for d in [0.1, 0.2, 0.9, 0.4, 1.5, 0.3, 0.5, 2.0, 0.05, 0.7] {
        assert!(!round.finished());
        round.answer(d);
    }
    assert!(round.finished());
    let score = round.score();
    assert_eq!((score.found, score.asked), (6, 10));
    assert!((score.share() - 0.6).abs() < 1e-6);
    assert!((score.median - 0.45).abs() < 1e-6, "{score:?}");
    let again = round.again().unwrap();
    assert_eq!(again.points, vec![round.points[2], round.points[4], round.points[7], round.points[9]]);
    // A small pool gives a short round.
    let two = Round::new(Kind::Choice, &pool[..2], || 0.0);
    assert_eq!(two.points.len(), 2);
}

#[test]
fn a_choice_offers_three_near_neighbours_on_the_view() {
    let all: Vec<&'static Point> = POINTS.iter().collect();
    let st36 = point("ST36");
    let others = quiz::neighbours(st36, View::Front.figure(), &all);
    assert_eq!(others.len(), 3);
    assert!(others.iter().all(|p| p.code != "ST36" && p.is_drawn_on(View::Front)));
}

#[test]
fn a_miss_is_said_larger_part_first_in_the_readers_language() {
    let st36 = point("ST36");
    let front = View::Front.figure();
    let site = st36.positions_on(View::Front)[1];
    let (_, unit) = quiz::local_cun(front, site, None).unwrap();
    let miss = quiz::score(st36, front, (site.0 - 0.2 * unit, site.1 - 0.6 * unit), None).unwrap();
    // The screen-right leg: screen left is toward the median line.
    assert_eq!(miss.describe(acumap::Lang::En.ui()), "0.6 B-cun too high, 0.2 too medial");
    assert_eq!(miss.describe(acumap::Lang::ZhHans.ui()), "偏高0.6寸，偏内0.2寸");
    let on = quiz::score(st36, front, (site.0, site.1 + 0.01), None).unwrap();
    assert_eq!(on.describe(acumap::Lang::En.ui()), "right on it");
}
