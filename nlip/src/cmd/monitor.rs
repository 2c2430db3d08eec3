//! `nlip monitor`: kernel events as they happen, printed as `ip monitor` prints them.
//!
//! Objects: link, address, route, neigh, netconf, rule, nsid, nexthop (no object: all of them;
//! `all`: all of them, each line led by its `[LINK]`, `[ADDR]`, ... label, as `label` does). `-t` prints a `Timestamp:` line
//! before each event, `-ts` a short timestamp in front of it; `dev NAME` keeps the events of
//! one device; `-4`/`-6` one family. ip's device-name cache is kept current from link events.
//!
//! An overrun (ENOBUFS: the kernel dropped events because we fell behind) prints ip's line
//! "netlink receive error No buffer space available (105)" on stderr and watching goes on;
//! the receive buffer is large (32 MiB with SO_RCVBUFFORCE when privileged, or `-rcvbuf`).
//!
//! Beyond ip 6.1 (whose `-j monitor` prints text): `-j monitor` prints one JSON object per
//! line, with the keys of the `-j show` objects plus `"event"` (`"new"`, `"del"`, `"miss"`),
//! `"object"` and, with `-t`/`-ts`, `"time"`; an overrun is the line
//! `{"event":"overrun"}`. With `resync`, an overrun is followed by a fresh dump of the
//! watched objects whose differences from what was seen are printed as events (then
//! `{"event":"resync",...}` or `[resync]added N removed N changed N` lines), so a consumer's view never drifts.

use crate::args::{matches, Args};
use crate::cmd::route::{print_route, Hide, RouteNames};
use crate::diag::Failure;
use crate::render::{Mode, Render, Sink};
use crate::Context;
use nlkit::engine::{Event, Subscription};
use nlkit::rtnl::addr::Address;
use nlkit::rtnl::family::{AF_INET, AF_INET6};
use nlkit::rtnl::group::*;
use nlkit::rtnl::link::Link;
use nlkit::rtnl::message_type::*;
use nlkit::rtnl::mirror::{self, Key, Kind as MirrorKind, Object};
use nlkit::rtnl::neigh::Neighbour;
use nlkit::rtnl::netconf::Netconf;
use nlkit::rtnl::nexthop::Nexthop;
use nlkit::rtnl::route::Route;
use nlkit::rtnl::rule::Rule;
use nlkit::sys::Protocol;
use nlkit::wire::MessageView;
use std::io::{self, Write};
use std::time::{SystemTime, UNIX_EPOCH};

const HELP: &str = "Usage: ip monitor [ all | OBJECTS ] [ FILE ] [ label ] [ all-nsid ]
                  [ dev DEVICE ]
OBJECTS :=  address | link | mroute | neigh | netconf |
            nexthop | nsid | prefix | route | rule | stats
FILE := file FILENAME";

/// The objects `ip monitor` knows, in its matching order.
const OBJECTS: [&str; 11] = [
    "link", "address", "route", "mroute", "prefix", "neigh", "netconf", "rule", "nsid", "nexthop",
    "stats",
];

/// The objects nlip follows.
const SUPPORTED: [&str; 8] = [
    "link", "address", "route", "neigh", "netconf", "rule", "nsid", "nexthop",
];

