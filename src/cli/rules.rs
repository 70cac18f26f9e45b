//! `luwes rules` (list what is in force) and `luwes rules test` (run rule examples).
use super::args::{CommonArgs, RulesAction};
use super::lint::io_err;
use super::{report_error, set_color, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::check::Rule;
use crate::engine::{rules, selftest};
use crate::error::Error;
use crate::model::{Category, RuleMeta};
use crate::output::labels;
use crate::output::rule_list::{self, TestRun};
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
            Error::new((super::msg().unknown_category)(c, &known.join(", ")))
        })?),
        None => None,
    };
    let settings = super::settings(common)?;
    let lang = settings.lang.code();
    let labels = labels::for_run(settings.lang, &[]);
    let (linter, errors) = super::linter(settings)?;
    errors.iter().for_each(report_error);
    let rules: Vec<&RuleMeta> = linter
        .rules
        .rules
        .iter()
        .map(|r| &r.meta)
        .filter(|m| lang.is_none_or(|l| m.lang.as_deref().is_none_or(|rl| rl == l)))
        .filter(|m| category.is_none_or(|c| m.category == c))
        .collect();
    rule_list::print(out, &rules, labels).map_err(io_err)?;
    Ok(if errors.is_empty() { EXIT_OK } else { EXIT_ERROR })
}

fn test(paths: &[std::path::PathBuf], common: &CommonArgs, out: &mut dyn Write) -> Result<u8, Error> {
    // The config is read only when the rules in force are tested.
    let labels = labels::for_run(common.lang.unwrap_or_default(), &[]);
    let (rules, errors): (Vec<Rule>, Vec<Error>) = if paths.is_empty() {
        let settings = super::settings(common)?;
        let (set, errors) = rules::load(super::packs::read_all(&settings.packs, settings.pack_root.as_deref()));
        (set.rules, errors)
    } else {
        let mut rules = Vec::new();
        let mut errors = Vec::new();
        for p in paths {
            let (r, e) = rules::compile_pack(super::packs::read(p, None));
            rules.extend(r);
            errors.extend(e);
        }
        (rules, errors)
    };
    errors.iter().for_each(report_error);
    let failures: Vec<String> = rules
        .iter()
        .flat_map(selftest::run)
        .map(|f| (labels.rules.failure)(&f.rule, f.test, &f.problem))
        .collect();
    let run = TestRun {
        rules: rules.len(),
        examples: rules.iter().map(|r| r.meta.tests.len()).sum(),
        failures: &failures,
        errors: errors.len(),
    };
    rule_list::print_test(out, &run, labels).map_err(io_err)?;
    Ok(if !errors.is_empty() {
        EXIT_ERROR
    } else if !failures.is_empty() {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}
