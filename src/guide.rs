//! "How to find it": a short numbered guide for one point, written from its locating recipe
//! (`crate::locate`) in the reader's language, for a practitioner (landmarks and B-cun) or a
//! patient (plain words and finger-widths), and what each step shows on the map.
//!
//! The words come from the data (`points/vocabulary.toml` `[guide]`, `[measurement]`,
//! `[landmark_plain]`, `[landmark_hint]`, and each translation's same tables) through
//! [`Words`]; the sentences are [`Phrase`]s, whose placeholders `build.rs` checks in every
//! language. The widget reads the words and the recipes from the prose file; the native tests
//! read the baked one.

use crate::figure::{Figure, Measurement};
use crate::locate::{standard_measurement, Base, Direction, Recipe};
use crate::text::{decimal, fill};

/// Where a guide finds its words: one language's prose file.
pub trait Words {
    /// The text of a phrase ([`Phrase::key`]).
    fn phrase(&self, key: &str) -> Option<String>;
    /// A landmark's anatomical name.
    fn landmark(&self, key: &str) -> Option<String>;
    /// A landmark in a patient's words.
    fn plain_landmark(&self, key: &str) -> Option<String>;
    /// How to feel for a landmark, where the data gives a hint.
    fn hint(&self, key: &str) -> Option<String>;
    /// A standard measurement's span, named (`scapulae`: "between the medial borders of the
    /// scapulae").
    fn measurement(&self, key: &str) -> Option<String>;
}

/// A prose file gives its language's words (`guide` and `landmarks`).
impl Words for crate::prose::ProseFile {
    fn phrase(&self, key: &str) -> Option<String> {
        self.guide.phrase.get(key).cloned()
    }
    fn landmark(&self, key: &str) -> Option<String> {
        self.landmarks.get(key).cloned()
    }
    fn plain_landmark(&self, key: &str) -> Option<String> {
        self.guide.landmark_plain.get(key).cloned()
    }
    fn hint(&self, key: &str) -> Option<String> {
        self.guide.landmark_hint.get(key).cloned()
    }
    fn measurement(&self, key: &str) -> Option<String> {
        self.guide.measurement.get(key).cloned()
    }
}

macro_rules! phrases {
    ($($variant:ident = $key:literal [$($placeholder:literal),*],)*) => {
        /// Every sentence and word a guide is made of; each language gives every one, with
        /// exactly its placeholders.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Phrase { $($variant,)* }

        impl Phrase {
            pub const ALL: &'static [Phrase] = &[$(Phrase::$variant,)*];

            /// The phrase's key in the data.
            pub const fn key(self) -> &'static str {
                match self { $(Phrase::$variant => $key,)* }
            }

            /// The `{placeholders}` its text must hold.
            pub const fn placeholders(self) -> &'static [&'static str] {
                match self { $(Phrase::$variant => &[$($placeholder),*],)* }
            }
        }
    };
}

