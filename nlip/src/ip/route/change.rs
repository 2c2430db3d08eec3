//! `nlip route add|change|replace|prepend|append|test|delete ROUTE`: the words of a route
//! change and the route ip sends for them (also for `-batch -force`).

use super::encap::parse_encap;
use super::help::HELP;
use super::parse::{device_index, invalid_value, parse_prefix, raw, via_family};
use super::print::{print_route, Hide, RouteNames};
use crate::args::inet::{bad_prefix, parse_address};
use crate::args::{c_u32, invalid_arg, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::names;
use nlkit::rtnl::route::attrs::*;
use nlkit::rtnl::route::{self as nlroute, Route, RouteFlags};
use nlkit::rtnl::{self, AddressFamily, Change as _, Verb};
use nlkit::rtnl::{NexthopFlags, RouteProtocol, RouteTable, RouteType, Scope};
use nlkit::wire::RawAttribute;
use std::net::IpAddr;

/// The change command `cmd` names (`add`, `del`, ...).
pub(super) fn change_kind(cmd: &str) -> Option<Verb> {
    crate::args::verb_of(
        cmd,
        &[
            Verb::Add,
            Verb::Change,
            Verb::Replace,
            Verb::Prepend,
            Verb::Append,
            Verb::Test,
            Verb::Delete,
        ],
    )
}

/// For `-batch -force`: when `words` (after the object) are a route change, its request.
pub fn change_request(
    ctx: &mut Context,
    words: &[&str],
) -> Option<Result<nlkit::wire::MessageBuilder, Failure>> {
    let verb = change_kind(words.first()?)?;
    let mut args = Args::new(&words[1..]);
    Some(parse_route(ctx, &mut args, verb).map(|route| route.request(verb)))
}

/// `nlip route add|change|replace|prepend|append|test|delete ROUTE`.
pub(super) fn modify(ctx: &mut Context, args: &mut Args, verb: Verb) -> Result<(), Failure> {
    let route = parse_route(ctx, args, verb)?;
    if ctx.echo {
        return crate::ip::echo::echo_change(ctx, &route, verb, |sink, o, ctx| {
            let rtnl::AnyObject::Route(r) = o else {
                return Ok(());
            };
            let names = RouteNames::load();
            print_route(sink, r, &names, &ctx.links, Hide::default(), ctx.details)
        });
    }
    diag::outcome(rtnl::apply(&mut ctx.conn, &route, verb))
}

/// What the words of a route change set besides the route's own fields, as ip keeps them
/// while it reads the words left to right.
#[derive(Default)]
struct RouteWords {
    family: Option<AddressFamily>,
    table: Option<u32>,
    scope: Option<u8>,
    dst_seen: bool,
    type_seen: bool,
    gw_seen: bool,
    dev: Option<String>,
    multipath: bool,
    metrics: Vec<(u16, u32)>,
    lock: u32,
    cc_algo: Option<String>,
}

/// Parses a route change into the route to send, as ip's `iproute_modify` reads it: each
/// word in turn (the first wrong one is reported), then the device, then the `nexthop`
/// blocks, which run to the end of the line.
fn parse_route(ctx: &mut Context, args: &mut Args, verb: Verb) -> Result<Route, Failure> {
    if args.peek().is_none() {
        return Err(Failure::usage(HELP));
    }
    let mut r = Route::default();
    if verb != Verb::Delete {
        r.protocol = RouteProtocol::Boot;
        r.route_type = RouteType::Unicast;
    }
    let mut words = RouteWords {
        family: ctx.address_family(),
        ..Default::default()
    };
    while let Some(w) = args.next() {
        if w == "nexthop" {
            words.multipath = true;
            break;
        }
        if !address_word(&mut r, &mut words, args, w)?
            && !metric_word(&mut words, args, w)?
            && !route_word(ctx, &mut r, &mut words, args, w)?
        {
            destination_word(&mut r, &mut words, args, w)?;
        }
    }
    if !words.dst_seen {
        return Err(Failure::usage(HELP));
    }
    if let Some(d) = &words.dev {
        r.output_interface = Some(device_index(ctx, d)?);
    }
    if words.multipath {
        r.multipath = Some(parse_hops(ctx, args, &mut words.family)?);
    }
    Ok(finish_route(r, words, verb == Verb::Delete))
}

/// The family of the first address read, when no `-f` named one.
fn learn_family(words: &mut RouteWords, a: &IpAddr) {
    words.family = words.family.or(Some(AddressFamily::of(a)));
}

/// `via [FAMILY] ADDR` (the word `via` read): the address, read at once as ip does, in the
/// family named or the route's.
fn read_via(args: &mut Args, family: Option<AddressFamily>) -> Result<IpAddr, Failure> {
    let mut v = args.value("via")?;
    let mut fam = family;
    if let Some(f) = via_family(v) {
        fam = Some(f);
        v = args.value("via")?;
    }
    parse_address(v, raw(fam))
}

/// `as [to] ADDR` (the word `as` read): the `RTA_NEWDST` payload.
fn read_as(args: &mut Args, family: Option<AddressFamily>) -> Result<IpAddr, Failure> {
    let mut v = args.value("as")?;
    if v == "to" {
        v = args.value("as")?;
    }
    parse_address(v, raw(family))
}

/// The bytes of an address as ip puts them in an attribute.
fn octets(a: &IpAddr) -> Vec<u8> {
    match a {
        IpAddr::V4(a) => a.octets().to_vec(),
        IpAddr::V6(a) => a.octets().to_vec(),
    }
}

/// The words ip reads first: `src`, `as`, `via`, `from`, `tos`, `expires`, `metric`,
/// `scope`; false when `w` is none of them.
fn address_word(
    r: &mut Route,
    words: &mut RouteWords,
    args: &mut Args,
    w: &str,
) -> Result<bool, Failure> {
    if w == "src" {
        let a = parse_address(args.value(w)?, raw(words.family))?;
        learn_family(words, &a);
        r.preferred_source = Some(a);
    } else if w == "as" {
        let a = read_as(args, words.family)?;
        learn_family(words, &a);
        r.new_destination = Some(octets(&a));
    } else if w == "via" {
        if words.gw_seen {
            return Err(invalid_arg(
                "use nexthop syntax to specify multiple via",
                "via",
            ));
        }
        words.gw_seen = true;
        let a = read_via(args, words.family)?;
        learn_family(words, &a);
        (r.gateway, r.via) = gateway_or_via(a, words.family.unwrap_or(AddressFamily::Inet));
    } else if w == "from" {
        let v = args.value(w)?;
        let family = words.family;
        let (a, len, f) = parse_prefix(v, family).ok_or_else(|| bad_prefix(v, raw(family)))?;
        words.family = family.or(f);
        r.source = a;
        r.source_len = len;
    } else if w == "tos" || matches(w, "dsfield") {
        let v = args.value(w)?;
        r.tos = dsfield(v).ok_or_else(|| invalid_value("tos", v))?;
    } else if w == "expires" {
        let v = args.value(w)?;
        r.expires = Some(c_u32(v).ok_or_else(|| invalid_value("expires", v))?);
    } else if matches(w, "metric") || matches(w, "priority") || w == "preference" {
        let v = args.value(w)?;
        r.priority = Some(c_u32(v).ok_or_else(|| invalid_value("metric", v))?);
    } else if w == "scope" {
        let v = args.value(w)?;
        let id = names::scopes().id(v).filter(|&p| p < 256);
        words.scope = Some(id.ok_or_else(|| invalid_arg("invalid \"scope\" value", v))? as u8);
    } else {
        return Ok(false);
    }
    Ok(true)
}

/// How a metric's value reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum MetricValue {
    /// `[lock] NUMBER`.
    Number,
    /// `[lock] NUMBER` up to 255.
    Hoplimit,
    /// `[lock] TIME`; a bare number is the kernel's value, else milliseconds times this.
    Time(u32),
    /// `TIME`, always locked.
    RtoMin,
    /// `ecn`.
    Features,
    /// `0` or `1`.
    Bool,
    /// `[lock] NAME`.
    Congctl,
}

