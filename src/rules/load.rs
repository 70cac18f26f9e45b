//! Where rules come from: the built-in packs compiled into the binary, and extra pack
//! folders from the config. A later rule with the same id overrides an earlier one.
use super::compile::compile;
use super::raw::RawRule;
use super::Rule;
use crate::error::{Error, Result};
use crate::files::Fifo;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

/// The rules in force, sorted by id.
#[derive(Debug, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
}

impl RuleSet {
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id() == id)
    }

    pub fn len(&self) -> usize {
        self.rules.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

/// The id of a rule file: its path below the pack root, without extension, `/`-separated.
fn id_from_path(rel: &str) -> String {
    let rel = rel.replace('\\', "/");
    rel.strip_suffix(".yaml")
        .or_else(|| rel.strip_suffix(".yml"))
        .unwrap_or(&rel)
        .to_string()
}

/// Parses and compiles one rule file.
pub fn load_rule(id: &str, origin: &Path, text: &str) -> Result<Rule> {
    let raw: RawRule = crate::yaml::parse(origin, text)?;
    compile(id, origin, text, raw)
}

/// Every rule compiled into the binary. Built-in rules are tested, so errors here are bugs;
/// they are still returned rather than panicking.
pub fn builtin() -> (Vec<Rule>, Vec<Error>) {
    let mut rules = Vec::new();
    let mut errors = Vec::new();
    // Compiling the regexes is most of start-up, so rules are compiled on all cores
    // (perf, issue 6); collecting keeps file order, so errors come out in order too.
    use rayon::prelude::*;
    let loaded: Vec<Result<Rule>> = BUILTIN_RULES
        .par_iter()
        .map(|(rel, text)| load_rule(&id_from_path(rel), &Path::new("builtin:rules").join(rel), text))
        .collect();
    for r in loaded {
        match r {
            Ok(r) => rules.push(r),
            Err(e) => errors.push(e),
        }
    }
    (rules, errors)
}

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
        let entries = std::fs::read_dir(&dir).map_err(|e| Error::io(&dir, &e))?;
        let mut paths: Vec<(PathBuf, std::fs::FileType)> = Vec::new();
        for e in entries.flatten() {
            seen += 1;
            if seen > MAX_PACK_ENTRIES {
                return Err(Error::in_file(
                    root,
                    format!(
                        "holds more than {MAX_PACK_ENTRIES} files and folders; is `packs:` pointing at a rule folder?"
                    ),
                ));
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
                    return Err(Error::in_file(
                        root,
                        format!("holds more than {MAX_PACK_FILES} rule files; is `packs:` pointing at a rule folder?"),
                    ));
                }
            }
        }
        stack.extend(subdirs.into_iter().rev());
    }
    out.sort();
    Ok(out)
}

