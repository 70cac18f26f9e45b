//! Rule kinds: each file turns a `Document` into diagnostics for one kind of check.
//! This module holds what they share: the check context, regex building and case keeping.
pub mod conditional;
pub mod existence;
pub mod literal;
pub mod metric;
pub mod occurrence;
pub mod pattern;
pub mod require;
pub mod substitution;

use crate::config::Platform;
use crate::diagnostic::{Diagnostic, Suggestion};
use crate::document::Document;
use crate::re::Re;
use crate::rules::RuleMeta;
use std::ops::Range;

/// One compiled check of any kind.
#[derive(Debug)]
pub enum Check {
    Existence(existence::Existence),
    Substitution(substitution::Substitution),
    Pattern(pattern::Pattern),
    Occurrence(occurrence::Occurrence),
    Metric(metric::Metric),
    Conditional(conditional::Conditional),
    Require(require::Require),
}

impl Check {
    pub fn run(&self, ctx: &Ctx, out: &mut Vec<Diagnostic>) {
        match self {
            Check::Existence(c) => c.run(ctx, out),
            Check::Substitution(c) => c.run(ctx, out),
            Check::Pattern(c) => c.run(ctx, out),
            Check::Occurrence(c) => c.run(ctx, out),
            Check::Metric(c) => c.run(ctx, out),
            Check::Conditional(c) => c.run(ctx, out),
            Check::Require(c) => c.run(ctx, out),
        }
    }
}

impl Check {
    /// A regex that must match somewhere in `doc.phrase` for this check to report anything
    /// (`None`: the check may report on any text, e.g. a metric or a `min` count). The
    /// engine uses it to skip rules that cannot fire on a text (see `engine::Prefilter`).
    pub fn trigger(&self) -> Option<&Re> {
        match self {
            // Every finding of these is a match of their phrase list or pattern.
            Check::Existence(c) => Some(c.phrases().regex()),
            Check::Substitution(c) => Some(c.phrases().regex()),
            Check::Pattern(c) => Some(c.regex()),
            Check::Occurrence(c) => c.trigger(),
            Check::Conditional(c) => c.trigger(),
            Check::Metric(_) | Check::Require(_) => None,
        }
    }
}

impl Check {
    /// The phrase lists of the check (tokens, swap keys, exceptions), by field.
    pub fn phrase_lists(&self) -> Vec<(&'static str, &literal::Phrases)> {
        let (own, exceptions) = match self {
            Check::Existence(c) => (Some(("tokens", c.phrases())), Some(c.exceptions())),
            Check::Substitution(c) => (Some(("swap", c.phrases())), Some(c.exceptions())),
            Check::Require(c) => (Some(("tokens", c.phrases())), None),
            Check::Pattern(c) => (None, Some(c.exceptions())),
            Check::Conditional(c) => (None, Some(c.exceptions())),
            Check::Occurrence(_) | Check::Metric(_) => (None, None),
        };
        own.into_iter()
            .chain(exceptions.and_then(|e| e.0.as_ref()).map(|p| ("exceptions", p)))
            .collect()
    }

    /// The regexes of the check that are not a phrase list's, by field.
    fn own_regexes(&self) -> Vec<(&'static str, &Re)> {
        match self {
            Check::Substitution(c) => c.key_patterns().map(|re| ("swap", re)).collect(),
            Check::Pattern(c) => vec![("pattern", c.regex())],
            Check::Occurrence(c) => vec![("tokens", c.regex())],
            Check::Conditional(c) => vec![("first", c.first()), ("second", c.second())],
            Check::Existence(_) | Check::Require(_) | Check::Metric(_) => Vec::new(),
        }
    }

    /// Every regex of the check, phrase lists' included, with the rule field it comes from.
    pub fn regexes(&self) -> Vec<(&'static str, &Re)> {
        let lists = self.phrase_lists().into_iter().map(|(f, p)| (f, p.regex()));
        lists.chain(self.own_regexes()).collect()
    }

    /// Compiles the regexes now (they are otherwise compiled on first use): rules read
    /// from disk call this so a regex over the size limit is an error at load. A phrase
    /// list the automaton serves needs its regex only for texts with a non-ASCII word
    /// character; compiling it for every large pack would be wasted.
    pub fn compile_now(&self) -> Result<(), crate::rules::compile::FieldError> {
        let lists = self.phrase_lists().into_iter().filter(|(_, p)| !p.is_automaton());
        let regexes = lists.map(|(f, p)| (f, p.regex())).chain(self.own_regexes());
        for (field, re) in regexes {
            re.compile_now()
                .map_err(|m| crate::rules::compile::FieldError::new(field, m))?;
        }
        Ok(())
    }
}

/// What a check sees: the rule's shared fields, the document and the run's platform.
pub struct Ctx<'a> {
    pub rule: &'a RuleMeta,
    pub doc: &'a Document<'a>,
    pub platform: Platform,
}

