//! `luwes lint`: config → rules → inputs → reports → printer → exit code.
use super::args::LintArgs;
use super::{report_error, report_notice, set_color, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::config::{Lang, Settings};
use crate::engine::{FileReport, Linter};
use crate::error::Error;
use crate::output::{self, PrintOptions, LABELS_EN, LABELS_ID};
use crate::rules::Rule;
use crate::walk::{self, Input, Read};
use std::io::{Read as _, Write};
use std::path::PathBuf;

pub fn run(args: LintArgs, out: &mut dyn Write) -> Result<u8, Error> {
    set_color(args.common.color);
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
        return Ok(EXIT_OK);
    }
    let settings = Settings::from(file_config);
    let (linter, rule_errors) = Linter::new(settings.clone()).map_err(|e| match &config_path {
        Some(p) if e.path.is_none() => e.with_path(p),
        _ => e,
    })?;
    let mut had_error = !rule_errors.is_empty();
    for e in &rule_errors {
        report_error(e);
    }

    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let base = std::env::current_dir().unwrap_or_default();
    let (inputs, walk_errors) = walk::collect(&paths, &settings.exclude, &base);
    had_error |= !walk_errors.is_empty();
    for e in &walk_errors {
        report_error(e);
    }

    let mut reports: Vec<FileReport> = Vec::with_capacity(inputs.len());
    for input in inputs {
        match read_input(&input, args.stdin_filename.as_deref()) {
            Ok(Some((name, text))) => reports.push(linter.lint(&name, &text)),
            Ok(None) => {
                if let Input::File(p) = &input {
                    report_notice(&format!("{}: binary file, skipped", p.display()));
                }
            }
            Err(e) => {
                had_error = true;
                report_error(&e);
            }
        }
    }
    reports.sort_by(|a, b| a.path.cmp(&b.path));

    let labels = if settings.lang == Lang::En {
        &LABELS_EN
    } else {
        &LABELS_ID
    };
    let rules: Vec<&Rule> = linter.enabled_rules().collect();
    let opts = PrintOptions { labels, rules: &rules };
    output::print(args.format, out, &reports, &opts).map_err(io_err)?;

    let failing = reports
        .iter()
        .flat_map(|r| &r.diagnostics)
        .any(|d| settings.fail_on.fails(d.severity));
    Ok(if had_error {
        EXIT_ERROR
    } else if failing {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

/// Reads one input as (display name, text); `None` for a binary file.
fn read_input(input: &Input, stdin_name: Option<&str>) -> Result<Option<(String, String)>, Error> {
    match input {
        Input::Stdin => {
            let name = stdin_name.unwrap_or("<stdin>");
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::io(name, &e))?;
            match walk::decode(std::path::Path::new(name), bytes)? {
                Read::Text(t) => Ok(Some((name.to_string(), t))),
                Read::Binary => Err(Error::in_file(name, "standard input is binary, not text")),
            }
        }
        Input::File(p) => match walk::read(p)? {
            Read::Text(t) => Ok(Some((display_path(p), t))),
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
        Error::new(format!("cannot write output: {e}"))
    }
}
