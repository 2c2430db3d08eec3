//! Kernel tests of the changes of neighbours, rules and nexthops through the one set of
//! operations (`rtnl::apply` with a `Verb`, `rtnl::get`, `rtnl::dump`, the pipelined
//! `rtnl::flush`), each in a fresh namespace.

use nlkit::engine::Conn;
use nlkit::rtnl::link::LinkQuery;
use nlkit::rtnl::neigh::{Neighbour, NeighbourFilter, NeighbourQuery, NeighbourState};
use nlkit::rtnl::nexthop::{GroupMember, Nexthop, NexthopFilter, NexthopQuery};
use nlkit::rtnl::rule::{Rule, RuleFilter};
use nlkit::rtnl::{self, is_gone, AddressFamily, DeleteBy, FlushRound, RouteTable, Verb};
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
    let index = rtnl::get(&mut conn, &LinkQuery::by_name("v0"))
        .unwrap()
        .index;
    Some((ns, conn, index))
}

fn neighbour(index: u32, last: u8, state: NeighbourState) -> Neighbour {
    let mut n = Neighbour::to(index, [10, 0, 0, last].into());
    n.state = state;
    n.lladdr = Some(vec![2, 0, 0, 0, 0, last]);
    n
}

/// How many deletions each round sent.
fn sent(rounds: &[FlushRound]) -> Vec<usize> {
    rounds.iter().map(|r| r.sent).collect()
}

#[test]
fn neighbours_are_added_changed_deleted_and_flushed() {
    let Some((ns, mut conn, v0)) = veth("neigh-chg") else {
        return;
    };
    let n = neighbour(v0, 50, NeighbourState::PERMANENT);
    rtnl::apply(&mut conn, &n, Verb::Add).unwrap();
    let again = rtnl::apply(&mut conn, &n, Verb::Add).unwrap_err();
    assert_eq!(again.errno(), Some(EEXIST));
    let missing = rtnl::apply(
        &mut conn,
        &neighbour(v0, 51, NeighbourState::STALE),
        Verb::Change,
    );
    assert_eq!(missing.unwrap_err().errno(), Some(ENOENT));
    let mut changed = n.clone();
    changed.lladdr = Some(vec![2, 0, 0, 0, 0, 0x99]);
    rtnl::apply(&mut conn, &changed, Verb::Change).unwrap();
    let query = NeighbourQuery {
        index: v0,
        destination: [10, 0, 0, 50].into(),
        proxy: false,
    };
    let got = rtnl::get(&mut conn, &query).unwrap();
    assert_eq!(got.lladdr, changed.lladdr);
    assert_eq!(got.state, NeighbourState::PERMANENT);
    for last in 60..70 {
        rtnl::apply(
            &mut conn,
            &neighbour(v0, last, NeighbourState::STALE),
            Verb::Replace,
        )
        .unwrap();
    }
    rtnl::apply(&mut conn, &n, Verb::Delete).unwrap();
    assert!(is_gone(
        &rtnl::apply(&mut conn, &n, Verb::Delete).unwrap_err()
    ));
    // IPv4 only: the kernel adds IPv6 multicast entries at its own pace.
    let filter = NeighbourFilter {
        family: Some(AddressFamily::Inet),
        index: Some(v0),
        ..Default::default()
    };
    let mut deleter = ns.conn();
    let rounds = rtnl::flush(&mut conn, &mut deleter, &filter, DeleteBy::Key, 10, |n| {
        n.state == NeighbourState::STALE
    })
    .unwrap();
    assert_eq!(sent(&rounds), [10, 0], "{rounds:?}");
    assert!(rounds.iter().all(|r| r.errors.is_empty()), "{rounds:?}");
    let left = rtnl::dump(&mut conn, &filter).unwrap().count();
    assert_eq!(left, 0);
}

