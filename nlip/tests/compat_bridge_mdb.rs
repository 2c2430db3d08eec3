//! `nlbridge mdb` against bridge 6.1 in a namespace: two bridges (br0 with IGMPv3 and
//! MLDv2 snooping, ports v0 and v2, v2 a permanent router port; br1 with
//! port v4, a temporary router port), fixed MAC addresses and no IPv6 link-local
//! addresses (so the kernel joins nothing of its own but the bridges' ff02::6a). The
//! database holds permanent and temporary entries for IPv4, IPv6 and link-layer groups,
//! one with a VLAN, (S,G) entries (one the kernel adds, `added_by_star_ex`), a host join,
//! and (*,G) entries with a source list, mode and protocol that only the library can make
//! (bridge 6.1 has no `source_list`; nlkit sends it as bridge 6.3 does), one in exclude
//! mode (its source `blocked`).
//!
//! Every show line and bad command compares stdout, stderr and the exit code (timers,
//! which tick between the two runs, are masked in `-s` lines); every change is made with
//! bridge, read back, undone, then made with nlbridge and read back: both must be equal.

mod common;

use common::{run, text, Run};
use nlkit::rtnl::bridge::mdb::{GroupMode, MdbEntry, MdbGroup, MdbSource, MdbState};
use nlkit::rtnl::{self, RouteProtocol, Verb};
use nltestns::Netns;

const SETUP: &[&str] = &[
    "link add br0 address 02:00:00:00:01:01 type bridge mcast_snooping 1 mcast_igmp_version 3 mcast_mld_version 2",
    "link add br1 address 02:00:00:00:01:11 type bridge mcast_snooping 1",
    "link add v0 address 02:00:00:00:01:02 type veth peer name v1 address 02:00:00:00:01:03",
    "link add v2 address 02:00:00:00:01:04 type veth peer name v3 address 02:00:00:00:01:05",
    "link add v4 address 02:00:00:00:01:06 type veth peer name v5 address 02:00:00:00:01:07",
    "link set dev br0 addrgenmode none",
    "link set dev br1 addrgenmode none",
    "link set dev v0 addrgenmode none",
    "link set dev v1 addrgenmode none",
    "link set dev v2 addrgenmode none",
    "link set dev v3 addrgenmode none",
    "link set dev v4 addrgenmode none",
    "link set dev v5 addrgenmode none",
    "link set v0 master br0",
    "link set v2 master br0",
    "link set v4 master br1",
    "link set br0 up",
    "link set br1 up",
    "link set v0 up",
    "link set v1 up",
    "link set v2 up",
    "link set v3 up",
    "link set v4 up",
    "link set v5 up",
    "link set v2 type bridge_slave mcast_router 2",
    "link set v4 type bridge_slave mcast_router 3",
];

const STATE: &[&str] = &[
    "mdb add dev br0 port v0 grp 239.1.1.1 permanent",
    "mdb add dev br0 port v0 grp 239.1.1.2 temp",
    "mdb add dev br0 port v2 grp 239.1.1.1 permanent vid 5",
    "mdb add dev br0 port v0 grp ff0e::1 permanent",
    "mdb add dev br0 port v2 grp ff0e::2 temp",
    "mdb add dev br0 port v0 grp 01:00:5e:01:02:03 permanent",
    "mdb add dev br0 port v0 grp 239.1.1.3 src 10.0.0.1 permanent",
    "mdb add dev br0 port v2 grp ff0e::3 src 2001:db8::1 permanent",
    "mdb add dev br0 port br0 grp 239.1.1.4",
    "mdb add dev br1 port v4 grp 239.2.2.2 permanent",
    // v0's (*,G) exclude entry of 239.1.1.1 makes the kernel add (10.0.0.9, G) on v0 too
    // (added_by_star_ex).
    "mdb add dev br0 port v2 grp 239.1.1.1 src 10.0.0.9 permanent",
];

