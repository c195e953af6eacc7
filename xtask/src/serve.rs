//! A small static file server for `www/`, for the demo and the browser tests. Every page is
//! served with the strict Content-Security-Policy the widget promises to work under.

use crate::setup::root;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::thread::JoinHandle;

pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
                       img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; \
                       require-trusted-types-for 'script'; trusted-types 'none'";

pub struct Server {
    pub address: SocketAddr,
    thread: JoinHandle<()>,
}

impl Server {
    /// Serves `www/` on 127.0.0.1:`port` (0: any free port) from a background thread.
    pub fn start(port: u16) -> Result<Server, String> {
        let listener =
            TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("cannot listen on port {port}: {e}"))?;
        let address = listener.local_addr().map_err(|e| e.to_string())?;
        let www = root().join("www");
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let www = www.clone();
                std::thread::spawn(move || {
                    let _ = respond(stream, &www);
                });
            }
        });
        Ok(Server { address, thread })
    }

    pub fn wait(self) {
        let _ = self.thread.join();
    }
}

fn respond(mut stream: TcpStream, www: &Path) -> std::io::Result<()> {
    let mut request_line = String::new();
    let mut reader = BufReader::new(stream.try_clone()?);
    reader.read_line(&mut request_line)?;
    // Read (and ignore) the headers.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let (status, content_type, body) = match resolve(www, path).and_then(|p| Some((std::fs::read(&p).ok()?, p))) {
        Some((body, file)) => ("200 OK", content_type(&file), body),
        None => ("404 Not Found", "text/plain; charset=utf-8", b"not found".to_vec()),
    };
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Content-Security-Policy: {CSP}\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\n\
         Connection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(&body)
}

/// The file for a URL path, never outside `www/`.
fn resolve(www: &Path, url_path: &str) -> Option<PathBuf> {
    let mut path = www.to_path_buf();
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
