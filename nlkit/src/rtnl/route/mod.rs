//! Routes: `struct rtmsg` and the `RTA_*` attributes (linux/rtnetlink.h).
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::{self, route::{Route, RouteFilter}, AddressFamily, RouteTable, Verb};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Route)?;
//! let main = RouteFilter {
//!     family: Some(AddressFamily::Inet),
//!     table: Some(RouteTable::Main),
//!     ..Default::default()
//! };
//! for r in rtnl::dump(&mut conn, &main)? {
//!     let r = r?;
//!     println!("{:?}/{} via {:?}", r.destination, r.destination_len, r.gateway);
//! }
//! // ip route add 192.0.2.0/24 dev <index 2>
//! let mut r = Route::to("192.0.2.0".parse().unwrap(), 24);
//! r.output_interface = Some(2);
//! rtnl::apply(&mut conn, &r, Verb::Add)?;
//! # Ok::<(), nlkit::engine::Error>(())
//! ```
//!
//! The table lives in one place, [`Route::table`]: parsed from `RTA_TABLE` (else the
//! header's 8 bits) and emitted in both.

pub mod attrs;
mod encap;
mod filter;
mod key;
mod parts;
#[cfg(test)]
mod tests;

pub use encap::{
    label_stack, label_stack_payload, labels_of, Encap, EncapAttr, IpEncap, MplsEncap,
};
pub use filter::{RouteFilter, RouteQuery};
pub use key::{RouteDeleteKey, RouteKey};
pub use parts::{CacheInfo, Metrics, NextHop, Via};

use super::message_type::{RTM_DELROUTE, RTM_GETROUTE, RTM_NEWROUTE};
use super::object::{AnyObject, Kind, Object, Verb};
use super::{AddressFamily, RouteProtocol, RouteTable, RouteType, Scope};
use crate::wire::rtnl::RtMsg;
use crate::wire::{
    keep, AttrView, DecodeError, FamilyMessage, Flags, Malformed, MessageBuilder, RawAttribute,
};
use attrs::*;
use parts::{emit_encap, emit_multipath, parse_multipath};
use std::net::IpAddr;

crate::flag_set! {
    /// Route flags (`rtm_flags`): `RTM_F_*`, the `RTNH_F_*` of a single path in the low
    /// byte, and the route cache's `RTCF_*` in replies to lookups.
    pub struct RouteFlags: u32 {
        /// `RTNH_F_DEAD`.
        const DEAD = 1;
        /// `RTNH_F_PERVASIVE`.
        const PERVASIVE = 2;
        /// `RTNH_F_ONLINK`.
        const ONLINK = 4;
        /// `RTNH_F_OFFLOAD`.
        const NH_OFFLOAD = 8;
        /// `RTNH_F_LINKDOWN`.
        const LINKDOWN = 16;
        /// `RTNH_F_UNRESOLVED`.
        const UNRESOLVED = 32;
        /// `RTNH_F_TRAP`.
        const NH_TRAP = 64;
        /// `RTM_F_NOTIFY`.
        const NOTIFY = 0x100;
        /// `RTM_F_CLONED`: a route cache entry, not part of a routing table.
        const CLONED = 0x200;
        /// `RTM_F_EQUALIZE`.
        const EQUALIZE = 0x400;
        /// `RTM_F_PREFIX`.
        const PREFIX = 0x800;
        /// `RTM_F_LOOKUP_TABLE`: a lookup reply names the table the route came from.
        const LOOKUP_TABLE = 0x1000;
        /// `RTM_F_FIB_MATCH`: a lookup returns the matching FIB entry.
        const FIB_MATCH = 0x2000;
        /// `RTM_F_OFFLOAD`.
        const OFFLOAD = 0x4000;
        /// `RTM_F_TRAP`.
        const TRAP = 0x8000;
        /// `RTCF_NOTIFY`.
        const CF_NOTIFY = 0x0001_0000;
        /// `RTCF_REDIRECTED`.
        const CF_REDIRECTED = 0x0004_0000;
        /// `RTCF_DOREDIRECT`.
        const CF_DOREDIRECT = 0x0100_0000;
        /// `RTCF_DIRECTSRC`.
        const CF_DIRECTSRC = 0x0400_0000;
        /// `RTCF_DNAT`.
        const CF_DNAT = 0x0800_0000;
        /// `RTCF_BROADCAST`.
        const CF_BROADCAST = 0x1000_0000;
        /// `RTM_F_OFFLOAD_FAILED` (the same bit as `RTCF_MULTICAST`).
        const OFFLOAD_FAILED = 0x2000_0000;
        /// `RTCF_REJECT`.
        const CF_REJECT = 0x4000_0000;
        /// `RTCF_LOCAL`.
        const CF_LOCAL = 0x8000_0000;
    }
}

