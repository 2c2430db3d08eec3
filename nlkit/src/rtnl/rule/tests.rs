use super::*;
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
