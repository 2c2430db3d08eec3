//! rtnetlink (`NETLINK_ROUTE`): message types and multicast groups from
//! linux/rtnetlink.h, and the typed objects, one module each with the same shape: a
//! fixed-header type, attribute ids, an owned object with `parse` and `emit`, and `dump`
//! with filters.
//!
//! Parsing is lenient and keeps everything: attributes nlkit does not model are kept in
//! `unknown` and emitted again; a known attribute whose payload is malformed is recorded in
//! `malformed` (the object is still returned).

pub mod addr;
pub mod change;
pub mod link;
pub mod mirror;
pub mod neigh;
pub mod netconf;
pub mod nexthop;
pub mod nsid;
pub mod route;
pub mod rule;

/// Address families (`AF_*`, linux/socket.h) as the `u8` that rtnetlink headers carry.
pub mod family {
    #![allow(missing_docs)]
    pub const AF_UNSPEC: u8 = 0;
    pub const AF_INET: u8 = 2;
    pub const AF_BRIDGE: u8 = 7;
    pub const AF_INET6: u8 = 10;
    pub const AF_PACKET: u8 = 17;
    pub const AF_MPLS: u8 = 28;
}

use crate::wire::DecodeError;

/// An attribute nlkit does not model, kept as it came (type with its flag bits, payload).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawAttribute {
    /// `nla_type`, flag bits included.
    pub kind: u16,
    /// The payload.
    pub payload: Vec<u8>,
}

/// A known attribute whose payload could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed {
    /// The attribute type.
    pub kind: u16,
    /// What was wrong.
    pub error: DecodeError,
}

/// The value of a known attribute, or `None` with the problem recorded in `malformed`: a
/// malformed attribute never costs the whole object.
pub(crate) fn keep<T>(
    malformed: &mut Vec<Malformed>,
    kind: u16,
    value: Result<T, DecodeError>,
) -> Option<T> {
    match value {
        Ok(v) => Some(v),
        Err(error) => {
            malformed.push(Malformed { kind, error });
            None
        }
    }
}

/// An attribute kept as it came.
pub(crate) fn raw(a: &crate::wire::AttrView<&[u8]>) -> RawAttribute {
    RawAttribute {
        kind: a.raw_kind(),
        payload: a.payload().to_vec(),
    }
}

/// Emits attributes kept raw.
pub(crate) fn emit_raw(b: &mut crate::wire::MessageBuilder, attrs: &[RawAttribute]) {
    for a in attrs {
        b.attr_bytes(a.kind, &a.payload);
    }
}

crate::open_enum! {
    /// An rtnetlink message type (`RTM_*`).
    pub enum MessageType: u16 {
        /// `RTM_NEWLINK`.
        NewLink = 16,
        /// `RTM_DELLINK`.
        DelLink = 17,
        /// `RTM_GETLINK`.
        GetLink = 18,
        /// `RTM_SETLINK`.
        SetLink = 19,
        /// `RTM_NEWADDR`.
        NewAddress = 20,
        /// `RTM_DELADDR`.
        DelAddress = 21,
        /// `RTM_GETADDR`.
        GetAddress = 22,
        /// `RTM_NEWROUTE`.
        NewRoute = 24,
        /// `RTM_DELROUTE`.
        DelRoute = 25,
        /// `RTM_GETROUTE`.
        GetRoute = 26,
        /// `RTM_NEWNEIGH`.
        NewNeighbour = 28,
        /// `RTM_DELNEIGH`.
        DelNeighbour = 29,
        /// `RTM_GETNEIGH`.
        GetNeighbour = 30,
        /// `RTM_NEWRULE`.
        NewRule = 32,
        /// `RTM_DELRULE`.
        DelRule = 33,
        /// `RTM_GETRULE`.
        GetRule = 34,
        /// `RTM_NEWNETCONF`.
        NewNetconf = 80,
        /// `RTM_DELNETCONF`.
        DelNetconf = 81,
        /// `RTM_GETNETCONF`.
        GetNetconf = 82,
        /// `RTM_NEWNEXTHOP`.
        NewNexthop = 104,
        /// `RTM_DELNEXTHOP`.
        DelNexthop = 105,
        /// `RTM_GETNEXTHOP`.
        GetNexthop = 106,
    }
}

