//! Hostile and careless inputs, round 2: what `report -o`, `fix`, configs and packs may
//! read or replace (devices, FIFOs, symlinks, files outside the repository, endless
//! reads, symlink cycles). Each case failed before the fix it guards.
#![cfg(unix)]
mod common;

use common::{run_in, STIFF};
use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::Command as Std;
use std::time::{Duration, Instant};

fn dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn write(dir: &Path, name: &str, text: &str) {
    let p = dir.join(name);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

fn mkfifo(p: &Path) {
    assert!(Std::new("mkfifo").arg(p).status().unwrap().success());
}

/// A rule pack with one valid rule, `id/contoh`.
fn pack(dir: &Path, name: &str) {
    let rule = "kind: existence\ncategory: formal\nseverity: warning\nmessage: m\ndescription: d\n\
                tokens: [kaku]\ntests:\n  - bad: kaku\n  - good: luwes\n";
    write(dir, &format!("{name}/id/contoh.yaml"), rule);
}

#[test]
fn report_never_replaces_a_device_a_fifo_or_an_input() {
    let d = dir();
    write(d.path(), "p.txt", STIFF);
    // A copy of /dev/null's device node (root only, as CI runs): before, the report was
    // renamed over it, turning the device into an ordinary file.
    let dev = d.path().join("fakenull");
    if Std::new("mknod")
        .args(["-m", "666"])
        .arg(&dev)
        .args(["c", "1", "3"])
        .status()
        .is_ok_and(|s| s.success())
    {
        let (code, _, err) = run_in(d.path(), &["report", "--no-config", "p.txt", "-o", "fakenull"], None);
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains("fakenull: tidak bisa menulis laporan: adalah perangkat (device), bukan berkas biasa"),
            "{err}"
        );
        use std::os::unix::fs::FileTypeExt;
        assert!(fs::symlink_metadata(&dev).unwrap().file_type().is_char_device());
    }

    mkfifo(&d.path().join("pipa"));
    let (code, _, err) = run_in(d.path(), &["report", "--no-config", "p.txt", "-o", "pipa"], None);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("adalah FIFO"), "{err}");
    assert!(fs::symlink_metadata(d.path().join("pipa"))
        .unwrap()
        .file_type()
        .is_fifo_like());

    // A link to the draft itself: the draft must survive.
    symlink("p.txt", d.path().join("l.html")).unwrap();
    let (code, _, err) = run_in(d.path(), &["report", "--no-config", "p.txt", "-o", "l.html"], None);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("adalah salah satu unggahan yang dilaporkan"), "{err}");
    assert_eq!(fs::read_to_string(d.path().join("p.txt")).unwrap(), STIFF);

    // A link to another regular file is written through and stays a link.
    write(d.path(), "asli.html", "lama");
    symlink("asli.html", d.path().join("r.html")).unwrap();
    let (code, _, err) = run_in(d.path(), &["report", "--no-config", "p.txt", "-o", "r.html"], None);
    assert_eq!(code, 0, "{err}");
    assert!(fs::symlink_metadata(d.path().join("r.html"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(fs::read_to_string(d.path().join("asli.html"))
        .unwrap()
        .starts_with("<!DOCTYPE html>"));
}

trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}
impl FifoLike for fs::FileType {
    fn is_fifo_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_fifo()
    }
}

