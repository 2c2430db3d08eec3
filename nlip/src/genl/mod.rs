//! `nlgenl`: iproute2 6.1's `genl` on nlkit, over nlip's shared parts (the argument
//! cursor and keyword matching, `diag` for stderr and exit codes, `render` for output).
//!
//! `nlgenl [ OPTIONS ] ctrl { list | get name NAME | get id ID | policy name NAME [op OP]
//! | policy id ID [op OP] | monitor | help }`: the families of the generic netlink
//! controller, their operations and multicast groups, their attribute policies and the
//! controller's notifications, printed byte for byte as genl prints them, with its usage
//! texts, errors and exit codes (255 for every error; 1 when no socket can be opened).
//!
//! The options are genl's: `-s[tatistics]`, `-d[etails]` and `-r[aw]` are accepted and, as
//! in genl 6.1, change nothing that `ctrl` prints; `-V[ersion]` prints nlgenl's version;
//! `-h[elp]` the usage. Differences from genl 6.1: `policy ... op OP` (see [`ctrl`]); a
//! closed stdout is success (genl dies of SIGPIPE).

pub mod ctrl;
mod print;
#[cfg(test)]
mod tests;

pub use print::ctrl_message;

use crate::args::{matches, Args};
use crate::diag::Failure;
use std::process::ExitCode;

/// `genl`'s usage (stderr, exit 255).
pub const USAGE: &str = "Usage: genl [ OPTIONS ] OBJECT [help] }
where  OBJECT := { ctrl etc }
       OPTIONS := { -s[tatistics] | -d[etails] | -r[aw] | -V[ersion] | -h[elp] }";

/// Runs `nlgenl` with `words` (the arguments after the program name).
pub fn run(words: &[&str]) -> Result<(), Failure> {
    let mut args = Args::new(words);
    while let Some(opt) = args.peek().filter(|w| w.starts_with('-')) {
        args.next();
        let known = ["-stats", "-statistics", "-details", "-raw"];
        if known.iter().any(|k| matches(opt, k)) {
            continue;
        }
        if matches(opt, "-Version") {
            println!("nlgenl utility, nlkit-{}", env!("CARGO_PKG_VERSION"));
            return Ok(());
        }
        if matches(opt, "-help") {
            return Err(Failure::usage(USAGE));
        }
        return Err(Failure::usage(format!(
            "Option \"{opt}\" is unknown, try \"genl -help\"."
        )));
    }
    match args.next() {
        None => Err(Failure::usage(USAGE)),
        Some("ctrl") => ctrl::run(&mut args),
        Some(other) => Err(Failure::usage(format!(
            "Unknown genl \"{other}\", hence option \"{other}\" is unparsable"
        ))),
    }
}

/// Runs `nlgenl` with the arguments of this process; the exit status is genl's.
pub fn main() -> ExitCode {
    crate::diag::main_with(run)
}
