//! `use_resize_observer`: a call each time an element changes size.

use leptos::html::ElementType;
use leptos::prelude::*;
use reactive_graph::owner::LocalStorage;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};

/// Calls `callback` with the element of `node` once it is in the page and each time it, or (with
/// `and_first_child`) its first child, changes size: the observer tells of a size as soon as it
/// starts to watch, after layout and before paint, so the first frame already has what the
/// callback does. It stops watching when the component is gone. Without `ResizeObserver`, never.
pub fn use_resize_observer<E>(node: NodeRef<E>, and_first_child: bool, callback: impl Fn(&Element) + 'static)
where
    E: ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
{
    let watching = StoredValue::<_, LocalStorage>::new_local(None);
    let callback: Box<dyn Fn(&Element)> = Box::new(callback);
    node.on_load(move |el| watching.set_value(watch(el.unchecked_into(), and_first_child, callback)));
    on_cleanup(move || {
        if let Some((observer, _)) = watching.try_update_value(Option::take).flatten() {
            observer.disconnect();
        }
    });
}

/// The observer of [`use_resize_observer`] and the callback it calls (one copy in the wasm,
/// whatever the element and the callback).
fn watch(el: Element, and_first_child: bool, callback: Box<dyn Fn(&Element)>) -> Option<(ResizeObserver, Closure<dyn Fn()>)> {
    let watched = el.clone();
    let callback = Closure::<dyn Fn()>::new(move || callback(&watched));
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&el);
    if let Some(child) = el.first_element_child().filter(|_| and_first_child) {
        observer.observe(&child);
    }
    Some((observer, callback))
}
