//! Nexthop objects: `struct nhmsg` and the `NHA_*` attributes (linux/nexthop.h), groups with
//! weights, resilient groups, dumps and gets.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::nexthop;
//! use nlkit::sys::Protocol;
//! let mut conn = Conn::new(Protocol::Route)?;
//! for nh in nexthop::dump(&mut conn, &nexthop::NexthopFilter::default())? {
//!     let nh = nh?;
//!     println!("id {:?} group {:?}", nh.id, nh.group);
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

#[cfg(test)]
mod tests;

use super::change::{delete_all, ChangeMode, Flushed};
use super::message_type::{
    RTM_DELNEXTHOP, RTM_GETNEXTHOP, RTM_GETNEXTHOPBUCKET, RTM_NEWNEXTHOP, RTM_NEWNEXTHOPBUCKET,
};
use super::{emit_raw, keep, raw, Malformed, RawAttribute};
use crate::engine::{Ack, Conn, Error};
use crate::wire::{
    AttrIter, AttrView, DecodeError, DecodeErrorKind, Flags, MessageBuilder, MessageView,
};
use std::net::IpAddr;

/// Nexthop attribute ids of linux/nexthop.h.
pub mod attrs {
    #![allow(missing_docs)]
    pub const NHA_ID: u16 = 1;
    pub const NHA_GROUP: u16 = 2;
    pub const NHA_GROUP_TYPE: u16 = 3;
    pub const NHA_BLACKHOLE: u16 = 4;
    pub const NHA_OIF: u16 = 5;
    pub const NHA_GATEWAY: u16 = 6;
    pub const NHA_ENCAP_TYPE: u16 = 7;
    pub const NHA_ENCAP: u16 = 8;
    pub const NHA_GROUPS: u16 = 9;
    pub const NHA_MASTER: u16 = 10;
    pub const NHA_FDB: u16 = 11;
    pub const NHA_RES_GROUP: u16 = 12;
    pub const NHA_RES_BUCKET: u16 = 13;
    pub const NHA_RES_BUCKET_INDEX: u16 = 1;
    pub const NHA_RES_BUCKET_IDLE_TIME: u16 = 2;
    pub const NHA_RES_BUCKET_NH_ID: u16 = 3;

    pub const NHA_RES_GROUP_BUCKETS: u16 = 1;
    pub const NHA_RES_GROUP_IDLE_TIMER: u16 = 2;
    pub const NHA_RES_GROUP_UNBALANCED_TIMER: u16 = 3;
    pub const NHA_RES_GROUP_UNBALANCED_TIME: u16 = 4;

    pub const NEXTHOP_GRP_TYPE_MPATH: u16 = 0;
    pub const NEXTHOP_GRP_TYPE_RES: u16 = 1;

    /// `struct nhmsg` size.
    pub const NHMSG_LEN: usize = 8;
    /// `struct nexthop_grp` size.
    pub const NEXTHOP_GRP_LEN: usize = 8;
}

use attrs::*;

/// `struct nhmsg`: the fixed header of a nexthop message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NexthopHeader {
    /// `nh_family`.
    pub family: u8,
    /// `nh_scope`.
    pub scope: u8,
    /// `nh_protocol`.
    pub protocol: u8,
    /// `nh_flags` (`RTNH_F_*`).
    pub flags: u32,
}

impl NexthopHeader {
    /// Reads the 8-byte header.
    pub fn parse(b: &[u8]) -> Result<NexthopHeader, DecodeError> {
        let h = b.get(..NHMSG_LEN).ok_or(DecodeError::new(
            "nhmsg",
            16,
            DecodeErrorKind::Truncated {
                needed: NHMSG_LEN,
                available: b.len(),
            },
        ))?;
        Ok(NexthopHeader {
            family: h[0],
            scope: h[1],
            protocol: h[2],
            flags: u32::from_ne_bytes([h[4], h[5], h[6], h[7]]),
        })
    }

    /// The 8 bytes of the header.
    pub fn to_bytes(&self) -> [u8; NHMSG_LEN] {
        let f = self.flags.to_ne_bytes();
        [
            self.family,
            self.scope,
            self.protocol,
            0,
            f[0],
            f[1],
            f[2],
            f[3],
        ]
    }
}

