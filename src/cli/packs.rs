//! Reading rule packs from disk: a pack folder (every `.yaml`/`.yml` below it, ids
//! relative to it) or a single rule file. The texts go to the engine to compile.
use crate::error::Error;
use crate::rules::{id_from_path, Pack, Source};
use std::path::{Path, PathBuf};

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<Error>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return errors.push(Error::io(dir, &e)),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            yaml_files(&p, out, errors);
        } else if matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")) {
            out.push(p);
        }
    }
}

/// The rule files of a pack folder (ids relative to it) or of a single rule file (id =
/// file stem, or the path below a `rules/` folder when it sits in one).
pub fn read(path: &Path) -> Pack {
    let mut errors = Vec::new();
    let (root, files) = if path.is_dir() {
        let mut files = Vec::new();
        yaml_files(path, &mut files, &mut errors);
        (path.to_path_buf(), files)
    } else if path.exists() {
        let root = path
            .ancestors()
            .find(|a| a.file_name().is_some_and(|n| n == "rules"))
            .map(Path::to_path_buf)
            .unwrap_or_else(|| path.parent().unwrap_or(Path::new("")).to_path_buf());
        (root, vec![path.to_path_buf()])
    } else {
        return Pack {
            sources: Vec::new(),
            errors: vec![Error::in_file(path, "no such rule file or pack folder")],
        };
    };
    let mut sources = Vec::new();
    for file in files {
        let rel = file.strip_prefix(&root).unwrap_or(&file).to_string_lossy().to_string();
        let text = match std::fs::read(&file) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(_) => {
                    errors.push(Error::in_file(&file, "not valid UTF-8"));
                    continue;
                }
            },
            Err(e) => {
                errors.push(Error::io(&file, &e));
                continue;
            }
        };
        sources.push(Source {
            id: id_from_path(&rel),
            origin: file,
            text: text.into(),
        });
    }
    Pack { sources, errors }
}

/// Every pack of `paths`, in order.
pub fn read_all(paths: &[PathBuf]) -> Vec<Pack> {
    paths.iter().map(|p| read(p)).collect()
}
