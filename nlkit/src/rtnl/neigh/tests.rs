use super::*;
use crate::rtnl::change::ChangeMode;
use crate::wire::MessageIter;

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
    assert_eq!(by("10.0.0.50").header.state, NUD_PERMANENT);
    assert_eq!(
        by("10.0.0.50").lladdr.as_deref(),
        Some(&[2, 0, 0, 0, 0, 0x50][..])
    );
    assert_ne!(by("10.0.0.53").header.flags & NTF_ROUTER, 0);
    assert_ne!(by("10.0.0.60").header.flags & NTF_PROXY, 0);
    assert_eq!(by("2001:db8::50").header.state, NUD_REACHABLE);
}

#[test]
fn malformed_and_short() {
    let mut b = MessageBuilder::new(RTM_NEWNEIGH, Flags::NONE);
    b.push_bytes(
        &NeighbourHeader {
            family: 2,
            index: 3,
            state: NUD_STALE,
            ..Default::default()
        }
        .to_bytes(),
    );
    b.attr_bytes(NDA_DST, &[10, 0, 0]);
    b.attr_u32_ne(NDA_PROBES, 4);
    let bytes = b.finish().unwrap();
    let n = Neighbour::parse(&bytes[16..]).unwrap();
    assert_eq!((n.probes, n.malformed.len()), (Some(4), 1));
    assert!(Neighbour::parse(&bytes[16..20]).is_err());
}

#[test]
fn filter_request() {
    let f = NeighbourFilter {
        family: Some(2),
        interface: Some(3),
        proxy: true,
        master: None,
    };
    let req = f.request();
    let bytes = req.bytes().unwrap();
    let h = NeighbourHeader::parse(&bytes[16..]).unwrap();
    assert_eq!((h.family, h.flags), (2, NTF_PROXY));
    assert_eq!(bytes.len(), 16 + 12 + 8);
}

/// Requests captured with `strace -e trace=sendmsg -e write=3 ip -n NS neigh ...` in a
/// namespace where `v0` has index 3: add (stale, router), replace (IPv6), change, a proxy
/// entry, managed with protocol, extern_learn and use, and two deletes.
const REQUESTS: &str = include_str!("fixtures/requests.txt");

#[test]
fn requests_are_what_ip_sends() {
    use crate::rtnl::change::fixtures::{assert_same, requests};
    let n = |dst: &str, state: u16, flags: u8, mac: Option<u8>| Neighbour {
        header: NeighbourHeader {
            family: if dst.contains(':') { 10 } else { 2 },
            index: 3,
            state,
            flags,
            kind: 0,
        },
        destination: Some(dst.parse().unwrap()),
        lladdr: mac.map(|m| vec![2, 0, 0, 0, 0, m]),
        ..Default::default()
    };
    let managed = Neighbour {
        protocol: Some(5),
        flags_ext: Some(NTF_EXT_MANAGED),
        ..n("10.0.0.84", NUD_NONE, NTF_EXT_LEARNED | NTF_USE, Some(0x84))
    };
    let ours = [
        request(
            &n("10.0.0.82", NUD_STALE, NTF_ROUTER, Some(0x82)),
            ChangeMode::Add,
        ),
        request(
            &n("2001:db8::82", NUD_PERMANENT, 0, Some(0x82)),
            ChangeMode::Replace,
        ),
        request(
            &n("10.0.0.82", NUD_REACHABLE, 0, Some(0x81)),
            ChangeMode::Change,
        ),
        request(
            &n("10.0.0.83", NUD_PERMANENT, NTF_PROXY, None),
            ChangeMode::Add,
        ),
        request(&managed, ChangeMode::Add),
        delete_request(&n("10.0.0.82", NUD_PERMANENT, 0, None)),
        delete_request(&n("10.0.0.83", NUD_PERMANENT, NTF_PROXY, None)),
    ];
    let ip = requests(REQUESTS);
    assert_eq!(ip.len(), ours.len());
    for ((cmd, bytes), b) in ip.iter().zip(&ours) {
        assert_same(cmd, b, bytes);
    }
}
