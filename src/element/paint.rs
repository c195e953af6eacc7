//! The map as the widget first shows it, painted straight into the shadow root while the code
//! of the live widget (the store and the Leptos UI, `live.rs`) is still on its way.
//!
//! What the reader sees first is the body figure with its markers: this module draws that from
//! the element's attributes and content with a few dozen DOM calls, in the same markup and
//! classes as `ui::body_map`, so the widget's stylesheet draws it the same and nothing moves
//! when the live widget takes its place. The rest of the widget keeps its place with the
//! placeholders the live widget shows while its parts load; a card's location and caution
//! texts come from the prose file if it is in first ([`fill_card`]). A click on a marker is
//! shown at once, the selection and the peek moved to that point and its card painted
//! ([`Chosen`], [`reselect`]), and done again once the widget is live (`widget.rs`); nothing
//! painted takes keyboard focus. Unusable attributes and content are reported by the live
//! widget; here they fall back to the defaults it uses.

use super::host::ElementHost;
use super::json;
use crate::attributes::{self, HeadingLevel, Labels, Mode};
use crate::catalog::{self, POINTS};
use crate::contract::Attribute;
use crate::figure::View;
use crate::model::{Notation, Point};
use crate::attributes::{Part, Parts};
use crate::state::{self, Host, Narrowing};
use crate::strings::Lang;
use crate::ui::{prose_room_class, prose_waiting_class, SVG, WARN_ICON};
use crate::viewport::{hit_radii, label_anchor, labelled, translate_scale, Viewport};
use wasm_bindgen::JsValue;
use web_sys::{Document, Element, HtmlElement};

/// What the widget shows before the reader does anything, read as the live widget reads it.
/// (A field added here is one more for [`reselect`] to compare.)
pub struct FirstView {
    pub view: View,
    pub selected: Option<&'static Point>,
    pub lang: Lang,
    mode: Mode,
    labels: Labels,
    heading_level: HeadingLevel,
    /// The page's own name for the widget (`aria-label`).
    page_label: Option<String>,
    /// The parts the page asked for (`parts`): only those are painted.
    parts: Parts,
    /// The points drawn on the view, in list order.
    points: Vec<&'static Point>,
    /// The selection is the point of the peek under the map (`ui::selection_peek`): the one
    /// last tapped on the map, else the page's `selected`, shown while it is selected.
    peek: bool,
}

impl FirstView {
    /// Reads the element's attributes and its content's JSON text (`content`). `chosen` is what
    /// the reader or the page chose since ([`Chosen`]), shown over the `selected` attribute;
    /// `tapped` the point last tapped on the map, if any, whose peek then shows in place of the
    /// page's point's.
    pub fn read(host: &HtmlElement, content: Option<&str>, chosen: Option<Chosen>, tapped: Option<&'static Point>) -> FirstView {
        let attribute = |a: Attribute| host.get_attribute(a.name()).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let notation = Self::notation(host);
        let page_selected = attribute(Attribute::Selected).and_then(|code| catalog::point_in(&code, notation));
        // Without a `view`, the selected point's (as `WidgetState::apply_attribute` does).
        let view = match attribute(Attribute::View) {
            Some(v) => attributes::view(&v).unwrap_or_default(),
            None => page_selected.map_or(View::default(), |p| p.view_from(View::default())),
        };
        let (selected, view) = chosen.map_or((page_selected, view), |c| (c.point, c.view));
        let shown = attribute(Attribute::Points).map(|v| attributes::points_in(&v, notation).0);
        let meridians = attribute(Attribute::Meridians).map(|v| attributes::meridians(&v).0);
        // The live widget opens on the host's first shortlist.
        let listed = content.and_then(json::first_shortlist);
        let conditions = attribute(Attribute::Condition).map(|v| attributes::conditions(&v).tags).unwrap_or_default();
        let narrowing = Narrowing {
            shown: shown.as_deref(),
            meridians: meridians.as_deref(),
            listed: listed.as_deref(),
            conditions: &conditions,
            ..Narrowing::default()
        };
        FirstView {
            view,
            selected,
            lang: Self::lang(host),
            mode: attribute(Attribute::Mode).and_then(|v| attributes::mode(&v)).unwrap_or_default(),
            labels: attribute(Attribute::Labels).and_then(|v| attributes::labels(&v)).unwrap_or_default(),
            heading_level: attribute(Attribute::HeadingLevel).and_then(|v| attributes::heading_level(&v)).unwrap_or_default(),
            page_label: attribute(Attribute::AriaLabel),
            parts: attribute(Attribute::Parts).map(|v| Parts::read(&v).0).unwrap_or_default(),
            points: state::marked_points(narrowing.apply(POINTS.iter()), selected, view),
            peek: selected.is_some() && selected == tapped.or(page_selected),
        }
    }

