//! Validates the catalog in `points/` and bakes what the map and the list need into the binary
//! as `'static` data (`$OUT_DIR/catalog.rs`, included by `src/catalog.rs`); the prose goes to
//! one data file per language (`$OUT_DIR/prose.<tag>.json`, see `src/prose.rs`), which the
//! bundle ships beside the script with a patient page's cut of it. Bad data fails the build with
//! one line per problem, naming the file and the point.

#[allow(dead_code)] // build.rs uses only part of these modules
#[path = "src/figure.rs"]
mod figure;
#[allow(dead_code)]
#[path = "src/guide.rs"]
mod guide;
#[allow(dead_code)]
#[path = "src/condition_guide.rs"]
mod condition_guide;
#[allow(dead_code)]
#[path = "src/locate.rs"]
mod locate;
#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/prose.rs"]
mod prose;
#[allow(dead_code)]
#[path = "src/source.rs"]
mod source;
#[allow(dead_code)]
#[path = "src/text.rs"]
mod text;

use source::{Catalog, PointRecord};
use std::fmt::Write;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=points");
    println!("cargo:rerun-if-changed=src/figure.rs");
    println!("cargo:rerun-if-changed=src/source.rs");
    println!("cargo:rerun-if-changed=src/locate.rs");
    println!("cargo:rerun-if-changed=src/guide.rs");
    println!("cargo:rerun-if-changed=src/condition_guide.rs");
    println!("cargo:rerun-if-changed=src/text.rs");
    println!("cargo:rerun-if-changed=src/prose.rs");
    println!("cargo:rerun-if-changed=src/model.rs");
    let catalog = source::load_dir(Path::new("points")).unwrap_or_else(|errors| fail(&errors));
    let out_dir = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    // English, then every language with translations.
    let tags = std::iter::once("en").chain(catalog.translations.iter().map(|(tag, _)| tag.as_str()));
    let prose: Vec<(&str, prose::ProseFile)> = tags.map(|tag| (tag, prose_file(&catalog, tag))).collect();
    let problems: Vec<String> = prose.iter().flat_map(|(tag, file)| [catalog.search_problems(tag, &file.searchable_text()), catalog.most_used_problems(tag, file)].concat()).collect();
    if !problems.is_empty() {
        fail(&problems);
    }
    std::fs::write(out_dir.join("catalog.rs"), emit(&catalog, &prose)).expect("write catalog.rs");
    // The widget's stylesheet, minified, in two sheets that cascade in this order: what the
    // painted first view draws (on the first path), then the parts only the live widget draws
    // (with its chunk: `ui::live_stylesheet`).
    for (file, sheets) in [("widget.css", &["app", "body_map", "point_card"][..]), ("live.css", &["card_details", "filters", "point_list", "comparison_table", "point_chooser"])] {
        let css: String = sheets.iter().map(|name| {
            let path = format!("src/ui/{name}.css");
            println!("cargo:rerun-if-changed={path}");
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
        }).collect();
        std::fs::write(out_dir.join(file), text::minify_css(&css)).expect("write a stylesheet");
    }
    // Each prose file is included by path.
    let mut files = String::from("&[\n");
    for (tag, file) in &prose {
        let path = out_dir.join(format!("{}.json", prose::ProseFileKind::Whole.file_stem(tag)));
        let json = file.to_json();
        std::fs::write(&path, json).expect("write a prose file");
        let _ = writeln!(files, "    ({}, include_str!({})),", lit(tag), lit(&path.display().to_string()));
    }
    files += "]";
    std::fs::write(out_dir.join("prose_files.rs"), files).expect("write prose_files.rs");
}

