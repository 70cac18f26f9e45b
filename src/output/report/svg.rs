//! The report's two charts as inline SVG (no script, no library, prints as it shows):
//! findings per category as horizontal bars, and the scores as a ten-bin histogram
//! (the calendar trends are in `trend_svg.rs`).
//! Every number drawn is also written as text beside its bar, so nothing relies on colour.
use super::html::escape;
use std::fmt::Write as _;

/// Colours shared with style.css: the score bands and the category bars.
pub const POOR: &str = "#b3261e";
pub const FAIR: &str = "#a15c00";
pub const GOOD: &str = "#1e7b34";
const BAR: &str = "#1f6f8b";
pub(super) const AXIS: &str = "#9aa5b1";
pub(super) const INK: &str = "#1d2733";

/// Horizontal bars, one row per (label, count); `title` is read by screen readers.
pub fn bars(out: &mut String, title: &str, rows: &[(&str, usize)]) {
    const LABEL_W: usize = 170;
    const BAR_W: usize = 240;
    const ROW_H: usize = 34;
    let width = LABEL_W + BAR_W + 60;
    let height = rows.len() * ROW_H + 8;
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let _ = write!(
        out,
        "<svg class=\"chart bars\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>",
        escape(title)
    );
    for (i, (label, count)) in rows.iter().enumerate() {
        let y = 4 + i * ROW_H;
        let w = (count * BAR_W).div_ceil(max).max(2);
        let mid = y + ROW_H / 2 + 5;
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{mid}\" text-anchor=\"end\" font-size=\"15\" fill=\"{INK}\">{}</text>\
             <rect class=\"bar\" x=\"{LABEL_W}\" y=\"{}\" width=\"{w}\" height=\"{}\" rx=\"3\" fill=\"{BAR}\"/>\
             <text x=\"{}\" y=\"{mid}\" font-size=\"15\" font-weight=\"bold\" fill=\"{INK}\">{count}</text>",
            LABEL_W - 10,
            escape(label),
            y + 5,
            ROW_H - 10,
            LABEL_W + w + 8,
        );
    }
    out.push_str("</svg>");
}

/// The colour of a score band, with the cut-offs `luwes score` uses.
pub fn band_colour(score: usize) -> &'static str {
    match score {
        70.. => GOOD,
        40..=69 => FAIR,
        _ => POOR,
    }
}

/// A histogram of `scores` in ten bins (0–9, …, 90–100), each bin coloured by its band.
pub fn histogram(out: &mut String, title: &str, scores: &[u8]) {
    const BIN_W: usize = 44;
    const PLOT_H: usize = 150;
    const LEFT: usize = 16;
    let mut bins = [0usize; 10];
    for &s in scores {
        bins[usize::from(s.min(99)) / 10] += 1;
    }
    let max = bins.iter().copied().max().unwrap_or(0).max(1);
    let (width, height) = (LEFT * 2 + BIN_W * 10, PLOT_H + 50);
    let base = PLOT_H + 20;
    let _ = write!(
        out,
        "<svg class=\"chart histogram\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>",
        escape(title)
    );
    for (i, &n) in bins.iter().enumerate() {
        let x = LEFT + i * BIN_W;
        if n > 0 {
            let h = (n * PLOT_H).div_ceil(max);
            let _ = write!(
                out,
                "<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{h}\" rx=\"3\" fill=\"{}\"/>\
                 <text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\" fill=\"{INK}\">{n}</text>",
                x + 4,
                base - h,
                BIN_W - 8,
                band_colour(i * 10),
                x + BIN_W / 2,
                base - h - 6,
            );
        }
    }
    // Tick labels on the bin edges: 0, 10, …, 100.
    for i in 0..=10 {
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"13\" fill=\"{INK}\">{}</text>",
            LEFT + i * BIN_W,
            base + 20,
            i * 10
        );
    }
    let _ = write!(
        out,
        "<line x1=\"{LEFT}\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\" stroke=\"{AXIS}\" stroke-width=\"1.5\"/></svg>",
        width - LEFT
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_escape_labels() {
        let mut s = String::new();
        bars(&mut s, "t", &[("a<b", 4), ("c", 2)]);
        assert!(
            s.contains("a&lt;b") && s.contains("width=\"240\"") && s.contains("width=\"120\""),
            "{s}"
        );
        assert_eq!(s.matches("<rect").count(), 2);
    }

    #[test]
    fn histogram_bins_scores_and_keeps_100_in_the_last_bin() {
        let mut s = String::new();
        histogram(&mut s, "t", &[0, 35, 38, 100, 95]);
        assert_eq!(s.matches("<rect").count(), 3, "{s}");
        assert!(s.contains(&format!("fill=\"{GOOD}\"")) && s.contains(&format!("fill=\"{POOR}\"")));
    }
}
