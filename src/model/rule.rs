//! What is known about a rule apart from how it checks: its id, kind, category, severity,
//! message and explanation, and the examples it carries. Printers and the report read
//! this; only `check` holds the compiled check beside it.
use super::diagnostic::{Applicability, Category, Severity};
use super::words::{Platform, Register, TextKind};
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
    /// Registers in which the rule stays quiet (see `Register`).
    pub quiet_in: Vec<Register>,
    /// Where the rule was read from: `builtin:id/wajib.yaml` or a file path.
    pub origin: PathBuf,
    /// The rule's examples (`tests:` in its file).
    pub tests: Vec<RuleTest>,
}

impl RuleMeta {
    /// Whether the rule has any fix that `luwes fix` could apply.
    pub fn is_fixable(&self) -> bool {
        self.fix > Applicability::DisplayOnly
    }

    /// The parts of the description a reader sees apart (see `Explanation`).
    pub fn explanation(&self) -> Explanation<'_> {
        Explanation::of(&self.description)
    }
}

/// One example from a rule's `tests:`.
#[derive(Debug, Clone)]
pub struct RuleTest {
    pub bad: Option<String>,
    pub good: Option<String>,
    pub fixed: Option<String>,
    pub count: Option<usize>,
    pub kind: Option<TextKind>,
    pub platform: Option<Platform>,
    pub markdown: bool,
}

/// A rule description read the one way every printer reads it: prose lines, the
/// before/after pair (`Sebelum:`/`Sesudah:`, `Before:`/`After:`), and the note for rule
/// authors on fix safety (`Perbaikan otomatis:`/`Fix safety:` and what follows it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Explanation<'a> {
    pub prose: Vec<&'a str>,
    /// (`true` for before, `false` for after, text after the label), in order.
    pub pairs: Vec<(bool, &'a str)>,
    pub note: Vec<&'a str>,
}

impl<'a> Explanation<'a> {
    pub fn of(description: &'a str) -> Self {
        let mut e = Explanation::default();
        for line in description.lines().map(str::trim).filter(|t| !t.is_empty()) {
            // The fix-safety line (and its continuation) is for authors, not readers.
            if !e.note.is_empty() || line.starts_with("Perbaikan otomatis:") || line.starts_with("Fix safety:") {
                e.note.push(line);
                continue;
            }
            match before_after(line) {
                Some(pair) => e.pairs.push(pair),
                None => e.prose.push(line),
            }
        }
        e
    }
}

/// Whether a description line is the before or the after of its example, in either language.
fn before_after(line: &str) -> Option<(bool, &str)> {
    for (prefix, before) in [
        ("Sebelum:", true),
        ("Before:", true),
        ("Sesudah:", false),
        ("After:", false),
    ] {
        if let Some(rest) = line.strip_prefix(prefix) {
            return Some((before, rest.trim()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn description_parts() {
        let e = Explanation::of("Alasan satu.\nalasan dua.\nSebelum: A\nSesudah: B\nPerbaikan otomatis: tidak\nada.\n");
        assert_eq!(e.prose, vec!["Alasan satu.", "alasan dua."]);
        assert_eq!(e.pairs, vec![(true, "A"), (false, "B")]);
        assert_eq!(e.note, vec!["Perbaikan otomatis: tidak", "ada."]);
    }
}
