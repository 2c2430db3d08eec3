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
    assert_eq!(inet.family, AddressFamily::Inet);
    assert_eq!(inet.interface, Some(7));
    assert_eq!(inet.forwarding, Some(0));
    assert_eq!(inet.rp_filter, Some(0));
    assert_eq!(inet.bc_forwarding, Some(0));
    assert_eq!(parsed[1].rp_filter, None, "IPv6 has no rp_filter");
    assert_eq!(
        parsed[2],
        Netconf {
            family: AddressFamily::Inet,
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
    // A 2-byte forwarding attribute is recorded, the rest kept: the unknown attribute 9
    // and the malformed one, raw, so that the bytes come back as they were.
    let bytes = [2, 0, 0, 0, 6, 0, 2, 0, 1, 0, 0, 0, 8, 0, 9, 0, 1, 0, 0, 0];
    let c = Netconf::parse(&bytes).unwrap();
    assert_eq!(c.forwarding, None);
    assert_eq!(c.malformed.len(), 1);
    assert_eq!(c.malformed[0].attr_type, NETCONFA_FORWARDING);
    assert_eq!(c.unknown.len(), 2);
    assert_eq!(c.unknown[0].payload, [1, 0]);
    let mut b = MessageBuilder::new(RTM_NEWNETCONF, Flags::NONE);
    c.emit(&mut b);
    assert_eq!(&b.finish().unwrap()[16..], &bytes[..]);
}

#[test]
fn netconf_is_only_read() {
    let c = Netconf {
        family: AddressFamily::Inet,
        interface: Some(7),
        ..Default::default()
    };
    for verb in [Verb::Add, Verb::Replace, Verb::Delete] {
        assert!(matches!(
            crate::rtnl::Change::request(&c, verb).finish(),
            Err(crate::wire::BuildError::UnsupportedChange {
                object: "netconf",
                ..
            })
        ));
    }
}
