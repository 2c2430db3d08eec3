//! The one place that prints errors and chooses exit codes.

use nlkit::engine::{strerror, Error};
use std::io::Write;

/// ip's exit codes.
pub mod exit {
    /// Success (a closed stdout counts as one).
    pub const OK: u8 = 0;
    /// A command that failed (a device that does not exist, a failed dump).
    pub const FAILED: u8 = 1;
    /// The kernel refused a change (`RTNETLINK answers: ...`, `Error: ...`).
    pub const KERNEL: u8 = 2;
    /// Bad arguments and usage texts.
    pub const USAGE: u8 = 255;
}

/// A failed command: the message for stderr (without its final newline), the exit code,
/// and whether ip would exit on the spot (argument errors: a `-batch` stops there even with
/// `-force`) or just report the command as failed (kernel errors, unknown devices).
#[derive(Debug)]
pub struct Failure {
    /// What to print on stderr.
    pub message: String,
    /// The exit code.
    pub code: u8,
    /// ip exits at once (no "Command failed" line, `-force` does not go on).
    pub fatal: bool,
}

impl Failure {
    /// A failure with `message` and exit `code`; exit code 255 (ip's argument errors) is
    /// fatal in a batch, the others are command failures.
    pub fn new(message: impl Into<String>, code: u8) -> Self {
        Failure {
            message: message.into(),
            code,
            fatal: code == exit::USAGE,
        }
    }

    /// An argument error (exit 255, [`exit::USAGE`]): fatal in a batch.
    pub fn usage(message: impl Into<String>) -> Self {
        Failure::new(message, exit::USAGE)
    }

    /// A failed command (exit 1, [`exit::FAILED`]).
    pub fn failed(message: impl Into<String>) -> Self {
        Failure::new(message, exit::FAILED)
    }

    /// The same failure, fatal in a batch (ip exits on it whatever its code).
    pub fn fatal(mut self) -> Self {
        self.fatal = true;
        self
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
            Some(m) => Failure::new(format!("Error: {}.", m.trim_end_matches('.')), exit::KERNEL),
            None => Failure::new(
                format!("RTNETLINK answers: {}", strerror(k.errno)),
                exit::KERNEL,
            ),
        },
        other => Failure::new(format!("Error: {other}"), exit::KERNEL),
    }
}

/// The outcome of a change as ip reports it: an extended-ACK warning on success is printed
/// ("Warning: TEXT."), an error becomes [`kernel`]'s failure.
pub fn outcome(result: Result<nlkit::engine::Ack, Error>) -> Result<(), Failure> {
    match result {
        Ok(ack) => {
            if let Some(w) = ack.warning() {
                eprintln!("Warning: {}.", w.trim_end_matches('.'));
            }
            Ok(())
        }
        Err(e) => Err(kernel(&e)),
    }
}

/// A dump that failed (iproute2: "Dump terminated" after the kernel's text; for ENOENT and
/// EOPNOTSUPP without extended-ACK text ip prints no "RTNETLINK answers" line).
pub fn dump(e: &Error) -> Failure {
    dump_ended(e, "Dump terminated")
}

/// [`dump`] with another last line (`route flush` says "Flush terminated").
pub fn dump_ended(e: &Error, last: &str) -> Failure {
    match e {
        Error::Kernel(k)
            if k.message().is_none()
                && (k.errno == nlkit::sys::errno::ENOENT
                    || k.errno == nlkit::sys::errno::EOPNOTSUPP) =>
        {
            Failure::new(last, exit::KERNEL)
        }
        Error::Kernel(k) => match k.message() {
            Some(t) => Failure::new(
                format!("Error: {}.\n{last}", t.trim_end_matches('.')),
                exit::KERNEL,
            ),
            None => Failure::new(
                format!("RTNETLINK answers: {}\n{last}", strerror(k.errno)),
                2,
            ),
        },
        other => Failure::new(format!("Error: {other}\n{last}"), exit::KERNEL),
    }
}

/// The C library's text for an I/O error (without Rust's " (os error N)"). For a namespace
/// that could not be opened, the text of open(2)'s error only: ip names the namespace in its
/// own words.
pub fn os_text(e: &std::io::Error) -> String {
    let e = nlkit::sys::netns::OpenError::of(e).map_or(e, |o| o.os_error());
    match e.raw_os_error() {
        Some(n) => strerror(n),
        None => e.to_string(),
    }
}

impl From<std::io::Error> for Failure {
    /// A write error on stdout. A closed pipe (`nlip ... | head`) is success.
    fn from(e: std::io::Error) -> Failure {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Failure::new("", exit::OK);
        }
        Failure::failed(format!("Error: {}", os_text(&e)))
    }
}

/// Prints a warning line to stderr (the command goes on).
pub fn warn(text: &str) {
    // The held warnings came first; stdout's whole blocks before them.
    release_warnings();
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{text}");
}

thread_local! {
    /// The warnings [`warn_held`] holds back.
    static HELD: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Holds a warning line back until the next [`release_warnings`] (at the latest when the
/// tool ends, or once 64 KiB are held): for a warning a tool may print for every object
/// it shows (ss's cgroup warning of each socket), one write rather than one a line. Call
/// [`release_warnings`] before writing the output the warnings must come before.
pub fn warn_held(text: &str) {
    let full = HELD.with_borrow_mut(|held| {
        held.extend_from_slice(text.as_bytes());
        held.push(b'\n');
        held.len() >= 64 * 1024
    });
    if full {
        release_warnings();
    }
}

/// Writes the warnings [`warn_held`] holds to stderr.
pub fn release_warnings() {
    crate::stdio::sync_blocks();
    HELD.with_borrow_mut(|held| {
        if !held.is_empty() {
            let _ = std::io::stderr().lock().write_all(held);
            held.clear();
        }
    });
}

/// The `main` of every tool: runs `run` on the process's arguments (after the program's
/// name) and turns its outcome into the exit status, printing a failure first.
pub fn main_with(run: fn(&[&str]) -> Result<(), Failure>) -> std::process::ExitCode {
    let owned: Vec<String> = std::env::args().skip(1).collect();
    let words: Vec<&str> = owned.iter().map(String::as_str).collect();
    let outcome = run(&words);
    release_warnings();
    let _ = crate::stdio::Stdout.flush();
    match outcome {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(f) => {
            f.print();
            let _ = std::io::stderr().flush();
            std::process::ExitCode::from(f.code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::os_text;

    #[test]
    fn os_text_of_a_namespace_error_is_the_c_library_text() {
        let e = nlkit::sys::Netns::open_name("nlkit-no-such-namespace").unwrap_err();
        assert_eq!(os_text(&e), "No such file or directory");
        let e = std::io::Error::from_raw_os_error(nlkit::sys::errno::EPERM);
        assert_eq!(os_text(&e), "Operation not permitted");
    }
}
