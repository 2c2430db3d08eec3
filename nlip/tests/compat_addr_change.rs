//! Address changes: the same command lines through `ip` in one fresh namespace and through
//! `nlip` in another; every command's stdout, stderr and exit code must match, and so must
//! the resulting state read back with `ip -j`.

mod common;

use common::run_text as run;
use nltestns::Netns;

const SETUP: &[&str] = &[
    "link set lo up",
    "link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02",
    "link set v0 addrgenmode none",
    "link set v1 addrgenmode none",
    "link set v0 up",
    "link set v1 up",
    "link add d0 address 02:00:00:00:00:03 type veth peer name d1 address 02:00:00:00:00:04", // down: `addr flush up` flushes it too
    "link property add dev v0 altname longname0",
];

const CHANGES: &[&str] = &[
    "-echo addr add 10.0.9.1/24 dev v0",
    "-echo addr del 10.0.9.1/24 dev v0",
    "addr add 10.0.0.1/24 dev v0",
    "addr add 10.0.0.1/24 dev v0",
    "addr add 10.0.0.2/24 brd + dev v0 label v0:1",
    "addr add 10.0.0.3/24 broadcast - dev v0",
    "addr add 10.0.0.4/24 brd 10.0.0.200 anycast 10.0.0.201 dev v0",
    "addr add 10.0.1.5 peer 10.0.2.1/24 dev v0 scope link noprefixroute metric 5",
    "addr add 10.0.3.1/24 dev v0 valid_lft forever preferred_lft 0",
    "addr add 10.0.4.1/20 dev v0 b +",
    "addr add 10.0.5.1/24 dev v0 met 7",
    "addr add 10.0.6.1/24 dev v0 pri 8",
    "addr add 10.0.7.1/24 dev v0 remote 10.0.8.1",
    "addr add local 10.0.9.1/24 dev v0",
    "addr a 10.0.10.1/31 dev v0 brd +",
    "addr add 10/8 dev v1",
    "addr add 172.16.0.1/12 brd 172.16 dev v1",
    "addr add 10.0.11.1/24 dev v0 nodad",
    "addr add 10.0.12.1/24 dev v0 home optimistic mngtmpaddr",
    "addr add nodad 2001:db8:80::1/64 dev v1",
    "addr del 2001:db8:80::1/64 dev v1", // tentative: DAD would change it at its own pace
    "addr add 2001:db8:80::2/64 nodad dev v1",
    "addr add 224.0.0.9/24 dev v1 autojoin",
    "addr add 127.0.0.2/8 dev lo",
    "addr add 10.0.13.1/24 dev v1 dev v0",
    "-6 addr add 2001:db8::1/64 dev v0 nodad",
    "-6 addr add 2001:db8::2/64 dev v0 nodad home mngtmpaddr noprefixroute",
    "addr add 2001:db8:1::1/64 dev v0 nodad metric 9",
    "-6 addr add fe80::9/64 dev v1 scope link nodad",
    "addr replace 10.0.0.1/24 dev v0 metric 3",
    "addr replace 10.0.20.1/24 dev v1",
    "addr change 10.0.20.1/24 dev v1 metric 4",
    "addr change 10.0.21.1/24 dev v1",
    "addr del 10.0.5.1/24 dev v0",
    "addr del 10.0.9.1 dev v0",
    "addr del 10.9.9.9/24 dev v0",
    "-6 addr del 2001:db8::2/64 dev v0",
    "addr delete 10.0.20.1/24 dev v1",
    // Bad input.
    "addr add 10.0.30.1/24",
    "addr add dev v0",
    "addr add",
    "addr add 10.0.0.300/24 dev v0",
    "addr add 10.0.30.1/33 dev v0",
    "addr add 10.0.30.1/24 dev nosuch",
    "addr add 10.0.30.1/24 dev v0 scope bogus",
    "addr add 10.0.30.1/24 dev v0 scope 300",
    "addr add 10.0.30.1/24 dev v0 scope 7",
    "addr add 10.0.30.1/24 dev v0 valid_lft 10 preferred_lft 20",
    "addr add 10.0.30.1/24 dev v0 valid_lft 10",
    "addr add 10.0.30.1/24 dev v0 valid_lft 0",
    "addr add 10.0.30.1/24 dev v0 valid_lft x",
    "addr add 10.0.30.1/24 dev v0 preferred_lft y",
    "addr add 10.0.30.1/24 dev v0 valid_lft 10 valid_lft 10",
    "addr add 10.0.30.1/24 dev v0 bogus",
    "addr add 10.0.30.1/24 local 10.0.30.2 dev v0",
    "addr add 10.0.30.1/24 dev v0 peer 10.8.0.2 peer 10.8.0.3",
    "addr add 10.0.30.1/24 dev v0 brd + brd -",
    "addr add 10.0.30.1/24 dev v0 anycast 10.0.30.9 anycast 10.0.30.8",
    "addr add 10.0.30.1/24 dev v0 metric x",
    "addr add 10.0.30.1/24 dev v0 metric 4294967296",
    "addr add 10.0.30.1/24 peer 2001::1 dev v0",
    "-6 addr add 10.0.30.1/24 dev v0",
    "addr add 10.0.30.1/24 dev v0 anycast x",
    "addr add 10.0.30.1/24 dev v0 brd x",
    "addr add 10.0.30.1/24 dev v0 label",
    "addr add 10.0.30.1/24 dev v0 dev",
    "addr add 10.0.30.1/24 dev v0 autojoin",
    "-6 addr add 2001:db8:5::1/64 dev v0 brd +",
    "addr add 10.0.30.1/24 dev v0 any 10.0.30.9",
    "addr del 10.0.0.2/24",
    "addr del 10.0.30.1/24 dev v0 scope bogus",
    "addr frob",
    // `help` where the address goes prints the usage; the device is looked up before
    // autojoin's check, after the broadcast one.
    "addr add 10.1.0.1 peer 10.70.0.2/32 dev v0 help",
    "addr add 10.0.30.1/24 h dev v0",
    "addr add local help dev v0",
    "addr del 10.0.30.1/24 dev v0 help",
    "addr change 2001:db8::7/64 dev nosuch autojoin mngtmpaddr",
    "addr add 10.0.30.1/24 dev v0 autojoin valid_lft 0",
    "-6 addr add 2001:db8:5::1/64 brd + dev nosuch",
    "-4 -f help addr change 10.60.0.1/24 dev v0 metric 1024",
    // devices by a `:label` suffix or an alternative name
    "addr add 10.0.40.1/24 dev v0:0",
    "addr add 10.0.41.1/24 dev longname0 label v0:x",
    "addr del 10.0.40.1/24 dev v0:7",
    "addr add 10.0.42.1/24 dev d0",
    // Flush.
    "addr flush help",
    "addr flush",
    "addr flush dev nosuch",
    "addr flush dev v0 bogus",
    "addr flush scope bogus",
    "-s addr flush to 10.0.6.0/24",
    "-s addr flush to 10.0.6.0/24",
    "addr flush label v0:*",
    "-s -s addr flush dev v1 secondary",
    "-s addr flush dev v1 permanent",
    "-6 addr flush dev v0 scope global",
    "-s -s -4 addr flush dev v0",
    "addr add 10.0.50.1/24 dev v0",
    "addr add 10.0.51.1/24 dev d0",
    "-6 addr add 2001:db8:50::1/64 dev d0 nodad",
    "addr flush dev longname0",
    "addr add 10.0.50.1/24 dev v0",
    // `up` (and the other link selectors) are not read by flush: everything goes.
    "addr flush up",
];

#[test]
fn address_changes_match_ip() {
    let (Some(a), Some(b)) = (Netns::new("addr-ip"), Netns::new("addr-nlip")) else {
        return;
    };
    for ns in [&a, &b] {
        for cmd in SETUP {
            ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
        }
    }
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let mut failures = Vec::new();
    let show = ["-j", "-d", "addr", "show"];
    for cmd in CHANGES {
        let before = b.ip_ok(&show);
        let want = run("ip", a.name(), cmd);
        let got = run(nlip, b.name(), cmd);
        if want != got {
            failures.push(format!("{cmd}: ip {want:?} nlip {got:?}"));
        }
        // A refused command changes nothing.
        if want.0 != Some(0) && b.ip_ok(&show) != before {
            failures.push(format!("{cmd}: failed but changed the state"));
        }
        let (sa, sb) = (a.ip_ok(&show), b.ip_ok(&show));
        if sa != sb {
            failures.push(format!("state after {cmd}:\nip:   {sa}\nnlip: {sb}"));
        }
    }
    println!(
        "compared {} address commands and the state after each",
        CHANGES.len()
    );
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
