use super::*;
use crate::wire::MessageIter;

/// Captured with `strace -e trace=recvmsg -e read=3 ip route show table all` in a namespace
/// with a veth pair (10.0.0.1/24, 2001:db8::1/64) and routes of every type: via with metric
/// and proto static, blackhole, unreachable, prohibit, dev with src and scope link, table
/// 100, default, multipath with weights 1 and 2, metrics `mtu lock 1400 advmss 1300`, IPv6
/// via and pref high, throw (table 100); plus the kernel's local/broadcast/multicast routes.
/// Only the RTM_NEWROUTE messages are kept (27).
const TABLE_ALL: &[u8] = include_bytes!("fixtures/table_all.bin");

fn routes() -> Vec<(Vec<u8>, Route)> {
    MessageIter::new(TABLE_ALL)
        .map(|m| {
            let m = m.unwrap();
            (m.payload().to_vec(), Route::from_message(&m).unwrap())
        })
        .collect()
}

#[test]
fn every_fixture_route_parses_cleanly() {
    let rs = routes();
    assert_eq!(rs.len(), 27);
    for (_, r) in &rs {
        assert!(r.unknown.is_empty() && r.malformed.is_empty(), "{r:?}");
    }
}

#[test]
fn emit_of_parse_is_the_same_bytes() {
    for (bytes, r) in routes() {
        let mut b = MessageBuilder::new(24, Flags::NONE);
        r.emit(&mut b);
        let out = b.finish().unwrap();
        assert_eq!(&out[16..], &bytes[..], "{r:?}");
    }
}

