//! The rule file as written (serde shapes), before validation and compilation; the
//! shapes kinds share for their own keys (`OneOrMany`, `Threshold`, `OrderedMap`).
use crate::model::{Category, Severity};
use serde::Deserialize;
use std::collections::BTreeMap;

/// A phrase-to-replacements map keeps the file's order; a single string is one replacement.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

/// A limit that may differ per platform: `max: 35` or `max: {default: 35, x: 25}`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Threshold {
    One(f64),
    PerPlatform(BTreeMap<String, f64>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FixLevel {
    Safe,
    Unsafe,
    None,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTest {
    pub bad: Option<String>,
    pub good: Option<String>,
    pub fixed: Option<String>,
    /// Expected number of findings for a `bad` case (default: at least one).
    pub count: Option<usize>,
    /// `post` or `reply`; defaults to what the rule applies to.
    pub kind: Option<String>,
    pub platform: Option<String>,
    /// Read the example as Markdown instead of a plain post.
    #[serde(default)]
    pub markdown: bool,
}

/// The keys every rule has. The keys of its kind are collected in `keys` and read by
/// that kind's own file in `check/`, which rejects any key it does not use.
#[derive(Debug, Clone, Deserialize)]
pub struct RawRule {
    pub kind: String,
    pub category: Category,
    pub severity: Severity,
    pub message: String,
    pub description: String,
    pub source: Option<String>,
    pub lang: Option<String>,
    pub applies_to: Option<Vec<String>>,
    pub quiet_in: Option<Vec<String>>,
    pub ignore_case: Option<bool>,
    pub fix: Option<FixLevel>,
    pub weight: Option<f64>,
    pub tests: Vec<RawTest>,
    /// Every other key, for the rule's kind to read.
    #[serde(flatten)]
    pub keys: serde_yaml::Mapping,
}

/// serde_yaml maps into a `BTreeMap` lose the author's order, and substitution needs it
/// only for stable output; a tiny ordered map keeps it without another dependency.
pub mod indexmap_lite {
    use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
    use std::fmt;

    #[derive(Debug, Clone, Default)]
    pub struct OrderedMap(pub Vec<(String, super::OneOrMany)>);

    impl<'de> Deserialize<'de> for OrderedMap {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = OrderedMap;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("a map of phrase: replacement(s)")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedMap, A::Error> {
                    let mut out = Vec::new();
                    while let Some((k, v)) = map.next_entry::<String, super::OneOrMany>()? {
                        out.push((k, v));
                    }
                    Ok(OrderedMap(out))
                }
            }
            d.deserialize_map(V)
        }
    }
}