phrases! {
    Find = "find" ["landmark"],
    FindHint = "find-hint" ["landmark", "hint"],
    FindBoth = "find-both" ["a", "b"],
    LevelMidline = "level-midline" ["landmark"],
    LevelOn = "level-on" ["landmark", "on"],
    Between = "between" ["fraction", "a", "b"],
    BetweenCun = "between-cun" ["cun", "a", "b", "total", "fraction"],
    Toward = "toward" ["cun", "a", "b", "span", "total", "fraction"],
    Offset = "offset" ["cun", "direction", "span", "total", "fraction"],
    OffsetMidline = "offset-midline" ["cun", "direction", "span", "total", "fraction"],
    Fingers = "fingers" ["fingers"],
    FingerThumb = "finger-thumb" [],
    FingerTwo = "finger-two" [],
    FingerFour = "finger-four" [],
    Here = "here" ["code"],
    HereBoth = "here-both" ["code"],
    Sites = "sites" ["code", "n", "landmarks"],
    Approximate = "approximate" ["note"],
    Alternative = "alternative" ["alternative"],
    Lateral = "lateral" [],
    Medial = "medial" [],
    Superior = "superior" [],
    Inferior = "inferior" [],
    Anterior = "anterior" [],
    Posterior = "posterior" [],
    Half = "half" [],
    Third = "third" [],
    TwoThirds = "two-thirds" [],
    Quarter = "quarter" [],
    ThreeQuarters = "three-quarters" [],
    Whole = "whole" [],
    Fraction = "fraction" ["part", "whole"],
    ListJoin = "list-join" [],
    SentenceJoin = "sentence-join" [],
    PatientFind = "patient-find" ["landmark"],
    PatientLevelMidline = "patient-level-midline" [],
    PatientLevelOn = "patient-level-on" ["on"],
    PatientBetween = "patient-between" ["fraction", "a", "b"],
    PatientToward = "patient-toward" ["amount", "a", "b"],
    PatientMove = "patient-move" ["amount", "direction"],
    PatientThumbs = "patient-thumbs" ["n"],
    PatientThumb = "patient-thumb" [],
    PatientHalfThumb = "patient-half-thumb" [],
    PatientTwoFingers = "patient-two-fingers" [],
    PatientFourFingers = "patient-four-fingers" [],
    PatientHere = "patient-here" [],
    PatientHereBoth = "patient-here-both" [],
    PatientSites = "patient-sites" ["n"],
    PatientApproximate = "patient-approximate" [],
    PatientAlternative = "patient-alternative" [],
    PatientLateral = "patient-lateral" [],
    PatientMedial = "patient-medial" [],
    PatientSuperior = "patient-superior" [],
    PatientInferior = "patient-inferior" [],
    PatientAnterior = "patient-anterior" [],
    PatientPosterior = "patient-posterior" [],
}

impl Phrase {
    /// Whether a language may give it as nothing (Chinese joins sentences without a space).
    pub fn may_be_empty(self) -> bool {
        matches!(self, Phrase::ListJoin | Phrase::SentenceJoin)
    }

    /// The phrases patients read (no jargon: `build.rs` refuses a practitioner's word in them).
    pub fn for_patients(self) -> bool {
        self.key().starts_with("patient-")
    }

    fn direction(direction: Direction, patient: bool) -> Phrase {
        match (direction, patient) {
            (Direction::Lateral, false) => Phrase::Lateral,
            (Direction::Medial, false) => Phrase::Medial,
            (Direction::Superior, false) => Phrase::Superior,
            (Direction::Inferior, false) => Phrase::Inferior,
            (Direction::Anterior, false) => Phrase::Anterior,
            (Direction::Posterior, false) => Phrase::Posterior,
            (Direction::Lateral, true) => Phrase::PatientLateral,
            (Direction::Medial, true) => Phrase::PatientMedial,
            (Direction::Superior, true) => Phrase::PatientSuperior,
            (Direction::Inferior, true) => Phrase::PatientInferior,
            (Direction::Anterior, true) => Phrase::PatientAnterior,
            (Direction::Posterior, true) => Phrase::PatientPosterior,
        }
    }
}

/// What a step shows on the map, beside its words.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A landmark, highlighted and named.
    Landmark(String),
    /// The horizontal through a landmark, out to where the point's line is.
    Level(String),
    /// A standard measurement as a ruler with a tick at each B-cun, and the stretch the step uses
    /// (`from`–`to` B-cun from the ruler's start; for a measurement across the median line, such
    /// as between the scapulae, the start is the screen-left end).
    Ruler { measurement: &'static str, from: f32, to: f32 },
    /// The straight line between two landmarks and the place a fraction along it.
    Segment { a: String, b: String, fraction: f32 },
    /// The move from one place of the recipe's way (`Recipe::chain`) to the next.
    Arrow(usize),
    /// The point itself.
    Point,
}

/// One numbered step.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub text: String,
    pub marks: Vec<Mark>,
}

/// Who reads the guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    Practitioner,
    Patient,
}

/// What a guide is made from, beside the words: the point's code, its recipes (one per site),
/// whether it lies on both sides, its approximate notes and its WHO alternative, in the
/// reader's language.
pub struct Source<'a> {
    pub code: &'a str,
    pub recipes: &'a [Recipe],
    pub bilateral: bool,
    pub approximate: &'a [String],
    pub alternative: Option<&'a str>,
}

