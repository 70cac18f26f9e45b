//! Usage errors from clap (an unknown option, a bad value) said in the run's language.
use crate::output::labels::help;

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
            let valid = value(ContextKind::ValidValue);
            if bad.is_empty() {
                // `--select` with nothing after it.
                format!("'{arg}' perlu nilai, tetapi tidak ada yang diberikan")
            } else if valid.is_empty() {
                format!("nilai '{bad}' tidak sah untuk '{arg}'")
            } else {
                format!("nilai '{bad}' tidak sah untuk '{arg}' ({}: {valid})", w.values)
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
