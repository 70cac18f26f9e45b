//! The calendar trend charts as inline SVG, in the style of `svg.rs`: lines per month on
//! the 0–100 score scale (one per calendar), and columns of percentages. Every value drawn
//! is also written as text beside its point or column.
use super::html::escape;
use super::svg::{band_colour, AXIS, INK, POOR};
use std::fmt::Write as _;

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
