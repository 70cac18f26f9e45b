//! Phrase lists (`tokens`, `swap` keys, `exceptions`) whose entries are plain words:
//! matched with an Aho-Corasick automaton instead of a compiled regex, with the regex's
//! exact semantics (see `Phrases::find`).
//!
//! Why: compiling a case-insensitive regex alternation costs about a millisecond per
//! rule, which was most of the start-up of a one-post run and grew with every rule added;
//! an automaton over the same words builds in microseconds and searches in one pass
//! (docs/PERFORMANCE.md). A list with any regex syntax in it, and any text with a non-ASCII word
//! character (where ASCII case folding and word boundaries could disagree with the
//! regex's Unicode ones), uses the regex.
use super::phrase_regex;
use crate::text::document::{Document, PhraseHits};
use crate::text::re::Re;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// A phrase list: the regex `phrase_regex` builds, and its automaton twin when the list
/// is plain words.
#[derive(Debug)]
pub struct Phrases {
    /// Unique per list, so a `PhraseIndex` can hand each list its own hits.
    id: usize,
    re: Re,
    tokens: Vec<String>,
    ignore_case: bool,
    nonword: bool,
    /// Built on first use, like the regexes: most lists never run on a given post.
    literal: OnceLock<Option<Literal>>,
    /// The list's own automaton, for texts linted without the run's `PhraseIndex`
    /// (or when the list is case-sensitive, which that index leaves out).
    own: OnceLock<PhraseIndex>,
}

#[derive(Debug)]
struct Literal {
    /// The strings in the order of the regex's alternation, so an index is a rank (the
    /// lower wins where two start at the same place).
    texts: Vec<String>,
    ignore_case: bool,
    /// Per string: whether a word boundary is required before / after it.
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
    if !token.contains(['(', '|', '?']) {
        // Words and escaped punctuation: the token is its own one string.
        let mut text = String::with_capacity(token.len());
        let mut escaped = false;
        for c in token.chars() {
            match c {
                '\\' if !escaped => escaped = true,
                ' ' if text.ends_with(' ') => escaped = false,
                _ => {
                    text.push(c);
                    escaped = false;
                }
            }
        }
        let ok = !text.is_empty() && !text.starts_with(' ') && !text.ends_with(' ');
        return ok.then(|| vec![text]);
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
        // Two spaces in a string from groups ("(?:akan )? hadir") stand for two `\s+`
        // in the regex, which one squeezed space would not: keep the regex for those.
        if !lit.is_exact() || text.is_empty() || text.starts_with(' ') || text.ends_with(' ') || text.contains("  ") {
            return None;
        }
        out.push(text.to_string());
    }
    (!out.is_empty()).then_some(out)
}