    /// The point the painted card opens on, if it has one: what its prose fills in
    /// ([`fill_card`]).
    pub fn card(&self) -> Option<CardPoint> {
        let painted = self.parts.contains(Part::Card) || self.parts.contains(Part::Guide);
        let point = self.selected.filter(|_| painted)?;
        Some(CardPoint { point, lang: self.lang, patient: self.mode == Mode::Patient })
    }

    /// The notation the element reads codes in (also for `select()` before the widget is live).
    pub fn notation(host: &HtmlElement) -> Notation {
        host.get_attribute(Attribute::Notation.name()).and_then(|v| attributes::notation(&v)).unwrap_or_default()
    }

    /// The widget's language: its own `lang`, else the page's (also for a notice before the
    /// widget is live).
    pub fn lang(host: &HtmlElement) -> Lang {
        let own = host.get_attribute(Attribute::Lang.name()).filter(|v| !v.trim().is_empty());
        let tag = own.map_or_else(|| ElementHost(host.clone()).page_lang(), Some);
        tag.and_then(|tag| attributes::lang(&tag)).unwrap_or_default()
    }
}

/// What the reader or the page chose while the map is painted, before the live widget does it
/// again (a click on a marker, `select()`, `clear()`), shown over the `selected` attribute until
/// that changes: the point, if any, and the view it is shown on.
#[derive(Clone, Copy)]
pub struct Chosen {
    pub point: Option<&'static Point>,
    pub view: View,
}

impl Chosen {
    /// `point` chosen, or none (a clear), on the map showing `view`: the selection turns to a
    /// view that draws the point, a clear stays where it is (as the live widget's).
    pub fn on(point: Option<&'static Point>, view: View) -> Chosen {
        Chosen { point, view: point.map_or(view, |p| p.view_from(view)) }
    }
}

/// The point a painted card opens on, in the reader's language, for a patient or not.
#[derive(Clone, Copy)]
pub struct CardPoint {
    point: &'static Point,
    lang: Lang,
    patient: bool,
}

/// Builds elements of one document.
struct Builder(Document);

impl Builder {
    fn add(&self, parent: &Element, ns: Option<&str>, tag: &str, attributes: &[(&str, &str)], text: Option<&str>) -> Element {
        let element = match ns {
            Some(_) => self.0.create_element_ns(ns, tag),
            None => self.0.create_element(tag),
        };
        // Creating an element of a known tag cannot fail; if it ever did, the paint is only
        // incomplete, and the live widget still comes.
        let Ok(element) = element else { return parent.clone() };
        for (name, value) in attributes {
            let _ = element.set_attribute(name, value);
        }
        if let Some(text) = text {
            element.set_text_content(Some(text));
        }
        let _ = parent.append_child(&element);
        element
    }

    fn html(&self, parent: &Element, tag: &str, attributes: &[(&str, &str)], text: Option<&str>) -> Element {
        self.add(parent, None, tag, attributes, text)
    }

    fn svg(&self, parent: &Element, tag: &str, attributes: &[(&str, &str)]) -> Element {
        self.add(parent, SVG, tag, attributes, None)
    }
}

