//! Fuzz target 5 (`pack_tree`): a file tree built from the input, then the loading path the
//! CLI uses (config discovery, the pack walk, rule loading), without and with
//! `--allow-external-packs`, then a sample post linted. Checked: no panic; no hang (a
//! watchdog aborts; a FIFO opened for reading would block here forever); every error names
//! its file and quotes at most a short excerpt of any file; without the flag, nothing
//! outside the repository is read.
use super::tree::{self, below, link_target, make_parents, Kind, Tree};
use super::{check_report, SAMPLE};
use crate::cli::{self, CommonArgs};
use crate::error::{excerpt, Error, EXCERPT_CHARS};
use crate::model::Settings;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// In the message of the files outside the repository: seen in any output without the
/// flag, one of them was read.
const MARKER: &str = "RAHASIA-LUAR-7f3a";

/// Longer than any loading of a small tree takes, even under a sanitizer on a busy machine.
const DEADLINE: Duration = Duration::from_secs(60);

/// The tree on disk: `root` stands for `/`, the repository is `root/repo`.
pub struct Sandbox {
    _dir: tempfile::TempDir,
    pub root: PathBuf,
    pub repo: PathBuf,
    pub cwd: PathBuf,
    pub explicit: Option<PathBuf>,
    /// Every text written (and /etc/passwd): what errors may quote only an excerpt of.
    pub texts: Vec<String>,
}

impl Sandbox {
    /// Builds `tree` in a new temporary folder; `None` when the system refuses one.
    pub fn build(tree: &Tree) -> Option<Sandbox> {
        let dir = tempfile::tempdir().ok()?;
        let root = fs::canonicalize(dir.path()).ok()?.join("fs");
        let repo = root.join("repo");
        fs::create_dir_all(root.join("out/rules")).ok()?;
        fs::create_dir_all(&repo).ok()?;
        if !tree.no_git {
            fs::create_dir(repo.join(".git")).ok()?;
        }
        let secret = format!(
            "kind: existence\ncategory: formal\nseverity: warning\nmessage: {MARKER} wajib\n\
             description: {MARKER}\ntokens: [wajib]\n"
        );
        let leak = format!("{MARKER} {}\n", "kunci-rahasia ".repeat(20));
        let mut texts = vec![secret.clone(), leak.clone()];
        for (p, t) in [
            ("out/secret.yaml", &secret),
            ("out/leak.yaml", &leak),
            ("out/rules/r.yaml", &secret),
        ] {
            fs::write(root.join(p), t).ok()?;
        }
        texts.extend(fs::read_to_string("/etc/passwd"));
        if let Some(c) = &tree.config {
            fs::write(repo.join(".luwes.yaml"), c).ok()?;
            texts.push(String::from_utf8_lossy(c).into_owned());
        }
        let place = |p: &str| below(if p.starts_with('/') { &root } else { &repo }, p);
        for e in &tree.entries {
            let Some(path) = place(&e.path) else { continue };
            if !make_parents(&root, &path) {
                continue;
            }
            // Failures (a name the file system refuses, no `mkfifo`) leave the entry out.
            let _ = match &e.kind {
                Kind::File(bytes) => {
                    texts.push(String::from_utf8_lossy(bytes).into_owned());
                    fs::write(&path, bytes)
                }
                Kind::Utf16(text) => {
                    texts.push(text.clone());
                    let mut bytes = vec![0xFF, 0xFE];
                    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
                    fs::write(&path, bytes)
                }
                Kind::Dir => fs::create_dir(&path),
                Kind::Link(t) => symlink(&link_target(&root, &path, t), &path),
                Kind::Hard(t) => match place(t) {
                    Some(t) if fs::symlink_metadata(&t).is_ok_and(|m| m.is_file()) => fs::hard_link(t, &path),
                    _ => Ok(()),
                },
                Kind::Fifo => std::process::Command::new("mkfifo").arg(&path).status().map(|_| ()),
                Kind::Big(n) => fs::File::create(&path).and_then(|f| f.set_len((*n).min(tree::MAX_CLAIM))),
            };
        }
        let cwd = place(&tree.cwd)
            .filter(|p| fs::symlink_metadata(p).is_ok_and(|m| m.is_dir()))
            .unwrap_or_else(|| repo.clone());
        // `--config` may name a FIFO and then reads it once, by design; with no writer
        // that blocks, so such a tree is run without it.
        let explicit = tree.explicit.as_deref().and_then(place).filter(|p| !is_fifo(p));
        Some(Sandbox {
            _dir: dir,
            root,
            repo,
            cwd,
            explicit,
            texts,
        })
    }

    /// A pack path as the flag lets it be, kept inside the sandbox: `packs: [/]` with the
    /// flag would otherwise walk the machine.
    fn confine(&self, p: &Path) -> PathBuf {
        tree::clamp(&self.root, p)
    }
}

#[cfg(unix)]
fn symlink(target: &Path, link: &Path) -> std::io::Result<()> {
    std::os::unix::fs::symlink(target, link)
}

