//! The link options `add`, `set`, `change`, `replace` and `delete` share (ip's
//! `iplink_parse`), read up to `type KIND` (the kind's own options follow, read by
//! [`kinds`](super::kinds)); a veth peer's options are read with them too. Also the
//! checks, numbers and messages of those options.

use crate::args::duplicate;
use crate::args::{invalid_arg, invalid_arg_tight, lladdr, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::ip::link::help::HELP;
use crate::names;
use nlkit::rtnl::link::attrs::{
    IN6_ADDR_GEN_MODE_EUI64, IN6_ADDR_GEN_MODE_NONE, IN6_ADDR_GEN_MODE_RANDOM,
    IN6_ADDR_GEN_MODE_STABLE_PRIVACY, XDP_FLAGS_DRV_MODE, XDP_FLAGS_HW_MODE, XDP_FLAGS_SKB_MODE,
    XDP_FLAGS_UPDATE_IF_NOEXIST,
};
use nlkit::rtnl::link::{Link, LinkChange, LinkFlags, LinkMode, LinkQuery, OperState, Xdp};
use nlkit::rtnl::{self, Verb};
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
    /// True for the commands that create a link (`add`, `replace`).
    pub(super) fn creates(self) -> bool {
        matches!(self, Op::Add | Op::Replace)
    }

    /// The change the request makes.
    pub(super) fn verb(self) -> Verb {
        match self {
            Op::Add => Verb::Add,
            Op::Replace => Verb::Replace,
            Op::Set => Verb::Change,
            Op::Delete => Verb::Delete,
        }
    }
}

/// ip's `get_integer`: an `int`, sent as its 32 bits.
pub(super) fn c_int(s: &str) -> Option<u32> {
    let v = i32::try_from(crate::args::c_long(s)?).ok()?;
    Some(v as u32)
}

/// ip's `get_u32`/`get_u16`/`get_u8`: unsigned, at most `max` (a minus sign is only
/// accepted on zero).
pub(super) fn c_unsigned(s: &str, max: u32) -> Option<u32> {
    let v = crate::args::c_number(s)?;
    u32::try_from(v).ok().filter(|&v| v <= max)
}

/// `Error: argument of "KEY" must be "on" or "off", not "V"` (exit 1; ip returns it, so a
/// batch reports "Command failed" and goes on with `-force`).
pub(super) fn on_off(key: &str, v: &str) -> Result<bool, Failure> {
    match v {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(Failure::failed(format!(
            "Error: argument of \"{key}\" must be \"on\" or \"off\", not \"{v}\""
        ))),
    }
}

/// ip's `check_ifname`: a name the kernel can take as `IFLA_IFNAME`.
pub(super) fn valid_ifname(n: &str) -> bool {
    n.len() < 16 && valid_altname(n)
}

/// ip's `check_altifname`: no length limit here (the kernel checks it), only the characters.
pub(super) fn valid_altname(n: &str) -> bool {
    // C's isspace: space, \t, \n, \v, \f, \r; a `:` is fine (the kernel refuses it).
    !n.is_empty()
        && !n
            .bytes()
            .any(|c| c == b'/' || c == b' ' || (b'\t'..=b'\r').contains(&c))
}

/// `Error: either "dev" is duplicate, or "W" is a garbage.` (exit 255).
pub(super) fn garbage(w: &str) -> Failure {
    crate::args::duplicate_or_garbage("dev", w)
}

/// `Not enough information: "dev" argument is required.` (exit 255).
pub(super) fn dev_required() -> Failure {
    Failure::usage("Not enough information: \"dev\" argument is required.")
}

/// ip refuses `dev` and another `name` when it creates a link (exit 255).
pub(super) fn both_name_and_dev() -> Failure {
    Failure::new(
        "both \"name\" and \"dev\" cannot be used when creating devices.",
        crate::diag::exit::USAGE,
    )
}

/// `Cannot find device "NAME"`, with the exit code ip uses at that point.
pub(super) fn no_device(name: &str, code: u8) -> Failure {
    Failure::new(format!("Cannot find device \"{name}\""), code)
}

/// Looks a device up by name (or alternative name), as ip does before a change.
pub(super) fn find(ctx: &mut Context, name: &str) -> Option<Link> {
    if let Ok(l) = rtnl::get(&mut ctx.conn, &LinkQuery::by_name(name)) {
        return Some(l);
    }
    // ip's ll_name_to_index: `if_nametoindex` (`va0:0` is `va0`), then `ifN`.
    let index = crate::args::dev::device_index(&mut ctx.links, &mut ctx.conn, name)?;
    rtnl::get(&mut ctx.conn, &LinkQuery::by_index(index)).ok()
}

