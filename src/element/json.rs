//! The host content's JSON, parsed by the browser (`JSON.parse`) and turned into the
//! [`Json`] that [`crate::host_content::read`] reads, so the wasm carries no JSON parser of its
//! own.

use crate::host_content::{self, HostContent, Json, Problem, Unreadable, MAX_DEPTH};
use wasm_bindgen::{JsCast, JsValue};

/// [`host_content::parse`] for the widget: the same checks, the same result.
pub fn parse(json: &str) -> Result<(HostContent, Vec<Problem>), Unreadable> {
    host_content::check_text(json)?;
    let parsed = js_sys::JSON::parse(json)
        .map_err(|e| Unreadable::NotJson(e.dyn_ref::<js_sys::Error>().map_or_else(|| "SyntaxError".into(), |e| String::from(e.message()))))?;
    host_content::read(value(&parsed, 0)?)
}

/// What `JSON.parse` made, as a [`Json`]; `Err` past [`MAX_DEPTH`] levels of nesting.
fn value(js: &JsValue, depth: usize) -> Result<Json, Unreadable> {
    if depth > MAX_DEPTH {
        return Err(Unreadable::TooDeep);
    }
    if let Some(text) = js.as_string() {
        return Ok(Json::Text(text));
    }
    if let Some(b) = js.as_bool() {
        return Ok(Json::Bool(b));
    }
    if js.as_f64().is_some() {
        return Ok(Json::Number);
    }
    if let Some(array) = js.dyn_ref::<js_sys::Array>() {
        return array.iter().map(|item| value(&item, depth + 1)).collect::<Result<_, _>>().map(Json::List);
    }
    if js.is_object() {
        // `JSON.parse` has already kept one field of each name, in the document's order
        // (Object.entries puts names that are array indices first, in numeric order).
        let mut fields = Vec::new();
        for entry in js_sys::Object::entries(js.unchecked_ref()).iter() {
            let entry: js_sys::Array = entry.unchecked_into();
            fields.push((entry.get(0).as_string().unwrap_or_default(), value(&entry.get(1), depth + 1)?));
        }
        return Ok(Json::Object(fields));
    }
    Ok(Json::Null)
}

/// The points of the shortlist a widget opens on, read straight from the content's JSON text
/// for the painted map (`paint.rs`), without the whole reader: the first shortlist with a
/// title and a known point, as [`host_content::read`] keeps them (its points are the known
/// codes, in order, without repeats). `None` when there is none, or the text is not JSON (the
/// live widget reports that).
pub fn first_shortlist(text: &str) -> Option<Vec<&'static crate::model::Point>> {
    host_content::check_size(text).ok()?;
    let parsed = js_sys::JSON::parse(text).ok()?;
    let field = |object: &JsValue, name: &str| js_sys::Reflect::get(object, &JsValue::from_str(name)).ok().filter(|v| v.is_object() || v.is_string());
    let shortlists = field(&parsed, "shortlists")?.dyn_into::<js_sys::Array>().ok()?;
    shortlists.iter().find_map(|shortlist| {
        field(&shortlist, "title")?.as_string().filter(|t| !t.trim().is_empty())?;
        let codes = field(&shortlist, "points")?.dyn_into::<js_sys::Array>().ok()?;
        let mut points = Vec::new();
        for point in codes.iter().filter_map(|c| c.as_string()).filter_map(|c| crate::catalog::point(&c)) {
            if !points.contains(&point) {
                points.push(point);
            }
        }
        (!points.is_empty()).then_some(points)
    })
}

