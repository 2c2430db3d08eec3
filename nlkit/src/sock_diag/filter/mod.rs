//! `ss`'s filter language: the state words, the expression (`dport = :443 and src
//! 10.0.0.0/8`), its `INET_DIAG_REQ_BYTECODE` program and the same test in user space.
//!
//! Everything here is pure (only [`Services::system`] reads a file). [`Expr::parse`] reads
//! the words after `ss`'s options the way ss 6.1 does (its tokenizer, grammar, error texts
//! and exit codes; [`ParseOptions`] for `-4`/`-6`/`-x` and `-F FILE`); names that need the
//! system (services, devices, cgroup paths) go through a [`Resolver`]: numbers always
//! work, a device or cgroup the resolver does not answer stays a name in the tree
//! ([`Device::Name`], [`Cgroup::Path`]) for the caller to [`Expr::resolve`].
//! [`parse_states`] reads the `state NAME` / `exclude NAME` words ss takes before the
//! expression.
//!
//! [`compile`] produces the bytes ss 6.1 sends for the tree (the same program in every
//! family's request). [`Expr::matches`] decides for one [`Candidate`] what that program
//! decides in the kernel; [`Expr::matches_like_ss`] is ss's own check, which ss applies
//! to every socket it reads (inet sockets after the kernel's program; unix sockets, whose
//! name patterns the kernel cannot test, with it alone).
//!
//! ```
//! use nlkit::sock_diag::filter::{compile, Expr};
//! let expr = Expr::parse(&["dport = :443", "or", "src", "10.0.0.0/8"]).unwrap().unwrap();
//! assert_eq!(compile(&expr).len(), 36);
//! assert_eq!(
//!     Expr::parse(&["sport", ">"]).unwrap_err().to_string(),
//!     "ss: bison bellows (while parsing filter): \"syntax error!\" Sorry."
//! );
//! ```
//!
//! The whole path, as `ss -t dport = :443` takes it: the state words, the expression,
//! its program in the request (the kernel filters), then ss's own check on each socket
//! (which decides alone when there is no program):
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::AddressFamily;
//! use nlkit::sock_diag::filter::{compile, parse_states, Candidate, ParseOptions, STATES_DEFAULT};
//! use nlkit::sock_diag::{self, InetProtocol, InetRequest, StateSet};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let words = ["state", "established", "dport", "=", ":443"];
//! let (states, used) = parse_states(&words, StateSet::EMPTY)?;
//! let states = if states.is_empty() { STATES_DEFAULT } else { states };
//! let expr = ParseOptions::default().parse(&words[used..])?.expr;
//! let program = expr.as_ref().map(compile).filter(|p| !p.is_empty());
//! let mut conn = Conn::new(nlkit::sys::Protocol::SockDiag)?;
//! let request = InetRequest {
//!     bytecode: program,
//!     ..InetRequest::new(AddressFamily::Inet, InetProtocol::Tcp, states)
//! };
//! for socket in sock_diag::dump(&mut conn, &request)? {
//!     let socket = socket?;
//!     let candidate = Candidate::from(&socket);
//!     if expr.as_ref().is_none_or(|e| e.matches_like_ss(&candidate, 32768..=60999)) {
//!         println!("{:?} -> {:?}", socket.local, socket.remote);
//!     }
//! }
//! # Ok(()) }
//! ```

mod bytecode;
mod eval;
#[cfg(test)]
mod kernel_tests;
mod parse;
#[cfg(test)]
mod tests;
mod value;

pub use bytecode::{compile, compile_with_devices, INET_DIAG_REQ_BYTECODE};
pub use eval::Candidate;
pub use parse::{
    parse_states, read_file_words, scan_state, ParseOptions, Parsed, MAX_CONDITIONS, MAX_NESTING,
    STATES_ALL, STATES_DEFAULT,
};

use crate::rtnl::AddressFamily;
use std::fmt;
use std::net::IpAddr;

/// `AF_UNIX` (linux/socket.h), which [`AddressFamily`] has no name for.
pub const AF_UNIX: u8 = 1;