/// ip's metric words in the order it tries them: (word, matched by prefix, id, the name in
/// its error, how the value reads).
const METRICS: [(&str, bool, u16, &str, MetricValue); 15] = {
    use MetricValue::*;
    [
        ("mtu", false, RTAX_MTU, "mtu", Number),
        ("hoplimit", false, RTAX_HOPLIMIT, "hoplimit", Hoplimit),
        ("advmss", false, RTAX_ADVMSS, "mss", Number),
        ("reordering", true, RTAX_REORDERING, "reordering", Number),
        ("rtt", false, RTAX_RTT, "rtt", Time(8)),
        ("rto_min", false, RTAX_RTO_MIN, "rto_min", RtoMin),
        ("window", true, RTAX_WINDOW, "window", Number),
        ("cwnd", true, RTAX_CWND, "cwnd", Number),
        ("initcwnd", true, RTAX_INITCWND, "initcwnd", Number),
        ("initrwnd", true, RTAX_INITRWND, "initrwnd", Number),
        ("features", true, RTAX_FEATURES, "features", Features),
        ("quickack", true, RTAX_QUICKACK, "quickack", Bool),
        ("congctl", true, RTAX_CC_ALGO, "congctl", Congctl),
        ("rttvar", true, RTAX_RTTVAR, "rttvar", Time(4)),
        ("ssthresh", true, RTAX_SSTHRESH, "ssthresh", Number),
    ]
};

