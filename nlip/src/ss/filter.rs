//! The filter expression of `nlss` (`dport = :443 and src 10.0.0.0/8`, or `-F FILE`):
//! read with `nlkit::sock_diag::filter` as ss 6.1 reads it (its errors, usage and exit
//! codes), names resolved as ss resolves them (services through `/etc/services` for the
//! tables shown, devices through the link names, cgroup paths through the cgroup2
//! mount), compiled once for the kernel, and ss's own check on each socket.
//!
//! Where it applies is ss's: every inet request carries the program, and an inet socket
//! is shown when ss's own check also passes it (its check alone when there is no
//! program); unix sockets are checked here only (the kernel cannot test name patterns).

use super::options::FilterFile;
use super::select::{Family, Selection};
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
    /// Reads the filter `words` and the `-F` file (after [`Selection::finish`]), as ss's
    /// `ssfilter_parse` does: a family named in the expression (`inet6:...`, or `-4`/`-6`)
    /// narrows `sel` to that family, keeping its states.
    pub fn parse(
        words: &[String],
        file: Option<&FilterFile>,
        sel: &mut Selection,
    ) -> Result<SsFilter, Failure> {
        let text = match file {
            None => None,
            Some(FilterFile::Text(t)) => Some(t.clone()),
            Some(FilterFile::Stdin) => {
                let mut t = Vec::new();
                std::io::Read::read_to_end(&mut std::io::stdin(), &mut t)?;
                Some(String::from_utf8_lossy(&t).into_owned())
            }
        };
        let resolver = SystemNames::new(sel);
        let options = ParseOptions {
            family: match sel.preferred {
                Some(Family::Inet) => AddressFamily::Inet,
                Some(Family::Inet6) => AddressFamily::Inet6,
                Some(Family::Unix) => AddressFamily::from(filter::AF_UNIX),
                _ => AddressFamily::Unspec,
            },
            resolver: &resolver,
            keep_names: false,
        };
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let parsed = options
            .parse_with_file(&words, text.as_deref())
            .map_err(failure)?;
        if let Some(family) = parsed.family.and_then(family_of) {
            let states = sel.states;
            sel.families = 0;
            sel.set_family(family);
            if states != 0 {
                sel.states = states;
            }
        }
        let bytecode = parsed
            .expr
            .as_ref()
            .map(filter::compile)
            .filter(|b| !b.is_empty());
        Ok(SsFilter {
            expr: parsed.expr,
            bytecode,
            ephemeral: ephemeral_range(),
        })
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

fn family_of(f: AddressFamily) -> Option<Family> {
    match f {
        AddressFamily::Inet => Some(Family::Inet),
        AddressFamily::Inet6 => Some(Family::Inet6),
        other if u8::from(other) == filter::AF_UNIX => Some(Family::Unix),
        _ => None,
    }
}

/// ss's ephemeral ports (`/proc/sys/net/ipv4/ip_local_port_range`, 1024-4999 when
/// unreadable).
// merge: ss/services.rs reads the same range for the port names; one reader would do.
fn ephemeral_range() -> (u16, u16) {
    let text =
        std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range").unwrap_or_default();
    let mut w = text.split_whitespace().map(str::parse::<u16>);
    match (w.next(), w.next()) {
        (Some(Ok(lo)), Some(Ok(hi))) if lo != 0 => (lo, hi),
        _ => (1024, 4999),
    }
}

/// The names a filter may hold, as ss finds them.
struct SystemNames {
    services: filter::Services,
    links: RefCell<Option<(Conn, crate::names::Links)>>,
}

impl SystemNames {
    fn new(sel: &Selection) -> SystemNames {
        use super::select::Db;
        SystemNames {
            services: filter::Services::system(sel.has_db(Db::Tcp), sel.has_db(Db::Udp)),
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
        let Some(mount) = cgroup2_mount() else {
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

/// The first cgroup2 mount point of `/proc/mounts`.
// merge: print/details.rs has the same reader (private there).
fn cgroup2_mount() -> Option<String> {
    let text = std::fs::read_to_string("/proc/mounts").ok()?;
    text.lines().find_map(|l| {
        let mut w = l.split_whitespace();
        let (_, path, fstype) = (w.next()?, w.next()?, w.next()?);
        (fstype == "cgroup2").then(|| path.to_owned())
    })
}
