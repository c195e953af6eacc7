//! The host content parser (`src/host_content.rs`): what it keeps, what it reports, and that
//! no document makes it panic (fuzzed below with proptest).

mod common;

use acumap::catalog;
use acumap::strings::Lang;
use acumap::host_content::{parse, HostContent, JsonKind, Unreadable, MAX_BYTES, MAX_ITEMS, MAX_TEXT};
use proptest::prelude::*;
use serde_json::{json, Value};

fn read(value: Value) -> (HostContent, Vec<String>) {
    let (content, problems) = parse(&value.to_string()).expect("a JSON object is read");
    (content, problems.into_iter().map(|p| format!("{}: {}", p.path, p.problem.describe(Lang::En.ui().content))).collect())
}

#[test]
fn a_full_document_is_read_whole() {
    let (content, problems) = read(json!({
        "notes": { "GB30": "We needle GB30 with you lying on your side.", "ub23": "Warm needle in winter." },
        "shortlists": [{ "title": "Points we use for sciatica", "description": "Our usual set.", "points": ["BL23", "GB30", "bl40"] }],
        "comparisons": [{
            "title": "Our treatments", "caption": "What a first visit includes",
            "columns": ["Acupuncture", "Massage"],
            "rows": [{ "aspect": "Length", "cells": ["45 min", "60 min"] }],
            "sources": ["Clinic price list, 2026"]
        }],
        "builtInComparisons": false
    }));
    assert!(problems.is_empty(), "{problems:?}");
    let gb30 = catalog::point("GB30").unwrap();
    assert_eq!(content.note(gb30), Some("We needle GB30 with you lying on your side."));
    assert_eq!(content.note(catalog::point("BL23").unwrap()), Some("Warm needle in winter."), "aliases and case are accepted");
    let codes: Vec<&str> = content.shortlists[0].points.iter().map(|p| p.code).collect();
    assert_eq!(codes, ["BL23", "GB30", "BL40"]);
    assert_eq!(content.comparisons[0].rows[0].cells, ["45 min", "60 min"]);
    assert!(!content.built_in_comparisons);
}

#[test]
fn unreadable_documents_are_errors_that_say_why() {
    let err = parse("{ \"notes\": { \"GB30\": \"x\" ").unwrap_err();
    assert!(matches!(&err, Unreadable::NotJson(why) if why.contains("line 1")), "{err:?}");
    assert_eq!(parse("[1, 2]").unwrap_err(), Unreadable::NotAnObject(JsonKind::List));
    assert!(matches!(parse(""), Err(Unreadable::NotJson(_))));
    assert_eq!(parse(&format!("\"{}\"", "x".repeat(MAX_BYTES))).unwrap_err(), Unreadable::TooBig(MAX_BYTES + 2));
    // serde_json stops at 128 levels instead of overflowing the stack, as the widget does.
    assert_eq!(parse(&format!("{}{}", "[".repeat(100_000), "]".repeat(100_000))).unwrap_err(), Unreadable::TooDeep);
    // Said as the notice says it.
    let en = Lang::En.ui().content;
    assert_eq!(Unreadable::NotAnObject(JsonKind::List).describe(en), "expected an object with fields notes, shortlists, comparisons, builtInComparisons, guides, found a list");
    assert_eq!(Unreadable::TooBig(300_000).describe(en), format!("it is 300000 bytes; the most read is {MAX_BYTES}"));
    assert_eq!(Unreadable::TooDeep.describe(Lang::ZhHans.ui().content), "嵌套超过 128 层");
    // An object a framework turned into text (`content={object}` before the element is
    // defined becomes the attribute `[object Object]`): said as that, with what to do.
    assert_eq!(parse(" [object Object] ").unwrap_err(), Unreadable::ObjectAsText);
    assert!(Unreadable::ObjectAsText.describe(en).contains("set content once the element is defined, or give JSON text"));
    assert!(matches!(parse("[object Array]"), Err(Unreadable::NotJson(_))));
}

/// Notes and problems come in the document's order (as the widget reads what `JSON.parse`
/// made), and a repeated field keeps its first place and its last value.
#[test]
fn the_document_order_is_kept() {
    let (content, problems) = parse(r#"{ "zeta": 1, "notes": { "LI4": "b", "GB30": "a", "LI4": "c" }, "alpha": 2 }"#).unwrap();
    let notes: Vec<(&str, &str)> = content.notes.iter().map(|(p, n)| (p.code, n.as_str())).collect();
    assert_eq!(notes, [("LI4", "c"), ("GB30", "a")]);
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["zeta", "alpha"]);
}

