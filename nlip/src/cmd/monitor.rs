//! `nlip monitor`: kernel events as they happen, printed as `ip monitor` prints them.
//!
//! This version follows route events (`monitor route`); the other objects come with their
//! printers. An overrun (ENOBUFS: events were lost) prints ip's line
//! "netlink receive error No buffer space available (105)" on stderr and watching goes on.

use crate::args::{matches, Args};
use crate::cmd::route::{print_route, Hide, RouteNames};
use crate::diag::Failure;
use crate::Context;
use nlkit::engine::{Event, Subscription};
use nlkit::rtnl::group::{RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE};
use nlkit::rtnl::message_type::{RTM_DELROUTE, RTM_NEWROUTE};
use nlkit::rtnl::route::Route;
use nlkit::sys::Protocol;

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

/// `nlip monitor ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let mut wanted: Vec<&str> = Vec::new();
    let mut label = false;
    while let Some(w) = args.next() {
        if matches(w, "help") {
            return Err(Failure::new(HELP, 255));
        } else if w == "all" {
            wanted.extend(OBJECTS);
            label = true;
        } else if matches(w, "label") {
            label = true;
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
        wanted.extend(OBJECTS);
        label = true;
    }
    if let Some(o) = wanted.iter().find(|o| **o != "route") {
        return Err(Failure::new(
            format!("nlip: monitor of \"{o}\" is not implemented yet (route is)"),
            255,
        ));
    }
    let groups = [RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE];
    let sub = match &ctx.netns {
        None => Subscription::new(Protocol::Route, &groups),
        Some(ns) => Subscription::new_in(ns, Protocol::Route, &groups),
    };
    let mut sub = sub.map_err(|e| Failure::new(format!("Cannot open netlink socket: {e}"), 1))?;
    // A large buffer, as a listener should have: SO_RCVBUFFORCE when privileged.
    if sub.socket().set_recv_buffer_force(32 << 20).is_err() {
        let _ = sub.socket().set_recv_buffer(32 << 20);
    }
    ctx.links.preload(&mut ctx.conn);
    let names = RouteNames::load();
    let mut sink = ctx.sink();
    let hide = Hide {
        table: true,
        ..Default::default()
    };
    loop {
        match sub.next_event(None) {
            Ok(Some(Event::Message { message, .. })) => {
                let kind = message.message_type();
                if kind != RTM_NEWROUTE && kind != RTM_DELROUTE {
                    continue;
                }
                let Ok(route) = Route::from_message(&message) else {
                    continue;
                };
                if label {
                    sink.text("[ROUTE]")?;
                }
                if kind == RTM_DELROUTE {
                    sink.text("Deleted ")?;
                }
                print_route(&mut sink, &route, &names, &ctx.links, hide, ctx.details)?;
                sink.flush()?;
            }
            Ok(Some(Event::Overrun)) => {
                eprintln!("netlink receive error No buffer space available (105)");
            }
            Ok(None) => {}
            Err(e) => return Err(Failure::new(format!("netlink receive error {e}"), 1)),
        }
    }
}
