//! HTML escaping and the inline highlighting of one draft: findings are byte spans that may
//! overlap, so the text is cut at every span edge into flat segments, each marked with all
//! the findings that cover it. Nothing nests, no tag is ever left open, and every cut is on
//! a character boundary, whatever spans a rule (or a future bug) hands us.
use crate::model::Severity;
use std::fmt::Write as _;

/// Escapes text for element content and for double-quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // A stray NUL or other control byte would make the page invalid; show nothing.
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// One finding as the highlighter needs it.
pub struct Mark {
    pub span: std::ops::Range<usize>,
    pub severity: Severity,
    /// Sentence- or document-wide findings are underlined rather than filled, so the phrase
    /// findings inside them stay visible.
    pub wide: bool,
    /// Tooltip content, already HTML.
    pub tip: String,
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Writes `source` as HTML with every mark highlighted. Finding `k` (0-based) gets the
/// anchor `{id_prefix}-f{k+1}` on its first segment, and a numbered link to the findings
/// list (`{id_prefix}-l{k+1}`) where it ends, so a printed page still ties text to list.
pub fn highlight(out: &mut String, source: &str, marks: &[Mark], id_prefix: &str) {
    let spans: Vec<(usize, usize)> = marks
        .iter()
        .map(|m| {
            let start = floor_boundary(source, m.span.start);
            (start, ceil_boundary(source, m.span.end).max(start))
        })
        .collect();
    let mut cuts: Vec<usize> = spans.iter().flat_map(|&(s, e)| [s, e]).collect();
    cuts.extend([0, source.len()]);
    cuts.sort_unstable();
    cuts.dedup();

    // Sweep over the cuts with the set of findings open at each segment.
    let mut by_start: Vec<usize> = (0..marks.len()).collect();
    by_start.sort_by_key(|&k| (spans[k].0, k));
    let mut by_end: Vec<usize> = (0..marks.len()).collect();
    by_end.sort_by_key(|&k| (spans[k].1, k));
    let mut ends = by_end.iter().peekable();
    let mut badges = |out: &mut String, at: usize| {
        // Every end is a cut, so walking the cuts in order meets each end exactly once.
        while let Some(&&k) = ends.peek().filter(|&&&k| spans[k].1 == at) {
            let n = k + 1;
            // An empty span has no segment to carry its anchor: the number carries it.
            let anchor = if spans[k].0 == at {
                format!(" id=\"{id_prefix}-f{n}\"")
            } else {
                String::new()
            };
            let _ = write!(out, "<a class=\"n\"{anchor} href=\"#{id_prefix}-l{n}\">{n}</a>");
            ends.next();
        }
    };
    let mut next = 0;
    let mut active: Vec<usize> = Vec::new();
    let mut anchored = vec![false; marks.len()];
    for pair in cuts.windows(2) {
        let (from, to) = (pair[0], pair[1]);
        active.retain(|&k| spans[k].1 > from);
        badges(out, from);
        while next < by_start.len() && spans[by_start[next]].0 == from {
            let k = by_start[next];
            if spans[k].1 > from {
                active.push(k);
            }
            next += 1;
        }
        active.sort_unstable();
        let text = escape(&source[from..to]);
        if active.is_empty() {
            out.push_str(&text);
            continue;
        }
        segment(out, marks, &active, &mut anchored, id_prefix, &text);
    }
    badges(out, source.len());
}

fn segment(out: &mut String, marks: &[Mark], active: &[usize], anchored: &mut [bool], id: &str, text: &str) {
    let worst = |wide: bool| {
        active
            .iter()
            .filter(|&&k| marks[k].wide == wide)
            .map(|&k| marks[k].severity)
            .max()
    };
    let mut class = String::from("hl");
    if let Some(s) = worst(false) {
        let _ = write!(class, " fill-{}", s.as_str());
    }
    if let Some(s) = worst(true) {
        let _ = write!(class, " line-{}", s.as_str());
    }
    // Empty anchors before the mark: several findings may start in one segment, and an
    // element has only one id.
    for &k in active {
        if !anchored[k] {
            let _ = write!(out, "<span id=\"{id}-f{}\"></span>", k + 1);
            anchored[k] = true;
        }
    }
    let _ = write!(
        out,
        "<mark class=\"{class}\" tabindex=\"0\">{text}<span class=\"tip\" role=\"tooltip\">"
    );
    for &k in active {
        let _ = write!(out, "<span class=\"tip-item\">{}</span>", marks[k].tip);
    }
    out.push_str("</span></mark>");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(span: std::ops::Range<usize>, wide: bool) -> Mark {
        Mark {
            span,
            severity: Severity::Warning,
            wide,
            tip: "t".into(),
        }
    }

    fn strip_tips(html: &str) -> String {
        let re = regex::Regex::new(r#"<span class="tip".*?</span></span>|<a class="n"[^>]*>\d+</a>|<[^>]+>"#).unwrap();
        re.replace_all(html, "").into_owned()
    }

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(escape(r#"<b a="x">&'"#), "&lt;b a=&quot;x&quot;&gt;&amp;&#39;");
        assert_eq!(escape("a\u{0}b\nc"), "ab\nc");
    }

    #[test]
    fn overlapping_spans_are_split_not_nested() {
        let src = "Warga wajib membawa KTP.";
        let mut out = String::new();
        highlight(&mut out, src, &[mark(0..24, true), mark(6..19, false)], "d1");
        assert_eq!(out.matches("<mark").count(), 3, "{out}");
        assert_eq!(out.matches("</mark>").count(), 3);
        assert!(out.contains("class=\"hl fill-warning line-warning\""), "{out}");
        assert_eq!(out.matches("id=\"d1-f1\"").count(), 1, "{out}");
        assert_eq!(out.matches("id=\"d1-f2\"").count(), 1, "{out}");
        assert!(out.contains("href=\"#d1-l2\">2</a>"), "{out}");
    }

    #[test]
    fn spans_inside_characters_or_past_the_end_do_not_panic() {
        let src = "Halo 👋 warga";
        #[allow(clippy::reversed_empty_ranges)]
        for span in [6..7, 7..100, 3..6, 100..200, 9..2] {
            let mut out = String::new();
            highlight(&mut out, src, &[mark(span.clone(), false)], "d");
            assert_eq!(strip_tips(&out), src, "{span:?}: {out}");
        }
    }

    #[test]
    fn text_survives_highlighting() {
        let src = "A <b> & 👋 c\nd";
        let mut out = String::new();
        highlight(
            &mut out,
            src,
            &[mark(2..5, false), mark(4..11, true), mark(11..11, false)],
            "d",
        );
        let plain = strip_tips(&out)
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
        assert_eq!(plain, src, "{out}");
    }

    proptest::proptest! {
        /// Whatever the spans (overlapping, empty, reversed, inside a character, past the
        /// end), the text comes back whole and every mark is closed.
        #[test]
        fn any_spans_keep_the_text_and_balance_the_tags(
            src in "[a-c <&\n👋é]{0,24}",
            spans in proptest::collection::vec((0usize..40, 0usize..40, proptest::bool::ANY), 0..6),
        ) {
            let marks: Vec<Mark> = spans.iter().map(|&(a, b, wide)| mark(a..b, wide)).collect();
            let mut out = String::new();
            highlight(&mut out, &src, &marks, "d");
            let plain = strip_tips(&out).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            proptest::prop_assert_eq!(plain, src);
            proptest::prop_assert_eq!(out.matches("<mark").count(), out.matches("</mark>").count());
            proptest::prop_assert_eq!(out.matches("<a class").count(), marks.len());
        }
    }
}
