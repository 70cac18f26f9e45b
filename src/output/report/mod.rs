//! The workshop report: one self-contained HTML page (inline CSS and SVG, a small optional
//! script, no external asset) with a summary, every draft with its findings highlighted inline, and
//! the explanations of the rules that fired. Output is a pure function of the reports, so
//! the same drafts give the same bytes (snapshot-tested; no timestamps).
pub mod html;
mod rules;
mod summary;
pub mod svg;
mod tools;
mod trend;
mod trend_svg;

use super::labels::Labels;
use crate::model::{Diagnostic, FileReport, RuleMeta, Severity};
use html::{escape, Mark};
use std::fmt::Write as _;

const STYLE: &str = include_str!("style.css");
const SCRIPT: &str = include_str!("script.js");

/// What the page is made from.
pub struct Page<'a> {
    pub reports: &'a [FileReport],
    /// The rules of the run, for their kinds, descriptions and sources.
    pub rules: &'a [&'a RuleMeta],
    pub labels: &'a Labels,
    pub header: Header<'a>,
    /// Each draft's whole text after every rewrite (`luwes fix --unsafe`), in the order
    /// of `reports`; `None` or the draft itself shows no block.
    pub after: &'a [Option<String>],
}

/// What the page's header says besides the default heading, as given on the command line
/// (`--title`, `--office`, `--date`).
#[derive(Clone, Copy, Default)]
pub struct Header<'a> {
    /// Replaces the default heading (e.g. the workshop's name).
    pub title: Option<&'a str>,
    pub office: Option<&'a str>,
    pub date: Option<&'a str>,
}

impl Page<'_> {
    fn rule(&self, id: &str) -> Option<&RuleMeta> {
        self.rules.iter().copied().find(|m| m.id == id)
    }
}

/// The whole page as a string.
pub fn render(page: &Page) -> String {
    let l = page.labels;
    let title = escape(page.header.title.unwrap_or(l.page.title));
    let mut s = String::with_capacity(64 * 1024);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"luwes {}\">\n<title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <header class=\"page-head\"><h1>{title}</h1><p class=\"subtitle\">{}</p>",
        l.lang,
        env!("CARGO_PKG_VERSION"),
        escape(l.page.subtitle),
    );
    for (label, value, class) in [
        (l.page.office, page.header.office, "office"),
        (l.page.date, page.header.date, "date"),
    ] {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            let _ = write!(s, "<p class=\"{class}\"><span>{label}:</span> {}</p>", escape(v));
        }
    }
    s.push_str("</header>\n<main>\n");
    summary::summary(&mut s, page);
    trend::section(&mut s, page);
    legend(&mut s, l);
    tools::toolbar(&mut s, l, page.reports.len());
    s.push_str("<div id=\"drafts\">\n");
    for (i, r) in page.reports.iter().enumerate() {
        draft(&mut s, page, i + 1, r);
    }
    s.push_str("</div>\n");
    rules::explanations(&mut s, page);
    let _ = write!(
        s,
        "</main>\n<footer class=\"page-foot\"><p>{}</p></footer>\n<script>\n{SCRIPT}</script>\n</body>\n</html>\n",
        escape(l.page.footer)
    );
    s
}

fn legend(s: &mut String, l: &Labels) {
    let _ = write!(s, "<aside class=\"legend\"><b>{}:</b>", l.page.legend);
    for severity in [Severity::Error, Severity::Warning, Severity::Info] {
        let _ = write!(
            s,
            " <mark class=\"hl fill-{}\">{}</mark>",
            severity.as_str(),
            l.severity(severity)
        );
    }
    let _ = writeln!(
        s,
        " <span class=\"muted\">{}</span><br><span class=\"hl line-warning\">{}</span> \
         <a class=\"n\">1</a> <span class=\"muted\">{}</span><p class=\"hint\">{}</p></aside>",
        l.page.legend_fill, l.page.legend_line_sample, l.page.legend_number, l.page.hint
    );
}

/// The suggestions of a finding as the reader sees them (at most three).
fn suggestions(d: &Diagnostic) -> Vec<String> {
    d.suggestions
        .iter()
        .map(|g| g.text.trim())
        .filter(|t| !t.is_empty())
        .take(3)
        .map(|t| format!("<q>{}</q>", escape(t)))
        .collect()
}

