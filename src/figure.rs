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

use crate::text::push_path_command;

/// Size of the full-body figures' view box.
pub const WIDTH: f32 = 360.0;
pub const HEIGHT: f32 = 840.0;
/// x of the median line on the front and back views (and the head close-up).
pub const MIDLINE: f32 = 180.0;

/// One view of the body.
#[derive(Clone, Copy)]
pub struct Figure<'a> {
    pub view: View,
    /// The view box's size.
    pub width: f32,
    pub height: f32,
    /// The body surfaces a point must lie on to be drawn on this view.
    pub surfaces: &'a [Surface],
    /// The body regions a close-up shows (a point must be in one); empty for a full-body view.
    pub regions: &'a [&'a str],
    /// x of the median line where the view is symmetric (front, back): bilateral points and
    /// landmarks are mirrored about it.
    pub midline: Option<f32>,
    /// The silhouette: its screen-right half from the vertex clockwise when `midline` is set
    /// (mirrored to close it), else the whole outline.
    pub outline_points: &'a [(f32, f32)],
    /// Further closed shapes: merged into the silhouette (fingers, toes) when `merge_parts`,
    /// else drawn over it with their own outline (the arm on the side view).
    pub parts: &'a [&'a [(f32, f32)]],
    pub merge_parts: bool,
    /// Areas of this view that have a close-up: (close-up view, x0, y0, x1, y1).
    pub closeups: &'a [(View, f32, f32, f32, f32)],
    /// Anatomical cues drawn inside the figure, as (name, SVG path data).
    pub cues: &'a [(&'a str, &'a str)],
    /// Named landmarks, (name, x, y), if not the view's own ([`Figure::landmarks`]): a figure
    /// of other proportions (`tests/geometry.rs`).
    pub landmarks: Option<&'a [(&'a str, f32, f32)]>,
    /// The direction of "anterior" along x (side view: 1), or 0 where depth is not shown.
    pub anterior_x: f32,
    /// A close-up drawn at the same scale as another that shares no landmarks with a full view
    /// (the sole, as the top of the foot): where its B-cun are measured (`crate::quiz`).
    pub scale_of: Option<View>,
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
    Measurement {
        name: "posterior-axillary-fold-cubital",
        from: "posterior-axillary-fold",
        to: "cubital-crease",
        cun: 9.0,
    },
    Measurement { name: "cubital-wrist", from: "cubital-crease", to: "wrist-crease", cun: 12.0 },
    Measurement { name: "cubital-wrist-radial", from: "cubital-crease-radial-end", to: "wrist-crease-radial", cun: 12.0 },
    Measurement { name: "cubital-wrist-ulnar", from: "cubital-crease-ulnar-end", to: "wrist-crease-ulnar", cun: 12.0 },
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

/// The views the map can show, in tab order: the whole body, then the close-ups. Each has one
/// figure, `FIGURES[view as usize]`. The default is the front.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum View {
    #[default]
    Front,
    Back,
    Side,
    HeadFront,
    HeadSide,
    HandPalm,
    HandBack,
    FootTop,
    FootMedial,
    FootLateral,
    FootSole,
}

impl View {
    pub const ALL: [View; 11] = [
        View::Front,
        View::Back,
        View::Side,
        View::HeadFront,
        View::HeadSide,
        View::HandPalm,
        View::HandBack,
        View::FootTop,
        View::FootMedial,
        View::FootLateral,
        View::FootSole,
    ];

    /// The name used in attributes, events, the JSON export and element ids.
    pub const fn key(self) -> &'static str {
        match self {
            View::Front => "front",
            View::Back => "back",
            View::Side => "side",
            View::HeadFront => "head-front",
            View::HeadSide => "head-side",
            View::HandPalm => "hand-palm",
            View::HandBack => "hand-back",
            View::FootTop => "foot-top",
            View::FootMedial => "foot-medial",
            View::FootLateral => "foot-lateral",
            View::FootSole => "foot-sole",
        }
    }

    /// Every view's key, in tab order.
    pub fn keys() -> [&'static str; 11] {
        View::ALL.map(View::key)
    }

    pub fn figure(self) -> &'static Figure<'static> {
        &FIGURES[self as usize]
    }

    /// A close-up of part of the body, rather than the whole body.
    pub fn is_closeup(self) -> bool {
        !matches!(self, View::Front | View::Back | View::Side)
    }
}

impl std::str::FromStr for View {
    type Err = ();

    /// A view's key, in any case, with surrounding space ignored.
    fn from_str(value: &str) -> Result<View, ()> {
        View::ALL.into_iter().find(|v| v.key().eq_ignore_ascii_case(value.trim())).ok_or(())
    }
}

impl std::fmt::Display for View {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// The body surfaces a recipe says a point lies on; each view shows some of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Surface {
    Anterior,
    Posterior,
    Lateral,
    Medial,
    /// The sole.
    Inferior,
    /// The top of the head, seen on the side views.
    Superior,
}

impl Surface {
    pub const ALL: [Surface; 6] =
        [Surface::Anterior, Surface::Posterior, Surface::Lateral, Surface::Medial, Surface::Inferior, Surface::Superior];

    pub const fn key(self) -> &'static str {
        match self {
            Surface::Anterior => "anterior",
            Surface::Posterior => "posterior",
            Surface::Lateral => "lateral",
            Surface::Medial => "medial",
            Surface::Inferior => "inferior",
            Surface::Superior => "superior",
        }
    }
}

impl std::str::FromStr for Surface {
    type Err = String;

    fn from_str(value: &str) -> Result<Surface, String> {
        Surface::ALL.into_iter().find(|s| s.key() == value).ok_or_else(|| {
            format!("unknown surface `{value}` (surfaces: {})", Surface::ALL.map(Surface::key).join(", "))
        })
    }
}

/// Full-body view box, for the figures that use it.
const FULL: (f32, f32) = (WIDTH, HEIGHT);

#[allow(clippy::too_many_arguments)]
const fn full_body<'a>(
    view: View,
    surfaces: &'a [Surface],
    midline: Option<f32>,
    outline_points: &'a [(f32, f32)],
    cues: &'a [(&'a str, &'a str)],
    anterior_x: f32,
    closeups: &'a [(View, f32, f32, f32, f32)],
) -> Figure<'a> {
    Figure {
        view,
        width: FULL.0,
        height: FULL.1,
        surfaces,
        regions: &[],
        midline,
        outline_points,
        parts: &[],
        merge_parts: false,
        closeups,
        cues,
        landmarks: None,
        anterior_x,
        scale_of: None,
    }
}

#[allow(clippy::too_many_arguments)]
const fn close_up<'a>(
    view: View,
    (width, height): (f32, f32),
    surfaces: &'a [Surface],
    regions: &'a [&'a str],
    outline_points: &'a [(f32, f32)],
    parts: &'a [&'a [(f32, f32)]],
    cues: &'a [(&'a str, &'a str)],
    anterior_x: f32,
) -> Figure<'a> {
    Figure {
        view,
        width,
        height,
        surfaces,
        regions,
        midline: None,
        outline_points,
        parts,
        merge_parts: true,
        closeups: &[],
        cues,
        landmarks: None,
        anterior_x,
        scale_of: None,
    }
}

