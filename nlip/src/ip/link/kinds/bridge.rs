//! `type bridge`: the bridge's STP, VLAN, multicast and netfilter options, read from the
//! command line and printed by `ip -d`.

use super::rows::{num, print_rows, Row, Val};
use crate::args::{invalid_arg_tight, lladdr, Args};
use crate::diag::Failure;
use crate::ip::link::options::c_unsigned;
use crate::names;
use crate::render::Sink;
use nlkit::rtnl::link::kinds::bridge::attrs::{
    BR_BOOLOPT_MCAST_VLAN_SNOOPING, BR_BOOLOPT_NO_LL_LEARN,
};
use nlkit::rtnl::link::kinds::vlan::attrs::{ETH_P_8021AD, ETH_P_8021Q};
use nlkit::rtnl::link::kinds::Bridge;
use std::io::{self, Write};

/// `Usage` of `ip link ... type bridge`.
const BRIDGE_USAGE: &str = "\
Usage: ... bridge [ fdb_flush ]
\t\t  [ forward_delay FORWARD_DELAY ]
\t\t  [ hello_time HELLO_TIME ]
\t\t  [ max_age MAX_AGE ]
\t\t  [ ageing_time AGEING_TIME ]
\t\t  [ stp_state STP_STATE ]
\t\t  [ priority PRIORITY ]
\t\t  [ group_fwd_mask MASK ]
\t\t  [ group_address ADDRESS ]
\t\t  [ no_linklocal_learn NO_LINKLOCAL_LEARN ]
\t\t  [ vlan_filtering VLAN_FILTERING ]
\t\t  [ vlan_protocol VLAN_PROTOCOL ]
\t\t  [ vlan_default_pvid VLAN_DEFAULT_PVID ]
\t\t  [ vlan_stats_enabled VLAN_STATS_ENABLED ]
\t\t  [ vlan_stats_per_port VLAN_STATS_PER_PORT ]
\t\t  [ mcast_snooping MULTICAST_SNOOPING ]
\t\t  [ mcast_vlan_snooping MULTICAST_VLAN_SNOOPING ]
\t\t  [ mcast_router MULTICAST_ROUTER ]
\t\t  [ mcast_query_use_ifaddr MCAST_QUERY_USE_IFADDR ]
\t\t  [ mcast_querier MULTICAST_QUERIER ]
\t\t  [ mcast_hash_elasticity HASH_ELASTICITY ]
\t\t  [ mcast_hash_max HASH_MAX ]
\t\t  [ mcast_last_member_count LAST_MEMBER_COUNT ]
\t\t  [ mcast_startup_query_count STARTUP_QUERY_COUNT ]
\t\t  [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]
\t\t  [ mcast_membership_interval MEMBERSHIP_INTERVAL ]
\t\t  [ mcast_querier_interval QUERIER_INTERVAL ]
\t\t  [ mcast_query_interval QUERY_INTERVAL ]
\t\t  [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]
\t\t  [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]
\t\t  [ mcast_stats_enabled MCAST_STATS_ENABLED ]
\t\t  [ mcast_igmp_version IGMP_VERSION ]
\t\t  [ mcast_mld_version MLD_VERSION ]
\t\t  [ nf_call_iptables NF_CALL_IPTABLES ]
\t\t  [ nf_call_ip6tables NF_CALL_IP6TABLES ]
\t\t  [ nf_call_arptables NF_CALL_ARPTABLES ]

Where: VLAN_PROTOCOL := { 802.1Q | 802.1ad }";

