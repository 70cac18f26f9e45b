//! Rules: the YAML shape (`raw`), validation and compilation (`compile`), where packs come
//! from (`load`) and the examples every rule carries (`selftest`).
pub mod compile;
pub mod load;
pub mod raw;
pub mod selftest;

use crate::check::Check;
use crate::config::TextKind;
use crate::diagnostic::{Applicability, Category, Severity};
use std::path::PathBuf;

/// The fields every rule has, whatever its kind.
#[derive(Debug, Clone)]
pub struct RuleMeta {
    pub id: String,
    /// Language code the rule is written for (`id`, `en`), from its pack folder or `lang:`;
    /// `None` applies to every language.
    pub lang: Option<String>,
    pub kind: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub message: String,
    pub description: String,
    pub source: Option<String>,
    /// Best applicability of this rule's rewrites (`DisplayOnly` when it has none).
    pub fix: Applicability,
    pub weight: f64,
    pub applies_to: Vec<TextKind>,
    /// Where the rule was read from: `builtin:id/wajib.yaml` or a file path.
    pub origin: PathBuf,
}

/// One example from a rule's `tests:`.
#[derive(Debug, Clone)]
pub struct RuleTest {
    pub bad: Option<String>,
    pub good: Option<String>,
    pub fixed: Option<String>,
    pub count: Option<usize>,
    pub kind: Option<TextKind>,
    pub platform: Option<crate::config::Platform>,
    pub markdown: bool,
}

#[derive(Debug)]
pub struct Rule {
    pub meta: RuleMeta,
    pub check: Check,
    pub tests: Vec<RuleTest>,
}

impl Rule {
    pub fn id(&self) -> &str {
        &self.meta.id
    }

    /// Whether the rule has any fix that `luwes fix` could apply.
    pub fn is_fixable(&self) -> bool {
        self.meta.fix > Applicability::DisplayOnly
    }
}
