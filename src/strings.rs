//! Every string the widget shows that is not catalog data, in one place: each language is a
//! `UiStrings` value ([`EN`], [`ZH_HANS`], [`ZH_HANT`]) holding its `PaintStrings`
//! ([`EN_PAINT`], [`ZH_HANS_PAINT`], [`ZH_HANT_PAINT`]: the few the painted first view needs,
//! apart so that only they are on the first path), and [`Lang`] picks them and the
//! vocabulary's labels. The Traditional Chinese ones are written from the Simplified by
//! `points/translations/zh-Hant.py`.

use crate::catalog::{ANGLES, CAUTION_KINDS, CAUTION_KINDS_PLAIN, CONDITIONS, MERIDIAN_NAMES, REGIONS};
use crate::figure::View;
use crate::model::VocabularyLabels;

/// The strings the first view is painted with (`src/element/paint.rs`) before the live widget
/// is in: only these are on the first path; the live widget reads them through `UiStrings`.
pub struct PaintStrings {
    pub widget_label: &'static str,
    /// The widget's name when the page leaves the map out (`parts`).
    pub widget_label_no_map: &'static str,
    pub view_tabs_label: &'static str,
    /// The name of each view, as its tab shows it.
    pub view_labels: ViewLabels,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub zoom_reset: &'static str,
    pub zoom_hint: &'static str,
    pub overlay_toggle: &'static str,
    /// Accessible name of the map; `{view}` is replaced by the view's name.
    pub map_label: &'static str,
    /// What the card says before a point is chosen; `{pick}` is how [`Self::pick`] asks for one.
    pub card_empty: &'static str,
    /// The same for patient mode, whose cards say what a point is used for, not how it is needled.
    pub card_empty_patient: &'static str,
    /// How the card asks for a point, by where the widget lets its reader pick one.
    pub pick: Pick,
    pub quiz_hint: &'static str,
    /// The card while the language's prose file is on its way (the cautions are already shown).
    pub prose_loading: &'static str,
    /// The same once the painted card shows the location (`element/paint.rs`: `fill_card`).
    pub prose_loading_rest: &'static str,
    pub cautions: &'static str,
    /// Above the cautions listed by kind only, while their texts are not there.
    pub cautions_by_kind: &'static str,
    pub disclaimer: &'static str,
    /// Between a label and its text ("Meridian: …"): the language's own colon.
    pub label_colon: &'static str,
    pub meridian: &'static str,
    pub region: &'static str,
    /// Before what China's national standard gives otherwise than the WHO, on the card: a
    /// point's code or its name (`Lang::national`).
    pub national_standard: &'static str,
    /// Before a point's other names, on the card (`Lang::also_called`).
    pub also_called: &'static str,
    /// The heading of a point's location, on its card.
    pub location: &'static str,
    /// The live widget's code could not be loaded (`src/element/widget.rs`): on the painted map,
    /// and in the console and in `acu-error`, which add why.
    pub live_failed: &'static str,
    pub retry: &'static str,
    /// The button under the map or the list that goes to the point just chosen there
    /// (`SelectionPeek`; painted under the map for the point the page opens on).
    pub peek_details: &'static str,
}

