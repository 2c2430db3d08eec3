//! Per-device IP configuration (`RTM_NEWNETCONF`, linux/netconf.h): forwarding, rp_filter and
//! friends, as announced on the `RTNLGRP_*_NETCONF` groups and dumped by `RTM_GETNETCONF`.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::netconf;
//! use nlkit::sys::Protocol;
//! let mut conn = Conn::new(Protocol::Route)?;
//! for c in netconf::dump(&mut conn, nlkit::rtnl::family::AF_INET)? {
//!     let c = c?;
//!     println!("{:?}: forwarding {:?}", c.interface, c.forwarding);
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

#[cfg(test)]
mod tests;

use super::message_type::{RTM_DELNETCONF, RTM_GETNETCONF, RTM_NEWNETCONF};
use super::{emit_raw, keep, raw, Malformed, RawAttribute};
use crate::engine::{Conn, Error};
use crate::wire::{AttrIter, DecodeError, DecodeErrorKind, Flags, MessageBuilder, MessageView};

/// Attribute ids of linux/netconf.h.
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
    /// `NETCONFA_IFINDEX` of the "all" configuration.
    pub const NETCONFA_IFINDEX_ALL: i32 = -1;
    /// `NETCONFA_IFINDEX` of the "default" configuration.
    pub const NETCONFA_IFINDEX_DEFAULT: i32 = -2;
    /// `struct netconfmsg` (one family byte) padded to the netlink alignment.
    pub const NETCONFMSG_LEN: usize = 4;
}

use attrs::*;

/// One device's (or the all/default) configuration of one family. A deletion carries only
/// the family and the interface.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Netconf {
    /// `ncm_family`: `AF_INET`, `AF_INET6`, `AF_MPLS`.
    pub family: u8,
    /// `NETCONFA_IFINDEX`: a device index, or [`NETCONFA_IFINDEX_ALL`] /
    /// [`NETCONFA_IFINDEX_DEFAULT`].
    pub interface: Option<i32>,
    /// `NETCONFA_FORWARDING`.
    pub forwarding: Option<i32>,
    /// `NETCONFA_RP_FILTER`: 0 off, 1 strict, 2 loose.
    pub rp_filter: Option<i32>,
    /// `NETCONFA_MC_FORWARDING`.
    pub mc_forwarding: Option<i32>,
    /// `NETCONFA_PROXY_NEIGH`.
    pub proxy_neigh: Option<i32>,
    /// `NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN`.
    pub ignore_routes_with_linkdown: Option<i32>,
    /// `NETCONFA_INPUT` (MPLS).
    pub input: Option<i32>,
    /// `NETCONFA_BC_FORWARDING`.
    pub bc_forwarding: Option<i32>,
    /// Attributes nlkit does not model.
    pub unknown: Vec<RawAttribute>,
    /// Known attributes that were malformed.
    pub malformed: Vec<Malformed>,
}

impl Netconf {
    /// Parses the payload of an `RTM_NEWNETCONF`/`RTM_DELNETCONF` message.
    pub fn parse(payload: &[u8]) -> Result<Netconf, DecodeError> {
        let family = *payload.first().ok_or(DecodeError::new(
            "netconfmsg",
            16,
            DecodeErrorKind::Truncated {
                needed: 1,
                available: 0,
            },
        ))?;
        let mut c = Netconf {
            family,
            ..Default::default()
        };
        for x in AttrIter::new(payload.get(NETCONFMSG_LEN..).unwrap_or(&[])) {
            let x = x.map_err(|e| e.at(16 + NETCONFMSG_LEN))?;
            let k = x.kind();
            let m = &mut c.malformed;
            let slot = match k {
                NETCONFA_IFINDEX => &mut c.interface,
                NETCONFA_FORWARDING => &mut c.forwarding,
                NETCONFA_RP_FILTER => &mut c.rp_filter,
                NETCONFA_MC_FORWARDING => &mut c.mc_forwarding,
                NETCONFA_PROXY_NEIGH => &mut c.proxy_neigh,
                NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN => &mut c.ignore_routes_with_linkdown,
                NETCONFA_INPUT => &mut c.input,
                NETCONFA_BC_FORWARDING => &mut c.bc_forwarding,
                _ => {
                    c.unknown.push(raw(&x));
                    continue;
                }
            };
            *slot = keep(m, k, x.i32_ne());
        }
        Ok(c)
    }

    /// Parses a whole netconf message (checks its type).
    pub fn from_message(msg: &MessageView<&[u8]>) -> Result<Netconf, DecodeError> {
        match msg.message_type() {
            RTM_NEWNETCONF | RTM_DELNETCONF => Netconf::parse(msg.payload()),
            _ => Err(DecodeError::new(
                "netconf message",
                4,
                DecodeErrorKind::BadValue,
            )),
        }
    }

    /// Appends the header and attributes in the kernel's order.
    pub fn emit(&self, b: &mut MessageBuilder) {
        b.push_bytes(&[self.family, 0, 0, 0]);
        let fields = [
            (NETCONFA_IFINDEX, self.interface),
            (NETCONFA_FORWARDING, self.forwarding),
            (NETCONFA_RP_FILTER, self.rp_filter),
            (NETCONFA_MC_FORWARDING, self.mc_forwarding),
            (NETCONFA_BC_FORWARDING, self.bc_forwarding),
            (NETCONFA_PROXY_NEIGH, self.proxy_neigh),
            (
                NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN,
                self.ignore_routes_with_linkdown,
            ),
            (NETCONFA_INPUT, self.input),
        ];
        for (k, v) in fields {
            if let Some(v) = v {
                b.attr_i32_ne(k, v);
            }
        }
        emit_raw(b, &self.unknown);
    }
}

/// Dumps the configurations of `family` (every device, then "all" and "default").
pub fn dump(
    conn: &mut Conn,
    family: u8,
) -> Result<impl Iterator<Item = Result<Netconf, Error>> + '_, Error> {
    let mut b = MessageBuilder::new(RTM_GETNETCONF, Flags::NONE);
    b.push_bytes(&[family, 0, 0, 0]);
    Ok(conn.dump(&b)?.decode(|m| Netconf::from_message(&m)))
}

/// Asks for the configuration of device `index` (or [`attrs::NETCONFA_IFINDEX_ALL`] /
/// [`attrs::NETCONFA_IFINDEX_DEFAULT`]) in `family` (`AF_INET`, `AF_INET6`, `AF_MPLS`).
pub fn get(conn: &mut Conn, family: u8, index: i32) -> Result<Netconf, Error> {
    let mut b = MessageBuilder::new(RTM_GETNETCONF, Flags::NONE);
    b.push_bytes(&[family, 0, 0, 0]);
    b.attr_i32_ne(NETCONFA_IFINDEX, index);
    let reply = conn.request(&b)?;
    Ok(Netconf::from_message(&reply.message())?)
}
