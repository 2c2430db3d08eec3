//! Routes: `struct rtmsg` and the `RTA_*` attributes (linux/rtnetlink.h), dumps with
//! filters.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::route::{self, RouteFilter};
//! use nlkit::sys::Protocol;
//! let mut conn = Conn::new(Protocol::Route)?;
//! let filter = RouteFilter { family: Some(nlkit::rtnl::family::AF_INET), table: Some(254), ..Default::default() };
//! for r in route::dump(&mut conn, &filter)? {
//!     let r = r?;
//!     println!("{:?}/{} via {:?}", r.destination, r.header.destination_len, r.gateway);
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

pub mod attrs;
mod flush;
#[cfg(test)]
mod tests;

pub use flush::{flush, flush_round, DeleteBy, FlushError};

use super::message_type::{RTM_DELROUTE, RTM_GETROUTE, RTM_NEWROUTE};
use super::{emit_raw, keep, raw, Malformed, RawAttribute};
use crate::engine::{Ack, Conn, Error};
use crate::wire::{
    AttrIter, AttrView, DecodeError, Flags, MessageBuilder, MessageView, RecordIter,
};
use attrs::*;
use std::net::IpAddr;

/// `struct rtmsg`: the fixed header of a route message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RouteHeader {
    /// `rtm_family`: `AF_INET`, `AF_INET6`, `AF_MPLS`, ...
    pub family: u8,
    /// `rtm_dst_len`: destination prefix length.
    pub destination_len: u8,
    /// `rtm_src_len`: source prefix length.
    pub source_len: u8,
    /// `rtm_tos`.
    pub tos: u8,
    /// `rtm_table`: the table id when it fits 8 bits (see [`Route::table_id`]).
    pub table: u8,
    /// `rtm_protocol` (`RTPROT_*`).
    pub protocol: u8,
    /// `rtm_scope` (`RT_SCOPE_*`).
    pub scope: u8,
    /// `rtm_type` (`RTN_*`).
    pub kind: u8,
    /// `rtm_flags` (`RTM_F_*` and `RTNH_F_*`).
    pub flags: u32,
}

impl RouteHeader {
    /// Reads the 12-byte header.
    pub fn parse(b: &[u8]) -> Result<RouteHeader, DecodeError> {
        let h = b.get(..RTMSG_LEN).ok_or(DecodeError::new(
            "rtmsg",
            16,
            crate::wire::DecodeErrorKind::Truncated {
                needed: RTMSG_LEN,
                available: b.len(),
            },
        ))?;
        Ok(RouteHeader {
            family: h[0],
            destination_len: h[1],
            source_len: h[2],
            tos: h[3],
            table: h[4],
            protocol: h[5],
            scope: h[6],
            kind: h[7],
            flags: u32::from_ne_bytes([h[8], h[9], h[10], h[11]]),
        })
    }

    /// The 12 bytes of the header.
    pub fn to_bytes(&self) -> [u8; RTMSG_LEN] {
        let f = self.flags.to_ne_bytes();
        [
            self.family,
            self.destination_len,
            self.source_len,
            self.tos,
            self.table,
            self.protocol,
            self.scope,
            self.kind,
            f[0],
            f[1],
            f[2],
            f[3],
        ]
    }
}

/// `RTA_METRICS`: the `RTAX_*` values, in the order they came.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Metrics {
    /// `RTAX_*` id and `u32` value of each metric (`RTAX_LOCK` is the bit mask of locked
    /// metrics: bit N for metric N).
    pub values: Vec<(u16, u32)>,
    /// `RTAX_CC_ALGO`: the congestion control algorithm name.
    pub cc_algo: Option<String>,
    /// Metrics that are not a `u32`, kept raw.
    pub unknown: Vec<RawAttribute>,
}

impl Metrics {
    /// The value of metric `id` (`RTAX_*`).
    pub fn get(&self, id: u16) -> Option<u32> {
        self.values.iter().find(|(k, _)| *k == id).map(|(_, v)| *v)
    }

    /// True when metric `id` is locked.
    pub fn is_locked(&self, id: u16) -> bool {
        let lock = self.get(RTAX_LOCK).unwrap_or(0);
        id < 32 && lock & (1 << id) != 0
    }

    fn parse(a: &AttrView<&[u8]>) -> Result<Metrics, DecodeError> {
        let mut m = Metrics::default();
        for x in a.nested() {
            let x = x?;
            match x.kind() {
                RTAX_CC_ALGO => m.cc_algo = Some(x.string()?.to_owned()),
                k => match x.u32_ne() {
                    Ok(v) => m.values.push((k, v)),
                    Err(_) => m.unknown.push(raw(&x)),
                },
            }
        }
        Ok(m)
    }

    fn emit(&self, b: &mut MessageBuilder) {
        let n = b.nest_start_flags(RTA_METRICS);
        for &(k, v) in &self.values {
            b.attr_u32_ne(k, v);
        }
        if let Some(c) = &self.cc_algo {
            b.attr_str(RTAX_CC_ALGO, c);
        }
        emit_raw(b, &self.unknown);
        b.nest_end(n);
    }
}

