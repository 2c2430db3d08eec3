//! Async subscriptions, events and the async mirror against the real kernel, each test in
//! a namespace of its own: typed events of changes made there (the namespace opened by
//! name, no runtime thread moved), a dump on a connection while notifications stream on a
//! second socket, the async mirror against a fresh dump after random changes, and an
//! overrun provoked with a tiny buffer (an `Event::Overrun`; the mirror resyncs). On the
//! current-thread and the multi-thread runtime. Skipped without privileges unless
//! NLKIT_REQUIRE_NETNS=1.
#![cfg(feature = "tokio")]

use nlkit::engine::Notification;
use nlkit::rtnl::mirror::{Change, State};
use nlkit::rtnl::route::{Route, RouteFilter};
use nlkit::rtnl::tokio::{Events, Mirror};
use nlkit::rtnl::{
    self, group, groups_for, AnyObject, Event, Kind, Object as _, RouteTable, RouteType, Verb,
};
use nlkit::sys::{self, Protocol};
use nlkit::tokio::{Connection, Subscription};
use nltestns::Netns;
use std::fmt::Write as _;
use std::net::{IpAddr, Ipv4Addr};
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

#[path = "common/mirror_state.rs"]
mod mirror_state;
use mirror_state::{canonical, differences, random_change, Rng};

/// Runs `ip -n NS ARGS` on a blocking thread, so the runtime goes on reading meanwhile.
async fn ip_async(ns: &Arc<Netns>, cmd: &str) {
    let ns = ns.clone();
    let cmd = cmd.to_string();
    tokio::task::spawn_blocking(move || ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>()))
        .await
        .expect("ip thread");
}

/// The network namespace of the calling thread, as an inode number.
fn thread_netns() -> u64 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/thread-self/ns/net")
        .expect("/proc/thread-self/ns/net")
        .ino()
}

/// The next item of a stream (what `StreamExt::next` does).
async fn next_item<S: futures_core::Stream + Unpin>(s: &mut S) -> Option<S::Item> {
    std::future::poll_fn(|cx| Pin::new(&mut *s).poll_next(cx)).await
}

/// What the events test waits for.
#[derive(Debug, Default)]
struct Seen {
    link: bool,
    address: bool,
    route: bool,
}

impl Seen {
    fn note(&mut self, event: &Event) {
        let v0 = |l: &nlkit::rtnl::link::Link| l.name.as_deref() == Some("v0");
        let want_addr: IpAddr = Ipv4Addr::new(10, 1, 0, 1).into();
        let want_dst: IpAddr = Ipv4Addr::new(10, 50, 0, 0).into();
        match event {
            Event::New(AnyObject::Link(l)) if v0(l) => self.link = true,
            Event::New(AnyObject::Address(a)) if a.local == Some(want_addr) => self.address = true,
            Event::New(AnyObject::Route(r)) if r.destination == Some(want_dst) => self.route = true,
            _ => {}
        }
    }

    fn all(&self) -> bool {
        self.link && self.address && self.route
    }
}

async fn events_see_changes_in_the_namespace() {
    let Some(ns) = Netns::new("tokio-events") else {
        return;
    };
    let ns = Arc::new(ns);
    let before = thread_netns();
    // By name, as a program watching `ip netns` namespaces would.
    let handle = sys::Netns::open_name(ns.name()).expect("open by name");
    let groups = groups_for(&[Kind::Link, Kind::Address, Kind::Route], None);
    let mut events = Events::new_in(&handle, &groups).expect("events");
    assert_eq!(thread_netns(), before, "a runtime thread changed namespace");
    // The changes are made while the events are awaited.
    let changes = tokio::spawn({
        let ns = ns.clone();
        async move {
            for cmd in [
                "link add v0 type veth peer name v1",
                "link set v0 up",
                "addr add 10.1.0.1/24 dev v0",
                "route add 10.50.0.0/16 via 10.1.0.2",
            ] {
                ip_async(&ns, cmd).await;
            }
        }
    });
    let mut seen = Seen::default();
    let deadline = Instant::now() + Duration::from_secs(20);
    // Half read with `next`, half as a stream.
    while !seen.all() && Instant::now() < deadline {
        match events
            .next(Some(Duration::from_secs(5)))
            .await
            .expect("event")
        {
            Some(e) => seen.note(&e),
            None => continue,
        }
        if let Ok(Some(e)) =
            tokio::time::timeout(Duration::from_secs(1), next_item(&mut events)).await
        {
            seen.note(&e.expect("event"));
        }
    }
    changes.await.expect("changes");
    assert!(seen.all(), "not every change was seen: {seen:?}");
    assert_eq!(events.subscription().overruns(), 0);
    assert_eq!(thread_netns(), before);
}

