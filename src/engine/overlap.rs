//! One finding per span: when two rules flag overlapping words, the reader sees the more
//! specific finding only (issue 12: "Sekda mengatakan" flagged by both the press-release
//! rule and the official-first rule read as two complaints about one thing).
//!
//! Three scales of finding, because they do not compete across scales:
//! - **absence** findings (`require` rules: "no invitation to reply", "no thanks in a
//!   reply") say what the post lacks; their span is only an anchor, so they never compete;
//! - **scope** findings are measures (`metric`, `occurrence` rules) over a whole sentence or
//!   more (a long sentence, a paragraph in capitals, a post full of report markers): they
//!   judge the sentence, not its words, so they compete only with a finding on exactly
//!   that same span;
//! - **phrase** findings (every other finding, even one that happens to fill a sentence,
//!   such as a headline line or "PERHATIAN!!!") compete with every phrase finding they
//!   overlap.
//!
//! Two kinds of finding never compete either: one whose fix is safe (a spelling fix that
//! `luwes fix` applies on its own: hiding it would leave the word wrong after fixing), and
//! one from the project's own config (`vocab/reject`: the team asked for it by name).
//!
//! Among competitors the winner is, in order: the higher severity (an advisory note never
//! hides a warning that counts toward the verdict), the one with a fix `luwes fix` can apply
//! (the reader can act on it), the heavier score weight (the pack's declared priority: an
//! official opening the post, weight 2, outranks the titles inside the official's name,
//! 1.5), the narrower span (it says exactly what is wrong), then the rule id.
use crate::model::{Applicability, Diagnostic};
use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

/// The kind name of a rule whose findings report an absence.
const ABSENCE_KIND: &str = "require";
/// Rule ids of findings the project's config asks for.
const CONFIG_PREFIX: &str = "vocab/";
/// The kinds of rule that measure a scope rather than match words.
const MEASURE_KINDS: &[&str] = &["metric", "occurrence"];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Scale {
    /// Never competes: an absence, a safe fix, a finding the config asked for.
    Absence,
    Scope,
    Phrase,
}

/// Keeps one finding per span in `diags`, in their order. `kind_of` and
/// `weight_of` answer for a finding's rule; `sentences` are the document's sentences.
pub fn one_per_span(
    diags: &mut Vec<Diagnostic>,
    sentences: &[Range<usize>],
    kind_of: impl Fn(&str) -> Option<&'static str>,
    weight_of: impl Fn(&str) -> f64,
) {
    if diags.len() < 2 {
        return;
    }
    let scales: Vec<Scale> = diags
        .iter()
        .map(|d| {
            let kind = kind_of(&d.rule);
            let safe_fix = d.fix().is_some_and(|f| f.applicability == Applicability::Safe);
            if kind == Some(ABSENCE_KIND) || safe_fix || d.rule.starts_with(CONFIG_PREFIX) {
                Scale::Absence
            } else if kind.is_some_and(|k| MEASURE_KINDS.contains(&k)) && covers_a_sentence(&d.span, sentences) {
                Scale::Scope
            } else {
                Scale::Phrase
            }
        })
        .collect();
    let mut order: Vec<usize> = (0..diags.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&diags[a], &diags[b]);
        y.severity
            .cmp(&x.severity)
            .then_with(|| y.fix().is_some().cmp(&x.fix().is_some()))
            .then_with(|| weight_of(&y.rule).total_cmp(&weight_of(&x.rule)))
            .then_with(|| x.span.len().cmp(&y.span.len()))
            .then_with(|| x.rule.cmp(&y.rule))
            .then_with(|| x.span.start.cmp(&y.span.start))
    });
    // Kept phrase spans never overlap each other, so the one starting last before a
    // candidate's end is the only one that can overlap it.
    let mut phrases: BTreeMap<usize, usize> = BTreeMap::new();
    // Every kept span that is not an absence, exactly: a scope finding meets its match here.
    let mut exact: HashSet<(usize, usize)> = HashSet::new();
    let mut keep = vec![false; diags.len()];
    for i in order {
        let span = &diags[i].span;
        keep[i] = match scales[i] {
            Scale::Absence => true,
            Scale::Scope => exact.insert((span.start, span.end)),
            // An empty span marks a point, not words: nothing to compete for.
            Scale::Phrase if span.is_empty() => true,
            Scale::Phrase => {
                let clash = exact.contains(&(span.start, span.end))
                    || phrases
                        .range(..span.end)
                        .next_back()
                        .is_some_and(|(_, &end)| end > span.start);
                if !clash {
                    phrases.insert(span.start, span.end);
                    exact.insert((span.start, span.end));
                }
                !clash
            }
        };
    }
    let mut i = 0;
    diags.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}

/// Whether `span` holds at least nine tenths of a sentence it overlaps (a headline line
/// without its last character is still the headline).
fn covers_a_sentence(span: &Range<usize>, sentences: &[Range<usize>]) -> bool {
    let first = sentences.partition_point(|s| s.end <= span.start);
    sentences[first..].iter().take_while(|s| s.start < span.end).any(|s| {
        let inside = s.end.min(span.end).saturating_sub(s.start.max(span.start));
        inside * 10 >= s.len() * 9
    })
}

#[cfg(test)]
#[path = "overlap_tests.rs"]
mod tests;
