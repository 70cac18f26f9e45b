//! Rule regexes: checked when a rule loads, compiled on first use, and searched through
//! an ASCII-word-boundary twin whenever the twin finds exactly what the original would.
//!
//! Why a twin: `\b` in the regex crate is Unicode-aware, and its lazy DFA cannot decide a
//! Unicode word boundary next to a non-ASCII byte. On the first emoji or curly quote of a
//! text it gives up and the whole search reruns in the PikeVM, 10–100× slower (docs/PERFORMANCE.md).
//! `(?-u:\b)` the DFA can decide. The two boundaries agree at every position unless a
//! character beside it is a non-ASCII word character (é, a combining mark, ZWJ): on a text
//! without any such character ([`ascii_words`]) the twin gives the same matches.
//!
//! Why lazily: compiling the pack's regexes (Unicode classes, case folding) was three
//! quarters of the start-up time of a one-post run, and most rules never run on a post
//! because the prefilter rules them out. Syntax is still checked at load (cheap), and
//! `compile_now` lets rule packs from disk report size-limit errors at load too.
use regex::{Regex, RegexBuilder};
use regex_syntax::ast::{Ast, GroupKind};
use std::sync::OnceLock;

/// Compiled limit on regex size: a rule whose automaton would exceed it is rejected with
/// an error naming the rule instead of slowing every run.
pub const SIZE_LIMIT: usize = 8 << 20;

/// One regex of a rule, compiled on demand in two flavours (see the module comment).
#[derive(Debug)]
pub struct Re {
    source: String,
    ignore_case: bool,
    /// The twin's source (`ascii_twin`), or `None` when it is the source itself (no
    /// boundary or class to cut).
    twin: Option<String>,
    /// Names of the capture groups, in order (`None` for unnamed ones); group 0 excluded.
    groups: Vec<Option<String>>,
    exact: OnceLock<Regex>,
    /// `None` when there is no twin, or it failed to compile.
    fast: OnceLock<Option<Regex>>,
}

/// Whether `text` has no non-ASCII word character, so that ASCII and Unicode word
/// boundaries agree everywhere in it (the condition for searching with the twin).
pub fn ascii_words(text: &str) -> bool {
    text.is_ascii()
        || !text
            .chars()
            .any(|c| !c.is_ascii() && regex_syntax::is_word_character(c))
}

/// `source` with every word-boundary assertion made ASCII-only: `\b`, `\B`, `\b{…}`,
/// `\<`, `\>` outside character classes become `(?-u:…)`.
pub fn ascii_boundaries(source: &str) -> String {
    rewrite(source, false)
}

/// The twin of `source` (see the module comment): ASCII word boundaries, and the classes
/// that hold only word characters (`\p{L}`, `\p{Lu}`, `\p{Ll}`, `\pL`, `\w`, `\d`) cut
/// down to their ASCII part. On a text with no non-ASCII word character the cut changes
/// nothing (every character such a class could match there is ASCII), and it makes the
/// twin several times cheaper to compile than the original's Unicode tables.
pub fn ascii_twin(source: &str) -> String {
    rewrite(source, true)
}

/// The ASCII part of a word-character class escape (`d`, `w`, `p{L}`…) as class items.
fn ascii_class(escape: &str) -> Option<&'static str> {
    Some(match escape {
        "d" => "0-9",
        "w" => "0-9A-Za-z_",
        "pL" | "p{L}" | "p{Letter}" => "A-Za-z",
        "p{Lu}" | "p{Uppercase_Letter}" => "A-Z",
        "p{Ll}" | "p{Lowercase_Letter}" => "a-z",
        _ => return None,
    })
}

