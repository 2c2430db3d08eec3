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
use crate::diag::Failure;
use crate::ip::context::Context;
use crate::ip::route::{print_route, Hide, RouteNames};
use crate::names::Links;
use crate::render::{Mode, Sink};
use nlkit::rtnl::link::Link;
use nlkit::rtnl::mirror::{self, State};
use nlkit::rtnl::{groups_for, AddressFamily, AnyObject, Event, Events, Kind};
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

/// An object nlip follows.
struct Watched {
    /// ip's word for it (also the `"object"` of a JSON line).
    word: &'static str,
    /// Its kind.
    kind: Kind,
    /// The label `ip monitor label` leads its lines with.
    label: &'static str,
}

/// The objects nlip follows.
const SUPPORTED: [Watched; 8] = [
    Watched {
        word: "link",
        kind: Kind::Link,
        label: "[LINK]",
    },
    Watched {
        word: "address",
        kind: Kind::Address,
        label: "[ADDR]",
    },
    Watched {
        word: "route",
        kind: Kind::Route,
        label: "[ROUTE]",
    },
    Watched {
        word: "neigh",
        kind: Kind::Neighbour,
        label: "[NEIGH]",
    },
    Watched {
        word: "netconf",
        kind: Kind::Netconf,
        label: "[NETCONF]",
    },
    Watched {
        word: "rule",
        kind: Kind::Rule,
        label: "[RULE]",
    },
    Watched {
        word: "nsid",
        kind: Kind::Nsid,
        label: "[NSID]",
    },
    Watched {
        word: "nexthop",
        kind: Kind::Nexthop,
        label: "[NEXTHOP]",
    },
];

/// The followed object of `kind` (`None`: one nlip does not print).
fn watched(kind: Kind) -> Option<&'static Watched> {
    SUPPORTED.iter().find(|w| w.kind == kind)
}

/// What `monitor` was asked for.
struct Request<'a> {
    /// The objects, by ip's word.
    wanted: Vec<&'a str>,
    label: bool,
    dev: Option<&'a str>,
    resync: bool,
    all_nsid: bool,
}

fn parse<'a>(args: &mut Args<'a>) -> Result<Request<'a>, Failure> {
    let mut r = Request {
        wanted: Vec::new(),
        label: false,
        dev: None,
        resync: false,
        all_nsid: false,
    };
    let mut all = false;
    while let Some(w) = args.next() {
        if matches(w, "help") {
            return Err(Failure::usage(HELP));
        } else if w == "all" {
            all = true;
            r.label = true;
        } else if matches(w, "label") {
            r.label = true;
        } else if w == "dev" {
            r.dev = Some(args.value(w)?);
        } else if w == "resync" {
            r.resync = true;
        } else if w == "all-nsid" {
            r.all_nsid = true;
        } else if let Some(o) = OBJECTS.iter().find(|o| matches(w, o)) {
            r.wanted.push(o);
        } else {
            return Err(Failure::usage(format!(
                "Argument \"{w}\" is unknown, try \"ip monitor help\"."
            )));
        }
    }
    // Without objects: all of them, without the labels (ip 6.1 prints them only for `all`
    // or `label`).
    if all || r.wanted.is_empty() {
        r.wanted = SUPPORTED.iter().map(|w| w.word).collect();
    }
    if let Some(o) = r.wanted.iter().find(|o| watched_word(o).is_none()) {
        let supported: Vec<&str> = SUPPORTED.iter().map(|w| w.word).collect();
        return Err(Failure::usage(format!(
            "nlip: monitor of \"{o}\" is not implemented yet ({})",
            supported.join(", ")
        )));
    }
    Ok(r)
}

/// The followed object ip calls `word`.
fn watched_word(word: &str) -> Option<&'static Watched> {
    SUPPORTED.iter().find(|w| w.word == word)
}