impl<'a> Source<'a> {
    /// A catalog point's, with its prose in the reader's language.
    pub fn of(point: &'a crate::model::Point, prose: &'a crate::prose::PointProse) -> Source<'a> {
        // Two places on a view with a median line: one on each side.
        let bilateral = point.views.iter().any(|v| v.view.figure().midline.is_some() && v.positions.len() == 2);
        Source {
            code: point.code,
            recipes: &prose.locate,
            bilateral: bilateral && prose.locate.len() == 1,
            approximate: &prose.approximate,
            alternative: prose.alternative.as_deref(),
        }
    }
}

/// A point's guide: its steps, and the recipe (its first site's) they draw on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Guide {
    pub recipe: Recipe,
    pub steps: Vec<Step>,
}

impl Guide {
    /// Where all its steps draw on `figure`, together.
    pub fn bounds(&self, figure: &Figure, points: &[(f32, f32)]) -> Option<(f32, f32, f32, f32)> {
        (0..self.steps.len()).filter_map(|i| self.draw(i, figure, points).bounds()).reduce(|a, b| (a.0.min(b.0), a.1.min(b.1), a.2.max(b.2), a.3.max(b.3)))
    }

    /// What step `step` draws on `figure`, where the point is at `points`.
    pub fn draw(&self, step: usize, figure: &Figure, points: &[(f32, f32)]) -> Drawing {
        self.steps.get(step).map_or_else(Drawing::default, |s| draw(&s.marks, &self.recipe, figure, points))
    }
}

/// The point's guide; the last step shows the point. `None` for a point without a recipe.
pub fn write(source: &Source, words: &dyn Words, reader: Reader) -> Option<Guide> {
    let recipe = source.recipes.first()?;
    let mut writer = Writer { words, patient: reader == Reader::Patient, steps: Vec::new() };
    writer.base(recipe);
    writer.offsets(recipe);
    let w = &mut writer;
    let code = source.code;
    match (source.recipes.len(), w.patient, source.bilateral) {
        (1, false, false) => w.step(Phrase::Here, &[("code", code)], vec![Mark::Point]),
        (1, false, true) => w.step(Phrase::HereBoth, &[("code", code)], vec![Mark::Point]),
        (1, true, false) => w.step(Phrase::PatientHere, &[], vec![Mark::Point]),
        (1, true, true) => w.step(Phrase::PatientHereBoth, &[], vec![Mark::Point]),
        (n, patient, _) => {
            // The other sites by the landmark each starts from.
            let mut starts: Vec<&str> = Vec::new();
            for r in &source.recipes[1..] {
                if let Some(first) = r.landmarks().first().filter(|k| !starts.contains(k)) {
                    starts.push(first);
                }
            }
            let mut marks: Vec<Mark> = starts.iter().map(|k| Mark::Landmark(k.to_string())).collect();
            marks.push(Mark::Point);
            let n = n.to_string();
            if patient {
                w.step(Phrase::PatientSites, &[("n", &n)], marks);
            } else {
                let names: Vec<String> = starts.iter().map(|k| w.landmark(k)).collect();
                let joined = names.join(&w.text(Phrase::ListJoin, &[]));
                w.step(Phrase::Sites, &[("code", code), ("n", &n), ("landmarks", &joined)], marks);
            }
        }
    }
    let last = writer.steps.len() - 1;
    for note in source.approximate {
        let (phrase, values): (Phrase, &[(&str, &str)]) =
            if writer.patient { (Phrase::PatientApproximate, &[]) } else { (Phrase::Approximate, &[("note", note)]) };
        let text = writer.text(phrase, values);
        writer.append(last, &text);
        if writer.patient {
            break;
        }
    }
    if let Some(alternative) = source.alternative {
        let (phrase, values): (Phrase, &[(&str, &str)]) = match writer.patient {
            true => (Phrase::PatientAlternative, &[]),
            false => (Phrase::Alternative, &[("alternative", alternative)]),
        };
        let text = writer.text(phrase, values);
        writer.append(last, &text);
    }
    Some(Guide { recipe: recipe.clone(), steps: writer.steps })
}

