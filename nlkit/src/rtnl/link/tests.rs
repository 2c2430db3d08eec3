use super::kinds::bond::attrs::{IFLA_BOND_MIIMON, IFLA_BOND_MODE};
use super::kinds::bridge_port::attrs::IFLA_BRPORT_STATE;
use super::kinds::gre::attrs::{IFLA_GRE_LOCAL, IFLA_GRE_REMOTE, IFLA_GRE_TTL};
use super::kinds::tun::attrs::{IFLA_TUN_PERSIST, IFLA_TUN_TYPE};
use super::kinds::vlan::attrs::{IFLA_VLAN_ID, IFLA_VLAN_PROTOCOL};
use super::kinds::vrf::attrs::IFLA_VRF_TABLE;
use super::kinds::{
    Bond, BridgePort, Dummy, Gre, MacvlanMode, PortState, TunType, Veth, Vlan, Vrf, Wireguard,
};
use super::*;
use crate::wire::rtnl::VlanFlags;
use crate::wire::{AttrIter, AttrView, FixedStruct, MessageIter};

/// The attribute of type `t` in the payload of a data nest.
fn find_attr(data: &[u8], t: u16) -> AttrView<&[u8]> {
    AttrIter::new(data)
        .map(|a| a.unwrap())
        .find(|a| a.attr_type() == t)
        .unwrap()
}

/// The payload of a link's `IFLA_INFO_DATA`.
fn info_data(l: &Link) -> &[u8] {
    l.info.as_ref().unwrap().data.as_deref().unwrap()
}

/// Captured on Linux 6.18 with `ip netns exec NS strace -e trace=recvmsg -e read=3 -qq ip -d
/// -s link show` in a namespace holding: lo (up), a veth pair v0/v1 (up; v0 with alias
/// "uplink port" and altname veth-alt0), bridge br0 (up) with port v1, macvlan mv0 on v0
/// (mode bridge), vxlan vx0 (id 42, local 10.0.0.1, remote 10.0.0.2, dstport 4789, ttl 10),
/// ifb0 (mtu 1400, up) and a persistent tap tap0. The hex dump was turned back into bytes
/// and only the RTM_NEWLINK messages were kept (8).
const DETAIL_ALL: &[u8] = include_bytes!("fixtures/detail_all.bin");

fn links() -> Vec<(Vec<u8>, Link)> {
    MessageIter::new(DETAIL_ALL)
        .map(|m| {
            let m = m.unwrap();
            (m.payload().to_vec(), Link::from_message(&m).unwrap())
        })
        .collect()
}

fn by_name<'a>(ls: &'a [(Vec<u8>, Link)], n: &str) -> &'a Link {
    &ls.iter()
        .find(|l| l.1.name.as_deref() == Some(n))
        .unwrap()
        .1
}

#[test]
fn every_fixture_link_parses_without_malformed() {
    let ls = links();
    assert_eq!(ls.len(), 8);
    for (_, l) in &ls {
        assert!(l.malformed.is_empty(), "{l:?}");
        assert!(l.name.is_some() && l.mtu.is_some() && l.stats64.is_some());
    }
}

#[test]
fn emit_of_parse_is_the_same_bytes() {
    for (bytes, l) in links() {
        let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
        l.emit(&mut b);
        let out = b.finish().unwrap();
        assert_eq!(&out[16..], &bytes[..], "{l:?}");
    }
}