#[cfg(not(unix))]
fn symlink(_: &Path, _: &Path) -> std::io::Result<()> {
    Ok(())
}

fn is_fifo(p: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        fs::metadata(p).is_ok_and(|m| m.file_type().is_fifo())
    }
    #[cfg(not(unix))]
    {
        let _ = p;
        false
    }
}

/// Aborts the process when dropped later than `DEADLINE` after it was made: libFuzzer
/// keeps the input, and a test run ends instead of hanging.
struct Watchdog(Option<mpsc::Sender<()>>);

impl Watchdog {
    fn start(what: &'static str) -> Watchdog {
        let (tx, rx) = mpsc::channel::<()>();
        std::thread::spawn(move || {
            if let Err(mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(DEADLINE) {
                eprintln!("{what}: still running after {DEADLINE:?}");
                std::process::abort();
            }
        });
        Watchdog(Some(tx))
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        drop(self.0.take());
    }
}

/// Fuzz target 5: the script of `Tree::parse`.
pub fn pack_tree(data: &[u8]) {
    check_tree(&Tree::parse(data));
}

/// The invariants for one tree (also the property test's check).
pub fn check_tree(tree: &Tree) {
    let Some(sb) = Sandbox::build(tree) else { return };
    let _watchdog = Watchdog::start("pack_tree: loading a tree");
    // The marker can only come from outside when the input itself does not hold it.
    let marked = !tree::mentions(tree, MARKER);
    for external in [false, true] {
        let common = CommonArgs {
            config: sb.explicit.clone(),
            allow_external_packs: external,
            ..CommonArgs::default()
        };
        let mut outputs: Vec<String> = Vec::new();
        let (config, errors, linter) = match cli::load_settings_in(Some(&sb.cwd), &common) {
            // An error loading the config is about that file: its folder gives the root.
            Err(e) => (e.path.clone(), vec![e], None),
            Ok((config, cfg)) => {
                let mut settings = Settings::from(cfg);
                if external {
                    // Without packs the flag changes nothing past finding the config: the
                    // linter would be the first pass's again, and building it is most of
                    // the time an input takes.
                    if settings.packs.is_empty() {
                        continue;
                    }
                    settings.packs = settings.packs.iter().map(|p| sb.confine(p)).collect();
                }
                match cli::linter_for(config.as_deref(), settings) {
                    Err(e) => (config, vec![e], None),
                    Ok((l, errs)) => (config, errs, Some(l)),
                }
            }
        };
        for e in &errors {
            check_error(&sb, e);
            // `--config` reads the file it names wherever that lies: the user chose it.
            if e.path.is_none() || e.path != sb.explicit {
                outputs.push(format!("{}{}", e.field.as_deref().unwrap_or(""), e.message));
            }
        }
        if let Some(linter) = &linter {
            let report = linter.lint("s.txt", SAMPLE);
            check_report(&report);
            outputs.extend(report.diagnostics.iter().map(|d| d.message.clone()));
            if !external {
                let root = repository(config.as_deref(), &sb);
                for rule in &linter.rules.rules {
                    let origin = &rule.meta.origin;
                    if let Ok(real) = fs::canonicalize(origin) {
                        assert!(
                            real.starts_with(&root),
                            "rule {} read from {} outside {}",
                            rule.meta.id,
                            real.display(),
                            root.display()
                        );
                    }
                }
            }
        }
        let outside_read = marked && outputs.iter().any(|o| o.contains(MARKER));
        let out_is_inside = sb.root.join("out").starts_with(repository(config.as_deref(), &sb));
        assert!(
            external || out_is_inside || !outside_read,
            "a file outside the repository was read without the flag: {outputs:#?}"
        );
    }
}

/// Where the run's packs may lie, computed independently of `cli::config`: the nearest
/// folder with a `.git` above the config's, or the config's folder.
fn repository(config: Option<&Path>, sb: &Sandbox) -> PathBuf {
    let dir = config
        .and_then(Path::parent)
        .and_then(|d| fs::canonicalize(d).ok())
        .unwrap_or_else(|| sb.repo.clone());
    let git = dir.ancestors().find(|a| a.join(".git").exists()).map(Path::to_path_buf);
    git.unwrap_or(dir)
}

/// An error names its file and quotes no more than `EXCERPT_CHARS` characters of any
/// text in the tree (raw or escaped as `excerpt` escapes it).
fn check_error(sb: &Sandbox, e: &Error) {
    assert!(e.path.is_some(), "error names no file: {e}");
    let said: Vec<char> = format!("{} {}", e.field.as_deref().unwrap_or(""), e.message)
        .chars()
        .collect();
    let windows: Vec<String> = said.windows(EXCERPT_CHARS + 1).map(|w| w.iter().collect()).collect();
    for text in &sb.texts {
        let escaped = excerpt(text, usize::MAX);
        for w in &windows {
            assert!(
                !text.contains(w.as_str()) && !escaped.contains(w.as_str()),
                "error quotes more than {EXCERPT_CHARS} characters of a file: {e}"
            );
        }
    }
}
