//! What every command of `ip` gets: the connection, the device names, the global options.

use crate::diag::Failure;
use nlkit::engine::Conn;
use nlkit::rtnl::AddressFamily;
use nlkit::sys::{Netns, Protocol};
use std::io::{BufWriter, Stdout};

/// What every command gets: the connection, the device names, and the global options.
pub struct Context {
    /// The rtnetlink connection (in the `-n` namespace when given).
    pub conn: Conn,
    /// Device names by index.
    pub links: crate::names::Links,
    /// `-j`.
    pub json: bool,
    /// `-p`.
    pub pretty: bool,
    /// `-d` (how many times).
    pub details: bool,
    /// `-s` (how many times).
    pub stats: u32,
    /// `-4`, `-6`, `-f`.
    pub family: Option<u8>,
    /// The `-n` namespace, to open more connections in it.
    pub netns: Option<Netns>,
    /// The `-n` namespace's name (for what must enter it, such as `tuntap show`'s sysfs).
    pub netns_name: Option<String>,
    /// `-o`: one line per record (line breaks printed as `\\`).
    pub oneline: bool,
    /// `-c`.
    pub color: bool,
    /// `-br`: the brief table.
    pub brief: bool,
    /// `-echo`: changes are sent with `NLM_F_ECHO` and the kernel's echo is printed.
    pub echo: bool,
    /// `-h`: counters with unit prefixes.
    pub human: bool,
    /// `-iec`: with `-h`, powers of 1024 (`Ki`, `Mi`, ...).
    pub iec: bool,
    /// `-t` (1: `Timestamp:` lines) or `-ts` (2: a short timestamp before each event).
    pub timestamp: u8,
    /// `-rcvbuf SIZE`: the receive buffer of `monitor`.
    pub rcvbuf: Option<u32>,
    /// A dump of this command stayed interrupted after its retries (warned at the end).
    pub interrupted: bool,
    /// In a `-batch`, the rest of its input: a command that reads a line of its own
    /// (`sr hmac set`'s secret, without a terminal) takes the next line from there, as ip's
    /// getpass reads its stdin, which ip's batch has reopened on the file.
    pub input: Option<Box<dyn std::io::BufRead>>,
}

impl Context {
    /// Another rtnetlink connection in the same namespace (e.g. for deletes while dumping).
    pub fn new_conn(&self) -> Result<Conn, Failure> {
        match &self.netns {
            None => Conn::new(Protocol::Route),
            Some(ns) => Conn::new_in(ns, Protocol::Route),
        }
        .map_err(|e| Failure::failed(format!("Cannot open netlink socket: {e}")))
    }

    /// A generic netlink connection in the same namespace (for the objects that are
    /// generic netlink families underneath: `sr`, `ioam`, ...).
    pub fn genl_conn(&self) -> Result<Conn, Failure> {
        match &self.netns {
            None => Conn::new(Protocol::Generic),
            Some(ns) => Conn::new_in(ns, Protocol::Generic),
        }
        .map_err(|e| Failure::failed(format!("Cannot open generic netlink socket: {e}")))
    }

    /// The family option (`-4`, `-6`, `-f`), typed.
    pub fn address_family(&self) -> Option<AddressFamily> {
        self.family.map(AddressFamily::from)
    }

    /// The output sink for stdout.
    pub fn sink(&self) -> crate::render::Sink<BufWriter<Stdout>> {
        let out = BufWriter::with_capacity(64 * 1024, std::io::stdout());
        let mut sink = crate::render::Sink::new(out, self.json, self.pretty);
        sink.set_oneline(self.oneline).set_color(self.color);
        sink
    }
}
