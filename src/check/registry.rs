//! The one list of check kinds. A kind is a file of this folder with a `KIND`: its name,
//! its default for `ignore_case`, the keys it reads (taken from its own `Keys` struct) and
//! how to compile them. Adding a kind is that file plus one line in `KINDS`.
use super::CheckKind;
use crate::rules::spec::FieldError;
use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde_yaml::{Mapping, Value};
use std::fmt;

/// Every kind, in the order error messages list them.
pub const KINDS: &[Kind] = &[
    super::existence::KIND,
    super::substitution::KIND,
    super::pattern::KIND,
    super::occurrence::KIND,
    super::metric::KIND,
    super::conditional::KIND,
    super::require::KIND,
];

/// Compiles a kind's keys (already checked to be its own) with the rule's case setting.
pub type Compile = fn(&Mapping, bool) -> Result<Box<dyn CheckKind>, FieldError>;

/// One kind of check.
pub struct Kind {
    pub name: &'static str,
    /// Whether matching ignores case when the rule does not say (`ignore_case:`).
    pub ignore_case: bool,
    /// The kind's own keys, in the order its `Keys` struct declares them.
    pub keys: fn() -> &'static [&'static str],
    pub compile: Compile,
}

/// The kind called `name`.
pub fn find(name: &str) -> Result<&'static Kind, FieldError> {
    KINDS.iter().find(|k| k.name == name).ok_or_else(|| {
        let known: Vec<&str> = KINDS.iter().map(|k| k.name).collect();
        FieldError::at_value(
            "kind",
            name,
            format!("unknown kind `{name}` (known: {})", known.join(", ")),
        )
    })
}

/// Rejects a key the kind does not use, so that a typo or a key copied from another kind
/// never passes silently.
pub fn check_keys(kind: &Kind, keys: &Mapping) -> Result<(), FieldError> {
    let allowed = (kind.keys)();
    for key in keys.keys() {
        let name = key.as_str().unwrap_or("?");
        if allowed.contains(&name) {
            continue;
        }
        let known = KINDS.iter().any(|k| (k.keys)().contains(&name));
        let what = if known { "not used by" } else { "unknown key for" };
        return Err(FieldError::new(
            name,
            format!("{what} a `{}` rule (it uses: {})", kind.name, allowed.join(", ")),
        ));
    }
    Ok(())
}

/// Reads a kind's `Keys` from the rule's other keys. A wrong value is reported at its key:
/// the keys are tried one by one to find which.
pub fn read_keys<K: DeserializeOwned>(keys: &Mapping) -> Result<K, FieldError> {
    serde_yaml::from_value(Value::Mapping(keys.clone())).map_err(|e| {
        for (k, v) in keys {
            let one: Mapping = [(k.clone(), v.clone())].into_iter().collect();
            if let Err(e) = serde_yaml::from_value::<K>(Value::Mapping(one)) {
                return FieldError::new(k.as_str().unwrap_or("?"), e.to_string());
            }
        }
        FieldError::new("kind", e.to_string())
    })
}

/// The field names of a derived `Deserialize` struct: serde hands them to
/// `deserialize_struct`, so a deserializer that only records them reads the list the
/// struct itself declares, and there is no second list to keep in step.
pub fn fields_of<K: DeserializeOwned>() -> &'static [&'static str] {
    let mut fields: &'static [&'static str] = &[];
    let _ = K::deserialize(Probe(&mut fields));
    fields
}

struct Probe<'a>(&'a mut &'static [&'static str]);

#[derive(Debug)]
struct Stop;

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field names read")
    }
}

impl std::error::Error for Stop {}

impl de::Error for Stop {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Stop
    }
}

impl<'de> Deserializer<'de> for Probe<'_> {
    type Error = Stop;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
        Err(Stop)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Stop> {
        *self.0 = fields;
        Err(Stop)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_list_their_own_keys() {
        assert_eq!(
            (find("existence").unwrap().keys)(),
            ["tokens", "suggest", "exceptions", "nonword"]
        );
        for kind in KINDS {
            assert!(!(kind.keys)().is_empty(), "{}", kind.name);
        }
        assert!(find("nope").is_err_and(|e| e.message.contains("known: existence, substitution")));
    }
}