#[test]
fn fields_of_known_links() {
    let ls = links();
    let lo = by_name(&ls, "lo");
    assert_eq!(
        (lo.index, lo.mtu, lo.link_type),
        (1, Some(65536), HardwareType::Loopback)
    );
    assert!(lo.flags.contains(LinkFlags::UP | LinkFlags::LOOPBACK));
    let v0 = by_name(&ls, "v0");
    assert_eq!(v0.alias.as_deref(), Some("uplink port"));
    assert_eq!(v0.alt_names.as_deref(), Some(&["veth-alt0".to_owned()][..]));
    assert_eq!(v0.kind(), Some("veth"));
    let v1 = by_name(&ls, "v1");
    let br = by_name(&ls, "br0");
    assert_eq!(v1.master, Some(br.index));
    assert_eq!(v1.port_kind(), Some("bridge"));
    let Some(PortKind::Bridge(port)) = v1.port() else {
        panic!("{:?}", v1.port());
    };
    assert_eq!(port.state, Some(PortState::Forwarding));
    assert_eq!(port.id, Some(0x8001));
    assert_eq!(port.number, Some(1));
    assert!(port.malformed.is_empty(), "{port:?}");
    let port_data = v1.info.as_ref().unwrap().port_data.as_deref().unwrap();
    assert_eq!(find_attr(port_data, IFLA_BRPORT_STATE).u8(), Ok(3));
    let Some(LinkKind::Bridge(bo)) = br.kind_data() else {
        panic!("{:?}", br.kind_data());
    };
    assert_eq!(bo.forward_delay, Some(1500));
    assert_eq!(bo.priority, Some(32768));
    assert!(bo.malformed.is_empty(), "{bo:?}");
    let mv = by_name(&ls, "mv0");
    let Some(LinkKind::Macvlan(m)) = mv.kind_data() else {
        panic!("{:?}", mv.kind_data());
    };
    assert_eq!(m.mode, Some(MacvlanMode::Bridge));
    assert_eq!(
        (m.bc_queue_len, m.bc_queue_len_used),
        (Some(1000), Some(1000))
    );
    assert_eq!(mv.link, Some(v0.index));
    let vx = by_name(&ls, "vx0");
    let Some(LinkKind::Vxlan(x)) = vx.kind_data() else {
        panic!("{:?}", vx.kind_data());
    };
    assert_eq!((x.id, x.port, x.ttl), (Some(42), Some(4789), Some(10)));
    assert_eq!(x.local, Some("10.0.0.1".parse().unwrap()));
    assert_eq!(x.group, Some("10.0.0.2".parse().unwrap()));
    assert_eq!(x.remote(), Some("10.0.0.2".parse().unwrap()));
    // The kernel reports IFLA_VXLAN_TTL_INHERIT as a u8 (0 here), not as the flag a
    // request sends: kept in its form.
    use crate::wire::codec::Switch;
    assert_eq!(
        (x.ttl_inherit, x.inherits_ttl()),
        (Some(Switch::Byte(0)), false)
    );
    assert!(x.malformed.is_empty(), "{:?}", x.malformed);
    let inherit = super::kinds::Vxlan {
        ttl_inherit: Some(Switch::Byte(1)),
        ..x.clone()
    };
    assert!(inherit.inherits_ttl());
    let ifb = by_name(&ls, "ifb0");
    assert_eq!(
        (ifb.kind(), ifb.mtu, ifb.txqlen),
        (Some("ifb"), Some(1400), Some(32))
    );
    let tap = by_name(&ls, "tap0");
    let Some(LinkKind::Tun(tun)) = tap.kind_data() else {
        panic!("{:?}", tap.kind_data());
    };
    assert_eq!(
        (tun.tun_type, tun.persist, tun.pi),
        (Some(TunType::Tap), Some(true), Some(false))
    );
    let t = info_data(tap);
    assert_eq!(find_attr(t, IFLA_TUN_TYPE).u8(), Ok(2));
    assert_eq!(find_attr(t, IFLA_TUN_PERSIST).u8(), Ok(1));
    assert_eq!(lo.af_spec.as_ref().unwrap().inet6_addr_gen_mode, Some(0));
    assert!(br.stats64.as_ref().unwrap().rx_packets() >= br.stats64.as_ref().unwrap().rx_errors());
}

/// Every kind in the fixture reads as its typed data, without anything unknown or
/// malformed, and the typed data writes back to the bytes it came from.
#[test]
fn fixture_kinds_write_back_their_data() {
    use crate::wire::codec::{Codec, NestedPlain};
    for (_, l) in links() {
        let Some(kind) = l.kind_data() else { continue };
        assert!(
            !matches!(kind, LinkKind::Other { .. }),
            "{:?} is not typed",
            l.name
        );
        let written = MessageBuilder::attributes_payload(|b| {
            KindCodec::encode(b, IFLA_LINKINFO, &kind);
        })
        .unwrap();
        let a = AttrIter::new(&written).next().unwrap().unwrap();
        let back = NestedPlain::<LinkInfo>::decode(&a).unwrap();
        assert_eq!(back.kind.as_deref(), l.kind());
        assert_eq!(back.data, l.info.as_ref().unwrap().data, "{:?}", l.name);
    }
}

