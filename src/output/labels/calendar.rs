//! The words about content calendars: where a finding's cell is, and the report's section
//! on posts over time (trends per month, tables per account and platform, calendars side
//! by side), in Indonesian and English.

pub struct CalendarLabels {
    /// A spreadsheet row, in `plan.csv:row 12 (caption):5`.
    pub row: &'static str,
    /// What a run with calendar rows counts: "12 of 300 posts".
    pub posts_unit: &'static str,
    /// Notices: a walked spreadsheet with no text column; where a fixed workbook went.
    pub skipped_no_text: &'static str,
    pub fixed_written_to: fn(&str) -> String,
    /// `luwes fix`'s totals counting posts: as `FixLabels::total`.
    pub fix_total: fn(usize, bool, usize, usize, usize) -> String,
    pub over_time: &'static str,
    /// Under the heading: what the section shows and where the months come from.
    pub over_time_note: &'static str,
    pub mean_by_month: &'static str,
    /// "Share of kaku posts (score below 60) per month".
    pub kaku_share: &'static str,
    pub top_rules: &'static str,
    /// The tables' column of the most frequent rules.
    pub top_column: &'static str,
    pub by_account: &'static str,
    pub by_platform: &'static str,
    pub side_by_side: &'static str,
    pub month: &'static str,
    pub posts: &'static str,
    pub account: &'static str,
    pub platform: &'static str,
    pub calendar: &'static str,
    pub mean: &'static str,
    pub kaku: &'static str,
    pub findings: &'static str,
    /// A row with no account, platform or readable date.
    pub none: &'static str,
    /// "{n} posts have no readable date and are not in the trends."
    pub undated: fn(usize) -> String,
    /// The trend in one sentence: first month's mean, last month's mean.
    pub trend: fn(&str, f64, &str, f64) -> String,
}

pub(super) const CALENDAR_ID: CalendarLabels = CalendarLabels {
    row: "baris",
    posts_unit: "unggahan",
    skipped_no_text: "tidak ada kolom teks, dilewati (sebut kolomnya dengan --column)",
    fixed_written_to: |path| format!("kalender yang sudah diperbaiki ditulis ke {path}"),
    fix_total: |n, would, posts, all, left| {
        let verb = if would { "akan diperbaiki" } else { "diperbaiki" };
        format!("{n} {verb} di {posts} dari {all} unggahan; {left} temuan tersisa")
    },
    over_time: "Dari waktu ke waktu",
    over_time_note: "Unggahan dari kalender konten, dikelompokkan per bulan menurut kolom tanggal.",
    mean_by_month: "Skor rata-rata per bulan",
    kaku_share: "Porsi unggahan kaku (skor di bawah 60) per bulan",
    top_rules: "Aturan yang paling sering muncul per bulan",
    top_column: "Aturan tersering",
    by_account: "Per akun",
    by_platform: "Per platform",
    side_by_side: "Kalender berdampingan: skor rata-rata per bulan",
    month: "Bulan",
    posts: "Unggahan",
    account: "Akun",
    platform: "Platform",
    calendar: "Kalender",
    mean: "Skor rata-rata",
    kaku: "Kaku",
    findings: "Temuan",
    none: "(kosong)",
    undated: |n| format!("{n} unggahan tanpa tanggal yang terbaca tidak masuk grafik tren."),
    trend: |first, a, last, b| {
        let way = if b > a + 2.0 {
            "makin luwes"
        } else if b < a - 2.0 {
            "makin kaku"
        } else {
            "tidak banyak berubah"
        };
        format!("Skor rata-rata {a:.0} pada {first} dan {b:.0} pada {last}: unggahan {way}.")
    },
};

pub(super) const CALENDAR_EN: CalendarLabels = CalendarLabels {
    row: "row",
    posts_unit: "posts",
    skipped_no_text: "no text column, skipped (name it with --column)",
    fixed_written_to: |path| format!("fixed calendar written to {path}"),
    fix_total: |n, would, posts, all, left| {
        let verb = if would { "would be fixed" } else { "fixed" };
        format!("{n} {verb} in {posts} of {all} posts; {left} remaining")
    },
    over_time: "Over time",
    over_time_note: "Posts from content calendars, grouped by month from the date column.",
    mean_by_month: "Mean score per month",
    kaku_share: "Share of kaku posts (score below 60) per month",
    top_rules: "Most frequent rules per month",
    top_column: "Top rules",
    by_account: "By account",
    by_platform: "By platform",
    side_by_side: "Calendars side by side: mean score per month",
    month: "Month",
    posts: "Posts",
    account: "Account",
    platform: "Platform",
    calendar: "Calendar",
    mean: "Mean score",
    kaku: "Kaku",
    findings: "Findings",
    none: "(none)",
    undated: |n| format!("{n} posts have no readable date and are not in the trends."),
    trend: |first, a, last, b| {
        let way = if b > a + 2.0 {
            "getting softer"
        } else if b < a - 2.0 {
            "getting stiffer"
        } else {
            "about the same"
        };
        format!("Mean score {a:.0} in {first} and {b:.0} in {last}: posts are {way}.")
    },
};
