//! nlctrl's messages, the policy tree and the resolver against captured bytes and a
//! scripted kernel. No privileges needed.
//!
//! The fixtures were captured on Linux 6.18 in a fresh network namespace with
//! `unshare -n strace -qq -e trace=recvmsg -e read=3 genl ctrl list` (and `genl ctrl policy
//! name nlctrl`, `genl ctrl policy name ethtool`), the hex dumps turned into bytes by
//! `tools/strace-to-bin.py` (data messages only, NLMSG_DONE left out). The requests were
//! captured the same way with `-e trace=sendmsg,sendto -e write=3`.

use super::ctrl::attrs::*;
use super::ctrl::*;
use super::policy::{AttrPolicy, Range};
use super::*;
use crate::engine::scripted::{answer, from_kernel, Delivery, FakeKernel};
use crate::engine::{Conn, Error};
use crate::sys::errno::ENOENT;
use crate::wire::{Flags, MessageHeader, MessageIter, MessageView};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

const LIST: &[u8] = include_bytes!("fixtures/ctrl_list.bin");
const POLICY_NLCTRL: &[u8] = include_bytes!("fixtures/policy_nlctrl.bin");
const POLICY_ETHTOOL: &[u8] = include_bytes!("fixtures/policy_ethtool.bin");

/// `genl ctrl get name nlctrl` and `genl ctrl get id 0x15`: the payloads genl sent (it
/// sends version 0; nlkit sends the controller's version, 2).
const GET_NLCTRL: [u8; 16] = [
    3, 0, 0, 0, 11, 0, 2, 0, b'n', b'l', b'c', b't', b'r', b'l', 0, 0,
];
const GET_ID_0X15: [u8; 12] = [3, 0, 0, 0, 6, 0, 1, 0, 0x15, 0, 0, 0];
/// `genl ctrl policy name nlctrl`.
const POLICY_REQUEST: [u8; 16] = [
    10, 0, 0, 0, 11, 0, 2, 0, b'n', b'l', b'c', b't', b'r', b'l', 0, 0,
];

fn messages(bytes: &[u8]) -> Vec<MessageView<&[u8]>> {
    MessageIter::new(bytes).map(Result::unwrap).collect()
}

fn ctrl_messages(bytes: &[u8]) -> Vec<CtrlMessage> {
    let parse = |m: &MessageView<&[u8]>| CtrlMessage::parse(&GenlView::parse(m).unwrap()).unwrap();
    messages(bytes).iter().map(parse).collect()
}

fn families() -> Vec<FamilyInfo> {
    let info = |m: &CtrlMessage| FamilyInfo::from_message(m).unwrap();
    ctrl_messages(LIST).iter().map(info).collect()
}

#[test]
fn every_captured_message_round_trips() {
    for bytes in [LIST, POLICY_NLCTRL, POLICY_ETHTOOL] {
        for m in messages(bytes) {
            let c = CtrlMessage::parse(&GenlView::parse(&m).unwrap()).unwrap();
            assert!(c.unknown.iter().all(|u| u.attr_type == 0), "{c:?}");
            assert!(c.malformed.is_empty());
            let again = c.to_message().unwrap();
            assert_eq!(&again[4..6], &m.as_bytes()[4..6]);
            assert_eq!(&again[16..], m.payload(), "{c:?}");
        }
    }
}

#[test]
fn the_families_of_a_namespace() {
    let f = families();
    let names: Vec<&str> = f.iter().map(|f| f.name.as_str()).collect();
    let want = [
        "nlctrl",
        "netdev",
        "ethtool",
        "tcp_metrics",
        "mptcp_pm",
        "SEG6",
        "IOAM6",
        "TASKSTATS",
    ];
    assert_eq!(names, want);
    let nlctrl = &f[0];
    assert_eq!(
        (
            nlctrl.id,
            nlctrl.version,
            nlctrl.header_size,
            nlctrl.max_attr
        ),
        (0x10, 2, 0, 0)
    );
    let caps = OpFlags::CMD_CAP_DO | OpFlags::CMD_CAP_DUMP | OpFlags::CMD_CAP_HASPOL;
    assert_eq!(
        nlctrl.operations,
        [
            Operation {
                cmd: 3,
                flags: caps
            },
            Operation {
                cmd: 10,
                flags: caps.without(OpFlags::CMD_CAP_DO)
            },
        ]
    );
    assert_eq!(nlctrl.group("notify"), Some(CTRL_NOTIFY_GROUP));
    assert_eq!(
        format!("{:?}", nlctrl.operations[0].flags),
        "CMD_CAP_DO|CMD_CAP_DUMP|CMD_CAP_HASPOL"
    );
    let ethtool = &f[2];
    assert_eq!((ethtool.id, ethtool.operations.len()), (0x15, 50));
    assert_eq!(ethtool.operation(0x32).map(|o| o.cmd), Some(0x32));
    assert_eq!(ethtool.group("monitor"), Some(6));
    assert_eq!(f[3].max_attr, 13);
    assert_eq!(f[4].group("mptcp_pm_events"), Some(9));
    assert_eq!(f[4].group("nope"), None);
}

