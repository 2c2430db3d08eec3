//! Generic netlink against the real kernel, each test in a fresh network namespace of its
//! own: the resolver and its cache, the typed not-found error, policies, groups by name.
//! Skipped with a printed reason without privileges; failing instead when
//! NLKIT_REQUIRE_NETNS=1.

use nlkit::engine::{Conn, Error, Notification};
use nlkit::genl::ctrl::{self, AttrType, FamilyKey, OpFlags};
use nlkit::genl::{policy, Families, GenlView};
use nlkit::sys::{errno::ENOENT, Protocol};
use nltestns::Netns;
use std::time::Duration;

/// The families this kernel (6.18) has in every namespace, with a group of each.
const FAMILIES: [(&str, Option<&str>); 5] = [
    ("nlctrl", Some("notify")),
    ("ethtool", Some("monitor")),
    ("netdev", Some("mgmt")),
    ("tcp_metrics", None),
    ("mptcp_pm", Some("mptcp_pm_events")),
];

fn genl(ns: &Netns) -> Conn {
    ns.conn_of(Protocol::Generic)
}

#[test]
fn the_families_resolve_as_the_controller_lists_them() {
    let Some(ns) = Netns::new("genl-resolve") else {
        return;
    };
    let mut conn = genl(&ns);
    let listed: Vec<_> = ctrl::list(&mut conn).unwrap().map(Result::unwrap).collect();
    let families = Families::new();
    for (name, group) in FAMILIES {
        let f = families.resolve(&mut conn, name).unwrap();
        let same = listed.iter().find(|l| l.name == name).expect(name);
        assert_eq!(*f, *same, "{name}");
        assert!(!f.operations.is_empty(), "{name}");
        if let Some(g) = group {
            assert_eq!(
                families.group_id(&mut conn, name, g).unwrap(),
                f.group(g).unwrap()
            );
        }
        assert_eq!(families.resolve_id(&mut conn, f.id).unwrap().name, name);
    }
    assert_eq!(families.lookups(), FAMILIES.len() as u64);
    let nlctrl = families.cached("nlctrl").unwrap();
    assert_eq!(nlctrl.id, nlkit::genl::GENL_ID_CTRL);
    assert_eq!(nlctrl.group("notify"), Some(ctrl::CTRL_NOTIFY_GROUP));
    let getfamily = nlctrl.operation(3).unwrap();
    assert!(getfamily
        .flags
        .contains(OpFlags::CMD_CAP_DO | OpFlags::CMD_CAP_DUMP));
}

#[test]
fn a_missing_family_is_the_typed_error() {
    let Some(ns) = Netns::new("genl-missing") else {
        return;
    };
    let mut conn = genl(&ns);
    let families = Families::new();
    let e = families.resolve(&mut conn, "wireguard").unwrap_err();
    assert!(matches!(e, Error::FamilyNotFound { .. }), "{e:?}");
    assert_eq!(
        e.to_string(),
        "family wireguard not found; is its module loaded?"
    );
    assert_eq!(e.errno(), Some(ENOENT));
    let e = families.resolve_id(&mut conn, 1000).unwrap_err();
    assert_eq!(
        e.to_string(),
        "family id 1000 not found; is its module loaded?"
    );
    let e = policy::get(&mut conn, &FamilyKey::from("wireguard"), None).unwrap_err();
    assert!(matches!(e, Error::FamilyNotFound { .. }), "{e:?}");
    let e = families.group_id(&mut conn, "ethtool", "nope").unwrap_err();
    assert_eq!(e.to_string(), "family ethtool has no multicast group nope");
    // The raw controller answers ENOENT.
    let raw = ctrl::get(&mut conn, &FamilyKey::from("wireguard")).unwrap_err();
    assert!(
        matches!(raw, Error::Kernel(ref k) if k.errno == ENOENT),
        "{raw:?}"
    );
}

#[test]
fn the_policies_of_nlctrl_and_ethtool() {
    let Some(ns) = Netns::new("genl-policy") else {
        return;
    };
    let mut conn = genl(&ns);
    let p = policy::get(&mut conn, &FamilyKey::from("nlctrl"), None).unwrap();
    assert_eq!(p.family_id, Some(0x10));
    let name = p
        .do_attrs(3)
        .unwrap()
        .get(ctrl::attrs::CTRL_ATTR_FAMILY_NAME)
        .unwrap();
    assert_eq!(
        (name.kind, name.max_length),
        (AttrType::NulString, Some(15))
    );
    let families = Families::new();
    let ethtool = families.resolve(&mut conn, "ethtool").unwrap();
    let whole = policy::get(&mut conn, &FamilyKey::Id(ethtool.id), None).unwrap();
    assert_eq!(whole.family_id, Some(ethtool.id));
    for op in &ethtool.operations {
        if op.flags.contains(OpFlags::CMD_CAP_HASPOL) {
            assert!(whole.op(op.cmd).is_some(), "op {}", op.cmd);
        }
    }
    // One operation (ETHTOOL_MSG_LINKINFO_GET): its own policies only.
    let one = policy::get(&mut conn, &FamilyKey::from("ethtool"), Some(2)).unwrap();
    assert_eq!(one.operations.keys().copied().collect::<Vec<_>>(), [2]);
    let header = one.do_attrs(2).unwrap().get(1).unwrap();
    assert_eq!(header.kind, AttrType::Nested);
    let header_policy = one.nested(header).unwrap();
    assert_eq!(header_policy.get(2).unwrap().kind, AttrType::NulString);
    // An operation the family does not have: the kernel's ENOENT, pointing at CTRL_ATTR_OP.
    let e = policy::get(&mut conn, &FamilyKey::from("ethtool"), Some(250)).unwrap_err();
    assert!(
        matches!(e, Error::Kernel(ref k) if k.errno == ENOENT),
        "{e:?}"
    );
}

