//! `cargo xtask package`: the bundle as an npm package in `dist/`, for web developers who
//! install components (`npm install`, a CDN serving npm packages, a bundler).

use crate::build;
use crate::setup::{self, root};
use std::path::PathBuf;

/// Builds the bundle and writes `dist/`: every file of `www/pkg/` (the typings and the Custom
/// Elements Manifest among them), the README and a `package.json`.
pub fn package() -> Result<PathBuf, String> {
    let pkg = build::build()?;
    let dist = root().join("dist");
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(&dist).map_err(|e| format!("{dist:?}: {e}"))?;
    let mut files = Vec::new();
    setup::collect(&pkg, &mut files);
    let mut names: Vec<String> = Vec::new();
    for file in files.iter().chain([&root().join("README.md")]) {
        let name = file.file_name().and_then(|n| n.to_str()).ok_or_else(|| format!("{file:?}: not a file name"))?;
        std::fs::copy(file, dist.join(name)).map_err(|e| format!("{name}: {e}"))?;
        names.push(name.to_string());
    }
    names.sort();
    let json = package_json(&names);
    std::fs::write(dist.join("package.json"), json).map_err(|e| format!("package.json: {e}"))?;
    println!("xtask: wrote {} ({} files and package.json)", dist.display(), names.len());
    Ok(dist)
}

/// The package's manifest. The entry defines `<acu-map>` when imported, so every script is a
/// side effect a bundler must keep; the other files are fetched by the entry from beside it.
fn package_json(files: &[String]) -> String {
    let files: Vec<String> = files.iter().map(|f| format!("{f:?}")).collect();
    format!(
        r#"{{
  "name": "{name}",
  "version": "{version}",
  "description": {description:?},
  "license": "{license}",
  "type": "module",
  "main": "./acumap.js",
  "types": "./acumap.d.ts",
  "exports": {{
    ".": {{ "types": "./acumap.d.ts", "default": "./acumap.js" }},
    "./react": {{ "types": "./acumap.react.d.ts", "default": "./acumap.js" }},
    "./acumap.css": "./acumap.css",
    "./custom-elements.json": "./custom-elements.json",
    "./package.json": "./package.json"
  }},
  "customElements": "custom-elements.json",
  "sideEffects": ["./acumap.js", "./acumap.*.js"],
  "files": [{files}],
  "keywords": ["acupuncture", "web-component", "custom-element", "anatomy", "wasm"]
}}
"#,
        name = acumap::PACKAGE.name,
        version = acumap::PACKAGE.version,
        description = acumap::PACKAGE.description,
        license = acumap::PACKAGE.license,
        files = files.join(", "),
    )
}
