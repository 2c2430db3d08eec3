//! `nlgenl` against iproute2 6.1's `genl`: each command line run with both inside a fresh
//! network namespace (`ip netns exec`), comparing stdout byte for byte, stderr and the exit
//! code; `ctrl monitor` joins the controller's group as genl does. Skips (printing why)
//! without privileges or without genl, unless NLKIT_REQUIRE_NETNS=1.

use nltestns::Netns;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

const NLGENL: &str = env!("CARGO_BIN_EXE_nlgenl");

fn run(ns: &Netns, program: &str, args: &[&str]) -> Output {
    Command::new("ip")
        .args(["netns", "exec", ns.name(), program])
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"))
}

fn outcome(o: &Output) -> (Option<i32>, &[u8], &[u8]) {
    (o.status.code(), &o.stdout, &o.stderr)
}

/// The command lines compared: every command, genl's option and keyword matching, and
/// each of its errors.
const LINES: &[&[&str]] = &[
    &[],
    &["-h"],
    &["-help", "ctrl", "list"],
    &["-s"],
    &["--", "ctrl"],
    &["-x", "ctrl", "list"],
    &["-S", "ctrl", "list"],
    &["-statsx", "ctrl", "l"],
    &["foo"],
    &["foo", "bar"],
    &["ctr", "list"],
    &["CTRL", "list"],
    &["", "ctrl"],
    &["help"],
    &["ctrl"],
    &["ctrl", ""],
    &["ctrl", "foo"],
    &["ctrl", "listx"],
    &["ctrl", "help"],
    &["ctrl", "h"],
    &["ctrl", "helpme"],
    &["ctrl", "list"],
    &["ctrl", "list", "a", "b", "c"],
    &["ctrl", "ls"],
    &["ctrl", "l"],
    &["ctrl", "lst"],
    &["ctrl", "show"],
    &["ctrl", "s"],
    &["-", "ctrl", "list"],
    &["-s", "ctrl", "list"],
    &["-d", "-r", "ctrl", "list"],
    &["-statistics", "ctrl", "l"],
    &["-details", "-raw", "ctrl", "get", "name", "nlctrl"],
    &["ctrl", "get"],
    &["ctrl", "get", "name"],
    &["ctrl", "get", "name", "nlctrl"],
    &["ctrl", "g", "n", "ethtool"],
    &["ctrl", "get", "name", "tcp_metrics"],
    &["ctrl", "get", "name", "mptcp_pm"],
    &["ctrl", "get", "name", "netdev"],
    &["ctrl", "get", "name", "nlctrl", "extra"],
    &["ctrl", "get", "name", "nlctrl", "a", "b"],
    &["ctrl", "get", "name", "wireguard"],
    &["ctrl", "get", "name", "0123456789abcdefgh"],
    &["ctrl", "get", "name", "nlctrlnlctrlnlctrl"],
    &["ctrl", "get", "name", ""],
    &["ctrl", "get", "NAME", "nlctrl"],
    &["ctrl", "get", "foo", "bar"],
    &["ctrl", "get", "id", "16"],
    &["ctrl", "get", "i", "0x10"],
    &["ctrl", "get", "id", "0X15"],
    &["ctrl", "get", "id", "020"],
    &["ctrl", "get", "id", " 16"],
    &["ctrl", "get", "id", "+16"],
    &["ctrl", "get", "id", "-0"],
    &["ctrl", "get", "id", "0"],
    &["ctrl", "get", "id", "999"],
    &["ctrl", "get", "id", "65536"],
    &["ctrl", "get", "id", "-1"],
    &["ctrl", "get", "id", "16x"],
    &["ctrl", "get", "id", ""],
    &["ctrl", "get", "id"],
    &["ctrl", "policy"],
    &["ctrl", "policy", "name"],
    &["ctrl", "policy", "name", "nlctrl"],
    &["ctrl", "p", "name", "ethtool"],
    &["ctrl", "policy", "name", "netdev"],
    &["ctrl", "policy", "name", "tcp_metrics"],
    &["ctrl", "policy", "name", "mptcp_pm"],
    &["ctrl", "policy", "name", "SEG6"],
    &["ctrl", "policy", "name", "IOAM6"],
    &["ctrl", "policy", "name", "TASKSTATS"],
    &["ctrl", "policy", "id", "16"],
    &["ctrl", "policy", "id", "0"],
    &["ctrl", "policy", "id", "1"],
    &["ctrl", "policy", "id", "abc"],
    &["ctrl", "policy", "name", "wireguard"],
    &["ctrl", "policy", "name", ""],
    &["ctrl", "policy", "foo", "bar"],
    &["ctrl", "policy", "id", "16", "x"],
    &["ctrl", "policy", "name", "nlctrl", "op"],
];

