//! Quoted speech: spans between “curly” or "straight" double quotes. What an official is
//! quoted as saying is not the post's own voice, so imperative rules do not flag it.
use std::ops::Range;

/// Longest stretch (in bytes) treated as one quotation; an unmatched quote mark does not
/// swallow the rest of the post.
const MAX_QUOTE: usize = 1500;

/// Byte ranges of quoted passages in `text`, quote marks included. Straight quotes pair up
/// within a paragraph; curly quotes pair an opening “ with the next ”.
pub fn quoted(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut last_newline = false;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            if last_newline {
                open = None; // a blank line ends the paragraph and any open quote
            }
            last_newline = true;
            continue;
        }
        if !c.is_whitespace() {
            last_newline = false;
        }
        match (open, c) {
            (None, '“') | (None, '"') => open = Some((i, c)),
            (Some((start, '“')), '”') | (Some((start, '"')), '"') => {
                let end = i + c.len_utf8();
                if end - start <= MAX_QUOTE {
                    out.push(start..end);
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// Whether `span` lies wholly inside one of `quotes`.
pub fn inside(span: &Range<usize>, quotes: &[Range<usize>]) -> bool {
    quotes.iter().any(|q| q.start <= span.start && span.end <= q.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_and_straight_quotes() {
        let t = "Kata Bupati: “Warga wajib lapor.” Lalu \"Patuhilah aturan\" katanya.";
        let q = quoted(t);
        assert_eq!(q.len(), 2);
        assert!(t[q[0].clone()].starts_with('“') && t[q[0].clone()].contains("wajib"));
        assert_eq!(&t[q[1].clone()], "\"Patuhilah aturan\"");
        let wajib = t.find("wajib").unwrap();
        assert!(inside(&(wajib..wajib + 5), &q));
        let lalu = t.find("Lalu").unwrap();
        assert!(!inside(&(lalu..lalu + 4), &q));
    }

    #[test]
    fn unmatched_quote_stops_at_paragraph() {
        let t = "Dia bilang \"wajib datang.\n\nPeserta wajib membawa KTP. \"Oke\"";
        let q = quoted(t);
        assert_eq!(q.len(), 1);
        assert_eq!(&t[q[0].clone()], "\"Oke\"");
    }
}
