//! Nexthop objects: `struct nhmsg` and the `NHA_*` attributes (linux/nexthop.h), groups
//! with weights, resilient groups and their buckets.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::{self, nexthop::{Nexthop, NexthopFilter}, Verb};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Route)?;
//! for nh in rtnl::dump(&mut conn, &NexthopFilter::default())? {
//!     let nh = nh?;
//!     println!("id {:?} group {:?}", nh.id, nh.group);
//! }
//! // ip nexthop add id 10 via 10.0.0.2 dev <index 3>
//! let mut nh = Nexthop::with_id(10);
//! nh.gateway = Some("10.0.0.2".parse().unwrap());
//! nh.output_interface = Some(3);
//! nh.family = nlkit::rtnl::AddressFamily::Inet;
//! rtnl::apply(&mut conn, &nh, Verb::Add)?;
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

mod bucket;
#[cfg(test)]
mod tests;

pub use bucket::{BucketFilter, BucketQuery, NexthopBucket};

use super::message_type::{RTM_DELNEXTHOP, RTM_GETNEXTHOP, RTM_NEWNEXTHOP};
use super::object::{AnyObject, Filter, Kind, Object, Query, Verb};
use super::types::NexthopFlags;
use super::{AddressFamily, RouteProtocol, Scope};
use crate::wire::codec::{self, Codec};
use crate::wire::rtnl::{NexthopGrp, NhMsg};
use crate::wire::{
    AttrView, AttributeSet, DecodeError, DecodeErrorKind, FamilyMessage, FixedStruct, Flags,
    MessageBuilder,
};

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

    pub const NHA_RES_GROUP_BUCKETS: u16 = 1;
    pub const NHA_RES_GROUP_IDLE_TIMER: u16 = 2;
    pub const NHA_RES_GROUP_UNBALANCED_TIMER: u16 = 3;
    pub const NHA_RES_GROUP_UNBALANCED_TIME: u16 = 4;

    pub const NHA_RES_BUCKET_INDEX: u16 = 1;
    pub const NHA_RES_BUCKET_IDLE_TIME: u16 = 2;
    pub const NHA_RES_BUCKET_NH_ID: u16 = 3;
}

use attrs::*;

