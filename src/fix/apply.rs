//! Applying edits to a text: non-overlapping edits in one pass; an edit (or a whole
//! suggestion) that overlaps one already taken waits for the next pass, since the
//! `fix` command re-lints until stable.
use crate::model::Edit;
use std::collections::BTreeMap;
use std::ops::Range;

/// The result of one pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub text: String,
    pub applied: usize,
    pub skipped: usize,
}

/// The result of applying whole fixes: which groups were taken, and where each taken
/// edit's text landed in the output (what `tidy` looks at).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedGroups {
    pub text: String,
    /// Indexes into the `groups` argument, in the order given.
    pub taken: Vec<usize>,
    /// Output ranges of the inserted texts, in text order.
    pub landed: Vec<Range<usize>>,
}

/// Applies `edits` to `source` one by one: an edit that overlaps one already taken, or
/// whose range is not on char boundaries, is skipped, never half-applied.
pub fn apply_edits(source: &str, edits: &[Edit]) -> Applied {
    let groups: Vec<&[Edit]> = edits.iter().map(std::slice::from_ref).collect();
    let r = apply_groups(source, &groups);
    Applied {
        text: r.text,
        applied: r.taken.len(),
        skipped: edits.len() - r.taken.len(),
    }
}

fn valid(source: &str, e: &Edit) -> bool {
    e.start <= e.end && e.end <= source.len() && source.is_char_boundary(e.start) && source.is_char_boundary(e.end)
}

/// Two edits conflict when their ranges overlap, or when both insert at the same point
/// (their order would be a guess). Touching ranges (`a.end == b.start`) do not conflict.
fn conflict(a: &Edit, b: &Edit) -> bool {
    (a.start < b.end && b.start < a.end) || (a.start == b.start && (a.start == a.end || b.start == b.end))
}

/// Applies groups of edits (one group per suggestion) all-or-nothing, earliest group
/// first: a group with an invalid edit, or one that conflicts with an edit already taken
/// (or with itself), is left for the next pass.
pub fn apply_groups(source: &str, groups: &[&[Edit]]) -> AppliedGroups {
    let mut order: Vec<usize> = (0..groups.len()).filter(|&i| !groups[i].is_empty()).collect();
    order.sort_by_key(|&i| {
        let g = groups[i];
        (g.iter().map(|e| e.start).min(), g.iter().map(|e| e.end).max(), i)
    });
    // The edits taken so far, by (start, end): they never conflict, so sorted by start
    // they are sorted by end too, and only the few just before an edit's end can touch it.
    let mut chosen: BTreeMap<(usize, usize), &Edit> = BTreeMap::new();
    let clashes = |chosen: &BTreeMap<(usize, usize), &Edit>, e: &Edit| {
        chosen
            .range(..=(e.end, usize::MAX))
            .rev()
            .take_while(|(_, o)| o.end >= e.start)
            .any(|(_, o)| conflict(e, o))
    };
    let mut taken = Vec::new();
    for i in order {
        let g = groups[i];
        let ok = g.iter().all(|e| valid(source, e))
            && g.iter()
                .enumerate()
                .all(|(k, e)| g[..k].iter().all(|o| !conflict(e, o)))
            && g.iter().all(|e| !clashes(&chosen, e));
        if ok {
            chosen.extend(g.iter().map(|e| ((e.start, e.end), e)));
            taken.push(i);
        }
    }
    taken.sort_unstable();
    let chosen = chosen.into_values();
    let mut text = String::with_capacity(source.len());
    let mut landed = Vec::with_capacity(chosen.len());
    let mut cursor = 0;
    for e in chosen {
        text.push_str(&source[cursor..e.start]);
        landed.push(text.len()..text.len() + e.text.len());
        text.push_str(&e.text);
        cursor = e.end;
    }
    text.push_str(&source[cursor..]);
    AppliedGroups { text, taken, landed }
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

    #[test]
    fn groups_are_all_or_nothing() {
        let src = "abcdefghij";
        let a = [edit(0, 1, "A"), edit(8, 9, "I")];
        let b = [edit(4, 5, "E"), edit(8, 10, "IJ")];
        let r = apply_groups(src, &[&a, &b]);
        assert_eq!(r.text, "AbcdefghIj");
        assert_eq!(r.taken, vec![0]);
        assert_eq!(r.landed, vec![0..1, 8..9]);
    }

    #[test]
    fn touching_edits_both_apply_but_two_inserts_at_one_point_do_not() {
        let r = apply_edits("abcd", &[edit(0, 2, "X"), edit(2, 4, "Y")]);
        assert_eq!(r.text, "XY");
        let r = apply_edits("ab", &[edit(1, 1, "X"), edit(1, 1, "Y")]);
        assert_eq!((r.text.as_str(), r.applied), ("aXb", 1));
    }
}
