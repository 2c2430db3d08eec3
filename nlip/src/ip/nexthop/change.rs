//! `nlip nexthop add|replace|del NH`: the words of a nexthop change and the request ip
//! sends for them, attributes in the order typed (also for `-batch -force`).

use super::help::HELP;
use crate::args::{c_number, c_u32, invalid_arg, invalid_arg_tight, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::names;
use nlkit::rtnl::nexthop::attrs::*;
use nlkit::rtnl::nexthop::{GroupMember, GroupType, Nexthop, ResilientGroup};
use nlkit::rtnl::route::{Encap, MplsEncap};
use nlkit::rtnl::{AddressFamily, Change as _, NexthopFlags, Object, RouteProtocol, Verb};
use nlkit::wire::attr::NLA_F_NESTED;
use nlkit::wire::{AttrOrder, Flags, MessageBuilder, RawAttribute};

/// For `-batch -force`: when `words` (after the object) are a nexthop change, its request.
pub fn change_request(
    ctx: &mut Context,
    words: &[&str],
) -> Option<Result<MessageBuilder, Failure>> {
    let verb = change_kind(words.first()?)?;
    Some(parse_change(ctx, &mut Args::new(&words[1..]), verb))
}

/// The change command `cmd` names: add, replace or delete.
pub(super) fn change_kind(cmd: &str) -> Option<Verb> {
    crate::args::verb_of(cmd, &[Verb::Add, Verb::Replace, Verb::Delete])
}

/// `nlip nexthop add|replace|del NH`.
pub(super) fn modify(ctx: &mut Context, args: &mut Args, verb: Verb) -> Result<(), Failure> {
    let request = parse_change(ctx, args, verb)?;
    diag::outcome(ctx.conn.execute(&request))
}

/// In a nexthop's attribute order, a slot that takes the next attribute of `unknown` (an
/// attribute nlkit's nexthop does not model, such as an MPLS gateway).
const NHA_UNKNOWN_SLOT: u16 = 0;

/// An attribute order as typed: raw types (flag bits included), [`NHA_UNKNOWN_SLOT`] for
/// the next unknown attribute; a repeated attribute moves to the end.
#[derive(Default)]
struct Order(Vec<u16>);

impl Order {
    /// Notes attribute `raw_type` (again).
    fn seen(&mut self, raw_type: u16) {
        let bare = raw_type & !NLA_F_NESTED;
        self.0.retain(|&k| k & !NLA_F_NESTED != bare);
        self.0.push(raw_type);
    }

    /// The order for an attribute set to emit in.
    fn into_attr_order(self) -> AttrOrder {
        let mut order = AttrOrder::default();
        for k in self.0 {
            match k {
                NHA_UNKNOWN_SLOT => order.push_unknown(),
                k => order.push(k),
            }
        }
        order
    }
}

/// Parses a nexthop change into the request ip would send: attributes in the order they
/// were typed. A deletion carries everything typed too, as ip sends it (the kernel refuses
/// what a deletion does not take).
fn parse_change(ctx: &mut Context, args: &mut Args, verb: Verb) -> Result<MessageBuilder, Failure> {
    let mut nh = Nexthop {
        family: ctx.address_family().unwrap_or_default(),
        ..Default::default()
    };
    let mut order = Order::default();
    while let Some(w) = args.next() {
        nexthop_word(ctx, &mut nh, &mut order, args, w)?;
    }
    nh.order = order.into_attr_order();
    Ok(if verb == Verb::Delete {
        let mut b = MessageBuilder::new(<Nexthop as Object>::DEL, Flags::NONE);
        nh.emit(&mut b);
        b
    } else {
        nh.request(verb)
    })
}

/// Reads one word (and its values) of a nexthop change.
fn nexthop_word(
    ctx: &mut Context,
    nh: &mut Nexthop,
    order: &mut Order,
    args: &mut Args,
    w: &str,
) -> Result<(), Failure> {
    if w == "id" {
        let v = args.value(w)?;
        nh.id = Some(c_u32(v).ok_or_else(|| invalid_arg_tight("invalid id value", v))?);
        order.seen(NHA_ID);
    } else if w == "via" {
        gateway_word(nh, order, args, w)?;
    } else if w == "dev" {
        let d = args.value(w)?;
        let idx = crate::args::dev::device_index(&mut ctx.links, &mut ctx.conn, d);
        let idx = idx.ok_or_else(|| invalid_arg("Device does not exist", d))?;
        nh.output_interface = Some(idx);
        if nh.family == AddressFamily::Unspec {
            nh.family = AddressFamily::Inet;
        }
        order.seen(NHA_OIF);
    } else if w == "onlink" {
        nh.flags |= NexthopFlags::ONLINK;
    } else if w == "blackhole" {
        nh.blackhole = Some(());
        if nh.family == AddressFamily::Unspec {
            nh.family = AddressFamily::Inet;
        }
        order.seen(NHA_BLACKHOLE);
    } else if w == "fdb" {
        nh.fdb = Some(());
        order.seen(NHA_FDB);
    } else if w == "group" {
        let v = args.value(w)?;
        nh.group = Some(parse_group(v)?);
        order.seen(NHA_GROUP);
    } else if w == "type" {
        group_type_word(nh, order, args, w)?;
    } else if w == "encap" {
        encap_word(nh, order, args, w)?;
    } else if matches(w, "protocol") {
        let v = args.value(w)?;
        let id = names::protocols().id(v).filter(|&p| p < 256);
        let id = id.ok_or_else(|| invalid_arg("\"protocol\" value is invalid", v))?;
        nh.protocol = RouteProtocol::from(id as u8);
    } else if matches(w, "help") {
        return Err(Failure::usage(HELP));
    } else {
        return Err(Failure::usage(format!(
            "Error: argument \"{w}\" is wrong: "
        )));
    }
    Ok(())
}

/// Parses `ID[,WEIGHT][/ID[,WEIGHT]]...` as ip does (its messages name the first member).
pub(super) fn parse_group(v: &str) -> Result<Vec<GroupMember>, Failure> {
    let first = v.split('/').next().unwrap_or(v);
    let bad = || invalid_arg("\"group\" value is invalid", first);
    let mut out = Vec::new();
    for m in v.split('/') {
        let (id, weight) = match m.split_once(',') {
            Some((i, w)) => (i, Some(w)),
            None => (m, None),
        };
        let id = c_u32(id).ok_or_else(bad)?;
        let weight = match weight {
            Some(w) => {
                let n = c_u32(w).filter(|n| (1..=256).contains(n));
                n.ok_or_else(|| invalid_arg("\"weight\" is invalid", w))? - 1
            }
            None => 0,
        };
        out.push(GroupMember {
            id,
            weight: weight as u8,
        });
    }
    Ok(out)
}

/// `via [FAMILY] ADDRESS` (the word `via` already read): the gateway, which sets the
/// nexthop's family.
fn gateway_word(
    nh: &mut Nexthop,
    order: &mut Order,
    args: &mut Args,
    w: &str,
) -> Result<(), Failure> {
    let mut v = args.value(w)?;
    let mut family = nh.family;
    if v == "inet" || v == "inet6" {
        family = if v == "inet" {
            AddressFamily::Inet
        } else {
            AddressFamily::Inet6
        };
        v = args.value(w)?;
    } else if v == "mpls" || v == "bridge" {
        return foreign_gateway_word(nh, order, args, v);
    }
    let fam = (family != AddressFamily::Unspec).then_some(u8::from(family));
    let a = crate::args::inet::address(v, fam)?;
    let af = AddressFamily::of(&a);
    if nh.family != AddressFamily::Unspec && nh.family != af {
        return Err(invalid_arg("address family mismatch", v));
    }
    nh.family = af;
    nh.gateway = Some(a);
    order.seen(NHA_GATEWAY);
    Ok(())
}

/// `via mpls LABELS` or `via bridge ADDRESS` (`kind`): a gateway of another family. ip
/// sends it (an MPLS label stack in `NHA_GATEWAY`), the kernel refuses the family.
fn foreign_gateway_word(
    nh: &mut Nexthop,
    order: &mut Order,
    args: &mut Args,
    kind: &str,
) -> Result<(), Failure> {
    let v = args.value("via")?;
    let bad = || {
        Failure::failed(format!(
            "Error: {kind} address is expected rather than \"{v}\"."
        ))
        .fatal()
    };
    let labels = if kind == "mpls" { mpls_labels(v) } else { None };
    let labels = labels.ok_or_else(bad)?;
    if nh.family != AddressFamily::Unspec && nh.family != AddressFamily::Mpls {
        return Err(invalid_arg("address family mismatch", v));
    }
    nh.family = AddressFamily::Mpls;
    nh.gateway = None;
    nh.unknown.retain(|u| u.attr_type != NHA_GATEWAY);
    nh.unknown.push(RawAttribute {
        attr_type: NHA_GATEWAY,
        payload: nlkit::rtnl::route::label_stack_payload(&labels),
    });
    order.0.retain(|&k| k != NHA_GATEWAY);
    order.0.push(NHA_UNKNOWN_SLOT);
    Ok(())
}

/// `LABEL[/LABEL]...`: MPLS labels (20 bits each).
fn mpls_labels(v: &str) -> Option<Vec<u32>> {
    v.split('/')
        .map(|l| c_u32(l).filter(|&n| n < 1 << 20))
        .collect()
}

/// `type mpath|resilient [RESILIENT_ARGS]` (the word `type` already read).
fn group_type_word(
    nh: &mut Nexthop,
    order: &mut Order,
    args: &mut Args,
    w: &str,
) -> Result<(), Failure> {
    let v = args.value(w)?;
    let kind = match v {
        "mpath" => GroupType::Mpath,
        "resilient" => GroupType::Resilient,
        _ => return Err(invalid_arg("\"type\" value is invalid", v)),
    };
    if kind == GroupType::Resilient {
        if let Some(g) = resilient_args(args)? {
            nh.resilient = Some(g);
            order.seen(NHA_RES_GROUP | NLA_F_NESTED);
        }
    }
    nh.group_type = Some(kind);
    order.seen(NHA_GROUP_TYPE);
    Ok(())
}

/// `[buckets N] [idle_timer S] [unbalanced_timer S]`, in the order typed (`None`: none).
fn resilient_args(args: &mut Args) -> Result<Option<ResilientGroup>, Failure> {
    let mut g = ResilientGroup::default();
    let mut order = Order::default();
    while let Some(p) = args.peek() {
        let id = match p {
            "buckets" => {
                args.next();
                let v = args.value(p)?;
                let n = c_number(v).and_then(|n| u16::try_from(n).ok());
                g.buckets = Some(n.ok_or_else(|| invalid_arg_tight("invalid buckets value", v))?);
                NHA_RES_GROUP_BUCKETS
            }
            "idle_timer" => {
                args.next();
                g.idle_timer = Some(timer(args.value(p)?, "invalid idle timer value")?);
                NHA_RES_GROUP_IDLE_TIMER
            }
            "unbalanced_timer" => {
                args.next();
                let t = timer(args.value(p)?, "invalid unbalanced timer value")?;
                g.unbalanced_timer = Some(t);
                NHA_RES_GROUP_UNBALANCED_TIMER
            }
            _ => break,
        };
        order.seen(id);
    }
    if order.0.is_empty() {
        return Ok(None);
    }
    g.order = order.into_attr_order();
    Ok(Some(g))
}

/// A resilient group timer in seconds, as clock ticks (hundredths).
pub(super) fn timer(v: &str, what: &str) -> Result<u32, Failure> {
    // ip accepts seconds below u32::MAX / 100.
    let t = c_u32(v).filter(|&s| s < u32::MAX / 100).map(|s| s * 100);
    t.ok_or_else(|| invalid_arg_tight(what, v))
}

/// `encap mpls LABELS [ttl TTL]` (the word `encap` already read).
fn encap_word(
    nh: &mut Nexthop,
    order: &mut Order,
    args: &mut Args,
    w: &str,
) -> Result<(), Failure> {
    let v = args.value(w)?;
    if v != "mpls" {
        return Err(invalid_arg("\"encap type\" value is invalid", v));
    }
    let labels = args.value(v)?;
    if args.peek().is_none() {
        return Err(Failure::new(
            "Error: unexpected end of line after \"encap\"",
            crate::diag::exit::USAGE,
        ));
    }
    let bad = || {
        Failure::failed(format!(
            "Error: mpls address is expected rather than \"{labels}\"."
        ))
        .fatal()
    };
    let mut m = MplsEncap {
        labels: mpls_labels(labels).ok_or_else(bad)?,
        ttl: None,
    };
    if args.peek() == Some("ttl") {
        args.next();
        let t = args.value("ttl")?;
        let n = c_number(t).filter(|&n| n < 256);
        m.ttl = Some(n.ok_or_else(|| invalid_arg("\"ttl\" value is invalid", t))? as u8);
    }
    let (encap_type, payload) = Encap::Mpls(m)
        .to_parts()
        .map_err(|e| Failure::failed(format!("Error: {e}")))?;
    nh.encap = Some(payload);
    nh.encap_type = Some(encap_type);
    order.seen(NHA_ENCAP | NLA_F_NESTED);
    order.seen(NHA_ENCAP_TYPE);
    Ok(())
}
