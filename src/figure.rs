//! The body figures the map draws, one per view, each with the named anatomical landmarks the
//! locating recipes (`src/locate.rs`) measure from, and the WHO proportional bone-cun
//! measurements between them.
//!
//! Units are SVG user units of a `0 0 360 840` view box. The front and back views share one
//! silhouette (a standing adult in the anatomical position, palms forward, eight heads tall)
//! with the median line at `x = 180`; a landmark on both sides of the body is given once, on
//! the screen-right side, and mirrored. The side view shows the body's right side, facing
//! screen right (anterior is `+x`). A landmark's position on a view is its projection there:
//! the popliteal crease has a position on the front view (the height of the back of the knee).
//! `build.rs` also compiles this file, to place the points and reject any off the figure.

pub const WIDTH: f32 = 360.0;
pub const HEIGHT: f32 = 840.0;
/// x of the median line on the front and back views.
pub const MIDLINE: f32 = 180.0;

/// One view of the body.
pub struct Figure<'a> {
    pub view: &'a str,
    /// The body surfaces a point must lie on to be drawn on this view.
    pub surfaces: &'a [&'a str],
    /// x of the median line where the view is symmetric (front, back): bilateral points and
    /// landmarks are mirrored about it.
    pub midline: Option<f32>,
    /// The silhouette: its screen-right half from the vertex clockwise when `midline` is set
    /// (mirrored to close it), else the whole outline.
    pub outline_points: &'a [(f32, f32)],
    /// Closed shapes drawn over the silhouette (the arm on the side view).
    pub parts: &'a [&'a [(f32, f32)]],
    /// Anatomical cues drawn inside the figure, as (name, SVG path data).
    pub cues: &'a [(&'a str, &'a str)],
    /// Named landmarks: (name, x, y).
    pub landmarks: &'a [(&'a str, f32, f32)],
    /// The direction of "anterior" along x (side view: 1), or 0 where depth is not shown.
    pub anterior_x: f32,
}

/// A proportional bone-cun measurement of the WHO standard: the distance between two
/// landmarks counts as `cun` B-cun, on every figure, whatever its proportions.
pub struct Measurement {
    pub name: &'static str,
    pub from: &'static str,
    /// The other end; equal to `from` for a measurement across the body between a bilateral
    /// landmark and its mirror image (between the nipples).
    pub to: &'static str,
    pub cun: f32,
}

/// The proportional measurements of the WHO Standard Acupuncture Point Locations (2008) that
/// the recipes use.
pub const MEASUREMENTS: &[Measurement] = &[
    Measurement { name: "glabella-anterior-hairline", from: "glabella", to: "anterior-hairline", cun: 3.0 },
    Measurement { name: "posterior-hairline-c7", from: "posterior-hairline", to: "C7", cun: 3.0 },
    Measurement { name: "suprasternal-xiphisternal", from: "suprasternal-fossa", to: "xiphisternal-junction", cun: 9.0 },
    Measurement { name: "xiphisternal-umbilicus", from: "xiphisternal-junction", to: "umbilicus", cun: 8.0 },
    Measurement { name: "umbilicus-pubic", from: "umbilicus", to: "pubic-symphysis", cun: 5.0 },
    Measurement { name: "nipples", from: "nipple", to: "nipple", cun: 8.0 },
    Measurement { name: "scapulae", from: "scapula-medial-border", to: "scapula-medial-border", cun: 6.0 },
    Measurement { name: "axillary-fold-cubital", from: "anterior-axillary-fold", to: "cubital-crease", cun: 9.0 },
    Measurement { name: "cubital-wrist", from: "cubital-crease", to: "wrist-crease", cun: 12.0 },
    Measurement { name: "pubic-patella-base", from: "pubic-symphysis", to: "patella-base", cun: 18.0 },
    Measurement { name: "trochanter-popliteal", from: "greater-trochanter", to: "popliteal-crease", cun: 19.0 },
    Measurement { name: "gluteal-popliteal", from: "gluteal-fold", to: "popliteal-crease", cun: 14.0 },
    Measurement { name: "patella-apex-medial-malleolus", from: "patella-apex", to: "medial-malleolus", cun: 15.0 },
    Measurement { name: "tibial-condyle-medial-malleolus", from: "tibia-medial-condyle", to: "medial-malleolus", cun: 13.0 },
    Measurement { name: "popliteal-lateral-malleolus", from: "popliteal-crease", to: "lateral-malleolus", cun: 16.0 },
];

