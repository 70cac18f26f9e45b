//! JSON Lines calendars: one object per line, its keys the columns. Rewriting replaces the
//! text value's JSON string in its line when it is written the way serde_json writes it
//! (so every other byte stays); otherwise the row is not rewritten and the error says so.
use super::{at_row, Calendar, ColumnNames, Columns, Format, Place, Row};
use crate::error::Error;
use crate::model::FileAt;
use serde_json::{Map, Value};

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

pub fn read(bytes: &[u8], names: &ColumnNames) -> Result<Calendar, Error> {
    let mut rows = Vec::new();
    let mut column = None;
    let mut start = 0;
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let number = i + 1;
        let line = (start, start + raw.len());
        start += raw.len() + 1;
        let body = if i == 0 {
            raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw)
        } else {
            raw
        };
        if body.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let object: Map<String, Value> = serde_json::from_slice(body)
            .map_err(|e| at_row(number, Some(number), format!("not a JSON object: {e}")))?;
        let keys: Vec<String> = object.keys().cloned().collect();
        let cols = Columns::find(&keys, names).map_err(|e| at_row(number, Some(number), e.message))?;
        let get = |i: Option<usize>| i.and_then(|i| object.get(&keys[i])).and_then(scalar);
        let Some(Value::String(text)) = object.get(&keys[cols.text]) else {
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        column.get_or_insert_with(|| keys[cols.text].clone());
        rows.push(Row {
            number,
            text: text.clone(),
            date: get(cols.date),
            platform: get(cols.platform),
            account: get(cols.account),
            kind: get(cols.kind),
            in_file: Some(FileAt {
                line: number,
                column: 1,
                doubled_quotes: false,
                exact_columns: false,
            }),
            place: Place::Jsonl { line },
        });
    }
    Ok(Calendar {
        format: Format::Jsonl,
        column: column.unwrap_or_else(|| "text".to_string()),
        sheet: None,
        rows,
    })
}

pub fn rewrite<'a>(bytes: &[u8], rows: impl Iterator<Item = (&'a Row, &'a str)>) -> Result<Vec<u8>, Error> {
    let mut edits = Vec::new();
    for (row, text) in rows {
        let Place::Jsonl { line: (start, end) } = row.place else {
            continue;
        };
        let old = serde_json::to_string(&row.text).unwrap_or_default();
        let line = String::from_utf8_lossy(&bytes[start..end]);
        let found: Vec<usize> = line.match_indices(&old).map(|(i, _)| i).collect();
        let [at] = found[..] else {
            return Err(at_row(
                row.number,
                Some(row.number),
                "the text value is escaped in a way luwes cannot write back exactly; not rewritten",
            ));
        };
        let new = serde_json::to_string(text).unwrap_or_default();
        edits.push((start + at, start + at + old.len(), new));
    }
    edits.sort_by_key(|e| e.0);
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    for (start, end, new) in edits {
        out.extend_from_slice(&bytes[at..start]);
        out.extend_from_slice(new.as_bytes());
        at = end;
    }
    out.extend_from_slice(&bytes[at..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_rows_and_rewrites_touch_only_the_text() {
        let src = "{\"tanggal\": \"2026-02-01\", \"teks\": \"Wajib \\\"hadir\\\"\", \"n\": 1}\n\n{\"teks\": \"\"}\n";
        let c = read(src.as_bytes(), &ColumnNames::default()).unwrap();
        assert_eq!(c.rows.len(), 1);
        assert_eq!(c.rows[0].text, "Wajib \"hadir\"");
        assert_eq!(c.rows[0].date.as_deref(), Some("2026-02-01"));
        let out = rewrite(src.as_bytes(), [(&c.rows[0], "Yuk, hadir")].into_iter()).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"tanggal\": \"2026-02-01\", \"teks\": \"Yuk, hadir\", \"n\": 1}\n\n{\"teks\": \"\"}\n"
        );
        let err = read(b"{\"teks\": \"a\"}\n{broken\n", &ColumnNames::default()).unwrap_err();
        assert!(err.message.starts_with("row 2: not a JSON object"), "{}", err.message);
    }
}
