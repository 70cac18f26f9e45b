//! The command-line surface (clap derive), shared options, and their mapping onto `Config`.
//! The help text of every command and option is in `output::labels::help`, in Indonesian
//! and English; `cli::help` lays it over these definitions.
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
#[command(name = "luwes", version)]
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
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[arg(long, global = true, conflicts_with = "config")]
    pub no_config: bool,
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    #[arg(long, global = true, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    #[arg(long, global = true)]
    pub allow_external_packs: bool,
}

#[derive(Debug, Args, Clone)]
pub struct LintArgs {
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub common: CommonArgs,
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    #[arg(long, value_enum)]
    pub platform: Option<Platform>,
    #[arg(long, value_delimiter = ',', value_name = "RULE|CATEGORY")]
    pub select: Vec<String>,
    #[arg(long, value_delimiter = ',', value_name = "RULE|CATEGORY")]
    pub ignore: Vec<String>,
    #[arg(long, value_enum, default_value = "pretty")]
    pub format: OutputFormat,
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    #[arg(long, value_name = "N", value_parser = parse_min_score)]
    pub min_score: Option<f64>,
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_file_mb: Option<u64>,
    #[arg(long)]
    pub print_config: bool,
    #[command(flatten)]
    pub calendar: super::calendar::CalendarArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Lint(LintArgs),
    Explain {
        rule: String,
        #[command(flatten)]
        common: CommonArgs,
    },
    Rules {
        #[command(subcommand)]
        action: Option<RulesAction>,
        #[arg(long)]
        category: Option<String>,
        #[command(flatten)]
        common: CommonArgs,
    },
    Fix(FixArgs),
    Score(ScoreArgs),
    Report(super::report::ReportArgs),
    Serve(super::serve::ServeArgs),
    Init {
        #[arg(long)]
        force: bool,
        #[arg(long, default_value = ".luwes.yaml")]
        path: PathBuf,
    },
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    #[command(hide = true)]
    Manpage {
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Args, Clone)]
pub struct FixArgs {
    #[command(flatten)]
    pub lint: LintArgs,
    #[arg(long = "unsafe")]
    pub unsafe_fixes: bool,
    #[arg(long)]
    pub diff: bool,
    #[arg(long, conflicts_with = "diff")]
    pub dry_run: bool,
    #[arg(long)]
    pub break_hardlinks: bool,
}

#[derive(Debug, Args, Clone)]
pub struct ScoreArgs {
    #[command(flatten)]
    pub lint: LintArgs,
    #[arg(long)]
    pub explain: bool,
}

fn parse_min_score(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.0..=100.0).contains(&v) => Ok(v),
        _ => Err(super::msg().min_score_arg.to_string()),
    }
}

#[derive(Debug, Subcommand)]
pub enum RulesAction {
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
