//! Neighbours: `struct ndmsg` and the `NDA_*` attributes (linux/neighbour.h), with proxy
//! entries and bridge forwarding-database entries (`AF_BRIDGE`).
//!
//! Events on `RTNLGRP_NEIGH` (what a listener sees, as [`Event`](crate::rtnl::Event)s):
//! - `RTM_NEWNEIGH` when an entry is added or its state, flags or link-layer address change;
//!   `RTM_DELNEIGH` when it goes (garbage collection included).
//! - `RTM_GETNEIGH` is **not** state: when a table's `app_probes` (the sysctl
//!   /proc/sys/net/ipv{4,6}/neigh/DEV/app_solicit) is above zero, the kernel multicasts an
//!   `RTM_GETNEIGH` asking user space to resolve an address (the old arpd protocol):
//!   [`Event::NeighbourRequest`](crate::rtnl::Event::NeighbourRequest). `ip monitor` prints
//!   these as `miss ...`; the mirror ignores them.
//! - `NOARP` entries of multicast addresses are created without an announcement the first
//!   time the kernel sends to the group (only their deletion is announced); the mirror leaves
//!   them out.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::{self, neigh::{Neighbour, NeighbourFilter, NeighbourState}, Verb};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Route)?;
//! for n in rtnl::dump(&mut conn, &NeighbourFilter::default())? {
//!     let n = n?;
//!     println!("{:?} {:?}", n.destination, n.state);
//! }
//! // ip neigh replace 10.0.0.2 lladdr 02:00:00:00:00:02 dev <index 3>
//! let mut n = Neighbour::to(3, "10.0.0.2".parse().unwrap());
//! n.lladdr = Some(vec![2, 0, 0, 0, 0, 2]);
//! rtnl::apply(&mut conn, &n, Verb::Replace)?;
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

#[cfg(test)]
mod tests;

use super::message_type::{RTM_DELNEIGH, RTM_GETNEIGH, RTM_NEWNEIGH};
use super::object::{AnyObject, Filter, Kind, Object, Query, Verb};
use super::{AddressFamily, RouteProtocol, RouteType};
use crate::wire::rtnl::{NdMsg, NdaCacheinfo};
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};
use std::net::IpAddr;

/// Neighbour attribute ids of linux/neighbour.h.
pub mod attrs {
    #![allow(missing_docs)]
    pub const NDA_DST: u16 = 1;
    pub const NDA_LLADDR: u16 = 2;
    pub const NDA_CACHEINFO: u16 = 3;
    pub const NDA_PROBES: u16 = 4;
    pub const NDA_VLAN: u16 = 5;
    pub const NDA_PORT: u16 = 6;
    pub const NDA_VNI: u16 = 7;
    pub const NDA_IFINDEX: u16 = 8;
    pub const NDA_MASTER: u16 = 9;
    pub const NDA_LINK_NETNSID: u16 = 10;
    pub const NDA_SRC_VNI: u16 = 11;
    pub const NDA_PROTOCOL: u16 = 12;
    pub const NDA_NH_ID: u16 = 13;
    pub const NDA_FLAGS_EXT: u16 = 15;
}

use attrs::*;

crate::flag_set! {
    /// A neighbour's state (`NUD_*`); a dump filter or flush may hold several.
    pub struct NeighbourState: u16 {
        /// `NUD_INCOMPLETE`: being resolved.
        const INCOMPLETE = 0x01;
        /// `NUD_REACHABLE`: confirmed recently.
        const REACHABLE = 0x02;
        /// `NUD_STALE`: valid, to be confirmed.
        const STALE = 0x04;
        /// `NUD_DELAY`: waiting before probing.
        const DELAY = 0x08;
        /// `NUD_PROBE`: being probed.
        const PROBE = 0x10;
        /// `NUD_FAILED`: resolution failed.
        const FAILED = 0x20;
        /// `NUD_NOARP`: needs no resolution.
        const NOARP = 0x40;
        /// `NUD_PERMANENT`: static.
        const PERMANENT = 0x80;
    }
}

crate::flag_set! {
    /// Neighbour flags (`ndm_flags`, `NTF_*`).
    pub struct NeighbourFlags: u8 {
        /// `NTF_USE`.
        const USE = 0x01;
        /// `NTF_SELF`.
        const SELF = 0x02;
        /// `NTF_MASTER`.
        const MASTER = 0x04;
        /// `NTF_PROXY`: a proxy entry.
        const PROXY = 0x08;
        /// `NTF_EXT_LEARNED`.
        const EXT_LEARNED = 0x10;
        /// `NTF_OFFLOADED`.
        const OFFLOADED = 0x20;
        /// `NTF_STICKY`.
        const STICKY = 0x40;
        /// `NTF_ROUTER`: an IPv6 router.
        const ROUTER = 0x80;
    }
}

