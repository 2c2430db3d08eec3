//! The filter in user space: what the kernel's program decides for one socket
//! (`inet_diag_bc_run`), for the sockets the kernel cannot filter and as the reference.

use super::{Bound, Cgroup, Device, Expr, HostAddr, HostCond, Side};
use crate::rtnl::AddressFamily;
use crate::sock_diag::inet::InetSocket;
use crate::sock_diag::unix::UnixSocket;
use std::net::IpAddr;
use std::ops::RangeInclusive;

/// What a filter looks at in one socket (an [`InetSocket`] or a [`UnixSocket`] converts
/// into it with `Candidate::from`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Candidate {
    /// The socket's family (`AF_INET`, `AF_INET6`, ...).
    pub family: AddressFamily,
    /// The local address.
    pub local: IpAddr,
    /// The local port.
    pub local_port: u16,
    /// The remote address.
    pub remote: IpAddr,
    /// The remote port.
    pub remote_port: u16,
    /// The interface the socket is bound to (0: none).
    pub interface: u32,
    /// The socket mark (`SO_MARK`).
    pub mark: u32,
    /// The cgroup v2 id.
    pub cgroup_id: u64,
    /// Whether the socket did not bind its port itself (the kernel's test: no
    /// `SOCK_BINDPORT_LOCK`; true for connected clients and for accepted sockets, false for
    /// a listener). `None`: unknown, and `autobound` does not match.
    pub autobound: Option<bool>,
    /// A unix socket's name (`None`: unnamed), for [`HostAddr::Unix`] patterns.
    pub local_name: Option<String>,
    /// A unix socket's peer's name (`None`: unnamed or no peer). ss 6.1 reading unix_diag
    /// leaves it unset, so its `dst PATTERN` sees an empty name; keep it `None` to match.
    pub remote_name: Option<String>,
}

impl From<&InetSocket> for Candidate {
    /// The addresses, ports, device, mark and cgroup the kernel reported (a mark or
    /// cgroup it did not send is 0); `autobound` is unknown (the kernel does not report
    /// `SOCK_BINDPORT_LOCK`).
    fn from(s: &InetSocket) -> Candidate {
        Candidate {
            family: s.family,
            local: s.local.address,
            local_port: s.local.port,
            remote: s.remote.address,
            remote_port: s.remote.port,
            interface: s.interface,
            mark: s.mark.unwrap_or(0),
            cgroup_id: s.cgroup_id.unwrap_or(0),
            autobound: None,
            local_name: None,
            remote_name: None,
        }
    }
}

impl From<&UnixSocket> for Candidate {
    /// The socket's name as ss prints it ([`UnixSocket::display_name`]) and no peer name,
    /// as ss 6.1 reads unix_diag; the addresses are unspecified and the ports 0.
    fn from(s: &UnixSocket) -> Candidate {
        let none = IpAddr::from([0u8; 4]);
        Candidate {
            family: AddressFamily::from(super::AF_UNIX),
            local: none,
            local_port: 0,
            remote: none,
            remote_port: 0,
            interface: 0,
            mark: 0,
            cgroup_id: 0,
            autobound: None,
            local_name: s.display_name(),
            remote_name: None,
        }
    }
}

impl Expr {
    /// True when the socket passes the filter: what the kernel decides with the program of
    /// [`compile`](super::compile) (or [`compile_with_devices`](super::compile_with_devices)
    /// for `dev`). Addresses compare by family as the kernel does (an IPv4 condition also
    /// matches an IPv4-mapped IPv6 socket); port comparisons use the port truncated to 16
    /// bits; an unresolved device name or cgroup path matches nothing.
    pub fn matches(&self, c: &Candidate) -> bool {
        match self {
            Expr::And(a, b) => a.matches(c) && b.matches(c),
            Expr::Or(a, b) => a.matches(c) || b.matches(c),
            Expr::Not(a) => !a.matches(c),
            Expr::Host(side, cond) => host_matches(*side, cond, c),
            Expr::Port(side, bound, port) => {
                let have = match side {
                    Side::Source => c.local_port,
                    Side::Destination => c.remote_port,
                };
                let want = *port as u16;
                match bound {
                    Bound::AtLeast => have >= want,
                    Bound::AtMost => have <= want,
                }
            }
            Expr::Autobound => c.autobound == Some(true),
            Expr::Device(Device::Index(i)) => c.interface == *i,
            Expr::Device(Device::Name(_)) => false,
            Expr::Mark { value, mask } => c.mark & mask == *value,
            Expr::Cgroup(Cgroup::Id(id)) => c.cgroup_id == *id,
            Expr::Cgroup(Cgroup::Path(_)) => false,
        }
    }
}

