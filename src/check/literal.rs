//! Phrase lists (`tokens`, `swap` keys, `exceptions`) whose entries are plain words:
//! matched with an Aho-Corasick automaton instead of a compiled regex, with the regex's
//! exact semantics (see `Phrases::find`).
//!
//! Why: compiling a case-insensitive regex alternation costs about a millisecond per
//! rule, which was most of the start-up of a one-post run and grew with every rule added;
//! an automaton over the same words builds in microseconds and searches in one pass
//! (issue 6). A list with any regex syntax in it, and any text with a non-ASCII word
//! character (where ASCII case folding and word boundaries could disagree with the
//! regex's Unicode ones), uses the regex.
use super::phrase_regex;
use crate::document::Document;
use crate::re::Re;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::ops::Range;
use std::sync::OnceLock;

/// A phrase list: the regex `phrase_regex` builds, and its automaton twin when the list
/// is plain words.
#[derive(Debug)]
pub struct Phrases {
    re: Re,
    tokens: Vec<String>,
    ignore_case: bool,
    nonword: bool,
    /// Built on first use, like the regexes: most lists never run on a given post.
    literal: OnceLock<Option<Literal>>,
}

#[derive(Debug)]
struct Literal {
    /// Patterns in the order of the regex's alternation, so a pattern's id is its rank
    /// (the lower wins where two start at the same place).
    ac: AhoCorasick,
    /// Per pattern: whether a word boundary is required before / after it.
    lead: Vec<bool>,
    tail: Vec<bool>,
}

/// The strings `token` matches when its language is a small finite set of ASCII
/// strings, in the regex's order of preference: plain words, escaped punctuation,
/// `(?:a|b)` groups and `?`. Anything else (classes, repetition, anchors, flags, `\b`,
/// non-ASCII) returns `None` and the list keeps its regex. Spaces are squeezed (a space in
/// a token matches any run of whitespace, as in `phrase_regex`).
fn expand(token: &str) -> Option<Vec<String>> {
    let mut chars = token.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if !chars.next().is_some_and(|e| e.is_ascii_punctuation()) => return None,
            '(' if chars.peek() == Some(&'?') => {
                chars.next();
                if chars.next() != Some(':') {
                    return None;
                }
            }
            _ if !c.is_ascii() || c.is_ascii_control() || r".*+{}[]^$#&~".contains(c) => return None,
            _ => {}
        }
    }
    let hir = regex_syntax::ParserBuilder::new().build().parse(token).ok()?;
    let mut extractor = regex_syntax::hir::literal::Extractor::new();
    extractor
        .kind(regex_syntax::hir::literal::ExtractKind::Prefix)
        .limit_total(1000)
        .limit_literal_len(200);
    let seq = extractor.extract(&hir);
    let mut out = Vec::new();
    for lit in seq.literals()? {
        let text = std::str::from_utf8(lit.as_bytes()).ok()?;
        let squeezed = text.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
        if !lit.is_exact() || squeezed.is_empty() || text.starts_with(' ') || text.ends_with(' ') {
            return None;
        }
        out.push(squeezed);
    }
    (!out.is_empty()).then_some(out)
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(regex_syntax::is_word_character)
}

impl Phrases {
    pub fn new(tokens: &[String], ignore_case: bool, nonword: bool) -> Result<Phrases, String> {
        Ok(Phrases {
            re: phrase_regex(tokens, ignore_case, nonword)?,
            tokens: tokens.to_vec(),
            ignore_case,
            nonword,
            literal: OnceLock::new(),
        })
    }

    fn literal(&self) -> Option<&Literal> {
        self.literal
            .get_or_init(|| Literal::new(&self.tokens, self.ignore_case, self.nonword))
            .as_ref()
    }
}

impl Literal {
    fn new(tokens: &[String], ignore_case: bool, nonword: bool) -> Option<Literal> {
        // The order of `phrase_regex`'s alternation, each token's strings in its own order
        // of preference after it: a pattern's index in the automaton is its rank.
        let mut sorted: Vec<&String> = tokens.iter().collect();
        sorted.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let mut texts = Vec::new();
        let (mut lead, mut tail) = (Vec::new(), Vec::new());
        for token in sorted {
            let strings = expand(token)?;
            // Where `phrase_regex` puts a `\b`: on each edge of the token that is not
            // punctuation (unless the rule says `nonword`).
            let (l, t) = (
                !nonword && !super::starts_with_punctuation(token),
                !nonword && !super::ends_with_punctuation(token),
            );
            lead.extend(std::iter::repeat_n(l, strings.len()));
            tail.extend(std::iter::repeat_n(t, strings.len()));
            texts.extend(strings);
        }
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(ignore_case)
            .match_kind(MatchKind::Standard)
            .build(&texts)
            .ok()?;
        Some(Literal { ac, lead, tail })
    }
}

