//! `existence`: every occurrence of a listed phrase is a finding, with optional suggestions
//! (plain texts, or entries fitted to what was found: see `suggest`).
use super::literal::Phrases;
use super::registry::{fields_of, read_keys, Kind};
use super::suggest::{RawSuggest, Suggest};
use super::{CheckKind, Ctx, Exceptions, Rewrite};
use crate::model::Diagnostic;
use crate::rules::spec::{require_field, FieldError};
use crate::text::re::Re;
use serde::Deserialize;

/// The keys an `existence` rule reads.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keys {
    pub tokens: Option<Vec<String>>,
    pub suggest: Option<RawSuggest>,
    pub exceptions: Option<Vec<String>>,
    pub nonword: Option<bool>,
}

pub const KIND: Kind = Kind {
    name: "existence",
    ignore_case: true,
    keys: fields_of::<Keys>,
    compile: |keys, ignore_case| Ok(Box::new(Existence::compile(&read_keys(keys)?, ignore_case)?)),
};

#[derive(Debug)]
pub struct Existence {
    phrases: Phrases,
    suggest: Suggest,
    /// Whether the rule has a `suggest` key (even an empty one): then `fix:` may apply it.
    has_suggest: bool,
    exceptions: Exceptions,
}

impl Existence {
    pub fn compile(raw: &Keys, ignore_case: bool) -> Result<Self, FieldError> {
        let tokens = require_field(&raw.tokens, "tokens")?;
        let phrases = Phrases::new(tokens, ignore_case, raw.nonword.unwrap_or(false))
            .map_err(|m| FieldError::regex("tokens", tokens, m))?;
        let exceptions =
            Exceptions::compile(raw.exceptions.as_ref(), ignore_case).map_err(|m| FieldError::new("exceptions", m))?;
        Ok(Existence {
            phrases,
            suggest: Suggest::compile(raw.suggest.as_ref())?,
            has_suggest: raw.suggest.is_some(),
            exceptions,
        })
    }

    /// A check for `words` taken literally (any case, on word boundaries), without
    /// suggestions: what the config's `vocab.reject` asks for.
    pub fn words(words: &[String]) -> Result<Self, String> {
        let tokens: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
        Ok(Existence {
            phrases: Phrases::new(&tokens, true, false)?,
            suggest: Suggest::default(),
            has_suggest: false,
            exceptions: Exceptions::default(),
        })
    }
}

impl CheckKind for Existence {
    fn run(&self, ctx: &Ctx, out: &mut Vec<Diagnostic>) {
        let mut exempt = self.exceptions.lazy(ctx.doc);
        for span in self.phrases.find(ctx.doc) {
            if span.is_empty() || exempt.covers(&span) {
                continue;
            }
            let suggestions = self.suggest.for_finding(ctx, &span);
            out.push(ctx.diagnostic(span, &[], suggestions));
        }
    }

    /// Every finding is a match of the phrase list.
    fn trigger(&self) -> Option<&Re> {
        Some(self.phrases.regex())
    }

    fn phrase_lists(&self) -> Vec<(&'static str, &Phrases)> {
        let own = [("tokens", &self.phrases)];
        own.into_iter().chain(self.exceptions.list()).collect()
    }

    fn rewrite(&self) -> Rewrite {
        if self.has_suggest {
            Rewrite::Advice
        } else {
            Rewrite::None
        }
    }
}
