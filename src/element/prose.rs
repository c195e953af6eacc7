//! The widget's side of the prose files (`crate::prose`): element.js fetches each file a
//! page's widgets need (a language's whole file, or a patient page's) once per page (the entry
//! script starts it before the wasm runs) and the browser's `JSON.parse` reads it; here the
//! parsed object is kept as it is, and only what is shown is turned into Rust values (one
//! point's prose for its card, the tables once, the search index on the first search).

use crate::guide::Words;
use crate::host_content::Table;
use crate::locate::Recipe;
use crate::model::Point;
use crate::prose::{
    ComparisonProse, ComparisonRowProse, DryNeedlingProse, GuideProse, PatientProse, PointProse, PractitionerProse, ProseFileKind, RedFlagProse,
};
use crate::search::ProseIndex;
use crate::state::{ProseSource, WidgetState};
use crate::strings::Lang;
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/element.js")]
extern "C" {
    /// A promise of the language's prose object (a patient page's file when `patient`), shared
    /// by every instance on the page.
    #[wasm_bindgen(js_name = loadProse)]
    fn load_prose(lang: &str, patient: bool, retry: bool, url: Option<String>) -> js_sys::Promise;
    #[wasm_bindgen(js_name = proseRecovered)]
    fn prose_recovered(lang: &str, patient: bool, url: Option<String>) -> js_sys::Promise;
}

/// One language's prose file, as the browser parsed it.
pub struct LoadedProse {
    lang: Lang,
    /// What the widget asked for: a patient page's file, or the whole.
    kind: ProseFileKind,
    /// The points' columns (`ProseFile::to_json`).
    points: JsValue,
    /// `points.code`: a point's place in every column.
    codes: Vec<String>,
    comparisons: JsValue,
    landmarks: JsValue,
    guide: JsValue,
    conditions: JsValue,
    search: JsValue,
    index: OnceCell<ProseIndex>,
}

thread_local! {
    /// The files already read on this page, at most two per language, shared by every instance.
    static LOADED: RefCell<Vec<Rc<LoadedProse>>> = const { RefCell::new(Vec::new()) };
}

impl LoadedProse {
    fn shared(lang: Lang, kind: ProseFileKind, file: JsValue) -> Rc<LoadedProse> {
        LOADED.with_borrow_mut(|loaded| {
            if let Some(known) = loaded.iter().find(|l| l.lang == lang && l.kind == kind) {
                return known.clone();
            }
            let points = field(&file, "points");
            let new = Rc::new(LoadedProse {
                lang,
                kind,
                codes: texts(&points, "code").unwrap_or_default(),
                points,
                comparisons: field(&file, "comparisons"),
                landmarks: field(&file, "landmarks"),
                guide: field(&file, "guide"),
                conditions: field(&file, "conditions"),
                search: field(&file, "search"),
                index: OnceCell::new(),
            });
            loaded.push(new.clone());
            new
        })
    }

    /// A file of this language with what a widget that needs `need` reads, if the page has
    /// already read one.
    fn already(lang: Lang, need: ProseFileKind) -> Option<Rc<LoadedProse>> {
        LOADED.with_borrow(|loaded| loaded.iter().find(|l| l.lang == lang && l.kind.covers(need)).cloned())
    }

    /// The point's row of the columns; `None` if the file lacks the point.
    fn row(&self, point: &Point) -> Option<Row> {
        let at = self.codes.iter().position(|c| c == point.code)?;
        Some(Row { columns: self.points.clone(), at: at as u32 })
    }
}

/// One point's values in the file's columns.
struct Row {
    columns: JsValue,
    at: u32,
}

impl Row {
    fn get(&self, name: &str) -> JsValue {
        js_sys::Reflect::get_u32(&field(&self.columns, name), self.at).unwrap_or(JsValue::UNDEFINED)
    }
    /// The point's values of a field written as columns too (`crate::prose::NESTED_COLUMNS`).
    fn nested(&self, name: &str) -> Row {
        Row { columns: field(&self.columns, name), at: self.at }
    }
    fn text(&self, name: &str) -> Option<String> {
        self.get(name).as_string()
    }
    fn texts(&self, name: &str) -> Option<Vec<String>> {
        strings(&self.get(name))
    }
}

