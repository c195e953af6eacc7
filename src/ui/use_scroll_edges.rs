//! `use_scroll_edges`: a box that scrolls is marked at each edge past which its content runs out
//! of sight, for the stylesheet to shade that edge (a list cut at a row's edge, or a table at a
//! column's, with no scroll bar until it scrolls, as on a phone, looks complete).

use super::use_resize_observer::use_resize_observer;
use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Keeps the classes `more-above`, `more-below`, `more-left` and `more-right` on the element
/// of `node` while its content runs out of sight past that edge, as it or its first child
/// changes size. The element's `on:scroll` calls [`mark_edges`], and so does whoever changes
/// its content (a list's rows shown or hidden).
pub fn use_scroll_edges<E>(node: NodeRef<E>)
where
    E: ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
{
    use_resize_observer(node, true, mark_edges);
}

/// Marks the edges of `el` past which its content runs out of sight (`use_scroll_edges`): up
/// and down by how far it is scrolled; sideways by where its first child (a table) lies, as a
/// box written right to left starts scrolled to its right edge. A pixel's slack: a zoomed page
/// scrolls by fractions.
pub fn mark_edges(el: &Element) {
    let above = el.scroll_top();
    let below = el.scroll_height() - el.client_height() - above;
    let sideways = el.scroll_width() > el.client_width();
    let (left, right) = el.first_element_child().filter(|_| sideways).map_or((0.0, 0.0), |content| {
        let (content, left) = (content.get_bounding_client_rect(), el.get_bounding_client_rect().left() + f64::from(el.client_left()));
        (left - content.left(), content.right() - left - f64::from(el.client_width()))
    });
    let classes = el.class_list();
    for (class, hidden) in [("more-above", f64::from(above)), ("more-below", f64::from(below)), ("more-left", left), ("more-right", right)] {
        let _ = classes.toggle_with_force(class, hidden > 1.0);
    }
}
