//! The `<acu-map>` element's public contract, declared once: its attributes, the events it
//! fires, where an `acu-error` comes from, and its methods. The element (`element/`,
//! `element.js`) and the store (`state.rs`) read it from here, and `cargo xtask build` writes the
//! bundle's `custom-elements.json` and `acumap.d.ts` from it, so none of them can drift from
//! another. Adding an attribute: a variant here (the compiler then asks for its arm in
//! `WidgetState::apply_attribute`, its line in [`Attribute::doc`] and, for a keyword attribute,
//! in [`Attribute::keywords`]), and its test.

use crate::attributes::{HeadingLevel, GUIDES, HEADING_LEVELS, LABELS, LOADINGS, MODES, THEMES};
use crate::catalog::CONDITIONS;
use crate::figure::View;
use crate::model::Notation;

/// An attribute of `<acu-map>`. Each is also a property of the same name, in camel case
/// (`lang` and `aria-label` are HTML's own: [`Attribute::html_own`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attribute {
    Notation,
    View,
    Selected,
    Points,
    Meridians,
    Condition,
    Lang,
    Mode,
    Labels,
    Theme,
    Guides,
    Parts,
    Link,
    HeadingLevel,
    AriaLabel,
    Loading,
}

/// What the manifest and the typings say about an attribute.
pub struct AttributeDoc {
    pub description: &'static str,
    /// Its values as a TypeScript type (made from the same tables the widget reads them with).
    pub values: String,
    /// What the widget does without it.
    pub default: Option<&'static str>,
}

/// A TypeScript union of string literals.
fn union<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    values.into_iter().map(|v| format!("'{v}'")).collect::<Vec<_>>().join(" | ")
}

