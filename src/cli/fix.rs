//! `luwes fix`: applies rewrites in place (atomically, never over a file that changed
//! meanwhile), or shows them (`--diff`, `--dry-run`); stdin's fixed text goes to stdout.
//! Then it says, per file, what was applied and what remains.
use super::args::FixArgs;
use super::lint::{exit_code, io_err, load_with};
use super::{report_error, report_notice, set_color, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::config::Lang;
use crate::diagnostic::Applicability;
use crate::error::Error;
use crate::files::replace_atomic;
use crate::fix::{self, diff::write_diff, FixOutcome};
use crate::output::{self, OutputFormat};
use crate::walk::Input;
use colored::Colorize;
use std::io::{self, Write};

/// What happened to one file's fixed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    Unchanged,
    Written,
    /// `--diff` or `--dry-run`, or stdin (the text went to stdout).
    Shown,
    Failed,
}

pub fn run(args: FixArgs, out: &mut dyn Write) -> Result<u8, Error> {
    set_color(args.lint.common.color);
    let Some(loaded) = load_with(&args.lint, out, true)? else {
        return Ok(EXIT_OK);
    };
    let level = if args.unsafe_fixes {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    };
    let show_only = args.diff || args.dry_run;
    let mut had_error = loaded.had_error;
    // stdout carries the diff, or stdin's fixed text: the report goes to stderr then.
    let mut report_on_stderr = args.diff;
    let mut done: Vec<(FixOutcome, Fate)> = Vec::with_capacity(loaded.texts.len());
    for (input, name, text) in &loaded.texts {
        let outcome = fix::fix(&loaded.linter, name, text, level);
        if !outcome.converged {
            report_notice(&format!(
                "{name}: rewrites still pending after {} passes; read the result",
                fix::MAX_PASSES
            ));
        }
        let fate = if args.diff {
            write_diff(out, name, text, outcome.text()).map_err(io_err)?;
            Fate::Shown
        } else if matches!(input, Input::Stdin) && !args.dry_run {
            report_on_stderr = true;
            out.write_all(outcome.text().as_bytes()).map_err(io_err)?;
            Fate::Shown
        } else if !outcome.changed() {
            Fate::Unchanged
        } else if show_only {
            Fate::Shown
        } else if let Input::File(path) = input {
            match replace_atomic(
                path,
                outcome.text().as_bytes(),
                Some(text.as_bytes()),
                args.break_hardlinks,
            ) {
                Ok(()) => Fate::Written,
                Err(e) => {
                    report_error(&e);
                    had_error = true;
                    Fate::Failed
                }
            }
        } else {
            Fate::Shown
        };
        // A file that could not be written still holds its old text and findings: the
        // summary and the exit code must say so, not count the rewrite as done.
        let mut outcome = outcome;
        if fate == Fate::Failed {
            outcome.report = loaded.linter.lint(name, text);
        }
        done.push((outcome, fate));
    }

    let reports: Vec<_> = done.iter().map(|(o, _)| o.report.clone()).collect();
    let mut err = io::stderr();
    let sink: &mut dyn Write = if report_on_stderr { &mut err } else { &mut *out };
    if args.lint.format == OutputFormat::Json {
        output::json::print(sink, &reports).map_err(io_err)?;
    } else {
        let words = if loaded.settings.lang == Lang::En {
            &WORDS_EN
        } else {
            &WORDS_ID
        };
        write_report(sink, &done, show_only, !args.unsafe_fixes, words).map_err(io_err)?;
    }

    let code = exit_code(had_error, &reports, &loaded.settings);
    let pending = show_only && done.iter().any(|(o, _)| o.changed());
    Ok(if code == EXIT_ERROR {
        EXIT_ERROR
    } else if pending {
        EXIT_FINDINGS
    } else {
        code
    })
}

/// The report's words, in the language of the run (as `lint`'s labels: English only
/// with `--lang en`).
struct Words {
    fixed: &'static str,
    would_fix: &'static str,
    not_written: &'static str,
    rewrites: &'static str,
    removed: &'static str,
    nothing_left: &'static str,
    left: &'static str,
    /// "{n} fixed in {files} of {total} files; {left} remaining"
    total: fn(usize, bool, usize, usize, usize) -> String,
    more_with: &'static str,
}

const WORDS_ID: Words = Words {
    fixed: "Diperbaiki",
    would_fix: "Akan diperbaiki",
    not_written: "Tidak ditulis",
    rewrites: "perbaikan",
    removed: "(hapus)",
    nothing_left: "tidak ada temuan tersisa",
    left: "tersisa",
    total: |n, would, files, all, left| {
        let verb = if would { "akan diperbaiki" } else { "diperbaiki" };
        format!("{n} {verb} di {files} dari {all} berkas; {left} temuan tersisa")
    },
    more_with: "lagi dengan",
};

const WORDS_EN: Words = Words {
    fixed: "Fixed",
    would_fix: "Would fix",
    not_written: "Not written",
    rewrites: "rewrites",
    removed: "(remove)",
    nothing_left: "nothing remains",
    left: "remaining",
    total: |n, would, files, all, left| {
        let verb = if would { "would be fixed" } else { "fixed" };
        format!("{n} {verb} in {files} of {all} files; {left} remaining")
    },
    more_with: "more with",
};

/// Per file: each rewrite applied (or that would be), then what remains; then totals.
fn write_report(
    w: &mut dyn Write,
    done: &[(FixOutcome, Fate)],
    show_only: bool,
    safe_only: bool,
    words: &Words,
) -> io::Result<()> {
    let (mut applied, mut files, mut remaining, mut more_unsafe) = (0, 0, 0, 0);
    for (o, fate) in done {
        let left = &o.report.diagnostics;
        if safe_only {
            more_unsafe += left
                .iter()
                .filter(|d| fix::fix_at(d, Applicability::Unsafe).is_some())
                .count();
        }
        remaining += left.len();
        if o.applied.is_empty() {
            continue;
        }
        if *fate != Fate::Failed {
            applied += o.applied.len();
            files += 1;
        }
        let verb = match fate {
            Fate::Failed => words.not_written.red().bold(),
            Fate::Shown if show_only => words.would_fix.yellow().bold(),
            _ => words.fixed.green().bold(),
        };
        let path = o.report.path.bold();
        writeln!(w, "{verb} {path} ({} {}):", o.applied.len(), words.rewrites)?;
        for a in &o.applied {
            let after = if a.after.is_empty() { words.removed } else { &a.after };
            writeln!(
                w,
                "  {:>4}  {} {}  “{}” → “{}”",
                a.line,
                a.rule.cyan(),
                format!("[{}]", a.applicability.as_str()).dimmed(),
                a.before.replace('\n', " "),
                after.replace('\n', " ")
            )?;
        }
        if left.is_empty() {
            writeln!(w, "  {}", words.nothing_left.green())?;
        } else {
            let mut ids: Vec<&str> = Vec::new();
            for d in left {
                if !ids.contains(&d.rule.as_str()) {
                    ids.push(&d.rule);
                }
            }
            writeln!(w, "  {} {}: {}", left.len(), words.left, ids.join(", "))?;
        }
    }
    write!(w, "{}", (words.total)(applied, show_only, files, done.len(), remaining))?;
    if more_unsafe > 0 {
        write!(w, " ({more_unsafe} {} `luwes fix --unsafe`)", words.more_with)?;
    }
    writeln!(w, ".")
}