#[test]
fn a_pack_outside_the_repository_is_refused_and_never_echoed() {
    let d = dir();
    fs::create_dir(d.path().join(".git")).unwrap();
    write(d.path(), "p.txt", STIFF);
    let secret = format!("API_KEY=sk-{}\nPASSWORD=hunter2\n", "RAHASIA".repeat(100));
    let outside = dir();
    write(outside.path(), "bocor.yaml", &secret);
    write(outside.path(), ".env", &secret);
    let far = outside.path().join("bocor.yaml");
    write(d.path(), ".luwes.yaml", &format!("packs: ['{}']\n", far.display()));
    let (code, out, err) = run_in(d.path(), &["lint", "p.txt"], None);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains(".luwes.yaml:1:10: kolom `packs`: paket `"), "{err}");
    assert!(err.contains("ada di luar repositori"), "{err}");
    assert!(!err.contains("hunter2") && !out.contains("hunter2"), "{err}");

    // Allowed explicitly, the file is read as a rule; the error quotes a short excerpt.
    let (code, _, err) = run_in(d.path(), &["lint", "--allow-external-packs", "p.txt"], None);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("bocor.yaml"), "{err}");
    assert!(err.matches("RAHASIA").count() <= 5, "{err}");
    assert!(!err.contains("hunter2"), "{err}");

    // Only .yaml/.yml files are rules, even when allowed.
    let env = outside.path().join(".env");
    write(d.path(), ".luwes.yaml", &format!("packs: ['{}']\n", env.display()));
    let (code, _, err) = run_in(d.path(), &["lint", "--allow-external-packs", "p.txt"], None);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("bukan berkas aturan (berkas aturan berakhiran .yaml atau .yml)"),
        "{err}"
    );
    assert!(!err.contains("hunter2"), "{err}");

    // A pack inside the repository, named relative to a config in a subfolder, is fine.
    pack(d.path(), "gaya");
    write(d.path(), "sub/.luwes.yaml", "packs: [../gaya]\n");
    let (code, out, err) = run_in(&d.path().join("sub"), &["rules"], None);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("id/contoh"), "{out}");
}

#[test]
fn links_inside_the_repository_to_files_outside_are_not_read() {
    // Also guarded by the pack_tree fuzz target and property: the pack folder lies inside the
    // repository, but a link in it (or `.luwes.yaml` itself) points at a secret outside.
    let d = dir();
    fs::create_dir(d.path().join(".git")).unwrap();
    write(d.path(), "p.txt", STIFF);
    let outside = dir();
    let secret = format!("RAHASIA {}\n", "hunter2 ".repeat(50));
    write(outside.path(), "key.yaml", &secret);
    pack(d.path(), "gaya");
    symlink(outside.path().join("key.yaml"), d.path().join("gaya/id/kunci.yaml")).unwrap();
    write(d.path(), ".luwes.yaml", "packs: [gaya]\n");
    let (code, out, err) = run_in(d.path(), &["lint", "p.txt"], None);
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("kunci.yaml: adalah tautan ke berkas di luar repositori"),
        "{err}"
    );
    assert!(!err.contains("RAHASIA") && !out.contains("RAHASIA"), "{err}");
    // The flag reads it (and quotes no more than a short excerpt).
    let (_, _, err) = run_in(d.path(), &["lint", "--allow-external-packs", "p.txt"], None);
    assert!(err.contains("RAHASIA") && err.matches("hunter2").count() <= 5, "{err}");

    fs::remove_file(d.path().join(".luwes.yaml")).unwrap();
    symlink(outside.path().join("key.yaml"), d.path().join(".luwes.yaml")).unwrap();
    let (code, _, err) = run_in(d.path(), &["lint", "p.txt"], None);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(".luwes.yaml: adalah tautan ke berkas di luar repositori"),
        "{err}"
    );
    assert!(!err.contains("RAHASIA"), "{err}");
    // Named explicitly, it is read: the user chose it.
    let (_, _, err) = run_in(d.path(), &["lint", "--config", ".luwes.yaml", "p.txt"], None);
    assert!(err.contains("RAHASIA"), "{err}");
}

