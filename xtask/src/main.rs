//! The project's commands: `cargo xtask build | package | example | serve | test | catalog |
//! size | bench`.
//! Each installs what it needs and is missing, so they work on a fresh machine.

mod build;
mod package;
mod serve;
mod setup;
mod unused;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

  build     release build of the widget into www/pkg/ (acumap.js, acumap_bg.wasm)
  package   build, then write the npm package into dist/ (package.json, the bundle, its
            typings and Custom Elements Manifest)
  serve     build, then serve www/ at http://127.0.0.1:8080 (--port N to change)
  example   release build of the example Leptos app (examples/leptos: the widget as a
            component) into www/example/, served at /example/
  test      every test: native (cargo test), then browser tests in headless Chromium
  catalog   print the whole catalog as a JSON array
  size      print the bundle's size (raw, gzip, brotli) after a build
  bench     build, then time the widget in headless Chromium, on a desktop and a throttled
            phone, against a static page of the same pixels (first marker, first card, bytes
            per language), and the desktop interactions; print the figures";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("build") => build::build().map(|_| ()),
        Some("package") => package::package().map(|_| ()),
        Some("example") => build::example().map(|_| ()),
        Some("serve") => serve_command(&args[1..]),
        Some("test") => test(),
        Some("catalog") => {
            // Written, not println!: a closed pipe (`| head`) ends the command quietly.
            use std::io::Write;
            let _ = writeln!(std::io::stdout().lock(), "{}", acumap::export::catalog());
            Ok(())
        }
        Some("size") => build::report_size(),
        Some("bench") => bench(),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn serve_command(args: &[String]) -> Result<(), String> {
    let port = match args {
        [] => 8080,
        [flag, port] if flag == "--port" => port.parse().map_err(|_| format!("not a port: {port}"))?,
        _ => return Err(USAGE.to_string()),
    };
    build::build()?;
    let server = serve::Server::start(port)?;
    println!("Serving www/ at http://{}/ (Ctrl-C stops)", server.address);
    server.wait();
    Ok(())
}

/// The speed benchmarks: figures printed, nothing asserted. The benchmark writes its static
/// "floor" pages (the widget's rendered output saved as plain HTML) into target/bench-floor/,
/// which the server serves under /bench-floor/. ACUMAP_BENCH_NO_BUILD=1 uses www/pkg as it is.
fn bench() -> Result<(), String> {
    if std::env::var_os("ACUMAP_BENCH_NO_BUILD").is_some() && setup::root().join("www/pkg").is_dir() {
        eprintln!("xtask: ACUMAP_BENCH_NO_BUILD: benchmarking www/pkg as it is");
    } else {
        build::build()?;
    }
    let chromium = setup::chromium()?;
    setup::npm_packages()?;
    let floor = setup::root().join("target/bench-floor");
    let _ = std::fs::remove_dir_all(&floor);
    std::fs::create_dir_all(&floor).map_err(|e| format!("{floor:?}: {e}"))?;
    let mut server = serve::Server::start_with(0, vec![("/bench-floor/".to_string(), floor.clone())])?;
    let started = std::time::Instant::now();
    server.wait_warm();
    eprintln!("xtask: www/ compressed (brotli, quality 11) in {:.1} s, before timing anything", started.elapsed().as_secs_f64());
    setup::run(
        std::process::Command::new("node")
            .arg("tests/bench/widget.mjs")
            .current_dir(setup::root())
            .env("ACUMAP_BASE_URL", format!("http://{}", server.address))
            .env("ACUMAP_FLOOR_DIR", &floor)
            .env("ACUMAP_FLOOR_URL", "/bench-floor/")
            .env("CHROMIUM_PATH", chromium),
    )
}

/// Native tests, then the browser tests against the built bundle.
fn test() -> Result<(), String> {
    setup::run(setup::cargo().args(["test", "--workspace"]))?;
    // The package holds the bundle (www/pkg) the browser tests load, and is tested too; the
    // example app uses the widget as a Leptos component.
    package::package()?;
    build::example()?;
    let chromium = setup::chromium()?;
    let firefox = setup::firefox()?;
    let webkit = setup::webkit()?;
    setup::npm_packages()?;
    let server = serve::Server::start(0)?;
    let status = std::process::Command::new("node")
        .args(["--test", "--test-concurrency=1", "tests/browser/"])
        .current_dir(setup::root())
        .env("ACUMAP_BASE_URL", format!("http://{}", server.address))
        .env("CHROMIUM_PATH", chromium)
        .env("FIREFOX_PATH", firefox)
        .env("WEBKIT_DRIVER", webkit)
        .status()
        .map_err(|e| format!("cannot run node: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("browser tests failed".to_string())
    }
}
