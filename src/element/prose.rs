//! The widget's side of the prose files (`crate::prose`): element.js fetches a language's
//! file once per page (the entry script starts it before the wasm runs) and the browser's
//! `JSON.parse` reads it; here the parsed object is kept as it is, and only what is shown is
//! turned into Rust values (one point's prose for its card, the tables once, the search index
//! on the first search).

use super::WidgetState;
use crate::contract::ErrorSource;
use crate::host_content::Table;
use crate::model::Point;
use crate::prose::{ComparisonProse, ComparisonRowProse, DryNeedlingProse, PatientProse, PointProse};
use crate::search::ProseIndex;
use crate::strings::Lang;
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/element.js")]
extern "C" {
    /// A promise of the language's prose object, shared by every instance on the page.
    #[wasm_bindgen(js_name = loadProse)]
    fn load_prose(lang: &str, retry: bool) -> js_sys::Promise;
}

/// Where the widget's prose is.
#[derive(Clone)]
pub enum ProseState {
    Loading,
    Ready(Rc<LoadedProse>),
    /// The file could not be had (the notice says why).
    Failed,
}

impl ProseState {
    /// The file, once it is there.
    pub fn loaded(&self) -> Option<&LoadedProse> {
        match self {
            ProseState::Ready(loaded) => Some(loaded),
            _ => None,
        }
    }
}

/// One language's prose file, as the browser parsed it.
pub struct LoadedProse {
    pub lang: Lang,
    points: JsValue,
    comparisons: JsValue,
    index: OnceCell<ProseIndex>,
}

thread_local! {
    /// The files already read on this page, one per language, shared by every instance.
    static LOADED: RefCell<Vec<Rc<LoadedProse>>> = const { RefCell::new(Vec::new()) };
}

impl LoadedProse {
    fn shared(lang: Lang, file: JsValue) -> Rc<LoadedProse> {
        LOADED.with_borrow_mut(|loaded| {
            if let Some(known) = loaded.iter().find(|l| l.lang == lang) {
                return known.clone();
            }
            let new = Rc::new(LoadedProse {
                lang,
                points: field(&file, "points"),
                comparisons: field(&file, "comparisons"),
                index: OnceCell::new(),
            });
            loaded.push(new.clone());
            new
        })
    }

    /// The file of this language if the page has already read it.
    pub fn already(lang: Lang) -> Option<Rc<LoadedProse>> {
        LOADED.with_borrow(|loaded| loaded.iter().find(|l| l.lang == lang).cloned())
    }

    /// The point's prose; `None` if the file lacks it or it is not of the expected shape.
    pub fn point(&self, point: &Point) -> Option<PointProse> {
        point_prose(&field(&self.points, point.code))
    }

    /// What the point's recipe measures from ([`PointProse::guide`]), read alone: the overlay
    /// needs nothing else of the point's prose.
    pub fn guide(&self, point: &Point) -> Vec<String> {
        texts(&field(&self.points, point.code), "guide").unwrap_or_default()
    }

    /// The built-in comparison tables: id, table, and the language of its text.
    pub fn tables(&self) -> Vec<(String, Table, Option<String>)> {
        let Some(tables) = self.comparisons.dyn_ref::<js_sys::Array>() else { return Vec::new() };
        tables.iter().filter_map(|t| comparison(&t)).map(|t| (t.id.clone(), t.lang.clone(), t)).map(|(id, lang, t)| (id, Table::from(t), lang)).collect()
    }

    /// Every point's prose folded for search, made on the first search that needs it.
    pub fn index(&self) -> &ProseIndex {
        self.index.get_or_init(|| ProseIndex::new(|p| self.point(p)))
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
    field(object, name).dyn_ref::<js_sys::Array>()?.iter().map(|t| t.as_string()).collect()
}

fn point_prose(p: &JsValue) -> Option<PointProse> {
    let dry = field(p, "dry_needling");
    let dry_needling = match dry.is_null() || dry.is_undefined() {
        true => None,
        false => Some(DryNeedlingProse { muscles: texts(&dry, "muscles")?, note: text(&dry, "note")? }),
    };
    Some(PointProse {
        lang: text(p, "lang"),
        location: text(p, "location")?,
        needling: text(p, "needling")?,
        actions: texts(p, "actions")?,
        indications: texts(p, "indications")?,
        categories: texts(p, "categories")?,
        cautions: texts(p, "cautions")?,
        dry_needling,
        alternative: text(p, "alternative"),
        patient: {
            let w = field(p, "patient");
            PatientProse { location: text(&w, "location")?, uses: text(&w, "uses")?, cautions: texts(&w, "cautions")? }
        },
        guide: texts(p, "guide").unwrap_or_default(),
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

/// The first prose file the page has read, for the element's `search()` and `getPoint()`,
/// which work without a mounted widget.
pub fn any_prose<T>(f: impl FnOnce(Option<&LoadedProse>) -> T) -> T {
    let first = LOADED.with_borrow(|loaded| loaded.first().cloned());
    f(first.as_deref())
}

impl WidgetState {
    /// Asks for the prose of the widget's language, unless it is already there; `retry` asks
    /// again after a failure. A failure is reported like unusable input (source `prose`).
    pub fn load_prose(&self, retry: bool) {
        let lang = self.lang.get_untracked();
        if let Some(loaded) = LoadedProse::already(lang) {
            self.prose.set(ProseState::Ready(loaded));
            return;
        }
        self.prose.set(ProseState::Loading);
        self.forget_notices(ErrorSource::Prose);
        let state = *self;
        let promise = load_prose(lang.tag(), retry);
        wasm_bindgen_futures::spawn_local(async move {
            let result = wasm_bindgen_futures::JsFuture::from(promise).await;
            // The widget may be gone, or in another language by now.
            if state.lang.try_get_untracked() != Some(lang) {
                return;
            }
            let _ = match result {
                Ok(file) => state.prose.try_set(ProseState::Ready(LoadedProse::shared(lang, file))),
                Err(why) => {
                    let why = why.as_string().unwrap_or_else(|| "unknown error".to_string());
                    let s = lang.ui();
                    let text = crate::strings::fill(s.prose_failed, &[("error", &why)]);
                    state.report(ErrorSource::Prose, lang.tag(), &text, true);
                    state.prose.try_set(ProseState::Failed)
                }
            };
        });
    }
}
