use super::*;
use crate::rtnl::Change;
use crate::wire::{AttrOrder, MessageIter};
use std::net::IpAddr;

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
            .find(|r| r.priority == Some(p) && r.family == AddressFamily::Inet)
            .unwrap()
    };
    assert_eq!((by(300).fwmark, by(300).fwmask), (Some(0x10), Some(0xff)));
    assert_eq!(
        (by(400).iif.as_deref(), by(400).oif.as_deref()),
        (Some("v0"), Some("v1"))
    );
    assert!(by(450).flags.contains(RuleFlags::INVERT));
    assert_eq!(by(450).action, RuleAction::Goto);
    assert_eq!(by(450).goto, Some(500));
    assert_eq!(
        by(600).uid_range,
        Some(UidRange {
            start: 1000,
            end: 2000
        })
    );
    assert_eq!(
        (by(700).sport_range, by(700).dport_range, by(700).ip_proto),
        (
            Some(RulePortRange {
                start: 1000,
                end: 2000
            }),
            Some(RulePortRange { start: 80, end: 80 }),
            Some(6)
        )
    );
    assert_eq!(by(900).action, RuleAction::Blackhole);
    assert_eq!(by(200).table, RouteTable::Other(200));
    let all_v6 = RuleFilter {
        family: Some(AddressFamily::Inet6),
    };
    assert!(all.iter().any(|r| all_v6.matches(r)));
    assert!(!all_v6.matches(by(300)));
}

#[test]
fn built_rules_emit_in_a_fixed_order() {
    let r = Rule {
        priority: Some(5),
        fwmark: Some(1),
        ..Rule::lookup(AddressFamily::Inet, RouteTable::from(1000))
    };
    let mut b = MessageBuilder::new(RTM_NEWRULE, Flags::NONE);
    r.emit(&mut b);
    let bytes = b.finish().unwrap();
    let back = Rule::parse(&bytes[16..]).unwrap();
    assert_eq!(
        back.order.iter().collect::<Vec<_>>(),
        [Some(FRA_TABLE), Some(FRA_PRIORITY), Some(FRA_FWMARK)]
    );
    assert_eq!(
        (back.table, back.priority, back.fwmark),
        (RouteTable::from(1000), Some(5), Some(1))
    );
    // A table over 255 goes in FRA_TABLE, with RT_TABLE_UNSPEC in the header as ip sends
    // it; parsed, the rule keeps its FRA_TABLE and emits the kernel's RT_TABLE_COMPAT.
    assert_eq!(bytes[16 + 4], 0);
    let mut b2 = MessageBuilder::new(RTM_NEWRULE, Flags::NONE);
    back.emit(&mut b2);
    let again = b2.finish().unwrap();
    assert_eq!(again[16 + 4], 252);
    assert_eq!((&again[..20], &again[21..]), (&bytes[..20], &bytes[21..]));
}

/// Requests captured with `strace -e trace=sendmsg -e write=3 ip -n NS rule ...`: every
/// selector and action, a table over 255, deletes, IPv6.
const REQUESTS: &str = include_str!("fixtures/requests.txt");

