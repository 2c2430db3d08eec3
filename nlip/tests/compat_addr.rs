//! `nlip address show` against `ip address show` on the same namespace state: stdout byte
//! for byte, stderr and exit code.

use nltestns::Netns;
use std::process::Command;

const SETUP: &[&str] = &[
    "link set lo up",
    "link add v0 type veth peer name v1",
    // No kernel link-local addresses: their DAD would finish at its own pace, between the
    // two runs of a comparison (tentative -> not).
    "link set v0 addrgenmode none",
    "link set v1 addrgenmode none",
    "link set v0 up",
    "link set v1 up",
    "addr add 10.0.0.1/24 dev v0",
    "addr add 10.0.0.5/24 dev v0 label v0:1",
    "addr add 10.30.0.1 peer 10.30.0.2/32 dev v0",
    "addr add 10.40.0.1/24 brd + dev v0 metric 55",
    "addr add 10.41.0.1/24 brd 10.41.0.200 dev v0",
    "addr add 10.42.0.1/24 dev v0 valid_lft forever preferred_lft 0",
    "addr add 2001:db8::1/64 dev v0 nodad",
    "-6 addr add 2001:db8:8::1/64 dev v0 noprefixroute nodad",
    "-6 addr add 2001:db8:9::1/64 dev v0 home mngtmpaddr nodad",
    "link add v2 type veth peer name v3",
    "link set v2 addrgenmode none",
    "link set v2 up",
    "addr add 10.20.0.1/24 dev v2",
    "link add br0 type bridge",
    "link set br0 addrgenmode none",
    "addr add 192.0.2.1/24 dev br0",
];

const SHOW: &[&str] = &[
    "addr",
    "a",
    "addr show",
    "address list",
    "addr lst",
    "-4 addr",
    "-6 addr",
    "-4 a s",
    "addr show dev v0",
    "addr show v0",
    "addr show dev v1",
    "addr show dev v3",
    "addr show dev br0",
    "-4 addr show dev v2",
    "-6 addr show dev v0",
    "-6 addr show dev v0 scope link",
    "addr show scope host",
    "addr show scope global",
    "addr show scope link",
    "-6 addr show scope global",
    "addr show label v0:1",
    "addr show up",
    "-4 addr show up",
    "addr show to 10.0.0.0/24",
    "addr show to 10.40.0.1",
    "-j addr",
    "-j -4 addr",
    "-j -6 addr",
    "-j addr show dev lo",
    "-j -p addr show dev v0",
    "-j -p -6 addr",
    "-j addr show scope host",
    "-N addr show dev lo",
    "addr show dev nosuch",
    "addr help",
    "addr frob",
    "addr show scope nosuch",
    "addr show to foo",
    "-br addr",
    "-br -4 addr",
    "-br -6 addr",
    "-br -j addr",
    "-br -j -p addr",
    "-br addr show dev v0",
    "-o addr",
    "-o -4 addr",
    "-o addr show dev v0",
    "-o -6 addr show dev lo",
    "-d addr show dev lo",
    "-d addr",
    "-d -j addr show dev v0",
    "-s addr show dev lo",
    "-s -s addr show dev lo",
    "-s -j addr show dev lo",
    "-o -s addr show dev lo",
    "-br -c addr",
    "-c addr",
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
fn address_show_matches_ip() {
    let Some(ns) = Netns::new("compat-addr") else {
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