struct Writer<'w> {
    words: &'w dyn Words,
    patient: bool,
    steps: Vec<Step>,
}

impl Writer<'_> {
    /// A phrase's text with its placeholders filled (its key, should the file lack it).
    fn text(&self, phrase: Phrase, values: &[(&str, &str)]) -> String {
        let template = self.words.phrase(phrase.key()).unwrap_or_else(|| phrase.key().to_string());
        fill(&template, values)
    }

    fn step(&mut self, phrase: Phrase, values: &[(&str, &str)], marks: Vec<Mark>) {
        let text = self.text(phrase, values);
        self.steps.push(Step { text, marks });
    }

    fn append(&mut self, step: usize, text: &str) {
        let join = self.text(Phrase::SentenceJoin, &[]);
        let step = &mut self.steps[step];
        step.text.push_str(&join);
        step.text.push_str(text);
    }

    /// A landmark's name for this reader, to stand inside a sentence: a label's capital goes
    /// ("Spinous process of L2" → "spinous process of L2"; an acronym's stays).
    fn landmark(&self, key: &str) -> String {
        let name = if self.patient { self.words.plain_landmark(key) } else { self.words.landmark(key) };
        let name = name.unwrap_or_else(|| key.to_string());
        let mut chars = name.chars();
        match (chars.next(), chars.next()) {
            (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
                first.to_lowercase().chain(name.chars().skip(1)).collect()
            }
            _ => name,
        }
    }

    fn find(&mut self, key: &str) {
        let name = self.landmark(key);
        let marks = vec![Mark::Landmark(key.to_string())];
        match (self.patient, self.words.hint(key)) {
            (true, _) => self.step(Phrase::PatientFind, &[("landmark", &name)], marks),
            (false, Some(hint)) => self.step(Phrase::FindHint, &[("landmark", &name), ("hint", &hint)], marks),
            (false, None) => self.step(Phrase::Find, &[("landmark", &name)], marks),
        }
    }

    fn base(&mut self, recipe: &Recipe) {
        let Ok(base) = recipe.base() else { return };
        match base {
            Base::At(key) => self.find(key),
            Base::Level(key, on) => {
                self.find(key);
                let name = self.landmark(key);
                let mut marks = vec![Mark::Level(key.to_string())];
                match (on, self.patient) {
                    (None, false) => self.step(Phrase::LevelMidline, &[("landmark", &name)], marks),
                    (None, true) => self.step(Phrase::PatientLevelMidline, &[], marks),
                    (Some(on), patient) => {
                        marks.push(Mark::Landmark(on.to_string()));
                        let on_name = self.landmark(on);
                        match patient {
                            false => self.step(Phrase::LevelOn, &[("landmark", &name), ("on", &on_name)], marks),
                            true => self.step(Phrase::PatientLevelOn, &[("on", &on_name)], marks),
                        }
                    }
                }
            }
            Base::Between(a, b, fraction) => {
                let (a_name, b_name) = (self.landmark(a), self.landmark(b));
                let marks = vec![Mark::Landmark(a.to_string()), Mark::Landmark(b.to_string())];
                match self.patient {
                    true => {
                        self.step(Phrase::PatientFind, &[("landmark", &a_name)], vec![Mark::Landmark(a.to_string())]);
                        self.step(Phrase::PatientFind, &[("landmark", &b_name)], vec![Mark::Landmark(b.to_string())]);
                    }
                    false => self.step(Phrase::FindBoth, &[("a", &a_name), ("b", &b_name)], marks),
                }
                let share = self.fraction(fraction, 1.0);
                let segment = Mark::Segment { a: a.to_string(), b: b.to_string(), fraction };
                match (recipe.cun, self.patient) {
                    // The standard counts B-cun along this line (ST35 to ST41 as 16): the
                    // distance in them, and in a patient's fingers, not a share of the line.
                    (Some(cun), false) => {
                        let values = [("cun", decimal(cun, 2)), ("a", a_name), ("b", b_name), ("total", decimal(cun / fraction, 0)), ("fraction", share)];
                        self.step(Phrase::BetweenCun, &values.each_ref().map(|(k, v)| (*k, v.as_str())), vec![segment]);
                        self.fingers(cun);
                    }
                    (Some(cun), true) => {
                        let amount = self.amount(cun);
                        self.step(Phrase::PatientToward, &[("amount", &amount), ("a", &a_name), ("b", &b_name)], vec![segment]);
                    }
                    (None, patient) => {
                        let phrase = if patient { Phrase::PatientBetween } else { Phrase::Between };
                        self.step(phrase, &[("fraction", &share), ("a", &a_name), ("b", &b_name)], vec![segment]);
                    }
                }
            }
            Base::Toward(a, b, cun) => {
                self.find(a);
                let Some(m) = standard_measurement(a, b) else { return };
                let (a_name, b_name) = (self.landmark(a), self.landmark(b));
                // The ruler runs from the measurement's own start: count from the other end
                // when the recipe measures the other way.
                let (from, to) = if m.from == a { (0.0, cun) } else { (m.cun - cun, m.cun) };
                let marks = vec![Mark::Ruler { measurement: m.name, from, to }, Mark::Arrow(0)];
                if self.patient {
                    let amount = self.amount(cun);
                    self.step(Phrase::PatientToward, &[("amount", &amount), ("a", &a_name), ("b", &b_name)], marks);
                } else {
                    let values = self.measure(m, cun);
                    let mut all = vec![("a", a_name.as_str()), ("b", b_name.as_str())];
                    all.extend(values.iter().map(|(k, v)| (*k, v.as_str())));
                    self.step(Phrase::Toward, &all, marks);
                    self.fingers(cun);
                }
            }
        }
    }

    fn offsets(&mut self, recipe: &Recipe) {
        let Some(m) = recipe.scale.as_deref().and_then(crate::figure::measurement) else { return };
        // Lateral from a base on the median line is measured from that line.
        let on_midline = matches!(recipe.base(), Ok(Base::Level(_, None)))
            || matches!(recipe.base(), Ok(Base::At(key)) if crate::figure::on_median_line(key));
        // The chain's places: the base is 0, each offset adds one (`Recipe::chain`); a `toward`
        // base is itself a move, whose arrow is 0.
        for (i, (direction, cun)) in recipe.offsets().enumerate() {
            let across = m.from == m.to;
            let (from, to) = match across {
                // From the middle of a measurement across the median line, outward.
                true => (m.cun / 2.0, m.cun / 2.0 + cun),
                false => (0.0, cun),
            };
            let marks = vec![Mark::Ruler { measurement: m.name, from, to }, Mark::Arrow(i)];
            let direction_text = self.text(Phrase::direction(direction, self.patient), &[]);
            if self.patient {
                let amount = self.amount(cun);
                self.step(Phrase::PatientMove, &[("amount", &amount), ("direction", &direction_text)], marks);
                continue;
            }
            let values = self.measure(m, cun);
            let mut all = vec![("direction", direction_text.as_str())];
            all.extend(values.iter().map(|(k, v)| (*k, v.as_str())));
            let phrase = if i == 0 && on_midline && direction == Direction::Lateral { Phrase::OffsetMidline } else { Phrase::Offset };
            self.step(phrase, &all, marks);
            self.fingers(cun);
        }
    }

    /// The values of a measuring sentence: the distance, the span it is counted in, the span's
    /// length and the share.
    fn measure(&self, m: &Measurement, cun: f32) -> [(&'static str, String); 4] {
        let span = self.words.measurement(m.name).unwrap_or_else(|| m.name.to_string());
        [("cun", decimal(cun, 2)), ("span", span), ("total", decimal(m.cun, 2)), ("fraction", self.fraction(cun, m.cun))]
    }

    /// `part` of `whole` in words where it is a simple share, else as a fraction.
    fn fraction(&self, part: f32, whole: f32) -> String {
        let share = part / whole;
        let named = [
            (1.0, Phrase::Whole),
            (0.5, Phrase::Half),
            (1.0 / 3.0, Phrase::Third),
            (2.0 / 3.0, Phrase::TwoThirds),
            (0.25, Phrase::Quarter),
            (0.75, Phrase::ThreeQuarters),
        ];
        if let Some((_, phrase)) = named.iter().find(|(s, _)| (share - s).abs() < 0.005) {
            return self.text(*phrase, &[]);
        }
        // The smallest denominator that gives the share, else tenths.
        let (part, whole) = (2..=20)
            .find_map(|d| {
                let n = (share * d as f32).round();
                ((share - n / d as f32).abs() < 0.005).then_some((n, d as f32))
            })
            .unwrap_or(((share * 10.0).round(), 10.0));
        self.text(Phrase::Fraction, &[("part", &decimal(part, 0)), ("whole", &decimal(whole, 0))])
    }

    /// The finger measure of `cun`, added to the last step, where one of the standard's fits.
    fn fingers(&mut self, cun: f32) {
        let finger = match cun {
            1.0 => Phrase::FingerThumb,
            1.5 => Phrase::FingerTwo,
            3.0 => Phrase::FingerFour,
            _ => return,
        };
        let fingers = self.text(finger, &[]);
        let text = self.text(Phrase::Fingers, &[("fingers", &fingers)]);
        let last = self.steps.len() - 1;
        self.append(last, &text);
    }

    /// A distance in a patient's words: finger-widths where the standard's finger measures fit,
    /// else thumb-widths to the half.
    fn amount(&self, cun: f32) -> String {
        match cun {
            1.0 => self.text(Phrase::PatientThumb, &[]),
            1.5 => self.text(Phrase::PatientTwoFingers, &[]),
            3.0 => self.text(Phrase::PatientFourFingers, &[]),
            c if c <= 0.5 => self.text(Phrase::PatientHalfThumb, &[]),
            c => self.text(Phrase::PatientThumbs, &[("n", &decimal(((c * 2.0).round() / 2.0).max(0.5), 1))]),
        }
    }
}

