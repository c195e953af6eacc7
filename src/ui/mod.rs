//! The widget's Leptos components. Each component's styles live beside it (`*.css`) and are
//! adopted into the element's shadow root as one stylesheet ([`stylesheet`]).
//!
//! Every `view!` starts with `class="acu-el",`: a view-wide class turns off Leptos's "inert
//! HTML" optimisation, which builds static subtrees by assigning `innerHTML` to a template.
//! Pages that require Trusted Types block that assignment; without it every node is created
//! with `createElement` and the widget works under `require-trusted-types-for 'script'`.

mod body_map;
mod comparison_table;
mod filters;
mod map_layers;
mod point_card;
mod point_list;

use crate::catalog;
use crate::figure::{self, VIEWS};
use crate::model::Point;
use crate::search::search;
use crate::strings::{fill, strings};
use crate::viewport::Viewport;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// The CSS of every component, in one sheet.
pub fn stylesheet() -> String {
    [
        include_str!("app.css"),
        include_str!("body_map.css"),
        include_str!("filters.css"),
        include_str!("point_card.css"),
        include_str!("point_list.css"),
        include_str!("comparison_table.css"),
    ]
    .concat()
}

/// The values of the `theme` attribute.
const THEMES: [&str; 3] = ["light", "dark", "auto"];

/// A message shown inside the widget about input it could not use.
#[derive(Clone, PartialEq)]
pub struct Notice {
    /// The attribute the message is about; a new value of it replaces the message.
    pub attribute: &'static str,
    pub text: String,
}

/// The reactive state of one widget; shared with every component through context.
#[derive(Clone, Copy)]
pub struct WidgetState {
    /// The body-map view shown (one of [`VIEWS`]).
    pub view: RwSignal<&'static str>,
    pub selected: RwSignal<Option<&'static Point>>,
    /// The points the host asked for (`points` attribute); all when `None`.
    pub shown: RwSignal<Option<Vec<&'static Point>>>,
    /// The search box's text.
    pub query: RwSignal<String>,
    pub notices: RwSignal<Vec<Notice>>,
    /// Filters: a meridian code, a region key, a condition tag.
    pub meridian: RwSignal<Option<&'static str>>,
    pub region: RwSignal<Option<&'static str>>,
    pub condition: RwSignal<Option<&'static str>>,
    /// The points the list and the map show: the host's `points`, then the filters and the
    /// search, best match first.
    pub visible: Memo<Vec<&'static Point>>,
    /// Whether the landmark and cun-scale overlay is on.
    pub overlay: RwSignal<bool>,
    pub viewport: RwSignal<Viewport>,
    /// A close-up offered after a click on an area of the figure that has one.
    pub offer: RwSignal<Option<&'static str>>,
    host: StoredValue<HtmlElement, LocalStorage>,
}