/// Every problem the reader can report, in each language: a Chinese page's notice says it in
/// Chinese (with only the JSON's own names, codes and values in Latin letters), never in English.
#[test]
fn a_problem_is_said_in_the_readers_language() {
    use acumap::host_content::{ContentProblem::*, JsonKind};
    let problems = [
        ExpectedBool(JsonKind::Text), ExpectedText(JsonKind::Number), ExpectedList(JsonKind::Null),
        ExpectedObject(JsonKind::List), ExpectedNotes(JsonKind::Bool), ExpectedCode(JsonKind::Object),
        ExpectedCodes, ExpectedColumns, ExpectedCells(2), ExpectedUrgency,
        UnknownField(&[("title", "", true)]), UnknownPoint("QQ1".into()), UnknownCondition("gout".into()),
        UnknownSource("nice".into()), NumberWithoutSource, SecondNote("LI4"), NoKnownPoint, NoUsableRow,
        GuideIncomplete, TooManyItems(300), Missing, Empty, TooLong,
    ];
    // A whole document that cannot be read, too; the parser's words stay its own.
    let unreadable = [Unreadable::TooBig(300_000), Unreadable::TooDeep, Unreadable::NotAnObject(JsonKind::Null), Unreadable::NotJson("SyntaxError".into()), Unreadable::ObjectAsText];
    // What may stay in Latin letters: the JSON's own words and the values above.
    let own = ["true", "false", "null", "now", "soon", "source", "key", "title", "QQ1", "gout", "nice", "LI4", "JSON", "SyntaxError", "object", "Object", "content"];
    let own: Vec<&str> = own.into_iter().chain(acumap::host_content::FIELDS.iter().map(|(name, ..)| *name)).collect();
    for lang in [Lang::ZhHans, Lang::ZhHant] {
        let said = problems.iter().map(|p| (format!("{p:?}"), p.describe(lang.ui().content)));
        for (p, said) in said.chain(unreadable.iter().map(|u| (format!("{u:?}"), u.describe(lang.ui().content)))) {
            let english: Vec<&str> = said.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()) && !own.contains(w)).collect();
            assert!(english.is_empty() && said.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{lang:?}, {p:?}: {said}");
        }
    }
    // And the English says what it found.
    assert_eq!(ExpectedText(JsonKind::Number).describe(Lang::En.ui().content), "expected text, found a number");
    assert_eq!(ExpectedText(JsonKind::Number).describe(Lang::ZhHans.ui().content), "应为文字，实为数字");
    assert_eq!(ExpectedBool(JsonKind::Null).describe(Lang::ZhHant.ui().content), "應為 true 或 false，實為 null");
}

#[test]
fn bad_fields_are_reported_by_path_and_the_rest_is_kept() {
    let (content, problems) = read(json!({
        "notes": { "XX99": "lost", "LI4": 4, "LR3": "kept" },
        "shortlists": [
            { "title": "", "points": ["LI4"] },
            { "title": "Unknown only", "points": ["QQ1", 7] },
            { "title": "Good", "points": ["LI4", "LI4", "ST36"], "colour": "red" }
        ],
        "comparisons": [
            { "title": "No columns", "rows": [] },
            { "title": "Ragged", "columns": ["A", "B"], "rows": [{ "aspect": "x", "cells": ["1"] }, { "aspect": "y", "cells": ["1", "2"] }] }
        ],
        "builtInComparisons": "no",
        "script": "<script>alert(1)</script>"
    }));
    let expect = [
        "notes.XX99: unknown point code",
        "notes.LI4: expected text, found a number",
        "shortlists[0].title: empty",
        "shortlists[1].points[0]: unknown point code “QQ1”",
        "shortlists[1].points[1]: expected a point code, found a number",
        "shortlists[1]: no known point in it",
        "shortlists[2].colour: unknown field",
        "comparisons[0].columns: expected a list of 1 to 6",
        "comparisons[1].rows[0].cells: expected a list of 2 texts",
        "builtInComparisons: expected true or false, found text",
        "script: unknown field",
    ];
    for e in expect {
        assert!(problems.iter().any(|p| p.starts_with(e)), "no problem starting {e:?} in {problems:#?}");
    }
    assert_eq!(problems.len(), expect.len(), "{problems:#?}");
    assert_eq!(content.notes.len(), 1);
    assert_eq!(content.shortlists.len(), 1);
    assert_eq!(content.shortlists[0].points.len(), 2, "duplicates are dropped");
    assert_eq!(content.comparisons.len(), 1);
    assert_eq!(content.comparisons[0].rows.len(), 1);
    assert!(content.built_in_comparisons, "the default stays when the value is unusable");
}

