use super::*;
use crate::wire::MessageIter;

/// Captured with `strace -e trace=recvmsg -e read=3 ip nexthop show` in a namespace with
/// nexthops via a gateway (IPv4, IPv6, one onlink with proto static), a blackhole, a
/// device-only one, a group `10/11,3` and a resilient group (buckets 8, idle_timer 60).
/// Only the 8 RTM_NEWNEXTHOP messages are kept.
const SHOW: &[u8] = include_bytes!("fixtures/show.bin");

fn all() -> Vec<(Vec<u8>, Nexthop)> {
    MessageIter::new(SHOW)
        .map(|m| {
            let m = m.unwrap();
            (m.payload().to_vec(), Nexthop::from_message(&m).unwrap())
        })
        .collect()
}

#[test]
fn fixture_parses_and_round_trips() {
    let all = all();
    assert_eq!(all.len(), 8);
    for (bytes, n) in &all {
        assert!(n.malformed.is_empty(), "{n:?}");
        let mut b = MessageBuilder::new(RTM_NEWNEXTHOP, Flags::NONE);
        n.emit(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], &bytes[..], "{n:?}");
    }
}

#[test]
fn fields() {
    let all: Vec<Nexthop> = all().into_iter().map(|x| x.1).collect();
    let by = |id: u32| all.iter().find(|n| n.id == Some(id)).unwrap();
    assert!(by(12).blackhole);
    let g = by(20).group.as_ref().unwrap();
    assert_eq!(
        g.iter().map(|m| (m.id, m.weight())).collect::<Vec<_>>(),
        [(10, 1), (11, 3)]
    );
    let r = by(30).resilient.as_ref().unwrap();
    assert_eq!(r.buckets, Some(8));
    assert_eq!(by(30).group_type, Some(NEXTHOP_GRP_TYPE_RES));
    assert_eq!(by(10).gateway, Some("10.0.0.2".parse().unwrap()));
}

#[test]
fn bad_group_is_recorded() {
    let mut b = MessageBuilder::new(RTM_NEWNEXTHOP, Flags::NONE);
    b.push_bytes(&NexthopHeader::default().to_bytes());
    b.attr_u32_ne(NHA_ID, 5).attr_bytes(NHA_GROUP, &[1, 0, 0]);
    let bytes = b.finish().unwrap();
    let n = Nexthop::parse(&bytes[16..]).unwrap();
    assert_eq!((n.id, n.malformed.len()), (Some(5), 1));
}
