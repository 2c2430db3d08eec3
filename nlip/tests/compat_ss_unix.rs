//! `nlss` against ss 6.1 on unix, packet and netlink sockets (and the vsock, TIPC and
//! XDP tables, which this kernel cannot dump): one namespace holding unix stream,
//! datagram and seqpacket sockets (named, abstract, unnamed, connected pairs, a listener
//! with a pending connection, queued data, a shut-down side), packet sockets (raw and
//! dgram, bound to lo, unbound, with a fanout group, a ring and a BPF filter) and netlink
//! sockets, all held open by a Python process (`data/ss_unix_hold.py`) while each command
//! line runs with `ss -N NS ...` and `nlss -N NS ...`; stdout, stderr and the exit code
//! are compared byte for byte after [`mask`].
//!
//! nlss runs through a link named `ss`, so that its own sock_diag socket in the netlink
//! table reads `tcpdiag:ss/PID` as ss's does (the kernel names a process after the file it
//! runs). The two runs' pids differ, and so does where the kernel's hash table puts that
//! socket: [`mask`] handles both.

mod common;

use common::holder::Holder;
use nltestns::Netns;
use std::process::{Command, Stdio};

/// The one mask: the pid of the tool that ran (its own netlink socket's port, `ss/PID`
/// or with `-n` `4:PID`) becomes as many `#`, and the line that holds it moves to the
/// end (its place in the dump follows the hash of the pid). Nothing else ticks.
fn mask(text: &str, pid: u32) -> String {
    let pid = pid.to_string();
    let hidden = "#".repeat(pid.len());
    let mut lines = Vec::new();
    let mut own = Vec::new();
    for line in text.lines() {
        let mut masked = line.to_owned();
        for lead in [":", "/"] {
            for end in [" ", "\t"] {
                masked = masked.replace(
                    &format!("{lead}{pid}{end}"),
                    &format!("{lead}{hidden}{end}"),
                );
            }
            if masked.ends_with(&format!("{lead}{pid}")) {
                masked.truncate(masked.len() - pid.len());
                masked.push_str(&hidden);
            }
        }
        if masked == line {
            lines.push(masked);
        } else {
            own.push(masked);
        }
    }
    lines.extend(own);
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// What one run printed: exit code, stdout and stderr (masked).
type Run = (Option<i32>, String, String);

fn run(program: &str, ns: &str, args: &str) -> Run {
    let child = Command::new(program)
        .arg("-N")
        .arg(ns)
        .args(args.split_whitespace())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    let pid = child.id();
    let o = child.wait_with_output().expect("the tool's output");
    (
        o.status.code(),
        mask(&String::from_utf8_lossy(&o.stdout), pid),
        mask(&String::from_utf8_lossy(&o.stderr), pid),
    )
}

/// The command lines compared.
const LINES: &[&str] = &[
    // unix
    "-x",
    "-xa",
    "-xl",
    "--unix",
    "-xn",
    "-f unix",
    "-f unix -a",
    "-A unix_stream,unix_dgram,unix_seqpacket",
    "-A unix_dgram -a",
    "-A u_seq,u_str",
    "-xae",
    "-xam",
    "-xap",
    "-xaO",
    "-xaH",
    "-xaeO",
    "-xaemp",
    "-xa state listening",
    "-xa state connected",
    "-x state established",
    "-xa exclude listening",
    "-xa state all",
    // packet
    "-0",
    "-0a",
    "-0an",
    "-0ae",
    "-0aen",
    "-0am",
    "-0ap",
    "-0b",
    "-0aeO",
    "-0aemb",
    "--packet",
    "-f link",
    "-A packet_raw",
    "-a -A packet_dgram",
    "-0 state listening",
    // netlink
    "-A netlink",
    "-f netlink",
    "-a -A netlink",
    "-an -A netlink",
    "-ae -A netlink",
    "-am -A netlink",
    "-aO -A netlink",
    "-a -f netlink -e",
    "-Aa netlink",
    // vsock, TIPC, XDP: not on this kernel
    "--xdp",
    "--vsock",
    "--tipc",
    "-A tipc",
    "-f vsock",
    "-f tipc",
    "-f xdp",
    "-a --vsock",
    "-A xdp -a",
    "--xdp -ae",
    // mixed
    "-a",
    "-an",
    "-aO",
    "-ae",
    "-A all -a",
    "-xtuan",
    "-x0a",
    "-x0 -A netlink -a",
    "-xtu",
    "-tuxa0",
    "-a -A inet,unix",
    "-ae -A all",
];

#[test]
fn unix_packet_netlink_sockets_as_ss_prints_them() {
    if !nltestns::tool("ss", "compat_ss_unix") || !nltestns::tool("python3", "compat_ss_unix") {
        return;
    }
    let Some(ns) = Netns::new("ss-unix") else {
        return;
    };
    ns.ip_ok(&["link", "set", "lo", "up"]);
    let holder = Holder::with_dir(&ns, "ss_unix_hold.py", "nlk-ss-unix");
    // nlss as `ss` (see the module docs).
    let link = holder.dir().join("ss");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_nlss"), &link).expect("a link to nlss");
    let nlss = link.to_string_lossy().into_owned();
    let mut failures = Vec::new();
    for args in LINES {
        let mut want = run("ss", ns.name(), args);
        let mut got = run(&nlss, ns.name(), args);
        // The two pids can differ in length (9999 and 10000), which widens a column: a
        // real difference differs every time.
        for _ in 0..2 {
            if want == got {
                break;
            }
            want = run("ss", ns.name(), args);
            got = run(&nlss, ns.name(), args);
        }
        if want != got {
            failures.push(format!(
                "{args}:\n--- ss (exit {:?})\n{}{}--- nlss (exit {:?})\n{}{}",
                want.0, want.1, want.2, got.0, got.1, got.2
            ));
        }
    }
    println!("compared {} command lines with ss", LINES.len());
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        LINES.len(),
        failures.join("\n")
    );
}

#[test]
fn the_mask_hides_the_tool_and_moves_its_line() {
    let text = "h\nnl tcpdiag:ss/123 *\nnl rtnl:kernel *\nnl 4:123 *\nu_str * 1234 * 0\n";
    assert_eq!(
        mask(text, 123),
        "h\nnl rtnl:kernel *\nu_str * 1234 * 0\nnl tcpdiag:ss/### *\nnl 4:### *\n"
    );
}
