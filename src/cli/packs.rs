//! Reading rule packs from disk: a pack folder (every `.yaml`/`.yml` below it, ids
//! relative to it) or a single rule file. The texts go to the engine to compile.
use super::files::{read_bounded, Fifo, MAX_YAML_BYTES};
use crate::error::{Error, Result};
use crate::rules::{id_from_path, Pack, Source};
use std::path::{Path, PathBuf};

/// Most rule files one pack may hold, and most folder entries its walk may look at:
/// a pack has tens of rules; `packs: [/]` must end with an error, not walk the disk.
const MAX_PACK_FILES: usize = 2_000;
const MAX_PACK_ENTRIES: usize = 50_000;

/// The `.yaml`/`.yml` files below `dir`, sorted. Symlinks to folders are not followed (a
/// link to its own folder would repeat the pack forever); symlinks to files are read.
fn yaml_files(root: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut seen = 0usize;
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| super::files::io_error(&dir, &e))?;
        let mut paths: Vec<(PathBuf, std::fs::FileType)> = Vec::new();
        for e in entries.flatten() {
            seen += 1;
            if seen > MAX_PACK_ENTRIES {
                return Err(Error::in_file(root, (super::msg().too_many_entries)(MAX_PACK_ENTRIES)));
            }
            if let Ok(t) = e.file_type() {
                paths.push((e.path(), t));
            }
        }
        // Depth-first in name order: folders pushed in reverse so the first comes out first.
        paths.sort_by(|a, b| a.0.cmp(&b.0));
        let mut subdirs = Vec::new();
        for (p, t) in paths {
            let is_yaml = matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"));
            if t.is_dir() {
                subdirs.push(p);
            } else if is_yaml && (t.is_file() || (t.is_symlink() && p.is_file())) {
                out.push(p);
                if out.len() > MAX_PACK_FILES {
                    return Err(Error::in_file(root, (super::msg().too_many_rule_files)(MAX_PACK_FILES)));
                }
            }
        }
        stack.extend(subdirs.into_iter().rev());
    }
    out.sort();
    Ok(out)
}

/// The rule files of a pack folder (ids relative to it) or of a single rule file (id =
/// file stem, or the path below a `rules/` folder when it sits in one). Only `.yaml`/`.yml`
/// files are read as rules, each at most `files::MAX_YAML_BYTES`. With a `root`, only
/// files that lie inside it once links are resolved (`Settings::pack_root`).
pub fn read(path: &Path, root: Option<&Path>) -> Pack {
    let refused = |e: Error| Pack {
        sources: Vec::new(),
        errors: vec![e],
    };
    let confine = root;
    let (root, files) = if path.is_dir() {
        match yaml_files(path) {
            Ok(files) => (path.to_path_buf(), files),
            Err(e) => return refused(e),
        }
    } else if path.exists() {
        if !matches!(path.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")) {
            return refused(Error::in_file(path, super::msg().not_rule_file));
        }
        let root = path
            .ancestors()
            .find(|a| a.file_name().is_some_and(|n| n == "rules"))
            .map(Path::to_path_buf)
            .unwrap_or_else(|| path.parent().unwrap_or(Path::new("")).to_path_buf());
        (root, vec![path.to_path_buf()])
    } else {
        return refused(Error::in_file(path, super::msg().no_such_pack));
    };
    let mut pack = Pack::default();
    for file in files {
        let rel = file.strip_prefix(&root).unwrap_or(&file).to_string_lossy().to_string();
        if let Some(e) = confine.and_then(|c| outside(&file, c)) {
            pack.errors.push(e);
            continue;
        }
        let bytes = match read_bounded(&file, MAX_YAML_BYTES, Fifo::Refuse, super::msg().rule_file) {
            Ok(b) => b,
            Err(e) => {
                pack.errors.push(e);
                continue;
            }
        };
        match String::from_utf8(bytes) {
            Ok(text) => pack.sources.push(Source {
                id: id_from_path(&rel),
                origin: file,
                text: text.into(),
            }),
            Err(_) => pack.errors.push(Error::in_file(&file, super::msg().not_utf8)),
        }
    }
    pack
}

/// Why `file` may not be read as a rule of a pack confined to `root`, if it may not: a
/// link in a pack folder (`rules/x.yaml -> /home/ci/.env`) would otherwise make CI read,
/// and quote in an error, a file the config itself could not name.
fn outside(file: &Path, root: &Path) -> Option<Error> {
    match std::fs::canonicalize(file) {
        Ok(real) if real.starts_with(root) => None,
        Ok(_) => Some(Error::in_file(file, super::msg().link_outside)),
        Err(e) => Some(Error::io(file, &e)),
    }
}

/// Every pack of `paths`, in order, confined to `root` when there is one.
pub fn read_all(paths: &[PathBuf], root: Option<&Path>) -> Vec<Pack> {
    paths.iter().map(|p| read(p, root)).collect()
}
