//! Sentences, words and paragraphs as byte ranges, with Indonesian abbreviations
//! (Yth., No., Jl., dr., S.Sos., dll.) that do not end a sentence.
use std::borrow::Cow;
use std::ops::Range;

/// Abbreviations written with a final period that never end a sentence in Indonesian
/// official writing. Checked case-sensitively where case matters (`dr.` the doctor vs
/// `Dr.` the doctorate are both listed), ASCII-case-insensitively for the rest.
const ABBREVIATIONS: &[&str] = &[
    "yth", "no", "nomor", "jl", "jln", "kab", "kec", "kel", "ds", "dr", "drs", "dra", "ir", "h", "hj", "prof", "st",
    "sos", "si", "sh", "se", "mh", "mm", "mpd", "spd", "skm", "ssos", "msi", "dll", "dsb", "dst", "tsb", "a.n", "u.p",
    "an", "up", "rp", "tel", "telp", "hp", "wa", "tgl", "pk", "bpk", "ibu", "sdr", "sdri", "kel", "rt", "rw", "ikk",
    "s.sos", "m.si", "s.e", "s.h", "m.h", "m.m", "s.pd", "m.pd", "s.i.k", "s.kom", "s.t", "m.t", "s.ip", "m.ap", "hlm",
    "no.telp", "vol", "jend", "kol", "brigjen", "kompol", "akbp", "ipda", "iptu", "aiptu", "bripka",
];

pub fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
        // Single capital letters are initials ("H. Ahmad", "M. Nur").
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

/// The word that ends right before the final `.` of `sentence`, dots inside kept (`S.Sos`).
fn last_token_before_period(sentence: &str) -> Option<&str> {
    let trimmed = sentence.trim_end();
    let body = trimmed.strip_suffix('.')?;
    let start = body
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = &body[start..];
    (!token.is_empty()).then_some(token)
}

/// Sentence ranges of `text` (a prose view: in Markdown, soft line breaks are already
/// spaces, so a line break here always ends a sentence, as in a social-media caption).
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut pending: Option<Range<usize>> = None;
    for (start, s) in super::uax29::sentence_bounds(text) {
        let range = start..start + s.len();
        let merged = match pending.take() {
            Some(p) => p.start..range.end,
            None => range,
        };
        let piece = &text[merged.clone()];
        let ends_line = piece.ends_with('\n');
        match last_token_before_period(piece) {
            Some(tok) if !ends_line && is_abbreviation(tok) => pending = Some(merged),
            _ => out.push(merged),
        }
    }
    out.extend(pending);
    // Trim each sentence to its visible text; drop the ones that hold nothing but space
    // or punctuation (Instagram's lone "." lines).
    out.into_iter()
        .filter_map(|r| trim_range(text, r))
        .filter(|r| text[r.clone()].chars().any(char::is_alphanumeric))
        .collect()
}

/// `range` without leading and trailing whitespace, or None when nothing is left.
pub fn trim_range(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    let r = range.start + lead..range.end - trail;
    (r.start < r.end).then_some(r)
}

/// Word ranges: runs of letters and digits as Unicode word segmentation (UAX #29) finds
/// them (see `uax29` for how).
pub fn words(text: &str) -> Vec<Range<usize>> {
    super::uax29::words(text)
}

/// `word` lower-cased, borrowed when it already is (most words of most posts): the
/// score and the language guess look at every word of every text, and a `String` per
/// word was a tenth of the time of a 1,000-post run and most of the memory on a 10 MB
/// file (docs/PERFORMANCE.md). The same as `to_lowercase`.
pub fn lowercase(word: &str) -> Cow<'_, str> {
    if !word.is_ascii() {
        Cow::Owned(word.to_lowercase())
    } else if word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Paragraph ranges: blocks separated by blank lines, trimmed.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (false, None) => start = Some(offset),
            (true, Some(s)) => {
                out.extend(trim_range(text, s..offset));
                start = None;
            }
            _ => {}
        }
        offset += line.len();
    }
    if let Some(s) = start {
        out.extend(trim_range(text, s..text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(t: &'a str, rs: &[Range<usize>]) -> Vec<&'a str> {
        rs.iter().map(|r| &t[r.clone()]).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let t = "Yth. Bapak H. Ahmad, S.Sos., M.Si. hadir di Jl. Pemuda No. 5 Kec. Magelang Utara. Bawa KTP, KK, dll. ke kantor. Terima kasih!";
        let s = texts(t, &sentences(t));
        assert_eq!(s.len(), 3, "{s:#?}");
        assert!(s[0].starts_with("Yth.") && s[0].ends_with("Utara."));
        assert_eq!(s[2], "Terima kasih!");
    }

    #[test]
    fn line_breaks_end_sentences() {
        let t = "Pendaftaran dibuka\nsampai 30 Juni\n\nYuk daftar";
        assert_eq!(sentences(t).len(), 3);
    }

    #[test]
    fn punctuation_only_lines_are_not_sentences() {
        let t = "Satu.\n.\n.\nDua.";
        assert_eq!(texts(t, &sentences(t)), vec!["Satu.", "Dua."]);
    }

    #[test]
    fn words_and_paragraphs() {
        let t = "Yuk, daftar 🙏 di kelurahan!\n\n  \nAda pertanyaan?";
        assert_eq!(
            texts(t, &words(t)),
            vec!["Yuk", "daftar", "di", "kelurahan", "Ada", "pertanyaan"]
        );
        assert_eq!(
            texts(t, &paragraphs(t)),
            vec!["Yuk, daftar 🙏 di kelurahan!", "Ada pertanyaan?"]
        );
    }
}
