//! The glue between the `<acu-map>` custom element (`element.js`) and the Leptos UI: one
//! [`Widget`] per element, mounted into its shadow root when it is connected and freed when
//! it is removed. The only part of the crate that touches the DOM's events and
//! `wasm_bindgen`: the element's host side of the store ([`host`]), the prose files as the
//! browser parsed them ([`prose`]) and the host content's JSON ([`json`]).

mod host;
mod json;
mod prose;

use crate::contract::Attribute;
use crate::state::{ContentRead, WidgetState};
use crate::ui;
use host::{point_js, ElementHost};
use prose::any_prose;
use std::rc::Rc;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

#[wasm_bindgen(module = "/src/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineAcuMap)]
    fn define_acu_map(
        tag: &str,
        observed_attributes: Vec<JsValue>,
        css: &str,
        mount: &Closure<dyn Fn(HtmlElement, ShadowRoot, Option<String>, Option<String>) -> JsValue>,
        catalog: &js_sys::Object,
    );
}

#[wasm_bindgen(start)]
fn start() {
    let mount = Closure::<dyn Fn(HtmlElement, ShadowRoot, Option<String>, Option<String>) -> JsValue>::new(
        |host, root, json: Option<String>, error: Option<String>| {
            JsValue::from(Widget::mount(host, root, json.as_deref(), error.as_deref()))
        },
    );
    // The element's catalog queries, which need no mounted widget.
    // Without a mounted widget, the prose is that of the first language the page has read.
    let search = Closure::<dyn Fn(String) -> JsValue>::new(|query: String| {
        any_prose(|prose| {
            crate::search::search_with(&query, || prose.map(|p| p.index()))
                .into_iter()
                .map(|p| point_js(p, prose.and_then(|l| l.point(p)).as_ref()))
                .collect::<js_sys::Array>()
                .into()
        })
    });
    let get_point = Closure::<dyn Fn(String) -> JsValue>::new(|code: String| {
        any_prose(|prose| {
            crate::catalog::point(&code).map_or(JsValue::NULL, |p| point_js(p, prose.and_then(|l| l.point(p)).as_ref()))
        })
    });
    let catalog = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&catalog, &"search".into(), search.as_ref());
    let _ = js_sys::Reflect::set(&catalog, &"getPoint".into(), get_point.as_ref());
    // The element observes every attribute of the contract; changing one updates the widget.
    // (`theme` is styling only, read by the stylesheet's `:host([theme=…])`, but observed so the
    // element has the matching property. `lang` is HTML's own, so its property is HTML's too.)
    let observed = Attribute::ALL.iter().map(|a| JsValue::from_str(a.name())).collect();
    define_acu_map("acu-map", observed, &ui::stylesheet(), &mount, &catalog);
    // The element class keeps calling these for every instance, for the page's lifetime.
    mount.forget();
    search.forget();
    get_point.forget();
}

/// One mounted `<acu-map>`: its reactive state and the mounted view.
#[wasm_bindgen]
pub struct Widget {
    owner: Owner,
    state: WidgetState,
    unmount: Option<Box<dyn FnOnce()>>,
}

impl Widget {
    /// Mounts a widget with its attributes and its host content (`json`, or the `error` that
    /// kept it from being read) already applied.
    fn mount(host: HtmlElement, root: ShadowRoot, json: Option<&str>, error: Option<&str>) -> Widget {
        let owner = Owner::new();
        let (state, unmount) = owner.with(|| {
            let state = WidgetState::new(Rc::new(ElementHost(host.clone())));
            for attribute in Attribute::ALL {
                // Without its own `lang` the widget still reads the page's.
                if let Some(value) = host.get_attribute(attribute.name()).or((attribute == Attribute::Lang).then(String::new)) {
                    state.apply_attribute(attribute, Some(&value));
                }
            }
            state.set_content(read_content(json, error));
            let container: HtmlElement = document()
                .create_element("div")
                .expect("a div can always be created")
                .unchecked_into();
            container.set_class_name("acu-mount");
            let _ = root.append_child(&container);
            let handle = mount_to(container.clone(), move || ui::App(ui::AppProps { state }));
            let unmount: Box<dyn FnOnce()> = Box::new(move || {
                drop(handle);
                container.remove();
            });
            (state, unmount)
        });
        Widget { owner, state, unmount: Some(unmount) }
    }
}

#[wasm_bindgen]
impl Widget {
    /// Called by the element when an observed attribute changes (`value` is null when removed).
    pub fn attribute_changed(&self, name: &str, value: Option<String>) {
        if let Some(attribute) = Attribute::from_name(name) {
            self.owner.with(|| self.state.apply_attribute(attribute, value.as_deref()));
        }
    }

    /// The host's content document changed (the `content` property or the child
    /// `<script type="application/json">`): its JSON text, or why there is none to read.
    pub fn content_changed(&self, json: Option<String>, error: Option<String>) {
        self.owner.with(|| self.state.set_content(read_content(json.as_deref(), error.as_deref())));
    }

    /// `element.select(code)`: the selected point as a plain object, or null if unknown.
    pub fn select(&self, code: &str) -> JsValue {
        let point = self.owner.with(|| self.state.select_code(code));
        point.map_or(JsValue::NULL, |p| point_js(p, self.state.point_prose(p).as_ref()))
    }

    /// `element.clear()`: no point selected.
    pub fn clear(&self) {
        self.state.selected.set(None);
    }

    /// Unmounts the view and frees every reactive node of this instance.
    pub fn unmount(mut self) {
        if let Some(unmount) = self.unmount.take() {
            unmount();
        }
        self.owner.cleanup();
    }
}

/// The host's content document as element.js gave it (its JSON text, or why there was none to
/// read), parsed by the browser: what [`WidgetState::set_content`] takes.
fn read_content(json: Option<&str>, error: Option<&str>) -> Option<ContentRead> {
    let value = || json.unwrap_or_default().to_string();
    match (json, error) {
        (_, Some(why)) => Some(Err((why.to_string(), value()))),
        (None, None) => None,
        (Some(text), None) => Some(json::parse(text).map_err(|why| (why, text.to_string()))),
    }
}
