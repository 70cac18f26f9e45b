//! `luwes explain RULE`: what a trainer reads aloud — why the rule exists, its examples
//! as before/after pairs, how safe its fix is, and where the guidance comes from; and
//! `luwes explain CATEGORY`: what the category is about and its rules.
use super::labels::Labels;
use crate::model::{Category, RuleMeta};
use colored::Colorize;
use std::io::{self, Write};

pub fn print(out: &mut dyn Write, m: &RuleMeta, labels: &Labels) -> io::Result<()> {
    let l = labels.rules;
    writeln!(out, "{}", m.id.bold())?;
    // The translated words first, the rule files' keywords in brackets for authors.
    let category = format!("{} ({})", labels.category(m.category).0, m.category.as_str());
    let severity = format!("{} ({})", labels.severity(m.severity), m.severity.as_str());
    let facts = (l.facts)(&category, &severity, m.kind, &l.fix(m.fix), &labels.points(m.weight));
    writeln!(out, "{facts}")?;
    writeln!(out)?;
    for line in m.description.lines() {
        writeln!(out, "  {}", l.fix_note(line))?;
    }
    writeln!(out)?;
    writeln!(out, "{}", format!("{}:", l.examples).bold())?;
    for t in &m.tests {
        if let Some(bad) = &t.bad {
            writeln!(out, "  {} {}", "✗".red().bold(), bad.replace('\n', "⏎ "))?;
            if let Some(fixed) = &t.fixed {
                writeln!(out, "  {} {}", "→".green().bold(), fixed.replace('\n', "⏎ "))?;
            }
        } else if let Some(good) = &t.good {
            writeln!(out, "  {} {}", "✓".green().bold(), good.replace('\n', "⏎ "))?;
        }
    }
    if let Some(source) = &m.source {
        writeln!(out)?;
        writeln!(out, "{} {source}", format!("{}:", l.source).bold())?;
    }
    Ok(())
}

/// `luwes explain CATEGORY`: the category's name and what it is about, then its rules.
pub fn print_category(out: &mut dyn Write, c: Category, rules: &[&RuleMeta], labels: &Labels) -> io::Result<()> {
    let (name, why) = labels.category(c);
    writeln!(out, "{} ({})", name.bold(), c.as_str())?;
    writeln!(out, "  {why}")?;
    writeln!(out)?;
    writeln!(out, "{}", format!("{}:", labels.rules.category_rules).bold())?;
    for m in rules {
        // `{match}` is filled in with what a post says; here there is no post.
        let message: String = m
            .message
            .replace('\n', " ")
            .replace("{match}", "…")
            .chars()
            .take(70)
            .collect();
        writeln!(out, "  {:24} {message}", m.id)?;
    }
    writeln!(out, "\n{}", (labels.rules.listed)(rules.len()))
}
