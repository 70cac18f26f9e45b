//! `luwes serve`'s API and walls, against a real server on an ephemeral loopback port: the
//! answers are `--format json`'s, bodies are capped, foreign Hosts and Origins are refused,
//! the trainer's token guards the room, participant input comes back escaped, and Ctrl-C
//! leaves a room file that `luwes report --db` and a restarted server read in full.
mod common;
mod serve_support;

use serde_json::json;
use serve_support::{http, Server};
use std::process::{Command, Stdio};

const STIFF: &str = "Seluruh warga wajib membawa KTP asli. Pendaftaran dilaksanakan di kantor kelurahan.";

fn cli(args: &[&str], stdin: &str) -> (i32, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_luwes"))
        // Indonesian, whatever the machine's locale.
        .env_remove("LUWES_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap())
}

#[test]
fn lint_answers_exactly_what_the_cli_prints() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), &[]);
    let r = s.post("/api/lint", &json!({ "text": STIFF }));
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/json"));
    let (_, printed) = cli(
        &[
            "lint",
            "--no-config",
            "--format",
            "json",
            "--stdin-filename",
            "draft.txt",
            "-",
        ],
        STIFF,
    );
    assert_eq!(r.text(), printed);
    let v = r.json();
    assert_eq!(v["version"], 1);
    let rules: Vec<&str> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"id/wajib"), "{rules:?}");

    // Platform and kind are chosen per request; a reply gets the serving rules.
    let x = s
        .post("/api/lint", &json!({ "text": STIFF, "platform": "x", "kind": "reply" }))
        .json();
    assert_eq!(x["files"][0]["kind"], "reply");
    let bad = s.post("/api/lint", &json!({ "text": STIFF, "platform": "myspace" }));
    assert_eq!(bad.status, 400);
    assert!(bad.json()["error"].as_str().unwrap().contains("myspace"));
}

#[test]
fn fix_and_score_match_the_library() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), &[]);
    let fixed = s.post("/api/fix", &json!({ "text": STIFF })).json();
    let text = fixed["text"].as_str().unwrap();
    assert_eq!(fixed["changed"], true);
    assert!(!text.contains("wajib membawa"), "{text}");
    let (_, cli_fixed) = cli(&["fix", "--no-config", "--unsafe", "-"], STIFF);
    assert_eq!(text, cli_fixed, "Versi luwes is `luwes fix --unsafe`");
    assert!(fixed["applied"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["rule"] == "id/wajib"));
    let ops: Vec<&str> = fixed["diff"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["op"].as_str().unwrap())
        .collect();
    assert!(ops.contains(&"insert") && ops.contains(&"delete") && ops.contains(&"equal"));
    let joined: String = fixed["diff"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["op"] != "delete")
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert_eq!(joined, text, "the diff's new side is the fixed text");
    // Safe only: nothing prose-level changes.
    let safe = s.post("/api/fix", &json!({ "text": STIFF, "unsafe": false })).json();
    assert!(safe["text"].as_str().unwrap().contains("wajib membawa"));

    let before = s.post("/api/score", &json!({ "text": STIFF })).json();
    let after = s.post("/api/score", &json!({ "text": text })).json();
    let (b, a) = (
        before["files"][0]["score"]["value"].as_u64().unwrap(),
        after["files"][0]["score"]["value"].as_u64().unwrap(),
    );
    assert!(a > b, "the rewrite scores higher: {b} -> {a}");
    assert!(["kaku", "cukup", "luwes"].contains(&before["verdict"]["id"].as_str().unwrap()));
}

#[test]
fn rules_and_explanations() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), &[]);
    let rules = s.get("/api/rules").json();
    let ids: Vec<&str> = rules["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(ids.len() > 20 && ids.contains(&"id/wajib"));
    assert!(
        rules["rules"][0].get("origin").is_none(),
        "no file paths leave the server"
    );
    let e = s.get("/api/explain/id/wajib").json();
    assert_eq!(e["id"], "id/wajib");
    assert!(e["examples"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["before"].is_string() && x["after"].is_string()));
    assert!(!e["description"].as_str().unwrap().is_empty());
    let missing = s.get("/api/explain/id/%3Cscript%3E");
    assert_eq!(missing.status, 404);
    // Echoed inside JSON only, which a browser will not render as a page.
    assert_eq!(missing.header("content-type"), Some("application/json"));
    assert_eq!(missing.header("x-content-type-options"), Some("nosniff"));
}

