use super::*;
use crate::wire::FixedStruct;

/// The first `RTM_GETMDB` dump message (its payload, after `nlmsghdr`) of
/// `strace -e trace=recvmsg -xx bridge -n NS -d -s mdb show` on Linux 6.18: bridge br0
/// (index 2) with mcast_snooping, IGMPv3 and MLDv2, ports v0 (4) and v2 (6, a permanent
/// router port), entries added with bridge (permanent and temp, IPv4, IPv6 and L2, (S,G)
/// entries, one with vid 5) and the kernel's own MLD joins.
const DUMP: &[u8] = include_bytes!("dump_reply.bin");

/// A whole `RTM_GETMDB` dump (every message, headers included; `NLMSG_DONE` left out) of
/// the same bridge later, read with a raw netlink socket on Linux 6.18, after (*,G)
/// entries with source lists were added with `MDBE_ATTR_SRC_LIST` (239.1.1.20 on v0 in
/// include mode with 10.0.0.21 and 10.0.0.22, 239.1.1.21 on v2 in exclude mode with
/// 10.0.0.23, both proto babel), an (S,G) entry on v2 that makes the kernel add one on v0
/// (`MDB_FLAGS_STAR_EXCL`), and v0 made a temporary router port (`mcast_router 3`).
const DUMP_SOURCES: &[u8] = include_bytes!("dump_srclist.bin");

/// Request payloads (after `nlmsghdr`) of `bridge -n NS mdb ...` 6.1, captured with
/// `strace -f -e trace=sendmsg -xx -s 4096`.
mod requests {
    /// `add dev br0 port v0 grp 239.1.1.9 permanent vid 5` (`NLM_F_CREATE | NLM_F_EXCL`).
    pub const ADD_V4_VID: &[u8] = &[
        0x07, 0, 0, 0, 0x02, 0, 0, 0, // br_port_msg: AF_BRIDGE, br0
        0x20, 0x00, 0x01, 0x00, // MDBA_SET_ENTRY
        0x04, 0, 0, 0, 0x01, 0x00, 0x05, 0x00, // v0, permanent, flags 0, vid 5
        0xef, 0x01, 0x01, 0x09, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 239.1.1.9
        0x08, 0x00, 0x00, 0x00, // ETH_P_IP, padding
    ];
    /// `add dev br0 port v0 grp 239.1.1.9 src 10.0.0.2`.
    pub const ADD_V4_SRC: &[u8] = &[
        0x07, 0, 0, 0, 0x02, 0, 0, 0, 0x20, 0x00, 0x01, 0x00, 0x04, 0, 0, 0, 0x00, 0x00, 0x00,
        0x00, 0xef, 0x01, 0x01, 0x09, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x08, 0x00, 0x00,
        0x00, // MDBA_SET_ENTRY, temp
        0x0c, 0x00, 0x02, 0x80, // MDBA_SET_ENTRY_ATTRS | NLA_F_NESTED
        0x08, 0x00, 0x01, 0x00, 0x0a, 0x00, 0x00, 0x02, // MDBE_ATTR_SOURCE 10.0.0.2
    ];
    /// `add dev br0 port v2 grp ff0e::9 src 2001:db8::2 permanent`.
    pub const ADD_V6_SRC: &[u8] = &[
        0x07, 0, 0, 0, 0x02, 0, 0, 0, 0x20, 0x00, 0x01, 0x00, 0x06, 0, 0, 0, 0x01, 0x00, 0x00,
        0x00, 0xff, 0x0e, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x09, 0x86, 0xdd, 0x00, 0x00,
        0x18, 0x00, 0x02, 0x80, 0x14, 0x00, 0x01, 0x00, 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0x02,
    ];
    /// `add dev br0 port v2 grp 01:00:5e:01:02:09 temp`.
    pub const ADD_L2: &[u8] = &[
        0x07, 0, 0, 0, 0x02, 0, 0, 0, 0x20, 0x00, 0x01, 0x00, 0x06, 0, 0, 0, 0x00, 0x00, 0x00,
        0x00, 0x01, 0x00, 0x5e, 0x01, 0x02, 0x09, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x00, 0x00,
        0x00,
    ];
    /// `del dev br0 port v0 grp 239.1.1.1 permanent` (`RTM_DELMDB`, no flags; the state
    /// is not sent).
    pub const DEL_V4: &[u8] = &[
        0x07, 0, 0, 0, 0x02, 0, 0, 0, 0x20, 0x00, 0x01, 0x00, 0x04, 0, 0, 0, 0x00, 0x00, 0x00,
        0x00, 0xef, 0x01, 0x01, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x08, 0x00, 0x00, 0x00,
    ];
    /// The dump request (`NLM_F_DUMP`).
    pub const DUMP: &[u8] = &[0x07, 0, 0, 0, 0, 0, 0, 0];
}

