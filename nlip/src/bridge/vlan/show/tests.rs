//! The printers against bridge 6.1's formats (`print_vlan_info`, `print_vlan_tunnel_info`,
//! `print_vlan_rtm`), on data this kernel cannot produce (it has no VLAN filtering): the
//! expected text is written out from bridge's format strings.

use super::*;
use nlkit::rtnl::bridge::vlan::{TunnelRange, VlanDbMessage, VlanRange, VlanStats};

fn text(json: bool, f: impl FnOnce(&mut Sink<Vec<u8>>) -> io::Result<()>) -> String {
    let mut sink = Sink::new(Vec::new(), json, false);
    f(&mut sink).unwrap();
    sink.flush().unwrap();
    String::from_utf8(sink.into_inner()).unwrap()
}

fn ranges() -> Vec<VlanRange> {
    vec![
        VlanRange {
            start: 1,
            end: 1,
            flags: VlanFlags::PVID | VlanFlags::UNTAGGED,
        },
        VlanRange {
            start: 10,
            end: 20,
            flags: VlanFlags::RANGE_END,
        },
        VlanRange {
            start: 30,
            end: 30,
            flags: VlanFlags::EMPTY,
        },
    ]
}

#[test]
fn vlans_as_bridge_prints_them() {
    let t = text(false, |s| print_vlans(s, "br0", &ranges()));
    assert_eq!(
        t,
        "br0               1 PVID Egress Untagged\n                  10-20\n                  30\n"
    );
    let j = text(true, |s| print_vlans(s, "br0", &ranges()));
    // print_vlan_flags opens "flags" for any non-zero flags, RANGE_END alone included.
    assert_eq!(
        j,
        r#"{"ifname":"br0","vlans":[{"vlan":1,"flags":["PVID","Egress Untagged"]},{"vlan":10,"vlanEnd":20,"flags":[]},{"vlan":30}]}"#
    );
    assert_eq!(text(false, |s| print_vlans(s, "br0", &[])), "");
}

#[test]
fn tunnels_as_bridge_prints_them() {
    let t = [
        TunnelRange {
            vid_start: 10,
            vid_end: 20,
            id_start: 1010,
            id_end: 1020,
        },
        TunnelRange {
            vid_start: 30,
            vid_end: 30,
            id_start: 3000,
            id_end: 3000,
        },
    ];
    assert_eq!(
        text(false, |s| print_tunnels(s, "vx0", &t)),
        "vx0               10-20      1010-1020\n                  30         3000\n"
    );
    assert_eq!(
        text(true, |s| print_tunnels(s, "vx0", &t)),
        r#"{"ifname":"vx0","tunnels":[{"vlan":10,"vlanEnd":20,"tunid":1010,"tunidEnd":1020},{"vlan":30,"tunid":3000}]}"#
    );
}

fn database() -> Vec<VlanDbMessage> {
    let entry = VlanDbEntry {
        vid: 10,
        flags: VlanFlags::PVID | VlanFlags::UNTAGGED,
        range_end: Some(20),
        state: Some(3),
        mcast_router: Some(1),
        stats: Some(VlanStats {
            rx_bytes: 100,
            rx_packets: 2,
            tx_bytes: 300,
            tx_packets: 4,
        }),
        ..Default::default()
    };
    let global = GlobalOptions {
        vid: 1,
        options: vec![
            GlobalOption::McastQueryInterval(12500),
            GlobalOption::McastSnooping(1),
            GlobalOption::McastLastMemberCount(2),
        ],
        ..Default::default()
    };
    let other = VlanDbEntry {
        vid: 7,
        state: Some(9),
        ..Default::default()
    };
    vec![
        VlanDbMessage {
            family: AF_BRIDGE,
            index: 4,
            items: vec![VlanDbItem::Entry(entry), VlanDbItem::Global(global)],
            ..Default::default()
        },
        VlanDbMessage {
            family: AF_BRIDGE,
            index: 5,
            items: vec![VlanDbItem::Entry(other)],
            ..Default::default()
        },
        VlanDbMessage {
            family: 2,
            index: 6,
            items: vec![VlanDbItem::Entry(VlanDbEntry::default())],
            ..Default::default()
        },
    ]
}

fn db(json: bool, view: DbView) -> String {
    let names = |i: u32| {
        if i == 4 {
            "v0".into()
        } else {
            format!("if{i}")
        }
    };
    text(json, |s| print_db(s, &database(), &mut { names }, view))
}

const ALL: DbView = DbView {
    index: 0,
    vid: 0,
    global_only: false,
    stats: false,
};

#[test]
fn vlan_database_as_bridge_prints_it() {
    let p4 = " ".repeat(20);
    let want = format!(
        "v0                10-20 PVID Egress Untagged\n{p4}state forwarding mcast_router 1 \n\
         {}1\n{p4}mcast_snooping 1 mcast_query_interval 12500 \n\
         if5               7\n{p4}state (9) \n",
        " ".repeat(18)
    );
    assert_eq!(db(false, ALL), want);
    let stats = db(false, DbView { stats: true, ..ALL });
    assert!(stats.contains(&format!(
        "mcast_router 1 \n{p4}RX: 100 bytes 2 packets\n{p4}TX: 300 bytes 4 packets\n"
    )));
    let global = db(
        false,
        DbView {
            global_only: true,
            ..ALL
        },
    );
    assert_eq!(
        global,
        format!("v0                1\n{p4}mcast_snooping 1 mcast_query_interval 12500 \n")
    );
    let filtered = db(false, DbView { vid: 15, ..ALL });
    assert!(filtered.starts_with("v0                10-20") && !filtered.contains("if5"));
    assert_eq!(db(false, DbView { index: 5, ..ALL }).lines().count(), 2);
    assert_eq!(
        db(true, DbView { index: 5, ..ALL }),
        r#"{"ifname":"if5","vlans":[{"vlan":7,"state":9}]}"#
    );
}

#[test]
fn counters_as_bridge_prints_them() {
    let x = |vid, flags| VlanXstats {
        vid,
        flags,
        rx_bytes: 10,
        rx_packets: 1,
        tx_bytes: 20,
        tx_packets: 2,
    };
    let list = [
        x(
            1,
            VlanFlags::PVID | VlanFlags::UNTAGGED | VlanFlags::BRENTRY,
        ),
        // A port's VLAN as the bridge reports it: skipped (the port's own dump has it).
        x(5, VlanFlags::MASTER),
        // Flags without PVID or untagged still open an empty JSON "flags" list.
        x(7, VlanFlags::MASTER | VlanFlags::BRENTRY),
    ];
    let p4 = " ".repeat(20);
    let lines = format!("{p4}RX: 10 bytes 1 packets\n{p4}TX: 20 bytes 2 packets\n");
    assert_eq!(
        text(false, |s| print_stats(s, "br0", &list, 0)),
        format!(
            "br0               1 PVID Egress Untagged\n{lines}{}7\n{lines}",
            " ".repeat(18)
        )
    );
    assert_eq!(text(false, |s| print_stats(s, "br0", &list, 5)), "");
    assert_eq!(
        text(true, |s| print_stats(s, "br0", &list, 7)),
        r#"{"ifname":"br0","vlans":[{"vid":7,"flags":[],"rx_bytes":10,"rx_packets":1,"tx_bytes":20,"tx_packets":2}]}"#
    );
}
