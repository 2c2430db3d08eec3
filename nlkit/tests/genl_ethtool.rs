//! The typed ethtool API (`nlkit::genl::ethtool`) against the real kernel, each test in a
//! fresh network namespace with a veth pair, compared with the `ethtool` tool's view where
//! it has one (skipped without it). Skipped with a printed reason without privileges;
//! failing instead when NLKIT_REQUIRE_NETNS=1.
#![cfg(feature = "ynl-ethtool")]

use nlkit::engine::Conn;
use nlkit::genl::ethtool::{
    self, Change, ChannelsChange, Device, Duplex, Error, ErrorKind, LinkModesChange, Operation,
    PauseChange, Port, RingsChange, SofTimestamping, StringSetId, Transceiver, WolModes,
};
use nlkit::genl::Families;
use nlkit::sys::errno::{ENODEV, EOPNOTSUPP};
use nlkit::sys::Protocol;
use nltestns::Netns;
use std::collections::BTreeMap;
use std::process::Command;
use std::time::Duration;

/// A namespace with the veth pair v0/v1 and a generic netlink connection in it.
fn veth(prefix: &str) -> Option<(Netns, Conn, Families)> {
    let ns = Netns::new(prefix)?;
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let conn = ns.conn_of(Protocol::Generic);
    Some((ns, conn, Families::new()))
}

/// `ethtool ARGS` run in the namespace; `None` without the tool.
fn ethtool(ns: &Netns, args: &[&str]) -> Option<String> {
    if !nltestns::tool("ethtool", "genl_ethtool") {
        return None;
    }
    let out = Command::new("ip")
        .args(["netns", "exec", ns.name(), "ethtool"])
        .args(args)
        .output()
        .expect("ip netns exec ethtool");
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `ethtool -k`'s lines as name -> (on, fixed).
fn ethtool_k(text: &str) -> BTreeMap<String, (bool, bool)> {
    let mut m = BTreeMap::new();
    for line in text.lines().skip(1) {
        let Some((name, rest)) = line.trim().split_once(": ") else {
            continue;
        };
        let on = rest.starts_with("on");
        m.insert(name.to_owned(), (on, rest.contains("[fixed]")));
    }
    m
}

#[test]
fn features_as_ethtool_shows_them() {
    let Some((ns, mut conn, families)) = veth("etfeat") else {
        return;
    };
    let dev = Device::named("v0");
    let f = dev.features(&mut conn, &families).unwrap();
    assert!(f.active.contains("tx-checksum-ip-generic"), "{f:?}");
    assert!(f.hw.contains("rx-gro"));
    assert!(!f.active.contains("rx-gro"), "veth starts without GRO");
    assert!(f.is_fixed("tx-checksum-ipv4"));
    let by_index = Device::index(ifindex(&ns, "v0"));
    assert_eq!(by_index.features(&mut conn, &families).unwrap(), f);
    let Some(text) = ethtool(&ns, &["-k", "v0"]) else {
        return;
    };
    let names = dev
        .string_set(&mut conn, &families, StringSetId::Features)
        .unwrap();
    let mut compared = 0;
    for (name, (on, fixed)) in ethtool_k(&text) {
        if names.contains(&name) {
            assert_eq!(f.is_active(&name), on, "{name}");
            assert_eq!(f.is_fixed(&name), fixed, "{name}");
            compared += 1;
        }
    }
    assert!(compared > 30, "only {compared} features compared");
}

fn ifindex(ns: &Netns, name: &str) -> u32 {
    let out = ns.ip_ok(&["-o", "link", "show", name]);
    out.split(':').next().unwrap().trim().parse().unwrap()
}

#[test]
fn setting_features_reports_what_changed_and_what_was_refused() {
    let Some((ns, mut conn, families)) = veth("etfset") else {
        return;
    };
    let dev = Device::named("v0");
    let change = dev
        .set_features(&mut conn, &families, &[("rx-gro", true)])
        .unwrap();
    assert_eq!(change.changed.get("rx-gro"), Some(&true), "{change:?}");
    assert!(change.refused.is_empty(), "{change:?}");
    assert!(dev
        .features(&mut conn, &families)
        .unwrap()
        .is_active("rx-gro"));
    if let Some(text) = ethtool(&ns, &["-k", "v0"]) {
        assert_eq!(ethtool_k(&text)["generic-receive-offload"], (true, false));
    }

    // A fixed feature: asked for, not set.
    let change = dev
        .set_features(&mut conn, &families, &[("tx-checksum-ipv4", true)])
        .unwrap();
    assert_eq!(
        change.refused.get("tx-checksum-ipv4"),
        Some(&true),
        "{change:?}"
    );
    assert!(change.changed.is_empty(), "{change:?}");

    // Turning checksumming off turns the segmentation offloads that need it off too.
    let change = dev
        .set_features(&mut conn, &families, &[("tx-checksum-ip-generic", false)])
        .unwrap();
    assert_eq!(change.changed.get("tx-checksum-ip-generic"), Some(&false));
    assert_eq!(
        change.changed.get("tx-tcp-segmentation"),
        Some(&false),
        "{change:?}"
    );

    // A name the kernel does not have: nothing is sent.
    let e = dev
        .set_features(&mut conn, &families, &[("no-such-feature", true)])
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownName, "{e}");
    assert_eq!(
        e.to_string(),
        "ethtool: v0 has no \"no-such-feature\" in its features strings"
    );
}

