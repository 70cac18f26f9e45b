//! What soft posts do, detected with short word lists: speak to the reader, invite or
//! ask, give concrete details (when, where, how to reach us), keep sentences short.
//! Deliberately plain lists, so a trainer can read them and a post can earn each credit
//! by doing the thing, not by gaming a model.
use crate::document::Document;
use regex::Regex;
use std::sync::LazyLock;

/// Words that speak to the reader directly.
const ADDRESS_ID: &[&str] = &[
    "kamu",
    "kalian",
    "anda",
    "sobat",
    "sahabat",
    "teman-teman",
    "temen-temen",
    "kawan",
    "kawan-kawan",
    "gaes",
    "guys",
    "sedulur",
    "dulur",
    "lur",
    "kak",
    "kakak",
    "warganet",
    "netizen",
    "lo",
    "lu",
    "elo",
    "gue",
];
const ADDRESS_EN: &[&str] = &[
    "you", "your", "yours", "you're", "you'll", "yourself", "everyone", "folks",
];
/// Words ending in `-mu` that are not "your …".
const NOT_MU: &[&str] = &[
    "ilmu", "temu", "bertemu", "ketemu", "jamu", "tamu", "bertamu", "ramu", "meramu", "jemu", "kemu", "semu", "ngilmu",
];

/// Words that invite the reader to do something with us.
const INVITE_ID: &[&str] = &[
    "yuk",
    "yuks",
    "ayo",
    "ayok",
    "ayuk",
    "mari",
    "kuy",
    "cek",
    "simak",
    "tonton",
    "kunjungi",
    "bagikan",
    "share",
    "komen",
    "komentar",
    "ceritakan",
    "tag",
    "mention",
    "follow",
    "ikuti",
    "daftar",
    "gabung",
    "hubungi",
    "dm",
];
const INVITE_EN: &[&str] = &[
    "let's", "join", "share", "tell", "comment", "visit", "check", "follow", "reply", "ask",
];
/// Words that make a sentence ending in `?` a real question (the captions in the wild
/// also carry `?` where an emoji was lost, so the mark alone proves nothing).
const QUESTION_ID: &[&str] = &[
    "apa",
    "apakah",
    "siapa",
    "kapan",
    "mana",
    "bagaimana",
    "gimana",
    "berapa",
    "mengapa",
    "kenapa",
    "ya",
    "kan",
    "dong",
    "nih",
    "sudah",
    "udah",
    "belum",
    "bisa",
    "mau",
    "pernah",
];
const QUESTION_EN: &[&str] = &[
    "what", "who", "when", "where", "how", "why", "which", "do", "did", "have", "can", "will",
];

static DETAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        \b\d{1,2}\s+(?:jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)\p{L}*\b   # 17 Agustus
        | \b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b                           # 17/08/2025
        | \b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b
        | \b(?:pukul|jam|pkl)\.?\s*\d                                    # pukul 08.00
        | \b\d{1,2}[.:]\d{2}\s*(?:wib|wita|wit)\b
        | \b(?:jl|jln|jalan|lokasi|alamat|gedung|balai|aula|lapangan|kantor|kelurahan|kecamatan|desa|puskesmas)\b\.?\s+\p{Lu}
        | (?:\+62|\b0)8\d[\d\s-]{6,}\d                                   # phone / WhatsApp
        | \bwa\.me/|\bhttps?://|\b[\w.+-]+@[\w-]+\.[\w.]+                 # link, e-mail
        ",
    )
    .expect("detail regex is valid")
});

/// The signals found in one document.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Signals {
    pub address: bool,
    pub invitation: bool,
    pub details: bool,
    /// Mean words per sentence (0 when there is no sentence).
    pub mean_sentence_words: f64,
}

fn lists(
    lang: &str,
) -> (
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
) {
    if lang == "en" {
        (ADDRESS_EN, INVITE_EN, QUESTION_EN)
    } else {
        (ADDRESS_ID, INVITE_ID, QUESTION_ID)
    }
}

/// Words of `range` in `doc`, lower-cased; `teman-teman` stays one word.
fn words_in(doc: &Document, range: &std::ops::Range<usize>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut last_end = usize::MAX;
    for w in doc
        .words
        .iter()
        .filter(|w| w.start >= range.start && w.end <= range.end)
    {
        let word = doc.phrase[w.clone()].to_lowercase();
        // Rejoin reduplication split by word segmentation: "teman" "-" "teman".
        if last_end != usize::MAX && doc.phrase[last_end..w.start] == *"-" {
            if let Some(prev) = out.last_mut() {
                prev.push('-');
                prev.push_str(&word);
                last_end = w.end;
                continue;
            }
        }
        out.push(word);
        last_end = w.end;
    }
    out
}

pub fn detect(doc: &Document, lang: &str) -> Signals {
    let (address, invite, question) = lists(lang);
    let all = 0..doc.source.len();
    let words = words_in(doc, &all);
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let your = lang != "en"
        && words.iter().any(|w| {
            w.len() > 4 && w.ends_with("mu") && !NOT_MU.contains(&w.as_str()) && w.chars().all(char::is_alphabetic)
        });
    let asks = doc.sentences.iter().any(|s| {
        doc.phrase[s.clone()].trim_end().ends_with('?')
            && words_in(doc, s)
                .iter()
                .any(|w| question.contains(&w.as_str()) || w.ends_with("kah"))
    });
    let counted: Vec<usize> = doc
        .sentences
        .iter()
        .map(|s| doc.word_count(s))
        .filter(|&n| n > 0)
        .collect();
    let mean = if counted.is_empty() {
        0.0
    } else {
        counted.iter().sum::<usize>() as f64 / counted.len() as f64
    };
    Signals {
        address: has(address) || your,
        invitation: has(invite) || asks,
        // Links and e-mail addresses are masked from `phrase`, so look at the prose.
        details: DETAIL.is_match(&doc.prose),
        mean_sentence_words: mean,
    }
}
