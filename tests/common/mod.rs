//! Helpers shared by the CLI tests: run the binary from the package root, colour off.
#![allow(dead_code)]
use assert_cmd::Command;

pub mod chromium;

/// What chooses the language of luwes's messages, besides `--lang`.
pub const LANG_VARS: [&str; 4] = ["LUWES_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

pub const STIFF: &str = "Dengan hormat, diberitahukan kepada seluruh masyarakat agar segera mendaftar. Peserta wajib membawa KTP. Demikian disampaikan.";
pub const FRIENDLY: &str = "Yuk, Sobat! Pendaftaran bantuan sudah dibuka sampai 30 Juni. Caranya gampang, cukup bawa KTP ke kelurahan. Ada pertanyaan? Tulis di kolom komentar, ya.";

/// `luwes` with a clean environment: no colour, no config from the developer's machine,
/// and no locale or `LUWES_LANG` from it either, so messages are Indonesian (the default).
pub fn luwes() -> Command {
    let mut cmd = Command::cargo_bin("luwes").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE");
    for var in LANG_VARS {
        cmd.env_remove(var);
    }
    cmd
}

/// Runs `luwes` with `args` in `dir` and returns (exit code, stdout, stderr).
pub fn run_in(dir: &std::path::Path, args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut cmd = luwes();
    cmd.current_dir(dir).args(args);
    if let Some(s) = stdin {
        cmd.write_stdin(s.to_string());
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

pub fn run(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    run_in(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), args, stdin)
}
