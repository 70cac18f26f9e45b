//! `luwes lint`: config → rules → inputs → reports → printer → exit code.
use super::args::LintArgs;
use super::files::{read_limited, Fifo};
use super::walk::{self, Input, Read};
use super::{report_error, report_notice, set_color, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::engine::Linter;
use crate::error::Error;
use crate::model::{FileReport, RuleMeta, RunError, Settings};
use crate::output::{self, labels, PrintOptions};
use std::io::Write;
use std::path::PathBuf;

/// What every command that reads posts starts from: the settings, the rules, and the
/// texts to check (sorted by display name), after reporting what could not be read.
pub(super) struct Loaded {
    pub settings: Settings,
    pub linter: Linter,
    /// (where it came from, display name, text)
    pub texts: Vec<(Input, String, String)>,
    pub had_error: bool,
    /// What could not be read or loaded (already printed on stderr), for JSON and SARIF.
    pub errors: Vec<RunError>,
}

impl Loaded {
    /// Lints every text, in name order. Texts are linted in parallel (the linter is
    /// shared read-only across threads); collecting an indexed parallel iterator keeps
    /// the order of `texts`, so output stays deterministic.
    pub fn reports(&self) -> Vec<FileReport> {
        use rayon::prelude::*;
        self.texts
            .par_iter()
            .map(|(input, name, text)| self.lint_text(input, name, text))
            .collect()
    }

    /// Lints one text; a calendar row with its own kind and platform, and its cell.
    pub fn lint_text(&self, input: &Input, name: &str, text: &str) -> FileReport {
        match input {
            Input::Cell { file, row } => super::calendar::lint(&self.linter, file, *row, name, text),
            _ => self.linter.lint(name, text),
        }
    }
}

pub fn run(args: LintArgs, out: &mut dyn Write) -> Result<u8, Error> {
    set_color(args.common.color);
    let Some(loaded) = load(&args, out)? else {
        return Ok(EXIT_OK);
    };
    let reports = loaded.reports();
    let rules = loaded.enabled_rules();
    output::print(args.format, out, &reports, &loaded.print_options(&reports, &rules)).map_err(io_err)?;
    let code = exit_code(loaded.had_error, &reports, &loaded.settings);
    // The process ends right after this: freeing every compiled rule, text and finding
    // one by one only delays it (a few percent of a one-post run, more on a big file).
    drop(rules);
    std::mem::forget(reports);
    std::mem::forget(loaded);
    Ok(code)
}

impl Loaded {
    /// The metadata of the rules in force.
    pub fn enabled_rules(&self) -> Vec<&RuleMeta> {
        self.linter.enabled_rules().map(|r| &r.meta).collect()
    }

    /// The labels of the run (see `labels::for_run`) and the rules in force.
    pub fn print_options<'a>(&'a self, reports: &[FileReport], rules: &'a [&'a RuleMeta]) -> PrintOptions<'a> {
        PrintOptions {
            labels: labels::for_run(self.settings.lang, reports),
            rules,
            errors: &self.errors,
        }
    }
}

/// Config → rules → inputs → texts; `None` when `--print-config` was all there was to do.
pub(super) fn load(args: &LintArgs, out: &mut dyn Write) -> Result<Option<Loaded>, Error> {
    load_with(args, out, false)
}

