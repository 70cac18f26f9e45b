//! Indonesian morphology for rewrite templates: `{verb|imperative}` turns a meN-/di- verb
//! into the root form used in invitations (membawa → bawa, mendaftar → daftar),
//! `{noun|active}` turns a nominalisation (or several, coordinated) into its active verb
//! (pemantauan → memantau), `{verb|passive}` a meN- verb into its di- form (meninjau →
//! ditinjau), and `{words|verbal}` keeps a conjunct only when it is a verb.
//!
//! Stripping meN- is ambiguous without knowing the root (memakai → pakai, not makai), so
//! every candidate is checked against a verb list this project writes itself
//! (`text::verbs`). A word whose root is not known gives `None`, and the rule falls back
//! to a rewrite that needs no root.
use super::lexicon;
use super::verbs::{NOMINALS, NOMINALS_BLOCKED, VERB_ROOTS};

/// The filters of this file, for error messages.
pub const FILTERS: &[&str] = &[
    "imperative",
    "active",
    "passive",
    "verbal",
    "lower",
    "upper",
    "capitalize",
];

/// Suffixes kept in the imperative (mendaftarkan → daftarkan, mengisi → isi).
const SUFFIXES: &[&str] = &["", "kan", "i"];

fn is_root(root: &str) -> bool {
    VERB_ROOTS.contains(&root)
}

/// Whether `stem` is a known root, possibly with a kept suffix; returns it unchanged.
fn with_known_root(stem: &str) -> Option<String> {
    SUFFIXES
        .iter()
        .any(|suffix| {
            stem.strip_suffix(suffix)
                .is_some_and(|root| !root.is_empty() && is_root(root))
        })
        .then(|| stem.to_string())
}

/// Root candidates after taking off the meN- prefix, with the assimilated consonant put
/// back (menulis → tulis, memakai → pakai, mengirim → kirim, menyapu → sapu).
fn men_candidates(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(rest) = word.strip_prefix("menge") {
        out.push(rest.to_string()); // one-syllable roots: mengecek → cek
    }
    if let Some(rest) = word.strip_prefix("meny") {
        out.push(format!("s{rest}"));
    }
    if let Some(rest) = word.strip_prefix("meng") {
        out.push(rest.to_string());
        out.push(format!("k{rest}"));
    }
    if let Some(rest) = word.strip_prefix("mem") {
        out.push(rest.to_string());
        out.push(format!("p{rest}"));
    }
    if let Some(rest) = word.strip_prefix("men") {
        out.push(rest.to_string());
        out.push(format!("t{rest}"));
    }
    if let Some(rest) = word.strip_prefix("me") {
        out.push(rest.to_string());
    }
    out
}

/// The imperative of a lower-case word without the particle -lah.
fn imperative_plain(lower: &str) -> Option<String> {
    if let Some(known) = with_known_root(lower) {
        return Some(known); // already a root (or root + suffix)
    }
    let mut candidates = men_candidates(lower);
    if let Some(rest) = lower.strip_prefix("di") {
        candidates.push(rest.to_string());
    }
    candidates.iter().find_map(|c| with_known_root(c))
}

/// The imperative (root) form of a meN- or di- verb, or `None` when the root is unknown.
/// The particle -lah is dropped only when what is left is a known verb form, so adalah,
/// telah, sekolah, masalah or jumlah are never taken for imperatives; a ber- verb keeps its
/// prefix (berhati-hatilah → berhati-hati). Case is handled by the caller.
pub fn imperative(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    if let Some(stem) = lower.strip_suffix("lah").filter(|s| s.chars().count() >= 3) {
        // A ber- verb keeps its prefix, but only when its root is known or it is a
        // reduplication (bersiaplah, berhati-hatilah; never bermasalah).
        if let Some(rest) = stem.strip_prefix("ber") {
            if is_root(rest) || rest.contains('-') {
                return Some(stem.to_string());
            }
        }
        if let Some(v) = imperative_plain(stem) {
            return Some(v);
        }
    }
    imperative_plain(&lower)
}

/// The active verb for a nominalisation ("pemantauan" → "memantau"), or `None`. Coordinated
/// nouns turn together or not at all ("pengamanan dan pengawalan" → "menjaga keamanan dan
/// mengawal", never "… dan pengawalan"); a trailing "terhadap/atas/kepada/bagi" goes when
/// the verb takes its object directly ("pengawasan terhadap" → "mengawasi").
pub fn active(noun: &str) -> Option<String> {
    let lower = noun.to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    let prep = match words.last() {
        Some(&"terhadap" | &"atas" | &"kepada" | &"bagi") => words.pop(),
        _ => None,
    };
    let whole = words.join(" ");
    let verbs: Vec<String> = match one_verb(&whole) {
        Some(v) => vec![v],
        None => conjuncts(&whole)?,
    };
    let mut out = if verbs.len() == 1 {
        verbs[0].clone()
    } else {
        join_conjuncts(&whole, &verbs)?
    };
    let direct = |v: &String| !v.contains(' ') && v.starts_with("me");
    let drop = match prep {
        None => true,
        Some("terhadap" | "atas") => verbs.iter().all(direct),
        Some(_) => verbs.iter().all(|v| direct(v) && v.ends_with('i')),
    };
    if let (Some(p), false) = (prep, drop) {
        out = format!("{out} {p}");
    }
    Some(out)
}

