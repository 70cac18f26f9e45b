//! Byte offsets to 1-based line and column (columns counted in Unicode scalar values).
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Start offsets of every line, so that many lookups on one file cost a binary search each.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
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
        let column = text.get(start..offset).map_or(0, |s| s.chars().count()) + 1;
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
        let bom = "\u{feff}Wajib";
        assert_eq!(LineIndex::new(bom).line_col(bom, 3), LineCol { line: 1, column: 1 });
    }
}
