//! The tokio connection against the real kernel, each test in a namespace of its own:
//! 1,000 requests from 100 tasks on one connection with failures at known places, dumps
//! beside changes, cancellation, namespaces by handle and by name. On the current-thread
//! and the multi-thread runtime. Skipped without privileges unless NLKIT_REQUIRE_NETNS=1.
#![cfg(feature = "tokio")]

use nlkit::engine::{AckMode, Error};
use nlkit::rtnl::route::{Route, RouteFilter};
use nlkit::rtnl::{self, link::LinkFilter, AddressFamily, RouteTable, RouteType, Verb};
use nlkit::sys::errno::EEXIST;
use nlkit::sys::Protocol;
use nlkit::tokio::Connection;
use nltestns::Netns;
use std::collections::BTreeSet;
use std::future::Future;
use std::net::Ipv4Addr;
use std::pin::pin;
use std::task::{Context, Waker};
use std::time::Duration;

const TABLE: u32 = 100;

/// `blackhole 10.H.L.0/24 table 100` for route number `i`.
fn blackhole(i: u32) -> Route {
    let mut r = Route::to(Ipv4Addr::from(0x0a00_0000 | (i << 8)).into(), 24);
    r.route_type = RouteType::Blackhole;
    r.table = RouteTable::from(TABLE);
    r
}

fn table_filter() -> RouteFilter {
    RouteFilter {
        family: Some(AddressFamily::Inet),
        table: Some(RouteTable::from(TABLE)),
        ..Default::default()
    }
}

async fn routes_in_table(conn: &Connection) -> BTreeSet<Ipv4Addr> {
    let routes = rtnl::tokio::dump(conn, &table_filter()).unwrap();
    let routes = routes.try_collect().await.unwrap();
    routes
        .iter()
        .filter_map(|r| match r.destination {
            Some(std::net::IpAddr::V4(a)) => Some(a),
            _ => None,
        })
        .collect()
}

/// Every 97th route exists beforehand, so its add fails with EEXIST at a known place.
fn fails(i: u32) -> bool {
    i.is_multiple_of(97)
}

async fn thousand_requests_from_a_hundred_tasks() {
    let Some(ns) = Netns::new("tokio-1000") else {
        return;
    };
    let mut sync = ns.conn();
    for i in (0..1000).filter(|i| fails(*i)) {
        rtnl::apply(&mut sync, &blackhole(i), Verb::Add).unwrap();
    }
    let conn = Connection::new_in(ns.handle(), Protocol::Route).unwrap();
    let tasks: Vec<_> = (0..100u32)
        .map(|task| {
            let conn = conn.clone();
            tokio::spawn(async move {
                let mut outcomes = Vec::new();
                for j in 0..10 {
                    let i = task * 10 + j;
                    let r = rtnl::tokio::apply(&conn, &blackhole(i), Verb::Add).await;
                    outcomes.push((i, r));
                }
                outcomes
            })
        })
        .collect();
    let mut failed = Vec::new();
    for t in tasks {
        for (i, r) in t.await.unwrap() {
            match r {
                Ok(_) => assert!(!fails(i), "route {i} should have failed"),
                Err(e) => {
                    assert_eq!(e.errno(), Some(EEXIST), "route {i}: {e}");
                    failed.push(i);
                }
            }
        }
    }
    failed.sort();
    assert_eq!(failed, (0..1000).filter(|i| fails(*i)).collect::<Vec<_>>());
    let expected: BTreeSet<Ipv4Addr> = (0..1000)
        .map(|i| Ipv4Addr::from(0x0a00_0000 | (i << 8)))
        .collect();
    assert_eq!(routes_in_table(&conn).await, expected);
}

#[tokio::test(flavor = "current_thread")]
async fn thousand_requests_current_thread() {
    thousand_requests_from_a_hundred_tasks().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thousand_requests_multi_thread() {
    thousand_requests_from_a_hundred_tasks().await;
}

/// Dumps from several tasks at once on one connection, beside a pipeline of changes: the
/// dumps queue behind each other (the kernel runs one per socket) and all complete.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_dumps_and_a_pipeline_on_one_connection() {
    let Some(ns) = Netns::new("tokio-dumps") else {
        return;
    };
    let conn = Connection::new_in(ns.handle(), Protocol::Route).unwrap();
    let mut p = conn.pipeline();
    p.set_ack_mode(AckMode::ErrorsOnly);
    for i in 0..2000 {
        p.push(&rtnl::Change::request(&blackhole(i), Verb::Add))
            .await;
    }
    let dumpers: Vec<_> = (0..4)
        .map(|_| {
            let conn = conn.clone();
            tokio::spawn(async move { routes_in_table(&conn).await.len() })
        })
        .collect();
    p.finish().await;
    let mut errors = 0;
    while let Some(done) = p.pop_result() {
        if let Err(e) = &done.result {
            eprintln!("request {}: {e}", done.index);
            errors += 1;
        }
    }
    assert_eq!(errors, 0);
    for d in dumpers {
        let n = d.await.unwrap();
        assert!(n <= 2000, "{n}");
    }
    assert_eq!(routes_in_table(&conn).await.len(), 2000);
    let links = rtnl::tokio::dump(&conn, &LinkFilter::default()).unwrap();
    assert_eq!(links.try_collect().await.unwrap().len(), 1, "lo only");
}