/// `RTM_*` values as plain constants, for building requests.
pub mod message_type {
    #![allow(missing_docs)]
    pub const RTM_NEWLINK: u16 = 16;
    pub const RTM_DELLINK: u16 = 17;
    pub const RTM_GETLINK: u16 = 18;
    pub const RTM_SETLINK: u16 = 19;
    pub const RTM_NEWADDR: u16 = 20;
    pub const RTM_DELADDR: u16 = 21;
    pub const RTM_GETADDR: u16 = 22;
    pub const RTM_NEWROUTE: u16 = 24;
    pub const RTM_DELROUTE: u16 = 25;
    pub const RTM_GETROUTE: u16 = 26;
    pub const RTM_NEWNEIGH: u16 = 28;
    pub const RTM_DELNEIGH: u16 = 29;
    pub const RTM_GETNEIGH: u16 = 30;
    pub const RTM_NEWRULE: u16 = 32;
    pub const RTM_DELRULE: u16 = 33;
    pub const RTM_GETRULE: u16 = 34;
    pub const RTM_NEWNETCONF: u16 = 80;
    pub const RTM_DELNETCONF: u16 = 81;
    pub const RTM_NEWNSID: u16 = 88;
    pub const RTM_DELNSID: u16 = 89;
    pub const RTM_GETNSID: u16 = 90;
    pub const RTM_GETNETCONF: u16 = 82;
    pub const RTM_NEWNEXTHOP: u16 = 104;
    pub const RTM_DELNEXTHOP: u16 = 105;
    pub const RTM_GETNEXTHOP: u16 = 106;
    pub const RTM_NEWNEXTHOPBUCKET: u16 = 116;
    pub const RTM_DELNEXTHOPBUCKET: u16 = 117;
    pub const RTM_GETNEXTHOPBUCKET: u16 = 118;
}

/// rtnetlink multicast groups (`enum rtnetlink_groups` in `linux/rtnetlink.h`, numbered in
/// its order including the retired DECnet and NOP slots): pass these numbers to
/// [`crate::sys::Socket::add_membership`] or [`crate::engine::Subscription::new`].
pub mod group {
    #![allow(missing_docs, non_upper_case_globals)]
    pub const RTNLGRP_LINK: u32 = 1;
    pub const RTNLGRP_NOTIFY: u32 = 2;
    pub const RTNLGRP_NEIGH: u32 = 3;
    pub const RTNLGRP_TC: u32 = 4;
    pub const RTNLGRP_IPV4_IFADDR: u32 = 5;
    pub const RTNLGRP_IPV4_MROUTE: u32 = 6;
    pub const RTNLGRP_IPV4_ROUTE: u32 = 7;
    pub const RTNLGRP_IPV4_RULE: u32 = 8;
    pub const RTNLGRP_IPV6_IFADDR: u32 = 9;
    pub const RTNLGRP_IPV6_MROUTE: u32 = 10;
    pub const RTNLGRP_IPV6_ROUTE: u32 = 11;
    pub const RTNLGRP_IPV6_IFINFO: u32 = 12;
    pub const RTNLGRP_DECnet_IFADDR: u32 = 13;
    pub const RTNLGRP_DECnet_ROUTE: u32 = 15;
    pub const RTNLGRP_DECnet_RULE: u32 = 16;
    pub const RTNLGRP_IPV6_PREFIX: u32 = 18;
    pub const RTNLGRP_IPV6_RULE: u32 = 19;
    pub const RTNLGRP_ND_USEROPT: u32 = 20;
    pub const RTNLGRP_PHONET_IFADDR: u32 = 21;
    pub const RTNLGRP_PHONET_ROUTE: u32 = 22;
    pub const RTNLGRP_DCB: u32 = 23;
    pub const RTNLGRP_IPV4_NETCONF: u32 = 24;
    pub const RTNLGRP_IPV6_NETCONF: u32 = 25;
    pub const RTNLGRP_MDB: u32 = 26;
    pub const RTNLGRP_MPLS_ROUTE: u32 = 27;
    pub const RTNLGRP_NSID: u32 = 28;
    pub const RTNLGRP_MPLS_NETCONF: u32 = 29;
    pub const RTNLGRP_IPV4_MROUTE_R: u32 = 30;
    pub const RTNLGRP_IPV6_MROUTE_R: u32 = 31;
    pub const RTNLGRP_NEXTHOP: u32 = 32;
    pub const RTNLGRP_BRVLAN: u32 = 33;
    pub const RTNLGRP_MCTP_IFADDR: u32 = 34;
    pub const RTNLGRP_TUNNEL: u32 = 35;
    pub const RTNLGRP_STATS: u32 = 36;
}
