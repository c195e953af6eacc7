//! Content a host page adds to its widget as JSON: its own notes on points, shortlists of the
//! points it uses ("points we use for sciatica") and its own comparison tables.
//!
//! The JSON comes from a child `<script type="application/json">` or the `content` property.
//! [`parse`] reads it leniently: a document it cannot read at all is an `Err` (the widget keeps
//! its built-in content); a readable document keeps every usable part and reports each
//! unusable field as a [`Problem`] naming it. Every text is kept as text (the widget only ever
//! puts it in text nodes) and capped in length, and lists are capped in size, so no document
//! can make the widget panic or grow without bound.
//!
//! ```json
//! {
//!   "notes": { "GB30": "We needle GB30 with you lying on your side." },
//!   "shortlists": [
//!     { "title": "Points we use for sciatica", "description": "…", "points": ["BL23", "GB30"] }
//!   ],
//!   "comparisons": [
//!     { "title": "…", "caption": "…", "columns": ["Acupuncture", "Massage"],
//!       "rows": [{ "aspect": "Session length", "cells": ["30 min", "45 min"] }],
//!       "sources": ["Our clinic's price list, 2026"] }
//!   ],
//!   "builtInComparisons": true,
//!   "guides": [
//!     { "id": "our-sciatica", "title": "Sciatica at our clinic", "conditions": ["sciatica"],
//!       "points": ["BL23", "GB30"], "summary": "…", "redFlags": [{ "urgency": "now", "text": "…" }],
//!       "evidence": ["… (source: nice-ng59)"], "sources": ["nice-ng59 NICE NG59, 2020"] }
//!   ]
//! }
//! ```

use crate::catalog;
use crate::model::{Conditions, Point};
use crate::prose::{ComparisonProse, GuideProse, RedFlagProse};
use crate::strings::ContentStrings;
use crate::text::fill;

/// The largest document read, in bytes of JSON.
pub const MAX_BYTES: usize = 256 * 1024;
/// The longest text kept, in characters; longer texts are cut there.
pub const MAX_TEXT: usize = 2_000;
/// The most shortlists, comparisons, rows or sources kept.
pub const MAX_ITEMS: usize = 100;
/// The most columns a comparison can have besides its aspect column.
pub const MAX_COLUMNS: usize = 6;
/// A field of the content document: its name, its TypeScript type, and whether it must be there.
pub type Field = (&'static str, &'static str, bool);

/// The document's schema, declared once: the reader below accepts exactly these fields, and
/// `acumap.d.ts` (`src/typings.rs`) types the `content` property with them. Each entry is an
/// interface name and its fields.
pub const SCHEMA: [(&str, &[Field]); 6] = [
    ("AcuContent", &FIELDS),
    ("AcuShortlist", &SHORTLIST_FIELDS),
    ("AcuComparison", &COMPARISON_FIELDS),
    ("AcuComparisonRow", &ROW_FIELDS),
    ("AcuGuide", &GUIDE_FIELDS),
    ("AcuRedFlag", &RED_FLAG_FIELDS),
];
/// The top-level fields.
pub const FIELDS: [Field; 5] = [
    ("notes", "Record<string, string>", false),
    ("shortlists", "AcuShortlist[]", false),
    ("comparisons", "AcuComparison[]", false),
    ("builtInComparisons", "boolean", false),
    ("guides", "AcuGuide[]", false),
];
/// A host's own condition guide: the fields of `points/guides/` (camel-cased), kept to the same
/// rules (conditions and points known, red flags given, a number only with its source).
const GUIDE_FIELDS: [Field; 12] = [
    ("id", "string", true),
    ("title", "string", true),
    ("conditions", "string[]", true),
    ("points", "string[]", true),
    ("summary", "string", true),
    ("course", "string", false),
    ("firstVisit", "string", false),
    ("selfCare", "string[]", false),
    ("tuiNa", "string", false),
    ("redFlags", "AcuRedFlag[]", true),
    ("evidence", "string[]", false),
    ("sources", "string[]", false),
];
const RED_FLAG_FIELDS: [Field; 2] = [("urgency", "'now' | 'soon'", true), ("text", "string", true)];
const SHORTLIST_FIELDS: [Field; 3] = [("title", "string", true), ("description", "string", false), ("points", "string[]", true)];
const COMPARISON_FIELDS: [Field; 5] = [
    ("title", "string", true),
    ("caption", "string", false),
    ("columns", "string[]", true),
    ("rows", "AcuComparisonRow[]", true),
    ("sources", "string[]", false),
];
const ROW_FIELDS: [Field; 2] = [("aspect", "string", true), ("cells", "string[]", true)];