/// One path of a multipath route (`struct rtnexthop` and its attributes).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NextHop {
    /// `rtnh_flags` (`RTNH_F_*`).
    pub flags: u8,
    /// `rtnh_hops`: the weight minus one.
    pub hops: u8,
    /// `rtnh_ifindex`: the output device.
    pub interface: u32,
    /// `RTA_GATEWAY`.
    pub gateway: Option<IpAddr>,
    /// `RTA_VIA`: a gateway of another family.
    pub via: Option<Via>,
    /// `RTA_FLOW`: realms.
    pub flow: Option<u32>,
    /// `RTA_ENCAP_TYPE`.
    pub encap_type: Option<u16>,
    /// `RTA_ENCAP`, raw.
    pub encap: Option<Vec<u8>>,
    /// Attributes nlkit does not model.
    pub unknown: Vec<RawAttribute>,
    /// Known attributes that were malformed.
    pub malformed: Vec<Malformed>,
}

impl NextHop {
    /// The hop's encapsulation, when it has one.
    pub fn encap(&self) -> Option<Result<Encap, DecodeError>> {
        Some(Encap::parse(self.encap_type?, self.encap.as_deref()?))
    }

    /// Sets the hop's encapsulation.
    pub fn set_encap(&mut self, e: &Encap) -> Result<(), crate::wire::BuildError> {
        let (t, p) = e.to_parts()?;
        self.encap_type = Some(t);
        self.encap = Some(p);
        Ok(())
    }

    /// The weight as `ip` shows it (`rtnh_hops + 1`).
    pub fn weight(&self) -> u32 {
        u32::from(self.hops) + 1
    }
}

/// `RTA_VIA`: a gateway address with its own family (`struct rtvia`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Via {
    /// `rtvia_family`.
    pub family: u16,
    /// `rtvia_addr`.
    pub address: Vec<u8>,
}

impl Via {
    /// The address as an IP address when the family is `AF_INET` or `AF_INET6`.
    pub fn ip(&self) -> Option<IpAddr> {
        match (self.family, self.address.len()) {
            (2, 4) => <[u8; 4]>::try_from(&self.address[..])
                .ok()
                .map(IpAddr::from),
            (10, 16) => <[u8; 16]>::try_from(&self.address[..])
                .ok()
                .map(IpAddr::from),
            _ => None,
        }
    }

    fn parse(p: &[u8]) -> Option<Via> {
        let f = p.get(..2)?;
        Some(Via {
            family: u16::from_ne_bytes([f[0], f[1]]),
            address: p.get(2..)?.to_vec(),
        })
    }

    fn to_bytes(&self) -> Vec<u8> {
        let mut v = self.family.to_ne_bytes().to_vec();
        v.extend_from_slice(&self.address);
        v
    }
}

/// An MPLS encapsulation (`RTA_ENCAP_TYPE` = `LWTUNNEL_ENCAP_MPLS`): the label stack pushed
/// onto packets, and an optional TTL.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MplsEncap {
    /// The labels, outermost first (20-bit values).
    pub labels: Vec<u32>,
    /// `MPLS_IPTUNNEL_TTL`.
    pub ttl: Option<u8>,
}

impl MplsEncap {
    /// Reads the nested attributes of an MPLS `RTA_ENCAP` payload. Each label stack entry is
    /// a big-endian `u32`: label (20 bits), traffic class (3), bottom of stack (1), TTL (8).
    pub fn parse(encap: &[u8]) -> Result<MplsEncap, DecodeError> {
        let mut m = MplsEncap::default();
        for a in AttrIter::new(encap) {
            let a = a?;
            match a.kind() {
                MPLS_IPTUNNEL_DST => {
                    let p = a.payload();
                    if p.len() % 4 != 0 {
                        return Err(bad(MPLS_IPTUNNEL_DST));
                    }
                    m.labels = p
                        .chunks_exact(4)
                        .map(|c| u32::from_be_bytes([c[0], c[1], c[2], c[3]]) >> 12)
                        .collect();
                }
                MPLS_IPTUNNEL_TTL => m.ttl = Some(a.u8()?),
                _ => {}
            }
        }
        Ok(m)
    }

    /// The `RTA_ENCAP` payload for this encapsulation (bottom-of-stack set on the last
    /// label, as the kernel expects).
    pub fn to_bytes(&self) -> Result<Vec<u8>, crate::wire::BuildError> {
        let mut b = MessageBuilder::new(0, Flags::NONE);
        let n = self.labels.len();
        let stack: Vec<u8> = self
            .labels
            .iter()
            .enumerate()
            .flat_map(|(i, l)| {
                let bos = if i + 1 == n { 1 << 8 } else { 0 };
                ((l & 0xf_ffff) << 12 | bos).to_be_bytes()
            })
            .collect();
        b.attr_bytes(MPLS_IPTUNNEL_DST, &stack);
        if let Some(t) = self.ttl {
            b.attr_u8(MPLS_IPTUNNEL_TTL, t);
        }
        let bytes = b.finish()?;
        Ok(bytes
            .get(crate::wire::nlmsg::HEADER_LEN..)
            .unwrap_or(&[])
            .to_vec())
    }
}

