//! Which bytes are prose. Produces same-length copies of the source in which everything
//! that is not the writer's prose is blanked to spaces, so byte offsets found in a copy
//! are offsets into the untouched source.
use crate::text::re::Re;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use regex::Regex;
use std::sync::OnceLock;

/// How a file's text is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Plain,
    Markdown,
}

impl Format {
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if [".md", ".markdown", ".mdown", ".mkd"]
            .iter()
            .any(|e| lower.ends_with(e))
        {
            Format::Markdown
        } else {
            Format::Plain
        }
    }
}

/// Blanks `range` in `buf` to spaces, keeping line breaks so lines stay where they were.
/// Every byte becomes ASCII, so the result stays valid UTF-8 whatever was there.
fn blank(buf: &mut [u8], range: std::ops::Range<usize>) {
    for b in &mut buf[range] {
        if *b != b'\n' {
            *b = b' ';
        }
    }
}

fn html_comment() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?s)<!--.*?-->").unwrap())
}

/// The prose view: Markdown syntax, code, front matter, HTML (comments included) and link
/// targets blanked; in plain text only HTML comments (our suppression directives) and a BOM.
pub fn prose(source: &str, format: Format) -> String {
    let mut buf = match format {
        Format::Plain => source.as_bytes().to_vec(),
        Format::Markdown => markdown_prose(source),
    };
    for m in html_comment().find_iter(source) {
        blank(&mut buf, m.range());
    }
    if source.starts_with('\u{feff}') {
        blank(&mut buf, 0..3);
    }
    String::from_utf8(buf).expect("blanking whole chars keeps UTF-8 valid")
}

/// Keeps only the bytes of Markdown text events outside code blocks and front matter;
/// everything else (markers, inline code, HTML, link destinations) becomes blank.
fn markdown_prose(source: &str) -> Vec<u8> {
    let bytes = source.as_bytes();
    let mut buf: Vec<u8> = bytes.iter().map(|&b| if b == b'\n' { b'\n' } else { b' ' }).collect();
    let opts = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES;
    let mut hidden_depth = 0usize;
    for (event, range) in Parser::new_ext(source, opts).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::MetadataBlock(_)) => hidden_depth += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::MetadataBlock(_)) => hidden_depth = hidden_depth.saturating_sub(1),
            // A soft line break inside a paragraph is a space to the reader: making it one
            // keeps hard-wrapped sentences whole, while list items and headings (separate
            // blocks) still end at their line break.
            Event::SoftBreak if hidden_depth == 0 => buf[range].fill(b' '),
            // A text event's range can cover an escape (`\*`) or entity; copying the
            // source bytes keeps what the writer typed, which is what spans point at.
            Event::Text(_)
                if hidden_depth == 0 && source.is_char_boundary(range.start) && source.is_char_boundary(range.end) =>
            {
                buf[range.clone()].copy_from_slice(&bytes[range]);
            }
            _ => {}
        }
    }
    buf
}

/// URLs, e-mail addresses, @mentions and #hashtags; searched through its ASCII twin on
/// most texts (see `text::re`).
fn non_phrase_tokens() -> &'static Re {
    static RE: OnceLock<Re> = OnceLock::new();
    RE.get_or_init(|| {
        Re::new(
            concat!(
                r"(?i)\b(?:https?://|www\.)[^\s<>()]+[^\s<>().,;:!?'\x22]", // URLs
                r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b",                       // e-mail
                r"|(?:^|[^\w@#])(?P<tag>[@#][\w.]*\w)",                     // @mention, #hashtag
                r"|\b[a-z0-9-]+\.(?:go\.id|id|com|org|net|co\.id|ac\.id|sch\.id)(?:/[^\s]*)?"  // bare domains
            ),
            false,
        )
        .expect("the token regex is valid")
    })
}