/// Reads a metric word of a route change (`mtu N`, `rtt lock TIME`, `features ecn`,
/// `congctl NAME`, ...); false when `w` is no metric.
fn metric_word(words: &mut RouteWords, args: &mut Args, w: &str) -> Result<bool, Failure> {
    let found = METRICS.iter().find(
        |&&(k, prefix, ..)| {
            if prefix {
                matches(w, k)
            } else {
                w == k
            }
        },
    );
    let Some(&(_, _, id, name, how)) = found else {
        return Ok(false);
    };
    use MetricValue::*;
    let mut v = args.value(w)?;
    if matches!(how, Number | Hoplimit | Time(_) | Congctl) && v == "lock" {
        words.lock |= 1 << id;
        v = args.value(w)?;
    }
    let bad = || invalid_value(name, v);
    let value = match how {
        Number => c_u32(v).ok_or_else(bad)?,
        Hoplimit => c_u32(v).filter(|&n| n <= 255).ok_or_else(bad)?,
        Time(times) => match parse_time_ms(v).ok_or_else(bad)? {
            (n, true) => n,
            (ms, false) => ms.wrapping_mul(times),
        },
        RtoMin => {
            words.lock |= 1 << id;
            parse_time_ms(v).ok_or_else(bad)?.0
        }
        Features if v == "ecn" => 1,
        Features => return Err(invalid_arg("\"features\" value not valid", v)),
        Bool => boolean(v, name)?,
        Congctl => {
            words.cc_algo = Some(v.to_owned());
            return Ok(true);
        }
    };
    words.metrics.push((id, value));
    Ok(true)
}

/// `0` or `1` (`quickack`, `fastopen_no_cookie`), with ip's two errors.
fn boolean(v: &str, name: &str) -> Result<u32, Failure> {
    match c_u32(v) {
        None => Err(invalid_value(name, v)),
        Some(n @ (0 | 1)) => Ok(n),
        Some(_) => Err(invalid_arg(
            &format!("\"{name}\" value should be 0 or 1"),
            v,
        )),
    }
}

