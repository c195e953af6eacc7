//! Locating recipes: where a point is, written the way the WHO standard defines it (named
//! landmarks, levels and proportional B-cun), and the engine that places a recipe on a figure.
//!
//! A recipe has one base and optional offsets:
//!
//! | key | meaning |
//! |---|---|
//! | `surfaces` | the body surfaces the point lies on: `anterior`, `posterior`, `lateral`, `medial`, `inferior` (the sole), `superior` (the top of the head, seen on the side views); it is drawn on each view that shows one of them (a close-up only for points of its body regions) |
//! | `at = "L"` | on landmark L |
//! | `level = "L"`, optionally `on = "M"` | level with landmark L (e.g. a spinous process or an intercostal space), on the median line, or on the vertical line through landmark M (e.g. the midaxillary line through the axilla) |
//! | `between = ["A", "B"]`, `fraction = f` | f of the way from A to B |
//! | `from = "A"`, `toward = "B"`, `cun = c` | c B-cun from A toward B, where A–B is a standard measurement |
//! | `lateral`, `medial`, `superior`, `inferior`, `anterior`, `posterior` | offsets in B-cun, each along its direction on the view (lateral and medial on the front and back views, anterior and posterior on the side view) |
//! | `scale = "M"` | the measurement whose B-cun the offsets use (required with offsets) |
//! | `approximate = "…"` | why the recipe approximates the standard's words, where it does |
//!
//! Used by `build.rs` (which bakes every point's positions) and the native tests.

use crate::figure::{self, Figure, Surface};
use serde::{Deserialize, Serialize};

/// A recipe as the catalog gives it; the prose files carry it too (without `approximate`, whose
/// words each file gives in its language), for the how-to-find guide (`crate::guide`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Recipe {
    pub surfaces: Vec<Surface>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub between: Option<[String; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fraction: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub toward: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cun: Option<f32>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub lateral: f32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub medial: f32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub superior: f32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub inferior: f32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub anterior: f32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub posterior: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<String>,
    #[serde(skip_serializing)]
    pub approximate: Option<String>,
}

fn is_zero(x: &f32) -> bool {
    *x == 0.0
}

/// A surface by its key.
impl Serialize for Surface {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

/// A surface by its key, refused with the list of keys.
impl<'de> Deserialize<'de> for Surface {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?.parse().map_err(serde::de::Error::custom)
    }
}

/// Where a recipe starts, before its offsets.
pub enum Base<'r> {
    /// On a landmark.
    At(&'r str),
    /// Level with a landmark, on the median line or on the vertical through another.
    Level(&'r str, Option<&'r str>),
    /// A fraction of the way from one landmark to another.
    Between(&'r str, &'r str, f32),
    /// Some B-cun from one landmark toward another, along a standard measurement.
    Toward(&'r str, &'r str, f32),
}

/// One offset of a recipe: its direction and its distance in B-cun of the recipe's scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Lateral,
    Medial,
    Superior,
    Inferior,
    Anterior,
    Posterior,
}

impl Direction {
    pub const ALL: [Direction; 6] =
        [Direction::Lateral, Direction::Medial, Direction::Superior, Direction::Inferior, Direction::Anterior, Direction::Posterior];
}

impl Recipe {
    /// Checks the recipe's form, independent of any figure; every problem found.
    pub fn check(&self) -> Vec<String> {
        let mut errors = Vec::new();
        if let Err(e) = self.base() {
            errors.push(e);
        }
        if self.surfaces.is_empty() {
            errors.push("`locate.surfaces` is empty".to_string());
        }
        let known = figure::landmark_names();
        for name in self.landmarks() {
            if !known.contains(&name) {
                errors.push(format!("unknown landmark `{name}`"));
            }
        }
        let offsets = [self.lateral, self.medial, self.superior, self.inferior, self.anterior, self.posterior];
        if offsets.iter().any(|o| *o < 0.0 || !o.is_finite()) {
            errors.push("offsets are distances in B-cun: give them as positive numbers".to_string());
        }
        match &self.scale {
            Some(scale) if figure::measurement(scale).is_none() => {
                errors.push(format!("unknown measurement `{scale}` in `locate.scale`"))
            }
            None if offsets.iter().any(|o| *o != 0.0) => {
                errors.push("offsets need `locate.scale`, the measurement they are counted in".to_string())
            }
            _ => {}
        }
        errors
    }

