use super::*;
use crate::rtnl::{Change, Verb};
use crate::wire::{FixedStruct, MessageIter, MessageView};

/// Captured with `strace -e trace=recvmsg -e read=3 ip addr show` in a namespace with lo,
/// a veth pair v0/v1 (10.0.0.1/24; 10.0.0.5/24 label v0:1; 10.30.0.1 peer 10.30.0.2/32;
/// 2001:db8::1/64 nodad; 2001:db8:7::1/64 valid_lft 300 preferred_lft 100;
/// 2001:db8:8::1/64 noprefixroute nodad) and link-local addresses. Only the 11
/// RTM_NEWADDR messages are kept.
const SHOW: &[u8] = include_bytes!("fixtures/show.bin");

fn addresses() -> Vec<(Vec<u8>, Address)> {
    MessageIter::new(SHOW)
        .map(|m| {
            let m = m.unwrap();
            (m.payload().to_vec(), Address::from_message(&m).unwrap())
        })
        .collect()
}

#[test]
fn fixture_parses_and_round_trips() {
    let all = addresses();
    assert_eq!(all.len(), 11);
    for (bytes, a) in &all {
        assert!(a.unknown.is_empty() && a.malformed.is_empty(), "{a:?}");
        let mut b = MessageBuilder::new(RTM_NEWADDR, Flags::NONE);
        a.emit(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], &bytes[..], "{a:?}");
    }
}

#[test]
fn fields() {
    let all: Vec<Address> = addresses().into_iter().map(|x| x.1).collect();
    let by = |s: &str| {
        all.iter()
            .find(|a| a.local.or(a.address).map(|x| x.to_string()).as_deref() == Some(s))
            .unwrap()
    };
    let sec = by("10.0.0.5");
    assert_eq!(sec.label.as_deref(), Some("v0:1"));
    assert!(sec.flags.contains(AddressFlags::SECONDARY));
    let peer = by("10.30.0.1");
    assert_eq!(peer.address, Some("10.30.0.2".parse().unwrap()));
    let v6 = by("2001:db8:7::1");
    let ci = v6.cache_info.unwrap();
    assert!(ci.valid <= 300 && ci.preferred <= 100);
    let np = by("2001:db8:8::1");
    assert!(np
        .flags
        .contains(AddressFlags::NOPREFIXROUTE | AddressFlags::NODAD));
    assert_eq!(np.family, AddressFamily::Inet6);
    assert_eq!(by("10.0.0.5").scope, Scope::Universe);
}

#[test]
fn malformed_label_is_recorded() {
    let mut b = MessageBuilder::new(RTM_NEWADDR, Flags::NONE);
    b.push_struct(&IfAddrMsg {
        family: 2,
        prefix_len: 24,
        index: 3,
        ..Default::default()
    });
    b.attr_bytes(IFA_LABEL, &[0xff, 0xfe, 0]);
    b.attr_bytes(IFA_LOCAL, &[10, 0, 0, 1]);
    let bytes = b.finish().unwrap();
    let a = Address::parse(&bytes[16..]).unwrap();
    assert_eq!(a.local, Some("10.0.0.1".parse().unwrap()));
    assert_eq!(a.malformed.len(), 1);
    assert_eq!(a.malformed[0].attr_type, IFA_LABEL);
    assert_eq!(a.label, None);
    // Kept raw, so that nothing that came is lost when the address is emitted again.
    assert_eq!(
        a.unknown,
        [RawAttribute {
            attr_type: IFA_LABEL,
            payload: vec![0xff, 0xfe, 0]
        }]
    );
    assert!(Address::parse(&bytes[16..20]).is_err());
}

#[test]
fn filter() {
    let all: Vec<Address> = addresses().into_iter().map(|x| x.1).collect();
    let v0 = all
        .iter()
        .find(|a| a.label.as_deref() == Some("v0"))
        .unwrap()
        .index;
    let f = AddressFilter {
        family: Some(AddressFamily::Inet),
        index: Some(v0),
        ..Default::default()
    };
    assert_eq!(all.iter().filter(|a| f.matches(a)).count(), 3);
    let req = f.request();
    let h = IfAddrMsg::parse(&req.bytes().unwrap()[16..]).unwrap();
    assert_eq!((h.family, h.index), (2, v0));
    let label = AddressFilter {
        label: Some("v0:1".into()),
        ..Default::default()
    };
    assert_eq!(all.iter().filter(|a| label.matches(a)).count(), 1);
}

