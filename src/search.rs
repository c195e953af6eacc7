//! Finding points from what a person types: a code (`BL23`, `ub 23`), pinyin with or
//! without tones (`shenshu`, `Shènshū`, `shen4 shu1`), hanzi (simplified or traditional), English, or
//! words from any other field (`kidney shu`, `sciatica`, `pregnancy`).
//!
//! The built-in fields are always searched; the prose (actions, indications, muscles…) and the
//! words readers type for a condition (`pregnant`, `孕妇`) once a language's prose file is
//! there, through a [`ProseIndex`] made from it.

use crate::catalog::{self, label, CAUTION_KINDS, CAUTION_KINDS_PLAIN, CONDITIONS, GUIDES, POINTS, REGIONS};
use crate::model::{Conditions, Point};
use crate::prose::{Urgent, DRY_NEEDLING};
use crate::strings::Lang;
use crate::text::{compact, fold, is_filler, is_han, is_vertebra, KEPT_TOGETHER};
use std::sync::OnceLock;

/// A point's built-in text, folded like a query is.
struct Entry {
    /// Every built-in searchable field (see [`searchable_text`]).
    text: String,
    pinyin: String,
    /// The name in Simplified and in Traditional characters, and the national standard's writing
    /// where it differs, compacted (`text::compact`: the standard's older forms as readers type
    /// them).
    hanzi: [String; 4],
    /// The point's other name ([`Point::other_names`]), pinyin and hanzi in each script,
    /// compacted (empty strings for a point without one).
    other: [String; 3],
    /// Its English name and other English names, folded.
    english: String,
}

impl Entry {
    /// Whether `name`, compacted, is the point's pinyin or one of its Chinese or other names.
    fn named(&self, name: &str) -> bool {
        self.pinyin == name || self.hanzi.iter().chain(&self.other).any(|h| h == name)
    }
}

/// The points named `name` whole, in catalog order: its pinyin (with or without tone numbers,
/// `zu3san1li3`), a Chinese name, an other name; with 穴 after it, the name before it where
/// the whole names none (气穴 is KI13's name). What [`catalog::points_named`] finds, but for
/// its tones' choice between points of one pinyin, read from the names the index holds
/// compacted ([`Entry::named`]): that function compacts every name again, about 1 ms natively.
fn named_whole(name: &str) -> Vec<&'static Point> {
    let of = |name: &str| {
        let name = crate::text::numbered_pinyin(name).unwrap_or_else(|| compact(name));
        POINTS.iter().zip(index()).filter(|(_, entry)| !name.is_empty() && entry.named(&name)).map(|(point, _)| point).collect::<Vec<_>>()
    };
    let found = of(name);
    match crate::text::without_point_word(name) {
        Some(bare) if found.is_empty() => of(bare),
        _ => found,
    }
}

/// Every point's folded text, in catalog order: built once, on the first search that needs it
/// (not at start-up, not shipped in the binary, and not again for every keystroke).
fn index() -> &'static [Entry] {
    static INDEX: OnceLock<Vec<Entry>> = OnceLock::new();
    INDEX.get_or_init(|| {
        POINTS
            .iter()
            .map(|p| Entry {
                text: searchable_text(p),
                pinyin: compact(p.pinyin()),
                hanzi: p.hanzi_names().map(compact),
                other: p.other_names().map_or([""; 3], |o| [o.pinyin, o.hanzi, o.hanzi_traditional]).map(compact),
                english: english_names(p),
            })
            .collect()
    })
}

/// The point's English name and its other English names, folded, a line each.
fn english_names(p: &Point) -> String {
    let mut names = String::from(p.english());
    for name in p.other_names().map_or(&[][..], |o| o.english) {
        names.push('\n');
        names.push_str(name);
    }
    fold(&names)
}

/// Makes the built-in fields' index ahead of the first search (see `WidgetState::prepare_search`).
pub fn prepare() {
    index();
}

/// What a prose file adds to search: every point's prose, folded, in catalog order (empty for a
/// point the file lacks), and the words readers type for a condition, a caution kind or a word
/// of the texts.
pub struct ProseIndex {
    texts: Vec<String>,
    /// Every point's location texts ([`crate::prose::PointProse::places`]), folded, in catalog
    /// order: where a reader looks for a point by the place (`between thumb and index finger`:
    /// LI4; `behind the earlobe`; `big toe`), read last ([`Query::score`]).
    places: Vec<String>,
    /// Whether each point, in catalog order, has a dry-needling counterpart: what a search
    /// word standing for [`DRY_NEEDLING`] finds.
    counterparts: Vec<bool>,
    /// Each search word, folded and without filler, and what it stands for.
    words: Vec<(String, Meaning)>,
    /// What puts points first, in order, where it holds every word of a query: each condition
    /// guide's title in this language and its points, then each complaint and the points most
    /// used for it (`insomnia`: HT7, SP6 …; [`crate::prose::SearchWords::most_used`]), folded;
    /// and whether it is a guide's: a query whose every word it holds is the guide's, a word
    /// lengthened too (`lower` of "Low back pain"), where a complaint must be named whole
    /// ([`Query::guided`]: `wristband` is no "wrist pain", nor `coughed` the 8 points most used
    /// for a cough rather than every point for it).
    first: Vec<(String, Vec<&'static str>, bool)>,
}

/// What a search word of a prose file stands for (`[search]` in `points/`).
enum Meaning {
    /// A condition tag or caution kind, whose points it finds (`pregnant`, `孕妇`, `hot flushes`).
    Key(&'static str),
    /// A word the texts write for it, folded, found as the word itself is (`throwing up`:
    /// "vomiting"; `打嗝`: 呃逆); what that word stands for, if anything, it stands for too.
    /// Or several words a `|` apart, each found so (`five shu`: the categories of the five
    /// transport points, "(wood) point|(fire) point|…").
    Word(String),
    /// Nothing the texts treat (`hypotension`, `low blood pressure`; an empty value in
    /// `points/`): found only where a text writes it, so that its words are not found apart
    /// (LR3's "low mood" and "high blood pressure") nor read as another word (`hypertension`).
    Nothing,
    /// What must not wait (`heart attack`, `suicidal`, `baby not moving`; [`Urgent::value`]):
    /// found as [`Meaning::Nothing`] is, and the search says so ([`Found::urgent`]).
    Urgent(Urgent),
}

impl ProseIndex {
    /// `searchable` gives a point's searchable texts ([`crate::prose::PointProse::searchable`]),
    /// if the file has the point, and `placed` its location texts
    /// ([`crate::prose::PointProse::places`]), `counterpart` whether it has a dry-needling
    /// counterpart ([`crate::prose::PointProse::has_counterpart`]); `words` the file's search
    /// words and what each stands for ([`crate::prose::SearchWords::words`]): a condition or
    /// caution kind's key or [`DRY_NEEDLING`], else a word of the texts. `guides` gives each
    /// condition guide's id and title ([`crate::prose::ProseFile::conditions`]); an id the
    /// catalog lacks is left out. `most_used` gives each complaint and the codes of the points
    /// most used for it ([`crate::prose::SearchWords::most_used`]); a code the catalog lacks is
    /// left out.
    pub fn new<T: AsRef<str>, I: IntoIterator<Item = T>, P: AsRef<str>, J: IntoIterator<Item = P>>(
        searchable: impl Fn(&'static Point) -> Option<I>,
        placed: impl Fn(&'static Point) -> Option<J>,
        counterpart: impl Fn(&'static Point) -> bool,
        words: impl IntoIterator<Item = (impl AsRef<str>, impl AsRef<str>)>,
        guides: impl IntoIterator<Item = (impl AsRef<str>, impl AsRef<str>)>,
        most_used: impl IntoIterator<Item = (impl AsRef<str>, Vec<String>)>,
    ) -> Self {
        // (Without 的, "of", as a query is read without it: `腘横纹中点` is BL40's 腘横纹的中点,
        // not only BL39's "腘横纹中点委中（BL40）的外侧".)
        fn folded<T: AsRef<str>>(texts: impl IntoIterator<Item = T>) -> String {
            let mut all = String::new();
            for text in texts {
                all.push_str(text.as_ref());
                all.push('\n');
            }
            fold(&all).replace("的", "")
        }
        // A location's lines that name a vertebra, again as a reader may (`below c7`).
        fn placed_text(mut all: String) -> String {
            let labelled: Vec<String> = all.lines().filter_map(crate::text::vertebrae_labelled).collect();
            for line in labelled {
                all.push_str(&line);
                all.push('\n');
            }
            all
        }
        let known = |key: &str| CONDITIONS.iter().chain(CAUTION_KINDS).map(|(k, _)| *k).chain([DRY_NEEDLING]).find(|k| *k == key);
        ProseIndex {
            texts: POINTS.iter().map(|p| searchable(p).map_or(String::new(), folded)).collect(),
            places: POINTS.iter().map(|p| placed(p).map_or(String::new(), |texts| placed_text(folded(texts)))).collect(),
            counterparts: POINTS.iter().map(counterpart).collect(),
            words: words
                .into_iter()
                .map(|(word, value)| {
                    let word = without_filler(word.as_ref()).unwrap_or_else(|| fold(word.as_ref()));
                    let meaning = match value.as_ref() {
                        "" => Meaning::Nothing,
                        value => match Urgent::from_value(value) {
                            Some(urgent) => Meaning::Urgent(urgent),
                            None => known(value).map_or_else(|| Meaning::Word(fold(value)), Meaning::Key),
                        },
                    };
                    (word, meaning)
                })
                .collect(),
            first: guides
                .into_iter()
                .filter_map(|(id, title)| Some((fold(title.as_ref()), GUIDES.iter().find(|g| g.id == id.as_ref())?.points.to_vec(), true)))
                .chain(most_used.into_iter().map(|(complaint, codes)| (fold(complaint.as_ref()), codes.iter().filter_map(|c| crate::catalog::point(c)).map(|p| p.code).collect(), false)))
                .collect(),
        }
    }

    /// What a folded word or phrase, without filler, stands for.
    fn meaning(&self, word: &str) -> Option<&Meaning> {
        self.words.iter().find(|(w, _)| w == word).map(|(_, meaning)| meaning)
    }

    /// The condition tag or caution kind a folded word or phrase stands for, where its labels
    /// do not hold it (`pregnant`, `孕妇`, `hot flushes`).
    fn stands_for(&self, word: &str) -> Option<&'static str> {
        match self.meaning(word)? {
            Meaning::Key(key) => Some(key),
            Meaning::Word(_) | Meaning::Nothing | Meaning::Urgent(_) => None,
        }
    }

    /// What must not wait that a query names, in any of its words or phrases, the words around
    /// them left out (`i think i'm having a heart attack`, `想自杀`).
    fn urgent(&self, query: &str) -> Option<Urgent> {
        let stripped = without_filler(query).unwrap_or_else(|| fold(query));
        let spaced = format!(" {stripped} ");
        self.words.iter().find_map(|(word, meaning)| match meaning {
            Meaning::Urgent(urgent) if spaced.contains(&format!(" {word} ")) || word.chars().any(is_han) && stripped.contains(word.as_str()) => Some(*urgent),
            _ => None,
        })
    }
}

/// The prose index of a language's baked file (`en`, `zh-Hans`, `zh-Hant`; native builds:
/// tests and the catalog command) of `kind`, as a page that has read that file searches.
#[cfg(not(target_arch = "wasm32"))]
pub fn baked_prose_index(lang: &str, kind: crate::prose::ProseFileKind) -> Option<ProseIndex> {
    crate::catalog::baked_prose(lang).map(|f| {
        let f = &kind.cut(f);
        let guides = f.conditions.iter().map(|g| (&g.id, &g.title));
        let point = |p: &Point| f.points.get(p.code);
        use crate::prose::PointProse;
        let most_used = f.search.most_used.iter().map(|(complaint, codes)| (complaint, codes.clone()));
        ProseIndex::new(|p| point(p).map(PointProse::searchable), |p| point(p).map(PointProse::places), |p| point(p).is_some_and(PointProse::has_counterpart), &f.search.words, guides, most_used)
    })
}

/// The English prose index of the baked files ([`baked_prose_index`]), made once.
#[cfg(not(target_arch = "wasm32"))]
pub fn english_prose() -> Option<&'static ProseIndex> {
    static INDEX: OnceLock<Option<ProseIndex>> = OnceLock::new();
    INDEX.get_or_init(|| baked_prose_index("en", crate::prose::ProseFileKind::Whole)).as_ref()
}

/// Everything built in that a reader might type to find the point: names, codes and their
/// aliases, meridian, region, conditions and caution kinds (the prose is in [`ProseIndex`]).
pub fn searchable_text(p: &Point) -> String {
    let mut parts: Vec<&str> = vec![p.code, p.pinyin(), p.english(), label(REGIONS, p.region())];
    parts.extend(p.hanzi_names());
    if let Some(o) = p.other_names() {
        parts.extend_from_slice(&[o.pinyin, o.hanzi, o.hanzi_traditional]);
        parts.extend_from_slice(o.english);
    }
    let meridian = catalog::meridian(p.meridian());
    let aliases: Vec<String> =
        meridian.map_or(&[][..], |m| m.aliases).iter().map(|a| format!("{a}{}", p.number)).collect();
    if let Some(m) = meridian {
        parts.push(m.name);
        parts.extend_from_slice(m.other_names);
    }
    parts.extend(aliases.iter().map(String::as_str));
    for tag in p.conditions.keys() {
        parts.extend([tag, label(CONDITIONS, tag)]);
    }
    for c in p.cautions {
        parts.extend([c.kind(), label(CAUTION_KINDS, c.kind()), label(CAUTION_KINDS_PLAIN, c.kind())]);
    }
    // The vocabulary in Chinese too, in both scripts, whatever the widget's language: a reader
    // types the words they know (`头痛`, `頭痛`, `足太阳膀胱经`, `孕`), as the English ones work in
    // a Chinese widget.
    for zh in [Lang::ZhHans, Lang::ZhHant] {
        parts.extend([zh.meridian(p.meridian()), zh.region(p.region())]);
        parts.extend(p.conditions.keys().map(|tag| zh.condition(tag)));
        parts.extend(p.cautions.iter().flat_map(|c| [zh.caution(c.kind()), zh.caution_for(c.kind(), true)]));
    }
    fold(&parts.join("\n"))
}

/// [`search_with`] the English prose (native builds).
#[cfg(not(target_arch = "wasm32"))]
pub fn search(query: &str) -> Vec<&'static Point> {
    search_with(query, english_prose)
}

/// What a search found: the points, best first, and the query as it was read where it found
/// nothing as typed but did with its misspelled words put right ([`corrected`]: `migrane` is
/// read as "migraine"), without the words saying whom it is for ([`without_whom`]), or as its
/// first words ([`shortened`]: `neck pain from computer`, "neck pain").
#[derive(Clone, PartialEq, Default)]
pub struct Found {
    pub points: Vec<&'static Point>,
    pub read_as: Option<String>,
    /// What must not wait that the query names, which no point is for (`heart attack`), once
    /// the page has read a prose file, whose words name them.
    pub urgent: Option<Urgent>,
    /// Whether the query names pregnancy beside what it looks for (`back pain in pregnancy`):
    /// the points cautioned in pregnancy come last, and the list says which they are.
    pub pregnant: bool,
}

/// [`search_with`] no prose, as typed (no Chinese words read apart, no misspelled word put
/// right): the element's `search()` before the live widget's chunk is in, which brings the prose
/// and reads words so (so that [`segmented`] and [`corrected`] are in that chunk, not in the
/// main module every page waits for).
pub fn search_built_in(query: &str) -> Vec<&'static Point> {
    let query = bounded(query);
    if query.is_empty() {
        return POINTS.iter().collect();
    }
    as_typed::<false>(query, None).points
}

/// The points of [`find`].
pub fn search_with<'a>(query: &str, prose: impl FnOnce() -> Option<&'a ProseIndex>) -> Vec<&'static Point> {
    find(query, prose).points
}

