//! The catalog's prose: what a reader reads on a point's card (location, needling, actions,
//! indications, categories, the text of each caution, the dry-needling counterpart) and the
//! comparison tables.
//!
//! It is most of the catalog's bytes and nothing the map or the list needs, so the widget does
//! not carry it: `build.rs` writes one data file per language (`prose.<tag>.json`), which the
//! bundle ships beside `acumap.js` with a patient page's cut of it ([`ProseFileKind`]), and the
//! page fetches at a low priority while the wasm starts. What the map, the list and the
//! cautions need (codes, names, positions, condition tags, caution kinds) stays built in
//! ([`crate::model`]); the landmark overlay's names travel here. The native build bakes the
//! files in ([`crate::catalog::baked_prose`]) for the tests, `cargo xtask catalog` and the
//! bundle step.
//!
//! One type, [`ProseFile`], is both what `build.rs` writes and what every reader reads, so the
//! format cannot drift: the browser parses the file with `JSON.parse`, and the widget turns
//! only the point it shows into a [`PointProse`]. The file holds the points by field rather than
//! by point ([`ProseFile::to_json`]: a column per field), which compresses better.

use crate::locate::Recipe;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One language's prose file.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ProseFile {
    /// The language the file is for (`en`, `zh-Hans`).
    pub lang: String,
    /// Each point's prose, by code.
    pub points: BTreeMap<String, PointProse>,
    /// The comparison tables, in the catalog's order.
    pub comparisons: Vec<ComparisonProse>,
    /// Every landmark of the figures, by key, named in this language (the overlay's labels).
    pub landmarks: BTreeMap<String, String>,
    /// The how-to-find guide's words.
    pub guide: GuideWords,
    /// The condition guides, in the catalog's order (`crate::model::GUIDES` has their
    /// conditions and points).
    #[serde(default)]
    pub conditions: Vec<GuideProse>,
    /// What search reads besides the points' texts. Only search reads it, and the first view
    /// never searches, so it travels here rather than in the wasm.
    #[serde(default)]
    pub search: SearchWords,
}

/// What search reads in a prose file besides the points' texts: the `[search]`, `[urgent]` and
/// `[most_used]` tables of points/vocabulary.toml and of every translation, every language's in
/// every language's file (a reader's own words work whatever the widget's language).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub struct SearchWords {
    /// Words readers type for a condition tag or a caution kind that its labels do not hold
    /// (`pregnant`, `孕妇`, `hot flushes`), or for a word of the texts (`throwing up`:
    /// "vomiting"): word → key or word. With them, every language's words for what must not
    /// wait (`[urgent]`), standing for [`Urgent::value`].
    #[serde(default)]
    pub words: BTreeMap<String, String>,
    /// The points most used for a complaint, most used first: the complaint as the texts write
    /// it, in each language (`insomnia`, `失眠`) → codes. Search ranks them first, in this order,
    /// for a query that names the complaint whole or in a search word standing for it
    /// ([`crate::search::ProseIndex`]). A translation's word may name a condition guide's
    /// complaint by its English title (脖子痛: the neck pain guide's points,
    /// [`crate::source::Catalog::complaints`]).
    #[serde(default)]
    pub most_used: BTreeMap<String, Vec<String>>,
}

/// What a reader's words may name that no point is for and that must not wait: search says
/// so above what it finds (`[urgent]` in `points/vocabulary.toml` and each translation).
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Urgent {
    /// A body in danger now (`heart attack`, `overdose`, `心梗`): call the emergency number.
    Emergency,
    /// A mind in danger (`suicidal`, `自杀`): someone to talk to now.
    Crisis,
    /// A warning sign in pregnancy (`bleeding in pregnancy`, `baby not moving`, `胎动减少`): the
    /// midwife or the maternity unit now.
    Pregnancy,
}

impl Urgent {
    /// What a prose file's search word standing for it stands for: not a condition, a caution
    /// kind nor a word of the texts, none of which starts with `!`.
    pub const fn value(self) -> &'static str {
        match self {
            Urgent::Emergency => "!emergency",
            Urgent::Crisis => "!crisis",
            Urgent::Pregnancy => "!pregnancy",
        }
    }

    /// The kind a search word's value stands for ([`Urgent::value`]), if any.
    pub fn from_value(value: &str) -> Option<Urgent> {
        [Urgent::Emergency, Urgent::Crisis, Urgent::Pregnancy].into_iter().find(|u| u.value() == value)
    }
}