/// A filter expression, shaped as ss 6.1 builds it: `dport > :X` is `Not(Port { AtMost })`,
/// `sport != :X` is `Not(Host)`, `a b` is `And(a, b)`; operators are left-associative
/// with no precedence between `and` and `or` (`a or b and c` is `(a or b) and c`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Expr {
    /// Both (`and`, `&`, `&&`, or two expressions side by side).
    And(Box<Expr>, Box<Expr>),
    /// Either (`or`, `|`, `||`).
    Or(Box<Expr>, Box<Expr>),
    /// Not (`not`, `!`).
    Not(Box<Expr>),
    /// `src`/`dst ADDR[/LEN][:PORT]`, `sport`/`dport = :PORT` (`INET_DIAG_BC_S_COND` /
    /// `D_COND`).
    Host(Side, HostCond),
    /// `sport`/`dport >= :PORT` or `<= :PORT` (`INET_DIAG_BC_S_GE` ... `D_LE`).
    Port(Side, Bound, i32),
    /// `autobound`: the local port was chosen by the kernel (`INET_DIAG_BC_AUTO`).
    Autobound,
    /// `dev = NAME|INDEX` (ss 6.1 compiles no bytecode for it: user space only).
    Device(Device),
    /// `fwmark = VALUE[/MASK]`: `mark & mask == value` (`INET_DIAG_BC_MARK_COND`).
    Mark {
        /// The value.
        value: u32,
        /// The mask (`0xffffffff` when none is given).
        mask: u32,
    },
    /// `cgroup = PATH` (`INET_DIAG_BC_CGROUP_COND`).
    Cgroup(Cgroup),
}

/// Which end of the socket a condition tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The local end (`src`, `sport`).
    Source,
    /// The remote end (`dst`, `dport`).
    Destination,
}

/// The direction of a port comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bound {
    /// `port >= value`.
    AtLeast,
    /// `port <= value`.
    AtMost,
}

/// An address and port condition (`struct inet_diag_hostcond`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct HostCond {
    /// The address part.
    pub addr: HostAddr,
    /// The port (`None`: any, written `*`, omitted, or `-1`). ss reads it as a C `int`,
    /// so values above 65535 are kept (and never match).
    pub port: Option<i32>,
}

/// The address part of a [`HostCond`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HostAddr {
    /// Any address of any family (`*`, nothing, or `any`/`all`/`default` without `-4`/`-6`).
    Any,
    /// An address and prefix length (`10.0.0.0/8`, `[::1]`, `any` under `-6` is `::/0`).
    Prefix {
        /// The address.
        addr: IpAddr,
        /// The prefix length in bits.
        len: u8,
    },
    /// A unix socket name pattern (`unix:PATTERN`, or any address read with the family
    /// `AF_UNIX`, as under `ss -x`): shell wildcards (`*`, `?`, `[...]`), ignoring case.
    /// The kernel cannot test it: [`compile`] gives no program for it.
    Unix(String),
}

impl HostAddr {
    /// The address family the kernel compares with (`AF_UNSPEC` for [`HostAddr::Any`]).
    pub fn family(&self) -> AddressFamily {
        match self {
            HostAddr::Any => AddressFamily::Unspec,
            HostAddr::Prefix { addr, .. } => AddressFamily::of(addr),
            HostAddr::Unix(_) => AddressFamily::from(AF_UNIX),
        }
    }
}

/// The device of `dev = ...`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Device {
    /// An interface index (a number, or a name the resolver answered).
    Index(u32),
    /// A name not resolved yet (see [`Expr::resolve`]); it matches no socket.
    Name(String),
}

/// The cgroup of `cgroup = ...`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Cgroup {
    /// A cgroup v2 id.
    Id(u64),
    /// A path not resolved yet (see [`Expr::resolve`]): it matches no socket and makes
    /// [`compile`] give up (user space only).
    Path(String),
}

/// The answer of [`Resolver::service`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceAnswer {
    /// The name is not a service.
    Unknown,
    /// The service's port.
    Port(u16),
    /// TCP and UDP give different ports (`Error: ambiguous port "NAME".`).
    Ambiguous,
}

