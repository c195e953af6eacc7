//! The widget's store, natively: attributes, methods, content and the prose file go in through
//! [`WidgetState`]; notices, announcements and the events of the contract come out, with a
//! test page as its [`Host`].

use acumap::catalog;
use acumap::contract::{Attribute, ErrorSource};
use acumap::figure::View;
use acumap::host_content::{self, Table};
use acumap::model::Point;
use acumap::prose::{PointProse, ProseFile, ProseFileKind};
use acumap::search::ProseIndex;
use acumap::state::{Emitted, Host, ProseSource, ProseState, WidgetState};
use acumap::strings::Lang;
use reactive_graph::traits::{Get, GetUntracked, Set, Update, With, WithUntracked};
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// A language's baked prose file (or a patient page's cut of it), as the widget reads one.
struct Baked {
    lang: Lang,
    kind: ProseFileKind,
    file: ProseFile,
    index: OnceCell<ProseIndex>,
}

impl Baked {
    fn new(lang: Lang, kind: ProseFileKind) -> Baked {
        Baked { lang, kind, file: kind.cut(catalog::baked_prose(lang.tag()).unwrap()), index: OnceCell::new() }
    }
}

/// The guide's words are the file's.
impl acumap::guide::Words for Baked {
    fn phrase(&self, key: &str) -> Option<String> {
        self.file.phrase(key)
    }
    fn landmark(&self, key: &str) -> Option<String> {
        self.file.landmark(key)
    }
    fn plain_landmark(&self, key: &str) -> Option<String> {
        self.file.plain_landmark(key)
    }
    fn hint(&self, key: &str) -> Option<String> {
        self.file.hint(key)
    }
    fn measurement(&self, key: &str) -> Option<String> {
        self.file.measurement(key)
    }
}

impl ProseSource for Baked {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn kind(&self) -> ProseFileKind {
        self.kind
    }
    fn point(&self, point: &Point) -> Option<PointProse> {
        self.file.points.get(point.code).cloned()
    }
    fn recipes(&self, point: &Point) -> Vec<acumap::locate::Recipe> {
        self.point(point).map(|p| p.locate).unwrap_or_default()
    }
    fn tables(&self) -> Vec<(String, Table, Option<String>)> {
        self.file.comparisons.iter().map(|c| (c.id.clone(), Table::from(c.clone()), c.lang.clone())).collect()
    }
    fn condition_guide(&self, id: &str) -> Option<acumap::prose::GuideProse> {
        self.file.conditions.iter().find(|g| g.id == id).cloned()
    }
    fn index(&self) -> &ProseIndex {
        self.index.get_or_init(|| ProseIndex::new(|p| self.point(p).map(|pr| pr.searchable().into_iter().map(str::to_string).collect::<Vec<_>>()), |p| self.point(p).map(|pr| pr.places().into_iter().map(str::to_string).collect::<Vec<_>>()), |p| self.point(p).is_some_and(|pr| pr.has_counterpart()), &self.file.search.words, self.file.conditions.iter().map(|g| (&g.id, &g.title)), self.file.search.most_used.iter().map(|(c, codes)| (c, codes.clone()))))
    }
    fn most_used(&self, complaint: &str) -> Vec<String> {
        self.file.search.most_used.get(complaint).cloned().unwrap_or_default()
    }
}

/// A page: the element's attributes, the language around it, and what the widget told it.
#[derive(Default)]
struct Page {
    attributes: RefCell<HashMap<&'static str, String>>,
    lang: Option<String>,
    /// Whether the prose file fails to load.
    offline: Cell<bool>,
    prose_requests: RefCell<Vec<(Lang, ProseFileKind, bool)>>,
    events: RefCell<Vec<Emitted>>,
    /// The page address's hash history: each entry and whether it was pushed.
    hash: RefCell<Vec<(String, bool)>>,
}

impl Host for Page {
    fn emit(&self, event: Emitted) {
        self.events.borrow_mut().push(event);
    }
    fn attribute(&self, attribute: Attribute) -> Option<String> {
        self.attributes.borrow().get(attribute.name()).cloned()
    }
    fn page_lang(&self) -> Option<String> {
        self.lang.clone()
    }
    fn load_prose(&self, state: WidgetState, lang: Lang, kind: ProseFileKind, retry: bool) {
        self.prose_requests.borrow_mut().push((lang, kind, retry));
        let file = match self.offline.get() {
            true => Err("offline".to_string()),
            false => Ok(Rc::new(Baked::new(lang, kind)) as Rc<dyn ProseSource>),
        };
        state.prose_arrived(lang, file);
    }
    fn random(&self) -> f64 {
        0.5
    }
    fn location_hash(&self) -> String {
        self.hash.borrow().last().map(|(h, _)| h.clone()).unwrap_or_default()
    }
    /// A replaced entry keeps its place in the history (and how it came there).
    fn set_location_hash(&self, hash: &str, push: bool) {
        let mut history = self.hash.borrow_mut();
        let pushed = if push { true } else { history.pop().is_none_or(|(_, pushed)| pushed) };
        history.push((hash.to_string(), pushed));
    }
    fn id(&self) -> Option<String> {
        None
    }
}

/// A widget on `page`, mounted as the element does: every attribute the page sets, then `lang`.
fn mount(page: Page) -> (Rc<Page>, WidgetState) {
    mount_with(page, |_| {})
}

/// [`mount`], with `setup` done after the attributes and before the widget is set up (as the
/// live widget applies its content and what it kept).
fn mount_with(page: Page, setup: impl FnOnce(&WidgetState)) -> (Rc<Page>, WidgetState) {
    let page = Rc::new(page);
    let state = WidgetState::new(page.clone());
    for attribute in Attribute::ALL {
        let value = page.attribute(attribute).or((attribute == Attribute::Lang).then(String::new));
        if let Some(value) = value {
            state.apply_attribute(attribute, Some(&value));
        }
    }
    setup(&state);
    // Set up, as `ui::Mounted::new` has it: from now on a new view is news to the page.
    state.opened();
    (page, state)
}

/// The host content `json` as the widget reads it (`set_content`).
fn content(json: &str) -> Option<acumap::state::ContentRead> {
    Some(host_content::parse(json).map_err(|why| (why, json.to_string())))
}

