//! The walls of docs/ARCHITECTURE.md, kept standing: reads every file under `src/` and
//! fails when a module uses one it may not, when the top-level modules form a cycle, or
//! when anything outside `cli/` and `main.rs` touches files or the terminal.
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Top-level module → the top-level modules it may use. `cli`, `main`, `lib` and the
/// `invariants` test harness may use everything.
const ALLOWED: &[(&str, &[&str])] = &[
    ("model", &[]),
    ("error", &[]),
    ("yaml", &["error"]),
    ("text", &["model"]),
    ("rules", &["text", "model", "yaml", "error"]),
    ("check", &["rules", "text", "model", "error"]),
    ("score", &["text", "model"]),
    ("fix", &["text", "model"]),
    ("engine", &["check", "rules", "text", "score", "fix", "model", "error"]),
    ("output", &["model", "text"]),
    // Content calendars (CSV, TSV, JSON Lines, xlsx) read from and written to bytes.
    ("calendar", &["model", "error"]),
    // The web front end: the library's public face (no `cli`); it owns its socket and
    // its room's database, and touches no other file.
    (
        "serve",
        &["engine", "rules", "fix", "score", "output", "model", "text", "error"],
    ),
];
const ANYTHING: &[&str] = &["cli", "main", "lib", "invariants"];

/// What only `cli/` and `main.rs` may do: read or write files, print, read the terminal.
const IO: &[&str] = &[
    "std::fs",
    "fs::",
    "File::",
    "println!",
    "eprintln!",
    "print!",
    "eprint!",
    "dbg!",
    "stdout()",
    "stderr()",
    "stdin()",
];
/// Modules whose words are plain data, free of the command line's crate.
const NO_CLAP: &[&str] = &["model", "text", "rules", "check", "score", "fix", "engine"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The module path of a file: `src/check/literal.rs` → [check, literal],
/// `src/check/mod.rs` → [check], `src/lib.rs` → [lib].
fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().to_string()).collect();
    if parts.len() > 1 && parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The code of a file with comments and the insides of string and char literals blanked,
/// so that prose about a module (or a string that mentions `println!`) is not a use of it.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !prev_is_ident(&chars, i) {
            // Raw string: r"…" or r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && (0..hashes).all(|k| chars.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && next == Some('\\') {
            i += 2;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else if c == '\'' && chars.get(i + 2) == Some(&'\'') {
            i += 3;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn prev_is_ident(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// Where the `mod tests { … }` of a file's code is (braces matched; literals are blanked).
fn tests_module(code: &str) -> std::ops::Range<usize> {
    let Some(start) = code.find("mod tests {") else {
        return 0..0;
    };
    let mut depth = 0;
    for (i, c) in code[start..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 1 => return start..start + i,
            '}' => depth -= 1,
            _ => {}
        }
    }
    start..code.len()
}

/// The top-level modules `code` (in module `path`) refers to, besides its own.
fn uses(path: &[String], code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    // Unit tests sit in a `mod tests { … }`: one level deeper.
    let tests = tests_module(code);
    let ident = |s: &str| -> Option<String> {
        let name: String = s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        (!name.is_empty()).then_some(name)
    };
    for (at, _) in code.match_indices("crate::") {
        if code[..at].ends_with('$') || code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &code[at + "crate::".len()..];
        if let Some(inner) = rest.strip_prefix('{') {
            let group = &inner[..inner.find('}').unwrap_or(inner.len())];
            found.extend(group.split(',').filter_map(|p| ident(p.trim())));
        } else if let Some(name) = ident(rest) {
            found.insert(name);
        }
    }
    for (at, _) in code.match_indices("super::") {
        if code[..at].ends_with("super::") || code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let mut rest = &code[at..];
        let mut depth = 0;
        while let Some(r) = rest.strip_prefix("super::") {
            depth += 1;
            rest = r;
        }
        let depth = depth - usize::from(tests.contains(&at));
        // From module [a, b], `super` is [a]; one more reaches the crate root.
        if depth == path.len() {
            if let Some(name) = ident(rest) {
                found.insert(name);
            }
        }
    }
    found.remove(&path[0]);
    found.retain(|m| m != "self" && m != "super");
    found
}

struct Scan {
    /// file → (its top-level module, the top-level modules it uses)
    files: BTreeMap<String, (String, BTreeSet<String>)>,
    /// file → the I/O it does
    io: BTreeMap<String, Vec<&'static str>>,
    clap: BTreeSet<String>,
}

fn scan() -> Scan {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut scan = Scan {
        files: BTreeMap::new(),
        io: BTreeMap::new(),
        clap: BTreeSet::new(),
    };
    for file in files {
        let path = module_path(&src, &file);
        let code = code_only(&std::fs::read_to_string(&file).unwrap());
        let name = file.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
        let top = path[0].clone();
        if !ANYTHING.contains(&top.as_str()) {
            let io: Vec<&str> = IO.iter().copied().filter(|p| code.contains(p)).collect();
            if !io.is_empty() {
                scan.io.insert(name.clone(), io);
            }
        }
        if NO_CLAP.contains(&top.as_str()) && code.contains("clap") {
            scan.clap.insert(name.clone());
        }
        scan.files.insert(name, (top, uses(&path, &code)));
    }
    scan
}

#[test]
fn modules_use_only_what_the_walls_allow() {
    let allowed: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    let mut broken = Vec::new();
    for (file, (top, used)) in &scan().files {
        if ANYTHING.contains(&top.as_str()) {
            continue;
        }
        let Some(may) = allowed.get(top.as_str()) else {
            broken.push(format!(
                "{file}: module `{top}` is not in the table of tests/architecture.rs and docs/ARCHITECTURE.md"
            ));
            continue;
        };
        for u in used.iter().filter(|u| !may.contains(&u.as_str())) {
            broken.push(format!(
                "{file}: `{top}` may not use `{u}` (it may use: {})",
                may.join(", ")
            ));
        }
    }
    assert!(broken.is_empty(), "walls crossed:\n{}", broken.join("\n"));
}

#[test]
fn top_level_modules_form_no_cycle() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (top, used) in scan().files.into_values() {
        if top != "lib" {
            graph
                .entry(top)
                .or_default()
                .extend(used.into_iter().filter(|u| u != "lib"));
        }
    }
    // Depth-first search; a module met again while still on the stack closes a cycle.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = stack.iter().position(|s| s == m) {
            let mut cycle = stack[i..].to_vec();
            cycle.push(m.to_string());
            return Some(cycle);
        }
        if !done.insert(m.to_string()) {
            return None;
        }
        stack.push(m.to_string());
        for next in graph.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, graph, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        None
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        if let Some(cycle) = visit(m, &graph, &mut Vec::new(), &mut done) {
            panic!("module cycle: {}", cycle.join(" → "));
        }
    }
}