/// Polls `f` once, then drops it: the request is sent, its answer never awaited.
fn poll_once_and_drop<F: Future>(f: F) {
    let mut f = pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    let _ = f.as_mut().poll(&mut cx);
}

#[tokio::test(flavor = "current_thread")]
async fn cancelled_requests_and_dumps_leave_the_connection_usable() {
    let Some(ns) = Netns::new("tokio-cancel") else {
        return;
    };
    let conn = Connection::new_in(ns.handle(), Protocol::Route).unwrap();
    let mut p = conn.pipeline();
    for i in 0..3000 {
        p.push(&rtnl::Change::request(&blackhole(i), Verb::Add))
            .await;
    }
    p.finish().await;
    // A dump dropped after a few items, twice, and a change whose future is dropped.
    for _ in 0..2 {
        let mut dump = rtnl::tokio::dump(&conn, &table_filter()).unwrap();
        for _ in 0..10 {
            dump.next().await.unwrap().unwrap();
        }
    }
    poll_once_and_drop(rtnl::tokio::apply(&conn, &blackhole(5000), Verb::Add));
    // A dump future dropped while waiting (a select! that took the other branch).
    let mut dump = rtnl::tokio::dump(&conn, &table_filter()).unwrap();
    tokio::select! {
        biased;
        _ = std::future::ready(()) => {}
        _ = dump.next() => panic!("the ready branch goes first"),
    }
    drop(dump);
    // The connection answers correctly: the cancelled change was made (the kernel had it).
    rtnl::tokio::apply(&conn, &blackhole(5001), Verb::Add)
        .await
        .unwrap();
    assert_eq!(routes_in_table(&conn).await.len(), 3002);
    let again = rtnl::tokio::apply(&conn, &blackhole(5000), Verb::Add).await;
    assert_eq!(again.unwrap_err().errno(), Some(EEXIST));
}

#[tokio::test(flavor = "current_thread")]
async fn a_request_that_times_out_leaves_the_connection_usable() {
    let Some(ns) = Netns::new("tokio-timeout") else {
        return;
    };
    let conn = Connection::new_in(ns.handle(), Protocol::Route).unwrap();
    // A dump that is never read to its end within a deadline of zero.
    conn.set_timeout(Duration::ZERO);
    let r = rtnl::tokio::dump(&conn, &LinkFilter::default())
        .unwrap()
        .try_collect()
        .await;
    assert!(matches!(r, Err(Error::Timeout(_)) | Ok(_)), "{r:?}");
    conn.set_timeout(Duration::from_secs(10));
    let links = rtnl::tokio::dump(&conn, &LinkFilter::default()).unwrap();
    assert_eq!(links.try_collect().await.unwrap().len(), 1);
}

fn thread_netns() -> std::path::PathBuf {
    std::fs::read_link("/proc/thread-self/ns/net").unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_in_a_namespace_by_handle_and_by_name_never_move_a_runtime_thread() {
    let Some(ns) = Netns::new("tokio-ns") else {
        return;
    };
    let before = thread_netns();
    let by_name = nlkit::sys::Netns::open_name(ns.name()).unwrap();
    for netns in [ns.handle(), &by_name] {
        let conn = Connection::new_in(netns, Protocol::Route).unwrap();
        let links = rtnl::tokio::dump(&conn, &LinkFilter::default()).unwrap();
        let names: Vec<_> = links.try_collect().await.unwrap();
        assert_eq!(names.len(), 1, "only the namespace's lo");
        assert_eq!(thread_netns(), before);
    }
    let lo = rtnl::tokio::get(
        &Connection::new_in(&by_name, Protocol::Route).unwrap(),
        &rtnl::link::LinkQuery::by_name("lo"),
    )
    .await
    .unwrap();
    assert_eq!(lo.index, 1);
}
