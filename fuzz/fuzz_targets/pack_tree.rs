//! Fuzz target: a file tree built from a script, then config and pack loading (invariants in luwes::invariants::loading).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| luwes::invariants::pack_tree(data));
