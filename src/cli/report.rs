//! `luwes report`: lint like `lint` does, then write one self-contained HTML page for a
//! workshop (see `output::report`), atomically, so a half-written file never lands on the
//! trainer's USB stick.
use super::args::LintArgs;
use super::files::replace_atomic;
use super::lint::{exit_code, io_err, load};
use super::set_color;
use super::walk::Input;
use crate::error::Error;
use crate::model::{Applicability, FailOn, RuleMeta, Settings};
use crate::output::report::{self, Page};
use crate::output::{labels, OutputFormat};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args, Clone)]
pub struct ReportArgs {
    #[command(flatten)]
    pub lint: LintArgs,
    #[arg(short, long, value_name = "FILE", default_value = "luwes-report.html")]
    pub output: PathBuf,
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub office: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub date: Option<String>,
    #[arg(long, value_name = "FILE", conflicts_with = "paths")]
    pub db: Option<PathBuf>,
}

pub fn run(args: ReportArgs, out: &mut dyn Write) -> Result<u8, Error> {
    set_color(args.lint.common.color);
    if args.lint.format != OutputFormat::Pretty {
        return Err(Error::new((super::msg().report_no_format)(&args.lint.format.name())));
    }
    if let Some(db) = &args.db {
        let config = super::load_settings(&args.lint.common)?.1.merge(args.lint.to_config());
        let header = report::Header {
            title: args.title.as_deref(),
            office: args.office.as_deref(),
            date: args.date.as_deref(),
        };
        return super::serve::report_from_db(db, Settings::from(config), header, &args.output, out);
    }
    let Some(loaded) = load(&args.lint, out)? else {
        return Ok(super::EXIT_OK);
    };
    let reports = loaded.reports();
    let labels = labels::for_run(loaded.settings.lang, &reports);
    let rules: Vec<&RuleMeta> = loaded.linter.rules.rules.iter().map(|r| &r.meta).collect();
    // Each draft's whole text as `luwes fix --unsafe` would leave it.
    let after: Vec<Option<String>> = loaded
        .texts
        .iter()
        .map(|(_, name, text)| {
            let outcome = crate::fix::fix(|t| loaded.linter.lint(name, t), text, Applicability::Unsafe);
            outcome.changed().then(|| outcome.text().to_string())
        })
        .collect();
    let page = Page {
        reports: &reports,
        rules: &rules,
        labels,
        header: report::Header {
            title: args.title.as_deref(),
            office: args.office.as_deref(),
            date: args.date.as_deref(),
        },
        after: &after,
    };
    let html = report::render(&page);
    if args.output.as_os_str() == "-" {
        out.write_all(html.as_bytes()).map_err(io_err)?;
    } else {
        refuse_an_input(&args.output, &loaded)?;
        replace_atomic(&args.output, html.as_bytes(), None, false).map_err(|e| Error {
            message: (super::msg().cannot_write_report)(&e.message),
            ..e
        })?;
        let findings: usize = reports.iter().map(|r| r.diagnostics.len()).sum();
        let l = &labels.page;
        writeln!(
            out,
            "{} {} ({} {}, {findings} {})",
            l.written,
            args.output.display(),
            reports.len(),
            l.draft_count,
            l.finding_word
        )
        .map_err(io_err)?;
    }
    // Like `score`, the report fails only on errors and on `--min-score`: findings are
    // what a workshop report is for.
    let gate = Settings {
        fail_on: FailOn::Never,
        ..loaded.settings
    };
    Ok(exit_code(loaded.had_error, &reports, &gate))
}

/// `-o` naming one of the posts being reported on (directly or through a symlink) would
/// replace a draft with HTML: refused.
fn refuse_an_input(output: &std::path::Path, loaded: &super::lint::Loaded) -> Result<(), Error> {
    let Ok(target) = std::fs::canonicalize(output) else {
        return Ok(());
    };
    let is_input = loaded
        .texts
        .iter()
        .any(|(input, _, _)| matches!(input, Input::File(p) if std::fs::canonicalize(p).is_ok_and(|p| p == target)));
    if is_input {
        return Err(Error::in_file(output, super::msg().report_over_input));
    }
    Ok(())
}
