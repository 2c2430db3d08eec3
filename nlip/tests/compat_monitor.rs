//! `nlip monitor route` beside `ip monitor route` while a scripted sequence of route changes
//! runs in a fresh namespace: both must print the same lines.

use nltestns::Netns;
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::Duration;

const SETUP: &[&str] = &[
    "link set lo up",
    "link add v0 type veth peer name v1",
    "link set v0 addrgenmode none",
    "link set v1 addrgenmode none",
    "link set v0 up",
    "link set v1 up",
    "addr add 10.0.0.1/24 dev v0",
    "addr add 2001:db8::1/64 dev v0 nodad",
];

const CHANGES: &[&str] = &[
    "route add 10.95.0.0/24 via 10.0.0.2",
    "route add blackhole 10.96.0.0/24 table 100",
    "route del 10.95.0.0/24",
    "-6 route add 2001:db8:95::/48 via 2001:db8::2",
    "-6 route del 2001:db8:95::/48",
    "route add 10.97.0.0/24 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.0.3",
    "route replace 10.97.0.0/24 via 10.0.0.4 proto static",
    "route del 10.97.0.0/24",
    "route del blackhole 10.96.0.0/24 table 100",
    "route add 10.98.0.0/24 dev v0 mtu lock 1300 realms 3",
    "route flush dev v0 proto boot",
];

/// Changes for `monitor address neigh rule nexthop`.
const MORE_CHANGES: &[&str] = &[
    "addr add 10.1.0.1/24 dev v0",
    "addr add 10.1.0.2/24 dev v0 label v0:1",
    "-6 addr add 2001:db8:1::1/64 dev v0 nodad",
    "neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev v0 nud permanent",
    "neigh replace 10.0.0.9 lladdr 02:00:00:00:00:0a dev v0 nud stale",
    "neigh del 10.0.0.9 dev v0",
    "rule add pref 100 from 10.9.0.0/16 table 100",
    "-6 rule add pref 101 to 2001:db8:9::/48 table 100",
    "rule del pref 100",
    "-6 rule del pref 101",
    "nexthop add id 5 via 10.0.0.2 dev v0",
    "nexthop add id 6 group 5",
    "nexthop del id 6",
    "nexthop del id 5",
    "addr del 10.1.0.2/24 dev v0",
    "-6 addr del 2001:db8:1::1/64 dev v0",
    "addr del 10.1.0.1/24 dev v0",
];

fn monitor(program: &str, ns: &str, args: &[&str]) -> std::process::Child {
    Command::new(program)
        .args(["-n", ns, "monitor"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"))
}

fn stop(mut child: std::process::Child) -> String {
    let _ = child.kill();
    let out = child.wait_with_output().expect("monitor output");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn monitor_route_prints_what_ip_prints() {
    let Some(ns) = Netns::new("monitor") else {
        return;
    };
    for cmd in SETUP {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let runs: [(&[&str], &[&str]); 4] = [
        (&["route"], CHANGES),
        (&["route", "label"], CHANGES),
        (&["address", "neigh", "rule", "nexthop"], MORE_CHANGES),
        (
            &["address", "neigh", "rule", "nexthop", "route", "label"],
            MORE_CHANGES,
        ),
    ];
    for (args, changes) in runs {
        let want = monitor("ip", ns.name(), args);
        let got = monitor(nlip, ns.name(), args);
        sleep(Duration::from_millis(500)); // both subscribed
        for cmd in changes {
            ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
        }
        sleep(Duration::from_millis(500)); // both printed
        let (want, got) = (stop(want), stop(got));
        assert!(want.lines().count() >= 10, "ip saw the changes:\n{want}");
        assert_eq!(got, want, "monitor {args:?}");
        println!("monitor {args:?}: {} identical lines", want.lines().count());
    }
}

#[test]
fn monitor_arguments() {
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let o = Command::new(nlip)
        .args(["monitor", "foo"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(255));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "Argument \"foo\" is unknown, try \"ip monitor help\".\n"
    );
}
