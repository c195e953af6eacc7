//! Rules of the house that the compiler cannot check, read from the source itself.

use std::path::Path;

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
        }
    }
    found
}

fn src() -> Vec<(String, String)> {
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
}

/// A bare `view!` would let Leptos build a subtree with `innerHTML`, which a page requiring
/// Trusted Types blocks: every view goes through `acu_view!` (src/ui/mod.rs), which adds the
/// class that prevents it.
#[test]
fn every_view_is_an_acu_view() {
    let mut bare = Vec::new();
    for (file, text) in src() {
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            let without_ours = code.replace("acu_view!", "").replace("leptos::view! { class=\"acu-el\"", "");
            if without_ours.contains("view!") {
                bare.push(format!("{file}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(bare.is_empty(), "write acu_view! instead of view!:\n{}", bare.join("\n"));
}

/// Whether a meridian is a channel or a group of extra points is data (`kind` in
/// points/vocabulary.toml), not a prefix of its code.
#[test]
fn no_code_decides_by_the_ex_prefix() {
    let found: Vec<String> = src()
        .into_iter()
        .filter(|(_, text)| text.contains("starts_with(\"EX"))
        .map(|(file, _)| file)
        .collect();
    assert!(found.is_empty(), "use Meridian::kind: {found:?}");
}

/// WCAG's contrast ratio of two `#rrggbb` colours.
fn contrast(a: &str, b: &str) -> f64 {
    let luminance = |hex: &str| {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Each meridian's colour (`.m-XX { --m: … }` in app.css) is the white-lettered badge of the
/// card's code (4.5:1 for its 17 px text) and the markers' fill on the figure's skin, light and
/// dark theme (3:1 for a graphical object, WCAG 1.4.11).
#[test]
fn every_meridian_colour_keeps_its_contrast() {
    let css = acumap::contract::THEME_CSS;
    let skins: Vec<String> = css.split("--acu-skin:").skip(1).map(|rest| rest.trim_start()[..7].to_string()).collect();
    assert!(skins.len() >= 2, "app.css declares the skin of both themes");
    let mut failures = Vec::new();
    let mut seen = 0;
    for rule in css.split(".m-").skip(1) {
        let Some((class, rest)) = rule.split_once(' ') else { continue };
        let Some(colour) = rest.strip_prefix("{ --m: ").map(|c| &c[..7]) else { continue };
        seen += 1;
        if contrast(colour, "#ffffff") < 4.5 {
            failures.push(format!("{class} {colour}: {:.2} against its white code", contrast(colour, "#ffffff")));
        }
        for skin in &skins {
            if contrast(colour, skin) < 3.0 {
                failures.push(format!("{class} {colour}: {:.2} against the skin {skin}", contrast(colour, skin)));
            }
        }
    }
    assert!(seen >= 14, "the meridian colours were not found in app.css ({seen})");
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The manifest lists every custom property the `:host` rule declares for a host to set, a
/// comment between them or not (`contract::custom_properties`).
#[test]
fn every_custom_property_the_host_rule_declares_is_listed() {
    let css = acumap::contract::THEME_CSS;
    let rule = &css[css.find(":host {").unwrap()..];
    let rule = &rule[..rule.find('}').unwrap()];
    let declared: Vec<&str> = rule
        .match_indices("--acu-")
        .filter_map(|(i, _)| {
            let rest = &rule[i..];
            let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))?;
            rest[end..].trim_start().starts_with(':').then(|| &rest[..end])
        })
        .collect();
    let listed: Vec<&str> = acumap::contract::custom_properties().iter().map(|(name, _)| *name).collect();
    assert_eq!(listed, declared);
    assert!(listed.contains(&"--acu-font"));
}
