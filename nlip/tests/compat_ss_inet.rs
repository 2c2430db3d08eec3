//! `nlss` against ss 6.1 on inet sockets: one namespace holding TCP listeners and
//! connections over IPv4 and IPv6 (listening, established with data queued, time-wait,
//! close-wait, fin-wait-2, syn-sent towards an address routed into lo, a listener of uid
//! 65534, one bound to a device, one v6only, a connection with a mark), UDP sockets bound,
//! connected and bound to a device, a raw ICMP socket and MPTCP, all held open by a
//! Python process (`data/ss_inet_hold.py`) while each command line runs with
//! `ss -N NS ...` and `nlss -N NS ...`; stdout, stderr and the exit code are compared
//! byte for byte after [`mask`] (the fields that tick between two runs).

mod common;

use common::holder::Holder;
use nltestns::Netns;
use std::process::Command;

/// The fields whose numbers tick between two runs: the timer's time and retransmissions,
/// and these `tcp_info` fields (`NAME:VALUE`, or `NAME VALUE` for the rates).
const TICKING: &[&str] = &[
    "rto:",
    "rtt:",
    "ato:",
    "backoff:",
    "lastsnd:",
    "lastrcv:",
    "lastack:",
    "minrtt:",
    "rcv_rtt:",
    "busy:",
    "retrans:",
    "segs_out:",
    "bytes_retrans:",
    "bw:",
    "mrtt:",
    "pacing_gain:",
    "cwnd_gain:",
    "send ",
    "pacing_rate ",
    "delivery_rate ",
];

/// Replaces the values of the [`TICKING`] fields and of `timer:(NAME,TIME,RETRANS)` by
/// `#`, and drops the spaces at the ends of lines (the details column is padded to its
/// longest text, whose length the values change).
fn mask(text: &str) -> String {
    let value = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '+');
    let mut out = String::new();
    for line in text.lines() {
        let mut rest = line;
        let mut masked = String::new();
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix("timer:(") {
                let name_end = after.find(',').unwrap_or(after.len());
                masked.push_str("timer:(");
                masked.push_str(&after[..name_end]);
                masked.push_str(",#,#");
                let close = after.find(')').unwrap_or(after.len());
                rest = &after[close..];
                continue;
            }
            let at_word = masked.is_empty() || masked.ends_with([' ', '(', ',', '\t']);
            if let Some(field) = TICKING.iter().find(|f| at_word && rest.starts_with(**f)) {
                masked.push_str(field);
                let after = &rest[field.len()..];
                let end = after.find(|c: char| !value(c)).unwrap_or(after.len());
                masked.push('#');
                rest = &after[end..];
                continue;
            }
            let c = rest.chars().next().unwrap_or(' ');
            masked.push(c);
            rest = &rest[c.len_utf8()..];
        }
        out.push_str(masked.trim_end());
        out.push('\n');
    }
    out
}

/// What one run printed: exit code, stdout and stderr (masked).
type Run = (Option<i32>, String, String);

/// True when `args` print values that tick: `-o`, `-e` (which implies `-o`) or `-i`.
fn ticks(args: &str) -> bool {
    args.split_whitespace()
        .filter(|w| w.starts_with('-') && !w.starts_with("--"))
        .any(|w| w.contains(['o', 'e', 'i']))
}

/// Runs `program -N NS ARGS`; the output is masked (see [`mask`]) when the options print
/// values that tick, and compared as it is otherwise (trailing spaces included: the
/// details column is padded to the widths ss counts).
fn run(program: &str, ns: &str, args: &str) -> Run {
    let o = Command::new(program)
        .arg("-N")
        .arg(ns)
        .args(args.split_whitespace())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    let text = |b: &[u8]| {
        let t = String::from_utf8_lossy(b).into_owned();
        if ticks(args) {
            mask(&t)
        } else {
            t
        }
    };
    (o.status.code(), text(&o.stdout), text(&o.stderr))
}