impl Attribute {
    /// Every attribute, in the order the widget reads them when it mounts: `lang` first, so
    /// that a notice about any other (and the first announcement) is in the reader's
    /// language; then `notation`, since `selected` and `points` are read in it.
    pub const ALL: [Attribute; 16] = [
        Attribute::Lang,
        Attribute::Notation,
        Attribute::View,
        Attribute::Selected,
        Attribute::Points,
        Attribute::Meridians,
        Attribute::Condition,
        Attribute::Mode,
        Attribute::Labels,
        Attribute::Theme,
        Attribute::Guides,
        Attribute::Parts,
        Attribute::Link,
        Attribute::HeadingLevel,
        Attribute::AriaLabel,
        Attribute::Loading,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Attribute::Notation => "notation",
            Attribute::View => "view",
            Attribute::Selected => "selected",
            Attribute::Points => "points",
            Attribute::Meridians => "meridians",
            Attribute::Condition => "condition",
            Attribute::Lang => "lang",
            Attribute::Mode => "mode",
            Attribute::Labels => "labels",
            Attribute::Theme => "theme",
            Attribute::Guides => "guides",
            Attribute::Parts => "parts",
            Attribute::Link => "link",
            Attribute::HeadingLevel => "heading-level",
            Attribute::AriaLabel => "aria-label",
            Attribute::Loading => "loading",
        }
    }

    /// Whether its property is HTML's own (`lang`, `ariaLabel`): the element defines none, and
    /// the typings and the manifest leave it to `HTMLElement`'s.
    pub fn html_own(self) -> bool {
        matches!(self, Attribute::Lang | Attribute::AriaLabel)
    }

    /// Its property's name: the attribute's, in camel case (`headingLevel`).
    pub fn property(self) -> String {
        let mut words = self.name().split('-');
        let first = words.next().unwrap_or_default().to_string();
        words.fold(first, |name, word| {
            let mut letters = word.chars();
            name + &letters.next().map(|c| c.to_ascii_uppercase().to_string()).unwrap_or_default() + letters.as_str()
        })
    }

    pub fn from_name(name: &str) -> Option<Attribute> {
        Attribute::ALL.into_iter().find(|a| a.name() == name)
    }

    /// A keyword attribute's values and the one the widget uses without it (or with another).
    pub fn keywords(self) -> Option<(Vec<&'static str>, &'static str)> {
        fn names<T>(table: &[(&'static str, T)]) -> Vec<&'static str> {
            table.iter().map(|(name, _)| *name).collect()
        }
        match self {
            Attribute::Notation => Some((Notation::ALL.map(Notation::tag).to_vec(), Notation::En.tag())),
            Attribute::View => Some((View::keys().to_vec(), View::Front.key())),
            Attribute::Mode => Some((names(&MODES), MODES[0].0)),
            Attribute::Labels => Some((names(&LABELS), LABELS[0].0)),
            Attribute::Theme => Some((THEMES.to_vec(), THEMES[0])),
            Attribute::Loading => Some((LOADINGS.to_vec(), LOADINGS[0])),
            Attribute::Guides => Some((names(&GUIDES), GUIDES[0].0)),
            Attribute::HeadingLevel => {
                let default = HEADING_LEVELS.iter().find(|(_, level)| *level == HeadingLevel::default()).map_or("", |(name, _)| *name);
                Some((names(&HEADING_LEVELS), default))
            }
            Attribute::Selected | Attribute::Points | Attribute::Meridians | Attribute::Condition | Attribute::Lang | Attribute::Parts | Attribute::Link | Attribute::AriaLabel => None,
        }
    }

    pub fn doc(self) -> AttributeDoc {
        let description = match self {
            Attribute::Notation => {
                "How `selected`, `points` and `select()` read point codes: WHO/English, French (V40, P6 is LU6) or German (Gb 30)."
            }
            Attribute::View => "The body view shown first.",
            Attribute::Selected => "The point whose card is open: its code, e.g. `GB30`, or its name where no other point has it (`环跳`, `Huántiào`, `Huantiao`). The map marks it even where `points` or `meridians` leave it out.",
            Attribute::Points => "Comma-separated codes (or names, as `selected` reads them): only these points are shown (listed in the catalog's order, meridian by meridian).",
            Attribute::Meridians => "Comma-separated meridians, each by its code (`GB`, `UB`), its English name (`Gallbladder`, `San Jiao`) or its Chinese name in either script (`足少阳胆经`, `胆经`): only their points are shown.",
            Attribute::Condition => {
                "The condition filter: comma-separated tags, labels (English, or Chinese in either script: `坐骨神经痛`) or condition guide ids (`sciatica,headache`). With one, its guide's points come first, then those most used for it; with several, points serving more come first, ranked by how many they serve; in patient mode the widget opens with the condition's guide."
            }
            Attribute::Lang => "The widget's language (en, zh-Hans or zh-Hant); without it, the page's.",
            Attribute::AriaLabel => {
                "The widget's name as a landmark (a region), in place of the one it makes from what it shows (`Acupuncture point map: Sciatica`): to tell apart two widgets on a page about different things."
            }
            Attribute::Mode => {
                "practitioner: every field; study: names hidden for self-testing; patient: plain words, no needling technique."
            }
            Attribute::Labels => {
                "Which markers carry their code: auto, as many as fit at this zoom (the selected point's first); none; or all, overlapping where they must. Study mode shows none."
            }
            Attribute::Theme => "Colours: light, dark, or the reader's system setting.",
            Attribute::Loading => {
                "As an iframe's: eager starts the live widget (its code and prose) at once; lazy paints the map at once but leaves the rest until the widget is within a screen's height of the viewport (or shown, if hidden): for a widget far down a long page that many readers never reach. (A widget with `link` on a page opened at an address with a hash goes live at once.)"
            }
            Attribute::Guides => "on: the condition guides (what it is, red flags, points, a course, the evidence) beside the card; off: none.",
            Attribute::Link => {
                "Boolean: keeps the view and the selected point in the page address's hash (`#acu=BL23,back`, `#acu-<id>=…` for an element with an id), read on load and on back and forward; a new point is a history step, a new view is not. Without it the widget never touches the address."
            }
            Attribute::HeadingLevel => {
                "The level of the widget's titles (the point's card, a condition guide, a comparison table), their sections one below: set it to follow the page's own headings (`2` right under its `<h1>`)."
            }
            Attribute::Parts => {
                "Comma-separated: the parts to show, of map, card, guide, list, filters and tables (`map,card` beside a page's own text, `tables` inside an article); all when left out. Each keeps its `::part` name."
            }
        };
        let (values, default) = match self.keywords() {
            Some((names, default)) => (union(names), Some(default)),
            // The conditions are read leniently (tags, their labels or guide ids, several
            // between commas): its tags for an editor to offer, and any text.
            None if self == Attribute::Condition => (format!("{} | (string & {{}})", union(CONDITIONS.iter().map(|(k, _)| *k))), None),
            None if self == Attribute::Link => ("boolean".into(), None),
            None => ("string".into(), None),
        };
        AttributeDoc { description, values, default }
    }
}

/// What an `acu-error` is about: its `detail.source`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorSource {
    /// An attribute's value.
    Attribute(Attribute),
    /// The host content (the `content` property or the child `<script type="application/json">`).
    Content,
    /// A code given to `select()`.
    Select,
    /// `print()` with nothing to print.
    Print,
    /// The language's prose file could not be loaded.
    Prose,
    /// The live widget's code (its chunk, `element/widget.rs`) could not be loaded.
    Chunk,
    /// The widget could not start at all (a Content-Security-Policy without `'wasm-unsafe-eval'`,
    /// the wasm or the glue missing): fired by the stand-in element of the entry script
    /// (`xtask/src/entry.js`); `value` is the entry script's URL.
    Script,
}

impl ErrorSource {
    pub fn name(self) -> &'static str {
        match self {
            ErrorSource::Attribute(a) => a.name(),
            ErrorSource::Content => "content",
            ErrorSource::Select => "select()",
            ErrorSource::Print => "print()",
            ErrorSource::Prose => "prose",
            ErrorSource::Chunk => "chunk",
            ErrorSource::Script => "script",
        }
    }

    /// Every source, attributes first.
    pub fn all() -> impl Iterator<Item = ErrorSource> {
        Attribute::ALL
            .into_iter()
            .map(ErrorSource::Attribute)
            .chain([ErrorSource::Content, ErrorSource::Select, ErrorSource::Print, ErrorSource::Prose, ErrorSource::Chunk, ErrorSource::Script])
    }
}

