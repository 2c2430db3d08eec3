//! `nlip route add|change|replace|prepend|append|test|delete ROUTE`: the words of a route
//! change and the route ip sends for them (also for `-batch -force`).

use super::encap::parse_encap;
use super::help::HELP;
use super::parse::{device_index, invalid_value, parse_prefix, raw, via_family};
use super::print::{print_route, Hide, RouteNames};
use crate::args::inet::{bad_prefix, parse_address};
use crate::args::number;
use crate::args::{invalid_arg, matches, Args};
use crate::diag::{self, Failure};
use crate::ip::context::Context;
use crate::names;
use nlkit::rtnl::route::attrs::*;
use nlkit::rtnl::route::{self as nlroute, Route, RouteFlags};
use nlkit::rtnl::{self, AddressFamily, Change as _, Verb};
use nlkit::rtnl::{NexthopFlags, RouteProtocol, RouteTable, RouteType, Scope};
use std::net::IpAddr;

/// The change command `cmd` names (`add`, `del`, ...).
pub(super) fn change_kind(cmd: &str) -> Option<Verb> {
    Some(if matches(cmd, "add") {
        Verb::Add
    } else if matches(cmd, "change") || cmd == "chg" {
        Verb::Change
    } else if matches(cmd, "replace") {
        Verb::Replace
    } else if matches(cmd, "prepend") {
        Verb::Prepend
    } else if matches(cmd, "append") {
        Verb::Append
    } else if matches(cmd, "test") {
        Verb::Test
    } else if matches(cmd, "delete") {
        Verb::Delete
    } else {
        return None;
    })
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

/// What the words of a route change set besides the route's own fields (resolved once
/// every word is read: the family decides how gateways read, the type the defaults).
#[derive(Default)]
struct RouteWords {
    family: Option<AddressFamily>,
    table: Option<u32>,
    scope: Option<u8>,
    dst_seen: bool,
    dev: Option<String>,
    via: Option<(Option<AddressFamily>, String)>,
    hops: Vec<HopSpec>,
    metrics: Vec<(u16, u32)>,
    lock: u32,
    cc_algo: Option<String>,
}

/// Parses a route change into the route to send, as ip fills one in.
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
        if !metric_word(&mut words, args, w)? {
            route_word(&mut r, &mut words, args, w)?;
        }
    }
    finish_route(ctx, r, words, verb == Verb::Delete)
}

/// Reads one word (and its values) of a route change that sets the route itself.
fn route_word(
    r: &mut Route,
    words: &mut RouteWords,
    args: &mut Args,
    w: &str,
) -> Result<(), Failure> {
    let family = words.family;
    if w == "encap" {
        let e = parse_encap(args)?;
        r.encap
            .set(&e)
            .map_err(|e| Failure::failed(format!("Error: {e}")))?;
    } else if w == "src" {
        let v = args.value(w)?;
        r.preferred_source = Some(parse_address(v, raw(family))?);
    } else if w == "via" {
        if words.via.is_some() {
            return Err(invalid_arg(
                "use nexthop syntax to specify multiple via",
                "via",
            ));
        }
        let mut v = args.value(w)?;
        let mut fam = None;
        if let Some(f) = via_family(v) {
            fam = Some(f);
            v = args.value(w)?;
        }
        words.via = Some((fam, v.to_owned()));
    } else if w == "from" {
        let v = args.value(w)?;
        let (a, len, f) = parse_prefix(v, family).ok_or_else(|| bad_prefix(v, raw(family)))?;
        words.family = family.or(f);
        r.source = a;
        r.source_len = len;
    } else if w == "tos" || matches(w, "dsfield") {
        let v = args.value(w)?;
        let id = names::dsfields().id(v).filter(|&t| t < 256);
        r.tos = id.ok_or_else(|| invalid_value("tos", v))? as u8;
    } else if w == "expires" {
        let v = args.value(w)?;
        r.expires = Some(v.parse().map_err(|_| invalid_value("expires", v))?);
    } else if w == "pref" {
        let v = args.value(w)?;
        r.pref = Some(match v {
            "low" => 3,
            "medium" => 0,
            "high" => 1,
            _ => number(v, "\"pref\" value is invalid")?,
        });
    } else if matches(w, "metric") || matches(w, "priority") || matches(w, "preference") {
        let v = args.value(w)?;
        r.priority = Some(number(v, "\"metric\" value is invalid")?);
    } else if w == "scope" {
        let v = args.value(w)?;
        let id = names::scopes().id(v).filter(|&p| p < 256);
        words.scope = Some(id.ok_or_else(|| invalid_arg("invalid \"scope\" value", v))? as u8);
    } else if matches(w, "realms") {
        let v = args.value(w)?;
        let realms = names::realms();
        let (from, to) = match v.split_once('/') {
            Some((f, t)) => (realms.id(f), realms.id(t)),
            None => (Some(0), realms.id(v)),
        };
        match (from, to) {
            (Some(f), Some(t)) if f < 65536 && t < 65536 => r.flow = Some(f << 16 | t),
            _ => return Err(invalid_arg("\"realm\" value is invalid", v)),
        }
    } else if w == "onlink" {
        r.flags |= RouteFlags::ONLINK;
    } else if w == "nexthop" {
        words.hops = parse_hops(args)?;
    } else if w == "nhid" {
        let v = args.value(w)?;
        r.nexthop_id = Some(number(v, "\"id\" value is invalid")?);
    } else if matches(w, "protocol") {
        let v = args.value(w)?;
        let id = names::protocols().id(v).filter(|&p| p < 256);
        r.protocol = RouteProtocol::from(id.ok_or_else(|| invalid_value("protocol", v))? as u8);
    } else if matches(w, "table") {
        let v = args.value(w)?;
        let id = names::tables().id(v);
        words.table = Some(id.ok_or_else(|| invalid_value("table", v))?);
    } else if w == "dev" || w == "oif" {
        words.dev = Some(args.value(w)?.to_owned());
    } else {
        destination_word(r, words, args, w)?;
    }
    Ok(())
}

