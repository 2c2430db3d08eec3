//! The parts of a route that are structures of their own: metrics (`RTA_METRICS`), the
//! paths of a multipath route (`RTA_MULTIPATH`), a gateway of another family (`RTA_VIA`)
//! and the cache information (`RTA_CACHEINFO`).

use super::attrs::*;
use super::encap::{bad_payload, EncapAttr};
use crate::rtnl::types::NexthopFlags;
use crate::rtnl::AddressFamily;
use crate::wire::rtnl::{RtNexthop, RtVia};
use crate::wire::{
    keep, AttrIter, AttrView, DecodeError, FixedStruct, Malformed, MessageBuilder, RawAttribute,
    RecordIter,
};
use std::net::IpAddr;

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

    pub(super) fn parse(a: &AttrView<&[u8]>) -> Result<Metrics, DecodeError> {
        let mut m = Metrics::default();
        for x in a.nested() {
            let x = x?;
            match x.attr_type() {
                RTAX_CC_ALGO => m.cc_algo = Some(x.string()?.to_owned()),
                k => match x.u32_ne() {
                    Ok(v) => m.values.push((k, v)),
                    Err(_) => m.unknown.push(RawAttribute::of(&x)),
                },
            }
        }
        Ok(m)
    }

    pub(super) fn emit(&self, b: &mut MessageBuilder) {
        let n = b.nest_start_flags(RTA_METRICS);
        for &(k, v) in &self.values {
            b.attr_u32_ne(k, v);
        }
        if let Some(c) = &self.cc_algo {
            b.attr_str(RTAX_CC_ALGO, c);
        }
        for u in &self.unknown {
            u.emit(b);
        }
        b.nest_end(n);
    }
}

/// One path of a multipath route (`struct rtnexthop` and its attributes).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NextHop {
    /// `rtnh_flags`.
    pub flags: NexthopFlags,
    /// `rtnh_hops`: the weight minus one.
    pub hops: u8,
    /// `rtnh_ifindex`: the output device.
    pub index: u32,
    /// `RTA_GATEWAY`.
    pub gateway: Option<IpAddr>,
    /// `RTA_VIA`: a gateway of another family.
    pub via: Option<Via>,
    /// `RTA_FLOW`: realms.
    pub flow: Option<u32>,
    /// `RTA_ENCAP_TYPE` and `RTA_ENCAP`.
    pub encap: EncapAttr,
    /// Attributes nlkit does not model, and malformed known ones, as they came.
    pub unknown: Vec<RawAttribute>,
    /// Known attributes that were malformed.
    pub malformed: Vec<Malformed>,
}

impl NextHop {
    /// The weight as `ip` shows it (`rtnh_hops + 1`).
    pub fn weight(&self) -> u32 {
        u32::from(self.hops) + 1
    }

    fn parse(record: &[u8]) -> Result<NextHop, DecodeError> {
        let h = RtNexthop::parse(record)?;
        let mut nh = NextHop {
            flags: NexthopFlags(u32::from(h.flags)),
            hops: h.hops,
            index: h.index,
            ..Default::default()
        };
        for x in AttrIter::new(record.get(RtNexthop::LEN..).unwrap_or(&[])) {
            let x = x?;
            let k = x.attr_type();
            let before = nh.malformed.len();
            let m = &mut nh.malformed;
            match k {
                RTA_GATEWAY => nh.gateway = keep(m, k, x.ip()),
                RTA_VIA => nh.via = keep(m, k, Via::parse(&x)),
                RTA_FLOW => nh.flow = keep(m, k, x.u32_ne()),
                RTA_ENCAP_TYPE => nh.encap.encap_type = keep(m, k, x.u16_ne()),
                RTA_ENCAP => nh.encap.payload = Some(x.payload().to_vec()),
                _ => nh.unknown.push(RawAttribute::of(&x)),
            }
            // A malformed attribute is kept as it came, so that it is emitted again.
            if nh.malformed.len() > before {
                nh.unknown.push(RawAttribute::of(&x));
            }
        }
        Ok(nh)
    }

