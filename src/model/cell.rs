//! Where a post read from a content calendar lives: its row, its column and what the
//! other columns of that row say (date, platform, account), so printers can point at the
//! cell and the report can draw trends over time.
use serde::Serialize;

/// One calendar cell that was linted as a post. A finding's span is then a byte range
/// into the cell's text (`FileReport::source`), not into the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// The row as a spreadsheet shows it: the header is row 1 in CSV, TSV and workbooks;
    /// in JSON Lines, the line number.
    pub row: usize,
    /// The text column's name, as the header spells it.
    pub column: String,
    /// The worksheet (workbooks only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// The post's date, `YYYY-MM-DD`, when the row has one that could be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// Where the cell's text starts in the file, for viewers that show the file itself
    /// (SARIF); `None` in a workbook, which has no lines.
    #[serde(skip)]
    pub in_file: Option<FileAt>,
}

/// The file position of a cell's first character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileAt {
    /// 1-based line and column (Unicode scalar values) of the cell's first character.
    pub line: usize,
    pub column: usize,
    /// The cell is quoted in CSV, so each `"` of its text is `""` in the file; `false`
    /// in JSON Lines, where only the line is exact.
    pub doubled_quotes: bool,
    /// Columns inside the cell are exact (CSV, TSV); JSON escapes make them approximate.
    pub exact_columns: bool,
}

impl Cell {
    /// `row 12 (caption)`, with the run's word for "row".
    pub fn label(&self, row_word: &str) -> String {
        format!("{row_word} {} ({})", self.row, self.column)
    }

    /// The month of the post, `YYYY-MM`.
    pub fn month(&self) -> Option<&str> {
        self.date.as_deref().and_then(|d| d.get(..7))
    }

    /// Line and column in the file of the cell text's byte `offset`, given that text.
    pub fn file_position(&self, text: &str, offset: usize) -> Option<(usize, usize)> {
        let at = self.in_file?;
        let before = text.get(..offset)?;
        let newlines = before.matches('\n').count();
        let line = at.line + newlines;
        if !at.exact_columns {
            return Some((line, if newlines == 0 { at.column } else { 1 }));
        }
        let tail = before.rsplit('\n').next().unwrap_or(before);
        let quotes = if at.doubled_quotes {
            tail.matches('"').count()
        } else {
            0
        };
        let width = tail.chars().count() + quotes;
        Some(if newlines == 0 {
            (line, at.column + width)
        } else {
            (line, 1 + width)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_positions_count_doubled_quotes_and_lines() {
        let cell = Cell {
            row: 3,
            column: "caption".into(),
            sheet: None,
            date: Some("2026-01-05".into()),
            platform: None,
            account: None,
            in_file: Some(FileAt {
                line: 4,
                column: 12,
                doubled_quotes: true,
                exact_columns: true,
            }),
        };
        let text = "Kata \"wajib\" di sini\nwajib lagi";
        assert_eq!(cell.file_position(text, 0), Some((4, 12)));
        // Two `""` before the second word on the first line: one extra column each.
        assert_eq!(cell.file_position(text, 13), Some((4, 12 + 13 + 2)));
        assert_eq!(cell.file_position(text, 21), Some((5, 1)));
        assert_eq!(cell.month(), Some("2026-01"));
        assert_eq!(cell.label("row"), "row 3 (caption)");
    }
}
