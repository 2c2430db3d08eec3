//! The golden tests of the controller printer: the messages of `genl ctrl list`, `genl
//! ctrl policy name nlctrl` and `genl ctrl policy name ethtool` (captured on Linux 6.18 in
//! a fresh namespace with `strace -e trace=recvmsg -e read=3`, see nlkit's genl fixtures,
//! read through the symlinks in tests/golden so that the packaged crate has them), printed,
//! against what genl 6.1 printed for the same state.

use super::print::ctrl_message;
use nlkit::genl::ctrl::{CtrlMessage, McastGroupAttrs, OpAttrs, OpFlags};
use nlkit::genl::GenlView;
use nlkit::wire::MessageIter;

fn printed(dump: &[u8]) -> String {
    let mut out = String::new();
    for m in MessageIter::new(dump) {
        let m = m.unwrap();
        let c = CtrlMessage::parse(&GenlView::parse(&m).unwrap()).unwrap();
        out.push_str(&ctrl_message(&c));
    }
    out
}

#[test]
fn ctrl_list_as_genl_prints_it() {
    let dump = include_bytes!("../../tests/golden/genl_ctrl_list.bin");
    let want = include_str!("../../tests/golden/genl_ctrl_list.txt");
    assert_eq!(printed(dump), want);
}

#[test]
fn policies_as_genl_prints_them() {
    let dump = include_bytes!("../../tests/golden/genl_policy_nlctrl.bin");
    let want = include_str!("../../tests/golden/genl_policy_nlctrl.txt");
    assert_eq!(printed(dump), want);
    let dump = include_bytes!("../../tests/golden/genl_policy_ethtool.bin");
    let want = include_str!("../../tests/golden/genl_policy_ethtool.txt");
    assert_eq!(printed(dump), want);
}

/// What no family of this kernel shows: capabilities of 0 and with admin permission, an
/// index genl's table has no room for, a group without a name, a repeated index.
#[test]
fn capabilities_and_odd_indexes() {
    let op = |id, flags| OpAttrs {
        id: Some(id),
        flags: Some(OpFlags(flags)),
        ..Default::default()
    };
    let m = CtrlMessage {
        family_name: Some("x".into()),
        version: Some(2),
        ops: Some(vec![
            (2, op(7, 0x1f)),
            (1, op(5, 0)),
            (300, op(9, 2)),
            (2, op(8, 2)),
        ]),
        mcast_groups: Some(vec![(
            1,
            McastGroupAttrs {
                id: Some(3),
                ..Default::default()
            },
        )]),
        ..Default::default()
    };
    let want = "\nName: x\n Version: 0x2 \n\tcommands supported: \n\
        \t\t#1:  ID-0x5 \n\t\tCapabilities (0x0):\n \n\n\
        \t\t#2:  ID-0x7 \n\t\tCapabilities (0x1f):\n \t\t  requires admin permission; can doit; can dumpit; has policy\n\n\n\
        \tmulticast groups:\n\t\t#1:  ID-0x3 \n\n";
    assert_eq!(ctrl_message(&m), want);
}
