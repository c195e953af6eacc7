//! The `<acu-map>` custom element (the `element` feature): defined when the wasm starts, one
//! [`Widget`] per element, painted first and live once its chunk is in (see `mod.rs`).

use crate::contract::{Attribute, ErrorSource};
use crate::state::{Emitted, Host};
use crate::ui;
use super::host::{point_js, ElementHost};
use leptos::wasm_split::SplitLoaderError;
use super::paint::{self, FirstView};
use super::prose::any_prose;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

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
            JsValue::from(Widget::mount(host, root, json, error))
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
        crate::catalog::point(&code).map_or(JsValue::NULL, catalog_point_js)
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


/// A point as a plain object, with its prose if the page has read any.
fn catalog_point_js(point: &'static crate::model::Point) -> JsValue {
    any_prose(|prose| point_js(point, prose.and_then(|l| l.point(point)).as_ref()))
}

/// What the element asks of a live widget (its methods in element.js).
pub trait Live {
    /// An observed attribute changed (`value` is null when removed).
    fn attribute_changed(&self, name: &str, value: Option<String>);
    /// The host's content document changed: its JSON text, or why there is none to read.
    fn content_changed(&self, json: Option<String>, error: Option<String>);
    /// `element.select(code)`: the selected point as a plain object, or null if unknown.
    fn select(&self, code: &str) -> JsValue;
    /// `element.clear()`.
    fn clear(&self);
    /// Unmounts the view and frees every reactive node of the widget.
    fn unmount(self: Box<Self>);
}

/// Mounts a live widget into an element's shadow root, with its content's JSON text (or why
/// there is none to read).
type MountLive = fn(HtmlElement, ShadowRoot, Option<String>, Option<String>) -> Box<dyn Live>;

/// The chunk with the live widget: everything the painted map does not need.
#[leptos::wasm_split::wasm_split(live, wasm_split_path = ::leptos::wasm_split, fallible)]
fn live_widget() -> Result<MountLive, SplitLoaderError> {
    Ok(|host, root, json, error| Box::new(super::live::Mounted::mount(host, root, json.as_deref(), error.as_deref())))
}

thread_local! {
    /// The live widget's mount, once its chunk is in: later widgets mount live at once.
    static LIVE: Cell<Option<MountLive>> = const { Cell::new(None) };
}

/// What the page asked of a painted widget, done in order once it is live.
enum Call {
    Select(String),
    Clear,
}

/// A widget whose map is painted and whose live code is on its way.
struct Painted {
    host: HtmlElement,
    root: ShadowRoot,
    /// The content's JSON text, or why there is none to read, as last given.
    content: (Option<String>, Option<String>),
    /// The painted map (replaced when an attribute or the content changes meanwhile).
    painting: Option<Element>,
    calls: Vec<Call>,
    /// Keeps a click on a painted marker, to select the point once live; a click on the retry
    /// of a failed load asks for the chunk again.
    on_click: Closure<dyn Fn(web_sys::Event)>,
}

enum Stage {
    Painted(Painted),
    Live(Box<dyn Live>),
    Gone,
}

/// One `<acu-map>`'s widget, as element.js holds it.
#[wasm_bindgen]
pub struct Widget {
    stage: Rc<RefCell<Stage>>,
}

impl Widget {
    fn mount(host: HtmlElement, root: ShadowRoot, json: Option<String>, error: Option<String>) -> Widget {
        if let Some(mount) = LIVE.get() {
            return Widget { stage: Rc::new(RefCell::new(Stage::Live(mount(host, root, json, error)))) };
        }
        let stage = Rc::new(RefCell::new(Stage::Gone));
        let weak = Rc::downgrade(&stage);
        let on_click = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            let Some(stage) = weak.upgrade() else { return };
            let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
            if let Some(notice) = target.as_ref().and_then(|t| t.closest(".retry").ok().flatten()).and_then(|b| b.parent_element()) {
                notice.remove();
                go_live(&stage);
            } else if let Some(code) = target.and_then(|t| t.closest(".point").ok().flatten()).and_then(|m| m.get_attribute("data-code")) {
                if let Stage::Painted(painted) = &mut *stage.borrow_mut() {
                    painted.calls.push(Call::Select(code));
                }
            }
        });
        let mut painted = Painted { host, root, content: (json, error), painting: None, calls: Vec::new(), on_click };
        painted.repaint();
        *stage.borrow_mut() = Stage::Painted(painted);
        go_live(&stage);
        Widget { stage }
    }
}

