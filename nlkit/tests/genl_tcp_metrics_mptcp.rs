//! `genl::tcp_metrics` and `genl::mptcp` against the real kernel, each test in a fresh
//! network namespace: TCP connections over lo fill the metrics cache (a Python client and
//! server run with `ip netns exec`), endpoints and limits are changed and read back, and an
//! MPTCP connection's events arrive typed. Skipped with a printed reason without
//! privileges (or without python3); failing instead when NLKIT_REQUIRE_NETNS=1.
#![cfg(all(feature = "ynl-tcp-metrics", feature = "ynl-mptcp-pm"))]

use nlkit::engine::{Error, Notification};
use nlkit::genl::mptcp::{self, Endpoint, EndpointFlags, Event, Limits};
use nlkit::genl::tcp_metrics::{self, Filter, IpFamily};
use nlkit::genl::Families;
use nlkit::sys::errno::{EINVAL, ESRCH};
use nlkit::sys::Protocol;
use nltestns::Netns;
use std::net::IpAddr;
use std::process::Command;
use std::time::{Duration, Instant};

/// TCP (or MPTCP, protocol 262) connections from `addr` to itself, closed after a short
/// exchange.
const CONNECT: &str = r#"
import socket, sys, time
proto = int(sys.argv[1])
for host in sys.argv[2:]:
    fam = socket.AF_INET6 if ":" in host else socket.AF_INET
    srv = socket.socket(fam, socket.SOCK_STREAM, proto)
    srv.bind((host, 0)); srv.listen(1)
    c = socket.socket(fam, socket.SOCK_STREAM, proto)
    c.connect(srv.getsockname()[:2])
    s, _ = srv.accept()
    c.sendall(b"x"); s.recv(1); s.sendall(b"y"); c.recv(1)
    time.sleep(0.1)
    c.close(); s.close(); srv.close()
time.sleep(0.1)
"#;

