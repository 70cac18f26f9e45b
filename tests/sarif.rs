//! `--format sarif`: the log validates against the OASIS SARIF 2.1.0 schema and keeps the
//! promises code scanning relies on (rules for every result, relative URIs, stable bytes).
//!
//! The schema is read from `../shared/schemas/` (beside the repository, as in CI) or from
//! `LUWES_SARIF_SCHEMA`. It is not vendored: it is OASIS material under the OASIS IPR policy,
//! not under this crate's licences.
use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn schema_path() -> Option<PathBuf> {
    let path = std::env::var_os("LUWES_SARIF_SCHEMA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/schemas/sarif-schema-2.1.0.json"));
    if path.is_file() {
        return Some(path);
    }
    // In CI the schema is always beside the repository: missing there is a failure.
    assert!(
        std::env::var_os("CI").is_none(),
        "SARIF schema not found at {}",
        path.display()
    );
    eprintln!(
        "skipped: SARIF schema not found at {} (set LUWES_SARIF_SCHEMA)",
        path.display()
    );
    None
}

/// Every schema violation of `log`, each with the JSON pointer where it occurs; `None`
/// when the schema is not available.
fn violations(log: &Value) -> Option<Vec<String>> {
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(schema_path()?).unwrap()).unwrap();
    let validator = jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles");
    Some(
        validator
            .iter_errors(log)
            .map(|e| format!("{}: {e}", e.instance_path))
            .collect(),
    )
}

fn assert_valid(log: &Value) {
    let errors = violations(log).unwrap_or_default();
    assert!(errors.is_empty(), "SARIF does not validate:\n{}", errors.join("\n"));
}

fn luwes(dir: &Path, args: &[&str], stdin: &str) -> (Value, String) {
    let out = Command::cargo_bin("luwes")
        .unwrap()
        // Indonesian, whatever the machine's locale.
        .env_remove("LUWES_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .current_dir(dir)
        .args(["lint", "--no-config", "--format", "sarif"])
        .args(args)
        .write_stdin(stdin)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    (serde_json::from_str(&text).expect("SARIF output is JSON"), text)
}

/// What code scanning needs beyond the schema: one run, rules with help, every result's
/// `ruleId`/`ruleIndex` resolving, relative URIs, regions in Unicode code points.
fn assert_code_scanning_ready(log: &Value) {
    let run = &log["runs"][0];
    assert_eq!(log["runs"].as_array().unwrap().len(), 1);
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["tool"]["driver"]["name"], "luwes");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    for rule in rules {
        for field in ["shortDescription", "fullDescription", "help"] {
            let text = rule[field]["text"].as_str().unwrap_or_default();
            assert!(!text.trim().is_empty(), "{} has no {field}", rule["id"]);
        }
        assert!(rule["help"]["markdown"].is_string());
    }
    for result in run["results"].as_array().unwrap() {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        let location = &result["locations"][0]["physicalLocation"];
        let uri = location["artifactLocation"]["uri"].as_str().unwrap();
        assert!(
            !uri.starts_with('/') && !uri.contains(':') && !uri.contains('\\'),
            "{uri}"
        );
        let region = &location["region"];
        for key in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(region[key].as_u64().unwrap() >= 1, "{key} in {region}");
        }
    }
}

#[test]
fn sarif_for_examples_validates_against_schema() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (log, text) = luwes(root, &["examples/"], "");
    assert_valid(&log);
    assert_code_scanning_ready(&log);
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty(), "examples/ has stiff posts to report");
    let uris: Vec<&str> = results
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert!(uris.contains(&"examples/ci/posts/pengumuman-posyandu.txt"), "{uris:?}");
    // Deterministic: the same input gives the same bytes.
    assert_eq!(luwes(root, &["examples/"], "").1, text);
}

#[test]
fn every_rule_in_force_is_described_sorted_by_id() {
    let dir = tempfile::tempdir().unwrap();
    let (log, _) = luwes(dir.path(), &["-"], "Halo, apa kabar? Tulis di kolom komentar, ya.");
    assert_valid(&log);
    let ids: Vec<&str> = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"id/wajib"), "{ids:?}");
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "rules sorted by id: {ids:?}");
    assert_eq!(log["runs"][0]["results"], serde_json::json!([]));
}