/// Parses `TIME := NUMBER[s|ms]` as ip's `get_time_rtt`: milliseconds (rounded up), and
/// whether the number was bare (then it is taken as the kernel's raw value).
fn parse_time_ms(v: &str) -> Option<(u32, bool)> {
    let split = v
        .find(|c: char| !(c.is_ascii_hexdigit() || matches!(c, '.' | 'x' | 'X' | '+')))
        .unwrap_or(v.len());
    let (num, unit) = v.split_at(split);
    let t: f64 = if num.contains('.') {
        num.parse().ok().filter(|t: &f64| *t >= 0.0)?
    } else {
        crate::args::c_number(num)? as f64
    };
    let (t, bare) = match unit.to_ascii_lowercase().as_str() {
        "" => (t, true),
        "s" | "sec" | "secs" => (t * 1000.0, false),
        "ms" | "msec" | "msecs" => (t, false),
        _ => return None,
    };
    let n = t as u32;
    Some((if f64::from(n) < t { n + 1 } else { n }, bare))
}

/// The words ip reads after the metrics: `realms`, `onlink`, `nhid`, `protocol`, `table`,
/// `vrf`, `dev`, `pref`, `encap`, `ttl-propagate`, `fastopen_no_cookie`; false when `w` is
/// none of them.
fn route_word(
    ctx: &mut Context,
    r: &mut Route,
    words: &mut RouteWords,
    args: &mut Args,
    w: &str,
) -> Result<bool, Failure> {
    if matches(w, "realms") {
        r.flow = Some(realms(args.value(w)?)?);
    } else if w == "onlink" {
        r.flags |= RouteFlags::ONLINK;
    } else if w == "nhid" {
        let v = args.value(w)?;
        r.nexthop_id = Some(c_u32(v).ok_or_else(|| invalid_value("id", v))?);
    } else if matches(w, "protocol") {
        let v = args.value(w)?;
        let id = names::protocols().id(v).filter(|&p| p < 256);
        r.protocol = RouteProtocol::from(id.ok_or_else(|| invalid_value("protocol", v))? as u8);
    } else if matches(w, "table") {
        let v = args.value(w)?;
        let id = names::tables().id(v);
        words.table = Some(id.ok_or_else(|| invalid_value("table", v))?);
    } else if matches(w, "vrf") {
        let v = args.value(w)?;
        let table = crate::ip::link::vrf_table(ctx, v).filter(|&t| t != 0);
        words.table = Some(table.ok_or_else(|| invalid_arg("Invalid VRF", v))?);
    } else if w == "dev" || w == "oif" {
        words.dev = Some(args.value(w)?.to_owned());
    } else if matches(w, "pref") {
        let v = args.value(w)?;
        r.pref = Some(match v {
            "low" => 3,
            "medium" => 0,
            "high" => 1,
            _ => crate::args::c_number(v)
                .and_then(|n| u8::try_from(n).ok())
                .ok_or_else(|| invalid_value("pref", v))?,
        });
    } else if w == "encap" {
        let e = parse_encap(args)?;
        r.encap
            .set(&e)
            .map_err(|e| Failure::failed(format!("Error: {e}")))?;
    } else if w == "ttl-propagate" {
        let v = args.value(w)?;
        r.ttl_propagate = Some(if matches(v, "enabled") {
            1
        } else if matches(v, "disabled") {
            0
        } else {
            return Err(invalid_value("ttl-propagate", v));
        });
    } else if matches(w, "fastopen_no_cookie") {
        let v = args.value(w)?;
        let n = boolean(v, "fastopen_no_cookie")?;
        words.metrics.push((RTAX_FASTOPEN_NO_COOKIE, n));
    } else {
        return Ok(false);
    }
    Ok(true)
}

/// `realms [FROM/]TO` as ip's `get_rt_realms_or_raw` reads it.
fn realms(v: &str) -> Result<u32, Failure> {
    let realms = names::realms();
    let (from, to) = match v.split_once('/') {
        Some((f, t)) => (realms.id(f), realms.id(t)),
        None => (Some(0), realms.id(v)),
    };
    match (from, to) {
        (Some(f), Some(t)) if f < 65536 && t < 65536 => Ok(f << 16 | t),
        _ => Err(invalid_arg("\"realm\" value is invalid", v)),
    }
}

