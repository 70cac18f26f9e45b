//! Unit tests of `files`: bounded reads, refused file kinds, the atomic writer.
use super::*;

#[test]
fn writes_and_keeps_permissions() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.txt");
    fs::write(&p, "lama").unwrap();
    replace_atomic(&p, b"baru", Some(b"lama"), false).unwrap();
    assert_eq!(fs::read_to_string(&p).unwrap(), "baru");
    let leftovers = fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary file is left behind");
}

#[test]
fn refuses_a_file_changed_since_read() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.txt");
    fs::write(&p, "diedit orang lain").unwrap();
    let e = replace_atomic(&p, b"baru", Some(b"lama"), false).unwrap_err();
    assert!(e.to_string().contains("berubah sejak dibaca"), "{e}");
    assert_eq!(fs::read_to_string(&p).unwrap(), "diedit orang lain");
}

#[test]
fn creates_a_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("laporan.html");
    replace_atomic(&p, b"<p>", None, false).unwrap();
    assert_eq!(fs::read_to_string(&p).unwrap(), "<p>");
}

#[test]
fn a_read_stops_at_the_limit() {
    let e = read_limited(std::io::repeat(b'a'), 1024, "config file").unwrap_err();
    assert_eq!(e.to_string(), "config file lebih besar dari batas 1 KiB; tidak dibaca");
    assert_eq!(read_limited(&b"abc"[..], 3, "x").unwrap(), b"abc");
}

#[cfg(unix)]
#[test]
fn devices_and_folders_are_not_read_or_replaced() {
    let e = read_bounded(Path::new("/dev/zero"), 10, Fifo::Allow, "post").unwrap_err();
    assert!(e.to_string().contains("adalah perangkat"), "{e}");
    let dir = tempfile::tempdir().unwrap();
    let e = read_bounded(dir.path(), 10, Fifo::Allow, "post").unwrap_err();
    assert!(e.to_string().contains("adalah folder"), "{e}");
    let e = replace_atomic(dir.path(), b"x", None, false).unwrap_err();
    assert!(e.to_string().contains("adalah folder"), "{e}");
}

#[cfg(unix)]
#[test]
fn a_symlink_is_written_through_and_hard_links_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("asli.txt");
    fs::write(&real, "lama").unwrap();
    let link = dir.path().join("tautan.txt");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    replace_atomic(&link, b"baru", None, false).unwrap();
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(fs::read_to_string(&real).unwrap(), "baru");

    let hard = dir.path().join("keras.txt");
    fs::hard_link(&real, &hard).unwrap();
    let e = replace_atomic(&real, b"lagi", Some(b"baru"), false).unwrap_err();
    assert!(e.to_string().contains("punya 1 hard link lain"), "{e}");
    assert_eq!(fs::read_to_string(&hard).unwrap(), "baru");
    replace_atomic(&real, b"lagi", Some(b"baru"), true).unwrap();
    assert_eq!(fs::read_to_string(&real).unwrap(), "lagi");
}