fn names(fields: &[Field]) -> impl Iterator<Item = &'static str> + '_ {
    fields.iter().map(|(name, ..)| *name)
}

/// The fields' names as a problem lists them (the JSON's own names, in any language).
fn listed(fields: &[Field]) -> String {
    names(fields).collect::<Vec<_>>().join(", ")
}

#[derive(Clone, Debug, PartialEq)]
pub struct HostContent {
    /// A note per point, in the order given.
    pub notes: Vec<(&'static Point, String)>,
    pub shortlists: Vec<Shortlist>,
    pub comparisons: Vec<Table>,
    /// Whether the catalog's own comparison tables are shown too (after the host's).
    pub built_in_comparisons: bool,
    /// The host's own condition guides (before the built-in ones).
    pub guides: Vec<HostGuide>,
}

impl Default for HostContent {
    fn default() -> Self {
        HostContent { notes: Vec::new(), shortlists: Vec::new(), comparisons: Vec::new(), built_in_comparisons: true, guides: Vec::new() }
    }
}

/// A host's condition guide: the conditions it is for, its points and its texts.
#[derive(Clone, Debug, PartialEq)]
pub struct HostGuide {
    pub conditions: Conditions,
    pub points: Vec<&'static Point>,
    pub text: GuideProse,
}

impl HostContent {
    pub fn note(&self, point: &Point) -> Option<&str> {
        self.notes.iter().find(|(p, _)| *p == point).map(|(_, note)| note.as_str())
    }
}

/// A named list of points a host offers as a filter.
#[derive(Clone, Debug, PartialEq)]
pub struct Shortlist {
    pub title: String,
    pub description: String,
    pub points: Vec<&'static Point>,
}

/// A comparison table, from the catalog or from a host.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub title: String,
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<TableRow>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    pub aspect: String,
    pub cells: Vec<String>,
}

impl From<ComparisonProse> for Table {
    fn from(c: ComparisonProse) -> Self {
        Table {
            title: c.title,
            caption: c.caption,
            columns: c.columns,
            rows: c.rows.into_iter().map(|r| TableRow { aspect: r.aspect, cells: r.cells }).collect(),
            sources: c.sources,
        }
    }
}

/// An unusable field: where it is (`shortlists[0].points[2]`) and what is wrong with it.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub path: String,
    pub problem: ContentProblem,
}