/// Reads `[to] [TYPE] PREFIX`, the destination of a route change (any word ip knows no
/// other meaning for), as ip does: the type, then `help`, then a second destination.
fn destination_word(
    r: &mut Route,
    words: &mut RouteWords,
    args: &mut Args,
    w: &str,
) -> Result<(), Failure> {
    let mut v = w;
    if v == "to" {
        v = args.value(v)?;
    }
    if !v.starts_with(|c: char| c.is_ascii_digit()) {
        if let Some(t) = route_type(v) {
            v = args.value(v)?;
            r.route_type = t;
            words.type_seen = true;
        }
    }
    if matches(v, "help") {
        return Err(Failure::usage(HELP));
    }
    if words.dst_seen {
        return Err(Failure::usage(format!(
            "Error: either \"to\" is duplicate, or \"{v}\" is a garbage."
        )));
    }
    let family = words.family;
    let (a, len, f) = parse_prefix(v, family).ok_or_else(|| bad_prefix(v, raw(family)))?;
    words.family = family.or(f);
    r.destination = a;
    r.destination_len = len;
    words.dst_seen = true;
    Ok(())
}

/// A route type as ip's `rtnl_rtntype_a2n` reads it (most names by prefix, or a number).
pub(super) fn route_type(v: &str) -> Option<RouteType> {
    use RouteType::*;
    let by_prefix = [
        ("multicast", Multicast),
        ("prohibit", Prohibit),
        ("unreachable", Unreachable),
        ("blackhole", Blackhole),
        ("xresolve", Xresolve),
        ("unicast", Unicast),
    ];
    Some(if v == "local" {
        Local
    } else if v == "nat" {
        Nat
    } else if matches(v, "broadcast") || v == "brd" {
        Broadcast
    } else if matches(v, "anycast") {
        Anycast
    } else if let Some(&(_, t)) = by_prefix.iter().find(|(k, _)| matches(v, k)) {
        t
    } else if v == "throw" {
        Throw
    } else {
        RouteType::from(u8::try_from(crate::args::c_number(v)?).ok()?)
    })
}

/// Parses `nexthop NH [nexthop NH]...` (the first word `nexthop` already read) as ip's
/// `parse_nexthops`: each path's words in turn, its device looked up at once.
fn parse_hops(
    ctx: &mut Context,
    args: &mut Args,
    family: &mut Option<AddressFamily>,
) -> Result<Vec<nlroute::NextHop>, Failure> {
    let mut hops = Vec::new();
    let mut first = true;
    loop {
        if !first {
            match args.next() {
                None => return Ok(hops),
                Some("nexthop") => {}
                Some(w) => {
                    return Err(Failure::usage(format!(
                        "Error: \"nexthop\" or end of line is expected instead of \"{w}\""
                    )))
                }
            }
        }
        first = false;
        if args.peek().is_none() {
            return Err(Failure::usage(
                "Error: unexpected end of line after \"nexthop\"",
            ));
        }
        hops.push(parse_hop(ctx, args, family)?);
    }
}

