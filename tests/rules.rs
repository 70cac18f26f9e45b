//! Every built-in rule's own examples (`tests:` in its YAML) must pass, and the pack
//! must keep the shape the docs promise (ids from paths, every category used, docs filled).
use luwes::engine::rules as load;
use luwes::engine::selftest;
use std::collections::BTreeSet;

#[test]
fn every_builtin_rule_passes_its_examples() {
    let (rules, errors) = load::builtin();
    assert!(
        errors.is_empty(),
        "{}",
        errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")
    );
    let failures: Vec<String> = rules.iter().flat_map(selftest::run).map(|f| f.to_string()).collect();
    assert!(
        failures.is_empty(),
        "{} failing rule examples:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn builtin_rules_are_documented() {
    let (rules, _) = load::builtin();
    for r in &rules {
        let m = &r.meta;
        assert!(
            m.description.lines().count() >= 3,
            "{}: description too short for `luwes explain`",
            m.id
        );
        assert!(
            m.description.contains("Sebelum") || m.lang.as_deref() != Some("id"),
            "{}: needs a before/after",
            m.id
        );
        assert!(
            m.id.starts_with("id/") || m.id.starts_with("en/"),
            "{}: built-in ids live in a language pack",
            m.id
        );
    }
}

#[test]
fn a_failing_example_is_reported() {
    // The harness itself must be able to fail: a rule whose good example is flagged.
    let text = "kind: existence\ncategory: formal\nseverity: warning\nmessage: m\ndescription: d\ntokens: [kaku]\ntests:\n  - bad: kaku\n  - good: masih kaku\n";
    let rule = load::load_rule("t/x", std::path::Path::new("t/x.yaml"), text).unwrap();
    let failures = selftest::run(&rule);
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert!(failures[0].problem.to_string().contains("good example was flagged"));
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

/// Every rule example (bad and good) and every bundled example post.
fn example_texts(rules: &[luwes::check::Rule]) -> Vec<String> {
    let mut texts: Vec<String> = rules
        .iter()
        .flat_map(|r| {
            r.meta
                .tests
                .iter()
                .flat_map(|t| [t.bad.clone(), t.good.clone()])
                .flatten()
        })
        .collect();
    for entry in std::fs::read_dir("examples/id").unwrap() {
        texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    texts
}

/// The fast twin of every built-in regex (ASCII word boundaries and classes, see
/// `luwes::re`) must find exactly what the regex as written finds, on every text where the
/// engine would use it: the rules' own examples and the bundled example posts.
#[test]
fn fast_twins_agree_with_the_regexes_as_written() {
    use luwes::text::document::Document;
    use luwes::text::mask::Format;
    let (rules, _) = luwes::engine::rules::builtin();
    let texts = example_texts(&rules);
    let mut compared = 0;
    for text in &texts {
        for format in [Format::Plain, Format::Markdown] {
            let doc = Document::new(text, format);
            if !doc.ascii_words {
                continue;
            }
            for rule in &rules {
                for (field, re) in rule.check.regexes() {
                    let exact: Vec<_> = re
                        .exact()
                        .captures_iter(&doc.phrase)
                        .map(|c| format!("{c:?}"))
                        .collect();
                    let fast: Vec<_> = re.fast().captures_iter(&doc.phrase).map(|c| format!("{c:?}")).collect();
                    assert_eq!(exact, fast, "{} ({field}) on {text:?}", rule.id());
                    compared += 1;
                }
            }
        }
    }
    assert!(compared > 1000, "only {compared} comparisons");
}

/// Phrase lists matched by the Aho-Corasick automaton (see `luwes::check::literal`) must
/// find exactly what their regex finds, on the rules' examples and the bundled posts.
#[test]
fn phrase_automata_agree_with_their_regexes() {
    use luwes::text::document::Document;
    use luwes::text::mask::Format;
    let (rules, _) = luwes::engine::rules::builtin();
    let lists: Vec<_> = rules
        .iter()
        .flat_map(|r| r.check.phrase_lists().into_iter().map(move |(f, p)| (r.id(), f, p)))
        .filter(|(_, _, p)| p.is_automaton())
        .collect();
    assert!(lists.len() >= 35, "only {} phrase lists are automata", lists.len());
    let mut texts = example_texts(&rules);
    texts.push("Peserta WAJIB\r\n  membawa KTP;wajib\u{a0}hadir, ditindak  tegas.Ujarnya: “akan\tditindak”".into());
    // Each list alone, and all of them in the one automaton a run uses.
    let index = luwes::check::literal::PhraseIndex::new(lists.iter().map(|(_, _, p)| *p));
    let mut found = 0;
    for text in &texts {
        let doc = Document::new(text, Format::Plain);
        let indexed = Document::new(text, Format::Plain).with_phrase_index(&index);
        assert!(doc.ascii_words || text.contains(['é', 'ï']), "{text:?}");
        for (id, field, p) in &lists {
            let by_regex = p.find_by_regex(&doc);
            assert_eq!(p.find(&doc), by_regex, "{id} ({field}) on {text:?}");
            assert_eq!(p.find(&indexed), by_regex, "{id} ({field}), one automaton, on {text:?}");
            found += by_regex.len();
        }
    }
    assert!(found > 200, "only {found} matches compared");
}
