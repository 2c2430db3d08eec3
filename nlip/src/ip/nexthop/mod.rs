//! `nlip nexthop`: `show` / `list` with `id`, `dev`, `groups`, `fdb`, `master`,
//! `protocol` and the family options, and `get id ID`.

use crate::args::{c_number, c_u32, invalid_arg, invalid_arg_tight, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::names;
use crate::render::{Color, Mode, Sink};
use nlkit::rtnl::nexthop::attrs::*;
use nlkit::rtnl::nexthop::{self as nlnh, GroupMember, GroupType, Nexthop, NexthopFilter};
use nlkit::rtnl::nexthop::{NexthopQuery, ResilientGroup};
use nlkit::rtnl::route::{Encap, MplsEncap};
use nlkit::rtnl::{self, AddressFamily, Change as _, NexthopFlags, Object, RouteProtocol, Verb};
use nlkit::wire::attr::NLA_F_NESTED;
use nlkit::wire::{AttrOrder, Flags, MessageBuilder, RawAttribute};
use std::io::{self, Write};

const HELP: &str = "Usage: ip nexthop { list | flush } [ protocol ID ] SELECTOR
       ip nexthop { add | replace } id ID NH [ protocol ID ]
       ip nexthop { get | del } id ID
       ip nexthop bucket list BUCKET_SELECTOR
       ip nexthop bucket get id ID index INDEX
SELECTOR := [ id ID ] [ dev DEV ] [ vrf NAME ] [ master DEV ]
            [ groups ] [ fdb ]
BUCKET_SELECTOR := SELECTOR | [ nhid ID ]
NH := { blackhole | [ via ADDRESS ] [ dev DEV ] [ onlink ]
        [ encap ENCAPTYPE ENCAPHDR ] |
        group GROUP [ fdb ] [ type TYPE [ TYPE_ARGS ] ] }
GROUP := [ <id[,weight]>/<id[,weight]>/... ]
TYPE := { mpath | resilient }
TYPE_ARGS := [ RESILIENT_ARGS ]
RESILIENT_ARGS := [ buckets BUCKETS ] [ idle_timer IDLE ]
                  [ unbalanced_timer UNBALANCED ]
ENCAPTYPE := [ mpls ]
ENCAPHDR := [ MPLSLABEL ]";

/// `nlip nexthop ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return show(ctx, args);
    };
    if matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst") {
        return show(ctx, args);
    }
    if matches(cmd, "get") {
        return get(ctx, args);
    }
    if matches(cmd, "help") {
        return Err(Failure::usage(HELP));
    }
    if let Some(verb) = change_kind(cmd) {
        return modify(ctx, args, verb);
    }
    if matches(cmd, "flush") {
        return flush(ctx, args);
    }
    if matches(cmd, "bucket") {
        return bucket(ctx, args);
    }
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"ip nexthop help\"."
    )))
}

fn parse_id(v: &str) -> Result<u32, Failure> {
    v.parse()
        .map_err(|_| invalid_arg_tight("invalid id value", v))
}