/// `nlip monitor ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let req = parse(args)?;
    ctx.links.preload(&mut ctx.conn);
    let dev = match req.dev {
        None => None,
        Some(d) => Some(ctx.links.index(&mut ctx.conn, d).ok_or_else(|| {
            Failure::usage(format!(
                "Error: argument \"{d}\" is wrong: Device does not exist\n"
            ))
        })?),
    };
    let kinds: Vec<Kind> = req
        .wanted
        .iter()
        .filter_map(|w| watched_word(w))
        .map(|w| w.kind)
        .collect();
    let mut events = subscribe(ctx, &kinds, req.all_nsid)?;
    let mut printer = Printer {
        names: RouteNames::load(),
        groups: crate::names::groups(),
        sink: Sink::new(Vec::new(), ctx.json, false),
        label: req.label,
        timestamp: ctx.timestamp,
        dev,
        details: ctx.details,
        nsid: None,
        netns_names: if kinds.contains(&Kind::Nsid) {
            crate::names::netns_ids(&mut ctx.conn)
        } else {
            Default::default()
        },
    };
    printer.sink.set_oneline(ctx.oneline).set_color(ctx.color);
    let mut seen = req.resync.then(|| Seen::load(ctx, &kinds));
    let mut out = io::stdout().lock();
    loop {
        match events.next(None) {
            Ok(Some(Event::Overrun)) => {
                if ctx.json {
                    out.write_all(b"{\"event\":\"overrun\"}\n")?;
                    out.flush()?;
                } else {
                    crate::diag::warn("netlink receive error No buffer space available (105)");
                }
                if let Some(seen) = seen.as_mut() {
                    // Drain what is queued first, then compare with a fresh dump.
                    seen.resync(ctx, &mut printer, &mut out)?;
                }
            }
            Ok(Some(event)) => {
                printer.nsid = req.all_nsid.then_some(events.nsid());
                if let Some(seen) = seen.as_mut() {
                    seen.apply(&event);
                }
                on_event(ctx, &mut printer, &event, &mut out)?;
            }
            Ok(None) => {}
            Err(e) => return Err(Failure::failed(format!("netlink receive error {e}"))),
        }
    }
}

/// Joins the groups of `kinds` (of one family with `-4`/`-6`), with a large receive buffer
/// as a listener should have (SO_RCVBUFFORCE when privileged, or `-rcvbuf`).
fn subscribe(ctx: &Context, kinds: &[Kind], all_nsid: bool) -> Result<Events, Failure> {
    let family = ctx
        .address_family()
        .filter(|f| matches!(f, AddressFamily::Inet | AddressFamily::Inet6));
    let groups = groups_for(kinds, family);
    let events = match &ctx.netns {
        None => Events::new(&groups),
        Some(ns) => Events::new_in(ns, &groups),
    };
    let events = events.map_err(|e| Failure::failed(format!("Cannot open netlink socket: {e}")))?;
    let socket = events.subscription().socket();
    if all_nsid {
        socket
            .set_listen_all_nsid(true)
            .map_err(|e| Failure::failed(format!("Error: NETLINK_LISTEN_ALL_NSID: {e}")))?;
    }
    let size = ctx.rcvbuf.map_or(32 << 20, |s| s as usize);
    if socket.set_recv_buffer_force(size).is_err() {
        let _ = socket.set_recv_buffer(size);
    }
    Ok(events)
}

/// Prints one event, keeping the device names (and namespace names) current around it.
fn on_event(
    ctx: &mut Context,
    printer: &mut Printer,
    event: &Event,
    out: &mut impl Write,
) -> io::Result<()> {
    for index in devices_of(event) {
        ctx.links.ensure(&mut ctx.conn, index);
    }
    if let Event::New(AnyObject::Nsid(_)) = event {
        // A new id: learn which named namespace it is (ip keeps such a map).
        let fresh = crate::names::netns_ids(&mut ctx.conn);
        printer.netns_names.extend(fresh);
    }
    printer.event(event, &mut ctx.links, out)?;
    if let Event::Deleted(AnyObject::Link(l)) = event {
        if l.family == AddressFamily::Unspec {
            ctx.links.forget(l.index);
        }
    }
    Ok(())
}

