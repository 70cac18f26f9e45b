//! `RawRule` → `Rule`: checks every field, compiles regexes and templates once, and
//! reports problems as file:line:column errors naming the field.
use super::raw::{FixLevel, RawRule, RawTest};
use super::{Rule, RuleMeta, RuleTest};
use crate::check::{self, Check};
use crate::config::{Platform, TextKind};
use crate::diagnostic::Applicability;
use crate::error::{Error, Result};
use std::path::Path;

/// A problem with one field, before we know the file it came from.
#[derive(Debug)]
pub struct FieldError {
    pub field: String,
    /// A value to look for when locating the error in the file (e.g. the bad regex).
    pub value: Option<String>,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: impl Into<String>) -> Self {
        FieldError {
            field: field.to_string(),
            value: None,
            message: message.into(),
        }
    }

    pub fn at_value(field: &str, value: &str, message: impl Into<String>) -> Self {
        FieldError {
            value: Some(value.to_string()),
            ..FieldError::new(field, message)
        }
    }

    /// A regex built from a list failed: find the entry that is bad on its own so the
    /// error can point at its line.
    pub fn regex(field: &str, entries: &[String], message: String) -> Self {
        let bad = entries.iter().find(|e| compile_alone(e).is_err());
        match bad {
            Some(b) => FieldError::at_value(
                field,
                b,
                format!("invalid regex `{b}`: {}", first_line_of_regex_error(b)),
            ),
            None => FieldError::new(field, message),
        }
    }
}

/// Syntax check and full compilation of one pattern (what a rule from disk gets at load).
fn compile_alone(pattern: &str) -> std::result::Result<(), String> {
    check::build_regex(pattern, false)?.compile_now()
}

fn first_line_of_regex_error(bad: &str) -> String {
    match compile_alone(bad) {
        Err(e) => e.lines().last().unwrap_or("").trim().to_string(),
        Ok(_) => String::new(),
    }
}

pub fn require_field<'a, T>(value: &'a Option<T>, field: &str) -> std::result::Result<&'a T, FieldError> {
    value
        .as_ref()
        .ok_or_else(|| FieldError::new(field, "missing: this kind of rule needs it"))
}

/// Which kind-specific keys each kind accepts.
fn allowed_keys(kind: &str) -> Option<&'static [&'static str]> {
    Some(match kind {
        "existence" => &["tokens", "suggest", "exceptions", "nonword"],
        "substitution" => &["swap", "exceptions", "nonword"],
        "pattern" => &["pattern", "rewrite", "fallback", "exceptions", "require_rewrite"],
        "occurrence" => &["tokens", "scope", "max", "min", "nonword"],
        "metric" => &["metric", "scope", "max", "min", "min_letters"],
        "conditional" => &["first", "second", "exceptions"],
        "require" => &["tokens", "min_words", "suggest", "nonword"],
        _ => return None,
    })
}

const KINDS: &str = "existence, substitution, pattern, occurrence, metric, conditional, require";

fn compile_test(t: &RawTest) -> std::result::Result<RuleTest, FieldError> {
    match (&t.bad, &t.good) {
        (Some(_), Some(_)) => return Err(FieldError::new("tests", "a test has either `bad` or `good`, not both")),
        (None, None) => {
            return Err(FieldError::new(
                "tests",
                "each test needs `bad` (with optional `fixed`) or `good`",
            ))
        }
        (None, Some(g)) if t.fixed.is_some() || t.count.is_some() => {
            return Err(FieldError::at_value(
                "tests",
                g,
                "`fixed` and `count` only go with `bad`",
            ))
        }
        _ => {}
    }
    let kind = t
        .kind
        .as_deref()
        .map(|k| TextKind::parse(k).ok_or_else(|| FieldError::at_value("tests", k, "kind is `post` or `reply`")))
        .transpose()?;
    let platform = t
        .platform
        .as_deref()
        .map(|p| Platform::parse(p).ok_or_else(|| FieldError::at_value("tests", p, "unknown platform")))
        .transpose()?;
    Ok(RuleTest {
        bad: t.bad.clone(),
        good: t.good.clone(),
        fixed: t.fixed.clone(),
        count: t.count,
        kind,
        platform,
        markdown: t.markdown,
    })
}

/// Validates and compiles one parsed rule. `text` is the YAML source, used only to find
/// the line of a field that turned out to be wrong.
pub fn compile(id: &str, origin: &Path, text: &str, raw: RawRule) -> Result<Rule> {
    compile_inner(id, origin, raw).map_err(|e| {
        let loc = crate::yaml::locate(text, e.field.split('.').next().unwrap_or(&e.field), e.value.as_deref());
        Error::in_file(origin, e.message).at(loc).field(e.field)
    })
}