const SHOW: &[&str] = &[
    "mdb",
    "mdb show",
    "mdb list",
    "mdb lst",
    "mdb s",
    "-d mdb",
    "-s mdb",
    "-d -s mdb",
    "-j mdb",
    "-j -p mdb",
    "-j -d mdb",
    "-j -d -s mdb",
    "-j -p -d -s mdb",
    "-j -p -d mdb show dev br1",
    "-details -statistics mdb show",
    "--json mdb",
    "mdb show dev br0",
    "mdb show dev br1",
    "-d mdb show dev br1",
    "-j mdb show dev br1",
    "mdb show dev v0",
    "-j -d mdb show dev v0",
    "mdb show vid 5",
    "mdb show vid 0",
    "mdb show vid 7",
    "mdb show vid -1",
    "mdb show vid 5x",
    "mdb show dev br0 vid 5",
    "-d -j -p mdb show dev br0 vid 5",
    "mdb show vid 0 vid 5",
    "mdb show port v0",
    "mdb show help",
    "mdb show bogus words",
    "mdb show dev if2",
];

const BAD: &[&str] = &[
    "mdb show dev",
    "mdb show vid",
    "mdb show dev br0 dev br1",
    "mdb show vid 5 vid 6",
    "mdb show dev nosuch",
    "mdb bogus",
    "mdb replace dev br0 port v0 grp 239.1.1.1",
    "mdb get dev br0 grp 239.1.1.1",
    "mdb flush",
    "mdb help",
    "mdb h",
    "mdb add",
    "mdb add help",
    "mdb add dev br0 port v0 grp 239.1.1.9 bogus he",
    "mdb add dev br0",
    "mdb add dev br0 port v0",
    "mdb add dev br0 grp 239.1.1.9",
    "mdb add port v0 grp 239.1.1.9",
    "mdb add dev",
    "mdb add dev br0 port",
    "mdb add dev br0 port v0 grp",
    "mdb add dev br0 port v0 grp 239.1.1.9 vid",
    "mdb add dev br0 port v0 grp 239.1.1.9 src",
    "mdb add dev nosuch port v0 grp 239.1.1.9",
    "mdb add dev br0 port nosuch grp 239.1.1.9",
    "mdb add dev nosuch port v0 grp zz",
    "mdb add dev br0 port v0 grp zz",
    "mdb add dev br0 port v0 grp 01:02:zz",
    "mdb add dev br0 port v0 grp 1:2:3:4:5:6:7",
    "mdb add dev br0 port v0 grp 1:2:3",
    "mdb add dev br0 port v0 grp 1.2.3",
    "mdb add dev br0 port v0 grp 1.2.x",
    "mdb add dev br0 port v0 grp 256.1.1.1",
    "mdb add dev br0 port v0 grp ff0e::zz",
    "mdb add dev br0 port v0 grp 01:00:5e:01:02:300",
    "mdb add dev br0 port v0 grp 239.1.1.9 src bogus",
    "mdb add dev br0 port v0 grp 239.1.1.9 src 1.2.3.300",
    "mdb add dev br0 port v0 grp zz src bogus",
    "mdb add dev br0 port v0 grp 239.1.1.9 src ff02::1",
    "mdb add dev br0 port v0 grp 239.1.1.9 vid 5000",
    "mdb add dev br0 port v0 grp 239.1.1.9 vid -1",
    "mdb add dev br0 port v0 grp 239.1.1.9 vid 99999999999",
    "mdb add dev br0 port v0 grp 10.0.0.1",
    "mdb add dev br0 port v0 grp 00:11:22:33:44:55",
    "mdb add dev v0 port v2 grp 239.1.1.9",
    "mdb add dev br0 port v4 grp 239.1.1.9",
    "mdb add dev br0 port v0 grp 239.1.1.1 permanent",
    "mdb add dev br0 port br0 grp 239.1.1.9 permanent",
    "mdb del dev br0 port v0 grp 239.9.9.9",
    "mdb del dev br0 port v0 grp 239.1.1.3 src 10.0.0.99",
    "mdb del",
    "mdb del help",
    "mdb delete dev br0 port v0",
    "mdb add dev br0 port v0 grp 239.1.1.9 he",
    "mdb ad dev br0 port v0 grp 239.1.1.9 src 10.0.0.1 src 2001:db8::1",
    "mdb del dev br0 port v0 grp 01:00:5e:99:99:99",
];

