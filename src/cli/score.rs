//! `luwes score`: a table of soft-message scores (file, score, bar, top three issues,
//! then the breakdown), `--explain` for the formula, `--min-score` as a gate.
use super::args::ScoreArgs;
use super::lint::{exit_code, io_err, load};
use super::{set_color, EXIT_OK};
use crate::config::{FailOn, Settings};
use crate::engine::{FileReport, Linter};
use crate::error::Error;
use crate::output::{self, OutputFormat};
use crate::score::{severity_factor, Score};
use colored::Colorize;
use std::collections::BTreeMap;
use std::io::Write;

/// Width of the bar, in characters: one per ten points.
const BAR: usize = 10;

pub fn run(args: ScoreArgs, out: &mut dyn Write) -> Result<u8, Error> {
    set_color(args.lint.common.color);
    if args.explain {
        write!(out, "{}", crate::score::explain()).map_err(io_err)?;
        return Ok(EXIT_OK);
    }
    let Some(loaded) = load(&args.lint, out)? else {
        return Ok(EXIT_OK);
    };
    let reports = loaded.reports();
    match args.lint.format {
        OutputFormat::Json => output::json::print(out, &reports),
        OutputFormat::Pretty => print_table(out, &reports, &loaded.linter),
        _ => reports
            .iter()
            .try_for_each(|r| writeln!(out, "{}: {}", r.path, r.score.value)),
    }
    .map_err(io_err)?;
    // `score` fails on low scores only; findings are `lint`'s business.
    let gate = Settings {
        fail_on: FailOn::Never,
        ..loaded.settings
    };
    Ok(exit_code(loaded.had_error, &reports, &gate))
}

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

/// The three rules that cost the most points, as `id/wajib×2`.
fn top_issues(r: &FileReport, linter: &Linter) -> String {
    let mut cost: BTreeMap<&str, (f64, usize)> = BTreeMap::new();
    for d in &r.diagnostics {
        let e = cost.entry(&d.rule).or_default();
        e.0 += linter.weight_of(&d.rule) * severity_factor(d.severity);
        e.1 += 1;
    }
    let mut ranked: Vec<(&str, (f64, usize))> = cost.into_iter().collect();
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

/// `-12.5 imperative · -2 spelling | +10 address +5 details`
fn breakdown(s: &Score) -> String {
    let lost: Vec<String> = s
        .by_category
        .iter()
        .map(|(c, v)| format!("-{} {c}", crate::check::num(*v)))
        .collect();
    let won: Vec<String> = s
        .credits
        .iter()
        .map(|(k, v)| format!("+{} {k}", crate::check::num(*v)))
        .collect();
    match (lost.is_empty(), won.is_empty()) {
        (true, true) => String::new(),
        (false, true) => lost.join(" · "),
        (true, false) => won.join(" "),
        (false, false) => format!("{} | {}", lost.join(" · "), won.join(" ")),
    }
}

fn print_table(out: &mut dyn Write, reports: &[FileReport], linter: &Linter) -> std::io::Result<()> {
    let width = reports.iter().map(|r| r.path.chars().count()).max().unwrap_or(4).max(4);
    let header = format!("{:width$}  {:>5}  {:BAR$}  TOP ISSUES", "FILE", "SCORE", "");
    writeln!(out, "{}", header.bold())?;
    for r in reports {
        writeln!(
            out,
            "{:width$}  {:>5}  {}  {}",
            r.path,
            r.score.value,
            bar(r.score.value),
            top_issues(r, linter)
        )?;
        let b = breakdown(&r.score);
        if !b.is_empty() {
            writeln!(out, "{:width$}  {:>5}  {}", "", "", b.dimmed())?;
        }
    }
    if !reports.is_empty() {
        let mean = reports.iter().map(|r| f64::from(r.score.value)).sum::<f64>() / reports.len() as f64;
        writeln!(
            out,
            "\nMean score {:.0} over {} files. `luwes score --explain` shows how it is computed.",
            mean,
            reports.len()
        )?;
    }
    Ok(())
}