/// One member of a group (`struct nexthop_grp`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GroupMember {
    /// The member's nexthop id.
    pub id: u32,
    /// The weight minus one (as on the wire).
    pub weight: u8,
}

impl GroupMember {
    /// The weight as `ip` shows it (`weight + 1`).
    pub fn weight(&self) -> u32 {
        u32::from(self.weight) + 1
    }
}

/// `NHA_RES_GROUP`: the parameters of a resilient group (timers in clock ticks).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ResilientGroup {
    /// `NHA_RES_GROUP_BUCKETS`.
    pub buckets: Option<u16>,
    /// `NHA_RES_GROUP_IDLE_TIMER`.
    pub idle_timer: Option<u32>,
    /// `NHA_RES_GROUP_UNBALANCED_TIMER`.
    pub unbalanced_timer: Option<u32>,
    /// `NHA_RES_GROUP_UNBALANCED_TIME`.
    pub unbalanced_time: Option<u64>,
    /// Attributes nlkit does not model, in order (the whole nest keeps its order).
    pub raw: Vec<RawAttribute>,
}

impl ResilientGroup {
    fn parse(a: &AttrView<&[u8]>) -> Result<ResilientGroup, DecodeError> {
        let mut g = ResilientGroup::default();
        for x in a.nested() {
            let x = x?;
            match x.kind() {
                NHA_RES_GROUP_BUCKETS => g.buckets = Some(x.u16_ne()?),
                NHA_RES_GROUP_IDLE_TIMER => g.idle_timer = Some(x.u32_ne()?),
                NHA_RES_GROUP_UNBALANCED_TIMER => g.unbalanced_timer = Some(x.u32_ne()?),
                NHA_RES_GROUP_UNBALANCED_TIME => g.unbalanced_time = Some(x.u64_ne()?),
                _ => {}
            }
            g.raw.push(raw(&x));
        }
        Ok(g)
    }

    fn emit(&self, b: &mut MessageBuilder) {
        let n = b.nest_start(NHA_RES_GROUP);
        if self.raw.is_empty() {
            if let Some(v) = self.buckets {
                b.attr_u16_ne(NHA_RES_GROUP_BUCKETS, v);
            }
            if let Some(v) = self.idle_timer {
                b.attr_u32_ne(NHA_RES_GROUP_IDLE_TIMER, v);
            }
            if let Some(v) = self.unbalanced_timer {
                b.attr_u32_ne(NHA_RES_GROUP_UNBALANCED_TIMER, v);
            }
            if let Some(v) = self.unbalanced_time {
                b.attr_u64_ne(NHA_RES_GROUP_UNBALANCED_TIME, v);
            }
        } else {
            emit_raw(b, &self.raw);
        }
        b.nest_end(n);
    }
}

/// A nexthop object: header and every attribute, parsed leniently.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Nexthop {
    /// `struct nhmsg`.
    pub header: NexthopHeader,
    /// `NHA_ID`.
    pub id: Option<u32>,
    /// `NHA_GROUP`.
    pub group: Option<Vec<GroupMember>>,
    /// `NHA_GROUP_TYPE` (`NEXTHOP_GRP_TYPE_*`).
    pub group_type: Option<u16>,
    /// `NHA_BLACKHOLE`.
    pub blackhole: bool,
    /// `NHA_OIF`.
    pub output_interface: Option<u32>,
    /// `NHA_GATEWAY`.
    pub gateway: Option<IpAddr>,
    /// `NHA_ENCAP_TYPE`.
    pub encap_type: Option<u16>,
    /// `NHA_ENCAP`, raw.
    pub encap: Option<Vec<u8>>,
    /// `NHA_MASTER`.
    pub master: Option<u32>,
    /// `NHA_FDB`.
    pub fdb: bool,
    /// `NHA_RES_GROUP`.
    pub resilient: Option<ResilientGroup>,
    /// Attributes nlkit does not model.
    pub unknown: Vec<RawAttribute>,
    /// Known attributes that were malformed.
    pub malformed: Vec<Malformed>,
    /// The attribute types in the order they came, with their flag bits (emit follows it;
    /// for nexthops built by hand, the order `ip nexthop add` uses for its words).
    pub order: Vec<u16>,
}

