//! `metric`: a number measured over a scope and compared with `max`/`min` (optionally per
//! platform): words per sentence, sentences per paragraph, characters per post, share of
//! capital letters, and runs of exclamation marks.
use super::occurrence::as_refs;
use super::registry::{fields_of, read_keys, Kind};
use super::CheckKind;
use super::{Ctx, Limit, Scope};
use crate::model::num;
use crate::model::Diagnostic;
use crate::rules::raw::Threshold;
use crate::rules::spec::{require_field, FieldError};
use serde::Deserialize;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Measure {
    WordsPerSentence,
    SentencesPerParagraph,
    CharsPerPost,
    CapsRatio,
    ExclamationRun,
}

const MEASURES: &str = "words_per_sentence, sentences_per_paragraph, chars_per_post, caps_ratio, exclamation_run";

/// The keys a `metric` rule reads.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keys {
    pub metric: Option<String>,
    pub scope: Option<String>,
    pub max: Option<Threshold>,
    pub min: Option<Threshold>,
    pub min_letters: Option<usize>,
}

pub const KIND: Kind = Kind {
    name: "metric",
    ignore_case: true,
    keys: fields_of::<Keys>,
    compile: |keys, _| Ok(Box::new(Metric::compile(&read_keys(keys)?)?)),
};

#[derive(Debug)]
pub struct Metric {
    measure: Measure,
    scope: Scope,
    max: Limit,
    min: Limit,
    /// caps_ratio: ignore units with fewer letters than this (short headings, acronyms).
    min_letters: usize,
}

impl Metric {
    pub fn compile(raw: &Keys) -> Result<Self, FieldError> {
        let name = require_field(&raw.metric, "metric")?;
        let measure = match name.as_str() {
            "words_per_sentence" => Measure::WordsPerSentence,
            "sentences_per_paragraph" => Measure::SentencesPerParagraph,
            "chars_per_post" => Measure::CharsPerPost,
            "caps_ratio" => Measure::CapsRatio,
            "exclamation_run" => Measure::ExclamationRun,
            other => {
                return Err(FieldError::at_value(
                    "metric",
                    other,
                    format!("unknown metric (known: {MEASURES})"),
                ))
            }
        };
        let scope = match (measure, raw.scope.as_deref()) {
            (Measure::CapsRatio, Some(s)) => Scope::parse(s)
                .ok_or_else(|| FieldError::at_value("scope", s, "use sentence, paragraph or document"))?,
            (_, Some(_)) => {
                return Err(FieldError::new(
                    "scope",
                    "only caps_ratio takes a scope; the others imply theirs",
                ))
            }
            (Measure::WordsPerSentence, None) => Scope::Sentence,
            (Measure::SentencesPerParagraph, None) => Scope::Paragraph,
            _ => Scope::Document,
        };
        if raw.min_letters.is_some() && measure != Measure::CapsRatio {
            return Err(FieldError::new("min_letters", "only caps_ratio uses min_letters"));
        }
        let max = Limit::compile("max", raw.max.as_ref())?;
        let min = Limit::compile("min", raw.min.as_ref())?;
        if !max.is_set() && !min.is_set() {
            return Err(FieldError::new("max", "a metric rule needs `max` or `min`"));
        }
        Ok(Metric {
            measure,
            scope,
            max,
            min,
            min_letters: raw.min_letters.unwrap_or(20),
        })
    }

    /// (span to flag, measured value) for every unit of the document.
    fn measure(&self, ctx: &Ctx) -> Vec<(Range<usize>, f64)> {
        let doc = ctx.doc;
        match self.measure {
            Measure::WordsPerSentence => doc
                .sentences
                .iter()
                .map(|s| (s.clone(), doc.word_count(s) as f64))
                .collect(),
            Measure::SentencesPerParagraph => doc
                .paragraphs
                .iter()
                .map(|p| {
                    let n = doc
                        .sentences
                        .iter()
                        .filter(|s| s.start >= p.start && s.end <= p.end)
                        .count();
                    (p.clone(), n as f64)
                })
                .collect(),
            Measure::CharsPerPost => {
                let Some(body) = crate::text::segment::trim_range(doc.source, 0..doc.source.len()) else {
                    return Vec::new();
                };
                let chars = doc.source[body.clone()].chars().count();
                // Flag from the first character past the limit, the way editors mark an
                // over-long line: the span shows what would be cut.
                let limit = self.max.get(ctx.platform).unwrap_or(f64::INFINITY);
                let cut = doc.source[body.clone()]
                    .char_indices()
                    .nth(limit.min(chars as f64) as usize)
                    .map_or(body.end, |(i, _)| body.start + i);
                vec![(cut..body.end, chars as f64)]
            }
            Measure::CapsRatio => self
                .scope
                .units(doc)
                .into_iter()
                .filter_map(|u| {
                    let letters: Vec<char> = doc.phrase[u.clone()].chars().filter(|c| c.is_alphabetic()).collect();
                    if letters.len() < self.min_letters {
                        return None;
                    }
                    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
                    Some((u, upper as f64 / letters.len() as f64))
                })
                .collect(),
            Measure::ExclamationRun => exclamation_runs(&doc.phrase),
        }
    }

    fn show_limit(&self, v: f64) -> String {
        if self.measure == Measure::CapsRatio {
            format!("{}%", (v * 100.0).round())
        } else {
            num(v)
        }
    }
}

/// Runs of two or more `!` (a trailing `1` typed with a missed shift counts too: "!!1").
fn exclamation_runs(text: &str) -> Vec<(Range<usize>, f64)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'!' {
            let start = i;
            while i < bytes.len() && (bytes[i] == b'!' || (bytes[i] == b'1' && i > start)) {
                i += 1;
            }
            // Don't swallow a digit that starts a number after a single "!".
            let mut end = i;
            while end > start + 1 && bytes[end - 1] == b'1' && end < bytes.len() && bytes[end].is_ascii_digit() {
                end -= 1;
            }
            out.push((start..end, (end - start) as f64));
        } else {
            i += 1;
        }
    }
    out
}

impl CheckKind for Metric {
    fn run(&self, ctx: &Ctx, out: &mut Vec<Diagnostic>) {
        let max = self.max.get(ctx.platform);
        let min = self.min.get(ctx.platform);
        for (span, value) in self.measure(ctx) {
            let shown = if self.measure == Measure::CapsRatio {
                format!("{}%", (value * 100.0).round())
            } else {
                num(value)
            };
            if let Some(max) = max.filter(|&m| value > m) {
                let vars = [("value", shown.clone()), ("max", self.show_limit(max))];
                out.push(ctx.diagnostic(span.clone(), &as_refs(&vars), Vec::new()));
            } else if let Some(min) = min.filter(|&m| value < m) {
                let vars = [("value", shown), ("min", self.show_limit(min))];
                out.push(ctx.diagnostic(span, &as_refs(&vars), Vec::new()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exclamation_runs_are_measured() {
        let runs = exclamation_runs("Ayo! Daftar!!! Sekarang!!1 ok");
        let lens: Vec<f64> = runs.iter().map(|r| r.1).collect();
        assert_eq!(lens, vec![1.0, 3.0, 3.0]);
    }
}