/// One language's prose: the English catalog's, or a translation's (`points/translations/<tag>/`,
/// which the build has checked is whole). The comparison tables are English only for now: another
/// language's file carries their English text marked `en`, so a page downloads one file, never two.
fn prose_file(catalog: &Catalog, tag: &str) -> prose::ProseFile {
    let fallback = (tag != "en").then(|| "en".to_string());
    let translated = catalog.prose_translations.iter().find(|(t, _)| t == tag).map(|(_, points)| points);
    // The build has refused a point without plain words in any language.
    let plain = |w: Option<&source::PatientWords>| {
        w.map_or(prose::PatientProse { location: String::new(), uses: String::new(), cautions: Vec::new() }, |w| prose::PatientProse {
            location: w.location.clone(),
            uses: w.uses.clone(),
            cautions: w.cautions.clone(),
        })
    };
    let recipes = |p: &PointRecord| -> Vec<locate::Recipe> { p.locate.iter().flat_map(|sites| sites.recipes()).cloned().collect() };
    let points = catalog
        .points
        .iter()
        .map(|p| {
            let prose = match translated.and_then(|t| t.get(&p.code)) {
                Some(t) => prose::PointProse {
                    lang: None,
                    practitioner: Some(prose::PractitionerProse {
                        location: t.location.clone(),
                        needling: t.needling.clone(),
                        actions: t.actions.clone(),
                        indications: t.indications.clone(),
                        categories: t.categories.clone(),
                        cautions: t.cautions.clone(),
                        dry_needling: t.dry_needling.as_ref().map(|d| prose::DryNeedlingProse { muscles: d.muscles.clone(), note: d.note.clone() }),
                    }),
                    alternative: t.alternative.clone(),
                    patient: plain(t.patient.as_ref()),
                    locate: recipes(p),
                    approximate: t.approximate.clone(),
                },
                None => prose::PointProse {
                    lang: fallback.clone(),
                    practitioner: Some(prose::PractitionerProse {
                        location: p.location.clone(),
                        needling: p.needling.note.clone(),
                        actions: p.actions.clone(),
                        indications: p.indications.iter().map(|i| i.text.clone()).collect(),
                        categories: p.categories.clone(),
                        cautions: p.cautions.iter().map(|c| c.text.clone()).collect(),
                        dry_needling: p.dry_needling.as_ref().map(|d| prose::DryNeedlingProse { muscles: d.muscles.clone(), note: d.note.clone() }),
                    }),
                    alternative: p.alternative.clone(),
                    patient: plain(p.patient.as_ref()),
                    locate: recipes(p),
                    approximate: p.approximate().into_iter().map(str::to_string).collect(),
                },
            };
            (p.code.clone(), prose)
        })
        .collect();
    let translated_tables = catalog.comparison_translations.iter().find(|(t, _)| t == tag).map(|(_, tables)| tables);
    let comparisons = catalog
        .comparisons
        .iter()
        .map(|english| match translated_tables.and_then(|t| t.iter().find(|c| c.id == english.id)) {
            Some(c) => (c, None),
            None => (english, fallback.clone()),
        })
        .map(|(c, lang)| prose::ComparisonProse {
            id: c.id.clone(),
            lang,
            title: c.title.clone(),
            caption: c.caption.clone(),
            columns: c.columns.clone(),
            rows: c.row.iter().map(|r| prose::ComparisonRowProse { aspect: r.aspect.clone(), cells: r.cells.clone() }).collect(),
            sources: c.source.iter().map(|s| format!("{} {}", s.key, s.text)).collect(),
        })
        .collect();
    // The overlay's landmark names, in this language: read only once the overlay is on, so they
    // travel with the prose rather than in the wasm every page downloads.
    let (landmarks, guide) = match catalog.translations.iter().find(|(t, _)| t == tag) {
        Some((_, translation)) => (translation.landmark.clone(), translation.guide.clone()),
        None => (catalog.vocabulary.landmark.clone(), catalog.vocabulary.guide.clone()),
    };
    let translated_guides = catalog.guide_translations.iter().find(|(t, _)| t == tag).map(|(_, g)| g);
    let conditions = catalog
        .guides
        .iter()
        .map(|english| {
            let g = translated_guides.and_then(|t| t.iter().find(|g| g.id == english.id)).unwrap_or(english);
            prose::GuideProse {
                id: g.id.clone(),
                title: g.title.clone(),
                summary: g.summary.clone(),
                course: g.course.clone(),
                first_visit: g.first_visit.clone(),
                self_care: g.self_care.clone(),
                tui_na: g.tui_na.clone(),
                red_flags: g.red_flag.iter().map(|r| prose::RedFlagProse { now: r.urgency == condition_guide::Urgency::Now, text: r.text.clone() }).collect(),
                evidence: g.evidence.iter().map(|e| e.text.clone()).collect(),
                sources: english.source.iter().map(|s| format!("{} {}", s.key, s.text)).collect(),
            }
        })
        .collect();
    // Every language's search words (a word two translations share, 孕 in both Chinese scripts,
    // once), this language's own first: where two tables differ, its own says what a word
    // stands for (小孩 is 小儿 in the Simplified texts, 小兒 in the Traditional).
    let own = catalog.translations.iter().filter(|(t, _)| t == tag);
    let others = catalog.translations.iter().filter(|(t, _)| t != tag);
    let tables = own.map(|(_, t)| &t.search).chain([&catalog.vocabulary.search]).chain(others.map(|(_, t)| &t.search));
    let mut search = std::collections::BTreeMap::new();
    for (word, key) in tables.flatten() {
        search.entry(word.clone()).or_insert_with(|| key.clone());
    }
    // And every language's words for what must not wait.
    let urgent = catalog.translations.iter().map(|(_, t)| &t.urgent).chain([&catalog.vocabulary.urgent]);
    for (word, kind) in urgent.flatten() {
        search.entry(word.clone()).or_insert_with(|| kind.value().to_string());
    }
    // And every language's words for the complaints whose most used points search puts first.
    let lists = catalog.complaints();
    let mut most_used = catalog.vocabulary.most_used.clone();
    for (word, english) in catalog.translations.iter().flat_map(|(_, t)| &t.most_used) {
        most_used.entry(word.clone()).or_insert_with(|| lists.get(english).cloned().unwrap_or_default());
    }
    let search = prose::SearchWords { words: search, most_used };
    prose::ProseFile { lang: tag.to_string(), points, comparisons, landmarks, guide, conditions, search }
}