/// ip's bridge keywords in the order it tries them; all but two are matched by prefix
/// (`group 0` is `group_fwd_mask 0`).
const KEYWORDS: &[(&str, bool)] = &[
    ("forward_delay", true),
    ("hello_time", true),
    ("max_age", true),
    ("ageing_time", true),
    ("stp_state", true),
    ("priority", true),
    ("vlan_filtering", true),
    ("vlan_protocol", true),
    ("group_fwd_mask", true),
    ("group_address", true),
    ("no_linklocal_learn", false),
    ("fdb_flush", true),
    ("vlan_default_pvid", true),
    ("vlan_stats_enabled", true),
    ("vlan_stats_per_port", true),
    ("mcast_router", true),
    ("mcast_snooping", true),
    ("mcast_vlan_snooping", false),
    ("mcast_query_use_ifaddr", true),
    ("mcast_querier", true),
    ("mcast_hash_elasticity", true),
    ("mcast_hash_max", true),
    ("mcast_last_member_count", true),
    ("mcast_startup_query_count", true),
    ("mcast_last_member_interval", true),
    ("mcast_membership_interval", true),
    ("mcast_querier_interval", true),
    ("mcast_query_interval", true),
    ("mcast_query_response_interval", true),
    ("mcast_startup_query_interval", true),
    ("mcast_stats_enabled", true),
    ("mcast_igmp_version", true),
    ("mcast_mld_version", true),
    ("nf_call_iptables", true),
    ("nf_call_ip6tables", true),
    ("nf_call_arptables", true),
];

/// The keyword `w` means to ip (the word itself when none).
fn keyword(w: &str) -> &str {
    KEYWORDS
        .iter()
        .find(|&&(k, prefix)| {
            if prefix {
                crate::args::matches(w, k)
            } else {
                w == k
            }
        })
        .map_or(w, |&(k, _)| k)
}

/// The options after `type bridge`.
pub(super) fn parse(args: &mut Args) -> Result<Bridge, Failure> {
    let mut c = Bridge::default();
    while let Some(w) = args.next() {
        let w = keyword(w);
        let bad = |v: &str| invalid_arg_tight(&format!("invalid {w}"), v);
        let u32v = |v: &str| c_unsigned(v, u32::MAX).ok_or_else(|| bad(v));
        let u16v = |v: &str| {
            c_unsigned(v, u32::from(u16::MAX))
                .map(|x| x as u16)
                .ok_or_else(|| bad(v))
        };
        let u64v =
            |v: &str| -> Result<u64, Failure> { crate::args::c_number(v).ok_or_else(|| bad(v)) };
        let u8v = |v: &str| {
            c_unsigned(v, u32::from(u8::MAX))
                .map(|x| x as u8)
                .ok_or_else(|| bad(v))
        };
        match w {
            "forward_delay" => c.forward_delay = Some(u32v(args.value(w)?)?),
            "hello_time" => c.hello_time = Some(u32v(args.value(w)?)?),
            "max_age" => c.max_age = Some(u32v(args.value(w)?)?),
            "ageing_time" => c.ageing_time = Some(u32v(args.value(w)?)?),
            "stp_state" => c.stp_state = Some(u32v(args.value(w)?)?),
            "priority" => c.priority = Some(u16v(args.value(w)?)?),
            "vlan_filtering" => c.vlan_filtering = Some(u8v(args.value(w)?)?),
            "group_fwd_mask" => c.group_fwd_mask = Some(u16v(args.value(w)?)?),
            "mcast_router" => c.mcast_router = Some(u8v(args.value(w)?)?),
            "mcast_snooping" => c.mcast_snooping = Some(u8v(args.value(w)?)?),
            "mcast_query_use_ifaddr" => c.mcast_query_use_ifaddr = Some(u8v(args.value(w)?)?),
            "mcast_querier" => c.mcast_querier = Some(u8v(args.value(w)?)?),
            "mcast_hash_elasticity" => c.mcast_hash_elasticity = Some(u32v(args.value(w)?)?),
            "mcast_hash_max" => c.mcast_hash_max = Some(u32v(args.value(w)?)?),
            "mcast_last_member_count" => c.mcast_last_member_cnt = Some(u32v(args.value(w)?)?),
            "mcast_startup_query_count" => c.mcast_startup_query_cnt = Some(u32v(args.value(w)?)?),
            "mcast_last_member_interval" => c.mcast_last_member_intvl = Some(u64v(args.value(w)?)?),
            "mcast_membership_interval" => c.mcast_membership_intvl = Some(u64v(args.value(w)?)?),
            "mcast_querier_interval" => c.mcast_querier_intvl = Some(u64v(args.value(w)?)?),
            "mcast_query_interval" => c.mcast_query_intvl = Some(u64v(args.value(w)?)?),
            "mcast_query_response_interval" => {
                c.mcast_query_response_intvl = Some(u64v(args.value(w)?)?)
            }
            "mcast_startup_query_interval" => {
                c.mcast_startup_query_intvl = Some(u64v(args.value(w)?)?)
            }
            "nf_call_iptables" => c.nf_call_iptables = Some(u8v(args.value(w)?)?),
            "nf_call_ip6tables" => c.nf_call_ip6tables = Some(u8v(args.value(w)?)?),
            "nf_call_arptables" => c.nf_call_arptables = Some(u8v(args.value(w)?)?),
            "vlan_default_pvid" => c.vlan_default_pvid = Some(u16v(args.value(w)?)?),
            "vlan_stats_enabled" => c.vlan_stats_enabled = Some(u8v(args.value(w)?)?),
            "vlan_stats_per_port" => c.vlan_stats_per_port = Some(u8v(args.value(w)?)?),
            "mcast_stats_enabled" => c.mcast_stats_enabled = Some(u8v(args.value(w)?)?),
            "mcast_igmp_version" => c.mcast_igmp_version = Some(u8v(args.value(w)?)?),
            "mcast_mld_version" => c.mcast_mld_version = Some(u8v(args.value(w)?)?),
            "fdb_flush" => c.fdb_flush = Some(()),
            "group_address" => {
                c.group_addr = Some(lladdr::parse(args.value(w)?, lladdr::MAX_ADDR_LEN)?)
            }
            "vlan_protocol" => {
                let v = args.value(w)?;
                c.vlan_protocol = Some(match v.to_ascii_lowercase().as_str() {
                    "802.1q" => ETH_P_8021Q,
                    "802.1ad" => ETH_P_8021AD,
                    _ => return Err(bad(v)),
                });
            }
            "help" => return Err(Failure::failed(BRIDGE_USAGE)),
            _ => {
                return Err(Failure::failed(format!(
                    "bridge: unknown command \"{w}\"?\n{BRIDGE_USAGE}"
                )))
            }
        }
    }
    Ok(c)
}

