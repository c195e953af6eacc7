//! The body figure the map draws: one silhouette (a standing adult in the anatomical position,
//! palms forward, eight heads tall) shared by the front and back views, plus the anatomical
//! cues drawn inside it on each view.
//!
//! Units are SVG user units of a `0 0 360 840` view box; the posterior/anterior median line is
//! `x = 180`. `build.rs` also compiles this file, to reject a point positioned off the figure.

pub const WIDTH: f32 = 360.0;
pub const HEIGHT: f32 = 840.0;
/// x of the median line.
pub const MIDLINE: f32 = 180.0;

/// The views the map can show, in tab order.
pub const VIEWS: [&str; 2] = ["front", "back"];

/// The figure's right half (screen right), as `(distance from the median line, y)`, from the
/// vertex of the head clockwise round the arm, hand and leg to the perineum. The left half
/// is its mirror image.
const HALF_OUTLINE: &[(f32, f32)] = &[
    // head and neck
    (0.0, 18.0), (17.0, 20.0), (28.0, 28.0), (33.0, 42.0), (35.0, 60.0), (34.0, 78.0),
    (31.0, 94.0), (25.0, 105.0), (20.0, 114.0), (20.0, 124.0), (21.0, 134.0),
    // shoulder, outer arm
    (34.0, 143.0), (56.0, 149.0), (76.0, 154.0), (90.0, 163.0), (98.0, 178.0), (101.0, 198.0),
    (102.0, 222.0), (104.0, 250.0), (107.0, 276.0), (110.0, 298.0), (116.0, 322.0),
    (121.0, 350.0), (124.0, 380.0), (126.0, 408.0), (128.0, 424.0),
    // hand: thumb, fingers, back to the wrist
    (133.0, 434.0), (140.0, 446.0), (144.0, 460.0), (141.0, 466.0), (135.0, 462.0),
    (136.0, 478.0), (134.0, 494.0), (128.0, 506.0), (118.0, 508.0), (110.0, 498.0),
    (106.0, 478.0), (106.0, 446.0), (108.0, 428.0),
    // inner arm up to the axilla
    (106.0, 410.0), (99.0, 380.0), (91.0, 352.0), (86.0, 326.0), (84.0, 302.0), (82.0, 280.0),
    (79.0, 256.0), (76.0, 230.0), (72.0, 206.0),
    // flank, waist, hip
    (68.0, 214.0), (68.0, 232.0), (66.0, 254.0), (63.0, 278.0), (62.0, 296.0), (64.0, 320.0),
    (70.0, 344.0), (75.0, 368.0), (78.0, 392.0), (79.0, 412.0),
    // outer thigh, knee, leg, ankle, foot
    (78.0, 440.0), (75.0, 480.0), (71.0, 520.0), (66.0, 560.0), (62.0, 594.0), (61.0, 614.0),
    (63.0, 634.0), (66.0, 660.0), (65.0, 684.0), (59.0, 716.0), (50.0, 750.0), (45.0, 776.0),
    (46.0, 790.0), (50.0, 802.0), (52.0, 814.0), (46.0, 824.0), (32.0, 827.0), (19.0, 824.0),
    // inner ankle, leg, knee, thigh
    (14.0, 812.0), (15.0, 796.0), (18.0, 780.0), (17.0, 756.0), (15.0, 720.0), (15.0, 688.0),
    (18.0, 656.0), (19.0, 634.0), (19.0, 614.0), (16.0, 590.0), (13.0, 560.0), (10.0, 520.0),
    (7.0, 484.0), (4.0, 452.0), (0.0, 444.0),
];

/// The whole silhouette as a closed polygon, clockwise from the vertex.
pub fn outline() -> Vec<(f32, f32)> {
    let right = HALF_OUTLINE.iter().map(|&(dx, y)| (MIDLINE + dx, y));
    let left = HALF_OUTLINE[1..HALF_OUTLINE.len() - 1]
        .iter()
        .rev()
        .map(|&(dx, y)| (MIDLINE - dx, y));
    right.chain(left).collect()
}

/// Whether `(x, y)` lies inside the silhouette (even-odd rule on the outline polygon).
pub fn contains(x: f32, y: f32) -> bool {
    let poly = outline();
    let mut inside = false;
    let mut j = poly.len() - 1;
    for i in 0..poly.len() {
        let (xi, yi) = poly[i];
        let (xj, yj) = poly[j];
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    inside
}

/// SVG path data for a smooth closed curve through `points` (Catmull-Rom turned into cubic
/// Béziers), so the outline data stays a short list of points a person can edit.
pub fn smooth_closed_path(points: &[(f32, f32)]) -> String {
    use std::fmt::Write;
    let n = points.len();
    let mut d = String::with_capacity(n * 40);
    let _ = write!(d, "M{:.1} {:.1}", points[0].0, points[0].1);
    for i in 0..n {
        let p0 = points[(i + n - 1) % n];
        let p1 = points[i];
        let p2 = points[(i + 1) % n];
        let p3 = points[(i + 2) % n];
        let c1 = (p1.0 + (p2.0 - p0.0) / 6.0, p1.1 + (p2.1 - p0.1) / 6.0);
        let c2 = (p2.0 - (p3.0 - p1.0) / 6.0, p2.1 - (p3.1 - p1.1) / 6.0);
        let _ = write!(
            d,
            "C{:.1} {:.1} {:.1} {:.1} {:.1} {:.1}",
            c1.0, c1.1, c2.0, c2.1, p2.0, p2.1
        );
    }
    d.push('Z');
    d
}

/// Anatomical cues drawn inside the figure on one view, as SVG path data, each with a name
/// for the figure's description. Coordinates are in the same units as the outline.
pub fn cues(view: &str) -> &'static [(&'static str, &'static str)] {
    match view {
        "front" => FRONT_CUES,
        "back" => BACK_CUES,
        _ => &[],
    }
}

