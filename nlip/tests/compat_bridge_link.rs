//! `nlbridge link` against bridge 6.1 in a namespace: a bridge with two veth ports (fixed
//! MAC addresses). Every show line and bad command compares stdout, stderr and the exit
//! code; every `link set` is made with bridge and then with nlbridge (each undone after)
//! and the ports read back (`-d -j link show`) must be the same; the requests this kernel
//! refuses for a veth (`hwmode`, `self`) must be bridge's bytes (strace).

mod common;

use common::{run, text, Run};
use nltestns::Netns;

const SETUP: &[&str] = &[
    "link add br0 address 02:00:00:00:00:01 type bridge",
    "link add v0 address 02:00:00:00:00:02 type veth peer name v1 address 02:00:00:00:00:03",
    "link add v2 address 02:00:00:00:00:04 type veth peer name v3 address 02:00:00:00:00:05",
    "link set v0 master br0",
    "link set v2 master br0",
    "link set br0 up",
    "link set v0 up",
    "link set v2 up",
    "link set v3 up",
];

const SHOW: &[&str] = &[
    "link",
    "link show",
    "link list",
    "link lst",
    "link show dev v0",
    "link show dev v2",
    "link show dev br0",
    "-d link show",
    "-s link show",
    "-j link show",
    "-j -p link show",
    "-j -p -d link show",
    "-d -j link show dev v2",
    "link show garbage",
    "-c link show",
    "-c -d link show",
];

const BAD: &[&str] = &[
    "link show dev nosuch",
    "link show dev v0 dev v0",
    "link show dev",
    "link bogus",
    "link help",
    "link set",
    "link set dev",
    "link set cost 3",
    "link set dev nosuch cost 3",
    "link set dev v0 bogus",
    "link set dev v0 cost",
    "link set dev v0 priority",
    "link set dev v0 state",
    "link set dev v0 state bogus",
    "link set dev v0 state 0x3",
    "link set dev v0 state 9",
    "link set dev v0 guard",
    "link set dev v0 guard x",
    "link set dev v0 hairpin maybe",
    "link set dev v0 learning onn",
    "link set dev v0 flood 1",
    "link set dev v0 locked yes",
    "link set dev v0 isolated",
    "link set dev v0 hwmode",
    "link set dev v0 hwmode x",
    "link set dev v0 backup_port",
    "link set dev v0 backup_port nosuch",
    "link set dev v0 self hwmode vepa",
    "link set dev v0 master hwmode veb",
    "link set dev v0 priority 70000",
    "link set dev v1 cost 5",
    "link set dev v0 mcast_router 7",
    "link set dev v0 Cost 5",
];

/// (change, its undo): each made with bridge, read back, undone; then with nlbridge.
const CHANGES: &[(&str, &str)] = &[
    ("link set dev v0 cost 7", "link set dev v0 cost 2"),
    ("link set dev v0 priority 3", "link set dev v0 priority 32"),
    ("link set dev v0 priority 0", "link set dev v0 priority 32"),
    ("link set dev v0 state 4", "link set dev v0 state 0"),
    (
        "link set dev v0 state blocking",
        "link set dev v0 state disabled",
    ),
    (
        "link set dev v0 guard on hairpin on",
        "link set dev v0 guard off hairpin off",
    ),
    (
        "link set dev v0 fastleave on root_block on",
        "link set dev v0 fastleave off root_block off",
    ),
    (
        "link set dev v0 learning off flood off",
        "link set dev v0 learning on flood on",
    ),
    (
        "link set dev v0 mcast_flood of bcast_flood o",
        "link set dev v0 mcast_flood on bcast_flood on",
    ),
    (
        "link set dev v0 mcast_router 2",
        "link set dev v0 mcast_router 1",
    ),
    (
        "link set dev v0 mcast_router 0",
        "link set dev v0 mcast_router 1",
    ),
    (
        "link set dev v0 mcast_to_unicast on",
        "link set dev v0 mcast_to_unicast off",
    ),
    (
        "link set dev v0 neigh_suppress on",
        "link set dev v0 neigh_suppress off",
    ),
    (
        "link set dev v0 vlan_tunnel on",
        "link set dev v0 vlan_tunnel off",
    ),
    (
        "link set dev v0 isolated on locked on",
        "link set dev v0 isolated off locked off",
    ),
    (
        "link set dev v0 backup_port v2",
        "link set dev v0 nobackup_port",
    ),
    (
        "link set dev v2 cost 9 priority 5 master",
        "link set dev v2 cost 2 priority 32",
    ),
    (
        "link change dev v2 learning off",
        "link set dev v2 learning on",
    ),
];

/// Requests the kernel refuses here: compared as bytes (`RTM_SETLINK`, 0x13).
const REFUSED: &[&str] = &[
    "link set dev v0 self hwmode vepa",
    "link set dev v0 hwmode veb",
    "link set dev v0 self cost 4",
    "link set dev v0 master self learning on",
];

fn state(ns: &str) -> Run {
    run("bridge", ns, "-d -j link show")
}

fn compare_lines(ns: &str, nlbridge: &str, lines: &[&str], failures: &mut Vec<String>) {
    for args in lines {
        let want = run("bridge", ns, args);
        let got = run(nlbridge, ns, args);
        if want != got {
            failures.push(format!(
                "{args}:\n{}\nnlbridge: {}",
                text(&want),
                text(&got)
            ));
        }
    }
}

fn compare_changes(ns: &str, nlbridge: &str, failures: &mut Vec<String>) {
    let before = state(ns);
    for (change, undo) in CHANGES {
        let want = run("bridge", ns, change);
        let want_state = state(ns);
        let undone = run("bridge", ns, undo);
        let got = run(nlbridge, ns, change);
        let got_state = state(ns);
        let again = run("bridge", ns, undo);
        if (&want, &want_state) != (&got, &got_state) {
            failures.push(format!(
                "{change}:\n{}{}\nnlbridge: {}{}",
                text(&want),
                text(&want_state),
                text(&got),
                text(&got_state)
            ));
        }
        if undone.0 != Some(0) || again.0 != Some(0) || state(ns) != before {
            failures.push(format!(
                "{change}: the undo {undo} did not restore the ports"
            ));
        }
    }
}

#[test]
fn ports_as_bridge_shows_and_changes_them() {
    if !nltestns::tool("bridge", "compat_bridge_link")
        || !nltestns::tool("strace", "compat_bridge_link")
    {
        return;
    }
    let Some(ns) = Netns::new("nlkit-brlink") else {
        return;
    };
    for cmd in SETUP {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let nlbridge = env!("CARGO_BIN_EXE_nlbridge");
    let mut failures = Vec::new();
    compare_lines(ns.name(), nlbridge, SHOW, &mut failures);
    compare_lines(ns.name(), nlbridge, BAD, &mut failures);
    compare_changes(ns.name(), nlbridge, &mut failures);
    for cmd in REFUSED {
        let want = common::strace::traced("bridge", ns.name(), cmd, &["0x13"]);
        let got = common::strace::traced(nlbridge, ns.name(), cmd, &["0x13"]);
        if want.2.is_none() {
            failures.push(format!("{cmd}: no request seen from bridge"));
        }
        if want != got {
            failures.push(format!("{cmd}:\n  bridge   {want:?}\n  nlbridge {got:?}"));
        }
    }
    let total = SHOW.len() + BAD.len() + CHANGES.len() + REFUSED.len();
    println!(
        "compared {total} command lines with bridge ({} changes read back, {} requests as bytes)",
        CHANGES.len(),
        REFUSED.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {total} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
