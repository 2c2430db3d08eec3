use super::*;
use crate::rtnl::AddressFamily;
use crate::sock_diag::tcp_info::CaState;
use crate::sock_diag::{DumpRequest, SOCK_DIAG_BY_FAMILY};
use crate::wire::inet_diag::attrs::*;
use crate::wire::tcp_info::TCP_INFO_LEN;
use crate::wire::{AttributeSet, Flags, MessageBuilder, MessageIter};
use std::net::IpAddr;

// The fixtures are kernel 6.18's replies, captured in a namespace (`ip netns add`,
// `ip link set lo up`) by a Python script: it opened, over lo, a TCP listener with one
// established connection on 127.0.0.1 and on ::1, a UDP socket bound to 127.0.0.1:5353
// and an MPTCP listener on 127.0.0.1:4242, then sent SOCK_DIAG_BY_FAMILY dumps through a
// raw NETLINK_SOCK_DIAG socket and wrote every reply datagram but NLMSG_DONE to a file.
// TCP dumps with idiag_ext 0x7f (every extension but SHUTDOWN) ...
const TCP4_INFO: &[u8] = include_bytes!("../fixtures/inet_tcp4_info.bin");
const TCP6_INFO: &[u8] = include_bytes!("../fixtures/inet_tcp6_info.bin");
// ... and without extensions (AF_INET, all states);
const TCP4_PLAIN: &[u8] = include_bytes!("../fixtures/inet_tcp4_plain.bin");
// UDP with MEMINFO|SKMEMINFO (0x41);
const UDP4: &[u8] = include_bytes!("../fixtures/inet_udp4.bin");
// MPTCP (262 in INET_DIAG_REQ_PROTOCOL) with 0x7f;
const MPTCP4: &[u8] = include_bytes!("../fixtures/inet_mptcp4.bin");
// after the script ended, states TIME_WAIT only, 0x7f.
const TCP4_TIMEWAIT: &[u8] = include_bytes!("../fixtures/inet_tcp4_timewait.bin");

fn sockets(bytes: &[u8]) -> Vec<InetSocket> {
    MessageIter::new(bytes)
        .map(|m| {
            let m = m.unwrap();
            assert_eq!(m.message_type(), SOCK_DIAG_BY_FAMILY);
            let s = InetSocket::parse(m.payload()).unwrap();
            assert!(s.malformed.is_empty(), "{s:?}");
            // The round trip: emit(parse(bytes)) == bytes.
            let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
            s.emit(&mut b);
            assert_eq!(&b.finish().unwrap()[16..], m.payload());
            s
        })
        .collect()
}

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

#[test]
fn tcp4_with_extensions() {
    let all = sockets(TCP4_INFO);
    assert_eq!(all.len(), 4);
    let listen = &all[1];
    assert_eq!(listen.family, AddressFamily::Inet);
    assert_eq!(listen.state, TcpState::Listen);
    assert_eq!(listen.local.address, ip("127.0.0.1"));
    assert_eq!(listen.local.port, 55097);
    assert_eq!(listen.remote.socket_addr(), "0.0.0.0:0".parse().unwrap());
    let est = &all[2];
    assert_eq!(est.state, TcpState::Established);
    assert_eq!((est.local.port, est.remote.port), (55097, 36540));
    assert_ne!(est.inode, 0);
    assert_ne!(est.cookie, 0);
    let info = est.tcp_info.as_ref().unwrap();
    assert_eq!(info.len(), TCP_INFO_LEN, "6.18 sends the whole structure");
    assert_eq!(info.tcp_state(), Some(TcpState::Established));
    assert_eq!(info.congestion_state(), Some(CaState::Open));
    assert!(info.rtt().unwrap() > 0);
    assert!(info.snd_cwnd().unwrap() > 0);
    assert!(info.rest().is_empty());
    assert_eq!(est.congestion.as_deref(), Some("bbr"));
    assert!(est.bbr.is_some() && est.vegas.is_none());
    let mem = est.skmeminfo.as_ref().unwrap();
    assert_eq!(mem.0.len(), 9);
    assert!(mem.rcvbuf().unwrap() > 0 && mem.sndbuf().unwrap() > 0);
    assert!(est.meminfo.is_some());
    assert_eq!(est.shutdown, Some(0));
    assert_eq!(est.tos, Some(0));
    assert!(est
        .sockopt
        .unwrap()
        .flags()
        .contains(crate::wire::inet_diag::SockoptFlags::IS_ICSK));
    // The MPTCP listener's TCP subflow listener carries its upper layer protocol.
    let ulp = all[0].ulp.as_ref().unwrap();
    assert_eq!(ulp.name.as_deref(), Some("mptcp"));
    assert_eq!((all[0].local.port, all[0].state), (4242, TcpState::Listen));
}