/// An IP tunnel encapsulation (`LWTUNNEL_ENCAP_IP` or `LWTUNNEL_ENCAP_IP6`): the tunnel
/// metadata a collect-metadata tunnel device uses for packets of the route. The kernel
/// reports every field; a request carries the ones set.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IpEncap {
    /// IPv6 (`LWTUNNEL_ENCAP_IP6`) rather than IPv4.
    pub ipv6: bool,
    /// `LWTUNNEL_IP_ID`: the tunnel id (key), big-endian on the wire.
    pub id: Option<u64>,
    /// `LWTUNNEL_IP_DST`.
    pub destination: Option<IpAddr>,
    /// `LWTUNNEL_IP_SRC`.
    pub source: Option<IpAddr>,
    /// `LWTUNNEL_IP_TTL` (IPv6: `HOPLIMIT`).
    pub ttl: Option<u8>,
    /// `LWTUNNEL_IP_TOS` (IPv6: `TC`).
    pub tos: Option<u8>,
    /// `LWTUNNEL_IP_FLAGS`: [`TUNNEL_KEY`], [`TUNNEL_CSUM`], [`TUNNEL_SEQ`].
    pub flags: Option<u16>,
}

impl IpEncap {
    /// Reads the nested attributes of an IP (`ipv6` false) or IPv6 `RTA_ENCAP` payload.
    pub fn parse(encap: &[u8], ipv6: bool) -> Result<IpEncap, DecodeError> {
        let mut e = IpEncap {
            ipv6,
            ..Default::default()
        };
        for a in AttrIter::new(encap) {
            let a = a?;
            match a.kind() {
                LWTUNNEL_IP_ID => e.id = Some(a.u64_be()?),
                LWTUNNEL_IP_DST => e.destination = Some(a.ip()?),
                LWTUNNEL_IP_SRC => e.source = Some(a.ip()?),
                LWTUNNEL_IP_TTL => e.ttl = Some(a.u8()?),
                LWTUNNEL_IP_TOS => e.tos = Some(a.u8()?),
                LWTUNNEL_IP_FLAGS => e.flags = Some(a.u16_be()?),
                _ => {}
            }
        }
        Ok(e)
    }

    /// `RTA_ENCAP_TYPE` for it.
    pub fn encap_type(&self) -> u16 {
        if self.ipv6 {
            LWTUNNEL_ENCAP_IP6
        } else {
            LWTUNNEL_ENCAP_IP
        }
    }

    /// The `RTA_ENCAP` payload, in the order ip sends the fields.
    pub fn to_bytes(&self) -> Result<Vec<u8>, crate::wire::BuildError> {
        let mut b = MessageBuilder::new(0, Flags::NONE);
        if let Some(v) = self.id {
            b.attr_bytes(LWTUNNEL_IP_ID, &v.to_be_bytes());
        }
        if let Some(v) = self.destination {
            b.attr_ip(LWTUNNEL_IP_DST, v);
        }
        if let Some(v) = self.source {
            b.attr_ip(LWTUNNEL_IP_SRC, v);
        }
        if let Some(v) = self.tos {
            b.attr_u8(LWTUNNEL_IP_TOS, v);
        }
        if let Some(v) = self.ttl {
            b.attr_u8(LWTUNNEL_IP_TTL, v);
        }
        if let Some(v) = self.flags {
            b.attr_bytes(LWTUNNEL_IP_FLAGS, &v.to_be_bytes());
        }
        let bytes = b.finish()?;
        Ok(bytes
            .get(crate::wire::nlmsg::HEADER_LEN..)
            .unwrap_or(&[])
            .to_vec())
    }
}

/// A route's or a hop's encapsulation, typed where nlkit models the type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Encap {
    /// MPLS labels.
    Mpls(MplsEncap),
    /// IP or IPv6 tunnel metadata.
    Ip(IpEncap),
    /// Another type (`RTA_ENCAP_TYPE`), its payload raw.
    Other(u16, Vec<u8>),
}

impl Encap {
    /// Reads `RTA_ENCAP_TYPE` and `RTA_ENCAP` (both given).
    pub fn parse(encap_type: u16, payload: &[u8]) -> Result<Encap, DecodeError> {
        Ok(match encap_type {
            LWTUNNEL_ENCAP_MPLS => Encap::Mpls(MplsEncap::parse(payload)?),
            LWTUNNEL_ENCAP_IP => Encap::Ip(IpEncap::parse(payload, false)?),
            LWTUNNEL_ENCAP_IP6 => Encap::Ip(IpEncap::parse(payload, true)?),
            t => Encap::Other(t, payload.to_vec()),
        })
    }

    /// (`RTA_ENCAP_TYPE`, `RTA_ENCAP` payload).
    pub fn to_parts(&self) -> Result<(u16, Vec<u8>), crate::wire::BuildError> {
        Ok(match self {
            Encap::Mpls(m) => (LWTUNNEL_ENCAP_MPLS, m.to_bytes()?),
            Encap::Ip(e) => (e.encap_type(), e.to_bytes()?),
            Encap::Other(t, p) => (*t, p.clone()),
        })
    }
}