fn parse_group(a: &AttrView<&[u8]>) -> Result<Vec<GroupMember>, DecodeError> {
    let p = a.payload();
    if p.len() % NEXTHOP_GRP_LEN != 0 {
        return Err(DecodeError::new(
            "nexthop group",
            4,
            DecodeErrorKind::WrongSize {
                expected: NEXTHOP_GRP_LEN,
                found: p.len(),
            },
        ));
    }
    Ok(p.chunks_exact(NEXTHOP_GRP_LEN)
        .map(|c| GroupMember {
            id: u32::from_ne_bytes([c[0], c[1], c[2], c[3]]),
            weight: c[4],
        })
        .collect())
}

/// The members of a group as `struct nexthop_grp` bytes.
fn group_bytes(g: &[GroupMember]) -> Vec<u8> {
    g.iter()
        .flat_map(|m| {
            let i = m.id.to_ne_bytes();
            [i[0], i[1], i[2], i[3], m.weight, 0, 0, 0]
        })
        .collect()
}

impl Nexthop {
    /// Parses the payload of an `RTM_NEWNEXTHOP`/`RTM_DELNEXTHOP` message.
    pub fn parse(payload: &[u8]) -> Result<Nexthop, DecodeError> {
        let mut n = Nexthop {
            header: NexthopHeader::parse(payload)?,
            ..Default::default()
        };
        for a in AttrIter::new(payload.get(NHMSG_LEN..).unwrap_or(&[])) {
            let a = a.map_err(|e| e.at(16 + NHMSG_LEN))?;
            let k = a.kind();
            n.order.push(a.raw_kind());
            let m = &mut n.malformed;
            match k {
                NHA_ID => n.id = keep(m, k, a.u32_ne()),
                NHA_GROUP => n.group = keep(m, k, parse_group(&a)),
                NHA_GROUP_TYPE => n.group_type = keep(m, k, a.u16_ne()),
                NHA_BLACKHOLE => n.blackhole = true,
                NHA_OIF => n.output_interface = keep(m, k, a.u32_ne()),
                NHA_GATEWAY => n.gateway = keep(m, k, a.ip()),
                NHA_ENCAP_TYPE => n.encap_type = keep(m, k, a.u16_ne()),
                NHA_ENCAP => n.encap = Some(a.payload().to_vec()),
                NHA_MASTER => n.master = keep(m, k, a.u32_ne()),
                NHA_FDB => n.fdb = true,
                NHA_RES_GROUP => n.resilient = keep(m, k, ResilientGroup::parse(&a)),
                _ => n.unknown.push(raw(&a)),
            }
        }
        Ok(n)
    }

    /// Parses a whole nexthop message.
    pub fn from_message(msg: &MessageView<&[u8]>) -> Result<Nexthop, DecodeError> {
        match msg.message_type() {
            RTM_NEWNEXTHOP | RTM_DELNEXTHOP => Nexthop::parse(msg.payload()),
            _ => Err(DecodeError::new(
                "nexthop message",
                4,
                DecodeErrorKind::BadValue,
            )),
        }
    }

    /// Appends attribute `kind` (`raw_kind` with its flag bits) when its field is set.
    fn emit_one(&self, b: &mut MessageBuilder, kind: u16, raw_kind: u16) -> bool {
        match kind {
            NHA_ID => self.id.map(|v| b.attr_u32_ne(kind, v)).is_some(),
            NHA_GROUP => self
                .group
                .as_ref()
                .map(|g| b.attr_bytes(kind, &group_bytes(g)))
                .is_some(),
            NHA_GROUP_TYPE => self.group_type.map(|v| b.attr_u16_ne(kind, v)).is_some(),
            NHA_BLACKHOLE => self.blackhole.then(|| b.attr_flag(kind)).is_some(),
            NHA_OIF => self
                .output_interface
                .map(|v| b.attr_u32_ne(kind, v))
                .is_some(),
            NHA_GATEWAY => self.gateway.map(|v| b.attr_ip(kind, v)).is_some(),
            NHA_ENCAP_TYPE => self.encap_type.map(|v| b.attr_u16_ne(kind, v)).is_some(),
            NHA_ENCAP => self
                .encap
                .as_ref()
                .map(|v| b.attr_bytes(raw_kind, v))
                .is_some(),
            NHA_MASTER => self.master.map(|v| b.attr_u32_ne(kind, v)).is_some(),
            NHA_FDB => self.fdb.then(|| b.attr_flag(kind)).is_some(),
            NHA_RES_GROUP => self.resilient.as_ref().map(|r| r.emit(b)).is_some(),
            _ => false,
        }
    }

