//! Which language a text is in, when the run does not say.
use crate::text::document::Document;

/// Guesses Indonesian or English from common function words; Indonesian when unsure,
/// since that is who luwes is for.
pub fn detect(doc: &Document) -> &'static str {
    const ID: &[&str] = &[
        "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "akan", "tidak", "ada", "kita", "bagi",
        "ya", "yuk",
    ];
    const EN: &[&str] = &[
        "the", "and", "to", "of", "is", "for", "with", "this", "that", "you", "are", "we", "on", "be", "will", "your",
    ];
    let (mut id, mut en) = (0, 0);
    for w in doc.words.iter().take(2000) {
        let w = crate::text::segment::lowercase(&doc.prose[w.clone()]);
        id += ID.contains(&w.as_ref()) as usize;
        en += EN.contains(&w.as_ref()) as usize;
    }
    if en > id * 2 && en >= 3 {
        "en"
    } else {
        "id"
    }
}