/// The smallest request that deletes a given IPv4 route: what a flush of many routes holds
/// per route (36 bytes instead of the whole route) between its dump and its deletions. The
/// kernel matches it as it matches the whole route: prefix, tos, metric, table, type,
/// protocol, scope and a single nexthop's gateway and device (a multipath route matches by
/// everything but its hops).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ipv4DeleteKey {
    destination: u32,
    table: u32,
    priority: Option<u32>,
    /// The single nexthop (IPv4 gateway, device), when the route has one.
    gateway: Option<u32>,
    interface: Option<u32>,
    destination_len: u8,
    tos: u8,
    protocol: u8,
    scope: u8,
    kind: u8,
}

impl Ipv4DeleteKey {
    /// The key of `r`; `None` for routes it cannot stand for (IPv6, source-specific).
    pub fn of(r: &Route) -> Option<Ipv4DeleteKey> {
        let h = &r.header;
        if h.family != super::family::AF_INET || h.source_len != 0 || r.source.is_some() {
            return None;
        }
        let destination = match r.destination {
            Some(IpAddr::V4(a)) => u32::from(a),
            None => 0,
            Some(IpAddr::V6(_)) => return None,
        };
        let gateway = match r.gateway {
            Some(IpAddr::V4(g)) => Some(u32::from(g)),
            Some(IpAddr::V6(_)) => return None,
            None => None,
        };
        if r.via.is_some() {
            return None;
        }
        Some(Ipv4DeleteKey {
            destination,
            table: r.table_id(),
            priority: r.priority,
            gateway,
            interface: r.output_interface,
            destination_len: h.destination_len,
            tos: h.tos,
            protocol: h.protocol,
            scope: h.scope,
            kind: h.kind,
        })
    }

    /// The destination prefix length.
    pub fn destination_len(&self) -> u8 {
        self.destination_len
    }

    /// Appends the `RTM_DELROUTE` payload (rtmsg, `RTA_DST`, `RTA_TABLE`, `RTA_PRIORITY`).
    pub fn emit(&self, b: &mut MessageBuilder) {
        let header = RouteHeader {
            family: super::family::AF_INET,
            destination_len: self.destination_len,
            tos: self.tos,
            protocol: self.protocol,
            scope: self.scope,
            kind: self.kind,
            ..Default::default()
        };
        let ip = |a: u32| IpAddr::from(std::net::Ipv4Addr::from(a));
        let gateway = self.gateway.map(ip);
        emit_delete(
            b,
            header,
            ip(self.destination),
            self.table,
            self.priority,
            gateway,
            self.interface,
        );
    }
}

/// The smallest request that deletes a given IPv6 route (the IPv6 twin of
/// [`Ipv4DeleteKey`]): prefix, metric, table, type, protocol and a single nexthop's gateway
/// and device, which is what the kernel matches an IPv6 deletion on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ipv6DeleteKey {
    destination: [u8; 16],
    gateway: Option<[u8; 16]>,
    table: u32,
    priority: Option<u32>,
    interface: Option<u32>,
    destination_len: u8,
    protocol: u8,
    scope: u8,
    kind: u8,
}

impl Ipv6DeleteKey {
    /// The key of `r`; `None` for routes it cannot stand for (IPv4, source-specific,
    /// multipath, via another family).
    pub fn of(r: &Route) -> Option<Ipv6DeleteKey> {
        let h = &r.header;
        if h.family != super::family::AF_INET6
            || h.source_len != 0
            || r.source.is_some()
            || r.multipath.is_some()
            || r.via.is_some()
        {
            return None;
        }
        let destination = match r.destination {
            Some(IpAddr::V6(a)) => a.octets(),
            None => [0; 16],
            Some(IpAddr::V4(_)) => return None,
        };
        let gateway = match r.gateway {
            Some(IpAddr::V6(g)) => Some(g.octets()),
            Some(IpAddr::V4(_)) => return None,
            None => None,
        };
        Some(Ipv6DeleteKey {
            destination,
            gateway,
            table: r.table_id(),
            priority: r.priority,
            interface: r.output_interface,
            destination_len: h.destination_len,
            protocol: h.protocol,
            scope: h.scope,
            kind: h.kind,
        })
    }

    /// The destination prefix length.
    pub fn destination_len(&self) -> u8 {
        self.destination_len
    }

    /// Appends the `RTM_DELROUTE` payload (rtmsg, `RTA_DST`, `RTA_TABLE`, `RTA_PRIORITY`,
    /// `RTA_GATEWAY`, `RTA_OIF`).
    pub fn emit(&self, b: &mut MessageBuilder) {
        let header = RouteHeader {
            family: super::family::AF_INET6,
            destination_len: self.destination_len,
            protocol: self.protocol,
            scope: self.scope,
            kind: self.kind,
            ..Default::default()
        };
        let ip = |a: [u8; 16]| IpAddr::from(std::net::Ipv6Addr::from(a));
        let gateway = self.gateway.map(ip);
        emit_delete(
            b,
            header,
            ip(self.destination),
            self.table,
            self.priority,
            gateway,
            self.interface,
        );
    }
}

