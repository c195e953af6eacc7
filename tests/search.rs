//! Native tests of search over the baked catalog, and that no query makes it panic (fuzzed
//! below with proptest).

mod common;

use acumap::search::search;
use proptest::prelude::*;

fn codes(query: &str) -> Vec<&'static str> {
    search(query).iter().map(|p| p.code).collect()
}

/// The codes `query` finds, best first, on a page of `lang` that has read its prose file of
/// `kind` (a patient page's, or the whole): each file's index made once for every test.
fn codes_in(lang: &str, kind: acumap::prose::ProseFileKind, query: &str) -> Vec<&'static str> {
    use acumap::search::{baked_prose_index, search_with, ProseIndex};
    static INDEXES: std::sync::OnceLock<Vec<(&str, acumap::prose::ProseFileKind, ProseIndex)>> = std::sync::OnceLock::new();
    let indexes = INDEXES.get_or_init(|| {
        let langs = ["en", "zh-Hans", "zh-Hant"];
        langs.iter().flat_map(|l| acumap::prose::ProseFileKind::ALL.map(|k| (*l, k, baked_prose_index(l, k).expect("a baked prose file")))).collect()
    });
    let (.., index) = indexes.iter().find(|(l, k, _)| *l == lang && *k == kind).expect("a language with prose");
    search_with(query, || Some(index)).into_iter().map(|p| p.code).collect()
}

/// The codes [`codes_in`] finds, in no order.
fn found_in(lang: &str, kind: acumap::prose::ProseFileKind, query: &str) -> std::collections::BTreeSet<&'static str> {
    codes_in(lang, kind, query).into_iter().collect()
}

/// The points most used for a complaint, in the order search lists them first
/// ([`acumap::prose::SearchWords::most_used`]): `complaint` as the language's texts write it.
fn most_used(lang: &str, complaint: &str) -> &'static [String] {
    &acumap::catalog::baked_prose(lang).unwrap().search.most_used[complaint]
}

/// `found` without the points most used for `complaint` ([`most_used`]), which come first.
fn after_most_used<'a>(lang: &str, complaint: &str, found: &[&'a str]) -> Vec<&'a str> {
    found.iter().filter(|c| !most_used(lang, complaint).iter().any(|m| m == *c)).copied().collect()
}

/// The codes of the points with condition tag `key`.
fn with_condition(key: &str) -> std::collections::BTreeSet<&'static str> {
    acumap::catalog::POINTS.iter().filter(|p| p.conditions.keys().any(|k| k == key)).map(|p| p.code).collect()
}

#[test]
fn an_empty_query_lists_every_point_in_catalog_order() {
    let all: Vec<&str> = acumap::catalog::POINTS.iter().map(|p| p.code).collect();
    assert_eq!(codes(""), all);
    assert_eq!(codes("   "), all);
}

/// A pasted page is read as its first 200 characters, as the search box takes them: a
/// search's work grows faster than its length (16,000 characters held the page for over a
/// second).
#[test]
fn a_query_is_read_as_its_first_200_characters() {
    use acumap::prose::ProseFileKind::Whole;
    for (lang, word) in [("en", "sciatica headache "), ("zh-Hans", "头痛 失眠 ")] {
        let long = word.repeat(2_000);
        let first: String = long.chars().take(acumap::search::LONGEST_QUERY).collect();
        assert_eq!(codes_in(lang, Whole, &long), codes_in(lang, Whole, &first), "{lang}");
        assert!(!codes_in(lang, Whole, &first).is_empty(), "{lang}");
    }
    // Spaces before it are not counted.
    assert_eq!(codes(&format!("{}LI4", " ".repeat(500))).first(), Some(&"LI4"));
}

#[test]
fn codes_find_their_point_first() {
    for query in ["BL23", "bl23", "UB23", "bl 23"] {
        assert_eq!(codes(query).first(), Some(&"BL23"), "{query}");
    }
    assert_eq!(codes("LI4").first(), Some(&"LI4"));
    // The other codes of English texts: older books, Deadman's Manual, Triple Heater.
    for (query, code) in [("K3", "KI3"), ("KID 1", "KI1"), ("H7", "HT7"), ("HE-7", "HT7"), ("TH5", "TE5"), ("SJ5", "TE5"), ("Liv3", "LR3")] {
        assert_eq!(codes(query).first(), Some(&code), "{query}");
    }
}

#[test]
fn a_code_written_apart_finds_what_it_finds_written_together() {
    // `li 4` found LI4 and 24 points more, whose codes hold a 4 and whose texts a word that
    // begins "li"; `p 6` 24 more than `P6` (PC6, and LU6 in the French notation).
    for (apart, together) in [("li 4", "LI4"), ("sp 6", "SP6"), ("p 6", "P6"), ("st 36", "ST36"), ("bl 23", "BL23"), ("liver 3", "LR3"), ("ex hn 3", "EX-HN3")] {
        assert_eq!(codes(apart), codes(together), "{apart}");
    }
}

#[test]
fn a_code_prefix_finds_the_points_of_that_meridian() {
    let found = codes("GB");
    assert!(found.contains(&"GB30") && found.contains(&"GB34"), "{found:?}");
    assert!(!found.contains(&"BL23"), "{found:?}");
}

#[test]
fn pinyin_is_found_with_or_without_tones() {
    assert_eq!(codes("shenshu").first(), Some(&"BL23"));
    assert_eq!(codes("Shènshū").first(), Some(&"BL23"));
    assert_eq!(codes("SANYINJIAO").first(), Some(&"SP6"));
    assert_eq!(codes("sanyin").first(), Some(&"SP6"));
    assert_eq!(codes("Hégǔ").first(), Some(&"LI4"));
}

#[test]
fn pinyin_with_tone_numbers_is_found_and_codes_stay_codes() {
    for query in ["zu3 san1 li3", "Zu3san1li3", "zu3-san1-li3"] {
        assert_eq!(codes(query).first(), Some(&"ST36"), "{query}");
    }
    assert_eq!(codes("shen4 shu1").first(), Some(&"BL23"));
    assert_eq!(codes("san1 yin1").first(), Some(&"SP6"), "a prefix, as without numbers");
    // One syllable with a digit, or a number of two digits, is a code.
    assert_eq!(codes("li3").first(), Some(&"LI3"));
    assert_eq!(codes("lu7").first(), Some(&"LU7"));
    assert_eq!(acumap::text::numbered_pinyin("bl23 gb30"), None);
    assert_eq!(acumap::text::numbered_pinyin("he2 gu3"), Some("hegu".to_string()));
}

#[test]
fn the_vocabulary_is_found_in_chinese_too() {
    let headache = codes("头痛");
    assert!(headache.contains(&"LI4") && headache.contains(&"GB20"), "{headache:?}");
    // The points tagged with the condition (the English word also finds it in the prose).
    let tagged: Vec<&str> = acumap::catalog::POINTS.iter().filter(|p| p.conditions.keys().any(|k| k == "headache")).map(|p| p.code).collect();
    assert_eq!(headache, tagged);
    let pregnancy = codes("孕期");
    assert!(pregnancy.contains(&"SP6") && !pregnancy.contains(&"GB34"), "{pregnancy:?}");
    assert!(codes("足太阳膀胱经").iter().all(|c| c.starts_with("BL")));
}

#[test]
fn hanzi_are_found_simplified_and_traditional() {
    assert_eq!(codes("肾俞").first(), Some(&"BL23"));
    assert_eq!(codes("腎兪").first(), Some(&"BL23"));
    assert_eq!(codes("合谷"), vec!["LI4"]);
    assert_eq!(codes("大腸兪").first(), Some(&"BL25"));
    // As Taiwan's readers type the names the standard prints in older forms (兪, 靑, 谿), and
    // the names it prints with a compatibility ideograph (都 as U+FA26) as anyone types them.
    assert_eq!(codes("腎俞").first(), Some(&"BL23"));
    assert_eq!(codes("青靈"), vec!["HT2"]);
    assert_eq!(codes("俠溪"), vec!["GB43"]);
    assert_eq!(codes("大都"), vec!["SP2"]);
    assert_eq!(codes("中都"), vec!["LR6"]);
    assert_eq!(codes("僕參"), vec!["BL61"]);
    // With 穴 or 穴位 after the name, as Chinese readers often write it; 气穴 is itself a name.
    assert_eq!(codes("足三里穴"), vec!["ST36"]);
    assert_eq!(codes("内关穴位"), vec!["PC6"]);
    assert_eq!(codes("气穴").first(), Some(&"KI13"));
    // The point named, though other texts hold the name: 太阳 is EX-HN5's name and the taiyang
    // channels' (手太阳小肠经), whose 87 points 太阳穴 listed after it.
    assert_eq!(codes("太阳穴"), vec!["EX-HN5"]);
    assert_eq!(codes("太陽穴"), vec!["EX-HN5"]);
}

#[test]
fn a_short_word_is_a_word_not_part_of_another() {
    // `ear` finds the ear's points (and, as a word may be typed in part, "earth"), not those of
    // the heart and what is near; `ibs` finds no ribs.
    let ear = codes("ear");
    assert!(ear.contains(&"SI19") && ear.contains(&"TE21"), "{ear:?}");
    assert!(!ear.contains(&"CV17") && !ear.contains(&"ST1"), "{ear:?}");
    let ibs: std::collections::BTreeSet<&str> = codes("ibs").into_iter().collect();
    assert_eq!(ibs, with_condition("digestive"), "IBS stands for digestive complaints, and no point is found for its ribs");
    // A number after a code's letters, and a syllable inside a pinyin name, are still found.
    assert_eq!(codes("36").first(), Some(&"ST36"));
    let sanli = codes("san li");
    assert!(sanli.contains(&"ST36") && sanli.contains(&"LI10"), "{sanli:?}");
    assert!(codes("guan").contains(&"PC6"));
}

#[test]
fn a_query_as_readers_type_or_copy_it_finds_its_point() {
    // Codes in an input method's full-width letters and digits, with an ideographic space.
    for query in ["ＧＢ３０", "ｇｂ　３０", "GB３０"] {
        assert_eq!(codes(query).first(), Some(&"GB30"), "{query}");
    }
    // A name with its code in brackets, as the cards and guides write it, copied whole: that
    // point, and no other.
    assert_eq!(codes("足三里（ST36）"), vec!["ST36"]);
    assert_eq!(codes("環跳(GB30)"), vec!["GB30"]);
    assert_eq!(codes("合谷【LI4】"), vec!["LI4"]);
    assert_eq!(codes("LI4/Hegu"), vec!["LI4"]);
    // A code spelt as no text spells it, beside the name.
    assert_eq!(codes("PC-6 Neiguan"), vec!["PC6"]);
    assert_eq!(codes("Neiguan P.6"), vec!["PC6"]);
    // Every word still counts: a name and another point's code find both points, in the order
    // named, as points named one by one do (below), not the one whose texts hold the other.
    assert_eq!(codes("足三里（LI4）"), vec!["ST36", "LI4"]);
}

#[test]
fn english_names_and_words_from_any_field_are_found() {
    assert_eq!(codes("kidney shu").first(), Some(&"BL23"));
    assert_eq!(codes("union valley"), vec!["LI4"]);
    let sciatica = codes("sciatica");
    for code in ["GB30", "BL40", "BL25"] {
        assert!(sciatica.contains(&code), "sciatica should find {code}: {sciatica:?}");
    }
    let pregnancy = codes("pregnancy");
    for code in ["LI4", "SP6", "BL60"] {
        assert!(pregnancy.contains(&code), "pregnancy should find {code}: {pregnancy:?}");
    }
    assert!(!pregnancy.contains(&"GB34"), "{pregnancy:?}");
}

#[test]
fn every_word_must_match() {
    assert!(codes("kidney sciatic nerve zebra").is_empty());
    assert!(codes("zzzz").is_empty());
    assert!(codes("<img src=x onerror=alert(1)>").is_empty());
}

#[test]
fn extra_points_are_found_by_code_in_any_spelling_and_by_name() {
    for query in ["EX-HN3", "ex-hn3", "EXHN3", "ex hn 3", "yintang", "印堂"] {
        assert_eq!(codes(query).first(), Some(&"EX-HN3"), "{query}");
    }
    assert_eq!(acumap::catalog::point("ex-ca1").map(|p| p.code), Some("EX-CA1"));
}

/// The widget makes its search index from the parsed prose file by the paths of
/// `prose::SEARCHED`, without reading each point whole, or from `patient.uses` in a patient
/// page's file, which has none of them; that must find exactly what `PointProse::searchable`
/// gives, in every language's files. And the location texts by `prose::PLACED`, what
/// `PointProse::places` gives.
#[test]
fn the_searched_paths_find_the_searchable_texts() {
    use acumap::prose::ProseFileKind;
    for lang in acumap::Lang::ALL.map(acumap::Lang::tag) {
        for kind in ProseFileKind::ALL {
            let file = kind.cut(acumap::catalog::baked_prose(lang).expect("a baked prose file"));
            for (code, prose) in &file.points {
                let object = serde_json::to_value(prose).unwrap();
                let by_path: Vec<String> = match object.get("actions") {
                    Some(_) => acumap::prose::SEARCHED
                        .iter()
                        .flat_map(|path| {
                            let list = path.iter().fold(&object, |o, name| &o[*name]);
                            list.as_array().into_iter().flatten().map(|t| t.as_str().unwrap().to_string())
                        })
                        .collect(),
                    None => vec![object["patient"]["uses"].as_str().unwrap().to_string()],
                };
                let searchable: Vec<String> = prose.searchable().into_iter().map(str::to_string).collect();
                assert!(!searchable.is_empty(), "{lang} {kind:?} {code}: nothing searchable");
                assert_eq!(by_path, searchable, "{lang} {kind:?} {code}");
                let placed: Vec<&str> = acumap::prose::PLACED.iter().filter_map(|path| path.iter().fold(&object, |o, name| &o[*name]).as_str()).collect();
                assert_eq!(placed, prose.places(), "{lang} {kind:?} {code}: its places");
            }
        }
    }
}

#[test]
fn words_readers_type_find_the_condition_or_caution_they_stand_for() {
    use acumap::catalog::POINTS;
    use acumap::search::{search_with, ProseIndex};
    use std::collections::BTreeSet;
    let set = |codes: Vec<&'static str>| codes.into_iter().collect::<BTreeSet<_>>();
    // A pregnant reader's words, in either language, find every point with a pregnancy caution.
    let cautioned = set(POINTS.iter().filter(|p| p.cautions.iter().any(|c| c.kind() == "pregnancy")).map(|p| p.code).collect());
    assert!(cautioned.contains("SP6") && cautioned.contains("LI4"));
    for query in ["pregnant", "Pregnant", "孕妇", "怀孕", "妊娠"] {
        assert!(cautioned.is_subset(&set(codes(query))), "{query}");
    }
    // As said and as written: 头疼 is 头痛; 腰背痛 the low back's points.
    assert_eq!(codes("头疼"), codes("头痛"));
    let low_back = with_condition("low-back-pain");
    assert!(low_back.contains("BL23") && low_back.is_subset(&set(codes("腰背痛"))));
    assert_eq!(set(codes("backache")), set(codes("lumbago")));
    // Each word must still match: what it stands for, or the text.
    assert_eq!(codes("pregnant hegu"), vec!["LI4"]);
    assert!(codes("pregnant zebra").is_empty());
    // A phrase's words stand together: "hot flushes" finds every gynaecological point, though
    // their texts do not hold the two words; in another order they are two words, each found
    // only where a text holds it.
    let gynaecological = with_condition("gynaecological");
    assert!(gynaecological.contains("SP6") && gynaecological.is_subset(&set(codes("Hot  flushes"))));
    assert_eq!(codes("hot flushes sanyinjiao"), vec!["SP6"]);
    assert!(!gynaecological.is_subset(&set(codes("flushes hot"))));
    // A point whose text holds the word comes before those found through what it stands for;
    // those, the points with more indications of the condition first, then in catalog order
    // (the catalog's order alone listed LU4, with one digestive indication, first).
    let words = &acumap::catalog::baked_prose("en").unwrap().search.words;
    let prose = ProseIndex::new(|p| (p.code == "BL60").then_some(["nausea after meals"]), |_| None::<[&str; 0]>, |_| false, words, std::iter::empty::<(&str, &str)>(), std::iter::empty::<(&str, Vec<String>)>());
    let found = search_with("nausea", || Some(&prose));
    let digestive_indications = |p: &acumap::model::Point| p.indication_tags().filter(|t| t.contains("digestive")).count();
    let mut digestive: Vec<&acumap::model::Point> = POINTS.iter().filter(|p| p.conditions.keys().any(|k| k == "digestive") && p.code != "BL60").collect();
    digestive.sort_by_key(|p| std::cmp::Reverse(digestive_indications(p)));
    let digestive: Vec<&str> = digestive.into_iter().map(|p| p.code).collect();
    assert_eq!(found.iter().map(|p| p.code).collect::<Vec<_>>(), [vec!["BL60"], digestive].concat());
    let first = after_most_used("en", "heartburn", &codes("heartburn"))[0];
    let most = POINTS.iter().map(digestive_indications).max();
    assert_eq!(Some(digestive_indications(acumap::catalog::point(first).unwrap())), most, "{first}");
    assert!(digestive_indications(acumap::catalog::point("LU4").unwrap()) < 2);
    // A word a condition's label holds ranks that condition's points alike: `tinnitus` (in "Ear
    // complaints (tinnitus, …)") listed LI1, LI5, LI6 first, in catalog order. (After the
    // points most used for the complaint, where it has them.)
    for (query, key, complaint) in [("tinnitus", "ear", "tinnitus"), ("耳鸣", "ear", "耳鸣"), ("palpitations", "palpitations", "palpitations"), ("sweating", "sweating", "")] {
        let indications = |code: &str| acumap::catalog::point(code).unwrap().indication_tags().filter(|t| t.contains(key)).count();
        let found = codes(query);
        let found = if complaint.is_empty() { found } else { after_most_used("en", complaint, &found) };
        let most = found.iter().map(|c| indications(c)).max();
        assert_eq!(Some(indications(found[0])), most, "{query}: {found:?}");
        assert!(found.windows(2).take(5).all(|w| indications(w[0]) >= indications(w[1])), "{query}: {found:?}");
    }
}

