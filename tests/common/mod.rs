//! Helpers shared by the CLI tests: run the binary from the package root, colour off.
#![allow(dead_code)]
use assert_cmd::Command;

pub mod chromium;

pub const STIFF: &str = "Dengan hormat, diberitahukan kepada seluruh masyarakat agar segera mendaftar. Peserta wajib membawa KTP. Demikian disampaikan.";
pub const FRIENDLY: &str = "Yuk, Sobat! Pendaftaran bantuan sudah dibuka sampai 30 Juni. Caranya gampang, cukup bawa KTP ke kelurahan. Ada pertanyaan? Tulis di kolom komentar, ya.";

/// `luwes` with a clean environment: no colour, no config from the developer's machine.
pub fn luwes() -> Command {
    let mut cmd = Command::cargo_bin("luwes").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE");
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
