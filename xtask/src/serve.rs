//! A small static file server for `www/`, for the demo, the browser tests and the benchmark.
//! Every page is served with the strict Content-Security-Policy the widget promises to work
//! under.
//!
//! Like common hosts, it compresses HTML, CSS, JavaScript, JSON, SVG and wasm: brotli (quality
//! 11) when the request accepts it, else gzip (level 9), so the bytes the benchmark counts are
//! the bytes a real host would send. Compressed bodies are kept in memory per file version
//! (path, modification time, length). Compressing at quality 11 is slow (seconds for the wasm,
//! tens of seconds in xtask's debug build on a busy machine), so the server compresses all of
//! `www/` in the background from its start, and a file whose compressed body is not ready yet
//! goes out uncompressed meanwhile instead of keeping the browser waiting; the benchmark waits
//! for all of it first (`Server::wait_warm`). A file whose name carries a content hash may be
//! cached for a year; everything else is `no-store`.

use crate::setup::root;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;
use std::time::SystemTime;

pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
                       img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; \
                       require-trusted-types-for 'script'; trusted-types 'none'";

/// For files whose name carries a content hash.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

pub struct Server {
    pub address: SocketAddr,
    thread: JoinHandle<()>,
    /// Compressing every compressible file of `www/` (brotli) from the start.
    warm: Option<JoinHandle<()>>,
}

/// What the server serves: `www/`, and extra folders under URL prefixes.
struct Roots {
    www: PathBuf,
    /// (URL prefix ending in `/`, folder)
    mounts: Vec<(String, PathBuf)>,
}

impl Server {
    /// Serves `www/` on 127.0.0.1:`port` (0: any free port) from a background thread.
    pub fn start(port: u16) -> Result<Server, String> {
        Server::start_with(port, Vec::new())
    }

    /// Serves `www/`, and each folder of `mounts` under its URL prefix (`/bench-floor/`).
    pub fn start_with(port: u16, mounts: Vec<(String, PathBuf)>) -> Result<Server, String> {
        Server::serve(port, root().join("www"), mounts)
    }

    fn serve(port: u16, www: PathBuf, mounts: Vec<(String, PathBuf)>) -> Result<Server, String> {
        let listener =
            TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("cannot listen on port {port}: {e}"))?;
        let address = listener.local_addr().map_err(|e| e.to_string())?;
        let roots = Arc::new(Roots { www, mounts });
        let warm = {
            let www = roots.www.clone();
            std::thread::spawn(move || warm(&www))
        };
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let roots = roots.clone();
                std::thread::spawn(move || {
                    let _ = respond(stream, &roots);
                });
            }
        });
        Ok(Server { address, thread, warm: Some(warm) })
    }

    /// Waits until every compressible file of `www/` (as it was when the server started) has
    /// its brotli body ready, so that from then on every one goes out compressed at once.
    pub fn wait_warm(&mut self) {
        if let Some(warm) = self.warm.take() {
            let _ = warm.join();
        }
    }

    pub fn wait(self) {
        let _ = self.thread.join();
    }
}

