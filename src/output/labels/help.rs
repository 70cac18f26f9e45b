//! The command line's help in Indonesian and English: what each command and option is
//! for, and the few words clap would otherwise print in English (headings, defaults).
//! `cli` lays these over the clap definitions at start-up, so the table is the one place
//! help text lives.

/// The words of clap's help page that are not about one command or option.
pub struct HelpWords {
    pub usage: &'static str,
    pub commands: &'static str,
    pub arguments: &'static str,
    pub options: &'static str,
    /// In usage lines, for clap's `[OPTIONS]` and `<COMMAND>`.
    pub options_placeholder: &'static str,
    pub command_placeholder: &'static str,
    pub default: &'static str,
    pub values: &'static str,
    pub help: &'static str,
    pub help_sub: &'static str,
    pub version: &'static str,
    /// `error:` stays the first word of an error line in both languages: CI logs and the
    /// people who read them search for it.
    pub error: &'static str,
    pub note: &'static str,
    pub tip: &'static str,
    pub more_info: &'static str,
}

pub const WORDS_ID: HelpWords = HelpWords {
    usage: "Pemakaian:",
    commands: "Perintah:",
    arguments: "Argumen:",
    options: "Opsi:",
    options_placeholder: "[OPSI]",
    command_placeholder: "PERINTAH",
    default: "bawaan",
    values: "pilihan",
    help: "Tampilkan bantuan",
    help_sub: "Tampilkan bantuan ini atau bantuan perintah yang disebut",
    version: "Tampilkan versi",
    error: "error:",
    note: "note:",
    tip: "saran",
    more_info: "Untuk keterangan lebih lanjut, jalankan '--help'.",
};

pub const WORDS_EN: HelpWords = HelpWords {
    usage: "Usage:",
    commands: "Commands:",
    arguments: "Arguments:",
    options: "Options:",
    options_placeholder: "[OPTIONS]",
    command_placeholder: "COMMAND",
    default: "default",
    values: "possible values",
    help: "Print help",
    help_sub: "Print this message or the help of the given subcommand(s)",
    version: "Print version",
    error: "error:",
    note: "note:",
    tip: "tip",
    more_info: "For more information, try '--help'.",
};

/// One help text: the command it belongs to (`""` the top, `*` any command), the option
/// or argument's id (`""`: the command's own line, `+`: the text after its options), and
/// the Indonesian and English words.
pub struct Entry {
    pub command: &'static str,
    pub arg: &'static str,
    pub id: &'static str,
    pub en: &'static str,
}

const fn e(command: &'static str, arg: &'static str, id: &'static str, en: &'static str) -> Entry {
    Entry { command, arg, id, en }
}

