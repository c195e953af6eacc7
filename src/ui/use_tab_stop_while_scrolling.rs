//! `use_tab_stop_while_scrolling`: a box that scrolls sideways only where the widget is narrower
//! than its content (a comparison table) is a Tab stop only while it does.

use leptos::html::Div;
use leptos::prelude::*;
use reactive_graph::owner::LocalStorage;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::ResizeObserver;

/// Makes the element of `node` a Tab stop (`tabindex="0"`) while its content is wider than it,
/// so that the keyboard can scroll it (WCAG 2.1.1), and not otherwise, so that Tab does not
/// stop on a box with nothing to scroll. Kept up to date as the element or its first child
/// change size (a narrower widget, a font that arrives late). Without `ResizeObserver`, never.
pub fn use_tab_stop_while_scrolling(node: NodeRef<Div>) {
    let watching = StoredValue::<_, LocalStorage>::new_local(None::<(ResizeObserver, Closure<dyn Fn()>)>);
    node.on_load(move |el| {
        let watched = el.clone();
        // An observer tells of an element's size as soon as it starts to watch it.
        let callback = Closure::<dyn Fn()>::new(move || {
            if watched.scroll_width() > watched.client_width() {
                let _ = watched.set_attribute("tabindex", "0");
            } else {
                let _ = watched.remove_attribute("tabindex");
            }
        });
        let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) else { return };
        observer.observe(&el);
        if let Some(content) = el.first_element_child() {
            observer.observe(&content);
        }
        watching.set_value(Some((observer, callback)));
    });
    on_cleanup(move || {
        if let Some((observer, _)) = watching.try_update_value(Option::take).flatten() {
            observer.disconnect();
        }
    });
}
