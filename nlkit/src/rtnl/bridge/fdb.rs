//! Bridge forwarding database entries (AF_BRIDGE neighbours, [`Neighbour`]): the dump
//! filter `bridge fdb show` applies ([`FdbFilter`]), one entry ([`FdbQuery`], `bridge fdb
//! get`) and the bulk deletion ([`FdbFlush`], `bridge fdb flush`: `RTM_DELNEIGH` with
//! `NLM_F_BULK` and the state and flag masks). Adding, appending (VXLAN flood lists),
//! replacing and deleting one entry is [`rtnl::apply`](crate::rtnl::apply) on a
//! [`Neighbour`] of family [`AddressFamily::Bridge`].
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::{self, bridge::fdb::{FdbFilter, FdbFlush}};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Route)?;
//! let vxlan = FdbFilter { index: Some(5), ..Default::default() };
//! for entry in rtnl::dump(&mut conn, &vxlan)? {
//!     println!("{:?} -> {:?}", entry?.lladdr, vxlan);
//! }
//! // Every dynamic entry the bridge (index 3) learned on port 4.
//! let flush = FdbFlush { port: Some(4), ..FdbFlush::dynamic(3) };
//! conn.execute(&flush.request())?;
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::super::message_type::{RTM_DELNEIGH, RTM_GETNEIGH};
use super::super::neigh::{Neighbour, NeighbourFlags, NeighbourState};
use super::super::object::{Filter, Query};
use super::super::AddressFamily;
use crate::wire::rtnl::NdMsg;
use crate::wire::{Flags, MessageBuilder};

/// `NDA_*` values this module sends (`linux/neighbour.h`).
#[allow(missing_docs)]
pub mod attrs {
    pub const NDA_LLADDR: u16 = 2;
    pub const NDA_VLAN: u16 = 5;
    pub const NDA_VNI: u16 = 7;
    pub const NDA_IFINDEX: u16 = 8;
    pub const NDA_MASTER: u16 = 9;
    pub const NDA_NDM_STATE_MASK: u16 = 16;
    pub const NDA_NDM_FLAGS_MASK: u16 = 17;
}
use attrs::*;

/// What an FDB dump selects, as `bridge fdb show` selects it: the device (`brport`/`dev`)
/// and the bridge (`br`) travel in the request (strict dumps); the states, the VLAN and
/// `dynamic` are checked here, on the entries the kernel sends.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FdbFilter {
    /// Only entries of this device (a bridge port, or a VXLAN device).
    pub index: Option<u32>,
    /// Only entries of ports of this bridge.
    pub master: Option<u32>,
    /// Only entries of this VLAN (0: any, as bridge reads `vlan 0`).
    pub vlan: u16,
    /// Only entries with one of these `NUD_*` state bits (0: any).
    pub states: u16,
    /// Only entries that are not permanent.
    pub dynamic: bool,
}

impl Filter for FdbFilter {
    type Object = Neighbour;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETNEIGH, Flags::NONE);
        b.push_struct(&NdMsg {
            family: AddressFamily::Bridge.into(),
            index: self.index.unwrap_or(0),
            ..Default::default()
        });
        if let Some(m) = self.master {
            b.attr_u32_ne(NDA_MASTER, m);
        }
        b
    }

    fn matches(&self, n: &Neighbour) -> bool {
        n.family == AddressFamily::Bridge
            && self.index.is_none_or(|i| i == n.index)
            && (self.states == 0 || n.state.bits() & self.states != 0)
            && (self.vlan == 0 || n.vlan.unwrap_or(0) == self.vlan)
            && !(self.dynamic && n.state.contains(NeighbourState::PERMANENT))
    }
}

/// One entry (`bridge fdb get`): by its address on a device, or under a bridge, with its
/// VLAN or VNI; `flags` picks the bridge's entry (`NTF_MASTER`) or the device's own
/// (`NTF_SELF`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FdbQuery {
    /// The link-layer address.
    pub lladdr: [u8; 6],
    /// The device (`brport`/`dev`).
    pub index: Option<u32>,
    /// The bridge (`br`).
    pub master: Option<u32>,
    /// The VLAN.
    pub vlan: Option<u16>,
    /// The VNI (VXLAN devices).
    pub vni: Option<u32>,
    /// `NTF_SELF` / `NTF_MASTER`.
    pub flags: NeighbourFlags,
}

impl Query for FdbQuery {
    type Object = Neighbour;

    /// The request as bridge 6.1 builds it: the address, the VLAN, the VNI, then the bridge.
    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETNEIGH, Flags::NONE);
        b.push_struct(&NdMsg {
            family: AddressFamily::Bridge.into(),
            index: self.index.unwrap_or(0),
            flags: self.flags.bits(),
            ..Default::default()
        });
        b.attr_bytes(NDA_LLADDR, &self.lladdr);
        if let Some(v) = self.vlan {
            b.attr_u16_ne(NDA_VLAN, v);
        }
        if let Some(v) = self.vni {
            b.attr_u32_ne(NDA_VNI, v);
        }
        if let Some(m) = self.master {
            b.attr_u32_ne(NDA_MASTER, m);
        }
        b
    }
}

