//! Unified diffs of a fix (`luwes fix --diff`), colored when colouring is on: what a
//! reviewer reads before letting luwes rewrite a post.
use colored::Colorize;
use similar::{ChangeTag, TextDiff};
use std::io::{self, Write};

/// Lines of context around each change, as `diff -u`.
const CONTEXT: usize = 3;

/// Writes the unified diff from `old` to `new` for `path`; nothing when they are equal.
pub fn print(w: &mut dyn Write, path: &str, old: &str, new: &str) -> io::Result<()> {
    if old == new {
        return Ok(());
    }
    let diff = TextDiff::from_lines(old, new);
    // `a/` + an absolute path would read `a//tmp/x`; git writes `a/tmp/x`, so `patch -p1` works.
    let path = path.trim_start_matches('/');
    writeln!(w, "{}", format!("--- a/{path}").bold())?;
    writeln!(w, "{}", format!("+++ b/{path}").bold())?;
    for hunk in diff.unified_diff().context_radius(CONTEXT).iter_hunks() {
        writeln!(w, "{}", hunk.header().to_string().cyan())?;
        for change in hunk.iter_changes() {
            let line = change.value().trim_end_matches(['\n', '\r']);
            let shown = match change.tag() {
                ChangeTag::Delete => format!("-{line}").red(),
                ChangeTag::Insert => format!("+{line}").green(),
                ChangeTag::Equal => format!(" {line}").normal(),
            };
            writeln!(w, "{shown}")?;
            if change.missing_newline() {
                writeln!(w, "\\ No newline at end of file")?;
            }
        }
    }
    Ok(())
}
