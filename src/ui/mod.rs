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
mod citations;
mod comparison_table;
mod condition_guide;
mod filters;
mod handout;
mod how_to_find;
mod locate_quiz;
mod map_layers;
mod point_card;
mod point_chooser;
mod point_list;
mod selection_peek;
mod use_pan_zoom;
mod use_resize_observer;
mod use_scroll_edges;
mod use_size_on_screen;
mod use_tab_stop_while_scrolling;

use crate::attributes::Part;
use crate::figure::View;
use crate::model::Point;
use crate::prose::Urgent;
use crate::host_content::Table;
use crate::state::Host;
pub use crate::state::WidgetState;
#[cfg(feature = "element")]
pub use handout::print_asked;
#[cfg(feature = "element")]
pub use point_card::{prose_room_class, prose_waiting_class};
#[cfg(feature = "element")]
pub use use_size_on_screen::size_on_screen;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use crate::strings::{Lang, UiStrings};
use leptos::prelude::*;

/// The CSS of the components the painted first view draws too (the layout, the map, the card:
/// `src/ui/{app,body_map,point_card}.css`, minified by build.rs).
pub fn stylesheet() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/widget.css"))
}

/// The CSS of the parts only the live widget draws (the filters, the list, the tables), which
/// cascades after [`stylesheet`]: in the element, a second sheet that comes with the live
/// widget's chunk, off the first path.
pub fn live_stylesheet() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/live.css"))
}

/// The namespace of the SVG elements made without a view: the painted map's (`element/paint.rs`),
/// and on the live map a site's circles and study mode's numbers.
pub const SVG: Option<&str> = Some("http://www.w3.org/2000/svg");

/// The interface strings of the widget being rendered (its `lang`).
pub fn strings() -> &'static UiStrings {
    lang().ui()
}

/// The language of the widget being rendered.
pub fn lang() -> Lang {
    use_context::<WidgetState>().map_or(Lang::En, |s| s.lang.get_untracked())
}

/// The language of the host's own text where it is not the interface's
/// ([`WidgetState::content_lang`]), for the `lang` of the element that holds it.
pub fn content_lang() -> Option<String> {
    use_context::<WidgetState>().and_then(|s| s.content_lang.get_untracked())
}

/// What a heading is in the widget's part of the page's outline ([`heading`]).
#[derive(Clone, Copy, PartialEq)]
enum Rank {
    /// A title: a guide's, a table's (`h3` by default).
    Title,
    /// The point card's title, which "Details" under the map or the list focuses
    /// (`tabindex="-1"`).
    FocusedTitle,
    /// One of a title's sections, a level below (`h4` by default).
    Section,
}

/// A heading at the widget's place in the page's outline (`heading-level`), with the class the
/// stylesheet knows it by whatever its level (as the painted first view's). Its level is read
/// as the view is built: a new one rebuilds the view, as a new language does (`App`).
fn heading<C: IntoView>(rank: Rank, id: Option<&'static str>, children: C) -> impl IntoView {
    let level = use_context::<WidgetState>().map_or_else(Default::default, |s| s.heading_level.get_untracked());
    let (tag, class) = match rank {
        Rank::Title | Rank::FocusedTitle => (level.title(), "acu-el title"),
        Rank::Section => (level.section(), "acu-el section-title"),
    };
    // The builder, as the tag is a value (with `acu_view!`'s class).
    leptos::tachys::html::element::custom(tag).class(class).id(id).tabindex((rank == Rank::FocusedTitle).then_some(-1)).child(children)
}

/// The heading of a box that must not be missed (a point's cautions, a guide's red flags): the
/// warning sign and its words.
#[component]
fn WarningHeading(id: &'static str, text: &'static str) -> impl IntoView {
    acu_view! {
        {heading(Rank::Section, Some(id), acu_view! { <WarnIcon />{text} })}
    }
}