impl Ctx<'_> {
    /// A diagnostic for `span` whose message is the rule's template with `vars` filled in
    /// (`{match}` is always available).
    pub fn diagnostic(&self, span: Range<usize>, vars: &[(&str, &str)], suggestions: Vec<Suggestion>) -> Diagnostic {
        let matched = &self.doc.source[span.clone()];
        let first = suggestions.first().map(|s| s.text.as_str()).unwrap_or("");
        let mut message = self
            .rule
            .message
            .replace("{match}", matched)
            .replace("{suggestion}", first);
        for (k, v) in vars {
            message = message.replace(&format!("{{{k}}}"), v);
        }
        Diagnostic {
            rule: self.rule.id.clone(),
            category: self.rule.category,
            severity: self.rule.severity,
            message,
            span,
            suggestions,
        }
    }

    /// Suggestions replacing `span` with each of `texts`, at the rule's fix level.
    pub fn replacements(&self, span: &Range<usize>, texts: impl IntoIterator<Item = String>) -> Vec<Suggestion> {
        texts
            .into_iter()
            .map(|t| Suggestion::replace(span.clone(), t, self.rule.fix))
            .collect()
    }
}

/// Turns a list of phrase patterns into one regex: alternatives longest first (so
/// "wajib membawa" wins over "wajib"), a space matches any run of whitespace (so a line
/// break or Markdown emphasis between words does not hide a phrase), and word boundaries
/// around each alternative unless `nonword` (only on edges that are word characters:
/// `yth\.` must still match before a space).
pub fn phrase_regex(tokens: &[String], ignore_case: bool, nonword: bool) -> Result<Re, String> {
    let mut sorted: Vec<&String> = tokens.iter().collect();
    sorted.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    let alternation = sorted
        .iter()
        .map(|t| {
            let body = flexible_spaces(t);
            if nonword {
                format!("(?:{body})")
            } else {
                let lead = if starts_with_punctuation(t) { "" } else { r"\b" };
                let tail = if ends_with_punctuation(t) { "" } else { r"\b" };
                format!("{lead}(?:{body}){tail}")
            }
        })
        .collect::<Vec<_>>()
        .join("|");
    build_regex(&alternation, ignore_case)
}

/// Whether a token pattern begins with a literal non-word character (`\.`, `#`, `!`).
fn starts_with_punctuation(t: &str) -> bool {
    let mut chars = t.chars();
    match chars.next() {
        Some('\\') => chars.next().is_some_and(|c| !c.is_alphanumeric()),
        Some(c) => !(c.is_alphanumeric() || "([.".contains(c)),
        None => false,
    }
}

/// Whether a token pattern ends with a literal non-word character (`yth\.`, `!`).
fn ends_with_punctuation(t: &str) -> bool {
    let chars: Vec<char> = t.chars().collect();
    match chars.as_slice() {
        [.., '\\', c] => !c.is_alphanumeric(),
        [.., c] => !(c.is_alphanumeric() || ")]?*+}.".contains(*c)),
        [] => false,
    }
}

/// A rule regex: syntax checked now, compiled on first use (see `crate::re`).
pub fn build_regex(source: &str, ignore_case: bool) -> Result<Re, String> {
    Re::new(source, ignore_case)
}

/// Replaces literal spaces outside character classes with `\s+`.
fn flexible_spaces(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut in_class = false;
    let mut escaped = false;
    for c in pattern.chars() {
        match c {
            _ if escaped => {
                escaped = false;
                out.push(c);
            }
            '\\' => {
                escaped = true;
                out.push(c);
            }
            '[' => {
                in_class = true;
                out.push(c);
            }
            ']' => {
                in_class = false;
                out.push(c);
            }
            ' ' if !in_class => {
                if !out.ends_with(r"\s+") {
                    out.push_str(r"\s+");
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// Gives `replacement` the case shape of `original`: ALL CAPS stays caps, a capital first
/// letter stays capital (a sentence start must still start with one), otherwise as written.
pub fn match_case(original: &str, replacement: &str) -> String {
    let letters: Vec<char> = original.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return replacement.to_uppercase();
    }
    if letters.first().is_some_and(|c| c.is_uppercase()) {
        return crate::text::morph::capitalize(replacement);
    }
    replacement.to_string()
}

/// Regexes whose matches exempt an overlapping finding ("jangan lupa" is not a prohibition).
#[derive(Debug, Default)]
pub struct Exceptions(Option<literal::Phrases>);

impl Exceptions {
    pub fn compile(list: Option<&Vec<String>>, ignore_case: bool) -> Result<Self, String> {
        match list {
            Some(l) if !l.is_empty() => Ok(Exceptions(Some(literal::Phrases::new(l, ignore_case, false)?))),
            _ => Ok(Exceptions(None)),
        }
    }

    /// The exempt spans of `doc`, searched for only once a finding needs them: most
    /// rules that run on a text find nothing, and then the search would be wasted.
    pub fn lazy<'a>(&'a self, doc: &'a Document<'a>) -> Exempt<'a> {
        Exempt {
            exceptions: self,
            doc,
            spans: None,
        }
    }
}

/// Exempt spans of one document, found on first use (see `Exceptions::lazy`).
pub struct Exempt<'a> {
    exceptions: &'a Exceptions,
    doc: &'a Document<'a>,
    spans: Option<Vec<Range<usize>>>,
}

impl Exempt<'_> {
    /// Whether `span` overlaps an exception match.
    pub fn covers(&mut self, span: &Range<usize>) -> bool {
        let Exempt { exceptions, doc, spans } = self;
        let spans = spans.get_or_insert_with(|| exceptions.0.as_ref().map(|p| p.find(doc)).unwrap_or_default());
        overlaps_any(span, spans)
    }
}

