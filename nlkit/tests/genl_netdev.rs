//! The typed netdev API (`nlkit::genl::netdev`) against the real kernel, each test in a
//! fresh network namespace: devices listed and read, queues, NAPI instances and page pools
//! (a veth without XDP has none of the last two: empty is an answer), and the `mgmt`
//! group's device events, joined by name, with a deadline. Skipped with a printed reason
//! without privileges; failing instead when NLKIT_REQUIRE_NETNS=1.
#![cfg(feature = "ynl-netdev")]

use nlkit::genl::netdev::{self, Event, QueueType, XdpFeatures};
use nlkit::genl::Families;
use nlkit::sys::errno::EOPNOTSUPP;
use nlkit::sys::Protocol;
use nltestns::Netns;
use std::time::Duration;

fn ifindex(ns: &Netns, name: &str) -> u32 {
    let out = ns.ip_ok(&["-o", "link", "show", name]);
    out.split(':').next().unwrap().trim().parse().unwrap()
}

#[test]
fn devices_queues_napi_and_page_pools() {
    let Some(ns) = Netns::new("ndlist") else {
        return;
    };
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let mut conn = ns.conn_of(Protocol::Generic);
    let families = Families::new();
    let devs = netdev::devices(&mut conn, &families).unwrap();
    let (v0, v1) = (ifindex(&ns, "v0"), ifindex(&ns, "v1"));
    let mut got: Vec<u32> = devs.iter().map(|d| d.ifindex).collect();
    got.sort_unstable();
    assert_eq!(got, [1, v0.min(v1), v0.max(v1)], "lo and the veth pair");
    let one = netdev::device(&mut conn, &families, v0).unwrap();
    assert_eq!(Some(&one), devs.iter().find(|d| d.ifindex == v0));
    // veth does XDP (basic, redirect, ndo_xmit and their sg forms) but not zero-copy.
    assert!(one.xdp_features.contains(XdpFeatures::BASIC), "{one:?}");
    assert!(
        !one.xdp_features.contains(XdpFeatures::XSK_ZEROCOPY),
        "{one:?}"
    );

    // A device that is down lists no queues; up, a veth has one RX and one TX.
    assert_eq!(netdev::queues(&mut conn, &families, v0).unwrap(), []);
    ns.ip_ok(&["link", "set", "v0", "up"]);
    ns.ip_ok(&["link", "set", "v1", "up"]);
    let queues = netdev::queues(&mut conn, &families, v0).unwrap();
    assert!(queues.iter().all(|q| q.ifindex == v0), "{queues:?}");
    let rx = queues.iter().filter(|q| q.kind == QueueType::Rx).count();
    let tx = queues.iter().filter(|q| q.kind == QueueType::Tx).count();
    assert_eq!((rx, tx), (1, 1), "{queues:?}");
    let q = netdev::queue(&mut conn, &families, v0, QueueType::Rx, 0).unwrap();
    assert_eq!(Some(&q), queues.iter().find(|q| q.kind == QueueType::Rx));
    assert_eq!(
        netdev::queues(&mut conn, &families, 1).unwrap(),
        [],
        "lo is down"
    );

    // Without XDP, veth has no NAPI and no page pool: empty lists.
    let napis = netdev::napis(&mut conn, &families, Some(v0)).unwrap();
    assert!(napis.iter().all(|n| n.ifindex == v0), "{napis:?}");
    assert!(netdev::napis(&mut conn, &families, None).unwrap().len() >= napis.len());
    let pools = netdev::page_pools(&mut conn, &families).unwrap();
    assert!(
        pools
            .iter()
            .all(|p| p.ifindex.is_none_or(|i| i == v0 || i == v1)),
        "{pools:?}"
    );
    match netdev::page_pool_stats(&mut conn, &families) {
        Ok(stats) => assert_eq!(stats.len(), pools.len(), "{stats:?}"),
        Err(e) => assert_eq!(e.errno(), Some(EOPNOTSUPP), "{e}"),
    }
}

#[test]
fn device_events_by_group_name() {
    let Some(ns) = Netns::new("ndevents") else {
        return;
    };
    let mut conn = ns.conn_of(Protocol::Generic);
    let families = Families::new();
    let mut events = netdev::subscribe_in(ns.handle(), &mut conn, &families).unwrap();
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let v0 = ifindex(&ns, "v0");
    let added = events
        .wait_for(
            Duration::from_secs(5),
            |e| matches!(e, Event::Added(d) if d.ifindex == v0),
        )
        .unwrap();
    assert!(
        matches!(added, Some(Event::Added(_))),
        "no dev-add-ntf for v0 in 5 s"
    );
    ns.ip_ok(&["link", "del", "v0"]);
    let removed = events
        .wait_for(
            Duration::from_secs(5),
            |e| matches!(e, Event::Removed(d) if d.ifindex == v0),
        )
        .unwrap();
    assert!(removed.is_some(), "no dev-del-ntf for v0 in 5 s");
    // Nothing else happens: the wait ends at its deadline.
    let quiet = events
        .wait_for(Duration::from_millis(200), |e| matches!(e, Event::Added(_)))
        .unwrap();
    assert_eq!(quiet, None);
}

/// GRO on a veth gives it NAPI instances: napi-get lists them (veth does not tie them to
/// its queues: a queue that names one names one of these).
#[cfg(feature = "ynl-ethtool")]
#[test]
fn gro_on_a_veth_gives_its_queues_napi_instances() {
    use nlkit::genl::ethtool::Device;
    let Some(ns) = Netns::new("ndnapi") else {
        return;
    };
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip_ok(&["link", "set", "v0", "up"]);
    ns.ip_ok(&["link", "set", "v1", "up"]);
    let mut conn = ns.conn_of(Protocol::Generic);
    let families = Families::new();
    let v0 = ifindex(&ns, "v0");
    assert_eq!(netdev::napis(&mut conn, &families, Some(v0)).unwrap(), []);
    let change = Device::named("v0")
        .set_features(&mut conn, &families, &[("rx-gro", true)])
        .unwrap();
    assert_eq!(change.changed.get("rx-gro"), Some(&true), "{change:?}");
    let napis = netdev::napis(&mut conn, &families, Some(v0)).unwrap();
    assert!(!napis.is_empty(), "a NAPI instance per RX queue");
    assert!(
        napis.iter().all(|n| n.ifindex == v0 && n.id != 0),
        "{napis:?}"
    );
    let queues = netdev::queues(&mut conn, &families, v0).unwrap();
    for napi in queues.iter().filter_map(|q| q.napi_id) {
        assert!(napis.iter().any(|n| n.id == napi), "{queues:?} {napis:?}");
    }
    assert_eq!(
        netdev::napi(&mut conn, &families, napis[0].id).unwrap(),
        napis[0]
    );
    // Every device's NAPI instances include these.
    let all = netdev::napis(&mut conn, &families, None).unwrap();
    assert!(napis.iter().all(|n| all.contains(n)));
}
