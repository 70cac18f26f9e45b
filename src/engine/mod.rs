//! The linter: runs the rules in force over one text — language and rule selection,
//! suppression, accepted and rejected vocabulary, severity overrides, deterministic order
//! — and scores it. Also where rules are gathered (`rules`), skipped cheaply
//! (`prefilter`) and tested against their own examples (`selftest`).
mod lang;
mod overlap;
pub mod prefilter;
pub mod rules;
pub mod selftest;

pub use rules::RuleSet;

use crate::check::existence::Existence;
use crate::check::literal::PhraseIndex;
use crate::check::{Check, Ctx, Rule};
use crate::error::{Error, Result};
use crate::model::{Applicability, Category, Diagnostic, FileReport, Platform, RuleMeta, Settings, Severity, TextKind};
use crate::rules::Pack;
use crate::score;
use crate::text::document::Document;
use crate::text::mask::Format;
use prefilter::Prefilter;

/// Rules compiled once, with the settings of the run; shared by every file.
pub struct Linter {
    pub rules: RuleSet,
    pub settings: Settings,
    /// Indexes into `rules.rules` of the rules switched on by select/ignore.
    enabled: Vec<usize>,
    reject: Option<Rule>,
    /// Which of `rules.rules` may fire on a text: one pass instead of one regex per rule.
    prefilter: Prefilter,
    /// Every phrase list that has an automaton, in one (built on first use).
    phrase_index: std::sync::OnceLock<PhraseIndex>,
}

/// Runs one rule on `text` alone, with no suppression or config: what rule tests need.
pub fn run_rule(rule: &Rule, text: &str, format: Format, platform: Platform) -> Vec<Diagnostic> {
    let doc = Document::new(text, format);
    let ctx = Ctx {
        rule: &rule.meta,
        doc: &doc,
        platform,
    };
    let mut out = Vec::new();
    if is_quiet(&rule.meta, &crate::text::context::registers(&doc)) {
        return out;
    }
    rule.check.run(&ctx, &mut out);
    let protected = crate::text::protect::protected(&doc.prose);
    out.retain(|d| !quoted_command(&doc, d) && !protected_name(&protected, d));
    out.sort_by_key(|d| d.span.start);
    out
}

/// Whether the rule keeps quiet in one of the post's registers (an emergency, a condolence).
fn is_quiet(rule: &crate::model::RuleMeta, registers: &[crate::model::Register]) -> bool {
    rule.quiet_in.iter().any(|r| registers.contains(r))
}

/// An imperative or formal finding inside quoted speech: an official quoted in the post is
/// not the post's own voice, so their words are not flagged as the writer's command or
/// jargon (a quotation must stay as it was said; the writer answers for what is around it).
fn quoted_command(doc: &Document, d: &Diagnostic) -> bool {
    matches!(d.category, Category::Imperative | Category::Formal) && crate::text::quote::inside(&d.span, &doc.quoted)
}

/// A word finding inside the name of a document, programme or event, or on an acronym the
/// name spells out right before it: the name is what it is called (see `text::protect`).
/// Structural, listening and serving findings judge the post, not the name's words.
fn protected_name(p: &crate::text::protect::Protected, d: &Diagnostic) -> bool {
    use crate::text::protect::inside;
    let judges_words = !matches!(
        d.category,
        Category::Structural | Category::Listening | Category::Serving
    );
    (judges_words && inside(&d.span, &p.names)) || inside(&d.span, &p.explained)
}

fn selector_matches(sel: &str, rule: &Rule) -> bool {
    sel == rule.meta.id
        || sel == rule.meta.category.as_str()
        || (sel.ends_with('/') && rule.meta.id.starts_with(sel))
        || rule.meta.id.starts_with(&format!("{sel}/"))
}

/// A rule flagging the config's `vocab.reject` words: an existence check built directly.
/// Its message is Indonesian, as findings are, unless the posts are set to English.
fn reject_rule(words: &[String], english: bool) -> Result<Option<Rule>> {
    if words.is_empty() {
        return Ok(None);
    }
    let check = Existence::words(words).map_err(|e| Error::new(e).field("vocab.reject"))?;
    let meta = RuleMeta {
        id: "vocab/reject".to_string(),
        lang: None,
        kind: crate::check::existence::KIND.name,
        category: Category::Readability,
        severity: Severity::Warning,
        message: if english {
            "“{match}” is on this project's reject list (vocab.reject).".to_string()
        } else {
            "“{match}” ada di daftar kata yang ditolak proyek ini (vocab.reject).".to_string()
        },
        description: if english {
            "Words the project's config rejects.".to_string()
        } else {
            "Kata yang ditolak oleh konfigurasi proyek ini.".to_string()
        },
        source: None,
        fix: Applicability::DisplayOnly,
        weight: 1.0,
        applies_to: vec![TextKind::Post, TextKind::Reply],
        quiet_in: Vec::new(),
        origin: "config:vocab.reject".into(),
        tests: Vec::new(),
    };
    let check = Check(Box::new(check));
    check
        .compile_now()
        .map_err(|e| Error::new(e.message).field("vocab.reject"))?;
    Ok(Some(Rule { meta, check }))
}