#[test]
fn endless_files_are_refused_not_read_forever() {
    let d = dir();
    write(d.path(), "p.txt", STIFF);
    let started = Instant::now();
    let (code, _, err) = run_in(d.path(), &["lint", "--config", "/dev/zero", "p.txt"], None);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("/dev/zero: adalah perangkat (device), bukan berkas biasa; tidak dibaca"),
        "{err}"
    );

    write(d.path(), ".luwes.yaml", "packs: [/dev/zero]\n");
    let (code, _, err) = run_in(d.path(), &["lint", "--allow-external-packs", "p.txt"], None);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("/dev/zero"), "{err}");
    fs::remove_file(d.path().join(".luwes.yaml")).unwrap();

    let (code, out, err) = run_in(d.path(), &["lint", "--no-config", "/dev/zero", "p.txt"], None);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("/dev/zero: adalah perangkat"), "{err}");
    assert!(out.contains("p.txt:"), "the other file is still linted: {out}");
    assert!(started.elapsed() < Duration::from_secs(60));

    // A post above the limit is an error naming it, and the limit can be raised.
    write(d.path(), "besar.txt", &"Peserta wajib hadir. ".repeat(60_000));
    let (code, _, err) = run_in(
        d.path(),
        &["lint", "--no-config", "--max-file-mb", "1", "besar.txt"],
        None,
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("besar.txt: unggahan lebih besar dari batas 1 MiB; tidak dibaca"),
        "{err}"
    );
    let (code, _, err) = run_in(
        d.path(),
        &["lint", "--no-config", "--max-file-mb", "2", "besar.txt"],
        None,
    );
    assert_eq!(code, 1, "{err}");
}

#[test]
fn a_fifo_is_linted_once_but_never_fixed() {
    let d = dir();
    let fifo = d.path().join("draf.txt");
    mkfifo(&fifo);
    // Feed the FIFO from a thread: open for writing blocks until luwes opens it.
    let feeder = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::write(fifo, STIFF).unwrap())
    };
    let (code, out, err) = run_in(d.path(), &["lint", "--no-config", "draf.txt"], None);
    feeder.join().unwrap();
    assert_eq!(code, 1, "{err}");
    assert!(out.contains("id/wajib"), "{out}");

    // `fix` refuses it without opening it (opening would block: nothing writes now).
    let (code, _, err) = run_in(d.path(), &["fix", "--no-config", "--unsafe", "draf.txt"], None);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("draf.txt: adalah FIFO (named pipe), bukan berkas biasa; tidak dibaca"),
        "{err}"
    );
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo_like());
}

#[test]
fn pack_symlink_cycles_and_huge_folders_end() {
    let d = dir();
    pack(d.path(), "gaya");
    symlink(".", d.path().join("gaya/loop")).unwrap();
    symlink("..", d.path().join("gaya/id/naik")).unwrap();
    write(d.path(), ".luwes.yaml", "packs: [gaya]\n");
    let (code, out, err) = run_in(d.path(), &["rules"], None);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().filter(|l| l.contains("contoh")).count(), 1, "{out}");
    let (code, out, err) = run_in(d.path(), &["rules", "test"], None);
    assert_eq!(code, 0, "{out}{err}");

    // Thousands of rule files: refused with a clear error instead of loading them all.
    for i in 0..2_001 {
        write(d.path(), &format!("besar/r{i:04}.yml"), "x: 1\n");
    }
    write(d.path(), ".luwes.yaml", "packs: [besar]\n");
    let (code, _, err) = run_in(d.path(), &["rules"], None);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("besar: berisi lebih dari 2000 berkas aturan"), "{err}");
}

#[test]
fn fix_keeps_the_owner() {
    use std::os::unix::fs::MetadataExt;
    let d = dir();
    write(d.path(), "a.txt", STIFF);
    let p = d.path().join("a.txt");
    // Only root can give a file away; elsewhere this checks nothing more than the write.
    let given = Std::new("chown")
        .arg("65534:65534")
        .arg(&p)
        .status()
        .is_ok_and(|s| s.success());
    let before = fs::metadata(&p).unwrap();
    let (code, _, err) = run_in(d.path(), &["fix", "--no-config", "--unsafe", "a.txt"], None);
    assert_ne!(code, 2, "{err}");
    let after = fs::metadata(&p).unwrap();
    assert_ne!(fs::read_to_string(&p).unwrap(), STIFF);
    assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()));
    if given {
        assert_eq!(after.uid(), 65534);
    }
}

