//! `luwes fix`: applies rewrites in place (atomically, never over a file that changed
//! meanwhile), or shows them (`--diff`, `--dry-run`); stdin's fixed text goes to stdout.
//! Then it says, per file, what was applied and what remains (`pretty`), or prints the
//! findings that remain in any other format.
use super::args::FixArgs;
use super::calendar::{self, CalendarFile};
use super::files::replace_atomic;
use super::lint::{exit_code, io_err, load_with};
use super::walk::Input;
use super::{report_error, report_notice, set_color, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::error::Error;
use crate::fix::{self, FixOutcome};
use crate::model::Applicability;
use crate::output::fix_summary::{self, Fate, Fixed};
use crate::output::{self, diff, OutputFormat};
use std::io::{self, Write};
use std::sync::Arc;

/// The row word in `--diff` headers: they are read by tools, so not translated.
const ROW: &str = "row";

/// Calendars with fixed cells: the file, its changes (row number → text), and which
/// entries of the run's results they are (to mark them failed if the write fails).
#[derive(Default)]
struct Calendars(Vec<(Arc<CalendarFile>, Changes, Vec<usize>)>);

/// Row number → fixed text.
type Changes = Vec<(usize, String)>;

impl Calendars {
    fn add(&mut self, file: &Arc<CalendarFile>, row: usize, text: &str, index: usize) {
        let at = match self.0.iter().position(|(f, _, _)| Arc::ptr_eq(f, file)) {
            Some(i) => i,
            None => {
                self.0.push((Arc::clone(file), Vec::new(), Vec::new()));
                self.0.len() - 1
            }
        };
        self.0[at].1.push((row, text.to_string()));
        self.0[at].2.push(index);
    }
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
    // Fixed calendar cells, per calendar, written once all its rows are fixed.
    let mut calendars = Calendars::default();
    for (input, name, text) in &loaded.texts {
        let outcome = fix::fix(|t| loaded.lint_text(input, name, t), text, level);
        if !outcome.converged {
            report_notice(&format!("{name}: {}", (super::msg().fix_pending)(fix::MAX_PASSES)));
        }
        let fate = if args.diff {
            let shown = outcome.report.name(ROW);
            diff::print(out, &shown, text, outcome.text()).map_err(io_err)?;
            Fate::Shown
        } else if matches!(input, Input::Stdin) && !args.dry_run {
            report_on_stderr = true;
            out.write_all(outcome.text().as_bytes()).map_err(io_err)?;
            Fate::Shown
        } else if !outcome.changed() {
            Fate::Unchanged
        } else if show_only {
            Fate::Shown
        } else if let Input::Cell { file, row } = input {
            calendars.add(file, file.calendar.rows[*row].number, outcome.text(), done.len());
            Fate::Written
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
            outcome.report = loaded.lint_text(input, name, text);
        }
        done.push((outcome, fate));
    }
    for (file, changes, at) in calendars.0 {
        match calendar::write(&file, &changes, args.break_hardlinks) {
            Ok(target) if target != file.path => report_notice(&format!(
                "{}: {}",
                file.name,
                (crate::output::labels::ui().calendar.fixed_written_to)(&target.display().to_string())
            )),
            Ok(_) => {}
            Err(e) => {
                report_error(&e);
                had_error = true;
                for i in at {
                    let (input, name, text) = &loaded.texts[i];
                    done[i].0.report = loaded.lint_text(input, name, text);
                    done[i].1 = Fate::Failed;
                }
            }
        }
    }

    let reports: Vec<_> = done.iter().map(|(o, _)| o.report.clone()).collect();
    let mut err = io::stderr();
    let sink: &mut dyn Write = if report_on_stderr { &mut err } else { &mut *out };
    let rules = loaded.enabled_rules();
    let opts = loaded.print_options(&reports, &rules);
    if args.lint.format == OutputFormat::Pretty {
        let fixed: Vec<Fixed> = done
            .iter()
            .map(|(o, fate)| Fixed {
                report: &o.report,
                applied: &o.applied,
                fate: *fate,
            })
            .collect();
        fix_summary::print(sink, &fixed, show_only, !args.unsafe_fixes, opts.labels).map_err(io_err)?;
    } else {
        // Machine formats get what remains to be done: the findings of the fixed texts.
        output::print(args.lint.format, sink, &reports, &opts).map_err(io_err)?;
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
