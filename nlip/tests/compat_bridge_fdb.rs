//! `nlbridge fdb` against bridge 6.1 in a namespace: a bridge with a veth port and a VXLAN
//! device (fixed MAC addresses, so both tools see the same table), static and permanent
//! entries and a flood list of two remotes. Every show line and bad command compares
//! stdout, stderr and the exit code; every change is made with bridge and then with
//! nlbridge (each undone after), and the table read back after each must be the same.

mod common;

use common::{run, text, Run};
use nltestns::Netns;

const SETUP: &[&str] = &[
    "link add br0 address 02:00:00:00:00:01 type bridge",
    "link add v0 address 02:00:00:00:00:02 type veth peer name v1 address 02:00:00:00:00:03",
    "link set v0 master br0",
    "link add vx0 address 02:00:00:00:00:04 type vxlan id 42 dstport 4789 local 10.0.0.1 nolearning",
    "link set vx0 master br0",
    "link set br0 up",
    "link set v0 up",
    "link set vx0 up",
];

const STATE: &[&str] = &[
    "fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.2",
    "fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.3 vni 7 port 4790",
    "fdb add 00:aa:bb:cc:dd:ee dev vx0 dst 10.0.0.9 vni 100 self permanent",
    "fdb add 00:11:22:33:44:99 dev v0 master static",
    "fdb add 00:11:22:33:44:98 dev v0 master permanent",
];

const SHOW: &[&str] = &[
    "fdb show",
    "fdb",
    "fdb list",
    "fdb show dev vx0",
    "fdb show brport v0",
    "fdb show br br0",
    "fdb show br br0 dev v0",
    "fdb show state permanent",
    "fdb show state static",
    "fdb show state all",
    "fdb show dynamic",
    "fdb show vlan 5",
    "-j fdb show",
    "-j -p fdb show",
    "-s fdb show",
    "-s -j fdb show dev v0",
    "-d fdb show dev vx0",
    "-j fdb show dev vx0 state permanent",
    "-c fdb show",
    "-color=never fdb show",
    "-c -j fdb show",
    "fdb get 00:11:22:33:44:99 dev v0 master",
    "fdb get 00:11:22:33:44:99 br br0",
    "fdb get to 00:11:22:33:44:99 br br0 dev v0",
    "-j fdb get 00:11:22:33:44:99 dev v0 master",
    "-j -p fdb get 00:11:22:33:44:99 br br0",
    "-s fdb get 00:11:22:33:44:98 dev v0 master",
    "fdb get 00:11:22:33:44:99 dev v0 master dynamic",
    "fdb get 00:aa:bb:cc:dd:ee dev vx0 self",
    "fdb get 00:aa:bb:cc:dd:ee dev vx0 vni 100 self",
];

const BAD: &[&str] = &[
    "fdb get 00:11:22:33:44:77 dev v0 master",
    "fdb get 00:11:22:33:44:99",
    "fdb get dev v0",
    "fdb get zz dev v0",
    "fdb get 00:11:22:33:44:99 dev nosuch",
    "fdb get 00:11:22:33:44:99 br nosuch",
    "fdb get 00:11:22:33:44:99 dev v0 vlan 1 vlan 2",
    "fdb get 00:11:22:33:44:99 dev v0 vni x",
    "fdb get 00:11:22:33:44:99 dev v0 a b",
    "fdb flush",
    "fdb flush dev nosuch",
    "fdb flush dev br0 brport nosuch",
    "fdb flush dev br0 vlan 5000",
    "fdb flush dev br0 vlan 70000",
    "fdb flush dev br0 vlan 1 vlan 2",
    "fdb flush dev br0 brport v0 brport v0",
    "fdb flush dev br0 help",
    "fdb flus dev br0",
    "fdb show dev nosuch",
    "fdb show br nosuch",
    "fdb show vlan",
    "fdb show vlan 1 vlan 2",
    "fdb show state bogus",
    "fdb show state",
    "fdb show dev",
    "fdb bogus",
    "bogus",
    "-x",
    "",
    "-family",
    "-family bogus",
    "fdb help",
    "fdb show help",
    "fdb add",
    "fdb add 00:11:22:33:44:55",
    "fdb add dev v0",
    "fdb add 00:11:22:33:44:55 dev nosuch",
    "fdb add zz dev v0",
    "fdb add 00:11:22:33:44 dev v0",
    "fdb add 00:11:22:33:44:77 dev v0 bogus",
    "fdb add 00:11:22:33:44:55 dev v0 vlan 5000",
    "fdb add 00:11:22:33:44:55 dev v0 vlan 1 vlan 2",
    "fdb add 00:11:22:33:44:55 dev v0 port 70000",
    "fdb add 00:11:22:33:44:55 dev v0 port bogus",
    "fdb add 00:11:22:33:44:55 dev vx0 vni 99999999",
    "fdb add 00:11:22:33:44:55 dev vx0 src_vni x",
    "fdb add 00:11:22:33:44:55 dev vx0 dst 1.2.3.4 nhid 5",
    "fdb add 00:11:22:33:44:55 dev vx0 nhid x",
    "fdb add 00:11:22:33:44:55 dev vx0 dst bogus",
    "fdb add 00:11:22:33:44:55 dev vx0 dst 10.0.0.1 dst 10.0.0.2",
    "fdb add 00:11:22:33:44:55 dev vx0 via nosuch",
    "fdb add 00:11:22:33:44:55 dev",
    "fdb del 00:11:22:33:44:66 dev v0 master",
    "fdb add 00:11:22:33:44:99 dev v0 master static",
    "fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.2",
    "fdb del 00:00:00:00:00:00 dev vx0 dst 10.9.9.9",
];

