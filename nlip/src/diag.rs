//! The one place that prints errors and chooses exit codes.

use nlkit::engine::{strerror, Error};

/// A failed command: the message for stderr (without its final newline) and the exit code.
#[derive(Debug)]
pub struct Failure {
    /// What to print on stderr.
    pub message: String,
    /// The exit code.
    pub code: u8,
}

impl Failure {
    /// A failure with `message` and exit `code`.
    pub fn new(message: impl Into<String>, code: u8) -> Self {
        Failure {
            message: message.into(),
            code,
        }
    }

    /// Prints the message.
    pub fn print(&self) {
        if !self.message.is_empty() {
            eprintln!("{}", self.message);
        }
    }
}

/// How iproute2 reports a kernel error of a request: the extended-ACK text as
/// `Error: TEXT.`, else `RTNETLINK answers: STRERROR`; exit 2.
pub fn kernel(e: &Error) -> Failure {
    match e {
        Error::Kernel(k) => match k.message() {
            Some(m) => Failure::new(format!("Error: {}.", m.trim_end_matches('.')), 2),
            None => Failure::new(format!("RTNETLINK answers: {}", strerror(k.errno)), 2),
        },
        other => Failure::new(format!("Error: {other}"), 2),
    }
}

/// A dump that failed (iproute2: "Dump terminated" after the kernel's text).
pub fn dump(e: &Error) -> Failure {
    match e {
        Error::Kernel(k) => match k.message() {
            Some(t) => Failure::new(
                format!("Error: {}.\nDump terminated", t.trim_end_matches('.')),
                2,
            ),
            None => Failure::new(
                format!("RTNETLINK answers: {}\nDump terminated", strerror(k.errno)),
                2,
            ),
        },
        other => Failure::new(format!("Error: {other}\nDump terminated"), 2),
    }
}

/// The C library's text for an I/O error (without Rust's " (os error N)").
pub fn os_text(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(n) => strerror(n),
        None => e.to_string(),
    }
}

impl From<std::io::Error> for Failure {
    /// A write error on stdout. A closed pipe (`nlip ... | head`) is success.
    fn from(e: std::io::Error) -> Failure {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Failure::new("", 0);
        }
        Failure::new(format!("Error: {}", os_text(&e)), 1)
    }
}
