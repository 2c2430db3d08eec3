//! Neighbours: `struct ndmsg` and the `NDA_*` attributes (linux/neighbour.h), dumps with
//! filters (including proxy entries).
//!
//! Events on `RTNLGRP_NEIGH` (what a listener sees):
//! - `RTM_NEWNEIGH` when an entry is added or its state, flags or link-layer address change;
//!   `RTM_DELNEIGH` when it goes (garbage collection included).
//! - `RTM_GETNEIGH` is **not** state: when a table's `app_probes` (the sysctl
//!   /proc/sys/net/ipv{4,6}/neigh/DEV/app_solicit) is above zero, the kernel multicasts an
//!   `RTM_GETNEIGH` asking user space to resolve an address (the old arpd protocol); the entry
//!   meanwhile sits in the probe state. `ip monitor` prints these as `miss ...`; the mirror
//!   (`rtnl::mirror`) ignores them.
//! - `NOARP` entries of multicast addresses are created without an announcement the first
//!   time the kernel sends to the group (only their deletion is announced); the mirror leaves
//!   them out.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::neigh::{self, NeighbourFilter};
//! use nlkit::sys::Protocol;
//! let mut conn = Conn::new(Protocol::Route)?;
//! for n in neigh::dump(&mut conn, &NeighbourFilter::default())? {
//!     let n = n?;
//!     println!("{:?} state {:#x}", n.destination, n.header.state);
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

#[cfg(test)]
mod tests;

use super::change::{delete_all, ChangeMode, Flushed};
use super::message_type::{RTM_DELNEIGH, RTM_GETNEIGH, RTM_NEWNEIGH};
use super::{emit_raw, keep, raw, Malformed, RawAttribute};
use crate::engine::{Ack, Conn, Error};
use crate::wire::{AttrIter, DecodeError, DecodeErrorKind, Flags, MessageBuilder, MessageView};
use std::net::IpAddr;

/// Neighbour attribute ids, states and flags of linux/neighbour.h.
pub mod attrs {
    #![allow(missing_docs)]
    pub const NDA_DST: u16 = 1;
    pub const NDA_LLADDR: u16 = 2;
    pub const NDA_CACHEINFO: u16 = 3;
    pub const NDA_PROBES: u16 = 4;
    pub const NDA_VLAN: u16 = 5;
    pub const NDA_PORT: u16 = 6;
    pub const NDA_VNI: u16 = 7;
    pub const NDA_IFINDEX: u16 = 8;
    pub const NDA_MASTER: u16 = 9;
    pub const NDA_LINK_NETNSID: u16 = 10;
    pub const NDA_SRC_VNI: u16 = 11;
    pub const NDA_PROTOCOL: u16 = 12;
    pub const NDA_NH_ID: u16 = 13;
    pub const NDA_FLAGS_EXT: u16 = 15;

    pub const NUD_INCOMPLETE: u16 = 0x01;
    pub const NUD_REACHABLE: u16 = 0x02;
    pub const NUD_STALE: u16 = 0x04;
    pub const NUD_DELAY: u16 = 0x08;
    pub const NUD_PROBE: u16 = 0x10;
    pub const NUD_FAILED: u16 = 0x20;
    pub const NUD_NOARP: u16 = 0x40;
    pub const NUD_PERMANENT: u16 = 0x80;
    pub const NUD_NONE: u16 = 0x00;

    pub const NTF_USE: u8 = 0x01;
    pub const NTF_SELF: u8 = 0x02;
    pub const NTF_MASTER: u8 = 0x04;
    pub const NTF_PROXY: u8 = 0x08;
    pub const NTF_EXT_LEARNED: u8 = 0x10;
    pub const NTF_OFFLOADED: u8 = 0x20;
    pub const NTF_STICKY: u8 = 0x40;
    pub const NTF_ROUTER: u8 = 0x80;

    /// `NDA_FLAGS_EXT` bit: a managed entry (`ip neigh ... managed`).
    pub const NTF_EXT_MANAGED: u32 = 0x01;

