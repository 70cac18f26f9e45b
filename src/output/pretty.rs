//! `pretty`: rustc/ruff-like findings with the source line and a caret under the match,
//! aligned by display width so emoji and wide characters line up; then a summary.
use super::{suggestions, term, PrintOptions, Summary};
use crate::model::{Diagnostic, FileReport, Severity};
use colored::{ColoredString, Colorize};
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

/// How much of a very long line to show around a finding, in characters.
const CONTEXT_BEFORE: usize = 40;
const CONTEXT_AFTER: usize = 50;
const TAB: &str = "    ";

fn paint(sev: Severity, s: &str) -> ColoredString {
    match sev {
        Severity::Error => s.red().bold(),
        Severity::Warning => s.yellow().bold(),
        Severity::Info => s.blue().bold(),
    }
}

/// Display width of `s` as a terminal shows it, tabs counted as four columns.
fn width(s: &str) -> usize {
    s.replace('\t', TAB).width()
}

/// Longest stretch of a match that is underlined: a finding on a whole one-line post (a
/// length limit) must not print a megabyte of carets.
const MAX_UNDERLINE: usize = 160;

/// `s` as shown in a source line: control characters escaped, tabs as spaces.
fn shown_part(s: &str) -> String {
    term::printable(s).replace('\t', TAB)
}

/// The part of `line` shown for a match at `start..end` (byte offsets within the line):
/// the whole line when short, else a window with ellipses; a very long match is cut too.
/// Returns the text, the caret's offset and its width, both in display columns.
fn window(line: &str, start: usize, end: usize) -> (String, usize, usize) {
    // Walk back from the match rather than collecting the prefix: a 50 MB one-line file
    // must not cost a 50 MB scan per finding.
    let mut back = line[..start].char_indices().rev();
    let from = match back.nth(CONTEXT_BEFORE - 1) {
        Some((i, _)) if back.next().is_some() => i,
        _ => 0,
    };
    let (mend, to) = match line[start..end].char_indices().nth(MAX_UNDERLINE) {
        Some((i, _)) => (start + i, start + i),
        None => (
            end,
            line[end..]
                .char_indices()
                .nth(CONTEXT_AFTER)
                .map_or(line.len(), |(i, _)| end + i),
        ),
    };
    let lead = if from > 0 { "…" } else { "" };
    let tail = if to < line.len() { "…" } else { "" };
    let (before, matched) = (shown_part(&line[from..start]), shown_part(&line[start..mend]));
    let shown = format!("{lead}{before}{matched}{}{tail}", shown_part(&line[mend..to]));
    let pad = width(lead) + width(&before);
    (shown, pad, width(&matched).max(1))
}

fn print_diagnostic(w: &mut dyn Write, r: &FileReport, d: &Diagnostic, opts: &PrintOptions) -> io::Result<()> {
    let lines = &r.lines;
    let at = lines.line_col(&r.source, d.span.start);
    let fix_mark = if d.fix().is_some() { " [*]" } else { "" };
    writeln!(
        w,
        "{}: {} {}{} {}",
        term::one_line(&r.place(d.span.start, opts.labels.calendar.row)).bold(),
        paint(d.severity, d.severity.as_str()),
        format!("[{}]", d.rule).cyan(),
        fix_mark.cyan(),
        term::printable(&d.message)
    )?;
    let line_no = at.line - 1;
    let range = lines.line_range(&r.source, line_no);
    let line = &r.source[range.clone()];
    let start = d.span.start.clamp(range.start, range.end) - range.start;
    // A match that runs onto the next lines is underlined to the end of its first line.
    let end = d.span.end.clamp(range.start, range.end) - range.start;
    let (shown, pad, caret) = window(line, start, end.max(start));
    let gutter = at.line.to_string().len();
    let bar = "|".blue().bold();
    writeln!(w, "{:gutter$} {bar}", "")?;
    writeln!(w, "{} {bar} {}", at.line.to_string().blue().bold(), shown.trim_end())?;
    writeln!(
        w,
        "{:gutter$} {bar} {}{}",
        "",
        " ".repeat(pad),
        paint(d.severity, &"^".repeat(caret))
    )?;
    if let Some(texts) = suggestions::joined(d, opts.labels.removed, true) {
        writeln!(
            w,
            "{:gutter$} {} {}: {}",
            "",
            "=".blue().bold(),
            opts.labels.suggestion.bold(),
            term::printable(&texts)
        )?;
    }
    writeln!(w)
}

pub fn print(w: &mut dyn Write, reports: &[FileReport], opts: &PrintOptions) -> io::Result<()> {
    for r in reports {
        if r.diagnostics.is_empty() {
            continue;
        }
        for d in &r.diagnostics {
            print_diagnostic(w, r, d, opts)?;
        }
    }
    print_summary(w, &Summary::of(reports), opts)
}

pub fn print_summary(w: &mut dyn Write, s: &Summary, opts: &PrintOptions) -> io::Result<()> {
    let l = opts.labels;
    // A calendar row is a post, not a file: a run with calendars counts posts.
    let files = if s.calendar { l.calendar.posts_unit } else { l.files };
    if s.diagnostics == 0 {
        return writeln!(w, "{} ({} {files}).", l.clean.green().bold(), s.files);
    }
    writeln!(
        w,
        "{} {} {} {} {} {} {} {} {}.",
        l.found.bold(),
        s.diagnostics.to_string().bold(),
        l.problems.bold(),
        (l.by_severity)(s.error, s.warning, s.info),
        l.in_files,
        s.files_with_findings,
        l.of,
        s.files,
        files
    )?;
    if s.fixable > 0 {
        // ruff's wording: what plain `luwes fix` does, and what `--unsafe` adds.
        let more = s.fixable - s.fixable_safe;
        write!(
            w,
            "[*] {} {}: {} {} `luwes fix`",
            s.fixable, l.fixable, s.fixable_safe, l.with
        )?;
        if more > 0 {
            write!(w, " ({more} {} `luwes fix --unsafe`)", l.more_with)?;
        }
        writeln!(w, ".")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_is_aligned_by_display_width() {
        let line = "🙏 Warga wajib hadir";
        let start = line.find("wajib").unwrap();
        let (shown, pad, caret) = window(line, start, start + 5);
        assert_eq!(shown, line);
        assert_eq!(pad, 2 + 1 + 5 + 1, "emoji is two columns wide");
        assert_eq!(caret, 5);
    }

    #[test]
    fn long_lines_are_windowed() {
        let line = format!("{}wajib{}", "a ".repeat(500), "b ".repeat(500));
        let start = line.find("wajib").unwrap();
        let (shown, pad, caret) = window(&line, start, start + 5);
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(pad, 1 + CONTEXT_BEFORE);
        assert_eq!(caret, 5);
        assert_eq!(&shown[shown.find("wajib").unwrap()..][..5], "wajib");
    }

    #[test]
    fn control_characters_are_shown_escaped_and_long_matches_cut() {
        let line = "a\u{1b}[31mb wajib\rc";
        let start = line.find("wajib").unwrap();
        let (shown, pad, caret) = window(line, start, start + 5);
        assert_eq!(shown, "a\\u{1b}[31mb wajib\\rc");
        assert_eq!((pad, caret), ("a\\u{1b}[31mb ".len(), 5));
        let post = "x".repeat(1_000_000);
        let (shown, pad, caret) = window(&post, 0, post.len());
        assert_eq!((pad, caret), (0, MAX_UNDERLINE));
        assert_eq!(
            shown.chars().count(),
            MAX_UNDERLINE + 1,
            "the cut match and an ellipsis"
        );
    }
}