/// What can be wrong with a field of the content; said in the reader's language by
/// [`ContentProblem::describe`] (the templates are in `strings::ContentStrings`).
#[derive(Clone, Debug, PartialEq)]
pub enum ContentProblem {
    ExpectedBool(JsonKind),
    ExpectedText(JsonKind),
    ExpectedList(JsonKind),
    ExpectedObject(JsonKind),
    /// `notes` is not an object of point codes and texts.
    ExpectedNotes(JsonKind),
    ExpectedCode(JsonKind),
    ExpectedCodes,
    ExpectedColumns,
    /// A row's cells are not one text per column (how many columns).
    ExpectedCells(usize),
    ExpectedUrgency,
    /// The fields there may be.
    UnknownField(&'static [Field]),
    UnknownPoint(String),
    UnknownCondition(String),
    /// A source key the guide does not list.
    UnknownSource(String),
    NumberWithoutSource,
    SecondNote(&'static str),
    NoKnownPoint,
    NoUsableRow,
    GuideIncomplete,
    /// How many items the list has.
    TooManyItems(usize),
    Missing,
    Empty,
    TooLong,
}

impl ContentProblem {
    /// What is wrong, in the language of `s` (`Lang::ui().content`).
    pub fn describe(&self, s: &ContentStrings) -> String {
        use ContentProblem::*;
        let found = |template: &str, kind: &JsonKind| fill(template, &[("found", kind.name(s))]);
        match self {
            ExpectedBool(k) => found(s.expected_bool, k),
            ExpectedText(k) => found(s.expected_text, k),
            ExpectedList(k) => found(s.expected_list, k),
            ExpectedObject(k) => found(s.expected_object, k),
            ExpectedNotes(k) => found(s.expected_notes, k),
            ExpectedCode(k) => found(s.expected_code, k),
            ExpectedCodes => s.expected_codes.to_string(),
            ExpectedColumns => fill(s.expected_columns, &[("max", &MAX_COLUMNS.to_string())]),
            ExpectedCells(n) => fill(s.expected_cells, &[("n", &n.to_string())]),
            ExpectedUrgency => s.expected_urgency.to_string(),
            UnknownField(fields) => fill(s.unknown_field, &[("fields", &listed(fields))]),
            UnknownPoint(code) => fill(s.unknown_point, &[("code", code)]),
            UnknownCondition(value) => fill(s.unknown_condition, &[("value", value)]),
            UnknownSource(key) => fill(s.unknown_source, &[("key", key)]),
            NumberWithoutSource => s.number_without_source.to_string(),
            SecondNote(code) => fill(s.second_note, &[("code", code)]),
            NoKnownPoint => s.no_known_point.to_string(),
            NoUsableRow => s.no_usable_row.to_string(),
            GuideIncomplete => s.guide_incomplete.to_string(),
            TooManyItems(n) => fill(s.too_many_items, &[("n", &n.to_string()), ("max", &MAX_ITEMS.to_string())]),
            Missing => s.missing.to_string(),
            Empty => s.empty.to_string(),
            TooLong => fill(s.too_long, &[("max", &MAX_TEXT.to_string())]),
        }
    }
}

/// Why a whole document could not be read (nothing of it is used); said in the reader's
/// language by [`Unreadable::describe`].
#[derive(Clone, Debug, PartialEq)]
pub enum Unreadable {
    /// Over [`MAX_BYTES`]: how many bytes it is.
    TooBig(usize),
    /// Nested more than [`MAX_DEPTH`] levels deep.
    TooDeep,
    /// Not an object: what it is.
    NotAnObject(JsonKind),
    /// Not JSON: the parser's own words (the browser's `JSON.parse`, or serde_json's in the
    /// native build), which are in English whatever the widget's language.
    NotJson(String),
    /// `[object Object]`: an object that became text ([`check_text`]).
    ObjectAsText,
}

impl Unreadable {
    /// Why, in the language of `s` (`Lang::ui().content`).
    pub fn describe(&self, s: &ContentStrings) -> String {
        match self {
            Unreadable::TooBig(n) => fill(s.too_big, &[("n", &n.to_string()), ("max", &MAX_BYTES.to_string())]),
            Unreadable::TooDeep => fill(s.too_deep, &[("max", &MAX_DEPTH.to_string())]),
            Unreadable::NotAnObject(kind) => {
                fill(s.not_an_object, &[("fields", &listed(&FIELDS)), ("found", kind.name(s))])
            }
            Unreadable::NotJson(why) => fill(s.not_json, &[("why", why)]),
            Unreadable::ObjectAsText => s.object_as_text.to_string(),
        }
    }
}

/// What a JSON value is, as a problem names what was found instead; or a script's value that
/// JSON has no form for, set as the `content` property.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum JsonKind {
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
    Function,
    Symbol,
}

impl JsonKind {
    /// The kind of a value `JSON.stringify` makes nothing of, by its `typeof` (element.js
    /// gives it in place of the JSON text).
    pub fn of_script_type(name: &str) -> Option<JsonKind> {
        match name {
            "function" => Some(JsonKind::Function),
            "symbol" => Some(JsonKind::Symbol),
            _ => None,
        }
    }

