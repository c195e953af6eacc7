//! Native tests of the catalog sources' validation and of the baked catalog.

use acumap::figure::View;
use acumap::catalog::{self, POINTS};
use acumap::model::MeridianKind;
use acumap::source::{self, parse_comparison, parse_point_file, parse_vocabulary, Vocabulary};

/// Whether the point is one of the extra points (its group's `kind` in the vocabulary).
fn extra(point: &acumap::model::Point) -> bool {
    catalog::meridian(point.meridian()).map(|m| m.kind) == Some(MeridianKind::Extra)
}

fn vocabulary_text() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/points/vocabulary.toml")).unwrap()
}

/// What `parse_vocabulary` says of `points/vocabulary.toml` with `from` replaced by `to` once.
fn vocabulary_error(from: &str, to: &str) -> String {
    let text = vocabulary_text();
    assert!(text.contains(from), "{from:?} is in the vocabulary");
    parse_vocabulary("v.toml", &text.replacen(from, to, 1)).unwrap_err().to_string()
}

fn vocabulary() -> Vocabulary {
    parse_vocabulary("points/vocabulary.toml", &vocabulary_text()).unwrap()
}

/// A valid point; each test below breaks one thing in it.
const GOOD: &str = r#"
[[point]]
code = "BL23"
meridian = "BL"
number = 23
pinyin = "Shenshu"
pinyin_tones = "Shènshū"
hanzi = "肾俞"
hanzi_traditional = "腎兪"
english = "Kidney Shu"
region = "lower-back"
location = "Level with the lower border of the L2 spinous process, 1.5 B-cun lateral to the posterior median line."
actions = ["Strengthens the lower back"]
categories = ["Back-shu point of the Kidney"]

[point.needling]
depth = [0.5, 1.0]
angle = "perpendicular"
note = "Perpendicular; never angle outward."

[[point.indications]]
text = "Low back pain"
tags = ["low-back-pain"]

[[point.cautions]]
kind = "organ"
text = "The kidney lies deep to the point."

[point.locate]
surfaces = ["posterior"]
level = "L2"
lateral = 1.5
scale = "scapulae"
"#;

const FILE: &str = "points/meridians/BL.toml";

/// The error messages for `text`, each as `file: point: message`.
fn errors_for(text: &str) -> Vec<String> {
    match parse_point_file(FILE, text, &vocabulary()) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

fn assert_rejected(text: &str, expected: &str) {
    let errors = errors_for(text);
    assert!(
        errors.iter().any(|e| e.starts_with(FILE) && e.contains(expected)),
        "expected an error containing {expected:?}, got {errors:?}"
    );
}

#[test]
fn the_good_point_is_accepted() {
    assert_eq!(errors_for(GOOD), Vec::<String>::new());
}

#[test]
fn an_unknown_meridian_is_rejected_naming_the_file_and_point() {
    let text = GOOD.replace("meridian = \"BL\"", "meridian = \"XX\"").replace("code = \"BL23\"", "code = \"XX23\"");
    assert_rejected(&text, "points/meridians/BL.toml: XX23: unknown meridian `XX`");
}

#[test]
fn a_code_that_does_not_match_meridian_and_number_is_rejected() {
    assert_rejected(&GOOD.replace("number = 23", "number = 25"), "BL23: code `BL23` does not match meridian `BL` + number 25");
}

#[test]
fn a_number_beyond_the_meridian_is_rejected() {
    let text = GOOD.replace("number = 23", "number = 68").replace("code = \"BL23\"", "code = \"BL68\"");
    assert_rejected(&text, "BL68: number 68 is outside 1..=67");
}

#[test]
fn a_missing_field_is_rejected_naming_the_field() {
    let text: String = GOOD.lines().filter(|l| !l.starts_with("location =")).collect::<Vec<_>>().join("\n");
    assert_rejected(&text, "BL23: missing field `location`");
}

#[test]
fn a_name_holding_the_name_separator_is_rejected() {
    let text = GOOD.replace("english = \"Kidney Shu\"", "english = \"Kidney\\u001FShu\"");
    assert_rejected(&text, "BL23: `english` holds a control character (U+001F)");
}

/// The baked table packs names into one string, condition tags into bits and the region, angle
/// and caution kinds into rows of their tables: every point reads back exactly what points/ says.
#[test]
fn the_baked_names_and_condition_tags_read_back_as_written() {
    let source = source::load_dir(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/points"))).unwrap();
    assert_eq!(source.points.len(), POINTS.len());
    for (record, point) in source.points.iter().zip(POINTS) {
        assert_eq!(record.code, point.code);
        let kinds: Vec<&str> = record.cautions.iter().map(|c| c.kind.as_str()).collect();
        let baked: Vec<&str> = point.cautions.iter().map(|c| c.kind()).collect();
        assert_eq!(
            (record.meridian.as_str(), record.region.as_str(), record.needling.angle.as_str(), kinds),
            (point.meridian(), point.region(), point.needling.angle(), baked),
            "{}",
            point.code
        );
        let names = [&record.pinyin, &record.pinyin_tones, &record.hanzi, &record.hanzi_traditional, &record.english];
        assert_eq!(names, [point.pinyin(), point.pinyin_tones(), point.hanzi(), point.hanzi_traditional(), point.english()], "{}", point.code);
        let national = record.hanzi_national.as_deref().zip(record.hanzi_national_traditional.as_deref());
        assert_eq!(national, point.hanzi_national(), "{}", point.code);
        assert_eq!(record.code_national.as_deref(), point.code_national(), "{}", point.code);
        let other = record.other_name.as_ref().map(|o| [&o.pinyin, &o.pinyin_tones, &o.hanzi, &o.hanzi_traditional].map(String::as_str));
        let baked = point.other_names().filter(|o| !o.pinyin.is_empty()).map(|o| [o.pinyin, o.pinyin_tones, o.hanzi, o.hanzi_traditional]);
        assert_eq!(other, baked, "{}", point.code);
        assert_eq!(record.other_english, point.other_names().map_or(&[][..], |o| o.english), "{}", point.code);
        assert_eq!(record.indications.len(), point.indications.len(), "{}", point.code);
        let mut all = std::collections::BTreeSet::new();
        for (written, baked) in record.indications.iter().zip(point.indication_tags()) {
            let written: std::collections::BTreeSet<&str> = written.tags.iter().map(String::as_str).collect();
            let baked: std::collections::BTreeSet<&str> = baked.keys().collect();
            assert_eq!(written, baked, "{}", point.code);
            all.extend(written);
        }
        assert_eq!(all, point.conditions.keys().collect(), "{}", point.code);
        assert_eq!(point.conditions, acumap::model::Conditions::union(point.indication_tags()), "{}", point.code);
        for (tag, _) in catalog::CONDITIONS {
            assert_eq!(point.conditions.intersects(acumap::model::Conditions::of(tag)), all.contains(tag), "{}", point.code);
        }
        assert!(catalog::CONDITIONS.iter().all(|(tag, _)| point.conditions.contains(tag) == all.contains(tag)), "{}", point.code);
    }
}

#[test]
fn an_empty_field_is_rejected() {
    let text = GOOD.replace("english = \"Kidney Shu\"", "english = \"  \"");
    assert_rejected(&text, "BL23: `english` is empty");
}

#[test]
fn an_unknown_field_is_rejected() {
    assert_rejected(&GOOD.replace("region =", "regoin = \"x\"\nregion ="), "unknown field `regoin`");
}

#[test]
fn a_recipe_that_lands_off_the_figure_is_rejected() {
    let text = GOOD.replace("lateral = 1.5", "lateral = 12");
    assert_rejected(&text, "BL23: locate: lands off the figure on the back view");
}

#[test]
fn a_recipe_naming_an_unknown_landmark_is_rejected() {
    assert_rejected(&GOOD.replace("level = \"L2\"", "level = \"L9\""), "BL23: locate: unknown landmark `L9`");
}

#[test]
fn a_recipe_needing_a_landmark_a_view_lacks_is_rejected() {
    // Medial points are drawn on the front view, which has no spinous processes.
    let text = GOOD.replace("surfaces = [\"posterior\"]", "surfaces = [\"medial\"]");
    assert_rejected(&text, "BL23: locate: landmark `L2` is not on the front view");
}

#[test]
fn malformed_recipes_are_rejected() {
    assert_rejected(&GOOD.replace("level = \"L2\"", "level = \"L2\"\nat = \"L3\""), "give exactly one of");
    assert_rejected(&GOOD.replace("scale = \"scapulae\"", ""), "offsets need `locate.scale`");
    assert_rejected(&GOOD.replace("\"scapulae\"", "\"elbows\""), "unknown measurement `elbows`");
    assert_rejected(&GOOD.replace("\"posterior\"]", "\"inside\"]"), "unknown surface `inside`");
    assert_rejected(&GOOD.replace("lateral = 1.5", "lateral = -1.5"), "positive numbers");
}

#[test]
fn a_mistake_inside_a_recipe_is_reported_as_itself() {
    assert_rejected(&GOOD.replace("lateral = 1.5", "lateal = 1.5"), "BL23: unknown field `lateal`");
}

#[test]
fn a_point_with_several_sites_gets_a_position_for_each() {
    let sites = GOOD.split("[point.locate]").next().unwrap().to_string()
        + "[[point.locate]]\nsurfaces = [\"posterior\"]\nlevel = \"L2\"\nlateral = 0.5\nscale = \"scapulae\"\n"
        + "[[point.locate]]\nsurfaces = [\"posterior\"]\nlevel = \"L3\"\nlateral = 0.5\nscale = \"scapulae\"\n";
    let point = parse_point_file(FILE, &sites, &vocabulary()).unwrap().remove(0);
    let back = &point.views[&View::Back];
    assert_eq!(back.len(), 4, "two levels, both sides: {back:?}");
    assert_eq!(back[0][1], back[1][1]);
    assert!(back[2][1] > back[0][1], "L3 below L2");
}

#[test]
fn a_point_without_a_recipe_is_rejected() {
    let text = GOOD.split("[point.locate]").next().unwrap().to_string();
    assert_rejected(&text, "BL23: missing field `locate`");
}

#[test]
fn unknown_vocabulary_values_are_rejected() {
    assert_rejected(&GOOD.replace("\"low-back-pain\"", "\"sciatia\""), "BL23: unknown condition tag `sciatia`");
    assert_rejected(&GOOD.replace("\"lower-back\"", "\"lumbar\""), "BL23: unknown region `lumbar`");
    assert_rejected(&GOOD.replace("kind = \"organ\"", "kind = \"danger\""), "BL23: unknown caution kind `danger`");
    assert_rejected(&GOOD.replace("\"perpendicular\"", "\"sideways\""), "BL23: unknown needling angle `sideways`");
}

#[test]
fn pinyin_with_tones_must_spell_the_pinyin() {
    assert_rejected(&GOOD.replace("Shènshū", "Shènshì"), "BL23: pinyin_tones `Shènshì` does not spell pinyin `Shenshu`");
}

#[test]
fn a_name_in_compatibility_ideographs_is_rejected() {
    // 都 as U+FA26, as a PDF of the standard gives SP2 and LR6: it looks right and no search finds it.
    assert_rejected(&GOOD.replace("hanzi = \"肾俞\"", "hanzi = \"肾\u{FA26}\""), "BL23: hanzi `肾\u{FA26}` holds the compatibility ideograph U+FA26: write its unified character");
}

#[test]
fn a_bad_depth_range_is_rejected() {
    assert_rejected(&GOOD.replace("[0.5, 1.0]", "[1.5, 1.0]"), "BL23: needling depth [1.5, 1] is neither a range");
    // A depth of zero means "not needled", as a whole: not the start of a range.
    assert_rejected(&GOOD.replace("[0.5, 1.0]", "[0.0, 1.0]"), "BL23: needling depth [0, 1] is neither a range");
    assert_rejected(&GOOD.replace("[0.5, 1.0]", "[0.5, 6.0]"), "BL23: needling depth [0.5, 6] is neither a range");
    // A point not needled says so first in its note, which the card shows in place of a depth.
    let not_needled = GOOD.replace("[0.5, 1.0]", "[0.0, 0.0]");
    assert_rejected(&not_needled, "BL23: needling depth [0, 0] (not needled), but the needling note does not begin \"Not needled\"");
    assert!(errors_for(&not_needled.replace("note = \"Perpendicular;", "note = \"Not needled;")).is_empty());
}

#[test]
fn every_bad_point_in_a_file_is_reported() {
    let second = GOOD.replace("code = \"BL23\"", "code = \"BL24\"").replace("number = 23", "number = 25");
    let text = format!("{}\n{}", GOOD.replace("\"lower-back\"", "\"lumbar\""), second);
    let errors = errors_for(&text);
    assert!(errors.iter().any(|e| e.contains("BL23: unknown region")), "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("BL24: code `BL24` does not match")), "{errors:?}");
}

#[test]
fn malformed_toml_is_rejected_naming_the_file() {
    let errors = errors_for("[[point]\ncode = ");
    assert!(errors.len() == 1 && errors[0].starts_with("points/meridians/BL.toml: TOML parse error"), "{errors:?}");
}

#[test]
fn duplicate_codes_are_rejected_naming_both_files() {
    let point = parse_point_file(FILE, GOOD, &vocabulary()).unwrap().remove(0);
    let errors = source::duplicate_codes(&[
        ("points/meridians/BL.toml".into(), point.clone()),
        ("points/meridians/extra.toml".into(), point),
    ]);
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].to_string(),
        "points/meridians/BL.toml: BL23: duplicate code (also in points/meridians/extra.toml)"
    );
}

const TABLE: &str = r#"
id = "t"
title = "T"
caption = "C"
columns = ["A", "B"]
[[row]]
aspect = "Risk"
cells = ["About 0.05 per 10,000 treatments (source: white-2004).", "Rare."]
[[source]]
key = "white-2004"
text = "White A. 2004."
"#;

#[test]
fn comparison_numbers_must_name_a_known_source() {
    assert!(parse_comparison("points/comparisons/t.toml", TABLE).is_ok());
    let unsourced = TABLE.replace(" (source: white-2004)", "");
    let errors = parse_comparison("points/comparisons/t.toml", &unsourced).unwrap_err();
    assert!(errors[0].to_string().contains("t: row `Risk` has a number without a source"), "{errors:?}");
    let unknown = TABLE.replace("(source: white-2004)", "(source: nobody)");
    let errors = parse_comparison("points/comparisons/t.toml", &unknown).unwrap_err();
    assert!(errors[0].to_string().contains("cites unknown source `nobody`"), "{errors:?}");
    let short = TABLE.replace(", \"Rare.\"", "");
    assert!(parse_comparison("points/comparisons/t.toml", &short).is_err());
}

#[test]
fn the_checked_in_catalog_loads_and_matches_what_was_baked() {
    let loaded = source::load_dir(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/points"))).unwrap();
    let codes: Vec<&str> = loaded.points.iter().map(|p| p.code.as_str()).collect();
    let baked: Vec<&str> = POINTS.iter().map(|p| p.code).collect();
    assert_eq!(codes, baked);
}

#[test]
fn the_first_slice_has_the_nine_sciatica_points() {
    for code in ["BL23", "BL25", "BL32", "BL40", "BL60", "GB30", "GB34", "SP6", "LI4"] {
        let point = catalog::point(code).unwrap_or_else(|| panic!("{code} is missing"));
        assert!(!point.views.is_empty(), "{code} is on no view");
    }
}

/// The reference list of WHO names (codes, pinyin, hanzi of the 361 points; columns in
/// `tests/fixtures/README.md`), kept in the repository so a clone alone passes its tests.
fn reference() -> Vec<Vec<String>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/who-point-names.tsv");
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("the WHO name list is needed at {path}: {e}"));
    text.lines().skip(1).map(|l| l.split('\t').map(str::to_string).collect()).collect()
}