#[test]
fn everyday_words_find_every_point_of_their_condition() {
    use std::collections::BTreeSet;
    // Words readers type that no point's name or label holds: each finds every point of its
    // condition. In English; in Chinese, in the words both regions say (in either script) and
    // in those Taiwan's and Hong Kong's readers type.
    for (query, key) in [
        ("period pain", "gynaecological"),
        ("Menstrual cramps", "gynaecological"),
        ("depression", "mental"),
        ("migraines", "headache"),
        ("dizzy", "dizziness"),
        ("stuffy nose", "nose"),
        ("tummy ache", "digestive"),
        ("Bell's palsy", "facial-paralysis"),
        ("golfer’s elbow", "arm-pain"),
        ("tennis elbow", "arm-pain"),
        ("frozen shoulder", "neck-pain"),
        ("slipped disc", "low-back-pain"),
        ("plantar fasciitis", "foot-pain"),
        ("sprained ankle", "ankle-pain"),
        ("經痛", "gynaecological"),
        ("經前症候群", "gynaecological"),
        ("憂鬱症", "mental"),
        ("忧郁", "mental"),
        ("氣喘", "respiratory"),
        ("便祕", "digestive"),
        ("胃食道逆流", "digestive"),
        ("五十肩", "neck-pain"),
        ("鼻子過敏", "nose"),
        ("媽媽手", "arm-pain"),
        ("板機指", "arm-pain"),
        ("顳顎關節", "facial-pain"),
        ("攝護腺", "urinary"),
        ("生理痛", "gynaecological"),
        ("頻尿", "urinary"),
        ("濕疹", "skin"),
        ("傷風", "fever"),
        ("鼻敏感", "nose"),
        ("膊頭痛", "neck-pain"),
        ("肚屙", "digestive"),
        // What a point is used for, as a verb: stop vomiting, lower the blood pressure, help
        // sleep, bring a fever down.
        ("止吐", "digestive"),
        ("降血压", "hypertension"),
        ("降壓", "hypertension"),
        ("安眠", "insomnia"),
        ("退烧", "fever"),
        ("退熱", "fever"),
        ("压力大", "mental"),
        ("壓力", "mental"),
        ("burnout", "fatigue"),
        ("tired all the time", "fatigue"),
        ("trigeminal neuralgia", "facial-pain"),
        ("calming points", "mental"),
        // Irritable bowel found nothing written out (`ibs` did), nor RSI.
        ("irritable bowel", "digestive"),
        ("irritable bowel syndrome", "digestive"),
        ("肠易激", "digestive"),
        ("腸易激", "digestive"),
        ("RSI", "arm-pain"),
        ("repetitive strain injury", "arm-pain"),
        ("担心", "mental"),
        ("擔心", "mental"),
        ("stressed", "mental"),
        ("stressed out", "mental"),
        ("stress at work", "mental"),
        ("工作压力大", "mental"),
        // Found nothing (a rolled ankle, a rotator cuff, food poisoning) or, feeling low, the
        // points for low back pain.
        ("twisted ankle", "ankle-pain"),
        ("rolled ankle", "ankle-pain"),
        ("rotator cuff", "neck-pain"),
        ("food poisoning", "digestive"),
        ("feeling low", "mental"),
        ("feeling down", "mental"),
        ("low mood", "mental"),
        // `threw my back out` was read as "three my back out", tight shoulders found BL16.
        ("threw my back out", "low-back-pain"),
        ("put my back out", "low-back-pain"),
        ("tight shoulders", "neck-pain"),
        ("pain between the shoulder blades", "upper-back-pain"),
        // Found nothing: bloating, a period that does not come or comes unevenly, sore eyes,
        // and in Taiwan a runny nose (流鼻水).
        ("胀气", "digestive"),
        ("脹氣", "digestive"),
        ("月经不来", "gynaecological"),
        ("生理期不順", "gynaecological"),
        ("眼睛酸", "eye"),
        ("眼睛痠", "eye"),
        ("流鼻水", "nose"),
        // And Hong Kong's Cantonese: not sleeping, tired, diarrhoea, a back put out, a twisted
        // ankle, a runny nose; and a stomach ache as both say it (肚痛).
        ("瞓唔著", "insomnia"),
        ("攰", "fatigue"),
        ("肚瀉", "digestive"),
        ("閃親腰", "low-back-pain"),
        ("扭傷腳", "ankle-pain"),
        ("鼻水", "nose"),
        ("肚痛", "digestive"),
        // The doctor's names: found nothing.
        ("prostatitis", "urinary"),
        ("chronic fatigue syndrome", "fatigue"),
    ] {
        let (points, found) = (with_condition(key), codes(query).into_iter().collect::<BTreeSet<_>>());
        assert!(!points.is_empty() && points.is_subset(&found), "{query}: {:?} of {key} not found", points.difference(&found));
    }
}

#[test]
fn a_complaint_by_its_medical_name_or_as_patients_say_it_finds_its_points_on_either_page() {
    use acumap::prose::ProseFileKind;
    use std::collections::BTreeSet;
    // On a practitioner's page (the whole prose file) and on a patient's (a patient page's
    // file, whose texts are the plain words alone), in the page's language: a doctor's name
    // for a complaint, TCM's, or a patient's words find every point of the condition, or the
    // points whose texts say it as the page's texts do. Each found nothing on a patient page,
    // or on both (`induce labour`, 尿失禁, 乳腺炎, 潮熱); 偏瘫 found GB13 alone on a patient
    // page, as it stood for a word of the practitioner's texts only.
    let conditions = [
        ("en", "induce labour", "labour"),
        ("en", "Labor induction", "labour"),
        ("en", "bronchitis", "respiratory"),
        ("en", "tonsillitis", "throat"),
        ("en", "an ear infection", "ear"),
        ("en", "hemiplegia", "stroke"),
        ("en", "flatulence", "digestive"),
        ("en", "water retention", "oedema"),
        ("en", "swollen feet", "oedema"),
        ("en", "trouble sleeping", "insomnia"),
        // Sore and aching are pain, as the texts write it (sore knees found GB35 alone on a
        // patient page, aching legs two points).
        ("en", "sore knees", "knee-pain"),
        ("en", "aching legs", "leg-pain"),
        ("zh-Hans", "尿失禁", "urinary"),
        ("zh-Hans", "乳腺炎", "breast"),
        ("zh-Hans", "缺乳", "breast"),
        ("zh-Hans", "潮热", "gynaecological"),
        ("zh-Hans", "催产", "labour"),
        ("zh-Hans", "鼻炎", "nose"),
        ("zh-Hans", "干眼症", "eye"),
        ("zh-Hans", "偏瘫", "stroke"),
        ("zh-Hans", "半身不遂", "stroke"),
        ("zh-Hans", "没力气", "fatigue"),
        ("zh-Hans", "崴脚", "ankle-pain"),
        ("zh-Hant", "潮熱", "gynaecological"),
        ("zh-Hant", "偏癱", "stroke"),
        ("zh-Hant", "扁桃腺炎", "throat"),
        ("zh-Hant", "閃到腰", "low-back-pain"),
        // Sneezing was read as "wheezing" on a patient page; tired eyes found BL23 and EX-B7,
        // whose texts hold "tired" and "eyes" apart; acne as Chinese readers say it.
        ("en", "sneezing", "nose"),
        ("en", "tired eyes", "eye"),
        ("en", "excema", "skin"),
        ("zh-Hans", "长痘", "skin"),
        ("zh-Hant", "長痘", "skin"),
    ];
    let points = [
        ("en", "myopia", &["GB16", "EX-HN7"][..]),
        ("en", "short sighted", &["GB16", "EX-HN7"]),
        ("en", "belly button", &["CV8"]),
        ("en", "bloated", &["CV12"]),
        ("en", "sunstroke", &["LI1"]),
        ("en", "amenorrhea", &["GB26", "SP10"]),
        ("en", "loss of appetite", &["ST21"]),
        ("en", "mucus", &["LU5", "ST40"]),
        // Found nothing on a practitioner's page, whose texts say "fetus", and a patient's.
        ("en", "breech baby", &["BL67"]),
        ("zh-Hans", "转胎", &["BL67"]),
        ("en", "anger", &["LR2", "LR3"]),
        // Sleepy was read as "sleep", and found the 31 points for insomnia.
        ("en", "sleepy", &["BL62"]),
        ("en", "drowsiness", &["BL62"]),
        // Found nothing: the texts say what a neuropathy is felt as.
        ("en", "neuropathy", &["LI9", "LI10"]),
    ];
    // And what the texts' word finds: 面瘫 (facial paralysis) finds the points of the condition
    // and twice as many whose texts say it; 偏瘫 every point whose texts write 半身不遂, as it did
    // when it stood for that word.
    let written = [("zh-Hans", "面神经麻痹", "面瘫"), ("zh-Hant", "顏面神經麻痺", "面癱"), ("zh-Hans", "偏瘫", "半身不遂")];
    for kind in ProseFileKind::ALL {
        let found = |lang: &str, query: &str| codes_in(lang, kind, query).into_iter().collect::<BTreeSet<_>>();
        let searches = conditions.iter().map(|&(lang, query, key)| (lang, query, with_condition(key)));
        let searches = searches.chain(points.iter().map(|&(lang, query, codes)| (lang, query, codes.iter().copied().collect())));
        for (lang, query, wanted) in searches.chain(written.iter().map(|&(lang, said, word)| (lang, said, found(lang, word)))) {
            let found = found(lang, query);
            assert!(!wanted.is_empty() && wanted.is_subset(&found), "{query} ({lang}, {kind:?}): {:?} not found", wanted.difference(&found));
        }
    }
}

#[test]
fn a_complaint_no_point_is_for_finds_nothing_not_the_points_for_its_opposite() {
    use acumap::prose::ProseFileKind;
    // No point's texts treat these, and each found points whose texts hold its words apart,
    // often for its opposite: low blood pressure LR3 ("low mood", "high blood pressure");
    // raising it GB20 ("raised blood pressure"); stopping the milk SP18 ("stops cough",
    // "promotes lactation"); hair loss GB7 ("hairline", "loss of voice"). Now nothing, on
    // either page, in every language.
    let none = [
        ("en", "low blood pressure"),
        ("en", "Low blood pressure points"),
        ("en", "hypotension"),
        ("zh-Hans", "低血压"),
        ("zh-Hant", "低血壓"),
        ("en", "raise blood pressure"),
        ("zh-Hans", "升血压"),
        ("en", "stop lactation"),
        ("en", "stop breast milk"),
        ("zh-Hans", "回乳"),
        ("zh-Hant", "斷奶"),
        ("en", "hair loss"),
        ("en", "bone loss"),
    ];
    for kind in ProseFileKind::ALL {
        for (lang, query) in none {
            assert_eq!(codes_in(lang, kind, query), Vec::<&str>::new(), "{query} ({lang}, {kind:?})");
        }
        // Its opposite still finds its points, and the words apart what they find.
        for (lang, query) in [("en", "high blood pressure"), ("en", "hypertension"), ("en", "low mood"), ("zh-Hans", "高血压")] {
            assert!(!codes_in(lang, kind, query).is_empty(), "{query} ({lang}, {kind:?})");
        }
        // "Pressure points" are points, but blood pressure is not "blood" (`high blood pressure
        // points` found 11 points more, whose texts hold "high" and "blood").
        assert_eq!(codes_in("en", kind, "high blood pressure points"), codes_in("en", kind, "high blood pressure"));
    }
    // A plural standing for nothing is not looked for as its singular either, as a word the
    // file gives a word for is not (`kids`: "children", not "kid"): were `cramps` such a word, it
    // would find the points whose texts write "cramps" (BL57, GB34), not those that write
    // "cramp" alone (EX-LE8, EX-LE9).
    use acumap::search::{search_with, ProseIndex};
    let file = acumap::catalog::baked_prose("en").unwrap();
    let mut words = file.search.words.clone();
    words.insert("cramps".into(), String::new());
    let point = |p: &acumap::model::Point| file.points.get(p.code);
    let index = ProseIndex::new(|p| point(p).map(acumap::prose::PointProse::searchable), |p| point(p).map(acumap::prose::PointProse::places), |p| point(p).is_some_and(acumap::prose::PointProse::has_counterpart), &words, std::iter::empty::<(&str, &str)>(), std::iter::empty::<(&str, Vec<String>)>());
    let found: Vec<&str> = search_with("cramps", || Some(&index)).iter().map(|p| p.code).collect();
    let writes = |code: &str| file.points[code].searchable().iter().any(|t| t.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| w == "cramps"));
    assert!(!found.is_empty() && found.iter().all(|c| writes(c)), "{found:?}");
    assert!(codes("cramp").iter().any(|c| !writes(c)));
    // Nor is such a word read as a misspelling (hypotension was "hypertension", sleepy
    // "sleep", which found the points for insomnia).
    for query in ["hypotension", "sleepy"] {
        assert!(acumap::search::find(query, acumap::search::english_prose).read_as.is_none(), "{query}");
    }
}

#[test]
fn an_emergency_or_a_crisis_named_is_said_to_need_help_now_wherever_its_words_stand() {
    use acumap::prose::{ProseFileKind, Urgent};
    use acumap::search::{baked_prose_index, find};
    let urgent = |lang: &str, query: &str| {
        let index = baked_prose_index(lang, ProseFileKind::Whole).unwrap();
        find(query, || Some(&index)).urgent
    };
    for (lang, query, kind) in [
        ("en", "heart attack", Urgent::Emergency),
        ("en", "I think I'm having a heart attack", Urgent::Emergency),
        ("en", "Overdose", Urgent::Emergency),
        ("en", "suicidal", Urgent::Crisis),
        ("en", "i want to end my life", Urgent::Crisis),
        ("en", "self-harm", Urgent::Crisis),
        ("zh-Hans", "心梗", Urgent::Emergency),
        ("zh-Hans", "我想自杀", Urgent::Crisis),
        ("zh-Hant", "心臟病發作", Urgent::Emergency),
        // A reader's own words, whatever the widget's language.
        ("en", "自殺", Urgent::Crisis),
        ("zh-Hans", "heart attack", Urgent::Emergency),
        // A warning sign in pregnancy: the midwife or the maternity unit now.
        ("en", "bleeding during pregnancy", Urgent::Pregnancy),
        ("en", "I'm pregnant and bleeding", Urgent::Pregnancy),
        ("en", "my baby is not moving", Urgent::Pregnancy),
        ("zh-Hans", "怀孕出血怎么办", Urgent::Pregnancy),
        ("zh-Hant", "胎動減少", Urgent::Pregnancy),
    ] {
        assert_eq!(urgent(lang, query), Some(kind), "{lang} {query}");
    }
    // Not a complaint the texts treat, however serious, nor one told in words an emergency is
    // told in too, nor a word of the phrase alone; and not before the page has read a prose
    // file, whose words name them.
    for query in [
        "stroke",
        "chest pain",
        "fainting",
        "seizure",
        "food poisoning",
        "a choking feeling in the throat",
        "i cannot breathe through my nose",
        "heart",
        "attack",
        "panic attack",
        "headache during pregnancy",
        "heavy menstrual bleeding",
        "中风",
        "",
    ] {
        assert_eq!(urgent("en", query), None, "{query}");
        assert_eq!(urgent("zh-Hans", query), None, "{query}");
    }
    assert_eq!(find("heart attack", || None).urgent, None);
    // Its words are not found apart: no point is for a heart attack (the texts' "heart" and
    // "attack" are palpitations and an asthma attack).
    assert!(codes("heart attack").is_empty(), "{:?}", codes("heart attack"));
    assert!(!codes("heart").is_empty() && !codes("attack").is_empty());
}

#[test]
fn a_complaint_in_pregnancy_finds_its_points_those_to_avoid_in_pregnancy_last() {
    use std::collections::BTreeSet;
    let cautioned = |code: &str| acumap::catalog::point(code).unwrap().cautions.iter().any(|c| c.kind() == "pregnancy");
    // Pregnancy alone, or as the points to avoid, is the caution's points.
    let avoid = codes("pregnancy");
    assert!(!avoid.is_empty() && avoid.iter().all(|c| cautioned(c)));
    for query in ["points to avoid in pregnancy", "pregnant", "pregnant women", "孕妇"] {
        assert_eq!(codes(query), avoid, "{query}");
    }
    // Beside a complaint it is the reader's state: `back pain in pregnancy` listed only the
    // back pain points to avoid in pregnancy (BL23, BL25 …), `孕妇头痛` the headache points.
    for (query, complaint) in [("back pain in pregnancy", "back pain"), ("headache during pregnancy", "headache"), ("pregnant with sciatica", "sciatica"), ("孕妇头痛", "头痛")] {
        let found = codes(query);
        let all = codes(complaint);
        assert!(all.iter().any(|c| cautioned(c)) && all.iter().any(|c| !cautioned(c)), "{complaint}");
        assert_eq!(found.iter().collect::<BTreeSet<_>>(), all.iter().collect::<BTreeSet<_>>(), "{query}");
        let first_avoided = found.iter().position(|c| cautioned(c)).unwrap();
        assert!(found[first_avoided..].iter().all(|c| cautioned(c)), "{query}: {found:?}");
        // In the complaint's order otherwise.
        let safe: Vec<_> = all.iter().filter(|c| !cautioned(c)).collect();
        assert_eq!(found[..first_avoided].iter().collect::<Vec<_>>(), safe, "{query}");
    }
    // On a Chinese patient's page too: nausea in pregnancy, PC6 first.
    let nausea = codes_in("zh-Hans", acumap::prose::ProseFileKind::Patient, "怀孕恶心");
    assert_eq!(nausea.first(), Some(&"PC6"), "{nausea:?}");
    // And what the texts call it, where a phrase says so: the points for morning sickness.
    assert_eq!(codes("nausea in pregnancy"), codes("morning sickness"));
    // The search says so, for the list to name the points to take care with; not for
    // pregnancy alone.
    use acumap::search::{english_prose, find};
    assert!(find("back pain in pregnancy", english_prose).pregnant && find("孕妇头痛", english_prose).pregnant);
    assert!(!find("pregnancy", english_prose).pregnant && !find("back pain", english_prose).pregnant);
}

