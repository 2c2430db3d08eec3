//! Keeps a live copy of a namespace's network state and prints what changes; the copy
//! equals a fresh dump at any quiet moment, even after events were lost.
//!
//! Run `cargo run -p nlkit --example mirror` (the current namespace; listening needs no
//! privileges) or `cargo run -p nlkit --example mirror -- NETNS` for `/run/netns/NETNS`, then
//! change things there (`ip -n NETNS link add v0 type veth peer name v1`, ...). Ctrl-C ends.

use nlkit::rtnl::mirror::{Change, Mirror, KINDS};
use nlkit::rtnl::AnyObject;
use nlkit::sys::Netns;
use std::time::Duration;

fn describe(o: &AnyObject) -> String {
    match o {
        AnyObject::Link(l) => format!("link {} {:?}", l.index, l.name),
        AnyObject::Address(a) => format!(
            "address {:?}/{} on #{}",
            a.local.or(a.address),
            a.prefix_len,
            a.index
        ),
        AnyObject::Route(r) => format!(
            "route {:?}/{} table {}",
            r.destination,
            r.destination_len,
            u32::from(r.table)
        ),
        AnyObject::Neighbour(n) => format!("neighbour {:?} on #{}", n.destination, n.index),
        AnyObject::Rule(r) => format!("rule pref {:?}", r.priority),
        AnyObject::Nexthop(n) => format!("nexthop {:?}", n.id),
        // Kinds the mirror does not keep.
        other => other.kind().name().to_owned(),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let netns = std::env::args()
        .nth(1)
        .map(|n| Netns::open_name(&n))
        .transpose()?;
    let mut mirror = Mirror::new(netns.as_ref())?;
    let s = mirror.state();
    let counts: Vec<String> = KINDS
        .iter()
        .map(|&k| format!("{} {}", s.objects(k).len(), k.name()))
        .collect();
    println!("{}", counts.join(", "));
    loop {
        for change in mirror.poll(Some(Duration::from_secs(5)))? {
            match change {
                Change::Updated(o) => println!("+ {}", describe(&o)),
                Change::Removed(o) => println!("- {}", describe(&o)),
                Change::Overrun => println!("! events lost: resyncing"),
                Change::Resynced(kind) => println!("= {} re-read", kind.name()),
            }
        }
        println!("(generation {})", mirror.generation());
    }
}