pub struct UiStrings {
    /// The strings the painted first view uses too (in the main module, on the first path);
    /// read through `UiStrings` as its own fields (`Deref`).
    pub paint: &'static PaintStrings,
    /// The widget's name (`{name}`: `widget_label` or `widget_label_no_map`) with what it is
    /// about (`{about}`: its conditions, its shortlist, or the points or meridians the page
    /// gave it).
    pub widget_label_about: &'static str,
    /// What a widget of many points is about, in its name: the first codes (`{codes}`) and how
    /// many more (`{n}`, always more than one).
    pub points_and_more: &'static str,
    /// The card's tabs: its condition guides and the point.
    pub card_tabs_label: &'static str,
    /// `{view}` is replaced.
    pub closeup_offer: &'static str,
    /// Under a view that draws none of the points listed.
    pub none_on_view: &'static str,
    /// Over the map for a moment when the wheel scrolled the page past it.
    pub gesture_wheel: &'static str,
    /// Over the map for a moment when one finger scrolled the page past it.
    pub gesture_touch: &'static str,
    pub legend_label: &'static str,
    pub filters_label: &'static str,
    pub filter_meridian: &'static str,
    pub filter_region: &'static str,
    pub filter_condition: &'static str,
    pub filter_any: &'static str,
    /// The second condition select: adds a condition to those chosen.
    pub filter_condition_add: &'static str,
    /// `{condition}` is replaced.
    pub filter_condition_remove: &'static str,
    /// A point's rank with several conditions: `{n}` of `{total}`.
    pub serves: &'static str,
    /// The card panel's tab of the point's card, beside the condition guides'.
    pub card_tab_point: &'static str,
    pub guide_red_flags: &'static str,
    pub guide_now: &'static str,
    pub guide_soon: &'static str,
    pub guide_points: &'static str,
    pub guide_course: &'static str,
    pub guide_first_visit: &'static str,
    pub guide_self_care: &'static str,
    pub guide_tui_na: &'static str,
    pub guide_evidence: &'static str,
    pub guide_sources: &'static str,
    /// The printed handout (`ui/handout.rs`) and the button that prints it.
    pub handout_title: &'static str,
    pub handout_know: &'static str,
    pub print_button: &'static str,
    /// `print()` called with no handout to print (naming the method, as the console warning
    /// and `acu-error` say it too).
    pub nothing_to_print: &'static str,
    /// `link`: the button that copies the page's address, what is said when it did, and the
    /// field's label when the page may not write the clipboard.
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub copy_link_by_hand: &'static str,
    pub filter_clear: &'static str,
    /// `{cun}` is replaced.
    pub cun_label: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub list_label: &'static str,
    /// `{n}` is replaced by the number of points (more or fewer than one; read it with
    /// [`UiStrings::points_count`]).
    pub list_count: &'static str,
    pub list_count_one: &'static str,
    /// Instead of the count where the search read a misspelled word as another (`migrane`:
    /// "migraine"); `{count}` (a count, [`UiStrings::points_count`]) and `{query}` (the query as
    /// read) are replaced.
    pub list_read_as: &'static str,
    /// Said by screen readers when a point is selected; `{code}` and `{name}` are replaced.
    pub announce_selected: &'static str,
    /// Said when the view changes; `{view}` is replaced.
    pub announce_view: &'static str,
    pub list_empty: &'static str,
    /// Instead of `list_empty` when a search finds points the shortlist or the filters hide.
    pub hidden_matches: &'static str,
    pub show_hidden_matches: &'static str,
    /// Above the list when the search names what must not wait, which no point is for
    /// ([`crate::search::Found::urgent`]; read it with [`UiStrings::urgent`]).
    pub urgent_emergency: &'static str,
    pub urgent_crisis: &'static str,
    pub urgent_pregnancy: &'static str,
    /// On a row of the list, in a search for a complaint in pregnancy, a point a pregnancy
    /// caution names ([`crate::search::Found::pregnant`]).
    pub caution_in_pregnancy: &'static str,
    pub needling: &'static str,
    /// `{min}`, `{max}` and `{angle}` are replaced.
    pub needling_depth: &'static str,
    pub actions: &'static str,
    pub indications: &'static str,
    pub categories: &'static str,
    pub dry_needling: &'static str,
    pub dry_needling_none: &'static str,
    /// Between the dry-needling counterpart's muscles (whose names hold commas in Chinese), and
    /// after them, before its note; taken in the language of the text, not of the interface.
    pub muscles_separator: &'static str,
    pub muscles_end: &'static str,
    pub not_on_view: &'static str,
    pub show_on_map: &'static str,
    /// `{code}` and `{attribute}` are replaced.
    pub unknown_code: &'static str,
    /// `{code}` is replaced.
    pub unknown_code_method: &'static str,
    /// A name that more than one point has (toneless `Futu`): `{code}`, `{attribute}` and the
    /// `{points}` it names are replaced.
    pub shared_name: &'static str,
    /// `{code}` and `{points}` are replaced.
    pub shared_name_method: &'static str,
    /// An unknown value of a keyword attribute (`view`, `notation`, `mode`, `labels`, `theme`):
    /// `{value}`, `{attribute}`, its `{values}` and the `{default}` used instead are replaced.
    pub unknown_value: &'static str,
    /// `{value}` is replaced.
    pub unknown_meridian: &'static str,
    /// `{value}` is replaced.
    pub unknown_condition: &'static str,
    /// `{value}` is replaced.
    pub unknown_lang: &'static str,
    /// `{value}` and the `{values}` known are replaced.
    pub unknown_part: &'static str,
    /// `{value}` (this widget's part of the page address's hash) is replaced.
    pub bad_link: &'static str,
    /// `{error}` is replaced by the parser's message.
    pub content_invalid: &'static str,
    /// `{path}` (the field) and `{problem}` are replaced.
    pub content_problem: &'static str,
    /// `{n}` is replaced by the number of problems not shown.
    pub content_more: &'static str,
    /// What is wrong with a field of the content JSON (`host_content::ContentProblem`).
    pub content: &'static ContentStrings,
    /// Heading of a host's own note on a point.
    pub host_note: &'static str,
    pub filter_shortlist: &'static str,
    pub shortlist_all: &'static str,
    /// Study mode: the card's question before the answer is shown.
    pub quiz_prompt: &'static str,
    pub quiz_reveal: &'static str,
    /// Study mode: asks about another point of the view.
    pub quiz_next: &'static str,
    /// Patient mode's heading for the indications.
    pub used_for: &'static str,
    /// Shown when the catalog's prose is in another language than the interface.
    pub prose_language_note: &'static str,
    /// Under a card's fields: where its location comes from (a channel point's, an extra
    /// point's), and its needling depth.
    pub source_location: &'static str,
    pub source_location_extra: &'static str,
    pub source_depth: &'static str,
    /// A notice when the prose file could not be had (the console and `acu-error` add why).
    pub prose_failed: &'static str,
    /// The card then (above it, its cautions by kind, and below it a button to try again).
    pub prose_failed_card: &'static str,
    /// A search hit read as a code of another notation (`{code}`, `{notation}`).
    pub notation_reading: &'static str,
    /// The notations' names, as in `notation_reading`: English, French, German.
    pub notation_names: [&'static str; 3],
    /// The heading of a point's WHO alternative location.
    pub alternative: &'static str,
    /// After the alternative location, where the map draws it.
    pub alternative_on_map: &'static str,
    /// The card's how-to-find guide (`ui/how_to_find.rs`).
    pub guide_title: &'static str,
    /// Starts the guide on the map, at its first step.
    pub guide_show: &'static str,
    pub guide_previous: &'static str,
    pub guide_next: &'static str,
    pub guide_hide: &'static str,
    /// `{n}` and `{total}` are replaced.
    pub guide_step_of: &'static str,
    /// The ruler's label: `{used}` of the measurement's `{total}` B-cun.
    pub guide_ruler: &'static str,
    /// Study mode's locate quiz (`ui/locate_quiz.rs`): its two ways to start.
    /// The quiz's heading (for screen readers), whichever way it is answered.
    pub locate_title: &'static str,
    pub locate_start: &'static str,
    pub locate_start_choice: &'static str,
    /// `{code}` and `{name}` are replaced.
    pub locate_question: &'static str,
    pub locate_question_choice: &'static str,
    /// `{n}` and `{total}` are replaced.
    pub locate_progress: &'static str,
    /// `{distance}` (B-cun) is replaced.
    pub locate_found: &'static str,
    pub locate_missed: &'static str,
    /// A miss's first part (with the unit) and the next: `{n}` and `{direction}` are replaced.
    pub locate_part_first: &'static str,
    pub locate_part: &'static str,
    /// Between the parts of a miss, or the conditions in the widget's name.
    pub list_separator: &'static str,
    pub locate_high: &'static str,
    pub locate_low: &'static str,
    pub locate_lateral: &'static str,
    pub locate_medial: &'static str,
    pub locate_anterior: &'static str,
    pub locate_posterior: &'static str,
    pub locate_left: &'static str,
    pub locate_right: &'static str,
    pub locate_on_it: &'static str,
    /// `{span}` (the measurement) is replaced.
    pub locate_scale: &'static str,
    /// `{letter}` and `{code}` are replaced; the wrong one's also `{other}` and `{right}`.
    pub locate_chosen_right: &'static str,
    pub locate_chosen_wrong: &'static str,
    /// `{letter}` is replaced.
    pub locate_marker: &'static str,
    pub locate_next: &'static str,
    /// `{found}`, `{asked}` and `{median}` are replaced.
    pub locate_score: &'static str,
    pub locate_again: &'static str,
    pub locate_new: &'static str,
    pub locate_stop: &'static str,
    pub dismiss: &'static str,
    /// A tap among crowded markers (or a click on markers drawn on one another): the map asks
    /// which point it meant.
    pub choose_point: &'static str,
    /// A choice of study mode's question, which names no point: `{n}` is its number, drawn
    /// beside its marker too.
    pub choose_marker: &'static str,
    pub has_cautions: &'static str,
    pub aspect: &'static str,
    pub sources: &'static str,
    /// The name of a citation's button, `[1]`, which shows that source in the list.
    pub source_number: &'static str,
}

/// What can be wrong with a field of the host's content JSON, one template per
/// [`crate::host_content::ContentProblem`]: a language that leaves one out does not compile.
/// `{found}` is replaced by what the field holds instead (`null` … `object`; in Chinese, the
/// Latin words bring their own space).
pub struct ContentStrings {
    pub expected_bool: &'static str,
    pub expected_text: &'static str,
    pub expected_list: &'static str,
    pub expected_object: &'static str,
    pub expected_notes: &'static str,
    pub expected_code: &'static str,
    pub expected_codes: &'static str,
    /// `{max}` is replaced.
    pub expected_columns: &'static str,
    /// `{n}` is replaced by the number of columns.
    pub expected_cells: &'static str,
    pub expected_urgency: &'static str,
    /// `{fields}` is replaced by the fields there may be.
    pub unknown_field: &'static str,
    /// `{code}` is replaced.
    pub unknown_point: &'static str,
    /// `{value}` is replaced.
    pub unknown_condition: &'static str,
    /// `{key}` is replaced.
    pub unknown_source: &'static str,
    pub number_without_source: &'static str,
    /// `{code}` is replaced.
    pub second_note: &'static str,
    pub no_known_point: &'static str,
    pub no_usable_row: &'static str,
    pub guide_incomplete: &'static str,
    /// `{n}` and `{max}` are replaced.
    pub too_many_items: &'static str,
    pub missing: &'static str,
    pub empty: &'static str,
    /// `{max}` is replaced.
    pub too_long: &'static str,
    /// Why a whole document is not read (`host_content::Unreadable`): `{n}` and `{max}` bytes.
    pub too_big: &'static str,
    /// `{max}` levels.
    pub too_deep: &'static str,
    /// `{fields}` (the fields there may be) and `{found}`.
    pub not_an_object: &'static str,
    /// `{why}`: the parser's own words, in English.
    pub not_json: &'static str,
    /// The text `[object Object]`: an object a framework set as the `content` attribute.
    pub object_as_text: &'static str,
    pub null: &'static str,
    pub bool: &'static str,
    pub number: &'static str,
    pub text: &'static str,
    pub list: &'static str,
    pub object: &'static str,
    /// A script's value JSON has no form for (`content` set to a function or a symbol).
    pub function: &'static str,
    pub symbol: &'static str,
}

/// "Select a point", and where: the widget's map and list, either, or neither (the page leaves
/// both out with `parts`, and picks the card's point itself or with a condition guide).
pub struct Pick {
    pub map_or_list: &'static str,
    pub map: &'static str,
    pub list: &'static str,
    pub neither: &'static str,
}

/// One label per [`View`]: a language that leaves one out does not compile.
pub struct ViewLabels {
    pub front: &'static str,
    pub back: &'static str,
    pub side: &'static str,
    pub head_front: &'static str,
    pub head_side: &'static str,
    pub hand_palm: &'static str,
    pub hand_back: &'static str,
    pub foot_top: &'static str,
    pub foot_medial: &'static str,
    pub foot_lateral: &'static str,
    pub foot_sole: &'static str,
}

impl std::ops::Deref for UiStrings {
    type Target = PaintStrings;
    fn deref(&self) -> &PaintStrings {
        self.paint
    }
}

impl PaintStrings {
    /// What the card says before a point is chosen, in each mode, asking for one only where the
    /// page's `parts` let a reader pick it.
    pub fn card_hint(&self, mode: crate::attributes::Mode, parts: crate::attributes::Parts) -> String {
        use crate::attributes::{Mode, Part};
        let template = match mode {
            Mode::Study => return self.quiz_hint.to_string(),
            Mode::Patient => self.card_empty_patient,
            Mode::Practitioner => self.card_empty,
        };
        let pick = match (parts.contains(Part::Map), parts.contains(Part::List)) {
            (true, true) => self.pick.map_or_list,
            (true, false) => self.pick.map,
            (false, true) => self.pick.list,
            (false, false) => self.pick.neither,
        };
        crate::text::fill(template, &[("pick", pick)])
    }
    /// The widget's name as a landmark: with its map or without.
    pub fn widget_name(&self, map: bool) -> &'static str {
        if map {
            self.widget_label
        } else {
            self.widget_label_no_map
        }
    }
}

