//! Rules as written: the YAML shape (`raw`), validation of the fields every rule has into a
//! `Spec` (`spec`), and where rule texts come from (`builtin`; packs on disk are read by
//! the CLI into the same `Source`s). Compiling a spec into a check is `check`'s work.
pub mod builtin;
pub mod raw;
pub mod spec;

use crate::error::{Error, Result};
use std::borrow::Cow;
use std::path::PathBuf;

/// The text of one rule file and where it came from.
#[derive(Debug, Clone)]
pub struct Source {
    /// The rule's id: its path below the pack root, without extension.
    pub id: String,
    /// `builtin:rules/id/wajib.yaml`, or the file's path.
    pub origin: PathBuf,
    pub text: Cow<'static, str>,
}

impl Source {
    /// Whether the rule ships with luwes (its regexes are tested, so compiled lazily).
    pub fn is_builtin(&self) -> bool {
        self.origin.to_string_lossy().starts_with("builtin:")
    }
}

/// The rule files of one pack (a folder or a single file), in order, and what could not
/// be read from it.
#[derive(Debug, Default)]
pub struct Pack {
    pub sources: Vec<Source>,
    pub errors: Vec<Error>,
}

/// The id of a rule file: its path below the pack root, without extension, `/`-separated.
pub fn id_from_path(rel: &str) -> String {
    let rel = rel.replace('\\', "/");
    rel.strip_suffix(".yaml")
        .or_else(|| rel.strip_suffix(".yml"))
        .unwrap_or(&rel)
        .to_string()
}

/// Parses a rule file and validates its shared fields.
pub fn parse(source: &Source) -> Result<spec::Spec> {
    let raw: raw::RawRule = crate::yaml::parse(&source.origin, &source.text)?;
    spec::validate(&source.id, raw).map_err(|e| spec::locate(source, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_paths() {
        assert_eq!(id_from_path("id/wajib.yaml"), "id/wajib");
        assert_eq!(id_from_path("id\\formal\\x.yml"), "id/formal/x");
    }
}