pub fn overlaps_any(span: &Range<usize>, others: &[Range<usize>]) -> bool {
    others.iter().any(|o| o.start < span.end && span.start < o.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_first_and_flexible_spaces() {
        let re = phrase_regex(&["wajib".into(), "wajib membawa".into()], true, false).unwrap();
        let re = re.exact();
        let m = re.find("Peserta WAJIB\n  membawa KTP").unwrap();
        assert_eq!(m.as_str(), "WAJIB\n  membawa");
        assert!(re.find("kewajiban").is_none());
        let re = phrase_regex(&[r"yth\.".into(), "no!".into()], true, false).unwrap();
        let re = re.exact();
        assert_eq!(re.find("Kepada Yth. Bapak").unwrap().as_str(), "Yth.");
        assert!(re.find("ayth.").is_none());
    }

    #[test]
    fn spaces_in_classes_stay() {
        assert_eq!(flexible_spaces("a [ b] c"), r"a\s+[ b]\s+c");
        assert_eq!(flexible_spaces(r"a\ b"), r"a\ b");
    }

    #[test]
    fn case_is_kept() {
        assert_eq!(match_case("Wajib membawa", "jangan lupa bawa"), "Jangan lupa bawa");
        assert_eq!(match_case("WAJIB", "jangan lupa"), "JANGAN LUPA");
        assert_eq!(match_case("himbau", "imbau"), "imbau");
        assert_eq!(match_case("ramadhan", "Ramadan"), "Ramadan");
    }

    #[test]
    fn oversized_regex_is_an_error_not_a_hang() {
        let err = build_regex(r"\w{1000}{1000}", false)
            .unwrap()
            .compile_now()
            .unwrap_err();
        assert!(err.contains("too large") || err.contains("exceeds"), "{err}");
    }
}

/// The unit a count or measure is taken over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Sentence,
    Paragraph,
    Document,
}

impl Scope {
    pub fn parse(s: &str) -> Option<Scope> {
        match s {
            "sentence" => Some(Scope::Sentence),
            "paragraph" => Some(Scope::Paragraph),
            "document" => Some(Scope::Document),
            _ => None,
        }
    }

    /// The units of this scope in `doc`, as byte ranges.
    pub fn units(self, doc: &Document) -> Vec<Range<usize>> {
        match self {
            Scope::Sentence => doc.sentences.clone(),
            Scope::Paragraph => doc.paragraphs.clone(),
            Scope::Document => crate::text::segment::trim_range(doc.source, 0..doc.source.len())
                .into_iter()
                .collect(),
        }
    }
}

/// A limit that may differ per platform (`max: {default: 35, x: 25}`).
#[derive(Debug, Clone, Default)]
pub struct Limit {
    default: Option<f64>,
    per_platform: Vec<(Platform, f64)>,
}

impl Limit {
    pub fn compile(
        field: &'static str,
        raw: Option<&crate::rules::raw::Threshold>,
    ) -> Result<Limit, crate::rules::compile::FieldError> {
        use crate::rules::raw::Threshold;
        let mut limit = Limit::default();
        match raw {
            None => {}
            Some(Threshold::One(v)) => limit.default = Some(*v),
            Some(Threshold::PerPlatform(map)) => {
                for (k, v) in map {
                    if k == "default" {
                        limit.default = Some(*v);
                    } else {
                        let p = Platform::parse(k).ok_or_else(|| {
                            crate::rules::compile::FieldError::at_value(
                                field,
                                k,
                                format!(
                                    "unknown platform `{k}` (use default, generic, instagram, facebook, x, whatsapp)"
                                ),
                            )
                        })?;
                        limit.per_platform.push((p, *v));
                    }
                }
            }
        }
        Ok(limit)
    }

    pub fn get(&self, platform: Platform) -> Option<f64> {
        self.per_platform
            .iter()
            .find(|(p, _)| *p == platform)
            .map(|&(_, v)| v)
            .or(self.default)
    }

    pub fn is_set(&self) -> bool {
        self.default.is_some() || !self.per_platform.is_empty()
    }
}

/// Formats a limit or measured value without a pointless `.0`.
pub fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.2}")
    }
}
