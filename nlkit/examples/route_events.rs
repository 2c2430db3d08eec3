//! Prints route additions and deletions as they happen (IPv4 and IPv6, every table), and
//! says so when events were lost.
//!
//! Run `cargo run -p nlkit --example route_events` (no privileges needed to listen), or
//! `cargo run -p nlkit --example route_events -- NETNS` to watch the named namespace
//! `/run/netns/NETNS`. Then change routes in that namespace, e.g.
//! `ip -n NETNS route add 10.9.0.0/16 dev lo`. Stop it with Ctrl-C.

use nlkit::engine::{Event, Subscription};
use nlkit::rtnl::group::{RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE};
use nlkit::rtnl::message_type::{RTM_DELROUTE, RTM_NEWROUTE};
use nlkit::rtnl::route::Route;
use nlkit::sys::{Netns, Protocol};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let groups = [RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE];
    let mut sub = match std::env::args().nth(1) {
        Some(name) => Subscription::new_in(&Netns::open_name(&name)?, Protocol::Route, &groups)?,
        None => Subscription::new(Protocol::Route, &groups)?,
    };
    // Bursts of changes need room: the largest buffer we may have.
    if sub.socket().set_recv_buffer_force(32 << 20).is_err() {
        sub.socket().set_recv_buffer(32 << 20)?;
    }
    loop {
        match sub.next_event(None)? {
            Some(Event::Message { message, .. }) => {
                let what = match message.message_type() {
                    RTM_NEWROUTE => "added",
                    RTM_DELROUTE => "deleted",
                    _ => continue,
                };
                let r = Route::from_message(&message)?;
                let dst = match r.destination {
                    Some(d) => format!("{d}/{}", r.header.destination_len),
                    None => "default".to_owned(),
                };
                let via = r.gateway.map(|g| format!(" via {g}")).unwrap_or_default();
                let dev = r
                    .output_interface
                    .map(|i| format!(" dev #{i}"))
                    .unwrap_or_default();
                println!("{what}: {dst}{via}{dev} table {}", r.table_id());
            }
            Some(Event::Overrun) => {
                // The kernel dropped events: whoever keeps state must read it again.
                println!("events were lost (ENOBUFS); re-read the routes to catch up");
            }
            None => {}
        }
    }
}
