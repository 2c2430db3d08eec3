use super::*;
use crate::rtnl::Change;
use crate::wire::{AttrOrder, MessageIter};
use std::net::IpAddr;

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
    assert!(by(12).blackhole.is_some());
    let g = by(20).group.as_ref().unwrap();
    assert_eq!(
        g.iter().map(|m| (m.id, m.weight())).collect::<Vec<_>>(),
        [(10, 1), (11, 3)]
    );
    let r = by(30).resilient.as_ref().unwrap();
    assert_eq!(r.buckets, Some(8));
    assert_eq!(by(30).group_type, Some(GroupType::Resilient));
    assert_eq!(by(10).gateway, Some("10.0.0.2".parse().unwrap()));
}

#[test]
fn bad_group_is_recorded() {
    let mut b = MessageBuilder::new(RTM_NEWNEXTHOP, Flags::NONE);
    b.push_struct(&NhMsg::default());
    b.attr_u32_ne(NHA_ID, 5).attr_bytes(NHA_GROUP, &[1, 0, 0]);
    let bytes = b.finish().unwrap();
    let n = Nexthop::parse(&bytes[16..]).unwrap();
    assert_eq!((n.id, n.malformed.len()), (Some(5), 1));
    assert_eq!(n.malformed[0].attr_type, NHA_GROUP);
    assert_eq!((n.group.as_ref(), n.unknown.len()), (None, 1));
    let mut b2 = MessageBuilder::new(RTM_NEWNEXTHOP, Flags::NONE);
    n.emit(&mut b2);
    assert_eq!(b2.finish().unwrap(), bytes);
}

/// Requests captured with `strace -e trace=sendmsg -e write=3 ip -n NS nexthop ...` in a
/// namespace where `v0` has index 3: gateways, blackhole, device only with a protocol,
/// onlink, a weighted group, a resilient group, replace, FDB, IPv6, delete, mpath type.
const REQUESTS: &str = include_str!("fixtures/requests.txt");

#[test]
fn requests_are_what_ip_sends() {
    use crate::rtnl::fixtures::{assert_same, requests};
    use crate::wire::attr::NLA_F_NESTED;
    let hop = |id: u32, family: AddressFamily, order: &[u16]| {
        let mut o = AttrOrder::default();
        for &t in order {
            o.push(t);
        }
        Nexthop {
            family,
            order: o,
            ..Nexthop::with_id(id)
        }
    };
    let ip = |s: &str| Some(s.parse::<IpAddr>().unwrap());
    let (v4, v6, unspec) = (
        AddressFamily::Inet,
        AddressFamily::Inet6,
        AddressFamily::Unspec,
    );
    let via = [NHA_ID, NHA_GATEWAY, NHA_OIF];
    let mut n1 = hop(1, v4, &via);
    (n1.gateway, n1.output_interface) = (ip("10.0.0.2"), Some(3));
    let mut n2 = hop(2, v6, &via);
    (n2.gateway, n2.output_interface) = (ip("2001:db8::2"), Some(3));
    let mut n3 = hop(3, v4, &[NHA_ID, NHA_BLACKHOLE]);
    n3.blackhole = Some(());
    let mut n4 = hop(4, v4, &[NHA_ID, NHA_OIF]);
    (n4.output_interface, n4.protocol) = (Some(3), RouteProtocol::Static);
    let mut n5 = hop(5, v4, &via);
    (n5.gateway, n5.output_interface, n5.flags) = (ip("10.0.0.3"), Some(3), NexthopFlags::ONLINK);
    let member = |id, weight| GroupMember { id, weight };
    let mut n10 = hop(10, unspec, &[NHA_ID, NHA_GROUP]);
    n10.group = Some(vec![member(1, 0), member(5, 2)]);
    let mut n12 = hop(
        12,
        unspec,
        &[
            NHA_ID,
            NHA_GROUP,
            NHA_RES_GROUP | NLA_F_NESTED,
            NHA_GROUP_TYPE,
        ],
    );
    n12.group = Some(vec![member(1, 0), member(5, 0)]);
    n12.group_type = Some(GroupType::Resilient);
    n12.resilient = Some(ResilientGroup {
        buckets: Some(8),
        idle_timer: Some(6000),
        unbalanced_timer: Some(3000),
        ..Default::default()
    });
    let mut r1 = n1.clone();
    r1.gateway = ip("10.0.0.4");
    let mut n20 = hop(20, v4, &[NHA_ID, NHA_GATEWAY, NHA_FDB]);
    (n20.gateway, n20.fdb) = (ip("10.0.0.5"), Some(()));
    let mut n30 = hop(30, v6, &[NHA_ID, NHA_BLACKHOLE]);
    n30.blackhole = Some(());
    let mut n32 = hop(32, unspec, &[NHA_ID, NHA_GROUP, NHA_GROUP_TYPE]);
    n32.group = Some(vec![member(1, 0), member(5, 0)]);
    n32.group_type = Some(GroupType::Mpath);
    let ours = [
        n1.request(Verb::Add),
        n2.request(Verb::Add),
        n3.request(Verb::Add),
        n4.request(Verb::Add),
        n5.request(Verb::Add),
        n10.request(Verb::Add),
        n12.request(Verb::Add),
        r1.request(Verb::Replace),
        n20.request(Verb::Add),
        n30.request(Verb::Add),
        // A nexthop is deleted by its id alone, whatever else it holds.
        n12.request(Verb::Delete),
        n32.request(Verb::Add),
    ];
    let captured = requests(REQUESTS);
    assert_eq!(captured.len(), ours.len());
    for ((cmd, bytes), b) in captured.iter().zip(&ours) {
        assert_same(cmd, b, bytes);
    }
}