pub fn measurement(name: &str) -> Option<&'static Measurement> {
    MEASUREMENTS.iter().find(|m| m.name == name)
}

/// The views the map can show, in tab order.
pub const VIEWS: [&str; 3] = ["front", "back", "side"];

pub static FIGURES: [Figure<'static>; 3] = [
    Figure {
        view: "front",
        surfaces: &["anterior", "medial"],
        midline: Some(MIDLINE),
        outline_points: HALF_OUTLINE,
        parts: &[],
        cues: FRONT_CUES,
        landmarks: FRONT_LANDMARKS,
        anterior_x: 0.0,
    },
    Figure {
        view: "back",
        surfaces: &["posterior"],
        midline: Some(MIDLINE),
        outline_points: HALF_OUTLINE,
        parts: &[],
        cues: BACK_CUES,
        landmarks: BACK_LANDMARKS,
        anterior_x: 0.0,
    },
    Figure {
        view: "side",
        surfaces: &["lateral"],
        midline: None,
        outline_points: SIDE_OUTLINE,
        parts: &[SIDE_ARM],
        cues: SIDE_CUES,
        landmarks: SIDE_LANDMARKS,
        anterior_x: 1.0,
    },
];

pub fn figure(view: &str) -> Option<&'static Figure<'static>> {
    FIGURES.iter().find(|f| f.view == view)
}

impl Figure<'_> {
    /// The silhouette as a closed polygon.
    pub fn outline(&self) -> Vec<(f32, f32)> {
        let Some(mid) = self.midline else { return self.outline_points.to_vec() };
        let half = self.outline_points;
        let right = half.iter().map(|&(dx, y)| (mid + dx, y));
        let left = half[1..half.len() - 1].iter().rev().map(|&(dx, y)| (mid - dx, y));
        right.chain(left).collect()
    }

    /// Whether `(x, y)` lies on the figure: inside the silhouette or one of its parts.
    pub fn contains(&self, x: f32, y: f32) -> bool {
        inside(&self.outline(), x, y) || self.parts.iter().any(|part| inside(part, x, y))
    }

    /// A landmark's position (its screen-right one, for a bilateral landmark).
    pub fn landmark(&self, name: &str) -> Option<(f32, f32)> {
        self.landmarks.iter().find(|l| l.0 == name).map(|&(_, x, y)| (x, y))
    }

    /// `(x, y)` mirrored across the median line (itself on a view without one).
    pub fn mirror(&self, (x, y): (f32, f32)) -> (f32, f32) {
        self.midline.map_or((x, y), |mid| (2.0 * mid - x, y))
    }

    /// Whether `(x, y)` lies on the median line.
    pub fn on_midline(&self, (x, _): (f32, f32)) -> bool {
        self.midline.is_some_and(|mid| (x - mid).abs() < 0.5)
    }

    /// The length of one B-cun along `measurement` on this figure, in SVG units, if both of its
    /// landmarks are on this view.
    pub fn cun(&self, measurement: &Measurement) -> Option<f32> {
        let a = self.landmark(measurement.from)?;
        let b = if measurement.to == measurement.from { self.mirror(a) } else { self.landmark(measurement.to)? };
        let length = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
        (length > 0.0).then_some(length / measurement.cun)
    }
}

