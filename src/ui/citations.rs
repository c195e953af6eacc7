//! A table's or a guide's sources, numbered in the order its text first cites them, and each
//! citation in the text (`(source: who-1999)`, `（来源：who-1999）`) drawn as its number,
//! `[1]`: a button that opens the list and takes the focus to the source.

use super::{lang, strings};
use crate::text::{citations, fill, source_key_and_text};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The sources as the reader sees them: numbered.
pub struct Sources {
    /// The key of each source the text cites, in number order (the first is `[1]`).
    keys: Vec<String>,
    /// Each source's text, in number order: the cited ones first, without the key they are
    /// written with (`"who-1999 World Health Organization. …"`), then the rest as given.
    texts: Vec<String>,
}

impl Sources {
    /// `sources` as given ("key text…" where a text cites it, or any text), numbered in the
    /// order `texts` (everything that cites them, in reading order) first cite them.
    pub fn number<'a>(texts: impl IntoIterator<Item = &'a str>, sources: Vec<String>) -> Self {
        let keyed: Vec<(&str, &str)> = sources.iter().map(|s| source_key_and_text(s)).collect();
        let mut keys: Vec<String> = Vec::new();
        for cited in texts.into_iter().flat_map(citations).flat_map(|c| c.keys) {
            if !keys.iter().any(|k| k == cited) && keyed.iter().any(|(key, _)| *key == cited) {
                keys.push(cited.to_string());
            }
        }
        let cited = keys.iter().filter_map(|k| keyed.iter().find(|(key, _)| key == k).map(|(_, text)| *text));
        let rest = sources.iter().zip(&keyed).filter(|(_, (key, _))| !keys.iter().any(|k| k == key)).map(|(s, _)| s.as_str());
        let texts = cited.chain(rest).map(str::to_string).collect();
        Sources { keys, texts }
    }

    /// Whether there is none to list.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// `text` with each citation of sources in the list drawn as buttons to their numbers (a
    /// citation that names another stays as written).
    pub fn cite(&self, text: String) -> AnyView {
        let mut parts = Vec::new();
        let mut from = 0;
        for citation in citations(&text) {
            let numbers: Option<Vec<usize>> = citation.keys.iter().map(|k| self.keys.iter().position(|n| n == k).map(|i| i + 1)).collect();
            let Some(numbers) = numbers.filter(|n| !n.is_empty()) else { continue };
            parts.push(text[from..citation.at.start].to_string().into_any());
            parts.extend(numbers.into_iter().map(cite_button));
            from = citation.at.end;
        }
        parts.push(text[from..].to_string().into_any());
        parts.into_any()
    }

    /// The list, closed under `summary`, numbered; `text_lang`: the sources' language where it
    /// is not the widget's (a guide's are cited as published, in English).
    pub fn list(self, class: &'static str, summary: &'static str, text_lang: Option<&'static str>) -> AnyView {
        let texts = self.texts.into_iter().map(|t| acu_view! { <li tabindex="-1">{t}</li> }).collect_view();
        acu_view! {
            <details class=class>
                <summary lang=lang().tag()>{summary}</summary>
                <ol lang=text_lang>{texts}</ol>
            </details>
        }
        .into_any()
    }
}

/// The button of source `number`: opens the list of the table or the guide it is in, and moves
/// the focus to the source. (Not a link: the page's address is the page's, and its hash may be
/// the widget's `link`.)
fn cite_button(number: usize) -> AnyView {
    let label = fill(strings().source_number, &[("n", &number.to_string())]);
    let show = move |ev: leptos::ev::MouseEvent| {
        let button = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let Some(details) = button.and_then(|b| b.closest(".comparison, .condition-guide").ok().flatten()).and_then(|at| at.query_selector("details").ok().flatten()) else { return };
        let _ = details.set_attribute("open", "");
        let item = details.query_selector(&format!("li:nth-child({number})")).ok().flatten();
        if let Some(item) = item.and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = item.focus();
        }
    };
    acu_view! {
        <button type="button" class="link cite" aria-label=label on:click=show>{format!("[{number}]")}</button>
    }
    .into_any()
}
