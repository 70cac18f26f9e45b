//! The one module that talks to serde_yaml, so the archived crate can be swapped for a
//! maintained fork by editing a single file.
use crate::error::{Error, Location, Result};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::path::Path;

/// Largest YAML file we accept. Rule and config files are a few KB; the limit keeps a
/// mistaken `--config big.log` from eating memory before the parser complains.
const MAX_YAML_BYTES: usize = 1 << 20;

/// Most aliases (`*name`) a file may use. Rule and config files need none; a handful of
/// anchors that a pack reuses is fine. Many aliases to anchors that themselves hold
/// aliases expand exponentially (the "billion laughs"): serde_yaml stops at its
/// repetition limit, but only after seconds of work and with a message ("did not match
/// any variant") that does not say what is wrong.
const MAX_YAML_ALIASES: usize = 100;

/// Counts what looks like anchors (`&a`) and aliases (`*a`): the sigil at the start of a
/// node, that is after a line start, a space, `[`, `{`, `,` or `-`. Quoted text such as
/// "ini *penting*" may be miscounted, which only matters past the limit, and only in a
/// file that also defines an anchor.
fn anchors_and_aliases(text: &str) -> (usize, usize) {
    let (mut anchors, mut aliases) = (0, 0);
    let b = text.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c != b'&' && c != b'*' {
            continue;
        }
        let node_start = i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'[' | b'{' | b',' | b'-');
        let named = b.get(i + 1).is_some_and(|n| n.is_ascii_alphanumeric() || *n == b'_');
        if node_start && named {
            if c == b'&' {
                anchors += 1;
            } else {
                aliases += 1;
            }
        }
    }
    (anchors, aliases)
}

/// Parses `text` (read from `path`) into `T`, turning serde_yaml's errors into ours with
/// the file, line and column filled in.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T> {
    if text.len() > MAX_YAML_BYTES {
        return Err(Error::in_file(
            path,
            format!("YAML file is larger than {} KiB", MAX_YAML_BYTES / 1024),
        ));
    }
    let (anchors, aliases) = anchors_and_aliases(text);
    if anchors > 0 && aliases > MAX_YAML_ALIASES {
        return Err(Error::in_file(
            path,
            format!(
                "uses {aliases} YAML aliases (`*name`); more than {MAX_YAML_ALIASES} are refused, since \
                 aliases of aliases can expand without bound"
            ),
        ));
    }
    serde_yaml::from_str(text).map_err(|e| {
        // serde_yaml reads lazily, so a value of the wrong type before a syntax error
        // (`lang: [` at the end of the file) is reported instead of the syntax error. On
        // this error path only, read the file as plain YAML first to find the real cause.
        let e = match serde_yaml::from_str::<serde_yaml::Value>(text) {
            Err(syntax) => syntax,
            Ok(_) => e,
        };
        let location = e.location().map(|l| Location {
            line: l.line(),
            column: l.column(),
        });
        // serde_yaml appends " at line X column Y" to its message; we print the location
        // ourselves in the usual path:line:col form, so drop the duplicate.
        let msg = e.to_string();
        let msg = match msg.find(" at line ") {
            Some(i) => msg[..i].to_string(),
            None => msg,
        };
        Error::in_file(path, shorten_quotes(&msg)).at(location)
    })
}

/// Longest excerpt of the file an error may quote.
const MAX_QUOTED_CHARS: usize = crate::error::EXCERPT_CHARS;

/// serde_yaml quotes the offending value in full (`invalid type: string "…"`, and a key
/// in backticks: ``unknown field `…` ``): for a file that is not YAML at all
/// (`packs: [/etc/passwd]`, `--config .env`) that is the whole file. Each quoted part is
/// cut to a short excerpt, and the message as a whole too.
fn shorten_quotes(msg: &str) -> String {
    let mut out = String::new();
    let mut rest = msg;
    while let Some(open) = rest.find(['"', '`']) {
        let quote = rest.as_bytes()[open] as char;
        out.push_str(&rest[..=open]);
        let body = &rest[open + 1..];
        // The closing quote is the next one not escaped by a backslash (backticks are
        // never escaped).
        let mut close = None;
        let mut escaped = false;
        for (i, c) in body.char_indices() {
            match c {
                '\\' if quote == '"' && !escaped => escaped = true,
                c if c == quote && !escaped => {
                    close = Some(i);
                    break;
                }
                _ => escaped = false,
            }
        }
        let end = close.unwrap_or(body.len());
        out.push_str(&crate::error::excerpt(&body[..end], MAX_QUOTED_CHARS));
        if close.is_some() {
            out.push(quote);
            rest = &body[end + 1..];
        } else {
            rest = "";
        }
    }
    out.push_str(rest);
    crate::error::excerpt(&out, 10 * MAX_QUOTED_CHARS)
}