/// Kinds this kernel cannot create: links built by hand, emitted, parsed back.
#[test]
fn hand_made_kinds_round_trip() {
    let data = |build: &dyn Fn(&mut MessageBuilder)| {
        Some(MessageBuilder::attributes_payload(|b| build(b)).unwrap())
    };
    let kinds: [(&str, Option<Vec<u8>>); 7] = [
        (
            "vlan",
            data(&|b| {
                Vlan {
                    id: Some(100),
                    protocol: Some(0x8100),
                    ..Default::default()
                }
                .write_attrs(b);
            }),
        ),
        (
            "bond",
            data(&|b| {
                Bond {
                    mode: Some(4),
                    miimon: Some(100),
                    ..Default::default()
                }
                .write_attrs(b);
            }),
        ),
        ("wireguard", None),
        ("dummy", None),
        (
            "vrf",
            data(&|b| {
                Vrf {
                    table: Some(10),
                    ..Default::default()
                }
                .write_attrs(b);
            }),
        ),
        (
            "gre",
            data(&|b| {
                Gre {
                    local: Some("192.0.2.1".parse().unwrap()),
                    remote: Some("192.0.2.2".parse().unwrap()),
                    ttl: Some(64),
                    ..Default::default()
                }
                .write_attrs(b);
            }),
        ),
        (
            "someday",
            data(&|b| {
                b.attr_bytes(7, &[1, 2, 3]);
            }),
        ),
    ];
    for (kind, data) in kinds {
        let l = Link {
            link_type: HardwareType::Ether,
            index: 9,
            flags: LinkFlags::UP,
            name: Some(format!("{kind}0")),
            mtu: Some(1500),
            info: Some(LinkInfo {
                kind: Some(kind.into()),
                data,
                ..Default::default()
            }),
            ..Default::default()
        };
        let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
        l.emit(&mut b);
        let bytes = b.finish().unwrap();
        let back = Link::parse(&bytes[16..]).unwrap();
        assert_eq!(back, l, "{kind}");
        let mut b2 = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
        back.emit(&mut b2);
        assert_eq!(b2.finish().unwrap(), bytes);
        assert_eq!(back.kind_data().as_ref().map(LinkKind::name), Some(kind));
    }
    let vrf = Link {
        info: Some(LinkInfo {
            kind: Some("vrf".into()),
            data: data(&|b| {
                b.attr_u32_ne(IFLA_VRF_TABLE, 10);
            }),
            ..Default::default()
        }),
        ..Default::default()
    };
    let Some(LinkKind::Vrf(v)) = vrf.kind_data() else {
        panic!("{:?}", vrf.kind_data());
    };
    assert_eq!(v.table, Some(10));
    let other = LinkKind::decode("someday", Some(&[5, 0, 7, 0, 1, 0, 0, 0]));
    assert_eq!(
        other,
        LinkKind::Other {
            kind: "someday".into(),
            data: Some(vec![5, 0, 7, 0, 1, 0, 0, 0])
        }
    );
}

#[test]
fn unknown_attributes_are_kept_in_place_and_emitted_again() {
    let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
    b.push_struct(&IfInfoMsg::default());
    b.attr_u32_ne(IFLA_MTU, 1500);
    b.attr_bytes(250, &[1, 2, 3]);
    b.attr_str(IFLA_IFNAME, "x");
    let bytes = b.finish().unwrap();
    let l = Link::parse(&bytes[16..]).unwrap();
    assert_eq!(l.unknown.len(), 1);
    let mut b2 = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
    l.emit(&mut b2);
    assert_eq!(b2.finish().unwrap(), bytes);
}