/// `nlip monitor ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let mut wanted: Vec<&str> = Vec::new();
    let mut label = false;
    let mut all = false;
    let mut dev = None;
    let mut resync = false;
    let mut all_nsid = false;
    while let Some(w) = args.next() {
        if matches(w, "help") {
            return Err(Failure::new(HELP, 255));
        } else if w == "all" {
            all = true;
            label = true;
        } else if matches(w, "label") {
            label = true;
        } else if w == "dev" {
            dev = Some(args.value(w)?);
        } else if w == "resync" {
            resync = true;
        } else if w == "all-nsid" {
            all_nsid = true;
        } else if let Some(o) = OBJECTS.iter().find(|o| matches(w, o)) {
            wanted.push(o);
        } else {
            return Err(Failure::new(
                format!("Argument \"{w}\" is unknown, try \"ip monitor help\"."),
                255,
            ));
        }
    }
    if wanted.is_empty() {
        all = true; // without the labels (ip 6.1 prints them only for `all` or `label`)
    }
    if all {
        wanted = SUPPORTED.to_vec();
    }
    if let Some(o) = wanted.iter().find(|o| !SUPPORTED.contains(o)) {
        return Err(Failure::new(
            format!(
                "nlip: monitor of \"{o}\" is not implemented yet ({})",
                SUPPORTED.join(", ")
            ),
            255,
        ));
    }
    ctx.links.preload(&mut ctx.conn);
    let dev = match dev {
        None => None,
        Some(d) => Some(ctx.links.index(&mut ctx.conn, d).ok_or_else(|| {
            Failure::new(
                format!("Error: argument \"{d}\" is wrong: Device does not exist\n"),
                255,
            )
        })?),
    };
    let groups = groups_of(&wanted, ctx.family);
    let sub = match &ctx.netns {
        None => Subscription::new(Protocol::Route, &groups),
        Some(ns) => Subscription::new_in(ns, Protocol::Route, &groups),
    };
    let mut sub = sub.map_err(|e| Failure::new(format!("Cannot open netlink socket: {e}"), 1))?;
    if all_nsid {
        sub.socket()
            .set_listen_all_nsid(true)
            .map_err(|e| Failure::new(format!("Error: NETLINK_LISTEN_ALL_NSID: {e}"), 1))?;
    }
    // A large buffer, as a listener should have: SO_RCVBUFFORCE when privileged.
    let size = ctx.rcvbuf.map_or(32 << 20, |s| s as usize);
    if sub.socket().set_recv_buffer_force(size).is_err() {
        let _ = sub.socket().set_recv_buffer(size);
    }
    let mut printer = Printer {
        names: RouteNames::load(),
        groups: crate::names::groups(),
        sink: Sink::new(Vec::new(), ctx.json, false),
        label,
        timestamp: ctx.timestamp,
        dev,
        details: ctx.details,
        nsid: None,
        netns_names: if wanted.contains(&"nsid") {
            crate::names::netns_ids(&mut ctx.conn)
        } else {
            Default::default()
        },
    };
    printer.sink.set_oneline(ctx.oneline).set_color(ctx.color);
    let mut seen = resync.then(|| Seen::load(ctx, &wanted));
    let mut out = io::stdout().lock();
    loop {
        match sub.next_event(None) {
            Ok(Some(Event::Message { message, nsid, .. })) => {
                printer.nsid = all_nsid.then_some(nsid);
                let kind = message.message_type();
                if let Some(seen) = seen.as_mut() {
                    seen.apply(&message);
                }
                for index in devices_of(&message) {
                    ctx.links.ensure(&mut ctx.conn, index);
                }
                if kind == RTM_NEWNSID {
                    // A new id: learn which named namespace it is (ip keeps such a map).
                    let fresh = crate::names::netns_ids(&mut ctx.conn);
                    printer.netns_names.extend(fresh);
                }
                printer.event(&message, &mut ctx.links, &mut out)?;
                if matches!(kind, RTM_DELLINK) {
                    if let Ok(l) = Link::from_message(&message) {
                        if l.header.family == 0 {
                            ctx.links.forget(l.header.index);
                        }
                    }
                }
            }
            Ok(Some(Event::Overrun)) => {
                if ctx.json {
                    out.write_all(b"{\"event\":\"overrun\"}\n")?;
                    out.flush()?;
                } else {
                    eprintln!("netlink receive error No buffer space available (105)");
                }
                if let Some(seen) = seen.as_mut() {
                    // Drain what is queued first, then compare with a fresh dump.
                    seen.resync(ctx, &mut printer, &mut out)?;
                }
            }
            Ok(None) => {}
            Err(e) => return Err(Failure::new(format!("netlink receive error {e}"), 1)),
        }
    }
}