pub static FIGURES: [Figure<'static>; 11] = [
    full_body(View::Front, &[Surface::Anterior, Surface::Medial], Some(MIDLINE), HALF_OUTLINE, FRONT_CUES, 0.0, &[
        (View::HeadFront, 140.0, 15.0, 220.0, 125.0),
        (View::HandPalm, 35.0, 420.0, 80.0, 512.0),
        (View::HandPalm, 280.0, 420.0, 325.0, 512.0),
        (View::FootTop, 125.0, 770.0, 235.0, 830.0),
    ]),
    full_body(View::Back, &[Surface::Posterior], Some(MIDLINE), HALF_OUTLINE, BACK_CUES, 0.0, &[
        (View::HeadSide, 140.0, 15.0, 220.0, 125.0),
        (View::HandBack, 35.0, 420.0, 80.0, 512.0),
        (View::HandBack, 280.0, 420.0, 325.0, 512.0),
        (View::FootLateral, 125.0, 740.0, 235.0, 830.0),
    ]),
    Figure {
        parts: &[SIDE_ARM],
        ..full_body(View::Side, &[Surface::Lateral, Surface::Superior], None, SIDE_OUTLINE, SIDE_CUES, 1.0, &[
            (View::HeadSide, 140.0, 15.0, 232.0, 125.0),
            (View::FootLateral, 150.0, 740.0, 275.0, 832.0),
        ])
    },
    Figure {
        midline: Some(MIDLINE),
        ..close_up(View::HeadFront, (360.0, 440.0), &[Surface::Anterior], &["head", "face"], HEAD_FRONT_HALF, &[], HEAD_FRONT_CUES, 0.0)
    },
    close_up(View::HeadSide, (360.0, 440.0), &[Surface::Lateral, Surface::Superior], &["head", "face"], HEAD_SIDE_OUTLINE, &[], HEAD_SIDE_CUES, 1.0),
    close_up(View::HandPalm, (300.0, 440.0), &[Surface::Anterior], &["hand"], HAND_PALM_OUTLINE, HAND_PALM_PARTS, HAND_PALM_CUES, 0.0),
    close_up(View::HandBack, (300.0, 440.0), &[Surface::Posterior], &["hand"], HAND_BACK_OUTLINE, HAND_BACK_PARTS, HAND_BACK_CUES, 0.0),
    close_up(View::FootTop, (300.0, 460.0), &[Surface::Anterior], &["ankle", "foot"], FOOT_TOP_OUTLINE, FOOT_TOP_PARTS, FOOT_TOP_CUES, 0.0),
    close_up(View::FootMedial, (420.0, 560.0), &[Surface::Medial], &["lower-leg", "ankle", "foot"], FOOT_MEDIAL_OUTLINE, &[], FOOT_MEDIAL_CUES, -1.0),
    close_up(View::FootLateral, (420.0, 560.0), &[Surface::Lateral], &["lower-leg", "ankle", "foot"], FOOT_LATERAL_OUTLINE, &[], FOOT_LATERAL_CUES, 1.0),
    // The sole is the top of the foot seen from below, at its scale.
    Figure {
        scale_of: Some(View::FootTop),
        ..close_up(View::FootSole, (300.0, 460.0), &[Surface::Inferior], &["foot"], FOOT_SOLE_OUTLINE, FOOT_SOLE_PARTS, FOOT_SOLE_CUES, 0.0)
    },
];

/// Each view's named landmarks, (name, x, y), in the order of [`FIGURES`]: apart from the
/// figures, which the painted map draws, because only the live widget reads them (the overlay,
/// the guide, the quiz), so they come with its chunk rather than on the first path.
static LANDMARKS: [&[(&str, f32, f32)]; 11] = [
    FRONT_LANDMARKS,
    BACK_LANDMARKS,
    SIDE_LANDMARKS,
    HEAD_FRONT_LANDMARKS,
    HEAD_SIDE_LANDMARKS,
    HAND_PALM_LANDMARKS,
    HAND_BACK_LANDMARKS,
    FOOT_TOP_LANDMARKS,
    FOOT_MEDIAL_LANDMARKS,
    FOOT_LATERAL_LANDMARKS,
    FOOT_SOLE_LANDMARKS,
];

/// Whether a point of `region` may be drawn on `figure` (close-ups show only their regions).
impl Figure<'_> {
    pub fn shows_region(&self, region: &str) -> bool {
        self.regions.is_empty() || self.regions.contains(&region)
    }

    /// The close-up of the area of this view at `(x, y)`, if it has one.
    pub fn closeup_at(&self, x: f32, y: f32) -> Option<View> {
        self.closeups
            .iter()
            .find(|&&(_, x0, y0, x1, y1)| (x0..=x1).contains(&x) && (y0..=y1).contains(&y))
            .map(|c| c.0)
    }
}

impl Figure<'_> {
    /// The silhouette's SVG path data: the outline, then each further shape (fingers, toes).
    pub fn silhouette(&self) -> Vec<String> {
        std::iter::once(self.outline()).chain(self.parts.iter().map(|p| p.to_vec())).map(|p| smooth_closed_path(&p)).collect()
    }

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

    /// The figure's named landmarks, (name, x, y): its view's own unless it was given others.
    pub fn landmarks(&self) -> &[(&str, f32, f32)] {
        self.landmarks.unwrap_or(LANDMARKS[self.view as usize])
    }

    /// A landmark's position (its screen-right one, for a bilateral landmark).
    pub fn landmark(&self, name: &str) -> Option<(f32, f32)> {
        self.landmarks().iter().find(|l| l.0 == name).map(|&(_, x, y)| (x, y))
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

/// The place on the segment `a`–`b` nearest to `p`.
pub fn nearest_on_segment(p: (f32, f32), a: (f32, f32), b: (f32, f32)) -> (f32, f32) {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length = dx * dx + dy * dy;
    let t = if length > 0.0 { (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length).max(0.0).min(1.0) } else { 0.0 };
    (a.0 + t * dx, a.1 + t * dy)
}

/// The distance between two places.
pub fn distance(a: (f32, f32), b: (f32, f32)) -> f32 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

/// Whether a landmark lies on the median line, on the views that have one.
pub fn on_median_line(key: &str) -> bool {
    FIGURES.iter().any(|f| f.midline.is_some() && f.landmark(key).is_some_and(|p| f.on_midline(p)))
}

/// Every landmark name any view defines.
pub fn landmark_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = FIGURES.iter().flat_map(|f| f.landmarks().iter().map(|l| l.0)).collect();
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
    let n = points.len();
    let mut d = String::with_capacity(n * 40);
    let Some(first) = points.first() else { return d };
    push_path_command(&mut d, 'M', &[first.0, first.1]);
    for i in 0..n {
        let p0 = points[(i + n - 1) % n];
        let p1 = points[i];
        let p2 = points[(i + 1) % n];
        let p3 = points[(i + 2) % n];
        let c1 = (p1.0 + (p2.0 - p0.0) / 6.0, p1.1 + (p2.1 - p0.1) / 6.0);
        let c2 = (p2.0 - (p3.0 - p1.0) / 6.0, p2.1 - (p3.1 - p1.1) / 6.0);
        push_path_command(&mut d, 'C', &[c1.0, c1.1, c2.0, c2.1, p2.0, p2.1]);
    }
    d.push('Z');
    d
}