/// The devices an event names, whose names must be known to print it.
fn devices_of(event: &Event) -> Vec<u32> {
    let o = match event {
        Event::New(o) | Event::Deleted(o) => o,
        Event::NeighbourRequest(n) => return vec![n.index],
        _ => return Vec::new(),
    };
    match o {
        AnyObject::Link(l) => [l.master, l.link].into_iter().flatten().collect(),
        AnyObject::Address(a) => vec![a.index],
        AnyObject::Route(r) => {
            let hops = r.multipath.iter().flatten().map(|h| h.index);
            r.output_interface.into_iter().chain(hops).collect()
        }
        AnyObject::Neighbour(n) => vec![n.index],
        AnyObject::Netconf(c) => c
            .interface
            .filter(|&i| i > 0)
            .map(|i| vec![i as u32])
            .unwrap_or_default(),
        AnyObject::Nexthop(nh) => nh.output_interface.into_iter().collect(),
        _ => Vec::new(),
    }
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

impl Printer {
    /// Prints one event (nothing for other events, objects nlip does not print, or other
    /// devices with `dev`); keeps `links` current from link events.
    fn event(&mut self, event: &Event, links: &mut Links, out: &mut impl Write) -> io::Result<()> {
        let request;
        let (o, op) = match event {
            Event::New(o) => (o, "new"),
            Event::Deleted(o) => (o, "del"),
            Event::NeighbourRequest(n) => {
                request = AnyObject::Neighbour(n.clone());
                (&request, "miss")
            }
            _ => return Ok(()),
        };
        if let (AnyObject::Link(l), "new") = (o, op) {
            if let (AddressFamily::Unspec, Some(name)) = (l.family, &l.name) {
                links.remember(l.index, name, l.flags.bits());
            }
        }
        self.print(o, op, links, out)
    }

    /// Prints `o` as an event of `op` (`new`, `del`, `miss`).
    fn print(
        &mut self,
        o: &AnyObject,
        op: &str,
        links: &Links,
        out: &mut impl Write,
    ) -> io::Result<()> {
        let Some(watched) = watched(o.kind()) else {
            return Ok(());
        };
        if self.render(o, op == "miss", links)? {
            self.write(watched, op, out)?;
        }
        Ok(())
    }

    /// Renders the body of one event into the sink's writer (`miss`: a neighbour
    /// request); false when it is not printed.
    fn render(&mut self, o: &AnyObject, miss: bool, links: &Links) -> io::Result<bool> {
        let dev_ok = |i: u32| self.dev.is_none_or(|d| d == i);
        let s = &mut self.sink;
        s.writer_mut().clear();
        match o {
            AnyObject::Link(l) => {
                if !dev_ok(l.index) {
                    return Ok(false);
                }
                print_link_event(s, l, &self.groups, links, self.details)?;
            }
            AnyObject::Address(a) => {
                if !dev_ok(a.index) {
                    return Ok(false);
                }
                crate::ip::address::print_address_event(s, a, links)?;
            }
            AnyObject::Route(r) => {
                if self.dev.is_some() && !r.output_interface.is_some_and(dev_ok) {
                    return Ok(false);
                }
                let hide = Hide {
                    table: true,
                    dev: self.dev.is_some(), // as `route show dev`
                    ..Default::default()
                };
                print_route(s, r, &self.names, links, hide, self.details)?;
            }
            AnyObject::Neighbour(n) => {
                if !dev_ok(n.index) {
                    return Ok(false);
                }
                if miss {
                    s.text("miss ")?;
                }
                crate::ip::neigh::print_neighbour(s, n, links, false, 0)?;
            }
            AnyObject::Netconf(c) => {
                if self.dev.is_some() && !c.interface.is_some_and(|i| dev_ok(i as u32)) {
                    return Ok(false);
                }
                crate::ip::netconf::print_netconf(s, c, links)?;
            }
            AnyObject::Rule(r) => crate::ip::rule::print_rule(s, r, self.details)?,
            AnyObject::Nsid(e) => {
                let Some(id) = e.nsid else {
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
            AnyObject::Nexthop(nh) => {
                if self.dev.is_some() && !nh.output_interface.is_some_and(dev_ok) {
                    return Ok(false);
                }
                crate::ip::nexthop::print_nexthop(s, nh, links, self.details, true)?;
            }
            AnyObject::NexthopBucket(_) => return Ok(false),
        }
        s.flush()?;
        Ok(true)
    }

    /// Writes the rendered event with its timestamp, label and "Deleted", or as a JSON line.
    fn write(&mut self, watched: &Watched, op: &str, out: &mut impl Write) -> io::Result<()> {
        let body = std::mem::take(self.sink.writer_mut());
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        let mut line = Vec::with_capacity(body.len() + 64);
        if self.sink.is_json() {
            line.extend_from_slice(b"{\"event\":\"");
            line.extend_from_slice(op.as_bytes());
            line.extend_from_slice(b"\",\"object\":\"");
            line.extend_from_slice(watched.word.as_bytes());
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
                line.extend_from_slice(watched.label.as_bytes());
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

/// A link as `ip monitor` prints it: as `link show` does, without the queue length and
/// the link mode.
fn print_link_event<W: Write>(
    s: &mut Sink<W>,
    l: &Link,
    groups: &crate::names::NameTable,
    links: &Links,
    details: bool,
) -> io::Result<()> {
    let mut l = l.clone();
    l.txqlen = None;
    let netns = Default::default();
    let style = crate::ip::link::Style {
        netns: &netns,
        details,
        stats: 0,
        oneline: false,
        brief: false,
        human: None,
        linkmode: false,
        link_line: true,
    };
    s.open_object(Mode::Json, None)?;
    crate::ip::link::print_link(s, &l, groups, links, style)?;
    s.close_object(Mode::Json)
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

/// What `monitor resync` has seen: the objects of the watched kinds the mirror keeps, by
/// identity, to compare with a fresh dump after an overrun.
struct Seen {
    kinds: Vec<Kind>,
    state: State,
}

impl Seen {
    fn load(ctx: &mut Context, kinds: &[Kind]) -> Seen {
        let kinds = kinds
            .iter()
            .copied()
            .filter(|k| mirror::KINDS.contains(k))
            .collect();
        let mut seen = Seen {
            kinds,
            state: State::default(),
        };
        seen.state = seen.dump(ctx);
        seen
    }

    /// A fresh dump of the watched kinds (of the `-4`/`-6` family when given).
    fn dump(&self, ctx: &mut Context) -> State {
        let family = ctx.address_family();
        let mut state = State::default();
        for &kind in &self.kinds {
            let Ok(objects) = mirror::dump_kind(&mut ctx.conn, kind) else {
                continue;
            };
            for o in objects {
                if family.is_none_or(|f| family_of(&o).is_none_or(|x| x == f)) {
                    state.insert(o);
                }
            }
        }
        state
    }

    /// Applies an event to what has been seen.
    fn apply(&mut self, event: &Event) {
        match event {
            Event::New(o) if mirror::is_mirrored(o) => {
                self.state.insert(o.clone());
            }
            Event::Deleted(o) if mirror::is_mirrored(o) => {
                self.state.remove(o);
            }
            _ => {}
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
        for &kind in &self.kinds {
            for o in self.state.objects(kind) {
                if fresh.lookup(&o).is_none() {
                    removed += 1;
                    printer.print(&o, "del", &ctx.links, out)?;
                }
            }
        }
        for &kind in &self.kinds {
            for o in fresh.objects(kind) {
                match self.state.lookup(&o) {
                    None => added += 1,
                    Some(old) if old != o => changed += 1,
                    _ => continue,
                }
                printer.print(&o, "new", &ctx.links, out)?;
            }
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
        self.state = fresh;
        Ok(())
    }
}

/// The address family of an object, where it has one.
fn family_of(o: &AnyObject) -> Option<AddressFamily> {
    match o {
        AnyObject::Address(a) => Some(a.family),
        AnyObject::Route(r) => Some(r.family),
        AnyObject::Neighbour(n) => Some(n.family),
        AnyObject::Rule(r) => Some(r.family),
        AnyObject::Nexthop(n) => Some(n.family),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlkit::rtnl::group::*;
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
    fn every_supported_object_has_its_groups() {
        for w in &SUPPORTED {
            assert!(!groups_for(&[w.kind], None).is_empty(), "{}", w.word);
            assert_eq!(watched(w.kind).map(|x| x.word), Some(w.word));
            assert!(OBJECTS.contains(&w.word), "{}", w.word);
        }
        assert_eq!(
            groups_for(&[Kind::Rule], Some(AddressFamily::Inet6)),
            [RTNLGRP_IPV6_RULE]
        );
    }
}
