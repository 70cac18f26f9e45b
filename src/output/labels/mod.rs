//! Every word luwes prints for people, in Indonesian (the default) and English: one table
//! for the printers, the summaries, the fix report, the score table, the rule list and
//! explanations, and the workshop report; and one rule for which language a run gets
//! (`for_run`), with the language people asked for (`set_ui`, from `--lang`, `LUWES_LANG`
//! or the locale) as the default. Help text is in `help`, errors and notices in `messages`.
mod calendar;
pub mod help;
pub mod messages;
mod names;
mod page;
mod rules;
mod score;

pub use calendar::CalendarLabels;
pub use page::PageLabels;

use crate::model::{FileReport, Lang};
use calendar::{CALENDAR_EN, CALENDAR_ID};
use page::{PAGE_EN, PAGE_ID};
pub use rules::RuleLabels;
use rules::{RULE_WORDS_EN, RULE_WORDS_ID};
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether people asked for English (`set_ui`); one switch for the process, set once
/// at start-up before anything is printed.
static ENGLISH: AtomicBool = AtomicBool::new(false);

/// Sets the language people asked for: English for `Lang::En`, Indonesian otherwise.
pub fn set_ui(lang: Lang) {
    ENGLISH.store(lang == Lang::En, Ordering::Relaxed);
}

/// The labels in the language people asked for (Indonesian unless `set_ui` said English).
pub fn ui() -> &'static Labels {
    if ENGLISH.load(Ordering::Relaxed) {
        &EN
    } else {
        &ID
    }
}

/// The labels of a run: English with `--lang en`, and with `--lang auto` when every text
/// was read as English; Indonesian with `--lang id`; otherwise the language people asked
/// for (`ui`), Indonesian unless they said English.
pub fn for_run(lang: Lang, reports: &[FileReport]) -> &'static Labels {
    match lang {
        Lang::En => &EN,
        Lang::Id => &ID,
        Lang::Auto if !reports.is_empty() && reports.iter().all(|r| r.lang == "en") => &EN,
        Lang::Auto => ui(),
    }
}

/// The words of one language.
pub struct Labels {
    /// Language code, also the report page's `lang`.
    pub lang: &'static str,
    /// Before a finding's rewrites: `= saran: …`.
    pub suggestion: &'static str,
    /// A rewrite that deletes the match.
    pub removed: &'static str,
    pub found: &'static str,
    pub problems: &'static str,
    pub in_files: &'static str,
    pub of: &'static str,
    pub files: &'static str,
    pub clean: &'static str,
    pub fixable: &'static str,
    /// "(0 error, 3 warning, 1 info)": severities are named as rule files spell them.
    pub by_severity: fn(usize, usize, usize) -> String,
    /// "with" / "more with", before a command: `3 with `luwes fix` (2 more with …)`.
    pub with: &'static str,
    pub more_with: &'static str,
    /// `luwes fix`'s report.
    pub fix: FixLabels,
    /// `luwes score`'s table.
    pub score: ScoreLabels,
    /// `luwes rules`, `luwes explain` and SARIF's rule help.
    pub rules: &'static RuleLabels,
    /// The workshop report page and what `luwes report` says about it.
    pub page: PageLabels,
    /// What luwes says after `error:` and `note:`.
    pub msg: &'static messages::Messages,
    /// The words of the help pages and error lines around the table in `help`.
    pub words: &'static help::HelpWords,
    /// Content calendars: cells and the report's trends.
    pub calendar: CalendarLabels,
}

pub struct FixLabels {
    pub fixed: &'static str,
    pub would_fix: &'static str,
    pub not_written: &'static str,
    pub rewrites: &'static str,
    pub nothing_left: &'static str,
    pub left: &'static str,
    /// "{n} fixed in {files} of {total} files; {left} remaining" (`would`: not written).
    pub total: fn(usize, bool, usize, usize, usize) -> String,
}

/// "(0 error, 3 warning, 1 info)" in both languages: the rule files' own keywords.
fn by_severity(error: usize, warning: usize, info: usize) -> String {
    format!("({error} error, {warning} warning, {info} info)")
}

