//! Every word luwes prints for people, in Indonesian (the default) and English: one table
//! for the printers, the summaries, the fix report, the score table, the rule list and
//! explanations, and the workshop report; and one rule for which language a run gets
//! (`for_run`). Errors and notices on stderr are English, as the tools around luwes are.
mod page;

pub use page::PageLabels;

use crate::model::{FileReport, Lang};
use page::{PAGE_EN, PAGE_ID};

/// The labels of a run: English with `--lang en`, and with `--lang auto` when every text
/// was read as English; Indonesian otherwise, since that is who luwes is for.
pub fn for_run(lang: Lang, reports: &[FileReport]) -> &'static Labels {
    let en = match lang {
        Lang::En => true,
        Lang::Auto => !reports.is_empty() && reports.iter().all(|r| r.lang == "en"),
        Lang::Id => false,
    };
    if en {
        &EN
    } else {
        &ID
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

/// The words about rules. Rule files speak their pack's language, so these headings are
/// bilingual (or the rule files' own keywords) whatever the run's language.
pub struct RuleLabels {
    /// The rule list's columns: rule, category, severity, kind, fix, message.
    pub columns: [&'static str; 6],
    /// "{n} rules; `luwes explain RULE` tells why each exists."
    pub listed: fn(usize) -> String,
    /// "category: … · severity: … · kind: … · fix: … · weight: …"
    pub facts: fn(&str, &str, &str, &str, &str) -> String,
    pub examples: &'static str,
    pub source: &'static str,
    pub fix_safety: &'static str,
    /// `luwes rules test`: a failed example, and the tally's verdicts.
    pub fail: &'static str,
    pub ok: &'static str,
    pub failed: &'static str,
    /// "{rules} rules, {examples} examples, {failures} failures, {errors} files that did not load"
    pub tally: fn(usize, usize, usize, usize) -> String,
}

const RULE_WORDS: RuleLabels = RuleLabels {
    columns: ["RULE", "CATEGORY", "SEVERITY", "KIND", "FIX", "MESSAGE"],
    listed: |n| format!("{n} rules; `luwes explain RULE` tells why each exists."),
    facts: |category, severity, kind, fix, weight| {
        format!("category: {category} · severity: {severity} · kind: {kind} · fix: {fix} · weight: {weight}")
    },
    examples: "Contoh / examples",
    source: "Sumber / source",
    fix_safety: "Perbaikan otomatis / fix",
    fail: "FAIL",
    ok: "ok",
    failed: "FAILED",
    tally: |rules, examples, failures, errors| {
        format!("{rules} rules, {examples} examples, {failures} failures, {errors} files that did not load")
    },
};

/// "(0 error, 3 warning, 1 info)" in both languages: the rule files' own keywords.
fn by_severity(error: usize, warning: usize, info: usize) -> String {
    format!("({error} error, {warning} warning, {info} info)")
}

pub struct ScoreLabels {
    pub file: &'static str,
    pub score: &'static str,
    pub top_issues: &'static str,
    /// "Mean score {mean} over {files} files." and the pointer to `--explain`. Not yet
    /// translated: the table's words are English in both languages for now.
    pub mean: fn(f64, usize) -> String,
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
    score: SCORE_WORDS,
    rules: &RULE_WORDS,
    page: PAGE_ID,
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
    score: SCORE_WORDS,
    rules: &RULE_WORDS,
    page: PAGE_EN,
};

const SCORE_WORDS: ScoreLabels = ScoreLabels {
    file: "FILE",
    score: "SCORE",
    top_issues: "TOP ISSUES",
    mean: |mean, files| {
        format!("Mean score {mean:.0} over {files} files. `luwes score --explain` shows how it is computed.")
    },
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
