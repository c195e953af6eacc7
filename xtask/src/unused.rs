//! What wasm-bindgen exports for a dependency that the widget never uses, taken out of the
//! bundle before wasm-opt: the `wasm-streams` crate's classes, which Leptos links in through its
//! server functions (`server_fn`) whatever an app calls. An export is a root for wasm-opt, so
//! their methods stayed in the main wasm and their classes in the glue, on the first path
//! (5.2 KB raw and 1.1 KB brotli of wasm, docs/code-size.md), though the widget calls no server
//! function and nothing else names them.

use std::path::Path;

/// The classes, as wasm-bindgen 0.2 names them in the glue. One that is not there (another
/// version of a dependency) is passed over.
const CLASSES: [&str; 3] = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];

/// Takes [`CLASSES`] out of wasm-bindgen's glue (`glue`, rewritten) and their methods out of
/// the exports of its wasm (`wasm`, rewritten). Fails if the glue still names a class after its
/// declaration is gone: something uses it.
pub fn drop_classes(glue: &Path, wasm: &Path) -> Result<(), String> {
    let mut text = std::fs::read_to_string(glue).map_err(|e| format!("{glue:?}: {e}"))?;
    let mut prefixes = Vec::new();
    for class in CLASSES {
        if !text.contains(&format!("export class {class} {{")) {
            continue;
        }
        text = without_class(&text, class);
        if text.contains(class) {
            return Err(format!("{glue:?} still names {class} once its class is taken out: something uses it (xtask/src/unused.rs)"));
        }
        let lower = class.to_lowercase();
        prefixes.push(format!("{lower}_"));
        prefixes.push(format!("__wbg_{lower}_free"));
    }
    if prefixes.is_empty() {
        return Ok(());
    }
    let bytes = std::fs::read(wasm).map_err(|e| format!("{wasm:?}: {e}"))?;
    let (kept, dropped) = without_exports(&bytes, |name| prefixes.iter().any(|p| name.starts_with(p.as_str())))?;
    if dropped == 0 {
        return Err(format!("{wasm:?} exports no method of the classes its glue declared"));
    }
    std::fs::write(glue, text).map_err(|e| format!("{glue:?}: {e}"))?;
    std::fs::write(wasm, kept).map_err(|e| format!("{wasm:?}: {e}"))
}

/// `glue` without `class`'s declaration, its `Symbol.dispose` line and its
/// FinalizationRegistry, as wasm-bindgen writes them (each from the start of a line).
fn without_class(glue: &str, class: &str) -> String {
    let declaration = format!("export class {class} {{");
    let dispose = format!("if (Symbol.dispose) {class}.prototype");
    let registry = format!("const {class}Finalization = ");
    let mut out = String::with_capacity(glue.len());
    // The line that ends what is being skipped, if something is.
    let mut until: Option<fn(&str) -> bool> = None;
    for line in glue.lines() {
        if let Some(end) = until {
            if end(line) {
                until = None;
            }
        } else if line == declaration {
            until = Some(|l| l == "}");
        } else if line.starts_with(&registry) {
            until = Some(|l| l.ends_with(");"));
        } else if !line.starts_with(&dispose) {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// `wasm` with the exports whose names `drop` picks left out of its export section, and how
/// many were.
fn without_exports(wasm: &[u8], mut drop: impl FnMut(&str) -> bool) -> Result<(Vec<u8>, usize), String> {
    const EXPORTS: u8 = 7;
    let header = wasm.get(..8).filter(|h| h.starts_with(b"\0asm")).ok_or("not a wasm module")?;
    let mut out = header.to_vec();
    let mut dropped = 0;
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        at += 1;
        let size = leb(wasm, &mut at)? as usize;
        let section = wasm.get(at..at + size).ok_or("a section runs past the end")?;
        at += size;
        if id != EXPORTS {
            out.push(id);
            put_leb(&mut out, size as u32);
            out.extend_from_slice(section);
            continue;
        }
        let mut from = 0;
        let count = leb(section, &mut from)?;
        let mut entries = Vec::new();
        let mut kept = 0;
        for _ in 0..count {
            let start = from;
            let length = leb(section, &mut from)? as usize;
            let name = section.get(from..from + length).ok_or("an export's name runs past its section")?;
            let name = std::str::from_utf8(name).map_err(|_| "an export's name is not UTF-8")?.to_string();
            from += length + 1; // the name, then the export's kind
            leb(section, &mut from)?; // its index
            if drop(&name) {
                dropped += 1;
            } else {
                kept += 1;
                entries.extend_from_slice(&section[start..from]);
            }
        }
        let mut body = Vec::new();
        put_leb(&mut body, kept);
        body.extend(entries);
        out.push(id);
        put_leb(&mut out, body.len() as u32);
        out.extend(body);
    }
    Ok((out, dropped))
}

/// Reads an unsigned LEB128 number at `at`, and moves past it.
fn leb(bytes: &[u8], at: &mut usize) -> Result<u32, String> {
    let mut value: u64 = 0;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(*at).ok_or("a number runs past the end")?;
        *at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return u32::try_from(value).map_err(|_| "a number too large".to_string());
        }
    }
    Err("a number too long".to_string())
}