/// SVG path data for a smooth open curve through `points` (Catmull-Rom, ends held).
pub fn smooth_open_path(points: &[(f32, f32)]) -> String {
    let Some(first) = points.first() else { return String::new() };
    let mut d = String::new();
    push_path_command(&mut d, 'M', &[first.0, first.1]);
    for [_, c1, c2, p2] in open_curve(points) {
        push_path_command(&mut d, 'C', &[c1.0, c1.1, c2.0, c2.1, p2.0, p2.1]);
    }
    d
}

/// The cubic Béziers of a smooth open curve through `points`, one per stretch (start, two
/// controls, end): Catmull-Rom with the ends held, each control no farther from its end than a
/// third of the stretch, so a short stretch beside a long one does not swing wide (a channel's
/// line stays on the figure).
pub fn open_curve(points: &[(f32, f32)]) -> Vec<[(f32, f32); 4]> {
    let at = |i: isize| points[i.clamp(0, points.len() as isize - 1) as usize];
    let limit = |(dx, dy): (f32, f32), most: f32| {
        let length = (dx * dx + dy * dy).sqrt();
        if length > most && length > 0.0 { (dx * most / length, dy * most / length) } else { (dx, dy) }
    };
    (0..points.len() as isize - 1)
        .map(|i| {
            let (p0, p1, p2, p3) = (at(i - 1), at(i), at(i + 1), at(i + 2));
            let third = ((p2.0 - p1.0).powi(2) + (p2.1 - p1.1).powi(2)).sqrt() / 3.0;
            let t1 = limit(((p2.0 - p0.0) / 6.0, (p2.1 - p0.1) / 6.0), third);
            let t2 = limit(((p3.0 - p1.0) / 6.0, (p3.1 - p1.1) / 6.0), third);
            [p1, (p1.0 + t1.0, p1.1 + t1.1), (p2.0 - t2.0, p2.1 - t2.1), p2]
        })
        .collect()
}

const FRONT_CUES: &[(&str, &str)] = &[
    ("eyebrows", "M159.9 57.1q8.5 -3.7 16.2 -0.6M200.1 57.1q-8.5 -3.7 -16.2 -0.6"),
    ("eyes", "M161.5 63.3q6.9 -3.7 13.9 0q-6.9 3.1 -13.9 0M198.5 63.3q-6.9 -3.7 -13.9 0q6.9 3.1 13.9 0"),
    ("nose", "M177.7 64.5q-1.5 9.3 -4.6 15.5q2.3 2.5 6.9 1.9q4.6 0.6 6.9 -1.9q-3.1 -6.2 -4.6 -15.5"),
    ("nostrils", "M174.6 81.2q2.3 1.2 3.9 0M181.5 81.2q1.5 1.2 3.9 0"),
    ("philtrum", "M178.5 83.7v4.3M181.5 83.7v4.3"),
    ("mouth", "M170 91.2q10 3.1 20.1 0M171.5 91.2q8.5 -1.9 17 0"),
    ("chin", "M174.6 100.5q5.4 1.9 10.8 0"),
    ("ears", "M142.9 64.5q-2.3 3.1 0 7.4M217.1 64.5q2.3 3.1 0 7.4"),
    ("jaw angles", "M150.7 89.3q1.5 4.3 4.6 7.4M209.3 89.3q-1.5 4.3 -4.6 7.4"),
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
    ("scapular spines", "M146 172l-44-9M214 172l44-9"),
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
    ("clavicle-lower-border", 200.0, 156.0),
    ("ics-1", 188.0, 172.0),
    ("ics-2", 188.0, 189.0),
    ("ics-3", 188.0, 206.0),
    ("ics-4", 188.0, 224.0),
    ("ics-5", 188.0, 240.0),
    ("ics-6", 188.0, 256.0),
    ("ics-7", 188.0, 272.0),
    ("nipple", 222.0, 224.0),
    ("anterior-axillary-fold", 252.0, 206.0),
    ("axilla-apex", 246.0, 212.0),
    ("cubital-crease", 277.0, 300.0),
    ("cubital-crease-radial-end", 288.0, 300.0),
    ("biceps-tendon-radial", 283.0, 300.0),
    ("biceps-tendon-ulnar", 274.0, 300.0),
    ("cubital-crease-ulnar-end", 266.0, 302.0),
    ("wrist-crease", 298.0, 424.0),
    ("wrist-crease-radial", 305.0, 424.0),
    ("wrist-crease-ulnar", 291.0, 424.0),
    ("anterior-superior-iliac-spine", 236.0, 372.0),
    ("greater-trochanter", 256.0, 405.0),
    ("patella-base", 220.0, 588.0),
    ("patella-base-lateral", 228.0, 588.0),
    ("patella-base-medial", 212.0, 588.0),
    ("patella-apex", 220.0, 610.0),
    ("lateral-knee-eye", 228.0, 616.0),
    ("popliteal-crease", 220.0, 612.0),
    ("popliteal-crease-medial-end", 201.0, 612.0),
    ("tibia-medial-condyle", 203.0, 636.0),
    ("fibula-head", 238.0, 630.0),
    ("medial-malleolus", 202.0, 786.0),
    ("lateral-malleolus", 222.0, 784.0),
    ("ankle-front", 211.0, 790.0),
    ("first-metacarpal-midpoint", 318.6, 449.0),
    ("fourth-fifth-metacarpal-gap", 291.7, 460.0),
    ("second-third-metacarpal-gap", 305.9, 459.6),
    ("third-fourth-metacarpal-gap", 298.8, 459.8),
    ("middle-fingertip", 301.5, 505.6),
    ("fifth-metatarsal-head", 223.8, 811.8),
    ("big-toe-nail-lateral-corner", 204.9, 820.2),
    ("second-toe-nail-lateral-corner", 213.1, 820.3),
    ("fourth-toe-nail-lateral-corner", 222.6, 818.3),
    ("first-second-web", 207.0, 814.5),
    ("second-third-web", 213.9, 814.6),
    ("fourth-fifth-web", 222.1, 813.0),
    ("first-second-metatarsal-junction", 207.0, 801.6),
    ("second-metatarsal-base", 211.4, 800.4),
    ("second-third-metatarsal-gap", 214.8, 809.4),
    ("fourth-fifth-metatarsal-junction", 220.8, 801.2),
    ("fourth-fifth-metatarsal-gap", 220.8, 808.8),
    ("calcaneal-tendon", 201.0, 786.0),
    ("navicular-tuberosity", 199.4, 802.9),
    ("first-metatarsal-head", 197.7, 814.7),
    ("first-metatarsal-base", 198.8, 807.9),
    ("big-toe-nail-medial-corner", 197.0, 813.0),
    ("anterior-hairline-corner", 197.8, 38.5),
    ("eyebrow-medial-end", 184.6, 56.4),
    ("eyebrow-lateral-end", 199.3, 56.4),
    ("inner-canthus", 184.6, 63.3),
    ("outer-canthus", 198.5, 63.3),
    ("pupil", 191.6, 63.3),
    ("infraorbital-margin", 191.6, 68.8),
    ("nose-tip", 180.0, 78.8),
    ("nose-ala", 186.2, 80.0),
    ("nose-ala-lower", 186.2, 81.2),
    ("philtrum-middle", 180.0, 85.6),
    ("mouth-corner", 190.0, 91.2),
    ("mentolabial-groove", 180.0, 97.4),
    ("hyoid-upper-border", 180.0, 119.0),
    ("laryngeal-prominence", 180.0, 126.0),
    ("cricoid", 180.0, 133.0),
    ("femoral-artery-inguinal", 208.0, 410.0),
    ("index-pip-palmar", 309.5, 482.1),
    ("middle-pip-palmar", 301.5, 486.1),
    ("ring-pip-palmar", 294.0, 483.9),
    ("little-pip-palmar", 287.0, 476.8),
    ("thumb-tip", 320.0, 460.0),
    ("index-tip", 309.0, 498.0),
    ("ring-tip", 295.0, 500.0),
    ("little-tip", 291.0, 492.0),
    ("third-fourth-web", 218.2, 813.8),
    ("big-toe-tip", 201.9, 821.3),
    ("second-toe-tip", 211.4, 821.2),
    ("third-toe-tip", 217.4, 820.2),
    ("fourth-toe-tip", 222.6, 818.6),
    ("fifth-toe-tip", 226.9, 816.5),
    ("medial-knee-eye", 212.0, 616.0),
];

