//! `luwes fix`'s engine: pick the fixes allowed at the requested level, apply the ones
//! that do not overlap, tidy around them, re-lint, and repeat until nothing is left to
//! apply (bounded). Stopping only at a fixed point is what makes fix(fix(x)) == fix(x).
mod apply;
mod tidy;

pub use apply::{apply_edits, apply_groups, Applied, AppliedGroups};
pub use tidy::tidy;

pub use crate::model::AppliedFix;

use crate::model::{Applicability, Diagnostic, Edit, FileReport, Suggestion};

/// Passes before giving up on a text whose fixes keep undoing each other.
pub const MAX_PASSES: usize = 8;

/// What fixing one text did.
#[derive(Debug, Clone)]
pub struct FixOutcome {
    pub original: String,
    /// The final lint of the fixed text: its `source` is the fixed text.
    pub report: FileReport,
    pub applied: Vec<AppliedFix>,
    pub passes: usize,
    /// False when the pass limit was reached with fixes still pending.
    pub converged: bool,
}

impl FixOutcome {
    pub fn text(&self) -> &str {
        &self.report.source
    }

    pub fn changed(&self) -> bool {
        self.report.source != self.original
    }
}

/// The suggestion `luwes fix` would apply for `d` at `level` (Safe, or Unsafe with `--unsafe`).
pub fn fix_at(d: &Diagnostic, level: Applicability) -> Option<&Suggestion> {
    d.suggestions.iter().find(|s| s.is_fix() && s.applicability >= level)
}

/// Applies one pass of fixes from `report` at `level` and tidies; `None` when nothing
/// applies. The applied fixes are returned in text order.
pub fn fix_pass(report: &FileReport, level: Applicability) -> Option<(String, Vec<AppliedFix>)> {
    let picked: Vec<(&Diagnostic, &Suggestion)> = report
        .diagnostics
        .iter()
        .filter_map(|d| fix_at(d, level).map(|s| (d, s)))
        .collect();
    if picked.is_empty() {
        return None;
    }
    let groups: Vec<&[Edit]> = picked.iter().map(|(_, s)| s.edits.as_slice()).collect();
    let r = apply_groups(&report.source, &groups);
    if r.taken.is_empty() {
        return None;
    }
    let lines = &report.lines;
    let applied = r
        .taken
        .iter()
        .map(|&i| {
            let (d, s) = picked[i];
            AppliedFix {
                rule: d.rule.clone(),
                applicability: s.applicability,
                line: lines.line_col(&report.source, d.span.start).line,
                before: report.source[d.span.clone()].to_string(),
                after: s.text.clone(),
            }
        })
        .collect();
    Some((tidy(&r.text, &r.landed), applied))
}

/// Fixes `source` until stable: lint, apply a pass, re-lint, at most `MAX_PASSES` times.
/// `lint` is the run's linter applied to a text (`|t| linter.lint(path, t)`).
pub fn fix(lint: impl Fn(&str) -> FileReport, source: &str, level: Applicability) -> FixOutcome {
    let mut report = lint(source);
    let mut applied = Vec::new();
    let mut passes = 0;
    let mut converged = true;
    while let Some((text, fixes)) = fix_pass(&report, level) {
        if passes == MAX_PASSES {
            converged = false;
            break;
        }
        passes += 1;
        if text == report.source {
            // Fixes that change nothing would loop forever; they count as done.
            break;
        }
        applied.extend(fixes);
        report = lint(&text);
    }
    FixOutcome {
        original: source.to_string(),
        report,
        applied,
        passes,
        converged,
    }
}
