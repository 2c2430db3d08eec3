//! What the sync and the async mirror tests share: the canonical text of a mirrored state,
//! the difference of two, and the random changes (included with `#[path]`).
#![allow(dead_code)]

use nlkit::rtnl::mirror::State;
use std::fmt::Write as _;

/// A canonical text of `state` without the counters and timers that move without events
/// (link statistics, cache info, lifetimes left) and without the order attributes came in
/// (which equality ignores too).
pub fn canonical(state: &State) -> Vec<String> {
    let mut out = Vec::new();
    for l in state.links.values() {
        out.push(format!(
            "link {} {:?} flags {:x} mtu {:?} master {:?} link {:?} oper {:?} addr {:?} alias {:?} carrier {:?}",
            l.index,
            l.name,
            l.flags.bits(),
            l.mtu,
            l.master,
            l.link,
            l.operstate,
            l.address,
            l.alias,
            l.carrier
        ));
    }
    for a in state.addresses.values() {
        let mut a = a.clone();
        a.cache_info = None;
        out.push(format!("addr {a:?}"));
    }
    for r in state.routes.values() {
        let mut r = r.clone();
        r.cache_info = None;
        r.expires = None;
        out.push(format!("route {r:?}"));
    }
    for n in state.neighbours.values() {
        let mut n = n.clone();
        n.cache_info = None;
        n.probes = None;
        n.order = Default::default();
        out.push(format!("neigh {n:?}"));
    }
    for r in state.rules.values() {
        let mut r = r.clone();
        r.order = Default::default();
        out.push(format!("rule {r:?}"));
    }
    for n in state.nexthops.values() {
        let mut n = n.clone();
        n.order = Default::default();
        out.push(format!("nexthop {n:?}"));
    }
    out
}

/// The lines only one side has, as a readable diff.
pub fn differences(mirror: &[String], kernel: &[String]) -> String {
    let mut diff = String::new();
    for x in mirror.iter().filter(|x| !kernel.contains(x)) {
        let _ = writeln!(diff, "mirror only: {x}");
    }
    for x in kernel.iter().filter(|x| !mirror.contains(x)) {
        let _ = writeln!(diff, "kernel only: {x}");
    }
    diff
}

/// A small deterministic generator (xorshift), so a failure names its seed.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// One random change as an `ip` command line (it may fail; that is part of the game).
pub fn random_change(rng: &mut Rng) -> String {
    let p = rng.next(4); // pair number
    let (a, b) = (format!("a{p}"), format!("b{p}"));
    let x = rng.next(8) + 1;
    match rng.next(17) {
        0 => format!("link add {a} type veth peer name {b}"),
        1 => format!("link del {a}"),
        2 => format!("link set {a} up"),
        3 => format!("link set {a} down"),
        4 => format!("link set {b} up"),
        5 => format!("link set {a} mtu {}", 1280 + x * 10),
        6 => format!("addr add 10.{p}.0.{x}/24 dev {a}"),
        7 => format!("addr del 10.{p}.0.{x}/24 dev {a}"),
        8 => format!("-6 addr add 2001:db8:{p}::{x}/64 dev {a} nodad"),
        9 => format!(
            "route add 10.9{p}.{x}.0/24 via 10.{p}.0.{}",
            rng.next(8) + 1
        ),
        10 => format!(
            "route add 10.8{p}.{x}.0/24 dev {a} table {}",
            100 + rng.next(2)
        ),
        11 => format!("route del 10.9{p}.{x}.0/24"),
        12 => format!("-6 route add 2001:db8:9{p}:{x}::/64 dev {a}"),
        13 => format!(
            "neigh replace 10.{p}.0.{} lladdr 02:00:00:00:00:0{x} dev {a}",
            x + 10
        ),
        14 => format!(
            "rule add pref {} from 10.7{p}.{x}.0/24 table {}",
            1000 + x,
            100 + p
        ),
        15 => format!("nexthop replace id {} via 10.{p}.0.{x} dev {a}", p * 10 + x),
        _ => format!(
            "route replace 10.6{p}.{x}.0/24 nhid {}",
            p * 10 + rng.next(8) + 1
        ),
    }
}
