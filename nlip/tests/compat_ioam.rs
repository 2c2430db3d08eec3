//! `nlip ioam` against ip 6.1: the same command lines, in order, with ip in one fresh
//! namespace and nlip in another, comparing exit code, stdout and stderr byte for byte, and
//! after each line the IOAM namespaces and schemas of the two; shows run by both in ip's
//! namespace. `ioam monitor` (which ip 6.1 lacks) joins the `ioam6_events` group, checked
//! in /proc/net/netlink.

mod twin;

use nltestns::Netns;
use std::process::{Command, Stdio};
use std::time::Duration;
use twin::{line, show, Line};

const STATE: &[&str] = &["ioam namespace show", "ioam schema show"];

/// Usage, keyword matching (whole words only) and argument errors.
const GRAMMAR: &[&str] = &[
    "ioam",
    "ioam help",
    "ioam help extra",
    "ioam h",
    "ioam hel",
    "ioam helpx",
    "ioam foo",
    "ioam namespace",
    "ioam schema",
    "ioam n",
    "ioam n s",
    "ioam names sh",
    "ioam s s",
    "ioam sc sh",
    "ioam NAMESPACE show",
    "ioam namespace a 10",
    "ioam namespace d 10",
    "ioam namespace l",
    "ioam namespace list",
    "ioam namespace foo",
    "ioam schema foo",
    "ioam schema set 1 schema 1",
    "ioam namespace sh",
    "ioam namespace se 1 schema 1",
];

const NAMESPACES: &[&str] = &[
    "ioam namespace add",
    "ioam namespace add 1",
    "ioam namespace add 1",
    "ioam namespace add 2 data 5",
    "ioam namespace add 3 wide 7",
    "ioam namespace add 4 data 0xdeadbeef wide 0xcafec0caf00dc0de",
    "ioam namespace add 65535",
    "ioam namespace add 65536",
    "ioam namespace add -1",
    "ioam namespace add x",
    "ioam namespace add 5 data",
    "ioam namespace add 5 data x",
    "ioam namespace add 5 data 4294967296",
    "ioam namespace add 5 wide 18446744073709551616",
    "ioam namespace add 5 foo 1",
    "ioam namespace add 6 data 1 data 2",
    "ioam namespace add 7 wide 1 data 2",
    "ioam namespace add 5 d 1",
    "ioam namespace add 5 w 1",
    "ioam namespace add 5 dat 1",
    "ioam namespace add 5 data -1",
    "ioam namespace add 5 data 0",
    "ioam namespace add 6 wide 0",
    "ioam namespace add 7 data 0xffffffff",
    "ioam namespace add 8 data 010",
    "ioam namespace add 0",
    "ioam namespace add 0x10",
    "ioam namespace add 9 extra",
    "ioam namespace add 40 wide -1",
    "ioam namespace add 41 wide +5",
    "ioam namespace add 42 data +5",
    "ioam namespace add 43 wide 0x",
    "ioam namespace add +45",
    "ioam namespace add 46 data 1 extra",
    "ioam namespace add 46 wide 1 extra",
    "ioam namespace add 46 wide 1 wide 2",
    "ioam namespace add 46 data 1 data",
    "ioam namespace add 46 wide 1 data",
    "ioam namespace add x data",
    "ioam namespace add 46 data 1 wide",
    "ioam namespace add 46 data 1 wide x",
    "ioam namespace add 46 data x wide 1",
    "ioam namespace add 47 data 0x1 wide 0xffffffffffffffff",
    "ioam namespace add 48 data 4294967295 wide 1",
];

const NAMESPACE_SHOWS: &[&str] = &[
    "ioam namespace show",
    "-j ioam namespace show",
    "-j -p ioam namespace show",
    "ioam namespace show extra",
    "-4 ioam namespace show",
    "-s -d ioam namespace show",
    "-o ioam namespace show",
];

const SCHEMAS: &[&str] = &[
    "ioam schema add",
    "ioam schema add 1",
    "ioam schema add 1 abc",
    "ioam schema add 1 abc",
    "ioam schema add 2 0x01020304",
    "ioam schema add 3 hello world",
    "ioam schema add x abc",
    "ioam schema add x",
    "ioam schema add 4294967295 abc",
    "ioam schema add 4294967296 abc",
    "ioam schema add -1 abc",
    "ioam schema add 0 abc",
    "ioam schema add 5 a",
    "ioam schema add 6 abcd",
    "ioam schema add 7 é",
];

const SCHEMA_SHOWS: &[&str] = &[
    "ioam schema show",
    "-j ioam schema show",
    "-j -p ioam schema show",
    "ioam schema show extra",
    "-o ioam schema show",
];

const LINKS: &[&str] = &[
    "ioam namespace set",
    "ioam namespace set 1",
    "ioam namespace set 1 schema",
    "ioam namespace set 1 foo",
    "ioam namespace set 1 foo 2",
    "ioam namespace set x schema 1",
    "ioam namespace set x",
    "ioam namespace set x schema",
    "ioam namespace set 1 schema x",
    "ioam namespace set 1 schema -1",
    "ioam namespace set 1 schema 4294967296",
    "ioam namespace set 1 sc 1",
    "ioam namespace set 1 schema no",
    "ioam namespace set 1 schema NONE",
    "ioam namespace set 1 schema 1",
    "ioam namespace set 2 schema 9",
    "ioam namespace set 9 schema 1",
    "ioam namespace set 1 schema none",
    "ioam namespace set 1 schema none extra",
    "ioam namespace set 99 schema none",
    "ioam namespace set 3 schema 2",
    "ioam namespace set 4 schema 2",
    "ioam namespace set 3 schema 3",
    "ioam namespace set 65535 schema 0x0",
    "ioam namespace set 70000 schema 1",
];

