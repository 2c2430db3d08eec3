//! The engine against the real kernel, each test in a fresh network namespace of its own
//! (never the host's). Skipped with a printed reason without privileges; failing instead
//! when NLKIT_REQUIRE_NETNS=1.

mod common;

use common::*;
use nlkit::engine::{Error, Notification, Subscription};
use nlkit::rtnl::group::RTNLGRP_IPV4_ROUTE;
use nlkit::rtnl::link::{Link, LinkFilter, LinkFlags, LinkQuery};
use nlkit::rtnl::message_type::*;
use nlkit::rtnl::route::{Route, RouteFilter};
use nlkit::rtnl::{
    self, AddressFamily, AnyObject, Change, Event, Events, Kind, Object, RouteProtocol, RouteType,
    Verb,
};
use nlkit::sys::Protocol;
use nlkit::wire::rtnl::RtMsg;
use nlkit::wire::{Flags, MessageBuilder};
use nltestns::Netns;
use std::net::Ipv4Addr;
use std::time::Duration;

fn link_names(conn: &mut nlkit::engine::Conn) -> Vec<String> {
    rtnl::dump(conn, &LinkFilter::default())
        .unwrap()
        .map(|l| l.unwrap().name.unwrap())
        .collect()
}

#[test]
fn link_dump_in_a_fresh_namespace_returns_lo() {
    let Some(ns) = Netns::new("linkdump") else {
        return;
    };
    let mut conn = ns.conn();
    assert_eq!(link_names(&mut conn), ["lo"]);
    // The same through the raw engine: one message.
    assert_eq!(count(&mut conn, &link_dump()), 1);
}

#[test]
fn anonymous_namespace_and_socket_inside_it() {
    let Some(_guard) = Netns::new("anon-guard") else {
        return;
    };
    let anon = nlkit::sys::Netns::create().expect("unshare on a helper thread");
    let mut conn = nlkit::engine::Conn::new_in(&anon, Protocol::Route).unwrap();
    assert_eq!(link_names(&mut conn), ["lo"]);
}

#[test]
fn groups_above_31_can_be_joined_and_left() {
    let Some(ns) = Netns::new("groups") else {
        return;
    };
    let s = ns.handle().socket(Protocol::Route).unwrap();
    s.bind(0, 0).unwrap();
    s.add_membership(nlkit::rtnl::group::RTNLGRP_STATS).unwrap(); // group 36
    s.drop_membership(nlkit::rtnl::group::RTNLGRP_STATS)
        .unwrap();
    s.set_pktinfo(true).unwrap();
    s.set_listen_all_nsid(true).unwrap();
    s.set_broadcast_error(true).unwrap();
    s.set_no_enobufs(true).unwrap();
    s.set_recv_buffer_force(8 << 20).unwrap();
    assert!(s.recv_buffer().unwrap() >= 8 << 20);
}

#[test]
fn events_of_groups_above_31_arrive() {
    use nlkit::rtnl::group::{RTNLGRP_IPV6_RULE, RTNLGRP_NEXTHOP};
    let Some(ns) = Netns::new("highgroups") else {
        return;
    };
    let groups = [RTNLGRP_IPV6_RULE, RTNLGRP_NEXTHOP]; // 19 and 32
    let mut events = Events::new_in(ns.handle(), &groups).unwrap();
    events.subscription().socket().set_pktinfo(true).unwrap();
    ns.ip_ok(&["link", "set", "lo", "up"]);
    ns.ip_ok(&["-6", "rule", "add", "pref", "10", "table", "10"]);
    ns.ip_ok(&["nexthop", "add", "id", "7", "blackhole"]);
    let mut seen = Vec::new();
    while seen.len() < 2 {
        match events.next(Some(Duration::from_secs(5))).unwrap() {
            Some(Event::New(o)) => seen.push((o.kind(), events.group())),
            other => panic!("after {seen:?}: {other:?}"),
        }
    }
    assert_eq!(
        seen,
        [
            (Kind::Rule, Some(RTNLGRP_IPV6_RULE)),
            (Kind::Nexthop, Some(RTNLGRP_NEXTHOP))
        ]
    );
}

