//! The one way luwes writes a file: atomically (a temporary file in the same folder,
//! synced, given its permissions, then renamed over the target), so a crash or a full
//! disk leaves either the old content or the new, never half of each. Fixed posts are
//! also never written over a file that changed since it was read, nor a read-only one.
use crate::error::Error;
use std::fs;
use std::io::Write;
use std::path::Path;

/// Replaces the content of the post `path` with `new`, provided it still holds `original`.
/// A symlink is written through to its target rather than replaced by a file.
pub fn write_atomic(path: &Path, original: &str, new: &str) -> Result<(), Error> {
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
    let tmp = tempfile::Builder::new()
        .prefix(".luwes-fix-")
        .tempfile_in(dir)
        .map_err(|e| Error::in_file(path, format!("cannot create a temporary file beside it: {e}")))?;
    let io = |e: std::io::Error| Error::in_file(path, format!("cannot write the fixed text: {e}"));
    replace(tmp, &target, new, meta.permissions()).map_err(io)
}

/// Writes the output file `path` (the workshop report), creating or replacing it. It
/// keeps the mode of a file it replaces; a new one is readable by all (0644), like any
/// document meant to be shared, not private like a temporary file (0600).
pub fn write_output(path: &Path, text: &str, what: &str) -> Result<(), Error> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let io = |e: std::io::Error| Error::in_file(path, format!("cannot write {what}: {e}"));
    let tmp = tempfile::Builder::new()
        .prefix(".luwes-report-")
        .tempfile_in(dir)
        .map_err(io)?;
    let permissions = match fs::metadata(path) {
        Ok(m) => m.permissions(),
        Err(_) => new_file_permissions(tmp.as_file()).map_err(io)?,
    };
    replace(tmp, path, text, permissions).map_err(io)
}

#[cfg(unix)]
fn new_file_permissions(_: &fs::File) -> std::io::Result<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Ok(fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn new_file_permissions(f: &fs::File) -> std::io::Result<fs::Permissions> {
    Ok(f.metadata()?.permissions())
}

/// Fills `tmp` with `text`, syncs it, gives it `permissions` and renames it over `target`.
fn replace(
    mut tmp: tempfile::NamedTempFile,
    target: &Path,
    text: &str,
    permissions: fs::Permissions,
) -> std::io::Result<()> {
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    fs::set_permissions(tmp.path(), permissions)?;
    tmp.persist(target).map_err(|e| e.error)?;
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

    #[test]
    fn output_files_are_created_shareable() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.html");
        write_output(&p, "<html>", "the report").unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "<html>");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o644);
        }
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