const DELETES: &[&str] = &[
    "ioam namespace del 9",
    "ioam schema del 9",
    "ioam namespace del",
    "ioam schema del",
    "ioam namespace del x",
    "ioam schema del x",
    "ioam namespace del 70000",
    "ioam schema del 4294967296",
    "ioam namespace del -1",
    "ioam namespace del 8 extra",
    "ioam schema del 0 extra",
    "ioam schema del 3",
    "ioam namespace del 3",
    "ioam namespace del 3",
    "ioam namespace del 65535",
    "ioam schema del 0",
];

/// Schema data at ip's limit (1020 bytes) and past it.
fn long_data() -> Vec<Line> {
    [1016, 1019, 1020, 1021, 1100]
        .iter()
        .enumerate()
        .map(|(i, &n)| line(&format!("ioam schema add {} {}", 100 + i, "a".repeat(n))))
        .collect()
}

#[test]
fn ioam_matches_ip() {
    let mut lines: Vec<Line> = Vec::new();
    let shows = |group: &[&str]| group.iter().map(|l| show(l)).collect::<Vec<_>>();
    let changes = |group: &[&str]| group.iter().map(|l| line(l)).collect::<Vec<_>>();
    lines.extend(changes(GRAMMAR));
    lines.extend(shows(NAMESPACE_SHOWS));
    lines.extend(shows(SCHEMA_SHOWS));
    lines.extend(changes(NAMESPACES));
    lines.extend(shows(NAMESPACE_SHOWS));
    lines.extend(changes(SCHEMAS));
    lines.extend(long_data());
    lines.extend(shows(SCHEMA_SHOWS));
    lines.extend(changes(LINKS));
    lines.extend(shows(NAMESPACE_SHOWS));
    lines.extend(shows(SCHEMA_SHOWS));
    lines.extend(changes(DELETES));
    lines.extend(shows(NAMESPACE_SHOWS));
    lines.extend(shows(SCHEMA_SHOWS));
    let n = twin::compare("compat-ioam", &[], &lines, STATE);
    assert!(n == 0 || n == lines.len());
}

/// The sockets of the namespace that joined generic netlink group `group` (the `Groups`
/// column of /proc/net/netlink: the first 32 groups as a bit mask).
fn listeners(ns: &Netns, group: u32) -> usize {
    let o = Command::new("ip")
        .args(["netns", "exec", ns.name(), "cat", "/proc/net/netlink"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&o.stdout);
    let bit = 1u32 << (group - 1);
    let joined = |l: &&str| {
        let f: Vec<&str> = l.split_whitespace().collect();
        f.get(1) == Some(&"16")
            && f.get(3)
                .and_then(|g| u32::from_str_radix(g, 16).ok())
                .is_some_and(|g| g & bit != 0)
    };
    text.lines().filter(joined).count()
}

/// `ioam monitor` (text and `-j`) joins `ioam6_events` in the `-n` namespace and prints
/// nothing while no trace comes.
#[test]
fn monitor_joins_the_events_group() {
    let Some(ns) = Netns::new("compat-ioam-mon") else {
        return;
    };
    let mut conn = ns.conn_of(nlkit::sys::Protocol::Generic);
    let families = nlkit::genl::Families::new();
    let group = families
        .group_id(&mut conn, "IOAM6", "ioam6_events")
        .expect("IOAM6 has its events group");
    assert!(
        group <= 32,
        "group {group} is past /proc/net/netlink's mask"
    );
    for json in [false, true] {
        let mut args = vec!["-n", ns.name()];
        if json {
            args.push("-j");
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_nlip"))
            .args(&args)
            .args(["ioam", "monitor"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut seen = 0;
        for _ in 0..50 {
            std::thread::sleep(Duration::from_millis(20));
            seen = listeners(&ns, group);
            if seen > 0 {
                break;
            }
        }
        let _ = child.kill();
        let out = child.wait_with_output().unwrap();
        assert_eq!(seen, 1, "nlip ioam monitor (json {json}) joined the group");
        assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{out:?}");
    }
}

/// ioam lines in a batch, from a file with and without `-force` and from stdin: ip's
/// "Command failed FILE:LINE" and where it stops.
const BATCH: &str = "ioam namespace add 1 data 7
ioam namespace add 1
ioam schema add 2 abc
ioam namespace set 1 schema 2
ioam namespace show
ioam schema del 9
ioam schema show
ioam namespace add x
ioam namespace show
";

#[test]
fn ioam_in_a_batch_matches_ip() {
    let path = std::env::temp_dir().join(format!("nlip-compat-ioam-{}.batch", std::process::id()));
    std::fs::write(&path, BATCH).unwrap();
    let file = path.display().to_string();
    let lines = vec![
        line(&format!("-batch {file}")),
        line(&format!("-force -batch {file}")),
        twin::with_stdin("-force -batch -", BATCH.as_bytes()),
        show(&format!("-j -force -batch {file}")),
    ];
    twin::compare("compat-ioam-batch", &[], &lines, STATE);
    let _ = std::fs::remove_file(&path);
}
