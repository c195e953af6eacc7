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