/// Fails the build with one line per problem.
fn fail(problems: &[impl std::fmt::Display]) -> ! {
    eprintln!("The catalog in points/ has {} problem(s):", problems.len());
    for problem in problems {
        eprintln!("  {problem}");
    }
    std::process::exit(1);
}

/// A Rust string literal (Debug formatting escapes exactly what Rust needs).
fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn str_slice<S: AsRef<str>>(items: &[S]) -> String {
    let inner: Vec<String> = items.iter().map(|s| lit(s.as_ref())).collect();
    format!("&[{}]", inner.join(", "))
}

fn label_rows<'a>(table: impl IntoIterator<Item = (&'a String, &'a String)>) -> String {
    let rows: Vec<String> = table.into_iter().map(|(k, v)| format!("({}, {})", lit(k), lit(v))).collect();
    format!("&[{}]", rows.join(", "))
}

/// A translation's labels for an English table, one a line in the English table's key order
/// (`model::VocabularyLabels`); `source` has checked that the translation has every key.
fn label_lines<'a>(keys: impl Iterator<Item = &'a String>, labels: &std::collections::BTreeMap<String, String>) -> String {
    lit(&keys.map(|k| labels[k].as_str()).collect::<Vec<_>>().join("\n"))
}

fn label_table(name: &str, doc: &str, table: &std::collections::BTreeMap<String, String>) -> String {
    format!("/// {doc}\npub static {name}: &[(&str, &str)] = {};\n", label_rows(table))
}

