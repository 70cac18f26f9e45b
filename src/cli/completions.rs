//! `luwes completions SHELL` and the hidden `luwes manpage`: generated from the clap
//! definitions (with the help in the run's language), so they never drift from the real
//! command line. The scripts complete rule ids and categories from the built-in pack.
use super::lint::io_err;
use super::EXIT_OK;
use crate::error::Error;
use crate::model::Category;
use clap::builder::PossibleValuesParser;
use clap::Command;
use clap_complete::Shell;
use std::io::Write;
use std::path::Path;

pub fn completions(shell: Shell, out: &mut dyn Write) -> Result<u8, Error> {
    // clap_complete panics when its writer fails; through a buffer, a closed pipe
    // (`luwes completions bash | head`) is an ordinary, quiet write error.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut with_rule_ids(command()), "luwes", &mut script);
    out.write_all(&script).map_err(io_err)?;
    Ok(EXIT_OK)
}

/// The man page of `luwes` on `out`, or with `dir` one page per visible command
/// (`luwes.1`, `luwes-lint.1`, …), as packagers install them.
pub fn manpage(dir: Option<&Path>, out: &mut dyn Write) -> Result<u8, Error> {
    let cmd = command();
    match dir {
        None => clap_mangen::Man::new(cmd).render(out).map_err(io_err)?,
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| super::files::io_error(dir, &e))?;
            clap_mangen::generate_to(cmd, dir).map_err(|e| super::files::io_error(dir, &e))?;
        }
    }
    Ok(EXIT_OK)
}

fn command() -> Command {
    super::help::command(crate::output::labels::ui().lang == "en")
}

/// The command as the completion scripts see it: what takes a rule id (`explain`'s
/// argument) or a rule id or category (`--select`, `--ignore`) lists the built-in ones
/// as its values. Only the scripts get these lists: parsing still takes any id, since a
/// pack or a config may add rules, and `explain` answers a typo with the nearest ids.
fn with_rule_ids(cmd: Command) -> Command {
    let (rules, _) = crate::engine::rules::builtin();
    let mut ids: Vec<String> = rules.iter().map(|r| r.id().to_string()).collect();
    ids.sort();
    let categories: Vec<String> = Category::ALL.iter().map(|c| c.as_str().to_string()).collect();
    let rule_or_category: Vec<String> = ids.iter().chain(&categories).cloned().collect();
    let takes = |values: &[String], cmd: Command, arg: &str| {
        let values = values.to_vec();
        if cmd.get_arguments().any(|a| a.get_id() == arg) {
            cmd.mut_arg(arg, |a| a.value_parser(PossibleValuesParser::new(values)))
        } else {
            cmd
        }
    };
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    let mut cmd = cmd;
    for sub in subs {
        cmd = cmd.mut_subcommand(&sub, |s| {
            let s = if sub == "explain" {
                takes(&rule_or_category, s, "rule")
            } else {
                s
            };
            let s = takes(&rule_or_category, s, "select");
            let s = takes(&rule_or_category, s, "ignore");
            if sub == "rules" {
                takes(&categories, s, "category")
            } else {
                s
            }
        });
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shell_gets_a_script_naming_the_subcommands() {
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell, Shell::Elvish] {
            let mut out = Vec::new();
            assert_eq!(completions(shell, &mut out).unwrap(), EXIT_OK);
            let script = String::from_utf8(out).unwrap();
            assert!(script.contains("luwes") && script.contains("lint"), "{shell}");
            if matches!(shell, Shell::Bash | Shell::Zsh | Shell::Fish) {
                assert!(script.contains("sarif"), "{shell}: --format values are completed");
                assert!(script.contains("id/wajib"), "{shell}: rule ids are completed");
                assert!(script.contains("imperative"), "{shell}: categories are completed");
            }
        }
    }

    #[test]
    fn man_pages_on_stdout_and_in_a_folder() {
        let mut out = Vec::new();
        manpage(None, &mut out).unwrap();
        let page = String::from_utf8(out).unwrap();
        assert!(page.starts_with(".ie") && page.contains(".TH luwes 1"), "{page}");
        let dir = tempfile::tempdir().unwrap();
        manpage(Some(dir.path()), &mut Vec::new()).unwrap();
        for name in ["luwes.1", "luwes-lint.1", "luwes-completions.1"] {
            assert!(dir.path().join(name).is_file(), "{name}");
        }
        assert!(
            !dir.path().join("luwes-manpage.1").exists(),
            "hidden commands get no page"
        );
    }
}
