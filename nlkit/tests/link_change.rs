//! Link change requests (`rtnl::link::LinkChange`, `AltNames`) against the real kernel,
//! each test in a fresh network namespace (never the host's). Skipped with a printed reason
//! without privileges; failing instead when NLKIT_REQUIRE_NETNS=1.

use nlkit::engine::Conn;
use nlkit::rtnl::link::kinds::{Bridge, LinkKind, Macvlan, MacvlanMode, Veth, Vxlan};
use nlkit::rtnl::link::{AltNames, Link, LinkChange, LinkFlags, LinkQuery};
use nlkit::rtnl::{self, Verb};
use nlkit::sys::errno::{EEXIST, ENODEV};
use nltestns::Netns;
use std::os::fd::{AsFd, AsRawFd};

fn get(conn: &mut Conn, name: &str) -> Option<Link> {
    rtnl::get(conn, &LinkQuery::by_name(name)).ok()
}

fn veth(name: &str, peer: &str) -> LinkChange {
    let mut peer = LinkChange::named(peer);
    peer.address = Some(vec![2, 0, 0, 0, 0, 2]);
    let mut v = LinkChange::named(name);
    v.address = Some(vec![2, 0, 0, 0, 0, 1]);
    v.mtu = Some(1400);
    v.kind = Some(LinkKind::Veth(Veth::with_peer(peer)));
    v
}

#[test]
fn veth_pair_set_and_delete() {
    let Some(ns) = Netns::new("lchg-veth") else {
        return;
    };
    let mut conn = ns.conn();
    rtnl::apply(&mut conn, &veth("v0", "v1"), Verb::Add).unwrap();
    let v0 = get(&mut conn, "v0").unwrap();
    let v1 = get(&mut conn, "v1").unwrap();
    assert_eq!(v0.address.as_deref(), Some(&[2, 0, 0, 0, 0, 1][..]));
    assert_eq!(v1.address.as_deref(), Some(&[2, 0, 0, 0, 0, 2][..]));
    assert_eq!(v0.mtu, Some(1400));
    assert_eq!(v0.kind(), Some("veth"));
    assert!(matches!(v0.kind_data(), Some(LinkKind::Veth(_))));

    let err = rtnl::apply(&mut conn, &veth("v0", "v9"), Verb::Add).unwrap_err();
    assert_eq!(err.errno(), Some(EEXIST), "{err}");

    let mut c = LinkChange {
        alias: Some("uplink".into()),
        txqlen: Some(77),
        group: Some(3),
        name: Some("w0".into()),
        ..LinkChange::of(v0.index)
    };
    c.set_flag(LinkFlags::UP, true)
        .set_flag(LinkFlags::NOARP, true);
    rtnl::apply(&mut conn, &c, Verb::Change).unwrap();
    assert!(get(&mut conn, "v0").is_none());
    let w0 = get(&mut conn, "w0").unwrap();
    assert_eq!(w0.index, v0.index);
    assert_eq!(w0.alias.as_deref(), Some("uplink"));
    assert_eq!((w0.txqlen, w0.group), (Some(77), Some(3)));
    assert!(w0.flags.contains(LinkFlags::UP | LinkFlags::NOARP));

    let alt = |names: &[&str]| AltNames {
        index: w0.index,
        names: names.iter().map(|&n| n.to_owned()).collect(),
    };
    rtnl::apply(&mut conn, &alt(&["first-alt", "second-alt"]), Verb::Add).unwrap();
    let by_alt = get(&mut conn, "second-alt").unwrap();
    assert_eq!(by_alt.index, w0.index);
    rtnl::apply(&mut conn, &alt(&["first-alt"]), Verb::Delete).unwrap();
    assert_eq!(
        get(&mut conn, "w0").unwrap().alt_names,
        Some(vec!["second-alt".to_owned()])
    );

    rtnl::apply(&mut conn, &LinkChange::of(w0.index), Verb::Delete).unwrap();
    assert!(get(&mut conn, "w0").is_none());
    assert!(get(&mut conn, "v1").is_none(), "the peer goes with it");
    assert_eq!(
        rtnl::apply(&mut conn, &LinkChange::of(w0.index), Verb::Delete)
            .unwrap_err()
            .errno(),
        Some(ENODEV)
    );
}

#[test]
fn a_dumped_link_can_be_deleted_as_it_is() {
    let Some(ns) = Netns::new("lchg-del") else {
        return;
    };
    let mut conn = ns.conn();
    rtnl::apply(&mut conn, &veth("v0", "v1"), Verb::Add).unwrap();
    let v0 = get(&mut conn, "v0").unwrap();
    // A link read from the kernel allows deletion only; changes go through LinkChange.
    assert!(rtnl::apply(&mut conn, &v0, Verb::Change).is_err());
    rtnl::apply(&mut conn, &v0, Verb::Delete).unwrap();
    assert!(get(&mut conn, "v0").is_none());
}