/// That `typed` is read as `meant` and finds what `meant` finds.
fn assert_read_as(typed: &str, meant: &str) {
    let found = acumap::search::find(typed, acumap::search::english_prose);
    assert_eq!(found.read_as.as_deref(), Some(meant), "{typed}");
    assert!(!found.points.is_empty() && found.points == search(meant), "{typed}");
}

#[test]
fn a_misspelled_word_is_read_as_the_word_the_texts_write() {
    use acumap::search::{english_prose, find};
    // Words readers misspell found nothing: a letter dropped, added, changed or two swapped.
    for (typed, meant) in [
        ("migrane", "migraine"),
        ("insomia", "insomnia"),
        ("tinitus", "tinnitus"),
        ("dizzyness", "dizziness"),
        ("constipaton", "constipation"),
        ("siatica", "sciatica"),
        ("asthama", "asthma"),
        ("acupressure for sholder pain", "acupressure for shoulder pain"),
        ("carpel tunnel", "carpal tunnel"),
        ("plantar fascitis", "plantar fasciitis"),
        ("sanyinjao", "sanyinjiao"),
    ] {
        assert_read_as(typed, meant);
    }
    // The most written of the words as near: `nausia` is "nausea", not "nausia"'s other
    // neighbours; a point's pinyin on a Chinese page too.
    assert_eq!(find("nausia", english_prose).read_as.as_deref(), Some("nausea"));
    assert_eq!(codes_in("zh-Hans", acumap::prose::ProseFileKind::Whole, "zusanly"), ["ST36"]);
    // A query found as typed is not read otherwise, nor a word a text's word starts with, a
    // short word, a code or a word nothing is near: those find nothing, and say so.
    for query in ["migraine", "haemorrhoid", "headach"] {
        let found = find(query, english_prose);
        assert!(found.read_as.is_none() && !found.points.is_empty(), "{query}");
    }
    // A pasted text (hostile or not) is not read word by word.
    let pasted = "insomia ".repeat(9);
    assert!(find(&pasted, english_prose).points.is_empty());
    // A word is read only as a word with its first letter, which readers rarely get wrong:
    // real words the texts do not hold were read as unrelated ones (`teething`: "meeting",
    // `mutton`: "button").
    for query in ["jet lag", "diabetes", "pregnant zebra", "bl99", "xq123", "teething", "mutton"] {
        let found = find(query, english_prose);
        assert!(found.read_as.is_none() && found.points.is_empty(), "{query}: {:?}", found.read_as);
    }
}

#[test]
fn a_word_in_the_past_tense_is_read_as_the_word_the_texts_write() {
    use acumap::search::{english_prose, find};
    // Readers tell what happened (`I fainted`, `vomited blood`), the texts name the complaint:
    // these found nothing, each a change or more of letters from it.
    for (typed, meant) in [
        ("fainted", "fainting"),
        ("vomited", "vomiting"),
        ("coughed", "cough"),
        ("sneezed", "sneezing"),
        ("constipated", "constipation"),
        ("vomited blood", "vomiting blood"),
        ("injured", "injury"),
        // Not left as typed for the search word "sprained ankle", whose words alone find nothing.
        ("sprained", "sprain"),
    ] {
        assert_read_as(typed, meant);
    }
    // A word of a search word's phrase alone is read as a past tense only: `sleeping`, of
    // "trouble sleeping", is not "sneezing", two letters away.
    assert!(find("sleeping", english_prose).read_as.is_none());
    // Only a word the texts write with an ending of a word's forms: `bored` is not "bore"
    // nor "border" (too short a stem), `wedded` nothing the texts hold.
    for query in ["bored", "wedded"] {
        assert!(find(query, english_prose).read_as.is_none(), "{query}");
    }
}

#[test]
fn pinyin_written_apart_finds_the_point_it_names_alone() {
    // Some books space a name's syllables: `He Gu` listed LI4 and 39 points whose texts hold
    // "he" and "gu", `Shen Men` HT7 and 10 more; `hegu` finds LI4 alone.
    for (query, code) in [("He Gu", "LI4"), ("Shen Men", "HT7"), ("where is he gu", "LI4"), ("Tai Chong", "LR3"), ("Yin Ling Quan", "SP9"), ("Ren Zhong", "GV26")] {
        assert_eq!(codes(query), [code], "{query}");
    }
    // Words that are not one name whole still find what their words find: the He-sea points,
    // HT7 first among the points for insomnia; and a vessel's name, not the point named after
    // it (`dai mai`: GB26 Daimai and the Girdling Vessel's other points).
    assert!(codes("he sea").len() > 1);
    let insomnia = codes("shen men insomnia");
    assert!(insomnia.len() > 1 && insomnia[0] == "HT7", "{insomnia:?}");
    assert!(codes("dai mai").len() > 1);
}

#[test]
fn an_english_plural_finds_what_its_singular_finds() {
    use std::collections::BTreeSet;
    let set = |query: &str| codes(query).into_iter().collect::<BTreeSet<_>>();
    for (plural, singular) in [("headaches", "headache"), ("injuries", "injury"), ("migraines", "migraine"), ("nosebleeds", "nosebleed"), ("cramps", "cramp")] {
        assert!(!set(singular).is_empty(), "{singular}");
        assert!(set(singular).is_subset(&set(plural)), "{plural} finds what {singular} finds");
    }
    // In Chinese, everyday words: 发烧 is a fever, 拉肚子 a digestive complaint.
    assert!(set("发热").is_subset(&set("发烧")));
}

#[test]
fn a_word_in_american_or_british_spelling_finds_the_same_points() {
    // The texts are British ("diarrhoea", "labour", "Chest Centre") with a few American words
    // ("fetus", "behavior" nowhere, "hemiplegia"): a reader types their own spelling.
    for (american, british) in [
        ("diarrhea", "diarrhoea"),
        ("hemorrhoids", "haemorrhoids"),
        ("labor", "labour"),
        ("chest center", "chest centre"),
        ("behavior", "behaviour"),
        ("dysmenorrhea", "dysmenorrhoea"),
        ("fetus", "foetus"),
        ("centers", "centres"),
    ] {
        let found = codes(american);
        assert!(!found.is_empty(), "{american}");
        assert_eq!(found, codes(british), "{american} and {british}");
    }
    // The points whose texts hold the word come first, as for the spelling the texts use, not
    // only the points of the condition the word stands for (which "diarrhea" found alone).
    assert_eq!(codes("chest center").first(), Some(&"CV17"));
    let prose = acumap::catalog::baked_prose("en").unwrap();
    let says = |code: &str, word: &str| prose.points.get(code).is_some_and(|p| p.searchable().iter().any(|t| t.to_lowercase().contains(word)));
    let diarrhea = codes("diarrhea");
    assert!(says(diarrhea[0], "diarrhoea"), "{}", diarrhea[0]);
    assert!(diarrhea.len() > diarrhea.iter().filter(|c| says(c, "diarrhoea")).count(), "then the other digestive points");
    // The point whose text holds both words first ("Induces labour"), then every point of
    // labour, which a patient page's texts, saying neither, find too.
    for query in ["induce labor", "labour induction"] {
        assert_eq!(codes(query).first(), Some(&"LI4"), "{query}");
        assert!(with_condition("labour").is_subset(&codes(query).into_iter().collect()), "{query}");
    }
}

#[test]
fn words_written_around_what_is_looked_for_are_not_looked_for() {
    // A reader writes "points for headache", "the point for hiccups", "acupressure for insomnia",
    // "治头痛的穴位": the texts need not say "points", "for", "穴位", "治" or "的" too.
    for (query, meant) in [
        ("points for headache", "headache"),
        ("headache points", "headache"),
        ("acupuncture points for back pain", "back pain"),
        ("pressure point for anxiety", "anxiety"),
        ("acupressure for insomnia", "insomnia"),
        ("what helps constipation", "constipation"),
        ("the point for hiccups", "hiccups"),
        ("Hegu point", "Hegu"),
        ("治头痛的穴位", "头痛"),
        ("失眠穴位", "失眠"),
        ("穴位 失眠", "失眠"),
        ("針灸 頭痛", "頭痛"),
        ("points to avoid in pregnancy", "pregnancy"),
        ("contraindicated in pregnancy", "pregnancy"),
        ("孕妇禁针穴位", "孕妇"),
        ("孕婦禁忌", "孕婦"),
        // Where a point is, asked as a reader asks it (found nothing: no text says "where").
        ("where is hegu", "hegu"),
        ("Hegu location", "Hegu"),
        ("how to find Neiguan", "Neiguan"),
        ("locate ST36", "ST36"),
        ("内关在哪里", "内关"),
        ("合谷穴位置", "合谷"),
        ("足三里怎么找", "足三里"),
        ("內關在哪裡", "內關"),
        ("足三里的位置在哪儿", "足三里"),
        // What a point is for, asked so (found nothing, or EX-LE7 for `ST36 uses`).
        ("ST36 uses", "ST36"),
        ("zusanli benefits", "zusanli"),
        ("LI4 indications", "LI4"),
        ("what is hegu good for", "hegu"),
        ("足三里的作用", "足三里"),
        ("合谷的功效", "合谷"),
        ("三阴交的功效与作用", "三阴交"),
        ("涌泉穴的作用", "涌泉"),
        ("內關穴的功效與作用", "內關"),
        // What the reader does with it (found nothing).
        ("massage hegu", "hegu"),
        ("moxa st36", "st36"),
        ("needling GB21", "GB21"),
        ("按揉足三里", "足三里"),
        ("艾灸足三里", "足三里"),
        ("足三里艾灸的好处", "足三里"),
        ("按压内关", "内关"),
        ("针刺足三里", "足三里"),
        ("头痛按哪里", "头痛"),
        ("失眠按什么穴位", "失眠"),
        ("孕妇不能按的穴位", "孕妇"),
        // What readers write about themselves and how bad it is (found nothing, or the few
        // points whose texts hold "feeling": `feeling dizzy` found HT3 and PC6 of 62).
        ("i have a headache", "headache"),
        ("what can i do for a bad headache", "headache"),
        ("severe back pain", "back pain"),
        ("mild nausea", "nausea"),
        ("suffering from insomnia", "insomnia"),
        ("feeling dizzy", "dizzy"),
        ("stroke recovery", "stroke"),
        ("hay fever symptoms", "hay fever"),
        ("中风康复", "中风"),
        ("头痛症状", "头痛"),
        ("我膝盖疼", "膝盖疼"),
        ("我失眠了", "失眠"),
        ("晚上睡不着", "睡不着"),
        ("老是头疼", "头疼"),
        ("胃疼怎么办", "胃疼"),
        ("怀孕可以针灸吗", "怀孕"),
        ("is acupuncture safe in pregnancy", "pregnancy"),
        ("which points to avoid when pregnant", "pregnant"),
        ("points for better sleep", "sleep"),
        ("sleep problems", "sleep"),
    ] {
        assert!(!codes(meant).is_empty(), "{meant}");
        assert_eq!(codes(query), codes(meant), "{query}");
    }
    assert_eq!(codes("Hegu point").first(), Some(&"LI4"));
    // "pressure" is a word of its own where it is not a pressure point's: high blood pressure.
    assert_ne!(codes("blood pressure"), codes("blood"));
    let high = codes("high blood pressure");
    assert!(!high.is_empty() && high.iter().all(|c| codes("blood pressure").contains(c)));
    // A query of such words alone is searched as typed.
    assert_eq!(codes("acupuncture"), search("acupuncture").iter().map(|p| p.code).collect::<Vec<_>>());
    // A name that holds one is not cut: KI13 is 气穴 (a lone 穴 is no filler).
    assert_eq!(codes("气穴").first(), Some(&"KI13"));
}

#[test]
fn a_condition_a_guide_is_written_for_lists_the_guides_points_first_in_its_order() {
    // "nausea" listed the points whose texts say nausea in catalog order (LU4 first, PC6 far
    // below): a guide's points are the ones most used for its condition, most used first.
    let guide = |id: &str| acumap::catalog::GUIDES.iter().find(|g| g.id == id).unwrap().points;
    for (query, id) in [
        ("nausea", "nausea"),
        ("Nausea and vomiting", "nausea"),
        ("sciatica", "sciatica"),
        ("migraine", "migraine"),
        ("neck pain", "neck-pain"),
        ("lower back pain", "low-back-pain"),
        ("backache", "low-back-pain"),
        ("knee osteoarthritis", "knee-osteoarthritis"),
    ] {
        let points = guide(id);
        assert_eq!(&codes(query)[..points.len()], points, "{query}");
    }
    // Two guides whose titles hold the word: both guides' points, then the rest.
    let headache = codes("headache");
    assert!(guide("tension-type-headache").iter().all(|c| headache[..12].contains(c)), "{headache:?}");
    // A word of the title's filler ("and") names no guide.
    assert_ne!(codes("android").first(), Some(&guide("nausea")[0]));
    // A code or a name still comes first.
    assert_eq!(codes("CV12 nausea").first(), Some(&"CV12"));
    assert_eq!(codes("hegu").first(), Some(&"LI4"));
}

#[test]
fn marks_alone_find_nothing() {
    // No letter, digit or character to look for: not every guide's points (a query without
    // words was held by every guide's title), not the points whose titles hold a hyphen.
    for query in ["()", "-", "、", "（）", "/ ;"] {
        assert_eq!(codes(query), Vec::<&str>::new(), "{query:?}");
    }
    // A mark beside a word is no word of its own.
    assert_eq!(codes("(hegu)").first(), Some(&"LI4"));
}

#[test]
fn a_readers_word_is_found_as_a_word_not_inside_another() {
    use std::collections::BTreeSet;
    let set = |codes: Vec<&'static str>| codes.into_iter().collect::<BTreeSet<_>>();
    // A word of the search table is a reader's word for a condition, not letters to be found
    // anywhere: `fits` listed the 219 points whose actions say "benefits", `piles` the epilepsy
    // points (its singular in "e-pile-psy"), `flu` the fluid retention points, `cystitis` GB24
    // (cholecystitis, the gallbladder's). Each now lists its condition's points, and a point
    // whose name holds it as a word (LR1, Dadun, "Great Pile").
    let cases = [("fits", "seizures"), ("piles", "haemorrhoids"), ("flu", "fever"), ("cystitis", "urinary")];
    for (word, key) in cases {
        let found = set(codes(word));
        let mut points = with_condition(key);
        points.extend(codes(word).into_iter().filter(|c| acumap::catalog::point(c).unwrap().english().to_lowercase().split(' ').any(|n| word.starts_with(n))));
        assert!(!points.is_empty() && found.is_subset(&points), "{word}: {:?}", found.difference(&points).collect::<Vec<_>>());
        assert!(points.len() <= found.len() + 2, "{word}: {} of {} points", found.len(), points.len());
    }
    assert!(!codes("benefits").is_empty() && !codes("fluid").is_empty() && !codes("epilepsy").is_empty());
    assert!(!codes("cholecystitis").is_empty() && !codes("cystitis").contains(&"GB24"));
    // Its plural as well; a plural of a word for a word of the texts finds that word.
    assert_eq!(set(codes("burps")), set(codes("belching")));
    // A phrase does not lengthen a guide title's word: `low energy` listed the low back pain
    // guide's points first ("Low back pain"); it is fatigue.
    assert_eq!(set(codes("low energy")), with_condition("fatigue"));
    assert!(with_condition("fatigue").contains(codes("low energy")[0]));
}

#[test]
fn a_point_is_found_by_where_it_lies() {
    // Readers look for a point by its place: `between thumb and index finger` and `earlobe`
    // found nothing, `big toe` SP2 and SP3 (whose indications say it) but not LR1 and SP1, at
    // its nail. The location texts, the standard's and the patient's, are read too.
    let thumb = codes("the point between thumb and index finger");
    assert!(thumb.contains(&"LI4"), "{thumb:?}");
    assert!(codes("earlobe").contains(&"TE17"));
    let toe = codes("big toe");
    assert!(["LR1", "SP1", "SP2", "SP3"].iter().all(|c| toe.contains(c)), "{toe:?}");
    // Words that stand together in a location, near its start (where the point is, before the
    // landmarks it is measured from), come first, the nearest first: LU7 ("the thumbs and index
    // fingers interlaced") was listed before LI4, GB33 (whose indications hold "behind" and
    // "knee" apart) before BL39 and BL40, GB14 ("the span between the eyebrow and the hairline") and
    // four more before Yintang.
    assert_eq!(thumb[0], "LI4", "{thumb:?}");
    for (place, point) in [("between the eyebrows", "EX-HN3"), ("corner of the mouth", "ST4"), ("sole of the foot", "KI1")] {
        assert_eq!(codes(place)[0], point, "{place}: {:?}", codes(place));
    }
    // The points on a crease before those measured from it.
    let on = |place: &str, points: &[&str]| codes(place).iter().take(points.len()).all(|c| points.contains(c));
    assert!(on("behind the knee", &["BL39", "BL40"]), "{:?}", codes("behind the knee"));
    assert!(on("elbow crease", &["LU5", "PC3", "LI11", "HT3"]), "{:?}", codes("elbow crease"));
    assert!(on("behind the ear", &["TE17", "TE18", "TE19", "GB11", "GB12"]), "{:?}", codes("behind the ear"));
    // Not for a code or a name: ST36 alone, not the points whose locations are measured from it.
    assert_eq!(codes("ST36"), ["ST36"]);
    assert_eq!(codes("Zusanli"), ["ST36"]);
    // Every word in the same place: `back pain` is not LI4's "back of the hand" and its pain.
    assert!(!codes("back pain").contains(&"LI4"));
}

