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
//!
//! - `request`: the words of `monitor` and the objects nlip follows;
//! - `print`: events printed as ip prints them, or as JSON lines;
//! - `time`: the `-t` and `-ts` timestamps;
//! - `resync`: what `resync` has seen, compared with a fresh dump after an overrun.

mod print;
mod request;
mod resync;
#[cfg(test)]
mod tests;
pub(crate) mod time;

use crate::args::Args;
use crate::diag::Failure;
use crate::ip::context::Context;
use crate::ip::route::RouteNames;
use crate::render::Sink;
use nlkit::rtnl::{groups_for, AddressFamily, AnyObject, Event, Events, Kind};
use print::Printer;
use request::{parse, watched_word};
use resync::Seen;
use std::io::{self, Write};

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
