//! `cargo xtask build`: the release bundle in `www/pkg/`.

use crate::serve::Encoding;
use acumap::prose::ProseFileKind;
use crate::setup::{self, root, run};
use std::path::{Path, PathBuf};
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

/// The entry script: the one file a host names, so the one without a content hash.
pub const ENTRY: &str = "acumap.js";
/// The host page's optional stylesheet (the element's loading state): named by hosts too.
pub const HOST_CSS: &str = "acumap.css";

/// The files for a web developer's tools (editors, TypeScript, Storybook, linters), written from
/// the element's contract (src/contract.rs); pages never download them.
pub const TOOLING: [(&str, fn() -> String); 3] = [
    ("acumap.d.ts", acumap::typings::typings),
    ("acumap.react.d.ts", acumap::typings::react_typings),
    ("custom-elements.json", acumap::typings::manifest),
];

/// Builds the widget and returns the output folder.
///
/// The bundle: `acumap.js` (wasm-bindgen's glue with `src/element.js` inside it), the wasm and
/// two prose files per language (`src/prose.rs`: the whole, and a patient page's), each of these named with a hash of its
/// content so a host can cache them for a year, and the optional `acumap.css`.
pub fn build() -> Result<PathBuf, String> {
    let root = root();
    let out = root.join("www/pkg");
    let Compiled { wasm, chunks, loader, glue } = compile("acumap", &out, "acumap")?;
    let live = chunks.into_iter().find(|(stem, _)| stem == LIVE_CHUNK).map(|(_, name)| name);
    let live = live.ok_or_else(|| format!("no {LIVE_CHUNK}.wasm among the chunks (src/element/widget.rs)"))?;
    let wasm_name = hashed(&wasm, "acumap_bg", "wasm")?;
    let mut prose = Vec::new();
    for (tag, _) in acumap::catalog::PROSE_FILES {
        for kind in ProseFileKind::ALL {
            let json = acumap::catalog::prose_file_text(tag, kind).ok_or_else(|| format!("no {kind:?} prose file for {tag}"))?;
            let name = format!("{}.{}.json", kind.file_stem(tag), content_hash(json.as_bytes()));
            write(&out.join(&name), &json)?;
            prose.push(format!("{:?}: {name:?}", kind.key(tag)));
        }
    }
    let js = out.join(ENTRY);
    let glue = inline_loader(&glue, &loader, ENTRY)?;
    let glue = minify_js(&format!("{glue}\nexport {{ configureFiles }};\n"))?;
    let glue_name = format!("acumap.{}.js", content_hash(glue.as_bytes()));
    write(&out.join(&glue_name), &glue)?;
    // The entry a page names (xtask/src/entry.js), with the names of the files it loads.
    let replacements = [
        ("WASM_FILE", format!("{wasm_name:?}")),
        ("GLUE_FILE", format!("{:?}", format!("./{glue_name}"))),
        ("PROSE_FILES", format!("{{ {} }}", prose.join(", "))),
        ("LIVE_FILE", format!("{live:?}")),
        ("ERROR_SOURCE", format!("{:?}", acumap::contract::ErrorSource::Script.name())),
        ("CANNOT_START", format!("{{ {} }}", acumap::Lang::ALL.map(|l| format!("{:?}: {:?}", l.tag(), l.cannot_start())).join(", "))),
    ];
    let mut entry = include_str!("entry.js").to_string();
    for (name, value) in replacements {
        if !entry.contains(name) {
            return Err(format!("xtask/src/entry.js no longer names {name}"));
        }
        entry = entry.replace(name, &value);
    }
    let entry = format!("// <acu-map>: the entry script. The files it names sit beside it.\n{}", minify_js(&entry)?);
    write(&js, &entry)?;
    // The optional host-page stylesheet: the element's loading state.
    std::fs::copy(root.join("src/loading.css"), out.join(HOST_CSS)).map_err(|e| format!("{HOST_CSS}: {e}"))?;
    for (name, text) in TOOLING {
        write(&out.join(name), &text())?;
    }
    report_size()?;
    Ok(out)
}

