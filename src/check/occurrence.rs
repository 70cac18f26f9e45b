//! `occurrence`: too many (`max`) or too few (`min`) matches of some phrases in a scope.
use super::registry::{fields_of, read_keys, Kind};
use super::CheckKind;
use super::{phrase_regex, Ctx, Limit, Scope};
use crate::model::Diagnostic;
use crate::rules::raw::Threshold;
use crate::rules::spec::{require_field, FieldError};
use crate::text::re::Re;
use serde::Deserialize;

/// The keys an `occurrence` rule reads.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keys {
    pub tokens: Option<Vec<String>>,
    pub scope: Option<String>,
    pub max: Option<Threshold>,
    pub min: Option<Threshold>,
    pub nonword: Option<bool>,
}

pub const KIND: Kind = Kind {
    name: "occurrence",
    ignore_case: true,
    keys: fields_of::<Keys>,
    compile: |keys, ignore_case| Ok(Box::new(Occurrence::compile(&read_keys(keys)?, ignore_case)?)),
};

#[derive(Debug)]
pub struct Occurrence {
    re: Re,
    scope: Scope,
    max: Limit,
    min: Limit,
}

impl Occurrence {
    pub fn compile(raw: &Keys, ignore_case: bool) -> Result<Self, FieldError> {
        let tokens = require_field(&raw.tokens, "tokens")?;
        let re = phrase_regex(tokens, ignore_case, raw.nonword.unwrap_or(false))
            .map_err(|m| FieldError::regex("tokens", tokens, m))?;
        let scope_name = raw.scope.as_deref().unwrap_or("sentence");
        let scope = Scope::parse(scope_name)
            .ok_or_else(|| FieldError::at_value("scope", scope_name, "use sentence, paragraph or document"))?;
        let max = Limit::compile("max", raw.max.as_ref())?;
        let min = Limit::compile("min", raw.min.as_ref())?;
        if !max.is_set() && !min.is_set() {
            return Err(FieldError::new("max", "an occurrence rule needs `max` or `min`"));
        }
        Ok(Occurrence { re, scope, max, min })
    }
}

pub fn as_refs<'a>(vars: &'a [(&'a str, String)]) -> Vec<(&'a str, &'a str)> {
    vars.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

impl CheckKind for Occurrence {
    fn run(&self, ctx: &Ctx, out: &mut Vec<Diagnostic>) {
        let text = &ctx.doc.phrase;
        let re = ctx.doc.regex(&self.re);
        for unit in self.scope.units(ctx.doc) {
            let found: Vec<_> = re
                .find_iter(&text[unit.clone()])
                .filter(|m| !m.is_empty())
                .map(|m| unit.start + m.start()..unit.start + m.end())
                .collect();
            let count = found.len() as f64;
            if let Some(max) = self.max.get(ctx.platform) {
                if count > max {
                    // Point at the first match past the limit: that is where to cut.
                    let span = found[max.max(0.0) as usize].clone();
                    let vars = [("count", crate::model::num(count)), ("max", crate::model::num(max))];
                    out.push(ctx.diagnostic(span, &as_refs(&vars), Vec::new()));
                }
            }
            if let Some(min) = self.min.get(ctx.platform) {
                if count < min {
                    let vars = [("count", crate::model::num(count)), ("min", crate::model::num(min))];
                    out.push(ctx.diagnostic(unit.clone(), &as_refs(&vars), Vec::new()));
                }
            }
        }
    }

    /// With only a `max`, every finding is a match of `re`; a `min` can fire on a text
    /// without any.
    fn trigger(&self) -> Option<&Re> {
        (!self.min.is_set()).then_some(&self.re)
    }

    fn own_regexes(&self) -> Vec<(&'static str, &Re)> {
        vec![("tokens", &self.re)]
    }
}
