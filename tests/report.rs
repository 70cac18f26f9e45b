//! `luwes report` from the outside: one self-contained, escaped, deterministic HTML file,
//! labelled in the run's language; then the same file in a real headless Chromium (see
//! tests/report_chromium.rs).
mod common;

use common::{run, run_in};
use std::fs;

const FIXTURES: &str = "tests/fixtures/report";

fn report_stdout(dir: &std::path::Path, extra: &[&str]) -> String {
    let mut args = vec!["report", "--no-config", "-o", "-"];
    args.extend_from_slice(extra);
    let (code, out, err) = run_in(dir, &args, None);
    assert_eq!(code, 0, "{err}");
    out
}

#[test]
fn writes_one_self_contained_page_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("laporan.html");
    let (code, out, err) = run(
        &["report", "--no-config", FIXTURES, "-o", target.to_str().unwrap()],
        None,
    );
    assert_eq!(code, 0, "findings alone do not fail a report: {err}");
    assert!(out.contains("laporan.html") && out.contains("3 draf"), "{out}");
    let html = fs::read_to_string(&target).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    // Nothing to fetch: no stylesheet, script, image or font from anywhere.
    for needle in ["<link", "<script src", "<img", "src=", "url(", "@import", "https:"] {
        assert!(!html.contains(needle), "found {needle}");
    }
    assert!(
        html.contains("<mark class=\"hl fill-warning"),
        "a phrase finding is highlighted"
    );
    assert!(html.contains("<svg class=\"chart bars\"") && html.contains("<svg class=\"chart histogram\""));
    assert!(
        html.contains("id=\"rule-id-wajib\""),
        "the rules that fired are explained"
    );
    let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "the temporary file was renamed, not left behind");
}

#[test]
fn labels_follow_the_language_of_the_run() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let id = report_stdout(root, &[FIXTURES]);
    assert!(id.contains("<html lang=\"id\">") && id.contains("Ringkasan") && id.contains("Saran:"));
    let en = report_stdout(root, &["--lang", "en", FIXTURES]);
    assert!(en.contains("<html lang=\"en\">") && en.contains("Summary") && !en.contains("Ringkasan"));
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("post.txt"),
        "We are glad to see you. All applicants must bring their ID card to the office for the permit.\n",
    )
    .unwrap();
    let auto = report_stdout(dir.path(), &["--lang", "auto", "."]);
    assert!(auto.contains("<html lang=\"en\">") && auto.contains("<div class=\"text\" lang=\"en\">"));
}

#[test]
fn user_text_paths_and_title_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let post = "<script>alert(1)</script> Peserta wajib membawa KTP & \"map\".\n";
    fs::write(dir.path().join("a<b>&c.txt"), post).unwrap();
    let html = report_stdout(dir.path(), &["--title", "<i>Lokakarya</i>", "."]);
    assert!(
        !html.contains("<script>alert") && !html.contains("<i>") && !html.contains("a<b>"),
        "{html}"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("a&lt;b&gt;&amp;c.txt") && html.contains("&lt;i&gt;Lokakarya&lt;/i&gt;"));
}

#[test]
fn output_is_deterministic() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_eq!(report_stdout(root, &[FIXTURES]), report_stdout(root, &[FIXTURES]));
}

#[test]
fn small_report_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("draf.txt"),
        "Dengan hormat,\nPeserta wajib membawa KTP 🪪 dan diharapkan hadir tepat waktu.\n",
    )
    .unwrap();
    let html = report_stdout(dir.path(), &["."]);
    // The stylesheet is tested by eye (the Chromium screenshot); the snapshot is the markup.
    let main = &html[html.find("<main>").unwrap()..html.find("</main>").unwrap()];
    insta::assert_snapshot!(main);
}

#[test]
fn an_unwritable_output_is_an_error_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("tidak-ada/laporan.html");
    let (code, _, err) = run(
        &["report", "--no-config", FIXTURES, "-o", target.to_str().unwrap()],
        None,
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("tidak bisa menulis laporan"), "{err}");
}

#[test]
fn min_score_gates_the_report_as_it_gates_score() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("r.html");
    let (code, _, err) = run(
        &[
            "report",
            "--no-config",
            "--min-score",
            "50",
            FIXTURES,
            "-o",
            target.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("di bawah --min-score"), "{err}");
    assert!(target.exists(), "the report is still written");
}

#[test]
fn calendars_get_trends_per_month_and_side_by_side() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let html = report_stdout(root, &["tests/fixtures/calendar"]);
    let at = html.find("<section class=\"trend\"").expect("a section over time");
    let trend = &html[at..at + html[at..].find("</section>").unwrap()];
    // Three months, two calendars: a line each, and a column of kaku share per month.
    assert_eq!(trend.matches("<polyline class=\"trend\"").count(), 2, "{trend}");
    assert_eq!(trend.matches("<circle class=\"point\"").count(), 6);
    assert_eq!(trend.matches("<svg class=\"chart columns\"").count(), 1);
    for month in ["2026-01", "2026-02", "2026-03"] {
        assert!(trend.contains(&format!(">{month}<")), "{month}");
    }
    assert!(trend.contains("Kalender berdampingan") && trend.contains("@kantor.a") && trend.contains("@kantor.b"));
    // January: 10, 20 and 18 → 16; March: 90, 95 and 20 → 68.
    assert!(
        trend.contains("Skor rata-rata 16 pada 2026-01 dan 68 pada 2026-03: unggahan makin luwes."),
        "{trend}"
    );
    assert!(
        html.contains("kantor-a.csv:baris 2 (Caption)"),
        "drafts are named by their cell"
    );

    let one = report_stdout(root, &["--since", "2026-02-01", "tests/fixtures/calendar/kantor-a.csv"]);
    assert!(one.contains("Skor rata-rata per bulan") && !one.contains(">2026-01<"));
    let plain = report_stdout(root, &[FIXTURES]);
    assert!(!plain.contains("class=\"trend\""), "no calendar, no section over time");
}
