//! The `<acu-map>` custom element (the `element` feature): defined when the wasm starts, one
//! [`Widget`] per element, painted first and live once its chunk is in (see `mod.rs`).

use crate::contract::{Attribute, ErrorSource};
use crate::figure::View;
use crate::state::{kept, Emitted, Host, ProseSource};
use crate::ui;
use super::host::{point_js, ElementHost};
use super::live::Live;
use leptos::wasm_split::SplitLoaderError;
use super::paint::{self, CardPoint, Chosen, FirstView};
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
        properties: Vec<JsValue>,
        css: &str,
        mount: &Closure<dyn Fn(HtmlElement, ShadowRoot, Option<String>, Option<String>, bool, JsValue) -> JsValue>,
        catalog: &js_sys::Object,
    );
}

#[wasm_bindgen(start)]
fn start() {
    let mount = Closure::<dyn Fn(HtmlElement, ShadowRoot, Option<String>, Option<String>, bool, JsValue) -> JsValue>::new(
        |host, root, json: Option<String>, error: Option<String>, lazy: bool, kept: JsValue| {
            JsValue::from(Widget::mount(host, root, json, error, lazy, kept))
        },
    );
    // The element's catalog queries, which need no mounted widget: with the prose the page
    // has read once the live widget's code is in (`LiveCode`), else without.
    let search = Closure::<dyn Fn(String) -> JsValue>::new(|query: String| match LIVE.get() {
        Some(live) => (live.search)(&query),
        None => crate::search::search_built_in(&query).into_iter().map(|p| point_js(p, None)).collect::<js_sys::Array>().into(),
    });
    // `getPoint(code)` reads any code in WHO's notation; `select()` before the element is in
    // the page reads it in the element's `notation`.
    let get_point = Closure::<dyn Fn(String, Option<String>) -> JsValue>::new(|code: String, notation: Option<String>| {
        let notation = notation.and_then(|n| crate::attributes::notation(&n)).unwrap_or_default();
        crate::catalog::point_in(&code, notation).map_or(JsValue::NULL, catalog_point_js)
    });
    let catalog = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&catalog, &"search".into(), search.as_ref());
    let _ = js_sys::Reflect::set(&catalog, &"getPoint".into(), get_point.as_ref());
    // The element observes every attribute of the contract; changing one updates the widget.
    // (`theme` is styling only, read by the stylesheet's `:host([theme=…])`, but observed so the
    // element has the matching property. `lang` is HTML's own, so its property is HTML's too.)
    // Each is also a property, named in camel case (`heading-level`, `headingLevel`).
    let observed = Attribute::ALL.iter().map(|a| JsValue::from_str(a.name())).collect();
    let properties = Attribute::ALL.iter().map(|a| JsValue::from_str(&a.property())).collect();
    define_acu_map("acu-map", observed, properties, ui::stylesheet(), &mount, &catalog);
    // The element class keeps calling these for every instance, for the page's lifetime.
    mount.forget();
    search.forget();
    get_point.forget();
}

/// A point as a plain object, with its prose if the page has read any.
fn catalog_point_js(point: &'static crate::model::Point) -> JsValue {
    LIVE.get().map_or_else(|| point_js(point, None), |live| (live.point)(point))
}

/// Mounts a live widget into an element's shadow root, with its content's JSON text (or why
/// there is none to read) and what the reader did before the element was taken out of the
/// page; it is built hidden, a part at a time, and shown in a later task, when the last
/// argument is called (`ui::Mounted::new`).
type MountLive = fn(HtmlElement, ShadowRoot, Option<String>, Option<String>, JsValue, Box<dyn FnOnce()>) -> Box<dyn Live>;