#[test]
fn rules_are_added_deleted_and_flushed() {
    let Some(ns) = Netns::new("rule-chg") else {
        return;
    };
    let mut conn = ns.conn();
    let rule_at = |priority: u32| {
        let mut r = Rule::lookup(AddressFamily::Inet, RouteTable::from(100));
        r.priority = Some(priority);
        r.fwmark = Some(priority);
        r
    };
    for p in [100, 200, 300] {
        rtnl::apply(&mut conn, &rule_at(p), Verb::Add).unwrap();
    }
    let again = rtnl::apply(&mut conn, &rule_at(100), Verb::Add).unwrap_err();
    assert_eq!(again.errno(), Some(EEXIST));
    rtnl::apply(&mut conn, &rule_at(200), Verb::Delete).unwrap();
    assert_eq!(
        rtnl::apply(&mut conn, &rule_at(200), Verb::Delete)
            .unwrap_err()
            .errno(),
        Some(ENOENT)
    );
    // Rules know no replace.
    assert!(rtnl::apply(&mut conn, &rule_at(100), Verb::Replace).is_err());
    let ipv4 = RuleFilter {
        family: Some(AddressFamily::Inet),
    };
    let mut deleter = ns.conn();
    let rounds = rtnl::flush(&mut conn, &mut deleter, &ipv4, DeleteBy::Key, 10, |r| {
        r.priority.unwrap_or(0) != 0
    })
    .unwrap();
    // 100, 300 and the main and default rules (32766, 32767); deleting shifts the
    // kernel's dump position, so a round may miss some that the next one deletes.
    let sent = sent(&rounds);
    assert_eq!(sent.iter().sum::<usize>(), 4, "{rounds:?}");
    assert_eq!(sent.last(), Some(&0), "{rounds:?}");
    assert!(rounds.iter().all(|r| r.errors.is_empty()), "{rounds:?}");
    let left: Vec<u32> = rtnl::dump(&mut conn, &ipv4)
        .unwrap()
        .map(|r| r.unwrap().priority.unwrap_or(0))
        .collect();
    assert_eq!(left, [0]);
}

#[test]
fn nexthops_and_groups_are_added_replaced_and_flushed() {
    let Some((ns, mut conn, v0)) = veth("nh-chg") else {
        return;
    };
    let hop = |id: u32, gw: u8| {
        let mut nh = Nexthop::with_id(id);
        nh.family = AddressFamily::Inet;
        nh.gateway = Some([10, 0, 0, gw].into());
        nh.output_interface = Some(v0);
        nh
    };
    rtnl::apply(&mut conn, &hop(1, 2), Verb::Add).unwrap();
    rtnl::apply(&mut conn, &hop(2, 3), Verb::Add).unwrap();
    let again = rtnl::apply(&mut conn, &hop(1, 2), Verb::Add).unwrap_err();
    assert_eq!(again.errno(), Some(EEXIST));
    rtnl::apply(&mut conn, &hop(1, 4), Verb::Replace).unwrap();
    assert_eq!(
        rtnl::get(&mut conn, &NexthopQuery { id: 1 })
            .unwrap()
            .gateway,
        Some([10, 0, 0, 4].into())
    );
    let mut group = Nexthop::with_id(10);
    group.group = Some(vec![
        GroupMember { id: 1, weight: 0 },
        GroupMember { id: 2, weight: 4 },
    ]);
    rtnl::apply(&mut conn, &group, Verb::Add).unwrap();
    let members = rtnl::get(&mut conn, &NexthopQuery { id: 10 })
        .unwrap()
        .group
        .unwrap();
    assert_eq!(members[1].weight(), 5);
    rtnl::apply(&mut conn, &Nexthop::with_id(2), Verb::Delete).unwrap();
    // Member 1 goes first and takes the group with it: the group's deletion finds it gone.
    let mut deleter = ns.conn();
    let all = NexthopFilter::default();
    let rounds = rtnl::flush(&mut conn, &mut deleter, &all, DeleteBy::Key, 10, |_| true).unwrap();
    assert_eq!(sent(&rounds), [2, 0], "{rounds:?}");
    assert_eq!(rounds[0].gone(), 1, "{rounds:?}");
    assert_eq!(rounds[0].failures().count(), 0, "{rounds:?}");
    assert_eq!(rounds[0].errors[0].errno(), Some(ENOENT));
    assert_eq!(rtnl::dump(&mut conn, &all).unwrap().count(), 0);
}
