//! `.luwes.yaml`: discovery (current folder upward), parsing, and the explicit merge
//! defaults < file < command line that gives the `Settings` of a run.
use super::files::{self, Fifo};
use crate::error::{Error, Result};
use crate::model::{FailOn, Lang, Platform, Settings, Severity, TextKind, Vocab};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const CONFIG_NAMES: [&str; 3] = [".luwes.yaml", ".luwes.yml", "luwes.yaml"];

/// The config file's shape, and also what the command line contributes: every field is
/// optional so that a layer only overrides what it sets.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<TextKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fail_on: Option<FailOn>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_score: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub packs: Option<Vec<PathBuf>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub select: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignore: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<BTreeMap<String, Severity>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vocab: Option<Vocab>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclude: Option<Vec<String>>,
    /// Largest post read, in MiB (`files::DEFAULT_MAX_POST_MB` when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_file_mb: Option<u64>,
    /// The office's greeting and contact channel, offered by `luwes serve`'s page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<Profile>,
    /// The columns (and sheet) of the team's content calendars, so they need no flags.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calendar: Option<super::calendar::CalendarConfig>,
    /// Not a setting one writes: where the files of this config's packs must lie (the
    /// repository holding it), `None` when `--allow-external-packs` lets them lie anywhere.
    #[serde(skip)]
    pub pack_root: Option<PathBuf>,
}

/// How the office signs its posts (`profile:` in `.luwes.yaml`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub greeting: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
}

impl Config {
    /// Reads a config file; relative `packs` are resolved against the file's folder so
    /// that a config works from any working directory. A config may come from a pull
    /// request that CI runs, so its packs must lie inside the repository that holds it
    /// (see `pack_root`) unless `external_packs` (`--allow-external-packs`) says otherwise:
    /// `packs: [/etc]` must not make CI print the machine's files.
    pub fn from_file(path: &Path, external_packs: bool) -> Result<Config> {
        let bytes = files::read_bounded(path, files::MAX_YAML_BYTES, Fifo::Allow, super::msg().config_file)?;
        let text = String::from_utf8(bytes).map_err(|_| Error::in_file(path, super::msg().not_utf8))?;
        let mut cfg: Config = crate::yaml::parse(path, &text)?;
        let base = path.parent().unwrap_or(Path::new("."));
        let root = pack_root(base);
        // A symlink inside a pack folder is checked against the same root when the pack
        // is read (`packs::read`); a root that cannot be found confines to the config's folder.
        if !external_packs {
            cfg.pack_root = Some(root.clone().unwrap_or_else(|| base.to_path_buf()));
        }
        if let Some(packs) = &mut cfg.packs {
            for p in packs.iter_mut() {
                let written = p.to_string_lossy().to_string();
                if p.is_relative() {
                    *p = base.join(&*p);
                }
                if external_packs {
                    continue;
                }
                // A pack that does not exist is reported when it is loaded.
                let Ok(real) = std::fs::canonicalize(&*p) else { continue };
                if !root.as_ref().is_some_and(|r| real.starts_with(r)) {
                    return Err(Error::in_file(
                        path,
                        (super::msg().pack_outside)(&crate::error::excerpt(&written, crate::error::EXCERPT_CHARS)),
                    )
                    .field("packs")
                    .at(crate::yaml::locate(&text, "packs", Some(&written))));
                }
            }
        }
        if cfg.max_file_mb == Some(0) {
            return Err(Error::in_file(path, super::msg().max_file_mb_zero).field("max_file_mb"));
        }
        if let Some(m) = cfg.min_score {
            if !(0.0..=100.0).contains(&m) {
                return Err(Error::in_file(path, super::msg().min_score_range).field("min_score"));
            }
        }
        Ok(cfg)
    }

    /// `self` with every field that `over` sets replaced by `over`'s value.
    pub fn merge(self, over: Config) -> Config {
        Config {
            lang: over.lang.or(self.lang),
            kind: over.kind.or(self.kind),
            platform: over.platform.or(self.platform),
            fail_on: over.fail_on.or(self.fail_on),
            min_score: over.min_score.or(self.min_score),
            packs: over.packs.or(self.packs),
            select: over.select.or(self.select),
            ignore: over.ignore.or(self.ignore),
            severity: over.severity.or(self.severity),
            vocab: over.vocab.or(self.vocab),
            exclude: over.exclude.or(self.exclude),
            max_file_mb: over.max_file_mb.or(self.max_file_mb),
            profile: over.profile.or(self.profile),
            calendar: over.calendar.or(self.calendar),
            pack_root: over.pack_root.or(self.pack_root),
        }
    }

    /// Every field filled with its default, for `--print-config`.
    pub fn resolved(self) -> Config {
        Config::defaults().merge(self)
    }

