//! Bad inputs, each with the exit code and message a user sees: odd encodings and line
//! endings, binary and unreadable files, huge lines, YAML bombs, over-large regexes,
//! overlapping fixes, files that must not be written, and a reader that goes away.
mod common;

use common::{run_in, STIFF};
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

fn dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    let p = dir.join(name);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, bytes).unwrap();
}

/// A config and a rule file can each hold a YAML alias bomb (9 levels, 9 aliases each).
fn alias_bomb(indent: &str) -> String {
    let mut s = format!("{indent}a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..13 {
        let refs = vec![format!("*a{}", i - 1); 9].join(", ");
        s.push_str(&format!("{indent}a{i}: &a{i} [{refs}]\n"));
    }
    s
}

#[test]
fn empty_file_is_clean() {
    let d = dir();
    write(d.path(), "kosong.txt", "");
    let (code, out, err) = run_in(d.path(), &["lint", "--no-config", "kosong.txt"], None);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Tidak ada temuan"), "{out}");
}

#[test]
fn whitespace_only_is_clean() {
    let d = dir();
    write(d.path(), "spasi.txt", " \t\n\r\n   \n");
    let (code, out, err) = run_in(d.path(), &["lint", "--no-config", "spasi.txt"], None);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Tidak ada temuan"), "{out}");
}

#[test]
fn bom_is_not_a_column() {
    let d = dir();
    write(d.path(), "bom.txt", "\u{feff}Peserta wajib membawa KTP.");
    let (code, out, _) = run_in(
        d.path(),
        &["lint", "--no-config", "--format", "compact", "bom.txt"],
        None,
    );
    assert_eq!(code, 1);
    assert!(out.contains("bom.txt:1:9:"), "{out}");
}

#[test]
fn crlf_and_mixed_line_endings_keep_positions_and_endings() {
    let d = dir();
    let text = "Halo.\r\nPeserta wajib membawa KTP.\nLagi\r\nDengan hormat,\r\n";
    write(d.path(), "crlf.txt", text);
    let (code, out, _) = run_in(
        d.path(),
        &["lint", "--no-config", "--format", "compact", "crlf.txt"],
        None,
    );
    assert_eq!(code, 1);
    assert!(out.contains("crlf.txt:2:9:"), "{out}");
    assert!(out.contains("crlf.txt:4:1:"), "{out}");
    let (code, _, err) = run_in(d.path(), &["fix", "--no-config", "--unsafe", "crlf.txt"], None);
    assert!(code <= 1, "{err}");
    let fixed = fs::read_to_string(d.path().join("crlf.txt")).unwrap();
    assert_ne!(fixed, text);
    assert_eq!(fixed.matches("\r\n").count(), text.matches("\r\n").count(), "{fixed:?}");
}

#[test]
fn invalid_utf8_is_an_error_with_its_position_and_others_still_run() {
    let d = dir();
    write(d.path(), "rusak.txt", b"Halo\nab\xffc");
    write(d.path(), "baik.txt", STIFF);
    let (code, out, err) = run_in(d.path(), &["lint", "--no-config", "rusak.txt", "baik.txt"], None);
    assert_eq!(code, 2);
    assert!(
        err.contains("rusak.txt:2:3: bukan UTF-8 yang sah (bita salah pertama di posisi 7)"),
        "{err}"
    );
    assert!(out.contains("baik.txt"), "{out}");
}

