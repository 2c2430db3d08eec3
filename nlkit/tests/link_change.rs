//! `rtnl::link::change` against the real kernel, each test in a fresh network namespace
//! (never the host's). Skipped with a printed reason without privileges; failing instead
//! when NLKIT_REQUIRE_NETNS=1.

use nlkit::engine::Conn;
use nlkit::rtnl::link::attrs::{IFF_NOARP, IFF_UP};
use nlkit::rtnl::link::change::{
    self, BridgeConfig, LinkChange, LinkKind, MacvlanConfig, NetnsRef, VethConfig, VxlanConfig,
};
use nlkit::rtnl::link::{self, Link, LinkId, Macvlan, Vxlan};
use nltestns::Netns;
use std::os::fd::{AsFd, AsRawFd};

fn get(conn: &mut Conn, name: &str) -> Option<Link> {
    link::get(conn, LinkId::Name(name), None).ok()
}

fn veth(name: &str, peer: &str) -> LinkChange {
    let peer = LinkChange {
        name: Some(peer.into()),
        address: Some(vec![2, 0, 0, 0, 0, 2]),
        ..Default::default()
    };
    LinkChange {
        name: Some(name.into()),
        address: Some(vec![2, 0, 0, 0, 0, 1]),
        mtu: Some(1400),
        kind: Some(LinkKind::Veth(VethConfig {
            peer: Some(Box::new(peer)),
        })),
        ..Default::default()
    }
}

#[test]
fn veth_pair_set_and_delete() {
    let Some(ns) = Netns::new("lchg-veth") else {
        return;
    };
    let mut conn = ns.conn();
    change::add(&mut conn, &veth("v0", "v1")).unwrap();
    let v0 = get(&mut conn, "v0").unwrap();
    let v1 = get(&mut conn, "v1").unwrap();
    assert_eq!(v0.address.as_deref(), Some(&[2, 0, 0, 0, 0, 1][..]));
    assert_eq!(v1.address.as_deref(), Some(&[2, 0, 0, 0, 0, 2][..]));
    assert_eq!(v0.mtu, Some(1400));
    assert_eq!(v0.kind(), Some("veth"));

    let err = change::add(&mut conn, &veth("v0", "v9")).unwrap_err();
    assert_eq!(err.errno(), Some(17), "{err}");

    let mut c = LinkChange {
        alias: Some("uplink".into()),
        txqlen: Some(77),
        group: Some(3),
        name: Some("w0".into()),
        ..LinkChange::of(v0.header.index)
    };
    c.set_flag(IFF_UP, true).set_flag(IFF_NOARP, true);
    change::set(&mut conn, &c).unwrap();
    assert!(get(&mut conn, "v0").is_none());
    let w0 = get(&mut conn, "w0").unwrap();
    assert_eq!(w0.header.index, v0.header.index);
    assert_eq!(w0.alias.as_deref(), Some("uplink"));
    assert_eq!((w0.txqlen, w0.group), (Some(77), Some(3)));
    assert_eq!(w0.header.flags & (IFF_UP | IFF_NOARP), IFF_UP | IFF_NOARP);

    change::add_alt_names(&mut conn, w0.header.index, &["first-alt", "second-alt"]).unwrap();
    let by_alt = get(&mut conn, "second-alt").unwrap();
    assert_eq!(by_alt.header.index, w0.header.index);
    change::del_alt_names(&mut conn, w0.header.index, &["first-alt"]).unwrap();
    assert_eq!(
        get(&mut conn, "w0").unwrap().alt_names,
        Some(vec!["second-alt".to_owned()])
    );

    change::delete(&mut conn, w0.header.index).unwrap();
    assert!(get(&mut conn, "w0").is_none());
    assert!(get(&mut conn, "v1").is_none(), "the peer goes with it");
    assert_eq!(
        change::delete(&mut conn, w0.header.index)
            .unwrap_err()
            .errno(),
        Some(19)
    );
}