/// (change, its undo): each made with bridge, read back, undone; then with nlbridge.
const CHANGES: &[(&str, &str)] = &[
    (
        "mdb add dev br0 port v0 grp 239.1.1.10 permanent",
        "mdb del dev br0 port v0 grp 239.1.1.10",
    ),
    (
        "mdb add dev br0 port v2 grp 239.1.1.11",
        "mdb del dev br0 port v2 grp 239.1.1.11",
    ),
    (
        "mdb add dev br0 port v0 grp 239.1.1.12 permanent vid 7",
        "mdb del dev br0 port v0 grp 239.1.1.12 vid 7",
    ),
    (
        "mdb add dev br0 port v0 grp ff0e::10 permanent",
        "mdb del dev br0 port v0 grp ff0e::10",
    ),
    (
        "mdb add dev br0 port v2 grp 01:00:5e:0a:0b:0c permanent",
        "mdb del dev br0 port v2 grp 01:00:5e:0a:0b:0c",
    ),
    (
        "mdb add dev br0 port v0 grp 239.1.1.13 src 10.0.0.5 permanent",
        "mdb del dev br0 port v0 grp 239.1.1.13 src 10.0.0.5",
    ),
    (
        "mdb add dev br0 port v2 grp ff0e::11 src 2001:db8::5",
        "mdb del dev br0 port v2 grp ff0e::11 src 2001:db8::5",
    ),
    (
        "mdb add dev br0 port br0 grp 239.1.1.14",
        "mdb del dev br0 port br0 grp 239.1.1.14",
    ),
    (
        "mdb del dev br0 port v0 grp 239.1.1.1 permanent",
        "mdb add dev br0 port v0 grp 239.1.1.1 permanent",
    ),
    (
        "mdb del dev br0 port v0 grp 239.1.1.3 src 10.0.0.1",
        "mdb add dev br0 port v0 grp 239.1.1.3 src 10.0.0.1 permanent",
    ),
    (
        "mdb ad dev br0 port v0 grp 239.1.1.15 permanent filter_mode include",
        "mdb d dev br0 port v0 grp 239.1.1.15",
    ),
    (
        "mdb add dev br0 port v0 grp 239.1.1.16 grp 239.1.1.17 dev br0 permanent temp",
        "mdb del dev br0 port v0 grp 239.1.1.17",
    ),
    (
        "mdb add dev br1 port v4 grp ff0e::20 permanent",
        "mdb del dev br1 port v4 grp ff0e::20",
    ),
    (
        "mdb add dev br0 port v0 grp 239.1.1.18 vid 5x",
        "mdb del dev br0 port v0 grp 239.1.1.18 vid 5",
    ),
    (
        "mdb add dev br0 port v0 grp 239.1.1.19 perm",
        "mdb del dev br0 port v0 grp 239.1.1.19",
    ),
    (
        "mdb a dev br0 port v2 grp ff0e::12 permanent vid 9",
        "mdb del dev br0 port v2 grp ff0e::12 vid 9",
    ),
];

