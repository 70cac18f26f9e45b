//! Fuzz target: arbitrary bytes linted as a plain post and as Markdown (invariants in
//! luwes::invariants::lint_bytes).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| luwes::invariants::lint_bytes(data));
