//! `luwes rules` (list what is in force) and `luwes rules test` (run rule examples).
use super::args::{CommonArgs, RulesAction};
use super::lint::io_err;
use super::{report_error, set_color, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::config::Lang;
use crate::diagnostic::Category;
use crate::engine::Linter;
use crate::error::Error;
use crate::rules::{load, selftest, Rule};
use colored::Colorize;
use std::io::Write;

pub fn run(
    action: Option<RulesAction>,
    category: Option<String>,
    common: &CommonArgs,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    set_color(common.color);
    match action {
        Some(RulesAction::Test { paths }) => test(&paths, common, out),
        None => list(category, common, out),
    }
}

fn list(category: Option<String>, common: &CommonArgs, out: &mut dyn Write) -> Result<u8, Error> {
    let category = match category.as_deref() {
        Some(c) => Some(Category::parse(c).ok_or_else(|| {
            let known: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
            Error::new(format!("unknown category `{c}` (known: {})", known.join(", ")))
        })?),
        None => None,
    };
    let settings = super::settings(common)?;
    let lang = match settings.lang {
        Lang::Id => Some("id"),
        Lang::En => Some("en"),
        Lang::Auto => None,
    };
    let (linter, errors) = Linter::new(settings)?;
    errors.iter().for_each(report_error);
    let rules: Vec<&Rule> = linter
        .rules
        .rules
        .iter()
        .filter(|r| lang.is_none_or(|l| r.meta.lang.as_deref().is_none_or(|rl| rl == l)))
        .filter(|r| category.is_none_or(|c| r.meta.category == c))
        .collect();
    let width = rules.iter().map(|r| r.id().len()).max().unwrap_or(4).max(4);
    let header = format!(
        "{:width$}  {:11}  {:8}  {:12}  {:12}  MESSAGE",
        "RULE", "CATEGORY", "SEVERITY", "KIND", "FIX"
    );
    writeln!(out, "{}", header.bold()).map_err(io_err)?;
    for r in &rules {
        let m = &r.meta;
        let fix = if r.is_fixable() {
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
        )
        .map_err(io_err)?;
    }
    writeln!(
        out,
        "\n{} rules; `luwes explain RULE` tells why each exists.",
        rules.len()
    )
    .map_err(io_err)?;
    Ok(if errors.is_empty() { EXIT_OK } else { EXIT_ERROR })
}

fn test(paths: &[std::path::PathBuf], common: &CommonArgs, out: &mut dyn Write) -> Result<u8, Error> {
    let (rules, errors): (Vec<Rule>, Vec<Error>) = if paths.is_empty() {
        let settings = super::settings(common)?;
        let (set, errors) = load::load(&settings.packs);
        (set.rules, errors)
    } else {
        let mut rules = Vec::new();
        let mut errors = Vec::new();
        for p in paths {
            let (r, e) = load::from_path(p);
            rules.extend(r);
            errors.extend(e);
        }
        (rules, errors)
    };
    errors.iter().for_each(report_error);
    let mut failures = Vec::new();
    let mut examples = 0;
    for rule in &rules {
        examples += rule.tests.len();
        failures.extend(selftest::run(rule));
    }
    for f in &failures {
        writeln!(out, "{} {f}", "FAIL".red().bold()).map_err(io_err)?;
    }
    let status = if failures.is_empty() && errors.is_empty() {
        "ok".green().bold()
    } else {
        "FAILED".red().bold()
    };
    writeln!(
        out,
        "{status}: {} rules, {examples} examples, {} failures, {} files that did not load",
        rules.len(),
        failures.len(),
        errors.len()
    )
    .map_err(io_err)?;
    Ok(if !errors.is_empty() {
        EXIT_ERROR
    } else if !failures.is_empty() {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}
