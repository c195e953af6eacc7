//! Parts of the live widget that not every reader needs, out of its chunk.
//!
//! The live widget is itself a chunk (`element/widget.rs`), loaded while the painted map is on
//! screen; it holds everything a reader uses at once (the list, the card, the paths and
//! legend). Two parts come later, each from a chunk of its own: the landmark overlay (when the
//! reader switches it on; fetched after the first frame so it is there at once) and the
//! comparison tables (below the map, once the prose is in). A `#[wasm_split]` function returns
//! the part's render function, and `cargo xtask build` cuts every such function, with the code
//! only it uses, out of the main module (`wasm_split_cli_support`, as cargo-leptos does).
//! [`part`] asks for the chunk once the first frame is painted, shows the part when it is in,
//! and until then keeps the part's place. A chunk is fetched once per page, whatever the
//! number of widgets.
//!
//! A chunk that cannot be loaded leaves a notice with a retry in the part's place (a failed
//! load is not remembered, so the retry fetches again), a console warning and an `acu-error`
//! event naming the chunk; the rest of the widget keeps working. The split functions are
//! `fallible`: a load failure must never panic, which would stop every widget on the page.

use crate::contract::ErrorSource;
use super::{strings, WidgetState};
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;

/// What a split function returns: the part's render function, once its chunk is in.
pub type Chunk<T> = Result<T, SplitLoaderError>;

#[derive(Clone, Copy)]
enum Load<T> {
    Waiting,
    Ready(T),
    Failed,
}

/// A part of the widget whose code is in a chunk: `load` is the part's split function, `name`
/// the part's own name (in messages, and one per split function) and `render` draws it with
/// the render function the chunk provides.
///
/// `placeholder`: for a part in HTML, the class of the empty box that keeps its place until
/// the chunk is in (the stylesheet gives it the part's size, so nothing moves when it comes),
/// which shows the failure and its retry if the chunk cannot be loaded. `None` for a part in the
/// SVG figure: nothing until the chunk is in, and a failure is a notice of the widget's.
pub fn part<T, F>(name: &'static str, load: fn() -> F, placeholder: Option<&'static str>, render: impl Fn(T) -> AnyView + Send + Sync + 'static) -> impl IntoView
where
    T: Copy + Send + Sync + 'static,
    F: Future<Output = Chunk<T>> + 'static,
{
    let state = expect_context::<WidgetState>();
    // A part whose chunk is already in (another widget's, or an earlier mount's) is drawn at once.
    let known = loaded_part(name);
    let loaded = RwSignal::new_local(known.map_or(Load::Waiting, Load::Ready));
    let fetch = move || {
        // A widget removed before its first frame asks for nothing.
        if loaded.try_get_untracked().is_none() {
            return;
        }
        leptos::task::spawn_local(async move {
            let result = match load().await {
                Ok(render) => {
                    remember_part(name, render);
                    Load::Ready(render)
                }
                Err(error) => {
                    let s = state.ui();
                    let text = crate::strings::fill(s.part_failed, &[("part", name), ("error", &error.to_string())]);
                    state.report(ErrorSource::Chunk, name, &text, placeholder.is_none());
                    Load::Failed
                }
            };
            let _ = loaded.try_set(result);
        })
    };
    if known.is_none() {
        after_first_paint(fetch);
    }
    move || match loaded.get() {
        Load::Ready(render_part) => render(render_part),
        Load::Waiting | Load::Failed if placeholder.is_none() => ().into_any(),
        Load::Waiting => acu_view! { <div class=placeholder aria-hidden="true"></div> }.into_any(),
        Load::Failed => {
            let s = strings();
            acu_view! {
                <div class="part-failed" role="alert" data-testid="part-failed" data-part=name>
                    <p>{s.part_failed_here}</p>
                    <button
                        type="button"
                        class="another retry"
                        on:click=move |_| {
                            loaded.set(Load::Waiting);
                            fetch();
                        }
                    >
                        {s.retry}
                    </button>
                </div>
            }
            .into_any()
        }
    }
}

/// Asks for a part's chunk after the first paint without drawing it, so that the part is there
/// at once when the reader first asks for it (the landmark overlay). A failure is left for the
/// part itself to report, when it is drawn.
pub fn prefetch<T, F>(name: &'static str, load: fn() -> F)
where
    T: Copy + 'static,
    F: Future<Output = Chunk<T>> + 'static,
{
    if loaded_part::<T>(name).is_none() {
        after_first_paint(move || {
            leptos::task::spawn_local(async move {
                if let Ok(render) = load().await {
                    remember_part(name, render);
                }
            })
        });
    }
}

thread_local! {
    /// The render functions of the parts whose chunk is in, by part name. (Not by the split
    /// function's address: the linker folds the wrappers, which are alike, into one.)
    static LOADED: std::cell::RefCell<Vec<(&'static str, Box<dyn std::any::Any>)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn loaded_part<T: Copy + 'static>(name: &str) -> Option<T> {
    LOADED.with_borrow(|parts| parts.iter().find(|(key, _)| *key == name).and_then(|(_, part)| part.downcast_ref::<T>().copied()))
}

fn remember_part<T: Copy + 'static>(name: &'static str, render: T) {
    LOADED.with_borrow_mut(|parts| {
        if !parts.iter().any(|(key, _)| *key == name) {
            parts.push((name, Box::new(render)));
        }
    });
}

/// Runs `f` once the frame being built has been painted (a task after the next animation frame).
pub fn after_first_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Default::default()));
}

// The chunks, and the parts each one draws. A chunk's functions are fetched together; code that
// two chunks share goes to a chunk of its own, fetched with either.

/// A comparison table (the host's or a built-in one).
#[leptos::wasm_split::wasm_split(tables, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn table() -> Chunk<fn(String, crate::host_content::Table, Option<String>) -> AnyView> {
    Ok(|id, table, text_lang| acu_view! { <super::comparison_table::ComparisonTable id table text_lang /> }.into_any())
}

/// The landmark and cun-scale overlay.
#[leptos::wasm_split::wasm_split(overlay, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn landmarks() -> Chunk<fn(&'static crate::figure::Figure<'static>) -> AnyView> {
    Ok(|figure| acu_view! { <super::map_layers::Landmarks figure /> }.into_any())
}
