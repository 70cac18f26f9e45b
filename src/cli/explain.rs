//! `luwes explain RULE`: what a trainer reads aloud — why the rule exists, its examples
//! as before/after pairs, how safe its fix is, and where the guidance comes from.
use super::args::CommonArgs;
use super::lint::io_err;
use super::{set_color, EXIT_ERROR, EXIT_OK};
use crate::engine::Linter;
use crate::error::Error;
use crate::rules::Rule;
use colored::Colorize;
use std::io::Write;

pub fn run(id: &str, common: &CommonArgs, out: &mut dyn Write) -> Result<u8, Error> {
    set_color(common.color);
    let (linter, errors) = Linter::new(super::settings(common)?)?;
    errors.iter().for_each(super::report_error);
    // `luwes explain wajib` is what people type after reading `[id/wajib]`: accept a
    // name without its pack prefix when exactly one rule has it.
    let short: Vec<&Rule> = linter
        .rules
        .rules
        .iter()
        .filter(|r| r.id().rsplit('/').next() == Some(id))
        .collect();
    let found = linter
        .rules
        .get(id)
        .or(if short.len() == 1 { Some(short[0]) } else { None });
    let Some(rule) = found else {
        let close: Vec<&str> = linter
            .rules
            .rules
            .iter()
            .map(|r| r.id())
            .filter(|r| r.contains(id) || id.contains(r.rsplit('/').next().unwrap_or(r)))
            .take(5)
            .collect();
        let hint = if close.is_empty() {
            "run `luwes rules` to list them".to_string()
        } else {
            format!("did you mean {}?", close.join(", "))
        };
        super::report_error(&Error::new(format!("no rule `{id}`; {hint}")));
        return Ok(EXIT_ERROR);
    };
    write_explanation(out, rule).map_err(io_err)?;
    Ok(EXIT_OK)
}

pub fn write_explanation(out: &mut dyn Write, rule: &Rule) -> std::io::Result<()> {
    let m = &rule.meta;
    writeln!(out, "{}", m.id.bold())?;
    writeln!(
        out,
        "category: {} · severity: {} · kind: {} · fix: {} · weight: {}",
        m.category,
        m.severity,
        m.kind,
        m.fix.as_str(),
        crate::check::num(m.weight)
    )?;
    writeln!(out)?;
    for line in m.description.lines() {
        writeln!(out, "  {line}")?;
    }
    writeln!(out)?;
    writeln!(out, "{}", "Contoh / examples:".bold())?;
    for t in &rule.tests {
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
        writeln!(out, "{} {source}", "Sumber / source:".bold())?;
    }
    Ok(())
}