impl UiStrings {
    /// How many points the list holds: "23 points", "1 point".
    pub fn points_count(&self, n: usize) -> String {
        if n == 1 {
            self.list_count_one.to_string()
        } else {
            fill(self.list_count, &[("n", &n.to_string())])
        }
    }

    /// How many points the list holds, and for what where the search read a misspelled word as
    /// another (`read_as`, [`crate::search::Found::read_as`]): "31 points for “insomnia”".
    pub fn found_count(&self, n: usize, read_as: Option<&str>) -> String {
        let count = self.points_count(n);
        match read_as {
            Some(query) if n > 0 => fill(self.list_read_as, &[("count", &count), ("query", query)]),
            _ => count,
        }
    }

    /// What the list says above its points when the search names what must not wait.
    pub fn urgent(&self, urgent: crate::prose::Urgent) -> &'static str {
        match urgent {
            crate::prose::Urgent::Emergency => self.urgent_emergency,
            crate::prose::Urgent::Crisis => self.urgent_crisis,
            crate::prose::Urgent::Pregnancy => self.urgent_pregnancy,
        }
    }

    /// What an empty list says: that nothing matches, or how many points matching the search
    /// the shortlist and the filters hide.
    pub fn no_match(&self, hidden: usize) -> String {
        if hidden == 0 {
            self.list_empty.to_string()
        } else {
            fill(self.hidden_matches, &[("count", &self.points_count(hidden))])
        }
    }
}

impl ViewLabels {
    pub fn get(&self, view: View) -> &'static str {
        match view {
            View::Front => self.front,
            View::Back => self.back,
            View::Side => self.side,
            View::HeadFront => self.head_front,
            View::HeadSide => self.head_side,
            View::HandPalm => self.hand_palm,
            View::HandBack => self.hand_back,
            View::FootTop => self.foot_top,
            View::FootMedial => self.foot_medial,
            View::FootLateral => self.foot_lateral,
            View::FootSole => self.foot_sole,
        }
    }
}

pub static EN_PAINT: PaintStrings = PaintStrings {
    widget_label: "Acupuncture point map",
    widget_label_no_map: "Acupuncture points",
    view_tabs_label: "Body view",
    view_labels: ViewLabels {
        front: "Front",
        back: "Back",
        side: "Side",
        head_front: "Face",
        head_side: "Head, side",
        hand_palm: "Palm",
        hand_back: "Back of hand",
        foot_top: "Top of foot",
        foot_medial: "Inner leg and foot",
        foot_lateral: "Outer leg and foot",
        foot_sole: "Sole",
    },
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    zoom_reset: "Reset zoom",
    zoom_hint: "Zoom with the buttons, Ctrl (⌘ on a Mac) and the mouse wheel, a pinch, or + and −; drag with the mouse or two fingers to pan; 0 resets. Keys: the arrows move from point to point, Enter selects; after Escape they pan.",
    overlay_toggle: "Landmarks and cun scale",
    map_label: "Body map, {view} view. Select a point for its details.",
    card_empty: "{pick} to see where it is, how it is needled and what to be careful of.",
    card_empty_patient: "{pick} to see where it is, what it is used for and what to be careful of.",
    pick: Pick { map_or_list: "Select a point on the map or in the list", map: "Select a point on the map", list: "Select a point in the list", neither: "Select a point" },
    quiz_hint: "Study mode: names are hidden on the map. Pick a marker, name the point, then check the answer.",
    prose_loading: "Loading the point's location, needling and uses…",
    prose_loading_rest: "Loading the rest of this point's details…",
    cautions: "Cautions",
    cautions_by_kind: "Each caution's details come with the rest of the card.",
    disclaimer: "For education. Acupuncture and dry needling should only be performed by a trained, licensed practitioner.",
    label_colon: ": ",
    meridian: "Meridian",
    region: "Region",
    national_standard: "In China's national standard (GB/T 12346)",
    also_called: "Also called",
    location: "Location",
    live_failed: "The interactive map, the list and the full cards could not be loaded. The points drawn and their cautions are still shown.",
    retry: "Try again",
    peek_details: "Details",
};

pub static EN_CONTENT: ContentStrings = ContentStrings {
    expected_bool: "expected true or false, found {found}",
    expected_text: "expected text, found {found}",
    expected_list: "expected a list, found {found}",
    expected_object: "expected an object, found {found}",
    expected_notes: "expected an object of point codes and texts, found {found}",
    expected_code: "expected a point code, found {found}",
    expected_codes: "expected a list of point codes",
    expected_columns: "expected a list of 1 to {max} column headings",
    expected_cells: "expected a list of {n} texts, one per column; row left out",
    expected_urgency: "expected now or soon",
    unknown_field: "unknown field, ignored (the fields are {fields})",
    unknown_point: "unknown point code “{code}”, ignored",
    unknown_condition: "unknown condition “{value}”, ignored",
    unknown_source: "cites “{key}”, which is not one of the guide's sources; left out",
    number_without_source: "has a number without a source, as (source: key); left out",
    second_note: "a second note for {code}; the later one is used",
    no_known_point: "no known point in it, so it is not offered",
    no_usable_row: "no usable row, so the table is not shown",
    guide_incomplete: "a guide needs a known condition, a known point and its red flags; not shown",
    too_many_items: "{n} items; only the first {max} are used",
    missing: "missing",
    empty: "empty",
    too_long: "longer than {max} characters; cut there",
    too_big: "it is {n} bytes; the most read is {max}",
    too_deep: "it is nested more than {max} levels deep",
    not_an_object: "expected an object with fields {fields}, found {found}",
    not_json: "not JSON: {why}",
    object_as_text: "it is the text “[object Object]”, an object turned into text (a framework writes an object into the content attribute when it renders before the element is defined); set content once the element is defined, or give JSON text",
    null: "null",
    bool: "true or false",
    number: "a number",
    text: "text",
    list: "a list",
    object: "an object",
    function: "a function",
    symbol: "a symbol",
};

