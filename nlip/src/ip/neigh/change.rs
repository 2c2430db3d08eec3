//! `nlip neigh add|change|replace|del`: ip's grammar and errors.

use super::words::{nud_change, HELP, NUD_NONE};
use crate::args::duplicate;
use crate::args::inet::family_of;
use crate::args::{invalid_arg, lladdr, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::names;
use nlkit::rtnl::neigh::{Neighbour, NeighbourFlags, NeighbourFlagsExt, NeighbourState};
use nlkit::rtnl::{self, AddressFamily, RouteProtocol, Verb};
use std::net::IpAddr;

/// The change command `cmd` names (add, change, replace, delete).
pub(super) fn change_kind(cmd: &str) -> Option<Verb> {
    crate::args::verb_of(cmd, &[Verb::Add, Verb::Change, Verb::Replace, Verb::Delete])
}

/// `nlip neigh add|change|replace|delete ...`. A kernel error ends a batch at once, even
/// with `-force` (ip 6.1 exits with status 2 there), so neighbour changes are never
/// pipelined.
pub(super) fn modify(ctx: &mut Context, args: &mut Args, verb: Verb) -> Result<(), Failure> {
    let n = parse_change(ctx, args)?;
    diag::outcome(rtnl::apply(&mut ctx.conn, &n, verb)).map_err(Failure::fatal)
}

/// Parses a neighbour change into the neighbour ip would send.
fn parse_change(ctx: &mut Context, args: &mut Args) -> Result<Neighbour, Failure> {
    let mut n = Neighbour::default();
    let mut state = None;
    let mut lladdr: Option<&str> = None;
    let mut dst_seen = false;
    let mut dev = None;
    let mut managed = false;
    while let Some(w) = args.next() {
        if matches(w, "lladdr") {
            let v = args.value(w)?;
            if lladdr.is_some() {
                return Err(duplicate("lladdr", v));
            }
            lladdr = Some(v);
        } else if w == "nud" {
            let v = args.value(w)?;
            let bad = || {
                Failure::usage(format!(
                    "Error: argument \"{v}\" is wrong: nud state is bad"
                ))
            };
            state = Some(nud_change(v).ok_or_else(bad)?);
        } else if matches(w, "proxy") {
            let v = args.value(w)?;
            if matches(v, "help") {
                return Err(Failure::usage(HELP));
            }
            if dst_seen {
                return Err(duplicate("address", v));
            }
            n.destination = destination(v, ctx.family)?;
            dst_seen = true;
            n.flags |= NeighbourFlags::PROXY;
        } else if w == "router" {
            n.flags |= NeighbourFlags::ROUTER;
        } else if w == "use" {
            n.flags |= NeighbourFlags::USE;
        } else if w == "managed" {
            managed = true;
        } else if matches(w, "extern_learn") {
            n.flags |= NeighbourFlags::EXT_LEARNED;
        } else if w == "dev" {
            dev = Some(args.value(w)?);
        } else if matches(w, "protocol") {
            let v = args.value(w)?;
            let id = names::protocols().id(v).filter(|&p| p < 256);
            let id = id.ok_or_else(|| invalid_arg("\"protocol\" value is invalid", v))?;
            n.protocol = Some(RouteProtocol::from(id as u8));
        } else {
            let mut v = w;
            if v == "to" {
                v = args.value(v)?;
            }
            if matches(v, "help") {
                v = args.value(v)?;
            }
            if dst_seen {
                return Err(Failure::usage(format!(
                    "Error: either \"to\" is duplicate, or \"{v}\" is a garbage."
                )));
            }
            n.destination = destination(v, ctx.family)?;
            dst_seen = true;
        }
    }
    let proxy = n.flags.contains(NeighbourFlags::PROXY);
    let (Some(dst), true) = (n.destination, dev.is_some() || proxy) else {
        return Err(Failure::usage(
            "Device and destination are required arguments.",
        ));
    };
    // `lladdr null` sends none, as ip 6.1.
    if let Some(l) = lladdr.filter(|&l| l != "null") {
        n.lladdr = Some(lladdr::parse(l, LLADDR_LEN)?);
    }
    if let Some(dev) = dev {
        let index = crate::args::dev::device_index(&mut ctx.links, &mut ctx.conn, dev);
        n.index = index.ok_or_else(|| Failure::failed(format!("Cannot find device \"{dev}\"")))?;
    }
    // ip sends the family option's family (the kernel refuses `-f link`).
    n.family = AddressFamily::from(ctx.family.unwrap_or(family_of(&dst)));
    if managed {
        n.flags_ext = Some(NeighbourFlagsExt::MANAGED);
    }
    n.state = state.unwrap_or(if managed {
        NUD_NONE
    } else {
        NeighbourState::PERMANENT
    });
    Ok(n)
}

/// The destination of a change: an address of the family (`default`, `all` and `any` are
/// the zero address of the `-4`/`-6` family, and without one name none, which ip then
/// reports as a missing destination). A proxy entry needs no device.
fn destination(v: &str, family: Option<u8>) -> Result<Option<IpAddr>, Failure> {
    if v == "default" || v == "all" || v == "any" {
        return Ok(match family.map(AddressFamily::from) {
            Some(AddressFamily::Inet) => Some(IpAddr::from([0u8; 4])),
            Some(AddressFamily::Inet6) => Some(IpAddr::from([0u8; 16])),
            _ => None,
        });
    }
    crate::args::inet::address(v, family).map(Some)
}

/// The size of ip's buffer for a neighbour's link-layer address.
const LLADDR_LEN: usize = 20;
