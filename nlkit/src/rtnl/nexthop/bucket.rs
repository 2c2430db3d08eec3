//! The buckets of resilient nexthop groups (`RTM_*NEXTHOPBUCKET`).

use super::attrs::*;
use crate::rtnl::message_type::{RTM_DELNEXTHOPBUCKET, RTM_GETNEXTHOPBUCKET, RTM_NEWNEXTHOPBUCKET};
use crate::rtnl::object::{AnyObject, Filter, Kind, Object, Query, Verb};
use crate::rtnl::types::NexthopFlags;
use crate::rtnl::{AddressFamily, RouteProtocol, Scope};
use crate::wire::rtnl::NhMsg;
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

crate::attribute_set! {
    /// `NHA_RES_BUCKET`: one bucket.
    pub struct Bucket {}
    attributes {
        /// `NHA_RES_BUCKET_INDEX`.
        pub index: codec::U16 = NHA_RES_BUCKET_INDEX,
        /// `NHA_RES_BUCKET_IDLE_TIME` (clock ticks).
        pub idle_time: codec::U64 = NHA_RES_BUCKET_IDLE_TIME,
        /// `NHA_RES_BUCKET_NH_ID`: the nexthop the bucket uses.
        pub nexthop: codec::U32 = NHA_RES_BUCKET_NH_ID,
    }
}

crate::attribute_set! {
    /// A bucket of a resilient group, as dumped.
    pub struct NexthopBucket {
        /// `nh_family`.
        pub family: AddressFamily,
        /// `nh_scope`.
        pub scope: Scope,
        /// `nh_protocol`.
        pub protocol: RouteProtocol,
        /// `nh_flags`.
        pub flags: NexthopFlags,
    }
    attributes {
        /// `NHA_ID`: the group.
        pub group: codec::U32 = NHA_ID,
        /// `NHA_RES_BUCKET`: the bucket.
        pub bucket: codec::Nested<Bucket> = NHA_RES_BUCKET,
    }
}

impl NexthopBucket {
    /// The bucket's index.
    pub fn index(&self) -> Option<u16> {
        self.bucket.as_ref()?.index
    }

    /// The nexthop the bucket uses.
    pub fn nexthop(&self) -> Option<u32> {
        self.bucket.as_ref()?.nexthop
    }

    /// How long the bucket has been idle, in seconds.
    pub fn idle_seconds(&self) -> Option<f64> {
        self.bucket.as_ref()?.idle_time.map(|t| t as f64 / 100.0)
    }
}

impl Object for NexthopBucket {
    const KIND: Kind = Kind::NexthopBucket;
    const NEW: u16 = RTM_NEWNEXTHOPBUCKET;
    const DEL: u16 = RTM_DELNEXTHOPBUCKET;
    const GET: u16 = RTM_GETNEXTHOPBUCKET;
    /// (group, bucket index).
    type Key = (Option<u32>, Option<u16>);

    fn parse(payload: &[u8]) -> Result<NexthopBucket, DecodeError> {
        let m = FamilyMessage::<NhMsg>::parse(payload)?;
        let mut b = NexthopBucket {
            family: m.header.family.into(),
            scope: m.header.scope.into(),
            protocol: m.header.protocol.into(),
            flags: NexthopFlags(m.header.flags),
            ..Default::default()
        };
        b.read_attrs(m.attrs())?;
        Ok(b)
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

    fn key(&self) -> (Option<u32>, Option<u16>) {
        (self.group, self.index())
    }

    fn into_any(self) -> AnyObject {
        AnyObject::NexthopBucket(self)
    }

    /// Buckets are read, never changed directly.
    fn change_flags(_: Verb) -> Option<Flags> {
        None
    }
}

/// What a bucket dump selects; every field travels in the request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BucketFilter {
    /// Only the buckets of this group (`NHA_ID`).
    pub group: Option<u32>,
    /// Only buckets whose nexthop goes through this device (`NHA_OIF`).
    pub output_interface: Option<u32>,
    /// Only buckets whose nexthop goes through a port of this master (`NHA_MASTER`).
    pub master: Option<u32>,
    /// Only buckets that use this nexthop.
    pub nexthop: Option<u32>,
}

impl Filter for BucketFilter {
    type Object = NexthopBucket;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETNEXTHOPBUCKET, Flags::NONE);
        b.push_struct(&NhMsg::default());
        if let Some(id) = self.group {
            b.attr_u32_ne(NHA_ID, id);
        }
        if let Some(i) = self.output_interface {
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

    fn matches(&self, _: &NexthopBucket) -> bool {
        true
    }
}

/// One bucket: `index` of group `group` (`ip nexthop bucket get id G index I`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BucketQuery {
    /// The group.
    pub group: u32,
    /// The bucket index.
    pub index: u16,
}

impl Query for BucketQuery {
    type Object = NexthopBucket;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETNEXTHOPBUCKET, Flags::NONE);
        b.push_struct(&NhMsg::default());
        b.attr_u32_ne(NHA_ID, self.group);
        let nest = b.nest_start(NHA_RES_BUCKET);
        b.attr_u16_ne(NHA_RES_BUCKET_INDEX, self.index);
        b.nest_end(nest);
        b
    }
}