/// The `RTM_DELROUTE` payload of a delete key: `header` (its table set from `table`), then
/// `RTA_DST` (unless the prefix is empty), `RTA_TABLE`, `RTA_PRIORITY`, `RTA_GATEWAY`,
/// `RTA_OIF`.
fn emit_delete(
    b: &mut MessageBuilder,
    mut header: RouteHeader,
    destination: IpAddr,
    table: u32,
    priority: Option<u32>,
    gateway: Option<IpAddr>,
    interface: Option<u32>,
) {
    header.table = u8::try_from(table).unwrap_or(0);
    b.push_bytes(&header.to_bytes());
    if header.destination_len > 0 {
        b.attr_ip(RTA_DST, destination);
    }
    b.attr_u32_ne(RTA_TABLE, table);
    if let Some(p) = priority {
        b.attr_u32_ne(RTA_PRIORITY, p);
    }
    if let Some(g) = gateway {
        b.attr_ip(RTA_GATEWAY, g);
    }
    if let Some(i) = interface {
        b.attr_u32_ne(RTA_OIF, i);
    }
}

/// `RTA_CACHEINFO` (`struct rta_cacheinfo`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CacheInfo {
    /// `rta_clntref`.
    pub client_refs: u32,
    /// `rta_lastuse`.
    pub last_use: u32,
    /// `rta_expires` (centiseconds; 0: does not expire).
    pub expires: i32,
    /// `rta_error`.
    pub error: u32,
    /// `rta_used`.
    pub used: u32,
    /// `rta_id`.
    pub id: u32,
    /// `rta_ts`.
    pub ts: u32,
    /// `rta_tsage`.
    pub ts_age: u32,
}

impl CacheInfo {
    fn from_words(w: [u32; 8]) -> CacheInfo {
        CacheInfo {
            client_refs: w[0],
            last_use: w[1],
            expires: w[2] as i32,
            error: w[3],
            used: w[4],
            id: w[5],
            ts: w[6],
            ts_age: w[7],
        }
    }

    fn words(self) -> [u32; 8] {
        [
            self.client_refs,
            self.last_use,
            self.expires as u32,
            self.error,
            self.used,
            self.id,
            self.ts,
            self.ts_age,
        ]
    }
}

/// A route: the header and every attribute, parsed leniently.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    /// `struct rtmsg`.
    pub header: RouteHeader,
    /// `RTA_TABLE`: the 32-bit table id.
    pub table: Option<u32>,
    /// `RTA_DST`.
    pub destination: Option<IpAddr>,
    /// `RTA_SRC`.
    pub source: Option<IpAddr>,
    /// `RTA_IIF`: input device index.
    pub input_interface: Option<u32>,
    /// `RTA_OIF`: output device index.
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
    /// `RTA_NEWDST`: MPLS labels, raw.
    pub new_destination: Option<Vec<u8>>,
    /// `RTA_PREF`: IPv6 router preference.
    pub pref: Option<u8>,
    /// `RTA_ENCAP_TYPE` (`LWTUNNEL_ENCAP_*`).
    pub encap_type: Option<u16>,
    /// `RTA_ENCAP`, raw nested attributes.
    pub encap: Option<Vec<u8>>,
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
    /// Attributes nlkit does not model.
    pub unknown: Vec<RawAttribute>,
    /// Known attributes that were malformed.
    pub malformed: Vec<Malformed>,
}

fn parse_nexthops(a: &AttrView<&[u8]>) -> Result<Vec<NextHop>, DecodeError> {
    let mut hops = Vec::new();
    for rec in RecordIter::new(a.payload(), RTNH_LEN) {
        let rec = rec?;
        let mut nh = NextHop {
            flags: rec[2],
            hops: rec[3],
            interface: u32::from_ne_bytes([rec[4], rec[5], rec[6], rec[7]]),
            ..Default::default()
        };
        for x in AttrIter::new(rec.get(RTNH_LEN..).unwrap_or(&[])) {
            let x = x?;
            let k = x.kind();
            let m = &mut nh.malformed;
            match k {
                RTA_GATEWAY => nh.gateway = keep(m, k, x.ip()),
                RTA_VIA => {
                    nh.via = keep(m, k, Via::parse(x.payload()).ok_or(bad(k)));
                }
                RTA_FLOW => nh.flow = keep(m, k, x.u32_ne()),
                RTA_ENCAP_TYPE => nh.encap_type = keep(m, k, x.u16_ne()),
                RTA_ENCAP => nh.encap = Some(x.payload().to_vec()),
                _ => nh.unknown.push(raw(&x)),
            }
        }
        hops.push(nh);
    }
    Ok(hops)
}

fn bad(_kind: u16) -> DecodeError {
    DecodeError::new(
        "attribute payload",
        4,
        crate::wire::DecodeErrorKind::BadValue,
    )
}

