//! `AcuMap`: the widget as a Leptos component, for a Leptos 0.8 CSR app that wants the map
//! without the custom element.
//!
//! It is the same widget as `<acu-map>`: the same store (`state.rs`), the same components
//! (`ui/`) and the same stylesheet, in a shadow root of its own so that its styles and the
//! app's never meet. Props are typed (the view, the mode, the labels and the language are the
//! enums the element's attributes are read into) and may be signals; codes and names (`selected`,
//! `points`) are read like the element's attributes, so an unknown code gives the same notice
//! in the widget. What the element fires as events, the component passes to its callbacks.
//!
//! ```ignore
//! use acumap::{AcuMap, Lang, View};
//! view! {
//!     <AcuMap
//!         prose=|lang: Lang| format!("/assets/prose.{}.json", lang.tag())
//!         view=View::Back
//!         selected="GB30"
//!         on_select=move |p: &'static acumap::model::Point| set_last.set(p.code)
//!     />
//! }
//! ```
//!
//! The app serves the bundle's prose files (`prose.<lang>.<hash>.json` from `cargo xtask
//! package`) and says where each is with `prose`; the example app (`examples/leptos/`, built
//! by `cargo xtask example`) shows how. The component is all in the app's own wasm: only the
//! `<acu-map>` element splits its code (the live widget's chunk, `element/widget.rs`).

use crate::attributes::{HeadingLevel, Labels, Mode, HEADING_LEVELS, LABELS, MODES};
use crate::contract::{Attribute, ErrorSource};
use crate::element::{fetch_prose, ElementHost};
use crate::prose::ProseFileKind;
use crate::figure::View;
use crate::host_content::HostContent;
use crate::model::Point;
use crate::state::{Emitted, Host, QuizReport, WidgetState};
use crate::strings::Lang;
use crate::ui;
use leptos::html::Div;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// What the widget could not use, as the element's `acu-error` event says it: where it came
/// from, the value as given and the message the widget shows.
#[derive(Clone, Debug, PartialEq)]
pub struct AcuError {
    pub source: ErrorSource,
    pub value: String,
    pub message: String,
}

/// The widget. Every prop but `prose` is optional; a prop left out is the element's default
/// (the front view, practitioner mode, labels `auto`, the page's language, all points, none
/// selected, no content of the host's).
#[component]
pub fn AcuMap(
    /// Where the prose file of a language is (the bundle's `prose.en.<hash>.json`, …),
    /// relative to the page.
    #[prop(into)]
    prose: Callback<Lang, String>,
    /// The body view shown; the reader can switch views too.
    #[prop(optional, into)]
    view: MaybeProp<View>,
    /// The selected point's code (any notation the element reads) or its name (`环跳`,
    /// `Huantiao`, where no other point has it), or none.
    #[prop(optional, into)]
    selected: MaybeProp<String>,
    /// The points the widget is about, as codes or names; all when left out.
    #[prop(optional, into)]
    points: MaybeProp<Vec<String>>,
    #[prop(optional, into)]
    mode: MaybeProp<Mode>,
    #[prop(optional, into)]
    labels: MaybeProp<Labels>,
    /// The level of the widget's titles in the page's outline (`attributes::HEADING_LEVELS`;
    /// their sections one below): 3 when left out.
    #[prop(optional, into)]
    heading_level: MaybeProp<HeadingLevel>,
    #[prop(optional, into)]
    lang: MaybeProp<Lang>,
    /// The host's own notes on points, shortlists and comparison tables, as the element's
    /// `content` reads them (`acumap::host_content`).
    #[prop(optional, into)]
    content: MaybeProp<HostContent>,
    /// A point selected by the reader (or by `selected` choosing one the reader had not).
    #[prop(optional, into)]
    on_select: Option<Callback<&'static Point>>,
    /// The reader switched the view.
    #[prop(optional, into)]
    on_view_change: Option<Callback<View>>,
    /// An input could not be used, or a file could not be loaded (also a notice in the widget
    /// and a console warning).
    #[prop(optional, into)]
    on_error: Option<Callback<AcuError>>,
    /// Study mode's locate quiz: an answer, or a round's end (the element's `acu-quiz`).
    #[prop(optional, into)]
    on_quiz: Option<Callback<QuizReport>>,
) -> impl IntoView {
    let host_ref = NodeRef::<Div>::new();
    let mounted = StoredValue::new_local(None::<ui::Mounted>);
    host_ref.on_load(move |div| {
        let Ok(root) = div.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)) else { return };
        let Ok(sheet) = web_sys::CssStyleSheet::new() else { return };
        sheet.replace_sync(&[ui::stylesheet(), ui::live_stylesheet()].concat()).ok();
        js_sys::Reflect::set(&root, &"adoptedStyleSheets".into(), &js_sys::Array::of1(&sheet)).ok();
        // Each prop goes in as the element's attribute would, so both are read one way; the
        // language first, so that a notice about another prop is in the reader's language.
        let props: [(Attribute, PropText); 7] = [
            (Attribute::Lang, Box::new(move || lang.get().map(|l| l.tag().to_string()))),
            (Attribute::Mode, Box::new(move || mode.get().and_then(|m| keyword(&MODES, m)))),
            (Attribute::Labels, Box::new(move || labels.get().and_then(|l| keyword(&LABELS, l)))),
            (Attribute::HeadingLevel, Box::new(move || heading_level.get().and_then(|l| keyword(&HEADING_LEVELS, l)))),
            (Attribute::Points, Box::new(move || points.get().map(|codes| codes.join(",")))),
            (Attribute::View, Box::new(move || view.get().map(|v| v.key().to_string()))),
            (Attribute::Selected, Box::new(move || selected.get())),
        ];
        let host = Rc::new(ComponentHost { element: ElementHost(div.unchecked_into()), prose, on_select, on_view_change, on_error, on_quiz });
        let read_content = move || content.get().map(|c| Ok((c, Vec::new())));
        let widget = ui::Mounted::new(&root, host, |state| {
            for (attribute, value) in &props {
                state.apply_attribute(*attribute, untrack(value).as_deref());
            }
            state.set_content(untrack(read_content));
        }, None);
        let (state, owner) = (widget.state, widget.owner.clone());
        for (attribute, value) in props {
            follow(owner.clone(), value, move |value| state.apply_attribute(attribute, value.as_deref()));
        }
        follow(owner, read_content, move |content| state.set_content(content));
        mounted.set_value(Some(widget));
    });
    on_cleanup(move || {
        if let Some(widget) = mounted.try_update_value(Option::take).flatten() {
            widget.unmount();
        }
    });
    // As `acu_view!` does (src/ui/mod.rs): no subtree built with `innerHTML`.
    leptos::view! { class="acu-el", <div class="acu-map" node_ref=host_ref></div> }
}