/// A link change as typed: the request plus what is resolved after the parse.
#[derive(Default)]
pub(super) struct Parsed {
    /// The request.
    pub(super) change: LinkChange,
    /// The device (`dev DEV`, `DEV`, or the `name` when no device is typed).
    pub(super) dev: Option<String>,
    /// `name NAME`.
    pub(super) name: Option<String>,
    /// `link DEV`, looked up after the parse.
    pub(super) link: Option<String>,
    /// `type KIND`: the kind's options follow on the command line.
    pub(super) kind: Option<String>,
    /// The namespace named by `netns NAME`, open until the request is answered.
    pub(super) netns: Option<nlkit::sys::Netns>,
    /// The same for a veth peer.
    pub(super) peer_netns: Option<nlkit::sys::Netns>,
    /// `index IDX` was typed.
    pub(super) index_set: bool,
}

/// Parses link options (ip's `iplink_parse`) up to `type KIND`: the kind is left in
/// [`Parsed::kind`] and its options are the rest of the command line, for the caller to
/// read ([`kinds::parse`](super::kinds::parse)). With `peer`, the options after a veth
/// `peer` (where the kind is already known).
pub(super) fn parse_options(
    ctx: &mut Context,
    args: &mut Args,
    op: Op,
    peer: bool,
) -> Result<Parsed, Failure> {
    let help = HELP;
    let mut p = Parsed::default();
    while let Some(w) = args.next() {
        if parse_identity(ctx, &mut p, w, args)?
            || parse_sizes(&mut p, w, args)?
            || parse_states(&mut p.change, w, args)?
            || parse_placement(ctx, &mut p.change, w, args)?
        {
            continue;
        }
        if matches(w, "type") {
            let kind = args.value(w)?;
            if peer {
                return Err(duplicate("type", kind));
            }
            if !op.creates() {
                // Changing a link's kind data: ip wants the device before the kind's options.
                let Some(d) = &p.dev else {
                    // `group G` without a device: the kind is dropped (and nothing may
                    // follow it).
                    if p.change.group.is_some() {
                        if let Some(rest) = args.peek() {
                            return Err(Failure::usage(format!(
                                "Garbage instead of arguments \"{rest} ...\". Try \"ip link help\"."
                            )));
                        }
                        break;
                    }
                    return Err(dev_required());
                };
                if find(ctx, d).is_none() {
                    return Err(no_device(d, 1));
                }
            }
            p.kind = Some(kind.to_owned());
            break;
        }
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
    Ok(p)
}
/// The words that name the link or its peer: `up`, `down`, `name`, `index`, `link-netns`,
/// `link-netnsid`, `link`, `address`, `broadcast`; `Ok(false)` for another word.
fn parse_identity(
    ctx: &mut Context,
    p: &mut Parsed,
    w: &str,
    args: &mut Args,
) -> Result<bool, Failure> {
    let c = &mut p.change;
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
        let id =
            nlkit::rtnl::nsid::get_or_assign(&mut ctx.conn, &ns).map_err(|e| diag::kernel(&e))?;
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
        c.address = Some(lladdr::parse(args.value(w)?, lladdr::MAX_ADDR_LEN)?);
    } else if matches(w, "broadcast") || w == "brd" {
        c.broadcast = Some(lladdr::parse(args.value(w)?, lladdr::MAX_ADDR_LEN)?);
    } else {
        return Ok(false);
    }
    Ok(true)
}

/// `txqueuelen`, `mtu`, `xdp*` and `netns`; `Ok(false)` for another word.
fn parse_sizes(p: &mut Parsed, w: &str, args: &mut Args) -> Result<bool, Failure> {
    let c = &mut p.change;
    if matches(w, "txqueuelen") || w == "qlen" || matches(w, "txqlen") {
        let v = args.value(w)?;
        // -1 is ip's "not given": typing it does not count as a first value.
        if c.txqlen.is_some_and(|x| x != u32::MAX) {
            return Err(duplicate("txqueuelen", v));
        }
        c.txqlen = Some(c_int(v).ok_or_else(|| invalid_arg("Invalid \"txqueuelen\" value", v))?);
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
    } else {
        return Ok(false);
    }
    Ok(true)
}

/// The on/off flags, `carrier`, `protodown`, `mode`, `state` and the GSO/GRO sizes;
/// `Ok(false)` for another word.
fn parse_states(c: &mut LinkChange, w: &str, args: &mut Args) -> Result<bool, Failure> {
    if let Some((flag, invert)) = flag_keyword(w) {
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
    } else {
        return Ok(false);
    }
    Ok(true)
}

/// `master`, `vrf`, `nomaster`, `alias`, `group`, the queue counts and `addrgenmode`;
/// `Ok(false)` for another word.
fn parse_placement(
    ctx: &mut Context,
    c: &mut LinkChange,
    w: &str,
    args: &mut Args,
) -> Result<bool, Failure> {
    if matches(w, "master") {
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
    } else {
        return Ok(false);
    }
    Ok(true)
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