fn draft(s: &mut String, page: &Page, n: usize, r: &FileReport) {
    let l = page.labels;
    let (band, word) = l.band(r.score.value);
    let _ = write!(
        s,
        "<section class=\"draft\" id=\"d{n}\" {}><header class=\"draft-head\"><h2>{}</h2>\
         <div class=\"score {band}\" aria-label=\"{} {}\"><b>{}</b><span>{word}</span></div></header>\n<p class=\"meta\">{} {} · {} {}",
        tools::data(n, r, l),
        escape(&r.name(l.calendar.row)),
        l.page.score,
        r.score.value,
        r.score.value,
        r.score.words,
        l.page.words,
        r.diagnostics.len(),
        l.page.findings.to_lowercase()
    );
    if let Some(c) = &r.cell {
        // A calendar row: when, where and by whom it was (to be) posted.
        for fact in [c.date.as_deref(), c.platform.as_deref(), c.account.as_deref()]
            .into_iter()
            .flatten()
        {
            let _ = write!(s, " · {}", escape(fact));
        }
    }
    if !r.score.by_category.is_empty() {
        let lost: Vec<String> = r
            .score
            .by_category
            .iter()
            .map(|(c, v)| format!("−{} {}", l.points(*v), l.category(*c).0))
            .collect();
        let _ = write!(s, " · {}: {}", l.page.lost, lost.join(", "));
    }
    if !r.score.credits.is_empty() {
        let won: Vec<String> = r
            .score
            .credits
            .iter()
            .map(|(k, v)| format!("+{} {}", l.points(*v), l.credit(k)))
            .collect();
        let _ = write!(s, " · {}: {}", l.page.earned, won.join(", "));
    }
    let _ = write!(s, "</p>\n<div class=\"text\" lang=\"{}\">", escape(&r.lang));
    let id = format!("d{n}");
    let marks: Vec<Mark> = r
        .diagnostics
        .iter()
        .enumerate()
        .map(|(k, d)| {
            let kind = page.rule(&d.rule).map(|m| m.kind);
            let mut tip = format!("<b>{}. {}</b> {}", k + 1, l.category(d.category).0, escape(&d.message));
            let sug = suggestions(d);
            if !sug.is_empty() {
                let _ = write!(
                    tip,
                    "<span class=\"sug\">{}: {}</span>",
                    l.page.suggestion,
                    sug.join(" / ")
                );
            }
            Mark {
                span: d.span.clone(),
                severity: d.severity,
                wide: matches!(kind, Some("metric" | "require")),
                tip,
            }
        })
        .collect();
    html::highlight(s, &r.source, &marks, &id);
    s.push_str("</div>\n");
    if r.diagnostics.is_empty() {
        let _ = write!(s, "<p class=\"clean\">{}</p>", l.page.no_findings);
    } else {
        s.push_str("<ol class=\"findings\">");
        for (k, d) in r.diagnostics.iter().enumerate() {
            let sev = d.severity.as_str();
            let _ = write!(
                s,
                "<li id=\"{id}-l{0}\" class=\"sev-{sev}\"><span class=\"pill {sev}\">{1}</span> \
                 <a class=\"rid\" href=\"#{2}\">{3}</a> <span class=\"cat\">{4}</span> {5} \
                 <a class=\"back\" href=\"#{id}-f{0}\" title=\"{6}\">↑</a>",
                k + 1,
                l.severity(d.severity),
                rules::anchor(&d.rule),
                escape(&d.rule),
                l.category(d.category).0,
                escape(&d.message),
                l.page.back,
            );
            let sug = suggestions(d);
            if !sug.is_empty() {
                let _ = write!(
                    s,
                    "<span class=\"sug\">{}: {}</span>",
                    l.page.suggestion,
                    sug.join(" / ")
                );
            }
            s.push_str("</li>");
        }
        s.push_str("</ol>");
    }
    if let Some(after) = page.after.get(n - 1).and_then(Option::as_deref) {
        tools::whole_after(s, l, &r.source, after);
    }
    s.push_str("</section>\n");
}
