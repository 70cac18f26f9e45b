//! Content calendars: the spreadsheets social-media teams plan posts in (CSV, TSV, JSON
//! Lines, xlsx), read from bytes into rows — each row one post with its date, platform,
//! account and kind — and written back with only the text cells changed. No file access
//! here: the CLI reads and writes the bytes.
mod columns;
mod csv;
pub mod date;
mod jsonl;
mod xlsx;

pub use columns::{ColumnNames, Columns};

use crate::error::{Error, Location};
use crate::model::FileAt;

/// File extensions read as calendars (lower case).
pub const EXTENSIONS: &[&str] = &["csv", "tsv", "xlsx", "jsonl"];

/// The kinds of calendar file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma, semicolon (Excel in an Indonesian locale) or tab separated; `None` sniffs
    /// the delimiter from the header line.
    Delimited(Option<u8>),
    Jsonl,
    Xlsx,
}

impl Format {
    /// The calendar format a file name says, if any.
    pub fn from_path(path: &str) -> Option<Format> {
        let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Format::Delimited(None)),
            "tsv" => Some(Format::Delimited(Some(b'\t'))),
            "jsonl" => Some(Format::Jsonl),
            "xlsx" => Some(Format::Xlsx),
            _ => None,
        }
    }
}

/// What the caller asks for: which columns (by name, else found from the header) and,
/// for a workbook, which sheet (else the first).
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub names: ColumnNames,
    pub sheet: Option<String>,
}

/// One post of a calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// As a spreadsheet numbers it: the header is row 1 (JSON Lines: the line number).
    pub number: usize,
    pub text: String,
    /// The date as written, and read into `YYYY-MM-DD` when it could be.
    pub date: Option<String>,
    pub platform: Option<String>,
    pub account: Option<String>,
    pub kind: Option<String>,
    /// Where the text starts in the file (not in a workbook).
    pub in_file: Option<FileAt>,
    /// Where the text cell's bytes are, for writing it back.
    pub(crate) place: Place,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Place {
    /// Bytes `start..end` of the file hold the field, quoted or not; `None` when the field
    /// is written in a way luwes would not reproduce exactly (then it is not rewritten).
    Delimited {
        field: Option<(usize, usize)>,
        quoted: bool,
    },
    /// The line's bytes `start..end`; the value is found in it when rewriting.
    Jsonl { line: (usize, usize) },
    /// 0-based row and column in the sheet.
    Xlsx { row: u32, col: u16 },
}

/// A calendar read from bytes.
#[derive(Debug, Clone)]
pub struct Calendar {
    pub format: Format,
    /// The text column's name, as the header spells it.
    pub column: String,
    /// The worksheet read (workbooks only).
    pub sheet: Option<String>,
    pub rows: Vec<Row>,
}

/// Reads a calendar; `name` is for errors. Empty rows and empty text cells are skipped.
/// A malformed file (unbalanced quotes, invalid UTF-8, a broken workbook) is an error
/// naming the file and the row.
pub fn read(name: &str, bytes: &[u8], format: Format, opts: &Options) -> Result<Calendar, Error> {
    match format {
        Format::Delimited(delimiter) => csv::read(bytes, delimiter, &opts.names),
        Format::Jsonl => jsonl::read(bytes, &opts.names),
        Format::Xlsx => xlsx::read(bytes, opts),
    }
    .map_err(|e| e.with_path(name))
}

/// The file with the text cells of `changes` (row number → new text) replaced and every
/// other byte kept; for a workbook, a new workbook (values only: see `xlsx::rewrite`).
pub fn rewrite(name: &str, bytes: &[u8], cal: &Calendar, changes: &[(usize, String)]) -> Result<Vec<u8>, Error> {
    // A cell whose text did not change keeps its bytes, however it was written.
    let rows = changes
        .iter()
        .filter_map(|(n, t)| cal.rows.iter().find(|r| r.number == *n).map(|r| (r, t.as_str())))
        .filter(|(r, t)| r.text != *t);
    match cal.format {
        Format::Delimited(d) => csv::rewrite(bytes, rows, d.unwrap_or(b',')),
        Format::Jsonl => jsonl::rewrite(bytes, rows),
        Format::Xlsx => xlsx::rewrite(bytes, cal, rows),
    }
    .map_err(|e| e.with_path(name))
}

/// An error at a row of the file (and the line where that row starts, in text files).
fn at_row(row: usize, line: Option<usize>, message: impl Into<String>) -> Error {
    let message = format!("row {row}: {}", message.into());
    Error::new(message).at(line.map(|line| Location { line, column: 1 }))
}
