//! `nlss` against iproute2 6.1's `ss`: each command line run with both inside a fresh
//! network namespace (`ip netns exec`; `{ns}` in a line is the namespace's name, for `-N`),
//! comparing stdout byte for byte, stderr and the exit code: the usage, the version, every
//! kind of option error, `-f` and `-A` words, state words, the summary, and the header-only
//! outputs of an empty namespace. Skips (printing why) without privileges or without ss,
//! unless NLKIT_REQUIRE_NETNS=1.

use nltestns::Netns;
use std::process::{Command, Output};
use std::time::Duration;

const NLSS: &str = env!("CARGO_BIN_EXE_nlss");

fn run(ns: &Netns, program: &str, args: &[&str]) -> Output {
    let args: Vec<String> = args.iter().map(|a| a.replace("{ns}", ns.name())).collect();
    Command::new("ip")
        .args(["netns", "exec", ns.name(), program])
        .args(&args)
        .env_remove("POSIXLY_CORRECT")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"))
}

fn outcome(o: &Output) -> (Option<i32>, &[u8], &[u8]) {
    (o.status.code(), &o.stdout, &o.stderr)
}

/// Usage, version and getopt's errors.
const OPTIONS: &[&[&str]] = &[
    &["-h"],
    &["--help"],
    &["--he"],
    &["-h", "-y"],
    &["-V"],
    &["-v"],
    &["--version"],
    &["-V", "-y"],
    &["-y", "-V"],
    &["-y"],
    &["-W"],
    &["-?"],
    &["-:"],
    &["-tqn"],
    &["--foo"],
    &["--foo=bar"],
    &["---tcp"],
    &["--="],
    &["--con"],
    &["--con=1"],
    &["--s"],
    &["--n"],
    &["--i"],
    &["--in"],
    &["--t"],
    &["--u"],
    &["--v"],
    &["--tcp=3"],
    &["--tc=3"],
    &["--version=1"],
    &["-f"],
    &["-tf"],
    &["-A"],
    &["-D"],
    &["-F"],
    &["-N"],
    &["--family"],
    &["--fam"],
    &["--query"],
    &["--net"],
    &["-Z"],
    &["-z"],
    &["--context"],
    &["-F", "/nonexistent/nlss"],
    &["-F", "/dev/null", "-F", "/dev/null"],
    &["-N", "nlss-no-such-namespace"],
    &["-N", "nlss-no-such-namespace", "-V"],
    &["-V", "-N", "nlss-no-such-namespace"],
    &["-N", ""],
];

/// `-f`, `-A` and the state words.
const WORDS: &[&[&str]] = &[
    &["-f", "help"],
    &["-fhelp"],
    &["--family=help"],
    &["-t", "-f", "help"],
    &["-f", "foo"],
    &["-f", "INET"],
    &["-f", ""],
    &["-f=inet"],
    &["--family="],
    &["-t", "-f", "-n"],
    &["-f", "inet", "-f", "bad"],
    &["-A", "foo"],
    &["-A", "tcp,foo"],
    &["-A", "tcp,"],
    &["-A", ","],
    &["-A", ""],
    &["-A", "TCP"],
    &["-A", "!tcp"],
    &["-A", "!all"],
    &["-A", "tcp,!tcp"],
    &["-A", "!tcp", "-t"],
    &["state"],
    &["-t", "state"],
    &["-t", "exclude"],
    &["-t", "state", "foo"],
    &["-t", "state", "established", "excl"],
    &["-t", "state", "bogus", "-y"],
    &["-x", "state", "foo"],
    &["-u", "-D", "-"],
    &["-x", "-D", "/dev/null"],
];

