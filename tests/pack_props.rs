//! The `pack_tree` fuzz target's property on every test run: generated file trees (rule
//! files, configs whose `packs:` point inside, outside, up and nowhere, symlinks to
//! files, folders, cycles and devices, FIFOs, hard links, sparse giants, UTF-16) loaded
//! as the CLI loads them, with and without `--allow-external-packs`; checked by
//! luwes::invariants::loading::check_tree (no hang, errors name their file and quote at
//! most a short excerpt, nothing outside the repository read without the flag).
#![cfg(unix)]
use luwes::invariants::loading::check_tree;
use luwes::invariants::tree::{Entry, Kind, Tree};
use proptest::prelude::*;

const RULE: &str = "kind: existence\ncategory: formal\nseverity: warning\nmessage: Kata kaku\n\
                    description: d\ntokens: [kaku]\ntests:\n  - bad: kaku\n  - good: luwes\n";

/// Paths entries are made at: the usual pack folder, nested folders, config names.
const PATHS: &[&str] = &[
    "rules",
    "rules/a.yaml",
    "rules/b.yml",
    "rules/c.txt",
    "rules/id/d.yaml",
    "rules/loop",
    "rules/up",
    "sub",
    "sub/.luwes.yaml",
    "sub/rules",
    "sub/rules/e.yaml",
    ".luwes.yml",
    "luwes.yaml",
    "x.yaml",
    "/out/mine.yaml",
    "/f.yaml",
    "/.luwes.yaml",
];

/// Where links point and what `packs:` and `--config` name.
const TARGETS: &[&str] = &[
    ".",
    "..",
    "../..",
    "../../..",
    "rules",
    "rules/a.yaml",
    "a.yaml",
    "loop",
    "missing.yaml",
    "/out",
    "/out/secret.yaml",
    "/out/leak.yaml",
    "../out/rules",
    "/etc/passwd",
    "/dev/zero",
    "/dev/null",
    "/",
    "sub/rules",
];

fn text() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(RULE.as_bytes().to_vec()),
        Just(Vec::new()),
        Just(b"kind: existence\ntokens: ['(unclosed']\n".to_vec()),
        Just(format!("KUNCI={}\n", "s3cr3t-".repeat(30)).into_bytes()),
        Just(b"\xff\xfe\x00binary".to_vec()),
        "[a-z: \\[\\]\n]{0,80}".prop_map(String::into_bytes),
        config().prop_map(String::into_bytes),
    ]
}

fn target() -> impl Strategy<Value = String> {
    prop::sample::select(TARGETS).prop_map(str::to_string)
}

fn config() -> impl Strategy<Value = String> {
    (prop::collection::vec(target(), 0..4), any::<bool>()).prop_map(|(packs, long)| {
        let list: Vec<String> = packs.iter().map(|p| format!("'{p}'")).collect();
        let extra = if long {
            format!("select: ['{}']\n", "x".repeat(60))
        } else {
            String::new()
        };
        format!("packs: [{}]\n{extra}", list.join(", "))
    })
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        3 => text().prop_map(Kind::File),
        1 => Just(Kind::Utf16(RULE.to_string())),
        1 => Just(Kind::Dir),
        3 => target().prop_map(Kind::Link),
        1 => prop::sample::select(PATHS).prop_map(|p| Kind::Hard(p.to_string())),
        1 => Just(Kind::Fifo),
        1 => prop_oneof![Just(0u64), Just(1 << 21), Just(1 << 40)].prop_map(Kind::Big),
    ]
}

fn tree() -> impl Strategy<Value = Tree> {
    (
        prop::option::of(config().prop_map(String::into_bytes)),
        prop::collection::vec((prop::sample::select(PATHS), kind()), 0..10),
        prop::sample::select(vec!["", "sub", "rules", "/out"]),
        prop::option::of(target()),
        any::<bool>(),
    )
        .prop_map(|(config, entries, cwd, explicit, no_git)| Tree {
            config,
            entries: entries
                .into_iter()
                .map(|(p, kind)| Entry {
                    path: p.to_string(),
                    kind,
                })
                .collect(),
            cwd: cwd.to_string(),
            explicit,
            no_git,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn loading_any_tree_keeps_the_invariants(t in tree()) {
        check_tree(&t);
    }
}
