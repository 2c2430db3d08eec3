//! The generated netlink-raw families read nlkit's own rtnetlink fixtures (dumps captured
//! from the kernel, see each `nlkit/src/rtnl/<object>/tests.rs`): every message parses with
//! the generated header and attribute set, emits back to the same bytes, and agrees with
//! the hand-written object on what both model.

use nlkit::rtnl::{addr::Address, link::Link, neigh::Neighbour, route::Route, rule::Rule, Object};
use nlkit::wire::{AttributeSet, FixedStruct, Flags, MessageBuilder, MessageIter, MessageView};
use nlkit::ynl::{self, rt_addr, rt_link, rt_neigh, rt_route, rt_rule};

/// Parses every message of `bytes` as `H` and `T`, checks the round trip, and returns them
/// with their payloads.
fn read_all<H: FixedStruct + PartialEq + std::fmt::Debug, T: AttributeSet>(
    bytes: &[u8],
) -> Vec<(H, T, Vec<u8>)> {
    let mut out = Vec::new();
    for m in MessageIter::new(bytes) {
        let m: MessageView<&[u8]> = m.unwrap();
        let (h, t) = ynl::parse_fixed::<H, T>(m.payload()).unwrap();
        let mut b = MessageBuilder::new(m.message_type(), Flags::NONE);
        b.push_struct(&h);
        t.write_attrs(&mut b);
        let again = b.finish().unwrap();
        let v = MessageView::new_checked(&again[..]).unwrap();
        assert_eq!(v.payload(), m.payload(), "{t:?}");
        out.push((h, t, m.payload().to_vec()));
    }
    assert!(!out.is_empty());
    out
}

#[test]
fn links() {
    let all = read_all::<rt_link::Ifinfomsg, rt_link::LinkAttrs>(include_bytes!(
        "../../nlkit/src/rtnl/link/fixtures/detail_all.bin"
    ));
    assert_eq!(all.len(), 8);
    for (h, attrs, payload) in &all {
        let hand = Link::parse(payload).unwrap();
        assert_eq!(h.ifi_index as u32, hand.index);
        assert_eq!(attrs.ifname, hand.name);
        assert_eq!(attrs.mtu, hand.mtu);
        assert_eq!(attrs.master, hand.master);
        let kind = attrs.linkinfo.as_ref().and_then(|i| i.kind.clone());
        assert_eq!(kind.as_deref(), hand.kind());
    }
}

#[test]
fn link_kind_data_through_the_sub_message() {
    let all = read_all::<rt_link::Ifinfomsg, rt_link::LinkAttrs>(include_bytes!(
        "../../nlkit/src/rtnl/link/fixtures/detail_all.bin"
    ));
    let mut typed = 0;
    for (_, attrs, _) in &all {
        let Some(info) = &attrs.linkinfo else {
            continue;
        };
        let (Some(kind), Some(data)) = (&info.kind, &info.data) else {
            continue;
        };
        let parsed = rt_link::LinkinfoDataMsg::parse(kind, data).unwrap();
        let mut b = MessageBuilder::new(0, Flags::NONE);
        parsed.emit(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], &data[..], "{kind}: {parsed:?}");
        if !matches!(parsed, rt_link::LinkinfoDataMsg::Other(_)) {
            typed += 1;
        }
    }
    assert!(typed > 0, "some kind's data is typed");
}

#[test]
fn addresses() {
    let all = read_all::<rt_addr::Ifaddrmsg, rt_addr::AddrAttrs>(include_bytes!(
        "../../nlkit/src/rtnl/addr/fixtures/show.bin"
    ));
    for (h, attrs, payload) in &all {
        let hand = Address::parse(payload).unwrap();
        assert_eq!(h.ifa_index, hand.index);
        assert_eq!(attrs.ifa_label, hand.label);
        let flags = attrs.ifa_flags.map_or(u32::from(h.ifa_flags), |f| f.bits());
        assert_eq!(flags, hand.flags.bits());
    }
}

#[test]
fn routes_neighbours_and_rules() {
    let routes = read_all::<rt_route::Rtmsg, rt_route::RouteAttrs>(include_bytes!(
        "../../nlkit/src/rtnl/route/fixtures/table_all.bin"
    ));
    for (h, attrs, payload) in &routes {
        let hand = Route::parse(payload).unwrap();
        assert_eq!(h.rtm_dst_len, hand.destination_len);
        assert_eq!(attrs.rta_oif, hand.output_interface);
        assert_eq!(attrs.rta_priority, hand.priority);
    }
    let neighbours = read_all::<rt_neigh::Ndmsg, rt_neigh::NeighbourAttrs>(include_bytes!(
        "../../nlkit/src/rtnl/neigh/fixtures/show.bin"
    ));
    for (h, _, payload) in &neighbours {
        let hand = Neighbour::parse(payload).unwrap();
        assert_eq!(h.ndm_ifindex as u32, hand.index);
    }
    let rules = read_all::<rt_rule::FibRuleHdr, rt_rule::FibRuleAttrs>(include_bytes!(
        "../../nlkit/src/rtnl/rule/fixtures/show.bin"
    ));
    for (_, attrs, payload) in &rules {
        let hand = Rule::parse(payload).unwrap();
        assert_eq!(attrs.priority, hand.priority);
    }
}
