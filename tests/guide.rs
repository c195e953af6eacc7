//! Native tests of the how-to-find guides (`src/guide.rs`): every point's, in every language and
//! for both readers, from the baked prose files.

use acumap::catalog::{baked_prose, POINTS};
use acumap::guide::{self, Mark, Reader, Source, Step};
use acumap::prose::ProseFile;

const LANGS: [&str; 2] = ["en", "zh-Hans"];

fn file(tag: &str) -> &'static ProseFile {
    baked_prose(tag).unwrap_or_else(|| panic!("no baked prose for {tag}"))
}

fn guide_of(code: &str, tag: &str, reader: Reader) -> Vec<Step> {
    let point = POINTS.iter().find(|p| p.code == code).unwrap();
    let prose = &file(tag).points[code];
    guide::write(&Source::of(point, prose), file(tag), reader).unwrap().steps
}

#[test]
fn every_point_has_a_whole_guide_in_every_language_for_both_readers() {
    let mut problems = Vec::new();
    for tag in LANGS {
        let words = file(tag);
        for point in POINTS {
            let prose = &words.points[point.code];
            for reader in [Reader::Practitioner, Reader::Patient] {
                let Some(guide::Guide { steps, .. }) = guide::write(&Source::of(point, prose), words, reader) else {
                    problems.push(format!("{} {tag}: no guide", point.code));
                    continue;
                };
                let at = |i: usize| format!("{} {tag} {reader:?} step {}", point.code, i + 1);
                if steps.len() < 2 {
                    problems.push(format!("{}: {} step(s)", at(0), steps.len()));
                }
                for (i, step) in steps.iter().enumerate() {
                    if step.text.trim().is_empty() {
                        problems.push(format!("{}: empty", at(i)));
                    }
                    if step.text.contains('{') || step.text.contains('}') {
                        problems.push(format!("{}: unfilled placeholder in {:?}", at(i), step.text));
                    }
                    if step.marks.is_empty() {
                        problems.push(format!("{}: shows nothing on the map", at(i)));
                    }
                    if tag != "en" {
                        if let Some(word) = acumap::source::untranslated(&step.text, tag, false) {
                            problems.push(format!("{}: English ({word:?}) in {:?}", at(i), step.text));
                        }
                    }
                    if reader == Reader::Patient {
                        if let Some(word) = acumap::source::practitioner_words(&step.text, tag) {
                            problems.push(format!("{}: a practitioner's word ({word:?}) in {:?}", at(i), step.text));
                        }
                    }
                }
                let last = steps.last().unwrap();
                if !last.marks.contains(&Mark::Point) {
                    problems.push(format!("{}: the last step does not show the point", at(steps.len() - 1)));
                }
                // Every landmark and measurement the steps name is on each view that draws the
                // point, and the last step draws the point there.
                for view in point.drawn_on() {
                    let figure = view.figure();
                    let positions = point.positions_on(view);
                    for (i, step) in steps.iter().enumerate() {
                        let missing = guide::missing(&step.marks, figure);
                        if !missing.is_empty() {
                            problems.push(format!("{} on {view}: {} not on the view", at(i), missing.join(", ")));
                        }
                    }
                    let drawing = guide::draw(&last.marks, &prose.locate[0], figure, positions);
                    if drawing.points.len() != positions.len() {
                        problems.push(format!("{} on {view}: the last step draws {} of {} places", at(steps.len() - 1), drawing.points.len(), positions.len()));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn bl23_is_found_from_l2_and_measured_in_the_scapular_b_cun() {
    let steps = guide_of("BL23", "en", Reader::Practitioner);
    let texts: Vec<&str> = steps.iter().map(|s| s.text.as_str()).collect();
    assert!(texts[0].starts_with("Find the spinous process of L2") || texts[0].contains("L2"), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("1.5 B-cun") && t.contains("medial borders of the scapulae") && t.contains("a quarter")), "{texts:?}");
    assert!(texts.last().unwrap().contains("BL23") && texts.last().unwrap().contains("both sides"), "{texts:?}");
    // The ruler is the 6 B-cun between the scapulae, its stretch from the middle 1.5 outward.
    let ruler = steps.iter().flat_map(|s| &s.marks).find_map(|m| match m {
        Mark::Ruler { measurement, from, to } => Some((*measurement, *from, *to)),
        _ => None,
    });
    assert_eq!(ruler, Some(("scapulae", 3.0, 4.5)));
    // On the back view the ruler's stretch ends where the point is, level with L2's line.
    let back = acumap::figure::View::Back.figure();
    let point = POINTS.iter().find(|p| p.code == "BL23").unwrap();
    let prose = &file("en").points["BL23"];
    let step = steps.iter().find(|s| s.marks.iter().any(|m| matches!(m, Mark::Ruler { .. }))).unwrap();
    let drawing = guide::draw(&step.marks, &prose.locate[0], back, point.positions_on(acumap::figure::View::Back));
    let r = drawing.ruler.unwrap();
    let unit = (r.end.0 - r.start.0) / r.cun;
    let stretch_end = r.start.0 + unit * r.to;
    let right = point.positions_on(acumap::figure::View::Back).iter().map(|p| p.0).fold(f32::MIN, f32::max);
    assert!((stretch_end - right).abs() < 0.5, "ruler ends at {stretch_end}, the point is at {right}");
    assert_eq!(drawing.arrows.len(), 2, "one arrow to each side");
}

#[test]
fn the_chinese_guide_uses_the_glossary_and_the_patient_guide_finger_widths() {
    let zh = guide_of("BL23", "zh-Hans", Reader::Practitioner);
    assert!(zh.iter().any(|s| s.text.contains("1.5寸") && s.text.contains("两肩胛骨内侧缘之间") && s.text.contains("1/4")), "{zh:?}");
    let hant = guide_of("BL23", "zh-Hant", Reader::Practitioner);
    assert!(hant.iter().any(|s| s.text.contains("1.5寸") && s.text.contains("兩肩胛骨內側緣之間") && s.text.contains("1/4")), "{hant:?}");
    let patient = guide_of("BL23", "en", Reader::Patient);
    assert!(patient.iter().any(|s| s.text.contains("two finger-widths")), "{patient:?}");
    assert!(patient.iter().all(|s| !s.text.contains("B-cun")), "{patient:?}");
}

#[test]
fn approximate_notes_and_alternatives_are_said() {
    // GB30 has a WHO alternative; ST1 an approximate recipe.
    let gb30 = guide_of("GB30", "en", Reader::Practitioner);
    assert!(gb30.last().unwrap().text.contains("another location"), "{gb30:?}");
    let st1 = guide_of("ST1", "zh-Hans", Reader::Practitioner);
    assert!(st1.last().unwrap().text.contains("近似"), "{st1:?}");
    let st1 = guide_of("ST1", "en", Reader::Patient);
    assert!(st1.last().unwrap().text.contains("approximately"), "{st1:?}");
}

#[test]
fn a_point_of_several_sites_names_them() {
    let jiaji = POINTS.iter().find(|p| file("en").points[p.code].locate.len() > 5).expect("a point of many sites");
    let steps = guide_of(jiaji.code, "en", Reader::Practitioner);
    let last = steps.last().unwrap();
    assert!(last.text.contains(&format!("{} sites", file("en").points[jiaji.code].locate.len())), "{last:?}");
}

/// The English guides read as sentences: a landmark's name follows "the" in the practitioner's
/// phrases ("Find the radial end of the wrist crease.") and brings its own article in the patient's
/// ("Find the gap between the ring-finger and little-finger hand bones."). Labels written as
/// list entries ("Wrist crease, radial end", "Between 4th and 5th metacarpals") or a doubled
/// article made sentences such as "Find the between 4th and 5th metacarpals."
#[test]
fn english_guides_read_as_sentences() {
    let en = file("en");
    for (key, label) in &en.landmarks {
        assert!(!label.contains(','), "[landmark] {key} = {label:?} reads as a list entry, not a name");
        assert!(!label.to_lowercase().starts_with("between"), "[landmark] {key} = {label:?} has no noun to stand after \"the\"");
    }
    for (key, plain) in &en.guide.landmark_plain {
        assert!(!plain.contains(','), "[guide.landmark_plain] {key} = {plain:?} reads as a list entry");
    }
    let odd = ["the the ", "the between", "the where", "the just", "the midway", "find between", "find just", "find midway", "from between", "to between"];
    let mut problems = Vec::new();
    for point in POINTS.iter() {
        for reader in [Reader::Practitioner, Reader::Patient] {
            for step in guide_of(point.code, "en", reader) {
                let text = step.text.to_lowercase();
                problems.extend(odd.iter().filter(|o| text.contains(*o)).map(|o| format!("{} {reader:?}: \"{o}\" in {}", point.code, step.text)));
            }
        }
    }
    assert!(problems.is_empty(), "{} steps:\n{}", problems.len(), problems[..problems.len().min(10)].join("\n"));
}

/// Where the standard counts B-cun along a line (ST35 to ST41 as 16), the guide measures in them
/// and in fingers, not as a share of the line ("3/16 of the way").
#[test]
fn a_point_counted_in_b_cun_along_a_line_is_measured_in_them() {
    let text = |code: &str, tag: &str, reader: Reader| guide_of(code, tag, reader).iter().map(|s| s.text.clone()).collect::<Vec<_>>().join(" ");
    let st36 = text("ST36", "en", Reader::Practitioner);
    assert!(st36.contains("measure 3 B-cun toward") && st36.contains("16 B-cun") && st36.contains("four fingers"), "{st36}");
    let patient = text("ST36", "en", Reader::Patient);
    assert!(patient.contains("four finger-widths") && !patient.contains("3/16"), "{patient}");
    assert!(text("ST36", "zh-Hans", Reader::Practitioner).contains("量3寸"));
    assert!(text("LI14", "en", Reader::Practitioner).contains("measure 7 B-cun toward"));
    // A line the standard does not count in B-cun keeps its share.
    assert!(text("GB30", "en", Reader::Practitioner).contains("of the way"));
}

#[test]
fn a_between_recipe_with_cun_needs_a_distance_and_a_share_above_zero() {
    use acumap::locate::Recipe;
    let recipe = |fraction: f32, cun: Option<f32>| Recipe { between: Some(["lateral-knee-eye".into(), "ankle-front".into()]), fraction: Some(fraction), cun, ..Default::default() };
    assert!(recipe(0.1875, Some(3.0)).base().is_ok());
    assert!(recipe(0.1875, None).base().is_ok());
    assert!(recipe(0.0, None).base().is_ok(), "at the first landmark");
    for bad in [recipe(0.0, Some(3.0)), recipe(0.5, Some(0.0)), recipe(0.5, Some(f32::NAN)), recipe(1.5, Some(3.0))] {
        assert!(bad.base().is_err(), "{bad:?}");
    }
}