#[test]
fn only_the_cli_touches_files_and_the_terminal() {
    let s = scan();
    let io: Vec<String> =
        s.io.iter()
            .map(|(f, what)| format!("{f}: {}", what.join(", ")))
            .collect();
    assert!(io.is_empty(), "I/O outside cli/ and main.rs:\n{}", io.join("\n"));
    assert!(s.clap.is_empty(), "clap outside cli/ and output/: {:?}", s.clap);
}

#[test]
fn the_scanner_sees_what_it_must() {
    // The checks above can only fail if the scanner finds uses, resolves `super::` and
    // ignores prose: exercise it on a sample.
    let code = code_only(
        "use crate::{text::Document, model};\nuse super::super::engine::Linter;\n// crate::cli in a comment\nlet s = \"println!\";\nlet r = r#\"crate::fix\"#;\nfn f<'a>(c: char) -> bool { c == '\"' }\nuse crate::score;\n",
    );
    let found = uses(&["output".into(), "report".into()], &code);
    let expected: BTreeSet<String> = ["engine", "model", "score", "text"].map(String::from).into();
    assert_eq!(found, expected);
    assert!(!code.contains("println!") && !code.contains("crate::cli") && !code.contains("crate::fix"));
    // `super` from a `mod.rs` reaches the crate root in one step.
    assert_eq!(
        uses(&["check".into()], "use super::rules::Spec;"),
        ["rules".to_string()].into()
    );
    assert!(uses(&["check".into(), "literal".into()], "use super::Ctx;").is_empty());
    // In a unit test module, `super` is the file's own module; after it, not any more.
    let file = "mod tests { use super::super::Ctx; }\nuse super::super::cli::walk;";
    assert_eq!(uses(&["fix".into(), "apply".into()], file), ["cli".to_string()].into());
}

#[test]
fn every_kind_of_check_is_in_the_registry() {
    // A kind file that is not listed would compile and never run: the registry is the one list.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/check");
    let registry = std::fs::read_to_string(dir.join("registry.rs")).unwrap();
    let mut kinds = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let code = code_only(&std::fs::read_to_string(&path).unwrap());
        if code.contains("pub const KIND: Kind") {
            kinds += 1;
            let name = path.file_stem().unwrap().to_string_lossy();
            assert!(
                registry.contains(&format!("super::{name}::KIND")),
                "src/check/{name}.rs defines a KIND that registry.rs does not list"
            );
        }
    }
    assert!(kinds >= 7, "found only {kinds} kinds");
}
