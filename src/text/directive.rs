//! Comments that steer luwes from inside a file. Suppression: `<!-- luwes-disable [ids] -->`
//! … `<!-- luwes-enable [ids] -->` and `<!-- luwes-disable-next-line [ids] -->` (ids may be
//! rule ids or categories; none means every rule). Kind: `<!-- luwes-kind reply -->` marks
//! a file as a reply to a citizen's comment, whatever `--kind` says for the rest of the run.
use crate::model::span::LineIndex;
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Region {
    bytes: Range<usize>,
    /// Empty: all rules.
    selectors: Vec<String>,
}

/// The parts of a document where some rules are switched off.
#[derive(Debug, Clone, Default)]
pub struct Suppressions {
    regions: Vec<Region>,
}

fn directive_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"<!--\s*luwes-(disable-next-line|disable|enable)\b([^>]*?)\s*-->").unwrap())
}

/// The text kind a file declares for itself (`<!-- luwes-kind reply -->`), if any.
pub fn declared_kind(source: &str) -> Option<crate::model::TextKind> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"<!--\s*luwes-kind\s*:?\s*(post|reply)\s*-->").unwrap());
    re.captures(source).and_then(|c| crate::model::TextKind::parse(&c[1]))
}

impl Suppressions {
    pub fn parse(source: &str, lines: &LineIndex) -> Self {
        let mut regions = Vec::new();
        // Open `disable` regions: (start offset, selectors).
        let mut open: Vec<(usize, Vec<String>)> = Vec::new();
        for caps in directive_re().captures_iter(source) {
            let whole = caps.get(0).unwrap();
            let selectors: Vec<String> = caps[2]
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            match &caps[1] {
                "disable-next-line" => {
                    let line = lines.line_of(whole.end()) + 1;
                    if line < lines.line_count() {
                        regions.push(Region {
                            bytes: lines.line_range(source, line),
                            selectors,
                        });
                    }
                }
                "disable" => open.push((whole.end(), selectors)),
                _ => {
                    // `enable` closes the matching selectors; a bare `enable` closes all.
                    let (closed, still): (Vec<_>, Vec<_>) = open
                        .drain(..)
                        .partition(|(_, sel)| selectors.is_empty() || sel.iter().any(|s| selectors.contains(s)));
                    open = still;
                    for (start, sel) in closed {
                        regions.push(Region {
                            bytes: start..whole.start(),
                            selectors: sel,
                        });
                    }
                }
            }
        }
        for (start, selectors) in open {
            regions.push(Region {
                bytes: start..source.len(),
                selectors,
            });
        }
        Suppressions { regions }
    }

    /// Whether a finding of `rule` (in `category`) starting at byte `at` is switched off.
    pub fn is_suppressed(&self, rule: &str, category: &str, at: usize) -> bool {
        self.regions.iter().any(|r| {
            r.bytes.contains(&at) && (r.selectors.is_empty() || r.selectors.iter().any(|s| s == rule || s == category))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sup(src: &str) -> Suppressions {
        Suppressions::parse(src, &LineIndex::new(src))
    }

    #[test]
    fn a_file_can_declare_its_kind() {
        use crate::model::TextKind;
        assert_eq!(
            declared_kind("Terima kasih.\n<!-- luwes-kind reply -->\n"),
            Some(TextKind::Reply)
        );
        assert_eq!(declared_kind("<!--luwes-kind: post-->"), Some(TextKind::Post));
        assert_eq!(declared_kind("<!-- luwes-kind balasan -->"), None);
        assert_eq!(declared_kind("luwes-kind reply"), None);
    }

    #[test]
    fn next_line_only_covers_the_next_line() {
        let src = "<!-- luwes-disable-next-line id/wajib -->\nwajib A\nwajib B\n";
        let s = sup(src);
        assert!(s.is_suppressed("id/wajib", "imperative", src.find("wajib A").unwrap()));
        assert!(!s.is_suppressed("id/wajib", "imperative", src.find("wajib B").unwrap()));
        assert!(!s.is_suppressed("id/lain", "formal", src.find("wajib A").unwrap()));
    }

    #[test]
    fn disable_enable_region_by_category_or_all() {
        let src = "a <!-- luwes-disable imperative --> b <!-- luwes-enable imperative --> c <!-- luwes-disable --> d";
        let s = sup(src);
        let at = |t: &str| src.find(t).unwrap();
        assert!(!s.is_suppressed("id/wajib", "imperative", at("a ")));
        assert!(s.is_suppressed("id/wajib", "imperative", at(" b ") + 1));
        assert!(!s.is_suppressed("id/x", "formal", at(" b ") + 1));
        assert!(!s.is_suppressed("id/wajib", "imperative", at(" c ") + 1));
        assert!(s.is_suppressed("id/x", "formal", at(" d") + 1));
    }
}
