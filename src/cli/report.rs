//! `luwes report`: lint like `lint` does, then write one self-contained HTML page for a
//! workshop (see `crate::report`), atomically, so a half-written file never lands on the
//! trainer's USB stick.
use super::args::LintArgs;
use super::lint::{exit_code, io_err, load};
use super::set_color;
use crate::config::{FailOn, Lang, Settings};
use crate::error::Error;
use crate::report::{self, Page, EN, ID};
use clap::Args;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Args, Clone)]
pub struct ReportArgs {
    #[command(flatten)]
    pub lint: LintArgs,
    /// Where to write the HTML page; `-` writes it to standard output
    #[arg(short, long, value_name = "FILE", default_value = "luwes-report.html")]
    pub output: PathBuf,
    /// Heading of the page, e.g. the workshop's name and date
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Read the drafts of a `luwes serve --workshop` room from its SQLite file instead of PATHs
    #[arg(long, value_name = "FILE", conflicts_with = "paths")]
    pub db: Option<PathBuf>,
}

pub fn run(args: ReportArgs, out: &mut dyn Write) -> Result<u8, Error> {
    set_color(args.lint.common.color);
    if let Some(db) = &args.db {
        let config = super::load_settings(&args.lint.common)?.1.merge(args.lint.to_config());
        return super::serve::report_from_db(db, Settings::from(config), args.title.as_deref(), &args.output, out);
    }
    let Some(loaded) = load(&args.lint, out)? else {
        return Ok(super::EXIT_OK);
    };
    let reports = loaded.reports();
    // With `--lang auto`, English labels only when every draft was read as English.
    let en = match loaded.settings.lang {
        Lang::En => true,
        Lang::Auto => !reports.is_empty() && reports.iter().all(|r| r.lang == "en"),
        Lang::Id => false,
    };
    let page = Page {
        reports: &reports,
        linter: &loaded.linter,
        labels: if en { &EN } else { &ID },
        title: args.title.as_deref(),
    };
    let html = report::render(&page);
    if args.output.as_os_str() == "-" {
        out.write_all(html.as_bytes()).map_err(io_err)?;
    } else {
        write_file(&args.output, &html)?;
        let findings: usize = reports.iter().map(|r| r.diagnostics.len()).sum();
        let (written, drafts, found) = if en {
            ("Report written to", "drafts", "findings")
        } else {
            ("Laporan ditulis ke", "draf", "temuan")
        };
        writeln!(
            out,
            "{written} {} ({} {drafts}, {findings} {found})",
            args.output.display(),
            reports.len()
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

/// Writes `text` to `path` through a temporary file in the same folder, then renames it.
pub(super) fn write_file(path: &Path, text: &str) -> Result<(), Error> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let io = |e: std::io::Error| Error::in_file(path, format!("cannot write the report: {e}"));
    let mut tmp = tempfile::Builder::new()
        .prefix(".luwes-report-")
        .tempfile_in(dir)
        .map_err(io)?;
    tmp.write_all(text.as_bytes()).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    // A temporary file is private (0600); a report is meant to be shared like any document.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode());
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(mode)).map_err(io)?;
    }
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}
