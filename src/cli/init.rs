//! `luwes init`: writes the commented starter config, never over an existing file.
use super::config::INIT_TEMPLATE;
use super::{EXIT_ERROR, EXIT_OK};
use crate::error::Error;
use std::io::Write;
use std::path::PathBuf;

pub fn run(force: bool, path: PathBuf, out: &mut dyn Write) -> Result<u8, Error> {
    if path.exists() && !force {
        super::report_error(&Error::in_file(&path, "already exists; use --force to overwrite it"));
        return Ok(EXIT_ERROR);
    }
    super::files::replace_atomic(&path, INIT_TEMPLATE.as_bytes(), None, false)?;
    writeln!(
        out,
        "Wrote {}. Edit it, then run `luwes lint --print-config` to check the result.",
        path.display()
    )
    .map_err(super::lint::io_err)?;
    Ok(EXIT_OK)
}
