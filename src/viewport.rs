//! The map's zoom and pan, as a view box over a figure, and the placement of point labels
//! that do not collide at the current zoom. Pure geometry, tested natively.

use crate::attributes::{Labels, Mode};
use crate::figure::{distance, View, HEIGHT, WIDTH};
use crate::model::Point;
use crate::text::decimal;

pub const MIN_SCALE: f32 = 1.0;
pub const MAX_SCALE: f32 = 8.0;

/// The part of a figure shown: `scale` 1 is the whole figure (`figure_width` by
/// `figure_height`); `(cx, cy)` is the centre; `screen` the map's size on screen in CSS
/// pixels, `(0, 0)` while it is not known (see [`Viewport::mark_scale`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    pub scale: f32,
    pub cx: f32,
    pub cy: f32,
    pub figure_width: f32,
    pub figure_height: f32,
    pub screen: (f32, f32),
}

impl Default for Viewport {
    /// A full-body figure, whole.
    fn default() -> Self {
        Viewport::whole(WIDTH, HEIGHT)
    }
}

impl Viewport {
    /// The whole of a figure of this size.
    pub fn whole(figure_width: f32, figure_height: f32) -> Viewport {
        Viewport { scale: 1.0, cx: figure_width / 2.0, cy: figure_height / 2.0, figure_width, figure_height, screen: (0.0, 0.0) }
    }

    /// The whole of another figure (a new view, or back to the whole of this one), on the same
    /// screen.
    pub fn whole_of(self, figure_width: f32, figure_height: f32) -> Viewport {
        Viewport { screen: self.screen, ..Viewport::whole(figure_width, figure_height) }
    }

    /// The scale the marks that keep their size on screen (markers, codes, names, rings) are
    /// drawn against, each at `1 / mark_scale` of its size in figure units: the zoom, times the
    /// screen pixels a unit of the whole figure takes (the `<svg>` draws it to fit:
    /// `preserveAspectRatio` meet) where that is under one. The marks' sizes are screen pixels ([`MARKER_PX`], [`LABEL_PX`]); a map drawn
    /// smaller than one pixel a unit (a phone: 0.8 upright, under 0.4 on its side) would
    /// otherwise shrink them to a code 4 pixels high and a marker a finger cannot hit. A larger
    /// map keeps them a unit a pixel, as it always has; a map not measured yet, too.
    pub fn mark_scale(&self) -> f32 {
        let (w, h) = self.screen;
        let fit = (w / self.figure_width).min(h / self.figure_height);
        self.scale * if fit > 0.0 && fit < 1.0 { fit } else { 1.0 }
    }

    /// A screen pixel of a mark, in figure units (see [`Viewport::mark_scale`]).
    fn unit(&self) -> f32 {
        1.0 / self.mark_scale().max(0.01)
    }

    pub fn width(&self) -> f32 {
        self.figure_width / self.scale
    }

    pub fn height(&self) -> f32 {
        self.figure_height / self.scale
    }

    /// Whether a label written rightward from its anchor ends inside the part of the figure on
    /// screen; if not, it is written leftward (a code at the figure's right edge).
    /// Sizes in screen pixels, as [`Viewport::place_labels`].
    pub fn shows_label_right(&self, label: &LabelRequest, font_px: f32, marker_px: f32) -> bool {
        label_box(label, self.unit(), font_px, marker_px, true).2 <= self.cx + self.width() / 2.0
    }

    /// Which labels to show, in order of importance: each label that does not overlap one
    /// already shown or another point's marker, written rightward where it ends on screen, else
    /// leftward ([`Viewport::shows_label_right`]). `None` for a label not shown, else its side
    /// (`true`: right). Sizes are in screen pixels, so the zoom decides how far apart points
    /// must be for their labels to show.
    pub fn place_labels(&self, requests: &[LabelRequest], font_px: f32, marker_px: f32) -> Vec<Option<bool>> {
        self.place(requests, self.sides(requests, font_px, marker_px), font_px, marker_px, false)
    }

    /// As [`Viewport::place_labels`], but the first label (the selected point's) shows
    /// whatever it covers: written leftward where rightward it would cover a marker of `sites`
    /// (every marker's place on the view, both of a point on both sides of the body) and
    /// leftward, on screen, it covers none.
    pub fn place_labels_first_shown(&self, requests: &[LabelRequest], sites: &[(f32, f32)], font_px: f32, marker_px: f32) -> Vec<Option<bool>> {
        let mut right = self.sides(requests, font_px, marker_px);
        if let (Some(first), Some(rightward)) = (requests.first(), right.first_mut()) {
            let unit = self.unit();
            let covers = |b: &Rect| sites.iter().filter(|&&at| at != (first.x, first.y)).any(|&at| overlaps(b, &self.around(at, marker_px)));
            let left = label_box(first, unit, font_px, marker_px, false);
            let left_on_screen = left.0 >= self.cx - self.width() / 2.0;
            if *rightward && covers(&label_box(first, unit, font_px, marker_px, true)) && left_on_screen && !covers(&left) {
                *rightward = false;
            }
        }
        self.place(requests, right, font_px, marker_px, true)
    }

    /// Each label's side where it stays on screen ([`Viewport::shows_label_right`]).
    fn sides(&self, requests: &[LabelRequest], font_px: f32, marker_px: f32) -> Vec<bool> {
        requests.iter().map(|r| self.shows_label_right(r, font_px, marker_px)).collect()
    }

    fn place(&self, requests: &[LabelRequest], right: Vec<bool>, font_px: f32, marker_px: f32, first_shown: bool) -> Vec<Option<bool>> {
        let shown = place_on_sides(requests, &right, self.unit(), font_px, marker_px, first_shown);
        shown.into_iter().zip(right).map(|(shown, right)| shown.then_some(right)).collect()
    }

    /// Every label shown, each on the side where it stays on screen
    /// ([`Viewport::shows_label_right`]), in [`Viewport::place_labels`]'s form: for
    /// `labels="all"`, where overlaps are accepted.
    pub fn every_label(&self, requests: &[LabelRequest], font_px: f32, marker_px: f32) -> Vec<Option<bool>> {
        self.sides(requests, font_px, marker_px).into_iter().map(Some).collect()
    }