#[test]
fn bridge_port_macvlan_and_vxlan() {
    let Some(ns) = Netns::new("lchg-kinds") else {
        return;
    };
    let mut conn = ns.conn();
    rtnl::apply(&mut conn, &veth("v0", "v1"), Verb::Add).unwrap();
    let v0 = get(&mut conn, "v0").unwrap().index;
    let v1 = get(&mut conn, "v1").unwrap().index;
    let mut br = LinkChange::named("br0");
    br.kind = Some(LinkKind::Bridge(Bridge {
        forward_delay: Some(400),
        priority: Some(7),
        ..Default::default()
    }));
    rtnl::apply(&mut conn, &br, Verb::Add).unwrap();
    let br = get(&mut conn, "br0").unwrap();
    let Some(LinkKind::Bridge(o)) = br.kind_data() else {
        panic!("{:?}", br.kind_data())
    };
    assert_eq!(o.forward_delay, Some(400));
    assert_eq!(o.priority, Some(7));

    let port = LinkChange {
        master: Some(br.index),
        ..LinkChange::of(v1)
    };
    rtnl::apply(&mut conn, &port, Verb::Change).unwrap();
    let v1_now = get(&mut conn, "v1").unwrap();
    assert_eq!(v1_now.master, Some(br.index));
    assert_eq!(v1_now.port_kind(), Some("bridge"));
    assert_eq!(
        v1_now.port().map(|p| p.name().to_owned()).as_deref(),
        Some("bridge")
    );
    let nomaster = LinkChange {
        master: Some(0),
        ..LinkChange::of(v1)
    };
    rtnl::apply(&mut conn, &nomaster, Verb::Change).unwrap();
    assert_eq!(get(&mut conn, "v1").unwrap().master, None);

    let mv = LinkChange {
        name: Some("mv0".into()),
        link: Some(v0),
        kind: Some(LinkKind::Macvlan(Macvlan {
            mode: Some(MacvlanMode::Private),
            ..Default::default()
        })),
        ..Default::default()
    };
    rtnl::apply(&mut conn, &mv, Verb::Add).unwrap();
    let mv = get(&mut conn, "mv0").unwrap();
    let Some(LinkKind::Macvlan(m)) = mv.kind_data() else {
        panic!("{:?}", mv.kind_data())
    };
    assert_eq!(m.mode, Some(MacvlanMode::Private));
    assert_eq!(mv.link, Some(v0));

    let mut x = Vxlan {
        id: Some(42),
        port: Some(4789),
        learning: Some(false),
        ..Default::default()
    };
    x.set_remote("10.0.0.2".parse().unwrap());
    let mut vx = LinkChange::named("vx0");
    vx.kind = Some(LinkKind::Vxlan(x));
    rtnl::apply(&mut conn, &vx, Verb::Add).unwrap();
    let vx = get(&mut conn, "vx0").unwrap();
    let Some(LinkKind::Vxlan(x)) = vx.kind_data() else {
        panic!("{:?}", vx.kind_data())
    };
    assert_eq!(
        (x.id, x.port, x.learning),
        (Some(42), Some(4789), Some(false))
    );
    assert_eq!(x.remote(), Some("10.0.0.2".parse().unwrap()));
}

#[test]
fn move_to_another_namespace_by_fd_and_by_pid() {
    let (Some(a), Some(b)) = (Netns::new("lchg-from"), Netns::new("lchg-to")) else {
        return;
    };
    let mut conn = a.conn();
    let mut there = b.conn();
    rtnl::apply(&mut conn, &veth("v0", "v1"), Verb::Add).unwrap();
    let v1 = get(&mut conn, "v1").unwrap().index;
    let c = LinkChange {
        netns_fd: Some(b.handle().as_fd().as_raw_fd()),
        ..LinkChange::of(v1)
    };
    rtnl::apply(&mut conn, &c, Verb::Change).unwrap();
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
        let back = get(&mut there, "v1").unwrap().index;
        let c = LinkChange {
            netns_pid: Some(pid),
            ..LinkChange::of(back)
        };
        rtnl::apply(&mut there, &c, Verb::Change).unwrap();
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
    assert_eq!(nlkit::rtnl::nsid::of(&mut conn, b.handle()).unwrap(), None);
    let id = nlkit::rtnl::nsid::get_or_assign(&mut conn, b.handle()).unwrap();
    assert!(id >= 0);
    assert_eq!(
        nlkit::rtnl::nsid::get_or_assign(&mut conn, b.handle()).unwrap(),
        id
    );
    assert_eq!(
        nlkit::rtnl::nsid::of(&mut conn, b.handle()).unwrap(),
        Some(id)
    );
    // A veth whose peer is in `b` reports `b` by that id.
    let peer = LinkChange {
        name: Some("v1".into()),
        netns_fd: Some(b.handle().as_fd().as_raw_fd()),
        ..Default::default()
    };
    let mut v = LinkChange::named("v0");
    v.kind = Some(LinkKind::Veth(Veth::with_peer(peer)));
    rtnl::apply(&mut conn, &v, Verb::Add).unwrap();
    assert_eq!(get(&mut conn, "v0").unwrap().link_netnsid, Some(id));
}