/// Parses `ID[,WEIGHT][/ID[,WEIGHT]]...` as ip does (its messages name the first member).
fn parse_group(v: &str) -> Result<Vec<GroupMember>, Failure> {
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

/// In a nexthop's attribute order, a slot that takes the next attribute of `unknown` (an
/// attribute nlkit's nexthop does not model, such as an MPLS gateway).
const NHA_UNKNOWN_SLOT: u16 = 0;

/// `LABEL[/LABEL]...`: MPLS labels (20 bits each).
fn mpls_labels(v: &str) -> Option<Vec<u32>> {
    v.split('/')
        .map(|l| c_u32(l).filter(|&n| n < 1 << 20))
        .collect()
}

/// A resilient group timer in seconds, as clock ticks (hundredths).
fn timer(v: &str, what: &str) -> Result<u32, Failure> {
    // ip accepts seconds below u32::MAX / 100.
    let t = c_u32(v).filter(|&s| s < u32::MAX / 100).map(|s| s * 100);
    t.ok_or_else(|| invalid_arg_tight(what, v))
}

/// For `-batch -force`: when `words` (after the object) are a nexthop change, its request.
pub fn change_request(
    ctx: &mut Context,
    words: &[&str],
) -> Option<Result<MessageBuilder, Failure>> {
    let verb = change_kind(words.first()?)?;
    Some(parse_change(ctx, &mut Args::new(&words[1..]), verb))
}

/// The change command `cmd` names: add, replace or delete.
fn change_kind(cmd: &str) -> Option<Verb> {
    Some(if matches(cmd, "add") {
        Verb::Add
    } else if matches(cmd, "replace") {
        Verb::Replace
    } else if matches(cmd, "delete") {
        Verb::Delete
    } else {
        return None;
    })
}

/// `nlip nexthop add|replace|del NH`.
fn modify(ctx: &mut Context, args: &mut Args, verb: Verb) -> Result<(), Failure> {
    let request = parse_change(ctx, args, verb)?;
    diag::outcome(ctx.conn.execute(&request))
}

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
        let idx = ctx.links.index(&mut ctx.conn, d);
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

/// `nlip nexthop flush [SELECTOR]`: deletes the selected nexthops (one round) and says how
/// many, as ip does with or without `-s`; `flush id ID` deletes that one silently.
fn flush(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let (filter, id, protocol) = parse_selectors(ctx, args)?;
    if let Some(id) = id {
        return match rtnl::apply(&mut ctx.conn, &Nexthop::with_id(id), Verb::Delete) {
            Ok(_) => Ok(()),
            Err(e) => {
                let mut f = diag::kernel(&e);
                f.code = crate::diag::exit::FAILED;
                Err(f)
            }
        };
    }
    let keep = |nh: &Nexthop| nh.id.is_some() && protocol.is_none_or(|p| nh.protocol == p);
    let unfiltered = filter
        == NexthopFilter {
            family: filter.family,
            ..Default::default()
        }
        && protocol.is_none();
    let mut deleted = 0;
    let mut deleter = ctx.new_conn()?;
    // Without selectors ip deletes the groups first, so that no group goes with its last
    // member before its own delete; each failed delete is reported and the flush goes on.
    let passes: &[bool] = if unfiltered { &[true, false] } else { &[false] };
    for &groups in passes {
        let pass = NexthopFilter {
            groups: groups || filter.groups,
            ..filter.clone()
        };
        let by = rtnl::DeleteBy::Key;
        let round = rtnl::flush_round(&mut ctx.conn, &mut deleter, &pass, by, keep)
            .map_err(|e| diag::dump(&e))?;
        let gone = round.errors.iter().filter(|e| rtnl::is_gone(e));
        for e in gone.chain(round.failures()) {
            diag::kernel(e).print();
        }
        deleted += round.sent - round.errors.len();
    }
    let mut sink = crate::ip::flush::text_sink(ctx);
    if deleted == 0 {
        sink.text("Nothing to flush\n")?;
    } else {
        sink.text(&format!("Flushed {deleted} nexthops\n"))?;
    }
    sink.flush()?;
    Ok(())
}

/// The selectors of `show` and `flush`: the dump filter, `id` and `protocol`.
fn parse_selectors(
    ctx: &mut Context,
    args: &mut Args,
) -> Result<(NexthopFilter, Option<u32>, Option<RouteProtocol>), Failure> {
    let mut filter = NexthopFilter {
        family: ctx.address_family(),
        ..Default::default()
    };
    let (mut id, mut protocol) = (None, None);
    while let Some(w) = args.next() {
        if w == "id" {
            // ip acts on the id at once and reads no further.
            id = Some(parse_id(args.value(w)?)?);
            break;
        } else if let Some((is_dev, idx)) = device_selector(ctx, args, w)? {
            if is_dev {
                filter.output_interface = Some(idx);
            } else {
                filter.master = Some(idx);
            }
        } else if matches(w, "groups") {
            filter.groups = true;
        } else if matches(w, "fdb") {
            filter.fdb = true;
        } else if matches(w, "protocol") {
            let v = args.value(w)?;
            let p = c_number(v).filter(|&p| p < 256);
            let p = p.ok_or_else(|| invalid_arg_tight("invalid protocol value", v))?;
            protocol = Some(RouteProtocol::from(p as u8));
        } else {
            return Err(Failure::usage(format!(
                "Error: argument \"{w}\" is wrong: "
            )));
        }
    }
    Ok((filter, id, protocol))
}

/// The `dev DEV`, `master DEV` and `vrf NAME` selectors (word `w` already read): `Some((true,
/// index))` for a device, `Some((false, index))` for a master or VRF, `None` for other words.
fn device_selector(
    ctx: &mut Context,
    args: &mut Args,
    w: &str,
) -> Result<Option<(bool, u32)>, Failure> {
    if matches(w, "vrf") {
        let d = args.value(w)?;
        let query = nlkit::rtnl::link::LinkQuery::by_name(d);
        let vrf = rtnl::get(&mut ctx.conn, &query)
            .ok()
            .filter(|l| l.kind() == Some("vrf"));
        let index = vrf.ok_or_else(|| invalid_arg("Invalid VRF", d))?.index;
        return Ok(Some((false, index)));
    }
    if matches(w, "dev") || matches(w, "master") {
        let d = args.value(w)?;
        let idx = ctx.links.index(&mut ctx.conn, d);
        let idx = idx.ok_or_else(|| invalid_arg("Device does not exist", d))?;
        return Ok(Some((matches(w, "dev"), idx)));
    }
    Ok(None)
}

fn show(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let (filter, id, protocol) = parse_selectors(ctx, args)?;
    ctx.links.preload(&mut ctx.conn);
    let mut sink = ctx.sink();
    sink.begin_list()?;
    if let Some(id) = id {
        let nh = rtnl::get(&mut ctx.conn, &NexthopQuery { id }).map_err(|e| diag::kernel(&e))?;
        print_nexthop(&mut sink, &nh, &ctx.links, ctx.details, true)?;
        sink.end_list()?;
        return Ok(());
    }
    for nh in rtnl::dump(&mut ctx.conn, &filter).map_err(|e| diag::dump(&e))? {
        let nh = nh.map_err(|e| diag::dump(&e))?;
        if protocol.is_some_and(|p| nh.protocol != p) {
            continue;
        }
        print_nexthop(&mut sink, &nh, &ctx.links, ctx.details, true)?;
    }
    sink.end_list()?;
    Ok(())
}

fn get(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let mut id = None;
    while let Some(w) = args.next() {
        if w == "id" {
            id = Some(parse_id(args.value(w)?)?);
        } else {
            return Err(Failure::usage(HELP));
        }
    }
    let Some(id) = id else {
        return Err(Failure::usage(HELP));
    };
    ctx.links.preload(&mut ctx.conn);
    let nh = rtnl::get(&mut ctx.conn, &NexthopQuery { id }).map_err(|e| diag::kernel(&e))?;
    let mut sink = ctx.sink();
    sink.begin_list()?;
    print_nexthop(&mut sink, &nh, &ctx.links, ctx.details, true)?;
    sink.end_list()?;
    Ok(())
}

/// Prints one nexthop as `ip nexthop show` does (`record`: as its own line and JSON object;
/// otherwise inline, for `route -d`'s `nh_info`).
pub fn print_nexthop<W: Write>(
    sink: &mut Sink<W>,
    nh: &Nexthop,
    links: &names::Links,
    details: bool,
    record: bool,
) -> io::Result<()> {
    if record {
        sink.open_object(Mode::Json, None)?;
    }
    if let Some(id) = nh.id {
        sink.number(Mode::Any, "id", "id ", &id, " ")?;
    }
    if let Some(g) = &nh.group {
        sink.text("group ")?;
        sink.open_array(Mode::Json, Some("group"))?;
        for (i, m) in g.iter().enumerate() {
            if i > 0 {
                sink.text("/")?;
            }
            sink.open_object(Mode::Json, None)?;
            sink.number(Mode::Any, "id", "", &m.id, "")?;
            if m.weight > 0 {
                sink.number(Mode::Any, "weight", ",", &m.weight(), "")?;
            }
            sink.close_object(Mode::Json)?;
        }
        sink.close_array(Mode::Json)?;
        sink.text(" ")?;
        if nh.group_type == Some(GroupType::Resilient) {
            sink.string(Mode::Any, "type", "type ", "resilient", " ")?;
            if let Some(r) = &nh.resilient {
                sink.open_object(Mode::Json, Some("resilient_args"))?;
                if let Some(b) = r.buckets {
                    sink.number(Mode::Any, "buckets", "buckets ", &b, " ")?;
                }
                for (key, v) in [
                    ("idle_timer", r.idle_timer),
                    ("unbalanced_timer", r.unbalanced_timer),
                ] {
                    if let Some(v) = v {
                        sink.number(Mode::Any, key, &format!("{key} "), &(v / 100), " ")?;
                    }
                }
                if let Some(v) = r.unbalanced_time {
                    sink.number(
                        Mode::Any,
                        "unbalanced_time",
                        "unbalanced_time ",
                        &(v / 100),
                        " ",
                    )?;
                }
                sink.close_object(Mode::Json)?;
            }
        }
    }
    let color = Color::of_family(nh.family);
    if let Some(g) = nh.gateway {
        sink.colored(Mode::Any, "gateway", "via ", &g, " ", color)?;
    }
    if let Some(o) = nh.output_interface {
        sink.colored(
            Mode::Any,
            "dev",
            "dev ",
            &links.cached(o),
            " ",
            Color::Iface,
        )?;
    }
    if (nh.group.is_none() && nh.blackhole.is_none()) || details {
        let scope = names::scopes().show(u32::from(u8::from(nh.scope)));
        sink.string(Mode::Any, "scope", "scope ", &scope, " ")?;
    }
    if nh.blackhole.is_some() {
        sink.null(Mode::Any, "blackhole", "blackhole ")?;
    }
    if nh.protocol != RouteProtocol::Unspec || details {
        let proto = names::protocols().show(u32::from(u8::from(nh.protocol)));
        sink.string(Mode::Any, "protocol", "proto ", &proto, " ")?;
    }
    if nh.fdb.is_some() {
        sink.null(Mode::Any, "fdb", "fdb")?; // ip ends the line here without a blank
    }
    print_nh_flags(sink, nh.flags)?;
    if record {
        sink.text("\n")?;
        sink.close_object(Mode::Json)?;
        sink.end_record()?;
    }
    Ok(())
}

#[cfg(test)]
mod golden {
    //! The nexthop dump captured in nlkit/src/rtnl/nexthop/fixtures/show.bin, rendered,
    //! against what iproute2 printed for the same namespace (`ip [-j|-d] nexthop show`).
    use super::*;
    use nlkit::wire::MessageIter;

    const DUMP: &[u8] = include_bytes!("../../../../nlkit/src/rtnl/nexthop/fixtures/show.bin");

    fn render(json: bool, details: bool) -> String {
        let links = names::Links::from_pairs(&[(1, "lo"), (2, "v1"), (3, "v0")]);
        let mut sink = Sink::new(Vec::new(), json, false);
        sink.begin_list().unwrap();
        for m in MessageIter::new(DUMP) {
            let nh = Nexthop::from_message(&m.unwrap()).unwrap();
            print_nexthop(&mut sink, &nh, &links, details, true).unwrap();
        }
        sink.end_list().unwrap();
        String::from_utf8(sink.into_inner()).unwrap()
    }

    #[test]
    fn text_and_json_are_what_ip_printed() {
        assert_eq!(
            render(false, false),
            include_str!("../../../tests/golden/nexthop_show.txt")
        );
        assert_eq!(
            render(false, true),
            include_str!("../../../tests/golden/nexthop_show_d.txt")
        );
        assert_eq!(
            render(true, false),
            include_str!("../../../tests/golden/nexthop_show.json")
        );
    }
}

#[cfg(test)]
mod parse_tests {
    use super::*;

    #[test]
    fn groups_with_weights() {
        let g = parse_group("1,3/5,256/0x10").unwrap();
        let ids: Vec<(u32, u32)> = g.iter().map(|m| (m.id, m.weight())).collect();
        assert_eq!(ids, [(1, 3), (5, 256), (16, 1)]);
        for bad in ["", "foo", "1/", "1//2", "1,,2", "1,0", "1,257", "/", "é"] {
            assert!(parse_group(bad).is_err(), "{bad}");
        }
        let e = parse_group("1/foo").unwrap_err();
        assert!(e.message.contains("\"1\""), "{}", e.message);
    }

    #[test]
    fn timers_in_ticks() {
        assert_eq!(timer("60", "").unwrap(), 6000);
        assert!(timer("100000000", "").is_err());
        assert!(timer("1.5", "").is_err());
    }
}

/// `nlip nexthop bucket list|show [id ID] [nhid ID] [dev DEV] [vrf NAME] [master DEV]` and
/// `nlip nexthop bucket get id ID index INDEX`: the buckets of resilient groups.
fn bucket(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return bucket_list(ctx, args);
    };
    if matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst") {
        return bucket_list(ctx, args);
    }
    if matches(cmd, "get") {
        let (mut id, mut index) = (None, None);
        while let Some(w) = args.next() {
            if w == "id" {
                id = Some(parse_id(args.value(w)?)?);
            } else if w == "index" {
                let v = args.value(w)?;
                let n = c_number(v).and_then(|n| u16::try_from(n).ok());
                index = Some(n.ok_or_else(|| invalid_arg_tight("invalid bucket index value", v))?);
            } else {
                return Err(Failure::usage(HELP));
            }
        }
        let (Some(id), Some(index)) = (id, index) else {
            return Err(Failure::usage(HELP));
        };
        let query = nlnh::BucketQuery { group: id, index };
        let b = rtnl::get(&mut ctx.conn, &query).map_err(|e| diag::kernel(&e))?;
        let mut sink = ctx.sink();
        sink.begin_list()?;
        print_bucket(&mut sink, &b)?;
        sink.end_list()?;
        return Ok(());
    }
    if matches(cmd, "help") {
        return Err(Failure::usage(HELP));
    }
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"ip nexthop help\"."
    )))
}