/// The command lines compared (options of ss 6.1 over inet tables).
const LINES: &[&str] = &[
    "-tan",
    "-uan",
    "-wan",
    "-tln",
    "-tuan",
    "-ta",
    "-t",
    "-u",
    "-w",
    "-tl",
    "-ul",
    "-4tan",
    "-6tan",
    "-4tuwa",
    "-6tuwan",
    "-f inet -tan",
    "-f inet6 -uan",
    "-Htan",
    "-tuwan",
    "-tuwa",
    "-tan state established",
    "-tan state listening",
    "-ta exclude listening",
    "-tan state time-wait",
    "-tn state connected",
    "-tan state syn-sent state close-wait",
    "-tan exclude established exclude time-wait",
    "-Mtan",
    "-Man",
    "-dtan",
    "-Stan",
    "-tane",
    "-tano",
    "-tanm",
    "-tani",
    "-tanei",
    "-tanoi",
    "-tinO",
    "-tanoeim",
    "-tuwanem",
    "-uanem",
    "-uani",
    "-wanei",
    "-wanm",
    "-tan --tos",
    "-tan --cgroup",
    "-tuwaneO",
    "-Mtanie",
    "-Mtanm",
    "-Mtaneoi",
    "-tlnp",
    "-tanp",
    "-uanp",
    "-tanep",
    "-tuwanpO",
    "-tlnO",
    "-tanHO",
    "-tanmiO",
    "-tanoiO",
    "-tanr",
    "-tuwar",
    "-6tr",
    "-tlnr",
    "-tan --inet-sockopt",
    "-uan --inet-sockopt -O",
    "-tanie --inet-sockopt",
    "-tanT",
    "-uanpT",
    "-A inet -an",
    "-A tcp,udp -n",
    "-A raw,mptcp -a",
    "-46tan",
    "-64tan",
    "-tan state bucket",
    "-tan state big",
    "-to state time-wait",
    "-tm",
    "-ti",
    "-ten",
    "-tuwan --tos -e",
    "-tanOH --tos -ie",
    "-tan state syn-recv",
    "-tnoemi state syn-recv",
    "-Mlnp",
    "-Mlnm",
    "-HMlnp",
];

