//! The names people read for the rule files' keywords: severities, categories (the
//! same in the score table, the report and `explain`), score credits, points and bands.
use super::Labels;
use crate::model::{Category, Severity};

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
