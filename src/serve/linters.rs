//! The linting behind the API: one `Linter` per (kind, platform) the page asks for, built on
//! first use and shared by every request, and the JSON answers made with the library's own
//! printer so the API speaks exactly `--format json` (schema v1).
use crate::engine::Linter;
use crate::error::Error;
use crate::fix;
use crate::model::{Applicability, FileReport, Platform, Settings, TextKind};
use crate::rules::Pack;
use serde::Serialize;
use serde_json::Value;
use std::sync::OnceLock;

const PLATFORMS: [Platform; 5] = [
    Platform::Generic,
    Platform::Instagram,
    Platform::Facebook,
    Platform::X,
    Platform::Whatsapp,
];

/// The linters of a server. `Settings` carry the kind and the platform, and building a
/// linter loads every rule, so each combination is built once, when first asked for.
pub struct Linters {
    base: Settings,
    /// The rule packs the front end read at start, compiled again for each combination.
    packs: Vec<Pack>,
    /// Built at start with the server's own settings; stands in if a later build fails.
    first: Linter,
    cells: [[OnceLock<Option<Linter>>; 5]; 2],
}

/// What a request may choose per text; the rest comes from the server's config.
#[derive(Debug, Clone, Copy, Default)]
pub struct Choice {
    pub kind: Option<TextKind>,
    pub platform: Option<Platform>,
}

impl Linters {
    /// Builds the default linter at once, so a broken config or rule pack fails at start
    /// rather than at the first keystroke; the errors of packs that did not load are returned.
    /// `packs` are the settings' packs as the caller read them.
    pub fn new(base: Settings, packs: Vec<Pack>) -> Result<(Linters, Vec<Error>), Error> {
        let kept = packs
            .iter()
            .map(|p| Pack {
                sources: p.sources.clone(),
                errors: Vec::new(),
            })
            .collect();
        let (first, errors) = Linter::new(base.clone(), packs)?;
        let linters = Linters {
            base,
            packs: kept,
            first,
            cells: Default::default(),
        };
        Ok((linters, errors))
    }

    fn index(&self, c: Choice) -> (usize, usize) {
        let kind = c.kind.unwrap_or(self.base.kind);
        let platform = c.platform.unwrap_or(self.base.platform);
        let p = PLATFORMS.iter().position(|&x| x == platform).unwrap_or(0);
        (usize::from(kind == TextKind::Reply), p)
    }

    /// The linter for `c`.
    pub fn get(&self, c: Choice) -> &Linter {
        let (k, p) = self.index(c);
        if (k, p) == self.index(Choice::default()) {
            return &self.first;
        }
        self.cells[k][p]
            .get_or_init(|| {
                let settings = Settings {
                    kind: if k == 1 { TextKind::Reply } else { TextKind::Post },
                    platform: PLATFORMS[p],
                    ..self.base.clone()
                };
                // The same settings and rule texts loaded once in `new`; should a build fail
                // anyway, this kind and platform use the first linter's rules.
                let packs = self
                    .packs
                    .iter()
                    .map(|p| Pack {
                        sources: p.sources.clone(),
                        errors: Vec::new(),
                    })
                    .collect();
                Linter::new(settings, packs).ok().map(|(l, _)| l)
            })
            .as_ref()
            .unwrap_or(&self.first)
    }

    /// The server's own linter (for rule lists and explanations).
    pub fn default_linter(&self) -> &Linter {
        &self.first
    }
}

/// A report as `--format json` prints it.
pub fn json_report(reports: &[FileReport]) -> Value {
    let mut buf = Vec::new();
    // Writing JSON to memory cannot fail; `Null` would only mark a bug.
    let _ = crate::output::json::print(&mut buf, reports);
    serde_json::from_slice(&buf).unwrap_or(Value::Null)
}

/// One applied rewrite, for the page's list of what "Versi luwes" changed.
#[derive(Serialize)]
pub struct AppliedJson {
    pub rule: String,
    pub applicability: &'static str,
    pub line: usize,
    pub before: String,
    pub after: String,
}

/// A piece of the word diff between the draft and its rewrite.
#[derive(Serialize)]
pub struct DiffPart {
    pub op: &'static str,
    pub text: String,
}

/// `luwes fix` on one text: the fixed text, what was applied, the diff, and the JSON report
/// of the fixed text (as `luwes fix --format json` prints it).
pub fn fix_json(linter: &Linter, path: &str, text: &str, unsafe_fixes: bool) -> Value {
    let level = if unsafe_fixes {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    };
    let outcome = fix::fix(|t| linter.lint(path, t), text, level);
    let applied: Vec<AppliedJson> = outcome
        .applied
        .iter()
        .map(|a| AppliedJson {
            rule: a.rule.clone(),
            applicability: a.applicability.as_str(),
            line: a.line,
            before: a.before.clone(),
            after: a.after.clone(),
        })
        .collect();
    let diff: Vec<DiffPart> = similar::TextDiff::from_words(text, outcome.text())
        .iter_all_changes()
        .map(|c| DiffPart {
            op: match c.tag() {
                similar::ChangeTag::Equal => "equal",
                similar::ChangeTag::Delete => "delete",
                similar::ChangeTag::Insert => "insert",
            },
            text: c.value().to_string(),
        })
        .collect();
    let mut v = json_report(std::slice::from_ref(&outcome.report));
    if let Value::Object(m) = &mut v {
        m.insert("text".into(), Value::String(outcome.text().to_string()));
        m.insert("changed".into(), Value::Bool(outcome.changed()));
        m.insert("converged".into(), Value::Bool(outcome.converged));
        m.insert("applied".into(), serde_json::to_value(applied).unwrap_or_default());
        m.insert("diff".into(), serde_json::to_value(diff).unwrap_or_default());
    }
    v
}

/// The words for a score band, same cut-offs as `luwes score` and the report.
pub fn verdict(value: u8, en: bool) -> &'static str {
    let labels = if en { &crate::output::EN } else { &crate::output::ID };
    labels.band(value).1
}
