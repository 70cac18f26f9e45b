//! `luwes fix` from the outside: diff, dry run, in-place writes, stdin, refusals, and
//! the lint summary that points to it.
use assert_cmd::Command;
use std::fs;
use std::path::Path;

const STIFF: &str = "Dengan hormat,\nPeserta wajib membawa KTP. Warga dihimbau mengurus ijin usaha.\nSilahkan antri dengan tertib.\nAtas perhatiannya diucapkan terima kasih.\n";

/// `luwes CMD --no-config ARGS…` in `dir`, without colour.
fn luwes(dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::cargo_bin("luwes").unwrap();
    c.current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("LUWES_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    c.arg(args[0]).arg("--no-config").args(&args[1..]);
    c
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let o = luwes(dir, args).output().unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn post(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    fs::write(&p, text).unwrap();
    p
}

#[test]
fn diff_shows_safe_rewrites_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let p = post(dir.path(), "post.txt", STIFF);
    let (code, out, err) = run(dir.path(), &["fix", "--diff", "post.txt"]);
    assert_eq!(code, 1, "changes pending: {err}");
    insta::assert_snapshot!("diff_safe", out);
    assert_eq!(fs::read_to_string(&p).unwrap(), STIFF);
    assert!(err.contains("akan diperbaiki"), "{err}");
}

#[test]
fn diff_with_unsafe_rewrites_the_formulas() {
    let dir = tempfile::tempdir().unwrap();
    post(dir.path(), "post.txt", STIFF);
    let (_, out, _) = run(dir.path(), &["fix", "--unsafe", "--diff", "post.txt"]);
    insta::assert_snapshot!("diff_unsafe", out);
}

#[test]
fn fix_in_place_then_again_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let p = post(dir.path(), "post.txt", STIFF);
    let (code, out, err) = run(dir.path(), &["fix", "--unsafe", "post.txt"]);
    assert_ne!(code, 2, "{err}");
    assert!(out.contains("Diperbaiki post.txt"), "{out}");
    let once = fs::read_to_string(&p).unwrap();
    assert_ne!(once, STIFF);
    let (_, out, _) = run(dir.path(), &["fix", "--unsafe", "post.txt"]);
    assert!(out.starts_with("0 diperbaiki"), "{out}");
    assert_eq!(fs::read_to_string(&p).unwrap(), once, "fix is idempotent");
}

#[test]
fn fixing_raises_the_score_and_lowers_the_findings() {
    let dir = tempfile::tempdir().unwrap();
    post(dir.path(), "post.txt", STIFF);
    let json = |dir: &Path| -> serde_json::Value {
        let (_, out, _) = run(dir, &["lint", "--format", "json", "post.txt"]);
        serde_json::from_str(&out).unwrap()
    };
    let before = json(dir.path());
    run(dir.path(), &["fix", "--unsafe", "post.txt"]);
    let after = json(dir.path());
    let n = |v: &serde_json::Value| v["summary"]["diagnostics"].as_u64().unwrap();
    let s = |v: &serde_json::Value| v["files"][0]["score"]["value"].as_u64().unwrap();
    assert!(n(&after) < n(&before), "{} → {}", n(&before), n(&after));
    assert!(s(&after) > s(&before), "{} → {}", s(&before), s(&after));
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let p = post(dir.path(), "post.txt", STIFF);
    let (code, out, _) = run(dir.path(), &["fix", "--dry-run", "post.txt"]);
    assert_eq!(code, 1);
    assert!(out.contains("Akan diperbaiki post.txt"), "{out}");
    assert!(out.contains("“ijin” → “izin”"), "{out}");
    assert_eq!(fs::read_to_string(&p).unwrap(), STIFF);
}

#[test]
fn stdin_fixed_text_goes_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let o = luwes(dir.path(), &["fix", "-"])
        .write_stdin("Silahkan antri, ya.\n")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&o.stdout), "Silakan antre, ya.\n");
    assert!(String::from_utf8_lossy(&o.stderr).contains("Diperbaiki <stdin>"));
}

#[cfg(unix)]
#[test]
fn read_only_file_is_left_untouched_and_the_others_are_fixed() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let ro = post(dir.path(), "a.txt", STIFF);
    let rw = post(dir.path(), "b.txt", STIFF);
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o444)).unwrap();
    let (code, _, err) = run(dir.path(), &["fix", "a.txt", "b.txt"]);
    assert_eq!(code, 2);
    assert!(err.contains("a.txt") && err.contains("hanya-baca"), "{err}");
    assert_eq!(fs::read_to_string(&ro).unwrap(), STIFF);
    assert_ne!(fs::read_to_string(&rw).unwrap(), STIFF);
    assert_eq!(fs::metadata(&ro).unwrap().permissions().mode() & 0o777, 0o444);
}

#[cfg(unix)]
#[test]
fn permissions_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = post(dir.path(), "a.txt", STIFF);
    fs::set_permissions(&p, fs::Permissions::from_mode(0o640)).unwrap();
    run(dir.path(), &["fix", "a.txt"]);
    assert_ne!(fs::read_to_string(&p).unwrap(), STIFF);
    assert_eq!(fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o640);
}

#[test]
fn lint_marks_fixable_findings_and_says_how_many_fix_would_apply() {
    let dir = tempfile::tempdir().unwrap();
    post(dir.path(), "post.txt", STIFF);
    let (_, out, _) = run(dir.path(), &["lint", "post.txt"]);
    assert!(out.contains("[*]"), "{out}");
    assert!(
        out.contains("`luwes fix`") && out.contains("`luwes fix --unsafe`"),
        "{out}"
    );
}

#[test]
fn machine_formats_print_the_findings_left_after_fixing() {
    let dir = tempfile::tempdir().unwrap();
    post(dir.path(), "post.txt", STIFF);
    let (_, before, _) = run(dir.path(), &["lint", "--format", "compact", "post.txt"]);
    let (code, out, _) = run(dir.path(), &["fix", "--dry-run", "--format", "compact", "post.txt"]);
    assert_eq!(code, 1, "a dry run with rewrites pending exits 1");
    assert!(!out.contains("Akan diperbaiki"), "no fix report in compact: {out}");
    let left: Vec<&str> = out.lines().collect();
    assert!(
        !left.is_empty() && left.iter().all(|l| l.starts_with("post.txt:")),
        "{out}"
    );
    assert!(
        left.len() < before.lines().count(),
        "safe rewrites leave fewer findings: {before}\n{out}"
    );
    assert_eq!(fs::read_to_string(dir.path().join("post.txt")).unwrap(), STIFF);
    let (_, sarif, _) = run(dir.path(), &["fix", "--dry-run", "--format", "sarif", "post.txt"]);
    let v: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    assert_eq!(v["runs"][0]["results"].as_array().unwrap().len(), left.len());
}
