//! `nlip link add|set|change|replace|delete` and `link property add|del`, with iproute2
//! 6.1's keywords, checks, messages and exit codes (observed by running `ip`).
//!
//! The words are read in one pass, as ip reads them: link options first, then `type KIND`
//! and the kind's own options. Parse errors stop at once (exit 255, or 1 for some of ip's
//! messages); the device is looked up after the parse ("Cannot find device", exit 1); kernel
//! errors are exit 2.

use crate::args::{invalid_arg, invalid_arg_tight, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::names;
use nlkit::rtnl::link::attrs::{
    IN6_ADDR_GEN_MODE_EUI64, IN6_ADDR_GEN_MODE_NONE, IN6_ADDR_GEN_MODE_RANDOM,
    IN6_ADDR_GEN_MODE_STABLE_PRIVACY, XDP_FLAGS_DRV_MODE, XDP_FLAGS_HW_MODE, XDP_FLAGS_SKB_MODE,
    XDP_FLAGS_UPDATE_IF_NOEXIST,
};
use nlkit::rtnl::link::kinds::gre::attrs::GRE_KEY;
use nlkit::rtnl::link::kinds::macvlan::attrs::{MACVLAN_FLAG_NODST, MACVLAN_FLAG_NOPROMISC};
use nlkit::rtnl::link::kinds::vlan::attrs::{
    ETH_P_8021AD, ETH_P_8021Q, VLAN_FLAG_BRIDGE_BINDING, VLAN_FLAG_GVRP, VLAN_FLAG_LOOSE_BINDING,
    VLAN_FLAG_MVRP, VLAN_FLAG_REORDER_HDR,
};
use nlkit::rtnl::link::kinds::{
    Bond, Bridge, BridgePort, Gre, LinkKind, Macvlan, MacvlanMode, PortState, Veth, Vlan, Vrf,
    Vxlan,
};
use nlkit::rtnl::link::{
    AltNames, Link, LinkChange, LinkFlags, LinkMode, LinkQuery, OperState, Xdp,
};
use nlkit::rtnl::{self, AddressFamily, Change, Verb};
use nlkit::wire::codec::Switch;
use nlkit::wire::fixed::Be16;
use nlkit::wire::rtnl::{PortRange, VlanFlags};
use std::net::IpAddr;
use std::os::fd::{AsFd, AsRawFd};

/// Which change command runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// `add`: create (`NLM_F_CREATE | NLM_F_EXCL`).
    Add,
    /// `replace`: create or replace (`NLM_F_CREATE | NLM_F_REPLACE`).
    Replace,
    /// `set` / `change`: change an existing link.
    Set,
    /// `delete`.
    Delete,
}

impl Op {
    fn creates(self) -> bool {
        matches!(self, Op::Add | Op::Replace)
    }

    /// The change the request makes.
    fn verb(self) -> Verb {
        match self {
            Op::Add => Verb::Add,
            Op::Replace => Verb::Replace,
            Op::Set => Verb::Change,
            Op::Delete => Verb::Delete,
        }
    }
}

/// `Usage` of `ip link <options> type veth`.
const VETH_USAGE: &str = "\
Usage: ip link <options> type veth [peer <options>]
To get <options> type 'ip link add help'";

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

/// `Usage` of `ip link ... type vxlan`.
const VXLAN_USAGE: &str = "\
Usage: ... vxlan id VNI
\t\t[ { group | remote } IP_ADDRESS ]
\t\t[ local ADDR ]
\t\t[ ttl TTL ]
\t\t[ tos TOS ]
\t\t[ df DF ]
\t\t[ flowlabel LABEL ]
\t\t[ dev PHYS_DEV ]
\t\t[ dstport PORT ]
\t\t[ srcport MIN MAX ]
\t\t[ [no]learning ]
\t\t[ [no]proxy ]
\t\t[ [no]rsc ]
\t\t[ [no]l2miss ]
\t\t[ [no]l3miss ]
\t\t[ ageing SECONDS ]
\t\t[ maxaddress NUMBER ]
\t\t[ [no]udpcsum ]
\t\t[ [no]udp6zerocsumtx ]
\t\t[ [no]udp6zerocsumrx ]
\t\t[ [no]remcsumtx ] [ [no]remcsumrx ]
\t\t[ [no]external ] [ gbp ] [ gpe ]
\t\t[ [no]vnifilter ]

Where:\tVNI\t:= 0-16777215
\tADDR\t:= { IP_ADDRESS | any }
\tTOS\t:= { NUMBER | inherit }
\tTTL\t:= { 1..255 | auto | inherit }
\tDF\t:= { unset | set | inherit }
\tLABEL := 0-1048575";

/// `Usage` of `ip link ... type macvlan|macvtap`.
fn macvlan_usage(kind: &str) -> String {
    format!(
        "Usage: ... {kind} mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]

MODE: private | vepa | bridge | passthru | source
MODE_FLAG: null | nopromisc | nodst
MODE_OPTS: for mode \"source\":
\tmacaddr {{ {{ add | del }} <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }}
BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]"
    )
}

const VXLAN_NO_PORT: &str = "\
vxlan: destination port not specified
Will use Linux kernel default (non-standard value)
Use 'dstport 4789' to get the IANA assigned value
Use 'dstport 0' to get default and quiet this message";

/// ip's `get_integer`: an `int`, sent as its 32 bits.
fn c_int(s: &str) -> Option<u32> {
    let v = i32::try_from(crate::args::c_long(s)?).ok()?;
    Some(v as u32)
}

/// ip's `get_u32`/`get_u16`/`get_u8`: unsigned, at most `max` (a minus sign is only
/// accepted on zero).
fn c_unsigned(s: &str, max: u32) -> Option<u32> {
    let v = crate::args::c_number(s)?;
    u32::try_from(v).ok().filter(|&v| v <= max)
}

