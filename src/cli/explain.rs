//! `luwes explain RULE`: finds the rule (by id, or by its name without the pack prefix)
//! and prints its explanation (see `output::explain`).
use super::args::CommonArgs;
use super::lint::io_err;
use super::{set_color, EXIT_ERROR, EXIT_OK};
use crate::check::Rule;
use crate::error::Error;
use std::io::Write;

pub fn run(id: &str, common: &CommonArgs, out: &mut dyn Write) -> Result<u8, Error> {
    set_color(common.color);
    let settings = super::settings(common)?;
    let labels = crate::output::labels::for_run(settings.lang, &[]);
    let (linter, errors) = super::linter(settings)?;
    errors.iter().for_each(super::report_error);
    // `luwes explain wajib` is what people type after reading `[id/wajib]`: accept a
    // name without its pack prefix when exactly one rule has it.
    let short: Vec<&Rule> = linter
        .rules
        .rules
        .iter()
        .filter(|r| r.id().rsplit('/').next() == Some(id))
        .collect();
    let found = linter
        .rules
        .get(id)
        .or(if short.len() == 1 { Some(short[0]) } else { None });
    let Some(rule) = found else {
        let close: Vec<&str> = linter
            .rules
            .rules
            .iter()
            .map(|r| r.id())
            .filter(|r| r.contains(id) || id.contains(r.rsplit('/').next().unwrap_or(r)))
            .take(5)
            .collect();
        let hint = if close.is_empty() {
            "run `luwes rules` to list them".to_string()
        } else {
            format!("did you mean {}?", close.join(", "))
        };
        super::report_error(&Error::new(format!("no rule `{id}`; {hint}")));
        return Ok(EXIT_ERROR);
    };
    crate::output::explain::print(out, &rule.meta, labels).map_err(io_err)?;
    Ok(EXIT_OK)
}
