//! The run's language for people (`--lang`, `LUWES_LANG`, the locale), read before clap
//! parses, and the clap command with its help laid over from `output::labels::help`.
use super::args::Cli;
use crate::model::Lang;
use crate::output::labels::help::{self, HelpWords};
use clap::{Arg, Command, CommandFactory};

/// The language of the words around findings, from what a person set: `--lang id|en` on
/// the command line, else `LUWES_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`,
/// first one set, as POSIX reads them). Only English is chosen by name; everything else
/// (`id_ID`, `C`, `POSIX`, unset) is Indonesian, since that is who luwes is for.
pub fn ui_lang(args: &[String], env: &dyn Fn(&str) -> Option<String>) -> Lang {
    let flag = lang_flag(args).and_then(|v| match v.as_str() {
        "en" => Some(Lang::En),
        "id" => Some(Lang::Id),
        _ => None,
    });
    if let Some(l) = flag {
        return l;
    }
    let set = |k: &str| env(k).filter(|v| !v.is_empty());
    if let Some(v) = set("LUWES_LANG") {
        return if v.to_ascii_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::Id
        };
    }
    let locale = set("LC_ALL").or_else(|| set("LC_MESSAGES")).or_else(|| set("LANG"));
    match locale {
        Some(v) if v.starts_with("en") => Lang::En,
        _ => Lang::Id,
    }
}

/// The value of the last `--lang X` / `--lang=X` before a `--`.
fn lang_flag(args: &[String]) -> Option<String> {
    let mut found = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            found = it.next().cloned();
        } else if let Some(v) = a.strip_prefix("--lang=") {
            found = Some(v.to_string());
        }
    }
    found
}

/// The clap command of luwes with every help text in the run's language.
pub fn command(english: bool) -> Command {
    let words = if english { &help::WORDS_EN } else { &help::WORDS_ID };
    let mut cmd = localise(Cli::command(), "", english, words);
    // clap adds its `help` subcommands when it builds the command: build now, then give
    // them the run's words too.
    cmd.build();
    finish(cmd, words)
}

/// After clap built the command: its `help` subcommands get the run's words, and each
/// usage line says `[OPSI]` rather than `[OPTIONS]`.
fn finish(mut cmd: Command, w: &'static HelpWords) -> Command {
    let usage = cmd.render_usage().to_string();
    let usage = usage.trim_start_matches("Usage:").trim();
    let usage = usage
        .replace("[OPTIONS]", w.options_placeholder)
        .replace("[COMMAND]", &format!("[{}]", w.command_placeholder))
        .replace("<COMMAND>", &format!("<{}>", w.command_placeholder));
    cmd = cmd.override_usage(usage);
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for sub in subs {
        cmd = cmd.mut_subcommand(&sub, |s| {
            let s = if sub == "help" { s.about(w.help_sub) } else { s };
            finish(s, w)
        });
    }
    cmd
}

fn localise(cmd: Command, name: &str, english: bool, w: &HelpWords) -> Command {
    // clap's section headings ("Arguments:", "Options:") are English: the template names
    // the sections itself, and lists only those the command has.
    let mut template = format!("{{about-with-newline}}\n{} {{usage}}\n", w.usage);
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        template.push_str(&format!("\n{}\n{{positionals}}\n", w.arguments));
    }
    if cmd.has_subcommands() {
        template.push_str(&format!("\n{}\n{{subcommands}}\n", w.commands));
    }
    template.push_str(&format!("\n{}\n{{options}}{{after-help}}", w.options));
    let mut cmd = cmd.help_template(template).disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .help(w.help)
            .action(clap::ArgAction::Help),
    );
    if let Some(about) = help::lookup(name, "", english) {
        cmd = cmd.about(about).long_about(None::<&str>);
    }
    if let Some(after) = help::lookup(name, "+", english) {
        cmd = cmd.after_help(after).after_long_help(None::<&str>);
    }
    if name.is_empty() {
        // `luwes --lang en --help`: before a command, `--lang` only chooses the language
        // of the messages (read before clap parses, in `ui_lang`).
        cmd = cmd.arg(
            Arg::new("lang")
                .long("lang")
                .value_name("LANG")
                .value_parser(["id", "en", "auto"])
                .help(help::lookup("", "lang", english).unwrap_or_default()),
        );
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .help(w.version)
                .action(clap::ArgAction::Version),
        );
    }
    let ids: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        if id == "help" || id == "version" {
            continue;
        }
        cmd = cmd.mut_arg(&id, |a| localise_arg(a, name, english, w));
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for sub in subs {
        cmd = cmd.mut_subcommand(&sub, |s| localise(s, &sub, english, w));
    }
    cmd
}

fn localise_arg(a: Arg, command: &str, english: bool, w: &HelpWords) -> Arg {
    let takes_values = a.get_action().takes_values();
    let mut text = help::lookup(command, a.get_id().as_str(), english)
        .unwrap_or_default()
        .to_string();
    // clap would add "[default: …] [possible values: …]" in English: say it ourselves.
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !a.is_hide_default_value_set() {
        text.push_str(&format!(" [{}: {}]", w.default, defaults.join(", ")));
    }
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if takes_values && !values.is_empty() && !a.is_hide_possible_values_set() {
        text.push_str(&format!(" [{}: {}]", w.values, values.join(", ")));
    }
    let a = a.help(text).long_help(None::<&str>);
    if takes_values {
        a.hide_default_value(true).hide_possible_values(true)
    } else {
        a
    }
}