/// Set by [`a_second_resolution_makes_no_syscall`] for the child it runs.
const CHILD: &str = "NLKIT_GENL_CHILD";

/// The child of [`a_second_resolution_makes_no_syscall`] (a no-op otherwise): resolves
/// ethtool twice with NLKIT_DEBUG=1, marking the second resolution on stderr.
#[test]
fn child_resolves_twice() {
    if std::env::var_os(CHILD).is_none() {
        return;
    }
    let ns = Netns::new("genl-child").expect("a namespace");
    let mut conn = genl(&ns);
    let families = Families::new();
    families.resolve(&mut conn, "ethtool").unwrap();
    eprintln!("--- second resolution");
    let id = families.resolve(&mut conn, "ethtool").unwrap().id;
    families.resolve_id(&mut conn, id).unwrap();
    families.group_id(&mut conn, "ethtool", "monitor").unwrap();
    eprintln!("--- done");
}

/// Every datagram a connection sends is printed with NLKIT_DEBUG=1: the second resolution
/// of a family (by name, by id, its group) sends nothing.
#[test]
fn a_second_resolution_makes_no_syscall() {
    let Some(_ns) = Netns::new("genl-nosyscall") else {
        return;
    };
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_resolves_twice",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, "1")
        .env("NLKIT_DEBUG", "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    let (first, rest) = err.split_once("--- second resolution").expect(&err);
    let (second, _) = rest.split_once("--- done").expect(rest);
    assert!(first.contains("nlkit send:"), "{first}");
    assert!(first.contains("nlkit recv:"), "{first}");
    assert_eq!(second.matches("nlkit send:").count(), 0, "{second}");
}

#[test]
fn netdev_events_through_its_group_by_name() {
    let Some(ns) = Netns::new("genl-groups") else {
        return;
    };
    let mut conn = genl(&ns);
    let families = Families::watching_in(ns.handle()).unwrap();
    assert!(families.is_watching());
    let netdev = families.resolve(&mut conn, "netdev").unwrap();
    let mut sub = families
        .subscribe_in(ns.handle(), &mut conn, "netdev", &["mgmt"])
        .unwrap();
    ns.ip_ok(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let mut added = 0;
    while let Some(n) = sub.next_notification(Some(Duration::from_secs(2))).unwrap() {
        let Notification::Message { message, .. } = n else {
            panic!("overrun");
        };
        assert_eq!(message.message_type(), netdev.id);
        // NETDEV_CMD_DEV_ADD_NTF.
        if GenlView::parse(&message).unwrap().cmd() == 2 {
            added += 1;
        }
        if added == 2 {
            break;
        }
    }
    assert_eq!(added, 2, "a notification for v0 and one for v1");
    // Nothing happened to the families: nothing to apply, the cache is unchanged.
    assert_eq!(families.sync().unwrap(), 0);
    assert_eq!(families.cached("netdev").unwrap().id, netdev.id);
}

#[cfg(feature = "tokio")]
#[test]
fn the_resolver_and_policies_on_tokio() {
    let Some(ns) = Netns::new("genl-tokio") else {
        return;
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let conn = nlkit::tokio::Connection::new_in(ns.handle(), Protocol::Generic).unwrap();
        let families = Families::new();
        let tokio_resolve = |name| nlkit::genl::tokio::resolve(&families, &conn, name);
        let (a, b) = tokio::join!(tokio_resolve("ethtool"), tokio_resolve("tcp_metrics"));
        let (ethtool, tcp) = (a.unwrap(), b.unwrap());
        assert_eq!(families.cached_id(ethtool.id).unwrap().name, "ethtool");
        assert_eq!(families.cached_id(tcp.id).unwrap().name, "tcp_metrics");
        let lookups = families.lookups();
        nlkit::genl::tokio::resolve(&families, &conn, "ethtool")
            .await
            .unwrap();
        assert_eq!(families.lookups(), lookups);
        let e = nlkit::genl::tokio::resolve(&families, &conn, "wireguard")
            .await
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "family wireguard not found; is its module loaded?"
        );
        let key = FamilyKey::Id(ethtool.id);
        let p = nlkit::genl::tokio::policy(&conn, &key, Some(2))
            .await
            .unwrap();
        assert_eq!(p.operations.keys().copied().collect::<Vec<_>>(), [2]);
        let listed = nlkit::genl::tokio::dump(&conn, &families, &ctrl::ListFamilies)
            .await
            .unwrap()
            .try_collect()
            .await
            .unwrap();
        assert!(listed
            .iter()
            .any(|m| m.family_name.as_deref() == Some("mptcp_pm")));
    });
}
