//! `cargo xtask build`: the release bundle in `www/pkg/`.

use crate::setup::{self, root, run};
use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

/// Features the Rust wasm target emits by default; wasm-opt must accept them.
const WASM_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// Builds the widget and returns the output folder.
pub fn build() -> Result<PathBuf, String> {
    setup::wasm_target()?;
    run(setup::cargo().args(["build", "--release", "--target", "wasm32-unknown-unknown", "-p", "acumap"]))?;
    let wasm_bindgen = setup::wasm_bindgen()?;
    let wasm_opt = setup::wasm_opt()?;
    let root = root();
    let out = root.join("www/pkg");
    let _ = std::fs::remove_dir_all(&out);
    run(Command::new(wasm_bindgen)
        .args(["--target", "web", "--no-typescript", "--out-name", "acumap", "--out-dir"])
        .arg(&out)
        .arg(root.join("target/wasm32-unknown-unknown/release/acumap.wasm")))?;
    let wasm = out.join("acumap_bg.wasm");
    run(Command::new(wasm_opt).args(["-Oz", "--strip-debug", "--strip-producers"]).args(WASM_FEATURES).arg(&wasm).arg("-o").arg(&wasm))?;
    // wasm-bindgen's module exports an init function; the widget's one script tag must work by
    // itself, so the module initialises itself (fetching acumap_bg.wasm beside it).
    let js = out.join("acumap.js");
    let mut file = std::fs::OpenOptions::new().append(true).open(&js).map_err(|e| format!("{js:?}: {e}"))?;
    writeln!(file, "\n// Added by cargo xtask build: initialise on import.\nawait __wbg_init();")
        .map_err(|e| format!("{js:?}: {e}"))?;
    // The optional host-page stylesheet: the element's loading state.
    std::fs::copy(root.join("src/loading.css"), out.join("acumap.css")).map_err(|e| format!("acumap.css: {e}"))?;
    report_size()?;
    Ok(out)
}

/// Prints the size of every file of the bundle: raw, gzip -9 and brotli -q 11.
pub fn report_size() -> Result<(), String> {
    let out = root().join("www/pkg");
    let mut files = Vec::new();
    collect(&out, &mut files);
    if files.is_empty() {
        return Err("www/pkg is empty: run cargo xtask build".to_string());
    }
    files.sort();
    let mut total = (0, 0, 0);
    println!("{:<48} {:>10} {:>10} {:>10}", "bundle file", "raw", "gzip", "brotli");
    for path in files {
        let bytes = std::fs::read(&path).map_err(|e| format!("{path:?}: {e}"))?;
        let sizes = (bytes.len(), gzip(&bytes), brotli(&bytes));
        total = (total.0 + sizes.0, total.1 + sizes.1, total.2 + sizes.2);
        let name = path.strip_prefix(&out).unwrap_or(&path).display().to_string();
        println!("{name:<48} {:>10} {:>10} {:>10}", sizes.0, sizes.1, sizes.2);
    }
    println!("{:<48} {:>10} {:>10} {:>10}", "total", total.0, total.1, total.2);
    Ok(())
}

fn collect(dir: &std::path::Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else {
            files.push(path);
        }
    }
}

fn gzip(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = encoder.write_all(bytes);
    encoder.finish().map_or(0, |v| v.len())
}

fn brotli(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, ..Default::default() };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out.len()
}