impl Route {
    /// Parses the payload of an `RTM_NEWROUTE`/`RTM_DELROUTE` message (header and
    /// attributes). Only a short header or a broken attribute run is an error; a malformed
    /// known attribute is recorded in `malformed`.
    pub fn parse(payload: &[u8]) -> Result<Route, DecodeError> {
        let mut r = Route {
            header: RouteHeader::parse(payload)?,
            ..Default::default()
        };
        let rest = payload.get(RTMSG_LEN..).unwrap_or(&[]);
        for a in AttrIter::new(rest) {
            let a = a.map_err(|e| e.at(16 + RTMSG_LEN))?;
            let k = a.kind();
            let m = &mut r.malformed;
            match k {
                RTA_DST => r.destination = keep(m, k, a.ip()),
                RTA_SRC => r.source = keep(m, k, a.ip()),
                RTA_IIF => r.input_interface = keep(m, k, a.u32_ne()),
                RTA_OIF => r.output_interface = keep(m, k, a.u32_ne()),
                RTA_GATEWAY => r.gateway = keep(m, k, a.ip()),
                RTA_PRIORITY => r.priority = keep(m, k, a.u32_ne()),
                RTA_PREFSRC => r.preferred_source = keep(m, k, a.ip()),
                RTA_METRICS => r.metrics = keep(m, k, Metrics::parse(&a)),
                RTA_MULTIPATH => r.multipath = keep(m, k, parse_nexthops(&a)),
                RTA_FLOW => r.flow = keep(m, k, a.u32_ne()),
                RTA_CACHEINFO => {
                    r.cache_info = keep(m, k, a.u32_array_ne().map(CacheInfo::from_words))
                }
                RTA_TABLE => r.table = keep(m, k, a.u32_ne()),
                RTA_MARK => r.mark = keep(m, k, a.u32_ne()),
                RTA_VIA => r.via = keep(m, k, Via::parse(a.payload()).ok_or(bad(k))),
                RTA_NEWDST => r.new_destination = Some(a.payload().to_vec()),
                RTA_PREF => r.pref = keep(m, k, a.u8()),
                RTA_ENCAP_TYPE => r.encap_type = keep(m, k, a.u16_ne()),
                RTA_ENCAP => r.encap = Some(a.payload().to_vec()),
                RTA_EXPIRES => r.expires = keep(m, k, a.u32_ne()),
                RTA_UID => r.uid = keep(m, k, a.u32_ne()),
                RTA_TTL_PROPAGATE => r.ttl_propagate = keep(m, k, a.u8()),
                RTA_IP_PROTO => r.ip_proto = keep(m, k, a.u8()),
                RTA_SPORT => r.source_port = keep(m, k, a.u16_be()),
                RTA_DPORT => r.destination_port = keep(m, k, a.u16_be()),
                RTA_NH_ID => r.nexthop_id = keep(m, k, a.u32_ne()),
                _ => r.unknown.push(raw(&a)),
            }
        }
        Ok(r)
    }

    /// Parses a whole route message (checks it is `RTM_NEWROUTE` or `RTM_DELROUTE`).
    pub fn from_message(msg: &MessageView<&[u8]>) -> Result<Route, DecodeError> {
        match msg.message_type() {
            24 | 25 => Route::parse(msg.payload()),
            _ => Err(DecodeError::new(
                "route message",
                4,
                crate::wire::DecodeErrorKind::BadValue,
            )),
        }
    }

    /// The encapsulation, when the route has one (`RTA_ENCAP_TYPE` and `RTA_ENCAP`).
    pub fn encap(&self) -> Option<Result<Encap, DecodeError>> {
        Some(Encap::parse(self.encap_type?, self.encap.as_deref()?))
    }

    /// Sets the encapsulation (`RTA_ENCAP_TYPE` and `RTA_ENCAP`).
    pub fn set_encap(&mut self, e: &Encap) -> Result<(), crate::wire::BuildError> {
        let (t, p) = e.to_parts()?;
        self.encap_type = Some(t);
        self.encap = Some(p);
        Ok(())
    }

    /// The MPLS encapsulation, when the route has one (`None` for other encap types or
    /// none; an unreadable one is an error).
    pub fn mpls_encap(&self) -> Option<Result<MplsEncap, DecodeError>> {
        if self.encap_type != Some(LWTUNNEL_ENCAP_MPLS) {
            return None;
        }
        Some(MplsEncap::parse(self.encap.as_deref().unwrap_or(&[])))
    }

    /// The table id: `RTA_TABLE` when present, else `rtm_table`.
    pub fn table_id(&self) -> u32 {
        self.table.unwrap_or(u32::from(self.header.table))
    }

