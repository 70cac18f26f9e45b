//! `luwes completions SHELL` and the hidden `luwes manpage`: generated from the clap
//! definitions, so they never drift from the real command line.
use super::args::Cli;
use super::lint::io_err;
use super::EXIT_OK;
use crate::error::Error;
use clap::CommandFactory;
use clap_complete::Shell;
use std::io::Write;
use std::path::Path;

pub fn completions(shell: Shell, out: &mut dyn Write) -> Result<u8, Error> {
    // clap_complete panics when its writer fails; through a buffer, a closed pipe
    // (`luwes completions bash | head`) is an ordinary, quiet write error.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "luwes", &mut script);
    out.write_all(&script).map_err(io_err)?;
    Ok(EXIT_OK)
}

/// The man page of `luwes` on `out`, or with `dir` one page per visible command
/// (`luwes.1`, `luwes-lint.1`, …), as packagers install them.
pub fn manpage(dir: Option<&Path>, out: &mut dyn Write) -> Result<u8, Error> {
    let cmd = Cli::command();
    match dir {
        None => clap_mangen::Man::new(cmd).render(out).map_err(io_err)?,
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, &e))?;
            clap_mangen::generate_to(cmd, dir).map_err(|e| Error::io(dir, &e))?;
        }
    }
    Ok(EXIT_OK)
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
