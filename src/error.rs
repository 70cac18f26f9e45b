//! Errors that name the file (and, for YAML, the line, column and field) they come from.
use std::fmt;
use std::path::{Path, PathBuf};

/// Where in a file an error is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

/// Any error luwes reports to the user. It always says which file it is about when
/// there is one, because a run over a folder goes on after an error and the user must
/// be able to find the culprit among hundreds of files.
#[derive(Debug, Clone)]
pub struct Error {
    pub path: Option<PathBuf>,
    pub location: Option<Location>,
    pub field: Option<String>,
    pub message: String,
}

const BROKEN_PIPE: &str = "broken pipe";

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn new(message: impl Into<String>) -> Self {
        Error {
            path: None,
            location: None,
            field: None,
            message: message.into(),
        }
    }

    pub fn in_file(path: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Error::new(message).with_path(path)
    }

    pub fn with_path(mut self, path: impl AsRef<Path>) -> Self {
        self.path = Some(path.as_ref().to_path_buf());
        self
    }

    pub fn at(mut self, location: Option<Location>) -> Self {
        if self.location.is_none() {
            self.location = location;
        }
        self
    }

    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// The reader of our output went away (`luwes lint | head`): the run ends quietly.
    pub fn broken_pipe() -> Self {
        Error::new(BROKEN_PIPE)
    }

    pub fn is_broken_pipe(&self) -> bool {
        self.path.is_none() && self.message == BROKEN_PIPE
    }

    /// An I/O error, worded for people rather than as the raw `io::Error` debug text.
    pub fn io(path: impl AsRef<Path>, err: &std::io::Error) -> Self {
        let what = match err.kind() {
            std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            // tempfile's errors carry the temporary path, which means nothing to the user.
            _ => {
                let s = err.to_string();
                s.split(" at path ").next().unwrap_or(&s).to_string()
            }
        };
        Error::in_file(path, what)
    }
}

/// Most characters of a file an error may quote (see `excerpt`).
pub const EXCERPT_CHARS: usize = 40;

/// A short, printable excerpt of text that came from a file: control characters escaped,
/// at most `max` characters, so an error never echoes a file (a key, a `.env`) into a log.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}", path.display())?;
            if let Some(loc) = self.location {
                write!(f, ":{}:{}", loc.line, loc.column)?;
            }
            write!(f, ": ")?;
        }
        if let Some(field) = &self.field {
            write!(f, "field `{field}`: ")?;
        }
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_line_column_and_field() {
        let e = Error::in_file("rules/id/x.yaml", "invalid regex")
            .at(Some(Location { line: 3, column: 7 }))
            .field("tokens");
        assert_eq!(e.to_string(), "rules/id/x.yaml:3:7: field `tokens`: invalid regex");
    }

    #[test]
    fn excerpts_are_short_and_printable() {
        assert_eq!(excerpt("abc", 5), "abc");
        assert_eq!(excerpt("a\nb\x1b[2J", 20), "a\\nb\\u{1b}[2J");
        assert_eq!(excerpt("abcdef", 3), "abc…");
    }
}
