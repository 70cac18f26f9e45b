//! Template filters that work on phrases rather than words: the last word of a match, the
//! part of a sentence before its first comma, whether what follows a verb can be its
//! object, news-style speech verbs ("mengatakan" → "kata"), and dates written the press
//! way ("(3/3)" → "3 Maret"). Each returns `None` when its text does not fit, so a rule's
//! next template (or none) is used instead of a broken sentence.

/// The filters of this file, for error messages.
pub const FILTERS: &[&str] = &[
    "last",
    "first",
    "trim",
    "head",
    "tail",
    "object",
    "clause",
    "speech",
    "date",
    "weekday",
    "digit_comma",
    "event_next",
    "plain_next",
    "place_time_next",
    "empty",
    "not_mid_word",
    "sentence_dot",
    "strip_suffix",
    "strip_prefix",
    "verb_first",
    "drop_carrier",
    "no_verb_last",
    "fixable",
    "bare_next",
    "ends_colon",
    "verb_slot",
    "no_open_paren",
    "nonempty",
    "programme",
];

pub fn is_filter(name: &str) -> bool {
    FILTERS.contains(&name)
}

pub fn apply_filter(name: &str, text: &str) -> Option<String> {
    let t = text.trim();
    match name {
        "last" => t
            .split_whitespace()
            .last()
            .map(|w| w.trim_matches(|c: char| ",:;".contains(c)).to_string()),
        "first" => t.split_whitespace().next().map(str::to_string),
        "trim" => Some(t.trim_start_matches([',', ':', ';']).trim().to_string()),
        "head" => Some(t.split([',', ';']).next().unwrap_or("").trim().to_string()),
        "tail" => Some(t.find([',', ';']).map_or(String::new(), |i| t[i..].to_string())),
        "object" => object(t),
        "clause" => clause(t),
        "speech" => speech(&t.to_lowercase()).map(str::to_string),
        "date" => date(t),
        "weekday" => weekday(t),
        "digit_comma" => Some(if t.starts_with(|c: char| c.is_ascii_digit()) {
            ",".into()
        } else {
            String::new()
        }),
        "event_next" => next_word_in(t, EVENTS),
        "plain_next" => (!t.is_empty() && next_word_in(t, NOT_AFTER_RUN).is_none()).then(String::new),
        "place_time_next" => next_word_in(t, PLACE_TIME),
        "empty" => t.is_empty().then(String::new),
        // Raw text here: the match must not end inside a word ("M. A|rum" is a name).
        "not_mid_word" => (!text.starts_with(char::is_alphanumeric)).then(String::new),
        "sentence_dot" => Some(if t.is_empty() || t.starts_with(char::is_uppercase) {
            ".".into()
        } else {
            String::new()
        }),
        "strip_suffix" => super::titles::strip_suffix(text),
        "strip_prefix" => super::titles::strip_prefix(text),
        "bare_next" => next_word_in(t, NOT_AFTER_RUN),
        "ends_colon" => t.ends_with(':').then(String::new),
        "verb_first" => verb_first(t),
        "drop_carrier" => drop_carrier(t),
        "no_verb_last" => match t.split_whitespace().last() {
            Some(w) if super::lexicon::is_likely_verb(w) => None,
            _ => Some(String::new()),
        },
        // Where a verb may stand: at a sentence start or after a word that takes one
        // ("upaya menekan", "untuk mencegah"), not inside a noun phrase ("rapat pengawasan").
        "verb_slot" => match t.split_whitespace().last().map(str::to_lowercase) {
            None => Some(String::new()),
            Some(w) => VERB_SLOT.contains(&w.trim_end_matches(',')).then(String::new),
        },
        "nonempty" => (!t.is_empty()).then(String::new),
        // A programme, rule or agreement is carried out ("dijalankan"), not held.
        "programme" => PROGRAMMES
            .iter()
            .any(|w| t.to_lowercase().contains(w))
            .then(String::new),
        "no_open_paren" => (!text.trim_end().ends_with('(')).then(String::new),
        // A refusal the reader can still fix ("berkas yang belum lengkap") may say "belum".
        "fixable" => [
            "lengkap",
            "tanpa",
            "belum",
            "kurang",
            "salah",
            "tidak sesuai",
            "membawa",
            "disertai",
            "melampirkan",
        ]
        .iter()
        .any(|w| t.to_lowercase().contains(w))
        .then(String::new),
        _ => None,
    }
}

