//! The catalog's types as the binary holds them: `'static` data baked by `build.rs` from
//! `points/`, so nothing is parsed at start-up. Only what the map, the list, the filters and
//! the cautions need is here; the prose a card shows is in [`crate::prose`], one file per
//! language, loaded at run time.

use crate::figure::View;

/// One acupuncture point.
#[derive(Debug)]
pub struct Point {
    /// WHO code, e.g. `BL23`.
    pub code: &'static str,
    /// Number on its meridian (its code is the meridian's code and this number; read the
    /// meridian with `Point::meridian`).
    pub number: u8,
    /// The point's names, each ended by [`NAME_END`], in the order of [`Name`] (the last two
    /// only where the point has them): one string rather than five or seven (eight bytes of
    /// pointer and length each) keeps the baked table small. Read them with [`Point::name`] or
    /// the named accessors (its other names are in [`crate::catalog::OTHER_NAMES`]).
    pub names: &'static str,
    /// Body region: its row in [`crate::catalog::REGIONS`]. Read it with `Point::region`.
    /// Rows of the vocabulary's closed sets are one byte here, not a key's eight bytes of
    /// pointer and length, to keep the baked table (on the first path) small.
    pub region_row: u8,
    pub needling: Needling,
    /// The condition tags of each indication, in order (the texts are prose).
    /// (As rows of [`crate::catalog::INDICATION_TAGS`], a byte each: the catalog has a few
    /// hundred distinct sets. Read them with `Point::indication_tags`.)
    pub indications: &'static [u8],
    /// Every condition tag of the point: the union of its indications'.
    pub conditions: Conditions,
    /// The kind of each caution, in order (the texts are prose): a card shows every caution by
    /// its kind even before, or without, the prose.
    pub cautions: &'static [Caution],
    /// Where the point is drawn, per view.
    pub views: &'static [ViewPositions],
    /// Where its WHO alternative location is drawn, per view (empty for most points).
    pub alternative_views: &'static [ViewPositions],
}

#[derive(Debug)]
pub struct Needling {
    /// Depth range in cun.
    pub depth_min: f32,
    pub depth_max: f32,
    /// Angle: its row in [`crate::catalog::ANGLES`]. Read it with `Needling::angle`.
    pub angle_row: u8,
}

/// Ends each name in [`Point::names`]; build.rs refuses a name that contains it.
pub const NAME_END: char = '\u{1f}';

/// The names [`Point::names`] holds, in their order there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Name {
    /// WHO pinyin without tone marks, e.g. `Shenshu`.
    Pinyin,
    /// Pinyin with tone marks, e.g. `Shènshū`.
    PinyinTones,
    /// Simplified hanzi.
    Hanzi,
    /// Traditional hanzi.
    HanziTraditional,
    /// Usual English rendering of the name.
    English,
    /// Simplified hanzi as China's national standard (GB/T 12346) writes the name, where that
    /// differs from the WHO's (GB22 渊腋 for the WHO's 渊液, TE18 瘛脉 for 瘈脉); else empty.
    HanziNational,
    /// The same in traditional hanzi.
    HanziNationalTraditional,
}

/// The names beside the WHO's that readers know a point by (`other_name` and `other_english` in
/// `points/`): GV26 Shuigou is Renzhong, 人中, to most of them; CV17's 膻中 is read Shānzhōng as
/// well as the WHO's Dànzhōng; PC6, Inner Pass here, is the Inner Gate of many patients' books.
/// A table of its own ([`crate::catalog::OTHER_NAMES`]), not in [`Point::names`]: a few points
/// have them.
#[derive(Debug, PartialEq, Eq)]
pub struct OtherNames {
    /// The point's code.
    pub code: &'static str,
    /// The other name without tone marks, e.g. `Renzhong` (this and the next three are empty
    /// for a point with other English names only).
    pub pinyin: &'static str,
    /// With tone marks, e.g. `Rénzhōng`.
    pub pinyin_tones: &'static str,
    /// Simplified hanzi.
    pub hanzi: &'static str,
    /// Traditional hanzi.
    pub hanzi_traditional: &'static str,
    /// Other English renderings of the name that readers meet (PC6's Inner Gate), none for most.
    pub english: &'static [&'static str],
}

/// A set of condition tags, one bit per row of [`crate::catalog::CONDITIONS`] (at most 64,
/// which build.rs checks): eight bytes, where a list of tags took eight per tag plus the list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Conditions(pub u64);

#[derive(Debug)]
pub struct Caution {
    /// Caution kind: its row in [`crate::catalog::CAUTION_KINDS`]. Read it with
    /// `Caution::kind`.
    pub kind_row: u8,
}

/// The positions of a point on one view: one `(x, y)` per side shown, in the view's SVG units.
#[derive(Debug)]
pub struct ViewPositions {
    pub view: View,
    pub positions: &'static [(f32, f32)],
}

/// A channel's course where it is not its points in number order (`points/courses.toml`,
/// drawn by `crate::course`): its runs, each a line through its stops.
#[derive(Debug)]
pub struct Course {
    pub meridian: &'static str,
    pub runs: &'static [&'static [Stop]],
}

/// A stop of a run: a point, by its place in `catalog::POINTS` (the build checks the code and
/// writes where it is), or a waypoint's places per view.
#[derive(Debug)]
pub enum Stop {
    Point(u16),
    Place(&'static [ViewPositions]),
}

/// A condition guide's built-in part (`points/guides/`; its texts are prose): the conditions it
/// is for and the points commonly used, most used first.
#[derive(Debug)]
pub struct ConditionGuide {
    pub id: &'static str,
    pub conditions: Conditions,
    pub points: &'static [&'static str],
}

