//! Byte offsets to 1-based line and column (columns counted in Unicode scalar values).
use serde::Serialize;
use std::cell::Cell;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Start offsets of every line, so that many lookups on one file cost a binary search each.
///
/// The last answer is remembered: printers ask for positions in increasing order, and
/// counting columns from the previous answer instead of from the line start keeps a
/// one-line 50 MB file with a million findings linear instead of quadratic.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// (offset, 0-based line, 1-based column) of the previous `line_col` answer.
    last: Cell<(usize, usize, usize)>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex {
            starts,
            last: Cell::new((0, 0, 1)),
        }
    }

    /// 0-based line number holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// Byte range of line `line` (0-based), without its line terminator (`\n` or `\r\n`).
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self.starts[line];
        let mut end = self.starts.get(line + 1).map_or(text.len(), |&s| s - 1);
        if end > start && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        start..end.max(start)
    }

    /// 1-based line and column of byte `offset` (which must be a char boundary).
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let line = self.line_of(offset);
        // Editors do not count a UTF-8 byte-order mark as a column.
        let bom = if line == 0 && offset >= 3 && text.starts_with('\u{feff}') {
            3
        } else {
            0
        };
        let start = self.starts[line] + bom;
        let chars = |a: usize, b: usize| text.get(a..b).map_or(0, |s| s.chars().count());
        let (last_offset, last_line, last_col) = self.last.get();
        let column = if last_line == line && last_offset >= start && offset >= last_offset {
            last_col + chars(last_offset, offset)
        } else if last_line == line && last_offset >= start && offset - start > last_offset - offset.min(last_offset) {
            last_col - chars(offset, last_offset)
        } else {
            chars(start, offset) + 1
        };
        self.last.set((offset, line, column));
        LineCol { line: line + 1, column }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_chars_not_bytes() {
        let text = "satu\nKTP 🙏 wajib\r\nakhir";
        let idx = LineIndex::new(text);
        let at = text.find("wajib").unwrap();
        assert_eq!(idx.line_col(text, at), LineCol { line: 2, column: 7 });
        assert_eq!(idx.line_col(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(&text[idx.line_range(text, 1)], "KTP 🙏 wajib");
        assert_eq!(idx.line_col(text, text.len()), LineCol { line: 3, column: 6 });
        // Answers do not depend on the order of questions (the cache is only a shortcut).
        let at2 = text.find("🙏").unwrap();
        assert_eq!(idx.line_col(text, at), LineCol { line: 2, column: 7 });
        assert_eq!(idx.line_col(text, at2), LineCol { line: 2, column: 5 });
        assert_eq!(idx.line_col(text, at), LineCol { line: 2, column: 7 });
        let bom = "\u{feff}Wajib";
        assert_eq!(LineIndex::new(bom).line_col(bom, 3), LineCol { line: 1, column: 1 });
    }
}
