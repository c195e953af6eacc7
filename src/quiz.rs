//! Study mode's "Find the point" quiz: "Where is ST36?", answered with a tap on the figure (or,
//! without a pointer, by choosing among four markers), and scored in B-cun, the standard's own
//! unit, of the body region where the point lies; rounds of ten, and again with the ones missed.
//! Pure geometry and counting, tested natively; the store (`state.rs`) holds a round.

use crate::figure::{self, distance, Figure, FIGURES};
use crate::model::Point;
use crate::strings::UiStrings;
use crate::text::{decimal, fill};

/// Questions in a round.
pub const ROUND: usize = 10;
/// A tap this close (in B-cun) counts as found.
pub const CLOSE: f32 = 0.5;

/// The length of one B-cun near `at` on `figure` in its units, and the measurement it is taken
/// from: `prefer` (a recipe's own scale) where the view shows it, else the standard measurement
/// the view shows nearest to `at`. A close-up that shows none (the hand, the top of the foot)
/// takes the B-cun of a full view that shares landmarks with it, scaled by their distance on
/// each; the sole, the top of the foot's.
pub fn local_cun(figure: &Figure, at: (f32, f32), prefer: Option<&str>) -> Option<(&'static str, f32)> {
    // Landmarks are given on the screen-right side: a screen-left place is read as its mirror.
    let at = match figure.midline {
        Some(mid) if at.0 < mid => figure.mirror(at),
        _ => at,
    };
    if let Some(found) = on_view(figure, at, prefer) {
        return Some(found);
    }
    if let Some(other) = figure.scale_of {
        return local_cun(other.figure(), at, prefer);
    }
    FIGURES.iter().filter(|g| !g.view.is_closeup()).find_map(|g| {
        // The two shared landmarks farthest apart here, for the ratio of the two scales.
        let shared: Vec<(&str, (f32, f32), (f32, f32))> =
            figure.landmarks().iter().filter_map(|&(k, x, y)| Some((k, (x, y), g.landmark(k)?))).collect();
        let mut best: Option<(f32, f32)> = None;
        for (i, a) in shared.iter().enumerate() {
            for b in &shared[i + 1..] {
                let here = distance(a.1, b.1);
                if best.is_none_or(|(h, _)| here > h) {
                    best = Some((here, distance(a.2, b.2)));
                }
            }
        }
        let (here, there) = best.filter(|(h, t)| *h > 0.0 && *t > 0.0)?;
        // Where `at` is on the full view: at its nearest shared landmark.
        let nearest = shared.iter().min_by(|a, b| distance(a.1, at).total_cmp(&distance(b.1, at)))?;
        let (name, unit) = on_view(g, nearest.2, prefer)?;
        Some((name, unit * here / there))
    })
}

/// The measurement `figure` shows nearest to `at` (`prefer` first), with its B-cun.
fn on_view(figure: &Figure, at: (f32, f32), prefer: Option<&str>) -> Option<(&'static str, f32)> {
    if let Some(m) = prefer.and_then(figure::measurement) {
        if let Some(unit) = figure.cun(m) {
            return Some((m.name, unit));
        }
    }
    figure::MEASUREMENTS
        .iter()
        .filter_map(|m| {
            let unit = figure.cun(m)?;
            let a = figure.landmark(m.from)?;
            let b = if m.to == m.from { figure.mirror(a) } else { figure.landmark(m.to)? };
            Some((distance(at, figure::nearest_on_segment(at, a, b)), m.name, unit))
        })
        .min_by(|x, y| x.0.total_cmp(&y.0))
        .map(|(_, name, unit)| (name, unit))
}


/// What the across part of a miss means on its view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Across {
    /// Front and back: positive is lateral (away from the median line).
    Lateral,
    /// The side views: positive is anterior.
    Anterior,
    /// The close-ups of hand and foot: positive is to the right on the picture.
    Right,
}

/// How far a tap fell from the point, in B-cun of the region's measurement.
#[derive(Clone, Debug, PartialEq)]
pub struct Miss {
    pub distance: f32,
    /// Positive: the tap is below the point.
    pub down: f32,
    /// See [`Across`].
    pub across: f32,
    pub axis: Across,
    /// The measurement whose B-cun these are.
    pub measurement: &'static str,
    /// The place of the point the tap is scored against: the nearer side of a bilateral point.
    pub site: (f32, f32),
}

impl Miss {
    /// Whether the point counts as found.
    pub fn found(&self) -> bool {
        self.distance <= CLOSE
    }

    /// Its direction in words, the larger part first, to a tenth of a B-cun: "0.6 B-cun too
    /// high, 0.2 too medial".
    pub fn describe(&self, s: &UiStrings) -> String {
        let vertical = (self.down.abs(), if self.down < 0.0 { s.locate_high } else { s.locate_low });
        let across = match (self.axis, self.across < 0.0) {
            (Across::Lateral, false) => s.locate_lateral,
            (Across::Lateral, true) => s.locate_medial,
            (Across::Anterior, false) => s.locate_anterior,
            (Across::Anterior, true) => s.locate_posterior,
            (Across::Right, false) => s.locate_right,
            (Across::Right, true) => s.locate_left,
        };
        let mut parts = [vertical, (self.across.abs(), across)];
        parts.sort_by(|a, b| b.0.total_cmp(&a.0));
        let shown: Vec<String> = parts
            .iter()
            .filter(|(n, _)| (n * 10.0).round() >= 1.0)
            .enumerate()
            .map(|(i, (n, direction))| {
                let template = if i == 0 { s.locate_part_first } else { s.locate_part };
                fill(template, &[("n", &decimal(*n, 1)), ("direction", direction)])
            })
            .collect();
        if shown.is_empty() { s.locate_on_it.to_string() } else { shown.join(s.list_separator) }
    }
}