fn connect(ns: &Netns, proto: u32, hosts: &[&str]) {
    let out = Command::new("ip")
        .args(["netns", "exec", ns.name(), "python3", "-c", CONNECT])
        .arg(proto.to_string())
        .args(hosts)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn namespace(prefix: &str) -> Option<Netns> {
    if !nltestns::tool("python3", prefix) {
        return None;
    }
    let ns = Netns::new(prefix)?;
    ns.ip_ok(&["link", "set", "lo", "up"]);
    ns.ip_ok(&["addr", "add", "10.9.0.1/24", "dev", "lo"]);
    ns.ip_ok(&["addr", "add", "fd00::1/64", "dev", "lo", "nodad"]);
    Some(ns)
}

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

#[test]
fn tcp_metrics_list_get_delete_flush() {
    let Some(ns) = namespace("genl-tcpm") else {
        return;
    };
    connect(&ns, 6, &["10.9.0.1", "127.0.0.1", "fd00::1", "::1"]);
    let mut conn = ns.conn_of(Protocol::Generic);
    let families = Families::new();
    let list = |conn: &mut _| -> Vec<tcp_metrics::Entry> {
        let l = tcp_metrics::list(conn, &families).unwrap();
        l.map(Result::unwrap).collect()
    };
    let entries = list(&mut conn);
    let mut dst: Vec<String> = entries.iter().map(|e| e.destination.to_string()).collect();
    dst.sort();
    assert_eq!(dst, ["10.9.0.1", "127.0.0.1", "::1", "fd00::1"]);
    for e in &entries {
        assert_eq!(e.source, Some(e.destination));
        assert!(e.age.unwrap() < Duration::from_secs(60));
        assert!(e.metrics.rtt().is_some() && e.metrics.rttvar().is_some());
        assert!(e.metrics.cwnd.is_some());
    }
    let one = tcp_metrics::get(&mut conn, &families, ip("10.9.0.1"), None).unwrap();
    assert_eq!(one.destination, ip("10.9.0.1"));
    let same = tcp_metrics::get(&mut conn, &families, ip("::1"), Some(ip("::1"))).unwrap();
    assert_eq!(same.source, Some(ip("::1")));
    let missing = tcp_metrics::get(&mut conn, &families, ip("192.0.2.1"), None);
    assert!(matches!(missing, Err(Error::Kernel(k)) if k.errno == ESRCH));

    tcp_metrics::delete(&mut conn, &families, ip("10.9.0.1"), None).unwrap();
    let again = tcp_metrics::delete(&mut conn, &families, ip("10.9.0.1"), None);
    assert!(matches!(again, Err(Error::Kernel(k)) if k.errno == ESRCH));
    let v6 = Filter {
        family: Some(IpFamily::V6),
        ..Filter::default()
    };
    let deleted = tcp_metrics::flush(&mut conn, &families, &v6).unwrap();
    assert_eq!(deleted.len(), 2);
    let left: Vec<_> = list(&mut conn).into_iter().map(|e| e.destination).collect();
    assert_eq!(left, [ip("127.0.0.1")]);
    tcp_metrics::flush_all(&mut conn, &families).unwrap();
    assert!(list(&mut conn).is_empty());
    assert!(tcp_metrics::flush(&mut conn, &families, &Filter::default())
        .unwrap()
        .is_empty());
}

#[test]
fn mptcp_endpoints_and_limits() {
    let Some(ns) = namespace("genl-mptcp") else {
        return;
    };
    let mut conn = ns.conn_of(Protocol::Generic);
    let families = Families::new();
    let signal = Endpoint {
        address: Some(ip("10.9.0.1")),
        id: Some(5),
        port: Some(1234),
        flags: EndpointFlags::SIGNAL,
        ifindex: Some(1),
        ..Endpoint::default()
    };
    mptcp::add(&mut conn, &families, &signal).unwrap();
    let sub = Endpoint {
        address: Some(ip("fd00::1")),
        flags: EndpointFlags::SUBFLOW | EndpointFlags::FULLMESH,
        ..Endpoint::default()
    };
    mptcp::add(&mut conn, &families, &sub).unwrap();
    let dup = mptcp::add(&mut conn, &families, &signal);
    assert!(matches!(&dup, Err(Error::Kernel(_))), "{dup:?}");

    let all: Vec<Endpoint> = mptcp::list(&mut conn, &families)
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(all.len(), 2);
    let got = mptcp::get_id(&mut conn, &families, 5).unwrap();
    assert_eq!(
        (got.address, got.port, got.flags, got.ifindex),
        (signal.address, Some(1234), EndpointFlags::SIGNAL, Some(1))
    );
    let second = all.iter().find(|e| e.address == sub.address).unwrap();
    assert_eq!(second.flags, sub.flags);
    assert!(second.id.is_some_and(|id| id != 5));

    let change = Endpoint {
        id: Some(5),
        flags: EndpointFlags::BACKUP,
        ..Endpoint::default()
    };
    mptcp::set_flags(&mut conn, &families, &change).unwrap();
    let got = mptcp::get_id(&mut conn, &families, 5).unwrap();
    assert_eq!(got.flags, EndpointFlags::SIGNAL | EndpointFlags::BACKUP);

    mptcp::delete(&mut conn, &families, 5, None).unwrap();
    let gone = mptcp::get_id(&mut conn, &families, 5);
    assert!(
        matches!(&gone, Err(Error::Kernel(k)) if k.errno == EINVAL),
        "{gone:?}"
    );
    mptcp::flush(&mut conn, &families).unwrap();
    assert_eq!(mptcp::list(&mut conn, &families).unwrap().count(), 0);

    let set = Limits {
        subflows: Some(3),
        add_addr_accepted: Some(4),
    };
    mptcp::set_limits(&mut conn, &families, &set).unwrap();
    assert_eq!(mptcp::limits(&mut conn, &families).unwrap(), set);
    let only = Limits {
        subflows: Some(1),
        add_addr_accepted: None,
    };
    mptcp::set_limits(&mut conn, &families, &only).unwrap();
    let now = mptcp::limits(&mut conn, &families).unwrap();
    assert_eq!(now.subflows, Some(1));
    let too_many = Limits {
        subflows: Some(99),
        add_addr_accepted: None,
    };
    assert!(mptcp::set_limits(&mut conn, &families, &too_many).is_err());
}

#[test]
fn mptcp_events_arrive_typed() {
    let Some(ns) = namespace("genl-mptcp-ev") else {
        return;
    };
    let mut conn = ns.conn_of(Protocol::Generic);
    let families = Families::new();
    let mut sub = mptcp::subscribe_in(ns.handle(), &mut conn, &families).unwrap();
    connect(&ns, 262, &["10.9.0.1"]);
    let mut events = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        match sub
            .next_notification(Some(Duration::from_millis(300)))
            .unwrap()
        {
            Some(Notification::Message { message, .. }) => {
                events.push(Event::parse(&message).unwrap());
            }
            Some(Notification::Overrun) => panic!("overrun"),
            None => break,
        }
    }
    let created: Vec<_> = events
        .iter()
        .filter_map(|e| match e {
            Event::Created(c, _) => Some(c.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(created.len(), 2, "{events:?}");
    assert_eq!(created.iter().filter(|c| c.server_side).count(), 1);
    for c in &created {
        assert_eq!(c.local.unwrap().ip(), ip("10.9.0.1"));
        let closed = events
            .iter()
            .any(|e| matches!(e, Event::Closed { token, .. } if *token == c.token));
        assert!(closed, "{events:?}");
        assert!(events
            .iter()
            .any(|e| matches!(e, Event::Established(x, _) if x.token == c.token)));
    }
    assert!(events
        .iter()
        .any(|e| matches!(e, Event::ListenerCreated(..))));
}
