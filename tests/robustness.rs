//! Property tests: whatever a host or reader types, the parsers and queries answer without
//! panicking (a panic would stop every widget on the page). 2,000 cases each, per run.

mod common;

use acumap::attributes;
use acumap::catalog;
use acumap::search::search;
use acumap::text::{compact, fold};
use acumap::viewport::Viewport;
use proptest::prelude::*;

proptest! {
    #![proptest_config(common::fuzz_config(2000))]

    #[test]
    fn any_text_is_a_query(query in "\\PC{0,40}") {
        let results = search(&query);
        prop_assert!(results.len() <= catalog::POINTS.len());
        let _ = catalog::point(&query);
        prop_assert!(compact(&query).chars().count() <= fold(&query).chars().count());
    }

    #[test]
    fn code_like_text_resolves_only_to_real_codes(letters in "[A-Za-z -]{0,6}", number in 0u32..100) {
        // The number is the point's in the WHO's counting or in China's national standard's
        // (`Du29` is GV29 there: the WHO's EX-HN3).
        if let Some(point) = catalog::point(&format!("{letters}{number}")) {
            let number = number.to_string();
            prop_assert!(point.code.ends_with(&number) || point.code_national().is_some_and(|c| c.ends_with(&number)), "{} for {letters}{number}", point.code);
        }
    }

    #[test]
    fn any_list_attribute_parses_into_known_items_and_the_rest(list in "[A-Za-z0-9, <>\"'_-]{0,60}|\\PC{0,60}") {
        let items = list.split([',', '，', '、']).filter(|c| !c.trim().is_empty()).count();
        let (points, unknown) = attributes::points(&list);
        prop_assert!(points.len() + unknown.len() <= items);
        let (meridians, unknown) = attributes::meridians(&list);
        prop_assert!(meridians.len() + unknown.len() <= items);
        prop_assert!(meridians.iter().all(|m| catalog::meridian(m).is_some()));
    }

    #[test]
    fn any_single_value_attribute_parses(value in "\\PC{0,40}") {
        let _ = attributes::view(&value);
        let _ = attributes::mode(&value);
        let _ = attributes::lang(&value);
        if let Some((tag, _)) = attributes::condition(&value) {
            prop_assert!(catalog::CONDITIONS.iter().any(|(k, _)| *k == tag));
        }
    }

    #[test]
    fn any_zoom_and_pan_stays_on_the_figure(
        factors in proptest::collection::vec(-10.0f32..10.0, 0..20),
        pans in proptest::collection::vec((-5000.0f32..5000.0, -5000.0f32..5000.0), 0..20),
    ) {
        let mut v = Viewport::whole(300.0, 440.0);
        for (f, (dx, dy)) in factors.iter().zip(pans.iter()) {
            v = v.zoom_at(f.exp(), (*dx, *dy)).pan(*dx, *dy);
            prop_assert!(v.scale >= 1.0 && v.scale <= 8.0);
            prop_assert!(v.cx >= v.width() / 2.0 - 0.01 && v.cx <= 300.0 - v.width() / 2.0 + 0.01);
            prop_assert!(v.cy >= v.height() / 2.0 - 0.01 && v.cy <= 440.0 - v.height() / 2.0 + 0.01);
        }
    }
}