impl Phrases {
    /// The regex: what the prefilter reads prefixes from, and the matcher for texts the
    /// automaton cannot serve.
    pub fn regex(&self) -> &Re {
        &self.re
    }

    /// Whether the list is matched by the automaton (on texts that allow it).
    pub fn is_automaton(&self) -> bool {
        self.literal().is_some()
    }

    /// Matches in `doc.phrase` found by the regex, whatever the text: what `find` must
    /// agree with.
    pub fn find_by_regex(&self, doc: &Document) -> Vec<Range<usize>> {
        doc.regex(&self.re).find_iter(&doc.phrase).map(|m| m.range()).collect()
    }

    /// Matches in `doc.phrase`, as the regex's `find_iter` would give them: at the
    /// leftmost position where any phrase matches, the first phrase of the alternation
    /// (longest first), then on from its end.
    pub fn find(&self, doc: &Document) -> Vec<Range<usize>> {
        let text = &doc.phrase;
        let Some(lit) = self.literal().filter(|_| doc.ascii_words) else {
            return self.find_by_regex(doc);
        };
        let squeezed = doc.squeezed();
        let mut hits: Vec<(usize, usize, usize)> = Vec::new();
        for m in lit.ac.find_overlapping_iter(&squeezed.text) {
            let p = m.pattern().as_usize();
            let (start, end) = (squeezed.original(m.start()), squeezed.original(m.end()));
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            // `\b` holds where the characters on its two sides differ in being word ones.
            let matched = &text[start..end];
            let (first, last) = (matched.chars().next(), matched.chars().next_back());
            if (lit.lead[p] && is_word(before) == is_word(first)) || (lit.tail[p] && is_word(after) == is_word(last)) {
                continue;
            }
            hits.push((start, p, end));
        }
        hits.sort_unstable();
        let mut out = Vec::new();
        let mut from = 0;
        for (start, _, end) in hits {
            // Sorted by start, then rank: the first hit at or after `from` is the match.
            if start >= from {
                out.push(start..end);
                from = end;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::mask::Format;

    fn both(tokens: &[&str], text: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
        let tokens: Vec<String> = tokens.iter().map(|t| t.to_string()).collect();
        let p = Phrases::new(&tokens, true, false).unwrap();
        assert!(p.is_automaton());
        let doc = Document::new(text, Format::Plain);
        let exact = p.re.exact().find_iter(&doc.phrase).map(|m| m.range()).collect();
        (p.find(&doc), exact)
    }

    #[test]
    fn automaton_finds_what_the_regex_finds() {
        for (tokens, text) in [
            (
                &["wajib", "wajib membawa"][..],
                "Peserta WAJIB\n  membawa KTP, wajib hadir. kewajiban wajib_x",
            ),
            (&["yth\\.", "no!"][..], "Kepada Yth. Bapak, ayth. no!no! Yth.Yth."),
            (&["di", "di rumah", "rumah saja"][..], "di rumah saja 🙏 di\u{a0}rumah"),
            (&["a b", "b c"][..], "a b c b c a  b"),
            (
                &["(?:akan )?ditindak(?: tegas)?", "tindak"][..],
                "akan ditindak tegas, ditindak  tegas. akan\nditindak",
            ),
            (&["(?:ujar|ungkap)nya", "ujar"][..], "ujarnya, ungkapnya ujar"),
        ] {
            let (found, exact) = both(tokens, text);
            assert_eq!(found, exact, "{tokens:?} on {text:?}");
            assert!(!found.is_empty());
        }
    }

    #[test]
    fn regex_syntax_keeps_the_regex() {
        for t in ["s[ae]gera", "é", "a\\sb", " lead", "a+", "(?i)x", "\\bx", "^x", "x.y"] {
            let p = Phrases::new(&[t.to_string()], true, false).unwrap();
            assert!(!p.is_automaton(), "{t}");
        }
        assert_eq!(expand("yth\\.  bapak").unwrap(), ["yth. bapak"]);
        assert_eq!(expand("wajib(lah)?").unwrap(), ["wajiblah", "wajib"]);
        assert_eq!(
            expand("(?:akan )?(?:dikenai|dikenakan) sanksi(?: tegas)?").unwrap(),
            [
                "akan dikenai sanksi tegas",
                "akan dikenai sanksi",
                "akan dikenakan sanksi tegas",
                "akan dikenakan sanksi",
                "dikenai sanksi tegas",
                "dikenai sanksi",
                "dikenakan sanksi tegas",
                "dikenakan sanksi"
            ]
        );
    }
}
