//! The report's header fields, its sort and filter tools and each draft's whole "after"
//! text: in the HTML as written, and worked in a real headless Chromium (a probe script
//! drives the tools as a person would and writes what it saw on <body>, where
//! `--dump-dom` shows it). Without Chromium the browser test is skipped with a note,
//! except in CI, where it must run.
mod common;

use common::chromium::headless;
use common::run;
use std::collections::HashMap;
use std::path::Path;

fn report(args: &[&str]) -> (tempfile::TempDir, std::path::PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("report.html");
    let mut all = vec!["report", "--no-config"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["tests/fixtures/report", "-o", html.to_str().unwrap()]);
    let (code, _, err) = run(&all, None);
    assert_eq!(code, 0, "{err}");
    let page = std::fs::read_to_string(&html).unwrap();
    (dir, html, page)
}

#[test]
fn the_header_names_the_office_and_the_date() {
    let (_d, _, page) = report(&[
        "--title",
        "Lokakarya <Pesan>",
        "--office",
        "Diskominfo & Kota",
        "--date",
        "12 Juli 2026",
    ]);
    assert!(page.contains("<h1>Lokakarya &lt;Pesan&gt;</h1>"), "title escaped");
    assert!(page.contains("<p class=\"office\"><span>Instansi:</span> Diskominfo &amp; Kota</p>"));
    assert!(page.contains("<p class=\"date\"><span>Tanggal:</span> 12 Juli 2026</p>"));
    let (_d, _, plain) = report(&[]);
    assert!(
        !plain.contains("class=\"office\"") && !plain.contains("class=\"date\""),
        "absent unless given"
    );
}

#[test]
fn each_changed_draft_shows_its_whole_text_after_every_rewrite() {
    let (_d, _, page) = report(&[]);
    // The stiff announcement changes; the friendly invitation has nothing to rewrite.
    let blocks = page.matches("<details class=\"after-all\">").count();
    assert!(blocks >= 1, "a draft with rewrites gets the block");
    assert!(blocks < 3, "a draft with nothing to rewrite gets none ({blocks})");
    let (code, fixed, err) = run(
        &["fix", "--no-config", "--unsafe", "-"],
        Some(&std::fs::read_to_string("tests/fixtures/report/pengumuman-kaku.txt").unwrap()),
    );
    assert!(code <= 1, "{err}");
    let escaped = fixed
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;");
    assert!(
        page.contains(&format!("<pre class=\"after-text\">{escaped}</pre>")),
        "the block holds what `fix --unsafe` makes"
    );
}

/// Drives the tools in the browser and records what a person would see.
const PROBE: &str = r#"<script>
(() => {
  const b = document.body.dataset;
  const form = document.getElementById('tools');
  const visible = () => [...document.querySelectorAll('#drafts section.draft')]
    .filter((d) => d.getBoundingClientRect().height > 0).map((d) => d.dataset.file).join('|');
  b.toolsShown = form.getBoundingClientRect().height > 0;
  b.labelled = [...form.querySelectorAll('input, select')].every((e) => e.labels && e.labels.length === 1);
  const sort = document.getElementById('sort');
  const filter = document.getElementById('filter');
  b.initial = visible();
  sort.value = 'score-asc'; sort.dispatchEvent(new Event('change'));
  b.scoreAsc = visible();
  b.scores = [...document.querySelectorAll('#drafts section.draft')].map((d) => d.dataset.score).join(',');
  sort.value = 'findings'; sort.dispatchEvent(new Event('change'));
  b.byFindings = [...document.querySelectorAll('#drafts section.draft')].map((d) => d.dataset.findings).join(',');
  sort.value = 'file'; sort.dispatchEvent(new Event('change'));
  b.byFile = visible();
  filter.value = 'id/wajib'; filter.dispatchEvent(new Event('input'));
  b.wajib = visible();
  b.shown = document.getElementById('shown').textContent;
  filter.value = 'ID/DENGAN-hormat'; filter.dispatchEvent(new Event('input'));
  b.hormat = visible();
  filter.value = 'Nada memerintah'; filter.dispatchEvent(new Event('input'));
  b.category = visible();
  filter.value = 'tidak-ada-di-mana-mana'; filter.dispatchEvent(new Event('input'));
  b.none = visible();
  b.noneShown = document.getElementById('shown').textContent;
  filter.value = ''; filter.dispatchEvent(new Event('input'));
  b.all = visible();
  const details = document.querySelector('details.after-all');
  // `checkVisibility` is what the browser renders: a closed <details> hides its content
  // however the engine lays it out.
  const pre = details && details.querySelector('pre');
  b.afterClosed = details ? String(!details.open && !pre.checkVisibility()) : 'none';
  if (details) { details.open = true; }
  b.afterOpen = details ? String(pre.checkVisibility() && pre.getBoundingClientRect().height > 0) : 'none';
})();
</script>"#;