crate::open_enum! {
    /// The kind of a nexthop group (`NHA_GROUP_TYPE`, `NEXTHOP_GRP_TYPE_*`).
    pub enum GroupType: u16 {
        /// `NEXTHOP_GRP_TYPE_MPATH`: hash-threshold multipath.
        Mpath = 0,
        /// `NEXTHOP_GRP_TYPE_RES`: resilient (buckets).
        Resilient = 1,
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

/// The codec of `NHA_GROUP`: an array of `struct nexthop_grp`.
#[derive(Debug)]
pub struct GroupCodec;

impl Codec for GroupCodec {
    type Value = Vec<GroupMember>;

    fn decode(a: &AttrView<&[u8]>) -> Result<Vec<GroupMember>, DecodeError> {
        let p = a.payload();
        if !p.len().is_multiple_of(NexthopGrp::LEN) {
            return Err(DecodeError::new(
                "nexthop group",
                4,
                DecodeErrorKind::WrongSize {
                    expected: NexthopGrp::LEN,
                    found: p.len(),
                },
            ));
        }
        p.chunks_exact(NexthopGrp::LEN)
            .map(|c| {
                NexthopGrp::parse(c).map(|g| GroupMember {
                    id: g.id,
                    weight: g.weight,
                })
            })
            .collect()
    }

    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &Vec<GroupMember>) {
        let mut bytes = Vec::with_capacity(v.len() * NexthopGrp::LEN);
        for m in v {
            NexthopGrp {
                id: m.id,
                weight: m.weight,
                ..Default::default()
            }
            .append_to(&mut bytes);
        }
        b.attr_bytes(raw_type, &bytes);
    }
}

crate::attribute_set! {
    /// `NHA_RES_GROUP`: the parameters of a resilient group (timers in clock ticks).
    pub struct ResilientGroup {}
    attributes {
        /// `NHA_RES_GROUP_BUCKETS`.
        pub buckets: codec::U16 = NHA_RES_GROUP_BUCKETS,
        /// `NHA_RES_GROUP_IDLE_TIMER`.
        pub idle_timer: codec::U32 = NHA_RES_GROUP_IDLE_TIMER,
        /// `NHA_RES_GROUP_UNBALANCED_TIMER`.
        pub unbalanced_timer: codec::U32 = NHA_RES_GROUP_UNBALANCED_TIMER,
        /// `NHA_RES_GROUP_UNBALANCED_TIME`.
        pub unbalanced_time: codec::U64 = NHA_RES_GROUP_UNBALANCED_TIME,
    }
}

crate::attribute_set! {
    /// A nexthop object: the `nhmsg` fields and every attribute, parsed leniently. One
    /// built by hand emits its attributes in the order `ip nexthop add` sends them.
    pub struct Nexthop {
        /// `nh_family` (`AF_UNSPEC` for groups and blackholes).
        pub family: AddressFamily,
        /// `nh_scope`.
        pub scope: Scope,
        /// `nh_protocol`.
        pub protocol: RouteProtocol,
        /// `nh_flags`.
        pub flags: NexthopFlags,
    }
    attributes {
        /// `NHA_ID`.
        pub id: codec::U32 = NHA_ID,
        /// `NHA_GROUP_TYPE`.
        pub group_type: codec::Enum16<GroupType> = NHA_GROUP_TYPE,
        /// `NHA_GROUP`: the members of a group.
        pub group: GroupCodec = NHA_GROUP,
        /// `NHA_RES_GROUP`.
        pub resilient: codec::Nested<ResilientGroup> = NHA_RES_GROUP,
        /// `NHA_BLACKHOLE`.
        pub blackhole: codec::Flag = NHA_BLACKHOLE,
        /// `NHA_OIF`: the output device.
        pub output_interface: codec::U32 = NHA_OIF,
        /// `NHA_GATEWAY`.
        pub gateway: codec::Ip = NHA_GATEWAY,
        /// `NHA_ENCAP_TYPE` (`LWTUNNEL_ENCAP_*`).
        pub encap_type: codec::U16 = NHA_ENCAP_TYPE,
        /// `NHA_ENCAP`: raw nested attributes (see [`crate::rtnl::route::Encap`]).
        pub encap: codec::NestedBytes = NHA_ENCAP,
        /// `NHA_MASTER`.
        pub master: codec::U32 = NHA_MASTER,
        /// `NHA_FDB`.
        pub fdb: codec::Flag = NHA_FDB,
    }
}

impl Object for Nexthop {
    const KIND: Kind = Kind::Nexthop;
    const NEW: u16 = RTM_NEWNEXTHOP;
    const DEL: u16 = RTM_DELNEXTHOP;
    const GET: u16 = RTM_GETNEXTHOP;
    /// The id (every nexthop the kernel reports has one).
    type Key = Option<u32>;

    fn parse(payload: &[u8]) -> Result<Nexthop, DecodeError> {
        let m = FamilyMessage::<NhMsg>::parse(payload)?;
        let mut n = Nexthop {
            family: m.header.family.into(),
            scope: m.header.scope.into(),
            protocol: m.header.protocol.into(),
            flags: NexthopFlags(m.header.flags),
            ..Default::default()
        };
        n.read_attrs(m.attrs())?;
        Ok(n)
    }

    fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&NhMsg {
            family: self.family.into(),
            scope: self.scope.into(),
            protocol: self.protocol.into(),
            resvd: 0,
            flags: self.flags.bits(),
        });
        self.write_attrs(b);
    }

    fn key(&self) -> Option<u32> {
        self.id
    }

    fn into_any(self) -> AnyObject {
        AnyObject::Nexthop(self)
    }

    /// Nexthops are added, replaced and deleted (`ip nexthop add|replace|del`).
    fn change_flags(verb: Verb) -> Option<Flags> {
        match verb {
            Verb::Add | Verb::Replace | Verb::Delete => verb.common_flags(),
            _ => None,
        }
    }

    /// A nexthop is deleted by its id alone.
    fn emit_delete(&self, b: &mut MessageBuilder) {
        Nexthop {
            id: self.id,
            ..Default::default()
        }
        .emit(b);
    }
}

impl Nexthop {
    /// A nexthop with id `id` and nothing else set yet.
    pub fn with_id(id: u32) -> Nexthop {
        Nexthop {
            id: Some(id),
            ..Default::default()
        }
    }

    /// The encapsulation, typed.
    pub fn typed_encap(&self) -> Option<Result<crate::rtnl::route::Encap, DecodeError>> {
        Some(crate::rtnl::route::Encap::parse(
            self.encap_type?,
            self.encap.as_deref()?,
        ))
    }
}

/// What a nexthop dump selects; every field travels in the request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NexthopFilter {
    /// Only this family.
    pub family: Option<AddressFamily>,
    /// Only nexthops through this device (`NHA_OIF`).
    pub output_interface: Option<u32>,
    /// Only groups (`NHA_GROUPS`).
    pub groups: bool,
    /// Only FDB nexthops (`NHA_FDB`).
    pub fdb: bool,
    /// Only nexthops through ports of this master (`NHA_MASTER`).
    pub master: Option<u32>,
}

impl Filter for NexthopFilter {
    type Object = Nexthop;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETNEXTHOP, Flags::NONE);
        b.push_struct(&NhMsg {
            family: self.family.map_or(0, u8::from),
            ..Default::default()
        });
        if let Some(i) = self.output_interface {
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

    /// The kernel applies every filter.
    fn matches(&self, _: &Nexthop) -> bool {
        true
    }
}

/// One nexthop by id (`ip nexthop get id N`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NexthopQuery {
    /// The id.
    pub id: u32,
}

impl Query for NexthopQuery {
    type Object = Nexthop;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETNEXTHOP, Flags::NONE);
        Nexthop::with_id(self.id).emit(&mut b);
        b
    }
}
