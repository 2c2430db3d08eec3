//! `nlip tcp_metrics` against ip 6.1: the same command lines in one namespace whose TCP
//! metrics cache is filled by TCP connections over lo (a Python client and server run with
//! `ip netns exec`; some with TCP Fast Open, some from a second source address), stdout,
//! stderr and exit code byte for byte, text and `-j`, with the entries' ages masked (they
//! tick between two runs). A command that changes the cache runs against the same fresh
//! cache for each tool, and what is left is compared too.

mod common;

use nltestns::Netns;
use std::process::Command;

/// Connections `HOST[,SOURCE][,tfo]` (each made twice with tfo, so that the cookie the
/// first one asked for is cached).
const CONNECT: &str = r#"
import socket, sys, time
for spec in sys.argv[1:]:
    parts = spec.split(",")
    host, src, tfo = parts[0], None, "tfo" in parts
    if len(parts) > 1 and parts[1] != "tfo":
        src = parts[1]
    fam = socket.AF_INET6 if ":" in host else socket.AF_INET
    srv = socket.socket(fam, socket.SOCK_STREAM)
    if tfo:
        srv.setsockopt(socket.IPPROTO_TCP, 23, 5)
    srv.bind((host, 0)); srv.listen(5)
    for _ in range(2 if tfo else 1):
        c = socket.socket(fam, socket.SOCK_STREAM)
        if src:
            c.bind((src, 0))
        if tfo:
            c.setsockopt(socket.IPPROTO_TCP, 30, 1)
        c.connect(srv.getsockname()[:2])
        c.sendall(b"x")
        s, _ = srv.accept(); s.recv(1); s.sendall(b"y"); c.recv(1)
        c.close(); s.close()
        time.sleep(0.05)
    srv.close()
"#;

const HOSTS: &[&str] = &[
    "10.9.0.1",
    "127.0.0.1",
    "fd00::1",
    "::1",
    "10.9.0.2,10.9.0.1",
    "fd00::2,tfo",
    "10.9.0.3,tfo",
];