/// (change, its undo): each made with bridge, read back, undone; then with nlbridge.
const CHANGES: &[(&str, &str)] = &[
    (
        "fdb flush dev br0 static",
        "fdb add 00:11:22:33:44:99 dev v0 master static",
    ),
    (
        "fdb flush dev br0 brport v0 nopermanent",
        "fdb add 00:11:22:33:44:99 dev v0 master static",
    ),
    ("fdb flush dev br0 dynamic sticky", ""),
    (
        "fdb flush dev vx0 self",
        "fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.2; fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.3 vni 7 port 4790; fdb add 00:aa:bb:cc:dd:ee dev vx0 dst 10.0.0.9 vni 100 self permanent",
    ),
    (
        "fdb add 00:11:22:33:44:55 dev v0 master static",
        "fdb del 00:11:22:33:44:55 dev v0 master",
    ),
    (
        "fdb add 00:11:22:33:44:56 dev v0 master",
        "fdb del 00:11:22:33:44:56 dev v0 master",
    ),
    (
        "fdb add 00:11:22:33:44:59 dev v0 self",
        "fdb del 00:11:22:33:44:59 dev v0 self",
    ),
    (
        "fdb replace 00:11:22:33:44:99 dev v0 master permanent",
        "fdb replace 00:11:22:33:44:99 dev v0 master static",
    ),
    (
        "fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.4",
        "fdb del 00:00:00:00:00:00 dev vx0 dst 10.0.0.4",
    ),
    (
        "fdb del 00:00:00:00:00:00 dev vx0 dst 10.0.0.2",
        "fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.2",
    ),
    (
        "fdb add 00:bb:bb:bb:bb:01 dev vx0 dst 10.0.0.5 vni 200 port 4800",
        "fdb del 00:bb:bb:bb:bb:01 dev vx0",
    ),
    (
        "fdb add to 00:bb:bb:bb:bb:03 dev vx0 dst 10.0.0.7",
        "fdb delete 00:bb:bb:bb:bb:03 dev vx0",
    ),
];

/// Runs each `;`-separated command of `undo` with bridge; the first failure, else the last.
fn undo_all(ns: &str, undo: &str) -> Run {
    let mut last = (Some(0), Vec::new(), Vec::new());
    for cmd in undo.split(';').filter(|c| !c.trim().is_empty()) {
        last = run("bridge", ns, cmd.trim());
        if last.0 != Some(0) {
            break;
        }
    }
    last
}

/// The table as bridge shows it, its lines sorted (a flood list's remotes come in the
/// order they were added, and an undo adds one back at the end).
fn show(ns: &str) -> Run {
    let (code, out, err) = run("bridge", ns, "fdb show");
    let mut lines: Vec<&[u8]> = out.split(|b| *b == b'\n').collect();
    lines.sort();
    (code, lines.join(&b'\n'), err)
}