#[test]
fn channels_read_and_changed() {
    let Some((ns, mut conn, families)) = veth("etchan") else {
        return;
    };
    let dev = Device::named("v0");
    let c = dev.channels(&mut conn, &families).unwrap();
    assert_eq!((c.rx, c.tx), (Some(1), Some(1)), "{c:?}");
    let nproc = std::thread::available_parallelism().map_or(1, |n| n.get() as u32);
    assert_eq!(c.rx_max, Some(nproc), "veth allows a queue per CPU");
    if let Some(text) = ethtool(&ns, &["-l", "v0"]) {
        assert!(text.contains(&format!("RX:\t\t{nproc}")), "{text}");
    }
    if nproc < 2 {
        return;
    }
    let change = ChannelsChange {
        rx: Some(2),
        ..Default::default()
    };
    dev.set_channels(&mut conn, &families, &change).unwrap();
    assert_eq!(dev.channels(&mut conn, &families).unwrap().rx, Some(2));
    if let Some(text) = ethtool(&ns, &["-l", "v0"]) {
        let current = text.split("Current hardware settings:").nth(1).unwrap();
        assert!(current.contains("RX:\t\t2"), "{text}");
    }
    // More than the device has: the kernel's EINVAL, not "unsupported".
    let too_many = ChannelsChange {
        rx: Some(nproc + 1),
        ..Default::default()
    };
    let e = dev
        .set_channels(&mut conn, &families, &too_many)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Other, "{e}");
    assert!(e.kernel().is_some(), "{e:?}");
}

