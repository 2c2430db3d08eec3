//! `nlip rule show` against `ip rule show` on the same namespace state: stdout byte for
//! byte, stderr and exit code.

mod common;

const SETUP: &[&str] = &[
    "link set lo up",
    "link add v0 type veth peer name v1",
    "link set v0 up",
    "rule add from 10.0.0.0/24 table 100 pref 100",
    "rule add to 10.5.0.0/16 lookup 200 pref 200",
    "rule add fwmark 0x10/0xff table main pref 300",
    "rule add fwmark 7 table main pref 310",
    "rule add iif v0 oif v1 table 100 pref 400",
    "rule add iif nosuch table 100 pref 410",
    "rule add not from 10.9.0.0/24 goto 500 pref 450",
    "rule add pref 460 goto 30000",
    "rule add pref 500 table main suppress_prefixlength 0",
    "rule add uidrange 1000-2000 table 100 pref 600",
    "rule add ipproto tcp dport 80 sport 1000-2000 table 100 pref 700",
    "rule add ipproto udp dport 53-60 table 100 pref 710",
    "rule add tos 0x10 table 100 pref 800 prohibit",
    "rule add pref 900 blackhole",
    "rule add pref 910 unreachable",
    "rule add pref 915 nop",
    "rule add pref 920 from all lookup 100 protocol static",
    "rule add pref 930 from 10.1.0.0/16 realms 3/4 table 100",
    "rule add pref 935 from 10.2.0.1 realms 5 table 100000",
    "rule add pref 940 l3mdev",
    "rule add pref 950 suppress_ifgroup 5 table 100",
    // A NAT rule (the kernel keeps the action, not the address): `masquerade`.
    "rule add pref 960 to 10.0.0.0/24 nat 1.2.3.4 table main",
    "-6 rule add from 2001:db8::/32 table 100 pref 100",
    "-6 rule add to 2001:db8:1::1 table 200 pref 200 protocol bird",
];

const SHOW: &[&str] = &[
    "rule show table 0",
    "-0 rule",
    "rule",
    "ru",
    "rule show",
    "rule list",
    "ru s",
    "-4 rule",
    "-6 rule",
    "-j rule",
    "-j -p rule",
    "-6 -j rule",
    "-6 -j -p rule",
    "rule show table 100",
    "rule show table main",
    "rule show lookup 200",
    "-6 rule show table 200",
    "rule show pref 300",
    "rule show priority 900",
    "-N rule",
    "-N -j rule",
    "-d rule",
    "-d -6 rule",
    "-j -d rule",
    "-c rule",
    "-c -6 rule",
    "rule show foo",
    "rule frob",
    "rule help",
    "rule show table nosuch",
    // A failed dump after ip opened its JSON array: `[`.
    "-j -f mpls rule show",
];

#[test]
fn rule_show_matches_ip() {
    common::compare_with_ip("compat-rule", SETUP, SHOW);
}