/// A route: the `rtmsg` fields and every attribute, parsed leniently.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    /// `rtm_family`.
    pub family: AddressFamily,
    /// `rtm_dst_len`: the destination prefix length.
    pub destination_len: u8,
    /// `rtm_src_len`: the source prefix length.
    pub source_len: u8,
    /// `rtm_tos`.
    pub tos: u8,
    /// The table: `RTA_TABLE`, else `rtm_table`.
    pub table: RouteTable,
    /// `rtm_protocol`.
    pub protocol: RouteProtocol,
    /// `rtm_scope`.
    pub scope: Scope,
    /// `rtm_type`.
    pub route_type: RouteType,
    /// `rtm_flags`.
    pub flags: RouteFlags,
    /// `RTA_DST`.
    pub destination: Option<IpAddr>,
    /// `RTA_SRC`.
    pub source: Option<IpAddr>,
    /// `RTA_IIF`: the input device.
    pub input_interface: Option<u32>,
    /// `RTA_OIF`: the output device.
    pub output_interface: Option<u32>,
    /// `RTA_GATEWAY`.
    pub gateway: Option<IpAddr>,
    /// `RTA_PRIORITY`: the metric.
    pub priority: Option<u32>,
    /// `RTA_PREFSRC`.
    pub preferred_source: Option<IpAddr>,
    /// `RTA_METRICS`.
    pub metrics: Option<Metrics>,
    /// `RTA_MULTIPATH`.
    pub multipath: Option<Vec<NextHop>>,
    /// `RTA_FLOW`: realms.
    pub flow: Option<u32>,
    /// `RTA_CACHEINFO`.
    pub cache_info: Option<CacheInfo>,
    /// `RTA_MARK`.
    pub mark: Option<u32>,
    /// `RTA_VIA`.
    pub via: Option<Via>,
    /// `RTA_NEWDST`: MPLS labels, raw label stack entries.
    pub new_destination: Option<Vec<u8>>,
    /// `RTA_PREF`: IPv6 router preference.
    pub pref: Option<u8>,
    /// `RTA_ENCAP_TYPE` and `RTA_ENCAP`.
    pub encap: EncapAttr,
    /// `RTA_EXPIRES` (seconds).
    pub expires: Option<u32>,
    /// `RTA_UID`.
    pub uid: Option<u32>,
    /// `RTA_TTL_PROPAGATE`.
    pub ttl_propagate: Option<u8>,
    /// `RTA_IP_PROTO`.
    pub ip_proto: Option<u8>,
    /// `RTA_SPORT` (host order; big-endian on the wire).
    pub source_port: Option<u16>,
    /// `RTA_DPORT` (host order; big-endian on the wire).
    pub destination_port: Option<u16>,
    /// `RTA_NH_ID`: the nexthop object this route uses.
    pub nexthop_id: Option<u32>,
    /// Attributes nlkit does not model, and malformed known ones, as they came.
    pub unknown: Vec<RawAttribute>,
    /// Known attributes that were malformed.
    pub malformed: Vec<Malformed>,
}

impl Object for Route {
    const KIND: Kind = Kind::Route;
    const NEW: u16 = RTM_NEWROUTE;
    const DEL: u16 = RTM_DELROUTE;
    const GET: u16 = RTM_GETROUTE;
    type Key = RouteKey;

