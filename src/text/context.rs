//! The register of a whole post: an emergency (flood, landslide, fire, evacuation, an
//! early warning) or a condolence. Rules that make no sense there keep quiet (`quiet_in:`).
//!
//! Why whole-post and word lists: the register is set by what the post is about, not by
//! the sentence a finding sits in ("Warga diminta segera mengungsi" is urgent because the
//! post is about a flood). The lists are hazards and events, never policy names: "PPKM
//! Darurat" and "Siaga Covid" name programmes, so alert words ("darurat", "siaga",
//! "waspada") set nothing alone: a real alert names its hazard.
use super::document::Document;
use crate::model::Register;

/// Hazards and what people do in one.
const HAZARDS: &[&str] = &[
    "banjir",
    "banjir bandang",
    "longsor",
    "tanah longsor",
    "gempa",
    "gempa bumi",
    "tsunami",
    "kebakaran",
    "erupsi",
    "awan panas",
    "lahar",
    "angin puting beliung",
    "puting beliung",
    "cuaca ekstrem",
    "rob",
    "gelombang tinggi",
    "evakuasi",
    "mengungsi",
    "pengungsi",
    "pengungsian",
    "titik kumpul",
    "jalur evakuasi",
    "korban jiwa",
    "peringatan dini",
    "kebakaran hutan",
    "pohon tumbang",
];

const CONDOLENCE: &[&str] = &[
    "berduka",
    "berdukacita",
    "berduka cita",
    "turut berduka",
    "duka cita",
    "dukacita",
    "innalillahi",
    "inna lillahi",
    "innalilahi",
    "meninggal dunia",
    "tutup usia",
    "wafat",
    "telah berpulang",
    "almarhum",
    "almarhumah",
    "rest in peace",
    "selamat jalan",
];

/// Words that speak to the reader: greetings, invitations, the second person. Hashtags
/// (#SobatSehat) are blanked in the phrase view and do not count: a tag is not a voice.
const DIALOGUE: &[&str] = &[
    "yuk",
    "ayo",
    "mari",
    "kamu",
    "kalian",
    "sobat",
    "sahabat",
    "teman-teman",
    "halo",
    "hai",
    "selamat pagi",
    "selamat siang",
    "selamat sore",
    "selamat malam",
    "sampurasun",
    "wargi",
    "dulur",
    "sedulur",
    "kak",
];

/// The registers `doc` is in.
pub fn registers(doc: &Document) -> Vec<Register> {
    let lower = doc.phrase.to_lowercase();
    let mut out = Vec::new();
    if HAZARDS.iter().any(|w| has_word(&lower, w)) {
        out.push(Register::Emergency);
    }
    if CONDOLENCE.iter().any(|w| has_word(&lower, w)) {
        out.push(Register::Condolence);
    }
    if DIALOGUE.iter().any(|w| has_word(&lower, w)) {
        out.push(Register::Dialogue);
    }
    out
}

/// Whether `phrase` occurs in `text` as whole words (spaces in `phrase` match any run of
/// whitespace).
fn has_word(text: &str, phrase: &str) -> bool {
    let first = phrase.split(' ').next().unwrap_or(phrase);
    let mut from = 0;
    while let Some(at) = text[from..].find(first).map(|i| i + from) {
        from = at + first.len();
        let before_ok = text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        if !before_ok {
            continue;
        }
        // Match the rest word by word, allowing any whitespace between.
        let mut pos = at;
        let mut ok = true;
        for (i, w) in phrase.split(' ').enumerate() {
            if i > 0 {
                let rest = &text[pos..];
                let trimmed = rest.trim_start();
                if trimmed.len() == rest.len() {
                    ok = false;
                    break;
                }
                pos += rest.len() - trimmed.len();
            }
            if !text[pos..].starts_with(w) {
                ok = false;
                break;
            }
            pos += w.len();
        }
        if ok && text[pos..].chars().next().is_none_or(|c| !c.is_alphanumeric()) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::mask::Format;

    fn regs(s: &str) -> Vec<Register> {
        registers(&Document::new(s, Format::Plain))
    }

    #[test]
    fn hazards_and_condolences_set_the_register() {
        assert_eq!(
            regs("Warga bantaran diminta segera mengungsi ke titik kumpul."),
            [Register::Emergency]
        );
        assert_eq!(regs("BPBD menetapkan status Siaga Banjir."), [Register::Emergency]);
        assert_eq!(
            regs("Innalillahi wa inna ilaihi rojiun. Telah meninggal dunia …"),
            [Register::Condolence]
        );
        assert!(regs("PPKM Darurat diperpanjang hingga 25 Juli.").is_empty());
        assert_eq!(
            regs("Kebanjiran order? Daftar pelatihan UMKM, yuk!"),
            [Register::Dialogue]
        );
        assert!(
            regs("#banjir bukan tagar di sini").is_empty(),
            "hashtags are blanked in the phrase view"
        );
        assert_eq!(regs("Halo, Sobat! Posyandu buka Sabtu ini."), [Register::Dialogue]);
        assert!(regs("Posyandu buka Sabtu ini. #SobatSehat").is_empty());
        assert!(regs("Kakak beradik itu menerima beasiswa.").is_empty());
    }
}
