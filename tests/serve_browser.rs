//! `luwes serve` in a real headless Chromium, driven over the DevTools protocol: typing a
//! stiff draft paints highlights; clicking one opens its card; applying a rewrite changes
//! the text and the score; "Versi luwes" is copied; a `<script>` draft or name runs nothing;
//! in a workshop room two participants submit and the trainer sees both. Skipped without
//! Chromium, except in CI. `LUWES_SCREENSHOTS=DIR` keeps the pictures (docs/ uses them).
mod common;
mod serve_support;

use serde_json::json;
use serve_support::cdp::{chromium_or_skip, Browser};
use serve_support::Server;
use std::path::Path;

/// One finding, with a rewrite that lifts the score.
const MILD: &str = "Halo, warga Magelang! Perekaman KTP elektronik dibuka lagi di kantor kecamatan mulai Senin \
sampai Jumat pukul 08.00. Setiap pemohon wajib membawa fotokopi Kartu Keluarga. Ada pertanyaan? Tulis di kolom komentar, ya.";

const STIFF: &str = "Diberitahukan kepada seluruh warga bahwa setiap pemohon wajib membawa KTP asli dan \
dilarang mewakilkan pengambilan dokumen. Pelayanan dilaksanakan pada hari Senin.";

/// Pixels of the PNG close to `rgb`.
fn count_colour(png_bytes: &[u8], rgb: [u8; 3]) -> usize {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf[..info.buffer_size()]
        .chunks(info.color_type.samples())
        .filter(|c| c.iter().zip(rgb).all(|(x, y)| x.abs_diff(y) <= 3))
        .count()
}

fn keep(png: &[u8], name: &str) {
    if let Some(dir) = std::env::var_os("LUWES_SCREENSHOTS") {
        std::fs::write(Path::new(&dir).join(name), png).unwrap();
    }
}

fn score(b: &mut Browser) -> i64 {
    b.eval("parseInt(document.querySelector('#verdict').textContent, 10)")
        .as_i64()
        .unwrap_or(-1)
}

#[test]
fn drafting_page_highlights_explains_applies_and_copies() {
    let Some(bin) = chromium_or_skip() else { return };
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), &[]);
    let mut b = Browser::launch(&bin, 1280, 900);
    b.goto(&s.url("/"));
    b.wait_for("document.querySelector('.empty') !== null", 10);
    assert_eq!(b.eval("document.documentElement.lang"), json!("id"));
    b.click("#draft");
    b.type_text(STIFF);
    // Highlights laid out and painted behind the text.
    let marks = b.wait_for(
        "(() => { const m = [...document.querySelectorAll('#marks mark.hl')].filter((e) => e.getBoundingClientRect().width > 0); return m.length >= 3 ? m.length : 0; })()",
        15,
    );
    assert!(marks.as_u64().unwrap() >= 3);
    assert!(score(&mut b) < 40, "a stiff draft scores low");
    assert!(
        b.eval("document.querySelectorAll('#findings .card').length")
            .as_u64()
            .unwrap()
            >= 3
    );
    let shot = b.screenshot(false);
    keep(&shot, "serve-drafting.png");
    assert!(
        count_colour(&shot, [0xff, 0xe8, 0xa3]) > 300,
        "warning highlights visible"
    );

    // Replace the draft (select all, type) with one that has a single finding.
    b.click("#draft");
    b.eval("document.querySelector('#draft').select(); true");
    b.type_text(MILD);
    b.wait_for("document.querySelectorAll('#findings .card').length === 1", 15);
    let before = score(&mut b);
    assert!(before > 40, "{before}");

    // Versi luwes (`fix --unsafe`) beside the draft, copied with one click.
    b.wait_for(
        "document.querySelector('#fixed').textContent.includes('jangan lupa bawa')",
        10,
    );
    b.click("#copy");
    b.wait_for("document.body.dataset.copied !== undefined", 10);
    assert_eq!(
        b.eval("document.body.dataset.copied"),
        b.eval("document.querySelector('#fixed').textContent")
    );

    // Clicking on the highlighted "wajib membawa" puts the caret there and opens its card.
    b.click("#marks mark.hl[title*='wajib']");
    b.wait_for(
        "document.querySelector('.card.open .card-head .msg')?.textContent.includes('wajib')",
        10,
    );
    b.wait_for("document.querySelector('.card.open .beforeafter .after') !== null", 10);
    b.click(".card.open button.apply");
    b.wait_for("!document.querySelector('#draft').value.includes('wajib membawa')", 10);
    let after = b.wait_for(
        &format!("(() => {{ const v = parseInt(document.querySelector('#verdict').textContent, 10); return v > {before} ? v : 0; }})()"),
        15,
    );
    assert!(after.as_i64().unwrap() > before, "score rises after the rewrite");

    // Nothing left to rewrite; the diff view of the stiff draft shows what would change.
    b.wait_for("document.querySelector('#fixed').textContent.length > 0 && document.querySelectorAll('#findings .card').length === 0", 10);
    b.eval("document.querySelector('#draft').select(); true");
    b.type_text(STIFF);
    b.wait_for("document.querySelectorAll('#findings .card').length >= 3", 15);
    b.click("#diff");
    b.wait_for(
        "document.querySelectorAll('#fixed ins').length > 0 && document.querySelectorAll('#fixed del').length > 0",
        10,
    );

    // The English switch.
    b.click("#lang");
    assert_eq!(b.eval("document.querySelector('#score-h').textContent"), json!("Score"));
    assert_eq!(b.eval("document.documentElement.lang"), json!("en"));
}

