use super::*;

/// An AF_BRIDGE `RTM_NEWLINK` laid out as the kernel sends a port (`br_fill_ifinfo`):
/// name, MTU, master, the settings nest (with an attribute this module does not know)
/// and `IFLA_AF_SPEC`.
fn port_message(nested_protinfo: bool) -> Vec<u8> {
    let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
    b.push_struct(&IfInfoMsg {
        family: 7,
        index: 4,
        flags: 0x1003,
        ..Default::default()
    });
    b.attr_str(IFLA_IFNAME, "v0");
    b.attr_u32_ne(IFLA_MTU, 1500);
    b.attr_u32_ne(IFLA_MASTER, 3);
    if nested_protinfo {
        let n = b.nest_start(IFLA_PROTINFO);
        b.attr_u8(IFLA_BRPORT_STATE, 3);
        b.attr_u16_ne(IFLA_BRPORT_PRIORITY, 32);
        b.attr_u32_ne(IFLA_BRPORT_COST, 2);
        b.attr_u8(IFLA_BRPORT_MODE, 0);
        b.attr_u8(IFLA_BRPORT_LEARNING, 1);
        b.attr_u8(99, 7);
        b.nest_end(n);
    } else {
        b.attr_u8(IFLA_PROTINFO, 3);
    }
    let n = b.nest_start_flags(IFLA_AF_SPEC);
    b.attr_u16_ne(IFLA_BRIDGE_MODE, BRIDGE_MODE_VEPA);
    b.nest_end(n);
    b.finish().unwrap()
}

#[test]
fn a_port_as_the_kernel_sends_it() {
    let msg = port_message(true);
    let p = BridgePort::parse(&msg[16..]).unwrap();
    assert_eq!(
        (p.family, p.index, p.flags.bits()),
        (AddressFamily::Bridge, 4, 0x1003)
    );
    assert_eq!(
        (p.name.as_deref(), p.mtu, p.master),
        (Some("v0"), Some(1500), Some(3))
    );
    let s = p.settings.as_ref().unwrap();
    assert_eq!((s.state, s.priority, s.cost), (Some(3), Some(32), Some(2)));
    assert_eq!((s.hairpin, s.learning, s.guard), (Some(0), Some(1), None));
    assert_eq!(PortState::from(s.state.unwrap()), PortState::Forwarding);
    // The unknown attribute is kept, not fatal.
    assert_eq!(s.unknown.len(), 1);
    assert_eq!(p.spec.as_ref().unwrap().mode, Some(BRIDGE_MODE_VEPA));
    assert_eq!(p.legacy_state(), None);
}

#[test]
fn an_old_kernels_state_byte() {
    let msg = port_message(false);
    let p = BridgePort::parse(&msg[16..]).unwrap();
    assert_eq!(p.settings, None);
    assert_eq!(p.legacy_state(), Some(3));
}

#[test]
fn truncated_messages_never_panic() {
    let msg = port_message(true);
    for end in 16..msg.len() {
        let _ = BridgePort::parse(&msg[16..end]);
    }
    assert!(BridgePort::parse(&msg[16..20]).is_err());
}

#[test]
fn the_dump_is_bridge_link_shows() {
    let b = dump_request().finish().unwrap();
    // ifinfomsg with AF_BRIDGE, then IFLA_EXT_MASK = RTEXT_FILTER_VF.
    assert_eq!(b.len(), 40);
    assert_eq!(b[16], 7);
    assert_eq!(&b[32..40], &[8, 0, 29, 0, 1, 0, 0, 0]);
}

#[test]
fn an_empty_change_still_sends_the_nest() {
    let b = PortChange::new(9).request().finish().unwrap();
    assert_eq!(b.len(), 36);
    assert_eq!(&b[32..36], &[4, 0, 12, 0x80]);
}
