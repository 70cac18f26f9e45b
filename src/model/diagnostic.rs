//! What a check reports: severity, category, the flagged span and suggested rewrites as data.
use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The families of problems luwes knows. They map to the soft-message training: commands
/// and letter formulas make a post stiff; structure and jargon hide the point; inclusive,
/// listening and serving rules carry the culture of listening and serving.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Imperative,
    Formal,
    Structural,
    Inclusive,
    Listening,
    Serving,
    Readability,
    Spelling,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::Imperative,
        Category::Formal,
        Category::Structural,
        Category::Inclusive,
        Category::Listening,
        Category::Serving,
        Category::Readability,
        Category::Spelling,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Imperative => "imperative",
            Category::Formal => "formal",
            Category::Structural => "structural",
            Category::Inclusive => "inclusive",
            Category::Listening => "listening",
            Category::Serving => "serving",
            Category::Readability => "readability",
            Category::Spelling => "spelling",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How sure we are that applying a suggestion keeps the meaning (ruff's model):
/// `Safe` fixes are applied by `luwes fix`, `Unsafe` ones only with `--unsafe`,
/// `DisplayOnly` ones are shown but never applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    #[serde(rename = "display-only")]
    DisplayOnly,
    Unsafe,
    Safe,
}

impl Applicability {
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::DisplayOnly => "display-only",
            Applicability::Unsafe => "unsafe",
            Applicability::Safe => "safe",
        }
    }
}

/// Replace the bytes `start..end` of the source with `text`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One way to rewrite a finding: the text shown to the user and the edits that apply it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub text: String,
    pub applicability: Applicability,
    pub edits: Vec<Edit>,
}

impl Suggestion {
    /// A suggestion that replaces exactly `span` with `text`.
    pub fn replace(span: Range<usize>, text: String, applicability: Applicability) -> Self {
        Suggestion {
            edits: vec![Edit {
                start: span.start,
                end: span.end,
                text: text.clone(),
            }],
            text,
            applicability,
        }
    }

    /// Advice without an edit (e.g. "add a question at the end").
    pub fn advice(text: String) -> Self {
        Suggestion {
            text,
            applicability: Applicability::DisplayOnly,
            edits: Vec::new(),
        }
    }

    pub fn is_fix(&self) -> bool {
        !self.edits.is_empty() && self.applicability > Applicability::DisplayOnly
    }
}

/// A finding. `span` is a byte range into the untouched source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: String,
    pub category: Category,
    pub severity: Severity,
    pub message: String,
    pub span: Range<usize>,
    pub suggestions: Vec<Suggestion>,
}

impl Diagnostic {
    /// The best fix `luwes fix` could apply for this finding, if any.
    pub fn fix(&self) -> Option<&Suggestion> {
        self.suggestions.iter().find(|s| s.is_fix())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applicability_orders_safe_highest() {
        assert!(Applicability::Safe > Applicability::Unsafe);
        assert!(Applicability::Unsafe > Applicability::DisplayOnly);
    }

    #[test]
    fn advice_is_not_a_fix() {
        assert!(!Suggestion::advice("x".into()).is_fix());
        assert!(Suggestion::replace(0..1, "y".into(), Applicability::Unsafe).is_fix());
        assert!(!Suggestion::replace(0..1, "y".into(), Applicability::DisplayOnly).is_fix());
    }
}
