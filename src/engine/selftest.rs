//! Runs the examples embedded in rule files (`tests:`): for `cargo test` and for
//! `luwes rules test`, so people writing their own packs get the same checks we do.
use super::Rule;
use crate::model::{ExampleProblem, TextKind};
use crate::text::mask::Format;

/// One failed example.
#[derive(Debug, Clone)]
pub struct Failure {
    pub rule: String,
    /// 1-based index into the rule's `tests:`, or 0 for a problem with the rule as a whole.
    pub test: usize,
    pub problem: ExampleProblem,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.test == 0 {
            write!(f, "{}: {}", self.rule, self.problem)
        } else {
            write!(f, "{} (test {}): {}", self.rule, self.test, self.problem)
        }
    }
}

/// Runs every example of `rule` in isolation and returns what failed.
pub fn run(rule: &Rule) -> Vec<Failure> {
    let mut failures = Vec::new();
    let fail = |test: usize, problem: ExampleProblem| Failure {
        rule: rule.meta.id.clone(),
        test,
        problem,
    };
    let bads = rule.meta.tests.iter().filter(|t| t.bad.is_some()).count();
    if bads == 0 || bads == rule.meta.tests.len() {
        failures.push(fail(0, ExampleProblem::NoBadOrGood));
    }
    let has_fixed = rule.meta.tests.iter().any(|t| t.fixed.is_some());
    if rule.is_fixable() && !has_fixed {
        failures.push(fail(0, ExampleProblem::FixUntested));
    }
    if !rule.is_fixable() && has_fixed {
        failures.push(fail(0, ExampleProblem::FixedWithoutFix));
    }
    for (i, t) in rule.meta.tests.iter().enumerate() {
        let n = i + 1;
        let kind = t
            .kind
            .unwrap_or_else(|| *rule.meta.applies_to.first().unwrap_or(&TextKind::Post));
        if !rule.meta.applies_to.contains(&kind) {
            let applies_to = rule.meta.applies_to.clone();
            failures.push(fail(n, ExampleProblem::WrongKind { kind, applies_to }));
            continue;
        }
        let platform = t.platform.unwrap_or_default();
        let format = if t.markdown { Format::Markdown } else { Format::Plain };
        let text = t.bad.as_deref().or(t.good.as_deref()).unwrap_or("");
        let diags = super::run_rule(rule, text, format, platform);
        if t.good.is_some() {
            if let Some(d) = diags.first() {
                let at = text[d.span.clone()].to_string();
                let message = d.message.clone();
                failures.push(fail(n, ExampleProblem::GoodFlagged { at, message }));
            }
            continue;
        }
        match t.count {
            Some(c) if diags.len() != c => {
                let (expected, got, text) = (c, diags.len(), text.to_string());
                failures.push(fail(n, ExampleProblem::Count { expected, got, text }));
                continue;
            }
            None if diags.is_empty() => {
                failures.push(fail(n, ExampleProblem::NotFlagged { text: text.to_string() }));
                continue;
            }
            _ => {}
        }
        if let Some(expected) = &t.fixed {
            let edits: Vec<_> = diags
                .iter()
                .filter_map(|d| d.fix())
                .flat_map(|s| s.edits.clone())
                .collect();
            let got = crate::fix::apply_edits(text, &edits).text;
            if &got != expected {
                let expected = expected.clone();
                failures.push(fail(n, ExampleProblem::FixGave { got, expected }));
            }
        }
    }
    failures
}

#[cfg(test)]
mod tests {
    // Pattern rules whose examples only pass when the pattern kind honours its keys.
    #[test]
    fn require_rewrite_skips_unknown_words() {
        let yaml = "kind: pattern\ncategory: imperative\nseverity: info\nmessage: m\ndescription: d\n\
            pattern: '\\b(?P<verb>\\p{L}+lah)\\b'\nrewrite: '{verb|imperative}'\nrequire_rewrite: true\n\
            tests:\n  - bad: 'Patuhilah aturan.'\n    fixed: 'Patuhi aturan.'\n  - good: 'Ini adalah sekolah.'\n";
        let rule = crate::engine::rules::load_rule("t/lah", std::path::Path::new("t.yaml"), yaml).unwrap();
        assert!(super::run(&rule).is_empty());
    }

    #[test]
    fn at_capture_narrows_the_span() {
        let yaml = "kind: pattern\ncategory: imperative\nseverity: info\nmessage: m\ndescription: d\n\
            pattern: '[.]\\s+(?P<at>(?P<verb>Patuhi))'\nrewrite: 'Yuk, {verb|imperative}'\nignore_case: false\n\
            tests:\n  - bad: 'Ada aturan. Patuhi, ya.'\n    fixed: 'Ada aturan. Yuk, patuhi, ya.'\n  - good: 'Patuhi.'\n";
        let rule = crate::engine::rules::load_rule("t/at", std::path::Path::new("t.yaml"), yaml).unwrap();
        assert!(super::run(&rule).is_empty());
    }
}
