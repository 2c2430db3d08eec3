use super::*;
use crate::rtnl::{Change, Verb};
use crate::wire::{FixedStruct, MessageIter, RawAttribute};

/// Captured with `strace -e trace=recvmsg -e read=3 ip neigh show` and `ip neigh show proxy`
/// in a namespace with a veth pair: permanent, stale (one with `router`), reachable IPv6,
/// a proxy entry, and the kernel's own entries. Only the 14 RTM_NEWNEIGH messages are kept.
const SHOW: &[u8] = include_bytes!("fixtures/show.bin");

fn all() -> Vec<(Vec<u8>, Neighbour)> {
    MessageIter::new(SHOW)
        .map(|m| {
            let m = m.unwrap();
            (m.payload().to_vec(), Neighbour::from_message(&m).unwrap())
        })
        .collect()
}

#[test]
fn fixture_parses_and_round_trips() {
    let all = all();
    assert_eq!(all.len(), 14);
    for (bytes, n) in &all {
        assert!(n.unknown.is_empty() && n.malformed.is_empty(), "{n:?}");
        let mut b = MessageBuilder::new(RTM_NEWNEIGH, Flags::NONE);
        n.emit(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], &bytes[..], "{n:?}");
    }
}

#[test]
fn fields() {
    let all: Vec<Neighbour> = all().into_iter().map(|x| x.1).collect();
    let by = |s: &str| {
        all.iter()
            .find(|n| n.destination.map(|d| d.to_string()).as_deref() == Some(s))
            .unwrap()
    };
    assert_eq!(by("10.0.0.50").state, NeighbourState::PERMANENT);
    assert_eq!(
        by("10.0.0.50").lladdr.as_deref(),
        Some(&[2, 0, 0, 0, 0, 0x50][..])
    );
    assert!(by("10.0.0.53").flags.contains(NeighbourFlags::ROUTER));
    assert!(by("10.0.0.60").flags.contains(NeighbourFlags::PROXY));
    assert_eq!(by("2001:db8::50").state, NeighbourState::REACHABLE);
    assert_eq!(by("2001:db8::50").family, AddressFamily::Inet6);
}

#[test]
fn malformed_and_short() {
    let mut b = MessageBuilder::new(RTM_NEWNEIGH, Flags::NONE);
    b.push_struct(&NdMsg {
        family: 2,
        index: 3,
        state: NeighbourState::STALE.bits(),
        ..Default::default()
    });
    b.attr_bytes(NDA_DST, &[10, 0, 0]);
    b.attr_u32_ne(NDA_PROBES, 4);
    let bytes = b.finish().unwrap();
    let n = Neighbour::parse(&bytes[16..]).unwrap();
    assert_eq!((n.probes, n.malformed.len()), (Some(4), 1));
    assert_eq!(n.malformed[0].attr_type, NDA_DST);
    assert_eq!(n.destination, None);
    // The malformed attribute is kept raw in its place: the bytes come back as they were.
    assert_eq!(
        n.unknown,
        [RawAttribute {
            attr_type: NDA_DST,
            payload: vec![10, 0, 0]
        }]
    );
    let mut again = MessageBuilder::new(RTM_NEWNEIGH, Flags::NONE);
    n.emit(&mut again);
    assert_eq!(again.finish().unwrap(), bytes);
    assert!(Neighbour::parse(&bytes[16..20]).is_err());
}

#[test]
fn filter_request() {
    let f = NeighbourFilter {
        family: Some(AddressFamily::Inet),
        index: Some(3),
        proxy: true,
        master: None,
    };
    let req = f.request();
    let bytes = req.bytes().unwrap();
    let h = NdMsg::parse(&bytes[16..]).unwrap();
    assert_eq!((h.family, h.flags), (2, NeighbourFlags::PROXY.bits()));
    assert_eq!(bytes.len(), 16 + 12 + 8);
    let all: Vec<Neighbour> = all().into_iter().map(|x| x.1).collect();
    let proxies: Vec<&Neighbour> = all.iter().filter(|n| f.matches(n)).collect();
    assert_eq!(proxies.len(), 1);
    assert_eq!(proxies[0].destination, Some("10.0.0.60".parse().unwrap()));
    let v6 = NeighbourFilter {
        family: Some(AddressFamily::Inet6),
        ..Default::default()
    };
    assert!(all
        .iter()
        .filter(|n| v6.matches(n))
        .all(|n| n.family == AddressFamily::Inet6));
}

#[test]
fn query_request() {
    let q = NeighbourQuery {
        index: 3,
        destination: "10.0.0.50".parse().unwrap(),
        proxy: false,
    };
    let req = q.request();
    let bytes = req.bytes().unwrap();
    let h = NdMsg::parse(&bytes[16..]).unwrap();
    assert_eq!((h.family, h.index, h.flags), (2, 3, 0));
    assert_eq!(&bytes[28..], &[8, 0, 1, 0, 10, 0, 0, 50]);
}

/// Requests captured with `strace -e trace=sendmsg -e write=3 ip -n NS neigh ...` in a
/// namespace where `v0` has index 3: add (stale, router), replace (IPv6), change, a proxy
/// entry, managed with protocol, extern_learn and use, and two deletes.
const REQUESTS: &str = include_str!("fixtures/requests.txt");

#[test]
fn requests_are_what_ip_sends() {
    use crate::rtnl::fixtures::{assert_same, requests};
    let n = |dst: &str, state: NeighbourState, flags: NeighbourFlags, mac: Option<u8>| Neighbour {
        state,
        flags,
        lladdr: mac.map(|m| vec![2, 0, 0, 0, 0, m]),
        ..Neighbour::to(3, dst.parse().unwrap())
    };
    use NeighbourFlags as F;
    use NeighbourState as S;
    let managed = Neighbour {
        protocol: Some(RouteProtocol::Other(5)),
        flags_ext: Some(NeighbourFlagsExt::MANAGED),
        ..n("10.0.0.84", S::EMPTY, F::EXT_LEARNED | F::USE, Some(0x84))
    };
    let ours = [
        n("10.0.0.82", S::STALE, F::ROUTER, Some(0x82)).request(Verb::Add),
        n("2001:db8::82", S::PERMANENT, F::EMPTY, Some(0x82)).request(Verb::Replace),
        n("10.0.0.82", S::REACHABLE, F::EMPTY, Some(0x81)).request(Verb::Change),
        n("10.0.0.83", S::PERMANENT, F::PROXY, None).request(Verb::Add),
        managed.request(Verb::Add),
        n("10.0.0.82", S::PERMANENT, F::EMPTY, None).request(Verb::Delete),
        n("10.0.0.83", S::PERMANENT, F::PROXY, None).request(Verb::Delete),
    ];
    let ip = requests(REQUESTS);
    assert_eq!(ip.len(), ours.len());
    for ((cmd, bytes), b) in ip.iter().zip(&ours) {
        assert_same(cmd, b, bytes);
    }
}

#[test]
fn append_is_bridge_fdb_s_and_other_verbs_are_refused() {
    let n = Neighbour::to(3, "10.0.0.1".parse().unwrap());
    // Append is `bridge fdb append`'s: CREATE | APPEND (0x400 | 0x800; REQUEST and ACK come
    // when it is sent).
    let append = n.request(Verb::Append).finish().unwrap();
    assert_eq!(u16::from_ne_bytes([append[6], append[7]]), 0x0c00);
    for verb in [Verb::Prepend, Verb::Test] {
        assert_eq!(
            n.request(verb).finish().unwrap_err(),
            crate::wire::BuildError::UnsupportedChange {
                object: "neighbour",
                verb: verb.name()
            }
        );
    }
}
