//! What a route dump selects ([`RouteFilter`]) and a route lookup ([`RouteQuery`]).

use super::attrs::*;
use super::{Route, RouteFlags};
use crate::rtnl::message_type::RTM_GETROUTE;
use crate::rtnl::object::{Filter, Query};
use crate::rtnl::{AddressFamily, RouteProtocol, RouteTable, RouteType, Scope};
use crate::wire::rtnl::RtMsg;
use crate::wire::{Flags, MessageBuilder};
use std::net::IpAddr;

/// What a route dump selects. Filters that strict checking lets the kernel apply (family,
/// table, protocol, output device) travel in the request; the kernel refuses a scope in a
/// dump request, so that one is applied here only. Every filter is also applied here, so
/// the result is the same on kernels that ignore them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RouteFilter {
    /// Only this family (`None`: all families).
    pub family: Option<AddressFamily>,
    /// Only this table (`None`: all tables).
    pub table: Option<RouteTable>,
    /// Only this protocol.
    pub protocol: Option<RouteProtocol>,
    /// Only this type, as reported (a route through a blackhole nexthop object is a
    /// blackhole route); filtered here only, because the kernel compares a route's own type.
    pub route_type: Option<RouteType>,
    /// Only this scope.
    pub scope: Option<Scope>,
    /// Only routes through this output device (also matches a path of a multipath route).
    pub output_interface: Option<u32>,
    /// Cloned (cache) routes (`RTM_F_CLONED`) instead of the routing tables.
    pub cloned: bool,
}

impl Filter for RouteFilter {
    type Object = Route;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETROUTE, Flags::NONE);
        b.push_struct(&RtMsg {
            family: self.family.map_or(0, u8::from),
            table: self.table.map_or(0, RouteTable::header_byte),
            protocol: self.protocol.map_or(0, u8::from),
            flags: if self.cloned {
                RouteFlags::CLONED.bits()
            } else {
                0
            },
            ..Default::default()
        });
        if let Some(t) = self.table {
            b.attr_u32_ne(RTA_TABLE, t.into());
        }
        if let Some(o) = self.output_interface {
            b.attr_u32_ne(RTA_OIF, o);
        }
        b
    }

    fn matches(&self, r: &Route) -> bool {
        self.family.is_none_or(|f| f == r.family)
            && self.table.is_none_or(|t| t == r.table)
            && self.protocol.is_none_or(|p| p == r.protocol)
            && self.route_type.is_none_or(|k| k == r.route_type)
            && self.scope.is_none_or(|s| s == r.scope)
            && self.output_interface.is_none_or(|o| {
                r.output_interface == Some(o)
                    || r.multipath
                        .as_ref()
                        .is_some_and(|m| m.iter().any(|h| h.index == o))
            })
            && (self.cloned == r.flags.contains(RouteFlags::CLONED))
    }
}

/// A route lookup (`RTM_GETROUTE` without `NLM_F_DUMP`, `ip route get`): which route the
/// kernel would use for a packet with these properties.
///
/// ```no_run
/// use nlkit::rtnl::{self, route::RouteQuery};
/// let mut conn = nlkit::engine::Conn::new(nlkit::sys::Protocol::Route)?;
/// let r = rtnl::get(&mut conn, &RouteQuery::new("192.0.2.1".parse().unwrap()))?;
/// println!("via {:?} dev {:?}", r.gateway, r.output_interface);
/// # Ok::<(), nlkit::engine::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteQuery {
    /// The destination address.
    pub destination: IpAddr,
    /// The source address (`RTA_SRC`).
    pub source: Option<IpAddr>,
    /// The input device (`RTA_IIF`): look up as if the packet arrived there.
    pub input_interface: Option<u32>,
    /// The output device (`RTA_OIF`).
    pub output_interface: Option<u32>,
    /// `RTA_MARK`.
    pub mark: Option<u32>,
    /// `rtm_tos`.
    pub tos: u8,
    /// `RTA_UID`.
    pub uid: Option<u32>,
    /// `RTA_IP_PROTO`.
    pub ip_proto: Option<u8>,
    /// `RTA_SPORT`.
    pub source_port: Option<u16>,
    /// `RTA_DPORT`.
    pub destination_port: Option<u16>,
    /// Return the matching FIB entry (`RTM_F_FIB_MATCH`) instead of the resolved route.
    pub fib_match: bool,
    /// `RTA_NEWDST` (`ip route get ... as ADDR`; the kernel refuses it in a lookup).
    pub new_destination: Option<IpAddr>,
}

impl RouteQuery {
    /// A lookup of `destination` with nothing else set.
    pub fn new(destination: IpAddr) -> Self {
        RouteQuery {
            destination,
            source: None,
            input_interface: None,
            output_interface: None,
            mark: None,
            tos: 0,
            uid: None,
            ip_proto: None,
            source_port: None,
            destination_port: None,
            fib_match: false,
            new_destination: None,
        }
    }
}

impl Query for RouteQuery {
    type Object = Route;

    fn request(&self) -> MessageBuilder {
        let family = AddressFamily::of(&self.destination);
        let host = family.address_bits().unwrap_or(0);
        let mut flags = RouteFlags::EMPTY;
        // IPv4: RTM_F_LOOKUP_TABLE makes the reply name the table the route came from (ip
        // asks for it; IPv6 names it anyway and refuses the flag under strict checking).
        flags.set(RouteFlags::LOOKUP_TABLE, self.destination.is_ipv4());
        flags.set(RouteFlags::FIB_MATCH, self.fib_match);
        let mut b = MessageBuilder::new(RTM_GETROUTE, Flags::NONE);
        b.push_struct(&RtMsg {
            family: family.into(),
            dst_len: host,
            src_len: if self.source.is_some() { host } else { 0 },
            tos: self.tos,
            flags: flags.bits(),
            ..Default::default()
        });
        b.attr_ip(RTA_DST, self.destination);
        if let Some(a) = self.new_destination {
            b.attr_ip(RTA_NEWDST, a);
        }
        if let Some(s) = self.source {
            b.attr_ip(RTA_SRC, s);
        }
        let u32s = [
            (RTA_IIF, self.input_interface),
            (RTA_OIF, self.output_interface),
            (RTA_MARK, self.mark),
            (RTA_UID, self.uid),
        ];
        for (t, v) in u32s {
            if let Some(v) = v {
                b.attr_u32_ne(t, v);
            }
        }
        if let Some(p) = self.ip_proto {
            b.attr_u8(RTA_IP_PROTO, p);
        }
        if let Some(p) = self.source_port {
            b.attr_u16_be(RTA_SPORT, p);
        }
        if let Some(p) = self.destination_port {
            b.attr_u16_be(RTA_DPORT, p);
        }
        b
    }
}
