//! `json`: the machine-readable report (schema version 1, described in the README).
use super::Summary;
use crate::model::span::{LineCol, LineIndex};
use crate::model::{Cell, Diagnostic, FileReport, RunError, Score, Suggestion};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Span {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    rule: &'a str,
    category: &'a str,
    severity: &'a str,
    message: &'a str,
    #[serde(rename = "match")]
    matched: &'a str,
    span: Span,
    start: LineCol,
    end: LineCol,
    suggestions: &'a [Suggestion],
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    lang: &'a str,
    kind: &'a str,
    score: &'a Score,
    /// The calendar cell the post came from (then spans, lines and columns are in the
    /// cell's text); absent for a file that is one post.
    #[serde(skip_serializing_if = "Option::is_none")]
    cell: Option<&'a Cell>,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    diagnostics: usize,
    error: usize,
    warning: usize,
    info: usize,
    fixable: usize,
}

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    files: Vec<JsonFile<'a>>,
    summary: JsonSummary,
    /// Files and packs that could not be read; absent when there are none.
    #[serde(skip_serializing_if = "<[RunError]>::is_empty")]
    errors: &'a [RunError],
}

fn diagnostic<'a>(source: &'a str, lines: &LineIndex, d: &'a Diagnostic) -> JsonDiagnostic<'a> {
    JsonDiagnostic {
        rule: &d.rule,
        category: d.category.as_str(),
        severity: d.severity.as_str(),
        message: &d.message,
        matched: &source[d.span.clone()],
        span: Span {
            start: d.span.start,
            end: d.span.end,
        },
        start: lines.line_col(source, d.span.start),
        end: lines.line_col(source, d.span.end),
        suggestions: &d.suggestions,
    }
}

pub fn print(w: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    print_with_errors(w, reports, &[])
}

/// `print`, with what the run could not read listed under `errors`.
pub fn print_with_errors(w: &mut dyn Write, reports: &[FileReport], errors: &[RunError]) -> io::Result<()> {
    let s = Summary::of(reports);
    let report = Report {
        version: 1,
        files: reports
            .iter()
            .map(|r| JsonFile {
                path: &r.path,
                lang: &r.lang,
                kind: r.kind.as_str(),
                score: &r.score,
                cell: r.cell.as_ref(),
                diagnostics: r
                    .diagnostics
                    .iter()
                    .map(|d| diagnostic(&r.source, &r.lines, d))
                    .collect(),
            })
            .collect(),
        summary: JsonSummary {
            files: s.files,
            diagnostics: s.diagnostics,
            error: s.error,
            warning: s.warning,
            info: s.info,
            fixable: s.fixable,
        },
        errors,
    };
    serde_json::to_writer_pretty(&mut *w, &report)?;
    writeln!(w)
}
