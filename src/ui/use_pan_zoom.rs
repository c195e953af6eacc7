//! `use_pan_zoom`: drag to pan, pinch and Ctrl + the wheel to zoom, on an `<svg>` whose view
//! box a [`Viewport`] signal drives (the body map's). The map shares the page with the host's
//! text, so it takes only the gestures a reader means for it (as embedded maps do): the wheel
//! alone and one finger on a touch screen scroll the page, and a hint over the map says what
//! moves it instead.

use crate::viewport::Viewport;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent, TouchEvent, WheelEvent};

/// A pointer must move this many pixels before a press becomes a drag (a shorter move is still
/// a click, on a marker or the figure).
const DRAG_PX: f32 = 4.0;

/// How long a gesture's hint stays over the map after the reader's last try.
const HINT_MS: u64 = 1500;

/// How long after its last wheel event a zoom by the wheel (or a touchpad's pinch) has ended.
const WHEEL_END_MS: u64 = 200;

/// A gesture the map left to the page, whose hint is over the map for a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gesture {
    /// The wheel without Ctrl or ⌘ (it scrolled the page).
    Wheel,
    /// One finger on a touch screen (it scrolled the page).
    OneFinger,
}

/// The handlers to put on the `<svg>` (`on:wheel`, `on:pointerdown`, `on:pointermove`,
/// `on:pointerup`, `on:pointercancel` and `on:touchmove`), and what the rest of the map asks of
/// them.
#[derive(Clone, Copy)]
pub struct PanZoom {
    svg: NodeRef<leptos::svg::Svg>,
    viewport: RwSignal<Viewport>,
    /// Set while a drag, a pinch or a run of wheel zooms goes on.
    moving: RwSignal<bool>,
    /// How many wheel zooms there have been (the run ends [`WHEEL_END_MS`] after the last:
    /// [`after_last`]), and whether a run is going on.
    wheels: StoredValue<u32>,
    wheeling: StoredValue<bool>,
    /// Pointers down on the map: id → last client position. (A short list, not a map: at most a
    /// few pointers, and a HashMap is 7 KB more wasm.)
    pointers: StoredValue<Vec<(i32, (f32, f32))>>,
    dragging: StoredValue<bool>,
    /// Whether the last press was a finger's (not a mouse's or a pen's): see [`PanZoom::by_finger`].
    finger: StoredValue<bool>,
    /// The gesture whose hint is shown, and how many hints were asked for (a hint hides only
    /// after the last: [`after_last`]).
    pub hint: RwSignal<Option<Gesture>>,
    hints: StoredValue<u32>,
}

/// Pan and zoom for the `<svg>` of `svg` (its `node_ref`), changing `viewport`. A mouse or pen
/// dragging pans, as do two fingers, which zoom as they pinch; Ctrl (or ⌘) and the wheel zoom
/// about the pointer, as does a touchpad's pinch (which browsers send as the wheel with Ctrl).
/// `moving` is set while a gesture goes on (see `WidgetState::moving`).
pub fn use_pan_zoom(svg: NodeRef<leptos::svg::Svg>, viewport: RwSignal<Viewport>, moving: RwSignal<bool>) -> PanZoom {
    PanZoom {
        svg,
        viewport,
        moving,
        wheels: StoredValue::new(0),
        wheeling: StoredValue::new(false),
        pointers: StoredValue::new(Vec::new()),
        dragging: StoredValue::new(false),
        finger: StoredValue::new(false),
        hint: RwSignal::new(None),
        hints: StoredValue::new(0),
    }
}

impl PanZoom {
    /// Figure units per screen pixel, and the figure point under a client position; `None`
    /// while the `<svg>` is not laid out.
    pub fn at(&self, client: (f32, f32)) -> Option<(f32, (f32, f32))> {
        let svg: Element = self.svg.get_untracked()?.unchecked_into();
        let rect = svg.get_bounding_client_rect();
        if rect.width() <= 0.0 || rect.height() <= 0.0 {
            return None;
        }
        let v = self.viewport.get_untracked();
        // The view box keeps the figure's aspect ratio, centred in the element.
        let per_px = (v.width() / rect.width() as f32).max(v.height() / rect.height() as f32);
        let fx = (client.0 - rect.left() as f32 - rect.width() as f32 / 2.0) * per_px / v.width() + 0.5;
        let fy = (client.1 - rect.top() as f32 - rect.height() as f32 / 2.0) * per_px / v.height() + 0.5;
        Some((per_px, v.point_at(fx, fy)))
    }

    /// Whether the last press became a drag (so its click is no click).
    pub fn dragged(&self) -> bool {
        self.dragging.get_value()
    }

    pub fn wheel(&self, ev: WheelEvent) {
        if !(ev.ctrl_key() || ev.meta_key()) {
            self.show_hint(Gesture::Wheel);
            return;
        }
        ev.prevent_default();
        let factor = (-ev.delta_y() as f32 * 0.0015).exp();
        if let Some((_, at)) = self.at((ev.client_x() as f32, ev.client_y() as f32)) {
            // A run's first event zooms everything at once (a mouse wheel's notch is a run of
            // one); the rest of the run (a touchpad's pinch) moves only the view box.
            if self.wheeling.get_value() {
                self.set_moving(true);
            }
            self.wheeling.set_value(true);
            self.viewport.update(|v| *v = v.zoom_at(factor, at));
            let this = *self;
            after_last(self.wheels, WHEEL_END_MS, move || {
                this.wheeling.set_value(false);
                this.set_moving(false);
            });
        }
    }