    /// Appends the header and attributes: in the order they were parsed, then any other set
    /// field in a fixed order, then unknown attributes not yet written.
    pub fn emit(&self, b: &mut MessageBuilder) {
        const FIXED: [u16; 11] = [
            NHA_ID,
            NHA_GROUP_TYPE,
            NHA_GROUP,
            NHA_RES_GROUP,
            NHA_BLACKHOLE,
            NHA_OIF,
            NHA_GATEWAY,
            NHA_ENCAP_TYPE,
            NHA_ENCAP,
            NHA_MASTER,
            NHA_FDB,
        ];
        b.push_bytes(&self.header.to_bytes());
        let mut unknown = self.unknown.iter();
        let mut written = Vec::new();
        for &raw_kind in &self.order {
            let kind = raw_kind & crate::wire::attr::NLA_TYPE_MASK;
            if FIXED.contains(&kind) {
                if self.emit_one(b, kind, raw_kind) {
                    written.push(kind);
                }
            } else if let Some(u) = unknown.next() {
                b.attr_bytes(u.kind, &u.payload);
            }
        }
        for kind in FIXED {
            if !written.contains(&kind) {
                // A nest built by hand carries NLA_F_NESTED, as ip sends it.
                self.emit_one(b, kind, kind | crate::wire::attr::NLA_F_NESTED);
            }
        }
        emit_raw(b, unknown.as_slice());
    }
}

/// What a nexthop dump selects; the kernel applies these filters (`NHA_OIF`, `NHA_GROUPS`,
/// `NHA_FDB`, `NHA_MASTER` in the request).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NexthopFilter {
    /// Only this family (`None`: all).
    pub family: Option<u8>,
    /// Only nexthops through this device.
    pub interface: Option<u32>,
    /// Only groups.
    pub groups: bool,
    /// Only FDB nexthops.
    pub fdb: bool,
    /// Only nexthops whose device has this master.
    pub master: Option<u32>,
}

impl NexthopFilter {
    /// The dump request.
    pub fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETNEXTHOP, Flags::NONE);
        let h = NexthopHeader {
            family: self.family.unwrap_or(0),
            ..Default::default()
        };
        b.push_bytes(&h.to_bytes());
        if let Some(i) = self.interface {
            b.attr_u32_ne(NHA_OIF, i);
        }
        if self.groups {
            b.attr_flag(NHA_GROUPS);
        }
        if self.fdb {
            b.attr_flag(NHA_FDB);
        }
        if let Some(m) = self.master {
            b.attr_u32_ne(NHA_MASTER, m);
        }
        b
    }
}

/// Dumps nexthop objects matching `filter`, streaming.
pub fn dump<'c>(
    conn: &'c mut Conn,
    filter: &NexthopFilter,
) -> Result<impl Iterator<Item = Result<Nexthop, Error>> + 'c, Error> {
    let dump = conn.dump(&filter.request())?;
    Ok(dump.decode(|m| Nexthop::from_message(&m)))
}

/// Gets the nexthop object `id`.
pub fn get(conn: &mut Conn, id: u32) -> Result<Nexthop, Error> {
    let mut b = MessageBuilder::new(RTM_GETNEXTHOP, Flags::NONE);
    b.push_bytes(&NexthopHeader::default().to_bytes());
    b.attr_u32_ne(NHA_ID, id);
    let reply = conn.request(&b)?;
    Ok(Nexthop::from_message(&reply.message())?)
}

/// The `RTM_NEWNEXTHOP` request that adds or replaces `nh` (see [`ChangeMode`]).
///
/// `ip nexthop add` sets the header's family from the gateway (`AF_INET` for a device,
/// blackhole or FDB nexthop without one, `AF_UNSPEC` for a group), `protocol`, and
/// `RTNH_F_ONLINK` in `flags`; attributes go in the order of [`Nexthop::order`].
pub fn request(nh: &Nexthop, mode: ChangeMode) -> MessageBuilder {
    let mut b = MessageBuilder::new(RTM_NEWNEXTHOP, mode.flags());
    nh.emit(&mut b);
    b
}

