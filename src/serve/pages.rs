//! The embedded pages and their assets: plain HTML, CSS and JavaScript compiled into the
//! binary, so `luwes serve` works with no internet and no build step. Only these names
//! are served: no path from a request ever reaches the file system.
use super::{guard, AppState};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

const ASSETS: &[(&str, &str, &str)] = &[
    ("style.css", "text/css; charset=utf-8", include_str!("assets/style.css")),
    (
        "i18n.js",
        "text/javascript; charset=utf-8",
        include_str!("assets/i18n.js"),
    ),
    (
        "common.js",
        "text/javascript; charset=utf-8",
        include_str!("assets/common.js"),
    ),
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_str!("assets/app.js"),
    ),
    (
        "trainer.js",
        "text/javascript; charset=utf-8",
        include_str!("assets/trainer.js"),
    ),
    (
        "screen.js",
        "text/javascript; charset=utf-8",
        include_str!("assets/screen.js"),
    ),
    ("icon.svg", "image/svg+xml", include_str!("assets/icon.svg")),
];

const INDEX: &str = include_str!("assets/index.html");
const TRAINER: &str = include_str!("assets/trainer.html");
const SCREEN: &str = include_str!("assets/screen.html");

fn html(body: &'static str) -> Response {
    let mut res = body.into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    res
}

pub async fn index() -> Response {
    html(INDEX)
}

pub async fn screen() -> Response {
    html(SCREEN)
}

/// The trainer's page, only with the right token. The address printed at start carries it;
/// it is moved into a cookie and out of the address bar (where a projected screen or the
/// history would show it) by a redirect, and the page's requests then carry the cookie.
pub async fn trainer(State(st): State<Arc<AppState>>, headers: HeaderMap, RawQuery(q): RawQuery) -> Response {
    let Some(w) = &st.workshop else {
        return (
            StatusCode::NOT_FOUND,
            "No workshop room: start luwes serve with --workshop.",
        )
            .into_response();
    };
    let right = |t: &str| guard::same_secret(t.as_bytes(), w.token.as_bytes());
    if let Some(t) = guard::query_token(q.as_deref()) {
        if !right(&t) {
            return guard::unauthorized_page();
        }
        let mut res = Response::new(axum::body::Body::empty());
        *res.status_mut() = StatusCode::SEE_OTHER;
        res.headers_mut()
            .insert(header::LOCATION, HeaderValue::from_static("/trainer"));
        res.headers_mut()
            .insert(header::SET_COOKIE, guard::token_cookie(&w.token));
        return res;
    }
    if !guard::token_of(&headers, None).is_some_and(|t| right(&t)) {
        return guard::unauthorized_page();
    }
    html(TRAINER)
}

pub async fn asset(Path(name): Path<String>) -> Response {
    match ASSETS.iter().find(|(n, _, _)| *n == name) {
        Some((_, mime, body)) => {
            let mut res = (*body).into_response();
            res.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
            res
        }
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}