/// What a step draws on one figure, in its units.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drawing {
    /// Landmarks: key and place (both sides for a bilateral landmark).
    pub landmarks: Vec<(String, (f32, f32))>,
    /// Straight lines: level lines and the lines between two landmarks.
    pub lines: Vec<((f32, f32), (f32, f32))>,
    /// Places a fraction along a line.
    pub ticks: Vec<(f32, f32)>,
    pub ruler: Option<Ruler>,
    pub arrows: Vec<((f32, f32), (f32, f32))>,
    /// The point's places.
    pub points: Vec<(f32, f32)>,
}

impl Drawing {
    /// Every place it draws: (x0, y0, x1, y1), or `None` if it draws nothing.
    pub fn bounds(&self) -> Option<(f32, f32, f32, f32)> {
        let places = self.landmarks.iter().map(|(_, p)| *p)
            .chain(self.lines.iter().flat_map(|(a, b)| [*a, *b]))
            .chain(self.ticks.iter().copied())
            .chain(self.ruler.iter().flat_map(|r| [r.start, r.end]))
            .chain(self.arrows.iter().flat_map(|(a, b)| [*a, *b]))
            .chain(self.points.iter().copied());
        places.fold(None, |b, (x, y)| match b {
            None => Some((x, y, x, y)),
            Some((x0, y0, x1, y1)) => Some((x0.min(x), y0.min(y), x1.max(x), y1.max(y))),
        })
    }
}