fn compile_inner(id: &str, origin: &Path, raw: RawRule) -> std::result::Result<Rule, FieldError> {
    let kind: &'static str = match raw.kind.as_str() {
        "existence" => "existence",
        "substitution" => "substitution",
        "pattern" => "pattern",
        "occurrence" => "occurrence",
        "metric" => "metric",
        "conditional" => "conditional",
        "require" => "require",
        other => {
            return Err(FieldError::at_value(
                "kind",
                other,
                format!("unknown kind `{other}` (known: {KINDS})"),
            ))
        }
    };
    let allowed = allowed_keys(kind).unwrap_or(&[]);
    if let Some(extra) = raw.kind_keys_set().into_iter().find(|k| !allowed.contains(k)) {
        return Err(FieldError::new(
            extra,
            format!("not used by a `{kind}` rule (it uses: {})", allowed.join(", ")),
        ));
    }
    if raw.message.trim().is_empty() {
        return Err(FieldError::new("message", "must not be empty"));
    }
    if raw.tests.is_empty() {
        return Err(FieldError::new(
            "tests",
            "every rule needs examples: at least one `bad` and one `good`",
        ));
    }
    // Acronym-style conditionals need case; phrase rules almost never do.
    let ignore_case = raw.ignore_case.unwrap_or(kind != "conditional");
    let check = match kind {
        "existence" => Check::Existence(check::existence::Existence::compile(&raw, ignore_case)?),
        "substitution" => Check::Substitution(check::substitution::Substitution::compile(&raw, ignore_case)?),
        "pattern" => Check::Pattern(check::pattern::Pattern::compile(&raw, ignore_case)?),
        "occurrence" => Check::Occurrence(check::occurrence::Occurrence::compile(&raw, ignore_case)?),
        "metric" => Check::Metric(check::metric::Metric::compile(&raw)?),
        "conditional" => Check::Conditional(check::conditional::Conditional::compile(&raw, ignore_case)?),
        _ => Check::Require(check::require::Require::compile(&raw, ignore_case)?),
    };
    // Built-in rules are compiled on first use (their regexes are tested); a rule from
    // disk is compiled now, so a regex over the size limit is reported at load, in place.
    if !origin.to_string_lossy().starts_with("builtin:") {
        check.compile_now().map_err(|e| {
            let entries: Vec<String> = match e.field.as_str() {
                "tokens" => raw.tokens.clone().unwrap_or_default(),
                "swap" => raw
                    .swap
                    .iter()
                    .flat_map(|s| s.0.iter().map(|(k, _)| k.clone()))
                    .collect(),
                _ => return e,
            };
            FieldError::regex(&e.field, &entries, e.message)
        })?;
    }
    let has_rewrite = match kind {
        "substitution" => true,
        "pattern" => raw.rewrite.is_some(),
        "existence" | "require" => raw.suggest.is_some(),
        _ => false,
    };
    let fix = match (raw.fix, has_rewrite) {
        (Some(FixLevel::Safe), true) => Applicability::Safe,
        (Some(FixLevel::Unsafe), true) => Applicability::Unsafe,
        (Some(FixLevel::Safe | FixLevel::Unsafe), false) => {
            return Err(FieldError::new(
                "fix",
                "this rule has no rewrite to apply; remove `fix` or add one",
            ))
        }
        (Some(FixLevel::None), _) | (None, false) => Applicability::DisplayOnly,
        // `suggest` on existence/require rules is advice unless the author opts in to a fix.
        (None, true) if matches!(kind, "existence" | "require") => Applicability::DisplayOnly,
        // Prose rewrites can change meaning, so they are unsafe unless the author says so.
        (None, true) => Applicability::Unsafe,
    };
    let applies_to = match &raw.applies_to {
        None => vec![TextKind::Post, TextKind::Reply],
        Some(list) => list
            .iter()
            .map(|k| {
                TextKind::parse(k).ok_or_else(|| FieldError::at_value("applies_to", k, "use `post` and/or `reply`"))
            })
            .collect::<std::result::Result<_, _>>()?,
    };
    let weight = raw.weight.unwrap_or(1.0);
    if !(0.0..=10.0).contains(&weight) {
        return Err(FieldError::new("weight", "must be between 0 and 10"));
    }
    let tests = raw
        .tests
        .iter()
        .map(compile_test)
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let lang = raw.lang.clone().or_else(|| {
        let first = id.split('/').next().unwrap_or("");
        (id.contains('/') && crate::config::is_lang_code(first)).then(|| first.to_string())
    });
    Ok(Rule {
        meta: RuleMeta {
            id: id.to_string(),
            lang,
            kind,
            category: raw.category,
            severity: raw.severity,
            message: raw.message.trim().to_string(),
            description: raw.description.trim_end().to_string(),
            source: raw.source.clone(),
            fix,
            weight,
            applies_to,
            origin: origin.to_path_buf(),
        },
        check,
        tests,
    })
}
