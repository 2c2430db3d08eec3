//! Bridge ports as `bridge link` reads and changes them: an AF_BRIDGE link dump gives each
//! port ([`BridgePort`]: its link fields, its settings in `IFLA_PROTINFO`, the hardware
//! mode in `IFLA_AF_SPEC`), and `RTM_SETLINK` with family AF_BRIDGE changes them
//! ([`PortChange`], byte for byte what `bridge link set` sends).
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::bridge::port::{self, PortChange, PortState};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Route)?;
//! for p in port::dump(&mut conn)? {
//!     let p = p?;
//!     println!("{:?}: {:?}", p.name, p.settings.as_ref().and_then(|s| s.state));
//! }
//! let mut change = PortChange::new(4);
//! change.settings.cost = Some(100);
//! change.settings.state = Some(PortState::Blocking.into());
//! port::apply(&mut conn, &change)?;
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::super::link::LinkFlags;
use super::super::message_type::{RTM_DELLINK, RTM_GETLINK, RTM_NEWLINK, RTM_SETLINK};
use super::super::AddressFamily;
use crate::engine::{Ack, Conn, Dump, Error};
use crate::wire::rtnl::IfInfoMsg;
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// `IFLA_*` and `IFLA_BRPORT_*` values (`linux/if_link.h`), `IFLA_BRIDGE_*`
/// (`linux/if_bridge.h`).
#[allow(missing_docs)]
pub mod attrs {
    pub const IFLA_IFNAME: u16 = 3;
    pub const IFLA_MTU: u16 = 4;
    pub const IFLA_LINK: u16 = 5;
    pub const IFLA_MASTER: u16 = 10;
    pub const IFLA_PROTINFO: u16 = 12;
    pub const IFLA_AF_SPEC: u16 = 26;
    pub const IFLA_EXT_MASK: u16 = 29;
    pub const IFLA_LINK_NETNSID: u16 = 37;
    pub const RTEXT_FILTER_VF: u32 = 1;

    pub const IFLA_BRPORT_STATE: u16 = 1;
    pub const IFLA_BRPORT_PRIORITY: u16 = 2;
    pub const IFLA_BRPORT_COST: u16 = 3;
    pub const IFLA_BRPORT_MODE: u16 = 4;
    pub const IFLA_BRPORT_GUARD: u16 = 5;
    pub const IFLA_BRPORT_PROTECT: u16 = 6;
    pub const IFLA_BRPORT_FAST_LEAVE: u16 = 7;
    pub const IFLA_BRPORT_LEARNING: u16 = 8;
    pub const IFLA_BRPORT_UNICAST_FLOOD: u16 = 9;
    pub const IFLA_BRPORT_PROXYARP: u16 = 10;
    pub const IFLA_BRPORT_LEARNING_SYNC: u16 = 11;
    pub const IFLA_BRPORT_PROXYARP_WIFI: u16 = 12;
    pub const IFLA_BRPORT_DESIGNATED_PORT: u16 = 15;
    pub const IFLA_BRPORT_DESIGNATED_COST: u16 = 16;
    pub const IFLA_BRPORT_ID: u16 = 17;
    pub const IFLA_BRPORT_NO: u16 = 18;
    pub const IFLA_BRPORT_MULTICAST_ROUTER: u16 = 25;
    pub const IFLA_BRPORT_MCAST_FLOOD: u16 = 27;
    pub const IFLA_BRPORT_MCAST_TO_UCAST: u16 = 28;
    pub const IFLA_BRPORT_VLAN_TUNNEL: u16 = 29;
    pub const IFLA_BRPORT_BCAST_FLOOD: u16 = 30;
    pub const IFLA_BRPORT_GROUP_FWD_MASK: u16 = 31;
    pub const IFLA_BRPORT_NEIGH_SUPPRESS: u16 = 32;
    pub const IFLA_BRPORT_ISOLATED: u16 = 33;
    pub const IFLA_BRPORT_BACKUP_PORT: u16 = 34;
    pub const IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT: u16 = 37;
    pub const IFLA_BRPORT_MCAST_EHT_HOSTS_CNT: u16 = 38;
    pub const IFLA_BRPORT_LOCKED: u16 = 39;
    pub const IFLA_BRPORT_MAB: u16 = 40;
    pub const IFLA_BRPORT_MCAST_N_GROUPS: u16 = 41;
    pub const IFLA_BRPORT_MCAST_MAX_GROUPS: u16 = 42;
    pub const IFLA_BRPORT_NEIGH_VLAN_SUPPRESS: u16 = 43;
    pub const IFLA_BRPORT_BACKUP_NHID: u16 = 44;

