//! Tests of the CSV calendar reader and writer: quoting, delimiters, BOM, blank rows.
use super::*;

fn cal(bytes: &[u8]) -> Calendar {
    read(bytes, None, &ColumnNames::default()).unwrap()
}

#[test]
fn quotes_commas_and_newlines_inside_cells() {
    let csv = b"tanggal,caption,akun\r\n2026-01-05,\"Halo, \"\"Sobat\"\"!\r\nBaris dua\",@kota\r\n\r\n2026-01-06,Polos,@kota\r\n";
    let c = cal(csv);
    assert_eq!(c.column, "caption");
    assert_eq!(c.rows.len(), 2);
    assert_eq!(c.rows[0].text, "Halo, \"Sobat\"!\r\nBaris dua");
    assert_eq!(c.rows[0].number, 2);
    assert_eq!(c.rows[0].in_file.map(|a| (a.line, a.column)), Some((2, 13)));
    // The blank line is a row of its own in a spreadsheet.
    assert_eq!(c.rows[1].number, 4);
    assert_eq!(c.rows[1].in_file.map(|a| (a.line, a.column)), Some((5, 12)));
    assert_eq!(c.rows[1].account.as_deref(), Some("@kota"));
}

#[test]
fn semicolons_and_a_bom_as_excel_writes_them() {
    let csv = "\u{feff}Tanggal;Teks;Platform\n05/01/2026;Wajib hadir, ya;IG\n".as_bytes();
    let c = cal(csv);
    assert_eq!(c.format, Format::Delimited(Some(b';')));
    assert_eq!(c.rows[0].text, "Wajib hadir, ya");
    assert_eq!(c.rows[0].platform.as_deref(), Some("IG"));
}

#[test]
fn an_unclosed_quote_is_an_error_naming_the_row() {
    let err = read(b"caption\nok\n\"never closed\nmore\n", None, &ColumnNames::default()).unwrap_err();
    assert_eq!(err.message, "row 3: a quoted cell is never closed (unbalanced quotes)");
    assert_eq!(err.location.map(|l| l.line), Some(3));
}

#[test]
fn rewriting_keeps_every_other_byte() {
    let csv = b"caption;n\r\n\"Wajib \"\"hadir\"\"\";1\r\nWajib datang;2\r\nbiasa;3";
    let c = cal(csv);
    let rows = [(&c.rows[0], "Yuk \"hadir\""), (&c.rows[1], "Yuk; datang")];
    let out = rewrite(csv, rows.into_iter(), b';').unwrap();
    assert_eq!(
        out,
        b"caption;n\r\n\"Yuk \"\"hadir\"\"\";1\r\n\"Yuk; datang\";2\r\nbiasa;3"
    );
}