#[test]
fn malformed_known_attribute_is_recorded_not_fatal() {
    let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
    b.push_struct(&IfInfoMsg::default());
    b.attr_bytes(IFLA_MTU, &[1, 0]);
    b.attr_u32_ne(IFLA_GROUP, 7);
    let bytes = b.finish().unwrap();
    let l = Link::parse(&bytes[16..]).unwrap();
    assert_eq!((l.mtu, l.group), (None, Some(7)));
    assert_eq!(l.malformed.len(), 1);
    assert_eq!(l.malformed[0].attr_type, IFLA_MTU);
    // The malformed attribute is kept raw, in its place.
    assert_eq!(
        l.unknown,
        [crate::wire::RawAttribute {
            attr_type: IFLA_MTU,
            payload: vec![1, 0]
        }]
    );
    let mut b2 = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
    l.emit(&mut b2);
    assert_eq!(b2.finish().unwrap(), bytes);
}

#[test]
fn short_header_is_an_error() {
    assert!(Link::parse(&[0, 0, 1]).is_err());
}

#[test]
fn filter_request_and_matching() {
    let ls: Vec<Link> = links().into_iter().map(|x| x.1).collect();
    let br = ls.iter().find(|l| l.kind() == Some("bridge")).unwrap();
    let f = LinkFilter {
        master: Some(br.index),
        ..Default::default()
    };
    assert_eq!(ls.iter().filter(|l| f.matches(l)).count(), 1);
    let f = LinkFilter {
        kind: Some("veth".into()),
        up: true,
        ..Default::default()
    };
    assert_eq!(ls.iter().filter(|l| f.matches(l)).count(), 2);
    let ports = LinkFilter {
        port_kind: Some("bridge".into()),
        ..Default::default()
    };
    assert_eq!(ls.iter().filter(|l| ports.matches(l)).count(), 1);
    let req = f.request();
    let bytes = req.bytes().unwrap();
    let attrs: Vec<u16> = AttrIter::new(&bytes[32..])
        .map(|a| a.unwrap().attr_type())
        .collect();
    assert_eq!(attrs, [IFLA_LINKINFO]);
}

/// Hand-made (this kernel cannot create vlan, wireguard or gre links): an RTM_NEWLINK payload
/// for `vlan100` (index 5, on link 3) with vlan id 100, protocol 802.1Q and flags
/// REORDER_HDR, written byte by byte from linux/if_link.h.
#[cfg(target_endian = "little")]
const VLAN: &[u8] = &[
    0, 0, 1, 0, 5, 0, 0, 0, 0x03, 0x10, 0, 0, 0, 0, 0, 0, // ifinfomsg
    12, 0, 3, 0, b'v', b'l', b'a', b'n', b'1', b'0', b'0', 0, // IFLA_IFNAME
    8, 0, 4, 0, 0xdc, 0x05, 0, 0, // IFLA_MTU 1500
    8, 0, 5, 0, 3, 0, 0, 0, // IFLA_LINK 3
    48, 0, 18, 0, // IFLA_LINKINFO
    9, 0, 1, 0, b'v', b'l', b'a', b'n', 0, 0, 0, 0, // IFLA_INFO_KIND "vlan"
    32, 0, 2, 0, // IFLA_INFO_DATA
    6, 0, 1, 0, 100, 0, 0, 0, // IFLA_VLAN_ID 100
    6, 0, 5, 0, 0x81, 0x00, 0, 0, // IFLA_VLAN_PROTOCOL 0x8100 (big-endian)
    12, 0, 2, 0, 1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, // IFLA_VLAN_FLAGS {1, ~0}
];

/// Hand-made: `wg0` (index 6, POINTOPOINT|NOARP|UP, type none) of kind wireguard, no data.
#[cfg(target_endian = "little")]
const WIREGUARD: &[u8] = &[
    0, 0, 0xfe, 0xff, 6, 0, 0, 0, 0x91, 0, 0, 0, 0, 0, 0, 0, // ifinfomsg
    8, 0, 3, 0, b'w', b'g', b'0', 0, // IFLA_IFNAME
    20, 0, 18, 0, // IFLA_LINKINFO
    14, 0, 1, 0, b'w', b'i', b'r', b'e', b'g', b'u', b'a', b'r', b'd', 0, 0, 0, // KIND
];

