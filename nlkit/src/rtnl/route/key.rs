//! A route's identity ([`RouteKey`]) and the smallest request that deletes it
//! ([`RouteDeleteKey`]).

use super::attrs::*;
use super::Route;
use crate::rtnl::{AddressFamily, RouteTable};
use crate::wire::rtnl::RtMsg;
use crate::wire::MessageBuilder;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The identity of a route: what the kernel tells routes apart by (family, table,
/// destination and source prefixes, tos, metric).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RouteKey {
    /// The family.
    pub family: AddressFamily,
    /// The table.
    pub table: RouteTable,
    /// The destination address.
    pub destination: Option<IpAddr>,
    /// The destination prefix length.
    pub destination_len: u8,
    /// The source address.
    pub source: Option<IpAddr>,
    /// The source prefix length.
    pub source_len: u8,
    /// The tos.
    pub tos: u8,
    /// The metric (0 when absent).
    pub priority: u32,
}

impl RouteKey {
    /// The key of `r`.
    pub fn of(r: &Route) -> RouteKey {
        RouteKey {
            family: r.family,
            table: r.table,
            destination: r.destination,
            destination_len: r.destination_len,
            source: r.source,
            source_len: r.source_len,
            tos: r.tos,
            priority: r.priority.unwrap_or(0),
        }
    }
}

/// The smallest request that deletes a given IPv4 or IPv6 route: what a flush of many
/// routes holds per route between its dump and its deletions (48 bytes instead of the
/// whole route). The kernel matches it as it matches the whole route: prefix, tos, metric,
/// table, type, protocol, scope and a single nexthop's gateway and device (a multipath
/// IPv4 route matches by everything but its hops).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteDeleteKey {
    addresses: KeyAddresses,
    table: u32,
    priority: Option<u32>,
    interface: Option<u32>,
    destination_len: u8,
    tos: u8,
    protocol: u8,
    scope: u8,
    route_type: u8,
}

/// The destination and single gateway of a key; IPv6 addresses boxed to keep keys small.
#[derive(Debug, Clone, PartialEq, Eq)]
enum KeyAddresses {
    V4 {
        destination: u32,
        gateway: Option<u32>,
    },
    V6(Box<(Ipv6Addr, Option<Ipv6Addr>)>),
}

impl RouteDeleteKey {
    /// The key of `r`; `None` for routes it cannot stand for (other families,
    /// source-specific routes, gateways of another family, IPv6 multipath routes).
    pub fn of(r: &Route) -> Option<RouteDeleteKey> {
        if r.source_len != 0 || r.source.is_some() || r.via.is_some() {
            return None;
        }
        let addresses = match (r.family, r.destination, r.gateway) {
            (AddressFamily::Inet, d, g) => KeyAddresses::V4 {
                destination: match d {
                    Some(IpAddr::V4(a)) => u32::from(a),
                    None => 0,
                    Some(IpAddr::V6(_)) => return None,
                },
                gateway: match g {
                    Some(IpAddr::V4(a)) => Some(u32::from(a)),
                    None => None,
                    Some(IpAddr::V6(_)) => return None,
                },
            },
            (AddressFamily::Inet6, d, g) if r.multipath.is_none() => {
                let destination = match d {
                    Some(IpAddr::V6(a)) => a,
                    None => Ipv6Addr::UNSPECIFIED,
                    Some(IpAddr::V4(_)) => return None,
                };
                let gateway = match g {
                    Some(IpAddr::V6(a)) => Some(a),
                    None => None,
                    Some(IpAddr::V4(_)) => return None,
                };
                KeyAddresses::V6(Box::new((destination, gateway)))
            }
            _ => return None,
        };
        Some(RouteDeleteKey {
            addresses,
            table: r.table.into(),
            priority: r.priority,
            interface: r.output_interface,
            destination_len: r.destination_len,
            tos: r.tos,
            protocol: r.protocol.into(),
            scope: r.scope.into(),
            route_type: r.route_type.into(),
        })
    }

    /// The IPv4 prefix length (`None` for IPv6): IPv4 keys are deleted longest first.
    pub fn ipv4_prefix_len(&self) -> Option<u8> {
        matches!(self.addresses, KeyAddresses::V4 { .. }).then_some(self.destination_len)
    }

    /// Appends the `RTM_DELROUTE` payload: `rtmsg`, then `RTA_DST` (unless the prefix is
    /// empty), `RTA_TABLE`, `RTA_PRIORITY`, `RTA_GATEWAY`, `RTA_OIF`.
    pub fn emit(&self, b: &mut MessageBuilder) {
        let (family, destination, gateway) = match &self.addresses {
            KeyAddresses::V4 {
                destination,
                gateway,
            } => (
                AddressFamily::Inet,
                IpAddr::V4(Ipv4Addr::from(*destination)),
                gateway.map(|g| IpAddr::V4(Ipv4Addr::from(g))),
            ),
            KeyAddresses::V6(a) => (AddressFamily::Inet6, IpAddr::V6(a.0), a.1.map(IpAddr::V6)),
        };
        b.push_struct(&RtMsg {
            family: family.into(),
            dst_len: self.destination_len,
            tos: self.tos,
            table: RouteTable::from(self.table).header_byte(),
            protocol: self.protocol,
            scope: self.scope,
            route_type: self.route_type,
            ..Default::default()
        });
        if self.destination_len > 0 {
            b.attr_ip(RTA_DST, destination);
        }
        b.attr_u32_ne(RTA_TABLE, self.table);
        if let Some(p) = self.priority {
            b.attr_u32_ne(RTA_PRIORITY, p);
        }
        if let Some(g) = gateway {
            b.attr_ip(RTA_GATEWAY, g);
        }
        if let Some(i) = self.interface {
            b.attr_u32_ne(RTA_OIF, i);
        }
    }
}