fn rewrite(source: &str, classes: bool) -> String {
    let mut out = String::with_capacity(source.len() + 16);
    let mut chars = source.chars().peekable();
    let mut class_depth = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(next) = chars.next() else {
                    out.push(c);
                    break;
                };
                let mut escape = next.to_string();
                if matches!(next, 'p' | 'P' | 'b') && chars.peek() == Some(&'{') {
                    for c in chars.by_ref() {
                        escape.push(c);
                        if c == '}' {
                            break;
                        }
                    }
                } else if matches!(next, 'p' | 'P') {
                    escape.extend(chars.next());
                }
                if class_depth == 0 && matches!(next, 'b' | 'B' | '<' | '>') {
                    out.push_str("(?-u:\\");
                    out.push_str(&escape);
                    out.push(')');
                } else if let Some(ascii) = ascii_class(&escape).filter(|_| classes) {
                    if class_depth == 0 {
                        out.push('[');
                        out.push_str(ascii);
                        out.push(']');
                    } else {
                        out.push_str(ascii);
                    }
                } else {
                    out.push(c);
                    out.push_str(&escape);
                }
            }
            '[' => {
                // `[:alpha:]` inside a class opens no new class.
                if class_depth > 0 && chars.peek() == Some(&':') {
                    out.push(c);
                    for c in chars.by_ref() {
                        out.push(c);
                        if c == ']' {
                            break;
                        }
                    }
                    continue;
                }
                class_depth += 1;
                out.push(c);
                // A `]` first in a class (or after `^`) is a literal, not the end.
                if chars.peek() == Some(&'^') {
                    out.push(chars.next().unwrap_or('^'));
                }
                if chars.peek() == Some(&']') {
                    out.push(chars.next().unwrap_or(']'));
                }
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

pub(crate) fn compile(source: &str, ignore_case: bool) -> Result<Regex, String> {
    let mut builder = RegexBuilder::new(source);
    builder
        .case_insensitive(ignore_case)
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(SIZE_LIMIT);
    builder.build().map_err(|e| match e {
        regex::Error::CompiledTooBig(limit) => {
            format!("regex is too large (compiled size exceeds {} KiB)", limit / 1024)
        }
        other => other.to_string(),
    })
}

/// Capture groups of `ast` in index order, with their names.
fn collect_groups(ast: &Ast, out: &mut Vec<(u32, Option<String>)>) {
    match ast {
        Ast::Group(g) => {
            match &g.kind {
                GroupKind::CaptureIndex(i) => out.push((*i, None)),
                GroupKind::CaptureName { name, .. } => out.push((name.index, Some(name.name.clone()))),
                GroupKind::NonCapturing(_) => {}
            }
            collect_groups(&g.ast, out);
        }
        Ast::Concat(c) => c.asts.iter().for_each(|a| collect_groups(a, out)),
        Ast::Alternation(a) => a.asts.iter().for_each(|a| collect_groups(a, out)),
        Ast::Repetition(r) => collect_groups(&r.ast, out),
        _ => {}
    }
}

/// A regex that never matches: what a lazily compiled regex becomes if, against what
/// `Re::new` checked, it fails to compile (rules from disk go through `compile_now`).
fn never() -> Regex {
    Regex::new(r"[^\s\S]").expect("the empty class is a valid regex")
}

impl Re {
    /// Checks the syntax of `source` now (the parse, not the Unicode tables: those errors
    /// come from `compile_now`, which rules from disk go through); compiles nothing yet.
    pub fn new(source: &str, ignore_case: bool) -> Result<Re, String> {
        let expanded = super::gazetteer::expand(source)?;
        let source = expanded.as_str();
        let ast = regex_syntax::ast::parse::Parser::new()
            .parse(source)
            .map_err(|e| regex::Error::Syntax(e.to_string()).to_string())?;
        let mut groups = Vec::new();
        collect_groups(&ast, &mut groups);
        groups.sort_by_key(|g| g.0);
        let twin = Some(ascii_twin(source)).filter(|t| t != source);
        Ok(Re {
            source: source.to_string(),
            ignore_case,
            twin,
            groups: groups.into_iter().map(|g| g.1).collect(),
            exact: OnceLock::new(),
            fast: OnceLock::new(),
        })
    }

    /// Compiles the flavour most texts use now (the twin, or the regex itself when it
    /// has none), so that a regex over the size limit is an error at load time rather
    /// than a regex that silently matches nothing. Compiling both flavours doubled the
    /// load time of a large pack; should the Unicode one later exceed the limit, `exact`
    /// falls back to the twin.
    pub fn compile_now(&self) -> Result<(), String> {
        match &self.twin {
            None => {
                let _ = self.exact.set(compile(&self.source, self.ignore_case)?);
            }
            Some(twin) => {
                let _ = self.fast.set(Some(compile(twin, self.ignore_case)?));
            }
        }
        Ok(())
    }

    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The twin's source, or the source itself when the two are the same.
    pub fn twin_str(&self) -> &str {
        self.twin.as_deref().unwrap_or(&self.source)
    }

    /// The regex with Unicode word boundaries, as written.
    pub fn exact(&self) -> &Regex {
        self.exact.get_or_init(|| {
            compile(&self.source, self.ignore_case)
                .or_else(|_| compile(self.twin_str(), self.ignore_case))
                .unwrap_or_else(|_| never())
        })
    }

    /// The ASCII-boundary twin (the exact regex when the pattern has no boundary).
    pub fn fast(&self) -> &Regex {
        self.fast
            .get_or_init(|| {
                self.twin
                    .as_deref()
                    .and_then(|twin| compile(twin, self.ignore_case).ok())
            })
            .as_ref()
            .unwrap_or_else(|| self.exact())
    }

    /// The flavour to search a text with: the twin when `ascii_words` holds for the text.
    pub fn pick(&self, ascii_words: bool) -> &Regex {
        if ascii_words {
            self.fast()
        } else {
            self.exact()
        }
    }

    /// Number of capture groups, group 0 (the whole match) included.
    pub fn captures_len(&self) -> usize {
        self.groups.len() + 1
    }

    /// Names of the named capture groups.
    pub fn capture_names(&self) -> impl Iterator<Item = &str> {
        self.groups.iter().flatten().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_become_ascii_outside_classes() {
        assert_eq!(ascii_boundaries(r"\bwajib\b"), r"(?-u:\b)wajib(?-u:\b)");
        assert_eq!(ascii_boundaries(r"\Bx\b{start}"), r"(?-u:\B)x(?-u:\b{start})");
        assert_eq!(ascii_boundaries(r"[\b]\\b[]\b]\b"), r"[\b]\\b[]\b](?-u:\b)");
        assert_eq!(ascii_boundaries(r"[[:alpha:]\b]\b"), r"[[:alpha:]\b](?-u:\b)");
        assert_eq!(ascii_boundaries(r"[^]]\b"), r"[^]](?-u:\b)");
        for src in [r"\<kata\>", r"\b{end}", r"(?x) \b a # \b comment"] {
            assert!(Regex::new(&ascii_boundaries(src)).is_ok(), "{src}");
        }
    }

    #[test]
    fn twin_cuts_word_classes_to_ascii() {
        assert_eq!(
            ascii_twin(r"\p{Lu}\p{Ll}+[\p{L}\d\-]\w\pL\b"),
            r"[A-Z][a-z]+[A-Za-z0-9\-][0-9A-Za-z_][A-Za-z](?-u:\b)"
        );
        // Negated classes and classes with non-word members stay Unicode.
        assert_eq!(ascii_twin(r"\P{L}\W\D\s\p{N}[^\p{L}]"), r"\P{L}\W\D\s\p{N}[^A-Za-z]");
    }

    #[test]
    fn twin_agrees_on_texts_without_non_ascii_word_characters() {
        let re = Re::new(r"\b(?:wajib|dilarang)\b\s+[^\p{Ll}\s]*\p{L}+", true).unwrap();
        for text in [
            "Wajib 🙏 hadir. Wajib “hadir” — dilarang merokok ❤ ya",
            "kewajiban wajib\u{2060}x WAJIB 12 ribu",
        ] {
            assert!(ascii_words(text));
            let a: Vec<_> = re.exact().find_iter(text).map(|m| m.range()).collect();
            let b: Vec<_> = re.fast().find_iter(text).map(|m| m.range()).collect();
            assert_eq!(a, b, "{text}");
        }
        // A non-ASCII letter next to a phrase is where the two differ: the exact one is used.
        let text = "éwajib hadir";
        assert!(!ascii_words(text));
        assert!(re.pick(ascii_words(text)).find(text).is_none());
        assert!(re.fast().find(text).is_some());
    }

    #[test]
    fn syntax_errors_now_size_errors_on_compile() {
        assert!(Re::new(r"(unclosed", false).unwrap_err().contains("unclosed"));
        let big = Re::new(r"\w{1000}{1000}", false).unwrap();
        let err = big.compile_now().unwrap_err();
        assert!(err.contains("too large") || err.contains("exceeds"), "{err}");
        assert!(
            big.exact().find("abc").is_none(),
            "lazily failing regex matches nothing"
        );
    }

    #[test]
    fn capture_groups_without_compiling() {
        let re = Re::new(r"(?P<who>a)(b)(?P<verb>c)", false).unwrap();
        assert_eq!(re.captures_len(), 4);
        assert_eq!(re.capture_names().collect::<Vec<_>>(), ["who", "verb"]);
        assert!(re.exact.get().is_none());
    }
}