/// Payloads of `ip address add` requests, captured with
/// `strace -e trace=sendmsg -X raw ip -n NS address add ...` (ifindex 3).
mod requests {
    /// `10.0.0.2/24 brd + dev v0 label v0:1`
    pub const BRD_LABEL: &[u8] = &[
        0x02, 0x18, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, // ifaddrmsg
        0x08, 0x00, 0x02, 0x00, 0x0a, 0x00, 0x00, 0x02, // IFA_LOCAL
        0x09, 0x00, 0x03, 0x00, b'v', b'0', b':', b'1', 0x00, 0x00, 0x00, 0x00, // IFA_LABEL
        0x08, 0x00, 0x01, 0x00, 0x0a, 0x00, 0x00, 0x02, // IFA_ADDRESS
        0x08, 0x00, 0x04, 0x00, 0x0a, 0x00, 0x00, 0xff, // IFA_BROADCAST
    ];
    /// `10.0.0.5 peer 10.0.1.1/24 dev v0 scope link valid_lft 100 preferred_lft 50
    /// noprefixroute metric 5`
    pub const PEER_LIFETIMES: &[u8] = &[
        0x02, 0x18, 0x00, 0xfd, 0x03, 0x00, 0x00, 0x00, // ifaddrmsg, scope link
        0x08, 0x00, 0x02, 0x00, 0x0a, 0x00, 0x00, 0x05, // IFA_LOCAL
        0x08, 0x00, 0x01, 0x00, 0x0a, 0x00, 0x01, 0x01, // IFA_ADDRESS (peer)
        0x08, 0x00, 0x09, 0x00, 0x05, 0x00, 0x00, 0x00, // IFA_RT_PRIORITY
        0x08, 0x00, 0x08, 0x00, 0x00, 0x02, 0x00, 0x00, // IFA_FLAGS noprefixroute
        0x14, 0x00, 0x06, 0x00, 50, 0, 0, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, // CACHEINFO
    ];
    /// `-6 2001:db8::1/64 dev v0 nodad home mngtmpaddr`: flags above 8 bits go in IFA_FLAGS.
    pub const V6_FLAGS: &[u8] = &[
        0x0a, 0x40, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, // ifaddrmsg
        0x14, 0x00, 0x02, 0x00, 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0x08,
        0x00, 0x08, 0x00, 0x12, 0x01, 0x00, 0x00, // IFA_FLAGS
        0x14, 0x00, 0x01, 0x00, 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
    ];
}

/// Our request for the same change carries the same fields as ip's (attribute order may
/// differ; the kernel does not care), and re-parses to what we built.
#[test]
fn change_requests_match_ip() {
    let ip4 = |s: &str| s.parse::<IpAddr>().unwrap();
    let mut a = Address::new(3, ip4("10.0.0.2"), 24);
    a.set_broadcast_from_prefix(true);
    a.label = Some("v0:1".into());
    let mut b = Address::new(3, ip4("10.0.0.5"), 24);
    b.address = Some(ip4("10.0.1.1"));
    b.scope = Scope::Link;
    b.route_priority = Some(5);
    b.flags = AddressFlags::NOPREFIXROUTE;
    b.set_lifetimes(100, 50);
    let mut c = Address::new(3, ip4("2001:db8::1"), 64);
    c.flags = AddressFlags::NODAD | AddressFlags::HOMEADDRESS | AddressFlags::MANAGETEMPADDR;
    for (ours, theirs) in [
        (a, requests::BRD_LABEL),
        (b, requests::PEER_LIFETIMES),
        (c, requests::V6_FLAGS),
    ] {
        assert_eq!(Address::parse(theirs).unwrap(), ours);
        let m = ours.request(Verb::Add).finish().unwrap();
        let v = MessageView::new_checked(&m[..]).unwrap();
        assert_eq!(v.message_type(), RTM_NEWADDR);
        assert_eq!(v.flags(), Flags::CREATE | Flags::EXCL); // the engine adds REQUEST|ACK
        assert_eq!(Address::from_message(&v).unwrap(), ours);
    }
}

#[test]
fn broadcast_from_prefix() {
    let mut a = Address::new(1, "10.1.2.3".parse().unwrap(), 20);
    a.set_broadcast_from_prefix(true);
    assert_eq!(a.broadcast, Some("10.1.15.255".parse().unwrap()));
    a.set_broadcast_from_prefix(false);
    assert_eq!(a.broadcast, Some("10.1.0.0".parse().unwrap()));
    let mut p2p = Address::new(1, "10.1.2.3".parse().unwrap(), 31);
    p2p.set_broadcast_from_prefix(true);
    assert_eq!(p2p.broadcast, None);
    let mut zero = Address::new(1, "10.1.2.3".parse().unwrap(), 0);
    zero.set_broadcast_from_prefix(true);
    assert_eq!(zero.broadcast, Some("255.255.255.255".parse().unwrap()));
    assert_eq!(
        Address::new(1, "127.0.0.2".parse().unwrap(), 8).scope,
        Scope::Host
    );
    let change = zero.request(Verb::Change).finish().unwrap();
    let v = MessageView::new_checked(&change[..]).unwrap();
    assert_eq!((v.message_type(), v.flags()), (RTM_NEWADDR, Flags::REPLACE));
    let del = zero.request(Verb::Delete).finish().unwrap();
    let v = MessageView::new_checked(&del[..]).unwrap();
    assert_eq!((v.message_type(), v.flags()), (RTM_DELADDR, Flags::NONE));
    for verb in [Verb::Append, Verb::Prepend, Verb::Test] {
        assert_eq!(
            zero.request(verb).finish().unwrap_err(),
            crate::wire::BuildError::UnsupportedChange {
                object: "address",
                verb: verb.name()
            }
        );
    }
}
