//! The values of conditions as iproute2 and ss read them: C numbers (`strtol`,
//! `strtoul`, `sscanf("%i")`), ports and services, marks, devices, and addresses and
//! prefixes (`get_prefix_1`, the loose IPv4 form, `inet_aton`'s numbers).

use super::{Device, FilterError, HostAddr, HostCond, Resolver, ServiceAnswer, AF_UNIX};
use crate::rtnl::AddressFamily;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// C's `strtol`/`strtoul` digits with base 0 (`0x` hex, `0` octal), after optional blanks
/// and sign: the value (saturated), whether it overflowed, and the rest. `None` when there
/// is no digit.
fn c_number(s: &str) -> Option<(bool, u64, bool, &str)> {
    let t = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let hex = (t.starts_with("0x") || t.starts_with("0X"))
        && t.as_bytes().get(2).is_some_and(u8::is_ascii_hexdigit);
    let (radix, digits) = if hex {
        (16, &t[2..])
    } else if t.starts_with('0') {
        (8, t)
    } else {
        (10, t)
    };
    let end = digits
        .find(|c: char| !c.is_digit(radix))
        .unwrap_or(digits.len());
    if end == 0 {
        return None;
    }
    let mut v: u64 = 0;
    let mut over = false;
    for c in digits[..end].chars() {
        let d = u64::from(c.to_digit(radix).unwrap_or(0));
        match v
            .checked_mul(u64::from(radix))
            .and_then(|x| x.checked_add(d))
        {
            Some(x) => v = x,
            None => {
                over = true;
                v = u64::MAX;
            }
        }
    }
    Some((neg, v, over, &digits[end..]))
}

/// `strtol(s, &end, 0)` over the whole of `s` (iproute2's `get_integer`): an `int`.
fn c_int(s: &str) -> Option<i32> {
    let (neg, v, over, rest) = c_number(s)?;
    if over || !rest.is_empty() {
        return None;
    }
    let v = i64::try_from(v).ok()?;
    i32::try_from(if neg { -v } else { v }).ok()
}

/// `strtoul(s, &end, 0)` over the whole of `s`, at most `UINT_MAX` (iproute2's
/// `get_unsigned`).
fn c_uint(s: &str) -> Option<u32> {
    let (neg, v, over, rest) = c_number(s)?;
    if over || !rest.is_empty() || (neg && v != 0) {
        return None;
    }
    u32::try_from(v).ok()
}

/// sscanf's `%i` into an `int`: the value as stored (truncated to 32 bits) and the rest.
fn scan_i(s: &str) -> Option<(u32, &str)> {
    let (neg, v, over, rest) = c_number(s)?;
    let v = if over {
        i64::MAX
    } else {
        i64::try_from(v).unwrap_or(i64::MAX)
    };
    let v = if neg { v.wrapping_neg() } else { v };
    Some((v as u32, rest))
}

/// `fwmark` values: `%i/%i` or `%i` (mask all ones), trailing text ignored as sscanf does.
pub(super) fn parse_mark(w: &str) -> Option<(u32, u32)> {
    if w.contains('/') {
        let (value, rest) = scan_i(w)?;
        let (mask, _) = scan_i(rest.strip_prefix('/')?)?;
        Some((value, mask))
    } else {
        scan_i(w).map(|(v, _)| (v, u32::MAX))
    }
}

pub(super) fn parse_device(w: &str, r: &dyn Resolver) -> Option<Device> {
    match r.device(w) {
        Some(i) if i != 0 => Some(Device::Index(i)),
        _ => c_uint(w).map(Device::Index),
    }
}

/// A port after `:` (or a `sport`/`dport` value): a number (`-1` is any) or a service.
fn parse_port(p: &str, r: &dyn Resolver) -> Result<Option<i32>, FilterError> {
    if p.is_empty() || p.starts_with('*') {
        return Ok(None);
    }
    match c_int(p) {
        Some(-1) => Ok(None),
        Some(n) => Ok(Some(n)),
        None => match r.service(p) {
            ServiceAnswer::Port(n) => Ok(Some(i32::from(n))),
            ServiceAnswer::Ambiguous => Err(FilterError::AmbiguousPort(p.to_owned())),
            _ => Err(FilterError::Port(p.to_owned())),
        },
    }
}

