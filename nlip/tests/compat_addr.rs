//! `nlip address show` against `ip address show` on the same namespace state: stdout byte
//! for byte, stderr and exit code.

mod common;

const SETUP: &[&str] = &[
    "link set lo up",
    "link add v0 type veth peer name v1",
    // No kernel link-local addresses: their DAD would finish at its own pace, between the
    // two runs of a comparison (tentative -> not).
    "link set v0 addrgenmode none",
    "link set v1 addrgenmode none",
    "link set v1 alias the-peer",
    "link set v0 up",
    "link set v1 up",
    "addr add 10.0.0.1/24 dev v0",
    "addr add 10.0.0.5/24 dev v0 label v0:1",
    "addr add 10.30.0.1 peer 10.30.0.2/32 dev v0",
    "addr add 10.40.0.1/24 brd + dev v0 metric 55",
    "addr add 10.41.0.1/24 brd 10.41.0.200 dev v0",
    "addr add 10.42.0.1/24 dev v0 valid_lft forever preferred_lft 0",
    "addr add 2001:db8::1/64 dev v0 nodad",
    "-6 addr add 2001:db8:8::1/64 dev v0 noprefixroute nodad",
    "-6 addr add 2001:db8:9::1/64 dev v0 home mngtmpaddr nodad",
    "link add v2 type veth peer name v3",
    "link set v2 addrgenmode none",
    "link set v2 up",
    "addr add 10.20.0.1/24 dev v2",
    "link add br0 type bridge",
    "link set br0 addrgenmode none",
    "addr add 192.0.2.1/24 dev br0",
    "addr add 10.0.1.1/24 dev v1 label v1:a",
    "link add v4 type veth peer name v5",
    "link set v4 addrgenmode none",
    "link set v4 master br0",
    "link property add dev v0 altname longname0",
    "link property add dev v0 altname v0-second-alternative-name",
    "link add d0 type bridge",
];

const SHOW: &[&str] = &[
    "addr",
    "a",
    "addr show",
    "address list",
    "addr lst",
    "-4 addr",
    "-6 addr",
    "-4 a s",
    "addr show dev v0",
    "addr show v0",
    "addr show dev v1",
    "addr show dev v3",
    "addr show dev br0",
    "-4 addr show dev v2",
    "-6 addr show dev v0",
    "-6 addr show dev v0 scope link",
    "addr show scope host",
    "addr show scope global",
    "addr show scope link",
    "-6 addr show scope global",
    "addr show label v0:1",
    "addr show up",
    "-4 addr show up",
    "addr show to 10.0.0.0/24",
    "addr show to 10.40.0.1",
    "-j addr",
    "-j -4 addr",
    "-j -6 addr",
    "-j addr show dev lo",
    "-j -p addr show dev v0",
    "-j -p -6 addr",
    "-j addr show scope host",
    "-N addr show dev lo",
    "addr show dev nosuch",
    "addr help",
    "addr frob",
    "addr show scope nosuch",
    "addr show to foo",
    "-br addr",
    "-br -4 addr",
    "-br -6 addr",
    "-br -j addr",
    "-br -j -p addr",
    "-br addr show dev v0",
    "-o addr",
    "-o -4 addr",
    "-o addr show dev v0",
    "-o -6 addr show dev lo",
    "-d addr show dev lo",
    "-d addr",
    "-d -j addr show dev v0",
    "-s addr show dev lo",
    "-s -s addr show dev lo",
    "-s -j addr show dev lo",
    "-o -s addr show dev lo",
    "-br -c addr",
    "-c addr",
    "addr show label v1*",
    "addr show label v*",
    "addr show label lo",
    "-o addr show label v*",
    "addr show to 2001:db8::/32",
    "addr show to ::1",
    "-j addr show to ::1",
    "addr show to 10/8",
    "addr show to 10.0",
    "-j addr show to 10/8",
    "addr show to default",
    "-4 addr show to all",
    "addr show to 2001:db8::/32 to 10.0.0.0/8",
    "-6 addr show to 10/8",
    "addr show type veth",
    "addr show type bridge",
    "addr show type bridge_slave",
    "-j addr show type veth",
    "addr show master br0",
    "-br addr show master br0",
    "addr show nomaster",
    "-j addr show nomaster",
    "addr show group default",
    "addr show group nosuch",
    "addr show master nosuch",
    "addr show vrf foo",
    "addr show stable-privacy",
    "addr show optimistic",
    "addr show -nodad",
    "addr show -home",
    "addr show -dynamic",
    "addr show -primary",
    "-0 addr",
    "-f link addr",
    "-0 -br addr",
    "-0 -o addr",
    "-0 -j addr",
    "-0 -d addr show dev v0",
    "-0 addr show label v0",
    "-0 -j addr show label v0",
    "-0 addr show up",
    "-0 addr show dev v0",
    "-0 addr show type veth",
    "-d -4 addr",
    "-d -6 addr show dev v0",
    "-d addr show to 10/8",
    // devices by a `:label` suffix, an alternative name or `ifN`; the altname lines
    "addr show up permanent dev v0:0",
    "addr show dev v0:1",
    "addr show dev longname0",
    "addr show longname0",
    "-j addr show dev longname0",
    "addr show dev v0-second-alternative-name",
    "addr show dev if1",
    "addr show dev :0",
    // ip opens a JSON object for each link its printer refuses: `{}`
    "-6 -j a show up type veth master br0",
    "-6 -j a show master br0",
    "-j a show up",
    "-j -p a show up",
    "-j a show dev v0 type bridge",
    "-j -p a show dev v0 type bridge",
    "-j a show up type veth master br0",
    "-j a show group 5",
    "-j a show type bridge_slave",
    "-j a show nomaster up",
    "-4 -j a show up type veth",
    "-4 -j a show master br0",
    "-0 -j addr show type veth",
    "-0 -j addr show up",
    "-f bridge -j addr show type veth",
    // one-line JSON: the addresses alone, each with `index` and `dev`; brief with `label`:
    // no link part
    "-j -o addr show",
    "-j -p -o addr",
    "-o -j addr show dev v0",
    "-o -j -s addr show dev v0",
    "-o -j addr show scope link",
    "-o -j addr show label v0",
    "-br addr show label v0",
    "-br -j addr show label v0",
    // JSON: `{}` for each address of a shown link that the selectors refuse
    "-j addr show label v0",
    "-j -p addr show label v0",
    "-j addr show to 10.0.0.1",
    "-j addr show dev v0 scope link",
    "-br -j addr show up scope 253",
    "-j -s addr show label v0",
    // `help` where the device goes prints the usage (`dev help` names a device)
    "addr show dev v0 help",
    "addr show dev help",
    "addr show h",
    // one master selector, the last: `nomaster` after `master` and the other way round
    "addr show master br0 nomaster",
    "addr show nomaster master br0",
    "-d -j addr show nomaster master br0",
    "addr show type veth master br0 nomaster",
];