#[test]
fn tcp6_udp_mptcp_timewait() {
    let v6 = sockets(TCP6_INFO);
    assert_eq!(v6.len(), 3);
    assert_eq!(v6[0].family, AddressFamily::Inet6);
    assert_eq!(v6[0].local.address, ip("::1"));
    assert_eq!(
        v6[0].v6only,
        Some(true),
        "the kernel makes a socket bound to ::1 v6-only"
    );
    assert_eq!(v6[1].tclass, Some(0));
    let plain = sockets(TCP4_PLAIN);
    assert_eq!(plain.len(), 4);
    assert!(plain
        .iter()
        .all(|s| s.tcp_info.is_none() && s.congestion.is_none()));
    let udp = sockets(UDP4);
    assert_eq!(udp.len(), 1);
    assert_eq!(udp[0].state, TcpState::Close);
    assert_eq!(udp[0].state.name(), "UNCONN");
    assert_eq!(udp[0].local.port, 5353);
    assert!(udp[0].skmeminfo.is_some() && udp[0].tcp_info.is_none());
    let mptcp = sockets(MPTCP4);
    assert_eq!(mptcp.len(), 1);
    let info = mptcp[0].mptcp_info().unwrap();
    assert_eq!(mptcp[0].tcp_info.as_ref().unwrap().len(), 96);
    assert_eq!(info.token, 0, "a listener has no token");
    let tw = sockets(TCP4_TIMEWAIT);
    assert_eq!(tw.len(), 1);
    assert_eq!(tw[0].state, TcpState::TimeWait);
    assert_eq!(tw[0].timer, Timer::TimeWait);
    assert_eq!(tw[0].inode, 0);
    assert!(tw[0].expires > 0);
    assert!(
        tw[0].tcp_info.is_none(),
        "time-wait sockets have only the header and mark"
    );
}

#[test]
fn short_malformed_and_unknown() {
    assert!(InetSocket::parse(&[0; 71]).is_err());
    let m = MessageIter::new(TCP4_INFO).next().unwrap().unwrap();
    let mut payload = m.payload().to_vec();
    // A 3-byte mark (malformed) and an unknown attribute 99 are kept raw.
    payload.extend_from_slice(&[7, 0, INET_DIAG_MARK as u8, 0, 1, 2, 3, 0]);
    payload.extend_from_slice(&[8, 0, 99, 0, 1, 2, 3, 4]);
    let s = InetSocket::parse(&payload).unwrap();
    assert_eq!(s.malformed.len(), 1);
    assert_eq!(s.unknown.len(), 2);
    assert!(s.mark.is_some(), "the well-formed first mark stays");
    let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
    s.emit(&mut b);
    assert_eq!(&b.finish().unwrap()[16..], &payload[..]);
    // A header only.
    let h = InetSocket::parse(&payload[..72]).unwrap();
    assert_eq!(h.local.port, 4242);
}

#[test]
fn tcp_info_truncated_and_extended() {
    let est = &sockets(TCP4_INFO)[2];
    let full = est.tcp_info.as_ref().unwrap();
    let short = crate::sock_diag::TcpInfo::new(full.raw()[..104].to_vec());
    assert_eq!(short.total_retrans(), full.total_retrans());
    assert_eq!(short.pacing_rate(), None);
    assert_eq!(short.rtt(), full.rtt());
    let mut longer = full.raw().to_vec();
    longer.extend_from_slice(&[9; 12]);
    let long = crate::sock_diag::TcpInfo::new(longer);
    assert_eq!(long.rest(), &[9; 12]);
    assert_eq!(long.bytes_acked(), full.bytes_acked());
}

/// The request bytes `ss` 6.1 sends, as strace decoded them in a namespace
/// (`strace -f -e trace=sendmsg -s 65535 -xx ss -tan` and the others): after the
/// 16-byte header (SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST|NLM_F_DUMP), family, protocol,
/// idiag_ext, pad, idiag_states, a zero id, then the attributes.
fn ss_request(family: u8, protocol: u8, ext: u8, states: u32, attrs: &[u8]) -> Vec<u8> {
    let mut v = vec![family, protocol, ext, 0];
    v.extend_from_slice(&states.to_ne_bytes());
    v.extend_from_slice(&[0; 48]);
    v.extend_from_slice(attrs);
    v
}

fn ours(r: &InetRequest) -> Vec<u8> {
    let b = r.request().finish().unwrap();
    assert_eq!(u16::from_ne_bytes([b[4], b[5]]), SOCK_DIAG_BY_FAMILY);
    assert_eq!(
        u32::from_ne_bytes(b[..4].try_into().unwrap()) as usize,
        b.len()
    );
    b[16..].to_vec()
}

