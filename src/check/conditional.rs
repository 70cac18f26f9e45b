//! `conditional`: if `first` appears, `second` must appear too. With a capture group the
//! pairing is per key: an acronym found by `first` must be spelled out once by `second`
//! (e.g. "Daftar Terpadu Kesejahteraan Sosial (DTKS)"). Only the first unmatched use of
//! each key is flagged, so an acronym used ten times gives one finding, not ten.
use super::literal::Phrases;
use super::registry::{fields_of, read_keys, Kind};
use super::CheckKind;
use super::{build_regex, Ctx, Exceptions};
use crate::model::Diagnostic;
use crate::rules::spec::{require_field, FieldError};
use crate::text::re::Re;
use regex::Captures;
use serde::Deserialize;
use std::collections::HashSet;

/// The keys a `conditional` rule reads.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keys {
    pub first: Option<String>,
    pub second: Option<String>,
    pub exceptions: Option<Vec<String>>,
    /// Skip a key that is an ordinary word in capitals ("SERI KOMIK", "GRATIS"): a shouted
    /// word is not an acronym (capitals are `huruf-kapital`'s business).
    pub skip_words: Option<bool>,
}

pub const KIND: Kind = Kind {
    name: "conditional",
    ignore_case: false,
    keys: fields_of::<Keys>,
    compile: |keys, ignore_case| Ok(Box::new(Conditional::compile(&read_keys(keys)?, ignore_case)?)),
};

#[derive(Debug)]
pub struct Conditional {
    first: Re,
    second: Re,
    exceptions: Exceptions,
    /// Literal keys that never need the second part (also from `exceptions`).
    exempt_keys: HashSet<String>,
    skip_words: bool,
}

/// The key of a match: its first capture group that took part in the match (a regex may
/// offer alternatives, each with its own group), else the whole match.
fn key(caps: &Captures) -> String {
    (1..caps.len())
        .find_map(|i| caps.get(i))
        .or_else(|| caps.get(0))
        .map_or(String::new(), |m| m.as_str().to_string())
}

impl Conditional {
    pub fn compile(raw: &Keys, ignore_case: bool) -> Result<Self, FieldError> {
        let first_src = require_field(&raw.first, "first")?;
        let second_src = require_field(&raw.second, "second")?;
        let first = build_regex(first_src, ignore_case).map_err(|m| FieldError::new("first", m))?;
        let second = build_regex(second_src, ignore_case).map_err(|m| FieldError::new("second", m))?;
        if (first.captures_len() > 1) != (second.captures_len() > 1) {
            return Err(FieldError::new(
                "second",
                "`first` and `second` must both have a capture group (paired by key) or both have none",
            ));
        }
        // An entry `(?&list)` brings in a whole gazetteer list (e.g. the acronyms every
        // reader knows), so the rule does not keep its own copy.
        let mut listed = Vec::new();
        for e in raw.exceptions.iter().flatten() {
            match e.strip_prefix("(?&").and_then(|r| r.strip_suffix(')')) {
                Some(name) => listed.extend(crate::text::gazetteer::entries(name).ok_or_else(|| {
                    FieldError::at_value("exceptions", e, format!("unknown gazetteer list `{name}`"))
                })?),
                None => listed.push(e.as_str()),
            }
        }
        let listed: Vec<String> = listed.into_iter().map(str::to_string).collect();
        let exempt_keys = listed.iter().cloned().collect();
        let exceptions =
            Exceptions::compile(Some(&listed), ignore_case).map_err(|m| FieldError::new("exceptions", m))?;
        Ok(Conditional {
            first,
            second,
            exceptions,
            exempt_keys,
            skip_words: raw.skip_words.unwrap_or(false),
        })
    }
}

impl CheckKind for Conditional {
    fn run(&self, ctx: &Ctx, out: &mut Vec<Diagnostic>) {
        let text = &ctx.doc.phrase;
        let (first, second) = (ctx.doc.regex(&self.first), ctx.doc.regex(&self.second));
        let satisfied: HashSet<String> = second.captures_iter(text).map(|c| key(&c)).collect();
        let mut exempt = self.exceptions.lazy(ctx.doc);
        let second_spans = super::Spans::new(second.find_iter(text).map(|m| m.range()).collect());
        let mut reported = HashSet::new();
        for caps in first.captures_iter(text) {
            let whole = caps.get(0).unwrap();
            let span = (1..caps.len()).find_map(|i| caps.get(i)).unwrap_or(whole).range();
            let k = key(&caps);
            if span.is_empty()
                || satisfied.contains(&k)
                || self.exempt_keys.contains(&k)
                || exempt.covers(&span)
                // A use inside its own definition ("… (DTKS)") is not a bare use.
                || second_spans.overlaps(&span)
                || (self.skip_words && k.chars().count() >= 4 && crate::text::lexicon::is_root(&k))
                || !reported.insert(k)
            {
                continue;
            }
            out.push(ctx.diagnostic(span, &[], Vec::new()));
        }
    }

    /// Every finding is a match of `first` in `doc.phrase`.
    fn trigger(&self) -> Option<&Re> {
        Some(&self.first)
    }

    fn phrase_lists(&self) -> Vec<(&'static str, &Phrases)> {
        self.exceptions.list().into_iter().collect()
    }

    fn own_regexes(&self) -> Vec<(&'static str, &Re)> {
        vec![("first", &self.first), ("second", &self.second)]
    }
}