/// Reads `[to] [TYPE] PREFIX`, the destination of a route change.
fn destination_word(
    r: &mut Route,
    words: &mut RouteWords,
    args: &mut Args,
    w: &str,
) -> Result<(), Failure> {
    let family = words.family;
    let mut v = w;
    if v == "to" {
        v = args.value(v)?;
    }
    if words.dst_seen {
        return Err(Failure::usage(format!(
            "Error: either \"to\" is duplicate, or \"{v}\" is a garbage."
        )));
    }
    if let Some(t) = names::ROUTE_TYPES.iter().position(|&t| t == v) {
        r.route_type = RouteType::from(t as u8);
        v = args.value(v)?;
    }
    let (a, len, f) = parse_prefix(v, family).ok_or_else(|| bad_prefix(v, raw(family)))?;
    words.family = family.or(f);
    r.destination = a;
    r.destination_len = len;
    words.dst_seen = true;
    Ok(())
}

/// The `RTAX_*` id of metric word `w` (`mtu`, `rtt`, ...).
fn metric_id(w: &str) -> Option<u16> {
    Some(match w {
        "mtu" => RTAX_MTU,
        "hoplimit" => RTAX_HOPLIMIT,
        "advmss" => RTAX_ADVMSS,
        "reordering" => RTAX_REORDERING,
        "window" => RTAX_WINDOW,
        "cwnd" => RTAX_CWND,
        "initcwnd" => RTAX_INITCWND,
        "initrwnd" => RTAX_INITRWND,
        "ssthresh" => RTAX_SSTHRESH,
        "rtt" => RTAX_RTT,
        "rttvar" => RTAX_RTTVAR,
        "rto_min" => RTAX_RTO_MIN,
        "quickack" => RTAX_QUICKACK,
        "fastopen_no_cookie" => RTAX_FASTOPEN_NO_COOKIE,
        _ => return None,
    })
}

/// Reads a metric word of a route change (`mtu N`, `rtt lock TIME`, `features ecn`,
/// `congctl NAME`, ...); false when `w` is no metric.
fn metric_word(words: &mut RouteWords, args: &mut Args, w: &str) -> Result<bool, Failure> {
    if let Some(id) = metric_id(w) {
        let mut v = args.value(w)?;
        if v == "lock" {
            words.lock |= 1 << id;
            v = args.value(w)?;
        }
        let value = match id {
            RTAX_RTT | RTAX_RTTVAR | RTAX_RTO_MIN => {
                let (ms, raw) = parse_time_ms(v).ok_or_else(|| invalid_value(w, v))?;
                match id {
                    RTAX_RTT if !raw => ms.saturating_mul(8),
                    RTAX_RTTVAR if !raw => ms.saturating_mul(4),
                    _ => ms,
                }
            }
            _ => v.parse().map_err(|_| invalid_value(w, v))?,
        };
        words.metrics.push((id, value));
    } else if w == "features" {
        let v = args.value(w)?;
        if v != "ecn" {
            return Err(invalid_arg("\"features\" value not valid", v));
        }
        words.metrics.push((RTAX_FEATURES, 1));
    } else if w == "congctl" {
        let mut v = args.value(w)?;
        if v == "lock" {
            words.lock |= 1 << RTAX_CC_ALGO;
            v = args.value(w)?;
        }
        words.cc_algo = Some(v.to_owned());
    } else {
        return Ok(false);
    }
    Ok(true)
}

/// Parses `TIME := NUMBER[s|ms]`: milliseconds, and whether the number was bare (then it
/// is taken as the kernel's raw value, as ip does).
fn parse_time_ms(v: &str) -> Option<(u32, bool)> {
    let ms = v.strip_suffix("msecs").or_else(|| v.strip_suffix("msec"));
    if let Some(ms) = ms.or_else(|| v.strip_suffix("ms")) {
        return Some((ms.parse().ok()?, false));
    }
    let sec = v.strip_suffix("secs").or_else(|| v.strip_suffix("sec"));
    if let Some(sec) = sec.or_else(|| v.strip_suffix('s')) {
        let f: f64 = sec.parse().ok()?;
        return Some(((f * 1000.0) as u32, false));
    }
    Some((v.parse().ok()?, true))
}

