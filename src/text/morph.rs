//! Indonesian morphology for rewrite templates: `{verb|imperative}` turns a meN-/di- verb
//! into the root form used in invitations (membawa → bawa, mendaftar → daftar), and
//! `{noun|active}` turns a nominalisation into its active verb (pemantauan → memantau).
//!
//! Stripping meN- is ambiguous without knowing the root (memakai → pakai, not makai), so
//! every candidate is checked against a verb list this project writes itself
//! (`text::verbs`). A word whose root is not known gives `None`, and the rule falls back
//! to a rewrite that needs no root.
use super::verbs::{NOMINALS, VERB_ROOTS};

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

/// The active verb for a nominalisation ("pemantauan" → "memantau"), or `None`.
pub fn active(noun: &str) -> Option<String> {
    let lower = noun.to_lowercase();
    let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    NOMINALS.iter().find(|(n, _)| *n == lower).map(|(_, v)| v.to_string())
}

/// Applies a template filter by name. Unknown names are rejected when a rule is loaded
/// (see [`is_filter`]), so here an unknown name simply yields `None`.
pub fn apply_filter(name: &str, word: &str) -> Option<String> {
    match name {
        "imperative" => imperative(word),
        "active" => active(word),
        "lower" => Some(word.to_lowercase()),
        "upper" => Some(word.to_uppercase()),
        "capitalize" => Some(capitalize(word)),
        _ => None,
    }
}

pub fn is_filter(name: &str) -> bool {
    matches!(name, "imperative" | "active" | "lower" | "upper" | "capitalize")
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
