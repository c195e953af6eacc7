//! `use_size_on_screen`: the map's size on screen, for the marks that keep their size there
//! (`Viewport::mark_scale`).

use crate::viewport::Viewport;
use leptos::prelude::*;
use leptos::svg::Svg;
use reactive_graph::owner::LocalStorage;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::ResizeObserver;

/// Keeps `viewport`'s `screen` the size of the `<svg>` of `node` on screen, in whole CSS pixels
/// (its box as drawn: an ancestor's `transform` counts), as it changes: a phone turned, a
/// widget shown after it was hidden, another view's figure. The viewport changes only when the
/// size does, and not for a map that is not drawn (`(0, 0)`: hidden, or being built, when the
/// painted map's size stands in, `element/live.rs`): until it first is, the size stays unknown
/// and the marks keep their size in the figure's units. So does it without `ResizeObserver`.
pub fn use_size_on_screen(node: NodeRef<Svg>, viewport: RwSignal<Viewport>) {
    let watching = StoredValue::<_, LocalStorage>::new_local(None::<(ResizeObserver, Closure<dyn Fn()>)>);
    node.on_load(move |el| {
        let watched = el.clone();
        // An observer tells of an element's size as soon as it starts to watch it, after layout
        // and before paint: the first frame already has the marks at their size.
        let callback = Closure::<dyn Fn()>::new(move || {
            let screen = size_on_screen(&watched);
            if screen != (0.0, 0.0) && viewport.with_untracked(|v| v.screen != screen) {
                viewport.update(|v| v.screen = screen);
            }
        });
        let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) else { return };
        observer.observe(&el);
        watching.set_value(Some((observer, callback)));
    });
    on_cleanup(move || {
        if let Some((observer, _)) = watching.try_update_value(Option::take).flatten() {
            observer.disconnect();
        }
    });
}

/// An element's size as drawn, in whole CSS pixels.
pub fn size_on_screen(el: &web_sys::Element) -> (f32, f32) {
    let rect = el.get_bounding_client_rect();
    (rect.width().round() as f32, rect.height().round() as f32)
}
