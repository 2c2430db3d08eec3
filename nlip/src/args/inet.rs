//! Addresses as iproute2 reads them for neighbours, rules and nexthops: IPv4 in its loose
//! form (one to four parts, each a C number in any base, missing parts zero: `10` is
//! 10.0.0.0, `0x80` 128.0.0.0), IPv6 as usual; strict addresses and prefixes as ip's
//! `get_addr` and `get_prefix` read them for routes and addresses. Errors are ip's.

use crate::diag::Failure;
use nlkit::rtnl::AddressFamily;
use std::net::{IpAddr, Ipv4Addr};

/// One part of a loose IPv4 address: what C's `strtoul` with base 0 reads from the whole
/// part (leading blanks allowed), at most 255.
fn part(p: &str) -> Option<u8> {
    crate::args::c_number(p.trim_start()).and_then(|n| u8::try_from(n).ok())
}

/// A loose IPv4 address, as ip reads one for neighbours, rules and nexthops: one to four
/// parts separated by dots, each a C number in any base (`strtoul` with base 0, leading
/// blanks allowed) of at most 255, the missing parts zero (`10` is 10.0.0.0, `0x80`
/// 128.0.0.0, `10.1` 10.1.0.0). `None` when `v` is not one.
pub(crate) fn ipv4(v: &str) -> Option<Ipv4Addr> {
    let mut octets = [0u8; 4];
    for (n, p) in v.split('.').enumerate() {
        *octets.get_mut(n)? = part(p)?;
    }
    Some(Ipv4Addr::from(octets))
}

/// An address of `family` (an `AF_*` number, when known), IPv4 read loosely.
pub(crate) fn address(v: &str, family: Option<u8>) -> Result<IpAddr, Failure> {
    if family.map(AddressFamily::from) != Some(AddressFamily::Inet6) && !v.contains(':') {
        if let Some(a) = ipv4(v) {
            return Ok(IpAddr::V4(a));
        }
    }
    parse_address(v, family)
}

/// `default`, `all`, `any`, `ADDR` or `ADDR/LEN` with IPv4 read loosely: (address,
/// length, family), or ip's error.
pub(crate) fn prefix(
    v: &str,
    family: Option<u8>,
) -> Result<(Option<IpAddr>, u8, Option<u8>), Failure> {
    if v == "default" || v == "all" || v == "any" {
        return Ok((None, 0, family));
    }
    let bad = || bad_prefix(v, family);
    let (a, len) = match v.split_once('/') {
        Some((a, l)) => (a, Some(l)),
        None => (v, None),
    };
    let addr = address(a, family).map_err(|_| bad())?;
    let fam = AddressFamily::of(&addr);
    let max = fam.address_bits().unwrap_or(32);
    let len = match len {
        Some(l) => l.parse::<u8>().ok().filter(|&l| l <= max).ok_or_else(bad)?,
        None => max,
    };
    Ok((Some(addr), len, Some(fam.into())))
}

/// Parses an address of `family` (when known) as ip's `get_addr` does.
pub(crate) fn parse_address(v: &str, family: Option<u8>) -> Result<IpAddr, Failure> {
    let family = family.map(AddressFamily::from);
    let what = match family {
        Some(AddressFamily::Inet6) => "inet6 address",
        Some(AddressFamily::Inet) => "inet address",
        _ => "any valid address",
    };
    let bad = || Failure::failed(format!("Error: {what} is expected rather than \"{v}\".")).fatal();
    let a: IpAddr = v.parse().map_err(|_| bad())?;
    match family {
        Some(f @ (AddressFamily::Inet | AddressFamily::Inet6)) if f != AddressFamily::of(&a) => {
            Err(bad())
        }
        _ => Ok(a),
    }
}

pub(crate) fn bad_prefix(v: &str, family: Option<u8>) -> Failure {
    if family.map(AddressFamily::from) == Some(AddressFamily::Packet) {
        return Failure::failed(format!(
            "Error: \"{v}\" may be inet prefix, but it is not allowed in this context."
        ))
        .fatal();
    }
    let what = match family.map(AddressFamily::from) {
        Some(AddressFamily::Inet) => "inet prefix",
        Some(AddressFamily::Inet6) => "inet6 prefix",
        Some(AddressFamily::Mpls) => "mpls prefix",
        Some(AddressFamily::Bridge) => "bridge prefix",
        None | Some(AddressFamily::Unspec) => "any valid prefix",
        Some(_) => "??? prefix",
    };
    Failure::failed(format!("Error: {what} is expected rather than \"{v}\".")).fatal()
}

/// The `AF_*` number of `a`'s family.
pub(crate) fn family_of(a: &IpAddr) -> u8 {
    AddressFamily::of(a).into()
}

pub(crate) fn prefix_bits(ip: &IpAddr) -> (u128, u8) {
    match ip {
        IpAddr::V4(a) => (u128::from(u32::from(*a)) << 96, 32),
        IpAddr::V6(a) => (u128::from(*a), 128),
    }
}

/// True when the first `len` bits of `a` and `b` are equal.
pub(crate) fn same_bits(a: &IpAddr, b: &IpAddr, len: u8) -> bool {
    let ((x, _), (y, _)) = (prefix_bits(a), prefix_bits(b));
    if len == 0 {
        return true;
    }
    let mask = u128::MAX << (128 - u32::from(len.min(128)));
    x & mask == y & mask
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loose_ipv4_as_ip_reads_it() {
        for (word, want) in [
            ("5", "5.0.0.0"),
            ("0x80", "128.0.0.0"),
            ("010", "8.0.0.0"),
            ("1.2", "1.2.0.0"),
            ("1.2.3", "1.2.3.0"),
            ("0x0a.1", "10.1.0.0"),
            ("10.0.0.077", "10.0.0.63"),
            (" 1", "1.0.0.0"),
        ] {
            assert_eq!(ipv4(word), Some(want.parse().unwrap()), "{word}");
        }
        for bad in [
            "256",
            "1.256",
            "4294967295",
            "1.2.3.4.5",
            "1.2.3.",
            "",
            "-1",
            "1a",
            "é",
        ] {
            assert_eq!(ipv4(bad), None, "{bad}");
        }
        assert_eq!(prefix("10/8", None).unwrap().1, 8);
        assert!(prefix("10/33", None).is_err());
        assert!(address("5", Some(AddressFamily::Inet6.into())).is_err());
    }
}
