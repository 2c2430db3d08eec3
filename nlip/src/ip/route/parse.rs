//! Word readers shared by `route show`, the route changes and `route get`.

use crate::args::invalid_arg;
use crate::diag::Failure;
use crate::ip::context::Context;
use nlkit::rtnl::AddressFamily;
use std::net::IpAddr;

/// Parses `default`, `all`/`any`, `ADDR` or `ADDR/LEN` as iproute2's `get_prefix` does.
pub(super) fn parse_prefix(
    word: &str,
    family: Option<AddressFamily>,
) -> Option<(Option<IpAddr>, u8, Option<AddressFamily>)> {
    // ip's get_prefix: `-f link` takes no prefix, `-f bridge` only default/all/any, and
    // `-f mpls` a label (no default, all or any).
    let label = |w: &str| {
        let (l, len) = w.split_once('/').unwrap_or((w, "0"));
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        digits(l) && digits(len)
    };
    let any = matches!(word, "default" | "all" | "any");
    match family {
        Some(AddressFamily::Packet) => return None,
        Some(AddressFamily::Bridge) if !any => return None,
        Some(AddressFamily::Mpls) if !label(word) => return None,
        _ => {}
    }
    let (a, len, f) = crate::args::inet::prefix(word, raw(family)).ok()?;
    Some((a, len, f.map(AddressFamily::from)))
}

/// A family option as the shared parsing helpers take it (`AF_*` numbers).
pub(super) fn raw(family: Option<AddressFamily>) -> Option<u8> {
    family.map(u8::from)
}

/// `"NAME" value is invalid` with ip's trailing blank line (exit 255).
pub(super) fn invalid_value(name: &str, v: &str) -> Failure {
    invalid_arg(&format!("\"{name}\" value is invalid"), v)
}

/// The family word that may come before a gateway (`via inet6 ADDR`).
pub(super) fn via_family(w: &str) -> Option<AddressFamily> {
    match w {
        "inet" => Some(AddressFamily::Inet),
        "inet6" => Some(AddressFamily::Inet6),
        _ => None,
    }
}

/// The index of device `d`, or ip's error.
pub(super) fn device_index(ctx: &mut Context, d: &str) -> Result<u32, Failure> {
    let idx = crate::args::dev::device_index(&mut ctx.links, &mut ctx.conn, d);
    idx.ok_or_else(|| Failure::failed(format!("Cannot find device \"{d}\"")))
}