    fn of(value: &Json) -> JsonKind {
        match value {
            Json::Null => JsonKind::Null,
            Json::Bool(_) => JsonKind::Bool,
            Json::Number => JsonKind::Number,
            Json::Text(_) => JsonKind::Text,
            Json::List(_) => JsonKind::List,
            Json::Object(_) => JsonKind::Object,
        }
    }

    fn name(self, s: &ContentStrings) -> &'static str {
        match self {
            JsonKind::Null => s.null,
            JsonKind::Bool => s.bool,
            JsonKind::Number => s.number,
            JsonKind::Text => s.text,
            JsonKind::List => s.list,
            JsonKind::Object => s.object,
            JsonKind::Function => s.function,
            JsonKind::Symbol => s.symbol,
        }
    }
}

/// A parsed JSON value, as [`read`] takes it: objects keep their fields in the document's
/// order (a repeated name keeps its first place and its last value, as `JSON.parse` does), and
/// a number is only known to be one (the reader wants none).
#[derive(Debug)]
pub enum Json {
    Null,
    Bool(bool),
    Number,
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// An object's field.
    fn get<'j>(fields: &'j [(String, Json)], name: &str) -> Option<&'j Json> {
        fields.iter().find(|(key, _)| key == name).map(|(_, value)| value)
    }
}

/// Reads a host's content document. `Err` says why nothing could be read.
///
/// Native builds (the tests) parse with serde_json; the widget has the browser parse the text
/// (`JSON.parse`, already there, where serde_json's parser would add about 60 KB to the wasm)
/// and hands the value to [`read`] (`element/json.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(json: &str) -> Result<(HostContent, Vec<Problem>), Unreadable> {
    check_text(json)?;
    read(serde_json::from_str(json).map_err(|e| match e.to_string() {
        // serde_json's own depth limit, as the widget's.
        why if why.starts_with("recursion limit exceeded") => Unreadable::TooDeep,
        why => Unreadable::NotJson(why),
    })?)
}

