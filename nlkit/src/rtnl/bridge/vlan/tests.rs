//! Requests against bridge 6.1's bytes (captured with strace into `requests.txt`, in a
//! namespace where `v0` has index 4 and `br0` index 2), replies from hand-built messages.

use super::db::*;
use super::stats::*;
use super::*;
use crate::rtnl::fixtures::{assert_same, requests};
use crate::wire::{Flags, MessageBuilder};

const V0: u32 = 4;
const BR0: u32 = 2;

fn change(delete: bool, index: u32, vid: u16, vid_end: Option<u16>) -> VlanChange {
    VlanChange {
        delete,
        index,
        vid,
        vid_end,
        ..Default::default()
    }
}

/// Our request for each captured command line.
fn ours(command: &str) -> MessageBuilder {
    use GlobalOption as G;
    let (m, s, u, p) = (
        BridgeFlags::MASTER,
        BridgeFlags::SELF,
        VlanFlags::UNTAGGED,
        VlanFlags::PVID,
    );
    let c = match command {
        "bridge vlan add vid 5 dev v0" => change(false, V0, 5, None),
        "bridge vlan add vid 5 dev v0 pvid untagged" => VlanChange {
            flags: p | u,
            ..change(false, V0, 5, None)
        },
        "bridge vlan add vid 5 dev v0 master" => VlanChange {
            bridge_flags: m,
            ..change(false, V0, 5, None)
        },
        "bridge vlan add vid 5 dev br0 self" => VlanChange {
            bridge_flags: s,
            ..change(false, BR0, 5, None)
        },
        "bridge vlan add vid 5 dev v0 self master untagged" => VlanChange {
            bridge_flags: s | m,
            flags: u,
            ..change(false, V0, 5, None)
        },
        "bridge vlan add vid 5-10 dev v0 master untagged" => VlanChange {
            bridge_flags: m,
            flags: u,
            ..change(false, V0, 5, Some(10))
        },
        "bridge vlan del vid 5 dev v0" => change(true, V0, 5, None),
        "bridge vlan del vid 100-200 dev v0 self" => VlanChange {
            bridge_flags: s,
            ..change(true, V0, 100, Some(200))
        },
        "bridge vlan add vid 5 dev v0 tunnel_info id 100" => VlanChange {
            tunnel: Some((100, 0)),
            ..change(false, V0, 5, None)
        },
        "bridge vlan add vid 5-10 dev v0 tunnel_info id 100-110" => VlanChange {
            tunnel: Some((100, 110)),
            ..change(false, V0, 5, Some(10))
        },
        "bridge vlan add vid 5-10 dev v0 tunnel_info id 100" => VlanChange {
            tunnel: Some((100, 0)),
            ..change(false, V0, 5, Some(10))
        },
        "bridge vlan del vid 7 dev v0 tunnel_info id 700 master" => VlanChange {
            tunnel: Some((700, 0)),
            bridge_flags: m,
            ..change(true, V0, 7, None)
        },
        _ => {
            let set = |options| VlanOptionSet {
                index: V0,
                options,
                global: None,
            };
            let global = |g| VlanOptionSet {
                index: BR0,
                options: Vec::new(),
                global: Some(g),
            };
            return match command {
                "bridge vlan set vid 5 dev v0 state 3" => {
                    set(vec![VlanOption::Vid(5, None), VlanOption::State(3)])
                }
                "bridge vlan set dev v0 vid 5-9 state blocking mcast_router 2" => set(vec![
                    VlanOption::Vid(5, Some(9)),
                    VlanOption::State(4),
                    VlanOption::McastRouter(2),
                ]),
                "bridge vlan set vid 5 dev v0 mcast_router 1" => {
                    set(vec![VlanOption::Vid(5, None), VlanOption::McastRouter(1)])
                }
                "bridge vlan global set vid 5 dev br0 mcast_snooping 1" => {
                    global(vec![G::Vid(5, None), G::McastSnooping(1)])
                }
                c if c.starts_with("bridge vlan global set vid 5-7") => global(vec![
                    G::Vid(5, Some(7)),
                    G::McastQuerier(1),
                    G::McastIgmpVersion(3),
                    G::McastMldVersion(2),
                    G::McastLastMemberCount(4),
                    G::McastStartupQueryCount(5),
                ]),
                c if c.starts_with("bridge vlan global set dev br0 vid 9") => global(vec![
                    G::Vid(9, None),
                    G::McastLastMemberInterval(100),
                    G::McastMembershipInterval(200),
                    G::McastQuerierInterval(300),
                    G::McastQueryInterval(400),
                    G::McastQueryResponseInterval(500),
                    G::McastStartupQueryInterval(600),
                ]),
                other => panic!("no request for fixture line {other:?}"),
            }
            .request();
        }
    };
    c.request()
}