    /// Appends the header and attributes to the current message of `b`, in the order the
    /// kernel uses for the route's family (so that a dumped route emits to the same bytes).
    pub fn emit(&self, b: &mut MessageBuilder) {
        b.push_bytes(&self.header.to_bytes());
        let ipv6 = self.header.family == super::family::AF_INET6;
        if let Some(t) = self.table {
            b.attr_u32_ne(RTA_TABLE, t);
        }
        if let Some(a) = self.destination {
            b.attr_ip(RTA_DST, a);
        }
        if let Some(a) = self.source {
            b.attr_ip(RTA_SRC, a);
        }
        if let Some(i) = self.input_interface {
            b.attr_u32_ne(RTA_IIF, i);
        }
        if !ipv6 {
            if let Some(p) = self.priority {
                b.attr_u32_ne(RTA_PRIORITY, p);
            }
        }
        if let Some(a) = self.preferred_source {
            b.attr_ip(RTA_PREFSRC, a);
        }
        if let Some(m) = &self.metrics {
            m.emit(b);
        }
        if ipv6 {
            if let Some(p) = self.priority {
                b.attr_u32_ne(RTA_PRIORITY, p);
            }
        }
        if let Some(a) = self.gateway {
            b.attr_ip(RTA_GATEWAY, a);
        }
        if let Some(v) = &self.via {
            b.attr_bytes(RTA_VIA, &v.to_bytes());
        }
        if let Some(o) = self.output_interface {
            b.attr_u32_ne(RTA_OIF, o);
        }
        if let Some(hops) = &self.multipath {
            let n = b.nest_start_flags(RTA_MULTIPATH);
            for h in hops {
                let mut head = [0u8; RTNH_LEN];
                head[2] = h.flags;
                head[3] = h.hops;
                head[4..].copy_from_slice(&h.interface.to_ne_bytes());
                let rec = b.record_start(&head);
                if let Some(g) = h.gateway {
                    b.attr_ip(RTA_GATEWAY, g);
                }
                if let Some(v) = &h.via {
                    b.attr_bytes(RTA_VIA, &v.to_bytes());
                }
                if let Some(f) = h.flow {
                    b.attr_u32_ne(RTA_FLOW, f);
                }
                if let Some(t) = h.encap_type {
                    b.attr_u16_ne(RTA_ENCAP_TYPE, t);
                }
                if let Some(e) = &h.encap {
                    b.attr_bytes(RTA_ENCAP, e);
                }
                emit_raw(b, &h.unknown);
                b.nest_end(rec);
            }
            b.nest_end(n);
        }
        if let Some(f) = self.flow {
            b.attr_u32_ne(RTA_FLOW, f);
        }
        if let Some(n) = self.nexthop_id {
            b.attr_u32_ne(RTA_NH_ID, n);
        }
        if let Some(m) = self.mark {
            b.attr_u32_ne(RTA_MARK, m);
        }
        if let Some(d) = &self.new_destination {
            b.attr_bytes(RTA_NEWDST, d);
        }
        if let Some(t) = self.encap_type {
            b.attr_u16_ne(RTA_ENCAP_TYPE, t);
        }
        if let Some(e) = &self.encap {
            b.attr_bytes(RTA_ENCAP, e);
        }
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
        emit_raw(b, &self.unknown);
    }
}

/// What a route dump selects. Filters that strict checking lets the kernel apply (family,
/// table, protocol, type, output device) travel in the request; the kernel refuses a scope
/// in a dump request, so that one is applied here only. Every filter is also applied here,
/// so the result is the same on kernels that ignore them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RouteFilter {
    /// `AF_INET`, `AF_INET6`, ... (`None`: all families).
    pub family: Option<u8>,
    /// Only this table (`None`: all tables).
    pub table: Option<u32>,
    /// Only this protocol (`RTPROT_*`).
    pub protocol: Option<u8>,
    /// Only this type (`RTN_*`, as reported: a route through a blackhole nexthop object is
    /// a blackhole route); filtered in user space.
    pub kind: Option<u8>,
    /// Only this scope (`RT_SCOPE_*`).
    pub scope: Option<u8>,
    /// Only routes through this output device (also matches a path of a multipath route).
    pub output_interface: Option<u32>,
    /// Include cloned (cache) routes (`RTM_F_CLONED`); they are left out otherwise.
    pub cloned: bool,
}

impl RouteFilter {
    /// True when `r` passes the filter.
    pub fn matches(&self, r: &Route) -> bool {
        let h = &r.header;
        self.family.is_none_or(|f| f == h.family)
            && self.table.is_none_or(|t| t == r.table_id())
            && self.protocol.is_none_or(|p| p == h.protocol)
            && self.kind.is_none_or(|k| k == h.kind)
            && self.scope.is_none_or(|s| s == h.scope)
            && self.output_interface.is_none_or(|o| {
                r.output_interface == Some(o)
                    || r.multipath
                        .as_ref()
                        .is_some_and(|m| m.iter().any(|h| h.interface == o))
            })
            && (self.cloned == (h.flags & RTM_F_CLONED != 0))
    }

    /// The dump request carrying the filters the kernel can apply.
    pub fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETROUTE, Flags::NONE);
        let table = self.table.unwrap_or(0);
        let header = RouteHeader {
            family: self.family.unwrap_or(0),
            table: if table < 256 {
                table as u8
            } else {
                252 /* RT_TABLE_COMPAT */
            },
            protocol: self.protocol.unwrap_or(0),
            // The type is filtered here, not by the kernel: it compares a route's own type,
            // while a route through a blackhole nexthop object is reported as blackhole.
            flags: if self.cloned { RTM_F_CLONED } else { 0 },
            ..Default::default()
        };
        b.push_bytes(&header.to_bytes());
        if let Some(t) = self.table {
            b.attr_u32_ne(RTA_TABLE, t);
        }
        if let Some(o) = self.output_interface {
            b.attr_u32_ne(RTA_OIF, o);
        }
        b
    }
}