#[test]
fn a_word_readers_use_finds_what_the_word_the_texts_write_finds() {
    use acumap::prose::ProseFileKind::Whole;
    use std::collections::BTreeSet;
    let set = |codes: Vec<&'static str>| codes.into_iter().collect::<BTreeSet<_>>();
    // "throwing up", "pins and needles", "ringing in the ears" found nothing, "tummy" nothing:
    // the texts say vomiting, numbness, tinnitus, abdominal.
    for (said, written) in [
        ("throwing up", "vomiting"),
        ("being sick", "vomiting"),
        ("pins and needles", "numbness"),
        ("ringing in my ears", "tinnitus"),
        ("tummy", "abdominal"),
        ("tailbone", "sacrum"),
        ("kids", "children"),
        ("seasickness", "travel sickness"),
        ("collarbone", "clavicle"),
        ("top of the head", "vertex"),
        ("base of the skull", "occipital"),
        ("bum", "buttock"),
        ("shin", "tibia"),
        ("chin", "mentolabial"),
        ("inside", "inner"),
        ("outside", "outer"),
        ("my knee hurts", "knee pain"),
        ("feeling anxious", "anxiety"),
        // Worried, worrying and nervous found nothing, worry SP5 alone.
        ("worried", "anxiety"),
        ("worrying", "anxiety"),
        ("worry", "anxiety"),
        ("nervous", "anxiety"),
        ("nauseous", "nausea"),
        ("feeling sick", "nausea"),
        ("can not sleep", "insomnia"),
        ("trouble falling asleep", "insomnia"),
        ("no appetite", "appetite"),
        ("peeing", "urination"),
        ("hangover", "alcohol"),
        ("grief", "sadness"),
        ("leg cramps at night", "cramp"),
        ("sea band", "travel sickness"),
        ("nausea wristbands", "travel sickness"),
    ] {
        assert!(!codes(written).is_empty(), "{written}");
        // And the points whose location says it so (BL35 "beside the tip of the tailbone").
        assert!(set(codes(written)).is_subset(&set(codes(said))), "{said}");
    }
    // A phrase of the texts, where they write it: `rectal bleeding` (nothing before) is the
    // "blood in the stool" of SP1, BL17, BL20 and BL34, not SP6's "blood" and "stools" apart,
    // which a query of the phrase finds too.
    let file = acumap::catalog::baked_prose("en").unwrap();
    let writes = |code: &str, phrase: &str| file.points[code].searchable().iter().any(|t| t.to_lowercase().contains(phrase));
    for (said, written) in [("rectal bleeding", "blood in the stool"), ("bloody stools", "blood in the stool"), ("bloody urine", "blood in the urine"), ("pelvic pain", "lower abdominal pain"), ("cold hands and feet", "cold limbs")] {
        let found = codes(said);
        assert!(!found.is_empty() && found.iter().all(|c| writes(c, written)) && found.len() < codes(written).len(), "{said}: {found:?}");
    }
    // The navel's own point; and no kidney points for `kids` (whose singular, `kid`, starts
    // "kidney").
    assert!(codes("navel").contains(&"CV8") && codes("belly button").contains(&"CV8"));
    assert!(!codes("kids").contains(&"KI3"), "{:?}", codes("kids"));
    // The chin, not the "pinching" and "crouching" of 69 points' texts; CV24, in its groove,
    // before CV23, above the larynx.
    assert_eq!(codes("chin"), ["CV24", "CV23"]);
    // The inside of a limb as the texts say it: `inside of the wrist` found nothing, `inside of
    // the ankle` LR4 alone.
    assert_eq!(codes("inside of the wrist"), codes("inner wrist"));
    assert_eq!(codes("inside of the ankle"), codes("inner ankle"));
    // Around other words: numb fingers.
    assert_eq!(codes("pins and needles in my fingers"), codes("numbness fingers"));
    // And what the word stands for too: "queasy" is "nausea", so every digestive point.
    assert_eq!(set(codes("queasy")), set(codes("nausea")));
    // In Chinese: 打嗝 (hiccups, as said) listed every digestive point in catalog order; the
    // texts write 呃逆.
    let chinese = |query: &str| codes_in("zh-Hans", Whole, query);
    // Parts of the body as said (膝盖, 脚踝, 肚子: nothing) find the points of the region the
    // labels name (膝部, 踝部, 腹部); the back of the head, the navel and children as said,
    // what the texts' words find (后头, 脐, 小儿).
    for (said, written) in [
        ("打嗝", "呃逆"),
        ("拉肚子", "泄泻"),
        ("腹泻", "泄泻"),
        ("膝盖", "膝部"),
        ("脚踝", "踝部"),
        ("肚子", "腹部"),
        ("后脑勺", "后头"),
        ("肚脐", "脐"),
        ("艾灸", "灸"),
        ("小孩", "小儿"),
        ("小腿肚", "腓肠肌"),
        ("尿床", "遗尿"),
        ("太阳穴痛", "偏头痛"),
        ("积食", "消化不良"),
        ("手脚冰冷", "四肢不温"),
        ("宿醉", "饮酒过量"),
        ("膝关节炎", "膝骨关节炎"),
    ] {
        assert!(!chinese(written).is_empty(), "{written}");
        // First, in the same order; then the points whose location says it so (膝盖: KI9, LR5;
        // 小腿肚: KI9, "小腿肚肌肉与跟腱之间");
        // a part of the body said so alone, among them, those that lie there first (below:
        // `one_word_of_where_a_point_lies_finds_the_points_that_lie_there_first`).
        match said {
            "膝盖" | "脚踝" | "肚脐" | "小腿肚" => assert!(set(chinese(written)).is_subset(&set(chinese(said))), "{said}: {:?}", chinese(said)),
            _ => assert!(chinese(said).starts_with(&chinese(written)), "{said}: {:?}", chinese(said)),
        }
    }
    // The neck and the armpit as said find the points 颈 and 腋 find (which find EX-HN15 and
    // GB22 first, by their names, 颈百劳 and 渊腋), and those whose location says them so.
    assert!(set(chinese("颈")).is_subset(&set(chinese("脖子"))));
    assert!(set(chinese("腋")).is_subset(&set(chinese("胳肢窝"))));
    assert!(chinese("打嗝").len() < 30, "hiccups are not every digestive point");
    // A cramp as said (抽筋, which one text writes) and as the texts write it (转筋): both.
    let cramp = set(chinese("腿抽筋"));
    assert!(set(chinese("转筋")).is_subset(&cramp) && cramp.contains("BL57"), "{cramp:?}");
    // In Traditional characters too, where a word is written alike in both scripts and the
    // texts' word is not: 小孩, 尿床 found nothing in the Traditional file, which took the
    // Simplified table's 小儿, 遗尿.
    let traditional = |query: &str| codes_in("zh-Hant", Whole, query);
    for (said, written) in [("小孩", "小兒"), ("孩子", "小兒"), ("尿床", "遺尿"), ("拉肚子", "泄瀉"), ("小腿肚", "腓腸肌")] {
        assert!(!traditional(written).is_empty(), "{written}");
        match said {
            "小腿肚" => assert!(set(traditional(written)).is_subset(&set(traditional(said))), "{said}: {:?}", traditional(said)),
            _ => assert!(traditional(said).starts_with(&traditional(written)), "{said}: {:?}", traditional(said)),
        }
    }
    assert!(chinese("后脑勺").contains(&"GB20") && chinese("肚脐").contains(&"CV8"));
    // Places as said, for the words the locations write (两眉头, 膝后, 耳后, 鼻翼): 眉心 found
    // BL2 and EX-HN4, whose names hold 眉, and not Yintang; 两眉之间, 膝盖后面, 耳朵后面 and
    // 鼻子旁边 nothing but KI10.
    assert_eq!(chinese("眉心"), ["EX-HN3"]);
    assert_eq!(traditional("兩眉之間"), ["EX-HN3"]);
    // (BL40 among the three whose locations open 膝后区, in catalog order.)
    assert!(chinese("膝盖后面").iter().take(3).any(|c| *c == "BL40") && chinese("腿弯").contains(&"BL40"), "{:?}", chinese("膝盖后面"));
    assert_eq!(chinese("耳朵后面"), chinese("耳后"));
    assert!(chinese("鼻子旁边").contains(&"LI20") && chinese("嘴角").contains(&"ST4"));
}

#[test]
fn chinese_words_written_together_are_read_one_by_one() {
    use acumap::prose::ProseFileKind::Whole;
    use std::collections::BTreeSet;
    // Chinese is written without spaces: 失眠多梦 (insomnia with much dreaming), 头痛失眠 and
    // 肩膀酸痛 found nothing, as no text holds them whole; now as with a space between the words.
    // 感冒发烧 (a cold with a fever) found nothing too, cut as 感冒发 (in a text's 感冒发热) and 烧.
    let simplified = [("失眠多梦", "失眠 多梦"), ("头痛失眠", "头痛 失眠"), ("便秘腹胀", "便秘 腹胀"), ("肩膀酸痛", "肩膀 酸痛"), ("失眠多梦的穴位", "失眠 多梦"), ("感冒发烧", "感冒 发烧")];
    let traditional = [("失眠多夢", "失眠 多夢"), ("頭痛失眠", "頭痛 失眠"), ("便秘腹脹", "便秘 腹脹"), ("肩膀痠痛", "肩膀 痠痛"), ("感冒發燒", "感冒 發燒")];
    for (lang, pairs) in [("zh-Hans", &simplified[..]), ("zh-Hant", &traditional[..])] {
        let found = |query: &str| codes_in(lang, Whole, query).into_iter().collect::<BTreeSet<_>>();
        for (together, apart) in pairs.iter().copied() {
            assert!(!found(apart).is_empty(), "{lang}: {apart}");
            assert_eq!(found(together), found(apart), "{lang}: {together}");
        }
        // The points for both, not for either.
        assert!(found(pairs[1].0).len() < found("失眠").len());
        // Characters no text holds find nothing, however many are pasted; a long run is not cut.
        assert!(found(&"鑫".repeat(24)).is_empty());
        assert!(found(&"鑫".repeat(2000)).is_empty());
        assert!(found(&"头痛失眠".repeat(20)).is_empty());
        // A word no text holds is not its characters one by one: 痛风 (gout) found the 176
        // points whose texts hold 痛 (pain) and 风 (wind), as 风痛 would (痛风 is a search word
        // now, for the big toe); a character beside a word is read (脖子酸: 脖子 酸, the neck
        // aching).
        let (wind, neck) = if lang == "zh-Hans" { ("风痛", "脖子酸") } else { ("風痛", "脖子痠") };
        assert!(found(wind).is_empty(), "{lang}: {wind}");
        assert!(!found(neck).is_empty(), "{lang}: {neck}");
        // A name is still a name: 足三里 is not 足 三里.
        assert_eq!(found("足三里").into_iter().collect::<Vec<_>>(), ["ST36"]);
    }
}

#[test]
fn a_chinese_word_for_a_condition_is_not_found_inside_another_conditions_name() {
    use acumap::prose::ProseFileKind::Whole;
    // 經痛 (period pain, as Taiwan writes it) listed the sciatica points first, from 坐骨神經痛,
    // and then the face points, from 三叉神經痛: Chinese writes no spaces between words.
    for lang in ["zh-Hant", "zh-Hans", "en"] {
        let found = |query: &str| codes_in(lang, Whole, query);
        let period = found("經痛");
        assert!(!period.is_empty() && period.iter().all(|c| with_condition("gynaecological").contains(c)), "{lang}: {period:?}");
        // The longer names still find their own points.
        let sciatica = found("坐骨神經痛");
        assert!(sciatica.contains(&"GB30") && sciatica.iter().all(|c| with_condition("sciatica").contains(c)), "{lang}");
        assert!(found("三叉神經痛").iter().all(|c| with_condition("facial-pain").contains(c)), "{lang}");
    }
}

#[test]
fn words_standing_together_as_the_texts_inflect_them_rank_first() {
    // `stop sweating` listed LU6 and LU8 first, whose texts hold "stops cough" and "without
    // sweating" (points that bring a sweat out), and HT6, which "stops sweating", third.
    let prose = acumap::catalog::baked_prose("en").unwrap();
    let says = |code: &str, words: &str| prose.points[code].searchable().iter().any(|t| t.to_lowercase().contains(words));
    for (query, text) in [("stop sweating", "stops sweating"), ("stop bleeding", "stops bleeding"), ("stop vomiting", "stops vomiting")] {
        let found = codes(query);
        assert!(found.first().is_some_and(|code| says(code, text)), "{query}: {found:?}");
    }
    // A short word is found whole: `he sea` is not in "heat" and "sea" (CV17, SP10).
    assert!(says(codes("he sea")[0], "he-sea"));
}

#[test]
fn a_category_of_points_as_a_student_writes_it_lists_its_points_first() {
    use acumap::prose::ProseFileKind::Whole;
    use std::collections::BTreeSet;
    // A student looks up a category: `back-shu` listed the low back pain guide's points first
    // (BL40, BL60, SI3: the hyphen read as lengthening "back"), `he sea` CV17 and SP10 before
    // any He-sea point (a word starting "he" and "sea" anywhere in their texts), `jing well` the
    // Jing-river points among the Jing-well; and a Chinese reader's 合穴 found five points, as
    // the categories wrote 合（土）穴, and 八会穴 missed LR13 (脏会 alone). The points the
    // English categories name, as written or with a hyphen for a space, now come first, for the
    // Chinese term too.
    let cases = [
        ("en", "back-shu", "back-shu"),
        ("en", "back shu", "back-shu"),
        ("en", "Back-Shu points", "back-shu"),
        ("en", "he sea", "he-sea"),
        ("en", "He-Sea", "he-sea"),
        ("en", "jing well", "jing-well"),
        ("en", "lower he-sea", "lower he-sea"),
        ("en", "influential points", "influential point"),
        ("en", "well points", "jing-well"),
        ("en", "Well point", "jing-well"),
        // (The names with "Spring", "Stream", "River", "Connecting" came first: SP9, Yin Mound
        // Spring; BL66, Foot Connecting Valley.)
        ("en", "spring points", "ying-spring"),
        ("en", "stream points", "shu-stream"),
        ("en", "river points", "jing-river"),
        ("en", "connecting points", "luo-connecting"),
        // A category's short word that begins a point's name listed that point first, or only
        // those names: `mu points` GB16 (Muchuang), `luo points` BL8 (Luoque), `xi points` LU4
        // (Xiabai) and 54 more, `he points` 324 points ("head", "heat").
        ("en", "mu points", "front-mu"),
        ("en", "luo points", "luo-connecting"),
        ("en", "yuan points", "yuan-source"),
        ("en", "hui points", "influential point"),
        ("en", "xi points", "xi-cleft"),
        ("en", "ying points", "ying-spring"),
        ("en", "he points", "he-sea"),
        ("en", "jing points", "jing"),
        ("en", "shu points", "shu"),
        ("zh-Hans", "合穴", "he-sea"),
        ("zh-Hans", "井穴", "jing-well"),
        ("zh-Hans", "经穴", "jing-river"),
        ("zh-Hans", "荥穴", "ying-spring"),
        ("zh-Hans", "输穴", "shu-stream"),
        ("zh-Hans", "八会穴", "influential point"),
        ("zh-Hans", "背俞穴", "back-shu"),
        ("zh-Hant", "合穴", "he-sea"),
        ("zh-Hant", "經穴", "jing-river"),
        ("zh-Hant", "八會穴", "influential point"),
    ];
    // A category's words whole (`he sea` is not in "the sea"), a hyphen as a space.
    let words = |text: &str| format!(" {} ", text.to_lowercase().replace(|c: char| !c.is_alphanumeric(), " "));
    let english = acumap::catalog::baked_prose("en").unwrap();
    for (lang, query, category) in cases {
        let members: BTreeSet<&str> = acumap::catalog::POINTS
            .iter()
            .filter(|p| {
                let categories = english.points[p.code].practitioner.as_ref().map_or(&[][..], |t| &t.categories[..]);
                categories.iter().any(|c| words(c).contains(&words(category)))
            })
            .map(|p| p.code)
            .collect();
        assert!(members.len() >= 5, "{category} is a category of {members:?}");
        let found = codes_in(lang, Whole, query);
        let first: BTreeSet<&str> = found.iter().take(members.len()).copied().collect();
        assert_eq!(first, members, "{lang}: {query} lists {found:?}");
    }
}

/// A category by its short word (`well points`, `mu points`, `back shu`) found every point whose
/// texts hold the letters anywhere: `well points` 116 points, most for "swelling", the Jing-well
/// points after TE10 and GB21 (Heavenly and Shoulder Well); `mu points` 32 ("muscle", "mucus");
/// `back shu` 34. The word is found whole (or as a pinyin syllable: GB16, Muchuang), and the
/// category's term, where a point's texts hold it, ranks it as words standing together.
#[test]
fn a_category_by_its_short_word_finds_it_whole() {
    use acumap::prose::ProseFileKind::Whole;
    let file = acumap::catalog::baked_prose("en").unwrap();
    let whole = |text: &str, word: &str| text.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| w == word);
    for (query, word, most) in [("well points", "well", 18), ("mu points", "mu", 13), ("back shu", "shu", 14)] {
        let found = codes_in("en", Whole, query);
        assert!(!found.is_empty() && found.len() <= most, "{query}: {found:?}");
        for code in found {
            let point = acumap::catalog::point(code).unwrap();
            let prose = &file.points[code];
            let categories = prose.practitioner.as_ref().map_or(&[][..], |t| &t.categories[..]);
            // (Last, SP13 to SP16: a patient's location, "well out to the side".)
            let texts = prose.searchable().into_iter().chain(prose.places()).map(String::from).chain(categories.iter().cloned()).chain([point.english().to_string()]);
            let said = texts.into_iter().any(|t| whole(&t, word)) || point.pinyin().to_lowercase().contains(word);
            assert!(said, "{query}: {code} holds no word {word}");
        }
    }
    // A phrase of the search words where a text writes it ranks as the term it stands for:
    // SP2's "cold feet" with the points of "cold limbs".
    assert!(codes_in("en", Whole, "cold feet").contains(&"SP2"));
}

