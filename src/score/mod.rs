//! The soft-message score: 0–100 per document, from the findings (weighted, per 100
//! words, so long and short posts compare fairly) and from what soft posts do. The
//! formula is here, in words in `output::labels` (`luwes score --explain`) and in
//! docs/SCORE.md; keep the three in step.
mod signals;

pub use signals::{detect, Signals};

pub use crate::model::Score;

use crate::model::{Category, Diagnostic, Severity};
use crate::text::document::Document;
use std::collections::BTreeMap;

/// Where a post with no findings and none of the soft signals lands.
pub const BASE: f64 = 70.0;
/// Points lost per weighted finding per 100 words.
pub const PENALTY_PER_POINT: f64 = 5.0;
/// Shorter texts count as this many words, so one slip in a two-line post is not fatal.
pub const MIN_WORDS: usize = 50;
pub const CREDIT_ADDRESS: f64 = 10.0;
pub const CREDIT_INVITATION: f64 = 10.0;
pub const CREDIT_DETAILS: f64 = 5.0;
pub const CREDIT_WARMTH: f64 = 5.0;
pub const CREDIT_SHORT: f64 = 5.0;
/// Mean words per sentence at or under which sentences count as short.
pub const SHORT_SENTENCE_WORDS: f64 = 15.0;

/// How much a finding of each severity counts, times its rule's weight.
pub fn severity_factor(s: Severity) -> f64 {
    match s {
        Severity::Info => 0.5,
        Severity::Warning => 1.0,
        Severity::Error => 2.0,
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Scores `doc` given its findings; `weight` gives each finding's rule weight.
pub fn score(doc: &Document, lang: &str, diagnostics: &[Diagnostic], weight: impl Fn(&Diagnostic) -> f64) -> Score {
    let words = doc.words.len();
    let per_100 = 100.0 / words.max(MIN_WORDS) as f64;
    let mut by_category: BTreeMap<Category, f64> = BTreeMap::new();
    for d in diagnostics {
        let points = weight(d) * severity_factor(d.severity) * per_100 * PENALTY_PER_POINT;
        *by_category.entry(d.category).or_default() += points;
    }
    by_category.values_mut().for_each(|v| *v = round1(*v));
    by_category.retain(|_, v| *v > 0.0);

    let s = detect(doc, lang);
    let mut credits = BTreeMap::new();
    let mut credit = |name, on: bool, points| {
        if on {
            credits.insert(name, points);
        }
    };
    credit("address", s.address, CREDIT_ADDRESS);
    credit("invitation", s.invitation, CREDIT_INVITATION);
    // Details earn credit when they serve an invitation (when and where to come, whom to
    // call): news-style reports of past events are full of dates and do not read softer.
    credit("details", s.details && s.invitation, CREDIT_DETAILS);
    credit("warmth", s.warmth, CREDIT_WARMTH);
    let short = s.mean_sentence_words > 0.0 && s.mean_sentence_words <= SHORT_SENTENCE_WORDS;
    credit("short_sentences", short, CREDIT_SHORT);

    let mut score = Score {
        value: 0,
        words,
        by_category,
        credits,
        verdict: "",
    };
    let raw = BASE - score.penalty() + score.credit();
    score.value = raw.clamp(0.0, 100.0).round() as u8;
    score.verdict = Score::verdict_of(score.value);
    score
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::mask::Format;

    fn diag(category: Category, severity: Severity) -> Diagnostic {
        Diagnostic {
            rule: "t/x".into(),
            category,
            severity,
            message: String::new(),
            span: 0..1,
            suggestions: Vec::new(),
        }
    }

    #[test]
    fn plain_text_without_findings_scores_base() {
        let doc = Document::new(
            "Rapat koordinasi lintas sektor tingkat kabupaten dilaksanakan oleh dinas terkait bersama seluruh perangkat daerah pada hari ini.",
            Format::Plain,
        );
        assert_eq!(score(&doc, "id", &[], |_| 1.0).value, BASE as u8);
    }

    #[test]
    fn findings_cost_per_100_words_with_a_floor() {
        let doc = Document::new("Peserta wajib hadir", Format::Plain);
        let s = score(&doc, "id", &[diag(Category::Imperative, Severity::Warning)], |_| 2.0);
        // 3 words count as MIN_WORDS: 2 x 1 x 100/50 x 5 = 20.
        assert_eq!(s.by_category[&Category::Imperative], 20.0);
        assert_eq!(s.value, (BASE - 20.0 + CREDIT_SHORT) as u8);
    }

    #[test]
    fn soft_signals_earn_credit() {
        let doc = Document::new(
            "Halo Sobat! Yuk, datang ke posyandu Sabtu, 12 Juli, pukul 08.00. Sudah siap?",
            Format::Plain,
        );
        let s = score(&doc, "id", &[], |_| 1.0);
        assert_eq!(s.credits.len(), 5, "{:?}", s.credits);
        assert_eq!(s.value, 100);
    }

    #[test]
    fn quoted_speech_and_mid_sentence_verbs_do_not_count() {
        let quoted = "“Kita harus bekerja keras,” kata kepala dinas dalam rapat koordinasi.";
        assert!(!detect(&Document::new(quoted, Format::Plain), "id").address);
        let verb = "Hasil cek kesehatan akan diumumkan.";
        assert!(!detect(&Document::new(verb, Format::Plain), "id").invitation);
        let opening = "Jangan lupa cek jadwalnya di kelurahan.";
        assert!(detect(&Document::new(opening, Format::Plain), "id").invitation);
    }

    #[test]
    fn a_lost_emoji_question_mark_is_not_a_question() {
        let doc = Document::new("Kegiatan tersebut dihadiri oleh pejabat daerah?", Format::Plain);
        assert!(!detect(&doc, "id").invitation);
    }
}
