//! Fuzz target: a rule file's YAML (invariants in luwes::invariants::rule_yaml).
#![no_main]
libfuzzer_sys::fuzz_target!(|text: &str| luwes::invariants::rule_yaml(text));