/// A bridge's options in the order `ip -d` prints them.
fn bridge_rows(b: &Bridge) -> Vec<Row<'_>> {
    let mut rows = stp_rows(b);
    rows.extend(mcast_rows(b));
    rows
}

/// The bridge's timers, STP and VLAN options, its identifiers and group address.
fn stp_rows(b: &Bridge) -> Vec<Row<'_>> {
    vec![
        ("forward_delay", "forward_delay", num(b.forward_delay)),
        ("hello_time", "hello_time", num(b.hello_time)),
        ("max_age", "max_age", num(b.max_age)),
        ("ageing_time", "ageing_time", num(b.ageing_time)),
        ("stp_state", "stp_state", num(b.stp_state)),
        ("priority", "priority", num(b.priority)),
        ("vlan_filtering", "vlan_filtering", num(b.vlan_filtering)),
        (
            "vlan_default_pvid",
            "vlan_default_pvid",
            num(b.vlan_default_pvid),
        ),
        (
            "vlan_stats_enabled",
            "vlan_stats_enabled",
            num(b.vlan_stats_enabled),
        ),
        (
            "vlan_stats_per_port",
            "vlan_stats_per_port",
            num(b.vlan_stats_per_port),
        ),
        ("bridge_id", "bridge_id", Val::BridgeId(b.bridge_id)),
        ("designated_root", "root_id", Val::BridgeId(b.root_id)),
        ("root_port", "root_port", num(b.root_port)),
        ("root_path_cost", "root_path_cost", num(b.root_path_cost)),
        ("topology_change", "topology_change", num(b.topology_change)),
        (
            "topology_change_detected",
            "topology_change_detected",
            num(b.topology_change_detected),
        ),
        ("hello_timer", "hello_timer", Val::Timer(b.hello_timer)),
        ("tcn_timer", "tcn_timer", Val::Timer(b.tcn_timer)),
        (
            "topology_change_timer",
            "topology_change_timer",
            Val::Timer(b.topology_change_timer),
        ),
        ("gc_timer", "gc_timer", Val::Timer(b.gc_timer)),
        (
            "group_fwd_mask",
            "group_fwd_mask",
            Val::Hex16(b.group_fwd_mask),
        ),
        (
            "group_address",
            "group_addr",
            Val::Mac(b.group_addr.as_deref()),
        ),
    ]
}

