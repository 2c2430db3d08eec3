//! `nlbridge vlan` against bridge 6.1 in a namespace: a bridge with veth ports and a VXLAN
//! port. This kernel has no `CONFIG_BRIDGE_VLAN_FILTERING`, so what it answers is compared
//! (empty lists and their headers, the VLAN database's EOPNOTSUPP, the errors of changes),
//! every bad command line is compared (stdout, stderr, exit code), and the request of
//! every `vlan add|del|set|global set` line is captured from both tools under strace and
//! compared byte for byte (sequence number and port id aside).

mod common;

use common::{run, text, Run};
use nltestns::Netns;
use std::process::Command;

const SETUP: &[&str] = &[
    "link add br0 address 02:00:00:00:00:01 type bridge",
    "link add v0 address 02:00:00:00:00:02 type veth peer name v1 address 02:00:00:00:00:03",
    "link set v0 master br0",
    "link add v2 address 02:00:00:00:00:04 type veth peer name v3 address 02:00:00:00:00:05",
    "link set v2 master br0",
    "link add vx0 address 02:00:00:00:00:06 type vxlan id 42 dstport 4789 local 10.0.0.1 nolearning",
    "link set vx0 master br0",
    "link set br0 up",
    "link set v0 up",
];

const SHOW: &[&str] = &[
    "vlan",
    "vlan show",
    "vlan list",
    "vlan lst",
    "vlan sh",
    "vlan show dev v0",
    "vlan show dev br0 vid 1",
    "vlan show vid 1",
    "vlan show vid 0 vid 5",
    "vlan show bogus",
    "vlan show dev v1",
    "vlan tunnelshow",
    "vlan tunnelshow dev vx0",
    "vlan tunnelshow vid 10",
    "vlan t",
    "-j vlan show",
    "-j -p vlan show",
    "-p vlan show",
    "-j vlan tunnelshow",
    "-com vlan show",
    "-c vlan show",
    "-compressvlans -j vlan show",
    "-s vlan show",
    "-s vlan show dev v0 vid 1",
    "-s -j vlan show",
    "-s -j -p vlan show",
    "-s vlan tunnelshow",
    "-d vlan show",
    "-d -j vlan show",
    "-d -j -p vlan show",
    "-d -s vlan show",
    "-d vlan tunnelshow",
    "vlan global",
    "vlan global show",
    "vlan global list",
    "vlan global lst dev br0",
    "-j vlan global show",
    "-j -p vlan global show vid 1",
    "-s vlan global show",
];

const BAD: &[&str] = &[
    "vlan help",
    "vlan bogus",
    "vlan add help",
    "vlan add",
    "vlan add vid 5",
    "vlan add dev v0",
    "vlan add vid",
    "vlan add vid 5 dev",
    "vlan add vid 5 dev nosuch",
    "vlan add vid 4096 dev v0",
    "vlan add vid 70000 dev v0",
    "vlan add vid 65535 dev v0",
    "vlan add vid 10-5 dev v0",
    "vlan add vid 5-5 dev v0",
    "vlan add vid 5-4096 dev v0",
    "vlan add vid 5- dev v0",
    "vlan add vid 5-10 dev v0 pvid",
    "vlan add vid 5 dev v0 tunnel_info",
    "vlan add vid 5 dev v0 tunnel_info id",
    "vlan add vid 5 dev v0 tunnel_info bogus 5",
    "vlan add vid 5 dev v0 tunnel_info id 16777216",
    "vlan add vid 5 dev v0 tunnel_info id x",
    "vlan add vid 5-6 dev v0 tunnel_info id 5-x",
    "vlan add vid 5-6 dev v0 tunnel_info id 99999999-5",
    "vlan del",
    "vlan del vid 5 dev nosuch",
    "vlan del vid 5000 dev v0",
    "vlan show dev",
    "vlan show vid",
    "vlan show dev nosuch",
    "vlan show dev v0 dev v1",
    "vlan show vid 1 vid 2",
    "vlan tunnelshow dev nosuch",
    "vlan set",
    "vlan set vid 5",
    "vlan set dev v0",
    "vlan set dev nosuch vid 5",
    "vlan set vid 5000 dev v0",
    "vlan set vid 9-5 dev v0",
    "vlan set vid 5 dev v0 state bogus",
    "vlan set vid 5 dev v0 state",
    "vlan set vid 5 dev v0 state -1",
    "vlan set vid 5 dev v0 mcast_router 256",
    "vlan set vid 5 dev v0 mcast_router x",
    "vlan set vid 5 dev v0 help",
    "vlan set vid 5 dev br0 state 0x1",
    "vlan add vid 5-10 dev v0 tunnel_info id 100-110 pvid",
    "vlan set vid 5 vid 65535 dev v0",
    "vlan add vid -1 dev v0",
    "vlan add vid 5 dev v0 tunnel_info id -1",
    "vlan global bogus",
    "vlan global set",
    "vlan global set vid 5",
    "vlan global set dev nosuch vid 5",
    "vlan global set vid 5-1 dev br0",
    "vlan global set vid 5 dev br0 mcast_snooping 2x",
    "vlan global set vid 5 dev br0 mcast_query_interval -5",
    "vlan global set vid 5 dev br0 mcast_last_member_count 4294967296",
    "vlan global show dev nosuch",
    "vlan global show dev br0 dev br0",
    "vlan global show vid",
];

