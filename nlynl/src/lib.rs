//! # nlynl: the kernel's YNL command line in Rust
//!
//! `nlynl` is `tools/net/ynl/pyynl/cli.py` on nlkit: any YNL spec's requests, dumps and
//! notifications, encoded and decoded at run time by the dynamic codec of `nlkit-ynl`
//! ([`nlkit_ynl::dynamic::Dynamic`]). It takes `cli.py`'s options ([`arguments`]) and
//! prints what it prints with `--output-json`; its errors are `cli.py`'s first lines.
//!
//! ```text
//! nlynl --family ethtool --do linkinfo-get --json '{"header": {"dev-name": "v0"}}'
//! nlynl --spec netdev.yaml --dump dev-get --output-json
//! nlynl --family rt_link --dump getlink
//! nlynl --family netdev --subscribe mgmt --sleep 5
//! ```
//!
//! - The spec: `--family NAME` reads a vendored spec (by file stem, `rt_link`, or by the
//!   family name it declares, `rt-link`), `--spec FILE` a file. A generic netlink family is
//!   resolved by name (`nlkit::genl::Families`; one the kernel lacks fails with
//!   `family NAME not found; is its module loaded?`); a netlink-raw spec (rtnetlink,
//!   netfilter) talks its `protonum` protocol with the operation's message type.
//! - `--do OP` sends one request (`NLM_F_ACK`, plus `--create`, `--excl`, `--replace`,
//!   `--append`) and prints the reply, `None` (`null`) when the kernel answers with an ACK
//!   alone; `--multi OP JSON` (repeatable) sends several in one `sendmsg` and prints the
//!   list of their answers, in order; `--dump OP` prints the list of the dump's replies.
//! - `--subscribe GROUP` joins a multicast group first; after `--sleep N` and the action,
//!   the notifications received are printed as a list of `{"name": OP, "msg": {...}}`.
//! - `--list-ops`, `--list-msgs`: `NAME  [ do, dump ]` per operation (message), as
//!   `cli.py` prints them (it prints the modes in no fixed order; nlynl in the order do,
//!   dump, event, notify).
//! - Attributes newer than the spec are shown raw (`"UnknownAttr(67)": "01"`) where
//!   `cli.py` stops ("Space 'link-attrs' has no attribute with value '67'").
//!
//! ## Output
//! `--output-json` writes exactly what Python's `json.dumps` writes ([`output::python_json`]):
//! one line per output, `", "` and `": "` as separators, every character outside
//! printable ASCII as `\uXXXX`, objects in the kernel's attribute order.
//!
//! Without it (`cli.py` pretty-prints Python values there), each reply is text
//! ([`output::text`]): one `key: value` line per member, a nested object as `key:` with
//! its members indented by two spaces, a list of scalars inline (`[a, b]`), a list of
//! objects as `- ` items (the first member on the dash's line, the others under it), a
//! blank line between replies (a dump of nothing prints nothing), `None` for a do answered
//! by an ACK:
//!
//! ```text
//! header:
//!   dev-index: 2
//!   dev-name: v0
//! port: tp
//! ```
//!
//! ## Errors and exit status
//! A kernel error prints `Netlink error: STRERROR` and, when there is an extended ACK, a
//! line of a tab and `extack: {...}` in `cli.py`'s dict style (the attribute at fault
//! named by the spec: `'bad-attr': '.header.dev-name'`, else `'bad-attr-offs': N`; a
//! missing attribute by the operation's set), exit status 1. `cli.py` prints these lines
//! on stdout; nlynl on stderr, so that stdout stays valid JSON. Bad arguments (an unknown
//! option or operation, bad JSON, an unknown vendored spec, an attribute the set lacks)
//! print `nlynl: error: ...` as argparse does, exit status 2. Other failures (no socket,
//! a family the kernel lacks, no answer within 30 s) print their text, exit status 1.

pub mod arguments;
pub mod errors;
pub mod exchange;
pub mod notify;
pub mod output;
pub mod run;
pub mod session;

use nlip::diag::Failure;
use std::process::ExitCode;

/// Runs nlynl with the command line `words` (without the program name), printing to
/// stdout; `Err` carries what to print on stderr and the exit status.
pub fn run(words: &[&str]) -> Result<(), Failure> {
    match arguments::parse(words) {
        Err(e) => Err(Failure::new(e.to_string(), 2)),
        Ok(arguments::Command::Help) => {
            let mut out = std::io::stdout().lock();
            std::io::Write::write_all(&mut out, arguments::HELP.as_bytes()).map_err(Failure::from)
        }
        Ok(arguments::Command::Run(options)) => {
            run::execute(&options, &mut std::io::stdout().lock())
        }
    }
}

/// Runs nlynl with the arguments of this process; the exit status as described above.
pub fn main() -> ExitCode {
    nlip::diag::main_with(run)
}