/// Hand-made: `gre1` (index 7, type gre) with local 192.0.2.1, remote 192.0.2.2, ttl 64,
/// and an address that is the local IPv4 address.
#[cfg(target_endian = "little")]
const GRE: &[u8] = &[
    0, 0, 0x0a, 0x03, 7, 0, 0, 0, 0x91, 0, 0, 0, 0, 0, 0, 0, // ifinfomsg, ARPHRD_IPGRE
    9, 0, 3, 0, b'g', b'r', b'e', b'1', 0, 0, 0, 0, // IFLA_IFNAME
    8, 0, 1, 0, 192, 0, 2, 1, // IFLA_ADDRESS
    48, 0, 18, 0, // IFLA_LINKINFO
    8, 0, 1, 0, b'g', b'r', b'e', 0, // KIND "gre"
    36, 0, 2, 0, // IFLA_INFO_DATA
    8, 0, 6, 0, 192, 0, 2, 1, // IFLA_GRE_LOCAL
    8, 0, 7, 0, 192, 0, 2, 2, // IFLA_GRE_REMOTE
    5, 0, 8, 0, 64, 0, 0, 0, // IFLA_GRE_TTL
    8, 0, 4, 0, 0, 0, 0, 9, // IFLA_GRE_IKEY (big-endian 9)
];

/// Hand-made: `bond0` (index 8, ether, MASTER|UP) of kind bond, mode 802.3ad (4), miimon 100.
#[cfg(target_endian = "little")]
const BOND: &[u8] = &[
    0, 0, 1, 0, 8, 0, 0, 0, 0x01, 0x04, 0, 0, 0, 0, 0, 0, // ifinfomsg, IFF_MASTER|IFF_UP
    10, 0, 3, 0, b'b', b'o', b'n', b'd', b'0', 0, 0, 0, // IFLA_IFNAME
    36, 0, 18, 0, // IFLA_LINKINFO
    9, 0, 1, 0, b'b', b'o', b'n', b'd', 0, 0, 0, 0, // KIND "bond"
    20, 0, 2, 0, // IFLA_INFO_DATA
    5, 0, 1, 0, 4, 0, 0, 0, // IFLA_BOND_MODE 4
    8, 0, 3, 0, 100, 0, 0, 0, // IFLA_BOND_MIIMON 100
];

/// Hand-made: `vrf-blue` (index 9, MASTER|NOARP|UP) of kind vrf, table 1001.
#[cfg(target_endian = "little")]
const VRF: &[u8] = &[
    0, 0, 1, 0, 9, 0, 0, 0, 0x81, 0x04, 0, 0, 0, 0, 0, 0, // ifinfomsg
    13, 0, 3, 0, b'v', b'r', b'f', b'-', b'b', b'l', b'u', b'e', 0, 0, 0, 0, // IFLA_IFNAME
    24, 0, 18, 0, // IFLA_LINKINFO
    8, 0, 1, 0, b'v', b'r', b'f', 0, // KIND "vrf"
    12, 0, 2, 0, // IFLA_INFO_DATA
    8, 0, 1, 0, 0xe9, 0x03, 0, 0, // IFLA_VRF_TABLE 1001
];

/// Hand-made: `dummy0` (index 10, BROADCAST|NOARP) of kind dummy, mtu 1500, no data.
#[cfg(target_endian = "little")]
const DUMMY: &[u8] = &[
    0, 0, 1, 0, 10, 0, 0, 0, 0x82, 0, 0, 0, 0, 0, 0, 0, // ifinfomsg
    11, 0, 3, 0, b'd', b'u', b'm', b'm', b'y', b'0', 0, 0, // IFLA_IFNAME
    8, 0, 4, 0, 0xdc, 0x05, 0, 0, // IFLA_MTU 1500
    16, 0, 18, 0, // IFLA_LINKINFO
    10, 0, 1, 0, b'd', b'u', b'm', b'm', b'y', 0, 0, 0, // KIND "dummy"
];

