//! Word lists for the Indonesian morphology in `morph`, written for this project from
//! everyday government-post vocabulary (licensed root lists cannot ship with the binary).

/// Verb roots (and a few fixed stems with per- or a suffix) that government posts use.
/// A form is only turned into an imperative when stripping its affixes lands here.
#[rustfmt::skip]
pub const VERB_ROOTS: &[&str] = &[
    "abai", "ajak", "ajar", "ajukan", "akses", "aktifkan", "ambil", "amankan", "amat", "ampun", "angkat", "angkut",
    "antar", "antisipasi", "antre", "anjur", "atur", "awas", "awasi", "baca", "bagi", "balas", "bangun", "bantu",
    "barengi", "batas", "batasi", "bawa", "bayar", "bebas", "bekal", "belajar", "beli", "bentuk", "berangkat", "beri",
    "berhenti", "bersih", "bersihkan", "bimbing", "bina", "buang", "buat", "buka", "bukti", "buktikan", "cabut",
    "cair", "cari", "catat", "cegah", "cek", "cermati", "cetak", "coba", "coblos", "contoh", "cuci", "cukupi",
    "daftar", "damping", "dampingi", "dapat", "data", "datang", "datangi", "dengar", "dengarkan", "didik", "diskusi",
    "doa", "doakan", "dorong", "duduk", "dukung", "edukasi", "evaluasi", "gelar", "gabung", "gerak", "gratis", "guna",
    "gunakan", "gotong", "hadap", "hadir", "hapus", "harap", "hargai", "hemat", "hentikan", "hibur", "hidup",
    "himpun", "hindar", "hitung", "hormat", "hubung", "hubungi", "ikut", "ikuti", "imbau", "ingat", "ingatkan",
    "input", "isi", "istirahat", "izin", "jadwal", "jaga", "jalan", "jalani", "jamin", "jangkau", "jawab", "jelaskan",
    "jemput", "jenguk", "jual", "jumpa", "kabari", "kawal", "kelola", "kembali", "kembalikan", "kenakan", "kenal",
    "kenali", "kerja", "kirim", "klik", "koordinasi", "kubur", "kumpul", "kumpulkan", "kunjungi", "kurangi", "lacak",
    "laksana", "lakukan", "laku", "lampir", "lampirkan", "lanjut", "lapor", "lawan", "layan", "lengkap", "lengkapi",
    "lepas", "lewat", "lihat", "lindungi", "lintas", "lolos", "lunasi", "manfaat", "masak", "masuk", "mandi", "minta",
    "minum", "mohon", "mulai", "naik", "nikmati", "nilai", "obati", "olahraga", "pakai", "panggil", "pantau",
    "pasang", "pasti", "pastikan", "patuh", "patuhi", "pegang", "peluk", "pelihara", "peroleh", "perbaik", "perbarui",
    "perhati", "periksa", "perkuat", "perlihat", "perpanjang", "pesan", "pikir", "pilah", "pilih", "pimpin", "pindah",
    "pindai", "pinjam", "potong", "proses", "pulang", "pulih", "pulihkan", "pungut", "putus", "raih", "rakit",
    "ramai", "rancang", "rasa", "rawat", "rayakan", "rekam", "rencana", "renung", "resmi", "rindu", "rumus", "sabar",
    "sadar", "sajikan", "salur", "salurkan", "sambut", "sampai", "sampaikan", "santun", "sapa", "saring", "saksi",
    "sayang", "sayangi", "scan", "sebar", "sebarkan", "sedia", "sediakan", "segar", "selamat", "selesai", "semangat",
    "semprot", "serah", "serahkan", "sertai", "setor", "siap", "siapkan", "siar", "simak", "simpan", "singgah",
    "sisih", "sosialisasi", "suarakan", "sukses", "sukseskan", "suntik", "tahan", "tampil", "tanam", "tanda",
    "tandatangani", "tangani", "tanggap", "tanggung", "tanya", "taat", "taati", "tambah", "tangkap", "tampung",
    "tata", "tawar", "tegur", "teliti", "tempel", "tempuh", "tentu", "terap", "terapkan", "terbit", "terima",
    "teruskan", "tetap", "tiba", "tidur", "tinggal", "tinjau", "tolong", "tonton", "tuju", "tukar", "tulis", "tunda",
    "tunggu", "tunjuk", "tunjukkan", "turun", "turut", "tutup", "ubah", "uji", "ukur", "ulang", "umum", "umumkan",
    "undang", "unduh", "unggah", "upaya", "urus", "usul", "usulkan", "utamakan", "vaksin", "validasi", "verifikasi",
    "waspada", "waspadai", "wujud", "wujudkan",
];

