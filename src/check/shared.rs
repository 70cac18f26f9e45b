//! What the kinds share: phrase lists and regexes built the same way, case kept in
//! rewrites, exceptions, the scope a count is taken over and per-platform limits.
use super::literal::Phrases;
use crate::model::Platform;
use crate::rules::raw::Threshold;
use crate::rules::spec::FieldError;
use crate::text::document::Document;
use crate::text::re::Re;
use std::ops::Range;

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
pub(crate) fn starts_with_punctuation(t: &str) -> bool {
    let mut chars = t.chars();
    match chars.next() {
        Some('\\') => chars.next().is_some_and(|c| !c.is_alphanumeric()),
        Some(c) => !(c.is_alphanumeric() || "([.".contains(c)),
        None => false,
    }
}

/// Whether a token pattern ends with a literal non-word character (`yth\.`, `!`).
pub(crate) fn ends_with_punctuation(t: &str) -> bool {
    let chars: Vec<char> = t.chars().collect();
    match chars.as_slice() {
        [.., '\\', c] => !c.is_alphanumeric(),
        [.., c] => !(c.is_alphanumeric() || ")]?*+}.".contains(*c)),
        [] => false,
    }
}

/// A rule regex: syntax checked now, compiled on first use (see `text::re`).
pub fn build_regex(source: &str, ignore_case: bool) -> Result<Re, String> {
    Re::new(source, ignore_case)
}

/// Replaces literal spaces outside character classes with `\s+`.
pub(crate) fn flexible_spaces(pattern: &str) -> String {
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
pub struct Exceptions(Option<Phrases>);

impl Exceptions {
    pub fn compile(list: Option<&Vec<String>>, ignore_case: bool) -> Result<Self, String> {
        match list {
            Some(l) if !l.is_empty() => Ok(Exceptions(Some(Phrases::new(l, ignore_case, false)?))),
            _ => Ok(Exceptions(None)),
        }
    }

    /// The phrase list, as `CheckKind::phrase_lists` gives it.
    pub fn list(&self) -> Option<(&'static str, &Phrases)> {
        self.0.as_ref().map(|p| ("exceptions", p))
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
    spans: Option<Spans>,
}

impl Exempt<'_> {
    /// Whether `span` overlaps an exception match.
    pub fn covers(&mut self, span: &Range<usize>) -> bool {
        let Exempt { exceptions, doc, spans } = self;
        spans
            .get_or_insert_with(|| Spans::new(exceptions.0.as_ref().map(|p| p.find(doc)).unwrap_or_default()))
            .overlaps(span)
    }
}

/// Spans that many findings are tested against, in O(log n) per test: on a 10 MB file a
/// rule has thousands of findings and its exceptions thousands of matches, and scanning
/// them all per finding was quadratic.
#[derive(Debug, Default)]
pub struct Spans {
    /// Sorted by start.
    spans: Vec<Range<usize>>,
    /// `max_end[i]`: the largest end among `spans[..=i]`.
    max_end: Vec<usize>,
}

impl Spans {
    pub fn new(mut spans: Vec<Range<usize>>) -> Spans {
        spans.sort_by_key(|s| (s.start, s.end));
        let max_end = spans
            .iter()
            .scan(0, |m, s| {
                *m = (*m).max(s.end);
                Some(*m)
            })
            .collect();
        Spans { spans, max_end }
    }

    /// Whether `span` overlaps one of the spans, exactly as `overlaps_any` says: the spans
    /// starting before `span` ends are a prefix, and one of them reaches past its start.
    pub fn overlaps(&self, span: &Range<usize>) -> bool {
        let k = self.spans.partition_point(|o| o.start < span.end);
        k > 0 && self.max_end[k - 1] > span.start
    }
}

/// Whether `span` overlaps one of `others` (a linear scan: for a few spans; see `Spans`).
pub fn overlaps_any(span: &Range<usize>, others: &[Range<usize>]) -> bool {
    others.iter().any(|o| o.start < span.end && span.start < o.end)
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
    pub fn compile(field: &'static str, raw: Option<&Threshold>) -> Result<Limit, FieldError> {
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
                            FieldError::at_value(
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
    fn spans_index_agrees_with_the_linear_scan() {
        // Overlapping, nested, empty and out-of-order spans, against every query span.
        let others = vec![5..9, 0..2, 3..3, 6..7, 12..20, 13..14, 20..20, 25..30];
        let index = Spans::new(others.clone());
        for start in 0..32 {
            for end in start..33 {
                let q = start..end;
                assert_eq!(index.overlaps(&q), overlaps_any(&q, &others), "{q:?}");
            }
        }
        assert!(!Spans::new(Vec::new()).overlaps(&(0..10)));
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
