//! `pattern`: one regex with named captures and a `rewrite` template such as
//! `Yuk, {verb|imperative} {rest}` (see `template`). A capture named `at` narrows the
//! finding (and the replaced text) to that capture. `suggest` templates are shown, never
//! applied, when neither `rewrite` nor `fallback` renders.
use super::literal::Phrases;
use super::registry::{fields_of, read_keys, Kind};
use super::template::{deletion, sentence_after, sentence_before, Template};
use super::{build_regex, match_case, Ctx, Exceptions};
use super::{CheckKind, Rewrite};
use crate::model::{Applicability, Diagnostic, Suggestion};
use crate::rules::raw::OneOrMany;
use crate::rules::spec::{require_field, FieldError};
use crate::text::re::Re;
use regex::Captures;
use serde::Deserialize;

/// The keys a `pattern` rule reads.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keys {
    pub pattern: Option<String>,
    pub rewrite: Option<String>,
    pub fallback: Option<String>,
    pub exceptions: Option<Vec<String>>,
    /// Flag a match only when its rewrite renders (e.g. the word is a known verb form).
    pub require_rewrite: Option<bool>,
    /// Display-only rewrites, shown when neither `rewrite` nor `fallback` renders.
    pub suggest: Option<OneOrMany>,
}

pub const KIND: Kind = Kind {
    name: "pattern",
    ignore_case: true,
    keys: fields_of::<Keys>,
    compile: |keys, ignore_case| Ok(Box::new(Pattern::compile(&read_keys(keys)?, ignore_case)?)),
};

#[derive(Debug)]
pub struct Pattern {
    re: Re,
    rewrite: Option<Template>,
    fallback: Option<Template>,
    suggest: Vec<Template>,
    exceptions: Exceptions,
    /// Skip matches whose rewrite does not render: the filter is the real test
    /// (`{verb|imperative}` only renders for known verb forms, so "adalah" is no "-lah").
    require_rewrite: bool,
}

impl Pattern {
    pub fn compile(raw: &Keys, ignore_case: bool) -> Result<Self, FieldError> {
        let src = require_field(&raw.pattern, "pattern")?;
        let re = build_regex(src, ignore_case).map_err(|m| FieldError::new("pattern", m))?;
        let template = |field: &'static str, t: &Option<String>| -> Result<Option<Template>, FieldError> {
            t.as_deref()
                .map(|t| Template::parse(t, re.capture_names()).map_err(|m| FieldError::new(field, m)))
                .transpose()
        };
        let rewrite = template("rewrite", &raw.rewrite)?;
        let fallback = template("fallback", &raw.fallback)?;
        let suggest = raw
            .suggest
            .clone()
            .map(OneOrMany::into_vec)
            .unwrap_or_default()
            .iter()
            .map(|t| Template::parse(t, re.capture_names()).map_err(|m| FieldError::new("suggest", m)))
            .collect::<Result<Vec<_>, _>>()?;
        if fallback.is_some() && rewrite.is_none() {
            return Err(FieldError::new(
                "fallback",
                "a fallback needs a `rewrite` to fall back from",
            ));
        }
        let exceptions =
            Exceptions::compile(raw.exceptions.as_ref(), ignore_case).map_err(|m| FieldError::new("exceptions", m))?;
        let require_rewrite = raw.require_rewrite.unwrap_or(false);
        if require_rewrite && rewrite.is_none() {
            return Err(FieldError::new("require_rewrite", "needs a `rewrite` to test"));
        }
        Ok(Pattern {
            re,
            rewrite,
            fallback,
            suggest,
            exceptions,
            require_rewrite,
        })
    }
}

impl CheckKind for Pattern {
    fn run(&self, ctx: &Ctx, out: &mut Vec<Diagnostic>) {
        let text = &ctx.doc.phrase;
        let mut exempt = self.exceptions.lazy(ctx.doc);
        for caps in ctx.doc.regex(&self.re).captures_iter(text) {
            // A capture named `at` narrows the finding and its edit to that part of the
            // match, so context such as a preceding full stop can be required but not replaced.
            let span = caps.name("at").unwrap_or_else(|| caps.get(0).unwrap()).range();
            if span.is_empty() || exempt.covers(&span) {
                continue;
            }
            let original = &ctx.doc.source[span.clone()];
            let source = ctx.doc.source;
            let value = |name: &str| capture(&caps, source, name);
            let rendered = self
                .rewrite
                .as_ref()
                .and_then(|t| t.render(&value))
                .or_else(|| self.fallback.as_ref().and_then(|t| t.render(&value)));
            if self.require_rewrite && rendered.is_none() {
                continue;
            }
            let suggestions = match rendered {
                Some(r) if r.is_empty() => ctx.replacements(&deletion(source, &span), Some(r)),
                Some(r) => ctx.replacements(&span, Some(match_case(original, &r))),
                None => shown(&self.suggest, &value, &span),
            };
            out.push(ctx.diagnostic(span, &[], suggestions));
        }
    }

    /// Every finding is a match of the pattern.
    fn trigger(&self) -> Option<&Re> {
        Some(&self.re)
    }

    fn phrase_lists(&self) -> Vec<(&'static str, &Phrases)> {
        self.exceptions.list().into_iter().collect()
    }

    fn own_regexes(&self) -> Vec<(&'static str, &Re)> {
        vec![("pattern", &self.re)]
    }

    fn rewrite(&self) -> Rewrite {
        if self.rewrite.is_some() {
            Rewrite::Edit
        } else if !self.suggest.is_empty() {
            Rewrite::Advice
        } else {
            Rewrite::None
        }
    }
}

/// The text of a capture, taken from `source` itself so what the writer typed (a hashtag or
/// emoji the view blanked) is carried into the rewrite; `after` is the rest of the sentence.
fn capture(caps: &Captures, source: &str, name: &str) -> String {
    let whole = caps.get(0).map_or(0..0, |m| m.range());
    let m = match name {
        "match" => Some(whole.clone()),
        "after" => return sentence_after(source, whole.end).to_string(),
        "before" => return sentence_before(source, whole.start).to_string(),
        _ => caps.name(name).map(|m| m.range()),
    };
    m.and_then(|r| source.get(r)).unwrap_or("").to_string()
}

/// The display-only suggestions whose templates render, without repeats.
pub(crate) fn shown(
    templates: &[Template],
    value: &dyn Fn(&str) -> String,
    span: &std::ops::Range<usize>,
) -> Vec<Suggestion> {
    let mut out: Vec<Suggestion> = Vec::new();
    for text in templates.iter().filter_map(|t| t.render(value)) {
        let text = crate::text::phrase::tidy(&text);
        if !text.is_empty() && !out.iter().any(|s| s.text == text) {
            out.push(Suggestion::replace(span.clone(), text, Applicability::DisplayOnly));
        }
    }
    out
}
