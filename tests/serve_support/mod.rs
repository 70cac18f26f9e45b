//! What the `serve_*` tests share: a `luwes serve` process on an ephemeral loopback port, a
//! raw HTTP/1.1 client (so a test can send any Host, Origin or body it likes), and a minimal
//! DevTools-protocol client driving Debian's headless Chromium for the browser tests.
#![allow(dead_code)]
pub mod cdp;

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A running `luwes serve`, killed when dropped.
pub struct Server {
    pub child: Child,
    /// `127.0.0.1:PORT`
    pub addr: String,
    pub token: Option<String>,
    /// What it printed at start.
    pub banner: String,
    /// Everything it printed on stdout after the banner (read by a thread).
    pub rest: mpsc::Receiver<String>,
}

impl Server {
    /// Starts `luwes serve --port 0 ARGS` in `dir` (with `--no-config` unless ARGS name a
    /// `--config`) and reads its banner.
    pub fn start(dir: &Path, args: &[&str]) -> Server {
        let no_config = (!args.contains(&"--config")).then_some("--no-config");
        let mut child = Command::new(env!("CARGO_BIN_EXE_luwes"))
            // Indonesian, whatever the machine's locale.
            .env_remove("LUWES_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .args(["serve", "--port", "0"])
            .args(no_config)
            .args(args)
            .current_dir(dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start luwes serve");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let (mut addr, mut token, mut banner) = (None, None, String::new());
        for line in lines.by_ref() {
            let line = line.expect("read the banner");
            banner.push_str(&line);
            banner.push('\n');
            if let Some(u) = line.strip_prefix("luwes serve: http://") {
                addr = Some(u.trim_end_matches('/').to_string());
            }
            if let Some(i) = line.find("token=") {
                token = Some(line[i + 6..].trim().to_string());
            }
            if line.contains("Ctrl-C") {
                break;
            }
        }
        let (tx, rest) = mpsc::channel();
        std::thread::spawn(move || {
            for l in lines.map_while(Result::ok) {
                let _ = tx.send(l);
            }
        });
        Server {
            child,
            addr: addr.expect("the banner names the address"),
            token,
            banner,
            rest,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// A request with the right Host and no Origin (what curl sends).
    pub fn get(&self, path: &str) -> Reply {
        http(&self.addr, "GET", path, &[], None)
    }

    pub fn post(&self, path: &str, body: &Value) -> Reply {
        http(
            &self.addr,
            "POST",
            path,
            &[("Content-Type", "application/json")],
            Some(body.to_string().as_bytes()),
        )
    }

    pub fn trainer_get(&self, path: &str) -> Reply {
        let t = self.token.clone().expect("a workshop server");
        http(&self.addr, "GET", path, &[("X-Luwes-Token", &t)], None)
    }

    /// Sends SIGINT (Ctrl-C) and waits for the process to end; returns its exit code.
    pub fn interrupt(mut self) -> Option<i32> {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-INT", &pid]).status().expect("kill -INT");
        let start = Instant::now();
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                return s.code();
            }
            assert!(start.elapsed() < Duration::from_secs(20), "no exit after Ctrl-C");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// One HTTP/1.1 request over a fresh connection. `Host` defaults to `addr` unless given.
pub fn http(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: Option<&[u8]>) -> Reply {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        req.push_str(&format!("Host: {addr}\r\n"));
    }
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    if let Some(b) = body {
        req.push_str(&format!("Content-Length: {}\r\n", b.len()));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    if let Some(b) = body {
        // The server may answer (413) and close before reading it all.
        let _ = s.write_all(b);
    }
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no HTTP answer: {:?}", String::from_utf8_lossy(&raw)));
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    if chunked {
        body = dechunk(&body);
    }
    Reply { status, headers, body }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(i) = b.windows(2).position(|w| w == b"\r\n") {
        let n = usize::from_str_radix(String::from_utf8_lossy(&b[..i]).trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.extend_from_slice(&b[i + 2..i + 2 + n]);
        b = &b[i + 4 + n..];
    }
    out
}
