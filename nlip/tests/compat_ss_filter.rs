//! `nlss` against ss 6.1 on filter expressions: the sockets of `data/ss_inet_hold.py`
//! (TCP listeners and connections on several ports and addresses over IPv4 and IPv6, UDP,
//! raw, unix sockets of the system's programs none: the namespace's own) with one filter
//! per operator and word form, and bad filters with ss's errors, usage and exit codes;
//! stdout, stderr and the exit code compared byte for byte (`-n`: no timer fields). Then
//! `-K` with a filter, in twin namespaces: only what it matches is gone.

mod common;

use common::holder::Holder;
use nltestns::Netns;
use std::process::{Child, Command, Stdio};

/// Filters that show sockets (or none).
const GOOD: &[&str] = &[
    "-tan dport = :8080",
    "-tan dport != :8080",
    "-tan sport < :1000",
    "-tan sport > :1000",
    "-tan sport <= :80",
    "-tan sport >= :8080",
    "-tan sport eq :22",
    "-tan sport neq :22",
    "-tan sport lt :100",
    "-tan sport gt :100",
    "-tan sport le :80",
    "-tan sport ge :8443",
    "-tan src 127.0.0.1",
    "-tan src 127.0.0.0/8",
    "-tan dst 127.0.0.1:8080",
    "-tan src [::1]",
    "-tan src [::1]:8443",
    "-tan dst ::/0",
    "-tan src inet6:::1",
    "-tan src 10.0.0.0/8",
    "-tan ( sport = :22 or sport = :80 ) and not dst 1.2.3.4",
    "-tan not ( sport = :22 )",
    "-tan ! sport = :22 && dport != :8080",
    "-tan sport = :8080 || dport = :8080",
    "-tan dev lo",
    "-tan dev = lo",
    "-tan dev 1",
    "-tan fwmark = 0x1/0xff",
    "-tan fwmark = 7",
    "-tan autobound",
    "-tan state listening sport = :80",
    "-tan state established dport = :8080",
    "-tan exclude established src 127.0.0.1",
    "-4tan sport = :80",
    "-6tan sport = :22",
    "-tan sport = :http",
    "-uan sport = :domain",
    "-uan dport = :53",
    "-tan cgroup /",
    "-xan src unix:/tmp/*",
    "-xan src @*",
    "-xan autobound",
    "-lntu sport >= :1 and sport <= :9000",
    "-xan src /tmp/*",
    "-xan dst *",
    "-xan not src unix:@*",
    "-tan sport = :8080 -F /dev/null",
];

/// Filters ss refuses (or reads in its own way).
const BAD: &[&str] = &[
    "-tan sport >",
    "-tan sport = :nosuchservice",
    "-tan dport = :99999x",
    "-tan src 300.1.1.1",
    "-tan src 1.2.3.4/33",
    "-tan dst [::1",
    "-tan (",
    "-tan ( sport = :1",
    "-tan )",
    "-tan and",
    "-tan or sport = :1",
    "-tan sport = :1 or",
    "-tan not",
    "-tan dev = nosuchdev",
    "-tan dev",
    "-tan fwmark = zz",
    "-tan fwmark = 1/zz",
    "-tan fwmark",
    "-tan cgroup /nosuchcgroup",
    "-tan state nosuch",
    "-tan state",
    "-tan exclude",
    "-tan exclude bogus",
    "-tan src",
    "-tan dst",
    "-tan sport",
    "-tan dport",
    "-tan src = = 1.2.3.4",
    "-tan autobound = 1",
    "-tan sport = :1 sport",
    "-4tan src ::1",
    "-6tan src 1.2.3.4",
    "-tan src inet:::1",
    "-tan src inet6:1.2.3.4",
    "-tan sport = :ambig",
    "-tan dport < :",
    "-tan dst 1.2.3.4:zz",
    "-tan foo",
    "-tan src 1.2.3.4 )",
    "-tan ! !",
];

/// What one run printed: exit code, stdout and stderr.
type Run = (Option<i32>, String, String);

/// Runs `program -N NS ARGS`.
fn run(program: &str, ns: &str, args: &str) -> Run {
    let o = Command::new(program)
        .arg("-N")
        .arg(ns)
        .args(args.split_whitespace())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (o.status.code(), text(&o.stdout), text(&o.stderr))
}

