//! `-batch` and `-force` against ip: the same batch file through `ip` in one fresh namespace
//! and `nlip` in another; stdout, stderr, exit code and the resulting routes, addresses and
//! neighbours must match.

use nltestns::Netns;
use std::process::Command;

const SETUP: &[&str] = &[
    "link set lo up",
    "link add v0 type veth peer name v1",
    "link set v0 up",
    "addr add 10.0.0.1/24 dev v0",
];

/// (global options, batch lines)
const CASES: &[(&str, &[&str])] = &[
    (
        "",
        &[
            "route add 10.80.0.0/24 dev v0",
            "# c",
            "",
            "route add 10.80.0.0/24 dev v0",
            "route add 10.81.0.0/24 dev v0",
        ],
    ),
    (
        "-force",
        &[
            "route add 10.80.0.0/24 dev v0",
            "# c",
            "",
            "route add 10.80.0.0/24 dev v0",
            "route add 10.81.0.0/24 dev v0",
        ],
    ),
    (
        "-force",
        &[
            "route add 10.82.0.0/24 dev nosuch",
            "route show 10.0.0.0/24",
            "route add 10.83.0.0/24 via 10.9.9.9",
            "route add 10.84.0.0/24 dev v0",
            "route show",
        ],
    ),
    (
        "-force",
        &["route add foo", "route add 10.85.0.0/24 dev v0"],
    ),
    (
        "-force",
        &[
            "route add 10.86.0.0/24 dev v0",
            "route add 10.86.0.0/24 via 10.0.0.2 metric zz",
            "route add 10.87.0.0/24 dev v0",
        ],
    ),
    ("", &["route show", "route frob", "route show"]),
    ("-force", &["foo", "route add 10.88.0.0/24 dev v0"]),
    ("", &["route get 10.3.0.1", "route add 10.89.0.0/24 dev v0"]),
    (
        "-force",
        &[
            "route add 10.90.0.0/24 \\",
            "  dev v0",
            "route show 10.90.0.0/24",
        ],
    ),
    (
        "-force",
        &[
            "route add 10.91.0.0/24 dev v0",
            "route del 10.91.0.0/24",
            "route del 10.91.0.0/24",
            "route add \"10.92.0.0/24\" dev v0  # trailing comment",
        ],
    ),
    // Address and neighbour changes (pipelined with -force), mixed with routes that depend
    // on them, with failures of the kernel and of parsing.
    (
        "-force",
        &[
            "addr add 10.0.1.1/24 dev v0",
            "route add 10.93.0.0/24 via 10.0.1.2",
            "addr add 10.0.1.1/24 dev v0",
            "addr add 10.0.2.1/24 dev nosuch",
            "addr add 10.0.3.1/24 brd + dev v0 label v0:x",
            "addr del 10.0.9.9/24 dev v0",
            "addr add 2001:db8:5::1/64 dev v0 nodad",
            "addr change 10.0.3.1/24 dev v0 valid_lft 100 preferred_lft 50",
            "addr replace 10.0.4.1/24 dev v0",
            "addr add 10.0.5.1/24 dev v0 valid_lft 10 preferred_lft 20",
            "addr add 10.0.1.300/24 dev v0",
            "addr del 10.0.1.1/24 dev v0",
            "route add 10.94.0.0/24 via 10.0.4.2",
            "addr show dev v0 scope global",
            "addr add 10.0.6.1/24 dev v0",
            "addr add 10.0.6.1/24 dev v0",
        ],
    ),
    // A neighbour's kernel error ends the batch (exit 2, no "Command failed"), even with
    // -force; its parse errors do not.
    (
        "-force",
        &[
            "neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v0",
            "neigh replace 10.0.0.6 lladdr 02:00:00:00:00:06 dev v0 nud reachable",
            "neigh add 10.0.0.8 lladdr zz dev v0",
            "neigh add proxy 10.0.0.9 dev v0",
            "neigh del 10.0.0.5 dev v0",
            "neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v0",
            "addr add 10.0.7.1/24 dev v0",
            "neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v0",
            "route add 10.95.0.0/24 dev v0",
        ],
    ),
    (
        "-force",
        &[
            "neigh change 10.0.0.7 lladdr 02:00:00:00:00:07 dev v0",
            "route add 10.95.0.0/24 dev v0",
        ],
    ),
    (
        "",
        &[
            "neigh del 10.0.0.77 dev v0",
            "route add 10.95.0.0/24 dev v0",
        ],
    ),
    // Rules and nexthops (pipelined with -force), with routes that use them.
    (
        "-force",
        &[
            "rule add from 10.1.0.0/16 table 100 pref 100",
            "rule add from 10.1.0.0/16 table 100 pref 100",
            "rule add to 10.2.0.0/16 lookup main pref 101",
            "rule del pref 555",
            "rule add fwmark 0x10/0xff table 200",
            "rule add iif lo oif v0 table 300 pref 300",
            "rule add from 10.3.0.0/33 table 100",
            "rule del pref 101",
            "nexthop add id 1 via 10.0.0.2 dev v0",
            "nexthop add id 1 via 10.0.0.2 dev v0",
            "nexthop add id 2 via 10.0.0.3 dev v0",
            "nexthop add id 10 group 1/2",
            "nexthop add id 11 group 1/99",
            "nexthop add id 3 via 10.9.9.9 dev v0",
            "route add 10.96.0.0/24 nhid 10",
            "nexthop replace id 2 via 10.0.0.4 dev v0",
            "nexthop del id 77",
            "nexthop add id 4 blackhole",
            "nexthop del id 4",
            "nexthop add id 5 via 10.0.0.5 dev nosuch",
            "route add 10.97.0.0/24 nhid 1",
            "rule show",
        ],
    ),
    (
        "",
        &[
            "rule add from 10.1.0.0/16 table 100 pref 100",
            "nexthop add id 1 via 10.0.0.2 dev v0",
            "rule add from 10.1.0.0/16 table 100 pref 100",
            "nexthop add id 2 via 10.0.0.3 dev v0",
        ],
    ),
    (
        "",
        &[
            "addr add 10.0.1.1/24 dev v0",
            "neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v0",
            "addr add 10.0.1.1/24 dev v0",
            "neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev v0",
        ],
    ),
    (
        "-force",
        &[
            "neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v0",
            "addr add 10.0.1.300/24 dev v0",
            "neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev v0",
        ],
    ),
    // After a `link show`, ip's address listing prints `mode` and the alias (its do_link
    // stays set), and `-echo` of a new link goes through the last listing's filter.
    (
        "",
        &[
            "link set lo alias loop",
            "address show dev lo",
            "link show dev lo",
            "address show scope host up",
        ],
    ),
    (
        "-echo",
        &[
            "link add e0 address 02:00:00:00:00:90 type ifb",
            "link show dev lo",
            "link add e1 address 02:00:00:00:00:91 type ifb",
        ],
    ),
    // A bad on/off value is a failed command, not an exit.
    (
        "-force",
        &[
            "link set dev v0 dynamic v0",
            "link set dev v0 multicast maybe",
            "rule show",
        ],
    ),
    // `-j rule flush` prints an empty array.
    ("-j", &["rule flush", "rule show uidrange 0-0"]),
    // NAT rules print `masquerade`.
    (
        "",
        &[
            "rule add pref 99 to 10.0.0.0/24 nat 1.2.3.4 table main",
            "rule show",
        ],
    ),
];

