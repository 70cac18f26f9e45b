//! The report's summary: the run in three numbers, the findings by category and the
//! score distribution as charts, the score bands in words, and the list of drafts.
use super::html::escape;
use super::{svg, Page};
use crate::model::Category;
use std::collections::BTreeMap;
use std::fmt::Write as _;

pub fn summary(s: &mut String, page: &Page) {
    let (l, reports) = (page.labels, page.reports);
    let findings: usize = reports.iter().map(|r| r.diagnostics.len()).sum();
    let mean = if reports.is_empty() {
        "–".to_string()
    } else {
        let sum: f64 = reports.iter().map(|r| f64::from(r.score.value)).sum();
        format!("{:.0}", sum / reports.len() as f64)
    };
    let _ = write!(
        s,
        "<section class=\"summary\" id=\"summary\"><h2>{}</h2>\n<div class=\"stats\">\
         <div class=\"stat\"><b>{}</b><span>{}</span></div>\
         <div class=\"stat\"><b>{findings}</b><span>{}</span></div>\
         <div class=\"stat\"><b>{mean}</b><span>{}</span></div></div>\n<div class=\"charts\">",
        l.page.summary,
        reports.len(),
        l.page.drafts,
        l.page.findings,
        l.page.mean_score
    );
    let mut per_category: BTreeMap<Category, usize> = BTreeMap::new();
    for d in reports.iter().flat_map(|r| &r.diagnostics) {
        *per_category.entry(d.category).or_default() += 1;
    }
    let mut rows: Vec<(&str, usize)> = per_category.iter().map(|(c, n)| (l.category(*c).0, *n)).collect();
    // Most frequent first: the trainer starts with the biggest habit in the room.
    rows.sort_by_key(|r| std::cmp::Reverse(r.1));
    let _ = write!(
        s,
        "<figure class=\"chart-box\"><figcaption>{}</figcaption>",
        l.page.by_category
    );
    if rows.is_empty() {
        let _ = write!(s, "<p class=\"none\">{}</p>", l.page.chart_none);
    } else {
        svg::bars(s, l.page.by_category, &rows);
    }
    let _ = write!(
        s,
        "</figure><figure class=\"chart-box\"><figcaption>{}</figcaption>",
        l.page.distribution
    );
    let scores: Vec<u8> = reports.iter().map(|r| r.score.value).collect();
    svg::histogram(s, l.page.distribution, &scores);
    // The bands in words, so the colours of the bars and badges need no guessing.
    let _ = write!(
        s,
        "<p class=\"bands\"><span class=\"badge poor\">{} &lt; 40</span> <span class=\"badge fair\">{} 40–69</span> \
         <span class=\"badge good\">{} ≥ 70</span></p>",
        l.page.bands[0], l.page.bands[1], l.page.bands[2]
    );
    s.push_str("</figure></div>\n<ol class=\"toc\">");
    for (i, r) in reports.iter().enumerate() {
        let (band, word) = l.band(r.score.value);
        let _ = write!(
            s,
            "<li><a href=\"#d{}\">{}</a> <span class=\"badge {band}\">{} · {word}</span> <span class=\"muted\">{} {}</span></li>",
            i + 1,
            escape(&r.name(l.calendar.row)),
            r.score.value,
            r.diagnostics.len(),
            l.page.findings.to_lowercase()
        );
    }
    s.push_str("</ol></section>\n");
}