#[test]
fn a_script_draft_runs_nothing() {
    let Some(bin) = chromium_or_skip() else { return };
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), &["--workshop", "Uji <script>window.pwnedTitle=1</script>"]);
    let mut b = Browser::launch(&bin, 800, 900);
    b.goto(&s.url("/"));
    b.wait_for("!document.querySelector('#room').hidden", 10);
    let evil = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> Warga wajib membawa KTP.";
    b.click("#draft");
    b.type_text(evil);
    b.wait_for("document.querySelectorAll('#marks mark.hl').length > 0", 15);
    b.wait_for("document.querySelector('#fixed').textContent.includes('<script>')", 10);
    b.click("#name");
    b.type_text("<img src=x onerror=\"window.pwnedName=1\">");
    b.click("#send");
    b.wait_for("document.querySelector('#room-status').textContent.includes('1')", 10);
    let token = s.token.clone().unwrap();
    b.goto(&s.url(&format!("/trainer?token={token}")));
    b.wait_for("document.querySelectorAll('section.draft').length === 1", 10);
    b.goto(&s.url("/screen"));
    b.wait_for("document.title.length > 0", 10);
    // Put it on the projector and look again.
    let set = serve_support::http(
        &s.addr,
        "POST",
        "/api/workshop/screen",
        &[("Content-Type", "application/json"), ("X-Luwes-Token", &token)],
        Some(br#"{"draft":1}"#),
    );
    assert_eq!(set.status, 200);
    b.wait_for("document.querySelector('#main .text') !== null", 10);
    for page in ["/", &format!("/trainer?token={token}"), "/screen"] {
        b.goto(&s.url(page));
        std::thread::sleep(std::time::Duration::from_millis(800));
        let hits = b.eval("[window.pwned, window.pwnedName, window.pwnedTitle, document.querySelectorAll('main img[src=x], main script').length]");
        assert_eq!(hits, json!([null, null, null, 0]), "on {page}");
    }
    // The text is shown as text.
    assert!(b
        .eval("document.querySelector('#main .text').textContent")
        .as_str()
        .unwrap()
        .contains("<script>window.pwned=1</script>"));
}

