//! `nlip route get`: one lookup in the kernel's tables, printed as `route show` prints.

use super::help::HELP;
use super::parse::{device_index, parse_prefix, raw};
use super::print::{print_route, Hide, RouteNames};
use crate::args::inet::{bad_prefix, parse_address};
use crate::args::{invalid_arg, matches, number, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::names::IP_PROTOCOLS;
use crate::render::Sink;
use nlkit::rtnl::route as nlroute;
use nlkit::rtnl::{self, AddressFamily};
use std::io;
use std::net::IpAddr;

/// `nlip route get`.
pub(super) fn get(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let (q, connected) = parse_get(ctx, args)?;
    ctx.links.preload(&mut ctx.conn);
    let r = match rtnl::get(&mut ctx.conn, &q) {
        Ok(r) => r,
        Err(e) => return Err(diag::kernel(&e)),
    };
    let mut names = RouteNames::load();
    if ctx.details {
        names = names.with_nexthops(&mut ctx.conn);
    }
    let mut sink = ctx.sink();
    sink.begin_list()?;
    let hide = Hide {
        table: true,
        cache_stats: ctx.stats > 0,
        ..Default::default()
    };
    print_route(&mut sink, &r, &names, &ctx.links, hide, ctx.details)?;
    if connected && q.source.is_none() && r.preferred_source.is_none() && r.source.is_none() {
        // ip stops there, its JSON list left open.
        sink.flush()?;
        return Err(Failure::failed("Failed to connect the route"));
    }
    sink.end_list()?;
    // `connected` without `from`: ip looks up again and prints the answer once more, as
    // text even with -j.
    if connected && q.source.is_none() {
        let again = rtnl::get(&mut ctx.conn, &q).map_err(|e| diag::kernel(&e))?;
        let mut text = Sink::new(io::BufWriter::new(io::stdout()), false, false);
        print_route(&mut text, &again, &names, &ctx.links, hide, ctx.details)?;
        text.flush()?;
    }
    Ok(())
}

/// Reads the words of `route get` into the query to send (its devices resolved), and
/// whether `connected` was given.
fn parse_get(ctx: &mut Context, args: &mut Args) -> Result<(nlroute::RouteQuery, bool), Failure> {
    let mut dst: Option<IpAddr> = None;
    let mut q_source = None;
    let (mut iif, mut oif) = (None, None);
    let mut q = nlroute::RouteQuery::new(IpAddr::from([0u8; 4]));
    // The family of the first address read names the kind of prefix later errors expect.
    let mut family = ctx.address_family();
    let mut connected = false;
    while let Some(w) = args.next() {
        if w == "tos" || matches(w, "dsfield") {
            let v = args.value(w)?;
            q.tos =
                super::change::dsfield(v).ok_or_else(|| invalid_arg("TOS value is invalid", v))?;
        } else if matches(w, "from") {
            let v = args.value(w)?;
            let (a, _, f) = parse_prefix(v, family).ok_or_else(|| bad_prefix(v, raw(family)))?;
            family = family.or(f);
            q_source = a;
        } else if matches(w, "iif") {
            iif = Some(args.value(w)?.to_owned());
        } else if matches(w, "mark") {
            let v = args.value(w)?;
            // ip's only argument error here without a blank line after it.
            let bad = || {
                Failure::usage(format!(
                    "Error: argument \"{v}\" is wrong: invalid mark value"
                ))
            };
            q.mark = Some(number(v, "").map_err(|_| bad())?);
        } else if matches(w, "oif") || w == "dev" {
            oif = Some(args.value(w)?.to_owned());
        } else if matches(w, "uid") {
            let v = args.value(w)?;
            q.uid = Some(number(v, "invalid UID")?);
        } else if matches(w, "fibmatch") {
            q.fib_match = true;
        } else if w == "as" {
            let mut v = args.value(w)?;
            if v == "to" {
                v = args.value(w)?;
            }
            q.new_destination = Some(parse_address(v, raw(family))?);
        } else if matches(w, "connected") {
            connected = true;
        } else if matches(w, "vrf") {
            // ip looks up through the VRF device (it must be one).
            let v = args.value(w)?;
            crate::ip::link::vrf_index(ctx, v).map_err(|_| invalid_arg("Invalid VRF", v))?;
            oif = Some(v.to_owned());
        } else if matches(w, "ipproto") {
            let v = args.value(w)?;
            let p = IP_PROTOCOLS.iter().find(|(n, _)| *n == v).map(|&(_, p)| p);
            q.ip_proto = Some(match p {
                Some(p) => p,
                None => number(v, "Invalid \"ipproto\" value")?,
            });
        } else if matches(w, "sport") {
            let v = args.value(w)?;
            q.source_port = Some(number(v, "invalid sport")?);
        } else if matches(w, "dport") {
            let v = args.value(w)?;
            q.destination_port = Some(number(v, "invalid dport")?);
        } else {
            let mut v = w;
            if matches(v, "to") {
                v = args.value(v)?;
            }
            // Scripts probe `ip route get help` for keywords (sport, ipproto, ...).
            if matches(v, "help") {
                return Err(Failure::usage(HELP));
            }
            let (addr, len, f) =
                parse_prefix(v, family).ok_or_else(|| bad_prefix(v, raw(family)))?;
            family = family.or(f);
            // ip looks up the address and warns about a length.
            let max = if family == Some(AddressFamily::Inet6) {
                128
            } else {
                32
            };
            if v.contains('/') && len != max {
                crate::diag::warn(&format!(
                    "Warning: /{len} as prefix is invalid, only /{max} (or none) is supported."
                ));
            }
            dst = addr;
        }
    }
    let Some(dst) = dst else {
        return Err(Failure::failed("need at least a destination address"));
    };
    q.destination = dst;
    q.source = q_source;
    for (name, slot) in [
        (iif, &mut q.input_interface),
        (oif, &mut q.output_interface),
    ] {
        if let Some(d) = name {
            *slot = Some(device_index(ctx, &d)?);
        }
    }
    Ok((q, connected))
}
