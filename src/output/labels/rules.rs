//! The words about rules: the `luwes rules` table, `luwes explain`, `luwes rules test`,
//! and a fix's safety in words (also in SARIF's rule help and the report's notes).
use crate::model::{Applicability, ExampleProblem};

/// The words about rules. The rule files' own keywords (`imperative`, `warning`, `safe`)
/// stay beside the translated words, so a rule author finds them in the files.
pub struct RuleLabels {
    /// The rule list's columns: rule, category, severity, kind, fix, message.
    pub columns: [&'static str; 6],
    /// "{n} rules; `luwes explain RULE` tells why each exists."
    pub listed: fn(usize) -> String,
    /// "category: … · severity: … · kind: … · fix: … · weight: …"
    pub facts: fn(&str, &str, &str, &str, &str) -> String,
    /// A fix's safety in words: safe, unsafe, display-only.
    pub fix_words: [&'static str; 3],
    pub examples: &'static str,
    pub source: &'static str,
    /// Before a fix's safety, as rule descriptions write it (`Perbaikan otomatis: unsafe`).
    pub fix_safety: &'static str,
    /// `luwes explain CATEGORY`: the heading over its rules.
    pub category_rules: &'static str,
    /// `luwes rules test`: a failed example, and the tally's verdicts.
    pub fail: &'static str,
    pub ok: &'static str,
    pub failed: &'static str,
    /// "{rules} rules, {examples} examples, {failures} failures, {errors} files that did not load"
    pub tally: fn(usize, usize, usize, usize) -> String,
    /// A failed example: the rule, the example's number (0: the rule as a whole) and what
    /// is wrong.
    pub failure: fn(&str, usize, &ExampleProblem) -> String,
}

pub(super) const RULE_WORDS_ID: RuleLabels = RuleLabels {
    columns: ["ATURAN", "KATEGORI", "TINGKAT", "JENIS", "PERBAIKAN", "PESAN"],
    listed: |n| format!("{n} aturan; `luwes explain ATURAN` menjelaskan alasan tiap aturan."),
    facts: |category, severity, kind, fix, weight| {
        format!("kategori: {category} · tingkat: {severity} · jenis: {kind} · perbaikan: {fix} · bobot: {weight}")
    },
    fix_words: ["aman", "perlu dibaca ulang", "tidak otomatis"],
    examples: "Contoh",
    source: "Sumber",
    fix_safety: "Perbaikan otomatis",
    category_rules: "Aturan dalam kategori ini",
    fail: "GAGAL",
    ok: "ok",
    failed: "GAGAL",
    tally: |rules, examples, failures, errors| {
        format!("{rules} aturan, {examples} contoh, {failures} gagal, {errors} berkas tidak termuat")
    },
    failure: failure_id,
};

pub(super) const RULE_WORDS_EN: RuleLabels = RuleLabels {
    columns: ["RULE", "CATEGORY", "SEVERITY", "KIND", "FIX", "MESSAGE"],
    listed: |n| format!("{n} rules; `luwes explain RULE` tells why each exists."),
    facts: |category, severity, kind, fix, weight| {
        format!("category: {category} · severity: {severity} · kind: {kind} · fix: {fix} · weight: {weight}")
    },
    fix_words: ["safe", "read it again", "not automatic"],
    examples: "Examples",
    source: "Source",
    fix_safety: "Fix safety",
    category_rules: "Rules in this category",
    fail: "FAIL",
    ok: "ok",
    failed: "FAILED",
    tally: |rules, examples, failures, errors| {
        format!("{rules} rules, {examples} examples, {failures} failures, {errors} files that did not load")
    },
    failure: |rule, test, p| match test {
        0 => format!("{rule}: {p}"),
        n => format!("{rule} (test {n}): {p}"),
    },
};

fn failure_id(rule: &str, test: usize, p: &ExampleProblem) -> String {
    use ExampleProblem as P;
    let what = match p {
        P::NoBadOrGood => "perlu paling sedikit satu contoh `bad` dan satu `good`".to_string(),
        P::FixUntested => {
            "menyatakan perbaikan, tetapi tidak ada contoh yang menunjukkannya (tambahkan `fixed:` ke contoh `bad`)"
                .to_string()
        }
        P::FixedWithoutFix => "ada contoh dengan `fixed:`, tetapi aturannya tidak memperbaiki apa pun".to_string(),
        P::WrongKind { kind, applies_to } => {
            let kinds: Vec<&str> = applies_to.iter().map(|k| k.as_str()).collect();
            format!(
                "contoh berjenis {kind}, tetapi aturannya hanya berlaku untuk {}",
                kinds.join(", ")
            )
        }
        P::GoodFlagged { at, message } => format!("contoh `good` ditandai di “{at}”: {message}"),
        P::Count { expected, got, text } => format!("diharapkan {expected} temuan, didapat {got}: {text:?}"),
        P::NotFlagged { text } => format!("contoh `bad` tidak ditandai: {text:?}"),
        P::FixGave { got, expected } => format!("perbaikan menghasilkan {got:?}, seharusnya {expected:?}"),
    };
    match test {
        0 => format!("{rule}: {what}"),
        n => format!("{rule} (contoh {n}): {what}"),
    }
}

impl RuleLabels {
    /// A fix's safety in words, with the rule files' keyword: "perlu dibaca ulang (unsafe)".
    pub fn fix(&self, a: Applicability) -> String {
        let word = match a {
            Applicability::Safe => self.fix_words[0],
            Applicability::Unsafe => self.fix_words[1],
            Applicability::DisplayOnly => self.fix_words[2],
        };
        format!("{word} ({})", a.as_str())
    }

    /// A rule description's fix-safety note in the run's language: the Indonesian packs
    /// write `Perbaikan otomatis: unsafe — …`, a keyword no reader of the page knows.
    pub fn fix_note(&self, note: &str) -> String {
        for prefix in ["Perbaikan otomatis:", "Fix safety:"] {
            if let Some(rest) = note.strip_prefix(prefix) {
                let rest = rest.trim_start();
                for a in [Applicability::Unsafe, Applicability::Safe, Applicability::DisplayOnly] {
                    if let Some(tail) = rest.strip_prefix(a.as_str()) {
                        if tail.is_empty() || tail.starts_with([' ', '.', ',', ';']) {
                            return format!("{}: {}{tail}", self.fix_safety, self.fix(a));
                        }
                    }
                }
                return format!("{}: {rest}", self.fix_safety);
            }
        }
        note.to_string()
    }
}
