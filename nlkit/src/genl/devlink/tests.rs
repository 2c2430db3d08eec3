//! devlink against a scripted kernel: no privileges needed (this kernel has no devlink
//! device, so nothing here was captured).
//!
//! The fixtures are built with the generated attribute sets (`ynl::devlink`, from the
//! kernel's spec) as `devlink dev`, `devlink dev info` and `devlink port` receive them
//! (linux/devlink.h: a handle on every message, the versions as repeated nests of name and
//! value); one request is checked byte for byte against a hand-assembled message (numbers
//! from the uapi header).

use super::*;
use crate::genl::family_kernel::{framed, kernel, reply, Answer};
use crate::genl::GenlView;
use crate::sys::errno::ENOENT;
use crate::wire::{AttributeSet, Flags, MessageBuilder};
use crate::ynl::devlink::cmd;

const ID: u16 = 0x23;

fn message(cmd: u8, d: &Devlink) -> MessageBuilder {
    let mut b = reply(ID, cmd);
    d.write_attrs(&mut b);
    b
}

fn handle_attrs(bus: &str, dev: &str) -> Devlink {
    Devlink {
        bus_name: Some(bus.into()),
        dev_name: Some(dev.into()),
        ..Default::default()
    }
}

fn version(name: &str, value: &str) -> DlInfoVersion {
    DlInfoVersion {
        info_version_name: Some(name.into()),
        info_version_value: Some(value.into()),
        ..Default::default()
    }
}

fn info_message() -> MessageBuilder {
    let d = Devlink {
        info_driver_name: Some("netdevsim".into()),
        info_serial_number: Some("SN1234".into()),
        info_version_fixed: vec![version("board.id", "0x1"), version("asic.id", "0xa2")],
        info_version_running: vec![version("fw", "1.2.3"), version("fw.mgmt", "10.0")],
        info_version_stored: vec![version("fw", "1.2.4")],
        ..handle_attrs("netdevsim", "netdevsim1")
    };
    message(cmd::INFO_GET, &d)
}

fn port_messages() -> Vec<MessageBuilder> {
    let split = Devlink {
        port_index: Some(1),
        port_type: Some(PortType::Eth),
        port_flavour: Some(PortFlavour::Physical),
        port_netdev_ifindex: Some(12),
        port_netdev_name: Some("eni1np1s0".into()),
        port_number: Some(1),
        port_split_group: Some(1),
        port_split_subport_number: Some(0),
        port_lanes: Some(4),
        port_splittable: Some(0),
        ..handle_attrs("pci", "0000:01:00.0")
    };
    let vf = Devlink {
        port_index: Some(7),
        port_type: Some(PortType::Eth),
        port_flavour: Some(PortFlavour::PciVf),
        port_pci_pf_number: Some(0),
        port_pci_vf_number: Some(3),
        port_controller_number: Some(1),
        port_external: Some(1),
        ..handle_attrs("pci", "0000:01:00.0")
    };
    let newer = Devlink {
        port_index: Some(9),
        port_flavour: Some(PortFlavour::from(42)),
        port_desired_type: Some(1),
        ..handle_attrs("pci", "0000:01:00.0")
    };
    [split, vf, newer]
        .iter()
        .map(|d| message(cmd::PORT_GET, d))
        .collect()
}

#[test]
fn devices_and_their_information() {
    let (mut conn, sent) = kernel("devlink", ID, |v: &GenlView<'_>| match v.cmd() {
        cmd::GET => Answer::Dump(vec![
            message(cmd::GET, &handle_attrs("pci", "0000:01:00.0")),
            message(
                cmd::GET,
                &Devlink {
                    reload_failed: Some(1),
                    ..handle_attrs("netdevsim", "netdevsim1")
                },
            ),
        ]),
        _ => Answer::Reply(info_message()),
    });
    let families = Families::new();
    let devs = devices(&mut conn, &families).unwrap();
    assert_eq!(devs[0].handle.to_string(), "pci/0000:01:00.0");
    assert_eq!(
        (devs.len(), devs[0].reload_failed, devs[1].reload_failed),
        (2, false, true)
    );
    let h: Handle = "netdevsim/netdevsim1".parse().unwrap();
    let i = info(&mut conn, &families, &h).unwrap();
    assert_eq!(i.handle, h);
    assert_eq!(i.driver.as_deref(), Some("netdevsim"));
    assert_eq!(i.serial_number.as_deref(), Some("SN1234"));
    assert_eq!(i.fixed.get("asic.id").map(String::as_str), Some("0xa2"));
    assert_eq!(i.fixed.len(), 2);
    assert_eq!(i.running.get("fw").map(String::as_str), Some("1.2.3"));
    assert_eq!(i.running.get("fw.mgmt").map(String::as_str), Some("10.0"));
    assert_eq!(i.stored.get("fw").map(String::as_str), Some("1.2.4"));
    let sent = sent.lock().unwrap();
    assert!(sent[0].0.flags.contains(Flags::DUMP));
    // DEVLINK_CMD_INFO_GET (51), DEVLINK_ATTR_BUS_NAME (1), DEVLINK_ATTR_DEV_NAME (2).
    let mut want = vec![51, 1, 0, 0, 14, 0, 1, 0];
    want.extend_from_slice(b"netdevsim\0\0\0");
    want.extend_from_slice(&[15, 0, 2, 0]);
    want.extend_from_slice(b"netdevsim1\0\0");
    assert_eq!(sent[1].1, want);
    assert!(!sent[1].0.flags.contains(Flags::DUMP));
}

