//! `nlip mptcp` against ip 6.1: the same command lines in one namespace, stdout, stderr and
//! exit code byte for byte, text and `-j`. A command that changes the path manager runs
//! against the same fresh state for each tool, and the state left is compared too.
//! `monitor`: ip and nlip listen side by side while an MPTCP connection (a Python client
//! and server with `IPPROTO_MPTCP`, over lo, with a signal and a subflow endpoint) comes and
//! goes, and print the same lines.

mod common;

use nlkit::genl::mptcp::{self, Endpoint, EndpointFlags};
use nlkit::genl::Families;
use nlkit::sys::Protocol;
use nltestns::Netns;
use std::process::{Command, Stdio};
use std::time::Duration;

const SETUP: &[&str] = &[
    "link set lo up",
    "link add v0 type veth peer name v1",
    "addr add 10.9.0.1/24 dev lo",
    "addr add 10.9.0.2/24 dev lo",
    "addr add 10.9.0.3/24 dev lo",
    "addr add fd00::1/64 dev lo nodad",
];

/// The endpoints and limits every command starts from.
const STATE: &[&str] = &[
    "mptcp endpoint flush",
    "mptcp limits set subflows 2 add_addr_accepted 0",
    "mptcp endpoint add 10.9.0.1 dev lo id 5 port 1234 signal",
    "mptcp endpoint add 10.9.0.2 subflow backup fullmesh",
    "mptcp endpoint add fd00::1 signal backup dev v0",
];

