//! Text pipeline: what is prose, where sentences and words are, suppression, morphology.
pub mod directive;
pub mod lexicon;
pub mod mask;
pub mod morph;
pub mod quote;
pub mod segment;
pub mod span;
pub mod squeeze;
pub mod verbs;
