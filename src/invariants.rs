//! Invariants that must hold for any input, checked by the fuzz targets (fuzz/) and by
//! the tests that replay their findings (tests/fuzz_regressions.rs) and generated posts
//! (tests/props.rs). One copy, so a fuzz finding and its regression test check the same
//! thing. Each function panics with a description when an invariant is broken.
//!
//! Not part of the public API: it exists for testing only, compiled with the
//! `invariants` feature (which the tests and the fuzz crate turn on).
pub mod loading;
pub mod tree;

pub use loading::pack_tree;

use crate::cli::config::Config;
use crate::cli::walk::{self, Read};
use crate::engine::Linter;
use crate::fix;
use crate::model::span::LineIndex;
use crate::model::{Applicability, FileReport, RuleMeta, Settings};
use crate::output::{self, OutputFormat, PrintOptions};
use std::path::Path;
use std::sync::LazyLock;

/// The built-in rules, every one switched on, language detected per text.
pub static LINTER: LazyLock<Linter> = LazyLock::new(|| {
    let (linter, errors) = Linter::new(Settings::from(Config::default()), Vec::new()).expect("default settings");
    assert!(errors.is_empty(), "built-in rules failed to load: {errors:?}");
    linter
});

/// A text that a rule or config under test is run over: stiff phrases, Markdown, emoji,
/// CRLF, so that a rule that loads is also exercised.
pub const SAMPLE: &str = "\u{feff}# HIMBAUAN\r\n\r\nDengan hormat, peserta wajib membawa KTP dan ijin usaha.\r\n\
- Warga dihimbau  mengurus e-KTP di https://contoh.go.id ya!!!\n\
> kutipan `kode` 👩‍👩‍👧 👍🏽 silahkan antri\t\tdi balai desa.\n\
مرحبا بالعالم. Atas perhatiannya diucapkan terima kasih.";

/// 1-based line and column of `offset`, counted independently of `LineIndex`: lines end
/// at `\n`, columns count Unicode scalar values, and a leading byte-order mark is not a
/// column.
pub fn naive_line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    let mut col = before[line_start..].chars().count() + 1;
    if line_start == 0 && before.starts_with('\u{feff}') {
        col -= 1;
    }
    (line, col)
}

/// Spans and edits inside the text and on char boundaries; suggestions' edits sorted and
/// non-overlapping; positions as the independent computation says; every printer runs;
/// JSON output parses and agrees with the report.
pub fn check_report(report: &FileReport) {
    let text = report.source.as_str();
    let ok = |a: usize, b: usize| a <= b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b);
    for d in &report.diagnostics {
        assert!(ok(d.span.start, d.span.end), "{}: bad span {:?}", d.rule, d.span);
        for s in &d.suggestions {
            for e in &s.edits {
                assert!(ok(e.start, e.end), "{}: bad edit {}..{}", d.rule, e.start, e.end);
            }
        }
    }
    let mut json = Vec::new();
    output::json::print(&mut json, std::slice::from_ref(report)).expect("writing to a Vec");
    let v: serde_json::Value = serde_json::from_slice(&json).expect("JSON output parses");
    let diags = v["files"][0]["diagnostics"].as_array().expect("diagnostics array");
    assert_eq!(diags.len(), report.diagnostics.len());
    // Independent positions cost O(n) each; keep this bounded for big inputs.
    for (j, d) in diags.iter().zip(&report.diagnostics).take(200) {
        assert_eq!(j["span"]["start"].as_u64(), Some(d.span.start as u64));
        assert_eq!(j["match"].as_str(), Some(&text[d.span.clone()]));
        for (key, off) in [("start", d.span.start), ("end", d.span.end)] {
            let (line, col) = naive_line_col(text, off);
            assert_eq!(
                (j[key]["line"].as_u64(), j[key]["column"].as_u64()),
                (Some(line as u64), Some(col as u64)),
                "{}: {key} position of byte {off}",
                d.rule
            );
        }
    }
    let rules: Vec<&RuleMeta> = LINTER.enabled_rules().map(|r| &r.meta).collect();
    let opts = PrintOptions {
        labels: &output::ID,
        rules: &rules,
        errors: &[],
    };
    for format in [
        OutputFormat::Pretty,
        OutputFormat::Compact,
        OutputFormat::Sarif,
        OutputFormat::Github,
    ] {
        let mut sink = Vec::new();
        output::print(format, &mut sink, std::slice::from_ref(report), &opts).expect("writing to a Vec");
        if format == OutputFormat::Sarif {
            serde_json::from_slice::<serde_json::Value>(&sink).expect("SARIF output parses");
        }
    }
}

/// Fuzz target 1: arbitrary bytes, decoded as `luwes lint` reads a file, linted as a
/// plain post and as Markdown.
pub fn lint_bytes(data: &[u8]) {
    let Ok(Read::Text(text)) = walk::decode(Path::new("fuzz.txt"), data.to_vec()) else {
        return;
    };
    for path in ["fuzz.txt", "fuzz.md"] {
        let report = LINTER.lint(path, &text);
        assert_eq!(report.source, text);
        check_report(&report);
    }
}