/// Codes are unique (build.rs rejects duplicates), so a point is its code.
impl PartialEq for Point {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Point {
    pub fn name(&self, which: Name) -> &'static str {
        self.names.split(NAME_END).nth(which as usize).unwrap_or("")
    }

    pub fn pinyin(&self) -> &'static str {
        self.name(Name::Pinyin)
    }

    pub fn pinyin_tones(&self) -> &'static str {
        self.name(Name::PinyinTones)
    }

    pub fn hanzi(&self) -> &'static str {
        self.name(Name::Hanzi)
    }

    pub fn hanzi_traditional(&self) -> &'static str {
        self.name(Name::HanziTraditional)
    }

    pub fn english(&self) -> &'static str {
        self.name(Name::English)
    }

    /// The name as China's national standard writes it, simplified and traditional, where that
    /// differs from the WHO's ([`Name::HanziNational`]).
    pub fn hanzi_national(&self) -> Option<(&'static str, &'static str)> {
        let simplified = self.name(Name::HanziNational);
        (!simplified.is_empty()).then(|| (simplified, self.name(Name::HanziNationalTraditional)))
    }

    /// Every way the name is written in hanzi, what a reader may type for the point: the WHO's
    /// simplified and traditional, then the national standard's (the WHO's again where they
    /// agree). An array, not a chain of iterators: a few hundred bytes less of wasm.
    pub fn hanzi_names(&self) -> [&'static str; 4] {
        let (simplified, traditional) = self.hanzi_national().unwrap_or((self.hanzi(), self.hanzi_traditional()));
        [self.hanzi(), self.hanzi_traditional(), simplified, traditional]
    }

    pub fn positions_on(&self, view: View) -> &'static [(f32, f32)] {
        self.views.iter().find(|v| v.view == view).map_or(&[], |v| v.positions)
    }

    /// Whether `view` draws the point (has a place for it).
    pub fn is_drawn_on(&self, view: View) -> bool {
        !self.positions_on(view).is_empty()
    }

    /// The views that draw the point, in tab order.
    pub fn drawn_on(&self) -> impl Iterator<Item = View> + '_ {
        View::ALL.into_iter().filter(|v| self.is_drawn_on(*v))
    }

    /// The view to show the point on, from `current`: `current` if it draws the point, else the
    /// first view that does (`current` for a point no view draws).
    pub fn view_from(&self, current: View) -> View {
        if self.is_drawn_on(current) { current } else { self.drawn_on().next().unwrap_or(current) }
    }

    /// Where the WHO alternative location is drawn on `view`, if it is.
    pub fn alternative_positions_on(&self, view: View) -> &'static [(f32, f32)] {
        self.alternative_views.iter().find(|v| v.view == view).map_or(&[], |v| v.positions)
    }
}

/// What a meridian of the vocabulary is (`kind` in `points/vocabulary.toml`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MeridianKind {
    /// One of the fourteen channels: its points lie on a path the map can draw.
    #[default]
    Channel,
    /// A group of extra points (EX-HN …): neighbours by region, not a path.
    Extra,
}

#[derive(Debug)]
pub struct Meridian {
    pub code: &'static str,
    pub kind: MeridianKind,
    pub name: &'static str,
    /// Other English names texts give it (`Urinary Bladder`, `San Jiao`).
    pub other_names: &'static [&'static str],
    pub point_count: u8,
    /// Other codes English texts use for it (`UB` for `BL`).
    pub aliases: &'static [&'static str],
    /// Its codes in the French/Italian notation (`V` for `BL`) and the German one (`Bl`, `B`).
    pub fr: &'static [&'static str],
    pub de: &'static [&'static str],
}

/// A way of writing point codes: the WHO codes are valid in each, beside the notation's own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Notation {
    /// The WHO codes and the English aliases (`UB23`, `P6` for PC6). The default.
    #[default]
    En,
    /// French and Italian (`V40` for BL40, `P6` for LU6).
    Fr,
    /// German (`Bl 40`, `Gb 30`, `3E5`).
    De,
}

impl Notation {
    pub const ALL: [Notation; 3] = [Notation::En, Notation::Fr, Notation::De];

    /// The attribute value: `en`, `fr`, `de`.
    pub fn tag(self) -> &'static str {
        match self {
            Notation::En => "en",
            Notation::Fr => "fr",
            Notation::De => "de",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Notation> {
        Notation::ALL.into_iter().find(|n| n.tag().eq_ignore_ascii_case(tag.trim()))
    }
}

impl Meridian {
    /// Its English names, the vocabulary's first: a page may name it by any (`meridians`), and
    /// a point by one and its number (`Liver 3`, in any notation). `catalog::point_coded` and the
    /// search index read `name` and `other_names` themselves, in loops: this iterator, chained
    /// there, cost a kilobyte of the first path's wasm.
    pub fn names(&self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.name).chain(self.other_names.iter().copied())
    }

    /// Its codes in `notation` besides the WHO code.
    pub fn codes_in(&self, notation: Notation) -> &'static [&'static str] {
        match notation {
            Notation::En => self.aliases,
            Notation::Fr => self.fr,
            Notation::De => self.de,
        }
    }
}

/// The vocabulary's labels in a language other than English (`points/translations/<tag>.toml`):
/// each table's labels one a line, in the order of the English table's keys (`MERIDIAN_NAMES`,
/// `REGIONS` ...), all of which build.rs has checked the translation gives. One string a table,
/// not a (key, label) pair a row: 16 bytes a row less on the first path, which holds every
/// language's labels for the painted card.
#[derive(Debug)]
pub struct VocabularyLabels {
    pub meridians: &'static str,
    pub regions: &'static str,
    pub conditions: &'static str,
    pub cautions: &'static str,
    /// The caution kinds in a patient's words.
    pub cautions_plain: &'static str,
    pub angles: &'static str,
}