#[test]
fn requests_match_ss() {
    let all = |family, protocol| InetRequest::new(family, protocol, StateSet::ALL);
    for (family, raw) in [(AddressFamily::Inet, 2), (AddressFamily::Inet6, 10)] {
        // ss -tan, -uan, -wan: every state (0xfff), no extension.
        assert_eq!(
            ours(&all(family, InetProtocol::Tcp)),
            ss_request(raw, 6, 0, 0xfff, &[])
        );
        assert_eq!(
            ours(&all(family, InetProtocol::Udp)),
            ss_request(raw, 17, 0, 0xfff, &[])
        );
        assert_eq!(
            ours(&all(family, InetProtocol::Raw)),
            ss_request(raw, 255, 0, 0xfff, &[])
        );
        // ss -tanei: INFO|VEGASINFO|CONG.
        let tanei = InetRequest {
            extensions: Extensions::INFO | Extensions::VEGASINFO | Extensions::CONG,
            ..all(family, InetProtocol::Tcp)
        };
        assert_eq!(ours(&tanei), ss_request(raw, 6, 0x0e, 0xfff, &[]));
        // ss -tanm: MEMINFO|SKMEMINFO.
        let tanm = InetRequest {
            extensions: Extensions::MEMINFO | Extensions::SKMEMINFO,
            ..all(family, InetProtocol::Tcp)
        };
        assert_eq!(ours(&tanm), ss_request(raw, 6, 0x41, 0xfff, &[]));
        // ss -Man: the low byte of 262 in sdiag_protocol, 262 in INET_DIAG_REQ_PROTOCOL.
        assert_eq!(
            ours(&all(family, InetProtocol::Mptcp)),
            ss_request(raw, 6, 0, 0xfff, &[8, 0, 3, 0, 6, 1, 0, 0])
        );
        // ss -tan state established.
        let est = InetRequest::new(
            family,
            InetProtocol::Tcp,
            StateSet::of(TcpState::Established),
        );
        assert_eq!(ours(&est), ss_request(raw, 6, 0, 1 << 1, &[]));
    }
    // A bytecode program goes in INET_DIAG_REQ_BYTECODE.
    let bc = InetRequest {
        bytecode: Some(vec![1, 2, 3, 4]),
        ..all(AddressFamily::Inet, InetProtocol::Tcp)
    };
    assert_eq!(
        ours(&bc),
        ss_request(2, 6, 0, 0xfff, &[8, 0, 1, 0, 1, 2, 3, 4])
    );
}

#[test]
fn state_names_and_groups() {
    assert_eq!(TcpState::Established.name(), "ESTAB");
    assert_eq!(TcpState::SynRecv.name(), "SYN-RECV");
    assert_eq!(TcpState::Close.name(), "UNCONN");
    assert_eq!(TcpState::Other(0).name(), "UNKNOWN");
    assert_eq!(TcpState::from(12), TcpState::NewSynRecv);
    assert_eq!(TcpState::from(13), TcpState::BoundInactive);
    assert_eq!(StateSet::ALL.0, 0xfff);
    assert_eq!(
        StateSet::DEFAULT.0,
        0xfff & !(1 << 10 | 1 << 7 | 1 << 6 | 1 << 3)
    );
    assert_eq!(StateSet::CONNECTED.0, 0xfff & !(1 << 7 | 1 << 10));
    assert_eq!(
        StateSet::SYNCHRONIZED.0,
        0xfff & !(1 << 7 | 1 << 10 | 1 << 2)
    );
    assert_eq!(StateSet::BUCKET.0, 1 << 3 | 1 << 6);
    assert_eq!(StateSet::BIG.0, 0xfff & !(1 << 3 | 1 << 6));
    let mut s = StateSet::EMPTY;
    s.insert(TcpState::Listen);
    s.insert(TcpState::TimeWait);
    assert!(s.contains(TcpState::Listen) && !s.contains(TcpState::Established));
    assert_eq!(
        s.iter().collect::<Vec<_>>(),
        [TcpState::TimeWait, TcpState::Listen]
    );
    s.remove(TcpState::Listen);
    assert_eq!(s, StateSet::of(TcpState::TimeWait));
    assert!(!StateSet::ALL.contains(TcpState::Other(40)));
    assert_eq!(StateSet::from_ss_name("ESTABLISHED"), Some(StateSet(2)));
    assert_eq!(StateSet::from_ss_name("syn-rcv"), Some(StateSet(8)));
    assert_eq!(StateSet::from_ss_name("listening"), Some(StateSet(1 << 10)));
    assert_eq!(StateSet::from_ss_name("bogus"), None);
}