    pub const IFLA_BRIDGE_FLAGS: u16 = 0;
    pub const IFLA_BRIDGE_MODE: u16 = 1;
    pub const BRIDGE_FLAGS_MASTER: u16 = 1;
    pub const BRIDGE_FLAGS_SELF: u16 = 2;
    pub const BRIDGE_MODE_VEB: u16 = 0;
    pub const BRIDGE_MODE_VEPA: u16 = 1;
}
use attrs::*;

crate::open_enum! {
    /// A port's spanning tree state (`BR_STATE_*`).
    pub enum PortState: u8 {
        /// `disabled`.
        Disabled = 0,
        /// `listening`.
        Listening = 1,
        /// `learning`.
        Learning = 2,
        /// `forwarding`.
        Forwarding = 3,
        /// `blocking`.
        Blocking = 4,
    }
}

crate::attribute_set! {
    /// A bridge port's settings (`IFLA_BRPORT_*` inside `IFLA_PROTINFO`). The switches
    /// (`hairpin`, `learning`, ...) are `0` or `1`. Built by hand, it is emitted in the
    /// order `bridge link set` sends its attributes; a parsed one keeps the kernel's order.
    pub struct PortSettings {}
    attributes {
        /// `IFLA_BRPORT_GUARD`: BPDU guard (`guard`).
        pub guard: codec::U8 = IFLA_BRPORT_GUARD,
        /// `IFLA_BRPORT_MODE`: hairpin mode (`hairpin`).
        pub hairpin: codec::U8 = IFLA_BRPORT_MODE,
        /// `IFLA_BRPORT_FAST_LEAVE` (`fastleave`).
        pub fast_leave: codec::U8 = IFLA_BRPORT_FAST_LEAVE,
        /// `IFLA_BRPORT_PROTECT`: root port protection (`root_block`).
        pub root_block: codec::U8 = IFLA_BRPORT_PROTECT,
        /// `IFLA_BRPORT_UNICAST_FLOOD` (`flood`).
        pub flood: codec::U8 = IFLA_BRPORT_UNICAST_FLOOD,
        /// `IFLA_BRPORT_MULTICAST_ROUTER` (`mcast_router`: 0 off, 1 learned, 2 always).
        pub mcast_router: codec::U8 = IFLA_BRPORT_MULTICAST_ROUTER,
        /// `IFLA_BRPORT_MCAST_FLOOD` (`mcast_flood`).
        pub mcast_flood: codec::U8 = IFLA_BRPORT_MCAST_FLOOD,
        /// `IFLA_BRPORT_BCAST_FLOOD` (`bcast_flood`).
        pub bcast_flood: codec::U8 = IFLA_BRPORT_BCAST_FLOOD,
        /// `IFLA_BRPORT_MCAST_TO_UCAST` (`mcast_to_unicast`).
        pub mcast_to_unicast: codec::U8 = IFLA_BRPORT_MCAST_TO_UCAST,
        /// `IFLA_BRPORT_LEARNING` (`learning`).
        pub learning: codec::U8 = IFLA_BRPORT_LEARNING,
        /// `IFLA_BRPORT_LEARNING_SYNC` (`learning_sync`).
        pub learning_sync: codec::U8 = IFLA_BRPORT_LEARNING_SYNC,
        /// `IFLA_BRPORT_COST`: the path cost.
        pub cost: codec::U32 = IFLA_BRPORT_COST,
        /// `IFLA_BRPORT_PRIORITY`.
        pub priority: codec::U16 = IFLA_BRPORT_PRIORITY,
        /// `IFLA_BRPORT_STATE` ([`PortState`]'s value).
        pub state: codec::U8 = IFLA_BRPORT_STATE,
        /// `IFLA_BRPORT_NEIGH_SUPPRESS` (`neigh_suppress`).
        pub neigh_suppress: codec::U8 = IFLA_BRPORT_NEIGH_SUPPRESS,
        /// `IFLA_BRPORT_VLAN_TUNNEL` (`vlan_tunnel`).
        pub vlan_tunnel: codec::U8 = IFLA_BRPORT_VLAN_TUNNEL,
        /// `IFLA_BRPORT_ISOLATED` (`isolated`).
        pub isolated: codec::U8 = IFLA_BRPORT_ISOLATED,
        /// `IFLA_BRPORT_LOCKED` (`locked`).
        pub locked: codec::U8 = IFLA_BRPORT_LOCKED,
        /// `IFLA_BRPORT_BACKUP_PORT`: the backup port's index (0: none).
        pub backup_port: codec::U32 = IFLA_BRPORT_BACKUP_PORT,
        /// `IFLA_BRPORT_MAB`: MAC authentication bypass.
        pub mab: codec::U8 = IFLA_BRPORT_MAB,
        /// `IFLA_BRPORT_PROXYARP`.
        pub proxy_arp: codec::U8 = IFLA_BRPORT_PROXYARP,
        /// `IFLA_BRPORT_PROXYARP_WIFI`.
        pub proxy_arp_wifi: codec::U8 = IFLA_BRPORT_PROXYARP_WIFI,
        /// `IFLA_BRPORT_DESIGNATED_PORT`.
        pub designated_port: codec::U16 = IFLA_BRPORT_DESIGNATED_PORT,
        /// `IFLA_BRPORT_DESIGNATED_COST`.
        pub designated_cost: codec::U16 = IFLA_BRPORT_DESIGNATED_COST,
        /// `IFLA_BRPORT_ID`: the port id.
        pub id: codec::U16 = IFLA_BRPORT_ID,
        /// `IFLA_BRPORT_NO`: the port number.
        pub number: codec::U16 = IFLA_BRPORT_NO,
        /// `IFLA_BRPORT_GROUP_FWD_MASK`.
        pub group_fwd_mask: codec::U16 = IFLA_BRPORT_GROUP_FWD_MASK,
        /// `IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT`.
        pub mcast_eht_hosts_limit: codec::U32 = IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT,
        /// `IFLA_BRPORT_MCAST_EHT_HOSTS_CNT`.
        pub mcast_eht_hosts_count: codec::U32 = IFLA_BRPORT_MCAST_EHT_HOSTS_CNT,
        /// `IFLA_BRPORT_MCAST_N_GROUPS`.
        pub mcast_groups: codec::U32 = IFLA_BRPORT_MCAST_N_GROUPS,
        /// `IFLA_BRPORT_MCAST_MAX_GROUPS`.
        pub mcast_max_groups: codec::U32 = IFLA_BRPORT_MCAST_MAX_GROUPS,
        /// `IFLA_BRPORT_NEIGH_VLAN_SUPPRESS`.
        pub neigh_vlan_suppress: codec::U8 = IFLA_BRPORT_NEIGH_VLAN_SUPPRESS,
        /// `IFLA_BRPORT_BACKUP_NHID`.
        pub backup_nexthop_id: codec::U32 = IFLA_BRPORT_BACKUP_NHID,
    }
}

