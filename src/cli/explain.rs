//! `luwes explain RULE|CATEGORY`: finds the rule (by id, or by its name without the pack
//! prefix) or the category and prints its explanation (see `output::explain`); a name
//! that is neither gets the nearest rule ids as "did you mean" and exit 2.
use super::args::CommonArgs;
use super::lint::io_err;
use super::{msg, set_color, EXIT_ERROR, EXIT_OK};
use crate::check::Rule;
use crate::error::Error;
use crate::model::{Category, RuleMeta};
use std::io::Write;

pub fn run(id: &str, common: &CommonArgs, out: &mut dyn Write) -> Result<u8, Error> {
    set_color(common.color);
    let settings = super::settings(common)?;
    let labels = crate::output::labels::for_run(settings.lang, &[]);
    let (linter, errors) = super::linter(settings)?;
    errors.iter().for_each(super::report_error);
    let rules = &linter.rules.rules;
    // `luwes explain wajib` is what people type after reading `[id/wajib]`: accept a
    // name without its pack prefix when exactly one rule has it.
    let short: Vec<&Rule> = rules.iter().filter(|r| short_name(r.id()) == id).collect();
    let found = linter
        .rules
        .get(id)
        .or(if short.len() == 1 { Some(short[0]) } else { None });
    if let Some(rule) = found {
        crate::output::explain::print(out, &rule.meta, labels).map_err(io_err)?;
        return Ok(EXIT_OK);
    }
    if let Some(c) = Category::parse(id) {
        let members: Vec<&RuleMeta> = rules.iter().map(|r| &r.meta).filter(|m| m.category == c).collect();
        crate::output::explain::print_category(out, c, &members, labels).map_err(io_err)?;
        return Ok(EXIT_OK);
    }
    let ids: Vec<&str> = rules.iter().map(|r| r.id()).collect();
    let close = nearest(id, &ids);
    let hint = if close.is_empty() {
        msg().list_rules.to_string()
    } else {
        (msg().did_you_mean)(&close.join(", "))
    };
    super::report_error(&Error::new(format!("{}; {hint}", (msg().no_rule)(id))));
    Ok(EXIT_ERROR)
}

fn short_name(id: &str) -> &str {
    id.rsplit('/').next().unwrap_or(id)
}

/// The rule ids nearest to what was typed, by edit distance to the whole id or to its
/// name without the pack prefix, whichever is closer: at most three, only those close
/// enough to be a slip of the keyboard (a third of the word, at least two edits).
pub fn nearest<'a>(typed: &str, ids: &[&'a str]) -> Vec<&'a str> {
    let typed = typed.to_lowercase();
    let bound = (typed.chars().count() / 3).max(2);
    let mut scored: Vec<(usize, &str)> = ids
        .iter()
        .map(|id| (distance(&typed, id).min(distance(&typed, short_name(id))), *id))
        .filter(|(d, _)| *d <= bound)
        .collect();
    scored.sort();
    let best = scored.first().map(|(d, _)| *d);
    scored
        .into_iter()
        .filter(|(d, _)| Some(*d) == best || best.is_some_and(|b| *d <= b + 1))
        .take(3)
        .map(|(_, id)| id)
        .collect()
}

/// Levenshtein distance over characters, in two rows.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut row = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            row[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(row[j] + 1);
        }
        std::mem::swap(&mut prev, &mut row);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance() {
        assert_eq!(distance("wajib", "wajib"), 0);
        assert_eq!(distance("wajb", "wajib"), 1);
        assert_eq!(distance("wjaib", "wajib"), 2);
        assert_eq!(distance("", "abc"), 3);
    }

    #[test]
    fn a_slip_of_the_keyboard_finds_the_rule_and_nonsense_finds_nothing() {
        let ids = ["id/wajib", "id/dilarang", "id/harap", "en/must"];
        assert_eq!(nearest("id/wajb", &ids), vec!["id/wajib"]);
        assert_eq!(nearest("dilarng", &ids), vec!["id/dilarang"]);
        assert_eq!(nearest("HARAP", &ids), vec!["id/harap"]);
        assert!(nearest("zzzzzzzzzz", &ids).is_empty());
    }
}