/// Scores a tap at `tap` on `figure` against `point` (`prefer`: its recipe's scale). `None`
/// where the view does not draw the point or has no B-cun to measure with.
pub fn score(point: &Point, figure: &Figure, tap: (f32, f32), prefer: Option<&str>) -> Option<Miss> {
    let site = point.positions_on(figure.view).iter().copied().min_by(|a, b| distance(*a, tap).total_cmp(&distance(*b, tap)))?;
    let (measurement, unit) = local_cun(figure, site, prefer)?;
    let (dx, dy) = ((tap.0 - site.0) / unit, (tap.1 - site.1) / unit);
    let (across, axis) = match figure.midline {
        // Off a point on the median line is lateral, whichever side.
        Some(_) if figure.on_midline(site) => (dx.abs(), Across::Lateral),
        Some(mid) => (if site.0 < mid { -dx } else { dx }, Across::Lateral),
        None if figure.anterior_x != 0.0 => (dx * figure.anterior_x, Across::Anterior),
        None => (dx, Across::Right),
    };
    Some(Miss { distance: (dx * dx + dy * dy).sqrt(), down: dy, across, axis, measurement, site })
}

/// The three points `figure` draws nearest to `point` (other than it, and not on top of it), for
/// a choice among four markers.
pub fn neighbours(point: &Point, figure: &Figure, among: &[&'static Point]) -> Vec<&'static Point> {
    let Some(&site) = point.positions_on(figure.view).first() else { return Vec::new() };
    let mut others: Vec<(f32, &'static Point)> = among
        .iter()
        .filter(|p| p.code != point.code)
        .filter_map(|p| {
            let nearest = p.positions_on(figure.view).iter().map(|q| distance(*q, site)).min_by(f32::total_cmp)?;
            (nearest > 6.0).then_some((nearest, *p))
        })
        .collect();
    others.sort_by(|a, b| a.0.total_cmp(&b.0));
    others.into_iter().take(3).map(|(_, p)| p).collect()
}

/// How a round's questions are answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Kind {
    /// A tap or click on the figure.
    #[default]
    Tap,
    /// A choice among four markers (keyboard and screen readers).
    Choice,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Tap, Kind::Choice];

    pub fn key(self) -> &'static str {
        match self {
            Kind::Tap => "tap",
            Kind::Choice => "choice",
        }
    }

    /// The question, as `s` words it for this way of answering (`{code}`, `{name}`).
    pub fn question(self, s: &UiStrings) -> &'static str {
        match self {
            Kind::Tap => s.locate_question,
            Kind::Choice => s.locate_question_choice,
        }
    }
}

/// A round of questions and the distance of each answer, in B-cun.
#[derive(Clone, Debug, PartialEq)]
pub struct Round {
    pub kind: Kind,
    pub points: Vec<&'static Point>,
    pub answers: Vec<f32>,
}

/// A finished round's score.
#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    /// Answers within [`CLOSE`].
    pub found: usize,
    pub asked: usize,
    /// The middle distance, in B-cun.
    pub median: f32,
    /// The points not found, in the order asked.
    pub missed: Vec<&'static Point>,
}

impl Score {
    /// The share found, from 0 to 1.
    pub fn share(&self) -> f32 {
        if self.asked == 0 { 0.0 } else { self.found as f32 / self.asked as f32 }
    }
}

impl Round {
    /// Up to [`ROUND`] points of `pool`, drawn at random (`random` gives numbers in `[0, 1)`).
    pub fn new(kind: Kind, pool: &[&'static Point], mut random: impl FnMut() -> f64) -> Round {
        let mut left: Vec<&'static Point> = pool.to_vec();
        let mut points = Vec::new();
        while points.len() < ROUND && !left.is_empty() {
            let i = ((random() * left.len() as f64) as usize).min(left.len() - 1);
            points.push(left.swap_remove(i));
        }
        Round { kind, points, answers: Vec::new() }
    }

    /// The point asked now, until the round is over.
    pub fn current(&self) -> Option<&'static Point> {
        self.points.get(self.answers.len()).copied()
    }

    pub fn answer(&mut self, distance: f32) {
        if self.current().is_some() {
            self.answers.push(distance);
        }
    }

    pub fn finished(&self) -> bool {
        self.current().is_none()
    }

    pub fn score(&self) -> Score {
        let mut sorted = self.answers.clone();
        sorted.sort_by(f32::total_cmp);
        let n = sorted.len();
        let median = match n {
            0 => 0.0,
            n if n % 2 == 1 => sorted[n / 2],
            n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
        };
        let missed: Vec<&'static Point> =
            self.points.iter().zip(&self.answers).filter(|(_, d)| **d > CLOSE).map(|(p, _)| *p).collect();
        Score { found: n - missed.len(), asked: n, median, missed }
    }

    /// A round of the points missed, in the order they were asked; `None` if none was.
    pub fn again(&self) -> Option<Round> {
        let missed = self.score().missed;
        (!missed.is_empty()).then(|| Round { kind: self.kind, points: missed, answers: Vec::new() })
    }
}