    /// Whether the last press was a finger's, whose tap may have meant any of the markers under
    /// it (a mouse or a pen points at one).
    pub fn by_finger(&self) -> bool {
        self.finger.get_value()
    }

    pub fn pointer_down(&self, ev: PointerEvent) {
        self.set_pointer(ev.pointer_id(), Some((ev.client_x() as f32, ev.client_y() as f32)));
        self.dragging.set_value(false);
        self.finger.set_value(ev.pointer_type() == "touch");
    }

    pub fn pointer_move(&self, ev: PointerEvent) {
        let id = ev.pointer_id();
        let now = (ev.client_x() as f32, ev.client_y() as f32);
        let Some(before) = self.pointers.with_value(|p| p.iter().find(|(k, _)| *k == id).map(|(_, v)| *v)) else { return };
        let others: Vec<(f32, f32)> =
            self.pointers.with_value(|p| p.iter().filter(|(k, _)| *k != id).map(|(_, v)| *v).collect());
        // One finger is the page's (`touch-action` lets the browser scroll it).
        if others.is_empty() && ev.pointer_type() == "touch" {
            return;
        }
        let moved = ((now.0 - before.0).powi(2) + (now.1 - before.1).powi(2)).sqrt();
        if !self.dragging.get_value() && moved < DRAG_PX {
            return;
        }
        if !self.dragging.get_value() {
            // Capture only once it is a drag, so a plain click still reaches its marker.
            self.dragging.set_value(true);
            self.set_moving(true);
            if let Some(svg) = self.svg.get_untracked() {
                let _ = svg.set_pointer_capture(id);
            }
        }
        self.set_pointer(id, Some(now));
        match others.as_slice() {
            [] => {
                if let Some((per_px, _)) = self.at(now) {
                    self.viewport.update(|v| *v = v.pan(-(now.0 - before.0) * per_px, -(now.1 - before.1) * per_px));
                }
            }
            [other, ..] => {
                // The figure follows the fingers' midpoint (half of this finger's move) and
                // zooms by their spread.
                let distance = |a: (f32, f32)| ((a.0 - other.0).powi(2) + (a.1 - other.1).powi(2)).sqrt();
                let middle = ((now.0 + other.0) / 2.0, (now.1 + other.1) / 2.0);
                if distance(before) > 0.0 {
                    if let Some((per_px, at)) = self.at(middle) {
                        let (dx, dy) = ((now.0 - before.0) / 2.0 * per_px, (now.1 - before.1) / 2.0 * per_px);
                        self.viewport.update(|v| *v = v.zoom_at(distance(now) / distance(before), at).pan(-dx, -dy));
                    }
                }
            }
        }
    }

    /// Two fingers are the map's: the browser, which `touch-action` lets pan the page with
    /// any number of fingers, is kept from scrolling it (one finger stays the page's).
    pub fn touch_move(&self, ev: TouchEvent) {
        if ev.touches().length() > 1 {
            ev.prevent_default();
        }
    }

    /// A pointer lifted: a drag or a pinch has ended.
    pub fn pointer_up(&self, ev: PointerEvent) {
        self.set_pointer(ev.pointer_id(), None);
        self.set_moving(false);
    }

    fn set_moving(&self, moving: bool) {
        if self.moving.try_get_untracked() == Some(!moving) {
            self.moving.set(moving);
        }
    }

    /// A pointer cancelled: for a lone finger, the browser took it to scroll the page.
    pub fn pointer_cancel(&self, ev: PointerEvent) {
        if ev.pointer_type() == "touch" && self.pointers.with_value(|p| p.len() == 1) {
            self.show_hint(Gesture::OneFinger);
        }
        self.pointer_up(ev);
    }

    /// Shows the gesture's hint, until [`HINT_MS`] after the last call.
    fn show_hint(&self, gesture: Gesture) {
        if self.hint.get_untracked() != Some(gesture) {
            self.hint.set(Some(gesture));
        }
        let hint = self.hint;
        after_last(self.hints, HINT_MS, move || {
            let _ = hint.try_set(None);
        });
    }

    fn set_pointer(&self, id: i32, at: Option<(f32, f32)>) {
        self.pointers.update_value(|p| {
            p.retain(|(k, _)| *k != id);
            p.extend(at.map(|at| (id, at)));
        })
    }
}

/// Counts a call in `calls` and runs `f` `ms` later if no call has been counted since: the end
/// of a run of calls (a hint's last try, a wheel zoom's last event). Nothing runs once the
/// widget is gone.
fn after_last(calls: StoredValue<u32>, ms: u64, f: impl FnOnce() + 'static) {
    calls.update_value(|n| *n = n.wrapping_add(1));
    let asked = calls.get_value();
    set_timeout(
        move || {
            if calls.try_get_value() == Some(asked) {
                f();
            }
        },
        std::time::Duration::from_millis(ms),
    );
}
