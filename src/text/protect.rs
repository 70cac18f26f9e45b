//! Protected names: the name of a document, regulation, programme or event ("Daftar Isian
//! Pelaksanaan Anggaran (DIPA)", "Peraturan Presiden tentang Percepatan Penurunan
//! Stunting", "Lomba Implementasi Inovasi Pelayanan Publik") is what it is called: the
//! writer cannot make it warmer, so word rules do not flag inside it (rewrite-guide §5.1).
//!
//! A name is a run of Title-Case words (numbers and a few lowercase joiners such as
//! "tentang", "dan", "antar-RW" may sit inside; it ends on a capitalised word or number,
//! and takes a bracketed acronym right after it), and either
//! - opens with a head word of `data/gazetteer/name-heads.txt` (Program, Surat, Peraturan,
//!   Lomba, Gerakan, Hari …) and holds two or more capitalised words, or
//! - holds three or more capitalised words and follows a lowercase word of the same
//!   sentence ("ikut Sinergi Bersih Kali Bening"): a proper name in mid-sentence.
//!
//! A run that fills its whole line is a headline ("Dinsos Gelar Pelatihan Kader
//! Posyandu"), not a name, and is never protected: headline rules judge it.
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

const HEADS: &str = include_str!("../../data/gazetteer/name-heads.txt");

/// Lowercase words that may join the capitalised words of one name.
const JOINERS: &[&str] = &[
    "tentang", "dan", "bagi", "untuk", "di", "ke", "dari", "atas", "pada", "serta", "antar", "se", "dalam", "yang",
];

/// The head words, from the gazetteer list (comment and section lines skipped).
fn heads() -> &'static [&'static str] {
    static H: OnceLock<Vec<&'static str>> = OnceLock::new();
    H.get_or_init(|| {
        HEADS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Tok {
    /// Capitalised word, acronym or number.
    Cap,
    Joiner,
    /// Any other lowercase word.
    Lower,
}

fn tok_kind(word: &str) -> Tok {
    let first = word.chars().next().unwrap_or(' ');
    if first.is_uppercase() || first.is_ascii_digit() {
        Tok::Cap
    } else if JOINERS.contains(&word) || word.starts_with("antar-") || word.starts_with("se-") {
        Tok::Joiner
    } else {
        Tok::Lower
    }
}

/// The protected names of a text, and the acronyms spelled out by a name right before them.
#[derive(Debug, Default)]
pub struct Protected {
    pub names: Vec<Range<usize>>,
    /// "DIPA" in "Daftar Isian Pelaksanaan Anggaran (DIPA)": explained where it stands.
    pub explained: Vec<Range<usize>>,
}

/// Byte ranges of protected names in `text` (a prose view of the post).
pub fn names(text: &str) -> Vec<Range<usize>> {
    protected(text).names
}

/// The protected names of `text` (a prose view of the post) and their bracketed acronyms.
pub fn protected(text: &str) -> Protected {
    static WORD: OnceLock<Regex> = OnceLock::new();
    let word = WORD.get_or_init(|| Regex::new(r"[\p{L}\p{N}][\p{L}\p{N}\-'’/]*").expect("valid word regex"));
    let words: Vec<(Range<usize>, Tok)> = word
        .find_iter(text)
        .map(|m| (m.range(), tok_kind(m.as_str())))
        .collect();
    let mut out = Protected::default();
    let mut i = 0;
    while i < words.len() {
        if words[i].1 != Tok::Cap {
            i += 1;
            continue;
        }
        // Extend the run over words joined by horizontal space only.
        let mut j = i;
        let mut last_cap = i;
        while j + 1 < words.len()
            && words[j + 1].1 != Tok::Lower
            && only_spaces(&text[words[j].0.end..words[j + 1].0.start])
        {
            j += 1;
            if words[j].1 == Tok::Cap {
                last_cap = j;
            }
        }
        // A sentence's first word is capitalised anyway ("Ikut Lomba Kebersihan …"): a
        // name may open at a head word further in the run.
        if !heads().contains(&&text[words[i].0.clone()]) {
            if let Some(h) = (i + 1..last_cap).find(|&h| heads().contains(&&text[words[h].0.clone()])) {
                i = h;
            }
        }
        let caps = words[i..=last_cap].iter().filter(|w| w.1 == Tok::Cap).count();
        let first = &text[words[i].0.clone()];
        let after_lower =
            i > 0 && words[i - 1].1 != Tok::Cap && only_spaces(&text[words[i - 1].0.end..words[i].0.start]);
        let headed = caps >= 2 && heads().contains(&first);
        if headed || (caps >= 3 && after_lower) {
            let name_end = words[last_cap].0.end;
            let span = words[i].0.start..with_acronym(text, name_end);
            if !fills_line(text, &span) {
                if span.end > name_end {
                    let close = span.end - 1;
                    let open = text[..close].rfind('(').map_or(close, |p| p + 1);
                    out.explained.push(open..close);
                }
                out.names.push(span);
            }
        }
        i = last_cap + 1;
    }
    out
}

fn only_spaces(gap: &str) -> bool {
    !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\t' || c == '\u{a0}')
}

/// `end`, moved past a bracketed acronym right after the name: "… Anggaran (DIPA)".
fn with_acronym(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    let Some(body) = trimmed.strip_prefix('(') else {
        return end;
    };
    match body.find(')') {
        Some(close) if close <= 12 && body[..close].chars().all(|c| c.is_uppercase() || c == '-') && close > 0 => {
            end + (rest.len() - trimmed.len()) + 1 + close + 1
        }
        _ => end,
    }
}

/// Whether `span` is all there is on its line, apart from punctuation and space.
fn fills_line(text: &str, span: &Range<usize>) -> bool {
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[span.end..].find('\n').map_or(text.len(), |i| span.end + i);
    let bare = |s: &str| s.chars().all(|c| !c.is_alphanumeric());
    bare(&text[line_start..span.start]) && bare(&text[span.end..line_end])
}

/// Whether `span` lies wholly inside one of `names`.
pub fn inside(span: &Range<usize>, names: &[Range<usize>]) -> bool {
    names.iter().any(|n| n.start <= span.start && span.end <= n.end)
}

#[cfg(test)]
#[path = "protect_tests.rs"]
mod tests;