/// ss's `parse_hostcond` for inet: `ADDR[/LEN][:PORT]`, `[ADDR]:PORT`, `*:PORT`, `:PORT`,
/// with an optional `inet:`/`inet6:` prefix; `is_port` reads the whole word as a port. A
/// `unix:` prefix (or the family `AF_UNIX`) makes the word a name pattern.
/// Returns the condition and the family it was read in.
pub(super) fn parse_hostcond(
    word: &str,
    is_port: bool,
    family: AddressFamily,
    r: &dyn Resolver,
) -> Result<(HostCond, AddressFamily), FilterError> {
    let mut fam = family;
    let mut w = word;
    if let Some(rest) = w.strip_prefix("inet:") {
        (fam, w) = (AddressFamily::Inet, rest);
    } else if let Some(rest) = w.strip_prefix("inet6:") {
        (fam, w) = (AddressFamily::Inet6, rest);
    } else if let Some(rest) = w.strip_prefix("unix:") {
        (fam, w) = (AddressFamily::from(AF_UNIX), rest);
    } else if ["link:", "netlink:", "vsock:"]
        .iter()
        .any(|p| w.starts_with(p))
    {
        // Packet, netlink and vsock conditions are not supported yet.
        return Err(FilterError::Address(None));
    }
    if fam == AddressFamily::from(AF_UNIX) {
        // The whole word is the pattern, ports and all.
        let cond = HostCond {
            addr: HostAddr::Unix(w.to_owned()),
            port: None,
        };
        return Ok((cond, fam));
    }
    let (addr, port): (&str, Option<&str>) = if let Some(rest) = w.strip_prefix('[') {
        let close = rest.find(']').ok_or(FilterError::Address(None))?;
        (&rest[..close], Some(&rest[close + 1..]))
    } else if let Some(rest) = w.strip_prefix('*') {
        ("*", Some(rest))
    } else {
        let from = w.find('/').unwrap_or(0);
        match w[from..].rfind(':') {
            Some(i) => (&w[..from + i], Some(&w[from + i..])),
            None => (w, None),
        }
    };
    // A port word is the whole word, or what the brackets hold (ss has cut there).
    let port = match (is_port, w.starts_with('[')) {
        (true, true) => Some(addr),
        (true, false) => Some(w),
        (false, _) => port,
    };
    let port = match port {
        Some(p) => parse_port(p.strip_prefix(':').unwrap_or(p), r)?,
        None => None,
    };
    let mut cond = HostCond {
        addr: HostAddr::Any,
        port,
    };
    if !is_port && !addr.is_empty() && !addr.starts_with('*') {
        // What iproute2 cannot read, ss asks the resolver (gethostbyname2), which reads
        // IPv4 numbers in inet_aton's forms itself; host names are not looked up here.
        cond.addr = parse_prefix(addr, fam)
            .or_else(|| host_number(addr, fam))
            .ok_or_else(|| FilterError::Address(Some(addr.to_owned())))?;
    }
    Ok((cond, fam))
}

/// iproute2's `get_prefix_1`: `ADDR[/LEN]` (`LEN` a number or a dotted mask), `any`,
/// `all`, `default`; IPv4 in the loose form (`10/8`, `0x0a.1.2.3`).
fn parse_prefix(s: &str, fam: AddressFamily) -> Option<HostAddr> {
    let (a, len) = match s.split_once('/') {
        Some((a, l)) => (a, Some(l)),
        None => (s, None),
    };
    if matches!(a, "default" | "any" | "all") {
        if len.is_some() {
            return None;
        }
        return Some(match fam {
            AddressFamily::Inet => HostAddr::Prefix {
                addr: IpAddr::V4(Ipv4Addr::UNSPECIFIED),
                len: 0,
            },
            AddressFamily::Inet6 => HostAddr::Prefix {
                addr: IpAddr::V6(Ipv6Addr::UNSPECIFIED),
                len: 0,
            },
            _ => HostAddr::Any,
        });
    }
    let addr = if a.contains(':') {
        if !matches!(fam, AddressFamily::Unspec | AddressFamily::Inet6) {
            return None;
        }
        IpAddr::V6(a.parse().ok()?)
    } else {
        if !matches!(fam, AddressFamily::Unspec | AddressFamily::Inet) {
            return None;
        }
        IpAddr::V4(loose_ipv4(a)?)
    };
    let bits: u8 = if addr.is_ipv4() { 32 } else { 128 };
    let len = match len {
        None => bits,
        Some(l) => {
            let n = c_uint(l).or_else(|| loose_ipv4(l).and_then(mask_bits))?;
            u8::try_from(n).ok().filter(|n| *n <= bits)?
        }
    };
    Some(HostAddr::Prefix { addr, len })
}

/// iproute2's `get_addr_ipv4`: up to four parts, each a C number up to 255; missing parts
/// are zero.
fn loose_ipv4(s: &str) -> Option<Ipv4Addr> {
    let mut out = [0u8; 4];
    let mut rest = s;
    for (i, o) in out.iter_mut().enumerate() {
        let (neg, v, over, tail) = c_number(rest)?;
        if over || (neg && v != 0) || v > 255 {
            return None;
        }
        *o = v as u8;
        if tail.is_empty() {
            break;
        }
        if i == 3 || !tail.starts_with('.') {
            return None;
        }
        rest = &tail[1..];
    }
    Some(Ipv4Addr::from(out))
}

/// The prefix length of a contiguous netmask.
fn mask_bits(m: Ipv4Addr) -> Option<u32> {
    let m = u32::from(m);
    let host = !m;
    (host & host.wrapping_add(1) == 0).then(|| m.leading_ones())
}

/// glibc's `gethostbyname2` on a name of digits and dots (not ending with a dot), for
/// IPv4: `inet_aton`'s forms (`a`, `a.b`, `a.b.c`, `a.b.c.d`, the last part filling the
/// remaining bytes; a leading 0 is octal), as a /32.
fn host_number(s: &str, fam: AddressFamily) -> Option<HostAddr> {
    if !matches!(fam, AddressFamily::Unspec | AddressFamily::Inet)
        || !s.starts_with(|c: char| c.is_ascii_digit())
        || s.ends_with('.')
        || !s.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    {
        return None;
    }
    let mut parts = Vec::new();
    for part in s.split('.') {
        let (neg, v, over, rest) = c_number(part)?;
        if neg || over || !rest.is_empty() || v > u64::from(u32::MAX) {
            return None;
        }
        parts.push(v as u32);
    }
    let (last, head) = parts.split_last()?;
    if head.len() > 3 || head.iter().any(|p| *p > 255) {
        return None;
    }
    let shift = 8 * (4 - head.len() as u32 - 1);
    if shift < 32 && u64::from(*last) >> (shift + 8) != 0 {
        return None;
    }
    let mut v = *last;
    for (i, p) in head.iter().enumerate() {
        v |= p << (24 - 8 * i as u32);
    }
    Some(HostAddr::Prefix {
        addr: IpAddr::V4(Ipv4Addr::from(v)),
        len: 32,
    })
}
