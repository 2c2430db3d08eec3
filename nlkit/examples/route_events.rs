//! Prints route additions and deletions as they happen (IPv4 and IPv6, every table), and
//! says so when events were lost.
//!
//! Run `cargo run -p nlkit --example route_events` (no privileges needed to listen), or
//! `cargo run -p nlkit --example route_events -- NETNS` to watch the named namespace
//! `/run/netns/NETNS`. Then change routes in that namespace, e.g.
//! `ip -n NETNS route add 10.9.0.0/16 dev lo`. Stop it with Ctrl-C.

use nlkit::rtnl::route::Route;
use nlkit::rtnl::{groups_for, AnyObject, Event, Events, Kind};
use nlkit::sys::Netns;

fn describe(r: &Route) -> String {
    let dst = match r.destination {
        Some(d) => format!("{d}/{}", r.destination_len),
        None => "default".to_owned(),
    };
    let via = r.gateway.map(|g| format!(" via {g}")).unwrap_or_default();
    let dev = r
        .output_interface
        .map(|i| format!(" dev #{i}"))
        .unwrap_or_default();
    format!(
        "{dst}{via}{dev} table {} proto {:?} type {:?}",
        u32::from(r.table),
        r.protocol,
        r.route_type
    )
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The IPv4 and IPv6 route groups.
    let groups = groups_for(&[Kind::Route], None);
    let mut events = match std::env::args().nth(1) {
        Some(name) => Events::new_in(&Netns::open_name(&name)?, &groups)?,
        None => Events::new(&groups)?,
    };
    // Bursts of changes need room: the largest buffer we may have.
    let socket = events.subscription().socket();
    if socket.set_recv_buffer_force(32 << 20).is_err() {
        socket.set_recv_buffer(32 << 20)?;
    }
    loop {
        match events.next(None)? {
            Some(Event::New(AnyObject::Route(r))) => println!("added: {}", describe(&r)),
            Some(Event::Deleted(AnyObject::Route(r))) => println!("deleted: {}", describe(&r)),
            Some(Event::Overrun) => {
                // The kernel dropped events: whoever keeps state must read it again.
                println!("events were lost (ENOBUFS); re-read the routes to catch up");
            }
            Some(Event::Malformed { kind, error, .. }) => {
                eprintln!("a {} event could not be read: {error}", kind.name());
            }
            Some(_) | None => {}
        }
    }
}
