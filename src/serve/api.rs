//! The JSON API: `POST /api/lint`, `/api/fix`, `/api/score`, `GET /api/rules`,
//! `/api/explain/{id}`, `/api/config`. Answers are `--format json`'s schema v1; errors
//! are `{"error": "..."}` with the matching status (413 for a body over the cap).
// Helpers return the error `Response` a handler sends as is; boxing it would only be unboxed again.
#![allow(clippy::result_large_err)]
use super::linters::{fix_json, json_report, verdict, Choice};
use super::AppState;
use crate::model::{Platform, TextKind};
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::sync::Arc;

/// Largest request body accepted (a post is a few KB; a whole report draft well under this).
pub const BODY_LIMIT: usize = 256 * 1024;

/// What `lint`, `fix` and `score` take.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextRequest {
    pub text: String,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub platform: Option<String>,
    /// Echoed as the report's `path`; `.md` makes the text Markdown.
    #[serde(default)]
    pub path: Option<String>,
    /// `fix` only: include unsafe rewrites (default true: "Versi luwes" is `fix --unsafe`).
    #[serde(default, rename = "unsafe")]
    pub unsafe_fixes: Option<bool>,
}

pub fn error_json(msg: &str) -> Json<Value> {
    Json(json!({ "error": msg }))
}

pub fn error(status: StatusCode, msg: &str) -> Response {
    (status, error_json(msg)).into_response()
}

/// A body the JSON extractor refused, said plainly (in both languages: the API has no
/// language setting, and people read these in the browser's network tab).
pub fn rejection(r: JsonRejection) -> Response {
    let status = r.status();
    let msg = if status == StatusCode::PAYLOAD_TOO_LARGE {
        format!(
            "Teks terlalu panjang (batas {} KB). / Request body too large (limit {} KB).",
            BODY_LIMIT / 1024,
            BODY_LIMIT / 1024
        )
    } else {
        format!("Permintaan tidak valid. / Invalid request: {}", r.body_text())
    };
    error(status, &msg)
}

impl TextRequest {
    /// The kind and platform asked for, or a 400 naming the bad value.
    fn choice(&self) -> Result<Choice, Response> {
        let kind = match self.kind.as_deref() {
            None | Some("") => None,
            Some(k) => Some(TextKind::parse(k).ok_or_else(|| bad("kind", k))?),
        };
        let platform = match self.platform.as_deref() {
            None | Some("") => None,
            Some(p) => Some(Platform::parse(p).ok_or_else(|| bad("platform", p))?),
        };
        Ok(Choice { kind, platform })
    }

    fn path(&self) -> String {
        match self.path.as_deref() {
            Some(p) if !p.is_empty() && p.len() < 256 => p.to_string(),
            _ => "draft.txt".to_string(),
        }
    }
}

fn bad(field: &str, value: &str) -> Response {
    let value: String = value.chars().take(40).collect();
    error(StatusCode::BAD_REQUEST, &format!("unknown {field} `{value}`"))
}

/// A text request's body and the linter it asks for, or the error to answer with.
fn accept(body: Result<Json<TextRequest>, JsonRejection>) -> Result<(TextRequest, Choice), Response> {
    let Json(req) = body.map_err(rejection)?;
    let choice = req.choice()?;
    Ok((req, choice))
}

/// Runs CPU work off the async workers so a long text does not stall other requests.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, Response> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|_| error(StatusCode::INTERNAL_SERVER_ERROR, "internal error"))
}

pub async fn lint(State(st): State<Arc<AppState>>, body: Result<Json<TextRequest>, JsonRejection>) -> Response {
    let (req, choice) = match accept(body) {
        Ok(r) => r,
        Err(e) => return e,
    };
    let path = req.path();
    // The printer's own bytes: the API answers exactly what `--format json` prints.
    let printed = blocking(move || {
        let mut buf = Vec::new();
        let _ = crate::output::json::print(&mut buf, &[st.linters.get(choice).lint(&path, &req.text)]);
        buf
    });
    match printed.await {
        Ok(buf) => ([(axum::http::header::CONTENT_TYPE, "application/json")], buf).into_response(),
        Err(e) => e,
    }
}