#[test]
fn bodies_over_the_cap_get_a_clear_413() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), &[]);
    let big = json!({ "text": "a".repeat(300 * 1024) });
    let r = s.post("/api/lint", &big);
    assert_eq!(r.status, 413);
    assert!(r.json()["error"].as_str().unwrap().contains("256 KB"));
    // Just under the cap is linted.
    let ok = s.post("/api/lint", &json!({ "text": "Silahkan datang. ".repeat(12_000) }));
    assert_eq!(ok.status, 200);
    let junk = http(
        &s.addr,
        "POST",
        "/api/lint",
        &[("Content-Type", "application/json")],
        Some(b"{not json"),
    );
    assert_eq!(junk.status, 400);
    assert!(junk.json()["error"].is_string());
    let unknown = s.post("/api/lint", &json!({ "text": "x", "exec": "rm -rf /" }));
    assert!(unknown.status >= 400 && unknown.status < 500);
}

#[test]
fn foreign_hosts_and_origins_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), &[]);
    let body = br#"{"text":"Silahkan datang."}"#;
    let json_ct = ("Content-Type", "application/json");
    // DNS rebinding: the attacker's name resolves to 127.0.0.1, the Host still says it.
    let rebound = http(
        &s.addr,
        "POST",
        "/api/lint",
        &[("Host", "evil.example"), json_ct],
        Some(body),
    );
    assert_eq!(rebound.status, 421);
    let page = http(&s.addr, "GET", "/", &[("Host", "luwes.evil.example:8080")], None);
    assert_eq!(page.status, 421);
    let port = s.addr.rsplit(':').next().unwrap().to_string();
    let localhost = format!("localhost:{port}");
    assert_eq!(http(&s.addr, "GET", "/", &[("Host", &localhost)], None).status, 200);
    // A page elsewhere posting to us.
    let cross = http(
        &s.addr,
        "POST",
        "/api/lint",
        &[("Origin", "http://evil.example"), json_ct],
        Some(body),
    );
    assert_eq!(cross.status, 403);
    let null = http(&s.addr, "POST", "/api/lint", &[("Origin", "null"), json_ct], Some(body));
    assert_eq!(null.status, 403);
    let site = http(
        &s.addr,
        "POST",
        "/api/lint",
        &[("Sec-Fetch-Site", "cross-site"), json_ct],
        Some(body),
    );
    assert_eq!(site.status, 403);
    let own = format!("http://{}", s.addr);
    let same = http(&s.addr, "POST", "/api/lint", &[("Origin", &own), json_ct], Some(body));
    assert_eq!(same.status, 200);
}

#[test]
fn pages_carry_a_strict_policy_and_nothing_reads_the_disk() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("secret.txt"), "rahasia").unwrap();
    let s = Server::start(dir.path(), &[]);
    let page = s.get("/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("<textarea"));
    let csp = page.header("content-security-policy").unwrap();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(s.get("/assets/app.js").status, 200);
    for path in [
        "/secret.txt",
        "/assets/secret.txt",
        "/assets/..%2Fsecret.txt",
        "/assets/../secret.txt",
        "/assets/%2e%2e/%2e%2e/Cargo.toml",
        "/api/explain/..%2F..%2Fsecret",
    ] {
        let r = s.get(path);
        assert!(r.status == 404 || r.status == 400, "{path}: {}", r.status);
        assert!(!r.text().contains("rahasia"), "{path}");
    }
    // No room without --workshop.
    assert_eq!(s.get("/api/workshop/screen").status, 404);
    assert_eq!(s.get("/trainer").status, 404);
}