/// The devices an event names, whose names must be known to print it.
fn devices_of(m: &MessageView<&[u8]>) -> Vec<u32> {
    match m.message_type() {
        RTM_NEWLINK | RTM_DELLINK => Link::from_message(m)
            .map(|l| [l.master, l.link].into_iter().flatten().collect())
            .unwrap_or_default(),
        RTM_NEWADDR | RTM_DELADDR => Address::from_message(m)
            .map(|a| vec![a.header.index])
            .unwrap_or_default(),
        RTM_NEWROUTE | RTM_DELROUTE => Route::from_message(m)
            .map(|r| {
                let hops = r.multipath.iter().flatten().map(|h| h.interface);
                r.output_interface.into_iter().chain(hops).collect()
            })
            .unwrap_or_default(),
        RTM_NEWNEIGH | RTM_DELNEIGH | RTM_GETNEIGH => Neighbour::from_message(m)
            .map(|n| vec![n.header.index])
            .unwrap_or_default(),
        RTM_NEWNETCONF | RTM_DELNETCONF => Netconf::from_message(m)
            .ok()
            .and_then(|c| c.interface)
            .filter(|&i| i > 0)
            .map(|i| vec![i as u32])
            .unwrap_or_default(),
        RTM_NEWNEXTHOP | RTM_DELNEXTHOP => Nexthop::from_message(m)
            .map(|nh| nh.output_interface.into_iter().collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// The multicast groups of `objects` (of one family with `-4`/`-6`).
fn groups_of(objects: &[&str], family: Option<u8>) -> Vec<u32> {
    let v4 = family != Some(AF_INET6);
    let v6 = family != Some(AF_INET);
    let mut groups = Vec::new();
    for o in objects {
        let (both, four, six): (&[u32], &[u32], &[u32]) = match *o {
            "link" => (&[RTNLGRP_LINK], &[], &[]),
            "address" => (&[], &[RTNLGRP_IPV4_IFADDR], &[RTNLGRP_IPV6_IFADDR]),
            "route" => (&[], &[RTNLGRP_IPV4_ROUTE], &[RTNLGRP_IPV6_ROUTE]),
            "neigh" => (&[RTNLGRP_NEIGH], &[], &[]),
            "netconf" => (&[], &[RTNLGRP_IPV4_NETCONF], &[RTNLGRP_IPV6_NETCONF]),
            "rule" => (&[], &[RTNLGRP_IPV4_RULE], &[RTNLGRP_IPV6_RULE]),
            "nsid" => (&[RTNLGRP_NSID], &[], &[]),
            _ => (&[RTNLGRP_NEXTHOP], &[], &[]),
        };
        groups.extend_from_slice(both);
        if v4 {
            groups.extend_from_slice(four);
        }
        if v6 {
            groups.extend_from_slice(six);
        }
    }
    groups
}

/// Prints events: text as ip does, or JSON lines.
struct Printer {
    names: RouteNames,
    groups: crate::names::NameTable,
    /// Renders one event at a time into its writer.
    sink: Sink<Vec<u8>>,
    label: bool,
    timestamp: u8,
    dev: Option<u32>,
    details: bool,
    /// With `all-nsid`: the namespace id of the event being printed (`Some(None)`: ours).
    nsid: Option<Option<i32>>,
    /// Named namespaces by their id here (for nsid events; kept after a name goes away).
    netns_names: std::collections::HashMap<i32, String>,
}

/// What an event is about, for labels and JSON.
#[derive(Clone, Copy)]
enum Kind {
    Link,
    Address,
    Route,
    Neighbour,
    Netconf,
    Rule,
    Nsid,
    Nexthop,
}

impl Kind {
    fn of(message_type: u16) -> Option<(Kind, &'static str)> {
        Some(match message_type {
            RTM_NEWLINK => (Kind::Link, "new"),
            RTM_DELLINK => (Kind::Link, "del"),
            RTM_NEWADDR => (Kind::Address, "new"),
            RTM_DELADDR => (Kind::Address, "del"),
            RTM_NEWROUTE => (Kind::Route, "new"),
            RTM_DELROUTE => (Kind::Route, "del"),
            RTM_NEWNEIGH => (Kind::Neighbour, "new"),
            RTM_DELNEIGH => (Kind::Neighbour, "del"),
            RTM_GETNEIGH => (Kind::Neighbour, "miss"),
            RTM_NEWNETCONF => (Kind::Netconf, "new"),
            RTM_DELNETCONF => (Kind::Netconf, "del"),
            RTM_NEWRULE => (Kind::Rule, "new"),
            RTM_DELRULE => (Kind::Rule, "del"),
            RTM_NEWNSID => (Kind::Nsid, "new"),
            RTM_DELNSID => (Kind::Nsid, "del"),
            RTM_NEWNEXTHOP => (Kind::Nexthop, "new"),
            RTM_DELNEXTHOP => (Kind::Nexthop, "del"),
            _ => return None,
        })
    }

    fn label(self) -> &'static str {
        match self {
            Kind::Link => "[LINK]",
            Kind::Address => "[ADDR]",
            Kind::Route => "[ROUTE]",
            Kind::Neighbour => "[NEIGH]",
            Kind::Netconf => "[NETCONF]",
            Kind::Rule => "[RULE]",
            Kind::Nsid => "[NSID]",
            Kind::Nexthop => "[NEXTHOP]",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Link => "link",
            Kind::Address => "address",
            Kind::Route => "route",
            Kind::Neighbour => "neigh",
            Kind::Netconf => "netconf",
            Kind::Rule => "rule",
            Kind::Nsid => "nsid",
            Kind::Nexthop => "nexthop",
        }
    }
}

impl Printer {
    /// Prints one event message (nothing for messages of other types, undecodable ones, or
    /// other devices with `dev`); keeps `links` current from link events.
    fn event(
        &mut self,
        m: &MessageView<&[u8]>,
        links: &mut crate::names::Links,
        out: &mut impl Write,
    ) -> io::Result<()> {
        let Some((kind, op)) = Kind::of(m.message_type()) else {
            return Ok(());
        };
        if let (Kind::Link, "new") = (kind, op) {
            if let Ok(l) = Link::from_message(m) {
                if let (0, Some(name)) = (l.header.family, &l.name) {
                    links.remember(l.header.index, name, l.header.flags);
                }
            }
        }
        let printed = self.render(kind, op, m, links)?;
        if printed {
            self.write(kind, op, out)?;
        }
        Ok(())
    }

    /// Renders the body of one event into the sink's writer; false when it is not printed.
    fn render(
        &mut self,
        kind: Kind,
        op: &str,
        m: &MessageView<&[u8]>,
        links: &crate::names::Links,
    ) -> io::Result<bool> {
        let dev_ok = |i: u32| self.dev.is_none_or(|d| d == i);
        let s = &mut self.sink;
        s.writer_mut().clear();
        match kind {
            Kind::Link => {
                let Ok(mut l) = Link::from_message(m) else {
                    return Ok(false);
                };
                if !dev_ok(l.header.index) {
                    return Ok(false);
                }
                // ip's monitor leaves out the queue length and the link mode.
                l.txqlen = None;
                let netns = Default::default();
                let style = crate::cmd::link::Style {
                    netns: &netns,
                    details: self.details,
                    stats: 0,
                    oneline: false,
                    brief: false,
                    human: None,
                    linkmode: false,
                    link_line: true,
                };
                s.open_object(Mode::Json, None)?;
                crate::cmd::link::print_link(s, &l, &self.groups, links, style)?;
                s.close_object(Mode::Json)?;
            }
            Kind::Address => {
                let Ok(a) = Address::from_message(m) else {
                    return Ok(false);
                };
                if !dev_ok(a.header.index) {
                    return Ok(false);
                }
                print_address_event(s, &a, links)?;
            }
            Kind::Route => {
                let Ok(r) = Route::from_message(m) else {
                    return Ok(false);
                };
                if self.dev.is_some() && !r.output_interface.is_some_and(dev_ok) {
                    return Ok(false);
                }
                let hide = Hide {
                    table: true,
                    dev: self.dev.is_some(), // as `route show dev`
                    ..Default::default()
                };
                print_route(s, &r, &self.names, links, hide, self.details)?;
            }
            Kind::Neighbour => {
                let Ok(n) = Neighbour::from_message(m) else {
                    return Ok(false);
                };
                if !dev_ok(n.header.index) {
                    return Ok(false);
                }
                if op == "miss" {
                    s.text("miss ")?;
                }
                crate::cmd::neigh::print_neighbour(s, &n, links, false, 0)?;
            }
            Kind::Netconf => {
                let Ok(c) = Netconf::from_message(m) else {
                    return Ok(false);
                };
                if self.dev.is_some() && !c.interface.is_some_and(|i| dev_ok(i as u32)) {
                    return Ok(false);
                }
                crate::cmd::netconf::print_netconf(s, &c, links)?;
            }
            Kind::Rule => {
                let Ok(r) = Rule::from_message(m) else {
                    return Ok(false);
                };
                crate::cmd::rule::print_rule(s, &r, self.details)?;
            }
            Kind::Nsid => {
                let Ok(id) = nlkit::rtnl::nsid::nsid_of(m) else {
                    return Ok(false);
                };
                s.open_object(Mode::Json, None)?;
                s.number(Mode::Any, "nsid", "nsid ", &id, "")?;
                if let Some(name) = self.netns_names.get(&id) {
                    s.string(Mode::Any, "name", " (iproute2 netns name: ", name, ")")?;
                }
                s.text("\n")?;
                s.close_object(Mode::Json)?;
            }
            Kind::Nexthop => {
                let Ok(nh) = Nexthop::from_message(m) else {
                    return Ok(false);
                };
                if self.dev.is_some() && !nh.output_interface.is_some_and(dev_ok) {
                    return Ok(false);
                }
                crate::cmd::nexthop::print_nexthop(s, &nh, links, self.details, true)?;
            }
        }
        s.flush()?;
        Ok(true)
    }

    /// Writes the rendered event with its timestamp, label and "Deleted", or as a JSON line.
    fn write(&mut self, kind: Kind, op: &str, out: &mut impl Write) -> io::Result<()> {
        let body = std::mem::take(self.sink.writer_mut());
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        let mut line = Vec::with_capacity(body.len() + 64);
        if self.sink.is_json() {
            line.extend_from_slice(b"{\"event\":\"");
            line.extend_from_slice(op.as_bytes());
            line.extend_from_slice(b"\",\"object\":\"");
            line.extend_from_slice(kind.name().as_bytes());
            line.push(b'"');
            if let Some(Some(id)) = self.nsid {
                line.extend_from_slice(format!(",\"nsid\":{id}").as_bytes());
            }
            if self.timestamp > 0 {
                line.extend_from_slice(b",\"time\":\"");
                line.extend_from_slice(iso_time(now).as_bytes());
                line.push(b'"');
            }
            // The body is one object: `{...}`; its members follow ours.
            let inner = body
                .strip_prefix(b"{")
                .and_then(|b| b.strip_suffix(b"}"))
                .unwrap_or(b"");
            if !inner.is_empty() {
                line.push(b',');
                line.extend_from_slice(inner);
            }
            line.extend_from_slice(b"}\n");
        } else {
            match self.timestamp {
                0 => {}
                1 => line.extend_from_slice(ctime_stamp(now).as_bytes()),
                _ => {
                    line.push(b'[');
                    line.extend_from_slice(iso_time(now).as_bytes());
                    line.extend_from_slice(b"] ");
                }
            }
            match self.nsid {
                Some(Some(id)) => line.extend_from_slice(format!("[nsid {id}]").as_bytes()),
                Some(None) => line.extend_from_slice(b"[nsid current]"),
                None => {}
            }
            if self.label {
                line.extend_from_slice(kind.label().as_bytes());
            }
            if op == "del" {
                line.extend_from_slice(b"Deleted ");
            }
            line.extend_from_slice(&body);
        }
        *self.sink.writer_mut() = body;
        out.write_all(&line)?;
        out.flush()
    }
}

/// An address as `ip monitor` (and `ip -echo address add`) prints it: `N: DEV` and the
/// address lines; JSON: the device keys of `-j address show` with one `addr_info`.
pub(crate) fn print_address_event<W: Write>(
    s: &mut Sink<W>,
    a: &Address,
    links: &crate::names::Links,
) -> io::Result<()> {
    let mut dev = Vec::new();
    links.cached(a.header.index).render(&mut dev);
    s.text(&format!(
        "{}: {}",
        a.header.index,
        String::from_utf8_lossy(&dev)
    ))?;
    if s.is_json() {
        s.open_object(Mode::Json, None)?;
        s.number(Mode::Json, "ifindex", "", &a.header.index, "")?;
        s.string(Mode::Json, "ifname", "", &links.cached(a.header.index), "")?;
        s.open_array(Mode::Json, Some("addr_info"))?;
        crate::cmd::addr::print_address(s, a, true)?;
        s.close_array(Mode::Json)?;
        s.close_object(Mode::Json)
    } else {
        crate::cmd::addr::print_address(s, a, true)
    }
}

/// Civil date of `days` since 1970-01-01 (proleptic Gregorian): (year, month, day).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// `YYYY-mm-ddTHH:MM:SS.uuuuuu` in UTC (ip uses local time; nlip prints UTC, the same on
/// machines whose zone is UTC).
fn iso_time(t: std::time::Duration) -> String {
    let secs = t.as_secs() as i64;
    let (y, mo, d) = civil(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}.{:06}",
        rem / 3600,
        rem / 60 % 60,
        rem % 60,
        t.subsec_micros()
    )
}

/// ip's `-t` line: `Timestamp: Mon Nov 30 12:39:54 2026 408477 usec` (UTC).
fn ctime_stamp(t: std::time::Duration) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let secs = t.as_secs() as i64;
    let days = secs.div_euclid(86_400);
    let (y, mo, d) = civil(days);
    let rem = secs.rem_euclid(86_400);
    format!(
        "Timestamp: {} {} {d:2} {:02}:{:02}:{:02} {y} {} usec\n",
        DAYS[days.rem_euclid(7) as usize],
        MONTHS[(mo - 1) as usize],
        rem / 3600,
        rem / 60 % 60,
        rem % 60,
        t.subsec_micros()
    )
}

