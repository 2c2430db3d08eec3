//! `type vlan`: the id, the protocol and the flags.

use crate::args::{invalid_arg_tight, Args};
use crate::diag::Failure;
use crate::ip::link::options::{c_unsigned, on_off};
use nlkit::rtnl::link::kinds::vlan::attrs::{
    ETH_P_8021AD, ETH_P_8021Q, VLAN_FLAG_BRIDGE_BINDING, VLAN_FLAG_GVRP, VLAN_FLAG_LOOSE_BINDING,
    VLAN_FLAG_MVRP, VLAN_FLAG_REORDER_HDR,
};
use nlkit::rtnl::link::kinds::Vlan;
use nlkit::wire::rtnl::VlanFlags;

/// `Usage` of `ip link ... type vlan`.
const VLAN_USAGE: &str = "\
Usage: ... vlan id VLANID
\t\t[ protocol VLANPROTO ]
\t\t[ reorder_hdr { on | off } ]
\t\t[ gvrp { on | off } ]
\t\t[ mvrp { on | off } ]
\t\t[ loose_binding { on | off } ]
\t\t[ bridge_binding { on | off } ]
\t\t[ ingress-qos-map QOS-MAP ]
\t\t[ egress-qos-map QOS-MAP ]

VLANID := 0-4095
VLANPROTO: [ 802.1Q | 802.1ad ]
QOS-MAP := [ QOS-MAP ] QOS-MAPPING
QOS-MAPPING := FROM:TO";

/// The options after `type vlan`.
pub(super) fn parse(args: &mut Args) -> Result<Vlan, Failure> {
    let mut c = Vlan::default();
    while let Some(w) = args.next() {
        match w {
            "id" => {
                let v = args.value(w)?;
                let id = c_unsigned(v, u32::from(u16::MAX));
                c.id = Some(id.ok_or_else(|| invalid_arg_tight("id is invalid", v))? as u16);
            }
            "protocol" => {
                let v = args.value(w)?;
                c.protocol = Some(
                    vlan_protocol(v).ok_or_else(|| invalid_arg_tight("protocol is invalid", v))?,
                );
            }
            "reorder_hdr" | "gvrp" | "mvrp" | "loose_binding" | "bridge_binding" => {
                let bit = match w {
                    "reorder_hdr" => VLAN_FLAG_REORDER_HDR,
                    "gvrp" => VLAN_FLAG_GVRP,
                    "mvrp" => VLAN_FLAG_MVRP,
                    "loose_binding" => VLAN_FLAG_LOOSE_BINDING,
                    _ => VLAN_FLAG_BRIDGE_BINDING,
                };
                let on = on_off(w, args.value(w)?)?;
                let mut f = c.flags.unwrap_or(VlanFlags { flags: 0, mask: 0 });
                f.mask |= bit;
                if on {
                    f.flags |= bit;
                } else {
                    f.flags &= !bit;
                }
                c.flags = Some(f);
            }
            "help" => return Err(Failure::failed(VLAN_USAGE)),
            _ => {
                return Err(Failure::failed(format!(
                    "vlan: unknown command \"{w}\"?\n{VLAN_USAGE}"
                )))
            }
        }
    }
    Ok(c)
}

/// `802.1Q` or `802.1ad` (any case).
fn vlan_protocol(v: &str) -> Option<u16> {
    match v.to_ascii_lowercase().as_str() {
        "802.1q" => Some(ETH_P_8021Q),
        "802.1ad" => Some(ETH_P_8021AD),
        _ => None,
    }
}