/// The points matching `query` ([`as_typed`], its Chinese words written together read apart:
/// [`read_apart`]), or where none do, those matching it without the words that say whom it is
/// for ([`without_whom`], and that query), else by what the points are for and where they lie
/// together ([`ranked_together`]), else with its misspelled words put right ([`corrected`], and
/// that query), else its first words that name a complaint ([`shortened`], and those words).
pub fn find<'a>(query: &str, prose: impl FnOnce() -> Option<&'a ProseIndex>) -> Found {
    let query = bounded(query);
    if query.is_empty() {
        return Found { points: POINTS.iter().collect(), ..Found::default() };
    }
    // A vertebra however it is spelt, as the texts are read (`below the seventh cervical
    // vertebra`, `第七颈椎棘突下`: "below c7", "c7 下"). Spelt out, it names no point by the code
    // its label is: `第七颈椎` is not HT7, C7 in French.
    match crate::text::vertebrae_labelled(&fold(query)) {
        Some(labelled) => {
            let mut found = find_in(&labelled, prose());
            let coded = catalog::readings(&labelled);
            found.points.retain(|p| !coded.iter().any(|(_, c)| std::ptr::eq(*c, *p)));
            found
        }
        None => find_in(query, prose()),
    }
}

/// The most characters of a query search reads (the search box takes no more): a question
/// with its words around it is under 100, and a search's work grows faster than its length
/// (a pasted page of 16,000 characters held the page for over a second).
pub const LONGEST_QUERY: usize = 200;

/// `query` trimmed, its first [`LONGEST_QUERY`] characters.
fn bounded(query: &str) -> &str {
    let query = query.trim();
    query.char_indices().nth(LONGEST_QUERY).map_or(query, |(end, _)| query[..end].trim())
}

/// [`find`] for a query with words.
fn find_in(query: &str, prose: Option<&ProseIndex>) -> Found {
    let urgent = prose.and_then(|p| p.urgent(query));
    let named = named_apart(query, prose);
    if !named.is_empty() {
        return Found { points: named, urgent, ..Found::default() };
    }
    let (Ranked { points, pregnant }, apart) = read_apart(query, prose);
    if !points.is_empty() {
        return Found { points, read_as: None, urgent, pregnant };
    }
    // Whom the complaint is for, where the texts do not name it so (`bedwetting in children`,
    // `小儿遗尿`): the complaint (not beside what must not wait: `baby not moving`).
    let without_whom = urgent.is_none().then(|| without_whom(query)).flatten();
    if let Some(complaint) = &without_whom {
        let (Ranked { points, pregnant }, _) = read_apart(complaint, prose);
        if !points.is_empty() {
            return Found { points, read_as: without_whom, urgent, pregnant };
        }
    }
    // What the points are for and where they lie, together (not beside what must not wait).
    if urgent.is_none() {
        let stripped = without_filler(query);
        let Ranked { points, pregnant } = ranked_together(stripped.as_deref().unwrap_or(query), prose);
        if !points.is_empty() {
            return Found { points, read_as: None, urgent, pregnant };
        }
    }
    // The points it names one by one, where together they find none (not beside what must
    // not wait): its words as read apart. Not a place measured from a point (`犊鼻下3寸`, 3
    // cun below ST35, on a patient's page, whose texts measure from the knee): not that point.
    if urgent.is_none() && !measures(&fold(query)) {
        let named = named_each(&apart);
        if !named.is_empty() {
            return Found { points: named, ..Found::default() };
        }
    }
    // (Put right only once nothing is found: it reads every word of every text.)
    let asked = without_whom.as_deref().unwrap_or(query);
    let read_as = corrected(asked, prose);
    if let Some(read_as) = &read_as {
        let (Ranked { points, pregnant }, _) = read_apart(read_as, prose);
        if !points.is_empty() {
            return Found { points, read_as: Some(read_as.clone()), urgent, pregnant };
        }
    }
    // Last, its first words that find points (not beside what must not wait).
    match urgent.is_none().then(|| shortened(read_as.as_deref().unwrap_or(asked), prose)).flatten() {
        Some((read_as, Ranked { points, pregnant })) => Found { points, read_as: Some(read_as), urgent, pregnant },
        None => Found { points, read_as: None, urgent, pregnant },
    }
}

/// The most of a query's first words that find points, and those points, where the whole finds
/// none (`neck pain from computer`: "neck pain"; `knee pain climbing stairs`: "knee pain"): a
/// reader often says more than any text does, after the complaint (what brought it on, when it
/// comes). Only a part that names a complaint: a condition (its label or a search word for it)
/// or a condition guide's title (not `long` of `long covid`, `post` of `post operative nausea`,
/// `brain` of `brain fog`), not a word of three letters alone (`low libido` is not the "Low"
/// of "Low back pain"), nor the query's last words (`hair loss after chemo` is not `after
/// chemo`), nor what a word that qualifies the next names with other words after it (`high
/// cholesterol` is not the "High" of "High blood pressure", `high blood sugar` not its "High
/// blood": [`QUALIFIERS`]). Its filler left out and its search phrases kept whole (`low blood
/// pressure`, which stands for nothing, is not `low blood`). `None` for a query of one word or
/// of more than a reader types (a pasted text, as [`corrected`] leaves it), or where no part
/// finds a point.
fn shortened(query: &str, prose: Option<&ProseIndex>) -> Option<(String, Ranked)> {
    let stripped = without_filler(query).unwrap_or_else(|| fold(query));
    let words: Vec<String> = words::<true>(&stripped, prose).into_iter().map(|w| w.text).collect();
    if words.len() > LONGEST_SPELLED_QUERY || words.first().is_some_and(|first| QUALIFIERS.split(' ').any(|q| q == first)) {
        return None;
    }
    (1..words.len()).rev().filter(|&keep| keep > 1 || words[0].chars().count() > 3).find_map(|keep| {
        let part = words[..keep].join(" ");
        let query = Query::new::<true>(&part, prose);
        if query.conditions.is_empty() && query.guided.is_empty() {
            return None;
        }
        let found = rank(&query, prose, Query::score::<true>);
        (!found.points.is_empty()).then_some((part, found))
    })
}

