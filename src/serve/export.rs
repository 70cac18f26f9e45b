//! The end of a workshop: the room as the self-contained HTML report `luwes report` writes,
//! and as a CSV for monitoring & evaluation, both downloaded from the trainer's page.
use super::api::error_json;
use super::store::Draft;
use super::workshop::{storage_error, trainer};
use super::AppState;
use crate::engine::Linter;
use crate::model::{Applicability, FileReport, RuleMeta};
use crate::output::report::Header;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// Lints stored drafts again for the HTML report, named `name · vN`.
pub fn reports(linter: &Linter, drafts: &[Draft]) -> Vec<FileReport> {
    drafts
        .iter()
        .map(|d| linter.lint(&format!("{} · v{}", d.name, d.version), &d.text))
        .collect()
}

/// The room as the self-contained HTML report `luwes report` writes, each draft with its
/// whole text after every rewrite.
pub fn html_report(linter: &Linter, header: Header, drafts: &[Draft], en: bool) -> String {
    let reports = reports(linter, drafts);
    let after: Vec<Option<String>> = reports
        .iter()
        .map(|r| {
            let outcome = crate::fix::fix(|t| linter.lint(&r.path, t), &r.source, Applicability::Unsafe);
            outcome.changed().then(|| outcome.text().to_string())
        })
        .collect();
    let rules: Vec<&RuleMeta> = linter.rules.rules.iter().map(|r| &r.meta).collect();
    crate::output::report::render(&crate::output::report::Page {
        reports: &reports,
        rules: &rules,
        labels: if en { &crate::output::EN } else { &crate::output::ID },
        header,
        after: &after,
    })
}

/// One CSV field: quoted when needed, and a leading `= + - @` neutralised so a spreadsheet
/// never runs a participant's text as a formula.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The room as CSV for monitoring & evaluation, one row per draft.
pub fn csv(drafts: &[Draft]) -> String {
    let mut out = String::from("participant,name,draft,version,time,score,verdict,findings,rules\r\n");
    for d in drafts {
        let row = [
            csv_field(&d.participant),
            csv_field(&d.name),
            d.id.to_string(),
            d.version.to_string(),
            csv_field(&d.created),
            d.score.to_string(),
            csv_field(&d.verdict),
            d.findings.to_string(),
            csv_field(&d.rules),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

fn attachment(body: String, mime: &'static str, name: &str) -> Response {
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

/// `GET /trainer/export.csv?token=…`
pub async fn export_csv(State(st): State<Arc<AppState>>, headers: HeaderMap, RawQuery(q): RawQuery) -> Response {
    let w = match trainer(&st, &headers, q.as_deref()) {
        Ok(w) => w,
        Err(e) => return e,
    };
    let drafts = w.store.lock().unwrap_or_else(|p| p.into_inner()).drafts(0);
    match drafts {
        Ok(d) => attachment(csv(&d), "text/csv; charset=utf-8", "luwes-workshop.csv"),
        Err(e) => storage_error(e),
    }
}

/// `GET /trainer/export.html?token=…[&lang=en]`
pub async fn export_html(State(st): State<Arc<AppState>>, headers: HeaderMap, RawQuery(q): RawQuery) -> Response {
    let w = match trainer(&st, &headers, q.as_deref()) {
        Ok(w) => w,
        Err(e) => return e,
    };
    let en = q.as_deref().unwrap_or("").split('&').any(|kv| kv == "lang=en");
    let drafts = w.store.lock().unwrap_or_else(|p| p.into_inner()).drafts(0);
    let drafts = match drafts {
        Ok(d) => d,
        Err(e) => return storage_error(e),
    };
    let title = w.title.clone();
    let html = tokio::task::spawn_blocking(move || {
        html_report(
            st.linters.default_linter(),
            Header {
                title: Some(&title),
                ..Header::default()
            },
            &drafts,
            en,
        )
    })
    .await;
    match html {
        Ok(h) => {
            let mut res = attachment(h, "text/html; charset=utf-8", "luwes-workshop.html");
            // The report is a document to save, with its own inline style and script.
            res.headers_mut().insert(
                "content-security-policy",
                HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; sandbox allow-scripts"),
            );
            res
        }
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, error_json("internal error")).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(csv_field("Ani"), "Ani");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-1"), "'-1");
    }
}
