//! `luwes rules`: the table of rules in force; `luwes rules test`: failed examples and the
//! tally.
use super::labels::Labels;
use crate::model::RuleMeta;
use colored::Colorize;
use std::io::{self, Write};

pub fn print(out: &mut dyn Write, rules: &[&RuleMeta], labels: &Labels) -> io::Result<()> {
    let l = labels.rules;
    let width = rules.iter().map(|r| r.id.len()).max().unwrap_or(4).max(4);
    let [rule, category, severity, kind, fix, message] = l.columns;
    let header = format!("{rule:width$}  {category:11}  {severity:8}  {kind:12}  {fix:12}  {message}");
    writeln!(out, "{}", header.bold())?;
    for m in rules {
        let fix = if m.is_fixable() {
            format!("[*] {}", m.fix.as_str())
        } else {
            "-".to_string()
        };
        let message: String = m.message.replace('\n', " ").chars().take(60).collect();
        writeln!(
            out,
            "{:width$}  {:11}  {:8}  {:12}  {:12}  {}",
            m.id,
            m.category.as_str(),
            m.severity.as_str(),
            m.kind,
            fix,
            message
        )?;
    }
    writeln!(out, "\n{}", (l.listed)(rules.len()))
}

/// What `luwes rules test` found: each failure, then the tally.
pub struct TestRun<'a> {
    pub rules: usize,
    pub examples: usize,
    pub failures: &'a [String],
    /// Rule files that did not load.
    pub errors: usize,
}

pub fn print_test(out: &mut dyn Write, run: &TestRun, labels: &Labels) -> io::Result<()> {
    let l = labels.rules;
    for f in run.failures {
        writeln!(out, "{} {f}", l.fail.red().bold())?;
    }
    let status = if run.failures.is_empty() && run.errors == 0 {
        l.ok.green().bold()
    } else {
        l.failed.red().bold()
    };
    let tally = (l.tally)(run.rules, run.examples, run.failures.len(), run.errors);
    writeln!(out, "{status}: {tally}")
}
