//! A text prepared for checking: the untouched source plus same-length views (prose,
//! phrases), lines, sentences, words and paragraphs, all as byte ranges into the source.
use super::directive::Suppressions;
use super::mask::{self, Format};
use super::segment;
use crate::model::span::{LineCol, LineIndex};
use std::ops::Range;

/// Where a document takes the hits of the run's phrase lists from: one automaton over every
/// list (`check::literal::PhraseIndex`), searched once per document. A trait, so that the
/// text layer does not depend on the checks that build it.
pub trait PhraseHits {
    /// The slot of phrase list `list` in `find_all`'s answer, when this source serves it.
    fn slot(&self, list: usize) -> Option<usize>;
    /// Per slot, the matches in `doc.phrase`.
    fn find_all(&self, doc: &Document) -> Vec<Vec<Range<usize>>>;
}

pub struct Document<'a> {
    pub source: &'a str,
    pub format: Format,
    /// Source with non-prose (Markdown syntax, code, comments, link targets) blanked.
    pub prose: String,
    /// Prose with URLs, e-mail addresses, @mentions and #hashtags blanked too:
    /// what phrase rules search.
    pub phrase: String,
    pub lines: LineIndex,
    pub sentences: Vec<Range<usize>>,
    pub paragraphs: Vec<Range<usize>>,
    pub words: Vec<Range<usize>>,
    pub suppressions: Suppressions,
    /// Quoted speech (see `text::quote`): not the post's own voice.
    pub quoted: Vec<Range<usize>>,
    /// Whether `phrase` has no non-ASCII word character, so rule regexes may run through
    /// their fast twin (see `text::re`).
    pub ascii_words: bool,
    /// `phrase` with whitespace runs squeezed, made on first use (see `check::literal`).
    squeezed: std::cell::OnceCell<super::squeeze::Squeezed>,
    /// The run's phrase automaton, and its hits in this document, found on first use.
    phrase_index: Option<&'a dyn PhraseHits>,
    phrase_hits: std::cell::OnceCell<Vec<Vec<Range<usize>>>>,
}

impl<'a> Document<'a> {
    pub fn new(source: &'a str, format: Format) -> Self {
        let prose = mask::prose(source, format);
        let phrase = mask::phrases(&prose);
        let lines = LineIndex::new(source);
        let sentences = segment::sentences(&prose);
        let paragraphs = segment::paragraphs(&prose);
        let words = segment::words(&prose);
        let suppressions = Suppressions::parse(source, &lines);
        let quoted = super::quote::quoted(&prose);
        let ascii_words = super::re::ascii_words(&phrase);
        Document {
            source,
            format,
            prose,
            phrase,
            lines,
            sentences,
            paragraphs,
            words,
            suppressions,
            quoted,
            ascii_words,
            squeezed: std::cell::OnceCell::new(),
            phrase_index: None,
            phrase_hits: std::cell::OnceCell::new(),
        }
    }

    /// Lets phrase lists served by `index` take their hits from one pass of it.
    pub fn with_phrase_index(mut self, index: &'a dyn PhraseHits) -> Self {
        self.phrase_index = Some(index);
        self
    }

    /// The matches of phrase list `id` from the run's phrase automaton, when it serves it.
    pub fn indexed_phrases(&self, id: usize) -> Option<Vec<Range<usize>>> {
        let index = self.phrase_index?;
        let slot = index.slot(id)?;
        let hits = self.phrase_hits.get_or_init(|| index.find_all(self));
        Some(hits[slot].clone())
    }

    /// `phrase` with every whitespace run squeezed to one space.
    pub fn squeezed(&self) -> &super::squeeze::Squeezed {
        self.squeezed
            .get_or_init(|| super::squeeze::Squeezed::new(&self.phrase))
    }

    /// The flavour of `re` to search `phrase` with (see `text::re`).
    pub fn regex<'r>(&self, re: &'r super::re::Re) -> &'r regex::Regex {
        re.pick(self.ascii_words)
    }

    pub fn line_col(&self, offset: usize) -> LineCol {
        self.lines.line_col(self.source, offset)
    }

    /// Number of words inside `range`.
    pub fn word_count(&self, range: &Range<usize>) -> usize {
        let first = self.words.partition_point(|w| w.start < range.start);
        let last = self.words.partition_point(|w| w.start < range.end);
        last - first
    }

    /// The sentence that contains byte `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<Range<usize>> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        self.sentences.get(i).filter(|s| s.start <= at).cloned()
    }

    /// Whether `at` is the first word of its sentence (so a rewrite must start with a capital).
    pub fn starts_sentence(&self, at: usize) -> bool {
        self.sentence_at(at)
            .is_some_and(|s| self.prose[s.start..at].chars().all(|c| !c.is_alphanumeric()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_keep_offsets() {
        let src = "# Info\n\nPeserta **wajib** membawa KTP. Cek https://x.id ya.\n";
        let doc = Document::new(src, Format::Markdown);
        assert_eq!(doc.prose.len(), src.len());
        assert_eq!(doc.phrase.len(), src.len());
        let at = src.find("wajib").unwrap();
        assert_eq!(&doc.phrase[at..at + 5], "wajib");
        assert_eq!(doc.sentences.len(), 3);
        assert!(doc.starts_sentence(src.find("Peserta").unwrap()));
        assert!(!doc.starts_sentence(at));
        let s = doc.sentence_at(at).unwrap();
        assert_eq!(doc.word_count(&s), 4);
        // A hard-wrapped Markdown paragraph is one sentence; list items are not.
        let md = "Pendaftaran dibuka\nsampai 30 Juni.\n\n- satu\n- dua\n";
        let doc = Document::new(md, Format::Markdown);
        let s: Vec<&str> = doc.sentences.iter().map(|r| &md[r.clone()]).collect();
        assert_eq!(s, vec!["Pendaftaran dibuka\nsampai 30 Juni.", "satu", "dua"]);
    }
}
