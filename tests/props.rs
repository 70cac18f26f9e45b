//! Properties over generated posts that mix Indonesian stiff phrases, emoji (ZWJ
//! sequences, skin tones), CRLF, tabs, right-to-left text and Markdown: spans valid and
//! positions right (luwes::invariants::check_report, which counts lines and columns
//! independently), fix idempotent, text away from the edits unchanged (before and after
//! tidying), and no safe fix left after fixing.
use luwes::fix;
use luwes::invariants::{check_report, LINTER};
use luwes::model::{Applicability, Edit};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "Peserta wajib membawa KTP",
    "wajib mengisi formulir",
    "Warga dihimbau mengurus",
    "ijin",
    "silahkan antri",
    "Atas perhatiannya diucapkan terima kasih",
    "Dengan hormat,",
    "diharapkan hadir",
    "HIMBAUAN",
    "Demikian disampaikan.",
    "posyandu",
    "Sabtu pagi",
    "di balai desa",
    "ya",
    "Halo Sobat",
    "🙏",
    "👩‍👩‍👧‍👦",
    "👍🏽",
    "🧑🏿‍🚀",
    "🇮🇩",
    "e\u{301}",
    "مرحبا",
    "\u{200f}שלום",
    "https://contoh.go.id/daftar",
    "@humas_kab",
    "#SobatSehat",
    "`kode wajib membawa`",
    "**wajib**",
    "[tautan](https://x.id)",
    "<!-- luwes-disable id/wajib -->",
    "!!!",
];
const GLUE: &[&str] = &[
    " ", "  ", ", ", ". ", "\n", "\r\n", "\t", "! ", " , ", "\n\n", "\r\n\r\n", "\n- ", "\n> ", "\n# ", "\n1. ",
    "\n```\n", "",
];

fn post() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        prop::collection::vec((0..PIECES.len(), 0..GLUE.len()), 1..16),
    )
        .prop_map(|(bom, parts)| {
            let body: String = parts
                .into_iter()
                .map(|(p, g)| format!("{}{}", PIECES[p], GLUE[g]))
                .collect();
            if bom {
                format!("\u{feff}{body}")
            } else {
                body
            }
        })
}

fn path() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["p.txt", "p.md"])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn spans_and_positions_are_valid(text in post(), path in path()) {
        check_report(&LINTER.lint(path, &text));
    }

    #[test]
    fn fix_is_idempotent_and_leaves_no_safe_fix(text in post(), path in path(), unsafe_too in any::<bool>()) {
        let level = if unsafe_too { Applicability::Unsafe } else { Applicability::Safe };
        let once = fix::fix(|t| LINTER.lint(path, t), &text, level);
        prop_assert!(once.converged);
        check_report(&once.report);
        let twice = fix::fix(|t| LINTER.lint(path, t), once.text(), level);
        prop_assert_eq!(twice.text(), once.text());
        let relinted = LINTER.lint(path, once.text());
        let left: Vec<_> = relinted
            .diagnostics
            .iter()
            .filter(|d| fix::fix_at(d, Applicability::Safe).is_some())
            .map(|d| (&d.rule, &d.span))
            .collect();
        prop_assert!(left.is_empty(), "{:?}", left);
    }

    /// One pass of the fixes lint proposes: outside the edits taken, the output is the
    /// input, byte for byte (before tidy, which has its own property below).
    #[test]
    fn text_outside_the_edits_is_unchanged(text in post(), path in path()) {
        let report = LINTER.lint(path, &text);
        let groups: Vec<&[Edit]> = report
            .diagnostics
            .iter()
            .filter_map(|d| fix::fix_at(d, Applicability::Unsafe))
            .map(|s| s.edits.as_slice())
            .collect();
        let r = fix::apply_groups(&text, &groups);
        let mut taken: Vec<&Edit> = r.taken.iter().flat_map(|&i| groups[i].iter()).collect();
        taken.sort_by_key(|e| (e.start, e.end));
        prop_assert_eq!(taken.len(), r.landed.len());
        let (mut src_at, mut out_at) = (0, 0);
        for (e, landed) in taken.iter().zip(&r.landed) {
            prop_assert_eq!(&text[src_at..e.start], &r.text[out_at..landed.start]);
            prop_assert_eq!(&r.text[landed.clone()], e.text.as_str());
            src_at = e.end;
            out_at = landed.end;
        }
        prop_assert_eq!(&text[src_at..], &r.text[out_at..]);
    }

    /// One edit, then tidy: before the edit only trailing spaces (and an orphan comma
    /// before a closing mark) may go; after it, only leading spaces, an orphan comma at a
    /// line start, and the case of one letter may change.
    #[test]
    fn text_outside_an_edit_is_unchanged(
        before in "[a-zA-Z ,.!?\n]{0,20}",
        old in "[a-z ]{0,8}",
        after in "[a-zA-Z ,.!?\n]{0,20}",
        new in prop::sample::select(vec!["", "jangan lupa", "Yuk, urus", " x "]),
    ) {
        let source = format!("{before}{old}{after}");
        let edit = Edit { start: before.len(), end: before.len() + old.len(), text: new.to_string() };
        let r = fix::apply_groups(&source, &[std::slice::from_ref(&edit)]);
        let out = fix::tidy(&r.text, &r.landed);
        let kept_before = before.trim_end_matches(' ');
        let kept_before = kept_before.strip_suffix([',', ';', ':']).unwrap_or(kept_before);
        prop_assert!(out.starts_with(kept_before), "{:?} → {:?}", source, out);
        let kept_after = after.trim_start_matches(' ');
        let kept_after = kept_after.trim_start_matches([',', ';', ':']).trim_start_matches(' ');
        let tail: String = kept_after.chars().skip(1).collect();
        prop_assert!(out.ends_with(&tail), "{:?} → {:?}", source, out);
        prop_assert!(out.contains(new.trim_matches(' ').get(1..).unwrap_or("")), "{:?} → {:?}", source, out);
    }
}