fn reset(ns: &Netns) {
    for cmd in STATE {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    // A flag ip 6.1 does not know (laminar, Linux 6.18): ip prints it raw.
    let mut conn = ns.conn_of(Protocol::Generic);
    let laminar = Endpoint {
        address: Some("10.9.0.40".parse().unwrap()),
        id: Some(40),
        flags: EndpointFlags::LAMINAR,
        ..Endpoint::default()
    };
    mptcp::add(&mut conn, &Families::new(), &laminar).unwrap();
}

/// Lines that only read.
const SHOW: &[&str] = &[
    "mptcp endpoint",
    "mptcp endpoint show",
    "mptcp e",
    "mptcp endpoint s",
    "-j mptcp endpoint",
    "-j -p mptcp endpoint show",
    "mptcp endpoint show id 5",
    "-j mptcp endpoint show id 5",
    "-j -p mptcp endpoint show id 40",
    "mptcp endpoint show id 40",
    "mptcp endpoint show id 9",
    "-j mptcp endpoint show id 9",
    "-c mptcp endpoint",
    "-c -j mptcp endpoint",
    "-d -s mptcp endpoint",
    "mptcp endpoint show 10.9.0.1",
    "mptcp endpoint show id",
    "mptcp endpoint show id foo",
    "mptcp endpoint show id 5 foo",
    "mptcp endpoint list",
    "mptcp endpoint l",
    "mptcp endpoint help",
    "mptcp endpoint foo",
    "mptcp limits",
    "mptcp limits show",
    "mptcp l",
    "mptcp limits sh",
    "-j mptcp limits",
    "mptcp limits show foo",
    "mptcp limits foo",
    "mptcp",
    "mptcp help",
    "mptcp h",
    "mptcp help foo",
    "mptcp foo",
    "mptcp monitor foo",
    "mptcp endpoint add",
    "mptcp endpoint a",
    "mptcp endpoint add foo",
    "mptcp endpoint add 10.9.0.9 id foo",
    "mptcp endpoint add 10.9.0.9 id 300",
    "mptcp endpoint add 10.9.0.9 id",
    "mptcp endpoint add 10.9.0.9 port foo",
    "mptcp endpoint add 10.9.0.9 port 70000",
    "mptcp endpoint add 10.9.0.9 port",
    "mptcp endpoint add 10.9.0.9 dev nosuch",
    "mptcp endpoint add 10.9.0.9 dev",
    "mptcp endpoint add 10.9.0.9 port 80",
    "mptcp endpoint add 10.9.0.9 subflow port 80",
    "mptcp endpoint add 10.9.0.9 bogus",
    "mptcp endpoint add 10.9.0.9 implicit",
    "mptcp endpoint add 10.9.0.1 id 5",
    "mptcp endpoint add 10.9.0.9 signal fullmesh",
    "mptcp endpoint delete",
    "mptcp endpoint delete 10.9.0.1",
    "mptcp endpoint delete id 9",
    "mptcp endpoint d id 9",
    "mptcp endpoint delete id foo",
    "mptcp endpoint delete id 0",
    "mptcp endpoint delete id 5 10.9.0.1",
    "mptcp endpoint change",
    "mptcp endpoint change id 9 backup",
    "mptcp endpoint c id 9",
    "mptcp endpoint change id 5 signal",
    "mptcp endpoint change id 5 subflow",
    "mptcp endpoint change id 5 port 5",
    "mptcp endpoint change id 5 10.9.0.1 port 5 backup",
    "mptcp endpoint change id 5 nobackup fullmesh",
    "mptcp limits set subflows",
    "mptcp limits set subflows foo",
    "mptcp limits set subflows -1",
    "mptcp limits set foo 1",
    "mptcp limits set subflows 99",
    "mptcp limits set add_addr_accepted 9",
];

/// Lines that change the path manager: each tool gets the same fresh state.
const CHANGE: &[&str] = &[
    "mptcp endpoint add 10.9.0.3",
    "mptcp endpoint add 10.9.0.1",
    "mptcp endpoint add 10.9.0.3 id 9 dev v0 subflow",
    "mptcp endpoint add 10.9.0.3 id 0",
    "mptcp endpoint add 10.9.0.3 signal port 0",
    "mptcp endpoint add 10.9.0.3 signal port 1 port 2 fullmesh",
    "mptcp endpoint add 10.9.0.3 10.9.0.4 nobackup",
    "mptcp endpoint add fd00::3 signal backup",
    "mptcp endpoint add 10.9.0.3 id 8 id 9",
    "mptcp endpoint delete id 5",
    "mptcp endpoint de id 40",
    "mptcp endpoint delete id 0 10.9.0.2",
    "mptcp endpoint change id 5 backup",
    "mptcp endpoint ch id 6 nobackup",
    "mptcp endpoint change 10.9.0.2 nobackup nofullmesh",
    "mptcp endpoint change id 7",
    "mptcp endpoint flush",
    "mptcp endpoint f foo",
    "mptcp limits set subflows 3 add_addr_accepted 4",
    "mptcp limits set subflows 1 subflows 2",
    "mptcp limits set add_addr_accepted 0x3",
    "mptcp limits set",
    "mptcp limits s",
];

type Run = (Option<i32>, String, String);

fn differ(args: &str, want: &Run, got: &Run) -> String {
    format!(
        "{args}:\n--- ip (exit {:?})\n{}{}\n--- nlip (exit {:?})\n{}{}",
        want.0, want.1, want.2, got.0, got.1, got.2
    )
}

fn state(ns: &Netns) -> String {
    let (_, e, _) = common::run_text("ip", ns.name(), "mptcp endpoint");
    let (_, l, _) = common::run_text("ip", ns.name(), "mptcp limits");
    e + &l
}

#[test]
fn mptcp_matches_ip() {
    let Some(ns) = Netns::new("compat-mptcp") else {
        return;
    };
    for cmd in SETUP {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    reset(&ns);
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let mut failures = Vec::new();
    for args in SHOW {
        let want = common::run_text("ip", ns.name(), args);
        let got = common::run_text(nlip, ns.name(), args);
        if want != got {
            failures.push(differ(args, &want, &got));
        }
        reset(&ns);
    }
    for args in CHANGE {
        let mut results = Vec::new();
        for program in ["ip", nlip] {
            reset(&ns);
            let r = common::run_text(program, ns.name(), args);
            results.push((r, state(&ns)));
        }
        if results[0] != results[1] {
            let (want, got) = (&results[0], &results[1]);
            failures.push(differ(args, &want.0, &got.0));
            failures.push(format!("state after it: ip\n{}nlip\n{}", want.1, got.1));
        }
    }
    // The same objects in a batch (a failing line stops it; -force goes on).
    let batch = std::env::temp_dir().join(format!("{}.batch", ns.name()));
    let lines = "mptcp endpoint\nmptcp limits\nmptcp foo\nmptcp endpoint show id 5\n\
                 tcp_metrics show 1.2.3.4\nmptcp endpoint show id 9\nmptcp limits show\n";
    std::fs::write(&batch, lines).unwrap();
    let batches = [
        format!("-batch {}", batch.display()),
        format!("-force -batch {}", batch.display()),
    ];
    for args in &batches {
        reset(&ns);
        let want = common::run_text("ip", ns.name(), args);
        let got = common::run_text(nlip, ns.name(), args);
        if want != got {
            failures.push(differ(args, &want, &got));
        }
    }
    let _ = std::fs::remove_file(&batch);
    let total = SHOW.len() + CHANGE.len() + batches.len();
    println!("compared {total} command lines with ip");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// An MPTCP connection over lo to 10.9.0.1 (a signal endpoint 10.9.0.2 and a subflow
/// endpoint 10.9.0.3 make subflows, announcements and removals), closed after a moment.
const CONNECT: &str = r#"
import socket, time
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 262)
srv.bind(("0.0.0.0", 6000)); srv.listen(4)
c = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 262)
c.connect(("10.9.0.1", 6000))
s, _ = srv.accept()
c.sendall(b"x"); s.recv(1); s.sendall(b"y"); c.recv(1)
time.sleep(0.5)
c.close(); s.close(); srv.close()
time.sleep(0.3)
"#;

#[test]
fn mptcp_monitor_matches_ip() {
    if !nltestns::tool("python3", "compat-mptcp-mon") {
        return;
    }
    let Some(ns) = Netns::new("compat-mptcp-mon") else {
        return;
    };
    for cmd in SETUP.iter().chain([
        &"mptcp limits set subflows 4 add_addr_accepted 4",
        &"mptcp endpoint add 10.9.0.2 signal",
    ]) {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let spawn = |program: &str| {
        Command::new(program)
            .args(["-n", ns.name(), "mptcp", "monitor"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (mut ip, mut ours) = (spawn("ip"), spawn(nlip));
    std::thread::sleep(Duration::from_millis(500));
    let out = Command::new("ip")
        .args(["netns", "exec", ns.name(), "python3", "-c", CONNECT])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::thread::sleep(Duration::from_millis(300));
    let mut texts = Vec::new();
    for child in [&mut ip, &mut ours] {
        child.kill().unwrap();
        let o = std::mem::replace(child, Command::new("true").spawn().unwrap());
        let o = o.wait_with_output().unwrap();
        texts.push((
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        ));
    }
    let _ = ip.wait();
    let _ = ours.wait();
    assert!(texts[0].0.contains("CREATED"), "{}", texts[0].0);
    assert!(texts[0].0.contains("SF_ESTABLISHED"), "{}", texts[0].0);
    assert_eq!(texts[0], texts[1]);
    println!("compared 1 command line (monitor) with ip");
}
