//! Fuzz target: `fix` (safe and --unsafe) on arbitrary text with every rule (invariants in
//! luwes::invariants::fix_text).
#![no_main]
libfuzzer_sys::fuzz_target!(|text: &str| luwes::invariants::fix_text(text));
