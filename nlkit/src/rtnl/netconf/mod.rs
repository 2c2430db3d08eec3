//! Per-device IP configuration (`RTM_NEWNETCONF`, linux/netconf.h): forwarding, rp_filter
//! and friends, as announced on the `RTNLGRP_*_NETCONF` groups and dumped by
//! `RTM_GETNETCONF`.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::{self, netconf::NetconfFilter, AddressFamily};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Route)?;
//! for c in rtnl::dump(&mut conn, &NetconfFilter { family: AddressFamily::Inet })? {
//!     let c = c?;
//!     println!("{:?}: forwarding {:?}", c.interface, c.forwarding);
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

#[cfg(test)]
mod tests;

use super::message_type::{RTM_DELNETCONF, RTM_GETNETCONF, RTM_NEWNETCONF};
use super::object::{AnyObject, Filter, Kind, Object, Query, Verb};
use super::AddressFamily;
use crate::wire::rtnl::RtGenMsg;
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// Netconf attribute ids (`NETCONFA_*`) and the special device indexes.
pub mod attrs {
    #![allow(missing_docs)]
    pub const NETCONFA_IFINDEX: u16 = 1;
    pub const NETCONFA_FORWARDING: u16 = 2;
    pub const NETCONFA_RP_FILTER: u16 = 3;
    pub const NETCONFA_MC_FORWARDING: u16 = 4;
    pub const NETCONFA_PROXY_NEIGH: u16 = 5;
    pub const NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN: u16 = 6;
    pub const NETCONFA_INPUT: u16 = 7;
    pub const NETCONFA_BC_FORWARDING: u16 = 8;
    /// `NETCONFA_IFINDEX_ALL`: the `all` settings.
    pub const NETCONFA_IFINDEX_ALL: i32 = -1;
    /// `NETCONFA_IFINDEX_DEFAULT`: the `default` settings.
    pub const NETCONFA_IFINDEX_DEFAULT: i32 = -2;
}

use attrs::*;

crate::attribute_set! {
    /// The settings of one device (or `all`, `default`) in one family.
    pub struct Netconf {
        /// `ncm_family`.
        pub family: AddressFamily,
    }
    attributes {
        /// `NETCONFA_IFINDEX`: the device ([`NETCONFA_IFINDEX_ALL`],
        /// [`NETCONFA_IFINDEX_DEFAULT`]).
        pub interface: codec::I32 = NETCONFA_IFINDEX,
        /// `NETCONFA_FORWARDING`.
        pub forwarding: codec::I32 = NETCONFA_FORWARDING,
        /// `NETCONFA_RP_FILTER`.
        pub rp_filter: codec::I32 = NETCONFA_RP_FILTER,
        /// `NETCONFA_MC_FORWARDING`.
        pub mc_forwarding: codec::I32 = NETCONFA_MC_FORWARDING,
        /// `NETCONFA_BC_FORWARDING`.
        pub bc_forwarding: codec::I32 = NETCONFA_BC_FORWARDING,
        /// `NETCONFA_PROXY_NEIGH`.
        pub proxy_neigh: codec::I32 = NETCONFA_PROXY_NEIGH,
        /// `NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN`.
        pub ignore_routes_with_linkdown: codec::I32 = NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN,
        /// `NETCONFA_INPUT`.
        pub input: codec::I32 = NETCONFA_INPUT,
    }
}

impl Object for Netconf {
    const KIND: Kind = Kind::Netconf;
    const NEW: u16 = RTM_NEWNETCONF;
    const DEL: u16 = RTM_DELNETCONF;
    const GET: u16 = RTM_GETNETCONF;
    /// (family, device).
    type Key = (AddressFamily, Option<i32>);

    fn parse(payload: &[u8]) -> Result<Netconf, DecodeError> {
        let m = FamilyMessage::<RtGenMsg>::parse(payload)?;
        let mut c = Netconf {
            family: m.header.family.into(),
            ..Default::default()
        };
        c.read_attrs(m.attrs())?;
        Ok(c)
    }

    fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&RtGenMsg {
            family: self.family.into(),
        });
        self.write_attrs(b);
    }

    fn key(&self) -> (AddressFamily, Option<i32>) {
        (self.family, self.interface)
    }

    fn into_any(self) -> AnyObject {
        AnyObject::Netconf(self)
    }

    /// Netconf is changed through sysctls, not messages.
    fn change_flags(_: Verb) -> Option<Flags> {
        None
    }
}

/// A netconf dump of one family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NetconfFilter {
    /// The family (`AF_INET`, `AF_INET6`, `AF_MPLS`).
    pub family: AddressFamily,
}

impl Filter for NetconfFilter {
    type Object = Netconf;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETNETCONF, Flags::NONE);
        b.push_struct(&RtGenMsg {
            family: self.family.into(),
        });
        b
    }

    fn matches(&self, _: &Netconf) -> bool {
        true
    }
}

/// The settings of one device in one family (`ip netconf show dev D`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NetconfQuery {
    /// The family.
    pub family: AddressFamily,
    /// The device ([`NETCONFA_IFINDEX_ALL`], [`NETCONFA_IFINDEX_DEFAULT`] or an index).
    pub index: i32,
}

impl Query for NetconfQuery {
    type Object = Netconf;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETNETCONF, Flags::NONE);
        b.push_struct(&RtGenMsg {
            family: self.family.into(),
        });
        b.attr_i32_ne(NETCONFA_IFINDEX, self.index);
        b
    }
}
