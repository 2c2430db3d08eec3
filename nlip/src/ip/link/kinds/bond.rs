//! `type bond`: the mode, the link monitoring and the 802.3ad options nlip knows.

use crate::args::{invalid_arg_tight, Args};
use crate::diag::Failure;
use crate::ip::link::options::c_unsigned;
use nlkit::rtnl::link::kinds::Bond;

/// `Usage` of `ip link ... type bond`.
const BOND_USAGE: &str = "\
Usage: ... bond [ mode BONDMODE ] [ active_slave SLAVE_DEV ]
                [ clear_active_slave ] [ miimon MIIMON ]
                [ updelay UPDELAY ] [ downdelay DOWNDELAY ]
                [ peer_notify_delay DELAY ]
                [ use_carrier USE_CARRIER ]
                [ arp_interval ARP_INTERVAL ]
                [ arp_validate ARP_VALIDATE ]
                [ arp_all_targets ARP_ALL_TARGETS ]
                [ arp_ip_target [ ARP_IP_TARGET, ... ] ]
                [ ns_ip6_target [ NS_IP6_TARGET, ... ] ]
                [ primary SLAVE_DEV ]
                [ primary_reselect PRIMARY_RESELECT ]
                [ fail_over_mac FAIL_OVER_MAC ]
                [ xmit_hash_policy XMIT_HASH_POLICY ]
                [ resend_igmp RESEND_IGMP ]
                [ num_grat_arp|num_unsol_na NUM_GRAT_ARP|NUM_UNSOL_NA ]
                [ all_slaves_active ALL_SLAVES_ACTIVE ]
                [ min_links MIN_LINKS ]
                [ lp_interval LP_INTERVAL ]
                [ packets_per_slave PACKETS_PER_SLAVE ]
                [ tlb_dynamic_lb TLB_DYNAMIC_LB ]
                [ lacp_rate LACP_RATE ]
                [ lacp_active LACP_ACTIVE]
                [ ad_select AD_SELECT ]
                [ ad_user_port_key PORTKEY ]
                [ ad_actor_sys_prio SYSPRIO ]
                [ ad_actor_system LLADDR ]
                [ arp_missed_max MISSED_MAX ]

BONDMODE := balance-rr|active-backup|balance-xor|broadcast|802.3ad|balance-tlb|balance-alb
ARP_VALIDATE := none|active|backup|all|filter|filter_active|filter_backup
ARP_ALL_TARGETS := any|all
PRIMARY_RESELECT := always|better|failure
FAIL_OVER_MAC := none|active|follow
XMIT_HASH_POLICY := layer2|layer2+3|layer3+4|encap2+3|encap3+4|vlan+srcmac
LACP_ACTIVE := off|on
LACP_RATE := slow|fast
AD_SELECT := stable|bandwidth|count";

/// The options after `type bond`.
pub(super) fn parse(args: &mut Args) -> Result<Bond, Failure> {
    const MODES: [&str; 7] = [
        "balance-rr",
        "active-backup",
        "balance-xor",
        "broadcast",
        "802.3ad",
        "balance-tlb",
        "balance-alb",
    ];
    let mut c = Bond::default();
    while let Some(w) = args.next() {
        match w {
            "mode" => {
                let v = args.value(w)?;
                let m = MODES
                    .iter()
                    .position(|&m| m == v)
                    .map(|m| m as u8)
                    .or_else(|| {
                        v.parse::<u8>()
                            .ok()
                            .filter(|&m| usize::from(m) < MODES.len())
                    });
                c.mode = Some(m.ok_or_else(|| invalid_arg_tight("invalid mode", v))?);
            }
            "miimon" | "updelay" | "downdelay" | "min_links" => {
                let v = args.value(w)?;
                let n = c_unsigned(v, u32::MAX)
                    .ok_or_else(|| invalid_arg_tight(&format!("invalid {w}"), v))?;
                match w {
                    "miimon" => c.miimon = Some(n),
                    "updelay" => c.updelay = Some(n),
                    "downdelay" => c.downdelay = Some(n),
                    _ => c.min_links = Some(n),
                }
            }
            "use_carrier" | "all_slaves_active" => {
                let v = args.value(w)?;
                let n = c_unsigned(v, 255)
                    .ok_or_else(|| invalid_arg_tight(&format!("invalid {w}"), v))?
                    as u8;
                if w == "use_carrier" {
                    c.use_carrier = Some(n);
                } else {
                    c.all_slaves_active = Some(n);
                }
            }
            "xmit_hash_policy" | "lacp_rate" | "ad_select" => {
                let v = args.value(w)?;
                let names: &[&str] = match w {
                    "xmit_hash_policy" => &[
                        "layer2",
                        "layer3+4",
                        "layer2+3",
                        "encap2+3",
                        "encap3+4",
                        "vlan+srcmac",
                    ],
                    "lacp_rate" => &["slow", "fast"],
                    _ => &["stable", "bandwidth", "count"],
                };
                let n = names
                    .iter()
                    .position(|&n| n == v)
                    .or_else(|| v.parse::<usize>().ok().filter(|&n| n < names.len()))
                    .ok_or_else(|| invalid_arg_tight(&format!("invalid {w}"), v))?
                    as u8;
                match w {
                    "xmit_hash_policy" => c.xmit_hash_policy = Some(n),
                    "lacp_rate" => c.lacp_rate = Some(n),
                    _ => c.ad_select = Some(n),
                }
            }
            "help" => return Err(Failure::failed(BOND_USAGE)),
            _ => {
                return Err(Failure::failed(format!(
                    "bond: unknown command \"{w}\"?\n{BOND_USAGE}"
                )))
            }
        }
    }
    Ok(c)
}
