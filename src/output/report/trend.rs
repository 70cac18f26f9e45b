//! The report's section on posts over time, for content calendars: mean score and share
//! of kaku posts per month (one line per calendar when several are compared, the
//! monitoring and evaluation a trainer hands back to an office), the rules that fired most
//! each month, and tables per account and per platform.
use super::html::escape;
use super::{trend_svg as svg, Page};
use crate::model::{FileReport, Score};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Scores below this are kaku: the verdict `luwes score` and the JSON give.
const KAKU: u8 = Score::CUKUP_FROM;

/// What a group of posts adds up to.
#[derive(Default)]
struct Tally {
    posts: usize,
    score: f64,
    kaku: usize,
    findings: usize,
    rules: BTreeMap<String, usize>,
}

impl Tally {
    fn add(&mut self, r: &FileReport) {
        self.posts += 1;
        self.score += f64::from(r.score.value);
        self.kaku += usize::from(r.score.value < KAKU);
        self.findings += r.diagnostics.len();
        for d in &r.diagnostics {
            *self.rules.entry(d.rule.clone()).or_default() += 1;
        }
    }

    fn mean(&self) -> f64 {
        self.score / self.posts.max(1) as f64
    }

    fn kaku_pct(&self) -> f64 {
        100.0 * self.kaku as f64 / self.posts.max(1) as f64
    }

    /// The three rules that fired most, as `id/wajib ×4`.
    fn top(&self) -> String {
        let mut ranked: Vec<(&String, &usize)> = self.rules.iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let top: Vec<String> = ranked.iter().take(3).map(|(id, n)| format!("{id} ×{n}")).collect();
        if top.is_empty() {
            "–".to_string()
        } else {
            top.join(", ")
        }
    }
}

