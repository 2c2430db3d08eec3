//! The cache's entries against captured bytes. No privileges needed.
//!
//! `tcp_metrics_dump.bin` was captured on Linux 6.18 in a fresh namespace after TCP
//! connections to 127.0.0.1, ::1, fd00::2 and 10.9.0.1 (socat, on lo), with
//! `ip netns exec NS strace -qq -e trace=recvmsg -e read=4 ip tcp_metrics`, the hex dumps
//! turned into bytes by `tools/strace-to-bin.py` (nlctrl's answer and NLMSG_DONE left out).

use super::*;
use crate::wire::{AttributeSet, MessageIter, MessageView};

const DUMP: &[u8] = include_bytes!("../fixtures/tcp_metrics_dump.bin");

fn entries() -> Vec<Entry> {
    MessageIter::new(DUMP)
        .map(|m| Entry::parse(&m.unwrap()).unwrap())
        .collect()
}

#[test]
fn the_captured_dump_reads_as_ip_prints_it() {
    let e = entries();
    let dst: Vec<String> = e.iter().map(|e| e.destination.to_string()).collect();
    assert_eq!(dst, ["127.0.0.1", "::1", "fd00::2", "10.9.0.1"]);
    for e in &e {
        assert_eq!(e.source, Some(e.destination));
        assert_eq!(e.metrics.cwnd, Some(12));
        assert!(e.age.is_some());
        assert_eq!(e.fastopen, Fastopen::default());
    }
    // ip: "127.0.0.1 age ... cwnd 12 rtt 190us rttvar 306us source 127.0.0.1"
    assert_eq!(e[0].metrics.rtt(), Some(Duration::from_micros(190)));
    assert_eq!(e[0].metrics.rttvar(), Some(Duration::from_micros(306)));
    assert_eq!(e[0].metrics.rtt_ms_raw, Some(1));
    assert_eq!(e[0].age, Some(Duration::from_millis(0x5968)));
}

#[test]
fn every_captured_entry_round_trips() {
    for m in MessageIter::new(DUMP) {
        let m: MessageView<&[u8]> = m.unwrap();
        let e = Entry::parse(&m).unwrap();
        assert!(e.raw.unknown.is_empty());
        let mut b = crate::ynl::genl_request(m.message_type(), 1, 1);
        e.raw.write_attrs(&mut b);
        let again = b.finish().unwrap();
        assert_eq!(&again[16..], m.payload());
    }
}

#[test]
fn filters_select_as_ip_flush_does() {
    let e = entries();
    let pick = |f: &Filter| -> Vec<String> {
        e.iter()
            .filter(|e| f.matches(e))
            .map(|e| e.destination.to_string())
            .collect()
    };
    assert_eq!(pick(&Filter::default()).len(), 4);
    let v6 = Filter {
        family: Some(IpFamily::V6),
        ..Filter::default()
    };
    assert_eq!(pick(&v6), ["::1", "fd00::2"]);
    let net = Filter {
        destination: Some(("10.0.0.0".parse().unwrap(), 8)),
        ..Filter::default()
    };
    assert_eq!(pick(&net), ["10.9.0.1"]);
    let src = Filter {
        source: Some(("::1".parse().unwrap(), 128)),
        ..Filter::default()
    };
    assert_eq!(pick(&src), ["::1"]);
    assert!(in_prefix(
        &"1.2.3.4".parse().unwrap(),
        &"0.0.0.0".parse().unwrap(),
        0
    ));
    assert!(!in_prefix(
        &"::1".parse().unwrap(),
        &"0.0.0.0".parse().unwrap(),
        0
    ));
}

#[test]
fn an_entry_without_a_destination_is_an_error_not_a_panic() {
    assert!(Entry::from_attrs(TcpMetrics::default()).is_err());
    let odd = TcpMetrics {
        addr_ipv6: Some(vec![1, 2, 3]),
        ..TcpMetrics::default()
    };
    assert!(Entry::from_attrs(odd).is_err());
}

/// `tcp_metrics_fastopen.bin`: the same capture after two Fast Open connections each to
/// fd00::2 and 10.9.0.1 (`net.ipv4.tcp_fastopen=3`, `TCP_FASTOPEN_CONNECT`); ip printed
/// `fd00::2 age 0.116sec cwnd 12 rtt 39us rttvar 23us fo_mss 65476 fo_cookie
/// 287128fa3e93699d source fd00::2`.
#[test]
fn fast_open_state_is_typed() {
    let bytes: &[u8] = include_bytes!("../fixtures/tcp_metrics_fastopen.bin");
    let e: Vec<Entry> = MessageIter::new(bytes)
        .map(|m| Entry::parse(&m.unwrap()).unwrap())
        .collect();
    assert_eq!(e[0].destination, "fd00::2".parse::<IpAddr>().unwrap());
    assert_eq!(e[0].fastopen.mss, Some(65476));
    let cookie = e[0].fastopen.cookie.as_deref().unwrap();
    assert_eq!(
        cookie[..8],
        [0x28, 0x71, 0x28, 0xfa, 0x3e, 0x93, 0x69, 0x9d]
    );
    assert_eq!(e[0].metrics.rtt(), Some(Duration::from_micros(39)));
    assert_eq!(e[1].fastopen.mss, Some(65495));
}