#[test]
fn requests_are_bridges_bytes() {
    let fixtures = requests(include_str!("requests.txt"));
    assert_eq!(fixtures.len(), 18);
    for (command, bytes) in fixtures {
        assert_same(command, &ours(command), &bytes);
    }
}

#[test]
fn dump_requests() {
    let b = PortVlanDump { compressed: true }
        .request()
        .finish()
        .unwrap();
    // nlmsghdr, ifinfomsg of AF_BRIDGE, IFLA_EXT_MASK = RTEXT_FILTER_BRVLAN_COMPRESSED.
    assert_eq!(b.len(), 40);
    assert_eq!(b[16], AF_BRIDGE);
    assert_eq!(&b[32..40], &[8, 0, 29, 0, 4, 0, 0, 0]);
    let b = VlanDbDump { flags: 2 }.request().finish().unwrap();
    assert_eq!(u16::from_ne_bytes([b[4], b[5]]), 114);
    assert_eq!(&b[16..], &[7, 0, 0, 0, 0, 0, 0, 0, 8, 0, 1, 0, 2, 0, 0, 0]);
    let b = VlanStatsDump { slave: true }.request().finish().unwrap();
    assert_eq!(&b[16..], &[0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0]);
}

fn vinfo(b: &mut MessageBuilder, vid: u16, flags: VlanFlags) {
    b.attr_struct(
        IFLA_BRIDGE_VLAN_INFO,
        &BridgeVlanInfo {
            flags: flags.bits(),
            vid,
        },
    );
}

fn tinfo(b: &mut MessageBuilder, vid: u16, id: u32, flags: VlanFlags) {
    let n = b.nest_start(IFLA_BRIDGE_VLAN_TUNNEL_INFO);
    b.attr_u32_ne(IFLA_BRIDGE_VLAN_TUNNEL_ID, id);
    b.attr_u16_ne(IFLA_BRIDGE_VLAN_TUNNEL_VID, vid);
    b.attr_u16_ne(IFLA_BRIDGE_VLAN_TUNNEL_FLAGS, flags.bits());
    b.nest_end(n);
}

/// A link message of port 4 as a compressed dump sends it: VLAN 1 (PVID, untagged),
/// 10-20 as a begin/end pair, 30, an unknown attribute, tunnels 10-20 -> 1010-1020, 30.
fn port_message() -> Vec<u8> {
    let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::MULTI);
    b.push_struct(&IfInfoMsg {
        family: AF_BRIDGE,
        index: 4,
        ..Default::default()
    });
    b.attr_str(3, "v0");
    let spec = b.nest_start(IFLA_AF_SPEC);
    vinfo(&mut b, 1, VlanFlags::PVID | VlanFlags::UNTAGGED);
    vinfo(&mut b, 10, VlanFlags::RANGE_BEGIN);
    vinfo(&mut b, 20, VlanFlags::RANGE_END);
    b.attr_u32_ne(99, 7);
    vinfo(&mut b, 30, VlanFlags::EMPTY);
    tinfo(&mut b, 10, 1010, VlanFlags::RANGE_BEGIN);
    tinfo(&mut b, 20, 1020, VlanFlags::RANGE_END);
    tinfo(&mut b, 30, 3000, VlanFlags::EMPTY);
    let n = b.nest_start(IFLA_BRIDGE_VLAN_TUNNEL_INFO);
    b.attr_u32_ne(IFLA_BRIDGE_VLAN_TUNNEL_ID, 5);
    b.nest_end(n);
    b.nest_end(spec);
    b.finish().unwrap()
}