/// Changes: compared with bridge (the kernel refuses most of them here), then the table is
/// read back with bridge; their requests are compared under strace.
const CHANGES: &[&str] = &[
    "vlan add vid 5 dev v0",
    "vlan add vid 5 dev v0 pvid untagged",
    "vlan add vid 5 dev v0 master",
    "vlan add vid 5 dev br0 self",
    "vlan add vid 5 dev v0 self master untagged",
    "vlan add vid 5-10 dev v0 master untagged",
    "vlan add vid 40000 dev v0",
    "vlan add vid 40000-10 dev v0 untagged",
    "vlan add vid -5 dev v0",
    "vlan add vid 40000-10 dev vx0 tunnel_info id 1-2",
    "vlan add vid 5 dev v0 vid 6 dev v2 pvid",
    "vlan set vid 65535 vid 5 dev v0 state 1",
    "vlan a vid 7 dev v2 bogus untagged",
    "vlan add vid 5 dev vx0 tunnel_info id 100",
    "vlan add vid 5-10 dev vx0 tunnel_info id 100-110",
    "vlan add vid 5-10 dev vx0 tunnel_info id 100",
    "vlan add vid 5 dev vx0 tunnel_info i 0x10 tunnel_info id 7",
    "vlan del vid 5 dev v0",
    "vlan del vid 100-200 dev v0 self",
    "vlan delete vid 1 dev br0 self",
    "vlan d vid 7 dev vx0 tunnel_info id 700 master",
    "vlan set vid 5 dev v0 state 3",
    "vlan set dev v0 vid 5-9 state blocking mcast_router 2",
    "vlan set vid 5 dev v0 mcast_router 1 state 300",
    "vlan set vid 5 vid 6 dev v0 state forwarding",
    "vlan global set vid 5 dev br0 mcast_snooping 1",
    "vlan global set vid 5-7 dev br0 mcast_querier 1 mcast_igmp_version 3 mcast_mld_version 2",
    "vlan global set vid 5 dev br0 mcast_last_member_count 4 mcast_startup_query_count 0x5",
    "vlan global set dev br0 vid 9 mcast_last_member_interval 100 mcast_membership_interval 200",
    "vlan global set dev br0 vid 9 mcast_querier_interval 300 mcast_query_interval 400",
    "vlan global set dev br0 vid 9 mcast_query_response_interval 500 mcast_startup_query_interval 600",
];

/// The bytes of every `sendmsg`/`sendto` in an strace log written with `-e write=all`
/// (the hex dump lines after each call).
fn sent(log: &str) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    for line in log.lines() {
        if line.contains("sendmsg(") || line.contains("sendto(") {
            out.push(Vec::new());
            continue;
        }
        let Some(rest) = line.strip_prefix(" | ") else {
            continue;
        };
        let (Some(cur), Some(hex)) = (out.last_mut(), rest.get(7..55)) else {
            continue;
        };
        cur.extend(
            hex.split_whitespace()
                .filter_map(|h| u8::from_str_radix(h, 16).ok()),
        );
    }
    out
}

