//! `nlip route show` against iproute2's `ip route show` on the same namespace state: stdout
//! byte for byte, stderr, and the exit code. The namespace is filled with iproute2 (every
//! route type, multipath, metrics, several tables, IPv6, nexthop objects, linkdown).

mod common;

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
    "rule add fwmark 7 table 100",
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
    "route add 10.73.0.0/16 tos 0x04 via 10.0.0.2",
    "route add 10/8 via 10.0.0.2 metric 9",
    "nexthop add id 30 blackhole",
    "route add 10.77.0.0/16 nhid 30",
    "nexthop add id 31 via 2001:db8::2 dev v0",
    "-6 route add 2001:db8:31::/48 nhid 31 proto boot",
];

const SHOW: &[&str] = &[
    "route show fr 10.0.0.0/24",
    "route show table main tos 10",
    "route show fro 2001:db8::/64",
    "route list v 2001:db8::10",
    "route show 10/8 ro 10.0.0.0/24",
    "route show ro 10/8 10.0.0.0/24",
    "-f mpls route show 10.0.0.0/8",
    "route show table all type brd",
    "route show type unspec",
    "-f mpls route show proto static type unicast via 10.1.0.2",
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
    "route get 10.6.0.9 mark 7",
    "route get help",
    "route get to help",
    "-j route get 10.6.0.9 mark 7",
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
    // Found by a sweep: tos as two hex digits, marks from 16 in hex, mark then realm then
    // uid, no `table unspec`, loose IPv4 (`10/8`, `10.10`), warnings and error wording.
    "route show 10.73.0.0/16",
    "-j route show 10.73.0.0/16",
    "route show 10",
    "route show to root 10/8",
    "route show to match 10.27",
    "route get 10.27.0.9",
    "-j route get 10.27.0.9",
    "route get 10.27.0.9 mark 0x10",
    "route get 10.27.0.9 mark 7",
    "route get 10.12.0.9 mark 300",
    "route get 10.1.0.9 oif v2",
    "route get 0.0.0.0",
    "route get 10.1.0.9/24",
    "route get 10.1.0.9 foo",
    "route get 10.1.0.9 from garbage",
    "route get 10.1",
    "route show type blackhole",
    "-d route show type blackhole",
    "route show table 0",
    "route show 2001:db8:1::/48",
    "route show root 2001:db8::/32",
    "route show 10.0.0.0/8 from garbage",
    "route show 10.0.0.0/8 from 2001:db8::/32",
    "route show tos foo",
    "route show iif v0",
    "route show iif nosuch",
    "route show metric 100",
    "route show preference 100",
    "route show metric 0",
    "-j route show metric 100",
    "route show metric foo",
    "route show realm 9",
    "route show realms 5/6",
    "route show realms 5/",
    "route show realms /6",
    "route show realms 5/0",
    "route show realm foo",
    "route show via inet 10.0.0.2",
    "route show via 10.0.0.0/24",
    "route show via inet6 fe80::1",
    "route show src 10.0.0.0/24",
    "route show src 10.0.0.1",
    "route get 10.1.0.9 connected",
    "route get 10.0.0.5 connected",
    "route get 10.1.0.9 from 10.0.0.1 connected",
    "-j route get 10.1.0.9 connected",
    "route get 10.1.0.9 as 10.0.0.1",
    "route get 10.1.0.9 as to 10.0.0.1",
    "route get 10.1.0.9 as",
    "route get 10.1.0.9 vrf foo",
    "route get 10.1.0.9 vrf v0",
    "-6 -d route show 2001:db8:31::/48",
    "-6 -j -d route show 2001:db8:31::/48",
    "route show vrf foo",
];

#[test]
fn route_show_matches_ip() {
    common::compare_with_ip("compat-route", SETUP, SHOW);
}

/// A fresh namespace has no main table until a route goes in: ip shows it empty, but names
/// the error for other tables and for flushes ("Flush terminated"). `flush cache` writes
/// the IPv4 flush sysctl instead of dumping.
const EMPTY: &[&str] = &[
    "route show",
    "route",
    "-4 route show",
    "route show table main",
    "route show table 100",
    "route show table local",
    "route show table all",
    "route show proto static",
    "route list 10.0.0.0/8",
    "-j route show",
    "-j -p route show",
    "-6 route show",
    "route flush proto static",
    "-s route flush table main",
    "route flush table 100",
    "route flush cache",
    "-s route flush cache",
    "-s -4 route flush cached",
    "-s -6 route flush cache",
    "-s route flush cache table all",
];

#[test]
fn empty_namespace_matches_ip() {
    common::compare_with_ip("compat-route-empty", &[], EMPTY);
}

/// Runs `program -n NS args` with stdin from `input` (`None`: empty); (code, stdout, stderr).
fn run_with_input(
    program: &str,
    ns: &nltestns::Netns,
    args: &[&str],
    input: Option<&std::path::Path>,
) -> (Option<i32>, Vec<u8>, String) {
    let stdin = match input {
        Some(p) => std::process::Stdio::from(std::fs::File::open(p).unwrap()),
        None => std::process::Stdio::null(),
    };
    let o = std::process::Command::new(program)
        .args(["-n", ns.name()])
        .args(args)
        .stdin(stdin)
        .output()
        .unwrap();
    (
        o.status.code(),
        o.stdout,
        String::from_utf8_lossy(&o.stderr).into(),
    )
}

