//! The widget's Leptos components. Each component's styles live beside it (`*.css`) and are
//! adopted into the element's shadow root as one stylesheet ([`stylesheet`]).
//!
//! Every view is written with [`acu_view!`], never a bare `view!` (a native test checks).

/// Leptos's `view!` with the class every element of the widget carries (`acu-el`). A view-wide
/// class turns off Leptos's "inert HTML" optimisation, which builds static subtrees by
/// assigning `innerHTML` to a template. Pages that require Trusted Types block that
/// assignment; without it every node is created with `createElement`, and the widget works
/// under `require-trusted-types-for 'script'`. Written once here, so no view can forget it.
macro_rules! acu_view {
    ($($view:tt)*) => {
        leptos::view! { class="acu-el", $($view)* }
    };
}

mod body_map;
mod comparison_table;
mod filters;
mod json;
mod lazy;
mod map_layers;
mod point_card;
mod point_list;
mod prose;

use crate::attributes::{self, Mode, THEMES};
use crate::catalog;
use crate::contract::{AcuEvent, Attribute, ErrorSource};
use crate::figure::View;
use crate::host_content::{HostContent, Table};
use crate::model::{Conditions, Notation, Point};
use crate::search::search_with;
use prose::ProseState;
pub use prose::any_prose;
use crate::strings::{fill, Lang, UiStrings};
use crate::viewport::Viewport;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// The CSS of every component, in one sheet.
pub fn stylesheet() -> String {
    [
        crate::contract::THEME_CSS,
        include_str!("body_map.css"),
        include_str!("filters.css"),
        include_str!("point_card.css"),
        include_str!("point_list.css"),
        include_str!("comparison_table.css"),
        include_str!("lazy.css"),
    ]
    .concat()
}

/// The interface strings of the widget being rendered (its `lang`).
pub fn strings() -> &'static UiStrings {
    lang().ui()
}

/// The language of the widget being rendered.
pub fn lang() -> Lang {
    use_context::<WidgetState>().map_or(Lang::En, |s| s.lang.get_untracked())
}

/// How many problems in a content document get a notice of their own; the rest are counted
/// in one more notice (every one still goes to the console and fires `acu-error`).
const CONTENT_NOTICES: usize = 5;

/// A message shown inside the widget about input it could not use.
#[derive(Clone, PartialEq)]
pub struct Notice {
    /// The input the message is about; a new value of it replaces the message.
    pub source: ErrorSource,
    pub text: String,
}

/// The reactive state of one widget; shared with every component through context.
#[derive(Clone, Copy)]
pub struct WidgetState {
    /// The body-map view shown.
    pub view: RwSignal<View>,
    pub selected: RwSignal<Option<&'static Point>>,
    /// The points the host asked for (`points` attribute); all when `None`.
    pub shown: RwSignal<Option<Vec<&'static Point>>>,
    /// The meridians the host asked for (`meridians` attribute); all when `None`.
    pub host_meridians: RwSignal<Option<Vec<&'static str>>>,
    /// The host's points narrowed to the host's meridians, in catalog order: what the widget
    /// is about (the filters offer only what these points have).
    pub pool: Memo<Vec<&'static Point>>,
    pub lang: RwSignal<Lang>,
    pub mode: RwSignal<Mode>,
    /// How `selected`, `points` and `select()` read codes (`notation`).
    pub notation: RwSignal<Notation>,
    /// Study mode: whether the selected point's answer is shown (the other modes always show it).
    pub revealed: RwSignal<bool>,
    /// The host's own notes, shortlists and tables (`content`).
    pub content: RwSignal<HostContent>,
    /// The host shortlist the reader has chosen (an index into `content.shortlists`).
    pub shortlist: RwSignal<Option<usize>>,
    /// The option of the point list that has (or last had) keyboard focus.
    pub list_focus: RwSignal<Option<&'static str>>,
    /// The search box's text.
    pub query: RwSignal<String>,
    pub notices: RwSignal<Vec<Notice>>,
    /// What the widget's one polite live region says now: a selection, a view, a result count,
    /// a notice.
    pub announcement: RwSignal<String>,
    /// Filters: a meridian code, a region key, a condition tag.
    pub meridian: RwSignal<Option<&'static str>>,
    pub region: RwSignal<Option<&'static str>>,
    pub condition: RwSignal<Option<&'static str>>,
    /// The points the list and the map show: the pool, then the shortlist, the filters and
    /// the search, best match first.
    pub visible: Memo<Vec<&'static Point>>,
    /// Whether the landmark and cun-scale overlay is on.
    pub overlay: RwSignal<bool>,
    pub viewport: RwSignal<Viewport>,
    /// A close-up offered after a click on an area of the figure that has one.
    pub offer: RwSignal<Option<View>>,
    /// The prose of the widget's language (`lang`): card texts and the built-in tables.
    pub prose: RwSignal<ProseState, LocalStorage>,
    host: StoredValue<HtmlElement, LocalStorage>,
}

