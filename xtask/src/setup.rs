//! Finding, and installing when missing, what the commands need: the wasm toolchain, the
//! wasm-bindgen CLI matching Cargo.lock, the npm packages (wasm-opt, Playwright), Chromium.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the repository").to_path_buf()
}

/// Every file under `dir`, in any folder.
pub fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else {
            files.push(path);
        }
    }
}

pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root());
    command
}

/// Runs `command`, failing with its description when it fails.
pub fn run(command: &mut Command) -> Result<(), String> {
    let status = command.status().map_err(|e| format!("cannot run {command:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed ({status})"))
    }
}

fn output(command: &mut Command) -> Option<String> {
    let out = command.output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The toolchain the widget's wasm is built with: a nightly of a fixed date, for what stable
/// cannot do, the standard library rebuilt with the crate (`-Z build-std`) so that a panic
/// traps at once (`-C panic=immediate-abort`) rather than formatting a message that no one
/// reads on the web, and with its smaller algorithms (`optimize_for_size`): the first path
/// 13 KB brotli lighter, a whole visit 25 KB (docs/code-size.md). A panic stops the wasm either
/// way. Native builds and tests use the default toolchain.
pub const WASM_TOOLCHAIN: &str = "nightly-2026-05-20";

/// The rustflags the wasm toolchain is there for, to be given with the build's others: a
/// second `--config` of the same key would replace, not join, the first.
pub const WASM_RUSTFLAGS: [&str; 2] = ["-Zunstable-options", "-Cpanic=immediate-abort"];

/// A `cargo` of the wasm toolchain, rebuilding the standard library as `WASM_TOOLCHAIN` says,
/// installing it (minimal, with the standard library's sources and the wasm target) when it or
/// either of those is missing. The build adds `WASM_RUSTFLAGS`.
pub fn wasm_cargo() -> Result<Command, String> {
    let installed = output(Command::new("rustup").args(["component", "list", "--installed", "--toolchain", WASM_TOOLCHAIN]).env("RUSTUP_AUTO_INSTALL", "0"))
        .unwrap_or_default();
    let has = |component: &str| installed.lines().any(|l| l.trim().starts_with(component));
    if !(has("rust-src") && has("rust-std-wasm32-unknown-unknown")) {
        eprintln!("xtask: installing the {WASM_TOOLCHAIN} toolchain, its sources and its wasm32-unknown-unknown target");
        let minimal = ["--profile", "minimal", "--component", "rust-src", "--target", "wasm32-unknown-unknown"];
        run(Command::new("rustup").args(["toolchain", "install", WASM_TOOLCHAIN]).args(minimal))?;
    }
    let mut cargo = wasm_toolchain_run("cargo");
    cargo.args(["-Zbuild-std=std,panic_abort", "-Zbuild-std-features=optimize_for_size"]);
    Ok(cargo)
}

/// Where the wasm toolchain keeps the standard library's sources (`…/lib/rustlib/src/rust`).
pub fn wasm_std_sources() -> Result<PathBuf, String> {
    let sysroot = output(wasm_toolchain_run("rustc").args(["--print", "sysroot"])).ok_or("cannot ask the wasm toolchain for its sysroot")?;
    Ok(Path::new(sysroot.trim()).join("lib/rustlib/src/rust"))
}

fn wasm_toolchain_run(program: &str) -> Command {
    let mut command = Command::new("rustup");
    // `cargo xtask` runs with `RUSTUP_TOOLCHAIN` naming the default toolchain.
    command.args(["run", WASM_TOOLCHAIN, program]).env_remove("RUSTUP_TOOLCHAIN").current_dir(root());
    command
}

/// The `wasm-bindgen` version in Cargo.lock: the CLI must match it exactly.
fn locked_wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_string());
            }
        }
    }
    Err("no wasm-bindgen in Cargo.lock".to_string())
}

/// Path of a `wasm-bindgen` CLI of the locked version, installing it with cargo if needed.
pub fn wasm_bindgen() -> Result<PathBuf, String> {
    let version = locked_wasm_bindgen_version()?;
    let cargo_bin = std::env::var("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|_| std::env::var("HOME").map(|h| Path::new(&h).join(".cargo")))
        .map_err(|_| "neither CARGO_HOME nor HOME is set".to_string())?
        .join("bin/wasm-bindgen");
    let current = output(Command::new(&cargo_bin).arg("--version")).unwrap_or_default();
    if current.split_whitespace().nth(1) != Some(version.as_str()) {
        eprintln!("xtask: installing wasm-bindgen-cli {version} (to match Cargo.lock; takes a few minutes)");
        // Not --locked: the registry here lacks one of the CLI's locked dependencies. --force:
        // cargo's own record may still list a binary that is gone.
        run(cargo().args(["install", "--force", "wasm-bindgen-cli", "--version", &version]))?;
    }
    Ok(cargo_bin)
}

/// Installs the npm packages (wasm-opt from binaryen, playwright-core) when missing or stale.
pub fn npm_packages() -> Result<(), String> {
    let root = root();
    let marker = root.join("node_modules/.package-lock.json");
    let stale = match (std::fs::metadata(&marker), std::fs::metadata(root.join("package-lock.json"))) {
        (Ok(installed), Ok(lock)) => installed.modified().ok() < lock.modified().ok(),
        _ => true,
    };
    if stale {
        eprintln!("xtask: installing npm packages");
        run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&root))?;
    }
    Ok(())
}

pub fn wasm_opt() -> Result<PathBuf, String> {
    npm_packages()?;
    Ok(root().join("node_modules/.bin/wasm-opt"))
}

/// terser, which minifies the script a page downloads (`cargo xtask build`).
pub fn terser() -> Result<PathBuf, String> {
    npm_packages()?;
    Ok(root().join("node_modules/.bin/terser"))
}

/// Debian's Firefox ESR (installed with apt-get when missing), for the browser tests that run
/// the widget in a second engine (`tests/browser/firefox.test.mjs`).
pub fn firefox() -> Result<PathBuf, String> {
    let path = PathBuf::from("/usr/bin/firefox-esr");
    if !path.exists() {
        apt_install(&["firefox-esr"])?;
    }
    Ok(path)
}

/// Debian's WebKitGTK driver, `WebKitWebDriver` (it brings the MiniBrowser it drives), and a
/// virtual X display to draw in (installed with apt-get when missing), for the browser tests
/// that run the widget in WebKit, the engine of Safari (`tests/browser/webkit.test.mjs`).
pub fn webkit() -> Result<PathBuf, String> {
    let path = PathBuf::from("/usr/bin/WebKitWebDriver");
    // xvfb-run needs xauth, which xvfb only recommends.
    if ![&path, Path::new("/usr/bin/xvfb-run"), Path::new("/usr/bin/xauth")].iter().all(|p| p.exists()) {
        apt_install(&["webkit2gtk-driver", "xvfb", "xauth"])?;
    }
    Ok(path)
}

/// Debian's Chromium (installed with apt-get when missing), and the fonts for hanzi.
pub fn chromium() -> Result<PathBuf, String> {
    let path = PathBuf::from("/usr/bin/chromium");
    let fonts = Path::new("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    if !path.exists() || !fonts.exists() {
        apt_install(&["chromium", "fonts-noto-cjk"])?;
    }
    Ok(path)
}

/// Installs Debian's `packages` with apt-get, without their recommended ones.
fn apt_install(packages: &[&str]) -> Result<(), String> {
    eprintln!("xtask: installing {} with apt-get", packages.join(" and "));
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-qq", "--no-install-recommends"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}
