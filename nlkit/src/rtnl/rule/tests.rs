use super::*;
use crate::rtnl::change::ChangeMode;
use crate::wire::MessageIter;

/// Captured with `strace -e trace=recvmsg -e read=3 ip -4 rule show` and `ip -6 rule show`
/// in a namespace with rules of every selector (from/to, fwmark/mask, iif/oif, not+goto,
/// suppress_prefixlength, uidrange, ipproto/sport/dport, tos+prohibit, blackhole,
/// unreachable, protocol, realms, l3mdev, suppress_ifgroup) and the default rules. Only the
/// 21 RTM_NEWRULE messages are kept. One carries attribute 29, newer than our headers.
const SHOW: &[u8] = include_bytes!("fixtures/show.bin");

fn all() -> Vec<(Vec<u8>, Rule)> {
    MessageIter::new(SHOW)
        .map(|m| {
            let m = m.unwrap();
            (m.payload().to_vec(), Rule::from_message(&m).unwrap())
        })
        .collect()
}

#[test]
fn fixture_parses_and_round_trips() {
    let all = all();
    assert_eq!(all.len(), 21);
    for (bytes, r) in &all {
        assert!(r.malformed.is_empty(), "{r:?}");
        let mut b = MessageBuilder::new(RTM_NEWRULE, Flags::NONE);
        r.emit(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], &bytes[..], "{r:?}");
    }
    assert_eq!(all.iter().filter(|(_, r)| !r.unknown.is_empty()).count(), 1);
}

#[test]
fn fields() {
    let all: Vec<Rule> = all().into_iter().map(|x| x.1).collect();
    let by = |p: u32| {
        all.iter()
            .find(|r| r.priority == Some(p) && r.header.family == 2)
            .unwrap()
    };
    assert_eq!((by(300).fwmark, by(300).fwmask), (Some(0x10), Some(0xff)));
    assert_eq!(
        (by(400).iif.as_deref(), by(400).oif.as_deref()),
        (Some("v0"), Some("v1"))
    );
    assert_ne!(by(450).header.flags & FIB_RULE_INVERT, 0);
    assert_eq!(by(450).goto, Some(500));
    assert_eq!(by(600).uid_range, Some((1000, 2000)));
    assert_eq!(
        (by(700).sport_range, by(700).dport_range, by(700).ip_proto),
        (Some((1000, 2000)), Some((80, 80)), Some(6))
    );
    assert_eq!(by(900).header.action, FR_ACT_BLACKHOLE);
    assert_eq!(by(200).table_id(), 200);
}

#[test]
fn built_rules_emit_in_a_fixed_order() {
    let r = Rule {
        header: RuleHeader {
            family: 2,
            action: FR_ACT_TO_TBL,
            ..Default::default()
        },
        priority: Some(5),
        table: Some(1000),
        fwmark: Some(1),
        ..Default::default()
    };
    let mut b = MessageBuilder::new(RTM_NEWRULE, Flags::NONE);
    r.emit(&mut b);
    let bytes = b.finish().unwrap();
    let back = Rule::parse(&bytes[16..]).unwrap();
    assert_eq!(back.order, [FRA_TABLE, FRA_PRIORITY, FRA_FWMARK]);
    assert_eq!(
        (back.table_id(), back.priority, back.fwmark),
        (1000, Some(5), Some(1))
    );
}

/// Requests captured with `strace -e trace=sendmsg -e write=3 ip -n NS rule ...`: every
/// selector and action, a table over 255, deletes, IPv6.
const REQUESTS: &str = include_str!("fixtures/requests.txt");

