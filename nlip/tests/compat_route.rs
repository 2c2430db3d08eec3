//! `nlip route show` against iproute2's `ip route show` on the same namespace state: stdout
//! byte for byte, stderr, and the exit code. The namespace is filled with iproute2 (every
//! route type, multipath, metrics, several tables, IPv6, nexthop objects, linkdown).

use nltestns::Netns;
use std::process::Command;

const SETUP: &[&str] = &[
    "link set lo up",
    "link add v0 type veth peer name v1",
    "link set v0 up",
    "link set v1 up",
    "addr add 10.0.0.1/24 dev v0",
    "addr add 2001:db8::1/64 dev v0 nodad",
    "route add 10.1.0.0/16 via 10.0.0.2 dev v0 metric 100 proto static",
    "route add blackhole 10.2.0.0/24",
    "route add unreachable 10.3.0.0/24",
    "route add prohibit 10.4.0.0/24",
    "route add 10.5.0.0/24 dev v0 src 10.0.0.1 scope link",
    "route add 10.6.0.0/24 via 10.0.0.2 table 100",
    "route add default via 10.0.0.254",
    "route add 10.7.0.0/24 nexthop via 10.0.0.2 weight 1 nexthop via 10.0.0.3 weight 2",
    "route add 10.8.0.0/24 via 10.0.0.2 mtu lock 1400 advmss 1300",
    "route add 2001:db8:1::/48 via 2001:db8::2",
    "route add throw 10.10.0.0/24 table 100",
    "-6 route add 2001:db8:5::/48 dev v0 pref high metric 5",
    "route add 10.9.0.0/24 via 10.0.0.2 dev v0 onlink",
    "route add 10.11.0.0/24 via inet6 fe80::1 dev v0",
    "route add 10.12.0.0/24 dev v0 realms 5/6 tos 0x10 rtt 100ms window 1000 hoplimit 5 initcwnd 10 congctl lock cubic quickack 1 features ecn",
    "-6 route add 2001:db8:a::/48 from 2001:db8::/64 via 2001:db8::2",
    "nexthop add id 10 via 10.0.0.2 dev v0",
    "route add 10.13.0.0/24 nhid 10",
    "nexthop add id 20 group 10",
    "route add 10.14.0.0/24 nhid 20 table 100",
    "link add v2 type veth peer name v3",
    "link set v2 up",
    "addr add 10.20.0.1/24 dev v2",
    "route add 10.21.0.0/24 via 10.20.0.2",
    "route add 10.22.0.0/24 nexthop via 10.0.0.2 nexthop via 10.20.0.2",
    "route add 10.23.0.0/24 dev v0 proto 42 scope host metric 7",
    "route add 10.24.0.0/24 dev v0 proto 250 table 1000",
    "route add 10.25.0.0/24 dev v0 table 70000",
    "route add 10.27.0.0/24 dev v0 realms 9",
    "route add 10.26.0.0/24 via 10.0.0.2 table 100 metric 3 proto bird",
    "-6 route add unreachable 2001:db8:dead::/48",
];

