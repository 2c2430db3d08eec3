//! Changes of neighbours, rules and nexthops: the same command lines through `ip` in one
//! fresh namespace and through `nlip` in another; every command's stdout, stderr and exit
//! code must match, and so must the resulting state read back with `ip -j`. Each list ends
//! with bad commands (argument and kernel errors) that must leave the state alone.

use nltestns::Netns;
use std::process::Command;

fn run(program: &str, ns: &str, args: &str) -> (Option<i32>, String, String) {
    let o = Command::new(program)
        .arg("-n")
        .arg(ns)
        .args(args.split_whitespace())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// The objects of a one-line JSON array, sorted (the kernel's hash tables list neighbours
/// in a per-namespace order), without IPv6 multicast neighbours (the kernel adds them when
/// its MLD timers fire, not in step with the commands).
fn sorted(json: &str) -> Vec<String> {
    let mut items = Vec::new();
    let (mut depth, mut start, mut in_str, mut esc) = (0, 0, false, false);
    for (i, c) in json.char_indices() {
        if in_str {
            match (esc, c) {
                (true, _) => esc = false,
                (false, '\\') => esc = true,
                (false, '"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_str = true,
            '{' => {
                if depth == 1 {
                    start = i;
                }
                depth += 1;
            }
            '[' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 1 {
                    items.push(json[start..=i].to_owned());
                }
            }
            ']' => depth -= 1,
            _ => {}
        }
    }
    // Nor proxy entries without a device, which another namespace may have left behind
    // (the kernel keeps them after their namespace is gone and can show them in a new one).
    items.retain(|i| !i.contains("\"dst\":\"ff02:"));
    items.retain(|i| !i.contains("\"proxy\":null") || i.contains("\"dev\":"));
    items.sort();
    items
}

/// Builds `setup` with ip in two namespaces, runs `changes` with ip in one and nlip in the
/// other, and compares each command and then every `states` listing.
fn compare_changes(prefix: &str, setup: &[&str], changes: &[&str], states: &[&str]) {
    let (Some(a), Some(b)) = (
        Netns::new(&format!("{prefix}-ip")),
        Netns::new(&format!("{prefix}-nlip")),
    ) else {
        return;
    };
    for ns in [&a, &b] {
        for cmd in setup {
            ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
        }
    }
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let mut failures = Vec::new();
    for cmd in changes {
        let want = run("ip", a.name(), cmd);
        let got = run(nlip, b.name(), cmd);
        if want != got {
            failures.push(format!("{cmd}: ip {want:?} nlip {got:?}"));
        }
        for show in states {
            let state = |ns: &Netns| ns.ip_ok(&show.split_whitespace().collect::<Vec<_>>());
            let (sa, sb) = (state(&a), state(&b));
            if sorted(&sa) != sorted(&sb) {
                failures.push(format!(
                    "state after `{cmd}` ({show}):\nip:   {sa}\nnlip: {sb}"
                ));
            }
        }
    }
    println!(
        "{prefix}: compared {} change commands and the resulting state",
        changes.len()
    );
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

const NEIGH_SETUP: &[&str] = &[
    "link set lo up",
    "link add v0 type veth peer name v1",
    // No link-local addresses: the kernel would add multicast neighbours at its own pace.
    "link set v0 addrgenmode none",
    "link set v1 addrgenmode none",
    "link set v0 up",
    "link set v1 up",
    "addr add 10.0.0.1/24 dev v0",
    "addr add 2001:db8::1/64 dev v0 nodad",
    "link property add dev v0 altname longname0",
];

const NEIGH_CHANGES: &[&str] = &[
    "neigh add 10.0.0.50 lladdr 02:00:00:00:00:50 dev v0",
    "neigh add 10.0.0.50 lladdr 02:00:00:00:00:50 dev v0",
    "neigh add 10.0.0.51 lladdr 02:00:00:00:00:51 nud stale dev v0 router",
    "neigh replace 10.0.0.51 lladdr 02:00:00:00:00:52 nud stale dev v0",
    "neigh replace 10.0.0.52 lladdr 02:00:00:00:00:52 dev v0",
    "neigh change 10.0.0.53 lladdr 02:00:00:00:00:53 dev v0",
    "neigh change 10.0.0.50 lladdr 02:00:00:00:00:59 dev v0",
    "neigh chg 10.0.0.50 lladdr 02:00:00:00:00:5a dev v0 nud pe",
    "neigh add proxy 10.0.0.60 dev v0",
    "neigh add proxy 2001:db8::60 dev v0",
    "neigh add 10.0.0.61 dev v0 nud noarp",
    "neigh add 10.0.0.62 lladdr 02:00:00:00:00:62 dev v0 extern_learn",
    "neigh add 10.0.0.63 lladdr 2:0:0:0:0:63 dev v0 e protocol static",
    "neigh add 10.0.0.64 l 02:00:00:00:00:64 dev v0 nud 0x4 proto 42",
    "neigh add to 10.0.0.65 lladdr 02:0x5:00:00:00:65 dev v0 nud failed",
    "neigh add 10.0.0.66 dev v0 nud none",
    "neigh add 10.0.0.67 lladdr 02:00:00:00:00:67 dev v0 nud noarp",
    "neigh add help 10.0.0.68 lladdr 02:00:00:00:00:68 dev v0 nud 128",
    "neigh add 10.0.0.69 lladdr 02:00:00:00:00:69 dev v0 dev v1",
    "neigh add 2001:db8::50 lladdr 02:00:00:00:00:50 dev v0",
    "-6 neigh add 2001:db8::51 lladdr 02:00:00:00:00:51 dev v0 nud stale router",
    "n a 10.0.0.70 lladdr 02:00:00:00:00:70 dev v0",
    "n r 10.0.0.70 lladdr 02:00:00:00:00:71 dev v0",
    "n c 10.0.0.70 lladdr 02:00:00:00:00:72 dev v0",
    "n d 10.0.0.70 dev v0",
    "neigh del 10.0.0.50 dev v0",
    "neigh del 10.0.0.50 dev v0",
    "neigh delete proxy 10.0.0.60 dev v0",
    "neigh del 10.0.0.69 dev v1 lladdr 02:00:00:00:00:69 nud stale",
    // Bad commands: argument errors, then kernel errors.
    "neigh add 10.0.0.80 dev v0",
    "neigh add 10.0.0.80",
    "neigh add lladdr 02:00:00:00:00:80 dev v0",
    "neigh add 10.0.0.80 lladdr zz dev v0",
    "neigh add 10.0.0.80 lladdr 02:zz:00 dev v0",
    "neigh add 10.0.0.80 lladdr 02:300:00:00:00:00 dev v0",
    "neigh add 10.0.0.80 lladdr 02::00:00:00:00 dev v0",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:00: dev v0",
    "neigh add 10.0.0.80 lladdr 0200.0000.0080 dev v0",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev nosuch",
    "neigh add 10.0.0.80 lladdr zz dev nosuch",
    "neigh add 10.0.0.80 lladdr zz",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0 nud foo",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0 nud all",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0 nud s",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0 nud no",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0 nud 300",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0 nud PERMANENT",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0 frob",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0 r",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 d v0",
    "neigh add foo lladdr 02:00:00:00:00:80 dev v0",
    "neigh add t 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0",
    "neigh add 10.0.0.80/24 lladdr 02:00:00:00:00:80 dev v0",
    "neigh add default lladdr 02:00:00:00:00:80 dev v0",
    "-6 neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0",
    "-4 neigh add 2001:db8::80 lladdr 02:00:00:00:00:80 dev v0",
    "-f link neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0",
    "-0 neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0 nud",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0 h",
    "neigh add",
    "neigh del",
    "neigh add 10.0.0.80 10.0.0.81 dev v0",
    "neigh add to 10.0.0.80 to 10.0.0.81",
    "neigh add proxy 10.0.0.80 10.0.0.81 dev v0",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0 pro 99",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0 lladdr 02:00:00:00:00:81",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0 protocol zz",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0 protocol 256",
    "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0 proxy",
    "neigh frob 10.0.0.80",
    "neigh add 5 lladdr 02:00:00:00:00:05 dev v0",
    "neigh add 0x0a.1 lladdr 02:00:00:00:00:05 dev v0",
    "neigh add 10.0.0.077 lladdr 02:00:00:00:00:05 dev v0",
    "neigh add 1.256 lladdr 02:00:00:00:00:05 dev v0",
    "neigh add 10.0.0.82 lladdr 02:00:00:00:00:05 dev v0 nud 5",
    "neigh add 10.0.0.82 lladdr 02:00:00:00:00:05 dev v0 proxy help",
    // Proxy entries without a device: deleted again at once, as the kernel (6.x) does not
    // free them with their namespace.
    "neigh add proxy 10.0.0.83",
    "-6 neigh add proxy default",
    "neigh show proxy 10.0.0.83",
    "-6 neigh show proxy ::/128",
    "neigh del proxy 10.0.0.83",
    "-6 neigh del proxy default",
    "neigh show to help",
    "neigh show protocol foo",
    "neigh show p static",
    "neigh show 10.1/16",
    "neigh add 10.0.0.81 dev v0 nud permanent",
    "neigh add 10.0.0.81 lladdr 02-00-00-00-00-81 dev v0",
    "neigh add 10.0.0.81 lladdr 02:00 dev v0",
    "neigh change 10.0.0.81 lladdr 02:00:00:00:00:81 dev v0",
    "neigh del 10.0.0.81 dev v0",
    "neigh del proxy 10.0.0.81 dev v0",
    // Flush.
    "neigh flush",
    "neigh flush dev nosuch",
    "neigh flush dev v0 dev v1",
    "neigh show dev v0 dev v1",
    "neigh flush nud foo",
    "neigh flush to foo",
    "-s neigh flush dev v1",
    "neigh flush dev v0 nud stale",
    "-s neigh flush dev v0 to 10.0.0.64",
    "-s neigh flush to 10.0.0.0/28 nud permanent",
    "-s neigh flush dev v0",
    "-s neigh flush proxy dev v0",
    "-s neigh flush nud permanent to 2001:db8::/64",
    "-s neigh flush dev v0 nud all",
    "-s neigh flush dev v0 nud all",
    "neigh add 10.0.0.90 lladdr 02:00:00:00:00:90 dev v0 nud stale",
    "-j -s neigh flush all",
    "-j -s neigh flush all",
    // devices by a `:label` suffix or an alternative name
    "neigh add 10.0.0.91 lladdr 02:00:00:00:00:91 dev longname0",
    "neigh add 10.0.0.92 lladdr 02:00:00:00:00:92 dev v0:0 nud stale",
    "-6 neigh add 2001:db8::93 lladdr 02:00:00:00:00:93 dev v0:lab nud permanent",
    "neigh flush dev v0:0 nud all",
    "neigh add 10.0.0.94 lladdr 02:00:00:00:00:94 dev v0 nud permanent",
    "neigh flush dev longname0 nud all",
];

#[test]
fn neigh_changes_match_ip() {
    compare_changes(
        "nchg",
        NEIGH_SETUP,
        NEIGH_CHANGES,
        &[
            "-j neigh show",
            "-j neigh show nud noarp",
            "-j neigh show nud none",
            "-j neigh show proxy",
        ],
    );
}

const RULE_SETUP: &[&str] = &["link set lo up"];

const RULE_CHANGES: &[&str] = &[
    "-echo rule add pref 500 table 7",
    "-echo rule del pref 500",
    "-echo neigh add 10.0.0.70 lladdr 02:00:00:00:00:70 dev lo",
    // Numbers as strtoul reads them: a sign (`-0` is 0, `-1` too large), leading zeros.
    "rule add pref +5 table 100",
    "rule add pref -0 table 101",
    "rule add pref -1 table 102",
    "rule add fwmark +0x10 table 103 pref 6",
    "rule add pref 7 suppress_prefixlength +3 table 8",
    "rule add pref 8 ipproto +6 sport +22 table 9",
    "rule add from +10.0.0.0/8 table 9 pref 80",
    "rule del pref +5",
    "rule del pref 0 table 101",
    "rule del pref 6",
    "rule del pref 7",
    "rule del pref 8",
    "rule del pref 80",
    "rule add from 10.0.0.0/24 table 100",
    "rule add from 10.0.0.0/24 table 100",
    "rule add pref 100 from 10.1.0.0/16 to 10.2.0.0/16 lookup 200",
    "rule add priority 110 fwmark 0x10/0xff table main",
    "rule add order 120 iif v0 oif v1 table 300",
    "rule add pref 130 not from 10.3.0.0/24 goto 200",
    "rule add pref 140 table main suppress_prefixlength 0",
    "rule add pref 150 uidrange 1000-2000 table 5",
    "rule add pref 160 ipproto tcp sport 1000-2000 dport 80 table 5",
    "rule add pref 170 tos 0x10 prohibit",
    "rule add pref 180 blackhole",
    "rule add pref 190 unreachable",
    "rule add pref 200 nop",
    "rule add pref 210 protocol static table 7",
    "rule add pref 220 realms 1/2 table 7",
    "rule add pref 230 l3mdev",
    "rule add pref 240 suppress_ifgroup 5 table main",
    "rule add pref 250 table 70000",
    "rule add type blackhole pref 260",
    "rule add pref 270 dsfield 0x8 table 8",
    "rule add pref 280 fwmark 5 table 9",
    "rule add pref 290 dev v0 table 9",
    "rule add pref 300 tun_id 0x10 lookup 9",
    "rule add pref 310 sport 5- dport 6 table 9",
    "rule add pref 320 ipproto 17 table 9",
    "rule add pref 330 from 10.0.0.1 to 10.9.0.0/16 table 9",
    "rule add pref 340 type prohibit",
    "rule add pref 350 un",
    "rule add pref 360 bl",
    "rule add pref 370 p 370 t 3 ta 5",
    "rule add pref 380 s 8 r 3 pro 9 table 9",
    "rule add pref 390 g 400",
    "rule add pref 400 n",
    "rule add pref 410 fwmark 0x20/0xffffffff table 9",
    "rule add pref 420 suppress_ifgroup default suppress_prefixlength 16",
    "rule add pref 430 not not table 9",
    "rule add pref 440 table 1000 pref 441",
    "rule add pref 450 lookup local",
    "rule a pref 460 table 3",
    "-6 rule add from 2001:db8::/32 table 100",
    "-6 rule add pref 100 to 2001:db8:1::/48 blackhole",
    "-6 rule add pref 110 iif lo ipproto ipv6-icmp table 6",
    "rule del pref 250",
    "rule del pref 250",
    "rule del table 7",
    "rule delete pref 100",
    "rule del pref 110 fwmark 0x10/0xff",
    "rule d from 10.0.0.0/24",
    "-6 rule del from 2001:db8::/32 table 100",
    "rule del not from 10.3.0.0/24 pref 130",
    "rule del pref 280 fwmark 6",
    "rule del pref 999",
    // Bad commands: argument errors, then kernel errors.
    "rule add",
    "rule del",
    "rule a",
    "rule frob",
    "rule add from foo",
    "rule add from 10.0.0.0/33",
    "rule add to foo",
    "rule add tos foo",
    "rule add tos 300",
    "rule add dsfield zz",
    "rule add fwmark foo",
    "rule add fwmark 5/foo",
    "rule add fwmark 0x100000000",
    "rule add fwmark 0xff/",
    "rule add iif",
    "rule add pref foo",
    "rule add pref -1",
    "rule add pref 4294967296",
    "rule add o v0",
    "rule add table foo",
    "rule add goto foo",
    "rule add goto",
    "rule add suppress_prefixlength foo",
    "rule add suppress_prefixlength -1",
    "rule add suppress_ifgroup foo",
    "rule add uidrange foo",
    "rule add uidrange 5",
    "rule add uidrange 5-",
    "rule add sport foo",
    "rule add dport x",
    "rule add ipproto foo",
    "rule add ipproto 300",
    "rule add protocol foo",
    "rule add protocol 300",
    "rule add realms foo",
    "rule add realms 1/foo",
    "rule add tun_id foo",
    "rule add foo",
    "rule add f 10.0.0.0/8",
    "rule add type foo",
    "rule add type 300",
    "rule add type l",
    "rule add ty nop",
    "rule add u 5-6",
    "rule add -4 from 2001:db8::/32",
    "rule add pref 500 l3mdev table 5",
    "-6 rule add from 10.0.0.0/8",
    "rule add from 2001:db8::/32",
    "rule add pref 510 uidrange 10-5",
    "rule add pref 510 sport 10-5",
    "rule add pref 510 sport 65535-70000",
    "rule add pref 510 goto 100",
    "rule add pref 510 type local",
    "rule add pref 510 d 80",
    "rule add pref 230 l3mdev",
    "rule add pref 510 nat foo",
    "rule add pref 540 realms 70000 table 5",
    "rule add pref 541 realms 3/70000 table 5",
    "rule add pref 542 ipproto icmpv6 table 5",
    "rule add pref 543 ipproto gre table 5",
    "rule add pref 544 ipproto 0x11 table 5",
    "rule add pref 545 ipproto ICMP table 5",
    "rule help",
    "rule add help",
    // Selectors of show and flush.
    "rule add pref 520 tos 16 table 9",
    "rule add pref 530 fwmark 5/0xff table 9",
    "rule show from 10.0.0.0/16",
    "rule show from 10.0.0.0/8 from 10.0.0.0/24",
    "rule show from 10.0.0.1/24",
    "rule show from all",
    "rule show to 10.9.0.0/16",
    "rule show not",
    "rule show tos 0x10",
    "rule show tos 16",
    "rule show dsfield 0x8",
    "rule show fwmark 5",
    "rule show fwmark 5/0xff",
    "rule show fwmark 0",
    "rule show iif v0",
    "rule show dev v0",
    "rule show oif v1",
    "rule show iif v0 oif v1",
    "rule show l3mdev",
    "rule show uidrange 1000-2000",
    "rule show ipproto tcp",
    "rule show ipproto 17",
    "rule show sport 1000-2000",
    "rule show dport 80",
    "rule show protocol static",
    "-6 rule show from 2001:db8::/16",
    "rule show from foo",
    "rule show fwmark foo",
    "rule show tos foo",
    "rule show uidrange 5",
    "rule show ipproto foo",
    "rule show sport foo",
    "rule show protocol foo",
    "rule show goto 5",
    "rule show iif",
    "rule show 10.9.0.0/16",
    "rule show s 10.0.0.0/24",
    "rule show d 10.9.0.0/16",
    "rule show t 16",
    "rule show ta 9",
    "rule show pref foo",
    "rule show pref 0x172",
    "rule show protocol all",
    "rule show iif a/b",
    "rule add pref 550 iif a/b table 5",
    "rule add pref 550 oif abcdefghijklmnop table 5",
    "rule add pref 551 sport -1 table 5",
    "rule add pref 552 tun_id -1 table 5",
    "rule add pref 553 from 10/8 to 0x0a.1 table 5",
    "rule add pref 554 nat 0x10",
    // Flush.
    "rule flush foo",
    "rule flush fwmark 5",
    "rule flush from 10.0.0.0/8",
    "rule flush iif v0 table 9",
    "rule flush tos 0x10",
    "rule flush table 9",
    "-s rule flush pref 370",
    "rule flush",
    "-6 rule flush",
    "rule f",
];

#[test]
fn rule_changes_match_ip() {
    compare_changes(
        "rchg",
        RULE_SETUP,
        RULE_CHANGES,
        &["-j rule show", "-j -6 rule show"],
    );
}

const NEXTHOP_SETUP: &[&str] = &[
    "link set lo up",
    "link add v0 type veth peer name v1",
    "link set v0 addrgenmode none",
    "link set v1 addrgenmode none",
    "link set v0 up",
    "link set v1 up",
    "addr add 10.0.0.1/24 dev v0",
    "addr add 2001:db8::1/64 dev v0 nodad",
    "addr add 10.1.0.1/24 dev v1",
];

const NEXTHOP_CHANGES: &[&str] = &[
    "nexthop add id +70 blackhole",
    "nexthop add id 71 group +70",
    "nexthop add id -0 blackhole",
    "nexthop del id 71",
    "nexthop del id 70",
    "nexthop add id 1 via 10.0.0.2 dev v0",
    "nexthop add id 1 via 10.0.0.2 dev v0",
    "nexthop add id 2 via 2001:db8::2 dev v0",
    "nexthop add id 3 blackhole",
    "nexthop add id 4 dev v0",
    "nexthop add id 5 via 10.0.0.3 dev v0 onlink proto static",
    "nexthop add id 6 dev v1 p 99",
    "nexthop add id 7 via inet 10.1.0.2 dev v1",
    "nexthop add id 8 via inet6 2001:db8::8 dev v0",
    "-6 nexthop add id 9 blackhole",
    "nexthop add id 0x10 dev v0",
    "nexthop add id 10 group 1/5",
    "nexthop add id 11 group 1,3/5,2",
    "nexthop add id 12 group 1/5 type resilient buckets 8 idle_timer 60 unbalanced_timer 30",
    "nexthop add id 13 type resilient unbalanced_timer 7 idle_timer 5 buckets 4 group 4/7",
    "nexthop add id 14 group 1,256/4 type mpath",
    "nexthop add id 20 via 10.0.0.5 fdb",
    "nexthop add id 21 via 2001:db8::21 fdb",
    "nexthop add id 22 group 20 fdb",
    "nexthop add via 10.0.0.6 dev v0",
    "nexthop a id 30 dev v0",
    "nexthop replace id 1 via 10.0.0.4 dev v0",
    "nexthop replace id 31 via 10.0.0.31 dev v0",
    "nexthop r id 31 dev v1",
    "nexthop replace id 10 group 1/4/5",
    "nexthop replace id 12 group 1/4 type resilient buckets 8",
    "nexthop del id 30",
    "nexthop d id 31",
    "nexthop delete id 31",
    "nexthop del id 4",
    // Bad commands: argument errors, then kernel errors.
    "nexthop add id",
    "nexthop add id foo",
    "nexthop add id -1",
    "nexthop add id 4294967296",
    "nexthop add id 40 via",
    "nexthop add id 40 via foo",
    "nexthop add id 40 via 10.0.0.2 dev nosuch",
    "nexthop add id 40 dev",
    "nexthop add id 40 group",
    "nexthop add id 40 group foo",
    "nexthop add id 40 group 1/foo",
    "nexthop add id 40 group 1//2",
    "nexthop add id 40 group 1,,2",
    "nexthop add id 40 group 1/",
    "nexthop add id 40 group 1,0",
    "nexthop add id 40 group 1,257",
    "nexthop add id 40 group 1 type foo",
    "nexthop add id 40 group 1 type",
    "nexthop add id 40 group 1 type r",
    "nexthop add id 40 group 1 type resilient buckets foo",
    "nexthop add id 40 group 1 type resilient buckets 70000",
    "nexthop add id 40 group 1 type resilient idle_timer foo",
    "nexthop add id 40 group 1 type resilient idle_timer 1.5",
    "nexthop add id 40 group 1 type resilient idle_timer 100000000",
    "nexthop add id 40 group 1 type resilient unbalanced_timer foo",
    "nexthop add id 40 group 1 type mpath buckets 5",
    "nexthop add id 40 group 1 type resilient b 8",
    "nexthop add id 40 dev v0 proto foo",
    "nexthop add id 40 dev v0 proto 300",
    "nexthop add id 40 foo",
    "nexthop add id 40 v 10.0.0.2 dev v0",
    "nexthop add id 40 d v0",
    "nexthop add id 40 bl",
    "nexthop add id 40 encap foo dev v0",
    "nexthop add id 40 encap mpls foo dev v0",
    "nexthop add id 40 encap mpls 2000000 dev v0",
    "nexthop add id 40 encap mpls 100 ttl 300 dev v0",
    "nexthop add id 40 encap mpls",
    "nexthop add id 40 encap mpls 100",
    "nexthop add id 40 encap mpls foo",
    "-6 nexthop add id 40 via 10.0.0.2 dev v0",
    "-4 nexthop add id 40 via 2001:db8::2 dev v0",
    "nexthop add id 40 dev v0 via 2001:db8::2",
    "nexthop add id 40 via inet6 10.0.0.2 dev v0",
    "nexthop add id 40 via 2001:db8::2 via 10.0.0.2 dev v0",
    "-4 nexthop add id 40 via inet6 2001:db8::5 dev v0",
    "-6 nexthop add id 40 via inet 10.0.0.2 dev v0",
    "nexthop add id 40 dev v0 via inet6 2001:db8::5",
    "nexthop add id 40 via 10.0.0.2 via inet6 2001:db8::5 dev v0",
    "nexthop show fdb",
    "nexthop show g",
    "nexthop show f",
    "nexthop show d v0",
    "nexthop show v foo",
    "nexthop show i 5",
    "nexthop show vrf v1",
    "nexthop show id 1 foo",
    "nexthop get id 1 foo",
    "nexthop get foo",
    "nexthop flush id 999 foo",
    "nexthop add id 40 via mpls 3 dev v0",
    "nexthop add id 40 via mpls foo dev v0",
    "nexthop add id 40 via bridge 3 dev v0",
    "nexthop add id 40 via 0x0a.2 dev v0",
    "nexthop help",
    "nexthop add help",
    "nexthop frob",
    "nexthop add",
    "nexthop add id 40",
    "nexthop add id 40 onlink",
    "nexthop add id 40 fdb",
    "nexthop add id 40 blackhole dev v0",
    "nexthop add id 40 via 10.0.0.2",
    "nexthop add id 40 dev v0 onlink",
    "nexthop add id 1 dev v0",
    "nexthop add id 40 group 999",
    "nexthop add id 40 group 1/0",
    "nexthop add id 40 group 1 type resilient",
    "-6 nexthop add id 40 group 1",
    "nexthop add id 40 group 1 fdb",
    "nexthop add id 40 encap mpls 100 dev v0",
    "nexthop del",
    "nexthop del 80",
    "nexthop del id foo",
    "nexthop del id 80",
    "nexthop del id 1 dev v0",
    // Flush.
    "nexthop flush foo",
    "nexthop flush dev nosuch",
    "nexthop flush proto static",
    "nexthop flush id 99",
    "nexthop flush id 3",
    "nexthop flush groups",
    "nexthop flush fdb",
    "-6 nexthop flush",
    "nexthop flush dev v1",
    "-s nexthop flush protocol 99",
    "nexthop flush",
    "nexthop flush",
    "-s nexthop flush",
    "nexthop add id 90 dev v0",
    "-j nexthop flush",
    "-j nexthop flush",
    // Groups that go with their last member: flushed first without selectors, reported
    // as failed deletes with one.
    "nexthop add id 1 dev v0",
    "nexthop add id 10 group 1",
    "nexthop flush",
    "nexthop add id 1 dev v0",
    "nexthop add id 10 group 1",
    "nexthop flush protocol 0",
    "nexthop add id 15 via 10.0.0.2 fdb",
    "nexthop add id 16 via 10.0.0.3 fdb",
    "nexthop add id 17 group 15/16 fdb",
    "nexthop flush fdb",
    "nexthop add id 1 dev v0",
    "nexthop add id 10 group 1",
    "-4 nexthop flush",
    "nexthop flush vrf foo",
    "nexthop flush protocol 0x10",
    "nexthop add id 40 group 1 type resilient buckets 1 idle_timer 42949672",
];

#[test]
fn nexthop_changes_match_ip() {
    compare_changes(
        "nhchg",
        NEXTHOP_SETUP,
        NEXTHOP_CHANGES,
        &["-j nexthop show", "-j -d nexthop show"],
    );
}

/// Neighbour, rule and nexthop changes in a batch file: ip's "Command failed" lines and
/// where `-force` goes on or stops (argument errors end the batch).
#[test]
fn batch_of_changes_matches_ip() {
    let path = std::env::temp_dir().join(format!("nlkit-objchg-{}.batch", std::process::id()));
    std::fs::write(
        &path,
        "neigh add 10.0.0.80 lladdr 02:00:00:00:00:80 dev v0\n\
         neigh add 10.0.0.81 lladdr zz dev v0\n\
         neigh add 10.0.0.82 lladdr 02:00:00:00:00:82 dev nosuch\n\
         neigh flush\n\
         rule add pref 100 table 5\n\
         rule add pref 100 table 5\n\
         rule add\n\
         rule add pref 500 l3mdev table 5\n\
         nexthop add id 1 via 10.0.0.2 dev v0\n\
         nexthop add id 1 via 10.0.0.2 dev v0\n\
         nexthop flush id 99\n\
         nexthop add id 2 group 1\n\
         rule add nat foo\n\
         neigh add 10.0.0.83 lladdr 02:00:00:00:00:83 dev v0\n",
    )
    .unwrap();
    let file = path.display().to_string();
    let force = format!("-force -batch {file}");
    let plain = format!("-batch {file}");
    compare_changes(
        "bchg",
        NEXTHOP_SETUP,
        &[&force, "-s neigh flush dev v0 nud all", &plain],
        &["-j neigh show", "-j rule show", "-j nexthop show"],
    );
    let _ = std::fs::remove_file(path);
}
