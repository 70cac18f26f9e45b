//! What can be wrong with a rule's examples (`tests:`), as data: the engine's self-test
//! finds it, `luwes rules test` says it in the run's language. Its `Display` is the
//! English wording, for `cargo test` and the English labels.
use super::TextKind;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum ExampleProblem {
    /// The rule has only `bad` or only `good` examples (or none).
    NoBadOrGood,
    /// The rule rewrites, but no example shows the rewrite.
    FixUntested,
    /// An example has `fixed:`, but the rule rewrites nothing.
    FixedWithoutFix,
    /// The example is a kind of text the rule does not apply to.
    WrongKind { kind: TextKind, applies_to: Vec<TextKind> },
    /// A `good` example was flagged, at this text, with this message.
    GoodFlagged { at: String, message: String },
    /// A `bad` example gave another number of findings than its `count:`.
    Count { expected: usize, got: usize, text: String },
    /// A `bad` example was not flagged.
    NotFlagged { text: String },
    /// The rewrite of a `bad` example is not its `fixed:`.
    FixGave { got: String, expected: String },
}

impl fmt::Display for ExampleProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoBadOrGood => write!(f, "needs at least one `bad` and one `good` example"),
            Self::FixUntested => write!(
                f,
                "declares a fix but no test shows it (add `fixed:` to a `bad` example)"
            ),
            Self::FixedWithoutFix => write!(f, "a test has `fixed:` but the rule applies no fix"),
            Self::WrongKind { kind, applies_to } => {
                write!(f, "test is a {kind} but the rule only applies to {applies_to:?}")
            }
            Self::GoodFlagged { at, message } => write!(f, "good example was flagged at “{at}”: {message}"),
            Self::Count { expected, got, text } => {
                write!(f, "expected {expected} finding(s), got {got}: {text:?}")
            }
            Self::NotFlagged { text } => write!(f, "bad example was not flagged: {text:?}"),
            Self::FixGave { got, expected } => write!(f, "fix gave {got:?}, expected {expected:?}"),
        }
    }
}
