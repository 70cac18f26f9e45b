//! Tests of the Indonesian morphology: over 200 word forms from government posts.
use super::*;

/// (form, expected imperative); every form here must be recognised.
#[rustfmt::skip]
const FORMS: &[(&str, &str)] = &[
    ("membawa", "bawa"), ("mendaftar", "daftar"), ("mengisi", "isi"), ("memakai", "pakai"),
    ("menyampaikan", "sampaikan"), ("dibawa", "bawa"), ("mendaftarkan", "daftarkan"), ("menulis", "tulis"),
    ("mengirim", "kirim"), ("mengecek", "cek"), ("membaca", "baca"), ("membagikan", "bagikan"), ("membalas", "balas"),
    ("membantu", "bantu"), ("membayar", "bayar"), ("memberi", "beri"), ("memberikan", "berikan"), ("membuat", "buat"),
    ("membuka", "buka"), ("mencari", "cari"), ("mencatat", "catat"), ("mencegah", "cegah"), ("mencetak", "cetak"),
    ("mencuci", "cuci"), ("mendatangi", "datangi"), ("mendengar", "dengar"), ("mendengarkan", "dengarkan"),
    ("mendukung", "dukung"), ("menghadiri", "hadiri"), ("menghubungi", "hubungi"), ("mengikuti", "ikuti"),
    ("mengajak", "ajak"), ("mengambil", "ambil"), ("mengantre", "antre"), ("mengunduh", "unduh"),
    ("mengunggah", "unggah"), ("mengurus", "urus"), ("menjaga", "jaga"), ("menjawab", "jawab"),
    ("menjelaskan", "jelaskan"), ("menjemput", "jemput"), ("mengenakan", "kenakan"), ("mengumpulkan", "kumpulkan"),
    ("mengunjungi", "kunjungi"), ("melapor", "lapor"), ("melaporkan", "laporkan"), ("melengkapi", "lengkapi"),
    ("melindungi", "lindungi"), ("melihat", "lihat"), ("meminta", "minta"), ("memohon", "mohon"),
    ("memantau", "pantau"), ("mematuhi", "patuhi"), ("memeriksa", "periksa"), ("memilih", "pilih"),
    ("memindai", "pindai"), ("merawat", "rawat"), ("menyebarkan", "sebarkan"), ("menyediakan", "sediakan"),
    ("menyerahkan", "serahkan"), ("menyiapkan", "siapkan"), ("menyimpan", "simpan"), ("menanyakan", "tanyakan"),
    ("menaati", "taati"), ("menempel", "tempel"), ("menerima", "terima"), ("menunggu", "tunggu"),
    ("menunjukkan", "tunjukkan"), ("mengubah", "ubah"), ("mengukur", "ukur"), ("memverifikasi", "verifikasi"),
    ("mewaspadai", "waspadai"), ("memperbaiki", "perbaiki"), ("memperhatikan", "perhatikan"),
    ("memperpanjang", "perpanjang"), ("memperbarui", "perbarui"), ("memperoleh", "peroleh"),
    ("menyukseskan", "sukseskan"), ("mengamankan", "amankan"), ("mengangkut", "angkut"), ("mengatur", "atur"),
    ("mengawasi", "awasi"), ("membangun", "bangun"), ("membatasi", "batasi"), ("membersihkan", "bersihkan"),
    ("membimbing", "bimbing"), ("membina", "bina"), ("membuang", "buang"), ("mencabut", "cabut"), ("mencoba", "coba"),
    ("mencoblos", "coblos"), ("mendampingi", "dampingi"), ("mendata", "data"), ("mendorong", "dorong"),
    ("menggunakan", "gunakan"), ("menghemat", "hemat"), ("menghentikan", "hentikan"), ("menghitung", "hitung"),
    ("mengingatkan", "ingatkan"), ("menjalani", "jalani"), ("menjamin", "jamin"), ("menjangkau", "jangkau"),
    ("mengabari", "kabari"), ("mengawal", "kawal"), ("mengelola", "kelola"), ("mengembalikan", "kembalikan"),
    ("mengenali", "kenali"), ("mengurangi", "kurangi"), ("melacak", "lacak"), ("melakukan", "lakukan"),
    ("melampirkan", "lampirkan"), ("melayani", "layani"), ("melunasi", "lunasi"), ("memanfaatkan", "manfaatkan"),
    ("memanggil", "panggil"), ("memasang", "pasang"), ("memastikan", "pastikan"), ("memegang", "pegang"),
    ("memelihara", "pelihara"), ("memikirkan", "pikirkan"), ("memilah", "pilah"), ("memimpin", "pimpin"),
    ("memindahkan", "pindahkan"), ("meminjam", "pinjam"), ("memotong", "potong"), ("memproses", "proses"),
    ("memulihkan", "pulihkan"), ("meraih", "raih"), ("merayakan", "rayakan"), ("merekam", "rekam"),
    ("menyalurkan", "salurkan"), ("menyambut", "sambut"), ("menyapa", "sapa"), ("menyaring", "saring"),
    ("menyayangi", "sayangi"), ("menyemprot", "semprot"), ("menyertai", "sertai"), ("menyetor", "setor"),
    ("menyimak", "simak"), ("menyuarakan", "suarakan"), ("menyuntik", "suntik"), ("menahan", "tahan"),
    ("menanam", "tanam"), ("menandatangani", "tandatangani"), ("menangani", "tangani"), ("menanggapi", "tanggapi"),
    ("menambah", "tambah"), ("menampung", "tampung"), ("menata", "tata"), ("menawarkan", "tawarkan"),
    ("menegur", "tegur"), ("meneliti", "teliti"), ("menempuh", "tempuh"), ("menerapkan", "terapkan"),
    ("meneruskan", "teruskan"), ("meninjau", "tinjau"), ("menonton", "tonton"), ("menukar", "tukar"),
    ("menunda", "tunda"), ("menutup", "tutup"), ("menguji", "uji"), ("mengulang", "ulang"),
    ("mengumumkan", "umumkan"), ("mengundang", "undang"), ("mengusulkan", "usulkan"), ("mengutamakan", "utamakan"),
    ("memvalidasi", "validasi"), ("mewujudkan", "wujudkan"), ("dibagikan", "bagikan"), ("dibayar", "bayar"),
    ("dibuka", "buka"), ("dicatat", "catat"), ("dicek", "cek"), ("didaftarkan", "daftarkan"), ("dihadiri", "hadiri"),
    ("diikuti", "ikuti"), ("diisi", "isi"), ("dijaga", "jaga"), ("dikirim", "kirim"), ("dikumpulkan", "kumpulkan"),
    ("dilaporkan", "laporkan"), ("dilengkapi", "lengkapi"), ("dipakai", "pakai"), ("dipantau", "pantau"),
    ("dipatuhi", "patuhi"), ("diperiksa", "periksa"), ("diperpanjang", "perpanjang"), ("disampaikan", "sampaikan"),
    ("disiapkan", "siapkan"), ("disimpan", "simpan"), ("ditaati", "taati"), ("diterima", "terima"),
    ("ditulis", "tulis"), ("diunduh", "unduh"), ("diurus", "urus"), ("divaksin", "vaksin"),
    ("diwaspadai", "waspadai"), ("diperbaiki", "perbaiki"), ("diperhatikan", "perhatikan"),
    ("dikunjungi", "kunjungi"), ("digunakan", "gunakan"), ("dimohon", "mohon"), ("diimbau", "imbau"),
    ("laporkanlah", "laporkan"), ("patuhilah", "patuhi"), ("taatilah", "taati"), ("jagalah", "jaga"),
    ("bawalah", "bawa"), ("isilah", "isi"), ("gunakanlah", "gunakan"), ("datanglah", "datang"), ("ikutilah", "ikuti"),
    ("pakailah", "pakai"), ("bacalah", "baca"), ("raihlah", "raih"), ("waspadalah", "waspada"),
    ("hubungilah", "hubungi"), ("berhati-hatilah", "berhati-hati"), ("bersiaplah", "bersiap"), ("Membawa", "bawa"),
    ("MENDAFTAR", "daftar"), ("Laporkanlah", "laporkan"), ("bawa", "bawa"), ("daftarkan", "daftarkan"),
    ("pastikan", "pastikan"),
];

