//! Properties of fixing, over generated posts mixing stiff phrases with plain words,
//! punctuation, spaces and line breaks: fixing is idempotent, converges, leaves no
//! fix behind, and never touches text away from the edits.
use luwes::config::{Config, Lang, Settings};
use luwes::diagnostic::{Applicability, Edit};
use luwes::{fix, Linter};
use proptest::prelude::*;
use std::sync::LazyLock;

static LINTER: LazyLock<Linter> = LazyLock::new(|| {
    let settings = Settings::from(Config {
        lang: Some(Lang::Id),
        ..Config::default()
    });
    Linter::new(settings).unwrap().0
});

/// Pieces of posts: stiff phrases the current rules rewrite, and neutral filler.
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
    "posyandu",
    "Sabtu pagi",
    "di balai desa",
    "ya",
    "Halo Sobat",
    "🙏",
];
const GLUE: &[&str] = &[" ", "  ", ", ", ". ", "\n", "! ", " , ", "\n\n", ""];

fn post() -> impl Strategy<Value = String> {
    prop::collection::vec((0..PIECES.len(), 0..GLUE.len()), 1..12).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(p, g)| format!("{}{}", PIECES[p], GLUE[g]))
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn fixing_is_idempotent(text in post(), unsafe_too in any::<bool>()) {
        let level = if unsafe_too { Applicability::Unsafe } else { Applicability::Safe };
        let once = fix::fix(&LINTER, "p.txt", &text, level);
        prop_assert!(once.converged);
        let twice = fix::fix(&LINTER, "p.txt", once.text(), level);
        prop_assert_eq!(twice.text(), once.text());
        prop_assert!(twice.applied.is_empty());
    }

    #[test]
    fn a_fixed_text_relints_without_fixable_findings(text in post()) {
        let out = fix::fix(&LINTER, "p.txt", &text, Applicability::Safe);
        let report = LINTER.lint("p.txt", out.text());
        let left: Vec<_> = report.diagnostics.iter().filter(|d| fix::fix_at(d, Applicability::Safe).is_some()).collect();
        prop_assert!(left.is_empty(), "{:?}", left);
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