/// The warning sign of whatever must not be missed (cautions, red flags), beside its words.
#[component]
fn WarnIcon() -> impl IntoView {
    acu_view! {
        <svg class="warn-icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d=WARN_ICON />
        </svg>
    }
}

/// The warning sign's path ([`WarnIcon`]; the painted card, `element/paint.rs`, draws it too).
pub const WARN_ICON: &str = "M12 2 1 21h22L12 2zm0 6 1 7h-2l1-7zm0 9a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6z";

/// Runs `f` once the frame being built has been painted (a task after the next animation frame).
fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Default::default()));
}

/// After an action that removes or disables the control that had the keyboard's focus (a
/// dismissed notice, a stopped quiz, the filters cleared, a point chosen in a guide), gives the
/// focus, once the frame is drawn, to the first element of the event's widget that one of
/// `selectors` finds, near where the reader was: else it would fall back to the page's body,
/// and the next Tab would start again from the top of the page (WCAG 2.4.3).
fn refocus(ev: &web_sys::Event, selectors: &'static [&'static str]) {
    let root = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.closest(".acu").ok().flatten());
    let Some(root) = root else { return };
    request_animation_frame(move || {
        let found = selectors.iter().find_map(|s| root.query_selector(s).ok().flatten());
        if let Some(el) = found.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// Scrolls the page (and any box that scrolls) as little as brings `el` on screen, where it is
/// not.
fn keep_in_sight(el: &web_sys::Element) {
    let Some(height) = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()) else { return };
    let rect = el.get_bounding_client_rect();
    if rect.bottom() > height {
        el.scroll_into_view_with_bool(false);
    } else if rect.top() < 0.0 {
        el.scroll_into_view_with_bool(true);
    }
}

/// The rows of a list or the markers of a map as drawn: the child elements of `parent` that
/// stand for a point (`data-code`), in the page's order, and where each point of `shown` is
/// among them.
struct Drawn {
    rows: Vec<(String, web_sys::Element)>,
    /// Where each point shown that has a row is among the rows, and that point.
    at: Vec<usize>,
    points: Vec<&'static Point>,
}

impl Drawn {
    fn read(parent: &web_sys::Element, shown: &[&'static Point]) -> Drawn {
        let mut rows = Vec::new();
        let mut child = parent.first_element_child();
        while let Some(row) = child {
            child = row.next_element_sibling();
            rows.extend(row.get_attribute("data-code").map(|code| (code, row)));
        }
        let (at, points) = shown.iter().filter_map(|p| Some((rows.iter().position(|(code, _)| code == p.code)?, *p))).unzip();
        Drawn { rows, at, points }
    }

    /// Hides the rows of points not shown and shows the others, and makes the row of `tab_stop`
    /// the one Tab reaches (a roving tabindex), else the first row shown (a long list draws its
    /// rows a few dozen at a time, and the tab stop's may be still to come), touching only rows
    /// whose state changes. One pass after each search or filter, where a reactive `hidden` and
    /// `tabindex` on every row woke two closures per row at each letter typed (1,600 on the study
    /// page, each unsubscribing and subscribing again).
    fn show_only(&self, tab_stop: Option<&str>) {
        let mut shown = vec![false; self.rows.len()];
        for &i in &self.at {
            shown[i] = true;
        }
        let drawn = |code: &str| self.at.iter().any(|&i| self.rows[i].0 == code);
        let tab_stop = tab_stop.filter(|code| drawn(code)).or_else(|| self.at.first().map(|&i| self.rows[i].0.as_str()));
        for ((code, row), shown) in self.rows.iter().zip(shown) {
            let _ = row.toggle_attribute_with_force("hidden", !shown);
            let tabindex = if Some(code.as_str()) == tab_stop { "0" } else { "-1" };
            if row.get_attribute("tabindex").as_deref() != Some(tabindex) {
                let _ = row.set_attribute("tabindex", tabindex);
            }
        }
    }

    /// Sizes the hit circles of the markers shown, on `view` (`viewport::hit_radii`), so that
    /// the marker the pointer shows itself over (its hover and focus rings) is the nearest, the
    /// one a click chooses (`viewport::within_reach`); touching only circles whose size changes.
    fn fit_hits(&self, view: View, mark_scale: f32) {
        let mut radii = crate::viewport::hit_radii(&self.points, view, mark_scale).into_iter();
        for (point, &row) in self.points.iter().zip(&self.at) {
            let row = &self.rows[row].1;
            // The marker's sites, in the order of its positions: a `<g>` each, with its circles.
            let mut site = row.first_element_child();
            for _ in point.positions_on(view) {
                while site.as_ref().is_some_and(|g| g.tag_name() != "g") {
                    site = site.and_then(|g| g.next_element_sibling());
                }
                let (Some(g), Some(r)) = (site, radii.next()) else { return };
                if let Some(hit) = g.query_selector(".hit").ok().flatten().filter(|h| h.get_attribute("r").as_deref() != Some(r.as_str())) {
                    let _ = hit.set_attribute("r", &r);
                }
                site = g.next_element_sibling();
            }
        }
    }
}

pub fn view_label(view: View) -> &'static str {
    strings().view_labels.get(view)
}

/// Whether `point` is the selected one, as a memo of its own for its marker or list row: a new
/// selection wakes only the ones whose answer changes, where asking `state.selected` in each
/// closure woke all of them (about 1,600 closures on the study page). `Some` (its code) while
/// selected: a memo of that type is in the wasm already, where `bool` would bring another.
fn selected(state: WidgetState, point: &'static Point) -> Memo<Option<&'static str>> {
    Memo::new(move |_| state.selected.get().filter(|p| std::ptr::eq(*p, point)).map(|p| p.code))
}

/// A widget's store and its view, mounted: what the custom element (`element/live.rs`) and the
/// Leptos component (`component.rs`) each hold.
pub struct Mounted {
    pub owner: Owner,
    pub state: WidgetState,
    unmount: std::cell::Cell<Option<Box<dyn FnOnce()>>>,
}

/// The parts of the view built after the mount's own task, in order ([`Mounted::new`]): the
/// map's markers, the card, the filters and the list, the tables. Each is built in a task of its
/// own; the rest of the map (its figure, tabs and tools) in the mount's.
#[derive(Clone, Copy)]
pub struct Built([RwSignal<bool>; 4]);

impl Built {
    /// Builds part `step` in the next task, and each later one in a task after it; then shows
    /// the view (`container`) and calls `shown`.
    fn in_turn(self, step: usize, container: web_sys::HtmlElement, shown: Box<dyn FnOnce()>) {
        set_timeout(
            move || match self.0.get(step) {
                // (`try_`: the widget may be gone by then.)
                Some(part) => {
                    if part.try_set(true).is_none() {
                        self.in_turn(step + 1, container, shown);
                    }
                }
                None => {
                    container.set_hidden(false);
                    shown();
                }
            },
            Default::default(),
        );
    }
}

/// Whether part `step` of the view is built yet ([`Built`]; outside [`App`], always).
fn built(step: usize) -> impl Fn() -> bool + Copy {
    let part = use_context::<Built>().map(|built| built.0[step]);
    move || part.is_none_or(|part| part.get())
}

impl Mounted {
    /// Mounts the widget into a new container of `root` (a shadow root, whose stylesheet the
    /// caller adopts), with a store whose page side is `host`, set up by `init` before the first
    /// render.
    ///
    /// With `shown`, the view is built a part at a time, hidden, and shown in a task after the
    /// last, when `shown` is called: on a phone's CPU the whole widget in one task held the
    /// page's main thread for half a second (more with every point drawn), and a tap or a key
    /// waited for it. The painted map stays on screen meanwhile. Without, it is built and shown
    /// at once.
    pub fn new(root: &web_sys::Node, host: Rc<dyn Host>, init: impl FnOnce(&WidgetState), shown: Option<Box<dyn FnOnce()>>) -> Mounted {
        let owner = Owner::new();
        let (state, unmount) = owner.with(|| {
            let state = WidgetState::new(host);
            init(&state);
            state.opened();
            let container: web_sys::HtmlElement = document().create_element("div").expect("a div can always be created").unchecked_into();
            container.set_class_name("acu-mount");
            container.set_hidden(shown.is_some());
            let _ = root.append_child(&container);
            let built = Built(std::array::from_fn(|_| RwSignal::new(shown.is_none())));
            let handle = mount_to(container.clone(), move || App(AppProps { state, built }));
            if let Some(shown) = shown {
                built.in_turn(0, container.clone(), shown);
            }
            let printing = print_listeners(state, container.clone());
            let unmount: Box<dyn FnOnce()> = Box::new(move || {
                printing();
                drop(handle);
                container.remove();
            });
            (state, unmount)
        });
        Mounted { owner, state, unmount: std::cell::Cell::new(Some(unmount)) }
    }

    /// Unmounts the view and frees every reactive node of the widget (once; later calls do
    /// nothing).
    pub fn unmount(&self) {
        if let Some(unmount) = self.unmount.take() {
            unmount();
            self.owner.cleanup();
        }
    }
}

/// Listens for the page's print while the widget is mounted in `container`: the handout is put
/// on the paper at `beforeprint` and taken off at `afterprint` (`handout::on_paper`). Returns
/// what stops listening.
fn print_listeners(state: WidgetState, container: web_sys::HtmlElement) -> impl FnOnce() {
    let owner = Owner::current().unwrap_or_default();
    let paper = Rc::new(std::cell::RefCell::new(None::<handout::Paper>));
    let take_off = {
        let paper = paper.clone();
        move || {
            if let Some(old) = paper.borrow_mut().take() {
                old.remove();
            }
        }
    };
    let before = {
        let take_off = take_off.clone();
        wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            take_off();
            let frame = container.query_selector(".acu").ok().flatten();
            *paper.borrow_mut() = frame.and_then(|frame| handout::on_paper(&owner, state, &frame));
        })
    };
    let after = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(take_off);
    let listeners = [("beforeprint", before), ("afterprint", after)];
    let window = web_sys::window();
    for (event, listener) in &listeners {
        let _ = window.as_ref().map(|w| w.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref()));
    }
    move || {
        for (event, listener) in &listeners {
            let _ = window.as_ref().map(|w| w.remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref()));
        }
    }
}