#[test]
fn fix_keeps_hard_links_unless_told() {
    let d = dir();
    write(d.path(), "a.txt", STIFF);
    fs::hard_link(d.path().join("a.txt"), d.path().join("b.txt")).unwrap();
    let (code, _, err) = run_in(d.path(), &["fix", "--no-config", "--unsafe", "a.txt"], None);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("a.txt: punya 1 hard link lain"), "{err}");
    assert_eq!(fs::read_to_string(d.path().join("b.txt")).unwrap(), STIFF);
    let (code, _, err) = run_in(
        d.path(),
        &["fix", "--no-config", "--unsafe", "--break-hardlinks", "a.txt"],
        None,
    );
    assert_ne!(code, 2, "{err}");
    assert_ne!(fs::read_to_string(d.path().join("a.txt")).unwrap(), STIFF);
    assert_eq!(fs::read_to_string(d.path().join("b.txt")).unwrap(), STIFF);
}

#[test]
fn a_file_named_twice_is_linted_once() {
    let d = dir();
    write(d.path(), "a.txt", STIFF);
    let abs = d.path().join("a.txt");
    let (code, out, err) = run_in(
        d.path(),
        &[
            "lint",
            "--no-config",
            "--format",
            "compact",
            "a.txt",
            "./a.txt",
            abs.to_str().unwrap(),
            ".",
        ],
        None,
    );
    assert_eq!(code, 1, "{err}");
    let once = out.lines().filter(|l| l.contains("id/wajib")).count();
    assert_eq!(once, 1, "{out}");
}

#[test]
fn the_fix_summary_counts_only_files_written() {
    use std::os::unix::fs::PermissionsExt;
    let d = dir();
    write(d.path(), "a.txt", STIFF);
    let p = d.path().join("a.txt");
    fs::set_permissions(&p, fs::Permissions::from_mode(0o444)).unwrap();
    let (_, before, _) = run_in(d.path(), &["lint", "--no-config", "--format", "compact", "a.txt"], None);
    let found = before.lines().filter(|l| l.starts_with("a.txt:")).count();
    let (code, out, err) = run_in(d.path(), &["fix", "--no-config", "--unsafe", "a.txt"], None);
    assert_eq!(code, 2, "{err}");
    assert!(out.contains("Tidak ditulis a.txt"), "{out}");
    assert!(
        out.contains(&format!("0 diperbaiki di 0 dari 1 berkas; {found} temuan tersisa")),
        "{out}"
    );
}

#[test]
fn utf16_from_notepad_is_linted_not_skipped() {
    let d = dir();
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(STIFF.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    fs::write(d.path().join("notepad.txt"), &bytes).unwrap();
    let (code, out, err) = run_in(d.path(), &["lint", "--no-config", "notepad.txt"], None);
    assert_eq!(code, 1, "{err}");
    assert!(out.contains("id/wajib"), "{out}");
    let (code, _, err) = run_in(d.path(), &["fix", "--no-config", "notepad.txt"], None);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("notepad.txt: berteks UTF-16; simpan sebagai UTF-8"),
        "{err}"
    );
    assert_eq!(fs::read(d.path().join("notepad.txt")).unwrap(), bytes);
}

#[test]
fn human_output_is_terminal_safe() {
    let d = dir();
    // An ESC sequence that would clear the screen, a lone CR that would overwrite the line,
    // in a post whose file name holds a newline and an ESC.
    let name = "draf\n\u{1b}[2J.txt";
    write(
        d.path(),
        name,
        "Peserta wajib membawa KTP.\u{1b}[2J Datang\rtepat waktu.",
    );
    for format in ["pretty", "compact"] {
        let (code, out, err) = run_in(d.path(), &["lint", "--no-config", "--format", format, "."], None);
        assert_eq!(code, 1, "{err}");
        assert!(!out.contains('\u{1b}') && !out.contains('\r'), "{format}: {out:?}");
        assert!(out.contains("draf\\n\\u{1b}[2J.txt"), "{format}: {out}");
    }
    // A one-line post far over the length limit: its finding is windowed, not a megabyte
    // of text and a megabyte of carets.
    write(d.path(), "panjang.txt", &"Yuk daftar, ya. ".repeat(70_000));
    let (_, out, _) = run_in(d.path(), &["lint", "--no-config", "panjang.txt"], None);
    assert!(out.contains("unggahan-panjang"), "{}", &out[..out.len().min(2000)]);
    assert!(out.len() < 20_000, "{} bytes of output", out.len());
}
