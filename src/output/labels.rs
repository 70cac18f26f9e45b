//! Every word luwes prints for people, in Indonesian (the default) and English: one table
//! for the printers, the summaries, the fix report, the score table and the workshop
//! report, and one rule for which language a run gets (`for_run`).
use crate::model::{Category, FileReport, Lang, Severity};

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
    /// "with" / "more with", before a command: `3 with `luwes fix` (2 more with …)`.
    pub with: &'static str,
    pub more_with: &'static str,
    /// `luwes fix`'s report.
    pub fix: FixLabels,
    /// `luwes score`'s table.
    pub score: ScoreLabels,
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

pub struct ScoreLabels {
    pub file: &'static str,
    pub score: &'static str,
    pub top_issues: &'static str,
    /// "Mean score {mean} over {files} files." and the pointer to `--explain`. Not yet
    /// translated: the table's words are English in both languages for now.
    pub mean: fn(f64, usize) -> String,
}

pub struct PageLabels {
    pub title: &'static str,
    pub subtitle: &'static str,
    pub summary: &'static str,
    pub drafts: &'static str,
    pub findings: &'static str,
    pub mean_score: &'static str,
    pub by_category: &'static str,
    pub distribution: &'static str,
    pub chart_none: &'static str,
    pub draft_count: &'static str,
    pub score: &'static str,
    pub words: &'static str,
    pub no_findings: &'static str,
    pub suggestion: &'static str,
    pub lost: &'static str,
    pub earned: &'static str,
    pub legend: &'static str,
    pub legend_fill: &'static str,
    pub legend_line_sample: &'static str,
    pub legend_number: &'static str,
    pub hint: &'static str,
    pub explanations: &'static str,
    pub source: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    pub back: &'static str,
    pub footer: &'static str,
    pub bands: [&'static str; 3],
    /// What `luwes report` says once the page is written: "… to FILE (3 drafts, 5 findings)".
    pub written: &'static str,
    pub draft_word: &'static str,
    pub finding_word: &'static str,
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

const PAGE_ID: PageLabels = PageLabels {
    title: "Laporan Lokakarya Pesan Luwes",
    subtitle: "Draf unggahan media sosial, temuan, dan saran penulisan ulang yang lebih hangat",
    summary: "Ringkasan",
    drafts: "Draf",
    findings: "Temuan",
    mean_score: "Skor rata-rata",
    by_category: "Temuan per kategori",
    distribution: "Sebaran skor",
    chart_none: "Tidak ada temuan. Semua draf sudah luwes!",
    draft_count: "draf",
    score: "Skor",
    words: "kata",
    no_findings: "Tidak ada temuan. Draf ini sudah luwes.",
    suggestion: "Saran",
    lost: "Poin hilang",
    earned: "Poin plus",
    legend: "Keterangan warna",
    legend_fill: "— warna latar menandai frasa.",
    legend_line_sample: "Garis bawah",
    legend_number: "menandai kalimat atau seluruh draf; nomor merujuk ke daftar temuan di bawah teks.",
    hint: "Arahkan kursor atau ketuk bagian yang ditandai untuk melihat pesan dan sarannya.",
    explanations: "Penjelasan aturan",
    source: "Sumber",
    before: "Sebelum",
    after: "Sesudah",
    back: "kembali ke teks",
    footer: "Dibuat dengan luwes. Skor 0–100: makin tinggi, makin luwes. `luwes score --explain` menjelaskan rumusnya.",
    bands: ["kaku", "cukup", "luwes"],
    written: "Laporan ditulis ke",
    draft_word: "draf",
    finding_word: "temuan",
};

const PAGE_EN: PageLabels = PageLabels {
    title: "Soft-Message Workshop Report",
    subtitle: "Social-media drafts, findings, and warmer rewrites",
    summary: "Summary",
    drafts: "Drafts",
    findings: "Findings",
    mean_score: "Mean score",
    by_category: "Findings by category",
    distribution: "Score distribution",
    chart_none: "No findings. Every draft already reads warm!",
    draft_count: "drafts",
    score: "Score",
    words: "words",
    no_findings: "No findings. This draft already reads warm.",
    suggestion: "Suggestion",
    lost: "Points lost",
    earned: "Points earned",
    legend: "Colour key",
    legend_fill: "— a background marks a phrase.",
    legend_line_sample: "An underline",
    legend_number: "marks a sentence or the whole draft; numbers point to the list of findings under the text.",
    hint: "Hover over or tap a highlighted passage to see the message and the suggested rewrite.",
    explanations: "Rule explanations",
    source: "Source",
    before: "Before",
    after: "After",
    back: "back to the text",
    footer: "Made with luwes. Scores run 0–100: higher reads warmer. `luwes score --explain` shows the formula.",
    bands: ["stiff", "fair", "warm"],
    written: "Report written to",
    draft_word: "drafts",
    finding_word: "findings",
};

impl Labels {
    pub fn severity(&self, s: Severity) -> &'static str {
        match (self.lang, s) {
            ("id", Severity::Error) => "perlu diubah",
            ("id", Severity::Warning) => "sebaiknya diubah",
            ("id", Severity::Info) => "pertimbangkan",
            (_, Severity::Error) => "must change",
            (_, Severity::Warning) => "should change",
            (_, Severity::Info) => "consider",
        }
    }

    /// A category's name and the one line a trainer says about it.
    pub fn category(&self, c: Category) -> (&'static str, &'static str) {
        let id = self.lang == "id";
        let pick = |a, b| if id { a } else { b };
        match c {
            Category::Imperative => (
                pick("Nada memerintah", "Commanding tone"),
                pick(
                    "Perintah dari atas membuat warga menjauh; ajak, jangan menyuruh.",
                    "Orders from above push people away; invite instead.",
                ),
            ),
            Category::Formal => (
                pick("Bahasa surat dinas", "Official-letter style"),
                pick(
                    "Formula surat resmi terasa kaku di media sosial.",
                    "Letter formulas read stiff on social media.",
                ),
            ),
            Category::Structural => (
                pick("Susunan pesan", "Structure"),
                pick(
                    "Pokok pesan harus mudah ditemukan.",
                    "The point should be easy to find.",
                ),
            ),
            Category::Inclusive => (
                pick("Bahasa inklusif", "Inclusive language"),
                pick(
                    "Kata yang bisa menyinggung atau mengecualikan sebagian warga.",
                    "Words that may hurt or leave people out.",
                ),
            ),
            Category::Listening => (
                pick("Budaya mendengar", "Culture of listening"),
                pick(
                    "Beri warga pintu untuk bertanya dan bersuara.",
                    "Give people a way to ask and be heard.",
                ),
            ),
            Category::Serving => (
                pick("Budaya melayani", "Culture of serving"),
                pick(
                    "Jelaskan cara, tempat, dan waktu layanan.",
                    "Say how, where and when the service is.",
                ),
            ),
            Category::Readability => (
                pick("Keterbacaan", "Readability"),
                pick(
                    "Kalimat panjang dan huruf kapital melelahkan pembaca.",
                    "Long sentences and capitals tire readers.",
                ),
            ),
            Category::Spelling => (
                pick("Ejaan", "Spelling"),
                pick(
                    "Ejaan tidak baku mengurangi kepercayaan.",
                    "Non-standard spelling costs trust.",
                ),
            ),
        }
    }

    /// What a score credit rewards (see `score::score`).
    pub fn credit(&self, name: &str) -> String {
        let id = self.lang == "id";
        let s = match name {
            "address" => {
                if id {
                    "menyapa pembaca"
                } else {
                    "speaks to the reader"
                }
            }
            "invitation" => {
                if id {
                    "mengajak atau bertanya"
                } else {
                    "invites or asks"
                }
            }
            "details" => {
                if id {
                    "detail yang jelas"
                } else {
                    "clear details"
                }
            }
            "warmth" => {
                if id {
                    "terasa hangat"
                } else {
                    "sounds warm"
                }
            }
            "short_sentences" => {
                if id {
                    "kalimat pendek"
                } else {
                    "short sentences"
                }
            }
            other => other,
        };
        s.to_string()
    }

    /// Points as people here write numbers: `12,5` in Indonesian, `12.5` in English.
    pub fn points(&self, v: f64) -> String {
        let s = format!("{:.1}", v);
        let s = s.strip_suffix(".0").unwrap_or(&s);
        if self.lang == "id" {
            s.replace('.', ",")
        } else {
            s.to_string()
        }
    }

    /// The band a score falls in, as a CSS class and a word: same cut-offs as `luwes score`.
    pub fn band(&self, value: u8) -> (&'static str, &'static str) {
        match value {
            70.. => ("good", self.page.bands[2]),
            40..=69 => ("fair", self.page.bands[1]),
            _ => ("poor", self.page.bands[0]),
        }
    }
}
