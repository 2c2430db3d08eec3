//! Endpoints, limits and events against captured bytes. No privileges needed.
//!
//! Captured on Linux 6.18 in a fresh namespace with `ip netns exec NS strace -qq -e
//! trace=recvmsg -e read=4 ip mptcp endpoint show` (and `ip mptcp limits show`, `ip mptcp
//! monitor` during an MPTCP connection over lo with a signal and a subflow endpoint, made
//! by a Python client and server with `IPPROTO_MPTCP`), the hex dumps turned into bytes by
//! `tools/strace-to-bin.py` (nlctrl's answers and NLMSG_DONE left out). What ip printed for
//! them is in the comments.

use super::*;
use crate::wire::{AttributeSet, MessageIter};

const ENDPOINTS: &[u8] = include_bytes!("../fixtures/mptcp_endpoints.bin");
const LIMITS: &[u8] = include_bytes!("../fixtures/mptcp_limits.bin");
const EVENTS: &[u8] = include_bytes!("../fixtures/mptcp_events.bin");

fn all<T>(bytes: &[u8], parse: impl Fn(&MessageView<&[u8]>) -> T) -> Vec<T> {
    MessageIter::new(bytes)
        .map(|m| parse(&m.unwrap()))
        .collect()
}

#[test]
fn the_captured_endpoints_read_as_ip_prints_them() {
    let e = all(ENDPOINTS, |m| Endpoint::parse(m).unwrap());
    // 10.9.0.1 port 1234 id 5 signal dev lo
    assert_eq!(e[0].address, Some("10.9.0.1".parse().unwrap()));
    assert_eq!(
        (e[0].port, e[0].id, e[0].ifindex),
        (Some(1234), Some(5), Some(1))
    );
    assert_eq!(e[0].flags, EndpointFlags::SIGNAL);
    // 10.9.0.2 id 6 subflow backup fullmesh
    let f = EndpointFlags::SUBFLOW | EndpointFlags::BACKUP | EndpointFlags::FULLMESH;
    assert_eq!((e[1].port, e[1].flags, e[1].ifindex), (None, f, None));
    // fd00::2 id 7 signal backup dev v0
    assert_eq!(e[2].address, Some("fd00::2".parse().unwrap()));
    assert_eq!(e[2].flags, EndpointFlags::SIGNAL | EndpointFlags::BACKUP);
    assert!(e[2].ifindex.is_some());
    // 10.9.0.40 id 40 rawflags 20
    assert_eq!(e[3].flags, EndpointFlags::LAMINAR);
    assert_eq!(format!("{:?}", e[3].flags), "LAMINAR");
}

#[test]
fn endpoints_round_trip_through_their_nest() {
    for m in MessageIter::new(ENDPOINTS) {
        let m = m.unwrap();
        let e = Endpoint::parse(&m).unwrap();
        let mut again = Endpoint::from_attrs(e.to_attrs());
        again.raw = e.raw.clone();
        assert_eq!(again, e);
        let attr = gen::Attr {
            addr: Some(e.raw.clone()),
            ..Default::default()
        };
        let mut b = crate::ynl::genl_request(m.message_type(), gen::cmd::GET_ADDR, 1);
        attr.write_attrs(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], m.payload());
    }
}

#[test]
fn the_captured_limits() {
    let l = all(LIMITS, |m| {
        <Limits as Reply>::parse(&GenlView::parse(m).unwrap()).unwrap()
    });
    // add_addr_accepted 4 subflows 4
    assert_eq!(
        l,
        [Limits {
            subflows: Some(4),
            add_addr_accepted: Some(4)
        }]
    );
}

#[test]
fn the_captured_events_are_typed() {
    let ev = all(EVENTS, |m| Event::parse(m).unwrap());
    let kinds: Vec<u32> = ev.iter().map(|e| e.kind().into()).collect();
    assert_eq!(
        kinds,
        [15, 1, 1, 2, 2, 6, 11, 10, 11, 7, 7, 11, 11, 3, 3, 16]
    );
    // [UNKNOWN 15] for ip 6.1: a listener on 0.0.0.0:6000
    let Event::ListenerCreated(l, _) = &ev[0] else {
        panic!("{:?}", ev[0])
    };
    assert_eq!(l.local, Some("0.0.0.0:6000".parse().unwrap()));
    // [CREATED] token=0b332dca ... sport=6000 dport=38564 flags=2
    let Event::Created(c, _) = &ev[2] else {
        panic!("{:?}", ev[2])
    };
    assert_eq!(c.token, 0x0b33_2dca);
    assert!(c.server_side);
    assert_eq!(c.flags, Some(2));
    assert_eq!(c.local, Some("10.9.0.1:6000".parse().unwrap()));
    // [ANNOUNCED] token=f1b8f37d remid=1 daddr4=10.9.0.2 dport=6000
    let Event::Announced(a, _) = &ev[5] else {
        panic!("{:?}", ev[5])
    };
    assert_eq!(
        (a.token, a.remote_id, a.port),
        (0xf1b8_f37d, Some(1), Some(6000))
    );
    assert_eq!(a.address, Some("10.9.0.2".parse().unwrap()));
    // [SF_CLOSED] token=0b332dca remid=0 locid=2 saddr4=10.9.0.3 ... error=111 ifindex=1
    let Event::SubflowClosed(s, _) = &ev[6] else {
        panic!("{:?}", ev[6])
    };
    assert_eq!(
        (s.local_id, s.remote_id, s.error, s.ifindex),
        (Some(2), Some(0), Some(111), Some(1))
    );
    assert!(!s.backup);
    let Event::Removed { remote_id, .. } = &ev[10] else {
        panic!("{:?}", ev[10])
    };
    assert_eq!(*remote_id, Some(2));
    assert!(matches!(
        ev[13],
        Event::Closed {
            token: 0xf1b8_f37d,
            ..
        }
    ));
    for e in &ev {
        assert!(e.attrs().unknown.is_empty(), "{e:?}");
    }
}

#[test]
fn an_unknown_event_is_kept() {
    let e = Event::from_attrs(EventType::from(99), gen::EventAttr::default());
    assert_eq!(e.kind(), EventType::from(99));
    assert!(matches!(e, Event::Other(..)));
}
