//! The score's signals as first written (every word collected, lower-cased into its own
//! `String`): the straightforward version that `detect`, which streams, must agree with.
use super::*;

/// The words of `doc` outside `skip`, lower-cased, with their start offsets. Masked
/// text (links, @mentions, #hashtags) is left out, and `teman-teman`, which word
/// segmentation splits at the hyphen, stays one word.
fn tokens(doc: &Document, skip: &[Range<usize>]) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut last_end = usize::MAX;
    for w in doc.words.iter().filter(|w| !skip.iter().any(|q| q.contains(&w.start))) {
        let word = doc.phrase[w.clone()].to_lowercase();
        if word.trim().is_empty() {
            continue;
        }
        if last_end != usize::MAX && doc.phrase.get(last_end..w.start) == Some("-") {
            if let Some((_, prev)) = out.last_mut() {
                prev.push('-');
                prev.push_str(&word);
                last_end = w.end;
                continue;
            }
        }
        out.push((w.start, word));
        last_end = w.end;
    }
    out
}

/// The tokens that start inside `range` (tokens are in text order).
fn within<'t>(tokens: &'t [(usize, String)], range: &Range<usize>) -> &'t [(usize, String)] {
    let from = tokens.partition_point(|(at, _)| *at < range.start);
    let to = tokens.partition_point(|(at, _)| *at < range.end);
    &tokens[from..to]
}

pub fn detect(doc: &Document, lang: &str) -> Signals {
    let [address, invite, invite_verb, question, warm] = lists(lang);
    let quotes = quoted(&doc.prose);
    let tokens = tokens(doc, &quotes);
    let words: Vec<&str> = tokens.iter().map(|(_, w)| w.as_str()).collect();
    let has = |list: &List| words.iter().any(|w| list.contains(w));
    let your = lang != "en"
        && words
            .iter()
            .any(|w| w.len() > 4 && w.ends_with("mu") && !NOT_MU_SET.contains(w) && w.chars().all(char::is_alphabetic));
    let sentence_words: Vec<Vec<&str>> = doc
        .sentences
        .iter()
        .map(|s| within(&tokens, s).iter().map(|(_, w)| w.as_str()).collect())
        .collect();
    let asks = doc.sentences.iter().zip(&sentence_words).any(|(s, words)| {
        doc.phrase[s.clone()].trim_end().ends_with('?')
            && words.iter().any(|w| question.contains(w) || w.ends_with("kah"))
    });
    // "Cek …", "Yuk, cek …", "Jangan lupa cek …": an invitation verb opening a sentence.
    let opens = sentence_words.iter().any(|words| {
        let rest = match words.as_slice() {
            [w, rest @ ..] if invite.contains(w) => rest,
            ["jangan", "lupa", rest @ ..] => rest,
            _ => &words[..],
        };
        rest.first().is_some_and(|w| invite_verb.contains(w))
    });
    let counted: Vec<usize> = doc
        .sentences
        .iter()
        .map(|s| doc.word_count(s))
        .filter(|&n| n > 0)
        .collect();
    // Weighted by length (the sentence length a reader meets, word by word), so a few
    // one-word lines of hashtags do not hide a wall of text.
    let total: usize = counted.iter().sum();
    let mean = if total == 0 {
        0.0
    } else {
        counted.iter().map(|n| n * n).sum::<usize>() as f64 / total as f64
    };
    Signals {
        address: has(address) || your,
        invitation: has(invite) || asks || opens,
        // Links and e-mail addresses are masked from `phrase`, so look at the prose.
        details: DETAIL.is_match(&doc.prose),
        warmth: has(warm) || doc.prose.contains('!'),
        mean_sentence_words: mean,
    }
}

#[test]
fn streaming_detect_agrees_with_the_straightforward_one() {
    use crate::text::mask::Format;
    for text in crate::text::samples::all() {
        for format in [Format::Plain, Format::Markdown] {
            let doc = Document::new(&text, format);
            for lang in ["id", "en"] {
                assert_eq!(
                    super::detect(&doc, lang),
                    detect(&doc, lang),
                    "{lang} {format:?}: {text:?}"
                );
            }
        }
    }
}