/// Paints `first` into a new container of `root`, and returns it (`None` if the page has no
/// document to build with).
pub fn paint(root: &web_sys::ShadowRoot, first: &FirstView) -> Option<Element> {
    let document = root.owner_document()?;
    let b = Builder(document);
    let container = b.0.create_element("div").ok()?;
    container.set_class_name("acu-mount painted");
    let s = first.lang.paint();
    // Named as the live widget names it (`WidgetState::region_name`), what it is about aside.
    let name = first.page_label.as_deref().unwrap_or_else(|| s.widget_name(first.parts.contains(Part::Map)));
    let acu = b.html(
        &container,
        "div",
        &[("class", "acu"), ("role", "region"), ("aria-label", name), ("aria-busy", "true"), ("part", "root"), ("lang", first.lang.tag())],
        None,
    );
    b.html(&acu, "div", &[("class", "notices"), ("part", "notices")], None);
    // The parts the page asked for, laid out as the live widget lays them (`ui::App`).
    let parts = first.parts;
    let side = [Part::Card, Part::Guide, Part::Filters, Part::List].into_iter().any(|p| parts.contains(p));
    let map = parts.contains(Part::Map);
    let mut figure = None;
    if map || side {
        let layout = b.html(&acu, "div", &[("class", if map && side { "layout" } else { "layout single" })], None);
        if map {
            figure = Some(paint_map_panel(&b, &layout, first));
        }
        if side {
            let side = b.html(&layout, "div", &[("class", "side")], None);
            if parts.contains(Part::Card) || parts.contains(Part::Guide) {
                paint_card(&b, &side, first);
            }
            if parts.contains(Part::Filters) || parts.contains(Part::List) {
                b.html(&side, "div", &[("class", "placeholder browse"), ("aria-hidden", "true")], None);
            }
        }
    }
    b.html(&acu, "p", &[("class", "disclaimer")], Some(s.disclaimer));
    root.append_child(&container).ok()?;
    // The markers last, at their size on the map as laid out (`Viewport::mark_scale`).
    if let Some((svg, points)) = figure {
        paint_markers(&b, &svg, &points, first);
    }
    Some(container)
}

/// The map's panel: the view tabs, the toolbar, the figure, the hint. Returns the `<svg>` and
/// its group for the markers ([`paint_markers`]).
fn paint_map_panel(b: &Builder, layout: &Element, first: &FirstView) -> (Element, Element) {
    let s = first.lang.paint();
    let panel = b.html(layout, "section", &[("class", "map-panel"), ("part", "map")], None);
    let tabs = b.html(&panel, "div", &[("class", "tabs"), ("role", "tablist"), ("aria-label", s.view_tabs_label)], None);
    for view in View::ALL {
        let class = match view {
            View::HeadFront => "tab closeup first-closeup",
            v if v.is_closeup() => "tab closeup",
            _ => "tab",
        };
        let selected = if view == first.view { "true" } else { "false" };
        let attributes = [("type", "button"), ("role", "tab"), ("class", class), ("aria-selected", selected), ("tabindex", "-1")];
        b.html(&tabs, "button", &attributes, Some(s.view_labels.get(view)));
    }
    let toolbar = b.html(&panel, "div", &[("class", "toolbar")], None);
    for (text, label) in [("+", s.zoom_in), ("−", s.zoom_out), ("⟲", s.zoom_reset)] {
        b.html(&toolbar, "button", &[("type", "button"), ("class", "tool"), ("aria-label", label), ("tabindex", "-1")], Some(text));
    }
    let toggle = [("type", "button"), ("class", "tool toggle"), ("aria-pressed", "false"), ("tabindex", "-1")];
    b.html(&toolbar, "button", &toggle, Some(s.overlay_toggle));
    let frame = b.html(&panel, "div", &[("class", "map-frame")], None);
    let figure = paint_map(b, &frame, first);
    paint_peek(b, &frame, first);
    b.html(&panel, "p", &[("class", "map-hint")], Some(s.zoom_hint));
    b.html(&panel, "div", &[("class", "placeholder legend"), ("aria-hidden", "true")], None);
    figure
}