/// What `monitor resync` has seen: the objects of the watched kinds by identity (the
/// library's mirror keys), to compare with a fresh dump after an overrun.
struct Seen {
    kinds: Vec<MirrorKind>,
    objects: std::collections::HashMap<Key, Object>,
}

impl Seen {
    fn load(ctx: &mut Context, wanted: &[&str]) -> Seen {
        let kinds = wanted
            .iter()
            .filter_map(|w| match *w {
                "link" => Some(MirrorKind::Links),
                "address" => Some(MirrorKind::Addresses),
                "route" => Some(MirrorKind::Routes),
                "neigh" => Some(MirrorKind::Neighbours),
                "rule" => Some(MirrorKind::Rules),
                "nexthop" => Some(MirrorKind::Nexthops),
                _ => None,
            })
            .collect();
        let mut seen = Seen {
            kinds,
            objects: Default::default(),
        };
        seen.objects = seen.dump(ctx);
        seen
    }

    /// A fresh dump of the watched kinds (of the `-4`/`-6` family when given).
    fn dump(&self, ctx: &mut Context) -> std::collections::HashMap<Key, Object> {
        let family = ctx.family;
        let mut map = std::collections::HashMap::new();
        for &kind in &self.kinds {
            let Ok(objects) = mirror::dump_kind(&mut ctx.conn, kind) else {
                continue;
            };
            for o in objects {
                if family.is_none_or(|f| family_of(&o).is_none_or(|x| x == f)) {
                    map.insert(o.key(), o);
                }
            }
        }
        map
    }

