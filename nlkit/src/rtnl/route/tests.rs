use super::*;
use crate::rtnl::{Change, Filter, Query};
use crate::wire::{FixedStruct, MessageIter};

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
        (r.destination_len, r.protocol, r.priority),
        (16, RouteProtocol::Static, Some(100))
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
    assert_eq!(find("10.6.0.0").table, RouteTable::Other(100));
    assert_eq!(r.table, RouteTable::Main);
    assert_eq!(r.route_type, RouteType::Unicast);
    let v6 = find("2001:db8:5::");
    assert_eq!((v6.pref, v6.priority), (Some(1), Some(5)));
    assert!(v6.cache_info.is_some());
}

#[test]
fn unknown_attributes_are_kept_and_emitted_again() {
    let mut r = Route {
        family: AddressFamily::Inet,
        ..Default::default()
    };
    r.unknown.push(RawAttribute {
        attr_type: 250,
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
    b.push_struct(&RtMsg {
        family: 2,
        ..Default::default()
    });
    b.attr_bytes(RTA_OIF, &[1, 0]); // 2 bytes where 4 are due
    b.attr_u32_ne(RTA_PRIORITY, 7);
    let bytes = b.finish().unwrap();
    let r = Route::parse(&bytes[16..]).unwrap();
    assert_eq!(r.priority, Some(7));
    assert_eq!(r.output_interface, None);
    assert_eq!(r.malformed.len(), 1);
    assert_eq!(r.malformed[0].attr_type, RTA_OIF);
    // Kept raw, so that nothing that came is lost when the route is emitted again.
    assert_eq!(
        r.unknown,
        [RawAttribute {
            attr_type: RTA_OIF,
            payload: vec![1, 0]
        }]
    );
}

#[test]
fn short_header_is_an_error() {
    assert!(Route::parse(&[2, 24, 0]).is_err());
}

#[test]
fn filter_request_and_matching() {
    let f = RouteFilter {
        family: Some(AddressFamily::Inet),
        table: Some(RouteTable::from(1000)),
        output_interface: Some(3),
        ..Default::default()
    };
    let b = f.request();
    let bytes = b.bytes().unwrap();
    let h = RtMsg::parse(&bytes[16..]).unwrap();
    assert_eq!((h.family, h.table), (2, 252));
    let attrs: Vec<(u16, u32)> = crate::wire::AttrIter::new(&bytes[28..])
        .map(|a| {
            let a = a.unwrap();
            (a.attr_type(), a.u32_ne().unwrap())
        })
        .collect();
    assert_eq!(attrs, [(RTA_TABLE, 1000), (RTA_OIF, 3)]);
    let rs: Vec<Route> = routes().into_iter().map(|x| x.1).collect();
    let main = RouteFilter {
        family: Some(AddressFamily::Inet),
        table: Some(RouteTable::Main),
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
        encap: EncapAttr {
            encap_type: Some(LWTUNNEL_ENCAP_MPLS),
            payload: Some(encap.to_vec()),
        },
        ..Default::default()
    };
    assert_eq!(r.encap.mpls().unwrap().unwrap().labels, [100, 200]);
    assert_eq!(
        r.encap.typed().unwrap().unwrap(),
        Encap::Mpls(MplsEncap {
            labels: vec![100, 200],
            ttl: Some(5)
        })
    );
    assert_eq!(label_stack(&[100, 200]), [0x0006_4000, 0x000c_8100]);
    assert_eq!(label_stack_payload(&[100, 200]), encap[4..12]);
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
    r.encap.set(&Encap::Ip(e.clone())).unwrap();
    assert_eq!(r.encap.encap_type, Some(LWTUNNEL_ENCAP_IP));
    assert_eq!(r.encap.typed().unwrap().unwrap(), Encap::Ip(e));
    assert_eq!(r.encap.mpls(), None);
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
    let mut r = Route::to("10.1.2.0".parse().unwrap(), 24);
    r.protocol = RouteProtocol::Static;
    r.gateway = Some("10.0.0.2".parse().unwrap());
    r.output_interface = Some(3);
    r.priority = Some(7);
    let k = RouteDeleteKey::of(&r).unwrap();
    assert_eq!(k.ipv4_prefix_len(), Some(24));
    let mut b = MessageBuilder::new(crate::rtnl::message_type::RTM_DELROUTE, Flags::NONE);
    k.emit(&mut b);
    let m = b.finish().unwrap();
    let back = Route::parse(&m[16..]).unwrap();
    // Everything the kernel matches a deletion on, and no nexthop.
    assert_eq!(back.header(), r.header());
    assert_eq!(
        (back.destination, back.table, back.priority),
        (r.destination, r.table, r.priority)
    );
    assert_eq!(
        (back.gateway, back.output_interface),
        (r.gateway, r.output_interface)
    );
    assert!(std::mem::size_of::<RouteDeleteKey>() <= 48);
    r.family = AddressFamily::Mpls;
    assert!(RouteDeleteKey::of(&r).is_none());
    r.family = AddressFamily::Inet6;
    assert!(
        RouteDeleteKey::of(&r).is_none(),
        "an IPv4 address in an IPv6 route"
    );
}

#[test]
fn ipv6_delete_key_emits_what_the_kernel_matches_a_deletion_on() {
    let mut r = Route::to("2001:db8:7::".parse().unwrap(), 48);
    r.protocol = RouteProtocol::Static;
    r.gateway = Some("fe80::1".parse().unwrap());
    r.output_interface = Some(3);
    r.priority = Some(1024);
    let k = RouteDeleteKey::of(&r).unwrap();
    assert_eq!(k.ipv4_prefix_len(), None);
    let mut b = MessageBuilder::new(crate::rtnl::message_type::RTM_DELROUTE, Flags::NONE);
    k.emit(&mut b);
    let m = b.finish().unwrap();
    // rtmsg, then RTA_DST, RTA_TABLE, RTA_PRIORITY, RTA_GATEWAY, RTA_OIF.
    assert_eq!(m.len(), 16 + 12 + 20 + 8 + 8 + 20 + 8);
    let back = Route::parse(&m[16..]).unwrap();
    assert_eq!(back.header(), r.header());
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
    r.source = Some("2001:db8:9::".parse().unwrap());
    assert!(
        RouteDeleteKey::of(&r).is_none(),
        "source-specific: the whole route"
    );
    r.source = None;
    r.multipath = Some(vec![NextHop::default()]);
    assert!(
        RouteDeleteKey::of(&r).is_none(),
        "IPv6 multipath: the whole route"
    );
    r.multipath = None;
    r.family = AddressFamily::Inet;
    assert!(RouteDeleteKey::of(&r).is_none());
}

/// Routes have every verb, with the flags `ip route` sends.
#[test]
fn verbs_and_flags() {
    let r = Route::to("192.0.2.0".parse().unwrap(), 24);
    for (verb, flags) in [
        (Verb::Add, Flags::CREATE | Flags::EXCL),
        (Verb::Replace, Flags::CREATE | Flags::REPLACE),
        (Verb::Change, Flags::REPLACE),
        (Verb::Append, Flags::CREATE | Flags::APPEND),
        (Verb::Prepend, Flags::CREATE),
        (Verb::Test, Flags::EXCL),
        (Verb::Delete, Flags::NONE),
    ] {
        let m = r.request(verb).finish().unwrap();
        let v = crate::wire::MessageView::new_checked(&m[..]).unwrap();
        assert_eq!(v.flags(), flags, "{verb:?}");
        let t = if verb == Verb::Delete {
            RTM_DELROUTE
        } else {
            RTM_NEWROUTE
        };
        assert_eq!(v.message_type(), t);
        assert_eq!(Route::from_message(&v).unwrap(), r);
    }
}

#[test]
fn lookup_request() {
    let mut q = RouteQuery::new("192.0.2.1".parse().unwrap());
    q.output_interface = Some(3);
    q.destination_port = Some(53);
    let req = q.request();
    let bytes = req.bytes().unwrap();
    let h = RtMsg::parse(&bytes[16..]).unwrap();
    assert_eq!((h.family, h.dst_len, h.src_len), (2, 32, 0));
    assert_eq!(h.flags, RouteFlags::LOOKUP_TABLE.bits());
    let back = Route::parse(&bytes[16..]).unwrap();
    assert_eq!(back.destination, Some("192.0.2.1".parse().unwrap()));
    assert_eq!(
        (back.output_interface, back.destination_port),
        (Some(3), Some(53))
    );
    let six = RouteQuery::new("2001:db8::1".parse().unwrap()).request();
    let h = RtMsg::parse(&six.bytes().unwrap()[16..]).unwrap();
    assert_eq!((h.family, h.dst_len, h.flags), (10, 128, 0));
}

#[test]
fn key_or_whole_sends_routes_with_a_nexthop_object_whole() {
    use crate::rtnl::{DeleteBy, DeleteKey};
    let mut r = Route::to("10.1.0.0".parse().unwrap(), 16);
    r.gateway = Some("10.0.0.2".parse().unwrap());
    r.output_interface = Some(2);
    let key = r.delete_key(DeleteBy::Key);
    assert_eq!(r.delete_key(DeleteBy::KeyOrWhole), key);
    r.nexthop_id = Some(7);
    let whole = DeleteKey::of_payload(|b| r.emit(b)).with_ipv4_prefix_len(16);
    assert_eq!(r.delete_key(DeleteBy::KeyOrWhole), whole);
    assert_eq!(r.delete_key(DeleteBy::WholeObject), whole);
    assert_ne!(r.delete_key(DeleteBy::Key), whole);
}
