//! A point as plain data: the one definition of its outside shape, written out as JSON by
//! `cargo xtask catalog` and turned into a plain JS object for the `acu-select` event.

use crate::catalog;
use crate::model::Point;

/// A JSON-like value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Number(f64),
    Text(&'static str),
    List(Vec<Value>),
    Object(Vec<(&'static str, Value)>),
}

/// An `f32` as the short decimal it was written as (153.3, not 153.300003).
fn number(x: f32) -> Value {
    Value::Number(x.to_string().parse().unwrap_or(f64::from(x)))
}

fn texts(items: &[&'static str]) -> Value {
    Value::List(items.iter().map(|t| Value::Text(t)).collect())
}

/// The point with every field.
pub fn point(p: &'static Point) -> Value {
    use Value::*;
    let meridian_name = catalog::meridian(p.meridian).map_or(Null, |m| Text(m.name));
    let needling = &p.needling;
    Object(vec![
        ("code", Text(p.code)),
        ("meridian", Text(p.meridian)),
        ("meridian_name", meridian_name),
        ("number", Number(p.number.into())),
        ("pinyin", Text(p.pinyin)),
        ("pinyin_tones", Text(p.pinyin_tones)),
        ("hanzi", Text(p.hanzi)),
        ("hanzi_traditional", Text(p.hanzi_traditional)),
        ("english", Text(p.english)),
        ("region", Text(p.region)),
        ("location", Text(p.location)),
        (
            "needling",
            Object(vec![
                ("depth_min_cun", number(needling.depth_min)),
                ("depth_max_cun", number(needling.depth_max)),
                ("angle", Text(needling.angle)),
                ("note", Text(needling.note)),
            ]),
        ),
        ("actions", texts(p.actions)),
        (
            "indications",
            List(p.indications.iter().map(|i| Object(vec![("text", Text(i.text)), ("tags", texts(i.tags))])).collect()),
        ),
        ("categories", texts(p.categories)),
        (
            "cautions",
            List(p.cautions.iter().map(|c| Object(vec![("kind", Text(c.kind)), ("text", Text(c.text))])).collect()),
        ),
        (
            "dry_needling",
            p.dry_needling
                .as_ref()
                .map_or(Null, |d| Object(vec![("muscles", texts(d.muscles)), ("note", Text(d.note))])),
        ),
        (
            "views",
            Object(
                p.views
                    .iter()
                    .map(|v| {
                        let positions = v
                            .positions
                            .iter()
                            .map(|&(x, y)| List(vec![number(x), number(y)]))
                            .collect();
                        (v.view, List(positions))
                    })
                    .collect(),
            ),
        ),
    ])
}

impl Value {
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Number(n) => out.push_str(&format!("{n}")),
            Value::Text(t) => write_string(t, out),
            Value::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_json(out);
                }
                out.push(']');
            }
            Value::Object(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write_json(out);
                }
                out.push('}');
            }
        }
    }
}

fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped() {
        assert_eq!(Value::Text("a\"b\\c\nd\u{1}").to_json(), r#""a\"b\\c\nd\u0001""#);
        let v = Value::Object(vec![("k", Value::List(vec![Value::Number(1.5), Value::Null]))]);
        assert_eq!(v.to_json(), r#"{"k":[1.5,null]}"#);
    }
}
