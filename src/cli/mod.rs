//! Command line: clap definitions and dispatch, config discovery and merging, the walk
//! over the inputs, reading rule packs, and the one atomic writer. The only module that
//! reads or writes files or the terminal; each command's orchestration lives in its own
//! file and prints through `output`.
mod args;
pub mod calendar;
mod completions;
pub mod config;
mod explain;
pub mod files;
mod fix;
mod help;
mod init;
mod lang;
mod lint;
pub mod packs;
mod report;
mod rules;
mod score;
mod serve;
mod usage;
pub mod walk;

use crate::output::labels::{self, messages::Messages};
pub use args::{Cli, Command, CommonArgs};

use crate::engine::Linter;
use crate::error::Error;
use crate::model::Settings;
use colored::Colorize;
use config::Config;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

/// Exit codes (README, "Exit codes"): clean, findings, error.
pub const EXIT_OK: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_ERROR: u8 = 2;

pub fn run() -> ExitCode {
    // The language people asked for is known before clap parses, so that the help and
    // clap's own errors are in it too.
    let argv: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let ui = lang::ui_lang(&argv, &|k| std::env::var(k).ok());
    labels::set_ui(ui);
    let parsed = help::command(ui == crate::model::Lang::En)
        .try_get_matches_from(std::env::args_os())
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m));
    let cli = match parsed {
        Ok(c) => c,
        Err(e) => {
            let _ = usage::print_clap_error(&e);
            // clap uses 0 for --help/--version and 2 for usage errors, as we do.
            return ExitCode::from(if e.use_stderr() { EXIT_ERROR } else { EXIT_OK });
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let code = match dispatch(cli, &mut out) {
        Ok(code) => code,
        Err(e) if e.is_broken_pipe() => return ExitCode::from(EXIT_OK),
        Err(e) => {
            report_error(&e);
            EXIT_ERROR
        }
    };
    match out.flush() {
        // A reader that went away (`luwes lint | head`) is not an error worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(code),
        Err(e) => {
            report_error(&Error::new((msg().write_output)(&e)));
            ExitCode::from(EXIT_ERROR)
        }
        Ok(()) => ExitCode::from(code),
    }
}

fn dispatch(cli: Cli, out: &mut dyn Write) -> Result<u8, Error> {
    match cli.command {
        Command::Lint(args) => lint::run(args, out),
        Command::Fix(args) => fix::run(args, out),
        Command::Score(args) => score::run(args, out),
        Command::Report(args) => report::run(args, out),
        Command::Serve(args) => serve::run(args, out),
        Command::Explain { rule, common } => explain::run(&rule, &common, out),
        Command::Rules {
            action,
            category,
            common,
        } => rules::run(action, category, &common, out),
        Command::Init { force, path } => init::run(force, path, out),
        Command::Completions { shell } => completions::completions(shell, out),
        Command::Manpage { dir } => completions::manpage(dir.as_deref(), out),
    }
}

/// What luwes says on stderr, in the language people asked for.
pub fn msg() -> &'static Messages {
    labels::ui().msg
}

/// Prints an error on stderr in the usual `error: path:line:col: message` form. The
/// `error:` word is English in both languages: CI logs are searched for it.
pub fn report_error(e: &Error) {
    let _ = writeln!(
        io::stderr(),
        "{} {}",
        labels::ui().words.error.red().bold(),
        describe(e)
    );
}

/// An error as people read it: `Error`'s own form, with the word before a config key
/// ("field `packs`") in the run's language.
pub fn describe(e: &Error) -> String {
    let Some(field) = &e.field else {
        return e.to_string();
    };
    let plain = Error {
        field: None,
        ..e.clone()
    };
    let whole = plain.to_string();
    // The key goes between the place (`path:line:col: `) and the message.
    let at = whole.len() - e.message.len();
    format!("{}{} `{field}`: {}", &whole[..at], msg().field, e.message)
}

pub fn report_notice(text: &str) {
    let _ = writeln!(io::stderr(), "{} {text}", labels::ui().words.note.cyan().bold());
}

/// Sets colouring for this run: `always`/`never` win; `auto` colours only a terminal,
/// and never when `NO_COLOR` is set (https://no-color.org).
pub fn set_color(choice: args::ColorChoice) {
    let on = match choice {
        args::ColorChoice::Always => true,
        args::ColorChoice::Never => false,
        args::ColorChoice::Auto => {
            io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    colored::control::set_override(on);
}

/// The config file in force (explicit, discovered, or none) and the merged settings.
pub fn load_settings(common: &CommonArgs) -> Result<(Option<std::path::PathBuf>, Config), Error> {
    let cwd = std::env::current_dir().ok();
    load_settings_in(cwd.as_deref(), common)
}

/// `load_settings` for a run started in `cwd` (where a config is looked for), so that the
/// fuzz target and tests can run the same loading path in a folder of their own.
pub fn load_settings_in(
    cwd: Option<&std::path::Path>,
    common: &CommonArgs,
) -> Result<(Option<std::path::PathBuf>, Config), Error> {
    let path = match (&common.config, common.no_config) {
        (Some(p), _) => Some(p.clone()),
        (None, true) => None,
        (None, false) => match cwd.and_then(config::discover) {
            Some(found) => {
                config::check_found(&found, common.allow_external_packs)?;
                Some(found)
            }
            None => None,
        },
    };
    let file = match &path {
        Some(p) => Config::from_file(p, common.allow_external_packs)?,
        None => Config::default(),
    };
    Ok((path, file.merge(common.to_config())))
}

pub fn settings(common: &CommonArgs) -> Result<Settings, Error> {
    load_settings(common).map(|(_, c)| Settings::from(c))
}

/// The linter of a run: the built-in rules and the settings' packs, read from disk here.
pub fn linter(settings: Settings) -> Result<(Linter, Vec<Error>), Error> {
    let packs = packs::read_all(&settings.packs, settings.pack_root.as_deref());
    Linter::new(settings, packs)
}

/// `linter`, with a settings error that names no file (`select: [nosuch]`) put on the
/// config file it came from.
pub fn linter_for(config: Option<&std::path::Path>, settings: Settings) -> Result<(Linter, Vec<Error>), Error> {
    linter(settings).map_err(|e| match config {
        Some(p) if e.path.is_none() => e.with_path(p),
        _ => e,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Location;

    #[test]
    fn an_error_names_its_key_in_the_run_s_language() {
        let e = Error::in_file("c.yaml", "salah")
            .field("packs")
            .at(Some(Location { line: 2, column: 3 }));
        assert_eq!(describe(&e), "c.yaml:2:3: kolom `packs`: salah");
        assert_eq!(describe(&Error::new("salah").field("x")), "kolom `x`: salah");
        assert_eq!(describe(&Error::in_file("c.yaml", "salah")), "c.yaml: salah");
    }
}
