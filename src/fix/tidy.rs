//! Tidying around applied edits: a rewrite or a removal must not leave double spaces, a
//! space before a comma, an orphan comma at the start of a line, or a sentence that
//! starts in lowercase. Only the edit and its immediate neighbourhood (the spaces around
//! it, punctuation right after it, the first letter of the next word) are touched, so
//! the rest of the text stays exactly as written.
use std::ops::Range;

/// Punctuation that never takes a space before it.
fn is_closing(c: char) -> bool {
    matches!(c, ',' | '.' | '!' | '?' | ';' | ':' | ')' | '…')
}

fn is_hspace(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{a0}'
}

/// Whether a word placed right after `before` starts a sentence: start of text, start of
/// a line, or after `.`, `!`, `?` (and, in every case, only spaces in between).
fn starts_sentence(before: &str) -> bool {
    let t = before.trim_end_matches(is_hspace);
    match t.chars().next_back() {
        // A byte-order mark is not text: after it the file begins.
        None | Some('\n' | '\u{feff}') => true,
        Some('.' | '!' | '?') => t.len() < before.len() && !ends_with_abbreviation(t),
        _ => false,
    }
}

/// `Yth.`, `Jl.`, `S.Sos.`: a period that does not end a sentence (the same list that
/// sentence segmentation uses).
fn ends_with_abbreviation(t: &str) -> bool {
    let body = &t[..t.len() - 1];
    let start = body
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    !body[start..].is_empty() && crate::text::segment::is_abbreviation(&body[start..])
}

/// Uppercases the first letter of `s` when it is lowercase (leaves `s` alone otherwise).
fn capitalize_first(s: &str) -> String {
    match s.chars().next() {
        Some(c) if c.is_lowercase() => crate::text::morph::capitalize(s),
        _ => s.to_string(),
    }
}

/// Tidies `text` around each of `landed` (output ranges of applied edits, in text order,
/// not overlapping). Tidying never looks or reaches across a line break that lies outside
/// the edits (see `tidy_one`), so the text is cut at such breaks and each line is tidied on
/// its own: a file of many short paragraphs costs linear time, not one copy per edit.
pub fn tidy(text: &str, landed: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let (mut seg_start, mut first, mut next) = (0, 0, 0);
    for (i, _) in text.match_indices('\n') {
        while next < landed.len() && landed[next].end <= i {
            next += 1;
        }
        if next < landed.len() && landed[next].start <= i {
            continue; // the break is inside an edit
        }
        tidy_segment(&mut out, &text[seg_start..=i], seg_start, &landed[first..next]);
        seg_start = i + 1;
        first = next;
    }
    tidy_segment(&mut out, &text[seg_start..], seg_start, &landed[first..]);
    out
}

/// Tidies one piece of the text (starting at `offset`) around its own edits, from the last
/// back so earlier ranges keep their offsets.
fn tidy_segment(out: &mut String, seg: &str, offset: usize, landed: &[Range<usize>]) {
    if landed.is_empty() {
        out.push_str(seg);
        return;
    }
    let mut piece = seg.to_string();
    for r in landed.iter().rev() {
        piece = tidy_one(&piece, r.start - offset..r.end - offset);
    }
    out.push_str(&piece);
}