impl Expr {
    /// True when ss 6.1's own check (`run_ssfilter`, which ss applies to every socket it
    /// reads, after the kernel's program when there was one) passes the socket. It differs
    /// from [`matches`](Self::matches): an address condition compares the address bits
    /// whatever the families (`src 0.0.0.0/0` passes IPv6 sockets, an IPv4 prefix passes an
    /// IPv6 address with the same first bits, and an IPv4-mapped one), port comparisons use
    /// the whole `int`, and `autobound` means a local port in `ephemeral` (ss reads
    /// `ip_local_port_range`, or takes 1024-4999). So ss shows an inet socket when both
    /// checks pass, or this one alone when [`compile`](super::compile) gave no program.
    pub fn matches_like_ss(&self, c: &Candidate, ephemeral: RangeInclusive<u16>) -> bool {
        match self {
            Expr::And(a, b) => {
                a.matches_like_ss(c, ephemeral.clone()) && b.matches_like_ss(c, ephemeral)
            }
            Expr::Or(a, b) => {
                a.matches_like_ss(c, ephemeral.clone()) || b.matches_like_ss(c, ephemeral)
            }
            Expr::Not(a) => !a.matches_like_ss(c, ephemeral),
            Expr::Host(
                side,
                HostCond {
                    addr: HostAddr::Unix(pattern),
                    ..
                },
            ) => unix_matches(*side, pattern, c),
            Expr::Host(side, cond) => {
                let (addr, port) = match side {
                    Side::Source => (c.local, c.local_port),
                    Side::Destination => (c.remote, c.remote_port),
                };
                if cond.port.is_some_and(|p| p != i32::from(port)) {
                    return false;
                }
                match cond.addr {
                    HostAddr::Prefix { addr: want, len } if len > 0 => {
                        ss_prefix_match(&addr, &want, len)
                    }
                    _ => true,
                }
            }
            Expr::Port(side, bound, want) => {
                let have = i32::from(match side {
                    Side::Source => c.local_port,
                    Side::Destination => c.remote_port,
                });
                match bound {
                    Bound::AtLeast => have >= *want,
                    Bound::AtMost => have <= *want,
                }
            }
            Expr::Autobound if c.family == AddressFamily::from(super::AF_UNIX) => {
                // An unnamed socket, or one the kernel named (`@` and 5 hex digits).
                c.local_name.as_deref().is_none_or(|n| {
                    n.len() == 6
                        && n.starts_with('@')
                        && n[1..]
                            .bytes()
                            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
                })
            }
            Expr::Autobound => ephemeral.contains(&c.local_port),
            other => other.matches(c),
        }
    }
}

/// ss's `inet2_addr_match`: the first `len` bits of the two addresses (each zero-padded
/// to 16 bytes), or for an IPv4 condition on an IPv4-mapped address, its last 4 bytes.
fn ss_prefix_match(have: &IpAddr, want: &IpAddr, len: u8) -> bool {
    let wide = |a: &IpAddr| {
        let mut b = [0u8; 16];
        let o = octets(a);
        b[..o.len()].copy_from_slice(&o);
        b
    };
    let (h, w) = (wide(have), wide(want));
    if prefix_match(&h, &w, len) {
        return true;
    }
    match (have, want) {
        (IpAddr::V6(h6), IpAddr::V4(_)) if h6.to_ipv4_mapped().is_some() => {
            let mut t = h;
            t.copy_within(12..16, 0);
            prefix_match(&t, &w, len)
        }
        _ => false,
    }
}