/// Right under the map's `frame`, the point the page opens on or the reader last tapped, as
/// `ui::selection_peek` shows it where the card is below the map (a phone; the stylesheet hides
/// it beside the card) or where there is no card: its code, its name and the kinds of its
/// cautions, kept at the screen's foot, and a button to its card.
fn paint_peek(b: &Builder, frame: &Element, first: &FirstView) {
    let (Some(point), Some(panel)) = (first.selected.filter(|_| first.peek), frame.parent_element()) else { return };
    let (lang, s) = (first.lang, first.lang.paint());
    let next = frame.next_sibling();
    let card = first.parts.contains(Part::Card);
    let class = format!("peek m-{} on-map{}", point.meridian(), if card { " with-card" } else { "" });
    let peek = b.html(&panel, "div", &[("class", &class)], None);
    let _ = panel.insert_before(&peek, next.as_ref());
    let name = b.html(&peek, "p", &[("class", "peek-name")], None);
    b.html(&name, "span", &[("class", "code")], Some(point.code));
    // Named in study mode too: the painted card shows the answer (the live widget's is
    // revealed for the page's point, and for a tap on the painted map: `Live::pick`).
    name.append_with_str_1(lang.point_name(point)).ok();
    let kinds = lang.caution_kinds(point, first.mode == Mode::Patient);
    if !kinds.is_empty() {
        let cautions = b.html(&peek, "p", &[("class", "peek-cautions")], None);
        warn_icon(b, &cautions);
        b.html(&cautions, "span", &[("class", "visually-hidden")], Some(&[s.cautions, s.label_colon].concat()));
        cautions.append_with_str_1(&kinds.join(" · ")).ok();
    }
    if card {
        b.html(&peek, "button", &[("type", "button"), ("class", "tool to-card"), ("tabindex", "-1")], Some(s.peek_details));
    }
}

/// The warning sign before the cautions, as `ui::WarnIcon`.
fn warn_icon(b: &Builder, parent: &Element) {
    let icon = b.svg(parent, "svg", &[("class", "warn-icon"), ("viewBox", "0 0 24 24"), ("aria-hidden", "true")]);
    b.svg(&icon, "path", &[("d", WARN_ICON)]);
}

/// The card as `ui::point_card` first shows it: the selected point's names and every caution
/// by its kind (the texts come with the prose file), or the invitation to pick a point.
fn paint_card(b: &Builder, side: &Element, first: &FirstView) -> Element {
    let (lang, s) = (first.lang, first.lang.paint());
    let panel = b.html(side, "section", &[("class", "card-panel"), ("part", "card")], None);
    let Some(point) = first.selected else {
        b.html(&panel, "p", &[("class", "card-empty")], Some(&s.card_hint(first.mode, first.parts)));
        return panel;
    };
    let patient = first.mode == Mode::Patient;
    let card = b.html(&panel, "article", &[("class", "card")], None);
    let head = b.html(&card, "header", &[("class", &format!("card-head m-{}", point.meridian()))], None);
    // The name, and the English name as its subtitle (as the live card: `ui::point_card`).
    let names = b.html(&head, "hgroup", &[], None);
    let title = b.html(&names, first.heading_level.title(), &[("class", "title")], None);
    b.html(&title, "span", &[("class", "code")], Some(point.code));
    // The name as its reader knows it first, as the live card (`ui::point_card`).
    let pinyin = || b.html(&title, "span", &[("class", "pinyin")], Some(point.pinyin_tones()));
    if !lang.hanzi_first() {
        pinyin();
    }
    b.html(&title, "span", &[("class", "hanzi"), ("lang", lang.hanzi_tag())], Some(lang.hanzi(point)));
    if let Some((hanzi, tag)) = lang.other_hanzi(point) {
        b.html(&title, "span", &[("class", "hanzi other-script"), ("lang", tag)], Some(hanzi));
    }
    if lang.hanzi_first() {
        pinyin();
    }
    let english: &[(&str, &str)] = if lang == Lang::En { &[("class", "english")] } else { &[("class", "english"), ("lang", "en")] };
    b.html(&names, "p", english, Some(point.english()));
    let meta = b.html(&head, "p", &[("class", "meta")], None);
    b.html(&meta, "span", &[], Some(&[s.meridian, s.label_colon, lang.meridian(point.meridian())].concat()));
    b.html(&meta, "span", &[], Some(&[s.region, s.label_colon, lang.region(point.region())].concat()));
    if let Some((national, tag)) = lang.national(point) {
        let span = b.html(&meta, "span", &[], Some(&[s.national_standard, s.label_colon].concat()));
        let hanzi = tag.map(|tag| [("class", "hanzi"), ("lang", tag)]);
        b.html(&span, "span", hanzi.as_ref().map_or(&[], |a| &a[..]), Some(national));
    }
    let also = lang.also_called(point);
    if !also.is_empty() {
        let span = b.html(&meta, "span", &[("data-testid", "other-name")], Some(&[s.also_called, s.label_colon].concat()));
        for (text, tag) in also {
            let hanzi = tag.map(|tag| [("class", "hanzi"), ("lang", tag)]);
            b.html(&span, "span", hanzi.as_ref().map_or(&[], |a| &a[..]), Some(text));
        }
    }
    if !point.cautions.is_empty() {
        let cautions = b.html(&card, "div", &[("class", "cautions"), ("role", "note")], None);
        let heading = b.html(&cautions, first.heading_level.section(), &[("class", "section-title")], None);
        warn_icon(b, &heading);
        heading.append_with_str_1(s.cautions).ok();
        let list = b.html(&cautions, "ul", &[], None);
        let stand_in = lang.caution_stand_in(patient);
        for caution in point.cautions {
            let item = b.html(&list, "li", &[("data-kind", caution.kind())], None);
            b.html(&item, "strong", &[], Some(lang.caution_for(caution.kind(), patient)));
            b.html(&item, "span", &[("class", "stand-in"), ("aria-hidden", "true")], Some(stand_in));
        }
        b.html(&cautions, "p", &[("class", "by-kind")], Some(s.cautions_by_kind));
    }
    b.html(&card, "p", &[("class", prose_waiting_class(patient))], Some(s.prose_loading));
    panel
}

