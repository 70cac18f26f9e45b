//! Content calendars from the command line, on calendars generated here (never real
//! posts): quoting edge cases, per-row platform and kind, the byte-for-byte round trip of
//! `fix`, workbooks read and written, malformed files, and the date range.
mod common;

use common::{run_in, FRIENDLY, STIFF};
use serde_json::Value;
use std::path::Path;

const LONG: &str = "Pendaftaran bantuan pangan untuk keluarga prasejahtera dibuka mulai Senin sampai Jumat di kantor kelurahan masing-masing. Bawa KTP dan KK asli, ya. Petugas kami siap membantu dari pukul delapan pagi sampai pukul tiga sore. Ada pertanyaan? Tulis di kolom komentar, kami jawab satu per satu.";

fn json(dir: &Path, args: &[&str]) -> (i32, Value, String) {
    let mut all = vec!["lint", "--no-config", "--format", "json"];
    all.extend_from_slice(args);
    let (code, out, err) = run_in(dir, &all, None);
    let v = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}"));
    (code, v, err)
}

fn files(v: &Value) -> &Vec<Value> {
    v["files"].as_array().unwrap()
}

fn rules(file: &Value) -> Vec<&str> {
    file["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect()
}

/// A CSV field quoted with its quotes doubled.
fn q(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

#[test]
fn quotes_commas_newlines_crlf_and_bom() {
    let dir = tempfile::tempdir().unwrap();
    let stiff_quoted = format!("Kata \"resmi\", lalu: {STIFF}\r\nBaris kedua, wajib datang.");
    let csv = format!(
        "\u{feff}Tanggal,Akun,Caption\r\n2026-01-05,\"@kota, Magelang\",{}\r\n\r\n2026-01-06,@kota,{}\r\n2026-01-07,@kota,\r\n,,\r\n",
        q(&stiff_quoted),
        q(FRIENDLY)
    );
    std::fs::write(dir.path().join("plan.csv"), csv).unwrap();
    let (code, v, err) = json(dir.path(), &["plan.csv"]);
    assert_eq!(code, 1, "{err}");
    let f = files(&v);
    assert_eq!(f.len(), 2, "empty cells and rows are skipped: {v}");
    let cell = &f[0]["cell"];
    assert_eq!(cell["row"], 2);
    assert_eq!(cell["column"], "Caption");
    assert_eq!(cell["date"], "2026-01-05");
    assert_eq!(cell["account"], "@kota, Magelang");
    assert_eq!(f[1]["cell"]["row"], 4, "rows are numbered as a spreadsheet shows them");
    // Spans are into the cell's text: the match is where the cell says it is.
    let d = &f[0]["diagnostics"].as_array().unwrap()[0];
    let (start, end) = (
        d["span"]["start"].as_u64().unwrap() as usize,
        d["span"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&stiff_quoted[start..end], d["match"].as_str().unwrap());
    assert!(rules(&f[0]).contains(&"id/wajib"), "{:?}", rules(&f[0]));
    assert!(f[1]["diagnostics"].as_array().unwrap().is_empty(), "{}", f[1]);
}

#[test]
fn semicolons_as_excel_writes_them_in_an_indonesian_locale() {
    let dir = tempfile::tempdir().unwrap();
    let csv = format!("\u{feff}tanggal;platform;teks\r\n05/01/2026;IG;{}\r\n", q(STIFF));
    std::fs::write(dir.path().join("plan.csv"), csv).unwrap();
    let (_, v, err) = json(dir.path(), &["plan.csv"]);
    let f = files(&v);
    assert_eq!(f.len(), 1, "{err}");
    assert_eq!(f[0]["cell"]["date"], "2026-01-05");
    assert_eq!(f[0]["cell"]["platform"], "IG");
    assert!(rules(&f[0]).contains(&"id/dengan-hormat"));
}

#[test]
fn each_row_has_its_own_platform_and_kind() {
    let dir = tempfile::tempdir().unwrap();
    let tsv = format!(
        "kanal\tjenis\tisi\nX\tpost\t{LONG}\nFacebook\tpost\t{LONG}\nInstagram\tbalasan\tSilakan baca pengumuman.\nInstagram\tpost\tSilakan baca pengumuman.\n"
    );
    std::fs::write(dir.path().join("plan.tsv"), tsv).unwrap();
    let (_, v, err) = json(dir.path(), &["plan.tsv"]);
    let f = files(&v);
    assert_eq!(f.len(), 4, "{err}");
    let long = |i: usize| {
        rules(&f[i])
            .iter()
            .any(|r| r.contains("panjang") || r.contains("karakter"))
    };
    assert!(
        long(0) && !long(1),
        "X's limit on the X row only: {:?} / {:?}",
        rules(&f[0]),
        rules(&f[1])
    );
    assert_eq!(f[2]["kind"], "reply");
    assert_eq!(f[3]["kind"], "post");
}

#[test]
fn pretty_and_compact_point_at_the_cell() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.csv"), format!("caption\n{}\n", q(STIFF))).unwrap();
    let (_, out, _) = run_in(
        dir.path(),
        &["lint", "--no-config", "--format", "compact", "plan.csv"],
        None,
    );
    assert!(
        out.contains("plan.csv:row 2 (caption):16: warning [id/pemberitahuan-resmi]"),
        "{out}"
    );
    let (_, out, _) = run_in(dir.path(), &["lint", "--no-config", "plan.csv"], None);
    assert!(
        out.contains("plan.csv:baris 2 (caption):1: warning [id/dengan-hormat]"),
        "{out}"
    );
}

/// Builds a calendar whose other cells are quoted every way, fixes it, and checks that
/// the result is the original with only the text cells' bytes replaced.
#[test]
fn fixing_a_csv_changes_only_the_text_cells_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let texts = [
        STIFF,
        "Peserta wajib membawa KTP, \"asli\".",
        FRIENDLY,
        "Warga diwajibkan hadir.\nTerima kasih.",
    ];
    let prefixes = ["\"2026-01-05\";", "05/02/2026;", "\"\";", "2026-04-01;"];
    let suffixes = [";\"x; \"\"y\"\"\";42", ";;", ";\"multi\r\nline\";", "; spaced ;\"\""];
    let ends = ["\r\n", "\n", "\r\n", ""];
    let quoted = [true, true, false, true];
    let mut csv = String::from("\u{feff}tanggal;caption;catatan;n\r\n");
    for i in 0..4 {
        let cell = if quoted[i] { q(texts[i]) } else { texts[i].to_string() };
        csv += &format!("{}{cell}{}{}", prefixes[i], suffixes[i], ends[i]);
    }
    let path = dir.path().join("plan.csv");
    std::fs::write(&path, &csv).unwrap();
    let (code, _, err) = run_in(dir.path(), &["fix", "--no-config", "--unsafe", "plan.csv"], None);
    assert!(code == 0 || code == 1, "{err}");
    let after = std::fs::read_to_string(&path).unwrap();
    assert_ne!(after, csv, "something was fixed");
    // The fixed texts, read back through the calendar reader.
    let cal = luwes::calendar::read(
        "plan.csv",
        after.as_bytes(),
        luwes::calendar::Format::Delimited(None),
        &Default::default(),
    )
    .unwrap();
    let mut expected = String::from("\u{feff}tanggal;caption;catatan;n\r\n");
    for i in 0..4 {
        let t = &cal.rows[i].text;
        let cell = if quoted[i] { q(t) } else { t.to_string() };
        expected += &format!("{}{cell}{}{}", prefixes[i], suffixes[i], ends[i]);
    }
    assert_eq!(after, expected);
    assert!(!cal.rows[1].text.contains("wajib membawa"), "{}", cal.rows[1].text);
    assert_eq!(cal.rows[2].text, FRIENDLY, "a clean cell is left alone");
}

#[test]
fn github_annotations_and_the_fix_report_name_the_row() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.csv"), format!("n,caption\n7,{}\n", q(STIFF))).unwrap();
    let (_, out, _) = run_in(
        dir.path(),
        &["lint", "--no-config", "--format", "github", "plan.csv"],
        None,
    );
    // `7,"` puts the cell's first character in column 4 of line 2.
    assert!(
        out.starts_with("::warning file=plan.csv,line=2,col=4,title=luwes (id/dengan-hormat) row 2 (caption)::"),
        "{out}"
    );
    let (code, out, _) = run_in(
        dir.path(),
        &["fix", "--no-config", "--unsafe", "--dry-run", "plan.csv"],
        None,
    );
    assert_eq!(code, 1, "a dry run with something to fix");
    assert!(
        out.contains("plan.csv:baris 2 (caption)") && out.contains("dari 1 unggahan"),
        "{out}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("plan.csv")).unwrap(),
        format!("n,caption\n7,{}\n", q(STIFF))
    );
}

