//! acumap: an embeddable acupuncture point reference.
//!
//! The native build holds the catalog, its queries, the body-figure geometry and the widget's
//! store ([`state`]), tested with `cargo test` and printed by `cargo xtask catalog`; the wasm
//! build adds the Leptos UI, the [`AcuMap`] component and the `<acu-map>` custom element (the
//! `element` feature, on by default).

// Floats are bounded with `max` and `min`, not `clamp`: clamp's panic message (for bounds given
// the wrong way round) would link float formatting, about 14 KB, into the wasm.
#![allow(clippy::manual_clamp)]

/// The package's name, version, description and licence (Cargo.toml's), for `cargo xtask
/// package`'s package.json.
pub struct Package {
    pub name: &'static str,
    pub version: &'static str,
    pub description: &'static str,
    pub license: &'static str,
}

pub const PACKAGE: Package = Package {
    name: env!("CARGO_PKG_NAME"),
    version: env!("CARGO_PKG_VERSION"),
    description: env!("CARGO_PKG_DESCRIPTION"),
    license: env!("CARGO_PKG_LICENSE"),
};

pub mod attributes;
pub mod catalog;
pub mod contract;
pub mod course;
pub mod export;
pub mod figure;
pub mod guide;
pub mod host_content;
pub mod model;
pub mod prose;
pub mod quiz;
pub mod search;
pub mod small_sort;
pub mod state;
pub mod strings;
pub mod text;
pub mod viewport;

/// Locating recipes and the engine that places them (also compiled into `build.rs`).
pub mod locate;
/// Reading and validating `points/` (also compiled into `build.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub mod source;
/// Reading and checking the condition guides (also compiled into `build.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub mod condition_guide;

/// The bundle's `acumap.d.ts` and `custom-elements.json`, written from [`contract`].
#[cfg(not(target_arch = "wasm32"))]
pub mod typings;

#[cfg(target_arch = "wasm32")]
pub mod component;
#[cfg(target_arch = "wasm32")]
mod element;
#[cfg(target_arch = "wasm32")]
pub use component::{AcuError, AcuMap};
pub use state::QuizReport;
pub use attributes::{HeadingLevel, Labels, Mode, HEADING_LEVELS};
pub use figure::View;
pub use strings::Lang;
#[cfg(target_arch = "wasm32")]
mod ui;
