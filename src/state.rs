//! The widget's store and its actions: one [`WidgetState`] per widget, shared with every
//! component through context. Everything a reader or a host does goes through here; what it
//! needs from the page (events, attributes, the prose file, the console) it asks of its
//! [`Host`], so the store holds no DOM and its tests run natively (`tests/state.rs`).

use crate::attributes::{self, HeadingLevel, Labels, Mode, Part, Parts};
use crate::catalog;
use crate::contract::{Attribute, ErrorSource};
use crate::figure::View;
use crate::guide::{self, Guide, Reader, Words};
use crate::host_content::{HostContent, Problem, Table, Unreadable};
use crate::model::{Conditions, Notation, Point};
use crate::locate::Recipe;
use crate::prose::{GuideProse, PointProse, ProseFileKind};
use crate::quiz::{self, Miss, Round};
use crate::search::{find, Found, ProseIndex};
use crate::strings::{fill, Lang, UiStrings};
use crate::viewport::Viewport;
use reactive_graph::computed::Memo;
use reactive_graph::owner::{LocalStorage, StoredValue};
use reactive_graph::signal::RwSignal;
use reactive_graph::traits::*;
use std::rc::Rc;
use std::sync::Arc;

pub mod kept;
mod link;

/// What the store needs from the page it is on. The custom element (`src/element/host.rs`) gives
/// the DOM's; a test gives its own.
pub trait Host {
    /// Tells the page what happened (the element fires the event of the contract, and logs an
    /// error to the console too).
    fn emit(&self, event: Emitted);
    /// The host's current value of `attribute`.
    fn attribute(&self, attribute: Attribute) -> Option<String>;
    /// The language of the page around the widget (the nearest `lang` above it, through the
    /// shadow roots it sits in), if any.
    fn page_lang(&self) -> Option<String>;
    /// Asks for `lang`'s prose file of `kind` (again after a failure when `retry`); the answer
    /// goes to [`WidgetState::prose_arrived`], at once or later.
    fn load_prose(&self, state: WidgetState, lang: Lang, kind: ProseFileKind, retry: bool);
    /// A number in `[0, 1)`, for study mode's next question.
    fn random(&self) -> f64;
    /// The page address's hash, without its `#` (`link`).
    fn location_hash(&self) -> String;
    /// Writes the page address's hash (`link`): a new history entry when `push`, else in place.
    fn set_location_hash(&self, hash: &str, push: bool);
    /// The element's `id`, which names its part of the hash when a page has several.
    fn id(&self) -> Option<String>;
    /// Shows the page's element of this `id` (its own anchor, which a hash that also holds a
    /// widget's part no longer brings into view), unless the reader has scrolled already.
    fn show_anchor(&self, _id: &str) {}
}

/// A language's prose as the widget reads it (in the browser, the parsed file of
/// `crate::prose`, read point by point: `src/element/prose.rs`).
/// Its [`Words`] are the how-to-find guide's, and name the landmark overlay's marks.
pub trait ProseSource: Words {
    fn lang(&self) -> Lang;
    /// Which of the language's files it is: a widget that needs the whole does not take a
    /// patient page's.
    fn kind(&self) -> ProseFileKind;
    /// The point's prose; `None` if the file lacks it.
    fn point(&self, point: &Point) -> Option<PointProse>;
    /// The point's locating recipes ([`PointProse::locate`]), read alone.
    fn recipes(&self, point: &Point) -> Vec<Recipe>;
    /// The built-in comparison tables: id, table, and the language of its text.
    fn tables(&self) -> Vec<(String, Table, Option<String>)>;
    /// A condition guide's texts (`crate::prose::GuideProse`), by id.
    fn condition_guide(&self, id: &str) -> Option<GuideProse>;
    /// Every point's prose folded for search, made on the first search that needs it.
    fn index(&self) -> &ProseIndex;
    /// The codes of the points most used for a complaint as the English texts write it
    /// (`insomnia`, `knee pain`), most used first ([`crate::prose::SearchWords::most_used`]);
    /// none for a complaint the file does not list.
    fn most_used(&self, complaint: &str) -> Vec<String>;
}

/// Where the widget's prose is.
#[derive(Clone)]
pub enum ProseState {
    Loading,
    Ready(Rc<dyn ProseSource>),
    /// The file could not be had (the notice says why).
    Failed,
}

impl ProseState {
    /// The file, once it is there.
    pub fn loaded(&self) -> Option<&dyn ProseSource> {
        match self {
            ProseState::Ready(loaded) => Some(&**loaded),
            ProseState::Loading | ProseState::Failed => None,
        }
    }
}

/// The host's content document as the element read it: the content and the problems found in
/// it, or why it could not be read at all and the text that was given.
pub type ContentRead = Result<(HostContent, Vec<Problem>), (Unreadable, String)>;

/// What the widget tells its host: the events of the contract ([`crate::contract::AcuEvent`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Emitted {
    /// The reader selected a point (`acu-select`), with its prose if the widget has it.
    Select(&'static Point, Option<PointProse>),
    /// The view changed (`acu-view-change`).
    ViewChange(View),
    /// Input could not be used (`acu-error`): where it came from, the value, and why.
    Error { source: ErrorSource, value: String, message: String },
    /// An answer of the locate quiz, or a round's end (`acu-quiz`).
    Quiz(QuizReport),
}

/// What the locate quiz tells the page (nothing is stored: a school's page keeps what it wants).
#[derive(Debug, Clone, PartialEq)]
pub enum QuizReport {
    /// One answer: the point asked, how it was answered, how far off (B-cun), whether that
    /// counts as found, and which question of how many it was (from 1).
    Answer { point: &'static Point, kind: quiz::Kind, distance: f32, found: bool, question: usize, of: usize },
    /// A round's end: how it was answered, the share found, the median distance and the codes
    /// missed.
    Round { kind: quiz::Kind, score: quiz::Score },
}

/// Study mode's locate quiz while it is on: the round, and the question's state.
#[derive(Debug, Clone, PartialEq)]
pub struct LocateQuiz {
    pub round: Round,
    /// For a choice question, the four markers offered (A to D).
    pub choices: Vec<&'static Point>,
    /// The answer to the question asked, once given (until the next).
    pub answer: Option<LocateAnswer>,
}

/// How an answer fell: the tap's miss, or the marker chosen; and its distance in B-cun.
#[derive(Debug, Clone, PartialEq)]
pub struct LocateAnswer {
    pub miss: Option<Miss>,
    pub chosen: Option<&'static Point>,
    pub tap: Option<(f32, f32)>,
    pub distance: f32,
}

/// How many problems in a content document get a notice of their own; the rest are counted
/// in one more notice (every one still goes to the console and fires `acu-error`).
const CONTENT_NOTICES: usize = 5;

/// A notice's words, made in the language asked for: the notices the widget shows are said
/// again in a language the page or the reader chooses later.
pub type Saying = Arc<dyn Fn(&'static UiStrings) -> String + Send + Sync>;

/// A message shown inside the widget about input it could not use.
#[derive(Clone)]
pub struct Notice {
    /// The input the message is about; a new value of it replaces the message.
    pub source: ErrorSource,
    pub say: Saying,
}

impl Notice {
    /// Its text in the language of `s`.
    pub fn text(&self, s: &'static UiStrings) -> String {
        (self.say)(s)
    }
}

/// Which points a widget shows: those the host asked for (`points`, `meridians`: its pool),
/// narrowed to the host shortlist chosen and the reader's filters. One rule for the store's
/// `pool` and `visible` and for the map painted before the store is loaded (`element/paint.rs`).
#[derive(Default)]
pub struct Narrowing<'a> {
    pub shown: Option<&'a [&'static Point]>,
    pub meridians: Option<&'a [&'static str]>,
    pub listed: Option<&'a [&'static Point]>,
    pub meridian: Option<&'static str>,
    pub region: Option<&'static str>,
    /// The conditions chosen (none: no condition filter).
    pub conditions: &'a [&'static str],
}