/// Rules from a pack folder (ids relative to it) or a single rule file (id = file stem,
/// or the path below a `rules/` folder when it sits in one). Only `.yaml`/`.yml` files are
/// read as rules, each at most `files::MAX_YAML_BYTES`.
pub fn from_path(path: &Path) -> (Vec<Rule>, Vec<Error>) {
    let mut errors = Vec::new();
    let (root, files) = if path.is_dir() {
        match yaml_files(path) {
            Ok(files) => (path.to_path_buf(), files),
            Err(e) => return (Vec::new(), vec![e]),
        }
    } else if path.exists() {
        if !matches!(path.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")) {
            return (
                Vec::new(),
                vec![Error::in_file(
                    path,
                    "not a rule file (rule files end in .yaml or .yml)",
                )],
            );
        }
        let root = path
            .ancestors()
            .find(|a| a.file_name().is_some_and(|n| n == "rules"))
            .map(Path::to_path_buf)
            .unwrap_or_else(|| path.parent().unwrap_or(Path::new("")).to_path_buf());
        (root, vec![path.to_path_buf()])
    } else {
        return (
            Vec::new(),
            vec![Error::in_file(path, "no such rule file or pack folder")],
        );
    };
    let mut texts = Vec::new();
    for file in files {
        let rel = file.strip_prefix(&root).unwrap_or(&file).to_string_lossy().to_string();
        let bytes = match crate::files::read_bounded(&file, crate::files::MAX_YAML_BYTES, Fifo::Refuse, "a rule file") {
            Ok(b) => b,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        match String::from_utf8(bytes) {
            Ok(t) => texts.push((file, rel, t)),
            Err(_) => errors.push(Error::in_file(&file, "not valid UTF-8")),
        }
    }
    // Read in order, compiled on all cores (as in `builtin`).
    use rayon::prelude::*;
    let loaded: Vec<Result<Rule>> = texts
        .par_iter()
        .map(|(file, rel, text)| load_rule(&id_from_path(rel), file, text))
        .collect();
    let mut rules = Vec::new();
    for r in loaded {
        match r {
            Ok(r) => rules.push(r),
            Err(e) => errors.push(e),
        }
    }
    (rules, errors)
}

/// Built-in rules plus `packs`, later ones overriding earlier ones with the same id.
pub fn load(packs: &[PathBuf]) -> (RuleSet, Vec<Error>) {
    let (builtin, mut errors) = builtin();
    let mut by_id: BTreeMap<String, Rule> = builtin.into_iter().map(|r| (r.meta.id.clone(), r)).collect();
    for pack in packs {
        let (rules, errs) = from_path(pack);
        errors.extend(errs);
        for r in rules {
            by_id.insert(r.meta.id.clone(), r);
        }
    }
    (
        RuleSet {
            rules: by_id.into_values().collect(),
        },
        errors,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_paths() {
        assert_eq!(id_from_path("id/wajib.yaml"), "id/wajib");
        assert_eq!(id_from_path("id\\formal\\x.yml"), "id/formal/x");
    }

    #[test]
    fn every_builtin_rule_loads() {
        let (rules, errors) = builtin();
        assert!(
            errors.is_empty(),
            "{}",
            errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")
        );
        assert!(rules.len() >= 10);
        // Built-in regexes are compiled on first use, where one that could not compile
        // would silently match nothing (or lose its Unicode flavour): both flavours of
        // each must compile here.
        for rule in &rules {
            for (field, re) in rule.check.regexes() {
                for source in [re.as_str(), re.twin_str()] {
                    if let Err(e) = crate::re::compile(source, true) {
                        panic!("{}: field `{field}`: {e}", rule.id());
                    }
                }
            }
        }
    }

    #[test]
    fn bad_regex_names_file_line_and_field() {
        let text = "kind: existence\ncategory: formal\nseverity: warning\nmessage: m\ndescription: d\ntokens:\n  - ok\n  - '(unclosed'\ntests:\n  - bad: ok\n";
        let err = load_rule("x/y", Path::new("pack/x/y.yaml"), text).unwrap_err();
        let s = err.to_string();
        assert!(
            s.starts_with("pack/x/y.yaml:8:6: field `tokens`: invalid regex `(unclosed`"),
            "{s}"
        );
    }

    #[test]
    fn key_of_another_kind_is_rejected() {
        let text = "kind: existence\ncategory: formal\nseverity: warning\nmessage: m\ndescription: d\ntokens: [a]\nswap: {a: b}\ntests:\n  - bad: a\n";
        let s = load_rule("x", Path::new("x.yaml"), text).unwrap_err().to_string();
        assert!(s.contains("field `swap`: not used by a `existence` rule"), "{s}");
        assert!(s.starts_with("x.yaml:7:1"), "{s}");
    }

    #[test]
    fn missing_key_is_an_error() {
        let text =
            "kind: existence\ncategory: formal\nseverity: warning\ndescription: d\ntokens: [a]\ntests: [{bad: a}]\n";
        let s = load_rule("x", Path::new("x.yaml"), text).unwrap_err().to_string();
        assert!(s.contains("missing field `message`"), "{s}");
    }
}
