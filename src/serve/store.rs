//! The workshop room's storage: one SQLite file holding the room's title, every draft
//! submitted (with its score and JSON report as computed when it arrived) and the draft on
//! the projector. Each write is one transaction in WAL mode, so a server stopped at any
//! moment (Ctrl-C, power cut) leaves a consistent file that a restart picks up.
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use serde::Serialize;
use std::path::Path;

/// A room holds at most this many drafts: a workshop has tens; this only stops a runaway client.
pub const MAX_DRAFTS: i64 = 20_000;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS room (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS drafts (
  id INTEGER PRIMARY KEY,
  participant TEXT NOT NULL,
  name TEXT NOT NULL,
  version INTEGER NOT NULL,
  created TEXT NOT NULL,
  kind TEXT NOT NULL,
  platform TEXT NOT NULL,
  text TEXT NOT NULL,
  score INTEGER NOT NULL,
  verdict TEXT NOT NULL,
  findings INTEGER NOT NULL,
  rules TEXT NOT NULL,
  report TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS drafts_participant ON drafts (participant);
";

/// One stored draft.
#[derive(Debug, Clone, Serialize)]
pub struct Draft {
    pub id: i64,
    /// The browser's id for the participant (names may repeat in a room).
    pub participant: String,
    pub name: String,
    pub version: i64,
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub created: String,
    pub kind: String,
    pub platform: String,
    pub text: String,
    pub score: i64,
    pub verdict: String,
    pub findings: i64,
    /// Rule ids of the findings, space-separated.
    pub rules: String,
    /// The `--format json` report of the draft, as a string.
    #[serde(skip)]
    pub report: String,
}

/// What a new draft brings.
pub struct NewDraft<'a> {
    pub participant: &'a str,
    pub name: &'a str,
    pub kind: &'a str,
    pub platform: &'a str,
    pub text: &'a str,
    pub score: i64,
    pub verdict: &'a str,
    pub findings: i64,
    pub rules: &'a str,
    pub report: &'a str,
}

pub struct Store {
    conn: Connection,
}

fn err(e: rusqlite::Error) -> String {
    e.to_string()
}

impl Store {
    /// Opens (or creates) the room file; `title` replaces the stored one when given.
    pub fn open(path: &Path, title: Option<&str>) -> Result<Store, String> {
        let conn = Connection::open(path).map_err(err)?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(err)?;
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(err)?;
        conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(err)?;
        conn.execute_batch(SCHEMA).map_err(err)?;
        let store = Store { conn };
        if let Some(t) = title {
            store.set("title", t)?;
        }
        Ok(store)
    }

    /// Opens a room file read-only (for `luwes report --db`).
    pub fn open_read_only(path: &Path) -> Result<Store, String> {
        if !path.is_file() {
            return Err("no such file".to_string());
        }
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(err)?;
        conn.query_row("SELECT count(*) FROM drafts", [], |_| Ok(()))
            .map_err(|e| format!("not a luwes workshop file ({e})"))?;
        Ok(Store { conn })
    }

    pub fn get(&self, key: &str) -> Result<Option<String>, String> {
        self.conn
            .query_row("SELECT value FROM room WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .map_err(err)
    }

    pub fn set(&self, key: &str, value: &str) -> Result<(), String> {
        self.conn
            .execute(
                "INSERT INTO room (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2",
                params![key, value],
            )
            .map(|_| ())
            .map_err(err)
    }

    /// Stores a draft as the participant's next version; returns its id and version.
    pub fn add(&mut self, d: &NewDraft) -> Result<(i64, i64), String> {
        let tx = self.conn.transaction().map_err(err)?;
        let count: i64 = tx
            .query_row("SELECT count(*) FROM drafts", [], |r| r.get(0))
            .map_err(err)?;
        if count >= MAX_DRAFTS {
            return Err("the room is full".to_string());
        }
        let version: i64 = tx
            .query_row(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM drafts WHERE participant = ?1",
                [d.participant],
                |r| r.get(0),
            )
            .map_err(err)?;
        tx.execute(
            "INSERT INTO drafts (participant, name, version, created, kind, platform, text, score, verdict, findings, rules, report)
             VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                d.participant, d.name, version, d.kind, d.platform, d.text, d.score, d.verdict, d.findings, d.rules,
                d.report
            ],
        )
        .map_err(err)?;
        let id = tx.last_insert_rowid();
        tx.commit().map_err(err)?;
        Ok((id, version))
    }

    /// Drafts with an id above `since`, oldest first.
    pub fn drafts(&self, since: i64) -> Result<Vec<Draft>, String> {
        let mut st = self
            .conn
            .prepare(
                "SELECT id, participant, name, version, created, kind, platform, text, score, verdict, findings, rules, report
                 FROM drafts WHERE id > ?1 ORDER BY id",
            )
            .map_err(err)?;
        let rows = st
            .query_map([since], |r| {
                Ok(Draft {
                    id: r.get(0)?,
                    participant: r.get(1)?,
                    name: r.get(2)?,
                    version: r.get(3)?,
                    created: r.get(4)?,
                    kind: r.get(5)?,
                    platform: r.get(6)?,
                    text: r.get(7)?,
                    score: r.get(8)?,
                    verdict: r.get(9)?,
                    findings: r.get(10)?,
                    rules: r.get(11)?,
                    report: r.get(12)?,
                })
            })
            .map_err(err)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(err)
    }

    pub fn draft(&self, id: i64) -> Result<Option<Draft>, String> {
        Ok(self.drafts(id - 1)?.into_iter().find(|d| d.id == id))
    }

    /// Writes the WAL back into the main file, so the `.sqlite` alone is the whole room.
    pub fn checkpoint(&self) -> Result<(), String> {
        self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").map_err(err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new<'a>(who: &'a str, text: &'a str) -> NewDraft<'a> {
        NewDraft {
            participant: who,
            name: who,
            kind: "post",
            platform: "generic",
            text,
            score: 50,
            verdict: "cukup",
            findings: 1,
            rules: "id/wajib",
            report: "{}",
        }
    }

    #[test]
    fn versions_count_per_participant_and_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("room.sqlite");
        let mut s = Store::open(&path, Some("Pelatihan")).unwrap();
        assert_eq!(s.add(&new("a", "satu")).unwrap().1, 1);
        assert_eq!(s.add(&new("b", "dua")).unwrap().1, 1);
        assert_eq!(s.add(&new("a", "tiga")).unwrap().1, 2);
        drop(s);
        let s = Store::open_read_only(&path).unwrap();
        assert_eq!(s.get("title").unwrap().as_deref(), Some("Pelatihan"));
        let all = s.drafts(0).unwrap();
        assert_eq!(all.len(), 3);
        assert_eq!((all[2].participant.as_str(), all[2].version), ("a", 2));
        assert_eq!(s.drafts(2).unwrap().len(), 1);
        assert!(Store::open_read_only(&dir.path().join("missing")).is_err());
    }
}
