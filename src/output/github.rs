//! `github`: GitHub Actions workflow commands (`::warning file=…,line=…::message`), one line
//! per finding; the runner turns them into annotations on the run and the pull request.
use super::{suggestions, PrintOptions};
use crate::model::{Diagnostic, FileReport, Severity};
use std::io::{self, Write};

/// GitHub knows three annotation levels; luwes' `info` is its `notice`.
fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// Escapes a command's message the way the runner unescapes it (`escapeData` in GitHub's
/// actions/toolkit): `%` first, so the escapes themselves survive, then CR and LF, which
/// would otherwise end the command and let the rest of the text be read as a new one.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value (`file=`, `title=`): as data, and also `:` and `,`, which
/// separate the properties from each other and from the message.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The finding's message with its suggested rewrites on a second line, since an annotation
/// is all a reviewer sees; an empty rewrite means "delete this".
fn message(d: &Diagnostic, opts: &PrintOptions) -> String {
    match suggestions::joined(d, opts.labels.removed, false) {
        Some(texts) => format!("{}\n{}: {}", d.message, opts.labels.suggestion, texts),
        None => d.message.clone(),
    }
}

pub fn print(w: &mut dyn Write, reports: &[FileReport], opts: &PrintOptions) -> io::Result<()> {
    for r in reports {
        let lines = &r.lines;
        let file = escape_property(&r.path);
        for d in &r.diagnostics {
            if let Some(cell) = &r.cell {
                // A calendar cell: the annotation points at the cell's line in the file
                // (none in a workbook) and its title names the row.
                let at = cell
                    .file_position(&r.source, d.span.start)
                    .map(|(line, col)| format!(",line={line},col={col}"))
                    .unwrap_or_default();
                let title = format!("luwes ({}) {}", d.rule, cell.label("row"));
                writeln!(
                    w,
                    "::{} file={file}{at},title={}::{}",
                    command(d.severity),
                    escape_property(&title),
                    escape_data(&message(d, opts)),
                )?;
                continue;
            }
            let start = lines.line_col(&r.source, d.span.start);
            let end = lines.line_col(&r.source, d.span.end);
            // Columns count Unicode scalar values, as in every other format; `endColumn`
            // is the column just past the match, as in SARIF.
            writeln!(
                w,
                "::{} file={file},line={},col={},endLine={},endColumn={},title={}::{}",
                command(d.severity),
                start.line,
                start.column,
                end.line,
                end.column,
                escape_property(&format!("luwes ({})", d.rule)),
                escape_data(&message(d, opts)),
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_is_escaped_before_newlines() {
        assert_eq!(escape_data("100%\r\nlagi"), "100%25%0D%0Alagi");
        assert_eq!(escape_data("%0A"), "%250A", "a literal %0A must not become a newline");
    }

    #[test]
    fn properties_also_escape_colon_and_comma() {
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        assert_eq!(escape_data("a:b,c"), "a:b,c", "the message keeps its punctuation");
    }
}
