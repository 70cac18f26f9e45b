//! Finding and reading the files to check: folders are walked with .gitignore (and
//! .luwesignore) respected; binary and non-UTF-8 files are reported, not linted.
use super::files::{read_bounded, Fifo};
use crate::error::Error;
use ignore::overrides::OverrideBuilder;
use ignore::WalkBuilder;
use std::path::{Path, PathBuf};

/// Extensions linted when walking a folder: posts, and content calendars
/// (`crate::calendar::EXTENSIONS`). Files named explicitly are linted whatever their
/// extension (as plain text unless Markdown or a calendar).
pub const EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "markdown", "mdown", "mkd", "csv", "tsv", "xlsx", "jsonl",
];

/// Bytes checked for a NUL to decide that a file is binary (as git and ripgrep do).
const BINARY_SNIFF: usize = 8192;

#[derive(Debug)]
pub enum Input {
    Stdin,
    File(PathBuf),
    /// One post of a content calendar: the `row`th row read from `file`.
    Cell {
        file: std::sync::Arc<super::calendar::CalendarFile>,
        row: usize,
    },
}

/// Expands `paths` into inputs, in a deterministic order (sorted per folder). Paths that
/// do not exist become errors; the others are still returned.
pub fn collect(paths: &[PathBuf], exclude: &[String], base: &Path) -> (Vec<Input>, Vec<Error>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    let overrides = {
        let mut b = OverrideBuilder::new(base);
        let mut bad = None;
        for glob in exclude {
            if let Err(e) = b.add(&format!("!{glob}")) {
                bad = Some(Error::new((super::msg().bad_exclude)(glob, &e.to_string())).field("exclude"));
            }
        }
        errors.extend(bad);
        b.build().ok()
    };
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        if !path.exists() && path.symlink_metadata().is_err() {
            errors.push(Error::in_file(path, super::msg().no_such_file));
            continue;
        }
        if !path.is_dir() {
            inputs.push(Input::File(path.clone()));
            continue;
        }
        let mut walk = WalkBuilder::new(path);
        walk.require_git(false)
            .add_custom_ignore_filename(".luwesignore")
            .follow_links(false)
            .sort_by_file_path(|a, b| a.cmp(b));
        if let Some(o) = &overrides {
            walk.overrides(o.clone());
        }
        for entry in walk.build() {
            match entry {
                Ok(e) => {
                    let p = e.path();
                    let is_file = e.file_type().is_some_and(|t| t.is_file());
                    let ext = p.extension().and_then(|x| x.to_str()).map(str::to_ascii_lowercase);
                    if is_file && ext.is_some_and(|x| EXTENSIONS.contains(&x.as_str())) {
                        inputs.push(Input::File(p.to_path_buf()));
                    }
                }
                Err(e) => errors.push(Error::new(e.to_string())),
            }
        }
    }
    (dedup(inputs), errors)
}

/// The same file named twice (`a.txt ./a.txt /abs/a.txt`, or a folder and a file in it)
/// is linted and counted once, under the name it was first given.
fn dedup(inputs: Vec<Input>) -> Vec<Input> {
    let mut seen = std::collections::HashSet::new();
    inputs
        .into_iter()
        .filter(|i| match i {
            Input::Stdin => true,
            Input::File(p) => seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())),
            Input::Cell { .. } => true,
        })
        .collect()
}

/// What reading a file gave.
#[derive(Debug)]
pub enum Read {
    Text(String),
    /// UTF-16 with a byte-order mark (what Windows Notepad saves as "Unicode"), decoded.
    /// Spans then count bytes of the UTF-8 text, not of the file.
    Utf16(String),
    /// Not text: skipped with a notice, not an error.
    Binary,
}

/// Reads a file as UTF-8 text, telling binary files apart; at most `limit` bytes, and
/// only a regular file (or a FIFO where `fifo` allows).
pub fn read(path: &Path, limit: u64, fifo: Fifo) -> Result<Read, Error> {
    let bytes = read_bounded(path, limit, fifo, super::msg().post)?;
    decode(path, bytes)
}

pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<Read, Error> {
    // UTF-16 is full of NUL bytes: look for its byte-order mark before sniffing for binary.
    let utf16 = match bytes.get(..2) {
        Some([0xFF, 0xFE]) => Some(u16::from_le_bytes as fn([u8; 2]) -> u16),
        Some([0xFE, 0xFF]) => Some(u16::from_be_bytes as fn([u8; 2]) -> u16),
        _ => None,
    };
    if let Some(unit) = utf16 {
        return decode_utf16(path, &bytes[2..], unit);
    }
    if bytes[..bytes.len().min(BINARY_SNIFF)].contains(&0) {
        return Ok(Read::Binary);
    }
    String::from_utf8(bytes).map(Read::Text).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let good = &e.as_bytes()[..at];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = String::from_utf8_lossy(&good[good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1)..])
            .chars()
            .count()
            + 1;
        Error::in_file(path, (super::msg().not_utf8_at)(at)).at(Some(crate::error::Location { line, column: col }))
    })
}

fn decode_utf16(path: &Path, body: &[u8], unit: fn([u8; 2]) -> u16) -> Result<Read, Error> {
    if body.len() % 2 != 0 {
        return Err(Error::in_file(
            path,
            "UTF-16 text with an odd number of bytes; save the file as UTF-8",
        ));
    }
    let units = body.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map(Read::Utf16)
        .map_err(|_| Error::in_file(path, super::msg().broken_utf16))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_and_bad_utf8_are_told_apart() {
        assert!(matches!(decode(Path::new("a"), b"ab\0c".to_vec()), Ok(Read::Binary)));
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Wajib hadir ✓".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert!(matches!(decode(Path::new("a"), le), Ok(Read::Utf16(t)) if t == "Wajib hadir ✓"));
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Yuk".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert!(matches!(decode(Path::new("a"), be), Ok(Read::Utf16(t)) if t == "Yuk"));
        assert!(decode(Path::new("a"), vec![0xFF, 0xFE, 0x00, 0xD8]).is_err());
        let err = decode(Path::new("a.txt"), b"ok\nab\xffc".to_vec()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.txt:2:3: bukan UTF-8 yang sah (bita salah pertama di posisi 5); simpan berkas sebagai UTF-8"
        );
    }
}