/// The last change request `program -n NS CMD` sent (RTM_DELLINK, RTM_SETLINK,
/// RTM_NEWVLAN), its sequence number and port id zeroed; and the exit code.
fn traced(program: &str, ns: &str, cmd: &str, tag: &str) -> (Option<i32>, Option<Vec<u8>>) {
    let log =
        std::env::temp_dir().join(format!("nlkit-brvlan-strace-{}-{tag}", std::process::id()));
    let o = Command::new("strace")
        .arg("-f")
        .arg("-o")
        .arg(&log)
        .args(["-e", "trace=sendmsg,sendto", "-e", "write=all"])
        .arg(program)
        .arg("-n")
        .arg(ns)
        .args(cmd.split_whitespace())
        .output()
        .unwrap_or_else(|e| panic!("cannot run strace: {e}"));
    let log_text = std::fs::read_to_string(&log).unwrap_or_default();
    let _ = std::fs::remove_file(&log);
    let request = sent(&log_text)
        .into_iter()
        .rfind(|m| m.len() >= 16 && [0x11, 0x13, 0x70].contains(&u16::from_ne_bytes([m[4], m[5]])))
        .map(|mut m| {
            m[8..16].fill(0);
            m
        });
    (o.status.code(), request)
}

/// The VLANs and tunnel mappings as bridge shows them after a change.
fn state(ns: &str) -> Vec<Run> {
    ["-j vlan show", "-j vlan tunnelshow", "-s -j vlan show"]
        .iter()
        .map(|c| run("bridge", ns, c))
        .collect()
}

fn setup() -> Option<Netns> {
    if !nltestns::tool("bridge", "compat_bridge_vlan") {
        return None;
    }
    let ns = Netns::new("nlkit-brvlan")?;
    for cmd in SETUP {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    Some(ns)
}

#[test]
fn vlan_as_bridge_shows_and_changes_it() {
    let Some(ns) = setup() else { return };
    let nlbridge = env!("CARGO_BIN_EXE_nlbridge");
    let mut failures = Vec::new();
    for args in SHOW.iter().chain(BAD) {
        let want = run("bridge", ns.name(), args);
        let got = run(nlbridge, ns.name(), args);
        if want != got {
            failures.push(format!(
                "{args}:\n{}\nnlbridge: {}",
                text(&want),
                text(&got)
            ));
        }
    }
    for change in CHANGES {
        let want = run("bridge", ns.name(), change);
        let want_state = state(ns.name());
        let got = run(nlbridge, ns.name(), change);
        let got_state = state(ns.name());
        if (&want, &want_state) != (&got, &got_state) {
            failures.push(format!(
                "{change}:\n{}{}\nnlbridge: {}{}",
                text(&want),
                want_state.iter().map(text).collect::<String>(),
                text(&got),
                got_state.iter().map(text).collect::<String>()
            ));
        }
    }
    let total = SHOW.len() + BAD.len() + CHANGES.len();
    println!(
        "compared {total} command lines with bridge ({} show, {} bad, {} changes)",
        SHOW.len(),
        BAD.len(),
        CHANGES.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {total} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn vlan_requests_are_bridges_bytes() {
    if !nltestns::tool("strace", "compat_bridge_vlan requests") {
        return;
    }
    let Some(ns) = setup() else { return };
    let nlbridge = env!("CARGO_BIN_EXE_nlbridge");
    let mut failures = Vec::new();
    for cmd in CHANGES {
        let want = traced("bridge", ns.name(), cmd, "bridge");
        let got = traced(nlbridge, ns.name(), cmd, "nlbridge");
        if want.1.is_none() {
            failures.push(format!("{cmd}: no request seen from bridge"));
        }
        if want != got {
            failures.push(format!(
                "{cmd}:\n  bridge   {want:02x?}\n  nlbridge {got:02x?}"
            ));
        }
    }
    println!("compared the requests of {} command lines", CHANGES.len());
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