impl ProseSource for LoadedProse {
    fn lang(&self) -> Lang {
        self.lang
    }

    fn kind(&self) -> ProseFileKind {
        self.kind
    }

    /// `None` also if the point's prose is not of the expected shape.
    fn point(&self, point: &Point) -> Option<PointProse> {
        point_prose(&self.row(point)?)
    }

    fn recipes(&self, point: &Point) -> Vec<Recipe> {
        self.row(point).map(|row| recipes(&row.get("locate"))).unwrap_or_default()
    }

    fn tables(&self) -> Vec<(String, Table, Option<String>)> {
        let Some(tables) = self.comparisons.dyn_ref::<js_sys::Array>() else { return Vec::new() };
        tables.iter().filter_map(|t| comparison(&t)).map(|t| (t.id.clone(), t.lang.clone(), t)).map(|(id, lang, t)| (id, Table::from(t), lang)).collect()
    }

    fn condition_guide(&self, id: &str) -> Option<GuideProse> {
        let list = self.conditions.dyn_ref::<js_sys::Array>()?;
        list.iter().find(|g| text(g, "id").as_deref() == Some(id)).and_then(|g| guide_prose(&g))
    }

    fn index(&self) -> &ProseIndex {
        self.index.get_or_init(|| {
            let guides = self.conditions.dyn_ref::<js_sys::Array>().map(|list| list.iter().filter_map(|g| Some((text(&g, "id")?, text(&g, "title")?))).collect::<Vec<_>>());
            let has_counterpart = |p| self.row(p).is_some_and(|row| counterpart(&row).is_some());
            let words = pairs(&field(&self.search, "words"), JsValue::as_string);
            let most_used = pairs(&field(&self.search, "most_used"), strings);
            ProseIndex::new(|p| searched(&self.row(p)?), |p| placed(&self.row(p)?), has_counterpart, words, guides.unwrap_or_default(), most_used)
        })
    }

    fn most_used(&self, complaint: &str) -> Vec<String> {
        texts(&field(&self.search, "most_used"), complaint).unwrap_or_default()
    }
}

impl Words for LoadedProse {
    fn phrase(&self, key: &str) -> Option<String> {
        text(&field(&self.guide, "phrase"), key)
    }
    fn landmark(&self, key: &str) -> Option<String> {
        text(&self.landmarks, key)
    }
    fn plain_landmark(&self, key: &str) -> Option<String> {
        text(&field(&self.guide, "landmark_plain"), key)
    }
    fn hint(&self, key: &str) -> Option<String> {
        text(&field(&self.guide, "landmark_hint"), key)
    }
    fn measurement(&self, key: &str) -> Option<String> {
        text(&field(&self.guide, "measurement"), key)
    }
}

// Reading the parsed file: the shapes of `crate::prose`, field by field. (serde-wasm-bindgen
// would do the same with the types' derived `Deserialize`, for about 30 KB more wasm.)

