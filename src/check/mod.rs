//! Checks: each kind of rule in its own file, which owns its YAML keys, compiles them and
//! runs over a `Document`. `registry` is the one list of kinds; `compile` turns a rule's
//! `Spec` into a `Rule`; `literal` is the phrase-list matcher; `shared` what kinds share.
pub mod compile;
pub mod conditional;
pub mod existence;
pub mod literal;
pub mod metric;
pub mod occurrence;
pub mod pattern;
pub mod registry;
pub mod require;
pub mod shared;
pub mod substitution;
pub mod suggest;
pub mod template;

pub use compile::compile;
pub use shared::{build_regex, match_case, overlaps_any, phrase_regex, Exceptions, Exempt, Limit, Scope, Spans};
pub(crate) use shared::{ends_with_punctuation, flexible_spaces, starts_with_punctuation};

use crate::model::{Diagnostic, Platform, RuleMeta, Suggestion};
use crate::rules::spec::FieldError;
use crate::text::document::Document;
use crate::text::re::Re;
use literal::Phrases;
use std::ops::Range;

/// A rule ready to run: its metadata and its compiled check.
#[derive(Debug)]
pub struct Rule {
    pub meta: RuleMeta,
    pub check: Check,
}

impl Rule {
    pub fn id(&self) -> &str {
        &self.meta.id
    }

    /// Whether the rule has any fix that `luwes fix` could apply.
    pub fn is_fixable(&self) -> bool {
        self.meta.is_fixable()
    }
}

/// What rewrites a compiled check offers, which decides the rule's default fix level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rewrite {
    /// No rewrite at all: a `fix:` key is an error.
    None,
    /// Suggestions that are advice unless the author opts in with `fix:`.
    Advice,
    /// Rewrites of prose: unsafe unless the author says `fix: safe`.
    Edit,
}

/// What every kind of check does. One implementation per file of this folder.
pub trait CheckKind: std::fmt::Debug + Send + Sync {
    /// Appends the findings of the check in `ctx.doc` to `out`.
    fn run(&self, ctx: &Ctx, out: &mut Vec<Diagnostic>);

    /// A regex that must match somewhere in `doc.phrase` for this check to report anything
    /// (`None`: the check may report on any text, e.g. a metric or a `min` count). The
    /// engine uses it to skip rules that cannot fire on a text (see `engine::prefilter`).
    fn trigger(&self) -> Option<&Re> {
        None
    }

    /// The phrase lists of the check (tokens, swap keys, exceptions), by field.
    fn phrase_lists(&self) -> Vec<(&'static str, &Phrases)> {
        Vec::new()
    }

    /// The regexes of the check that are not a phrase list's, by field.
    fn own_regexes(&self) -> Vec<(&'static str, &Re)> {
        Vec::new()
    }

    fn rewrite(&self) -> Rewrite {
        Rewrite::None
    }
}

/// One compiled check of any kind.
#[derive(Debug)]
pub struct Check(pub Box<dyn CheckKind>);

impl Check {
    pub fn run(&self, ctx: &Ctx, out: &mut Vec<Diagnostic>) {
        self.0.run(ctx, out)
    }

    /// See `CheckKind::trigger`.
    pub fn trigger(&self) -> Option<&Re> {
        self.0.trigger()
    }

    /// See `CheckKind::phrase_lists`.
    pub fn phrase_lists(&self) -> Vec<(&'static str, &Phrases)> {
        self.0.phrase_lists()
    }

    /// Every regex of the check, phrase lists' included, with the rule field it comes from.
    pub fn regexes(&self) -> Vec<(&'static str, &Re)> {
        let lists = self.phrase_lists().into_iter().map(|(f, p)| (f, p.regex()));
        lists.chain(self.0.own_regexes()).collect()
    }

    /// Compiles the regexes now (they are otherwise compiled on first use): rules read
    /// from disk call this so a regex over the size limit is an error at load. A phrase
    /// list the automaton serves needs its regex only for texts with a non-ASCII word
    /// character; compiling it for every large pack would be wasted.
    pub fn compile_now(&self) -> Result<(), FieldError> {
        let lists = self.phrase_lists().into_iter().filter(|(_, p)| !p.is_automaton());
        let regexes = lists.map(|(f, p)| (f, p.regex())).chain(self.0.own_regexes());
        for (field, re) in regexes {
            re.compile_now().map_err(|m| FieldError::new(field, m))?;
        }
        Ok(())
    }
}

/// What a check sees: the rule's shared fields, the document and the run's platform.
pub struct Ctx<'a> {
    pub rule: &'a RuleMeta,
    pub doc: &'a Document<'a>,
    pub platform: Platform,
}

impl Ctx<'_> {
    /// A diagnostic for `span` whose message is the rule's template with `vars` filled in
    /// (`{match}` is always available).
    pub fn diagnostic(&self, span: Range<usize>, vars: &[(&str, &str)], suggestions: Vec<Suggestion>) -> Diagnostic {
        let matched = &self.doc.source[span.clone()];
        let first = suggestions.first().map(|s| s.text.as_str()).unwrap_or("");
        let mut message = self
            .rule
            .message
            .replace("{match}", matched)
            .replace("{suggestion}", first);
        for (k, v) in vars {
            message = message.replace(&format!("{{{k}}}"), v);
        }
        Diagnostic {
            rule: self.rule.id.clone(),
            category: self.rule.category,
            severity: self.rule.severity,
            message,
            span,
            suggestions,
        }
    }

    /// Suggestions replacing `span` with each of `texts`, at the rule's fix level.
    pub fn replacements(&self, span: &Range<usize>, texts: impl IntoIterator<Item = String>) -> Vec<Suggestion> {
        texts
            .into_iter()
            .map(|t| Suggestion::replace(span.clone(), t, self.rule.fix))
            .collect()
    }
}
