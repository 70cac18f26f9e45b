//! The Indonesian pack: every built-in rule's own examples pass, and the pack covers the
//! seven categories of issue 3 with at least 40 rules.
use luwes::rules::{load, selftest};
use std::collections::BTreeSet;

#[test]
fn every_id_rule_passes_its_examples() {
    let (rules, errors) = load::builtin();
    assert!(errors.is_empty(), "{errors:?}");
    let failures: Vec<String> = rules.iter().flat_map(selftest::run).map(|f| f.to_string()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn id_pack_covers_seven_categories() {
    let (rules, _) = load::builtin();
    let id: Vec<_> = rules.iter().filter(|r| r.meta.id.starts_with("id/")).collect();
    assert!(id.len() >= 40, "only {} rules", id.len());
    let cats: BTreeSet<&str> = id.iter().map(|r| r.meta.category.as_str()).collect();
    for c in [
        "imperative",
        "formal",
        "structural",
        "inclusive",
        "listening",
        "serving",
        "spelling",
    ] {
        assert!(cats.contains(c), "no {c} rule");
    }
    for r in &id {
        if r.meta.category.as_str() == "inclusive" {
            assert!(r.meta.source.is_some(), "{} cites no source", r.meta.id);
        }
    }
}