impl Narrowing<'_> {
    /// The points of `points` it lets through, in their order; with several conditions, those
    /// serving the most first, then in the order of the condition guides' points.
    pub fn apply(&self, points: impl IntoIterator<Item = &'static Point>) -> Vec<&'static Point> {
        // The conditions as one set, made once for the whole list.
        let chosen = (!self.conditions.is_empty()).then(|| Conditions::union(self.conditions.iter().map(|c| Conditions::of(c))));
        let mut through: Vec<&'static Point> = points
            .into_iter()
            .filter(|p| self.shown.is_none_or(|s| s.contains(p)))
            .filter(|p| self.meridians.is_none_or(|m| m.contains(&p.meridian())))
            .filter(|p| self.listed.is_none_or(|l| l.contains(p)))
            .filter(|p| self.meridian.is_none_or(|m| p.meridian() == m))
            .filter(|p| self.region.is_none_or(|r| p.region() == r))
            .filter(|p| chosen.is_none_or(|c| p.conditions.intersects(c)))
            .collect();
        if self.conditions.len() > 1 {
            let guided = guided_order(self.conditions);
            crate::small_sort::sort_by_key(&mut through, |p| (std::cmp::Reverse(serves(p, self.conditions)), guided.iter().position(|c| *c == p.code).unwrap_or(usize::MAX)));
        }
        through
    }
}

