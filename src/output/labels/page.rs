//! The words of the workshop report page, in Indonesian and English. They are written
//! for the people in the room, so they say what a finding means, not what it is.
use super::Labels;
use crate::model::{Category, Severity};

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
    /// Drafts, counted: "3 draf".
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
    pub finding_word: &'static str,
    /// The header's office and date lines (`--office`, `--date`).
    pub office: &'static str,
    pub date: &'static str,
    /// The tools over the drafts: the filter box, the sort order and its choices
    /// (file order, lowest score, highest score, most findings, file name), and the count
    /// of drafts shown ("{n} of {total} drafts", filled in by the page's script).
    pub filter: &'static str,
    pub filter_hint: &'static str,
    pub sort: &'static str,
    pub sorts: [&'static str; 5],
    pub shown: &'static str,
    /// The collapsible block with a draft's whole text after `luwes fix --unsafe`.
    pub whole_after: &'static str,
    pub whole_after_note: &'static str,
}

pub(super) const PAGE_ID: PageLabels = PageLabels {
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
    finding_word: "temuan",
    office: "Instansi",
    date: "Tanggal",
    filter: "Saring draf",
    filter_hint: "id aturan, kategori, nama berkas, atau kata dalam draf",
    sort: "Urutkan",
    sorts: [
        "urutan berkas",
        "skor terendah dulu",
        "skor tertinggi dulu",
        "temuan terbanyak dulu",
        "nama berkas (A–Z)",
    ],
    shown: "{n} dari {total} draf ditampilkan",
    whole_after: "Seluruh draf sesudah semua saran diterapkan",
    whole_after_note: "Yang akan dibuat `luwes fix --unsafe`; baca lagi sebelum dipakai.",
};

pub(super) const PAGE_EN: PageLabels = PageLabels {
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
    finding_word: "findings",
    office: "Office",
    date: "Date",
    filter: "Filter drafts",
    filter_hint: "rule id, category, file name, or a word in the draft",
    sort: "Sort",
    sorts: [
        "file order",
        "lowest score first",
        "highest score first",
        "most findings first",
        "file name (A–Z)",
    ],
    shown: "{n} of {total} drafts shown",
    whole_after: "The whole draft with every suggestion applied",
    whole_after_note: "What `luwes fix --unsafe` would make of it; read it again before use.",
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