/// An event `<acu-map>` fires (bubbling, composed, so a page hears it from any depth).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AcuEvent {
    /// The reader (or `select()`) chose a point; `detail` is the point, as `getPoint` gives it.
    Select,
    /// The body view changed; `detail.view` names it.
    ViewChange,
    /// Input the widget could not use; `detail` says which (`source`), what (`value`) and why
    /// (`message`, in the widget's language). The widget also shows it and warns in the console.
    Error,
    /// Study mode's locate quiz: an answer, or a round's end (`detail.type`).
    Quiz,
}

/// What the typings say an event's `detail` is.
pub enum Detail {
    /// The exported point (`AcuPoint` in the typings).
    Point,
    /// An object of string fields, each with the TypeScript type of its values.
    Fields(Vec<(&'static str, String)>),
}

impl AcuEvent {
    pub const ALL: [AcuEvent; 4] = [AcuEvent::Select, AcuEvent::ViewChange, AcuEvent::Error, AcuEvent::Quiz];

    pub fn name(self) -> &'static str {
        match self {
            AcuEvent::Select => "acu-select",
            AcuEvent::ViewChange => "acu-view-change",
            AcuEvent::Error => "acu-error",
            AcuEvent::Quiz => "acu-quiz",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            AcuEvent::Select => "The reader, or `select()`, chose a point. `detail` is the point, as `getPoint()` returns it.",
            AcuEvent::ViewChange => "The body view changed; the view the widget opens on is none. `detail.view` is the view shown.",
            AcuEvent::Error => {
                "Input the widget could not use. `detail.source` is where it came from, `detail.value` what it was, \
                 `detail.message` why (in the widget's language). The widget also shows a notice and warns in the console."
            }
            AcuEvent::Quiz => {
                "Study mode's locate quiz. Each answer: `detail.type` is `answer`, with the `point` asked, the `kind` of question \
                 (`tap` or `choice`), the `distance` off in B-cun, whether it counts as `found` (within 0.5 B-cun), and which \
                 `question` it was `of` how many. A round's end: `type` `round`, with the `score` (the share found, 0 to 1), the \
                 `median` distance in B-cun and the codes `missed`. The widget stores nothing."
            }
        }
    }

    pub fn detail(self) -> Detail {
        match self {
            AcuEvent::Select => Detail::Point,
            AcuEvent::ViewChange => Detail::Fields(vec![("view", union(View::keys()))]),
            AcuEvent::Error => Detail::Fields(vec![
                ("source", "AcuErrorSource".into()),
                ("value", "string".into()),
                ("message", "string".into()),
            ]),
            AcuEvent::Quiz => Detail::Fields(vec![
                ("type", "'answer' | 'round'".into()),
                ("kind", union(crate::quiz::Kind::ALL.map(crate::quiz::Kind::key))),
                ("point?", "string".into()),
                ("distance?", "number".into()),
                ("found?", "boolean".into()),
                ("question?", "number".into()),
                ("of?", "number".into()),
                ("score?", "number".into()),
                ("median?", "number".into()),
                ("missed?", "string[]".into()),
            ]),
        }
    }
}

/// A method of `<acu-map>` (implemented in `element.js`; a browser test checks that the live
/// element has exactly these).
pub struct Method {
    pub name: &'static str,
    /// Parameters: name and TypeScript type.
    pub parameters: &'static [(&'static str, &'static str)],
    /// The TypeScript return type.
    pub returns: &'static str,
    pub description: &'static str,
}

pub const METHODS: [Method; 5] = [
    Method {
        name: "select",
        parameters: &[("code", "string")],
        returns: "AcuPoint | null",
        description: "Selects and shows the point with this code (read in `notation`) or name (as `selected` reads it), firing `acu-select`; null for an unknown code or a name two points share. Called before the element is in the page, it is done as the element is connected (and `clear()` too).",
    },
    Method { name: "clear", parameters: &[], returns: "void", description: "Closes the point card." },
    Method {
        name: "print",
        parameters: &[],
        returns: "void",
        description: "Prints a handout through the page's own print: the host shortlist chosen (or the selected point, or the few points shown), with the figure, each point in plain words, the host's notes, the condition guide's red flags and the date. The widget's controls are not printed. Called before the widget is live, it prints once it is; with nothing to print (no point chosen among many), it prints nothing and says so (a notice, `acu-error`).",
    },
    Method {
        name: "search",
        parameters: &[("query", "string")],
        returns: "AcuPoint[]",
        description: "The points matching `query` (codes, names, conditions, and the prose once loaded), best first; once the widget is live, a query that finds nothing is read again as the search box reads it (Chinese words written together apart, misspelled words put right). Works before the element is connected.",
    },
    Method {
        name: "getPoint",
        parameters: &[("code", "string")],
        returns: "AcuPoint | null",
        description: "The point with this code (or name, as `selected` reads it), or null.",
    },
];

/// The `content` property: the host's own notes, shortlists and tables.
pub const CONTENT_PROPERTY: (&str, &str, &str) = (
    "content",
    "AcuContent | string | null",
    "The host's own content (notes, shortlists, comparison tables), as an object or JSON text. It overrides the \
     `content` attribute and a child `<script type=\"application/json\">`; null goes back to them.",
);

/// The `content` attribute (element.js observes it beside [`Attribute::ALL`]): what the
/// manifest says of it.
pub const CONTENT_ATTRIBUTE: &str = "The host's own content as JSON text, where the `content` property is not set; it overrides a \
     child `<script type=\"application/json\">`. A framework that renders `content={object}` before the element is defined \
     sets this attribute to the text `[object Object]`, which the widget reports: set the property once the element is \
     defined, or give JSON text.";

/// The shadow parts a host page can style (`acu-map::part(card) { … }`); a browser test checks
/// that the rendered widget has exactly these.
pub const PARTS: [(&str, &str); 7] = [
    ("root", "The widget's frame."),
    ("notices", "The notices about input the widget could not use."),
    ("map", "The body map with its view tabs."),
    ("card", "The selected point's card."),
    ("list", "The list of points."),
    ("filters", "The search box and the filters."),
    ("comparison", "Each comparison table."),
];

/// The stylesheet whose `:host` rule declares the `--acu-*` custom properties a host may set.
pub const THEME_CSS: &str = include_str!("ui/app.css");

/// The custom properties a host may set, with their defaults: those the first `:host` rule of
/// [`THEME_CSS`] declares (a comment before a declaration is not part of it).
pub fn custom_properties() -> Vec<(&'static str, &'static str)> {
    let rule = THEME_CSS.split_once(":host {").and_then(|(_, rest)| rest.split_once('}')).map_or("", |(rule, _)| rule);
    rule.split(';')
        .filter_map(|declaration| declaration.rsplit("*/").next().unwrap_or(declaration).trim().split_once(':'))
        .filter(|(name, _)| name.starts_with("--acu-"))
        .map(|(name, value)| (name.trim(), value.trim()))
        .collect()
}