/// Words that begin a condition's label or a guide's title and qualify the words after them,
/// which [`shortened`] does not read alone or with other words after them.
const QUALIFIERS: &str = "high higher raised elevated upper abnormal";

/// Words that say whom a reader asks for (`my son has a cough`, `insomnia in the elderly`,
/// `宝宝积食`, `老人失眠`), which a search leaves out where the query with them finds nothing
/// ([`without_whom`]): where a text names the complaint in them (`indigestion in children`,
/// 小儿惊风) it is found as typed. In groups, a comma apart, that name the same people: a word
/// finds the texts that name them in any word of the first group that holds it, as whole words
/// (`kid` is not the "kidney", `men` not the "menses", `older` not the "shoulder", `wife` not
/// the "midwifery" of other texts; a baby's complaint is a child's too, but a child's is not
/// the "breech baby" of texts on labour).
const WHOM: &str = "child children childhood kid kids son sons daughter daughters,\
    baby babies infant infants infantile newborn newborns toddler toddlers child children childhood,teen teens teenage teenager teenagers,\
    elderly older senior seniors,woman women female females,man men male males,mother mothers mum mom,father dad,husband,wife,parent parents,adult adults";

/// The group of [`WHOM`] a folded word or its possessive (`child's`) is of.
fn whom(word: &str) -> Option<&'static str> {
    let word = owner(word).unwrap_or(word);
    WHOM.split(',').find(|group| group.split(' ').any(|whom| whom == word))
}

/// The same in Chinese, dropped wherever they are in a word, longest first (小孩子 before 孩子).
const WHOM_HANZI: &str = "小孩子 小朋友 婴幼儿 嬰幼兒 小儿 小兒 儿童 兒童 孩子 小孩 宝宝 寶寶 婴儿 嬰兒 幼儿 幼兒 儿子 兒子 女儿 女兒 \
    老人家 老年人 老人 妈妈 媽媽 爸爸 老公 老婆 父母 女性 男性 女人 男人";

/// `query` without the words that say whom it asks for ([`WHOM`], [`WHOM_HANZI`]) and without
/// filler ([`without_filler`]), its words a space apart; `None` where it has none of them, or
/// nothing else.
fn without_whom(query: &str) -> Option<String> {
    let words = |text: &str| text.split(parts_words).filter(|w| !w.is_empty()).map(str::to_string).collect::<Vec<_>>();
    let folded = fold(query);
    let mut rest = folded.clone();
    for whom in WHOM_HANZI.split(' ') {
        rest = rest.replace(whom, " ");
    }
    let mut kept = words(&rest);
    kept.retain(|w| whom(w).is_none());
    if kept == words(&folded) {
        return None;
    }
    let kept = kept.join(" ");
    // Nothing but filler beside whom it is for (`mother points`, `老人穴位`) is no complaint,
    // not every point whose texts say "point".
    if hanzi_left_out(&kept).split(parts_words).all(|w| w.is_empty() || is_filler(w)) {
        return None;
    }
    let complaint = without_filler(&kept).unwrap_or(kept);
    (!complaint.is_empty()).then_some(complaint)
}

/// The points a query of several words names one by one, by code (the WHO's or its English
/// aliases) or by name, in the order it names them: `ST36 SP6`, `LI4 and LR3`, `hegu taichong`,
/// `LI4 vs LI11` (the points compared; in Chinese, `合谷太冲` cut into its words: [`segmented`])
/// and `GB21 depth` (the point whose card says it) found nothing, as no point's texts hold
/// both. Not another notation's codes (`vitamin b12` is not BL12, "Bl 12" in the German).
fn named_each(query: &str) -> Vec<&'static Point> {
    let stripped = without_filler(query).unwrap_or_else(|| fold(query));
    let mut named: Vec<&'static Point> = Vec::new();
    for token in stripped.split(parts_words).filter(|t| !t.is_empty()) {
        let coded = catalog::readings(token).into_iter().filter(|(notation, _)| *notation == crate::model::Notation::En).map(|(_, p)| p);
        // (A name with 穴 after it, `合谷穴`, is the name.)
        for point in coded.chain(named_whole(token)) {
            if !named.iter().any(|p| std::ptr::eq(*p, point)) {
                named.push(point);
            }
        }
    }
    named
}

/// The points whose pinyin a query of more words than one spells whole, the words around it left
/// out (`He Gu`, `where is Shen Men`: pinyin as some books space it), as `hegu` finds LI4 alone:
/// not with every point whose texts hold "he" and "gu" (39 more) or "shen" and "men" (10). Not
/// for a search word of the prose written so (`dai mai` is the Girdling Vessel, whose points
/// GB26 Daimai leads).
fn named_apart(query: &str, prose: Option<&ProseIndex>) -> Vec<&'static Point> {
    let stripped = without_filler(query);
    let query = stripped.as_deref().unwrap_or(query);
    let whole = compact(query);
    let mut named = Vec::new();
    if query.contains(' ') && !whole.is_empty() && !prose.is_some_and(|p| p.meaning(&fold(query)).is_some()) {
        for (point, entry) in POINTS.iter().zip(index()) {
            if entry.pinyin == whole || entry.other[0] == whole {
                named.push(point);
            }
        }
    }
    named
}

/// [`as_typed`], and where it finds nothing, the query's Chinese words written together read
/// apart ([`segmented`]). Only the live chunk's search reads them apart (and puts misspelled
/// words right): the element's `search()` before it is in does without ([`search_built_in`]).
/// With the points, the query's words as last read (its filler left out), for [`named_each`]:
/// cutting a query costs more than all the rest of a search that finds nothing.
fn read_apart(query: &str, prose: Option<&ProseIndex>) -> (Ranked, String) {
    let found = as_typed::<true>(query, prose);
    if !found.points.is_empty() {
        return (found, query.to_string());
    }
    let stripped = without_filler(query);
    let query = stripped.as_deref().unwrap_or(query);
    let counted = in_digits(query);
    let query = counted.as_deref().unwrap_or(query);
    // Without the 穴 after a name, else with it, where it ends a category (`胃募穴`: 胃 募穴).
    let bare = crate::text::without_point_word(query);
    let mut read = None;
    for query in bare.into_iter().chain([query]) {
        // Read apart, or with its numbers set apart alone (`第7颈椎下`: 第 7颈椎 下).
        read = segmented(query, prose).or_else(|| counted.is_some().then(|| query.to_string()));
        let Some(words) = &read else { continue };
        let found = ranked::<true>(words, prose);
        if !found.points.is_empty() {
            return (found, words.clone());
        }
    }
    (found, read.unwrap_or_else(|| query.to_string()))
}

/// The points matching `query`, a query with words, best first. `prose` is the prose index, if
/// there is one, whose words a query's words may also match.
///
/// The words written around what is looked for are left out first ([`without_filler`]). Exact
/// code, pinyin and hanzi matches (a point's other Chinese name too) rank first, then prefixes of
/// those, then the points of a condition guide whose title holds every word, in the guide's
/// order, then points whose searchable text contains every word of the query, then those
/// found only through the condition a word stands for, and last those found only by their
/// location texts (but for words standing together there, which come before the words found
/// apart in the texts). A query that finds nothing is read again as a name without the 穴
/// after it ([`read_apart`] then reads Chinese words written together apart). `PLACED`: with
/// the location texts ([`Query::score`]).
fn as_typed<const PLACED: bool>(query: &str, prose: Option<&ProseIndex>) -> Ranked {
    // The words a reader writes around what they look for, which no text need hold.
    let stripped = without_filler(query);
    let query = stripped.as_deref().unwrap_or(query);
    let hits = ranked::<PLACED>(query, prose);
    if !hits.points.is_empty() {
        return hits;
    }
    // With nothing found, a name written with 穴 ("point") after it: the point it names
    // (`太阳穴`: EX-HN5, Taiyang, not every point of the taiyang channels, whose names hold 太阳),
    // else what the words without it find.
    let Some(bare) = crate::text::without_point_word(query) else { return hits };
    let named = named_whole(query);
    if !named.is_empty() {
        return Ranked { points: named, pregnant: false };
    }
    ranked::<PLACED>(bare, prose)
}

/// `query` with its misspelled words put right: a word of five letters or more that no word of
/// the texts, the names, the labels or the search words starts with is read as the word of
/// those that its stem begins, read as a past tense ([`PAST_ENDINGS`]: `fainted`, "fainting"),
/// else as the one with its first letter one change away (a letter added, dropped, changed, or
/// two side by side swapped; two changes for a word of eight letters or more), the one they
/// write most where several are (`migrane`: "migraine", `insomia`: "insomnia", `tinitus`:
/// "tinnitus", `sanyinjao`: "sanyinjiao"). `None` where no word is put right. Asked only once a
/// query has found nothing, as it reads every word of every text.
fn corrected(query: &str, prose: Option<&ProseIndex>) -> Option<String> {
    let folded = fold(query);
    let words: Vec<&str> = folded.split(parts_words).filter(|w| !w.is_empty()).collect();
    // A pasted text is not read word by word.
    if words.len() > LONGEST_SPELLED_QUERY {
        return None;
    }
    // Each text, and whether a word of it is found alone: a search word's phrase's is not
    // (`sprained`, of "sprained ankle": it is read as a past tense only, not `sleeping`, of
    // "trouble sleeping", as "sneezing"), though a word may be put right as one of it
    // (`fascitis`: "fasciitis", of "plantar fasciitis").
    let mut texts: Vec<(&str, bool)> = index().iter().map(|e| (e.text.as_str(), true)).collect();
    if let Some(p) = prose {
        texts.extend(p.texts.iter().chain(&p.places).map(|t| (t.as_str(), true)));
        texts.extend(p.words.iter().map(|(w, _)| (w.as_str(), !w.contains(' '))));
    }
    let mut changed = false;
    let mut read: Vec<&str> = Vec::new();
    for word in words {
        read.push(word);
        if word.len() < 5 || word.len() > LONGEST_SPELLED || !word.bytes().all(|b| b.is_ascii_lowercase()) || is_filler(word) {
            continue;
        }
        let most = 1 + usize::from(word.len() >= 8);
        // A verb's past tense, as readers tell what happened (`fainted`, `sneezed`,
        // `constipated`): its stems without "ed" and "d", of four letters or more.
        let stems: Vec<&str> = [word.strip_suffix("ed"), word.strip_suffix('d')].into_iter().flatten().filter(|s| s.len() >= 4).collect();
        // Each word within reach: its distance and how often the texts write it.
        let mut near: Vec<(&str, usize, usize)> = Vec::new();
        let mut in_phrase = false;
        'texts: for &(text, alone) in &texts {
            for w in text.split(|c: char| !c.is_ascii_lowercase()) {
                if w.starts_with(word) {
                    if alone {
                        // A word the texts hold (or start a word with) is no misspelling.
                        near.clear();
                        break 'texts;
                    }
                    in_phrase = true;
                }
                if w == word {
                    continue;
                }
                // Readers seldom get a word's first letter wrong (2 % of the misspellings
                // codespell lists that are one change from a word of the texts), but a real
                // word the texts do not hold was often read as one with another first letter
                // (a third of the words of a dictionary's sample that were read as another:
                // `teething` is not "meeting", nor `mutton` "button").
                if w.as_bytes().first() != word.as_bytes().first() {
                    continue;
                }
                // A past tense is the word the texts write with its stem, before any near one.
                let d = if stems.iter().any(|s| w.strip_prefix(s).is_some_and(|end| PAST_ENDINGS.contains(&end))) {
                    0
                } else {
                    let Some(d) = distance(word.as_bytes(), w.as_bytes(), most) else { continue };
                    d
                };
                match near.iter_mut().find(|(n, ..)| *n == w) {
                    Some(n) => n.2 += 1,
                    None => near.push((w, d, 1)),
                }
            }
        }
        if in_phrase {
            near.retain(|&(_, d, _)| d == 0);
        }
        // The nearest, then the most written, then the first in the alphabet.
        let mut best: Option<(&str, usize, usize)> = None;
        for n in near {
            if best.is_none_or(|b| (n.1, b.2, n.0) < (b.1, n.2, b.0)) {
                best = Some(n);
            }
        }
        if let Some((w, ..)) = best {
            changed = true;
            *read.last_mut()? = w;
        }
    }
    changed.then(|| read.join(" "))
}

