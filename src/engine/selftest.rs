//! Runs the examples embedded in rule files (`tests:`): for `cargo test` and for
//! `luwes rules test`, so people writing their own packs get the same checks we do.
use super::Rule;
use crate::model::TextKind;
use crate::text::mask::Format;

/// One failed example.
#[derive(Debug, Clone)]
pub struct Failure {
    pub rule: String,
    /// 1-based index into the rule's `tests:`, or 0 for a problem with the rule as a whole.
    pub test: usize,
    pub message: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.test == 0 {
            write!(f, "{}: {}", self.rule, self.message)
        } else {
            write!(f, "{} (test {}): {}", self.rule, self.test, self.message)
        }
    }
}

/// Runs every example of `rule` in isolation and returns what failed.
pub fn run(rule: &Rule) -> Vec<Failure> {
    let mut failures = Vec::new();
    let fail = |test: usize, message: String| Failure {
        rule: rule.meta.id.clone(),
        test,
        message,
    };
    let bads = rule.meta.tests.iter().filter(|t| t.bad.is_some()).count();
    if bads == 0 || bads == rule.meta.tests.len() {
        failures.push(fail(0, "needs at least one `bad` and one `good` example".into()));
    }
    let has_fixed = rule.meta.tests.iter().any(|t| t.fixed.is_some());
    if rule.is_fixable() && !has_fixed {
        failures.push(fail(
            0,
            "declares a fix but no test shows it (add `fixed:` to a `bad` example)".into(),
        ));
    }
    if !rule.is_fixable() && has_fixed {
        failures.push(fail(0, "a test has `fixed:` but the rule applies no fix".into()));
    }
    for (i, t) in rule.meta.tests.iter().enumerate() {
        let n = i + 1;
        let kind = t
            .kind
            .unwrap_or_else(|| *rule.meta.applies_to.first().unwrap_or(&TextKind::Post));
        if !rule.meta.applies_to.contains(&kind) {
            failures.push(fail(
                n,
                format!(
                    "test is a {kind} but the rule only applies to {:?}",
                    rule.meta.applies_to
                ),
            ));
            continue;
        }
        let platform = t.platform.unwrap_or_default();
        let format = if t.markdown { Format::Markdown } else { Format::Plain };
        let text = t.bad.as_deref().or(t.good.as_deref()).unwrap_or("");
        let diags = super::run_rule(rule, text, format, platform);
        if t.good.is_some() {
            if let Some(d) = diags.first() {
                failures.push(fail(
                    n,
                    format!("good example was flagged at “{}”: {}", &text[d.span.clone()], d.message),
                ));
            }
            continue;
        }
        match t.count {
            Some(c) if diags.len() != c => {
                failures.push(fail(
                    n,
                    format!("expected {c} finding(s), got {}: {text:?}", diags.len()),
                ));
                continue;
            }
            None if diags.is_empty() => {
                failures.push(fail(n, format!("bad example was not flagged: {text:?}")));
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
                failures.push(fail(n, format!("fix gave {got:?}, expected {expected:?}")));
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
