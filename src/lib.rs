//! luwes: lint government social-media posts for stiff, commanding, bureaucratic phrasing
//! and suggest warm, egalitarian rewrites. The binary is a thin shell over this library.
pub mod check;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod document;
pub mod engine;
pub mod error;
pub mod files;
pub mod fix;
#[doc(hidden)]
pub mod invariants;
pub mod output;
pub mod prefilter;
pub mod re;
pub mod report;
pub mod rules;
pub mod score;
pub mod serve;
pub mod text;
pub mod walk;
pub mod yaml;

pub use config::Settings;
pub use diagnostic::{Applicability, Category, Diagnostic, Severity};
pub use engine::{FileReport, Linter};

/// Lints one text with the built-in rules and `settings`, as a plain post (or Markdown
/// when `path` ends in `.md`). For tests and embedding; the CLI builds one `Linter` per run.
pub fn lint_str(path: &str, text: &str, settings: &Settings) -> error::Result<FileReport> {
    let (linter, _) = Linter::new(settings.clone())?;
    Ok(linter.lint(path, text))
}
