//! `luwes serve` (the drafting page, the workshop room, the API) and `luwes report --db`
//! (a room's drafts as the HTML report): argument handling only; the server is `crate::serve`.
use super::args::CommonArgs;
use super::lint::io_err;
use super::{report_error, EXIT_OK};
use crate::error::Error;
use crate::model::{Lang, Settings};
use crate::serve::{self, store::Store, Linters, Options, Profile};
use clap::Args;
use std::io::Write;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

#[derive(Debug, Args, Clone)]
pub struct ServeArgs {
    /// Address to listen on; 127.0.0.1 lets only this computer in, 0.0.0.0 the whole LAN
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDR")]
    pub bind: IpAddr,
    /// Port to listen on (0: any free port)
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// Open the page in the default browser
    #[arg(long)]
    pub open: bool,
    /// Run a workshop room with this title: participants submit drafts, the trainer sees them all
    #[arg(long, value_name = "TITLE")]
    pub workshop: Option<String>,
    /// The room's SQLite file (default: luwes-workshop.sqlite here); an existing room is resumed
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// The office's greeting the page offers to insert, e.g. "Halo, Sobat Magelang!"
    #[arg(long, value_name = "TEXT")]
    pub greeting: Option<String>,
    /// The office's contact channel the page offers to add, e.g. "WA 0812-0000-0000"
    #[arg(long, value_name = "TEXT")]
    pub channel: Option<String>,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub fn run(args: ServeArgs, out: &mut dyn Write) -> Result<u8, Error> {
    let (_, config) = super::load_settings(&args.common)?;
    // Flags win over the config file's `profile:`.
    let file = config.profile.clone().unwrap_or_default();
    let settings = Settings::from(config);
    let packs = super::packs::read_all(&settings.packs, settings.pack_root.as_deref());
    let (linters, errors) = Linters::new(settings, packs)?;
    errors.iter().for_each(report_error);
    let opts = Options {
        bind: args.bind,
        port: args.port,
        open: args.open,
        workshop: args.workshop,
        db: args.db,
        profile: Profile {
            greeting: args.greeting.or(file.greeting),
            channel: args.channel.or(file.channel),
        },
    };
    serve::run(opts, linters, out).map_err(Error::new)?;
    Ok(EXIT_OK)
}

/// `luwes report --db FILE`: the room's drafts, linted with today's rules and config.
pub fn report_from_db(
    db: &Path,
    settings: Settings,
    title: Option<&str>,
    output: &Path,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let store =
        Store::open_read_only(db).map_err(|e| Error::in_file(db, format!("cannot read the workshop file: {e}")))?;
    let drafts = store.drafts(0).map_err(|e| Error::in_file(db, e))?;
    let room = store.get("title").ok().flatten();
    let en = settings.lang == Lang::En;
    let (linter, errors) = super::linter(settings)?;
    errors.iter().for_each(report_error);
    let title = title
        .map(str::to_string)
        .or(room)
        .unwrap_or_else(|| "luwes".to_string());
    let html = serve::export::html_report(&linter, &title, &drafts, en);
    if output.as_os_str() == "-" {
        out.write_all(html.as_bytes()).map_err(io_err)?;
    } else {
        super::files::replace_atomic(output, html.as_bytes(), None, false).map_err(|e| Error {
            message: format!("cannot write the report: {}", e.message),
            ..e
        })?;
        let l = if en {
            &crate::output::EN.page
        } else {
            &crate::output::ID.page
        };
        writeln!(
            out,
            "{} {} ({} {})",
            l.written,
            output.display(),
            drafts.len(),
            l.draft_count
        )
        .map_err(io_err)?;
    }
    Ok(EXIT_OK)
}
