//! What soft posts do, detected with short word lists: speak to the reader, invite or
//! ask, give concrete details (when, where, how to reach us), keep sentences short.
//! Deliberately plain lists, so a trainer can read them and a post can earn each credit
//! by doing the thing, not by gaming a model.
use crate::text::document::Document;
use regex::Regex;
use std::borrow::Cow;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::LazyLock;

// Word lists are space-separated strings: easy to read aloud in a workshop and to extend.

/// Words that speak to (or, for `kita`, stand beside) the reader.
const ADDRESS_ID: &str = "kamu kalian anda sobat sahabat teman-teman temen-temen kawan kawan-kawan gaes guys \
    sedulur dulur lur kak kakak warganet netizen lo lu elo gue kita";
const ADDRESS_EN: &str = "you your yours you're you'll yourself everyone folks";
/// Words ending in `-mu` that are not "your …".
const NOT_MU: &str = "ilmu temu bertemu ketemu jamu tamu bertamu ramu meramu jemu kemu semu";

/// Words that invite the reader to do something with us, wherever they stand.
const INVITE_ID: &str = "yuk yuks ayo ayok ayuk mari kuy";
const INVITE_EN: &str = "let's";
/// Verbs that invite when they open a sentence, as an Indonesian imperative does
/// ("Cek jadwalnya di …"); elsewhere they are plain words ("hasil cek kesehatan").
const INVITE_VERB_ID: &str = "cek simak tonton kunjungi bagikan share komen ceritakan tag follow ikuti daftar \
    daftarkan gabung hubungi dm klik unduh download datang tulis ajak";
const INVITE_VERB_EN: &str = "join share tell comment visit check follow reply ask don't come register sign";
/// Words that make a sentence ending in `?` a real question (the captions in the wild
/// also carry `?` where an emoji was lost, so the mark alone proves nothing).
const QUESTION_ID: &str = "apa apakah siapa kapan mana bagaimana gimana berapa mengapa kenapa ya kan dong nih \
    sudah udah belum bisa mau pernah";
const QUESTION_EN: &str = "what who when where how why which do did have can will";
/// Greetings and thanks: a post that says hello sounds like a person.
const WARM_ID: &str = "halo hai hi selamat terima makasih trims salam";
const WARM_EN: &str = "hello hi hey thanks thank welcome congratulations happy";

/// A word list as a set: membership is asked several times for every word of every text.
/// Hashed with FNV-1a rather than the default SipHash, which was most of the cost of
/// asking (the words are short and the lists are ours, so no hash flooding to fear).
type List = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// The FNV-1a hash (64 bits).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

fn set(list: &'static str) -> List {
    list.split_whitespace().collect()
}

static NOT_MU_SET: LazyLock<List> = LazyLock::new(|| set(NOT_MU));
static LISTS_ID: LazyLock<[List; 5]> =
    LazyLock::new(|| [ADDRESS_ID, INVITE_ID, INVITE_VERB_ID, QUESTION_ID, WARM_ID].map(set));
static LISTS_EN: LazyLock<[List; 5]> =
    LazyLock::new(|| [ADDRESS_EN, INVITE_EN, INVITE_VERB_EN, QUESTION_EN, WARM_EN].map(set));

/// Concrete details. Word boundaries are ASCII ones (see `text::re`): this runs on the
/// prose of every text, emoji and all, and must not fall off the regex DFA.
static DETAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::text::re::ascii_boundaries(
        r"(?x)
        \b\d{1,2}\s+(?i:jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)\p{L}*\b   # 17 Agustus
        | \b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b                           # 17/08/2025
        | \b(?i:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b
        | \b(?i:pukul|jam|pkl)\.?\s*\d                                    # pukul 08.00
        | \b\d{1,2}[.:]\d{2}\s*(?i:wib|wita|wit)\b
        | \b(?i:jl|jln|jalan|lokasi|alamat|gedung|balai|aula|lapangan|kantor|kelurahan|kecamatan|desa|puskesmas)\b\.?\s+\p{Lu}
        | (?:\+62|\b0)8\d[\d\s-]{6,}\d                                   # phone / WhatsApp
        | \bwa\.me/|\b[\w.+-]+@[\w-]+\.[\w.]+                          # WhatsApp link, e-mail
        ",
    ))
    .expect("detail regex is valid")
});

/// The signals found in one document.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Signals {
    pub address: bool,
    pub invitation: bool,
    pub details: bool,
    /// A greeting, thanks, or an exclamation mark.
    pub warmth: bool,
    /// Mean words per sentence (0 when there is no sentence).
    pub mean_sentence_words: f64,
}

/// (address, invitation, invitation verb, question, warmth) words for `lang`.
fn lists(lang: &str) -> &'static [List; 5] {
    if lang == "en" {
        &LISTS_EN
    } else {
        &LISTS_ID
    }
}

