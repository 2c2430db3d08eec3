//! `nlip link show` against iproute2's `ip link show` on the same namespace state: stdout
//! byte for byte, stderr, and the exit code. The namespace is filled with iproute2: veth
//! pairs (one down), a bridge with a port, macvlans, vxlans, ifb, tun and tap, altnames, an
//! alias, an mtu, a group. Bridge details (`-d` on a bridge or its port) carry running
//! timers: those command lines are compared with the timer values masked.

use nltestns::Netns;
use std::process::Command;

const SETUP: &[&str] = &[
    "link set lo up",
    "link add v0 type veth peer name v1",
    "link set v0 up",
    "link set v1 up",
    "link add br0 type bridge",
    "link set v1 master br0",
    "link set br0 up",
    "link add mv0 link v0 type macvlan mode bridge",
    "link set mv0 allmulticast on",
    "link add mv1 link v0 type macvlan mode private",
    "link add vx0 type vxlan id 42 dstport 4789 local 10.0.0.1 remote 10.0.0.2 ttl 10",
    "link set vx0 up",
    "link add vx1 type vxlan id 7 group 239.1.1.1 dev v0 dstport 0 nolearning ttl auto tos inherit",
    "link add ifb0 type ifb",
    "link set ifb0 mtu 1400",
    "link set ifb0 up",
    "tuntap add dev tap0 mode tap",
    "link set tap0 promisc on",
    "tuntap add dev tun0 mode tun multi_queue",
    "link property add dev v0 altname veth-alt0",
    "link property add dev v0 altname second-name",
    "link set v0 alias uplink",
    "link set ifb0 group 5",
    "link add v2 type veth peer name v3",
    "link add vx6 type vxlan id 8 remote 2001:db8::1 local 2001:db8::2 dstport 4790",
    "link add vxe type vxlan external dstport 0",
    "link add vxg type vxlan id 10 remote 10.1.1.1 dstport 4789 gbp df inherit",
    "link add vx3 type vxlan id 43 dstport 4789 dev v0 l2miss l3miss proxy rsc tos 0x10",
    "link add vx4 type vxlan id 44 dstport 4789 dev v0 tos 0x4",
    "link add mvs link v0 type macvlan mode source",
    "link add mvv link v0 type macvlan mode vepa",
    "tuntap add dev tap1 mode tap user 0 group 0",
    "tuntap add dev tap2 mode tap user 4242 group 4343 vnet_hdr",
    "tuntap add dev tun2 mode tun pi",
    "link set dev v2 addrgenmode none",
    "link set dev mvv addrgenmode random",
    "link set dev v3 txqueuelen 0",
];

const SHOW: &[&str] = &[
    "link",
    "link show",
    "link list",
    "l",
    "link show up",
    "link show dev v0",
    "link show v0",
    "link show dev veth-alt0",
    "link show master br0",
    "link show type veth",
    "link show type nosuch",
    // Sweep finds: no link passes (an empty object in pretty JSON is `{}`), `-N` hardware
    // types (`[772]` in JSON too), selectors that leave empty objects, a queue length of 0.
    "-j -p link show dev v0 type vxlan",
    "-N -j link show up",
    "-N link show dev lo",
    "-j link list group 5 type veth",
    "-j -p link list group 5 type ifb",
    "link show dev v3",
    "-j link show dev v3",
    // `DEV:N` finds DEV, then the kernel does not know the name; `nomaster` does not
    // apply to one device.
    "-br link show dev v0:0",
    "link show dev v1 nomaster",
    "-j link show dev v1 nomaster group 0",
    "link show group default",
    "link show dev nosuch",
    "link show master nosuch",
    "link show foo bar",
    "link show dev",
    "link frob",
    "-j link",
    "-j -p link",
    "-j link show up",
    "-j link show type nosuch",
    "-j link show master br0",
    "-j link show dev v0",
    "-o link",
    "-br link",
    "-c link",
    "-br -c link",
    "-br -j link",
    "-br -j -p link",
    "-br link show up",
    "-d link show dev lo",
    "-d link show dev v0",
    "-d link show dev mv0",
    "-d link show dev vx0",
    "-d link show dev ifb0",
    "-d link show dev tap0",
    "-d link show dev tun0",
    "-j -d link show dev v0",
    "-j -d link show dev mv0",
    "-j -d link show dev vx0",
    "-j -d link show dev ifb0",
    "-j -d link show dev tap0",
    "-j -d link show dev tun0",
    "-j -p -d link show dev vx0",
    "-s link",
    "-s -s link",
    "-j -s link",
    "-j -s -s link",
    "-j -p -s link",
    "-o -s link",
    "-o -d link show dev vx0",
    "-s link show dev lo",
    "-d link show dev mv1",
    "-j -d link show dev mv1",
    "-d link show dev vx1",
    "-j -d link show dev vx1",
    "-j -p -d link show dev tun0",
    "link show group 5",
    "-j link show group 5",
    "link show dev v2",
    "-br link show dev v3",
    "-o -br link",
    "-d -o link show dev tap0",
    "link show type macvlan",
    "-j link show type macvlan",
    "-d link show type tun",
    "link show dev v0 up",
    "link show master v0",
    "-j link show type ifb",
    "link help",
    "link show help",
    "link sh dev lo",
    "link ls",
    "-4 link",
    "-0 link",
    "-s -s -j -p link show dev v0",
    "-d -br link",
    "-br -s link",
    "link show nomaster",
    "-j link show nomaster",
    "-br link show nomaster",
    "link show vrf foo",
    "link show vrf lo",
    "link show up type veth",
    "link show dev v0 dev v1",
    "link show type",
    "link show master",
    "-j -br link show up",
    "-stat link show dev lo",
    "-details link show dev ifb0",
    "-oneline link show dev lo",
    "-brief link show dev lo",
    "link show dev v0 group 5",
    "-j link show dev v0 group 5",
    "link show group nosuch",
    "-s link show dev tun0",
    "link show dev vn0",
    "-j link show dev vn0",
    "-br link show dev vn0",
    "-d link show dev vn0",
    "-j -p link show dev vn0",
    "-o link show dev vn0",
    "-d link show dev vx6",
    "-j -d link show dev vx6",
    "-d link show dev vxe",
    "-j -d link show dev vxe",
    "-d link show dev vxg",
    "-j -d link show dev vxg",
    "-d link show dev mvs",
    "-j -d link show dev mvs",
    "-d link show dev mvv",
    "-j -d link show dev mvv",
    "-d link show type vxlan",
    "-f bogus link",
    "-family foo link",
    "-f",
    "-family",
    "-f inet link show lo",
    "-j -d link show dev vx3",
    "-d link show dev vx4",
    "-j -d link show dev vx4",
    "-j -p -d link show type macvlan",
    "-d link show dev tap1",
    "-j -d link show dev tap1",
    "-d link show dev tap2",
    "-j -d link show dev tap2",
    "-d link show dev tun2",
    "-j -d link show dev tun2",
    "-d link show dev v2",
    "-d link show dev mvv",
    "link show dev v2",
    "-j link show dev v2",
    "-j -p link show dev v2",
    "-o link show dev v2",
    "-br -j link show dev v2",
    "link show type bridge_slave",
    "-j link show type bridge_slave",
    "-j link show type veth_slave",
    "-br link show type bridge_slave",
    "link show type bridge",
];

