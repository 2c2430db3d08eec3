//! The state mirror against the kernel, each test in a fresh namespace: after random
//! sequences of changes (links up, down, added and deleted included) and after a provoked
//! overrun, the mirror equals a fresh dump.

use nlkit::rtnl::mirror::{Change, Mirror, State};
use nlkit::rtnl::{AnyObject, Kind, RouteTable};
use nltestns::Netns;
use std::fmt::Write as _;
use std::time::Duration;

/// A canonical text of `state` without the counters and timers that move without events
/// (link statistics, cache info, lifetimes left) and without the order attributes came in
/// (which equality ignores too).
fn canonical(state: &State) -> Vec<String> {
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

/// Polls until nothing changes for a while and no resync waits.
fn settle(m: &mut Mirror) -> Vec<Change> {
    let mut all = Vec::new();
    loop {
        let changes = m.poll(Some(Duration::from_millis(300))).expect("poll");
        if changes.is_empty() && !m.resync_pending() {
            return all;
        }
        all.extend(changes);
    }
}

/// Settles the mirror and compares it with a fresh dump. The kernel finishes some work on
/// its own time (carrier up via linkwatch up to a second later, then IPv6 link-local
/// addresses and multicast neighbours), so a difference is looked at again after more
/// settling before it counts.
fn assert_equal_to_dump(m: &mut Mirror, ns: &Netns, context: &str) {
    let mut conn = ns.conn();
    let mut tries = 0;
    let (a, b) = loop {
        settle(m);
        let fresh = State::dump(&mut conn).expect("dump");
        let (a, b) = (canonical(m.state()), canonical(&fresh));
        tries += 1;
        if a == b || tries == 5 {
            break (a, b);
        }
        std::thread::sleep(Duration::from_millis(400));
    };
    if a != b {
        let mut diff = String::new();
        for x in a.iter().filter(|x| !b.contains(x)) {
            let _ = writeln!(diff, "mirror only: {x}");
        }
        for x in b.iter().filter(|x| !a.contains(x)) {
            let _ = writeln!(diff, "kernel only: {x}");
        }
        panic!("{context}: the mirror differs from a fresh dump:\n{diff}");
    }
}

/// A small deterministic generator (xorshift), so a failure names its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// One random change as an `ip` command line (it may fail; that is part of the game).
fn random_change(rng: &mut Rng) -> String {
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

#[test]
fn mirror_equals_a_fresh_dump_after_random_changes() {
    let Some(ns) = Netns::new("mirror") else {
        return;
    };
    ns.ip_ok(&["link", "set", "lo", "up"]);
    let mut m = Mirror::new(Some(ns.handle())).expect("mirror");
    assert!(m
        .state()
        .links
        .values()
        .any(|l| l.name.as_deref() == Some("lo")));
    assert_equal_to_dump(&mut m, &ns, "at start");
    let seeds = [0x9e37_79b9_7f4a_7c15u64, 0x2545_f491_4f6c_dd1d, 7];
    let mut applied = 0;
    for seed in seeds {
        let mut rng = Rng(seed);
        for round in 0..8 {
            for _ in 0..25 {
                let cmd = random_change(&mut rng);
                let ok = ns
                    .ip(&cmd.split_whitespace().collect::<Vec<_>>())
                    .status
                    .success();
                applied += usize::from(ok);
            }
            assert_equal_to_dump(&mut m, &ns, &format!("seed {seed:#x} round {round}"));
        }
    }
    assert!(applied > 100, "only {applied} changes were accepted");
    let g = m.generation();
    assert!(g > 0);
    assert_eq!(m.link_index("lo"), Some(1));
    println!("{applied} changes applied; generation {g}");
}

#[test]
fn a_deleted_link_takes_its_objects_and_unannounced_routes_go() {
    let Some(ns) = Netns::new("mirror-del") else {
        return;
    };
    for cmd in [
        "link set lo up",
        "link add v0 type veth peer name v1",
        "link set v0 up",
        "link set v1 up",
        "addr add 10.1.0.1/24 dev v0",
        "addr add 10.2.0.1/24 dev v1",
        "route add 10.50.0.0/16 via 10.1.0.2",
        "nexthop add id 5 via 10.1.0.2 dev v0",
        "route add 10.51.0.0/16 nhid 5",
        "neigh add 10.1.0.2 lladdr 02:00:00:00:00:02 dev v0",
    ] {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let mut m = Mirror::new(Some(ns.handle())).expect("mirror");
    let r = m
        .state()
        .routes
        .values()
        .find(|r| r.nexthop_id == Some(5))
        .cloned()
        .expect("route with nhid");
    let v0 = m.link_index("v0").unwrap();
    assert_eq!(
        m.route_paths(&r),
        [(Some("10.1.0.2".parse().unwrap()), Some(v0))]
    );
    // Down: the IPv4 routes through v0 go without RTM_DELROUTE.
    ns.ip_ok(&["link", "set", "v0", "down"]);
    settle(&mut m);
    assert_equal_to_dump(&mut m, &ns, "after link down");
    ns.ip_ok(&["link", "set", "v0", "up"]);
    ns.ip_ok(&["route", "add", "10.50.0.0/16", "via", "10.1.0.2"]);
    ns.ip_ok(&["nexthop", "add", "id", "5", "via", "10.1.0.2", "dev", "v0"]);
    ns.ip_ok(&["addr", "del", "10.2.0.1/24", "dev", "v1"]);
    settle(&mut m);
    assert_equal_to_dump(&mut m, &ns, "after address removal");
    ns.ip_ok(&["link", "del", "v0"]);
    let changes = settle(&mut m);
    assert!(changes
        .iter()
        .any(|c| matches!(c, Change::Removed(AnyObject::Nexthop(_)))));
    assert_equal_to_dump(&mut m, &ns, "after link delete");
    assert_eq!(m.link_index("v0"), None);
}

#[test]
fn overrun_is_reported_and_the_mirror_resyncs() {
    let Some(ns) = Netns::new("mirror-overrun") else {
        return;
    };
    ns.ip_ok(&["link", "set", "lo", "up"]);
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip_ok(&["link", "set", "v0", "up"]);
    let mut m = Mirror::new(Some(ns.handle())).expect("mirror");
    // A tiny receive buffer and nobody reading while 3000 routes arrive.
    let mut batch = String::new();
    for i in 0..3000u32 {
        let _ = writeln!(
            batch,
            "route add 10.{}.{}.0/24 dev v0",
            100 + i / 250,
            i % 250
        );
    }
    let file = std::env::temp_dir().join(format!("nlkit-mirror-flood-{}", std::process::id()));
    std::fs::write(&file, batch).unwrap();
    shrink_buffer(&m);
    ns.ip_ok(&["-batch", file.to_str().unwrap()]);
    let _ = std::fs::remove_file(&file);
    let changes = settle(&mut m);
    assert!(changes.contains(&Change::Overrun), "no overrun reported");
    assert!(m.overruns() >= 1);
    assert!(changes
        .iter()
        .any(|c| matches!(c, Change::Resynced(Kind::Route))));
    assert_eq!(
        m.state()
            .routes
            .keys()
            .filter(|k| k.table == RouteTable::Main && k.destination_len == 24)
            .count(),
        3000
    );
    assert_equal_to_dump(&mut m, &ns, "after the overrun");
}

/// Sets the mirror's subscription buffer to the minimum, to provoke an overrun.
fn shrink_buffer(m: &Mirror) {
    m.subscription_socket()
        .set_recv_buffer_force(4096)
        .expect("SO_RCVBUFFORCE");
}
