//! `RawRule` → `Spec`: checks the fields every rule has (message, examples, kinds of text,
//! weight, language) and says what is wrong as a `FieldError`, which `locate` turns into a
//! file:line:column error naming the field. The kind's own keys are `check`'s to read.
use super::raw::{FixLevel, RawRule, RawTest};
use super::Source;
use crate::error::Error;
use crate::model::{Applicability, Category, Platform, Register, RuleMeta, RuleTest, Severity, TextKind};
use crate::text::re::Re;

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
fn compile_alone(pattern: &str) -> Result<(), String> {
    Re::new(pattern, false)?.compile_now()
}

fn first_line_of_regex_error(bad: &str) -> String {
    match compile_alone(bad) {
        Err(e) => e.lines().last().unwrap_or("").trim().to_string(),
        Ok(_) => String::new(),
    }
}

pub fn require_field<'a, T>(value: &'a Option<T>, field: &str) -> Result<&'a T, FieldError> {
    value
        .as_ref()
        .ok_or_else(|| FieldError::new(field, "missing: this kind of rule needs it"))
}

/// `e` as an error of `source`, at the line of its field (or of its bad value).
pub fn locate(source: &Source, e: FieldError) -> Error {
    let key = e.field.split('.').next().unwrap_or(&e.field);
    let loc = crate::yaml::locate(&source.text, key, e.value.as_deref());
    Error::in_file(&source.origin, e.message).at(loc).field(e.field)
}

/// A rule whose shared fields are valid; `keys` are its kind's, still to be compiled.
#[derive(Debug)]
pub struct Spec {
    pub kind: String,
    pub id: String,
    pub lang: Option<String>,
    pub category: Category,
    pub severity: Severity,
    pub message: String,
    pub description: String,
    pub source: Option<String>,
    pub ignore_case: Option<bool>,
    pub fix: Option<FixLevel>,
    pub weight: f64,
    pub applies_to: Vec<TextKind>,
    pub quiet_in: Vec<Register>,
    pub tests: Vec<RuleTest>,
    pub keys: serde_yaml::Mapping,
}

impl Spec {
    /// The rule's metadata once its kind and the applicability of its fixes are known.
    pub fn meta(self, source: &Source, kind: &'static str, fix: Applicability) -> RuleMeta {
        RuleMeta {
            id: self.id,
            lang: self.lang,
            kind,
            category: self.category,
            severity: self.severity,
            message: self.message,
            description: self.description,
            source: self.source,
            fix,
            weight: self.weight,
            applies_to: self.applies_to,
            quiet_in: self.quiet_in,
            origin: source.origin.clone(),
            tests: self.tests,
        }
    }
}

fn compile_test(t: &RawTest) -> Result<RuleTest, FieldError> {
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

/// Checks the shared fields of a parsed rule with id `id`.
pub fn validate(id: &str, raw: RawRule) -> Result<Spec, FieldError> {
    if raw.message.trim().is_empty() {
        return Err(FieldError::new("message", "must not be empty"));
    }
    if raw.tests.is_empty() {
        return Err(FieldError::new(
            "tests",
            "every rule needs examples: at least one `bad` and one `good`",
        ));
    }
    let applies_to = match &raw.applies_to {
        None => vec![TextKind::Post, TextKind::Reply],
        Some(list) => list
            .iter()
            .map(|k| {
                TextKind::parse(k).ok_or_else(|| FieldError::at_value("applies_to", k, "use `post` and/or `reply`"))
            })
            .collect::<Result<_, _>>()?,
    };
    let quiet_in = raw
        .quiet_in
        .iter()
        .flatten()
        .map(|r| {
            Register::parse(r)
                .ok_or_else(|| FieldError::at_value("quiet_in", r, "use `emergency`, `condolence` or `dialogue`"))
        })
        .collect::<Result<_, _>>()?;
    let weight = raw.weight.unwrap_or(1.0);
    if !(0.0..=10.0).contains(&weight) {
        return Err(FieldError::new("weight", "must be between 0 and 10"));
    }
    let tests = raw.tests.iter().map(compile_test).collect::<Result<Vec<_>, _>>()?;
    let lang = raw.lang.clone().or_else(|| {
        let first = id.split('/').next().unwrap_or("");
        (id.contains('/') && crate::model::words::is_lang_code(first)).then(|| first.to_string())
    });
    Ok(Spec {
        kind: raw.kind,
        id: id.to_string(),
        lang,
        category: raw.category,
        severity: raw.severity,
        message: raw.message.trim().to_string(),
        description: raw.description.trim_end().to_string(),
        source: raw.source,
        ignore_case: raw.ignore_case,
        fix: raw.fix,
        weight,
        applies_to,
        quiet_in,
        tests,
        keys: raw.keys,
    })
}
