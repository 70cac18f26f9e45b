//! Printers: each format is a pure function of the reports, writing to `&mut dyn Write`.
pub mod compact;
pub mod github;
pub mod json;
pub mod pretty;
pub mod sarif;

use crate::diagnostic::Severity;
use crate::engine::FileReport;
use crate::rules::Rule;
use std::io::{self, Write};

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
}

impl Summary {
    pub fn of(reports: &[FileReport]) -> Summary {
        let mut s = Summary {
            files: reports.len(),
            ..Summary::default()
        };
        for r in reports {
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
                    s.fixable_safe += (f.applicability == crate::diagnostic::Applicability::Safe) as usize;
                }
            }
        }
        s
    }
}

/// Words of the tool's own output, in the language of the run.
pub struct Labels {
    pub suggestion: &'static str,
    pub found: &'static str,
    pub problems: &'static str,
    pub in_files: &'static str,
    pub of: &'static str,
    pub files: &'static str,
    pub clean: &'static str,
    pub fixable: &'static str,
    /// "with" / "more with", before a command: `3 with `luwes fix` (2 more with …)`.
    pub with: &'static str,
    pub more_with: &'static str,
}

pub const LABELS_ID: Labels = Labels {
    suggestion: "saran",
    found: "Ditemukan",
    problems: "temuan",
    in_files: "di",
    of: "dari",
    files: "berkas",
    clean: "Tidak ada temuan",
    fixable: "bisa diperbaiki otomatis",
    with: "dengan",
    more_with: "lagi dengan",
};

pub const LABELS_EN: Labels = Labels {
    suggestion: "suggestion",
    found: "Found",
    problems: "problems",
    in_files: "in",
    of: "of",
    files: "files",
    clean: "No problems found",
    fixable: "have an automatic rewrite",
    with: "with",
    more_with: "more with",
};

/// Options that shape human-readable output.
pub struct PrintOptions<'a> {
    pub labels: &'a Labels,
    /// The rules in force, for formats that describe them (SARIF's `tool.driver.rules`).
    pub rules: &'a [&'a Rule],
}

pub fn print(format: OutputFormat, w: &mut dyn Write, reports: &[FileReport], opts: &PrintOptions) -> io::Result<()> {
    match format {
        OutputFormat::Pretty => pretty::print(w, reports, opts),
        OutputFormat::Compact => compact::print(w, reports),
        OutputFormat::Json => json::print(w, reports),
        OutputFormat::Sarif => sarif::print(w, reports, opts),
        OutputFormat::Github => github::print(w, reports, opts),
    }
}