/// Fuzz target 2: `fix --unsafe` (and safe fix) on arbitrary text, plain and Markdown.
/// The fixed text is valid (a `String`, checked by its report), fixing it again changes
/// nothing, and no fix at the level used is left behind.
pub fn fix_text(text: &str) {
    for path in ["fuzz.txt", "fuzz.md"] {
        for level in [Applicability::Unsafe, Applicability::Safe] {
            let once = fix::fix(|t| LINTER.lint(path, t), text, level);
            check_report(&once.report);
            if !once.converged {
                // Fixes that undo each other: the CLI says so; nothing more is promised.
                continue;
            }
            let left: Vec<_> = once
                .report
                .diagnostics
                .iter()
                .filter(|d| fix::fix_at(d, level).is_some())
                .map(|d| (&d.rule, &d.span))
                .collect();
            assert!(
                left.is_empty(),
                "{path} {level:?}: fixes left after convergence: {left:?}"
            );
            let twice = fix::fix(|t| LINTER.lint(path, t), once.text(), level);
            assert_eq!(twice.text(), once.text(), "{path} {level:?}: fix is not idempotent");
        }
    }
}

/// Fuzz target 3: a config file. Parsing must fail cleanly or give settings the linter
/// accepts or rejects with an error, then lints the sample. Packs are dropped: fuzzed
/// paths must not read the disk.
pub fn config_yaml(text: &str) {
    let Ok(mut cfg) = crate::yaml::parse::<Config>(Path::new("fuzz.yaml"), text) else {
        return;
    };
    cfg.packs = None;
    let Ok((linter, _)) = Linter::new(Settings::from(cfg), Vec::new()) else {
        return;
    };
    for path in ["s.txt", "s.md"] {
        check_report(&linter.lint(path, SAMPLE));
    }
}

/// Fuzz target 4: a rule file. Loading must fail cleanly or give a rule whose findings
/// on the sample (and on its own examples) keep the report invariants.
pub fn rule_yaml(text: &str) {
    let Ok(rule) = crate::engine::rules::load_rule("fuzz/rule", Path::new("fuzz/rule.yaml"), text) else {
        return;
    };
    let _ = crate::engine::selftest::run(&rule);
    for (path, format) in [
        ("s.txt", crate::text::mask::Format::Plain),
        ("s.md", crate::text::mask::Format::Markdown),
    ] {
        let diagnostics = crate::engine::run_rule(&rule, SAMPLE, format, crate::model::Platform::Generic);
        let mut report = LINTER.lint(path, "");
        report.source = SAMPLE.to_string();
        report.lines = LineIndex::new(SAMPLE);
        report.diagnostics = diagnostics;
        check_report(&report);
    }
}

/// A calendar file in every format: read or refused without a panic; when read, writing
/// its texts back unchanged gives the same bytes (CSV, TSV, JSON Lines; a workbook is
/// written anew, so only that it writes), and each row lints with valid spans.
pub fn calendar_bytes(data: &[u8]) {
    use crate::calendar::{read, rewrite, Format, Options};
    for format in [
        Format::Delimited(None),
        Format::Delimited(Some(b'\t')),
        Format::Jsonl,
        Format::Xlsx,
    ] {
        let Ok(cal) = read("fuzz", data, format, &Options::default()) else {
            continue;
        };
        let same: Vec<(usize, String)> = cal.rows.iter().map(|r| (r.number, r.text.clone())).collect();
        match (format, rewrite("fuzz", data, &cal, &same)) {
            (Format::Xlsx, _) | (_, Err(_)) => {}
            (_, Ok(back)) => assert!(back == data, "{format:?}: writing the texts back changed the file"),
        }
        // Changed texts (with a quote, the delimiters and a line break in them) read back
        // as written, in the same rows (a workbook's XML may normalise line breaks).
        if format == Format::Xlsx {
            continue;
        }
        let changed: Vec<(usize, String)> = same
            .iter()
            .map(|(n, t)| (*n, format!("{t} \"ya\", ;\tok\r\n!")))
            .collect();
        if let Ok(back) = rewrite("fuzz", data, &cal, &changed) {
            let again = read("fuzz", &back, format, &Options::default()).expect("a rewritten calendar reads");
            let texts: Vec<(usize, &str)> = again.rows.iter().map(|r| (r.number, r.text.as_str())).collect();
            let want: Vec<(usize, &str)> = changed.iter().map(|(n, t)| (*n, t.as_str())).collect();
            assert_eq!(texts, want, "{format:?}: rewritten texts read back");
        }
        for row in cal.rows.iter().take(20) {
            check_report(&LINTER.lint("fuzz.csv", &row.text));
        }
    }
}