fn respond(mut stream: TcpStream, roots: &Roots) -> std::io::Result<()> {
    let mut request_line = String::new();
    let mut reader = BufReader::new(stream.try_clone()?);
    reader.read_line(&mut request_line)?;
    // The headers: only Accept-Encoding matters.
    let mut accept_encoding = String::new();
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("accept-encoding") {
                accept_encoding = value.trim().to_string();
            }
        }
        line.clear();
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let Some((file, raw)) = roots.resolve(path).and_then(|p| Some((p.clone(), std::fs::read(&p).ok()?))) else {
        let body = b"not found";
        write!(
            stream,
            "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\n\
             Content-Security-Policy: {CSP}\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\n\
             Connection: close\r\n\r\n",
            body.len()
        )?;
        return stream.write_all(body);
    };
    let content_type = content_type(&file);
    let compressible = compressible(content_type);
    let compressed = compressible
        .then(|| Encoding::choose(&accept_encoding))
        .flatten()
        .and_then(|encoding| Some((encoding, compressed(&file, &raw, encoding)?)));
    let cache_control = if has_content_hash(&file) { IMMUTABLE } else { "no-store" };
    let body: &[u8] = compressed.as_ref().map_or(&raw, |(_, body)| body);
    let mut head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Content-Security-Policy: {CSP}\r\nX-Content-Type-Options: nosniff\r\nCache-Control: {cache_control}\r\n",
        body.len()
    );
    if let Some((encoding, _)) = &compressed {
        head.push_str(&format!("Content-Encoding: {}\r\n", encoding.token()));
    }
    if compressible {
        head.push_str("Vary: Accept-Encoding\r\n");
    }
    head.push_str("Connection: close\r\n\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)
}

impl Roots {
    /// The file for a URL path: under a mount's folder if the path starts with its prefix,
    /// else under `www/`; never outside them.
    fn resolve(&self, url_path: &str) -> Option<PathBuf> {
        for (prefix, dir) in &self.mounts {
            if let Some(rest) = url_path.strip_prefix(prefix.as_str()) {
                return resolve(dir, rest);
            }
        }
        resolve(&self.www, url_path)
    }
}

/// The file for a URL path, never outside `dir`.
fn resolve(dir: &Path, url_path: &str) -> Option<PathBuf> {
    let mut path = dir.to_path_buf();
    for part in Path::new(url_path.trim_start_matches('/')).components() {
        match part {
            Component::Normal(p) => path.push(p),
            _ => return None,
        }
    }
    if path.is_dir() {
        path.push("index.html");
    }
    path.is_file().then_some(path)
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") | Some("mjs") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

/// The types common hosts compress.
fn compressible(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or("").trim();
    matches!(
        essence,
        "text/html" | "text/css" | "text/javascript" | "application/json" | "application/wasm" | "image/svg+xml"
    )
}

/// A file name with a content hash: `.` or `-` and 8 or more hex digits before the extension
/// (`acumap_bg.3fa2b1c9d0e1.wasm`, `prose-3fa2b1c9.json`). `acumap.js` has none.
fn has_content_hash(path: &Path) -> bool {
    let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else { return false };
    if path.extension().is_none() {
        return false;
    }
    match stem.rfind(['.', '-']) {
        Some(i) => {
            let hash = &stem[i + 1..];
            hash.len() >= 8 && hash.bytes().all(|b| b.is_ascii_hexdigit())
        }
        None => false,
    }
}

/// How a response body is compressed; also what `cargo xtask size` measures with.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Encoding {
    Brotli,
    Gzip,
}

impl Encoding {
    /// Brotli if the request accepts it, else gzip if it accepts that, else none.
    fn choose(accept_encoding: &str) -> Option<Encoding> {
        let accepts = |wanted: &str| {
            accept_encoding.split(',').any(|item| {
                let mut parts = item.split(';');
                let token = parts.next().unwrap_or("").trim();
                let refused = parts.any(|p| {
                    p.trim().strip_prefix("q=").and_then(|q| q.trim().parse::<f32>().ok()).is_some_and(|q| q <= 0.0)
                });
                token.eq_ignore_ascii_case(wanted) && !refused
            })
        };
        if accepts("br") {
            Some(Encoding::Brotli)
        } else if accepts("gzip") {
            Some(Encoding::Gzip)
        } else {
            None
        }
    }