#[test]
fn a_fix_that_needs_quotes_gets_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.csv");
    // Unquoted, and the rewrite of "Dengan hormat" brings a comma.
    std::fs::write(&path, "caption,n\nDengan hormat kami undang warga ke balai desa.,1\n").unwrap();
    run_in(dir.path(), &["fix", "--no-config", "--unsafe", "plan.csv"], None);
    let after = std::fs::read_to_string(&path).unwrap();
    let cal = luwes::calendar::read(
        "plan.csv",
        after.as_bytes(),
        luwes::calendar::Format::Delimited(None),
        &Default::default(),
    )
    .unwrap();
    assert_eq!(cal.rows.len(), 1, "{after}");
    assert!(after.ends_with(",1\n"), "the other column survives: {after}");
}

#[test]
fn a_malformed_calendar_is_an_error_naming_file_and_row_and_the_rest_still_runs() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.csv"), "caption\nfine\n\"never closed\nstill open\n").unwrap();
    std::fs::write(dir.path().join("b.txt"), STIFF).unwrap();
    std::fs::write(dir.path().join("c.xlsx"), b"PK\x03\x04 not really a workbook").unwrap();
    let (code, out, err) = run_in(dir.path(), &["lint", "--no-config", "--format", "compact", "."], None);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("a.csv:3:1: row 3: a quoted cell is never closed"), "{err}");
    assert!(err.contains("c.xlsx: not a readable xlsx workbook"), "{err}");
    assert!(out.contains("b.txt:1:1"), "{out}");
}

