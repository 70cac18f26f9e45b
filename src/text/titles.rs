//! Academic degrees and honorific titles around a name, as the rewrite guide (§2.8) drops
//! them in a post: prefix titles (Drs., Dra., Dr., Ir., H., Hj.) and suffix degrees from a
//! closed list (S.H., M.Si., SIK …). Prof. stays (an expert speaks), and so does anything
//! not on the list: initials such as R., Moh. or St. are parts of names.

/// Titles written before a name that a post drops.
const PREFIX: &[&str] = &["Drs.", "Dra.", "Dr.", "Ir.", "H.", "Hj."];

/// Degrees written without dots.
const BARE_DEGREES: &[&str] = &[
    "SH", "SE", "MM", "MH", "SIK", "SSos", "MSi", "SPd", "MPd", "SKom", "ST", "MT", "SIP", "SAg", "MAg", "SKM", "MKes",
];

/// Degrees with dots, compared without spaces ("S. H." is "S.H.").
const DOTTED_DEGREES: &[&str] = &[
    "S.H.", "S.E.", "S.Sos.", "S.IP.", "S.Pd.", "S.T.", "S.Kom.", "S.Ag.", "S.I.K.", "S.IK.", "S.STP.", "S.Psi.",
    "S.Ked.", "S.Farm.", "S.Kep.", "S.Hut.", "S.Pt.", "S.AP.", "S.P.", "S.KM.", "A.Md.", "M.Si.", "M.M.", "M.H.",
    "M.Sos.", "M.Pd.", "M.Kes.", "M.AP.", "M.T.", "M.Hum.", "M.Kom.", "M.Ag.", "M.Ak.", "M.IP.", "M.Sc.", "M.A.",
    "M.Tr.", "M.B.A.", "Ph.D.", "M.Eng.", "SIK.",
];

fn is_degree(token: &str) -> bool {
    let t = token.trim_end_matches(',');
    let dotted = if t.ends_with('.') {
        t.to_string()
    } else {
        format!("{t}.")
    };
    BARE_DEGREES.contains(&t) || DOTTED_DEGREES.contains(&dotted.as_str())
}

/// Joins "S. H." into "S.H." so each degree is one token.
fn tokens(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let glue = out
            .last()
            .is_some_and(|prev| prev.len() <= 3 && prev.ends_with('.') && prev.starts_with(|c: char| c.is_uppercase()))
            && word.starts_with(|c: char| c.is_uppercase())
            && word.len() <= 5
            && word.trim_end_matches([',', '.']).chars().all(char::is_alphabetic);
        match out.last_mut() {
            Some(prev) if glue && is_degree(&format!("{prev}{word}")) => prev.push_str(word),
            _ => out.push(word.to_string()),
        }
    }
    out
}

/// The match with its suffix degrees (and the commas before them) removed: ", S.H., M.Si."
/// → "", "Sukamaju, SE, MM" → "Sukamaju". `None` when the match holds a prefix title (see
/// [`strip_prefix`]) or nothing to drop.
pub fn strip_suffix(text: &str) -> Option<String> {
    let toks = tokens(text);
    if toks.iter().any(|t| PREFIX.contains(&t.as_str()) || t == "Prof.") {
        return None;
    }
    let kept: Vec<&str> = toks
        .iter()
        .filter(|t| !is_degree(t))
        .map(|t| t.trim_end_matches(','))
        .filter(|t| !t.is_empty())
        .collect();
    (kept.len() < toks.len()).then(|| kept.join(" "))
}

/// The match with its prefix titles removed: "Drs. H." → "", "Prof. H." → "Prof. ".
/// `None` when nothing would change.
pub fn strip_prefix(text: &str) -> Option<String> {
    let toks: Vec<&str> = text.split_whitespace().collect();
    let kept: Vec<&str> = toks.iter().copied().filter(|t| !PREFIX.contains(t)).collect();
    if kept.len() == toks.len() {
        return None;
    }
    Some(kept.iter().map(|t| format!("{t} ")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffix_degrees_go_names_stay() {
        assert_eq!(strip_suffix(", S.H., M.Si.").as_deref(), Some(""));
        assert_eq!(strip_suffix("Sukamaju, SE, MM").as_deref(), Some("Sukamaju"));
        assert_eq!(strip_suffix(", S. H., SIK., M.H.").as_deref(), Some(""));
        assert_eq!(strip_suffix(" SIK").as_deref(), Some(""));
        assert_eq!(strip_suffix("Drs."), None);
        assert_eq!(strip_suffix("Budi"), None);
    }

    #[test]
    fn prefix_titles_go_prof_stays() {
        assert_eq!(strip_prefix("Drs. H.").as_deref(), Some(""));
        assert_eq!(strip_prefix("Prof. H.").as_deref(), Some("Prof. "));
        assert_eq!(strip_prefix("Prof."), None);
    }
}