/// Timers (`S.CC`: digits, one dot, two digits, between non-number bytes) as zeros: they
/// tick between bridge's run and nlbridge's.
fn mask_timers(b: &[u8]) -> Vec<u8> {
    let mut out = b.to_vec();
    let number = |c: u8| c.is_ascii_digit() || c == b'.';
    let mut i = 0;
    while i < out.len() {
        if !number(out[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < out.len() && number(out[i]) {
            i += 1;
        }
        let run = &out[start..i];
        let dots = run.iter().filter(|c| **c == b'.').count();
        if dots == 1 && run.len() >= 4 && run[run.len() - 3] == b'.' && run[0] != b'.' {
            for c in &mut out[start..i] {
                if c.is_ascii_digit() {
                    *c = b'0';
                }
            }
        }
    }
    out
}

/// `program -n NS ARGS`, timers masked in `-s` lines.
fn run_masked(program: &str, ns: &str, args: &str) -> Run {
    let (code, out, err) = run(program, ns, args);
    if args
        .split_whitespace()
        .any(|w| w.starts_with("-s") || w == "-statistics")
    {
        (code, mask_timers(&out), err)
    } else {
        (code, out, err)
    }
}

/// The database as `bridge -d mdb show` shows it, its lines sorted (an entry deleted and
/// added again may come back elsewhere).
fn show(ns: &str) -> Run {
    let (code, out, err) = run("bridge", ns, "-d mdb show");
    let mut lines: Vec<&[u8]> = out.split(|b| *b == b'\n').collect();
    lines.sort();
    (code, lines.join(&b'\n'), err)
}

/// A (*,G) entry with a source list, include mode and protocol babel, made with the
/// library (`MDBE_ATTR_SRC_LIST`, kernels 6.3 and later): what bridge 6.1 can show but
/// not make.
fn add_source_list(ns: &Netns) {
    let mut conn = ns.conn();
    let index = |conn: &mut nlkit::engine::Conn, name: &str| {
        rtnl::get(conn, &rtnl::link::LinkQuery::by_name(name))
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .index
    };
    let (br0, v0, v2) = (
        index(&mut conn, "br0"),
        index(&mut conn, "v0"),
        index(&mut conn, "v2"),
    );
    let mut e = MdbEntry::new(br0, v0, MdbGroup::Ipv4("239.1.1.5".parse().unwrap()));
    e.state = MdbState::Permanent;
    e.mode = Some(GroupMode::Include);
    e.protocol = Some(RouteProtocol::Babel);
    e.sources = Some(
        ["10.0.0.7", "10.0.0.8"]
            .iter()
            .map(|a| MdbSource {
                address: a.parse().unwrap(),
                timer: None,
            })
            .collect(),
    );
    rtnl::apply(&mut conn, &e, Verb::Replace).expect("replace with a source list");
    // Exclude mode: the listed source's (S,G) entry is blocked.
    let mut e = MdbEntry::new(br0, v2, MdbGroup::Ipv4("239.1.1.6".parse().unwrap()));
    e.state = MdbState::Permanent;
    e.mode = Some(GroupMode::Exclude);
    e.sources = Some(vec![MdbSource {
        address: "10.0.0.9".parse().unwrap(),
        timer: None,
    }]);
    rtnl::apply(&mut conn, &e, Verb::Replace).expect("replace in exclude mode");
}

/// Builds the namespace's state; waits for the bridge's own ff02::6a join, which comes
/// a moment after br0 is up.
fn build(ns: &Netns) {
    for cmd in SETUP {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    for cmd in STATE {
        let r = run("bridge", ns.name(), cmd);
        assert_eq!(r.0, Some(0), "setup {cmd}: {}", text(&r));
    }
    add_source_list(ns);
    for _ in 0..50 {
        if String::from_utf8_lossy(&run("bridge", ns.name(), "mdb").1).contains("ff02::6a") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn mdb_as_bridge_shows_and_changes_it() {
    if !nltestns::tool("bridge", "compat_bridge_mdb") {
        return;
    }
    let Some(ns) = Netns::new("nlkit-brmdb") else {
        return;
    };
    build(&ns);
    let shown = String::from_utf8_lossy(&run("bridge", ns.name(), "-d mdb").1).into_owned();
    // The kernel lists the sources newest first.
    let list = " source_list 10.0.0.8/0.00,10.0.0.7/0.00 proto babel ";
    assert!(shown.contains(list), "{shown}");
    for word in [
        "router ports on br0: v2",
        "router ports on br1: v4",
        " added_by_star_ex",
        " blocked",
    ] {
        assert!(shown.contains(word), "{word}: {shown}");
    }
    let nlbridge = env!("CARGO_BIN_EXE_nlbridge");
    let mut failures = Vec::new();
    let mut lines = 0;
    for args in SHOW.iter().chain(BAD) {
        let want = run_masked("bridge", ns.name(), args);
        let got = run_masked(nlbridge, ns.name(), args);
        lines += want.1.split(|b| *b == b'\n').count() + want.2.split(|b| *b == b'\n').count();
        if want != got {
            failures.push(format!(
                "{args}:\n{}\nnlbridge: {}",
                text(&want),
                text(&got)
            ));
        }
    }
    let before = show(ns.name());
    for (change, undo) in CHANGES {
        let want = run("bridge", ns.name(), change);
        let want_state = show(ns.name());
        let undone = run("bridge", ns.name(), undo);
        if undone.0 != Some(0) || want_state == before {
            failures.push(format!(
                "{change} (bridge) changed nothing or was not undone: {}\nundo {undo}: {}",
                text(&want),
                text(&undone)
            ));
            continue;
        }
        let got = run(nlbridge, ns.name(), change);
        let got_state = show(ns.name());
        if (&want, &want_state) != (&got, &got_state) {
            failures.push(format!(
                "{change}:\n{}{}\nnlbridge: {}{}",
                text(&want),
                text(&want_state),
                text(&got),
                text(&got_state)
            ));
        }
        let r = run("bridge", ns.name(), undo);
        if r.0 != Some(0) || show(ns.name()) != before {
            failures.push(format!(
                "undo {undo} after nlbridge's {change}: {}",
                text(&r)
            ));
        }
    }
    let total = SHOW.len() + BAD.len() + CHANGES.len();
    println!(
        "compared {total} command lines with bridge ({} show, {} bad, {} changes; \
         {lines} output lines)",
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
fn timers_are_masked_and_addresses_kept() {
    assert_eq!(
        mask_timers(b"grp 239.1.1.1 temp  259.97 10.0.0.1/0.05 vid 5"),
        b"grp 239.1.1.1 temp  000.00 10.0.0.1/0.00 vid 5"
    );
}

/// The library's dump and get against what bridge shows: every entry bridge prints is in
/// the dump, and a get of one group answers with its entries (kernels 6.7 and later).
#[test]
fn library_dump_and_get_agree_with_bridge() {
    use nlkit::rtnl::bridge::mdb::{self, MdbFilter, MdbQuery, RouterType};
    if !nltestns::tool("bridge", "compat_bridge_mdb") {
        return;
    }
    let Some(ns) = Netns::new("nlkit-brmdb") else {
        return;
    };
    build(&ns);
    let mut conn = ns.conn();
    let all = mdb::dump(&mut conn, &MdbFilter::default()).expect("dump");
    let shown = String::from_utf8_lossy(&run("bridge", ns.name(), "mdb").1).into_owned();
    let entries: usize = all.iter().map(|m| m.entries.len()).sum();
    assert_eq!(entries, shown.lines().count(), "{all:?}\n{shown}");
    assert!(all
        .iter()
        .flat_map(|m| &m.entries)
        .all(|e| e.malformed.is_empty()));
    let br0 = rtnl::get(&mut conn, &rtnl::link::LinkQuery::by_name("br0"))
        .expect("br0")
        .index;
    let only = mdb::dump(&mut conn, &MdbFilter { bridge: Some(br0) }).expect("dump br0");
    assert!(only.iter().all(|m| m.bridge == br0) && !only.is_empty());
    let routers: Vec<_> = only
        .iter()
        .flat_map(|m| m.routers.iter().flatten())
        .collect();
    assert_eq!(routers.len(), 1);
    assert_eq!(routers[0].kind, Some(RouterType::Permanent));
    let group = MdbGroup::Ipv4("239.1.1.5".parse().unwrap());
    let q = MdbQuery {
        bridge: br0,
        group,
        ..Default::default()
    };
    let got = mdb::get(&mut conn, &q).expect("get 239.1.1.5");
    assert_eq!(got.bridge, br0);
    let star = got
        .entries
        .iter()
        .find(|e| e.group == group && e.source.is_none())
        .expect("the (*,G) entry");
    assert_eq!(star.mode, Some(GroupMode::Include));
    assert_eq!(star.protocol, Some(RouteProtocol::Babel));
    let mut sources: Vec<String> = star
        .sources
        .iter()
        .flatten()
        .map(|s| s.address.to_string())
        .collect();
    sources.sort();
    assert_eq!(sources, ["10.0.0.7", "10.0.0.8"]);
    let missing = MdbQuery {
        group: MdbGroup::Ipv4("239.9.9.9".parse().unwrap()),
        ..q
    };
    assert!(mdb::get(&mut conn, &missing).is_err());
    println!(
        "library: {entries} entries dumped, get of one group: {} entries",
        got.entries.len()
    );
}
