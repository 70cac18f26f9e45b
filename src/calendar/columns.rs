//! Which column is which: the text column is named (`--column`) or found from the header
//! by its usual Indonesian and English names, and so are the date, platform, account and
//! kind columns. Names compare case-insensitively.
use crate::error::Error;

/// The columns the caller named (each `None`: found from the header).
#[derive(Debug, Clone, Default)]
pub struct ColumnNames {
    pub text: Option<String>,
    pub date: Option<String>,
    pub platform: Option<String>,
    pub account: Option<String>,
    pub kind: Option<String>,
}

/// Header words that mean each column, in the order they are tried.
const TEXT: &[&str] = &[
    "caption",
    "teks",
    "text",
    "isi",
    "konten",
    "content",
    "post",
    "keterangan",
];
const DATE: &[&str] = &["tanggal", "date", "tgl", "jadwal", "waktu"];
const PLATFORM: &[&str] = &["platform", "kanal", "channel", "media"];
const ACCOUNT: &[&str] = &["akun", "account", "instansi", "office"];
const KIND: &[&str] = &["jenis", "kind", "tipe", "type"];

/// The indexes of the columns in a header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    pub text: usize,
    pub date: Option<usize>,
    pub platform: Option<usize>,
    pub account: Option<usize>,
    pub kind: Option<usize>,
}

fn norm(s: &str) -> String {
    s.trim().trim_start_matches('\u{feff}').to_lowercase()
}

/// The column named `wanted`, or the first header that is (or has as a word) one of
/// `words`: "Caption" and "Caption Instagram" are both a caption column.
fn find(header: &[String], wanted: Option<&str>, words: &[&str], what: &str) -> Result<Option<usize>, Error> {
    let names: Vec<String> = header.iter().map(|h| norm(h)).collect();
    if let Some(w) = wanted {
        return match names.iter().position(|h| *h == norm(w)) {
            Some(i) => Ok(Some(i)),
            None => Err(Error::new(format!(
                "no {what} column named `{w}`; the header has: {}",
                header.iter().map(|h| h.trim()).collect::<Vec<_>>().join(", ")
            ))),
        };
    }
    for word in words {
        if let Some(i) = names.iter().position(|h| h == word) {
            return Ok(Some(i));
        }
    }
    for word in words {
        let has_word = |h: &String| h.split(|c: char| !c.is_alphanumeric()).any(|part| part == *word);
        if let Some(i) = names.iter().position(has_word) {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

impl Columns {
    /// Finds the columns in `header`; no text column is an error listing the header.
    pub fn find(header: &[String], names: &ColumnNames) -> Result<Columns, Error> {
        let text = find(header, names.text.as_deref(), TEXT, "text")?.ok_or_else(|| {
            Error::new(format!(
                "no text column: name it with --column (looked for {}); the header has: {}",
                TEXT.join(", "),
                header.iter().map(|h| h.trim()).collect::<Vec<_>>().join(", ")
            ))
        })?;
        let other = |wanted: &Option<String>, words, what| {
            find(header, wanted.as_deref(), words, what).map(|i| i.filter(|&i| i != text))
        };
        Ok(Columns {
            text,
            date: other(&names.date, DATE, "date")?,
            platform: other(&names.platform, PLATFORM, "platform")?,
            account: other(&names.account, ACCOUNT, "account")?,
            kind: other(&names.kind, KIND, "kind")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn columns_are_found_by_their_usual_names() {
        let h = header(&["\u{feff}Tanggal", "Platform", "Akun", "Jenis", "Caption Instagram"]);
        let c = Columns::find(&h, &ColumnNames::default()).unwrap();
        assert_eq!(
            (c.text, c.date, c.platform, c.account, c.kind),
            (4, Some(0), Some(1), Some(2), Some(3))
        );
        let h = header(&["date", "TEXT"]);
        let c = Columns::find(&h, &ColumnNames::default()).unwrap();
        assert_eq!((c.text, c.date, c.platform), (1, Some(0), None));
    }

    #[test]
    fn a_named_column_wins_and_a_missing_one_is_an_error() {
        let h = header(&["isi", "naskah"]);
        let names = ColumnNames {
            text: Some("Naskah".into()),
            ..Default::default()
        };
        assert_eq!(Columns::find(&h, &names).unwrap().text, 1);
        let err = Columns::find(&header(&["a", "b"]), &ColumnNames::default()).unwrap_err();
        assert!(
            err.message.contains("no text column") && err.message.contains("a, b"),
            "{}",
            err.message
        );
    }
}
