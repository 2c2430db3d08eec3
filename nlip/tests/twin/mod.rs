//! The compare loop of the compat tests of changes: two fresh namespaces, one for `ip` and
//! one for `nlip`, the same command lines run in each in order (with the same stdin, and
//! without a controlling terminal, so that a secret is read from stdin), comparing exit
//! code, stdout and stderr byte for byte, and after each line the state of the two
//! namespaces (as `ip` shows it, its lines sorted: the kernel lists hash tables in an
//! order of its own per namespace). A line marked as a show is run by both in ip's
//! namespace instead, so that the order is the same.
#![allow(dead_code)]

use nltestns::Netns;
use std::io::Write;
use std::process::{Command, Stdio};

/// One command line: its words and what its stdin holds.
pub struct Line {
    /// The words after `-n NS`.
    pub args: Vec<String>,
    /// Its stdin.
    pub stdin: Vec<u8>,
    /// Run by both in ip's namespace (a show: its order is that namespace's).
    pub same_ns: bool,
}

/// A show: whitespace-separated words, run by both in one namespace.
pub fn show(words: &str) -> Line {
    Line {
        same_ns: true,
        ..line(words)
    }
}

/// A line of whitespace-separated words with an empty stdin.
pub fn line(words: &str) -> Line {
    with_stdin(words, b"")
}

/// A line of whitespace-separated words with `stdin`.
pub fn with_stdin(words: &str, stdin: &[u8]) -> Line {
    Line {
        args: words.split_whitespace().map(str::to_owned).collect(),
        stdin: stdin.to_vec(),
        same_ns: false,
    }
}

/// (exit code, stdout, stderr) of `setsid program -n ns args`, fed `stdin`.
pub fn run(
    program: &str,
    ns: &str,
    args: &[String],
    stdin: &[u8],
) -> (Option<i32>, Vec<u8>, Vec<u8>) {
    let mut child = Command::new("setsid")
        .arg("-w")
        .arg(program)
        .arg("-n")
        .arg(ns)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    let mut input = child.stdin.take().unwrap();
    let _ = input.write_all(stdin);
    drop(input);
    let o = child.wait_with_output().unwrap();
    (o.status.code(), o.stdout, o.stderr)
}

fn describe(o: &(Option<i32>, Vec<u8>, Vec<u8>)) -> String {
    format!(
        "(exit {:?})\n{}{}",
        o.0,
        String::from_utf8_lossy(&o.1),
        String::from_utf8_lossy(&o.2)
    )
}

/// The outcome with its stdout's lines sorted.
fn sorted(mut o: (Option<i32>, Vec<u8>, Vec<u8>)) -> (Option<i32>, Vec<u8>, Vec<u8>) {
    let mut lines: Vec<&[u8]> = o.1.split(|&b| b == b'\n').collect();
    lines.sort();
    o.1 = lines.join(&b'\n');
    o
}

/// Runs `setup` with ip in both namespaces, then every line of `lines` with ip in one and
/// nlip in the other, comparing each and the `state` command lines after each. Skips
/// (printing why) without privileges, unless NLKIT_REQUIRE_NETNS=1. Returns how many
/// command lines were compared.
pub fn compare(prefix: &str, setup: &[&str], lines: &[Line], state: &[&str]) -> usize {
    if !nltestns::tool("setsid", prefix) {
        return 0;
    }
    let (Some(a), Some(b)) = (Netns::new(prefix), Netns::new(prefix)) else {
        return 0;
    };
    for cmd in setup {
        let words: Vec<&str> = cmd.split_whitespace().collect();
        a.ip_ok(&words);
        b.ip_ok(&words);
    }
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let mut failures = Vec::new();
    for l in lines {
        let want = run("ip", a.name(), &l.args, &l.stdin);
        let got = run(
            nlip,
            if l.same_ns { &a } else { &b }.name(),
            &l.args,
            &l.stdin,
        );
        let shown = l.args.join(" ");
        if want != got {
            failures.push(format!(
                "{shown}:\n--- ip {}\n--- nlip {}",
                describe(&want),
                describe(&got)
            ));
        }
        for s in state {
            let words: Vec<String> = s.split_whitespace().map(str::to_owned).collect();
            let sa = sorted(run("ip", a.name(), &words, b""));
            let sb = sorted(run("ip", b.name(), &words, b""));
            if sa != sb {
                failures.push(format!(
                    "state `{s}` after `{shown}`:\n--- ip's {}\n--- nlip's {}",
                    describe(&sa),
                    describe(&sb)
                ));
            }
        }
    }
    println!("compared {} command lines with ip", lines.len());
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
    lines.len()
}
