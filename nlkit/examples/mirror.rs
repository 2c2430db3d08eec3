//! Keeps a live copy of a namespace's network state and prints what changes; the copy
//! equals a fresh dump at any quiet moment, even after events were lost.
//!
//! Run `cargo run -p nlkit --example mirror` (the current namespace; listening needs no
//! privileges) or `cargo run -p nlkit --example mirror -- NETNS` for `/run/netns/NETNS`, then
//! change things there (`ip -n NETNS link add v0 type veth peer name v1`, ...). Ctrl-C ends.

use nlkit::rtnl::mirror::{Change, Mirror, Object};
use nlkit::sys::Netns;
use std::time::Duration;

fn describe(o: &Object) -> String {
    match o {
        Object::Link(l) => format!("link {} {:?}", l.header.index, l.name),
        Object::Address(a) => format!(
            "address {:?}/{} on #{}",
            a.local.or(a.address),
            a.header.prefix_len,
            a.header.index
        ),
        Object::Route(r) => format!(
            "route {:?}/{} table {}",
            r.destination,
            r.header.destination_len,
            r.table_id()
        ),
        Object::Neighbour(n) => format!("neighbour {:?} on #{}", n.destination, n.header.index),
        Object::Rule(r) => format!("rule pref {:?}", r.priority),
        Object::Nexthop(n) => format!("nexthop {:?}", n.id),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let netns = std::env::args()
        .nth(1)
        .map(|n| Netns::open_name(&n))
        .transpose()?;
    let mut mirror = Mirror::new(netns.as_ref())?;
    let s = mirror.state();
    println!(
        "{} links, {} addresses, {} routes, {} neighbours, {} rules, {} nexthops",
        s.links.len(),
        s.addresses.len(),
        s.routes.len(),
        s.neighbours.len(),
        s.rules.len(),
        s.nexthops.len()
    );
    loop {
        for change in mirror.poll(Some(Duration::from_secs(5)))? {
            match change {
                Change::Updated(o) => println!("+ {}", describe(&o)),
                Change::Removed(o) => println!("- {}", describe(&o)),
                Change::Overrun => println!("! events lost: resyncing"),
                Change::Resynced(kind) => println!("= {kind:?} re-read"),
            }
        }
        println!("(generation {})", mirror.generation());
    }
}