/// The phrase view: the prose view with URLs, e-mail addresses, @mentions and #hashtags
/// also blanked, so a slogan like `#IndonesiaWajibBebasCovid` is never read as a command;
/// and the invisible parts of emoji (see `neutral_emoji_parts`) made non-word symbols.
pub fn phrases(prose: &str) -> String {
    let mut view = prose.as_bytes().to_vec();
    neutral_emoji_parts(prose, &mut view);
    let view = String::from_utf8(view).expect("U+2060 replaces whole chars of its length");
    let tokens = non_phrase_tokens().pick(crate::text::re::ascii_words(&view));
    // The ranges first, then the blanking in place: no second copy of a big text.
    let ranges: Vec<_> = tokens
        .captures_iter(&view)
        .map(|caps| caps.name("tag").unwrap_or_else(|| caps.get(0).unwrap()).range())
        .collect();
    let mut buf = view.into_bytes();
    for range in ranges {
        blank(&mut buf, range);
    }
    String::from_utf8(buf).expect("blanking whole chars keeps UTF-8 valid")
}

/// U+2060 WORD JOINER: invisible, neither a word character nor a space.
const NEUTRAL: [u8; 3] = [0xE2, 0x81, 0xA0];

/// Rewrites, in `buf` (a same-length copy of `text`), the invisible characters that glue
/// emoji together to U+2060: variation selectors (U+FE0E, U+FE0F, as in ❤️ and ☀️), the
/// keycap mark (U+20E3, as in 1️⃣) and a zero-width joiner that follows no letter (as in
/// 👨‍👩‍👧). All are three bytes, as U+2060 is. The regex crate counts the selectors and the
/// keycap as marks and ZWJ as a joiner, so as *word* characters: left alone, one ❤️ in a
/// post would make ASCII and Unicode word boundaries disagree and send every rule down the
/// slow path (see `text::re`). As non-word symbols they behave like the emoji they
/// belong to, which is how a reader sees them.
fn neutral_emoji_parts(text: &str, buf: &mut [u8]) {
    if text.is_ascii() {
        return;
    }
    let mut prev = ' ';
    for (i, c) in text.char_indices() {
        let glue = matches!(c, '\u{FE0E}' | '\u{FE0F}' | '\u{20E3}') || (c == '\u{200D}' && !prev.is_alphabetic());
        if glue {
            buf[i..i + 3].copy_from_slice(&NEUTRAL);
        }
        prev = c;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_code_front_matter_and_links_are_not_prose() {
        let src = "---\ntitle: wajib\n---\n# Judul\n\nTeks `wajib` dan [daftar](https://x.id/wajib).\n\n```\nwajib\n```\n<!-- wajib -->\n";
        let p = prose(src, Format::Markdown);
        assert_eq!(p.len(), src.len());
        assert!(!p.contains("wajib"), "{p:?}");
        assert!(p.contains("Judul") && p.contains("Teks") && p.contains("daftar"));
        assert_eq!(p.matches('\n').count(), src.matches('\n').count());
    }

    #[test]
    fn plain_text_keeps_everything_but_comments() {
        let src = "Wajib daftar. <!-- luwes-disable -->\n";
        let p = prose(src, Format::Plain);
        assert!(p.starts_with("Wajib daftar."));
        assert!(!p.contains("luwes"));
    }

    #[test]
    fn urls_mentions_and_hashtags_are_masked() {
        let src = "Info di https://dinsos.magelangkota.go.id/wajib, dinsos@magelangkota.go.id, @wajib_lapor #IndonesiaWajibSehat wajib.";
        let p = phrases(src);
        assert_eq!(p.len(), src.len());
        assert_eq!(p.matches("ajib").count(), 1, "{p:?}");
        assert!(p.trim_end().ends_with("wajib."));
        assert!(p.starts_with("Info di "));
    }

    #[test]
    fn emoji_glue_becomes_a_non_word_symbol() {
        let src = "Sehat ❤️ 1️⃣ 👨\u{200D}👩 ya\u{200D}ya";
        let p = phrases(src);
        assert_eq!(p.len(), src.len());
        assert!(!p.contains(['\u{FE0F}', '\u{20E3}']), "{p:?}");
        assert_eq!(p.matches('\u{2060}').count(), 4, "{p:?}");
        // A joiner between letters is part of the writing, not of an emoji.
        assert!(p.ends_with("ya\u{200D}ya"));
        assert!(crate::text::re::ascii_words(&p[..p.len() - 7]));
    }

    #[test]
    fn multibyte_inside_masked_token_stays_valid() {
        let src = "#Sehat🙏 ok";
        let p = phrases(src);
        assert_eq!(p.len(), src.len());
    }
}