/// The words of one path (ip's `parse_one_nh`), up to the first that is none of them.
fn parse_hop(
    ctx: &mut Context,
    args: &mut Args,
    family: &mut Option<AddressFamily>,
) -> Result<nlroute::NextHop, Failure> {
    let mut nh = nlroute::NextHop::default();
    while let Some(w) = args.peek() {
        if !matches!(w, "via" | "dev" | "weight" | "onlink" | "encap" | "as")
            && !matches(w, "realms")
        {
            break;
        }
        args.next();
        if w == "via" {
            let a = read_via(args, *family)?;
            *family = family.or(Some(AddressFamily::of(&a)));
            (nh.gateway, nh.via) = gateway_or_via(a, family.unwrap_or(AddressFamily::Inet));
        } else if w == "dev" {
            let d = args.value(w)?;
            nh.index = device_index(ctx, d).map_err(|e| {
                Failure::usage(format!("{}\nError: cannot parse nexthop", e.message))
            })?;
        } else if w == "weight" {
            let v = args.value(w)?;
            let n = c_u32(v).filter(|n| (1..=256).contains(n));
            nh.hops = (n.ok_or_else(|| invalid_arg("\"weight\" is invalid", v))? - 1) as u8;
        } else if w == "onlink" {
            nh.flags |= NexthopFlags::ONLINK;
        } else if w == "encap" {
            let e = parse_encap(args)?;
            nh.encap
                .set(&e)
                .map_err(|e| Failure::failed(format!("Error: {e}")))?;
        } else if w == "as" {
            let a = read_as(args, *family)?;
            nh.unknown.push(RawAttribute {
                attr_type: RTA_NEWDST,
                payload: octets(&a),
            });
        } else {
            nh.flow = Some(realms(args.value(w)?)?);
        }
    }
    Ok(nh)
}

/// Completes a parsed route change as ip does: the family, metrics, and the table and
/// scope its type implies.
fn finish_route(mut r: Route, words: RouteWords, delete: bool) -> Route {
    let family = words.family.unwrap_or(AddressFamily::Inet);
    r.family = family;
    if !words.metrics.is_empty() || words.cc_algo.is_some() || words.lock != 0 {
        let mut values = Vec::new();
        if words.lock != 0 {
            values.push((RTAX_LOCK, words.lock));
        }
        values.extend(words.metrics);
        r.metrics = Some(nlroute::Metrics {
            values,
            cc_algo: words.cc_algo,
            unknown: Vec::new(),
        });
    }
    use RouteType::{Anycast, Broadcast, Local, Multicast, Nat, Unicast, Unspec};
    let local_kind = matches!(r.route_type, Local | Broadcast | Anycast | Nat);
    let main = if local_kind {
        RouteTable::Local
    } else {
        RouteTable::Main
    };
    r.table = words.table.map_or(main, RouteTable::from);
    let universe = matches!(family, AddressFamily::Inet6 | AddressFamily::Mpls);
    r.scope = match words.scope {
        Some(s) => Scope::from(s),
        None if universe => Scope::Universe,
        None => match r.route_type {
            Local | Nat => Scope::Host,
            Broadcast | Anycast | Multicast => Scope::Link,
            // Deleting: nowhere, any scope matches.
            Unicast | Unspec if delete => Scope::Nowhere,
            Unicast | Unspec if !words.gw_seen && !words.multipath && r.nexthop_id.is_none() => {
                Scope::Link
            }
            _ if delete => Scope::Nowhere,
            _ => Scope::Universe,
        },
    };
    if !words.type_seen && family == AddressFamily::Mpls {
        r.route_type = Unicast;
    }
    r
}

/// A gateway of the route's family goes in `RTA_GATEWAY`, one of another family (an IPv6
/// gateway of an IPv4 route) in `RTA_VIA`, as ip sends them (for the route and each hop).
fn gateway_or_via(a: IpAddr, family: AddressFamily) -> (Option<IpAddr>, Option<nlroute::Via>) {
    if AddressFamily::of(&a) == family {
        return (Some(a), None);
    }
    (None, Some(nlroute::Via::ip(a)))
}

/// A DS field (`tos`) as ip's `rtnl_dsfield_a2n` reads it: a name of rt_dsfield, else a
/// hexadecimal number up to 255 (`tos 16` is 0x16).
pub(super) fn dsfield(v: &str) -> Option<u8> {
    if let Some(id) = names::dsfields().by_name(v) {
        return u8::try_from(id).ok();
    }
    let t = v.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let t = t.strip_prefix('+').unwrap_or(t);
    let t = t
        .strip_prefix("0x")
        .or_else(|| t.strip_prefix("0X"))
        .unwrap_or(t);
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u8::try_from(u64::from_str_radix(t, 16).ok()?).ok()
}
