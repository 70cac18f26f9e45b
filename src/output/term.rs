//! Text from posts and file names made safe for a terminal: a post (or a file name) may hold
//! ESC sequences, a lone CR or other control characters that would move the cursor, recolour
//! or rewrite the screen; the human formats print them escaped (`\u{1b}`, `\r`) instead.
use std::borrow::Cow;

/// Whether `c` would act on a terminal rather than show: C0 and C1 controls and DEL (tab
/// and line feed excepted, where the caller keeps them), and the bidirectional overrides
/// and isolates that can make shown text read differently from what it is.
fn acts(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` with every character that would act on a terminal escaped; borrowed when clean.
pub fn printable(s: &str) -> Cow<'_, str> {
    if !s.chars().any(acts) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if acts(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `printable`, with line feeds escaped too: for what must stay on one line (a path, a
/// compact finding).
pub fn one_line(s: &str) -> Cow<'_, str> {
    match printable(s) {
        Cow::Borrowed(b) if !b.contains('\n') => Cow::Borrowed(b),
        p => Cow::Owned(p.replace('\n', "\\n")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped_and_clean_text_is_borrowed() {
        assert!(matches!(printable("Yuk, daftar 🙏"), Cow::Borrowed(_)));
        assert_eq!(printable("a\u{1b}[2Jb\rc\td"), "a\\u{1b}[2Jb\\rc\td");
        assert_eq!(printable("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(one_line("a\nb\u{7}"), "a\\nb\\u{7}");
    }
}