fn put_leb(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module of two functions, `keep` and `drop_me`, both exported; a long custom section
    /// after them (its size takes two bytes) checks that other sections are copied whole.
    fn module() -> Vec<u8> {
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        m.extend([1, 4, 1, 0x60, 0, 0]); // types: () -> ()
        m.extend([3, 3, 2, 0, 0]); // functions: two of type 0
        let mut exports = vec![2];
        for (name, index) in [("keep", 0u8), ("drop_me", 1)] {
            exports.push(name.len() as u8);
            exports.extend(name.bytes());
            exports.extend([0, index]);
        }
        m.push(7);
        m.push(exports.len() as u8);
        m.extend(exports);
        m.extend([10, 7, 2, 2, 0, 0x0b, 2, 0, 0x0b]); // code: two empty bodies
        m.extend([0, 200, 1, 4]);
        m.extend(b"note");
        m.extend([b'x'; 195]);
        m
    }

    fn export_names(wasm: &[u8]) -> Vec<String> {
        let mut names = Vec::new();
        without_exports(wasm, |name| {
            names.push(name.to_string());
            false
        })
        .unwrap();
        names
    }

    #[test]
    fn the_picked_exports_leave_and_the_rest_of_the_module_stays() {
        let before = module();
        assert_eq!(export_names(&before), ["keep", "drop_me"]);
        let (after, dropped) = without_exports(&before, |name| name.starts_with("drop")).unwrap();
        assert_eq!(dropped, 1);
        assert_eq!(export_names(&after), ["keep"]);
        // Only the export section changed, by the entry's 10 bytes (its name's length and 7
        // bytes, its kind, its index); the code and the custom section follow whole.
        assert_eq!(after.len(), before.len() - 10);
        assert!(after.ends_with(&before[before.len() - (9 + 203)..]));
        // Nothing picked: the same bytes.
        assert_eq!(without_exports(&before, |_| false).unwrap().0, before);
    }

    #[test]
    fn a_truncated_module_is_an_error_not_a_panic() {
        let whole = module();
        for cut in [3, 9, 20, whole.len() - 1] {
            assert!(without_exports(&whole[..cut], |_| true).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn a_class_leaves_the_glue_with_its_registry_and_dispose_line() {
        let glue = "\
const keep = 1;
export class IntoUnderlyingSink {
    free() {
        wasm.__wbg_intounderlyingsink_free(ptr, 0);
    }
}
if (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;
export class Widget {
}
const IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr, 1));
const after = 2;
";
        assert_eq!(without_class(glue, "IntoUnderlyingSink"), "const keep = 1;\nexport class Widget {\n}\nconst after = 2;\n");
    }
}