    /// The recipe's base, or why its form is wrong.
    pub fn base(&self) -> Result<Base<'_>, String> {
        let bases = [self.at.is_some(), self.level.is_some(), self.between.is_some(), self.from.is_some()];
        if bases.iter().filter(|b| **b).count() != 1 {
            return Err("give exactly one of `at`, `level`, `between` or `from` in [point.locate]".to_string());
        }
        if self.on.is_some() && self.level.is_none() {
            return Err("`on` goes with `level`".to_string());
        }
        if let Some(at) = &self.at {
            return Ok(Base::At(at));
        }
        if let Some(level) = &self.level {
            return Ok(Base::Level(level, self.on.as_deref()));
        }
        if let Some([a, b]) = &self.between {
            return match (self.fraction, self.cun) {
                (Some(f), _) if !(0.0..=1.0).contains(&f) => Err("`between` needs a `fraction` from 0 to 1".to_string()),
                // The B-cun from the first landmark, where the standard counts them on the line.
                (Some(f), Some(cun)) if !(cun.is_finite() && cun > 0.0 && f > 0.0) => {
                    Err("`cun` with `between` is the B-cun from the first landmark: above 0, at a `fraction` above 0".to_string())
                }
                (Some(f), _) => Ok(Base::Between(a, b, f)),
                (None, _) => Err("`between` needs a `fraction` from 0 to 1".to_string()),
            };
        }
        let from = self.from.as_deref().unwrap_or_default();
        match (&self.toward, self.cun) {
            (Some(toward), Some(cun)) if cun.is_finite() => Ok(Base::Toward(from, toward, cun)),
            _ => Err("`from` needs `toward` and `cun`".to_string()),
        }
    }

    /// The landmarks the recipe names.
    pub fn landmarks(&self) -> Vec<&str> {
        let mut names: Vec<&str> = [&self.at, &self.level, &self.on, &self.from, &self.toward]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if let Some([a, b]) = &self.between {
            names.extend([a.as_str(), b.as_str()]);
        }
        names
    }

    /// Whether `figure` shows a surface the point lies on.
    pub fn visible_on(&self, figure: &Figure) -> bool {
        self.surfaces.iter().any(|s| figure.surfaces.contains(s))
    }

    /// The recipe's offsets in the order a guide takes them, each with its distance.
    pub fn offsets(&self) -> impl Iterator<Item = (Direction, f32)> + '_ {
        let distance = |d: Direction| match d {
            Direction::Lateral => self.lateral,
            Direction::Medial => self.medial,
            Direction::Superior => self.superior,
            Direction::Inferior => self.inferior,
            Direction::Anterior => self.anterior,
            Direction::Posterior => self.posterior,
        };
        Direction::ALL.into_iter().map(move |d| (d, distance(d))).filter(|(_, cun)| *cun != 0.0)
    }

    /// The way to the point on `figure`, on its screen-right side: the base, then the place after
    /// each of [`Recipe::offsets`] in turn (the last is the point). Refused where the view lacks
    /// a landmark or the scale.
    pub fn chain(&self, figure: &Figure) -> Result<Vec<(f32, f32)>, String> {
        let view = figure.view.key();
        let landmark = |name: &str| {
            figure.landmark(name).ok_or_else(|| format!("landmark `{name}` is not on the {view} view"))
        };
        let base = match self.base()? {
            Base::At(name) => landmark(name)?,
            Base::Level(name, on) => {
                let x = match on {
                    Some(on) => landmark(on)?.0,
                    None => figure
                        .midline
                        .ok_or_else(|| format!("`level` needs `on` or a median line; the {view} view has none"))?,
                };
                (x, landmark(name)?.1)
            }
            Base::Between(a, b, f) => lerp(landmark(a)?, landmark(b)?, f),
            Base::Toward(a, b, cun) => {
                let m = standard_measurement(a, b).ok_or_else(|| format!("{a} to {b} is not a standard measurement"))?;
                lerp(landmark(a)?, landmark(b)?, cun / m.cun)
            }
        };
        let mut chain = vec![base];
        if let Some(scale) = &self.scale {
            let m = figure::measurement(scale).ok_or_else(|| format!("unknown measurement `{scale}`"))?;
            let unit = figure.cun(m).ok_or_else(|| format!("measurement `{scale}` cannot be taken on the {view} view"))?;
            for (direction, cun) in self.offsets() {
                let (mut x, mut y) = *chain.last().unwrap_or(&base);
                let d = cun * unit;
                match direction {
                    Direction::Superior => y -= d,
                    Direction::Inferior => y += d,
                    Direction::Anterior => x += d * figure.anterior_x,
                    Direction::Posterior => x -= d * figure.anterior_x,
                    // Lateral is away from the median line; a point on the line moves screen right.
                    Direction::Lateral | Direction::Medial => {
                        if let Some(mid) = figure.midline {
                            let away = if x < mid { -1.0 } else { 1.0 };
                            x += if direction == Direction::Lateral { d * away } else { -d * away };
                        }
                    }
                }
                chain.push((x, y));
            }
        }
        Ok(chain)
    }

    /// The point's positions on `figure`: none where the view does not show its surface, one on
    /// the median line or on the side view, else the two sides (screen-left first).
    pub fn locate(&self, figure: &Figure) -> Result<Vec<(f32, f32)>, String> {
        if !self.visible_on(figure) {
            return Ok(Vec::new());
        }
        let positions = self.places(figure)?;
        let view = figure.view.key();
        for &(x, y) in &positions {
            if !figure.contains(x, y) {
                return Err(format!("lands off the figure on the {view} view, at [{x:.1}, {y:.1}]"));
            }
        }
        Ok(positions)
    }

    /// [`Recipe::locate`]'s positions, on the figure or not (a channel's waypoint may lie on
    /// its outline, where the arm meets the trunk).
    pub fn places(&self, figure: &Figure) -> Result<Vec<(f32, f32)>, String> {
        if !self.visible_on(figure) {
            return Ok(Vec::new());
        }
        let chain = self.chain(figure)?;
        let point = chain[chain.len() - 1];
        Ok(if figure.midline.is_none() || figure.on_midline(point) {
            vec![point]
        } else {
            let mirrored = figure.mirror(point);
            if mirrored.0 < point.0 { vec![mirrored, point] } else { vec![point, mirrored] }
        })
    }
}

/// The standard measurement between two landmarks, either way round.
pub fn standard_measurement(a: &str, b: &str) -> Option<&'static figure::Measurement> {
    figure::MEASUREMENTS.iter().find(|m| (m.from == a && m.to == b) || (m.from == b && m.to == a))
}

fn lerp(a: (f32, f32), b: (f32, f32), t: f32) -> (f32, f32) {
    (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
}
