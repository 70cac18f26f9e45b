//! Indonesian morphology for rewrite templates: `{verb|imperative}` turns a meN-/di- verb
//! into the root form used in invitations (membawa → bawa, mendaftar → daftar).
//!
//! Stripping meN- is ambiguous without knowing the root (memakai → pakai, not makai), so
//! every candidate is checked against a verb list this project writes itself. A word whose
//! root is not known gives `None`, and the rule falls back to a rewrite that needs no root.

/// Roots of verbs that government posts use, written for this project (the licensed root
/// lists cannot ship with an MIT/Apache binary). The Indonesian pack extends it.
const VERB_ROOTS: &[&str] = &[
    "ajak",
    "ajukan",
    "akses",
    "ambil",
    "antre",
    "ajar",
    "baca",
    "bagi",
    "balas",
    "bantu",
    "bawa",
    "bayar",
    "beri",
    "buat",
    "buka",
    "cari",
    "catat",
    "cek",
    "cetak",
    "cuci",
    "cukupi",
    "daftar",
    "datang",
    "dengar",
    "dukung",
    "gunakan",
    "guna",
    "hadir",
    "hubung",
    "ikut",
    "imbau",
    "isi",
    "jaga",
    "jaring",
    "jawab",
    "jelaskan",
    "jemput",
    "kenakan",
    "kirim",
    "kumpul",
    "kunjungi",
    "laku",
    "lapor",
    "lengkap",
    "lindungi",
    "lihat",
    "minta",
    "mohon",
    "pakai",
    "pantau",
    "patuh",
    "periksa",
    "pilih",
    "pindai",
    "rawat",
    "sampai",
    "scan",
    "sebar",
    "sedia",
    "serah",
    "siap",
    "simpan",
    "tanya",
    "taat",
    "tanggap",
    "tempel",
    "terima",
    "tulis",
    "tunggu",
    "tunjuk",
    "ubah",
    "ukur",
    "unduh",
    "unggah",
    "urus",
    "verifikasi",
    "vaksin",
    "waspada",
];

/// Suffixes kept in the imperative (mendaftarkan → daftarkan, mengisi → isi).
const SUFFIXES: &[&str] = &["kan", "i", ""];

fn is_root(root: &str) -> bool {
    VERB_ROOTS.contains(&root)
}

/// Splits `stem` into a known root plus a kept suffix, returning root + suffix.
fn with_known_root(stem: &str) -> Option<String> {
    for suffix in SUFFIXES {
        if let Some(root) = stem.strip_suffix(suffix) {
            if is_root(root) {
                return Some(stem.to_string());
            }
        }
    }
    None
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

/// The imperative (root) form of a meN- or di- verb, or `None` when the root is unknown.
/// Case is handled by the caller; `word` is compared in lower case.
pub fn imperative(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    if let Some(known) = with_known_root(&lower) {
        return Some(known); // already a root (or root + suffix)
    }
    let mut candidates = men_candidates(&lower);
    if let Some(rest) = lower.strip_prefix("di") {
        candidates.push(rest.to_string());
    }
    candidates.iter().find_map(|c| with_known_root(c))
}

/// Applies a template filter by name. Unknown names are rejected when a rule is loaded
/// (see [`is_filter`]), so here an unknown name simply yields `None`.
pub fn apply_filter(name: &str, word: &str) -> Option<String> {
    match name {
        "imperative" => imperative(word),
        "lower" => Some(word.to_lowercase()),
        "upper" => Some(word.to_uppercase()),
        "capitalize" => Some(capitalize(word)),
        _ => None,
    }
}

pub fn is_filter(name: &str) -> bool {
    matches!(name, "imperative" | "lower" | "upper" | "capitalize")
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
mod tests {
    use super::*;

    #[test]
    fn men_and_di_verbs_to_imperative() {
        for (form, root) in [
            ("membawa", "bawa"),
            ("mendaftar", "daftar"),
            ("mengisi", "isi"),
            ("memakai", "pakai"),
            ("menulis", "tulis"),
            ("mengirim", "kirim"),
            ("mendaftarkan", "daftarkan"),
            ("dibawa", "bawa"),
            ("mengecek", "cek"),
            ("Membawa", "bawa"),
        ] {
            assert_eq!(imperative(form).as_deref(), Some(root), "{form}");
        }
    }

    #[test]
    fn unknown_forms_give_none() {
        assert_eq!(imperative("mengglobal"), None);
        assert_eq!(imperative("adalah"), None);
    }

    #[test]
    fn filters() {
        assert_eq!(apply_filter("capitalize", "yuk").as_deref(), Some("Yuk"));
        assert_eq!(apply_filter("upper", "ktp").as_deref(), Some("KTP"));
        assert!(is_filter("imperative") && !is_filter("nope"));
    }
}