pub const ENTRIES: &[Entry] = &[
    e("", "", "Bikin unggahan instansi pemerintah luwes, tidak kaku: tandai frasa yang kaku, memerintah, atau birokratis, dan sarankan tulisan ulang yang hangat.",
        "Make government posts luwes, not kaku: flag stiff, commanding, bureaucratic phrasing and suggest warm rewrites."),
    e("", "+", "Contoh:\n  luwes lint contoh/\n  echo \"Peserta wajib membawa KTP.\" | luwes lint -\n  luwes explain id/wajib\n  luwes rules --category imperative\n\nBahasa: Indonesia; bahasa Inggris dengan --lang en, LUWES_LANG=en, atau locale en_*.",
        "Examples:\n  luwes lint examples/\n  echo \"Peserta wajib membawa KTP.\" | luwes lint -\n  luwes explain id/wajib\n  luwes rules --category imperative\n\nLanguage: Indonesian; English with --lang en, LUWES_LANG=en, or an en_* locale."),
    e("", "lang", "Bahasa pesan luwes (id atau en)", "Language of luwes's messages (id or en)"),
    // Options every command that reads rules or config takes.
    e("*", "config", "Berkas konfigurasi yang dipakai, bukan .luwes.yaml terdekat", "Config file to use instead of the nearest .luwes.yaml"),
    e("*", "no_config", "Abaikan .luwes.yaml", "Ignore any .luwes.yaml"),
    e("*", "lang", "Bahasa unggahan dan bahasa pesan luwes (auto: dikenali per teks)",
        "Language of the posts and of luwes's messages (auto: detected per text)"),
    e("rules", "lang", "Hanya aturan bahasa ini, dan bahasa pesan luwes", "Only this language's rules, and the language of luwes's messages"),
    e("*", "color", "Warna keluaran: auto (hanya di terminal, mematuhi NO_COLOR), always, never",
        "Colour output: auto (terminal only, honours NO_COLOR), always, never"),
    e("*", "allow_external_packs", "Izinkan `packs:` di konfigurasi menunjuk folder di luar repositori konfigurasi itu",
        "Let the config's `packs:` name folders outside the repository that holds it"),
    // What `lint`, `fix`, `score` and `report` share.
    e("*", "paths", "Berkas atau folder yang diperiksa (folder ditelusuri, .gitignore dipatuhi); `-` membaca stdin",
        "Files or folders to check (folders are walked, .gitignore respected); `-` reads stdin"),
    e("*", "kind", "Jenis teks: unggahan (post) atau balasan komentar warga (reply)", "What the texts are: posts, or replies to citizens' comments"),
    e("*", "platform", "Platform tujuan (beberapa batas bergantung padanya)", "Target platform (some limits depend on it)"),
    e("*", "select", "Hanya id aturan atau kategori ini (dipisah koma atau diulang)", "Only these rule ids or categories (comma-separated or repeated)"),
    e("*", "ignore", "Lewati id aturan atau kategori ini (dipisah koma atau diulang)", "Skip these rule ids or categories (comma-separated or repeated)"),
    e("*", "format", "Format keluaran", "Output format"),
    e("*", "fail_on", "Tingkat terendah yang membuat kode keluar 1", "Lowest severity that makes the exit code 1"),
    e("*", "min_score", "Keluar dengan 1 bila skor pesan luwes suatu dokumen di bawah N (0-100)",
        "Exit 1 when any document's soft-message score is below N (0-100)"),
    e("*", "stdin_filename", "Nama (dan dengan itu format) teks yang dibaca dari stdin", "Name (and so format) to use for text read from stdin"),
    e("*", "max_file_mb", "Ukuran berkas terbesar yang dibaca, dalam MiB (bawaan 64)", "Largest file read, in MiB (default 64)"),
    e("*", "print_config", "Tampilkan konfigurasi gabungan, lalu keluar", "Print the merged configuration and exit"),
    e("lint", "", "Periksa unggahan dan laporkan frasa yang kaku, memerintah, atau birokratis",
        "Check posts and report stiff, commanding or bureaucratic phrasing"),
    e("explain", "", "Jelaskan aturan atau kategori: alasannya, contoh sebelum/sesudah, keamanan perbaikan, sumber",
        "Explain a rule or a category: why it matters, before/after examples, fix safety, source"),
    e("explain", "rule", "Id aturan (mis. id/wajib) atau nama kategori (mis. imperative)", "Rule id, e.g. id/wajib, or a category name, e.g. imperative"),
    e("rules", "", "Daftar aturan yang berlaku, atau uji berkas aturan", "List the rules in force, or test rule files"),
    e("rules", "category", "Hanya aturan kategori ini", "Only rules of this category"),
    e("test", "", "Jalankan contoh di dalam berkas aturan (semua aturan yang berlaku, atau berkas/folder yang disebut)",
        "Run the examples embedded in rule files (all rules in force, or the given files/folders)"),
    e("test", "paths", "Berkas atau folder aturan", "Rule files or folders"),
    e("fix", "", "Terapkan tulisan ulang di berkas (yang aman; --unsafe menambah sisanya); --diff / --dry-run hanya menampilkan",
        "Apply rewrites in place (safe ones; --unsafe adds the rest); --diff / --dry-run only show"),
    e("fix", "+", "Kode keluar: seperti `lint` atas teks yang sudah diperbaiki; dengan --diff atau --dry-run juga 1 bila ada yang akan berubah.\nContoh:\n  luwes fix --diff unggahan/\n  luwes fix --unsafe draf.txt\n  echo \"Silahkan antri.\" | luwes fix -",
        "Exit code: as `lint` on the fixed text; with --diff or --dry-run also 1 when something would change.\nExamples:\n  luwes fix --diff posts/\n  luwes fix --unsafe draft.txt\n  echo \"Silahkan antri.\" | luwes fix -"),
    e("fix", "unsafe_fixes", "Terapkan juga tulisan ulang yang tidak aman: kata-katanya berubah, jadi baca hasilnya",
        "Also apply unsafe rewrites: they change the wording, so read the result"),
    e("fix", "diff", "Tampilkan diff (unified) dari yang akan berubah, tanpa menulis apa pun", "Print a unified diff of what would change, and write nothing"),
    e("fix", "dry_run", "Laporkan yang akan berubah, tanpa menulis apa pun", "Report what would change, and write nothing"),
    e("fix", "break_hardlinks", "Tulis ulang berkas yang punya hard link lain (link itu tetap berisi teks lama)",
        "Rewrite a file that has other hard links (they keep the old text)"),
    e("score", "", "Beri skor 0-100 seberapa luwes tiap dokumen, dengan rincian per kategori",
        "Score each document 0-100 for how soft it reads, with a breakdown by category"),
    e("score", "+", "Contoh:\n  luwes score draf/\n  luwes score --explain\n  luwes score --min-score 70 unggahan/",
        "Examples:\n  luwes score drafts/\n  luwes score --explain\n  luwes score --min-score 70 posts/"),
    e("score", "explain", "Jelaskan cara skor dihitung, lalu keluar", "Print how the score is computed, and exit"),
    e("report", "", "Tulis laporan lokakarya HTML yang berdiri sendiri: skor, temuan yang disorot, grafik, penjelasan aturan",
        "Write a self-contained HTML workshop report: scores, highlighted findings, charts, rule explanations"),
    e("report", "+", "Contoh:\n  luwes report draf/ -o laporan.html\n  luwes report --title \"Lokakarya Pesan Luwes\" --office \"Diskominfo Kota Magelang\" --date \"12 Juli 2026\" draf/",
        "Examples:\n  luwes report drafts/ -o report.html\n  luwes report --lang en --title \"Workshop\" --office \"City of Magelang\" --date \"12 July 2026\" drafts/"),
    e("report", "output", "Ke mana halaman HTML ditulis; `-` menulisnya ke keluaran standar", "Where to write the HTML page; `-` writes it to standard output"),
    e("report", "title", "Judul halaman, mis. nama lokakarya", "Heading of the page, e.g. the workshop's name"),
    e("report", "office", "Nama instansi yang ditampilkan di kepala laporan", "The office named in the report's header"),
    e("report", "date", "Tanggal yang ditampilkan di kepala laporan (teks bebas)", "The date shown in the report's header (free text)"),
    e("report", "db", "Baca draf ruang `luwes serve --workshop` dari berkas SQLite-nya, bukan dari PATH",
        "Read the drafts of a `luwes serve --workshop` room from its SQLite file instead of PATHs"),
    e("serve", "", "Sajikan halaman menulis, ruang lokakarya, dan API JSON di peramban (luring)",
        "Serve the drafting page, a workshop room and the JSON API in the browser (offline)"),
    e("serve", "+", "Contoh:\n  luwes serve --open\n  luwes serve --workshop \"Pelatihan Pesan Luwes, Kota Magelang\" --bind 0.0.0.0\n  luwes report --db luwes-workshop.sqlite -o laporan.html",
        "Examples:\n  luwes serve --open\n  luwes serve --workshop \"Pelatihan Pesan Luwes, Kota Magelang\" --bind 0.0.0.0\n  luwes report --db luwes-workshop.sqlite -o report.html"),
    e("serve", "bind", "Alamat yang didengarkan; 127.0.0.1 hanya untuk komputer ini, 0.0.0.0 untuk seluruh jaringan lokal",
        "Address to listen on; 127.0.0.1 lets only this computer in, 0.0.0.0 the whole LAN"),
    e("serve", "port", "Port yang didengarkan (0: port bebas mana saja)", "Port to listen on (0: any free port)"),
    e("serve", "open", "Buka halamannya di peramban bawaan", "Open the page in the default browser"),
    e("serve", "workshop", "Jalankan ruang lokakarya dengan judul ini: peserta mengirim draf, pelatih melihat semuanya",
        "Run a workshop room with this title: participants submit drafts, the trainer sees them all"),
    e("serve", "db", "Berkas SQLite ruang itu (bawaan: luwes-workshop.sqlite di sini); ruang yang sudah ada dilanjutkan",
        "The room's SQLite file (default: luwes-workshop.sqlite here); an existing room is resumed"),
    e("serve", "greeting", "Sapaan instansi yang ditawarkan halaman, mis. \"Halo, Sobat Magelang!\"",
        "The office's greeting the page offers to insert, e.g. \"Halo, Sobat Magelang!\""),
    e("serve", "channel", "Saluran kontak instansi yang ditawarkan halaman, mis. \"WA 0812-0000-0000\"",
        "The office's contact channel the page offers to add, e.g. \"WA 0812-0000-0000\""),
    e("init", "", "Tulis .luwes.yaml berkomentar di folder ini", "Write a commented .luwes.yaml in the current folder"),
    e("init", "force", "Timpa berkas yang sudah ada", "Overwrite an existing file"),
    e("init", "path", "Ke mana berkas ditulis", "Where to write it"),
    e("completions", "", "Tampilkan skrip pelengkapan shell (bash, zsh, fish, powershell, elvish)",
        "Print a shell completion script (bash, zsh, fish, powershell, elvish)"),
    e("completions", "+", "Contoh: luwes completions bash > ~/.local/share/bash-completion/completions/luwes",
        "For example: luwes completions bash > ~/.local/share/bash-completion/completions/luwes"),
    e("completions", "shell", "Shell yang dilengkapi", "Shell to complete for"),
    e("manpage", "", "Tampilkan halaman manual (roff), atau tulis satu halaman per perintah ke --dir",
        "Print the man page (roff), or write one page per command into --dir"),
    e("manpage", "dir", "Tulis luwes.1 dan luwes-PERINTAH.1 ke folder ini, bukan menampilkan luwes.1",
        "Write luwes.1 and luwes-COMMAND.1 into this folder instead of printing luwes.1"),
    // Content calendars (`lint`, `fix`, `score`, `report` on .csv, .tsv, .xlsx, .jsonl).
    e("*", "column", "Kalender konten: kolom berisi unggahan (bawaan: dicari dari judul kolom: caption, teks, text, isi, konten, post, keterangan)",
        "Content calendars: the column holding the posts (default: found from the header: caption, teks, text, isi, konten, post, keterangan)"),
    e("*", "date_column", "Kalender konten: kolom tanggal (bawaan: tanggal, date, tgl, jadwal)", "Content calendars: the date column (default: tanggal, date, tgl, jadwal)"),
    e("*", "platform_column", "Kalender konten: kolom platform (bawaan: platform, kanal, channel, media)",
        "Content calendars: the platform column (default: platform, kanal, channel, media)"),
    e("*", "account_column", "Kalender konten: kolom akun (bawaan: akun, account)", "Content calendars: the account column (default: akun, account)"),
    e("*", "kind_column", "Kalender konten: kolom jenis, unggahan atau balasan (bawaan: jenis, kind, tipe, type)",
        "Content calendars: the column saying post or reply (default: jenis, kind, tipe, type)"),
    e("*", "sheet", "Kalender konten: lembar kerja .xlsx yang dibaca (bawaan: yang pertama)", "Content calendars: the worksheet of an .xlsx calendar (default: the first)"),
    e("*", "since", "Kalender konten: hanya baris bertanggal mulai tanggal ini (YYYY-MM-DD)",
        "Content calendars: only rows dated on or after this day (YYYY-MM-DD)"),
    e("*", "until", "Kalender konten: hanya baris bertanggal sampai tanggal ini (YYYY-MM-DD)",
        "Content calendars: only rows dated on or before this day (YYYY-MM-DD)"),
];

/// The help text of `arg` (`""`: the command itself, `+`: after its options) in `command`.
pub fn lookup(command: &str, arg: &str, english: bool) -> Option<&'static str> {
    let hit = |c: &str| ENTRIES.iter().find(|e| e.command == c && e.arg == arg);
    hit(command)
        .or_else(|| if arg.is_empty() || arg == "+" { None } else { hit("*") })
        .map(|e| if english { e.en } else { e.id })
}
