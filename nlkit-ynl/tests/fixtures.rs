//! Generated families on replies captured from the kernel (6.18, in a namespace with a veth
//! pair v0/v1, v0 up: `examples/capture.rs` says how). Every message parses with its
//! generated type, nothing is left unknown or malformed, and it is emitted back to the same
//! bytes. The values checked are the ones the kernel's Python YNL tool (`cli.py
//! --output-json`) printed for the same requests in the same namespace.

use nlkit::wire::genl::GenlMsgHdr;
use nlkit::wire::{AttributeSet, FixedStruct, MessageIter, MessageView};
use nlkit::ynl::{self, ethtool, netdev, nlctrl};

/// The messages of a fixture.
fn messages(bytes: &[u8]) -> Vec<MessageView<&[u8]>> {
    MessageIter::new(bytes).map(Result::unwrap).collect()
}

/// Parses `m` as the set `T`, checks that nothing was left raw and that it emits back to the
/// same payload.
fn round_trip<T: AttributeSet>(m: &MessageView<&[u8]>) -> (GenlMsgHdr, T) {
    let (h, t) = ynl::parse_genl::<T>(m.payload()).unwrap();
    assert!(t.unknown().is_empty(), "{t:?}");
    let again = ynl::genl_message(m.message_type(), h.cmd, h.version, &t)
        .finish()
        .unwrap();
    let v = MessageView::new_checked(&again[..]).unwrap();
    assert_eq!(v.payload(), m.payload(), "{t:?}");
    (h, t)
}

#[test]
fn netdev_dev_get_dump() {
    let bytes = include_bytes!("fixtures/netdev_dev_get.bin");
    let devs: Vec<netdev::Dev> = messages(bytes)
        .iter()
        .map(|m| round_trip::<netdev::Dev>(m).1)
        .collect();
    let indexes: Vec<_> = devs.iter().map(|d| d.ifindex).collect();
    assert_eq!(indexes, [Some(1), Some(2), Some(3)]);
    assert_eq!(devs[0].xdp_features, Some(netdev::XdpAct::EMPTY));
    let veth = &devs[2];
    let features = netdev::XdpAct::REDIRECT | netdev::XdpAct::RX_SG | netdev::XdpAct::BASIC;
    assert_eq!(veth.xdp_features, Some(features));
    let meta = netdev::XdpRxMetadata::VLAN_TAG
        | netdev::XdpRxMetadata::HASH
        | netdev::XdpRxMetadata::TIMESTAMP;
    assert_eq!(veth.xdp_rx_metadata_features, Some(meta));
    assert_eq!(veth.xsk_features, Some(netdev::XskFlags::EMPTY));
    assert_eq!(format!("{:?}", features), "BASIC|REDIRECT|RX_SG");
}

#[test]
fn netdev_notifications_are_typed() {
    let bytes = include_bytes!("fixtures/netdev_dev_get.bin");
    let m = &messages(bytes)[2];
    let (_, dev) = round_trip::<netdev::Dev>(m);
    let ntf = ynl::genl_message(m.message_type(), netdev::cmd::DEV_ADD_NTF, 1, &dev)
        .finish()
        .unwrap();
    let v = MessageView::new_checked(&ntf[..]).unwrap();
    let parsed = netdev::Notification::parse(v.payload()).unwrap();
    assert_eq!(parsed, netdev::Notification::DevAddNtf(dev));
    let other = ynl::genl_message(m.message_type(), 99, 1, &netdev::Dev::default())
        .finish()
        .unwrap();
    let v = MessageView::new_checked(&other[..]).unwrap();
    assert_eq!(
        netdev::Notification::parse(v.payload()).unwrap(),
        netdev::Notification::Other(99)
    );
}

#[test]
fn ethtool_linkinfo_and_linkmodes_of_a_veth() {
    let m = &messages(include_bytes!("fixtures/ethtool_linkinfo_get.bin"))[0];
    let (h, info) = round_trip::<ethtool::Linkinfo>(m);
    assert_eq!(h.cmd, ethtool::cmd::LINKINFO_GET);
    let header = info.header.as_ref().unwrap();
    assert_eq!(
        (header.dev_index, header.dev_name.as_deref()),
        (Some(3), Some("v0"))
    );
    let fields = [
        info.port,
        info.phyaddr,
        info.tp_mdix,
        info.tp_mdix_ctrl,
        info.transceiver,
    ];
    assert_eq!(fields, [Some(0); 5]);
    let m = &messages(include_bytes!("fixtures/ethtool_linkmodes_get.bin"))[0];
    let (h, modes) = round_trip::<ethtool::Linkmodes>(m);
    assert_eq!(h.cmd, ethtool::cmd::LINKMODES_GET);
    assert_eq!(
        (modes.autoneg, modes.speed, modes.duplex),
        (Some(0), Some(10000), Some(1))
    );
    assert_eq!(modes.rate_matching, Some(0));
    let ours = modes.ours.as_ref().unwrap();
    assert_eq!(ours.size, Some(121));
    assert!(ours.bits.as_ref().is_some_and(|b| b.bit.is_empty()));
}

#[test]
fn nlctrl_getfamily_dump() {
    let bytes = include_bytes!("fixtures/nlctrl_getfamily_dump.bin");
    let families: Vec<nlctrl::CtrlAttrs> = messages(bytes)
        .iter()
        .map(|m| round_trip::<nlctrl::CtrlAttrs>(m).1)
        .collect();
    let names: Vec<_> = families
        .iter()
        .map(|f| f.family_name.as_deref().unwrap())
        .collect();
    let expected = [
        "nlctrl",
        "netdev",
        "ethtool",
        "tcp_metrics",
        "mptcp_pm",
        "SEG6",
        "IOAM6",
        "TASKSTATS",
    ];
    assert_eq!(names, expected);
    let netdev = &families[1];
    assert_eq!((netdev.family_id, netdev.version), (Some(20), Some(1)));
    let ops = netdev.ops.as_ref().unwrap();
    let ids: Vec<_> = ops.iter().map(|(_, op)| op.id.unwrap()).collect();
    assert_eq!(ids, [1, 5, 10, 11, 12, 13, 14, 15]);
    assert_eq!(ops[0].0 & 0x3fff, 1, "indexed from 1");
    let groups = netdev.mcast_groups.as_ref().unwrap();
    let groups: Vec<_> = groups
        .iter()
        .map(|(_, g)| (g.name.as_deref().unwrap(), g.id.unwrap()))
        .collect();
    assert_eq!(groups, [("mgmt", 4), ("page-pool", 5)]);
    assert_eq!(GenlMsgHdr::LEN, 4);
}