#[tokio::test(flavor = "current_thread")]
async fn events_see_changes_in_the_namespace_current_thread() {
    events_see_changes_in_the_namespace().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_see_changes_in_the_namespace_multi_thread() {
    events_see_changes_in_the_namespace().await;
}

/// `blackhole 10.H.L.0/24` in `table` for route number `i`.
fn blackhole(i: u32, table: u32) -> Route {
    let mut r = Route::to(Ipv4Addr::from(0x0a00_0000 | (i << 8)).into(), 24);
    r.route_type = RouteType::Blackhole;
    r.table = RouteTable::from(table);
    r
}

fn table(table: u32) -> RouteFilter {
    RouteFilter {
        family: Some(rtnl::AddressFamily::Inet),
        table: Some(RouteTable::from(table)),
        ..Default::default()
    }
}

/// Counts route notifications of table 101 until `n` came (or 20 s passed).
async fn count_route_notifications(mut sub: Subscription, n: usize) -> usize {
    let mut count = 0;
    let deadline = Instant::now() + Duration::from_secs(20);
    while count < n && Instant::now() < deadline {
        match sub.next_notification(Some(Duration::from_secs(5))).await {
            Ok(Some(Notification::Message { message, .. })) => {
                if let Ok(r) = Route::from_message(&message) {
                    count += usize::from(r.table == RouteTable::from(101));
                }
            }
            Ok(Some(Notification::Overrun)) => panic!("overrun with a default buffer"),
            Ok(None) => {}
            Err(e) => panic!("notification: {e}"),
        }
    }
    count
}

async fn a_dump_beside_streaming_notifications() {
    let Some(ns) = Netns::new("tokio-dump-events") else {
        return;
    };
    const N: u32 = 300;
    let mut sync = ns.conn();
    for i in 0..N {
        rtnl::apply(&mut sync, &blackhole(i, 100), Verb::Add).expect("route in table 100");
    }
    let sub = Subscription::new_in(ns.handle(), Protocol::Route, &[group::RTNLGRP_IPV4_ROUTE])
        .expect("subscription");
    // The kernel answers a request within sendmsg, so on the current-thread runtime the
    // adds below may run to the end before the reader is polled: room for all of them.
    sub.socket()
        .set_recv_buffer_force(8 << 20)
        .expect("SO_RCVBUFFORCE");
    let reader = tokio::spawn(count_route_notifications(sub, N as usize));
    let conn = Connection::new_in(ns.handle(), Protocol::Route).expect("connection");
    let adds = async {
        for i in 0..N {
            rtnl::tokio::apply(&conn, &blackhole(i, 101), Verb::Add)
                .await
                .expect("route in table 101");
        }
    };
    let dumps = async {
        let mut sizes = Vec::new();
        for _ in 0..5 {
            let routes = rtnl::tokio::dump(&conn, &table(100)).expect("dump");
            sizes.push(routes.try_collect().await.expect("dump items").len());
        }
        sizes
    };
    let ((), sizes) = tokio::join!(adds, dumps);
    assert_eq!(sizes, [N as usize; 5]);
    assert_eq!(reader.await.expect("reader"), N as usize);
    let in_101 = rtnl::tokio::dump(&conn, &table(101)).expect("dump");
    assert_eq!(in_101.try_collect().await.expect("items").len(), N as usize);
}

#[tokio::test(flavor = "current_thread")]
async fn a_dump_beside_streaming_notifications_current_thread() {
    a_dump_beside_streaming_notifications().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dump_beside_streaming_notifications_multi_thread() {
    a_dump_beside_streaming_notifications().await;
}

/// Polls until nothing changes for a while and no resync waits.
async fn settle(m: &mut Mirror) -> Vec<Change> {
    let mut all = Vec::new();
    loop {
        let changes = m
            .poll(Some(Duration::from_millis(300)))
            .await
            .expect("poll");
        if changes.is_empty() && !m.resync_pending() {
            return all;
        }
        all.extend(changes);
    }
}

/// Settles the mirror and compares it with a fresh (blocking) dump, looking again after
/// more settling before a difference counts (the kernel finishes some work on its own
/// time; see tests/mirror.rs).
async fn assert_equal_to_dump(m: &mut Mirror, ns: &Netns, context: &str) {
    let mut conn = ns.conn();
    let mut tries = 0;
    let (a, b) = loop {
        settle(m).await;
        let fresh = State::dump(&mut conn).expect("dump");
        let (a, b) = (canonical(m.state()), canonical(&fresh));
        tries += 1;
        if a == b || tries == 5 {
            break (a, b);
        }
        tokio::time::sleep(Duration::from_millis(400)).await;
    };
    if a != b {
        let diff = differences(&a, &b);
        panic!("{context}: the async mirror differs from a fresh dump:\n{diff}");
    }
}

async fn mirror_equals_a_fresh_dump_after_random_changes() {
    let Some(ns) = Netns::new("tokio-mirror") else {
        return;
    };
    let ns = Arc::new(ns);
    ns.ip_ok(&["link", "set", "lo", "up"]);
    let mut m = Mirror::new(Some(ns.handle())).await.expect("mirror");
    assert_eq!(m.link_index("lo"), Some(1));
    assert_equal_to_dump(&mut m, &ns, "at start").await;
    // The pairs the random changes work on, so that most of them apply.
    for p in 0..4 {
        ip_async(&ns, &format!("link add a{p} type veth peer name b{p}")).await;
        ip_async(&ns, &format!("link set a{p} up")).await;
    }
    let seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut rng = Rng(seed);
    let mut applied = 0;
    for round in 0..2 {
        for _ in 0..25 {
            let cmd = random_change(&mut rng);
            let ns = ns.clone();
            let ok = tokio::task::spawn_blocking(move || {
                ns.ip(&cmd.split_whitespace().collect::<Vec<_>>())
                    .status
                    .success()
            });
            // The mirror reads while the change is made.
            let _ = m.poll(Some(Duration::from_millis(5))).await.expect("poll");
            applied += usize::from(ok.await.expect("ip thread"));
        }
        assert_equal_to_dump(&mut m, &ns, &format!("seed {seed:#x} round {round}")).await;
    }
    assert!(applied > 20, "only {applied} changes were accepted");
    assert!(m.generation() > 0);
    println!("{applied} changes applied; generation {}", m.generation());
}

#[tokio::test(flavor = "current_thread")]
async fn mirror_equals_a_fresh_dump_after_random_changes_current_thread() {
    mirror_equals_a_fresh_dump_after_random_changes().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mirror_equals_a_fresh_dump_after_random_changes_multi_thread() {
    mirror_equals_a_fresh_dump_after_random_changes().await;
}

/// A namespace with `v0` up and a batch file of 3000 device routes through it, added
/// while nobody reads.
fn flood_setup(prefix: &str) -> Option<(Netns, std::path::PathBuf)> {
    let ns = Netns::new(prefix)?;
    ns.ip_ok(&["link", "set", "lo", "up"]);
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip_ok(&["link", "set", "v0", "up"]);
    let mut batch = String::new();
    for i in 0..3000u32 {
        let _ = writeln!(
            batch,
            "route add 10.{}.{}.0/24 dev v0",
            100 + i / 250,
            i % 250
        );
    }
    let file =
        std::env::temp_dir().join(format!("nlkit-tokio-flood-{}-{prefix}", std::process::id()));
    std::fs::write(&file, batch).unwrap();
    Some((ns, file))
}

fn flood(ns: &Netns, file: &std::path::Path) {
    ns.ip_ok(&["-batch", file.to_str().unwrap()]);
    let _ = std::fs::remove_file(file);
}

async fn an_overrun_is_an_event_and_the_mirror_resyncs() {
    let Some((ns, file)) = flood_setup("tokio-overrun") else {
        return;
    };
    let mut events = Events::new_in(ns.handle(), &[group::RTNLGRP_IPV4_ROUTE]).expect("events");
    let mut m = Mirror::new(Some(ns.handle())).await.expect("mirror");
    for socket in [events.socket(), m.subscription_socket()] {
        socket.set_recv_buffer_force(4096).expect("SO_RCVBUFFORCE");
    }
    flood(&ns, &file);
    // The events: some routes, then the overrun (once), then what was still queued.
    let mut overruns = 0;
    let mut routes = 0;
    while let Some(e) = events
        .next(Some(Duration::from_millis(300)))
        .await
        .expect("event")
    {
        match e {
            Event::Overrun => overruns += 1,
            Event::New(AnyObject::Route(_)) => routes += 1,
            _ => {}
        }
    }
    assert!(overruns >= 1, "no overrun reported ({routes} routes read)");
    assert!(routes < 3000, "every route arrived despite the tiny buffer");
    assert_eq!(events.subscription().overruns(), overruns);
    // The mirror: the overrun, then a resync of every kind.
    let changes = settle(&mut m).await;
    assert!(changes.contains(&Change::Overrun), "no overrun reported");
    assert!(m.overruns() >= 1);
    assert!(changes.contains(&Change::Resynced(Kind::Route)));
    let main_24 = m
        .state()
        .routes
        .keys()
        .filter(|k| k.table == RouteTable::Main && k.destination_len == 24)
        .count();
    assert_eq!(main_24, 3000);
    assert_equal_to_dump(&mut m, &ns, "after the overrun").await;
}

#[tokio::test(flavor = "current_thread")]
async fn an_overrun_is_an_event_and_the_mirror_resyncs_current_thread() {
    an_overrun_is_an_event_and_the_mirror_resyncs().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_overrun_is_an_event_and_the_mirror_resyncs_multi_thread() {
    an_overrun_is_an_event_and_the_mirror_resyncs().await;
}

/// The mirror's poll is cancel-safe: changes applied by a poll dropped half-way come
/// with the next one.
#[tokio::test(flavor = "current_thread")]
async fn a_dropped_mirror_poll_loses_no_change() {
    let Some(ns) = Netns::new("tokio-mirror-cancel") else {
        return;
    };
    let mut m = Mirror::new(Some(ns.handle())).await.expect("mirror");
    settle(&mut m).await;
    ns.ip_ok(&["link", "add", "d0", "type", "veth", "peer", "name", "d1"]);
    // A poll given no time at all, then dropped; whatever it applied must not be lost.
    let _ = tokio::time::timeout(Duration::ZERO, m.poll(None)).await;
    let changes = settle(&mut m).await;
    let d0 = m.link_index("d0").expect("d0 mirrored");
    let announced = changes
        .iter()
        .any(|c| matches!(c, Change::Updated(AnyObject::Link(l)) if l.index == d0));
    assert!(
        announced,
        "the new link was applied but never reported: {changes:?}"
    );
}