#[component]
pub fn App(state: WidgetState, built: Built) -> impl IntoView {
    provide_context(state);
    provide_context(built);
    let (card_built, list_built, tables_built) = (self::built(1), self::built(2), self::built(3));
    // A new language or heading level rebuilds the whole view (rare changes); everything else is
    // fine-grained.
    // A new result count is news when the reader narrows or widens the list (not at mount), and
    // so is a search read another way (a misspelled word put right), and an emergency named,
    // said first.
    Effect::new(move |before: Option<(usize, Option<String>, Option<Urgent>)>| {
        let now = (state.visible.with(Vec::len), state.read_as(), state.urgent());
        let n = now.0;
        if before.is_some_and(|b| b != now) {
            // None, where the search finds points the shortlist or the filters hide: the list's words.
            let hidden = if n == 0 { untrack(|| state.hits_hidden()) } else { 0 };
            let count = if hidden == 0 { untrack(|| state.found_count()) } else { state.ui().no_match(hidden) };
            state.announcement.set(match now.2 {
                Some(urgent) => format!("{} {count}", state.ui().urgent(urgent)),
                None => count,
            });
        }
        now
    });
    move || {
        let lang = state.lang.get();
        // So does a new heading level (`heading`), or a new language of the host's content.
        state.heading_level.track();
        state.content_lang.track();
        let s = lang.ui();
        // The host's tables, then the built-in ones once the prose is there; each with the
        // language of its text when that is not the widget's.
        let tables = move || {
            let (host, built_in_wanted) = state.content.with(|c| {
                let host: Vec<_> = c.comparisons.iter().enumerate().map(|(i, t)| (format!("host-{i}"), t.clone(), state.content_lang.get_untracked())).collect();
                (host, c.built_in_comparisons)
            });
            let built_in = state.prose.with(|p| p.loaded().filter(|_| built_in_wanted).map(|l| l.tables()).unwrap_or_default());
            host.into_iter().chain(built_in).collect::<Vec<(String, Table, Option<String>)>>()
        };
        acu_view! {
            <div
                class="acu"
                role="region"
                aria-label=move || state.region_name()
                part="root"
                lang=lang.tag()
            >
                <p class="visually-hidden" role="status" data-testid="announcer">{move || state.announcement.get()}</p>
                <Notices />
                // The parts the page asked for (`parts`), each where it always is.
                {move || {
                    let parts = state.parts.get();
                    let side = [Part::Card, Part::Guide, Part::Filters, Part::List].into_iter().any(|p| parts.contains(p));
                    let map = parts.contains(Part::Map);
                    (map || side).then(|| acu_view! {
                        <div class="layout" class:single=!(map && side)>
                            {map.then(|| acu_view! { <body_map::BodyMap /> })}
                            {side.then(|| acu_view! {
                                <div class="side">
                                    {move || (card_built() && (parts.contains(Part::Card) || parts.contains(Part::Guide))).then(|| acu_view! { <point_card::PointCard /> })}
                                    {move || (list_built() && parts.contains(Part::Filters)).then(|| acu_view! { <filters::Filters /> })}
                                    {move || (list_built() && parts.contains(Part::List)).then(|| acu_view! { <point_list::PointList /> })}
                                </div>
                            })}
                        </div>
                    })
                }}
                {move || {
                    (tables_built() && state.parts.get().contains(Part::Tables)).then(tables).unwrap_or_default()
                        .into_iter()
                        .map(|(id, table, text_lang)| acu_view! { <comparison_table::ComparisonTable id table text_lang /> })
                        .collect_view()
                }}
                <p class="disclaimer">{s.disclaimer}</p>
            </div>
        }
    }
}

