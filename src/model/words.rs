//! The domain's words: what is being written (`TextKind`), where (`Platform`) and in which
//! language (`Lang`). Plain data with serde shapes for the config file; the command line
//! maps its own flags onto them (see `cli::args`).
use serde::{Deserialize, Serialize};
use std::fmt;

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

/// The register a post is in when ordinary advice about softness does not apply: in an
/// emergency an order must stay plain and urgent, and a condolence is no place for "yuk".
/// Rules name the registers they keep quiet in (`quiet_in:`); `text::context` tells them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Register {
    Emergency,
    Condolence,
    /// The post speaks to its reader (a greeting, "yuk", "kamu"): a report-style opening
    /// inside such a post is news told to a friend, not a circular.
    Dialogue,
}

impl Register {
    pub fn parse(s: &str) -> Option<Register> {
        match s {
            "emergency" => Some(Register::Emergency),
            "condolence" => Some(Register::Condolence),
            "dialogue" => Some(Register::Dialogue),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
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
    pub const ALL: [Platform; 5] = [
        Platform::Generic,
        Platform::Instagram,
        Platform::Facebook,
        Platform::X,
        Platform::Whatsapp,
    ];

    pub fn parse(s: &str) -> Option<Platform> {
        match s {
            "twitter" => Some(Platform::X),
            _ => Platform::ALL.into_iter().find(|p| p.as_str() == s),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Generic => "generic",
            Platform::Instagram => "instagram",
            Platform::Facebook => "facebook",
            Platform::X => "x",
            Platform::Whatsapp => "whatsapp",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Id,
    En,
    #[default]
    Auto,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Id, Lang::En, Lang::Auto];

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
            Lang::Auto => "auto",
        }
    }

    /// The language code a setting fixes, `None` for `auto`.
    pub fn code(self) -> Option<&'static str> {
        match self {
            Lang::Auto => None,
            l => Some(l.as_str()),
        }
    }
}

/// Whether `s` names a language rules can be written for (a pack folder's name).
pub fn is_lang_code(s: &str) -> bool {
    matches!(s, "id" | "en")
}
