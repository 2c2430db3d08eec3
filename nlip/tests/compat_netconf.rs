//! `nlip netconf` against ip 6.1: the same command lines in one namespace, stdout, stderr
//! and exit code byte for byte.

mod common;

const SETUP: &[&str] = &[
    "link add v0 type veth peer name v1",
    "link set lo up",
    "link property add dev v0 altname longname0",
];

const SHOW: &[&str] = &[
    "netconf",
    "netconf show",
    "netconf show dev lo",
    "-6 netconf show dev v0",
    "-4 netconf show dev v0",
    "-4 netconf",
    "-6 netconf",
    "-j netconf show dev lo",
    "-j netconf",
    "-j -p netconf",
    "-j -4 netconf show dev lo",
    "netconf show dev nosuch",
    "-6 netconf show dev nosuch",
    "netconf list",
    "netconf lst dev v1",
    "netconf s",
    "netconf help",
    "netconf foo",
    "netconf show foo",
    "netconf show help",
    "-0 netconf",
    "-j -0 netconf",
    "netconf show dev",
    "-c netconf",
    "-c netconf show dev v0",
    "-c -j netconf show dev lo",
    // a device by a `:label` suffix or an alternative name, as ip's if_nametoindex finds it
    "-o netconf show dev v0:0",
    "netconf show dev longname0",
    "-6 netconf show dev longname0",
];

#[test]
fn netconf_matches_ip() {
    common::compare_with_ip("compat-netconf", SETUP, SHOW);
}
