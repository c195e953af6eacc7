//! Reading and validating the human-edited catalog in `points/`.
//!
//! `build.rs` compiles this file to bake the catalog into the binary; the native tests use it
//! to prove that each kind of bad data is rejected with a message naming the file and the
//! point. Every check returns an error, never panics.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

/// One problem in the catalog sources.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceError {
    /// The file, relative to the crate root (`points/meridians/BL.toml`).
    pub file: String,
    /// The point's code, or the comparison's id, where known.
    pub item: Option<String>,
    pub message: String,
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.item {
            Some(item) => write!(f, "{}: {}: {}", self.file, item, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

fn error(file: &str, item: Option<&str>, message: impl Into<String>) -> SourceError {
    SourceError { file: file.to_string(), item: item.map(str::to_string), message: message.into() }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    pub meridian: Vec<MeridianRecord>,
    pub region: BTreeMap<String, String>,
    pub condition: BTreeMap<String, String>,
    pub caution: BTreeMap<String, String>,
    /// The caution kinds in a patient's words: the keys of `caution`.
    pub caution_plain: BTreeMap<String, String>,
    pub angle: BTreeMap<String, String>,
    /// The figures' named landmarks (`src/figure.rs`), as the overlay labels them in English:
    /// every landmark of every figure, and no other.
    pub landmark: BTreeMap<String, String>,
    /// The how-to-find guide's words (`src/guide.rs`).
    pub guide: crate::prose::GuideWords,
    /// Words readers type for a condition or a caution kind that its labels do not hold
    /// (`pregnant`, `backache`): word → a key of `condition` or `caution`.
    #[serde(default)]
    pub search: BTreeMap<String, String>,
    /// Words readers type for what must not wait (`heart attack`, `suicidal`, `baby not
    /// moving`), which no point is for: word → its kind.
    #[serde(default)]
    pub urgent: BTreeMap<String, crate::prose::Urgent>,
    /// The points most used for a complaint, most used first: the complaint as the English
    /// texts write it → codes ([`crate::prose::SearchWords::most_used`]).
    #[serde(default)]
    pub most_used: BTreeMap<String, Vec<String>>,
}


/// The vocabulary's labels in another language (`points/translations/<tag>.toml`): every key
/// of the vocabulary, and no other.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    pub meridian: BTreeMap<String, String>,
    pub region: BTreeMap<String, String>,
    pub condition: BTreeMap<String, String>,
    pub caution: BTreeMap<String, String>,
    pub caution_plain: BTreeMap<String, String>,
    pub angle: BTreeMap<String, String>,
    /// The figure's named landmarks (`src/figure.rs`), as the overlay labels them.
    pub landmark: BTreeMap<String, String>,
    pub guide: crate::prose::GuideWords,
    /// This language's words for a condition or a caution kind, as `Vocabulary::search` (its
    /// own words, not translations of the English ones).
    #[serde(default)]
    pub search: BTreeMap<String, String>,
    /// This language's words for what must not wait, as `Vocabulary::urgent`.
    #[serde(default)]
    pub urgent: BTreeMap<String, crate::prose::Urgent>,
    /// The complaints of `Vocabulary::most_used` as this language's texts write them: its
    /// word → the English one (several words may name one complaint: 咽痛 and 咽喉肿痛).
    #[serde(default)]
    pub most_used: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeridianRecord {
    pub code: String,
    pub name: String,
    /// Other English names texts give it (`Urinary Bladder`, `San Jiao`).
    #[serde(default)]
    pub other_names: Vec<String>,
    pub points: u8,
    #[serde(default)]
    pub kind: crate::model::MeridianKind,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub fr: Vec<String>,
    #[serde(default)]
    pub de: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PointRecord {
    pub code: String,
    pub meridian: String,
    pub number: u8,
    pub pinyin: String,
    pub pinyin_tones: String,
    pub hanzi: String,
    pub hanzi_traditional: String,
    /// The name as China's national standard (GB/T 12346) writes it, where that differs from
    /// the WHO's (GB22 渊腋, TE18 瘛脉), in each script: both or neither.
    pub hanzi_national: Option<String>,
    pub hanzi_national_traditional: Option<String>,
    /// The code China's national standard gives the point, where it counts it otherwise than the
    /// WHO (EX-HN3 is its GV29): a meridian's code and a number past its last WHO point.
    pub code_national: Option<String>,
    /// The other name readers know the point by, beside the WHO's, where it has a common one
    /// (GV26 Shuigou is Renzhong, 人中, to most of them): found by search, `selected` and
    /// `select()`, and named on the card.
    pub other_name: Option<OtherNameRecord>,
    /// Other English renderings of the name that readers meet in books and articles, beside
    /// `english` (PC6's Inner Pass is many patients' Inner Gate): found by search and named on
    /// the English card.
    #[serde(default)]
    pub other_english: Vec<String>,
    pub english: String,
    pub region: String,
    pub location: String,
    /// The WHO alternative location, where the standard gives one (LI19, LI20, GB30, GV26,
    /// PC8, PC9).
    pub alternative: Option<String>,
    pub actions: Vec<String>,
    pub categories: Vec<String>,
    pub needling: NeedlingRecord,
    pub indications: Vec<IndicationRecord>,
    #[serde(default)]
    pub cautions: Vec<CautionRecord>,
    pub dry_needling: Option<DryNeedlingRecord>,
    /// How to find the point on a figure (see `src/locate.rs`): one recipe, or one per site
    /// for a point with several (`[[point.locate]]`); only a draft may lack it.
    pub locate: Option<Sites>,
    /// Where the WHO alternative location is drawn (`[point.alternative_locate]`), for a point
    /// with an `alternative` whose site the figure can show.
    pub alternative_locate: Option<crate::locate::Recipe>,
    /// Where the recipe places the point on each view that shows it: filled in by
    /// [`parse_point_file`], never read from the file.
    #[serde(skip)]
    pub views: BTreeMap<crate::figure::View, Vec<[f32; 2]>>,
    /// The alternative site's positions, per view, from `alternative_locate`.
    #[serde(skip)]
    pub alternative_views: BTreeMap<crate::figure::View, Vec<[f32; 2]>>,
    /// Plain words for patients (`points/patient/<MERIDIAN>.toml`), filled in by [`load_dir`].
    #[serde(skip)]
    pub patient: Option<PatientWords>,
}

/// A point's locating recipe, or one per site for a point with several (Jiaji, Baxie).
#[derive(Debug, Clone)]
pub enum Sites {
    One(crate::locate::Recipe),
    Many(Vec<crate::locate::Recipe>),
}

/// Read by hand rather than `#[serde(untagged)]`, so that a mistake inside a recipe is
/// reported as itself (`unknown field `lateal``), not as "no variant matched".
impl<'de> Deserialize<'de> for Sites {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        match toml::Value::deserialize(deserializer)? {
            toml::Value::Array(items) => items
                .into_iter()
                .map(|item| item.try_into().map_err(|e: toml::de::Error| D::Error::custom(e.message())))
                .collect::<Result<Vec<_>, _>>()
                .map(Sites::Many),
            one => one.try_into().map(Sites::One).map_err(|e: toml::de::Error| D::Error::custom(e.message())),
        }
    }
}

impl Sites {
    pub fn recipes(&self) -> &[crate::locate::Recipe] {
        match self {
            Sites::One(recipe) => std::slice::from_ref(recipe),
            Sites::Many(recipes) => recipes,
        }
    }
}

impl PointRecord {
    /// The `approximate` notes of the point's recipes: its sites' in order, then its
    /// alternative's. A translation gives one for each.
    pub fn approximate(&self) -> Vec<&str> {
        let sites = self.locate.iter().flat_map(|s| s.recipes());
        sites.chain(&self.alternative_locate).filter_map(|r| r.approximate.as_deref()).collect()
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedlingRecord {
    pub depth: [f32; 2],
    pub angle: String,
    pub note: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicationRecord {
    pub text: String,
    pub tags: Vec<String>,
}

/// A point's other name (`other_name`): its pinyin without and with tones, and its hanzi in
/// each script (another reading of the WHO's characters keeps them: CV17's 膻中 is
/// read Dànzhōng by the WHO, Shānzhōng by many).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherNameRecord {
    pub pinyin: String,
    pub pinyin_tones: String,
    pub hanzi: String,
    pub hanzi_traditional: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CautionRecord {
    pub kind: String,
    pub text: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DryNeedlingRecord {
    pub muscles: Vec<String>,
    pub note: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComparisonRecord {
    pub id: String,
    pub title: String,
    pub caption: String,
    pub columns: Vec<String>,
    pub row: Vec<ComparisonRowRecord>,
    #[serde(default)]
    pub source: Vec<SourceRecord>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComparisonRowRecord {
    pub aspect: String,
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRecord {
    pub key: String,
    pub text: String,
}

/// A point's prose in another language (`points/translations/<tag>/<MERIDIAN>.toml`): the
/// English fields, item for item (`indications[i]` is the text of the `i`th English indication,
/// and so on), and the patient's plain words.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslatedPoint {
    pub code: String,
    pub location: String,
    /// The needling note.
    pub needling: String,
    pub actions: Vec<String>,
    pub categories: Vec<String>,
    pub indications: Vec<String>,
    #[serde(default)]
    pub cautions: Vec<String>,
    pub dry_needling: Option<DryNeedlingRecord>,
    /// The WHO alternative location, where the English has one.
    pub alternative: Option<String>,
    /// The English recipes' `approximate` notes, one for one ([`PointRecord::approximate`]).
    #[serde(default)]
    pub approximate: Vec<String>,
    /// Plain words for patients (required).
    pub patient: Option<PatientWords>,
}

/// What a patient reads about a point: where it is and what it is for in everyday words, and
/// what each caution means for them (one per caution, in order).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatientWords {
    pub location: String,
    pub uses: String,
    #[serde(default)]
    pub cautions: Vec<String>,
}

/// A point's plain words in English (`points/patient/<MERIDIAN>.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PatientEntry {
    code: String,
    location: String,
    uses: String,
    #[serde(default)]
    cautions: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PatientFile {
    #[serde(default)]
    point: Vec<PatientEntry>,
}

/// What a patient must never be shown, in `tag`'s words: a needling depth, angle or technique.
pub fn practitioner_words(text: &str, tag: &str) -> Option<String> {
    let terms: &[&str] = if tag.starts_with("zh") {
        &["直刺", "斜刺", "平刺", "进针", "進針", "提插", "捻转", "捻轉", "寸"]
    } else {
        &["cun", "perpendicular", "oblique", "transverse", "depth", "insert", "thrust", "twirl"]
    };
    let lower = text.to_lowercase();
    let finger_cun = tag.starts_with("zh") && lower.contains("同身寸");
    terms.iter().find(|t| lower.contains(*t) && !(finger_cun && **t == "寸")).map(|t| t.to_string())
}

/// The `.toml` files directly in `folder`, by name; `None` when it cannot be read (is not there).
fn toml_files(folder: &Path) -> Option<Vec<String>> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    Some(names)
}

/// Reads the English plain words (`points/patient/*.toml`) into each point: every point has
/// them, one sentence per caution, and none of a practitioner's words.
fn load_patient_words(dir: &Path, points: &mut [PointRecord], errors: &mut Vec<SourceError>) {
    let folder = dir.join("patient");
    for name in toml_files(&folder).unwrap_or_default() {
        let file = format!("points/patient/{name}");
        let parsed = std::fs::read_to_string(folder.join(&name))
            .map_err(|e| e.to_string())
            .and_then(|text| toml::from_str::<PatientFile>(&text).map_err(|e| e.to_string()));
        let entries = match parsed {
            Ok(parsed) => parsed.point,
            Err(e) => {
                errors.push(error(&file, None, e));
                continue;
            }
        };
        for entry in entries {
            let Some(point) = points.iter_mut().find(|p| p.code == entry.code) else {
                errors.push(error(&file, Some(&entry.code), "no such point in the catalog"));
                continue;
            };
            let item = Some(entry.code.as_str());
            if point.patient.is_some() {
                errors.push(error(&file, item, "plain words given twice"));
            }
            if entry.cautions.len() != point.cautions.len() {
                errors.push(error(&file, item, format!("{} cautions where the point has {}", entry.cautions.len(), point.cautions.len())));
            }
            for text in [&entry.location, &entry.uses].into_iter().chain(&entry.cautions) {
                if text.trim().is_empty() {
                    errors.push(error(&file, item, "an empty text"));
                } else if let Some(word) = practitioner_words(text, "en") {
                    errors.push(error(&file, item, format!("a practitioner's word (\"{word}\") in a patient's text")));
                }
            }
            point.patient = Some(PatientWords { location: entry.location, uses: entry.uses, cautions: entry.cautions });
        }
    }
    for point in points.iter().filter(|p| p.patient.is_none()) {
        errors.push(error("points/patient", Some(&point.code), "no plain words for patients"));
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslatedPointFile {
    #[serde(default)]
    point: Vec<TranslatedPoint>,
}

/// A caution that follows from where a point lies (`points/rules.toml`): every point of
/// `regions` gets it, worded once.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionCaution {
    pub kind: String,
    pub regions: Vec<String>,
    pub text: String,
    /// What it means for a patient, in plain words.
    pub patient: String,
    /// The same in each other language, by tag.
    #[serde(default)]
    pub translations: BTreeMap<String, RuleText>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleText {
    pub text: String,
    pub patient: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    #[serde(default)]
    caution: Vec<RegionCaution>,
}

/// Reads `points/rules.toml`: each rule's kind and regions must be in the vocabulary, and each
/// language with translations must have its words.
pub fn parse_rules(file: &str, text: &str, vocabulary: &Vocabulary, languages: &[String]) -> Result<Vec<RegionCaution>, Vec<SourceError>> {
    let rules = toml::from_str::<RulesFile>(text).map_err(|e| vec![error(file, None, e.to_string())])?.caution;
    let mut errors = Vec::new();
    for rule in &rules {
        let item = Some(rule.kind.as_str());
        if !vocabulary.caution.contains_key(&rule.kind) {
            errors.push(error(file, item, format!("unknown caution kind {}", rule.kind)));
        }
        for region in &rule.regions {
            if !vocabulary.region.contains_key(region) {
                errors.push(error(file, item, format!("unknown region {region}")));
            }
        }
        if rule.text.trim().is_empty() || rule.patient.trim().is_empty() {
            errors.push(error(file, item, "text and patient must not be empty"));
        }
        for tag in languages {
            match rule.translations.get(tag) {
                None => errors.push(error(file, item, format!("no {tag} translation"))),
                Some(t) => {
                    for (field, value) in [("text", &t.text), ("patient", &t.patient)] {
                        if value.trim().is_empty() {
                            errors.push(error(file, item, format!("{tag} {field} is empty")));
                        } else if let Some(word) = untranslated(value, tag, false) {
                            errors.push(error(file, item, format!("{tag} {field} still holds English (\"{word}\")")));
                        }
                    }
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(rules)
    } else {
        Err(errors)
    }
}

/// Gives every point of a rule's regions the rule's caution, first, in English and in every
/// translation (patient words included); a point that states the rule's kind itself is refused.
fn apply_rules(rules: &[RegionCaution], points: &mut [PointRecord], prose: &mut [ProseTranslation], errors: &mut Vec<SourceError>) {
    for rule in rules {
        for point in points.iter_mut().filter(|p| rule.regions.contains(&p.region)) {
            if point.cautions.iter().any(|c| c.kind == rule.kind) {
                errors.push(error(
                    "points/rules.toml",
                    Some(&point.code),
                    format!("states its own {} caution, which the rule for its region gives it: remove it", rule.kind),
                ));
                continue;
            }
            point.cautions.insert(0, CautionRecord { kind: rule.kind.clone(), text: rule.text.clone() });
            if let Some(patient) = &mut point.patient {
                patient.cautions.insert(0, rule.patient.clone());
            }
            for (tag, translated) in prose.iter_mut() {
                let (Some(words), Some(t)) = (rule.translations.get(tag.as_str()), translated.get_mut(&point.code)) else { continue };
                t.cautions.insert(0, words.text.clone());
                if let Some(patient) = &mut t.patient {
                    patient.cautions.insert(0, words.patient.clone());
                }
            }
        }
    }
}

/// A language's translated prose: the language tag and each point's, by code.
pub type ProseTranslation = (String, BTreeMap<String, TranslatedPoint>);

/// The whole validated catalog.
#[derive(Debug)]
pub struct Catalog {
    pub vocabulary: Vocabulary,
    /// The channels' courses (`points/courses.toml`), each run as its stops.
    pub courses: Vec<(String, Vec<Vec<Stop>>)>,
    /// The condition guides (`points/guides/*.toml`), by id.
    pub guides: Vec<crate::condition_guide::GuideRecord>,
    /// The guides in each language with a folder in `points/guides/`.
    pub guide_translations: Vec<(String, Vec<crate::condition_guide::GuideRecord>)>,
    /// In meridian order (as listed in the vocabulary), then by number.
    pub points: Vec<PointRecord>,
    pub comparisons: Vec<ComparisonRecord>,
    /// Language tag (the file's name) and its labels.
    pub translations: Vec<(String, Translation)>,
    /// The points' prose in each language that has a folder in `points/translations/`.
    pub prose_translations: Vec<ProseTranslation>,
    /// The comparison tables in each language that has a folder in `points/comparisons/`.
    pub comparison_translations: Vec<(String, Vec<ComparisonRecord>)>,
}

impl Catalog {
    /// The problems of language `tag`'s `[search]` table (the vocabulary's for `en`, else its
    /// translation's), each naming its file: an entry that stands for neither a condition tag,
    /// a caution kind, [`crate::prose::DRY_NEEDLING`] nor a complaint of `[most_used]` (`menstrual
    /// cramps`: period pain, whose points search lists first) stands for a word of what search reads
    /// in that language, which must hold it: `texts`, its points' searchable texts
    /// ([`crate::prose::ProseFile::searchable_text`]), or the labels every point's own text holds
    /// in every language (its region's, conditions' and caution kinds' names:
    /// `crate::search::searchable_text`; `膝盖` for 膝部, the knee's region), or in English the
    /// points' English names, which search finds too (`heavenly` for "Celestial"); each of
    /// several words a `|` apart (`five shu`: "(wood) point|(fire) point|…"). A word readers type
    /// must lead to what the texts write, or, standing for nothing (an empty value), find no
    /// point: a complaint no point's texts treat.
    pub fn search_problems(&self, tag: &str, texts: &str) -> Vec<String> {
        let v = &self.vocabulary;
        let (file, table) = match self.translations.iter().find(|(t, _)| t == tag) {
            Some((_, translation)) => (format!("points/translations/{tag}.toml"), &translation.search),
            None => ("points/vocabulary.toml".to_string(), &v.search),
        };
        let mut labels = vec![&v.region, &v.condition, &v.caution, &v.caution_plain];
        for (_, t) in &self.translations {
            labels.extend([&t.region, &t.condition, &t.caution, &t.caution_plain]);
        }
        let mut labels: Vec<String> = labels.into_iter().flat_map(|table| table.values()).map(|label| crate::text::fold(label)).collect();
        if tag == "en" {
            labels.extend(self.points.iter().flat_map(|p| [&p.english].into_iter().chain(&p.other_english)).map(|name| crate::text::fold(name)));
        }
        let read = |word: &str| texts.contains(word) || labels.iter().any(|label| label.contains(word));
        let key = |value: &str| v.condition.contains_key(value) || v.caution.contains_key(value) || value == crate::prose::DRY_NEEDLING || v.most_used.contains_key(value);
        table
            .iter()
            .filter(|(_, value)| !value.is_empty() && !key(value) && !value.split('|').all(|v| read(&crate::text::fold(v))))
            .map(|(word, value)| format!("{file}: [search] {word} stands for {value}, which is not a condition, a caution kind, {}, a complaint of [most_used] or a word of the {tag} texts", crate::prose::DRY_NEEDLING))
            .collect()
    }

    /// The points search lists first for each complaint a translation's `[most_used]` word may
    /// stand for: the vocabulary's `[most_used]`, and each condition guide's points by its
    /// English title (`Neck pain`), for a reader's words its translated title does not hold
    /// (脖子痛, where the guide is 颈痛).
    pub fn complaints(&self) -> BTreeMap<String, Vec<String>> {
        let mut lists = self.vocabulary.most_used.clone();
        for guide in &self.guides {
            lists.entry(guide.title.clone()).or_insert_with(|| guide.points.clone());
        }
        lists
    }

    /// The problems of language `tag`'s `[most_used]` table (the vocabulary's for `en`, else
    /// its translation's), each naming its file, `file` being that language's prose: a code the
    /// catalog lacks or a list naming a point twice, a translation's complaint that is none of
    /// the vocabulary's, and a point listed that search would not find by any of the language's
    /// words for the complaint: its searchable texts ([`crate::prose::PointProse::searchable`])
    /// hold none (every word of it, apart as search finds them: LU11's "sore, swollen throat"
    /// for `sore throat`), nor does it have the condition that one is, or stands for in the
    /// language's `[search]` (`period pain`: gynaecological, which SP6's "painful …
    /// menstruation" is). Search would put first a point whose card does not name the complaint.
    pub fn most_used_problems(&self, tag: &str, file: &crate::prose::ProseFile) -> Vec<String> {
        let lists = self.complaints();
        let (path, words, search): (String, Vec<(&String, &String)>, _) = match self.translations.iter().find(|(t, _)| t == tag) {
            Some((_, translation)) => (format!("points/translations/{tag}.toml"), translation.most_used.iter().collect(), &translation.search),
            None => ("points/vocabulary.toml".to_string(), self.vocabulary.most_used.keys().map(|k| (k, k)).collect(), &self.vocabulary.search),
        };
        let mut problems = Vec::new();
        for (word, english) in &words {
            if !lists.contains_key(*english) {
                problems.push(format!("{path}: [most_used] {word} stands for {english}, which is not a complaint of [most_used] in points/vocabulary.toml nor a condition guide's title"));
            }
        }
        for (english, codes) in &lists {
            let said: Vec<String> = words.iter().filter(|(_, e)| *e == english).map(|(w, _)| crate::text::fold(w)).collect();
            if said.is_empty() {
                continue;
            }
            let mut conditions: Vec<&String> = words.iter().filter(|(_, e)| *e == english).filter_map(|(w, _)| search.get(*w)).collect();
            conditions.extend(Some(english).filter(|e| self.vocabulary.condition.contains_key(*e)));
            for (i, code) in codes.iter().enumerate() {
                if codes[..i].contains(code) {
                    problems.push(format!("{path}: [most_used] {english} lists {code} twice"));
                }
                let Some(prose) = file.points.get(code) else {
                    problems.push(format!("{path}: [most_used] {english} lists {code}, which is not a point of the catalog"));
                    continue;
                };
                let texts = crate::text::fold(&prose.searchable().join("\n"));
                let tagged = self.points.iter().find(|p| &p.code == code).is_some_and(|p| p.indications.iter().any(|i| i.tags.iter().any(|t| conditions.contains(&t))));
                if !said.iter().any(|w| w.split(' ').all(|part| texts.contains(part))) && !tagged {
                    problems.push(format!("{path}: [most_used] {english} lists {code}, whose {tag} texts do not name it ({})", said.join(", ")));
                }
            }
        }
        problems
    }
}

pub fn parse_vocabulary(file: &str, text: &str) -> Result<Vocabulary, SourceError> {
    let vocabulary: Vocabulary = toml::from_str(text).map_err(|e| error(file, None, e.to_string()))?;
    let mut seen = BTreeSet::new();
    for m in &vocabulary.meridian {
        if !seen.insert(m.code.as_str()) {
            return Err(error(file, None, format!("meridian {} is listed twice", m.code)));
        }
    }
    // Within one notation (the WHO codes and that notation's own), a code means one meridian.
    let notations: [(&str, fn(&MeridianRecord) -> &[String]); 3] = [("en", |m| &m.aliases), ("fr", |m| &m.fr), ("de", |m| &m.de)];
    for (notation, own) in notations {
        let mut codes: BTreeMap<String, &str> = BTreeMap::new();
        for m in &vocabulary.meridian {
            for code in std::iter::once(&m.code).chain(own(m)) {
                let folded = code.to_lowercase();
                match codes.get(&folded) {
                    Some(other) if *other != m.code => {
                        return Err(error(file, None, format!("{code} means both {other} and {} in the {notation} notation", m.code)));
                    }
                    _ => {
                        codes.insert(folded, &m.code);
                    }
                }
            }
        }
    }
    // A meridian's names read as its code (`Liver 3` is LR3), so each, folded as a code is, means
    // one meridian and is no meridian's code in any notation.
    let codes: BTreeMap<String, &str> = vocabulary
        .meridian
        .iter()
        .flat_map(|m| std::iter::once(&m.code).chain(&m.aliases).chain(&m.fr).chain(&m.de).map(move |c| (crate::text::compact_code(c), m.code.as_str())))
        .collect();
    let mut names: BTreeMap<String, &str> = BTreeMap::new();
    for m in &vocabulary.meridian {
        for name in std::iter::once(&m.name).chain(&m.other_names) {
            let folded = crate::text::compact_code(name);
            if let Some(other) = codes.get(&folded).or(names.get(&folded).filter(|other| **other != m.code)) {
                return Err(error(file, None, format!("the name `{name}` of {} reads as {other}'s code or name", m.code)));
            }
            names.insert(folded, &m.code);
        }
    }
    // The overlay names every landmark the figures draw, and only those.
    let drawn: BTreeSet<&str> = crate::figure::FIGURES.iter().flat_map(|f| f.landmarks().iter().map(|(name, _, _)| *name)).collect();
    let unlabelled: Vec<&str> = drawn.iter().copied().filter(|k| !vocabulary.landmark.contains_key(*k)).collect();
    let unknown: Vec<&str> = vocabulary.landmark.keys().map(String::as_str).filter(|k| !drawn.contains(k)).collect();
    let empty: Vec<&str> = vocabulary.landmark.iter().filter(|(_, l)| l.trim().is_empty()).map(|(k, _)| k.as_str()).collect();
    for (problem, keys) in [("no label", unlabelled), ("not on any figure", unknown), ("an empty label", empty)] {
        if !keys.is_empty() {
            return Err(error(file, None, format!("[landmark] {problem}: {}", keys.join(", "))));
        }
    }
    let problems = check_guide_words(&vocabulary.guide, &vocabulary, "en");
    if let Some(problem) = problems.first() {
        return Err(error(file, None, problem.clone()));
    }
    // Every caution kind in a patient's words, and only those.
    let kinds: BTreeSet<&String> = vocabulary.caution.keys().collect();
    let plain: BTreeSet<&String> = vocabulary.caution_plain.keys().collect();
    if let Some(key) = kinds.symmetric_difference(&plain).next() {
        let problem = if kinds.contains(key) { "has no plain words" } else { "is not a caution kind" };
        return Err(error(file, None, format!("[caution_plain] {key} {problem}")));
    }
    if let Some((key, word)) = vocabulary.caution_plain.iter().find_map(|(k, t)| practitioner_words(t, "en").map(|w| (k, w))) {
        return Err(error(file, None, format!("[caution_plain] {key} holds a practitioner's word (\"{word}\")")));
    }
    if let Some(problem) = check_search_words(&vocabulary.search, &vocabulary.urgent).first() {
        return Err(error(file, None, problem.clone()));
    }
    // Point::conditions is a 64-bit set, one bit per condition tag.
    if vocabulary.condition.len() > 64 {
        return Err(error(file, None, format!("{} condition tags; the widget holds at most 64", vocabulary.condition.len())));
    }
    // A point holds its region, angle and cautions' kinds as rows of these tables, in a byte.
    for (table, keys) in [("region", &vocabulary.region), ("angle", &vocabulary.angle), ("caution", &vocabulary.caution)] {
        if keys.len() > 256 {
            return Err(error(file, None, format!("{} {table} keys; the widget holds at most 256", keys.len())));
        }
    }
    Ok(vocabulary)
}

/// Each way one language's guide words fail: a phrase whose placeholders are not exactly its
/// own, a patient's phrase or plain landmark name with a practitioner's word, a key that is not
/// a phrase, measurement or landmark. (A translation's keys are matched to the English apart.)
pub fn check_guide_words(words: &crate::prose::GuideWords, vocabulary: &Vocabulary, tag: &str) -> Vec<String> {
    use crate::guide::Phrase;
    let mut problems = Vec::new();
    for phrase in Phrase::ALL {
        let Some(text) = words.phrase.get(phrase.key()) else {
            problems.push(format!("[guide.phrase] {} is missing", phrase.key()));
            continue;
        };
        let mut given = crate::text::placeholders(text);
        given.sort_unstable();
        given.dedup();
        let mut wanted = phrase.placeholders().to_vec();
        wanted.sort_unstable();
        if given != wanted {
            problems.push(format!("[guide.phrase] {} holds {{{}}} where it takes {{{}}}", phrase.key(), given.join("}, {"), wanted.join("}, {")));
        }
        if text.trim().is_empty() && !phrase.may_be_empty() {
            problems.push(format!("[guide.phrase] {} is empty", phrase.key()));
        }
        if let Some(word) = phrase.for_patients().then(|| practitioner_words(text, tag)).flatten() {
            problems.push(format!("[guide.phrase] {} is for patients but holds a practitioner's word (\"{word}\")", phrase.key()));
        }
    }
    for key in words.phrase.keys().filter(|k| !Phrase::ALL.iter().any(|p| p.key() == k.as_str())) {
        problems.push(format!("[guide.phrase] {key} is not a phrase of src/guide.rs"));
    }
    let measurements: BTreeSet<&str> = crate::figure::MEASUREMENTS.iter().map(|m| m.name).collect();
    let given: BTreeSet<&str> = words.measurement.keys().map(String::as_str).collect();
    if given != measurements {
        let odd: Vec<&str> = given.symmetric_difference(&measurements).copied().collect();
        problems.push(format!("[guide.measurement] must name exactly the measurements of src/figure.rs; these differ: {}", odd.join(", ")));
    }
    let landmarks: BTreeSet<&str> = vocabulary.landmark.keys().map(String::as_str).collect();
    let plain: BTreeSet<&str> = words.landmark_plain.keys().map(String::as_str).collect();
    if plain != landmarks {
        let odd: Vec<&str> = plain.symmetric_difference(&landmarks).copied().collect();
        problems.push(format!("[guide.landmark_plain] must name exactly the landmarks of [landmark]; these differ: {}", odd.join(", ")));
    }
    for (key, text) in &words.landmark_plain {
        if let Some(word) = practitioner_words(text, tag) {
            problems.push(format!("[guide.landmark_plain] {key} holds a practitioner's word (\"{word}\")"));
        }
    }
    for key in words.landmark_hint.keys().filter(|k| !landmarks.contains(k.as_str())) {
        problems.push(format!("[guide.landmark_hint] {key} is not a landmark"));
    }
    for (table, map) in [("measurement", &words.measurement), ("landmark_plain", &words.landmark_plain), ("landmark_hint", &words.landmark_hint)] {
        for key in map.iter().filter(|(_, t)| t.trim().is_empty()).map(|(k, _)| k) {
            problems.push(format!("[guide.{table}] {key} is empty"));
        }
    }
    problems
}

/// The problems of a `[search]` table: each entry one word, or a phrase of two or three words
/// besides the filler search leaves out (`pins and needles`, `low blood pressure`), one space
/// apart (a query's words are matched one by one, a phrase's together). What it stands for, a
/// condition tag or caution kind, a word of the texts or nothing, is checked with the texts
/// ([`Catalog::search_problems`]). The same for the `[urgent]` table, none of whose words is
/// one of `[search]`.
fn check_search_words(words: &BTreeMap<String, String>, urgent: &BTreeMap<String, crate::prose::Urgent>) -> Vec<String> {
    let mut problems = Vec::new();
    for (table, word) in words.keys().map(|w| ("search", w)).chain(urgent.keys().map(|w| ("urgent", w))) {
        let count = word.split_whitespace().filter(|w| !crate::text::is_filler(&crate::text::fold(w))).count();
        if count == 0 || count > 3 || word.split_whitespace().collect::<Vec<_>>().join(" ") != *word {
            problems.push(format!("[{table}] {word:?} is not one word, two or three, one space apart"));
        }
    }
    problems.extend(urgent.keys().filter(|w| words.contains_key(*w)).map(|w| format!("[urgent] {w:?} is a word of [search] too")));
    problems
}

/// Parses a translation of the vocabulary and checks that it has exactly the vocabulary's keys.
pub fn parse_translation(file: &str, text: &str, vocabulary: &Vocabulary) -> Result<Translation, Vec<SourceError>> {
    let translation: Translation = toml::from_str(text).map_err(|e| vec![error(file, None, e.to_string())])?;
    let meridians: BTreeSet<&str> = vocabulary.meridian.iter().map(|m| m.code.as_str()).collect();
    let landmarks: BTreeSet<&str> = vocabulary.landmark.keys().map(String::as_str).collect();
    let tables: [(&str, BTreeSet<&str>, &BTreeMap<String, String>); 11] = [
        ("meridian", meridians, &translation.meridian),
        ("region", vocabulary.region.keys().map(String::as_str).collect(), &translation.region),
        ("condition", vocabulary.condition.keys().map(String::as_str).collect(), &translation.condition),
        ("caution", vocabulary.caution.keys().map(String::as_str).collect(), &translation.caution),
        ("caution_plain", vocabulary.caution.keys().map(String::as_str).collect(), &translation.caution_plain),
        ("angle", vocabulary.angle.keys().map(String::as_str).collect(), &translation.angle),
        ("landmark", landmarks.clone(), &translation.landmark),
        ("guide.phrase", vocabulary.guide.phrase.keys().map(String::as_str).collect(), &translation.guide.phrase),
        ("guide.measurement", vocabulary.guide.measurement.keys().map(String::as_str).collect(), &translation.guide.measurement),
        ("guide.landmark_plain", landmarks, &translation.guide.landmark_plain),
        ("guide.landmark_hint", vocabulary.guide.landmark_hint.keys().map(String::as_str).collect(), &translation.guide.landmark_hint),
    ];
    let tag = file.rsplit('/').next().unwrap_or(file).trim_end_matches(".toml");
    let mut errors: Vec<SourceError> =
        check_guide_words(&translation.guide, vocabulary, tag).into_iter().map(|m| error(file, None, m)).collect();
    errors.extend(check_search_words(&translation.search, &translation.urgent).into_iter().map(|m| error(file, None, m)));
    for (key, word) in translation.caution_plain.iter().filter_map(|(k, t)| practitioner_words(t, tag).map(|w| (k, w))) {
        errors.push(error(file, Some(key), format!("[caution_plain] {key} holds a practitioner's word (\"{word}\")")));
    }
    for (table, wanted, given) in tables {
        for key in given.keys().filter(|k| !wanted.contains(k.as_str())) {
            errors.push(error(file, Some(key), format!("[{table}] {key} is not in the vocabulary")));
        }
        for key in wanted.iter().filter(|k| !given.contains_key(**k)) {
            errors.push(error(file, Some(key), format!("[{table}] {key} has no translation")));
        }
        let may_be_empty = |key: &str| table == "guide.phrase" && crate::guide::Phrase::ALL.iter().any(|p| p.key() == key && p.may_be_empty());
        for (key, label) in given.iter().filter(|(k, l)| l.trim().is_empty() && !may_be_empty(k)) {
            errors.push(error(file, Some(key), format!("[{table}] {key} is empty ({label:?})")));
        }
    }
    if errors.is_empty() { Ok(translation) } else { Err(errors) }
}

/// Parses one meridian file: its `[[point]]` tables, each validated on its own, so one
/// message names each bad point.
pub fn parse_point_file(
    file: &str,
    text: &str,
    vocabulary: &Vocabulary,
) -> Result<Vec<PointRecord>, Vec<SourceError>> {
    parse_points(file, text, vocabulary, Stage::Built)
}

/// Whether points are built into the widget, or drafts (`points/drafts/`) still waiting for
/// their locating recipes: drafts are held to every other check.
#[derive(Clone, Copy, PartialEq)]
pub enum Stage {
    Built,
    Draft,
}

pub fn parse_points(
    file: &str,
    text: &str,
    vocabulary: &Vocabulary,
    stage: Stage,
) -> Result<Vec<PointRecord>, Vec<SourceError>> {
    let table: toml::Table = toml::from_str(text).map_err(|e| vec![error(file, None, e.to_string())])?;
    let mut errors = Vec::new();
    if let Some(key) = table.keys().find(|k| *k != "point") {
        errors.push(error(file, None, format!("unknown top-level key `{key}` (expected [[point]] tables)")));
    }
    let Some(toml::Value::Array(raw_points)) = table.get("point") else {
        errors.push(error(file, None, "no [[point]] tables"));
        return Err(errors);
    };
    let mut points = Vec::new();
    for (index, raw) in raw_points.iter().enumerate() {
        let label = raw
            .get("code")
            .and_then(toml::Value::as_str)
            .map_or_else(|| format!("point #{}", index + 1), str::to_string);
        match raw.clone().try_into::<PointRecord>() {
            Ok(mut point) => match validate_point(&mut point, vocabulary, stage) {
                Ok(()) => points.push(point),
                Err(messages) => {
                    errors.extend(messages.into_iter().map(|m| error(file, Some(&label), m)))
                }
            },
            Err(e) => errors.push(error(file, Some(&label), e.message().to_string())),
        }
    }
    if errors.is_empty() {
        Ok(points)
    } else {
        Err(errors)
    }
}

fn require_text(errors: &mut Vec<String>, field: &str, value: &str) {
    if value.contains(crate::model::NAME_END) {
        errors.push(format!("`{field}` holds a control character (U+001F)"));
    }
    if value.trim().is_empty() {
        errors.push(format!("`{field}` is empty"));
    }
}

/// Checks one point against the vocabulary and places it on every view with its locating
/// recipe (filling `point.views`); returns every problem found.
pub fn validate_point(point: &mut PointRecord, vocabulary: &Vocabulary, stage: Stage) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    match vocabulary.meridian.iter().find(|m| m.code == point.meridian) {
        None => errors.push(format!("unknown meridian `{}`", point.meridian)),
        Some(meridian) => {
            if point.number == 0 || point.number > meridian.points {
                errors.push(format!(
                    "number {} is outside 1..={} for the {} meridian",
                    point.number, meridian.points, meridian.code
                ));
            }
        }
    }
    if let Some(national) = &point.code_national {
        let past_the_last = vocabulary.meridian.iter().any(|m| {
            let number = national.strip_prefix(m.code.as_str()).and_then(|n| n.parse::<u8>().ok());
            number.is_some_and(|n| n > m.points && *national == format!("{}{n}", m.code))
        });
        if !past_the_last {
            errors.push(format!("code_national `{national}` is not a meridian's code and a number past its last point"));
        }
    }
    let expected = format!("{}{}", point.meridian, point.number);
    if point.code != expected {
        errors.push(format!(
            "code `{}` does not match meridian `{}` + number {} (expected `{expected}`)",
            point.code, point.meridian, point.number
        ));
    }
    for (field, value) in [
        ("pinyin", &point.pinyin),
        ("pinyin_tones", &point.pinyin_tones),
        ("hanzi", &point.hanzi),
        ("hanzi_traditional", &point.hanzi_traditional),
        ("english", &point.english),
        ("location", &point.location),
        ("needling.note", &point.needling.note),
    ] {
        require_text(&mut errors, field, value);
    }
    // A CJK compatibility ideograph (U+F900–U+FAFF, U+2F800–U+2FA1F: 都 as U+FA26, as PDFs of
    // the standard give it) looks like its unified character but is another: a reader's search,
    // a copy and a screen reader's lookup all miss it.
    let national = [("hanzi_national", &point.hanzi_national), ("hanzi_national_traditional", &point.hanzi_national_traditional)];
    match (&point.hanzi_national, &point.hanzi_national_traditional) {
        (Some(_), None) | (None, Some(_)) => errors.push("hanzi_national and hanzi_national_traditional go together: give both or neither".to_string()),
        _ => {}
    }
    for ((field, value), who) in national.iter().zip([&point.hanzi, &point.hanzi_traditional]) {
        let Some(value) = value else { continue };
        require_text(&mut errors, field, value);
        if value == who || value.chars().count() != who.chars().count() {
            errors.push(format!("{field} `{value}` is not another writing of `{who}`: the same name, as many characters, one of them written otherwise"));
        }
    }
    let names = [("hanzi", &point.hanzi), ("hanzi_traditional", &point.hanzi_traditional)];
    let national = national.iter().filter_map(|(field, value)| value.as_ref().map(|v| (*field, v)));
    for (field, value) in names.into_iter().chain(national) {
        if let Some(c) = value.chars().find(|c| matches!(*c as u32, 0xF900..=0xFAFF | 0x2F800..=0x2FA1F)) {
            errors.push(format!("{field} `{value}` holds the compatibility ideograph U+{:04X}: write its unified character", c as u32));
        }
    }
    if crate::text::compact(&point.pinyin_tones) != crate::text::compact(&point.pinyin) {
        errors.push(format!(
            "pinyin_tones `{}` does not spell pinyin `{}`",
            point.pinyin_tones, point.pinyin
        ));
    }
    for name in &point.other_english {
        require_text(&mut errors, "other_english", name);
        if crate::text::compact(name) == crate::text::compact(&point.english) {
            errors.push(format!("other_english: `{name}` is the point's `english`"));
        }
    }
    if let Some(other) = &point.other_name {
        let fields = [("other_name.pinyin", &other.pinyin), ("other_name.pinyin_tones", &other.pinyin_tones), ("other_name.hanzi", &other.hanzi), ("other_name.hanzi_traditional", &other.hanzi_traditional)];
        for (field, value) in fields {
            require_text(&mut errors, field, value);
        }
        if crate::text::compact(&other.pinyin_tones) != crate::text::compact(&other.pinyin) {
            errors.push(format!("other_name: pinyin_tones `{}` does not spell pinyin `{}`", other.pinyin_tones, other.pinyin));
        }
        if crate::text::compact(&other.pinyin) == crate::text::compact(&point.pinyin) {
            errors.push(format!("other_name: `{}` is the WHO's pinyin: an other name is another name or another reading", other.pinyin));
        }
        for value in [&other.hanzi, &other.hanzi_traditional] {
            if let Some(c) = value.chars().find(|c| matches!(*c as u32, 0xF900..=0xFAFF | 0x2F800..=0x2FA1F)) {
                errors.push(format!("other_name: `{value}` holds the compatibility ideograph U+{:04X}: write its unified character", c as u32));
            }
        }
    }
    if !vocabulary.region.contains_key(&point.region) {
        errors.push(format!("unknown region `{}`", point.region));
    }
    for (field, list) in [("actions", &point.actions), ("categories", &point.categories)] {
        if list.is_empty() {
            errors.push(format!("`{field}` is empty"));
        }
        for item in list.iter() {
            require_text(&mut errors, field, item);
        }
    }
    let [min, max] = point.needling.depth;
    // A range of depths above zero, or [0, 0] for a point that is not needled.
    let not_needled = min == 0.0 && max == 0.0;
    if !(not_needled || (min > 0.0 && min <= max && max <= 5.0)) {
        errors.push(format!("needling depth [{min}, {max}] is neither a range of cun in (0, 5] nor [0, 0] (not needled)"));
    }
    // The card shows no depth for such a point, only its note: the note must say it first.
    if not_needled && !point.needling.note.starts_with("Not needled") {
        errors.push("needling depth [0, 0] (not needled), but the needling note does not begin \"Not needled\"".to_string());
    }
    if !vocabulary.angle.contains_key(&point.needling.angle) {
        errors.push(format!("unknown needling angle `{}`", point.needling.angle));
    }
    if point.indications.is_empty() {
        errors.push("`indications` is empty".to_string());
    }
    for indication in &point.indications {
        require_text(&mut errors, "indications.text", &indication.text);
        if indication.tags.is_empty() {
            errors.push(format!("indication `{}` has no condition tag", indication.text));
        }
        for tag in &indication.tags {
            if !vocabulary.condition.contains_key(tag) {
                errors.push(format!("unknown condition tag `{tag}`"));
            }
        }
    }
    for caution in &point.cautions {
        if !vocabulary.caution.contains_key(&caution.kind) {
            errors.push(format!("unknown caution kind `{}`", caution.kind));
        }
        require_text(&mut errors, "cautions.text", &caution.text);
    }
    if let Some(dry) = &point.dry_needling {
        if dry.muscles.is_empty() {
            errors.push("`dry_needling.muscles` is empty".to_string());
        }
        require_text(&mut errors, "dry_needling.note", &dry.note);
    }
    let Some(sites) = &point.locate else {
        if stage == Stage::Built {
            errors.push("missing field `locate`".to_string());
        }
        return if errors.is_empty() { Ok(()) } else { Err(errors) };
    };
    let recipes = sites.recipes();
    let recipe_errors: Vec<String> = recipes.iter().flat_map(|r| r.check()).collect();
    if recipes.is_empty() {
        errors.push("locate: no recipe".to_string());
    }
    if recipe_errors.is_empty() {
        point.views = place(recipes, &point.region, "locate", &mut errors);
        if point.views.is_empty() && errors.is_empty() {
            errors.push(format!(
                "locate: no view shows the surfaces {:?} (views show: {})",
                recipes.iter().flat_map(|r| r.surfaces.iter().map(|s| s.key())).collect::<Vec<_>>(),
                crate::figure::FIGURES
                    .iter()
                    .map(|f| format!("{} {:?}", f.view, f.surfaces.iter().map(|s| s.key()).collect::<Vec<_>>()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    errors.extend(recipe_errors.into_iter().map(|e| format!("locate: {e}")));
    if let Some(recipe) = &point.alternative_locate {
        let problems = recipe.check();
        if point.alternative.is_none() {
            errors.push("alternative_locate: the point has no `alternative` to draw".to_string());
        }
        if problems.is_empty() {
            point.alternative_views = place(std::slice::from_ref(recipe), &point.region, "alternative_locate", &mut errors);
            if point.alternative_views.is_empty() {
                errors.push("alternative_locate: no view shows it".to_string());
            }
        }
        errors.extend(problems.into_iter().map(|e| format!("alternative_locate: {e}")));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The positions of `recipes`, per view, on every figure that shows `region`; each recipe
/// that fails on a figure is an error (prefixed with `field`).
fn place(recipes: &[crate::locate::Recipe], region: &str, field: &str, errors: &mut Vec<String>) -> BTreeMap<crate::figure::View, Vec<[f32; 2]>> {
    let mut views = BTreeMap::new();
    for figure in crate::figure::FIGURES.iter().filter(|f| f.shows_region(region)) {
        let mut positions = Vec::new();
        for recipe in recipes {
            match recipe.locate(figure) {
                Ok(found) => positions.extend(found.iter().map(|&(x, y)| [x, y])),
                Err(e) => errors.push(format!("{field}: {e}")),
            }
        }
        if !positions.is_empty() {
            views.insert(figure.view, positions);
        }
    }
    views
}

pub fn parse_comparison(file: &str, text: &str) -> Result<ComparisonRecord, Vec<SourceError>> {
    let table: ComparisonRecord = toml::from_str(text).map_err(|e| vec![error(file, None, e.to_string())])?;
    let id = table.id.as_str();
    let mut errors = Vec::new();
    if table.columns.len() < 2 {
        errors.push(error(file, Some(id), "a comparison needs at least two columns"));
    }
    if table.row.is_empty() {
        errors.push(error(file, Some(id), "a comparison needs rows"));
    }
    let keys: BTreeSet<&str> = table.source.iter().map(|s| s.key.as_str()).collect();
    for row in &table.row {
        if row.cells.len() != table.columns.len() {
            errors.push(error(
                file,
                Some(id),
                format!("row `{}` has {} cells for {} columns", row.aspect, row.cells.len(), table.columns.len()),
            ));
        }
        for cell in &row.cells {
            let cited = cited_sources(cell);
            for key in &cited {
                if !keys.contains(key) {
                    errors.push(error(file, Some(id), format!("row `{}` cites unknown source `{key}`", row.aspect)));
                }
            }
            if cited.is_empty() && cell.chars().any(|c| c.is_ascii_digit()) {
                errors.push(error(
                    file,
                    Some(id),
                    format!("row `{}` has a number without a source: `{cell}`", row.aspect),
                ));
            }
        }
    }
    if errors.is_empty() {
        Ok(table)
    } else {
        Err(errors)
    }
}

pub use crate::text::{cited_sources, CITATIONS};

/// Each way `translated` fails to be a whole translation of the table `english` in `tag`:
/// the same columns, rows and cells, the same sources cited in each cell, the same source
/// keys, and (in Chinese) no English left beside citations, acronyms and codes.
pub fn check_table_translation(english: &ComparisonRecord, translated: &ComparisonRecord, tag: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if translated.columns.len() != english.columns.len() || translated.row.len() != english.row.len() {
        problems.push(format!(
            "{} columns and {} rows where the English has {} and {}",
            translated.columns.len(),
            translated.row.len(),
            english.columns.len(),
            english.row.len()
        ));
    }
    let keys = |t: &ComparisonRecord| t.source.iter().map(|s| s.key.clone()).collect::<Vec<_>>();
    if keys(translated) != keys(english) {
        problems.push("its sources are not the English table's, in order".to_string());
    }
    for (i, (row, english_row)) in translated.row.iter().zip(&english.row).enumerate() {
        for (j, (cell, english_cell)) in row.cells.iter().zip(&english_row.cells).enumerate() {
            if cited_sources(cell) != cited_sources(english_cell) {
                problems.push(format!("row {} cell {} cites other sources than the English", i + 1, j + 1));
            }
        }
    }
    let texts = [&translated.title, &translated.caption]
        .into_iter()
        .chain(&translated.columns)
        .chain(translated.row.iter().flat_map(|r| std::iter::once(&r.aspect).chain(&r.cells)));
    for text in texts {
        // Citations and acronyms (NICE, NG59) may stay as they are.
        let mut plain = text.clone();
        for (open, close) in CITATIONS {
            while let Some(start) = plain.find(open) {
                let end = plain[start..].find(close).map_or(plain.len(), |e| start + e + close.len_utf8());
                plain.replace_range(start..end, "");
            }
        }
        let plain: String = plain
            .split(' ')
            .filter(|w| !(w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())))
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(word) = untranslated(&plain, tag, false).filter(|w| !w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())) {
            problems.push(format!("still holds English (\"{word}\") in: {}", text.chars().take(30).collect::<String>()));
        }
    }
    problems
}

/// Reads and validates everything under `dir` (the `points/` folder). File names in errors
/// are given as `points/...`.
pub fn load_dir(dir: &Path) -> Result<Catalog, Vec<SourceError>> {
    let read = |relative: &str| -> Result<String, SourceError> {
        std::fs::read_to_string(dir.join(relative))
            .map_err(|e| error(&format!("points/{relative}"), None, format!("cannot read: {e}")))
    };
    let vocabulary = parse_vocabulary("points/vocabulary.toml", &read("vocabulary.toml").map_err(|e| vec![e])?)
        .map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let mut files: Vec<(String, String)> = Vec::new();
    for sub in ["meridians", "comparisons", "translations"] {
        let names = toml_files(&dir.join(sub)).ok_or_else(|| vec![error(&format!("points/{sub}"), None, "cannot read the folder")])?;
        for name in names {
            let relative = format!("{sub}/{name}");
            match read(&relative) {
                Ok(text) => files.push((relative, text)),
                Err(e) => errors.push(e),
            }
        }
    }
    let mut points: Vec<(String, PointRecord)> = Vec::new();
    let mut comparisons = Vec::new();
    let mut translations = Vec::new();
    for (relative, text) in &files {
        let file = format!("points/{relative}");
        if relative.starts_with("meridians/") {
            match parse_point_file(&file, text, &vocabulary) {
                Ok(parsed) => points.extend(parsed.into_iter().map(|p| (file.clone(), p))),
                Err(e) => errors.extend(e),
            }
        } else if let Some(name) = relative.strip_prefix("translations/") {
            match parse_translation(&file, text, &vocabulary) {
                Ok(t) => translations.push((name.trim_end_matches(".toml").to_string(), t)),
                Err(e) => errors.extend(e),
            }
        } else {
            match parse_comparison(&file, text) {
                Ok(c) => comparisons.push(c),
                Err(e) => errors.extend(e),
            }
        }
    }
    errors.extend(duplicate_codes(&points));
    errors.extend(other_names_taken(&points));
    if !errors.is_empty() {
        return Err(errors);
    }
    let order = |p: &PointRecord| {
        (vocabulary.meridian.iter().position(|m| m.code == p.meridian).unwrap_or(usize::MAX), p.number)
    };
    let mut points: Vec<PointRecord> = points.into_iter().map(|(_, p)| p).collect();
    points.sort_by_key(order);
    load_patient_words(dir, &mut points, &mut errors);
    let mut prose_translations = Vec::new();
    for (tag, _) in &translations {
        match load_translated_prose(dir, tag, &points) {
            Ok(Some(prose)) => prose_translations.push((tag.clone(), prose)),
            Ok(None) => {}
            Err(e) => errors.extend(e),
        }
    }
    let languages: Vec<String> = translations.iter().map(|(tag, _)| tag.clone()).collect();
    match read("rules.toml").map_err(|e| vec![e]).and_then(|text| parse_rules("points/rules.toml", &text, &vocabulary, &languages)) {
        Ok(rules) => apply_rules(&rules, &mut points, &mut prose_translations, &mut errors),
        Err(e) => errors.extend(e),
    }
    let mut comparison_translations = Vec::new();
    for tag in &languages {
        let Some(names) = toml_files(&dir.join("comparisons").join(tag)) else { continue };
        let mut tables = Vec::new();
        for name in names {
            let file = format!("points/comparisons/{tag}/{name}");
            let parsed = read(&format!("comparisons/{tag}/{name}")).map_err(|e| vec![e]).and_then(|text| parse_comparison(&file, &text));
            match parsed {
                Err(e) => errors.extend(e),
                Ok(table) => match comparisons.iter().find(|c| c.id == table.id) {
                    None => errors.push(error(&file, Some(&table.id), "no English table with this id")),
                    Some(english) => {
                        errors.extend(check_table_translation(english, &table, tag).into_iter().map(|m| error(&file, Some(&table.id), m)));
                        tables.push(table);
                    }
                },
            }
        }
        for english in &comparisons {
            if !tables.iter().any(|t| t.id == english.id) {
                errors.push(error(&format!("points/comparisons/{tag}"), Some(&english.id), "no translation of this table"));
            }
        }
        comparison_translations.push((tag.clone(), tables));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let courses = read("courses.toml").map_err(|e| vec![e]).and_then(|text| parse_courses("points/courses.toml", &text, &vocabulary, &points))?;
    let (guides, guide_translations) = load_guides(dir, &vocabulary, &points, &languages)?;
    Ok(Catalog { vocabulary, courses, guides, guide_translations, points, comparisons, translations, prose_translations, comparison_translations })
}

/// The condition guides, English (`points/guides/*.toml`) and translated
/// (`points/guides/<tag>/*.toml`, one for each English guide in each language).
#[allow(clippy::type_complexity)]
fn load_guides(
    dir: &Path,
    vocabulary: &Vocabulary,
    points: &[PointRecord],
    languages: &[String],
) -> Result<(Vec<crate::condition_guide::GuideRecord>, Vec<(String, Vec<crate::condition_guide::GuideRecord>)>), Vec<SourceError>> {
    use crate::condition_guide::{check, check_translation, GuideRecord};
    let conditions: BTreeSet<&str> = vocabulary.condition.keys().map(String::as_str).collect();
    let codes: BTreeSet<&str> = points.iter().map(|p| p.code.as_str()).collect();
    let read = |folder: &Path, file: &str, name: &str| -> Result<GuideRecord, SourceError> {
        let text = std::fs::read_to_string(folder.join(name)).map_err(|e| error(file, None, format!("cannot read: {e}")))?;
        toml::from_str(&text).map_err(|e| error(file, None, e.to_string()))
    };
    let mut errors = Vec::new();
    let folder = dir.join("guides");
    let names = toml_files(&folder).ok_or_else(|| vec![error("points/guides", None, "cannot read the folder")])?;
    let mut guides = Vec::new();
    for name in &names {
        let file = format!("points/guides/{name}");
        match read(&folder, &file, name) {
            Err(e) => errors.push(e),
            Ok(guide) => {
                let stem = name.trim_end_matches(".toml");
                errors.extend(check(&guide, stem, &conditions, &codes).into_iter().map(|m| error(&file, Some(stem), m)));
                guides.push(guide);
            }
        }
    }
    let mut translated_guides = Vec::new();
    for tag in languages {
        let folder = dir.join("guides").join(tag);
        let names = toml_files(&folder).unwrap_or_default();
        let mut translated = Vec::new();
        for english in &guides {
            let name = format!("{}.toml", english.id);
            let file = format!("points/guides/{tag}/{name}");
            if !names.contains(&name) {
                errors.push(error(&format!("points/guides/{tag}"), Some(&english.id), "no translation of this guide"));
                continue;
            }
            match read(&folder, &file, &name) {
                Err(e) => errors.push(e),
                Ok(guide) => {
                    let mut problems = check_translation(english, &guide, tag, &codes);
                    if guide.id != english.id {
                        problems.push(format!("id `{}` is not the file's name", guide.id));
                    }
                    errors.extend(problems.into_iter().map(|m| error(&file, Some(&english.id), m)));
                    translated.push(guide);
                }
            }
        }
        for name in names.iter().filter(|n| !guides.iter().any(|g| format!("{}.toml", g.id) == **n)) {
            errors.push(error(&format!("points/guides/{tag}/{name}"), None, "no English guide with this name"));
        }
        translated_guides.push((tag.clone(), translated));
    }
    if errors.is_empty() { Ok((guides, translated_guides)) } else { Err(errors) }
}

/// `points/courses.toml`: a channel's runs where its path is not its points in number order.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CoursesFile {
    channel: Vec<CourseRecord>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CourseRecord {
    meridian: String,
    runs: Vec<Vec<String>>,
    #[serde(default)]
    waypoint: Vec<WaypointRecord>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WaypointRecord {
    name: String,
    region: String,
    locate: crate::locate::Recipe,
}

/// A stop of a channel's run: one of its points, or a waypoint's places per view.
#[derive(Debug, Clone)]
pub enum Stop {
    Point(String),
    Place(BTreeMap<crate::figure::View, Vec<[f32; 2]>>),
}

/// Reads the channels' courses: each run's stops are the meridian's own points (a range in
/// number order, either way) and its waypoints, placed on the views that show them.
pub fn parse_courses(file: &str, text: &str, vocabulary: &Vocabulary, points: &[PointRecord]) -> Result<Vec<(String, Vec<Vec<Stop>>)>, Vec<SourceError>> {
    let parsed: CoursesFile = toml::from_str(text).map_err(|e| vec![error(file, None, e.to_string())])?;
    let mut errors = Vec::new();
    let mut courses: Vec<(String, Vec<Vec<Stop>>)> = Vec::new();
    for course in parsed.channel {
        let m = course.meridian.as_str();
        let mut problems = Vec::new();
        match vocabulary.meridian.iter().find(|r| r.code == m) {
            None => problems.push("not a meridian of the vocabulary".to_string()),
            Some(r) if r.kind != crate::model::MeridianKind::Channel => problems.push("not a channel (its points are a group no path joins)".to_string()),
            Some(_) => {}
        }
        if courses.iter().any(|(c, _)| c == m) {
            problems.push("given twice".to_string());
        }
        let number = |code: &str| -> Option<u8> {
            points.iter().find(|p| p.code == code && p.meridian == m).map(|p| p.number)
        };
        let mut waypoints: BTreeMap<&str, BTreeMap<crate::figure::View, Vec<[f32; 2]>>> = BTreeMap::new();
        for w in &course.waypoint {
            let mut found = w.locate.check();
            if !vocabulary.region.contains_key(&w.region) {
                found.push(format!("unknown region `{}`", w.region));
            }
            if found.is_empty() {
                // On the figure, or on its outline (within a unit of it).
                let mut views = BTreeMap::new();
                for figure in crate::figure::FIGURES.iter().filter(|f| f.shows_region(&w.region)) {
                    match w.locate.places(figure) {
                        Ok(places) if places.is_empty() => {}
                        Ok(places) => {
                            let near = |&(x, y): &(f32, f32)| {
                                [(0.0, 0.0), (1.0, 0.0), (-1.0, 0.0), (0.0, 1.0), (0.0, -1.0)].iter().any(|(dx, dy)| figure.contains(x + dx, y + dy))
                            };
                            match places.iter().find(|p| !near(p)) {
                                Some((x, y)) => found.push(format!("lands off the figure on the {} view, at [{x:.1}, {y:.1}]", figure.view)),
                                None => {
                                    views.insert(figure.view, places.iter().map(|&(x, y)| [x, y]).collect());
                                }
                            }
                        }
                        Err(e) => found.push(e),
                    }
                }
                if views.is_empty() && found.is_empty() {
                    found.push("no view shows it".to_string());
                }
                waypoints.insert(&w.name, views);
            }
            problems.extend(found.into_iter().map(|e| format!("waypoint {}: {e}", w.name)));
        }
        let mut runs = Vec::new();
        for (i, run) in course.runs.iter().enumerate() {
            let mut stops = Vec::new();
            for stop in run {
                if let Some(name) = stop.strip_prefix('@') {
                    match waypoints.get(name) {
                        Some(views) => stops.push(Stop::Place(views.clone())),
                        None => problems.push(format!("run {}: no waypoint `{name}`", i + 1)),
                    }
                    continue;
                }
                let (first, last) = stop.split_once("..").unwrap_or((stop, stop));
                match (number(first), number(last)) {
                    (Some(a), Some(b)) => {
                        let numbers: Vec<u8> = if a <= b { (a..=b).collect() } else { (b..=a).rev().collect() };
                        stops.extend(numbers.into_iter().map(|n| Stop::Point(format!("{m}{n}"))));
                    }
                    _ => problems.push(format!("run {}: `{stop}` is not a point of {m} or a range of them", i + 1)),
                }
            }
            if stops.len() < 2 {
                problems.push(format!("run {}: a run needs at least two stops", i + 1));
            }
            runs.push(stops);
        }
        // Every point of the channel is on some run.
        let on_runs: BTreeSet<&str> = runs.iter().flatten().filter_map(|s| match s { Stop::Point(c) => Some(c.as_str()), Stop::Place(_) => None }).collect();
        let off: Vec<&str> = points.iter().filter(|p| p.meridian == m && !on_runs.contains(p.code.as_str())).map(|p| p.code.as_str()).collect();
        if !off.is_empty() {
            problems.push(format!("on no run: {}", off.join(", ")));
        }
        errors.extend(problems.into_iter().map(|p| error(file, Some(m), p)));
        courses.push((m.to_string(), runs));
    }
    if errors.is_empty() { Ok(courses) } else { Err(errors) }
}

/// The points' prose in language `tag` (`points/translations/<tag>/*.toml`, the glossary
/// aside), when that folder exists: every point, every field, item for item with the English.
fn load_translated_prose(dir: &Path, tag: &str, points: &[PointRecord]) -> Result<Option<BTreeMap<String, TranslatedPoint>>, Vec<SourceError>> {
    let folder = dir.join("translations").join(tag);
    let Some(mut names) = toml_files(&folder) else { return Ok(None) };
    names.retain(|n| n != GLOSSARY);
    let mut errors = Vec::new();
    let mut prose: BTreeMap<String, (String, TranslatedPoint)> = BTreeMap::new();
    for name in names {
        let file = format!("points/translations/{tag}/{name}");
        let parsed = std::fs::read_to_string(folder.join(&name))
            .map_err(|e| e.to_string())
            .and_then(|text| toml::from_str::<TranslatedPointFile>(&text).map_err(|e| e.to_string()));
        match parsed {
            Err(e) => errors.push(error(&file, None, e)),
            Ok(parsed) => {
                for point in parsed.point {
                    if let Some((other, _)) = prose.get(&point.code) {
                        errors.push(error(&file, Some(&point.code), format!("translated twice (also in {other})")));
                    } else {
                        prose.insert(point.code.clone(), (file.clone(), point));
                    }
                }
            }
        }
    }
    for point in points {
        match prose.get(&point.code) {
            None => errors.push(error(&format!("points/translations/{tag}"), Some(&point.code), "no translation of this point")),
            Some((file, translated)) => {
                errors.extend(check_translation(point, translated, tag).into_iter().map(|m| error(file, Some(&point.code), m)))
            }
        }
    }
    for (code, (file, _)) in &prose {
        if !points.iter().any(|p| &p.code == code) {
            errors.push(error(file, Some(code), "no such point in the catalog"));
        }
    }
    if errors.is_empty() {
        Ok(Some(prose.into_iter().map(|(code, (_, p))| (code, p)).collect()))
    } else {
        Err(errors)
    }
}

/// The glossary of a language's terms, beside its prose files (not prose itself).
pub const GLOSSARY: &str = "glossary.toml";

/// Each way `translated` fails to be a whole translation of `point` in language `tag`.
pub fn check_translation(point: &PointRecord, translated: &TranslatedPoint, tag: &str) -> Vec<String> {
    // Each text with its field's name, whether it is a muscle name, and the counts to match.
    let mut texts: Vec<(String, &str, bool)> =
        vec![("location".into(), &translated.location, false), ("needling".into(), &translated.needling, false)];
    let mut problems = Vec::new();
    let lists: [(&str, &[String], usize); 4] = [
        ("actions", &translated.actions, point.actions.len()),
        ("categories", &translated.categories, point.categories.len()),
        ("indications", &translated.indications, point.indications.len()),
        ("cautions", &translated.cautions, point.cautions.len()),
    ];
    for (field, items, english) in lists {
        if items.len() != english {
            problems.push(format!("{field} has {} items where the English has {english}", items.len()));
        }
        texts.extend(items.iter().enumerate().map(|(i, item)| (format!("{field}[{i}]"), item.as_str(), false)));
    }
    match (&point.dry_needling, &translated.dry_needling) {
        (None, None) => {}
        (Some(english), Some(d)) => {
            if d.muscles.len() != english.muscles.len() {
                problems.push(format!("dry_needling.muscles has {} items where the English has {}", d.muscles.len(), english.muscles.len()));
            }
            texts.extend(d.muscles.iter().enumerate().map(|(i, m)| (format!("dry_needling.muscles[{i}]"), m.as_str(), true)));
            texts.push(("dry_needling.note".into(), &d.note, false));
        }
        (Some(_), None) => problems.push("dry_needling is missing (the English has it)".to_string()),
        (None, Some(_)) => problems.push("dry_needling is there but the English has none".to_string()),
    }
    match (&point.alternative, &translated.alternative) {
        (Some(_), Some(alternative)) => texts.push(("alternative".into(), alternative, false)),
        (None, None) => {}
        (Some(_), None) => problems.push("alternative is missing (the English has it)".to_string()),
        (None, Some(_)) => problems.push("alternative is there but the English has none".to_string()),
    }
    let approximate = point.approximate().len();
    if translated.approximate.len() != approximate {
        problems.push(format!("approximate has {} items where the English recipes have {approximate} notes", translated.approximate.len()));
    }
    texts.extend(translated.approximate.iter().enumerate().map(|(i, a)| (format!("approximate[{i}]"), a.as_str(), false)));
    match &translated.patient {
        None => problems.push("patient is missing".to_string()),
        Some(patient) => {
            for text in [&patient.location, &patient.uses].into_iter().chain(&patient.cautions) {
                if let Some(word) = practitioner_words(text, tag) {
                    problems.push(format!("patient holds a practitioner's word (\"{word}\")"));
                }
            }
        }
    }
    if let Some(patient) = &translated.patient {
        texts.push(("patient.location".into(), &patient.location, false));
        texts.push(("patient.uses".into(), &patient.uses, false));
        if patient.cautions.len() != point.cautions.len() {
            problems.push(format!("patient.cautions has {} items where the point has {} cautions", patient.cautions.len(), point.cautions.len()));
        }
        texts.extend(patient.cautions.iter().enumerate().map(|(i, c)| (format!("patient.cautions[{i}]"), c.as_str(), false)));
    }
    for (field, value, muscle) in texts {
        if value.trim().is_empty() {
            problems.push(format!("{field} is empty"));
        } else if let Some(word) = untranslated(value, tag, muscle) {
            problems.push(format!("{field} still holds English (\"{word}\")"));
        }
    }
    problems
}

/// A word of English left in a Chinese text, if any: a run of two or more Latin letters that
/// is not a point code (`GB30`, `EX-HN3`), a vertebra (`T3`) or, in a muscle list, the Latin or
/// English name the Chinese keeps in full-width parentheses. Other languages are not checked.
pub fn untranslated(text: &str, tag: &str, muscle: bool) -> Option<String> {
    if !tag.starts_with("zh") {
        return None;
    }
    let mut kept = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '（' if muscle => depth += 1,
            '）' if muscle => depth = depth.saturating_sub(1),
            _ if depth == 0 => kept.push(c),
            _ => {}
        }
    }
    if !kept.chars().any(crate::text::is_han) {
        return Some(text.chars().take(24).collect());
    }
    // Words: runs of letters, digits and hyphens; a code is letters then digits.
    kept.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
        .find(|w| !is_code(w))
        .map(str::to_string)
}

/// `GB30`, `EX-HN3`, `T3`: letters (and a hyphen) then digits.
fn is_code(word: &str) -> bool {
    let letters = word.trim_end_matches(|c: char| c.is_ascii_digit());
    letters.len() < word.len() && letters.chars().all(|c| c.is_ascii_uppercase() || c == '-')
}

/// One error for each other name (`other_name`, `other_english`) that names another point too,
/// as its WHO pinyin or hanzi, its national standard's hanzi, its English name or its own other
/// names (`Xiyan` is EX-LE5's, so it cannot be ST35's; `Spirit Gate` is HT7's): a name a reader
/// types means one point, or the two that the WHO itself gives one pinyin.
pub fn other_names_taken<'a>(points: &'a [(String, PointRecord)]) -> Vec<SourceError> {
    use crate::text::compact;
    let others = |p: &'a PointRecord| {
        let chinese = p.other_name.iter().flat_map(|o| [&o.pinyin, &o.hanzi, &o.hanzi_traditional]);
        chinese.chain(&p.other_english)
    };
    let names = |p: &'a PointRecord| {
        let who = [&p.pinyin, &p.hanzi, &p.hanzi_traditional, &p.english].into_iter().chain(&p.hanzi_national).chain(&p.hanzi_national_traditional);
        who.chain(others(p)).map(|n| compact(n)).collect::<Vec<String>>()
    };
    let all: Vec<(&str, Vec<String>)> = points.iter().map(|(_, p)| (p.code.as_str(), names(p))).collect();
    let mut errors = Vec::new();
    for (file, point) in points {
        for other in others(point) {
            let name = compact(other);
            for (code, _) in all.iter().filter(|(code, names)| *code != point.code && names.contains(&name)) {
                errors.push(error(file, Some(&point.code), format!("other name `{other}` names {code} too")));
            }
        }
    }
    errors
}

/// One error per code that appears more than once, naming every file it is in.
pub fn duplicate_codes(points: &[(String, PointRecord)]) -> Vec<SourceError> {
    let mut by_code: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (file, point) in points {
        by_code.entry(point.code.as_str()).or_default().push(file.as_str());
    }
    by_code
        .into_iter()
        .filter(|(_, files)| files.len() > 1)
        .map(|(code, files)| error(files[0], Some(code), format!("duplicate code (also in {})", files[1..].join(", "))))
        .collect()
}