    /// `struct ndmsg` size.
    pub const NDMSG_LEN: usize = 12;
}

use attrs::*;

/// `struct ndmsg`: the fixed header of a neighbour message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NeighbourHeader {
    /// `ndm_family`.
    pub family: u8,
    /// `ndm_ifindex`.
    pub index: u32,
    /// `ndm_state` (`NUD_*`).
    pub state: u16,
    /// `ndm_flags` (`NTF_*`).
    pub flags: u8,
    /// `ndm_type` (`RTN_*`).
    pub kind: u8,
}

impl NeighbourHeader {
    /// Reads the 12-byte header.
    pub fn parse(b: &[u8]) -> Result<NeighbourHeader, DecodeError> {
        let h = b.get(..NDMSG_LEN).ok_or(DecodeError::new(
            "ndmsg",
            16,
            DecodeErrorKind::Truncated {
                needed: NDMSG_LEN,
                available: b.len(),
            },
        ))?;
        Ok(NeighbourHeader {
            family: h[0],
            index: u32::from_ne_bytes([h[4], h[5], h[6], h[7]]),
            state: u16::from_ne_bytes([h[8], h[9]]),
            flags: h[10],
            kind: h[11],
        })
    }

    /// The 12 bytes of the header.
    pub fn to_bytes(&self) -> [u8; NDMSG_LEN] {
        let i = self.index.to_ne_bytes();
        let s = self.state.to_ne_bytes();
        [
            self.family,
            0,
            0,
            0,
            i[0],
            i[1],
            i[2],
            i[3],
            s[0],
            s[1],
            self.flags,
            self.kind,
        ]
    }
}

/// `NDA_CACHEINFO` (`struct nda_cacheinfo`): ages in clock ticks (hundredths of a second).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NeighbourCacheInfo {
    /// `ndm_confirmed`: since last confirmed.
    pub confirmed: u32,
    /// `ndm_used`: since last used.
    pub used: u32,
    /// `ndm_updated`: since last updated.
    pub updated: u32,
    /// `ndm_refcnt`.
    pub refcnt: u32,
}

/// A neighbour (or a proxy entry): header and every attribute, parsed leniently.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Neighbour {
    /// `struct ndmsg`.
    pub header: NeighbourHeader,
    /// `NDA_DST`: the protocol address.
    pub destination: Option<IpAddr>,
    /// `NDA_LLADDR`: the link-layer address (any length).
    pub lladdr: Option<Vec<u8>>,
    /// `NDA_CACHEINFO`.
    pub cache_info: Option<NeighbourCacheInfo>,
    /// `NDA_PROBES`.
    pub probes: Option<u32>,
    /// `NDA_VLAN`.
    pub vlan: Option<u16>,
    /// `NDA_PORT` (host order; big-endian on the wire).
    pub port: Option<u16>,
    /// `NDA_VNI`.
    pub vni: Option<u32>,
    /// `NDA_IFINDEX`.
    pub interface: Option<u32>,
    /// `NDA_MASTER`.
    pub master: Option<u32>,
    /// `NDA_LINK_NETNSID`.
    pub link_netnsid: Option<i32>,
    /// `NDA_SRC_VNI`.
    pub source_vni: Option<u32>,
    /// `NDA_PROTOCOL`.
    pub protocol: Option<u8>,
    /// `NDA_NH_ID`.
    pub nexthop_id: Option<u32>,
    /// `NDA_FLAGS_EXT`.
    pub flags_ext: Option<u32>,
    /// Attributes nlkit does not model.
    pub unknown: Vec<RawAttribute>,
    /// Known attributes that were malformed.
    pub malformed: Vec<Malformed>,
    /// The attribute types in the order they came (emit follows it; empty for neighbours
    /// built by hand, which emit in the order `ip neigh add` sends).
    pub order: Vec<u16>,
}

