//! Reading the `<acu-map>` attributes: each parser takes the host's raw text and returns what
//! it means, or says which part it could not use, without panicking (fuzzed in
//! `tests/robustness.rs`). The widget turns each unusable part into a notice and an
//! `acu-error` event naming it.

use crate::catalog::{self, CONDITIONS, MERIDIANS};
use crate::figure::View;
use crate::model::{Notation, Point};
use crate::prose::ProseFileKind;
use crate::strings::Lang;
use crate::text::compact_code;

/// What the widget is for; the `mode` attribute.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Every field (the default).
    #[default]
    Practitioner,
    /// Names hidden on the map and behind "Show the answer" on the card: for self-testing.
    Study,
    /// Plain: where the point is, what it is used for and its cautions; no needling technique.
    Patient,
}

impl Mode {
    /// The prose file a widget in this mode needs: study mode's quiz and every mode's printed
    /// handout read the patient's words, so only patient mode can do without the whole file.
    pub fn prose_file(self) -> ProseFileKind {
        match self {
            Mode::Patient => ProseFileKind::Patient,
            Mode::Practitioner | Mode::Study => ProseFileKind::Whole,
        }
    }
}

pub const MODES: [(&str, Mode); 3] =
    [("practitioner", Mode::Practitioner), ("study", Mode::Study), ("patient", Mode::Patient)];

/// A part of the widget a page can ask for alone (`parts`); each keeps its `::part` name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Map,
    Card,
    Guide,
    List,
    Filters,
    Tables,
}

/// The `parts` attribute's names.
pub const PARTS: [(&str, Part); 6] =
    [("map", Part::Map), ("card", Part::Card), ("guide", Part::Guide), ("list", Part::List), ("filters", Part::Filters), ("tables", Part::Tables)];

/// The parts a widget shows: every one without `parts`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parts(u8);

impl Default for Parts {
    fn default() -> Self {
        Parts(u8::MAX)
    }
}

impl Parts {
    pub fn contains(self, part: Part) -> bool {
        self.0 & (1 << part as u8) != 0
    }

    /// `parts`: comma-separated names, and the values that are none (an empty list is all).
    pub fn read(list: &str) -> (Parts, Unknown) {
        let (mut bits, mut unknown) = (0u8, Vec::new());
        for value in items(list, &|v| keyword(&PARTS, v).is_some()) {
            match keyword(&PARTS, value) {
                Some(part) => bits |= 1 << part as u8,
                None => unknown.push(value.to_string()),
            }
        }
        (if bits == 0 { Parts::default() } else { Parts(bits) }, unknown)
    }
}

/// The values of the `guides` attribute: whether the condition guides are shown.
pub const GUIDES: [(&str, bool); 2] = [("on", true), ("off", false)];

/// The value of the `guides` attribute.
pub fn guides(value: &str) -> Option<bool> {
    keyword(&GUIDES, value)
}

/// The values of the `theme` attribute (applied by the stylesheet).
pub const THEMES: [&str; 3] = ["light", "dark", "auto"];

/// The values of the `loading` attribute, as an `<iframe>`'s: `lazy` leaves the live widget's
/// code and prose until the widget nears the screen (element.js, which reads it as HTML reads
/// an iframe's: only `lazy`, in any case, is lazy).
pub const LOADINGS: [&str; 2] = ["eager", "lazy"];

/// Which markers carry their code on the map; the `labels` attribute. (Study mode shows none
/// whatever it says: the reader names the points.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Labels {
    /// The selected point's, then as many as fit at this zoom without overlapping (the default).
    #[default]
    Auto,
    /// None: the markers alone.
    None,
    /// Every marker's, overlapping where they must (for print, or a few points).
    All,
}

pub const LABELS: [(&str, Labels); 3] = [("auto", Labels::Auto), ("none", Labels::None), ("all", Labels::All)];

/// Where the widget's headings sit in the page's outline; the `heading-level` attribute: the
/// level of its titles (the point's card, a condition guide, a comparison table), their
/// sections one level below. The host sets it to follow its own headings (`2` under the page's
/// `<h1>`), so that a screen reader's list of headings skips no level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeadingLevel(u8);