fn setup(ns: &Netns) {
    for cmd in [
        "link set lo up",
        "addr add 10.9.0.1/24 dev lo",
        "addr add 10.9.0.2/24 dev lo",
        "addr add 10.9.0.3/24 dev lo",
        "addr add fd00::1/64 dev lo nodad",
        "addr add fd00::2/64 dev lo nodad",
    ] {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let sysctl = Command::new("ip")
        .args([
            "netns",
            "exec",
            ns.name(),
            "sysctl",
            "-qw",
            "net.ipv4.tcp_fastopen=3",
        ])
        .status()
        .unwrap();
    assert!(sysctl.success());
}

/// Empties the cache and fills it again with the same connections.
fn refill(ns: &Netns) {
    ns.ip_ok(&["tcp_metrics", "flush", "all"]);
    let out = Command::new("ip")
        .args(["netns", "exec", ns.name(), "python3", "-c", CONNECT])
        .args(HOSTS)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `age 12.345sec` and `"age":12.345` (and Fast Open drop times) masked.
fn mask(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("age") {
        let (head, tail) = rest.split_at(at + 3);
        out.push_str(head);
        let skip = tail
            .bytes()
            .take_while(|b| {
                matches!(b, b' ' | b'"' | b':' | b'.' | b'e' | b'-') || b.is_ascii_digit()
            })
            .count();
        out.push_str(" AGE");
        rest = &tail[skip..];
        if let Some(r) = rest.strip_prefix("sec") {
            rest = r;
        }
    }
    out.push_str(rest);
    out
}

/// [`mask`], and the RTTs too (they differ from one fill of the cache to the next).
fn mask_rtt(text: &str) -> String {
    let mut out = Vec::new();
    for line in mask(text).split_inclusive('\n') {
        let mut words: Vec<&str> = line.split(' ').collect();
        for i in 1..words.len() {
            if matches!(words[i - 1], "rtt" | "rttvar") {
                words[i] = "RTT";
            }
        }
        out.push(words.join(" "));
    }
    out.concat()
}

/// The entries left, masked and sorted.
fn left(ns: &Netns) -> String {
    let (_, out, _) = common::run_text("ip", ns.name(), "tcp_metrics");
    let mut lines: Vec<String> = mask_rtt(&out).lines().map(str::to_owned).collect();
    lines.sort();
    lines.join("\n")
}

type Run = (Option<i32>, String, String);

fn run(program: &str, ns: &Netns, args: &str) -> Run {
    let (code, out, err) = common::run_text(program, ns.name(), args);
    (code, mask(&out), err)
}

fn differ(args: &str, want: &Run, got: &Run) -> String {
    format!(
        "{args}:\n--- ip (exit {:?})\n{}{}\n--- nlip (exit {:?})\n{}{}",
        want.0, want.1, want.2, got.0, got.1, got.2
    )
}

/// Lines that only read the cache.
const SHOW: &[&str] = &[
    "tcp_metrics",
    "tcpmetrics",
    "tcp_metrics show",
    "tcp_metrics list",
    "tcp_metrics lst",
    "tcp_metrics ls",
    "tcp_metrics s",
    "-4 tcp_metrics",
    "-6 tcp_metrics show",
    "-j tcp_metrics",
    "-j -p tcp_metrics",
    "-j -6 tcp_metrics",
    "-s tcp_metrics",
    "-o tcp_metrics",
    "-c tcp_metrics",
    "-c tcp_metrics show 10.9.0.1",
    "-c -j tcp_metrics show 10.9.0.0/24",
    "-br tcp_metrics",
    "-j tcp_metrics show 1.2.3.4",
    "-j -p tcp_metrics show fd00::2",
    "tcp_metrics show 10.9.0.1",
    "-j tcp_metrics show 10.9.0.1",
    "tcp_metrics show address 10.9.0.1",
    "tcp_metrics show fd00::2",
    "tcp_metrics show 10.9.0.3",
    "tcp_metrics show 10.9.0.0/24",
    "-j tcp_metrics show 10.9.0.0/24",
    "tcp_metrics show fd00::/16",
    "tcp_metrics show 0/0",
    "tcp_metrics show ::/0",
    "tcp_metrics show default",
    "tcp_metrics show all",
    "tcp_metrics show 127.0.0.1/8",
    "tcp_metrics show 1.2.3.4",
    "tcp_metrics show 1.2.3.4/32",
    "tcp_metrics show 10.9.0.1 127.0.0.1",
    "tcp_metrics show 10.9.0.1 foo",
    "tcp_metrics show 10.9.0.1 help",
    "tcp_metrics show 10.9.0.1 src",
    "tcp_metrics show 10.9.0.1 src 10.9.0.1",
    "tcp_metrics show 10.9.0.1 address 1.1.1.1",
    "tcp_metrics show src 10.9.0.1",
    "tcp_metrics show source 127.0.0.1",
    "-j tcp_metrics show src 10.9.0.1",
    "tcp_metrics show src 127.0.0.1 src 127.0.0.1",
    "tcp_metrics show src 127.0.0.1 src 10.9.0.1",
    "tcp_metrics show src 127.0.0.1 x src 10.9.0.1",
    "tcp_metrics show src 1.1.1.1 2.2.2.2",
    "tcp_metrics show src 10.9.0.1 x 10.9.0.2",
    "tcp_metrics show src 10.9.0.0/24",
    "tcp_metrics show src foo",
    "tcp_metrics show src",
    "tcp_metrics show src help",
    "tcp_metrics show address",
    "tcp_metrics show address help",
    "tcp_metrics show address foo",
    "tcp_metrics show foo",
    "tcp_metrics show help",
    "-4 tcp_metrics show ::1",
    "-6 tcp_metrics show 10.9.0.1",
    "-6 tcp_metrics show src 127.0.0.1",
    "-0 tcp_metrics",
    "-0 tcp_metrics foo",
    "-f link tcp_metrics",
    "-f mpls tcp_metrics delete 1.1.1.1",
    "tcp_metrics help",
    "tcp_metrics h",
    "tcp_metrics foo",
    "tcp_metrics delete",
    "tcp_metrics d",
    "tcp_metrics delete 1.2.3.4",
    "tcp_metrics delete 10.0.0.0/8",
    "tcp_metrics delete all",
    "tcp_metrics delete foo",
    "tcp_metrics delete src 1.1.1.1",
    "tcp_metrics delete 1.2.3.4 src 1.1.1.1",
    "-4 tcp_metrics delete ::1",
    "tcp_metrics flush foo",
    "tcp_metrics flush 1.1.1.1",
    "tcp_metrics flush src 1.1.1.1",
    "tcp_metrics flush 192.168.0.0/16",
    "-s tcp_metrics flush 192.168.0.0/16",
    "-j tcp_metrics flush 10.0.0.0/8 src 1.1.1.1",
];

/// Lines that change the cache: each tool gets the same fresh cache.
const CHANGE: &[&str] = &[
    "tcp_metrics delete 10.9.0.1",
    "tcp_metrics delete address fd00::2",
    "tcp_metrics delete src 10.9.0.1 x 10.9.0.2",
    "tcp_metrics delete 10.9.0.1 src",
    "tcp_metrics flush",
    "tcp_metrics flush all",
    "tcp_metrics f",
    "tcp_metrics flush 0/0",
    "tcp_metrics flush 10.9.0.0/24",
    "-s tcp_metrics flush 10.9.0.0/24",
    "-s -s tcp_metrics flush 10.0.0.0/8",
    "-4 tcp_metrics flush",
    "-s -6 tcp_metrics flush",
    "-s -s -4 tcp_metrics flush all",
    "tcp_metrics flush ::/0",
    "-j -s tcp_metrics flush ::/1",
    "tcp_metrics flush src 10.9.0.1",
    "tcp_metrics flush 10.9.0.3",
];

#[test]
fn tcp_metrics_matches_ip() {
    if !nltestns::tool("python3", "compat-tcpm") {
        return;
    }
    let Some(ns) = Netns::new("compat-tcpm") else {
        return;
    };
    setup(&ns);
    refill(&ns);
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let mut failures = Vec::new();
    for args in SHOW {
        let want = run("ip", &ns, args);
        let got = run(nlip, &ns, args);
        if want != got {
            failures.push(differ(args, &want, &got));
        }
    }
    for args in CHANGE {
        let mut results = Vec::new();
        for program in ["ip", nlip] {
            refill(&ns);
            let (code, out, err) = common::run_text(program, ns.name(), args);
            results.push(((code, mask_rtt(&out), err), left(&ns)));
        }
        if results[0] != results[1] {
            let (want, got) = (&results[0], &results[1]);
            failures.push(differ(args, &want.0, &got.0));
            failures.push(format!("left after it: ip\n{}\nnlip\n{}", want.1, got.1));
        }
    }
    let total = SHOW.len() + CHANGE.len();
    println!("compared {total} command lines with ip");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
