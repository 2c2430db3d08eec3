//! Byte fixtures for link change requests. Each fixture is the payload (after `nlmsghdr`) of
//! the request iproute2 6.1 sent, captured with `strace -f -e trace=sendmsg -X raw -xx ip -n
//! NS link ...` in a throwaway namespace on Linux 6.18 (for kinds this kernel lacks — dummy,
//! vlan, bond, vrf, gre, wireguard — the kernel refused the request after it was captured).
//! The command is given above each fixture; device indexes are those of that namespace.

use super::*;
use crate::rtnl::link::kinds::bond::attrs as bondattrs;
use crate::rtnl::link::kinds::macvlan::attrs as mv;
use crate::rtnl::link::kinds::vlan::attrs as vlan;
use crate::rtnl::link::kinds::{
    Bond, Bridge, BridgePort, Dummy, Gre, Ifb, LinkKind, Macvlan, MacvlanMode, Veth, Vlan, Vrf,
    Vxlan, Wireguard,
};
use crate::rtnl::link::Link;
use crate::rtnl::Object;
use crate::wire::codec::Switch;
use crate::wire::fixed::Be16;
use crate::wire::rtnl::{PortRange, VlanFlags};
use crate::wire::MessageView;
use std::net::{Ipv4Addr, Ipv6Addr};