    /// Where to write names beside their marks (`requests`, in order of importance), each on
    /// screen on the first of [`Side::ALL`] that covers no name written before it, no other mark
    /// of `requests` and nothing `taken` (what else the map shows there, see
    /// [`Viewport::taken_by`]). With no clear side, a name that must show (`every`) goes where
    /// it covers least, text counting four times a mark; one that may wait may go under one
    /// point's marker at most (drawn over it), over no text and no other mark of `requests`,
    /// else it is left out (`None`: it shows as one zooms in). Each with the box it takes, in
    /// figure units. Sizes in screen pixels, as [`Viewport::place_labels`].
    pub fn place_names(&self, requests: &[LabelRequest], taken: &Taken, every: bool, font_px: f32, marker_px: f32) -> Vec<Option<(Side, Rect)>> {
        let unit = self.unit();
        let marks: Vec<Rect> = requests.iter().map(|r| marker_box(r, unit, marker_px)).collect();
        let (left, top) = self.point_at(0.0, 0.0);
        let on_screen = |b: &Rect| b.0 >= left && b.1 >= top && b.2 <= left + self.width() && b.3 <= top + self.height();
        let mut written: Vec<Rect> = Vec::new();
        let mut sides = Vec::with_capacity(requests.len());
        let one_marker = (2.0 * MARKER_PX * unit).powi(2);
        for (i, r) in requests.iter().enumerate() {
            let covered = |b: &Rect, boxes: &[Rect]| boxes.iter().map(|c| overlap(b, c)).sum::<f32>();
            let other_marks = || marks.iter().enumerate().filter(move |(j, _)| *j != i).map(|(_, m)| m);
            // Clear of text (the names written, the codes) and of the other marks named.
            let readable = |b: &Rect| written.iter().chain(&taken.texts).chain(other_marks()).all(|c| !overlaps(b, c));
            let over_markers = |b: &Rect| covered(b, &taken.marks);
            let boxes = Side::ALL.map(|side| (side, name_box(r, unit, font_px, marker_px, side)));
            let seen = boxes.iter().copied().filter(|(_, b)| on_screen(b));
            // The first side clear of everything (most names have one: nothing to weigh). Else a
            // name that must show goes where it covers least, text counting four times a mark;
            // one that may wait may go under a point's marker (drawn over it, it hides a letter
            // or two), but over no text and no other mark named.
            let chosen = match seen.clone().find(|(_, b)| readable(b) && taken.marks.iter().all(|c| !overlaps(b, c))) {
                None if every => {
                    let text = |b: &Rect| covered(b, &written) + covered(b, &taken.texts);
                    let cost = |b: &Rect| 4.0 * text(b) + other_marks().map(|m| overlap(b, m)).sum::<f32>() + over_markers(b);
                    Some(seen.min_by(|x, y| cost(&x.1).total_cmp(&cost(&y.1))).unwrap_or(boxes[0]))
                }
                None => seen.filter(|(_, b)| readable(b) && over_markers(b) <= one_marker).min_by(|x, y| over_markers(&x.1).total_cmp(&over_markers(&y.1))),
                chosen => chosen,
            };
            written.extend(chosen.map(|(_, b)| b));
            sides.push(chosen);
        }
        sides
    }

    /// What the points drawn on `view` take on screen, for names written beside them: each
    /// site's marker (the selected point's ring is larger) and each code label shown
    /// (`labelled`, see [`labelled`]) as drawn, in bold: a fifth wider and higher than the
    /// labels reckon with among themselves.
    pub fn taken_by(&self, points: &[&'static Point], view: View, selected: Option<&'static Point>, labelled: &[(&str, bool)]) -> Taken {
        let unit = self.unit();
        let mut taken = Taken::default();
        for p in points {
            let ring = if Some(*p) == selected { SELECTED_PX } else { MARKER_PX };
            taken.marks.extend(p.positions_on(view).iter().map(|&at| self.around(at, ring)));
            if let Some(right) = label_side(labelled, p.code) {
                taken.texts.push(label_box(&LabelRequest::code(p, view), unit, CODE_DRAWN_PX, MARKER_PX, right));
            }
        }
        taken
    }

    /// The square `half_px` screen pixels either side of `(x, y)`, in figure units.
    pub fn around(&self, (x, y): (f32, f32), half_px: f32) -> Rect {
        marker_box(&LabelRequest { x, y, ems: 0.0 }, self.unit(), half_px)
    }

    /// The SVG `viewBox` attribute.
    pub fn view_box(&self) -> String {
        let numbers = [self.cx - self.width() / 2.0, self.cy - self.height() / 2.0, self.width(), self.height()];
        let mut text = String::new();
        crate::text::push_numbers(&mut text, &numbers, 2);
        text
    }

    /// Zoomed by `factor` keeping the figure point `(x, y)` where it is on screen.
    pub fn zoom_at(self, factor: f32, (x, y): (f32, f32)) -> Viewport {
        if !factor.is_finite() || factor <= 0.0 {
            return self;
        }
        // max/min, not clamp: clamp's panic message would link float formatting into the wasm.
        let scale = (self.scale * factor).max(MIN_SCALE).min(MAX_SCALE);
        let ratio = self.scale / scale;
        Viewport { scale, cx: x + (self.cx - x) * ratio, cy: y + (self.cy - y) * ratio, ..self }.clamped()
    }

    /// Moved by `(dx, dy)` figure units.
    pub fn pan(self, dx: f32, dy: f32) -> Viewport {
        if !(dx.is_finite() && dy.is_finite()) {
            return self;
        }
        Viewport { cx: self.cx + dx, cy: self.cy + dy, ..self }.clamped()
    }

    /// The whole of `(x0, y0)`–`(x1, y1)` and `margin` around it, as large as it fits (no
    /// further in than [`MAX_SCALE`]).
    pub fn fitting(self, (x0, y0, x1, y1): (f32, f32, f32, f32), margin: f32) -> Viewport {
        let (w, h) = (x1 - x0 + 2.0 * margin, y1 - y0 + 2.0 * margin);
        if !(w.is_finite() && h.is_finite()) || w <= 0.0 || h <= 0.0 {
            return self;
        }
        let scale = (self.figure_width / w).min(self.figure_height / h).max(MIN_SCALE).min(MAX_SCALE);
        Viewport { scale, cx: (x0 + x1) / 2.0, cy: (y0 + y1) / 2.0, ..self }.clamped()
    }

    /// Kept over the figure: the centre never leaves the area the view box can show.
    fn clamped(self) -> Viewport {
        let (hw, hh) = (self.width() / 2.0, self.height() / 2.0);
        Viewport {
            cx: self.cx.min(self.figure_width - hw).max(hw),
            cy: self.cy.min(self.figure_height - hh).max(hh),
            ..self
        }
    }

    /// The figure point under a fraction `(fx, fy)` (0..1) of the rendered map's box.
    pub fn point_at(&self, fx: f32, fy: f32) -> (f32, f32) {
        (self.cx - self.width() / 2.0 + fx * self.width(), self.cy - self.height() / 2.0 + fy * self.height())
    }

    /// Whether `(x, y)` is in the part of the figure shown.
    pub fn shows(&self, (x, y): (f32, f32)) -> bool {
        let (left, top) = self.point_at(0.0, 0.0);
        (left..=left + self.width()).contains(&x) && (top..=top + self.height()).contains(&y)
    }
}

/// A way the arrow keys move on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl Direction {
    /// The direction of an arrow key (`ArrowLeft` …).
    pub fn of_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            _ => None,
        }
    }
}