/// Landmarks on the back view (screen right = the body's right). Spinous processes are
/// named by their vertebra (`L2`) and placed at the inferior border, the level the standard
/// uses.
const BACK_LANDMARKS: &[(&str, f32, f32)] = &[
    ("vertex", 180.0, 19.0),
    ("external-occipital-protuberance", 180.0, 84.0),
    ("C2", 180.0, 102.0),
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
    ("scapula-superior-angle", 216.0, 160.0),
    ("scapula-spine-medial-end", 214.0, 172.0),
    ("scapula-spine-midpoint", 236.0, 170.0),
    ("posterior-axillary-fold", 246.0, 218.0),
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
    ("popliteal-crease-lateral", 233.0, 612.0),
    ("popliteal-crease-medial", 206.0, 612.0),
    ("lateral-malleolus", 224.0, 784.0),
    ("calcaneal-tendon", 212.0, 784.0),
    ("medial-malleolus", 200.0, 786.0),
    ("cubital-crease", 275.0, 300.0),
    ("cubital-crease-radial-end", 289.0, 300.0),
    ("cubital-crease-ulnar-end", 266.0, 302.0),
    ("olecranon", 277.0, 304.0),
    ("medial-epicondyle", 267.0, 296.0),
    ("wrist-crease", 297.0, 424.0),
    ("wrist-crease-radial", 306.0, 424.0),
    ("wrist-crease-ulnar", 290.0, 424.0),
    ("second-metacarpal-base", 308.0, 440.0),
    ("second-metacarpal-head", 311.0, 472.0),
    ("index-nail-radial-corner", 310.0, 494.0),
    ("middle-nail-radial-corner", 304.0, 499.0),
    ("fifth-metacarpal-head", 287.6, 464.1),
    ("fifth-metacarpal-base", 288.3, 440.0),
    ("little-nail-ulnar-corner", 290.0, 490.0),
    ("little-nail-radial-corner", 293.0, 492.0),
    ("ring-nail-ulnar-corner", 295.0, 497.0),
    ("ring-little-web", 289.4, 469.3),
    ("fourth-fifth-metacarpal-gap", 291.2, 459.7),
    ("thumb-nail-radial-corner", 321.0, 460.0),
    ("perineum", 180.0, 438.0),
    ("middle-pip-dorsal", 301.5, 486.3),
    ("thumb-ip-dorsal", 319.0, 452.0),
    ("little-pip-dorsal", 290.0, 478.0),
    ("second-third-metacarpal-mid", 306.2, 449.7),
    ("fourth-fifth-metacarpal-mid", 292.2, 448.8),
    ("second-third-metacarpal-gap-dorsal", 305.7, 464.5),
    ("thumb-index-web", 313.9, 453.6),
    ("index-middle-web", 305.4, 470.2),
    ("middle-ring-web", 297.9, 470.6),
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
    ("eyebrow", "M209.2 57.6q5.5 -2.2 11.1 0"),
    ("eye", "M211.5 64.8q4 -2.2 7.1 0q-3.2 2.2 -7.1 0"),
    ("ear", "M181.5 63.4q-7.1 1.4 -7.1 10.8t5.5 14.4q4 0.7 4.7 -2.9q-3.2 -3.6 -2.4 -7.9t4 -7.2q0 -6.5 -4.7 -7.2z"),
    ("zygomatic arch", "M189.4 77.8q11.9 -1.4 20.5 0.7"),
    ("jaw", "M181.5 94.3q4 14.4 22.1 20.9"),
    ("nostril", "M221 81.4q2.4 0.7 3.2 -0.7"),
    ("mouth", "M217.1 92.2q3.2 0.7 5.5 0"),
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
    ("axilla-apex", 190.0, 204.0),
    ("ics-4", 240.0, 224.0),
    ("ics-6", 229.0, 256.0),
    ("rib-11-free-end", 206.0, 300.0),
    ("rib-12-free-end", 168.0, 312.0),
    ("xiphisternal-junction", 235.0, 238.0),
    ("umbilicus", 236.0, 322.0),
    ("anterior-superior-iliac-spine", 222.0, 372.0),
    ("greater-trochanter", 168.0, 410.0),
    ("sacral-hiatus", 124.0, 404.0),
    ("gluteal-fold", 140.0, 444.0),
    ("patella-base", 218.0, 588.0),
    ("patella-apex", 217.0, 610.0),
    ("popliteal-crease", 152.0, 612.0),
    ("fibula-head", 170.0, 630.0),
    ("lateral-malleolus", 178.0, 786.0),
    ("calcaneal-tendon", 160.0, 786.0),
    ("fifth-metatarsal-tuberosity", 218.5, 813.1),
    ("fifth-metatarsal-head", 240.1, 817.7),
    ("little-toe-nail-lateral-corner", 258.1, 817.7),
    ("heel", 158.0, 818.0),
    ("anterior-hairline", 206.0, 33.8),
    ("glabella", 219.4, 61.2),
    ("outer-canthus", 212.3, 64.8),
    ("ear-apex", 178.3, 63.4),
    ("tragus", 184.7, 77.0),
    ("earlobe", 181.5, 88.6),
    ("mastoid-process", 173.6, 93.6),
    ("mandible-angle", 185.4, 99.4),
    ("zygomatic-arch", 198.9, 77.8),
    ("anterior-hairline-corner", 200.5, 36.7),
    ("temporal-hairline-back", 187.8, 63.4),
    ("ear-root-front-top", 184.7, 67.7),
    ("ear-root-back", 176.0, 70.6),
    ("laryngeal-prominence", 194.0, 126.0),
    ("cricoid", 193.0, 133.0),
    ("scm-middle", 184.0, 126.0),
    ("scm-posterior-border", 178.0, 126.0),
    ("middle-fingertip", 212.0, 494.0),
];