/// `ip nexthop bucket get id 10 index 1`, captured with `strace -X raw` in a namespace with a
/// resilient group 10 of nexthops 1 and 2: the request payload and the kernel's reply.
const BUCKET_GET_REQUEST: &[u8] = &[
    0, 0, 0, 0, 0, 0, 0, 0, // nhmsg
    0x08, 0x00, 0x01, 0x00, 0x0a, 0x00, 0x00, 0x00, // NHA_ID 10
    0x0c, 0x00, 0x0d, 0x80, // NHA_RES_BUCKET, nested
    0x06, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, // NHA_RES_BUCKET_INDEX 1
];
const BUCKET_REPLY: &[u8] = &[
    0, 0, 0, 0, 0, 0, 0, 0, // nhmsg
    0x08, 0x00, 0x01, 0x00, 0x0a, 0x00, 0x00, 0x00, // NHA_ID 10
    0x20, 0x00, 0x0d, 0x80, // NHA_RES_BUCKET
    0x06, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, // INDEX 1
    0x08, 0x00, 0x03, 0x00, 0x02, 0x00, 0x00, 0x00, // NH_ID 2
    0x0c, 0x00, 0x02, 0x00, 0x42, 0x03, 0, 0, 0, 0, 0, 0, // IDLE_TIME 834 ticks
];

#[test]
fn bucket_get_request_and_reply() {
    let m = BucketQuery {
        group: 10,
        index: 1,
    }
    .request()
    .finish()
    .unwrap();
    assert_eq!(&m[16..], BUCKET_GET_REQUEST);
    let b = NexthopBucket::parse(BUCKET_REPLY).unwrap();
    assert_eq!(b.group, Some(10));
    assert_eq!(b.index(), Some(1));
    assert_eq!(b.nexthop(), Some(2));
    assert_eq!(b.bucket.as_ref().unwrap().idle_time, Some(834));
    assert_eq!(b.idle_seconds(), Some(8.34));
    assert_eq!(b.key(), (Some(10), Some(1)));
    assert!(b.unknown.is_empty() && b.malformed.is_empty());
    let mut again = MessageBuilder::new(<NexthopBucket as Object>::NEW, Flags::NONE);
    b.emit(&mut again);
    assert_eq!(&again.finish().unwrap()[16..], BUCKET_REPLY);
    assert!(matches!(
        b.request(Verb::Add).finish(),
        Err(crate::wire::BuildError::UnsupportedChange { .. })
    ));
    let f = BucketFilter {
        group: Some(10),
        nexthop: Some(2),
        ..Default::default()
    };
    // `ip nexthop bucket list id 10 nhid 2` sends the same.
    let want = [
        0, 0, 0, 0, 0, 0, 0, 0, 0x08, 0x00, 0x01, 0x00, 0x0a, 0, 0, 0, 0x0c, 0x00, 0x0d, 0x80,
        0x08, 0x00, 0x03, 0x00, 0x02, 0, 0, 0,
    ];
    assert_eq!(&f.request().finish().unwrap()[16..], &want[..]);
    assert!(NexthopBucket::parse(&[0; 3]).is_err());
}

#[test]
fn query_and_verbs() {
    let q = NexthopQuery { id: 7 }.request();
    assert_eq!(
        &q.bytes().unwrap()[16..],
        &[0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 1, 0, 7, 0, 0, 0]
    );
    let n = Nexthop::with_id(7);
    for verb in [Verb::Change, Verb::Append, Verb::Prepend, Verb::Test] {
        assert_eq!(
            n.request(verb).finish().unwrap_err(),
            crate::wire::BuildError::UnsupportedChange {
                object: "nexthop",
                verb: verb.name()
            }
        );
    }
}
