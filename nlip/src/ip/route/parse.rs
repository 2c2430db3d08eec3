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
    let idx = ctx.links.index(&mut ctx.conn, d);
    idx.ok_or_else(|| Failure::failed(format!("Cannot find device \"{d}\"")))
}
