//! `use_size_on_screen`: the map's size on screen, for the marks that keep their size there
//! (`Viewport::mark_scale`).

use super::use_resize_observer::use_resize_observer;
use crate::viewport::Viewport;
use leptos::prelude::*;
use leptos::svg::Svg;

/// Keeps `viewport`'s `screen` the size of the `<svg>` of `node` on screen, in whole CSS pixels
/// (its box as drawn: an ancestor's `transform` counts), as it changes: a phone turned, a
/// widget shown after it was hidden, another view's figure. The viewport changes only when the
/// size does, and not for a map that is not drawn (`(0, 0)`: hidden, or being built, when the
/// painted map's size stands in, `element/live.rs`): until it first is, the size stays unknown
/// and the marks keep their size in the figure's units. So does it without `ResizeObserver`.
pub fn use_size_on_screen(node: NodeRef<Svg>, viewport: RwSignal<Viewport>) {
    use_resize_observer(node, false, move |svg| {
        let screen = size_on_screen(svg);
        if screen != (0.0, 0.0) && viewport.with_untracked(|v| v.screen != screen) {
            viewport.update(|v| v.screen = screen);
        }
    });
}

/// An element's size as drawn, in whole CSS pixels.
pub fn size_on_screen(el: &web_sys::Element) -> (f32, f32) {
    let rect = el.get_bounding_client_rect();
    (rect.width().round() as f32, rect.height().round() as f32)
}