/// A bulk deletion of FDB entries (`RTM_DELNEIGH` with `NLM_F_BULK`): of device `index`
/// (a bridge, or a VXLAN device), optionally only one port's and one VLAN's, and only the
/// entries whose state and flags match `state`/`flags` in the bits of the masks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FdbFlush {
    /// The device whose entries go.
    pub index: u32,
    /// Only entries of this bridge port (`NDA_IFINDEX`).
    pub port: Option<u32>,
    /// Only entries of this VLAN.
    pub vlan: Option<u16>,
    /// `ndm_flags`: `NTF_SELF` and/or `NTF_MASTER` (which table), and the flag values.
    pub flags: NeighbourFlags,
    /// `ndm_state`: the state values the masked bits must have.
    pub state: NeighbourState,
    /// `NDA_NDM_FLAGS_MASK`: which flag bits must match (0: not sent).
    pub flags_mask: u8,
    /// `NDA_NDM_STATE_MASK`: which state bits must match (0: not sent).
    pub state_mask: u16,
}

impl FdbFlush {
    /// Every entry of device `index` (its own table, `NTF_SELF`).
    pub fn all(index: u32) -> FdbFlush {
        FdbFlush {
            index,
            flags: NeighbourFlags::SELF,
            ..Default::default()
        }
    }

    /// The dynamic (learned) entries of bridge `index`: neither static nor permanent.
    pub fn dynamic(index: u32) -> FdbFlush {
        FdbFlush {
            index,
            flags: NeighbourFlags::SELF,
            state_mask: NeighbourState::NOARP.bits() | NeighbourState::PERMANENT.bits(),
            ..Default::default()
        }
    }

    /// The request, as bridge 6.1's `fdb flush` builds it.
    pub fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_DELNEIGH, Flags::BULK);
        b.push_struct(&NdMsg {
            family: AddressFamily::Bridge.into(),
            index: self.index,
            state: self.state.bits(),
            flags: self.flags.bits(),
            ..Default::default()
        });
        if let Some(p) = self.port {
            b.attr_u32_ne(NDA_IFINDEX, p);
        }
        if let Some(v) = self.vlan {
            b.attr_u16_ne(NDA_VLAN, v);
        }
        if self.flags_mask != 0 {
            b.attr_u8(NDA_NDM_FLAGS_MASK, self.flags_mask);
        }
        if self.state_mask != 0 {
            b.attr_u16_ne(NDA_NDM_STATE_MASK, self.state_mask);
        }
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `bridge fdb flush dev br0 brport v0 vlan 3 master nopermanent sticky` with br0 = 2
    /// and v0 = 4: the header, then NDA_IFINDEX, NDA_VLAN and both masks, in that order.
    #[test]
    fn flush_is_bridge_fdb_flush_s() {
        let f = FdbFlush {
            index: 2,
            port: Some(4),
            vlan: Some(3),
            flags: NeighbourFlags::MASTER | NeighbourFlags::STICKY,
            state: NeighbourState(0),
            flags_mask: NeighbourFlags::STICKY.bits(),
            state_mask: NeighbourState::PERMANENT.bits(),
        };
        let b = f.request().finish().unwrap();
        assert_eq!(u16::from_ne_bytes([b[4], b[5]]), RTM_DELNEIGH);
        assert_eq!(u16::from_ne_bytes([b[6], b[7]]), Flags::BULK.bits());
        assert_eq!(&b[16..28], &[7, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0x44, 0]);
        let attrs = [
            8, 0, 8, 0, 4, 0, 0, 0, // NDA_IFINDEX 4
            6, 0, 5, 0, 3, 0, 0, 0, // NDA_VLAN 3
            5, 0, 17, 0, 0x40, 0, 0, 0, // NDA_NDM_FLAGS_MASK sticky
            6, 0, 16, 0, 0x80, 0, 0, 0, // NDA_NDM_STATE_MASK permanent
        ];
        assert_eq!(&b[28..], &attrs);
    }

    #[test]
    fn get_sends_the_address_vlan_vni_and_bridge() {
        let q = FdbQuery {
            lladdr: [0, 0x11, 0x22, 0x33, 0x44, 0x99],
            index: Some(4),
            master: Some(2),
            vlan: Some(2),
            vni: Some(5),
            flags: NeighbourFlags::MASTER,
        };
        let b = q.request().finish().unwrap();
        assert_eq!(&b[16..28], &[7, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0x04, 0]);
        let attrs = [
            10, 0, 2, 0, 0, 0x11, 0x22, 0x33, 0x44, 0x99, 0, 0, // NDA_LLADDR
            6, 0, 5, 0, 2, 0, 0, 0, // NDA_VLAN
            8, 0, 7, 0, 5, 0, 0, 0, // NDA_VNI
            8, 0, 9, 0, 2, 0, 0, 0, // NDA_MASTER
        ];
        assert_eq!(&b[28..], &attrs);
    }

    #[test]
    fn the_filter_checks_what_the_kernel_does_not() {
        let permanent = Neighbour {
            family: AddressFamily::Bridge,
            index: 4,
            state: NeighbourState::PERMANENT,
            vlan: Some(3),
            ..Default::default()
        };
        assert!(FdbFilter::default().matches(&permanent));
        let dynamic = FdbFilter {
            dynamic: true,
            ..Default::default()
        };
        assert!(!dynamic.matches(&permanent));
        let vlan = FdbFilter {
            vlan: 4,
            ..Default::default()
        };
        assert!(!vlan.matches(&permanent));
        let stale = FdbFilter {
            states: NeighbourState::STALE.bits(),
            ..Default::default()
        };
        assert!(!stale.matches(&permanent));
    }
}