/// The bridge's multicast and netfilter options.
fn mcast_rows(b: &Bridge) -> Vec<Row<'_>> {
    let boolopt = |bit| num(b.boolopt(bit).map(u8::from));
    vec![
        ("mcast_snooping", "mcast_snooping", num(b.mcast_snooping)),
        (
            "no_linklocal_learn",
            "no_linklocal_learn",
            boolopt(BR_BOOLOPT_NO_LL_LEARN),
        ),
        (
            "mcast_vlan_snooping",
            "mcast_vlan_snooping",
            boolopt(BR_BOOLOPT_MCAST_VLAN_SNOOPING),
        ),
        ("mcast_router", "mcast_router", num(b.mcast_router)),
        (
            "mcast_query_use_ifaddr",
            "mcast_query_use_ifaddr",
            num(b.mcast_query_use_ifaddr),
        ),
        ("mcast_querier", "mcast_querier", num(b.mcast_querier)),
        (
            "mcast_hash_elasticity",
            "mcast_hash_elasticity",
            num(b.mcast_hash_elasticity),
        ),
        ("mcast_hash_max", "mcast_hash_max", num(b.mcast_hash_max)),
        (
            "mcast_last_member_count",
            "mcast_last_member_cnt",
            num(b.mcast_last_member_cnt),
        ),
        (
            "mcast_startup_query_count",
            "mcast_startup_query_cnt",
            num(b.mcast_startup_query_cnt),
        ),
        (
            "mcast_last_member_interval",
            "mcast_last_member_intvl",
            num(b.mcast_last_member_intvl),
        ),
        (
            "mcast_membership_interval",
            "mcast_membership_intvl",
            num(b.mcast_membership_intvl),
        ),
        (
            "mcast_querier_interval",
            "mcast_querier_intvl",
            num(b.mcast_querier_intvl),
        ),
        (
            "mcast_query_interval",
            "mcast_query_intvl",
            num(b.mcast_query_intvl),
        ),
        (
            "mcast_query_response_interval",
            "mcast_query_response_intvl",
            num(b.mcast_query_response_intvl),
        ),
        (
            "mcast_startup_query_interval",
            "mcast_startup_query_intvl",
            num(b.mcast_startup_query_intvl),
        ),
        (
            "mcast_stats_enabled",
            "mcast_stats_enabled",
            num(b.mcast_stats_enabled),
        ),
        (
            "mcast_igmp_version",
            "mcast_igmp_version",
            num(b.mcast_igmp_version),
        ),
        (
            "mcast_mld_version",
            "mcast_mld_version",
            num(b.mcast_mld_version),
        ),
        (
            "nf_call_iptables",
            "nf_call_iptables",
            num(b.nf_call_iptables),
        ),
        (
            "nf_call_ip6tables",
            "nf_call_ip6tables",
            num(b.nf_call_ip6tables),
        ),
        (
            "nf_call_arptables",
            "nf_call_arptables",
            num(b.nf_call_arptables),
        ),
    ]
}

/// Prints a bridge's options (the JSON object `key`).
pub(super) fn print<W: Write>(
    sink: &mut Sink<W>,
    b: &Bridge,
    links: &names::Links,
    key: &str,
) -> io::Result<()> {
    print_rows(sink, links, key, &bridge_rows(b))
}