/// Other books name the same categories otherwise: alarm points (the front-mu), associated
/// points (the back-shu), master or opening points (the confluent), meeting or intersection
/// points (the crossing points) found nothing or a few names. A category with a channel ranks
/// the point of that channel's category first, not a point of the category and of the channel
/// apart (`mu point of the stomach`: CV12, not ST25, the Large Intestine's).
#[test]
fn a_category_by_another_books_name_finds_its_points() {
    use acumap::prose::ProseFileKind::Whole;
    let first = |query: &str, n: usize| codes_in("en", Whole, query).into_iter().take(n).collect::<std::collections::BTreeSet<_>>();
    for (other, ours, n) in [("alarm points", "front-mu points", 12), ("associated points", "back-shu points", 12), ("master points", "confluent points", 8), ("opening points", "confluent points", 8)] {
        assert_eq!(first(other, n), first(ours, n), "{other}");
    }
    for query in ["meeting points", "intersection points"] {
        assert!(first(query, 400).is_superset(&first("crossing points", 400)), "{query}");
    }
    for (query, code) in [("mu point of the stomach", "CV12"), ("alarm point of the stomach", "CV12"), ("associated point of the liver", "BL18"), ("opening point of the chong mai", "SP4")] {
        assert_eq!(codes_in("en", Whole, query)[0], code, "{query}");
    }
}

/// An organ's point of a category, as a Chinese student writes it: 胃募穴 found nothing (its
/// 穴 was read as a name's), 胃的募穴 ranked ST25 (the Large Intestine's) before CV12, whose
/// category says 胃之募穴 (之 joins the words); and ST36 is the Stomach's lower he-sea point, as
/// BL40 and GB34 are the Bladder's and the Gallbladder's, besides their channels' he-sea.
#[test]
fn an_organs_point_of_a_category_in_chinese_comes_first() {
    use acumap::prose::ProseFileKind::Whole;
    for lang in ["zh-Hans", "zh-Hant"] {
        for (query, code) in [("胃募穴", "CV12"), ("胃的募穴", "CV12"), ("肺募穴", "LU1"), ("膀胱募穴", "CV3"), ("胃下合穴", "ST36")] {
            // (The characters are the same in both scripts.)
            let found = codes_in(lang, Whole, query);
            assert_eq!(found.first(), Some(&code), "{lang} {query}: {found:?}");
        }
    }
    let lower_he_sea = found_in("zh-Hans", Whole, "下合穴");
    assert_eq!(lower_he_sea, ["ST36", "ST37", "ST39", "BL39", "BL40", "GB34"].into_iter().collect());
    assert_eq!(codes_in("en", Whole, "lower he-sea point of the stomach")[0], "ST36");
}

/// A point's English name in another book's words: 天 is heavenly or celestial, 府 a palace or a
/// mansion, 池 a pool or a pond, 太 great or supreme, 俞 shu or transport. `heavenly pillar`
/// (BL10, Celestial Pillar), `wind mansion` (GV16, Palace of Wind) and `celestial well` (TE10,
/// Heavenly Well) found nothing.
#[test]
fn a_points_english_name_in_another_books_words_finds_it() {
    use acumap::prose::ProseFileKind::Whole;
    let other_books = [
        ("heavenly pillar", "BL10"),
        ("wind mansion", "GV16"),
        ("celestial well", "TE10"),
        ("celestial pond", "PC1"),
        ("shu palace", "KI27"),
        ("supreme surge", "LR3"),
        ("kidney transport", "BL23"),
        ("bountiful bulge", "ST40"),
        ("seal hall", "EX-HN3"),
    ];
    for (query, code) in other_books {
        assert_eq!(codes_in("en", Whole, query).first(), Some(&code), "{query}");
    }
}

/// Words readers type where the texts write another, from an audit of 330 queries: each found
/// nothing, or points the word was found inside (`itching` in "twitching", `sty` in "styloid").
#[test]
fn readers_words_find_what_the_texts_call_it() {
    use acumap::prose::ProseFileKind::{Patient, Whole};
    for (query, code) in [("itching", "SP10"), ("sty", "EX-HN6"), ("passed out", "GV26"), ("postpartum", "SP18"), ("hui points", "BL17"), ("lateral end of the eyebrow", "TE23"), ("stiff neck from sleeping", "EX-UE8")] {
        let found = codes_in("en", Whole, query);
        assert!(found.contains(&code), "{query}: {found:?}");
    }
    assert_eq!(codes_in("en", Whole, "sty"), ["EX-HN6"]);
    assert!(!codes_in("en", Whole, "itching").contains(&"ST4"), "twitching");
    for (lang, query, code) in [("zh-Hans", "记性差", "HT7"), ("zh-Hant", "記憶力下降", "HT7"), ("zh-Hans", "生气", "LR2"), ("zh-Hans", "针眼", "EX-HN6")] {
        for kind in [Whole, Patient] {
            assert!(codes_in(lang, kind, query).contains(&code), "{lang} {query} {kind:?}");
        }
    }
    // As their condition's own words find it, in both scripts.
    assert_eq!(found_in("zh-Hans", Whole, "下背痛"), found_in("zh-Hans", Whole, "腰痛"));
    assert_eq!(found_in("zh-Hant", Whole, "下背痛"), found_in("zh-Hant", Whole, "腰痛"));
    assert_eq!(found_in("zh-Hant", Whole, "滑鼠手"), found_in("zh-Hans", Whole, "鼠标手"));
    // A second audit, of 311 queries (stop 88): each found nothing, or another sense (`arthritis
    // in hands` the knee, `facial numbness` the fingers, `feeling cold all the time` the common
    // cold's points, 脖子僵硬 the elbow's), or its best-known point far down.
    let second = [
        ("en", "text neck", "GB20"),
        ("en", "fibromyalgia", "SP21"),
        ("en", "arthritis in hands", "LI3"),
        ("en", "anxiety attack", "HT7"),
        ("en", "facial numbness", "ST4"),
        ("en", "feeling cold all the time", "GV4"),
        ("en", "heavy periods", "SP1"),
        ("en", "gout", "SP3"),
        ("zh-Hans", "痛风", "SP2"),
        ("zh-Hans", "脖子僵硬", "GB20"),
        ("zh-Hans", "姨妈痛", "SP6"),
        ("zh-Hant", "拉稀", "ST25"),
        ("zh-Hans", "早醒", "HT7"),
    ];
    for (lang, query, code) in second {
        let found = codes_in(lang, Whole, query);
        assert!(found.iter().take(12).any(|c| *c == code), "{lang} {query}: {found:?}");
    }
}

/// A complaint the texts of many points write listed them in catalog order among equals:
/// `insomnia` ST45, SP1, SP4 and SP5 before HT7 (sixth) and SP6, `hiccups` LI17 first and PC6
/// twelfth, `dizziness` LI8, `palpitations` LU9, `morning sickness` KI21 before PC6, 失眠 SP4;
/// `cold` TE11, whose English name holds the word.
/// Now the points most used for it come first, in their order (`[most_used]` in `points/`),
/// in English and in either Chinese script, on a patient's page too, for the reader's own
/// words for it; then every other point found, as before. Only for the complaint named whole:
/// `throat` lists first the points that lie at the throat, not those for a sore throat.
#[test]
fn the_points_most_used_for_a_complaint_come_first() {
    use acumap::prose::ProseFileKind::{Patient, Whole};
    let cases = [
        ("en", "insomnia", "insomnia"),
        ("en", "can't sleep", "insomnia"),
        ("en", "hiccups", "hiccup"),
        ("en", "feeling dizzy", "dizziness"),
        ("en", "racing heart", "palpitations"),
        ("en", "morning sickness", "morning sickness"),
        ("en", "menstrual cramps", "period pain"),
        ("en", "diarrhea", "diarrhoea"),
        ("en", "tired all the time", "fatigue"),
        ("en", "cold", "fever"),
        ("en", "stomach ache", "epigastric pain"),
        ("en", "vertigo", "dizziness"),
        ("en", "stroke", "stroke"),
        ("zh-Hans", "失眠", "insomnia"),
        ("zh-Hans", "打嗝", "hiccup"),
        ("zh-Hant", "咳嗽", "cough"),
        ("zh-Hant", "拉肚子", "diarrhoea"),
        ("zh-Hans", "胃痛", "epigastric pain"),
        ("zh-Hans", "五十肩", "frozen shoulder"),
        // A third audit of readers' queries: each listed its best-known points far down, or
        // (肘痛, 胯痛) found one point or none.
        ("en", "heartburn", "heartburn"),
        ("en", "acid reflux", "heartburn"),
        ("en", "gerd", "heartburn"),
        ("en", "tummy pain", "abdominal pain"),
        ("en", "belly ache", "abdominal pain"),
        ("en", "bloating", "bloating"),
        ("en", "indigestion", "indigestion"),
        ("en", "anxiety", "anxiety"),
        ("en", "menopause", "menopause"),
        ("en", "trying to conceive", "infertility"),
        ("zh-Hans", "烧心", "heartburn"),
        ("zh-Hant", "反酸", "heartburn"),
        ("zh-Hans", "肚子疼", "abdominal pain"),
        ("zh-Hans", "腹胀", "bloating"),
        ("zh-Hans", "消化不良", "indigestion"),
        ("zh-Hans", "肘痛", "elbow pain"),
        ("zh-Hans", "肘关节痛", "elbow pain"),
        ("zh-Hant", "髖痛", "hip pain"),
        ("zh-Hans", "胯痛", "hip pain"),
        ("zh-Hans", "肩膀痛", "shoulder pain"),
        ("zh-Hant", "焦慮", "anxiety"),
        ("zh-Hans", "更年期", "menopause"),
        ("zh-Hans", "不孕", "infertility"),
    ];
    for (lang, query, complaint) in cases {
        let listed = most_used(lang, complaint);
        for kind in [Whole, Patient] {
            let found = codes_in(lang, kind, query);
            assert_eq!(found[..listed.len()], listed[..], "{lang} {kind:?} {query}: {found:?}");
        }
    }
    assert_eq!(&codes("insomnia")[..2], ["HT7", "SP6"]);
    // `cold` listed TE11 first, Clear Cold Abyss by its English name; a reader means a cold.
    assert!(codes("cold").iter().position(|c| *c == "TE11") > codes("cold").iter().position(|c| *c == "LI4"));
    // Every other point found, as before: all those whose texts write insomnia.
    let found = found_in("en", Whole, "insomnia");
    let file = acumap::catalog::baked_prose("en").unwrap();
    assert!(file.points.iter().filter(|(_, p)| p.searchable().iter().any(|t| t.contains("nsomnia"))).all(|(code, _)| found.contains(code.as_str())));
    // A word lengthening the complaint's is not it (`coughed` finds every point a cough does,
    // as its misspelling would, not the few most used for it).
    assert_eq!(found_in("en", Whole, "coughed"), found_in("en", Whole, "cough"));
    assert!(found_in("en", Whole, "cough").len() > most_used("en", "cough").len());
    // A reader's word for a condition guide's complaint that the guide's translated title
    // does not hold lists the guide's points first too, as its title does: 脖子痛 listed LI14,
    // ST12 and SI6 first (the neck and shoulder points in catalog order) where 颈痛 lists GB20,
    // BL10, GB21 …; 腰酸背痛 BL23, BL25 and EX-B2 where 腰痛 lists BL40 first.
    let guide = |id: &str| acumap::catalog::GUIDES.iter().find(|g| g.id == id).unwrap().points;
    for (lang, query, id) in [("zh-Hans", "脖子痛", "neck-pain"), ("zh-Hant", "頸椎病", "neck-pain"), ("zh-Hans", "腰酸背痛", "low-back-pain"), ("zh-Hans", "腰肌劳损", "low-back-pain")] {
        for kind in [Whole, Patient] {
            let found = codes_in(lang, kind, query);
            assert_eq!(found[..guide(id).len()], guide(id)[..], "{lang} {kind:?} {query}: {found:?}");
            assert!(found.len() > guide(id).len() * 3, "{lang} {kind:?} {query}: {found:?}");
        }
    }
    // A place the complaint holds is that place.
    for (lang, query, complaint) in [("en", "throat", "sore throat"), ("en", "elbow", "elbow pain"), ("zh-Hans", "膝盖", "knee pain")] {
        let found = codes_in(lang, Whole, query);
        assert_ne!(found[..3], most_used(lang, complaint)[..3], "{lang} {query}: {found:?}");
    }
}

/// Abdominal pain listed the points whose texts hold it in catalog order, LI7 to LI11 first
/// (each with one digestive indication), and on a patient's page five points, none of them ST25
/// or CV12; `tummy pain` and 腹痛 likewise. Now they stand for digestive complaints, as `stomach
/// ache` does: after the points most used for abdominal pain (ST25, CV12, ST36 …, as
/// `[most_used]` lists them), the points whose texts hold them, those with more digestive
/// indications first, then the other digestive points.
#[test]
fn abdominal_pain_lists_the_points_most_used_for_digestion_first() {
    use acumap::prose::ProseFileKind::{Patient, Whole};
    let digestive = |code: &str| acumap::catalog::point(code).unwrap().indication_tags().filter(|t| t.contains("digestive")).count();
    for (lang, query) in [("en", "abdominal pain"), ("en", "tummy pain"), ("en", "belly pain"), ("zh-Hans", "腹痛"), ("zh-Hant", "腹痛")] {
        for kind in [Whole, Patient] {
            let found = codes_in(lang, kind, query);
            assert!(found.len() > 20, "{lang} {kind:?} {query}: {found:?}");
            assert!(found.contains(&"ST25") && found.contains(&"CV12"), "{lang} {kind:?} {query}: {found:?}");
            if kind == Whole {
                let after = after_most_used(lang, "abdominal pain", &found);
                assert!(after[..5].iter().all(|c| digestive(c) >= 3), "{lang} {query}: {found:?}");
            }
        }
    }
}

/// A colicky baby found EX-LE6 alone, for biliary colic (`infant colic` read without the
/// words naming the baby), 婴儿肠绞痛 KI16, for a muscle's colicky pain: now the points for
/// children's night crying, feeding and digestion, in both languages.
#[test]
fn a_colicky_baby_finds_the_points_for_infants_crying_and_feeding() {
    use acumap::prose::ProseFileKind::Whole;
    for (lang, query) in [("en", "infant colic"), ("en", "baby colic"), ("en", "colicky baby"), ("zh-Hans", "婴儿肠绞痛"), ("zh-Hant", "嬰兒腸絞痛"), ("zh-Hans", "宝宝肠绞痛")] {
        let found = found_in(lang, Whole, query);
        for code in ["PC9", "CV16", "BL21", "EX-UE10"] {
            assert!(found.contains(code), "{lang} {query}: {found:?}");
        }
        assert!(!found.contains("EX-LE6") && !found.contains("KI16"), "{lang} {query}: {found:?}");
    }
}

/// Morning sickness in the words Chinese readers type (孕吐, 早孕反应, Taiwan's 害喜) finds the
/// points whose texts name it, as `morning sickness` does (PC6, KI21), on both kinds of page:
/// 孕吐 stood for every digestive point (177), those to avoid in pregnancy among them.
#[test]
fn morning_sickness_in_chinese_finds_what_english_finds() {
    use acumap::prose::ProseFileKind::{Patient, Whole};
    for kind in [Whole, Patient] {
        let english = found_in("en", kind, "morning sickness");
        assert!(english.contains("PC6") && english.len() < 5, "{english:?}");
        for (lang, query) in [("zh-Hans", "孕吐"), ("zh-Hans", "早孕反应"), ("zh-Hans", "妊娠反应"), ("zh-Hant", "孕吐"), ("zh-Hant", "害喜"), ("zh-Hant", "早孕反應")] {
            assert_eq!(found_in(lang, kind, query), english, "{lang} {query} {kind:?}");
        }
    }
}

/// A vertebra as students write it, by its label or spelt out, in either language: `below c7`
/// found EX-HN15 first (whose location measures from GV14, "below the spinous process of C7")
/// and GV14 last; 第七颈椎棘突下, the textbooks' words for GV14, found nothing (the texts write
/// 第7颈椎棘突（C7）下); `t1` found the points at T10, T11 and T12 first; `below the spinous
/// process of t3`, `0.5 cun lateral to c7` found nothing (a word of two letters did not read the
/// locations).
#[test]
fn a_vertebra_however_written_finds_the_point_at_it() {
    use acumap::prose::ProseFileKind::Whole;
    use acumap::text::vertebrae_labelled;
    assert_eq!(vertebrae_labelled("in the hollow below the spinous process of the seventh cervical vertebra (c7)."), Some("in the hollow below c7.".into()));
    assert_eq!(vertebrae_labelled("level with the lower border of the spinous process of the 1st thoracic vertebra (t1), 1.5 b-cun"), Some("level with the lower border of t1, 1.5 b-cun".into()));
    assert_eq!(vertebrae_labelled(&acumap::text::fold("后正中线上第7颈椎棘突（C7）下凹陷中")), Some("后正中线上 c7 下凹陷中".into()));
    assert_eq!(vertebrae_labelled("第十二胸椎"), Some("t12".into()));
    assert_eq!(vertebrae_labelled("below the c7 spinous process"), Some("below the c7".into()));
    assert_eq!(vertebrae_labelled("the spinous process of c15, the third lumbar"), None);
    for (lang, query, code) in [
        ("en", "below c7", "GV14"),
        ("en", "BELOW C7", "GV14"),
        ("en", "below the spinous process of the seventh cervical vertebra", "GV14"),
        ("en", "below the 7th cervical vertebra", "GV14"),
        ("en", "below t3", "GV12"),
        ("en", "below the spinous process of t3", "GV12"),
        ("en", "below l4", "GV3"),
        ("en", "below the spinous process of L2", "GV4"),
        ("en", "0.5 cun lateral to c7", "EX-B1"),
        ("en", "1.5 cun lateral to l2", "BL23"),
        ("zh-Hans", "第七颈椎棘突下", "GV14"),
        ("zh-Hans", "第7颈椎棘突下", "GV14"),
        ("zh-Hans", "C7棘突下", "GV14"),
        ("zh-Hans", "第三胸椎棘突下", "GV12"),
        ("zh-Hans", "第二腰椎棘突下", "GV4"),
        ("zh-Hant", "第七頸椎棘突下", "GV14"),
    ] {
        assert_eq!(codes_in(lang, Whole, query).first(), Some(&code), "{lang} {query}");
    }
    // A label is a whole word: T1 is not T11 (GV6, BL20) nor T12 (BL21).
    let t1 = codes_in("en", Whole, "t1");
    assert!(t1.contains(&"GV13") && !t1.iter().any(|c| ["GV6", "BL20", "BL21"].contains(c)), "{t1:?}");
    // The words spelt out are still found as words.
    assert!(codes_in("en", Whole, "vertebra").contains(&"GV14"));
    // `C7` is HT7 in French, first, then the points at C7; spelt out, it is only those.
    let c7 = codes_in("en", Whole, "c7");
    assert!(c7.first() == Some(&"HT7") && c7.contains(&"GV14"), "{c7:?}");
    let spelt = codes_in("zh-Hans", Whole, "第七颈椎");
    assert!(!spelt.contains(&"HT7") && spelt[..2].contains(&"GV14"), "{spelt:?}");
}