#[test]
fn names_agree_with_the_who_reference_list() {
    let reference = reference();
    let mut differences = Vec::new();
    for point in POINTS.iter().filter(|p| !extra(p)) {
        let Some(row) = reference.iter().find(|r| r[0] == point.code) else {
            differences.push(format!("{}: not in the WHO list", point.code));
            continue;
        };
        if point.pinyin() != row[1] && point.pinyin() != row[2] {
            differences.push(format!("{}: pinyin {} (WHO: {})", point.code, point.pinyin(), row[1]));
        }
        if point.hanzi_traditional() != row[3] {
            differences.push(format!("{}: traditional {} (WHO: {})", point.code, point.hanzi_traditional(), row[3]));
        }
        if point.hanzi() != row[4] {
            differences.push(format!("{}: simplified {} (WHO: {})", point.code, point.hanzi(), row[4]));
        }
    }
    assert!(differences.is_empty(), "names that differ from the WHO list:\n{}", differences.join("\n"));
}

#[test]
fn classic_cautions_are_there() {
    let has = |code: &str, kinds: &[&str]| catalog::point(code).unwrap().cautions.iter().any(|c| kinds.contains(&c.kind()));
    let mut missing = Vec::new();
    let mut expect = |codes: &[&str], kinds: &[&str]| {
        missing.extend(codes.iter().filter(|c| !has(c, kinds)).map(|c| format!("{c}: {kinds:?}")));
    };
    // Traditionally avoided in pregnancy: the classic distal points, the lower abdomen, the sacrum.
    expect(&["LI4", "SP6", "BL60", "BL67", "GB21", "CV3", "CV4", "CV5", "CV6", "CV7", "BL31", "BL32", "BL33", "BL34"], &["pregnancy"]);
    // Deep needling over the thorax and upper back risks a pneumothorax.
    expect(&["LU1", "LU2", "ST13", "ST15", "ST16", "ST18", "KI22", "KI25", "SP20", "GB21", "BL13", "BL15", "BL43", "BL45"], &["pneumothorax"]);
    // Over major vessels or nerves.
    expect(&["ST9", "LU9", "HT1", "GB30", "PC6", "BL40"], &["vessel", "nerve"]);
    // Not needled, or needled with special care.
    expect(&["CV8"], &["not-needled"]);
    expect(&["ST1", "BL1", "CV22", "GV15", "GV16"], &["special-care", "organ", "vessel", "nerve"]);
    expect(&["BL23"], &["organ"]);
    assert!(missing.is_empty(), "cautions missing:\n{}", missing.join("\n"));
}

/// The front of the abdomen, from the midline out to the Spleen channel: every point there that
/// is needled names what lies beneath it (the peritoneal cavity and its organs, a full bladder, a
/// vessel), as the Stomach channel's points do. Eleven close to the midline, where the wall is
/// thinnest, had none: CV5–CV7, CV9–CV11, CV13, KI14, KI15, KI17 and KI18.
#[test]
fn the_front_of_the_abdomen_names_what_lies_beneath() {
    let missing: Vec<&str> = POINTS
        .iter()
        .filter(|p| ["CV", "KI", "ST", "SP", "EX-CA"].contains(&p.meridian()) && p.region() == "abdomen" && p.needling.depth_max > 0.0)
        .filter(|p| !p.cautions.iter().any(|c| ["organ", "vessel"].contains(&c.kind())))
        .map(|p| p.code)
        .collect();
    assert!(missing.is_empty(), "points of the front of the abdomen without an organ or vessel caution: {missing:?}");
}

/// What only a patient can notice, a patient is told to act on, in English and in Chinese: after
/// a point over the lung, to get help at once for chest pain or breathlessness (a collapsed lung
/// can show hours later); at a point not used in pregnancy, to say if they are or may be
/// pregnant (an early pregnancy does not show).
#[test]
fn a_patient_is_told_what_to_do_about_the_lung_and_a_pregnancy() {
    let catalog = loaded();
    let (_, zh) = catalog.prose_translations.iter().find(|(tag, _)| tag == "zh-Hans").unwrap();
    let mut missing = Vec::new();
    for point in &catalog.points {
        let english = &point.patient.as_ref().unwrap().cautions;
        let chinese = &zh[&point.code].patient.as_ref().unwrap().cautions;
        for (i, caution) in point.cautions.iter().enumerate() {
            let (words, zh_words): (&[&str], &[&str]) = match caution.kind.as_str() {
                "pneumothorax" => (&["breathless"], &["呼吸困难", "呼吸急促", "气促"]),
                "pregnancy" => (&["pregnant"], &["怀孕"]),
                _ => continue,
            };
            if !words.iter().any(|w| english[i].contains(w)) {
                missing.push(format!("{} {}: {}", point.code, caution.kind, english[i]));
            }
            if !zh_words.iter().any(|w| chinese[i].contains(w)) {
                missing.push(format!("{} {} (zh-Hans): {}", point.code, caution.kind, chinese[i]));
            }
        }
    }
    assert!(missing.is_empty(), "a patient's words without what to do:\n{}", missing.join("\n"));
}

#[test]
fn codes_resolve_in_any_case_spacing_and_alias() {
    for input in ["BL23", "bl23", " Bl 23 ", "UB23", "ub-23"] {
        assert_eq!(catalog::point(input).map(|p| p.code), Some("BL23"), "{input}");
    }
    assert_eq!(catalog::point("LI4").map(|p| p.code), Some("LI4"));
    assert!(catalog::point("BL99").is_none());
    assert!(catalog::point("<script>").is_none());
    assert!(catalog::point("").is_none());
}

#[test]
fn the_json_export_has_every_field_and_the_drawn_positions() {
    let json: serde_json::Value = serde_json::from_str(&acumap::export::catalog()).unwrap();
    let points = json.as_array().unwrap();
    assert_eq!(points.len(), POINTS.len());
    for p in points {
        for field in [
            "code", "meridian", "number", "pinyin", "pinyin_tones", "hanzi", "hanzi_traditional", "hanzi_national",
            "hanzi_national_traditional", "code_national", "other_name", "other_english", "english",
            "region", "location", "needling", "indications", "categories", "cautions", "dry_needling", "views",
            "alternative", "patient",
        ] {
            assert!(p.get(field).is_some(), "{} lacks {field}", p["code"]);
        }
        assert_eq!(p["patient"]["cautions"].as_array().unwrap().len(), p["cautions"].as_array().unwrap().len(), "{}", p["code"]);
        // The exported positions are the ones the map draws.
        let baked = catalog::point(p["code"].as_str().unwrap()).unwrap();
        let views = p["views"].as_object().unwrap();
        assert_eq!(views.len(), baked.views.len());
        for (view, positions) in views {
            let exported: Vec<(f32, f32)> = positions
                .as_array()
                .unwrap()
                .iter()
                .map(|xy| (xy[0].as_f64().unwrap() as f32, xy[1].as_f64().unwrap() as f32))
                .collect();
            assert_eq!(exported, baked.positions_on(view.parse().unwrap()), "{} on {view}", p["code"]);
        }
    }
}

/// The drafts in points/drafts/: every point of the WHO standard not yet built in, written
/// and checked like a built point but still without its locating recipe.
fn drafts() -> Vec<(String, acumap::source::PointRecord)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/points/drafts");
    // No folder (git keeps no empty one) means no drafts.
    let mut names: Vec<_> = std::fs::read_dir(dir).into_iter().flatten().map(|e| e.unwrap().path()).collect();
    names.sort();
    let vocabulary = vocabulary();
    let mut points = Vec::new();
    let mut problems = Vec::new();
    for path in names {
        let file = format!("points/drafts/{}", path.file_name().unwrap().to_string_lossy());
        let text = std::fs::read_to_string(&path).unwrap();
        match source::parse_points(&file, &text, &vocabulary, source::Stage::Draft) {
            Ok(parsed) => points.extend(parsed.into_iter().map(|p| (file.clone(), p))),
            Err(errors) => problems.extend(errors.iter().map(ToString::to_string)),
        }
    }
    assert!(problems.is_empty(), "draft problems:\n{}", problems.join("\n"));
    points
}