#[cfg(target_endian = "little")]
#[test]
fn hand_made_byte_fixtures_parse_and_emit_the_same_bytes() {
    let all = [
        (VLAN, "vlan"),
        (WIREGUARD, "wireguard"),
        (GRE, "gre"),
        (BOND, "bond"),
        (VRF, "vrf"),
        (DUMMY, "dummy"),
    ];
    for (bytes, kind) in all {
        let l = Link::parse(bytes).unwrap();
        assert!(l.unknown.is_empty() && l.malformed.is_empty(), "{l:?}");
        assert_eq!(l.kind(), Some(kind));
        let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
        l.emit(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], bytes, "{kind}");
    }
    let v = Link::parse(VLAN).unwrap();
    let o = info_data(&v);
    assert_eq!(find_attr(o, IFLA_VLAN_ID).u16_ne(), Ok(100));
    assert_eq!(find_attr(o, IFLA_VLAN_PROTOCOL).u16_be(), Ok(0x8100));
    assert_eq!(
        v.kind_data(),
        Some(LinkKind::Vlan(Vlan {
            id: Some(100),
            protocol: Some(0x8100),
            flags: Some(VlanFlags {
                flags: 1,
                mask: 0xffff_ffff
            }),
            ..Default::default()
        }))
    );
    assert_eq!((v.link, v.mtu), (Some(3), Some(1500)));
    let g = Link::parse(GRE).unwrap();
    let o = info_data(&g);
    assert_eq!(
        find_attr(o, IFLA_GRE_REMOTE).ipv4(),
        Ok("192.0.2.2".parse().unwrap())
    );
    assert_eq!(find_attr(o, IFLA_GRE_TTL).u8(), Ok(64));
    let Some(LinkKind::Gre(gre)) = g.kind_data() else {
        panic!("{:?}", g.kind_data());
    };
    assert_eq!(
        (gre.local, gre.remote, gre.ttl, gre.ikey),
        (
            Some("192.0.2.1".parse().unwrap()),
            Some("192.0.2.2".parse().unwrap()),
            Some(64),
            Some(9)
        )
    );
    assert_eq!(
        find_attr(o, IFLA_GRE_LOCAL).ipv4(),
        Ok("192.0.2.1".parse().unwrap())
    );
    assert_eq!(g.address.as_deref(), Some(&[192, 0, 2, 1][..]));
    assert_eq!(g.link_type, HardwareType::IpGre);
    let w = Link::parse(WIREGUARD).unwrap();
    assert_eq!(
        (w.link_type, w.flags),
        (HardwareType::None, LinkFlags(0x91))
    );
    assert_eq!(
        w.kind_data(),
        Some(LinkKind::Wireguard(Wireguard::default()))
    );
    let b = Link::parse(BOND).unwrap();
    let o = info_data(&b);
    assert_eq!(find_attr(o, IFLA_BOND_MODE).u8(), Ok(4));
    assert_eq!(find_attr(o, IFLA_BOND_MIIMON).u32_ne(), Ok(100));
    let Some(LinkKind::Bond(bond)) = b.kind_data() else {
        panic!("{:?}", b.kind_data());
    };
    assert_eq!((bond.mode, bond.miimon), (Some(4), Some(100)));
    assert!(b.flags.contains(LinkFlags::MASTER | LinkFlags::UP));
    let v = Link::parse(VRF).unwrap();
    let o = info_data(&v);
    assert_eq!(find_attr(o, IFLA_VRF_TABLE).u32_ne(), Ok(1001));
    let Some(LinkKind::Vrf(vrf)) = v.kind_data() else {
        panic!("{:?}", v.kind_data());
    };
    assert_eq!(vrf.table, Some(1001));
    let d = Link::parse(DUMMY).unwrap();
    assert_eq!((d.name.as_deref(), d.mtu), (Some("dummy0"), Some(1500)));
    assert_eq!(d.kind_data(), Some(LinkKind::Dummy(Dummy::default())));
}

