//! Kernel tests of the change helpers of `rtnl::neigh`, `rtnl::rule` and `rtnl::nexthop`:
//! add, the `NLM_F_*` modes, delete and the pipelined flush, each in a fresh namespace.

use nlkit::engine::Conn;
use nlkit::rtnl::change::{is_gone, ChangeMode};
use nlkit::rtnl::link::{self, LinkId};
use nlkit::rtnl::neigh::{self, attrs::*, Neighbour, NeighbourFilter, NeighbourHeader};
use nlkit::rtnl::nexthop::{self, GroupMember, Nexthop, NexthopFilter};
use nlkit::rtnl::rule::{self, attrs::*, Rule, RuleHeader};
use nlkit::sys::errno::{EEXIST, ENOENT};
use nltestns::Netns;

/// A namespace with a veth pair `v0`/`v1`, both up, `v0` with 10.0.0.1/24; `v0`'s index.
fn veth(prefix: &str) -> Option<(Netns, Conn, u32)> {
    let ns = Netns::new(prefix)?;
    for cmd in [
        "link add v0 type veth peer name v1",
        "link set v0 up",
        "link set v1 up",
        "addr add 10.0.0.1/24 dev v0",
    ] {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let mut conn = ns.conn();
    let index = link::get(&mut conn, LinkId::Name("v0"), None)
        .unwrap()
        .header
        .index;
    Some((ns, conn, index))
}

fn neighbour(index: u32, last: u8, state: u16) -> Neighbour {
    Neighbour {
        header: NeighbourHeader {
            family: 2,
            index,
            state,
            ..Default::default()
        },
        destination: Some([10, 0, 0, last].into()),
        lladdr: Some(vec![2, 0, 0, 0, 0, last]),
        ..Default::default()
    }
}

#[test]
fn neighbours_are_added_changed_deleted_and_flushed() {
    let Some((_ns, mut conn, v0)) = veth("neigh-chg") else {
        return;
    };
    let n = neighbour(v0, 50, NUD_PERMANENT);
    neigh::add(&mut conn, &n, ChangeMode::Add).unwrap();
    let again = neigh::add(&mut conn, &n, ChangeMode::Add).unwrap_err();
    assert_eq!(again.errno(), Some(EEXIST));
    let missing = neigh::add(&mut conn, &neighbour(v0, 51, NUD_STALE), ChangeMode::Change);
    assert_eq!(missing.unwrap_err().errno(), Some(ENOENT));
    let mut changed = n.clone();
    changed.lladdr = Some(vec![2, 0, 0, 0, 0, 0x99]);
    neigh::add(&mut conn, &changed, ChangeMode::Change).unwrap();
    let got = neigh::get(&mut conn, v0, [10, 0, 0, 50].into(), false).unwrap();
    assert_eq!(got.lladdr, changed.lladdr);
    for last in 60..70 {
        neigh::add(
            &mut conn,
            &neighbour(v0, last, NUD_STALE),
            ChangeMode::Replace,
        )
        .unwrap();
    }
    neigh::delete(&mut conn, &n.key()).unwrap();
    assert!(is_gone(&neigh::delete(&mut conn, &n.key()).unwrap_err()));
    // IPv4 only: the kernel adds IPv6 multicast entries at its own pace.
    let filter = NeighbourFilter {
        family: Some(2),
        interface: Some(v0),
        ..Default::default()
    };
    let done = neigh::flush(&mut conn, &filter, |n| n.header.state == NUD_STALE).unwrap();
    assert_eq!((done.deleted.len(), done.failed.len()), (10, 0));
    let left = neigh::dump(&mut conn, &filter).unwrap().count();
    assert_eq!(left, 0);
}

#[test]
fn rules_are_added_deleted_and_flushed() {
    let Some(ns) = Netns::new("rule-chg") else {
        return;
    };
    let mut conn = ns.conn();
    let rule_at = |priority: u32| Rule {
        header: RuleHeader {
            family: 2,
            action: FR_ACT_TO_TBL,
            table: 100,
            ..Default::default()
        },
        priority: Some(priority),
        fwmark: Some(priority),
        ..Default::default()
    };
    for p in [100, 200, 300] {
        rule::add(&mut conn, &rule_at(p), ChangeMode::Add).unwrap();
    }
    let again = rule::add(&mut conn, &rule_at(100), ChangeMode::Add).unwrap_err();
    assert_eq!(again.errno(), Some(EEXIST));
    rule::delete(&mut conn, &rule_at(200)).unwrap();
    assert_eq!(
        rule::delete(&mut conn, &rule_at(200)).unwrap_err().errno(),
        Some(ENOENT)
    );
    let done = rule::flush(&mut conn, Some(2), |r| r.priority.unwrap_or(0) != 0).unwrap();
    // 100, 300 and the main and default rules (32766, 32767).
    assert_eq!((done.deleted.len(), done.failed.len()), (4, 0));
    let left: Vec<u32> = rule::dump(&mut conn, Some(2))
        .unwrap()
        .map(|r| r.unwrap().priority.unwrap_or(0))
        .collect();
    assert_eq!(left, [0]);
}

#[test]
fn nexthops_and_groups_are_added_replaced_and_flushed() {
    let Some((_ns, mut conn, v0)) = veth("nh-chg") else {
        return;
    };
    let hop = |id: u32, gw: u8| Nexthop {
        header: nexthop::NexthopHeader {
            family: 2,
            ..Default::default()
        },
        id: Some(id),
        gateway: Some([10, 0, 0, gw].into()),
        output_interface: Some(v0),
        ..Default::default()
    };
    nexthop::add(&mut conn, &hop(1, 2), ChangeMode::Add).unwrap();
    nexthop::add(&mut conn, &hop(2, 3), ChangeMode::Add).unwrap();
    let again = nexthop::add(&mut conn, &hop(1, 2), ChangeMode::Add).unwrap_err();
    assert_eq!(again.errno(), Some(EEXIST));
    nexthop::add(&mut conn, &hop(1, 4), ChangeMode::Replace).unwrap();
    assert_eq!(
        nexthop::get(&mut conn, 1).unwrap().gateway,
        Some([10, 0, 0, 4].into())
    );
    let group = Nexthop {
        id: Some(10),
        group: Some(vec![
            GroupMember { id: 1, weight: 0 },
            GroupMember { id: 2, weight: 4 },
        ]),
        ..Default::default()
    };
    nexthop::add(&mut conn, &group, ChangeMode::Add).unwrap();
    let members = nexthop::get(&mut conn, 10).unwrap().group.unwrap();
    assert_eq!(members[1].weight(), 5);
    nexthop::delete(&mut conn, 2).unwrap();
    // Member 1 goes first and takes the group with it.
    let done = nexthop::flush(&mut conn, &NexthopFilter::default(), |_| true).unwrap();
    let gone: Vec<Option<u32>> = done.gone.iter().map(|(nh, _)| nh.id).collect();
    assert_eq!(
        (done.deleted.len(), gone, done.failed.len()),
        (1, vec![Some(10)], 0)
    );
    assert_eq!(
        nexthop::dump(&mut conn, &NexthopFilter::default())
            .unwrap()
            .count(),
        0
    );
}