#[test]
fn awkward_inputs_still_validate() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("pos ts")).unwrap();
    // Emoji before the match, CRLF line ends, Markdown, a space and non-ASCII in the name.
    std::fs::write(
        d.join("pos ts/kué 🙏.md"),
        "# Info\r\n\r\n🙏 Warga wajib membawa KTP.\r\n",
    )
    .unwrap();
    std::fs::write(
        d.join("pos ts/bersih.txt"),
        "Yuk, datang! Ada pertanyaan? Tulis di kolom komentar.",
    )
    .unwrap();
    std::fs::write(d.join(".luwes.yaml"), "vocab:\n  reject: [medsos]\n").unwrap();
    let (log, _) = luwes(d, &["pos ts"], "");
    assert_valid(&log);
    assert_code_scanning_ready(&log);
    let result = &log["runs"][0]["results"][0];
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(
        location["artifactLocation"]["uri"],
        "pos%20ts/ku%C3%A9%20%F0%9F%99%8F.md"
    );
    let region = &location["region"];
    // "🙏 Warga " is 8 code points, so the match starts in column 9 of line 3.
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(3), Some(9))
    );
    assert_eq!(region["snippet"]["text"], "wajib membawa");

    // The config's reject list is a rule of its own; it still gets a descriptor.
    let out = Command::cargo_bin("luwes")
        .unwrap()
        // Indonesian, whatever the machine's locale.
        .env_remove("LUWES_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .current_dir(d)
        .args(["lint", "--format", "sarif", "-"])
        .write_stdin("Info lengkap ada di medsos kami.")
        .output()
        .unwrap();
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid(&log);
    assert_code_scanning_ready(&log);
    let results = log["runs"][0]["results"].as_array().unwrap();
    let result = results
        .iter()
        .find(|r| r["ruleId"] == "vocab/reject")
        .expect("a vocab/reject result");
    assert_eq!(
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "stdin"
    );
}

#[test]
fn fixes_replace_exactly_the_flagged_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let text = "🙏 Peserta wajib membawa KTP.\nDemikian disampaikan.";
    let (log, _) = luwes(dir.path(), &["--stdin-filename", "posts/rapat.txt", "-"], text);
    assert_valid(&log);
    let results = log["runs"][0]["results"].as_array().unwrap();
    let wajib = results
        .iter()
        .find(|r| r["ruleId"] == "id/wajib")
        .expect("id/wajib fires");
    assert_eq!(wajib["level"], "warning");
    let change = &wajib["fixes"][0]["artifactChanges"][0];
    assert_eq!(change["artifactLocation"]["uri"], "posts/rapat.txt");
    let replacement = &change["replacements"][0];
    let start = replacement["deletedRegion"]["byteOffset"].as_u64().unwrap() as usize;
    let len = replacement["deletedRegion"]["byteLength"].as_u64().unwrap() as usize;
    assert_eq!(&text[start..start + len], "wajib membawa");
    assert_eq!(replacement["insertedContent"]["text"], "jangan lupa bawa");
    assert_eq!(wajib["fixes"][0]["properties"]["applicability"], "unsafe");
}

#[test]
fn the_schema_check_does_catch_mistakes() {
    let dir = tempfile::tempdir().unwrap();
    let (mut log, _) = luwes(dir.path(), &["-"], "Peserta wajib membawa KTP.");
    assert_valid(&log);
    log["runs"][0]["results"][0]["level"] = "warn".into();
    log["runs"][0]["columnKind"] = "chars".into();
    if let Some(errors) = violations(&log) {
        assert_eq!(errors.len(), 2, "{errors:?}");
    }
}

#[test]
fn absolute_paths_inside_the_current_folder_become_relative_uris() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    std::fs::create_dir(root.join("posts")).unwrap();
    std::fs::write(root.join("posts/a.txt"), "Peserta wajib membawa KTP.").unwrap();
    let absolute = root.join("posts");
    let (log, _) = luwes(&root, &[absolute.to_str().unwrap()], "");
    assert_valid(&log);
    let location = &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "posts/a.txt");
}