impl Neighbour {
    /// Parses the payload of an `RTM_NEWNEIGH`/`RTM_DELNEIGH` message.
    pub fn parse(payload: &[u8]) -> Result<Neighbour, DecodeError> {
        let mut n = Neighbour {
            header: NeighbourHeader::parse(payload)?,
            ..Default::default()
        };
        for a in AttrIter::new(payload.get(NDMSG_LEN..).unwrap_or(&[])) {
            let a = a.map_err(|e| e.at(16 + NDMSG_LEN))?;
            let k = a.kind();
            n.order.push(a.raw_kind());
            let m = &mut n.malformed;
            match k {
                NDA_DST => n.destination = keep(m, k, a.ip()),
                NDA_LLADDR => n.lladdr = Some(a.payload().to_vec()),
                NDA_CACHEINFO => {
                    n.cache_info = keep(
                        m,
                        k,
                        a.u32_array_ne().map(|w: [u32; 4]| NeighbourCacheInfo {
                            confirmed: w[0],
                            used: w[1],
                            updated: w[2],
                            refcnt: w[3],
                        }),
                    )
                }
                NDA_PROBES => n.probes = keep(m, k, a.u32_ne()),
                NDA_VLAN => n.vlan = keep(m, k, a.u16_ne()),
                NDA_PORT => n.port = keep(m, k, a.u16_be()),
                NDA_VNI => n.vni = keep(m, k, a.u32_ne()),
                NDA_IFINDEX => n.interface = keep(m, k, a.u32_ne()),
                NDA_MASTER => n.master = keep(m, k, a.u32_ne()),
                NDA_LINK_NETNSID => n.link_netnsid = keep(m, k, a.i32_ne()),
                NDA_SRC_VNI => n.source_vni = keep(m, k, a.u32_ne()),
                NDA_PROTOCOL => n.protocol = keep(m, k, a.u8()),
                NDA_NH_ID => n.nexthop_id = keep(m, k, a.u32_ne()),
                NDA_FLAGS_EXT => n.flags_ext = keep(m, k, a.u32_ne()),
                _ => n.unknown.push(raw(&a)),
            }
        }
        Ok(n)
    }

    /// Parses a whole neighbour message (`RTM_NEWNEIGH`, `RTM_DELNEIGH`, or the kernel's
    /// `RTM_GETNEIGH` resolution request).
    pub fn from_message(msg: &MessageView<&[u8]>) -> Result<Neighbour, DecodeError> {
        match msg.message_type() {
            // RTM_GETNEIGH too: the kernel's resolution requests (app_solicit) carry one.
            RTM_NEWNEIGH | RTM_DELNEIGH | RTM_GETNEIGH => Neighbour::parse(msg.payload()),
            _ => Err(DecodeError::new(
                "neighbour message",
                4,
                DecodeErrorKind::BadValue,
            )),
        }
    }

    /// Appends attribute `kind` when its field is set; true when it was.
    fn emit_one(&self, b: &mut MessageBuilder, kind: u16) -> bool {
        match kind {
            NDA_DST => self.destination.map(|v| b.attr_ip(kind, v)).is_some(),
            NDA_LLADDR => self
                .lladdr
                .as_ref()
                .map(|v| b.attr_bytes(kind, v))
                .is_some(),
            NDA_PROTOCOL => self.protocol.map(|v| b.attr_u8(kind, v)).is_some(),
            NDA_PROBES => self.probes.map(|v| b.attr_u32_ne(kind, v)).is_some(),
            NDA_CACHEINFO => self
                .cache_info
                .map(|c| b.attr_u32_array_ne(kind, &[c.confirmed, c.used, c.updated, c.refcnt]))
                .is_some(),
            NDA_FLAGS_EXT => self.flags_ext.map(|v| b.attr_u32_ne(kind, v)).is_some(),
            NDA_VLAN => self.vlan.map(|v| b.attr_u16_ne(kind, v)).is_some(),
            NDA_PORT => self.port.map(|v| b.attr_u16_be(kind, v)).is_some(),
            NDA_VNI => self.vni.map(|v| b.attr_u32_ne(kind, v)).is_some(),
            NDA_IFINDEX => self.interface.map(|v| b.attr_u32_ne(kind, v)).is_some(),
            NDA_MASTER => self.master.map(|v| b.attr_u32_ne(kind, v)).is_some(),
            NDA_LINK_NETNSID => self.link_netnsid.map(|v| b.attr_i32_ne(kind, v)).is_some(),
            NDA_SRC_VNI => self.source_vni.map(|v| b.attr_u32_ne(kind, v)).is_some(),
            NDA_NH_ID => self.nexthop_id.map(|v| b.attr_u32_ne(kind, v)).is_some(),
            _ => false,
        }
    }

