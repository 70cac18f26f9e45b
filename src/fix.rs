//! Applying edits to a text: non-overlapping edits in one pass; an edit that overlaps an
//! earlier one waits for the next pass (the `fix` command re-lints until stable).
use crate::diagnostic::Edit;

/// The result of one pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub text: String,
    pub applied: usize,
    pub skipped: usize,
}

/// Applies `edits` to `source`. Edits are sorted by position; one that overlaps an edit
/// already taken, or whose range is not on char boundaries, is skipped, never half-applied.
pub fn apply_edits(source: &str, edits: &[Edit]) -> Applied {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(source.len());
    let mut cursor = 0;
    let (mut applied, mut skipped) = (0, 0);
    for e in sorted {
        let valid = e.start >= cursor
            && e.start <= e.end
            && e.end <= source.len()
            && source.is_char_boundary(e.start)
            && source.is_char_boundary(e.end);
        if !valid {
            skipped += 1;
            continue;
        }
        out.push_str(&source[cursor..e.start]);
        out.push_str(&e.text);
        cursor = e.end;
        applied += 1;
    }
    out.push_str(&source[cursor..]);
    Applied {
        text: out,
        applied,
        skipped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(start: usize, end: usize, text: &str) -> Edit {
        Edit {
            start,
            end,
            text: text.into(),
        }
    }

    #[test]
    fn applies_in_order_and_skips_overlaps() {
        let src = "wajib membawa KTP";
        let r = apply_edits(src, &[edit(14, 17, "KK"), edit(0, 13, "bawa"), edit(6, 13, "x")]);
        assert_eq!(r.text, "bawa KK");
        assert_eq!((r.applied, r.skipped), (2, 1));
    }

    #[test]
    fn rejects_edits_off_char_boundaries() {
        let src = "é";
        let r = apply_edits(src, &[edit(1, 2, "x")]);
        assert_eq!(r.text, "é");
        assert_eq!(r.skipped, 1);
    }
}