fn tidy_one(text: &str, r: Range<usize>) -> String {
    let inner = &text[r.clone()];
    let mut pre = &text[..r.start];
    let mut post = &text[r.end..];
    let space_left = pre.ends_with(is_hspace) || inner.starts_with(is_hspace);
    let space_right = post.starts_with(is_hspace) || inner.ends_with(is_hspace);
    pre = pre.trim_end_matches(is_hspace);
    post = post.trim_start_matches(is_hspace);
    let mid = inner.trim_matches(is_hspace);
    let line_start = pre.is_empty() || pre.ends_with('\n');

    let mut out = String::with_capacity(text.len() + 1);
    if mid.is_empty() {
        // A removal: join what was on either side.
        if line_start {
            // Nothing may dangle at the start of a line: ", warga" → "warga".
            post = post.trim_start_matches([',', ';', ':']).trim_start_matches(is_hspace);
        } else if pre.ends_with([',', ';', ':']) && post.starts_with(is_closing) {
            // "…, ." → "…." : the stronger mark after the gap wins.
            pre = &pre[..pre.len() - 1];
        }
        out.push_str(pre);
        let glue = !line_start && (space_left || space_right) && !post.is_empty() && !post.starts_with(['\n', '\r']);
        if glue && !post.starts_with(is_closing) {
            out.push(' ');
        }
        if starts_sentence(&out) {
            out.push_str(&capitalize_first(post));
        } else {
            out.push_str(post);
        }
        return out;
    }
    out.push_str(pre);
    if space_left && !line_start && !mid.starts_with(is_closing) {
        out.push(' ');
    }
    if starts_sentence(&out) {
        out.push_str(&capitalize_first(mid));
    } else {
        out.push_str(mid);
    }
    if space_right && !post.is_empty() && !post.starts_with(is_closing) && !post.starts_with(['\n', '\r']) {
        out.push(' ');
    }
    out.push_str(post);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tidying line by line must give what tidying the whole text edit by edit gives (the
    /// quadratic way it was done before), on texts built from the pieces tidying reacts to.
    #[test]
    fn line_by_line_equals_whole_text() {
        use proptest::prelude::*;
        let piece = prop::sample::select(vec![
            "a", "kata", " ", "  ", "\n", "\r\n", ",", ", ", ". ", "Jl.", " yth.", "?", "\t", "!", ":",
        ]);
        let case = (
            prop::collection::vec(piece, 0..30),
            prop::collection::vec((0usize..40, 0usize..4), 0..8),
        );
        proptest!(|((parts, cuts) in case)| {
            let text: String = parts.concat();
            // Non-overlapping ranges on char boundaries (the text is ASCII), in order.
            let mut landed: Vec<Range<usize>> = Vec::new();
            let mut at = 0;
            for (gap, len) in cuts {
                let start = (at + gap).min(text.len());
                let end = (start + len).min(text.len());
                // Edits that touch, or are parted by spaces and commas only, can make `tidy_one`
                // eat into the earlier one (a hazard of its own, kept out of this comparison).
                if landed.last().is_some_and(|l| start < l.end || !text[l.end..start].contains(char::is_alphanumeric)) {
                    continue;
                }
                landed.push(start..end);
                at = end;
            }
            let mut whole = text.clone();
            for r in landed.iter().rev() {
                whole = tidy_one(&whole, r.clone());
            }
            prop_assert_eq!(tidy(&text, &landed), whole);
        });
    }

    /// Replaces `what` in `src` with `with` and tidies, as a fix pass would.
    fn fix(src: &str, what: &str, with: &str) -> String {
        let at = src.find(what).unwrap();
        let text = format!("{}{with}{}", &src[..at], &src[at + what.len()..]);
        let landed = at..at + with.len();
        tidy(&text, std::slice::from_ref(&landed))
    }

    #[test]
    fn removal_leaves_no_double_space_or_space_before_comma() {
        assert_eq!(fix("Warga  tersebut , hadir.", "tersebut", ""), "Warga, hadir.");
        assert_eq!(fix("Kami  mohon hadir.", "mohon", ""), "Kami hadir.");
    }

    #[test]
    fn removal_at_line_start_drops_orphan_comma_and_capitalizes() {
        assert_eq!(
            fix("Dengan hormat, warga diundang.", "Dengan hormat", ""),
            "Warga diundang."
        );
        assert_eq!(
            fix("Halo.\nDengan hormat,\nwarga", "Dengan hormat,", ""),
            "Halo.\n\nwarga"
        );
    }

    #[test]
    fn sentence_start_is_capitalized_after_a_period() {
        assert_eq!(fix("Selesai. mohon hadir.", "mohon ", ""), "Selesai. Hadir.");
        assert_eq!(fix("Yth. bapak", "bapak", "warga"), "Yth. warga");
    }

    #[test]
    fn a_byte_order_mark_is_the_start_of_the_text() {
        assert_eq!(
            fix("\u{feff}silahkan antri", "silahkan", "silakan"),
            "\u{feff}Silakan antri"
        );
    }

    #[test]
    fn replacement_keeps_single_spaces_and_punctuation() {
        assert_eq!(
            fix("Peserta wajib membawa KTP.", "wajib membawa", "jangan lupa bawa"),
            "Peserta jangan lupa bawa KTP."
        );
        assert_eq!(fix("kasih atas perhatiannya .", "atas perhatiannya", ""), "kasih.");
        assert_eq!(
            fix("Terima kasih, atas perhatiannya.", "atas perhatiannya", ""),
            "Terima kasih."
        );
    }

    #[test]
    fn text_far_from_the_edit_is_untouched() {
        let src = "  x  y.  wajib z  ";
        assert_eq!(fix(src, "wajib", "jangan lupa"), "  x  y. Jangan lupa z  ");
    }
}