/// What the live widget's chunk brings: its mount, and the element's `search()` and
/// `getPoint()` with the prose the page has read, the first language's. Only the live widget
/// reads prose files, so before its chunk is in there is none, and the main module holds no
/// prose reader.
#[derive(Clone, Copy)]
struct LiveCode {
    mount: MountLive,
    search: fn(&str) -> JsValue,
    point: fn(&'static crate::model::Point) -> JsValue,
}

/// The chunk with the live widget: everything the painted map does not need.
#[leptos::wasm_split::wasm_split(live, wasm_split_path = ::leptos::wasm_split, fallible)]
fn live_widget() -> Result<LiveCode, SplitLoaderError> {
    Ok(LiveCode {
        mount: |host, root, json, error, kept, shown| Box::new(super::live::Mounted::mount(host, root, json.as_deref(), error.as_deref(), &kept, shown)),
        search: |query| {
            any_prose(|prose| {
                crate::search::search_with(query, || prose.map(|p| p.index()))
                    .into_iter()
                    .map(|p| point_js(p, prose.and_then(|l| l.point(p)).as_ref()))
                    .collect::<js_sys::Array>()
                    .into()
            })
        },
        point: |point| any_prose(|prose| point_js(point, prose.and_then(|l| l.point(point)).as_ref())),
    })
}

thread_local! {
    /// The live widget's code, once its chunk is in: the element's queries read prose with it.
    static LIVE: Cell<Option<LiveCode>> = const { Cell::new(None) };
}

/// What the page and the reader did before the widget was live, done in order once it is: a
/// tap on a marker, a selection or a clear while painted, and a `selected` set after them (the
/// live widget reads the attributes and the content as they are when it mounts), a `print()`
/// (its handout is the live widget's), and anything while it mounts (a page's listener of an
/// event the mount fires may call the element back).
enum Call {
    Attribute(String, Option<String>),
    Content(Option<String>, Option<String>),
    Pick(&'static crate::model::Point),
    Select(String),
    Clear,
    /// `print()`, with element.js's function that prints.
    Print(js_sys::Function),
}

/// A widget whose map is painted and whose live code is on its way.
struct Painted {
    host: HtmlElement,
    root: ShadowRoot,
    /// The content's JSON text, or why there is none to read, as last given.
    content: (Option<String>, Option<String>),
    /// The point the reader or the page chose meanwhile, shown at once.
    chosen: Option<Chosen>,
    /// The point the reader last tapped meanwhile, whose peek the map then shows.
    tapped: Option<&'static crate::model::Point>,
    /// The painted map (replaced when an attribute or the content changes meanwhile).
    painting: Option<Element>,
    /// What it shows, as last painted.
    shown: Option<FirstView>,
    /// The point its card opens on, whose texts it shows if their prose file is in first.
    card: Option<CardPoint>,
    /// That prose file, once in (`fill_card`): a card painted again is filled from it.
    prose: Option<JsValue>,
    /// What the reader did before the element was taken out of the page, for the live widget
    /// to open on: [`Widget::unmount`]'s strings, else undefined.
    kept: JsValue,
    calls: Vec<Call>,
    /// Shows a click on a painted marker at once, and keeps it for the live widget; a click on
    /// the retry of a failed load asks for the chunk again, one on the peek's button scrolls to
    /// the card.
    on_click: Closure<dyn Fn(web_sys::Event)>,
}

enum Stage {
    Painted(Painted),
    /// The live widget is being built, hidden, with the painted map on screen: what the page
    /// and the reader do meanwhile is kept in its `calls`, every kind. (The live widget is
    /// `None` while the mount's own task runs.)
    Mounting(Painted, Option<Rc<dyn Live>>),
    Live(Rc<dyn Live>),
    Gone,
}

/// One `<acu-map>`'s widget, as element.js holds it.
#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    stage: Rc<RefCell<Stage>>,
}

impl Widget {
    /// Paints the map, and mounts the live widget in its place once its code is in (at once
    /// when an earlier widget has brought it: the map stays on screen while the live widget is
    /// built). A `lazy` widget (`loading="lazy"`) asks for that code only when the element
    /// calls [`Widget::go_live`]. A widget put back in the page opens where the reader left it
    /// (`kept`: [`Widget::unmount`]).
    fn mount(host: HtmlElement, root: ShadowRoot, json: Option<String>, error: Option<String>, lazy: bool, kept: JsValue) -> Widget {
        let stage = Rc::new(RefCell::new(Stage::Gone));
        let weak = Rc::downgrade(&stage);
        let on_click = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            let Some(stage) = weak.upgrade() else { return };
            let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
            let closest = |selector: &str| target.as_ref().and_then(|t| t.closest(selector).ok().flatten());
            if let Some(notice) = closest(".retry").and_then(|b| b.parent_element()) {
                notice.remove();
                go_live(&stage);
            } else if let Some(button) = closest(".to-card") {
                // The peek's button brings the card's title into sight (the live one focuses it
                // too; nothing painted takes the focus).
                if let Some(title) = button.closest(".acu").ok().flatten().and_then(|acu| acu.query_selector(".card .title").ok().flatten()) {
                    title.scroll_into_view();
                }
            } else if let Some(point) = closest(".point").and_then(|m| m.get_attribute("data-code")).and_then(|code| crate::catalog::point(&code)) {
                keep(&stage, Call::Pick(point), |painted| {
                    painted.tapped = Some(point);
                    painted.show(Some(point));
                    true
                });
            }
        });
        let content = (json, error);
        let kept_at = |at: usize| kept.is_array().then(|| kept.unchecked_ref::<js_sys::Array>().get(at as u32).as_string()).flatten();
        let place = kept_at(kept::POINT).zip(kept_at(kept::VIEW)).and_then(|(code, view)| kept::place(&code, &view));
        let chosen = place.map(|(point, view)| Chosen { point, view });
        let mut painted = Painted { host: host.clone(), root, content, chosen, tapped: None, painting: None, shown: None, card: None, prose: None, kept, calls: Vec::new(), on_click };
        painted.repaint();
        *stage.borrow_mut() = Stage::Painted(painted);
        if !lazy {
            go_live(&stage);
        }
        Widget { host, stage }
    }
}