    fn emit(&self, b: &mut MessageBuilder) {
        let head = RtNexthop {
            len: 0, // patched by nest_end
            flags: (self.flags.bits() & 0xff) as u8,
            hops: self.hops,
            index: self.index,
        };
        let rec = b.record_start(&head.to_vec());
        if let Some(g) = self.gateway {
            b.attr_ip(RTA_GATEWAY, g);
        }
        if let Some(v) = &self.via {
            v.emit(b);
        }
        if let Some(f) = self.flow {
            b.attr_u32_ne(RTA_FLOW, f);
        }
        emit_encap(b, &self.encap);
        for u in &self.unknown {
            u.emit(b);
        }
        b.nest_end(rec);
    }
}

/// Appends `RTA_ENCAP_TYPE` and `RTA_ENCAP` when set.
pub(super) fn emit_encap(b: &mut MessageBuilder, e: &EncapAttr) {
    if let Some(t) = e.encap_type {
        b.attr_u16_ne(RTA_ENCAP_TYPE, t);
    }
    if let Some(p) = &e.payload {
        b.attr_bytes(RTA_ENCAP, p);
    }
}

/// Reads the paths of `RTA_MULTIPATH`.
pub(super) fn parse_multipath(a: &AttrView<&[u8]>) -> Result<Vec<NextHop>, DecodeError> {
    RecordIter::new(a.payload(), RtNexthop::LEN)
        .map(|rec| NextHop::parse(rec?))
        .collect()
}

/// Appends `RTA_MULTIPATH` holding `hops`.
pub(super) fn emit_multipath(b: &mut MessageBuilder, hops: &[NextHop]) {
    let n = b.nest_start_flags(RTA_MULTIPATH);
    for h in hops {
        h.emit(b);
    }
    b.nest_end(n);
}

/// `RTA_VIA`: a gateway address with its own family (`struct rtvia`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Via {
    /// `rtvia_family`.
    pub family: AddressFamily,
    /// `rtvia_addr`.
    pub address: Vec<u8>,
}

impl Via {
    /// A gateway of an IP family.
    pub fn ip(address: IpAddr) -> Via {
        let octets = match address {
            IpAddr::V4(a) => a.octets().to_vec(),
            IpAddr::V6(a) => a.octets().to_vec(),
        };
        Via {
            family: AddressFamily::of(&address),
            address: octets,
        }
    }

    /// The address as an IP address when the family is `AF_INET` or `AF_INET6`.
    pub fn ip_address(&self) -> Option<IpAddr> {
        match (self.family, self.address.len()) {
            (AddressFamily::Inet, 4) => <[u8; 4]>::try_from(&self.address[..])
                .ok()
                .map(IpAddr::from),
            (AddressFamily::Inet6, 16) => <[u8; 16]>::try_from(&self.address[..])
                .ok()
                .map(IpAddr::from),
            _ => None,
        }
    }

    pub(super) fn parse(a: &AttrView<&[u8]>) -> Result<Via, DecodeError> {
        let h = a.fixed::<RtVia>().map_err(|_| bad_payload())?;
        let family = u8::try_from(h.family).map_err(|_| bad_payload())?;
        Ok(Via {
            family: family.into(),
            address: a.payload().get(RtVia::LEN..).unwrap_or(&[]).to_vec(),
        })
    }

    pub(super) fn emit(&self, b: &mut MessageBuilder) {
        let mut v = RtVia {
            family: u16::from(u8::from(self.family)),
        }
        .to_vec();
        v.extend_from_slice(&self.address);
        b.attr_bytes(RTA_VIA, &v);
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
    pub(super) fn from_words(w: [u32; 8]) -> CacheInfo {
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

    pub(super) fn words(self) -> [u32; 8] {
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
