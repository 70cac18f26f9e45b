//! `luwes score`: the soft-message score of each document as a table (`pretty`), one
//! `path: score` line each (`compact`) or JSON; `--explain` for the formula, `--min-score`
//! as a gate. SARIF and GitHub annotations carry findings, not scores: refused.
use super::args::ScoreArgs;
use super::lint::{exit_code, io_err, load};
use super::{set_color, EXIT_OK};
use crate::error::Error;
use crate::model::{FailOn, Settings};
use crate::output::{self, labels, score_table, OutputFormat};
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
        use crate::score as s;
        let facts = labels::ScoreFacts {
            base: s::BASE,
            min_words: s::MIN_WORDS,
            per_point: s::PENALTY_PER_POINT,
            address: s::CREDIT_ADDRESS,
            invitation: s::CREDIT_INVITATION,
            warmth: s::CREDIT_WARMTH,
            details: s::CREDIT_DETAILS,
            short: s::CREDIT_SHORT,
            short_words: s::SHORT_SENTENCE_WORDS,
        };
        let l = labels::for_run(args.lint.common.lang.unwrap_or_default(), &[]);
        write!(out, "{}", (l.score.explain)(&facts)).map_err(io_err)?;
        return Ok(EXIT_OK);
    }
    let format = args.lint.format;
    let shape = match format {
        OutputFormat::Pretty => Shape::Table,
        OutputFormat::Compact => Shape::Lines,
        OutputFormat::Json => Shape::Json,
        OutputFormat::Sarif | OutputFormat::Github => {
            return Err(Error::new((super::msg().score_no_format)(&format.name())))
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
