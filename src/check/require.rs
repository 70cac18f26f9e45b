//! `require`: the document should contain at least one of `tokens` (a question or an
//! invitation to reply, a contact channel). The finding points at the last sentence,
//! where the missing invitation usually belongs.
use super::literal::Phrases;
use super::registry::{fields_of, read_keys, Kind};
use super::Ctx;
use super::{CheckKind, Rewrite};
use crate::model::{Diagnostic, Suggestion};
use crate::rules::raw::OneOrMany;
use crate::rules::spec::{require_field, FieldError};
use serde::Deserialize;

/// The keys a `require` rule reads.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keys {
    pub tokens: Option<Vec<String>>,
    pub min_words: Option<usize>,
    pub suggest: Option<OneOrMany>,
    pub nonword: Option<bool>,
}

pub const KIND: Kind = Kind {
    name: "require",
    ignore_case: true,
    keys: fields_of::<Keys>,
    compile: |keys, ignore_case| Ok(Box::new(Require::compile(&read_keys(keys)?, ignore_case)?)),
};

#[derive(Debug)]
pub struct Require {
    phrases: Phrases,
    min_words: usize,
    suggest: Vec<String>,
    /// Whether the rule has a `suggest` key (even an empty one): then `fix:` may apply it.
    has_suggest: bool,
}

impl Require {
    pub fn compile(raw: &Keys, ignore_case: bool) -> Result<Self, FieldError> {
        let tokens = require_field(&raw.tokens, "tokens")?;
        let phrases = Phrases::new(tokens, ignore_case, raw.nonword.unwrap_or(false))
            .map_err(|m| FieldError::regex("tokens", tokens, m))?;
        Ok(Require {
            phrases,
            min_words: raw.min_words.unwrap_or(0),
            suggest: raw.suggest.clone().map(|s| s.into_vec()).unwrap_or_default(),
            has_suggest: raw.suggest.is_some(),
        })
    }
}

impl CheckKind for Require {
    fn run(&self, ctx: &Ctx, out: &mut Vec<Diagnostic>) {
        let doc = ctx.doc;
        if doc.words.len() < self.min_words.max(1) || !self.phrases.find(doc).is_empty() {
            return;
        }
        let Some(last) = doc.sentences.last().cloned() else {
            return;
        };
        // Adding a sentence is an insertion after the last one, never a replacement.
        let suggestions = self
            .suggest
            .iter()
            .map(|s| {
                let mut sug = Suggestion::replace(last.end..last.end, format!(" {s}"), ctx.rule.fix);
                sug.text = s.clone();
                sug
            })
            .collect();
        out.push(ctx.diagnostic(last, &[], suggestions));
    }

    fn phrase_lists(&self) -> Vec<(&'static str, &Phrases)> {
        vec![("tokens", &self.phrases)]
    }

    fn rewrite(&self) -> Rewrite {
        if self.has_suggest {
            Rewrite::Advice
        } else {
            Rewrite::None
        }
    }
}