fn bucket_list(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let mut f = nlnh::BucketFilter::default();
    while let Some(w) = args.next() {
        if w == "id" {
            f.group = Some(parse_id(args.value(w)?)?);
        } else if w == "nhid" {
            f.nexthop = Some(parse_id(args.value(w)?)?);
        } else if let Some((is_dev, idx)) = device_selector(ctx, args, w)? {
            if is_dev {
                f.output_interface = Some(idx);
            } else {
                f.master = Some(idx);
            }
        } else {
            return Err(Failure::usage(format!(
                "Error: argument \"{w}\" is wrong: "
            )));
        }
    }
    let mut sink = ctx.sink();
    sink.begin_list()?;
    for b in rtnl::dump(&mut ctx.conn, &f).map_err(|e| diag::dump(&e))? {
        let b = match b {
            Ok(b) => b,
            Err(e) => {
                sink.flush()?;
                return Err(diag::dump(&e));
            }
        };
        print_bucket(&mut sink, &b)?;
        sink.end_record()?;
    }
    sink.end_list()?;
    Ok(())
}

/// One bucket as ip prints it: `id G index I idle_time T nhid N`.
fn print_bucket<W: Write>(sink: &mut Sink<W>, b: &nlnh::NexthopBucket) -> io::Result<()> {
    sink.open_object(Mode::Json, None)?;
    if let Some(g) = b.group {
        sink.number(Mode::Any, "id", "id ", &g, " ")?;
    }
    sink.open_object(Mode::Json, Some("bucket"))?;
    if let Some(i) = b.index() {
        sink.number(Mode::Any, "index", "index ", &i, " ")?;
    }
    if let Some(t) = b.idle_seconds() {
        sink.number(Mode::Any, "idle_time", "idle_time ", &G(t), " ")?;
    }
    if let Some(n) = b.nexthop() {
        sink.number(Mode::Any, "nhid", "nhid ", &n, " ")?;
    }
    sink.close_object(Mode::Json)?;
    print_nh_flags(sink, b.flags)?;
    sink.text("\n")?;
    sink.close_object(Mode::Json)
}

