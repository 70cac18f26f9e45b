//! The command-line surface (clap derive), shared options, and their mapping onto `Config`.
use super::config::Config;
use crate::model::{FailOn, Lang, Platform, TextKind};
use crate::output::OutputFormat;
use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// The domain's words as command-line values: `model` knows nothing of clap, so the
/// values are the words' own names (`as_str`), in their own order (`ALL`).
macro_rules! value_enum {
    ($($t:ty),*) => {$(
        impl ValueEnum for $t {
            fn value_variants<'a>() -> &'a [Self] {
                &<$t>::ALL
            }

            fn to_possible_value(&self) -> Option<PossibleValue> {
                Some(PossibleValue::new(self.as_str()))
            }
        }
    )*};
}

value_enum!(Lang, Platform, FailOn);

#[derive(Debug, Parser)]
#[command(
    name = "luwes",
    version,
    about = "Make government posts luwes, not kaku: flag stiff, commanding, bureaucratic phrasing and suggest warm rewrites.",
    after_help = "Examples:\n  luwes lint examples/\n  echo \"Peserta wajib membawa KTP.\" | luwes lint -\n  luwes explain id/wajib\n  luwes rules --category imperative"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Post,
    Reply,
}

/// Options every command that reads rules or config accepts.
#[derive(Debug, Args, Clone, Default)]
pub struct CommonArgs {
    /// Config file to use instead of the nearest .luwes.yaml
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Ignore any .luwes.yaml
    #[arg(long, global = true, conflicts_with = "config")]
    pub no_config: bool,
    /// Language of the posts (for `rules`: only that language's rules)
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// Colour output: auto (terminal only, honours NO_COLOR), always, never
    #[arg(long, global = true, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    /// Let the config's `packs:` name folders outside the repository that holds it
    #[arg(long, global = true)]
    pub allow_external_packs: bool,
}

#[derive(Debug, Args, Clone)]
pub struct LintArgs {
    /// Files or folders to check (folders are walked, .gitignore respected); `-` reads stdin
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub common: CommonArgs,
    /// What the texts are: posts, or replies to citizens' comments
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Target platform (some limits depend on it)
    #[arg(long, value_enum)]
    pub platform: Option<Platform>,
    /// Only these rule ids or categories (comma-separated or repeated)
    #[arg(long, value_delimiter = ',', value_name = "RULE|CATEGORY")]
    pub select: Vec<String>,
    /// Skip these rule ids or categories (comma-separated or repeated)
    #[arg(long, value_delimiter = ',', value_name = "RULE|CATEGORY")]
    pub ignore: Vec<String>,
    /// Output format
    #[arg(long, value_enum, default_value = "pretty")]
    pub format: OutputFormat,
    /// Lowest severity that makes the exit code 1
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Exit 1 when any document's soft-message score is below N (0-100)
    #[arg(long, value_name = "N", value_parser = parse_min_score)]
    pub min_score: Option<f64>,
    /// Name (and so format) to use for text read from stdin
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// Largest file read, in MiB (default 64)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_file_mb: Option<u64>,
    /// Print the merged configuration and exit
    #[arg(long)]
    pub print_config: bool,
    #[command(flatten)]
    pub calendar: super::calendar::CalendarArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check posts and report stiff, commanding or bureaucratic phrasing
    Lint(LintArgs),
    /// Explain a rule: why it matters, before/after examples, fix safety, source
    Explain {
        /// Rule id, e.g. id/wajib
        rule: String,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// List the rules in force, or test rule files
    Rules {
        #[command(subcommand)]
        action: Option<RulesAction>,
        /// Only rules of this category
        #[arg(long)]
        category: Option<String>,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Apply rewrites in place (safe ones; --unsafe adds the rest); --diff / --dry-run only show
    #[command(
        after_help = "Exit code: as `lint` on the fixed text; with --diff or --dry-run also 1 when something would change.\nExamples:\n  luwes fix --diff posts/\n  luwes fix --unsafe draft.txt\n  echo \"Silahkan antri.\" | luwes fix -"
    )]
    Fix(FixArgs),
    /// Score each document 0-100 for how soft it reads, with a breakdown by category
    #[command(
        after_help = "Examples:\n  luwes score drafts/\n  luwes score --explain\n  luwes score --min-score 70 posts/"
    )]
    Score(ScoreArgs),
    /// Write a self-contained HTML workshop report: scores, highlighted findings, charts, rule explanations
    #[command(
        after_help = "Examples:\n  luwes report drafts/ -o report.html\n  luwes report --lang en --title \"Workshop, 12 July\" drafts/"
    )]
    Report(super::report::ReportArgs),
    /// Serve the drafting page, a workshop room and the JSON API in the browser (offline)
    #[command(
        after_help = "Examples:\n  luwes serve --open\n  luwes serve --workshop \"Pelatihan Pesan Luwes, Kota Magelang\" --bind 0.0.0.0\n  luwes report --db luwes-workshop.sqlite -o report.html"
    )]
    Serve(super::serve::ServeArgs),
    /// Write a commented .luwes.yaml in the current folder
    Init {
        /// Overwrite an existing file
        #[arg(long)]
        force: bool,
        /// Where to write it
        #[arg(long, default_value = ".luwes.yaml")]
        path: PathBuf,
    },
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    ///
    /// For example: luwes completions bash > ~/.local/share/bash-completion/completions/luwes
    Completions {
        /// Shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), or write one page per command into --dir
    #[command(hide = true)]
    Manpage {
        /// Write luwes.1 and luwes-COMMAND.1 into this folder instead of printing luwes.1
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Args, Clone)]
pub struct FixArgs {
    #[command(flatten)]
    pub lint: LintArgs,
    /// Also apply unsafe rewrites: they change the wording, so read the result
    #[arg(long = "unsafe")]
    pub unsafe_fixes: bool,
    /// Print a unified diff of what would change, and write nothing
    #[arg(long)]
    pub diff: bool,
    /// Report what would change, and write nothing
    #[arg(long, conflicts_with = "diff")]
    pub dry_run: bool,
    /// Rewrite a file that has other hard links (they keep the old text)
    #[arg(long)]
    pub break_hardlinks: bool,
}

#[derive(Debug, Args, Clone)]
pub struct ScoreArgs {
    #[command(flatten)]
    pub lint: LintArgs,
    /// Print how the score is computed, and exit
    #[arg(long)]
    pub explain: bool,
}

fn parse_min_score(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.0..=100.0).contains(&v) => Ok(v),
        _ => Err("expected a number from 0 to 100".to_string()),
    }
}

#[derive(Debug, Subcommand)]
pub enum RulesAction {
    /// Run the examples embedded in rule files (all rules in force, or the given files/folders)
    Test {
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
}

impl CommonArgs {
    pub fn to_config(&self) -> Config {
        Config {
            lang: self.lang,
            ..Config::default()
        }
    }
}

impl LintArgs {
    /// The command line's layer of the config: only what was given.
    pub fn to_config(&self) -> Config {
        Config {
            kind: self.kind.map(|k| match k {
                KindArg::Post => TextKind::Post,
                KindArg::Reply => TextKind::Reply,
            }),
            platform: self.platform,
            fail_on: self.fail_on,
            min_score: self.min_score,
            select: (!self.select.is_empty()).then(|| self.select.clone()),
            ignore: (!self.ignore.is_empty()).then(|| self.ignore.clone()),
            max_file_mb: self.max_file_mb,
            ..self.common.to_config()
        }
    }
}