crate::attribute_set! {
    /// The bridge part of `IFLA_AF_SPEC` this module reads and sends: `IFLA_BRIDGE_FLAGS`
    /// (master/self) and `IFLA_BRIDGE_MODE` (VEB/VEPA); the rest (VLAN information) is
    /// kept in `unknown`.
    pub struct BridgeSpec {}
    attributes {
        /// `IFLA_BRIDGE_FLAGS` (`BRIDGE_FLAGS_MASTER`, `BRIDGE_FLAGS_SELF`).
        pub flags: codec::U16 = IFLA_BRIDGE_FLAGS,
        /// `IFLA_BRIDGE_MODE` (`BRIDGE_MODE_VEB`, `BRIDGE_MODE_VEPA`).
        pub mode: codec::U16 = IFLA_BRIDGE_MODE,
    }
}

crate::attribute_set! {
    /// A bridge port (or the bridge itself) as an AF_BRIDGE link dump gives it.
    pub struct BridgePort {
        /// `ifi_family` (AF_BRIDGE, or AF_UNSPEC from old kernels).
        pub family: AddressFamily,
        /// `ifi_index`.
        pub index: u32,
        /// `ifi_flags`.
        pub flags: LinkFlags,
        /// The message was `RTM_DELLINK` (a port leaving, in events).
        pub deleted: bool,
    }
    attributes {
        /// `IFLA_IFNAME`.
        pub name: codec::Str = IFLA_IFNAME,
        /// `IFLA_MTU`.
        pub mtu: codec::U32 = IFLA_MTU,
        /// `IFLA_LINK`: the peer or lower device.
        pub link: codec::U32 = IFLA_LINK,
        /// `IFLA_MASTER`: the bridge.
        pub master: codec::U32 = IFLA_MASTER,
        /// `IFLA_PROTINFO`: the port's settings.
        pub settings: codec::Nested<PortSettings> = IFLA_PROTINFO,
        /// `IFLA_AF_SPEC`: the hardware mode (and VLANs, kept raw).
        pub spec: codec::NestedPlain<BridgeSpec> = IFLA_AF_SPEC,
        /// `IFLA_LINK_NETNSID`: `link` is in that namespace.
        pub link_netnsid: codec::I32 = IFLA_LINK_NETNSID,
    }
}