/// What the parser asks the system: service names, device names, cgroup paths. Every
/// method has a default that knows nothing, so numeric filters need no resolver.
pub trait Resolver {
    /// The port of the service `name` (ss: `getservbyname` for the tables shown).
    fn service(&self, _name: &str) -> ServiceAnswer {
        ServiceAnswer::Unknown
    }
    /// The index of the device `name`.
    fn device(&self, _name: &str) -> Option<u32> {
        None
    }
    /// The cgroup v2 id of `path`.
    fn cgroup(&self, _path: &str) -> Option<u64> {
        None
    }
}

/// The resolver that knows no names (numbers only).
#[derive(Debug, Clone, Copy, Default)]
pub struct Numeric;

impl Resolver for Numeric {}

/// The services of an `/etc/services` file, both ways: a name's port for the filter
/// (for the protocols given) and a port's name for a printer ([`Services::name_of`]).
#[derive(Debug, Clone, Default)]
pub struct Services {
    entries: Vec<ServiceEntry>,
    tcp: bool,
    udp: bool,
}

/// One line of a services file: `NAME PORT/PROTO ALIAS...`.
#[derive(Debug, Clone)]
struct ServiceEntry {
    port: u16,
    proto: String,
    /// The name, then the aliases.
    names: Vec<String>,
}

impl Services {
    /// Reads `text` (the format of services(5)); `tcp` and `udp` say which protocols'
    /// entries count when a name is resolved (ss: the socket tables shown).
    pub fn parse(text: &str, tcp: bool, udp: bool) -> Services {
        let mut entries = Vec::new();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("");
            let mut words = line.split_whitespace();
            let (Some(name), Some(pp)) = (words.next(), words.next()) else {
                continue;
            };
            let Some((port, proto)) = pp.split_once('/') else {
                continue;
            };
            let Ok(port) = port.parse::<u16>() else {
                continue;
            };
            entries.push(ServiceEntry {
                port,
                proto: proto.to_owned(),
                names: std::iter::once(name)
                    .chain(words)
                    .map(str::to_owned)
                    .collect(),
            });
        }
        Services { entries, tcp, udp }
    }

    /// Reads `/etc/services` (an unreadable file knows no names; bytes that are not
    /// UTF-8 are replaced).
    pub fn system(tcp: bool, udp: bool) -> Services {
        let text = std::fs::read("/etc/services").unwrap_or_default();
        Services::parse(&String::from_utf8_lossy(&text), tcp, udp)
    }

    fn lookup(&self, name: &str, proto: &str) -> Option<u16> {
        self.entries
            .iter()
            .find(|e| e.proto == proto && e.names.iter().any(|n| n == name))
            .map(|e| e.port)
    }

    /// The name of `port` (the first line's for it, not an alias) for `proto` (`tcp`,
    /// `udp`), or for any protocol when `proto` is `None`; what ss's printer shows.
    pub fn name_of(&self, port: u16, proto: Option<&str>) -> Option<&str> {
        self.entries
            .iter()
            .find(|e| e.port == port && proto.is_none_or(|p| p == e.proto))
            .and_then(|e| e.names.first())
            .map(String::as_str)
    }
}

impl Resolver for Services {
    fn service(&self, name: &str) -> ServiceAnswer {
        let udp = if self.udp {
            self.lookup(name, "udp")
        } else {
            None
        };
        let tcp = if self.tcp {
            self.lookup(name, "tcp")
        } else {
            None
        };
        match (udp, tcp) {
            (Some(u), Some(t)) if u != t => ServiceAnswer::Ambiguous,
            (Some(p), _) | (None, Some(p)) => ServiceAnswer::Port(p),
            (None, None) => ServiceAnswer::Unknown,
        }
    }
}