impl Linter {
    /// Compiles the built-in rules and `packs` (the settings' packs, read by the caller).
    /// Errors in pack files are returned beside the linter so the run can go on with the
    /// rules that did load.
    pub fn new(settings: Settings, packs: Vec<Pack>) -> Result<(Linter, Vec<Error>)> {
        let (rules, errors) = rules::load(packs);
        let known = |sel: &str| Category::parse(sel).is_some() || rules.rules.iter().any(|r| selector_matches(sel, r));
        for (field, list) in [("select", &settings.select), ("ignore", &settings.ignore)] {
            if let Some(bad) = list.iter().find(|s| !known(s)) {
                let bad = crate::error::excerpt(bad, crate::error::EXCERPT_CHARS);
                return Err(Error::new(format!("unknown rule or category `{bad}` in {field}")).field(field));
            }
        }
        if let Some(bad) = settings.severity.keys().find(|s| !known(s)) {
            let bad = crate::error::excerpt(bad, crate::error::EXCERPT_CHARS);
            return Err(Error::new(format!("unknown rule or category `{bad}`")).field("severity"));
        }
        let enabled = rules
            .rules
            .iter()
            .enumerate()
            .filter(|(_, r)| settings.select.is_empty() || settings.select.iter().any(|s| selector_matches(s, r)))
            .filter(|(_, r)| !settings.ignore.iter().any(|s| selector_matches(s, r)))
            .map(|(i, _)| i)
            .collect();
        let reject = reject_rule(&settings.vocab.reject, settings.lang == crate::model::Lang::En)?;
        let prefilter = Prefilter::new(&rules.rules);
        Ok((
            Linter {
                rules,
                settings,
                enabled,
                reject,
                prefilter,
                phrase_index: std::sync::OnceLock::new(),
            },
            errors,
        ))
    }

    /// The rules this run uses, in id order.
    pub fn enabled_rules(&self) -> impl Iterator<Item = &Rule> {
        self.enabled.iter().map(|&i| &self.rules.rules[i])
    }

    fn severity_for(&self, rule: &Rule) -> Severity {
        let s = &self.settings.severity;
        s.get(&rule.meta.id)
            .or_else(|| s.get(rule.meta.category.as_str()))
            .copied()
            .unwrap_or(rule.meta.severity)
    }

    fn phrase_index(&self) -> &PhraseIndex {
        self.phrase_index.get_or_init(|| {
            let rules = self.enabled_rules().chain(self.reject.as_ref());
            PhraseIndex::new(rules.flat_map(|r| r.check.phrase_lists()).map(|(_, p)| p))
        })
    }

    /// Lints `source`; `path` decides Markdown vs plain text and is echoed in the report.
    pub fn lint(&self, path: &str, source: &str) -> FileReport {
        self.lint_as(path, source, None, None)
    }

    /// `lint`, with the text's own kind and platform where it has them (a calendar row
    /// says whether it is a post or a reply, and where it goes); the run's otherwise.
    pub fn lint_as(&self, path: &str, source: &str, kind: Option<TextKind>, platform: Option<Platform>) -> FileReport {
        let doc = Document::new(source, Format::from_path(path)).with_phrase_index(self.phrase_index());
        let lang = self.settings.lang.code().unwrap_or_else(|| lang::detect(&doc));
        let kind = crate::text::directive::declared_kind(source)
            .or(kind)
            .unwrap_or(self.settings.kind);
        let platform = platform.unwrap_or(self.settings.platform);
        let mut diagnostics = Vec::new();
        let registers = crate::text::context::registers(&doc);
        // Rules whose trigger cannot match this text are skipped: most rules, on most texts.
        let may_fire = self.prefilter.may_fire(&doc.phrase);
        let rules = self.enabled.iter().map(|&i| (&self.rules.rules[i], may_fire[i]));
        for (rule, may_fire) in rules.chain(self.reject.as_ref().map(|r| (r, true))) {
            let m = &rule.meta;
            if !may_fire
                || m.lang.as_deref().is_some_and(|l| l != lang)
                || !m.applies_to.contains(&kind)
                || is_quiet(m, &registers)
            {
                continue;
            }
            let ctx = Ctx {
                rule: m,
                doc: &doc,
                platform,
            };
            let start = diagnostics.len();
            rule.check.run(&ctx, &mut diagnostics);
            let severity = self.severity_for(rule);
            for d in &mut diagnostics[start..] {
                d.severity = severity;
            }
        }
        let accept = &self.settings.vocab.accept;
        let protected = crate::text::protect::protected(&doc.prose);
        diagnostics.retain(|d| {
            let matched = &source[d.span.clone()];
            !quoted_command(&doc, d)
                && !protected_name(&protected, d)
                && !doc
                    .suppressions
                    .is_suppressed(&d.rule, d.category.as_str(), d.span.start)
                && !accept
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(matched) || w.to_lowercase() == matched.to_lowercase())
        });
        diagnostics.sort_by(|a, b| (a.span.start, &a.rule, a.span.end).cmp(&(b.span.start, &b.rule, b.span.end)));
        diagnostics.dedup_by(|a, b| a.rule == b.rule && a.span == b.span);
        let kind_of = |id: &str| self.rules.get(id).map(|r| r.meta.kind);
        overlap::one_per_span(&mut diagnostics, &doc.sentences, kind_of, |id| self.weight_of(id));
        let score = score::score(&doc, lang, &diagnostics, |d| self.weight_of(&d.rule));
        FileReport {
            path: path.to_string(),
            source: source.to_string(),
            lines: doc.lines.clone(),
            lang: lang.to_string(),
            kind,
            diagnostics,
            score,
            cell: None,
        }
    }

    /// The score weight of the rule `id` (1 for a rule this linter does not know).
    pub fn weight_of(&self, id: &str) -> f64 {
        self.rules
            .get(id)
            .or(self.reject.as_ref().filter(|r| r.id() == id))
            .map_or(1.0, |r| r.meta.weight)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reject_words_with_control_characters_load() {
        let words = vec!["a\u{1f}b".to_string(), "café ☕".to_string(), "\"kutip\"".to_string()];
        let rule = reject_rule(&words, false).unwrap().unwrap();
        let found = run_rule(&rule, "ini café ☕ dan \"kutip\"", Format::Plain, Platform::Generic);
        assert_eq!(found.len(), 2);
    }
}
