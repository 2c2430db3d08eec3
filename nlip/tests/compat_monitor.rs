//! `nlip monitor ...` beside `ip monitor ...` while a scripted sequence of changes (links,
//! addresses, routes incl. multipath, neighbours, rules, nexthops, a link going down and
//! being deleted) runs in a fresh namespace: both must print the same lines.

use nltestns::Netns;
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::Duration;

const SETUP: &[&str] = &[
    "link set lo up",
    "link add v0 type veth peer name v1",
    "link set v0 addrgenmode none",
    "link set v1 addrgenmode none",
    "link set v0 up",
    "link set v1 up",
    "addr add 10.0.0.1/24 dev v0",
    "addr add 2001:db8::1/64 dev v0 nodad",
];

const CHANGES: &[&str] = &[
    "route add 10.95.0.0/24 via 10.0.0.2",
    "route add blackhole 10.96.0.0/24 table 100",
    "route del 10.95.0.0/24",
    "-6 route add 2001:db8:95::/48 via 2001:db8::2",
    "-6 route del 2001:db8:95::/48",
    "route add 10.97.0.0/24 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.0.3",
    "route replace 10.97.0.0/24 via 10.0.0.4 proto static",
    "route del 10.97.0.0/24",
    "route del blackhole 10.96.0.0/24 table 100",
    "route add 10.98.0.0/24 dev v0 mtu lock 1300 realms 3",
    "route flush dev v0 proto boot",
];

/// Changes for `monitor address neigh rule nexthop`.
const MORE_CHANGES: &[&str] = &[
    "addr add 10.1.0.1/24 dev v0",
    "addr add 10.1.0.2/24 dev v0 label v0:1",
    "-6 addr add 2001:db8:1::1/64 dev v0 nodad",
    "neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev v0 nud permanent",
    "neigh replace 10.0.0.9 lladdr 02:00:00:00:00:0a dev v0 nud stale",
    "neigh del 10.0.0.9 dev v0",
    "rule add pref 100 from 10.9.0.0/16 table 100",
    "-6 rule add pref 101 to 2001:db8:9::/48 table 100",
    "rule del pref 100",
    "-6 rule del pref 101",
    "nexthop add id 5 via 10.0.0.2 dev v0",
    "nexthop add id 6 group 5",
    "nexthop del id 6",
    "nexthop del id 5",
    "addr del 10.1.0.2/24 dev v0",
    "-6 addr del 2001:db8:1::1/64 dev v0",
    "addr del 10.1.0.1/24 dev v0",
];

/// Links coming, changing, going down and away, with what hangs off them.
const LINK_CHANGES: &[&str] = &[
    "link add v8 address 02:00:00:00:00:08 type veth peer name v9 address 02:00:00:00:00:09",
    "link set v8 up",
    "link set v9 up",
    "addr add 10.8.0.1/24 dev v8",
    "-6 addr add 2001:db8:8::1/64 dev v8 nodad",
    "route add 10.80.0.0/16 via 10.8.0.2",
    "route add 10.81.0.0/16 nexthop via 10.8.0.2 weight 2 nexthop via 10.0.0.2",
    "neigh add 10.8.0.2 lladdr 02:00:00:00:00:09 dev v8",
    "link set v8 mtu 1400",
    "link set v0 mtu 1450",
    "addr add 10.0.9.1/24 dev v0",
    "addr del 10.0.9.1/24 dev v0",
    "link set v0 mtu 1500",
    "link set v8 alias eight",
    "nexthop add id 8 via 10.8.0.2 dev v8",
    "link set v8 down",
    "link del v8",
    "link add br8 address 02:00:00:00:00:0b type bridge",
    "link set br8 up",
    "link del br8",
];

