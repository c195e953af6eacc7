//! A point as plain data: the one definition of its outside shape, written out as JSON by
//! `cargo xtask catalog` and turned into a plain JS object for the `acu-select` event.

use crate::catalog;
use crate::model::Point;
use crate::prose::{PointProse, PractitionerProse};

/// A JSON-like value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Number(f64),
    Text(&'static str),
    Owned(String),
    List(Vec<Value>),
    Object(Vec<(&'static str, Value)>),
}

/// An `f32` as the short decimal it was written as (153.3, not 153.300003): the catalog's
/// numbers have at most two decimals, so rounding the `f64` to four gives the nearest `f64` to
/// that decimal (without float parsing, which is about 18 KB of wasm).
fn number(x: f32) -> Value {
    Value::Number((f64::from(x) * 1e4).round() / 1e4)
}

fn texts(items: impl IntoIterator<Item = &'static str>) -> Value {
    Value::List(items.into_iter().map(Value::Text).collect())
}

fn owned(text: &str) -> Value {
    Value::Owned(text.to_string())
}

fn owned_list(items: &[String]) -> Value {
    Value::List(items.iter().map(|t| owned(t)).collect())
}

/// The point with every field. The prose fields (`location`, `needling.note`, `actions`, the
/// texts of `indications` and `cautions`, `categories`, `dry_needling`, the WHO `alternative`
/// location where there is one, and the `patient`'s plain words) come from `prose`, the
/// point's entry in a language's prose file, and are `null` without it (the file has not
/// arrived, or could not be loaded; a patient page's file has only the `patient`'s words and the
/// `alternative`: the practitioner's fields are `null` there); the rest is built in and always
/// there.
pub fn point(p: &'static Point, prose: Option<&PointProse>) -> Value {
    use Value::*;
    let meridian_name = catalog::meridian(p.meridian()).map_or(Null, |m| Text(m.name));
    let needling = &p.needling;
    let practitioner = prose.and_then(|pr| pr.practitioner.as_ref());
    let text = |f: fn(&PractitionerProse) -> &str| practitioner.map_or(Null, |pr| owned(f(pr)));
    let list = |f: fn(&PractitionerProse) -> &[String]| practitioner.map_or(Null, |pr| owned_list(f(pr)));
    // The i-th text of a parallel list (indications, cautions).
    let nth = |f: fn(&PractitionerProse) -> &[String], i: usize| practitioner.and_then(|pr| f(pr).get(i)).map_or(Null, |t| owned(t));
    Object(vec![
        ("code", Text(p.code)),
        ("meridian", Text(p.meridian())),
        ("meridian_name", meridian_name),
        ("number", Number(p.number.into())),
        ("pinyin", Text(p.pinyin())),
        ("pinyin_tones", Text(p.pinyin_tones())),
        ("hanzi", Text(p.hanzi())),
        ("hanzi_traditional", Text(p.hanzi_traditional())),
        // China's national standard's writing of the name, where it differs from the WHO's.
        ("hanzi_national", p.hanzi_national().map_or(Null, |(s, _)| Text(s))),
        ("hanzi_national_traditional", p.hanzi_national().map_or(Null, |(_, t)| Text(t))),
        ("code_national", p.code_national().map_or(Null, Text)),
        // The other name readers know the point by (GV26's Renzhong, 人中), or null, and other
        // English renderings of its name (PC6's Inner Gate).
        (
            "other_name",
            match p.other_names() {
                Some(o) if !o.pinyin.is_empty() => {
                    Object(vec![("pinyin", Text(o.pinyin)), ("pinyin_tones", Text(o.pinyin_tones)), ("hanzi", Text(o.hanzi)), ("hanzi_traditional", Text(o.hanzi_traditional))])
                }
                _ => Null,
            },
        ),
        ("other_english", texts(p.other_names().map_or(&[][..], |o| o.english).iter().copied())),
        ("english", Text(p.english())),
        ("region", Text(p.region())),
        ("location", text(|pr| &pr.location)),
        (
            "needling",
            Object(vec![
                ("depth_min_cun", number(needling.depth_min)),
                ("depth_max_cun", number(needling.depth_max)),
                ("angle", Text(needling.angle())),
                ("note", text(|pr| &pr.needling)),
            ]),
        ),
        ("actions", list(|pr| &pr.actions)),
        (
            "indications",
            List(
                p.indication_tags()
                    .enumerate()
                    .map(|(i, ind)| Object(vec![("text", nth(|pr| &pr.indications, i)), ("tags", texts(ind.keys()))]))
                    .collect(),
            ),
        ),
        ("categories", list(|pr| &pr.categories)),
        (
            "cautions",
            List(
                p.cautions
                    .iter()
                    .enumerate()
                    .map(|(i, c)| Object(vec![("kind", Text(c.kind())), ("text", nth(|pr| &pr.cautions, i))]))
                    .collect(),
            ),
        ),
        (
            "dry_needling",
            practitioner
                .and_then(|pr| pr.dry_needling.as_ref())
                .map_or(Null, |d| Object(vec![("muscles", owned_list(&d.muscles)), ("note", owned(&d.note))])),
        ),
        ("alternative", prose.and_then(|pr| pr.alternative.as_deref()).map_or(Null, owned)),
        (
            "patient",
            prose.map_or(Null, |pr| {
                let w = &pr.patient;
                Object(vec![("location", owned(&w.location)), ("uses", owned(&w.uses)), ("cautions", owned_list(&w.cautions))])
            }),
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
                        (v.view.key(), List(positions))
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
            Value::Owned(t) => write_string(t, out),
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

/// The whole catalog as a JSON array, one object per point with its English prose (what
/// `cargo xtask catalog` prints).
#[cfg(not(target_arch = "wasm32"))]
pub fn catalog() -> String {
    let prose = catalog::baked_prose("en");
    let objects: Vec<String> =
        catalog::POINTS.iter().map(|p| point(p, prose.and_then(|f| f.points.get(p.code))).to_json()).collect();
    format!("[\n{}\n]", objects.join(",\n"))
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