/// A condition guide's texts in one language (`points/guides/`).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct GuideProse {
    pub id: String,
    pub title: String,
    /// What the condition is, in plain words.
    pub summary: String,
    /// What a course of treatment usually looks like.
    pub course: String,
    pub first_visit: String,
    pub self_care: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tui_na: Option<String>,
    /// What needs a doctor: `now` (an emergency) or not (soon), and the sign.
    pub red_flags: Vec<RedFlagProse>,
    pub evidence: Vec<String>,
    /// Each source as the reader sees it: its key, then what it is.
    pub sources: Vec<String>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct RedFlagProse {
    pub now: bool,
    pub text: String,
}

/// The words a how-to-find guide is written with (`crate::guide`), in one language: the
/// vocabulary's and each translation's `[guide.*]` tables, and the same in its prose file.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GuideWords {
    /// Every [`crate::guide::Phrase`], by key, with exactly its placeholders.
    pub phrase: BTreeMap<String, String>,
    /// Every standard measurement (`src/figure.rs`), by name: the span it measures.
    pub measurement: BTreeMap<String, String>,
    /// Every landmark in a patient's words.
    pub landmark_plain: BTreeMap<String, String>,
    /// How to feel for some landmarks (the English gives which).
    pub landmark_hint: BTreeMap<String, String>,
}

/// A point's prose. The lists run parallel to the built-in ones: `indications[i]` is the text
/// of the point's `i`th indication (whose condition tags are built in), `cautions[i]` the text
/// of its `i`th caution (whose kind is built in).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct PointProse {
    /// The language of these texts where it is not the file's: a point not yet translated
    /// carries the English text, marked `en`, so the card can say so and screen readers read
    /// it as English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The practitioner's texts, in the point's object beside the rest; `None` in a patient
    /// page's file ([`ProseFileKind::Patient`]).
    #[serde(flatten)]
    pub practitioner: Option<PractitionerProse>,
    /// The WHO alternative location, where the standard gives one (a patient's guide says
    /// only that there is one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternative: Option<String>,
    /// What patient mode shows instead of the practitioner's fields.
    pub patient: PatientProse,
    /// The point's locating recipes, one per site (the same in every language): the
    /// how-to-find guide is written from them, and the landmark overlay shows what they measure
    /// from ([`measured_from`]).
    pub locate: Vec<Recipe>,
    /// The recipes' `approximate` notes, in this language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approximate: Vec<String>,
}

/// What a practitioner reads on a point's card and nobody else does: the location in the
/// standard's terms, the needling, actions, indications, categories, the text of each caution
/// and the dry-needling counterpart.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub struct PractitionerProse {
    pub location: String,
    /// How to needle it (the depth and angle are built in).
    pub needling: String,
    pub actions: Vec<String>,
    pub indications: Vec<String>,
    pub categories: Vec<String>,
    pub cautions: Vec<String>,
    pub dry_needling: Option<DryNeedlingProse>,
}

/// A point in plain words: where it is, what it is used for, and what each caution means for
/// the patient (`cautions[i]` for the point's `i`th caution).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct PatientProse {
    pub location: String,
    pub uses: String,
    pub cautions: Vec<String>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct DryNeedlingProse {
    pub muscles: Vec<String>,
    pub note: String,
}

/// A comparison table (acupuncture vs dry needling).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ComparisonProse {
    pub id: String,
    /// As [`PointProse::lang`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    pub title: String,
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<ComparisonRowProse>,
    /// Each source as the reader sees it: its key, then what it is.
    pub sources: Vec<String>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ComparisonRowProse {
    pub aspect: String,
    pub cells: Vec<String>,
}

/// Where [`PointProse::searchable`]'s texts are in a point's prose object, field by field: the
/// widget reads only these from the parsed file to make its search index (reading each point
/// whole took the index 55–62 ms on a desktop, these alone 32–54). A test keeps the two in step.
/// A patient page's file has none of them: there search reads the point's `patient.uses`.
pub const SEARCHED: [&[&str]; 4] = [&["actions"], &["indications"], &["categories"], &["dry_needling", "muscles"]];

/// What search words stand for where they name dry needling rather than a complaint (`trigger
/// point`, `dry needling`, `激痛点`, `干针`: `[search]` in `points/`), as others stand for a
/// condition tag: the points that have a dry-needling counterpart
/// ([`PractitionerProse::dry_needling`]), which no text names so (the counterpart's note is not
/// searched, and the heading over it is the card's).
pub const DRY_NEEDLING: &str = "dry-needling";

