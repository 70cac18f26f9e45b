//! The register of a whole post: an emergency (flood, landslide, fire, evacuation, an
//! early warning), a condolence, or a dialogue with the reader. Rules that make no sense
//! there keep quiet (`quiet_in:`).
//!
//! Why whole-post and word lists: the register is set by what the post is about, not by
//! the sentence a finding sits in ("Warga diminta segera mengungsi" is urgent because the
//! post is about a flood). The lists are hazards and events, never policy names: "PPKM
//! Darurat" and "Siaga Covid" name programmes, so alert words ("darurat", "siaga",
//! "waspada") set nothing alone: a real alert names its hazard.
use super::document::Document;
use super::re::Re;
use crate::model::Register;
use std::sync::OnceLock;

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
    // Javanese warmth (a Central or East Java office speaking to its neighbours): please,
    // yes, thank you, "Lur" (short for sedulur), good morning.
    "monggo",
    "mangga",
    "nggih",
    "matur nuwun",
    "lur",
    "sugeng enjing",
    "sugeng siang",
    "sugeng sonten",
    "sugeng dalu",
    "punten",
    // A help desk speaking to one person: thanks for writing, sorry for the wait.
    "terima kasih sudah",
    "makasih",
    "maaf ya",
];

/// The registers `doc` is in.
pub fn registers(doc: &Document) -> Vec<Register> {
    static WORDS: OnceLock<Vec<(Register, Re)>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        [
            (Register::Emergency, HAZARDS),
            (Register::Condolence, CONDOLENCE),
            (Register::Dialogue, DIALOGUE),
        ]
        .into_iter()
        .map(|(r, list)| (r, whole_words(list)))
        .collect()
    });
    // Through the ASCII-boundary twin where it agrees (see `text::re`): with the Unicode
    // `\b`, the first emoji of a post sent each search to the slow engine, which was half
    // the time of linting 1,000 posts.
    words
        .iter()
        .filter(|(_, re)| doc.regex(re).is_match(&doc.phrase))
        .map(|(r, _)| *r)
        .collect()
}

/// One case-insensitive regex for a list of words and phrases, matched as whole words
/// (a space in an entry matches any run of whitespace). The lists are this file's own
/// constants, so the regex always compiles.
fn whole_words(list: &[&str]) -> Re {
    let alts: Vec<String> = list
        .iter()
        .map(|w| w.split(' ').map(regex::escape).collect::<Vec<_>>().join(r"\s+"))
        .collect();
    Re::new(&format!(r"\b(?:{})\b", alts.join("|")), true).expect("the register word lists are valid")
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
        assert_eq!(regs("Monggo, Sedulur, mampir ke bazar!"), [Register::Dialogue]);
        assert_eq!(regs("Matur nuwun, Lur."), [Register::Dialogue]);
        assert_eq!(regs("Terima kasih sudah mengabari, Pak."), [Register::Dialogue]);
        assert!(
            regs("Lurah Sukamaju menghadiri rapat.").is_empty(),
            "Lur is a whole word"
        );
    }

    #[test]
    fn the_twin_finds_the_registers_the_exact_regexes_find() {
        let lists = [HAZARDS, CONDOLENCE, DIALOGUE].map(whole_words);
        for text in crate::text::samples::all() {
            let doc = Document::new(&text, Format::Plain);
            for re in &lists {
                assert_eq!(
                    doc.regex(re).is_match(&doc.phrase),
                    re.exact().is_match(&doc.phrase),
                    "{text:?}"
                );
            }
        }
    }
}