/// The nexthop flags ip names (`RTNH_F_*`), as words and a JSON `flags` array.
fn print_nh_flags<W: Write>(sink: &mut Sink<W>, flags: NexthopFlags) -> io::Result<()> {
    sink.open_array(Mode::Json, Some("flags"))?;
    for (bit, name) in [
        (NexthopFlags::DEAD, "dead"),
        (NexthopFlags::ONLINK, "onlink"),
        (NexthopFlags::OFFLOAD, "offload"),
        (NexthopFlags::TRAP, "trap"),
        (NexthopFlags::LINKDOWN, "linkdown"),
    ] {
        if flags.contains(bit) {
            sink.string(Mode::Any, "", "", name, " ")?;
        }
    }
    sink.close_array(Mode::Json)
}

/// A number printed as C's `%g` does (six significant digits, no trailing zeros).
struct G(f64);

impl crate::render::Render for G {
    fn render(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(format_g(self.0).as_bytes());
    }
}

/// C's `%g` for the values ip prints with it.
fn format_g(v: f64) -> String {
    if v == 0.0 || !v.is_finite() {
        return if v.is_finite() {
            "0".into()
        } else {
            v.to_string()
        };
    }
    let exp = v.abs().log10().floor() as i32;
    if !(-4..6).contains(&exp) {
        let s = format!("{v:.5e}");
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let m = m.trim_end_matches('0').trim_end_matches('.');
        let e: i32 = e.parse().unwrap_or(0);
        return format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    }
    let decimals = (5 - exp).max(0) as usize;
    let s = format!("{v:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    }
}

#[cfg(test)]
mod bucket_tests {
    use super::format_g;

    #[test]
    fn g_format_as_c_prints_it() {
        for (v, s) in [
            (0.0, "0"),
            (0.01, "0.01"),
            (8.34, "8.34"),
            (60.0, "60"),
            (1234.56, "1234.56"),
            (12345.67, "12345.7"),
            (123456.0, "123456"),
            (1234567.0, "1.23457e+06"),
            (0.00001, "1e-05"),
        ] {
            assert_eq!(format_g(v), s, "{v}");
        }
    }
}
