//! End-to-end behaviour of the `luwes` binary: exit codes, stdin, folders, config, the
//! promises of the core issue's "done when" list.
mod common;
use common::{run, run_in, FRIENDLY, STIFF};
use std::fs;

fn json(stdout: &str) -> serde_json::Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
}

#[test]
fn stiff_post_from_stdin_exits_1_with_exact_spans() {
    let (code, out, _) = run(&["lint", "--no-config", "--format", "json", "-"], Some(STIFF));
    assert_eq!(code, 1);
    let v = json(&out);
    let diags = v["files"][0]["diagnostics"].as_array().unwrap();
    assert!(diags.len() >= 3, "{diags:#?}");
    for d in diags {
        let (s, e) = (
            d["span"]["start"].as_u64().unwrap() as usize,
            d["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&STIFF[s..e], d["match"].as_str().unwrap());
    }
    let cats: Vec<&str> = diags.iter().map(|d| d["category"].as_str().unwrap()).collect();
    assert!(cats.contains(&"imperative") && cats.contains(&"formal"), "{cats:?}");
    assert_eq!(v["files"][0]["path"], "<stdin>");
    assert_eq!(v["summary"]["diagnostics"].as_u64().unwrap() as usize, diags.len());
}

#[test]
fn friendly_post_exits_0() {
    let (code, out, err) = run(&["lint", "--no-config", "-"], Some(FRIENDLY));
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Tidak ada temuan"), "{out}");
}

#[test]
fn markdown_code_links_tags_and_suppressed_lines_are_not_flagged() {
    let (code, out, err) = run(&["lint", "--no-config", "tests/fixtures/posts/ajakan.md"], None);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn the_same_text_outside_code_is_flagged() {
    let text = "Contoh: Peserta wajib membawa KTP.\n\n`Peserta wajib membawa KTP.`\n";
    let (code, out, _) = run(
        &[
            "lint",
            "--no-config",
            "--format",
            "json",
            "--stdin-filename",
            "x.md",
            "-",
        ],
        Some(text),
    );
    assert_eq!(code, 1);
    let v = json(&out);
    let wajib: Vec<_> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "id/wajib")
        .collect();
    assert_eq!(wajib.len(), 1, "only the prose copy: {wajib:#?}");
    assert_eq!(wajib[0]["start"]["line"], 1);
}

#[test]
fn folders_are_walked_with_gitignore_respected() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("drafts")).unwrap();
    fs::write(dir.path().join("drafts/a.txt"), STIFF).unwrap();
    fs::write(dir.path().join("drafts/b.md"), FRIENDLY).unwrap();
    fs::write(dir.path().join("drafts/skip.txt"), STIFF).unwrap();
    fs::write(dir.path().join("drafts/image.png"), STIFF).unwrap();
    fs::write(dir.path().join(".gitignore"), "skip.txt\n").unwrap();
    let (code, out, _) = run_in(dir.path(), &["lint", "--format", "json", "."], None);
    assert_eq!(code, 1);
    let v = json(&out);
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, vec!["drafts/a.txt", "drafts/b.md"]);
}

#[test]
fn broken_config_exits_2_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join(".luwes.yaml"), "lang: id\nfail_on: sometimes\n").unwrap();
    fs::write(dir.path().join("a.txt"), FRIENDLY).unwrap();
    let (code, _, err) = run_in(dir.path(), &["lint", "a.txt"], None);
    assert_eq!(code, 2);
    assert!(err.contains(".luwes.yaml:2:"), "{err}");
    assert!(err.contains("fail_on"), "{err}");
}

#[test]
fn config_is_discovered_upward_and_cli_overrides_it() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join(".luwes.yaml"), "fail_on: never\nignore: [formal]\n").unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    let sub = dir.path().join("sub");
    let (code, out, _) = run_in(&sub, &["lint", "--format", "json", "-"], Some(STIFF));
    assert_eq!(code, 0, "fail_on: never from the parent folder's config");
    assert!(!out.contains("\"formal\""), "formal ignored: {out}");
    let (code, _, _) = run_in(&sub, &["lint", "--fail-on", "warning", "-"], Some(STIFF));
    assert_eq!(code, 1, "the flag overrides the file");
    let (code, out, _) = run_in(&sub, &["lint", "--print-config"], None);
    assert_eq!(code, 0);
    assert!(
        out.contains("fail_on: never") && out.contains("- formal") && out.contains(".luwes.yaml"),
        "{out}"
    );
}