// Close-ups. Hands and feet are the body's right; fingers and toes point up. The hand-back and
// foot-top close-ups are seen from the dorsum (thumb and big toe on screen left), the palm and
// sole from the front (thumb and big toe on screen right); the medial foot faces screen left,
// the lateral foot screen right. Their shapes are merged into one silhouette.

/// The head from the front: the right half, as (distance from the median line, y).
const HEAD_FRONT_HALF: &[(f32, f32)] = &[
    (0.0, 40.0), (42.0, 46.0), (72.0, 70.0), (86.0, 110.0), (88.0, 150.0), (86.0, 180.0), (98.0, 176.0),
    (106.0, 186.0), (102.0, 214.0), (90.0, 236.0), (82.0, 240.0), (76.0, 270.0), (64.0, 300.0),
    (46.0, 326.0), (30.0, 342.0), (34.0, 372.0), (46.0, 400.0), (0.0, 400.0),
];

const HAND_BACK_OUTLINE: &[(f32, f32)] = &[(104.0, 420.0), (100.0, 360.0), (96.0, 300.0), (100.0, 236.0), (122.0, 214.0), (152.0, 208.0), (182.0, 212.0), (206.0, 222.0), (212.0, 262.0), (210.0, 330.0), (204.0, 380.0), (198.0, 420.0)];
const HAND_BACK_PART_0: &[(f32, f32)] = &[(138.0, 235.2), (132.2, 148.4), (128.2, 90.8), (125.2, 83.0), (118.2, 78.4), (109.9, 78.9), (103.4, 84.1), (101.2, 92.2), (103.0, 149.8), (106.0, 236.8)];
const HAND_BACK_PART_1: &[(f32, f32)] = &[(168.5, 228.0), (167.1, 134.5), (166.0, 72.0), (163.3, 63.8), (156.3, 58.7), (147.7, 58.7), (140.7, 63.8), (138.0, 72.0), (136.9, 134.5), (135.5, 228.0)];
const HAND_BACK_PART_2: &[(f32, f32)] = &[(195.5, 232.8), (198.4, 145.8), (200.3, 87.6), (198.2, 79.9), (192.0, 74.8), (184.0, 74.4), (177.2, 78.8), (174.4, 86.3), (170.4, 144.4), (164.5, 231.2)];
const HAND_BACK_PART_3: &[(f32, f32)] = &[(214.3, 248.2), (224.3, 176.4), (231.1, 128.6), (230.1, 121.9), (225.3, 117.1), (218.6, 116.0), (212.5, 119.1), (209.4, 125.1), (200.8, 172.6), (187.7, 243.8)];
const HAND_BACK_PART_4: &[(f32, f32)] = &[(127.3, 345.4), (87.5, 284.1), (65.1, 246.1), (58.1, 239.5), (48.6, 238.4), (40.2, 243.0), (36.1, 251.7), (37.9, 261.1), (58.1, 300.3), (88.7, 366.6)];
const HAND_PALM_OUTLINE: &[(f32, f32)] = &[(196.0, 420.0), (200.0, 360.0), (204.0, 300.0), (200.0, 236.0), (178.0, 214.0), (148.0, 208.0), (118.0, 212.0), (94.0, 222.0), (88.0, 262.0), (90.0, 330.0), (96.0, 380.0), (102.0, 420.0)];
const HAND_PALM_PART_0: &[(f32, f32)] = &[(162.0, 235.2), (167.8, 148.4), (171.8, 90.8), (174.8, 83.0), (181.8, 78.4), (190.1, 78.9), (196.6, 84.1), (198.8, 92.2), (197.0, 149.8), (194.0, 236.8)];
const HAND_PALM_PART_1: &[(f32, f32)] = &[(131.5, 228.0), (132.9, 134.5), (134.0, 72.0), (136.7, 63.8), (143.7, 58.7), (152.3, 58.7), (159.3, 63.8), (162.0, 72.0), (163.1, 134.5), (164.5, 228.0)];
const HAND_PALM_PART_2: &[(f32, f32)] = &[(104.5, 232.8), (101.6, 145.8), (99.7, 87.6), (101.8, 79.9), (108.0, 74.8), (116.0, 74.4), (122.8, 78.8), (125.6, 86.3), (129.6, 144.4), (135.5, 231.2)];
const HAND_PALM_PART_3: &[(f32, f32)] = &[(85.7, 248.2), (75.7, 176.4), (68.9, 128.6), (69.9, 121.9), (74.7, 117.1), (81.4, 116.0), (87.5, 119.1), (90.6, 125.1), (99.2, 172.6), (112.3, 243.8)];
const HAND_PALM_PART_4: &[(f32, f32)] = &[(172.7, 345.4), (212.5, 284.1), (234.9, 246.1), (241.9, 239.5), (251.4, 238.4), (259.8, 243.0), (263.9, 251.7), (262.1, 261.1), (241.9, 300.3), (211.3, 366.6)];
const FOOT_MEDIAL_OUTLINE: &[(f32, f32)] = &[(150.0, 20.0), (262.0, 20.0), (268.0, 80.0), (272.0, 130.0), (264.0, 190.0), (246.0, 250.0), (236.0, 320.0), (234.0, 380.0), (246.0, 420.0), (268.0, 452.0), (284.0, 480.0), (288.0, 506.0), (276.0, 524.0), (240.0, 530.0), (180.0, 528.0), (120.0, 524.0), (70.0, 522.0), (40.0, 520.0), (24.0, 510.0), (22.0, 494.0), (34.0, 484.0), (64.0, 478.0), (104.0, 466.0), (140.0, 448.0), (168.0, 420.0), (178.0, 384.0), (176.0, 320.0), (166.0, 240.0), (152.0, 160.0), (144.0, 80.0)];
const FOOT_LATERAL_OUTLINE: &[(f32, f32)] = &[(270.0, 20.0), (158.0, 20.0), (152.0, 80.0), (148.0, 130.0), (156.0, 190.0), (174.0, 250.0), (184.0, 320.0), (186.0, 380.0), (174.0, 420.0), (152.0, 452.0), (136.0, 480.0), (132.0, 506.0), (144.0, 524.0), (180.0, 530.0), (240.0, 528.0), (300.0, 524.0), (350.0, 522.0), (380.0, 520.0), (396.0, 510.0), (398.0, 494.0), (386.0, 484.0), (356.0, 478.0), (316.0, 466.0), (280.0, 448.0), (252.0, 420.0), (242.0, 384.0), (244.0, 320.0), (254.0, 240.0), (268.0, 160.0), (276.0, 80.0)];
const FOOT_TOP_OUTLINE: &[(f32, f32)] = &[(120.0, 440.0), (114.0, 380.0), (104.0, 320.0), (92.0, 260.0), (86.0, 200.0), (88.0, 150.0), (96.0, 118.0), (118.0, 104.0), (150.0, 100.0), (176.0, 106.0), (200.0, 118.0), (214.0, 140.0), (216.0, 180.0), (208.0, 240.0), (198.0, 300.0), (190.0, 360.0), (188.0, 440.0)];
const FOOT_TOP_PART_0: &[(f32, f32)] = &[(133.9, 138.2), (128.1, 84.4), (124.5, 59.4), (120.0, 48.6), (109.9, 42.4), (98.2, 43.4), (89.3, 51.1), (86.6, 62.5), (87.1, 87.8), (90.1, 141.8)];
const FOOT_TOP_PART_1: &[(f32, f32)] = &[(158.0, 118.3), (157.9, 78.7), (157.7, 56.3), (156.0, 50.3), (151.1, 46.6), (144.9, 46.4), (139.8, 49.9), (137.7, 55.7), (136.3, 78.1), (134.0, 117.7)];
const FOOT_TOP_PART_2: &[(f32, f32)] = &[(178.9, 125.3), (182.0, 88.9), (183.9, 68.0), (182.8, 62.6), (178.7, 58.8), (173.2, 58.1), (168.3, 60.8), (166.0, 65.9), (162.8, 86.5), (157.1, 122.7)];
const FOOT_TOP_PART_3: &[(f32, f32)] = &[(197.8, 138.0), (203.1, 104.7), (206.3, 85.4), (205.7, 80.5), (202.3, 76.9), (197.5, 75.9), (193.0, 78.0), (190.6, 82.3), (186.1, 101.3), (178.2, 134.0)];
const FOOT_TOP_PART_4: &[(f32, f32)] = &[(212.5, 158.9), (221.6, 130.0), (226.6, 113.5), (226.7, 108.9), (224.1, 105.1), (219.7, 103.6), (215.3, 104.9), (212.5, 108.6), (206.2, 124.8), (195.5, 153.1)];
const FOOT_SOLE_OUTLINE: &[(f32, f32)] = &[(180.0, 440.0), (186.0, 380.0), (196.0, 320.0), (208.0, 260.0), (214.0, 200.0), (212.0, 150.0), (204.0, 118.0), (182.0, 104.0), (150.0, 100.0), (124.0, 106.0), (100.0, 118.0), (86.0, 140.0), (84.0, 180.0), (92.0, 240.0), (102.0, 300.0), (110.0, 360.0), (112.0, 440.0)];
const FOOT_SOLE_PART_0: &[(f32, f32)] = &[(166.1, 138.2), (171.9, 84.4), (175.5, 59.4), (180.0, 48.6), (190.1, 42.4), (201.8, 43.4), (210.7, 51.1), (213.4, 62.5), (212.9, 87.8), (209.9, 141.8)];
const FOOT_SOLE_PART_1: &[(f32, f32)] = &[(142.0, 118.3), (142.1, 78.7), (142.3, 56.3), (144.0, 50.3), (148.9, 46.6), (155.1, 46.4), (160.2, 49.9), (162.3, 55.7), (163.7, 78.1), (166.0, 117.7)];
const FOOT_SOLE_PART_2: &[(f32, f32)] = &[(121.1, 125.3), (118.0, 88.9), (116.1, 68.0), (117.2, 62.6), (121.3, 58.8), (126.8, 58.1), (131.7, 60.8), (134.0, 65.9), (137.2, 86.5), (142.9, 122.7)];
const FOOT_SOLE_PART_3: &[(f32, f32)] = &[(102.2, 138.0), (96.9, 104.7), (93.7, 85.4), (94.3, 80.5), (97.7, 76.9), (102.5, 75.9), (107.0, 78.0), (109.4, 82.3), (113.9, 101.3), (121.8, 134.0)];
const FOOT_SOLE_PART_4: &[(f32, f32)] = &[(87.5, 158.9), (78.4, 130.0), (73.4, 113.5), (73.3, 108.9), (75.9, 105.1), (80.3, 103.6), (84.7, 104.9), (87.5, 108.6), (93.8, 124.8), (104.5, 153.1)];
const HEAD_SIDE_OUTLINE: &[(f32, f32)] = &[(170.0, 40.0), (214.0, 44.0), (248.0, 62.0), (268.0, 92.0), (276.0, 126.0), (278.0, 150.0), (276.0, 160.0), (290.0, 192.0), (296.0, 206.0), (290.0, 210.0), (282.0, 214.0), (282.0, 226.0), (278.0, 232.0), (282.0, 244.0), (278.0, 254.0), (272.0, 262.0), (276.0, 276.0), (272.0, 294.0), (260.0, 306.0), (242.0, 312.0), (228.0, 312.0), (224.0, 340.0), (232.0, 400.0), (120.0, 400.0), (128.0, 344.0), (128.0, 312.0), (110.0, 292.0), (92.0, 262.0), (80.0, 226.0), (76.0, 190.0), (80.0, 146.0), (94.0, 100.0), (116.0, 66.0), (140.0, 48.0)];
const HAND_BACK_PARTS: &[&[(f32, f32)]] = &[HAND_BACK_PART_0, HAND_BACK_PART_1, HAND_BACK_PART_2, HAND_BACK_PART_3, HAND_BACK_PART_4];
const HAND_PALM_PARTS: &[&[(f32, f32)]] = &[HAND_PALM_PART_0, HAND_PALM_PART_1, HAND_PALM_PART_2, HAND_PALM_PART_3, HAND_PALM_PART_4];
const FOOT_TOP_PARTS: &[&[(f32, f32)]] = &[FOOT_TOP_PART_0, FOOT_TOP_PART_1, FOOT_TOP_PART_2, FOOT_TOP_PART_3, FOOT_TOP_PART_4];
const FOOT_SOLE_PARTS: &[&[(f32, f32)]] = &[FOOT_SOLE_PART_0, FOOT_SOLE_PART_1, FOOT_SOLE_PART_2, FOOT_SOLE_PART_3, FOOT_SOLE_PART_4];

