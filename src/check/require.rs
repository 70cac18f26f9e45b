//! `require`: the document should contain at least one of `tokens` (a question or an
//! invitation to reply, a contact channel). The finding points at the last sentence,
//! where the missing invitation usually belongs.
use super::literal::Phrases;
use super::Ctx;
use crate::diagnostic::{Diagnostic, Suggestion};
use crate::rules::compile::{require_field, FieldError};
use crate::rules::raw::RawRule;

#[derive(Debug)]
pub struct Require {
    phrases: Phrases,
    min_words: usize,
    suggest: Vec<String>,
}

impl Require {
    pub fn compile(raw: &RawRule, ignore_case: bool) -> Result<Self, FieldError> {
        let tokens = require_field(&raw.tokens, "tokens")?;
        let phrases = Phrases::new(tokens, ignore_case, raw.nonword.unwrap_or(false))
            .map_err(|m| FieldError::regex("tokens", tokens, m))?;
        Ok(Require {
            phrases,
            min_words: raw.min_words.unwrap_or(0),
            suggest: raw.suggest.clone().map(|s| s.into_vec()).unwrap_or_default(),
        })
    }

    pub fn phrases(&self) -> &Phrases {
        &self.phrases
    }

    pub fn run(&self, ctx: &Ctx, out: &mut Vec<Diagnostic>) {
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
}
