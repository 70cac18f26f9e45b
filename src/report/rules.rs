//! The last part of the report: for each category that occurred, the rules that fired,
//! with the description a trainer reads aloud and its before/after lines set apart.
use super::html::escape;
use super::Page;
use crate::diagnostic::Category;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The fragment id of a rule's explanation: `id/wajib` → `rule-id-wajib`.
pub fn anchor(rule: &str) -> String {
    let safe: String = rule
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("rule-{safe}")
}

/// Which description lines are the before/after pair, in either language.
fn line_class(line: &str) -> Option<(&'static str, &str)> {
    for (prefix, class) in [
        ("Sebelum:", "before"),
        ("Before:", "before"),
        ("Sesudah:", "after"),
        ("After:", "after"),
    ] {
        if let Some(rest) = line.strip_prefix(prefix) {
            return Some((class, rest.trim()));
        }
    }
    None
}

pub fn explanations(s: &mut String, page: &Page) {
    let l = page.labels;
    // category → rule id → how often it fired, over every draft.
    let mut fired: BTreeMap<Category, BTreeMap<&str, usize>> = BTreeMap::new();
    for d in page.reports.iter().flat_map(|r| &r.diagnostics) {
        *fired.entry(d.category).or_default().entry(d.rule.as_str()).or_default() += 1;
    }
    if fired.is_empty() {
        return;
    }
    let _ = writeln!(s, "<section class=\"rules\" id=\"rules\"><h2>{}</h2>", l.explanations);
    for (category, rules) in &fired {
        let (name, blurb) = l.category(*category);
        let _ = writeln!(
            s,
            "<div class=\"category\"><h3>{name}</h3><p class=\"blurb\">{blurb}</p>"
        );
        for (id, count) in rules {
            let _ = write!(
                s,
                "<article class=\"rule\" id=\"{}\"><h4><code>{}</code> <span class=\"muted\">×{count}</span></h4>",
                anchor(id),
                escape(id)
            );
            if let Some(rule) = page.linter.rules.get(id) {
                description(s, l, &rule.meta.description);
                if let Some(src) = &rule.meta.source {
                    let _ = write!(s, "<p class=\"source\">{}: {}</p>", l.source, escape(src));
                }
            }
            s.push_str("</article>\n");
        }
        s.push_str("</div>\n");
    }
    s.push_str("</section>\n");
}

/// The prose lines joined into one paragraph; before/after lines as a labelled pair.
fn description(s: &mut String, l: &super::Labels, text: &str) {
    let (mut prose, mut note): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    let mut pairs = String::new();
    for line in text.lines().map(str::trim).filter(|t| !t.is_empty()) {
        // The fix-safety line (and its continuation) is for authors, not the room: set it small.
        if !note.is_empty() || line.starts_with("Perbaikan otomatis:") || line.starts_with("Fix safety:") {
            note.push(line);
            continue;
        }
        match line_class(line) {
            Some((class, rest)) => {
                let label = if class == "before" { l.before } else { l.after };
                let _ = write!(pairs, "<p class=\"{class}\"><b>{label}:</b> {}</p>", escape(rest));
            }
            None => prose.push(line),
        }
    }
    let _ = write!(s, "<p>{}</p>", escape(&prose.join(" ")));
    if !pairs.is_empty() {
        let _ = write!(s, "<div class=\"pair\">{pairs}</div>");
    }
    if !note.is_empty() {
        let _ = write!(s, "<p class=\"note\">{}</p>", escape(&note.join(" ")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_fragment_safe() {
        assert_eq!(anchor("id/wajib"), "rule-id-wajib");
        assert_eq!(anchor("x/\"<a>"), "rule-x---a-");
    }

    #[test]
    fn before_and_after_lines_are_set_apart() {
        let mut s = String::new();
        description(
            &mut s,
            &super::super::ID,
            "Alasan satu.\nalasan dua.\nSebelum: A <b>\nSesudah: B\nPerbaikan otomatis: tidak\nada.\n",
        );
        assert!(s.starts_with("<p>Alasan satu. alasan dua.</p>"), "{s}");
        assert!(s.contains("<p class=\"before\"><b>Sebelum:</b> A &lt;b&gt;</p>"), "{s}");
        assert!(s.contains("<p class=\"after\"><b>Sesudah:</b> B</p>"), "{s}");
        assert!(
            s.ends_with("<p class=\"note\">Perbaikan otomatis: tidak ada.</p>"),
            "{s}"
        );
    }
}
