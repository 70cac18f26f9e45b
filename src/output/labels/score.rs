//! The words of `luwes score`: its table's headings, the mean line, and the text of
//! `--explain` (the formula is `score`'s; keep docs/SCORE.md in step with both).
use super::{ScoreFacts, ScoreLabels};

pub(super) const SCORE_ID: ScoreLabels = ScoreLabels {
    file: "BERKAS",
    score: "SKOR",
    top_issues: "TEMUAN UTAMA",
    mean: |mean, files| {
        format!("Skor rata-rata {mean:.0} dari {files} berkas. `luwes score --explain` menjelaskan cara menghitungnya.")
    },
    explain: explain_id,
};

pub(super) const SCORE_EN: ScoreLabels = ScoreLabels {
    file: "FILE",
    score: "SCORE",
    top_issues: "TOP ISSUES",
    mean: |mean, files| {
        format!("Mean score {mean:.0} over {files} files. `luwes score --explain` shows how it is computed.")
    },
    explain: explain_en,
};

fn explain_id(f: &ScoreFacts) -> String {
    let ScoreFacts {
        base,
        min_words,
        per_point,
        address,
        invitation,
        warmth,
        details,
        short,
        short_words,
    } = f;
    format!(
        "Cara skor pesan luwes dihitung (0-100, makin tinggi makin luwes)

  skor = {base} - penalti + poin plus, dijaga antara 0 dan 100

Penalti: setiap temuan dihitung sebesar bobot aturannya (1 kecuali aturannya berkata lain,
lihat `luwes explain ATURAN`) dikali tingkatnya (info 0,5, warning 1, error 2).
Jumlahnya dihitung per 100 kata, supaya unggahan panjang dan pendek adil dibandingkan
(unggahan yang lebih pendek dari {min_words} kata dihitung {min_words} kata), dan setiap
poin per 100 kata mengurangi skor sebesar {per_point}.
  mis. satu `wajib` (bobot 2, warning) dalam unggahan 80 kata: 2 x 1 x 100/80 x {per_point} = 12,5

Poin plus, untuk yang dilakukan unggahan luwes (kata di dalam tanda kutip adalah suara
orang lain dan tidak dihitung):
  +{address}  menyapa pembaca: kamu, Anda, Sobat, teman-teman, kita, ...-mu
  +{invitation}  mengajak atau bertanya: yuk, ayo, mari; kalimat yang dibuka dengan cek, simak,
       daftar, kunjungi, hubungi, ... (ajakan); atau pertanyaan sungguhan (`?` dengan
       kata tanya seperti apa, kapan, gimana, ya, -kah)
  +{warmth}   terasa hangat: salam atau terima kasih (halo, selamat, terima kasih) atau
       tanda seru
  +{details}   detail yang jelas mendukung ajakan: tanggal atau hari, jam, tempat, nomor
       telepon atau surel
  +{short}   kalimat pendek: rata-rata {short_words} kata atau kurang, tiap kalimat dibobot
       menurut panjangnya (panjang yang dialami pembaca, kata demi kata)

Rinciannya menunjukkan poin yang hilang per kategori dan poin plus yang didapat.
`--min-score N` (atau `min_score:` di .luwes.yaml) membuat `lint` dan `score` keluar
dengan 1 bila ada dokumen yang skornya di bawah N.
"
    )
}

fn explain_en(f: &ScoreFacts) -> String {
    let ScoreFacts {
        base,
        min_words,
        per_point,
        address,
        invitation,
        warmth,
        details,
        short,
        short_words,
    } = f;
    format!(
        "How the soft-message score works (0-100, higher is softer)

  score = {base} - penalty + credits, kept between 0 and 100

Penalty: every finding counts its rule's weight (1 unless the rule says otherwise,
see `luwes explain RULE`) times its severity (info 0.5, warning 1, error 2).
The sum is taken per 100 words, so long and short posts compare fairly (a post
shorter than {min_words} words counts as {min_words}), and each point per 100 words
costs {per_point} points of score.
  e.g. one `wajib` (weight 2, warning) in an 80-word post: 2 x 1 x 100/80 x {per_point} = 12.5

Credits, for what soft posts do (words inside quotation marks are someone else's
voice and do not count):
  +{address}  speaks to the reader: kamu, Anda, Sobat, teman-teman, kita, ...-mu
  +{invitation}  invites or asks: yuk, ayo, mari; a sentence opening with cek, simak,
       daftar, kunjungi, hubungi, ... (an imperative); or a real question (a `?`
       with a question word such as apa, kapan, gimana, ya, -kah)
  +{warmth}   sounds like a person: a greeting or thanks (halo, selamat, terima
       kasih) or an exclamation mark
  +{details}   backs an invitation with concrete details: a date or day, a time,
       a place, a phone number or e-mail
  +{short}   keeps sentences short: {short_words} words or fewer on average, each
       sentence weighted by its length (the length a reader meets, word by word)

The breakdown shows the points lost per category and the credits earned.
`--min-score N` (or `min_score:` in .luwes.yaml) makes `lint` and `score` exit 1
when any document scores below N.
"
    )
}