/// A module as a page downloads it: terser's minified, mangled copy (a third of the bytes:
/// 11.7 KB brotli of glue and element became 7.4 KB), through terser's stdin and stdout.
fn minify_js(module: &str) -> Result<String, String> {
    use std::io::Write;
    let mut terser = Command::new(setup::terser()?)
        .args(["--module", "--compress", "--mangle"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run terser: {e}"))?;
    let mut stdin = terser.stdin.take().ok_or("terser has no stdin")?;
    // Written from a thread, so that terser's output never fills its pipe while we write.
    let text = module.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let out = terser.wait_with_output().map_err(|e| format!("terser: {e}"))?;
    writer.join().map_err(|_| "terser's input thread panicked".to_string())?.map_err(|e| format!("terser's input: {e}"))?;
    if !out.status.success() {
        return Err(format!("terser failed ({})", out.status));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("terser's output: {e}"))
}

/// A wasm crate of the workspace built, split into chunks and bound to JavaScript.
struct Compiled {
    /// The main wasm, optimised, in the output folder (not yet named by its content).
    wasm: PathBuf,
    /// The chunks, each as its stem (`split_live`) and its file name in the output folder.
    chunks: Vec<(String, String)>,
    /// The chunk loader's JavaScript, naming the chunks' files.
    loader: String,
    /// wasm-bindgen's glue, with `src/element.js` inside it.
    glue: String,
}

/// Builds `package` for the web into `out` as `<out_name>.js` and `<out_name>_bg.wasm`: the
/// release build, the split into chunks (`#[wasm_split]`), wasm-bindgen, a dependency's unused
/// classes taken out (`unused.rs`), wasm-opt, and each chunk named by its content.
fn compile(package: &str, out: &Path, out_name: &str) -> Result<Compiled, String> {
    let mut cargo = setup::wasm_cargo()?;
    // The source locations the code still holds (a `#[track_caller]` function's caller, though
    // a panic no longer prints it) name their files: a dependency's by its path in this
    // machine's cargo registry (`/root/.cargo/registry/src/index.crates.io-…/`), the standard
    // library's in the toolchain, which the wasm need not carry. Without them, 60 bytes a file
    // less, and the same bytes on every machine.
    let home = std::env::var_os("CARGO_HOME").map(PathBuf::from).or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")));
    let registries = home.map(|h| h.join("registry/src")).and_then(|d| std::fs::read_dir(d).ok()).into_iter().flatten().flatten();
    let sources = registries.map(|r| r.path()).chain([setup::wasm_std_sources()?]);
    let remaps = sources.map(|path| format!("--remap-path-prefix={}/=", path.display()));
    let flags: Vec<String> = setup::WASM_RUSTFLAGS.map(String::from).into_iter().chain(remaps).map(|flag| format!("{flag:?}")).collect();
    let rustflags = format!("target.wasm32-unknown-unknown.rustflags=[{}]", flags.join(", "));
    run(cargo.args(["build", "--release", "--target", "wasm32-unknown-unknown", "-p", package, "--config", &rustflags]))?;
    let wasm_bindgen = setup::wasm_bindgen()?;
    let wasm_opt = setup::wasm_opt()?;
    let root = root();
    let _ = std::fs::remove_dir_all(out);
    let built = root.join(format!("target/wasm32-unknown-unknown/release/{}.wasm", package.replace('-', "_")));
    let split = split(&built, &root.join("target/wasm-split").join(package), &format!("./{out_name}.js"))?;
    // ACUMAP_KEEP_NAMES=1 keeps the functions' names in every wasm (a bigger bundle, for a
    // profile or twiggy to name what they measure); the bundle a host gets has none.
    let names = std::env::var_os("ACUMAP_KEEP_NAMES").is_some();
    run(Command::new(wasm_bindgen)
        // The chunks call into the main module's function table, which wasm-bindgen would
        // otherwise stop exporting.
        .args(names.then_some("--keep-debug"))
        .args(["--target", "web", "--no-typescript", "--keep-lld-exports", "--out-name", out_name, "--out-dir"])
        .arg(out)
        .arg(&split.main))?;
    // `--low-memory-unused`: no address below 1 KiB is ever read or written (rustc's wasm
    // layout puts the 1 MiB stack first, growing down towards 0, then the data), so wasm-opt may
    // fold a small constant added to an address into the access's offset: 8.5 KB raw and
    // 1.5 KB brotli less in the live chunk (docs/code-size.md).
    let optimise = |wasm: &Path, to: &Path| {
        let debug = if names { "--debuginfo" } else { "--strip-debug" };
        run(Command::new(&wasm_opt)
            .args(["-Oz", "--converge", "--low-memory-unused", debug, "--strip-producers"])
            .args(WASM_FEATURES)
            .arg(wasm)
            .arg("-o")
            .arg(to))
    };
    let wasm = out.join(format!("{out_name}_bg.wasm"));
    crate::unused::drop_classes(&out.join(format!("{out_name}.js")), &wasm)?;
    optimise(&wasm, &wasm)?;
    // Each chunk, optimised and named by its content; the loader asks for it by that name.
    let mut loader = split.loader;
    let mut chunks = Vec::new();
    for chunk in &split.chunks {
        let name = chunk.file_name().and_then(|n| n.to_str()).ok_or_else(|| format!("{chunk:?}: not a file name"))?;
        let stem = name.strip_suffix(".wasm").ok_or_else(|| format!("{name}: not a .wasm file"))?;
        let optimised = out.join(name);
        optimise(chunk, &optimised)?;
        let hashed_name = hashed(&optimised, stem, "wasm")?;
        let reference = format!("\"./{name}\"");
        if !loader.contains(&reference) {
            return Err(format!("the chunk loader does not name {name}"));
        }
        loader = loader.replace(&reference, &format!("\"./{hashed_name}\""));
        chunks.push((stem.to_string(), hashed_name));
    }
    let glue = inline_snippet(out, &read(&out.join(format!("{out_name}.js")))?)?;
    Ok(Compiled { wasm, chunks, loader, glue })
}

/// The folder `cargo xtask example` writes the example app into (served at `/example/`).
pub const EXAMPLE: &str = "www/example";

/// Builds the example Leptos app (`examples/leptos/`), which uses the widget as a component,
/// into `www/example/`: its page, its script and wasm, and the prose files under the names the
/// app gives them (`prose.<lang>.json`).
pub fn example() -> Result<PathBuf, String> {
    let root = root();
    let out = root.join(EXAMPLE);
    let compiled = compile("acumap-example", &out, "example")?;
    // The component splits nothing (only the element does: its live widget), so the app has no
    // chunks unless it has `#[wasm_split]` code of its own.
    let js = if compiled.chunks.is_empty() { compiled.glue } else { inline_loader(&compiled.glue, &compiled.loader, "example.js")? };
    write(&out.join("example.js"), &js)?;
    for (tag, json) in acumap::catalog::PROSE_FILES {
        write(&out.join(format!("{}.json", ProseFileKind::Whole.file_stem(tag))), json)?;
    }
    for file in ["index.html", "main.js"] {
        std::fs::copy(root.join("examples/leptos").join(file), out.join(file)).map_err(|e| format!("{file}: {e}"))?;
    }
    Ok(out)
}

/// The chunk of the live widget (`#[wasm_split(live)]` in src/element/widget.rs): the prose files
/// are asked for once it is in.
const LIVE_CHUNK: &str = "split_live";

/// The module name the main wasm imports the chunk loader from (`wasm_split_cli_support`'s
/// default); `cargo xtask build` puts the loader inside acumap.js instead.
const LOADER: &str = "./__wasm_split.js";

/// The main module (still to go through wasm-bindgen), the chunks and their loader's JavaScript.
struct Split {
    main: PathBuf,
    chunks: Vec<PathBuf>,
    loader: String,
}

/// Cuts the `#[wasm_split]` functions (the live widget, src/element/widget.rs), and the code only they use, out of the
/// linker's output into chunks, as cargo-leptos does. It needs the linker's relocations
/// (`--emit-relocs`, .cargo/config.toml), so it comes before wasm-bindgen and wasm-opt.
fn split(wasm: &Path, dir: &Path, main_module: &str) -> Result<Split, String> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).map_err(|e| format!("{dir:?}: {e}"))?;
    let input = std::fs::read(wasm).map_err(|e| format!("{wasm:?}: {e}"))?;
    let main = dir.join("acumap.wasm");
    let mut options = wasm_split_cli_support::Options::new(&input);
    options.output_dir = dir;
    options.main_out_path = &main;
    options.link_name = LOADER;
    options.main_module = main_module;
    let split = wasm_split_cli_support::transform(options).map_err(|e| format!("splitting the wasm: {e:#}"))?;
    let loader = read(&dir.join(LOADER))?;
    Ok(Split { main, chunks: split.split_modules, loader })
}

