//! A copy of a text with every run of whitespace squeezed to one space, and the way back
//! to offsets in the original. Literal phrase matching (`check::literal`) searches it, so
//! that "wajib membawa" written as "wajib\n  membawa" is still one phrase, as a rule
//! regex's `\s+` would have it.
use std::ops::Range;

pub struct Squeezed {
    pub text: String,
    /// Whitespace runs that are not a single ASCII space: (offset of its one space in
    /// `text`, the run's range in the original), in order.
    runs: Vec<(usize, Range<usize>)>,
}

impl Squeezed {
    pub fn new(original: &str) -> Squeezed {
        let mut text = String::with_capacity(original.len());
        let mut runs = Vec::new();
        let mut chars = original.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !c.is_whitespace() {
                text.push(c);
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_whitespace() {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            if !(c == ' ' && end == i + 1) {
                runs.push((text.len(), i..end));
            }
            text.push(' ');
        }
        Squeezed { text, runs }
    }

    /// The original offset of `at`, an offset in `text` that is a char boundary. An offset
    /// right after a squeezed space maps to the end of its run, so a range that starts or
    /// ends on a non-space character maps to exactly the characters it covers.
    pub fn original(&self, at: usize) -> usize {
        let i = self.runs.partition_point(|(pos, _)| *pos < at);
        // Runs strictly before `at`: the last one decides the shift.
        match i.checked_sub(1).map(|k| &self.runs[k]) {
            None => at,
            Some((pos, run)) => run.end + (at - pos - 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_squeeze_and_map_back() {
        let src = "Wajib\r\n  membawa\u{a0}KTP ya.\t\tOke";
        let s = Squeezed::new(src);
        assert_eq!(s.text, "Wajib membawa KTP ya. Oke");
        let map = |a: &str| {
            let at = s.text.find(a).unwrap();
            &src[s.original(at)..s.original(at + a.len())]
        };
        assert_eq!(map("Wajib membawa"), "Wajib\r\n  membawa");
        assert_eq!(map("membawa KTP"), "membawa\u{a0}KTP");
        assert_eq!(map("KTP ya"), "KTP ya");
        assert_eq!(map("Oke"), "Oke");
        assert_eq!(s.original(0), 0);
        assert_eq!(s.original(s.text.len()), src.len());
    }
}