#[test]
fn the_room_needs_the_token_and_escapes_what_participants_send() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), &["--workshop", "Pelatihan <i>Magelang</i>"]);
    let token = s.token.clone().unwrap();
    assert_eq!(token.len(), 32);
    let evil_name = "<script>alert('nama')</script>";
    let evil_text = "<script>alert('draf')</script> Warga wajib membawa KTP.";
    for (who, name, text) in [
        ("p1", evil_name, evil_text),
        ("p2", "Budi", STIFF),
        ("p1", evil_name, "Yuk, bawa KTP ya! Ada pertanyaan? Tulis di komentar."),
    ] {
        let r = s.post(
            "/api/workshop/drafts",
            &json!({ "participant": who, "name": name, "text": text }),
        );
        assert_eq!(r.status, 200, "{}", r.text());
    }
    let empty = s.post(
        "/api/workshop/drafts",
        &json!({ "participant": "p3", "name": " ", "text": "x" }),
    );
    assert_eq!(empty.status, 400);

    // Without or with a wrong token: nothing.
    assert_eq!(s.get("/api/workshop/drafts").status, 401);
    assert_eq!(s.get("/trainer").status, 401);
    let wrong_page = s.get("/trainer?token=0000");
    assert_eq!(wrong_page.status, 401);
    assert!(wrong_page.text().contains("Token pelatih salah"));
    let wrong = http(
        &s.addr,
        "GET",
        "/api/workshop/drafts",
        &[("X-Luwes-Token", &"0".repeat(32))],
        None,
    );
    assert_eq!(wrong.status, 401);
    assert_eq!(s.get("/trainer/export.csv").status, 401);
    // The printed address moves the token into a cookie and out of the address bar.
    let opened = s.get(&format!("/trainer?token={token}"));
    assert_eq!(opened.status, 303);
    assert_eq!(opened.header("location"), Some("/trainer"));
    let cookie = opened.header("set-cookie").unwrap().to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let pair = cookie.split(';').next().unwrap();
    let page = http(&s.addr, "GET", "/trainer", &[("Cookie", pair)], None);
    assert_eq!(page.status, 200);
    assert!(page.text().contains("trainer.js"));
    let by_cookie = http(&s.addr, "GET", "/api/workshop/drafts", &[("Cookie", pair)], None);
    assert_eq!(by_cookie.status, 200);
    let bad_cookie = http(&s.addr, "GET", "/trainer", &[("Cookie", "luwes_trainer=00")], None);
    assert_eq!(bad_cookie.status, 401);

    let list = s.trainer_get("/api/workshop/drafts").json();
    let drafts = list["drafts"].as_array().unwrap();
    assert_eq!(drafts.len(), 3);
    assert_eq!(list["title"], "Pelatihan <i>Magelang</i>");
    assert_eq!(
        (drafts[2]["participant"].as_str(), drafts[2]["version"].as_i64()),
        (Some("p1"), Some(2))
    );
    assert!(
        drafts[2]["score"].as_i64() > drafts[0]["score"].as_i64(),
        "the revision scores higher"
    );
    assert!(drafts[1]["report"]["files"][0]["diagnostics"].as_array().unwrap().len() >= 2);
    let since = s.trainer_get("/api/workshop/drafts?since=2").json();
    assert_eq!(since["drafts"].as_array().unwrap().len(), 1);

    // The projector.
    let id = drafts[0]["id"].as_i64().unwrap();
    let set = http(
        &s.addr,
        "POST",
        "/api/workshop/screen",
        &[("Content-Type", "application/json"), ("X-Luwes-Token", &token)],
        Some(json!({ "draft": id }).to_string().as_bytes()),
    );
    assert_eq!(set.status, 200);
    assert_eq!(s.post("/api/workshop/screen", &json!({ "draft": id })).status, 401);
    assert_eq!(s.get("/api/workshop/screen").json()["draft"]["name"], evil_name);

    // Exports: participant text escaped in HTML, never a formula in CSV.
    let html = s.trainer_get("/trainer/export.html");
    assert_eq!(html.status, 200);
    assert!(html.header("content-disposition").unwrap().contains("attachment"));
    let page = html.text();
    assert!(page.contains("&lt;script&gt;alert(&#39;draf&#39;)&lt;/script&gt;"));
    assert!(page.contains("&lt;script&gt;alert(&#39;nama&#39;)"));
    assert!(!page.contains("<script>alert"), "no participant script in the report");
    assert!(page.contains("Pelatihan &lt;i&gt;Magelang&lt;/i&gt;"));
    let csv = s.trainer_get("/trainer/export.csv");
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    let rows: Vec<String> = csv.text().lines().map(str::to_string).collect();
    assert_eq!(
        rows[0],
        "participant,name,draft,version,time,score,verdict,findings,rules"
    );
    assert_eq!(rows.len(), 4);
    assert!(rows[2].starts_with("p2,Budi,2,1,"), "{}", rows[2]);
    assert!(rows[2].contains("id/wajib"));
}