pub static EN: UiStrings = UiStrings {
    paint: &EN_PAINT,
    widget_label_about: "{name}: {about}",
    points_and_more: "{codes} and {n} more",
    card_tabs_label: "Guide or point",
    closeup_offer: "Open the close-up: {view}",
    none_on_view: "None of the points listed is drawn on this view: each row of the list names the views that show it.",
    gesture_wheel: "To zoom the map, hold Ctrl (⌘ on a Mac) as you scroll",
    gesture_touch: "Use two fingers to move the map",
    legend_label: "Meridians on this view",
    filters_label: "Filter points",
    filter_meridian: "Meridian",
    filter_region: "Body region",
    filter_condition: "Condition",
    filter_any: "All",
    filter_condition_add: "And condition",
    filter_condition_remove: "Remove {condition}",
    serves: "{n} of {total}",
    card_tab_point: "Point",
    guide_red_flags: "When not to wait",
    guide_now: "Get medical help now",
    guide_soon: "See a doctor soon",
    guide_points: "Points commonly used",
    guide_course: "What a course looks like",
    guide_first_visit: "Your first visit",
    guide_self_care: "What you can do",
    guide_tui_na: "Tui Na",
    guide_evidence: "What the evidence says",
    guide_sources: "Sources",
    handout_title: "Your acupuncture points",
    handout_know: "What to know:",
    print_button: "Print a handout",
    nothing_to_print: "print(): nothing to print yet. Choose a point first.",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    copy_link_by_hand: "Copy this link:",
    filter_clear: "Clear filters",
    cun_label: "{cun} B-cun",
    search_label: "Search points",
    search_placeholder: "Code, pinyin, 汉字, English or condition",
    list_label: "Points",
    list_count: "{n} points",
    list_count_one: "1 point",
    list_read_as: "{count} for “{query}”",
    announce_selected: "{code} {name} selected.",
    announce_view: "{view} view.",
    list_empty: "No point matches this search. Try a point's code or name, a part of the body such as “knee”, or a complaint such as “headache”.",
    hidden_matches: "No point in the chosen shortlist and filters matches this search. Found outside them: {count}.",
    show_hidden_matches: "Search all points",
    urgent_emergency: "If this is happening now, call your local emergency number straight away. No acupuncture point treats an emergency.",
    urgent_crisis: "If you are thinking of ending your life, please talk to someone now: call your local emergency number or a crisis line. You are not alone.",
    urgent_pregnancy: "If you are pregnant and this is happening now, contact your midwife, doctor or maternity unit straight away; call your local emergency number if you cannot reach them, if the bleeding is heavy or if you feel very unwell.",
    caution_in_pregnancy: "Caution in pregnancy",
    needling: "Needling",
    needling_depth: "{min}–{max} cun, {angle}",
    actions: "Actions",
    indications: "Indications",
    categories: "Categories",
    dry_needling: "Dry-needling counterpart",
    dry_needling_none: "No usual dry-needling target at this site.",
    muscles_separator: ", ",
    muscles_end: ". ",
    not_on_view: "Not visible on this view",
    show_on_map: "Show on the {view} view",
    unknown_code: "Unknown point code or name “{code}” in the {attribute} attribute; it was ignored.",
    unknown_code_method: "Unknown point code or name “{code}” passed to select(); nothing was selected.",
    shared_name: "“{code}” in the {attribute} attribute is the name of more than one point ({points}); it was ignored: give the code of the one you mean.",
    shared_name_method: "“{code}” passed to select() is the name of more than one point ({points}); nothing was selected: give the code of the one you mean.",
    unknown_value: "Unknown value “{value}” in the {attribute} attribute (use one of {values}); using {default}.",
    unknown_meridian: "Unknown meridian “{value}” in the meridians attribute; it was ignored.",
    unknown_condition: "Unknown condition “{value}” in the condition attribute; no condition filter is applied.",
    unknown_lang: "Language “{value}” in the lang attribute is not available (use en, zh-Hans or zh-Hant); using English.",
    unknown_part: "Unknown part “{value}” in the parts attribute (use {values}); left out.",
    bad_link: "The page address asks for “{value}”, which is not a point code and a view (such as BL23,back); it is left as it was.",
    content_invalid: "The content JSON could not be read ({error}); showing the built-in content.",
    content_problem: "Content JSON, {path}: {problem}",
    content_more: "…and {n} more problems in the content JSON (listed in the browser console).",
    content: &EN_CONTENT,
    host_note: "Note from this practice",
    filter_shortlist: "Shortlist",
    shortlist_all: "All points",
    quiz_prompt: "Which point is this?",
    quiz_reveal: "Show the answer",
    quiz_next: "Another point",
    used_for: "Used for",
    prose_language_note: "This point's descriptions are in English.",
    source_location: "Location: WHO Standard Acupuncture Point Locations (2008).",
    source_location_extra: "Location: as usually taught (the WHO location standard of 2008 covers the 361 channel points only).",
    source_depth: "Depth: the range usually taught for an adult of average build (the WHO standard gives no depths); the practitioner adjusts it to the patient.",
    prose_failed: "The points' descriptions could not be loaded. Each card still lists the point's cautions, by kind.",
    prose_failed_card: "This point's location, needling and uses could not be loaded. Its cautions are listed above, by kind.",
    notation_reading: "{code} in {notation} notation",
    notation_names: ["English", "French", "German"],
    alternative: "WHO alternative location",
    alternative_on_map: "(On the map: the dashed ring with a cross.)",
    guide_title: "How to find it",
    guide_show: "Show the steps on the map",
    guide_previous: "Previous step",
    guide_next: "Next step",
    guide_hide: "Hide the steps",
    guide_step_of: "Step {n} of {total}",
    guide_ruler: "{used} of {total} B-cun",
    locate_title: "Find the point",
    locate_start: "Find the point: tap the figure",
    locate_start_choice: "Find the point: choose among four markers",
    locate_question: "Where is {code} {name}? Tap or click it on the figure.",
    locate_question_choice: "Which marker is {code} {name}?",
    locate_progress: "Question {n} of {total}.",
    locate_found: "Found: {distance} B-cun off.",
    locate_missed: "Missed: {distance} B-cun off.",
    locate_part_first: "{n} B-cun {direction}",
    locate_part: "{n} {direction}",
    list_separator: ", ",
    locate_high: "too high",
    locate_low: "too low",
    locate_lateral: "too lateral",
    locate_medial: "too medial",
    locate_anterior: "too far forward",
    locate_posterior: "too far back",
    locate_left: "too far left",
    locate_right: "too far right",
    locate_on_it: "right on it",
    locate_scale: "B-cun of {span}.",
    locate_chosen_right: "Marker {letter} is {code}.",
    locate_chosen_wrong: "Marker {letter} is {other}; {code} is marker {right}.",
    locate_marker: "Marker {letter}",
    locate_next: "Next question",
    locate_score: "{found} of {asked} found within 0.5 B-cun; median distance {median} B-cun.",
    locate_again: "Again, with the points missed",
    locate_new: "New round",
    locate_stop: "Stop the quiz",
    dismiss: "Dismiss",
    choose_point: "Which point did you mean?",
    choose_marker: "Marker {n}",
    has_cautions: "has cautions",
    aspect: "Aspect",
    sources: "Sources",
    source_number: "source {n}",
};

pub static ZH_HANS_PAINT: PaintStrings = PaintStrings {
    widget_label: "针灸穴位图",
    widget_label_no_map: "针灸穴位",
    view_tabs_label: "身体视图",
    view_labels: ViewLabels {
        front: "正面",
        back: "背面",
        side: "侧面",
        head_front: "面部",
        head_side: "头侧部",
        hand_palm: "手掌",
        hand_back: "手背",
        foot_top: "足背",
        foot_medial: "小腿及足内侧",
        foot_lateral: "小腿及足外侧",
        foot_sole: "足底",
    },
    zoom_in: "放大",
    zoom_out: "缩小",
    zoom_reset: "还原缩放",
    zoom_hint: "用按钮、按住 Ctrl（Mac 上为 ⌘）滚动鼠标滚轮、双指捏合或 + 和 − 键缩放；用鼠标或双指拖动平移；按 0 还原。键盘：方向键在穴位之间移动，回车键选中；按 Esc 后方向键平移。",
    overlay_toggle: "体表标志与骨度分寸",
    map_label: "身体穴位图，{view}视图。选择穴位可查看详情。",
    card_empty: "{pick}，查看其定位、针刺方法及注意事项。",
    card_empty_patient: "{pick}，查看它的位置、用途及注意事项。",
    pick: Pick { map_or_list: "在图上或列表中选择一个穴位", map: "在图上选择一个穴位", list: "在列表中选择一个穴位", neither: "选择一个穴位" },
    quiz_hint: "学习模式：图上不显示穴名。选择一个穴位，说出它的名称，再核对答案。",
    prose_loading: "正在载入此穴位的定位、针刺方法和主治……",
    prose_loading_rest: "正在载入此穴位的其余内容……",
    cautions: "注意事项",
    cautions_by_kind: "各项注意事项的详细说明将随卡片其余内容一同显示。",
    disclaimer: "仅供学习参考。针灸和干针须由受过训练并持有执照的从业者操作。",
    label_colon: "：",
    meridian: "经脉",
    region: "部位",
    national_standard: "中国国家标准（GB/T 12346）",
    also_called: "又名",
    location: "定位",
    live_failed: "未能载入可交互的地图、穴位列表和完整的穴位卡片。已画出的穴位及其注意事项仍会显示。",
    retry: "重试",
    peek_details: "详情",
};

