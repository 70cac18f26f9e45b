//! `--format github`: GitHub Actions workflow commands, snapshot-tested, including the
//! escaping of `%`, CR and LF in messages and of `:` and `,` in the file property.
use assert_cmd::Command;
use std::path::Path;

/// A pack rule whose message holds every character the runner treats specially.
const ESCAPE_RULE: &str = r#"kind: existence
category: readability
severity: error
message: "“{match}”: 100% kaku,\r\nbaris kedua"
description: Aturan uji untuk pelolosan (escaping) workflow commands.
tokens:
  - 'seratus persen'
tests:
  - bad: "Hadir seratus persen."
  - good: "Hadir semua."
"#;

const POST: &str = "Rapat dihadiri seratus persen anggota.\n🙏 Peserta wajib membawa buku KIA.\n";

fn github(dir: &Path, args: &[&str]) -> (String, Option<i32>) {
    let out = Command::cargo_bin("luwes")
        .unwrap()
        // Indonesian, whatever the machine's locale.
        .env_remove("LUWES_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .current_dir(dir)
        .args(["lint", "--format", "github"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    (String::from_utf8(out.stdout).unwrap(), out.status.code())
}

fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("gaya/id")).unwrap();
    std::fs::write(d.join("gaya/id/persen.yaml"), ESCAPE_RULE).unwrap();
    std::fs::write(d.join(".luwes.yaml"), "packs: [./gaya]\n").unwrap();
    std::fs::create_dir(d.join("posts")).unwrap();
    // `,` and `:` in a file name would split the command's properties if left as they are.
    std::fs::write(d.join("posts/rapat, jam 10:00.txt"), POST).unwrap();
    dir
}

#[test]
fn github_annotations_snapshot() {
    let dir = fixture();
    // Rules pinned so that new built-in rules do not churn the snapshot.
    let (out, code) = github(dir.path(), &["--select", "id/persen,id/wajib,id/akronim", "posts"]);
    assert_eq!(code, Some(1), "an error-level finding fails the run");
    insta::assert_snapshot!(out);
}

#[test]
fn one_command_per_finding_and_no_raw_line_breaks() {
    let dir = fixture();
    let (out, _) = github(dir.path(), &["--select", "id/persen,id/wajib,id/akronim", "posts"]);
    let lines: Vec<&str> = out.split('\n').filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(!out.contains('\r'));
    for line in &lines {
        assert!(line.starts_with("::error ") || line.starts_with("::warning ") || line.starts_with("::notice "));
        let (props, _message) = line
            .split_once("::")
            .map(|(_, rest)| rest.split_once("::").unwrap())
            .unwrap();
        assert!(props.contains("file=posts/rapat%2C jam 10%3A00.txt,line="), "{props}");
    }
}

#[test]
fn clean_posts_print_nothing() {
    let dir = fixture();
    std::fs::write(
        dir.path().join("posts/rapat, jam 10:00.txt"),
        "Yuk, datang ke rapat warga!\n",
    )
    .unwrap();
    let (out, code) = github(dir.path(), &["--select", "id/persen,id/wajib", "posts"]);
    assert_eq!((out.as_str(), code), ("", Some(0)));
}