/// Where a point lies as a student says it, with its measure: `3 cun above the medial
/// malleolus` found nothing (a word of one character did not read the locations), nor `three
/// cun` (the standard writes "3 B-cun"), nor `two inches below the navel`; in Chinese its numbers in characters (内踝上三寸, SP6's
/// "内踝尖上3寸"; the texts write digits) or in digits written against the words (内踝上3寸).
/// A number alone is still the first points of each channel (`3`: LU3, LI3 …).
#[test]
fn a_place_with_its_measure_finds_the_point() {
    use acumap::prose::ProseFileKind::Whole;
    for (query, code) in [("3 cun above the medial malleolus", "SP6"), ("three cun above the medial malleolus", "SP6"), ("2 cun lateral to the umbilicus", "ST25")] {
        assert_eq!(codes_in("en", Whole, query).first(), Some(&code), "{query}");
    }
    assert_eq!(codes_in("en", Whole, "3")[..2], ["LU3", "LI3"]);
    // In inches, as patients' articles call the cun (found nothing).
    for (query, code) in [("two inches below the navel", "CV5"), ("1 inch above the wrist crease", "HT5")] {
        assert!(codes_in("en", Whole, query).contains(&code), "{query}");
    }
    for (query, code) in [("内踝上三寸", "SP6"), ("内踝上3寸", "SP6"), ("脐下一寸半", "CV6"), ("外膝眼下三寸", "ST36"), ("第十二胸椎", "BL21")] {
        assert_eq!(codes_in("zh-Hans", Whole, query).first(), Some(&code), "{query}");
    }
    for (query, code) in [("第七颈椎下", "GV14"), ("第二掌骨", "LI4"), ("脐下三寸", "CV4")] {
        assert!(codes_in("zh-Hans", Whole, query).contains(&code), "{query}");
    }
    // Names with numbers stay names.
    for (query, code) in [("足三里", "ST36"), ("三阴交", "SP6"), ("十宣", "EX-UE11")] {
        assert_eq!(codes_in("zh-Hans", Whole, query), [code], "{query}");
    }
}

/// Cold hands and feet, as a patient says it, found nothing on a patient page (the texts' "cold
/// limbs", 四肢不温, are the practitioner's words), and 手脚冰冷 found the points of collapse
/// (四肢厥冷, CV4, CV6, CV8), not those of tiredness with feeling cold. A Chinese complaint said
/// with how bad it is (头疼得很厉害) found nothing.
#[test]
fn cold_hands_and_a_complaint_said_with_how_bad_it_is_find_their_points() {
    use acumap::prose::ProseFileKind;
    for kind in ProseFileKind::ALL {
        for (lang, query) in [("en", "cold hands"), ("zh-Hans", "手脚冰凉"), ("zh-Hant", "手腳冰涼")] {
            let found = codes_in(lang, kind, query);
            assert!(["BL23", "GV4"].iter().all(|c| found.contains(c)), "{kind:?} {lang} {query}: {found:?}");
        }
    }
    assert_eq!(codes_in("zh-Hans", ProseFileKind::Whole, "手脚冰冷")[..2], ["BL23", "GV4"]);
    for kind in ProseFileKind::ALL {
        for query in ["头疼得很厉害", "头疼得厉害"] {
            assert_eq!(codes_in("zh-Hans", kind, query), codes_in("zh-Hans", kind, "头疼"), "{kind:?} {query}");
        }
    }
}

/// A phrase of `points/` is found where a text says it with little words between its words, as
/// the query's are left out: the patient's "cold hands and feet" (BL23, GV4) found nothing for
/// `cold hands and feet`, and the points whose texts say "ringing in the ears" or "shortness of
/// breath" did not rank first. Not across a comma, which parts a list: GB41's patient text says
/// "swelling before a period, pain along the side of the ribs", no period pain.
#[test]
fn a_phrase_said_with_little_words_between_finds_the_texts_that_say_it() {
    use acumap::prose::ProseFileKind::{Patient, Whole};
    for kind in [Whole, Patient] {
        let found = codes_in("en", kind, "cold hands and feet");
        assert!(["BL23", "GV4"].iter().all(|c| found.contains(c)), "{kind:?}: {found:?}");
    }
    // EX-UE7: "Headache, dizziness and ringing in the ears"; LU1: "Cough, wheezing and
    // shortness of breath".
    // (The first after the points most used for tinnitus, which the phrase stands for.)
    let found = codes_in("en", Whole, "ringing in the ears");
    assert_eq!(after_most_used("en", "tinnitus", &found)[0], "EX-UE7");
    assert_eq!(codes_in("en", Whole, "shortness of breath")[0], "LU1");
    // KI1, "Headache at the top of the head", before BL4, whose texts say "vertex" (the word
    // the phrase stands for) apart from it; the points that lie there before both (below).
    let found = codes_in("en", Whole, "top of the head");
    let at = |code: &str| found.iter().position(|c| *c == code).unwrap_or_else(|| panic!("{code} in {found:?}"));
    assert!(at("KI1") < at("BL4"), "{found:?}");
    let found = codes_in("en", Patient, "period pain");
    let at = |code: &str| found.iter().position(|c| *c == code).unwrap_or_else(|| panic!("{code} in {found:?}"));
    assert!(at("GB41") > at("EX-CA1"), "{found:?}");
}

/// Allergies, as readers mostly mean them, are hay fever: `allergies`, `seasonal allergies`,
/// 过敏 found nothing in the patient's words, or one point. A skin allergy is the skin's; a food
/// allergy no point's (EX-UE4's texts hold "food").
#[test]
fn allergies_find_the_nose_points_and_a_skin_allergy_the_skins() {
    use acumap::prose::ProseFileKind;
    for kind in ProseFileKind::ALL {
        let asked = [("en", "allergies", "nose"), ("en", "seasonal allergies", "nose"), ("en", "skin allergy", "skin"), ("zh-Hans", "过敏", "nose"), ("zh-Hans", "皮肤过敏", "skin"), ("zh-Hant", "過敏", "nose")];
        for (lang, query, condition) in asked {
            let found = found_in(lang, kind, query);
            assert!(found.is_superset(&with_condition(condition)), "{kind:?} {lang} {query}: {found:?}");
        }
        assert_eq!(codes_in("en", kind, "food allergy"), Vec::<&str>::new(), "{kind:?}");
    }
}

/// A complaint in other everyday words: `high temperature` found the points for high blood
/// pressure, `heart racing` every Heart point, `nose bleed` the points whose texts hold "nose"
/// and "bleed" apart besides the nosebleed points, `cold sores` those of cold pain; 鼻出血 (the
/// patient's word) three points on a practitioner's page, whose texts say 鼻衄.
#[test]
fn a_complaint_in_other_everyday_words_finds_its_points() {
    use acumap::prose::ProseFileKind;
    assert_eq!(codes_in("zh-Hans", ProseFileKind::Whole, "鼻出血"), codes_in("zh-Hans", ProseFileKind::Whole, "鼻衄"));
    for kind in ProseFileKind::ALL {
        for query in ["nose bleed", "bloody nose"] {
            assert_eq!(codes_in("en", kind, query), codes_in("en", kind, "nosebleed"), "{kind:?} {query}");
        }
        // `bad breath` found every text's "shortness of breath" ("bad" a word left out).
        let bad_breath = codes_in("en", kind, "bad breath");
        assert!(!bad_breath.is_empty() && bad_breath.len() < codes_in("en", kind, "breath").len(), "{kind:?}: {bad_breath:?}");
        assert_eq!(codes_in("en", kind, "halitosis"), bad_breath, "{kind:?}");
        // `pinky` found nothing.
        let little = found_in("en", kind, "little finger");
        let pinky = found_in("en", kind, "pinky");
        assert!(!pinky.is_empty() && pinky.is_subset(&little), "{kind:?}: {pinky:?}");
        let cold_sores = found_in("en", kind, "cold sores");
        assert_eq!(cold_sores, with_condition("mouth"), "{kind:?}");
        // Complaints as said (尿急, 月经推迟, 宫寒, 手心出汗, 半夜醒, 放屁, `urgency`, `my period is
        // late`, `farting` found nothing or a few texts' words): the points of the condition.
        let said = [
            ("en", "high temperature", "fever"),
            ("en", "heart racing", "palpitations"),
            ("en", "racing heart", "palpitations"),
            ("zh-Hans", "尿急", "urinary"),
            ("zh-Hans", "憋不住尿", "urinary"),
            ("zh-Hans", "月经推迟", "gynaecological"),
            ("zh-Hans", "宫寒", "gynaecological"),
            ("zh-Hans", "手心出汗", "sweating"),
            ("zh-Hans", "半夜醒", "insomnia"),
            ("zh-Hans", "放屁", "digestive"),
            ("zh-Hant", "月經推遲", "gynaecological"),
            ("zh-Hant", "半夜醒", "insomnia"),
            ("en", "urgency", "urinary"),
            ("en", "can't hold urine", "urinary"),
            ("en", "my period is late", "gynaecological"),
            ("en", "early periods", "gynaecological"),
            ("en", "sweaty feet", "sweating"),
            ("en", "waking at night", "insomnia"),
            ("en", "farting", "digestive"),
        ];
        for (lang, query, condition) in said {
            let found = found_in(lang, kind, query);
            assert!(found.is_superset(&with_condition(condition)), "{kind:?} {lang} {query}: {found:?}");
        }
        assert_eq!(codes_in("zh-Hans", kind, "做噩梦"), codes_in("zh-Hans", kind, "噩梦"), "{kind:?}");
        // The same in Chinese (高烧 and 心跳快 found nothing, 嘴巴臭 and 唇疱疹 nothing).
        for (zh, en) in [("高烧不退", "high temperature"), ("心跳快", "heart racing"), ("嘴巴臭", "bad breath"), ("唇疱疹", "cold sores")] {
            for lang in ["zh-Hans", "zh-Hant"] {
                assert_eq!(found_in(lang, kind, zh), found_in("en", kind, en), "{kind:?} {lang} {zh}");
            }
        }
    }
}

/// How a complaint goes on is not what it is: `hiccups won't stop`, `i keep getting
/// headaches`, `always tired`, 打嗝不止, 一直咳嗽, 咳嗽不停 found nothing or less (a text
/// holding "keep" or 一直). Stopping it is still asked (`how do i stop hiccups`: the points
/// whose texts stop them).
#[test]
fn how_a_complaint_goes_on_is_left_out() {
    use acumap::prose::ProseFileKind;
    for kind in ProseFileKind::ALL {
        let same = [
            ("en", "hiccups won't stop", "hiccups"),
            ("en", "hiccups wont stop", "hiccups"),
            ("en", "i keep getting headaches", "headaches"),
            ("en", "always tired", "tired"),
            ("en", "constantly tired", "tired"),
            ("zh-Hans", "打嗝不止", "打嗝"),
            ("zh-Hans", "一直咳嗽", "咳嗽"),
            ("zh-Hans", "咳嗽不停", "咳嗽"),
            ("zh-Hant", "打嗝不止", "打嗝"),
            ("zh-Hant", "一直咳嗽", "咳嗽"),
            ("zh-Hant", "反復感冒", "感冒"),
        ];
        for (lang, query, complaint) in same {
            let found = codes_in(lang, kind, query);
            assert!(!found.is_empty(), "{kind:?} {lang} {query}");
            assert_eq!(found, codes_in(lang, kind, complaint), "{kind:?} {lang} {query}");
        }
    }
    let stop = codes_in("en", acumap::prose::ProseFileKind::Whole, "how do i stop hiccups");
    assert!(!stop.is_empty() && stop.len() < codes_in("en", acumap::prose::ProseFileKind::Whole, "hiccups").len(), "{stop:?}");
}

/// A reader's words about themselves: what they cannot do (`can't fall asleep`, `unable to
/// fall asleep`), said in the first person (`i'm tired`, `i am stressed`, `i've got a
/// headache`) or as a question (`what's good for headache`, `something for headaches`), found
/// nothing or a text's "Yamen" (`am`); whose it is (`children's fever`, `child's cough`) nothing,
/// and whom, the texts' words that begin with it or hold it.
/// Getting pregnant is not being pregnant: `can't get pregnant` and `trying to get pregnant`
/// found the 87 points to avoid in pregnancy, LI4 first. In Chinese, 怀不上, 备孕, 睡不着觉,
/// 入睡困难, 晕机, 拉不出来, 听不见, 闻不到味道, 頭好痛 and 想吐 found nothing, 难怀孕 the points for breathing
/// difficulty, 我很累 five points whose texts hold 劳累 ("worse with exertion").
#[test]
fn what_a_reader_cannot_do_and_whose_it_is_finds_the_complaint() {
    use acumap::prose::ProseFileKind;
    for kind in ProseFileKind::ALL {
        let same = [
            ("en", "can't fall asleep", "fall asleep"),
            ("en", "cannot fall asleep", "fall asleep"),
            ("en", "unable to fall asleep", "fall asleep"),
            ("en", "can't swallow", "swallow"),
            ("en", "I'm tired", "tired"),
            ("en", "I’m tired", "tired"),
            ("en", "I am stressed", "stressed"),
            ("en", "I've got a headache", "headache"),
            ("en", "what's good for headache", "headache"),
            ("en", "something for headaches", "headaches"),
            ("en", "I'm pregnant", "pregnant"),
            ("en", "children's fever", "children fever"),
            ("en", "child's cough", "children cough"),
            ("en", "my son has a cough", "children cough"),
            ("en", "can't get pregnant", "infertility"),
            ("en", "trying to get pregnant", "infertility"),
            ("en", "trying to conceive", "infertility"),
            ("en", "seasick", "motion sickness"),
            ("en", "carsick", "motion sickness"),
            ("en", "airsick", "motion sickness"),
            ("en", "irritable", "irritability"),
            ("en", "I've lost my voice", "lost my voice"),
            ("en", "I'm feeling low", "feeling down"),
            // Whom it is for, as a word of the texts and not inside one: the kid of "kidney"
            // (KI7), the men of "menses", the wife of "midwifery" (ST17).
            ("en", "kid fever", "children fever"),
            ("en", "my son's fever", "children fever"),
            ("en", "fatigue in men", "fatigue"),
            ("en", "my husband has a headache", "headache"),
            ("en", "my wife is pregnant", "pregnant"),
            ("en", "male infertility", "infertility"),
            ("en", "enuresis", "bedwetting"),
            ("zh-Hans", "怀不上孩子", "不孕"),
            ("zh-Hans", "备孕", "不孕"),
            ("zh-Hans", "难怀孕", "不孕"),
            ("zh-Hans", "睡不着觉", "睡不着"),
            ("zh-Hans", "入睡困难", "睡不着"),
            ("zh-Hans", "晕机", "晕车"),
            ("zh-Hans", "拉不出来", "便秘"),
            ("zh-Hans", "听不见", "耳聋"),
            ("zh-Hans", "闻不到味道", "嗅觉"),
            ("zh-Hant", "懷不上孩子", "不孕"),
            ("zh-Hant", "睡不著覺", "睡不著"),
            ("zh-Hant", "頭好痛", "頭痛"),
            ("zh-Hans", "想吐", "恶心"),
        ];
        for (lang, query, as_said) in same {
            let found = codes_in(lang, kind, query);
            assert!(!found.is_empty() && found == codes_in(lang, kind, as_said), "{kind:?} {lang} {query}: {found:?}");
        }
        // Whom a pregnancy is for is not who cannot get pregnant.
        let infertility = found_in("en", kind, "can't get pregnant");
        assert!(infertility.len() < found_in("en", kind, "pregnant").len() && !infertility.contains("LI4"), "{kind:?}: {infertility:?}");
        // Tired, in Chinese: the points for fatigue, one of them first.
        let fatigue = with_condition("fatigue");
        for lang in ["zh-Hans", "zh-Hant"] {
            let tired = codes_in(lang, kind, "我很累");
            assert!(tired.first().is_some_and(|c| fatigue.contains(c)) && found_in(lang, kind, "我很累").is_superset(&fatigue), "{kind:?} {lang}: {tired:?}");
        }
        // Where, as a reader says it: the points on the hand (手上的穴位) and on the foot found
        // nothing.
        for (said, region) in [("手上的穴位", "手部穴位"), ("脚上的穴位", "足部穴位")] {
            assert!(!codes_in("zh-Hans", kind, said).is_empty() && codes_in("zh-Hans", kind, said) == codes_in("zh-Hans", kind, region), "{kind:?} {said}");
        }
        // Bell's is not the "belly" of other texts.
        assert!(found_in("en", kind, "bell's").is_disjoint(&found_in("en", kind, "belly")), "{kind:?}");
    }
}