/// The keys of the WAI-ARIA tabs pattern, on a tab that is `index` of `count` in its tab list
/// (the view tabs, the card's tabs): the arrow keys go to the next or the previous tab, round,
/// Home and End to the first and the last. Focuses that tab and gives its index, for the caller
/// to show its panel (tabs that activate on focus); `None` for any other key.
fn tab_key(ev: &web_sys::KeyboardEvent, index: usize, count: usize) -> Option<usize> {
    let next = match ev.key().as_str() {
        "ArrowRight" => (index + 1) % count,
        "ArrowLeft" => (index + count - 1) % count,
        "Home" => 0,
        "End" => count.checked_sub(1)?,
        _ => return None,
    };
    ev.prevent_default();
    let tab = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|tab| tab.parent_element())
        .and_then(|list| list.children().item(next as u32))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(tab) = tab {
        let _ = tab.focus();
    }
    Some(next)
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
                                <span id=format!("notice-{index}")>{move || notice.text(state.lang.get().ui())}</span>
                                // "Dismiss", and which notice: several are told apart.
                                <button
                                    type="button"
                                    class="dismiss"
                                    aria-label=strings().dismiss
                                    aria-describedby=format!("notice-{index}")
                                    on:click=move |ev| {
                                        state
                                            .notices
                                            .update(|n| {
                                                if index < n.len() {
                                                    n.remove(index);
                                                }
                                            });
                                        // The next notice, else the widget's first control.
                                        refocus(&ev, &[".notice .dismiss", "[role=tab][aria-selected=true]", "button"]);
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