/// The `RTM_DELNEXTHOP` request that deletes nexthop `id`.
pub fn delete_request(id: u32) -> MessageBuilder {
    let mut b = MessageBuilder::new(RTM_DELNEXTHOP, Flags::NONE);
    b.push_bytes(&NexthopHeader::default().to_bytes());
    b.attr_u32_ne(NHA_ID, id);
    b
}

/// Adds or replaces the nexthop `nh` and waits for the kernel's answer.
///
/// ```no_run
/// use nlkit::engine::Conn;
/// use nlkit::rtnl::change::ChangeMode;
/// use nlkit::rtnl::nexthop::{self, GroupMember, Nexthop};
/// let mut conn = Conn::new(nlkit::sys::Protocol::Route)?;
/// let hop = Nexthop { id: Some(1), output_interface: Some(3), ..Default::default() };
/// nexthop::add(&mut conn, &hop, ChangeMode::Add)?;
/// let group = Nexthop {
///     id: Some(10),
///     group: Some(vec![GroupMember { id: 1, weight: 0 }]),
///     ..Default::default()
/// };
/// nexthop::add(&mut conn, &group, ChangeMode::Replace)?;
/// # Ok::<(), nlkit::engine::Error>(())
/// ```
pub fn add(conn: &mut Conn, nh: &Nexthop, mode: ChangeMode) -> Result<Ack, Error> {
    conn.execute(&request(nh, mode))
}

/// Deletes nexthop `id` (groups left without members go with it, by the kernel).
pub fn delete(conn: &mut Conn, id: u32) -> Result<Ack, Error> {
    conn.execute(&delete_request(id))
}

/// Dumps the nexthops matching `filter` and deletes those `keep` selects, by id,
/// pipelined. A group that the kernel removed with its last member ends in
/// [`Flushed::gone`]; to avoid that, flush the groups first (`filter.groups`), as
/// `ip nexthop flush` does without selectors.
pub fn flush(
    conn: &mut Conn,
    filter: &NexthopFilter,
    mut keep: impl FnMut(&Nexthop) -> bool,
) -> Result<Flushed<Nexthop>, Error> {
    let mut victims = Vec::new();
    for nh in dump(conn, filter)? {
        let nh = nh?;
        if nh.id.is_some() && keep(&nh) {
            victims.push(nh);
        }
    }
    Ok(delete_all(conn, RTM_DELNEXTHOP, victims, |nh, b| {
        b.push_bytes(&NexthopHeader::default().to_bytes());
        b.attr_u32_ne(NHA_ID, nh.id.unwrap_or(0));
    }))
}

/// One bucket of a resilient nexthop group (`RTM_NEWNEXTHOPBUCKET`): which member nexthop the
/// flows hashed to it go to, and how long it has been idle.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NexthopBucket {
    /// `struct nhmsg` (its flags are the bucket's nexthop's `RTNH_F_*`).
    pub header: NexthopHeader,
    /// `NHA_ID`: the group.
    pub group: Option<u32>,
    /// `NHA_RES_BUCKET_INDEX`.
    pub index: Option<u16>,
    /// `NHA_RES_BUCKET_IDLE_TIME`, in clock ticks (1/100 s).
    pub idle_time: Option<u64>,
    /// `NHA_RES_BUCKET_NH_ID`: the member nexthop.
    pub nexthop: Option<u32>,
    /// Attributes nlkit does not model.
    pub unknown: Vec<RawAttribute>,
    /// Known attributes that were malformed.
    pub malformed: Vec<Malformed>,
}

