//! What `luwes fix` says it did, per file: each rewrite applied (or that would be), then
//! what remains; then the totals and what `--unsafe` would add.
use super::labels::Labels;
use crate::model::{AppliedFix, FileReport};
use colored::Colorize;
use std::io::{self, Write};

/// What happened to one file's fixed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    Unchanged,
    Written,
    /// `--diff` or `--dry-run`, or stdin (the text went to stdout).
    Shown,
    Failed,
}

/// One fixed file: the lint of its fixed text and the rewrites applied to get there.
pub struct Fixed<'a> {
    pub report: &'a FileReport,
    pub applied: &'a [AppliedFix],
    pub fate: Fate,
}

/// `show_only`: nothing was written (`--diff`, `--dry-run`); `safe_only`: no `--unsafe`.
pub fn print(w: &mut dyn Write, done: &[Fixed], show_only: bool, safe_only: bool, labels: &Labels) -> io::Result<()> {
    let words = &labels.fix;
    let (mut applied, mut files, mut remaining, mut more_unsafe) = (0, 0, 0, 0);
    for f in done {
        let left = &f.report.diagnostics;
        if safe_only {
            // Whatever fix is left after a safe run is an unsafe one.
            more_unsafe += left.iter().filter(|d| d.fix().is_some()).count();
        }
        remaining += left.len();
        if f.applied.is_empty() {
            continue;
        }
        // A file that could not be written keeps its findings and counts as not fixed.
        if f.fate != Fate::Failed {
            applied += f.applied.len();
            files += 1;
        }
        let verb = match f.fate {
            Fate::Failed => words.not_written.red().bold(),
            Fate::Shown if show_only => words.would_fix.yellow().bold(),
            _ => words.fixed.green().bold(),
        };
        let path = f.report.name(labels.calendar.row).bold();
        writeln!(w, "{verb} {path} ({} {}):", f.applied.len(), words.rewrites)?;
        for a in f.applied {
            let after = if a.after.is_empty() { labels.removed } else { &a.after };
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
    // Calendar rows are posts, not files: the totals count posts then.
    let total = if done.iter().any(|f| f.report.cell.is_some()) {
        labels.calendar.fix_total
    } else {
        words.total
    };
    write!(w, "{}", total(applied, show_only, files, done.len(), remaining))?;
    if more_unsafe > 0 {
        write!(w, " ({more_unsafe} {} `luwes fix --unsafe`)", labels.more_with)?;
    }
    writeln!(w, ".")
}
