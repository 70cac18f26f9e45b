//! Replays the regression corpus: every file under tests/regressions/<target>/ goes
//! through the same invariant checks as the fuzz target of that name (luwes::invariants),
//! so a crash found once by fuzzing stays fixed in the normal test suite.
use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/regressions")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut files: Vec<_> = entries.map(|e| e.unwrap().path()).filter(|p| p.is_file()).collect();
    files.sort();
    for f in files {
        let data = std::fs::read(&f).unwrap();
        eprintln!("replaying {}", f.display());
        check(&data);
    }
}

/// The string targets receive only valid UTF-8 from libFuzzer; so do their replays.
fn as_text(f: fn(&str)) -> impl Fn(&[u8]) {
    move |data| {
        if let Ok(s) = std::str::from_utf8(data) {
            f(s)
        }
    }
}

#[test]
fn lint() {
    replay("lint", luwes::invariants::lint_bytes);
}

#[test]
fn fix() {
    replay("fix", |d| as_text(luwes::invariants::fix_text)(d));
}

#[test]
fn config_yaml() {
    replay("config_yaml", |d| as_text(luwes::invariants::config_yaml)(d));
}

#[test]
fn rule_yaml() {
    replay("rule_yaml", |d| as_text(luwes::invariants::rule_yaml)(d));
}

#[test]
fn calendar() {
    replay("calendar", luwes::invariants::calendar_bytes);
}

#[test]
fn pack_tree() {
    replay("pack_tree", luwes::invariants::pack_tree);
}