/// `load`, saying whether the files will be rewritten (`fix`): then a FIFO is refused (it
/// cannot be read again and written back) and so is UTF-16 text (it would come back UTF-8).
pub(super) fn load_with(args: &LintArgs, out: &mut dyn Write, rewrite: bool) -> Result<Option<Loaded>, Error> {
    let (config_path, file_config) = super::load_settings(&args.common)?;
    // The lint-only flags are the last layer, on top of the file.
    let file_config = file_config.merge(args.to_config());
    if args.print_config {
        if let Some(p) = &config_path {
            writeln!(out, "# config file: {}", p.display()).map_err(io_err)?;
        } else {
            writeln!(out, "# no config file found; defaults and command-line flags").map_err(io_err)?;
        }
        write!(out, "{}", crate::yaml::to_string(&file_config.resolved())).map_err(io_err)?;
        return Ok(None);
    }
    let calendar = args.calendar.with_config(file_config.calendar.as_ref());
    let settings = Settings::from(file_config);
    let (linter, rule_errors) = super::linter_for(config_path.as_deref(), settings.clone())?;
    let mut errors: Vec<RunError> = Vec::new();
    let failed = |e: &Error, errors: &mut Vec<RunError>| {
        report_error(e);
        errors.push(run_error(e));
    };
    for e in &rule_errors {
        failed(e, &mut errors);
    }

    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let base = std::env::current_dir().unwrap_or_default();
    let (inputs, walk_errors) = walk::collect(&paths, &settings.exclude, &base);
    for e in &walk_errors {
        failed(e, &mut errors);
    }
    if inputs.is_empty() && walk_errors.is_empty() {
        // An empty run that says nothing looks like a clean one; say why it was empty.
        let exts = walk::EXTENSIONS.join(", .");
        report_notice(&(super::msg().no_files)(&exts));
    }

    let mut texts = Vec::with_capacity(inputs.len());
    for input in inputs {
        if let Input::File(p) = &input {
            if super::calendar::is_calendar(p) {
                let fifo = if rewrite { Fifo::Refuse } else { Fifo::Allow };
                match calendar.expand(p, display_path(p), settings.max_file_bytes(), fifo) {
                    Ok(rows) => texts.extend(rows),
                    // A spreadsheet met while walking a folder may be data, not a calendar.
                    Err(e) if e.message.starts_with("no text column") && !paths.contains(p) => report_notice(&format!(
                        "{}: {}",
                        p.display(),
                        crate::output::labels::ui().calendar.skipped_no_text
                    )),
                    Err(e) => failed(&e, &mut errors),
                }
                continue;
            }
        }
        match read_input(
            &input,
            args.stdin_filename.as_deref(),
            settings.max_file_bytes(),
            rewrite,
        ) {
            Ok(Some((name, text))) => texts.push((input, name, text)),
            Ok(None) => {
                if let Input::File(p) = &input {
                    report_notice(&format!("{}: {}", p.display(), super::msg().binary_skipped));
                }
            }
            Err(e) => failed(&e, &mut errors),
        }
    }
    texts.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(Some(Loaded {
        settings,
        linter,
        texts,
        had_error: !errors.is_empty(),
        errors,
    }))
}

/// An error as the machine formats list it: where, and what (with the field, if any).
fn run_error(e: &Error) -> RunError {
    let what = Error {
        path: None,
        location: None,
        ..e.clone()
    };
    RunError {
        path: e.path.as_ref().map(|p| p.to_string_lossy().replace('\\', "/")),
        line: e.location.map(|l| l.line),
        column: e.location.map(|l| l.column),
        message: super::describe(&what),
    }
}

/// The exit code: 2 for errors, 1 for findings at `--fail-on` or a score
/// below `--min-score` (each low score is named on stderr), else 0.
pub(super) fn exit_code(had_error: bool, reports: &[FileReport], settings: &Settings) -> u8 {
    let failing = reports
        .iter()
        .flat_map(|r| &r.diagnostics)
        .any(|d| settings.fail_on.fails(d.severity));
    let mut low = false;
    if let Some(min) = settings.min_score {
        for r in reports.iter().filter(|r| f64::from(r.score.value) < min) {
            report_notice(&format!(
                "{}: {}",
                r.path,
                (super::msg().below_min_score)(r.score.value, min)
            ));
            low = true;
        }
    }
    if had_error {
        EXIT_ERROR
    } else if failing || low {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

/// Reads one input as (display name, text); `None` for a binary file.
fn read_input(
    input: &Input,
    stdin_name: Option<&str>,
    limit: u64,
    rewrite: bool,
) -> Result<Option<(String, String)>, Error> {
    let utf16 = |name: &str, t: String| {
        if rewrite {
            Err(Error::in_file(name, super::msg().utf16_fix))
        } else {
            Ok(Some((name.to_string(), t)))
        }
    };
    match input {
        Input::Cell { .. } => Ok(None),
        Input::Stdin => {
            let name = stdin_name.unwrap_or("<stdin>");
            let bytes =
                read_limited(std::io::stdin().lock(), limit, super::msg().stdin).map_err(|e| e.with_path(name))?;
            match walk::decode(std::path::Path::new(name), bytes)? {
                Read::Text(t) => Ok(Some((name.to_string(), t))),
                Read::Utf16(t) => utf16(name, t),
                Read::Binary => Err(Error::in_file(name, super::msg().stdin_binary)),
            }
        }
        Input::File(p) => match walk::read(p, limit, if rewrite { Fifo::Refuse } else { Fifo::Allow })? {
            Read::Text(t) => Ok(Some((display_path(p), t))),
            Read::Utf16(t) => utf16(&display_path(p), t),
            Read::Binary => Ok(None),
        },
    }
}

/// Paths as the user would type them: relative, `/`-separated, no leading `./`.
/// An absolute path inside the current folder is shown relative to it, so that CI (which
/// often passes `$GITHUB_WORKSPACE/posts`) still gets repository-relative SARIF URIs.
fn display_path(p: &std::path::Path) -> String {
    let cwd = std::env::current_dir().ok();
    let p = cwd.as_deref().and_then(|d| p.strip_prefix(d).ok()).unwrap_or(p);
    let s = p.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").unwrap_or(&s).to_string()
}

pub(super) fn io_err(e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Error::broken_pipe()
    } else {
        Error::new((super::msg().write_output)(&e))
    }
}