#[test]
fn ctrl_c_leaves_a_room_that_report_and_a_restart_read_in_full() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), &["--workshop", "Kota Magelang"]);
    for i in 0..5 {
        let r = s.post(
            "/api/workshop/drafts",
            &json!({ "participant": format!("p{}", i % 2), "name": format!("Peserta {}", i % 2), "text": STIFF }),
        );
        assert_eq!(r.status, 200);
    }
    let rest = s.rest.recv_timeout(std::time::Duration::from_millis(1)).ok();
    assert!(rest.is_none(), "nothing printed while serving: {rest:?}");
    assert_eq!(s.interrupt(), Some(0), "Ctrl-C is a clean stop");
    let db = dir.path().join("luwes-workshop.sqlite");
    assert!(db.is_file());
    assert!(
        !dir.path().join("luwes-workshop.sqlite-wal").exists()
            || std::fs::metadata(dir.path().join("luwes-workshop.sqlite-wal"))
                .unwrap()
                .len()
                == 0,
        "the WAL was folded back into the file"
    );

    let out = dir.path().join("room.html");
    let st = Command::new(env!("CARGO_BIN_EXE_luwes"))
        // Indonesian, whatever the machine's locale.
        .env_remove("LUWES_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(["report", "--no-config", "--db"])
        .arg(&db)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(st.status.code(), Some(0), "{}", String::from_utf8_lossy(&st.stderr));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("Kota Magelang"));
    assert_eq!(
        html.matches("<section class=\"draft").count(),
        5,
        "five drafts in the report"
    );
    assert!(html.contains("Peserta 1 · v2"));

    // A restart resumes the room: the drafts are there and versions go on.
    let again = Server::start(dir.path(), &["--db", "luwes-workshop.sqlite"]);
    let list = again.trainer_get("/api/workshop/drafts").json();
    assert_eq!(list["drafts"].as_array().unwrap().len(), 5);
    assert_eq!(list["title"], "Kota Magelang");
    let r = again
        .post(
            "/api/workshop/drafts",
            &json!({ "participant": "p0", "name": "Peserta 0", "text": STIFF }),
        )
        .json();
    assert_eq!(r["version"], 4);
    let missing = Command::new(env!("CARGO_BIN_EXE_luwes"))
        // Indonesian, whatever the machine's locale.
        .env_remove("LUWES_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(["report", "--no-config", "--db", "nope.sqlite", "-o", "-"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
}

/// The banner, the CSV and an explanation, reviewed by hand (`cargo insta review`); the
/// port, token and times change at every run and are blanked.
#[test]
fn snapshots_of_the_banner_the_csv_and_an_explanation() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), &["--workshop", "Pelatihan Pesan Luwes, Kota Magelang"]);
    let port = regex::Regex::new(r"127\.0\.0\.1:\d+").unwrap();
    let token = regex::Regex::new(r"token=[0-9a-f]{32}").unwrap();
    let banner = port.replace_all(&s.banner, "127.0.0.1:PORT");
    insta::assert_snapshot!("serve_banner", token.replace_all(&banner, "token=TOKEN"));

    for (who, name, text) in [
        ("a1", "Ani, Diskominfo", STIFF),
        (
            "b2",
            "=1+2",
            "Halo, Sobat! Yuk, datang ke kelurahan hari Senin. Ada pertanyaan? Tulis di komentar, ya.",
        ),
        (
            "a1",
            "Ani, Diskominfo",
            "Halo, warga! Jangan lupa bawa KTP asli, ya. Ada pertanyaan? Tulis di komentar.",
        ),
    ] {
        let r = s.post(
            "/api/workshop/drafts",
            &json!({ "participant": who, "name": name, "text": text }),
        );
        assert_eq!(r.status, 200);
    }
    let time = regex::Regex::new(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ").unwrap();
    let csv = s.trainer_get("/trainer/export.csv").text();
    insta::assert_snapshot!("serve_csv", time.replace_all(&csv, "TIME").replace("\r\n", "⏎\n"));

    let explain = s.get("/api/explain/id/wajib").json();
    insta::assert_snapshot!("serve_explain_wajib", serde_json::to_string_pretty(&explain).unwrap());
}

#[test]
fn the_office_profile_comes_from_the_config_and_flags_win() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("kantor.yaml"),
        "profile:\n  greeting: \"Halo, Sobat Magelang!\"\n  channel: \"WA 0812-0000-0000\"\n",
    )
    .unwrap();
    let s = Server::start(dir.path(), &["--config", "kantor.yaml"]);
    let cfg = s.get("/api/config").json();
    assert_eq!(
        cfg["profile"],
        json!({ "greeting": "Halo, Sobat Magelang!", "channel": "WA 0812-0000-0000" })
    );
    assert_eq!(cfg["workshop"], json!(null));
    let s = Server::start(dir.path(), &["--config", "kantor.yaml", "--greeting", "Halo, Warga!"]);
    assert_eq!(s.get("/api/config").json()["profile"]["greeting"], "Halo, Warga!");
    assert_eq!(s.get("/api/config").json()["profile"]["channel"], "WA 0812-0000-0000");
}