/// One noun's verb: the project table first (it knows the traps: pengamanan → menjaga
/// keamanan), then the lexicon's attested meN- form; blocked nouns have none.
fn one_verb(noun: &str) -> Option<String> {
    if NOMINALS_BLOCKED.contains(&noun) {
        return None;
    }
    if let Some((_, v)) = NOMINALS.iter().find(|(n, _)| *n == noun) {
        return Some(v.to_string());
    }
    if noun.contains(' ') {
        return None;
    }
    lexicon::nominal_to_verb(noun).map(str::to_string)
}

/// The verbs of "A, B dan C" (each must have one), in order.
fn conjuncts(phrase: &str) -> Option<Vec<String>> {
    let nouns: Vec<&str> = phrase
        .split([','])
        .flat_map(|part| part.split(" dan ").flat_map(|p| p.split(" serta ")))
        .map(|n| n.trim().trim_start_matches("dan ").trim_start_matches("serta ").trim())
        .filter(|n| !n.is_empty())
        .collect();
    if nouns.len() < 2 {
        return None;
    }
    nouns.iter().map(|n| one_verb(n)).collect()
}

/// Puts the verbs back between the conjunctions the writer used.
fn join_conjuncts(phrase: &str, verbs: &[String]) -> Option<String> {
    let mut out = String::new();
    let mut verbs = verbs.iter();
    for (i, word) in phrase.split_whitespace().enumerate() {
        let bare = word.trim_end_matches(',');
        if matches!(bare, "dan" | "serta") {
            out.push_str(&format!(" {bare}"));
            continue;
        }
        if i > 0 {
            out.push(' ');
        }
        out.push_str(verbs.next()?);
        if word.ends_with(',') {
            out.push(',');
        }
    }
    let out = out.replace("  ", " ");
    (verbs.next().is_none()).then_some(out)
}

/// Verbs whose di- form is not a passive one would write for a news opener.
const NO_PASSIVE: &[&str] = &[
    "menjadi",
    "merupakan",
    "memiliki",
    "mempunyai",
    "mengalami",
    "mengatakan",
    "menyatakan",
    "menyebut",
    "mengaku",
    "mengucapkan",
    "menyampaikan",
    "mengimbau",
    "menghimbau",
    "mengajak",
    "meminta",
    "memutuskan",
    "berhasil",
    // their passives are as stiff as the actives (dilaksanakan, dilakukan)
    "melaksanakan",
    "melakukan",
    "mengadakan",
    "menyelenggarakan",
];

/// The di- passive of a meN- verb or a bare transitive stem (meninjau → ditinjau, bagikan →
/// dibagikan, memperbaiki → diperbaiki, memberlakukan → diberlakukan), from the lexicon;
/// `None` for anything else.
pub fn passive(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    if lower.starts_with("di") || NO_PASSIVE.contains(&lower.as_str()) {
        return None;
    }
    // The lexicon's imperative keeps per-/ber- of memper-/member- verbs (memberlakukan →
    // berlakukan → diberlakukan) and has none for plain ber- verbs.
    let root = lexicon::imperative(&lower)?;
    Some(format!("di{root}"))
}

/// "dan/serta X …" kept as written when X is a verb (coordinated with the rewritten one),
/// `None` when X is a noun the rewrite would leave stranded ("mengamankan dan pengawalan").
fn verbal(text: &str) -> Option<String> {
    let word = text.split_whitespace().last();
    match word {
        None => Some(text.to_string()),
        Some(w) if lexicon::is_likely_verb(w) && !w.to_lowercase().starts_with("pe") => Some(text.to_string()),
        Some(_) => None,
    }
}

/// Applies a template filter by name. Unknown names are rejected when a rule is loaded
/// (see [`is_filter`]), so here an unknown name simply yields `None`.
pub fn apply_filter(name: &str, word: &str) -> Option<String> {
    match name {
        "imperative" => imperative(word),
        "active" => active(word),
        "passive" => passive(word),
        "verbal" => verbal(word),
        "lower" => Some(word.to_lowercase()),
        "upper" => Some(word.to_uppercase()),
        "capitalize" => Some(capitalize(word)),
        _ => None,
    }
}

pub fn is_filter(name: &str) -> bool {
    FILTERS.contains(&name)
}

/// First letter upper case, the rest untouched.
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
#[path = "morph_tests.rs"]
mod tests;
