//! `nlip netns`: add, list, exec and delete a named namespace; ip's wording for the errors.

use nltestns::Netns;
use std::process::Command;

/// The tests of this file run one at a time: they add and remove named namespaces, and ip
/// reads every name under /run/netns (printing the kernel's error for one that goes away
/// meanwhile).
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

fn run(program: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let o = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn netns_add_list_exec_delete() {
    let _serial = serial();
    // The guard namespace gives the privilege check (skip or fail) and a name that exists.
    let Some(guard) = Netns::new("netns-cli") else {
        return;
    };
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let name = format!("nlkit-nlipns-{}", std::process::id());
    assert_eq!(run(nlip, &["netns", "add", &name]).0, Some(0));
    // Other test programs may add or remove namespaces meanwhile: a few tries.
    let same = |args: &[&str]| (0..5).any(|_| run(nlip, args) == run("ip", args));
    assert!(same(&["netns", "list"]));
    assert!(same(&["-j", "netns"]));
    let listed = run(nlip, &["netns", "list"]);
    assert!(listed.1.lines().any(|l| l == name), "{listed:?}");
    // The new namespace is empty: only lo, and /sys shows it.
    let links = run(nlip, &["netns", "exec", &name, "ls", "/sys/class/net"]);
    assert_eq!(links, (Some(0), "lo\n".into(), String::new()));
    let code = run(nlip, &["netns", "exec", &name, "sh", "-c", "exit 7"]);
    assert_eq!(code.0, Some(7));
    // Errors as ip words them (the existing name, a missing one, missing arguments).
    let taken = guard.name();
    let mut compared = 0;
    for args in [
        vec!["netns", "add", taken],
        vec!["netns", "add"],
        vec!["netns", "del", "nlkit-no-such-ns"],
        vec!["netns", "exec", "nlkit-no-such-ns", "true"],
        vec!["netns", "exec", taken],
        vec!["netns", "exec", taken, "nlkit-no-such-program"],
        vec!["netns", "frob"],
        vec!["netns", "add", "../x"],
        vec!["netns", "add", "."],
        vec!["netns", "del", "a/b"],
        vec!["netns", "exec", "..", "true"],
        vec!["netns", "pids"],
        vec!["netns", "pids", "nlkit-no-such-ns"],
        vec!["netns", "pids", "../x"],
        vec!["netns", "pids", taken, "extra"],
        vec!["netns", "pids", taken],
    ] {
        assert_eq!(run(nlip, &args), run("ip", &args), "{args:?}");
        compared += 1;
    }
    assert_eq!(run(nlip, &["netns", "delete", &name]).0, Some(0));
    assert!(!run("ip", &["netns", "list"]).1.lines().any(|l| l == name));
    println!("netns: add/list/exec/delete and {compared} errors compared with ip");
}

#[test]
fn netns_identify_matches_ip() {
    let _serial = serial();
    let Some(ns) = Netns::new("identify") else {
        return;
    };
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let me = std::process::id().to_string();
    for args in [
        &["-n", ns.name(), "netns", "identify"][..],
        &["netns", "identify"],
        &["netns", "identify", &me],
        &["netns", "identify", "abc"],
        &["netns", "identify", "999999999"],
        &["netns", "identify", "1", "2"],
        &["netns", "i"],
    ] {
        assert_eq!(run(nlip, args), run("ip", args), "{args:?}");
    }
    // A process inside the namespace.
    let mut child = Command::new("ip")
        .args(["netns", "exec", ns.name(), "sleep", "5"])
        .spawn()
        .unwrap();
    let pid = child.id().to_string();
    let mut same = false;
    for _ in 0..50 {
        let (want, got) = (
            run("ip", &["netns", "identify", &pid]),
            run(nlip, &["netns", "identify", &pid]),
        );
        if want.1.trim() == ns.name() {
            let pids = |p: &str| run(p, &["netns", "pids", ns.name()]);
            same = want == got && pids("ip") == pids(nlip);
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(same, "identify and pids of a process in the namespace");
}

#[test]
fn netns_set_and_list_id_match_ip() {
    let _serial = serial();
    // Each tool gets its own trio of namespaces: a (where the commands run), b and c.
    let trio = |tag: &str| {
        Some((
            Netns::new(&format!("{tag}-a"))?,
            Netns::new(&format!("{tag}-b"))?,
            Netns::new(&format!("{tag}-c"))?,
        ))
    };
    let (Some(ip_ns), Some(nl_ns)) = (trio("ids-ip"), trio("ids-nl")) else {
        return;
    };
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let lines = |b: &str, c: &str| -> Vec<Vec<String>> {
        [
            vec!["netns", "set", b, "7"],
            vec!["netns", "set", b, "8"],
            vec!["netns", "set", c, "auto"],
            vec!["netns", "set", b, "foo"],
            vec!["netns", "set", b, "-1"],
            vec!["netns", "set", b],
            vec!["netns", "set", "nlkit-no-such-ns", "3"],
            vec!["netns", "set", "../x", "3"],
            vec!["netns", "list-id", "nsid", "7"],
            vec!["netns", "list-id", "target-nsid", "99"],
            vec!["netns", "list-id", "foo"],
            // ids read as ip's get_integer reads them, named in its errors
            vec!["netns", "list-id", "target-nsid", "9", "nsid", "auto"],
            vec!["netns", "list-id", "target-nsid", "0x", "nsid", "7"],
            vec!["netns", "list-id", "nsid", "-1"],
            vec!["netns", "list-id", "target-nsid", "-1"],
            vec!["netns", "list-id", "target-nsid", "2147483648"],
            vec!["netns", "list-id", "nsid", "0x7"],
            vec!["netns", "list-id", "target-nsid"],
        ]
        .iter()
        .map(|l| l.iter().map(|w| w.to_string()).collect())
        .collect()
    };
    let (a, b, c) = &ip_ns;
    let (x, y, z) = &nl_ns;
    let mut failures = Vec::new();
    for (want_args, got_args) in lines(b.name(), c.name())
        .iter()
        .zip(lines(y.name(), z.name()))
    {
        let mut w: Vec<&str> = vec!["-n", a.name()];
        w.extend(want_args.iter().map(String::as_str));
        let mut g: Vec<&str> = vec!["-n", x.name()];
        g.extend(got_args.iter().map(String::as_str));
        // The namespace names differ between the two trios.
        let norm = |r: (Option<i32>, String, String), b: &str, c: &str| {
            let f = |t: String| t.replace(b, "B").replace(c, "C");
            (r.0, f(r.1), f(r.2))
        };
        let want = norm(run("ip", &w), b.name(), c.name());
        let got = norm(run(nlip, &g), y.name(), z.name());
        if want != got {
            failures.push(format!("{want_args:?}: ip {want:?} nlip {got:?}"));
        }
    }
    // An unknown id.
    let unknown = run(nlip, &["-n", x.name(), "netns", "list-id", "nsid", "9"]);
    let once = "Error: Peer netns reference is invalid.\n";
    if unknown != (Some(2), String::new(), once.to_string()) {
        failures.push(format!("list-id nsid 9: {unknown:?}"));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