/// Puts the chunk loader inside the glue, where wasm-bindgen imports it as a module of its
/// own: one file less on the first path, and no module that imports the entry script back
/// (a host that loads `acumap.js?v=2` would then run a second copy of the widget).
fn inline_loader(glue: &str, loader: &str, main_module: &str) -> Result<String, String> {
    // wasm-bindgen imports it once per imported function: `import * as importN from "…"`.
    let imports = |line: &str| {
        line.strip_prefix("import * as ")
            .and_then(|l| l.strip_suffix(&format!(" from \"{LOADER}\"")))
            .map(str::to_string)
    };
    let names: Vec<String> = glue.lines().filter_map(imports).collect();
    if names.is_empty() {
        return Err(format!("acumap.js does not import {LOADER}"));
    }
    let main_import = format!("import {{ initSync }} from \"./{main_module}\";");
    let body = loader.replacen(&main_import, "", 1);
    if body.len() == loader.len() {
        return Err(format!("the chunk loader no longer starts with {main_import}"));
    }
    let exports: Vec<&str> =
        body.lines().filter_map(|l| l.strip_prefix("export const ")).filter_map(|l| l.split(' ').next()).collect();
    // Each chunk's module from `chunkModule` (src/element.js): the one asked for as the element
    // was defined, if any; compiled from its bytes where the host serves it as
    // `application/octet-stream`, which `instantiateStreaming` refuses.
    let (fetch, streaming) = ("fetch(new URL(", "WebAssembly.instantiateStreaming(src, imports)");
    if body.matches(fetch).count() != exports.len() || body.matches(streaming).count() != exports.len() {
        return Err(format!("the chunk loader no longer calls {fetch}…) and {streaming} once for each chunk"));
    }
    let body = body
        .replace(fetch, "chunkModule(new URL(")
        .replace(streaming, "WebAssembly.instantiate(await src, imports)")
        .replace("export const ", "const ");
    let mut js = format!(
        "// The chunk loader (wasm_split_cli_support; src/element/widget.rs).\nconst __wbg_split_loader = (() => {{\n{body}\nreturn {{ {} }};\n}})();\n",
        exports.join(", ")
    );
    for line in glue.lines() {
        match imports(line) {
            Some(name) => js += &format!("const {name} = __wbg_split_loader;\n"),
            None => {
                js += line;
                js.push('\n');
            }
        }
    }
    Ok(js)
}

