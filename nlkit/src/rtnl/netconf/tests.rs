use super::*;
use crate::wire::MessageIter;

/// Captured in a namespace by a raw NETLINK_ROUTE socket joined to RTNLGRP_IPV4_NETCONF and
/// RTNLGRP_IPV6_NETCONF (recv into a file) during `ip link add br1 type bridge; ip link del
/// br1` (ifindex 7): RTM_NEWNETCONF inet, inet6, RTM_DELNETCONF inet, inet6.
const EVENTS: &[u8] = include_bytes!("fixtures/events.bin");

#[test]
fn events_parse_and_round_trip() {
    let all: Vec<_> = MessageIter::new(EVENTS).map(Result::unwrap).collect();
    assert_eq!(all.len(), 4);
    let parsed: Vec<Netconf> = all
        .iter()
        .map(|m| Netconf::from_message(m).unwrap())
        .collect();
    let inet = &parsed[0];
    assert_eq!(inet.family, crate::rtnl::family::AF_INET);
    assert_eq!(inet.interface, Some(7));
    assert_eq!(inet.forwarding, Some(0));
    assert_eq!(inet.rp_filter, Some(0));
    assert_eq!(inet.bc_forwarding, Some(0));
    assert_eq!(parsed[1].rp_filter, None, "IPv6 has no rp_filter");
    assert_eq!(
        parsed[2],
        Netconf {
            family: crate::rtnl::family::AF_INET,
            interface: Some(7),
            ..Default::default()
        }
    );
    for (m, c) in all.iter().zip(&parsed) {
        assert!(c.unknown.is_empty() && c.malformed.is_empty());
        let mut b = MessageBuilder::new(m.message_type(), Flags::NONE);
        c.emit(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], m.payload(), "{c:?}");
    }
}

#[test]
fn malformed_and_short() {
    assert!(Netconf::parse(&[]).is_err());
    // A 2-byte forwarding attribute is recorded, the rest kept.
    let c = Netconf::parse(&[2, 0, 0, 0, 6, 0, 2, 0, 1, 0, 0, 0, 8, 0, 9, 0, 1, 0, 0, 0]).unwrap();
    assert_eq!(c.forwarding, None);
    assert_eq!(c.malformed.len(), 1);
    assert_eq!(c.unknown.len(), 1);
}