/// `Error: argument of "KEY" must be "on" or "off", not "V"` (exit 1).
fn on_off(key: &str, v: &str) -> Result<bool, Failure> {
    match v {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(Failure::failed(format!(
            "Error: argument of \"{key}\" must be \"on\" or \"off\", not \"{v}\""
        ))
        .fatal()),
    }
}

/// ip's `check_ifname`: a name the kernel can take as `IFLA_IFNAME`.
fn valid_ifname(n: &str) -> bool {
    n.len() < 16 && valid_altname(n)
}

/// ip's `check_altifname`: no length limit here (the kernel checks it), only the characters.
fn valid_altname(n: &str) -> bool {
    !n.is_empty() && !n.contains(|c: char| c == '/' || c == ':' || c.is_whitespace())
}

/// A hardware address typed as hex bytes separated by `:` (`"X" is invalid lladdr.`,
/// exit 1).
fn lladdr(v: &str) -> Result<Vec<u8>, Failure> {
    let bad = || Failure::failed(format!("\"{v}\" is invalid lladdr.")).fatal();
    let mut out = Vec::new();
    for part in v.split(':') {
        if part.is_empty() || part.len() > 2 {
            return Err(bad());
        }
        out.push(u8::from_str_radix(part, 16).map_err(|_| bad())?);
    }
    if out.len() > 32 {
        return Err(bad());
    }
    Ok(out)
}

/// `Error: either "dev" is duplicate, or "W" is a garbage.` (exit 255).
fn garbage(w: &str) -> Failure {
    duplicate_or_garbage("dev", w)
}

/// `Error: either "KEY" is duplicate, or "V" is a garbage.` (exit 255).
fn duplicate_or_garbage(key: &str, v: &str) -> Failure {
    Failure::usage(format!(
        "Error: either \"{key}\" is duplicate, or \"{v}\" is a garbage."
    ))
}

/// `Error: duplicate "KEY": "V" is the second value.` (exit 255).
fn duplicate(key: &str, v: &str) -> Failure {
    Failure::usage(format!(
        "Error: duplicate \"{key}\": \"{v}\" is the second value."
    ))
}

fn dev_required() -> Failure {
    Failure::usage("Not enough information: \"dev\" argument is required.")
}

fn both_name_and_dev() -> Failure {
    Failure::new(
        "both \"name\" and \"dev\" cannot be used when creating devices.",
        crate::diag::exit::USAGE,
    )
}

fn no_device(name: &str, code: u8) -> Failure {
    Failure::new(format!("Cannot find device \"{name}\""), code)
}

/// Looks a device up by name (or alternative name), as ip does before a change.
fn find(ctx: &mut Context, name: &str) -> Option<Link> {
    rtnl::get(&mut ctx.conn, &LinkQuery::by_name(name)).ok()
}

/// A link change as typed: the request plus what is resolved after the parse.
#[derive(Default)]
struct Parsed {
    change: LinkChange,
    dev: Option<String>,
    name: Option<String>,
    link: Option<String>,
    kind: Option<String>,
    /// The namespace named by `netns NAME`, open until the request is answered.
    netns: Option<nlkit::sys::Netns>,
    /// The same for a veth peer.
    peer_netns: Option<nlkit::sys::Netns>,
    index_set: bool,
}

