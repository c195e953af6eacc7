//! Every string the widget shows that is not catalog data, in one place: a second language
//! is another `UiStrings` value, not a rewrite of the components.

pub struct UiStrings {
    pub widget_label: &'static str,
    pub view_tabs_label: &'static str,
    /// The name of each view, as its tab shows it.
    pub view_labels: &'static [(&'static str, &'static str)],
    /// `{view}` is replaced.
    pub closeup_offer: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub zoom_reset: &'static str,
    pub zoom_hint: &'static str,
    pub overlay_toggle: &'static str,
    pub legend_label: &'static str,
    pub filters_label: &'static str,
    pub filter_meridian: &'static str,
    pub filter_region: &'static str,
    pub filter_condition: &'static str,
    pub filter_any: &'static str,
    pub filter_clear: &'static str,
    /// `{cun}` is replaced.
    pub cun_label: &'static str,
    /// Accessible name of the map; `{view}` is replaced by the view's name.
    pub map_label: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub list_label: &'static str,
    /// `{n}` is replaced by the number of points.
    pub list_count: &'static str,
    pub list_empty: &'static str,
    pub card_empty: &'static str,
    pub meridian: &'static str,
    pub region: &'static str,
    pub cautions: &'static str,
    pub location: &'static str,
    pub needling: &'static str,
    /// `{min}`, `{max}` and `{angle}` are replaced.
    pub needling_depth: &'static str,
    pub actions: &'static str,
    pub indications: &'static str,
    pub categories: &'static str,
    pub dry_needling: &'static str,
    pub dry_needling_none: &'static str,
    pub not_on_view: &'static str,
    pub show_on_map: &'static str,
    /// `{code}` and `{attribute}` are replaced.
    pub unknown_code: &'static str,
    /// `{code}` is replaced.
    pub unknown_code_method: &'static str,
    /// `{value}` is replaced.
    pub unknown_theme: &'static str,
    /// `{value}` is replaced.
    pub unknown_view: &'static str,
    pub dismiss: &'static str,
    pub has_cautions: &'static str,
    pub aspect: &'static str,
    pub sources: &'static str,
    pub disclaimer: &'static str,
}

pub static EN: UiStrings = UiStrings {
    widget_label: "Acupuncture point map",
    view_tabs_label: "Body view",
    view_labels: &[
        ("front", "Front"),
        ("back", "Back"),
        ("side", "Side"),
        ("head-front", "Face"),
        ("head-side", "Head, side"),
        ("hand-palm", "Palm"),
        ("hand-back", "Back of hand"),
        ("foot-top", "Top of foot"),
        ("foot-medial", "Inner leg and foot"),
        ("foot-lateral", "Outer leg and foot"),
        ("foot-sole", "Sole"),
    ],
    closeup_offer: "Open the close-up: {view}",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    zoom_reset: "Reset zoom",
    zoom_hint: "Zoom with the buttons, the mouse wheel, a pinch, or + and − ; drag or use the arrow keys to pan; 0 resets.",
    overlay_toggle: "Landmarks and cun scale",
    legend_label: "Meridians on this view",
    filters_label: "Filter points",
    filter_meridian: "Meridian",
    filter_region: "Body region",
    filter_condition: "Condition",
    filter_any: "All",
    filter_clear: "Clear filters",
    cun_label: "{cun} B-cun",
    map_label: "Body map, {view} view. Select a point for its details.",
    search_label: "Search points",
    search_placeholder: "Code, pinyin, 汉字, English or condition",
    list_label: "Points",
    list_count: "{n} points",
    list_empty: "No point matches this search.",
    card_empty: "Select a point on the map or in the list to see where it is, how it is needled and what to be careful of.",
    meridian: "Meridian",
    region: "Region",
    cautions: "Cautions",
    location: "Location",
    needling: "Needling",
    needling_depth: "{min}–{max} cun, {angle}",
    actions: "Actions",
    indications: "Indications",
    categories: "Categories",
    dry_needling: "Dry-needling counterpart",
    dry_needling_none: "No usual dry-needling target at this site.",
    not_on_view: "Not visible on this view",
    show_on_map: "Show on the {view} view",
    unknown_code: "Unknown point code “{code}” in the {attribute} attribute; it was ignored.",
    unknown_code_method: "Unknown point code “{code}” passed to select(); nothing was selected.",
    unknown_theme: "Unknown theme “{value}” in the theme attribute (use light, dark or auto); using light.",
    unknown_view: "Unknown view “{value}” in the view attribute (use front or back); showing the front view.",
    dismiss: "Dismiss",
    has_cautions: "has cautions",
    aspect: "Aspect",
    sources: "Sources",
    disclaimer: "For education. Acupuncture and dry needling should only be performed by a trained, licensed practitioner.",
};

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}

/// The strings in use.
pub fn strings() -> &'static UiStrings {
    &EN
}
