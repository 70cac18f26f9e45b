//! `luwes explain RULE`: what a trainer reads aloud — why the rule exists, its examples
//! as before/after pairs, how safe its fix is, and where the guidance comes from. The
//! headings are bilingual on purpose: rule descriptions are written in their pack's language.
use super::labels::Labels;
use crate::model::{num, RuleMeta};
use colored::Colorize;
use std::io::{self, Write};

pub fn print(out: &mut dyn Write, m: &RuleMeta, labels: &Labels) -> io::Result<()> {
    let l = labels.rules;
    writeln!(out, "{}", m.id.bold())?;
    let facts = (l.facts)(
        m.category.as_str(),
        m.severity.as_str(),
        m.kind,
        m.fix.as_str(),
        &num(m.weight),
    );
    writeln!(out, "{facts}")?;
    writeln!(out)?;
    for line in m.description.lines() {
        writeln!(out, "  {line}")?;
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