const SHOW: &[&str] = &[
    "route",
    "route show",
    "route list",
    "r",
    "r s",
    "ro li",
    "-4 route",
    "-6 route",
    "-6 route show",
    "route show table all",
    "route show table main",
    "route show table local",
    "route show table 100",
    "route show table 1000",
    "route show table 70000",
    "-6 route show table all",
    "-4 route show table all",
    "route show root 10.0.0.0/8",
    "route show match 10.7.0.5",
    "route show exact 10.8.0.0/24",
    "route show 10.8.0.0/24",
    "route show to 10.1.0.0/16",
    "route show default",
    "route show proto kernel",
    "route show proto static",
    "route show proto babel",
    "route show table all proto bird",
    "route show dev v0",
    "route show dev v2",
    "route show type blackhole",
    "route show type unreachable",
    "route show table all type local",
    "route show table all type broadcast",
    "route show scope link",
    "route show scope host",
    "route show via 10.0.0.2",
    "route show src 10.0.0.1",
    "route show tos 0x10",
    "-6 route show dev v0",
    "-6 route show from 2001:db8::/64",
    "-6 route show root 2001:db8::/32",
    "-j route",
    "-j route show table all",
    "-j -p route",
    "-j -p route show table all",
    "-6 -j route",
    "-6 -j -p route",
    "-j route show dev v2",
    "-j route show proto kernel",
    "-j route show table 100",
    "-json -pretty -6 route show table local",
    "route show foo",
    "route show table nosuch",
    "route show dev nosuch",
    "route show proto nosuch",
    "route show type nosuch",
    "route show scope nosuch",
    "route show table",
    "route frob",
    "route help",
    "route show 10.0.0.0/33",
    "route show tos zz",
    "-6 route show 10.0.0.0/8",
    "-4 route show 2001::/64",
    "route show via foo",
    "route show table 9999",
    "-j route show table 9999",
    "-d route show",
    "-d route show table all",
    "-d -j route show",
    "-d -o route show",
    "-d route show table 100",
    "-d -6 route show",
    "-d route show dev v2",
    "-d -j route show table 100",
    "-d route show table local",
    "route get 10.0.0.5",
    "route get 10.1.2.3",
    "route get 10.7.0.9",
    "route get 2001:db8:1::5",
    "route get 10.2.0.1",
    "route get 10.3.0.1",
    "route get 10.1.2.3 from 10.0.0.1",
    "route get 10.1.2.3 mark 5",
    "route get fibmatch 10.1.2.3",
    "route get 10.9.9.9 oif v0",
    "route get 127.0.0.1",
    "route get 10.1.2.3 ipproto tcp dport 80 sport 1000",
    "route get 10.1.2.3 tos 0x10",
    "route get 10.1.2.3 uid 1000",
    "-j route get 10.1.2.3",
    "-j route get 10.0.0.5",
    "-d route get 10.1.2.3",
    "-j -p route get 2001:db8:1::5",
    "route g 10.1.2.3",
    "route get to 10.1.2.3",
    "route get fibmatch 10.13.0.5",
    "route get 10.1.2.3 from 10.1.1.1 iif v0",
    "route get",
    "route get foo",
    "route get 10.1.2.3 oif nosuch",
    "route get 10.1.2.3 mark zz",
    "route get 10.1.2.3 uid zz",
    "route get 10.1.2.3 ipproto zz",
    "-o route",
    "-o route show table all",
    "-o route get 10.1.2.3",
    "-N route",
    "-N route show table all",
    "-N -j route",
    "-c route",
    "-c route show table all",
    "-c -6 route",
    "-c=never route",
    "-c=auto route",
    "-color=always route",
    "-c=bogus route",
    "-c -j route",
    "-c route get 10.7.0.9",
    "-c -6 route get 2001:db8:1::5",
];

fn run(program: &str, ns: &str, args: &str) -> (Option<i32>, Vec<u8>, Vec<u8>) {
    let o = Command::new(program)
        .arg("-n")
        .arg(ns)
        .args(args.split_whitespace())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    (o.status.code(), o.stdout, o.stderr)
}

#[test]
fn route_show_matches_ip() {
    let Some(ns) = Netns::new("compat-route") else {
        return;
    };
    for cmd in SETUP {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let mut failures = Vec::new();
    for args in SHOW {
        let want = run("ip", ns.name(), args);
        let got = run(nlip, ns.name(), args);
        if want != got {
            failures.push(format!(
                "{args}:\n--- ip (exit {:?})\n{}{}\n--- nlip (exit {:?})\n{}{}",
                want.0,
                String::from_utf8_lossy(&want.1),
                String::from_utf8_lossy(&want.2),
                got.0,
                String::from_utf8_lossy(&got.1),
                String::from_utf8_lossy(&got.2)
            ));
        }
    }
    println!("compared {} command lines with ip", SHOW.len());
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        SHOW.len(),
        failures.join("\n")
    );
}