/// Whether `(x, y)` lies inside `poly` (even-odd rule).
fn inside(poly: &[(f32, f32)], x: f32, y: f32) -> bool {
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

/// Every landmark name any view defines.
pub fn landmark_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = FIGURES.iter().flat_map(|f| f.landmarks.iter().map(|l| l.0)).collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The front/back silhouette's right half (screen right), as `(distance from the median
/// line, y)`, from the vertex clockwise round the arm, hand and leg to the perineum.
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

/// SVG path data for a smooth open curve through `points` (Catmull-Rom, ends held).
pub fn smooth_open_path(points: &[(f32, f32)]) -> String {
    use std::fmt::Write;
    let Some(first) = points.first() else { return String::new() };
    let mut d = format!("M{:.1} {:.1}", first.0, first.1);
    let at = |i: isize| points[i.clamp(0, points.len() as isize - 1) as usize];
    for i in 0..points.len() as isize - 1 {
        let (p0, p1, p2, p3) = (at(i - 1), at(i), at(i + 1), at(i + 2));
        let c1 = (p1.0 + (p2.0 - p0.0) / 6.0, p1.1 + (p2.1 - p0.1) / 6.0);
        let c2 = (p2.0 - (p3.0 - p1.0) / 6.0, p2.1 - (p3.1 - p1.1) / 6.0);
        let _ = write!(d, "C{:.1} {:.1} {:.1} {:.1} {:.1} {:.1}", c1.0, c1.1, c2.0, c2.1, p2.0, p2.1);
    }
    d
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
    ("sacrum", "M156 354q24 6 48 0l-18 50h-12z"),
    ("posterior superior iliac spines", "M164 350a2 2 0 1 0 4 0a2 2 0 1 0-4 0M192 350a2 2 0 1 0 4 0a2 2 0 1 0-4 0"),
    ("sacral foramina", "M166 364h2M192 364h2M168 376h2M190 376h2M170 387h2M188 387h2M172 397h2M186 397h2"),
    ("gluteal cleft", "M180 404v42"),
    ("gluteal folds", "M118 440q30 14 58 4M242 440q-30 14-58 4"),
    ("popliteal creases", "M124 612q16 4 32 0M236 612q-16 4-32 0"),
    ("calf muscles", "M130 640q-4 50 10 80M152 640q6 50-8 80M230 640q4 50-10 80M208 640q-6 50 8 80"),
    ("achilles tendons", "M148 730v56M212 730v56"),
    ("heels", "M132 818q8 6 18 0M228 818q-8 6-18 0"),
    ("elbows", "M92 300q6-5 12 0M268 300q-6-5-12 0"),
    ("knuckles", "M54 462l18 2M306 462l-18 2"),
];


/// Landmarks on the front view (screen right = the body's left).
const FRONT_LANDMARKS: &[(&str, f32, f32)] = &[
    ("vertex", 180.0, 19.0),
    ("anterior-hairline", 180.0, 36.0),
    ("glabella", 180.0, 60.0),
    ("suprasternal-fossa", 180.0, 150.0),
    ("xiphisternal-junction", 180.0, 238.0),
    ("umbilicus", 180.0, 322.0),
    ("pubic-symphysis", 180.0, 405.0),
    ("acromion", 262.0, 163.0),
    ("nipple", 222.0, 224.0),
    ("anterior-axillary-fold", 252.0, 206.0),
    ("cubital-crease", 277.0, 300.0),
    ("wrist-crease", 298.0, 424.0),
    ("anterior-superior-iliac-spine", 236.0, 372.0),
    ("greater-trochanter", 256.0, 405.0),
    ("patella-base", 220.0, 588.0),
    ("patella-apex", 220.0, 610.0),
    ("popliteal-crease", 220.0, 612.0),
    ("tibia-medial-condyle", 203.0, 636.0),
    ("fibula-head", 238.0, 630.0),
    ("medial-malleolus", 202.0, 786.0),
    ("lateral-malleolus", 222.0, 784.0),
];

/// Landmarks on the back view (screen right = the body's right). Spinous processes are
/// named by their vertebra (`L2`) and placed at the inferior border, the level the standard
/// uses.
const BACK_LANDMARKS: &[(&str, f32, f32)] = &[
    ("vertex", 180.0, 19.0),
    ("external-occipital-protuberance", 180.0, 84.0),
    ("posterior-hairline", 180.0, 108.0),
    ("C7", 180.0, 138.0),
    ("T1", 180.0, 150.0),
    ("T2", 180.0, 161.2),
    ("T3", 180.0, 172.4),
    ("T4", 180.0, 183.6),
    ("T5", 180.0, 194.8),
    ("T6", 180.0, 206.0),
    ("T7", 180.0, 217.2),
    ("T8", 180.0, 228.4),
    ("T9", 180.0, 239.6),
    ("T10", 180.0, 250.8),
    ("T11", 180.0, 262.0),
    ("T12", 180.0, 273.2),
    ("L1", 180.0, 288.0),
    ("L2", 180.0, 303.0),
    ("L3", 180.0, 318.0),
    ("L4", 180.0, 333.0),
    ("L5", 180.0, 347.0),
    ("sacral-hiatus", 180.0, 402.0),
    ("coccyx", 180.0, 414.0),
    ("acromion", 262.0, 163.0),
    ("scapula-spine-medial-end", 214.0, 172.0),
    ("scapula-medial-border", 214.0, 200.0),
    ("scapula-inferior-angle", 222.0, 234.0),
    ("iliac-crest", 240.0, 333.0),
    ("posterior-superior-iliac-spine", 194.0, 350.0),
    ("sacral-foramen-1", 193.0, 364.0),
    ("sacral-foramen-2", 191.0, 376.0),
    ("sacral-foramen-3", 189.0, 387.0),
    ("sacral-foramen-4", 187.0, 397.0),
    ("greater-trochanter", 256.0, 405.0),
    ("gluteal-fold", 218.0, 446.0),
    ("popliteal-crease", 220.0, 612.0),
    ("lateral-malleolus", 224.0, 784.0),
    ("calcaneal-tendon", 212.0, 784.0),
    ("medial-malleolus", 200.0, 786.0),
    ("cubital-crease", 275.0, 300.0),
    ("wrist-crease", 297.0, 424.0),
    ("second-metacarpal-base", 308.0, 440.0),
    ("second-metacarpal-head", 311.0, 472.0),
];

/// The side view's silhouette (the body's right side, facing screen right), clockwise from
/// the vertex.
const SIDE_OUTLINE: &[(f32, f32)] = &[
    (178.0, 18.0), (199.0, 22.0), (214.0, 34.0), (220.0, 50.0), (221.0, 60.0), (220.0, 66.0),
    (229.0, 78.0), (228.0, 82.0), (220.0, 85.0), (222.0, 92.0), (218.0, 98.0), (218.0, 105.0),
    (209.0, 113.0), (199.0, 118.0), (197.0, 130.0), (205.0, 143.0), (217.0, 152.0), (233.0, 168.0),
    (244.0, 190.0), (247.0, 214.0), (240.0, 238.0), (233.0, 258.0), (233.0, 282.0), (240.0, 306.0),
    (242.0, 330.0), (234.0, 360.0), (226.0, 386.0), (230.0, 410.0), (233.0, 440.0), (231.0, 480.0),
    (226.0, 530.0), (222.0, 572.0), (223.0, 596.0), (217.0, 620.0), (208.0, 650.0), (205.0, 700.0),
    (199.0, 750.0), (196.0, 778.0), (202.0, 790.0), (223.0, 800.0), (251.0, 810.0), (270.0, 818.0),
    (273.0, 826.0), (261.0, 829.0), (180.0, 829.0), (161.0, 826.0), (152.0, 814.0), (152.0, 798.0),
    (158.0, 778.0), (152.0, 740.0), (143.0, 700.0), (137.0, 666.0), (140.0, 640.0), (149.0, 616.0),
    (149.0, 596.0), (143.0, 560.0), (137.0, 520.0), (134.0, 480.0), (127.0, 450.0), (118.0, 424.0),
    (118.0, 400.0), (127.0, 378.0), (143.0, 356.0), (152.0, 330.0), (149.0, 300.0), (140.0, 270.0),
    (134.0, 240.0), (134.0, 210.0), (140.0, 182.0), (149.0, 160.0), (158.0, 146.0), (166.0, 132.0),
    (156.0, 118.0), (146.0, 100.0), (142.0, 80.0), (142.0, 56.0), (149.0, 36.0), (161.0, 24.0),
];

/// The right arm on the side view, hanging beside the trunk.
const SIDE_ARM: &[(f32, f32)] = &[
    (165.0, 160.0), (189.0, 154.0), (207.0, 164.0), (210.0, 190.0), (207.0, 230.0), (207.0, 270.0),
    (210.0, 296.0), (216.0, 330.0), (219.0, 370.0), (222.0, 408.0), (228.0, 420.0), (231.0, 440.0),
    (228.0, 470.0), (219.0, 494.0), (207.0, 498.0), (201.0, 480.0), (192.0, 452.0), (189.0, 420.0),
    (189.0, 400.0), (183.0, 360.0), (177.0, 320.0), (168.0, 290.0), (162.0, 250.0), (159.0, 210.0),
    (156.0, 180.0),
];

const SIDE_CUES: &[(&str, &str)] = &[
    ("eye", "M208 58q5-3 9 0"),
    ("ear", "M172 58q-8 2-7 12t6 14q4 0 5-5"),
    ("jaw", "M172 92q8 16 30 20"),
    ("nipple", "M237 224a2 2 0 1 0 4 0a2 2 0 1 0-4 0"),
    ("umbilicus", "M238 322q-2 3 0 6"),
    ("iliac crest", "M150 338q34-12 70 6"),
    ("greater trochanter", "M162 410a6 6 0 1 0 12 0a6 6 0 1 0-12 0"),
    ("gluteal fold", "M122 436q14 10 30 8"),
    ("patella", "M214 590q8 10 0 22"),
    ("popliteal crease", "M150 612h8"),
    ("fibular head", "M168 630a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0"),
    ("lateral malleolus", "M173 786a5 5 0 1 0 10 0a5 5 0 1 0-10 0"),
    ("achilles tendon", "M160 730q-2 30 0 56"),
    ("toes", "M250 818v8M258 820v7"),
];

/// Landmarks on the side view (the body's right side; anterior is screen right).
const SIDE_LANDMARKS: &[(&str, f32, f32)] = &[
    ("vertex", 178.0, 19.0),
    ("greater-trochanter", 168.0, 410.0),
    ("sacral-hiatus", 124.0, 404.0),
    ("gluteal-fold", 140.0, 444.0),
    ("patella-base", 218.0, 588.0),
    ("patella-apex", 217.0, 610.0),
    ("popliteal-crease", 152.0, 612.0),
    ("fibula-head", 170.0, 630.0),
    ("lateral-malleolus", 178.0, 786.0),
    ("calcaneal-tendon", 160.0, 786.0),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_and_back_are_symmetric_about_the_median_line() {
        let front = figure("front").unwrap();
        let poly = front.outline();
        assert_eq!(poly.len(), 2 * HALF_OUTLINE.len() - 2);
        assert!(front.contains(MIDLINE, 300.0), "the trunk is inside");
        assert!(!front.contains(MIDLINE, 600.0), "between the knees is outside");
        assert!(!front.contains(5.0, 400.0), "the margin is outside");
        assert!(front.contains(MIDLINE + 40.0, 612.0) && front.contains(MIDLINE - 40.0, 612.0));
    }

    #[test]
    fn every_landmark_lies_on_its_figure_and_every_figure_fits_its_box() {
        for figure in &FIGURES {
            for &(name, x, y) in figure.landmarks {
                assert!(figure.contains(x, y), "{name} on {} at {x},{y}", figure.view);
                if let Some(mid) = figure.midline {
                    assert!(x >= mid, "{name} on {} is given on the screen-right side", figure.view);
                }
            }
            for (x, y) in figure.outline() {
                assert!((0.0..=WIDTH).contains(&x) && (0.0..=HEIGHT).contains(&y));
            }
        }
    }

    #[test]
    fn measurements_name_landmarks_a_view_has() {
        for m in MEASUREMENTS {
            assert!(
                FIGURES.iter().any(|f| f.cun(m).is_some()),
                "no view has both ends of {}",
                m.name
            );
        }
    }

    #[test]
    fn the_spine_descends_in_order() {
        let back = figure("back").unwrap();
        let levels: Vec<f32> = ["C7", "T1", "T6", "T12", "L1", "L2", "L3", "L4", "L5", "sacral-hiatus"]
            .iter()
            .map(|n| back.landmark(n).unwrap().1)
            .collect();
        assert!(levels.windows(2).all(|w| w[0] < w[1]), "{levels:?}");
    }

    #[test]
    fn smooth_path_passes_through_every_point() {
        let poly = figure("side").unwrap().outline();
        let d = smooth_closed_path(&poly);
        for &(x, y) in &poly {
            assert!(d.contains(&format!(" {x:.1} {y:.1}C")) || d.starts_with(&format!("M{x:.1} {y:.1}")));
        }
    }
}
