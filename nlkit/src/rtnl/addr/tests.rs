use super::*;
use crate::wire::MessageIter;

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
    assert_ne!(sec.flags() & IFA_F_SECONDARY, 0);
    let peer = by("10.30.0.1");
    assert_eq!(peer.address, Some("10.30.0.2".parse().unwrap()));
    let v6 = by("2001:db8:7::1");
    let ci = v6.cache_info.unwrap();
    assert!(ci.valid <= 300 && ci.preferred <= 100);
    assert_ne!(by("2001:db8:8::1").flags() & IFA_F_NOPREFIXROUTE, 0);
}

#[test]
fn malformed_label_is_recorded() {
    let mut b = MessageBuilder::new(RTM_NEWADDR, Flags::NONE);
    b.push_bytes(
        &AddressHeader {
            family: 2,
            prefix_len: 24,
            index: 3,
            ..Default::default()
        }
        .to_bytes(),
    );
    b.attr_bytes(IFA_LABEL, &[0xff, 0xfe, 0]);
    b.attr_bytes(IFA_LOCAL, &[10, 0, 0, 1]);
    let bytes = b.finish().unwrap();
    let a = Address::parse(&bytes[16..]).unwrap();
    assert_eq!(a.local, Some("10.0.0.1".parse().unwrap()));
    assert_eq!(a.malformed.len(), 1);
    assert!(Address::parse(&bytes[16..20]).is_err());
}

#[test]
fn filter() {
    let all: Vec<Address> = addresses().into_iter().map(|x| x.1).collect();
    let v0 = all
        .iter()
        .find(|a| a.label.as_deref() == Some("v0"))
        .unwrap()
        .header
        .index;
    let f = AddressFilter {
        family: Some(2),
        interface: Some(v0),
        ..Default::default()
    };
    assert_eq!(all.iter().filter(|a| f.matches(a)).count(), 3);
    let req = f.request();
    let h = AddressHeader::parse(&req.bytes().unwrap()[16..]).unwrap();
    assert_eq!((h.family, h.index), (2, v0));
}