/// Where [`PointProse::places`]'s texts are in a point's prose object, as [`SEARCHED`]: the
/// location in the standard's terms (not in a patient page's file) and in a patient's words.
pub const PLACED: [&[&str]; 2] = [&["location"], &["patient", "location"]];

impl PointProse {
    /// What search matches a query's words against: the actions, indications, categories and
    /// muscles (not the long location, needling and caution texts, where common words such as
    /// "point" or "no" would match nearly every point); in a patient page's file, which has none
    /// of those, what the point is used for in plain words.
    pub fn searchable(&self) -> Vec<&str> {
        match &self.practitioner {
            Some(p) => {
                let muscles = p.dry_needling.iter().flat_map(|d| &d.muscles);
                p.actions.iter().chain(&p.indications).chain(&p.categories).chain(muscles).map(String::as_str).collect()
            }
            None => vec![self.patient.uses.as_str()],
        }
    }

    /// Whether the point has a dry-needling counterpart: what search words for dry needling
    /// find ([`DRY_NEEDLING`]). Never in a patient page's file.
    pub fn has_counterpart(&self) -> bool {
        self.practitioner.as_ref().is_some_and(|p| p.dry_needling.is_some())
    }

    /// Where the point lies, as its card says it: the location in the standard's terms, where
    /// the file has it, and in a patient's words (`in the fleshy web between the thumb and index
    /// finger`). Search reads a query's words in them last ([`crate::search::ProseIndex`]).
    pub fn places(&self) -> Vec<&str> {
        let mut places: Vec<&str> = self.practitioner.iter().map(|p| p.location.as_str()).collect();
        places.push(&self.patient.location);
        places
    }
}

/// Which of a language's two prose files: the whole prose, or a patient page's, which leaves
/// out what a patient page never shows ([`PractitionerProse`]) and is about 40% of the whole
/// (brotli). The whole file serves every mode, so a page that has it never asks for the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProseFileKind {
    Whole,
    Patient,
}

impl ProseFileKind {
    pub const ALL: [ProseFileKind; 2] = [ProseFileKind::Whole, ProseFileKind::Patient];

    /// Whether this file holds everything a widget that needs `need` reads.
    pub fn covers(self, need: ProseFileKind) -> bool {
        self == ProseFileKind::Whole || need == ProseFileKind::Patient
    }

    /// The file's key among the bundle's files: the language tag, `.patient` after it for a
    /// patient page's file (`en`, `zh-Hans.patient`).
    pub fn key(self, lang_tag: &str) -> String {
        match self {
            ProseFileKind::Whole => lang_tag.to_string(),
            ProseFileKind::Patient => format!("{lang_tag}.patient"),
        }
    }

    /// The file name stem: `prose.en`, `prose.en.patient` (the bundle adds a content hash and
    /// `.json`).
    pub fn file_stem(self, lang_tag: &str) -> String {
        format!("prose.{}", self.key(lang_tag))
    }

    /// `file` cut down to what this kind holds.
    pub fn cut(self, file: &ProseFile) -> ProseFile {
        let mut file = file.clone();
        if self == ProseFileKind::Patient {
            file.points.values_mut().for_each(|p| p.practitioner = None);
        }
        file
    }
}

/// What recipes measure from: the landmarks they name and the measurements whose B-cun they
/// count, each once (keys of the figures).
pub fn measured_from(recipes: &[Recipe]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for recipe in recipes {
        for key in recipe.landmarks().into_iter().chain(recipe.scale.as_deref()) {
            if !keys.iter().any(|k| k == key) {
                keys.push(key.to_string());
            }
        }
    }
    keys
}

/// The fields of a point whose values are objects that the file also writes as columns, field
/// by field (`points.patient.location[i]`).
pub const NESTED_COLUMNS: [&str; 1] = ["patient"];