/// Sends 1200 datagrams of 1000 bytes over lo.
const TRAFFIC: &str = "import socket
r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r.bind(('127.0.0.1', 0))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i in range(1200):
    s.sendto(b'x' * 1000, r.getsockname())
";

/// Human-readable counters (after [`TRAFFIC`]).
const HUMAN: &[&str] = &[
    "-s -h link show dev lo",
    "-s -s -h link show dev lo",
    "-s -h -iec link show dev lo",
    "-s -iec link show dev lo",
    "-j -s -h link show dev lo",
    "-s link show dev lo",
    "-o -s -h link",
];

/// Command lines whose output holds bridge timers (compared with the values masked).
const TIMED: &[&str] = &[
    "-d link",
    "-c -d link",
    "-d link show dev br0",
    "-d link show dev v1",
    "-j -d link",
    "-j -p -d link show dev br0",
    "-j -d link show dev v1",
    "-o -d link",
    "-s -d link show master br0",
    "-d link show type bridge",
];

/// Replaces the value after each `..._timer` key (text or JSON) with `X`.
fn mask_timers(b: &[u8]) -> Vec<u8> {
    let key = b"_timer";
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(key) {
            out.extend_from_slice(key);
            i += key.len();
            while i < b.len() && matches!(b[i], b'"' | b':' | b' ') {
                out.push(b[i]);
                i += 1;
            }
            let start = i;
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
                i += 1;
            }
            if i > start {
                out.push(b'X');
            }
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

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
fn link_show_matches_ip() {
    let Some(ns) = Netns::new("compat-link") else {
        return;
    };
    let Some(peer) = Netns::new("compat-link-peer") else {
        return;
    };
    for cmd in SETUP {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    // An alias that JSON has to escape.
    ns.ip_ok(&[
        "link",
        "set",
        "v2",
        "alias",
        "a \"quoted\" \\ name \u{e9}/tab\tx",
    ]);
    // A veth whose peer lives in another named namespace: `@ifN` and `link-netns NAME`.
    ns.ip_ok(&[
        "link",
        "add",
        "vn0",
        "type",
        "veth",
        "peer",
        "name",
        "vn1",
        "netns",
        peer.name(),
    ]);
    // Traffic on lo so that `-h` has counters above 1000 to scale (needs python3; the
    // human-readable lines are skipped without it, and fail under NLKIT_REQUIRE_NETNS=1).
    let traffic = nltestns::tool("python3", "link show -h lines");
    if traffic {
        let sent = Command::new("ip")
            .args(["netns", "exec", ns.name(), "python3", "-c", TRAFFIC])
            .status()
            .is_ok_and(|s| s.success());
        assert!(sent, "python3 could not send the traffic on lo");
    }
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let mut failures = Vec::new();
    let human: &[&str] = if traffic { HUMAN } else { &[] };
    let all = SHOW
        .iter()
        .chain(human)
        .map(|a| (a, false))
        .chain(TIMED.iter().map(|a| (a, true)));
    for (args, timed) in all {
        // Counters can move between the two runs (IPv6 traffic on the veths): compare
        // statistics a few times before calling it a difference.
        let mut same = false;
        let mut last = None;
        for _ in 0..5 {
            let mut want = run("ip", ns.name(), args);
            let mut got = run(nlip, ns.name(), args);
            if timed {
                want.1 = mask_timers(&want.1);
                got.1 = mask_timers(&got.1);
            }
            if want == got {
                same = true;
                break;
            }
            last = Some((want, got));
        }
        if same {
            continue;
        }
        if let Some((want, got)) = last {
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
    let total = SHOW.len() + human.len() + TIMED.len();
    println!("compared {total} command lines with ip");
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        total,
        failures.join("\n")
    );
}
