//! Arbitrary bytes through every parser: never a panic, always an end.

use nlkit::rtnl::message_type::*;
use nlkit::rtnl::{AnyObject, Object};
use nlkit::wire::{hexdump, AttrIter, Control, ExtAck, Flags, MessageBuilder, MessageIter};
use proptest::prelude::*;

fn walk_attrs(data: &[u8], depth: usize) -> usize {
    let mut n = 0;
    for a in AttrIter::new(data) {
        n += 1;
        let Ok(a) = a else { break };
        let _ = (
            a.u8(),
            a.u16_ne(),
            a.u32_be(),
            a.u64_ne(),
            a.string(),
            a.c_string(),
            a.ip(),
            a.mac(),
        );
        if depth < 4 {
            n += walk_attrs(a.payload(), depth + 1);
        }
    }
    n
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn message_iter_never_panics_and_ends(data in proptest::collection::vec(any::<u8>(), 0..512)) {
        let mut count = 0;
        for m in MessageIter::new(&data) {
            count += 1;
            prop_assert!(count <= data.len() / 16 + 1);
            let Ok(m) = m else { break };
            let _ = Control::parse(&m);
            let _ = m.payload_after(16);
            walk_attrs(m.payload(), 0);
        }
        let _ = hexdump::describe("fuzz", &data);
    }

    #[test]
    fn route_parser_never_panics(data in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(r) = nlkit::rtnl::route::Route::parse(&data) {
            // Whatever parsed can be emitted again and parses to the same route.
            let mut b = MessageBuilder::new(RTM_NEWROUTE, Flags::NONE);
            r.emit(&mut b);
            if let Ok(bytes) = b.finish() {
                let again = nlkit::rtnl::route::Route::parse(&bytes[16..]).unwrap();
                prop_assert_eq!(again.header(), r.header());
                prop_assert_eq!(again.destination, r.destination);
                let hops = |r: &nlkit::rtnl::route::Route| {
                    r.multipath.as_ref().map(|m| m.iter().map(|h| (h.flags, h.hops, h.index, h.gateway)).collect::<Vec<_>>())
                };
                prop_assert_eq!(hops(&again), hops(&r));
            }
        }
    }

    #[test]
    fn address_parser_never_panics(data in proptest::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(a) = nlkit::rtnl::addr::Address::parse(&data) {
            let mut b = MessageBuilder::new(RTM_NEWADDR, Flags::NONE);
            a.emit(&mut b);
            let _ = b.finish();
        }
    }

    #[test]
    fn link_parser_never_panics_and_round_trips(data in proptest::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(l) = nlkit::rtnl::link::Link::parse(&data) {
            // Whatever parsed emits again and parses to the same link.
            let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
            l.emit(&mut b);
            if let Ok(bytes) = b.finish() {
                let again = nlkit::rtnl::link::Link::parse(&bytes[16..]).unwrap();
                prop_assert_eq!(again.header(), l.header());
                prop_assert_eq!(&again.name, &l.name);
                prop_assert_eq!(&again.info, &l.info);
                prop_assert_eq!(&again.unknown, &l.unknown);
            }
        }
    }

    #[test]
    fn neighbour_parser_never_panics(data in proptest::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(n) = nlkit::rtnl::neigh::Neighbour::parse(&data) {
            let mut b = MessageBuilder::new(RTM_NEWNEIGH, Flags::NONE);
            n.emit(&mut b);
            let _ = b.finish();
        }
    }

    #[test]
    fn rule_parser_never_panics(data in proptest::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(r) = nlkit::rtnl::rule::Rule::parse(&data) {
            let mut b = MessageBuilder::new(RTM_NEWRULE, Flags::NONE);
            r.emit(&mut b);
            let _ = b.finish();
        }
    }

    #[test]
    fn nexthop_parser_never_panics(data in proptest::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(n) = nlkit::rtnl::nexthop::Nexthop::parse(&data) {
            let mut b = MessageBuilder::new(RTM_NEWNEXTHOP, Flags::NONE);
            n.emit(&mut b);
            let _ = b.finish();
        }
    }

    #[test]
    fn netconf_bucket_and_encap_parsers_never_panic(data in proptest::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(c) = nlkit::rtnl::netconf::Netconf::parse(&data) {
            let mut b = MessageBuilder::new(RTM_NEWNETCONF, Flags::NONE);
            c.emit(&mut b);
            let _ = b.finish();
        }
        let _ = nlkit::rtnl::nexthop::NexthopBucket::parse(&data);
        for t in [1u16, 2, 4, 99] {
            if let Ok(e) = nlkit::rtnl::route::Encap::parse(t, &data) {
                let _ = e.to_parts();
            }
        }
        if let Ok(a) = nlkit::rtnl::addr::Address::parse(&data) {
            // Whatever parses gets an identity and an announcement message.
            let _ = a.key();
            let o = AnyObject::Address(a);
            let bytes = o.to_message(true);
            // The announcement parses back to the same kind.
            if let Ok(bytes) = bytes {
                let m = nlkit::wire::MessageView::new_checked(&bytes[..]).unwrap();
                prop_assert_eq!(AnyObject::parse(&m).map(|p| p.map(|p| p.kind())), Some(Ok(o.kind())));
            }
        }
    }

    #[test]
    fn attr_iter_never_panics_and_ends(data in proptest::collection::vec(any::<u8>(), 0..512)) {
        let n = AttrIter::new(&data).count();
        prop_assert!(n <= data.len() / 4 + 1);
        walk_attrs(&data, 0);
        let _ = ExtAck::parse(&data);
    }

    #[test]
    fn control_messages_from_arbitrary_payloads(ty in 1u16..5, flags in any::<u16>(), payload in proptest::collection::vec(any::<u8>(), 0..128)) {
        let mut b = MessageBuilder::new(ty, Flags(flags));
        b.push_bytes(&payload);
        let bytes = b.finish().unwrap();
        let m = MessageIter::new(&bytes).next().unwrap().unwrap();
        let _ = Control::parse(&m);
    }

    #[test]
    fn built_attributes_parse_back(attrs in proptest::collection::vec((1u16..0x3fff, proptest::collection::vec(any::<u8>(), 0..40)), 0..20)) {
        let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::REQUEST);
        for (kind, payload) in &attrs {
            b.attr_bytes(*kind, payload);
        }
        let bytes = b.finish().unwrap();
        let m = MessageIter::new(&bytes).next().unwrap().unwrap();
        prop_assert_eq!(m.length() as usize, bytes.len());
        let back: Vec<(u16, Vec<u8>)> = AttrIter::new(m.payload())
            .map(|a| a.map(|a| (a.attr_type(), a.payload().to_vec())))
            .collect::<Result<_, _>>()
            .unwrap();
        prop_assert_eq!(back, attrs);
    }
}