/// One `nexthop` block of a multipath route, as typed.
#[derive(Default)]
struct HopSpec {
    via: Option<(Option<AddressFamily>, String)>,
    dev: Option<String>,
    weight: Option<u8>,
    flags: NexthopFlags,
    encap: Option<nlroute::Encap>,
}

/// Parses `nexthop NH [nexthop NH]...` (the word `nexthop` already read).
fn parse_hops(args: &mut Args) -> Result<Vec<HopSpec>, Failure> {
    let end = || Failure::usage("Error: unexpected end of line after \"nexthop\"");
    if args.peek().is_none() {
        return Err(end());
    }
    let mut hops = vec![HopSpec::default()];
    while let Some(w) = args.next() {
        let Some(h) = hops.last_mut() else { break };
        if w == "nexthop" {
            if args.peek().is_none() {
                return Err(end());
            }
            hops.push(HopSpec::default());
        } else if w == "via" {
            let mut v = args.value(w)?;
            let mut fam = None;
            if let Some(f) = via_family(v) {
                fam = Some(f);
                v = args.value(w)?;
            }
            h.via = Some((fam, v.to_owned()));
        } else if w == "dev" {
            h.dev = Some(args.value(w)?.to_owned());
        } else if matches(w, "weight") {
            let v = args.value(w)?;
            let n: u32 = v
                .parse()
                .map_err(|_| invalid_arg("\"weight\" is invalid", v))?;
            if !(1..=256).contains(&n) {
                return Err(invalid_arg("\"weight\" is invalid", v));
            }
            h.weight = Some((n - 1) as u8);
        } else if w == "encap" {
            h.encap = Some(parse_encap(args)?);
        } else if w == "onlink" {
            h.flags |= NexthopFlags::ONLINK;
        } else if w == "pervasive" {
            h.flags |= NexthopFlags::PERVASIVE;
        } else {
            return Err(Failure::usage(format!(
                "Error: either \"to\" is duplicate, or \"{w}\" is a garbage."
            )));
        }
    }
    Ok(hops)
}

/// Completes a parsed route change as ip does: the family, gateways and devices, paths,
/// metrics, and the table and scope its type implies.
fn finish_route(
    ctx: &mut Context,
    mut r: Route,
    words: RouteWords,
    delete: bool,
) -> Result<Route, Failure> {
    let family = words.family.unwrap_or(AddressFamily::Inet);
    r.family = family;
    if let Some((fam, v)) = words.via {
        let a = parse_address(&v, raw(fam.or(Some(family))))?;
        (r.gateway, r.via) = gateway_or_via(a, family);
    }
    if let Some(d) = words.dev {
        r.output_interface = Some(device_index(ctx, &d)?);
    }
    if !words.hops.is_empty() {
        r.multipath = Some(route_hops(ctx, words.hops, family)?);
    }
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
    r.scope = match words.scope {
        Some(s) => Scope::from(s),
        None => match r.route_type {
            Local | Nat => Scope::Host,
            Broadcast | Anycast | Multicast => Scope::Link,
            // Deleting: nowhere, any scope matches.
            Unicast | Unspec if delete => Scope::Nowhere,
            Unicast | Unspec
                if r.gateway.is_none()
                    && r.via.is_none()
                    && r.multipath.is_none()
                    && r.nexthop_id.is_none() =>
            {
                Scope::Link
            }
            _ => Scope::Universe,
        },
    };
    Ok(r)
}

/// A gateway of the route's family goes in `RTA_GATEWAY`, one of another family (an IPv6
/// gateway of an IPv4 route) in `RTA_VIA`, as ip sends them (for the route and each hop).
fn gateway_or_via(a: IpAddr, family: AddressFamily) -> (Option<IpAddr>, Option<nlroute::Via>) {
    if AddressFamily::of(&a) == family {
        return (Some(a), None);
    }
    (None, Some(nlroute::Via::ip(a)))
}

/// The paths of a multipath route change, their devices and gateways resolved.
fn route_hops(
    ctx: &mut Context,
    hops: Vec<HopSpec>,
    family: AddressFamily,
) -> Result<Vec<nlroute::NextHop>, Failure> {
    let mut out = Vec::new();
    for h in hops {
        let mut nh = nlroute::NextHop {
            flags: h.flags,
            hops: h.weight.unwrap_or(0),
            ..Default::default()
        };
        if let Some((fam, v)) = h.via {
            let a = parse_address(&v, raw(fam.or(Some(family))))?;
            (nh.gateway, nh.via) = gateway_or_via(a, family);
        }
        if let Some(e) = &h.encap {
            nh.encap
                .set(e)
                .map_err(|e| Failure::failed(format!("Error: {e}")))?;
        }
        if let Some(d) = h.dev {
            nh.index = device_index(ctx, &d)?;
        }
        out.push(nh);
    }
    Ok(out)
}
