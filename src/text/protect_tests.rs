//! Tests of protected names: which runs are names, which are headlines or sentence openings.
use super::*;

fn found(text: &str) -> Vec<&str> {
    names(text).into_iter().map(|r| &text[r]).collect()
}

#[test]
fn headed_names_with_joiners_and_acronyms() {
    assert_eq!(
        found("Dana ini tercantum dalam Daftar Isian Pelaksanaan Anggaran (DIPA) 2026. Mulai Maret, ya."),
        ["Daftar Isian Pelaksanaan Anggaran (DIPA)"]
    );
    assert_eq!(
        found("Aturannya ada di Peraturan Presiden tentang Percepatan Penurunan Stunting, tautannya di bio."),
        ["Peraturan Presiden tentang Percepatan Penurunan Stunting"]
    );
    assert_eq!(
        found("Ayo ramaikan Lomba Implementasi Inovasi Pelayanan Publik tingkat kelurahan!"),
        ["Lomba Implementasi Inovasi Pelayanan Publik"]
    );
    assert_eq!(found("Ikut Lomba Kebersihan antar-RW, yuk!"), ["Lomba Kebersihan"]);
    assert_eq!(
        found("Sudah punya Surat Keterangan Tidak Mampu? Bawa, ya."),
        ["Surat Keterangan Tidak Mampu"]
    );
}

#[test]
fn mid_sentence_proper_names_of_three_words() {
    assert_eq!(
        found("Yuk, ikut Sinergi Bersih Kali Bening hari Minggu ini!"),
        ["Sinergi Bersih Kali Bening"]
    );
    // Two capitalised words after a lowercase word are not enough without a head word.
    assert!(found("Kumpul di Jembatan Merah pukul 06.00.").is_empty());
}

#[test]
fn openings_headlines_and_lone_heads_are_not_names() {
    // An official opening a sentence is the structural rules' business, not a name.
    assert!(found("Dalam rangka optimalisasi pelayanan, dilaksanakan sinergi lintas sektor.").is_empty());
    assert!(found("Kepala Dinas Sosial Kota Sukamaju menyalurkan bantuan.").is_empty());
    // A headline line fills its line.
    assert!(found("Program Optimalisasi Pelayanan Publik Resmi Diluncurkan\nBaca di bio.").is_empty());
    assert!(found("Hari ini Gubernur ikut kerja bakti.").is_empty());
    assert!(found("Bantuan cair bertahap, Sobat.").is_empty());
}

#[test]
fn explained_acronyms_are_kept_apart() {
    let t = "Dana ada di Daftar Isian Pelaksanaan Anggaran (DIPA) tahun ini.";
    let p = protected(t);
    assert_eq!(p.explained.len(), 1);
    assert_eq!(&t[p.explained[0].clone()], "DIPA");
    let sinergi = t.find("Pelaksanaan").unwrap();
    assert!(inside(&(sinergi..sinergi + 11), &p.names));
    assert!(!inside(&(0..4), &p.names));
}
