//! `luwes rules`: the table of rules in force; `luwes rules test`: failed examples and the
//! tally. Rule ids, kinds and severities are the rule files' own words, so the table's
//! headings are too.
use crate::model::RuleMeta;
use colored::Colorize;
use std::io::{self, Write};

pub fn print(out: &mut dyn Write, rules: &[&RuleMeta]) -> io::Result<()> {
    let width = rules.iter().map(|r| r.id.len()).max().unwrap_or(4).max(4);
    let header = format!(
        "{:width$}  {:11}  {:8}  {:12}  {:12}  MESSAGE",
        "RULE", "CATEGORY", "SEVERITY", "KIND", "FIX"
    );
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
    writeln!(
        out,
        "\n{} rules; `luwes explain RULE` tells why each exists.",
        rules.len()
    )
}

/// What `luwes rules test` found: each failure, then the tally.
pub struct TestRun<'a> {
    pub rules: usize,
    pub examples: usize,
    pub failures: &'a [String],
    /// Rule files that did not load.
    pub errors: usize,
}

pub fn print_test(out: &mut dyn Write, run: &TestRun) -> io::Result<()> {
    for f in run.failures {
        writeln!(out, "{} {f}", "FAIL".red().bold())?;
    }
    let status = if run.failures.is_empty() && run.errors == 0 {
        "ok".green().bold()
    } else {
        "FAILED".red().bold()
    };
    writeln!(
        out,
        "{status}: {} rules, {} examples, {} failures, {} files that did not load",
        run.rules,
        run.examples,
        run.failures.len(),
        run.errors
    )
}
