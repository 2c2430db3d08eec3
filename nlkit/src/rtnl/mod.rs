//! rtnetlink (`NETLINK_ROUTE`): typed objects — links, addresses, routes, neighbours,
//! rules, nexthops, netconf, nsids — that all follow one model ([`object`]): the same
//! operations ([`dump`], [`get`], [`apply`], [`flush()`]) and one typed event decoder
//! ([`Event`], [`Events`]); and a live mirror of them ([`mirror`]).
//!
//! Parsing is lenient and keeps everything: attributes nlkit does not model are kept in
//! `unknown` and emitted again; a known attribute whose payload is malformed is recorded in
//! `malformed` (the object is still returned).
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::{self, addr::AddressFilter, link::LinkFilter};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Route)?;
//! for link in rtnl::dump(&mut conn, &LinkFilter::default())?.collect::<Result<Vec<_>, _>>()? {
//!     let only_this_link = AddressFilter { index: Some(link.index), ..Default::default() };
//!     for a in rtnl::dump(&mut conn, &only_this_link)? {
//!         let a = a?;
//!         println!("{:?}: {:?}/{}", link.name, a.local.or(a.address), a.prefix_len);
//!     }
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

pub mod addr;
pub mod bridge;
pub mod event;
pub mod flush;
pub mod link;
pub mod mirror;
pub mod neigh;
pub mod netconf;
pub mod nexthop;
pub mod nsid;
pub mod object;
pub mod ops;
pub mod route;
pub mod rule;
#[cfg(feature = "tokio")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
pub mod tokio;
pub mod types;

#[cfg(test)]
pub(crate) mod fixtures;

pub use event::{groups_for, Event, Events};
pub use flush::{flush, flush_round, is_gone, DeleteBy, DeleteKey, FlushRound};
pub use object::{AnyObject, Change, Filter, Kind, Object, Query, Verb};
pub use ops::{apply, apply_echo, dump, get, Objects};
pub use types::{AddressFamily, NexthopFlags, RouteProtocol, RouteTable, RouteType, Scope};

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
    pub const RTM_GETNETCONF: u16 = 82;
    pub const RTM_NEWMDB: u16 = 84;
    pub const RTM_DELMDB: u16 = 85;
    pub const RTM_GETMDB: u16 = 86;
    pub const RTM_NEWNSID: u16 = 88;
    pub const RTM_DELNSID: u16 = 89;
    pub const RTM_GETNSID: u16 = 90;
    pub const RTM_NEWNEXTHOP: u16 = 104;
    pub const RTM_DELNEXTHOP: u16 = 105;
    pub const RTM_GETNEXTHOP: u16 = 106;
    pub const RTM_NEWNEXTHOPBUCKET: u16 = 116;
    pub const RTM_DELNEXTHOPBUCKET: u16 = 117;
    pub const RTM_GETNEXTHOPBUCKET: u16 = 118;
    pub const RTM_NEWLINKPROP: u16 = 108;
    pub const RTM_NEWVLAN: u16 = 112;
    pub const RTM_DELVLAN: u16 = 113;
    pub const RTM_GETVLAN: u16 = 114;
    pub const RTM_DELLINKPROP: u16 = 109;
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