#[test]
fn veth_peer_is_a_link() {
    let mut peer = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
    peer.push_struct(&IfInfoMsg::default());
    peer.attr_str(IFLA_IFNAME, "p1");
    let peer = peer.finish().unwrap();
    let data = MessageBuilder::attributes_payload(|b| {
        b.attr_bytes(kinds::veth::attrs::VETH_INFO_PEER, &peer[16..]);
    })
    .unwrap();
    let LinkKind::Veth(v) = LinkKind::decode("veth", Some(&data)) else {
        panic!();
    };
    let p = v.peer.as_ref().unwrap();
    assert_eq!(p.name.as_deref(), Some("p1"));
    assert_eq!(v, Veth::with_peer(LinkChange::named("p1")));
}

/// A bridge port's options, as the kernel reports them in `IFLA_INFO_SLAVE_DATA`, read
/// and written with one type.
#[test]
fn port_options_round_trip() {
    let port = BridgePort {
        state: Some(PortState::Blocking),
        priority: Some(32),
        cost: Some(100),
        hairpin: Some(false),
        learning: Some(true),
        backup_port: Some(4),
        ..Default::default()
    };
    let l = Link {
        index: 5,
        name: Some("p0".into()),
        info: Some(LinkInfo {
            kind: Some("veth".into()),
            port_kind: Some("bridge".into()),
            port_data: Some(
                MessageBuilder::attributes_payload(|b| {
                    port.write_attrs(b);
                })
                .unwrap(),
            ),
            ..Default::default()
        }),
        ..Default::default()
    };
    let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
    l.emit(&mut b);
    let bytes = b.finish().unwrap();
    let back = Link::parse(&bytes[16..]).unwrap();
    assert_eq!(back, l);
    assert_eq!(back.port(), Some(PortKind::Bridge(port)));
    assert_eq!(back.port_kind(), Some("bridge"));
    assert_eq!(back.kind_data(), Some(LinkKind::Veth(Veth::default())));
    let bond_port = PortKind::decode("bond", Some(&[5, 0, 1, 0, 1, 0, 0, 0]));
    assert_eq!(bond_port.name(), "bond");
    assert!(matches!(bond_port, PortKind::Other { .. }));
}

/// A malformed attribute inside a kind's data is recorded there and kept raw, so the
/// data still writes back to the same bytes.
#[test]
fn malformed_kind_attribute_is_kept() {
    let data = MessageBuilder::attributes_payload(|b| {
        b.attr_bytes(kinds::vxlan::attrs::IFLA_VXLAN_ID, &[1, 0]);
        b.attr_u8(kinds::vxlan::attrs::IFLA_VXLAN_TTL, 9);
    })
    .unwrap();
    let LinkKind::Vxlan(x) = LinkKind::decode("vxlan", Some(&data)) else {
        panic!();
    };
    assert_eq!((x.id, x.ttl), (None, Some(9)));
    assert_eq!(x.malformed.len(), 1);
    assert_eq!(x.malformed[0].attr_type, kinds::vxlan::attrs::IFLA_VXLAN_ID);
    assert_eq!(x.unknown.len(), 1);
    let again = MessageBuilder::attributes_payload(|b| {
        x.write_attrs(b);
    })
    .unwrap();
    assert_eq!(again, data);
}

#[test]
fn queries() {
    let q = LinkQuery::by_index(7).request();
    let bytes = q.bytes().unwrap();
    let h = IfInfoMsg::parse(&bytes[16..]).unwrap();
    assert_eq!(h.index, 7);
    assert_eq!(bytes.len(), 32);
    let q = LinkQuery::by_name("eth0").request();
    let bytes = q.bytes().unwrap();
    let a: Vec<u16> = AttrIter::new(&bytes[32..])
        .map(|a| a.unwrap().attr_type())
        .collect();
    assert_eq!(a, [IFLA_IFNAME]);
    let q = LinkQuery::by_name("a-name-longer-than-ifnamsiz").request();
    let bytes = q.bytes().unwrap();
    let a: Vec<u16> = AttrIter::new(&bytes[32..])
        .map(|a| a.unwrap().attr_type())
        .collect();
    assert_eq!(a, [IFLA_ALT_IFNAME]);
}