#[test]
fn what_veth_does_not_support_is_the_typed_error() {
    let Some((_ns, mut conn, families)) = veth("etunsup") else {
        return;
    };
    let dev = Device::named("v0");
    let e = dev.pause(&mut conn, &families).unwrap_err();
    assert!(e.is_unsupported(), "{e:?}");
    assert_eq!(e.errno(), Some(EOPNOTSUPP));
    assert_eq!(e.to_string(), "ethtool: v0 does not support pause");
    let Error::Unsupported {
        operation, kernel, ..
    } = &e
    else {
        panic!("{e:?}");
    };
    assert_eq!((*operation, kernel.errno), (Operation::Pause, EOPNOTSUPP));

    let e = dev
        .set_pause(
            &mut conn,
            &families,
            &PauseChange {
                rx: Some(true),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert!(e.is_unsupported(), "{e:?}");
    assert!(
        e.to_string()
            .starts_with("ethtool: v0 does not support changing pause"),
        "{e}"
    );

    let checks: [(&str, Result<(), Error>); 6] = [
        ("rings", dev.rings(&mut conn, &families).map(drop)),
        ("coalesce", dev.coalesce(&mut conn, &families).map(drop)),
        ("eee", dev.eee(&mut conn, &families).map(drop)),
        (
            "private flags",
            dev.private_flags(&mut conn, &families).map(drop),
        ),
        ("debug", dev.debug(&mut conn, &families).map(drop)),
        (
            "wake-on-lan",
            dev.wake_on_lan(&mut conn, &families).map(drop),
        ),
    ];
    for (what, r) in checks {
        let e = r.unwrap_err();
        assert!(e.is_unsupported(), "{what}: {e:?}");
        assert_eq!(
            e.to_string(),
            format!("ethtool: v0 does not support {what}")
        );
    }
    // A device that is not there is not "unsupported".
    let e = Device::named("nope0")
        .link_info(&mut conn, &families)
        .unwrap_err();
    assert_eq!(
        (e.kind(), e.errno()),
        (ErrorKind::Other, Some(ENODEV)),
        "{e}"
    );
}

#[test]
fn link_info_modes_and_state() {
    let Some((ns, mut conn, families)) = veth("etlink") else {
        return;
    };
    let dev = Device::named("v0");
    let info = dev.link_info(&mut conn, &families).unwrap();
    assert_eq!(info.port, Some(Port::TwistedPair), "{info:?}");
    assert_eq!(info.transceiver, Some(Transceiver::Internal));
    let modes = dev.link_modes(&mut conn, &families).unwrap();
    assert_eq!(modes.speed, Some(10000), "{modes:?}");
    assert_eq!(modes.duplex, Some(Duplex::Full));
    assert!(!modes.autoneg);
    assert!(
        modes.advertised.is_empty() && modes.supported.is_empty(),
        "{modes:?}"
    );
    assert_eq!(
        dev.link_state(&mut conn, &families).unwrap().link,
        Some(false)
    );
    ns.ip_ok(&["link", "set", "v0", "up"]);
    ns.ip_ok(&["link", "set", "v1", "up"]);
    assert_eq!(
        dev.link_state(&mut conn, &families).unwrap().link,
        Some(true)
    );
    if let Some(text) = ethtool(&ns, &["v0"]) {
        assert!(text.contains("Speed: 10000Mb/s"), "{text}");
        assert!(text.contains("Duplex: Full"), "{text}");
        assert!(text.contains("Port: Twisted Pair"), "{text}");
        assert!(text.contains("Link detected: yes"), "{text}");
    }
}

#[test]
fn string_sets_timestamping_and_statistics() {
    let Some((ns, mut conn, families)) = veth("etinfo") else {
        return;
    };
    let dev = Device::named("v0");
    let own = dev.string_sets(&mut conn, &families, &[]).unwrap();
    assert!(
        own.stats().is_some_and(|s| s.contains("peer_ifindex")),
        "veth's own stats"
    );
    // The driver's own statistics names are `ethtool -S`'s, in its order.
    if let Some(text) = ethtool(&ns, &["-S", "v0"]) {
        let shown: Vec<&str> = text
            .lines()
            .skip(1)
            .filter_map(|l| l.trim().split_once(": ").map(|(n, _)| n))
            .collect();
        let ours: Vec<&str> = own.stats().unwrap().iter().map(|(_, n)| n).collect();
        assert_eq!(ours, shown);
    }
    let sets = ethtool::string_sets(&mut conn, &families, &[]).unwrap();
    let ids: Vec<StringSetId> = sets.iter().map(|s| s.id).collect();
    assert!(
        ids.len() > 10 && !ids.contains(&StringSetId::Stats),
        "{ids:?}"
    );
    let modes = sets
        .link_modes()
        .unwrap_or_else(|| panic!("link modes in {ids:?}"));
    assert_eq!(
        modes.get(modes.index_of("10000baseT/Full").unwrap()),
        Some("10000baseT/Full")
    );
    assert!(sets.features().unwrap().contains("rx-gro"));
    let two = dev
        .string_sets(
            &mut conn,
            &families,
            &[StringSetId::LinkModes, StringSetId::WakeOnLanModes],
        )
        .unwrap();
    assert_eq!(two.len(), 2);
    assert_eq!(two.link_modes(), sets.link_modes());

    let ts = dev.timestamping(&mut conn, &families).unwrap();
    let soft =
        SofTimestamping::TX_SOFTWARE | SofTimestamping::RX_SOFTWARE | SofTimestamping::SOFTWARE;
    assert!(ts.capabilities.contains(soft), "{ts:?}");
    assert_eq!(ts.phc_index, None);
    assert!(ts.tx_types.is_empty() && ts.rx_filters.is_empty(), "{ts:?}");
    if let Some(text) = ethtool(&ns, &["-T", "v0"]) {
        assert!(text.contains("software-transmit") && text.contains("PTP Hardware Clock: none"));
    }
    // veth keeps none of the standard groups: an answer without groups.
    let stats = dev.statistics(&mut conn, &families).unwrap();
    assert!(stats.groups.is_empty(), "{stats:?}");
}

#[test]
fn changes_veth_does_not_support_are_the_typed_error() {
    let Some((ns, mut conn, families)) = veth("etunchg") else {
        return;
    };
    let dev = Device::named("v0");
    let e = dev
        .set_rings(
            &mut conn,
            &families,
            &RingsChange {
                rx: Some(64),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert!(e.is_unsupported(), "{e:?}");

    let changes: [(&str, Result<nlkit::engine::Ack, Error>); 4] = [
        (
            "coalesce",
            dev.set_coalesce(&mut conn, &families, &Default::default()),
        ),
        (
            "eee",
            dev.set_eee(&mut conn, &families, &Default::default()),
        ),
        (
            "wake-on-lan",
            dev.set_wake_on_lan(&mut conn, &families, WolModes::MAGIC),
        ),
        (
            "private flags",
            dev.set_private_flags(&mut conn, &families, &[("x", true)]),
        ),
    ];
    for (what, r) in changes {
        let e = r.unwrap_err();
        assert!(e.is_unsupported(), "{what}: {e:?}");
        let text = format!("ethtool: v0 does not support changing {what}");
        assert!(e.to_string().starts_with(&text), "{e}");
    }
    let forced = LinkModesChange {
        autoneg: Some(false),
        speed: Some(1000),
        duplex: Some(Duplex::Full),
        ..Default::default()
    };
    let e = dev
        .set_link_modes(&mut conn, &families, &forced)
        .unwrap_err();
    assert!(
        e.to_string()
            .starts_with("ethtool: v0 does not support changing link modes"),
        "{e}"
    );
    let bogus = LinkModesChange {
        advertise: vec![
            ("10000baseT/Full".into(), true),
            ("100baseNope".into(), true),
        ],
        ..Default::default()
    };
    let e = dev
        .set_link_modes(&mut conn, &families, &bogus)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownName, "{e}");

    // ethtool -i agrees: no private flags.
    if let Some(text) = ethtool(&ns, &["-i", "v0"]) {
        assert!(text.contains("supports-priv-flags: no"), "{text}");
    }
}

#[test]
fn notifications_of_changes_by_group_name() {
    let Some((ns, mut conn, families)) = veth("etevents") else {
        return;
    };
    let mut events = ethtool::subscribe_in(ns.handle(), &mut conn, &families).unwrap();
    let dev = Device::named("v0");
    dev.set_features(&mut conn, &families, &[("rx-gro", true)])
        .unwrap();
    let features = events
        .wait_for(Duration::from_secs(5), |e| {
            matches!(e.change, Change::Features(_)) && e.name.as_deref() == Some("v0")
        })
        .unwrap()
        .expect("a features notification within 5 s");
    let Change::Features(f) = &features.change else {
        unreachable!()
    };
    assert!(f.is_active("rx-gro"), "named from the features set: {f:?}");
    assert_eq!(features.ifindex, Some(ifindex(&ns, "v0")));
    if std::thread::available_parallelism().map_or(1, |n| n.get()) >= 2 {
        let change = ChannelsChange {
            tx: Some(2),
            ..Default::default()
        };
        dev.set_channels(&mut conn, &families, &change).unwrap();
        let channels = events
            .wait_for(Duration::from_secs(5), |e| {
                matches!(e.change, Change::Channels(_))
            })
            .unwrap()
            .expect("a channels notification within 5 s");
        let Change::Channels(c) = channels.change else {
            unreachable!()
        };
        assert_eq!(c.tx, Some(2), "{c:?}");
    }
    // Nothing more: the wait ends at its deadline.
    let quiet = events
        .wait_for(Duration::from_millis(200), |e| {
            matches!(e.change, Change::Pause(_))
        })
        .unwrap();
    assert_eq!(quiet, None);
}