impl WidgetState {
    pub fn new(host: HtmlElement) -> Self {
        let shown = RwSignal::new(None::<Vec<&'static Point>>);
        let query = RwSignal::new(String::new());
        let meridian = RwSignal::new(None::<&'static str>);
        let region = RwSignal::new(None::<&'static str>);
        let condition = RwSignal::new(None::<&'static str>);
        let visible = Memo::new(move |_| {
            let shown = shown.get();
            let (meridian, region, condition) = (meridian.get(), region.get(), condition.get());
            search(&query.get())
                .into_iter()
                .filter(|p| shown.as_ref().is_none_or(|s| s.contains(p)))
                .filter(|p| meridian.is_none_or(|m| p.meridian == m))
                .filter(|p| region.is_none_or(|r| p.region == r))
                .filter(|p| condition.is_none_or(|c| p.indications.iter().any(|i| i.tags.contains(&c))))
                .collect::<Vec<_>>()
        });
        WidgetState {
            view: RwSignal::new(VIEWS[0]),
            selected: RwSignal::new(None),
            shown,
            query,
            notices: RwSignal::new(Vec::new()),
            meridian,
            region,
            condition,
            visible,
            overlay: RwSignal::new(false),
            viewport: RwSignal::new(Viewport::default()),
            offer: RwSignal::new(None),
            host: StoredValue::new_local(host),
        }
    }

    /// Applies an attribute's value (`None` when removed). Unusable values leave a notice in
    /// the widget and a console warning naming the value; the rest keeps working.
    pub fn apply_attribute(&self, name: &'static str, value: Option<&str>) {
        self.notices.update(|n| n.retain(|notice| notice.attribute != name));
        let value = value.map(str::trim).filter(|v| !v.is_empty());
        match name {
            "view" => {
                let view = match value {
                    None => VIEWS[0],
                    Some(v) => match VIEWS.iter().find(|known| known.eq_ignore_ascii_case(v)) {
                        Some(known) => known,
                        None => {
                            self.warn(name, v, fill(strings().unknown_view, &[("value", v)]));
                            VIEWS[0]
                        }
                    },
                };
                self.set_view(view);
            }
            "selected" => {
                let point = value.and_then(|code| self.resolve(name, code));
                self.selected.set(point);
            }
            "points" => {
                let points = value.map(|list| {
                    let mut points: Vec<&'static Point> = Vec::new();
                    for code in list.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                        if let Some(point) = self.resolve(name, code) {
                            if !points.iter().any(|p| std::ptr::eq(*p, point)) {
                                points.push(point);
                            }
                        }
                    }
                    points
                });
                self.shown.set(points);
            }
            "theme" => {
                // The stylesheet applies it (`:host([theme=…])`); only an unknown value is news.
                if let Some(v) = value.filter(|v| !THEMES.contains(v)) {
                    self.warn(name, v, fill(strings().unknown_theme, &[("value", v)]));
                }
            }
            _ => {}
        }
    }

    /// The point with `code`, or a notice naming the code and the attribute it came from.
    fn resolve(&self, attribute: &'static str, code: &str) -> Option<&'static Point> {
        let point = catalog::point(code);
        if point.is_none() {
            self.warn(attribute, code, fill(strings().unknown_code, &[("code", code), ("attribute", attribute)]));
        }
        point
    }

    /// Unusable input: a notice in the widget, a console warning and an `acu-error` event, each
    /// naming the input (`source` is the attribute or method it came through).
    fn warn(&self, source: &'static str, value: &str, text: String) {
        web_sys::console::warn_1(&JsValue::from_str(&format!("<acu-map>: {text}")));
        self.dispatch("acu-error", &plain_object(&[("source", source), ("value", value), ("message", &text)]));
        self.notices.update(|n| n.push(Notice { attribute: source, text }));
    }

    /// `select(code)` from the host: selects and shows the point (as a reader's selection
    /// does, firing `acu-select`), or reports the unknown code.
    pub fn select_code(&self, code: &str) -> Option<&'static Point> {
        self.notices.update(|n| n.retain(|notice| notice.attribute != "select()"));
        let point = catalog::point(code);
        match point {
            Some(point) => self.show_and_select(point),
            None => self.warn("select()", code, fill(strings().unknown_code_method, &[("code", code)])),
        }
        point
    }

    /// Selects `point`, switching to a view that draws it if the current one does not.
    pub fn show_and_select(&self, point: &'static Point) {
        let view = self.view.get_untracked();
        if point.positions_on(view).is_empty() {
            if let Some(v) = VIEWS.iter().find(|v| !point.positions_on(v).is_empty()) {
                self.set_view(v);
            }
        }
        self.select_by_user(point);
    }

    /// Shows `view`, zoomed out.
    pub fn set_view(&self, view: &'static str) {
        self.offer.set(None);
        if self.view.get_untracked() != view {
            self.view.set(view);
            self.reset_zoom();
            self.dispatch("acu-view-change", &plain_object(&[("view", view)]));
        }
    }

    /// The whole figure of the current view.
    pub fn reset_zoom(&self) {
        let figure = figure::figure(self.view.get_untracked()).unwrap_or(&figure::FIGURES[0]);
        self.viewport.set(Viewport::whole(figure.width, figure.height));
    }

    pub fn is_selected(&self, point: &'static Point) -> bool {
        self.selected.get().is_some_and(|s| std::ptr::eq(s, point))
    }

    /// A selection made by the reader: updates the widget and fires `acu-select` with the
    /// point as a plain object.
    pub fn select_by_user(&self, point: &'static Point) {
        self.selected.set(Some(point));
        self.dispatch("acu-select", &point_js(point));
    }

    fn dispatch(&self, name: &str, detail: &JsValue) {
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
            self.host.with_value(|host| {
                let _ = host.dispatch_event(&event);
            });
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

/// The point as a plain JS object (the `acu-select` detail).
pub fn point_js(point: &'static Point) -> JsValue {
    to_js(&crate::export::point(point))
}

/// A plain JS value (objects, arrays, strings, numbers, null) from exported data.
fn to_js(value: &crate::export::Value) -> JsValue {
    use crate::export::Value;
    match value {
        Value::Null => JsValue::NULL,
        Value::Number(n) => JsValue::from_f64(*n),
        Value::Text(t) => JsValue::from_str(t),
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

pub fn view_label(view: &str) -> &'static str {
    let s = strings();
    s.view_labels.iter().find(|(v, _)| *v == view).map_or(s.view_labels[0].1, |(_, label)| label)
}

#[component]
pub fn App(state: WidgetState) -> impl IntoView {
    provide_context(state);
    let s = strings();
    view! { class="acu-el",
        <div class="acu" role="region" aria-label=s.widget_label part="root">
            <Notices />
            <div class="layout">
                <body_map::BodyMap />
                <div class="side">
                    <point_card::PointCard />
                    <filters::Filters />
                    <point_list::PointList />
                </div>
            </div>
            {catalog::COMPARISONS
                .iter()
                .map(|c| view! { class="acu-el", <comparison_table::ComparisonTable comparison=c /> })
                .collect_view()}
            <p class="disclaimer">{s.disclaimer}</p>
        </div>
    }
}

/// Messages about unusable input, visible inside the widget.
#[component]
fn Notices() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    view! { class="acu-el",
        <div class="notices" part="notices" role="status" data-testid="notices">
            {move || {
                state
                    .notices
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(index, notice)| {
                        view! { class="acu-el",
                            <p class="notice" data-testid="notice">
                                <span>{notice.text}</span>
                                <button
                                    type="button"
                                    class="dismiss"
                                    aria-label=strings().dismiss
                                    on:click=move |_| {
                                        state
                                            .notices
                                            .update(|n| {
                                                if index < n.len() {
                                                    n.remove(index);
                                                }
                                            })
                                    }
                                >
                                    "×"
                                </button>
                            </p>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
