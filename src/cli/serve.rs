//! `luwes serve` (the drafting page, the workshop room, the API) and `luwes report --db`
//! (a room's drafts as the HTML report): argument handling only; the server is `crate::serve`.
use super::args::CommonArgs;
use super::lint::io_err;
use super::{report_error, EXIT_OK};
use crate::error::Error;
use crate::model::Settings;
use crate::serve::{self, store::Store, Linters, Options, Profile};
use clap::Args;
use std::io::Write;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

#[derive(Debug, Args, Clone)]
pub struct ServeArgs {
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDR")]
    pub bind: IpAddr,
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    #[arg(long)]
    pub open: bool,
    #[arg(long, value_name = "TITLE")]
    pub workshop: Option<String>,
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    #[arg(long, value_name = "TEXT")]
    pub greeting: Option<String>,
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
    header: crate::output::report::Header,
    output: &Path,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let store =
        Store::open_read_only(db).map_err(|e| Error::in_file(db, (super::msg().cannot_read_room)(&e.to_string())))?;
    let drafts = store.drafts(0).map_err(|e| Error::in_file(db, e))?;
    let room = store.get("title").ok().flatten();
    let en = crate::output::labels::for_run(settings.lang, &[]).lang == "en";
    let (linter, errors) = super::linter(settings)?;
    errors.iter().for_each(report_error);
    let title = header
        .title
        .map(str::to_string)
        .or(room)
        .unwrap_or_else(|| "luwes".to_string());
    let header = crate::output::report::Header {
        title: Some(&title),
        ..header
    };
    let html = serve::export::html_report(&linter, header, &drafts, en);
    if output.as_os_str() == "-" {
        out.write_all(html.as_bytes()).map_err(io_err)?;
    } else {
        super::files::replace_atomic(output, html.as_bytes(), None, false).map_err(|e| Error {
            message: (super::msg().cannot_write_report)(&e.message),
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