#[test]
fn socket_built_by_hand_round_trips() {
    let s = InetSocket {
        family: AddressFamily::Inet6,
        state: TcpState::Established,
        local: InetEndpoint {
            address: ip("fd00::1"),
            port: 22,
        },
        remote: InetEndpoint {
            address: ip("fd00::2"),
            port: 40000,
        },
        cookie: 0x1234_5678_9abc,
        congestion: Some("cubic".into()),
        protocol: Some(InetProtocol::Tcp),
        ..Default::default()
    };
    let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
    s.emit(&mut b);
    let bytes = b.finish().unwrap();
    let back = InetSocket::parse(&bytes[16..]).unwrap();
    assert_eq!(back, s);
    assert_eq!(back.id().cookie, [0x5678_9abc, 0x1234]);
    assert!(back.write_attrs(&mut MessageBuilder::new(0, Flags::NONE)));
}

#[test]
fn destroy_request_matches_ss_kill() {
    // ss -K -t state established (6.1, strace in a namespace): SOCK_DESTROY with
    // NLM_F_REQUEST|NLM_F_ACK, the socket's family and protocol, no extension, states 0,
    // and the socket's whole id, cookie included.
    let est = &sockets(TCP4_INFO)[2];
    let r = InetRequest::for_socket(est, InetProtocol::Tcp);
    let b = r.message(crate::sock_diag::SOCK_DESTROY).finish().unwrap();
    assert_eq!(
        u16::from_ne_bytes([b[4], b[5]]),
        crate::sock_diag::SOCK_DESTROY
    );
    let mut want = vec![2, 6, 0, 0, 0, 0, 0, 0];
    want.extend_from_slice(&55097u16.to_be_bytes());
    want.extend_from_slice(&36540u16.to_be_bytes());
    for _ in 0..2 {
        want.extend_from_slice(&[127, 0, 0, 1]);
        want.extend_from_slice(&[0; 12]);
    }
    let msg = MessageIter::new(TCP4_INFO).nth(2).unwrap().unwrap();
    let raw = &msg.payload()[..72];
    want.extend_from_slice(&raw[40..52]); // idiag_if and idiag_cookie as the kernel sent
    assert_eq!(&b[16..], &want[..]);
    // A raw socket's request carries its protocol in the pad byte.
    let icmp = InetSocket {
        protocol: Some(InetProtocol::Other(1)),
        ..Default::default()
    };
    assert_eq!(
        InetRequest::for_socket(&icmp, InetProtocol::Raw)
            .header()
            .pad,
        1
    );
    assert_eq!(
        InetRequest::for_socket(&icmp, InetProtocol::Tcp)
            .header()
            .pad,
        0
    );
}

proptest::proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
        if let Ok(s) = InetSocket::parse(&bytes) {
            let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
            s.emit(&mut b);
            let _ = s.tcp_info.as_ref().map(|i| (i.rtt(), i.options2(), i.rest().len()));
            let _ = s.mptcp_info();
        }
    }

    #[test]
    fn fixture_mutations_never_panic(at in 0usize..2032, v in proptest::num::u8::ANY) {
        let mut bytes = TCP4_INFO.to_vec();
        bytes[at] = v;
        for m in MessageIter::new(&bytes).flatten() {
            let _ = InetSocket::parse(m.payload());
        }
    }
}

/// The old request (`struct inet_diag_req`) as ss 6.1 sends it after a refused
/// `SOCK_DIAG_BY_FAMILY` (strace of `ss -d` on a kernel without DCCP): the header, family
/// 2, the lengths and `idiag_ext`, the zero 48-byte id, the states and `idiag_dbs` 0.
#[test]
fn the_old_request() {
    assert_eq!(
        CompatRequest::new(InetProtocol::Udp, StateSet::ALL, Extensions::EMPTY),
        None
    );
    let r = CompatRequest::new(InetProtocol::Dccp, StateSet(0xfff), Extensions::INFO).unwrap();
    let bytes = r.request().finish().unwrap();
    assert_eq!(bytes.len(), 16 + 4 + 48 + 8);
    assert_eq!(&bytes[4..6], &19u16.to_ne_bytes(), "DCCPDIAG_GETSOCK");
    assert_eq!(&bytes[16..20], &[2, 0, 0, Extensions::INFO.bits()]);
    assert!(bytes[20..68].iter().all(|&b| b == 0));
    assert_eq!(&bytes[68..72], &0xfffu32.to_ne_bytes());
    assert_eq!(&bytes[72..76], &[0; 4]);
    let tcp = CompatRequest::new(InetProtocol::Tcp, StateSet(1), Extensions::EMPTY).unwrap();
    assert_eq!(tcp.message_type, 18, "TCPDIAG_GETSOCK");
}
