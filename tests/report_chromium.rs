//! The workshop report in a real headless Chromium: the page loads, the highlights and the
//! charts are laid out (a probe script measures them in the browser), a tooltip opens on
//! focus, and the screenshot is a picture rather than a blank page. Without Chromium the
//! test is skipped with a note, except in CI (`CI` set), where it must run.
mod common;

use common::run;
use std::path::{Path, PathBuf};

fn chromium_or_skip() -> Option<PathBuf> {
    common::chromium::or_skip("the Chromium report test")
}

use common::chromium::headless;

fn url(p: &Path) -> String {
    format!("file://{}", p.display())
}

/// Measures the rendered page in the browser and writes the numbers on <body>, where
/// `--dump-dom` shows them: elements that exist but are not laid out count for nothing.
const PROBE: &str = r#"<script>
(() => {
  const laidOut = (sel) => [...document.querySelectorAll(sel)]
    .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length;
  const filled = [...document.querySelectorAll('.text mark.hl')]
    .filter((m) => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)').length;
  const mark = document.querySelector('.text mark.hl');
  mark.focus();
  // `:focus` matches only while the headless window itself has focus, which Chromium
  // gives or not from run to run: check that the highlight takes focus, that the page's
  // own style opens the tooltip on focus, and the computed style when it can be seen.
  const focusRule = [...document.styleSheets].flatMap((s) => [...s.cssRules])
    .some((r) => r.selectorText && r.selectorText.includes('mark.hl:focus > .tip') && r.style.display === 'block');
  const shown = getComputedStyle(mark.querySelector('.tip')).display;
  const tip = document.activeElement !== mark ? 'not-focusable'
    : !focusRule ? 'no-focus-rule'
    : mark.matches(':focus') ? shown : 'block';
  const b = document.body.dataset;
  b.marks = laidOut('.text mark.hl'); b.filled = filled; b.bars = laidOut('svg.bars rect');
  b.bins = laidOut('svg.histogram rect'); b.drafts = laidOut('section.draft'); b.tip = tip;
})();
</script>"#;

fn probe(bin: &Path, html: &Path) -> std::collections::HashMap<String, String> {
    probe_with(bin, html, PROBE)
}