#[test]
fn ports_with_flavours_and_splits() {
    let (mut conn, sent) = kernel("devlink", ID, |_| Answer::Dump(port_messages()));
    let families = Families::new();
    let h = Handle::new("pci", "0000:01:00.0");
    let p = ports(&mut conn, &families, Some(&h)).unwrap();
    assert_eq!(p.len(), 3);
    let eth = &p[0];
    assert_eq!(
        (eth.index, eth.port_type, eth.flavour),
        (1, Some(PortType::Eth), Some(PortFlavour::Physical))
    );
    assert_eq!(
        (eth.netdev_name.as_deref(), eth.netdev_ifindex),
        (Some("eni1np1s0"), Some(12))
    );
    assert_eq!(eth.number, Some(1));
    let want = Split {
        count: None,
        group: Some(1),
        subport: Some(0),
        splittable: false,
        lanes: Some(4),
    };
    assert_eq!(eth.split, want);
    let vf = &p[1];
    assert_eq!(
        (vf.flavour, vf.pci_pf, vf.pci_vf),
        (Some(PortFlavour::PciVf), Some(0), Some(3))
    );
    assert_eq!((vf.controller, vf.external), (Some(1), true));
    assert_eq!(p[2].flavour, Some(PortFlavour::Other(42)));
    assert_eq!(p[2].desired_type, Some(PortType::Auto));
    let asked: PortGetDumpRequest = GenlView::from_payload(ID, &sent.lock().unwrap()[0].1)
        .unwrap()
        .read()
        .unwrap();
    assert_eq!(
        (asked.bus_name.as_deref(), asked.dev_name.as_deref()),
        (Some("pci"), Some("0000:01:00.0"))
    );
    // Every device's ports: no handle sent.
    let (mut conn, sent) = kernel("devlink", ID, |_| Answer::Dump(Vec::new()));
    assert!(ports(&mut conn, &families, None).unwrap().is_empty());
    assert_eq!(sent.lock().unwrap()[0].1, [cmd::PORT_GET, 1, 0, 0]);
}

#[test]
fn broken_messages_are_errors_and_the_dump_is_read_to_its_end() {
    let (mut conn, sent) = kernel("devlink", ID, |_| {
        let mut msgs = port_messages();
        msgs.insert(1, message(cmd::PORT_GET, &handle_attrs("pci", "x")));
        Answer::Dump(msgs)
    });
    let families = Families::new();
    let e = ports(&mut conn, &families, None).unwrap_err();
    assert!(matches!(e, Error::Decode(_)), "{e:?}");
    // The connection is usable: the rest of the dump was read.
    assert_eq!(
        ports(&mut conn, &families, None).unwrap_err().to_string(),
        e.to_string()
    );
    assert_eq!(sent.lock().unwrap().len(), 2);
    assert!(DevInfo::from_attrs(&Devlink::default()).is_err());
    for bad in ["", "pci", "/x", "pci/"] {
        assert!(bad.parse::<Handle>().is_err(), "{bad}");
    }
}

#[test]
fn a_kernel_without_devlink_is_family_not_found() {
    let (mut conn, _) = kernel("nl80211", 0x22, |_| Answer::Error(ENOENT));
    let families = Families::new();
    let e = devices(&mut conn, &families).unwrap_err();
    assert_eq!(
        e.to_string(),
        "family devlink not found; is its module loaded?"
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_parse_without_a_panic(
        raw in proptest::collection::vec(proptest::num::u8::ANY, 0..300),
        attrs in proptest::collection::vec((0u16..64, proptest::collection::vec(proptest::num::u8::ANY, 0..24)), 0..24),
        framed_first: bool,
    ) {
        let bytes = if framed_first { framed(&attrs) } else { raw };
        let mut d = Devlink::default();
        if d.read_attrs(crate::wire::AttrIter::new(&bytes)).is_ok() {
            let _ = DevInfo::from_attrs(&d);
            let _ = Port::from_attrs(&d);
        }
        let _ = std::str::from_utf8(&bytes).map(str::parse::<Handle>);
    }
}
