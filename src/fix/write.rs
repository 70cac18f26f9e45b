//! Writing a fixed file safely: never over a file that changed since it was read, never
//! over a read-only file, and atomically (a temporary file in the same folder, synced,
//! with the original's permissions, then renamed over it), so a crash or a full disk
//! leaves either the old post or the new one, never half of each.
use crate::error::Error;
use std::fs;
use std::io::Write;
use std::path::Path;

/// Replaces the content of `path` with `new`, provided it still holds `original`.
pub fn write_atomic(path: &Path, original: &str, new: &str) -> Result<(), Error> {
    // Write through a symlink to its target rather than replacing the link with a file.
    let target = fs::canonicalize(path).map_err(|e| Error::io(path, &e))?;
    let meta = fs::metadata(&target).map_err(|e| Error::io(path, &e))?;
    if meta.permissions().readonly() {
        return Err(Error::in_file(path, "is read-only; left untouched"));
    }
    let now = fs::read(&target).map_err(|e| Error::io(path, &e))?;
    if now != original.as_bytes() {
        return Err(Error::in_file(
            path,
            "changed since it was read; not overwritten (run `luwes fix` again)",
        ));
    }
    let dir = target.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".luwes-fix-")
        .tempfile_in(dir)
        .map_err(|e| Error::in_file(path, format!("cannot create a temporary file beside it: {e}")))?;
    let io = |e: std::io::Error| Error::in_file(path, format!("cannot write the fixed text: {e}"));
    tmp.write_all(new.as_bytes()).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    fs::set_permissions(tmp.path(), meta.permissions()).map_err(io)?;
    tmp.persist(&target).map_err(|e| io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_keeps_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        fs::write(&p, "lama").unwrap();
        write_atomic(&p, "lama", "baru").unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "baru");
        let leftovers = fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }

    #[test]
    fn refuses_a_file_changed_since_read() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        fs::write(&p, "diedit orang lain").unwrap();
        let e = write_atomic(&p, "lama", "baru").unwrap_err();
        assert!(e.to_string().contains("changed since it was read"), "{e}");
        assert_eq!(fs::read_to_string(&p).unwrap(), "diedit orang lain");
    }
}
