//! Rewrite templates such as `Yuk, {verb|imperative} {rest}`: text with placeholders that
//! name a capture of the rule's regex (or `match`, the whole finding, `before` and `after`,
//! the rest of its sentence on either side) and filters applied in order (`text::morph`, `text::phrase`).
//! `pattern` rules and the `suggest` entries of `existence` rules render them.
use crate::text::{morph, phrase};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String),
    /// A capture by name and the filters to apply in order.
    Capture {
        name: String,
        filters: Vec<String>,
    },
}

/// Names every template may use besides the regex's own captures.
pub const BUILTIN: &[&str] = &["match", "before", "after"];

/// A parsed rewrite template.
#[derive(Debug, Clone, PartialEq)]
pub struct Template(Vec<Piece>);

/// Whether `name` is a filter a template may use.
fn is_filter(name: &str) -> bool {
    morph::is_filter(name) || phrase::is_filter(name)
}

fn apply(name: &str, value: &str) -> Option<String> {
    if morph::is_filter(name) {
        morph::apply_filter(name, value)
    } else {
        phrase::apply_filter(name, value)
    }
}

impl Template {
    /// Parses `{name|filter|…}` placeholders; `{{` and `}}` are literal braces. `names` are
    /// the captures of the regex the template is filled from.
    pub fn parse<'a>(src: &str, names: impl IntoIterator<Item = &'a str>) -> Result<Template, String> {
        let names: Vec<&str> = names.into_iter().collect();
        let mut pieces = Vec::new();
        let mut text = String::new();
        let mut chars = src.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    text.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    text.push('}');
                }
                '{' => {
                    let inner: String = chars.by_ref().take_while(|&c| c != '}').collect();
                    let mut parts = inner.split('|').map(str::trim);
                    let name = parts.next().unwrap_or("").to_string();
                    if !BUILTIN.contains(&name.as_str()) && !names.contains(&name.as_str()) {
                        return Err(format!(
                            "`{{{inner}}}` names no capture of the pattern (captures: {})",
                            if names.is_empty() {
                                "none".to_string()
                            } else {
                                names.join(", ")
                            }
                        ));
                    }
                    let filters: Vec<String> = parts.map(str::to_string).collect();
                    if let Some(bad) = filters.iter().find(|f| !is_filter(f)) {
                        return Err(format!("unknown filter `{bad}` (known: {})", known_filters()));
                    }
                    if !text.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut text)));
                    }
                    pieces.push(Piece::Capture { name, filters });
                }
                '}' => return Err("unmatched `}` (write `}}` for a literal brace)".to_string()),
                _ => text.push(c),
            }
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(text));
        }
        Ok(Template(pieces))
    }

    /// Fills the template: `value` gives the text of a capture by name (the empty string
    /// for an optional capture that did not take part). `None` when a filter cannot
    /// transform its text (a verb whose root is unknown), so the caller can fall back.
    pub fn render(&self, value: &dyn Fn(&str) -> String) -> Option<String> {
        let mut out = String::new();
        for piece in &self.0 {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Capture { name, filters } => {
                    let mut v = value(name);
                    for f in filters {
                        v = apply(f, &v)?;
                    }
                    out.push_str(&v);
                }
            }
        }
        Some(out)
    }
}

fn known_filters() -> String {
    morph::FILTERS
        .iter()
        .chain(phrase::FILTERS)
        .copied()
        .collect::<Vec<_>>()
        .join(", ")
}

/// The rest of the sentence after byte `end` of `source`: up to a full stop, question or
/// exclamation mark followed by a space or the end, or a line break (not included).
pub fn sentence_after(source: &str, end: usize) -> &str {
    let rest = source.get(end..).unwrap_or("");
    let mut stop = rest.len();
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let ends = match c {
            '\n' => true,
            '.' | '!' | '?' | '…' => next.is_none_or(char::is_whitespace),
            _ => false,
        };
        if ends {
            stop = i;
            break;
        }
    }
    &rest[..stop]
}

/// The part of the sentence before byte `start` of `source` (see [`sentence_after`]).
pub fn sentence_before(source: &str, start: usize) -> &str {
    let head = source.get(..start).unwrap_or("");
    let mut from = 0;
    let mut chars = head.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let ends = match c {
            '\n' => true,
            '.' | '!' | '?' | '…' => next.is_some_and(char::is_whitespace),
            _ => false,
        };
        if ends {
            from = i + c.len_utf8();
        }
    }
    &head[from..]
}

/// The span a deletion removes: the finding and the blanks after it (or, at the end of a
/// line, before it), so no double space is left behind.
pub fn deletion(source: &str, span: &Range<usize>) -> Range<usize> {
    let blank = |c: char| c == ' ' || c == '\t' || c == '\u{a0}';
    let (head, tail) = (&source[..span.start], &source[span.end..]);
    let before = head.len() - head.trim_end_matches(blank).len();
    let after = tail.len() - tail.trim_start_matches(blank).len();
    let word_follows = tail[after..].starts_with(|c: char| c.is_alphanumeric());
    if after > 0 && word_follows && (before > 0 || head.is_empty() || head.ends_with('\n')) {
        span.start..span.end + after
    } else if before > 0 && !word_follows {
        span.start - before..span.end
    } else {
        span.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_captures_with_filters_and_fails_on_unknown_words() {
        let t = Template::parse("jangan lupa {verb|imperative}", ["verb"]).unwrap();
        let get = |w: &'static str| move |_: &str| w.to_string();
        assert_eq!(t.render(&get("membawa")).as_deref(), Some("jangan lupa bawa"));
        assert_eq!(t.render(&get("mengglobal")), None);
    }

    #[test]
    fn parse_errors() {
        assert!(Template::parse("{nope}", ["verb"])
            .unwrap_err()
            .contains("names no capture"));
        assert!(Template::parse("{verb|shout}", ["verb"])
            .unwrap_err()
            .contains("unknown filter"));
        assert!(Template::parse("a } b", ["verb"]).is_err());
        assert!(Template::parse("{{literal}} {match} {after}", ["verb"]).is_ok());
    }

    #[test]
    fn the_rest_of_a_sentence_stops_at_its_end_not_at_a_decimal_point() {
        let s = "Petugas membagikan 1.168 masker di pasar. Besok lagi.";
        assert_eq!(sentence_after(s, 7), " membagikan 1.168 masker di pasar");
        assert_eq!(sentence_after("a b\nc", 1), " b");
        assert_eq!(sentence_after("a", 5), "");
        assert_eq!(sentence_before(s, 48), " Besok ");
        assert_eq!(sentence_before(s, 7), "Petugas");
    }
}
