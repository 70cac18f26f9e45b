//! How a finding's rewrites read in a list: each one's text, or the label for deleting
//! when it removes the match, joined with ` · `. Every printer that lists rewrites in
//! prose uses this (SARIF's `fixes` and the report's quoted alternatives show deletions
//! by their edits, so they list only rewrites with text).
use crate::model::{Diagnostic, Suggestion};

/// The text of one rewrite as shown to a reader.
pub fn shown<'a>(s: &'a Suggestion, removed: &'a str) -> &'a str {
    if s.text.is_empty() {
        removed
    } else {
        &s.text
    }
}

/// Every rewrite of `d`, shown, joined; `None` when it has none.
pub fn joined(d: &Diagnostic, removed: &str, one_line: bool) -> Option<String> {
    if d.suggestions.is_empty() {
        return None;
    }
    let texts: Vec<String> = d
        .suggestions
        .iter()
        .map(|s| {
            let t = shown(s, removed);
            if one_line {
                t.replace('\n', " ")
            } else {
                t.to_string()
            }
        })
        .collect();
    Some(texts.join(" · "))
}

/// The rewrites of `d` that have text (deletions left out), in order.
pub fn with_text(d: &Diagnostic) -> impl Iterator<Item = &str> {
    d.suggestions.iter().map(|s| s.text.as_str()).filter(|t| !t.is_empty())
}