const FRONT_CUES: &[(&str, &str)] = &[
    ("face", "M170 62q4-3 7 0M183 62q4-3 7 0M180 66v16q-3 3 0 4M173 96q7 4 14 0"),
    ("ears", "M145 58q-5 10 1 22M215 58q5 10-1 22"),
    ("clavicles", "M177 152q-20-4-38-2t-34 4M183 152q20-4 38-2t34 4"),
    ("sternum", "M180 156v84"),
    ("pectorals", "M122 208q28 20 54 4M238 208q-28 20-54 4"),
    ("costal margins", "M180 242q-26 22-52 34M180 242q26 22 52 34"),
    ("umbilicus", "M177 322a3 3 0 1 0 6 0a3 3 0 1 0-6 0"),
    ("linea alba", "M180 246v70M180 328v80"),
    ("iliac crests and inguinal folds", "M126 360q10 34 44 66M234 360q-10 34-44 66"),
    ("patellae", "M132 598q10-16 20 0q-10 20-20 0M208 598q10-16 20 0q-10 20-20 0"),
    ("tibial crests", "M143 640q-2 60 1 120M217 640q2 60-1 120"),
    ("malleoli", "M163 788q3-6 5 0M197 788q-3-6-5 0M133 784q-3-6-5 0M227 784q3-6 5 0"),
    ("toes", "M142 820v5M150 821v5M158 821v5M218 820v5M210 821v5M202 821v5"),
    ("elbow creases", "M88 302q8 4 16 0M272 302q-8 4-16 0"),
    ("wrist creases", "M58 430q9 3 18 0M302 430q-9 3-18 0"),
    ("fingers", "M50 476v24M57 480v26M64 478v24M310 476v24M303 480v26M296 478v24"),
];

const BACK_CUES: &[(&str, &str)] = &[
    ("nape hairline", "M157 108q23 7 46 0"),
    ("ears", "M145 58q-5 10 1 22M215 58q5 10-1 22"),
    ("spine", "M180 140v252"),
    ("scapulae", "M146 172l-8 62 26-14 2-46zM214 172l8 62-26-14-2-46z"),
    ("scapular spines", "M144 182l-34-2M216 182l34-2"),
    ("iliac crests", "M124 330q28 14 54 8M236 330q-28 14-54 8"),
    ("sacrum", "M166 346l14 48 14-48"),
    ("posterior superior iliac spines", "M165 350a2 2 0 1 0 4 0a2 2 0 1 0-4 0M191 350a2 2 0 1 0 4 0a2 2 0 1 0-4 0"),
    ("gluteal cleft", "M180 396v48"),
    ("gluteal folds", "M118 440q30 14 58 4M242 440q-30 14-58 4"),
    ("popliteal creases", "M124 612q16 4 32 0M236 612q-16 4-32 0"),
    ("calf muscles", "M130 640q-4 50 10 80M152 640q6 50-8 80M230 640q4 50-10 80M208 640q-6 50 8 80"),
    ("achilles tendons", "M141 730v56M219 730v56"),
    ("heels", "M132 818q8 6 18 0M228 818q-8 6-18 0"),
    ("elbows", "M92 300q6-5 12 0M268 300q-6-5-12 0"),
    ("knuckles", "M54 462l18 2M306 462l-18 2"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outline_is_symmetric_and_closed_round_the_midline() {
        let poly = outline();
        assert_eq!(poly.len(), 2 * HALF_OUTLINE.len() - 2);
        for &(x, _) in &poly {
            assert!((0.0..=WIDTH).contains(&x));
        }
        assert!(contains(MIDLINE, 300.0), "the trunk is inside");
        assert!(!contains(MIDLINE, 600.0), "between the knees is outside");
        assert!(!contains(5.0, 400.0), "the margin is outside");
        assert!(contains(MIDLINE + 40.0, 612.0) && contains(MIDLINE - 40.0, 612.0));
    }

    #[test]
    fn smooth_path_passes_through_every_point() {
        let poly = outline();
        let d = smooth_closed_path(&poly);
        for &(x, y) in &poly {
            assert!(d.contains(&format!(" {x:.1} {y:.1}C")) || d.starts_with(&format!("M{x:.1} {y:.1}")));
        }
    }
}
