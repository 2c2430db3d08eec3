//! `type bridge_slave`: a bridge port's options, read from the command line and printed by
//! `ip -d` (also as a port's `info_slave_data`).

use super::rows::{num, print_rows, Row, Val};
use crate::args::{invalid_arg_tight, Args};
use crate::diag::Failure;
use crate::ip::link::options::c_unsigned;
use crate::names;
use crate::render::Sink;
use nlkit::rtnl::link::kinds::{BridgePort, PortState};
use std::io::{self, Write};

/// `Usage` of `ip link ... type bridge_slave`.
const BRIDGE_SLAVE_USAGE: &str = "\
Usage: ... bridge_slave [ fdb_flush ]
\t\t\t[ state STATE ]
\t\t\t[ priority PRIO ]
\t\t\t[ cost COST ]
\t\t\t[ guard {on | off} ]
\t\t\t[ hairpin {on | off} ]
\t\t\t[ fastleave {on | off} ]
\t\t\t[ root_block {on | off} ]
\t\t\t[ learning {on | off} ]
\t\t\t[ flood {on | off} ]
\t\t\t[ proxy_arp {on | off} ]
\t\t\t[ proxy_arp_wifi {on | off} ]
\t\t\t[ mcast_router MULTICAST_ROUTER ]
\t\t\t[ mcast_fast_leave {on | off} ]
\t\t\t[ mcast_flood {on | off} ]
\t\t\t[ bcast_flood {on | off} ]
\t\t\t[ mcast_to_unicast {on | off} ]
\t\t\t[ group_fwd_mask MASK ]
\t\t\t[ neigh_suppress {on | off} ]
\t\t\t[ vlan_tunnel {on | off} ]
\t\t\t[ isolated {on | off} ]
\t\t\t[ locked {on | off} ]
\t\t\t[ backup_port DEVICE ] [ nobackup_port ]";

/// The options after `type bridge_slave`.
pub(super) fn parse(args: &mut Args) -> Result<BridgePort, Failure> {
    let mut c = BridgePort::default();
    while let Some(w) = args.next() {
        let flag = |args: &mut Args| -> Result<Option<bool>, Failure> {
            let v = args.value(w)?;
            match v {
                "on" => Ok(Some(true)),
                "off" => Ok(Some(false)),
                _ => Err(Failure::failed(format!(
                    "Error: argument of \"{w}\" must be one of \"off\", \"on\", not \"{v}\""
                ))
                .fatal()),
            }
        };
        let number = |args: &mut Args, max: u32| -> Result<u32, Failure> {
            let v = args.value(w)?;
            c_unsigned(v, max).ok_or_else(|| invalid_arg_tight(&format!("{w} is invalid"), v))
        };
        match w {
            "state" => c.state = Some(PortState::from(number(args, 255)? as u8)),
            "priority" => c.priority = Some(number(args, 65535)? as u16),
            "cost" => c.cost = Some(number(args, u32::MAX)?),
            "hairpin" => c.hairpin = flag(args)?,
            "guard" => c.guard = flag(args)?,
            "root_block" => c.root_block = flag(args)?,
            "fastleave" => c.fast_leave = flag(args)?,
            "learning" => c.learning = flag(args)?,
            "flood" => c.flood = flag(args)?,
            "help" => return Err(Failure::failed(BRIDGE_SLAVE_USAGE)),
            _ => {
                return Err(Failure::failed(format!(
                    "bridge_slave: unknown option \"{w}\"?\n{BRIDGE_SLAVE_USAGE}"
                )))
            }
        }
    }
    Ok(c)
}

/// A bridge port's options in the order `ip -d` prints them.
fn bridge_port_rows(p: &BridgePort) -> Vec<Row<'_>> {
    vec![
        ("state", "state", Val::PortState(p.state)),
        ("priority", "priority", num(p.priority)),
        ("cost", "cost", num(p.cost)),
        ("hairpin", "hairpin", Val::OnOff(p.hairpin)),
        ("guard", "guard", Val::OnOff(p.guard)),
        ("root_block", "root_block", Val::OnOff(p.root_block)),
        ("fastleave", "fastleave", Val::OnOff(p.fast_leave)),
        ("learning", "learning", Val::OnOff(p.learning)),
        ("flood", "flood", Val::OnOff(p.flood)),
        ("port_id", "id", Val::Hex16(p.id)),
        ("port_no", "no", Val::Hex16(p.number)),
        ("designated_port", "designated_port", num(p.designated_port)),
        ("designated_cost", "designated_cost", num(p.designated_cost)),
        ("designated_bridge", "bridge_id", Val::BridgeId(p.bridge_id)),
        ("designated_root", "root_id", Val::BridgeId(p.root_id)),
        ("hold_timer", "hold_timer", Val::Timer(p.hold_timer)),
        (
            "message_age_timer",
            "message_age_timer",
            Val::Timer(p.message_age_timer),
        ),
        (
            "forward_delay_timer",
            "forward_delay_timer",
            Val::Timer(p.forward_delay_timer),
        ),
        (
            "topology_change_ack",
            "topology_change_ack",
            num(p.topology_change_ack),
        ),
        ("config_pending", "config_pending", num(p.config_pending)),
        ("proxy_arp", "proxy_arp", Val::OnOff(p.proxy_arp)),
        (
            "proxy_arp_wifi",
            "proxy_arp_wifi",
            Val::OnOff(p.proxy_arp_wifi),
        ),
        ("mcast_router", "multicast_router", num(p.multicast_router)),
        ("mcast_fast_leave", "", Val::OnOffText(p.fast_leave)),
        ("mcast_flood", "mcast_flood", Val::OnOff(p.mcast_flood)),
        ("bcast_flood", "bcast_flood", Val::OnOff(p.bcast_flood)),
        (
            "mcast_to_unicast",
            "mcast_to_unicast",
            Val::OnOff(p.mcast_to_unicast),
        ),
        (
            "neigh_suppress",
            "neigh_suppress",
            Val::OnOff(p.neigh_suppress),
        ),
        (
            "group_fwd_mask",
            "group_fwd_mask",
            Val::Hex16(p.group_fwd_mask),
        ),
        (
            "group_fwd_mask_str",
            "group_fwd_mask_str",
            Val::Hex16Str(p.group_fwd_mask),
        ),
        ("vlan_tunnel", "vlan_tunnel", Val::OnOff(p.vlan_tunnel)),
        ("isolated", "isolated", Val::OnOff(p.isolated)),
        ("locked", "locked", Val::OnOff(p.locked)),
        ("backup_port", "backup_port", Val::Dev(p.backup_port)),
    ]
}

/// Prints a bridge port's options (the JSON object `key`).
pub(super) fn print<W: Write>(
    sink: &mut Sink<W>,
    p: &BridgePort,
    links: &names::Links,
    key: &str,
) -> io::Result<()> {
    print_rows(sink, links, key, &bridge_port_rows(p))
}