#[test]
fn two_participants_submit_and_the_trainer_sees_both() {
    let Some(bin) = chromium_or_skip() else { return };
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), &["--workshop", "Pelatihan Pesan Luwes, Kota Magelang"]);
    let mut b = Browser::launch(&bin, 1280, 1250);
    let drafts = [
        ("Ani (Diskominfo)", STIFF),
        ("Budi (Dukcapil)", "Kepada Yth. Bapak/Ibu, harap antri dengan tertib. Loket dibuka pukul 08.00 WIB."),
        (
            "Citra (Kelurahan)",
            "Halo, Sobat Magelang! Yuk, urus KTP di kantor kelurahan hari Senin pukul 08.00. Jangan lupa bawa KK, ya. Ada pertanyaan? Tulis di komentar.",
        ),
    ];
    for (name, text) in drafts {
        b.goto(&s.url("/"));
        // A new browser profile per participant is what phones are; clearing it stands in.
        b.eval("localStorage.clear(); true");
        b.goto(&s.url("/"));
        b.wait_for("!document.querySelector('#room').hidden", 10);
        b.click("#name");
        b.type_text(name);
        b.click("#draft");
        b.type_text(text);
        b.wait_for("document.querySelector('#verdict').textContent.length > 0", 15);
        b.click("#send");
        b.wait_for("document.querySelector('#room-status').textContent.includes('1')", 10);
    }
    let token = s.token.clone().unwrap();
    b.goto(&s.url(&format!("/trainer?token={token}")));
    b.wait_for("document.querySelectorAll('section.draft').length === 3", 10);
    assert_eq!(b.eval("location.search"), json!(""), "the token leaves the address bar");
    let names = b.eval("[...document.querySelectorAll('section.draft .who')].map((e) => e.textContent).sort()");
    assert_eq!(
        names,
        json!(["Ani (Diskominfo)", "Budi (Dukcapil)", "Citra (Kelurahan)"])
    );
    b.wait_for("document.querySelectorAll('#cats .bar').length >= 2", 10);
    let widths = b
        .eval("[...document.querySelectorAll('#cats .bar i')].map((e) => Math.round(e.getBoundingClientRect().width))");
    let widths: Vec<u64> = widths.as_array().unwrap().iter().map(|w| w.as_u64().unwrap()).collect();
    assert!(
        widths[0] > 0 && widths.last() < Some(&widths[0]),
        "bars scale with the counts: {widths:?}"
    );
    b.wait_for("document.querySelectorAll('#trend circle').length === 3", 10);
    assert!(
        b.eval("document.querySelectorAll('section.draft mark.hl').length")
            .as_u64()
            .unwrap()
            >= 3
    );
    // The page polls every two seconds; with no news, a focused button keeps the focus.
    b.eval("document.querySelector('section.draft button').focus(); true");
    std::thread::sleep(std::time::Duration::from_millis(2500));
    assert_eq!(
        b.eval("document.activeElement.matches('section.draft button')"),
        json!(true)
    );
    // Project one: the screen shows it.
    b.click("section.draft button");
    b.wait_for("document.querySelector('section.draft.on-screen') !== null", 10);
    b.eval("scrollTo(0, 0); true");
    keep(&b.screenshot(false), "serve-trainer.png");
    let projected = b.eval("document.querySelector('section.draft.on-screen .who').textContent");
    b.goto(&s.url("/screen"));
    b.wait_for("document.querySelector('#main .who') !== null", 10);
    assert_eq!(b.eval("document.querySelector('#main .who').textContent"), projected);
}

#[test]
fn the_page_fits_a_phone() {
    let Some(bin) = chromium_or_skip() else { return };
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), &["--workshop", "Pelatihan"]);
    let mut b = Browser::launch(&bin, 390, 844);
    b.goto(&s.url("/"));
    b.click("#draft");
    b.type_text(STIFF);
    b.wait_for("document.querySelectorAll('#findings .card').length >= 3", 15);
    keep(&b.screenshot(false), "serve-phone.png");
    let fit = b.eval(
        "[document.documentElement.scrollWidth, document.querySelector('#draft').getBoundingClientRect().width, \
         document.querySelector('#send').getBoundingClientRect().right]",
    );
    assert!(fit[0].as_f64().unwrap() <= 390.0, "no sideways scrolling: {fit}");
    assert!(
        fit[1].as_f64().unwrap() > 300.0,
        "the text area spans the screen: {fit}"
    );
    assert!(fit[2].as_f64().unwrap() <= 390.0, "the send button is on screen: {fit}");
}