#[test]
fn requests_are_what_ip_sends() {
    use crate::rtnl::fixtures::{assert_same, requests};
    let v4 = |action: RuleAction, table: u32, order: &[u16]| {
        let mut o = AttrOrder::default();
        for &t in order {
            o.push(t);
        }
        Rule {
            family: AddressFamily::Inet,
            action,
            table: RouteTable::from(table),
            order: o,
            ..Default::default()
        }
    };
    let ip = |s: &str| Some(s.parse::<IpAddr>().unwrap());
    let ports = |start, end| Some(RulePortRange { start, end });
    use RuleAction::*;
    let mut r1 = v4(ToTable, 100, &[FRA_SRC]);
    r1.source_len = 24;
    r1.source = ip("10.0.0.0");
    let mut r2 = v4(ToTable, 200, &[FRA_PRIORITY, FRA_SRC, FRA_DST]);
    (r2.source_len, r2.destination_len) = (16, 16);
    (r2.priority, r2.source, r2.destination) = (Some(100), ip("10.1.0.0"), ip("10.2.0.0"));
    let mut r3 = v4(ToTable, 254, &[FRA_PRIORITY, FRA_FWMARK, FRA_FWMASK]);
    (r3.priority, r3.fwmark, r3.fwmask) = (Some(110), Some(0x10), Some(0xff));
    let mut r4 = v4(
        ToTable,
        300,
        &[FRA_PRIORITY, FRA_IIFNAME, FRA_OIFNAME, FRA_TABLE],
    );
    r4.priority = Some(120);
    (r4.iif, r4.oif) = (Some("v0".into()), Some("v1".into()));
    let mut r5 = v4(Goto, 0, &[FRA_PRIORITY, FRA_SRC, FRA_GOTO]);
    (r5.source_len, r5.flags) = (24, RuleFlags::INVERT);
    (r5.priority, r5.source, r5.goto) = (Some(130), ip("10.3.0.0"), Some(200));
    let mut r6 = v4(
        ToTable,
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
    (r6.sport_range, r6.dport_range) = (ports(1000, 2000), ports(80, 80));
    r6.uid_range = Some(UidRange {
        start: 1000,
        end: 2000,
    });
    r6.suppress_prefixlen = Some(0);
    let mut r7 = v4(Prohibit, 0, &[FRA_PRIORITY]);
    (r7.tos, r7.priority) = (0x10, Some(170));
    let mut r8 = v4(
        ToTable,
        7,
        &[FRA_PRIORITY, FRA_PROTOCOL, FRA_FLOW, FRA_SUPPRESS_IFGROUP],
    );
    (r8.priority, r8.protocol, r8.flow) =
        (Some(210), Some(RouteProtocol::Static), Some(1 << 16 | 2));
    r8.suppress_ifgroup = Some(5);
    let mut r9 = v4(ToTable, 0, &[FRA_PRIORITY, FRA_L3MDEV]);
    (r9.priority, r9.l3mdev) = (Some(230), Some(1));
    let mut r10 = v4(ToTable, 70000, &[FRA_PRIORITY, FRA_TABLE, FRA_TUN_ID]);
    (r10.priority, r10.tun_id) = (Some(250), Some(7));
    let mut d11 = v4(Unspec, 0, &[]);
    d11.priority = Some(250);
    let mut r12 = v4(Blackhole, 0, &[]);
    r12.priority = Some(260);
    let mut r13 = v4(ToTable, 100, &[]);
    (r13.family, r13.source_len) = (AddressFamily::Inet6, 32);
    r13.source = ip("2001:db8::");
    let mut d14 = r13.clone();
    d14.action = Unspec;
    let ours = [
        r1.request(Verb::Add),
        r2.request(Verb::Add),
        r3.request(Verb::Add),
        r4.request(Verb::Add),
        r5.request(Verb::Add),
        r6.request(Verb::Add),
        r7.request(Verb::Add),
        r8.request(Verb::Add),
        r9.request(Verb::Add),
        r10.request(Verb::Add),
        d11.request(Verb::Delete),
        r12.request(Verb::Add),
        r13.request(Verb::Add),
        d14.request(Verb::Delete),
    ];
    let captured = requests(REQUESTS);
    assert_eq!(captured.len(), ours.len());
    for ((cmd, bytes), b) in captured.iter().zip(&ours) {
        assert_same(cmd, b, bytes);
    }
}

/// Rules are added and deleted, nothing else: the kernel has no replace for them.
#[test]
fn verbs_a_rule_does_not_have_are_refused() {
    let r = Rule::lookup(AddressFamily::Inet, RouteTable::Main);
    for verb in [
        Verb::Replace,
        Verb::Change,
        Verb::Append,
        Verb::Prepend,
        Verb::Test,
    ] {
        assert_eq!(
            r.request(verb).finish().unwrap_err(),
            crate::wire::BuildError::UnsupportedChange {
                object: "rule",
                verb: verb.name()
            },
            "{verb:?}"
        );
    }
    assert!(r.request(Verb::Add).finish().is_ok());
}

/// A malformed selector is recorded and kept raw in its place, so that the rule emits the
/// bytes it came from.
#[test]
fn malformed_selector_is_kept() {
    let mut b = MessageBuilder::new(RTM_NEWRULE, Flags::NONE);
    b.push_struct(&FibRuleHdr {
        family: 2,
        table: 254,
        action: 1,
        ..Default::default()
    });
    b.attr_u32_ne(FRA_PRIORITY, 5);
    b.attr_bytes(FRA_UID_RANGE, &[1, 2, 3]);
    b.attr_u32_ne(FRA_FWMARK, 9);
    let bytes = b.finish().unwrap();
    let r = Rule::parse(&bytes[16..]).unwrap();
    assert_eq!(
        (r.priority, r.fwmark, r.uid_range),
        (Some(5), Some(9), None)
    );
    assert_eq!(r.malformed.len(), 1);
    assert_eq!(r.malformed[0].attr_type, FRA_UID_RANGE);
    assert_eq!(r.unknown.len(), 1);
    let mut b2 = MessageBuilder::new(RTM_NEWRULE, Flags::NONE);
    r.emit(&mut b2);
    assert_eq!(b2.finish().unwrap(), bytes);
}