fn probe(bin: &Path, html: &Path) -> HashMap<String, String> {
    let probed = html.with_file_name("probe.html");
    let page = std::fs::read_to_string(html).unwrap();
    std::fs::write(&probed, page.replace("</body>", &format!("{PROBE}</body>"))).unwrap();
    let dom = headless(bin, &["--dump-dom"], &format!("file://{}", probed.display()));
    let body = dom.find("<body").map(|i| &dom[i..]).expect("chromium printed the DOM");
    let tag = &body[..body.find('>').unwrap()];
    let re = regex::Regex::new(r#"data-([\w-]+)="([^"]*)""#).unwrap();
    re.captures_iter(tag)
        .map(|c| (c[1].to_string(), c[2].to_string()))
        .collect()
}

#[test]
fn sorting_and_filtering_work_in_headless_chromium() {
    let Some(bin) = common::chromium::or_skip("the report tools test") else {
        return;
    };
    let (_d, html, _) = report(&[]);
    let m = probe(&bin, &html);
    let get = |k: &str| m.get(k).cloned().unwrap_or_else(|| panic!("no {k} in {m:?}"));
    assert_eq!(get("tools-shown"), "true", "the script shows the tools: {m:?}");
    assert_eq!(get("labelled"), "true", "every control has its label");
    let files =
        ["ajakan-luwes.txt", "jadwal-posyandu.md", "pengumuman-kaku.txt"].map(|f| format!("tests/fixtures/report/{f}"));
    assert_eq!(get("initial"), files.join("|"));
    let scores: Vec<u8> = get("scores").split(',').map(|s| s.parse().unwrap()).collect();
    assert!(
        scores.windows(2).all(|w| w[0] <= w[1]),
        "lowest score first: {scores:?}"
    );
    assert_eq!(get("score-asc").split('|').next(), Some(files[2].as_str()), "{m:?}");
    let findings: Vec<usize> = get("by-findings").split(',').map(|s| s.parse().unwrap()).collect();
    assert!(
        findings.windows(2).all(|w| w[0] >= w[1]),
        "most findings first: {findings:?}"
    );
    assert_eq!(get("by-file"), files.join("|"));
    assert_eq!(
        get("wajib"),
        files[1..].join("|"),
        "a rule id finds the drafts it fired in"
    );
    assert_eq!(get("shown"), "2 dari 3 draf ditampilkan");
    assert_eq!(get("hormat"), files[2], "in any case");
    assert!(
        get("category").contains(&files[2]),
        "a category's name filters too: {m:?}"
    );
    assert_eq!(get("none"), "");
    assert_eq!(get("none-shown"), "0 dari 3 draf ditampilkan");
    assert_eq!(
        get("all").split('|').count(),
        3,
        "an empty filter shows every draft again"
    );
    assert_eq!(get("after-closed"), "true", "the after block starts closed");
    assert_eq!(get("after-open"), "true", "and opens");
}