impl Phrases {
    pub fn new(tokens: &[String], ignore_case: bool, nonword: bool) -> Result<Phrases, String> {
        static NEXT_ID: AtomicUsize = AtomicUsize::new(0);
        Ok(Phrases {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            re: phrase_regex(tokens, ignore_case, nonword)?,
            tokens: tokens.to_vec(),
            ignore_case,
            nonword,
            literal: OnceLock::new(),
            own: OnceLock::new(),
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
        Some(Literal {
            texts,
            ignore_case,
            lead,
            tail,
        })
    }
}

impl Phrases {
    /// The regex: what the prefilter reads prefixes from, and the matcher for texts the
    /// automaton cannot serve.
    pub fn regex(&self) -> &Re {
        &self.re
    }

    /// Strings that every match of the list's regex starts with (ASCII case aside), when
    /// the list is literal: each of its strings up to its first space, since a space
    /// matches any run of whitespace. What the prefilter needs, without parsing the regex
    /// (a tenth of the start-up of a one-post run went to parsing the rules' regexes for
    /// their prefixes).
    pub fn prefixes(&self) -> Option<Vec<&str>> {
        let lit = self.literal()?;
        Some(lit.texts.iter().map(|t| t.split(' ').next().unwrap_or(t)).collect())
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
        let Some(lit) = self.literal().filter(|_| doc.ascii_words) else {
            return self.find_by_regex(doc);
        };
        if let Some(hits) = doc.indexed_phrases(self.id) {
            return hits;
        }
        let own = self
            .own
            .get_or_init(|| PhraseIndex::build([(self.id, lit)], lit.ignore_case));
        match own.slot(self.id) {
            Some(slot) => own.find_all(doc).swap_remove(slot),
            None => self.find_by_regex(doc),
        }
    }
}

/// Whether the `\b` that `phrase_regex` puts before (`lead`) and after (`tail`) a
/// phrase holds around `span`: the characters on its two sides differ in being word ones.
fn boundaries_hold(text: &str, span: &Range<usize>, lead: bool, tail: bool) -> bool {
    let is_word = |c: Option<char>| c.is_some_and(regex_syntax::is_word_character);
    let matched = &text[span.clone()];
    let (first, last) = (matched.chars().next(), matched.chars().next_back());
    let (before, after) = (text[..span.start].chars().next_back(), text[span.end..].chars().next());
    let lead_ok = !lead || is_word(before) != is_word(first);
    let tail_ok = !tail || is_word(after) != is_word(last);
    lead_ok && tail_ok
}

/// The regex's `find_iter` over hits (start, rank, end): at the leftmost start, the
/// lowest rank, then on from its end.
fn leftmost_first(mut hits: Vec<(usize, usize, usize)>) -> Vec<Range<usize>> {
    hits.sort_unstable();
    let mut out = Vec::new();
    let mut from = 0;
    for (start, _, end) in hits {
        if start >= from {
            out.push(start..end);
            from = end;
        }
    }
    out
}

/// Every case-insensitive automaton list of a run in one automaton: one pass over a
/// document finds the hits of all of them, so the cost of a text barely grows with the
/// number of phrase rules (ten times the rules, not ten times the time).
#[derive(Debug, Default)]
pub struct PhraseIndex {
    ac: Option<AhoCorasick>,
    /// Per pattern: (slot of its list, rank in its list, lead, tail).
    patterns: Vec<(usize, usize, bool, bool)>,
    /// List id → slot.
    slots: HashMap<usize, usize>,
}

impl PhraseIndex {
    /// The index of the case-insensitive automaton lists among `lists`.
    pub fn new<'a>(lists: impl IntoIterator<Item = &'a Phrases>) -> PhraseIndex {
        let literals = lists
            .into_iter()
            .filter_map(|list| list.literal().filter(|l| l.ignore_case).map(|l| (list.id, l)));
        PhraseIndex::build(literals, true)
    }

    /// One automaton over the strings of `literals` (list id, strings), all matched
    /// with the same case sensitivity.
    fn build<'a>(literals: impl IntoIterator<Item = (usize, &'a Literal)>, ignore_case: bool) -> PhraseIndex {
        let mut index = PhraseIndex::default();
        let mut texts: Vec<&str> = Vec::new();
        for (id, lit) in literals {
            if index.slots.contains_key(&id) {
                continue;
            }
            let slot = index.slots.len();
            index.slots.insert(id, slot);
            for (rank, text) in lit.texts.iter().enumerate() {
                texts.push(text);
                index.patterns.push((slot, rank, lit.lead[rank], lit.tail[rank]));
            }
        }
        index.ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(ignore_case)
            .match_kind(MatchKind::Standard)
            .build(&texts)
            .ok();
        if index.ac.is_none() {
            index.slots.clear();
        }
        index
    }

    /// The slot of list `id`, when this index serves it.
    pub fn slot(&self, id: usize) -> Option<usize> {
        self.slots.get(&id).copied()
    }

    /// Per slot, the matches in `doc.phrase` (the same as each list's `find`).
    pub fn find_all(&self, doc: &Document) -> Vec<Vec<Range<usize>>> {
        let mut hits: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); self.slots.len()];
        if let Some(ac) = &self.ac {
            let squeezed = doc.squeezed();
            for m in ac.find_overlapping_iter(&squeezed.text) {
                let (slot, rank, lead, tail) = self.patterns[m.pattern().as_usize()];
                let span = squeezed.original(m.start())..squeezed.original(m.end());
                if boundaries_hold(&doc.phrase, &span, lead, tail) {
                    hits[slot].push((span.start, rank, span.end));
                }
            }
        }
        hits.into_iter().map(leftmost_first).collect()
    }
}

impl PhraseHits for PhraseIndex {
    fn slot(&self, list: usize) -> Option<usize> {
        PhraseIndex::slot(self, list)
    }

    fn find_all(&self, doc: &Document) -> Vec<Vec<Range<usize>>> {
        PhraseIndex::find_all(self, doc)
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
        for t in [
            "(?:akan )? hadir",
            "s[ae]gera",
            "é",
            "a\\sb",
            " lead",
            "a+",
            "(?i)x",
            "\\bx",
            "^x",
            "x.y",
        ] {
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
