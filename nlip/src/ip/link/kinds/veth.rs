//! `type veth [peer OPTIONS]`: the peer is read with the common link options (its own
//! name, address, namespace, ...).

use crate::args::Args;
use crate::diag::Failure;
use crate::ip::context::Context;
use crate::ip::link::options::{both_name_and_dev, find, no_device, parse_options, Op};
use nlkit::rtnl::link::kinds::Veth;

/// `Usage` of `ip link <options> type veth`.
const VETH_USAGE: &str = "\
Usage: ip link <options> type veth [peer <options>]
To get <options> type 'ip link add help'";

/// The options after `type veth`: nothing, or `peer` and the peer's link options; and the
/// namespace the peer goes to.
pub(super) fn parse(
    ctx: &mut Context,
    args: &mut Args,
    op: Op,
) -> Result<(Veth, Option<nlkit::sys::Netns>), Failure> {
    let Some(w) = args.next() else {
        return Ok((Veth::default(), None));
    };
    if w != "peer" {
        // ip prints this usage on stdout.
        println!("{VETH_USAGE}");
        return Err(Failure::failed("").fatal());
    }
    let mut p = parse_options(ctx, args, op, true)?;
    if op.creates() {
        if let (Some(d), Some(n)) = (&p.dev, &p.name) {
            if d != n {
                return Err(both_name_and_dev());
            }
        }
        p.change.name = p.name.or(p.dev);
    } else if let Some(d) = &p.dev {
        // When nothing is created, ip looks the peer up by name like any device.
        let idx = find(ctx, d).map(|l| l.index);
        p.change.index = idx.ok_or_else(|| no_device(d, 1))?;
        if p.name.as_deref() != Some(d.as_str()) {
            p.change.name = p.name;
        }
    }
    if let Some(l) = &p.link {
        let idx = find(ctx, l).map(|l| l.index);
        p.change.link = Some(idx.ok_or_else(|| no_device(l, 1))?);
    }
    Ok((Veth::with_peer(p.change), p.netns))
}