/// Applied at the mount; from then on, applies `read`'s value whenever it changes.
fn follow<T: 'static>(owner: Owner, read: impl Fn() -> T + 'static, apply: impl Fn(T) + 'static) {
    Effect::new(move |mounted: Option<()>| {
        let value = read();
        if mounted.is_some() {
            owner.with(|| apply(value));
        }
    });
}

/// A prop as the text of the attribute it stands for (`None`: the attribute's default).
type PropText = Box<dyn Fn() -> Option<String>>;

/// A keyword attribute's value for `wanted`.
fn keyword<T: PartialEq + Copy>(table: &[(&str, T)], wanted: T) -> Option<String> {
    table.iter().find(|(_, v)| *v == wanted).map(|(k, _)| k.to_string())
}

/// The component as the store's page side: events go to the callbacks.
struct ComponentHost {
    /// The component's own `<div>`, as the element would be (its language, its random numbers).
    element: ElementHost,
    prose: Callback<Lang, String>,
    on_select: Option<Callback<&'static Point>>,
    on_view_change: Option<Callback<View>>,
    on_error: Option<Callback<AcuError>>,
    on_quiz: Option<Callback<QuizReport>>,
}

impl Host for ComponentHost {
    fn emit(&self, event: Emitted) {
        match event {
            Emitted::Select(point, _) => {
                if let Some(f) = self.on_select {
                    f.run(point);
                }
            }
            Emitted::ViewChange(view) => {
                if let Some(f) = self.on_view_change {
                    f.run(view);
                }
            }
            Emitted::Error { source, value, message } => {
                web_sys::console::warn_1(&format!("<AcuMap>: {message}").into());
                if let Some(f) = self.on_error {
                    f.run(AcuError { source, value, message });
                }
            }
            Emitted::Quiz(report) => {
                if let Some(f) = self.on_quiz {
                    f.run(report);
                }
            }
        }
    }

    /// The component has no attributes: its props are applied as they change.
    fn attribute(&self, _: Attribute) -> Option<String> {
        None
    }

    fn page_lang(&self) -> Option<String> {
        self.element.page_lang()
    }

    /// The app serves one file per language (`prose`), which `fetch_prose` reads as the whole.
    fn load_prose(&self, state: WidgetState, lang: Lang, kind: ProseFileKind, retry: bool) {
        fetch_prose(state, lang, kind, Some(self.prose.run(lang)), retry);
    }

    fn random(&self) -> f64 {
        self.element.random()
    }

    /// The component has no `link` (its app owns the address).
    fn location_hash(&self) -> String {
        String::new()
    }

    fn set_location_hash(&self, _: &str, _: bool) {}

    fn id(&self) -> Option<String> {
        None
    }
}