/// A reader says more than any text does, after the complaint (what brought it on, when it
/// comes): `neck pain from computer`, `knee pain climbing stairs`, `wrist pain from typing`
/// found nothing. The first words that name a complaint and find points are read, and the
/// search says so; not a word that only qualifies one (`long covid`, `low libido`, `brain
/// fog`), not the last words (`hair loss after chemo`), not a phrase that stands for nothing
/// taken apart (`low blood pressure`), and not beside what must not wait.
#[test]
fn a_complaint_said_with_more_than_the_texts_say_finds_its_points() {
    use acumap::prose::ProseFileKind;
    use acumap::search::{baked_prose_index, find};
    for kind in ProseFileKind::ALL {
        let index = baked_prose_index("en", kind).unwrap();
        let shortened = [
            ("neck pain from computer", "neck pain"),
            ("knee pain climbing stairs", "knee pain"),
            ("wrist pain from typing", "wrist pain"),
            ("cough that won't go away", "cough"),
            ("migraine with aura", "migraine"),
        ];
        for (query, read) in shortened {
            let found = find(query, || Some(&index));
            assert_eq!(found.read_as.as_deref(), Some(read), "{kind:?} {query}");
            assert_eq!(found.points, find(read, || Some(&index)).points, "{kind:?} {query}");
        }
        // (`high cholesterol` found the points for "High" blood pressure, `high blood sugar`
        // those for "High blood" pressure.)
        for query in ["long covid", "low libido", "brain fog", "hair loss after chemo", "low blood pressure", "my baby is not moving", "high cholesterol", "high blood sugar"] {
            let found = find(query, || Some(&index));
            assert!(found.points.is_empty() && found.read_as.is_none(), "{kind:?} {query}: {:?}", found.read_as);
        }
    }
}

#[test]
fn a_channel_named_lists_its_points_first_in_order() {
    use acumap::prose::ProseFileKind::Whole;
    // `gall bladder` listed EX-LE6 and BL19 (names holding the words) and every point crossing
    // the Gallbladder channel before GB1, `bladder channel` the points holding "gallbladder",
    // `stomach meridian` nothing (the texts say "channel"), and 胆经 ST7 first (a crossing point
    // of the 胆经). A channel's name, as readers write it, now lists its points first, GB1 to
    // GB44, then what else the words find.
    let cases = [
        ("en", "lung", "LU"),
        ("en", "Gall Bladder", "GB"),
        ("en", "bladder channel", "BL"),
        ("en", "Urinary Bladder meridian", "BL"),
        ("en", "stomach meridian", "ST"),
        ("en", "san jiao", "TE"),
        ("en", "triple burner channel", "TE"),
        ("en", "conception vessel", "CV"),
        ("en", "du mai", "GV"),
        ("en", "heart protector", "PC"),
        ("zh-Hans", "胃经", "ST"),
        ("zh-Hans", "膀胱经", "BL"),
        ("zh-Hans", "足太阳膀胱经", "BL"),
        ("zh-Hans", "胆经", "GB"),
        ("zh-Hans", "心经", "HT"),
        ("zh-Hans", "任脉", "CV"),
        ("zh-Hant", "膽經", "GB"),
        ("zh-Hant", "手少陽三焦經", "TE"),
    ];
    for (lang, query, meridian) in cases {
        let found = codes_in(lang, Whole, query);
        let own: Vec<&str> = acumap::catalog::POINTS.iter().filter(|p| p.meridian() == meridian).map(|p| p.code).collect();
        assert_eq!(found.get(..own.len()), Some(&own[..]), "{lang}: {query} lists {found:?}");
    }
    // `meridian` is the texts' "channel": the points crossing the Stomach channel come after its own.
    let stomach = codes("stomach meridian");
    assert!(stomach.len() > 45 && stomach.contains(&"LI20"), "{stomach:?}");
    // The extraordinary vessels by their Chinese names and other English ones: `chong mai`,
    // `dai mai`, `girdle vessel` and `yang wei` found nothing, or only the points that write
    // those words. Each now finds the points whose texts name the vessel as they write it.
    let english = acumap::catalog::baked_prose("en").unwrap();
    let writing = |phrase: &str| -> std::collections::BTreeSet<&str> {
        let texts = |code: &str| english.points[code].searchable().join("\n").to_lowercase();
        acumap::catalog::POINTS.iter().map(|p| p.code).filter(|code| texts(code).contains(phrase)).collect()
    };
    for (query, written) in [
        ("chong mai", "penetrating"),
        ("dai mai", "girdling"),
        ("belt vessel", "girdling"),
        ("girdle vessel", "girdling vessel"),
        ("yang qiao", "yang motility"),
        ("yang heel vessel", "yang motility vessel"),
        ("yin wei", "yin linking"),
        ("yang wei", "yang linking"),
    ] {
        let found: std::collections::BTreeSet<&str> = codes(query).into_iter().collect();
        assert!(writing(written).len() >= 3 && writing(written).is_subset(&found), "{query}: {found:?}, {written}: {:?}", writing(written));
    }
    // A code is still a code, and a condition is not a channel.
    assert_eq!(codes("liver 3").first(), Some(&"LR3"));
    assert_eq!(codes("lung 7").first(), Some(&"LU7"));
    assert!(codes("stomach ache").iter().take(5).all(|c| with_condition("digestive").contains(c)));
}

/// A practitioner or student looking for dry needling types its words, not a complaint:
/// `trigger point` and `dry needling` found nothing, or the points for a dry cough ("dry" with
/// "needling" left out as the word of `needling gb21`); the knots a patient feels (`muscle
/// knots`, 肌肉结节) are trigger points too. They find every point that has a
/// dry-needling counterpart and no other, in each language's words; with a muscle, those of
/// the muscle. A patient page's file has no counterparts: there they find none.
#[test]
fn dry_needling_words_find_the_points_with_a_dry_needling_counterpart() {
    use acumap::prose::ProseFileKind;
    use std::collections::BTreeSet;
    let english = acumap::catalog::baked_prose("en").expect("the English prose");
    let counterparts: BTreeSet<&str> = english.points.iter().filter(|(_, p)| p.has_counterpart()).map(|(code, _)| code.as_str()).collect();
    assert!(counterparts.len() > 100 && counterparts.contains("GB21") && !counterparts.contains("GV20"), "{}", counterparts.len());
    let found = |lang, kind, query| codes_in(lang, kind, query).into_iter().collect::<BTreeSet<_>>();
    for (lang, queries) in [
        ("en", &["dry needling", "Dry-needling", "trigger points", "trigger point", "myofascial trigger points", "dry needling points", "muscle knots"][..]),
        ("zh-Hans", &["干针", "激痛点", "触发点", "干针穴位", "dry needling", "肌肉结节"]),
        ("zh-Hant", &["乾針", "激痛點", "觸發點", "trigger point", "肌肉結節"]),
    ] {
        for query in queries {
            assert_eq!(found(lang, ProseFileKind::Whole, query), counterparts, "{lang} {query}");
            assert!(found(lang, ProseFileKind::Patient, query).is_empty(), "{lang} {query} on a patient page");
        }
    }
    // With a muscle, its points: the counterpart's muscles are searched.
    for (lang, query) in [("en", "trapezius trigger points"), ("zh-Hans", "斜方肌激痛点")] {
        let trapezius = found(lang, ProseFileKind::Whole, query);
        assert!(trapezius.contains("GB21") && trapezius.len() < 40 && trapezius.is_subset(&counterparts), "{lang} {query}: {trapezius:?}");
    }
    // Dry alone is what the texts call dry.
    let dry = found("en", ProseFileKind::Whole, "dry");
    assert!(!dry.is_empty() && dry.len() < 20, "{dry:?}");
}

/// A parent writes whom the complaint is for (`bedwetting in children`, `小儿遗尿`), which
/// found nothing where no text names the complaint in children: the complaint's points, and
/// the count says what was searched. Where a text names it so (`indigestion in children`),
/// those points, as typed; beside what must not wait, no point; beside nothing but filler, no
/// complaint.
#[test]
fn whom_a_complaint_is_for_is_left_out_where_no_text_names_it_in_them() {
    use acumap::prose::ProseFileKind;
    use acumap::search::{baked_prose_index, find};
    for kind in ProseFileKind::ALL {
        let indexes: Vec<_> = ["en", "zh-Hans", "zh-Hant"].map(|lang| (lang, baked_prose_index(lang, kind).unwrap())).into_iter().collect();
        let find_in = |lang: &str, query: &str| find(query, || indexes.iter().find(|(l, _)| *l == lang).map(|(_, index)| index));
        for (lang, query, complaint) in [
            ("en", "bedwetting in children", "bedwetting"),
            ("en", "kids bedwetting", "bedwetting"),
            ("en", "my son has hiccups", "hiccups"),
            ("en", "insomnia in the elderly", "insomnia"),
            ("zh-Hans", "小儿遗尿", "遗尿"),
            ("zh-Hans", "孩子尿床", "尿床"),
            ("zh-Hans", "宝宝积食", "积食"),
            ("zh-Hant", "老人失眠", "失眠"),
        ] {
            let found = find_in(lang, query);
            let alone = find_in(lang, complaint);
            assert!(!alone.points.is_empty(), "{lang} {kind:?} {complaint}");
            assert_eq!(found.points, alone.points, "{lang} {kind:?} {query}");
            assert_eq!(found.read_as.as_deref(), Some(complaint), "{lang} {kind:?} {query}");
        }
    }
    let index = baked_prose_index("en", ProseFileKind::Whole).unwrap();
    let found = |query: &str| find(query, || Some(&index));
    // As typed where a text names it in children: fewer points than the complaint's.
    let children = found("indigestion in children");
    assert!(children.read_as.is_none() && children.points.contains(&acumap::catalog::point("EX-UE10").unwrap()), "{:?}", children.read_as);
    assert!(!children.points.is_empty() && children.points.len() < found("indigestion").points.len());
    let not_moving = found("my baby is not moving");
    assert!(not_moving.urgent.is_some() && not_moving.points.is_empty() && not_moving.read_as.is_none(), "{:?}", not_moving.read_as);
    // Whom alone with filler is no complaint: `mother points` (the five-element tradition's)
    // listed all 409 points "for points", 老人穴位 37 "for 穴位".
    let chinese = baked_prose_index("zh-Hans", ProseFileKind::Whole).unwrap();
    for (query, index) in [("mother points", &index), ("points for my mum", &index), ("老人穴位", &chinese)] {
        let found = find(query, || Some(index));
        assert!(found.points.len() < 100 && found.read_as.is_none(), "{query}: {} {:?}", found.points.len(), found.read_as);
    }
}

/// A student names a category of points as the books count them (`eight influential points`,
/// `four command points`, `13 ghost points`, `window of the sky`, `four gates`; 八会穴, 四总穴,
/// 十三鬼穴, 四关, `15 luo points`, 十二原穴), which found nothing where the count is not in the
/// texts: its points, as many
/// as the name counts, each a point whose categories name it; in Chinese the same points. Not a
/// category the texts do not give (`sedation point` was read as "sensation point").
#[test]
fn a_category_as_students_count_it_finds_its_points() {
    use acumap::prose::ProseFileKind::Whole;
    use std::collections::BTreeSet;
    let file = acumap::catalog::baked_prose("en").unwrap();
    let names = |code: &str, category: &str| file.points[code].practitioner.as_ref().unwrap().categories.iter().any(|c| c.to_lowercase().contains(category));
    for (query, chinese, category, count) in [
        ("eight influential points", "八会穴", "influential point", Some(8)),
        ("eight confluent points", "八脉交会穴", "confluent point", Some(8)),
        ("four command points", "四总穴", "command point", Some(4)),
        ("13 ghost points", "十三鬼穴", "ghost point", Some(13)),
        ("thirteen ghost points", "十三鬼穴", "ghost point", Some(13)),
        ("8 influential points", "八会穴", "influential point", Some(8)),
        ("4 command points", "四总穴", "command point", Some(4)),
        ("four gates", "四关", "four gates", Some(2)),
        ("window of the sky", "天牖五部", "window of heaven", None),
    ] {
        let found = codes(query);
        assert!(!found.is_empty() && found.iter().all(|c| names(c, category)), "{query}: {found:?}");
        assert!(count.is_none_or(|n| found.len() == n), "{query}: {found:?}");
        let set = |codes: Vec<&'static str>| codes.into_iter().collect::<BTreeSet<_>>();
        assert_eq!(set(codes_in("zh-Hans", Whole, chinese)), set(found), "{chinese}");
    }
    assert_eq!(codes("four gates"), ["LI4", "LR3"]);
    assert!(codes("sedation point").is_empty() && codes("tonification points").is_empty());
    // The fifteen luo points (the twelve channels', the two vessels' and the Spleen's great
    // luo, SP21) and the twelve source points (the Yuan-source points of the huang and the gao
    // too, in English), which found CV15 alone, or nothing.
    let set = |codes: Vec<&'static str>| codes.into_iter().collect::<BTreeSet<_>>();
    for query in ["15 luo points", "fifteen connecting points"] {
        let found = set(codes(query));
        assert!(found.len() == 15 && found.contains("SP21") && found.iter().all(|c| names(c, "luo-connecting")), "{query}: {found:?}");
        assert_eq!(set(codes_in("zh-Hans", Whole, "十五络穴")), found);
    }
    let source = set(codes("twelve source points"));
    let chinese = set(codes_in("zh-Hans", Whole, "十二原穴"));
    assert!(chinese.len() == 12 && chinese.is_subset(&source) && source.iter().all(|c| names(c, "source point")), "{source:?}");
}

/// The five transport points (`five shu points`, `antique points`, 五输穴) found nothing or 49
/// points whose texts hold "five" and "shu": the sixty, each of the five kinds on each of the
/// twelve channels, and not the lower he-sea points (ST37, ST39, BL39), whose categories say
/// "he-sea" too; in Chinese the same points.
#[test]
fn the_five_transport_points_are_the_sixty() {
    use acumap::prose::ProseFileKind::Whole;
    use std::collections::BTreeSet;
    let file = acumap::catalog::baked_prose("en").unwrap();
    let kind = |code: &str| {
        let categories = &file.points[code].practitioner.as_ref().unwrap().categories;
        ["jing-well", "ying-spring", "shu-stream", "jing-river", "he-sea"].into_iter().find(|k| categories.iter().any(|c| c.to_lowercase().starts_with(k)))
    };
    for query in ["five shu points", "the five transport points", "antique points"] {
        let found = codes(query);
        assert_eq!(found.len(), 60, "{query}: {found:?}");
        for k in ["jing-well", "ying-spring", "shu-stream", "jing-river", "he-sea"] {
            assert_eq!(found.iter().filter(|c| kind(c) == Some(k)).count(), 12, "{query}: {k}");
        }
        assert!(!found.iter().any(|c| ["ST37", "ST39", "BL39"].contains(c)), "{query}: {found:?}");
        let set = |codes: Vec<&'static str>| codes.into_iter().collect::<BTreeSet<_>>();
        for (lang, chinese) in [("zh-Hans", "五输穴"), ("zh-Hant", "五輸穴")] {
            assert_eq!(set(codes_in(lang, Whole, chinese)), set(found.clone()), "{chinese}");
        }
    }
}

/// A reader describes a point by what it is for and where it lies (`point for stress between
/// the eyebrows`, which found nothing: "stress" is in no location, "between the eyebrows" in
/// no text of what a point is for): each word in one or the other finds it, on either page,
/// those whose place words stand together nearest the start of a location first. Only where
/// neither alone finds a point: `back pain` is not every point on the back whose texts hold
/// "pain".
#[test]
fn what_a_point_is_for_and_where_it_lies_find_it_together() {
    use acumap::prose::ProseFileKind;
    for kind in ProseFileKind::ALL {
        for query in ["point for stress between the eyebrows", "acupressure point for anxiety between the eyebrows"] {
            assert_eq!(codes_in("en", kind, query).first(), Some(&"EX-HN3"), "{kind:?} {query}");
        }
    }
    let file = acumap::catalog::baked_prose("en").unwrap();
    let low_back = with_condition("low-back-pain");
    for code in codes("back pain") {
        let [texts, places] = [file.points[code].searchable(), file.points[code].places()].map(|t| t.join(" ").to_lowercase());
        // Its texts, or its built-in fields (its region's name: SI10's "Upper back").
        let built_in = acumap::search::searchable_text(acumap::catalog::point(code).unwrap()).to_lowercase();
        let placed = places.contains("back") && places.contains("pain");
        assert!(texts.contains("back") || built_in.contains("back") || low_back.contains(code) || placed, "{code}: found for back pain by \"back\" in its place and \"pain\" in its texts");
    }
}

/// The words and marks the search reads specially: filler, what says whom and how it goes on,
/// pairs kept together, a possessive, qualifiers, phrases' parts, a name's 穴, Chinese joined by
/// 之, codes, marks; any of them, in
/// any order, joined any way, is searched without a panic (a panic kills every widget on the
/// page), and where the search reads the query otherwise it says what it read.
fn tricky_query() -> impl Strategy<Value = String> {
    let words = [
        "", " ", "the", "of", "won't", "wont", "stop", "keep", "high", "upper", "low", "blood", "pressure", "point", "points", "dry",
        "needling", "cold", "hands", "and", "feet", "mu", "stomach", "bad", "breath", "pins", "needles", "my", "son", "hiccups",
        "st36", "li 4", "穴", "穴位", "胃", "之", "募穴", "不止", "一直", "头痛", "孕妇", "的", "(", ")", ",", "-", "'", "、", "’",
        "pregnant", "pregnancy", "heart attack", "insomia", "a", "zzzzzzzzzz", "三", "十", "两", "寸", "半", "第七", "颈椎", "3", "1.5", ".",
        "can't", "get", "feeling", "child's", "'s", "s'", "kid", "men", "wife", "five", "shu", "inches", "|",
    ];
    let word = proptest::sample::select(words.to_vec());
    let joiner = proptest::sample::select(vec![" ", "", ",", "-", "  "]);
    proptest::collection::vec((word, joiner), 0..7).prop_map(|parts| parts.into_iter().map(|(w, j)| format!("{w}{j}")).collect())
}