#[test]
fn requests_are_what_ip_sends() {
    use crate::rtnl::change::fixtures::{assert_same, requests};
    let v4 = |action: u8, table: u8, order: &[u16]| Rule {
        header: RuleHeader {
            family: 2,
            action,
            table,
            ..Default::default()
        },
        order: order.to_vec(),
        ..Default::default()
    };
    let ip = |s: &str| Some(s.parse::<IpAddr>().unwrap());
    let mut r1 = v4(FR_ACT_TO_TBL, 100, &[FRA_SRC]);
    r1.header.source_len = 24;
    r1.source = ip("10.0.0.0");
    let mut r2 = v4(FR_ACT_TO_TBL, 200, &[FRA_PRIORITY, FRA_SRC, FRA_DST]);
    (r2.header.source_len, r2.header.destination_len) = (16, 16);
    (r2.priority, r2.source, r2.destination) = (Some(100), ip("10.1.0.0"), ip("10.2.0.0"));
    let mut r3 = v4(FR_ACT_TO_TBL, 254, &[FRA_PRIORITY, FRA_FWMARK, FRA_FWMASK]);
    (r3.priority, r3.fwmark, r3.fwmask) = (Some(110), Some(0x10), Some(0xff));
    let mut r4 = v4(
        FR_ACT_TO_TBL,
        0,
        &[FRA_PRIORITY, FRA_IIFNAME, FRA_OIFNAME, FRA_TABLE],
    );
    r4.priority = Some(120);
    (r4.iif, r4.oif, r4.table) = (Some("v0".into()), Some("v1".into()), Some(300));
    let mut r5 = v4(FR_ACT_GOTO, 0, &[FRA_PRIORITY, FRA_SRC, FRA_GOTO]);
    (r5.header.source_len, r5.header.flags) = (24, FIB_RULE_INVERT);
    (r5.priority, r5.source, r5.goto) = (Some(130), ip("10.3.0.0"), Some(200));
    let mut r6 = v4(
        FR_ACT_TO_TBL,
        5,
        &[
            FRA_PRIORITY,
            FRA_IP_PROTO,
            FRA_SPORT_RANGE,
            FRA_DPORT_RANGE,
            FRA_UID_RANGE,
            FRA_SUPPRESS_PREFIXLEN,
        ],
    );
    (r6.priority, r6.ip_proto) = (Some(160), Some(6));
    (r6.sport_range, r6.dport_range) = (Some((1000, 2000)), Some((80, 80)));
    (r6.uid_range, r6.suppress_prefixlen) = (Some((1000, 2000)), Some(0));
    let mut r7 = v4(FR_ACT_PROHIBIT, 0, &[FRA_PRIORITY]);
    (r7.header.tos, r7.priority) = (0x10, Some(170));
    let mut r8 = v4(
        FR_ACT_TO_TBL,
        7,
        &[FRA_PRIORITY, FRA_PROTOCOL, FRA_FLOW, FRA_SUPPRESS_IFGROUP],
    );
    (r8.priority, r8.protocol, r8.flow) = (Some(210), Some(4), Some(1 << 16 | 2));
    r8.suppress_ifgroup = Some(5);
    let mut r9 = v4(FR_ACT_TO_TBL, 0, &[FRA_PRIORITY, FRA_L3MDEV]);
    (r9.priority, r9.l3mdev) = (Some(230), Some(1));
    let mut r10 = v4(FR_ACT_TO_TBL, 0, &[FRA_PRIORITY, FRA_TABLE, FRA_TUN_ID]);
    (r10.priority, r10.table, r10.tun_id) = (Some(250), Some(70000), Some(7));
    let mut d11 = v4(0, 0, &[]);
    d11.priority = Some(250);
    let mut r12 = v4(FR_ACT_BLACKHOLE, 0, &[]);
    r12.priority = Some(260);
    let mut r13 = v4(FR_ACT_TO_TBL, 100, &[]);
    (r13.header.family, r13.header.source_len) = (10, 32);
    r13.source = ip("2001:db8::");
    let mut d14 = r13.clone();
    d14.header.action = 0;
    let ours = [
        request(&r1, ChangeMode::Add),
        request(&r2, ChangeMode::Add),
        request(&r3, ChangeMode::Add),
        request(&r4, ChangeMode::Add),
        request(&r5, ChangeMode::Add),
        request(&r6, ChangeMode::Add),
        request(&r7, ChangeMode::Add),
        request(&r8, ChangeMode::Add),
        request(&r9, ChangeMode::Add),
        request(&r10, ChangeMode::Add),
        delete_request(&d11),
        request(&r12, ChangeMode::Add),
        request(&r13, ChangeMode::Add),
        delete_request(&d14),
    ];
    let captured = requests(REQUESTS);
    assert_eq!(captured.len(), ours.len());
    for ((cmd, bytes), b) in captured.iter().zip(&ours) {
        assert_same(cmd, b, bytes);
    }
}
