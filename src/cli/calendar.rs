//! Content calendars on the command line: the flags naming columns, the sheet and a date
//! range; a calendar file read into one input per post (its row's kind and platform
//! applying); and the fixed cells written back (a workbook into a new file beside it).
use super::files::{read_bounded, replace_atomic, Fifo};
use super::walk::Input;
use crate::calendar::{self, date, Calendar, ColumnNames, Format, Options, Row};
use crate::error::Error;
use crate::model::{Cell, FileReport, Platform, TextKind};
use clap::Args;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The flags of content calendars; their help is in `output::labels::help`.
#[derive(Debug, Args, Clone, Default)]
pub struct CalendarArgs {
    /// The column holding the posts (default: found from the header: caption, teks, text, isi, konten, post, keterangan)
    #[arg(long, value_name = "NAME")]
    pub column: Option<String>,
    /// The date column (default: tanggal, date, tgl, jadwal)
    #[arg(long, value_name = "NAME")]
    pub date_column: Option<String>,
    /// The platform column (default: platform, kanal, channel, media)
    #[arg(long, value_name = "NAME")]
    pub platform_column: Option<String>,
    /// The account column (default: akun, account)
    #[arg(long, value_name = "NAME")]
    pub account_column: Option<String>,
    /// The column saying post or reply (default: jenis, kind, tipe, type)
    #[arg(long, value_name = "NAME")]
    pub kind_column: Option<String>,
    /// The worksheet of an .xlsx calendar (default: the first)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Only calendar rows dated on or after this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub since: Option<String>,
    /// Only calendar rows dated on or before this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub until: Option<String>,
}

/// `calendar:` in `.luwes.yaml`: the team's column names and sheet; flags override them.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_column: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_column: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_column: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind_column: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
}

fn parse_day(s: &str) -> Result<String, String> {
    date::parse(s).ok_or_else(|| "expected a date such as 2026-01-31".to_string())
}

/// A calendar read from disk, shared by the inputs of its rows.
#[derive(Debug)]
pub struct CalendarFile {
    pub path: PathBuf,
    /// The path as shown (relative, `/`-separated).
    pub name: String,
    pub bytes: Vec<u8>,
    pub calendar: Calendar,
}

/// Whether `path` is read as a calendar.
pub fn is_calendar(path: &Path) -> bool {
    Format::from_path(&path.to_string_lossy()).is_some()
}

impl CalendarArgs {
    /// The flags on top of the config's `calendar:` section.
    pub fn with_config(&self, config: Option<&CalendarConfig>) -> CalendarArgs {
        let c = config.cloned().unwrap_or_default();
        CalendarArgs {
            column: self.column.clone().or(c.column),
            date_column: self.date_column.clone().or(c.date_column),
            platform_column: self.platform_column.clone().or(c.platform_column),
            account_column: self.account_column.clone().or(c.account_column),
            kind_column: self.kind_column.clone().or(c.kind_column),
            sheet: self.sheet.clone().or(c.sheet),
            ..self.clone()
        }
    }

    fn options(&self) -> Options {
        Options {
            names: ColumnNames {
                text: self.column.clone(),
                date: self.date_column.clone(),
                platform: self.platform_column.clone(),
                account: self.account_column.clone(),
                kind: self.kind_column.clone(),
            },
            sheet: self.sheet.clone(),
        }
    }

    /// Whether a row's date falls in `--since`/`--until` (with neither, every row does;
    /// with either, a row without a readable date does not).
    fn keeps(&self, day: Option<&str>) -> bool {
        if self.since.is_none() && self.until.is_none() {
            return true;
        }
        day.is_some_and(|d| {
            self.since.as_deref().is_none_or(|s| d >= s) && self.until.as_deref().is_none_or(|u| d <= u)
        })
    }

    /// Reads the calendar at `path` into one input per post in the date range.
    /// A FIFO may be read once (`lint`), not by `fix`, which writes the file back.
    pub fn expand(
        &self,
        path: &Path,
        name: String,
        limit: u64,
        fifo: Fifo,
    ) -> Result<Vec<(Input, String, String)>, Error> {
        let format = Format::from_path(&name).unwrap_or(Format::Delimited(None));
        let bytes = read_bounded(path, limit, fifo, "the calendar")?;
        let calendar = calendar::read(&name, &bytes, format, &self.options())?;
        let file = Arc::new(CalendarFile {
            path: path.to_path_buf(),
            name: name.clone(),
            bytes,
            calendar,
        });
        Ok(file
            .calendar
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| self.keeps(r.date.as_deref().and_then(date::parse).as_deref()))
            .map(|(i, r)| {
                let input = Input::Cell {
                    file: Arc::clone(&file),
                    row: i,
                };
                (input, name.clone(), r.text.clone())
            })
            .collect())
    }
}

/// A row's own kind: "balasan", "reply", "komentar" mean a reply; "post", "unggahan",
/// "posting" a post; anything else leaves the run's kind.
fn kind(row: &Row) -> Option<TextKind> {
    match row.kind.as_deref()?.trim().to_lowercase().as_str() {
        "reply" | "balasan" | "balas" | "komentar" | "jawaban" => Some(TextKind::Reply),
        "post" | "unggahan" | "posting" | "postingan" => Some(TextKind::Post),
        _ => None,
    }
}

/// A row's own platform; a platform luwes has no limits for (TikTok, YouTube) is generic.
fn platform(row: &Row) -> Option<Platform> {
    let p = row.platform.as_deref()?.trim().to_lowercase();
    let p = match p.as_str() {
        "" => return None,
        "ig" | "insta" => "instagram",
        "fb" => "facebook",
        "wa" | "whatsapp channel" | "saluran wa" => "whatsapp",
        "twitter/x" | "x/twitter" => "x",
        other => other,
    };
    Some(Platform::parse(p).unwrap_or(Platform::Generic))
}

/// The cell an input came from, as the reports carry it.
pub fn cell(file: &CalendarFile, row: &Row) -> Cell {
    Cell {
        row: row.number,
        column: file.calendar.column.clone(),
        sheet: file.calendar.sheet.clone(),
        date: row.date.as_deref().and_then(date::parse),
        platform: row.platform.clone(),
        account: row.account.clone(),
        in_file: row.in_file,
    }
}

/// Lints one calendar row with its own kind and platform, and says which cell it is.
pub fn lint(linter: &crate::Linter, file: &CalendarFile, row: usize, name: &str, text: &str) -> FileReport {
    let r = &file.calendar.rows[row];
    let mut report = linter.lint_as(name, text, kind(r), platform(r));
    report.cell = Some(cell(file, r));
    report
}

/// Where the fixed calendar goes: over the file itself, except a workbook, which gets a
/// new `NAME.luwes.xlsx` beside it (a workbook cannot be rewritten faithfully in place).
pub fn fixed_path(file: &CalendarFile) -> PathBuf {
    if file.calendar.format == Format::Xlsx {
        file.path.with_extension("luwes.xlsx")
    } else {
        file.path.clone()
    }
}

/// Writes the calendar with the changed cells (row number → new text).
pub fn write(file: &CalendarFile, changes: &[(usize, String)], break_links: bool) -> Result<PathBuf, Error> {
    let bytes = calendar::rewrite(&file.name, &file.bytes, &file.calendar, changes)?;
    let target = fixed_path(file);
    let expect = (target == file.path).then_some(file.bytes.as_slice());
    replace_atomic(&target, &bytes, expect, break_links)?;
    Ok(target)
}
