//! The workshop room: participants submit drafts (each a new version of theirs); the
//! trainer, holding the token, reads them all and picks one for the projector (the exports
//! are in `export.rs`).
// Helpers return the error `Response` a handler sends as is; boxing it would only be unboxed again.
#![allow(clippy::result_large_err)]
use super::api::{error, BODY_LIMIT};
use super::linters::{json_report, verdict, Choice};
use super::store::{Draft, NewDraft, Store};
use super::{guard, AppState};
use crate::model::{Platform, TextKind};
use axum::extract::rejection::JsonRejection;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};

/// A running room.
pub struct Workshop {
    pub title: String,
    pub token: String,
    pub store: Mutex<Store>,
}

impl Workshop {
    fn authorized(&self, headers: &HeaderMap, query: Option<&str>) -> bool {
        guard::token_of(headers, query).is_some_and(|t| guard::same_secret(t.as_bytes(), self.token.as_bytes()))
    }
}

fn room(st: &AppState) -> Result<&Workshop, Response> {
    st.workshop.as_ref().ok_or_else(|| {
        error(
            StatusCode::NOT_FOUND,
            "Tidak ada ruang pelatihan. / No workshop room: start with --workshop.",
        )
    })
}

pub(super) fn trainer<'a>(
    st: &'a AppState,
    headers: &HeaderMap,
    query: Option<&str>,
) -> Result<&'a Workshop, Response> {
    let w = room(st)?;
    if w.authorized(headers, query) {
        Ok(w)
    } else {
        Err(guard::unauthorized())
    }
}

pub(super) fn storage_error(e: String) -> Response {
    error(StatusCode::INTERNAL_SERVER_ERROR, &format!("storage: {e}"))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Submit {
    /// The browser's random id for this participant.
    participant: String,
    name: String,
    text: String,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    platform: Option<String>,
}

/// `POST /api/workshop/drafts`: a participant submits a draft.
pub async fn submit(State(st): State<Arc<AppState>>, body: Result<Json<Submit>, JsonRejection>) -> Response {
    let Json(s) = match body {
        Ok(b) => b,
        Err(r) => return super::api::rejection(r),
    };
    if let Err(e) = room(&st) {
        return e;
    }
    let name = s.name.trim();
    let participant = s.participant.trim();
    if name.is_empty() || name.chars().count() > 60 || participant.is_empty() || participant.len() > 64 {
        return error(
            StatusCode::BAD_REQUEST,
            "Isi nama (paling banyak 60 huruf). / Give a name (at most 60 characters).",
        );
    }
    if s.text.trim().is_empty() || s.text.len() > BODY_LIMIT {
        return error(StatusCode::BAD_REQUEST, "Drafnya masih kosong. / The draft is empty.");
    }
    let kind = s.kind.as_deref().and_then(TextKind::parse);
    let platform = s.platform.as_deref().and_then(Platform::parse);
    let (name, participant) = (name.to_string(), participant.to_string());
    let st2 = st.clone();
    let done = tokio::task::spawn_blocking(move || {
        let w = st2.workshop.as_ref()?;
        let linter = st2.linters.get(Choice { kind, platform });
        let r = linter.lint(&name, &s.text);
        let report = json_report(std::slice::from_ref(&r)).to_string();
        let mut ids: Vec<&str> = r.diagnostics.iter().map(|d| d.rule.as_str()).collect();
        ids.dedup();
        let new = NewDraft {
            participant: &participant,
            name: &name,
            kind: r.kind.as_str(),
            platform: platform_str(platform.unwrap_or(linter.settings.platform)),
            text: &s.text,
            score: i64::from(r.score.value),
            verdict: verdict(r.score.value, false),
            findings: r.diagnostics.len() as i64,
            rules: &ids.join(" "),
            report: &report,
        };
        let mut store = w.store.lock().unwrap_or_else(|p| p.into_inner());
        Some(store.add(&new).map(|(id, version)| (id, version, r.score.value)))
    })
    .await;
    match done {
        Ok(Some(Ok((id, version, score)))) => {
            Json(json!({ "id": id, "version": version, "score": score })).into_response()
        }
        Ok(Some(Err(e))) => storage_error(e),
        _ => error(StatusCode::INTERNAL_SERVER_ERROR, "internal error"),
    }
}

fn platform_str(p: Platform) -> &'static str {
    match p {
        Platform::Generic => "generic",
        Platform::Instagram => "instagram",
        Platform::Facebook => "facebook",
        Platform::X => "x",
        Platform::Whatsapp => "whatsapp",
    }
}

fn draft_json(d: &Draft) -> Value {
    let mut v = serde_json::to_value(d).unwrap_or_default();
    if let Value::Object(m) = &mut v {
        m.insert("report".into(), serde_json::from_str(&d.report).unwrap_or(Value::Null));
    }
    v
}

fn since(query: Option<&str>) -> i64 {
    query
        .unwrap_or("")
        .split('&')
        .find_map(|kv| kv.strip_prefix("since="))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// `GET /api/workshop/drafts[?since=ID]` (trainer): every draft after `since`, with its report.
pub async fn list(State(st): State<Arc<AppState>>, headers: HeaderMap, RawQuery(q): RawQuery) -> Response {
    let w = match trainer(&st, &headers, q.as_deref()) {
        Ok(w) => w,
        Err(e) => return e,
    };
    let store = w.store.lock().unwrap_or_else(|p| p.into_inner());
    let screen = store.get("screen").ok().flatten().and_then(|s| s.parse::<i64>().ok());
    match store.drafts(since(q.as_deref())) {
        Ok(drafts) => Json(json!({
            "version": 1,
            "title": w.title,
            "screen": screen,
            "drafts": drafts.iter().map(draft_json).collect::<Vec<_>>(),
        }))
        .into_response(),
        Err(e) => storage_error(e),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Screen {
    draft: Option<i64>,
}

/// `POST /api/workshop/screen` (trainer): puts a draft on the projector (`null` clears it).
pub async fn set_screen(
    State(st): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Result<Json<Screen>, JsonRejection>,
) -> Response {
    let w = match trainer(&st, &headers, None) {
        Ok(w) => w,
        Err(e) => return e,
    };
    let Json(s) = match body {
        Ok(b) => b,
        Err(r) => return super::api::rejection(r),
    };
    let store = w.store.lock().unwrap_or_else(|p| p.into_inner());
    let value = s.draft.map_or(String::new(), |id| id.to_string());
    match store.set("screen", &value) {
        Ok(()) => Json(json!({ "screen": s.draft })).into_response(),
        Err(e) => storage_error(e),
    }
}

/// `GET /api/workshop/screen`: the draft on the projector, for `/screen` (the room sees it anyway).
pub async fn screen(State(st): State<Arc<AppState>>) -> Response {
    let w = match room(&st) {
        Ok(w) => w,
        Err(e) => return e,
    };
    let store = w.store.lock().unwrap_or_else(|p| p.into_inner());
    let id = store.get("screen").ok().flatten().and_then(|s| s.parse::<i64>().ok());
    let draft = id.and_then(|id| store.draft(id).ok().flatten());
    Json(json!({ "version": 1, "title": w.title, "draft": draft.as_ref().map(draft_json) })).into_response()
}