pub static ZH_HANS_CONTENT: ContentStrings = ContentStrings {
    expected_bool: "应为 true 或 false，实为{found}",
    expected_text: "应为文字，实为{found}",
    expected_list: "应为列表，实为{found}",
    expected_object: "应为对象，实为{found}",
    expected_notes: "应为以穴位代码为键、文字为值的对象，实为{found}",
    expected_code: "应为穴位代码，实为{found}",
    expected_codes: "应为穴位代码列表",
    expected_columns: "应为含 1 至 {max} 个列标题的列表",
    expected_cells: "应为 {n} 项文字的列表，每列一项；此行已略去",
    expected_urgency: "应为 now 或 soon",
    unknown_field: "未知字段，已忽略（可用字段：{fields}）",
    unknown_point: "穴位代码“{code}”无法识别，已忽略",
    unknown_condition: "病症“{value}”无法识别，已忽略",
    unknown_source: "引用了“{key}”，但它不是本指南的资料来源之一；已略去",
    number_without_source: "含有数字却未注明来源（写法：(source: key)）；已略去",
    second_note: "{code} 的第二条说明；采用后一条",
    no_known_point: "其中没有可识别的穴位，因此不提供",
    no_usable_row: "没有可用的行，因此不显示此表",
    guide_incomplete: "指南需要一个可识别的病症、一个可识别的穴位及其警示症状；不显示",
    too_many_items: "共 {n} 项；只采用前 {max} 项",
    missing: "缺少此字段",
    empty: "为空",
    too_long: "超过 {max} 个字符；已截断",
    too_big: "共 {n} 字节，最多读取 {max} 字节",
    too_deep: "嵌套超过 {max} 层",
    not_an_object: "应为含字段 {fields} 的对象，实为{found}",
    not_json: "不是有效的 JSON：{why}",
    object_as_text: "内容是文本“[object Object]”，即对象被转成了文本（框架在元素定义之前渲染时会把对象写成 content 属性）；请在元素定义之后再设置 content，或传入 JSON 文本",
    null: " null",
    bool: " true 或 false",
    number: "数字",
    text: "文字",
    list: "列表",
    object: "对象",
    function: "函数",
    symbol: "符号值（Symbol）",
};

pub static ZH_HANS: UiStrings = UiStrings {
    paint: &ZH_HANS_PAINT,
    widget_label_about: "{name}：{about}",
    points_and_more: "{codes} 等 {n} 个穴位",
    card_tabs_label: "病症指南或穴位",
    closeup_offer: "打开局部图：{view}",
    none_on_view: "列表中的穴位都不在此视图中：列表每一行都注明了显示该穴位的视图。",
    gesture_wheel: "按住 Ctrl（Mac 上按 ⌘）滚动滚轮即可缩放地图",
    gesture_touch: "请用两根手指移动地图",
    legend_label: "本视图中的经脉",
    filters_label: "筛选穴位",
    filter_meridian: "经脉",
    filter_region: "身体部位",
    filter_condition: "病症",
    filter_any: "全部",
    filter_condition_add: "另加病症",
    filter_condition_remove: "移除{condition}",
    serves: "{total}项中的{n}项",
    card_tab_point: "穴位",
    guide_red_flags: "何时不宜等待",
    guide_now: "请立即就医",
    guide_soon: "请尽快就诊",
    guide_points: "常用穴位",
    guide_course: "疗程概况",
    guide_first_visit: "初次就诊",
    guide_self_care: "自我调护",
    guide_tui_na: "推拿",
    guide_evidence: "研究证据",
    guide_sources: "参考来源",
    handout_title: "您的穴位",
    handout_know: "注意：",
    print_button: "打印资料",
    nothing_to_print: "print()：还没有可打印的资料，请先选择一个穴位。",
    copy_link: "复制链接",
    link_copied: "链接已复制。",
    copy_link_by_hand: "请复制此链接：",
    filter_clear: "清除筛选",
    cun_label: "{cun} 寸（骨度）",
    search_label: "搜索穴位",
    search_placeholder: "代码、拼音、汉字、英文或病症",
    list_label: "穴位",
    list_count: "{n} 个穴位",
    list_count_one: "1 个穴位",
    list_read_as: "按“{query}”找到 {count}",
    announce_selected: "已选中 {code} {name}。",
    announce_view: "{view}视图。",
    list_empty: "没有符合搜索条件的穴位。可以试试穴位的代码或名称、身体部位（如“膝”）或病症（如“头痛”）。",
    hidden_matches: "所选穴组和筛选条件内没有符合搜索条件的穴位，其外另有 {count}。",
    show_hidden_matches: "在全部穴位中搜索",
    urgent_emergency: "如果这正在发生，请立即拨打当地的急救电话。任何穴位都不能用来救治急症。",
    urgent_crisis: "如果你有结束生命的念头，请现在就找人谈谈：拨打当地的急救电话或心理援助热线。你并不孤单。",
    urgent_pregnancy: "如果你正在怀孕并出现这种情况，请立即联系你的产科医生、助产士或医院产科；联系不上、出血量大或感觉很不舒服时，请拨打当地的急救电话。",
    caution_in_pregnancy: "孕期慎用",
    needling: "针刺",
    needling_depth: "{min}–{max} 寸，{angle}",
    actions: "功效",
    indications: "主治",
    categories: "特定穴类别",
    dry_needling: "干针对应部位",
    dry_needling_none: "此处通常不是干针的目标部位。",
    muscles_separator: "；",
    muscles_end: "。",
    not_on_view: "本视图中看不到此穴",
    show_on_map: "在{view}视图中显示",
    unknown_code: "{attribute} 属性中的穴位代码或名称“{code}”无法识别，已忽略。",
    unknown_code_method: "传给 select() 的穴位代码或名称“{code}”无法识别，未选择任何穴位。",
    shared_name: "{attribute} 属性中的“{code}”是多个穴位的名称（{points}），已忽略；请填写所指穴位的代码。",
    shared_name_method: "传给 select() 的“{code}”是多个穴位的名称（{points}），未选择任何穴位；请填写所指穴位的代码。",
    unknown_value: "{attribute} 属性的值“{value}”无法识别（可用 {values}），已使用 {default}。",
    unknown_meridian: "meridians 属性中的经脉“{value}”无法识别，已忽略。",
    unknown_condition: "condition 属性中的病症“{value}”无法识别，未按病症筛选。",
    unknown_lang: "lang 属性中的语言“{value}”暂不支持（可用 en、zh-Hans 或 zh-Hant），已使用英文。",
    unknown_part: "parts 属性中的部件“{value}”未知（可用 {values}），已略去。",
    bad_link: "页面地址中的“{value}”不是穴位代码加视图（如 BL23,back），已保持原样。",
    content_invalid: "无法读取内容 JSON（{error}），已显示内置内容。",
    content_problem: "内容 JSON，{path}：{problem}",
    content_more: "……内容 JSON 中还有 {n} 个问题（详见浏览器控制台）。",
    content: &ZH_HANS_CONTENT,
    host_note: "本诊所的说明",
    filter_shortlist: "常用穴组",
    shortlist_all: "全部穴位",
    quiz_prompt: "这是哪个穴位？",
    quiz_reveal: "显示答案",
    quiz_next: "换一个穴位",
    used_for: "用于",
    prose_language_note: "穴位的定位、针刺和主治说明目前只有英文版本。",
    source_location: "定位：依据世界卫生组织《标准针灸经穴定位》（2008）。",
    source_location_extra: "定位：依通行教学（世界卫生组织2008年的定位标准只包括361个经穴）。",
    source_depth: "针刺深度：成人中等体型的常用教学范围（世界卫生组织标准未规定深度），施术者应依患者情况调整。",
    prose_failed: "未能载入穴位的说明。每张穴位卡片仍按类别列出该穴位的注意事项。",
    prose_failed_card: "未能载入此穴位的定位、针刺方法和主治。上方已按类别列出其注意事项。",
    notation_reading: "{notation}代码 {code}",
    notation_names: ["英文", "法文", "德文"],
    alternative: "世卫组织标准的备选定位",
    alternative_on_map: "（图中以带叉的虚线圈标示。）",
    guide_title: "取穴方法",
    guide_show: "在图上逐步演示",
    guide_previous: "上一步",
    guide_next: "下一步",
    guide_hide: "收起演示",
    guide_step_of: "第{n}步，共{total}步",
    guide_ruler: "{total}寸中取{used}寸",
    locate_title: "找穴位",
    locate_start: "找穴位：在图上点出",
    locate_start_choice: "找穴位：四个标记中选一个",
    locate_question: "{code}（{name}）在哪里？请在图上点出它的位置。",
    locate_question_choice: "哪个标记是{code}（{name}）？",
    locate_progress: "第{n}题，共{total}题。",
    locate_found: "找到了：相差{distance}寸。",
    locate_missed: "未找准：相差{distance}寸。",
    locate_part_first: "{direction}{n}寸",
    locate_part: "{direction}{n}寸",
    list_separator: "，",
    locate_high: "偏高",
    locate_low: "偏低",
    locate_lateral: "偏外",
    locate_medial: "偏内",
    locate_anterior: "偏前",
    locate_posterior: "偏后",
    locate_left: "偏左",
    locate_right: "偏右",
    locate_on_it: "正中穴位",
    locate_scale: "按{span}的骨度分寸计。",
    locate_chosen_right: "标记{letter}正是{code}。",
    locate_chosen_wrong: "标记{letter}是{other}；{code}是标记{right}。",
    locate_marker: "标记{letter}",
    locate_next: "下一题",
    locate_score: "{asked}题中{found}题误差在0.5寸以内；误差中位数{median}寸。",
    locate_again: "重做未找准的穴位",
    locate_new: "新一轮",
    locate_stop: "结束测验",
    dismiss: "关闭",
    choose_point: "您指的是哪个穴位？",
    choose_marker: "标记 {n}",
    has_cautions: "有注意事项",
    aspect: "方面",
    sources: "资料来源",
    source_number: "来源 {n}",
};