    pub fn defaults() -> Config {
        Config {
            lang: Some(Lang::Auto),
            kind: Some(TextKind::Post),
            platform: Some(Platform::Generic),
            fail_on: Some(FailOn::Warning),
            min_score: None,
            packs: Some(Vec::new()),
            select: Some(Vec::new()),
            ignore: Some(Vec::new()),
            severity: Some(BTreeMap::new()),
            vocab: Some(Vocab::default()),
            exclude: Some(Vec::new()),
            max_file_mb: Some(files::DEFAULT_MAX_POST_MB),
            profile: None,
            calendar: None,
            pack_root: None,
        }
    }
}

/// Where a config's packs may live: the repository holding `config_dir` (the nearest
/// folder upward with a `.git`), or the config's own folder outside any repository.
pub fn pack_root(config_dir: &Path) -> Option<PathBuf> {
    let dir = std::fs::canonicalize(if config_dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        config_dir
    })
    .ok()?;
    let repo = dir.ancestors().find(|a| a.join(".git").exists());
    Some(repo.unwrap_or(&dir).to_path_buf())
}

/// The nearest config file from `start` upward.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .flat_map(|dir| CONFIG_NAMES.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// A config that was found rather than named must lie in the repository where it was
/// found: a pull request could add `.luwes.yaml` as a link to a key or an `.env` file,
/// and even a short excerpt of it in a YAML error would leak part of the secret into CI's
/// log. Naming the file with `--config` (or `--allow-external-packs`) reads it anyway.
pub fn check_found(path: &Path, external: bool) -> Result<()> {
    if external {
        return Ok(());
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let (Ok(real), Some(root)) = (std::fs::canonicalize(path), pack_root(dir)) else {
        return Ok(());
    };
    if real.starts_with(&root) {
        return Ok(());
    }
    Err(Error::in_file(path, super::msg().config_link_outside))
}

impl From<Config> for Settings {
    fn from(c: Config) -> Settings {
        let c = c.resolved();
        Settings {
            lang: c.lang.unwrap_or_default(),
            kind: c.kind.unwrap_or_default(),
            platform: c.platform.unwrap_or_default(),
            fail_on: c.fail_on.unwrap_or_default(),
            min_score: c.min_score,
            packs: c.packs.unwrap_or_default(),
            select: c.select.unwrap_or_default(),
            ignore: c.ignore.unwrap_or_default(),
            severity: c.severity.unwrap_or_default(),
            vocab: c.vocab.unwrap_or_default(),
            exclude: c.exclude.unwrap_or_default(),
            max_file_mb: c.max_file_mb.unwrap_or(files::DEFAULT_MAX_POST_MB),
            pack_root: c.pack_root,
        }
    }
}

/// The commented `.luwes.yaml` that `luwes init` writes, with its comments in Indonesian
/// and in English; the settings are the same in both.
pub const INIT_TEMPLATE_ID: &str = include_str!("init.id.luwes.yaml");
pub const INIT_TEMPLATE_EN: &str = include_str!("init.en.luwes.yaml");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_layers_override() {
        let file = Config {
            lang: Some(Lang::Id),
            fail_on: Some(FailOn::Error),
            ..Config::default()
        };
        let cli = Config {
            fail_on: Some(FailOn::Never),
            ..Config::default()
        };
        let s = Settings::from(file.merge(cli));
        assert_eq!(s.lang, Lang::Id);
        assert_eq!(s.fail_on, FailOn::Never);
        assert_eq!(s.kind, TextKind::Post);
    }

    #[test]
    fn init_templates_are_valid_configs() {
        for template in [INIT_TEMPLATE_ID, INIT_TEMPLATE_EN] {
            let cfg: Config = crate::yaml::parse(Path::new("init"), template).unwrap();
            assert_eq!(cfg.lang, Some(Lang::Id));
        }
    }

    /// Only the comments differ: the same settings, and the same commented-out examples,
    /// line for line, so a change to one that forgets the other fails here.
    #[test]
    fn init_templates_differ_only_in_their_words() {
        let settings = |t: &str| -> Vec<String> {
            t.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .filter(|l| match l.strip_prefix('#') {
                    // A commented-out setting (`# min_score: 70`), not prose.
                    Some(c) => c.trim_start().split_once(':').is_some_and(|(key, _)| {
                        !key.is_empty() && key.chars().all(|ch| ch.is_ascii_alphanumeric() || "_/-".contains(ch))
                    }),
                    None => true,
                })
                .map(String::from)
                .collect()
        };
        assert_eq!(settings(INIT_TEMPLATE_ID), settings(INIT_TEMPLATE_EN));
        assert_ne!(INIT_TEMPLATE_ID, INIT_TEMPLATE_EN);
    }

    #[test]
    fn unknown_key_is_an_error_with_location() {
        let err = crate::yaml::parse::<Config>(Path::new("c.yaml"), "lang: id\nfail-on: error\n").unwrap_err();
        assert_eq!(err.location.map(|l| l.line), Some(2));
    }
}