/// The score's constants, for the text of `luwes score --explain` (the formula is
/// `score`'s; the words are here).
pub struct ScoreFacts {
    pub base: f64,
    pub min_words: usize,
    pub per_point: f64,
    pub address: f64,
    pub invitation: f64,
    pub warmth: f64,
    pub details: f64,
    pub short: f64,
    pub short_words: f64,
}

pub struct ScoreLabels {
    pub file: &'static str,
    pub score: &'static str,
    pub top_issues: &'static str,
    /// "Mean score {mean} over {files} files." and the pointer to `--explain`.
    pub mean: fn(f64, usize) -> String,
    /// `luwes score --explain`.
    pub explain: fn(&ScoreFacts) -> String,
}

pub const ID: Labels = Labels {
    lang: "id",
    suggestion: "saran",
    removed: "(hapus)",
    found: "Ditemukan",
    problems: "temuan",
    in_files: "di",
    of: "dari",
    files: "berkas",
    clean: "Tidak ada temuan",
    fixable: "bisa diperbaiki otomatis",
    by_severity,
    with: "dengan",
    more_with: "lagi dengan",
    fix: FixLabels {
        fixed: "Diperbaiki",
        would_fix: "Akan diperbaiki",
        not_written: "Tidak ditulis",
        rewrites: "perbaikan",
        nothing_left: "tidak ada temuan tersisa",
        left: "tersisa",
        total: |n, would, files, all, left| {
            let verb = if would { "akan diperbaiki" } else { "diperbaiki" };
            format!("{n} {verb} di {files} dari {all} berkas; {left} temuan tersisa")
        },
    },
    score: score::SCORE_ID,
    rules: &RULE_WORDS_ID,
    page: PAGE_ID,
    msg: &messages::MESSAGES_ID,
    words: &help::WORDS_ID,
    calendar: CALENDAR_ID,
};

pub const EN: Labels = Labels {
    lang: "en",
    suggestion: "suggestion",
    removed: "(remove)",
    found: "Found",
    problems: "problems",
    in_files: "in",
    of: "of",
    files: "files",
    clean: "No problems found",
    fixable: "have an automatic rewrite",
    by_severity,
    with: "with",
    more_with: "more with",
    fix: FixLabels {
        fixed: "Fixed",
        would_fix: "Would fix",
        not_written: "Not written",
        rewrites: "rewrites",
        nothing_left: "nothing remains",
        left: "remaining",
        total: |n, would, files, all, left| {
            let verb = if would { "would be fixed" } else { "fixed" };
            format!("{n} {verb} in {files} of {all} files; {left} remaining")
        },
    },
    score: score::SCORE_EN,
    rules: &RULE_WORDS_EN,
    page: PAGE_EN,
    msg: &messages::MESSAGES_EN,
    words: &help::WORDS_EN,
    calendar: CALENDAR_EN,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::span::LineIndex;
    use crate::model::{Score, TextKind};

    fn report(lang: &str) -> FileReport {
        FileReport {
            path: "p.txt".into(),
            source: String::new(),
            lines: LineIndex::new(""),
            lang: lang.into(),
            kind: TextKind::Post,
            diagnostics: Vec::new(),
            score: Score {
                value: 70,
                words: 0,
                by_category: Default::default(),
                credits: Default::default(),
                verdict: "cukup",
            },
            cell: None,
        }
    }

    #[test]
    fn one_rule_picks_the_language_of_a_run() {
        let (id, en) = (report("id"), report("en"));
        assert_eq!(for_run(Lang::En, std::slice::from_ref(&id)).lang, "en");
        assert_eq!(for_run(Lang::Id, std::slice::from_ref(&en)).lang, "id");
        assert_eq!(for_run(Lang::Auto, &[en.clone(), en.clone()]).lang, "en");
        assert_eq!(for_run(Lang::Auto, &[en, id]).lang, "id");
        assert_eq!(for_run(Lang::Auto, &[]).lang, "id");
    }
}