/// Parses link options (ip's `iplink_parse`), up to and including `type KIND ARGS`; with
/// `peer`, the options after a veth `peer` (where the kind is already known).
fn parse_options(
    ctx: &mut Context,
    args: &mut Args,
    op: Op,
    peer: bool,
) -> Result<Parsed, Failure> {
    let help = crate::ip::link::HELP;
    let mut p = Parsed::default();
    let c = &mut p.change;
    while let Some(w) = args.next() {
        if w == "up" {
            c.set_flag(LinkFlags::UP, true);
        } else if w == "down" {
            c.set_flag(LinkFlags::UP, false);
        } else if w == "name" {
            let v = args.value(w)?;
            if p.name.is_some() {
                return Err(duplicate("name", v));
            }
            if !valid_ifname(v) {
                return Err(invalid_arg_tight("\"name\" not a valid ifname", v));
            }
            p.name = Some(v.to_owned());
            if p.dev.is_none() {
                p.dev = Some(v.to_owned());
            }
        } else if w == "index" {
            let v = args.value(w)?;
            if p.index_set {
                return Err(duplicate("index", v));
            }
            let i = c_int(v)
                .filter(|&i| i <= i32::MAX as u32)
                .ok_or_else(|| invalid_arg_tight("Invalid \"index\" value", v))?;
            c.index = i;
            p.index_set = true;
        } else if matches(w, "link-netns") && w.len() > 4 {
            let v = args.value(w)?;
            if c.link_netnsid.is_some() {
                return Err(duplicate("link-netns/link-netnsid", v));
            }
            let ns = nlkit::sys::Netns::open_name(v)
                .ok()
                .filter(|_| valid_altname(v))
                .ok_or_else(|| invalid_arg("Invalid \"link-netns\" value", v))?;
            let id = nlkit::rtnl::nsid::get_or_assign(&mut ctx.conn, &ns)
                .map_err(|e| diag::kernel(&e))?;
            c.link_netnsid = Some(id);
        } else if matches(w, "link-netnsid") && w.len() > 4 {
            let v = args.value(w)?;
            if c.link_netnsid.is_some() {
                return Err(duplicate("link-netns/link-netnsid", v));
            }
            let id = c_int(v).ok_or_else(|| invalid_arg("Invalid \"link-netnsid\" value", v))?;
            c.link_netnsid = Some(id as i32);
        } else if matches(w, "link") {
            p.link = Some(args.value(w)?.to_owned());
        } else if matches(w, "address") {
            c.address = Some(lladdr(args.value(w)?)?);
        } else if matches(w, "broadcast") || w == "brd" {
            c.broadcast = Some(lladdr(args.value(w)?)?);
        } else if matches(w, "txqueuelen") || w == "qlen" || matches(w, "txqlen") {
            let v = args.value(w)?;
            // -1 is ip's "not given": typing it does not count as a first value.
            if c.txqlen.is_some_and(|x| x != u32::MAX) {
                return Err(duplicate("txqueuelen", v));
            }
            c.txqlen =
                Some(c_int(v).ok_or_else(|| invalid_arg("Invalid \"txqueuelen\" value", v))?);
        } else if w == "mtu" {
            let v = args.value(w)?;
            // -1 is ip's "not given": typing it does not count as a first value.
            if c.mtu.is_some_and(|x| x != u32::MAX) {
                return Err(duplicate("mtu", v));
            }
            c.mtu = Some(c_int(v).ok_or_else(|| invalid_arg("Invalid \"mtu\" value", v))?);
        } else if let Some(mode) = xdp_mode(w) {
            // Only detaching is supported (loading a program is ip's libbpf business); ip
            // accepts `off` only as the last word.
            let v = args.value(w)?;
            if v != "off" || args.peek().is_some() {
                return Err(Failure::usage(format!("What mode is \"{v}\"?")));
            }
            c.xdp = Some(Xdp::detach(XDP_FLAGS_UPDATE_IF_NOEXIST | mode));
        } else if w == "netns" {
            let v = args.value(w)?;
            if c.netns_fd.is_some() || c.netns_pid.is_some() {
                return Err(duplicate("netns", v));
            }
            let ns = if valid_altname(v) {
                nlkit::sys::Netns::open_name(v).ok()
            } else if v.contains('/') {
                nlkit::sys::Netns::open_path(v).ok()
            } else {
                None
            };
            match ns {
                Some(ns) => {
                    c.netns_fd = Some(ns.as_fd().as_raw_fd());
                    p.netns = Some(ns);
                }
                None => {
                    let pid = c_int(v).ok_or_else(|| invalid_arg("Invalid \"netns\" value", v))?;
                    c.netns_pid = Some(pid);
                }
            }
        } else if let Some((flag, invert)) = flag_keyword(w) {
            let v = args.value(w)?;
            let key = if w == "d" || matches(w, "dynamic") {
                "dynamic"
            } else {
                w
            };
            let on = on_off(key, v)?;
            c.set_flag(flag, on != invert);
        } else if w == "carrier" || w == "protodown" {
            let v = args.value(w)?;
            // These two use ip's other on/off reader: its wording, and EINVAL as exit code.
            let on = match v {
                "on" => 1,
                "off" => 0,
                _ => {
                    return Err(Failure::new(
                        format!(
                            "Error: argument of \"{w}\" must be one of \"off\", \"on\", not \"{v}\""
                        ),
                        22,
                    )
                    .fatal())
                }
            };
            if w == "carrier" {
                c.carrier = Some(on);
            } else {
                c.proto_down = Some(on);
            }
        } else if w == "mode" {
            let v = args.value(w)?;
            let m = match v.to_ascii_lowercase().as_str() {
                "default" => LinkMode::Default,
                "dormant" => LinkMode::Dormant,
                _ => return Err(invalid_arg("Invalid link mode", v)),
            };
            c.linkmode = Some(m);
        } else if w == "state" {
            let v = args.value(w)?;
            let s = OPERSTATES
                .iter()
                .position(|s| s.eq_ignore_ascii_case(v))
                .ok_or_else(|| invalid_arg("Invalid operstate", v))?;
            c.operstate = Some(OperState::from(s as u8));
        } else if w == "gso_max_size" || w == "gso_max_segs" || w == "gro_max_size" {
            let v = args.value(w)?;
            let n = c_unsigned(v, u32::MAX)
                .ok_or_else(|| invalid_arg(&format!("Invalid \"{w}\" value"), v))?;
            match w {
                "gso_max_size" => c.gso_max_size = Some(n),
                "gso_max_segs" => c.gso_max_segs = Some(n),
                _ => c.gro_max_size = Some(n),
            }
        } else if matches(w, "master") {
            let v = args.value(w)?;
            let idx = find(ctx, v).map(|l| l.index);
            c.master = Some(idx.ok_or_else(|| invalid_arg("Device does not exist", v))?);
        } else if w == "vrf" {
            let v = args.value(w)?;
            let vrf = find(ctx, v).filter(|l| l.kind() == Some("vrf"));
            let vrf = vrf.ok_or_else(|| invalid_arg("Not a valid VRF name", v))?;
            c.master = Some(vrf.index);
        } else if matches(w, "nomaster") {
            c.master = Some(0);
        } else if matches(w, "alias") {
            let v = args.value(w)?;
            if v.len() >= 256 {
                return Err(invalid_arg("alias too long", v));
            }
            c.alias = Some(v.to_owned());
        } else if w == "group" {
            let v = args.value(w)?;
            if c.group.is_some() {
                return Err(duplicate("group", v));
            }
            let id = names::groups().id(v);
            c.group = Some(id.ok_or_else(|| invalid_arg("Invalid \"group\" value", v))?);
        } else if matches(w, "numtxqueues") {
            let v = args.value(w)?;
            // -1 is ip's "not given": typing it does not count as a first value.
            if c.num_tx_queues.is_some_and(|x| x != u32::MAX) {
                return Err(duplicate("numtxqueues", v));
            }
            let n = c_int(v).ok_or_else(|| invalid_arg("Invalid \"numtxqueues\" value", v))?;
            c.num_tx_queues = Some(n);
        } else if matches(w, "numrxqueues") {
            let v = args.value(w)?;
            // -1 is ip's "not given": typing it does not count as a first value.
            if c.num_rx_queues.is_some_and(|x| x != u32::MAX) {
                return Err(duplicate("numrxqueues", v));
            }
            let n = c_int(v).ok_or_else(|| invalid_arg("Invalid \"numrxqueues\" value", v))?;
            c.num_rx_queues = Some(n);
        } else if matches(w, "addrgenmode") {
            let v = args.value(w)?;
            let mode = match v {
                "eui64" => IN6_ADDR_GEN_MODE_EUI64,
                "none" => IN6_ADDR_GEN_MODE_NONE,
                "stable_secret" => IN6_ADDR_GEN_MODE_STABLE_PRIVACY,
                "random" => IN6_ADDR_GEN_MODE_RANDOM,
                _ => return Err(invalid_arg("Invalid address generation mode", v)),
            };
            c.addr_gen_mode = Some(mode);
        } else if matches(w, "type") {
            let kind = args.value(w)?;
            if peer {
                return Err(duplicate("type", kind));
            }
            if !op.creates() {
                // Changing a link's kind data: ip wants the device before the kind's options.
                let Some(d) = &p.dev else {
                    return Err(dev_required());
                };
                if find(ctx, d).is_none() {
                    return Err(no_device(d, 1));
                }
            }
            p.kind = Some(kind.to_owned());
            let (k, ns) = parse_kind(ctx, args, op, kind)?;
            c.kind = Some(k);
            p.peer_netns = ns;
            break;
        } else {
            let mut v = w;
            if matches(w, "help") {
                return Err(Failure::usage(help));
            }
            if w == "dev" {
                v = args.value(w)?;
            }
            if p.dev != p.name {
                return Err(garbage(v));
            }
            if !valid_altname(v) {
                return Err(invalid_arg_tight("\"dev\" not a valid ifname", v));
            }
            p.dev = Some(v.to_owned());
        }
    }
    Ok(p)
}

