//! The Chinese prose against its glossary (`points/translations/<script>/glossary.toml`), in
//! each script: where a point's English location, alternative location or caution uses a term
//! the glossary fixes for landmarks, directions or cautions, the Chinese of the same text uses
//! the glossary's term. The Traditional files are written from the Simplified ones by a script
//! (`points/translations/zh-Hant.py`), so this also holds its conversions and hand fixes to the
//! terms.
//! The matching follows the glossary's own `[style]` rules: whole words, a key also covering its
//! plural, a lower-case key also matching its capitalised form, the longest key winning where keys
//! overlap, a hyphenated landmark name also matching its words with spaces, and the caution-kind
//! headings and bare vertebra codes skipped.

use acumap::catalog;

const SECTIONS: [&str; 3] = ["landmarks", "directions", "caution_kinds"];

struct Glossary {
    /// English key and Chinese term, longest key first.
    terms: Vec<(String, String)>,
}

impl Glossary {
    fn load(script: &str) -> Glossary {
        let path = format!("{}/points/translations/{script}/glossary.toml", env!("CARGO_MANIFEST_DIR"));
        let table: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let headings: Vec<&str> = catalog::CAUTION_KINDS.iter().map(|(kind, _)| *kind).collect();
        let mut terms = Vec::new();
        for section in SECTIONS {
            let entries = table[section].as_table().unwrap();
            for (key, term) in entries {
                let vertebra = key.len() <= 3 && key[1..].chars().all(|c| c.is_ascii_digit());
                if (section == "caution_kinds" && headings.contains(&key.as_str())) || vertebra {
                    continue;
                }
                let term = term.as_str().unwrap().to_string();
                let spaced = key.replace('-', " ");
                if spaced != *key && !entries.contains_key(&spaced) {
                    terms.push((spaced, term.clone()));
                }
                terms.push((key.clone(), term));
            }
        }
        terms.sort_by_key(|(key, _)| std::cmp::Reverse(key.len()));
        Glossary { terms }
    }

    /// The glossary terms an English text uses, each once per use.
    fn used_in<'g>(&'g self, text: &str) -> Vec<&'g (String, String)> {
        let mut taken = vec![false; text.len()];
        let mut used = Vec::new();
        for entry in &self.terms {
            let key = entry.0.as_str();
            let mut capitalised = key.to_string();
            capitalised[..1].make_ascii_uppercase();
            for form in [key, capitalised.as_str()] {
                for (start, _) in text.match_indices(form) {
                    let end = start + form.len();
                    let end = [text[end..].strip_prefix("es"), text[end..].strip_prefix('s')]
                        .into_iter()
                        .flatten()
                        .find(|rest| !rest.starts_with(|c: char| c.is_ascii_alphabetic()))
                        .map_or(end, |rest| text.len() - rest.len());
                    let word_before = text[..start].ends_with(|c: char| c.is_ascii_alphabetic() || c == '-');
                    let word_after = text[end..].starts_with(|c: char| c.is_ascii_alphabetic());
                    if word_before || word_after || taken[start..end].iter().any(|t| *t) {
                        continue;
                    }
                    taken[start..end].iter_mut().for_each(|t| *t = true);
                    used.push(entry);
                }
                if key == capitalised {
                    break;
                }
            }
        }
        used
    }
}

#[test]
fn the_chinese_prose_uses_the_glossary_terms_for_landmarks_directions_and_cautions() {
    let en = catalog::baked_prose("en").unwrap();
    for script in ["zh-Hans", "zh-Hant"] {
        let glossary = Glossary::load(script);
        let zh = catalog::baked_prose(script).unwrap();
        let (mut checked, mut missing) = (0, Vec::new());
        for (code, english) in &en.points {
            let chinese = &zh.points[code];
            let (en_texts, zh_texts) = (english.practitioner.as_ref().unwrap(), chinese.practitioner.as_ref().unwrap());
            let mut pairs = vec![(&en_texts.location, &zh_texts.location)];
            pairs.extend(english.alternative.iter().zip(&chinese.alternative));
            pairs.extend(en_texts.cautions.iter().zip(&zh_texts.cautions));
            for (english, chinese) in pairs {
                for (key, term) in glossary.used_in(english) {
                    checked += 1;
                    if !chinese.contains(term.as_str()) {
                        missing.push(format!("{script} {code}: \"{key}\" is {term}, not found in: {chinese}"));
                    }
                }
            }
        }
        assert!(checked > 2000, "{script}: {checked} uses of glossary terms");
        assert!(missing.is_empty(), "{script}: {} of {checked} uses:\n{}", missing.len(), missing.join("\n"));
    }
}

#[test]
fn the_glossary_matches_whole_words_and_the_longest_key() {
    let glossary = Glossary {
        terms: vec![
            ("lateral to the posterior median line".into(), "后正中线旁开".into()),
            ("lateral".into(), "外侧".into()),
            ("ulna".into(), "尺骨".into()),
            ("crest".into(), "嵴".into()),
        ],
    };
    let keys = |text| glossary.used_in(text).iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>();
    assert_eq!(keys("1.5 B-cun lateral to the posterior median line"), ["lateral to the posterior median line"]);
    assert_eq!(keys("Lateral to the ulnar border, beside the ulna"), ["lateral", "ulna"]);
    assert_eq!(keys("between the iliac crests; bilateral"), ["crest"]);
}

/// Every string of a TOML value, depth first.
fn texts(value: &toml::Value, out: &mut Vec<String>) {
    match value {
        toml::Value::String(s) => out.push(s.clone()),
        toml::Value::Array(items) => items.iter().for_each(|v| texts(v, out)),
        toml::Value::Table(table) => table.values().for_each(|v| texts(v, out)),
        _ => {}
    }
}

#[test]
fn a_point_named_in_the_chinese_prose_is_named_as_its_code_says() {
    // "复溜（KI7）": the name before a code in brackets is that point's, in either script or as
    // China's national standard writes it (渊腋 for the WHO's 渊液). A name copied from the
    // wrong row would send a reader to another point.
    let (mut checked, mut wrong) = (0, Vec::new());
    for script in ["zh-Hans", "zh-Hant"] {
        for folder in [format!("translations/{script}"), format!("guides/{script}"), format!("comparisons/{script}")] {
            let dir = format!("{}/points/{folder}", env!("CARGO_MANIFEST_DIR"));
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                let value: toml::Value = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
                let mut all = Vec::new();
                texts(&value, &mut all);
                for text in all {
                    for (open, _) in text.match_indices('（') {
                        let after = &text[open + '（'.len_utf8()..];
                        let Some(code) = after.split_once('）').map(|(code, _)| code) else { continue };
                        let Some(point) = catalog::POINTS.iter().find(|p| p.code == code) else { continue };
                        // (Folded: the standard's older forms as readers write them, 瘂門 as 啞門.)
                        let before = acumap::text::fold(&text[..open]);
                        if !point.hanzi_names().iter().any(|name| before.ends_with(&acumap::text::fold(name))) {
                            let names = point.hanzi_names();
                            let start = before.char_indices().rev().nth(5).map_or(0, |(i, _)| i);
                            wrong.push(format!("{}: {code} is {}, not …{}", path.display(), names.join(" / "), &before[start..]));
                        }
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(checked > 500, "{checked}");
}
