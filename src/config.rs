//! `.luwes.yaml`: discovery (current folder upward), parsing, and the explicit merge
//! defaults < file < command line that gives the `Settings` of a run.
use crate::diagnostic::Severity;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

pub const CONFIG_NAMES: [&str; 3] = [".luwes.yaml", ".luwes.yml", "luwes.yaml"];

/// What is being written: a post, or a reply to a citizen's comment (serving rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextKind {
    #[default]
    Post,
    Reply,
}

impl TextKind {
    pub fn parse(s: &str) -> Option<TextKind> {
        match s {
            "post" => Some(TextKind::Post),
            "reply" => Some(TextKind::Reply),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            TextKind::Post => "post",
            TextKind::Reply => "reply",
        }
    }
}

impl fmt::Display for TextKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    #[default]
    Generic,
    Instagram,
    Facebook,
    X,
    Whatsapp,
}

impl Platform {
    pub fn parse(s: &str) -> Option<Platform> {
        match s {
            "generic" => Some(Platform::Generic),
            "instagram" => Some(Platform::Instagram),
            "facebook" => Some(Platform::Facebook),
            "x" | "twitter" => Some(Platform::X),
            "whatsapp" => Some(Platform::Whatsapp),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Id,
    En,
    #[default]
    Auto,
}

pub fn is_lang_code(s: &str) -> bool {
    matches!(s, "id" | "en")
}

/// The lowest severity that makes `lint` exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    Info,
    #[default]
    Warning,
    Error,
    Never,
}

impl FailOn {
    pub fn fails(self, s: Severity) -> bool {
        match self {
            FailOn::Info => true,
            FailOn::Warning => s >= Severity::Warning,
            FailOn::Error => s >= Severity::Error,
            FailOn::Never => false,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocab {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accept: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reject: Vec<String>,
}

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
    /// The office's greeting and contact channel, offered by `luwes serve`'s page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<Profile>,
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
    /// that a config works from any working directory.
    pub fn from_file(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, &e))?;
        let mut cfg: Config = crate::yaml::parse(path, &text)?;
        let base = path.parent().unwrap_or(Path::new("."));
        if let Some(packs) = &mut cfg.packs {
            for p in packs.iter_mut() {
                if p.is_relative() {
                    *p = base.join(&*p);
                }
            }
        }
        if let Some(m) = cfg.min_score {
            if !(0.0..=100.0).contains(&m) {
                return Err(Error::in_file(path, "min_score must be between 0 and 100").field("min_score"));
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
            profile: over.profile.or(self.profile),
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
            profile: None,
        }
    }
}

/// The nearest config file from `start` upward.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .flat_map(|dir| CONFIG_NAMES.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// What a run uses, every choice made.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub lang: Lang,
    pub kind: TextKind,
    pub platform: Platform,
    pub fail_on: FailOn,
    pub min_score: Option<f64>,
    pub packs: Vec<PathBuf>,
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub severity: BTreeMap<String, Severity>,
    pub vocab: Vocab,
    pub exclude: Vec<String>,
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
        }
    }
}

/// The commented `.luwes.yaml` that `luwes init` writes.
pub const INIT_TEMPLATE: &str = include_str!("init.luwes.yaml");

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
    fn init_template_is_a_valid_config() {
        let cfg: Config = crate::yaml::parse(Path::new("init"), INIT_TEMPLATE).unwrap();
        assert_eq!(cfg.lang, Some(Lang::Id));
    }

    #[test]
    fn unknown_key_is_an_error_with_location() {
        let err = crate::yaml::parse::<Config>(Path::new("c.yaml"), "lang: id\nfail-on: error\n").unwrap_err();
        assert_eq!(err.location.map(|l| l.line), Some(2));
    }
}
