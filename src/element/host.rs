//! The page side of the store's [`Host`]: an `<acu-map>` element's events, attributes and
//! language, and the JS values its events and methods hand out.

use super::prose;
use crate::contract::{AcuEvent, Attribute};
use crate::model::Point;
use crate::prose::{PointProse, ProseFileKind};
use crate::state::{Emitted, Host, QuizReport, WidgetState};
use crate::strings::Lang;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

#[wasm_bindgen(module = "/src/element.js")]
extern "C" {
    /// The nearest `lang` above an element, through the shadow roots it sits in.
    #[wasm_bindgen(js_name = pageLang)]
    fn page_lang_of(element: &HtmlElement) -> Option<String>;
}

/// One element, as its widget's host.
pub struct ElementHost(pub HtmlElement);

impl Host for ElementHost {
    fn emit(&self, event: Emitted) {
        let (name, detail) = match &event {
            Emitted::Select(point, prose) => (AcuEvent::Select, point_js(point, prose.as_ref())),
            Emitted::ViewChange(view) => (AcuEvent::ViewChange, plain_object(&[("view", view.key())])),
            Emitted::Error { source, value, message } => {
                web_sys::console::warn_1(&JsValue::from_str(&format!("<acu-map>: {message}")));
                (AcuEvent::Error, plain_object(&[("source", source.name()), ("value", value), ("message", message)]))
            }
            Emitted::Quiz(report) => (AcuEvent::Quiz, quiz_js(report)),
        };
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict(name.name(), &init) {
            let _ = self.0.dispatch_event(&event);
        }
    }

    fn attribute(&self, attribute: Attribute) -> Option<String> {
        self.0.get_attribute(attribute.name())
    }

    fn page_lang(&self) -> Option<String> {
        page_lang_of(&self.0)
    }

    fn load_prose(&self, state: WidgetState, lang: Lang, kind: ProseFileKind, retry: bool) {
        prose::fetch(state, lang, kind, None, retry);
    }

    fn random(&self) -> f64 {
        js_sys::Math::random()
    }

    fn location_hash(&self) -> String {
        web_sys::window().and_then(|w| w.location().hash().ok()).map(|h| h.trim_start_matches('#').to_string()).unwrap_or_default()
    }

    fn set_location_hash(&self, hash: &str, push: bool) {
        let Some(window) = web_sys::window() else { return };
        let Ok(history) = window.history() else { return };
        // The page's own address with the new hash, not `#…` alone: the browser reads a
        // relative address against the page's `<base href>`, and on a site that has one (every
        // Angular app's `<base href="/">`) `#…` alone would name the site's root, not this page.
        let Ok(href) = window.location().href() else { return };
        let url = format!("{}#{hash}", href.split_once('#').map_or(href.as_str(), |(page, _)| page));
        // The entry keeps the page's state: a site's router keeps its own there (its place in
        // the history, its scroll), and finds it again on back and forward.
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = if push { history.push_state_with_url(&state, "", Some(&url)) } else { history.replace_state_with_url(&state, "", Some(&url)) };
    }

    fn id(&self) -> Option<String> {
        Some(self.0.id())
    }

    fn show_anchor(&self, id: &str) {
        let Some(window) = web_sys::window() else { return };
        if window.scroll_y().unwrap_or(0.0) > 0.0 {
            return;
        }
        if let Some(anchor) = window.document().and_then(|d| d.get_element_by_id(id)) {
            anchor.scroll_into_view();
        }
    }
}

/// A plain JS object of string fields.
fn plain_object(fields: &[(&str, &str)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object.into()
}

/// The point as a plain JS object (the `acu-select` detail, `select()`, `getPoint()`), with
/// the prose of `prose` if it is there.
pub fn point_js(point: &'static Point, prose: Option<&PointProse>) -> JsValue {
    to_js(&crate::export::point(point, prose))
}

/// A plain JS value (objects, arrays, strings, numbers, null) from exported data.
fn to_js(value: &crate::export::Value) -> JsValue {
    use crate::export::Value;
    match value {
        Value::Null => JsValue::NULL,
        Value::Number(n) => JsValue::from_f64(*n),
        Value::Text(t) => JsValue::from_str(t),
        Value::Owned(t) => JsValue::from_str(t),
        Value::List(items) => items.iter().map(to_js).collect::<js_sys::Array>().into(),
        Value::Object(fields) => {
            let object = js_sys::Object::new();
            for (key, value) in fields {
                let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &to_js(value));
            }
            object.into()
        }
    }
}

/// An `acu-quiz` event's detail (`contract::AcuEvent::Quiz`): distances in B-cun to a hundredth.
fn quiz_js(report: &QuizReport) -> JsValue {
    let object = js_sys::Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
    };
    let hundredths = |x: f32| JsValue::from_f64((f64::from(x) * 100.0).round() / 100.0);
    match report {
        QuizReport::Answer { point, kind, distance, found, question, of } => {
            set("type", "answer".into());
            set("kind", kind.key().into());
            set("point", point.code.into());
            set("distance", hundredths(*distance));
            set("found", (*found).into());
            set("question", (*question as u32).into());
            set("of", (*of as u32).into());
        }
        QuizReport::Round { kind, score } => {
            set("type", "round".into());
            set("kind", kind.key().into());
            set("score", hundredths(score.share()));
            set("median", hundredths(score.median));
            set("missed", score.missed.iter().map(|p| JsValue::from_str(p.code)).collect::<js_sys::Array>().into());
        }
    }
    object.into()
}