#[test]
fn fdb_as_bridge_shows_and_changes_it() {
    if !nltestns::tool("bridge", "compat_bridge_fdb") {
        return;
    }
    let Some(ns) = Netns::new("nlkit-brfdb") else {
        return;
    };
    for cmd in SETUP {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    for cmd in STATE {
        let r = run("bridge", ns.name(), cmd);
        assert_eq!(r.0, Some(0), "setup {cmd}: {}", text(&r));
    }
    let nlbridge = env!("CARGO_BIN_EXE_nlbridge");
    let mut failures = Vec::new();
    for args in SHOW.iter().chain(BAD) {
        let want = run("bridge", ns.name(), args);
        let got = run(nlbridge, ns.name(), args);
        if want != got {
            failures.push(format!(
                "{args}:\n{}\nnlbridge: {}",
                text(&want),
                text(&got)
            ));
        }
    }
    let before = show(ns.name());
    for (change, undo) in CHANGES {
        let want = run("bridge", ns.name(), change);
        let want_state = show(ns.name());
        let undone = undo_all(ns.name(), undo);
        if undone.0 != Some(0) {
            failures.push(format!(
                "{change} (bridge): {}\nundo {undo}: {}",
                text(&want),
                text(&undone)
            ));
            continue;
        }
        let got = run(nlbridge, ns.name(), change);
        let got_state = show(ns.name());
        if (want.clone(), want_state.clone()) != (got.clone(), got_state.clone()) {
            failures.push(format!(
                "{change}:\n{}{}\nnlbridge: {}{}",
                text(&want),
                text(&want_state),
                text(&got),
                text(&got_state)
            ));
        }
        let r = undo_all(ns.name(), undo);
        if r.0 != Some(0) || show(ns.name()) != before {
            failures.push(format!(
                "undo {undo} after nlbridge's {change}: {}",
                text(&r)
            ));
        }
    }
    let total = SHOW.len() + BAD.len() + CHANGES.len();
    println!(
        "compared {total} command lines with bridge ({} changes)",
        CHANGES.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {total} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A batch for `-batch`: failures of every kind (kernel, unknown device, unknown object,
/// a bad on/off, a bad address) and, last, one bridge exits on (an incomplete line).
const BATCH: &str = "fdb add 00:11:22:33:44:01 dev v0 master static
# a comment
fdb add 00:11:22:33:44:01 dev v0 master static
fdb add 00:11:22:33:44:02 dev nosuch
fdb append 00:00:00:00:00:00 dev vx0 \\
  dst 10.0.0.21
link set dev v0 cost 5
bogus
link set dev v0 guard x
fdb show dev v0
fdb add zz dev v0

fdb add 00:11:22:33:44:03 dev v0 master
fdb show vlan
fdb add 00:11:22:33:44:04 dev v0 master
";

/// What a batch leaves behind, removed after each run.
const BATCH_UNDO: &[&str] = &[
    "fdb del 00:11:22:33:44:01 dev v0 master",
    "fdb del 00:11:22:33:44:03 dev v0 master",
    "fdb del 00:00:00:00:00:00 dev vx0 dst 10.0.0.21",
    "link set dev v0 cost 2",
];

#[test]
fn batches_as_bridge_runs_them() {
    if !nltestns::tool("bridge", "compat_bridge_fdb batches") {
        return;
    }
    let Some(ns) = Netns::new("nlkit-brbatch") else {
        return;
    };
    for cmd in SETUP {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let file = std::env::temp_dir().join(format!("nlkit-brbatch-{}", std::process::id()));
    std::fs::write(&file, BATCH).unwrap();
    let path = file.display().to_string();
    let nlbridge = env!("CARGO_BIN_EXE_nlbridge");
    let mut failures = Vec::new();
    for flags in ["-batch", "-force -batch", "-b", "-force -b"] {
        let args = format!("{flags} {path}");
        let mut outcome = Vec::new();
        for program in ["bridge", nlbridge] {
            let r = run(program, ns.name(), &args);
            outcome.push((r, show(ns.name())));
            for undo in BATCH_UNDO {
                let _ = run("bridge", ns.name(), undo);
            }
        }
        if outcome[0] != outcome[1] {
            failures.push(format!(
                "{flags}:\n{}{}\nnlbridge: {}{}",
                text(&outcome[0].0),
                text(&outcome[0].1),
                text(&outcome[1].0),
                text(&outcome[1].1)
            ));
        }
    }
    for args in ["-batch /nonexistent/batch", "-batch"] {
        let (want, got) = (
            run("bridge", ns.name(), args),
            run(nlbridge, ns.name(), args),
        );
        if want != got {
            failures.push(format!(
                "{args}:\n{}\nnlbridge: {}",
                text(&want),
                text(&got)
            ));
        }
    }
    let _ = std::fs::remove_file(&file);
    assert!(
        failures.is_empty(),
        "{} batches differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