impl Default for HeadingLevel {
    fn default() -> Self {
        HeadingLevel(3)
    }
}

impl HeadingLevel {
    const TAGS: [&'static str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];

    /// Level 1 to 5 (its sections are one below, and HTML has six); `None` for another.
    pub const fn new(level: u8) -> Option<HeadingLevel> {
        if level >= 1 && level <= 5 { Some(HeadingLevel(level)) } else { None }
    }

    /// The element of a title (`h3` by default).
    pub fn title(self) -> &'static str {
        Self::TAGS[usize::from(self.0 - 1)]
    }

    /// The element of a title's section, one level below (`h4` by default).
    pub fn section(self) -> &'static str {
        Self::TAGS[usize::from(self.0)]
    }
}

/// The values of `heading-level`: 1 to 5 (a section heading is one below, and HTML has six).
pub const HEADING_LEVELS: [(&str, HeadingLevel); 5] =
    [("1", HeadingLevel(1)), ("2", HeadingLevel(2)), ("3", HeadingLevel(3)), ("4", HeadingLevel(4)), ("5", HeadingLevel(5))];

/// The value of a keyword attribute: one of `table`'s names, any case.
fn keyword<T: Copy>(table: &[(&str, T)], value: &str) -> Option<T> {
    table.iter().find(|(name, _)| name.eq_ignore_ascii_case(value.trim())).map(|(_, v)| *v)
}

/// Parts of a list attribute that could not be used.
pub type Unknown = Vec<String>;

/// The items of a list attribute, split at a comma as English writes it or as Chinese does
/// (`，`, and the enumeration comma `、`): `足三里、内关` is two points. An item that does not
/// read whole (`reads`) but whose words each do is those words: a list written with spaces, as
/// HTML's own lists are (`class`, `rel`), such as `LI4 ST36` or `map card`; a name with spaces
/// (`Low back pain`, `Gb 30`) still reads whole. (One copy for every list, whatever it reads:
/// the first path's bytes.)
fn items<'a>(list: &'a str, reads: &dyn Fn(&str) -> bool) -> Vec<&'a str> {
    let mut out = Vec::new();
    for item in list.split([',', '，', '、']).map(str::trim).filter(|c| !c.is_empty()) {
        let words: Vec<&str> = item.split_whitespace().collect();
        if words.len() > 1 && !reads(item) && words.iter().all(|w| reads(w)) {
            out.extend(words);
        } else {
            out.push(item);
        }
    }
    out
}

/// `view`: a [`View`]'s key, any case.
pub fn view(value: &str) -> Option<View> {
    value.parse().ok()
}

/// `mode`: one of [`MODES`], any case.
pub fn mode(value: &str) -> Option<Mode> {
    keyword(&MODES, value)
}

/// `labels`: one of [`LABELS`], any case.
pub fn labels(value: &str) -> Option<Labels> {
    keyword(&LABELS, value)
}

/// `heading-level`: one of [`HEADING_LEVELS`].
pub fn heading_level(value: &str) -> Option<HeadingLevel> {
    keyword(&HEADING_LEVELS, value)
}

/// `notation`: `en`, `fr` or `de`, the notation codes are read in.
pub fn notation(value: &str) -> Option<Notation> {
    Notation::from_tag(value)
}

/// `lang`: a BCP 47 tag the widget has strings for.
pub fn lang(value: &str) -> Option<Lang> {
    Lang::from_tag(value)
}

/// `points`: comma-separated codes (in the English notation), in the host's order, without
/// repeats.
pub fn points(list: &str) -> (Vec<&'static Point>, Unknown) {
    points_in(list, Notation::En)
}

