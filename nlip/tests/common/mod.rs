//! The compare loop of the compat tests: state built with `ip` in a fresh namespace, then
//! each command line run with `ip` and with `nlip`, comparing stdout byte for byte, stderr
//! and the exit code.
#![allow(dead_code)]

pub mod holder;
pub mod strace;

use nltestns::Netns;
use std::process::Command;

/// Runs `program -n NS ARGS...`: (exit code, stdout, stderr).
pub fn run(program: &str, ns: &str, args: &str) -> (Option<i32>, Vec<u8>, Vec<u8>) {
    let o = Command::new(program)
        .arg("-n")
        .arg(ns)
        .args(args.split_whitespace())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    (o.status.code(), o.stdout, o.stderr)
}

/// What [`run`] gives: exit code, stdout, stderr.
pub type Run = (Option<i32>, Vec<u8>, Vec<u8>);

/// A [`Run`] for a failure message: the exit code, then stdout and stderr under headers.
pub fn text(r: &Run) -> String {
    format!(
        "exit {:?}\n--- stdout\n{}--- stderr\n{}",
        r.0,
        String::from_utf8_lossy(&r.1),
        String::from_utf8_lossy(&r.2)
    )
}

/// [`run`] with stdout and stderr as text.
pub fn run_text(program: &str, ns: &str, args: &str) -> (Option<i32>, String, String) {
    let (code, out, err) = run(program, ns, args);
    (
        code,
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
    )
}

/// Builds `setup` with ip in a namespace named after `prefix`, then compares every line of
/// `show` between ip and nlip; fails listing each difference. Skips (printing why) without
/// privileges, unless NLKIT_REQUIRE_NETNS=1.
pub fn compare_with_ip(prefix: &str, setup: &[&str], show: &[&str]) {
    let Some(ns) = Netns::new(prefix) else { return };
    for cmd in setup {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    compare_in(&ns, show);
}

/// Compares every line of `show` between ip and nlip in `ns` as it is; fails listing each
/// difference. A line whose outputs differ is run twice more: some print seconds counters
/// (`-s neigh`: used/confirmed/updated) that can tick between the two runs; a real
/// difference differs every time.
pub fn compare_in(ns: &Netns, show: &[&str]) {
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let mut failures = Vec::new();
    for args in show {
        let mut want = run("ip", ns.name(), args);
        let mut got = run(nlip, ns.name(), args);
        for _ in 0..2 {
            if want == got {
                break;
            }
            want = run("ip", ns.name(), args);
            got = run(nlip, ns.name(), args);
        }
        if want != got {
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
    println!("compared {} command lines with ip", show.len());
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        show.len(),
        failures.join("\n")
    );
}