#[test]
fn inet_sockets_as_ss_prints_them() {
    if !nltestns::tool("ss", "compat_ss_inet") || !nltestns::tool("python3", "compat_ss_inet") {
        return;
    }
    let Some(ns) = Netns::new("ss-inet") else {
        return;
    };
    for cmd in [
        "link set lo up",
        "addr add 10.1.0.1/24 dev lo",
        "route add 10.99.0.0/24 dev lo",
    ] {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let _holder = Holder::start(&ns, "ss_inet_hold.py", &[]);
    let nlss = env!("CARGO_BIN_EXE_nlss");
    let mut failures = Vec::new();
    for args in LINES {
        let mut want = run("ss", ns.name(), args);
        let mut got = run(nlss, ns.name(), args);
        // A socket can change between the two runs (a syn-sent retransmission adds a
        // field); a real difference differs every time.
        for _ in 0..2 {
            if want == got {
                break;
            }
            want = run("ss", ns.name(), args);
            got = run(nlss, ns.name(), args);
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

/// `-K` lines, run in order against one fresh set of sockets per tool, then what is left
/// (listed by ss in both cases). They name sockets whose ports are fixed; the two
/// namespaces' hash tables order them differently, so the lines are compared sorted.
/// (`-K -tln` is left out: ss stops at the MPTCP subflow's listener, which the kernel
/// refuses to close, wherever the hash puts it.)
const KILL_LINES: &[&str] = &["-K -6tln", "-K -uln", "-K -wan", "-K -Mln"];

/// Runs [`KILL_LINES`] with `program` in a namespace of its own; the outputs, and what
/// `ss -tuwMan state listening state close` shows afterwards.
fn kills(program: &str) -> Option<Vec<Run>> {
    let ns = Netns::new("ss-kill")?;
    for cmd in [
        "link set lo up",
        "addr add 10.1.0.1/24 dev lo",
        "route add 10.99.0.0/24 dev lo",
    ] {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let _holder = Holder::start(&ns, "ss_inet_hold.py", &[]);
    let mut runs: Vec<Run> = KILL_LINES
        .iter()
        .map(|a| run(program, ns.name(), a))
        .collect();
    runs.push(run("ss", ns.name(), "-tuwMan state listening state close"));
    for r in &mut runs {
        let mut lines: Vec<&str> = r.1.lines().collect();
        lines.sort_unstable();
        r.1 = lines.join("\n");
    }
    Some(runs)
}

#[test]
fn kill_as_ss_does() {
    if !nltestns::tool("ss", "compat_ss_inet") || !nltestns::tool("python3", "compat_ss_inet") {
        return;
    }
    let Some(want) = kills("ss") else { return };
    let Some(got) = kills(env!("CARGO_BIN_EXE_nlss")) else {
        return;
    };
    for (i, (w, g)) in want.iter().zip(&got).enumerate() {
        let args = KILL_LINES.get(i).copied().unwrap_or("(what is left)");
        assert_eq!(w, g, "{args}: ss, then nlss");
    }
}

/// Runs `program ARGS` inside `ns` with `ip netns exec` (whose own mount namespace gets a
/// cgroup2 mount at `cgroup2`, gone when the program ends).
fn run_with_cgroup2(program: &str, ns: &str, cgroup2: &str, args: &str) -> Run {
    let script = format!("mount -t cgroup2 none {cgroup2} && exec {program} {args}");
    let o = Command::new("ip")
        .args(["netns", "exec", ns, "sh", "-c", &script])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    (
        o.status.code(),
        mask(&String::from_utf8_lossy(&o.stdout)),
        mask(&String::from_utf8_lossy(&o.stderr)),
    )
}

#[test]
fn cgroup_paths_with_a_cgroup2_mount() {
    if !nltestns::tool("ss", "compat_ss_inet") || !nltestns::tool("python3", "compat_ss_inet") {
        return;
    }
    let Some(ns) = Netns::new("ss-cgroup") else {
        return;
    };
    ns.ip_ok(&["link", "set", "lo", "up"]);
    ns.ip_ok(&["route", "add", "10.99.0.0/24", "dev", "lo"]);
    let _holder = Holder::start(&ns, "ss_inet_hold.py", &[]);
    let dir = std::env::temp_dir().join(format!("nlss-cgroup2-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a mount point");
    let dir_text = dir.to_string_lossy().into_owned();
    let nlss = env!("CARGO_BIN_EXE_nlss");
    let mut failures = Vec::new();
    for args in ["-tlne", "-tln --cgroup", "-uane", "-tanei"] {
        let want = run_with_cgroup2("ss", ns.name(), &dir_text, args);
        let got = run_with_cgroup2(nlss, ns.name(), &dir_text, args);
        if want != got {
            failures.push(format!("{args}:\n--- ss\n{want:?}\n--- nlss\n{got:?}"));
        }
    }
    let _ = std::fs::remove_dir(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// 76,000 UDP sockets: more than ss's five 1 MiB chunks of cells, so both tools print in
/// batches laid out with the widths seen so far (a process holds at most 19,000 here).
#[test]
fn many_sockets_in_batches() {
    if !nltestns::tool("ss", "compat_ss_inet") || !nltestns::tool("python3", "compat_ss_inet") {
        return;
    }
    let Some(ns) = Netns::new("ss-many") else {
        return;
    };
    ns.ip_ok(&["link", "set", "lo", "up"]);
    let holders: Vec<Holder> = (0..4)
        .map(|i| {
            let first = (i * 19_000).to_string();
            Holder::start(&ns, "ss_inet_hold.py", &["udp", &first, "19000"])
        })
        .collect();
    let nlss = env!("CARGO_BIN_EXE_nlss");
    for args in ["-uan", "-uane", "-ua -O -e"] {
        let want = run("ss", ns.name(), args);
        let got = run(nlss, ns.name(), args);
        assert!(
            want.1.lines().count() > 76_000,
            "{args}: the sockets are there"
        );
        assert!(want == got, "{args}: ss and nlss differ");
    }
    drop(holders);
}

#[test]
fn masking() {
    let line = "ESTAB 0 0 a:1 b:2 timer:(keepalive,119min,0) ino:5\n\t ts bbr rto:204 \
                rtt:0.034/0.019 send 91.4Gbps lastsnd:848 bbr:(bw:47.1Gbps,mrtt:0.006) \
                minrtt:0.006 snd_wnd:70656    \n";
    assert_eq!(
        mask(line),
        "ESTAB 0 0 a:1 b:2 timer:(keepalive,#,#) ino:5\n\t ts bbr rto:# rtt:# send # \
         lastsnd:# bbr:(bw:#,mrtt:#) minrtt:# snd_wnd:70656\n"
    );
}