fn field(object: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn text(object: &JsValue, name: &str) -> Option<String> {
    field(object, name).as_string()
}

fn texts(object: &JsValue, name: &str) -> Option<Vec<String>> {
    strings(&field(object, name))
}

fn strings(list: &JsValue) -> Option<Vec<String>> {
    list.dyn_ref::<js_sys::Array>()?.iter().map(|t| t.as_string()).collect()
}

/// An object's fields whose values `read` reads, as (name, value) pairs; none if it is not an
/// object (a file without search words).
fn pairs<T>(object: &JsValue, read: impl Fn(&JsValue) -> Option<T>) -> Vec<(String, T)> {
    let Some(object) = object.dyn_ref::<js_sys::Object>() else { return Vec::new() };
    let pair = |entry: JsValue| {
        let entry: js_sys::Array = entry.dyn_into().ok()?;
        Some((entry.get(0).as_string()?, read(&entry.get(1))?))
    };
    js_sys::Object::entries(object).iter().filter_map(pair).collect()
}

/// A point's searchable texts ([`crate::prose::SEARCHED`]), read without the rest of its prose.
fn searched(p: &Row) -> Option<Vec<String>> {
    if field(&p.columns, "actions").is_undefined() {
        // A patient page's file: what the point is used for, in plain words.
        return Some(p.nested("patient").text("uses").into_iter().collect());
    }
    let mut all = Vec::new();
    for path in crate::prose::SEARCHED {
        let (first, rest) = path.split_first()?;
        all.extend(strings(&rest.iter().fold(p.get(first), |o, name| field(&o, name))).unwrap_or_default());
    }
    Some(all)
}

/// A point's location texts ([`PointProse::places`]), read by the paths of
/// [`crate::prose::PLACED`] without the rest of its prose (`patient` is columns itself).
fn placed(p: &Row) -> Option<Vec<String>> {
    let text = |path: &&[&str]| match **path {
        [nested, name] if crate::prose::NESTED_COLUMNS.contains(&nested) => p.nested(nested).text(name),
        [name] => p.text(name),
        _ => None,
    };
    Some(crate::prose::PLACED.iter().filter_map(text).collect())
}

fn point_prose(p: &Row) -> Option<PointProse> {
    let w = p.nested("patient");
    Some(PointProse {
        lang: p.text("lang"),
        practitioner: practitioner_prose(p),
        alternative: p.text("alternative"),
        patient: PatientProse { location: w.text("location")?, uses: w.text("uses")?, cautions: w.texts("cautions")? },
        locate: recipes(&p.get("locate")),
        approximate: p.texts("approximate").unwrap_or_default(),
    })
}

/// The point's dry-needling counterpart, if it has one ([`PointProse::has_counterpart`]).
fn counterpart(p: &Row) -> Option<JsValue> {
    let dry = p.get("dry_needling");
    (!dry.is_null() && !dry.is_undefined()).then_some(dry)
}

/// `None` in a patient page's file (or if not of the expected shape), as serde reads the
/// flattened field.
fn practitioner_prose(p: &Row) -> Option<PractitionerProse> {
    let dry_needling = match counterpart(p) {
        Some(dry) => Some(DryNeedlingProse { muscles: texts(&dry, "muscles")?, note: text(&dry, "note")? }),
        None => None,
    };
    Some(PractitionerProse {
        location: p.text("location")?,
        needling: p.text("needling")?,
        actions: p.texts("actions")?,
        indications: p.texts("indications")?,
        categories: p.texts("categories")?,
        cautions: p.texts("cautions")?,
        dry_needling,
    })
}

fn guide_prose(g: &JsValue) -> Option<GuideProse> {
    let flags: js_sys::Array = field(g, "red_flags").dyn_into().ok()?;
    let red_flags = flags.iter().map(|f| Some(RedFlagProse { now: field(&f, "now").as_bool()?, text: text(&f, "text")? }));
    Some(GuideProse {
        id: text(g, "id")?,
        title: text(g, "title")?,
        summary: text(g, "summary")?,
        course: text(g, "course")?,
        first_visit: text(g, "first_visit")?,
        self_care: texts(g, "self_care")?,
        tui_na: text(g, "tui_na"),
        red_flags: red_flags.collect::<Option<_>>()?,
        evidence: texts(g, "evidence")?,
        sources: texts(g, "sources")?,
    })
}

/// A point's recipes (a recipe not of the expected shape is left out).
fn recipes(list: &JsValue) -> Vec<Recipe> {
    let Some(list) = list.dyn_ref::<js_sys::Array>() else { return Vec::new() };
    list.iter().filter_map(|r| recipe(&r)).collect()
}

fn recipe(r: &JsValue) -> Option<Recipe> {
    let number = |name: &str| field(r, name).as_f64().map(|n| n as f32);
    let between = texts(r, "between").and_then(|b| <[String; 2]>::try_from(b).ok());
    Some(Recipe {
        surfaces: texts(r, "surfaces")?.iter().map(|s| s.parse().ok()).collect::<Option<_>>()?,
        at: text(r, "at"),
        level: text(r, "level"),
        on: text(r, "on"),
        between,
        fraction: number("fraction"),
        from: text(r, "from"),
        toward: text(r, "toward"),
        cun: number("cun"),
        lateral: number("lateral").unwrap_or_default(),
        medial: number("medial").unwrap_or_default(),
        superior: number("superior").unwrap_or_default(),
        inferior: number("inferior").unwrap_or_default(),
        anterior: number("anterior").unwrap_or_default(),
        posterior: number("posterior").unwrap_or_default(),
        scale: text(r, "scale"),
        approximate: None,
    })
}

fn comparison(c: &JsValue) -> Option<ComparisonProse> {
    let rows: js_sys::Array = field(c, "rows").dyn_into().ok()?;
    let rows = rows.iter().map(|r| Some(ComparisonRowProse { aspect: text(&r, "aspect")?, cells: texts(&r, "cells")? }));
    Some(ComparisonProse {
        id: text(c, "id")?,
        lang: text(c, "lang"),
        title: text(c, "title")?,
        caption: text(c, "caption")?,
        columns: texts(c, "columns")?,
        rows: rows.collect::<Option<_>>()?,
        sources: texts(c, "sources")?,
    })
}

/// What the painted card shows of a point's prose ([`card_texts`]).
#[cfg(feature = "element")]
pub struct CardTexts {
    pub location: String,
    /// The text of each of the point's cautions, in its order (strings).
    pub cautions: js_sys::Array,
    /// The language the point's texts are in, if the file says (`PointProse::lang`).
    pub lang: Option<String>,
}

/// A point's location and caution texts in a prose file of the language `lang` as the browser
/// parsed it (a patient's when `patient`, else the practitioner's), read without the rest of
/// its prose or the file's other points: the painted card's (`element/paint.rs`), before the
/// live widget reads them. `None` if the file is of another language or lacks them.
#[cfg(feature = "element")]
pub fn card_texts(file: &JsValue, lang: Lang, code: &str, patient: bool) -> Option<CardTexts> {
    if text(file, "lang")? != lang.tag() {
        return None;
    }
    let points = field(file, "points");
    let at = field(&points, "code").dyn_into::<js_sys::Array>().ok()?.index_of(&JsValue::from_str(code), 0);
    let row = Row { columns: points, at: u32::try_from(at).ok()? };
    let lang = row.text("lang");
    let texts = if patient { row.nested("patient") } else { row };
    Some(CardTexts { location: texts.text("location")?, cautions: texts.get("cautions").dyn_into().ok()?, lang })
}

/// A prose file the page has read, for the element's `search()` and `getPoint()`, which work
/// without a mounted widget (their prose-reading versions come with the live widget's chunk:
/// `LiveCode` in `widget.rs`): the first whole file, else the first (a patient page's, whose
/// points have no practitioner's texts).
#[cfg(feature = "element")]
pub fn any_prose<T>(f: impl FnOnce(Option<&LoadedProse>) -> T) -> T {
    let first = LOADED.with_borrow(|loaded| loaded.iter().find(|l| l.kind == ProseFileKind::Whole).or(loaded.first()).cloned());
    f(first.as_deref())
}

/// Gives `state` the prose of `lang` that a widget needing `kind` reads: the page's copy if it
/// has one, else the file once element.js has it (a failure is passed on as its message). `url`
/// is where the whole file is, if not beside the entry script (the Leptos component's prop:
/// one file per language, read as the whole whatever `kind`).
pub fn fetch(state: WidgetState, lang: Lang, kind: ProseFileKind, url: Option<String>, retry: bool) {
    let kind = if url.is_some() { ProseFileKind::Whole } else { kind };
    if let Some(loaded) = LoadedProse::already(lang, kind) {
        state.prose_arrived(lang, Ok(loaded));
        return;
    }
    let patient = kind == ProseFileKind::Patient;
    let promise = load_prose(lang.tag(), patient, retry, url.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let file = match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(file) => Ok(LoadedProse::shared(lang, kind, file) as Rc<dyn ProseSource>),
            Err(why) => {
                // Another widget's retry that works brings this one back too (a page with
                // several widgets shows a notice in each; one retry is enough).
                let recovered = prose_recovered(lang.tag(), patient, url);
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(file) = wasm_bindgen_futures::JsFuture::from(recovered).await {
                        state.prose_arrived(lang, Ok(LoadedProse::shared(lang, kind, file)));
                    }
                });
                Err(why.as_string().unwrap_or_else(|| "unknown error".to_string()))
            }
        };
        state.prose_arrived(lang, file);
    });
}