fn v4(s: &str) -> MdbGroup {
    MdbGroup::Ipv4(s.parse().unwrap())
}

/// The message type, flags (the engine adds `NLM_F_REQUEST | NLM_F_ACK`) and payload of
/// `verb` with `e`.
fn request(e: &MdbEntry, verb: Verb) -> (u16, u16, Vec<u8>) {
    let bytes = e.request(verb).finish().unwrap();
    let t = u16::from_ne_bytes([bytes[4], bytes[5]]);
    let f = u16::from_ne_bytes([bytes[6], bytes[7]]);
    (t, f, bytes[16..].to_vec())
}

#[test]
fn dump_fixture_parses() {
    let m = MdbMessage::parse(DUMP).unwrap();
    assert_eq!(m.bridge, 2);
    assert_eq!(m.entries.len(), 12);
    assert!(m
        .entries
        .iter()
        .all(|e| e.malformed.is_empty() && e.bridge == 2));
    let find = |g: MdbGroup, src: Option<&str>| {
        m.entries
            .iter()
            .find(|e| e.group == g && e.source.map(|s| s.to_string()).as_deref() == src)
            .unwrap()
    };
    let e = find(v4("239.1.1.9"), None);
    assert_eq!((e.port, e.state, e.vid), (4, MdbState::Permanent, 5));
    assert_eq!(e.mode, Some(GroupMode::Exclude));
    assert_eq!(e.protocol, Some(RouteProtocol::Static));
    assert_eq!(e.timer, Some(0));
    let e = find(v4("239.1.1.9"), Some("10.0.0.2"));
    assert_eq!(
        (e.state, e.mode),
        (MdbState::Temporary, Some(GroupMode::Include))
    );
    assert!(e.timer.unwrap() > 0);
    let e = find(MdbGroup::Mac([1, 0, 0x5e, 1, 2, 3]), None);
    assert_eq!(
        (e.port, e.mode, e.protocol),
        (6, None, Some(RouteProtocol::Static))
    );
    let e = find(
        MdbGroup::Ipv6("ff0e::9".parse().unwrap()),
        Some("2001:db8::2"),
    );
    assert_eq!(e.state, MdbState::Permanent);
    let host = find(MdbGroup::Ipv6("ff02::6a".parse().unwrap()), None);
    assert_eq!((host.port, host.protocol, host.mode), (2, None, None));
    let routers = m.routers.as_deref().unwrap();
    assert_eq!(routers.len(), 1);
    let r = &routers[0];
    assert_eq!((r.bridge, r.port, r.timer), (2, 6, Some(0)));
    assert_eq!(r.kind, Some(RouterType::Permanent));
    assert!(!r.kind.unwrap().is_temporary());
    assert_eq!(
        (r.inet_timer, r.inet6_timer, r.vid),
        (Some(0), Some(0), None)
    );
}