#[test]
fn nlgenl_prints_what_genl_prints() {
    if !nltestns::tool("genl", "nlgenl_prints_what_genl_prints") {
        return;
    }
    let Some(ns) = Netns::new("compat-genl") else {
        return;
    };
    let mut failures = Vec::new();
    for args in LINES {
        let want = run(&ns, "genl", args);
        let got = run(&ns, NLGENL, args);
        if outcome(&want) != outcome(&got) {
            failures.push(format!(
                "{args:?}:\n--- genl (exit {:?})\n{}{}\n--- nlgenl (exit {:?})\n{}{}",
                want.status.code(),
                String::from_utf8_lossy(&want.stdout),
                String::from_utf8_lossy(&want.stderr),
                got.status.code(),
                String::from_utf8_lossy(&got.stdout),
                String::from_utf8_lossy(&got.stderr)
            ));
        }
    }
    println!("compared {} command lines with genl", LINES.len());
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        LINES.len(),
        failures.join("\n")
    );
}

/// `policy ... op OP`, beyond genl 6.1: the policies of one operation, printed as genl
/// prints a policy dump.
#[test]
fn the_policy_of_one_operation() {
    let Some(ns) = Netns::new("compat-genl-op") else {
        return;
    };
    let o = run(
        &ns,
        NLGENL,
        &["ctrl", "policy", "name", "nlctrl", "op", "3"],
    );
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{text}");
    assert!(
        text.starts_with("\tID: 0x10  op 3 policies: do=0 dump=0\n"),
        "{text}"
    );
    assert!(
        text.contains("\tID: 0x10  policy[0]:attr[2]: type=NUL_STRING max len:15\n"),
        "{text}"
    );
    assert!(
        !text.contains("attr[10]"),
        "getpolicy's own policy is left out: {text}"
    );
    let o = run(&ns, NLGENL, &["ctrl", "policy", "id", "0x15", "op", "250"]);
    assert_eq!((o.status.code(), &o.stdout[..]), (Some(0), &b""[..]));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "RTNETLINK answers: No such file or directory\n"
    );
    let o = run(
        &ns,
        NLGENL,
        &["ctrl", "policy", "name", "nlctrl", "of", "3"],
    );
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "Wrong number of params\n"
    );
}

/// The netlink sockets of the namespace that joined nlctrl's group (`Groups` of
/// /proc/net/netlink: protocol 16, group 16 is bit 15).
fn ctrl_listeners(ns: &Netns) -> usize {
    let o = run(ns, "cat", &["/proc/net/netlink"]);
    let text = String::from_utf8_lossy(&o.stdout);
    let joined = |l: &&str| {
        let f: Vec<&str> = l.split_whitespace().collect();
        f.get(1) == Some(&"16")
            && f.get(3).and_then(|g| u32::from_str_radix(g, 16).ok()) == Some(0x8000)
    };
    text.lines().filter(joined).count()
}

/// `ctrl monitor` listens to the controller's group and prints nothing while no family
/// comes or goes (no module can be loaded here), as genl.
#[test]
fn monitor_joins_the_controllers_group() {
    if !nltestns::tool("genl", "monitor_joins_the_controllers_group") {
        return;
    }
    let Some(ns) = Netns::new("compat-genl-mon") else {
        return;
    };
    for program in ["genl", NLGENL] {
        let mut child = Command::new("ip")
            .args(["netns", "exec", ns.name(), program, "ctrl", "monitor"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut seen = 0;
        for _ in 0..50 {
            std::thread::sleep(Duration::from_millis(20));
            seen = ctrl_listeners(&ns);
            if seen > 0 {
                break;
            }
        }
        let _ = child.kill();
        let out = child.wait_with_output().unwrap();
        assert_eq!(seen, 1, "{program} joined nlctrl's group");
        assert!(
            out.stdout.is_empty() && out.stderr.is_empty(),
            "{program}: {out:?}"
        );
    }
}