impl WidgetState {
    pub fn new(host: HtmlElement) -> Self {
        let shown = RwSignal::new(None::<Vec<&'static Point>>);
        let host_meridians = RwSignal::new(None::<Vec<&'static str>>);
        let query = RwSignal::new(String::new());
        let meridian = RwSignal::new(None::<&'static str>);
        let region = RwSignal::new(None::<&'static str>);
        let condition = RwSignal::new(None::<&'static str>);
        let content = RwSignal::new(HostContent::default());
        let shortlist = RwSignal::new(None::<usize>);
        let prose = RwSignal::new_local(ProseState::Loading);
        // Whether a point is one the host asked for (`points`, `meridians`).
        let in_pool = move |p: &&'static Point| {
            shown.with(|s| s.as_ref().is_none_or(|s| s.contains(p)))
                && host_meridians.with(|m| m.as_ref().is_none_or(|m| m.contains(&p.meridian)))
        };
        let pool = Memo::new(move |_| catalog::POINTS.iter().filter(in_pool).collect::<Vec<_>>());
        let visible = Memo::new(move |_| {
            let listed = shortlist.get().and_then(|i| content.with(|c| c.shortlists.get(i).map(|s| s.points.clone())));
            let (meridian, region) = (meridian.get(), region.get());
            // The condition as a one-tag set, made once for the whole list.
            let condition = condition.get().map(Conditions::of);
            // The prose is searched once it is there.
            let hits = prose.with(|p| search_with(&query.get(), || p.loaded().map(|l| l.index())));
            hits.into_iter()
                .filter(in_pool)
                .filter(|p| listed.as_ref().is_none_or(|l| l.contains(p)))
                .filter(|p| meridian.is_none_or(|m| p.meridian == m))
                .filter(|p| region.is_none_or(|r| p.region == r))
                .filter(|p| condition.is_none_or(|c| p.conditions.intersects(c)))
                .collect::<Vec<_>>()
        });
        WidgetState {
            view: RwSignal::new(View::Front),
            selected: RwSignal::new(None),
            shown,
            host_meridians,
            pool,
            lang: RwSignal::new(Lang::En),
            mode: RwSignal::new(Mode::Practitioner),
            notation: RwSignal::new(Notation::En),
            revealed: RwSignal::new(true),
            content,
            shortlist,
            list_focus: RwSignal::new(None),
            query,
            notices: RwSignal::new(Vec::new()),
            announcement: RwSignal::new(String::new()),
            meridian,
            region,
            condition,
            visible,
            overlay: RwSignal::new(false),
            viewport: RwSignal::new(Viewport::default()),
            offer: RwSignal::new(None),
            prose,
            host: StoredValue::new_local(host),
        }
    }

    /// The interface strings of this widget's language.
    pub fn ui(&self) -> &'static UiStrings {
        self.lang.get_untracked().ui()
    }

    /// Applies an attribute's value (`None` when removed). Unusable values leave a notice in
    /// the widget and a console warning naming the value; the rest keeps working.
    pub fn apply_attribute(&self, attribute: Attribute, value: Option<&str>) {
        self.forget_notices(ErrorSource::Attribute(attribute));
        let value = value.map(str::trim).filter(|v| !v.is_empty());
        let s = self.ui();
        let name = attribute.name();
        match attribute {
            Attribute::View => {
                let view = value.and_then(|v| {
                    self.usable(attribute, v, attributes::view(v), || fill(s.unknown_view, &[("value", v), ("views", &View::keys().join(", "))]))
                });
                self.set_view(view.unwrap_or(View::Front));
            }
            Attribute::Notation => {
                let notation = value.and_then(|v| {
                    self.usable(attribute, v, attributes::notation(v), || fill(s.unknown_notation, &[("value", v)]))
                });
                let notation = notation.unwrap_or(Notation::En);
                if self.notation.get_untracked() != notation {
                    self.notation.set(notation);
                    // The codes the host gave are read again, in the new notation.
                    for coded in [Attribute::Selected, Attribute::Points] {
                        let value = self.host.with_value(|h| h.get_attribute(coded.name()));
                        self.apply_attribute(coded, value.as_deref());
                    }
                }
            }
            Attribute::Selected => {
                let notation = self.notation.get_untracked();
                let point = value.and_then(|code| {
                    self.usable(attribute, code, catalog::point_in(code, notation), || fill(s.unknown_code, &[("code", code), ("attribute", name)]))
                });
                self.revealed.set(true);
                self.selected.set(point);
            }
            Attribute::Points => {
                let points = value.map(|list| {
                    let (points, unknown) = attributes::points_in(list, self.notation.get_untracked());
                    for code in &unknown {
                        self.warn(ErrorSource::Attribute(attribute), code, fill(s.unknown_code, &[("code", code), ("attribute", name)]));
                    }
                    points
                });
                self.shown.set(points);
            }
            Attribute::Meridians => {
                let meridians = value.map(|list| {
                    let (codes, unknown) = attributes::meridians(list);
                    for code in &unknown {
                        self.warn(ErrorSource::Attribute(attribute), code, fill(s.unknown_meridian, &[("value", code)]));
                    }
                    codes
                });
                self.host_meridians.set(meridians);
            }
            Attribute::Condition => {
                let condition = value.and_then(|v| {
                    self.usable(attribute, v, attributes::condition(v), || fill(s.unknown_condition, &[("value", v)]))
                });
                self.condition.set(condition);
            }
            Attribute::Mode => {
                let mode = value.and_then(|v| self.usable(attribute, v, attributes::mode(v), || fill(s.unknown_mode, &[("value", v)])));
                self.mode.set(mode.unwrap_or(Mode::Practitioner));
            }
            Attribute::Lang => {
                let lang = match value {
                    Some(v) => self.usable(attribute, v, attributes::lang(v), || fill(s.unknown_lang, &[("value", v)])),
                    // Without its own lang the widget follows the page (the nearest lang above it).
                    None => self
                        .host
                        .with_value(|h| h.parent_element().and_then(|p| p.closest("[lang]").ok().flatten()))
                        .and_then(|el| el.get_attribute("lang"))
                        .and_then(|tag| attributes::lang(&tag)),
                };
                self.lang.set(lang.unwrap_or(Lang::En));
                self.load_prose(false);
            }
            Attribute::Theme => {
                // The stylesheet applies it (`:host([theme=…])`); only an unknown value is news.
                if let Some(v) = value {
                    self.usable(attribute, v, THEMES.contains(&v).then_some(()), || fill(s.unknown_theme, &[("value", v)]));
                }
            }
        }
    }

    /// `found` (what `value` of `attribute` means), or, when it is `None`, a report that the
    /// value is unusable with the `message` made for it.
    fn usable<T>(&self, attribute: Attribute, value: &str, found: Option<T>, message: impl FnOnce() -> String) -> Option<T> {
        if found.is_none() {
            self.warn(ErrorSource::Attribute(attribute), value, message());
        }
        found
    }

    /// Takes away the notices about `source` (a new value of it is about to be read).
    pub fn forget_notices(&self, source: ErrorSource) {
        self.notices.update(|n| n.retain(|notice| notice.source != source));
    }

    /// Reads the host's content document (`json`; `None` when there is none), or reports why
    /// it could not be had (`error`, e.g. a property value JSON cannot express). Whatever is
    /// unusable is reported and left out; the built-in content is always there.
    pub fn set_content(&self, json: Option<&str>, error: Option<&str>) {
        const SOURCE: ErrorSource = ErrorSource::Content;
        self.forget_notices(SOURCE);
        let s = self.ui();
        let unreadable = |why: &str, value: &str| {
            self.warn(SOURCE, value, fill(s.content_invalid, &[("error", why)]));
            HostContent::default()
        };
        let content = match (json, error) {
            (_, Some(why)) => unreadable(why, json.unwrap_or_default()),
            (None, None) => HostContent::default(),
            (Some(text), None) => match json::parse(text) {
                Err(why) => unreadable(&why, text),
                Ok((content, problems)) => {
                    for (i, p) in problems.iter().enumerate() {
                        let text = fill(s.content_problem, &[("path", &p.path), ("problem", &p.message)]);
                        self.report(SOURCE, &p.path, &text, i < CONTENT_NOTICES);
                    }
                    if problems.len() > CONTENT_NOTICES {
                        let more = (problems.len() - CONTENT_NOTICES).to_string();
                        self.notices.update(|n| n.push(Notice { source: SOURCE, text: fill(s.content_more, &[("n", &more)]) }));
                    }
                    content
                }
            },
        };
        self.shortlist.set(if content.shortlists.is_empty() { None } else { Some(0) });
        self.content.set(content);
    }

    /// Unusable input: a notice in the widget, a console warning and an `acu-error` event, each
    /// naming the input (`source` is the attribute or method it came through).
    fn warn(&self, source: ErrorSource, value: &str, text: String) {
        self.report(source, value, &text, true);
    }

    /// [`warn`](Self::warn), with the notice only when `notice` is set.
    fn report(&self, source: ErrorSource, value: &str, text: &str, notice: bool) {
        web_sys::console::warn_1(&JsValue::from_str(&format!("<acu-map>: {text}")));
        self.dispatch(AcuEvent::Error, &plain_object(&[("source", source.name()), ("value", value), ("message", text)]));
        if notice {
            self.notices.update(|n| n.push(Notice { source, text: text.to_string() }));
            self.announcement.set(text.to_string());
        }
    }

    /// `select(code)` from the host: selects and shows the point (as a reader's selection
    /// does, firing `acu-select`), or reports the unknown code.
    pub fn select_code(&self, code: &str) -> Option<&'static Point> {
        self.forget_notices(ErrorSource::Select);
        let point = catalog::point_in(code, self.notation.get_untracked());
        match point {
            Some(point) => self.show_and_select(point),
            None => self.warn(ErrorSource::Select, code, fill(self.ui().unknown_code_method, &[("code", code)])),
        }
        point
    }

    /// Selects `point`, switching to a view that draws it if the current one does not. The
    /// reader chose it by name, so a study card shows its answer.
    pub fn show_and_select(&self, point: &'static Point) {
        let view = self.view.get_untracked();
        if point.positions_on(view).is_empty() {
            if let Some(v) = point.drawn_on().next() {
                self.set_view(v);
            }
        }
        self.select_by_user(point);
        self.revealed.set(true);
    }

    /// Study mode: asks about a random point drawn on this view (not the one just asked).
    pub fn ask_another(&self) {
        let view = self.view.get_untracked();
        let current = self.selected.get_untracked();
        let candidates: Vec<&'static Point> = self
            .visible
            .get_untracked()
            .into_iter()
            .filter(|p| !p.positions_on(view).is_empty() && Some(*p) != current)
            .collect();
        if !candidates.is_empty() {
            let index = (js_sys::Math::random() * candidates.len() as f64) as usize;
            self.select_by_user(candidates[index.min(candidates.len() - 1)]);
        }
    }

    /// Shows `view`, zoomed out.
    pub fn set_view(&self, view: View) {
        self.offer.set(None);
        if self.view.get_untracked() != view {
            self.view.set(view);
            self.reset_zoom();
            self.dispatch(AcuEvent::ViewChange, &plain_object(&[("view", view.key())]));
            self.announcement.set(fill(self.ui().announce_view, &[("view", view_label(view))]));
        }
    }

    /// The whole figure of the current view.
    pub fn reset_zoom(&self) {
        let figure = self.view.get_untracked().figure();
        self.viewport.set(Viewport::whole(figure.width, figure.height));
    }

    pub fn is_selected(&self, point: &'static Point) -> bool {
        self.selected.get().is_some_and(|s| std::ptr::eq(s, point))
    }

    /// A selection made by the reader: updates the widget and fires `acu-select` with the
    /// point as a plain object.
    pub fn select_by_user(&self, point: &'static Point) {
        self.revealed.set(self.mode.get_untracked() != Mode::Study);
        self.selected.set(Some(point));
        self.dispatch(AcuEvent::Select, &self.point_js(point));
        let name = if self.lang.get_untracked() == Lang::ZhHans { point.hanzi() } else { point.pinyin_tones() };
        self.announcement.set(fill(self.ui().announce_selected, &[("code", point.code), ("name", name)]));
    }

    fn dispatch(&self, event: AcuEvent, detail: &JsValue) {
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
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

/// The point as a plain JS object (the `acu-select` detail), with the prose of `prose` if it
/// is there.
pub fn point_js(point: &'static Point, prose: Option<&prose::LoadedProse>) -> JsValue {
    to_js(&crate::export::point(point, prose.and_then(|l| l.point(point)).as_ref()))
}

impl WidgetState {
    /// [`point_js`] with this widget's prose.
    pub fn point_js(&self, point: &'static Point) -> JsValue {
        self.prose.with_untracked(|p| point_js(point, p.loaded()))
    }
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

pub fn view_label(view: View) -> &'static str {
    strings().view_labels.get(view)
}

#[component]
pub fn App(state: WidgetState) -> impl IntoView {
    provide_context(state);
    // A new language rebuilds the whole view (a rare change); everything else is fine-grained.
    // A new result count is news when the reader narrows or widens the list (not at mount).
    Effect::new(move |before: Option<usize>| {
        let n = state.visible.with(Vec::len);
        if before.is_some_and(|b| b != n) {
            state.announcement.set(fill(state.ui().list_count, &[("n", &n.to_string())]));
        }
        n
    });
    move || {
        let lang = state.lang.get();
        let s = lang.ui();
        // The host's tables, then the built-in ones once the prose is there; each with the
        // language of its text when that is not the widget's.
        let tables = move || {
            let (host, built_in_wanted) = state.content.with(|c| {
                let host: Vec<_> = c.comparisons.iter().enumerate().map(|(i, t)| (format!("host-{i}"), t.clone(), None)).collect();
                (host, c.built_in_comparisons)
            });
            let built_in = state.prose.with(|p| p.loaded().filter(|_| built_in_wanted).map(|l| l.tables()).unwrap_or_default());
            host.into_iter().chain(built_in).collect::<Vec<(String, Table, Option<String>)>>()
        };
        acu_view! {
            <div
                class="acu"
                role="region"
                aria-label=s.widget_label
                part="root"
                lang=lang.tag()
            >
                <p class="visually-hidden" role="status" data-testid="announcer">{move || state.announcement.get()}</p>
                <Notices />
                <div class="layout">
                    <body_map::BodyMap />
                    <div class="side">
                        <point_card::PointCard />
                        {lazy::part("browse", lazy::browse, Some("placeholder browse"), |render| render())}
                    </div>
                </div>
                {move || {
                    tables()
                        .into_iter()
                        .map(|(id, table, text_lang)| {
                            lazy::part("table", lazy::table, Some("placeholder table"), move |render| {
                                render(id.clone(), table.clone(), text_lang.clone())
                            })
                        })
                        .collect_view()
                }}
                <p class="disclaimer">{s.disclaimer}</p>
            </div>
        }
    }
}

/// Messages about unusable input, visible inside the widget.
#[component]
fn Notices() -> impl IntoView {
    let state = expect_context::<WidgetState>();
    acu_view! {
        <div class="notices" part="notices" data-testid="notices">
            {move || {
                state
                    .notices
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(index, notice)| {
                        acu_view! {
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
