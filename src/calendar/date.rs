//! Dates as calendars write them — `2026-01-05`, `05/01/2026` (day first, as Indonesia
//! writes it), `5-1-2026`, `5 Januari 2026`, `5 Jan 2026`, with or without a time — and
//! as workbooks store them (days since 1899-12-30), read into `YYYY-MM-DD`.

const MONTHS: &[(&str, u32)] = &[
    ("januari", 1),
    ("january", 1),
    ("jan", 1),
    ("februari", 2),
    ("february", 2),
    ("feb", 2),
    ("pebruari", 2),
    ("maret", 3),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("jun", 6),
    ("juli", 7),
    ("july", 7),
    ("jul", 7),
    ("agustus", 8),
    ("august", 8),
    ("agu", 8),
    ("agt", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("oktober", 10),
    ("october", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("nopember", 11),
    ("nov", 11),
    ("desember", 12),
    ("december", 12),
    ("des", 12),
    ("dec", 12),
];

fn valid(y: i64, m: u32, d: u32) -> Option<String> {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let ok = (1000..=9999).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days[m as usize - 1];
    ok.then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// `s` read as a date, or `None`. A time after the date is ignored.
pub fn parse(s: &str) -> Option<String> {
    let s = s.trim();
    // Drop a time: `2026-01-05 09:00`, `2026-01-05T09:00:00`; a weekday before: `Senin, 5 Januari 2026`.
    let s = s
        .split(['T', ' '])
        .next()
        .filter(|d| d.len() >= 8 && !d.ends_with(','))
        .unwrap_or(s);
    let s = s.rsplit_once(", ").map_or(s, |(_, d)| d);
    let parts: Vec<&str> = s.split(['-', '/', '.', ' ']).filter(|p| !p.is_empty()).collect();
    if parts.len() != 3 {
        return None;
    }
    let num = |p: &str| p.parse::<i64>().ok();
    if let (Some(a), Some(c)) = (num(parts[0]), num(parts[2])) {
        let month = num(parts[1]).map(|m| m as u32).or_else(|| month_name(parts[1]))?;
        if parts[0].len() == 4 {
            return valid(a, month, c as u32);
        }
        if parts[2].len() == 4 {
            return valid(c, month, a as u32);
        }
    }
    None
}

fn month_name(s: &str) -> Option<u32> {
    let s = s.to_lowercase();
    MONTHS.iter().find(|(n, _)| *n == s).map(|(_, m)| *m)
}

/// A workbook's date serial (days since 1899-12-30; a fraction is the time of day).
pub fn from_serial(serial: f64) -> Option<String> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    // Days since 1970-01-01, then the civil date (Howard Hinnant's algorithm).
    let z = serial.floor() as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    valid(y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ways_calendars_write_dates() {
        for (s, want) in [
            ("2026-01-05", "2026-01-05"),
            ("2026-01-05 09:30", "2026-01-05"),
            ("2026-01-05T09:30:00", "2026-01-05"),
            ("05/01/2026", "2026-01-05"),
            ("5-1-2026", "2026-01-05"),
            ("5 Januari 2026", "2026-01-05"),
            ("Senin, 5 Januari 2026", "2026-01-05"),
            ("17 Agu 2026", "2026-08-17"),
            ("29/02/2028", "2028-02-29"),
        ] {
            assert_eq!(parse(s).as_deref(), Some(want), "{s}");
        }
        for s in ["", "besok", "31/02/2026", "2026-13-01", "1/2", "12345"] {
            assert_eq!(parse(s), None, "{s}");
        }
    }

    #[test]
    fn workbook_serials() {
        assert_eq!(from_serial(46027.0).as_deref(), Some("2026-01-05"));
        assert_eq!(from_serial(46027.75).as_deref(), Some("2026-01-05"));
        assert_eq!(from_serial(25569.0).as_deref(), Some("1970-01-01"));
        assert_eq!(from_serial(-3.0), None);
    }
}