#[test]
fn hostile_text_is_kept_as_text_and_capped() {
    let payload = "<img src=x onerror=alert(1)><script>alert(2)</script>javascript:alert(3)";
    let (content, problems) = read(json!({
        "notes": { "GB30": payload, "LI4": "y".repeat(MAX_TEXT + 50) },
        "comparisons": (0..MAX_ITEMS + 5).map(|i| json!({ "title": format!("T{i}"), "columns": ["A"], "rows": [{ "aspect": "a", "cells": [payload] }] })).collect::<Vec<_>>()
    }));
    assert_eq!(content.note(catalog::point("GB30").unwrap()), Some(payload), "text is kept verbatim, to be shown as text");
    assert_eq!(content.note(catalog::point("LI4").unwrap()).unwrap().chars().count(), MAX_TEXT + 1, "cut, with an ellipsis");
    assert_eq!(content.comparisons.len(), MAX_ITEMS);
    assert!(problems.iter().any(|p| p.starts_with("notes.LI4: longer than")));
    assert!(problems.iter().any(|p| p.starts_with("comparisons: 105 items")));
}

/// Any JSON value, up to a few levels deep, with keys that are sometimes the real field names.
fn any_json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("notes".to_string()), Just("shortlists".to_string()), Just("comparisons".to_string()),
        Just("builtInComparisons".to_string()), Just("title".to_string()), Just("points".to_string()),
        Just("columns".to_string()), Just("rows".to_string()), Just("cells".to_string()), Just("aspect".to_string()),
        Just("GB30".to_string()), "\\PC{0,12}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(|f| json!(f)),
        prop_oneof![Just("BL23".to_string()), Just("ub 40".to_string()), "\\PC{0,30}"].prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 8, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            proptest::collection::btree_map(key.clone(), inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(common::fuzz_config(3000))]

    #[test]
    fn any_text_is_read_or_refused_without_panicking(text in "\\PC{0,200}") {
        let _ = parse(&text);
    }

    #[test]
    fn any_json_value_gives_bounded_content(value in any_json()) {
        if let Ok((content, problems)) = parse(&value.to_string()) {
            prop_assert!(content.shortlists.len() <= MAX_ITEMS && content.comparisons.len() <= MAX_ITEMS);
            for s in &content.shortlists {
                prop_assert!(!s.points.is_empty() && !s.title.is_empty());
            }
            for t in &content.comparisons {
                prop_assert!(!t.rows.is_empty());
                prop_assert!(t.rows.iter().all(|r| r.cells.len() == t.columns.len()));
            }
            prop_assert!(content.notes.iter().all(|(_, n)| n.chars().count() <= MAX_TEXT + 1));
            prop_assert!(problems.iter().all(|p| Lang::ALL.iter().all(|l| !p.problem.describe(l.ui().content).is_empty())));
        }
    }

    #[test]
    fn any_truncation_of_a_valid_document_is_handled(cut in 0usize..400) {
        let doc = json!({ "notes": { "GB30": "note" }, "shortlists": [{ "title": "t", "points": ["GB30"] }] }).to_string();
        let cut = doc.char_indices().map(|(i, _)| i).nth(cut).unwrap_or(doc.len());
        let result = parse(&doc[..cut]);
        prop_assert!(result.is_ok() == (cut == doc.len()));
    }
}

#[test]
fn a_hosts_own_guide_is_read_by_the_catalogs_rules_and_a_bad_one_is_reported() {
    let json = r#"{ "guides": [
        { "id": "our-sciatica", "title": "Sciatica at our clinic", "conditions": ["sciatica", "shingles"],
          "points": ["GB30", "ZZ9"], "summary": "Leg pain from the back.",
          "course": "Most people need 8 sessions.",
          "selfCare": ["Keep moving (source: nice-ng59).", "Rest for 2 weeks."],
          "redFlags": [{ "urgency": "now", "text": "Numbness between the legs: go to an emergency department." },
                       { "urgency": "whenever", "text": "x" }],
          "evidence": ["NICE NG59 advises against acupuncture (source: nice-ng59).", "A trial of 2024 (source: tu-2024)."],
          "sources": ["nice-ng59 National Institute for Health and Care Excellence. NG59. 2020."] },
        { "id": "empty", "title": "No flags", "conditions": ["headache"], "points": ["LI4"], "summary": "x", "redFlags": [] }
    ] }"#;
    let (content, problems) = parse(json).unwrap();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(content.guides.len(), 1, "{problems:?}");
    let guide = &content.guides[0];
    assert_eq!(guide.text.id, "our-sciatica");
    assert_eq!(guide.points.iter().map(|p| p.code).collect::<Vec<_>>(), ["GB30"]);
    assert_eq!(guide.text.red_flags.len(), 1);
    // A number without a source is left out; so is a claim citing a source the guide lacks.
    assert_eq!(guide.text.course, "");
    assert_eq!(guide.text.self_care, ["Keep moving (source: nice-ng59)."]);
    assert_eq!(guide.text.evidence.len(), 1);
    for path in ["guides[0].conditions[1]", "guides[0].points[1]", "guides[0].course", "guides[0].selfCare[1]", "guides[0].redFlags[1].urgency", "guides[0].evidence[1]", "guides[1]"] {
        assert!(paths.contains(&path), "{path} not reported: {paths:?}");
    }
}