#[test]
fn address_show_matches_ip() {
    common::compare_with_ip("compat-addr", SETUP, SHOW);
}

/// A veth whose peer lives in another named namespace: `link-netns NAME` in the text
/// listings, the id in JSON.
#[test]
fn address_show_peer_namespace_matches_ip() {
    let Some(ns) = nltestns::Netns::new("compat-addr-ns") else {
        return;
    };
    let Some(peer) = nltestns::Netns::new("compat-addr-peer") else {
        return;
    };
    ns.ip_ok(&["link", "set", "lo", "up"]);
    let add = "link add v6 type veth peer name v7 netns";
    let mut args: Vec<&str> = add.split_whitespace().collect();
    args.push(peer.name());
    ns.ip_ok(&args);
    ns.ip_ok(&["link", "set", "v6", "addrgenmode", "none"]);
    ns.ip_ok(&["addr", "add", "10.6.0.1/24", "dev", "v6"]);
    common::compare_in(
        &ns,
        &[
            "addr",
            "addr show dev v6",
            "-j addr show dev v6",
            "-4 addr",
            "-j -4 addr",
            "-o -4 addr",
            "-d -4 addr",
            "-0 addr",
            "-o addr show dev v6",
        ],
    );
}

/// ip exits (0) once `address save` has written its dump: the rest of a batch is not run.
/// The dumps differ in their sequence numbers and ports: their lengths are compared.
#[test]
fn address_save_ends_a_batch_as_in_ip() {
    let Some(ns) = nltestns::Netns::new("compat-addr-save") else {
        return;
    };
    for cmd in SETUP {
        ns.ip_ok(&cmd.split_whitespace().collect::<Vec<_>>());
    }
    let file = std::env::temp_dir().join(format!("nlip-addr-save-{}.batch", std::process::id()));
    std::fs::write(&file, "addr save\nlink show lo\naddr frob\n").expect("batch file");
    let nlip = env!("CARGO_BIN_EXE_nlip");
    let mut failures = Vec::new();
    for opts in ["-batch", "-force -batch"] {
        let line = format!("{opts} {}", file.display());
        let (a, b) = (
            common::run("ip", ns.name(), &line),
            common::run(nlip, ns.name(), &line),
        );
        let (a, b) = ((a.0, a.1.len(), a.2), (b.0, b.1.len(), b.2));
        if a != b {
            failures.push(format!("{line}:\nip:   {a:?}\nnlip: {b:?}"));
        }
    }
    let _ = std::fs::remove_file(&file);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