fn probe_with(bin: &Path, html: &Path, script: &str) -> std::collections::HashMap<String, String> {
    let probed = html.with_file_name("probe.html");
    let page = std::fs::read_to_string(html).unwrap();
    std::fs::write(&probed, page.replace("</body>", &format!("{script}</body>"))).unwrap();
    let dom = headless(bin, &["--dump-dom"], &url(&probed));
    let body = dom.find("<body").map(|i| &dom[i..]).expect("chromium printed the DOM");
    let tag = &body[..body.find('>').unwrap()];
    let re = regex::Regex::new(r#"data-(\w+)="([^"]*)""#).unwrap();
    re.captures_iter(tag)
        .map(|c| (c[1].to_string(), c[2].to_string()))
        .collect()
}

fn num(m: &std::collections::HashMap<String, String>, k: &str) -> usize {
    m.get(k).and_then(|v| v.parse().ok()).unwrap_or(0)
}

/// Writes the report of `fixture` to a fresh folder (kept alive by the returned guard).
fn report_of(fixture: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("report.html");
    let (code, _, err) = run(&["report", "--no-config", fixture, "-o", html.to_str().unwrap()], None);
    assert_eq!(code, 0, "{err}");
    (dir, html)
}

#[test]
fn report_renders_in_headless_chromium() {
    let Some(bin) = chromium_or_skip() else { return };
    let (_dir, html) = report_of("tests/fixtures/report");

    let m = probe(&bin, &html);
    assert_eq!(num(&m, "drafts"), 3, "{m:?}");
    assert!(
        num(&m, "marks") >= 8 && num(&m, "filled") >= 6,
        "highlights laid out: {m:?}"
    );
    assert!(num(&m, "bars") >= 3, "category bars drawn: {m:?}");
    assert_eq!(num(&m, "bins"), 3, "one histogram bar per score band used: {m:?}");
    assert_eq!(
        m.get("tip").map(String::as_str),
        Some("block"),
        "focus opens the tooltip"
    );

    // Kept where a person can look at it after the run.
    let png = Path::new(env!("CARGO_TARGET_TMPDIR")).join("luwes-report.png");
    let _ = std::fs::remove_file(&png);
    headless(
        &bin,
        &[&format!("--screenshot={}", png.display()), "--window-size=1280,2000"],
        &url(&html),
    );
    let pixels = decode(&png);
    let distinct: std::collections::HashSet<[u8; 3]> = pixels.iter().copied().collect();
    assert!(
        distinct.len() > 200,
        "a blank page has a handful of colours, got {}",
        distinct.len()
    );
    // Colours the page only shows when its parts render: a warning highlight, the red and
    // green score badges (and histogram bars).
    for (what, rgb) in [
        ("warning highlight", [0xff, 0xe8, 0xa3]),
        ("stiff badge", [0xb3, 0x26, 0x1e]),
        ("warm badge", [0x1e, 0x7b, 0x34]),
    ] {
        let n = pixels.iter().filter(|p| close(**p, rgb)).count();
        assert!(
            n > 200,
            "{what} not visible in the screenshot ({n} pixels); see {}",
            png.display()
        );
    }
    eprintln!("screenshot: {}", png.display());
}

#[test]
fn examples_report_opens_in_chromium() {
    let Some(bin) = chromium_or_skip() else { return };
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("report.html");
    let (code, _, err) = run(
        &["report", "--no-config", "examples/", "-o", html.to_str().unwrap()],
        None,
    );
    assert!(code == 0 || code == 1, "{err}");
    let m = probe(&bin, &html);
    assert!(num(&m, "drafts") >= 1, "{m:?}");
    assert!(num(&m, "bins") >= 1, "{m:?}");
}

/// Measures the trend charts: lines, points and columns laid out, and where the first
/// calendar's line starts and ends on screen (a smaller y is a higher score).
const TREND_PROBE: &str = r#"<script>
(() => {
  const laidOut = (sel) => [...document.querySelectorAll(sel)]
    .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length;
  const b = document.body.dataset;
  b.lines = laidOut('svg.lines polyline.trend'); b.points = laidOut('svg.lines circle.point');
  b.columns = laidOut('svg.columns rect'); b.tables = laidOut('table.trend-table');
  const dots = [...document.querySelector('svg.lines').querySelectorAll('circle.point')].slice(0, 3)
    .map((c) => c.getBoundingClientRect());
  b.firsty = Math.round(dots[0].top); b.lasty = Math.round(dots[2].top);
  b.firstx = Math.round(dots[0].left); b.lastx = Math.round(dots[2].left);
})();
</script>"#;

#[test]
fn calendar_trend_charts_render_in_chromium() {
    let Some(bin) = chromium_or_skip() else { return };
    let (_dir, html) = report_of("tests/fixtures/calendar");
    let m = probe_with(&bin, &html, TREND_PROBE);
    assert_eq!(num(&m, "lines"), 2, "one line per calendar: {m:?}");
    assert_eq!(num(&m, "points"), 6, "three months each: {m:?}");
    assert_eq!(num(&m, "columns"), 3, "a kaku-share column per month: {m:?}");
    assert_eq!(num(&m, "tables"), 4, "months, side by side, accounts, platforms: {m:?}");
    // The first calendar gets softer: its March point is drawn higher than January's,
    // and to the right of it.
    assert!(num(&m, "lasty") < num(&m, "firsty"), "{m:?}");
    assert!(num(&m, "lastx") > num(&m, "firstx"), "{m:?}");

    let png = Path::new(env!("CARGO_TARGET_TMPDIR")).join("luwes-trend.png");
    let _ = std::fs::remove_file(&png);
    headless(
        &bin,
        &[&format!("--screenshot={}", png.display()), "--window-size=1280,2000"],
        &url(&html),
    );
    let pixels = decode(&png);
    // The first calendar's line colour and the kaku columns' red are on screen.
    for (what, rgb) in [("trend line", [0x1f, 0x6f, 0x8b]), ("kaku column", [0xb3, 0x26, 0x1e])] {
        let n = pixels.iter().filter(|p| close(**p, rgb)).count();
        assert!(n > 200, "{what} not visible ({n} pixels); see {}", png.display());
    }
    eprintln!("screenshot: {}", png.display());
}

fn close(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter().zip(b).all(|(x, y)| x.abs_diff(y) <= 3)
}

/// The screenshot as RGB pixels.
fn decode(path: &Path) -> Vec<[u8; 3]> {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("no screenshot at {}: {e}", path.display()));
    let mut decoder = png::Decoder::new(std::io::BufReader::new(file));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert!(
        info.width >= 1000 && info.height >= 1500,
        "{}x{}",
        info.width,
        info.height
    );
    let step = info.color_type.samples();
    buf[..info.buffer_size()]
        .chunks(step)
        .map(|c| [c[0], c[1], c[2]])
        .collect()
}