#[test]
fn drafts_pass_every_check_but_the_recipe_and_complete_the_who_list() {
    let drafts = drafts();
    let mut all: Vec<(String, acumap::source::PointRecord)> = drafts.clone();
    let built = source::load_dir(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/points"))).unwrap();
    all.extend(built.points.into_iter().map(|p| ("points/meridians".to_string(), p)));
    assert_eq!(source::duplicate_codes(&all), vec![], "a code is both drafted and built, or drafted twice");
    let reference = reference();
    let mut differences = Vec::new();
    // The extra points are not in the WHO list of the 361.
    let channel = |p: &source::PointRecord| built.vocabulary.meridian.iter().any(|m| m.code == p.meridian && m.kind == MeridianKind::Channel);
    for (file, point) in drafts.iter().filter(|(_, p)| channel(p)) {
        let row = reference.iter().find(|r| r[0] == point.code).unwrap_or_else(|| panic!("{file}: {} is not a WHO code", point.code));
        if point.pinyin != row[1] || point.hanzi_traditional != row[3] || point.hanzi != row[4] {
            differences.push(format!("{file}: {} names differ from the WHO list", point.code));
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
    let missing: Vec<&str> =
        reference.iter().map(|r| r[0].as_str()).filter(|code| !all.iter().any(|(_, p)| p.code == *code)).collect();
    assert!(missing.is_empty(), "WHO points neither built nor drafted: {missing:?}");
    assert_eq!(all.iter().filter(|(_, p)| channel(p)).count(), 361);
}

#[test]
fn every_point_of_the_who_standard_is_built_in() {
    let missing: Vec<String> =
        reference().into_iter().map(|r| r[0].clone()).filter(|code| catalog::point(code).is_none()).collect();
    assert!(missing.is_empty(), "WHO points not in the catalog: {missing:?}");
}

#[test]
fn the_catalog_holds_the_361_who_points_and_48_extra_points_each_on_a_view() {
    let extra = POINTS.iter().filter(|p| extra(p)).count();
    assert_eq!((POINTS.len() - extra, extra), (361, 48));
    let unplaced: Vec<&str> = POINTS.iter().filter(|p| p.views.is_empty()).map(|p| p.code).collect();
    assert!(unplaced.is_empty(), "not on any view: {unplaced:?}");
}

const ZH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/points/translations/zh-Hans.toml");

#[test]
fn a_translation_must_cover_exactly_the_vocabulary() {
    let text = std::fs::read_to_string(ZH).unwrap();
    assert!(source::parse_translation("zh.toml", &text, &vocabulary()).is_ok());
    let missing = text.replace("sciatica = \"坐骨神经痛\"\n", "");
    let errors = source::parse_translation("zh.toml", &missing, &vocabulary()).unwrap_err();
    assert_eq!(errors[0].to_string(), "zh.toml: sciatica: [condition] sciatica has no translation");
    let extra = text.replace("[angle]\n", "[angle]\nsideways = \"侧刺\"\n");
    let errors = source::parse_translation("zh.toml", &extra, &vocabulary()).unwrap_err();
    assert_eq!(errors[0].to_string(), "zh.toml: sideways: [angle] sideways is not in the vocabulary");
    let empty = text.replace("LU = \"手太阴肺经\"", "LU = \" \"");
    assert!(source::parse_translation("zh.toml", &empty, &vocabulary()).is_err());
}

#[test]
fn the_chinese_interface_labels_every_vocabulary_key() {
    use acumap::strings::Lang;
    let zh = Lang::ZhHans;
    assert_eq!(zh.meridian("BL"), "足太阳膀胱经");
    assert_eq!(zh.condition("sciatica"), "坐骨神经痛");
    assert_eq!(zh.caution("pneumothorax"), "气胸风险");
    assert_eq!(Lang::En.region("lower-back"), "Lower back");
    for (key, en) in catalog::CONDITIONS {
        assert_ne!(zh.condition(key), *en, "{key} is not translated");
    }
    for m in catalog::MERIDIANS {
        assert_ne!(zh.meridian(m.code), m.name, "{} is not translated", m.code);
    }
    // Every interface string is filled in, in both languages, with the same placeholders.
    let en = Lang::En.ui();
    let placeholders = |s: &str| {
        let mut p: Vec<String> = s.split('{').skip(1).filter_map(|x| x.split('}').next()).map(str::to_string).collect();
        p.sort();
        p
    };
    let zh_ui = zh.ui();
    for (a, b) in [
        (en.unknown_code, zh_ui.unknown_code),
        (en.unknown_value, zh_ui.unknown_value),
        (en.needling_depth, zh_ui.needling_depth),
        (en.content_problem, zh_ui.content_problem),
        (en.content_more, zh_ui.content_more),
        (en.list_count, zh_ui.list_count),
        (en.map_label, zh_ui.map_label),
        (en.cun_label, zh_ui.cun_label),
        (en.card_empty, zh_ui.card_empty),
        (en.card_empty_patient, zh_ui.card_empty_patient),
    ] {
        assert_eq!(placeholders(a), placeholders(b), "{a} / {b}");
    }
    // A label per view (a language missing one does not compile), each its own.
    for ui in [en, zh_ui] {
        let mut labels: Vec<&str> = View::ALL.map(|v| ui.view_labels.get(v)).to_vec();
        labels.sort();
        labels.dedup();
        assert_eq!(labels.len(), View::ALL.len());
    }
}

/// Before a point is chosen the card asks for one where the page lets its reader pick it: on the
/// map, in the list, in either, or (a card the page drives, `parts="card"`) neither, in each
/// language and in both modes whose cards say what they hold.
#[test]
fn the_empty_card_asks_for_a_point_where_the_widget_lets_one_be_picked() {
    use acumap::attributes::Parts;
    use acumap::{Lang, Mode};
    for (lang, map, list) in [(Lang::En, "map", "list"), (Lang::ZhHans, "图", "列表"), (Lang::ZhHant, "圖", "列表")] {
        for mode in [Mode::Practitioner, Mode::Patient] {
            let hint = |parts: &str| lang.paint().card_hint(mode, Parts::read(parts).0);
            for (parts, on_map, in_list) in
                [("", true, true), ("map,card,list", true, true), ("map, card", true, false), ("card,list,filters", false, true), ("card", false, false), ("card,guide,tables", false, false)]
            {
                let text = hint(parts);
                assert!(!text.contains('{'), "{text}");
                assert_eq!((text.contains(map), text.contains(list)), (on_map, in_list), "parts=\"{parts}\": {text}");
            }
        }
    }
    // Study mode's hint is its own.
    assert_eq!(Lang::En.paint().card_hint(Mode::Study, Parts::read("card").0), Lang::En.paint().quiz_hint);
}

#[test]
fn language_tags_pick_a_language_or_none() {
    use acumap::strings::Lang;
    for tag in ["en", "EN-gb", "en_US"] {
        assert_eq!(Lang::from_tag(tag), Some(Lang::En), "{tag}");
    }
    for tag in ["zh", "zh-CN", "zh-Hans", "ZH-hans-SG", "zh_SG", "zh-Hans-TW", "cmn", "cmn-Hans-CN", "yue-CN", "yue-Hans", "zh-yue-CN"] {
        assert_eq!(Lang::from_tag(tag), Some(Lang::ZhHans), "{tag}");
    }
    for tag in ["zh-Hant", "zh-TW", "zh-HK", "zh-MO", "zh_hant_hk", "zh-Hant-CN", "cmn-Hant-TW", "yue", "yue-HK", "yue-Hant", "zh-yue", "zh-yue-HK"] {
        assert_eq!(Lang::from_tag(tag), Some(Lang::ZhHant), "{tag}");
    }
    for tag in ["fr", "", "<script>", "e", "zhx-TW", "yuez", "wuu"] {
        assert_eq!(Lang::from_tag(tag), None, "{tag}");
    }
}

#[test]
fn attribute_values_are_read_leniently_and_the_rest_reported() {
    use acumap::attributes::{self, Mode};
    assert_eq!(attributes::view(" Hand-Palm "), Some(View::HandPalm));
    assert_eq!(attributes::view("top"), None);
    assert_eq!(attributes::mode("PATIENT"), Some(Mode::Patient));
    assert_eq!(attributes::mode("expert"), None);
    let (points, unknown) = attributes::points("BL23, ub23,, gb30, XX1");
    assert_eq!(points.iter().map(|p| p.code).collect::<Vec<_>>(), ["BL23", "GB30"]);
    assert_eq!(unknown, ["XX1"]);
    let (meridians, unknown) = attributes::meridians("bl, UB, du, ex-le, Lungs");
    assert_eq!(meridians, ["BL", "GV", "EX-LE"]);
    assert_eq!(unknown, ["Lungs"]);
    assert_eq!(attributes::condition("Sciatica"), Some(("sciatica", None)));
    assert_eq!(attributes::condition("low back pain"), Some(("low-back-pain", None)));
    assert_eq!(attributes::condition("Migraine"), Some(("headache", Some("migraine"))), "a guide id names its guide");
    assert_eq!(attributes::condition("gout"), None);
    // A Chinese page writes the condition in Chinese, in either script, and its lists with
    // Chinese commas.
    assert_eq!(attributes::condition("坐骨神经痛"), Some(("sciatica", None)));
    assert_eq!(attributes::condition(" 頭痛 "), Some(("headache", None)));
    assert_eq!(attributes::conditions("头痛，腰痛").tags, ["headache", "low-back-pain"]);
    let (points, unknown) = attributes::points("足三里、内关，GB30, 不是穴位");
    assert_eq!(points.iter().map(|p| p.code).collect::<Vec<_>>(), ["ST36", "PC6", "GB30"]);
    assert_eq!(unknown, ["不是穴位"]);
    // A name with 穴 ("point") after it, as Chinese pages often write one, and codes as a
    // Chinese input method types them in its full-width mode.
    let (points, unknown) = attributes::points("足三里穴、腎俞穴位、气穴，ＧＢ３０，ＳＴ４０，ＸＸ１");
    assert_eq!(points.iter().map(|p| p.code).collect::<Vec<_>>(), ["ST36", "BL23", "KI13", "GB30", "ST40"]);
    assert_eq!(unknown, ["ＸＸ１"]);
    assert_eq!(catalog::point("合谷穴").map(|p| p.code), Some("LI4"));
    assert_eq!(catalog::point("ｇｂ　３０").map(|p| p.code), Some("GB30"));
    // A meridian by its name: English, or Chinese in either script, whole or short.
    let (meridians, unknown) = attributes::meridians("Gallbladder, triple energizer, 胆经、足太阳膀胱经，膽經, 三焦經, 心包经, 任脉, 督脈, 胆, 手胆经");
    assert_eq!(meridians, ["GB", "TE", "BL", "PC", "CV", "GV"]);
    assert_eq!(unknown, ["胆", "手胆经"]);
}

#[test]
fn a_list_written_with_spaces_reads_word_by_word_where_an_item_does_not_read_whole() {
    use acumap::attributes::{self, Part, Parts};
    use acumap::model::Notation;
    let codes = |points: Vec<&acumap::model::Point>| points.iter().map(|p| p.code).collect::<Vec<_>>();
    // As HTML's own lists are written (`class`, `rel`): each word a point, and a repeat once.
    let (points, unknown) = attributes::points("LI4 ST36  pc6\u{3000}合谷, GB30 XX1, BL23");
    assert_eq!(codes(points), ["LI4", "ST36", "PC6", "BL23"]);
    // An item with a word that reads as nothing is reported whole, as written.
    assert_eq!(unknown, ["GB30 XX1"]);
    // A name or code with a space in it still reads whole first; a list of such codes needs
    // its commas.
    let (points, unknown) = attributes::points_in("Gb 30, Bl 40, Bl 40 Ma 36", Notation::De);
    assert_eq!((codes(points), unknown), (vec!["GB30", "BL40"], vec!["Bl 40 Ma 36".to_string()]));
    assert_eq!(attributes::meridians("BL GB").0, ["BL", "GB"]);
    assert_eq!(attributes::meridians("triple energizer").0, ["TE"]);
    let (parts, unknown) = Parts::read("map card");
    assert!(parts.contains(Part::Map) && parts.contains(Part::Card) && !parts.contains(Part::List) && unknown.is_empty());
    assert_eq!(attributes::conditions("sciatica headache").tags, ["sciatica", "headache"]);
    assert_eq!(attributes::conditions("low back pain").tags, ["low-back-pain"]);
    let read = attributes::conditions("sciatica gout");
    assert_eq!((read.tags, read.unknown), (vec![], vec!["sciatica gout".to_string()]));
}

#[test]
fn every_meridian_is_found_by_each_of_its_names() {
    use acumap::{attributes, strings::Lang};
    for m in catalog::MERIDIANS {
        let mut names = vec![m.code.to_string(), m.name.to_lowercase()];
        for lang in [Lang::ZhHans, Lang::ZhHant] {
            let name = lang.meridian(m.code);
            names.push(name.to_string());
            if let Some(short) = name.strip_prefix(['手', '足']) {
                names.push(short.chars().skip(2).collect());
            }
        }
        for name in names {
            assert_eq!(attributes::meridians(&name), (vec![m.code], vec![]), "{name}");
        }
    }
}

fn loaded() -> source::Catalog {
    source::load_dir(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/points"))).unwrap()
}

#[test]
fn every_point_reads_in_chinese_in_the_chinese_prose_file() {
    let zh = catalog::baked_prose("zh-Hans").unwrap();
    let en = catalog::baked_prose("en").unwrap();
    assert_eq!(zh.points.len(), POINTS.len());
    for p in POINTS {
        assert_eq!(zh.points[p.code].lang, None, "{} is marked as not Chinese", p.code);
        let (z, e) = (whole(&zh.points[p.code]), whole(&en.points[p.code]));
        let texts = [&z.location, &z.needling].into_iter().chain(&z.actions).chain(&z.indications).chain(&z.categories).chain(&z.cautions);
        for text in texts {
            assert_eq!(source::untranslated(text, "zh-Hans", false), None, "{}: {text}", p.code);
        }
        // Item for item with the English, whose tags and kinds are built in.
        assert_eq!(z.indications.len(), p.indications.len(), "{}", p.code);
        assert_eq!(z.cautions.len(), p.cautions.len(), "{}", p.code);
        assert_eq!(z.actions.len(), e.actions.len(), "{}", p.code);
        assert_eq!(z.dry_needling.is_some(), e.dry_needling.is_some(), "{}", p.code);
    }
    // GB21: its pneumothorax caution (the apex of the lung lies beneath), in Chinese.
    let gb21 = &whole(&zh.points["GB21"]).cautions;
    assert!(gb21.iter().any(|c| c.contains("肺")), "{gb21:?}");
}

#[test]
fn a_translation_that_is_not_whole_is_rejected() {
    let catalog = loaded();
    let point = catalog.points.iter().find(|p| p.code == "GB21").unwrap();
    let (_, zh) = catalog.prose_translations.iter().find(|(tag, _)| tag == "zh-Hans").unwrap();
    let good = zh["GB21"].clone();
    assert_eq!(source::check_translation(point, &good, "zh-Hans"), Vec::<String>::new());
    let mut short = good.clone();
    short.cautions.pop();
    assert_eq!(source::check_translation(point, &short, "zh-Hans"), [format!("cautions has {} items where the English has {}", point.cautions.len() - 1, point.cautions.len())]);
    let mut english = good.clone();
    english.location = "肩上，在 the highest point of the trapezius".to_string();
    assert_eq!(source::check_translation(point, &english, "zh-Hans"), ["location still holds English (\"the\")"]);
    let mut empty = good.clone();
    empty.needling = " ".to_string();
    assert_eq!(source::check_translation(point, &empty, "zh-Hans"), ["needling is empty"]);
    let mut missing = good;
    missing.dry_needling = None;
    assert_eq!(source::check_translation(point, &missing, "zh-Hans"), ["dry_needling is missing (the English has it)"]);
}

#[test]
fn chinese_text_may_keep_codes_vertebrae_and_latin_muscle_names_only() {
    use source::untranslated;
    assert_eq!(untranslated("横平第2腰椎棘突（L2）下缘，后正中线旁开1.5寸，与命门（GV4）相平。", "zh-Hans", false), None);
    assert_eq!(untranslated("经外奇穴太阳（EX-HN5）", "zh-Hans", false), None);
    assert_eq!(untranslated("斜方肌（Trapezius）：上部纤维", "zh-Hans", true), None);
    assert_eq!(untranslated("斜方肌（Trapezius）", "zh-Hans", false), Some("Trapezius".to_string()));
    assert_eq!(untranslated("旁开1.5 B-cun", "zh-Hans", false), Some("B-cun".to_string()));
    assert_eq!(untranslated("Lateral to the spine", "zh-Hans", false), Some("Lateral to the spine".to_string()));
    // Other languages are not checked for English.
    assert_eq!(untranslated("Lateral to the spine", "en", false), None);
}

#[test]
fn traditional_groups_are_complete_and_named_one_way() {
    let in_group = |name: &str| -> Vec<&str> {
        let en = catalog::baked_prose("en").unwrap();
        POINTS.iter().filter(|p| whole(&en.points[p.code]).categories.iter().any(|c| c == name)).map(|p| p.code).collect()
    };
    let mut nine = in_group("One of the nine points for returning the yang");
    nine.sort();
    assert_eq!(nine, ["CV12", "GB30", "GV15", "KI1", "KI3", "LI4", "PC8", "SP6", "ST36"]);
    assert_eq!(in_group("One of Ma Dan-yang's heavenly star points").len(), 12);
    assert!(in_group("One of Ma Dan-yang's heavenly star points").contains(&"HT5"));
    assert_eq!(in_group("One of Sun Simiao's thirteen ghost points").len(), 13);
    let ghosts = catalog::baked_prose("en").unwrap().points.values().flat_map(|p| &whole(p).categories).filter(|c| c.to_lowercase().contains("ghost")).count();
    assert_eq!(ghosts, 13, "ghost points are labelled one way");
}

#[test]
fn vertex_points_are_needled_with_care_over_a_fontanelle_not_never() {
    for code in ["GV18", "GV19", "GV20", "GV21", "GV22", "GV23"] {
        let kinds: Vec<&str> = catalog::point(code).unwrap().cautions.iter().map(|c| c.kind()).collect();
        assert!(!kinds.contains(&"not-needled") && kinds.contains(&"special-care"), "{code}: {kinds:?}");
    }
    let ex_b9 = &catalog::point("EX-B9").unwrap().needling;
    assert_eq!((ex_b9.depth_min, ex_b9.depth_max, ex_b9.angle()), (1.0, 1.5, "transverse"));
}

#[test]
fn li19_is_level_with_the_middle_of_the_philtrum_beside_gv26() {
    let gv26 = catalog::point("GV26").unwrap().positions_on(View::HeadFront)[0];
    let li19 = catalog::point("LI19").unwrap().positions_on(View::HeadFront);
    assert_eq!(li19.len(), 2);
    for (x, y) in li19 {
        assert_eq!(*y, gv26.1, "level with GV26");
        assert!((x - gv26.0).abs() > 0.0);
    }
    let location = &whole(&catalog::baked_prose("en").unwrap().points["LI19"]).location;
    assert!(location.contains("midpoint of the philtrum"), "{location}");
}

#[test]
fn one_pregnancy_rule_covers_the_abdomen_lower_back_and_sacrum_worded_once() {
    let en = catalog::baked_prose("en").unwrap();
    let zh = catalog::baked_prose("zh-Hans").unwrap();
    let ruled: Vec<&acumap::model::Point> = POINTS.iter().filter(|p| ["abdomen", "lower-back", "sacrum"].contains(&p.region())).collect();
    assert!(ruled.len() > 60);
    let text = &whole(&en.points["BL23"]).cautions[0];
    let text_zh = &whole(&zh.points["BL23"]).cautions[0];
    for p in &ruled {
        let kinds: Vec<&str> = p.cautions.iter().map(|c| c.kind()).collect();
        assert_eq!(kinds.iter().filter(|k| **k == "pregnancy").count(), 1, "{}: {kinds:?}", p.code);
        assert_eq!(kinds[0], "pregnancy", "{}", p.code);
        assert_eq!(&whole(&en.points[p.code]).cautions[0], text, "{} words it its own way", p.code);
        assert_eq!(&whole(&zh.points[p.code]).cautions[0], text_zh, "{}", p.code);
    }
    // The points the first reading found without one, the seed points BL23 and BL25 among them.
    for code in ["BL22", "BL23", "BL25", "BL51", "BL52", "GV5", "EX-B4", "ST19", "ST24", "LR13", "CV15", "GB25", "LR12"] {
        assert!(ruled.iter().any(|p| p.code == code), "{code}");
    }
    assert!(text.starts_with("Not needled in pregnancy"));
    assert!(text_zh.starts_with("孕妇禁针"));
}

#[test]
fn a_rule_must_name_known_kinds_and_regions_and_speak_every_language() {
    let langs = vec!["zh-Hans".to_string()];
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/points/rules.toml")).unwrap();
    assert!(source::parse_rules("rules.toml", &text, &vocabulary(), &langs).is_ok());
    let bad_region = text.replace("\"sacrum\"]", "\"tail\"]");
    let errors = source::parse_rules("rules.toml", &bad_region, &vocabulary(), &langs).unwrap_err();
    assert_eq!(errors[0].to_string(), "rules.toml: pregnancy: unknown region tail");
    let untranslated = text.replace("[caution.translations.zh-Hans]", "[caution.translations.fr]");
    let errors = source::parse_rules("rules.toml", &untranslated, &vocabulary(), &langs).unwrap_err();
    assert_eq!(errors[0].to_string(), "rules.toml: pregnancy: no zh-Hans translation");
}

#[test]
fn the_six_contested_points_carry_the_who_alternative_in_both_languages() {
    let en = catalog::baked_prose("en").unwrap();
    let zh = catalog::baked_prose("zh-Hans").unwrap();
    let with: Vec<&str> = POINTS.iter().filter(|p| en.points[p.code].alternative.is_some()).map(|p| p.code).collect();
    assert_eq!(with, ["LI19", "LI20", "PC8", "PC9", "GB30", "GV26"]);
    for code in with {
        assert!(zh.points[code].alternative.is_some(), "{code}");
    }
    assert!(en.points["GB30"].alternative.as_deref().unwrap().contains("anterior superior iliac spine"));
}

#[test]
fn codes_resolve_in_the_french_and_german_notations_with_or_without_a_space() {
    use acumap::model::Notation::{De, En, Fr};
    let code = |c: &str, n| catalog::point_in(c, n).map(|p| p.code);
    assert_eq!(code("V40", Fr), Some("BL40"));
    assert_eq!(code("v 40", Fr), Some("BL40"));
    assert_eq!(code("VB30", Fr), Some("GB30"));
    assert_eq!(code("MC6", Fr), Some("PC6"));
    assert_eq!(code("P6", Fr), Some("LU6"));
    assert_eq!(code("RP6", Fr), Some("SP6"));
    assert_eq!(code("TR5", Fr), Some("TE5"));
    assert_eq!(code("Gb 30", De), Some("GB30"));
    assert_eq!(code("Bl40", De), Some("BL40"));
    assert_eq!(code("3E5", De), Some("TE5"));
    assert_eq!(code("3E 5", De), Some("TE5"));
    assert_eq!(code("Dü3", De), Some("SI3"));
    assert_eq!(code("Du 20", De), Some("GV20"));
    assert_eq!(code("KG12", De), Some("CV12"));
    assert_eq!(code("MP6", De), Some("SP6"));
    // The WHO codes are read in every notation; another notation's own codes are not.
    assert_eq!(code("GB30", Fr), Some("GB30"));
    assert_eq!(code("P6", En), Some("PC6"));
    assert_eq!(code("V40", En), None);
    assert_eq!(code("Gb 30", En), Some("GB30"));
}

#[test]
fn a_point_is_found_by_its_name_where_no_other_point_has_it() {
    use acumap::model::Notation::{En, Fr};
    let named = |n: &str| catalog::point_in(n, En).map(|p| p.code);
    for name in ["环跳", "環跳", "Huantiao", "Huántiào", "huan tiao", "HUAN-TIAO", "huan2 tiao4"] {
        assert_eq!(named(name), Some("GB30"), "{name}");
    }
    // The standard's older forms as readers type them (腎兪 in the standard, 腎俞 typed), and
    // the forms Taiwan and Hong Kong write where the standard prints another.
    assert_eq!(named("腎俞"), Some("BL23"));
    for (name, code) in [("內庭", "ST44"), ("懸鐘", "GB39"), ("大鐘", "KI4"), ("魄戶", "BL42"), ("靈台", "GV10"), ("厲兑", "ST45"), ("腦户", "GV17")] {
        assert_eq!(named(name), Some(code), "{name}");
    }
    assert_eq!(catalog::point_in("Zusanli", Fr).map(|p| p.code), Some("ST36"));
    // Codes first, and the catalog's codes and names never meet: no name is a code.
    assert_eq!(named("LI3"), Some("LI3"));
    for p in catalog::POINTS {
        let others = p.other_names().into_iter().flat_map(|o| [o.pinyin, o.pinyin_tones, o.hanzi, o.hanzi_traditional].into_iter().chain(o.english.iter().copied()));
        for name in [p.pinyin(), p.pinyin_tones(), p.hanzi(), p.hanzi_traditional()].into_iter().chain(others) {
            assert_eq!(catalog::readings(name), [], "{name} reads as a code");
        }
        // Each point's hanzi name it alone has, as the WHO writes it and as China's national
        // standard does; its pinyin names it, or it and the one point that shares it.
        for name in p.hanzi_names() {
            assert_eq!(named(name), Some(p.code), "{name}");
        }
        let shared: Vec<&str> = catalog::points_named(p.pinyin()).iter().map(|q| q.code).collect();
        assert!(shared.contains(&p.code) && shared.len() <= 2, "{}: {shared:?}", p.pinyin());
    }
    // Toneless pinyin that two points share names neither; tone marks that tell them apart name one.
    let all = |n: &str| catalog::points_named(n).iter().map(|p| p.code).collect::<Vec<_>>();
    assert_eq!(all("Futu"), ["LI18", "ST32"]);
    assert_eq!(named("Futu"), None);
    assert_eq!(named("Fútū"), Some("LI18"));
    assert_eq!(named("Fútù"), Some("ST32"));
    // Tone numbers tell them apart as marks do; where the tones are the same too, neither.
    assert_eq!(named("fu2 tu1"), Some("LI18"));
    assert_eq!(named("Fu2tu4"), Some("ST32"));
    assert_eq!(named("fu2 tu3"), None);
    assert_eq!(all("zi3 gong1"), ["CV19", "EX-CA1"]);
    assert_eq!(all("Zǐgōng"), ["CV19", "EX-CA1"]);
    assert_eq!(named("紫宫"), Some("CV19"));
    assert_eq!(named("子宫"), Some("EX-CA1"));
    assert_eq!(all("not a point"), Vec::<&str>::new());
    assert_eq!(all(""), Vec::<&str>::new());
}

#[test]
fn a_point_is_found_by_the_name_chinas_standard_and_textbooks_give_it() {
    // GB/T 12346 writes two names otherwise than the WHO: 渊腋 (the armpit) for 渊液, 瘛脉 for
    // 瘈脉. A reader types the form their textbook prints; the card names it beside the WHO's.
    let national: Vec<(&str, (&str, &str))> = POINTS.iter().filter_map(|p| p.hanzi_national().map(|n| (p.code, n))).collect();
    assert_eq!(national, [("TE18", ("瘛脉", "瘛脈")), ("GB22", ("渊腋", "淵腋"))]);
    for (code, (simplified, traditional)) in national {
        for name in [simplified, traditional] {
            assert_eq!(catalog::point(name).map(|p| p.code), Some(code), "{name}");
            assert_eq!(acumap::search::search(name).first().map(|p| p.code), Some(code), "search {name}");
        }
    }
    // The WHO's writing stays the point's name.
    assert_eq!(catalog::point("GB22").unwrap().hanzi(), "渊液");
    // And the code it gives a point the WHO counts among the extra points: Yintang is its GV29.
    let national: Vec<(&str, &str)> = POINTS.iter().filter_map(|p| p.code_national().map(|n| (p.code, n))).collect();
    assert_eq!(national, [("EX-HN3", "GV29")]);
    use acumap::model::Notation::{En, Fr};
    for (code, notation) in [("GV29", En), ("gv 29", En), ("DU29", En), ("VG29", Fr)] {
        assert_eq!(catalog::point_in(code, notation).map(|p| p.code), Some("EX-HN3"), "{code}");
    }
    assert_eq!(acumap::search::search("GV29").first().map(|p| p.code), Some("EX-HN3"));
    assert!(catalog::point("GV30").is_none());
    // In the data, both scripts or neither, each another writing of the WHO's name.
    let with = |lines: &str| errors_for(&GOOD.replace("hanzi_traditional = \"腎兪\"", &format!("hanzi_traditional = \"腎兪\"\n{lines}")));
    assert_eq!(with("hanzi_national = \"肾输\"\nhanzi_national_traditional = \"腎輸\""), Vec::<String>::new());
    assert_rejected(&GOOD.replace("english =", "hanzi_national = \"肾输\"\nenglish ="), "hanzi_national and hanzi_national_traditional go together");
    assert_eq!(with("code_national = \"BL68\""), Vec::<String>::new());
    for code in ["BL67", "BL068", "XX68", "BL"] {
        assert_rejected(&GOOD.replace("english =", &format!("code_national = \"{code}\"\nenglish =")), &format!("code_national `{code}` is not a meridian's code and a number past its last point"));
    }
    assert_eq!(with("hanzi_national = \"肾俞\"\nhanzi_national_traditional = \"腎輸\""), [
        "points/meridians/BL.toml: BL23: hanzi_national `肾俞` is not another writing of `肾俞`: the same name, as many characters, one of them written otherwise",
    ]);
}

#[test]
fn a_point_is_found_by_another_name_readers_know_it_by() {
    use acumap::strings::Lang;
    // Readers type the names their books and teachers use: GV26 is Renzhong (人中) to most of
    // them, EX-B2 Huatuo Jiaji, CV17's 膻中 is read Shanzhong as often as the WHO's Danzhong.
    let chinese = |p: &'static acumap::model::Point| p.other_names().filter(|o| !o.pinyin.is_empty());
    let others: Vec<(&str, &str, &str)> = POINTS.iter().filter_map(|p| chinese(p).map(|o| (p.code, o.pinyin, o.hanzi))).collect();
    assert_eq!(others, [
        ("LI4", "Hukou", "虎口"),
        ("ST35", "Waixiyan", "外膝眼"),
        ("GV26", "Renzhong", "人中"),
        ("CV8", "Qizhong", "脐中"),
        ("CV17", "Shanzhong", "膻中"),
        ("EX-B2", "Huatuojiaji", "华佗夹脊"),
        ("EX-B3", "Yishu", "胰俞"),
        ("EX-UE8", "Luozhen", "落枕"),
    ]);
    let first = |query: &str| acumap::search::search(query).first().map(|q| q.code);
    for p in POINTS {
        if let Some(o) = chinese(p) {
            for name in [o.pinyin, o.pinyin_tones, o.hanzi, o.hanzi_traditional] {
                assert_eq!(catalog::point(name).map(|q| q.code), Some(p.code), "{name}");
                assert_eq!(first(name), Some(p.code), "search {name}");
            }
        }
        // The English renderings other books give (PC6's Inner Gate, not SP11 Winnowing Gate,
        // whose texts hold "inner" and "gate" too): search finds the point first.
        for name in p.other_names().map_or(&[][..], |o| o.english) {
            assert_eq!(first(name), Some(p.code), "search {name}");
        }
    }
    let english: usize = POINTS.iter().filter_map(|p| p.other_names()).map(|o| o.english.len()).sum();
    assert!(english >= 20, "{english}");
    // As readers write them: in words, with tone numbers, with 穴 after the name, in part.
    for (name, code) in [("Huatuo Jiaji", "EX-B2"), ("ren2 zhong1", "GV26"), ("人中穴", "GV26"), ("華佗夾脊穴", "EX-B2")] {
        assert_eq!(catalog::point(name).map(|q| q.code), Some(code), "{name}");
        assert_eq!(first(name), Some(code), "search {name}");
    }
    for (query, code) in [("renzh", "GV26"), ("third eye point", "EX-HN3"), ("inner gate point", "PC6"), ("bubbling spring", "KI1")] {
        assert_eq!(first(query), Some(code), "search {query}");
    }
    // The card's line: English gives the pinyin and the hanzi, then the English names; Chinese
    // the hanzi in its script, and not a reading of the WHO's own characters.
    let also = |lang: Lang, code: &str| lang.also_called(catalog::point(code).unwrap()).iter().map(|(text, tag)| format!("{text}{}", tag.map_or(String::new(), |t| format!("[{t}]")))).collect::<String>();
    assert_eq!(also(Lang::En, "GV26"), "Rénzhōng 人中[zh-Hans]");
    assert_eq!(also(Lang::En, "CV17"), "Shānzhōng 膻中[zh-Hans], Sea of Tranquility");
    assert_eq!(also(Lang::En, "PC6"), "Inner Gate");
    assert_eq!(also(Lang::ZhHant, "EX-B2"), "華佗夾脊[zh-Hant]");
    assert_eq!(also(Lang::ZhHans, "CV17"), "");
    assert_eq!(also(Lang::ZhHans, "PC6"), "");
    assert_eq!(also(Lang::En, "GV25"), "");
    // The export names them.
    let json: serde_json::Value = serde_json::from_str(&acumap::export::catalog()).unwrap();
    let exported = |code: &str| json.as_array().unwrap().iter().find(|p| p["code"] == code).unwrap().clone();
    assert_eq!(exported("GV26")["other_name"], serde_json::json!({ "pinyin": "Renzhong", "pinyin_tones": "Rénzhōng", "hanzi": "人中", "hanzi_traditional": "人中" }));
    assert_eq!((exported("PC6")["other_name"].clone(), exported("PC6")["other_english"].clone()), (serde_json::Value::Null, serde_json::json!(["Inner Gate"])));
    assert_eq!(exported("GV25")["other_english"], serde_json::json!([]));
    // In the data: each field given, the tones spelling the pinyin, another name than the WHO's,
    // another English name than the point's, and no name of another point.
    let other = |fields: &str| GOOD.replace("english =", &format!("other_name = {{ {fields} }}\nenglish ="));
    let good = r#"pinyin = "Shenyu", pinyin_tones = "Shènyú", hanzi = "肾俞", hanzi_traditional = "腎兪""#;
    assert_eq!(errors_for(&other(good)), Vec::<String>::new());
    assert_rejected(&other(&good.replace("Shènyú", "Shènshū")), "other_name: pinyin_tones `Shènshū` does not spell pinyin `Shenyu`");
    assert_rejected(&other(&good.replace("\"Shenyu\"", "\"Shen shu\"").replace("Shènyú", "Shènshū")), "other_name: `Shen shu` is the WHO's pinyin");
    assert_rejected(&other(&good.replace("hanzi = \"肾俞\"", "hanzi = \" \"")), "`other_name.hanzi` is empty");
    let english = |names: &str| GOOD.replace("region =", &format!("other_english = [{names}]\nregion ="));
    assert_eq!(errors_for(&english("\"Kidney Transporter\"")), Vec::<String>::new());
    assert_rejected(&english("\"kidney shu\""), "other_english: `kidney shu` is the point's `english`");
    assert_rejected(&english("\"\""), "`other_english` is empty");
    let parsed = |text: &str| source::parse_point_file(FILE, text, &vocabulary()).unwrap().into_iter().map(|p| (FILE.to_string(), p));
    let bl23 = parsed(&english("\"Will Chamber\"").replace("\nenglish =", &format!("\nother_name = {{ {} }}\nenglish =", good.replace("\"Shenyu\"", "\"Zhishi\"").replace("Shènyú", "Zhìshì"))));
    let bl52 = parsed(&GOOD.replace("BL23", "BL52").replace("23", "52").replace("Shenshu", "Zhishi").replace("Shènshū", "Zhìshì").replace("肾俞", "志室").replace("腎兪", "志室").replace("Kidney Shu", "Will Chamber"));
    let errors: Vec<String> = source::other_names_taken(&bl23.chain(bl52).collect::<Vec<_>>()).iter().map(ToString::to_string).collect();
    assert_eq!(errors, [format!("{FILE}: BL23: other name `Zhishi` names BL52 too"), format!("{FILE}: BL23: other name `Will Chamber` names BL52 too")]);
}

#[test]
fn a_code_means_one_point_within_a_notation_and_search_shows_every_reading() {
    use acumap::model::Notation::{En, Fr};
    // Within each notation no code means two meridians (the build refuses it; checked here on
    // the data too): every meridian's codes, folded, are distinct.
    for notation in acumap::model::Notation::ALL {
        let mut seen = std::collections::BTreeMap::new();
        for m in catalog::MERIDIANS {
            for c in std::iter::once(&m.code).chain(m.codes_in(notation)) {
                let folded = c.to_lowercase();
                if let Some(other) = seen.insert(folded.clone(), m.code) {
                    assert_eq!(other, m.code, "{c} in {notation:?}");
                }
            }
        }
    }
    let readings: Vec<(acumap::model::Notation, &str)> = catalog::readings("P6").into_iter().map(|(n, p)| (n, p.code)).collect();
    assert_eq!(readings, [(En, "PC6"), (Fr, "LU6")]);
    let hits: Vec<&str> = acumap::search::search("P6").iter().take(2).map(|p| p.code).collect();
    assert_eq!(hits, ["PC6", "LU6"]);
    assert_eq!(acumap::search::search("V40")[0].code, "BL40");
    assert_eq!(vocabulary_error("fr = [\"E\"]", "fr = [\"E\", \"P\"]"), "v.toml: P means both LU and ST in the fr notation");
}

#[test]
fn a_point_is_found_by_its_channels_name_and_number_as_articles_write_it() {
    use acumap::model::Notation::{De, Fr};
    for (written, code) in [
        ("Liver 3", "LR3"),
        ("liver3", "LR3"),
        ("Spleen 6", "SP6"),
        ("Large Intestine 4", "LI4"),
        ("Stomach-36", "ST36"),
        ("Urinary Bladder 40", "BL40"),
        ("Gallbladder 20", "GB20"),
        ("Heart Protector 6", "PC6"),
        ("San Jiao 5", "TE5"),
        ("Triple Burner 5", "TE5"),
        ("Governing Vessel 20", "GV20"),
        ("Ren Mai 17", "CV17"),
    ] {
        assert_eq!(catalog::point(written).map(|p| p.code), Some(code), "{written}");
        assert_eq!(catalog::point_in(written, Fr).map(|p| p.code), Some(code), "{written} in French notation");
        assert_eq!(acumap::search::search(written).first().map(|p| p.code), Some(code), "{written} in search");
    }
    // A number past the channel's last point, or a name with letters after it, is no point.
    for written in ["Liver 15", "Liver 3a", "Livers 3", "Heart"] {
        assert_eq!(catalog::point_in(written, De).map(|p| p.code), None, "{written}");
    }
    // The names name the channel too, spaced or not, in any case.
    let (meridians, unknown) = acumap::attributes::meridians("san jiao, Urinary Bladder, Gall Bladder, governing vessel");
    assert_eq!((meridians, unknown), (vec!["TE", "BL", "GB", "GV"], vec![]));
    // Each name folds to one meridian's, and to no code of any notation.
    assert_eq!(
        vocabulary_error("other_names = [\"Ren Mai\"]", "other_names = [\"Ren Mai\", \"Du\"]"),
        "v.toml: the name `Du` of CV reads as GV's code or name"
    );
    assert_eq!(
        vocabulary_error("other_names = [\"Ren Mai\"]", "other_names = [\"Ren Mai\", \"Governing vessel\"]"),
        "v.toml: the name `Governing vessel` of CV reads as GV's code or name"
    );
}

#[test]
fn every_landmark_of_the_figures_has_an_english_label_and_no_other_is_labelled() {
    let vocabulary = vocabulary_text();
    let line = vocabulary.lines().find(|l| l.starts_with("greater-trochanter = ")).unwrap();
    assert_eq!(vocabulary_error(&format!("{line}\n"), ""), "v.toml: [landmark] no label: greater-trochanter");
    assert_eq!(vocabulary_error(line, &format!("{line}\nknee-of-the-moon = \"Moon\"")), "v.toml: [landmark] not on any figure: knee-of-the-moon");
    // A label in words: not the key again; every one travels in the English prose file.
    let en = &catalog::baked_prose("en").unwrap().landmarks;
    assert_eq!(en.len(), acumap::figure::landmark_names().len());
    for (key, label) in en {
        assert_ne!(label, key);
    }
}

#[test]
fn the_comparison_table_reads_in_chinese_with_the_same_cells_and_sources() {
    let zh = catalog::baked_prose("zh-Hans").unwrap();
    let table = &zh.comparisons[0];
    assert_eq!(table.lang, None);
    assert!(table.title.contains("干针"), "{}", table.title);
    let catalog = loaded();
    let english = &catalog.comparisons[0];
    let (_, tables) = catalog.comparison_translations.iter().find(|(t, _)| t == "zh-Hans").unwrap();
    let translated = tables[0].clone();
    assert_eq!(source::check_table_translation(english, &translated, "zh-Hans"), Vec::<String>::new());
    // Every number still names its source, in Chinese: the evidence row cites vickers-2018.
    // The rows run parallel to the English ones.
    let evidence = english.row.iter().position(|r| r.aspect == "Evidence base").unwrap();
    assert!(source::cited_sources(&translated.row[evidence].cells[0]).contains(&"vickers-2018"));
    let mut wrong = translated.clone();
    wrong.row[evidence].cells[0] = wrong.row[evidence].cells[0].replace("vickers-2018", "who-1999");
    assert!(source::check_table_translation(english, &wrong, "zh-Hans").iter().any(|p| p.contains("cites other sources")));
    let mut english_left = translated;
    english_left.caption = "How they differ".to_string();
    assert!(source::check_table_translation(english, &english_left, "zh-Hans").iter().any(|p| p.contains("still holds English")));
}

#[test]
fn the_dry_needling_evidence_cell_names_its_source() {
    let catalog = loaded();
    let row = catalog.comparisons[0].row.iter().find(|r| r.aspect == "Evidence base").unwrap();
    for cell in &row.cells {
        assert!(!source::cited_sources(cell).is_empty(), "{cell}");
    }
}

#[test]
fn the_extra_points_match_the_who_nomenclature_and_both_lists_cover_the_catalog() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/who-extra-point-names.tsv")).unwrap();
    let extras: Vec<Vec<&str>> = text.lines().skip(1).map(|l| l.split('\t').collect()).collect();
    assert_eq!(extras.len(), 48);
    for row in &extras {
        let p = catalog::point(row[0]).unwrap_or_else(|| panic!("{} is not in the catalog", row[0]));
        assert_eq!((p.pinyin(), p.hanzi_traditional(), p.hanzi()), (row[1], row[2], row[3]), "{}", row[0]);
    }
    let mut listed: Vec<String> = reference().into_iter().map(|r| r[0].clone()).chain(extras.iter().map(|r| r[0].to_string())).collect();
    listed.sort();
    let mut built: Vec<String> = POINTS.iter().map(|p| p.code.to_string()).collect();
    built.sort();
    assert_eq!(listed, built, "the two reference lists together are exactly the catalog's 409 points");
}

#[test]
fn every_landmark_of_the_figure_has_a_label_in_english_and_in_chinese() {
    // The overlay's names travel in each language's prose file, not in the wasm.
    let (en, zh) = (&catalog::baked_prose("en").unwrap().landmarks, &catalog::baked_prose("zh-Hans").unwrap().landmarks);
    for figure in acumap::figure::FIGURES.iter() {
        for (name, _, _) in figure.landmarks() {
            let zh = &zh[*name];
            assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{name}: {zh}");
        }
    }
    assert_eq!(en["greater-trochanter"], "Greater trochanter");
    assert_eq!(en["ics-4"], "4th intercostal space");
    assert_eq!(zh["greater-trochanter"], "股骨大转子");
}

#[test]
fn the_alternative_sites_are_drawn_apart_from_the_standard_ones() {
    let contested = [
        ("LI19", View::HeadFront),
        ("LI20", View::HeadFront),
        ("PC8", View::HandPalm),
        ("PC9", View::HandBack),
        ("GB30", View::Side),
        ("GV26", View::HeadFront),
    ];
    for (code, view) in contested {
        let p = catalog::point(code).unwrap();
        let alternative = p.alternative_positions_on(view);
        assert!(!alternative.is_empty(), "{code} on {view}");
        for site in alternative {
            assert!(!p.positions_on(view).contains(site), "{code}: the alternative is drawn where the standard site is");
        }
    }
    // GV26's alternative is higher on the philtrum (a smaller y).
    let gv26 = catalog::point("GV26").unwrap();
    assert!(gv26.alternative_positions_on(View::HeadFront)[0].1 < gv26.positions_on(View::HeadFront)[0].1);
    assert!(catalog::point("BL23").unwrap().alternative_views.is_empty());
    // LI20's alternative is lower (the lower border of the ala), in the same sulcus; PC8's lies
    // toward the ulnar side of the palm (the thumb is on the right of the palm view).
    let li20 = catalog::point("LI20").unwrap();
    let (standard, alternative) = (li20.positions_on(View::HeadFront), li20.alternative_positions_on(View::HeadFront));
    assert!(alternative.iter().all(|a| standard.iter().any(|s| s.0 == a.0 && s.1 < a.1)), "{standard:?} {alternative:?}");
    let pc8 = catalog::point("PC8").unwrap();
    assert!(pc8.alternative_positions_on(View::HandPalm)[0].0 < pc8.positions_on(View::HandPalm)[0].0);
}

/// The length of one B-cun of `measurement` on `view`'s figure, in SVG units.
fn b_cun(view: View, measurement: &str) -> f32 {
    view.figure().cun(acumap::figure::measurement(measurement).unwrap()).unwrap()
}

fn recipes(point: &source::PointRecord) -> Vec<&acumap::locate::Recipe> {
    match point.locate.as_ref().unwrap() {
        source::Sites::One(recipe) => vec![recipe],
        source::Sites::Many(recipes) => recipes.iter().collect(),
    }
}

#[test]
fn one_finger_measure_rule_applies_to_every_point() {
    // The rule (points/README.md): a finger-cun (F-cun, the middle finger's breadth) is drawn as
    // 1 B-cun of the recipe's scale and the four fingers' breadth as 3 B-cun; 0.1 F-cun from a
    // nail corner or edge is drawn at that corner or tip. A point the standard measures in
    // F-cun says in its recipe's note how that was drawn.
    let catalog = loaded();
    let (mut in_f_cun, mut drawn_from_fingers) = (0, 0);
    for point in &catalog.points {
        let recipes = recipes(point);
        let f_cun = number_before(&point.location, &["F-cun", "finger-cun"]);
        if let Some(distance) = f_cun {
            in_f_cun += 1;
            let notes: Vec<&str> = recipes.iter().filter_map(|r| r.approximate.as_deref()).collect();
            assert!(notes.iter().any(|n| n.contains("F-cun")), "{}: no note on how {distance} F-cun is drawn", point.code);
        }
        let breadths = number_before(&point.location, &["finger-breadths", "finger-breadth"]);
        let b_cun = f_cun.or(breadths.map(|n| if n == 4.0 { 3.0 } else { n }));
        let Some(b_cun) = b_cun else { continue };
        for recipe in recipes {
            let across = recipe.lateral - recipe.medial;
            let up = recipe.superior - recipe.inferior;
            let forward = recipe.anterior - recipe.posterior;
            let drawn = (across * across + up * up + forward * forward).sqrt();
            if b_cun <= 0.1 {
                assert_eq!(drawn, 0.0, "{}: 0.1 F-cun is drawn at the landmark", point.code);
            } else if drawn > 0.0 {
                drawn_from_fingers += 1;
                assert!((drawn - b_cun).abs() < 0.05, "{}: the text's finger measure is {b_cun} B-cun, drawn {drawn}", point.code);
            }
        }
    }
    assert!(in_f_cun >= 15 && drawn_from_fingers >= 6, "{in_f_cun} in F-cun, {drawn_from_fingers} drawn from fingers");
}

/// The number written before the first of `units` a text holds ("0.4 F-cun", "(1 F-cun",
/// "one finger-breadth", "half a finger-breadth", "four finger-breadths").
fn number_before(text: &str, units: &[&str]) -> Option<f32> {
    units.iter().find_map(|unit| {
        let before = text[..text.find(unit)?].trim_end();
        let word = before.rsplit([' ', '(']).next()?;
        word.parse().ok().or(match word {
            "a" if before.ends_with("half a") => Some(0.5),
            "one" | "a" => Some(1.0),
            "two" => Some(2.0),
            "three" => Some(3.0),
            "four" => Some(4.0),
            _ => None,
        })
    })
}

#[test]
fn one_hairline_rule_applies_to_every_point_measured_from_a_hairline() {
    // The rule (points/README.md): "N B-cun within the anterior hairline" is N B-cun of the
    // face's scale above it (the hairline is 3 B-cun above the glabella), or, drawn up the back
    // of the head, 12 − N above the posterior hairline (12 B-cun between them); the vertex is 5
    // B-cun within the anterior hairline. "N above the posterior hairline" is N of the neck's
    // scale (the posterior hairline is 3 B-cun above C7).
    let catalog = loaded();
    let neck = b_cun(View::Back, "posterior-hairline-c7");
    let hairline = View::Back.figure().landmark("posterior-hairline").unwrap().1;
    let mut checked = 0;
    for point in &catalog.points {
        let words: Vec<&str> = point.location.split_whitespace().collect();
        let Some(at) = words.windows(6).position(|w| w[1] == "B-cun" && w[5].starts_with("hairline") && ["anterior", "posterior"].contains(&w[4])) else { continue };
        let (n, anterior) = (words[at].parse::<f32>().unwrap(), words[at + 4] == "anterior");
        let recipe = recipes(point)[0];
        let base = (recipe.level.as_deref().or(recipe.at.as_deref()), recipe.between.as_ref().map(|b| b[1].as_str()));
        let drawn = match (anterior, base) {
            (true, (Some("anterior-hairline" | "anterior-hairline-corner"), _)) => recipe.superior,
            (true, (Some("posterior-hairline"), _)) => 12.0 - recipe.superior,
            (true, (_, Some("vertex"))) => 5.0 * recipe.fraction.unwrap(),
            (false, _) => (hairline - catalog::point(&point.code).unwrap().positions_on(View::Back)[0].1) / neck,
            _ => panic!("{}: measured from the anterior hairline by another base", point.code),
        };
        assert!((drawn - n).abs() <= 0.25, "{}: {n} B-cun from the hairline in the text, {drawn} drawn", point.code);
        checked += 1;
    }
    assert!(checked >= 20, "{checked}");
}

#[test]
fn c7_is_the_spinous_process_that_moves_when_the_head_turns_in_every_text() {
    // EX-HN15 once had it backwards: C7 moves with the head, T1 below stays still.
    let en = catalog::baked_prose("en").unwrap();
    let zh = catalog::baked_prose("zh-Hans").unwrap();
    let turning: Vec<&str> = en.points.iter().filter(|(_, p)| whole(p).location.contains("head is turned") || whole(p).location.contains("turns the head")).map(|(c, _)| c.as_str()).collect();
    assert!(turning.len() >= 4 && turning.contains(&"EX-HN15"), "{turning:?}");
    for code in turning {
        let text = &whole(&en.points[code]).location;
        assert!(text.contains("moves") || text.contains("glides"), "{code}: {text}");
        for (at, _) in text.match_indices("stays") {
            assert!(text[at.saturating_sub(15)..at].contains("T1"), "{code}: only T1 stays still: {text}");
        }
    }
    let chinese = &whole(&zh.points["EX-HN15"]).location;
    assert!(chinese.contains("转头时随之轻微移动") && chinese.contains("（T1）则不动"), "{chinese}");
}

#[test]
fn ex_le6_is_2_b_cun_below_the_fibular_head_in_text_and_drawing() {
    let en = &whole(&catalog::baked_prose("en").unwrap().points["EX-LE6"]).location;
    let zh = &whole(&catalog::baked_prose("zh-Hans").unwrap().points["EX-LE6"]).location;
    assert!(en.contains("2 B-cun directly below the head of the fibula") && zh.contains("腓骨头直下2寸"), "{en} / {zh}");
    let head = View::Side.figure().landmark("fibula-head").unwrap();
    let drawn = catalog::point("EX-LE6").unwrap().positions_on(View::Side)[0];
    assert!(((drawn.1 - head.1) / b_cun(View::Side, "popliteal-lateral-malleolus") - 2.0).abs() < 0.01, "{drawn:?} vs {head:?}");
}

#[test]
fn bl10_and_gv15_are_both_drawn_level_with_c2_and_say_why() {
    let catalog = loaded();
    let y = |code: &str| catalog::point(code).unwrap().positions_on(View::Back)[0].1;
    assert_eq!(y("BL10"), y("GV15"));
    for code in ["BL10", "GV15"] {
        let point = catalog.points.iter().find(|p| p.code == code).unwrap();
        let note = recipes(point)[0].approximate.as_deref().unwrap_or_default();
        assert!(note.contains("upper border") || note.contains("superior to"), "{code}: {note}");
    }
}

#[test]
fn te13_is_3_b_cun_of_the_upper_arm_below_the_acromial_angle() {
    let cun = b_cun(View::Back, "posterior-axillary-fold-cubital");
    let acromion = View::Back.figure().landmark("acromion").unwrap();
    let te13 = catalog::point("TE13").unwrap().positions_on(View::Back);
    assert!(te13.iter().any(|(x, y)| *x == acromion.0 && ((y - acromion.1) / cun - 3.0).abs() < 0.01), "{te13:?}");
    // Below it, TE12 and TE11 keep their order down the arm.
    let y = |code: &str| catalog::point(code).unwrap().positions_on(View::Back)[0].1;
    assert!(y("TE13") < y("TE12") && y("TE12") < y("TE11") && y("TE11") < y("TE10"));
}

#[test]
fn gb8_and_gb9_are_measured_from_the_temporal_hairline() {
    // On the side of the head: TE20 at the hairline above the ear apex, GB8 1.5 B-cun above it,
    // GB9 0.5 B-cun higher again and behind it, GB10 below GB9 on the curve down to GB12.
    let y = |code: &str| catalog::point(code).unwrap().positions_on(View::HeadSide)[0];
    let (te20, gb8, gb9, gb10, gb12) = (y("TE20"), y("GB8"), y("GB9"), y("GB10"), y("GB12"));
    let cun = (te20.1 - gb8.1) / 1.5;
    assert!(cun > 10.0, "a B-cun is {cun} units");
    assert!(((gb8.1 - gb9.1) / cun - 0.5).abs() < 0.1, "GB9 is 0.5 B-cun above GB8");
    assert!(gb9.0 < gb8.0, "GB9 is behind GB8");
    assert!(gb9.1 < gb10.1 && gb10.1 < gb12.1);
    assert!(((gb10.1 - gb9.1) / (gb12.1 - gb9.1) - 1.0 / 3.0).abs() < 0.1, "GB10 a third of the way from GB9 to GB12");
}

#[test]
fn st4_lies_0_4_finger_cun_beside_the_mouth_corner() {
    let cun = b_cun(View::HeadFront, "glabella-anterior-hairline");
    let corner = View::HeadFront.figure().landmark("mouth-corner").unwrap();
    let st4 = catalog::point("ST4").unwrap().positions_on(View::HeadFront);
    // A finger-cun taken as one B-cun of the face, as everywhere in the catalog.
    assert!(st4.iter().any(|(x, y)| ((x - corner.0).abs() / cun - 0.4).abs() < 0.02 && (y - corner.1).abs() < 0.5), "{st4:?} vs {corner:?}, {cun} per B-cun");
}

#[test]
fn a_condition_guide_claim_with_a_number_names_its_source_and_a_guide_has_red_flags() {
    use acumap::condition_guide::{check, check_translation, GuideRecord};
    use std::collections::BTreeSet;
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/points/guides/");
    let read = |path: &str| -> GuideRecord { toml::from_str(&std::fs::read_to_string(format!("{dir}{path}")).unwrap()).unwrap() };
    let vocabulary = vocabulary();
    let conditions: BTreeSet<&str> = vocabulary.condition.keys().map(String::as_str).collect();
    let codes: BTreeSet<&str> = POINTS.iter().map(|p| p.code).collect();
    let good = read("sciatica.toml");
    assert_eq!(check(&good, "sciatica", &conditions, &codes), Vec::<String>::new());
    let mut bad = good.clone();
    bad.course = "Most people need 8 sessions.".to_string();
    bad.red_flag.clear();
    bad.points.push("ZZ9".to_string());
    bad.evidence[0].text = "Acupuncture helps (source: nobody-2020).".to_string();
    let problems = check(&bad, "sciatica", &conditions, &codes);
    assert!(problems.iter().any(|p| p.starts_with("course makes a claim without a source")), "{problems:?}");
    assert!(problems.contains(&"a guide needs its red flags".to_string()), "{problems:?}");
    assert!(problems.contains(&"unknown point `ZZ9`".to_string()), "{problems:?}");
    assert!(problems.contains(&"evidence[0] cites unknown source `nobody-2020`".to_string()), "{problems:?}");
    // Point codes are not numbers; a translation keeps the English's red flags in order.
    bad = good.clone();
    bad.course = "Points such as BL23 and GB30 are used.".to_string();
    assert!(check(&bad, "sciatica", &conditions, &codes).is_empty());
    let mut zh = read("zh-Hans/sciatica.toml");
    assert_eq!(check_translation(&good, &zh, "zh-Hans", &codes), Vec::<String>::new());
    zh.red_flag.swap(0, 5);
    zh.summary.push_str("（见 the doctor）");
    let problems = check_translation(&good, &zh, "zh-Hans", &codes);
    assert!(problems.contains(&"the red flags' urgencies differ from the English, in order".to_string()), "{problems:?}");
    assert!(problems.iter().any(|p| p.starts_with("summary still holds English")), "{problems:?}");
}

/// A patient reads every caution kind in everyday words, in each language: the vocabulary and
/// each translation have exactly the kinds, with none of a practitioner's words.
#[test]
fn every_caution_kind_has_a_patients_words_and_a_patient_reads_them() {
    use acumap::strings::Lang;
    let text = vocabulary_text();
    let line = text.lines().find(|l| l.starts_with("pneumothorax = \"The lung")).unwrap();
    assert_eq!(vocabulary_error(&format!("{line}\n"), ""), "v.toml: [caution_plain] pneumothorax has no plain words");
    assert_eq!(vocabulary_error(line, "pneumothorax = \"Insert obliquely\""), "v.toml: [caution_plain] pneumothorax holds a practitioner's word (\"oblique\")");
    let zh = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/points/translations/zh-Hans.toml")).unwrap();
    let zh_line = zh.lines().find(|l| l.starts_with("pneumothorax = \"下方")).unwrap();
    let errors = source::parse_translation("zh.toml", &zh.replacen(zh_line, "pneumothorax = \"斜刺\"", 1), &vocabulary()).unwrap_err();
    assert_eq!(errors.iter().map(|e| e.to_string()).collect::<Vec<_>>(), ["zh.toml: pneumothorax: [caution_plain] pneumothorax holds a practitioner's word (\"斜刺\")"]);
    for lang in Lang::ALL {
        for (kind, label) in catalog::CAUTION_KINDS {
            assert_eq!(lang.caution_for(kind, false), lang.caution(kind));
            let plain = lang.caution_for(kind, true);
            assert!(!plain.is_empty() && plain != *kind, "{kind} in {lang:?}");
            assert!(*kind == "pregnancy" || plain != lang.caution(kind), "{kind} in {lang:?}: {label}");
        }
    }
    assert_eq!(Lang::En.caution_for("pneumothorax", true), "The lung lies close beneath");
}

/// A word readers type is one word (or a short phrase, besides the filler search leaves out) and
/// stands for a condition, a caution kind or a word the texts hold, in the vocabulary and in
/// each translation.
#[test]
fn a_search_word_is_one_word_for_a_condition_a_caution_kind_or_a_word_of_the_texts() {
    let phrase = "v.toml: [search] \"back  ache\" is not one word, two or three, one space apart";
    assert_eq!(vocabulary_error("backache = ", "\"back  ache\" = "), phrase);
    assert_eq!(vocabulary_error("backache = ", "\"dull ache in lower back\" = "), phrase.replace("back  ache", "dull ache in lower back"));
    assert_eq!(vocabulary_error("backache = ", "\" \" = "), phrase.replace("back  ache", " "));
    // Filler is not a word: "pins and needles" is a phrase of two. An empty value stands for
    // nothing: a complaint no point's texts treat.
    assert!(vocabulary().search.contains_key("pins and needles"));
    assert_eq!(vocabulary().search.get("low blood pressure").map(String::as_str), Some(""));
    // What an entry stands for, with the texts of its language: as the build checks each.
    let mut catalog = source::load_dir(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/points"))).unwrap();
    let texts = |tag: &str| acumap::catalog::baked_prose(tag).unwrap().searchable_text();
    assert_eq!(catalog.search_problems("en", &texts("en")), Vec::<String>::new());
    catalog.vocabulary.search.insert("pregnant".into(), "pregnant".into());
    catalog.vocabulary.search.insert("throwing up".into(), "vomitting".into());
    // Several words a `|` apart: each of them.
    catalog.vocabulary.search.insert("five shu".into(), "(wood) point|(wod) point".into());
    catalog.vocabulary.search.insert("five phase points".into(), "(wood) point|(fire) point".into());
    assert_eq!(catalog.search_problems("en", &texts("en")), [
        "points/vocabulary.toml: [search] five shu stands for (wood) point|(wod) point, which is not a condition, a caution kind, dry-needling, a complaint of [most_used] or a word of the en texts",
        "points/vocabulary.toml: [search] pregnant stands for pregnant, which is not a condition, a caution kind, dry-needling, a complaint of [most_used] or a word of the en texts",
        "points/vocabulary.toml: [search] throwing up stands for vomitting, which is not a condition, a caution kind, dry-needling, a complaint of [most_used] or a word of the en texts",
    ]);
    assert_eq!(catalog.search_problems("zh-Hans", &texts("zh-Hans")), Vec::<String>::new());
    // 呃逆 is in the Chinese texts, not the English; 膝部, the knee's region, in the labels
    // every language's search reads.
    let with_english = catalog.search_problems("zh-Hans", &texts("en"));
    assert!(with_english.iter().any(|p| p.contains("[search] 打嗝 stands for 呃逆")), "{with_english:?}");
    assert!(!with_english.iter().any(|p| p.contains("[search] 膝盖 stands")), "{with_english:?}");
    let (_, zh) = catalog.translations.iter_mut().find(|(tag, _)| tag == "zh-Hans").unwrap();
    zh.search.insert("落枕".into(), "neck-pains".into());
    assert_eq!(catalog.search_problems("zh-Hans", &texts("zh-Hans")).len(), 1);
}

/// The points most used for a complaint are points of the catalog, each once, that search finds
/// by the complaint in each language that names it: a point whose texts write it (every word of
/// it, apart as search finds them) or that has the condition it is or a search word for it
/// stands for; a translation's complaint is one of the vocabulary's, or a condition guide's
/// title. Every language's words for them travel in every prose file.
#[test]
fn the_points_most_used_for_a_complaint_are_found_by_it_in_each_language() {
    let mut catalog = source::load_dir(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/points"))).unwrap();
    let file = |tag: &str| acumap::catalog::baked_prose(tag).unwrap();
    for tag in ["en", "zh-Hans", "zh-Hant"] {
        assert_eq!(catalog.most_used_problems(tag, file(tag)), Vec::<String>::new(), "{tag}");
        let most_used = &file(tag).search.most_used;
        for (complaint, word) in [("insomnia", "insomnia"), ("cough", "咳嗽"), ("tinnitus", "耳鳴"), ("diarrhoea", "腹瀉")] {
            assert_eq!(most_used.get(word), most_used.get(complaint), "{tag}: {word}");
        }
    }
    let insomnia = catalog.vocabulary.most_used.get_mut("insomnia").unwrap();
    // LI11's texts write no insomnia, nor has it the condition; GV20 listed twice; LU12 none.
    insomnia.extend(["LI11", "GV20", "LU12"].map(String::from));
    // SP6's "Irregular, painful or absent menstruation" is gynaecological, which `period pain`
    // stands for in the vocabulary's [search]: a point of the complaint, as search finds it.
    catalog.vocabulary.most_used.get_mut("period pain").unwrap().push("BL40".into());
    assert_eq!(catalog.most_used_problems("en", file("en")), [
        "points/vocabulary.toml: [most_used] insomnia lists LI11, whose en texts do not name it (insomnia)",
        "points/vocabulary.toml: [most_used] insomnia lists GV20 twice",
        "points/vocabulary.toml: [most_used] insomnia lists LU12, which is not a point of the catalog",
        "points/vocabulary.toml: [most_used] period pain lists BL40, whose en texts do not name it (period pain)",
    ]);
    assert!(catalog.vocabulary.most_used["period pain"].contains(&"SP6".to_string()));
    let (_, zh) = catalog.translations.iter_mut().find(|(tag, _)| tag == "zh-Hans").unwrap();
    zh.most_used.insert("失眠症".into(), "insomnias".into());
    assert_eq!(catalog.most_used_problems("zh-Hans", file("zh-Hans")).first().map(String::as_str), Some("points/translations/zh-Hans.toml: [most_used] 失眠症 stands for insomnias, which is not a complaint of [most_used] in points/vocabulary.toml nor a condition guide's title"));
    // A translation's word may name a condition guide by its English title: the guide's points,
    // in its order, travel for it as for a complaint.
    let neck = acumap::catalog::GUIDES.iter().find(|g| g.id == "neck-pain").unwrap().points;
    for tag in ["en", "zh-Hans", "zh-Hant"] {
        assert_eq!(file(tag).search.most_used.get("脖子痛").map(|codes| codes.iter().map(String::as_str).collect::<Vec<_>>()), Some(neck.to_vec()), "{tag}");
    }
}

/// A word for an emergency or a crisis is shaped as a search word, names one of the two, and is
/// not also a search word; every language's travel in every prose file, standing for its kind.
#[test]
fn an_urgent_word_names_an_emergency_or_a_crisis_and_is_no_search_word() {
    use acumap::prose::Urgent;
    assert_eq!(vocabulary().urgent.get("heart attack"), Some(&Urgent::Emergency));
    assert_eq!(vocabulary_error("\"heart attack\" = ", "\"sudden crushing heart attack pain\" = "), "v.toml: [urgent] \"sudden crushing heart attack pain\" is not one word, two or three, one space apart");
    assert_eq!(vocabulary_error("suicidal = \"crisis\"", "pregnant = \"crisis\""), "v.toml: [urgent] \"pregnant\" is a word of [search] too");
    let unknown = vocabulary_error("overdose = \"emergency\"", "overdose = \"urgent\"");
    assert!(unknown.starts_with("v.toml: ") && unknown.contains("unknown variant `urgent`"), "{unknown}");
    for tag in ["en", "zh-Hans", "zh-Hant"] {
        let search = &acumap::catalog::baked_prose(tag).unwrap().search.words;
        for (word, kind) in [("heart attack", Urgent::Emergency), ("心梗", Urgent::Emergency), ("自殺", Urgent::Crisis), ("baby not moving", Urgent::Pregnancy)] {
            assert_eq!(search.get(word).and_then(|v| Urgent::from_value(v)), Some(kind), "{word} in {tag}");
        }
    }
}

/// Characters only Simplified Chinese writes (针 for 針, 经 for 經, 肾 for 腎 ...).
const SIMPLIFIED_ONLY: &str = "针经脉肾头颈为这门处时与对应关节约侧线会疗医动脑肠胆";

/// Traditional Chinese is written from the Simplified by `points/translations/zh-Hant.py`: no
/// Simplified character is left in its prose, its vocabulary or the interface's strings, and
/// they quote in corner brackets (「」, 『』 within) as Taiwan and Hong Kong write, where the
/// Simplified has curly marks. (A prose file's search words are every language's, for what
/// readers type, and not shown.)
#[test]
fn traditional_chinese_writes_no_simplified_character_and_quotes_in_corner_brackets() {
    use acumap::Lang;
    let simplified = |text: &str| text.chars().filter(|c| SIMPLIFIED_ONLY.contains(*c)).count();
    let prose = |tag: &str| {
        let mut file = catalog::baked_prose(tag).unwrap().clone();
        assert!(file.search.words.contains_key("孕妇") && file.search.words.contains_key("孕婦") && file.search.words.contains_key("pregnant"), "{tag}");
        file.search = Default::default();
        serde_json::to_string(&file).unwrap()
    };
    assert!(simplified(&prose("zh-Hans")) > 1000, "the check finds them where they are");
    assert_eq!(simplified(&prose("zh-Hant")), 0);
    let labels = |lang: Lang| -> String {
        let mut all: Vec<&str> = catalog::MERIDIAN_NAMES.iter().map(|(code, _)| lang.meridian(code)).collect();
        all.extend(catalog::REGIONS.iter().map(|(key, _)| lang.region(key)));
        all.extend(catalog::CONDITIONS.iter().map(|(key, _)| lang.condition(key)));
        all.extend(catalog::CAUTION_KINDS.iter().flat_map(|(key, _)| [lang.caution_for(key, false), lang.caution_for(key, true)]));
        all.concat()
    };
    assert!(simplified(&labels(Lang::ZhHans)) > 20);
    assert_eq!(simplified(&labels(Lang::ZhHant)), 0);
    // The interface's strings, as src/strings.rs writes them.
    let source = include_str!("../src/strings.rs");
    // From the language's first static (its painted view's strings) to the end of its last,
    // the interface's (the content problems' are between the two).
    let block = |name: &str| {
        let start = source.find(&format!("pub static {name}_PAINT")).unwrap();
        let ui = source.find(&format!("pub static {name}: UiStrings")).unwrap();
        &source[start..ui + source[ui..].find("\n};\n").unwrap()]
    };
    assert!(simplified(block("ZH_HANS")) > 20);
    assert_eq!(simplified(block("ZH_HANT")), 0);
    let marks = |text: &str, marks: [char; 4]| text.chars().filter(|c| marks.contains(c)).count();
    let (curly, corner) = (['“', '”', '‘', '’'], ['「', '」', '『', '』']);
    for (script, own, other) in [("zh-Hans", curly, corner), ("zh-Hant", corner, curly)] {
        let strings = block(if script == "zh-Hans" { "ZH_HANS" } else { "ZH_HANT" });
        for (what, text) in [("prose", prose(script).as_str()), ("interface strings", strings)] {
            assert!(marks(text, own) > 0 && marks(text, other) == 0, "{script} {what}: {} own quotation marks, {} of the other script's", marks(text, own), marks(text, other));
        }
    }
}

/// The practitioner's texts of a point in a whole prose file (every file `build.rs` bakes is).
fn whole(p: &acumap::prose::PointProse) -> &acumap::prose::PractitionerProse {
    p.practitioner.as_ref().expect("a whole prose file has the practitioner's texts")
}

/// The file's text holds the points by field (`ProseFile::to_json`); it must read back to the
/// same prose, every language's file of either kind, points without a field (`null` in its
/// column) included.
#[test]
fn a_prose_file_written_as_columns_reads_back_the_same() {
    use acumap::prose::{ProseFile, ProseFileKind};
    for (tag, _) in catalog::PROSE_FILES {
        for kind in ProseFileKind::ALL {
            let file = kind.cut(catalog::baked_prose(tag).expect("a baked prose file"));
            let text = file.to_json();
            let columns: serde_json::Value = serde_json::from_str(&text).unwrap();
            let codes = columns["points"]["code"].as_array().expect("the codes' column");
            assert_eq!(codes.len(), file.points.len(), "{tag} {kind:?}");
            assert!(columns["points"]["patient"]["uses"].as_array().is_some_and(|u| u.len() == codes.len()), "{tag} {kind:?}: patient.uses as a column");
            assert_eq!(ProseFile::from_json(&text).expect("reads back"), file, "{tag} {kind:?}");
        }
    }
    // In the channels' order, their numbers counted, not read as text.
    let text = catalog::prose_file_text("en", ProseFileKind::Whole).unwrap();
    let columns: serde_json::Value = serde_json::from_str(&text).unwrap();
    let codes: Vec<&str> = columns["points"]["code"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    assert_eq!(codes[..3], ["BL1", "BL2", "BL3"]);
    assert!(codes.iter().position(|c| *c == "BL9") < codes.iter().position(|c| *c == "BL10"));
}

#[test]
fn a_patient_pages_prose_file_has_the_plain_words_and_shared_sections_and_no_practitioners_text() {
    use acumap::prose::{ProseFile, ProseFileKind};
    for (tag, _) in catalog::PROSE_FILES {
        let text = |kind| catalog::prose_file_text(tag, kind).expect("a prose file");
        let (whole, patient): (serde_json::Value, serde_json::Value) =
            (serde_json::from_str(&text(ProseFileKind::Whole)).unwrap(), serde_json::from_str(&text(ProseFileKind::Patient)).unwrap());
        for section in ["lang", "comparisons", "landmarks", "guide", "conditions"] {
            assert_eq!(patient[section], whole[section], "{tag}: {section}");
        }
        // The points' columns: the practitioner's fields are not among them.
        let columns: Vec<&str> = patient["points"].as_object().unwrap().keys().map(String::as_str).collect();
        assert!(columns.iter().all(|k| ["code", "lang", "alternative", "patient", "locate", "approximate"].contains(k)), "{tag}: {columns:?}");
        let read = |kind| ProseFile::from_json(&text(kind)).expect("a prose file reads back");
        let (whole, patient) = (read(ProseFileKind::Whole), read(ProseFileKind::Patient));
        assert_eq!(patient.points.len(), POINTS.len(), "{tag}");
        for (code, point) in &patient.points {
            assert_eq!(point.practitioner, None, "{tag} {code}");
            assert_eq!(point.patient, whole.points[code].patient, "{tag} {code}");
            assert_eq!(point.locate, whole.points[code].locate, "{tag} {code}");
            assert!(!point.patient.location.is_empty(), "{tag} {code}");
        }
        // What a patient page saves: the practitioner's texts are most of the file.
        assert!(text(ProseFileKind::Patient).len() * 2 < text(ProseFileKind::Whole).len(), "{tag}");
    }
}