fn with_attributes(attributes: &[(&'static str, &str)]) -> Page {
    let page = Page::default();
    page.attributes.borrow_mut().extend(attributes.iter().map(|(k, v)| (*k, v.to_string())));
    page
}

fn errors(page: &Page) -> Vec<(ErrorSource, String)> {
    page.events
        .borrow()
        .iter()
        .filter_map(|e| match e {
            Emitted::Error { source, value, .. } => Some((*source, value.clone())),
            _ => None,
        })
        .collect()
}

fn notices(state: &WidgetState) -> Vec<String> {
    state.notices.with(|n| n.iter().map(|n| n.text(state.ui())).collect())
}

#[test]
fn a_bad_attribute_is_reported_once_in_the_widget_and_to_the_page_and_the_rest_works() {
    let (page, state) = mount(with_attributes(&[("view", "elbow"), ("selected", "GB30"), ("mode", "surgeon")]));
    assert_eq!(state.view.get_untracked(), View::Front);
    assert_eq!(state.selected.get_untracked().map(|p| p.code), Some("GB30"));
    assert_eq!(
        errors(&page),
        [(ErrorSource::Attribute(Attribute::View), "elbow".to_string()), (ErrorSource::Attribute(Attribute::Mode), "surgeon".to_string())]
    );
    let shown = notices(&state);
    assert_eq!(shown.len(), 2);
    assert!(shown[0].contains("“elbow” in the view attribute") && shown[0].contains("head-front") && shown[0].ends_with("using front."), "{shown:?}");
    // The last notice is what the live region says.
    assert_eq!(state.announcement.get_untracked(), shown[1]);
    // A good value of the same attribute takes its notice away and announces the view.
    state.apply_attribute(Attribute::View, Some(" Hand-Back "));
    assert_eq!(notices(&state).len(), 1);
    assert_eq!(state.view.get_untracked(), View::HandBack);
    assert_eq!(page.events.borrow().last(), Some(&Emitted::ViewChange(View::HandBack)));
    assert_eq!(state.announcement.get_untracked(), "Back of hand view.");
}

#[test]
fn a_keyword_attribute_names_its_values_and_the_one_used_instead() {
    use acumap::attributes::Labels;
    let (page, state) = mount(with_attributes(&[("labels", "ALL"), ("theme", "pink")]));
    assert_eq!(state.labels.get_untracked(), Labels::All);
    assert_eq!(notices(&state), ["Unknown value “pink” in the theme attribute (use one of light, dark, auto); using light."]);
    state.apply_attribute(Attribute::Labels, Some("some"));
    assert_eq!(state.labels.get_untracked(), Labels::Auto);
    assert!(notices(&state)[1].contains("labels attribute (use one of auto, none, all); using auto"), "{:?}", notices(&state));
    assert_eq!(errors(&page).last(), Some(&(ErrorSource::Attribute(Attribute::Labels), "some".to_string())));
    // `loading` as element.js reads it: any case, nothing else (an iframe's rule).
    state.apply_attribute(Attribute::Loading, Some("LAZY"));
    assert_eq!(notices(&state).len(), 2);
    state.apply_attribute(Attribute::Loading, Some("later"));
    assert!(notices(&state)[2].contains("“later” in the loading attribute (use one of eager, lazy); using eager"), "{:?}", notices(&state));
}

#[test]
fn heading_level_sets_the_titles_and_their_sections_and_names_its_values() {
    use acumap::attributes::HeadingLevel;
    let (page, state) = mount(with_attributes(&[("heading-level", " 2 ")]));
    let level = state.heading_level.get_untracked();
    assert_eq!((level.title(), level.section()), ("h2", "h3"));
    assert_eq!(Some(level), HeadingLevel::new(2));
    // Left out, h3 and h4, as before the attribute was there.
    state.apply_attribute(Attribute::HeadingLevel, None);
    assert_eq!((state.heading_level.get_untracked().title(), state.heading_level.get_untracked().section()), ("h3", "h4"));
    // HTML has six levels and a title's sections are one below it: 6 is refused, as is 0.
    for bad in ["6", "0", "h2", "2.5"] {
        state.apply_attribute(Attribute::HeadingLevel, Some(bad));
        assert_eq!(state.heading_level.get_untracked(), HeadingLevel::default(), "{bad}");
        let said = format!("“{bad}” in the heading-level attribute (use one of 1, 2, 3, 4, 5); using 3");
        assert!(notices(&state).iter().any(|n| n.contains(&said)), "{:?}", notices(&state));
    }
    assert_eq!(HeadingLevel::new(6), None);
    assert_eq!(errors(&page).len(), 4);
    // Its property is in camel case (element.js and the typings read this).
    assert_eq!(Attribute::HeadingLevel.property(), "headingLevel");
    assert_eq!(Attribute::Labels.property(), "labels");
}

#[test]
fn a_page_that_gives_the_point_but_not_the_view_is_shown_the_point() {
    // `selected` alone: the first view that draws the point (BL40, behind the knee: the back).
    let (page, state) = mount(with_attributes(&[("selected", "BL40")]));
    assert_eq!(state.view.get_untracked(), View::Back);
    assert!(!page.events.borrow().iter().any(|e| matches!(e, Emitted::ViewChange(_))), "the view it opens on is no change");
    // A new point the view does not draw brings a view that does; one it draws keeps the view.
    for (code, view) in [("ST36", View::Front), ("GB30", View::Back), ("LI4", View::Back)] {
        page.attributes.borrow_mut().insert("selected", code.to_string());
        state.apply_attribute(Attribute::Selected, Some(code));
        assert_eq!(state.view.get_untracked(), view, "{code}");
    }
    // A page that gives the view chose it: the point does not move it, at first or later.
    let (page, state) = mount(with_attributes(&[("view", "front"), ("selected", "BL40")]));
    assert_eq!(state.view.get_untracked(), View::Front);
    page.attributes.borrow_mut().insert("selected", "GB30".to_string());
    state.apply_attribute(Attribute::Selected, Some("GB30"));
    assert_eq!(state.view.get_untracked(), View::Front);
    assert!(!page.events.borrow().iter().any(|e| matches!(e, Emitted::ViewChange(_))));
}

#[test]
fn select_opens_a_view_that_draws_the_point_and_tells_the_page_with_its_prose() {
    let (page, state) = mount(with_attributes(&[("view", "hand-palm")]));
    let point = state.select_code("bl 23").unwrap();
    assert_eq!(point.code, "BL23");
    assert_eq!(state.view.get_untracked(), View::Back);
    let events = page.events.borrow();
    assert_eq!(events[events.len() - 2], Emitted::ViewChange(View::Back));
    let Emitted::Select(selected, Some(prose)) = &events[events.len() - 1] else { panic!("{events:?}") };
    assert_eq!(selected.code, "BL23");
    let location = &prose.practitioner.as_ref().unwrap().location;
    assert!(location.contains("L2"), "{location}");
    assert_eq!(state.announcement.get_untracked(), "BL23 Shènshū selected.");
    drop(events);
    assert_eq!(state.select_code("ZZ9"), None);
    assert_eq!(errors(&page), [(ErrorSource::Select, "ZZ9".to_string())]);
    assert_eq!(state.selected.get_untracked().map(|p| p.code), Some("BL23"), "an unknown code changes nothing");
}

#[test]
fn without_its_own_lang_the_widget_reads_the_page_and_loads_that_prose() {
    let (page, state) = mount(Page { lang: Some("zh-CN".into()), ..Page::default() });
    assert_eq!(state.lang.get_untracked(), Lang::ZhHans);
    assert_eq!(*page.prose_requests.borrow(), [(Lang::ZhHans, ProseFileKind::Whole, false)]);
    state.select_code("GB30");
    assert_eq!(state.announcement.get_untracked(), "已选中 GB30 环跳。");
    // Its own lang wins; the English file is asked for once.
    state.apply_attribute(Attribute::Lang, Some("en"));
    state.apply_attribute(Attribute::Lang, Some("en"));
    assert_eq!(*page.prose_requests.borrow(), [(Lang::ZhHans, ProseFileKind::Whole, false), (Lang::En, ProseFileKind::Whole, false)]);
}

#[test]
fn the_hosts_content_keeps_the_language_it_is_written_in_where_the_interface_has_another() {
    // A German page: the interface is English, the clinic's notes German.
    let (_, state) = mount(Page { lang: Some("de-CH".into()), ..Page::default() });
    assert_eq!((state.lang.get_untracked(), state.content_lang.get_untracked()), (Lang::En, Some("de-CH".to_string())));
    // A page in one of the widget's languages, in any of its tags: the content is in it.
    for tag in ["en-GB", "zh-TW", " zh-Hant ", ""] {
        let (_, state) = mount(Page { lang: Some(tag.into()), ..Page::default() });
        assert_eq!(state.content_lang.get_untracked(), None, "page lang {tag:?}");
    }
    // The element's own lang is its content's too, as HTML reads it; one the interface cannot
    // use (reported) is still the content's.
    let (page, state) = mount(Page { lang: Some("de".into()), ..with_attributes(&[("lang", "zh-Hant")]) });
    assert_eq!((state.lang.get_untracked(), state.content_lang.get_untracked()), (Lang::ZhHant, None));
    state.apply_attribute(Attribute::Lang, Some("fr"));
    assert_eq!((state.lang.get_untracked(), state.content_lang.get_untracked()), (Lang::En, Some("fr".to_string())));
    assert_eq!(errors(&page), [(ErrorSource::Attribute(Attribute::Lang), "fr".to_string())]);
    // Back to following the page.
    state.apply_attribute(Attribute::Lang, None);
    assert_eq!(state.content_lang.get_untracked(), Some("de".to_string()));
}

#[test]
fn a_prose_file_that_fails_leaves_a_notice_and_a_retry_recovers() {
    let page = Page::default();
    page.offline.set(true);
    let (page, state) = mount(page);
    assert!(state.prose.with(|p| matches!(p, ProseState::Failed)));
    assert_eq!(errors(&page), [(ErrorSource::Prose, "en".to_string())]);
    // The reader's notice says what it means for them; the page's developer gets why.
    assert!(notices(&state)[0].contains("could not be loaded") && !notices(&state)[0].contains("offline"), "{:?}", notices(&state));
    let message = page.events.borrow().iter().find_map(|e| match e {
        Emitted::Error { message, .. } => Some(message.clone()),
        _ => None,
    });
    assert!(message.is_some_and(|m| m.contains("could not be loaded") && m.ends_with("(offline)")));
    // The cautions need no prose: the built-in point still has them.
    assert!(!catalog::point("GB20").unwrap().cautions.is_empty());
    page.offline.set(false);
    state.load_prose(true);
    assert_eq!(page.prose_requests.borrow().last(), Some(&(Lang::En, ProseFileKind::Whole, true)));
    assert!(state.prose.with(|p| p.loaded().is_some()));
    assert!(notices(&state).is_empty(), "the notice goes once the file is there");
}

#[test]
fn a_patient_widget_reads_a_patient_pages_file_and_asks_for_the_whole_when_it_leaves_patient_mode() {
    let (page, state) = mount(with_attributes(&[("mode", "patient"), ("lang", "zh-Hant")]));
    // Asked for once, with the language and the mode both read (not first for the default mode).
    assert_eq!(*page.prose_requests.borrow(), [(Lang::ZhHant, ProseFileKind::Patient, false)]);
    state.select_code("GB21");
    let Some(Emitted::Select(_, Some(prose))) = page.events.borrow().last().cloned() else { panic!("no select with prose") };
    assert!(prose.patient.uses.contains('肩') && prose.practitioner.is_none(), "{prose:?}");
    // Search reads the plain words there: what GB21 is used for finds it.
    let uses = prose.patient.uses.split(['，', '。', '、']).find(|w| w.chars().count() >= 2).unwrap().to_string();
    state.query.set(uses.clone());
    assert!(state.visible.get_untracked().iter().any(|p| p.code == "GB21"), "{uses}");
    // A practitioner's card needs the whole file; the whole file serves patient mode too.
    state.apply_attribute(Attribute::Mode, Some("practitioner"));
    state.apply_attribute(Attribute::Mode, Some("patient"));
    assert_eq!(
        *page.prose_requests.borrow(),
        [(Lang::ZhHant, ProseFileKind::Patient, false), (Lang::ZhHant, ProseFileKind::Whole, false)]
    );
    assert!(state.point_prose(catalog::point("GB21").unwrap()).is_some_and(|p| p.practitioner.is_some()));
    // A patient page's file that comes late, after the widget left patient mode, is not taken.
    let (page, state) = mount(with_attributes(&[("mode", "patient")]));
    state.apply_attribute(Attribute::Mode, Some("study"));
    state.prose_arrived(Lang::En, Ok(Rc::new(Baked::new(Lang::En, ProseFileKind::Patient))));
    assert!(state.prose.with_untracked(|p| p.loaded().is_some_and(|l| l.kind() == ProseFileKind::Whole)));
    assert_eq!(page.prose_requests.borrow().len(), 2);
}

#[test]
fn a_file_that_another_widget_had_after_a_failure_takes_the_notice_away() {
    let page = Page::default();
    page.offline.set(true);
    let (page, state) = mount(page);
    assert_eq!(notices(&state).len(), 1);
    // The page's other widget retried, and its load worked: this one gets the file too.
    let file = Rc::new(Baked::new(Lang::En, ProseFileKind::Whole));
    state.prose_arrived(Lang::En, Ok(file.clone()));
    assert!(state.prose.with(|p| p.loaded().is_some()));
    assert!(notices(&state).is_empty());
    // The same file again (its own retry) changes nothing; a file in another language is not its.
    state.prose_arrived(Lang::En, Ok(file));
    state.prose_arrived(Lang::ZhHans, Err("offline".to_string()));
    assert!(state.prose.with(|p| p.loaded().is_some()));
    assert_eq!(errors(&page).len(), 1);
}

#[test]
fn a_point_given_by_its_name_is_read_and_a_name_two_points_share_is_reported_with_both() {
    let (page, state) = mount(with_attributes(&[("selected", "环跳"), ("points", "Zusanli, 內關, Futu, GB30")]));
    assert_eq!(state.selected.get_untracked().map(|p| p.code), Some("GB30"));
    let shown: Vec<&str> = state.shown.get_untracked().unwrap().iter().map(|p| p.code).collect();
    assert_eq!(shown, ["ST36", "PC6", "GB30"]);
    assert_eq!(errors(&page), [(ErrorSource::Attribute(Attribute::Points), "Futu".to_string())]);
    assert_eq!(notices(&state), ["“Futu” in the points attribute is the name of more than one point (LI18, ST32); it was ignored: give the code of the one you mean."]);
    assert_eq!(state.select_code("Futu"), None);
    assert!(notices(&state).last().unwrap().starts_with("“Futu” passed to select() is the name of more than one point (LI18, ST32)"), "{:?}", notices(&state));
    assert_eq!(state.select_code("Fútù").map(|p| p.code), Some("ST32"));
    assert_eq!(state.select_code("fu2 tu1").map(|p| p.code), Some("LI18"));
    assert_eq!(state.select_code("Huantaio"), None);
    assert!(notices(&state).last().unwrap().starts_with("Unknown point code or name “Huantaio” passed to select()"), "{:?}", notices(&state));
}

#[test]
fn a_new_notation_reads_the_codes_the_host_gave_again() {
    let (page, state) = mount(with_attributes(&[("selected", "V40"), ("points", "V40, VB30, P6")]));
    // Read in English notation: V40 and VB30 are no codes; P6 is PC6.
    assert_eq!(state.selected.get_untracked(), None);
    assert_eq!(errors(&page).len(), 3);
    page.attributes.borrow_mut().insert("notation", "fr".into());
    state.apply_attribute(Attribute::Notation, Some("fr"));
    assert_eq!(state.selected.get_untracked().map(|p| p.code), Some("BL40"));
    let shown: Vec<&str> = state.shown.get_untracked().unwrap().iter().map(|p| p.code).collect();
    assert_eq!(shown, ["BL40", "GB30", "LU6"]);
    assert!(notices(&state).is_empty(), "the old notices went with the old reading");
}

#[test]
fn host_content_problems_are_each_reported_and_the_notices_capped() {
    let (page, state) = mount(Page::default());
    let notes: Vec<String> = (0..8).map(|i| format!("\"XX{i}\": \"a note\"")).collect();
    let json = format!("{{\"notes\": {{{}, \"GB30\": \"Ours\"}}}}", notes.join(", "));
    state.set_content(content(&json));
    assert_eq!(errors(&page).iter().filter(|(s, _)| *s == ErrorSource::Content).count(), 8);
    let shown = notices(&state);
    assert_eq!(shown.len(), 6, "five notices and one counting the rest: {shown:?}");
    assert!(shown[5].contains('3'), "{}", shown[5]);
    assert!(state.content.with(|c| c.note(catalog::point("GB30").unwrap()) == Some("Ours")));
    // Unreadable content keeps the built-in content and says why.
    state.set_content(Some(Err((host_content::Unreadable::NotJson("EOF while parsing".into()), "{".into()))));
    assert_eq!(notices(&state), ["The content JSON could not be read (not JSON: EOF while parsing); showing the built-in content."]);
    assert_eq!(errors(&page).last(), Some(&(ErrorSource::Content, "{".to_string())));
}

#[test]
fn notices_are_said_again_in_a_language_chosen_later() {
    let (page, state) = mount(with_attributes(&[("selected", "XX1"), ("mode", "bogus")]));
    let json = r#"{"notes": {"QQ9": "x"}}"#;
    state.set_content(content(json));
    assert_eq!(notices(&state).len(), 3);
    let before = errors(&page).len();
    state.apply_attribute(Attribute::Lang, Some("zh-Hant"));
    let said = notices(&state);
    assert_eq!(said.len(), 3, "{said:?}");
    assert!(said[0].contains("穴位代碼或名稱「XX1」"), "{said:?}");
    assert!(said[1].contains("mode 屬性的值「bogus」"), "{said:?}");
    assert!(said[2].starts_with("內容 JSON，notes.QQ9"), "{said:?}");
    assert_eq!(errors(&page).len(), before, "the page was told once, in the language of the time");
}

#[test]
fn the_widget_is_named_by_what_the_page_made_it_about() {
    let name = |attributes: &[(&'static str, &str)]| mount(with_attributes(attributes)).1.region_name();
    assert_eq!(name(&[]), "Acupuncture point map");
    assert_eq!(name(&[("points", "BL23, BL25, GB30")]), "Acupuncture point map: BL23, BL25, GB30");
    // Five codes are named; a longer list, four and a count (never "and 1 more").
    assert_eq!(name(&[("points", "LI4, LR3, ST36, SP6, PC6")]), "Acupuncture point map: LI4, LR3, ST36, SP6, PC6");
    assert_eq!(name(&[("points", "LI4, LR3, ST36, SP6, PC6, GB20")]), "Acupuncture point map: LI4, LR3, ST36, SP6 and 2 more");
    assert_eq!(name(&[("points", "LI4, LR3, ST36, SP6, PC6, GB20"), ("lang", "zh-Hans")]), "针灸穴位图：LI4，LR3，ST36，SP6 等 2 个穴位");
    assert_eq!(name(&[("meridians", "LU, LI")]), "Acupuncture point map: Lung, Large Intestine");
    // What the page or the reader narrowed it to comes first, the page's own name before all.
    assert_eq!(name(&[("points", "BL23, GB30"), ("condition", "sciatica")]), "Acupuncture point map: Sciatica");
    assert_eq!(name(&[("points", "BL23, GB30"), ("aria-label", "Our low-back points")]), "Our low-back points");
    // Codes no catalog has name nothing.
    assert_eq!(name(&[("points", "XX1")]), "Acupuncture point map");
}

#[test]
fn the_list_narrows_by_host_points_filters_and_search() {
    let (_, state) = mount(with_attributes(&[("meridians", "BL, GB")]));
    let visible = || state.visible.get().iter().map(|p| p.code).collect::<Vec<_>>();
    assert!(visible().iter().all(|c| c.starts_with("BL") || c.starts_with("GB")));
    state.conditions.set(vec!["sciatica"]);
    let sciatica = visible();
    assert!(sciatica.contains(&"GB30") && sciatica.contains(&"BL40") && !sciatica.contains(&"GB20"), "{sciatica:?}");
    state.query.set("huantiao".into());
    assert_eq!(visible(), ["GB30"]);
}

#[test]
fn the_marks_scale_waits_for_a_gesture_to_end_and_follows_the_zoom_otherwise() {
    let (_, state) = mount(with_attributes(&[]));
    let zoom = |factor: f32| state.viewport.update(|v| *v = v.zoom_at(factor, (v.cx, v.cy)));
    let marks = || state.viewport.get_untracked().mark_scale();
    zoom(2.0);
    let two = state.viewport.get_untracked().scale;
    assert_eq!(state.mark_scale.get(), two, "a zoom step (a button, a key) moves the marks at once");
    // The map measured on a phone (the figure at 0.8 px a unit): the marks follow at once.
    state.viewport.update(|v| v.screen = (298.0, 672.0));
    assert_eq!(state.mark_scale.get(), two * 0.8);
    state.moving.set(true);
    zoom(1.5);
    zoom(1.5);
    assert_eq!(state.mark_scale.get(), two * 0.8, "while a pinch goes on, the marks keep their scale");
    state.moving.set(false);
    assert_eq!(state.mark_scale.get(), marks());
    assert!(state.mark_scale.get() > two * 0.8 * 2.0);
    // Back to the whole figure, the map is still on the same screen.
    state.reset_zoom();
    assert_eq!(state.mark_scale.get(), 0.8);
}

#[test]
fn the_selected_points_guide_follows_the_language_and_the_mode_and_its_step_the_point() {
    let (_, state) = mount(with_attributes(&[("selected", "BL23")]));
    let first = |state: &WidgetState| state.guide.with(|g| g.as_ref().map(|g| g.steps[0].text.clone()));
    assert!(first(&state).is_some_and(|t| t.starts_with("Find the spinous process of L2")), "{:?}", first(&state));
    state.apply_attribute(Attribute::Mode, Some("patient"));
    assert!(first(&state).is_some_and(|t| t.contains("lower-back vertebra")), "{:?}", first(&state));
    state.apply_attribute(Attribute::Lang, Some("zh-Hans"));
    assert!(first(&state).is_some_and(|t| t.contains("腰部第2节")), "{:?}", first(&state));
    state.show_guide_step(Some(2));
    assert_eq!(state.guide_step(), Some(2));
    // The map zooms in to all the guide draws: from the ruler between the scapulae to L2.
    let v = state.viewport.get_untracked();
    let back = View::Back.figure();
    let bl23 = acumap::catalog::POINTS.iter().find(|p| p.code == "BL23").unwrap();
    let (x0, y0, x1, y1) = state.guide.with(|g| g.as_ref().unwrap().bounds(back, bl23.positions_on(View::Back))).unwrap();
    assert!(v.scale > 1.5, "{v:?}");
    let (left, top) = v.point_at(0.0, 0.0);
    assert!(left <= x0 && top <= y0 && left + v.width() >= x1 && top + v.height() >= y1, "{v:?} shows {x0},{y0}–{x1},{y1}");
    assert!(state.announcement.get_untracked().starts_with("第3步，共4步：向外侧"), "{}", state.announcement.get_untracked());
    // A step belongs to its point: another point starts without one.
    state.select_code("ST36");
    assert_eq!(state.guide_step(), None);
    // Its guide, started on a view without the point, turns to one with it.
    state.set_view(View::Back);
    state.show_guide_step(Some(0));
    assert_eq!(state.view.get_untracked(), View::Front);
    state.select_code("BL23");
    assert_eq!(state.guide_step(), None, "one point's step at a time");
    state.apply_attribute(Attribute::Selected, None);
    assert_eq!(first(&state), None);
}

#[test]
fn the_locate_quiz_asks_scores_a_tap_in_b_cun_and_reports_each_answer_and_the_round() {
    use acumap::quiz::Kind;
    use acumap::state::QuizReport;
    let (page, state) = mount(with_attributes(&[("mode", "study"), ("points", "ST36,SP6")]));
    state.start_locate(Kind::Tap);
    let asked = state.locate.with_untracked(|q| q.as_ref().unwrap().round.current().unwrap());
    assert_eq!(state.selected.get_untracked(), None, "the card does not give the answer away");
    assert!(state.announcement.get_untracked().contains(asked.code), "{}", state.announcement.get_untracked());
    // A tap right on the point (the view shows it).
    let at = asked.positions_on(state.view.get_untracked())[0];
    state.answer_tap((at.0, at.1 + 0.5));
    assert_eq!(state.selected.get_untracked().map(|p| p.code), Some(asked.code), "the answer shows its card");
    let quiz_events = |page: &Page| -> Vec<QuizReport> {
        page.events.borrow().iter().filter_map(|e| match e { Emitted::Quiz(r) => Some(r.clone()), _ => None }).collect()
    };
    let first = quiz_events(&page);
    let [QuizReport::Answer { point, kind: Kind::Tap, distance, found: true, question: 1, of: 2 }] = first.as_slice() else { panic!("{first:?}") };
    assert_eq!(point.code, asked.code);
    assert!(*distance < 0.1, "{distance}");
    // A second tap before the next question changes nothing.
    state.answer_tap((0.0, 0.0));
    assert_eq!(quiz_events(&page).len(), 1);
    state.next_question();
    let second = state.locate.with_untracked(|q| q.as_ref().unwrap().round.current().unwrap());
    assert_ne!(second.code, asked.code);
    let at = second.positions_on(state.view.get_untracked())[0];
    state.answer_tap((at.0 + 200.0, at.1));
    let all = quiz_events(&page);
    assert_eq!(all.len(), 3, "{all:?}");
    let QuizReport::Round { kind: Kind::Tap, score } = &all[2] else { panic!("{all:?}") };
    assert_eq!((score.found, score.asked), (1, 2));
    assert_eq!(score.missed.iter().map(|p| p.code).collect::<Vec<_>>(), [second.code]);
    state.locate_again();
    assert_eq!(state.locate.with_untracked(|q| q.as_ref().unwrap().round.points.iter().map(|p| p.code).collect::<Vec<_>>()), [second.code]);
}

#[test]
fn a_choice_question_offers_four_markers_and_scores_the_one_chosen() {
    use acumap::quiz::Kind;
    let (_, state) = mount(with_attributes(&[("mode", "study"), ("points", "ST36")]));
    state.start_locate(Kind::Choice);
    let choices = state.locate.with_untracked(|q| q.as_ref().unwrap().choices.clone());
    assert_eq!(choices.len(), 4);
    let right = choices.iter().position(|p| p.code == "ST36").unwrap();
    let wrong = (right + 1) % 4;
    state.answer_choice(wrong);
    let answer = state.locate.with_untracked(|q| q.as_ref().unwrap().answer.clone().unwrap());
    assert_eq!(answer.chosen.map(|p| p.code), Some(choices[wrong].code));
    assert!(answer.distance > 0.0 && answer.distance.is_finite(), "{answer:?}");
}

#[test]
fn several_conditions_rank_points_by_how_many_they_serve_and_patient_mode_opens_with_the_guide() {
    let (page, state) = mount(with_attributes(&[("condition", "sciatica, low back pain, Headache, shingles"), ("mode", "patient")]));
    assert_eq!(state.conditions.get_untracked(), ["sciatica", "low-back-pain", "headache"]);
    assert_eq!(errors(&page), [(ErrorSource::Attribute(Attribute::Condition), "shingles".to_string())]);
    let visible = state.visible.get_untracked();
    let served: Vec<usize> = visible.iter().map(|p| acumap::state::serves(p, &state.conditions.get_untracked())).collect();
    assert!(served.windows(2).all(|w| w[0] >= w[1]), "ranked by how many they serve: {served:?}");
    assert!(served[0] >= 2 && *served.last().unwrap() == 1, "{served:?}");
    // Among those serving as many, the guides' points come first, in the guides' order.
    let top: Vec<&str> = visible.iter().take_while(|p| acumap::state::serves(p, &state.conditions.get_untracked()) == served[0]).map(|p| p.code).collect();
    let sciatica = acumap::catalog::GUIDES.iter().find(|g| g.id == "sciatica").unwrap();
    let first_guided = top.iter().position(|c| sciatica.points.contains(c));
    assert!(first_guided.is_none_or(|i| top[..i].iter().all(|c| sciatica.points.contains(c))), "{top:?}");
    // Patient mode opens on the first guide for them; a selected point wins over it.
    assert_eq!(state.card_tab.get_untracked().as_deref(), Some("sciatica"));
    assert_eq!(state.guides.get_untracked().iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(), ["sciatica", "low-back-pain", "migraine", "tension-type-headache"]);
    state.select_code("BL40");
    assert_eq!(state.card_tab.get_untracked(), None);
    // A guide id is a condition too; guides="off" shows none.
    state.apply_attribute(Attribute::Condition, Some("tension-type-headache"));
    assert_eq!(state.conditions.get_untracked(), ["headache"]);
    assert_eq!(state.guides.get_untracked().iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(), ["tension-type-headache", "migraine"], "the guide named comes first");
    state.apply_attribute(Attribute::Guides, Some("off"));
    assert!(state.guides.get_untracked().is_empty());
    state.apply_attribute(Attribute::Guides, Some("maybe"));
    assert!(notices(&state).iter().any(|n| n.contains("“maybe” in the guides attribute")), "{:?}", notices(&state));
}

/// One condition listed its points in catalog order: `low-back-pain` ST31, ST32, ST39 … with
/// BL40, the guide's first point, far down; `insomnia` ST45, SP1 and SP4 before HT7. Now its
/// guides' points come first, in the guides' order, then those the prose file lists as most
/// used for it, then the rest in catalog order; a search keeps its own order.
#[test]
fn one_condition_lists_the_points_most_used_for_it_first() {
    let catalog_order = |codes: &[&str]| codes.windows(2).all(|w| acumap::catalog::POINTS.iter().position(|p| p.code == w[0]) < acumap::catalog::POINTS.iter().position(|p| p.code == w[1]));
    // A condition a guide is named after: that guide's points first.
    for condition in ["low-back-pain", "neck-pain", "sciatica"] {
        let (_, state) = mount(with_attributes(&[("condition", condition)]));
        let visible: Vec<&str> = state.visible.get_untracked().iter().map(|p| p.code).collect();
        let guided = acumap::catalog::GUIDES.iter().find(|g| g.id == condition).unwrap().points;
        let first: Vec<&str> = guided.iter().copied().filter(|c| visible.contains(c)).collect();
        assert!(first.len() >= 5, "{condition}: {visible:?}");
        assert_eq!(visible[..first.len()], first[..], "{condition}");
        let rest: Vec<&str> = visible.iter().copied().filter(|c| !acumap::catalog::GUIDES.iter().any(|g| g.points.contains(c) && g.conditions.contains(condition))).collect();
        assert!(catalog_order(&rest), "{condition}: {rest:?}");
    }
    let (_, state) = mount(with_attributes(&[("condition", "low-back-pain")]));
    state.query.set("lumbar".into());
    let searched: Vec<&str> = state.visible.get_untracked().iter().map(|p| p.code).collect();
    let found: Vec<&str> = acumap::search::search("lumbar").iter().map(|p| p.code).filter(|c| searched.contains(c)).collect();
    assert!(searched.len() > 3, "{searched:?}");
    assert_eq!(searched, found, "the search's order");
    // A condition with a list of the points most used for it: after its guides' points (none
    // for insomnia and fever; knee osteoarthritis's for knee pain), the list, as the prose file
    // gives it, then the rest in catalog order.
    for (condition, complaint) in [("insomnia", "insomnia"), ("knee-pain", "knee pain"), ("fever", "fever")] {
        let (_, state) = mount(with_attributes(&[("condition", condition)]));
        let visible: Vec<&str> = state.visible.get_untracked().iter().map(|p| p.code).collect();
        let guided: Vec<&str> = acumap::catalog::GUIDES.iter().filter(|g| g.conditions.contains(condition)).flat_map(|g| g.points.iter().copied()).collect();
        let listed: Vec<&str> = acumap::catalog::baked_prose("en").unwrap().search.most_used[complaint].iter().map(String::as_str).filter(|c| !guided.contains(c)).collect();
        let at = visible.iter().position(|c| listed.contains(c)).unwrap();
        assert_eq!(visible[at..at + listed.len()], listed[..], "{condition}: {visible:?}");
        assert!(visible[..at].iter().all(|c| guided.contains(c)), "{condition}: {visible:?}");
        assert!(catalog_order(&visible[at + listed.len()..]), "{condition}: {visible:?}");
    }
}

#[test]
fn a_card_without_its_map_finds_the_point_without_the_drawings_notes() {
    // ST36's recipe approximates the standard on the drawing, and its guide says so, with a map.
    let last = |state: &WidgetState| state.guide.with(|g| g.as_ref().and_then(|g| g.steps.last()).map(|s| s.text.clone())).unwrap_or_default();
    let (_, state) = mount(with_attributes(&[("selected", "ST36")]));
    let with_map = last(&state);
    assert!(with_map.contains("The drawing approximates the standard here: "), "{with_map}");
    state.apply_attribute(Attribute::Parts, Some("card"));
    let alone = last(&state);
    assert!(alone.starts_with("ST36 is here") && !alone.contains("drawing"), "{alone}");
    assert!(with_map.starts_with(&alone), "the same step, less the note: {alone}");
    state.apply_attribute(Attribute::Parts, Some("card,map"));
    assert_eq!(last(&state), with_map);
}

#[test]
fn parts_choose_what_the_widget_shows_and_an_unknown_part_is_reported() {
    use acumap::attributes::Part;
    let (page, state) = mount(with_attributes(&[("parts", "map, Card,nope")]));
    let parts = state.parts.get_untracked();
    assert!(parts.contains(Part::Map) && parts.contains(Part::Card));
    assert!(!parts.contains(Part::List) && !parts.contains(Part::Tables) && !parts.contains(Part::Guide));
    assert_eq!(errors(&page), [(ErrorSource::Attribute(Attribute::Parts), "nope".to_string())]);
    assert!(notices(&state)[0].contains("map, card, guide, list, filters, tables"), "{:?}", notices(&state));
    // Without `guide`, no condition guide; an empty list is every part.
    state.apply_attribute(Attribute::Condition, Some("sciatica"));
    assert!(state.guides.get_untracked().is_empty());
    state.apply_attribute(Attribute::Parts, Some(" , "));
    assert!(state.parts.get_untracked().contains(Part::List) && !state.guides.get_untracked().is_empty());
}

#[test]
fn link_reads_the_hash_writes_a_step_for_a_new_point_and_reports_a_bad_hash() {
    let page = with_attributes(&[("link", "")]);
    page.hash.borrow_mut().push(("intro&acu=bl23,back".to_string(), true));
    let (page, state) = mount(page);
    assert_eq!(state.selected.get_untracked().map(|p| p.code), Some("BL23"));
    assert_eq!(state.view.get_untracked(), View::Back);
    assert_eq!(page.hash.borrow().len(), 1, "reading writes nothing");
    state.select_code("GB30");
    state.set_view(View::Side);
    // A point on another view: the view it turns to and the point are one step.
    state.select_code("ST36");
    let history = page.hash.borrow().clone();
    // A new point is a new entry; the view changes it in place. The page's own anchor stays.
    assert_eq!(
        history,
        [("intro&acu=bl23,back".to_string(), true), ("intro&acu=GB30,side".to_string(), true), ("intro&acu=ST36,front".to_string(), true)]
    );
    page.hash.borrow_mut().push(("acu=ZZ9,back".to_string(), true));
    state.read_link(true);
    assert_eq!(errors(&page), [(ErrorSource::Attribute(Attribute::Link), "ZZ9,back".to_string())]);
    assert_eq!(state.selected.get_untracked().map(|p| p.code), Some("ST36"), "a bad hash changes nothing");
    // Without `link` the address is never touched.
    let (page, state) = mount(Page::default());
    state.select_code("BL23");
    assert!(page.hash.borrow().is_empty());
}

/// Back to the address the page first loaded with (no part for this widget): the point and the
/// view of the element's attributes again, without a new step in the history.
#[test]
fn link_back_to_the_first_address_shows_the_attributes_point_again() {
    let (page, state) = mount(with_attributes(&[("link", ""), ("selected", "GB30")]));
    assert_eq!(state.selected.get_untracked().map(|p| p.code), Some("GB30"));
    let first_view = state.view.get_untracked();
    state.select_code("BL23");
    state.set_view(View::Side);
    assert!(page.hash.borrow().last().is_some_and(|(h, _)| h.starts_with("acu=BL23,")));
    // A link to one of the page's own anchors drops this widget's part: the reader's point stays.
    page.hash.borrow_mut().push(("intro".to_string(), true));
    state.read_link(true);
    assert_eq!(state.selected.get_untracked().map(|p| p.code), Some("BL23"));
    let steps = page.hash.borrow().len();
    page.hash.borrow_mut().push((String::new(), false));
    state.read_link(true);
    assert_eq!(state.selected.get_untracked().map(|p| p.code), Some("GB30"));
    assert_eq!(state.view.get_untracked(), first_view, "as at the first load");
    assert_eq!(page.hash.borrow().len(), steps + 1, "going back writes nothing");
    assert!(errors(&page).is_empty());
}

/// What the page hears of as the reader goes back to the first address: the point, and the
/// view only where it changes (not the default view, then the one the point brings).
#[test]
fn link_back_to_the_first_address_tells_the_page_of_the_point_and_a_real_view_change() {
    let heard = |page: &Page, from: usize| -> Vec<String> {
        page.events.borrow()[from..]
            .iter()
            .filter_map(|e| match e {
                Emitted::Select(point, _) => Some(format!("select {}", point.code)),
                Emitted::ViewChange(view) => Some(format!("view {}", view.key())),
                _ => None,
            })
            .collect()
    };
    // LI4 brings the back view (no `view` given); the reader picks GB30, drawn there too.
    let (page, state) = mount(with_attributes(&[("link", ""), ("selected", "LI4")]));
    let opened = state.view.get_untracked();
    assert_ne!(opened, View::default(), "LI4 brings a view of its own");
    state.select_code("GB30");
    assert_eq!(state.view.get_untracked(), opened);
    let before = page.events.borrow().len();
    page.hash.borrow_mut().push((String::new(), false));
    state.read_link(true);
    assert_eq!(heard(&page, before), ["select LI4"]);
    assert_eq!(state.view.get_untracked(), opened);
    // From another view, one change, to the view it opened on.
    state.set_view(View::Side);
    let before = page.events.borrow().len();
    page.hash.borrow_mut().push((String::new(), false));
    state.read_link(true);
    assert_eq!(heard(&page, before), [format!("view {}", opened.key()), "select LI4".to_string()]);
}

/// `lang` is read first, so a notice about any other attribute is in the reader's language.
#[test]
fn notices_about_attributes_are_in_the_widgets_language() {
    let (_, state) = mount(with_attributes(&[("selected", "XX99"), ("view", "sideways"), ("meridians", "QQ"), ("lang", "zh-Hans")]));
    let notices = notices(&state);
    assert_eq!(notices.len(), 3, "{notices:?}");
    for notice in &notices {
        assert!(!notice.contains("attribute;") && !notice.contains("Unknown"), "in Chinese: {notice}");
    }
    assert!(notices.iter().any(|n| n.contains("XX99") && n.contains("无法识别")), "{notices:?}");
}

/// A list attribute none of whose entries the widget knows is ignored as a whole, as its
/// notices say: every point stays, not none.
#[test]
fn a_list_attribute_with_nothing_known_is_ignored() {
    let (page, state) = mount(with_attributes(&[("meridians", "QQ"), ("points", "XX1, ZZ2")]));
    assert_eq!(state.host_meridians.get_untracked(), None);
    assert_eq!(state.shown.get_untracked(), None);
    assert_eq!(errors(&page).len(), 3);
    assert_eq!(state.visible.with_untracked(Vec::len), catalog::POINTS.len());
    // One known entry among unknown ones narrows to it.
    state.apply_attribute(Attribute::Meridians, Some("QQ, GB"));
    assert!(state.visible.with_untracked(|v| !v.is_empty() && v.iter().all(|p| p.meridian() == "GB")));
}

/// A search that narrows the list keeps the rows it hides (so clearing it makes none), and
/// never reorders them; a row whose point leaves the pool goes.
#[test]
fn kept_drawn_keeps_hidden_rows_in_the_pools_order_and_drops_what_leaves_the_pool() {
    let p = |code: &str| catalog::point(code).unwrap();
    let pool: Vec<&'static Point> = ["LU1", "LU2", "LI4", "GB30", "BL40"].map(p).to_vec();
    // First drawing: what is shown, nothing else, in the pool's order.
    let first = acumap::state::kept_drawn(&[], &[p("GB30"), p("LU1")], &pool);
    assert_eq!(first, [p("LU1"), p("GB30")]);
    // Everything shown, in the pool's order.
    let all = acumap::state::kept_drawn(&first, &pool, &pool);
    assert_eq!(all, pool);
    // A search ranks BL40 first: the rows stay as they were, the others hidden.
    let searched = acumap::state::kept_drawn(&all, &[p("BL40"), p("LI4")], &pool);
    assert_eq!(searched, pool);
    // The host narrows its pool: points outside it are removed, not hidden.
    let narrower = ["LI4", "BL40"].map(p);
    assert_eq!(acumap::state::kept_drawn(&searched, &[p("LI4")], &narrower), [p("LI4"), p("BL40")]);
    // A shown point outside the pool (the map's selected point) is drawn after it, and goes
    // when it is no longer shown.
    let selected = acumap::state::kept_drawn(&[], &[p("BL40"), p("GB30")], &narrower);
    assert_eq!(selected, [p("BL40"), p("GB30")]);
    assert_eq!(acumap::state::kept_drawn(&selected, &[p("LI4")], &narrower), [p("LI4"), p("BL40")]);
}

/// The map marks the selected point whatever narrows the points (the host's `meridians`, a
/// search): after the others, once, and only on a view that has a place for it.
#[test]
fn the_map_marks_the_selected_point_whatever_narrows_the_others() {
    use acumap::state::marked_points;
    let p = |code: &str| catalog::point(code).unwrap();
    let gallbladder: Vec<&'static Point> = catalog::POINTS.iter().filter(|p| p.meridian() == "GB").collect();
    let on_back = marked_points(gallbladder.iter().copied(), None, View::Back);
    assert!(!on_back.is_empty() && on_back.iter().all(|q| q.is_drawn_on(View::Back)));
    // LI4, on the back of the hand, is not a GB point: marked after them.
    let with_li4 = marked_points(gallbladder.iter().copied(), Some(p("LI4")), View::Back);
    assert_eq!(with_li4.len(), on_back.len() + 1);
    assert_eq!(with_li4.last(), Some(&p("LI4")));
    // A GB point selected is marked once, in its place.
    assert_eq!(marked_points(gallbladder.iter().copied(), Some(p("GB30")), View::Back), on_back);
    // A selected point with no place on the view is not marked there.
    let front = marked_points(gallbladder.iter().copied(), None, View::Front);
    let no_place = catalog::POINTS.iter().find(|q| q.meridian() != "GB" && !q.is_drawn_on(View::Front)).unwrap();
    assert_eq!(marked_points(gallbladder.iter().copied(), Some(no_place), View::Front), front);
}

/// The list puts its rows in the results' order by moving as few as it can.
#[test]
fn rows_in_place_keeps_the_longest_run_already_in_order() {
    use acumap::state::rows_in_place;
    assert_eq!(rows_in_place(&[0, 1, 2, 3]), [true; 4]);
    assert!(rows_in_place(&[]).is_empty());
    // The best hit was the fifth row: only it moves.
    assert_eq!(rows_in_place(&[4, 0, 1, 2, 3]), [false, true, true, true, true]);
    // Reversed: one row stays, every other moves.
    assert_eq!(rows_in_place(&[3, 2, 1, 0]).iter().filter(|s| **s).count(), 1);
    // Gaps (hidden rows between) do not matter; the longest run does.
    let stays = rows_in_place(&[10, 2, 30, 4, 50, 6, 7]);
    assert_eq!(stays, [false, true, false, true, false, true, true]);
    // Whatever stays is in order, and it is as long as any run in order can be.
    let at = [5, 1, 9, 2, 8, 3, 7, 4, 6, 0];
    let kept: Vec<usize> = at.iter().zip(rows_in_place(&at)).filter(|(_, s)| *s).map(|(a, _)| *a).collect();
    assert!(kept.windows(2).all(|w| w[0] < w[1]), "{kept:?}");
    assert_eq!(kept.len(), 5, "{kept:?}");
}

/// The host content of two shortlists.
const SHORTLISTS: &str = r#"{"shortlists": [{"title": "Sciatica", "points": ["GB30", "BL40"]}, {"title": "Knee", "points": ["ST35", "ST36"]}]}"#;

/// A widget on `page` mounted with what another kept ([`WidgetState::kept`]): restored as the
/// live widget does it, after the attributes and the content ([`SHORTLISTS`]) and before it is
/// set up.
fn mount_kept(page: Page, kept: &[String]) -> (Rc<Page>, WidgetState) {
    mount_with(page, |state| {
        state.set_content(content(SHORTLISTS));
        state.restore(kept);
    })
}

/// What the reader did (the point, the view, the search, the filters) comes back with a widget
/// put back in the page, over its attributes, and the page hears nothing it heard before; a
/// point the page never heard of (chosen while the map was painted) it hears of; strings
/// that are not what a widget kept change nothing and break nothing.
#[test]
fn what_the_reader_did_comes_back_with_the_widget_and_nothing_new_is_heard() {
    let (_, before) = mount(with_attributes(&[("selected", "GB30")]));
    before.select_code("BL23");
    before.query.set("back pain".to_string());
    before.meridian.set(Some("BL"));
    before.region.set(Some("lower-back"));
    before.conditions.set(vec!["low-back-pain", "sciatica"]);
    // "All points", not the content's first shortlist.
    before.set_content(content(SHORTLISTS));
    before.shortlist.set(None);
    let kept = before.kept();
    let (page, after) = mount_kept(with_attributes(&[("selected", "GB30"), ("view", "front")]), &kept);
    assert_eq!(after.selected.get_untracked().map(|p| p.code), Some("BL23"));
    assert_eq!(after.view.get_untracked(), View::Back);
    assert_eq!(after.query.get_untracked(), "back pain");
    assert_eq!(after.meridian.get_untracked(), Some("BL"));
    assert_eq!(after.region.get_untracked(), before.region.get_untracked());
    assert_eq!(after.conditions.get_untracked(), ["low-back-pain", "sciatica"]);
    assert_eq!(after.shortlist.get_untracked(), None);
    assert_eq!(after.kept(), kept);
    assert!(!page.events.borrow().iter().any(|e| matches!(e, Emitted::Select(..) | Emitted::ViewChange(_))), "{:?}", page.events.borrow());
    // Chosen while painted: the page is told now.
    let painted = ["ST36".to_string(), "front".to_string()];
    let (page, after) = mount_kept(with_attributes(&[("selected", "GB30")]), &painted);
    assert_eq!(after.selected.get_untracked().map(|p| p.code), Some("ST36"));
    assert!(page.events.borrow().iter().any(|e| matches!(e, Emitted::Select(p, _) if p.code == "ST36")));
    // (A painted widget keeps no shortlist: the content's first stays.)
    assert_eq!(after.shortlist.get_untracked(), Some(0));
    let mut second = kept.clone();
    second[7] = "1".to_string();
    assert_eq!(mount_kept(Page::default(), &second).1.shortlist.get_untracked(), Some(1));
    second[7] = "9".to_string();
    assert_eq!(mount_kept(Page::default(), &second).1.shortlist.get_untracked(), None);
    for junk in [&["nope", "sideways"][..], &["ZZ9", "back", "", "x", "XX", "nowhere", "a,,b"], &[], &["", "back"]] {
        let junk: Vec<String> = junk.iter().map(|s| s.to_string()).collect();
        let (page, after) = mount_kept(with_attributes(&[("selected", "GB30")]), &junk);
        let restored = junk.get(1).is_some_and(|v| v == "back");
        assert_eq!(after.selected.get_untracked().map(|p| p.code), (!restored).then_some("GB30"), "{junk:?}");
        assert_eq!((after.meridian.get_untracked(), after.conditions.get_untracked().len()), (None, 0), "{junk:?}");
        assert!(errors(&page).is_empty(), "{junk:?}");
    }
}