#[test]
fn bridge_port_macvlan_and_vxlan() {
    let Some(ns) = Netns::new("lchg-kinds") else {
        return;
    };
    let mut conn = ns.conn();
    change::add(&mut conn, &veth("v0", "v1")).unwrap();
    let v0 = get(&mut conn, "v0").unwrap().header.index;
    let v1 = get(&mut conn, "v1").unwrap().header.index;
    let br = LinkChange {
        name: Some("br0".into()),
        kind: Some(LinkKind::Bridge(BridgeConfig {
            forward_delay: Some(400),
            priority: Some(7),
            ..Default::default()
        })),
        ..Default::default()
    };
    change::add(&mut conn, &br).unwrap();
    let br = get(&mut conn, "br0").unwrap();
    let o = br.info.as_ref().unwrap().options().unwrap();
    use nlkit::rtnl::link::attrs::bridge::*;
    assert_eq!(o.u32_ne(IFLA_BR_FORWARD_DELAY), Some(400));
    assert_eq!(o.u16_ne(IFLA_BR_PRIORITY), Some(7));

    let port = LinkChange {
        master: Some(br.header.index),
        ..LinkChange::of(v1)
    };
    change::set(&mut conn, &port).unwrap();
    assert_eq!(get(&mut conn, "v1").unwrap().master, Some(br.header.index));
    let nomaster = LinkChange {
        master: Some(0),
        ..LinkChange::of(v1)
    };
    change::set(&mut conn, &nomaster).unwrap();
    assert_eq!(get(&mut conn, "v1").unwrap().master, None);

    let mv = LinkChange {
        name: Some("mv0".into()),
        link: Some(v0),
        kind: Some(LinkKind::Macvlan(MacvlanConfig {
            mode: Some(nlkit::rtnl::link::attrs::macvlan::MACVLAN_MODE_PRIVATE),
            flags: None,
            bc_queue_len: None,
        })),
        ..Default::default()
    };
    change::add(&mut conn, &mv).unwrap();
    let mv = get(&mut conn, "mv0").unwrap();
    let m = Macvlan::from_options(mv.info.as_ref().unwrap().options().unwrap());
    assert_eq!(m.mode, Some(1));
    assert_eq!(mv.link, Some(v0));

    let vx = LinkChange {
        name: Some("vx0".into()),
        kind: Some(LinkKind::Vxlan(VxlanConfig {
            id: Some(42),
            remote: Some("10.0.0.2".parse().unwrap()),
            port: Some(4789),
            learning: Some(false),
            ..Default::default()
        })),
        ..Default::default()
    };
    change::add(&mut conn, &vx).unwrap();
    let vx = get(&mut conn, "vx0").unwrap();
    let x = Vxlan::from_options(vx.info.as_ref().unwrap().options().unwrap());
    assert_eq!((x.id, x.port, x.learning), (Some(42), Some(4789), Some(0)));
    assert_eq!(x.group, Some("10.0.0.2".parse().unwrap()));
}

#[test]
fn move_to_another_namespace_by_fd_and_by_pid() {
    let (Some(a), Some(b)) = (Netns::new("lchg-from"), Netns::new("lchg-to")) else {
        return;
    };
    let mut conn = a.conn();
    let mut there = b.conn();
    change::add(&mut conn, &veth("v0", "v1")).unwrap();
    let v1 = get(&mut conn, "v1").unwrap().header.index;
    let c = LinkChange {
        netns: Some(NetnsRef::Fd(b.handle().as_fd().as_raw_fd())),
        ..LinkChange::of(v1)
    };
    change::set(&mut conn, &c).unwrap();
    assert!(get(&mut conn, "v1").is_none());
    assert!(get(&mut there, "v1").is_some());

    // By pid: a process of this test is in the host namespace, so move back into `a` only
    // through a process living there.
    let mut child = std::process::Command::new("ip")
        .args(["netns", "exec", a.name(), "sleep", "60"])
        .spawn()
        .unwrap();
    let pid = child.id();
    // Only once the process is `sleep` inside `a` (same namespace inode) is its pid safe
    // to name: before that it may still be in the host's namespace.
    use std::os::unix::fs::MetadataExt;
    let target = std::fs::metadata(format!("/run/netns/{}", a.name()))
        .unwrap()
        .ino();
    let entered = (0..500).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(10));
        let inside = std::fs::metadata(format!("/proc/{pid}/ns/net")).map(|m| m.ino());
        std::fs::read_to_string(format!("/proc/{pid}/comm")).is_ok_and(|c| c.trim() == "sleep")
            && inside.ok() == Some(target)
    });
    if entered {
        let back = get(&mut there, "v1").unwrap().header.index;
        let c = LinkChange {
            netns: Some(NetnsRef::Pid(pid)),
            ..LinkChange::of(back)
        };
        change::set(&mut there, &c).unwrap();
        assert!(get(&mut conn, "v1").is_some());
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(entered, "the helper process did not enter the namespace");
}

#[test]
fn nsid_is_assigned_once_and_used_as_link_netnsid() {
    let (Some(a), Some(b)) = (Netns::new("lchg-nsid-a"), Netns::new("lchg-nsid-b")) else {
        return;
    };
    let mut conn = a.conn();
    assert_eq!(nlkit::rtnl::nsid::get(&mut conn, b.handle()).unwrap(), None);
    let id = nlkit::rtnl::nsid::get_or_assign(&mut conn, b.handle()).unwrap();
    assert!(id >= 0);
    assert_eq!(
        nlkit::rtnl::nsid::get_or_assign(&mut conn, b.handle()).unwrap(),
        id
    );
    // A veth whose peer is in `b` reports `b` by that id.
    let peer = LinkChange {
        name: Some("v1".into()),
        netns: Some(NetnsRef::Fd(b.handle().as_fd().as_raw_fd())),
        ..Default::default()
    };
    let v = LinkChange {
        name: Some("v0".into()),
        kind: Some(LinkKind::Veth(VethConfig {
            peer: Some(Box::new(peer)),
        })),
        ..Default::default()
    };
    change::add(&mut conn, &v).unwrap();
    assert_eq!(get(&mut conn, "v0").unwrap().link_netnsid, Some(id));
}
