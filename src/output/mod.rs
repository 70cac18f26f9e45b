//! Printers: every format, summary, report page and table is a pure function of the
//! reports and the rules' metadata, writing to `&mut dyn Write`; the words come from one
//! table (`labels`) and rewrites are shown one way (`suggestions`).
pub mod compact;
pub mod diff;
pub mod explain;
pub mod fix_summary;
pub mod github;
pub mod json;
pub mod labels;
pub mod pretty;
pub mod report;
pub mod rule_list;
pub mod sarif;
pub mod score_table;
pub mod suggestions;
pub mod term;

pub use labels::{Labels, EN, ID};

use crate::model::{Applicability, FileReport, RuleMeta, RunError, Severity};
use std::io::{self, Write};

/// The formats of findings. A new one is a printer file and a line here and in `print`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Pretty,
    Compact,
    Json,
    // SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    // GitHub Actions workflow commands: annotations on the run and the pull request.
    Github,
}

impl OutputFormat {
    /// The name `--format` takes.
    pub fn name(self) -> String {
        use clap::ValueEnum;
        self.to_possible_value()
            .map_or_else(String::new, |v| v.get_name().to_string())
    }
}

/// Counts over a whole run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub files_with_findings: usize,
    pub diagnostics: usize,
    pub error: usize,
    pub warning: usize,
    pub info: usize,
    /// Findings that carry a fix `luwes fix` can apply (safe or unsafe).
    pub fixable: usize,
    pub fixable_safe: usize,
    /// Some texts are calendar rows: then the run counts posts, not files.
    pub calendar: bool,
}

impl Summary {
    pub fn of(reports: &[FileReport]) -> Summary {
        let mut s = Summary {
            files: reports.len(),
            ..Summary::default()
        };
        for r in reports {
            s.calendar |= r.cell.is_some();
            s.files_with_findings += (!r.diagnostics.is_empty()) as usize;
            for d in &r.diagnostics {
                s.diagnostics += 1;
                match d.severity {
                    Severity::Error => s.error += 1,
                    Severity::Warning => s.warning += 1,
                    Severity::Info => s.info += 1,
                }
                if let Some(f) = d.fix() {
                    s.fixable += 1;
                    s.fixable_safe += (f.applicability == Applicability::Safe) as usize;
                }
            }
        }
        s
    }
}

/// What shapes the output besides the reports.
pub struct PrintOptions<'a> {
    pub labels: &'a Labels,
    /// The rules in force, for formats that describe them (SARIF's `tool.driver.rules`).
    pub rules: &'a [&'a RuleMeta],
    /// What the run could not read or load; JSON and SARIF carry it (the others leave it to
    /// the error lines on stderr).
    pub errors: &'a [RunError],
}

/// Prints the findings of `reports` in `format`.
pub fn print(format: OutputFormat, w: &mut dyn Write, reports: &[FileReport], opts: &PrintOptions) -> io::Result<()> {
    match format {
        OutputFormat::Pretty => pretty::print(w, reports, opts),
        OutputFormat::Compact => compact::print(w, reports),
        OutputFormat::Json => json::print_with_errors(w, reports, opts.errors),
        OutputFormat::Sarif => sarif::print(w, reports, opts),
        OutputFormat::Github => github::print(w, reports, opts),
    }
}
