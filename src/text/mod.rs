//! Text: what is prose, where sentences and words are, quoted speech, suppression
//! directives, morphology, the gazetteer, the regex wrapper rules search with, and `Document`, a text
//! prepared once for every check. Uses only `model`.
pub mod context;
pub mod directive;
pub mod document;
pub mod gazetteer;
pub mod lexicon;
pub mod mask;
pub mod morph;
pub mod phrase;
pub mod protect;
pub mod quote;
pub mod re;
#[cfg(test)]
pub(crate) mod samples;
pub mod segment;
pub mod squeeze;
pub mod titles;
pub mod uax29;
pub mod verbs;

pub use document::Document;