/// Puts `src/element.js` (which wasm-bindgen writes as a snippet file that the glue imports)
/// inside the glue, so the browser need not discover and fetch a second script before it can
/// even start on the wasm.
fn inline_snippet(out: &Path, glue: &str) -> Result<String, String> {
    let (import, rest) = glue.split_once('\n').ok_or("acumap.js is empty")?;
    let path = import
        .strip_prefix("import {")
        .and_then(|l| l.split_once("} from '"))
        .and_then(|(_, p)| p.strip_suffix("';"))
        .filter(|p| p.starts_with("./snippets/") && p.ends_with("/element.js"))
        .ok_or_else(|| format!("acumap.js no longer starts by importing src/element.js: {import}"))?;
    let snippet = read(&out.join(path))?.replace("\nexport function ", "\nfunction ");
    std::fs::remove_dir_all(out.join("snippets")).map_err(|e| format!("snippets: {e}"))?;
    Ok(format!("// src/element.js\n{snippet}\n// wasm-bindgen\n{rest}"))
}

/// Renames `file` to `<stem>.<content hash>.<extension>` and returns the new name.
fn hashed(file: &Path, stem: &str, extension: &str) -> Result<String, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{file:?}: {e}"))?;
    let name = format!("{stem}.{}.{extension}", content_hash(&bytes));
    std::fs::rename(file, file.with_file_name(&name)).map_err(|e| format!("{file:?}: {e}"))?;
    Ok(name)
}

/// 64-bit FNV-1a, as 12 hex digits: enough to tell two builds of a file apart (a cache key,
/// not a security measure).
fn content_hash(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3));
    format!("{:012x}", hash >> 16)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path:?}: {e}"))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{path:?}: {e}"))
}