/// `IF_OPER_*` names, by value (RFC 2863).
const OPERSTATES: [&str; 7] = [
    "unknown",
    "notpresent",
    "down",
    "lowerlayerdown",
    "testing",
    "dormant",
    "up",
];

/// The `XDP_FLAGS_*` mode of an `xdp*` keyword.
fn xdp_mode(w: &str) -> Option<u32> {
    Some(match w {
        "xdp" => 0,
        "xdpgeneric" => XDP_FLAGS_SKB_MODE,
        "xdpdrv" => XDP_FLAGS_DRV_MODE,
        "xdpoffload" => XDP_FLAGS_HW_MODE,
        _ => return None,
    })
}

/// The device flag an on/off keyword sets, and whether "on" clears it.
fn flag_keyword(w: &str) -> Option<(LinkFlags, bool)> {
    Some(match w {
        "multicast" => (LinkFlags::MULTICAST, false),
        "allmulticast" => (LinkFlags::ALLMULTI, false),
        "promisc" => (LinkFlags::PROMISC, false),
        "trailers" => (LinkFlags::NOTRAILERS, true),
        "arp" => (LinkFlags::NOARP, true),
        _ if matches(w, "dynamic") => (LinkFlags::DYNAMIC, false),
        _ => return None,
    })
}

