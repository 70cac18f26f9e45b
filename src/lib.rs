//! luwes: lint government social-media posts for stiff, commanding, bureaucratic phrasing
//! and suggest warm, egalitarian rewrites. The binary is a thin shell over this library.
//!
//! The modules are layered (docs/ARCHITECTURE.md has the map and tests/architecture.rs
//! keeps it): `model` at the bottom, then `text`, `rules`, `check`, `score` and `fix`,
//! `engine`, `output`, `calendar` (content calendars from bytes) beside them, and `cli` on top, the only one that touches files or the terminal.
pub mod calendar;
pub mod check;
pub mod cli;
pub mod engine;
pub mod error;
pub mod fix;
#[cfg(feature = "invariants")]
#[doc(hidden)]
pub mod invariants;
pub mod model;
pub mod output;
pub mod rules;
pub mod score;
pub mod serve;
pub mod text;
pub mod yaml;

pub use engine::Linter;
pub use model::{Applicability, Category, Diagnostic, FileReport, Settings, Severity};
