use super::*;
use crate::wire::MessageIter;

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
        (lo.header.index, lo.mtu, lo.header.kind),
        (1, Some(65536), 772)
    );
    let v0 = by_name(&ls, "v0");
    assert_eq!(v0.alias.as_deref(), Some("uplink port"));
    assert_eq!(v0.alt_names.as_deref(), Some(&["veth-alt0".to_owned()][..]));
    assert_eq!(v0.kind(), Some("veth"));
    let v1 = by_name(&ls, "v1");
    let br = by_name(&ls, "br0");
    assert_eq!(v1.master, Some(br.header.index));
    let info = v1.info.as_ref().unwrap();
    assert_eq!(info.slave_kind.as_deref(), Some("bridge"));
    let port = info.slave_options().unwrap();
    assert_eq!(port.u8(attrs::bridge_slave::IFLA_BRPORT_STATE), Some(3));
    assert_eq!(
        port.u16_ne(attrs::bridge_slave::IFLA_BRPORT_ID),
        Some(0x8001)
    );
    assert_eq!(port.u16_ne(attrs::bridge_slave::IFLA_BRPORT_NO), Some(1));
    let bo = br.info.as_ref().unwrap().options().unwrap();
    assert_eq!(bo.u32_ne(attrs::bridge::IFLA_BR_FORWARD_DELAY), Some(1500));
    assert_eq!(bo.u16_ne(attrs::bridge::IFLA_BR_PRIORITY), Some(32768));
    let mv = by_name(&ls, "mv0");
    let m = Macvlan::from_options(mv.info.as_ref().unwrap().options().unwrap());
    assert_eq!(m.mode, Some(attrs::macvlan::MACVLAN_MODE_BRIDGE));
    assert_eq!(
        (m.bc_queue_len, m.bc_queue_len_used),
        (Some(1000), Some(1000))
    );
    assert_eq!(mv.link, Some(v0.header.index));
    let vx = by_name(&ls, "vx0");
    let x = Vxlan::from_options(vx.info.as_ref().unwrap().options().unwrap());
    assert_eq!((x.id, x.port, x.ttl), (Some(42), Some(4789), Some(10)));
    assert_eq!(x.local, Some("10.0.0.1".parse().unwrap()));
    assert_eq!(x.group, Some("10.0.0.2".parse().unwrap()));
    let ifb = by_name(&ls, "ifb0");
    assert_eq!(
        (ifb.kind(), ifb.mtu, ifb.txqlen),
        (Some("ifb"), Some(1400), Some(32))
    );
    let tap = by_name(&ls, "tap0");
    let tun = Tun::from_options(tap.info.as_ref().unwrap().options().unwrap());
    assert_eq!(
        (tun.kind, tun.persist, tun.pi),
        (Some(2), Some(true), Some(false))
    );
    let t = tap.info.as_ref().unwrap().options().unwrap();
    assert_eq!(t.u8(attrs::tun::IFLA_TUN_TYPE), Some(2));
    assert_eq!(t.u8(attrs::tun::IFLA_TUN_PERSIST), Some(1));
    assert_eq!(lo.af_spec.as_ref().unwrap().inet6_addr_gen_mode, Some(0));
    assert!(br.stats64.as_ref().unwrap().rx_packets() >= br.stats64.as_ref().unwrap().rx_errors());
}