/// The site nearest to `from` in `direction` (its index in `sites`). Of the sites ahead along
/// that axis, those within about 60° of it come first; among them the one whose distance ahead
/// plus twice its distance sideways is least, so that a site nearly in line wins over a closer
/// one off to the side. `None` when nothing lies that way.
pub fn nearest_in_direction(from: (f32, f32), sites: &[(f32, f32)], direction: Direction) -> Option<usize> {
    // (outside the cone, score) of a site ahead.
    let score = |&(x, y): &(f32, f32)| {
        let (dx, dy) = (x - from.0, y - from.1);
        let (ahead, aside) = match direction {
            Direction::Right => (dx, dy.abs()),
            Direction::Left => (-dx, dy.abs()),
            Direction::Down => (dy, dx.abs()),
            Direction::Up => (-dy, dx.abs()),
        };
        (ahead > 0.01).then(|| (aside > 2.0 * ahead, ahead + 2.0 * aside))
    };
    sites
        .iter()
        .enumerate()
        .filter_map(|(i, site)| score(site).map(|s| (i, s)))
        .min_by(|(_, a), (_, b)| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)))
        .map(|(i, _)| i)
}

/// A label to place: the anchor point and its text's width in ems ([`text_ems`]).
pub struct LabelRequest {
    pub x: f32,
    pub y: f32,
    pub ems: f32,
}

impl LabelRequest {
    /// A point's code beside its marker on `view` (its screen-rightmost site).
    pub fn code(point: &Point, view: View) -> LabelRequest {
        let (x, y) = label_anchor(point.positions_on(view));
        LabelRequest { x, y, ems: text_ems(point.code) }
    }
}

/// About how wide `text` is, in ems of a sans-serif font: a capital or a digit 0.62, a
/// lower-case letter 0.6, a space 0.32, a hanzi 1. Words in lower case come out a little wide
/// even in DejaVu Sans, one of the widest; codes in bold capitals a little narrow (the code
/// labels have always been placed so).
pub fn text_ems(text: &str) -> f32 {
    text.chars()
        .map(|c| match c {
            ' ' => 0.32,
            'a'..='z' => 0.6,
            _ if c.is_ascii() => 0.62,
            _ => 1.0,
        })
        .sum()
}

/// Which labels to show: in order of importance, each label on the side `right` gives it
/// (`true`: right of its marker) that does not overlap one already placed or another point's
/// marker. Sizes are in screen pixels (`unit`: one of them in figure units), so that the zoom
/// decides how far apart points must be for their labels to show. With `first_shown` the first
/// label shows whatever it covers.
fn place_on_sides(requests: &[LabelRequest], right: &[bool], unit: f32, font_px: f32, marker_px: f32, first_shown: bool) -> Vec<bool> {
    let boxes: Vec<Rect> = requests.iter().zip(right).map(|(r, &right)| label_box(r, unit, font_px, marker_px, right)).collect();
    let markers: Vec<Rect> = requests.iter().map(|r| marker_box(r, unit, marker_px)).collect();
    let mut shown = vec![false; requests.len()];
    for i in 0..requests.len() {
        let clear_of_labels = (0..i).filter(|&j| shown[j]).all(|j| !overlaps(&boxes[i], &boxes[j]));
        let clear_of_markers = markers.iter().enumerate().all(|(j, m)| j == i || !overlaps(&boxes[i], m));
        shown[i] = (i == 0 && first_shown) || clear_of_labels && clear_of_markers;
    }
    shown
}

/// Which side of its marker each label goes when every label must show (on paper, where
/// nothing can be zoomed): the right (`true`), or the left where the right would cover a label
/// already placed or another marker and the left would not. Sizes are in figure units.
pub fn label_sides(requests: &[LabelRequest], font_px: f32, marker_px: f32) -> Vec<bool> {
    let markers: Vec<Rect> = requests.iter().map(|r| marker_box(r, 1.0, marker_px)).collect();
    let mut placed: Vec<Rect> = Vec::new();
    requests
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let clear = |b: &Rect| placed.iter().all(|p| !overlaps(b, p)) && markers.iter().enumerate().all(|(j, m)| j == i || !overlaps(b, m));
            let (right, left) = (label_box(r, 1.0, font_px, marker_px, true), label_box(r, 1.0, font_px, marker_px, false));
            let side = clear(&right) || !clear(&left);
            placed.push(if side { right } else { left });
            side
        })
        .collect()
}

/// A rectangle: left, top, right, bottom.
pub type Rect = (f32, f32, f32, f32);

/// What a map already shows where names are to be written ([`Viewport::place_names`]), in
/// figure units: marks, and text, which a name must cover least.
#[derive(Default)]
pub struct Taken {
    pub marks: Vec<Rect>,
    pub texts: Vec<Rect>,
}

impl Taken {
    /// Whether a mark or a text taken lies over any of `r`.
    pub fn covers(&self, r: &Rect) -> bool {
        self.marks.iter().chain(&self.texts).any(|t| overlaps(t, r))
    }
}

/// How much of `a` covers `b`: the area they share.
fn overlap(a: &Rect, b: &Rect) -> f32 {
    (a.2.min(b.2) - a.0.max(b.0)).max(0.0) * (a.3.min(b.3) - a.1.max(b.1)).max(0.0)
}

