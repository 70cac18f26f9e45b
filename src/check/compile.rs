//! A rule file → a `Rule`: `rules` validates the fields every rule has, the registry
//! finds the kind, the kind's file compiles its own keys, and the fix level follows from
//! what rewrites the check offers and what the author declared.
use super::{registry, Check, Rewrite, Rule};
use crate::error::Result;
use crate::model::Applicability;
use crate::rules::raw::FixLevel;
use crate::rules::spec::{self, FieldError, Spec};
use crate::rules::Source;
use serde_yaml::Value;

/// Parses, validates and compiles one rule file.
pub fn compile(source: &Source) -> Result<Rule> {
    let spec = crate::rules::parse(source)?;
    build(source, spec).map_err(|e| spec::locate(source, e))
}

fn build(source: &Source, spec: Spec) -> std::result::Result<Rule, FieldError> {
    let kind = registry::find(&spec.kind)?;
    registry::check_keys(kind, &spec.keys)?;
    let ignore_case = spec.ignore_case.unwrap_or(kind.ignore_case);
    let check = Check((kind.compile)(&spec.keys, ignore_case)?);
    // Built-in rules are compiled on first use (their regexes are tested); a rule from
    // disk is compiled now, so a regex over the size limit is reported at load, in place.
    if !source.is_builtin() {
        check.compile_now().map_err(|e| {
            let entries = entries(spec.keys.get(e.field.as_str()));
            FieldError::regex(&e.field, &entries, e.message)
        })?;
    }
    let fix = match (spec.fix, check.0.rewrite()) {
        (Some(FixLevel::Safe), Rewrite::Advice | Rewrite::Edit) => Applicability::Safe,
        (Some(FixLevel::Unsafe), Rewrite::Advice | Rewrite::Edit) => Applicability::Unsafe,
        (Some(FixLevel::Safe | FixLevel::Unsafe), Rewrite::None) => {
            return Err(FieldError::new(
                "fix",
                "this rule has no rewrite to apply; remove `fix` or add one",
            ))
        }
        // Suggestions are advice unless the author opts in to a fix.
        (Some(FixLevel::None), _) | (None, Rewrite::None | Rewrite::Advice) => Applicability::DisplayOnly,
        // Prose rewrites can change meaning, so they are unsafe unless the author says so.
        (None, Rewrite::Edit) => Applicability::Unsafe,
    };
    Ok(Rule {
        meta: spec.meta(source, kind.name, fix),
        check,
    })
}

/// The entries of a list field, or the keys of a map field: where a bad regex may hide.
fn entries(field: Option<&Value>) -> Vec<String> {
    let strings = |v: &Value| v.as_str().map(str::to_string);
    match field {
        Some(Value::Sequence(list)) => list.iter().filter_map(strings).collect(),
        Some(Value::Mapping(map)) => map.keys().filter_map(strings).collect(),
        _ => Vec::new(),
    }
}
