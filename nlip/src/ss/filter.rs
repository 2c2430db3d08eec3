//! The filter expression of `nlss` (`dport = :443 and src 10.0.0.0/8`, or `-F FILE`):
//! read with `nlkit::sock_diag::filter` as ss 6.1 reads it (its errors, usage and exit
//! codes), names resolved as ss resolves them (services through `/etc/services` for the
//! tables shown, devices through the link names, cgroup paths through the cgroup2
//! mount), compiled once for the kernel, and ss's own check on each socket.
//!
//! Where it applies is ss's: every inet request carries the program, and an inet socket
//! is shown when ss's own check also passes it (its check alone when there is no
//! program); unix sockets are checked here only (the kernel cannot test name patterns).

use crate::diag::Failure;
use nlkit::engine::Conn;
use nlkit::rtnl::AddressFamily;
use nlkit::sock_diag::filter::{self, Candidate, Expr, ParseOptions, Resolver, ServiceAnswer};
use nlkit::sock_diag::InetSocket;
use std::cell::RefCell;
use std::ops::RangeInclusive;

/// A parsed filter: the expression, its program for the kernel and ss's ephemeral range
/// (for `autobound`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SsFilter {
    /// The expression (`None`: no words, every socket passes).
    pub expr: Option<Expr>,
    /// The `INET_DIAG_REQ_BYTECODE` program (`None`: the kernel cannot test the
    /// expression, or there is none).
    pub bytecode: Option<Vec<u8>>,
    ephemeral: (u16, u16),
}

impl SsFilter {
    /// Reads the filter `words`, or the text of the `-F` file, as ss's `ssfilter_parse`
    /// does, with `preferred` the family `-4`/`-6`/`-f` chose (`Unspec` for none) and the
    /// service names of TCP and/or UDP (`tcp`, `udp`: the tables shown); with the family
    /// the expression names (`inet6:...`), `Unspec` when it names none.
    pub fn parse(
        words: &[String],
        file_text: Option<&str>,
        preferred: AddressFamily,
        (tcp, udp): (bool, bool),
    ) -> Result<(SsFilter, AddressFamily), Failure> {
        let resolver = SystemNames::new(tcp, udp);
        let options = ParseOptions {
            family: preferred,
            resolver: &resolver,
            keep_names: false,
        };
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let parsed = options
            .parse_with_file(&words, file_text)
            .map_err(failure)?;
        let bytecode = parsed
            .expr
            .as_ref()
            .map(filter::compile)
            .filter(|b| !b.is_empty());
        let filter = SsFilter {
            expr: parsed.expr,
            bytecode,
            ephemeral: ephemeral_range(),
        };
        Ok((filter, parsed.family.unwrap_or(AddressFamily::Unspec)))
    }

    /// ss's own check (`run_ssfilter`) on one socket's [`Candidate`].
    pub fn passes(&self, c: &Candidate) -> bool {
        let range: RangeInclusive<u16> = self.ephemeral.0..=self.ephemeral.1;
        self.expr
            .as_ref()
            .is_none_or(|e| e.matches_like_ss(c, range))
    }

    /// ss's own check on an inet socket (the kernel ran the program before).
    pub fn passes_inet(&self, s: &InetSocket) -> bool {
        self.expr.is_none() || self.passes(&Candidate::from(s))
    }
}

/// A filter error as ss reports it: its message (and the usage after a syntax error),
/// its exit status.
fn failure(e: filter::FilterError) -> Failure {
    let code = u8::try_from(e.exit_code() & 0xff).unwrap_or(255);
    if e.prints_usage() {
        Failure::new(
            format!("{e}\n{}", super::usage::USAGE.trim_end_matches('\n')),
            code,
        )
    } else {
        Failure::new(e.to_string(), code)
    }
}

/// ss's ephemeral ports, for `autobound` (the same range the port names skip).
fn ephemeral_range() -> (u16, u16) {
    let (lo, hi) = super::print::addr::ephemeral_ports();
    let clamp = |p: u32| u16::try_from(p).unwrap_or(u16::MAX);
    (clamp(lo), clamp(hi))
}

/// The names a filter may hold, as ss finds them.
struct SystemNames {
    services: filter::Services,
    links: RefCell<Option<(Conn, crate::names::Links)>>,
}

impl SystemNames {
    fn new(tcp: bool, udp: bool) -> SystemNames {
        SystemNames {
            services: filter::Services::system(tcp, udp),
            links: RefCell::new(None),
        }
    }
}

impl Resolver for SystemNames {
    fn service(&self, name: &str) -> ServiceAnswer {
        self.services.service(name)
    }

    fn device(&self, name: &str) -> Option<u32> {
        let mut links = self.links.borrow_mut();
        if links.is_none() {
            let conn = Conn::new(nlkit::sys::Protocol::Route).ok()?;
            *links = Some((conn, crate::names::Links::default()));
        }
        let (conn, links) = links.as_mut()?;
        links.index(conn, name)
    }

    /// iproute2's `get_cgroup2_id`: the path as it is, else under the cgroup2 mount (a
    /// cgroup's id is its directory's inode number).
    fn cgroup(&self, path: &str) -> Option<u64> {
        use std::os::unix::fs::MetadataExt;
        if let Ok(m) = std::fs::metadata(path) {
            return Some(m.ino());
        }
        let rel = path.trim_start_matches('/');
        if rel.is_empty() {
            crate::diag::warn("Invalid cgroup2 path");
            return None;
        }
        let Some(mount) = super::print::details::cgroup2_mount() else {
            crate::diag::warn("Failed to find cgroup2 mount");
            return None;
        };
        match std::fs::metadata(format!("{mount}/{rel}")) {
            Ok(m) => Some(m.ino()),
            Err(e) => {
                crate::diag::warn(&format!(
                    "Failed to get cgroup2 ID: {}",
                    crate::diag::os_text(&e)
                ));
                None
            }
        }
    }
}