impl Painted {
    /// Paints the map as the element's attributes and content now say.
    fn repaint(&mut self) {
        if let Some(old) = self.painting.take() {
            old.remove();
        }
        let first = FirstView::read(&self.host, self.content.0.as_deref());
        self.painting = paint::paint(&self.root, &first);
        if let Some(painting) = &self.painting {
            let _ = painting.add_event_listener_with_callback("click", self.on_click.as_ref().unchecked_ref());
        }
    }
}

/// Asks for the live widget's chunk, and mounts it in the painted widget's place when it is in.
/// If it cannot be loaded, the painted map stays with a notice and a retry, a console warning
/// and an `acu-error` event.
fn go_live(stage: &Rc<RefCell<Stage>>) {
    let weak = Rc::downgrade(stage);
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = live_widget().await;
        let Some(stage) = weak.upgrade() else { return };
        let mut stage = stage.borrow_mut();
        let Stage::Painted(painted) = &mut *stage else { return };
        match loaded {
            Ok(mount) => {
                LIVE.set(Some(mount));
                let (json, error) = painted.content.clone();
                let live = mount(painted.host.clone(), painted.root.clone(), json, error);
                if let Some(painting) = painted.painting.take() {
                    painting.remove();
                }
                for call in painted.calls.drain(..) {
                    match call {
                        Call::Select(code) => {
                            live.select(&code);
                        }
                        Call::Clear => live.clear(),
                    }
                }
                *stage = Stage::Live(live);
            }
            Err(error) => painted.failed(&error.to_string()),
        }
    });
}

impl Painted {
    /// The live widget's chunk could not be loaded: says so in the widget, with a retry.
    fn failed(&self, error: &str) {
        let lang = FirstView::read(&self.host, None).lang;
        let s = lang.ui();
        let text = crate::strings::fill(s.part_failed, &[("part", "live"), ("error", error)]);
        let host = ElementHost(self.host.clone());
        host.emit(Emitted::Error { source: ErrorSource::Chunk, value: "live".to_string(), message: text.clone() });
        let notices = self.painting.as_ref().and_then(|p| p.query_selector(".notices").ok().flatten());
        let Some(notices) = notices else { return };
        let document = self.root.owner_document();
        let (Some(p), Some(button)) = document.map_or((None, None), |d| (d.create_element("p").ok(), d.create_element("button").ok())) else { return };
        p.set_class_name("notice");
        let _ = p.set_attribute("role", "alert");
        let _ = p.set_attribute("data-testid", "notice");
        p.set_text_content(Some(&text));
        let _ = button.set_attribute("type", "button");
        button.set_class_name("another retry");
        button.set_text_content(Some(s.retry));
        let _ = p.append_child(&button);
        let _ = notices.append_child(&p);
    }
}

#[wasm_bindgen]
impl Widget {
    /// Called by the element when an observed attribute changes (`value` is null when removed).
    pub fn attribute_changed(&self, name: &str, value: Option<String>) {
        match &mut *self.stage.borrow_mut() {
            Stage::Live(live) => live.attribute_changed(name, value),
            // The live widget reads every attribute when it mounts.
            Stage::Painted(painted) => painted.repaint(),
            Stage::Gone => {}
        }
    }

    /// The host's content document changed (the `content` property or the child
    /// `<script type="application/json">`): its JSON text, or why there is none to read.
    pub fn content_changed(&self, json: Option<String>, error: Option<String>) {
        match &mut *self.stage.borrow_mut() {
            Stage::Live(live) => live.content_changed(json, error),
            Stage::Painted(painted) => {
                painted.content = (json, error);
                painted.repaint();
            }
            Stage::Gone => {}
        }
    }

    /// `element.select(code)`: the selected point as a plain object, or null if unknown.
    pub fn select(&self, code: &str) -> JsValue {
        match &mut *self.stage.borrow_mut() {
            Stage::Live(live) => live.select(code),
            Stage::Painted(painted) => {
                painted.calls.push(Call::Select(code.to_string()));
                let notation = FirstView::notation(&painted.host);
                crate::catalog::point_in(code, notation).map_or(JsValue::NULL, catalog_point_js)
            }
            Stage::Gone => JsValue::NULL,
        }
    }

    /// `element.clear()`: no point selected.
    pub fn clear(&self) {
        match &mut *self.stage.borrow_mut() {
            Stage::Live(live) => live.clear(),
            Stage::Painted(painted) => painted.calls.push(Call::Clear),
            Stage::Gone => {}
        }
    }

    /// Unmounts the view and frees every reactive node of this instance.
    pub fn unmount(self) {
        match std::mem::replace(&mut *self.stage.borrow_mut(), Stage::Gone) {
            Stage::Live(live) => live.unmount(),
            Stage::Painted(mut painted) => {
                if let Some(painting) = painted.painting.take() {
                    painting.remove();
                }
            }
            Stage::Gone => {}
        }
    }
}
