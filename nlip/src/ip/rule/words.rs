//! What the rule commands share: the usage text, the family, and the values ip reads as
//! its C library does (numbers and ranges, protocols, TOS values, device names).

use crate::args::invalid_arg_tight;
use crate::diag::Failure;
use crate::ip::context::Context;
use crate::names;
use nlkit::rtnl::AddressFamily;

pub(super) const HELP: &str = "Usage: ip rule { add | del } SELECTOR ACTION
       ip rule { flush | save | restore }
       ip rule [ list [ SELECTOR ]]
SELECTOR := [ not ] [ from PREFIX ] [ to PREFIX ] [ tos TOS ]
            [ fwmark FWMARK[/MASK] ]
            [ iif STRING ] [ oif STRING ] [ pref NUMBER ] [ l3mdev ]
            [ uidrange NUMBER-NUMBER ]
            [ ipproto PROTOCOL ]
            [ sport [ NUMBER | NUMBER-NUMBER ]
            [ dport [ NUMBER | NUMBER-NUMBER ] ]
ACTION := [ table TABLE_ID ]
          [ protocol PROTO ]
          [ nat ADDRESS ]
          [ realms [SRCREALM/]DSTREALM ]
          [ goto NUMBER ]
          SUPPRESSOR
SUPPRESSOR := [ suppress_prefixlength NUMBER ]
              [ suppress_ifgroup DEVGROUP ]
TABLE_ID := [ local | main | default | NUMBER ]";

/// The family of a rule command: the family option's, IPv4 by default.
pub(super) fn rule_family(ctx: &Context) -> AddressFamily {
    ctx.address_family().unwrap_or(AddressFamily::Inet)
}

/// One `%u` conversion of C's `sscanf`: blanks, a sign, decimal digits (a negative number
/// wraps, an overlong one saturates); the value and the rest of the word.
fn scan_u32(v: &str) -> Option<(u32, &str)> {
    let t = v.trim_start();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let n = t.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 {
        return None;
    }
    let value = t[..n].parse::<u64>().unwrap_or(u64::MAX);
    let value = if neg { value.wrapping_neg() } else { value } as u32;
    Some((value, &t[n..]))
}

/// `N` or `N-M` as `sscanf("%u-%u")` reads it: the start, and the end when it was read.
pub(super) fn range(v: &str) -> Option<(u32, Option<u32>)> {
    let (start, rest) = scan_u32(v)?;
    let end = rest.strip_prefix('-').and_then(scan_u32).map(|(e, _)| e);
    Some((start, end))
}

/// IP protocols by name and number: /etc/protocols (names and aliases), as the C library's
/// `getprotobyname` reads it; the common ones when the file is missing.
fn ip_protocols() -> &'static [(Vec<String>, u8)] {
    static TABLE: std::sync::OnceLock<Vec<(Vec<String>, u8)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| match std::fs::read_to_string("/etc/protocols") {
        Ok(text) => text
            .lines()
            .filter_map(|l| {
                let l = l.split('#').next().unwrap_or("");
                let mut words = l.split_whitespace();
                let name = words.next()?;
                let number = words.next()?.parse().ok()?;
                let mut names = vec![name.to_owned()];
                names.extend(words.map(str::to_owned));
                Some((names, number))
            })
            .collect(),
        Err(_) => crate::names::IP_PROTOCOLS
            .iter()
            .map(|&(n, p)| (vec![n.to_owned()], p))
            .collect(),
    })
}

/// An `ipproto` value: a protocol name or a decimal number below 256.
pub(super) fn ip_proto(v: &str) -> Option<u8> {
    let by_name = ip_protocols()
        .iter()
        .find(|(names, _)| names.iter().any(|n| n == v));
    match by_name {
        Some(&(_, p)) => Some(p),
        None => v.parse().ok(),
    }
}

/// The name ip prints for IP protocol `p`.
pub(super) fn protocol_name(p: u8) -> Option<&'static str> {
    ip_protocols()
        .iter()
        .find(|(_, n)| *n == p)
        .and_then(|(names, _)| names.first().map(String::as_str))
}

/// A TOS as ip reads it: a name of the dsfield table, else a hex number.
pub(super) fn dsfield(v: &str) -> Option<u8> {
    let hex = v.strip_prefix("0x").unwrap_or(v);
    let n = names::dsfields()
        .by_name(v)
        .or_else(|| u32::from_str_radix(hex, 16).ok());
    n.filter(|&n| n < 256).map(|n| n as u8)
}

/// A device name as ip accepts it for `iif`/`oif` (under 16 bytes, no `/`, no blanks).
pub(super) fn ifname(v: &str, what: &str) -> Result<String, Failure> {
    if v.is_empty() || v.len() > 15 || v.contains('/') || v.contains(char::is_whitespace) {
        return Err(invalid_arg_tight(&format!("{what} not a valid ifname"), v));
    }
    Ok(v.to_owned())
}
