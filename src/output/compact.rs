//! `compact`: `path:line:col: severity [rule] message`, one line per finding, for editors and grep.
use crate::model::FileReport;
use std::io::{self, Write};

pub fn print(w: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    for r in reports {
        for d in &r.diagnostics {
            let at = r.lines.line_col(&r.source, d.span.start);
            // A message is one line here, whatever the rule wrote.
            // and control characters from the post (in `{match}`) or a file name are escaped.
            let message = d.message.replace(['\n', '\r'], " ");
            writeln!(
                w,
                "{}:{}:{}: {} [{}] {}",
                super::term::one_line(&r.path),
                at.line,
                at.column,
                d.severity,
                d.rule,
                super::term::printable(&message)
            )?;
        }
    }
    Ok(())
}