/// Prints a clap error or help page. Help and version go out as they are (they are
/// already in the run's language); usage errors get Indonesian words for the kinds
/// people meet, and keep clap's own English wording for the rare rest.
pub fn print_clap_error(e: &clap::Error) -> std::io::Result<()> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    use std::io::Write;
    if !e.use_stderr() || crate::output::labels::ui().lang == "en" {
        return e.print();
    }
    let value = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let w = &help::WORDS_ID;
    let said = match e.kind() {
        ErrorKind::UnknownArgument => format!("argumen '{}' tidak dikenal", value(ContextKind::InvalidArg)),
        ErrorKind::InvalidValue => {
            let arg = value(ContextKind::InvalidArg);
            let bad = value(ContextKind::InvalidValue);
            match e.get(ContextKind::ValidValue) {
                Some(_) => format!(
                    "nilai '{bad}' tidak sah untuk '{arg}' ({}: {})",
                    w.values,
                    value(ContextKind::ValidValue)
                ),
                None => format!("nilai '{bad}' tidak sah untuk '{arg}'"),
            }
        }
        ErrorKind::InvalidSubcommand => format!("perintah '{}' tidak dikenal", value(ContextKind::InvalidSubcommand)),
        ErrorKind::MissingRequiredArgument => {
            format!("argumen wajib belum diberikan: {}", value(ContextKind::InvalidArg))
        }
        ErrorKind::ArgumentConflict => format!(
            "'{}' tidak bisa dipakai bersama '{}'",
            value(ContextKind::InvalidArg),
            value(ContextKind::PriorArg)
        ),
        ErrorKind::ValueValidation => format!(
            "nilai '{}' tidak sah untuk '{}': {}",
            value(ContextKind::InvalidValue),
            value(ContextKind::InvalidArg),
            std::error::Error::source(e).map(|s| s.to_string()).unwrap_or_default()
        ),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            return e.print();
        }
        _ => return e.print(),
    };
    let mut err = std::io::stderr();
    let usage = e.render().to_string();
    // clap's rendering ends with the usage line and the pointer to --help: keep the
    // usage (it names the command), say the rest in Indonesian.
    let usage_line = usage.lines().find_map(|l| l.strip_prefix("Usage:"));
    writeln!(err, "{} {said}", w.error)?;
    if let Some(u) = usage_line {
        writeln!(err, "\n{}{u}", w.usage)?;
    }
    writeln!(err, "\n{}", w.more_info)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    }

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn the_flag_then_luwes_lang_then_the_locale_choose_english() {
        assert_eq!(ui_lang(&args("luwes lint"), &env(&[])), Lang::Id);
        assert_eq!(ui_lang(&args("luwes lint --lang en"), &env(&[])), Lang::En);
        assert_eq!(ui_lang(&args("luwes lint --lang=en"), &env(&[])), Lang::En);
        assert_eq!(ui_lang(&args("luwes lint -- --lang en"), &env(&[])), Lang::Id);
        assert_eq!(
            ui_lang(&args("luwes --lang id"), &env(&[("LUWES_LANG", "en")])),
            Lang::Id
        );
        assert_eq!(ui_lang(&args("luwes"), &env(&[("LUWES_LANG", "en")])), Lang::En);
        assert_eq!(
            ui_lang(&args("luwes"), &env(&[("LUWES_LANG", "id"), ("LANG", "en_US.UTF-8")])),
            Lang::Id
        );
        assert_eq!(ui_lang(&args("luwes"), &env(&[("LANG", "en_GB.UTF-8")])), Lang::En);
        assert_eq!(
            ui_lang(&args("luwes"), &env(&[("LC_ALL", "id_ID.UTF-8"), ("LANG", "en_US")])),
            Lang::Id
        );
        assert_eq!(
            ui_lang(&args("luwes"), &env(&[("LC_MESSAGES", "en_US"), ("LANG", "C")])),
            Lang::En
        );
        for indonesian in ["C", "POSIX", "C.UTF-8", "id_ID.UTF-8", ""] {
            assert_eq!(
                ui_lang(&args("luwes"), &env_one("LANG", indonesian)),
                Lang::Id,
                "{indonesian}"
            );
        }
        // `auto` names no language for people: the environment decides.
        assert_eq!(
            ui_lang(&args("luwes --lang auto"), &env(&[("LANG", "en_US")])),
            Lang::En
        );
    }

    fn env_one(k: &'static str, v: &'static str) -> impl Fn(&str) -> Option<String> {
        move |n| (n == k).then(|| v.to_string())
    }

    /// Every command and every option a person can see has its own words in both
    /// languages: a new option without an entry in the table fails here.
    #[test]
    fn every_visible_command_and_option_has_help_in_both_languages() {
        for english in [false, true] {
            let mut cmd = command(english);
            cmd.build();
            check(&cmd, english);
        }
    }

    fn check(cmd: &Command, english: bool) {
        let name = cmd.get_name();
        assert!(
            cmd.get_about().is_some_and(|a| !a.to_string().is_empty()),
            "{name}: no about"
        );
        for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
            assert!(
                !help.trim().is_empty(),
                "{name} {}: no help (english {english})",
                a.get_id()
            );
        }
        for s in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            check(s, english);
        }
    }
}