    fn parse(payload: &[u8]) -> Result<Route, DecodeError> {
        let m = FamilyMessage::<RtMsg>::parse(payload)?;
        let h = m.header;
        let mut r = Route {
            family: h.family.into(),
            destination_len: h.dst_len,
            source_len: h.src_len,
            tos: h.tos,
            table: RouteTable::from(u32::from(h.table)),
            protocol: h.protocol.into(),
            scope: h.scope.into(),
            route_type: h.route_type.into(),
            flags: RouteFlags(h.flags),
            ..Default::default()
        };
        for a in m.attrs() {
            r.read_attr(&a?);
        }
        Ok(r)
    }

    /// Appends the header and attributes in the order the kernel uses for the route's
    /// family (so that a dumped route emits to the same bytes).
    fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&self.header());
        let ipv6 = self.family == AddressFamily::Inet6;
        if self.sends_table_attribute() {
            b.attr_u32_ne(RTA_TABLE, self.table.into());
        }
        self.emit_addresses(b);
        if !ipv6 {
            self.emit_priority(b);
        }
        if let Some(a) = self.preferred_source {
            b.attr_ip(RTA_PREFSRC, a);
        }
        if let Some(m) = &self.metrics {
            m.emit(b);
        }
        if ipv6 {
            self.emit_priority(b);
        }
        if let Some(a) = self.gateway {
            b.attr_ip(RTA_GATEWAY, a);
        }
        if let Some(v) = &self.via {
            v.emit(b);
        }
        if let Some(o) = self.output_interface {
            b.attr_u32_ne(RTA_OIF, o);
        }
        if let Some(hops) = &self.multipath {
            emit_multipath(b, hops);
        }
        self.emit_rest(b);
    }

    fn key(&self) -> RouteKey {
        RouteKey::of(self)
    }

    fn into_any(self) -> AnyObject {
        AnyObject::Route(self)
    }

    fn change_flags(verb: Verb) -> Option<Flags> {
        Some(verb.route_flags())
    }

    fn delete_key(&self, by: super::DeleteBy) -> super::DeleteKey {
        let by_key = match by {
            super::DeleteBy::Key => true,
            super::DeleteBy::KeyOrWhole => self.nexthop_id.is_none(),
            super::DeleteBy::WholeObject => false,
        };
        if by_key {
            if let Some(k) = RouteDeleteKey::of(self) {
                return super::DeleteKey::of_route(k);
            }
        }
        let key = super::DeleteKey::of_payload(|b| self.emit(b));
        match self.family {
            AddressFamily::Inet => key.with_ipv4_prefix_len(self.destination_len),
            _ => key,
        }
    }
}

impl Route {
    /// A route to `destination/len` as `ip route add` makes it by default: its family, the
    /// main table, protocol boot, scope universe, type unicast. Set the gateway, device and
    /// the rest on the result.
    pub fn to(destination: IpAddr, len: u8) -> Route {
        Route {
            family: AddressFamily::of(&destination),
            destination_len: len,
            table: RouteTable::Main,
            protocol: RouteProtocol::Boot,
            route_type: RouteType::Unicast,
            destination: Some(destination),
            ..Default::default()
        }
    }

    /// The `rtmsg` this route is emitted with.
    pub fn header(&self) -> RtMsg {
        RtMsg {
            family: self.family.into(),
            dst_len: self.destination_len,
            src_len: self.source_len,
            tos: self.tos,
            table: self.table.header_byte(),
            protocol: self.protocol.into(),
            scope: self.scope.into(),
            route_type: self.route_type.into(),
            flags: self.flags.bits(),
        }
    }

    /// `RTA_TABLE` travels for IPv4 and IPv6 routes (the kernel sends it in every one) and
    /// for ids that do not fit the header's 8 bits.
    fn sends_table_attribute(&self) -> bool {
        matches!(self.family, AddressFamily::Inet | AddressFamily::Inet6)
            || u32::from(self.table) > 255
    }