    /// Applies an event to what has been seen.
    fn apply(&mut self, m: &MessageView<&[u8]>) {
        match Object::from_message(m) {
            Some((true, o)) => {
                self.objects.insert(o.key(), o);
            }
            Some((false, o)) => {
                self.objects.remove(&o.key());
            }
            None => {}
        }
    }

    /// After an overrun: a fresh dump, its differences printed as events, then a marker.
    fn resync(
        &mut self,
        ctx: &mut Context,
        printer: &mut Printer,
        out: &mut impl Write,
    ) -> io::Result<()> {
        let fresh = self.dump(ctx);
        let (mut added, mut removed, mut changed) = (0u64, 0u64, 0u64);
        let mut print = |o: &Object, new: bool, printer: &mut Printer| -> io::Result<()> {
            let Ok(bytes) = o.to_message(new) else {
                return Ok(());
            };
            let Ok(m) = MessageView::new_checked(&bytes[..]) else {
                return Ok(());
            };
            if let Some((kind, op)) = Kind::of(m.message_type()) {
                if printer.render(kind, op, &m, &ctx.links)? {
                    printer.write(kind, op, out)?;
                }
            }
            Ok(())
        };
        for (key, o) in &self.objects {
            if !fresh.contains_key(key) {
                removed += 1;
                print(o, false, printer)?;
            }
        }
        for (key, o) in &fresh {
            match self.objects.get(key) {
                None => added += 1,
                Some(old) if old != o => changed += 1,
                _ => continue,
            }
            print(o, true, printer)?;
        }
        // The marker, text and JSON from one rendering through the sink.
        let s = &mut printer.sink;
        s.writer_mut().clear();
        s.open_object(Mode::Json, None)?;
        s.string(Mode::Any, "event", "[", "resync", "]")?;
        s.number(Mode::Any, "added", "added ", &added, " ")?;
        s.number(Mode::Any, "removed", "removed ", &removed, " ")?;
        s.number(Mode::Any, "changed", "changed ", &changed, "")?;
        s.close_object(Mode::Json)?;
        s.flush()?;
        out.write_all(s.writer_mut())?;
        out.write_all(b"\n")?;
        out.flush()?;
        self.objects = fresh;
        Ok(())
    }
}