    /// Appends the header and attributes: in the order they were parsed, then any other set
    /// field in a fixed order (the order `ip neigh add` sends: protocol, destination,
    /// extended flags, link-layer address, then the rest), then unknown attributes not yet
    /// written.
    pub fn emit(&self, b: &mut MessageBuilder) {
        const FIXED: [u16; 14] = [
            NDA_PROTOCOL,
            NDA_DST,
            NDA_FLAGS_EXT,
            NDA_LLADDR,
            NDA_PROBES,
            NDA_CACHEINFO,
            NDA_VLAN,
            NDA_PORT,
            NDA_VNI,
            NDA_IFINDEX,
            NDA_MASTER,
            NDA_LINK_NETNSID,
            NDA_SRC_VNI,
            NDA_NH_ID,
        ];
        b.push_bytes(&self.header.to_bytes());
        let mut unknown = self.unknown.iter();
        let mut written = Vec::with_capacity(self.order.len());
        for &raw_kind in &self.order {
            let kind = raw_kind & crate::wire::attr::NLA_TYPE_MASK;
            if FIXED.contains(&kind) {
                if self.emit_one(b, kind) {
                    written.push(kind);
                }
            } else if let Some(u) = unknown.next() {
                b.attr_bytes(u.kind, &u.payload);
            }
        }
        for kind in FIXED {
            if !written.contains(&kind) {
                self.emit_one(b, kind);
            }
        }
        emit_raw(b, unknown.as_slice());
    }

    /// What identifies this entry to `RTM_DELNEIGH`: the header (family, device, state,
    /// flags) and the destination.
    pub fn key(&self) -> Neighbour {
        Neighbour {
            header: self.header,
            destination: self.destination,
            ..Default::default()
        }
    }
}

/// The `RTM_NEWNEIGH` request that adds, replaces or changes `n` (see [`ChangeMode`]). Set
/// `header.state` (`NUD_PERMANENT` for a static entry, as `ip neigh add` does by default),
/// `header.index`, `destination` and usually `lladdr`; `NTF_PROXY` in `header.flags` makes a
/// proxy entry.
pub fn request(n: &Neighbour, mode: ChangeMode) -> MessageBuilder {
    let mut b = MessageBuilder::new(RTM_NEWNEIGH, mode.flags());
    n.emit(&mut b);
    b
}

/// The `RTM_DELNEIGH` request that deletes `n` (its header and destination are what count).
pub fn delete_request(n: &Neighbour) -> MessageBuilder {
    let mut b = MessageBuilder::new(RTM_DELNEIGH, Flags::NONE);
    n.emit(&mut b);
    b
}

/// Adds, replaces or changes the neighbour `n` and waits for the kernel's answer.
///
/// ```no_run
/// use nlkit::engine::Conn;
/// use nlkit::rtnl::change::ChangeMode;
/// use nlkit::rtnl::neigh::{self, attrs::NUD_PERMANENT, Neighbour, NeighbourHeader};
/// let mut conn = Conn::new(nlkit::sys::Protocol::Route)?;
/// let n = Neighbour {
///     header: NeighbourHeader { family: 2, index: 3, state: NUD_PERMANENT, ..Default::default() },
///     destination: Some("10.0.0.2".parse().unwrap()),
///     lladdr: Some(vec![2, 0, 0, 0, 0, 2]),
///     ..Default::default()
/// };
/// neigh::add(&mut conn, &n, ChangeMode::Replace)?;
/// # Ok::<(), nlkit::engine::Error>(())
/// ```
pub fn add(conn: &mut Conn, n: &Neighbour, mode: ChangeMode) -> Result<Ack, Error> {
    conn.execute(&request(n, mode))
}

