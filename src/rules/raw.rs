//! The rule file as written (serde shapes), before validation and compilation.
use crate::diagnostic::{Category, Severity};
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

/// Every key any rule kind may use. Keys that the rule's kind does not use are rejected
/// during compilation, so a typo or a key copied from another kind never passes silently.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    pub kind: String,
    pub category: Category,
    pub severity: Severity,
    pub message: String,
    pub description: String,
    pub source: Option<String>,
    pub lang: Option<String>,
    pub applies_to: Option<Vec<String>>,
    pub ignore_case: Option<bool>,
    pub fix: Option<FixLevel>,
    pub weight: Option<f64>,
    pub tests: Vec<RawTest>,

    // existence, occurrence, require
    pub tokens: Option<Vec<String>>,
    pub suggest: Option<OneOrMany>,
    pub exceptions: Option<Vec<String>>,
    pub nonword: Option<bool>,
    // substitution
    pub swap: Option<indexmap_lite::OrderedMap>,
    // pattern
    pub pattern: Option<String>,
    pub rewrite: Option<String>,
    pub fallback: Option<String>,
    /// Flag a match only when its rewrite renders (e.g. the word is a known verb form).
    pub require_rewrite: Option<bool>,
    // occurrence, metric
    pub scope: Option<String>,
    pub max: Option<Threshold>,
    pub min: Option<Threshold>,
    // metric
    pub metric: Option<String>,
    pub min_letters: Option<usize>,
    // conditional
    pub first: Option<String>,
    pub second: Option<String>,
    // require
    pub min_words: Option<usize>,
}

/// The names of the kind-specific keys that are set, for the "not used by this kind" check.
impl RawRule {
    pub fn kind_keys_set(&self) -> Vec<&'static str> {
        let mut keys = Vec::new();
        let mut add = |set: bool, name: &'static str| {
            if set {
                keys.push(name)
            }
        };
        add(self.tokens.is_some(), "tokens");
        add(self.suggest.is_some(), "suggest");
        add(self.exceptions.is_some(), "exceptions");
        add(self.nonword.is_some(), "nonword");
        add(self.swap.is_some(), "swap");
        add(self.pattern.is_some(), "pattern");
        add(self.rewrite.is_some(), "rewrite");
        add(self.fallback.is_some(), "fallback");
        add(self.require_rewrite.is_some(), "require_rewrite");
        add(self.scope.is_some(), "scope");
        add(self.max.is_some(), "max");
        add(self.min.is_some(), "min");
        add(self.metric.is_some(), "metric");
        add(self.min_letters.is_some(), "min_letters");
        add(self.first.is_some(), "first");
        add(self.second.is_some(), "second");
        add(self.min_words.is_some(), "min_words");
        keys
    }
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
