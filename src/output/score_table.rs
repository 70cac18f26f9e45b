//! `luwes score`'s table: file, score, a bar, the three rules that cost the most points,
//! then the breakdown; and the mean over the run.
use super::labels::Labels;
use crate::model::{FileReport, Score, Severity};
use colored::Colorize;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Width of the bar, in characters: one per ten points.
const BAR: usize = 10;

/// `██████░░░░`, coloured by band (70+ green, 40+ yellow, else red).
fn bar(value: u8) -> String {
    let full = (usize::from(value) + 5) / 10;
    let s = format!("{}{}", "█".repeat(full.min(BAR)), "░".repeat(BAR - full.min(BAR)));
    match value {
        70.. => s.green().to_string(),
        40..=69 => s.yellow().to_string(),
        _ => s.red().to_string(),
    }
}

/// The three rules that cost the most points, as `id/wajib×2`. `cost` is what one finding
/// of a rule at a severity costs (the score's weight × severity factor).
fn top_issues(r: &FileReport, cost: &dyn Fn(&str, Severity) -> f64) -> String {
    let mut costs: BTreeMap<&str, (f64, usize)> = BTreeMap::new();
    for d in &r.diagnostics {
        let e = costs.entry(&d.rule).or_default();
        e.0 += cost(&d.rule, d.severity);
        e.1 += 1;
    }
    let mut ranked: Vec<(&str, (f64, usize))> = costs.into_iter().collect();
    ranked.sort_by(|a, b| b.1 .0.total_cmp(&a.1 .0).then(a.0.cmp(b.0)));
    let shown: Vec<String> = ranked
        .iter()
        .take(3)
        .map(|(id, (_, n))| if *n > 1 { format!("{id}×{n}") } else { id.to_string() })
        .collect();
    if shown.is_empty() {
        "-".to_string()
    } else {
        shown.join(", ")
    }
}

/// `-12,5 Nada memerintah · -2 Ejaan | +10 menyapa pembaca +5 detail yang jelas`: the
/// names the report uses, in the run's language.
fn breakdown(s: &Score, labels: &Labels) -> String {
    let lost: Vec<String> = s
        .by_category
        .iter()
        .map(|(c, v)| format!("-{} {}", labels.points(*v), labels.category(*c).0))
        .collect();
    let won: Vec<String> = s
        .credits
        .iter()
        .map(|(k, v)| format!("+{} {}", labels.points(*v), labels.credit(k)))
        .collect();
    match (lost.is_empty(), won.is_empty()) {
        (true, true) => String::new(),
        (false, true) => lost.join(" · "),
        (true, false) => won.join(" "),
        (false, false) => format!("{} | {}", lost.join(" · "), won.join(" ")),
    }
}

/// The table (`pretty`).
pub fn print(
    out: &mut dyn Write,
    reports: &[FileReport],
    cost: &dyn Fn(&str, Severity) -> f64,
    labels: &Labels,
) -> io::Result<()> {
    let l = &labels.score;
    let names: Vec<String> = reports.iter().map(|r| r.name(labels.calendar.row)).collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(4).max(4);
    let header = format!("{:width$}  {:>5}  {:BAR$}  {}", l.file, l.score, "", l.top_issues);
    writeln!(out, "{}", header.bold())?;
    for (r, name) in reports.iter().zip(&names) {
        writeln!(
            out,
            "{:width$}  {:>5}  {}  {}",
            name,
            r.score.value,
            bar(r.score.value),
            top_issues(r, cost)
        )?;
        let mut b = breakdown(&r.score, labels);
        if let Some(c) = &r.cell {
            // A calendar row: when, where and by whom, before the breakdown.
            let facts: Vec<&str> = [c.date.as_deref(), c.platform.as_deref(), c.account.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            if !facts.is_empty() {
                b = format!("{}  {b}", facts.join(" · ")).trim_end().to_string();
            }
        }
        if !b.is_empty() {
            writeln!(out, "{:width$}  {:>5}  {}", "", "", b.dimmed())?;
        }
    }
    if !reports.is_empty() {
        let mean = reports.iter().map(|r| f64::from(r.score.value)).sum::<f64>() / reports.len() as f64;
        writeln!(out, "\n{}", (l.mean)(mean, reports.len()))?;
    }
    Ok(())
}

/// One `path: score` line per file (`compact`).
pub fn print_compact(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    reports
        .iter()
        .try_for_each(|r| writeln!(out, "{}: {}", r.name("row"), r.score.value))
}