/// Words that end like verbs or imperatives but are not: never turned into one.
const NOT_VERBS: &[&str] = &[
    "adalah",
    "ialah",
    "telah",
    "sekolah",
    "masalah",
    "salah",
    "kalah",
    "lelah",
    "olah",
    "jumlah",
    "istilah",
    "sebelah",
    "setelah",
    "wilayah",
    "allah",
    "alhamdulillah",
    "akan",
    "bukan",
    "ikan",
    "kan",
    "makan",
    "pukul",
    "mengglobal",
    "memang",
    "menteri",
    "mereka",
    "merdeka",
    "menara",
    "dinas",
    "dia",
    "dini",
    "diri",
    "dirinya",
    "kecamatan",
    "kebersihan",
    "masyarakat",
    "pemerintah",
    "bukanlah",
    "inilah",
    "itulah",
    "demikianlah",
    "bermasalah",
];

#[test]
fn known_forms_to_imperative() {
    assert!(FORMS.len() + NOT_VERBS.len() >= 200);
    for (form, root) in FORMS {
        assert_eq!(imperative(form).as_deref(), Some(*root), "{form}");
    }
}

#[test]
fn non_verbs_give_none() {
    for word in NOT_VERBS {
        assert_eq!(imperative(word), None, "{word}");
    }
}

