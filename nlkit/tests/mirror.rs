//! The state mirror against the kernel, each test in a fresh namespace: after random
//! sequences of changes (links up, down, added and deleted included) and after a provoked
//! overrun, the mirror equals a fresh dump.

use nlkit::rtnl::mirror::{Change, Mirror, State};
use nlkit::rtnl::{AnyObject, Kind, RouteTable};
use nltestns::Netns;
use std::fmt::Write as _;
use std::time::Duration;

#[path = "common/mirror_state.rs"]
mod mirror_state;
use mirror_state::{canonical, differences, random_change, Rng};

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
        let diff = differences(&a, &b);
        panic!("{context}: the mirror differs from a fresh dump:\n{diff}");
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
