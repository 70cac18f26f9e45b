//! `existence`: every occurrence of a listed phrase is a finding, with optional suggestions.
use super::literal::Phrases;
use super::{match_case, Ctx, Exceptions};
use crate::diagnostic::Diagnostic;
use crate::rules::compile::{require_field, FieldError};
use crate::rules::raw::RawRule;

#[derive(Debug)]
pub struct Existence {
    phrases: Phrases,
    suggest: Vec<String>,
    exceptions: Exceptions,
}

impl Existence {
    pub fn compile(raw: &RawRule, ignore_case: bool) -> Result<Self, FieldError> {
        let tokens = require_field(&raw.tokens, "tokens")?;
        let phrases = Phrases::new(tokens, ignore_case, raw.nonword.unwrap_or(false))
            .map_err(|m| FieldError::regex("tokens", tokens, m))?;
        let exceptions =
            Exceptions::compile(raw.exceptions.as_ref(), ignore_case).map_err(|m| FieldError::new("exceptions", m))?;
        Ok(Existence {
            phrases,
            suggest: raw.suggest.clone().map(|s| s.into_vec()).unwrap_or_default(),
            exceptions,
        })
    }

    pub fn phrases(&self) -> &Phrases {
        &self.phrases
    }

    pub fn exceptions(&self) -> &Exceptions {
        &self.exceptions
    }

    pub fn run(&self, ctx: &Ctx, out: &mut Vec<Diagnostic>) {
        let mut exempt = self.exceptions.lazy(ctx.doc);
        for span in self.phrases.find(ctx.doc) {
            if span.is_empty() || exempt.covers(&span) {
                continue;
            }
            let original = &ctx.doc.source[span.clone()];
            let texts = self.suggest.iter().map(|s| match_case(original, s));
            let suggestions = ctx.replacements(&span, texts);
            out.push(ctx.diagnostic(span, &[], suggestions));
        }
    }
}
