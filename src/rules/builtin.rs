//! The built-in rule packs, embedded in the binary by `build.rs` (every `rules/**/*.yaml`).
use super::{id_from_path, Source};
use std::borrow::Cow;
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

/// Every built-in rule file, in path order.
pub fn sources() -> Vec<Source> {
    BUILTIN_RULES
        .iter()
        .map(|(rel, text)| Source {
            id: id_from_path(rel),
            origin: Path::new("builtin:rules").join(rel),
            text: Cow::Borrowed(text),
        })
        .collect()
}
