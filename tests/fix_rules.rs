//! Every fixable rule, through the whole `luwes fix` pipeline (all passes, tidy): each
//! `bad` example with a `fixed:` must come out exactly as the rule file says, so the
//! examples `luwes explain` shows are what users get. Works for whatever rules exist.
use luwes::cli::config::Config;
use luwes::model::Applicability;
use luwes::model::{Lang, Settings};
use luwes::{fix, Linter};

fn settings_for(id: &str) -> Settings {
    Settings::from(Config {
        lang: Some(Lang::Id),
        select: Some(vec![id.to_string()]),
        ..Config::default()
    })
}

#[test]
fn every_fixed_example_is_what_luwes_fix_produces() {
    let (all, _) = Linter::new(Settings::from(Config::default()), Vec::new()).unwrap();
    let mut checked = 0;
    let mut failures = Vec::new();
    for rule in all.rules.rules.iter().filter(|r| r.is_fixable()) {
        for t in &rule.meta.tests {
            let (Some(bad), Some(expected)) = (&t.bad, &t.fixed) else {
                continue;
            };
            let mut settings = settings_for(rule.id());
            settings.lang = match rule.meta.lang.as_deref() {
                Some("en") => Lang::En,
                _ => Lang::Id,
            };
            if let Some(kind) = t.kind {
                settings.kind = kind;
            }
            if let Some(p) = t.platform {
                settings.platform = p;
            }
            let (linter, _) = Linter::new(settings, Vec::new()).unwrap();
            let path = if t.markdown { "t.md" } else { "t.txt" };
            let out = fix::fix(|t| linter.lint(path, t), bad, Applicability::Unsafe);
            checked += 1;
            if out.text() != expected {
                failures.push(format!(
                    "{}: {bad:?} → {:?}, expected {expected:?}",
                    rule.id(),
                    out.text()
                ));
            }
        }
    }
    assert!(checked > 0, "no fixable rule has a `fixed:` example");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn safe_level_never_applies_unsafe_rewrites() {
    let (linter, _) = Linter::new(Settings::from(Config::default()), Vec::new()).unwrap();
    let text = "Peserta wajib membawa KTP. Warga dihimbau hadir.\n";
    let out = fix::fix(|t| linter.lint("t.txt", t), text, Applicability::Safe);
    assert!(out.applied.iter().all(|a| a.applicability == Applicability::Safe));
    assert!(out.text().contains("wajib membawa"), "{}", out.text());
    assert!(out.text().contains("diimbau"), "{}", out.text());
}