#[test]
fn unknown_selector_is_a_usage_error() {
    let (code, _, err) = run(&["lint", "--no-config", "--select", "imperatif", "-"], Some(STIFF));
    assert_eq!(code, 2);
    assert!(err.contains("unknown rule or category `imperatif`"), "{err}");
}

#[test]
fn select_and_ignore_take_ids_and_categories() {
    let (_, out, _) = run(
        &["lint", "--no-config", "--format", "json", "--select", "imperative", "-"],
        Some(STIFF),
    );
    let v = json(&out);
    assert!(v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["category"] == "imperative"));
    let (_, out, _) = run(
        &[
            "lint",
            "--no-config",
            "--format",
            "compact",
            "--ignore",
            "id/wajib,formal",
            "-",
        ],
        Some(STIFF),
    );
    assert!(!out.contains("[id/wajib]") && !out.contains("dengan-hormat"), "{out}");
}

#[test]
fn vocab_accept_and_reject() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join(".luwes.yaml"),
        "vocab:\n  accept: [DTKS]\n  reject: [gepeng]\n",
    )
    .unwrap();
    let text = "Cek DTKS dan PKH di kelurahan. Data gepeng diperbarui.";
    let (_, out, _) = run_in(dir.path(), &["lint", "--format", "compact", "-"], Some(text));
    assert!(!out.contains("“DTKS”") && out.contains("“PKH”"), "{out}");
    assert!(out.contains("[vocab/reject]") && out.contains("gepeng"), "{out}");
}

#[test]
fn explain_prints_description_examples_and_source() {
    let (code, out, _) = run(&["explain", "id/wajib"], None);
    assert_eq!(code, 0);
    assert!(out.contains("id/wajib") && out.contains("Sebelum:") && out.contains("✗ Peserta wajib membawa KTP."));
    assert!(out.contains("perbaikan: perlu dibaca ulang (unsafe)"), "{out}");
    let (code, short, _) = run(&["explain", "wajib"], None);
    assert_eq!(code, 0, "a name without its pack prefix is accepted when unique");
    assert_eq!(short, out);
    let (code, _, err) = run(&["explain", "id/wajb"], None);
    assert_eq!(code, 2);
    assert!(
        err.contains("tidak ada aturan `id/wajb`; Maksud Anda: id/wajib?"),
        "{err}"
    );
}

#[test]
fn rules_lists_and_filters() {
    let (code, out, _) = run(&["rules", "--category", "spelling"], None);
    assert_eq!(code, 0);
    assert!(out.contains("id/ejaan-baku") && !out.contains("id/wajib"), "{out}");
    let (code, _, err) = run(&["rules", "--category", "nope"], None);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn rules_test_passes_on_builtin_and_fails_on_a_broken_pack() {
    let (code, out, _) = run(&["rules", "test"], None);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.starts_with("ok:") || out.contains("\nok:") || out.contains("ok:"),
        "{out}"
    );
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("x.yaml"),
        "kind: existence\ncategory: formal\nseverity: warning\nmessage: m\ndescription: d\ntokens: [kaku]\ntests:\n  - bad: luwes\n  - good: kaku\n",
    )
    .unwrap();
    let (code, out, _) = run(&["rules", "test", dir.path().to_str().unwrap()], None);
    assert_eq!(code, 1);
    assert!(
        out.contains("contoh `bad` tidak ditandai") && out.contains("contoh `good` ditandai"),
        "{out}"
    );
}