/// A file that cannot be read is in the log (as in JSON's `errors`), so CI that reads only
/// SARIF does not take a broken run for a clean one; the log still validates.
#[test]
fn read_errors_are_tool_notifications() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("baik.txt"), "Peserta wajib membawa KTP.").unwrap();
    std::fs::write(dir.path().join("rusak.txt"), b"ok\nab\xffc").unwrap();
    let out = Command::cargo_bin("luwes")
        .unwrap()
        // Indonesian, whatever the machine's locale.
        .env_remove("LUWES_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .current_dir(dir.path())
        .args(["lint", "--no-config", "--format", "sarif", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid(&log);
    let inv = &log["runs"][0]["invocations"][0];
    assert_eq!(inv["executionSuccessful"], false);
    let n = &inv["toolExecutionNotifications"][0];
    assert_eq!(n["level"], "error");
    assert!(
        n["message"]["text"]
            .as_str()
            .unwrap()
            .starts_with("bukan UTF-8 yang sah"),
        "{n}"
    );
    let at = &n["locations"][0]["physicalLocation"];
    assert!(
        at["artifactLocation"]["uri"].as_str().unwrap().ends_with("rusak.txt"),
        "{n}"
    );
    assert_eq!(at["region"]["startLine"], 2);
    assert!(
        !log["runs"][0]["results"].as_array().unwrap().is_empty(),
        "the good file is still linted"
    );

    let out = Command::cargo_bin("luwes")
        .unwrap()
        // Indonesian, whatever the machine's locale.
        .env_remove("LUWES_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .current_dir(dir.path())
        .args(["lint", "--no-config", "--format", "json", "."])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["errors"][0]["line"], 2, "{json}");
    assert!(
        json["errors"][0]["path"].as_str().unwrap().ends_with("rusak.txt"),
        "{json}"
    );
    assert_eq!(json["files"].as_array().unwrap().len(), 1);
}

/// Calendars: each finding's region is the cell's place in the CSV (a workbook's row),
/// with a logical location naming the row; the log validates and code scanning can place it.
#[test]
fn calendar_findings_validate_and_point_at_the_cell() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("plan.csv"),
        "tanggal,caption\n2026-01-05,\"Ini \"\"kutipan\"\". Peserta wajib membawa KTP.\"\n",
    )
    .unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "caption").unwrap();
    sheet.write_string(4, 0, "Peserta wajib membawa KTP.").unwrap();
    book.save(dir.path().join("plan.xlsx")).unwrap();
    let (log, _) = luwes(dir.path(), &["plan.csv", "plan.xlsx"], "");
    assert_valid(&log);
    assert_code_scanning_ready_lines(&log);
    let results = log["runs"][0]["results"].as_array().unwrap();
    let wajib: Vec<&Value> = results.iter().filter(|r| r["ruleId"] == "id/wajib").collect();
    assert_eq!(wajib.len(), 2, "{results:?}");
    let csv = &wajib[0]["locations"][0];
    // `2026-01-05,"` is 12 columns; two doubled quotes come before the match in the file.
    let at = "Ini \"kutipan\". Peserta ".chars().count() + 2;
    assert_eq!(csv["physicalLocation"]["region"]["startLine"], 2);
    assert_eq!(csv["physicalLocation"]["region"]["startColumn"], 13 + at);
    assert_eq!(csv["logicalLocations"][0]["name"], "row 2 (caption)");
    let xlsx = &wajib[1]["locations"][0];
    assert_eq!(xlsx["physicalLocation"]["region"]["startLine"], 5);
    assert_eq!(xlsx["logicalLocations"][0]["name"], "Sheet1!row 5 (caption)");
    assert!(
        wajib.iter().all(|r| r.get("fixes").is_none()),
        "no fixes with offsets into a cell"
    );
}

/// Every result has a region with a start line (GitHub's GH1003).
fn assert_code_scanning_ready_lines(log: &Value) {
    for r in log["runs"][0]["results"].as_array().unwrap() {
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1, "{r}");
    }
}
