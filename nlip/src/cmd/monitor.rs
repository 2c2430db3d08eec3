//! `nlip monitor`: kernel events as they happen, printed as `ip monitor` prints them.
//!
//! This version follows route, address, neighbour, rule and nexthop events; link and
//! netconf events come later (so `monitor` without objects and `monitor all` are refused). An overrun (ENOBUFS: events were lost) prints ip's line
//! "netlink receive error No buffer space available (105)" on stderr and watching goes on.

use crate::args::{matches, Args};
use crate::cmd::route::{print_route, Hide, RouteNames};
use crate::diag::Failure;
use crate::Context;
use nlkit::engine::{Event, Subscription};
use nlkit::rtnl::addr::Address;
use nlkit::rtnl::group::*;
use nlkit::rtnl::message_type::*;
use nlkit::rtnl::neigh::Neighbour;
use nlkit::rtnl::nexthop::Nexthop;
use nlkit::rtnl::route::Route;
use nlkit::rtnl::rule::Rule;
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
    const SUPPORTED: [&str; 5] = ["route", "address", "neigh", "rule", "nexthop"];
    if let Some(o) = wanted.iter().find(|o| !SUPPORTED.contains(o)) {
        return Err(Failure::new(
            format!(
                "nlip: monitor of \"{o}\" is not implemented yet ({})",
                SUPPORTED.join(", ")
            ),
            255,
        ));
    }
    let mut groups = Vec::new();
    for o in &wanted {
        groups.extend_from_slice(match *o {
            "route" => &[RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE][..],
            "address" => &[RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV6_IFADDR],
            "neigh" => &[RTNLGRP_NEIGH],
            "rule" => &[RTNLGRP_IPV4_RULE, RTNLGRP_IPV6_RULE],
            _ => &[RTNLGRP_NEXTHOP],
        });
    }
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
                let deleted = matches!(
                    kind,
                    RTM_DELROUTE | RTM_DELADDR | RTM_DELNEIGH | RTM_DELRULE | RTM_DELNEXTHOP
                );
                let tag = match kind {
                    RTM_NEWROUTE | RTM_DELROUTE => "[ROUTE]",
                    RTM_NEWADDR | RTM_DELADDR => "[ADDR]",
                    RTM_NEWNEIGH | RTM_DELNEIGH => "[NEIGH]",
                    RTM_NEWRULE | RTM_DELRULE => "[RULE]",
                    RTM_NEWNEXTHOP | RTM_DELNEXTHOP => "[NEXTHOP]",
                    _ => continue,
                };
                if label {
                    sink.text(tag)?;
                }
                if deleted {
                    sink.text("Deleted ")?;
                }
                match kind {
                    RTM_NEWROUTE | RTM_DELROUTE => {
                        let Ok(r) = Route::from_message(&message) else {
                            continue;
                        };
                        print_route(&mut sink, &r, &names, &ctx.links, hide, ctx.details)?;
                    }
                    RTM_NEWADDR | RTM_DELADDR => {
                        let Ok(a) = Address::from_message(&message) else {
                            continue;
                        };
                        let name = ctx.links.cached(a.header.index);
                        let mut dev = Vec::new();
                        crate::render::Render::render(&name, &mut dev);
                        sink.text(&format!(
                            "{}: {}",
                            a.header.index,
                            String::from_utf8_lossy(&dev)
                        ))?;
                        crate::cmd::addr::print_address(&mut sink, &a, true)?;
                    }
                    RTM_NEWNEIGH | RTM_DELNEIGH => {
                        let Ok(n) = Neighbour::from_message(&message) else {
                            continue;
                        };
                        crate::cmd::neigh::print_neighbour(&mut sink, &n, &ctx.links, false, 0)?;
                    }
                    RTM_NEWRULE | RTM_DELRULE => {
                        let Ok(r) = Rule::from_message(&message) else {
                            continue;
                        };
                        crate::cmd::rule::print_rule(&mut sink, &r, ctx.details)?;
                    }
                    _ => {
                        let Ok(nh) = Nexthop::from_message(&message) else {
                            continue;
                        };
                        crate::cmd::nexthop::print_nexthop(
                            &mut sink,
                            &nh,
                            &ctx.links,
                            ctx.details,
                            true,
                        )?;
                    }
                }
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
