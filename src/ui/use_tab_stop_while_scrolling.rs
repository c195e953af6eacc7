//! `use_tab_stop_while_scrolling`: a box that scrolls sideways only where the widget is narrower
//! than its content (a comparison table) is a Tab stop only while it does.

use super::use_resize_observer::use_resize_observer;
use leptos::html::Div;
use leptos::prelude::*;

/// Makes the element of `node` a Tab stop (`tabindex="0"`) while its content is wider than it,
/// so that the keyboard can scroll it (WCAG 2.1.1), and not otherwise, so that Tab does not
/// stop on a box with nothing to scroll. Kept up to date as the element or its first child
/// change size (a narrower widget, a font that arrives late). Without `ResizeObserver`, never.
pub fn use_tab_stop_while_scrolling(node: NodeRef<Div>) {
    use_resize_observer(node, true, |el| {
        if el.scroll_width() > el.client_width() {
            let _ = el.set_attribute("tabindex", "0");
        } else {
            let _ = el.remove_attribute("tabindex");
        }
    });
}