/// Nominalisations after "melakukan/melaksanakan/mengadakan" and the active verb that says
/// the same thing more directly ("melakukan pemantauan" → "memantau").
pub const NOMINALS: &[(&str, &str)] = &[
    ("pemantauan", "memantau"),
    ("pendataan", "mendata"),
    ("sosialisasi", "menjelaskan"),
    ("koordinasi", "berkoordinasi"),
    ("pengecekan", "mengecek"),
    ("pemeriksaan", "memeriksa"),
    ("penyemprotan", "menyemprot"),
    ("penyemprotan disinfektan", "menyemprotkan disinfektan"),
    ("pendampingan", "mendampingi"),
    // "mengamankan" also reads as "detain" (diamankan): say what is guarded.
    ("pengamanan", "menjaga keamanan"),
    ("penjagaan", "menjaga"),
    ("pengawalan", "mengawal"),
    ("pengawasan", "mengawasi"),
    ("penanganan", "menangani"),
    ("pendistribusian", "membagikan"),
    ("penyaluran", "menyalurkan"),
    ("pembagian", "membagikan"),
    ("pemberian", "memberikan"),
    ("pembersihan", "membersihkan"),
    ("perbaikan", "memperbaiki"),
    ("pendaftaran", "mendaftar"),
    ("pengukuran", "mengukur"),
    ("penanaman", "menanam"),
    ("pencegahan", "mencegah"),
    ("pemusnahan", "memusnahkan"),
    ("pengumpulan", "mengumpulkan"),
    ("peninjauan", "meninjau"),
    ("pembinaan", "membina"),
    ("pelayanan", "melayani"),
    ("pelaporan", "melapor"),
    ("penelusuran", "menelusuri"),
    ("penyelidikan", "menyelidiki"),
    ("pengaturan", "mengatur"),
    ("penutupan", "menutup"),
    ("pembukaan", "membuka"),
    ("penyerahan", "menyerahkan"),
    ("pelatihan", "melatih"),
    ("perawatan", "merawat"),
    ("penilaian", "menilai"),
    ("vaksinasi", "memvaksin"),
    // Loan nouns take plain verbs, not their stiff -isasi/-kasi verbs (rewrite guide §2.9).
    ("evaluasi", "menilai"),
    ("verifikasi", "mengecek"),
    ("verifikasi dan validasi", "mengecek dan memastikan"),
    ("validasi", "memastikan"),
    ("perubahan", "berubah"),
    ("penegakan hukum", "menegakkan hukum"),
    ("pelonggaran", "melonggarkan"),
    ("penekanan", "menekan"),
    ("permohonan", "memohon"),
    ("penyekatan", "menyekat"),
    ("kunjungan", "berkunjung"),
    ("monitoring", "memantau"),
    ("patroli", "berpatroli"),
    ("pertemuan", "bertemu"),
    ("diskusi", "berdiskusi"),
];

/// Nominalisations with no verb to put in their place: a human says what happens
/// (penertiban reads as eviction), or the noun names a programme or a document
/// (pemberlakuan … PPKM, pelaksanaan anggaran).
pub const NOMINALS_BLOCKED: &[&str] = &[
    "penertiban", "pemberlakuan", "pelayanan", "pembelajaran", "pelaksanaan", "penyelenggaraan", "pengadaan", "penindakan",
    "pengosongan", "penggusuran", "pembongkaran", "perlindungan", "pertemuan", "perjalanan", "perayaan",
];