    fn read_attr(&mut self, a: &AttrView<&[u8]>) {
        let k = a.attr_type();
        let before = self.malformed.len();
        let m = &mut self.malformed;
        match k {
            RTA_DST => self.destination = keep(m, k, a.ip()),
            RTA_SRC => self.source = keep(m, k, a.ip()),
            RTA_IIF => self.input_interface = keep(m, k, a.u32_ne()),
            RTA_OIF => self.output_interface = keep(m, k, a.u32_ne()),
            RTA_GATEWAY => self.gateway = keep(m, k, a.ip()),
            RTA_PRIORITY => self.priority = keep(m, k, a.u32_ne()),
            RTA_PREFSRC => self.preferred_source = keep(m, k, a.ip()),
            RTA_METRICS => self.metrics = keep(m, k, Metrics::parse(a)),
            RTA_MULTIPATH => self.multipath = keep(m, k, parse_multipath(a)),
            RTA_FLOW => self.flow = keep(m, k, a.u32_ne()),
            RTA_CACHEINFO => {
                self.cache_info = keep(m, k, a.u32_array_ne().map(CacheInfo::from_words))
            }
            RTA_TABLE => {
                if let Some(t) = keep(m, k, a.u32_ne()) {
                    self.table = RouteTable::from(t);
                }
            }
            RTA_MARK => self.mark = keep(m, k, a.u32_ne()),
            RTA_VIA => self.via = keep(m, k, Via::parse(a)),
            RTA_NEWDST => self.new_destination = Some(a.payload().to_vec()),
            RTA_PREF => self.pref = keep(m, k, a.u8()),
            RTA_ENCAP_TYPE => self.encap.encap_type = keep(m, k, a.u16_ne()),
            RTA_ENCAP => self.encap.payload = Some(a.payload().to_vec()),
            RTA_EXPIRES => self.expires = keep(m, k, a.u32_ne()),
            RTA_UID => self.uid = keep(m, k, a.u32_ne()),
            RTA_TTL_PROPAGATE => self.ttl_propagate = keep(m, k, a.u8()),
            RTA_IP_PROTO => self.ip_proto = keep(m, k, a.u8()),
            RTA_SPORT => self.source_port = keep(m, k, a.u16_be()),
            RTA_DPORT => self.destination_port = keep(m, k, a.u16_be()),
            RTA_NH_ID => self.nexthop_id = keep(m, k, a.u32_ne()),
            _ => self.unknown.push(RawAttribute::of(a)),
        }
        // A malformed attribute is kept as it came, so that it is emitted again.
        if self.malformed.len() > before {
            self.unknown.push(RawAttribute::of(a));
        }
    }

    fn emit_addresses(&self, b: &mut MessageBuilder) {
        if let Some(a) = self.destination {
            b.attr_ip(RTA_DST, a);
        }
        if let Some(a) = self.source {
            b.attr_ip(RTA_SRC, a);
        }
        if let Some(i) = self.input_interface {
            b.attr_u32_ne(RTA_IIF, i);
        }
    }

    fn emit_priority(&self, b: &mut MessageBuilder) {
        if let Some(p) = self.priority {
            b.attr_u32_ne(RTA_PRIORITY, p);
        }
    }

    /// The attributes after the paths, in the kernel's order.
    fn emit_rest(&self, b: &mut MessageBuilder) {
        let u32s = [
            (RTA_FLOW, self.flow),
            (RTA_NH_ID, self.nexthop_id),
            (RTA_MARK, self.mark),
        ];
        for (t, v) in u32s {
            if let Some(v) = v {
                b.attr_u32_ne(t, v);
            }
        }
        if let Some(d) = &self.new_destination {
            b.attr_bytes(RTA_NEWDST, d);
        }
        emit_encap(b, &self.encap);
        if let Some(u) = self.uid {
            b.attr_u32_ne(RTA_UID, u);
        }
        if let Some(t) = self.ttl_propagate {
            b.attr_u8(RTA_TTL_PROPAGATE, t);
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
        if let Some(c) = self.cache_info {
            b.attr_u32_array_ne(RTA_CACHEINFO, &c.words());
        }
        if let Some(e) = self.expires {
            b.attr_u32_ne(RTA_EXPIRES, e);
        }
        if let Some(p) = self.pref {
            b.attr_u8(RTA_PREF, p);
        }
        for u in &self.unknown {
            u.emit(b);
        }
    }
}
