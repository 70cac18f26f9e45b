//! Indonesian from `--help` to the last error line, English when asked for: snapshots of
//! what a person reads (reviewed by hand), and how the language is chosen (`--lang`,
//! `LUWES_LANG`, the locale).
mod common;
use common::luwes;

/// Runs `luwes` in the package root with `env` added to a clean environment; returns
/// (exit code, stdout, stderr).
fn run(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let mut cmd = luwes();
    cmd.args(args).env_remove("COLUMNS");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn help_in_indonesian() {
    let (code, out, _) = run(&["--help"], &[]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("help_id", out);
}

#[test]
fn lint_help_in_indonesian() {
    let (code, out, _) = run(&["lint", "--help"], &[]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("lint_help_id", out);
}

#[test]
fn help_in_english_with_lang_en() {
    let (code, out, _) = run(&["--lang", "en", "--help"], &[]);
    assert_eq!(code, 0, "{out}");
    insta::assert_snapshot!("help_en", out);
    let (_, lint, _) = run(&["lint", "--lang", "en", "--help"], &[]);
    assert!(lint.contains("Language of the posts and of luwes's messages"), "{lint}");
    assert!(
        !lint.contains("for `rules`"),
        "`lint --help` says what --lang does for lint"
    );
}

#[test]
fn error_lines_in_indonesian() {
    let (code, _, err) = run(&["lint", "--no-config", "tidak-ada.txt"], &[]);
    assert_eq!(code, 2);
    let (code, _, usage) = run(&["lint", "--format", "xml"], &[]);
    assert_eq!(code, 2);
    let (code, _, typo) = run(&["explain", "id/wajb"], &[]);
    assert_eq!(code, 2);
    insta::assert_snapshot!("errors_id", format!("{err}---\n{usage}---\n{typo}"));
    let (code, _, config) = run(&["lint", "--config", "tidak-ada.yaml", "x.txt"], &[]);
    assert_eq!(code, 2);
    assert!(
        config.contains("error: tidak-ada.yaml: berkas atau folder tidak ada"),
        "{config}"
    );
    let (code, _, none) = run(&["lint", "--select"], &[]);
    assert_eq!(code, 2);
    assert!(none.contains("error: '--select <RULE|CATEGORY>' perlu nilai"), "{none}");
    let (code, _, conflict) = run(&["fix", "--diff", "--dry-run", "x"], &[]);
    assert_eq!(code, 2);
    assert!(
        conflict.contains("tidak bisa dipakai bersama") && conflict.contains("Pemakaian: luwes fix [OPSI]"),
        "{conflict}"
    );
    let (_, _, english) = run(&["lint", "--select"], &[("LUWES_LANG", "en")]);
    assert!(
        english.contains("error: a value is required for '--select"),
        "clap's own words in English: {english}"
    );
}

#[test]
fn score_in_indonesian() {
    let (code, out, err) = run(&["score", "--no-config", "tests/fixtures/report"], &[]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!("score_id", out);
}

#[test]
fn the_locale_and_luwes_lang_choose_english_and_nothing_else_does() {
    let missing = ["lint", "--no-config", "tidak-ada.txt"];
    let english = "error: tidak-ada.txt: no such file or directory";
    let indonesian = "error: tidak-ada.txt: berkas atau folder tidak ada";
    for (env, want) in [
        (&[][..], indonesian),
        (&[("LANG", "C")][..], indonesian),
        (&[("LANG", "POSIX")][..], indonesian),
        (&[("LANG", "id_ID.UTF-8")][..], indonesian),
        (&[("LANG", "en_US.UTF-8")][..], english),
        (&[("LC_ALL", "en_GB.UTF-8"), ("LANG", "id_ID.UTF-8")][..], english),
        (&[("LC_MESSAGES", "en_US.UTF-8")][..], english),
        (&[("LUWES_LANG", "en")][..], english),
        (&[("LUWES_LANG", "id"), ("LANG", "en_US.UTF-8")][..], indonesian),
    ] {
        let (code, _, err) = run(&missing, env);
        assert_eq!(code, 2);
        assert!(err.contains(want), "{env:?}: {err}");
    }
    let (_, _, err) = run(&["lint", "--lang", "en", "--no-config", "tidak-ada.txt"], &[]);
    assert!(err.contains(english), "--lang en: {err}");
    let (_, _, err) = run(
        &["lint", "--lang", "id", "--no-config", "tidak-ada.txt"],
        &[("LUWES_LANG", "en")],
    );
    assert!(err.contains(indonesian), "--lang id wins over LUWES_LANG: {err}");
}

#[test]
fn tables_speak_the_language_people_asked_for() {
    let (_, id, _) = run(&["rules", "--no-config"], &[]);
    assert!(
        id.starts_with("ATURAN") && id.contains("aturan; `luwes explain ATURAN`"),
        "{id}"
    );
    let (_, en, _) = run(&["rules", "--no-config"], &[("LUWES_LANG", "en")]);
    assert!(
        en.starts_with("RULE") && en.contains("rules; `luwes explain RULE`"),
        "{en}"
    );
    let (_, id, _) = run(&["rules", "test", "--no-config"], &[]);
    assert!(
        id.contains("ok: ") && id.contains(" aturan, ") && id.contains(" contoh, "),
        "{id}"
    );
    let (_, en, _) = run(
        &["score", "--no-config", "tests/fixtures/report"],
        &[("LANG", "en_US.UTF-8")],
    );
    assert!(
        en.starts_with("FILE") && en.contains("Commanding tone") && en.contains("Mean score"),
        "{en}"
    );
}

#[test]
fn explain_names_a_category_and_suggests_the_nearest_rule() {
    let (code, out, _) = run(&["explain", "--no-config", "imperative"], &[]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Nada memerintah (imperative)"), "{out}");
    assert!(out.contains("id/wajib") && !out.contains("id/dengan-hormat"), "{out}");
    let (code, out, err) = run(&["explain", "--no-config", "dilarng"], &[]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("Maksud Anda: id/dilarang?"), "{err}");
    let (code, _, err) = run(&["explain", "--no-config", "qqqqqqqq"], &[]);
    assert_eq!(code, 2);
    assert!(
        err.contains("jalankan `luwes rules`") && !err.contains("Maksud"),
        "{err}"
    );
}

#[test]
fn init_writes_comments_in_the_language_people_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    let (code, out, _) = run(&["init", "--path", path.to_str().unwrap()], &[]);
    assert_eq!(code, 0);
    assert!(out.contains("sudah ditulis"), "{out}");
    assert!(std::fs::read_to_string(&path).unwrap().contains("# Bahasa unggahan"));
    let path = dir.path().join("b.yaml");
    let (code, out, _) = run(&["init", "--path", path.to_str().unwrap()], &[("LUWES_LANG", "en")]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Wrote"), "{out}");
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("# Language of the posts"));
}