impl BridgePort {
    /// Parses an `RTM_NEWLINK`/`RTM_DELLINK` payload. An old kernel's one-byte
    /// `IFLA_PROTINFO` (the state alone) is in [`legacy_state`](Self::legacy_state).
    pub fn parse(payload: &[u8]) -> Result<BridgePort, DecodeError> {
        let m = FamilyMessage::<IfInfoMsg>::parse(payload)?;
        let mut p = BridgePort {
            family: m.header.family.into(),
            index: m.header.index,
            flags: LinkFlags(m.header.flags),
            ..Default::default()
        };
        p.read_attrs(m.attrs())?;
        Ok(p)
    }

    /// The state of an `IFLA_PROTINFO` that is a single byte rather than a nest.
    pub fn legacy_state(&self) -> Option<u8> {
        self.unknown
            .iter()
            .find(|a| a.attr_type & 0x3fff == IFLA_PROTINFO && a.payload.len() == 1)
            .map(|a| a.payload[0])
    }
}

/// The AF_BRIDGE link dump `bridge link show` sends (`IFLA_EXT_MASK` `RTEXT_FILTER_VF`).
pub fn dump_request() -> MessageBuilder {
    let mut b = MessageBuilder::new(RTM_GETLINK, Flags::NONE);
    b.push_struct(&IfInfoMsg {
        family: AddressFamily::Bridge.into(),
        ..Default::default()
    });
    b.attr_u32_ne(IFLA_EXT_MASK, RTEXT_FILTER_VF);
    b
}

/// Dumps every bridge port (and bridge), streaming.
pub fn dump(conn: &mut Conn) -> Result<Ports<'_>, Error> {
    Ok(Ports {
        dump: conn.dump(&dump_request())?,
    })
}

/// The ports of a [`dump`].
#[derive(Debug)]
pub struct Ports<'c> {
    dump: Dump<'c>,
}

impl Iterator for Ports<'_> {
    type Item = Result<BridgePort, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let msg = match self.dump.next_message()? {
                Ok(m) => m,
                Err(e) => return Some(Err(e)),
            };
            let t = msg.message_type();
            if t != RTM_NEWLINK && t != RTM_DELLINK {
                continue;
            }
            return Some(
                BridgePort::parse(msg.payload())
                    .map(|mut p| {
                        p.deleted = t == RTM_DELLINK;
                        p
                    })
                    .map_err(Error::Decode),
            );
        }
    }
}

/// A change of one port's settings (`bridge link set`): the settings given, and the
/// `IFLA_AF_SPEC` flags (master/self) and hardware mode when set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PortChange {
    /// The port.
    pub index: u32,
    /// What to change (unset fields are left as they are).
    pub settings: PortSettings,
    /// `IFLA_BRIDGE_FLAGS` (`BRIDGE_FLAGS_SELF` / `BRIDGE_FLAGS_MASTER`).
    pub flags: Option<u16>,
    /// `IFLA_BRIDGE_MODE`.
    pub mode: Option<u16>,
}

impl PortChange {
    /// A change of port `index` that changes nothing yet.
    pub fn new(index: u32) -> PortChange {
        PortChange {
            index,
            ..Default::default()
        }
    }

    /// The `RTM_SETLINK` request, as `bridge link set` builds it: the settings nest always
    /// (flagged `NLA_F_NESTED`), then `IFLA_AF_SPEC` when a flag or the mode is set.
    pub fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_SETLINK, Flags::NONE);
        b.push_struct(&IfInfoMsg {
            family: AddressFamily::Bridge.into(),
            index: self.index,
            ..Default::default()
        });
        let nest = b.nest_start(IFLA_PROTINFO);
        self.settings.write_attrs(&mut b);
        b.nest_end(nest);
        if self.flags.is_some() || self.mode.is_some() {
            let spec = BridgeSpec {
                flags: self.flags,
                mode: self.mode,
                ..Default::default()
            };
            let nest = b.nest_start_flags(IFLA_AF_SPEC);
            spec.write_attrs(&mut b);
            b.nest_end(nest);
        }
        b
    }
}

/// Sends `change` and waits for the kernel's answer.
pub fn apply(conn: &mut Conn, change: &PortChange) -> Result<Ack, Error> {
    conn.execute(&change.request())
}

#[cfg(test)]
#[path = "port_tests.rs"]
mod tests;