/// Serialises `value` as YAML (used by `--print-config`).
pub fn to_string<T: Serialize>(value: &T) -> String {
    serde_yaml::to_string(value).unwrap_or_else(|e| format!("# cannot serialise: {e}\n"))
}

/// Finds where `key:` is written in a YAML document, so that errors found after parsing
/// (a bad regex, an unknown template field) can still point at a line and column.
/// `value`, when given, narrows the search to the first line that also contains it.
pub fn locate(text: &str, key: &str, value: Option<&str>) -> Option<Location> {
    let mut fallback = None;
    for (i, line) in text.lines().enumerate() {
        if let Some(v) = value {
            if let Some(col) = line.find(v) {
                return Some(Location {
                    line: i + 1,
                    column: line[..col].chars().count() + 1,
                });
            }
        }
        let trimmed = line.trim_start();
        if fallback.is_none() && trimmed.starts_with(key) && trimmed[key.len()..].starts_with(':') {
            let col = line.len() - trimmed.len();
            fallback = Some(Location {
                line: i + 1,
                column: col + 1,
            });
            if value.is_none() {
                return fallback;
            }
        }
    }
    fallback
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct T {
        a: u32,
    }

    #[test]
    fn unknown_key_reports_line_and_column() {
        let err = parse::<T>(Path::new("x.yaml"), "a: 1\nbee: 2\n").unwrap_err();
        assert_eq!(err.location, Some(Location { line: 2, column: 1 }));
        assert!(err.message.contains("unknown field `bee`"), "{}", err.message);
        assert!(!err.message.contains(" at line "));
    }

    #[test]
    fn an_alias_bomb_is_refused_before_parsing() {
        let mut bomb = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for i in 1..13 {
            let refs = vec![format!("*a{}", i - 1); 9].join(", ");
            bomb.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        let err = parse::<T>(Path::new("bom.yaml"), &bomb).unwrap_err();
        assert!(err.to_string().starts_with("bom.yaml: uses 108 YAML aliases"), "{err}");
        // A few anchors and aliases, and asterisks in quoted text, are fine.
        assert_eq!(anchors_and_aliases("a: &x 1\nb: *x\nc: \"*tebal*\"\n"), (1, 1));
        let err = parse::<T>(Path::new("ok.yaml"), "a: &x 1\nb: *x\n").unwrap_err();
        assert!(err.message.contains("unknown field `b`"), "{err}");
    }

    #[test]
    fn a_syntax_error_is_reported_as_one() {
        let err = parse::<T>(Path::new("c.yaml"), "a: [\n").unwrap_err();
        assert!(!err.message.contains("YAML tag"), "{err}");
        assert!(err.message.contains("did not find expected node content"), "{err}");
    }

    #[test]
    fn a_file_that_is_not_yaml_is_not_echoed() {
        let secret = format!("root:x:0:0:root:/root:/bin/bash {}", "RAHASIA ".repeat(200));
        let err = parse::<T>(Path::new("passwd"), &secret).unwrap_err();
        let s = err.to_string();
        assert!(s.starts_with("passwd"), "{s}");
        assert!(s.chars().count() < 200, "{s}");
        assert_eq!(s.matches("RAHASIA").count(), 1, "{s}");
        assert_eq!(shorten_quotes(r#"a "b\"c" d"#), r#"a "b\"c" d"#);
    }

    #[test]
    fn a_long_key_is_not_echoed() {
        // serde_yaml quotes an unknown key in backticks, in full.
        let key = "K".repeat(300);
        let err = parse::<T>(Path::new("c.yaml"), &format!("{key}: 1\n")).unwrap_err();
        assert!(err.message.contains(&format!("`{}…`", "K".repeat(40))), "{err}");
        assert!(!err.message.contains(&"K".repeat(41)), "{err}");
    }

    #[test]
    fn locate_finds_key_and_value() {
        let text = "kind: existence\ntokens:\n  - wajib\n  - '(bad'\n";
        assert_eq!(locate(text, "tokens", None), Some(Location { line: 2, column: 1 }));
        assert_eq!(
            locate(text, "tokens", Some("(bad")),
            Some(Location { line: 4, column: 6 })
        );
        assert_eq!(locate(text, "nope", None), None);
    }
}
