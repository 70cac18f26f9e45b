//! The Indonesian examples under examples/id/: every soft (`*.luwes.txt`) post lints clean
//! and every stiff (`*.kaku.txt`) post gets several warnings. Files named `*balasan*` are
//! replies to citizens and are linted as replies.
use luwes::model::TextKind;
use luwes::{FileReport, Linter, Settings, Severity};
use std::fs;
use std::path::{Path, PathBuf};

/// Lints every file in `paths` with one linter per text kind (compiling the rules once).
fn lint_all(paths: &[PathBuf]) -> Vec<(PathBuf, String, FileReport)> {
    let linter = |kind| {
        let settings = Settings {
            kind,
            ..Settings::default()
        };
        Linter::new(settings, Vec::new()).unwrap().0
    };
    let (post, reply) = (linter(TextKind::Post), linter(TextKind::Reply));
    paths
        .iter()
        .map(|path| {
            let text = fs::read_to_string(path).unwrap();
            let name = path.to_string_lossy();
            let l = if name.contains("balasan") { &reply } else { &post };
            let report = l.lint(&name, &text);
            (path.clone(), text, report)
        })
        .collect()
}

fn examples(suffix: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/id");
    let mut out: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    out.sort();
    out
}

#[test]
fn soft_examples_lint_clean() {
    let soft = examples(".luwes.txt");
    assert!(soft.len() >= 8, "at least 8 soft examples");
    for (path, text, report) in lint_all(&soft) {
        let found: Vec<_> = report
            .diagnostics
            .iter()
            .map(|d| format!("{} {:?}", d.rule, &text[d.span.clone()]))
            .collect();
        assert!(found.is_empty(), "{}: {found:?}", path.display());
    }
}

#[test]
fn stiff_examples_get_warnings() {
    let stiff = examples(".kaku.txt");
    assert_eq!(
        stiff.len(),
        examples(".luwes.txt").len(),
        "each stiff post has a soft version"
    );
    for (path, _, report) in lint_all(&stiff) {
        let warnings = report
            .diagnostics
            .iter()
            .filter(|d| d.severity >= Severity::Warning)
            .count();
        assert!(warnings >= 3, "{}: only {warnings} warnings", path.display());
    }
}