/// Why a filter was refused, with ss 6.1's words ([`Display`](fmt::Display) is what ss
/// prints on stderr, without the final newline) and exit status ([`exit_code`](Self::exit_code)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterError {
    /// The grammar refused the words (ss then prints its usage text and exits 255).
    Syntax,
    /// An address or prefix ss could not read; `Some(word)` adds ss's first line
    /// (`Error: an inet prefix is expected rather than "WORD".`).
    Address(Option<String>),
    /// A port that is not a number nor a known service.
    Port(String),
    /// A service name with different TCP and UDP ports.
    AmbiguousPort(String),
    /// `dev = WORD`: neither a device nor a number.
    Device,
    /// `fwmark = WORD` unreadable.
    Mark(String),
    /// `cgroup = PATH` with no cgroup id.
    Cgroup(String),
    /// `state WORD`: no such state.
    StateName(String),
    /// `state` or `exclude` as the last word.
    Incomplete,
    /// A filter file's line of 1023 bytes or more.
    LineTooLong,
    /// More than [`MAX_NESTING`] levels of `(` and `!`, or more than [`MAX_CONDITIONS`]
    /// conditions. It reads as ss's error when its parser stack is full ("memory
    /// exhausted", from about 10000 levels); nlkit's limits are lower.
    TooComplex,
}

impl FilterError {
    /// The exit status ss ends with.
    pub fn exit_code(&self) -> i32 {
        match self {
            FilterError::Syntax
            | FilterError::TooComplex
            | FilterError::StateName(_)
            | FilterError::Incomplete
            | FilterError::LineTooLong => 255,
            _ => 1,
        }
    }

    /// True when ss prints its usage text after the message.
    pub fn prints_usage(&self) -> bool {
        matches!(self, FilterError::Syntax | FilterError::TooComplex)
    }
}

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const ADDR: &str = "Cannot parse dst/src address.";
        match self {
            FilterError::Syntax => {
                f.write_str("ss: bison bellows (while parsing filter): \"syntax error!\" Sorry.")
            }
            FilterError::Address(None) => f.write_str(ADDR),
            FilterError::Address(Some(w)) => write!(
                f,
                "Error: an inet prefix is expected rather than \"{w}\".\n{ADDR}"
            ),
            FilterError::Port(w) => write!(f, "Error: \"{w}\" does not look like a port.\n{ADDR}"),
            FilterError::AmbiguousPort(w) => write!(f, "Error: ambiguous port \"{w}\".\n{ADDR}"),
            FilterError::Device => f.write_str("Cannot parse device."),
            FilterError::Mark(w) => write!(f, "Cannot parse mark {w}."),
            FilterError::Cgroup(w) => write!(f, "Cannot parse cgroup {w}."),
            FilterError::StateName(w) => write!(f, "ss: wrong state name: {w}"),
            FilterError::Incomplete => {
                f.write_str("Command line is not complete. Try option \"help\"")
            }
            FilterError::LineTooLong => f.write_str("Too long line in filter"),
            FilterError::TooComplex => f.write_str(
                "ss: bison bellows (while parsing filter): \"memory exhausted!\" Sorry.",
            ),
        }
    }
}

impl std::error::Error for FilterError {}

impl Expr {
    /// Parses the words of a filter expression (after the state words, see
    /// [`parse_states`]) as ss 6.1 does, with numbers only and no `-4`/`-6`; `Ok(None)`
    /// when there is no expression. See [`ParseOptions`] for the rest.
    pub fn parse(words: &[&str]) -> Result<Option<Expr>, FilterError> {
        ParseOptions::default().parse(words).map(|p| p.expr)
    }

    /// Replaces device names and cgroup paths with what `resolver` answers; a name it
    /// does not answer is an error with ss's words. (A device name that reads as a number
    /// is taken as an index, as ss does when no device has that name.)
    pub fn resolve(&mut self, resolver: &dyn Resolver) -> Result<(), FilterError> {
        match self {
            Expr::And(a, b) | Expr::Or(a, b) => {
                a.resolve(resolver)?;
                b.resolve(resolver)
            }
            Expr::Not(a) => a.resolve(resolver),
            Expr::Device(d) => {
                if let Device::Name(n) = d {
                    *d = Device::Index(resolver.device(n).ok_or(FilterError::Device)?);
                }
                Ok(())
            }
            Expr::Cgroup(c) => {
                if let Cgroup::Path(p) = c {
                    let id = resolver
                        .cgroup(p)
                        .ok_or_else(|| FilterError::Cgroup(p.clone()))?;
                    *c = Cgroup::Id(id);
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }
}