/// A namespace with the holder's addresses and routes.
fn namespace(prefix: &str) -> Option<Netns> {
    if !nltestns::tool("ss", "compat_ss_filter") || !nltestns::tool("python3", "compat_ss_filter") {
        return None;
    }
    let ns = Netns::new(prefix)?;
    for cmd in [
        "link set lo up",
        "addr add 10.1.0.1/24 dev lo",
        "route add 10.99.0.0/24 dev lo",
    ] {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    Some(ns)
}

/// Compares `lines` run by ss and nlss in `ns` (a line that differs is run twice more:
/// a socket may change between two runs).
fn compare(ns: &Netns, lines: &[&str]) -> Vec<String> {
    let nlss = env!("CARGO_BIN_EXE_nlss");
    let mut failures = Vec::new();
    for args in lines {
        let mut want = run("ss", ns.name(), args);
        let mut got = run(nlss, ns.name(), args);
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
    failures
}

#[test]
fn filters_as_ss_reads_them() {
    let Some(ns) = namespace("ss-filter") else {
        return;
    };
    let _holder = Holder::start(&ns, "ss_inet_hold.py", &[]);
    let mut failures = compare(&ns, GOOD);
    failures.extend(compare(&ns, BAD));
    println!(
        "compared {} filters and {} bad ones with ss",
        GOOD.len(),
        BAD.len()
    );
    assert!(
        failures.is_empty(),
        "{} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `line` with the ports the kernel chose (32768 and above) as `#`: they differ
/// between the twin namespaces.
fn ephemeral_ports(line: &str) -> String {
    let mut out = String::new();
    for (i, part) in line.split(':').enumerate() {
        if i > 0 {
            out.push(':');
        }
        let digits = part.len() - part.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        match part[..digits].parse::<u32>() {
            Ok(p) if p >= 32768 => {
                out.push('#');
                out.push_str(&part[digits..]);
            }
            _ => out.push_str(part),
        }
    }
    out
}

/// Runs `program -K -tan dport = :8080` in a namespace of its own, then lists what is
/// left with ss; both outputs sorted (the two namespaces' hash tables order sockets
/// differently).
fn kill_matching(program: &str) -> Option<(Run, Run)> {
    let ns = namespace("ss-fkill")?;
    let _holder = Holder::start(&ns, "ss_inet_hold.py", &[]);
    let sorted = |mut r: Run| {
        let mut lines: Vec<String> = r.1.lines().map(ephemeral_ports).collect();
        lines.sort_unstable();
        r.1 = lines.join("\n");
        r
    };
    let killed = sorted(run(program, ns.name(), "-K -tan dport = :8080"));
    let left = sorted(run("ss", ns.name(), "-tan"));
    Some((killed, left))
}

#[test]
fn kill_with_a_filter() {
    let Some(want) = kill_matching("ss") else {
        return;
    };
    let Some(got) = kill_matching(env!("CARGO_BIN_EXE_nlss")) else {
        return;
    };
    assert_eq!(want, got, "ss -K, then nlss -K");
    let peer_8080 = |l: &str| {
        l.split_whitespace()
            .nth(4)
            .is_some_and(|p| p.ends_with(":8080"))
    };
    assert!(got.0 .1.lines().any(peer_8080), "nothing was killed");
    assert!(
        !got.1 .1.lines().any(peer_8080),
        "a matching socket is left"
    );
}

/// The messages of a `-D` file: (length, type, flags, payload); the sequence and port
/// of each header are left out (ss's and nlss's sockets differ in both).
fn dump_messages(bytes: &[u8]) -> Vec<(u32, u16, u16, Vec<u8>)> {
    let mut out = Vec::new();
    let mut rest = bytes;
    while rest.len() >= 16 {
        let len = u32::from_ne_bytes(rest[..4].try_into().unwrap());
        let ty = u16::from_ne_bytes(rest[4..6].try_into().unwrap());
        let flags = u16::from_ne_bytes(rest[6..8].try_into().unwrap());
        let end = (len as usize).clamp(16, rest.len());
        out.push((len, ty, flags, rest[16..end].to_vec()));
        rest = &rest[((len as usize + 3) & !3).min(rest.len())..];
    }
    assert!(rest.is_empty(), "a remnant of {} bytes", rest.len());
    out
}

/// Runs `program -N NS ARGS -D FILE` and returns the file's messages.
fn dump_file(program: &str, ns: &str, args: &str) -> Vec<(u32, u16, u16, Vec<u8>)> {
    let path = std::env::temp_dir().join(format!("nlss-D-{}-{}", std::process::id(), args.len()));
    let r = run(program, ns, &format!("{args} -D {}", path.display()));
    assert_eq!(
        r,
        (Some(0), String::new(), String::new()),
        "{program} {args} -D"
    );
    let bytes = std::fs::read(&path).unwrap_or_default();
    let _ = std::fs::remove_file(&path);
    dump_messages(&bytes)
}

#[test]
fn dump_file_as_ss_writes_it() {
    let Some(ns) = namespace("ss-dump") else {
        return;
    };
    let _holder = Holder::start(&ns, "ss_inet_hold.py", &[]);
    let nlss = env!("CARGO_BIN_EXE_nlss");
    // Listeners: nothing ticks, the same bytes (but for each header's sequence and port).
    for args in ["-tl", "-6tl", "-4tlm"] {
        assert_eq!(
            dump_file("ss", ns.name(), args),
            dump_file(nlss, ns.name(), args),
            "{args}"
        );
    }
    // Every TCP socket: the same messages of the same sockets (the timers tick).
    for args in ["-ta", "-tai", "-t"] {
        let id = |m: &Vec<(u32, u16, u16, Vec<u8>)>| -> Vec<(u32, u16, Vec<u8>)> {
            let mut v: Vec<_> = m
                .iter()
                .map(|(l, t, _, p)| (*l, *t, p.get(4..52).unwrap_or(p).to_vec()))
                .collect();
            v.sort();
            v
        };
        let want = dump_file("ss", ns.name(), args);
        let got = dump_file(nlss, ns.name(), args);
        assert_eq!(id(&want), id(&got), "{args}");
    }
    // No TCP table; stdout; a file that cannot be made (nothing, exit 0, as ss does).
    for args in ["-u -D -", "-t -D /nonexistent/dir/file"] {
        assert_eq!(
            run("ss", ns.name(), args),
            run(nlss, ns.name(), args),
            "{args}"
        );
    }
    let raw = |program: &str| {
        let o = Command::new(program)
            .args(["-N", ns.name(), "-tl", "-D", "-"])
            .output()
            .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
        dump_messages(&o.stdout)
    };
    assert_eq!(raw("ss"), raw(nlss), "-tl -D -");
}

/// `-E` lines, each run by ss and nlss at once while the same sockets close.
const EVENT_LINES: &[&str] = &[
    "-E -n",
    "-E -n -t",
    "-E -n -u",
    "-E -n -6",
    "-E -n -t sport = :7001 or sport = :7003",
    "-E -n src [::1]",
    "-E -n -H -4 not sport = :7002",
];

/// Starts `program -N NS ARGS` with its output piped (ss through `stdbuf -o0`: it does
/// not flush its rows itself, and is killed).
fn start(program: &str, ns: &str, args: &str) -> Child {
    let mut c = if program == "ss" {
        let mut c = Command::new("stdbuf");
        c.args(["-o0", "ss"]);
        c
    } else {
        Command::new(program)
    };
    c.args(["-N", ns])
        .args(args.split_whitespace())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"))
}

#[test]
fn events_as_ss_prints_them() {
    let Some(ns) = namespace("ss-events") else {
        return;
    };
    if !nltestns::tool("stdbuf", "compat_ss_filter") {
        return;
    }
    let nlss = env!("CARGO_BIN_EXE_nlss");
    let children: Vec<(Child, Child)> = EVENT_LINES
        .iter()
        .map(|a| (start("ss", ns.name(), a), start(nlss, ns.name(), a)))
        .collect();
    // Time to join the groups; then listeners, a connection and UDP sockets close.
    std::thread::sleep(std::time::Duration::from_millis(800));
    let script = "import socket\n\
        for p in (7001, 7002):\n\
        \x20   s = socket.socket(); s.bind(('127.0.0.1', p)); s.listen(); s.close()\n\
        l = socket.socket(socket.AF_INET6); l.bind(('::1', 7003)); l.listen()\n\
        c = socket.socket(socket.AF_INET6); c.connect(('::1', 7003))\n\
        a = l.accept()[0]; c.close(); a.close(); l.close()\n\
        for fam, addr in ((socket.AF_INET, '127.0.0.1'), (socket.AF_INET6, '::1')):\n\
        \x20   u = socket.socket(fam, socket.SOCK_DGRAM); u.bind((addr, 7004)); u.close()\n";
    let ok = Command::new("ip")
        .args(["netns", "exec", ns.name(), "python3", "-c", script])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "the sockets could not be made");
    std::thread::sleep(std::time::Duration::from_millis(800));
    // The events come in the kernel's order, the same for both; compared sorted anyway
    // (the connection's two ends and time-wait sockets close at about the same time).
    let output = |mut c: Child| {
        let _ = c.kill();
        let o = c.wait_with_output().expect("the child's output");
        let mut lines: Vec<String> = String::from_utf8_lossy(&o.stdout)
            .lines()
            .map(ephemeral_ports)
            .collect();
        lines.sort_unstable();
        (lines, String::from_utf8_lossy(&o.stderr).into_owned())
    };
    // Every child is stopped before anything is compared.
    let outputs: Vec<_> = children
        .into_iter()
        .map(|(ss, ours)| (output(ss), output(ours)))
        .collect();
    for (args, (want, got)) in EVENT_LINES.iter().zip(outputs) {
        assert!(!want.0.is_empty(), "{args}: ss saw nothing");
        assert_eq!(want, got, "{args}: ss, then nlss");
    }
}

#[test]
fn filter_files_as_ss_reads_them() {
    let Some(ns) = namespace("ss-ffile") else {
        return;
    };
    let _holder = Holder::start(&ns, "ss_inet_hold.py", &[]);
    let dir = std::env::temp_dir().join(format!("nlss-F-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    let files = [
        ("one", "sport = :8080\n"),
        (
            "lines",
            "# the listener and its clients\nsport = :8080\nor dport = :8080\n",
        ),
        ("bad", "sport = :8080 and\n"),
        ("escaped", "dport\\ =\\ :8080\n"),
        ("long", &format!("sport = :{}\n", "8".repeat(1100))),
    ];
    let mut lines = Vec::new();
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("a filter file");
        lines.push(format!("-tan -F {}", path.display()));
        lines.push(format!("-tan -F {} dport = :8080", path.display()));
    }
    lines.push(format!("-tan -F {}", dir.join("missing").display()));
    lines.push(format!("-tan -F {0}/one -F {0}/one", dir.display()));
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let failures = compare(&ns, &refs);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        failures.is_empty(),
        "{} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