const HEAD_FRONT_CUES: &[(&str, &str)] = &[
    ("hairline", "M118 118q62-44 124 0"),
    ("eyebrows", "M128 166q22-12 42-2M232 166q-22-12-42-2"),
    ("eyes", "M132 186q18-12 36 0q-18 10-36 0M228 186q-18-12-36 0q18 10 36 0"),
    ("pupils", "M147 186a3 3 0 1 0 6 0a3 3 0 1 0-6 0M207 186a3 3 0 1 0 6 0a3 3 0 1 0-6 0"),
    ("nose", "M174 190q-4 30-12 50q6 8 18 6q12 2 18-6q-8-20-12-50"),
    ("nostrils", "M166 244q6 4 10 0M184 244q4 4 10 0"),
    ("philtrum", "M176 252v14M184 252v14"),
    ("mouth", "M154 276q26 10 52 0M158 276q22-6 44 0"),
    ("chin", "M166 306q14 6 28 0"),
    ("ears", "M84 190q-6 10 0 24M276 190q6 10 0 24"),
    ("jaw angles", "M104 270q4 14 12 24M256 270q-4 14-12 24"),
];

const HEAD_FRONT_LANDMARKS: &[(&str, f32, f32)] = &[
    ("vertex", 180.0, 42.0),
    ("anterior-hairline", 180.0, 96.0),
    ("anterior-hairline-corner", 226.0, 106.0),
    ("glabella", 180.0, 168.0),
    ("eyebrow-medial-end", 192.0, 164.0),
    ("eyebrow-lateral-end", 230.0, 164.0),
    ("inner-canthus", 192.0, 186.0),
    ("outer-canthus", 228.0, 186.0),
    ("pupil", 210.0, 186.0),
    ("infraorbital-margin", 210.0, 204.0),
    ("nose-tip", 180.0, 236.0),
    ("nose-ala", 196.0, 240.0),
    ("nose-ala-lower", 196.0, 246.0),
    ("philtrum-middle", 180.0, 258.0),
    ("mouth-corner", 206.0, 276.0),
    ("mentolabial-groove", 180.0, 296.0),
    ("mandible-angle", 240.0, 286.0),
];

