//! Skipping rules that cannot fire on a text, so that the cost of a text grows with the
//! rules that might match it rather than with the size of the pack.
//!
//! Most rules can only report where their regex matches (`Check::trigger`), and every
//! match of a regex starts with one of its literal prefixes (`wajib membawa` starts with
//! `wajib`). One Aho-Corasick automaton over the prefixes of all rules finds, in one pass
//! over a text, which rules have a prefix present; only those (and the rules without a
//! usable prefix) run. The automaton is ASCII case-insensitive and only ASCII prefixes
//! are used, so it never misses a case variant the rule's own regex would match (see
//! `may_fire` for the two non-ASCII letters that fold onto ASCII ones).
use crate::check::Rule;
use crate::text::re::Re;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex_syntax::hir::literal::{ExtractKind, Extractor};

/// Built once per run from the rules in force and shared by every thread.
#[derive(Debug, Default)]
pub struct Prefilter {
    ac: Option<AhoCorasick>,
    /// For each pattern of the automaton, the rules (indexes) it may start a match of.
    owners: Vec<Vec<usize>>,
    /// Per rule: true when the rule runs on every text (no trigger or no usable prefix).
    always: Vec<bool>,
}

/// The literal prefixes every match of `re` starts with, or `None` when there is no such
/// finite set of non-empty ASCII strings. The pattern is parsed case-sensitively: the
/// automaton folds ASCII case itself, which also covers rules built with `ignore_case`.
///
/// The twin of the pattern is parsed, not the pattern itself: translating its Unicode
/// classes was a third of start-up. The two have the same prefixes because a class the
/// twin cut to ASCII still has at least 10 members, more than `limit_class` expands, so
/// such a class ends the prefixes in both.
fn prefixes(re: &Re) -> Option<Vec<Vec<u8>>> {
    let hir = regex_syntax::ParserBuilder::new().build().parse(re.twin_str()).ok()?;
    let mut extractor = Extractor::new();
    extractor.kind(ExtractKind::Prefix).limit_class(9).limit_total(2000);
    let seq = extractor.extract(&hir);
    let literals = seq.literals()?;
    if literals
        .iter()
        .any(|l| l.as_bytes().is_empty() || !l.as_bytes().is_ascii())
    {
        return None;
    }
    Some(literals.iter().map(|l| l.as_bytes().to_vec()).collect())
}

/// The prefixes of `trigger` when it is the regex of a literal phrase list of `rule`
/// (see `Phrases::prefixes`): read off the list's strings instead of parsing the regex.
fn literal_prefixes(rule: &Rule, trigger: &Re) -> Option<Vec<Vec<u8>>> {
    let lists = rule.check.phrase_lists();
    let (_, list) = lists.iter().find(|(_, p)| std::ptr::eq(p.regex(), trigger))?;
    let prefixes = list.prefixes()?;
    let usable = prefixes.iter().all(|p| !p.is_empty() && p.is_ascii());
    usable.then(|| prefixes.iter().map(|p| p.as_bytes().to_vec()).collect())
}

impl Prefilter {
    pub fn new(rules: &[Rule]) -> Prefilter {
        let mut patterns: Vec<Vec<u8>> = Vec::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        let mut index = std::collections::HashMap::new();
        let mut always = vec![true; rules.len()];
        for (i, rule) in rules.iter().enumerate() {
            let Some(trigger) = rule.check.trigger() else {
                continue;
            };
            let Some(lits) = literal_prefixes(rule, trigger).or_else(|| prefixes(trigger)) else {
                continue;
            };
            always[i] = false;
            for lit in lits {
                let key = lit.to_ascii_lowercase();
                let id = *index.entry(key.clone()).or_insert_with(|| {
                    patterns.push(key);
                    owners.push(Vec::new());
                    owners.len() - 1
                });
                if owners[id].last() != Some(&i) {
                    owners[id].push(i);
                }
            }
        }
        let ac = if patterns.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(&patterns)
                .ok()
        };
        if ac.is_none() {
            always.iter_mut().for_each(|a| *a = true);
        }
        Prefilter { ac, owners, always }
    }

    /// Per rule (same indexes as `new`'s slice): whether it may report anything on a
    /// document whose phrase view is `text`.
    pub fn may_fire(&self, text: &str) -> Vec<bool> {
        // Under the simple case folding regexes use, U+212A KELVIN SIGN matches `k` and
        // U+017F LONG S matches `s`; an ASCII automaton would not see them, so such a
        // (very rare) text runs every rule.
        let (Some(ac), false) = (&self.ac, text.contains(['\u{212A}', '\u{17F}'])) else {
            return vec![true; self.always.len()];
        };
        let mut hit = self.always.clone();
        for m in ac.find_overlapping_iter(text) {
            for &r in &self.owners[m.pattern().as_usize()] {
                hit[r] = true;
            }
        }
        hit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_the_prefilter_skips_finds_nothing() {
        let (rules, _) = crate::engine::rules::builtin();
        let prefilter = Prefilter::new(&rules);
        let mut texts = crate::text::samples::all();
        for rule in &rules {
            for t in &rule.meta.tests {
                texts.extend(t.bad.iter().chain(&t.good).cloned());
            }
        }
        let mut skipped = 0;
        for text in texts {
            let doc = crate::text::Document::new(&text, crate::text::mask::Format::Plain);
            let may_fire = prefilter.may_fire(&doc.phrase);
            for (rule, _) in rules.iter().zip(&may_fire).filter(|(_, &m)| !m) {
                skipped += 1;
                let trigger = rule.check.trigger().expect("a rule without trigger always runs");
                assert!(trigger.exact().find(&doc.phrase).is_none(), "{}: {text:?}", rule.id());
            }
        }
        assert!(skipped > 0);
    }

    #[test]
    fn prefixes_of_phrase_regexes() {
        let re = crate::check::phrase_regex(&["wajib membawa".into(), "dilarang".into()], true, false).unwrap();
        let mut p = prefixes(&re).unwrap();
        p.sort();
        assert!(p.iter().any(|l| l.starts_with(b"wajib")), "{p:?}");
        assert!(p.iter().any(|l| l.starts_with(b"dilarang")), "{p:?}");
        // No finite prefix set: the rule must always run.
        assert!(prefixes(&Re::new(r"\p{L}{3,}mu", false).unwrap()).is_none());
        assert!(prefixes(&Re::new(r"a*", false).unwrap()).is_none());
    }
}
