//! `pattern`: one regex with named captures and a `rewrite` template such as
//! `Yuk, {verb|imperative} {rest}`; filters come from `text::morph`. A capture named `at`
//! narrows the finding (and the replaced text) to that capture.
use super::literal::Phrases;
use super::registry::{fields_of, read_keys, Kind};
use super::{build_regex, match_case, Ctx, Exceptions};
use super::{CheckKind, Rewrite};
use crate::model::Diagnostic;
use crate::rules::spec::{require_field, FieldError};
use crate::text::morph;
use crate::text::re::Re;
use regex::Captures;
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String),
    /// A capture by name (`match` is the whole match) and the filters to apply in order.
    Capture {
        name: String,
        filters: Vec<String>,
    },
}

/// A parsed rewrite template.
#[derive(Debug, Clone, PartialEq)]
pub struct Template(Vec<Piece>);

impl Template {
    /// Parses `{name|filter|…}` placeholders; `{{` and `}}` are literal braces.
    pub fn parse(src: &str, re: &Re) -> Result<Template, String> {
        let names: Vec<&str> = re.capture_names().collect();
        let mut pieces = Vec::new();
        let mut text = String::new();
        let mut chars = src.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    text.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    text.push('}');
                }
                '{' => {
                    let inner: String = chars.by_ref().take_while(|&c| c != '}').collect();
                    let mut parts = inner.split('|').map(str::trim);
                    let name = parts.next().unwrap_or("").to_string();
                    if name != "match" && !names.contains(&name.as_str()) {
                        return Err(format!(
                            "`{{{inner}}}` names no capture of the pattern (captures: {})",
                            if names.is_empty() {
                                "none".to_string()
                            } else {
                                names.join(", ")
                            }
                        ));
                    }
                    let filters: Vec<String> = parts.map(str::to_string).collect();
                    if let Some(bad) = filters.iter().find(|f| !morph::is_filter(f)) {
                        return Err(format!(
                            "unknown filter `{bad}` (known: imperative, active, lower, upper, capitalize)"
                        ));
                    }
                    if !text.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut text)));
                    }
                    pieces.push(Piece::Capture { name, filters });
                }
                '}' => return Err("unmatched `}` (write `}}` for a literal brace)".to_string()),
                _ => text.push(c),
            }
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(text));
        }
        Ok(Template(pieces))
    }

    /// Fills the template from `caps`, a match in a view of `source`: captured text is
    /// taken from `source` itself, so what the writer typed (a hashtag or emoji the view
    /// blanked) is carried into the rewrite, never dropped. `None` when a filter cannot
    /// transform its word (e.g. a verb whose root is unknown), so the caller can fall back.
    pub fn render(&self, caps: &Captures, source: &str) -> Option<String> {
        let mut out = String::new();
        for piece in &self.0 {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Capture { name, filters } => {
                    let m = if name == "match" { caps.get(0) } else { caps.name(name) };
                    let mut value = m
                        .map_or("", |m| source.get(m.range()).unwrap_or(m.as_str()))
                        .to_string();
                    for f in filters {
                        value = morph::apply_filter(f, &value)?;
                    }
                    out.push_str(&value);
                }
            }
        }
        Some(out)
    }
}

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
                .map(|t| Template::parse(t, &re).map_err(|m| FieldError::new(field, m)))
                .transpose()
        };
        let rewrite = template("rewrite", &raw.rewrite)?;
        let fallback = template("fallback", &raw.fallback)?;
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
            let rendered = self
                .rewrite
                .as_ref()
                .and_then(|t| t.render(&caps, ctx.doc.source))
                .or_else(|| self.fallback.as_ref().and_then(|t| t.render(&caps, ctx.doc.source)));
            if self.require_rewrite && rendered.is_none() {
                continue;
            }
            let suggestions = ctx.replacements(&span, rendered.map(|r| match_case(original, &r)));
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
        } else {
            Rewrite::None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_renders_with_morphology_and_falls_back() {
        let re = Re::new(r"(?i)wajib (?P<verb>\w+)", false).unwrap();
        let t = Template::parse("jangan lupa {verb|imperative}", &re).unwrap();
        let caps = re.exact().captures("wajib membawa").unwrap();
        assert_eq!(t.render(&caps, "wajib membawa").as_deref(), Some("jangan lupa bawa"));
        let caps = re.exact().captures("wajib mengglobal").unwrap();
        assert_eq!(t.render(&caps, "wajib mengglobal"), None);
    }

    #[test]
    fn template_errors() {
        let re = Re::new(r"(?P<verb>\w+)", false).unwrap();
        assert!(Template::parse("{nope}", &re).unwrap_err().contains("names no capture"));
        assert!(Template::parse("{verb|shout}", &re)
            .unwrap_err()
            .contains("unknown filter"));
        assert!(Template::parse("a } b", &re).is_err());
        assert!(Template::parse("{{literal}} {match}", &re).is_ok());
    }
}