#[test]
fn binary_file_is_skipped_with_a_notice() {
    let d = dir();
    write(d.path(), "gambar.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let (code, out, err) = run_in(d.path(), &["lint", "--no-config", "gambar.txt"], None);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("gambar.txt") && err.contains("berkas biner"), "{err}");
}

/// 50 MB on one line, mostly neutral words with a stiff phrase every 2.5 MB: linear
/// work, a bounded time even in a debug build (memory is measured, not asserted: see
/// the hardening notes in docs/FUZZING.md).
#[test]
fn a_50_mb_single_line_is_linted_in_bounded_time() {
    let d = dir();
    let unit = "warga desa datang ke balai pagi ini ";
    let n = 50 * 1024 * 1024 / unit.len();
    let mut line = String::with_capacity(n * unit.len());
    let stiff = (0..n).filter(|i| i % (n / 20) == 0).count();
    for i in 0..n {
        line.push_str(if i % (n / 20) == 0 {
            "Peserta wajib membawa KTP "
        } else {
            unit
        });
    }
    write(d.path(), "panjang.txt", &line);
    let t = Instant::now();
    let (code, out, err) = run_in(
        d.path(),
        &["lint", "--no-config", "--format", "json", "panjang.txt"],
        None,
    );
    let took = t.elapsed();
    assert_eq!(code, 1, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let wajib = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "id/wajib")
        .count();
    assert_eq!(wajib, stiff);
    assert!(took < Duration::from_secs(240), "took {took:?}");
}

#[test]
fn deeply_nested_lists_and_quotes_do_not_overflow() {
    let d = dir();
    let mut md = String::new();
    for i in 0..500 {
        md.push_str(&"  ".repeat(i));
        md.push_str("- Warga wajib membawa KTP\n");
    }
    md.push_str(&">".repeat(5000));
    md.push_str(" Peserta wajib membawa KTP.\n");
    write(d.path(), "dalam.md", &md);
    let (code, out, err) = run_in(
        d.path(),
        &["lint", "--no-config", "--format", "compact", "dalam.md"],
        None,
    );
    assert_eq!(code, 1, "{err}");
    assert!(out.contains("id/wajib"), "{out}");
}

#[test]
fn right_to_left_text_keeps_columns_in_scalar_values() {
    let d = dir();
    // Arabic, then a Hebrew word with a right-to-left mark, then the stiff phrase.
    write(d.path(), "rtl.txt", "مرحبا \u{200f}שלום Peserta wajib membawa KTP.");
    let (code, out, _) = run_in(
        d.path(),
        &["lint", "--no-config", "--format", "compact", "rtl.txt"],
        None,
    );
    assert_eq!(code, 1);
    assert!(out.contains("rtl.txt:1:21:"), "{out}");
}

/// Root reads any file whatever its mode, so as root the unreadable file is
/// /proc/self/mem (reading it from offset 0 fails for everyone).
#[test]
fn unreadable_file_is_an_error_and_others_still_run() {
    let d = dir();
    write(d.path(), "rahasia.txt", STIFF);
    write(d.path(), "baik.txt", STIFF);
    let secret = d.path().join("rahasia.txt");
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();
    let target = if fs::read(&secret).is_ok() {
        assert!(
            Path::new("/proc/self/mem").exists(),
            "running as root without /proc: cannot test"
        );
        "/proc/self/mem".to_string()
    } else {
        "rahasia.txt".to_string()
    };
    let (code, out, err) = run_in(d.path(), &["lint", "--no-config", &target, "baik.txt"], None);
    assert_eq!(code, 2);
    assert!(err.starts_with(&format!("error: {target}: ")), "{err}");
    assert!(out.contains("baik.txt"), "{out}");
}

#[test]
fn missing_path_is_an_error() {
    let d = dir();
    let (code, _, err) = run_in(d.path(), &["lint", "--no-config", "tidak-ada.txt"], None);
    assert_eq!(code, 2);
    assert!(
        err.contains("error: tidak-ada.txt: berkas atau folder tidak ada"),
        "{err}"
    );
}

#[test]
fn symlink_loops_are_not_followed() {
    let d = dir();
    write(d.path(), "posts/a.txt", STIFF);
    std::os::unix::fs::symlink("..", d.path().join("posts/atas")).unwrap();
    std::os::unix::fs::symlink("b.txt", d.path().join("posts/c.txt")).unwrap();
    std::os::unix::fs::symlink("c.txt", d.path().join("posts/b.txt")).unwrap();
    let (code, out, err) = run_in(d.path(), &["lint", "--no-config", "--format", "compact", "posts"], None);
    assert_eq!(code, 1, "{err}");
    assert!(out.contains("posts/a.txt:1:"), "{out}");
    assert!(
        !out.contains("atas") && !out.contains("b.txt") && !out.contains("c.txt"),
        "{out}"
    );
    // Named explicitly, a looping link is an I/O error.
    let (code, _, err) = run_in(d.path(), &["lint", "--no-config", "posts/c.txt"], None);
    assert_eq!(code, 2);
    assert!(err.contains("posts/c.txt: ") && err.contains("symbolic links"), "{err}");
}

#[test]
fn config_alias_bomb_is_refused_quickly() {
    let d = dir();
    write(
        d.path(),
        "bom.yaml",
        format!("lang: id\nseverity:\n{}", alias_bomb("  ")),
    );
    write(d.path(), "a.txt", STIFF);
    let t = Instant::now();
    let (code, _, err) = run_in(d.path(), &["lint", "--config", "bom.yaml", "a.txt"], None);
    assert!(t.elapsed() < Duration::from_secs(20));
    assert_eq!(code, 2);
    assert!(err.contains("error: bom.yaml: uses 108 YAML aliases"), "{err}");
}

#[test]
fn rule_alias_bomb_is_refused_quickly_and_names_the_file() {
    let d = dir();
    let rule = format!(
        "kind: substitution\ncategory: formal\nseverity: warning\nmessage: x\ndescription: x\nswap:\n{}tests:\n  - good: x\n",
        alias_bomb("  ")
    );
    write(d.path(), "pack/bom.yaml", rule);
    write(d.path(), "c.yaml", "packs: [pack]\n");
    write(d.path(), "a.txt", STIFF);
    let t = Instant::now();
    let (code, out, err) = run_in(d.path(), &["lint", "--config", "c.yaml", "a.txt"], None);
    assert!(t.elapsed() < Duration::from_secs(20));
    assert_eq!(code, 2);
    assert!(err.contains("error: pack/bom.yaml: uses 108 YAML aliases"), "{err}");
    assert!(out.contains("id/wajib"), "the other rules still run: {out}");
}

#[test]
fn oversized_regex_is_an_error_naming_the_rule() {
    let d = dir();
    write(
        d.path(),
        "pack/besar.yaml",
        "kind: existence\ncategory: formal\nseverity: warning\nmessage: x\ndescription: x\ntokens:\n  - '(\\w{1,1000}){1,1000}'\ntests:\n  - good: x\n",
    );
    write(d.path(), "c.yaml", "packs: [pack]\n");
    write(d.path(), "a.txt", STIFF);
    let (code, _, err) = run_in(d.path(), &["lint", "--config", "c.yaml", "a.txt"], None);
    assert_eq!(code, 2);
    assert!(err.contains("error: pack/besar.yaml:7:"), "{err}");
    assert!(err.contains("regex is too large"), "{err}");
}

/// Two rules whose fixes overlap ("wajib membawa" and a pack rule on "membawa KTP"):
/// one is applied per pass, the other waits for the re-lint; the result is stable.
#[test]
fn overlapping_fixes_from_two_rules_converge() {
    let d = dir();
    write(
        d.path(),
        "pack/ktp.yaml",
        "kind: substitution\ncategory: formal\nseverity: warning\nmessage: x\ndescription: x\nfix: safe\nswap:\n  \"membawa KTP\": \"membawa kartu identitas\"\ntests:\n  - bad: \"membawa KTP\"\n    fixed: \"membawa kartu identitas\"\n",
    );
    write(d.path(), "c.yaml", "lang: id\npacks: [pack]\n");
    write(d.path(), "a.txt", "Peserta wajib membawa KTP.\n");
    let (code, out, err) = run_in(d.path(), &["fix", "--config", "c.yaml", "--unsafe", "a.txt"], None);
    assert!(code <= 1, "{out}{err}");
    let once = fs::read_to_string(d.path().join("a.txt")).unwrap();
    assert_ne!(once, "Peserta wajib membawa KTP.\n");
    let (_, out2, _) = run_in(d.path(), &["fix", "--config", "c.yaml", "--unsafe", "a.txt"], None);
    assert_eq!(fs::read_to_string(d.path().join("a.txt")).unwrap(), once, "{out2}");
}

#[test]
fn read_only_file_is_left_untouched() {
    use std::os::unix::fs::PermissionsExt;
    let d = dir();
    write(d.path(), "a.txt", STIFF);
    let p = d.path().join("a.txt");
    fs::set_permissions(&p, fs::Permissions::from_mode(0o444)).unwrap();
    // luwes checks the mode itself, so this holds for root too.
    let (code, _, err) = run_in(d.path(), &["fix", "--no-config", "--unsafe", "a.txt"], None);
    assert_eq!(code, 2);
    assert!(err.contains("error: a.txt: hanya-baca; dibiarkan"), "{err}");
    assert_eq!(fs::read_to_string(&p).unwrap(), STIFF);
}

/// The CLI cannot be paused between read and write, so this drives the writer it uses.
#[test]
fn a_file_changed_since_read_is_not_overwritten() {
    let d = dir();
    let p = d.path().join("a.txt");
    fs::write(&p, "versi orang lain").unwrap();
    let e = luwes::cli::files::replace_atomic(&p, b"baru", Some(STIFF.as_bytes()), false).unwrap_err();
    assert!(
        e.to_string()
            .ends_with("berubah sejak dibaca; tidak ditimpa (jalankan `luwes fix` lagi)"),
        "{e}"
    );
    assert_eq!(fs::read_to_string(&p).unwrap(), "versi orang lain");
}

#[test]
fn closed_pipe_exits_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let d = dir();
    // Enough findings that the output is far larger than a pipe buffer.
    write(d.path(), "a.txt", format!("{STIFF}\n").repeat(3000));
    let mut child = Command::new(env!("CARGO_BIN_EXE_luwes"))
        // Indonesian, whatever the machine's locale.
        .env_remove("LUWES_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .current_dir(d.path())
        .args(["lint", "--no-config", "a.txt"])
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The read end is dropped here: the rest of the writes hit a closed pipe.
    let out = child.wait_with_output().unwrap();
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    // Quiet, and not a failure: the reader chose to stop.
    assert_eq!(out.status.code(), Some(0));
}