/// The painted card's texts once its prose file is in, before the live widget: the location
/// and each caution's text, as the live card shows them (`ui::point_card`), in place of the
/// stand-ins; the rest of its prose comes with the live widget. `file` is the prose file as
/// the browser parsed it; nothing is changed if the card is filled already, or the file is
/// not of its language or lacks its texts.
pub fn fill_card(painting: &Element, card_point: CardPoint, file: &JsValue) {
    let CardPoint { point, lang, patient } = card_point;
    let find = |selector: &str| painting.query_selector(selector).ok().flatten();
    let (Some(card), Some(document)) = (find(".card"), painting.owner_document()) else { return };
    let Some(waiting) = find(".card > .prose-status") else { return };
    let Some(texts) = super::prose::card_texts(file, lang, point.code, patient) else { return };
    let b = Builder(document);
    let s = lang.paint();
    // Marked with its own language if not yet in the reader's (as the live card's).
    let mark = |element: &Element| {
        if let Some(tag) = texts.lang.as_deref().filter(|t| *t != lang.tag()) {
            let _ = element.set_attribute("lang", tag);
        }
    };
    // Each caution's text in its stand-in's place, after its kind, in the point's order.
    let mut i = 0;
    while let Some(stand_in) = find(".cautions .stand-in") {
        let Some(text) = texts.cautions.get(i).as_string() else {
            stand_in.remove();
            continue;
        };
        i += 1;
        let _ = stand_in.remove_attribute("class");
        let _ = stand_in.remove_attribute("aria-hidden");
        stand_in.set_text_content(Some(&text));
        mark(&stand_in);
        if let Some(kind) = stand_in.previous_element_sibling() {
            let _ = kind.append_with_str_1(s.label_colon);
        }
    }
    if let Some(by_kind) = find(".cautions .by-kind") {
        by_kind.remove();
    }
    // In the room kept for the prose, with the line that says the rest is on its way: the card
    // does not grow under the reader.
    let room = b.html(&card, "div", &[("class", prose_room_class(patient))], None);
    let _ = card.insert_before(&room, Some(&waiting));
    let fields = b.html(&room, "dl", &[("class", "fields")], None);
    let _ = room.append_child(&waiting);
    waiting.set_class_name("prose-status");
    waiting.set_text_content(Some(s.prose_loading_rest));
    b.html(&fields, "dt", &[], Some(s.location));
    mark(&b.html(&fields, "dd", &[("data-testid", "painted-location")], Some(&texts.location)));
}