/// The calendar posts grouped by `key` (posts without one under `none`).
fn group<'a>(
    posts: &[&'a FileReport],
    key: impl Fn(&'a FileReport) -> Option<&'a str>,
    none: &str,
) -> BTreeMap<String, Tally> {
    let mut out: BTreeMap<String, Tally> = BTreeMap::new();
    for r in posts {
        out.entry(key(r).unwrap_or(none).to_string()).or_default().add(r);
    }
    out
}

/// A table: the first column named `first`, then posts, mean, kaku share, findings and
/// (when `top`) the most frequent rules.
fn table(s: &mut String, page: &Page, first: &str, groups: &BTreeMap<String, Tally>, top: bool) {
    let c = &page.labels.calendar;
    let _ = write!(
        s,
        "<table class=\"trend-table\"><thead><tr><th>{first}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>{}</tr></thead><tbody>",
        c.posts,
        c.mean,
        c.kaku,
        c.findings,
        if top { format!("<th>{}</th>", c.top_column) } else { String::new() }
    );
    for (name, t) in groups {
        let (band, _) = page.labels.band(t.mean().round() as u8);
        let _ = write!(
            s,
            "<tr><td>{}</td><td>{}</td><td><span class=\"badge {band}\">{:.0}</span></td><td>{:.0}%</td><td>{}</td>{}</tr>",
            escape(name),
            t.posts,
            t.mean(),
            t.kaku_pct(),
            t.findings,
            if top { format!("<td>{}</td>", escape(&t.top())) } else { String::new() }
        );
    }
    s.push_str("</tbody></table>\n");
}

/// The section, when any report came from a calendar; nothing otherwise.
pub fn section(s: &mut String, page: &Page) {
    let posts: Vec<&FileReport> = page.reports.iter().filter(|r| r.cell.is_some()).collect();
    if posts.is_empty() {
        return;
    }
    let c = &page.labels.calendar;
    let _ = write!(
        s,
        "<section class=\"trend\" id=\"trend\"><h2>{}</h2>\n<p class=\"muted\">{}</p>\n",
        c.over_time, c.over_time_note
    );
    let month = |r: &'_ FileReport| r.cell.as_ref().and_then(|c| c.month().map(str::to_string));
    let dated: Vec<&FileReport> = posts.iter().copied().filter(|r| month(r).is_some()).collect();
    let undated = posts.len() - dated.len();
    if !dated.is_empty() {
        let mut months: BTreeMap<String, Tally> = BTreeMap::new();
        for r in &dated {
            months.entry(month(r).unwrap_or_default()).or_default().add(r);
        }
        let labels: Vec<String> = months.keys().cloned().collect();
        // One line per calendar: several offices' calendars side by side.
        let mut calendars: BTreeMap<&str, BTreeMap<String, Tally>> = BTreeMap::new();
        for r in &dated {
            calendars
                .entry(&r.path)
                .or_default()
                .entry(month(r).unwrap_or_default())
                .or_default()
                .add(r);
        }
        let series: Vec<Vec<Option<f64>>> = calendars
            .values()
            .map(|by| labels.iter().map(|m| by.get(m).map(Tally::mean)).collect())
            .collect();
        let (first, last) = (months.iter().next(), months.iter().next_back());
        if let (Some((a, ta)), Some((b, tb))) = (first, last) {
            if a != b {
                let _ = writeln!(
                    s,
                    "<p class=\"trend-words\">{}</p>",
                    (c.trend)(a, ta.mean(), b, tb.mean())
                );
            }
        }
        let caption = if calendars.len() > 1 {
            c.side_by_side
        } else {
            c.mean_by_month
        };
        let _ = write!(
            s,
            "<div class=\"charts\"><figure class=\"chart-box\"><figcaption>{caption}</figcaption>"
        );
        svg::lines(s, caption, &labels, &series);
        if calendars.len() > 1 {
            s.push_str("<p class=\"series\">");
            for (i, name) in calendars.keys().enumerate() {
                let _ = write!(
                    s,
                    "<span><i style=\"background:{}\"></i>{}</span> ",
                    svg::series_colour(i),
                    escape(name)
                );
            }
            s.push_str("</p>");
        }
        let _ = write!(
            s,
            "</figure><figure class=\"chart-box\"><figcaption>{}</figcaption>",
            c.kaku_share
        );
        let shares: Vec<(String, f64)> = months.iter().map(|(m, t)| (m.clone(), t.kaku_pct())).collect();
        svg::columns(s, c.kaku_share, &shares);
        s.push_str("</figure></div>\n");
        let _ = write!(s, "<h3>{}</h3>", c.top_rules);
        table(s, page, c.month, &months, true);
        if calendars.len() > 1 {
            let _ = write!(s, "<h3>{}</h3>", c.side_by_side);
            let _ = write!(s, "<table class=\"trend-table\"><thead><tr><th>{}</th>", c.calendar);
            for m in &labels {
                let _ = write!(s, "<th>{}</th>", escape(m));
            }
            s.push_str("</tr></thead><tbody>");
            for (name, by) in &calendars {
                let _ = write!(s, "<tr><td>{}</td>", escape(name));
                for m in &labels {
                    match by.get(m) {
                        Some(t) => {
                            let (band, _) = page.labels.band(t.mean().round() as u8);
                            let _ = write!(
                                s,
                                "<td><span class=\"badge {band}\">{:.0}</span> <span class=\"muted\">({})</span></td>",
                                t.mean(),
                                t.posts
                            );
                        }
                        None => s.push_str("<td>–</td>"),
                    }
                }
                s.push_str("</tr>");
            }
            s.push_str("</tbody></table>\n");
        }
    }
    if undated > 0 {
        let _ = write!(s, "<p class=\"muted\">{}</p>", (c.undated)(undated));
    }
    let _ = write!(s, "<h3>{}</h3>", c.by_account);
    let accounts = group(&posts, |r| r.cell.as_ref().and_then(|c| c.account.as_deref()), c.none);
    table(s, page, c.account, &accounts, true);
    let _ = write!(s, "<h3>{}</h3>", c.by_platform);
    let platforms = group(&posts, |r| r.cell.as_ref().and_then(|c| c.platform.as_deref()), c.none);
    table(s, page, c.platform, &platforms, true);
    s.push_str("</section>\n");
}