/// Words after which a verb's next words are not its object: prepositions, conjunctions,
/// adverbs of manner ("menyerahkan secara simbolik …").
const NOT_OBJECT: &[&str] = &[
    "kepada", "untuk", "agar", "supaya", "dengan", "di", "ke", "dari", "bahwa", "pada", "dalam", "bersama", "tentang",
    "secara", "langsung", "sebagai", "atas", "terhadap", "bagi", "oleh", "sejak", "hingga", "sampai", "yang", "dan",
    "serta", "juga", "akan", "telah", "sudah", "bisa", "dapat", "harus", "mulai", "kembali", "lagi", "tidak", "belum",
];

/// The text as the object of a verb, or `None` when it starts with a preposition, an
/// adverb, punctuation or nothing (then a passive would put the wrong words first).
fn object(t: &str) -> Option<String> {
    let first = t.split_whitespace().next()?;
    let starts_with_word = first.chars().next().is_some_and(char::is_alphanumeric);
    (starts_with_word && !NOT_OBJECT.contains(&first.to_lowercase().as_str())).then(|| t.to_string())
}

/// A reported clause after a speech verb: ", S" or "bahwa S" → S.
fn clause(t: &str) -> Option<String> {
    let marked = t
        .strip_prefix(',')
        .or_else(|| t.strip_prefix(':'))
        .or_else(|| t.strip_prefix("bahwa "));
    // Unmarked, a clause needs a few words and no opening preposition ("mengatakan semua
    // upaya …" is speech; "mengatakan kepada …" is not).
    let rest = match marked {
        Some(r) => r.trim(),
        None => object(t).filter(|o| o.split_whitespace().count() >= 4).map(|_| t)?,
    };
    (rest.split_whitespace().count() >= 3).then(|| rest.to_string())
}

/// The short form news writing puts after a quotation ("…, kata Gubernur").
fn speech(verb: &str) -> Option<&'static str> {
    Some(match verb {
        "mengatakan" | "menyampaikan" => "kata",
        "menjelaskan" => "jelas",
        "menyebut" | "menyebutkan" => "sebut",
        "menegaskan" => "tegas",
        "mengungkapkan" => "ungkap",
        "menuturkan" => "tutur",
        "menerangkan" => "terang",
        _ => return None,
    })
}

const MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// "(3/3)" or "3/3/2021" → "3 Maret" / "3 Maret 2021". A two-digit year gives `None`: the
/// century is not ours to guess, nor is a year where none was written.
fn date(t: &str) -> Option<String> {
    let inner = t.trim_start_matches('(').trim_end_matches(')');
    let parts: Vec<&str> = inner.split('/').map(str::trim).collect();
    let day: u32 = parts.first()?.parse().ok()?;
    let month: usize = parts.get(1)?.parse().ok()?;
    if !(1..=31).contains(&day) || !(1..=12).contains(&month) || parts.len() > 3 {
        return None;
    }
    let name = MONTHS[month - 1];
    match parts.get(2) {
        None => Some(format!("{day} {name}")),
        Some(y) if y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) => Some(format!("{day} {name} {y}")),
        Some(_) => None,
    }
}

/// A weekday as EYD writes it: capitalised, "Jumat" without the apostrophe.
fn weekday(t: &str) -> Option<String> {
    let lower = t.to_lowercase().replace(['\'', '’'], "");
    let days = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"];
    days.contains(&lower.as_str()).then(|| super::morph::capitalize(&lower))
}

/// Things one holds (gelar) rather than carries out (jalankan).
const EVENTS: &[&str] = &[
    "vaksinasi",
    "vaksin",
    "fogging",
    "upacara",
    "rapat",
    "apel",
    "lomba",
    "pelatihan",
    "pertemuan",
    "sosialisasi",
    "penyuluhan",
    "kegiatan",
    "giat",
    "acara",
    "kerja",
    "bakti",
    "donor",
    "operasi",
    "razia",
    "patroli",
    "posyandu",
    "festival",
    "pameran",
    "musrenbang",
    "seminar",
    "lokakarya",
    "webinar",
    "suntik",
    "pasar",
    "senam",
    "jalan",
];

/// Things that are carried out rather than held.
const PROGRAMMES: &[&str] = &[
    "ppkm",
    "program",
    "aturan",
    "kebijakan",
    "kerja sama",
    "kerjasama",
    "protokol",
    "instruksi",
    "peraturan",
    "keputusan",
    "tugas",
    "amanat",
    "perintah",
];

/// Words after which a verb phrase can stand.
const VERB_SLOT: &[&str] = &[
    "untuk", "guna", "demi", "upaya", "agar", "supaya", "sudah", "telah", "akan", "terus", "juga", "dan", "serta",
    "sambil", "dengan", "bisa", "dapat", "mampu", "harus", "perlu", "ingin", "mau",
];

