//! The widget's side of the prose files (`crate::prose`): element.js fetches a language's
//! file once per page (the entry script starts it before the wasm runs) and the browser's
//! `JSON.parse` reads it; here the parsed object is kept as it is, and only what is shown is
//! turned into Rust values (one point's prose for its card, the tables once, the search index
//! on the first search).

use super::WidgetState;
use crate::host_content::Table;
use crate::model::Point;
use crate::prose::{ComparisonProse, PointProse};
use crate::search::ProseIndex;
use crate::strings::Lang;
use std::cell::{OnceCell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

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
            let field = |name: &str| js_sys::Reflect::get(&file, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
            let new = Rc::new(LoadedProse {
                lang,
                points: field("points"),
                comparisons: field("comparisons"),
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
        let value = js_sys::Reflect::get(&self.points, &JsValue::from_str(point.code)).ok()?;
        serde_wasm_bindgen::from_value(value).ok()
    }

    /// The built-in comparison tables.
    pub fn tables(&self) -> Vec<(String, Table, Option<String>)> {
        let tables: Vec<ComparisonProse> = serde_wasm_bindgen::from_value(self.comparisons.clone()).unwrap_or_default();
        tables.into_iter().map(|t| (t.id.clone(), t.lang.clone(), t)).map(|(id, lang, t)| (id, Table::from(t), lang)).collect()
    }

    /// Every point's prose folded for search, made on the first search that needs it.
    pub fn index(&self) -> &ProseIndex {
        self.index.get_or_init(|| {
            let points: BTreeMap<String, PointProse> =
                serde_wasm_bindgen::from_value(self.points.clone()).unwrap_or_default();
            ProseIndex::new(|p| points.get(p.code))
        })
    }
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
        self.notices.update(|n| n.retain(|notice| notice.attribute != SOURCE));
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
                    state.report(SOURCE, lang.tag(), &text, true);
                    state.prose.try_set(ProseState::Failed)
                }
            };
        });
    }
}

/// The `source` of a prose failure in notices and `acu-error` events.
const SOURCE: &str = "prose";
