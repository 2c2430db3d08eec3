//! `route get` of a destination with a learnt path MTU (an IPv4 cache exception): host h0
//! pings h1 through router r1 whose link to h1 has MTU 1300; then `route get` must print what
//! ip prints ("cache expires ... mtu 1300" on the second line), text and JSON.

use nltestns::Netns;
use std::process::Command;

#[test]
fn route_get_prints_the_learnt_mtu_as_ip_does() {
    if !nltestns::tool("ping", "route get pmtu") {
        return;
    }
    let (Some(h0), Some(r1), Some(h1)) = (
        Netns::new("pmtu-h0"),
        Netns::new("pmtu-r1"),
        Netns::new("pmtu-h1"),
    ) else {
        return;
    };
    let ip = |ns: &Netns, cmd: &str| {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    };
    for ns in [&h0, &r1, &h1] {
        ip(ns, "link set lo up");
    }
    ip(
        &h0,
        &format!("link add eth0 type veth peer name e0 netns {}", r1.name()),
    );
    ip(
        &h1,
        &format!("link add eth0 type veth peer name e1 netns {}", r1.name()),
    );
    ip(&h0, "addr add 172.16.100.1/24 dev eth0");
    ip(&r1, "addr add 172.16.100.254/24 dev e0");
    ip(&r1, "addr add 172.16.101.254/24 dev e1");
    ip(&h1, "addr add 172.16.101.1/24 dev eth0");
    ip(&r1, "link set e1 mtu 1300");
    ip(&h1, "link set eth0 mtu 1300");
    for (ns, dev) in [(&h0, "eth0"), (&r1, "e0"), (&r1, "e1"), (&h1, "eth0")] {
        ip(ns, &format!("link set {dev} up"));
    }
    ip(&h0, "route add 172.16.101.0/24 via 172.16.100.254");
    ip(&h1, "route add default via 172.16.101.254");
    let forwarding = Command::new("ip")
        .args([
            "netns",
            "exec",
            r1.name(),
            "sysctl",
            "-qw",
            "net.ipv4.ip_forward=1",
        ])
        .status()
        .unwrap();
    assert!(forwarding.success());
    // A big ping learns the path MTU (its replies may be lost; the exception is what counts).
    let _ = Command::new("ip")
        .args([
            "netns",
            "exec",
            h0.name(),
            "ping",
            "-s",
            "1400",
            "-c",
            "3",
            "-w",
            "3",
        ])
        .arg("172.16.101.1")
        .output()
        .expect("ping (iputils-ping)");
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let text: &[&str] = &["route", "get", "172.16.101.1"];
    let json: &[&str] = &["-j", "route", "get", "172.16.101.1"];
    for args in [text, json] {
        let run = |p: &str| {
            let o = Command::new(p)
                .args(["-n", h0.name()])
                .args(args)
                .output()
                .unwrap();
            (
                o.status.code(),
                String::from_utf8_lossy(&o.stdout).into_owned(),
            )
        };
        let (want, got) = (run("ip"), run(nlip));
        assert!(
            want.1.contains("mtu 1300") || want.1.contains("\"mtu\":1300"),
            "{want:?}"
        );
        // The seconds left may tick between the two runs.
        assert_eq!(
            (got.0, mask_expiry(&got.1)),
            (want.0, mask_expiry(&want.1)),
            "{args:?}"
        );
    }
}

/// The number after `expires ` (text) or `"expires":` (JSON) replaced with `T`.
fn mask_expiry(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("expires") {
        let (head, tail) = rest.split_at(i + "expires".len());
        out.push_str(head);
        let skip = tail.len() - tail.trim_start_matches(['"', ':', ' ']).len();
        out.push_str(&tail[..skip]);
        let tail = &tail[skip..];
        let digits = tail.len() - tail.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        out.push('T');
        rest = &tail[digits..];
    }
    out.push_str(rest);
    out
}