fn emit(catalog: &Catalog, prose: &[(&str, prose::ProseFile)]) -> String {
    let v = &catalog.vocabulary;
    let mut out = String::from("// Generated by build.rs from points/. Do not edit.\n");
    out += "/// The meridians, in the standard's order.\npub static MERIDIANS: &[Meridian] = &[\n";
    for m in &v.meridian {
        let _ = writeln!(
            out,
            "    Meridian {{ code: {}, kind: MeridianKind::{:?}, name: {}, other_names: {}, point_count: {}, aliases: {}, fr: {}, de: {} }},",
            lit(&m.code),
            m.kind,
            lit(&m.name),
            str_slice(&m.other_names),
            m.points,
            str_slice(&m.aliases),
            str_slice(&m.fr),
            str_slice(&m.de)
        );
    }
    out += "];\n";
    let names = v.meridian.iter().map(|m| (&m.code, &m.name));
    out += &format!("/// Meridian code and English name.\npub static MERIDIAN_NAMES: &[(&str, &str)] = {};\n", label_rows(names));
    out += &label_table("REGIONS", "Body regions: key and label.", &v.region);
    out += &label_table("CONDITIONS", "Condition tags: key and label.", &v.condition);
    out += &label_table("CAUTION_KINDS", "Caution kinds: key and label.", &v.caution);
    out += &label_table("CAUTION_KINDS_PLAIN", "Caution kinds: key and a patient's words.", &v.caution_plain);
    out += &label_table("ANGLES", "Needle angles: key and label.", &v.angle);
    out += "/// The vocabulary's labels in other languages (`points/translations/`).\n";
    out += "pub static TRANSLATIONS: &[(&str, VocabularyLabels)] = &[\n";
    for (tag, t) in &catalog.translations {
        let _ = writeln!(
            out,
            "    ({}, VocabularyLabels {{ meridians: {}, regions: {}, conditions: {}, cautions: {}, cautions_plain: {}, angles: {} }}),",
            lit(tag),
            label_lines(v.meridian.iter().map(|m| &m.code), &t.meridian),
            label_lines(v.region.keys(), &t.region),
            label_lines(v.condition.keys(), &t.condition),
            label_lines(v.caution.keys(), &t.caution),
            label_lines(v.caution_plain.keys(), &t.caution_plain),
            label_lines(v.angle.keys(), &t.angle)
        );
    }
    out += "];\n";
    out += &caution_stand_ins(prose);
    out += "/// The condition guides: their conditions and points (the texts are prose).\npub static GUIDES: &[ConditionGuide] = &[\n";
    for g in &catalog.guides {
        let tags: Vec<String> = g.conditions.clone();
        let _ = writeln!(out, "    ConditionGuide {{ id: {}, conditions: Conditions({:#x}), points: {} }},", lit(&g.id), condition_bits(&tags, &v.condition.keys().collect::<Vec<_>>()), str_slice(&g.points));
    }
    out += "];\n";
    out += "/// The channels' courses where they are not their points in number order.\npub static COURSES: &[Course] = &[\n";
    for (meridian, runs) in &catalog.courses {
        let runs: Vec<String> = runs
            .iter()
            .map(|stops| {
                let stops: Vec<String> = stops
                    .iter()
                    .map(|stop| match stop {
                        // Where the point is in POINTS, which follows `catalog.points` (the
                        // courses name only points the catalog has).
                        source::Stop::Point(code) => format!("Stop::Point({})", catalog.points.iter().position(|p| p.code == *code).unwrap_or(usize::MAX)),
                        source::Stop::Place(views) => format!("Stop::Place(&[{}])", view_positions(views)),
                    })
                    .collect();
                format!("&[{}]", stops.join(", "))
            })
            .collect();
        let _ = writeln!(out, "    Course {{ meridian: {}, runs: &[{}] }},", lit(meridian), runs.join(", "));
    }
    out += "];\n";
    out += "/// Every point, in meridian order then by number.\npub static POINTS: &[Point] = &[\n";
    let conditions: Vec<&String> = v.condition.keys().collect();
    // Each distinct set of an indication's tags once; a point's indications are rows of it.
    let mut tag_sets: Vec<u64> = Vec::new();
    for i in catalog.points.iter().flat_map(|p| &p.indications) {
        let set = condition_bits(&i.tags, &conditions);
        if !tag_sets.contains(&set) {
            tag_sets.push(set);
        }
    }
    if tag_sets.len() > 256 {
        eprintln!("points/: {} distinct sets of indication tags; the catalog keeps a row in a byte (make Point::indications u16)", tag_sets.len());
        std::process::exit(1);
    }
    for p in &catalog.points {
        out += &emit_point(p, &conditions, &tag_sets, v);
    }
    out += "];\n/// The codes China's national standard gives points the WHO counts otherwise, and the point's.\npub static NATIONAL_CODES: &[(&str, &str)] = &[\n";
    for p in &catalog.points {
        if let Some(national) = &p.code_national {
            let _ = writeln!(out, "    ({}, {}),", lit(national), lit(&p.code));
        }
    }
    out += "];\n/// The other names readers know points by, in catalog order.\npub static OTHER_NAMES: &[OtherNames] = &[\n";
    let blank = source::OtherNameRecord::default();
    for p in catalog.points.iter().filter(|p| p.other_name.is_some() || !p.other_english.is_empty()) {
        let o = p.other_name.as_ref().unwrap_or(&blank);
        let fields = [&p.code, &o.pinyin, &o.pinyin_tones, &o.hanzi, &o.hanzi_traditional].map(|f| lit(f));
        let [code, pinyin, pinyin_tones, hanzi, hanzi_traditional] = fields;
        let english = str_slice(&p.other_english);
        let _ = writeln!(out, "    OtherNames {{ code: {code}, pinyin: {pinyin}, pinyin_tones: {pinyin_tones}, hanzi: {hanzi}, hanzi_traditional: {hanzi_traditional}, english: {english} }},");
    }
    out += "];\n";
    let rows: Vec<String> = tag_sets.iter().map(|set| format!("Conditions({set:#x})")).collect();
    out += "/// Each distinct set of an indication's condition tags (`Point::indications` are rows).\n";
    let _ = writeln!(out, "pub static INDICATION_TAGS: &[Conditions] = &[{}];", rows.join(", "));
    out
}

