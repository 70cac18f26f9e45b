//! Tests of the one-finding-per-span pass: which finding wins, and which never compete.
use super::*;
use crate::model::{Applicability, Category, Severity, Suggestion};

fn d(rule: &str, severity: Severity, span: Range<usize>, fix: bool) -> Diagnostic {
    let suggestions = if fix {
        vec![Suggestion::replace(span.clone(), "x".into(), Applicability::Unsafe)]
    } else {
        vec![Suggestion::advice("x".into())]
    };
    Diagnostic {
        rule: rule.into(),
        category: Category::Formal,
        severity,
        message: String::new(),
        span,
        suggestions,
    }
}

fn kind(id: &str) -> Option<&'static str> {
    Some(if id.starts_with("req") {
        "require"
    } else if id.starts_with("long") || id.starts_with("caps") {
        "metric"
    } else {
        "existence"
    })
}

fn kept(mut v: Vec<Diagnostic>, sentences: &[Range<usize>]) -> Vec<String> {
    one_per_span(&mut v, sentences, kind, |id| if id == "heavy" { 2.0 } else { 1.0 });
    v.into_iter().map(|d| d.rule).collect()
}

// "Sekda mengatakan bahwa …": the official (0..5) inside the press-release phrase (0..16).
const SENT: &[Range<usize>] = &[0..60, 70..90];

#[test]
fn the_narrower_of_two_warnings_wins() {
    let v = vec![
        d("siaran-pers", Severity::Warning, 0..16, false),
        d("pejabat", Severity::Warning, 0..5, false),
    ];
    assert_eq!(kept(v, SENT), ["pejabat"]);
}

#[test]
fn a_warning_is_never_hidden_by_a_note() {
    let v = vec![
        d("pejabat", Severity::Warning, 0..30, false),
        d("akronim", Severity::Info, 10..14, false),
    ];
    assert_eq!(kept(v, SENT), ["pejabat"]);
}

#[test]
fn a_finding_with_a_fix_beats_a_narrower_one_without() {
    let v = vec![
        d("diminta", Severity::Warning, 20..34, true),
        d("ejaan", Severity::Warning, 20..28, false),
    ];
    assert_eq!(kept(v, SENT), ["diminta"]);
}

#[test]
fn the_declared_weight_outranks_a_narrower_span() {
    // The official opening the post (weight 2) holds the titles in their name (1.5 here: "b-light").
    let v = vec![
        d("heavy", Severity::Warning, 0..40, false),
        d("b-light", Severity::Warning, 20..30, false),
    ];
    assert_eq!(kept(v, SENT), ["heavy"]);
}

#[test]
fn equal_findings_fall_to_weight_then_id() {
    let v = vec![
        d("b-light", Severity::Warning, 5..9, false),
        d("heavy", Severity::Warning, 5..9, false),
    ];
    assert_eq!(kept(v, SENT), ["heavy"]);
    let v = vec![
        d("b", Severity::Warning, 5..9, false),
        d("a", Severity::Warning, 5..9, false),
    ];
    assert_eq!(kept(v, SENT), ["a"]);
}

#[test]
fn findings_side_by_side_both_stay() {
    let v = vec![
        d("a", Severity::Warning, 0..5, false),
        d("b", Severity::Warning, 5..9, false),
        d("c", Severity::Info, 9..12, false),
    ];
    assert_eq!(kept(v, SENT), ["a", "b", "c"]);
}

#[test]
fn a_chain_keeps_the_winners_that_do_not_touch() {
    // b wins over a and c (narrowest); a and c do not overlap each other but both overlap b.
    let v = vec![
        d("a", Severity::Warning, 0..10, false),
        d("b", Severity::Warning, 8..12, false),
        d("c", Severity::Warning, 11..20, false),
    ];
    assert_eq!(kept(v, SENT), ["b"]);
}

#[test]
fn absences_and_sentence_findings_do_not_compete_with_phrases() {
    let v = vec![
        d("req-thanks", Severity::Info, 0..60, false),
        d("req-step", Severity::Info, 0..60, false),
        d("long-sentence", Severity::Warning, 0..58, false),
        d("akronim", Severity::Info, 10..14, false),
    ];
    assert_eq!(kept(v, SENT), ["req-thanks", "req-step", "long-sentence", "akronim"]);
}

#[test]
fn a_measure_competes_only_with_a_finding_on_its_very_span() {
    // A headline line in capitals: the caps measure and the headline rule on one span.
    let v = vec![
        d("caps", Severity::Warning, 0..60, false),
        d("headline", Severity::Warning, 0..60, false),
        d("long", Severity::Warning, 0..80, false),
        d("akronim", Severity::Info, 62..65, false),
    ];
    let sentences = [0..60, 61..80];
    assert_eq!(kept(v, &sentences), ["caps", "long", "akronim"]);
}

#[test]
fn a_phrase_rule_filling_a_sentence_still_competes() {
    // "PERHATIAN!!!" alone on its line: the heading rule wins over the "!!!" note.
    let v = vec![
        d("heading", Severity::Warning, 0..12, false),
        d("exclaim", Severity::Info, 9..12, false),
    ];
    assert_eq!(kept(v, &[0..12, 13..20]), ["heading"]);
}

#[test]
fn one_finding_or_none_is_left_alone() {
    assert!(kept(Vec::new(), SENT).is_empty());
    assert_eq!(kept(vec![d("a", Severity::Info, 0..0, false)], SENT), ["a"]);
}

#[test]
fn safe_fixes_and_the_config_s_own_words_always_stay() {
    let mut spelling = d("ejaan", Severity::Info, 6..14, true);
    spelling.suggestions[0].applicability = Applicability::Safe;
    let v = vec![
        d("diminta", Severity::Warning, 6..20, true),
        spelling,
        d("vocab/reject", Severity::Warning, 30..36, false),
        d("gepeng", Severity::Warning, 30..36, true),
    ];
    assert_eq!(kept(v, SENT), ["diminta", "ejaan", "vocab/reject", "gepeng"]);
}