    fn token(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gzip",
        }
    }

    /// Brotli at quality 11, gzip at level 9: what a host that precompresses sends. Brotli is
    /// Google's encoder (the `brotli` command line, nginx's and Apache's modules, CDNs), here
    /// through Node's zlib, which the build already needs; the Rust port in Cargo.lock, kept
    /// for a machine without Node, codes some files differently: the main wasm 2 KB larger for
    /// a change in its function table's order alone (docs/code-size.md).
    pub fn compress(self, bytes: &[u8]) -> Vec<u8> {
        match self {
            Encoding::Brotli => brotli_by_node(bytes).unwrap_or_else(|why| {
                static SAID: AtomicBool = AtomicBool::new(false);
                if !SAID.swap(true, Ordering::SeqCst) {
                    eprintln!("xtask: brotli through Node failed ({why}); the Rust encoder's sizes differ from a host's");
                }
                let mut out = Vec::new();
                let params = brotli::enc::BrotliEncoderParams { quality: 11, ..Default::default() };
                brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("compressing into memory");
                out
            }),
            Encoding::Gzip => {
                let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
                encoder.write_all(bytes).expect("compressing into memory");
                encoder.finish().expect("compressing into memory")
            }
        }
    }
}

/// One version of a file, compressed one way: the cache's key.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    path: PathBuf,
    modified: Option<SystemTime>,
    len: u64,
    encoding: Encoding,
}

/// One compressed body: being made once `started`, there once `body` is set.
#[derive(Default)]
struct Slot {
    started: AtomicBool,
    body: OnceLock<Arc<Vec<u8>>>,
}

fn cache() -> &'static Mutex<HashMap<Key, Arc<Slot>>> {
    static CACHE: OnceLock<Mutex<HashMap<Key, Arc<Slot>>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

fn key(path: &Path, encoding: Encoding) -> Option<Key> {
    let meta = std::fs::metadata(path).ok()?;
    Some(Key { path: path.to_path_buf(), modified: meta.modified().ok(), len: meta.len(), encoding })
}

/// The cache's slot for `path` whose content `raw` was just read; None if the file is
/// changing under us (`raw` may then be no version of it).
fn slot(path: &Path, raw: &[u8], encoding: Encoding) -> Option<(Key, Arc<Slot>)> {
    let key = key(path, encoding).filter(|k| k.len == raw.len() as u64)?;
    let mut cache = cache().lock().unwrap_or_else(|e| e.into_inner());
    // An older version of the same file will not be asked for again.
    cache.retain(|k, _| k.path != key.path || k.encoding != key.encoding || *k == key);
    let slot = cache.entry(key.clone()).or_default().clone();
    Some((key, slot))
}

/// Makes the slot's body from `raw`, or waits for it if another thread is making it.
fn fill(key: &Key, slot: &Slot, raw: &[u8]) {
    slot.started.store(true, Ordering::SeqCst);
    slot.body.get_or_init(|| Arc::new(key.encoding.compress(raw)));
    if self::key(&key.path, key.encoding).as_ref() != Some(key) {
        // The file changed while we read it: do not keep what may be a mix of two versions.
        cache().lock().unwrap_or_else(|e| e.into_inner()).remove(key);
    }
}

/// The compressed body of `path` (whose content `raw` was just read) if it is ready; if not,
/// starts making it in the background and returns None (the file then goes out uncompressed).
fn compressed(path: &Path, raw: &[u8], encoding: Encoding) -> Option<Arc<Vec<u8>>> {
    let (key, slot) = slot(path, raw, encoding)?;
    if let Some(body) = slot.body.get() {
        return Some(body.clone());
    }
    if !slot.started.swap(true, Ordering::SeqCst) {
        let raw = raw.to_vec();
        std::thread::spawn(move || fill(&key, &slot, &raw));
    }
    None
}

