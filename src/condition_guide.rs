//! Condition guides (`points/guides/`): what a condition is, its red flags, the points commonly
//! used, what a course and a first visit look like, self-care and the evidence, each claim with
//! a number naming its source. Read and checked here (by `build.rs` and the native tests); the
//! texts travel in the prose files ([`crate::prose::GuideProse`]), the conditions and points are
//! built in ([`crate::model::ConditionGuide`]).

use crate::source::{untranslated, SourceRecord};
use crate::text::cited_sources;
use serde::Deserialize;
use std::collections::BTreeSet;

/// How soon a red flag needs a doctor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Urgency {
    /// Medical help now: an emergency.
    Now,
    /// A doctor soon (within days).
    Soon,
}

/// One guide file, in English (`points/guides/<id>.toml`) or translated
/// (`points/guides/<tag>/<id>.toml`, without `conditions`, `points` and `source`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideRecord {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub conditions: Vec<String>,
    #[serde(default)]
    pub points: Vec<String>,
    pub summary: String,
    pub course: String,
    pub first_visit: String,
    pub self_care: Vec<String>,
    pub tui_na: Option<String>,
    pub red_flag: Vec<RedFlagRecord>,
    pub evidence: Vec<EvidenceRecord>,
    #[serde(default)]
    pub source: Vec<SourceRecord>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlagRecord {
    pub urgency: Urgency,
    pub text: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceRecord {
    pub text: String,
}

impl GuideRecord {
    /// Every text a reader reads, with the name of its field.
    pub fn texts(&self) -> Vec<(String, &str)> {
        let mut texts = vec![
            ("title".to_string(), self.title.as_str()),
            ("summary".to_string(), self.summary.as_str()),
            ("course".to_string(), self.course.as_str()),
            ("first_visit".to_string(), self.first_visit.as_str()),
        ];
        texts.extend(self.self_care.iter().enumerate().map(|(i, t)| (format!("self_care[{i}]"), t.as_str())));
        texts.extend(self.tui_na.iter().map(|t| ("tui_na".to_string(), t.as_str())));
        texts.extend(self.red_flag.iter().enumerate().map(|(i, r)| (format!("red_flag[{i}]"), r.text.as_str())));
        texts.extend(self.evidence.iter().enumerate().map(|(i, e)| (format!("evidence[{i}]"), e.text.as_str())));
        texts
    }
}

/// Whether `text` holds a number once its citations and the point codes it names are set aside.
fn has_number(text: &str, codes: &BTreeSet<&str>) -> bool {
    let mut rest = text.to_string();
    for key in cited_sources(text) {
        rest = rest.replace(key, "");
    }
    rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|word| !codes.contains(word))
        .any(|word| word.chars().any(|c| c.is_ascii_digit()))
}

/// Each way an English guide fails: its id, conditions, points and red flags, and each claim
/// with a number that names no source (or a source it does not list).
pub fn check(guide: &GuideRecord, stem: &str, conditions: &BTreeSet<&str>, codes: &BTreeSet<&str>) -> Vec<String> {
    let mut problems = Vec::new();
    if guide.id != stem {
        problems.push(format!("id `{}` is not the file's name `{stem}`", guide.id));
    }
    if guide.conditions.is_empty() {
        problems.push("`conditions` is empty".to_string());
    }
    for c in guide.conditions.iter().filter(|c| !conditions.contains(c.as_str())) {
        problems.push(format!("unknown condition tag `{c}`"));
    }
    if guide.points.is_empty() {
        problems.push("`points` is empty".to_string());
    }
    for p in guide.points.iter().filter(|p| !codes.contains(p.as_str())) {
        problems.push(format!("unknown point `{p}`"));
    }
    if guide.red_flag.is_empty() {
        problems.push("a guide needs its red flags".to_string());
    }
    if guide.evidence.is_empty() {
        problems.push("a guide needs its evidence".to_string());
    }
    let keys: BTreeSet<&str> = guide.source.iter().map(|s| s.key.as_str()).collect();
    problems.extend(check_texts(guide, &keys, codes, "en"));
    for (i, s) in guide.source.iter().enumerate() {
        if s.text.trim().is_empty() {
            problems.push(format!("source[{i}] `{}` is empty", s.key));
        }
    }
    problems
}

/// The rules every language's texts keep: none empty, every number and every evidence item
/// citing a source of the English guide, and (in Chinese) no English left.
fn check_texts(guide: &GuideRecord, keys: &BTreeSet<&str>, codes: &BTreeSet<&str>, tag: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (field, text) in guide.texts() {
        let cited = cited_sources(text);
        if text.trim().is_empty() {
            problems.push(format!("{field} is empty"));
        }
        for key in cited.iter().filter(|k| !keys.contains(*k)) {
            problems.push(format!("{field} cites unknown source `{key}`"));
        }
        if cited.is_empty() && (field.starts_with("evidence") || has_number(text, codes)) {
            problems.push(format!("{field} makes a claim without a source: `{text}`"));
        }
        // Citations and codes are kept as they are in every language.
        let mut bare = text.to_string();
        for key in &cited {
            bare = bare.replace(key, "");
        }
        if let Some(word) = untranslated(&bare, tag, false) {
            problems.push(format!("{field} still holds English (\"{word}\")"));
        }
    }
    problems
}

/// Each way a translated guide fails to match its English one item for item.
pub fn check_translation(english: &GuideRecord, translated: &GuideRecord, tag: &str, codes: &BTreeSet<&str>) -> Vec<String> {
    let mut problems = Vec::new();
    if !translated.conditions.is_empty() || !translated.points.is_empty() || !translated.source.is_empty() {
        problems.push("`conditions`, `points` and `source` are the English file's alone".to_string());
    }
    let counts = [
        ("self_care", translated.self_care.len(), english.self_care.len()),
        ("red_flag", translated.red_flag.len(), english.red_flag.len()),
        ("evidence", translated.evidence.len(), english.evidence.len()),
    ];
    for (field, given, wanted) in counts {
        if given != wanted {
            problems.push(format!("{field} has {given} items where the English has {wanted}"));
        }
    }
    if translated.tui_na.is_some() != english.tui_na.is_some() {
        problems.push("tui_na is given in one language only".to_string());
    }
    let urgencies = |g: &GuideRecord| g.red_flag.iter().map(|r| r.urgency).collect::<Vec<_>>();
    if urgencies(translated) != urgencies(english) {
        problems.push("the red flags' urgencies differ from the English, in order".to_string());
    }
    let keys: BTreeSet<&str> = english.source.iter().map(|s| s.key.as_str()).collect();
    problems.extend(check_texts(translated, &keys, codes, tag));
    problems
}
