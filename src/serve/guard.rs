//! The server's walls: requests must name this server (Host) and come from its own pages
//! (Origin), so a web page elsewhere cannot drive it through the visitor's browser (DNS
//! rebinding, cross-site POSTs); every answer carries headers that keep pages from loading
//! anything but their own assets; the trainer's token is compared in constant time.
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// Pages load only their own scripts, styles and API: a draft that slips past escaping
/// still cannot run a script, and nothing is fetched from the internet.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The port the server listens on, which a valid Host must carry.
#[derive(Clone)]
pub struct Port(pub u16);

/// Whether `host` (a Host header, or the host:port of an Origin) names this server:
/// an IP literal or `localhost`, on our port. A DNS name other than localhost is refused:
/// that is what a rebinding attack sends, while participants on the LAN use the address
/// printed at start (an IP).
pub fn host_ok(host: &str, port: u16) -> bool {
    let (name, p) = match host.rsplit_once(':') {
        Some((n, p)) if !n.is_empty() && !p.contains(']') => (n, p.parse::<u16>().ok()),
        _ => (host, None),
    };
    // Browsers leave out the port when it is the scheme's default.
    let port_ok = p.map_or(port == 80, |p| p == port);
    let name = name.trim_start_matches('[').trim_end_matches(']');
    port_ok && (name.eq_ignore_ascii_case("localhost") || name.parse::<std::net::IpAddr>().is_ok())
}

/// Rejects requests with a foreign Host, or with an Origin other than this server.
pub async fn check_origin(State(port): State<Arc<Port>>, req: Request, next: Next) -> Response {
    let headers = req.headers();
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
    if !host_ok(host, port.0) {
        return refuse(
            StatusCode::MISDIRECTED_REQUEST,
            "Host not accepted: open luwes at the address it printed.",
        );
    }
    if let Some(origin) = headers.get(header::ORIGIN) {
        let same = origin
            .to_str()
            .ok()
            .and_then(|o| o.strip_prefix("http://"))
            .is_some_and(|o| o.eq_ignore_ascii_case(host));
        if !same {
            return refuse(StatusCode::FORBIDDEN, "Cross-origin request refused.");
        }
    }
    // A browser that sends no Origin on a cross-site POST still sends Sec-Fetch-Site.
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if site == "cross-site" {
            return refuse(StatusCode::FORBIDDEN, "Cross-site request refused.");
        }
    }
    let mut res = next.run(req).await;
    secure_headers(res.headers_mut());
    res
}

fn refuse(status: StatusCode, msg: &'static str) -> Response {
    let mut res = (status, crate::serve::api::error_json(msg)).into_response();
    secure_headers(res.headers_mut());
    res
}

pub fn secure_headers(h: &mut HeaderMap) {
    let set = |h: &mut HeaderMap, k: &'static str, v: &'static str| {
        h.entry(k).or_insert(HeaderValue::from_static(v));
    };
    set(h, "content-security-policy", CSP);
    set(h, "x-content-type-options", "nosniff");
    set(h, "referrer-policy", "no-referrer");
    set(h, "x-frame-options", "DENY");
    set(h, "cache-control", "no-store");
}

/// Compares two secrets in time that depends only on their lengths, so the response time
/// tells an attacker nothing about how much of a guess was right.
pub fn same_secret(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let diff = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(diff) == 0
}

/// A fresh trainer token: 128 random bits from the OS, as hex.
pub fn new_token() -> Result<String, String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| format!("no randomness for the trainer token: {e}"))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The cookie the trainer's browser keeps the token in (HttpOnly, SameSite=Strict).
pub const COOKIE: &str = "luwes_trainer";

/// The token a request carries: the `X-Luwes-Token` header (API clients), the trainer's
/// cookie (the trainer page), or the `token` query parameter (the address printed at start).
pub fn token_of(headers: &HeaderMap, query: Option<&str>) -> Option<String> {
    if let Some(t) = headers.get("x-luwes-token").and_then(|v| v.to_str().ok()) {
        return Some(t.to_string());
    }
    let cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|kv| kv.trim().strip_prefix(COOKIE)?.strip_prefix('='));
    if let Some(t) = cookie {
        return Some(t.to_string());
    }
    query_token(query)
}

pub fn query_token(query: Option<&str>) -> Option<String> {
    query?
        .split('&')
        .find_map(|kv| kv.strip_prefix("token="))
        .map(str::to_string)
}

/// The trainer's token as a cookie for this server only, gone when the browser closes.
pub fn token_cookie(token: &str) -> HeaderValue {
    HeaderValue::from_str(&format!("{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/"))
        .unwrap_or(HeaderValue::from_static(""))
}

/// The 401 a person sees: a short page saying what to do (a restarted server prints a new
/// token, so an old address or cookie no longer works).
pub fn unauthorized_page() -> Response {
    let body = "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">\
        <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>luwes</title>\
        <link rel=\"stylesheet\" href=\"/assets/style.css\"></head><body><main class=\"wide\"><section>\
        <h1>Token pelatih salah atau tidak ada</h1><p>Buka alamat pelatih yang dicetak saat <code>luwes serve</code> \
        dimulai (alamatnya berakhir dengan <code>?token=…</code>). Setiap kali server dijalankan ulang, tokennya baru.</p>\
        <p lang=\"en\">Wrong or missing trainer token: open the trainer address printed when <code>luwes serve</code> \
        started. Each start prints a new token.</p></section></main></body></html>";
    let mut res = Response::new(Body::from(body));
    *res.status_mut() = StatusCode::UNAUTHORIZED;
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    res
}

/// A plain 401 answer for the API.
pub fn unauthorized() -> Response {
    let body = Body::from("{\"error\":\"Token pelatih salah atau tidak ada. / Wrong or missing trainer token.\"}");
    let mut res = Response::new(body);
    *res.status_mut() = StatusCode::UNAUTHORIZED;
    res.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert!(host_ok("127.0.0.1:8080", 8080));
        assert!(host_ok("localhost:8080", 8080));
        assert!(host_ok("[::1]:8080", 8080));
        assert!(host_ok("192.168.1.20:8080", 8080));
        assert!(!host_ok("evil.example:8080", 8080));
        assert!(!host_ok("127.0.0.1:9090", 8080));
        assert!(!host_ok("127.0.0.1", 8080));
        assert!(host_ok("127.0.0.1", 80));
        assert!(!host_ok("", 8080));
        assert!(!host_ok("localhost.evil.example:8080", 8080));
    }

    #[test]
    fn secrets() {
        assert!(same_secret(b"abc", b"abc"));
        assert!(!same_secret(b"abc", b"abd"));
        assert!(!same_secret(b"abc", b"abcd"));
        let t = new_token().unwrap();
        assert_eq!(t.len(), 32);
        assert_ne!(t, new_token().unwrap());
    }
}
