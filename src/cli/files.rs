//! Reading and replacing files with limits: every read is bounded by the bytes actually
//! read (not by the size the system reports, which is 0 for devices), only regular files
//! (and, where a caller allows it, a FIFO named explicitly) are read, and the one atomic
//! writer replaces only regular files, keeping their permissions and owner.
use super::msg;
use crate::error::Error;
use std::fs::{self, File, Metadata};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Largest config or rule file read: they are a few KB, and the YAML layer refuses more
/// anyway; reading stops one byte past it, so `--config /dev/zero` cannot eat memory.
pub const MAX_YAML_BYTES: u64 = 1 << 20;

/// Default largest post read (`max_file_mb` in the config, `--max-file-mb`). Linting keeps
/// about 25 times the input in memory until streaming lands, so a 200 MB log named by
/// mistake would need gigabytes; 64 MiB is far above any post or calendar.
pub const DEFAULT_MAX_POST_MB: u64 = 64;

/// What a caller accepts besides a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fifo {
    /// A FIFO named explicitly (`<(…)`, a named pipe) may be read once: `lint`, configs.
    Allow,
    /// `fix` must be able to read the file again and write it back: a FIFO would hang or
    /// be replaced by an ordinary file.
    Refuse,
}

/// Why `meta` is not something we read, or `None` when it is.
fn refusal(meta: &Metadata, fifo: Fifo) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some(msg().folder);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return match fifo {
                Fifo::Allow => None,
                Fifo::Refuse => Some(msg().fifo),
            };
        }
        if t.is_char_device() || t.is_block_device() {
            return Some(msg().device);
        }
        if t.is_socket() {
            return Some(msg().socket);
        }
    }
    let _ = fifo;
    Some(msg().not_regular)
}

/// An I/O error on `path` in the run's language: the two every person meets (missing,
/// no permission) translated, the rarer ones in the system's own words.
pub fn io_error(path: &Path, err: &std::io::Error) -> Error {
    match err.kind() {
        std::io::ErrorKind::NotFound => Error::in_file(path, msg().no_such_file),
        std::io::ErrorKind::PermissionDenied => Error::in_file(path, msg().permission_denied),
        _ => Error::io(path, err),
    }
}

/// Reads at most `limit` bytes of `path`; more is an error naming the limit.
/// `what` names the file's role in that error ("config file", "post", "rule file").
pub fn read_bounded(path: &Path, limit: u64, fifo: Fifo, what: &str) -> Result<Vec<u8>, Error> {
    // Look before opening: opening a device can have effects, and a FIFO blocks.
    let meta = fs::metadata(path).map_err(|e| io_error(path, &e))?;
    if let Some(why) = refusal(&meta, fifo) {
        return Err(Error::in_file(path, format!("{why}; {}", msg().not_read)));
    }
    let file = File::open(path).map_err(|e| io_error(path, &e))?;
    // The path may have been swapped between the look and the open.
    let meta = file.metadata().map_err(|e| io_error(path, &e))?;
    if let Some(why) = refusal(&meta, fifo) {
        return Err(Error::in_file(path, format!("{why}; {}", msg().not_read)));
    }
    read_limited(file, limit, what).map_err(|e| e.with_path(path))
}

/// Reads `reader` to its end, or fails past `limit` bytes.
pub fn read_limited(reader: impl Read, limit: u64, what: &str) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Error::new(e.to_string()))?;
    if bytes.len() as u64 > limit {
        return Err(Error::new((msg().larger_than)(what, &human_size(limit))));
    }
    Ok(bytes)
}

/// `1048576` → "1 MiB", `1500` → "1500 bytes".
pub fn human_size(bytes: u64) -> String {
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 {
        format!("{} MiB", bytes >> 20)
    } else if bytes >= 1 << 10 && bytes % (1 << 10) == 0 {
        format!("{} KiB", bytes >> 10)
    } else {
        format!("{bytes} bytes")
    }
}

/// Replaces the content of `path` with `new`, atomically: a temporary file in the same
/// folder, synced, given the original's permissions and (where permitted) owner and
/// group, then renamed over it. A symlink is written through to its target. Only a
/// regular file is replaced, or a new one created: a device, FIFO, socket or folder is
/// refused, so `-o /dev/null` run as root cannot replace the system's device.
/// With `expect`, the file must still hold exactly those bytes (`fix`: never over a
/// file that changed since it was read). A file with other hard links is refused unless
/// `break_links`, since the rename would silently detach it from them.
pub fn replace_atomic(path: &Path, new: &[u8], expect: Option<&[u8]>, break_links: bool) -> Result<(), Error> {
    let (target, meta) = match fs::metadata(path) {
        Ok(meta) => (fs::canonicalize(path).map_err(|e| io_error(path, &e))?, Some(meta)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && expect.is_none() => {
            if fs::symlink_metadata(path).is_ok() {
                return Err(Error::in_file(path, msg().dangling_symlink));
            }
            (path.to_path_buf(), None)
        }
        Err(e) => return Err(io_error(path, &e)),
    };
    if let Some(meta) = &meta {
        if !meta.file_type().is_file() {
            let why = refusal(meta, Fifo::Refuse).unwrap_or(msg().not_regular);
            return Err(Error::in_file(path, format!("{why}; {}", msg().not_replaced)));
        }
        if meta.permissions().readonly() {
            return Err(Error::in_file(path, msg().read_only));
        }
        if !break_links && links(meta) > 1 {
            return Err(Error::in_file(path, (msg().hard_links)(links(meta) - 1)));
        }
    }
    if let Some(original) = expect {
        let now = read_bounded(&target, original.len() as u64, Fifo::Refuse, msg().file);
        if now.as_deref().ok() != Some(original) {
            return Err(Error::in_file(path, msg().changed_since_read));
        }
    }
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".luwes-")
        .tempfile_in(&dir)
        .map_err(|e| {
            let why = io_error(&dir, &e).message;
            Error::in_file(path, (msg().cannot_create_temp)(&why))
        })?;
    let io = |e: std::io::Error| Error::in_file(path, (msg().cannot_write)(&e.to_string()));
    tmp.write_all(new).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    keep_attributes(tmp.as_file(), meta.as_ref()).map_err(io)?;
    tmp.persist(&target).map_err(|e| io(e.error))?;
    Ok(())
}

#[cfg(unix)]
fn links(meta: &Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::nlink(meta)
}

#[cfg(not(unix))]
fn links(_: &Metadata) -> u64 {
    1
}

/// Gives the temporary file the replaced file's permissions and owner. A temporary file
/// is private (0600); a new file gets 0644, as a document meant to be shared.
fn keep_attributes(tmp: &File, old: Option<&Metadata>) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let mode = old.map_or(0o644, |m| m.permissions().mode());
        tmp.set_permissions(fs::Permissions::from_mode(mode))?;
        if let Some(m) = old {
            // Only root may give a file away; anyone may keep their own. A refusal is not
            // worth failing the write for: the text matters more than the owner.
            let _ = std::os::unix::fs::fchown(tmp, Some(m.uid()), Some(m.gid()));
        }
    }
    #[cfg(not(unix))]
    if let Some(m) = old {
        tmp.set_permissions(m.permissions())?;
    }
    Ok(())
}

#[cfg(test)]
#[path = "files_tests.rs"]
mod tests;