/// Kinds this kernel cannot create: links built by hand, emitted, parsed back.
#[test]
fn hand_made_kinds_round_trip() {
    let kinds = [
        (
            "vlan",
            Some(
                Options::default()
                    .with(attrs::vlan::IFLA_VLAN_ID, &100u16.to_ne_bytes())
                    .with(attrs::vlan::IFLA_VLAN_PROTOCOL, &0x8100u16.to_be_bytes()),
            ),
        ),
        (
            "bond",
            Some(
                Options::default()
                    .with(attrs::bond::IFLA_BOND_MODE, &[4])
                    .with(attrs::bond::IFLA_BOND_MIIMON, &100u32.to_ne_bytes()),
            ),
        ),
        ("wireguard", None),
        ("dummy", None),
        (
            "vrf",
            Some(Options::default().with(attrs::vrf::IFLA_VRF_TABLE, &10u32.to_ne_bytes())),
        ),
        (
            "gre",
            Some(
                Options::default()
                    .with(attrs::gre::IFLA_GRE_LOCAL, &[192, 0, 2, 1])
                    .with(attrs::gre::IFLA_GRE_REMOTE, &[192, 0, 2, 2])
                    .with(attrs::gre::IFLA_GRE_TTL, &[64]),
            ),
        ),
        ("someday", Some(Options::default().with(7, &[1, 2, 3]))),
    ];
    for (kind, data) in kinds {
        let l = Link {
            header: LinkHeader {
                kind: 1,
                index: 9,
                flags: IFF_UP,
                ..Default::default()
            },
            name: Some(format!("{kind}0")),
            mtu: Some(1500),
            info: Some(LinkInfo::new(kind, data)),
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
    }
    let vrf = Options::default().with(attrs::vrf::IFLA_VRF_TABLE, &10u32.to_ne_bytes());
    assert_eq!(vrf.u32_ne(attrs::vrf::IFLA_VRF_TABLE), Some(10));
}

#[test]
fn unknown_attributes_are_kept_in_place_and_emitted_again() {
    let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
    b.push_bytes(&LinkHeader::default().to_bytes());
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
    b.push_bytes(&LinkHeader::default().to_bytes());
    b.attr_bytes(IFLA_MTU, &[1, 0]);
    b.attr_u32_ne(IFLA_GROUP, 7);
    let bytes = b.finish().unwrap();
    let l = Link::parse(&bytes[16..]).unwrap();
    assert_eq!((l.mtu, l.group), (None, Some(7)));
    assert_eq!(l.malformed.len(), 1);
    assert_eq!(l.malformed[0].kind, IFLA_MTU);
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
        master: Some(br.header.index),
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
        slave_kind: Some("bridge".into()),
        ..Default::default()
    };
    assert_eq!(ls.iter().filter(|l| ports.matches(l)).count(), 1);
    let req = f.request();
    let bytes = req.bytes().unwrap();
    let attrs: Vec<u16> = AttrIter::new(&bytes[32..])
        .map(|a| a.unwrap().kind())
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
    let o = v.info.as_ref().unwrap().options().unwrap();
    assert_eq!(o.u16_ne(attrs::vlan::IFLA_VLAN_ID), Some(100));
    assert_eq!(o.u16_be(attrs::vlan::IFLA_VLAN_PROTOCOL), Some(0x8100));
    assert_eq!((v.link, v.mtu), (Some(3), Some(1500)));
    let g = Link::parse(GRE).unwrap();
    let o = g.info.as_ref().unwrap().options().unwrap();
    assert_eq!(
        o.ip(attrs::gre::IFLA_GRE_REMOTE),
        Some("192.0.2.2".parse().unwrap())
    );
    assert_eq!(o.u8(attrs::gre::IFLA_GRE_TTL), Some(64));
    assert_eq!(g.address.as_deref(), Some(&[192, 0, 2, 1][..]));
    let w = Link::parse(WIREGUARD).unwrap();
    assert_eq!((w.header.kind, w.header.flags), (0xfffe, 0x91));
    let b = Link::parse(BOND).unwrap();
    let o = b.info.as_ref().unwrap().options().unwrap();
    assert_eq!(o.u8(attrs::bond::IFLA_BOND_MODE), Some(4));
    assert_eq!(o.u32_ne(attrs::bond::IFLA_BOND_MIIMON), Some(100));
    let v = Link::parse(VRF).unwrap();
    let o = v.info.as_ref().unwrap().options().unwrap();
    assert_eq!(o.u32_ne(attrs::vrf::IFLA_VRF_TABLE), Some(1001));
    let d = Link::parse(DUMMY).unwrap();
    assert_eq!((d.name.as_deref(), d.mtu), (Some("dummy0"), Some(1500)));
}

#[test]
fn veth_peer_is_a_link() {
    let mut peer = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
    peer.push_bytes(&LinkHeader::default().to_bytes());
    peer.attr_str(IFLA_IFNAME, "p1");
    let peer = peer.finish().unwrap();
    let o = Options::default().with(attrs::veth::VETH_INFO_PEER, &peer[16..]);
    let p = o.veth_peer().unwrap().unwrap();
    assert_eq!(p.name.as_deref(), Some("p1"));
}