/// The address family of an object, where it has one.
fn family_of(o: &Object) -> Option<u8> {
    match o {
        Object::Address(a) => Some(a.header.family),
        Object::Route(r) => Some(r.header.family),
        Object::Neighbour(n) => Some(n.header.family),
        Object::Rule(r) => Some(r.header.family),
        Object::Nexthop(n) => Some(n.header.family),
        Object::Link(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn timestamps_as_ip_prints_them() {
        let t = Duration::new(1_796_042_394, 408_477_000);
        assert_eq!(
            ctime_stamp(t),
            "Timestamp: Mon Nov 30 12:39:54 2026 408477 usec\n"
        );
        assert_eq!(iso_time(t), "2026-11-30T12:39:54.408477");
        // A leap day, a one-digit day (padded with a space), microseconds not padded by -t.
        let t = Duration::new(1_709_168_523, 5_000);
        assert_eq!(
            ctime_stamp(t),
            "Timestamp: Thu Feb 29 01:02:03 2024 5 usec\n"
        );
        assert_eq!(iso_time(t), "2024-02-29T01:02:03.000005");
        let t = Duration::new(946_684_799, 0);
        assert_eq!(iso_time(t), "1999-12-31T23:59:59.000000");
        let t = Duration::new(1_796_042_394 + 86_400 * 2, 0);
        assert_eq!(
            ctime_stamp(t),
            "Timestamp: Wed Dec  2 12:39:54 2026 0 usec\n"
        );
    }

    #[test]
    fn groups_follow_objects_and_family() {
        assert_eq!(
            groups_of(&["route", "link"], None),
            [RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE, RTNLGRP_LINK]
        );
        assert_eq!(groups_of(&["rule"], Some(AF_INET6)), [RTNLGRP_IPV6_RULE]);
        assert_eq!(groups_of(&["nexthop"], Some(AF_INET)), [RTNLGRP_NEXTHOP]);
    }
}