#[test]
fn broken_rule_in_a_pack_names_file_line_column_and_field() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("style")).unwrap();
    fs::write(
        dir.path().join("style/bad.yaml"),
        "kind: pattern\ncategory: formal\nseverity: warning\nmessage: m\ndescription: d\npattern: '(?P<v>\\w+)'\nrewrite: '{w|imperative}'\ntests: [{bad: a}, {good: ''}]\n",
    )
    .unwrap();
    fs::write(dir.path().join(".luwes.yaml"), "packs: [style]\n").unwrap();
    let (code, _, err) = run_in(dir.path(), &["lint", "-"], Some(FRIENDLY));
    assert_eq!(code, 2);
    assert!(
        err.contains("bad.yaml:7:1: kolom `rewrite`: `{w|imperative}` names no capture"),
        "{err}"
    );
}

#[test]
fn init_writes_a_valid_config_once() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, _) = run_in(dir.path(), &["init"], None);
    assert_eq!(code, 0);
    let (code, _, err) = run_in(dir.path(), &["init"], None);
    assert_eq!(code, 2);
    assert!(err.contains("sudah ada"), "{err}");
    let (code, out, _) = run_in(dir.path(), &["lint", "--print-config"], None);
    assert_eq!(code, 0);
    assert!(out.contains("lang: id"), "{out}");
}

#[test]
fn bad_inputs_are_reported_and_the_rest_is_linted() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.txt"), STIFF).unwrap();
    fs::write(dir.path().join("latin1.txt"), b"Warga wajib hadir \xe9\n").unwrap();
    fs::write(dir.path().join("bin.txt"), b"\x00\x01\x02wajib").unwrap();
    let (code, out, err) = run_in(
        dir.path(),
        &[
            "lint",
            "--format",
            "compact",
            "good.txt",
            "latin1.txt",
            "bin.txt",
            "missing.txt",
        ],
        None,
    );
    assert_eq!(code, 2);
    assert!(out.contains("good.txt:1:"), "{out}");
    assert!(err.contains("latin1.txt:1:19: bukan UTF-8 yang sah"), "{err}");
    assert!(err.contains("bin.txt: berkas biner, dilewati"), "{err}");
    assert!(err.contains("missing.txt: berkas atau folder tidak ada"), "{err}");
}

#[test]
fn color_follows_flag_and_no_color() {
    let (_, out, _) = run(&["lint", "--no-config", "--color", "always", "-"], Some(STIFF));
    assert!(out.contains("\u{1b}["), "colour forced on");
    let (_, out, _) = run(&["lint", "--no-config", "-"], Some(STIFF));
    assert!(!out.contains("\u{1b}["), "not a terminal: no colour");
}

#[test]
fn fail_on_controls_the_exit_code() {
    let info_only = "Pendaftaran ditutup besok!!! Ada pertanyaan?";
    let (code, _, _) = run(&["lint", "--no-config", "-"], Some(info_only));
    assert_eq!(code, 0, "info is below the default fail-on warning");
    let (code, _, _) = run(&["lint", "--no-config", "--fail-on", "info", "-"], Some(info_only));
    assert_eq!(code, 1);
    let (code, _, _) = run(&["lint", "--no-config", "--fail-on", "never", "-"], Some(STIFF));
    assert_eq!(code, 0);
}

#[test]
fn an_empty_folder_says_so() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("notes.docx"), "x").unwrap();
    let (code, _, err) = run_in(dir.path(), &["lint", "."], None);
    assert_eq!(code, 0);
    assert!(err.contains("tidak ada berkas untuk diperiksa"), "{err}");
}

#[test]
fn a_file_can_declare_itself_a_reply() {
    let reply = "Mohon maaf, itu bukan kewenangan kami.";
    let (_, out, _) = run(&["lint", "--no-config", "--format", "compact", "-"], Some(reply));
    assert!(
        !out.contains("bukan-kewenangan"),
        "serving rules are for replies only: {out}"
    );
    let declared = format!("{reply}\n<!-- luwes-kind reply -->\n");
    let (code, out, _) = run(&["lint", "--no-config", "--format", "json", "-"], Some(&declared));
    assert_eq!(code, 1);
    let v = json(&out);
    assert_eq!(v["files"][0]["kind"], "reply");
    assert!(out.contains("id/bukan-kewenangan"), "{out}");
}
