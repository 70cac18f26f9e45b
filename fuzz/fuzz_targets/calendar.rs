//! Fuzz target: a content calendar's bytes in every format (invariants in
//! luwes::invariants::calendar_bytes).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| luwes::invariants::calendar_bytes(data));