#[test]
fn indexed_arrays_keep_their_indexes() {
    let m = &ctrl_messages(LIST)[0];
    assert_eq!(m.command, CtrlCmd::NewFamily);
    assert_eq!(m.header_version, 2);
    let ops = m.ops.as_ref().unwrap();
    assert_eq!(ops.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(
        m.mcast_groups.as_ref().unwrap()[0].1.name.as_deref(),
        Some("notify")
    );
}

#[test]
fn requests_are_genls_with_the_controllers_version() {
    let with_version = |mut p: Vec<u8>| {
        p[1] = 2;
        p
    };
    let by_name = GetFamily {
        family: FamilyKey::from("nlctrl"),
    }
    .message(GENL_ID_CTRL);
    let b = by_name.bytes().unwrap();
    assert_eq!(MessageView::new_checked(b).unwrap().message_type(), 0x10);
    assert_eq!(&b[16..], &with_version(GET_NLCTRL.to_vec())[..]);
    let by_id = GetFamily {
        family: FamilyKey::Id(0x15),
    }
    .message(GENL_ID_CTRL);
    assert_eq!(
        &by_id.bytes().unwrap()[16..],
        &with_version(GET_ID_0X15.to_vec())[..]
    );
    let policy = GetPolicy {
        family: "nlctrl".into(),
        op: None,
    }
    .message(GENL_ID_CTRL);
    assert_eq!(
        &policy.bytes().unwrap()[16..],
        &with_version(POLICY_REQUEST.to_vec())[..]
    );
    let one_op = GetPolicy {
        family: "nlctrl".into(),
        op: Some(3),
    }
    .message(GENL_ID_CTRL);
    assert_eq!(&one_op.bytes().unwrap()[32..], &[8, 0, 10, 0, 3, 0, 0, 0]);
    assert_eq!(
        ListFamilies.message(GENL_ID_CTRL).bytes().unwrap()[16..],
        [3, 2, 0, 0]
    );
}

#[test]
fn the_policy_of_nlctrl() {
    let p = Policy::from_messages(ctrl_messages(POLICY_NLCTRL).into_iter().map(Ok)).unwrap();
    assert_eq!(p.family_id, Some(0x10));
    assert_eq!(
        p.op(3).copied(),
        Some(policy::OpPolicy {
            do_policy: Some(0),
            dump_policy: Some(0)
        })
    );
    // The kernel reports the dump-only getpolicy under index 0.
    assert_eq!(
        p.op(0).copied(),
        Some(policy::OpPolicy {
            do_policy: None,
            dump_policy: Some(1)
        })
    );
    let getfamily = p.do_attrs(3).unwrap();
    let id = getfamily.get(CTRL_ATTR_FAMILY_ID).unwrap();
    assert_eq!(id.kind, AttrType::U16);
    assert_eq!(id.range(), Some(Range::Unsigned(0, 65535)));
    let name = getfamily.get(CTRL_ATTR_FAMILY_NAME).unwrap();
    assert_eq!(
        *name,
        AttrPolicy {
            kind: AttrType::NulString,
            max_length: Some(15),
            ..Default::default()
        }
    );
    let getpolicy = p.dump_attrs(0).unwrap();
    assert_eq!(
        getpolicy.attrs.keys().copied().collect::<Vec<_>>(),
        [1, 2, 10]
    );
    assert_eq!(
        getpolicy.get(CTRL_ATTR_OP).unwrap().range(),
        Some(Range::Unsigned(0, u32::MAX.into()))
    );
}

#[test]
fn the_policy_of_ethtool() {
    let p = Policy::from_messages(ctrl_messages(POLICY_ETHTOOL).into_iter().map(Ok)).unwrap();
    assert_eq!(p.family_id, Some(0x15));
    assert!(p.operations.len() >= 40, "{}", p.operations.len());
    // ETHTOOL_MSG_LINKINFO_GET (2): its header (attribute 1) is a nest of the header policy.
    let linkinfo = p.do_attrs(2).unwrap();
    let header = linkinfo.get(1).unwrap();
    assert_eq!(header.kind, AttrType::Nested);
    let header_policy = p.nested(header).unwrap();
    // ETHTOOL_A_HEADER_DEV_INDEX, _DEV_NAME, _FLAGS (a mask of the known flags).
    assert_eq!(header_policy.get(1).unwrap().kind, AttrType::U32);
    assert_eq!(header_policy.get(2).unwrap().kind, AttrType::NulString);
    let flags = header_policy.get(3).unwrap();
    assert_eq!((flags.kind, flags.range()), (AttrType::U32, None));
    assert!(flags.mask.is_some(), "{flags:?}");
    let kinds: std::collections::BTreeSet<u32> = p
        .sets
        .values()
        .flat_map(|s| s.attrs.values())
        .map(|a| a.kind.raw())
        .collect();
    assert!(kinds.contains(&AttrType::Uint.raw()), "{kinds:?}");
}

#[test]
fn notifications_are_typed_events() {
    let msgs = messages(LIST);
    let Event::NewFamily(f) = Event::parse(&msgs[2]).unwrap() else {
        panic!("not a new family");
    };
    assert_eq!(f.name, "ethtool");
    let mut gone = ctrl_messages(LIST).remove(2);
    gone.command = CtrlCmd::DelFamily;
    let bytes = gone.to_message().unwrap();
    let e = Event::parse(&MessageView::new_checked(&bytes[..]).unwrap()).unwrap();
    assert_eq!(e, Event::DelFamily(f.clone()));
    // CTRL_CMD_NEWMCAST_GRP as the kernel sends it: the family's id and name and the one
    // group (hand-made from the format of linux/net/netlink/genetlink.c's replies).
    let mut grp = CtrlMessage {
        command: CtrlCmd::NewMcastGroup,
        header_version: 2,
        family_id: Some(0x15),
        family_name: Some("ethtool".into()),
        ..Default::default()
    };
    let group = McastGroupAttrs {
        name: Some("monitor".into()),
        id: Some(6),
        ..Default::default()
    };
    grp.mcast_groups = Some(vec![(1 | crate::wire::attr::NLA_F_NESTED, group)]);
    let bytes = grp.to_message().unwrap();
    let e = Event::parse(&MessageView::new_checked(&bytes[..]).unwrap()).unwrap();
    let monitor = MulticastGroup {
        name: "monitor".into(),
        id: 6,
    };
    assert_eq!(
        e,
        Event::NewGroup {
            family_id: 0x15,
            family: "ethtool".into(),
            group: monitor
        }
    );
    let other = messages(POLICY_NLCTRL);
    assert!(matches!(Event::parse(&other[0]).unwrap(), Event::Other(_)));
    let not_ctrl = [16u8, 0, 0, 0, 0x15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    assert!(Event::parse(&MessageView::new_checked(&not_ctrl[..]).unwrap()).is_err());
}

/// A kernel that answers GETFAMILY from the captured list (ENOENT for other families),
/// and the count of requests it was sent.
fn controller() -> (Conn, Arc<AtomicUsize>) {
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    let responder = move |req: &MessageHeader, payload: &[u8]| -> Vec<Delivery> {
        seen.fetch_add(1, Ordering::SeqCst);
        let view = GenlView::from_payload(req.message_type, payload).unwrap();
        let asked: CtrlMessage = view.read().unwrap();
        let found = ctrl_messages(LIST).into_iter().find(|m| {
            (asked.family_name.is_some() && m.family_name == asked.family_name)
                || (asked.family_id.is_some() && m.family_id == asked.family_id)
        });
        match found {
            None => vec![from_kernel(&[answer(req, ENOENT, None)])],
            Some(m) => {
                let mut bytes = m.to_message().unwrap();
                let h = MessageHeader {
                    sequence: req.sequence,
                    port_id: req.port_id,
                    ..MessageHeader::parse(&bytes).unwrap()
                };
                h.emit(&mut bytes);
                vec![from_kernel(&[bytes, answer(req, 0, None)])]
            }
        }
    };
    (Conn::scripted(FakeKernel::new(responder), 77), count)
}

fn sent(count: &AtomicUsize) -> usize {
    count.load(Ordering::SeqCst)
}

#[test]
fn a_family_is_asked_for_once() {
    let (mut conn, count) = controller();
    let cache = Families::new();
    let ethtool = cache.resolve(&mut conn, "ethtool").unwrap();
    assert_eq!((ethtool.id, sent(&count), cache.lookups()), (0x15, 1, 1));
    let again = cache.resolve(&mut conn, "ethtool").unwrap();
    assert!(Arc::ptr_eq(&ethtool, &again));
    assert_eq!(cache.resolve_id(&mut conn, 0x15).unwrap().name, "ethtool");
    assert_eq!(
        (sent(&count), cache.lookups()),
        (1, 1),
        "the cache made no request"
    );
    assert_eq!(
        cache.resolve_id(&mut conn, 0x1b).unwrap().name,
        "tcp_metrics"
    );
    assert_eq!(cache.group_id(&mut conn, "ethtool", "monitor").unwrap(), 6);
    assert_eq!(sent(&count), 2);
}

#[test]
fn a_missing_family_is_the_typed_error() {
    let (mut conn, count) = controller();
    let cache = Families::new();
    let e = cache.resolve(&mut conn, "wireguard").unwrap_err();
    assert_eq!(
        e.to_string(),
        "family wireguard not found; is its module loaded?"
    );
    assert_eq!(e.errno(), Some(ENOENT));
    assert!(cache
        .resolve_id(&mut conn, 0x99)
        .unwrap_err()
        .to_string()
        .starts_with("family id 153 not found"));
    assert_eq!(sent(&count), 2);
    // No family has such a name: nothing is asked.
    for name in ["", "a_name_of_16_byt"] {
        assert!(matches!(
            cache.resolve(&mut conn, name),
            Err(Error::FamilyNotFound { .. })
        ));
    }
    assert_eq!(sent(&count), 2);
    let e = cache.group_id(&mut conn, "ethtool", "nope").unwrap_err();
    assert_eq!(e.to_string(), "family ethtool has no multicast group nope");
}

#[test]
fn notifications_update_the_cache() {
    let (mut conn, _) = controller();
    let cache = Families::new();
    let ethtool = cache.resolve(&mut conn, "ethtool").unwrap();
    // A removal of another incarnation (another id) leaves the cached one.
    let mut old = (*ethtool).clone();
    old.id = 0x40;
    cache.apply(&Event::DelFamily(old));
    assert!(cache.cached("ethtool").is_some());
    cache.apply(&Event::DelFamily((*ethtool).clone()));
    assert!(cache.cached("ethtool").is_none());
    let mut back = (*ethtool).clone();
    back.id = 0x41;
    cache.apply(&Event::NewFamily(back));
    assert_eq!(cache.resolve(&mut conn, "ethtool").unwrap().id, 0x41);
    let group = MulticastGroup {
        name: "x".into(),
        id: 9,
    };
    cache.apply(&Event::NewGroup {
        family_id: 0x41,
        family: "ethtool".into(),
        group,
    });
    assert!(cache.cached("ethtool").is_none());
    assert_eq!(cache.resolve(&mut conn, "ethtool").unwrap().id, 0x15);
    assert!(cache.forget("ethtool"));
    assert!(!cache.forget("ethtool"));
    assert_eq!(cache.sync().unwrap(), 0); // not watching
}

#[test]
fn generic_operations_resolve_through_the_cache() {
    let (mut conn, count) = controller();
    let cache = Families::new();
    // nlctrl's id is fixed: its requests resolve nothing.
    let reply = super::get(
        &mut conn,
        &cache,
        &GetFamily {
            family: "mptcp_pm".into(),
        },
    )
    .unwrap();
    assert_eq!(reply.family_name.as_deref(), Some("mptcp_pm"));
    assert_eq!((cache.lookups(), sent(&count)), (0, 1));
    let e = super::get(
        &mut conn,
        &cache,
        &GetFamily {
            family: "nope".into(),
        },
    )
    .unwrap_err();
    assert_eq!(e.errno(), Some(ENOENT));
    assert!(matches!(e, Error::Kernel(_)), "the raw answer: {e:?}");
    struct Ethtool;
    impl Family for Ethtool {
        const NAME: &'static str = "ethtool";
        const VERSION: u8 = 1;
    }
    assert_eq!(family_id::<Ethtool>(&mut conn, &cache).unwrap(), 0x15);
    assert_eq!(family_id::<Ethtool>(&mut conn, &cache).unwrap(), 0x15);
    assert_eq!((cache.lookups(), sent(&count)), (1, 3));
    let _ = Flags::NONE;
}