/// The kind-specific options after `type KIND` (the rest of the command line), and the
/// namespace a veth peer goes to (kept open until the request is answered).
fn parse_kind(
    ctx: &mut Context,
    args: &mut Args,
    op: Op,
    kind: &str,
) -> Result<(LinkKind, Option<nlkit::sys::Netns>), Failure> {
    if kind == "veth" {
        let (v, ns) = parse_veth(ctx, args, op)?;
        return Ok((LinkKind::Veth(v), ns));
    }
    // With nothing after the kind, ip does not run the kind's parser (no defaults are
    // sent, no checks are made).
    let bare = args.peek().is_none();
    let k = match kind {
        "vxlan" if bare => LinkKind::Vxlan(Vxlan::default()),
        "bridge" => LinkKind::Bridge(parse_bridge(args)?),
        "macvlan" => LinkKind::Macvlan(parse_macvlan(args, kind)?),
        "macvtap" => LinkKind::Macvtap(parse_macvlan(args, kind)?),
        "vxlan" => LinkKind::Vxlan(parse_vxlan(ctx, args, op)?),
        "vlan" if !bare => LinkKind::Vlan(parse_vlan(args)?),
        "bridge_slave" if !bare => LinkKind::BridgePort(parse_bridge_port(args)?),
        "bond" if !bare => LinkKind::Bond(parse_bond(args)?),
        "vrf" if !bare => LinkKind::Vrf(parse_vrf(args)?),
        "gre" if !bare => LinkKind::Gre(parse_gre(ctx, args, op)?),
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

fn parse_veth(
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

fn parse_bridge(args: &mut Args) -> Result<Bridge, Failure> {
    let mut c = Bridge::default();
    while let Some(w) = args.next() {
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
            "group_address" => c.group_addr = Some(lladdr(args.value(w)?)?),
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

fn parse_macvlan(args: &mut Args, kind: &str) -> Result<Macvlan, Failure> {
    let mut c = Macvlan::default();
    while let Some(w) = args.next() {
        match w {
            "mode" => {
                let v = args.value(w)?;
                c.mode = Some(match v {
                    "private" => MacvlanMode::Private,
                    "vepa" => MacvlanMode::Vepa,
                    "bridge" => MacvlanMode::Bridge,
                    "passthru" => MacvlanMode::Passthru,
                    "source" => MacvlanMode::Source,
                    _ => {
                        return Err(Failure::failed(format!(
                            "Error: argument of \"mode\" must be \"private\", \"vepa\", \
                                 \"bridge\", \"passthru\" or \"source\", not \"{v}\""
                        )))
                    }
                });
            }
            "flag" => {
                let v = args.value(w)?;
                c.flags = Some(match v {
                    "nopromisc" => MACVLAN_FLAG_NOPROMISC,
                    "nodst" => MACVLAN_FLAG_NODST,
                    "null" => 0,
                    _ => {
                        return Err(Failure::failed(format!(
                            "Error: argument of \"flag\" must be \"nopromisc\", \"nodst\" \
                                 or \"null\", not \"{v}\""
                        )))
                    }
                });
            }
            "nopromisc" => {
                c.flags = Some(c.flags.unwrap_or(0) | MACVLAN_FLAG_NOPROMISC);
            }
            "bcqueuelen" => {
                let v = args.value(w)?;
                let n = c_unsigned(v, u32::MAX).ok_or_else(|| {
                    Failure::failed(format!(
                        "Error: argument of \"bcqueuelen\" must be a positive integer \
                             [0-4294967295], not \"{v}\""
                    ))
                })?;
                c.bc_queue_len = Some(n);
            }
            "help" => return Err(Failure::failed(macvlan_usage(kind))),
            _ => {
                return Err(Failure::failed(format!(
                    "{kind}: unknown option \"{w}\"?\n{}",
                    macvlan_usage(kind)
                )))
            }
        }
    }
    let nopromisc = c.flags.unwrap_or(0) & MACVLAN_FLAG_NOPROMISC != 0;
    if nopromisc && c.mode != Some(MacvlanMode::Passthru) {
        return Err(Failure::failed(format!(
            "{kind}: nopromisc flag only valid in passthru mode\n{}",
            macvlan_usage(kind)
        )));
    }
    Ok(c)
}

fn parse_vxlan(ctx: &mut Context, args: &mut Args, op: Op) -> Result<Vxlan, Failure> {
    let mut c = Vxlan::default();
    let mut learning: Option<bool> = None;
    let mut group = None;
    let mut remote = None;
    let mut port_set = false;
    let bad = |what: &str, v: &str| invalid_arg_tight(what, v);
    // The first address fixes the family; `any` is only an address once it is known.
    let mut family: Option<AddressFamily> = None;
    // ip refuses a second value for any option (or the other form of a switch).
    let mut seen: Vec<&str> = Vec::new();
    while let Some(w) = args.next() {
        if let Some(key) = vxlan_valued_key(w) {
            if seen.contains(&key) {
                return Err(duplicate_or_garbage(key, args.value(w)?));
            }
            seen.push(key);
        } else if let Some(key) = vxlan_flag_key(w) {
            if seen.contains(&key) {
                return Err(duplicate_or_garbage(w, w));
            }
            seen.push(key);
        }
        if let Some((field, on)) = vxlan_switch(&mut c, w) {
            *field = Some(on);
            continue;
        }
        match w {
            "id" | "vni" => {
                let v = args.value(w)?;
                let id = c_unsigned(v, (1 << 24) - 1).ok_or_else(|| bad("invalid id", v))?;
                c.id = Some(id);
            }
            "group" | "remote" => {
                let v = args.value(w)?;
                if group.is_some() || remote.is_some() {
                    return Err(Failure::failed(
                        "vxlan: both group and remote cannot be specified",
                    ));
                }
                let a = vxlan_addr(v, &mut family)?;
                let ok = a.is_some_and(|a| a.is_multicast() == (w == "group"));
                match a {
                    Some(a) if ok && w == "group" => group = Some(a),
                    Some(a) if ok => remote = Some(a),
                    _ => return Err(bad(&format!("invalid {w} address"), v)),
                }
            }
            "local" => {
                let v = args.value(w)?;
                match vxlan_addr(v, &mut family)? {
                    Some(a) if !a.is_multicast() => c.set_local(a),
                    // `any` of a known family: ip sends the attribute empty (and the kernel
                    // refuses it).
                    None if family.is_some() => {
                        c.set_local_any(family == Some(AddressFamily::Inet6))
                    }
                    _ => return Err(bad("invalid local address", v)),
                }
            }
            "dev" => {
                let v = args.value(w)?;
                let idx = find(ctx, v).map(|l| l.index);
                c.link = Some(idx.ok_or_else(|| no_device(v, 255))?);
            }
            "ttl" | "hoplimit" => {
                let v = args.value(w)?;
                match v {
                    "inherit" => c.ttl_inherit = Some(Switch::Flag),
                    "auto" => c.ttl = Some(0),
                    _ => {
                        let t = c_unsigned(v, u32::MAX).ok_or_else(|| bad("invalid TTL", v))?;
                        if t > 255 {
                            return Err(bad("TTL must be <= 255", v));
                        }
                        c.ttl = Some(t as u8);
                    }
                }
            }
            "tos" | "dsfield" => {
                let v = args.value(w)?;
                let t = match v {
                    "inherit" => Some(1),
                    _ => names::dsfields().id(v).filter(|&t| t < 256),
                };
                c.tos = Some(t.ok_or_else(|| bad("bad TOS value", v))? as u8);
            }
            "dstport" => {
                let v = args.value(w)?;
                let p = c_unsigned(v, 65535).ok_or_else(|| bad("dst port", v))?;
                port_set = true;
                c.port = (p != 0).then_some(p as u16);
            }
            "srcport" => {
                let lo = args.value(w)?;
                let lo = c_unsigned(lo, 65535).ok_or_else(|| bad("min port", lo))?;
                let hi = args.value(w)?;
                let hi = c_unsigned(hi, 65535).ok_or_else(|| bad("max port", hi))?;
                c.port_range = Some(PortRange {
                    low: Be16(lo as u16),
                    high: Be16(hi as u16),
                });
            }
            "ageing" => {
                let v = args.value(w)?;
                c.ageing = Some(c_unsigned(v, u32::MAX).ok_or_else(|| bad("ageing timer", v))?);
            }
            "maxaddress" => {
                let v = args.value(w)?;
                c.limit = Some(c_unsigned(v, u32::MAX).ok_or_else(|| bad("max addresses", v))?);
            }
            "flowlabel" => {
                let v = args.value(w)?;
                c.label = Some(c_unsigned(v, u32::MAX).ok_or_else(|| bad("invalid flowlabel", v))?);
            }
            "df" => {
                let v = args.value(w)?;
                c.df = Some(match v {
                    "unset" => 0,
                    "set" => 1,
                    "inherit" => 2,
                    _ => return Err(bad("DF must be 'unset', 'set' or 'inherit'", v)),
                });
            }
            "learning" => learning = Some(true),
            "nolearning" => learning = Some(false),
            "gbp" => c.gbp = Some(()),
            "gpe" => c.gpe = Some(()),
            "help" => return Err(Failure::failed(VXLAN_USAGE)),
            _ => {
                return Err(Failure::failed(format!(
                    "vxlan: unknown command \"{w}\"?\n{VXLAN_USAGE}"
                )))
            }
        }
    }
    if let Some(a) = group.or(remote) {
        c.set_remote(a);
    }
    let external = c.collect_metadata == Some(true);
    if external && c.id.is_some() {
        return Err(Failure::failed(
            "vxlan: both 'external' and vni cannot be specified",
        ));
    }
    if op.creates() && c.id.is_none() && !external {
        return Err(Failure::failed("vxlan: missing virtual network identifier"));
    }
    if group.is_some() && c.link.is_none() {
        return Err(Failure::failed(
            "vxlan: 'group' requires 'dev' to be specified",
        ));
    }
    // ip sends learning when it creates a vxlan (off for `external`); a change carries it
    // only when it is typed.
    c.learning = learning.or_else(|| op.creates().then_some(!external));
    if op.creates() && !port_set && c.gpe.is_none() {
        crate::diag::warn(VXLAN_NO_PORT);
    }
    Ok(c)
}

/// A vxlan address: of `family` once one is known (which the first address fixes);
/// `None` for `any`.
fn vxlan_addr(v: &str, family: &mut Option<AddressFamily>) -> Result<Option<IpAddr>, Failure> {
    let what = match *family {
        Some(AddressFamily::Inet) => "inet address",
        Some(AddressFamily::Inet6) => "inet6 address",
        _ => "any valid address",
    };
    if v == "any" {
        return Ok(None);
    }
    let bad = || Failure::failed(format!("Error: {what} is expected rather than \"{v}\".")).fatal();
    let a: IpAddr = v.parse().map_err(|_| bad())?;
    let f = AddressFamily::of(&a);
    if family.is_some_and(|x| x != f) {
        return Err(bad());
    }
    *family = Some(f);
    Ok(Some(a))
}

/// The option a vxlan word with a value sets, by ip's name for it.
fn vxlan_valued_key(w: &str) -> Option<&'static str> {
    Some(match w {
        "id" | "vni" => "id",
        "ttl" | "hoplimit" => "ttl",
        "tos" | "dsfield" => "tos",
        "group" => "group",
        "remote" => "remote",
        "local" => "local",
        "dev" => "dev",
        "dstport" => "dstport",
        "srcport" => "srcport",
        "ageing" => "ageing",
        "maxaddress" => "maxaddress",
        "flowlabel" => "flowlabel",
        "df" => "df",
        _ => return None,
    })
}

/// The option a vxlan switch word sets (`learning` and `nolearning` set the same one).
fn vxlan_flag_key(w: &str) -> Option<&'static str> {
    const SWITCHES: [&str; 13] = [
        "learning",
        "external",
        "proxy",
        "rsc",
        "l2miss",
        "l3miss",
        "udpcsum",
        "udp6zerocsumtx",
        "udp6zerocsumrx",
        "remcsumtx",
        "remcsumrx",
        "gbp",
        "gpe",
    ];
    let name = w.strip_prefix("no").unwrap_or(w);
    let k = SWITCHES.iter().copied().find(|&k| k == name || k == w)?;
    // `gbp` and `gpe` have no `no` form.
    (!(matches!(k, "gbp" | "gpe") && w != k)).then_some(k)
}

/// The vxlan on/off words (`proxy`, `noproxy`, ...): the field and its value.
fn vxlan_switch<'c>(c: &'c mut Vxlan, w: &str) -> Option<(&'c mut Option<bool>, bool)> {
    let (name, on) = match w.strip_prefix("no") {
        Some(rest) => (rest, false),
        None => (w, true),
    };
    let field = match name {
        "external" => &mut c.collect_metadata,
        "proxy" => &mut c.proxy,
        "rsc" => &mut c.rsc,
        "l2miss" => &mut c.l2miss,
        "l3miss" => &mut c.l3miss,
        "udpcsum" => &mut c.udp_csum,
        "udp6zerocsumtx" => &mut c.udp_zero_csum6_tx,
        "udp6zerocsumrx" => &mut c.udp_zero_csum6_rx,
        "remcsumtx" => &mut c.remcsum_tx,
        "remcsumrx" => &mut c.remcsum_rx,
        _ => return None,
    };
    Some((field, on))
}

fn parse_bridge_port(args: &mut Args) -> Result<BridgePort, Failure> {
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

fn parse_vlan(args: &mut Args) -> Result<Vlan, Failure> {
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

fn parse_bond(args: &mut Args) -> Result<Bond, Failure> {
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

fn parse_vrf(args: &mut Args) -> Result<Vrf, Failure> {
    const USAGE: &str = "Usage: ... vrf table TABLEID";
    let mut c = Vrf::default();
    while let Some(w) = args.next() {
        match w {
            "table" => {
                let v = args.value(w)?;
                let t = names::tables().id(v);
                c.table = Some(t.ok_or_else(|| invalid_arg("invalid table ID", v))?);
            }
            "help" => return Err(Failure::failed(USAGE)),
            _ => {
                return Err(Failure::failed(format!(
                    "vrf: unknown option \"{w}\"?\n{USAGE}"
                )))
            }
        }
    }
    Ok(c)
}

/// A GRE key as ip reads it: with dots, up to four byte values (each a C number) that
/// fill the key from its first byte; else an unsigned 32-bit number.
fn gre_key(key: &str, v: &str) -> Result<u32, Failure> {
    if v.contains('.') {
        let bad = || {
            Failure::failed(format!(
                "Error: an IP address is expected rather than \"{v}\""
            ))
            .fatal()
        };
        let mut bytes = [0u8; 4];
        let parts: Vec<&str> = v.split('.').collect();
        if parts.len() > 4 {
            return Err(bad());
        }
        for (b, part) in bytes.iter_mut().zip(&parts) {
            *b = c_unsigned(part, 255).ok_or_else(bad)? as u8;
        }
        return Ok(u32::from(std::net::Ipv4Addr::from(bytes)));
    }
    c_unsigned(v, u32::MAX).ok_or_else(|| {
        Failure::new(
            format!("invalid value for \"{key}\": \"{v}\"; it should be an unsigned integer"),
            255,
        )
    })
}

fn parse_gre(ctx: &mut Context, args: &mut Args, op: Op) -> Result<Gre, Failure> {
    // On creation ip sends every field, with its defaults.
    let mut c = if op.creates() {
        Gre {
            ikey: Some(0),
            okey: Some(0),
            iflags: Some(0),
            oflags: Some(0),
            pmtudisc: Some(true),
            tos: Some(0),
            ttl: Some(0),
            fwmark: Some(0),
            encap_type: Some(0),
            encap_flags: Some(0),
            encap_sport: Some(0),
            encap_dport: Some(0),
            ..Default::default()
        }
    } else {
        Gre::default()
    };
    let addr = |v: &str| -> Result<Option<std::net::Ipv4Addr>, Failure> {
        if v == "any" {
            return Ok(None);
        }
        let a: std::net::Ipv4Addr = v.parse().map_err(|_| {
            Failure::failed(format!(
                "Error: inet address is expected rather than \"{v}\"."
            ))
            .fatal()
        })?;
        Ok(Some(a).filter(|a| !a.is_unspecified()))
    };
    while let Some(w) = args.next() {
        let key = |args: &mut Args| -> Result<u32, Failure> { gre_key(w, args.value(w)?) };
        match w {
            "key" => {
                let k = key(args)?;
                c.ikey = Some(k);
                c.okey = Some(k);
                c.iflags = Some(c.iflags.unwrap_or(0) | GRE_KEY);
                c.oflags = Some(c.oflags.unwrap_or(0) | GRE_KEY);
            }
            "ikey" => {
                c.ikey = Some(key(args)?);
                c.iflags = Some(c.iflags.unwrap_or(0) | GRE_KEY);
            }
            "okey" => {
                c.okey = Some(key(args)?);
                c.oflags = Some(c.oflags.unwrap_or(0) | GRE_KEY);
            }
            "remote" => c.remote = addr(args.value(w)?)?,
            "local" => c.local = addr(args.value(w)?)?,
            "dev" => {
                let v = args.value(w)?;
                let idx = find(ctx, v).map(|l| l.index);
                c.link = Some(idx.ok_or_else(|| no_device(v, 255))?);
            }
            "ttl" | "hoplimit" | "hlim" => {
                let v = args.value(w)?;
                c.ttl = Some(match v {
                    "inherit" => 0,
                    _ => c_unsigned(v, 255).ok_or_else(|| invalid_arg("invalid TTL", v))? as u8,
                });
            }
            "tos" | "tclass" | "dsfield" => {
                let v = args.value(w)?;
                let t = match v {
                    "inherit" => Some(1),
                    _ => names::dsfields().id(v).filter(|&t| t < 256),
                };
                c.tos = Some(t.ok_or_else(|| invalid_arg_tight("bad TOS value", v))? as u8);
            }
            "pmtudisc" => c.pmtudisc = Some(true),
            "nopmtudisc" => c.pmtudisc = Some(false),
            _ => return Err(Failure::failed(GRE_USAGE)),
        }
    }
    Ok(c)
}

/// `nlip link add|replace|set|change|delete ...`.
pub fn modify(ctx: &mut Context, args: &mut Args, op: Op) -> Result<(), Failure> {
    let mut p = parse_options(ctx, args, op, false)?;
    if op.creates() {
        if let (Some(d), Some(n)) = (&p.dev, &p.name) {
            if d != n {
                return Err(both_name_and_dev());
            }
        }
        if let Some(l) = &p.link {
            let idx = find(ctx, l).map(|l| l.index);
            p.change.link = Some(idx.ok_or_else(|| no_device(l, 1))?);
        }
        if p.kind.is_none() {
            return Err(Failure::new(
                "Not enough information: \"type\" argument is required",
                1,
            ));
        }
        p.change.name = p.dev.take();
    } else {
        let Some(dev) = p.dev.clone() else {
            // `set group N ...` changes, `delete group N` deletes, every link of the group.
            return match (op, p.change.group) {
                (Op::Delete, Some(g)) => {
                    let group = LinkChange {
                        group: Some(g),
                        ..LinkChange::of(0)
                    };
                    apply(ctx, &group, Verb::Delete)
                }
                (_, Some(_)) => apply(ctx, &p.change, Verb::Change),
                _ => Err(dev_required()),
            };
        };
        // ip checks a new address against the device first, then `index`, then looks the
        // device up.
        if let Some(a) = &p.change.address {
            let Some(l) = find(ctx, &dev) else {
                return Err(no_device(&dev, 1));
            };
            if let Some(have) = &l.address {
                if a.len() != have.len() {
                    return Err(Failure::failed(format!(
                        "Invalid address length {} - must be {} bytes",
                        a.len(),
                        have.len()
                    )));
                }
            }
        }
        if p.index_set && p.change.netns_fd.is_none() && p.change.netns_pid.is_none() {
            return Err(Failure::usage(
                "index can be used only when creating devices or when moving device to another netns.",
            ));
        }
        let Some(l) = find(ctx, &dev) else {
            return Err(no_device(&dev, 1));
        };
        if p.index_set {
            // With `netns`: the index the link takes over there.
            p.change.new_index = Some(p.change.index as i32);
        }
        p.change.index = l.index;
        if p.name.as_deref() != Some(dev.as_str()) {
            p.change.name = p.name.take();
        }
    }
    // (`link DEV` counts only when a link is created; ip ignores it otherwise.)
    if op == Op::Delete {
        // A deletion names the link by its index, with the kind when one is typed.
        let del = LinkChange {
            kind: p.change.kind.take(),
            ..LinkChange::of(p.change.index)
        };
        return apply(ctx, &del, Verb::Delete);
    }
    apply(ctx, &p.change, op.verb())
}

/// Sends the change and waits for the kernel's answer.
fn apply<C: Change>(ctx: &mut Context, change: &C, verb: Verb) -> Result<(), Failure> {
    diag::outcome(rtnl::apply(&mut ctx.conn, change, verb))
}

/// `nlip link property add|del [dev] DEV [altname NAME]...`.
pub fn property(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let help = crate::ip::link::HELP;
    let Some(op) = args.next() else {
        return Err(Failure::usage(help));
    };
    let add = if matches(op, "add") {
        true
    } else if matches(op, "del") {
        false
    } else if matches(op, "help") {
        return Err(Failure::usage(help));
    } else {
        return Err(Failure::usage("Operator required"));
    };
    let mut dev: Option<&str> = None;
    let mut names: Vec<&str> = Vec::new();
    while let Some(w) = args.next() {
        if w == "altname" {
            let v = args.value(w)?;
            if !valid_altname(v) {
                return Err(invalid_arg_tight("not a valid altname", v));
            }
            names.push(v);
        } else {
            let mut v = w;
            if w == "dev" {
                v = args.value(w)?;
            } else if matches(w, "help") {
                return Err(Failure::usage(help));
            }
            if dev.is_some() {
                return Err(garbage(v));
            }
            dev = Some(v);
        }
    }
    let Some(dev) = dev else {
        return Err(Failure::new(
            "Not enough of information: \"dev\" argument is required.",
            255,
        ));
    };
    let Some(l) = find(ctx, dev) else {
        return Err(no_device(dev, 1));
    };
    let alt = AltNames {
        index: l.index,
        names: names.iter().map(|n| n.to_string()).collect(),
    };
    apply(ctx, &alt, if add { Verb::Add } else { Verb::Delete })
}

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

/// `Usage` of `ip link ... type gre`.
const GRE_USAGE: &str = "\
Usage: ... gre      \t[ remote ADDR ]
\t\t\t[ local ADDR ]
\t\t\t[ [no][i|o]seq ]
\t\t\t[ [i|o]key KEY | no[i|o]key ]
\t\t\t[ [no][i|o]csum ]
\t\t\t[ ttl TTL ]
\t\t\t[ tos TOS ]
\t\t\t[ [no]pmtudisc ]
\t\t\t[ [no]ignore-df ]
\t\t\t[ dev PHYS_DEV ]
\t\t\t[ fwmark MARK ]
\t\t\t[ external ]
\t\t\t[ noencap ]
\t\t\t[ encap { fou | gue | none } ]
\t\t\t[ encap-sport PORT ]
\t\t\t[ encap-dport PORT ]
\t\t\t[ [no]encap-csum ]
\t\t\t[ [no]encap-csum6 ]
\t\t\t[ [no]encap-remcsum ]

Where:\tADDR := { IP_ADDRESS | any }
\tTOS  := { NUMBER | inherit }
\tTTL  := { 1..255 | inherit }
\tKEY  := { DOTTED_QUAD | NUMBER }
\tMARK := { 0x0..0xffffffff }";

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_c_does() {
        assert_eq!(c_int("0x10"), Some(16));
        assert_eq!(c_int("010"), Some(8));
        assert_eq!(c_int("-1"), Some(u32::MAX));
        assert_eq!(c_int("12abc"), None);
        assert_eq!(c_int("99999999999"), None);
        assert_eq!(c_int(""), None);
        assert_eq!(c_int("0x"), None);
        assert_eq!(c_unsigned("-1", u32::MAX), None);
        assert_eq!(c_unsigned("256", 255), None);
        assert_eq!(c_unsigned("255", 255), Some(255));
    }

    #[test]
    fn lladdr_and_names() {
        assert_eq!(
            lladdr("02:0:a:b:c:ff").unwrap(),
            vec![2, 0, 10, 11, 12, 255]
        );
        assert!(lladdr("zz").is_err());
        assert!(lladdr("1::2").is_err());
        assert!(lladdr("123:4").is_err());
        assert!(valid_ifname("eth0") && !valid_ifname("a/b") && !valid_ifname(""));
        assert!(!valid_ifname("0123456789abcdef"));
        assert!(valid_altname("0123456789abcdef"));
    }
}
