//! `nlip nexthop show|get` against `ip nexthop` on the same namespace state: stdout byte
//! for byte, stderr and exit code.

mod common;

const SETUP: &[&str] = &[
    "link set lo up",
    "link add v0 type veth peer name v1",
    "link set v0 up",
    "link set v1 up",
    "addr add 10.0.0.1/24 dev v0",
    "addr add 2001:db8::1/64 dev v0 nodad",
    "nexthop add id 10 via 10.0.0.2 dev v0",
    "nexthop add id 11 via 10.0.0.3 dev v0",
    "nexthop add id 12 blackhole",
    "nexthop add id 13 dev v0",
    "-6 nexthop add id 14 via 2001:db8::2 dev v0",
    "nexthop add id 15 via 10.0.0.4 dev v0 onlink proto static",
    "nexthop add id 20 group 10/11,3",
    "nexthop add id 21 group 10,5/11,5",
    "nexthop add id 30 group 10/11 type resilient buckets 8 idle_timer 60",
    "nexthop add id 40 via 10.0.0.10 fdb",
    "nexthop add id 41 group 40 fdb",
    "link property add dev v0 altname longname0",
    "route add 10.13.0.0/24 nhid 10",
    "route add 10.14.0.0/24 nhid 20",
];

const SHOW: &[&str] = &[
    "nexthop",
    "nex",
    "nexthop show",
    "nexthop list",
    "-4 nexthop",
    "-6 nexthop",
    "-j nexthop",
    "-j -p nexthop",
    "-d nexthop",
    "-d -j nexthop",
    "nexthop show id 20",
    "nexthop show id 30",
    "-d nexthop show id 15",
    "nexthop show groups",
    "nexthop show fdb",
    "nexthop show dev v0",
    "nexthop show protocol 4",
    "nexthop get id 11",
    "-j nexthop get id 30",
    "nexthop get id 99",
    "nexthop get",
    "nexthop show id zz",
    "nexthop show blackhole",
    "nexthop show dev nosuch",
    "nexthop show protocol static",
    "nexthop frob",
    "nexthop help",
    "-c nexthop",
    "-d route show",
    "-d -j route show",
    // fdb nexthops: `"flags":[]` before `"fdb":null`, as ip 6.1 prints them
    "-j nexthop show fdb",
    "-j -p nexthop show fdb",
    "-j nexthop get id 40",
    "-j nexthop show groups fdb",
    "-s -j nexthop show",
    // devices by a `:label` suffix, an alternative name, `ifN`
    "nexthop show master v0:0",
    "nexthop show dev v0:0",
    "nexthop show dev longname0",
    "nexthop show dev if2",
    "nexthop show fdb help",
    "nexthop show h",
];

#[test]
fn nexthop_show_matches_ip() {
    common::compare_with_ip("compat-nh", SETUP, SHOW);
}

/// `nexthop bucket list|get` with every selector, and its errors. Bucket idle times move
/// between the two runs, so their values are masked.
#[test]
fn nexthop_buckets_match_ip() {
    let Some(ns) = nltestns::Netns::new("compat-nh-bucket") else {
        return;
    };
    for cmd in SETUP {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let mask = |s: &str| {
        let mut out = String::new();
        let mut rest = s;
        while let Some(i) = rest.find("idle_time") {
            let (head, tail) = rest.split_at(i + "idle_time".len());
            out.push_str(head);
            let tail = tail.trim_start_matches(['"', ':', ' ']);
            out.push_str(" T");
            rest = tail.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
        }
        out.push_str(rest);
        out
    };
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let cases = [
        "nexthop bucket list",
        "nexthop bucket",
        "nexthop bucket show id 30",
        "nexthop bucket list id 30 nhid 11",
        "nexthop bucket list nhid 10",
        "nexthop bucket list dev v0",
        "-j nexthop bucket list",
        "-j -p nexthop bucket list id 30",
        "nexthop bucket get id 30 index 3",
        "-j nexthop bucket get id 30 index 0",
        "nexthop bucket get id 30 index 8",
        "nexthop bucket get id 99 index 0",
        "nexthop bucket get id 30",
        "nexthop bucket get id 30 index x",
        "nexthop bucket list id 20",
        "-j -p nexthop bucket show id 10",
        "-j nexthop bucket show id 10",
        "nexthop bucket list dev longname0",
        // with a family: the buckets whose nexthop is of that family
        "-4 nexthop bucket list",
        "-6 nexthop bucket list",
        "-f bridge nexthop bucket show",
        "-6 -j -p nexthop bucket list",
        "nexthop bucket list help",
        "nexthop bucket list id 99",
        "nexthop bucket list nhid x",
        "nexthop bucket list dev nosuch",
        "nexthop bucket list foo",
        "nexthop bucket frob",
    ];
    let mut failures = Vec::new();
    for args in cases {
        let (a, b) = (
            common::run_text("ip", ns.name(), args),
            common::run_text(nlip, ns.name(), args),
        );
        let (a, b) = ((a.0, mask(&a.1), a.2), (b.0, mask(&b.1), b.2));
        if a != b {
            failures.push(format!("{args}:\nip:   {a:?}\nnlip: {b:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
