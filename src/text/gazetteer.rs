//! The gazetteer (`data/gazetteer/`): kinds of government unit, positions and ranks,
//! activity-report phrases and known acronyms, compiled in, and the `(?&name)` macros that
//! let a rule's regex use a list without copying it.
//!
//! Why macros: a rule that catches an institution-first opening must know every kind of
//! unit and rank ("Kanit Binmas", "KPP Pratama", "Babinsa"); written into each rule's
//! regex, the lists drift apart and a new entry needs edits in several files. With
//! `(?&unit)` the list is data kept (and checked by `scripts/check-gazetteer`) in one place.
//! `(?&…)` is not valid syntax for the regex crate, so a macro can never be mistaken for
//! an ordinary group.

const UNITS: &str = include_str!("../../data/gazetteer/units.txt");
const RANKS: &str = include_str!("../../data/gazetteer/ranks.txt");
const ACTIVITY: &str = include_str!("../../data/gazetteer/activity-report.txt");
const ACRONYMS: &str = include_str!("../../data/gazetteer/known-acronyms.txt");

/// The macros a regex may use, and the entries each stands for.
const MACROS: &[&str] = &["unit", "rank", "activity_opening", "activity", "acronym"];

/// The entries of list `name` (see `MACROS`), long forms dropped.
pub fn entries(name: &str) -> Option<Vec<&'static str>> {
    let (file, sections): (&str, fn(&str) -> bool) = match name {
        "unit" => (UNITS, |_| true),
        "rank" => (RANKS, |_| true),
        "activity_opening" => (ACTIVITY, |s| s.starts_with("opening")),
        "activity" => (ACTIVITY, |s| !s.starts_with("opening")),
        "acronym" => (ACRONYMS, |_| true),
        _ => return None,
    };
    Some(parse(file, sections))
}

/// Entries of a gazetteer file in the sections `keep` accepts (see data/gazetteer/README.md).
fn parse(file: &'static str, keep: fn(&str) -> bool) -> Vec<&'static str> {
    let mut section = "";
    let mut out = Vec::new();
    for line in file.lines() {
        if let Some(name) = line.strip_prefix("## ") {
            section = name;
        } else if !line.starts_with('#') && !line.trim().is_empty() && keep(section) {
            out.push(line.split(" = ").next().unwrap_or(line).trim());
        }
    }
    out
}

/// `pattern` with every `(?&name)` replaced by a group matching any entry of the list,
/// longest first (so "Kanit Binmas" wins over "Kanit"); spaces inside an entry match any
/// run of horizontal space, a no-break space included, as posts pasted from a browser have.
pub fn expand(pattern: &str) -> Result<String, String> {
    if !pattern.contains("(?&") {
        return Ok(pattern.to_string());
    }
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(at) = rest.find("(?&") {
        // An escaped `\(` is a literal parenthesis, not a macro.
        let escaped = rest[..at].chars().rev().take_while(|&c| c == '\\').count() % 2 == 1;
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        if escaped {
            out.push_str("(?&");
            rest = after;
            continue;
        }
        let Some(end) = after.find(')') else {
            return Err("unclosed `(?&` gazetteer macro".to_string());
        };
        let name = &after[..end];
        let list = entries(name)
            .ok_or_else(|| format!("unknown gazetteer list `(?&{name})` (known: {})", MACROS.join(", ")))?;
        out.push_str(&alternation(list));
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

fn alternation(mut list: Vec<&str>) -> String {
    list.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    list.dedup();
    let alts: Vec<String> = list
        .iter()
        .map(|e| {
            let words: Vec<String> = e.split_whitespace().map(regex::escape).collect();
            words.join(r"[ \t\x{A0}]+")
        })
        .collect();
    format!("(?:{})", alts.join("|"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_read_with_their_sections() {
        let units = entries("unit").unwrap();
        assert!(units.contains(&"KPP Pratama") && units.contains(&"Polsek"));
        assert!(!units.iter().any(|u| u.contains('=') || u.starts_with('#')));
        let opening = entries("activity_opening").unwrap();
        assert!(opening.contains(&"giat") && !opening.contains(&"turut hadir"));
        assert!(entries("activity").unwrap().contains(&"turut hadir"));
        assert!(entries("rank").unwrap().contains(&"Kanit Binmas"));
    }

    #[test]
    fn macros_expand_longest_first_and_errors_name_the_list() {
        let re = regex::Regex::new(&expand(r"^(?&rank)\b").unwrap()).unwrap();
        assert_eq!(re.find("Kanit Binmas Polsek").unwrap().as_str(), "Kanit Binmas");
        assert_eq!(re.find("Kanit\u{a0}Binmas").unwrap().as_str(), "Kanit\u{a0}Binmas");
        assert_eq!(expand(r"a\(?&b").unwrap(), r"a\(?&b");
        assert!(expand("(?&nope)").unwrap_err().contains("known: unit, rank"));
        assert!(expand("(?&unit").is_err());
        assert_eq!(expand("plain").unwrap(), "plain");
    }
}