const HEAD_SIDE_CUES: &[(&str, &str)] = &[
    ("hairline", "M236 82q-30 6-54 40q-10 20-4 44"),
    ("eyebrow", "M246 150q14-6 28 0"),
    ("eye", "M252 170q10-6 18 0q-8 6-18 0"),
    ("ear", "M176 166q-18 4-18 30t14 40q10 2 12-8q-8-10-6-22t10-20q0-18-12-20z"),
    ("zygomatic arch", "M196 206q30-4 52 2"),
    ("jaw", "M176 252q10 40 56 58"),
    ("nostril", "M276 216q6 2 8-2"),
    ("mouth", "M266 246q8 2 14 0"),
    ("neck", "M180 330q20 10 44 4"),
];

const HEAD_SIDE_LANDMARKS: &[(&str, f32, f32)] = &[
    ("vertex", 180.0, 42.0),
    ("anterior-hairline", 238.0, 84.0),
    ("posterior-hairline", 110.0, 290.0),
    ("external-occipital-protuberance", 86.0, 240.0),
    ("glabella", 272.0, 160.0),
    ("outer-canthus", 254.0, 170.0),
    ("ear-apex", 168.0, 166.0),
    ("tragus", 184.0, 204.0),
    ("earlobe", 176.0, 236.0),
    ("mastoid-process", 156.0, 250.0),
    ("mandible-angle", 186.0, 266.0),
    ("zygomatic-arch", 220.0, 206.0),
    ("mouth-corner", 264.0, 246.0),
    ("anterior-hairline-corner", 224.0, 92.0),
    ("temporal-hairline-back", 192.0, 166.0),
    ("ear-root-front-top", 184.0, 178.0),
    ("ear-root-back", 162.0, 186.0),
];

const HAND_BACK_CUES: &[(&str, &str)] = &[
    ("wrist crease", "M108 404q42 10 86 0"),
    ("metacarpals", "M116 332l-4-90M146 330l4-100M168 332l12-98M190 336l16-86"),
    ("knuckles", "M104 232q10 6 22 0M138 222q12 6 24 0M170 226q12 6 22 0M196 240q10 6 18 0"),
    ("nails", "M106 86q10-6 20 0v14h-20zM142 66q10-6 20 0v14h-20zM178 82q10-6 18 0v14h-18zM208 120q8-6 16 0v12h-16z"),
    ("thumb nail", "M44 242l12-8 8 10-12 8z"),
    ("styloids", "M102 398a3 3 0 1 0 6 0a3 3 0 1 0-6 0M194 398a3 3 0 1 0 6 0a3 3 0 1 0-6 0"),
];

const HAND_BACK_LANDMARKS: &[(&str, f32, f32)] = &[
    ("wrist-crease", 150.0, 408.0),
    ("radial-styloid", 106.0, 398.0),
    ("ulnar-styloid", 196.0, 398.0),
    ("second-metacarpal-base", 114.0, 336.0),
    ("second-metacarpal-head", 112.0, 240.0),
    ("fifth-metacarpal-head", 206.0, 252.0),
    ("thumb-nail-radial-corner", 46.0, 246.0),
    ("index-nail-radial-corner", 106.0, 98.0),
    ("middle-nail-radial-corner", 142.0, 78.0),
    ("little-nail-ulnar-corner", 226.0, 130.0),
    ("fifth-metacarpal-base", 203.0, 362.0),
    ("little-nail-radial-corner", 213.0, 128.0),
    ("ring-nail-ulnar-corner", 198.0, 94.0),
    ("ring-little-web", 199.0, 228.0),
    ("fourth-fifth-metacarpal-gap", 192.0, 272.0),
    ("wrist-crease-ulnar", 194.0, 406.0),
    ("wrist-crease-radial", 108.0, 406.0),
    ("middle-pip-dorsal", 152.0, 150.0),
    ("thumb-ip-dorsal", 66.0, 274.0),
    ("little-pip-dorsal", 214.0, 178.0),
    ("second-third-metacarpal-mid", 134.0, 318.0),
    ("fourth-fifth-metacarpal-mid", 188.0, 322.0),
    ("second-third-metacarpal-gap-dorsal", 136.0, 250.0),
    ("thumb-index-web", 104.0, 300.0),
    ("index-middle-web", 137.0, 224.0),
    ("middle-ring-web", 166.0, 222.0),
];

const HAND_PALM_CUES: &[(&str, &str)] = &[
    ("wrist creases", "M108 404q42 8 86 0M110 392q40 8 82 0"),
    ("thenar crease", "M196 232q-40 40-30 150"),
    ("palmar creases", "M100 262q40 14 80 -14M106 292q40 -6 86 -30"),
    ("finger creases", "M166 189h26M167 145h26M134 177h26M132 130h26M106 185h25M105 141h25M83 207h21M78 171h21"),
    ("thumb crease", "M224 300l22-16"),
];

const HAND_PALM_LANDMARKS: &[(&str, f32, f32)] = &[
    ("wrist-crease", 150.0, 404.0),
    ("wrist-crease-radial", 190.0, 402.0),
    ("wrist-crease-ulnar", 112.0, 402.0),
    ("palm-centre", 150.0, 292.0),
    ("thenar-eminence", 192.0, 330.0),
    ("fifth-metacarpal-head", 96.0, 248.0),
    ("middle-fingertip", 148.0, 62.0),
    ("first-metacarpal-midpoint", 214.0, 318.0),
    ("fourth-fifth-metacarpal-gap", 110.0, 268.0),
    ("second-third-metacarpal-gap", 165.0, 270.0),
    ("third-fourth-metacarpal-gap", 137.0, 270.0),
    ("index-pip-palmar", 179.0, 168.0),
    ("middle-pip-palmar", 148.0, 150.0),
    ("ring-pip-palmar", 119.0, 160.0),
    ("little-pip-palmar", 92.0, 192.0),
    ("thumb-tip", 252.0, 246.0),
    ("index-tip", 186.0, 86.0),
    ("ring-tip", 112.0, 82.0),
    ("little-tip", 80.0, 124.0),
];

const FOOT_TOP_CUES: &[(&str, &str)] = &[
    ("ankle crease", "M118 420q36 10 70 0"),
    ("tendons", "M132 420q-8-120-18-260M150 422q-2-120-2-290"),
    ("metatarsals", "M170 380l-6-250M184 380l8-244M196 380l12-224"),
    ("nails", "M94 54q10-8 22 0v16h-22zM142 56q6-4 12 0v10h-12zM170 68q6-4 10 0v10h-10zM194 86q5-4 10 0v8h-10zM216 112q4-4 8 0v8h-8z"),
];

