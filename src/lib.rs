//! acumap: an embeddable acupuncture point reference.
//!
//! The native build holds the catalog, its queries and the body-figure geometry (tested with
//! `cargo test`, printed by `cargo xtask catalog`); the wasm build adds the Leptos UI and the
//! `<acu-map>` custom element.

pub mod attributes;
pub mod catalog;
pub mod export;
pub mod figure;
pub mod host_content;
pub mod model;
pub mod prose;
pub mod search;
pub mod strings;
pub mod text;
pub mod viewport;

/// Locating recipes and the engine that places them (also compiled into `build.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub mod locate;
/// Reading and validating `points/` (also compiled into `build.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub mod source;

#[cfg(target_arch = "wasm32")]
mod element;
#[cfg(target_arch = "wasm32")]
mod ui;
