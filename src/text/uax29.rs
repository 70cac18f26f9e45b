//! Unicode word and sentence segmentation (UAX #29) with an ASCII fast path: the text is
//! cut where the standard always breaks, and each ASCII piece is segmented by the few
//! rules that can apply to ASCII instead of by the Unicode tables, which were a fifth of
//! the time of linting a post (docs/PERFORMANCE.md). Other pieces go to the
//! `unicode-segmentation` crate as before. `tests` checks both against the crate run on
//! the whole text, on every example post and on generated text.
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// Word ranges of `text` (segments with a letter or a digit).
///
/// Cut at ASCII whitespace: UAX #29 always breaks before a space, tab or line break and
/// never puts one inside a word (no rule joins one to a letter or digit; what follows it
/// can only lengthen the non-word segment it starts), so the words of the whole text are
/// the words of the pieces between.
pub fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        if bytes[start].is_ascii_whitespace() {
            start += 1;
            continue;
        }
        let end = bytes[start..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(bytes.len(), |n| start + n);
        let piece = &text[start..end];
        if piece.is_ascii() {
            ascii_words(piece.as_bytes(), start, &mut out);
        } else {
            out.extend(unicode_words(piece).map(|r| start + r.start..start + r.end));
        }
        start = end;
    }
    out
}

/// Word segmentation of the whole of `text` by the crate.
fn unicode_words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    text.unicode_word_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphabetic) || w.chars().any(char::is_numeric))
        .map(|(i, w)| i..i + w.len())
}

/// The words of an ASCII `text` without whitespace, by the rules that can apply to ASCII:
/// letters, digits and `_` join (WB5, WB8–10, WB13a–b); `:` `.` `'` join two letters
/// (WB6–7); `,` `;` `.` `'` join two digits (WB11–12); anything else breaks (WB999). A
/// segment is a word when it has a letter or a digit (not only `_`).
fn ascii_words(text: &[u8], base: usize, out: &mut Vec<Range<usize>>) {
    let joins = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    while i < text.len() {
        if !joins(text[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut alnum = false;
        loop {
            alnum |= text[i] != b'_';
            match (text[i], text.get(i + 1).copied(), text.get(i + 2).copied()) {
                (_, Some(next), _) if joins(next) => i += 1,
                (p, Some(b':' | b'.' | b'\''), Some(q)) if p.is_ascii_alphabetic() && q.is_ascii_alphabetic() => i += 2,
                (p, Some(b',' | b';' | b'.' | b'\''), Some(q)) if p.is_ascii_digit() && q.is_ascii_digit() => i += 2,
                _ => break,
            }
        }
        if alnum {
            out.push(base + start..base + i + 1);
        }
        i += 1;
    }
}

/// The sentence segments of `text` with their offsets, as `split_sentence_bound_indices`
/// gives them.
///
/// Cut after each line feed: UAX #29 always breaks after a paragraph separator (SB4) and
/// no rule looks past one (SB8's look-ahead stops at it), so each line is segmented on
/// its own. A line that is ASCII with no lone carriage return goes through
/// `ascii_sentences`.
pub fn sentence_bounds(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let lone_cr = line
            .bytes()
            .enumerate()
            .any(|(i, b)| b == b'\r' && line.as_bytes().get(i + 1) != Some(&b'\n'));
        if line.is_ascii() && !lone_cr {
            let mut from = 0;
            for end in ascii_sentences(line.as_bytes()) {
                out.push((start + from, &line[from..end]));
                from = end;
            }
        } else {
            out.extend(line.split_sentence_bound_indices().map(|(i, s)| (start + i, s)));
        }
        start += line.len();
    }
    out
}

/// Where the sentences of one ASCII line (at most one `\n`, at its end; `\r` only before
/// it) end, the line's end last. The rules that can apply: after a terminator (`.` `!` `?`)
/// and any closing punctuation and spaces (SB9–10) and the line break (SB11) comes a
/// break, unless `.` is followed by a digit (SB6), stands between a letter and a capital
/// (SB7), or is followed, past anything but letters and terminators, by a lower-case
/// letter (SB8); or the terminator is followed by a `,` `-` `:` `;` or another terminator
/// (SB8a). Nothing else breaks (SB998).
fn ascii_sentences(line: &[u8]) -> Vec<usize> {
    let term = |b: u8| matches!(b, b'.' | b'!' | b'?');
    let close = |b: u8| matches!(b, b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}');
    let space = |b: u8| matches!(b, b' ' | b'\t' | 0x0b | 0x0c);
    let sep = |b: u8| matches!(b, b'\r' | b'\n');
    let n = line.len();
    let mut ends = Vec::new();
    let mut i = 0;
    while i < n {
        if !term(line[i]) {
            i += 1;
            continue;
        }
        let next = line.get(i + 1).copied();
        let mut m = i + 1;
        while m < n && close(line[m]) {
            m += 1;
        }
        while m < n && space(line[m]) {
            m += 1;
        }
        let period = line[i] == b'.';
        let sb6 = period && next.is_some_and(|b| b.is_ascii_digit());
        let sb7 = period && i > 0 && line[i - 1].is_ascii_alphabetic() && next.is_some_and(|b| b.is_ascii_uppercase());
        let sb8 = period
            && line[m..]
                .iter()
                .find(|&&b| b.is_ascii_alphabetic() || sep(b) || term(b))
                .is_some_and(|b| b.is_ascii_lowercase());
        let sb8a = line
            .get(m)
            .is_some_and(|&b| matches!(b, b',' | b'-' | b':' | b';') || term(b));
        if sb6 || sb7 || sb8 || sb8a {
            i += 1;
            continue;
        }
        // SB9–11: the closing punctuation, spaces and line break stay with the sentence.
        while m < n && sep(line[m]) {
            m += 1;
        }
        if m < n {
            ends.push(m);
        }
        i = m;
    }
    ends.push(n);
    ends
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_piece_by_piece_agree_with_segmenting_the_whole_text() {
        for text in crate::text::samples::all() {
            let whole: Vec<_> = unicode_words(&text).collect();
            assert_eq!(words(&text), whole, "{text:?}");
        }
        for t in [
            "a.b a..b 1.a a.1 3,5 3;5 a,b a:b 1:2 a'b 1'2 _ __a a_ x_y 1_2 a_.b 'a a' :a a:",
            "a\u{a0}b:c",
        ] {
            assert_eq!(words(t), unicode_words(t).collect::<Vec<_>>(), "{t:?}");
        }
    }

    #[test]
    fn sentences_line_by_line_agree_with_segmenting_the_whole_text() {
        let mut texts = crate::text::samples::all();
        texts.extend(
            [
                "Dia pergi. Lalu pulang.",
                "Harga Rp 1.500. Bayar ya.",
                "U.S. Army. e.g. ini. etc.) lalu",
                "Apa?! Ya... tentu. \"Benar.\" (Betul.) Oke",
                "Tanya? ya. Jawab!, lalu: Selesai.\r\nBaru.\rLagi.  \n\nAkhir",
                "a.B a. B a.\tb 3.5 x.) y . , z",
            ]
            .map(String::from),
        );
        for text in texts {
            let whole: Vec<_> = text.split_sentence_bound_indices().collect();
            assert_eq!(sentence_bounds(&text), whole, "{text:?}");
        }
    }
}
