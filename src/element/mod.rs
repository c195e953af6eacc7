//! The glue between the `<acu-map>` custom element (`element.js`) and the Leptos UI: one
//! `Widget` per element (`widget.rs`), mounted into its shadow root when it is connected and
//! freed when it is removed. The only part of the crate that touches the DOM's events and
//! `wasm_bindgen`: the element's host side of the store ([`host`]), the prose files as the
//! browser parsed them ([`prose`]) and the host content's JSON ([`json`]). The Leptos
//! component (`component.rs`) uses the prose files and the host side too; the element itself
//! is the `element` feature (a default one).
//!
//! A widget comes in two steps, so that the map is on screen before most of the code has
//! arrived. The main wasm paints the map as it first looks ([`paint`]) and asks for the chunk
//! holding the live widget: the store, the Leptos UI and the renderer ([`live`], split out by
//! `cargo xtask build` with `wasm_split_cli_support`, as cargo-leptos splits `#[lazy]` code).
//! On a page that has a widget when the element is defined, element.js has already asked for
//! it, and the chunk loader takes that download (`chunkModule`). A widget that opens on a point
//! asks for its prose file first, and its painted card shows the point's location and caution
//! texts from it before the live widget ([`paint::fill_card`]; the chunk waits for the file a
//! while: element.js's `#proseForCard`).
//! When the chunk is in, the live widget mounts with the element's attributes and content as
//! they are then. It is built hidden, a part at a time in tasks of their own (`ui::Mounted`),
//! so that no task holds a phone's main thread for the whole widget; then it takes the painted
//! map's place in one frame, and does what the page and the reader asked meanwhile (`select()`,
//! `clear()`, a click on a marker), in order. Later widgets come the same way, their chunk
//! already in.

mod host;
#[cfg(feature = "element")]
mod json;
mod prose;
#[cfg(feature = "element")]
mod live;
#[cfg(feature = "element")]
mod paint;
#[cfg(feature = "element")]
mod widget;

pub use host::ElementHost;
pub use prose::fetch as fetch_prose;
