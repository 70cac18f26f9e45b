//! CSV and TSV calendars through `csv-core`, which parses and also says how many input
//! bytes each field took: that is what lets `fix` replace a text cell and keep every
//! other byte (delimiter, quoting, line endings, BOM, the other columns) as it was.
use super::{at_row, Calendar, ColumnNames, Columns, Format, Place, Row};
use crate::error::Error;
use crate::model::FileAt;
use csv_core::{QuoteStyle, ReadFieldResult, ReaderBuilder, WriterBuilder};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One field as read: its text and the bytes it took in the file (delimiter and line end
/// not included).
struct Field {
    text: Vec<u8>,
    start: usize,
    /// The raw bytes `start..end`, when they are exactly what writing `text` back gives.
    end: Option<usize>,
    quoted: bool,
}

/// One record: its fields, the line it starts on and its row as a spreadsheet numbers
/// it (blank lines are rows there, though the reader skips them).
struct Record {
    fields: Vec<Field>,
    line: usize,
    row: usize,
}

/// The delimiter of a file whose name does not say: whichever of `,`, `;` and tab the
/// header line has most of (Excel in an Indonesian locale writes `;`).
fn sniff(bytes: &[u8]) -> u8 {
    let first = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let count = |d: u8| first.iter().filter(|&&b| b == d).count();
    [b',', b';', b'\t']
        .into_iter()
        .rev()
        .max_by_key(|&d| count(d))
        .unwrap_or(b',')
}

/// Splits `bytes` into records; a quoted field that never closes is an error.
fn records(bytes: &[u8], delimiter: u8) -> Result<Vec<Record>, Error> {
    let mut reader = ReaderBuilder::new().delimiter(delimiter).build();
    let mut out = Vec::new();
    let mut fields = Vec::new();
    let first = if bytes.starts_with(BOM) { BOM.len() } else { 0 };
    let mut pos = first;
    let mut input = &bytes[pos..];
    // Lines are counted as the fields go by, so a million rows cost one pass.
    let (mut line, mut counted, mut blank) = (1, 0, 0);
    let mut buf = vec![0u8; 1024];
    loop {
        let mut start = pos;
        let mut text = Vec::new();
        let record_end = loop {
            let (res, nin, nout) = reader.read_field(input, &mut buf);
            text.extend_from_slice(&buf[..nout]);
            input = &input[nin..];
            pos += nin;
            match res {
                ReadFieldResult::OutputFull => buf.resize(buf.len() * 2, 0),
                ReadFieldResult::InputEmpty => {}
                ReadFieldResult::Field { record_end } => break Some(record_end),
                ReadFieldResult::End => break None,
            }
        };
        let Some(record_end) = record_end else { break };
        // The reader skips blank lines before a record: the field starts after them.
        if fields.is_empty() {
            while start < pos && matches!(bytes[start], b'\r' | b'\n') {
                start += 1;
            }
            // Line ends between the last record and this one, but the one closing it,
            // are blank rows.
            let (from, closing) = match out.last().and_then(|r: &Record| r.fields.last()) {
                Some(f) => (f.end.unwrap_or(f.start), 1),
                None => (first, 0),
            };
            blank += line_ends(&bytes[from.min(start)..start]).saturating_sub(closing);
        }
        let field = locate(bytes, start, pos, text, delimiter);
        if fields.is_empty() {
            line += newlines(&bytes[counted..field.start]);
            counted = field.start;
        }
        fields.push(field);
        if record_end {
            let row = out.len() + 1 + blank;
            out.push(Record {
                fields: std::mem::take(&mut fields),
                line,
                row,
            });
        }
    }
    if let Some(last) = out.last() {
        let f = last.fields.last().filter(|f| f.quoted && f.end.is_none());
        if f.is_some() {
            return Err(at_row(
                out.len(),
                Some(last.line),
                "a quoted cell is never closed (unbalanced quotes)",
            ));
        }
    }
    Ok(out)
}

/// Where the field read from `bytes[start..consumed]` lies, if writing its text back the
/// way it is written (quoted or not) gives exactly those bytes.
fn locate(bytes: &[u8], start: usize, consumed: usize, text: Vec<u8>, delimiter: u8) -> Field {
    let raw = &bytes[start..consumed];
    let quoted = raw.first() == Some(&b'"');
    // Unquoted, the field's bytes are its text; quoted, they must be exactly what quoting
    // the text gives (not `"a"b`, which readers accept and writers never produce).
    let written = if quoted {
        encode(&text, delimiter, true)
    } else {
        text.clone()
    };
    let end = raw.starts_with(&written).then(|| start + written.len());
    Field {
        text,
        start,
        end,
        quoted,
    }
}

/// `text` as a CSV field: quoted (inner quotes doubled) when `quoted`, and also when it
/// needs to be (it holds the delimiter, a quote or a line break).
fn encode(text: &[u8], delimiter: u8, quoted: bool) -> Vec<u8> {
    let mut w = WriterBuilder::new()
        .delimiter(delimiter)
        .quote_style(if quoted {
            QuoteStyle::Always
        } else {
            QuoteStyle::Necessary
        })
        .build();
    let mut out = vec![0u8; text.len() * 2 + 2];
    let (_, _, n) = w.field(text, &mut out);
    let (_, m) = w.finish(&mut out[n..]);
    out.truncate(n + m);
    out
}

fn utf8(bytes: Vec<u8>, row: usize, line: usize) -> Result<String, Error> {
    String::from_utf8(bytes).map_err(|_| at_row(row, Some(line), "not valid UTF-8; save the calendar as UTF-8 CSV"))
}

/// Reads a delimited calendar: the first record is the header.
pub fn read(bytes: &[u8], delimiter: Option<u8>, names: &ColumnNames) -> Result<Calendar, Error> {
    let delimiter = delimiter.unwrap_or_else(|| sniff(bytes));
    let mut records = records(bytes, delimiter)?.into_iter();
    let Some(head) = records.next() else {
        return Err(Error::new("an empty calendar (no header row)"));
    };
    let header = head
        .fields
        .into_iter()
        .map(|f| utf8(f.text, 1, head.line))
        .collect::<Result<Vec<_>, _>>()?;
    let cols = Columns::find(&header, names).map_err(|e| {
        e.at(Some(crate::error::Location {
            line: head.line,
            column: 1,
        }))
    })?;
    let mut rows = Vec::new();
    for rec in records {
        let number = rec.row;
        let mut fields = rec.fields;
        let Some(field) = fields.get_mut(cols.text) else {
            continue;
        };
        let (start, end, quoted) = (field.start, field.end, field.quoted);
        let text = utf8(std::mem::take(&mut field.text), number, rec.line)?;
        if text.trim().is_empty() {
            continue;
        }
        let text_start = start + usize::from(quoted);
        let line = rec.line + newlines(&bytes[fields[0].start..text_start]);
        let line_start = bytes[..text_start]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&bytes[line_start..text_start]).chars().count() + 1;
        let mut cell = |i: Option<usize>| -> Result<Option<String>, Error> {
            match i.and_then(|i| fields.get_mut(i)) {
                Some(f) => {
                    let s = utf8(std::mem::take(&mut f.text), number, rec.line)?;
                    Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty()))
                }
                None => Ok(None),
            }
        };
        rows.push(Row {
            number,
            date: cell(cols.date)?,
            platform: cell(cols.platform)?,
            account: cell(cols.account)?,
            kind: cell(cols.kind)?,
            text,
            in_file: Some(FileAt {
                line,
                column,
                doubled_quotes: quoted,
                exact_columns: true,
            }),
            place: Place::Delimited {
                field: end.map(|e| (start, e)),
                quoted,
            },
        });
    }
    Ok(Calendar {
        format: Format::Delimited(Some(delimiter)),
        column: header[cols.text].trim().to_string(),
        sheet: None,
        rows,
    })
}