/// Byte ranges of `text` inside quotation marks (“…” or "…", closed on the same line):
/// quoted speech is someone else's voice, so its "kita" or "ayo" does not speak to the reader.
fn quoted(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (_, '\n') => open = None,
            (None, '“' | '"') => open = Some((i, c)),
            (Some((start, '“')), '”') | (Some((start, '"')), '"') => {
                out.push(start..i + c.len_utf8());
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// Whether `at` lies inside one of `spans` (sorted, not overlapping, as `quoted` gives them).
fn inside(spans: &[Range<usize>], at: usize) -> bool {
    let i = spans.partition_point(|s| s.end <= at);
    spans.get(i).is_some_and(|s| s.contains(&at))
}

/// The words of `doc` outside `skip` (quoted speech), lower-cased, in text order, each
/// with its start offset, handed to `each` one at a time rather than collected: a 10 MB
/// text has a million of them. Masked text (links, @mentions, #hashtags) is left out, and
/// `teman-teman`, which word segmentation splits at the hyphen, stays one word.
fn for_each_token<'t>(doc: &'t Document, skip: &[Range<usize>], mut each: impl FnMut(usize, Cow<'t, str>)) {
    let mut pending: Option<(usize, Cow<'t, str>)> = None;
    let mut last_end = usize::MAX;
    for w in doc.words.iter().filter(|w| !inside(skip, w.start)) {
        let word = crate::text::segment::lowercase(&doc.phrase[w.clone()]);
        if word.trim().is_empty() {
            continue;
        }
        if last_end != usize::MAX && doc.phrase.get(last_end..w.start) == Some("-") {
            if let Some((_, prev)) = pending.as_mut() {
                let prev = prev.to_mut();
                prev.push('-');
                prev.push_str(&word);
                last_end = w.end;
                continue;
            }
        }
        if let Some((at, prev)) = pending.replace((w.start, word)) {
            each(at, prev);
        }
        last_end = w.end;
    }
    if let Some((at, prev)) = pending {
        each(at, prev);
    }
}

/// Whether a sentence whose first words are `words` opens with an invitation verb:
/// "Cek …", "Yuk, cek …", "Jangan lupa cek …".
fn opens_with_invitation(words: &[&str], invite: &List, invite_verb: &List) -> bool {
    let rest = match words {
        [w, rest @ ..] if invite.contains(w) => rest,
        ["jangan", "lupa", rest @ ..] => rest,
        _ => words,
    };
    rest.first().is_some_and(|w| invite_verb.contains(w))
}

/// Whether `w` is "your …" (`bukumu`), not a word that merely ends in `-mu`.
fn is_your(w: &str) -> bool {
    w.len() > 4 && w.ends_with("mu") && !NOT_MU_SET.contains(w) && w.chars().all(char::is_alphabetic)
}

pub fn detect(doc: &Document, lang: &str) -> Signals {
    let [address, invite, invite_verb, question, warm] = lists(lang);
    let quotes = quoted(&doc.prose);
    let (mut addressed, mut invited, mut warmed, mut asks, mut opens) = (false, false, false, false, false);
    // The sentence the current words fall in: its index, its first three words (all an
    // opening needs) and whether it has a question word.
    let mut current: Option<(usize, Vec<Cow<str>>, bool)> = None;
    let mut close = |(i, first, question_word): (usize, Vec<Cow<str>>, bool)| {
        let s = &doc.sentences[i];
        asks |= question_word && doc.phrase[s.clone()].trim_end().ends_with('?');
        let first: Vec<&str> = first.iter().map(AsRef::as_ref).collect();
        opens |= opens_with_invitation(&first, invite, invite_verb);
    };
    let mut next_sentence = 0;
    for_each_token(doc, &quotes, |at, w| {
        addressed |= address.contains(w.as_ref()) || (lang != "en" && is_your(&w));
        invited |= invite.contains(w.as_ref());
        warmed |= warm.contains(w.as_ref());
        // Sentences and words are both in text order: a word belongs to the sentence
        // it starts in, if any.
        while doc.sentences.get(next_sentence).is_some_and(|s| s.end <= at) {
            next_sentence += 1;
        }
        if doc.sentences.get(next_sentence).is_none_or(|s| s.start > at) {
            return;
        }
        if current.as_ref().is_some_and(|c| c.0 != next_sentence) {
            close(current.take().expect("checked just above"));
        }
        let (_, first, question_word) = current.get_or_insert_with(|| (next_sentence, Vec::new(), false));
        *question_word |= question.contains(w.as_ref()) || w.ends_with("kah");
        if first.len() < 3 {
            first.push(w);
        }
    });
    if let Some(c) = current.take() {
        close(c);
    }
    let counted: Vec<usize> = doc
        .sentences
        .iter()
        .map(|s| doc.word_count(s))
        .filter(|&n| n > 0)
        .collect();
    // Weighted by length (the sentence length a reader meets, word by word), so a few
    // one-word lines of hashtags do not hide a wall of text.
    let total: usize = counted.iter().sum();
    let mean = if total == 0 {
        0.0
    } else {
        counted.iter().map(|n| n * n).sum::<usize>() as f64 / total as f64
    };
    Signals {
        address: addressed,
        invitation: invited || asks || opens,
        // Links and e-mail addresses are masked from `phrase`, so look at the prose.
        details: DETAIL.is_match(&doc.prose),
        warmth: warmed || doc.prose.contains('!'),
        mean_sentence_words: mean,
    }
}

#[cfg(test)]
#[path = "signals_reference.rs"]
mod reference;
