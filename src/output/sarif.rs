//! `sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Every rule in force
//! becomes a `reportingDescriptor`, every finding a `result` with a physical location, and its
//! rewrites become `fixes`. Deterministic: rules by id, results in report order, no timestamps.
mod descriptor;

use super::{suggestions, PrintOptions};
use crate::model::{Diagnostic, FileReport, RuleMeta, RunError, Severity, Suggestion};
use serde_json::{json, Value};
use std::io::{self, Write};

/// Where the schema this output follows is published (the `id` inside the schema itself).
pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The name the CLI gives text read from stdin, and the URI it gets here (a URI may not
/// hold `<` or `>`); `--stdin-filename` gives it a real path instead.
const STDIN_NAME: &str = "<stdin>";
const STDIN_URI: &str = "stdin";

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A report path as a URI reference: relative (as the user named it, which in CI is the
/// path from the repository root that code scanning expects), `/`-separated, and
/// percent-encoded where a URI needs it. Absolute paths become `file://` URIs.
pub fn artifact_uri(path: &str) -> String {
    if path == STDIN_NAME {
        return STDIN_URI.to_string();
    }
    let path = path.replace('\\', "/");
    let path = path.trim_start_matches("./");
    let mut uri = String::with_capacity(path.len());
    let windows_drive = path.as_bytes().get(1) == Some(&b':') && path.as_bytes()[0].is_ascii_alphabetic();
    if path.starts_with('/') {
        uri.push_str("file://");
    } else if windows_drive {
        uri.push_str("file:///");
    }
    for (i, b) in path.bytes().enumerate() {
        // Unreserved and sub-delimiters pass; `:` only as a drive letter's, since in a
        // relative reference it would be read as a scheme.
        let keep =
            b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=@/".contains(&b) || (b == b':' && windows_drive && i == 1);
        if keep {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri
}

/// Rewrites `luwes fix` could apply, as SARIF fixes; byte offsets are into the file as read.
fn fixes(uri: &str, suggestions: &[Suggestion], removed: &str) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for s in suggestions.iter().filter(|s| s.is_fix()) {
        let replacements: Vec<Value> = s
            .edits
            .iter()
            .map(|e| {
                json!({
                    "deletedRegion": { "byteOffset": e.start, "byteLength": e.end.saturating_sub(e.start) },
                    "insertedContent": { "text": e.text },
                })
            })
            .collect();
        let fix = json!({
            "description": { "text": suggestions::shown(s, removed) },
            "artifactChanges": [{ "artifactLocation": { "uri": uri }, "replacements": replacements }],
            "properties": { "applicability": s.applicability.as_str() },
        });
        // The schema wants fixes unique; two rules' identical rewrites are one fix here.
        if !out.contains(&fix) {
            out.push(fix);
        }
    }
    out
}

fn result(r: &FileReport, uri: &str, d: &Diagnostic, index: usize, opts: &PrintOptions) -> Value {
    let start = r.lines.line_col(&r.source, d.span.start);
    let end = r.lines.line_col(&r.source, d.span.end);
    let mut message = d.message.clone();
    // A deletion is in `fixes`; the message lists the rewrites that have text.
    let texts: Vec<&str> = suggestions::with_text(d).collect();
    if !texts.is_empty() {
        // Code scanning shows the message but not `fixes`, so the rewrites go here too.
        message.push_str(&format!("\n{}: {}", opts.labels.suggestion, texts.join(" · ")));
    }
    let mut result = json!({
        "ruleId": d.rule,
        "ruleIndex": index,
        "level": level(d.severity),
        "message": { "text": message },
        "locations": [{ "physicalLocation": {
            "artifactLocation": { "uri": uri },
            "region": {
                "startLine": start.line, "startColumn": start.column,
                "endLine": end.line, "endColumn": end.column,
                "snippet": { "text": r.source.get(d.span.clone()).unwrap_or_default() },
            },
        }}],
        "properties": { "category": d.category.as_str() },
    });
    if let Some(cell) = &r.cell {
        // A calendar cell: the region is the cell's place in the file (in a workbook, the
        // row), and a logical location names the row and column.
        // Fixes are left out: their byte offsets would be into the cell, not the file.
        let mut location = json!({ "physicalLocation": { "artifactLocation": { "uri": uri } } });
        let snippet = r.source.get(d.span.clone()).unwrap_or_default();
        location["physicalLocation"]["region"] = match (
            cell.file_position(&r.source, d.span.start),
            cell.file_position(&r.source, d.span.end),
        ) {
            (Some((line, column)), Some((end_line, end_column))) => json!({
                "startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column,
                "snippet": { "text": snippet },
            }),
            // A workbook has no lines; code scanning wants a start line all the same, and
            // the row is the nearest thing (the logical location says what it is).
            _ => json!({ "startLine": cell.row, "snippet": { "text": snippet } }),
        };
        let name = match &cell.sheet {
            Some(sheet) => format!("{sheet}!{}", cell.label("row")),
            None => cell.label("row"),
        };
        location["logicalLocations"] = json!([{
            "name": name, "fullyQualifiedName": format!("{}:{name}", r.path), "kind": "element",
        }]);
        result["locations"] = json!([location]);
        result["properties"]["row"] = json!(cell.row);
        result["properties"]["column"] = json!(cell.column);
        result["properties"]["cellSpan"] = json!({ "start": d.span.start, "end": d.span.end });
        return result;
    }
    let fixes = fixes(uri, &d.suggestions, opts.labels.removed);
    if !fixes.is_empty() {
        result["fixes"] = Value::Array(fixes);
    }
    result
}

/// The whole log as a JSON value (the CLI prints it; tests validate it against the schema).
pub fn log(reports: &[FileReport], opts: &PrintOptions) -> Value {
    let mut listed: Vec<&RuleMeta> = opts.rules.to_vec();
    listed.sort_by(|a, b| a.id.cmp(&b.id));
    listed.dedup_by(|a, b| a.id == b.id);
    let mut ids: Vec<String> = listed.iter().map(|m| m.id.clone()).collect();
    let mut rules: Vec<Value> = listed
        .into_iter()
        .map(|m| descriptor::for_rule(m, opts.labels.rules))
        .collect();
    let mut results = Vec::new();
    for r in reports {
        let uri = artifact_uri(&r.path);
        for d in &r.diagnostics {
            let index = ids.iter().position(|id| *id == d.rule).unwrap_or_else(|| {
                ids.push(d.rule.clone());
                rules.push(descriptor::unlisted(&d.rule, d));
                ids.len() - 1
            });
            results.push(result(r, &uri, d, index, opts));
        }
    }
    let version = env!("CARGO_PKG_VERSION");
    let mut run = json!({
        "tool": { "driver": {
            "name": "luwes", "version": version, "semanticVersion": version, "rules": rules,
        }},
        // Columns everywhere in luwes count Unicode scalar values (as in `json`).
        "columnKind": "unicodeCodePoints",
        "results": results,
    });
    if !opts.errors.is_empty() {
        // A run that could not read everything is not a clean run: say so where code
        // scanning looks (only then, so a clean run's log stays as it was).
        run["invocations"] = json!([{
            "executionSuccessful": false,
            "toolExecutionNotifications": opts.errors.iter().map(notification).collect::<Vec<_>>(),
        }]);
    }
    json!({ "$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run] })
}

/// A file or pack that could not be read, as a SARIF notification.
fn notification(e: &RunError) -> Value {
    let mut n = json!({ "level": "error", "message": { "text": e.message } });
    if let Some(path) = &e.path {
        let mut location = json!({ "physicalLocation": { "artifactLocation": { "uri": artifact_uri(path) } } });
        if let (Some(line), Some(column)) = (e.line, e.column) {
            location["physicalLocation"]["region"] = json!({ "startLine": line, "startColumn": column });
        }
        n["locations"] = json!([location]);
    }
    n
}

pub fn print(w: &mut dyn Write, reports: &[FileReport], opts: &PrintOptions) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, &log(reports, opts))?;
    writeln!(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_and_encoded() {
        assert_eq!(artifact_uri("posts/pengumuman.txt"), "posts/pengumuman.txt");
        assert_eq!(artifact_uri("./posts\\a b.md"), "posts/a%20b.md");
        assert_eq!(artifact_uri("posts/ulang:tahun#1.txt"), "posts/ulang%3Atahun%231.txt");
        assert_eq!(artifact_uri("berita/kué.txt"), "berita/ku%C3%A9.txt");
        assert_eq!(artifact_uri("<stdin>"), "stdin");
        assert_eq!(artifact_uri("/srv/posts/a.txt"), "file:///srv/posts/a.txt");
        assert_eq!(artifact_uri("C:\\posts\\a.txt"), "file:///C:/posts/a.txt");
    }
}
