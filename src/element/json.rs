//! The host content's JSON, parsed by the browser (`JSON.parse`) and turned into the
//! `serde_json::Value` that [`crate::host_content::read`] reads, so the wasm carries no JSON
//! parser of its own.

use crate::host_content::{self, HostContent, Problem, MAX_DEPTH};
use serde_json::{Map, Number, Value};
use wasm_bindgen::{JsCast, JsValue};

/// [`host_content::parse`] for the widget: the same checks, the same result.
pub fn parse(json: &str) -> Result<(HostContent, Vec<Problem>), String> {
    host_content::check_size(json)?;
    let parsed = js_sys::JSON::parse(json).map_err(|e| {
        e.dyn_ref::<js_sys::Error>().map_or_else(|| "not JSON".to_string(), |e| String::from(e.message()))
    })?;
    host_content::read(value(&parsed, 0)?)
}

/// What `JSON.parse` made, as a `Value`; `Err` past [`MAX_DEPTH`] levels of nesting.
fn value(js: &JsValue, depth: usize) -> Result<Value, String> {
    if depth > MAX_DEPTH {
        return Err(format!("it is nested more than {MAX_DEPTH} levels deep"));
    }
    if let Some(text) = js.as_string() {
        return Ok(Value::String(text));
    }
    if let Some(b) = js.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = js.as_f64() {
        // JSON.parse gives finite numbers only; whole ones stay whole (`2`, not `2.0`).
        let number = if n.fract() == 0.0 && n.abs() < 9.0e15 { Some(Number::from(n as i64)) } else { Number::from_f64(n) };
        return Ok(number.map_or(Value::Null, Value::Number));
    }
    if let Some(array) = js.dyn_ref::<js_sys::Array>() {
        return array.iter().map(|item| value(&item, depth + 1)).collect::<Result<_, _>>().map(Value::Array);
    }
    if js.is_object() {
        let mut map = Map::new();
        for entry in js_sys::Object::entries(js.unchecked_ref()).iter() {
            let entry: js_sys::Array = entry.unchecked_into();
            map.insert(entry.get(0).as_string().unwrap_or_default(), value(&entry.get(1), depth + 1)?);
        }
        return Ok(Value::Object(map));
    }
    Ok(Value::Null)
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