/// What a file of the bundle is for, which decides when a page downloads it.
#[derive(Clone, Copy, PartialEq)]
enum Role {
    /// Before the first point marker can render: the entry script and the wasm.
    FirstPath,
    /// One language's prose, fetched beside the first path, not waited for by the map.
    Prose,
    /// Code the first view does not need (the live widget, src/element/widget.rs), fetched
    /// after it.
    Chunk,
    /// The host page's optional stylesheet.
    HostCss,
    /// For the host's tools, never downloaded by a page: the typings and the manifest.
    Tooling,
}

fn role(name: &str) -> Role {
    if name.starts_with("prose.") {
        Role::Prose
    } else if name.starts_with("split_") || name.starts_with("chunk_") {
        Role::Chunk
    } else if name == HOST_CSS {
        Role::HostCss
    } else if TOOLING.iter().any(|(file, _)| *file == name) {
        Role::Tooling
    } else {
        Role::FirstPath
    }
}

/// Prints the size of every file of the bundle (raw, gzip -9 and brotli -q 11), then what a
/// page downloads: the first path (everything the first marker waits for) and everything
/// for one language (first path, that language's prose and the host stylesheet).
pub fn report_size() -> Result<(), String> {
    let out = root().join("www/pkg");
    let mut files = Vec::new();
    setup::collect(&out, &mut files);
    if files.is_empty() {
        return Err("www/pkg is empty: run cargo xtask build".to_string());
    }
    files.sort();
    let mut sized = Vec::new();
    println!("{:<48} {:>10} {:>10} {:>10}", "bundle file", "raw", "gzip", "brotli");
    for path in files {
        let bytes = std::fs::read(&path).map_err(|e| format!("{path:?}: {e}"))?;
        let sizes = [bytes.len(), Encoding::Gzip.compress(&bytes).len(), Encoding::Brotli.compress(&bytes).len()];
        let name = path.strip_prefix(&out).unwrap_or(&path).display().to_string();
        println!("{name:<48} {:>10} {:>10} {:>10}", sizes[0], sizes[1], sizes[2]);
        sized.push((name, sizes));
    }
    let total = |keep: &dyn Fn(&str) -> bool| {
        sized.iter().filter(|(n, _)| keep(n)).fold([0; 3], |t, (_, s)| [t[0] + s[0], t[1] + s[1], t[2] + s[2]])
    };
    let line = |label: &str, t: [usize; 3]| println!("{label:<48} {:>10} {:>10} {:>10}", t[0], t[1], t[2]);
    line("first path (before the first marker)", total(&|n| role(n) == Role::FirstPath));
    for (tag, _) in acumap::catalog::PROSE_FILES {
        for (kind, page) in [(ProseFileKind::Whole, ""), (ProseFileKind::Patient, ", patient page")] {
            let stem = kind.file_stem(tag);
            let own = |n: &str| hashed_name_of(n, &stem);
            line(&format!("everything for {tag}{page}"), total(&|n| role(n) != Role::Tooling && (role(n) != Role::Prose || own(n))));
        }
    }
    Ok(())
}

/// Whether `name` is the file `stem` with a content hash (`prose.en.3fa2b1c9d0e1.json` of
/// `prose.en`, not `prose.en.patient.….json`).
fn hashed_name_of(name: &str, stem: &str) -> bool {
    let rest = name.strip_prefix(stem).and_then(|r| r.strip_prefix('.'));
    rest.and_then(|r| r.split_once('.')).is_some_and(|(hash, ext)| !ext.contains('.') && hash.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::hashed_name_of;

    /// The size report counts each prose file for its own page: the whole file is not the
    /// patient one, nor the reverse.
    #[test]
    fn a_hashed_name_is_its_stems_alone() {
        assert!(hashed_name_of("prose.en.3fa2b1c9d0e1.json", "prose.en"));
        assert!(hashed_name_of("prose.en.patient.3fa2b1c9d0e1.json", "prose.en.patient"));
        assert!(!hashed_name_of("prose.en.patient.3fa2b1c9d0e1.json", "prose.en"));
        assert!(!hashed_name_of("prose.en.3fa2b1c9d0e1.json", "prose.en.patient"));
        assert!(!hashed_name_of("prose.zh-Hans.3fa2b1c9d0e1.json", "prose.zh"));
    }
}