#[test]
fn a_walked_spreadsheet_without_a_text_column_is_skipped_but_a_named_one_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("angka.csv"), "kode,jumlah\n1,2\n").unwrap();
    let (code, _, err) = run_in(dir.path(), &["lint", "--no-config", "."], None);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("angka.csv: tidak ada kolom teks, dilewati"), "{err}");
    let (code, _, err) = run_in(dir.path(), &["lint", "--no-config", "angka.csv"], None);
    assert_eq!(code, 2);
    assert!(err.contains("no text column") && err.contains("kode, jumlah"), "{err}");
    let (code, _, err) = run_in(
        dir.path(),
        &["lint", "--no-config", "--column", "kode", "angka.csv"],
        None,
    );
    assert_eq!(code, 0, "{err}");
}

#[test]
fn since_and_until_filter_rows_by_date() {
    let dir = tempfile::tempdir().unwrap();
    let csv = format!(
        "tanggal,caption\n2026-01-05,{0}\n2026-02-05,{0}\n5 Maret 2026,{0}\nbesok,{0}\n",
        q(STIFF)
    );
    std::fs::write(dir.path().join("plan.csv"), csv).unwrap();
    let (_, v, _) = json(
        dir.path(),
        &["--since", "2026-02-01", "--until", "2026-03-31", "plan.csv"],
    );
    let rows: Vec<u64> = files(&v).iter().map(|f| f["cell"]["row"].as_u64().unwrap()).collect();
    assert_eq!(rows, [3, 4]);
    let (_, v, _) = json(dir.path(), &["plan.csv"]);
    assert_eq!(files(&v).len(), 4, "without a range, undated rows are linted too");
}

#[test]
fn jsonl_calendars_lint_and_fix() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.jsonl");
    let line = serde_json::json!({"date": "2026-01-05", "account": "@kota", "text": "Peserta wajib membawa KTP."});
    std::fs::write(&path, format!("{line}\n{{\"text\": \"{FRIENDLY}\", \"n\": 1}}\n")).unwrap();
    let (_, v, _) = json(dir.path(), &["plan.jsonl"]);
    assert_eq!(files(&v)[0]["cell"]["row"], 1);
    assert_eq!(files(&v)[1]["cell"]["row"], 2);
    run_in(dir.path(), &["fix", "--no-config", "--unsafe", "plan.jsonl"], None);
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(after.contains("jangan lupa bawa KTP"), "{after}");
    assert!(
        after.ends_with(&format!("{{\"text\": \"{FRIENDLY}\", \"n\": 1}}\n")),
        "{after}"
    );
}

