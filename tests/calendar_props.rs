//! Properties of calendar reading and writing over generated CSV: any bytes are read or
//! refused without a panic; a calendar built from generated cells (quotes, delimiters,
//! CR, LF, BOM, blank lines, any quoting) reads back its texts; and writing the texts back
//! unchanged gives the file byte for byte, whatever its quoting and line ends. The first
//! is the fuzz target's invariant (luwes::invariants::calendar_bytes).
use luwes::calendar::{read, rewrite, Format, Options};
use proptest::prelude::*;

fn cell() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "Wajib", " hadir", ",", ";", "\"", "\r\n", "\n", "\r", "\t", "é", "🙏", " ", "ya", "x",
    ]);
    prop::collection::vec(piece, 0..6).prop_map(|v| v.concat())
}

/// One field, written with quotes when it must (or when `quote` says so).
fn field(text: &str, delimiter: char, quote: bool) -> String {
    let must = text.contains([delimiter, '"', '\r', '\n']) || text.is_empty();
    if quote || must {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_bytes_are_read_or_refused(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        luwes::invariants::calendar_bytes(&bytes);
    }

    #[test]
    fn generated_calendars_read_back_and_round_trip(
        rows in prop::collection::vec((cell(), cell(), any::<bool>(), any::<bool>()), 1..8),
        semicolon in any::<bool>(),
        crlf in any::<bool>(),
        bom in any::<bool>(),
        blank in any::<bool>(),
    ) {
        let d = if semicolon { ';' } else { ',' };
        let end = if crlf { "\r\n" } else { "\n" };
        let mut csv = String::new();
        if bom {
            csv.push('\u{feff}');
        }
        csv += &format!("catatan{d}caption{end}");
        if blank {
            csv += end;
        }
        for (note, text, qn, qt) in &rows {
            csv += &format!("{}{d}{}{end}", field(note, d, *qn), field(text, d, *qt));
        }
        let cal = read("x.csv", csv.as_bytes(), Format::Delimited(None), &Options::default()).unwrap();
        let want: Vec<&str> = rows.iter().map(|r| r.1.as_str()).filter(|t| !t.trim().is_empty()).collect();
        let got: Vec<&str> = cal.rows.iter().map(|r| r.text.as_str()).collect();
        prop_assert_eq!(got, want);
        let same: Vec<(usize, String)> = cal.rows.iter().map(|r| (r.number, r.text.clone())).collect();
        let back = rewrite("x.csv", csv.as_bytes(), &cal, &same).unwrap();
        prop_assert_eq!(String::from_utf8(back).unwrap(), csv);
    }
}
