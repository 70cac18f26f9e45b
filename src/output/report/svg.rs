//! The report's charts as inline SVG (no script, no library, prints as it shows):
//! findings per category as horizontal bars, the scores as a ten-bin histogram, and for
//! calendars the trends per month (lines on the 0–100 scale, columns of percentages).
//! Every number drawn is also written as text beside its bar, so nothing relies on colour.
use super::html::escape;
use std::fmt::Write as _;

/// Colours shared with style.css: the score bands and the category bars.
pub const POOR: &str = "#b3261e";
pub const FAIR: &str = "#a15c00";
pub const GOOD: &str = "#1e7b34";
const BAR: &str = "#1f6f8b";
const AXIS: &str = "#9aa5b1";
const INK: &str = "#1d2733";

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

/// Colours of the lines when calendars are compared side by side.
const SERIES: [&str; 6] = ["#1f6f8b", "#b3261e", "#1e7b34", "#a15c00", "#6b3fa0", "#4a5560"];

/// The colour of the `i`th series (legend and line).
pub fn series_colour(i: usize) -> &'static str {
    SERIES[i % SERIES.len()]
}

/// A line per series over the `labels` (months), on a 0–100 scale with the score bands'
/// cut-offs (40, 70) drawn; a missing value breaks the line. Each point's value is
/// written beside it.
pub fn lines(out: &mut String, title: &str, labels: &[String], series: &[Vec<Option<f64>>]) {
    const STEP: usize = 72;
    const PLOT_H: usize = 200;
    const LEFT: usize = 44;
    const TOP: usize = 16;
    let width = LEFT + STEP * labels.len().max(1) + 16;
    let height = TOP + PLOT_H + 40;
    let y = |v: f64| TOP as f64 + (100.0 - v.clamp(0.0, 100.0)) * PLOT_H as f64 / 100.0;
    let x = |i: usize| LEFT + STEP / 2 + i * STEP;
    let _ = write!(
        out,
        "<svg class=\"chart lines\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>",
        escape(title)
    );
    for v in [0.0, 40.0, 70.0, 100.0] {
        let _ = write!(
            out,
            "<line x1=\"{LEFT}\" y1=\"{0:.1}\" x2=\"{1}\" y2=\"{0:.1}\" stroke=\"{AXIS}\" stroke-dasharray=\"{2}\"/>\
             <text x=\"{3}\" y=\"{4:.1}\" text-anchor=\"end\" font-size=\"12\" fill=\"{INK}\">{v}</text>",
            y(v),
            width - 16,
            if v == 0.0 { "none" } else { "4 4" },
            LEFT - 6,
            y(v) + 4.0,
        );
    }
    for (i, label) in labels.iter().enumerate() {
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"13\" fill=\"{INK}\">{}</text>",
            x(i),
            TOP + PLOT_H + 24,
            escape(label)
        );
    }
    for (k, values) in series.iter().enumerate() {
        let colour = series_colour(k);
        // Runs of consecutive values are one polyline each.
        for run in values
            .iter()
            .enumerate()
            .collect::<Vec<_>>()
            .split(|(_, v)| v.is_none())
            .filter(|r| !r.is_empty())
        {
            let points: Vec<String> = run
                .iter()
                .filter_map(|(i, v)| v.map(|v| format!("{},{:.1}", x(*i), y(v))))
                .collect();
            let _ = write!(
                out,
                "<polyline class=\"trend\" points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"3\"/>",
                points.join(" ")
            );
        }
        for (i, v) in values.iter().enumerate() {
            let Some(v) = v else { continue };
            let _ = write!(
                out,
                "<circle class=\"point\" cx=\"{0}\" cy=\"{1:.1}\" r=\"5\" fill=\"{2}\"/>\
                 <text x=\"{0}\" y=\"{3:.1}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"{INK}\">{4:.0}</text>",
                x(i),
                y(*v),
                band_colour(v.round() as usize),
                y(*v) - 10.0,
                v
            );
        }
    }
    out.push_str("</svg>");
}

/// One column per label, for percentages (0–100), each with its value written on top.
pub fn columns(out: &mut String, title: &str, rows: &[(String, f64)]) {
    const STEP: usize = 72;
    const PLOT_H: usize = 150;
    const LEFT: usize = 16;
    let width = LEFT * 2 + STEP * rows.len().max(1);
    let base = PLOT_H + 24;
    let height = base + 30;
    let _ = write!(
        out,
        "<svg class=\"chart columns\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>",
        escape(title)
    );
    for (i, (label, pct)) in rows.iter().enumerate() {
        let x = LEFT + i * STEP;
        let h = ((pct.clamp(0.0, 100.0) * PLOT_H as f64 / 100.0).round() as usize).max(2);
        let _ = write!(
            out,
            "<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{h}\" rx=\"3\" fill=\"{POOR}\"/>\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\" fill=\"{INK}\">{pct:.0}%</text>\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"13\" fill=\"{INK}\">{}</text>",
            x + 10,
            base - h,
            STEP - 20,
            x + STEP / 2,
            base - h - 6,
            x + STEP / 2,
            base + 20,
            escape(label)
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

    #[test]
    fn lines_break_at_missing_months_and_columns_show_percentages() {
        let mut s = String::new();
        let months = ["2026-01", "2026-02", "2026-03"].map(String::from);
        lines(
            &mut s,
            "t",
            &months,
            &[
                vec![Some(30.0), None, Some(80.0)],
                vec![Some(50.0), Some(60.0), Some(70.0)],
            ],
        );
        assert_eq!(s.matches("<polyline").count(), 3, "{s}");
        assert_eq!(s.matches("<circle").count(), 5);
        let mut s = String::new();
        columns(&mut s, "t", &[("2026-01".into(), 50.0), ("2026-02".into(), 0.0)]);
        assert!(s.contains(">50%<") && s.contains(">0%<"), "{s}");
    }
}
