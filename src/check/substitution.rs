//! `substitution`: a phrase that has a better wording; the case of the match is kept.
use super::literal::Phrases;
use super::registry::{fields_of, read_keys, Kind};
use super::{build_regex, match_case, Ctx, Exceptions};
use super::{CheckKind, Rewrite};
use crate::model::Diagnostic;
use crate::rules::raw::indexmap_lite::OrderedMap;
use crate::rules::spec::{require_field, FieldError};
use crate::text::re::Re;
use serde::Deserialize;
use std::collections::HashMap;

/// The keys a `substitution` rule reads.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keys {
    pub swap: Option<OrderedMap>,
    pub exceptions: Option<Vec<String>>,
    pub nonword: Option<bool>,
}

pub const KIND: Kind = Kind {
    name: "substitution",
    ignore_case: true,
    keys: fields_of::<Keys>,
    compile: |keys, ignore_case| Ok(Box::new(Substitution::compile(&read_keys(keys)?, ignore_case)?)),
};

#[derive(Debug)]
pub struct Substitution {
    /// All phrases in one alternation, longest first: one pass over the text per rule.
    phrases: Phrases,
    /// Literal phrases, keyed by their lower-cased, space-normalised form.
    literal: HashMap<String, usize>,
    /// Phrases written as regexes, tried anchored against a match the literal map missed.
    patterns: Vec<(Re, usize)>,
    replacements: Vec<Vec<String>>,
    exceptions: Exceptions,
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn is_literal(s: &str) -> bool {
    !s.chars().any(|c| r"\.+*?()|[]{}^$".contains(c))
}

impl Substitution {
    pub fn compile(raw: &Keys, ignore_case: bool) -> Result<Self, FieldError> {
        let swap = require_field(&raw.swap, "swap")?;
        if swap.0.is_empty() {
            return Err(FieldError::new("swap", "must list at least one phrase"));
        }
        let keys: Vec<String> = swap.0.iter().map(|(k, _)| k.clone()).collect();
        let phrases = Phrases::new(&keys, ignore_case, raw.nonword.unwrap_or(false))
            .map_err(|m| FieldError::regex("swap", &keys, m))?;
        let mut literal = HashMap::new();
        let mut patterns = Vec::new();
        let mut replacements = Vec::new();
        for (i, (key, value)) in swap.0.iter().enumerate() {
            let options = value.clone().into_vec();
            if options.is_empty() || options.iter().any(|o| o.trim().is_empty() && !o.is_empty()) {
                return Err(FieldError::at_value(
                    "swap",
                    key,
                    "each phrase needs at least one replacement",
                ));
            }
            if is_literal(key) {
                literal.insert(normalise(key), i);
            } else {
                let anchored = build_regex(&format!("^(?:{})$", super::flexible_spaces(key)), ignore_case)
                    .map_err(|m| FieldError::at_value("swap", key, m))?;
                patterns.push((anchored, i));
            }
            replacements.push(options);
        }
        let exceptions =
            Exceptions::compile(raw.exceptions.as_ref(), ignore_case).map_err(|m| FieldError::new("exceptions", m))?;
        Ok(Substitution {
            phrases,
            literal,
            patterns,
            replacements,
            exceptions,
        })
    }

    fn entry_for(&self, matched: &str, ascii_words: bool) -> Option<usize> {
        self.literal.get(&normalise(matched)).copied().or_else(|| {
            self.patterns
                .iter()
                .find(|(re, _)| re.pick(ascii_words).is_match(matched))
                .map(|&(_, i)| i)
        })
    }
}

impl CheckKind for Substitution {
    fn run(&self, ctx: &Ctx, out: &mut Vec<Diagnostic>) {
        let text = &ctx.doc.phrase;
        let mut exempt = self.exceptions.lazy(ctx.doc);
        for span in self.phrases.find(ctx.doc) {
            if span.is_empty() || exempt.covers(&span) {
                continue;
            }
            let original = &ctx.doc.source[span.clone()];
            let Some(i) = self.entry_for(&text[span.clone()], ctx.doc.ascii_words) else {
                continue;
            };
            let texts = self.replacements[i].iter().map(|r| match_case(original, r));
            let suggestions = ctx.replacements(&span, texts);
            out.push(ctx.diagnostic(span, &[], suggestions));
        }
    }

    /// Every finding is a match of the phrase list.
    fn trigger(&self) -> Option<&Re> {
        Some(self.phrases.regex())
    }

    fn phrase_lists(&self) -> Vec<(&'static str, &Phrases)> {
        let own = [("swap", &self.phrases)];
        own.into_iter().chain(self.exceptions.list()).collect()
    }

    fn own_regexes(&self) -> Vec<(&'static str, &Re)> {
        self.patterns.iter().map(|(re, _)| ("swap", re)).collect()
    }

    fn rewrite(&self) -> Rewrite {
        Rewrite::Edit
    }
}
