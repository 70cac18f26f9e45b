//! `luwes score`: the soft-message score of each document as a table (`pretty`), one
//! `path: score` line each (`compact`) or JSON; `--explain` for the formula, `--min-score`
//! as a gate. SARIF and GitHub annotations carry findings, not scores: refused.
use super::args::ScoreArgs;
use super::lint::{exit_code, io_err, load};
use super::{set_color, EXIT_OK};
use crate::error::Error;
use crate::model::{FailOn, Settings};
use crate::output::{self, score_table, OutputFormat};
use crate::score::severity_factor;
use std::io::Write;

/// What scores look like in each format that has them.
enum Shape {
    Table,
    Lines,
    Json,
}

pub fn run(args: ScoreArgs, out: &mut dyn Write) -> Result<u8, Error> {
    set_color(args.lint.common.color);
    if args.explain {
        write!(out, "{}", crate::score::explain()).map_err(io_err)?;
        return Ok(EXIT_OK);
    }
    let format = args.lint.format;
    let shape = match format {
        OutputFormat::Pretty => Shape::Table,
        OutputFormat::Compact => Shape::Lines,
        OutputFormat::Json => Shape::Json,
        OutputFormat::Sarif | OutputFormat::Github => {
            return Err(Error::new(format!(
                "`luwes score` has no {0} output (use pretty, compact or json); for findings in {0}, run `luwes lint --format {0}`",
                format.name()
            )))
        }
    };
    let Some(loaded) = load(&args.lint, out)? else {
        return Ok(EXIT_OK);
    };
    let reports = loaded.reports();
    let rules = loaded.enabled_rules();
    let opts = loaded.print_options(&reports, &rules);
    let cost = |rule: &str, severity| loaded.linter.weight_of(rule) * severity_factor(severity);
    match shape {
        Shape::Json => output::json::print(out, &reports),
        Shape::Lines => score_table::print_compact(out, &reports),
        Shape::Table => score_table::print(out, &reports, &cost, opts.labels),
    }
    .map_err(io_err)?;
    // `score` fails on low scores only; findings are `lint`'s business.
    let gate = Settings {
        fail_on: FailOn::Never,
        ..loaded.settings
    };
    Ok(exit_code(loaded.had_error, &reports, &gate))
}