/// The figure, as `ui::body_map::MapSvg` draws it at first, with an empty group for the
/// markers: the `<svg>` and that group.
fn paint_map(b: &Builder, frame: &Element, first: &FirstView) -> (Element, Element) {
    let figure = first.view.figure();
    let viewport = Viewport::whole(figure.width, figure.height);
    let s = first.lang.paint();
    let label = crate::strings::fill(s.map_label, &[("view", s.view_labels.get(first.view))]);
    let svg = b.svg(
        frame,
        "svg",
        &[("class", "map"), ("viewBox", &viewport.view_box()), ("preserveAspectRatio", "xMidYMid meet"), ("role", "group"), ("aria-label", &label)],
    );
    let silhouette = figure.silhouette();
    if figure.merge_parts {
        let merged = b.svg(&svg, "g", &[("class", "merged")]);
        for class in ["edge", "fill"] {
            for d in &silhouette {
                b.svg(&merged, "path", &[("class", class), ("d", d)]);
            }
        }
    } else {
        for (i, d) in silhouette.iter().enumerate() {
            b.svg(&svg, "path", &[("class", if i == 0 { "figure" } else { "figure part" }), ("d", d)]);
        }
    }
    let cues = b.svg(&svg, "g", &[("class", "cues"), ("aria-hidden", "true")]);
    for (_, d) in figure.cues {
        b.svg(&cues, "path", &[("d", *d)]);
    }
    let points = b.svg(&svg, "g", &[("class", "points")]);
    (svg, points)
}

/// The markers of `first` and their codes into `points`, and the selected point's alternative
/// sites into `svg`, as `ui::body_map::MapSvg` draws them at first: on the map as laid out,
/// measured once (the live map follows its size, `ui::use_size_on_screen`).
fn paint_markers(b: &Builder, svg: &Element, points: &Element, first: &FirstView) {
    let viewport = laid_out(svg, first.view);
    let shrink = 1.0 / viewport.mark_scale();
    let mut hits = hit_radii(&first.points, first.view, viewport.mark_scale()).into_iter();
    for &point in &first.points {
        let selected = first.selected == Some(point);
        let marker = b.svg(points, "g", &[("class", &marker_class(point, selected)), ("data-code", point.code), ("aria-label", &first.lang.marker_label(point))]);
        let positions = point.positions_on(first.view);
        for &at in positions {
            let site = b.svg(&marker, "g", &[("transform", &translate_scale(at, shrink))]);
            // The circles of `ui::body_map::site_circles`, which the live map clones; made here
            // one by one, which is slower for hundreds of sites but keeps that function (and its
            // half a kilobyte) off the first path.
            if selected {
                pulse(b, &site);
            }
            let hit = hits.next().unwrap_or_default();
            for (class, r) in [("hit", hit.as_str()), ("ring", "5.5"), ("dot", "3")] {
                b.svg(&site, "circle", &[("class", class), ("r", r)]);
            }
        }
    }
    paint_labels(b, svg, first, &viewport);
    paint_alternatives(b, svg, first, shrink);
}

/// The codes' labels placed for `first` (`viewport::labelled`), as `ui::body_map::MapSvg`
/// draws them: each in its marker, the selected point's in a group of its own over every
/// marker.
fn paint_labels(b: &Builder, svg: &Element, first: &FirstView, viewport: &Viewport) {
    let shrink = 1.0 / viewport.mark_scale();
    for (code, right) in labelled(&first.points, first.view, first.selected, viewport, first.mode, first.labels) {
        let Some(point) = first.points.iter().find(|p| p.code == code) else { continue };
        let parent = if first.selected == Some(*point) {
            b.svg(svg, "g", &[("class", "selected-code"), ("aria-hidden", "true")])
        } else {
            match svg.query_selector(&format!("g.point[data-code=\"{code}\"]")) {
                Ok(Some(marker)) => marker,
                _ => continue,
            }
        };
        let (x, anchor) = if right { ("8", "start") } else { ("-8", "end") };
        let at = translate_scale(label_anchor(point.positions_on(first.view)), shrink);
        let text = b.svg(&parent, "text", &[("class", "label"), ("transform", &at), ("x", x), ("y", "3.5"), ("text-anchor", anchor), ("aria-hidden", "true")]);
        text.set_text_content(Some(code));
    }
}