/// What an empty namespace shows: the header only (or nothing with `-H`).
const EMPTY: &[&[&str]] = &[
    &["-tan"],
    &["-uan"],
    &["-xa"],
    &["-wan"],
    &["-tanp"],
    &["-tlnO"],
    &["-tuan"],
    &["-tuanx"],
    &["-H", "-tan"],
    &["-Htan"],
    &["--no-header", "-x"],
    &["-t"],
    &["-tl"],
    &["-ta"],
    &["-tanei"],
    &["-tanmio"],
    &["-0"],
    &["-f", "link"],
    &["-A", "packet_raw"],
    &["-A", "tcp,udp,unix_dgram"],
    &["-A", "unix_stream,u_seq"],
    &["-Atcp", "-A", "udp"],
    &["--query=tcp"],
    &["--socket", "udp"],
    &["-M"],
    &["-S"],
    &["-w"],
    &["--vsock"],
    &["-f", "vsock"],
    &["--tipc"],
    &["--xdp"],
    &["-f", "xdp"],
    &["-6", "-t"],
    &["-4", "-u", "-a"],
    &["-tfinet"],
    &["-x", "state", "connected"],
    &["-t", "state", "established"],
    &["-t", "state", "listening"],
    &["state", "listening", "-t"],
    &["-t", "state", "syn-rcv", "state", "closed"],
    &["-t", "exclude", "all"],
    &["-t", "state", "bucket"],
    &["-t", "state", "big"],
    &["-t", "state", "synchronized"],
    &["-tan", "--"],
    &["-t", "-F", "/dev/null"],
    &["-tK"],
    &["-N", "{ns}", "-tan"],
    &["-N{ns}", "-xa"],
    &["--net={ns}", "-H", "-t"],
];

/// The summary. It counts the namespace's sockets, and a socket closed by the run before
/// (ss's netlink socket) is freed a little later: each run waits for that.
const SUMMARY: &[&[&str]] = &[
    &["-s"],
    &["--summary"],
    &["-s", "-t"],
    &["-s", "-tan"],
    &["-s", "state", "foo"],
    &["-s", "-t", "state"],
    &["-s", "-A", "!tcp"],
    &["-s", "-N", "{ns}"],
];

fn compare(ns: &Netns, lines: &[&[&str]], settle: Duration) -> Vec<String> {
    let run = |program, args| {
        std::thread::sleep(settle);
        run(ns, program, args)
    };
    let mut failures = Vec::new();
    for args in lines {
        let mut want = run("ss", args);
        let mut got = run(NLSS, args);
        // Socket counts can change between two runs (the summary's): a real difference
        // differs every time.
        for _ in 0..3 {
            if outcome(&want) == outcome(&got) {
                break;
            }
            want = run("ss", args);
            got = run(NLSS, args);
        }
        if outcome(&want) != outcome(&got) {
            failures.push(format!(
                "{args:?}:\n--- ss (exit {:?})\n{}{}\n--- nlss (exit {:?})\n{}{}",
                want.status.code(),
                String::from_utf8_lossy(&want.stdout),
                String::from_utf8_lossy(&want.stderr),
                got.status.code(),
                String::from_utf8_lossy(&got.stdout),
                String::from_utf8_lossy(&got.stderr)
            ));
        }
    }
    failures
}

fn check(prefix: &str, lines: &[&[&str]], settle: Duration) {
    if !nltestns::tool("ss", prefix) {
        return;
    }
    let Some(ns) = Netns::new(prefix) else {
        return;
    };
    let failures = compare(&ns, lines, settle);
    println!("compared {} command lines with ss", lines.len());
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        lines.len(),
        failures.join("\n")
    );
}

#[test]
fn usage_version_and_option_errors_as_ss() {
    check("ss-options", OPTIONS, Duration::ZERO);
}

#[test]
fn family_query_and_state_words_as_ss() {
    check("ss-words", WORDS, Duration::ZERO);
}

#[test]
fn an_empty_namespace_shows_the_header_as_ss() {
    check("ss-empty", EMPTY, Duration::ZERO);
}

#[test]
fn summary_as_ss() {
    check("ss-summary", SUMMARY, Duration::from_millis(300));
}
