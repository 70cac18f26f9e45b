//! SARIF `reportingDescriptor`s: how a luwes rule is described to code scanning — a readable
//! name, a one-line and a full description, and help built from the rule's own examples.
use super::level;
use crate::model::{Diagnostic, RuleMeta};
use crate::output::labels::RuleLabels;
use serde_json::{json, Value};

/// `id/agar-segera` → `AgarSegera`: SARIF's `name` is a readable identifier, distinct from the id.
fn rule_name(id: &str) -> String {
    let last = id.rsplit('/').next().unwrap_or(id);
    last.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// The first sentence of a rule's description: what a viewer shows on one line. A stop
/// inside quotes or parentheses (`("PERHATIAN!! …")`) does not end the sentence.
fn first_sentence(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let (mut depth, mut quoted) = (0i32, false);
    for (i, c) in flat.char_indices() {
        match c {
            '(' | '“' => depth += 1,
            ')' | '”' => depth -= 1,
            '"' => quoted = !quoted,
            '.' | '!' | '?' if depth <= 0 && !quoted && flat[i + 1..].starts_with(' ') => {
                return flat[..=i].to_string();
            }
            _ => {}
        }
    }
    flat
}

/// Markdown-escapes prose so that `*`, `_` or `#` in an example stay literal.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>#|".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `help` in text and Markdown: the description, the rule's own examples as before/after,
/// how safe its rewrite is and where the guidance comes from (what `luwes explain` prints).
fn help(m: &RuleMeta, l: &RuleLabels) -> (String, String) {
    let description = m.description.trim();
    let mut text = format!("{description}\n");
    let mut markdown = format!("**{}** ({}, {})\n\n", m.id, m.category, m.severity);
    // A line that ends a sentence ("Sebelum: …") keeps its break; wrapped prose flows.
    for line in description.lines() {
        let hard = line.trim_end().ends_with(['.', '!', '?', ':', '…']);
        markdown.push_str(&md(line.trim_end()));
        markdown.push_str(if hard { "  \n" } else { "\n" });
    }
    let one_line = |s: &String| s.trim().replace('\n', " ⏎ ");
    let mut examples = Vec::new();
    for t in &m.tests {
        match (&t.bad, &t.fixed, &t.good) {
            (Some(bad), Some(fixed), _) => examples.push(("✗", one_line(bad), Some(one_line(fixed)))),
            (Some(bad), None, _) => examples.push(("✗", one_line(bad), None)),
            (None, _, Some(good)) => examples.push(("✓", one_line(good), None)),
            _ => {}
        }
    }
    if !examples.is_empty() {
        text.push_str(&format!("\n{}:\n", l.examples));
        markdown.push_str(&format!("\n**{}**\n\n", l.examples));
        for (mark, example, fixed) in &examples {
            text.push_str(&format!("  {mark} {example}\n"));
            markdown.push_str(&format!("- {mark} {}", md(example)));
            if let Some(fixed) = fixed {
                text.push_str(&format!("  → {fixed}\n"));
                markdown.push_str(&format!(" → {}", md(fixed)));
            }
            markdown.push('\n');
        }
    }
    let fix = format!("\n{}: {}\n", l.fix_safety, l.fix(m.fix));
    text.push_str(&fix);
    markdown.push_str(&fix);
    if let Some(source) = &m.source {
        text.push_str(&format!("{}: {source}\n", l.source));
        markdown.push_str(&format!("\n{}: {}\n", l.source, md(source)));
    }
    (text, markdown)
}

pub(super) fn for_rule(m: &RuleMeta, l: &RuleLabels) -> Value {
    let (help_text, help_markdown) = help(m, l);
    let short = Some(first_sentence(&m.description))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| m.id.clone());
    json!({
        "id": m.id,
        "name": rule_name(&m.id),
        "shortDescription": { "text": short },
        "fullDescription": { "text": if m.description.trim().is_empty() { short.as_str() } else { m.description.trim() } },
        "help": { "text": help_text, "markdown": help_markdown },
        "defaultConfiguration": { "level": level(m.severity) },
        "properties": { "tags": ["luwes", m.category.as_str()], "kind": m.kind, "fix": m.fix.as_str() },
    })
}

/// A descriptor for a finding whose rule is not in the list given (e.g. the config's
/// `vocab.reject`), so that every `ruleId` still resolves to a rule.
pub(super) fn unlisted(id: &str, d: &Diagnostic) -> Value {
    let text = format!("Finding of `{id}`, a rule defined by this project's configuration.");
    json!({
        "id": id,
        "name": rule_name(id),
        "shortDescription": { "text": text },
        "fullDescription": { "text": text },
        "help": { "text": text, "markdown": text },
        "defaultConfiguration": { "level": level(d.severity) },
        "properties": { "tags": ["luwes", d.category.as_str()] },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_short_descriptions() {
        assert_eq!(rule_name("id/agar-segera"), "AgarSegera");
        assert_eq!(first_sentence("Satu dua.\nTiga. Empat"), "Satu dua.");
        assert_eq!(first_sentence("Tanpa titik"), "Tanpa titik");
        assert_eq!(first_sentence("Versi 2.1 baru. Lagi"), "Versi 2.1 baru.");
        assert_eq!(
            first_sentence("Kapital (\"AWAS!! Baca\") lelah. Dua"),
            "Kapital (\"AWAS!! Baca\") lelah."
        );
    }
}