#[test]
#[allow(clippy::too_many_lines)] // one scenario, step by step
fn save_showdump_and_restore_of_routes_rules_and_addresses_match_ip() {
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let setup = [
        "link set lo up",
        "link add v0 type veth peer name v1",
        "link set v0 up",
        "link set v1 up",
        "addr add 10.0.0.1/24 dev v0",
    ];
    let routes = [
        "route add 10.5.0.0/16 via 10.0.0.2",
        "route add 10.7.0.0/16 dev v0 src 10.0.0.1",
        "route add blackhole 10.8.0.0/16",
        "route add 10.6.0.0/16 dev v0 table 100",
    ];
    let (Some(src), Some(a), Some(b)) = (
        nltestns::Netns::new("save-src"),
        nltestns::Netns::new("save-ip"),
        nltestns::Netns::new("save-nlip"),
    ) else {
        return;
    };
    for ns in [&src, &a, &b] {
        for cmd in setup {
            ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
        }
    }
    for cmd in routes {
        src.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let dir = std::env::temp_dir();
    let file = |n: &str| dir.join(format!("nlkit-save-{}-{n}", std::process::id()));
    let (by_ip, by_nlip, garbage) = (file("ip"), file("nlip"), file("garbage"));
    for (selector, path) in [
        (&["route", "save"][..], &by_ip),
        (&["route", "save"], &by_nlip),
    ] {
        let program = if path == &by_ip { "ip" } else { nlip };
        let (code, out, err) = run_with_input(program, &src, selector, None);
        assert_eq!((code, err.as_str()), (Some(0), ""), "{program} save");
        std::fs::write(path, out).unwrap();
    }
    // The files differ only in the dump's sequence numbers and port ids.
    let (x, y) = (
        std::fs::read(&by_ip).unwrap(),
        std::fs::read(&by_nlip).unwrap(),
    );
    assert_eq!(x.len(), y.len());
    assert_eq!(x[..4], y[..4], "the magic");
    std::fs::write(&garbage, b"garbage\n").unwrap();
    let mut failures = Vec::new();
    let mut state_failures = Vec::new();
    let mut compare = |what: &str,
                       ns_ip: &nltestns::Netns,
                       ns_nlip: &nltestns::Netns,
                       args: &[&str],
                       input: &std::path::Path| {
        let want = run_with_input("ip", ns_ip, args, Some(input));
        let got = run_with_input(nlip, ns_nlip, args, Some(input));
        if want != got {
            failures.push(format!("{what}: ip {want:?} nlip {got:?}"));
        }
    };
    for f in [&by_ip, &by_nlip] {
        compare("showdump", &src, &src, &["route", "showdump"], f);
        compare("-j showdump", &src, &src, &["-j", "route", "showdump"], f);
    }
    compare(
        "showdump garbage",
        &src,
        &src,
        &["route", "showdump"],
        &garbage,
    );
    compare("restore garbage", &a, &b, &["route", "restore"], &garbage);
    compare("restore", &a, &b, &["route", "restore"], &by_nlip);
    compare("restore again", &a, &b, &["route", "restore"], &by_ip);
    // Rules: saved by nlip, restored by each (twice: ip adds them again).
    src.ip_ok(&["rule", "add", "pref", "5", "table", "7"]);
    let (code, out, _) = run_with_input(nlip, &src, &["rule", "save"], None);
    assert_eq!(code, Some(0));
    let rules = file("rules");
    std::fs::write(&rules, out).unwrap();
    compare("rule restore", &a, &b, &["rule", "restore"], &rules);
    compare("rule restore again", &a, &b, &["rule", "restore"], &rules);
    compare(
        "rule restore garbage",
        &a,
        &b,
        &["rule", "restore"],
        &garbage,
    );
    compare(
        "rule save ARGS",
        &a,
        &b,
        &["rule", "save", "pref", "5"],
        &garbage,
    );
    let rule_state = |ns: &nltestns::Netns| ns.ip_ok(&["-j", "rule", "show"]);
    if rule_state(&a) != rule_state(&b) {
        state_failures.push(format!(
            "rules after restore:\nip:   {}\nnlip: {}",
            rule_state(&a),
            rule_state(&b)
        ));
    }
    let _ = std::fs::remove_file(&rules);
    // Addresses: saved by nlip (`dev v0`), shown by both, restored by each (twice: the
    // second time every address is refused and reported).
    src.ip_ok(&["addr", "add", "10.0.9.1/24", "dev", "v0", "label", "v0:x"]);
    src.ip_ok(&["addr", "add", "2001:db8:9::1/64", "dev", "v0", "nodad"]);
    let (code, out, _) = run_with_input(nlip, &src, &["addr", "save", "dev", "v0"], None);
    assert_eq!(code, Some(0));
    let addrs = file("addrs");
    std::fs::write(&addrs, out).unwrap();
    compare("addr showdump", &src, &src, &["addr", "showdump"], &addrs);
    compare("addr restore", &a, &b, &["addr", "restore"], &addrs);
    compare("addr restore again", &a, &b, &["addr", "restore"], &addrs);
    compare(
        "addr restore garbage",
        &a,
        &b,
        &["addr", "restore"],
        &garbage,
    );
    let addr_state = |ns: &nltestns::Netns| ns.ip_ok(&["-br", "-4", "addr", "show", "dev", "v0"]);
    if addr_state(&a) != addr_state(&b) {
        state_failures.push(format!(
            "addresses after restore:\nip:   {}\nnlip: {}",
            addr_state(&a),
            addr_state(&b)
        ));
    }
    let _ = std::fs::remove_file(&addrs);
    let state = |ns: &nltestns::Netns| ns.ip_ok(&["-j", "route", "show", "table", "all"]);
    if state(&a) != state(&b) {
        failures.push(format!(
            "state after restore:\nip:   {}\nnlip: {}",
            state(&a),
            state(&b)
        ));
    }
    for f in [&by_ip, &by_nlip, &garbage] {
        let _ = std::fs::remove_file(f);
    }
    failures.extend(state_failures);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
