//! What linting one file produced: its findings and its soft-message score, with the
//! source and its line index so that every printer can place a finding without
//! re-reading or re-indexing the text.
use super::cell::Cell;
use super::diagnostic::{Applicability, Category, Diagnostic};
use super::span::LineIndex;
use super::words::TextKind;
use serde::Serialize;
use std::collections::BTreeMap;

/// Everything found in one file.
#[derive(Debug, Clone)]
pub struct FileReport {
    pub path: String,
    pub source: String,
    /// Line starts of `source` (the document's own index, kept for the printers).
    pub lines: LineIndex,
    pub lang: String,
    pub kind: TextKind,
    pub diagnostics: Vec<Diagnostic>,
    /// The soft-message score of the text (see `score`).
    pub score: Score,
    /// The calendar cell the text came from; `None` for a file that is one post.
    pub cell: Option<Cell>,
}

impl FileReport {
    /// The report's name for people: the path, or `plan.csv:row 12 (caption)` for a
    /// calendar cell (`row` is the run's word for a row).
    pub fn name(&self, row: &str) -> String {
        match &self.cell {
            Some(c) => format!("{}:{}", self.path, c.label(row)),
            None => self.path.clone(),
        }
    }

    /// Where byte `offset` of the text is: `path:line:col`, or in a calendar cell
    /// `plan.csv:row 12 (caption):col` (`:line:col` when the cell has several lines).
    pub fn place(&self, offset: usize, row: &str) -> String {
        let at = self.lines.line_col(&self.source, offset);
        match &self.cell {
            Some(_) if self.lines.line_count() <= 1 => format!("{}:{}", self.name(row), at.column),
            _ => format!("{}:{}:{}", self.name(row), at.line, at.column),
        }
    }
}

/// One document's score with its breakdown (computed by `score::score`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    pub value: u8,
    pub words: usize,
    /// Points lost per category (one decimal).
    pub by_category: BTreeMap<Category, f64>,
    /// Points earned per soft signal (only the signals found).
    pub credits: BTreeMap<&'static str, f64>,
    /// The band the value falls in: `kaku`, `cukup` or `luwes` (see `Score::verdict_of`).
    pub verdict: &'static str,
}

impl Score {
    /// Below this a post reads stiff (`kaku`).
    pub const CUKUP_FROM: u8 = 60;
    /// From this on a post reads at ease (`luwes`); in between it is `cukup`.
    pub const LUWES_FROM: u8 = 75;

    /// The verdict for a score value. The bands were set on the real posts of both
    /// evaluation corpora (docs/EVALUATION.md): soft government posts rarely score below
    /// 60, stiff ones rarely reach 75.
    pub fn verdict_of(value: u8) -> &'static str {
        match value {
            v if v < Self::CUKUP_FROM => "kaku",
            v if v < Self::LUWES_FROM => "cukup",
            _ => "luwes",
        }
    }

    pub fn penalty(&self) -> f64 {
        self.by_category.values().sum()
    }

    pub fn credit(&self) -> f64 {
        self.credits.values().sum()
    }
}

/// One fix that was applied, for the per-file report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedFix {
    pub rule: String,
    pub applicability: Applicability,
    /// 1-based line in the text of the pass that applied it.
    pub line: usize,
    pub before: String,
    pub after: String,
}

/// Something a run could not read or load (a file, a rule pack), reported beside the
/// findings in the machine formats so that CI reading only JSON or SARIF does not take a
/// broken run for a clean one. Lines and columns are 1-based, as in findings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RunError {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    pub message: String,
}
