//! The live widget: one `<acu-map>`'s store and its Leptos UI, mounted into its shadow root.
//! This module and everything only it uses (the store, the components, the renderer) is in a
//! chunk of its own, loaded while the map painted by `paint.rs` is already on screen.

use super::host::{point_js, ElementHost};
use super::json;
use crate::contract::Attribute;
use crate::host_content::{JsonKind, Unreadable};
use crate::state::ContentRead;
use crate::ui;
use leptos::prelude::{Set, Update};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

#[wasm_bindgen(module = "/src/element.js")]
extern "C" {
    /// Adds the live widget's stylesheet to a shadow root, after the painted view's.
    #[wasm_bindgen(js_name = adoptLiveStyles)]
    fn adopt_live_styles(root: &ShadowRoot, css: &str);
}

/// What the element asks of a live widget (its methods in element.js). The main module's
/// widget (`widget.rs`) holds one as a `dyn Live` made by the chunk's mount, so it reaches the
/// chunk's code only through these methods.
pub trait Live {
    /// An observed attribute changed (`value` is null when removed).
    fn attribute_changed(&self, name: &str, value: Option<String>);
    /// The host's content document changed: its JSON text, or why there is none to read.
    fn content_changed(&self, json: Option<String>, error: Option<String>);
    /// `element.select(code)`: the selected point as a plain object, or null if unknown.
    fn select(&self, code: &str) -> JsValue;
    /// The reader tapped this point's marker on the painted map: as a tap on the live one.
    fn pick(&self, point: &'static crate::model::Point);
    /// `element.clear()`.
    fn clear(&self);
    /// `element.print()`: whether there is a handout to print (if not, the widget says so).
    fn print(&self) -> bool;
    /// Unmounts the view and frees every reactive node of the widget (once); returns what the
    /// reader did, kept while the element is out of the page ([`WidgetState::kept`]).
    ///
    /// [`WidgetState::kept`]: crate::state::WidgetState::kept
    fn unmount(&self) -> JsValue;
}

/// One mounted `<acu-map>`: its reactive state and the mounted view, and its listener on the
/// page's window for back and forward (`popstate`: with `link` the hash is read again).
pub struct Mounted(ui::Mounted, Vec<(&'static str, Closure<dyn FnMut()>)>);

impl Mounted {
    /// Mounts a widget with its attributes and its host content (`json`, or the `error` that
    /// kept it from being read) already applied, then what the reader did before the element
    /// was taken out of the page (`kept`); built hidden, and shown when `shown` is called
    /// (`ui::Mounted::new`).
    pub fn mount(host: HtmlElement, root: ShadowRoot, json: Option<&str>, error: Option<&str>, kept: &JsValue, shown: Box<dyn FnOnce()>) -> Mounted {
        // (An array of strings, from `unmount`, else nothing.)
        let kept: Option<Vec<String>> = kept.is_array().then(|| kept.unchecked_ref::<js_sys::Array>().iter().map(|v| v.as_string().unwrap_or_default()).collect());
        adopt_live_styles(&root, ui::live_stylesheet());
        let mounted = ui::Mounted::new(&root, Rc::new(ElementHost(host.clone())), |state| {
            for attribute in Attribute::ALL {
                // Without its own `lang` the widget still reads the page's.
                if let Some(value) = host.get_attribute(attribute.name()).or((attribute == Attribute::Lang).then(String::new)) {
                    state.apply_attribute(attribute, Some(&value));
                }
            }
            state.set_content(read_content(json, error));
            if let Some(kept) = &kept {
                state.restore(kept);
            }
            // The live map is built hidden: it takes the size of the painted one it replaces, so
            // that its marks are drawn at their size from the first.
            if let Some(svg) = root.query_selector(".painted .map-frame > svg").ok().flatten() {
                state.viewport.update(|v| v.screen = ui::size_on_screen(&svg));
            }
        }, Some(shown));
        let (state, owner) = (mounted.state, mounted.owner.clone());
        let on = |f: fn(&crate::state::WidgetState)| {
            let owner = owner.clone();
            Closure::<dyn FnMut()>::new(move || owner.with(|| f(&state)))
        };
        let listeners = vec![
            ("popstate", on(|s| s.read_link(true))),
        ];
        if let Some(window) = web_sys::window() {
            for (event, listener) in &listeners {
                let _ = window.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
            }
        }
        Mounted(mounted, listeners)
    }
}

impl Live for Mounted {
    /// Called by the element when an observed attribute changes (`value` is null when removed).
    fn attribute_changed(&self, name: &str, value: Option<String>) {
        if let Some(attribute) = Attribute::from_name(name) {
            self.0.owner.with(|| self.0.state.apply_attribute(attribute, value.as_deref()));
        }
    }

    /// The host's content document changed (the `content` property or the child
    /// `<script type="application/json">`): its JSON text, or why there is none to read.
    fn content_changed(&self, json: Option<String>, error: Option<String>) {
        self.0.owner.with(|| self.0.state.set_content(read_content(json.as_deref(), error.as_deref())));
    }

    /// `element.select(code)`: the selected point as a plain object, or null if unknown.
    fn select(&self, code: &str) -> JsValue {
        let point = self.0.owner.with(|| self.0.state.select_code(code));
        point.map_or(JsValue::NULL, |p| point_js(p, self.0.state.point_prose(p).as_ref()))
    }

    /// A marker tapped on the painted map: the point chosen as a tap on the live map chooses it,
    /// its answer shown in study mode (the painted card showed it).
    fn pick(&self, point: &'static crate::model::Point) {
        let state = &self.0.state;
        self.0.owner.with(|| {
            state.pick_on_map(point);
            state.revealed.set(true);
        });
    }

    /// `element.clear()`: no point selected.
    fn clear(&self) {
        self.0.state.selected.set(None);
    }

    fn print(&self) -> bool {
        self.0.owner.with(|| ui::print_asked(self.0.state))
    }

    /// Unmounts the view and frees every reactive node of this instance; returns what the
    /// reader did.
    fn unmount(&self) -> JsValue {
        let kept: js_sys::Array = self.0.state.kept().into_iter().map(JsValue::from).collect();
        if let Some(window) = web_sys::window() {
            for (event, listener) in &self.1 {
                let _ = window.remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
            }
        }
        self.0.unmount();
        kept.into()
    }
}

/// The host's content document as element.js gave it (its JSON text, or why there was none to
/// read), parsed by the browser: what [`WidgetState::set_content`] takes.
fn read_content(json: Option<&str>, error: Option<&str>) -> Option<ContentRead> {
    let value = || json.unwrap_or_default().to_string();
    match (json, error) {
        // What element.js could not make JSON of: a function or a symbol (its `typeof`), said
        // in the reader's language; else (a cycle, a BigInt) the browser's words.
        (_, Some(why)) => {
            let unreadable = JsonKind::of_script_type(why).map_or_else(|| Unreadable::NotJson(why.to_string()), Unreadable::NotAnObject);
            Some(Err((unreadable, value())))
        }
        (None, None) => None,
        (Some(text), None) => Some(json::parse(text).map_err(|why| (why, text.to_string()))),
    }
}
