//! Workbook calendars: read with calamine (the first sheet, or the one named), written
//! with rust_xlsxwriter. A workbook cannot be rewritten in place faithfully with a plain
//! library (styles, formulas, column widths, comments would be lost), so `fix` writes a
//! new workbook beside it holding every sheet's values with the text cells fixed.
use super::{at_row, date, Calendar, Columns, Format, Options, Place, Row};
use crate::error::Error;
use calamine::{open_workbook_from_rs, Data, Range, Reader, Xlsx};
use rust_xlsxwriter::{Format as CellFormat, Workbook};
use std::io::Cursor;

fn open(bytes: &[u8]) -> Result<Xlsx<Cursor<&[u8]>>, Error> {
    open_workbook_from_rs(Cursor::new(bytes)).map_err(|e| Error::new(format!("not a readable xlsx workbook: {e}")))
}

fn range(book: &mut Xlsx<Cursor<&[u8]>>, name: &str) -> Result<Range<Data>, Error> {
    book.worksheet_range(name)
        .map_err(|e| Error::new(format!("sheet `{name}` cannot be read: {e}")))
}

/// A cell as text: dates as `YYYY-MM-DD`, whole numbers without `.0`.
fn text(d: &Data) -> Option<String> {
    let s = match d {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) => date::from_serial(dt.as_f64()).unwrap_or_else(|| dt.as_f64().to_string()),
        Data::Error(_) | Data::Empty => String::new(),
    };
    Some(s).filter(|s| !s.is_empty())
}

pub fn read(bytes: &[u8], opts: &Options) -> Result<Calendar, Error> {
    let mut book = open(bytes)?;
    let names = book.sheet_names();
    let sheet = match &opts.sheet {
        Some(s) => names
            .iter()
            .find(|n| n.eq_ignore_ascii_case(s))
            .cloned()
            .ok_or_else(|| Error::new(format!("no sheet named `{s}`; the workbook has: {}", names.join(", "))))?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| Error::new("the workbook has no sheets"))?,
    };
    let range = range(&mut book, &sheet)?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut rows_in = range.rows().enumerate();
    // The header is the first row with anything in it.
    let header = loop {
        match rows_in.next() {
            Some((_, r)) if r.iter().all(|c| text(c).is_none()) => continue,
            Some((i, r)) => break Some((i, r.iter().map(|c| text(c).unwrap_or_default()).collect::<Vec<_>>())),
            None => break None,
        }
    };
    let Some((head_at, header)) = header else {
        return Err(Error::new(format!("sheet `{sheet}` is empty (no header row)")));
    };
    let cols = Columns::find(&header, &opts.names).map_err(|e| at_row(top as usize + head_at + 1, None, e.message))?;
    let mut rows = Vec::new();
    for (i, r) in rows_in {
        let get = |c: Option<usize>| c.and_then(|c| r.get(c)).and_then(text);
        let Some(Data::String(t)) = r.get(cols.text) else {
            continue;
        };
        if t.trim().is_empty() {
            continue;
        }
        let row = top + i as u32;
        rows.push(Row {
            number: row as usize + 1,
            text: t.clone(),
            date: get(cols.date),
            platform: get(cols.platform),
            account: get(cols.account),
            kind: get(cols.kind),
            in_file: None,
            place: Place::Xlsx {
                row,
                col: (left as usize + cols.text).min(u16::MAX as usize) as u16,
            },
        });
    }
    Ok(Calendar {
        format: Format::Xlsx,
        column: header[cols.text].trim().to_string(),
        sheet: Some(sheet),
        rows,
    })
}

/// A new workbook with every sheet's values, the calendar sheet's text cells replaced.
/// Dates keep a date format; styles, formulas (their last values are kept), merged cells
/// and column widths are not carried over.
pub fn rewrite<'a>(
    bytes: &[u8],
    cal: &Calendar,
    rows: impl Iterator<Item = (&'a Row, &'a str)>,
) -> Result<Vec<u8>, Error> {
    let mut changes = std::collections::HashMap::new();
    for (row, text) in rows {
        if let Place::Xlsx { row, col } = row.place {
            changes.insert((row, col), text);
        }
    }
    let mut book = open(bytes)?;
    let mut out = Workbook::new();
    let date_format = CellFormat::new().set_num_format("yyyy-mm-dd");
    let time_format = CellFormat::new().set_num_format("yyyy-mm-dd hh:mm");
    let err = |e: rust_xlsxwriter::XlsxError| Error::new(format!("cannot write the workbook: {e}"));
    for name in book.sheet_names() {
        let range = range(&mut book, &name)?;
        let sheet = out.add_worksheet();
        sheet.set_name(&name).map_err(err)?;
        let (top, left) = range.start().unwrap_or((0, 0));
        let is_calendar = cal.sheet.as_deref() == Some(name.as_str());
        for (r, cells) in range.rows().enumerate() {
            for (c, cell) in cells.iter().enumerate() {
                let (row, col) = (top + r as u32, (left as usize + c).min(u16::MAX as usize) as u16);
                let fixed = if is_calendar { changes.get(&(row, col)) } else { None };
                match (fixed, cell) {
                    (Some(t), _) => sheet.write_string(row, col, *t).map(|_| ()),
                    (None, Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s)) => {
                        sheet.write_string(row, col, s).map(|_| ())
                    }
                    (None, Data::Int(i)) => sheet.write_number(row, col, *i as f64).map(|_| ()),
                    (None, Data::Float(f)) => sheet.write_number(row, col, *f).map(|_| ()),
                    (None, Data::Bool(b)) => sheet.write_boolean(row, col, *b).map(|_| ()),
                    (None, Data::DateTime(dt)) => {
                        let v = dt.as_f64();
                        let f = if v.fract() == 0.0 { &date_format } else { &time_format };
                        sheet.write_number_with_format(row, col, v, f).map(|_| ())
                    }
                    (None, Data::Error(_) | Data::Empty) => Ok(()),
                }
                .map_err(err)?;
            }
        }
    }
    out.save_to_buffer().map_err(err)
}