/// Deletes the neighbour (or, with `NTF_PROXY`, the proxy entry) `n`.
pub fn delete(conn: &mut Conn, n: &Neighbour) -> Result<Ack, Error> {
    conn.execute(&delete_request(n))
}

/// Dumps the neighbours matching `filter` and deletes those `keep` selects, pipelined.
/// The dump is read whole before the deletes start (a neighbour table is small).
pub fn flush(
    conn: &mut Conn,
    filter: &NeighbourFilter,
    mut keep: impl FnMut(&Neighbour) -> bool,
) -> Result<Flushed<Neighbour>, Error> {
    let mut victims = Vec::new();
    for n in dump(conn, filter)? {
        let n = n?;
        if keep(&n) {
            victims.push(n);
        }
    }
    Ok(delete_all(conn, RTM_DELNEIGH, victims, |n, b| {
        n.key().emit(b)
    }))
}

/// What a neighbour dump selects. The device travels in the request (`NDA_IFINDEX`), and
/// `proxy` asks for the proxy table (`NTF_PROXY`); every filter is also applied here.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NeighbourFilter {
    /// `AF_INET`, `AF_INET6` (`None`: both).
    pub family: Option<u8>,
    /// Only neighbours of this device.
    pub interface: Option<u32>,
    /// The proxy entries instead of the neighbour cache.
    pub proxy: bool,
    /// Only neighbours of ports of this master device (`u32::MAX`: of devices without a
    /// master); applied by the kernel only (`NDA_MASTER` in the dump request).
    pub master: Option<u32>,
}

impl NeighbourFilter {
    /// True when `n` passes the filter.
    pub fn matches(&self, n: &Neighbour) -> bool {
        self.family.is_none_or(|f| f == n.header.family)
            && self.interface.is_none_or(|i| i == n.header.index)
            && (self.proxy == (n.header.flags & NTF_PROXY != 0))
    }

    /// The dump request carrying the filters the kernel can apply.
    pub fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETNEIGH, Flags::NONE);
        let h = NeighbourHeader {
            family: self.family.unwrap_or(0),
            flags: if self.proxy { NTF_PROXY } else { 0 },
            ..Default::default()
        };
        b.push_bytes(&h.to_bytes());
        if let Some(i) = self.interface {
            b.attr_u32_ne(NDA_IFINDEX, i);
        }
        if let Some(m) = self.master {
            b.attr_u32_ne(NDA_MASTER, m);
        }
        b
    }
}

/// Dumps neighbours matching `filter`, streaming.
pub fn dump<'c>(
    conn: &'c mut Conn,
    filter: &NeighbourFilter,
) -> Result<impl Iterator<Item = Result<Neighbour, Error>> + 'c, Error> {
    let filter = filter.clone();
    let dump = conn.dump(&filter.request())?;
    Ok(dump
        .decode(|m| Neighbour::from_message(&m))
        .filter(move |n| n.as_ref().map_or(true, |n| filter.matches(n))))
}

/// Gets the neighbour (or, with `proxy`, the proxy entry) `destination` on device `index`.
pub fn get(
    conn: &mut Conn,
    index: u32,
    destination: IpAddr,
    proxy: bool,
) -> Result<Neighbour, Error> {
    let family = match destination {
        IpAddr::V4(_) => super::family::AF_INET,
        IpAddr::V6(_) => super::family::AF_INET6,
    };
    let mut b = MessageBuilder::new(RTM_GETNEIGH, Flags::NONE);
    let h = NeighbourHeader {
        family,
        index,
        flags: if proxy { NTF_PROXY } else { 0 },
        ..Default::default()
    };
    b.push_bytes(&h.to_bytes());
    b.attr_ip(NDA_DST, destination);
    let reply = conn.request(&b)?;
    Ok(Neighbour::from_message(&reply.message())?)
}
