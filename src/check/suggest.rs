//! The `suggest` key of `existence` rules: either plain texts (each finding gets them all)
//! or entries that fit the rewrite to what was found:
//!
//! ```yaml
//! suggest:
//!   - when: 'tidak akan (?P<verb>dilayani|diproses)'   # matches the whole finding
//!     to: "belum bisa kami {verb|imperative}"           # applied by `fix` at the rule's level
//!   - when: 'ditindak tegas'
//!     show: "[sebut tindakannya: kendaraan diderek]"    # shown, never applied
//! ```
//!
//! The first entry whose `when` matches and whose template renders wins (`to` before
//! `show`); a finding no entry fits carries no suggestion rather than a wrong one.
use super::pattern::shown;
use super::template::{deletion, sentence_after, sentence_before, Template};
use super::{build_regex, flexible_spaces, match_case, Ctx};
use crate::model::Suggestion;
use crate::rules::raw::OneOrMany;
use crate::rules::spec::FieldError;
use crate::text::re::Re;
use serde::Deserialize;
use std::ops::Range;

/// `suggest` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum RawSuggest {
    Plain(OneOrMany),
    Entries(Vec<RawEntry>),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntry {
    pub when: String,
    pub to: Option<String>,
    pub show: Option<OneOrMany>,
}

#[derive(Debug)]
struct Entry {
    when: Re,
    to: Option<Template>,
    show: Vec<Template>,
}

/// Compiled suggestions of one rule.
#[derive(Debug, Default)]
pub struct Suggest {
    plain: Vec<String>,
    entries: Vec<Entry>,
}

impl Suggest {
    pub fn compile(raw: Option<&RawSuggest>) -> Result<Suggest, FieldError> {
        let entries = match raw {
            None => return Ok(Suggest::default()),
            Some(RawSuggest::Plain(p)) => {
                return Ok(Suggest {
                    plain: p.clone().into_vec(),
                    entries: Vec::new(),
                })
            }
            Some(RawSuggest::Entries(e)) => e,
        };
        let compiled = entries
            .iter()
            .map(|e| {
                let err = |m: String| FieldError::at_value("suggest", &e.when, m);
                // The tokens decided what is found; an entry only tells findings apart, in any
                // case unless it says otherwise (`(?-i:…)`).
                let when = build_regex(&format!("^(?:{})$", flexible_spaces(&e.when)), true).map_err(err)?;
                let names: Vec<String> = when.capture_names().map(str::to_string).collect();
                let parse = |t: &str| Template::parse(t, names.iter().map(String::as_str)).map_err(err);
                let to = e.to.as_deref().map(parse).transpose()?;
                let show = e.show.clone().map(OneOrMany::into_vec).unwrap_or_default();
                let show = show.iter().map(|t| parse(t)).collect::<Result<Vec<_>, _>>()?;
                if to.is_none() && show.is_empty() {
                    return Err(err("an entry needs `to` or `show`".to_string()));
                }
                Ok(Entry { when, to, show })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Suggest {
            plain: Vec::new(),
            entries: compiled,
        })
    }

    /// Whether any entry can be applied by `fix` (plain texts always can, with `fix:`).
    pub fn has_edits(&self) -> bool {
        !self.plain.is_empty() || self.entries.iter().any(|e| e.to.is_some())
    }

    /// The suggestions for the finding at `span`.
    pub fn for_finding(&self, ctx: &Ctx, span: &Range<usize>) -> Vec<Suggestion> {
        let source = ctx.doc.source;
        let original = &source[span.clone()];
        if self.entries.is_empty() {
            let texts = self.plain.iter().map(|s| match_case(original, s));
            return ctx.replacements(span, texts);
        }
        // Leading blanks a line-start token took in stay where they were.
        let body = original.trim_start();
        let lead = &original[..original.len() - body.len()];
        // Capitalised at a sentence start, or in a Title Case headline ("Kembali Laksanakan
        // Suntik Vaksin"); not because an acronym is capitalised ("Forkopimda" → "pimpinan
        // daerah", "OPD" → "dinas").
        let next_capital = sentence_after(source, span.end)
            .trim_start()
            .starts_with(char::is_uppercase);
        let at_start = sentence_start(source, span.start + lead.len())
            || (body.starts_with(char::is_uppercase) && body.chars().any(char::is_lowercase) && next_capital);
        for e in &self.entries {
            let Some(caps) = e.when.pick(ctx.doc.ascii_words).captures(body) else {
                continue;
            };
            let value = |name: &str| match name {
                "match" => body.to_string(),
                "after" => sentence_after(source, span.end).to_string(),
                "before" => sentence_before(source, span.start + lead.len()).to_string(),
                _ => caps.name(name).map_or("", |m| m.as_str()).to_string(),
            };
            if let Some(text) = e.to.as_ref().and_then(|t| t.render(&value)) {
                if text.is_empty() {
                    return ctx.replacements(&deletion(source, span), Some(String::new()));
                }
                let text = if at_start {
                    crate::text::morph::capitalize(&text)
                } else {
                    text
                };
                return ctx.replacements(span, Some(format!("{lead}{text}")));
            }
            let mut shown = shown(&e.show, &value, span);
            if !shown.is_empty() {
                if at_start {
                    shown
                        .iter_mut()
                        .for_each(|s| s.text = crate::text::morph::capitalize(&s.text));
                }
                return shown;
            }
        }
        Vec::new()
    }
}

/// Whether byte `at` opens a sentence: only blanks, quotes or brackets between it and the
/// start of the text, a line break, or a sentence's closing punctuation.
fn sentence_start(source: &str, at: usize) -> bool {
    let before = source.get(..at).unwrap_or("");
    match before
        .trim_end_matches([' ', '\t', '\u{a0}', '"', '“', '(', '*'])
        .chars()
        .last()
    {
        None => true,
        Some(c) => matches!(c, '.' | '!' | '?' | '\n' | ':'),
    }
}
