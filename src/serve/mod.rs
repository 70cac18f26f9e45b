//! `luwes serve`: the drafting page, the workshop room and the JSON API over HTTP, from
//! the same binary, with every asset embedded. This module owns the socket and the room's
//! database; the linting is the library's public API (`Linter`, the JSON printer, `fix`,
//! the report), so the browser sees exactly what the command line prints.
pub mod api;
pub mod export;
pub mod guard;
pub mod linters;
mod pages;
pub mod store;
pub mod workshop;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

pub use linters::Linters;
pub use workshop::Workshop;

/// The office's defaults for the page (the page may change them; the browser keeps its own).
#[derive(Debug, Clone, Default)]
pub struct Profile {
    pub greeting: Option<String>,
    pub channel: Option<String>,
}

/// Everything the handlers share.
pub struct AppState {
    pub linters: Linters,
    pub workshop: Option<Workshop>,
    pub profile: Profile,
}

/// How to run the server.
pub struct Options {
    pub bind: IpAddr,
    /// 0 picks a free port (tests).
    pub port: u16,
    pub open: bool,
    /// The room's title; with `db` alone a stored room is resumed.
    pub workshop: Option<String>,
    pub db: Option<PathBuf>,
    pub profile: Profile,
}

/// Where a room is kept when `--db` is not given.
pub const DEFAULT_DB: &str = "luwes-workshop.sqlite";

/// The routes, behind the Host/Origin guard and the body cap.
pub fn router(state: Arc<AppState>, port: u16) -> Router {
    Router::new()
        .route("/", get(pages::index))
        .route("/trainer", get(pages::trainer))
        .route("/screen", get(pages::screen))
        .route("/assets/{name}", get(pages::asset))
        .route("/api/config", get(api::config))
        .route("/api/lint", post(api::lint))
        .route("/api/fix", post(api::fix))
        .route("/api/score", post(api::score))
        .route("/api/rules", get(api::rules))
        .route("/api/explain/{*id}", get(api::explain))
        .route("/api/workshop/drafts", post(workshop::submit).get(workshop::list))
        .route("/api/workshop/screen", post(workshop::set_screen).get(workshop::screen))
        .route("/trainer/export.csv", get(export::export_csv))
        .route("/trainer/export.html", get(export::export_html))
        .fallback(|| async { api::error(axum::http::StatusCode::NOT_FOUND, "not found") })
        .layer(DefaultBodyLimit::max(api::BODY_LIMIT))
        .layer(axum::middleware::from_fn_with_state(
            Arc::new(guard::Port(port)),
            guard::check_origin,
        ))
        .with_state(state)
}

/// Opens the room named by the options, if any: `--workshop` (new or resumed) or `--db`
/// naming an existing room file.
fn open_room(opts: &Options) -> Result<Option<Workshop>, String> {
    let path = match (&opts.workshop, &opts.db) {
        (None, None) => return Ok(None),
        (_, Some(p)) => p.clone(),
        (Some(_), None) => PathBuf::from(DEFAULT_DB),
    };
    let store = store::Store::open(&path, opts.workshop.as_deref())
        .map_err(|e| format!("cannot open the workshop file {}: {e}", path.display()))?;
    let title = store
        .get("title")?
        .unwrap_or_else(|| "Pelatihan Pesan Luwes".to_string());
    Ok(Some(Workshop {
        title,
        token: guard::new_token()?,
        store: Mutex::new(store),
    }))
}

/// The address people on the LAN type: the bound one, or (bound to all interfaces) the
/// address this machine routes from. The UDP "connect" sends no packet; it only asks the OS
/// which local address it would use.
fn lan_address(bind: IpAddr) -> IpAddr {
    if !bind.is_unspecified() {
        return bind;
    }
    std::net::UdpSocket::bind("0.0.0.0:0")
        .and_then(|s| s.connect("192.0.2.1:9").and_then(|_| s.local_addr()))
        .map(|a| a.ip())
        .unwrap_or(bind)
}

/// Runs the server until Ctrl-C (or SIGTERM); prints the addresses to `out` first.
pub fn run(opts: Options, linters: Linters, out: &mut dyn Write) -> Result<(), String> {
    let workshop = open_room(&opts)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server: {e}"))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(SocketAddr::new(opts.bind, opts.port))
            .await
            .map_err(|e| format!("cannot listen on {}:{}: {e}", opts.bind, opts.port))?;
        let local = listener.local_addr().map_err(|e| e.to_string())?;
        let shown = match local.ip() {
            ip if ip.is_unspecified() => SocketAddr::new(lan_address(ip), local.port()),
            _ => local,
        };
        let state = Arc::new(AppState {
            linters,
            workshop,
            profile: opts.profile.clone(),
        });
        print_banner(out, &state, shown, opts.bind).map_err(|e| e.to_string())?;
        if opts.open {
            open_browser(&format!("http://{shown}/"));
        }
        let app = router(state.clone(), local.port());
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await
            .map_err(|e| format!("server error: {e}"))?;
        // Every draft was committed when it arrived; fold the WAL back into the file.
        if let Some(w) = &state.workshop {
            let store = w.store.lock().unwrap_or_else(|p| p.into_inner());
            store.checkpoint()?;
        }
        let _ = writeln!(out, "luwes serve: berhenti / stopped.");
        let _ = out.flush();
        Ok(())
    })
}

fn print_banner(out: &mut dyn Write, st: &AppState, addr: SocketAddr, bind: IpAddr) -> std::io::Result<()> {
    writeln!(out, "luwes serve: http://{addr}/")?;
    writeln!(out, "  Halaman menulis / drafting page:  http://{addr}/")?;
    if let Some(w) = &st.workshop {
        writeln!(out, "  Ruang pelatihan / workshop room:  {}", w.title)?;
        writeln!(out, "  Peserta / participants:           http://{addr}/")?;
        writeln!(out, "  Layar / projector:                http://{addr}/screen")?;
        writeln!(
            out,
            "  Pelatih / trainer:                http://{addr}/trainer?token={}",
            w.token
        )?;
        if bind.is_loopback() {
            writeln!(
                out,
                "  Catatan: hanya komputer ini yang bisa membuka alamat ini. Agar peserta di jaringan yang sama bisa masuk, jalankan dengan --bind 0.0.0.0.\n  Note: only this computer can reach it; use --bind 0.0.0.0 to let participants on the LAN join."
            )?;
        }
    }
    writeln!(out, "  Tekan Ctrl-C untuk berhenti / press Ctrl-C to stop.")?;
    out.flush()
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

/// Opens the page in the default browser; failing to is not an error (the address is printed).
fn open_browser(url: &str) {
    let cmd = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(windows) {
        ("cmd", vec!["/C", "start", "", url])
    } else {
        ("xdg-open", vec![url])
    };
    let _ = std::process::Command::new(cmd.0)
        .args(cmd.1)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}