#[test]
fn source_lists_flags_and_router_types_from_the_kernel() {
    let all: Vec<MdbMessage> = crate::wire::MessageIter::new(DUMP_SOURCES)
        .map(|m| MdbMessage::from_message(&m.unwrap()).unwrap())
        .collect();
    let entries: Vec<&MdbEntry> = all.iter().flat_map(|m| &m.entries).collect();
    assert_eq!(entries.len(), 15);
    let find = |g: &str, src: Option<&str>| {
        *entries
            .iter()
            .find(|e| e.group == v4(g) && e.source.map(|s| s.to_string()).as_deref() == src)
            .unwrap()
    };
    let star = find("239.1.1.20", None);
    assert_eq!(star.mode, Some(GroupMode::Include));
    assert_eq!(star.protocol, Some(RouteProtocol::Babel));
    let sources: Vec<(String, Option<u32>)> = star
        .sources
        .iter()
        .flatten()
        .map(|s| (s.address.to_string(), s.timer))
        .collect();
    assert_eq!(
        sources,
        [("10.0.0.22".into(), Some(0)), ("10.0.0.21".into(), Some(0))]
    );
    assert_eq!(find("239.1.1.20", Some("10.0.0.21")).sources, None);
    let exclude = find("239.1.1.21", None);
    assert_eq!(exclude.mode, Some(GroupMode::Exclude));
    assert!(find("239.1.1.21", Some("10.0.0.23"))
        .flags
        .contains(MdbFlags::BLOCKED));
    let star_excl = find("239.1.1.1", Some("10.0.0.9"));
    assert_eq!(star_excl.port, 4);
    assert_eq!(star_excl.flags, MdbFlags::STAR_EXCL);
    assert_eq!(star_excl.protocol, Some(RouteProtocol::Kernel));
    let routers: Vec<&RouterPort> = all
        .iter()
        .flat_map(|m| m.routers.iter().flatten())
        .collect();
    assert_eq!(routers.len(), 2);
    let temp = routers.iter().find(|r| r.port == 4).unwrap();
    assert_eq!(temp.kind, Some(RouterType::Temp));
    assert!(temp.kind.unwrap().is_temporary() && temp.timer.unwrap() > 0);
}

#[test]
fn requests_as_bridge_sends_them() {
    let mut e = MdbEntry::new(2, 4, v4("239.1.1.9"));
    e.state = MdbState::Permanent;
    e.vid = 5;
    let add = (RTM_NEWMDB, 0x600, requests::ADD_V4_VID.to_vec());
    assert_eq!(request(&e, Verb::Add), add);
    let mut e = MdbEntry::new(2, 4, v4("239.1.1.9"));
    e.source = Some("10.0.0.2".parse().unwrap());
    assert_eq!(request(&e, Verb::Add).2, requests::ADD_V4_SRC);
    let mut e = MdbEntry::new(2, 6, MdbGroup::Ipv6("ff0e::9".parse().unwrap()));
    e.state = MdbState::Permanent;
    e.source = Some("2001:db8::2".parse().unwrap());
    assert_eq!(request(&e, Verb::Add).2, requests::ADD_V6_SRC);
    let e = MdbEntry::new(2, 6, MdbGroup::Mac([1, 0, 0x5e, 1, 2, 9]));
    assert_eq!(request(&e, Verb::Add).2, requests::ADD_L2);
    let mut e = MdbEntry::new(2, 4, v4("239.1.1.1"));
    e.state = MdbState::Permanent;
    e.protocol = Some(RouteProtocol::Static);
    let del = (RTM_DELMDB, 0, requests::DEL_V4.to_vec());
    assert_eq!(request(&e, Verb::Delete), del);
    let dump = MdbFilter::default().request().finish().unwrap();
    assert_eq!(&dump[16..], requests::DUMP);
}