/// `bytes` compressed by Node's zlib: brotli at quality 11, told the input's size, as
/// `brotli -q 11 file` does.
fn brotli_by_node(bytes: &[u8]) -> Result<Vec<u8>, String> {
    const SCRIPT: &str = "const z = require('zlib'); const parts = []; \
        process.stdin.on('data', (d) => parts.push(d)).on('end', () => { const b = Buffer.concat(parts); \
        process.stdout.write(z.brotliCompressSync(b, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11, \
        [z.constants.BROTLI_PARAM_SIZE_HINT]: b.length } })); });";
    use std::process::{Command, Stdio};
    let mut child = Command::new("node")
        .args(["-e", SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("node: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("node: no stdin")?;
    let input = bytes.to_vec();
    // Written from a thread: node's output fills its pipe while the input still goes in.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().map_err(|e| format!("node: {e}"))?;
    writer.join().map_err(|_| "node: the writer panicked")?.map_err(|e| format!("node's stdin: {e}"))?;
    if !output.status.success() {
        return Err(format!("node: {}", String::from_utf8_lossy(&output.stderr).trim()));
    }
    Ok(output.stdout)
}

/// Compresses (brotli, which every browser accepts) each compressible file under `dir`,
/// largest first; returns once all are ready.
fn warm(dir: &Path) {
    let mut files = Vec::new();
    crate::setup::collect(dir, &mut files);
    let mut files: Vec<(u64, PathBuf)> = files
        .into_iter()
        .filter(|path| compressible(content_type(path)))
        .map(|path| (std::fs::metadata(&path).map_or(0, |m| m.len()), path))
        .collect();
    files.sort_by(|a, b| b.cmp(a));
    for (_, path) in files {
        let Ok(raw) = std::fs::read(&path) else { continue };
        if let Some((key, slot)) = slot(&path, &raw, Encoding::Brotli) {
            fill(&key, &slot, &raw);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn content_hash_in_names() {
        for name in ["acumap.3fa2b1c9.js", "acumap_bg-3fa2b1c9d0e1.wasm", "prose.zh-Hans.0123abcd.json", "a-DEADBEEF.css"] {
            assert!(has_content_hash(Path::new(name)), "{name}");
        }
        for name in ["acumap.js", "acumap_bg.wasm", "zh-Hans.json", "acumap.3fa2b1c.js", "3fa2b1c9d0e1", "site.css", "x.3fa2b1cg.js"] {
            assert!(!has_content_hash(Path::new(name)), "{name}");
        }
    }

    #[test]
    fn accept_encoding() {
        assert_eq!(Encoding::choose("gzip, deflate, br, zstd"), Some(Encoding::Brotli));
        assert_eq!(Encoding::choose("gzip, br;q=0"), Some(Encoding::Gzip));
        assert_eq!(Encoding::choose("GZIP"), Some(Encoding::Gzip));
        assert_eq!(Encoding::choose("identity"), None);
        assert_eq!(Encoding::choose(""), None);
    }

    /// GET `path` with this Accept-Encoding: (head, body).
    fn get(server: &Server, path: &str, accept_encoding: &str) -> (String, Vec<u8>) {
        let mut stream = TcpStream::connect(server.address).unwrap();
        write!(stream, "GET {path} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: {accept_encoding}\r\n\r\n").unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).unwrap();
        let split = response.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        (String::from_utf8(response[..split].to_vec()).unwrap(), response[split + 4..].to_vec())
    }

    fn unbrotli(body: &[u8]) -> Vec<u8> {
        let mut decoded = Vec::new();
        brotli::Decompressor::new(body, 4096).read_to_end(&mut decoded).unwrap();
        decoded
    }

    /// The sizes xtask reports are Google's encoder's: through Node, not the Rust fallback.
    #[test]
    fn brotli_goes_through_node_and_decodes() {
        let text = "acupuncture point reference ".repeat(500).into_bytes();
        let compressed = brotli_by_node(&text).expect("node compresses");
        assert_eq!(unbrotli(&compressed), text);
        assert!(compressed.len() < 200, "{} bytes", compressed.len());
    }

    #[test]
    fn compresses_caches_and_serves_mounts() {
        let dir = std::env::temp_dir().join(format!("acumap-serve-test-{}", std::process::id()));
        let (www, mount) = (dir.join("www"), dir.join("mount"));
        std::fs::create_dir_all(www.join("pkg")).unwrap();
        std::fs::create_dir_all(&mount).unwrap();
        let page = "<!doctype html><p>Hello</p>\n".repeat(50);
        std::fs::write(www.join("index.html"), &page).unwrap();
        std::fs::write(www.join("pkg/acumap.js"), "export {};\n".repeat(50)).unwrap();
        std::fs::write(www.join("pkg/acumap_bg.0123abcd4567.wasm"), [0u8; 300]).unwrap();
        std::fs::write(www.join("pic.png"), [7u8; 300]).unwrap();
        let css = "p { color: red }\n".repeat(100);
        std::fs::write(mount.join("page.css"), &css).unwrap();
        let mut server = Server::serve(0, www, vec![("/extra/".to_string(), mount)]).unwrap();
        server.wait_warm();

        let (head, body) = get(&server, "/", "gzip, deflate, br, zstd");
        assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
        assert!(head.contains("Content-Encoding: br\r\n") && head.contains("Vary: Accept-Encoding\r\n"), "{head}");
        assert!(head.contains(&format!("Content-Security-Policy: {CSP}\r\n")), "{head}");
        assert!(head.contains("Cache-Control: no-store\r\n") && head.contains("X-Content-Type-Options: nosniff\r\n"), "{head}");
        assert!(head.contains(&format!("Content-Length: {}\r\n", body.len())), "{head}");
        assert_eq!(unbrotli(&body), page.as_bytes());

        let (head, body) = get(&server, "/pkg/acumap_bg.0123abcd4567.wasm", "br");
        assert!(head.contains("Content-Type: application/wasm\r\n") && head.contains("Content-Encoding: br\r\n"), "{head}");
        assert!(head.contains(&format!("Cache-Control: {IMMUTABLE}\r\n")), "{head}");
        assert_eq!(unbrotli(&body), [0u8; 300]);
        let (head, _) = get(&server, "/pkg/acumap.js", "br");
        assert!(head.contains("Cache-Control: no-store\r\n") && head.contains("Content-Encoding: br\r\n"), "{head}");

        // Not compressible: as it is, with no Vary.
        let (head, body) = get(&server, "/pic.png", "br");
        assert!(!head.contains("Content-Encoding") && !head.contains("Vary"), "{head}");
        assert_eq!(body, [7u8; 300]);
        // Not accepted: as it is.
        let (head, body) = get(&server, "/index.html", "identity");
        assert!(!head.contains("Content-Encoding") && head.contains("Vary: Accept-Encoding\r\n"), "{head}");
        assert_eq!(body, page.as_bytes());

        // Not warmed (gzip; a mounted folder): the first answer is uncompressed, and the
        // compressed body is made for the next ones.
        for (path, accept, want, raw) in
            [("/", "gzip", "gzip", page.as_bytes()), ("/extra/page.css", "br", "br", css.as_bytes())]
        {
            let (head, body) = get(&server, path, accept);
            assert!(!head.contains("Content-Encoding") && body == raw, "{head}");
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
            let (head, body) = loop {
                let (head, body) = get(&server, path, accept);
                if head.contains("Content-Encoding") || std::time::Instant::now() > deadline {
                    break (head, body);
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            };
            assert!(head.contains(&format!("Content-Encoding: {want}\r\n")), "{head}");
            let decoded = if want == "br" {
                unbrotli(&body)
            } else {
                let mut decoded = Vec::new();
                flate2::read::GzDecoder::new(&body[..]).read_to_end(&mut decoded).unwrap();
                decoded
            };
            assert_eq!(decoded, raw);
        }

        assert!(get(&server, "/extra/../index.html", "br").0.starts_with("HTTP/1.1 404"));
        assert!(get(&server, "/extra/index.html", "br").0.starts_with("HTTP/1.1 404"));
        assert!(get(&server, "/../Cargo.toml", "br").0.starts_with("HTTP/1.1 404"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
