//! `luwes init`: writes the commented starter config, never over an existing file.
use super::config::{INIT_TEMPLATE_EN, INIT_TEMPLATE_ID};
use super::{EXIT_ERROR, EXIT_OK};
use crate::error::Error;
use std::io::Write;
use std::path::PathBuf;

pub fn run(force: bool, path: PathBuf, out: &mut dyn Write) -> Result<u8, Error> {
    if path.exists() && !force {
        super::report_error(&Error::in_file(&path, super::msg().init_exists));
        return Ok(EXIT_ERROR);
    }
    // The comments speak the language people asked for.
    let template = if crate::output::labels::ui().lang == "en" {
        INIT_TEMPLATE_EN
    } else {
        INIT_TEMPLATE_ID
    };
    super::files::replace_atomic(&path, template.as_bytes(), None, false)?;
    writeln!(out, "{}", (super::msg().init_wrote)(&path.display().to_string())).map_err(super::lint::io_err)?;
    Ok(EXIT_OK)
}