#[test]
fn port_vlans_fold_ranges_as_bridge_shows_them() {
    let p = PortVlans::parse(&port_message()).unwrap().unwrap();
    assert_eq!((p.family, p.index, p.has_af_spec), (AF_BRIDGE, 4, true));
    assert_eq!(p.vlans.len(), 4);
    assert_eq!(
        p.tunnels.len(),
        3,
        "the tunnel entry without a vid is skipped"
    );
    let r = p.ranges(0);
    assert_eq!(
        r,
        [
            VlanRange {
                start: 1,
                end: 1,
                flags: VlanFlags::PVID | VlanFlags::UNTAGGED
            },
            VlanRange {
                start: 10,
                end: 20,
                flags: VlanFlags::RANGE_END
            },
            VlanRange {
                start: 30,
                end: 30,
                flags: VlanFlags::EMPTY
            },
        ]
    );
    // A filter inside a range shows the range; one past the last shows nothing.
    assert_eq!(p.ranges(15).len(), 1);
    assert_eq!(p.ranges(15)[0].start, 10);
    assert_eq!(p.ranges(1).len(), 1);
    assert!(p.ranges(25).is_empty());
    assert!(p.ranges(4000).is_empty());
    let t = p.tunnel_ranges(0);
    assert_eq!(
        t[0],
        TunnelRange {
            vid_start: 10,
            vid_end: 20,
            id_start: 1010,
            id_end: 1020
        }
    );
    assert_eq!((t[1].vid_start, t[1].id_end), (30, 3000));
    assert_eq!(p.tunnel_ranges(30).len(), 1);
}

#[test]
fn other_messages_and_garbage() {
    let mut m = port_message();
    m[4] = 20; // RTM_NEWADDR
    assert_eq!(PortVlans::parse(&m), Ok(None));
    let m = port_message();
    for cut in [0, 8, 16, 20, 31, 40] {
        assert!(PortVlans::parse(&m[..cut]).is_err(), "cut at {cut}");
    }
    // Every cut that keeps nlmsg_len consistent either parses or fails, never panics.
    for cut in 16..m.len() {
        let mut t = m[..cut].to_vec();
        t[..4].copy_from_slice(&(cut as u32).to_ne_bytes());
        let _ = PortVlans::parse(&t);
    }
    // A vlan info of the wrong size is an error.
    let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
    b.push_struct(&IfInfoMsg::default());
    let spec = b.nest_start(IFLA_AF_SPEC);
    b.attr_u16_ne(IFLA_BRIDGE_VLAN_INFO, 5);
    b.nest_end(spec);
    assert!(PortVlans::parse(&b.finish().unwrap()).is_err());
}

fn db_message() -> Vec<u8> {
    let mut b = MessageBuilder::new(112, Flags::MULTI);
    b.push_struct(&BrVlanMsg {
        family: AF_BRIDGE,
        index: 4,
        ..Default::default()
    });
    let e = b.nest_start_flags(BRIDGE_VLANDB_ENTRY | 0x8000);
    b.attr_struct(
        BRIDGE_VLANDB_ENTRY_INFO,
        &BridgeVlanInfo { flags: 6, vid: 10 },
    );
    b.attr_u16_ne(BRIDGE_VLANDB_ENTRY_RANGE, 20);
    b.attr_u8(BRIDGE_VLANDB_ENTRY_STATE, 3);
    let t = b.nest_start(BRIDGE_VLANDB_ENTRY_TUNNEL_INFO);
    b.attr_u32_ne(BRIDGE_VLANDB_TINFO_ID, 77);
    b.nest_end(t);
    let s = b.nest_start(BRIDGE_VLANDB_ENTRY_STATS);
    for (t, v) in [(1u16, 100u64), (2, 2), (3, 300), (4, 4), (5, 0)] {
        b.attr_u64_ne(t, v);
    }
    b.nest_end(s);
    b.attr_u8(BRIDGE_VLANDB_ENTRY_MCAST_ROUTER, 1);
    b.attr_u32_ne(42, 1);
    b.nest_end(e);
    b.attr_u32_ne(9, 9); // an unknown top-level attribute
    let g = b.nest_start_flags(BRIDGE_VLANDB_GLOBAL_OPTIONS | 0x8000);
    b.attr_u16_ne(BRIDGE_VLANDB_GOPTS_ID, 1);
    b.attr_u8(3, 1);
    b.attr_u32_ne(6, 2);
    b.attr_u64_ne(12, 12500);
    b.attr_u8(17, 1); // querier state: not read
    b.nest_end(g);
    b.finish().unwrap()
}