fn host_matches(side: Side, cond: &HostCond, c: &Candidate) -> bool {
    if let HostAddr::Unix(pattern) = &cond.addr {
        return unix_matches(side, pattern, c);
    }
    let (addr, port) = match side {
        Side::Source => (c.local, c.local_port),
        Side::Destination => (c.remote, c.remote_port),
    };
    if cond.port.is_some_and(|p| p != i32::from(port)) {
        return false;
    }
    let (want, len) = match &cond.addr {
        HostAddr::Prefix { addr, len } => (*addr, *len),
        _ => return true,
    };
    let want_family = AddressFamily::of(&want);
    let have = octets(&addr);
    let want = octets(&want);
    if want_family != c.family {
        // An IPv4 condition matches an IPv4-mapped address of an IPv6 socket.
        return c.family == AddressFamily::Inet6
            && want_family == AddressFamily::Inet
            && have.len() == 16
            && have[..12] == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff]
            && prefix_match(&have[12..], &want, len);
    }
    len == 0 || prefix_match(&have, &want, len)
}

fn octets(a: &IpAddr) -> Vec<u8> {
    match a {
        IpAddr::V4(a) => a.octets().to_vec(),
        IpAddr::V6(a) => a.octets().to_vec(),
    }
}

/// The first `bits` bits of `a` and `b` are equal (false when either is shorter).
pub(crate) fn prefix_match(a: &[u8], b: &[u8], bits: u8) -> bool {
    let whole = usize::from(bits / 8);
    let rest = bits % 8;
    let need = whole + usize::from(rest != 0);
    if a.len() < need || b.len() < need {
        return false;
    }
    if a[..whole] != b[..whole] {
        return false;
    }
    if rest == 0 {
        return true;
    }
    let mask = 0xffu8 << (8 - rest);
    (a[whole] ^ b[whole]) & mask == 0
}

fn unix_matches(side: Side, pattern: &str, c: &Candidate) -> bool {
    let name = match side {
        Side::Source => &c.local_name,
        Side::Destination => &c.remote_name,
    };
    fnmatch(pattern, name.as_deref().unwrap_or(""))
}

/// fnmatch(3) with `FNM_CASEFOLD` and no other flag (as ss matches unix names): `*` any
/// run of characters (`/` included), `?` one, `[...]` a set (`!` or `^` negates, ranges,
/// `]` first is literal), `\` quotes the next character.
fn fnmatch(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().flat_map(char::to_lowercase).collect();
    let t: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    let (mut pi, mut ti) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if p.get(pi) == Some(&'*') {
            pi += 1;
            star = Some((pi, ti));
            continue;
        }
        if let Some((ok, next)) = one(&p, pi, t[ti]) {
            if ok {
                pi = next;
                ti += 1;
                continue;
            }
        }
        match star {
            Some((sp, st)) => {
                pi = sp;
                ti = st + 1;
                star = Some((sp, st + 1));
            }
            None => return false,
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

/// Whether the pattern element at `pi` matches `c`, and where the next element starts
/// (`None` at the end of the pattern).
fn one(p: &[char], pi: usize, c: char) -> Option<(bool, usize)> {
    match *p.get(pi)? {
        '?' => Some((true, pi + 1)),
        '\\' if pi + 1 < p.len() => Some((p[pi + 1] == c, pi + 2)),
        '[' => Some(set(p, pi, c).unwrap_or((c == '[', pi + 1))),
        x => Some((x == c, pi + 1)),
    }
}

/// A `[...]` set at `pi`: whether `c` is in it and where it ends (`None`: no closing `]`,
/// so the `[` is literal).
fn set(p: &[char], pi: usize, c: char) -> Option<(bool, usize)> {
    let mut i = pi + 1;
    let negate = matches!(p.get(i), Some('!' | '^'));
    if negate {
        i += 1;
    }
    let mut found = false;
    let mut first = true;
    loop {
        let x = *p.get(i)?;
        if x == ']' && !first {
            return Some((found != negate, i + 1));
        }
        first = false;
        let x = if x == '\\' {
            i += 1;
            *p.get(i)?
        } else {
            x
        };
        if p.get(i + 1) == Some(&'-') && p.get(i + 2).is_some_and(|e| *e != ']') {
            let hi = p[i + 2];
            found |= x <= c && c <= hi;
            i += 3;
        } else {
            found |= x == c;
            i += 1;
        }
    }
}