impl Painted {
    /// Paints the map as the element's attributes and content now say, with the point chosen
    /// meanwhile, and its card's texts if their prose file is in.
    fn repaint(&mut self) {
        let first = FirstView::read(&self.host, self.content.0.as_deref(), self.chosen, self.tapped);
        // Only the point differs (a click on a marker): its selection moved, not all repainted.
        let moved = matches!((&self.painting, &self.shown), (Some(painting), Some(before)) if paint::reselect(painting, before, &first));
        if !moved {
            if let Some(old) = self.painting.take() {
                old.remove();
            }
            self.painting = paint::paint(&self.root, &first);
            if let Some(painting) = &self.painting {
                let _ = painting.add_event_listener_with_callback("click", self.on_click.as_ref().unchecked_ref());
            }
        }
        self.card = first.card();
        self.shown = Some(first);
        if let (Some(painting), Some(card), Some(file)) = (&self.painting, self.card, &self.prose) {
            paint::fill_card(painting, card, file);
        }
    }

    /// The point with this code (as the element reads codes) is chosen: shown at once, before
    /// the live widget does it again. An unknown code changes nothing here (the live widget
    /// reports it).
    fn choose(&mut self, code: &str) {
        if let Some(point) = crate::catalog::point_in(code, FirstView::notation(&self.host)) {
            self.show(Some(point));
        }
    }

    /// Painted again with `point` selected, or none (a clear).
    fn show(&mut self, point: Option<&'static crate::model::Point>) {
        let view = self.shown.as_ref().map_or(View::default(), |shown| shown.view);
        self.chosen = Some(Chosen::on(point, view));
        self.repaint();
    }
}

/// Asks for the live widget's chunk, and mounts it in the painted widget's place when it is in.
/// If it cannot be loaded, the painted map stays with a notice and a retry, a console warning
/// and an `acu-error` event.
///
/// No borrow of the stage is held while the live widget mounts or does the calls made
/// meanwhile: both fire events, and a page's listener may call the element back.
fn go_live(stage: &Rc<RefCell<Stage>>) {
    let weak = Rc::downgrade(stage);
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = live_widget().await;
        let Some(stage) = weak.upgrade() else { return };
        let code = match loaded {
            Ok(code) => code,
            Err(error) => return failed(&stage, &error.to_string()),
        };
        LIVE.set(Some(code));
        let painted = match std::mem::replace(&mut *stage.borrow_mut(), Stage::Gone) {
            Stage::Painted(painted) => painted,
            other => {
                *stage.borrow_mut() = other;
                return;
            }
        };
        let (host, root, (json, error)) = (painted.host.clone(), painted.root.clone(), painted.content.clone());
        let kept = painted.kept.clone();
        *stage.borrow_mut() = Stage::Mounting(painted, None);
        let weak = Rc::downgrade(&stage);
        let shown = Box::new(move || {
            if let Some(stage) = weak.upgrade() {
                shown(&stage);
            }
        });
        let live: Rc<dyn Live> = Rc::from((code.mount)(host, root, json, error, kept, shown));
        let removed = match &mut *stage.borrow_mut() {
            Stage::Mounting(_, mounted) => {
                *mounted = Some(live);
                None
            }
            // Removed from the page while it mounted.
            _ => Some(live),
        };
        if let Some(live) = removed {
            live.unmount();
        }
    });
}