fn monitor(program: &str, ns: &str, args: &[&str]) -> std::process::Child {
    Command::new(program)
        .args(["-n", ns, "monitor"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"))
}

fn stop(mut child: std::process::Child) -> String {
    let _ = child.kill();
    let out = child.wait_with_output().expect("monitor output");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn monitor_route_prints_what_ip_prints() {
    let Some(ns) = Netns::new("monitor") else {
        return;
    };
    for cmd in SETUP {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let runs: [(&[&str], &[&str]); 9] = [
        (&[], LINK_CHANGES),
        (&["all"], LINK_CHANGES),
        (&["link", "address"], LINK_CHANGES),
        (&["link", "address", "dev", "v0"], LINK_CHANGES),
        (&["route", "dev", "v0"], CHANGES),
        (&["route"], CHANGES),
        (&["route", "label"], CHANGES),
        (&["address", "neigh", "rule", "nexthop"], MORE_CHANGES),
        (
            &["address", "neigh", "rule", "nexthop", "route", "label"],
            MORE_CHANGES,
        ),
    ];
    for (args, changes) in runs {
        let want = monitor("ip", ns.name(), args);
        let got = monitor(nlip, ns.name(), args);
        // A `dev` filter leaves few lines, but never none.
        let min = if args.contains(&"dev") { 1 } else { 10 };
        sleep(Duration::from_millis(500)); // both subscribed
        for cmd in changes {
            ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
        }
        sleep(Duration::from_millis(500)); // both printed
        let (want, got) = (stop(want), stop(got));
        assert!(want.lines().count() >= min, "ip saw the changes:\n{want}");
        assert_eq!(got, want, "monitor {args:?}");
        println!("monitor {args:?}: {} identical lines", want.lines().count());
    }
}

#[test]
fn monitor_arguments() {
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let o = Command::new(nlip)
        .args(["monitor", "foo"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(255));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "Argument \"foo\" is unknown, try \"ip monitor help\".\n"
    );
}

/// The identity of a route in `-j` output: (type, dst, table, metric).
fn route_key(v: &serde_json::Value) -> String {
    format!(
        "{} {} {} {}",
        v["type"].as_str().unwrap_or("unicast"),
        v["dst"].as_str().unwrap_or("?"),
        v["table"].as_str().unwrap_or("main"),
        v["metric"].as_u64().unwrap_or(0)
    )
}

fn route_keys(ns: &Netns) -> std::collections::BTreeSet<String> {
    let out = ns.ip_ok(&["-4", "-j", "route", "show", "table", "all"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("ip -j");
    v.as_array().unwrap().iter().map(route_key).collect()
}

/// Overrun for real: a stopped listener with a tiny buffer misses a flood. `nlip -j monitor
/// route resync` reports the overrun, keeps running, and prints the differences from a fresh
/// dump, so that a consumer applying its events ends with exactly the kernel's routes.
#[test]
fn overrun_is_reported_and_resync_keeps_the_view_exact() {
    let Some(ns) = Netns::new("monitor-overrun") else {
        return;
    };
    for cmd in [
        "link set lo up",
        "link add v0 type veth peer name v1",
        "link set v0 up",
    ] {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    ns.ip_ok(&["addr", "add", "10.0.0.1/24", "dev", "v0"]);
    for i in 0..300 {
        ns.ip_ok(&[
            "route",
            "add",
            &format!("10.50.{}.0/24", i % 250),
            "dev",
            "v0",
            "metric",
            &(i / 250).to_string(),
        ]);
    }
    let mut view = route_keys(&ns);
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let child = Command::new(nlip)
        .args([
            "-n",
            ns.name(),
            "-4",
            "-j",
            "-rcvbuf",
            "4096",
            "monitor",
            "route",
            "resync",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nlip monitor");
    let mut child = child;
    // Read as it comes: a full pipe would stop the listener.
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).map(|_| s)
    });
    sleep(Duration::from_millis(500));
    let pid = child.id().to_string();
    Command::new("kill").args(["-STOP", &pid]).status().unwrap();
    // The flood: 3000 additions and 300 deletions while the listener is stopped.
    let mut batch = String::new();
    for i in 0..3000u32 {
        batch.push_str(&format!(
            "route add 10.{}.{}.0/24 dev v0\n",
            100 + i / 250,
            i % 250
        ));
    }
    for i in 0..250u32 {
        batch.push_str(&format!("route del 10.50.{i}.0/24 metric 0\n"));
    }
    let file = std::env::temp_dir().join(format!("nlkit-flood-{}", std::process::id()));
    std::fs::write(&file, batch).unwrap();
    ns.ip_ok(&["-batch", file.to_str().unwrap()]);
    let _ = std::fs::remove_file(&file);
    Command::new("kill").args(["-CONT", &pid]).status().unwrap();
    sleep(Duration::from_millis(1500));
    // Still running after the overrun.
    assert!(child.try_wait().unwrap().is_none(), "nlip monitor exited");
    let _ = child.kill();
    let _ = child.wait();
    let text = reader.join().unwrap().unwrap();
    let (mut overruns, mut resyncs, mut events) = (0, 0, 0);
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("one JSON object per line");
        match v["event"].as_str() {
            Some("overrun") => overruns += 1,
            Some("resync") => resyncs += 1,
            Some("new") => {
                events += 1;
                view.insert(route_key(&v));
            }
            Some("del") => {
                events += 1;
                view.remove(&route_key(&v));
            }
            other => panic!("unexpected event {other:?} in {line}"),
        }
    }
    assert!(overruns >= 1, "no overrun reported:\n{text}");
    assert!(resyncs >= 1, "no resync after the overrun");
    let kernel = route_keys(&ns);
    let extra: Vec<_> = view.difference(&kernel).collect();
    let missing: Vec<_> = kernel.difference(&view).collect();
    assert!(
        extra.is_empty() && missing.is_empty(),
        "the consumer's view drifted: extra {extra:?}, missing {missing:?}"
    );
    println!("{events} route events, {overruns} overruns, {resyncs} resyncs; view == kernel");
}

/// `all-nsid`: events of a peer namespace arrive with its id, ours with `[nsid current]`.
#[test]
fn monitor_all_nsid_prints_what_ip_prints() {
    let (Some(ns), Some(peer)) = (Netns::new("monitor-nsid"), Netns::new("monitor-peer")) else {
        return;
    };
    ns.ip_ok(&["link", "set", "lo", "up"]);
    peer.ip_ok(&["link", "set", "lo", "up"]);
    ns.ip_ok(&["netns", "set", peer.name(), "7"]);
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let args = ["route", "all-nsid"];
    let want = monitor("ip", ns.name(), &args);
    let got = monitor(nlip, ns.name(), &args);
    sleep(Duration::from_millis(500));
    peer.ip_ok(&["route", "add", "10.77.0.0/16", "dev", "lo"]);
    ns.ip_ok(&["route", "add", "10.78.0.0/16", "dev", "lo"]);
    peer.ip_ok(&["route", "del", "10.77.0.0/16", "dev", "lo"]);
    sleep(Duration::from_millis(500));
    let (want, got) = (stop(want), stop(got));
    assert!(
        want.contains("[nsid 7]") && want.contains("[nsid current]"),
        "{want}"
    );
    assert_eq!(got, want);
}

/// `monitor nsid` and `all`: an id given to a peer namespace, then the peer going away.
#[test]
fn monitor_nsid_prints_what_ip_prints() {
    let (Some(ns), Some(peer)) = (Netns::new("monitor-nsid2"), Netns::new("monitor-peer2")) else {
        return;
    };
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let runs: [&[&str]; 2] = [&["nsid"], &["all"]];
    let mut peer = Some(peer);
    for (i, args) in runs.into_iter().enumerate() {
        let want = monitor("ip", ns.name(), args);
        let got = monitor(nlip, ns.name(), args);
        sleep(Duration::from_millis(500));
        let id = (9 + i).to_string();
        if i == 0 {
            let p = peer.as_ref().unwrap();
            ns.ip_ok(&["netns", "set", p.name(), &id]);
        } else {
            drop(peer.take()); // the namespace goes: its id is deleted
        }
        sleep(Duration::from_millis(500));
        let (want, got) = (stop(want), stop(got));
        assert!(want.contains("nsid 9"), "{want}");
        assert_eq!(got, want, "monitor {args:?}");
    }
}

/// The kernel's resolution requests (`RTM_GETNEIGH` with `app_solicit` set) print as ip's
/// `miss` lines.
#[test]
fn monitor_neigh_prints_misses_as_ip_does() {
    let Some(ns) = Netns::new("monitor-miss") else {
        return;
    };
    for cmd in [
        "link set lo up",
        "link add v0 type veth peer name v1",
        "link set v0 up",
        "link set v1 up",
        "addr add 10.9.0.1/24 dev v0",
    ] {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let set = Command::new("ip")
        .args(["netns", "exec", ns.name(), "sh", "-c"])
        .arg("echo 1 > /proc/sys/net/ipv4/neigh/v0/app_solicit")
        .status()
        .unwrap();
    assert!(set.success());
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let want = monitor("ip", ns.name(), &["neigh"]);
    let got = monitor(nlip, ns.name(), &["neigh"]);
    sleep(Duration::from_millis(500));
    // A packet to an unknown neighbour makes the kernel ask (ping may be missing: then UDP).
    let _ = Command::new("ip")
        .args(["netns", "exec", ns.name(), "bash", "-c"])
        .arg("ping -c1 -w1 10.9.0.77 || echo x > /dev/udp/10.9.0.77/9")
        .output();
    sleep(Duration::from_millis(1500));
    let (want, got) = (stop(want), stop(got));
    assert!(want.contains("miss 10.9.0.77"), "{want}");
    assert_eq!(got, want);
}