/// The view's viewport as its map is laid out, measured (the live map follows its size,
/// `ui::use_size_on_screen`).
fn laid_out(svg: &Element, view: View) -> Viewport {
    let figure = view.figure();
    Viewport { screen: crate::ui::size_on_screen(svg), ..Viewport::whole(figure.width, figure.height) }
}

/// A marker's classes: its meridian's, and `selected`.
fn marker_class(point: &Point, selected: bool) -> String {
    format!("point m-{}{}", point.meridian(), if selected { " selected" } else { "" })
}

/// The selected marker's pulse, first in each of its sites.
fn pulse(b: &Builder, site: &Element) {
    let circle = b.svg(site, "circle", &[("class", "pulse"), ("r", "8")]);
    let _ = site.prepend_with_node_1(&circle);
}

/// The selected point's WHO alternative sites on the view, if it has any there.
fn paint_alternatives(b: &Builder, svg: &Element, first: &FirstView, shrink: f32) {
    let alternatives = first.selected.map_or(&[][..], |p| p.alternative_positions_on(first.view));
    if !alternatives.is_empty() {
        let group = b.svg(svg, "g", &[("class", "alternative"), ("aria-hidden", "true")]);
        for &at in alternatives {
            let site = b.svg(&group, "g", &[("transform", &translate_scale(at, shrink))]);
            b.svg(&site, "circle", &[("class", "alt-ring"), ("r", "7")]);
            b.svg(&site, "path", &[("class", "alt-cross"), ("d", "M-3 -3l6 6M3 -3l-6 6")]);
        }
    }
}

/// Moves `painting`'s selection, painted from `before`, to `first`'s point when nothing else
/// differs (a click on a painted marker): the two markers' classes and pulses, the codes'
/// labels, the alternative sites, the peek and the card, rather than the whole widget, which
/// for the study page's 409 markers takes a phone's CPU most of a second. False if something
/// else differs: paint it all again.
pub fn reselect(painting: &Element, before: &FirstView, first: &FirstView) -> bool {
    let same = first.view == before.view
        && first.points == before.points
        && first.lang == before.lang
        && first.mode == before.mode
        && first.labels == before.labels
        && first.heading_level == before.heading_level
        && first.page_label == before.page_label
        && first.parts == before.parts;
    let Some(document) = painting.owner_document().filter(|_| same) else { return false };
    let b = Builder(document);
    let find = |selector: &str| painting.query_selector(selector).ok().flatten();
    // The peek follows the selection as on the live map: gone once it leaves the peek's point,
    // painted for a point tapped.
    if let Some(peek) = find(".peek") {
        peek.remove();
    }
    if let Some(frame) = find(".map-frame") {
        paint_peek(&b, &frame, first);
    }
    for (point, selected) in [(before.selected, false), (first.selected, true)] {
        let Some(point) = point else { continue };
        let Some(marker) = find(&format!("g.point[data-code=\"{}\"]", point.code)) else { continue };
        let _ = marker.set_attribute("class", &marker_class(point, selected));
        let sites = marker.children();
        for i in 0..sites.length() {
            let Some(site) = sites.item(i).filter(|s| s.tag_name() == "g") else { continue };
            match site.query_selector(".pulse").ok().flatten() {
                Some(old) if !selected => old.remove(),
                None if selected => pulse(&b, &site),
                _ => {}
            }
        }
    }
    // The codes' labels placed again (the new selection's code shows whatever it covers, so
    // another may have to give way), and its alternative sites.
    while let Some(old) = find("svg.map .label, .selected-code, .alternative") {
        old.remove();
    }
    if let Some(svg) = find("svg.map") {
        let viewport = laid_out(&svg, first.view);
        paint_labels(&b, &svg, first, &viewport);
        paint_alternatives(&b, &svg, first, 1.0 / viewport.mark_scale());
    }
    if let (Some(panel), Ok(holder)) = (find(".card-panel"), b.0.create_element("div")) {
        let _ = panel.replace_with_with_node_1(&paint_card(&b, &holder, first));
    }
    true
}