/// serde_json's parser (and its depth limit) building a [`Json`] in the document's order.
#[cfg(not(target_arch = "wasm32"))]
impl<'de> serde::Deserialize<'de> for Json {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Json;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("JSON")
            }
            fn visit_unit<E>(self) -> Result<Json, E> {
                Ok(Json::Null)
            }
            fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
                Ok(Json::Bool(b))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Json, E> {
                Ok(Json::Number)
            }
            fn visit_u64<E>(self, _: u64) -> Result<Json, E> {
                Ok(Json::Number)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Json, E> {
                Ok(Json::Number)
            }
            fn visit_str<E>(self, text: &str) -> Result<Json, E> {
                Ok(Json::Text(text.to_string()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut items: A) -> Result<Json, A::Error> {
                let mut list = Vec::new();
                while let Some(item) = items.next_element()? {
                    list.push(item);
                }
                Ok(Json::List(list))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut entries: A) -> Result<Json, A::Error> {
                let mut fields: Vec<(String, Json)> = Vec::new();
                while let Some((name, value)) = entries.next_entry::<String, Json>()? {
                    match fields.iter_mut().find(|(key, _)| *key == name) {
                        Some(field) => field.1 = value,
                        None => fields.push((name, value)),
                    }
                }
                Ok(Json::Object(fields))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// `Err` for a document over [`MAX_BYTES`], which is not read at all.
pub fn check_size(json: &str) -> Result<(), Unreadable> {
    match json.len() {
        n if n > MAX_BYTES => Err(Unreadable::TooBig(n)),
        _ => Ok(()),
    }
}

/// [`check_size`], and `Err` for the text an object becomes where text is wanted: what a
/// framework (React 19, Preact, Vue) sets as the `content` attribute when it renders
/// `content={object}` before the element is defined, as it sets any property the element does
/// not have yet.
pub fn check_text(json: &str) -> Result<(), Unreadable> {
    check_size(json)?;
    match json.trim() {
        "[object Object]" => Err(Unreadable::ObjectAsText),
        _ => Ok(()),
    }
}

/// The most levels of nesting read (as serde_json's own limit): deeper documents are refused
/// rather than risk the stack.
pub const MAX_DEPTH: usize = 128;

/// Reads a parsed content document. `Err` says why nothing could be read.
pub fn read(value: Json) -> Result<(HostContent, Vec<Problem>), Unreadable> {
    let Json::Object(root) = value else {
        return Err(Unreadable::NotAnObject(JsonKind::of(&value)));
    };
    let mut reader = Reader { problems: Vec::new() };
    let content = reader.content(&root);
    Ok((content, reader.problems))
}

struct Reader {
    problems: Vec<Problem>,
}

impl Reader {
    fn problem(&mut self, path: &str, problem: ContentProblem) {
        self.problems.push(Problem { path: path.to_string(), problem });
    }

    fn content(&mut self, root: &[(String, Json)]) -> HostContent {
        let mut content = HostContent::default();
        for (key, value) in root {
            match key.as_str() {
                "notes" => content.notes = self.notes(value),
                "shortlists" => {
                    content.shortlists = self.list(value, "shortlists", |r, v, path| r.shortlist(v, path))
                }
                "comparisons" => {
                    content.comparisons = self.list(value, "comparisons", |r, v, path| r.table(v, path))
                }
                "guides" => content.guides = self.list(value, "guides", |r, v, path| r.guide(v, path)),
                "builtInComparisons" => match value {
                    Json::Bool(b) => content.built_in_comparisons = *b,
                    other => self.problem(key, ContentProblem::ExpectedBool(JsonKind::of(other))),
                },
                _ => self.problem(&clip(key, 60), ContentProblem::UnknownField(&FIELDS)),
            }
        }
        content
    }

    fn notes(&mut self, value: &Json) -> Vec<(&'static Point, String)> {
        let Json::Object(map) = value else {
            self.problem("notes", ContentProblem::ExpectedNotes(JsonKind::of(value)));
            return Vec::new();
        };
        let mut notes: Vec<(&'static Point, String)> = Vec::new();
        for (code, text) in map {
            let path = format!("notes.{}", clip(code, 20));
            let Some(point) = self.point(code, &path) else { continue };
            let Some(text) = self.text(text, &path, true) else { continue };
            match notes.iter_mut().find(|(p, _)| *p == point) {
                Some(existing) => {
                    self.problem(&path, ContentProblem::SecondNote(point.code));
                    existing.1 = text;
                }
                None => notes.push((point, text)),
            }
        }
        notes
    }

    fn shortlist(&mut self, value: &Json, path: &str) -> Option<Shortlist> {
        let map = self.object(value, path)?;
        self.only_fields(map, path, &SHORTLIST_FIELDS);
        let title = self.field_text(map, path, "title", true)?;
        let description = self.field_text(map, path, "description", false).unwrap_or_default();
        let points_path = format!("{path}.points");
        let Some(Json::List(codes)) = Json::get(map, "points") else {
            self.problem(&points_path, ContentProblem::ExpectedCodes);
            return None;
        };
        let mut points: Vec<&'static Point> = Vec::new();
        for (i, code) in codes.iter().enumerate() {
            let item_path = format!("{points_path}[{i}]");
            let Json::Text(code) = code else {
                self.problem(&item_path, ContentProblem::ExpectedCode(JsonKind::of(code)));
                continue;
            };
            if let Some(point) = self.point(code, &item_path) {
                if !points.contains(&point) {
                    points.push(point);
                }
            }
        }
        if points.is_empty() {
            self.problem(path, ContentProblem::NoKnownPoint);
            return None;
        }
        Some(Shortlist { title, description, points })
    }

    fn table(&mut self, value: &Json, path: &str) -> Option<Table> {
        let map = self.object(value, path)?;
        self.only_fields(map, path, &COMPARISON_FIELDS);
        let title = self.field_text(map, path, "title", true)?;
        let caption = self.field_text(map, path, "caption", false).unwrap_or_default();
        let columns_path = format!("{path}.columns");
        let columns: Vec<String> = match Json::get(map, "columns") {
            Some(Json::List(items)) if (1..=MAX_COLUMNS).contains(&items.len()) => items
                .iter()
                .enumerate()
                .map(|(i, v)| self.text(v, &format!("{columns_path}[{i}]"), true))
                .collect::<Option<Vec<_>>>()?,
            _ => {
                self.problem(&columns_path, ContentProblem::ExpectedColumns);
                return None;
            }
        };
        let rows = self.list(Json::get(map, "rows").unwrap_or(&Json::Null), &format!("{path}.rows"), |r, v, row_path| {
            let row = r.object(v, row_path)?;
            r.only_fields(row, row_path, &ROW_FIELDS);
            let aspect = r.field_text(row, row_path, "aspect", true)?;
            let cells_path = format!("{row_path}.cells");
            let cells: Vec<String> = match Json::get(row, "cells") {
                Some(Json::List(cells)) if cells.len() == columns.len() => cells
                    .iter()
                    .enumerate()
                    .map(|(i, v)| r.text(v, &format!("{cells_path}[{i}]"), false).unwrap_or_default())
                    .collect(),
                _ => {
                    r.problem(&cells_path, ContentProblem::ExpectedCells(columns.len()));
                    return None;
                }
            };
            Some(TableRow { aspect, cells })
        });
        if rows.is_empty() {
            self.problem(path, ContentProblem::NoUsableRow);
            return None;
        }
        let sources = match Json::get(map, "sources") {
            None => Vec::new(),
            Some(v) => self.list(v, &format!("{path}.sources"), |r, v, p| r.text(v, p, true)),
        };
        Some(Table { title, caption, columns, rows, sources })
    }

    fn guide(&mut self, value: &Json, path: &str) -> Option<HostGuide> {
        let map = self.object(value, path)?;
        self.only_fields(map, path, &GUIDE_FIELDS);
        let id = self.field_text(map, path, "id", true)?;
        let title = self.field_text(map, path, "title", true)?;
        let summary = self.field_text(map, path, "summary", true)?;
        let texts = |r: &mut Self, field: &str| match Json::get(map, field) {
            None => Vec::new(),
            Some(v) => r.list(v, &format!("{path}.{field}"), |r, v, p| r.text(v, p, true)),
        };
        let sources = texts(self, "sources");
        let conditions = texts(self, "conditions");
        let mut tags = Vec::new();
        for (i, c) in conditions.iter().enumerate() {
            match crate::attributes::condition(c).map(|(tag, _)| tag) {
                Some(tag) => tags.push(tag),
                None => self.problem(&format!("{path}.conditions[{i}]"), ContentProblem::UnknownCondition(clip(c, 40))),
            }
        }
        let points: Vec<&'static Point> = texts(self, "points").iter().enumerate().filter_map(|(i, c)| self.point(c, &format!("{path}.points[{i}]"))).collect();
        let red_flags = self.list(Json::get(map, "redFlags").unwrap_or(&Json::Null), &format!("{path}.redFlags"), |r, v, p| {
            let flag = r.object(v, p)?;
            r.only_fields(flag, p, &RED_FLAG_FIELDS);
            let now = match Json::get(flag, "urgency") {
                Some(Json::Text(u)) if u == "now" => true,
                Some(Json::Text(u)) if u == "soon" => false,
                _ => {
                    r.problem(&format!("{p}.urgency"), ContentProblem::ExpectedUrgency);
                    return None;
                }
            };
            Some(RedFlagProse { now, text: r.field_text(flag, p, "text", true)? })
        });
        if tags.is_empty() || points.is_empty() || red_flags.is_empty() {
            self.problem(path, ContentProblem::GuideIncomplete);
            return None;
        }
        // A claim with a number names one of the guide's sources, as the catalog's must.
        let keys: Vec<&str> = sources.iter().map(|s| crate::text::source_key_and_text(s).0).collect();
        let sourced = |r: &mut Self, text: String, p: String| -> Option<String> {
            let cited = crate::text::cited_sources(&text);
            let numbered = text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).filter(|w| w.chars().any(|c| c.is_ascii_digit())).any(|w| catalog::point(w).is_none() && !cited.contains(&w));
            match cited.iter().find(|k| !keys.contains(k)) {
                Some(key) => r.problem(&p, ContentProblem::UnknownSource(clip(key, 40))),
                None if numbered && cited.is_empty() => r.problem(&p, ContentProblem::NumberWithoutSource),
                None => return Some(text),
            }
            None
        };
        let field = |r: &mut Self, name: &str| r.field_text(map, path, name, false);
        let course = field(self, "course").and_then(|t| sourced(self, t, format!("{path}.course"))).unwrap_or_default();
        let first_visit = field(self, "firstVisit").and_then(|t| sourced(self, t, format!("{path}.firstVisit"))).unwrap_or_default();
        let tui_na = field(self, "tuiNa").and_then(|t| sourced(self, t, format!("{path}.tuiNa")));
        let summary = sourced(self, summary, format!("{path}.summary")).unwrap_or_default();
        let self_care = texts(self, "selfCare").into_iter().enumerate().filter_map(|(i, t)| sourced(self, t, format!("{path}.selfCare[{i}]"))).collect();
        let evidence = texts(self, "evidence").into_iter().enumerate().filter_map(|(i, t)| sourced(self, t, format!("{path}.evidence[{i}]"))).collect();
        let text = GuideProse { id, title, summary, course, first_visit, self_care, tui_na, red_flags, evidence, sources };
        Some(HostGuide { conditions: Conditions::union(tags.iter().map(|t| Conditions::of(t))), points, text })
    }

    /// The items of a list, each read by `item`; at most [`MAX_ITEMS`].
    fn list<T>(&mut self, value: &Json, path: &str, mut item: impl FnMut(&mut Self, &Json, &str) -> Option<T>) -> Vec<T> {
        let Json::List(items) = value else {
            self.problem(path, ContentProblem::ExpectedList(JsonKind::of(value)));
            return Vec::new();
        };
        if items.len() > MAX_ITEMS {
            self.problem(path, ContentProblem::TooManyItems(items.len()));
        }
        items.iter().take(MAX_ITEMS).enumerate().filter_map(|(i, v)| item(self, v, &format!("{path}[{i}]"))).collect()
    }

    fn object<'v>(&mut self, value: &'v Json, path: &str) -> Option<&'v [(String, Json)]> {
        match value {
            Json::Object(map) => Some(map),
            other => {
                self.problem(path, ContentProblem::ExpectedObject(JsonKind::of(other)));
                None
            }
        }
    }

    fn only_fields(&mut self, map: &[(String, Json)], path: &str, fields: &'static [Field]) {
        for key in map.iter().map(|(key, _)| key).filter(|k| !names(fields).any(|f| f == k.as_str())) {
            self.problem(&format!("{path}.{}", clip(key, 60)), ContentProblem::UnknownField(fields));
        }
    }

    fn field_text(&mut self, map: &[(String, Json)], path: &str, field: &str, required: bool) -> Option<String> {
        let path = format!("{path}.{field}");
        match Json::get(map, field) {
            Some(value) => self.text(value, &path, required),
            None => {
                if required {
                    self.problem(&path, ContentProblem::Missing);
                }
                None
            }
        }
    }

    /// A text, trimmed and cut to [`MAX_TEXT`] characters; a required one must not be empty.
    fn text(&mut self, value: &Json, path: &str, required: bool) -> Option<String> {
        let Json::Text(text) = value else {
            self.problem(path, ContentProblem::ExpectedText(JsonKind::of(value)));
            return None;
        };
        let text = text.trim();
        if required && text.is_empty() {
            self.problem(path, ContentProblem::Empty);
            return None;
        }
        if text.chars().count() > MAX_TEXT {
            self.problem(path, ContentProblem::TooLong);
        }
        Some(clip(text, MAX_TEXT))
    }

    fn point(&mut self, code: &str, path: &str) -> Option<&'static Point> {
        let point = catalog::point(code);
        if point.is_none() {
            self.problem(path, ContentProblem::UnknownPoint(clip(code, 20)));
        }
        point
    }
}

/// At most `max` characters of `text`, with an ellipsis when cut.
fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}