/// The live widget is built: it takes the painted map's place, and does what the page and the
/// reader asked meanwhile, in order.
fn shown(stage: &RefCell<Stage>) {
    let (painted, live) = match std::mem::replace(&mut *stage.borrow_mut(), Stage::Gone) {
        Stage::Mounting(painted, Some(live)) => (painted, live),
        other => {
            *stage.borrow_mut() = other;
            return;
        }
    };
    if let Some(painting) = &painted.painting {
        painting.remove();
    }
    *stage.borrow_mut() = Stage::Live(live.clone());
    for call in painted.calls {
        match call {
            Call::Attribute(name, value) => live.attribute_changed(&name, value),
            Call::Content(json, error) => live.content_changed(json, error),
            Call::Pick(point) => live.pick(point),
            Call::Select(code) => {
                live.select(&code);
            }
            Call::Clear => live.clear(),
            Call::Print(print) => print_if_ready(&*live, &print),
        }
    }
}

/// Calls `print` if the live widget has a handout to print (else it says so).
fn print_if_ready(live: &dyn Live, print: &js_sys::Function) {
    if live.print() {
        let _ = print.call0(&JsValue::NULL);
    }
}

/// Before the widget is live: lets `f` update the painted map, and keeps `call` for the live
/// widget if `f` says so (a selection, a clear, the `selected` attribute, which must follow
/// the selections kept before it), or if the live widget is mounting. (A print is kept by
/// `Widget::print`, once.)
fn keep(stage: &RefCell<Stage>, call: Call, f: impl FnOnce(&mut Painted) -> bool) {
    match &mut *stage.borrow_mut() {
        Stage::Painted(painted) => {
            if f(painted) {
                painted.calls.push(call);
            }
        }
        Stage::Mounting(painted, _) => painted.calls.push(call),
        Stage::Live(_) | Stage::Gone => {}
    }
}

/// The live widget's chunk could not be loaded: says so on the painted map, with a retry, and
/// fires `acu-error`.
fn failed(stage: &RefCell<Stage>, error: &str) {
    let host = match &*stage.borrow() {
        Stage::Painted(painted) => painted.host.clone(),
        Stage::Mounting(..) | Stage::Live(_) | Stage::Gone => return,
    };
    let s = FirstView::lang(&host).paint();
    // The reader's notice in their language; the browser's reason for the page's developer.
    let text = s.live_failed;
    if let Stage::Painted(painted) = &*stage.borrow() {
        painted.notice(text, s.retry);
    }
    ElementHost(host).emit(Emitted::Error { source: ErrorSource::Chunk, value: "live".to_string(), message: format!("{text} ({error})") });
}

impl Painted {
    /// A notice on the painted map, with a retry (handled by `on_click`).
    fn notice(&self, text: &str, retry: &str) {
        let notices = self.painting.as_ref().and_then(|p| p.query_selector(".notices").ok().flatten());
        let Some(notices) = notices else { return };
        let document = self.root.owner_document();
        let (Some(p), Some(button)) = document.map_or((None, None), |d| (d.create_element("p").ok(), d.create_element("button").ok())) else { return };
        p.set_class_name("notice");
        let _ = p.set_attribute("role", "alert");
        let _ = p.set_attribute("data-testid", "notice");
        p.set_text_content(Some(text));
        let _ = button.set_attribute("type", "button");
        button.set_class_name("another retry");
        button.set_text_content(Some(retry));
        let _ = p.append_child(&button);
        let _ = notices.append_child(&p);
    }
}

#[wasm_bindgen]
impl Widget {
    /// The live widget, if the widget is live (cloned out, so no borrow is held while it runs).
    fn live(&self) -> Option<Rc<dyn Live>> {
        match &*self.stage.borrow() {
            Stage::Live(live) => Some(live.clone()),
            Stage::Painted(_) | Stage::Mounting(..) | Stage::Gone => None,
        }
    }

    /// A lazy widget's time to go live (element.js: it nears the screen): asks for the live
    /// widget's code and mounts it, as an eager widget does at once.
    #[wasm_bindgen(js_name = goLive)]
    pub fn go_live(&self) {
        if matches!(*self.stage.borrow(), Stage::Painted(_)) {
            go_live(&self.stage);
        }
    }

    /// The widget's prose file is in (the object `JSON.parse` made): the painted card shows
    /// its point's location and cautions (nothing if the widget is live, or the file is not
    /// of its card's language or lacks its texts).
    #[wasm_bindgen(js_name = fillCard)]
    pub fn fill_card(&self, file: JsValue) {
        let mut stage = self.stage.borrow_mut();
        let (Stage::Painted(painted) | Stage::Mounting(painted, _)) = &mut *stage else { return };
        if let (Some(painting), Some(card)) = (&painted.painting, painted.card) {
            paint::fill_card(painting, card, &file);
        }
        painted.prose = Some(file);
    }

