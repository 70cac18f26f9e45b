//! `sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Every rule in force
//! becomes a `reportingDescriptor`, every finding a `result` with a physical location, and its
//! rewrites become `fixes`. Deterministic: rules by id, results in report order, no timestamps.
use super::PrintOptions;
use crate::diagnostic::{Diagnostic, Severity, Suggestion};
use crate::engine::FileReport;
use crate::rules::Rule;
use crate::text::span::LineIndex;
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

/// `id/agar-segera` → `AgarSegera`: SARIF's `name` is a readable identifier, distinct from the id.
fn rule_name(id: &str) -> String {
    let last = id.rsplit('/').next().unwrap_or(id);
    last.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// The first sentence of a rule's description: what a viewer shows on one line. A stop
/// inside quotes or parentheses (`("PERHATIAN!! …")`) does not end the sentence.
fn first_sentence(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let (mut depth, mut quoted) = (0i32, false);
    for (i, c) in flat.char_indices() {
        match c {
            '(' | '“' => depth += 1,
            ')' | '”' => depth -= 1,
            '"' => quoted = !quoted,
            '.' | '!' | '?' if depth <= 0 && !quoted && flat[i + 1..].starts_with(' ') => {
                return flat[..=i].to_string();
            }
            _ => {}
        }
    }
    flat
}

/// Markdown-escapes prose so that `*`, `_` or `#` in an example stay literal.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>#|".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `help` in text and Markdown: the description, the rule's own examples as before/after,
/// how safe its rewrite is and where the guidance comes from (what `luwes explain` prints).
fn help(rule: &Rule) -> (String, String) {
    let m = &rule.meta;
    let description = m.description.trim();
    let mut text = format!("{description}\n");
    let mut markdown = format!("**{}** ({}, {})\n\n", m.id, m.category, m.severity);
    // A line that ends a sentence ("Sebelum: …") keeps its break; wrapped prose flows.
    for line in description.lines() {
        let hard = line.trim_end().ends_with(['.', '!', '?', ':', '…']);
        markdown.push_str(&md(line.trim_end()));
        markdown.push_str(if hard { "  \n" } else { "\n" });
    }
    let one_line = |s: &String| s.trim().replace('\n', " ⏎ ");
    let mut examples = Vec::new();
    for t in &rule.tests {
        match (&t.bad, &t.fixed, &t.good) {
            (Some(bad), Some(fixed), _) => examples.push(("✗", one_line(bad), Some(one_line(fixed)))),
            (Some(bad), None, _) => examples.push(("✗", one_line(bad), None)),
            (None, _, Some(good)) => examples.push(("✓", one_line(good), None)),
            _ => {}
        }
    }
    if !examples.is_empty() {
        text.push_str("\nContoh / examples:\n");
        markdown.push_str("\n**Contoh / examples**\n\n");
        for (mark, example, fixed) in &examples {
            text.push_str(&format!("  {mark} {example}\n"));
            markdown.push_str(&format!("- {mark} {}", md(example)));
            if let Some(fixed) = fixed {
                text.push_str(&format!("  → {fixed}\n"));
                markdown.push_str(&format!(" → {}", md(fixed)));
            }
            markdown.push('\n');
        }
    }
    let fix = format!("\nPerbaikan otomatis / fix: {}\n", m.fix.as_str());
    text.push_str(&fix);
    markdown.push_str(&fix);
    if let Some(source) = &m.source {
        text.push_str(&format!("Sumber / source: {source}\n"));
        markdown.push_str(&format!("\nSumber / source: {}\n", md(source)));
    }
    (text, markdown)
}

fn descriptor(rule: &Rule) -> Value {
    let m = &rule.meta;
    let (help_text, help_markdown) = help(rule);
    let short = Some(first_sentence(&m.description))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| m.id.clone());
    json!({
        "id": m.id,
        "name": rule_name(&m.id),
        "shortDescription": { "text": short },
        "fullDescription": { "text": if m.description.trim().is_empty() { short.as_str() } else { m.description.trim() } },
        "help": { "text": help_text, "markdown": help_markdown },
        "defaultConfiguration": { "level": level(m.severity) },
        "properties": { "tags": ["luwes", m.category.as_str()], "kind": m.kind, "fix": m.fix.as_str() },
    })
}

/// A descriptor for a finding whose rule is not in the list given (e.g. the config's
/// `vocab.reject`), so that every `ruleId` still resolves to a rule.
fn unlisted_descriptor(id: &str, d: &Diagnostic) -> Value {
    let text = format!("Finding of `{id}`, a rule defined by this project's configuration.");
    json!({
        "id": id,
        "name": rule_name(id),
        "shortDescription": { "text": text },
        "fullDescription": { "text": text },
        "help": { "text": text, "markdown": text },
        "defaultConfiguration": { "level": level(d.severity) },
        "properties": { "tags": ["luwes", d.category.as_str()] },
    })
}

/// Rewrites `luwes fix` could apply, as SARIF fixes; byte offsets are into the file as read.
fn fixes(uri: &str, suggestions: &[Suggestion]) -> Vec<Value> {
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
            "description": { "text": if s.text.is_empty() { "(hapus)" } else { &s.text } },
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

fn result(r: &FileReport, lines: &LineIndex, uri: &str, d: &Diagnostic, index: usize, opts: &PrintOptions) -> Value {
    let start = lines.line_col(&r.source, d.span.start);
    let end = lines.line_col(&r.source, d.span.end);
    let mut message = d.message.clone();
    let texts: Vec<&str> = d
        .suggestions
        .iter()
        .map(|s| s.text.as_str())
        .filter(|t| !t.is_empty())
        .collect();
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
    let fixes = fixes(uri, &d.suggestions);
    if !fixes.is_empty() {
        result["fixes"] = Value::Array(fixes);
    }
    result
}

/// The whole log as a JSON value (the CLI prints it; tests validate it against the schema).
pub fn log(reports: &[FileReport], opts: &PrintOptions) -> Value {
    let mut listed: Vec<&Rule> = opts.rules.to_vec();
    listed.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    listed.dedup_by(|a, b| a.meta.id == b.meta.id);
    let mut ids: Vec<String> = listed.iter().map(|r| r.meta.id.clone()).collect();
    let mut rules: Vec<Value> = listed.into_iter().map(descriptor).collect();
    let mut results = Vec::new();
    for r in reports {
        let lines = LineIndex::new(&r.source);
        let uri = artifact_uri(&r.path);
        for d in &r.diagnostics {
            let index = ids.iter().position(|id| *id == d.rule).unwrap_or_else(|| {
                ids.push(d.rule.clone());
                rules.push(unlisted_descriptor(&d.rule, d));
                ids.len() - 1
            });
            results.push(result(r, &lines, &uri, d, index, opts));
        }
    }
    let version = env!("CARGO_PKG_VERSION");
    json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "luwes", "version": version, "semanticVersion": version, "rules": rules,
            }},
            // Columns everywhere in luwes count Unicode scalar values (design.md §5).
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
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

    #[test]
    fn names_and_short_descriptions() {
        assert_eq!(rule_name("id/agar-segera"), "AgarSegera");
        assert_eq!(first_sentence("Satu dua.\nTiga. Empat"), "Satu dua.");
        assert_eq!(first_sentence("Tanpa titik"), "Tanpa titik");
        assert_eq!(first_sentence("Versi 2.1 baru. Lagi"), "Versi 2.1 baru.");
        assert_eq!(
            first_sentence("Kapital (\"AWAS!! Baca\") lelah. Dua"),
            "Kapital (\"AWAS!! Baca\") lelah."
        );
    }
}