pub async fn fix(State(st): State<Arc<AppState>>, body: Result<Json<TextRequest>, JsonRejection>) -> Response {
    let (req, choice) = match accept(body) {
        Ok(r) => r,
        Err(e) => return e,
    };
    let path = req.path();
    let unsafe_fixes = req.unsafe_fixes.unwrap_or(true);
    match blocking(move || fix_json(st.linters.get(choice), &path, &req.text, unsafe_fixes)).await {
        Ok(v) => Json(v).into_response(),
        Err(e) => e,
    }
}

/// The report of `lint`, plus the verdict words for the score's band.
pub async fn score(State(st): State<Arc<AppState>>, body: Result<Json<TextRequest>, JsonRejection>) -> Response {
    let (req, choice) = match accept(body) {
        Ok(r) => r,
        Err(e) => return e,
    };
    let path = req.path();
    let report = blocking(move || st.linters.get(choice).lint(&path, &req.text)).await;
    match report {
        Ok(r) => {
            let mut v = json_report(std::slice::from_ref(&r));
            if let Value::Object(m) = &mut v {
                m.insert(
                    "verdict".into(),
                    json!({ "id": verdict(r.score.value, false), "en": verdict(r.score.value, true) }),
                );
            }
            Json(v).into_response()
        }
        Err(e) => e,
    }
}

#[derive(Serialize)]
struct RuleJson<'a> {
    id: &'a str,
    lang: Option<&'a str>,
    kind: &'a str,
    category: &'a str,
    severity: &'a str,
    fix: &'a str,
    fixable: bool,
    weight: f64,
    message: &'a str,
}

/// The rules in force (the server's config), in id order.
pub async fn rules(State(st): State<Arc<AppState>>) -> Response {
    let linter = st.linters.default_linter();
    let rules: Vec<RuleJson> = linter
        .enabled_rules()
        .map(|r| RuleJson {
            id: &r.meta.id,
            lang: r.meta.lang.as_deref(),
            kind: r.meta.kind,
            category: r.meta.category.as_str(),
            severity: r.meta.severity.as_str(),
            fix: r.meta.fix.as_str(),
            fixable: r.is_fixable(),
            weight: r.meta.weight,
            message: &r.meta.message,
        })
        .collect();
    Json(json!({ "version": 1, "rules": rules })).into_response()
}

/// What `luwes explain` prints, as data: description, before/after examples, source.
pub async fn explain(State(st): State<Arc<AppState>>, Path(id): Path<String>) -> Response {
    let linter = st.linters.default_linter();
    let Some(r) = linter.rules.get(&id) else {
        let id: String = id.chars().take(80).collect();
        return error(StatusCode::NOT_FOUND, &format!("no rule `{id}`"));
    };
    let examples: Vec<Value> = r
        .meta
        .tests
        .iter()
        .filter_map(|t| match (&t.bad, &t.fixed, &t.good) {
            (Some(bad), fixed, _) => Some(json!({ "before": bad, "after": fixed })),
            (None, _, Some(good)) => Some(json!({ "good": good })),
            _ => None,
        })
        .collect();
    let m = &r.meta;
    Json(json!({
        "version": 1,
        "id": m.id,
        "lang": m.lang,
        "kind": m.kind,
        "category": m.category.as_str(),
        "severity": m.severity.as_str(),
        "fix": m.fix.as_str(),
        "weight": m.weight,
        "message": m.message,
        "description": m.description,
        "source": m.source,
        "examples": examples,
    }))
    .into_response()
}

/// What the pages need to know about this server: the room (if any) and the office profile.
pub async fn config(State(st): State<Arc<AppState>>) -> Response {
    Json(json!({
        "version": 1,
        "luwes": env!("CARGO_PKG_VERSION"),
        "workshop": st.workshop.as_ref().map(|w| w.title.clone()),
        "profile": { "greeting": st.profile.greeting, "channel": st.profile.channel },
        "body_limit": BODY_LIMIT,
    }))
    .into_response()
}