/// [`points`] with the codes read in `notation`.
pub fn points_in(list: &str, notation: Notation) -> (Vec<&'static Point>, Unknown) {
    let (mut points, mut unknown) = (Vec::new(), Vec::new());
    for code in items(list, &|code| catalog::point_in(code, notation).is_some()) {
        match catalog::point_in(code, notation) {
            Some(p) if !points.contains(&p) => points.push(p),
            Some(_) => {}
            None => unknown.push(code.to_string()),
        }
    }
    (points, unknown)
}

/// `meridians`: comma-separated meridians (or extra-point groups), each by its code with the
/// usual alternatives (`UB` for BL, `DU` for GV) or one of its English names (`Gallbladder`,
/// `San Jiao`), any case and spacing,
/// or its Chinese name in either script, whole (`足少阳胆经`) or without its hand or foot
/// channel's yin-yang (`胆经`, `膽經`).
pub fn meridians(list: &str) -> (Vec<&'static str>, Unknown) {
    let (mut codes, mut unknown) = (Vec::new(), Vec::new());
    for item in items(list, &|m| meridian(m).is_some()) {
        match meridian(item) {
            Some(code) if !codes.contains(&code) => codes.push(code),
            Some(_) => {}
            None => unknown.push(item.to_string()),
        }
    }
    (codes, unknown)
}

/// One meridian or extra-point group, as [`meridians`] reads it: its code.
fn meridian(value: &str) -> Option<&'static str> {
    let coded = MERIDIANS.iter().find(|m| m.code.eq_ignore_ascii_case(value) || m.aliases.iter().any(|a| a.eq_ignore_ascii_case(value)));
    coded.map(|m| m.code).or_else(|| meridian_named(value))
}

/// A meridian or extra-point group by one of its names: English (`Gallbladder`, `San Jiao`),
/// any case and spacing, or Chinese in either script, whole (`足少阳胆经`) or without its hand or
/// foot channel's yin-yang (`胆经`, `膽經`). Search reads a channel named so too.
pub fn meridian_named(name: &str) -> Option<&'static str> {
    let folded = compact_code(name);
    let found = MERIDIANS.iter().find(|m| {
        let chinese = |lang: Lang| {
            let written = lang.meridian(m.code);
            written == name || (written.starts_with(['手', '足']) && written.get(9..) == Some(name))
        };
        m.names().any(|n| compact_code(n) == folded) || chinese(Lang::ZhHans) || chinese(Lang::ZhHant)
    });
    found.map(|m| m.code)
}

/// One condition: a tag (`sciatica`), its label in English (`Low back pain`) or in Chinese in
/// either script (`头痛`, `頭痛`) or a condition guide's id (`migraine`: its first tag), any
/// case; and the guide, when the value names one rather than a condition.
pub fn condition(value: &str) -> Option<(&'static str, Option<&'static str>)> {
    let value = value.trim();
    let labelled = |key: &'static str, label: &str| {
        key.eq_ignore_ascii_case(value) || label.eq_ignore_ascii_case(value) || Lang::ZhHans.condition(key) == value || Lang::ZhHant.condition(key) == value
    };
    let tag = CONDITIONS.iter().find(|(key, label)| labelled(key, label)).map(|(key, _)| *key);
    match tag {
        Some(tag) => Some((tag, None)),
        None => crate::catalog::GUIDES.iter().find(|g| g.id.eq_ignore_ascii_case(value)).and_then(|g| Some((g.conditions.keys().next()?, Some(g.id)))),
    }
}

/// `condition`, read: the tags, each once; the guides named by id (`migraine`); the values that
/// are neither.
#[derive(Default)]
pub struct ConditionList {
    pub tags: Vec<&'static str>,
    pub guides: Vec<&'static str>,
    pub unknown: Unknown,
}

/// `condition`: comma-separated conditions ([`condition`]).
pub fn conditions(list: &str) -> ConditionList {
    let mut read = ConditionList::default();
    for value in items(list, &|c| condition(c).is_some()) {
        match condition(value) {
            Some((tag, guide)) => {
                if !read.tags.contains(&tag) {
                    read.tags.push(tag);
                }
                read.guides.extend(guide);
            }
            None => read.unknown.push(value.to_string()),
        }
    }
    read
}