fn workbook(path: &Path) {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let notes = book.add_worksheet();
    notes.set_name("Catatan").unwrap();
    notes.write_string(0, 0, "bukan kalender").unwrap();
    let sheet = book.add_worksheet();
    sheet.set_name("Jadwal").unwrap();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (c, h) in ["Tanggal", "Platform", "Akun", "Caption", "Jumlah"].iter().enumerate() {
        sheet.write_string(1, c as u16, *h).unwrap();
    }
    let rows = [(46027.0, "Instagram", STIFF), (46058.0, "X", FRIENDLY)];
    for (i, (day, platform, text)) in rows.iter().enumerate() {
        let r = 2 + i as u32;
        sheet.write_number_with_format(r, 0, *day, &date).unwrap();
        sheet.write_string(r, 1, *platform).unwrap();
        sheet.write_string(r, 2, "@kota").unwrap();
        sheet.write_string(r, 3, *text).unwrap();
        sheet.write_number(r, 4, 7.5).unwrap();
    }
    book.save(path).unwrap();
}

#[test]
fn xlsx_calendars_are_read_and_fixed_into_a_new_workbook() {
    use calamine::{open_workbook, Data, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.xlsx");
    workbook(&path);
    let before = std::fs::read(&path).unwrap();
    let (code, v, err) = json(dir.path(), &["plan.xlsx"]);
    assert_eq!(code, 2, "the first sheet has no text column: {err}");
    assert!(err.contains("no text column"), "{err}");
    let _ = v;
    let (_, v, err) = json(dir.path(), &["--sheet", "jadwal", "plan.xlsx"]);
    let f = files(&v);
    assert_eq!(f.len(), 2, "{err}");
    assert_eq!(f[0]["cell"]["row"], 3, "the header is on the sheet's second row");
    assert_eq!(f[0]["cell"]["sheet"], "Jadwal");
    assert_eq!(f[0]["cell"]["date"], "2026-01-05");
    assert_eq!(f[1]["cell"]["date"], "2026-02-05");
    assert!(rules(&f[0]).contains(&"id/dengan-hormat"));

    let (_, _, err) = run_in(
        dir.path(),
        &["fix", "--no-config", "--unsafe", "--sheet", "Jadwal", "plan.xlsx"],
        None,
    );
    assert!(err.contains("ditulis ke plan.luwes.xlsx"), "{err}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the original workbook is untouched"
    );
    let mut book: Xlsx<_> = open_workbook(dir.path().join("plan.luwes.xlsx")).unwrap();
    assert_eq!(book.sheet_names(), ["Catatan", "Jadwal"]);
    let range = book.worksheet_range("Jadwal").unwrap();
    let cell = |r: u32, c: u32| range.get_value((r, c)).cloned();
    assert_eq!(cell(1, 3), Some(Data::String("Caption".into())));
    let fixed = match cell(2, 3) {
        Some(Data::String(s)) => s,
        other => panic!("{other:?}"),
    };
    assert!(fixed != STIFF && !fixed.contains("wajib membawa"), "{fixed}");
    assert_eq!(cell(3, 3), Some(Data::String(FRIENDLY.into())));
    assert_eq!(cell(2, 4), Some(Data::Float(7.5)));
    assert!(matches!(cell(2, 0), Some(Data::DateTime(d)) if d.as_f64() == 46027.0));
    let notes = book.worksheet_range("Catatan").unwrap();
    assert_eq!(notes.get_value((0, 0)), Some(&Data::String("bukan kalender".into())));
}

#[test]
fn the_config_names_the_columns_and_flags_override_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(".luwes.yaml"),
        "calendar:\n  column: Naskah\n  date_column: Jadwal Tayang\n",
    )
    .unwrap();
    let csv = format!(
        "Jadwal Tayang,Naskah,Ringkas\n2026-03-01,{},{}\n",
        q(STIFF),
        q(FRIENDLY)
    );
    std::fs::write(dir.path().join("plan.csv"), csv).unwrap();
    let (_, out, err) = run_in(dir.path(), &["lint", "--format", "json", "plan.csv"], None);
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {err}"));
    assert_eq!(files(&v)[0]["cell"]["column"], "Naskah");
    assert_eq!(files(&v)[0]["cell"]["date"], "2026-03-01");
    let (code, _, err) = run_in(dir.path(), &["lint", "--column", "Ringkas", "plan.csv"], None);
    assert_eq!(code, 0, "the flag wins: the friendly column is clean: {err}");
    std::fs::write(dir.path().join(".luwes.yaml"), "calendar:\n  colum: Naskah\n").unwrap();
    let (code, _, err) = run_in(dir.path(), &["lint", "plan.csv"], None);
    assert_eq!(code, 2);
    assert!(err.contains("colum"), "{err}");
}