#[test]
fn replace_carries_mode_sources_and_protocol() {
    let mut e = MdbEntry::new(2, 4, v4("239.1.1.5"));
    e.state = MdbState::Permanent;
    e.mode = Some(GroupMode::Include);
    e.protocol = Some(RouteProtocol::Static);
    e.sources = Some(vec![MdbSource {
        address: "10.0.0.7".parse().unwrap(),
        timer: Some(99),
    }]);
    let (t, f, p) = request(&e, Verb::Replace);
    assert_eq!((t, f), (RTM_NEWMDB, 0x500));
    let attrs = &p[BrPortMsg::LEN + 4 + BrMdbEntry::LEN..];
    assert_eq!(
        attrs,
        [
            0x24, 0x00, 0x02, 0x80, // MDBA_SET_ENTRY_ATTRS
            0x05, 0x00, 0x03, 0x00, 0x01, 0, 0, 0, // MDBE_ATTR_GROUP_MODE include
            0x10, 0x00, 0x02, 0x80, // MDBE_ATTR_SRC_LIST
            0x0c, 0x00, 0x01, 0x80, // MDBE_SRC_LIST_ENTRY
            0x08, 0x00, 0x01, 0x00, 10, 0, 0, 7, // MDBE_SRCATTR_ADDRESS
            0x05, 0x00, 0x04, 0x00, 0x04, 0, 0, 0, // MDBE_ATTR_RTPROT static
        ]
        .as_slice()
    );
    assert!(MdbEntry::flags(Verb::Append).is_none());
    assert!(e.request(Verb::Change).finish().is_err());
}

#[test]
fn get_request() {
    let q = MdbQuery {
        bridge: 2,
        group: v4("239.1.1.9"),
        vid: 0,
        source: Some("10.0.0.2".parse().unwrap()),
    };
    let bytes = q.request().finish().unwrap();
    assert_eq!(u16::from_ne_bytes([bytes[4], bytes[5]]), RTM_GETMDB);
    let p = &bytes[16..];
    assert_eq!(&p[..8], &[7, 0, 0, 0, 2, 0, 0, 0]);
    assert_eq!(&p[8..12], &[0x20, 0, 1, 0]);
    assert_eq!(&p[40..], &[0x0c, 0, 2, 0x80, 8, 0, 1, 0, 10, 0, 0, 2]);
}

#[test]
fn unknown_and_malformed_attributes_do_not_fail() {
    let mut b = MessageBuilder::new(RTM_NEWMDB, Flags::NONE);
    b.push_struct(&BrPortMsg {
        index: 2,
        ..Default::default()
    });
    b.attr_u32_ne(77, 1); // unknown top-level attribute
    let mdb = b.nest_start_flags(MDBA_MDB);
    let group = b.nest_start_flags(MDBA_MDB_ENTRY);
    let mut info = MdbEntry::new(2, 4, v4("239.9.9.9")).header().to_vec();
    info.extend_from_slice(&[5, 0, 3, 0, 1, 0, 0, 0]); // GROUP_MODE include
    info.extend_from_slice(&[6, 0, MDBA_MDB_EATTR_SOURCE as u8, 0, 10, 0, 0, 0]); // 2 bytes
    info.extend_from_slice(&[8, 0, 99, 0, 1, 2, 3, 4]); // unknown entry attribute
    b.attr_bytes(MDBA_MDB_ENTRY_INFO, &info);
    b.nest_end(group);
    b.nest_end(mdb);
    let bytes = b.finish().unwrap();
    let m = MdbMessage::parse(&bytes[16..]).unwrap();
    assert_eq!(m.entries.len(), 1);
    let e = &m.entries[0];
    assert_eq!(
        (e.group, e.mode, e.source),
        (v4("239.9.9.9"), Some(GroupMode::Include), None)
    );
    assert_eq!(e.malformed, [MDBA_MDB_EATTR_SOURCE]);
    assert!(MdbMessage::parse(&[0, 0]).is_err());
}

#[test]
fn groups_round_trip() {
    for g in [
        v4("224.0.0.251"),
        MdbGroup::Ipv6("ff02::fb".parse().unwrap()),
        MdbGroup::Mac([1, 2, 3, 4, 5, 6]),
        MdbGroup::Other {
            proto: 0x1234,
            address: [7; 16],
        },
    ] {
        let (p, a) = g.to_raw();
        assert_eq!(MdbGroup::from_raw(p, a), g);
    }
    assert_eq!(v4("224.0.0.1").ip(), Some("224.0.0.1".parse().unwrap()));
    assert_eq!(MdbGroup::Mac([0; 6]).ip(), None);
}