/// Line ends in `bytes`: LF, CRLF or a lone CR, each once.
fn line_ends(bytes: &[u8]) -> usize {
    let lone_cr = bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
    newlines(bytes) + lone_cr.count()
}

fn newlines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}

/// The file with each of `rows`' text cells replaced by its new text, quoted as it was
/// (or quoted because it now must be); every other byte as it was.
pub fn rewrite<'a>(
    bytes: &[u8],
    rows: impl Iterator<Item = (&'a Row, &'a str)>,
    delimiter: u8,
) -> Result<Vec<u8>, Error> {
    let mut edits = Vec::new();
    for (row, text) in rows {
        let Place::Delimited { field, quoted } = &row.place else {
            continue;
        };
        let Some((start, end)) = *field else {
            let line = row.in_file.map(|a| a.line);
            return Err(at_row(
                row.number,
                line,
                "the text cell is quoted in a way luwes cannot write back exactly; not rewritten",
            ));
        };
        edits.push((start, end, encode(text.as_bytes(), delimiter, *quoted)));
    }
    edits.sort_by_key(|e| e.0);
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    for (start, end, new) in edits {
        out.extend_from_slice(&bytes[at..start]);
        out.extend_from_slice(&new);
        at = end;
    }
    out.extend_from_slice(&bytes[at..]);
    Ok(out)
}

#[cfg(test)]
#[path = "csv_tests.rs"]
mod tests;