/// What stands for a caution's text in each language while the prose is on its way
/// (`Lang::caution_stand_in`): as many characters as the median caution text of its prose, a
/// practitioner's and a patient's, that wrap as a text would: words of five x and a space, or
/// in Chinese, 一 a character. (Each word the same, so that they cost the first path next to
/// nothing compressed: the median text's own word lengths took 0.2 KB brotli more.)
fn caution_stand_ins(prose: &[(&str, prose::ProseFile)]) -> String {
    fn stand_in<'a>(texts: impl Iterator<Item = &'a String>) -> String {
        let mut texts: Vec<&String> = texts.collect();
        texts.sort_by_key(|t| t.chars().count());
        let median = texts.get(texts.len() / 2).map_or("", |t| t.as_str());
        let chars = median.chars().count();
        let hanzi = median.chars().filter(|&c| c >= '\u{2e80}').count();
        if hanzi * 2 > chars { "一".repeat(chars) } else { "xxxxx ".repeat(chars / 6) }
    }
    let mut out = String::from("/// Each language's stand-ins for a caution's text, a practitioner's and a patient's (build.rs, from the prose).\npub static CAUTION_STAND_INS: &[(&str, &str, &str)] = &[\n");
    for (tag, file) in prose {
        let practitioner = stand_in(file.points.values().flat_map(|p| p.practitioner.iter().flat_map(|pr| &pr.cautions)));
        let patient = stand_in(file.points.values().flat_map(|p| &p.patient.cautions));
        let _ = writeln!(out, "    ({}, {}, {}),", lit(tag), lit(&practitioner), lit(&patient));
    }
    out + "];\n"
}

/// A place's positions per view, as `ViewPositions` items.
fn view_positions(views: &std::collections::BTreeMap<figure::View, Vec<[f32; 2]>>) -> String {
    views
        .iter()
        .map(|(view, positions)| {
            // To a hundredth of an SVG unit (far finer than a pixel), so each position is a
            // short decimal that the widget can write back exactly without float formatting.
            let round = |v: f32| (v * 100.0).round() / 100.0;
            let ps: Vec<String> = positions.iter().map(|[x, y]| format!("({:?}, {:?})", round(*x), round(*y))).collect();
            format!("ViewPositions {{ view: View::{view:?}, positions: &[{}] }}", ps.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Tags as bits in the order of the CONDITIONS table (source.rs has checked every tag is there).
fn condition_bits(tags: &[String], conditions: &[&String]) -> u64 {
    tags.iter().filter_map(|t| conditions.iter().position(|c| *c == t)).fold(0, |set, bit| set | 1 << bit)
}

/// The row of `key` in a vocabulary table as the catalog bakes it (source.rs has checked that
/// every key used is there; `emit` that every table fits a byte).
fn row(table: &std::collections::BTreeMap<String, String>, key: &str) -> usize {
    table.keys().position(|k| k == key).unwrap_or(usize::MAX)
}

fn emit_point(p: &PointRecord, conditions: &[&String], tag_sets: &[u64], v: &source::Vocabulary) -> String {
    let bits = |tags: &[String]| condition_bits(tags, conditions);
    let indications: Vec<String> = p.indications.iter().map(|i| tag_sets.iter().position(|s| *s == bits(&i.tags)).unwrap_or(usize::MAX).to_string()).collect();
    let all = p.indications.iter().fold(0, |set, i| set | bits(&i.tags));
    // The national standard's writing only where it has one: the other points' names end
    // with the English.
    let national = p.hanzi_national.iter().chain(&p.hanzi_national_traditional);
    let names = [&p.pinyin, &p.pinyin_tones, &p.hanzi, &p.hanzi_traditional, &p.english].into_iter().chain(national);
    let names: String = names.map(|n| format!("{n}{}", model::NAME_END)).collect();
    let cautions: Vec<String> = p.cautions.iter().map(|c| format!("Caution {{ kind_row: {} }}", row(&v.caution, &c.kind))).collect();
    let views = view_positions;
    format!(
        "    Point {{ code: {}, number: {}, names: {}, region_row: {}, \
         needling: Needling {{ depth_min: {:?}, depth_max: {:?}, angle_row: {} }}, \
         indications: &[{}], conditions: Conditions({all:#x}), cautions: &[{}], views: &[{}], alternative_views: &[{}] }},\n",
        lit(&p.code),
        p.number,
        lit(&names),
        row(&v.region, &p.region),
        p.needling.depth[0],
        p.needling.depth[1],
        row(&v.angle, &p.needling.angle),
        indications.join(", "),
        cautions.join(", "),
        views(&p.views),
        views(&p.alternative_views),
    )
}
