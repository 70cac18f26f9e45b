//! Embeds the built-in rule packs (every `rules/**/*.yaml`) into the binary, and builds
//! the lexicon's FSTs from `data/lexicon/` (see `build/lexicon.rs`).
//!
//! Written as a build script rather than with a crate like `include_dir` because cargo
//! re-runs a build script when anything under a watched folder changes, so a newly
//! added rule file is picked up without touching any Rust source.
use std::path::Path;
use std::{env, fs};

#[path = "build/lexicon.rs"]
mod lexicon;

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")) {
            out.push(path.to_string_lossy().replace('\\', "/"));
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    println!("cargo:rerun-if-changed=rules");
    let mut files = Vec::new();
    collect(&root, &mut files);
    let root_str = root.to_string_lossy().replace('\\', "/");
    let mut code = String::from("/// (path below `rules/`, YAML text) of every built-in rule.\npub static BUILTIN_RULES: &[(&str, &str)] = &[\n");
    for f in &files {
        let rel = f.strip_prefix(&root_str).unwrap_or(f).trim_start_matches('/');
        code.push_str(&format!("    ({rel:?}, include_str!({f:?})),\n"));
    }
    code.push_str("];\n");
    let out_dir = env::var("OUT_DIR").unwrap();
    fs::write(Path::new(&out_dir).join("builtin_rules.rs"), code).unwrap();
    lexicon::build(Path::new(env!("CARGO_MANIFEST_DIR")), Path::new(&out_dir));
}