crate::flag_set! {
    /// Extended neighbour flags (`NDA_FLAGS_EXT`, `NTF_EXT_*`).
    pub struct NeighbourFlagsExt: u32 {
        /// `NTF_EXT_MANAGED`: kept resolved by the kernel (`ip neigh ... managed`).
        const MANAGED = 0x01;
        /// `NTF_EXT_LOCKED`: a locked bridge port's entry.
        const LOCKED = 0x02;
    }
}

crate::attribute_set! {
    /// A neighbour (or a proxy entry, or a bridge FDB entry): the `ndmsg` fields and every
    /// attribute, parsed leniently. A neighbour built by hand emits its attributes in the
    /// order `ip neigh add` sends them.
    pub struct Neighbour {
        /// `ndm_family`.
        pub family: AddressFamily,
        /// `ndm_ifindex`: the device.
        pub index: u32,
        /// `ndm_state`.
        pub state: NeighbourState,
        /// `ndm_flags`.
        pub flags: NeighbourFlags,
        /// `ndm_type`.
        pub route_type: RouteType,
    }
    attributes {
        /// `NDA_PROTOCOL`: who added it.
        pub protocol: codec::Enum8<RouteProtocol> = NDA_PROTOCOL,
        /// `NDA_DST`: the protocol address.
        pub destination: codec::Ip = NDA_DST,
        /// `NDA_FLAGS_EXT`.
        pub flags_ext: codec::Enum32<NeighbourFlagsExt> = NDA_FLAGS_EXT,
        /// `NDA_LLADDR`: the link-layer address (any length).
        pub lladdr: codec::Bytes = NDA_LLADDR,
        /// `NDA_PROBES`.
        pub probes: codec::U32 = NDA_PROBES,
        /// `NDA_CACHEINFO`.
        pub cache_info: codec::Struct<NdaCacheinfo> = NDA_CACHEINFO,
        /// `NDA_VLAN`.
        pub vlan: codec::U16 = NDA_VLAN,
        /// `NDA_PORT` (host order; big-endian on the wire).
        pub port: codec::U16Be = NDA_PORT,
        /// `NDA_VNI`.
        pub vni: codec::U32 = NDA_VNI,
        /// `NDA_IFINDEX`.
        pub interface: codec::U32 = NDA_IFINDEX,
        /// `NDA_MASTER`.
        pub master: codec::U32 = NDA_MASTER,
        /// `NDA_LINK_NETNSID`.
        pub link_netnsid: codec::I32 = NDA_LINK_NETNSID,
        /// `NDA_SRC_VNI`.
        pub source_vni: codec::U32 = NDA_SRC_VNI,
        /// `NDA_NH_ID`.
        pub nexthop_id: codec::U32 = NDA_NH_ID,
    }
}

/// The identity of a neighbour: family, device, destination, proxy or not, and for bridge
/// FDB entries the link-layer address and VLAN.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NeighbourKey {
    /// The family.
    pub family: AddressFamily,
    /// The device.
    pub index: u32,
    /// The protocol address.
    pub destination: Option<IpAddr>,
    /// A proxy entry.
    pub proxy: bool,
    /// The link-layer address (bridge FDB entries only).
    pub lladdr: Option<Vec<u8>>,
    /// The VLAN.
    pub vlan: Option<u16>,
}

impl Object for Neighbour {
    const KIND: Kind = Kind::Neighbour;
    const NEW: u16 = RTM_NEWNEIGH;
    const DEL: u16 = RTM_DELNEIGH;
    const GET: u16 = RTM_GETNEIGH;
    type Key = NeighbourKey;

    fn parse(payload: &[u8]) -> Result<Neighbour, DecodeError> {
        let m = FamilyMessage::<NdMsg>::parse(payload)?;
        let mut n = Neighbour {
            family: m.header.family.into(),
            index: m.header.index,
            state: NeighbourState(m.header.state),
            flags: NeighbourFlags(m.header.flags),
            route_type: m.header.route_type.into(),
            ..Default::default()
        };
        n.read_attrs(m.attrs())?;
        Ok(n)
    }

    fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&self.header());
        self.write_attrs(b);
    }

    fn key(&self) -> NeighbourKey {
        let bridge = self.family == AddressFamily::Bridge;
        NeighbourKey {
            family: self.family,
            index: self.index,
            destination: self.destination,
            proxy: self.flags.contains(NeighbourFlags::PROXY),
            lladdr: self.lladdr.clone().filter(|_| bridge),
            vlan: self.vlan,
        }
    }

    fn into_any(self) -> AnyObject {
        AnyObject::Neighbour(self)
    }

    /// The common verbs, and append (`CREATE | APPEND`: another remote of a VXLAN
    /// device's flood list, `bridge fdb append`).
    fn change_flags(verb: Verb) -> Option<Flags> {
        match verb {
            Verb::Append => Some(Flags::CREATE | Flags::APPEND),
            v => v.common_flags(),
        }
    }

    /// `RTM_DELNEIGH` matches the header (family, device, flags) and the destination; a
    /// bridge FDB entry also its link-layer address, VLAN and (on a VXLAN device) the
    /// remote's port, VNI, device and nexthop.
    fn emit_delete(&self, b: &mut MessageBuilder) {
        b.push_struct(&self.header());
        let key = Neighbour {
            destination: self.destination,
            ..Default::default()
        };
        key.write_attrs(b);
        if self.family == AddressFamily::Bridge {
            // A VXLAN device deletes one remote of an address: its destination, port,
            // VNI and device say which (bridge sends what it was given).
            let key = Neighbour {
                lladdr: self.lladdr.clone(),
                vlan: self.vlan,
                port: self.port,
                vni: self.vni,
                source_vni: self.source_vni,
                interface: self.interface,
                nexthop_id: self.nexthop_id,
                ..Default::default()
            };
            key.write_attrs(b);
        }
    }
}

impl Neighbour {
    /// A static entry for `destination` on device `index`, as `ip neigh add` makes it by
    /// default (`NUD_PERMANENT`). Set `lladdr`, the state and flags on the result.
    pub fn to(index: u32, destination: IpAddr) -> Neighbour {
        Neighbour {
            family: AddressFamily::of(&destination),
            index,
            state: NeighbourState::PERMANENT,
            destination: Some(destination),
            ..Default::default()
        }
    }

    /// The `ndmsg` this neighbour is emitted with.
    pub fn header(&self) -> NdMsg {
        NdMsg {
            family: self.family.into(),
            index: self.index,
            state: self.state.bits(),
            flags: self.flags.bits(),
            route_type: self.route_type.into(),
            ..Default::default()
        }
    }
}

/// What a neighbour dump selects. The device and master travel in the request
/// (`NDA_IFINDEX`, `NDA_MASTER`), and `proxy` asks for the proxy table (`NTF_PROXY`); every
/// filter is also applied here, but the master's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NeighbourFilter {
    /// Only this family (`None`: IPv4 and IPv6).
    pub family: Option<AddressFamily>,
    /// Only neighbours of this device.
    pub index: Option<u32>,
    /// The proxy entries instead of the neighbour cache.
    pub proxy: bool,
    /// Only neighbours of ports of this master device (`u32::MAX`: of devices without a
    /// master); applied by the kernel only.
    pub master: Option<u32>,
}

impl Filter for NeighbourFilter {
    type Object = Neighbour;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETNEIGH, Flags::NONE);
        b.push_struct(&NdMsg {
            family: self.family.map_or(0, u8::from),
            flags: if self.proxy {
                NeighbourFlags::PROXY.bits()
            } else {
                0
            },
            ..Default::default()
        });
        if let Some(i) = self.index {
            b.attr_u32_ne(NDA_IFINDEX, i);
        }
        if let Some(m) = self.master {
            b.attr_u32_ne(NDA_MASTER, m);
        }
        b
    }

    fn matches(&self, n: &Neighbour) -> bool {
        self.family.is_none_or(|f| f == n.family)
            && self.index.is_none_or(|i| i == n.index)
            && (self.proxy == n.flags.contains(NeighbourFlags::PROXY))
    }
}

/// One neighbour (or proxy entry): `destination` on device `index` (`ip neigh get`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NeighbourQuery {
    /// The device.
    pub index: u32,
    /// The protocol address.
    pub destination: IpAddr,
    /// The proxy entry rather than the neighbour.
    pub proxy: bool,
}

impl Query for NeighbourQuery {
    type Object = Neighbour;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETNEIGH, Flags::NONE);
        b.push_struct(&NdMsg {
            family: AddressFamily::of(&self.destination).into(),
            index: self.index,
            flags: if self.proxy {
                NeighbourFlags::PROXY.bits()
            } else {
                0
            },
            ..Default::default()
        });
        b.attr_ip(NDA_DST, self.destination);
        b
    }
}