proptest! {
    #![proptest_config(common::fuzz_config(200))]

    #[test]
    fn any_query_is_searched_without_panicking(query in prop_oneof![tricky_query(), "\\PC{0,30}"]) {
        use acumap::prose::ProseFileKind;
        use acumap::search::{baked_prose_index, find, ProseIndex};
        static INDEXES: std::sync::OnceLock<Vec<ProseIndex>> = std::sync::OnceLock::new();
        let indexes = INDEXES.get_or_init(|| {
            ["en", "zh-Hans"].iter().flat_map(|l| ProseFileKind::ALL.map(|k| baked_prose_index(l, k).expect("a baked prose file"))).collect()
        });
        let _ = search(&query);
        for index in indexes {
            let found = find(&query, || Some(index));
            prop_assert!(found.read_as.as_deref().is_none_or(|read| !read.trim().is_empty()), "{query:?}: {:?}", found.read_as);
        }
    }
}

/// One word of where a point lies finds the points that lie there first, those whose location
/// it opens before those measured from it: `navel` and `belly button` found CV8, in the navel,
/// seventh and not in the first eight, after ST25 and ST26 (catalog order); `temple` TE3 and
/// TE5 (for headache there) before GB4 and EX-HN5; `top of the head` KI1 (for headache there)
/// before GV20; 头顶 GV20 last of 14, whose texts say 巅顶 for its headache; `wrist` and 手腕
/// LI12 and TE14, at the elbow and the shoulder. Not a word that names a condition:
/// `depression` is a mood before it is the hollow of a location (BL2's "in the depression at
/// the medial end of the eyebrow").
#[test]
fn one_word_of_where_a_point_lies_finds_the_points_that_lie_there_first() {
    use acumap::prose::ProseFileKind::{Patient, Whole};
    for kind in [Whole, Patient] {
        // And the places as readers know a point by them, for the words the texts write
        // (`centre of the palm` found nothing, 手心 and 脚心 nothing, `under the nose` GV27 and
        // BL67, not GV26).
        for (lang, query, first) in [
            ("en", "navel", "CV8"),
            ("en", "belly button", "CV8"),
            ("zh-Hans", "肚脐", "CV8"),
            ("zh-Hant", "肚臍", "CV8"),
            ("en", "centre of the palm", "PC8"),
            ("en", "palm center", "PC8"),
            ("zh-Hans", "手心", "PC8"),
            ("zh-Hant", "手心", "PC8"),
            ("zh-Hans", "脚心", "KI1"),
            ("zh-Hant", "腳心", "KI1"),
            ("zh-Hant", "足心", "KI1"),
            ("en", "under the nose", "GV26"),
            ("zh-Hans", "鼻子下面", "GV26"),
            ("en", "crown of the head", "GV20"),
        ] {
            assert_eq!(codes_in(lang, kind, query).first(), Some(&first), "{kind:?} {query}");
        }
        assert!(codes_in("en", kind, "crown")[..5].contains(&"GV20"), "{kind:?}");
        // The standard's words where a patient's texts say it in everyday words: `sternum`
        // found nothing on a patient page, `back of the knee` not BL40.
        assert!(found_in("en", kind, "breastbone").is_subset(&found_in("en", kind, "sternum")), "{kind:?}");
        assert!(codes_in("en", kind, "back of the knee")[..3].contains(&"BL40"), "{kind:?}");
        // The first five lie where the word says.
        for (lang, query, word) in [
            ("en", "temple", "temple"),
            ("en", "wrist", "wrist"),
            ("en", "elbow", "elbow"),
            ("en", "top of the head", "top of the head"),
            ("zh-Hans", "膝盖", "膝"),
            ("zh-Hans", "手腕", "腕"),
            ("zh-Hans", "头顶", "头顶"),
            ("zh-Hant", "手腕", "腕"),
        ] {
            let file = acumap::catalog::baked_prose(lang).unwrap();
            let found = codes_in(lang, kind, query);
            for code in &found[..5] {
                let places = file.points[*code].places();
                assert!(places.iter().any(|t| t.to_lowercase().contains(word)), "{kind:?} {query}: {code} of {found:?} lies {places:?}");
            }
        }
        assert!(codes_in("zh-Hans", kind, "头顶")[..8].contains(&"GV20"), "{kind:?}");
        assert!(codes_in("en", kind, "top of the head")[..8].contains(&"GV20"), "{kind:?}");
        let found = codes_in("en", kind, "depression");
        let at = |code: &str| found.iter().position(|c| *c == code);
        assert!(at("HT7").is_some_and(|ht7| ht7 < at("BL2").unwrap_or(usize::MAX)), "{kind:?}: {found:?}");
    }
}

/// The parts of the face and body by their everyday Chinese names, which the texts and labels
/// write otherwise (目, 鼻, 耳, 咽喉, 尾骨, 足跟): 眼睛 found one point on a practitioner's page,
/// 鼻子 one, 喉咙, 嗓子, 尾巴骨, 脚后跟 and 脸 none. As `eye`, `nose`, `ear` and `throat` find
/// every point for their complaints in English, in both scripts; "around" a place is the place
/// (`眼睛周围的穴位`). Hong Kong's names too (膊頭, 膝頭, 手踭 found nothing).
#[test]
fn the_face_and_body_by_their_everyday_chinese_names_find_their_points() {
    use acumap::prose::ProseFileKind::{Patient, Whole};
    for kind in [Whole, Patient] {
        for (lang, words) in [("zh-Hans", ["眼睛", "鼻子", "耳朵", "喉咙", "嗓子"]), ("zh-Hant", ["眼睛", "鼻子", "耳朵", "喉嚨", "嗓子"])] {
            for (word, key) in words.into_iter().zip(["eye", "nose", "ear", "throat", "throat"]) {
                let found = found_in(lang, kind, word);
                assert!(with_condition(key).is_subset(&found), "{lang} {kind:?} {word}: {found:?}");
            }
        }
        for (lang, said, written) in [
            ("zh-Hans", "尾巴骨", "尾骨"),
            ("zh-Hans", "脚后跟", "足跟"),
            ("zh-Hant", "腳後跟", "足跟"),
            ("zh-Hans", "脸", "面部"),
            ("zh-Hans", "眼睛周围的穴位", "眼睛"),
            ("zh-Hant", "眼睛周圍", "眼睛"),
            // As Hong Kong says them: the shoulder, knee, elbow, heel, sole, crown, eyebrow.
            ("zh-Hant", "膊頭", "肩"),
            ("zh-Hant", "膝頭", "膝部"),
            ("zh-Hant", "手踭", "肘"),
            ("zh-Hant", "腳踭", "足跟"),
            ("zh-Hant", "腳板底", "足底"),
            ("zh-Hant", "頭殼頂", "頭頂"),
            ("zh-Hant", "眼眉", "眉"),
            ("zh-Hans", "手肘", "肘"),
            // What readers call a period (大姨妈, "big auntie") and its pain, numb hands and
            // feet.
            ("zh-Hans", "大姨妈疼", "痛经"),
            ("zh-Hans", "来月经肚子疼", "痛经"),
            ("zh-Hans", "手脚发麻", "麻木"),
        ] {
            let written = found_in(lang, kind, written);
            assert!(!written.is_empty() && written.is_subset(&found_in(lang, kind, said)), "{lang} {kind:?} {said}");
        }
    }
    // Drooling as said, where a practitioner's texts write 流涎 (a patient's say it so).
    let drooling = found_in("zh-Hans", Whole, "流涎");
    assert!(!drooling.is_empty() && drooling.is_subset(&found_in("zh-Hans", Whole, "流口水")));
}

/// Plurals not made with an s find what their singular finds (`feet` found 6 points, `foot`
/// 37; `calves` none), "around" or "near" a place is the place (`around the eyes` found BL45
/// alone), and `tummy` the belly's points before the arm's (LI7 to LI11, whose texts say
/// "abdominal pain", were first).
#[test]
fn feet_calves_around_a_place_and_the_tummy_find_what_readers_mean() {
    use acumap::prose::ProseFileKind::{Patient, Whole};
    for kind in [Whole, Patient] {
        for (said, written) in [("feet", "foot"), ("calves", "calf"), ("around the eyes", "eyes"), ("points near the knee", "knee")] {
            let written = found_in("en", kind, written);
            assert!(!written.is_empty() && written.is_subset(&found_in("en", kind, said)), "{kind:?} {said}");
        }
        let file = acumap::catalog::baked_prose("en").unwrap();
        for code in &codes_in("en", kind, "tummy")[..5] {
            assert!(file.points[*code].places().iter().any(|t| t.contains("abdomen") || t.contains("belly")), "{kind:?} tummy: {code}");
        }
    }
}

/// Points named one by one, to compare them or ask about one, are listed in the order named
/// (`ST36 SP6`, `LI4 and LR3`, `hegu taichong`, `合谷、太冲` found nothing: no text holds both;
/// `GB21 depth` nothing: the card says it), on either page. Not by another notation's codes
/// (`vitamin b12` is not BL12), nor beside what must not wait. A point named beside pregnancy
/// is first, not last with the points to take care with (`is SP6 safe in pregnancy`, `三阴交
/// 孕妇` listed SP7, whose texts name SP6, before SP6).
#[test]
fn points_named_one_by_one_are_listed_in_the_order_named() {
    use acumap::prose::ProseFileKind::{Patient, Whole};
    for kind in [Whole, Patient] {
        for (lang, query, named) in [
            ("en", "ST36 SP6", &["ST36", "SP6"][..]),
            ("en", "LI4 and LR3", &["LI4", "LR3"]),
            ("en", "hegu taichong", &["LI4", "LR3"]),
            ("en", "LI11 vs LI4", &["LI11", "LI4"]),
            ("en", "how deep to needle GB21", &["GB21"]),
            ("zh-Hans", "合谷、太冲", &["LI4", "LR3"]),
            ("zh-Hans", "合谷太冲", &["LI4", "LR3"]),
            ("zh-Hant", "足三里 三陰交", &["ST36", "SP6"]),
            // A name that ends in 穴 ("point") is a name whole: 气穴 is KI13's, not 气 and 穴.
            ("zh-Hans", "气穴 合谷", &["KI13", "LI4"]),
            ("zh-Hans", "合谷气穴", &["LI4", "KI13"]),
        ] {
            assert_eq!(codes_in(lang, kind, query), named, "{lang} {kind:?} {query}");
        }
        assert!(!codes_in("en", kind, "vitamin b12").contains(&"BL12"), "{kind:?}");
        assert!(codes_in("en", kind, "LI4 heart attack").is_empty(), "{kind:?}");
        assert_eq!(codes_in("en", kind, "is SP6 safe in pregnancy").first(), Some(&"SP6"), "{kind:?}");
        assert_eq!(codes_in("zh-Hans", kind, "三阴交 孕妇").first(), Some(&"SP6"), "{kind:?}");
    }
}

#[test]
fn places_measured_as_readers_write_them_find_the_point_there_first() {
    use acumap::prose::ProseFileKind::{Patient, Whole};
    // As Chinese readers ask which point a place is (脐下三寸是什么穴): the texts write 脐中下3寸,
    // 犊鼻（ST35）下3寸, and a patient's page fingers (肚脐下方约四横指). Without a side, the
    // point on the midline (CV4, not ST28 2 cun lateral to it).
    for kind in [Whole, Patient] {
        for (lang, query, first) in [
            ("zh-Hans", "脐下三寸", "CV4"),
            ("zh-Hans", "脐下三寸是什么穴位", "CV4"),
            ("zh-Hans", "肚脐下三寸", "CV4"),
            ("zh-Hans", "脐下一寸半", "CV6"),
            ("zh-Hans", "脐旁2寸", "ST25"),
            ("zh-Hans", "膝下三寸", "ST36"),
            ("zh-Hans", "膝眼下三寸", "ST36"),
            ("zh-Hans", "内踝上三寸是什么穴位", "SP6"),
            ("zh-Hans", "腕横纹上二寸", "PC6"),
            ("zh-Hant", "臍下三寸", "CV4"),
            ("zh-Hant", "膝下三寸是什麼穴", "ST36"),
            // A midpoint is the place between (膻中 "位于两乳头之间"), with or without 的.
            ("zh-Hans", "两乳头连线的中点", "CV17"),
            ("zh-Hans", "两眉头连线中点", "EX-HN3"),
            // The instep is the texts' 足背 (ST42 "在足背，足背最高处"), not the region's every point.
            ("zh-Hans", "脚背", "ST42"),
            ("zh-Hant", "腳背", "ST42"),
            // In inches, as patients' articles write the cun, and in the fingers a patient's
            // page measures with (CV5: "about three finger-widths below the navel").
            ("en", "two inches below the navel", "CV5"),
            ("en", "3 inches below the navel", "CV4"),
            ("en", "three inches above the inner ankle", "SP6"),
            ("en", "3 cun below the kneecap", "ST36"),
        ] {
            assert_eq!(codes_in(lang, kind, query).first(), Some(&first), "{lang} {kind:?} {query}");
        }
        // Not the point it is measured from, which a patient's page does not measure from.
        for (query, from) in [("犊鼻下3寸", "ST35"), ("曲池下2寸", "LI11")] {
            assert!(!codes_in("zh-Hans", kind, query).contains(&from), "{kind:?} {query}");
        }
    }
    for (lang, query, first) in [
        ("zh-Hans", "脐上四寸", "CV12"),
        ("zh-Hans", "肚脐上四寸", "CV12"),
        ("zh-Hans", "第二腰椎棘突下旁开1.5寸", "BL23"),
        // BL40's 腘横纹的中点, not BL39's "腘横纹中点委中（BL40）的外侧" alone.
        ("zh-Hans", "腘横纹中点", "BL40"),
        ("en", "3 cun below the umbilicus", "CV4"),
        ("en", "1 inch above the wrist crease", "LU8"),
    ] {
        assert_eq!(codes_in(lang, Whole, query).first(), Some(&first), "{lang} {query}");
    }
    // A side named is no midline: `2 cun lateral to the umbilicus` is ST25.
    assert_eq!(codes_in("en", Whole, "2 cun lateral to the umbilicus").first(), Some(&"ST25"));
    // Within, inside, behind or above a hairline, as textbooks and the texts say it each way
    // (GV16 "inside the posterior hairline", GV23 "behind the anterior hairline").
    for (query, first) in [
        ("1 cun above the posterior hairline", "GV16"),
        ("1 cun within the posterior hairline", "GV16"),
        ("1 cun within the anterior hairline", "GV23"),
        ("1 cun above the anterior hairline", "GV23"),
    ] {
        assert_eq!(codes_in("en", Whole, query).first(), Some(&first), "{query}");
    }
    // GB21 between C7 (GV14 below it) and the acromion, as textbooks say it (a vertebra by its
    // label: `a_vertebra_however_written_finds_the_point_at_it`).
    for (lang, query, first) in [
        ("en", "midpoint between c7 and the acromion", "GB21"),
        ("en", "between GV14 and the acromion", "GB21"),
        ("zh-Hans", "大椎与肩峰连线中点", "GB21"),
        ("zh-Hant", "大椎與肩峰連線中點", "GB21"),
    ] {
        assert_eq!(codes_in(lang, Whole, query).first(), Some(&first), "{lang} {query}");
    }
    assert!(codes_in("en", Whole, "below t1").contains(&"GV13"));
    // A letter alone, as a reader starts to type, is no vertebra: it reads no location (LI8
    // and LR11 are found by an `s` only there: "supinated", "superior").
    let s = codes_in("en", Whole, "s");
    assert!(!s.contains(&"LI8") && !s.contains(&"LR11"), "{s:?}");
}

#[test]
fn ordinals_in_words_or_in_digits_find_the_same_places() {
    use acumap::prose::ProseFileKind::Whole;
    // The texts count ribs, spaces and bones in words in English ("the sixth intercostal
    // space") and in digits in Chinese (第6肋间隙); readers write either.
    for (lang, query, first) in [
        ("en", "6th intercostal space below the nipple", "LR14"),
        ("en", "sixth intercostal space below the nipple", "LR14"),
        ("en", "free end of the 11th rib", "GB26"),
        ("en", "below the 7th cervical vertebra", "GV14"),
        ("zh-Hans", "乳头直下第六肋间", "LR14"),
        ("zh-Hans", "第十二肋", "GB25"),
        ("zh-Hans", "第十一肋游离端", "GB26"),
        ("zh-Hant", "乳頭直下第六肋間", "LR14"),
    ] {
        assert_eq!(codes_in(lang, Whole, query).first(), Some(&first), "{lang} {query}");
    }
    // Each way finds what the other finds.
    for (words, digits) in [("sixth intercostal space", "6th intercostal space"), ("twelfth rib", "12th rib"), ("fifth metatarsal", "5th metatarsal")] {
        assert_eq!(codes_in("en", Whole, words), codes_in("en", Whole, digits), "{words}");
    }
    for (numerals, digits) in [("第六肋间隙", "第6肋间隙"), ("第七颈椎", "第7颈椎")] {
        assert_eq!(codes_in("zh-Hans", Whole, numerals), codes_in("zh-Hans", Whole, digits), "{numerals}");
    }
    // A number alone is no ordinal: `3` does not find the texts' "third" (as "3rd").
    let third = codes_in("en", Whole, "3 cun above the medial malleolus");
    assert!(!third.contains(&"LR5"), "{third:?}");
}