/// Where a name is written beside its mark ([`Viewport::place_names`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
    Below,
    Above,
    /// A line further down or up: clear of what lies next to the mark (another point's code).
    FarBelow,
    FarAbove,
}

impl Side {
    /// In the order they are tried: beside the mark, as text reads, before under or over it.
    pub const ALL: [Side; 6] = [Side::Right, Side::Left, Side::Below, Side::Above, Side::FarBelow, Side::FarAbove];
}

/// Where a name's text lies on `side` of its mark: beside it as [`label_box`], or centred
/// under or over it as far from it (clear of a neighbour's name beside its mark), or a line
/// further.
fn name_box(r: &LabelRequest, unit: f32, font_px: f32, marker_px: f32, side: Side) -> Rect {
    let (half, height, gap) = (r.ems * font_px * unit / 2.0, font_px * unit, (marker_px + 2.0) * unit);
    let top = match side {
        Side::Right | Side::Left => return label_box(r, unit, font_px, marker_px, side == Side::Right),
        Side::Below => r.y + gap,
        Side::Above => r.y - gap - height,
        Side::FarBelow => r.y + gap + height,
        Side::FarAbove => r.y - gap - 2.0 * height,
    };
    (r.x - half, top, r.x + half, top + height)
}

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Where a label's text lies, right or left of its marker, `unit` figure units to a pixel.
fn label_box(r: &LabelRequest, unit: f32, font_px: f32, marker_px: f32, right: bool) -> Rect {
    let width = r.ems * font_px * unit;
    let height = font_px * unit;
    let gap = (marker_px + 2.0) * unit;
    let left = if right { r.x + gap } else { r.x - gap - width };
    (left, r.y - height / 2.0, left + width, r.y + height / 2.0)
}

fn marker_box(r: &LabelRequest, unit: f32, marker_px: f32) -> Rect {
    let half = marker_px * unit;
    (r.x - half, r.y - half, r.x + half, r.y + half)
}

/// Marker radius and label size on screen, in pixels (see [`Viewport::mark_scale`]).
pub const MARKER_PX: f32 = 6.0;
pub const LABEL_PX: f32 = 10.0;
/// A code as drawn, in bold: a fifth wider and higher than the labels reckon with among
/// themselves, for names kept clear of it.
pub const CODE_DRAWN_PX: f32 = LABEL_PX * 1.2;
/// The selected point's ring with its stroke (`.point.selected .ring`), and a pixel of air.
const SELECTED_PX: f32 = 10.0;
/// A marker's hit circle where nothing is near: 18 px across, for a finger.
const HIT_PX: f32 = 9.0;
/// The least a hit circle shrinks to among crowded markers: the ring (5.5) with its stroke.
const RING_HIT_PX: f32 = 7.0;

/// The hit circle of each site of `points` on `view` (the markers shown), in their order, in
/// screen pixels at `mark_scale` ([`Viewport::mark_scale`]): [`HIT_PX`], or where another site
/// is nearer on screen than twice that, half the way to the nearest, so that no hit circle
/// reaches over another marker's centre; never smaller than the ring ([`RING_HIT_PX`]), where
/// the rings themselves touch. As text for the circles' `r`. (They are where the pointer shows
/// a marker under it; a click goes to the nearest marker in reach: [`within_reach`].)
pub fn hit_radii(points: &[&'static Point], view: View, mark_scale: f32) -> Vec<String> {
    let sites: Vec<(f32, f32)> = points.iter().flat_map(|p| p.positions_on(view).iter().copied()).collect();
    radii_of(&sites, mark_scale)
}

fn radii_of(sites: &[(f32, f32)], mark_scale: f32) -> Vec<String> {
    // Units a screen pixel; sites further apart than this never shrink each other's circle.
    let unit = 1.0 / mark_scale.max(0.01);
    let reach = 2.0 * HIT_PX * unit;
    sites
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut nearest = reach;
            for (j, b) in sites.iter().enumerate() {
                let (dx, dy) = ((a.0 - b.0).abs(), (a.1 - b.1).abs());
                if j != i && dx < nearest && dy < nearest {
                    nearest = nearest.min((dx * dx + dy * dy).sqrt());
                }
            }
            // (Not `clamp`, whose check of its bounds brings a panic's message to the first path.)
            decimal((nearest / unit / 2.0).max(RING_HIT_PX).min(HIT_PX), 1)
        })
        .collect()
}

/// How far from a fingertip's tap a marker may be and still be what the finger meant, in
/// screen pixels: about a ring and a half (a finger covers a marker and its neighbours).
const REACH_PX: f32 = 14.0;
/// How much further from a mouse's or a pen's click than the nearest marker another may be and
/// still be as likely what it meant, in screen pixels: markers drawn on one another.
const TIE_PX: f32 = 2.0;
/// The most points offered for one tap (nearest first).
const CHOICES_MAX: usize = 6;