/// What follows a past tense's stem in the word [`corrected`] reads it as: the word the texts
/// write for what happened (`fainted`: "faint", "fainting"; `constipated`: "constipation";
/// `injured`: "injury").
const PAST_ENDINGS: [&str; 5] = ["", "s", "ing", "ion", "y"];

/// The longest word [`corrected`] puts right, and the most words of a query it reads (each
/// word put right is a read of every text, about 3 ms natively), as [`shortened`] does.
const LONGEST_SPELLED: usize = 24;
const LONGEST_SPELLED_QUERY: usize = 8;

/// The edit distance of two words (letters added, dropped, changed, or two side by side
/// swapped), if it is at most `most`; `a` at most [`LONGEST_SPELLED`] letters.
fn distance(a: &[u8], b: &[u8], most: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > most {
        return None;
    }
    // The distances of a's first letters to b's first j, for i - 2, i - 1 and i letters of a.
    let mut rows = [[0usize; LONGEST_SPELLED + 3]; 3];
    for (j, d) in rows[1].iter_mut().enumerate() {
        *d = j;
    }
    for i in 1..=b.len() {
        let [before, last, row] = &mut rows;
        row[0] = i;
        let mut least = i;
        for j in 1..=a.len() {
            let changed = usize::from(b[i - 1] != a[j - 1]);
            row[j] = (last[j] + 1).min(row[j - 1] + 1).min(last[j - 1] + changed);
            if i > 1 && j > 1 && b[i - 1] == a[j - 2] && b[i - 2] == a[j - 1] {
                row[j] = row[j].min(before[j - 2] + 1);
            }
            least = least.min(row[j]);
        }
        if least > most {
            return None;
        }
        rows.rotate_left(1);
    }
    Some(rows[1][a.len()]).filter(|&d| d <= most)
}

/// A Chinese query's words written together, as Chinese is written, read apart (`失眠多梦`:
/// 失眠 多梦; `肩膀酸痛`: 肩膀 酸痛; `头痛失眠`): each run of characters that no point's text
/// holds whole is cut into the fewest pieces that a text or a search word holds, then the
/// fewest single characters (`感冒发烧`: 感冒 发烧, not the 感冒发 of a text's 感冒发热 and 烧);
/// a character no text holds is a piece of its own, and finds nothing. A run that would be
/// single characters alone stays whole. `None` where no run is cut. Asked only once a query
/// has found nothing, as it reads every point's text up to [`LONGEST_WORD`] times for each
/// character.
fn segmented(query: &str, prose: Option<&ProseIndex>) -> Option<String> {
    let known = |piece: &str| {
        index().iter().any(|e| e.text.contains(piece))
            || prose.is_some_and(|p| p.meaning(piece).is_some() || p.texts.iter().any(|t| t.contains(piece)))
    };
    let folded = fold(query);
    let mut words: Vec<&str> = Vec::new();
    let mut cut = false;
    for token in folded.split(parts_words).filter(|t| !t.is_empty()) {
        // Every character of a run is three bytes in UTF-8.
        if !token.chars().all(is_han) || token.len() < 6 || token.len() > LONGEST_RUN * 3 || known(token) {
            words.push(token);
            continue;
        }
        // The best cut of the run's first `i` characters: its (pieces, single characters), and
        // where its last piece starts.
        let n = token.len() / 3;
        let mut best: Vec<Option<((usize, usize), usize)>> = vec![None; n + 1];
        best[0] = Some(((0, 0), 0));
        for start in 0..n {
            let Some(((pieces, singles), _)) = best[start] else { continue };
            for end in start + 1..=n.min(start + LONGEST_WORD) {
                let single = end == start + 1;
                let cost = (pieces + 1, singles + usize::from(single));
                if best[end].is_none_or(|(b, _)| cost < b) && (single || known(&token[start * 3..end * 3])) {
                    best[end] = Some((cost, start));
                }
            }
        }
        let mut pieces: Vec<&str> = Vec::new();
        let mut end = n;
        while let Some((_, start)) = best[end].filter(|_| end > 0) {
            pieces.push(&token[start * 3..end * 3]);
            end = start;
        }
        // A run cut into single characters alone is a word no text holds, not words (痛风, gout,
        // is not 痛 and 风, "pain" and "wind", which 176 points' texts hold).
        if pieces.iter().all(|piece| piece.len() == 3) {
            words.push(token);
        } else {
            cut = true;
            words.extend(pieces.into_iter().rev());
        }
    }
    cut.then(|| words.join(" "))
}

