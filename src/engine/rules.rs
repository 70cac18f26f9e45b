//! The rules of a run: the built-in packs and the packs the CLI read from disk, compiled
//! on all cores, a later rule with the same id overriding an earlier one.
use crate::check::{self, Rule};
use crate::error::{Error, Result};
use crate::rules::{builtin, Pack, Source};
use std::collections::BTreeMap;

/// The rules in force, sorted by id.
#[derive(Debug, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
}

impl RuleSet {
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id() == id)
    }

    pub fn len(&self) -> usize {
        self.rules.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

/// Compiles `sources` in parallel: compiling the regexes is most of start-up. Collecting
/// keeps their order, so errors come out in file order too.
fn compile_all(sources: &[Source]) -> (Vec<Rule>, Vec<Error>) {
    use rayon::prelude::*;
    let compiled: Vec<Result<Rule>> = sources.par_iter().map(check::compile).collect();
    let (mut rules, mut errors) = (Vec::new(), Vec::new());
    for r in compiled {
        match r {
            Ok(r) => rules.push(r),
            Err(e) => errors.push(e),
        }
    }
    (rules, errors)
}

/// Every rule compiled into the binary. Built-in rules are tested, so errors here are bugs;
/// they are still returned rather than panicking.
pub fn builtin() -> (Vec<Rule>, Vec<Error>) {
    compile_all(&builtin::sources())
}

/// The rules of one pack, after the errors met reading it.
pub fn compile_pack(pack: Pack) -> (Vec<Rule>, Vec<Error>) {
    let (rules, errors) = compile_all(&pack.sources);
    (rules, pack.errors.into_iter().chain(errors).collect())
}

/// Built-in rules plus `packs`, later ones overriding earlier ones with the same id.
pub fn load(packs: Vec<Pack>) -> (RuleSet, Vec<Error>) {
    let (builtin, mut errors) = builtin();
    let mut by_id: BTreeMap<String, Rule> = builtin.into_iter().map(|r| (r.meta.id.clone(), r)).collect();
    for pack in packs {
        let (rules, errs) = compile_pack(pack);
        errors.extend(errs);
        for r in rules {
            by_id.insert(r.meta.id.clone(), r);
        }
    }
    (
        RuleSet {
            rules: by_id.into_values().collect(),
        },
        errors,
    )
}

/// Compiles one rule file's text (for tests, tools and the fuzzer).
pub fn load_rule(id: &str, origin: &std::path::Path, text: &str) -> Result<Rule> {
    check::compile(&Source {
        id: id.to_string(),
        origin: origin.to_path_buf(),
        text: text.to_string().into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn every_builtin_rule_loads() {
        let (rules, errors) = builtin();
        assert!(
            errors.is_empty(),
            "{}",
            errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")
        );
        assert!(rules.len() >= 10);
        // Built-in regexes are compiled on first use, where one that could not compile
        // would silently match nothing (or lose its Unicode flavour): both flavours of
        // each must compile here.
        for rule in &rules {
            for (field, re) in rule.check.regexes() {
                for source in [re.as_str(), re.twin_str()] {
                    if let Err(e) = crate::text::re::compile(source, true) {
                        panic!("{}: field `{field}`: {e}", rule.id());
                    }
                }
            }
        }
    }

    #[test]
    fn bad_regex_names_file_line_and_field() {
        let text = "kind: existence\ncategory: formal\nseverity: warning\nmessage: m\ndescription: d\ntokens:\n  - ok\n  - '(unclosed'\ntests:\n  - bad: ok\n";
        let err = load_rule("x/y", Path::new("pack/x/y.yaml"), text).unwrap_err();
        let s = err.to_string();
        assert!(
            s.starts_with("pack/x/y.yaml:8:6: field `tokens`: invalid regex `(unclosed`"),
            "{s}"
        );
    }

    #[test]
    fn key_of_another_kind_is_rejected() {
        let text = "kind: existence\ncategory: formal\nseverity: warning\nmessage: m\ndescription: d\ntokens: [a]\nswap: {a: b}\ntests:\n  - bad: a\n";
        let s = load_rule("x", Path::new("x.yaml"), text).unwrap_err().to_string();
        assert!(s.contains("field `swap`: not used by a `existence` rule"), "{s}");
        assert!(s.starts_with("x.yaml:7:1"), "{s}");
        let typo = text.replace("swap: {a: b}", "tokenz: [b]");
        let s = load_rule("x", Path::new("x.yaml"), &typo).unwrap_err().to_string();
        assert!(s.contains("field `tokenz`: unknown key for a `existence` rule"), "{s}");
        assert!(s.starts_with("x.yaml:7:1"), "{s}");
    }

    #[test]
    fn wrong_type_of_a_kind_key_is_reported_at_it() {
        let text = "kind: existence\ncategory: formal\nseverity: warning\nmessage: m\ndescription: d\ntokens: [a]\nnonword: maybe\ntests:\n  - bad: a\n";
        let s = load_rule("x", Path::new("x.yaml"), text).unwrap_err().to_string();
        assert!(s.starts_with("x.yaml:7:1: field `nonword`"), "{s}");
    }

    #[test]
    fn missing_key_is_an_error() {
        let text =
            "kind: existence\ncategory: formal\nseverity: warning\ndescription: d\ntokens: [a]\ntests: [{bad: a}]\n";
        let s = load_rule("x", Path::new("x.yaml"), text).unwrap_err().to_string();
        assert!(s.contains("missing field `message`"), "{s}");
    }
}