/// A route lookup (`RTM_GETROUTE` without `NLM_F_DUMP`): which route the kernel would use
/// for a packet with these properties.
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

    /// The request message.
    pub fn request(&self) -> MessageBuilder {
        let (family, host) = match self.destination {
            IpAddr::V4(_) => (super::family::AF_INET, 32),
            IpAddr::V6(_) => (super::family::AF_INET6, 128),
        };
        let mut b = MessageBuilder::new(RTM_GETROUTE, Flags::NONE);
        let h = RouteHeader {
            family,
            destination_len: host,
            source_len: if self.source.is_some() { host } else { 0 },
            tos: self.tos,
            // IPv4: RTM_F_LOOKUP_TABLE makes the reply name the table the route came from
            // (ip asks for it; IPv6 names it anyway and refuses the flag under strict
            // checking).
            flags: if self.destination.is_ipv4() {
                RTM_F_LOOKUP_TABLE
            } else {
                0
            } | if self.fib_match { RTM_F_FIB_MATCH } else { 0 },
            ..Default::default()
        };
        b.push_bytes(&h.to_bytes());
        b.attr_ip(RTA_DST, self.destination);
        if let Some(a) = self.new_destination {
            b.attr_ip(RTA_NEWDST, a);
        }
        if let Some(s) = self.source {
            b.attr_ip(RTA_SRC, s);
        }
        if let Some(i) = self.input_interface {
            b.attr_u32_ne(RTA_IIF, i);
        }
        if let Some(o) = self.output_interface {
            b.attr_u32_ne(RTA_OIF, o);
        }
        if let Some(m) = self.mark {
            b.attr_u32_ne(RTA_MARK, m);
        }
        if let Some(u) = self.uid {
            b.attr_u32_ne(RTA_UID, u);
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

/// What a route change does: the request's message type and flags, as ip sends them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteChange {
    /// Add; the kernel refuses a route that exists (`ip route add`).
    Add,
    /// Add, or replace the route of that prefix, tos, metric and table (`ip route replace`).
    Replace,
    /// Replace an existing route (`ip route change`).
    Change,
    /// Add another route of the same prefix, after the existing ones (`ip route append`;
    /// IPv6: another nexthop of the route).
    Append,
    /// Add another route of the same prefix, before the existing ones (`ip route prepend`).
    Prepend,
    /// Fail with `EEXIST` if such a route exists, else with `ENOENT`, adding nothing
    /// (`ip route test`).
    Test,
    /// Delete the route that matches (`ip route del`).
    Delete,
}

impl RouteChange {
    /// `RTM_NEWROUTE` or `RTM_DELROUTE`.
    pub fn message_type(self) -> u16 {
        match self {
            RouteChange::Delete => RTM_DELROUTE,
            _ => RTM_NEWROUTE,
        }
    }

    /// The request flags (the engine adds `NLM_F_REQUEST | NLM_F_ACK`).
    pub fn flags(self) -> Flags {
        match self {
            RouteChange::Add => Flags::CREATE | Flags::EXCL,
            RouteChange::Replace => Flags::CREATE | Flags::REPLACE,
            RouteChange::Change => Flags::REPLACE,
            RouteChange::Append => Flags::CREATE | Flags::APPEND,
            RouteChange::Prepend => Flags::CREATE,
            RouteChange::Test => Flags::EXCL,
            RouteChange::Delete => Flags::NONE,
        }
    }
}

impl Route {
    /// The request that makes `change` with this route (for [`Conn::execute`] or, with
    /// [`RouteChange::message_type`] and [`RouteChange::flags`], a pipeline's `push_with`).
    pub fn request(&self, change: RouteChange) -> MessageBuilder {
        let mut b = MessageBuilder::new(change.message_type(), change.flags());
        self.emit(&mut b);
        b
    }
}

/// Applies `change` with `route` and waits for the kernel's answer: the ACK (with any
/// extended-ACK warning) or the kernel's error with its text and the attribute it points at.
///
/// ```no_run
/// use nlkit::engine::Conn;
/// use nlkit::rtnl::route::{self, Route, RouteChange, RouteHeader};
/// use nlkit::sys::Protocol;
/// let mut conn = Conn::new(Protocol::Route)?;
/// // ip route add 192.0.2.0/24 via 10.0.0.2 dev <index 2> proto static
/// let r = Route {
///     header: RouteHeader { family: 2, destination_len: 24, table: 254, protocol: 4, kind: 1, ..Default::default() },
///     destination: Some("192.0.2.0".parse().unwrap()),
///     gateway: Some("10.0.0.2".parse().unwrap()),
///     output_interface: Some(2),
///     ..Default::default()
/// };
/// route::apply(&mut conn, &r, RouteChange::Add)?;
/// # Ok::<(), nlkit::engine::Error>(())
/// ```
pub fn apply(conn: &mut Conn, route: &Route, change: RouteChange) -> Result<Ack, Error> {
    conn.execute(&route.request(change))
}

/// Asks the kernel which route it would use (`ip route get`).
pub fn get(conn: &mut Conn, query: &RouteQuery) -> Result<Route, Error> {
    let reply = conn.request(&query.request())?;
    Ok(Route::from_message(&reply.message())?)
}

/// Dumps routes matching `filter`, streaming: each item is parsed as its datagram arrives.
pub fn dump<'c>(
    conn: &'c mut Conn,
    filter: &RouteFilter,
) -> Result<impl Iterator<Item = Result<Route, Error>> + 'c, Error> {
    let filter = filter.clone();
    let dump = conn.dump(&filter.request())?;
    Ok(dump
        .decode(|m| Route::from_message(&m))
        .filter(move |r| r.as_ref().map_or(true, |r| filter.matches(r))))
}