/// The points of `points` (the markers shown on `view`) that a click or a tap at `at` may have
/// meant, nearest first, each once, at most [`CHOICES_MAX`], at `units_per_px` figure units a
/// screen pixel: a finger's tap, those with a site within [`REACH_PX`]; a mouse's or a pen's
/// click, the nearest within a hit circle's reach ([`HIT_PX`]) and those no more than
/// [`TIE_PX`] further. The map takes the only one, whatever marker is drawn over it, and asks
/// which of several (`ui/body_map.rs`).
pub fn within_reach(points: &[&'static Point], view: View, at: (f32, f32), units_per_px: f32, by_finger: bool) -> Vec<&'static Point> {
    let reach = units_per_px * if by_finger { REACH_PX } else { HIT_PX };
    let mut near: Vec<(f32, &'static Point)> = points
        .iter()
        .filter_map(|p| {
            let d = p.positions_on(view).iter().map(|&site| distance(site, at)).fold(f32::INFINITY, f32::min);
            (d <= reach).then_some((d, *p))
        })
        .collect();
    // (Distances are never negative, so their bits order as they do; `small_sort` for its size.)
    crate::small_sort::sort_by_key(&mut near, |(d, _)| d.to_bits());
    let ties = near.first().map_or(0.0, |(d, _)| d + TIE_PX * units_per_px);
    near.into_iter().filter(|(d, _)| by_finger || *d <= ties).take(CHOICES_MAX).map(|(_, p)| p).collect()
}

/// The codes labelled on the map (`labels`), of the points drawn on `view` (`points`, in list
/// order), each with its side (`true`: written rightward of its marker; leftward where
/// rightward it would leave the map, see [`Viewport::shows_label_right`]): by default those
/// whose label fits in `viewport`, the selected point first (shown whatever it covers, the
/// map drawing it over the markers; leftward where only that side is clear of them, see
/// [`Viewport::place_labels_first_shown`]), then list order. In study mode none: the reader
/// names the points.
pub fn labelled(points: &[&'static Point], view: View, selected: Option<&'static Point>, viewport: &Viewport, mode: Mode, labels: Labels) -> Vec<(&'static str, bool)> {
    if mode == Mode::Study || labels == Labels::None {
        return Vec::new();
    }
    // The selected point first (it gets its label before any other).
    let mut points = points.to_vec();
    let at = points.iter().position(|p| Some(*p) == selected);
    if let Some(at) = at {
        points[..=at].rotate_right(1);
    }
    let requests: Vec<LabelRequest> = points.iter().map(|p| LabelRequest::code(p, view)).collect();
    let shown = match (labels, at) {
        (Labels::All, _) => viewport.every_label(&requests, LABEL_PX, MARKER_PX),
        (_, Some(_)) => {
            let sites: Vec<(f32, f32)> = points.iter().flat_map(|p| p.positions_on(view)).copied().collect();
            viewport.place_labels_first_shown(&requests, &sites, LABEL_PX, MARKER_PX)
        }
        (_, None) => viewport.place_labels(&requests, LABEL_PX, MARKER_PX),
    };
    points.iter().zip(shown).filter_map(|(p, side)| Some((p.code, side?))).collect()
}

/// The side of `code`'s label in [`labelled`]'s answer: `None` for a point not labelled.
pub fn label_side(labelled: &[(&str, bool)], code: &str) -> Option<bool> {
    labelled.iter().find(|(c, _)| *c == code).map(|&(_, right)| right)
}

/// Where a point's label goes: beside its screen-rightmost position.
pub fn label_anchor(positions: &[(f32, f32)]) -> (f32, f32) {
    positions.iter().copied().fold((f32::MIN, 0.0), |best, p| if p.0 > best.0 { p } else { best })
}

/// An SVG `transform` that moves to `at` and scales by `scale` (keeping a mark's size on
/// screen at any zoom).
pub fn translate_scale(at: (f32, f32), scale: f32) -> String {
    format!("translate({} {}) scale({})", decimal(at.0, 1), decimal(at.1, 1), decimal(scale, 4))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_paper_a_label_that_would_cover_another_goes_left() {
        let at = |x: f32, y: f32| LabelRequest { x, y, ems: 2.48 };
        // Two points side by side: the first label on the right covers the second marker, so it
        // goes left; the second's right is clear. A point alone keeps the right.
        assert_eq!(label_sides(&[at(100.0, 100.0), at(120.0, 100.0), at(300.0, 300.0)], 11.0, 4.0), [false, true, true]);
        // Hemmed in on both sides, a label keeps the right.
        assert!(label_sides(&[at(100.0, 100.0), at(70.0, 100.0), at(130.0, 100.0)], 11.0, 4.0)[0]);
    }

    #[test]
    fn names_go_beside_under_or_over_their_marks_clear_of_what_the_map_shows() {
        let v = Viewport::default();
        let name = |x: f32, y: f32| LabelRequest { x, y, ems: 5.0 };
        // (The layers index their baselines by a side's place in `Side::ALL`.)
        assert!(Side::ALL.iter().enumerate().all(|(i, side)| *side as usize == i));
        let place = |v: &Viewport, requests: &[LabelRequest], taken: &Taken, every: bool| -> Vec<Option<Side>> {
            v.place_names(requests, taken, every, 9.0, 3.0).into_iter().map(|p| p.map(|(side, _)| side)).collect()
        };
        let sides = |requests: &[LabelRequest], texts: &[Rect], every: bool| place(&v, requests, &Taken { marks: Vec::new(), texts: texts.to_vec() }, every);
        // Alone, a name is written rightward.
        assert_eq!(sides(&[name(100.0, 100.0)], &[], true), [Some(Side::Right)]);
        // A point's code label on its right: leftward. Its right and left taken: under it.
        let right_of = v.around((130.0, 100.0), 3.0);
        let left_of = v.around((70.0, 100.0), 3.0);
        assert_eq!(sides(&[name(100.0, 100.0)], &[right_of], true), [Some(Side::Left)]);
        assert_eq!(sides(&[name(100.0, 100.0)], &[right_of, left_of], true), [Some(Side::Below)]);
        // All four taken (a point's code just over the mark, another under it): a line further.
        let (just_under, just_over) = ((60.0, 104.0, 140.0, 114.0), (60.0, 86.0, 140.0, 96.0));
        assert_eq!(sides(&[name(100.0, 100.0)], &[right_of, left_of, just_under, just_over], true), [Some(Side::FarBelow)]);
        // Two names at one level: the second leaves the first's place to it and goes left; a
        // third between them, under.
        let three = [name(100.0, 100.0), name(90.0, 100.0), name(95.0, 100.0)];
        assert_eq!(sides(&three, &[], true), [Some(Side::Right), Some(Side::Left), Some(Side::Below)]);
        // At the figure's right edge, the name that would leave the map goes left.
        assert_eq!(sides(&[name(WIDTH - 5.0, 100.0)], &[], true), [Some(Side::Left)]);
        // With nowhere clear, a name that must show goes where it covers least; one that may
        // wait for the zoom is left out.
        let (above_right, everywhere) = ((100.0, 60.0, 200.0, 99.0), (0.0, 0.0, WIDTH, HEIGHT));
        assert_eq!(sides(&[name(100.0, 100.0)], &[above_right, left_of, (60.0, 101.0, 140.0, 120.0)], true), [Some(Side::Left)]);
        assert_eq!(sides(&[name(WIDTH - 5.0, 100.0)], &[everywhere], true), [Some(Side::Left)]);
        assert_eq!(sides(&[name(100.0, 100.0)], &[everywhere], false), [None]);
        // One that may wait goes under one point's marker at most, over no text: here, with
        // text above and below, under the marker on its right rather than the two on its left;
        // with a second marker on the right too, nowhere.
        let marked = |at: &[(f32, f32)]| Taken {
            marks: at.iter().map(|&p| v.around(p, MARKER_PX)).collect(),
            texts: vec![(60.0, 105.0, 140.0, 125.0), (60.0, 75.0, 140.0, 95.0)],
        };
        assert_eq!(place(&v, &[name(100.0, 100.0)], &marked(&[(120.0, 100.0), (80.0, 100.0), (60.0, 100.0)]), false), [Some(Side::Right)]);
        assert_eq!(place(&v, &[name(100.0, 100.0)], &marked(&[(120.0, 100.0), (135.0, 100.0), (80.0, 100.0), (60.0, 100.0)]), false), [None]);
        // Covering text counts four times covering a mark: a name goes over a mark rather than
        // over text half its size.
        let (under, over) = ((60.0, 104.0, 140.0, 120.0), (60.0, 80.0, 140.0, 96.0));
        let taken = Taken { marks: vec![(105.0, 95.0, 150.0, 105.0)], texts: vec![(50.0, 95.5, 72.5, 104.5), under, over] };
        assert_eq!(place(&v, &[name(100.0, 100.0)], &taken, true), [Some(Side::Right)]);
        // Two names a line apart: the second must go elsewhere, until one zooms in (sizes are
        // screen pixels).
        let zoomed = v.zoom_at(4.0, (100.0, 100.0));
        let two = [name(100.0, 100.0), name(100.0, 108.0)];
        assert_eq!(place(&v, &two, &Taken::default(), false), [Some(Side::Right), Some(Side::Left)]);
        assert_eq!(place(&zoomed, &two, &Taken::default(), false), [Some(Side::Right), Some(Side::Right)]);
    }

    #[test]
    fn points_take_their_markers_and_their_labels() {
        let (Some(gb30), Some(bl40)) = (crate::catalog::point("GB30"), crate::catalog::point("BL40")) else { panic!("GB30 and BL40 are in the catalog") };
        let v = Viewport::default();
        let taken = v.taken_by(&[gb30, bl40], View::Back, Some(gb30), &[("GB30", true)]);
        // Two sites each, and GB30's label.
        assert_eq!((taken.marks.len(), taken.texts.len()), (4, 1));
        let size = |r: &Rect| (r.2 - r.0, r.3 - r.1);
        assert_eq!(size(&taken.marks[0]), (2.0 * SELECTED_PX, 2.0 * SELECTED_PX));
        assert_eq!(size(&taken.marks[3]), (2.0 * MARKER_PX, 2.0 * MARKER_PX));
        let (x, y) = label_anchor(gb30.positions_on(View::Back));
        let label = taken.texts[0];
        assert!(label.0 > x && label.1 < y && label.3 > y, "GB30's label {label:?} is right of its site {x},{y}");
    }

    #[test]
    fn marks_keep_their_size_in_screen_pixels_on_a_small_map() {
        let on = |screen: (f32, f32)| Viewport { screen, ..Viewport::default() };
        // Not measured yet, hidden, or a unit a pixel and more: the marks are a unit a pixel.
        for screen in [(0.0, 0.0), (300.0, 0.0), (360.0, 840.0), (1000.0, 2000.0)] {
            assert_eq!(on(screen).mark_scale(), 1.0, "{screen:?}");
        }
        // A phone upright (the figure 80% of the screen's height) and on its side: the figure
        // fits the smaller of its two ratios, and a marker is its size on screen in either.
        let upright = on((298.0, 675.0));
        assert!((upright.mark_scale() - 675.0 / HEIGHT).abs() < 1e-6);
        let side = on((362.0, 312.0));
        assert!((side.mark_scale() - 312.0 / HEIGHT).abs() < 1e-6);
        let across = |v: &Viewport| (v.around((100.0, 100.0), MARKER_PX).2 - v.around((100.0, 100.0), MARKER_PX).0) * v.mark_scale();
        assert!((across(&side) - 2.0 * MARKER_PX).abs() < 1e-3);
        // Zoomed in, the zoom times the fit; back to the whole figure, or on another view's, the
        // map is on the same screen.
        let zoomed = side.zoom_at(2.0, (180.0, 420.0));
        assert!((zoomed.mark_scale() - 2.0 * 312.0 / HEIGHT).abs() < 1e-6);
        assert_eq!(zoomed.whole_of(WIDTH, HEIGHT), side);
        assert_eq!(zoomed.whole_of(300.0, 440.0).screen, side.screen);
        // Two codes a marker apart at a unit a pixel show both; on the phone on its side, where
        // they are 2.7 times nearer on screen, only the first.
        let two = [LabelRequest { x: 100.0, y: 100.0, ems: 2.0 }, LabelRequest { x: 100.0, y: 116.0, ems: 2.0 }];
        assert_eq!(Viewport::default().place_labels(&two, LABEL_PX, MARKER_PX), [Some(true), Some(true)]);
        assert_eq!(side.place_labels(&two, LABEL_PX, MARKER_PX), [Some(true), None]);
    }

    #[test]
    fn a_hit_circle_reaches_halfway_to_the_nearest_marker_at_most() {
        // Alone, and 18 px from the nearest or further: 9 px. Nearer: half the way (CV12 and
        // CV13, 10 units apart, at 0.86 px a unit: 4.3 px), never under the ring's 7.
        assert_eq!(radii_of(&[(100.0, 100.0)], 1.0), ["9"]);
        assert_eq!(radii_of(&[(100.0, 100.0), (100.0, 118.0), (300.0, 300.0)], 1.0), ["9", "9", "9"]);
        assert_eq!(radii_of(&[(100.0, 100.0), (116.0, 100.0), (300.0, 300.0)], 1.0), ["8", "8", "9"]);
        assert_eq!(radii_of(&[(100.0, 100.0), (100.0, 110.0)], 0.857), ["7", "7"]);
        // Zoomed in twice, the same two have room again; the nearest of several decides.
        assert_eq!(radii_of(&[(100.0, 100.0), (100.0, 110.0)], 2.0), ["9", "9"]);
        assert_eq!(radii_of(&[(100.0, 100.0), (100.0, 116.0), (91.0, 100.0)], 1.0), ["7", "8", "7"]);
    }

    #[test]
    fn a_click_or_a_tap_means_the_markers_within_its_reach_nearest_first_each_once() {
        let all: Vec<&'static Point> = crate::catalog::POINTS.iter().collect();
        let site = |code: &str, i: usize| crate::catalog::point(code).map(|p| p.positions_on(View::Front)[i]).unwrap_or_default();
        let nearest_site = |p: &Point, at: (f32, f32)| p.positions_on(View::Front).iter().map(|&site| distance(site, at)).fold(f32::INFINITY, f32::min);
        let codes = |near: &[&'static Point]| near.iter().map(|p| p.code).collect::<Vec<_>>();
        // On a marker, with no reach to speak of (a map zoomed far in): that marker alone.
        let cv12 = site("CV12", 0);
        assert_eq!(codes(&within_reach(&all, View::Front, cv12, 0.05, true)), ["CV12"]);
        // A finger's reach on the crowded belly (14 px, at a unit a pixel): CV12 first, its
        // neighbours by distance, and no more than six.
        let near = within_reach(&all, View::Front, cv12, 1.0, true);
        assert_eq!(near.first().map(|p| p.code), Some("CV12"));
        assert!(near.len() > 2 && near.len() <= CHOICES_MAX, "{:?}", codes(&near));
        assert!(codes(&near).contains(&"CV13"), "{:?}", codes(&near));
        let d: Vec<f32> = near.iter().map(|p| nearest_site(p, cv12)).collect();
        assert!(d.windows(2).all(|w| w[0] <= w[1]) && d.iter().all(|&d| d <= 14.0), "{d:?}");
        // A mouse's click on CV12 means CV12; between it and CV13 (10 units apart), both; 9.5 px
        // off (zoomed in, ten pixels a unit), nothing.
        assert_eq!(codes(&within_reach(&all, View::Front, cv12, 1.0, false)), ["CV12"]);
        let cv13 = site("CV13", 0);
        let between = ((cv12.0 + cv13.0) / 2.0, (cv12.1 + cv13.1) / 2.0);
        let both = codes(&within_reach(&all, View::Front, between, 1.0, false));
        assert!(both.len() == 2 && both.contains(&"CV12") && both.contains(&"CV13"), "{both:?}");
        assert!(within_reach(&all, View::Front, (cv12.0 + 0.95, cv12.1), 0.1, false).is_empty());
        // Markers drawn on one another (KI7 and KI8, one place on the front view): both, for a
        // mouse too.
        let ki = codes(&within_reach(&all, View::Front, site("KI8", 0), 1.0, false));
        assert!(ki.len() >= 2 && ki.contains(&"KI8") && ki.contains(&"KI7"), "{ki:?}");
        // A point on both sides counts once; only the points given (the markers shown) count.
        let lu1 = (site("LU1", 0), site("LU1", 1));
        let both = distance(lu1.0, lu1.1);
        let lu = within_reach(&all, View::Front, lu1.0, (both + 1.0) / 14.0, true);
        assert_eq!(lu.iter().filter(|p| p.code == "LU1").count(), 1);
        let without: Vec<&'static Point> = all.iter().copied().filter(|p| p.code != "CV13").collect();
        assert!(!codes(&within_reach(&without, View::Front, cv12, 1.0, true)).contains(&"CV13"));
        // A point not drawn on the view is never within reach of a tap on it.
        assert!(within_reach(&all, View::Back, cv12, 1.0, true).iter().all(|p| p.is_drawn_on(View::Back)));
    }

    #[test]
    fn the_default_shows_the_whole_figure() {
        assert_eq!(Viewport::default().view_box(), format!("0 0 {WIDTH} {HEIGHT}"));
    }

    #[test]
    fn zooming_keeps_the_point_under_the_pointer() {
        let v = Viewport::default().zoom_at(2.0, (180.0, 300.0));
        assert_eq!(v.scale, 2.0);
        // (180, 300) was at fraction (0.5, 300/840) of the box, and still is.
        let (x, y) = v.point_at(0.5, 300.0 / HEIGHT);
        assert!((x - 180.0).abs() < 0.01 && (y - 300.0).abs() < 0.01, "{x},{y}");
    }

    #[test]
    fn zoom_and_pan_stay_within_limits() {
        let v = Viewport::default().zoom_at(100.0, (0.0, 0.0));
        assert_eq!(v.scale, MAX_SCALE);
        assert!(v.cx >= v.width() / 2.0 && v.cy >= v.height() / 2.0);
        let out = Viewport::default().zoom_at(0.1, (0.0, 0.0));
        assert_eq!(out, Viewport::default());
        let panned = Viewport::default().zoom_at(2.0, (180.0, 420.0)).pan(10_000.0, -10_000.0);
        assert!((panned.cx - (WIDTH - panned.width() / 2.0)).abs() < 0.01);
        let hand = Viewport::whole(300.0, 440.0).zoom_at(2.0, (0.0, 440.0));
        assert_eq!(hand.view_box(), "0 220 150 220");
        assert!((panned.cy - panned.height() / 2.0).abs() < 0.01);
        assert_eq!(Viewport::default().pan(f32::NAN, 1.0), Viewport::default());
        assert_eq!(Viewport::default().zoom_at(f32::INFINITY, (1.0, 1.0)), Viewport::default());
    }

    #[test]
    fn the_arrow_keys_go_to_the_site_most_nearly_in_line() {
        let sites = [(100.0, 100.0), (150.0, 102.0), (130.0, 160.0), (60.0, 90.0), (100.0, 40.0)];
        let from = (100.0, 100.0);
        assert_eq!(nearest_in_direction(from, &sites, Direction::Right), Some(1));
        assert_eq!(nearest_in_direction(from, &sites, Direction::Left), Some(3));
        assert_eq!(nearest_in_direction(from, &sites, Direction::Down), Some(2));
        assert_eq!(nearest_in_direction(from, &sites, Direction::Up), Some(4));
        // Nothing further right of the rightmost site.
        assert_eq!(nearest_in_direction((150.0, 102.0), &sites, Direction::Right), None);
        // In line but far beats near but off to the side.
        assert_eq!(nearest_in_direction((0.0, 0.0), &[(10.0, 9.0), (25.0, 0.0)], Direction::Right), Some(1));
        // Nearly level is not "down" while something is below; it is when nothing else is.
        assert_eq!(nearest_in_direction((0.0, 0.0), &[(50.0, 2.0), (30.0, 60.0)], Direction::Down), Some(1));
        assert_eq!(nearest_in_direction((0.0, 0.0), &[(50.0, 2.0)], Direction::Down), Some(0));
        assert_eq!(Direction::of_key("ArrowUp"), Some(Direction::Up));
        assert_eq!(Direction::of_key("Tab"), None);
    }

    #[test]
    fn the_labels_follow_the_mode_and_the_labels_attribute_the_selected_point_first() {
        let points: Vec<&'static Point> = ["ST36", "LI4", "CV12"].iter().filter_map(|c| crate::catalog::point(c)).collect();
        assert_eq!(points.len(), 3);
        let cv12 = Some(points[2]);
        let front = |selected, mode, labels| -> Vec<&str> {
            labelled(&points, View::Front, selected, &Viewport::default(), mode, labels).into_iter().map(|(code, _)| code).collect()
        };
        assert_eq!(front(None, Mode::Practitioner, Labels::Auto), ["ST36", "LI4", "CV12"]);
        assert_eq!(front(cv12, Mode::Patient, Labels::Auto), ["CV12", "ST36", "LI4"]);
        assert_eq!(front(cv12, Mode::Practitioner, Labels::All), ["CV12", "ST36", "LI4"]);
        assert!(front(cv12, Mode::Practitioner, Labels::None).is_empty());
        assert!(front(cv12, Mode::Study, Labels::All).is_empty());
    }

    #[test]
    fn the_selected_point_keeps_its_label_among_crowded_markers() {
        // LU1 on the front at the whole figure's zoom: its code would cover a neighbour's
        // marker, which hides any other point's code, but the reader chose this one.
        let front: Vec<&'static Point> = crate::catalog::POINTS.iter().filter(|p| !p.positions_on(View::Front).is_empty()).collect();
        let lu1 = crate::catalog::point("LU1");
        let whole = Viewport::default();
        let codes = |selected| labelled(&front, View::Front, selected, &whole, Mode::Practitioner, Labels::Auto);
        assert!(!codes(None).iter().any(|(c, _)| *c == "LU1"), "LU1 is crowded at this zoom");
        let chosen = codes(lu1);
        assert_eq!(chosen.first().map(|(c, _)| *c), Some("LU1"));
        // Every other code shown keeps clear of it.
        let request = |code: &str| LabelRequest::code(crate::catalog::point(code).unwrap(), View::Front);
        let unit = whole.unit();
        let boxes: Vec<Rect> = chosen.iter().map(|(c, right)| label_box(&request(c), unit, LABEL_PX, MARKER_PX, *right)).collect();
        assert!(boxes[1..].iter().all(|b| !overlaps(b, &boxes[0])));
        // Over a neighbour's marker it is written where any code is (rightward, on screen),
        // and the neighbour's code, which it would cover, gives way.
        let pair = [LabelRequest { x: 100.0, y: 100.0, ems: 2.0 }, LabelRequest { x: 115.0, y: 100.0, ems: 2.0 }];
        assert_eq!(whole.place_labels(&pair, LABEL_PX, MARKER_PX), [None, Some(true)]);
        let sites = [(100.0, 100.0), (115.0, 100.0)];
        assert_eq!(whole.place_labels_first_shown(&pair, &sites, LABEL_PX, MARKER_PX), [Some(false), Some(true)], "the left is clear: both show");
        let between = [LabelRequest { x: 100.0, y: 100.0, ems: 2.0 }, LabelRequest { x: 115.0, y: 100.0, ems: 2.0 }, LabelRequest { x: 85.0, y: 100.0, ems: 2.0 }];
        let sites = [(100.0, 100.0), (115.0, 100.0), (85.0, 100.0)];
        assert_eq!(whole.place_labels_first_shown(&between, &sites, LABEL_PX, MARKER_PX), [Some(true), None, None], "both sides crowded: rightward");
    }

    #[test]
    fn the_selected_code_goes_leftward_where_only_the_left_is_clear_of_every_marker() {
        let whole = Viewport::default();
        let (mut leftward, mut rightward) = (Vec::new(), 0);
        for view in [View::Front, View::Back, View::Side] {
            let on_view: Vec<&'static Point> = crate::catalog::POINTS.iter().filter(|p| !p.positions_on(view).is_empty()).collect();
            // Every marker's site on the view, both of a point on both sides of the body.
            let markers: Vec<Rect> = on_view.iter().flat_map(|p| p.positions_on(view)).map(|&at| whole.around(at, MARKER_PX)).collect();
            for &point in &on_view {
                let chosen = labelled(&on_view, view, Some(point), &whole, Mode::Practitioner, Labels::Auto);
                let (code, right) = chosen[0];
                assert_eq!(code, point.code);
                let request = LabelRequest::code(point, view);
                let anchor = whole.around((request.x, request.y), MARKER_PX);
                let covered = |right| {
                    let b = label_box(&request, whole.unit(), LABEL_PX, MARKER_PX, right);
                    markers.iter().filter(|m| **m != anchor).any(|m| overlaps(&b, m))
                };
                let left_off_screen = label_box(&request, whole.unit(), LABEL_PX, MARKER_PX, false).0 < whole.cx - whole.width() / 2.0;
                if right {
                    rightward += 1;
                    // Rightward: it covers no marker there, or leftward it would cover one too or
                    // leave the map.
                    assert!(!covered(true) || covered(false) || left_off_screen, "{code} on {view:?}");
                } else if whole.shows_label_right(&request, LABEL_PX, MARKER_PX) {
                    // (Not a code leftward because rightward it would leave the map.)
                    leftward.push(code);
                    assert!(covered(true) && !covered(false), "{code} on {view:?}");
                }
            }
        }
        // SP5 and LR6 on the front, their left between the legs, and SI3 on the back, clear of
        // the hand.
        assert!(["SP5", "LR6", "SI3"].iter().all(|c| leftward.contains(c)), "{leftward:?}");
        assert!(rightward > leftward.len() * 4, "{rightward} rightward, {} leftward", leftward.len());
    }

    #[test]
    fn crowded_labels_hide_until_zoomed_in() {
        let requests = [
            LabelRequest { x: 100.0, y: 100.0, ems: 2.48 },
            LabelRequest { x: 100.0, y: 106.0, ems: 2.48 },
            LabelRequest { x: 200.0, y: 300.0, ems: 2.48 },
        ];
        let whole = Viewport::default();
        assert_eq!(whole.place_labels(&requests, 11.0, 6.0), vec![Some(true), None, Some(true)]);
        let zoomed = whole.zoom_at(4.0, (100.0, 103.0));
        assert_eq!(zoomed.place_labels(&requests, 11.0, 6.0)[..2], [Some(true), Some(true)]);
    }
}
