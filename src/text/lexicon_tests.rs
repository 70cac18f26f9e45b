//! Tests of the lexicon on words from government posts (social aid, data collection,
//! vaccination, evacuation, road repair), written for this project, not taken from the data.
use super::*;

#[test]
fn lemmas_of_affixed_forms() {
    for (form, want) in [
        ("pengambilan", "ambil"),
        ("pendataan", "data"),
        ("penyaluran", "salur"),
        ("pendaftaran", "daftar"),
        ("pengungsian", "ungsi"),
        ("perbaikan", "baik"),
        ("diimbau", "imbau"),
        ("Mengamankan", "aman"),
        ("mendistribusikan", "distribusi"),
        ("kecamatan", "camat"),
        ("diperbaiki", "baik"), // the dict lacks diper- passives: found through memperbaiki
    ] {
        assert_eq!(lemma(form), Some(want), "{form}");
    }
    assert_eq!(lemma("jalan"), None, "a root has no lemma of its own");
    assert_eq!(lemma("dihimbau"), None, "non-standard spelling is absent");
    assert_eq!(lemma("bansos"), None);
}

#[test]
fn roots() {
    assert!(is_root("aman") && is_root("Jalan") && is_root("vaksinasi") && is_root("evakuasi"));
    assert!(!is_root("pengamanan") && !is_root("himbau") && !is_root(""));
}

#[test]
fn part_of_speech() {
    let t = tags("mengambil").expect("in the corpus");
    assert_eq!(t.top, Tag::VB);
    assert!(t.vb > 100 && t.vb <= t.total);
    assert!(is_likely_verb("membawa") && is_likely_verb("diimbau") && is_likely_verb("Memantau"));
    assert!(is_likely_noun("penyaluran") && is_likely_noun("sekolah") && is_likely_noun("pemerintah"));
    assert!(is_likely_proper("Jakarta") && is_likely_proper("kecamatan"));
    assert!(!is_likely_verb("penyaluran") && !is_likely_noun("mendaftar"));
    assert!(!is_likely_proper("bantuan") && !is_likely_noun("menyalurkan") && !is_likely_verb("pendataan"));
    assert_eq!(tags("zzqx"), None);
    // Not in the corpus: decided by affixes.
    assert!(tags("memverifikasi").is_none() && is_likely_verb("memverifikasi"));
    assert!(tags("pengungsian").is_none() && is_likely_noun("pengungsian"));
    // Function words are seen thousands of times: counts are scaled, ratios kept.
    let yang = tags("yang").expect("in the corpus");
    assert_eq!(yang.top, Tag::PR);
    assert!(yang.total <= 4095 && yang.vb == 0);
}

#[test]
fn attested_mem_forms() {
    let aman: Vec<_> = mem_verb_forms("aman").map(|m| m.form).collect();
    assert!(aman.contains(&"mengamankan"), "{aman:?}");
    assert!(
        !aman.contains(&"mengaman") && !aman.contains(&"mengamani"),
        "generated, not attested"
    );
    assert!(mem_verb_forms("salur").any(|m| m.form == "menyalurkan" && m.active > 0 && m.passive > 0));
    assert!(mem_verb_forms("baik").any(|m| m.form == "memperbaiki"));
    assert_eq!(mem_verb_forms("zzqx").count(), 0);
}

#[test]
fn nominalisations_to_verbs() {
    for (noun, verb) in [
        ("pengambilan", "mengambil"),
        ("pengamanan", "mengamankan"),
        ("pengawalan", "mengawal"),
        ("pendataan", "mendata"),
        ("pemantauan", "memantau"),
        ("penyaluran", "menyalurkan"),
        ("Perbaikan", "memperbaiki"),
        ("pemeriksaan", "memeriksa"),
        ("penanganan", "menangani"),
        ("pembersihan", "membersihkan"),
    ] {
        assert_eq!(nominal_to_verb(noun), Some(verb), "{noun}");
    }
    // Unsure: two attested verbs close in use, or none at all. No verb beats a wrong one.
    assert_eq!(
        nominal_to_verb("pendaftaran"),
        None,
        "mendaftar and mendaftarkan are both common"
    );
    assert_eq!(nominal_to_verb("pertemuan"), None, "bertemu, not mempertemukan");
    for word in ["vaksinasi", "evakuasi", "bansos", "kecamatan", "mengamankan", "jalan"] {
        assert_eq!(nominal_to_verb(word), None, "{word}");
    }
}

#[test]
fn imperatives() {
    for (verb, want) in [
        ("membawa", "bawa"),
        ("mendaftar", "daftar"),
        ("mengisi", "isi"),
        ("memakai", "pakai"),
        ("menyampaikan", "sampaikan"),
        ("mendaftarkan", "daftarkan"),
        ("diimbau", "imbau"),
        ("memperbaiki", "perbaiki"),
        ("mengecek", "cek"),
        ("Menyalurkan", "salurkan"),
        ("laporkanlah", "laporkan"),
        ("datanglah", "datang"),
        ("bersiaplah", "bersiap"),
        ("pakai", "pakai"),
        ("lengkapi", "lengkapi"),
        ("diperbaiki", "perbaiki"),
        ("mendata", "data"),
        ("memverifikasi", "verifikasi"),
        ("dievakuasi", "evakuasi"),
    ] {
        assert_eq!(imperative(verb).as_deref(), Some(want), "{verb}");
    }
    for word in [
        "sekolah",
        "masalah",
        "bermasalah",
        "adalah",
        "menteri",
        "mereka",
        "pemerintah",
        "inilah",
        "kecamatan",
        "ialah",      // tagged VB in the corpus, but no verb stem: never affixed
        "mengglobal", // an adjective's meN- form the corpus never uses
    ] {
        assert_eq!(imperative(word), None, "{word}");
    }
}

#[test]
fn build_script_expanded_every_form() {
    // scripts/build-lexicon keeps 778,491 form → lemma pairs; build.rs must rebuild them all.
    let lex = lexicon();
    assert_eq!(lex.forms.len(), 778_491);
    assert_eq!(lex.roots.len(), 29_930);
    assert_eq!(lex.tags.len(), 18_196);
    assert!(
        lex.lemmas.windows(2).all(|w| w[0] < w[1]),
        "lemma ids index a sorted list"
    );
    assert!(lex.mem.values().flatten().all(|m| m.evidence() > 0));
}
