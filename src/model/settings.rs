//! What a run uses, every choice made: the result of merging defaults, the config file and
//! the command line (see `cli::config`), handed to the engine and the printers.
use super::diagnostic::Severity;
use super::words::{Lang, Platform, TextKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The lowest severity that makes `lint` exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    Info,
    #[default]
    Warning,
    Error,
    Never,
}

impl FailOn {
    pub const ALL: [FailOn; 4] = [FailOn::Info, FailOn::Warning, FailOn::Error, FailOn::Never];

    pub fn as_str(self) -> &'static str {
        match self {
            FailOn::Info => "info",
            FailOn::Warning => "warning",
            FailOn::Error => "error",
            FailOn::Never => "never",
        }
    }

    pub fn fails(self, s: Severity) -> bool {
        match self {
            FailOn::Info => true,
            FailOn::Warning => s >= Severity::Warning,
            FailOn::Error => s >= Severity::Error,
            FailOn::Never => false,
        }
    }
}

/// Words the project accepts (never flagged) or rejects (always flagged).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocab {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accept: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reject: Vec<String>,
}

/// What a run uses, every choice made.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub lang: Lang,
    pub kind: TextKind,
    pub platform: Platform,
    pub fail_on: FailOn,
    pub min_score: Option<f64>,
    /// Extra rule pack folders or files; the CLI reads them (see `cli::packs`).
    pub packs: Vec<PathBuf>,
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub severity: BTreeMap<String, Severity>,
    pub vocab: Vocab,
    pub exclude: Vec<String>,
    /// Largest post read, in MiB.
    pub max_file_mb: u64,
    /// Where the files of `packs` must lie, links resolved (the repository holding the
    /// config); `None` lets them lie anywhere (`--allow-external-packs`, or no config).
    pub pack_root: Option<PathBuf>,
}

impl Settings {
    /// The largest post read, in bytes.
    pub fn max_file_bytes(&self) -> u64 {
        self.max_file_mb.saturating_mul(1 << 20)
    }
}
