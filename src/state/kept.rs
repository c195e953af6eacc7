//! What the reader did, kept while the element is out of the page: a site's tabs, a framework
//! that keeps a page's nodes while another shows, or a script that moves the widget after a
//! pause, take it out and put it back later, and it comes back as the reader left it (the
//! point, the view, the search, the filters and the host's shortlist chosen), not as its
//! attributes opened it. Kept as
//! strings (`src/element/widget.rs`), in a JS array element.js holds, freed with the element.

use super::*;

/// Where each is kept: the point's code (WHO notation, empty for none), the view's key,
/// whether the page heard of the point (`acu-select`: not if it was chosen while the map was
/// painted, whose event the live widget fires), the search, the meridian and the region
/// filters' keys, the conditions' keys a comma apart, and the host's shortlist chosen (its
/// index; empty for "All points"; none kept by a painted widget, which leaves the content's).
pub const POINT: usize = 0;
pub const VIEW: usize = 1;
const HEARD: usize = 2;
const QUERY: usize = 3;
const MERIDIAN: usize = 4;
const REGION: usize = 5;
const CONDITIONS: usize = 6;
const SHORTLIST: usize = 7;

/// The kept point and view, from the strings at [`POINT`] and [`VIEW`] (the painted map shows
/// them until the live widget is in); `None` for a view that is none.
pub fn place(code: &str, view: &str) -> Option<(Option<&'static Point>, View)> {
    Some((catalog::point(code), attributes::view(view)?))
}

impl WidgetState {
    /// What the reader did, to be kept while the element is out of the page.
    pub fn kept(&self) -> Vec<String> {
        let mut kept = vec![String::new(); SHORTLIST + 1];
        kept[POINT] = self.selected.get_untracked().map_or("", |p| p.code).to_string();
        kept[VIEW] = self.view.get_untracked().key().to_string();
        kept[HEARD] = "1".to_string();
        kept[QUERY] = self.query.get_untracked();
        kept[MERIDIAN] = self.meridian.get_untracked().unwrap_or_default().to_string();
        kept[REGION] = self.region.get_untracked().unwrap_or_default().to_string();
        kept[CONDITIONS] = self.conditions.get_untracked().join(",");
        kept[SHORTLIST] = self.shortlist.get_untracked().map(|i| i.to_string()).unwrap_or_default();
        kept
    }

    /// Sets the widget up as it was kept (as it opens: its view is no change the page hears
    /// of, nor a point it heard of before). A key the catalog lacks is left out.
    pub fn restore(&self, kept: &[String]) {
        let field = |at: usize| kept.get(at).map_or("", String::as_str);
        let Some((point, view)) = place(field(POINT), field(VIEW)) else { return };
        self.set_view(view);
        match point {
            Some(point) if field(HEARD).is_empty() => self.select_by_user(point),
            point => {
                self.revealed.set(self.mode.get_untracked() != attributes::Mode::Study);
                self.selected.set(point);
            }
        }
        self.query.set(field(QUERY).to_string());
        self.meridian.set(catalog::MERIDIANS.iter().map(|m| m.code).find(|code| *code == field(MERIDIAN)));
        self.region.set(catalog::REGIONS.iter().map(|(key, _)| *key).find(|key| *key == field(REGION)));
        let conditions = field(CONDITIONS).split(',');
        self.conditions.set(conditions.filter_map(|c| catalog::CONDITIONS.iter().map(|(key, _)| *key).find(|key| *key == c)).collect());
        if let Some(shortlist) = kept.get(SHORTLIST) {
            let count = self.content.with_untracked(|c| c.shortlists.len());
            self.shortlist.set(shortlist.parse().ok().filter(|i| *i < count));
        }
    }
}
