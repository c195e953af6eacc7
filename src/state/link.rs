//! `link`: the widget's view and selected point in the page address's hash (`#acu=BL23,back`,
//! `#acu-<id>=…` when the element has an `id`), read on load and on back and forward, written
//! as the reader moves (a new point is a step in the page's history).

use super::*;

impl WidgetState {
    /// The name of this widget's part of the page address's hash: `acu`, or `acu-<id>`.
    fn link_key(&self) -> String {
        self.host.with_value(|h| h.id()).filter(|id| !id.is_empty()).map_or_else(|| "acu".to_string(), |id| format!("acu-{id}"))
    }

    /// Reads this widget's part of the hash (`link`): `acu=BL23,back` selects BL23 on the back
    /// view. A part that cannot be used is reported like a bad attribute value.
    ///
    /// `back`: the page's history moved (back or forward, or a link to one of the page's own
    /// anchors). Back at the address the page first loaded with, before the reader chose
    /// anything, the view and the point are the element's attributes' again; at another
    /// address without this widget's part (a page's anchor), they stay.
    pub fn read_link(&self, back: bool) {
        if !self.link.get_untracked() {
            return;
        }
        self.forget_notices(ErrorSource::Attribute(Attribute::Link));
        let key = self.link_key();
        let hash = self.host.with_value(|h| h.location_hash());
        if self.link_first.with_value(Option::is_none) {
            self.link_first.set_value(Some(hash.clone()));
            // `#team&acu=BL23,back`: the browser looked for an element of that whole id, and
            // found none, so the page's own anchor is shown here.
            if let Some(anchor) = hash.split('&').find(|part| !part.is_empty() && !part.contains('=')).filter(|_| hash.contains('&')) {
                self.host.with_value(|h| h.show_anchor(&js_decode(anchor)));
            }
        }
        let Some(value) = hash.split('&').find_map(|part| part.strip_prefix(&key).and_then(|rest| rest.strip_prefix('='))) else {
            if back && self.link_first.with_value(|first| first.as_deref() == Some(hash.as_str())) {
                // The view the widget opened on (its `view`, else the one its point brings),
                // set once, then its point, as a step back to a hash of its own would: the
                // page hears of a view only if it changes (not the default view and then the
                // point's), and of the point. (Their bad values were reported on opening.)
                let attribute = |a: Attribute| self.host.with_value(|h| h.attribute(a));
                let point = attribute(Attribute::Selected).and_then(|code| catalog::point_in(&code, self.notation.get_untracked()));
                let given = attribute(Attribute::View).as_deref().and_then(attributes::view);
                self.link_quiet.set(true);
                self.set_view(given.unwrap_or_else(|| point.map_or_else(View::default, |p| p.view_from(View::default()))));
                self.select_or_clear(point);
                self.link_quiet.set(false);
            }
            return;
        };
        let value = js_decode(value);
        let mut fields = value.split(',').map(str::trim);
        let (code, view) = (fields.next().unwrap_or_default(), fields.next());
        let point = (!code.is_empty()).then(|| catalog::point_in(code, self.notation.get_untracked()));
        let view = view.filter(|v| !v.is_empty()).map(attributes::view);
        if point == Some(None) || view == Some(None) || fields.next().is_some() {
            let said = value.clone();
            self.warn(ErrorSource::Attribute(Attribute::Link), &value, move |s| fill(s.bad_link, &[("value", &said)]));
            return;
        }
        self.link_quiet.set(true);
        self.select_or_clear(point.flatten());
        if let Some(Some(view)) = view {
            self.set_view(view);
        }
        self.link_quiet.set(false);
    }

    /// Selects `point` as the page's history brings it (shown, and the page told), or none.
    fn select_or_clear(&self, point: Option<&'static Point>) {
        match point {
            Some(point) => self.show_and_select(point),
            None => self.selected.set(None),
        }
    }

    /// Writes the view and the point to this widget's part of the hash (`link`): a new point
    /// is a step in the page's history (`push`), a new view is written in place.
    pub(super) fn write_link(&self, push: bool) {
        if !self.link.get_untracked() || self.link_quiet.get_untracked() {
            return;
        }
        let key = self.link_key();
        let code = self.selected.get_untracked().map_or("", |p| p.code);
        let ours = format!("{key}={code},{}", self.view.get_untracked().key());
        let hash = self.host.with_value(|h| h.location_hash());
        let mut parts: Vec<String> = hash.split('&').filter(|p| !p.is_empty() && !p.starts_with(&format!("{key}="))).map(str::to_string).collect();
        parts.push(ours);
        let new = parts.join("&");
        if new != hash {
            self.host.with_value(|h| h.set_location_hash(&new, push));
        }
    }
}

/// `%XX` escapes decoded (a hash typed or pasted by hand may hold them); anything else as it is.
fn js_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