/// The file as text, and back. In the text the points are columns: `points.code` lists the
/// codes, and each field of [`PointProse`] is a list with point `i`'s value at `i` (`null` where
/// the point has none): every location together, then every needling text, and so on, each
/// field of [`NESTED_COLUMNS`] likewise. Like texts side by side are what brotli and gzip
/// find best: the English file is 5% smaller compressed than with an object per point (117.6 →
/// 111.4 KB brotli), a patient page's as much. The points go in their channels' order (BL1,
/// BL2 … BL67, CV1 …), whose neighbours are alike, rather than the codes' order as text (BL1,
/// BL10 …): 0.5 KB less again.
#[cfg(not(target_arch = "wasm32"))]
impl ProseFile {
    pub fn to_json(&self) -> String {
        use serde_json::Value;
        let mut file = serde_json::to_value(self).expect("a prose file serialises");
        let Value::Object(points) = file["points"].take() else { unreachable!("points serialise as an object") };
        let mut points: Vec<(String, Value)> = points.into_iter().collect();
        points.sort_by(|(a, _), (b, _)| channel_order(a).cmp(&channel_order(b)));
        let (codes, rows): (Vec<Value>, Vec<Value>) = points.into_iter().map(|(code, row)| (Value::String(code), row)).unzip();
        let mut columns = columns(&rows);
        assert!(columns.insert("code".to_string(), Value::Array(codes)).is_none(), "a point's field is named `code`");
        file["points"] = Value::Object(columns);
        file.to_string()
    }

    /// Every text that search reads, folded as search reads them, a line each: each point's
    /// searchable texts ([`PointProse::searchable`]) and its locations ([`PointProse::places`],
    /// which find it too: `耳朵前面` for 耳前), and each condition guide's title (which finds
    /// the guide's points: `膝骨关节炎`). What a `[search]` entry that stands for a word of the
    /// texts is checked against ([`crate::source::Catalog::search_problems`]).
    pub fn searchable_text(&self) -> String {
        let mut texts: Vec<String> = Vec::new();
        for point in self.points.values() {
            texts.extend(point.searchable().into_iter().chain(point.places()).map(crate::text::fold));
        }
        texts.extend(self.conditions.iter().map(|guide| crate::text::fold(&guide.title)));
        texts.join("\n")
    }

    pub fn from_json(text: &str) -> serde_json::Result<ProseFile> {
        let mut file: serde_json::Value = serde_json::from_str(text)?;
        let columns = file["points"].take();
        let codes: Vec<String> = columns["code"].as_array().into_iter().flatten().filter_map(|c| c.as_str().map(str::to_string)).collect();
        let rows = columns.as_object().map(|c| rows(c, codes.len())).unwrap_or_default();
        let points: serde_json::Map<String, serde_json::Value> = codes.into_iter().zip(rows).collect();
        file["points"] = serde_json::Value::Object(points);
        serde_json::from_value(file)
    }
}

/// `rows` (objects) as one list per field that any of them has.
#[cfg(not(target_arch = "wasm32"))]
fn columns(rows: &[serde_json::Value]) -> serde_json::Map<String, serde_json::Value> {
    use serde_json::Value;
    let names: std::collections::BTreeSet<&String> = rows.iter().filter_map(Value::as_object).flat_map(|r| r.keys()).collect();
    let column = |name: &String| {
        let values: Vec<Value> = rows.iter().map(|r| r.get(name).cloned().unwrap_or(Value::Null)).collect();
        match NESTED_COLUMNS.contains(&name.as_str()) {
            true => Value::Object(columns(&values)),
            false => Value::Array(values),
        }
    };
    names.into_iter().map(|name| (name.clone(), column(name))).collect()
}

/// [`columns`] read back into `count` objects, without the `null`s (a field the point lacks).
#[cfg(not(target_arch = "wasm32"))]
fn rows(columns: &serde_json::Map<String, serde_json::Value>, count: usize) -> Vec<serde_json::Value> {
    use serde_json::Value;
    let mut objects = vec![serde_json::Map::new(); count];
    for (name, column) in columns.iter().filter(|(name, _)| *name != "code") {
        let values = match column {
            Value::Object(nested) => rows(nested, count),
            column => column.as_array().cloned().unwrap_or_default(),
        };
        for (object, value) in objects.iter_mut().zip(values).filter(|(_, v)| !v.is_null()) {
            object.insert(name.clone(), value);
        }
    }
    objects.into_iter().map(Value::Object).collect()
}

/// A code's place in the points' order: its channel (the letters before the number), then its
/// number (`BL2` before `BL10`).
#[cfg(not(target_arch = "wasm32"))]
fn channel_order(code: &str) -> (&str, u32) {
    let channel = code.trim_end_matches(|c: char| c.is_ascii_digit());
    (channel, code[channel.len()..].parse().unwrap_or(0))
}
