//! Fuzz target: a config file's YAML (invariants in luwes::invariants::config_yaml).
#![no_main]
libfuzzer_sys::fuzz_target!(|text: &str| luwes::invariants::config_yaml(text));
