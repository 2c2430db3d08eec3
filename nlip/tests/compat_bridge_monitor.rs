//! `nlbridge monitor` beside `bridge monitor` in a namespace: both listen while a script of
//! changes runs (FDB entries added and deleted, a flood list grown and shrunk, a port's MTU
//! changed, port settings changed, MDB entries added and deleted, an address that neither
//! prints); both must
//! print the same events, byte for byte (`monitor mdb`: what bridge's `monitor all` prints
//! of MDB, since bridge 6.1's own `monitor mdb` prints nothing). And the monitor's bad words
//! give bridge's errors.

mod common;

use common::run;
use nltestns::Netns;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const SETUP: &[&str] = &[
    "link add br0 address 02:00:00:00:00:01 type bridge",
    "link add v0 address 02:00:00:00:00:02 type veth peer name v1 address 02:00:00:00:00:03",
    "link add v2 address 02:00:00:00:00:04 type veth peer name v3 address 02:00:00:00:00:05",
    "link add vx0 address 02:00:00:00:00:06 type vxlan id 42 dstport 4789 local 10.0.0.1 nolearning",
    "link set v0 master br0",
    "link set v2 master br0",
    "link set vx0 master br0",
    "link set br0 up",
    "link set v0 up",
    "link set v2 up",
    "link set v3 up",
    "link set vx0 up",
];

/// The changes made while the monitors listen: (tool, command).
const SCRIPT: &[(&str, &str)] = &[
    ("bridge", "fdb add 00:11:22:33:44:71 dev v0 master static"),
    (
        "bridge",
        "fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.77",
    ),
    (
        "bridge",
        "fdb add 00:aa:bb:cc:dd:01 dev vx0 dst 10.0.0.78 vni 9 port 4790",
    ),
    ("bridge", "fdb del 00:11:22:33:44:71 dev v0 master"),
    ("bridge", "fdb del 00:00:00:00:00:00 dev vx0 dst 10.0.0.77"),
    ("bridge", "fdb del 00:aa:bb:cc:dd:01 dev vx0"),
    ("ip", "link set v2 mtu 1400"),
    ("ip", "link set v2 mtu 1500"),
    ("bridge", "mdb add dev br0 port v2 grp 239.1.1.1 permanent"),
    ("bridge", "mdb add dev br0 port v2 grp ff0e::7 temp"),
    ("bridge", "mdb del dev br0 port v2 grp 239.1.1.1"),
    ("bridge", "mdb del dev br0 port v2 grp ff0e::7"),
    ("bridge", "link set dev v0 cost 9 priority 7"),
    ("bridge", "link set dev v0 cost 2 priority 32"),
    ("ip", "addr add 10.9.9.9/32 dev lo"),
    ("ip", "addr del 10.9.9.9/32 dev lo"),
];

/// The monitors compared (`all` prints MDB events too: a port coming up joins groups).
const WATCHES: &[&str] = &[
    "monitor",
    "monitor fdb",
    "monitor link",
    "monitor fdb link",
    "-s monitor fdb",
    "-d monitor link",
    "-j monitor fdb",
    "monitor all",
    "monitor mdb",
];

const BAD: &[&str] = &[
    "monitor bogus",
    "monitor help",
    "monitor file",
    "monitor mdb bogus",
];

fn listen(program: &str, ns: &str, args: &str) -> Child {
    Command::new(program)
        .arg("-n")
        .arg(ns)
        .args(args.split_whitespace())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"))
}

fn stop(mut child: Child) -> String {
    let _ = child.kill();
    let o = child.wait_with_output().unwrap();
    String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
}

#[test]
fn monitors_print_what_bridge_prints() {
    if !nltestns::tool("bridge", "compat_bridge_monitor") {
        return;
    }
    let Some(ns) = Netns::new("nlkit-brmon") else {
        return;
    };
    for cmd in SETUP {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    // The ports' own group joins (IPv6 MLD after coming up) settle before anyone listens.
    std::thread::sleep(Duration::from_secs(2));
    let nlbridge = env!("CARGO_BIN_EXE_nlbridge");
    let mut failures = Vec::new();
    for watch in WATCHES {
        // bridge 6.1's `monitor mdb` prints nothing (a decision in the README): nlbridge's
        // must print the MDB events bridge's `monitor all` prints, without their label.
        let mdb_only = *watch == "monitor mdb";
        let want = listen(
            "bridge",
            ns.name(),
            if mdb_only { "monitor all" } else { watch },
        );
        let got = listen(nlbridge, ns.name(), watch);
        std::thread::sleep(Duration::from_millis(400));
        for (tool, cmd) in SCRIPT {
            let r = run(tool, ns.name(), cmd);
            assert_eq!(
                r.0,
                Some(0),
                "{tool} {cmd}: {}",
                String::from_utf8_lossy(&r.2)
            );
        }
        std::thread::sleep(Duration::from_millis(400));
        let (mut want, got) = (stop(want), stop(got));
        if mdb_only {
            want = want
                .lines()
                .filter_map(|l| l.strip_prefix("[MDB]"))
                .map(|l| format!("{l}\n"))
                .collect();
        }
        if want.is_empty() {
            failures.push(format!("{watch}: bridge printed nothing"));
        }
        if want != got {
            failures.push(format!("{watch}:\n--- bridge\n{want}--- nlbridge\n{got}"));
        }
    }
    for args in BAD {
        let (want, got) = (
            run("bridge", ns.name(), args),
            run(nlbridge, ns.name(), args),
        );
        if want != got {
            failures.push(format!("{args}: bridge {want:?}\nnlbridge {got:?}"));
        }
    }
    let total = WATCHES.len() + BAD.len();
    println!("compared {total} monitor command lines with bridge");
    assert!(
        failures.is_empty(),
        "{} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