// Traditional Chinese: the Simplified strings above in Traditional characters (Taiwan's forms),
// written by points/translations/zh-Hant.py: edit the Simplified and run it.
pub static ZH_HANT_PAINT: PaintStrings = PaintStrings {
    widget_label: "針灸穴位圖",
    widget_label_no_map: "針灸穴位",
    view_tabs_label: "身體視圖",
    view_labels: ViewLabels {
        front: "正面",
        back: "背面",
        side: "側面",
        head_front: "面部",
        head_side: "頭側部",
        hand_palm: "手掌",
        hand_back: "手背",
        foot_top: "足背",
        foot_medial: "小腿及足內側",
        foot_lateral: "小腿及足外側",
        foot_sole: "足底",
    },
    zoom_in: "放大",
    zoom_out: "縮小",
    zoom_reset: "還原縮放",
    zoom_hint: "用按鈕、按住 Ctrl（Mac 上為 ⌘）滾動滑鼠滾輪、雙指捏合或 + 和 − 鍵縮放；用滑鼠或雙指拖動平移；按 0 還原。鍵盤：方向鍵在穴位之間移動，Enter 鍵選中；按 Esc 後方向鍵平移。",
    overlay_toggle: "體表標誌與骨度分寸",
    map_label: "身體穴位圖，{view}視圖。選擇穴位可查看詳情。",
    card_empty: "{pick}，查看其定位、針刺方法及注意事項。",
    card_empty_patient: "{pick}，查看它的位置、用途及注意事項。",
    pick: Pick { map_or_list: "在圖上或列表中選擇一個穴位", map: "在圖上選擇一個穴位", list: "在列表中選擇一個穴位", neither: "選擇一個穴位" },
    quiz_hint: "學習模式：圖上不顯示穴名。選擇一個穴位，說出它的名稱，再核對答案。",
    prose_loading: "正在載入此穴位的定位、針刺方法和主治……",
    prose_loading_rest: "正在載入此穴位的其餘內容……",
    cautions: "注意事項",
    cautions_by_kind: "各項注意事項的詳細說明將隨卡片其餘內容一同顯示。",
    disclaimer: "僅供學習參考。針灸和乾針須由受過訓練並持有執照的從業者操作。",
    label_colon: "：",
    meridian: "經脈",
    region: "部位",
    national_standard: "中國國家標準（GB/T 12346）",
    also_called: "又名",
    location: "定位",
    live_failed: "未能載入可互動的地圖、穴位列表和完整的穴位卡片。已畫出的穴位及其注意事項仍會顯示。",
    retry: "重試",
    peek_details: "詳情",
};

pub static ZH_HANT_CONTENT: ContentStrings = ContentStrings {
    expected_bool: "應為 true 或 false，實為{found}",
    expected_text: "應為文字，實為{found}",
    expected_list: "應為清單，實為{found}",
    expected_object: "應為物件，實為{found}",
    expected_notes: "應為以穴位代碼為鍵、文字為值的物件，實為{found}",
    expected_code: "應為穴位代碼，實為{found}",
    expected_codes: "應為穴位代碼清單",
    expected_columns: "應為含 1 至 {max} 個欄標題的清單",
    expected_cells: "應為 {n} 項文字的清單，每欄一項；此列已略去",
    expected_urgency: "應為 now 或 soon",
    unknown_field: "未知欄位，已忽略（可用欄位：{fields}）",
    unknown_point: "穴位代碼「{code}」無法識別，已忽略",
    unknown_condition: "病症「{value}」無法識別，已忽略",
    unknown_source: "引用了「{key}」，但它不是本指南的資料來源之一；已略去",
    number_without_source: "含有數字卻未註明來源（寫法：(source: key)）；已略去",
    second_note: "{code} 的第二條說明；採用後一條",
    no_known_point: "其中沒有可識別的穴位，因此不提供",
    no_usable_row: "沒有可用的列，因此不顯示此表",
    guide_incomplete: "指南需要一個可識別的病症、一個可識別的穴位及其警示症狀；不顯示",
    too_many_items: "共 {n} 項；只採用前 {max} 項",
    missing: "缺少此欄位",
    empty: "為空",
    too_long: "超過 {max} 個字元；已截斷",
    too_big: "共 {n} 位元組，最多讀取 {max} 位元組",
    too_deep: "巢狀超過 {max} 層",
    not_an_object: "應為含欄位 {fields} 的物件，實為{found}",
    not_json: "不是有效的 JSON：{why}",
    object_as_text: "內容是文字「[object Object]」，即物件被轉成了文字（框架在元素定義之前渲染時會把物件寫成 content 屬性）；請在元素定義之後再設定 content，或傳入 JSON 文字",
    null: " null",
    bool: " true 或 false",
    number: "數字",
    text: "文字",
    list: "清單",
    object: "物件",
    function: "函式",
    symbol: "符號值（Symbol）",
};