/// A Chinese query's numbers before what they count, in digits as the texts write them and set
/// apart from the words around them (`内踝上三寸`: 内踝上 3寸, SP6's "内踝尖上3寸"; `第七颈椎下`:
/// 第 7颈椎 下; `一寸半`: 1.5寸; not 足三里 nor 三阴交, names, nor 四横指, which the texts write
/// so). `None` where it has none.
fn in_digits(query: &str) -> Option<String> {
    const COUNTED: [&str; 8] = ["寸", "掌骨", "跖骨", "颈椎", "胸椎", "腰椎", "骶", "肋"];
    let digit = |c: char| "一二三四五六七八九".find(c).map(|at| at / 3 + 1);
    let chars: Vec<char> = query.chars().collect();
    let mut out = String::new();
    let mut counts = false;
    let mut i = 0;
    while i < chars.len() {
        let written = chars[i..].iter().take_while(|c| c.is_ascii_digit() || **c == '.').count();
        let run = if written > 0 { written } else { chars[i..].iter().take_while(|&&c| c == '十' || c == '两' || digit(c).is_some()).count() };
        let rest: String = chars[i + run..].iter().collect();
        let Some(counted) = COUNTED.iter().find(|c| rest.starts_with(*c)).filter(|_| run > 0) else {
            out.extend(&chars[i..i + run.max(1)]);
            i += run.max(1);
            continue;
        };
        let number: String = if written > 0 {
            chars[i..i + run].iter().collect()
        } else {
            // 三 3, 十二 12, 二十 20, 两 2.
            let (tens, units) = chars[i..i + run].iter().fold((0, 0), |(total, last), &c| match c {
                '十' => (total + last.max(1) * 10, 0),
                '两' => (total, 2),
                c => (total, digit(c).unwrap_or(0)),
            });
            (tens + units).to_string()
        };
        i += run + counted.chars().count();
        // 一寸半: 1.5寸.
        let half = *counted == "寸" && chars.get(i) == Some(&'半');
        i += usize::from(half);
        out.push_str(&format!(" {number}{}{counted} ", if half { ".5" } else { "" }));
        counts = true;
    }
    // (Only where it counts something: a query of other words is not searched again.)
    counts.then(|| out.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The most characters [`segmented`] takes for one word (子宫内膜异位症 has seven), and the
/// longest run it cuts (a few words; a pasted text stays whole): a run costs at most about 170
/// look-ups, each a read of every point's text (about 40 µs natively).
const LONGEST_WORD: usize = 8;
const LONGEST_RUN: usize = 24;

/// The same in Chinese, dropped wherever they are in a word, as a Chinese query has no spaces
/// (`治头痛的穴位`, `失眠 穴位`, `按摩 头痛`, `孕妇禁针穴位`, `内关在哪里`, `合谷的功效与作用`,
/// `艾灸足三里`, `头痛按哪里`, `孕妇不能按的穴位`; how a complaint goes on: `打嗝不止`, `一直咳嗽`,
/// `反复感冒`, `高烧不退`; around a place, `眼睛周围的穴位`; asking which point is there,
/// `脐下三寸是什么穴`), longest first (治疗 before 治, 按揉 before 按, 什么穴位 before 什么穴), and
/// 位置 before 穴位, which `合谷穴位置` (Hegu's place) holds too: no point's name holds one (a
/// lone 穴, as in 气穴, KI13, is left; [`crate::text::without_point_word`] reads it after a
/// name). Not 刺 alone (刺痛, stabbing pain, is a condition's word) nor 和 (耳和髎, TE22).
const FILLER_HANZI: &str = "是什么穴位 是什麼穴位 是哪个穴位 是哪個穴位 什么穴位 什麼穴位 哪个穴位 哪個穴位 是什么穴 是什麼穴 \
    是哪个穴 是哪個穴 什么穴 什麼穴 哪个穴 哪個穴 是什么 是什麼 位置 穴位 治疗 治療 针灸 針灸 按摩 点穴 點穴 什么 什麼 甚麼 哪些 哪个 哪個 用于 用於 禁忌 禁用 禁针 禁針 \
    慎用 在哪里 在哪裡 在哪儿 在哪兒 在哪 哪里 哪裡 哪儿 哪兒 怎么找 怎麼找 如何找 怎么取 怎麼取 功效与作用 功效與作用 \
    功效和作用 作用与功效 作用與功效 功效 作用 功能 主治 好处 好處 效果 按揉 按压 按壓 艾灸 针刺 針刺 扎针 扎針 不可以 不能 \
    不可 不宜 不要 按 揉 灸 得很 得厉害 得厲害 治 症状 症狀 康复 康復 我 很 厉害 厲害 怎么办 怎麼辦 可以 老是 总是 總是 \
    经常 經常 一直 不止 不停 不退 持续 持續 反复 反復 晚上 周围 周圍 了 吗 嗎";

/// A folded text with a space for each of [`FILLER_HANZI`] in it, and without 的 ("of"), as
/// the texts are read ([`ProseIndex::new`]): `两乳头连线的中点` is 两乳头连线中点, `膝盖的后面`
/// 膝盖后面.
/// (None looked for in a text none of whose hanzi a filler holds, most of a file's search
/// words, and each looked for before it is replaced: the prose index reads each of a file's
/// search words so, 700 of them, on the first search.)
fn hanzi_left_out(folded: &str) -> String {
    let mut chinese = folded.replace("的", "");
    if !chinese.chars().any(|c| is_han(c) && FILLER_HANZI.contains(c)) {
        return chinese;
    }
    for filler in FILLER_HANZI.split(' ') {
        if chinese.contains(filler) {
            chinese = chinese.replace(filler, " ");
        }
    }
    chinese
}

/// `query` without its filler words ([`crate::text::is_filler`], [`FILLER_HANZI`]), its words a
/// space apart; `None` where it has none, or nothing else (`acupuncture` searches for itself).
fn without_filler(query: &str) -> Option<String> {
    let folded = fold(query);
    let chinese = hanzi_left_out(&folded);
    let tokens: Vec<&str> = chinese.split(parts_words).filter(|t| !t.is_empty()).collect();
    let mut kept: Vec<&str> = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        // "Pressure points" are points, but not blood pressure's (`high blood pressure points`).
        let before_point = tokens.get(i + 1).is_some_and(|next| *next == "point" || *next == "points");
        let blood = i > 0 && tokens[i - 1] == "blood";
        let together = |(first, second): &(&str, &str)| {
            *token == *first && tokens.get(i + 1) == Some(second) || i > 0 && tokens[i - 1] == *first && *token == *second
        };
        // What goes on and on is what it is (`hiccups won't stop`: hiccups).
        let goes_on = i > 0 && matches!(tokens[i - 1], "won't" | "wont") && *token == "stop";
        // Which side of a hairline is no news, as every point measured from one lies within it,
        // and the texts say it in each way: `1 cun above the posterior hairline` is GV16's
        // "1 B-cun inside the posterior hairline", `within the anterior hairline` GV23's "behind".
        let hairline = matches!(*token, "above" | "within" | "inside" | "behind" | "into") && tokens[i + 1..].iter().take(3).any(|t| *t == "hairline");
        let left_out = is_filler(token) || *token == "pressure" && before_point && !blood || goes_on || hairline;
        if !left_out || KEPT_TOGETHER.iter().any(together) {
            kept.push(token);
        }
    }
    (!kept.is_empty() && (kept.len() < tokens.len() || chinese != folded)).then(|| kept.join(" "))
}

/// The points a query finds, best first, and whether it names pregnancy beside what it looks for
/// ([`Query::pregnant`]).
struct Ranked {
    points: Vec<&'static Point>,
    pregnant: bool,
}

/// [`search_with`] for a query with words.
fn ranked<const PLACED: bool>(query: &str, prose: Option<&ProseIndex>) -> Ranked {
    rank(&Query::new::<PLACED>(query, prose), prose, Query::score::<PLACED>)
}

/// The points of a query whose words are some what a point is for and some where it lies
/// (`point for stress between the eyebrows`: EX-HN3; `sleep point behind the ear`), each word
/// in one or the other ([`Query::score_together`]); read only where neither alone finds a
/// point ([`find_in`]: `back pain` is not every point on the back whose texts hold "pain"),
/// so not in the main module.
fn ranked_together(query: &str, prose: Option<&ProseIndex>) -> Ranked {
    let query = Query::new::<true>(query, prose);
    match prose.is_some() && query.by_place {
        true => rank(&query, prose, Query::score_together),
        false => Ranked { points: Vec::new(), pregnant: query.pregnant },
    }
}

/// The points `score` gives a score above 0 for `query`, best first (in pregnancy, the points
/// to avoid last).
fn rank(query: &Query, prose: Option<&ProseIndex>, score: impl Fn(&Query, &'static Point, &Entry, [&str; 2], bool, &str) -> u32) -> Ranked {
    let mut hits: Vec<(bool, u32, usize, &'static Point)> = POINTS
        .iter()
        .zip(index().iter().zip(catalog::compact_codes()))
        .enumerate()
        .filter_map(|(index, (point, (entry, code)))| {
            let text = |texts: fn(&ProseIndex) -> &Vec<String>| prose.and_then(|p| texts(p).get(index)).map_or("", String::as_str);
            let counterpart = prose.is_some_and(|p| p.counterparts[index]);
            let score = score(query, point, entry, [text(|p| &p.texts), text(|p| &p.places)], counterpart, code);
            // (Not a point the query names, whole (900 and more) or in a word: `is SP6 safe in
            // pregnancy`, `三阴交 孕妇` are SP6 first.)
            let named = score >= 900 || query.words.iter().any(|w| w.names(point, entry));
            (score > 0).then_some((query.pregnant && !named && cautioned_in_pregnancy(point), score, index, point))
        })
        .collect();
    crate::small_sort::sort_by_key(&mut hits, |&(avoid, score, index, _)| (avoid, std::cmp::Reverse(score), index));
    Ranked { points: hits.into_iter().map(|(.., point)| point).collect(), pregnant: query.pregnant }
}

/// A query read once, before its points are scored one by one ([`Query::score`]).
struct Query {
    /// The points it names as a code, read in every notation: `P6` is PC6 (English) and LU6
    /// (French), both first.
    exact: Vec<(crate::model::Notation, &'static Point)>,
    /// The whole query, compacted (or numbered pinyin without its tones), for the names.
    whole: String,
    words: Vec<Word>,
    /// The points of each condition guide whose title holds every word (`nausea`: "Nausea and
    /// vomiting"; `头痛`: 紧张型头痛 and 偏头痛), in the guide's order, the points most used for
    /// it first, then those most used for each complaint the query names: it holds every word
    /// and every word of it is one of the query's (`insomnia`, `hiccups`, `period pain`), or a
    /// word stands for it (`can't sleep`: HT7, SP6 …; [`ProseIndex::first`]). After an exact
    /// code or name, before the points whose texts hold the words. A word may also lengthen a
    /// word of a guide's title (`lower back pain`: "Low back pain").
    guided: Vec<&'static str>,
    /// The channel the query names ([`channel_named`]), whose points come next, in order.
    channel: Option<&'static str>,
    /// The conditions the words stand for, and those whose label, in any language, holds every
    /// word (`tinnitus`: "Ear complaints (tinnitus, deafness, ear pain)"), by which points found
    /// alike are ranked.
    conditions: Conditions,
    /// Whether points are also found by their location texts: not for a query that names a
    /// point by its code or name (`ST36`, `足三里`), whose neighbours' locations are measured
    /// from it, nor for a word of one or two letters (`s`, `sc`: the first letters of a word
    /// being typed, which nearly every location holds) other than a number with other words
    /// (`3 cun above the medial malleolus`: SP6; `3` alone is LU3, LI3 …) or a vertebra
    /// (`below t3`: GV12, "below the spinous process of … (T3)").
    by_place: bool,
    /// Whether the query names pregnancy beside what it looks for (`back pain in pregnancy`,
    /// `孕妇头痛`): the reader's state, not the caution kind, whose points (those to avoid) it
    /// found alone. The points for the rest are found, those cautioned in pregnancy last
    /// ([`ranked`]).
    pregnant: bool,
    /// Whether the query measures a place or names a vertebra, and names no side of it (`脐下三寸`,
    /// `3 cun below the navel`, `第七颈椎棘突下`): the points on the midline, where one runs
    /// there, before those measured out from it ([`OFF_MIDLINE`]).
    on_midline: bool,
    /// Whether the query is one search word of the prose file that stands for a word of the
    /// texts (`mu`, as `mu points` leaves it: "front-mu"): the points it finds come before the
    /// names it begins (GB16, Muchuang), which come right after them.
    read_as_word: bool,
}

/// What a word of a measured place holds (`3寸`, `四横指`, `finger-widths`), besides `cun`
/// and `inch` (`inches`), and what a query that names a side of it holds (`旁开`, `两侧`,
/// `lateral`, `beside`), folded.
const MEASURES: [&str; 6] = ["寸", "横指", "橫指", "拇指宽", "拇指寬", "width"];
const SIDES: [&str; 5] = ["旁", "侧", "側", "lateral", "side"];

/// Whether a folded query measures a place ([`MEASURES`]; not the "inch" of `pinched`).
fn measures(folded: &str) -> bool {
    folded.split(parts_words).any(|w| w == "cun" || w.starts_with("inch") || MEASURES.iter().any(|m| w.contains(m)))
}

/// How a location's sentences end, in English and in Chinese.
const SENTENCE_ENDS: [&str; 2] = [". ", "。"];

/// What a location says of a point measured out from the midline: 前正中线旁开2寸 (ST28), "1.5
/// B-cun lateral to the posterior median line", "to either side of the posterior midline",
/// the patients' "either side of the spine" (not "on the anterior median line": CV points).
const OFF_MIDLINE: [&str; 12] = [
    "旁开",
    "旁開",
    "to the anterior median line",
    "to the posterior median line",
    "from the anterior median line",
    "lateral to the midline",
    "lateral to the anterior midline",
    "side of the midline",
    "side of the anterior midline",
    "side of the posterior midline",
    "side of the spine",
    "from the midline",
];

/// Every condition's name in the three languages, folded, with its key: made once, not for
/// each search.
fn condition_labels() -> &'static [(&'static str, String)] {
    static LABELS: OnceLock<Vec<(&'static str, String)>> = OnceLock::new();
    LABELS.get_or_init(|| {
        let mut labels = Vec::new();
        for (key, _) in CONDITIONS {
            for lang in Lang::ALL {
                labels.push((*key, fold(lang.condition(key))));
            }
        }
        labels
    })
}

impl Query {
    /// Without `PLACED`, without the prose file's words too, as [`Query::score`] reads no
    /// location: [`search_built_in`] has no prose file, and so the first path's wasm holds no
    /// code for them.
    fn new<const PLACED: bool>(query: &str, prose: Option<&ProseIndex>) -> Query {
        let prose = prose.filter(|_| PLACED);
        let exact = catalog::readings(query);
        let folded = fold(query);
        // A code written apart is one word, as written together (`li 4` found LI4 and 24
        // points more, whose codes hold a 4 and whose texts a word that begins "li").
        let mut words = if exact.is_empty() { words::<PLACED>(&folded, prose) } else { words::<PLACED>(&compact(query), prose) };
        // Pregnancy beside other words is not looked for ([`Query::pregnant`]).
        let pregnancy: Vec<bool> = words.iter().map(Word::is_pregnancy).collect();
        let pregnant = pregnancy.contains(&true) && pregnancy.contains(&false);
        if pregnant {
            words = words.into_iter().zip(pregnancy).filter(|(_, pregnancy)| !pregnancy).map(|(word, _)| word).collect();
        }
        // A condition whose name holds every word ranks the points (`labelled`), and a Chinese
        // word keeps the names of other conditions, and the search words for other keys, that
        // hold it ([`Word::inside`]).
        let labels = condition_labels();
        for word in &mut words {
            for (key, label) in labels {
                word.bind(key, label);
            }
            for (name, meaning) in prose.map_or(&[][..], |p| &p.words) {
                if let Meaning::Key(key) = meaning {
                    word.bind(key, name);
                }
            }
        }
        let mut guided: Vec<&'static str> = Vec::new();
        for (title, points, guide) in prose.map_or(&[][..], |p| &p.first) {
            // A word, not a phrase, and by letters, not a hyphen and another word: `lower` and
            // `backache` lengthen the "Low" and the "back" of "Low back pain", but `low energy`
            // does not, nor `back-shu` (a category of points) its "back".
            let ending = |rest: &str| rest.bytes().all(|b| b.is_ascii_lowercase());
            let lengthens = |f: &str| {
                *guide && !f.contains(' ') && title.split_whitespace().any(|t| t.len() >= 3 && !is_filler(t) && f.strip_prefix(t).is_some_and(ending))
            };
            // A complaint where the query says all of it, or a word stands for it (`tired`:
            // fatigue), not a part (`throat` of "sore throat", `elbow`, a place, of "elbow pain").
            let stands = |w: &Word| w.stands_for == Some(title.as_str());
            let named = |t: &str| words.iter().any(|w| stands(w) || w.said(|f| f.split(' ').any(|p| p == t)));
            if words.iter().all(|w| stands(w) || w.said(|f| w.held(title, f) || lengthens(f))) && (*guide || title.split(' ').all(named)) {
                guided.extend_from_slice(points);
            }
        }
        let labelled = CONDITIONS.iter().map(|(key, _)| *key).filter(|key| {
            words.iter().all(|w| labels.iter().any(|(k, label)| k == key && w.said(|f| w.held(label, f))))
        });
        let conditions = Conditions::union(words.iter().filter_map(|w| w.stands_for).chain(labelled).map(Conditions::of));
        let number = |w: &Word| w.text.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        let vertebra = |w: &Word| is_vertebra(&w.text);
        // (A vertebra alone is found there after the point it is a code of: `c7`, French for
        // HT7, then GV14, below C7.)
        let vertebrae = !words.is_empty() && words.iter().all(vertebra);
        let by_place = words.iter().all(|w| w.text.len() >= 3 || number(w) && words.len() > 1 || vertebra(w)) && (exact.is_empty() || vertebrae) && named_whole(query).is_empty();
        let channel = channel_named(query);
        let on_midline = (measures(&folded) || words.iter().any(vertebra)) && !SIDES.iter().any(|s| folded.contains(s));
        let read_as_word = matches!(words.as_slice(), [word] if matches!(prose.and_then(|p| p.meaning(&word.text)), Some(Meaning::Word(_))));
        let whole = crate::text::numbered_pinyin(query).unwrap_or_else(|| compact(query));
        Query { exact, whole, words, guided, channel, conditions, by_place, pregnant, on_midline, read_as_word }
    }

    /// How well the point answers the query, 0 for not at all: an exact code, then its names
    /// (a channel named whole before the names it begins), then a condition guide's rank, then
    /// the words in its texts (standing together first: [`Query::together`]), then what the
    /// words stand for, then its location texts (before the words in its texts where they
    /// stand together there: [`Query::closeness`]; a word alone, as if in its texts, nearer
    /// the start first). `entry` is the point's built-in text, `prose` its
    /// searchable prose and its location texts (folded, empty without a prose file) and `code`
    /// its code compacted; `counterpart` whether the point has a dry-needling counterpart.
    /// Without `PLACED`, not by the location texts: the element's `search()` before the live
    /// widget's chunk is in ([`search_built_in`]) has none, and the first path's wasm holds no
    /// code for them.
    fn score<const PLACED: bool>(&self, point: &'static Point, entry: &Entry, [prose, place]: [&str; 2], counterpart: bool, code: &str) -> u32 {
        let Query { exact, whole, words, guided, channel, conditions, by_place, read_as_word, .. } = self;
        if let Some(i) = exact.iter().position(|(_, e)| std::ptr::eq(*e, point)) {
            return 1000 - i as u32;
        }
        if whole.is_empty() {
            return 0;
        }
        let pinyin = &entry.pinyin;
        if entry.named(whole) {
            return 900;
        }
        // A channel named whole, before the names it begins (`san jiao`: the TE points, then
        // BL22, Sanjiaoshu).
        if *channel == Some(point.meridian()) {
            return 600;
        }
        let begins = code.starts_with(whole.as_str()) || pinyin.starts_with(whole.as_str()) || entry.other[0].starts_with(whole.as_str());
        if begins && !read_as_word {
            return 500;
        }
        if entry.hanzi.iter().any(|h| h.contains(whole.as_str())) {
            return 400;
        }
        let guided = guided.iter().position(|c| *c == point.code).map_or(0, |rank| 300u32.saturating_sub(rank as u32));
        let said = |w: &Word| w.found(point, entry, prose);
        // How many of the point's indications are of the conditions the query names: among
        // points found alike, those with more come first (`heartburn`: ST21 and CV10 before
        // LU4, whose one digestive indication put it first in catalog order).
        let tagged = || point.indication_tags().filter(|tags| tags.intersects(*conditions)).count() as u32;
        let stands = |w: &Word| w.stands_in(point, counterpart);
        let found = if words.iter().all(said) {
            // Words standing together in a text beat words found apart (`he sea`: the He-sea
            // points, "He-sea (earth) point", before those with "heat" and "Sea of Qi"), as
            // do a phrase of the prose file's search words and the term of the texts a word
            // stands for (`well points`: the Jing-well points before TE10, Heavenly Well;
            // `cold feet`: SP2's "cold feet" and the points of "cold limbs"), though not as
            // all of a query's words together (`mu stomach`: CV12, "Front-mu point of the
            // Stomach", before ST25, the Large Intestine's); a match in the name beats one in
            // the indications. A location holds a phrase as the other texts do (`top of the
            // head`: GV20, as KI1, for headache there).
            let phrases = || words.iter().any(|w| w.together_in(prose) || w.together_in(&entry.text) || w.together_in(place));
            let together = if self.together(prose) || self.together(&entry.text) {
                30
            } else if phrases() {
                20
            } else {
                0
            };
            100 + together + words.iter().filter(|w| w.said(|f| entry.english.contains(f))).count() as u32 * 10 + tagged().min(9)
        } else if words.iter().all(|w| said(w) || stands(w)) {
            // Found only through what a word stands for: after the points whose text holds it.
            50 + tagged().min(49)
        } else {
            0
        };
        let found = found.max(if begins { 99 } else { 0 });
        if !PLACED {
            return guided.max(found);
        }
        // One word in a location text ranks the point before those found alike where it lies
        // nearer the start of one (`navel`: CV8, "in the centre of the umbilicus", before ST25,
        // 2 B-cun lateral to it, and the points for pain around it; `temple`: EX-HN5), and
        // where the word names no condition (`depression`, which locations write of a hollow),
        // as the word in what the point is for does (`头顶`: GV20, whose texts say 巅顶 of
        // its headache). A vertebra only where a location's first sentence names it, which
        // places the point (the rest tells how to find it: GV5's "count up from t12" is not at
        // T12), and on the midline where one runs there (as a measured place, below): `c7` is
        // GB21 and GV14 before SI15, 2 B-cun lateral.
        let aside = self.on_midline && OFF_MIDLINE.iter().any(|o| place.contains(o));
        let found = match words.as_slice() {
            [word] if *by_place && (found > 0 || conditions.is_empty()) => {
                let vertebra = is_vertebra(&word.text);
                word.first_at(place, vertebra).map_or(found, |at| found.max(100) + 9u32.saturating_sub(at as u32 / 8) + if vertebra && !aside { 10 } else { 0 })
            }
            _ => found,
        };
        // Where the point lies, every word in its location texts: last, but for words that
        // stand together there (`behind the knee`: BL40, in "the crease behind the knee"),
        // which come before the words found apart in what points are for, the closest first
        // (`between thumb and index finger`: LI4 before LU7).
        // (A point found by what it is for is not read again for one word, which cannot
        // stand together with another and so cannot rank it higher.)
        // A measured place that names no side is on the midline where one runs there (`脐下三寸`:
        // CV4, not ST28, 2 B-cun lateral to it, nor KI13, 0.5): a point measured out from it
        // comes after those whose words stand together alike on it.
        let placed = if *by_place && (found == 0 || words.len() > 1) && words.iter().all(|w| w.placed(place)) {
            self.closeness(place).map_or(25, |near| 199 - if aside { 50 } else { 0 } - (near / 4).min(49) as u32)
        } else {
            0
        };
        guided.max(found).max(placed)
    }

    /// How well the point answers a query whose words are some what it is for, some where it
    /// lies ([`ranked_together`]), 0 for not at all: those whose place words stand together
    /// nearest the start of a location first. As [`Query::score`].
    fn score_together(&self, point: &'static Point, entry: &Entry, [prose, place]: [&str; 2], counterpart: bool, _code: &str) -> u32 {
        let in_place: Vec<&Word> = self.words.iter().filter(|w| w.placed(place)).collect();
        if in_place.is_empty() || !self.words.iter().all(|w| w.found(point, entry, prose) || w.stands_in(point, counterpart) || w.placed(place)) {
            return 0;
        }
        closeness(&in_place, place).map_or(1, |near| 24 - (near / 16).min(23) as u32)
    }

    /// Whether the query's words, two or more, stand together in one of a folded text's lines:
    /// in order, with nothing between two of them but spaces, marks and filler words (`back
    /// shu`: "back-shu point of the lung"; `sea of blood`: "sea of blood point"), a word of
    /// four letters or more as the text inflects it (`stop sweating`: "stops sweating").
    fn together(&self, text: &str) -> bool {
        let Some((first, rest)) = self.words.split_first().filter(|_| self.words.len() > 1) else {
            return false;
        };
        text.split('\n').any(|line| {
            let between = |end: usize, start: usize| {
                // (之, "of", joins Chinese words: 胃之募穴, the Stomach's front-mu point.)
                line.get(end..start).is_some_and(|gap| gap.split(|c: char| !c.is_alphanumeric()).all(|w| w.is_empty() || is_filler(w) || w == "之"))
            };
            // Where a word found ends, with the text's ending of a word of four letters or
            // more (a shorter one is found whole: `he sea` is not in "heat, sea").
            let ended = |start: usize, end: usize| {
                let rest = &line[end..];
                let whole = |ending: &str| rest.strip_prefix(ending).is_some_and(|after| !after.starts_with(char::is_alphanumeric));
                let ending = ["s", "es", "ed", "d", "ing"].into_iter().find(|e| whole(e)).filter(|_| end - start >= 4);
                end + ending.map_or(0, str::len)
            };
            let mut ends: Vec<usize> = Vec::new();
            first.marks(line, |start, end| ends.push(ended(start, end)));
            for word in rest {
                let mut next = Vec::new();
                word.marks(line, |start, end| {
                    if ends.iter().any(|&e| between(e, start)) {
                        next.push(ended(start, end));
                    }
                });
                ends = next;
            }
            !ends.is_empty()
        })
    }

    /// How near the start of one of a folded text's lines (its texts, one a line) the query's
    /// words stand together ([`closeness`]).
    fn closeness(&self, text: &str) -> Option<usize> {
        closeness(&self.words, text)
    }
}

/// How near the start of one of a folded text's lines (its texts, one a line) `words` stand
/// together, for two words or more: `None` where no stretch of a line holds them all within a
/// few words' reach of each other (as many bytes as the line holds the words in, and 24 more
/// between two: "between the inner ends of the eyebrows"), else the shortest stretch's bytes plus half its
/// start, the less the nearer.
fn closeness(words: &[impl std::borrow::Borrow<Word>], text: &str) -> Option<usize> {
    let count = words.len();
    if count < 2 {
        return None;
    }
    let mut nearest = None;
    for line in text.split('\n') {
        // Every place each word is held: start, end, which word; and the reach, the bytes the
        // line holds the words in (a form as long as it is: `3 cun` as "four finger-widths"),
        // and 24 more between two.
        let mut marks: Vec<(usize, usize, usize)> = Vec::new();
        let mut reach = 24 * (count - 1);
        for (i, word) in words.iter().enumerate() {
            let mut shortest = 0;
            word.borrow().marks(line, |start, end| {
                marks.push((start, end, i));
                shortest = if shortest == 0 { end - start } else { shortest.min(end - start) };
            });
            reach += shortest;
        }
        // From each place, the stretch to the nearest end of every word at or after it.
        for &(start, ..) in &marks {
            let mut end = start;
            for i in 0..count {
                let next = marks.iter().filter(|&&(s, _, word)| word == i && s >= start).map(|&(_, e, _)| e).min();
                end = end.max(next.unwrap_or(usize::MAX));
            }
            if end - start <= reach {
                // A sentence's end between them counts as a few words more: `below c7` is
                // GV14's "just below c7" before GV13's "below t1. find c7", nearer the start.
                let across = if SENTENCE_ENDS.iter().any(|e| line[start..end].contains(e)) { 8 } else { 0 };
                let near = end - start + across + start / 2;
                nearest = Some(nearest.map_or(near, |n: usize| n.min(near)));
            }
        }
    }
    nearest
}

/// The channel a query names whole, as readers write it ([`crate::attributes::meridian_named`]:
/// `lung`, `Gall Bladder`, `San Jiao`, `足太阳膀胱经`, `膀胱经`, `任脉`), with "channel" or
/// "meridian" after it or not; not by its code (`H`, `P`: the first letters of a name typed).
fn channel_named(query: &str) -> Option<&'static str> {
    let channel = |w: &str| ["channel", "channels", "meridian", "meridians"].iter().any(|c| w.eq_ignore_ascii_case(c));
    let named: Vec<&str> = query.split_whitespace().filter(|w| !channel(w)).collect();
    crate::attributes::meridian_named(&named.join(" "))
}

/// Whether a folded text holds a folded word: anywhere for hanzi and for a word of four letters
/// or more (`guan` in "neiguan"), but a shorter word of letters or digits only where a word of
/// the text starts with it (`ear` in "ear pain", not in "near" or "heart"; `ibs` not in "ribs"),
/// or where its digits follow letters (`36` in "st36"); and a `whole` word of letters or digits
/// only as a word of the text, or with an "s" after it (`flu` not in "fluid", `fits` not in
/// "benefits"; `induce` in "Induces labour"). A phrase, words a space apart, with filler words
/// between two of its words or none ([`held_at`]).
fn holds(text: &str, word: &str, whole: bool) -> bool {
    held_at(text, word, whole).next().is_some()
}

/// Where a folded text holds a folded word, as [`holds`] reads it: the start and end of each
/// place, in bytes. A phrase's words (`cold hands feet`, as a query of "cold hands and feet"
/// leaves it) in order, each as the text holds a word, with filler words between two of them or
/// not ([`next_word_at`]: the patient's "cold hands and feet"; `ringing ears`: "ringing in the
/// ears").
fn held_at<'a>(text: &'a str, word: &'a str, whole: bool) -> impl Iterator<Item = (usize, usize)> + 'a {
    let (first, rest) = word.split_once(' ').unwrap_or((word, ""));
    text.match_indices(first).map(|(at, _)| at).filter(move |&at| stands_at(text, at, first, whole)).filter_map(move |start| {
        let mut end = start + first.len();
        for part in rest.split(' ').filter(|p| !p.is_empty()) {
            end = next_word_at(text, end, part, whole)?;
        }
        Some((start, end))
    })
}

/// Where `part`, the next word of a phrase, ends in a folded text whose part before `end` holds
/// the phrase's words before it: after a space or a hyphen, filler words between them or not
/// (not after a comma: "before a period, pain along the ribs" is no period pain); `None` where
/// another word or none comes first.
fn next_word_at(text: &str, mut end: usize, part: &str, whole: bool) -> Option<usize> {
    loop {
        let gap = text[end..].find(char::is_alphanumeric)?;
        if gap == 0 || !text[end..end + gap].chars().all(|c| c == ' ' || c == '-') {
            return None;
        }
        let at = end + gap;
        if text[at..].starts_with(part) && stands_at(text, at, part, whole) {
            return Some(at + part.len());
        }
        end = text[at..].find(|c: char| !c.is_alphanumeric()).map_or(text.len(), |e| at + e);
        if !is_filler(&text[at..end]) {
            return None;
        }
    }
}

/// Whether a folded text holds a folded word at the byte offset `at`, where it holds its
/// letters: as [`holds`] reads it, a short or `whole` word of letters or digits only at a word's
/// start and a `whole` one only to its end.
fn stands_at(text: &str, at: usize, word: &str, whole: bool) -> bool {
    let alphanumeric = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let anywhere = !word.starts_with(|c: char| c.is_ascii_alphanumeric()) || !whole && word.chars().count() > 3;
    if anywhere {
        return true;
    }
    let digits = word.starts_with(|c: char| c.is_ascii_digit());
    let before = text[..at].chars().next_back();
    let starts = !alphanumeric(before) || digits && before.is_some_and(char::is_alphabetic);
    let ends = |rest: &str| !alphanumeric(rest.chars().next());
    let after = &text[at + word.len()..];
    // A number is not an ordinal's (`5` in "5th metatarsal").
    let ordinal = word.bytes().all(|b| b.is_ascii_digit()) && after.starts_with(|c: char| c.is_ascii_alphabetic());
    starts && !ordinal && (!whole || ends(after) || after.strip_prefix('s').is_some_and(ends))
}

/// A word of a query, folded, with its other forms: its singular if it looks like an English
/// plural (`migraines`, `allergies`: the texts say "migraine", "allergy") and its other
/// spelling ([`respelled`]: `diarrhea`, "diarrhoea" in the texts); the condition tag or caution
/// kind it stands for, and the points it reads as a code (`pc-6` in `PC-6 Neiguan`, which no
/// text spells so).
struct Word {
    text: String,
    /// The singular (or the stem the singular holds: `headaches` → `headach`, in "headache"),
    /// and the word's and the singular's other spelling.
    forms: Vec<String>,
    stands_for: Option<&'static str>,
    codes: Vec<&'static Point>,
    /// The names of other conditions and caution kinds (their labels and search words),
    /// folded, that hold a Chinese word standing for a condition or caution kind: Chinese
    /// writes no spaces, so 經痛 (period pain) is part of 坐骨神經痛 (sciatica) and 三叉神經痛
    /// (trigeminal neuralgia), where it is not the word ([`Word::held`]).
    inside: Vec<String>,
    /// The word as typed and its singular where it is a search word of the prose file (`piles`,
    /// `fits`, `flu`): a reader's word, found only as a whole word of a text (not the `pile` of
    /// "epilepsy", the `fits` of "benefits", the `flu` of "fluid"), as the points of what it
    /// stands for are found anyway. Its other spelling and the word of the texts it stands for
    /// are found as any word is (`labor`: "labour", as `labour` finds it).
    whole: Vec<String>,
    /// The terms of the texts the word stands for that are words standing together (`well`:
    /// "jing-well", `cold hands`: "cold limbs", `jing`: "jing-well" and "jing-river"): a point
    /// whose text holds one ranks as one holding the query's words together does
    /// ([`Query::score`]), before a point whose name holds the word (SI10, Upper Arm Shu, for
    /// `shu`).
    terms: Vec<String>,
}

impl Word {
    /// Without `PLACED`, without the prose file, as in [`Query::new`] (the main module's copy
    /// holds no code that reads one).
    fn new<const PLACED: bool>(text: &str, prose: Option<&ProseIndex>) -> Word {
        let prose = prose.filter(|_| PLACED);
        let mut forms: Vec<String> = Vec::new();
        let plural_of = singular(text);
        // What the word means, or its singular (`burps`: `burp`, "belching").
        let meaning = prose.and_then(|p| p.meaning(text).or_else(|| p.meaning(plural_of.as_deref()?)));
        let written = matches!(meaning, Some(Meaning::Word(_) | Meaning::Nothing | Meaning::Urgent(_)));
        let mut terms = Vec::new();
        if let Some(Meaning::Word(words)) = meaning {
            forms.extend(words.split('|').map(str::to_string));
            terms.extend(words.split('|').filter(|w| w.contains([' ', '-'])).map(str::to_string));
        }
        forms.extend(respelled(text));
        forms.extend(crate::text::ordinal_respelled(text));
        // The singular of a word the prose file gives a word for, or that stands for nothing,
        // is not looked for: `kids` means "children", not the `kid` of "kidney".
        let plural_of = plural_of.filter(|_| !written);
        let mut whole = Vec::new();
        if meaning.is_some() {
            whole.push(text.to_string());
            whole.extend(plural_of.clone());
        }
        // (`t1` is not the "t11" of GV6's "below t11".)
        if is_vertebra(text) {
            whole.push(text.to_string());
        }
        if let Some(singular) = plural_of {
            forms.extend(respelled(&singular));
            forms.push(singular);
        }
        // A possessive's owner, as a whole word (`children's fever`, where the texts say
        // "children"; `bell's` is not the "belly" of other texts); whom a complaint is for, in
        // every word of its group, whole.
        let (owner, group) = (owner(text), whom(text));
        if owner.is_some() || group.is_some() {
            whole.push(text.to_string());
        }
        if let Some(owner) = owner {
            forms.push(owner.to_string());
            whole.push(owner.to_string());
        }
        for word in group.unwrap_or("").split(' ') {
            if !word.is_empty() && word != text && Some(word) != owner {
                forms.push(word.to_string());
                whole.push(word.to_string());
            }
        }
        let stands_for = |word: &str| prose?.stands_for(word);
        let stands_for = stands_for(text).or_else(|| forms.iter().find_map(|f| stands_for(f)));
        let codes = catalog::readings(text).into_iter().map(|(_, p)| p).collect();
        Word { text: text.to_string(), forms, stands_for, codes, inside: Vec::new(), whole, terms }
    }

    /// Whether `text` holds the word's words standing together: the word itself where it is a
    /// phrase (`cold feet`), or a term of the texts it stands for ([`Word::terms`]).
    fn together_in(&self, text: &str) -> bool {
        let phrase = self.text.contains(' ').then_some(self.text.as_str());
        phrase.into_iter().chain(self.terms.iter().map(String::as_str)).any(|words| self.held(text, words))
    }

    /// Whether the word names pregnancy: it stands for the caution kind (`pregnant`, `孕妇`) or
    /// is its label in a language (`pregnancy`, 孕期).
    fn is_pregnancy(&self) -> bool {
        self.stands_for == Some(PREGNANCY) || Lang::ALL.iter().any(|l| fold(l.caution(PREGNANCY)) == self.text)
    }

    /// Keeps `name`, the name of the condition or caution kind `other`, in [`Word::inside`] if
    /// it holds the word and is not its own.
    fn bind(&mut self, other: &'static str, name: &str) {
        let Some(key) = self.stands_for.filter(|_| self.text.chars().any(is_han)) else {
            return;
        };
        if other != key && name != self.text && name.contains(self.text.as_str()) && !self.inside.iter().any(|n| n == name) {
            self.inside.push(name.to_string());
        }
    }

    /// Whether `text` holds `form`, a form of the word ([`holds`]), other than inside the
    /// names of other conditions that hold it ([`Word::inside`]).
    fn held(&self, text: &str, form: &str) -> bool {
        let within = |name: &String| text.matches(name.as_str()).count() * name.matches(form).count();
        self.held_at(text, form).next().is_some() && (self.inside.is_empty() || text.matches(form).count() > self.inside.iter().map(within).sum::<usize>())
    }

    /// Whether a point's location texts, folded, hold the word; a phrase's words apart (`top of
    /// the head`, a phrase for "vertex", is the patient's "on the top of the head").
    fn placed(&self, place: &str) -> bool {
        self.said(|f| self.held(place, f)) || self.text.contains(' ') && self.text.split(' ').all(|part| holds(place, part, false))
    }

    /// Whether the word names the point, by a code or by its name whole (`三阴交` in `三阴交
    /// 孕妇`): from its index entry, which holds the names compacted ([`Entry::named`]), not by
    /// compacting every name again as [`catalog::points_named`] does (about 1 ms natively).
    fn names(&self, point: &'static Point, entry: &Entry) -> bool {
        self.codes.iter().any(|p| std::ptr::eq(*p, point)) || entry.named(&self.text)
    }

    /// Whether the point's built-in text (`entry`), its prose texts, or its code or name as the
    /// word names it, find the word; a syllable anywhere in its pinyin (`san li` finds Zusanli),
    /// where [`holds`] would want it at a word's start; not a form found only whole ([`Word::whole`]: `men` is not a
    /// syllable of Shenmen's).
    fn found(&self, point: &'static Point, entry: &Entry, prose: &str) -> bool {
        let syllable = |f: &str| !self.whole.iter().any(|w| w == f) && entry.pinyin.contains(f);
        self.names(point, entry) || self.said(|f| self.held(&entry.text, f) || self.held(prose, f) || syllable(f))
    }

    /// Whether the point has what the word stands for ([`Word::stands_for`]); `counterpart`
    /// whether it has a dry-needling counterpart.
    fn stands_in(&self, point: &Point, counterpart: bool) -> bool {
        self.stands_for.is_some_and(|key| if key == DRY_NEEDLING { counterpart } else { has(point, key) })
    }

    /// Whether `found` finds the word as typed or in another of its forms.
    fn said(&self, found: impl Fn(&str) -> bool) -> bool {
        found(&self.text) || self.forms.iter().any(|f| found(f))
    }

    /// Where `text` holds `form`, a form of the word ([`held_at`]; a `whole` form only as a
    /// word of the text).
    fn held_at<'a>(&self, text: &'a str, form: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        held_at(text, form, self.whole.iter().any(|w| w == form))
    }

    /// How near the start of one of a folded text's lines (its texts, one a line; of their first
    /// sentences only, if `first_sentence`) the word is first held, in bytes; `None` where no
    /// line holds it.
    fn first_at(&self, text: &str, first_sentence: bool) -> Option<usize> {
        let mut first: Option<usize> = None;
        for line in text.split('\n') {
            let end = SENTENCE_ENDS.iter().filter_map(|stop| line.find(stop)).min().filter(|_| first_sentence);
            let line = end.map_or(line, |end| &line[..end]);
            self.marks(line, |start, _| first = Some(first.map_or(start, |f| f.min(start))));
        }
        first
    }

    /// Where `text` holds the word as typed or in another of its forms: `mark(start, end)`
    /// for each, in bytes.
    fn marks(&self, text: &str, mut mark: impl FnMut(usize, usize)) {
        let mut each = |form: &str| {
            for (start, end) in self.held_at(text, form) {
                mark(start, end);
            }
        };
        each(&self.text);
        for form in &self.forms {
            each(form);
        }
    }
}

/// Parts of words spelled one way in British English and another in American, in pairs (the
/// British first, a space, the American) parted by commas: one string, not a table of pairs,
/// whose pointers would take twice its bytes in the first path's wasm. The texts are British
/// (`diarrhoea`, `labour`, `centre`) with a few words in the American spelling (`hemiplegia`,
/// `fetus`), and readers type either.
const SPELLINGS: &str = "diarrhoea diarrhea,dyspnoea dyspnea,menorrhoea menorrhea,leucorrhoea leukorrhea,\
    apnoea apnea,haemorrh hemorrh,haemat hemat,anaemi anemi,ischaemi ischemi,leukaemi leukemi,\
    oedema edema,gynaec gynec,paediatr pediatr,orthopaed orthoped,oesophag esophag,\
    foetus fetus,foetal fetal,faeces feces,oestrogen estrogen,caesarean cesarean,\
    anaesthe anesthe,aetiolog etiolog,ageing aging,centre center,fibre fiber,litre liter,\
    labour labor,behaviour behavior,colour color,tumour tumor,odour odor,humour humor,\
    paralys paralyz";

/// A folded word in its other spelling, British or American ([`SPELLINGS`]): `diarrhea` →
/// `diarrhoea`, `oedema` → `edema`; `None` for a word spelled one way. The British form is
/// looked for first, as some hold the American (`oedema` holds `edema`).
fn respelled(word: &str) -> Option<String> {
    SPELLINGS.split(',').find_map(|pair| {
        let (british, american) = pair.split_once(' ')?;
        if word.contains(british) {
            Some(word.replace(british, american))
        } else {
            word.contains(american).then(|| word.replace(american, british))
        }
    })
}

/// Whether `c` parts a query's words: a space, or a bracket or list mark (see [`words`]).
fn parts_words(c: char) -> bool {
    c.is_whitespace() || "()[],;/、。【】".contains(c)
}

/// A folded query's words; two or three of them that make a search phrase of the prose file
/// (`hot flushes`, `hay fever`, `pins needles` from "pins and needles", `low blood pressure`)
/// are one word, standing for what the phrase stands for, as typed or with each word read as
/// the one word it stands for (`two inches`: the phrase "2 cun"). Without `PLACED`, without the
/// prose file ([`Query::new`]).
fn words<const PLACED: bool>(query: &str, prose: Option<&ProseIndex>) -> Vec<Word> {
    let prose = prose.filter(|_| PLACED);
    let mut words: Vec<Word> = Vec::new();
    // Brackets and list marks part words too: a name with its code as the cards write it
    // (`足三里（ST36）`, folded to `足三里(st36)`), `LI4/Hegu`, `头痛、失眠`.
    for token in query.split(parts_words).filter(|t| !t.is_empty()) {
        // The phrase this word ends, with the word before it or the two before.
        // (Built in a loop, not joined: a kilobyte less of the main module.)
        let phrase = (1..=if PLACED { words.len().min(2) } else { 0 }).find_map(|before| {
            let start = words.len() - before;
            // (As read only where a word reads otherwise: not the same look-up twice.)
            [false, true].into_iter().find_map(|as_read| {
                let (mut phrase, mut other) = (String::new(), false);
                for word in words[start..].iter().map(|w| w.text.as_str()).chain([token]) {
                    let read = if as_read { read(word, prose) } else { word };
                    other |= read != word;
                    phrase.push_str(read);
                    phrase.push(' ');
                }
                phrase.pop();
                (as_read == other && prose.is_some_and(|p| p.meaning(&phrase).is_some())).then_some((start, phrase))
            })
        });
        match phrase {
            Some((start, phrase)) => {
                words.truncate(start);
                words.push(Word::new::<PLACED>(&phrase, prose));
            }
            None => words.push(Word::new::<PLACED>(token, prose)),
        }
    }
    words
}

/// The one word a folded word stands for in the prose file's search words (`two`: "2",
/// `inches`: "cun"), else the word.
fn read<'a>(word: &'a str, prose: Option<&'a ProseIndex>) -> &'a str {
    match prose.and_then(|p| p.meaning(word)) {
        Some(Meaning::Word(read)) if !read.contains(['|', ' ']) => read,
        _ => word,
    }
}

/// An English plural's singular, or a stem of it that search finds inside it (search matches
/// within words): `allergies` → `allergy`, `migraines` → `migraine`, `flushes` → `flush`,
/// `headaches` → `headach`. Not after `ss`, `us` or `is` (`abscess`, `sinus`, `paralysis`); `None`
/// for any other word.
fn singular(word: &str) -> Option<String> {
    if word.len() < 4 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return Some(stem.to_string() + "y");
    }
    if let Some(stem) = word.strip_suffix("es").filter(|s| s.ends_with("sh") || s.ends_with("ch") || s.ends_with('x')) {
        return Some(stem.to_string());
    }
    word.strip_suffix('s').filter(|stem| !stem.ends_with(['s', 'u', 'i'])).map(str::to_string)
}

/// A possessive's owner: `child's` → `child`; `None` for any other word.
fn owner(word: &str) -> Option<&str> {
    word.strip_suffix("'s").filter(|o| o.len() > 1 && o.bytes().all(|b| b.is_ascii_lowercase()))
}

/// The caution kind of the points to avoid in pregnancy.
const PREGNANCY: &str = "pregnancy";

/// Whether a pregnancy caution names the point: last, and said to be so, in a search for a
/// complaint in pregnancy ([`Found::pregnant`]).
pub fn cautioned_in_pregnancy(point: &Point) -> bool {
    has(point, PREGNANCY)
}

/// Whether the point has the condition tag or the caution kind `key`.
fn has(point: &Point, key: &str) -> bool {
    point.conditions.keys().any(|k| k == key) || point.cautions.iter().any(|c| c.kind() == key)
}
