//! Link kinds, one file each: the kind's `type KIND ...` options (read after the common
//! link options) and its `ip -d` details printer together; dispatch by kind here.

mod bond;
mod bridge;
mod bridge_slave;
mod gre;
mod macvlan;
mod rows;
mod tun;
mod veth;
mod vlan;
mod vrf;
mod vxlan;

use crate::args::Args;
use crate::diag::Failure;
use crate::ip::context::Context;
use crate::ip::link::options::Op;
use crate::names;
use crate::render::Sink;
use nlkit::rtnl::link::kinds::{LinkKind, PortKind, Vxlan};
use std::io::{self, Write};

/// The kind-specific options after `type KIND` (the rest of the command line), and the
/// namespace a veth peer goes to (kept open until the request is answered).
pub(in crate::ip::link) fn parse(
    ctx: &mut Context,
    args: &mut Args,
    op: Op,
    kind: &str,
) -> Result<(LinkKind, Option<nlkit::sys::Netns>), Failure> {
    if kind == "veth" {
        let (v, ns) = veth::parse(ctx, args, op)?;
        return Ok((LinkKind::Veth(v), ns));
    }
    // With nothing after the kind, ip does not run the kind's parser (no defaults are
    // sent, no checks are made).
    let bare = args.peek().is_none();
    let k = match kind {
        "vxlan" if bare => LinkKind::Vxlan(Vxlan::default()),
        "bridge" => LinkKind::Bridge(bridge::parse(args)?),
        "macvlan" => LinkKind::Macvlan(macvlan::parse(args, kind)?),
        "macvtap" => LinkKind::Macvtap(macvlan::parse(args, kind)?),
        "vxlan" => LinkKind::Vxlan(vxlan::parse(ctx, args, op)?),
        "vlan" if !bare => LinkKind::Vlan(vlan::parse(args)?),
        "bridge_slave" if !bare => LinkKind::BridgePort(bridge_slave::parse(args)?),
        "bond" if !bare => LinkKind::Bond(bond::parse(args)?),
        "vrf" if !bare => LinkKind::Vrf(vrf::parse(args)?),
        "gre" if !bare => LinkKind::Gre(gre::parse(ctx, args, op)?),
        "ifb" | "dummy" if !bare => {
            // Kinds ip knows but that take no options: what follows is ignored, and an
            // empty data nest is sent.
            while args.next().is_some() {}
            LinkKind::Other {
                kind: kind.to_owned(),
                data: Some(Vec::new()),
            }
        }
        _ if !bare => {
            return Err(Failure::failed(format!(
                "Garbage instead of arguments \"{} ...\". Try \"ip link help\".",
                args.peek().unwrap_or_default()
            ))
            .fatal())
        }
        // The kind alone: no data (a kind nlkit does not know goes by its name).
        other => LinkKind::named(other),
    };
    Ok((k, None))
}

/// The data of the kinds nlip knows, as `ip -d` prints it (the JSON object `key`).
pub(in crate::ip::link) fn print<W: Write>(
    sink: &mut Sink<W>,
    kind: &LinkKind,
    links: &names::Links,
    key: &str,
) -> io::Result<()> {
    match kind {
        LinkKind::Macvlan(m) | LinkKind::Macvtap(m) => macvlan::print(sink, m, key),
        LinkKind::Tun(t) => tun::print(sink, t, key),
        LinkKind::Vxlan(v) => vxlan::print(sink, v, links, key),
        LinkKind::Bridge(b) => bridge::print(sink, b, links, key),
        LinkKind::BridgePort(p) => bridge_slave::print(sink, p, links, key),
        _ => Ok(()),
    }
}

/// The port data of the masters nlip knows, as `ip -d` prints it (the JSON object `key`).
pub(in crate::ip::link) fn print_port<W: Write>(
    sink: &mut Sink<W>,
    port: &PortKind,
    links: &names::Links,
    key: &str,
) -> io::Result<()> {
    match port {
        PortKind::Bridge(p) => bridge_slave::print(sink, p, links, key),
        PortKind::Other { .. } => Ok(()),
    }
}