pub static ZH_HANT: UiStrings = UiStrings {
    paint: &ZH_HANT_PAINT,
    widget_label_about: "{name}：{about}",
    points_and_more: "{codes} 等 {n} 個穴位",
    card_tabs_label: "病症指南或穴位",
    closeup_offer: "打開局部圖：{view}",
    none_on_view: "列表中的穴位都不在此視圖中：列表每一行都註明了顯示該穴位的視圖。",
    gesture_wheel: "按住 Ctrl（Mac 上按 ⌘）滾動滾輪即可縮放地圖",
    gesture_touch: "請用兩根手指移動地圖",
    legend_label: "本視圖中的經脈",
    filters_label: "篩選穴位",
    filter_meridian: "經脈",
    filter_region: "身體部位",
    filter_condition: "病症",
    filter_any: "全部",
    filter_condition_add: "另加病症",
    filter_condition_remove: "移除{condition}",
    serves: "{total}項中的{n}項",
    card_tab_point: "穴位",
    guide_red_flags: "何時不宜等待",
    guide_now: "請立即就醫",
    guide_soon: "請儘快就診",
    guide_points: "常用穴位",
    guide_course: "療程概況",
    guide_first_visit: "初次就診",
    guide_self_care: "自我調護",
    guide_tui_na: "推拿",
    guide_evidence: "研究證據",
    guide_sources: "參考來源",
    handout_title: "您的穴位",
    handout_know: "注意：",
    print_button: "列印資料",
    nothing_to_print: "print()：還沒有可列印的資料，請先選擇一個穴位。",
    copy_link: "複製連結",
    link_copied: "連結已複製。",
    copy_link_by_hand: "請複製此連結：",
    filter_clear: "清除篩選",
    cun_label: "{cun} 寸（骨度）",
    search_label: "搜尋穴位",
    search_placeholder: "代碼、拼音、漢字、英文或病症",
    list_label: "穴位",
    list_count: "{n} 個穴位",
    list_count_one: "1 個穴位",
    list_read_as: "按「{query}」找到 {count}",
    announce_selected: "已選中 {code} {name}。",
    announce_view: "{view}視圖。",
    list_empty: "沒有符合搜尋條件的穴位。可以試試穴位的代碼或名稱、身體部位（如「膝」）或病症（如「頭痛」）。",
    hidden_matches: "所選穴組和篩選條件內沒有符合搜尋條件的穴位，其外另有 {count}。",
    show_hidden_matches: "在全部穴位中搜尋",
    urgent_emergency: "如果這正在發生，請立即撥打當地的急救電話。任何穴位都不能用來救治急症。",
    urgent_crisis: "如果你有結束生命的念頭，請現在就找人談談：撥打當地的急救電話或心理援助熱線。你並不孤單。",
    urgent_pregnancy: "如果你正在懷孕並出現這種情況，請立即聯繫你的產科醫生、助產士或醫院產科；聯繫不上、出血量大或感覺很不舒服時，請撥打當地的急救電話。",
    caution_in_pregnancy: "孕期慎用",
    needling: "針刺",
    needling_depth: "{min}–{max} 寸，{angle}",
    actions: "功效",
    indications: "主治",
    categories: "特定穴類別",
    dry_needling: "乾針對應部位",
    dry_needling_none: "此處通常不是乾針的目標部位。",
    muscles_separator: "；",
    muscles_end: "。",
    not_on_view: "本視圖中看不到此穴",
    show_on_map: "在{view}視圖中顯示",
    unknown_code: "{attribute} 屬性中的穴位代碼或名稱「{code}」無法識別，已忽略。",
    unknown_code_method: "傳給 select() 的穴位代碼或名稱「{code}」無法識別，未選擇任何穴位。",
    shared_name: "{attribute} 屬性中的「{code}」是多個穴位的名稱（{points}），已忽略；請填寫所指穴位的代碼。",
    shared_name_method: "傳給 select() 的「{code}」是多個穴位的名稱（{points}），未選擇任何穴位；請填寫所指穴位的代碼。",
    unknown_value: "{attribute} 屬性的值「{value}」無法識別（可用 {values}），已使用 {default}。",
    unknown_meridian: "meridians 屬性中的經脈「{value}」無法識別，已忽略。",
    unknown_condition: "condition 屬性中的病症「{value}」無法識別，未按病症篩選。",
    unknown_lang: "lang 屬性中的語言「{value}」暫不支援（可用 en、zh-Hans 或 zh-Hant），已使用英文。",
    unknown_part: "parts 屬性中的部件「{value}」未知（可用 {values}），已略去。",
    bad_link: "網頁網址中的「{value}」不是穴位代碼加視圖（如 BL23,back），已保持原樣。",
    content_invalid: "無法讀取內容 JSON（{error}），已顯示內建內容。",
    content_problem: "內容 JSON，{path}：{problem}",
    content_more: "……內容 JSON 中還有 {n} 個問題（詳見瀏覽器控制台）。",
    content: &ZH_HANT_CONTENT,
    host_note: "本診所的說明",
    filter_shortlist: "常用穴組",
    shortlist_all: "全部穴位",
    quiz_prompt: "這是哪個穴位？",
    quiz_reveal: "顯示答案",
    quiz_next: "換一個穴位",
    used_for: "用於",
    prose_language_note: "穴位的定位、針刺和主治說明目前只有英文版本。",
    source_location: "定位：依據世界衛生組織《標準針灸經穴定位》（2008）。",
    source_location_extra: "定位：依通行教學（世界衛生組織2008年的定位標準只包括361個經穴）。",
    source_depth: "針刺深度：成人中等體型的常用教學範圍（世界衛生組織標準未規定深度），施術者應依患者情況調整。",
    prose_failed: "未能載入穴位的說明。每張穴位卡片仍按類別列出該穴位的注意事項。",
    prose_failed_card: "未能載入此穴位的定位、針刺方法和主治。上方已按類別列出其注意事項。",
    notation_reading: "{notation}代碼 {code}",
    notation_names: ["英文", "法文", "德文"],
    alternative: "世衛組織標準的備選定位",
    alternative_on_map: "（圖中以帶叉的虛線圈標示。）",
    guide_title: "取穴方法",
    guide_show: "在圖上逐步演示",
    guide_previous: "上一步",
    guide_next: "下一步",
    guide_hide: "收起演示",
    guide_step_of: "第{n}步，共{total}步",
    guide_ruler: "{total}寸中取{used}寸",
    locate_title: "找穴位",
    locate_start: "找穴位：在圖上點出",
    locate_start_choice: "找穴位：四個標記中選一個",
    locate_question: "{code}（{name}）在哪裡？請在圖上點出它的位置。",
    locate_question_choice: "哪個標記是{code}（{name}）？",
    locate_progress: "第{n}題，共{total}題。",
    locate_found: "找到了：相差{distance}寸。",
    locate_missed: "未找準：相差{distance}寸。",
    locate_part_first: "{direction}{n}寸",
    locate_part: "{direction}{n}寸",
    list_separator: "，",
    locate_high: "偏高",
    locate_low: "偏低",
    locate_lateral: "偏外",
    locate_medial: "偏內",
    locate_anterior: "偏前",
    locate_posterior: "偏後",
    locate_left: "偏左",
    locate_right: "偏右",
    locate_on_it: "正中穴位",
    locate_scale: "按{span}的骨度分寸計。",
    locate_chosen_right: "標記{letter}正是{code}。",
    locate_chosen_wrong: "標記{letter}是{other}；{code}是標記{right}。",
    locate_marker: "標記{letter}",
    locate_next: "下一題",
    locate_score: "{asked}題中{found}題誤差在0.5寸以內；誤差中位數{median}寸。",
    locate_again: "重做未找準的穴位",
    locate_new: "新一輪",
    locate_stop: "結束測驗",
    dismiss: "關閉",
    choose_point: "您指的是哪個穴位？",
    choose_marker: "標記 {n}",
    has_cautions: "有注意事項",
    aspect: "方面",
    sources: "資料來源",
    source_number: "來源 {n}",
};

