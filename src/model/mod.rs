//! The data every layer shares and no layer owns: findings and their spans, the domain's
//! words (kind of text, platform, language), the settings of a run, rule metadata with
//! its examples, and what linting one file produced. It uses no other module.
pub mod cell;
pub mod diagnostic;
pub mod example;
pub mod report;
pub mod rule;
pub mod settings;
pub mod span;
pub mod words;

pub use cell::{Cell, FileAt};
pub use diagnostic::{Applicability, Category, Diagnostic, Edit, Severity, Suggestion};
pub use example::ExampleProblem;
pub use report::{AppliedFix, FileReport, RunError, Score};
pub use rule::{RuleMeta, RuleTest};
pub use settings::{FailOn, Settings, Vocab};
pub use words::{Lang, Platform, Register, TextKind};

/// Formats a limit, weight or measured value without a pointless `.0`.
pub fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.2}")
    }
}