/// A measurement drawn as a ruler: its ends, its length in B-cun and the stretch used.
#[derive(Clone, Debug, PartialEq)]
pub struct Ruler {
    pub measurement: &'static str,
    pub start: (f32, f32),
    pub end: (f32, f32),
    pub cun: f32,
    pub from: f32,
    pub to: f32,
}

/// Everything `marks` draws on `figure`, for a point with `recipe` (the guide's first site) and
/// the positions `points` there. What the view cannot show (a landmark it lacks) is left out;
/// [`missing`] says what.
pub fn draw(marks: &[Mark], recipe: &Recipe, figure: &Figure, points: &[(f32, f32)]) -> Drawing {
    let mut drawing = Drawing::default();
    let chain = recipe.chain(figure).unwrap_or_default();
    // Both sides of a bilateral point: the recipe's way is given on the screen-right side.
    let sides = |p: (f32, f32)| -> Vec<(f32, f32)> {
        match points.len() > 1 && figure.midline.is_some() && !figure.on_midline(p) {
            true => vec![p, figure.mirror(p)],
            false => vec![p],
        }
    };
    for mark in marks {
        match mark {
            Mark::Landmark(key) => {
                if let Some(at) = figure.landmark(key) {
                    let both = figure.midline.is_some() && !figure.on_midline(at);
                    drawing.landmarks.push((key.clone(), at));
                    if both {
                        drawing.landmarks.push((key.clone(), figure.mirror(at)));
                    }
                }
            }
            Mark::Level(key) => {
                // The horizontal at the landmark's height, across to the point's line (both
                // sides of a bilateral point).
                if let Some(at) = figure.landmark(key) {
                    drawing.landmarks.push((key.clone(), at));
                    let xs = chain.first().into_iter().chain(points).map(|p| p.0).chain([at.0]);
                    let (left, right) = xs.fold((at.0, at.0), |(l, r), x| (l.min(x), r.max(x)));
                    drawing.lines.push(((left, at.1), (right, at.1)));
                }
            }
            Mark::Segment { a, b, fraction } => {
                if let (Some(pa), Some(pb)) = (figure.landmark(a), figure.landmark(b)) {
                    drawing.landmarks.extend([(a.clone(), pa), (b.clone(), pb)]);
                    drawing.lines.push((pa, pb));
                    drawing.ticks.push((pa.0 + (pb.0 - pa.0) * fraction, pa.1 + (pb.1 - pa.1) * fraction));
                }
            }
            Mark::Ruler { measurement, from, to } => {
                let Some(m) = crate::figure::measurement(measurement) else { continue };
                let Some(a) = figure.landmark(m.from) else { continue };
                let b = if m.to == m.from { Some(figure.mirror(a)) } else { figure.landmark(m.to) };
                let Some(b) = b else { continue };
                // Across the median line, the ruler runs screen-left to screen-right.
                let (start, end) = if m.to == m.from && b.0 < a.0 { (b, a) } else { (a, b) };
                drawing.ruler = Some(Ruler { measurement: m.name, start, end, cun: m.cun, from: *from, to: *to });
            }
            Mark::Arrow(i) => {
                let toward = matches!(recipe.base(), Ok(Base::Toward(..)));
                // A `toward` base's arrow 0 runs from its landmark to the base; offsets follow.
                let (from, to) = match (toward, *i) {
                    (true, 0) => match recipe.landmarks().first().and_then(|k| figure.landmark(k)) {
                        Some(a) => (Some(a), chain.first().copied()),
                        None => (None, None),
                    },
                    (_, i) => (chain.get(i).copied(), chain.get(i + 1).copied()),
                };
                if let (Some(from), Some(to)) = (from, to) {
                    // The other side's arrow is the mirror image (a start on the median line
                    // is its own mirror).
                    for t in sides(to) {
                        let f = if t == to { from } else { figure.mirror(from) };
                        drawing.arrows.push((f, t));
                    }
                }
            }
            Mark::Point => drawing.points.extend_from_slice(points),
        }
    }
    drawing
}

/// The landmarks and measurements `marks` name that `figure` lacks (none, for a guide the view
/// can draw whole).
pub fn missing(marks: &[Mark], figure: &Figure) -> Vec<String> {
    let mut missing = Vec::new();
    for mark in marks {
        let keys: Vec<&str> = match mark {
            Mark::Landmark(k) | Mark::Level(k) => vec![k],
            Mark::Segment { a, b, .. } => vec![a, b],
            Mark::Ruler { measurement, .. } => match crate::figure::measurement(measurement) {
                Some(m) if figure.cun(m).is_some() => vec![],
                _ => {
                    missing.push(format!("measurement {measurement}"));
                    vec![]
                }
            },
            Mark::Arrow(_) | Mark::Point => vec![],
        };
        missing.extend(keys.into_iter().filter(|k| figure.landmark(k).is_none()).map(|k| format!("landmark {k}")));
    }
    missing
}