fn hex(s: &str) -> Vec<u8> {
    let s: String = s.split_whitespace().collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// Emits `b` into bytes and checks the message type, the request flags (ip's, less the
/// `NLM_F_REQUEST | NLM_F_ACK` the engine adds) and the payload.
fn check(b: MessageBuilder, ty: u16, ip_flags: u16, payload: &str) {
    let out = b.finish().unwrap();
    let want = hex(payload);
    let m = MessageView::new_checked(&out[..]).unwrap();
    assert_eq!(m.message_type(), ty, "message type");
    assert_eq!(m.flags().bits() | 0x5, ip_flags, "flags");
    assert_eq!(m.length() as usize, out.len());
    assert_eq!(
        m.payload(),
        &want[..],
        "\n got {:02x?}\nwant {:02x?}",
        m.payload(),
        want
    );
}

fn named(name: &str, kind: LinkKind) -> LinkChange {
    LinkChange {
        name: Some(name.into()),
        kind: Some(kind),
        ..Default::default()
    }
}

#[test]
fn add_dummy() {
    // ip link add d0 type dummy
    check(
        named("d0", LinkKind::Dummy(Dummy::default())).request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 07000300 64300000
         10001200 09000100 64756d6d79000000",
    );
}

#[test]
fn replace_ifb() {
    // ip link replace rr0 type ifb
    check(
        named("rr0", LinkKind::Ifb(Ifb::default())).request(Verb::Replace),
        RTM_NEWLINK,
        0x505,
        "00000000000000000000000000000000 0800030072723000 0c0012000700010069666200",
    );
}

#[test]
fn add_ifb_with_link_options() {
    // ip link add n0 numtxqueues 2 numrxqueues 3 txqueuelen 50 address 02:00:00:00:00:aa
    //   broadcast ff:ff:ff:ff:ff:ff mtu 1000 group 5 type ifb
    let l = LinkChange {
        num_tx_queues: Some(2),
        num_rx_queues: Some(3),
        txqlen: Some(50),
        address: Some(vec![2, 0, 0, 0, 0, 0xaa]),
        broadcast: Some(vec![0xff; 6]),
        mtu: Some(1000),
        group: Some(5),
        ..named("n0", LinkKind::Ifb(Ifb::default()))
    };
    check(
        l.request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 08001f0002000000 0800200003000000
         08000d0032000000 0a0001000200000000aa00000a000200ffffffffffff0000
         08000400e8030000 08001b0005000000 070003006e300000
         0c001200 07000100 69666200",
    );
}

#[test]
fn add_veth_with_peer() {
    // ip link add v4 type veth peer name v5 address 02:00:00:00:00:05 mtu 1300
    let peer = LinkChange {
        name: Some("v5".into()),
        address: Some(vec![2, 0, 0, 0, 0, 5]),
        mtu: Some(1300),
        ..Default::default()
    };
    let l = named("v4", LinkKind::Veth(Veth::with_peer(peer)));
    check(
        l.request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0700030076340000
         40001200 0800010076657468 34000200 30000100
         00000000000000000000000000000000 0a000100020000000005000008000400
         1405000007000300 76350000",
    );
    // ip link add v0 type veth (no peer: no data)
    check(
        named("v0", LinkKind::Veth(Veth::default())).request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0700030076300000 0c0012000800010076657468",
    );
}

#[test]
fn add_bridge_with_options() {
    // ip link add br5 type bridge forward_delay 400 hello_time 300 max_age 2000
    //   ageing_time 3000 stp_state 1 priority 7 group_fwd_mask 8 mcast_snooping 0
    let c = Bridge {
        forward_delay: Some(400),
        hello_time: Some(300),
        max_age: Some(2000),
        ageing_time: Some(3000),
        stp_state: Some(1),
        priority: Some(7),
        group_fwd_mask: Some(8),
        mcast_snooping: Some(0),
        ..Default::default()
    };
    check(
        named("br5", LinkKind::Bridge(c)).request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0800030062723500
         54001200 0a00010062726964676500004400020008000100900100000800
         02002c01000008000300d007000008000400b80b000008000500010000000600
         0600070000000600090008000000 0500170000000000",
    );
    // ip link add bz type bridge group_address 01:80:c2:00:00:0e mcast_query_use_ifaddr 1
    //   mcast_querier 1 mcast_hash_elasticity 4 mcast_hash_max 512
    //   mcast_last_member_count 3 mcast_startup_query_count 4
    //   mcast_last_member_interval 200 mcast_membership_interval 30000
    //   mcast_querier_interval 30000 mcast_query_interval 15000
    //   mcast_query_response_interval 1500 mcast_startup_query_interval 4000
    //   nf_call_iptables 1 nf_call_ip6tables 1 nf_call_arptables 1 mcast_stats_enabled 1
    //   mcast_igmp_version 3 mcast_mld_version 2
    let c = Bridge {
        group_addr: Some(vec![0x01, 0x80, 0xc2, 0, 0, 0x0e]),
        mcast_query_use_ifaddr: Some(1),
        mcast_querier: Some(1),
        mcast_hash_elasticity: Some(4),
        mcast_hash_max: Some(512),
        mcast_last_member_cnt: Some(3),
        mcast_startup_query_cnt: Some(4),
        mcast_last_member_intvl: Some(200),
        mcast_membership_intvl: Some(30000),
        mcast_querier_intvl: Some(30000),
        mcast_query_intvl: Some(15000),
        mcast_query_response_intvl: Some(1500),
        mcast_startup_query_intvl: Some(4000),
        nf_call_iptables: Some(1),
        nf_call_ip6tables: Some(1),
        nf_call_arptables: Some(1),
        mcast_stats_enabled: Some(1),
        mcast_igmp_version: Some(3),
        mcast_mld_version: Some(2),
        ..Default::default()
    };
    check(
        named("bz", LinkKind::Bridge(c)).request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 07000300627a0000 c8001200 0a000100627269646765
         0000 b8000200 0a0014000180c200000e0000 0500180001000000 0500190001000000
         08001a0004000000 08001b0000020000 08001c0003000000 08001d0004000000
         0c001e00c800000000000000 0c001f003075000000000000 0c0020003075000000000000
         0c002100983a000000000000 0c002200dc05000000000000 0c002300a00f000000000000
         0500240001000000 0500250001000000 0500260001000000 05002a0001000000
         05002b0003000000 05002c0002000000",
    );
    // ip link add bz2 type bridge fdb_flush
    let c = Bridge {
        fdb_flush: Some(()),
        ..Default::default()
    };
    check(
        named("bz2", LinkKind::Bridge(c)).request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 08000300627a3200 18001200 0a000100627269646765
         0000 0800020004001500",
    );
    // ip link add br7 type bridge vlan_protocol 802.1ad
    let c = Bridge {
        vlan_protocol: Some(ETH_P_8021AD),
        ..Default::default()
    };
    check(
        named("br7", LinkKind::Bridge(c)).request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0800030062723700
         1c0012000a00010062726964676500000c0002000600080088a80000",
    );
}

#[test]
fn add_macvlan_and_macvtap() {
    // ip link add link u0 name m0 type macvlan mode bridge (u0 is index 3)
    let l = LinkChange {
        link: Some(3),
        ..named(
            "m0",
            LinkKind::Macvlan(Macvlan {
                mode: Some(MacvlanMode::Bridge),
                ..Default::default()
            }),
        )
    };
    check(
        l.request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0800050003000000 070003006d300000
         1c0012000b0001006d6163766c616e000c0002000800010004000000",
    );
    // ip link add link u0 name m1 type macvtap mode vepa
    let l = LinkChange {
        link: Some(3),
        ..named(
            "m1",
            LinkKind::Macvtap(Macvlan {
                mode: Some(MacvlanMode::Vepa),
                ..Default::default()
            }),
        )
    };
    check(
        l.request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0800050003000000 070003006d310000
         1c0012000b0001006d616376746170000c0002000800010002000000",
    );
}

#[test]
fn add_macvlan_with_flags_and_queue() {
    // ip link add link q0 name mb type macvlan mode bridge bcqueuelen 50 (q0 is index 9)
    let l = LinkChange {
        link: Some(9),
        ..named(
            "mb",
            LinkKind::Macvlan(Macvlan {
                mode: Some(MacvlanMode::Bridge),
                bc_queue_len: Some(50),
                ..Default::default()
            }),
        )
    };
    check(
        l.request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0800050009000000 070003006d620000
         24001200 0b0001006d6163766c616e00 14000200 0800070032000000 0800010004000000",
    );
    // ip link add link q0 name ma type macvlan mode passthru flag nopromisc
    let l = LinkChange {
        link: Some(9),
        ..named(
            "ma",
            LinkKind::Macvlan(Macvlan {
                mode: Some(MacvlanMode::Passthru),
                flags: Some(mv::MACVLAN_FLAG_NOPROMISC),
                ..Default::default()
            }),
        )
    };
    check(
        l.request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0800050009000000 070003006d610000
         24001200 0b0001006d6163766c616e00 14000200 0800010008000000 0600020001000000",
    );
}

#[test]
fn add_with_link_netnsid() {
    // ip link add link-netns NS link q5 name mvz type macvlan (the namespace got id 1; q5 is
    //   index 57)
    let l = LinkChange {
        link_netnsid: Some(1),
        link: Some(57),
        ..named("mvz", LinkKind::Macvlan(Macvlan::default()))
    };
    check(
        l.request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0800250001000000 0800050039000000
         080003006d767a00 100012000b0001006d6163766c616e00",
    );
}

#[test]
fn add_vxlan_v4_and_v6() {
    // ip link add x5 type vxlan id 42 dev u0 local 10.0.0.1 remote 10.0.0.2 ttl 10 tos 5
    //   ageing 100 dstport 4789 nolearning (u0 is index 20)
    let c = Vxlan {
        id: Some(42),
        group: Some(Ipv4Addr::new(10, 0, 0, 2)),
        local: Some(Ipv4Addr::new(10, 0, 0, 1)),
        link: Some(20),
        port: Some(4789),
        ttl: Some(10),
        tos: Some(5),
        ageing: Some(100),
        learning: Some(false),
        ..Default::default()
    };
    check(
        named("x5", LinkKind::Vxlan(c)).request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0700030078350000
         5c0012000900010076786c616e0000004c000200080003001400000005000500
         0a00000005000600050000000800080064000000080001002a00000008000400
         0a000001080002000a000002050007000000000006000f0012b50000",
    );
    // ip link add x6 type vxlan id 43 remote 2001:db8::2 local 2001:db8::1 dstport 0
    let mut c = Vxlan {
        id: Some(43),
        learning: Some(true),
        ..Default::default()
    };
    c.set_remote("2001:db8::2".parse::<Ipv6Addr>().unwrap().into());
    c.set_local("2001:db8::1".parse::<Ipv6Addr>().unwrap().into());
    assert_eq!(c.remote(), Some("2001:db8::2".parse().unwrap()));
    check(
        named("x6", LinkKind::Vxlan(c)).request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0700030078360000
         4c0012000900010076786c616e0000003c000200080001002b00000014001100
         20010db800000000000000000000000114001000 20010db8000000000000000000000002
         0500070001000000",
    );
}

#[test]
fn add_vxlan_with_every_switch() {
    // ip link add xa type vxlan id 1 dstport 4789 proxy rsc l2miss l3miss noudpcsum
    //   udp6zerocsumtx udp6zerocsumrx remcsumtx remcsumrx gbp df set srcport 1000 2000
    //   maxaddress 10 flowlabel 5
    let c = Vxlan {
        id: Some(1),
        port: Some(4789),
        learning: Some(true),
        proxy: Some(true),
        rsc: Some(true),
        l2miss: Some(true),
        l3miss: Some(true),
        udp_csum: Some(false),
        udp_zero_csum6_tx: Some(true),
        udp_zero_csum6_rx: Some(true),
        remcsum_tx: Some(true),
        remcsum_rx: Some(true),
        gbp: Some(()),
        df: Some(1),
        port_range: Some(PortRange {
            low: Be16(1000),
            high: Be16(2000),
        }),
        limit: Some(10),
        label: Some(5),
        ..Default::default()
    };
    check(
        named("xa", LinkKind::Vxlan(c)).request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0700030078610000 98001200 0900010076786c616e000000
         88000200 05000b0001000000 05000c0001000000 05000d0001000000 05000e0001000000
         0500120000000000 0500130001000000 0500140001000000 0500150001000000
         0500160001000000 04001700 05001d0001000000 08000a0003e807d0 080009000a000000
         08001a0000000005 0800010001000000 0500070001000000 06000f0012b50000",
    );
    // ip link add xb type vxlan external dstport 0
    let c = Vxlan {
        collect_metadata: Some(true),
        learning: Some(false),
        ..Default::default()
    };
    check(
        named("xb", LinkKind::Vxlan(c)).request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0700030078620000 24001200 0900010076786c616e000000
         14000200 0500190001000000 0500070000000000",
    );
    // ip link add xe type vxlan id 4 dstport 0 ttl inherit tos inherit
    let c = Vxlan {
        id: Some(4),
        ttl_inherit: Some(Switch::Flag),
        tos: Some(1),
        learning: Some(true),
        ..Default::default()
    };
    check(
        named("xe", LinkKind::Vxlan(c)).request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0700030078650000 30001200 0900010076786c616e000000
         20000200 04001c00 0500060001000000 0800010004000000 0500070001000000",
    );
}

#[test]
fn add_vlan() {
    // ip link add link u0 name vl0 type vlan id 100 protocol 802.1ad (u0 is index 3)
    let l = LinkChange {
        link: Some(3),
        ..named(
            "vl0",
            LinkKind::Vlan(Vlan {
                id: Some(100),
                protocol: Some(ETH_P_8021AD),
                ..Default::default()
            }),
        )
    };
    check(
        l.request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0800050003000000 08000300766c3000
         2000120008000100766c616e14000200060001006400000006000500 88a80000",
    );
}

#[test]
fn add_vlan_with_flags() {
    // ip link add link q5 name vlx type vlan id 5 protocol 802.1ad reorder_hdr off (q5 is
    //   index 57)
    let l = LinkChange {
        link: Some(57),
        ..named(
            "vlx",
            LinkKind::Vlan(Vlan {
                id: Some(5),
                protocol: Some(ETH_P_8021AD),
                flags: Some(VlanFlags {
                    flags: 0,
                    mask: vlan::VLAN_FLAG_REORDER_HDR,
                }),
                ..Default::default()
            }),
        )
    };
    check(
        l.request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0800050039000000 08000300766c7800
         2c001200 08000100766c616e 20000200 0600010005000000 0600050088a80000
         0c0002000000000001000000",
    );
}

#[test]
fn add_bond_with_options() {
    // ip link add bx type bond mode 802.3ad miimon 100 updelay 200 downdelay 300
    //   use_carrier 0 xmit_hash_policy layer3+4 all_slaves_active 1 min_links 2
    //   lacp_rate fast ad_select bandwidth
    let c = Bond {
        mode: Some(bondattrs::BOND_MODE_8023AD),
        miimon: Some(100),
        updelay: Some(200),
        downdelay: Some(300),
        use_carrier: Some(0),
        xmit_hash_policy: Some(1),
        all_slaves_active: Some(1),
        min_links: Some(2),
        lacp_rate: Some(1),
        ad_select: Some(1),
        ..Default::default()
    };
    check(
        named("bx", LinkKind::Bond(c)).request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0700030062780000 60001200 08000100626f6e64
         54000200 0500010004000000 0800030064000000 08000400c8000000 080005002c010000
         0500060000000000 05000e0001000000 0500110001000000 0800120002000000
         0500150001000000 0500160001000000",
    );
}

#[test]
fn add_bond() {
    // ip link add bo0 type bond mode active-backup miimon 100
    let c = Bond {
        mode: Some(bondattrs::BOND_MODE_ACTIVEBACKUP),
        miimon: Some(100),
        ..Default::default()
    };
    check(
        named("bo0", LinkKind::Bond(c)).request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 08000300626f3000
         2000120008000100626f6e641400020005000100010000000800030064000000",
    );
}

#[test]
fn add_vrf() {
    // ip link add vrf0 type vrf table 10
    check(
        named(
            "vrf0",
            LinkKind::Vrf(Vrf {
                table: Some(10),
                ..Default::default()
            }),
        )
        .request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0900030076726630 00000000
         1800120007000100767266000c000200080001000a000000",
    );
}

#[test]
fn add_gre() {
    // ip link add gre0 type gre local 10.0.0.1 remote 10.0.0.2 ttl 64 key 5: ip also sends
    // pmtudisc 1 and zero tos, fwmark and encapsulation.
    let c = Gre {
        pmtudisc: Some(true),
        tos: Some(0),
        ttl: Some(64),
        fwmark: Some(0),
        encap_type: Some(0),
        encap_flags: Some(0),
        encap_sport: Some(0),
        encap_dport: Some(0),
        ..Gre::keyed(Ipv4Addr::new(10, 0, 0, 1), Ipv4Addr::new(10, 0, 0, 2), 5)
    };
    let gre0 = "00000000000000000000000000000000 0900030067726530 00000000
        80001200070001006772650074000200080004000000000508000500000000050600
        0200200000000600030020000000080006000a000001080007000a00000205000a00
        0100000005000900000000000500080040000000080014000000000006000e000000
        000006000f000000000006001000000000000600110000000000";
    check(
        named("gre0", LinkKind::Gre(c.clone())).request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        gre0,
    );
    // ip link add gre1 type gre remote 10.0.0.2 local 10.0.0.1 ttl 64 ikey 5 okey 6 dev u0
    let c = Gre {
        okey: Some(6),
        link: Some(3),
        ..c
    };
    check(
        named("gre1", LinkKind::Gre(c)).request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0900030067726531 00000000
         880012000700010067726500 7c000200 0800040000000005 0800050000000006
         0600020020000000 0600030020000000 080006000a000001 080007000a000002
         05000a0001000000 0500090000000000 0800010003000000 0500080040000000
         0800140000000000 06000e0000000000 06000f0000000000 0600100000000000
         0600110000000000",
    );
}

#[test]
fn add_wireguard() {
    // ip link add wg0 type wireguard
    check(
        named("wg0", LinkKind::Wireguard(Wireguard::default())).request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0800030077673000
         140012000d000100776972656775617264000000",
    );
}

#[test]
fn set_up_and_down() {
    // ip link set v0 up (v0 is index 8)
    let mut l = LinkChange::of(8);
    l.set_flag(LinkFlags::UP, true);
    check(
        l.request(Verb::Change),
        RTM_NEWLINK,
        0x5,
        "00000000080000000100000001000000",
    );
    // ip link set dev w0 down address 02:00:00:00:00:01 broadcast ff:ff:ff:ff:ff:fe
    //   mtu 1400 name w9 (w0 is index 28)
    let mut l = LinkChange {
        address: Some(vec![2, 0, 0, 0, 0, 1]),
        broadcast: Some(vec![0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]),
        mtu: Some(1400),
        name: Some("w9".into()),
        ..LinkChange::of(28)
    };
    l.set_flag(LinkFlags::UP, false);
    check(
        l.request(Verb::Change),
        RTM_NEWLINK,
        0x5,
        "000000001c00000000000000 01000000 0a00010002000000000100000a000200
         fffffffffffe0000 0800040078050000 0700030077390000",
    );
}

#[test]
fn set_flag_words() {
    // ip link set u1 arp off multicast off promisc on allmulticast on dynamic on
    //   trailers on (u1 is index 2; "trailers on" clears IFF_NOTRAILERS)
    let mut l = LinkChange::of(2);
    l.set_flag(LinkFlags::NOARP, true)
        .set_flag(LinkFlags::MULTICAST, false)
        .set_flag(LinkFlags::PROMISC, true)
        .set_flag(LinkFlags::ALLMULTI, true)
        .set_flag(LinkFlags::DYNAMIC, true)
        .set_flag(LinkFlags::NOTRAILERS, false);
    check(
        l.request(Verb::Change),
        RTM_NEWLINK,
        0x5,
        "000000000200000080830000a0930000",
    );
}

#[test]
fn set_attributes() {
    let cases: [(LinkChange, &str); 8] = [
        // ip link set u1 alias hello (sent without a NUL)
        (
            LinkChange {
                alias: Some("hello".into()),
                ..LinkChange::of(2)
            },
            "00000000020000000000000000000000 0900140068656c6c6f000000",
        ),
        // ip link set u1 alias ""
        (
            LinkChange {
                alias: Some(String::new()),
                ..LinkChange::of(2)
            },
            "00000000020000000000000000000000 04001400",
        ),
        // ip link set u1 group 4
        (
            LinkChange {
                group: Some(4),
                ..LinkChange::of(2)
            },
            "00000000020000000000000000000000 08001b0004000000",
        ),
        // ip link set u1 txqlen 9
        (
            LinkChange {
                txqlen: Some(9),
                ..LinkChange::of(2)
            },
            "00000000020000000000000000000000 08000d0009000000",
        ),
        // ip link set v9 addrgenmode none (v9 is index 8)
        (
            LinkChange {
                addr_gen_mode: Some(IN6_ADDR_GEN_MODE_NONE),
                ..LinkChange::of(8)
            },
            "00000000080000000000000000000000 10001a000c000a000500080001000000",
        ),
        // ip link set v9 master lo
        (
            LinkChange {
                master: Some(1),
                ..LinkChange::of(8)
            },
            "00000000080000000000000000000000 08000a0001000000",
        ),
        // ip link set v9 nomaster
        (
            LinkChange {
                master: Some(0),
                ..LinkChange::of(8)
            },
            "00000000080000000000000000000000 08000a0000000000",
        ),
        // ip link set w9 netns 9583 (a process in another namespace; w9 is index 28)
        (
            LinkChange {
                netns_pid: Some(9583),
                ..LinkChange::of(28)
            },
            "000000001c0000000000000000000000 080013006f250000",
        ),
    ];
    for (l, want) in cases {
        check(l.request(Verb::Change), RTM_NEWLINK, 0x5, want);
    }
    // ip link set w9 netns nlkit-lc-probe2: ip opened /run/netns/nlkit-lc-probe2 as fd 4.
    let l = LinkChange {
        netns_fd: Some(4),
        ..LinkChange::of(28)
    };
    check(
        l.request(Verb::Change),
        RTM_NEWLINK,
        0x5,
        "000000001c0000000000000000000000 08001c0004000000",
    );
    // ip link set q1 netns nlkit-lc-probe3 index 77 (q1 is index 38; the namespace fd 4)
    let l = LinkChange {
        netns_fd: Some(4),
        new_index: Some(77),
        ..LinkChange::of(38)
    };
    check(
        l.request(Verb::Change),
        RTM_NEWLINK,
        0x5,
        "00000000260000000000000000000000 08001c0004000000 080031004d000000",
    );
    // ip link add index 55 iz type ifb
    let l = LinkChange {
        index: 55,
        ..named("iz", LinkKind::Ifb(Ifb::default()))
    };
    check(
        l.request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000370000000000000000000000 07000300697a0000 0c0012000700010069666200",
    );
}

#[test]
fn set_bridge_port_options() {
    // ip link set q1 type bridge_slave priority 7 cost 5 hairpin on guard on root_block on
    //   fastleave on learning off flood off (q1 is index 38): the kind goes as
    //   IFLA_INFO_KIND "bridge_slave", the options in IFLA_INFO_SLAVE_DATA.
    let c = BridgePort {
        priority: Some(7),
        cost: Some(5),
        hairpin: Some(true),
        guard: Some(true),
        root_block: Some(true),
        fast_leave: Some(true),
        learning: Some(false),
        flood: Some(false),
        ..Default::default()
    };
    let l = LinkChange {
        kind: Some(LinkKind::BridgePort(c)),
        ..LinkChange::of(38)
    };
    check(
        l.request(Verb::Change),
        RTM_NEWLINK,
        0x5,
        "00000000260000000000000000000000 58001200 100001006272696467655f736c617665
         44000500 0600020007000000 0800030005000000 0500040001000000 0500050001000000
         0500060001000000 0500070001000000 0500080000000000 0500090000000000",
    );
}

#[test]
fn detach_xdp() {
    // ip link set q5 xdp|xdpgeneric|xdpdrv|xdpoffload off (q5 is index 57)
    for (mode, flags) in [
        (0, "01000000"),
        (XDP_FLAGS_SKB_MODE, "03000000"),
        (XDP_FLAGS_DRV_MODE, "05000000"),
        (XDP_FLAGS_HW_MODE, "09000000"),
    ] {
        let l = LinkChange {
            xdp: Some(Xdp::detach(XDP_FLAGS_UPDATE_IF_NOEXIST | mode)),
            ..LinkChange::of(57)
        };
        check(
            l.request(Verb::Change),
            RTM_NEWLINK,
            0x5,
            &format!("00000000390000000000000000000000 14002b00 08000100ffffffff 08000300{flags}"),
        );
    }
}

#[test]
fn set_modes_and_limits() {
    // ip link set q0 mode default state up carrier on protodown off gso_max_size 65536
    //   gso_max_segs 65535 gro_max_size 65536 (q0 is index 39)
    let l = LinkChange {
        linkmode: Some(LinkMode::Default),
        operstate: Some(OperState::Up),
        carrier: Some(1),
        proto_down: Some(0),
        gso_max_size: Some(65536),
        gso_max_segs: Some(65535),
        gro_max_size: Some(65536),
        ..LinkChange::of(39)
    };
    check(
        l.request(Verb::Change),
        RTM_NEWLINK,
        0x5,
        "00000000270000000000000000000000 0500110000000000 0500100006000000
         0500210001000000 0500270000000000 0800290000000100 08002800ffff0000
         08003a0000000100",
    );
}

#[test]
fn delete_and_alt_names() {
    // ip link del v9 (index 8)
    check(
        LinkChange::of(8).request(Verb::Delete),
        RTM_DELLINK,
        0x5,
        "00000000080000000000000000000000",
    );
    // ip link del group 77
    check(
        LinkChange {
            group: Some(77),
            ..Default::default()
        }
        .request(Verb::Delete),
        RTM_DELLINK,
        0x5,
        "00000000000000000000000000000000 08001b004d000000",
    );
    // ip link set group 77 up
    let mut l = LinkChange {
        group: Some(77),
        ..Default::default()
    };
    l.set_flag(LinkFlags::UP, true);
    check(
        l.request(Verb::Change),
        RTM_NEWLINK,
        0x5,
        "00000000000000000100000001000000 08001b004d000000",
    );
    // ip link property add dev lo altname aa altname bb
    check(
        AltNames {
            index: 1,
            names: vec!["aa".into(), "bb".into()],
        }
        .request(Verb::Add),
        RTM_NEWLINKPROP,
        0xe05,
        "00000000010000000000000000000000 14003480 0700350061610000 0700350062620000",
    );
    // ip link property del dev lo altname aa
    check(
        AltNames {
            index: 1,
            names: vec!["aa".into()],
        }
        .request(Verb::Delete),
        RTM_DELLINKPROP,
        0x5,
        "00000000010000000000000000000000 0c003480 0700350061610000",
    );
}

#[test]
fn delete_with_a_kind_and_an_empty_data_nest() {
    // ip link del i0 type vxlan (index 2)
    check(
        LinkChange {
            kind: Some(LinkKind::named("vxlan")),
            ..LinkChange::of(2)
        }
        .request(Verb::Delete),
        RTM_DELLINK,
        0x5,
        "00000000020000000000000000000000 10001200 0900010076786c616e000000",
    );
    // ip link add d0 type dummy foo (ip ignores the words, and sends an empty data nest)
    check(
        named(
            "d0",
            LinkKind::Other {
                kind: "dummy".into(),
                data: Some(Vec::new()),
            },
        )
        .request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 0700030064300000
         14001200 0900010064756d6d79000000 04000200",
    );
}

#[test]
fn other_kind_carries_raw_options() {
    let data = MessageBuilder::attributes_payload(|b| {
        b.attr_u32_ne(1, 7);
    })
    .unwrap();
    let l = named(
        "z0",
        LinkKind::Other {
            kind: "zz".into(),
            data: Some(data),
        },
    );
    check(
        l.request(Verb::Add),
        RTM_NEWLINK,
        0x605,
        "00000000000000000000000000000000 070003007a300000
         18001200 060001007a7a0000 0c000200 0800010007000000",
    );
}

#[test]
fn request_parses_back_as_a_link() {
    let l = LinkChange {
        mtu: Some(1400),
        alias: Some("a".into()),
        ..named("v0", LinkKind::Ifb(Ifb::default()))
    };
    let b = l.request(Verb::Add);
    let out = b.finish().unwrap();
    let m = MessageView::new_checked(&out[..]).unwrap();
    let parsed = Link::parse(m.payload()).unwrap();
    assert_eq!(parsed.name.as_deref(), Some("v0"));
    assert_eq!(parsed.mtu, Some(1400));
    // The alias and the kind travel without a NUL (as ip sends them); strings are read
    // with or without one, so nothing is malformed or left unknown.
    assert!(parsed.malformed.is_empty(), "{:?}", parsed.malformed);
    assert!(parsed.unknown.is_empty(), "{:?}", parsed.unknown);
    assert_eq!(parsed.alias.as_deref(), Some("a"));
    assert_eq!(parsed.kind(), Some("ifb"));
}

/// Reads a request's payload back as a link change (the header and the attributes).
fn parse_change(payload: &[u8]) -> LinkChange {
    let m = crate::wire::FamilyMessage::<IfInfoMsg>::parse(payload).unwrap();
    let mut c = LinkChange::from_header(&m.header);
    c.read_attrs(m.attrs()).unwrap();
    c
}

/// A kind written in a request reads back as the same kind, both as a change (the request
/// form) and as a link (what the kernel would report), and the change emits the same bytes.
#[test]
fn kinds_read_back_as_written() {
    let mut vxlan = Vxlan {
        id: Some(42),
        link: Some(3),
        ttl: Some(10),
        ttl_inherit: Some(Switch::Flag),
        port: Some(4789),
        learning: Some(false),
        udp_csum: Some(true),
        port_range: Some(PortRange {
            low: Be16(1000),
            high: Be16(2000),
        }),
        label: Some(5),
        ..Default::default()
    };
    vxlan.set_local("2001:db8::1".parse().unwrap());
    vxlan.set_remote("10.0.0.2".parse().unwrap());
    let bridge = Bridge {
        forward_delay: Some(400),
        priority: Some(7),
        vlan_protocol: Some(0x88a8),
        group_addr: Some(vec![0x01, 0x80, 0xc2, 0, 0, 0x0e]),
        fdb_flush: Some(()),
        mcast_query_intvl: Some(15000),
        ..Default::default()
    };
    let port = BridgePort {
        priority: Some(7),
        cost: Some(5),
        hairpin: Some(true),
        learning: Some(false),
        backup_port: Some(9),
        ..Default::default()
    };
    for (verb, change) in [
        (Verb::Add, named("x0", LinkKind::Vxlan(vxlan))),
        (Verb::Add, named("b0", LinkKind::Bridge(bridge))),
        (
            Verb::Change,
            LinkChange {
                kind: Some(LinkKind::BridgePort(port)),
                ..LinkChange::of(38)
            },
        ),
    ] {
        let name = change.kind.as_ref().unwrap().name().to_owned();
        let out = change.request(verb).finish().unwrap();
        let payload = MessageView::new_checked(&out[..])
            .unwrap()
            .payload()
            .to_vec();
        let back = parse_change(&payload);
        assert_eq!(back, change, "{name}");
        assert!(
            back.unknown.is_empty() && back.malformed.is_empty(),
            "{name}"
        );
        let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
        back.emit_change(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], &payload[..], "{name}");
        let link = Link::parse(&payload).unwrap();
        assert!(link.malformed.is_empty(), "{name}: {:?}", link.malformed);
        assert_eq!(link.kind(), Some(&name[..]));
        assert_eq!(link.kind_data(), change.kind, "{name}");
    }
}