#[test]
fn multicast_events_carry_group_and_nsid() {
    let Some(ns) = Netns::new("pktinfo") else {
        return;
    };
    let mut events = Events::new_in(ns.handle(), &[RTNLGRP_IPV4_ROUTE]).unwrap();
    events.subscription().socket().set_pktinfo(true).unwrap();
    events
        .subscription()
        .socket()
        .set_listen_all_nsid(true)
        .unwrap();
    let mut conn = ns.conn();
    rtnl::apply(&mut conn, &blackhole(prefix(1)), Verb::Add).unwrap();
    match events.next(Some(Duration::from_secs(5))).unwrap() {
        Some(Event::New(AnyObject::Route(r))) => {
            assert_eq!(r.destination, Some(prefix(1).into()));
            assert_eq!(r.route_type, RouteType::Blackhole);
            assert_eq!(events.group(), Some(RTNLGRP_IPV4_ROUTE));
            // The kernel adds the nsid only to events from another namespace.
            assert_eq!(events.nsid(), None);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn acked_change_is_applied() {
    let Some(ns) = Netns::new("ack") else { return };
    let mut conn = ns.conn();
    let ack = conn.execute(&lo_up()).unwrap();
    assert_eq!(ack.warning(), None);
    let lo: Link = rtnl::get(&mut conn, &LinkQuery::by_index(1)).unwrap();
    assert!(lo.flags.contains(LinkFlags::UP), "lo is up");
    assert!(ns.ip_ok(&["link", "show", "lo"]).contains("UP"));
}

/// `ip route add 10.9.0.0/24 via 192.0.2.1 proto static`: a gateway no link reaches.
fn unreachable_gateway_route(destination: Ipv4Addr) -> Route {
    let mut r = Route::to(destination.into(), 24);
    r.protocol = RouteProtocol::Static;
    r.gateway = Some(Ipv4Addr::new(192, 0, 2, 1).into());
    r
}

#[test]
fn kernel_error_carries_ext_ack_text() {
    let Some(ns) = Netns::new("extack") else {
        return;
    };
    let mut conn = ns.conn();
    conn.execute(&lo_up()).unwrap();
    let r = unreachable_gateway_route(Ipv4Addr::new(10, 9, 0, 0));
    match rtnl::apply(&mut conn, &r, Verb::Add) {
        Err(Error::Kernel(k)) => {
            assert_eq!(k.errno, libc::ENETUNREACH);
            assert_eq!(k.message(), Some("Nexthop has invalid gateway"));
            assert_eq!(k.request_type, <Route as Object>::NEW);
        }
        other => panic!("expected a kernel error, got {other:?}"),
    }
}

#[test]
fn kernel_error_names_the_nested_attribute_it_points_at() {
    use nlkit::rtnl::link::attrs::{IFLA_INFO_DATA, IFLA_LINKINFO};
    use nlkit::rtnl::link::kinds::{vxlan::attrs::IFLA_VXLAN_ID, LinkKind, Vxlan};
    use nlkit::rtnl::link::LinkChange;
    let Some(ns) = Netns::new("extattr") else {
        return;
    };
    let mut conn = ns.conn();
    // A VXLAN id of 2^24 does not fit 24 bits: the kernel's extended ACK points at
    // IFLA_LINKINFO / IFLA_INFO_DATA / IFLA_VXLAN_ID.
    let mut vx = LinkChange::named("vx0");
    vx.kind = Some(LinkKind::Vxlan(Vxlan {
        id: Some(1 << 24),
        port: Some(4789),
        ..Default::default()
    }));
    match rtnl::apply(&mut conn, &vx, Verb::Add) {
        Err(Error::Kernel(k)) => {
            assert_eq!(k.errno, libc::ERANGE, "{k}");
            // nlmsghdr 16, ifinfomsg 16, IFLA_IFNAME 8, the IFLA_LINKINFO header 4,
            // IFLA_INFO_KIND "vxlan" 12, the IFLA_INFO_DATA header 4.
            assert_eq!(k.ext_ack.offset, Some(60), "{k}");
            let path = [IFLA_LINKINFO, IFLA_INFO_DATA, IFLA_VXLAN_ID];
            assert_eq!(k.attribute.as_deref(), Some(&path[..]), "{k}");
            // With the rtnetlink families compiled in, the engine names it by rt_link's
            // spec, as deep as the spec goes: the 6.12 spec has no vxlan format.
            #[cfg(feature = "ynl-rt-link")]
            {
                let name = "linkinfo: data";
                assert_eq!(k.named_attribute(), Some(name), "{k}");
                assert!(k.to_string().ends_with("(attribute linkinfo: data)"), "{k}");
            }
            #[cfg(not(feature = "ynl-rt-link"))]
            assert!(k.to_string().ends_with("(attribute 18/2/1)"), "{k}");
        }
        other => panic!("expected a kernel error, got {other:?}"),
    }
}

/// rt_link's spec names a bridge's attributes: a forward delay of the wrong length is
/// refused by the kernel's policy, pointing at `linkinfo/data/bridge: forward-delay`.
#[cfg(feature = "ynl-rt-link")]
#[test]
fn kernel_error_names_the_attribute_through_the_link_kind() {
    use nlkit::rtnl::link::attrs::{IFLA_IFNAME, IFLA_INFO_DATA, IFLA_INFO_KIND, IFLA_LINKINFO};
    use nlkit::wire::rtnl::IfInfoMsg;
    let Some(ns) = Netns::new("extname") else {
        return;
    };
    let mut conn = ns.conn();
    let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::CREATE | Flags::EXCL);
    b.push_struct(&IfInfoMsg::default());
    b.attr_str(IFLA_IFNAME, "br9");
    let info = b.nest_start(IFLA_LINKINFO);
    b.attr_str(IFLA_INFO_KIND, "bridge");
    let data = b.nest_start(IFLA_INFO_DATA);
    b.attr_u8(1, 7); // IFLA_BR_FORWARD_DELAY is a u32
    b.nest_end(data);
    b.nest_end(info);
    match conn.execute(&b) {
        Err(Error::Kernel(k)) => {
            let name = "linkinfo/data/bridge: forward-delay";
            assert_eq!(k.named_attribute(), Some(name), "{k}");
        }
        other => panic!("expected a kernel error, got {other:?}"),
    }
}

#[test]
fn success_with_a_warning() {
    let Some(ns) = Netns::new("warn") else { return };
    let mut conn = ns.conn();
    let mut b = lo_up();
    b.push_bytes(&[0, 0, 0]); // trailing garbage after the attributes
    let ack = conn.execute(&b).unwrap();
    assert_eq!(
        ack.warning(),
        Some("bytes leftover after parsing attributes")
    );
}

#[test]
fn strict_dump_error_arrives_in_done() {
    let Some(ns) = Netns::new("strict") else {
        return;
    };
    let mut conn = ns.conn();
    let mut b = MessageBuilder::new(RTM_GETROUTE, Flags::NONE);
    // rtm_dst_len is not allowed in a dump request.
    b.push_struct(&RtMsg {
        family: AddressFamily::Inet.into(),
        dst_len: 24,
        ..Default::default()
    });
    let mut dump = conn.dump(&b).unwrap();
    match dump.next_message() {
        Some(Err(Error::Kernel(k))) => {
            assert_eq!(k.errno, libc::EINVAL);
            assert_eq!(
                k.message(),
                Some("Invalid values in header for FIB dump request")
            );
        }
        other => panic!("expected the kernel's error, got {other:?}"),
    }
}

#[test]
fn dump_over_many_datagrams_returns_every_object() {
    let Some(ns) = Netns::new("bigdump") else {
        return;
    };
    let mut conn = ns.conn();
    let mut p = conn.pipeline();
    for i in 0..3000 {
        p.push(&add_blackhole(prefix(i)));
    }
    p.finish();
    let mut failures = 0;
    while let Some(c) = p.pop_result() {
        failures += c.result.is_err() as usize;
    }
    drop(p);
    assert_eq!(failures, 0);
    let mut routes = rtnl::dump(&mut conn, &ipv4_routes()).unwrap();
    let mut blackholes = 0;
    for r in routes.by_ref() {
        blackholes += (r.unwrap().route_type == RouteType::Blackhole) as usize;
    }
    assert_eq!(blackholes, 3000);
    let datagrams = routes.raw().datagrams();
    assert!(datagrams > 3, "{datagrams} datagrams");
    // A filter on the type (applied in nlkit) selects the same routes.
    let only_blackholes = RouteFilter {
        route_type: Some(RouteType::Blackhole),
        ..ipv4_routes()
    };
    assert_eq!(
        rtnl::dump(&mut conn, &only_blackholes).unwrap().count(),
        3000
    );
}

#[test]
fn dump_intr_is_reported_when_addresses_change_mid_dump() {
    use nlkit::rtnl::addr::AddressFilter;
    let Some(ns) = Netns::new("intr") else { return };
    let mut conn = ns.conn();
    let mut writer = ns.conn();
    let mut p = writer.pipeline();
    for i in 0..3000u32 {
        p.push(&add_lo_address(Ipv4Addr::from(0x0a40_0000 + i)));
    }
    p.finish();
    while let Some(c) = p.pop_result() {
        c.result.unwrap();
    }
    drop(p);

    let ipv4 = AddressFilter {
        family: Some(AddressFamily::Inet),
        ..Default::default()
    };
    let mut dump = rtnl::dump(&mut conn, &ipv4).unwrap();
    let first = dump.next().unwrap().unwrap();
    assert_eq!(first.family, AddressFamily::Inet);
    // Change the table between two reads of the same dump.
    writer
        .execute(&add_lo_address(Ipv4Addr::new(10, 99, 0, 1)))
        .unwrap();
    let mut items = 1;
    let mut end = None;
    for a in dump {
        match a {
            Ok(_) => items += 1,
            Err(e) => end = Some(e),
        }
    }
    assert!(
        matches!(end, Some(Error::DumpInterrupted)),
        "ended with {end:?}"
    );
    assert!(
        items >= 3000,
        "items read before the end stay available: {items}"
    );
}

#[test]
fn enobufs_on_a_flooded_listener_is_reported_as_overrun() {
    let Some(ns) = Netns::new("enobufs") else {
        return;
    };
    let mut sub =
        Subscription::new_in(ns.handle(), Protocol::Route, &[RTNLGRP_IPV4_ROUTE]).unwrap();
    sub.socket().set_recv_buffer(4096).unwrap();
    let mut conn = ns.conn();
    // Flood while the listener does not read.
    let mut p = conn.pipeline();
    for i in 0..2000 {
        p.push(&add_blackhole(prefix(i)));
    }
    p.finish();
    drop(p);
    let (mut events, mut overruns) = (0, 0);
    while let Some(ev) = sub
        .next_notification(Some(Duration::from_millis(200)))
        .unwrap()
    {
        match ev {
            Notification::Message { .. } => events += 1,
            Notification::Overrun => overruns += 1,
        }
    }
    assert_eq!(overruns, 1, "one overrun per episode");
    assert!(events < 2000, "events were lost: {events}");
    assert_eq!(sub.overruns(), 1);
}

#[test]
fn typed_events_report_an_overrun_once() {
    let Some(ns) = Netns::new("enobufs-typed") else {
        return;
    };
    let mut events = Events::new_in(ns.handle(), &[RTNLGRP_IPV4_ROUTE]).unwrap();
    events
        .subscription()
        .socket()
        .set_recv_buffer(4096)
        .unwrap();
    let mut conn = ns.conn();
    let mut p = conn.pipeline();
    for i in 0..2000 {
        p.push(&add_blackhole(prefix(i)));
    }
    p.finish();
    drop(p);
    let (mut routes, mut overruns) = (0, 0);
    while let Some(ev) = events.next(Some(Duration::from_millis(200))).unwrap() {
        match ev {
            Event::New(AnyObject::Route(r)) => {
                assert_eq!(r.route_type, RouteType::Blackhole);
                routes += 1;
            }
            Event::Overrun => overruns += 1,
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(overruns, 1, "one overrun per episode");
    assert!(routes < 2000, "events were lost: {routes}");
}

#[test]
fn pipelined_route_adds_report_each_failure_at_its_index() {
    let Some(ns) = Netns::new("pipe") else { return };
    let mut conn = ns.conn();
    conn.execute(&lo_up()).unwrap();
    let duplicates = [1234u32, 5000, 9999];
    let unreachable = 7777u32;
    let mut p = conn.pipeline();
    for i in 0..10_000u32 {
        if i == unreachable {
            p.push(&unreachable_gateway_route(prefix(20_000)).request(Verb::Add));
        } else if duplicates.contains(&i) {
            p.push(&add_blackhole(prefix(i - 1)));
        } else {
            p.push(&add_blackhole(prefix(i)));
        }
    }
    p.finish();
    let mut failed = Vec::new();
    let mut n = 0;
    while let Some(c) = p.pop_result() {
        assert_eq!(c.index, n);
        n += 1;
        if let Err(e) = c.result {
            failed.push((c.index, e));
        }
    }
    assert_eq!(n, 10_000);
    let indices: Vec<u64> = failed.iter().map(|f| f.0).collect();
    assert_eq!(indices, [1234, 5000, 7777, 9999]);
    for (index, e) in &failed {
        let Error::Kernel(k) = e else {
            panic!("{index}: {e:?}")
        };
        if *index == 7777 {
            assert_eq!(k.errno, libc::ENETUNREACH);
            assert_eq!(k.message(), Some("Nexthop has invalid gateway"));
        } else {
            assert_eq!(k.errno, libc::EEXIST);
        }
    }
}

#[test]
fn errors_only_pipeline_reports_failures_at_their_index() {
    let Some(ns) = Netns::new("errorsonly") else {
        return;
    };
    let mut conn = ns.conn();
    let mut p = conn.pipeline();
    p.set_ack_mode(nlkit::engine::AckMode::ErrorsOnly);
    for i in 0..5000u32 {
        // Every 1000th request repeats the previous prefix: EEXIST.
        let n = if i % 1000 == 999 { i - 1 } else { i };
        p.push(&add_blackhole(prefix(n)));
    }
    p.finish();
    let mut failed = Vec::new();
    let mut n = 0;
    while let Some(c) = p.pop_result() {
        assert_eq!(c.index, n);
        n += 1;
        if let Err(e) = c.result {
            assert_eq!(e.errno(), Some(libc::EEXIST), "{e}");
            failed.push(c.index);
        }
    }
    drop(p);
    assert_eq!(n, 5000);
    assert_eq!(failed, [999, 1999, 2999, 3999, 4999]);
    assert_eq!(count(&mut conn, &route_dump()), 4995);
}

#[test]
fn lost_acks_end_as_outcome_unknown_never_a_hang() {
    let Some(ns) = Netns::new("lostack") else {
        return;
    };
    let mut conn = ns.conn();
    conn.socket().set_recv_buffer(4096).unwrap();
    conn.socket().set_send_buffer(1 << 20).unwrap();
    conn.set_timeout(Duration::from_secs(5));
    let mut p = conn.pipeline();
    p.set_window(2000).set_batch_bytes(1 << 19);
    for i in 0..2000 {
        p.push(&add_blackhole(prefix(i)));
    }
    p.finish();
    let (mut ok, mut unknown, mut other) = (0, 0, 0);
    while let Some(c) = p.pop_result() {
        match c.result {
            Ok(_) => ok += 1,
            Err(Error::Overrun) => unknown += 1,
            Err(_) => other += 1,
        }
    }
    drop(p);
    assert_eq!(ok + unknown + other, 2000);
    assert!(unknown > 0, "a 4 KiB buffer cannot hold 2000 ACKs");
    assert_eq!(other, 0);
    // The connection stays usable, and the kernel did apply the changes.
    conn.socket().set_recv_buffer(1 << 20).unwrap();
    assert_eq!(count(&mut conn, &route_dump()), 2000);
}

#[test]
fn usersock_unicast_and_multicast_inside_a_namespace() {
    use nlkit::usersock::UserSocket;
    let Some(ns) = Netns::new("usersock") else {
        return;
    };
    let mut server = UserSocket::bind_in(ns.handle(), None).unwrap();
    let mut client = UserSocket::bind_in(ns.handle(), None).unwrap();
    let mut listener = UserSocket::bind_in(ns.handle(), None).unwrap();
    listener.join(5).unwrap();
    let t = Some(Duration::from_secs(5));
    client.send(server.port_id(), 0x10, b"hello").unwrap();
    let m = server.recv(t).unwrap().unwrap();
    assert_eq!(
        (m.sender_port, m.message_type, &m.payload[..]),
        (client.port_id(), 0x10, &b"hello"[..])
    );
    server.send(m.sender_port, 0x11, b"hi").unwrap();
    assert_eq!(client.recv(t).unwrap().unwrap().payload, b"hi");
    server.multicast(5, 0x12, b"to all").unwrap();
    let m = listener.recv(t).unwrap().unwrap();
    assert_eq!((m.groups, &m.payload[..]), (1 << 4, &b"to all"[..]));
    assert!(
        client
            .recv(Some(Duration::from_millis(50)))
            .unwrap()
            .is_none(),
        "not a member"
    );
}

#[test]
fn link_dump_filters_in_the_kernel_and_get_by_name_index_and_altname() {
    let Some(ns) = Netns::new("linkfilter") else {
        return;
    };
    for cmd in [
        "link add a0 type veth peer name a1",
        "link add b0 type bridge",
        "link set a1 master b0",
        "link add i0 type ifb",
        "link property add dev a0 altname first-of-the-pair",
        "link set a0 up",
    ] {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let mut conn = ns.conn();
    let names = |conn: &mut nlkit::engine::Conn, f: &LinkFilter| -> Vec<String> {
        let mut v: Vec<String> = rtnl::dump(conn, f)
            .unwrap()
            .map(|l| l.unwrap().name.unwrap())
            .collect();
        v.sort();
        v
    };
    // What the kernel itself returns for the request (no user-space filtering).
    let raw_count = |conn: &mut nlkit::engine::Conn, f: &LinkFilter| {
        use nlkit::rtnl::Filter;
        count(conn, &f.request())
    };
    let b0 = rtnl::get(&mut conn, &LinkQuery::by_name("b0")).unwrap();
    assert_eq!(b0.kind(), Some("bridge"));
    let by_master = LinkFilter {
        master: Some(b0.index),
        ..Default::default()
    };
    assert_eq!(names(&mut conn, &by_master), ["a1"]);
    assert_eq!(raw_count(&mut conn, &by_master), 1);
    let veth = LinkFilter {
        kind: Some("veth".into()),
        ..Default::default()
    };
    assert_eq!(names(&mut conn, &veth), ["a0", "a1"]);
    assert_eq!(raw_count(&mut conn, &veth), 2);
    let up_veth = LinkFilter {
        up: true,
        ..veth.clone()
    };
    assert_eq!(names(&mut conn, &up_veth), ["a0"]);
    let bridge_ports = LinkFilter {
        port_kind: Some("bridge".into()),
        ..Default::default()
    };
    assert_eq!(names(&mut conn, &bridge_ports), ["a1"]);
    assert_eq!(
        names(&mut conn, &LinkFilter::default()),
        ["a0", "a1", "b0", "i0", "lo"]
    );
    let a0 = rtnl::get(&mut conn, &LinkQuery::by_name("a0")).unwrap();
    let again = rtnl::get(&mut conn, &LinkQuery::by_index(a0.index)).unwrap();
    assert_eq!(again.name.as_deref(), Some("a0"));
    let alt = rtnl::get(&mut conn, &LinkQuery::by_name("first-of-the-pair")).unwrap();
    assert_eq!(alt.index, a0.index);
    assert_eq!(
        alt.alt_names.as_deref(),
        Some(&["first-of-the-pair".to_owned()][..])
    );
    match rtnl::get(&mut conn, &LinkQuery::by_name("nosuch")) {
        Err(e) => assert_eq!(e.errno(), Some(libc::ENODEV)),
        Ok(l) => panic!("got {l:?}"),
    }
}

#[test]
fn nsid_of_a_peer_namespace_matches_link_netnsid() {
    let Some(ns) = Netns::new("nsid-a") else {
        return;
    };
    let Some(peer) = Netns::new("nsid-b") else {
        return;
    };
    ns.ip_ok(&[
        "link",
        "add",
        "p0",
        "type",
        "veth",
        "peer",
        "name",
        "p1",
        "netns",
        peer.name(),
    ]);
    let mut conn = ns.conn();
    let p0 = rtnl::get(&mut conn, &LinkQuery::by_name("p0")).unwrap();
    let id = nlkit::rtnl::nsid::of(&mut conn, peer.handle()).unwrap();
    assert!(id.is_some());
    assert_eq!(p0.link_netnsid, id);
}

#[test]
fn address_add_replace_delete_and_flush() {
    use nlkit::rtnl::addr::{Address, AddressFilter};
    use nlkit::rtnl::DeleteBy;
    let Some(ns) = Netns::new("addr") else { return };
    ns.ip_ok(&["link", "set", "lo", "up"]);
    let mut conn = ns.conn();
    let mut deleter = ns.conn();
    let mut a = Address::new(1, "10.9.0.1".parse().unwrap(), 24);
    a.set_broadcast_from_prefix(true);
    a.label = Some("lo:x".into());
    rtnl::apply(&mut conn, &a, Verb::Add).unwrap();
    let again = rtnl::apply(&mut conn, &a, Verb::Add).unwrap_err();
    assert_eq!(again.errno(), Some(nlkit::sys::errno::EEXIST));
    a.route_priority = Some(7);
    rtnl::apply(&mut conn, &a, Verb::Replace).unwrap();
    for i in 2..=20u8 {
        let b = Address::new(1, Ipv4Addr::new(10, 9, 0, i).into(), 24);
        rtnl::apply(&mut conn, &b, Verb::Add).unwrap();
    }
    let filter = AddressFilter {
        family: Some(AddressFamily::Inet),
        index: Some(1),
        ..Default::default()
    };
    let got: Vec<Address> = rtnl::dump(&mut conn, &filter)
        .unwrap()
        .map(Result::unwrap)
        .filter(|x| x.prefix_len == 24)
        .collect();
    assert_eq!(got.len(), 20);
    assert_eq!(got[0].route_priority, Some(7));
    assert_eq!(got[0].broadcast, Some("10.9.0.255".parse().unwrap()));
    assert_eq!(got[0].label.as_deref(), Some("lo:x"));
    // Deleting the primary takes the 19 secondaries with it: one round of deletions (the
    // secondaries' deletions find them gone, which is no failure), then an empty round.
    let rounds = rtnl::flush(&mut conn, &mut deleter, &filter, DeleteBy::Key, 10, |x| {
        x.prefix_len == 24
    })
    .unwrap();
    let sent: Vec<usize> = rounds.iter().map(|r| r.sent).collect();
    assert_eq!(sent, [20, 0], "{rounds:?}");
    assert_eq!(rounds[0].failures().count(), 0, "{rounds:?}");
    let left = rtnl::dump(&mut conn, &filter).unwrap().count();
    assert_eq!(left, 1, "127.0.0.1 stays");
    let gone = rtnl::apply(&mut conn, &a, Verb::Delete).unwrap_err();
    assert_eq!(gone.errno(), Some(nlkit::sys::errno::EADDRNOTAVAIL));
    assert!(rtnl::is_gone(&gone));
}

#[test]
fn route_flush_deletes_what_it_selects_and_nothing_else() {
    use nlkit::rtnl::{DeleteBy, RouteTable};
    use std::net::{IpAddr, Ipv6Addr};
    let Some(ns) = Netns::new("rflush") else {
        return;
    };
    let mut conn = ns.conn();
    let mut deleter = ns.conn();
    // Nested prefixes of every length, in both families, in table main with protocol
    // static (to go) and protocol 77 or table 100 (to stay).
    let other_protocol = RouteProtocol::from(77);
    let blackhole = |dst: IpAddr, len, table, protocol| {
        let mut r = Route::to(dst, len);
        r.table = table;
        r.protocol = protocol;
        r.route_type = RouteType::Blackhole;
        r
    };
    let mut routes = Vec::new();
    for i in 0..4000u32 {
        let len = [8u8, 16, 20, 24, 28, 32][i as usize % 6];
        let a = u32::from(Ipv4Addr::new(10, 0, 0, 0)) | (i << 8);
        let dst = Ipv4Addr::from(a & (u32::MAX << (32 - len)));
        routes.push(blackhole(
            dst.into(),
            len,
            RouteTable::Main,
            RouteProtocol::Static,
        ));
        routes.push(blackhole(
            Ipv6Addr::new(0x2001, 0xdb8, i as u16, 0, 0, 0, 0, 0).into(),
            [32u8, 48, 64][i as usize % 3],
            RouteTable::Main,
            RouteProtocol::Static,
        ));
    }
    for i in 0..50u32 {
        routes.push(blackhole(
            prefix(i).into(),
            24,
            RouteTable::Main,
            other_protocol,
        ));
        routes.push(blackhole(
            prefix(i).into(),
            24,
            RouteTable::from(100),
            RouteProtocol::Static,
        ));
    }
    let mut p = conn.pipeline();
    for r in &routes {
        p.push(&r.request(Verb::Replace));
    }
    p.finish();
    while let Some(c) = p.pop_result() {
        c.result.unwrap();
    }
    drop(p);
    let all = RouteFilter::default();
    let count = |conn: &mut nlkit::engine::Conn, f: &dyn Fn(&Route) -> bool| {
        rtnl::dump(conn, &all)
            .unwrap()
            .map(Result::unwrap)
            .filter(|r| f(r))
            .count()
    };
    let doomed = |r: &Route| r.protocol == RouteProtocol::Static && r.table == RouteTable::Main;
    let before = count(&mut conn, &doomed);
    assert!(before > 4000, "{before} static routes in main");
    let filter = RouteFilter {
        table: Some(RouteTable::Main),
        protocol: Some(RouteProtocol::Static),
        ..Default::default()
    };
    let mut seen = 0;
    let rounds = rtnl::flush(&mut conn, &mut deleter, &filter, DeleteBy::Key, 10, |r| {
        seen += 1;
        r.route_type == RouteType::Blackhole
    })
    .unwrap();
    assert!(seen >= before);
    let sent: Vec<usize> = rounds.iter().map(|r| r.sent).collect();
    assert_eq!(sent.iter().sum::<usize>(), before, "rounds {sent:?}");
    assert_eq!(
        sent.last(),
        Some(&0),
        "the last round found nothing: {sent:?}"
    );
    assert!(rounds.iter().all(|r| r.errors.is_empty()), "{rounds:?}");
    assert_eq!(count(&mut conn, &doomed), 0);
    assert_eq!(count(&mut conn, &|r| r.protocol == other_protocol), 50);
    assert_eq!(count(&mut conn, &|r| r.table == RouteTable::from(100)), 50);
    // Nothing left to flush: one empty round.
    let again = rtnl::flush(
        &mut conn,
        &mut deleter,
        &filter,
        DeleteBy::WholeObject,
        10,
        |_| true,
    )
    .unwrap();
    let sent: Vec<usize> = again.iter().map(|r| r.sent).collect();
    assert_eq!(sent, [0]);
}

#[test]
fn route_changes_add_replace_change_append_prepend_test_delete() {
    use nlkit::rtnl::RouteTable;
    use RouteType::{Blackhole, Prohibit, Unreachable};
    let Some(ns) = Netns::new("rchange") else {
        return;
    };
    let mut conn = ns.conn();
    let (stat, p77) = (RouteProtocol::Static, RouteProtocol::from(77));
    let r = |third: u8, route_type: RouteType, protocol: RouteProtocol| {
        let mut r = Route::to(Ipv4Addr::new(10, 20, third, 0).into(), 24);
        r.route_type = route_type;
        r.protocol = protocol;
        r
    };
    let errno = |res: Result<_, Error>| res.err().and_then(|e| e.errno());
    let a = r(0, Blackhole, stat);
    rtnl::apply(&mut conn, &a, Verb::Add).unwrap();
    assert_eq!(
        errno(rtnl::apply(&mut conn, &a, Verb::Add)),
        Some(libc::EEXIST)
    );
    assert_eq!(
        errno(rtnl::apply(&mut conn, &a, Verb::Test)),
        Some(libc::EEXIST)
    );
    let absent = r(9, Blackhole, stat);
    assert_eq!(
        errno(rtnl::apply(&mut conn, &absent, Verb::Test)),
        Some(libc::ENOENT)
    );
    assert_eq!(
        errno(rtnl::apply(&mut conn, &absent, Verb::Change)),
        Some(libc::ENOENT)
    );
    rtnl::apply(&mut conn, &r(0, Blackhole, p77), Verb::Replace).unwrap();
    rtnl::apply(&mut conn, &r(0, Unreachable, p77), Verb::Change).unwrap();
    // Two routes of one prefix: the prepended one first, the appended one after it.
    rtnl::apply(&mut conn, &r(1, Blackhole, stat), Verb::Append).unwrap();
    rtnl::apply(&mut conn, &r(1, Unreachable, stat), Verb::Prepend).unwrap();
    rtnl::apply(&mut conn, &r(1, Prohibit, stat), Verb::Append).unwrap();
    let filter = RouteFilter {
        family: Some(AddressFamily::Inet),
        table: Some(RouteTable::Main),
        ..Default::default()
    };
    let dump = |conn: &mut nlkit::engine::Conn| -> Vec<(u8, RouteType, RouteProtocol)> {
        rtnl::dump(conn, &filter)
            .unwrap()
            .map(Result::unwrap)
            .map(|x| match x.destination {
                Some(std::net::IpAddr::V4(d)) => (d.octets()[2], x.route_type, x.protocol),
                other => panic!("{other:?}"),
            })
            .collect()
    };
    assert_eq!(
        dump(&mut conn),
        [
            (0, Unreachable, p77),
            (1, Unreachable, stat),
            (1, Blackhole, stat),
            (1, Prohibit, stat),
        ]
    );
    rtnl::apply(&mut conn, &r(1, Blackhole, stat), Verb::Delete).unwrap();
    rtnl::apply(&mut conn, &r(0, Unreachable, p77), Verb::Delete).unwrap();
    assert_eq!(
        dump(&mut conn),
        [(1, Unreachable, stat), (1, Prohibit, stat)]
    );
}

#[test]
fn netns_run_sees_the_namespace_s_sysctls() {
    // `nlip -n NS route flush cache` writes /proc/sys/net/ipv4/route/flush from a thread
    // that entered NS: /proc/sys/net must show that thread's namespace. Checked read-only:
    // a value set in the namespace by `ip netns exec` is what the thread reads.
    let Some(ns) = Netns::new("sysctl") else {
        return;
    };
    let set = std::process::Command::new("ip")
        .args(["netns", "exec", ns.name(), "sh", "-c"])
        .arg("echo 77 > /proc/sys/net/ipv4/ip_default_ttl")
        .status()
        .unwrap();
    assert!(set.success());
    let read = || std::fs::read_to_string("/proc/sys/net/ipv4/ip_default_ttl").unwrap();
    assert_eq!(ns.handle().run(read).unwrap().trim(), "77");
    assert_ne!(
        read().trim(),
        "77",
        "the host's value is not the namespace's"
    );
}

#[test]
fn execute_echo_returns_the_kernel_s_echo_of_the_change() {
    let Some(ns) = Netns::new("echo") else {
        return;
    };
    let mut conn = ns.conn();
    let b = add_blackhole(prefix(7));
    let (_, echoed) = conn.execute_echo(&b).unwrap();
    assert_eq!(echoed.len(), 1);
    let m = nlkit::wire::MessageView::new_checked(&echoed[0][..]).unwrap();
    assert_eq!(m.message_type(), RTM_NEWROUTE);
    let r = Route::from_message(&m).unwrap();
    assert_eq!(r.route_type, RouteType::Blackhole);
    assert_eq!(r.destination, Some(prefix(7).into()));
    // A failed change echoes nothing and returns the kernel's error.
    let again = conn.execute_echo(&b).unwrap_err();
    assert_eq!(again.errno(), Some(libc::EEXIST));
}

#[test]
fn apply_echo_returns_the_echo_as_a_typed_event() {
    let Some(ns) = Netns::new("echo-typed") else {
        return;
    };
    let mut conn = ns.conn();
    let r = blackhole(prefix(8));
    let (_, events) = rtnl::apply_echo(&mut conn, &r, Verb::Add).unwrap();
    match &events[..] {
        [Event::New(AnyObject::Route(echoed))] => {
            assert_eq!(echoed.destination, r.destination);
            assert_eq!(echoed.route_type, RouteType::Blackhole);
        }
        other => panic!("{other:?}"),
    }
    let (_, events) = rtnl::apply_echo(&mut conn, &r, Verb::Delete).unwrap();
    assert!(
        matches!(&events[..], [Event::Deleted(AnyObject::Route(_))]),
        "{events:?}"
    );
}