    /// Called by the element when an observed attribute changes (`value` is null when removed).
    pub fn attribute_changed(&self, name: &str, value: Option<String>) {
        match self.live() {
            Some(live) => live.attribute_changed(name, value),
            None => keep(&self.stage, Call::Attribute(name.to_string(), value.clone()), |painted| {
                // The page's `selected`, or its `view` after a choice, is newer than what was
                // chosen before it: kept as a call after those, for the live widget to end there.
                let newer = match Attribute::from_name(name) {
                    Some(Attribute::Selected) => {
                        painted.chosen = None;
                        true
                    }
                    Some(Attribute::View) => match painted.chosen.as_mut() {
                        Some(chosen) => {
                            // As `WidgetState::apply_attribute` reads it.
                            chosen.view = value.as_deref().and_then(|v| crate::attributes::view(v.trim())).unwrap_or_default();
                            true
                        }
                        None => false,
                    },
                    _ => false,
                };
                painted.repaint();
                newer
            }),
        }
    }

    /// The host's content document changed (the `content` property or the child
    /// `<script type="application/json">`): its JSON text, or why there is none to read.
    pub fn content_changed(&self, json: Option<String>, error: Option<String>) {
        match self.live() {
            Some(live) => live.content_changed(json, error),
            None => keep(&self.stage, Call::Content(json.clone(), error.clone()), |painted| {
                painted.content = (json, error);
                painted.repaint();
                false
            }),
        }
    }

    /// `element.select(code)`: the selected point as a plain object, or null if unknown.
    pub fn select(&self, code: &str) -> JsValue {
        if let Some(live) = self.live() {
            return live.select(code);
        }
        keep(&self.stage, Call::Select(code.to_string()), |painted| {
            painted.choose(code);
            true
        });
        crate::catalog::point_in(code, FirstView::notation(&self.host)).map_or(JsValue::NULL, catalog_point_js)
    }

    /// `element.print()`: calls `print` (element.js's, which keeps the page's other widgets off
    /// the paper) once the widget is live, if it has a handout to print; else the widget says
    /// so. Asked more than once before it is live (while the map is painted, or by a page's
    /// listener of an event the mount fires), it prints once.
    pub fn print(&self, print: js_sys::Function) {
        match self.live() {
            Some(live) => print_if_ready(&*live, &print),
            None => {
                if let Stage::Painted(painted) | Stage::Mounting(painted, _) = &mut *self.stage.borrow_mut() {
                    painted.calls.retain(|call| !matches!(call, Call::Print(_)));
                    painted.calls.push(Call::Print(print));
                }
            }
        }
    }

    /// `element.clear()`: no point selected.
    pub fn clear(&self) {
        match self.live() {
            Some(live) => live.clear(),
            None => keep(&self.stage, Call::Clear, |painted| {
                painted.show(None);
                true
            }),
        }
    }

    /// Unmounts the view and frees every reactive node of this instance. Returns what the
    /// reader did, for element.js to keep while the element is out of the page and to mount
    /// with if it is put back (an array of strings: [`crate::state::WidgetState::kept`]), or
    /// nothing: a painted widget keeps what it kept before, with the point chosen meanwhile
    /// (whose `acu-select` the live widget fires).
    pub fn unmount(self) -> JsValue {
        let (painted, live) = match std::mem::replace(&mut *self.stage.borrow_mut(), Stage::Gone) {
            Stage::Painted(painted) => (Some(painted), None),
            // (Removed in the mount's own task, it has no live widget yet: go_live unmounts that
            // when the mount returns.)
            Stage::Mounting(painted, live) => (Some(painted), live),
            Stage::Live(live) => (None, Some(live)),
            Stage::Gone => (None, None),
        };
        let mut kept = JsValue::UNDEFINED;
        if let Some(painted) = painted {
            if let Some(painting) = &painted.painting {
                painting.remove();
            }
            kept = painted.kept;
            let chose = painted.calls.iter().any(|call| matches!(call, Call::Select(_) | Call::Pick(_) | Call::Clear));
            if let Some(chosen) = painted.chosen.filter(|_| chose) {
                // The point and its view, which the page has not heard of (nothing says it
                // has); the search and the filters are the attributes' again.
                let strings = js_sys::Array::new();
                strings.push(&chosen.point.map_or("", |p| p.code).into());
                strings.push(&chosen.view.key().into());
                kept = strings.into();
            }
        }
        if let Some(live) = live {
            kept = live.unmount();
        }
        kept
    }
}