/// A language of the interface: its strings and the vocabulary's labels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    /// The default, and the language of the widget when its `lang` names none it has.
    #[default]
    En,
    /// Simplified Chinese.
    ZhHans,
    /// Traditional Chinese, in Taiwan's standard forms.
    ZhHant,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::ZhHans, Lang::ZhHant];

    /// The language for a BCP 47 tag (`en`, `en-GB`, `zh`, `zh-CN`, `zh-Hans-SG`, any case), or
    /// `None` when there is none for it. Chinese (`zh`, Mandarin `cmn`, Cantonese `yue` or
    /// `zh-yue`) is written in the script its first script or region subtag names: Traditional
    /// for `Hant`, Taiwan, Hong Kong and Macao (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`), Simplified
    /// for `Hans` and mainland China (`zh-Hans-TW` is Simplified); with neither, Simplified, but
    /// Cantonese Traditional, as Hong Kong writes it (`yue`, `yue-CN` Simplified).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut subtags = tag.split('-').peekable();
        let cantonese = match subtags.next()? {
            "en" => return Some(Lang::En),
            primary @ ("zh" | "cmn" | "yue") => primary == "yue" || subtags.peek() == Some(&"yue"),
            _ => return None,
        };
        let script = subtags.find_map(|s| match s {
            "hans" | "cn" => Some(Lang::ZhHans),
            "hant" | "tw" | "hk" | "mo" => Some(Lang::ZhHant),
            _ => None,
        });
        Some(script.unwrap_or(if cantonese { Lang::ZhHant } else { Lang::ZhHans }))
    }

    /// The tag set on the widget's root (`lang`), so assistive technology reads it right.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
        }
    }

    pub fn ui(self) -> &'static UiStrings {
        match self {
            Lang::En => &EN,
            Lang::ZhHans => &ZH_HANS,
            Lang::ZhHant => &ZH_HANT,
        }
    }

    /// The strings the painted first view uses: on the first path, without the rest.
    pub fn paint(self) -> &'static PaintStrings {
        match self {
            Lang::En => &EN_PAINT,
            Lang::ZhHans => &ZH_HANS_PAINT,
            Lang::ZhHant => &ZH_HANT_PAINT,
        }
    }

    /// The label of `key` of an English vocabulary table (`REGIONS` ...) in this language, from
    /// the translation's labels for that table (`VocabularyLabels`); the key itself when the
    /// table has none.
    fn vocabulary(self, english: &'static [(&'static str, &'static str)], translated: fn(&'static VocabularyLabels) -> &'static str, key: &'static str) -> &'static str {
        let Some(row) = english.iter().position(|(k, _)| *k == key) else { return key };
        let translation = crate::catalog::TRANSLATIONS.iter().find(|(tag, _)| *tag == self.tag());
        translation.and_then(|(_, labels)| translated(labels).split('\n').nth(row)).unwrap_or(english[row].1)
    }

    pub fn meridian(self, code: &'static str) -> &'static str {
        self.vocabulary(MERIDIAN_NAMES, |l| l.meridians, code)
    }
    pub fn region(self, key: &'static str) -> &'static str {
        self.vocabulary(REGIONS, |l| l.regions, key)
    }
    pub fn condition(self, key: &'static str) -> &'static str {
        self.vocabulary(CONDITIONS, |l| l.conditions, key)
    }
    /// Whether a reader of this language knows a point by its hanzi (in Chinese), else by its
    /// pinyin: which comes first where both are written (the card's heading, the list).
    pub fn hanzi_first(self) -> bool {
        self != Lang::En
    }
    /// A point's hanzi in this language's script: Traditional in Traditional Chinese, else
    /// Simplified.
    pub fn hanzi(self, point: &'static crate::model::Point) -> &'static str {
        self.in_script(point.hanzi(), point.hanzi_traditional())
    }
    /// The tag of the script [`Lang::hanzi`] writes in, for the `lang` of the element that holds it.
    pub fn hanzi_tag(self) -> &'static str {
        self.in_script("zh-Hans", "zh-Hant")
    }
    /// Of a thing written in both scripts, the form this language reads: the traditional in
    /// Traditional Chinese, else the simplified (English shows hanzi in the simplified).
    fn in_script<T>(self, simplified: T, traditional: T) -> T {
        if self == Lang::ZhHant { traditional } else { simplified }
    }
    /// How China's national standard (GB/T 12346) differs from the WHO on the point, for the
    /// card's line after the meridian and region: the code it gives a point the WHO counts
    /// otherwise (EX-HN3 is its GV29), or the name it writes otherwise (GB22 渊腋), in this
    /// reader's script and with that script's tag.
    pub fn national(self, point: &'static crate::model::Point) -> Option<(&'static str, Option<&'static str>)> {
        let name = point.hanzi_national().map(|(simplified, traditional)| (self.in_script(simplified, traditional), Some(self.hanzi_tag())));
        point.code_national().map(|code| (code, None)).or(name)
    }
    /// A point's other names as a reader of this language knows them, for the card's line after
    /// the meridian and region, as pieces of text and the language tag of each piece in hanzi:
    /// in English the pinyin with its tones and the hanzi, then the other English names
    /// (`Rénzhōng 人中`; `Shānzhōng 膻中, Sea of Tranquility`; `Inner Gate`); in Chinese the hanzi
    /// alone, in this reader's script, where it differs from the WHO's (CV17's other name reads
    /// the WHO's 膻中 otherwise). Empty for a point without.
    pub fn also_called(self, point: &'static crate::model::Point) -> Vec<(&'static str, Option<&'static str>)> {
        let mut parts = Vec::new();
        let Some(other) = point.other_names() else { return parts };
        let hanzi = self.in_script(other.hanzi, other.hanzi_traditional);
        if self != Lang::En {
            if !hanzi.is_empty() && hanzi != self.hanzi(point) {
                parts.push((hanzi, Some(self.hanzi_tag())));
            }
            return parts;
        }
        if !hanzi.is_empty() {
            parts.extend([(other.pinyin_tones, None), (" ", None), (hanzi, Some(self.hanzi_tag()))]);
        }
        for name in other.english {
            if !parts.is_empty() {
                parts.push((", ", None));
            }
            parts.push((*name, None));
        }
        parts
    }
    /// A point's hanzi in the other script and that script's tag, where they differ (腎兪 beside
    /// 肾俞): the card's heading gives both.
    pub fn other_hanzi(self, point: &'static crate::model::Point) -> Option<(&'static str, &'static str)> {
        let other = self.in_script((point.hanzi_traditional(), "zh-Hant"), (point.hanzi(), "zh-Hans"));
        (point.hanzi() != point.hanzi_traditional()).then_some(other)
    }
    /// A point's name as a reader of this language knows it: the hanzi in Chinese, else the
    /// pinyin with its tones.
    pub fn point_name(self, point: &'static crate::model::Point) -> &'static str {
        if self.hanzi_first() { self.hanzi(point) } else { point.pinyin_tones() }
    }
    /// A map marker's accessible name: the code and the point's name as a reader of this
    /// language knows it, and in English its English name too.
    pub fn marker_label(self, point: &'static crate::model::Point) -> String {
        match self {
            Lang::ZhHans | Lang::ZhHant => format!("{} {}", point.code, self.hanzi(point)),
            Lang::En => format!("{} {}, {}", point.code, point.pinyin_tones(), point.english()),
        }
    }

    /// What a page shows in an `<acu-map>` whose script could not start (`cargo xtask build`
    /// writes it into the entry script; the wasm, which did not start, never holds it).
    pub fn cannot_start(self) -> &'static str {
        match self {
            Lang::En => "The acupuncture map could not be loaded.",
            Lang::ZhHans => "针灸穴位图未能载入。",
            Lang::ZhHant => "針灸穴位圖未能載入。",
        }
    }

    pub fn caution(self, key: &'static str) -> &'static str {
        self.caution_for(key, false)
    }
    /// A caution kind as the reader reads it: a patient, in everyday words.
    pub fn caution_for(self, key: &'static str, patient: bool) -> &'static str {
        if patient {
            self.vocabulary(CAUTION_KINDS_PLAIN, |l| l.cautions_plain, key)
        } else {
            self.vocabulary(CAUTION_KINDS, |l| l.cautions, key)
        }
    }
    /// The kinds of `point`'s cautions as [`Lang::caution_for`] names them, each once, in
    /// order: the line under a chosen point's name (`ui::selection_peek`, and the painted map's).
    pub fn caution_kinds(self, point: &crate::model::Point, patient: bool) -> Vec<&'static str> {
        let mut kinds: Vec<&'static str> = Vec::new();
        for kind in point.cautions.iter().map(|c| self.caution_for(c.kind(), patient)) {
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        kinds
    }
    /// What stands for a caution's text while the prose is on its way: as long as this
    /// language's typical caution, the reader's (`CAUTION_STAND_INS`: words of x, or 一 in
    /// Chinese). Drawn as a faint bar a line and hidden from assistive technology, it keeps the
    /// text's room, so the card does not grow under the reader when the text comes.
    pub fn caution_stand_in(self, patient: bool) -> &'static str {
        let row = crate::catalog::CAUTION_STAND_INS.iter().find(|(tag, ..)| *tag == self.tag());
        row.map_or("", |&(_, practitioner, plain)| if patient { plain } else { practitioner })
    }
    pub fn angle(self, key: &'static str) -> &'static str {
        self.vocabulary(ANGLES, |l| l.angles, key)
    }
}

pub use crate::text::fill;