#[test]
fn vlan_database_entries_field_by_field() {
    let m = VlanDbMessage::parse(&db_message()).unwrap().unwrap();
    assert_eq!((m.deleted, m.family, m.index), (false, AF_BRIDGE, 4));
    assert_eq!(m.items.len(), 2);
    let VlanDbItem::Entry(e) = &m.items[0] else {
        panic!("not an entry: {:?}", m.items[0]);
    };
    assert_eq!((e.vid, e.flags.bits(), e.range_end), (10, 6, Some(20)));
    assert_eq!(
        (e.state, e.tunnel_id, e.mcast_router),
        (Some(3), Some(77), Some(1))
    );
    assert_eq!(
        e.stats,
        Some(VlanStats {
            rx_bytes: 100,
            rx_packets: 2,
            tx_bytes: 300,
            tx_packets: 4
        })
    );
    assert_eq!(e.unknown, [42]);
    let VlanDbItem::Global(g) = &m.items[1] else {
        panic!("not global options");
    };
    assert_eq!((g.vid, g.range_end), (1, None));
    assert_eq!(
        g.options,
        [
            GlobalOption::McastSnooping(1),
            GlobalOption::McastLastMemberCount(2),
            GlobalOption::McastQueryInterval(12500)
        ]
    );
    assert_eq!(g.get(12).map(GlobalOption::value), Some(12500));
    assert_eq!(g.unknown, [17]);
    let mut del = db_message();
    del[4] = 113;
    assert!(VlanDbMessage::parse(&del).unwrap().unwrap().deleted);
}

#[test]
fn vlan_database_garbage_is_an_error() {
    let m = db_message();
    for cut in [0, 10, 16, 20] {
        assert!(VlanDbMessage::parse(&m[..cut]).is_err(), "cut at {cut}");
    }
    for cut in 24..m.len() {
        let mut t = m[..cut].to_vec();
        t[..4].copy_from_slice(&(cut as u32).to_ne_bytes());
        let _ = VlanDbMessage::parse(&t);
    }
    let mut b = MessageBuilder::new(112, Flags::NONE);
    b.push_struct(&BrVlanMsg::default());
    let e = b.nest_start(BRIDGE_VLANDB_ENTRY);
    b.attr_u32_ne(BRIDGE_VLANDB_ENTRY_STATE, 3);
    b.nest_end(e);
    assert!(VlanDbMessage::parse(&b.finish().unwrap()).is_err());
}

#[test]
fn vlan_counters() {
    let mut b = MessageBuilder::new(92, Flags::MULTI);
    b.push_struct(&IfStatsMsg {
        index: 2,
        ..Default::default()
    });
    let x = b.nest_start(IFLA_STATS_LINK_XSTATS);
    let br = b.nest_start(LINK_XSTATS_TYPE_BRIDGE);
    b.attr_struct(
        BRIDGE_XSTATS_VLAN,
        &BridgeVlanXstats {
            rx_bytes: 1,
            rx_packets: 2,
            tx_bytes: 3,
            tx_packets: 4,
            vid: 5,
            flags: 0x21,
            pad2: 0,
        },
    );
    b.attr_u64_ne(2, 0); // BRIDGE_XSTATS_MCAST and others: skipped
    b.nest_end(br);
    b.nest_end(x);
    let m = b.finish().unwrap();
    let s = PortVlanStats::parse(&m).unwrap().unwrap();
    assert_eq!(s.index, 2);
    assert!(s.slave_xstats.is_empty());
    assert_eq!(
        s.xstats,
        [VlanXstats {
            vid: 5,
            flags: VlanFlags::MASTER | VlanFlags::BRENTRY,
            rx_bytes: 1,
            rx_packets: 2,
            tx_bytes: 3,
            tx_packets: 4
        }]
    );
    for cut in [0, 16, 27] {
        assert!(PortVlanStats::parse(&m[..cut]).is_err());
    }
}
