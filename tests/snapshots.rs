//! Snapshots of every output format over the bundled fixtures and examples: reviewed by
//! hand when they change (`cargo insta review`), never blessed blindly.
mod common;
use common::run;

fn lint(format: &str, path: &str) -> String {
    let (code, out, err) = run(
        &["lint", "--no-config", "--color", "never", "--format", format, path],
        None,
    );
    assert!(code == 0 || code == 1, "exit {code}: {err}");
    out
}

#[test]
fn pretty_fixtures() {
    insta::assert_snapshot!("pretty_fixtures", lint("pretty", "tests/fixtures/posts"));
}

#[test]
fn compact_fixtures() {
    insta::assert_snapshot!("compact_fixtures", lint("compact", "tests/fixtures/posts"));
}

#[test]
fn json_fixtures() {
    insta::assert_snapshot!("json_fixtures", lint("json", "tests/fixtures/posts"));
}

#[test]
fn explain_wajib() {
    let (code, out, _) = run(&["explain", "--color", "never", "id/wajib"], None);
    assert_eq!(code, 0);
    insta::assert_snapshot!("explain_wajib", out);
}

#[test]
fn pretty_examples() {
    insta::assert_snapshot!("pretty_examples", lint("pretty", "examples/id"));
}

#[test]
fn compact_examples() {
    insta::assert_snapshot!("compact_examples", lint("compact", "examples/id"));
}

#[test]
fn json_examples() {
    insta::assert_snapshot!("json_examples", lint("json", "examples/id"));
}

/// A content calendar (generated for the tests): findings point at the cell.
const CALENDAR: &str = "tests/fixtures/calendar/kantor-a.csv";

#[test]
fn pretty_calendar() {
    insta::assert_snapshot!("pretty_calendar", lint("pretty", CALENDAR));
}

#[test]
fn json_calendar() {
    insta::assert_snapshot!("json_calendar", lint("json", CALENDAR));
}

/// Only the results: the rule descriptors beside them change with every rule edit and
/// are covered by tests/sarif.rs.
#[test]
fn sarif_calendar() {
    let log: serde_json::Value = serde_json::from_str(&lint("sarif", CALENDAR)).unwrap();
    let results = serde_json::to_string_pretty(&log["runs"][0]["results"]).unwrap();
    insta::assert_snapshot!("sarif_calendar", results);
}

#[test]
fn score_calendar() {
    let (code, out, err) = run(
        &["score", "--no-config", "--color", "never", "tests/fixtures/calendar"],
        None,
    );
    assert!(code == 0 || code == 1, "exit {code}: {err}");
    insta::assert_snapshot!("score_calendar", out);
}