/// A verb an object does not have fails before anything is sent.
#[test]
fn verbs_a_link_does_not_have_are_refused() {
    let unsupported = |b: MessageBuilder| b.finish().unwrap_err();
    assert_eq!(
        unsupported(named("v0", LinkKind::Ifb(Ifb::default())).request(Verb::Append)),
        crate::wire::BuildError::UnsupportedChange {
            object: "link",
            verb: "append"
        }
    );
    assert_eq!(
        unsupported(LinkChange::of(3).request(Verb::Test)),
        crate::wire::BuildError::UnsupportedChange {
            object: "link",
            verb: "test"
        }
    );
    let alt = AltNames {
        index: 1,
        names: vec!["aa".into()],
    };
    assert_eq!(
        unsupported(alt.request(Verb::Replace)),
        crate::wire::BuildError::UnsupportedChange {
            object: "link property",
            verb: "replace"
        }
    );
    // A link as read is only deleted (by its index); it is created through LinkChange.
    let link = Link {
        index: 8,
        name: Some("v9".into()),
        ..Default::default()
    };
    assert_eq!(
        unsupported(Change::request(&link, Verb::Add)),
        crate::wire::BuildError::UnsupportedChange {
            object: "link",
            verb: "add"
        }
    );
    check(
        Change::request(&link, Verb::Delete),
        RTM_DELLINK,
        0x5,
        "00000000080000000000000000000000",
    );
}