/// Words that say where or when, after which "dilaksanakan" is an event being held.
const PLACE_TIME: &[&str] = &[
    "di",
    "pada",
    "mulai",
    "setiap",
    "tiap",
    "hari",
    "pukul",
    "tanggal",
    "serentak",
    "bertempat",
    "selama",
    "sejak",
    "besok",
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    "pagi",
    "siang",
    "sore",
    "malam",
    "hingga",
    "sampai",
    "secara",
];

/// Words that are better said without a carrier verb at all ("melaksanakan mudik" → "mudik").
const NOT_AFTER_RUN: &[&str] = &["mudik", "pulang", "libur", "cuti", "berangkat", "kembali"];

fn next_word_in(t: &str, list: &[&str]) -> Option<String> {
    let first = t.split_whitespace().next()?.to_lowercase();
    list.contains(&first.trim_matches(|c: char| !c.is_alphanumeric()))
        .then(String::new)
}

/// "pencegahan penyebaran X" → "mencegah penyebaran X": the nouns before the last one
/// become verbs (all of them, or none); the last stays as their object.
fn verb_first(t: &str) -> Option<String> {
    let (head, last) = t.rsplit_once(char::is_whitespace)?;
    Some(format!("{} {last}", super::morph::active(head)?))
}

/// "pelaksanaan penyembelihan" → "penyembelihan": a carrier noun says nothing.
fn drop_carrier(t: &str) -> Option<String> {
    let (first, rest) = t.split_once(char::is_whitespace)?;
    let carrier = matches!(first.to_lowercase().as_str(), "pelaksanaan" | "penyelenggaraan");
    (carrier && !rest.contains(char::is_whitespace)).then(|| rest.to_string())
}

/// Collapses runs of spaces and drops a space before a comma or full stop.
pub fn tidy(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // A name ending in a degree ("M.Kes.") already closes the sentence the template ends.
    let joined = joined.replace(" ,", ",").replace(" .", ".").replace("..", ".");
    joined.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(name: &str, t: &str) -> Option<String> {
        apply_filter(name, t)
    }

    #[test]
    fn dates_copy_the_numbers_and_name_the_month() {
        assert_eq!(f("date", "(3/3)").as_deref(), Some("3 Maret"));
        assert_eq!(f("date", "(25/2/2021)").as_deref(), Some("25 Februari 2021"));
        assert_eq!(f("date", "(26/04/2020)").as_deref(), Some("26 April 2020"));
        assert_eq!(f("date", "(5/6/20)"), None, "two-digit year");
        assert_eq!(f("date", "(13/13)"), None);
        assert_eq!(f("weekday", "jum'at").as_deref(), Some("Jumat"));
        assert_eq!(f("weekday", "besok"), None);
    }

    #[test]
    fn objects_clauses_and_speech() {
        assert_eq!(
            f("object", " pembagian beras di pasar").as_deref(),
            Some("pembagian beras di pasar")
        );
        assert_eq!(f("object", " kepada bupati agar …"), None);
        assert_eq!(f("object", ", penurunan level"), None);
        assert_eq!(f("object", ""), None);
        assert_eq!(
            f("clause", ", zona kuning berisiko rendah").as_deref(),
            Some("zona kuning berisiko rendah")
        );
        assert_eq!(f("clause", " pembagian beras"), None);
        assert_eq!(
            f("clause", " semua upaya sudah dilakukan").as_deref(),
            Some("semua upaya sudah dilakukan")
        );
        assert_eq!(f("clause", " kepada semua pihak yang hadir"), None);
        assert_eq!(f("speech", "Menjelaskan").as_deref(), Some("jelas"));
        assert_eq!(f("speech", "meninjau"), None);
        assert_eq!(f("head", " PPKM Mikro, yang berlaku").as_deref(), Some("PPKM Mikro"));
        assert_eq!(
            f("tail", " PPKM Mikro, yang berlaku").as_deref(),
            Some(", yang berlaku")
        );
        assert_eq!(f("last", "Wali Kota Budi meninjau").as_deref(), Some("meninjau"));
    }

    #[test]
    fn next_word_tests_and_tidy() {
        assert_eq!(f("event_next", " vaksinasi massal").as_deref(), Some(""));
        assert_eq!(f("event_next", " PPKM ini"), None);
        assert_eq!(f("plain_next", " PPKM ini").as_deref(), Some(""));
        assert_eq!(f("plain_next", " mudik ke kampung"), None);
        assert_eq!(f("digit_comma", " 8 Oktober").as_deref(), Some(","));
        assert_eq!(tidy("a  b , c ."), "a b, c.");
        assert_eq!(tidy("kata dr. Ratna, M.Kes.."), "kata dr. Ratna, M.Kes.");
    }
}