/// The state a batch leaves: routes, IPv4 and global IPv6 addresses, neighbours, rules and
/// nexthops (without what differs between two namespaces: MAC and link-local addresses).
fn state(ns: &Netns) -> String {
    [
        &["-j", "route", "show", "table", "all"][..],
        &["-br", "-4", "addr", "show"],
        &["-br", "-6", "addr", "show", "scope", "global"],
        &["-j", "neigh", "show"],
        &["-j", "neigh", "show", "proxy"],
        &["-j", "rule", "show"],
        &["-j", "nexthop", "show"],
    ]
    .iter()
    .map(|args| sorted(&ns.ip_ok(args)))
    .collect::<Vec<_>>()
    .join("\n")
}

/// A JSON array with its elements in a fixed order (neighbours are dumped in hash order,
/// which differs between namespaces); other text as it is.
fn sorted(text: &str) -> String {
    match serde_json::from_str::<Vec<serde_json::Value>>(text) {
        Ok(items) => {
            let mut items: Vec<String> = items.iter().map(|v| v.to_string()).collect();
            items.sort();
            items.join("\n")
        }
        Err(_) => text.to_string(),
    }
}

fn run(program: &str, ns: &Netns, opts: &str, file: &str) -> (Option<i32>, String, String, String) {
    let o = Command::new(program)
        .args(["-n", ns.name()])
        .args(opts.split_whitespace())
        .args(["-batch", file])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    let state = state(ns);
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (o.status.code(), text(&o.stdout), text(&o.stderr), state)
}

#[test]
fn batch_matches_ip() {
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let mut failures = Vec::new();
    for (i, (opts, lines)) in CASES.iter().enumerate() {
        let (Some(a), Some(b)) = (Netns::new("batch-ip"), Netns::new("batch-nlip")) else {
            return;
        };
        for ns in [&a, &b] {
            for cmd in SETUP {
                ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
            }
        }
        let file = std::env::temp_dir().join(format!("nlkit-batch-{}-{i}", std::process::id()));
        std::fs::write(&file, lines.join("\n") + "\n").unwrap();
        let f = file.to_string_lossy();
        let want = run("ip", &a, opts, &f);
        let got = run(nlip, &b, opts, &f);
        let _ = std::fs::remove_file(&file);
        if want != got {
            failures.push(format!(
                "case {i} ({opts} {lines:?}):\nip:   {want:?}\nnlip: {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn missing_batch_file() {
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let o = Command::new(nlip)
        .args(["-batch", "/nonexistent/nlkit-batch"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "as ip 6.1");
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "Cannot open file \"/nonexistent/nlkit-batch\" for reading: No such file or directory\n"
    );
}
