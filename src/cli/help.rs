//! The clap command with its help laid over from `output::labels::help`, in the run's
//! language: headings, defaults and possible values, usage lines, the `help` subcommand.
use super::args::Cli;
use crate::output::labels::help::{self, HelpWords};
use clap::{Arg, Command, CommandFactory};

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

#[cfg(test)]
mod tests {
    use super::*;

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