impl NexthopBucket {
    /// Parses the payload of an `RTM_NEWNEXTHOPBUCKET` message.
    pub fn parse(payload: &[u8]) -> Result<NexthopBucket, DecodeError> {
        let mut b = NexthopBucket {
            header: NexthopHeader::parse(payload)?,
            ..Default::default()
        };
        for a in AttrIter::new(payload.get(NHMSG_LEN..).unwrap_or(&[])) {
            let a = a.map_err(|e| e.at(16 + NHMSG_LEN))?;
            let k = a.kind();
            let m = &mut b.malformed;
            match k {
                NHA_ID => b.group = keep(m, k, a.u32_ne()),
                NHA_RES_BUCKET => {
                    for x in AttrIter::new(a.payload()) {
                        let Ok(x) = x else {
                            m.push(Malformed {
                                kind: k,
                                error: DecodeError::new(
                                    "NHA_RES_BUCKET",
                                    4,
                                    DecodeErrorKind::BadValue,
                                ),
                            });
                            break;
                        };
                        let k = x.kind();
                        match k {
                            NHA_RES_BUCKET_INDEX => b.index = keep(m, k, x.u16_ne()),
                            NHA_RES_BUCKET_IDLE_TIME => b.idle_time = keep(m, k, x.u64_ne()),
                            NHA_RES_BUCKET_NH_ID => b.nexthop = keep(m, k, x.u32_ne()),
                            _ => {}
                        }
                    }
                }
                _ => b.unknown.push(raw(&a)),
            }
        }
        Ok(b)
    }

    /// Parses a whole bucket message (checks its type).
    pub fn from_message(msg: &MessageView<&[u8]>) -> Result<NexthopBucket, DecodeError> {
        match msg.message_type() {
            RTM_NEWNEXTHOPBUCKET => NexthopBucket::parse(msg.payload()),
            _ => Err(DecodeError::new(
                "nexthop bucket message",
                4,
                DecodeErrorKind::BadValue,
            )),
        }
    }

    /// The idle time in seconds, as ip shows it.
    pub fn idle_seconds(&self) -> Option<f64> {
        self.idle_time.map(|t| t as f64 / 100.0)
    }
}

/// What a bucket dump selects; every filter travels in the request (the kernel applies
/// them under strict checking).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BucketFilter {
    /// Only the buckets of this group (`NHA_ID`).
    pub group: Option<u32>,
    /// Only buckets whose nexthop uses this device (`NHA_OIF`).
    pub interface: Option<u32>,
    /// Only buckets whose nexthop's device has this master (`NHA_MASTER`).
    pub master: Option<u32>,
    /// Only buckets of this member nexthop (`NHA_RES_BUCKET_NH_ID`).
    pub nexthop: Option<u32>,
}

impl BucketFilter {
    /// The dump request.
    pub fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETNEXTHOPBUCKET, Flags::NONE);
        b.push_bytes(&NexthopHeader::default().to_bytes());
        if let Some(id) = self.group {
            b.attr_u32_ne(NHA_ID, id);
        }
        if let Some(i) = self.interface {
            b.attr_u32_ne(NHA_OIF, i);
        }
        if let Some(i) = self.master {
            b.attr_u32_ne(NHA_MASTER, i);
        }
        if let Some(n) = self.nexthop {
            let nest = b.nest_start(NHA_RES_BUCKET);
            b.attr_u32_ne(NHA_RES_BUCKET_NH_ID, n);
            b.nest_end(nest);
        }
        b
    }
}

/// Dumps the buckets of resilient groups that match `filter`, streaming.
pub fn bucket_dump<'c>(
    conn: &'c mut Conn,
    filter: &BucketFilter,
) -> Result<impl Iterator<Item = Result<NexthopBucket, Error>> + 'c, Error> {
    Ok(conn
        .dump(&filter.request())?
        .decode(|m| NexthopBucket::from_message(&m)))
}

/// The request for bucket `index` of resilient group `group`.
pub fn bucket_request(group: u32, index: u16) -> MessageBuilder {
    let mut b = MessageBuilder::new(RTM_GETNEXTHOPBUCKET, Flags::NONE);
    b.push_bytes(&NexthopHeader::default().to_bytes());
    b.attr_u32_ne(NHA_ID, group);
    let nest = b.nest_start(NHA_RES_BUCKET);
    b.attr_u16_ne(NHA_RES_BUCKET_INDEX, index);
    b.nest_end(nest);
    b
}

/// Asks the kernel for bucket `index` of resilient group `group`.
pub fn bucket_get(conn: &mut Conn, group: u32, index: u16) -> Result<NexthopBucket, Error> {
    let reply = conn.request(&bucket_request(group, index))?;
    NexthopBucket::from_message(&reply.message()).map_err(Error::Decode)
}