const FOOT_TOP_LANDMARKS: &[(&str, f32, f32)] = &[
    ("ankle-front", 150.0, 424.0),
    ("first-metatarsal-head", 104.0, 150.0),
    ("fifth-metatarsal-head", 206.0, 164.0),
    ("big-toe-nail-medial-corner", 92.0, 62.0),
    ("big-toe-nail-lateral-corner", 118.0, 64.0),
    ("second-toe-nail-lateral-corner", 156.0, 62.0),
    ("fourth-toe-nail-lateral-corner", 200.0, 86.0),
    ("first-second-web", 128.0, 132.0),
    ("second-third-web", 160.0, 130.0),
    ("fourth-fifth-web", 198.0, 150.0),
    ("first-second-metatarsal-junction", 128.0, 286.0),
    ("second-metatarsal-base", 148.0, 300.0),
    ("second-third-metatarsal-gap", 164.0, 192.0),
    ("fourth-fifth-metatarsal-junction", 192.0, 290.0),
    ("fourth-fifth-metatarsal-gap", 192.0, 200.0),
    ("third-fourth-web", 180.0, 140.0),
    ("big-toe-tip", 104.0, 50.0),
    ("second-toe-tip", 148.0, 52.0),
    ("third-toe-tip", 176.0, 64.0),
    ("fourth-toe-tip", 200.0, 82.0),
    ("fifth-toe-tip", 220.0, 108.0),
];

const FOOT_MEDIAL_CUES: &[(&str, &str)] = &[
    ("knee", "M150 44q56 10 112 0"),
    ("tibia medial border", "M190 70q14 150 12 310"),
    ("medial malleolus", "M198 392a12 11 0 1 0 24 0a12 11 0 1 0-24 0"),
    ("achilles tendon", "M246 300q-6 60 8 130"),
    ("navicular tuberosity", "M146 452a4 4 0 1 0 8 0a4 4 0 1 0-8 0"),
    ("arch", "M60 510q80-20 180 6"),
    ("big toe", "M40 500q10 4 24-2"),
];

const FOOT_MEDIAL_LANDMARKS: &[(&str, f32, f32)] = &[
    ("tibia-medial-condyle", 190.0, 64.0),
    ("medial-malleolus", 210.0, 392.0),
    ("calcaneal-tendon", 230.0, 392.0),
    ("navicular-tuberosity", 150.0, 452.0),
    ("first-metatarsal-head", 70.0, 494.0),
    ("heel", 276.0, 506.0),
    ("first-metatarsal-base", 120.0, 470.0),
    ("big-toe-nail-medial-corner", 36.0, 488.0),
];

const FOOT_LATERAL_CUES: &[(&str, &str)] = &[
    ("knee", "M158 44q56 10 112 0"),
    ("fibular head", "M232 70a7 7 0 1 0 14 0a7 7 0 1 0-14 0"),
    ("fibula", "M240 80q-8 160-26 312"),
    ("lateral malleolus", "M202 404a12 12 0 1 0 24 0a12 12 0 1 0-24 0"),
    ("achilles tendon", "M174 300q6 60-8 130"),
    ("fifth metatarsal tuberosity", "M300 486a4 4 0 1 0 8 0a4 4 0 1 0-8 0"),
    ("little toe", "M378 500q-10 4-20-2"),
];

const FOOT_LATERAL_LANDMARKS: &[(&str, f32, f32)] = &[
    ("popliteal-crease", 166.0, 34.0),
    ("fibula-head", 239.0, 70.0),
    ("lateral-malleolus", 214.0, 404.0),
    ("calcaneal-tendon", 186.0, 404.0),
    ("fifth-metatarsal-tuberosity", 304.0, 486.0),
    ("heel", 144.0, 506.0),
    ("fifth-metatarsal-head", 352.0, 500.0),
    ("little-toe-nail-lateral-corner", 392.0, 500.0),
];

const FOOT_SOLE_CUES: &[(&str, &str)] = &[
    ("heel pad", "M132 420q36 14 60 0"),
    ("ball of the foot", "M96 190q70 24 120 -24"),
    ("toe pads", "M184 60q10 10 20 0M148 70q6 6 12 0M124 84q6 6 10 0M104 102q6 6 10 0M82 128q4 6 8 0"),
];

const FOOT_SOLE_LANDMARKS: &[(&str, f32, f32)] = &[
    ("sole-front-third", 150.0, 190.0),
    ("heel", 152.0, 410.0),
    ("second-toe-tip", 152.0, 52.0),
    ("second-third-toe-web", 142.0, 118.0),
    ("second-toe-crease", 156.0, 74.0),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_view_has_its_figure_in_tab_order() {
        for (i, view) in View::ALL.into_iter().enumerate() {
            assert_eq!(FIGURES[i].view, view);
            assert_eq!(view.key().parse(), Ok(view));
            assert_eq!(format!(" {} ", view.key().to_uppercase()).parse(), Ok(view));
        }
        assert_eq!("hand".parse::<View>(), Err(()));
    }

    #[test]
    fn front_and_back_are_symmetric_about_the_median_line() {
        let front = View::Front.figure();
        let poly = front.outline();
        assert_eq!(poly.len(), 2 * HALF_OUTLINE.len() - 2);
        assert!(front.contains(MIDLINE, 300.0), "the trunk is inside");
        assert!(!front.contains(MIDLINE, 600.0), "between the knees is outside");
        assert!(!front.contains(5.0, 400.0), "the margin is outside");
        assert!(front.contains(MIDLINE + 40.0, 612.0) && front.contains(MIDLINE - 40.0, 612.0));
    }

    #[test]
    fn every_landmark_lies_on_its_figure_and_every_figure_fits_its_box() {
        let mut off = Vec::new();
        for figure in &FIGURES {
            for &(name, x, y) in figure.landmarks() {
                if !figure.contains(x, y) {
                    off.push(format!("{name} on {} at {x},{y}", figure.view));
                }
                if let Some(mid) = figure.midline {
                    assert!(x >= mid, "{name} on {} is given on the screen-right side", figure.view);
                }
            }
            for (x, y) in figure.outline() {
                assert!((0.0..=figure.width).contains(&x) && (0.0..=figure.height).contains(&y), "{} outline at {x},{y}", figure.view);
            }
        }
        assert!(off.is_empty(), "landmarks off their figure:\n{}", off.join("\n"));
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
        let back = View::Back.figure();
        let levels: Vec<f32> = ["C7", "T1", "T6", "T12", "L1", "L2", "L3", "L4", "L5", "sacral-hiatus"]
            .iter()
            .map(|n| back.landmark(n).unwrap().1)
            .collect();
        assert!(levels.windows(2).all(|w| w[0] < w[1]), "{levels:?}");
    }

    #[test]
    fn smooth_path_passes_through_every_point() {
        let poly = View::Side.figure().outline();
        let d = smooth_closed_path(&poly);
        for &(x, y) in &poly {
            let (x, y) = (crate::text::decimal(x, 1), crate::text::decimal(y, 1));
            assert!(d.contains(&format!(" {x} {y}C")) || d.starts_with(&format!("M{x} {y}")));
        }
    }
}