#[test]
fn nominalisations_to_active_verbs() {
    assert_eq!(active("pemantauan").as_deref(), Some("memantau"));
    assert_eq!(active("Pendataan").as_deref(), Some("mendata"));
    assert_eq!(
        active("penyemprotan  disinfektan").as_deref(),
        Some("menyemprotkan disinfektan")
    );
    assert_eq!(active("perayaan"), None);
}

#[test]
fn filters() {
    assert_eq!(apply_filter("capitalize", "yuk").as_deref(), Some("Yuk"));
    assert_eq!(apply_filter("upper", "ktp").as_deref(), Some("KTP"));
    assert!(is_filter("imperative") && is_filter("active") && !is_filter("nope"));
}

#[test]
fn passives_and_coordinated_nominals() {
    for (verb, want) in [
        ("meninjau", "ditinjau"),
        ("bagikan", "dibagikan"),
        ("memperbaiki", "diperbaiki"),
        ("memberlakukan", "diberlakukan"),
        ("menyerahkan", "diserahkan"),
    ] {
        assert_eq!(passive(verb).as_deref(), Some(want), "{verb}");
    }
    for verb in ["menjadi", "dihadiri", "berhasil", "mengatakan"] {
        assert_eq!(passive(verb), None, "{verb}");
    }
    assert_eq!(
        active("pengamanan dan pengawalan").as_deref(),
        Some("menjaga keamanan dan mengawal")
    );
    assert_eq!(active("pengawasan terhadap").as_deref(), Some("mengawasi"));
    assert_eq!(active("sosialisasi kepada").as_deref(), Some("menjelaskan kepada"));
    assert_eq!(active("pendampingan kepada").as_deref(), Some("mendampingi"));
    assert_eq!(active("pengamanan dan penertiban"), None, "all or none");
    assert_eq!(active("penertiban"), None);
    assert_eq!(verbal(" dan menjaga").as_deref(), Some(" dan menjaga"));
    assert_eq!(verbal(" dan sinergitas"), None);
}