#[test]
fn fields_of_known_routes() {
    let rs: Vec<Route> = routes().into_iter().map(|x| x.1).collect();
    let find = |dst: &str| {
        rs.iter()
            .find(|r| r.destination.map(|d| d.to_string()).as_deref() == Some(dst))
            .unwrap()
    };
    let r = find("10.1.0.0");
    assert_eq!(
        (r.header.destination_len, r.header.protocol, r.priority),
        (16, 4, Some(100))
    );
    assert_eq!(r.gateway, Some("10.0.0.2".parse().unwrap()));
    let mp = find("10.7.0.0").multipath.as_ref().unwrap();
    assert_eq!(mp.iter().map(|h| h.weight()).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(mp[1].gateway, Some("10.0.0.3".parse().unwrap()));
    let m = find("10.8.0.0").metrics.as_ref().unwrap();
    assert_eq!(
        (m.get(RTAX_MTU), m.get(RTAX_ADVMSS)),
        (Some(1400), Some(1300))
    );
    assert!(m.is_locked(RTAX_MTU) && !m.is_locked(RTAX_ADVMSS));
    assert_eq!(find("10.6.0.0").table_id(), 100);
    let v6 = find("2001:db8:5::");
    assert_eq!((v6.pref, v6.priority), (Some(1), Some(5)));
    assert!(v6.cache_info.is_some());
}

#[test]
fn unknown_attributes_are_kept_and_emitted_again() {
    let mut r = Route {
        header: RouteHeader {
            family: 2,
            ..Default::default()
        },
        ..Default::default()
    };
    r.unknown.push(RawAttribute {
        kind: 250,
        payload: vec![1, 2, 3],
    });
    let mut b = MessageBuilder::new(24, Flags::NONE);
    r.emit(&mut b);
    let bytes = b.finish().unwrap();
    let back = Route::parse(&bytes[16..]).unwrap();
    assert_eq!(back, r);
}

#[test]
fn malformed_known_attribute_is_recorded_not_fatal() {
    let mut b = MessageBuilder::new(24, Flags::NONE);
    b.push_bytes(
        &RouteHeader {
            family: 2,
            ..Default::default()
        }
        .to_bytes(),
    );
    b.attr_bytes(RTA_OIF, &[1, 0]); // 2 bytes where 4 are due
    b.attr_u32_ne(RTA_PRIORITY, 7);
    let bytes = b.finish().unwrap();
    let r = Route::parse(&bytes[16..]).unwrap();
    assert_eq!(r.priority, Some(7));
    assert_eq!(r.output_interface, None);
    assert_eq!(r.malformed.len(), 1);
    assert_eq!(r.malformed[0].kind, RTA_OIF);
}

#[test]
fn short_header_is_an_error() {
    assert!(Route::parse(&[2, 24, 0]).is_err());
}

#[test]
fn filter_request_and_matching() {
    let f = RouteFilter {
        family: Some(2),
        table: Some(1000),
        output_interface: Some(3),
        ..Default::default()
    };
    let b = f.request();
    let bytes = b.bytes().unwrap();
    let h = RouteHeader::parse(&bytes[16..]).unwrap();
    assert_eq!((h.family, h.table), (2, 252));
    let rs: Vec<Route> = routes().into_iter().map(|x| x.1).collect();
    let main = RouteFilter {
        family: Some(2),
        table: Some(254),
        ..Default::default()
    };
    assert_eq!(rs.iter().filter(|r| main.matches(r)).count(), 9);
    let v0 = RouteFilter {
        output_interface: Some(rs[2].output_interface.unwrap()),
        ..Default::default()
    };
    assert!(rs
        .iter()
        .filter(|r| v0.matches(r))
        .any(|r| r.multipath.is_some()));
}

#[test]
fn mpls_encap_round_trips_and_reads_labels() {
    // Hand-made from linux/mpls_iptunnel.h and mpls.h: labels 100/200 (bottom of stack on
    // 200), ttl 5, as `ip route add ... encap mpls 100/200 ttl 5` would send it.
    let encap: &[u8] = &[
        12, 0, 1, 0, 0x00, 0x06, 0x40, 0x00, 0x00, 0x0c, 0x81, 0x00, // MPLS_IPTUNNEL_DST
        5, 0, 2, 0, 5, 0, 0, 0, // MPLS_IPTUNNEL_TTL
    ];
    let m = MplsEncap::parse(encap).unwrap();
    assert_eq!(
        m,
        MplsEncap {
            labels: vec![100, 200],
            ttl: Some(5)
        }
    );
    assert_eq!(m.to_bytes().unwrap(), encap);
    let r = Route {
        encap_type: Some(LWTUNNEL_ENCAP_MPLS),
        encap: Some(encap.to_vec()),
        ..Default::default()
    };
    assert_eq!(r.mpls_encap().unwrap().unwrap().labels, [100, 200]);
    assert!(MplsEncap::parse(&[7, 0, 1, 0, 1, 2, 3, 0]).is_err());
}

/// `RTA_ENCAP` of `ip route add 10.3.0.0/24 encap ip id 7 dst 192.168.10.21 key via ...`,
/// captured with `strace -e trace=sendmsg -X raw` (ip leaves its padding bytes unzeroed).
const IP_ENCAP_REQUEST: &[u8] = &[
    0x0c, 0x00, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 7, // LWTUNNEL_IP_ID (be64)
    0x08, 0x00, 0x02, 0x00, 192, 168, 10, 21, // LWTUNNEL_IP_DST
    0x06, 0x00, 0x06, 0x00, 0x00, 0x04, 0x01, 0x00, // LWTUNNEL_IP_FLAGS TUNNEL_KEY, pad
];

#[test]
fn ip_encap_matches_ip_request() {
    let e = IpEncap::parse(IP_ENCAP_REQUEST, false).unwrap();
    assert_eq!(
        e,
        IpEncap {
            ipv6: false,
            id: Some(7),
            destination: Some("192.168.10.21".parse().unwrap()),
            flags: Some(TUNNEL_KEY),
            ..Default::default()
        }
    );
    let ours = e.to_bytes().unwrap();
    assert_eq!(
        ours[..26],
        IP_ENCAP_REQUEST[..26],
        "same bytes but ip's padding"
    );
    assert_eq!(&ours[26..], &[0, 0]);
    let mut r = Route::default();
    r.set_encap(&Encap::Ip(e.clone())).unwrap();
    assert_eq!(r.encap_type, Some(LWTUNNEL_ENCAP_IP));
    assert_eq!(r.encap().unwrap().unwrap(), Encap::Ip(e));
    // IPv6, every field.
    let six = IpEncap {
        ipv6: true,
        id: Some(1 << 40),
        destination: Some("2002::20".parse().unwrap()),
        source: Some("2001::1".parse().unwrap()),
        ttl: Some(5),
        tos: Some(3),
        flags: Some(TUNNEL_CSUM | TUNNEL_SEQ),
    };
    let bytes = six.to_bytes().unwrap();
    assert_eq!(IpEncap::parse(&bytes, true).unwrap(), six);
    assert_eq!(
        Encap::parse(LWTUNNEL_ENCAP_IP6, &bytes).unwrap(),
        Encap::Ip(six)
    );
    assert!(matches!(
        Encap::parse(99, &[1, 2]).unwrap(),
        Encap::Other(99, _)
    ));
}

#[test]
fn ipv4_delete_key_matches_the_route() {
    let mut r = Route::default();
    r.header.family = crate::rtnl::family::AF_INET;
    r.header.destination_len = 24;
    r.header.protocol = 4;
    r.header.kind = 1;
    r.header.table = 254;
    r.table = Some(254);
    r.destination = Some("10.1.2.0".parse().unwrap());
    r.gateway = Some("10.0.0.2".parse().unwrap());
    r.output_interface = Some(3);
    r.priority = Some(7);
    let k = Ipv4DeleteKey::of(&r).unwrap();
    let mut b = MessageBuilder::new(crate::rtnl::message_type::RTM_DELROUTE, Flags::NONE);
    k.emit(&mut b);
    let m = b.finish().unwrap();
    let back = Route::parse(&m[16..]).unwrap();
    // Everything the kernel matches a deletion on, and no nexthop.
    assert_eq!(back.header, r.header);
    assert_eq!(
        (back.destination, back.table, back.priority),
        (r.destination, r.table, r.priority)
    );
    assert_eq!(
        (back.gateway, back.output_interface),
        (r.gateway, r.output_interface)
    );
    assert!(std::mem::size_of::<Ipv4DeleteKey>() <= 40);
    r.header.family = crate::rtnl::family::AF_INET6;
    assert!(Ipv4DeleteKey::of(&r).is_none());
}

#[test]
fn ipv6_delete_key_emits_what_the_kernel_matches_a_deletion_on() {
    let mut r = Route::default();
    r.header.family = crate::rtnl::family::AF_INET6;
    r.header.destination_len = 48;
    r.header.protocol = 4;
    r.header.kind = 1;
    r.header.table = 254;
    r.table = Some(254);
    r.destination = Some("2001:db8:7::".parse().unwrap());
    r.gateway = Some("fe80::1".parse().unwrap());
    r.output_interface = Some(3);
    r.priority = Some(1024);
    let k = Ipv6DeleteKey::of(&r).unwrap();
    assert_eq!(k.destination_len(), 48);
    let mut b = MessageBuilder::new(crate::rtnl::message_type::RTM_DELROUTE, Flags::NONE);
    k.emit(&mut b);
    let m = b.finish().unwrap();
    // rtmsg, then RTA_DST, RTA_TABLE, RTA_PRIORITY, RTA_GATEWAY, RTA_OIF.
    assert_eq!(m.len(), 16 + 12 + 20 + 8 + 8 + 20 + 8);
    let back = Route::parse(&m[16..]).unwrap();
    assert_eq!(back.header, r.header);
    assert_eq!(
        (
            back.destination,
            back.table,
            back.priority,
            back.gateway,
            back.output_interface
        ),
        (
            r.destination,
            r.table,
            r.priority,
            r.gateway,
            r.output_interface
        )
    );
    assert!(Ipv4DeleteKey::of(&r).is_none());
    r.source = Some("2001:db8:9::".parse().unwrap());
    assert!(
        Ipv6DeleteKey::of(&r).is_none(),
        "source-specific: the whole route"
    );
    r.source = None;
    r.header.family = crate::rtnl::family::AF_INET;
    assert!(Ipv6DeleteKey::of(&r).is_none());
}
