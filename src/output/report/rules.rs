//! The last part of the report: for each category that occurred, the rules that fired,
//! with the description a trainer reads aloud and its before/after lines set apart.
use super::html::escape;
use super::Page;
use crate::model::{Category, RuleMeta};
use crate::output::labels::Labels;
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
    let _ = writeln!(
        s,
        "<section class=\"rules\" id=\"rules\"><h2>{}</h2>",
        l.page.explanations
    );
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
            if let Some(rule) = page.rule(id) {
                description(s, l, rule);
                if let Some(src) = &rule.source {
                    let _ = write!(s, "<p class=\"source\">{}: {}</p>", l.page.source, escape(src));
                }
            }
            s.push_str("</article>\n");
        }
        s.push_str("</div>\n");
    }
    s.push_str("</section>\n");
}

/// The prose lines joined into one paragraph; before/after lines as a labelled pair; the
/// note on fix safety set small (it is for authors, not the room).
fn description(s: &mut String, l: &Labels, rule: &RuleMeta) {
    let e = rule.explanation();
    let _ = write!(s, "<p>{}</p>", escape(&e.prose.join(" ")));
    if !e.pairs.is_empty() {
        s.push_str("<div class=\"pair\">");
        for (before, text) in &e.pairs {
            let (class, label) = if *before {
                ("before", l.page.before)
            } else {
                ("after", l.page.after)
            };
            let _ = write!(s, "<p class=\"{class}\"><b>{label}:</b> {}</p>", escape(text));
        }
        s.push_str("</div>");
    }
    if !e.note.is_empty() {
        let note = l.rules.fix_note(&e.note.join(" "));
        let _ = write!(s, "<p class=\"note\">{}</p>", escape(&note));
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
        let rule = RuleMeta {
            id: "t/x".into(),
            lang: None,
            kind: "existence",
            category: Category::Formal,
            severity: crate::model::Severity::Warning,
            message: "m".into(),
            description: "Alasan satu.\nalasan dua.\nSebelum: A <b>\nSesudah: B\nPerbaikan otomatis: tidak\nada.\n"
                .into(),
            source: None,
            fix: crate::model::Applicability::DisplayOnly,
            weight: 1.0,
            applies_to: Vec::new(),
            quiet_in: Vec::new(),
            origin: "t/x.yaml".into(),
            tests: Vec::new(),
        };
        description(&mut s, &crate::output::labels::ID, &rule);
        assert!(s.starts_with("<p>Alasan satu. alasan dua.</p>"), "{s}");
        assert!(s.contains("<p class=\"before\"><b>Sebelum:</b> A &lt;b&gt;</p>"), "{s}");
        assert!(s.contains("<p class=\"after\"><b>Sesudah:</b> B</p>"), "{s}");
        assert!(
            s.ends_with("<p class=\"note\">Perbaikan otomatis: tidak ada.</p>"),
            "{s}"
        );
    }
}
