//! `compact`: `path:line:col: severity [rule] message`, one line per finding, for editors and grep
//! (`plan.csv:row 12 (caption):5: …` for a calendar cell: the word stays English for tools).
use crate::model::FileReport;
use std::io::{self, Write};

pub fn print(w: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    for r in reports {
        for d in &r.diagnostics {
            // A message is one line here, whatever the rule wrote.
            // and control characters from the post (in `{match}`) or a file name are escaped.
            let message = d.message.replace(['\n', '\r'], " ");
            writeln!(
                w,
                "{}: {} [{}] {}",
                super::term::one_line(&r.place(d.span.start, "row")),
                d.severity,
                d.rule,
                super::term::printable(&message)
            )?;
        }
    }
    Ok(())
}
