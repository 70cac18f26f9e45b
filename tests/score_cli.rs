//! `luwes score` and `--min-score` from the outside: the table, the formula, the JSON
//! field, and the gate on `lint` and `score` (flag and config).
use assert_cmd::Command;
use std::fs;
use std::path::Path;

const STIFF: &str = "Dengan hormat,\nDiberitahukan kepada seluruh warga bahwa peserta wajib membawa KTP. Warga dihimbau mengurus ijin usaha.\nAtas perhatiannya diucapkan terima kasih.\n";
const SOFT: &str = "Halo, Sobat! Yuk, datang ke posyandu Sabtu, 12 Juli, pukul 08.00. Jangan lupa bawa buku kesehatan ibu dan anak, ya. Ada yang mau ditanyakan?\n";

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("kaku.txt"), STIFF).unwrap();
    fs::write(dir.path().join("luwes.txt"), SOFT).unwrap();
    dir
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let o = Command::cargo_bin("luwes")
        .unwrap()
        // Indonesian, whatever the machine's locale.
        .env_remove("LUWES_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .arg(args[0])
        .arg("--no-config")
        .args(&args[1..])
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn scores(dir: &Path) -> serde_json::Value {
    let (_, out, _) = run(dir, &["score", "--format", "json", "."]);
    serde_json::from_str(&out).unwrap()
}

#[test]
fn table_lists_file_score_bar_and_top_issues() {
    let dir = setup();
    let (code, out, err) = run(dir.path(), &["score", "."]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("BERKAS") && lines[0].contains("SKOR") && lines[0].contains("TEMUAN UTAMA"));
    let kaku = lines.iter().find(|l| l.starts_with("kaku.txt")).unwrap();
    assert!(kaku.contains('░') && kaku.matches("id/").count() == 3, "{kaku}");
    assert!(out.contains("Skor rata-rata"), "{out}");
    // The breakdown names categories and credits as the report does.
    assert!(out.contains("Nada memerintah") && !out.contains(" imperative"), "{out}");
}

#[test]
fn soft_post_outscores_stiff_post() {
    let dir = setup();
    let v = scores(dir.path());
    let files = v["files"].as_array().unwrap();
    let get = |name: &str| files.iter().find(|f| f["path"] == name).unwrap()["score"].clone();
    let (kaku, luwes) = (get("kaku.txt"), get("luwes.txt"));
    assert!(kaku["value"].as_u64() < luwes["value"].as_u64(), "{kaku} vs {luwes}");
    assert!(kaku["words"].as_u64().unwrap() > 10);
    assert!(kaku["by_category"]["imperative"].as_f64().unwrap() > 0.0, "{kaku}");
    assert!(luwes["credits"]["address"].as_f64().unwrap() > 0.0, "{luwes}");
}

#[test]
fn lint_json_carries_the_score() {
    let dir = setup();
    let (_, out, _) = run(dir.path(), &["lint", "--format", "json", "kaku.txt"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["files"][0]["score"]["value"].is_u64(), "{out}");
}

#[test]
fn explain_prints_the_formula() {
    let dir = setup();
    let (code, out, _) = run(dir.path(), &["score", "--explain"]);
    assert_eq!(code, 0);
    assert!(out.contains("skor = 70 - penalti + poin plus"), "{out}");
    assert!(out.contains("per 100 kata"), "{out}");
    let (_, en, _) = run(dir.path(), &["score", "--explain", "--lang", "en"]);
    assert!(
        en.contains("score = 70 - penalty + credits") && en.contains("per 100 words"),
        "{en}"
    );
}

#[test]
fn min_score_gates_lint_and_score() {
    let dir = setup();
    let (code, _, err) = run(dir.path(), &["score", "--min-score", "99", "."]);
    assert_eq!(code, 1);
    assert!(err.contains("kaku.txt: skor"), "{err}");
    let (code, _, _) = run(dir.path(), &["score", "--min-score", "0", "."]);
    assert_eq!(code, 0);
    // The soft post has no warning, so only the score can fail it.
    let (code, _, _) = run(
        dir.path(),
        &[
            "lint",
            "--fail-on",
            "never",
            "--min-score",
            "99",
            "luwes.txt",
            "kaku.txt",
        ],
    );
    assert_eq!(code, 1);
    let (code, _, _) = run(dir.path(), &["lint", "--fail-on", "never", "luwes.txt"]);
    assert_eq!(code, 0);
    let (code, _, _) = run(dir.path(), &["score", "--min-score", "101", "."]);
    assert_eq!(code, 2, "out of range is a usage error");
}

#[test]
fn min_score_from_config() {
    let dir = setup();
    fs::write(dir.path().join(".luwes.yaml"), "min_score: 99\nfail_on: never\n").unwrap();
    let o = Command::cargo_bin("luwes")
        .unwrap()
        // Indonesian, whatever the machine's locale.
        .env_remove("LUWES_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .current_dir(dir.path())
        .args(["lint", "kaku.txt"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn compact_format_is_path_and_score() {
    let dir = setup();
    let (_, out, _) = run(dir.path(), &["score", "--format", "compact", "luwes.txt"]);
    let (path, value) = out.trim().split_once(": ").unwrap();
    assert_eq!(path, "luwes.txt");
    assert!(value.parse::<u8>().unwrap() >= 90, "{out}");
}

#[test]
fn formats_without_scores_are_refused_not_replaced_by_plain_text() {
    let dir = setup();
    for format in ["sarif", "github"] {
        let (code, out, err) = run(dir.path(), &["score", "--format", format, "."]);
        assert_eq!(code, 2, "{format}: {out}{err}");
        assert!(out.is_empty(), "{format}: nothing on stdout, got {out}");
        assert!(
            err.contains(&format!("`luwes score` tidak punya keluaran {format}"))
                && err.contains(&format!("luwes lint --format {format}")),
            "{err}"
        );
    }
}

#[test]
fn report_refuses_a_format() {
    let dir = setup();
    let (code, _, err) = run(dir.path(), &["report", "--format", "json", "-o", "r.html", "."]);
    assert_eq!(code, 2);
    assert!(err.contains("`luwes report` menulis halaman HTML"), "{err}");
    assert!(!dir.path().join("r.html").exists());
}