/// The points a list or a map layer keeps drawn once `shown` changes, in `pool`'s order:
/// those shown and those drawn `before` that are still in the pool. The ones no longer shown
/// stay in the page, hidden, so that a search or a filter hides and shows rows and markers
/// instead of removing them and making them again (clearing a search on the study page made
/// 14,000 nodes: 540 ms on a desktop). The order never changes with a search either: Leptos's
/// `<For>` moves every row after the first one out of place, which was every row of the study
/// page at each letter typed (the list puts its shown rows in the results' order itself, with
/// [`rows_in_place`]). A point that leaves the pool (the host's `points` or content) is removed.
/// A shown point outside the pool (the map's selected point, see [`marked_points`]) comes last.
pub fn kept_drawn(before: &[&'static Point], shown: &[&'static Point], pool: &[&'static Point]) -> Vec<&'static Point> {
    let mut drawn: Vec<&'static Point> = pool.iter().copied().filter(|p| shown.contains(p) || before.contains(p)).collect();
    drawn.extend(shown.iter().filter(|p| !pool.contains(p)));
    drawn
}

/// The points a map marks on `view`: those of `through` (a narrowing's, in its order) with a
/// place on it, then the selected point where they leave it out, so that the map always marks
/// the point its card is about (`meridians="GB" selected="LI4"`, or a search that no longer
/// finds it). One rule for the live map and the painted one (`element/paint.rs`).
pub fn marked_points(through: impl IntoIterator<Item = &'static Point>, selected: Option<&'static Point>, view: View) -> Vec<&'static Point> {
    let mut points: Vec<&'static Point> = through.into_iter().filter(|p| p.is_drawn_on(view)).collect();
    if let Some(point) = selected.filter(|p| p.is_drawn_on(view) && !points.contains(p)) {
        points.push(point);
    }
    points
}

/// Which rows can stay where they are when rows at page positions `at` (given in the order they
/// must have) are put in that order: the longest run of positions already in increasing order;
/// every other row moves to just before the next one. `true` for a row that stays.
pub fn rows_in_place(at: &[usize]) -> Vec<bool> {
    // Patience sorting: `tails[k]` ends the best increasing run of length k + 1 found so far;
    // `previous` links each row to the one before it in its run.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; at.len()];
    for (i, &position) in at.iter().enumerate() {
        let k = tails.partition_point(|&t| at[t] < position);
        previous[i] = k.checked_sub(1).map(|k| tails[k]);
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut stays = vec![false; at.len()];
    let mut row = tails.last().copied();
    while let Some(i) = row {
        stays[i] = true;
        row = previous[i];
    }
    stays
}

/// How many of `conditions` the point serves.
pub fn serves(point: &Point, conditions: &[&'static str]) -> usize {
    conditions.iter().filter(|c| point.conditions.contains(c)).count()
}

/// With one condition chosen and nothing searched, the points a reader most likely wants first:
/// its guides' points, in the guides' order, then those `most_used` lists for it (the prose
/// file's, [`ProseSource::most_used`], for the condition's key read as a complaint, a hyphen as
/// a space: `insomnia` HT7, SP6 …, `knee-pain` the knee pain list), then the rest in their
/// order.
/// (`low-back-pain` listed ST31, ST32, ST39 … in catalog order, its guide's BL40 far down;
/// `insomnia` ST45, SP1 and SP4 before HT7.)
fn lead_with(points: &mut Vec<&'static Point>, condition: &'static str, most_used: &[String]) {
    let first: Vec<&str> = guided_order(&[condition]).into_iter().chain(most_used.iter().map(String::as_str)).collect();
    crate::small_sort::sort_by_key(points, |p| first.iter().position(|c| *c == p.code).unwrap_or(usize::MAX));
}

/// The points of the condition guides for `conditions`, in their order, each once.
fn guided_order(conditions: &[&'static str]) -> Vec<&'static str> {
    let chosen = Conditions::union(conditions.iter().map(|c| Conditions::of(c)));
    let mut order: Vec<&'static str> = Vec::new();
    for g in catalog::GUIDES.iter().filter(|g| g.conditions.intersects(chosen)) {
        for p in g.points {
            if !order.contains(p) {
                order.push(p);
            }
        }
    }
    order
}

/// The reactive state of one widget; shared with every component through context.
#[derive(Clone, Copy)]
pub struct WidgetState {
    /// The body-map view shown.
    pub view: RwSignal<View>,
    pub selected: RwSignal<Option<&'static Point>>,
    /// The point last chosen on the map itself, kept in sight under it while it is selected
    /// (`ui::SelectionPeek`): at first the one the page opens on (set as the map is made).
    pub map_picked: RwSignal<Option<&'static Point>>,
    /// The points the host asked for (`points` attribute); all when `None`.
    pub shown: RwSignal<Option<Vec<&'static Point>>>,
    /// The meridians the host asked for (`meridians` attribute); all when `None`.
    pub host_meridians: RwSignal<Option<Vec<&'static str>>>,
    /// The host's points narrowed to the host's meridians, in catalog order: what the widget
    /// is about (the filters offer only what these points have).
    pub pool: Memo<Vec<&'static Point>>,
    pub lang: RwSignal<Lang>,
    pub mode: RwSignal<Mode>,
    /// Which markers carry their code (`labels`).
    pub labels: RwSignal<Labels>,
    /// The level of the widget's titles in the page's outline (`heading-level`).
    pub heading_level: RwSignal<HeadingLevel>,
    /// The page's own name for the widget (`aria-label`), which its region takes.
    pub page_label: RwSignal<Option<String>>,
    /// How `selected`, `points` and `select()` read codes (`notation`).
    pub notation: RwSignal<Notation>,
    /// Study mode: whether the selected point's answer is shown (the other modes always show it).
    pub revealed: RwSignal<bool>,
    /// The host's own notes, shortlists and tables (`content`).
    pub content: RwSignal<HostContent>,
    /// The language the host's content is written in where it is not the interface's: the
    /// element's `lang`, else the nearest above it, as HTML reads it (a German clinic's notes
    /// beside the English interface are `de`), so that screen readers read them in it.
    pub content_lang: RwSignal<Option<String>>,
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
    /// The conditions chosen (`condition`, or the reader's), in order.
    pub conditions: RwSignal<Vec<&'static str>>,
    /// Whether the condition guides are shown (`guides`).
    pub guides_on: RwSignal<bool>,
    /// The parts shown (`parts`).
    pub parts: RwSignal<Parts>,
    /// Whether the view and the point are kept in the page address (`link`).
    pub link: RwSignal<bool>,
    /// While nothing is to be written to the hash: while it is read, or while a point's view
    /// changes before the point is written as one history step.
    link_quiet: RwSignal<bool>,
    /// The page address's hash when `link` was first read (at the mount): back at it, the
    /// page is as it first loaded.
    link_first: StoredValue<Option<String>>,
    /// While the widget is set up from its attributes and the address, before its first
    /// render: the view it opens on is no change (no `acu-view-change`), and its prose is not
    /// asked for until its language and mode are both read.
    opening: StoredValue<bool>,
    /// Condition guides the host named by id in `condition` (`migraine`), first among the guides.
    pub named_guides: RwSignal<Vec<&'static str>>,
    /// The card panel's tab: a condition guide (by id), or the point's card.
    pub card_tab: RwSignal<Option<String>>,
    /// The condition guides for the conditions chosen, in their order: those named by id, then
    /// for each condition the host's own and the catalog's; each guide's id and points (none
    /// when `guides` is off or `parts` leaves the guide out).
    pub guides: Memo<Vec<(String, Vec<&'static Point>)>>,
    /// The points the search finds, best match first (every point without a search).
    hits: Memo<Found>,
    /// The points the list and the map show: the pool, then the shortlist, the filters and
    /// the search, best match first.
    pub visible: Memo<Vec<&'static Point>>,
    /// Whether the landmark and cun-scale overlay is on.
    pub overlay: RwSignal<bool>,
    /// The selected point's how-to-find guide, in the widget's language, for its mode's reader,
    /// once the prose is there.
    pub guide: Memo<Option<Guide>>,
    /// The guide's step the map shows, for that point (none: the map shows no guide).
    pub guide_step: RwSignal<Option<(&'static str, usize)>>,
    /// Study mode's locate quiz, while one is on.
    pub locate: RwSignal<Option<LocateQuiz>>,
    pub viewport: RwSignal<Viewport>,
    /// The viewport's [`Viewport::mark_scale`] alone (the zoom, on a map drawn small times its
    /// size): what each mark that keeps its size on screen follows, so that panning (a drag:
    /// one change per pointer move) does not touch them. It keeps its value while the map is
    /// `moving`.
    pub mark_scale: Memo<f32>,
    /// Whether a drag, a pinch or a run of wheel zooms is going on: the marks that keep their
    /// size on screen and the labels that fit wait for its end, so that each step of the
    /// gesture only moves the view box (on the study page, half a zoom step's work).
    pub moving: RwSignal<bool>,
    /// A close-up offered after a click on an area of the figure that has one.
    pub offer: RwSignal<Option<View>>,
    /// The prose of the widget's language (`lang`): card texts and the built-in tables.
    pub prose: RwSignal<ProseState, LocalStorage>,
    host: StoredValue<Rc<dyn Host>, LocalStorage>,
}

impl WidgetState {
    pub fn new(host: Rc<dyn Host>) -> Self {
        let shown = RwSignal::new(None::<Vec<&'static Point>>);
        let host_meridians = RwSignal::new(None::<Vec<&'static str>>);
        let query = RwSignal::new(String::new());
        let viewport = RwSignal::new(Viewport::default());
        let moving = RwSignal::new(false);
        let meridian = RwSignal::new(None::<&'static str>);
        let region = RwSignal::new(None::<&'static str>);
        let conditions = RwSignal::new(Vec::<&'static str>::new());
        let content = RwSignal::new(HostContent::default());
        let shortlist = RwSignal::new(None::<usize>);
        let prose = RwSignal::new_local(ProseState::Loading);
        let pool = Memo::new(move |_| {
            shown.with(|shown| {
                host_meridians.with(|meridians| {
                    let pool = Narrowing { shown: shown.as_deref(), meridians: meridians.as_deref(), ..Narrowing::default() };
                    pool.apply(catalog::POINTS.iter())
                })
            })
        });
        // The prose is searched once it is there. With one condition chosen and nothing
        // searched, the points most used for it come first (`lead_with`); with several,
        // `Narrowing::apply` ranks them.
        let hits = Memo::new(move |_| prose.with(|p| find(&query.get(), || p.loaded().map(|l| l.index()))));
        let visible = Memo::new(move |_| {
            shown.with(|shown| {
                host_meridians.with(|meridians| {
                    content.with(|c| {
                        let narrowing = Narrowing {
                            shown: shown.as_deref(),
                            meridians: meridians.as_deref(),
                            listed: shortlist.get().and_then(|i| c.shortlists.get(i)).map(|s| &s.points[..]),
                            meridian: meridian.get(),
                            region: region.get(),
                            conditions: &conditions.get(),
                        };
                        let mut through = hits.with(|hits| narrowing.apply(hits.points.iter().copied()));
                        if let ([condition], true) = (&narrowing.conditions[..], query.with(|q| q.trim().is_empty())) {
                            let most_used = prose.with(|p| p.loaded().map(|l| l.most_used(&condition.replace('-', " "))).unwrap_or_default());
                            lead_with(&mut through, condition, &most_used);
                        }
                        through
                    })
                })
            })
        });
        let selected = RwSignal::new(None::<&'static Point>);
        let mode = RwSignal::new(Mode::Practitioner);
        let (guides_on, parts, named_guides) = (RwSignal::new(true), RwSignal::new(Parts::default()), RwSignal::new(Vec::<&'static str>::new()));
        let guides = Memo::new(move |_| {
            if !guides_on.get() || !parts.get().contains(Part::Guide) {
                return Vec::new();
            }
            let points = |codes: &[&str]| codes.iter().filter_map(|c| catalog::point(c)).collect::<Vec<_>>();
            let mut guides: Vec<(String, Vec<&'static Point>)> = Vec::new();
            for g in named_guides.get().iter().filter_map(|id| catalog::GUIDES.iter().find(|g| g.id == *id)) {
                guides.push((g.id.to_string(), points(g.points)));
            }
            for condition in conditions.get() {
                let host = content.with(|c| c.guides.iter().filter(|g| g.conditions.contains(condition)).map(|g| (g.text.id.clone(), g.points.clone())).collect::<Vec<_>>());
                let built_in = catalog::GUIDES.iter().filter(|g| g.conditions.contains(condition)).map(|g| (g.id.to_string(), points(g.points)));
                for (id, points) in host.into_iter().chain(built_in) {
                    if !guides.iter().any(|(known, _)| *known == id) {
                        guides.push((id, points));
                    }
                }
            }
            guides
        });
        let guide = Memo::new(move |_| {
            let point = selected.get()?;
            let reader = if mode.get() == Mode::Patient { Reader::Patient } else { Reader::Practitioner };
            // Where the drawing approximates the standard, said only where there is a drawing.
            let drawn = parts.get().contains(Part::Map);
            prose.with(|p| {
                let loaded = p.loaded()?;
                let prose = loaded.point(point)?;
                let mut source = guide::Source::of(point, &prose);
                if !drawn {
                    source.approximate = &[];
                }
                guide::write(&source, loaded, reader)
            })
        });
        WidgetState {
            view: RwSignal::new(View::Front),
            selected,
            map_picked: RwSignal::new(None),
            shown,
            host_meridians,
            pool,
            lang: RwSignal::new(Lang::En),
            content_lang: RwSignal::new(None),
            mode,
            labels: RwSignal::new(Labels::Auto),
            heading_level: RwSignal::new(HeadingLevel::default()),
            page_label: RwSignal::new(None),
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
            conditions,
            guides_on,
            parts,
            link: RwSignal::new(false),
            link_quiet: RwSignal::new(false),
            link_first: StoredValue::new(None),
            opening: StoredValue::new(true),
            named_guides,
            card_tab: RwSignal::new(None),
            guides,
            hits,
            visible,
            overlay: RwSignal::new(false),
            guide,
            guide_step: RwSignal::new(None),
            locate: RwSignal::new(None),
            viewport,
            mark_scale: Memo::new(move |before: Option<&f32>| match before {
                Some(&before) if moving.get() => before,
                _ => viewport.get().mark_scale(),
            }),
            moving,
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
        let name = attribute.name();
        match attribute {
            Attribute::View => {
                let view = value.and_then(|v| self.keyword(attribute, v, attributes::view(v)));
                self.set_view(view.unwrap_or_default());
            }
            Attribute::Notation => {
                let notation = value.and_then(|v| self.keyword(attribute, v, attributes::notation(v)));
                let notation = notation.unwrap_or_default();
                if self.notation.get_untracked() != notation {
                    self.notation.set(notation);
                    // The codes the host gave are read again, in the new notation.
                    for coded in [Attribute::Selected, Attribute::Points] {
                        let value = self.host.with_value(|h| h.attribute(coded));
                        self.apply_attribute(coded, value.as_deref());
                    }
                }
            }
            Attribute::Selected => {
                let notation = self.notation.get_untracked();
                let point = value.and_then(|code| self.usable(attribute, code, catalog::point_in(code, notation), unread_point(code, Some(name))));
                self.revealed.set(true);
                if point.is_some() {
                    self.card_tab.set(None);
                }
                self.selected.set(point);
                // A page that gives the point but not the view wants to see the point.
                if let Some(point) = point.filter(|_| !self.view_given()) {
                    self.bring_view_of(point);
                }
            }
            // A list with no code the widget knows is ignored as a whole, as its notices say
            // (not a filter that leaves nothing).
            Attribute::Points => {
                let points = value.and_then(|list| {
                    let (points, unknown) = attributes::points_in(list, self.notation.get_untracked());
                    for code in unknown {
                        self.warn(ErrorSource::Attribute(attribute), &code, unread_point(&code, Some(name)));
                    }
                    (!points.is_empty()).then_some(points)
                });
                self.shown.set(points);
            }
            Attribute::Meridians => {
                let meridians = value.and_then(|list| {
                    let (codes, unknown) = attributes::meridians(list);
                    for code in unknown {
                        self.warn(ErrorSource::Attribute(attribute), &code.clone(), move |s| fill(s.unknown_meridian, &[("value", &code)]));
                    }
                    (!codes.is_empty()).then_some(codes)
                });
                self.host_meridians.set(meridians);
            }
            Attribute::Condition => {
                let read = value.map(attributes::conditions).unwrap_or_default();
                for v in read.unknown {
                    self.warn(ErrorSource::Attribute(attribute), &v.clone(), move |s| fill(s.unknown_condition, &[("value", &v)]));
                }
                self.named_guides.set(read.guides);
                self.conditions.set(read.tags);
                // Patient mode opens with the condition's guide, unless a point is asked for.
                self.open_guide();
            }
            Attribute::Guides => {
                let on = value.and_then(|v| self.keyword(attribute, v, attributes::guides(v)));
                self.guides_on.set(on.unwrap_or(true));
            }
            Attribute::Link => {
                // A boolean attribute: there (whatever its value) or not.
                let on = self.host.with_value(|h| h.attribute(Attribute::Link)).is_some();
                self.link.set(on);
                if on {
                    self.read_link(false);
                }
            }
            Attribute::Parts => {
                let (parts, unknown) = value.map(Parts::read).unwrap_or_default();
                for v in unknown {
                    let names = || attributes::PARTS.map(|(name, _)| name).join(", ");
                    self.warn(ErrorSource::Attribute(attribute), &v.clone(), move |s| fill(s.unknown_part, &[("value", &v), ("values", &names())]));
                }
                self.parts.set(parts);
                self.open_guide();
            }
            Attribute::Mode => {
                let mode = value.and_then(|v| self.keyword(attribute, v, attributes::mode(v)));
                self.mode.set(mode.unwrap_or_default());
                self.open_guide();
                // Patient mode's file lacks what the others read.
                self.reload_prose();
            }
            Attribute::Labels => {
                let labels = value.and_then(|v| self.keyword(attribute, v, attributes::labels(v)));
                self.labels.set(labels.unwrap_or_default());
            }
            Attribute::HeadingLevel => {
                let level = value.and_then(|v| self.keyword(attribute, v, attributes::heading_level(v)));
                self.heading_level.set(level.unwrap_or_default());
            }
            Attribute::AriaLabel => self.page_label.set(value.map(str::trim).filter(|v| !v.is_empty()).map(str::to_string)),
            Attribute::Lang => {
                // Without its own lang the widget follows the page (the nearest lang above it).
                let tag = value.map(str::to_string).or_else(|| self.host.with_value(|h| h.page_lang()));
                let tag = tag.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
                let lang = match value {
                    Some(v) => {
                        let said = v.to_string();
                        self.usable(attribute, v, attributes::lang(v), move |s| fill(s.unknown_lang, &[("value", &said)]))
                    }
                    None => tag.as_deref().and_then(attributes::lang),
                };
                let lang = lang.unwrap_or_default();
                self.lang.set(lang);
                self.content_lang.set(tag.filter(|t| attributes::lang(t) != Some(lang)));
                self.reload_prose();
            }
            // The stylesheet applies `theme` (`:host([theme=… i])`, in any case, as every keyword
            // is read), element.js `loading` (only until the widget is live); only an unknown
            // value is news.
            Attribute::Theme | Attribute::Loading => {
                if let Some(v) = value {
                    let known = attribute.keywords().is_some_and(|(values, _)| values.iter().any(|k| k.eq_ignore_ascii_case(v)));
                    self.keyword(attribute, v, known.then_some(()));
                }
            }
        }
    }

    /// The language of guide `id`'s texts where it is not the interface's: the host's own guide
    /// is in its content's ([`Self::content_lang`]), the prose file's in the interface's.
    pub fn guide_lang(&self, id: &str) -> Option<String> {
        self.content.with_untracked(|c| c.guides.iter().any(|g| g.text.id == id)).then(|| self.content_lang.get_untracked()).flatten()
    }

    /// A guide's texts: the host's own, else the prose file's.
    pub fn guide_text(&self, id: &str) -> Option<GuideProse> {
        let host = self.content.with(|c| c.guides.iter().find(|g| g.text.id == id).map(|g| g.text.clone()));
        host.or_else(|| self.prose.with(|p| p.loaded().and_then(|l| l.condition_guide(id))))
    }

    /// In patient mode, with no point asked for, the card panel opens on the first guide.
    fn open_guide(&self) {
        // Without the card, a guide is all the panel can show.
        let patient = self.mode.get_untracked() == Mode::Patient || !self.parts.get_untracked().contains(Part::Card);
        let first = self.guides.with_untracked(|g| g.first().map(|(id, _)| id.clone()));
        if patient && self.selected.get_untracked().is_none() {
            self.card_tab.set(first);
        }
    }

    /// `found` (what `value` of `attribute` means), or, when it is `None`, a report that the
    /// value is unusable with the `message` made for it.
    fn usable<T>(&self, attribute: Attribute, value: &str, found: Option<T>, message: impl Fn(&'static UiStrings) -> String + Send + Sync + 'static) -> Option<T> {
        if found.is_none() {
            self.warn(ErrorSource::Attribute(attribute), value, message);
        }
        found
    }

    /// Switches to a view that draws `point` if the current one does not ([`Point::view_from`]).
    fn bring_view_of(&self, point: &Point) {
        let (view, to) = (self.view.get_untracked(), point.view_from(self.view.get_untracked()));
        if to != view {
            self.set_view(to);
        }
    }

    /// Whether the host gives a `view` (without one, a selected point brings a view that draws
    /// it; the painted map reads it alike, `element/paint.rs`).
    fn view_given(&self) -> bool {
        self.host.with_value(|h| h.attribute(Attribute::View)).is_some_and(|v| !v.trim().is_empty())
    }

    /// [`usable`](Self::usable) for a keyword attribute: the report lists its values and the one
    /// used instead ([`Attribute::keywords`]).
    fn keyword<T>(&self, attribute: Attribute, value: &str, found: Option<T>) -> Option<T> {
        let said = value.to_string();
        self.usable(attribute, value, found, move |s| {
            let (values, default) = attribute.keywords().unwrap_or_default();
            let fields = [("value", said.as_str()), ("attribute", attribute.name()), ("values", &values.join(", ")), ("default", default)];
            fill(s.unknown_value, &fields)
        })
    }

    /// Takes away the notices about `source` (a new value of it is about to be read).
    pub fn forget_notices(&self, source: ErrorSource) {
        self.notices.update(|n| n.retain(|notice| notice.source != source));
    }

    /// Takes the host's content document as the element read it: `None` when there is none,
    /// else the content and its problems, or why it could not be read at all (with the text
    /// that was given). Whatever is unusable is reported and left out; the built-in content is
    /// always there.
    pub fn set_content(&self, read: Option<ContentRead>) {
        const SOURCE: ErrorSource = ErrorSource::Content;
        self.forget_notices(SOURCE);
        let content = match read {
            None => HostContent::default(),
            Some(Err((why, value))) => {
                self.warn(SOURCE, &value, move |s| fill(s.content_invalid, &[("error", &why.describe(s.content))]));
                HostContent::default()
            }
            Some(Ok((content, problems))) => {
                let more = problems.len().saturating_sub(CONTENT_NOTICES);
                for (i, p) in problems.into_iter().enumerate() {
                    let path = p.path.clone();
                    let say: Saying = Arc::new(move |s| fill(s.content_problem, &[("path", &p.path), ("problem", &p.problem.describe(s.content))]));
                    self.report(SOURCE, &path, &say(self.ui()), (i < CONTENT_NOTICES).then_some(say));
                }
                if more > 0 {
                    let say: Saying = Arc::new(move |s| fill(s.content_more, &[("n", &more.to_string())]));
                    self.notices.update(|n| n.push(Notice { source: SOURCE, say }));
                }
                content
            }
        };
        self.shortlist.set(if content.shortlists.is_empty() { None } else { Some(0) });
        self.content.set(content);
        // The host's own guide may be the one a patient opens with.
        self.open_guide();
    }

    /// Unusable input: a notice in the widget, a console warning and an `acu-error` event, each
    /// naming the input (`source` is the attribute or method it came through).
    /// `say` makes the words in a language: the widget's now for the page, and whichever it
    /// has when the notice is shown.
    fn warn(&self, source: ErrorSource, value: &str, say: impl Fn(&'static UiStrings) -> String + Send + Sync + 'static) {
        let say: Saying = Arc::new(say);
        self.report(source, value, &say(self.ui()), Some(say));
    }

    /// Tells the host of `message` (`acu-error` and the console), and the reader of `notice`,
    /// if any, in the widget and its live region.
    pub fn report(&self, source: ErrorSource, value: &str, message: &str, notice: Option<Saying>) {
        self.emit(Emitted::Error { source, value: value.to_string(), message: message.to_string() });
        if let Some(say) = notice {
            self.announcement.set(say(self.ui()));
            self.notices.update(|n| n.push(Notice { source, say }));
        }
    }

    /// `select(code)` from the host: selects and shows the point (as a reader's selection
    /// does, firing `acu-select`), or reports the unknown code.
    pub fn select_code(&self, code: &str) -> Option<&'static Point> {
        self.forget_notices(ErrorSource::Select);
        let point = catalog::point_in(code, self.notation.get_untracked());
        match point {
            Some(point) => self.show_and_select(point),
            None => self.warn(ErrorSource::Select, code, unread_point(code, None)),
        }
        point
    }

    /// The widget's name as a landmark: what it is (a map, or points without one), and what it
    /// is about where the page or the reader narrowed it (the conditions chosen, else the
    /// shortlist chosen, else the points or the meridians the page gave it), so that two
    /// widgets on one page (a clinic's map and its condition guide, a map of the low back's
    /// points beside one of all) are told apart. The page's own name (`aria-label`), where it
    /// gives one.
    pub fn region_name(&self) -> String {
        /// Codes named in full; more are counted (`points_and_more`).
        const CODES_NAMED: usize = 4;
        if let Some(label) = self.page_label.get() {
            return label;
        }
        let (lang, s) = (self.lang.get(), self.ui());
        let conditions = self.conditions.get();
        let listed = |items: &mut dyn Iterator<Item = &str>| items.collect::<Vec<_>>().join(s.list_separator);
        let about = if !conditions.is_empty() {
            Some(listed(&mut conditions.iter().map(|c| lang.condition(c))))
        } else if let Some(title) = self.shortlist.get().and_then(|i| self.content.with(|c| c.shortlists.get(i).map(|l| l.title.clone()))) {
            Some(title)
        } else if let Some(points) = self.shown.get() {
            let codes = |n| listed(&mut points.iter().take(n).map(|p| p.code));
            Some(if points.len() <= CODES_NAMED + 1 {
                codes(points.len())
            } else {
                fill(s.points_and_more, &[("codes", &codes(CODES_NAMED)), ("n", &(points.len() - CODES_NAMED).to_string())])
            })
        } else {
            self.host_meridians.get().map(|meridians| listed(&mut meridians.iter().map(|m| lang.meridian(m))))
        };
        let name = s.widget_name(self.parts.get().contains(Part::Map));
        about.filter(|a| !a.trim().is_empty()).map_or_else(|| name.to_string(), |about| fill(s.widget_label_about, &[("name", name), ("about", &about)]))
    }

    /// How many points of the widget's pool the search finds that the shortlist chosen or the
    /// reader's filters hide (none without a search): a list that says "no match" while the
    /// point is one choice away would send the reader elsewhere.
    pub fn hits_hidden(&self) -> usize {
        if self.query.with(|q| q.trim().is_empty()) {
            return 0;
        }
        self.hits.with(|hits| {
            self.pool.with(|pool| self.visible.with(|visible| hits.points.iter().filter(|p| pool.contains(p) && !visible.contains(p)).count()))
        })
    }

    /// The search as it was read where it put a misspelled word right
    /// ([`crate::search::Found::read_as`]).
    pub fn read_as(&self) -> Option<String> {
        self.hits.with(|hits| hits.read_as.clone())
    }

    /// Whether the search names pregnancy beside what it looks for ([`crate::search::Found::pregnant`]).
    pub fn in_pregnancy(&self) -> bool {
        self.hits.with(|hits| hits.pregnant)
    }

    /// What must not wait that the search names ([`crate::search::Found::urgent`]).
    pub fn urgent(&self) -> Option<crate::prose::Urgent> {
        self.hits.with(|hits| hits.urgent)
    }

    /// How many points the list shows, and for what where the search put a misspelled word
    /// right: "3 points", "31 points for “insomnia”".
    pub fn found_count(&self) -> String {
        self.ui().found_count(self.visible.with(Vec::len), self.read_as().as_deref())
    }

    /// Every point of the widget's pool, the search kept: no shortlist, no filters.
    pub fn widen(&self) {
        self.shortlist.set(None);
        self.meridian.set(None);
        self.region.set(None);
        self.conditions.set(Vec::new());
    }

    /// Makes the search's indexes now (the built-in fields' and, once the prose is there, the
    /// prose's), so that the first letter typed does not wait for them: about 35 ms on a
    /// desktop and 140 ms on a phone for the study page. Called as the search box takes focus,
    /// a moment later: the widget may be gone by then, so it reads the prose with `try_`.
    pub fn prepare_search(&self) {
        crate::search::prepare();
        self.prose.try_with_untracked(|p| {
            if let Some(loaded) = p.loaded() {
                loaded.index();
            }
        });
    }

    /// Selects `point`, switching to a view that draws it if the current one does not. The
    /// reader chose it by name, so a study card shows its answer.
    pub fn show_and_select(&self, point: &'static Point) {
        // The view and the point are one step in the page's history (`link`).
        let quiet = self.link_quiet.get_untracked();
        self.link_quiet.set(true);
        self.bring_view_of(point);
        self.link_quiet.set(quiet);
        self.bring_into_view(point);
        self.select_by_user(point);
        self.revealed.set(true);
    }

    /// Pans the map, at its zoom, to the point where none of its sites is in view (a point
    /// chosen in the list, or reached by the keyboard, while the map is zoomed elsewhere).
    pub fn bring_into_view(&self, point: &Point) {
        let sites = point.positions_on(self.view.get_untracked());
        if !sites.iter().any(|&at| self.viewport.with_untracked(|v| v.shows(at))) {
            self.show_site(sites.first().copied());
        }
    }

    /// Pans the map, at its zoom, to `at` where that is out of view.
    pub fn show_site(&self, at: Option<(f32, f32)>) {
        let v = self.viewport.get_untracked();
        if let Some((x, y)) = at.filter(|&at| !v.shows(at)) {
            self.viewport.set(v.pan(x - v.cx, y - v.cy));
        }
    }

    /// Study mode: asks about a random point drawn on this view (not the one just asked).
    pub fn ask_another(&self) {
        let view = self.view.get_untracked();
        let current = self.selected.get_untracked();
        let candidates: Vec<&'static Point> = self
            .visible
            .get_untracked()
            .into_iter()
            .filter(|p| p.is_drawn_on(view) && Some(*p) != current)
            .collect();
        if !candidates.is_empty() {
            let index = (self.host.with_value(|h| h.random()) * candidates.len() as f64) as usize;
            self.select_by_user(candidates[index.min(candidates.len() - 1)]);
        }
    }

    /// Shows `view`, zoomed out.
    pub fn set_view(&self, view: View) {
        self.offer.set(None);
        if self.view.get_untracked() != view {
            self.view.set(view);
            self.reset_zoom();
            if !self.opening.get_value() {
                self.emit(Emitted::ViewChange(view));
            }
            self.announcement.set(fill(self.ui().announce_view, &[("view", self.ui().view_labels.get(view))]));
            self.write_link(false);
        }
    }

    /// The widget is set up: from now on a new view is a change the page hears of. Its
    /// prose is asked for now, once the language and the mode are both known.
    pub fn opened(&self) {
        self.opening.set_value(false);
        self.load_prose(false);
    }

    /// The whole figure of the current view.
    pub fn reset_zoom(&self) {
        let figure = self.view.get_untracked().figure();
        self.viewport.update(|v| *v = v.whole_of(figure.width, figure.height));
    }

    /// Whether the page asked for `part` (`parts`; all of them when it names none).
    pub fn shows(&self, part: Part) -> bool {
        self.parts.with(|parts| parts.contains(part))
    }

    /// The guide's step the map shows, if it is the selected point's.
    pub fn guide_step(&self) -> Option<usize> {
        let (code, step) = self.guide_step.get()?;
        self.selected.with(|p| p.is_some_and(|p| p.code == code)).then_some(step)
    }

    /// Shows step `step` of the selected point's guide on the map (`None`: no step), on a view
    /// that draws the point, and says the step.
    /// Starting the guide zooms the map to all that its steps draw.
    pub fn show_guide_step(&self, step: Option<usize>) {
        let point = self.selected.get_untracked();
        let starting = self.guide_step().is_none();
        self.guide_step.set(point.zip(step).map(|(p, step)| (p.code, step)));
        let (Some(point), Some(step)) = (point, step) else { return };
        self.bring_view_of(point);
        let figure = self.view.get_untracked().figure();
        let bounds = self.guide.with_untracked(|g| g.as_ref()?.bounds(figure, point.positions_on(figure.view)));
        // Room around it, and on the right for the landmarks' names.
        if let Some((x0, y0, x1, y1)) = bounds.filter(|_| starting) {
            self.viewport.update(|v| *v = v.fitting((x0, y0, x1 + 80.0, y1), 30.0));
        }
        let said = self.guide.with_untracked(|g| {
            let g = g.as_ref()?;
            let of = fill(self.ui().guide_step_of, &[("n", &(step + 1).to_string()), ("total", &g.steps.len().to_string())]);
            Some(format!("{of}{}{}", self.ui().label_colon, g.steps.get(step)?.text))
        });
        if let Some(said) = said {
            self.announcement.set(said);
        }
    }

    /// The reader's choice of a point on the map (a tap or a click on its marker, Enter on it,
    /// or an answer to "Which point did you mean?"): selected, and kept in sight (`map_picked`).
    pub fn pick_on_map(&self, point: &'static Point) {
        self.map_picked.set(Some(point));
        self.select_by_user(point);
    }

    /// A selection made by the reader: updates the widget and fires `acu-select` with the
    /// point as a plain object.
    pub fn select_by_user(&self, point: &'static Point) {
        self.revealed.set(self.mode.get_untracked() != Mode::Study);
        self.selected.set(Some(point));
        self.card_tab.set(None);
        self.write_link(true);
        self.emit(Emitted::Select(point, self.point_prose(point)));
        let name = self.lang.get_untracked().point_name(point);
        self.announcement.set(fill(self.ui().announce_selected, &[("code", point.code), ("name", name)]));
    }

    /// Starts a round of the locate quiz ("Where is ST36?") of the points the list shows.
    pub fn start_locate(&self, kind: quiz::Kind) {
        let pool: Vec<&'static Point> = self.visible.get_untracked().into_iter().filter(|p| p.drawn_on().next().is_some()).collect();
        let round = Round::new(kind, &pool, || self.host.with_value(|h| h.random()));
        self.ask(round);
    }

    /// Asks `round`'s next question: on a view that draws the point (this one if it can),
    /// zoomed out, with no point selected (the card would give the answer).
    fn ask(&self, round: Round) {
        let Some(point) = round.current() else {
            self.locate.set(Some(LocateQuiz { round, choices: Vec::new(), answer: None }));
            return;
        };
        let view = point.view_from(self.view.get_untracked());
        self.set_view(view);
        self.reset_zoom();
        self.selected.set(None);
        let choices = match round.kind {
            quiz::Kind::Tap => Vec::new(),
            quiz::Kind::Choice => {
                let among: Vec<&'static Point> = catalog::POINTS.iter().collect();
                let mut four = quiz::neighbours(point, view.figure(), &among);
                let at = ((self.host.with_value(|h| h.random()) * 4.0) as usize).min(four.len());
                four.insert(at, point);
                four
            }
        };
        let s = self.ui();
        let question = fill(round.kind.question(s), &[("code", point.code), ("name", self.lang.get_untracked().point_name(point))]);
        let of = fill(s.locate_progress, &[("n", &(round.answers.len() + 1).to_string()), ("total", &round.points.len().to_string())]);
        self.announcement.set(format!("{of} {question}"));
        self.locate.set(Some(LocateQuiz { round, choices, answer: None }));
    }

    /// A tap on the figure at `at` answers a tap question.
    pub fn answer_tap(&self, at: (f32, f32)) {
        let Some(point) = self.asking(quiz::Kind::Tap) else { return };
        let scale = self.prose.with_untracked(|p| p.loaded().and_then(|l| l.recipes(point).first().and_then(|r| r.scale.clone())));
        let Some(miss) = quiz::score(point, self.view.get_untracked().figure(), at, scale.as_deref()) else { return };
        self.answered(point, LocateAnswer { distance: miss.distance, miss: Some(miss), chosen: None, tap: Some(at) });
    }

    /// Choosing marker `index` (A is 0) answers a choice question: the distance is the chosen
    /// marker's from the point, 0 for the point itself.
    pub fn answer_choice(&self, index: usize) {
        let Some(point) = self.asking(quiz::Kind::Choice) else { return };
        let Some(chosen) = self.locate.with_untracked(|q| q.as_ref().and_then(|q| q.choices.get(index).copied())) else { return };
        let figure = self.view.get_untracked().figure();
        let distance = match chosen.code == point.code {
            true => 0.0,
            false => {
                let sites = chosen.positions_on(figure.view);
                sites.iter().filter_map(|at| quiz::score(point, figure, *at, None)).map(|m| m.distance).reduce(f32::min).unwrap_or(f32::INFINITY)
            }
        };
        self.answered(point, LocateAnswer { miss: None, chosen: Some(chosen), tap: None, distance });
    }

    /// The point asked, if a question of `kind` waits for its answer.
    fn asking(&self, kind: quiz::Kind) -> Option<&'static Point> {
        self.locate.with_untracked(|q| q.as_ref().filter(|q| q.answer.is_none() && q.round.kind == kind).and_then(|q| q.round.current()))
    }

    fn answered(&self, point: &'static Point, answer: LocateAnswer) {
        let distance = answer.distance;
        let Some(mut quiz) = self.locate.get_untracked() else { return };
        quiz.round.answer(distance);
        let (question, of, kind) = (quiz.round.answers.len(), quiz.round.points.len(), quiz.round.kind);
        let finished = quiz.round.finished().then(|| quiz.round.score());
        quiz.answer = Some(answer);
        self.locate.set(Some(quiz));
        // The answer: the point's card, with its guide.
        self.revealed.set(true);
        self.selected.set(Some(point));
        let s = self.ui();
        let said = if distance <= quiz::CLOSE { s.locate_found } else { s.locate_missed };
        self.announcement.set(fill(said, &[("distance", &crate::text::decimal(distance, 1))]));
        self.emit(Emitted::Quiz(QuizReport::Answer { point, kind, distance, found: distance <= quiz::CLOSE, question, of }));
        if let Some(score) = finished {
            self.emit(Emitted::Quiz(QuizReport::Round { kind, score }));
        }
    }

    /// The next question (after an answer), or nothing at the round's end.
    pub fn next_question(&self) {
        let Some(quiz) = self.locate.get_untracked() else { return };
        if quiz.answer.is_some() && !quiz.round.finished() {
            self.ask(quiz.round);
        }
    }

    /// A new round of the points the last one missed.
    pub fn locate_again(&self) {
        if let Some(round) = self.locate.with_untracked(|q| q.as_ref().and_then(|q| q.round.again())) {
            self.ask(round);
        }
    }

    /// Ends the quiz.
    pub fn stop_locate(&self) {
        self.locate.set(None);
    }

    /// The point's prose in the widget's language, if the widget has it yet.
    pub fn point_prose(&self, point: &Point) -> Option<PointProse> {
        self.prose.with_untracked(|p| p.loaded().and_then(|l| l.point(point)))
    }

    fn emit(&self, event: Emitted) {
        self.host.with_value(|h| h.emit(event));
    }

    /// After the language or the mode changed: the prose they need, unless the widget is still
    /// being set up (it asks once it is).
    fn reload_prose(&self) {
        if !self.opening.get_value() {
            self.load_prose(false);
        }
    }

    /// Asks for the prose of the widget's language that its mode reads, unless it is already
    /// there; `retry` asks again after a failure.
    pub fn load_prose(&self, retry: bool) {
        let lang = self.lang.get_untracked();
        let kind = self.mode.get_untracked().prose_file();
        if self.prose.with_untracked(|p| p.loaded().is_some_and(|l| l.lang() == lang && l.kind().covers(kind))) {
            return;
        }
        self.prose.set(ProseState::Loading);
        self.forget_notices(ErrorSource::Prose);
        let state = *self;
        self.host.with_value(|h| h.load_prose(state, lang, kind, retry));
    }

    /// `lang`'s prose file, or why it could not be had (reported like unusable input, source
    /// `prose`). Ignored if the widget is gone, in another language or a mode that needs more
    /// by now, or has the file already. A file after a failure (another widget's retry worked)
    /// takes the notice away.
    pub fn prose_arrived(&self, lang: Lang, file: Result<Rc<dyn ProseSource>, String>) {
        if self.lang.try_get_untracked() != Some(lang) {
            return;
        }
        let need = self.mode.get_untracked().prose_file();
        match file {
            Ok(file) if !file.kind().covers(need) => {}
            Ok(_) if self.prose.with_untracked(|p| p.loaded().is_some()) => {}
            Ok(file) => {
                self.forget_notices(ErrorSource::Prose);
                let _ = self.prose.try_set(ProseState::Ready(file));
            }
            Err(why) => {
                // The browser's reason, in its own words and language, is for the page's
                // developer (the console and the event); the reader's notice says what it means.
                let text = lang.ui().prose_failed;
                self.report(ErrorSource::Prose, lang.tag(), &format!("{text} ({why})"), Some(Arc::new(|s| s.prose_failed.to_string())));
                let _ = self.prose.try_set(ProseState::Failed);
            }
        }
    }
}

/// What to say of a point the page gave that the widget cannot read (in `attribute`, or passed
/// to `select()` where `None`): an unknown code, or a name that more than one point has
/// (toneless `Futu`), with their codes.
fn unread_point(code: &str, attribute: Option<&'static str>) -> impl Fn(&'static UiStrings) -> String + Send + Sync + 'static {
    let (said, named) = (code.to_string(), catalog::points_named(code).iter().map(|p| p.code).collect::<Vec<_>>());
    move |s| {
        let points = named.join(s.list_separator);
        let values = [("code", said.as_str()), ("attribute", attribute.unwrap_or_default()), ("points", points.as_str())];
        let template = match (attribute.is_some(), named.is_empty()) {
            (true, true) => s.unknown_code,
            (true, false) => s.shared_name,
            (false, true) => s.unknown_code_method,
            (false, false) => s.shared_name_method,
        };
        fill(template, &values)
    }
}
