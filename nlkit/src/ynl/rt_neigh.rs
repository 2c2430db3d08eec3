//! `rt-neigh` (netlink-raw): IP neighbour management over rtnetlink.
//!
//! Generated from `nlkit-ynl/specs/rt-neigh.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The netlink protocol number (`socket(AF_NETLINK, SOCK_RAW, PROTOCOL)`).
pub const PROTOCOL: u32 = 0;

crate::fixed_struct! {
    /// `ndmsg`: a C structure of 12 bytes.
    pub struct Ndmsg("ndmsg") {
        /// `ndm-family`.
        pub ndm_family: u8,
        /// `ndm-pad`.
        pub ndm_pad: [u8; 3],
        /// `ndm-ifindex`.
        pub ndm_ifindex: i32,
        /// `ndm-state`.
        ///
        /// Values of `nud-state`.
        pub ndm_state: u16,
        /// `ndm-flags`.
        ///
        /// Values of `ntf-flags`.
        pub ndm_flags: u8,
        /// `ndm-type`.
        ///
        /// Values of `rtm-type`.
        pub ndm_type: u8,
    }
}

crate::fixed_struct! {
    /// `ndtmsg`: a C structure of 4 bytes.
    pub struct Ndtmsg("ndtmsg") {
        /// `family`.
        pub family: u8,
        /// `pad`.
        pub pad: [u8; 3],
    }
}

crate::flag_set! {
    /// `nud-state`: flags.
    pub struct NudState: u32 {
        /// `incomplete` (bit 0).
        const INCOMPLETE = 0x1;
        /// `reachable` (bit 1).
        const REACHABLE = 0x2;
        /// `stale` (bit 2).
        const STALE = 0x4;
        /// `delay` (bit 3).
        const DELAY = 0x8;
        /// `probe` (bit 4).
        const PROBE = 0x10;
        /// `failed` (bit 5).
        const FAILED = 0x20;
        /// `noarp` (bit 6).
        const NOARP = 0x40;
        /// `permanent` (bit 7).
        const PERMANENT = 0x80;
    }
}

crate::flag_set! {
    /// `ntf-flags`: flags.
    pub struct NtfFlags: u32 {
        /// `use` (bit 0).
        const USE = 0x1;
        /// `self` (bit 1).
        const SELF = 0x2;
        /// `master` (bit 2).
        const MASTER = 0x4;
        /// `proxy` (bit 3).
        const PROXY = 0x8;
        /// `ext-learned` (bit 4).
        const EXT_LEARNED = 0x10;
        /// `offloaded` (bit 5).
        const OFFLOADED = 0x20;
        /// `sticky` (bit 6).
        const STICKY = 0x40;
        /// `router` (bit 7).
        const ROUTER = 0x80;
    }
}

crate::flag_set! {
    /// `ntf-ext-flags`: flags.
    pub struct NtfExtFlags: u32 {
        /// `managed` (bit 0).
        const MANAGED = 0x1;
        /// `locked` (bit 1).
        const LOCKED = 0x2;
        /// `ext-validated` (bit 2).
        const EXT_VALIDATED = 0x4;
    }
}

crate::open_enum! {
    /// `rtm-type`: an enumeration.
    pub enum RtmType: u32 {
        /// `unspec` (0).
        Unspec = 0,
        /// `unicast` (1).
        Unicast = 1,
        /// `local` (2).
        Local = 2,
        /// `broadcast` (3).
        Broadcast = 3,
        /// `anycast` (4).
        Anycast = 4,
        /// `multicast` (5).
        Multicast = 5,
        /// `blackhole` (6).
        Blackhole = 6,
        /// `unreachable` (7).
        Unreachable = 7,
        /// `prohibit` (8).
        Prohibit = 8,
        /// `throw` (9).
        Throw = 9,
        /// `nat` (10).
        Nat = 10,
        /// `xresolve` (11).
        Xresolve = 11,
    }
}

crate::fixed_struct! {
    /// `nda-cacheinfo`: a C structure of 16 bytes.
    pub struct NdaCacheinfo("nda-cacheinfo") {
        /// `confirmed`.
        pub confirmed: u32,
        /// `used`.
        pub used: u32,
        /// `updated`.
        pub updated: u32,
        /// `refcnt`.
        pub refcnt: u32,
    }
}

crate::fixed_struct! {
    /// `ndt-config`: a C structure of 32 bytes.
    pub struct NdtConfig("ndt-config") {
        /// `key-len`.
        pub key_len: u16,
        /// `entry-size`.
        pub entry_size: u16,
        /// `entries`.
        pub entries: u32,
        /// `last-flush`.
        pub last_flush: u32,
        /// `last-rand`.
        pub last_rand: u32,
        /// `hash-rnd`.
        pub hash_rnd: u32,
        /// `hash-mask`.
        pub hash_mask: u32,
        /// `hash-chain-gc`.
        pub hash_chain_gc: u32,
        /// `proxy-qlen`.
        pub proxy_qlen: u32,
    }
}

crate::fixed_struct! {
    /// `ndt-stats`: a C structure of 88 bytes.
    pub struct NdtStats("ndt-stats") {
        /// `allocs`.
        pub allocs: u64,
        /// `destroys`.
        pub destroys: u64,
        /// `hash-grows`.
        pub hash_grows: u64,
        /// `res-failed`.
        pub res_failed: u64,
        /// `lookups`.
        pub lookups: u64,
        /// `hits`.
        pub hits: u64,
        /// `rcv-probes-mcast`.
        pub rcv_probes_mcast: u64,
        /// `rcv-probes-ucast`.
        pub rcv_probes_ucast: u64,
        /// `periodic-gc-runs`.
        pub periodic_gc_runs: u64,
        /// `forced-gc-runs`.
        pub forced_gc_runs: u64,
        /// `table-fulls`.
        pub table_fulls: u64,
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `neighbour-attrs`.
    pub mod neighbour_attrs {
        /// `unspec` (binary).
        pub const UNSPEC: u16 = 0;
        /// `dst` (binary).
        pub const DST: u16 = 1;
        /// `lladdr` (binary).
        pub const LLADDR: u16 = 2;
        /// `cacheinfo` (binary).
        pub const CACHEINFO: u16 = 3;
        /// `probes` (u32).
        pub const PROBES: u16 = 4;
        /// `vlan` (u16).
        pub const VLAN: u16 = 5;
        /// `port` (u16).
        pub const PORT: u16 = 6;
        /// `vni` (u32).
        pub const VNI: u16 = 7;
        /// `ifindex` (u32).
        pub const IFINDEX: u16 = 8;
        /// `master` (u32).
        pub const MASTER: u16 = 9;
        /// `link-netnsid` (s32).
        pub const LINK_NETNSID: u16 = 10;
        /// `src-vni` (u32).
        pub const SRC_VNI: u16 = 11;
        /// `protocol` (u8).
        pub const PROTOCOL: u16 = 12;
        /// `nh-id` (u32).
        pub const NH_ID: u16 = 13;
        /// `fdb-ext-attrs` (binary).
        pub const FDB_EXT_ATTRS: u16 = 14;
        /// `flags-ext` (u32).
        pub const FLAGS_EXT: u16 = 15;
        /// `ndm-state-mask` (u16).
        pub const NDM_STATE_MASK: u16 = 16;
        /// `ndm-flags-mask` (u8).
        pub const NDM_FLAGS_MASK: u16 = 17;
    }

    /// The attributes of `ndt-attrs`.
    pub mod ndt_attrs {
        /// `name` (string).
        pub const NAME: u16 = 1;
        /// `thresh1` (u32).
        pub const THRESH1: u16 = 2;
        /// `thresh2` (u32).
        pub const THRESH2: u16 = 3;
        /// `thresh3` (u32).
        pub const THRESH3: u16 = 4;
        /// `config` (binary).
        pub const CONFIG: u16 = 5;
        /// `parms` (nest).
        pub const PARMS: u16 = 6;
        /// `stats` (binary).
        pub const STATS: u16 = 7;
        /// `gc-interval` (u64).
        pub const GC_INTERVAL: u16 = 8;
        /// `pad` (pad).
        pub const PAD: u16 = 9;
    }

    /// The attributes of `ndtpa-attrs`.
    pub mod ndtpa_attrs {
        /// `ifindex` (u32).
        pub const IFINDEX: u16 = 1;
        /// `refcnt` (u32).
        pub const REFCNT: u16 = 2;
        /// `reachable-time` (u64).
        pub const REACHABLE_TIME: u16 = 3;
        /// `base-reachable-time` (u64).
        pub const BASE_REACHABLE_TIME: u16 = 4;
        /// `retrans-time` (u64).
        pub const RETRANS_TIME: u16 = 5;
        /// `gc-staletime` (u64).
        pub const GC_STALETIME: u16 = 6;
        /// `delay-probe-time` (u64).
        pub const DELAY_PROBE_TIME: u16 = 7;
        /// `queue-len` (u32).
        pub const QUEUE_LEN: u16 = 8;
        /// `app-probes` (u32).
        pub const APP_PROBES: u16 = 9;
        /// `ucast-probes` (u32).
        pub const UCAST_PROBES: u16 = 10;
        /// `mcast-probes` (u32).
        pub const MCAST_PROBES: u16 = 11;
        /// `anycast-delay` (u64).
        pub const ANYCAST_DELAY: u16 = 12;
        /// `proxy-delay` (u64).
        pub const PROXY_DELAY: u16 = 13;
        /// `proxy-qlen` (u32).
        pub const PROXY_QLEN: u16 = 14;
        /// `locktime` (u64).
        pub const LOCKTIME: u16 = 15;
        /// `queue-lenbytes` (u32).
        pub const QUEUE_LENBYTES: u16 = 16;
        /// `mcast-reprobes` (u32).
        pub const MCAST_REPROBES: u16 = 17;
        /// `pad` (pad).
        pub const PAD: u16 = 18;
        /// `interval-probe-time-ms` (u64).
        pub const INTERVAL_PROBE_TIME_MS: u16 = 19;
    }
}

crate::attribute_set! {
    /// The attribute set `neighbour-attrs`.
    pub struct NeighbourAttrs {}
    attributes {
        /// `unspec`.
        pub unspec: codec::Bytes = attrs::neighbour_attrs::UNSPEC,
        /// `dst`.
        pub dst: codec::Bytes = attrs::neighbour_attrs::DST,
        /// `lladdr`.
        pub lladdr: codec::Bytes = attrs::neighbour_attrs::LLADDR,
        /// `cacheinfo`.
        pub cacheinfo: codec::StructTrailing<NdaCacheinfo> = attrs::neighbour_attrs::CACHEINFO,
        /// `probes`.
        pub probes: codec::U32 = attrs::neighbour_attrs::PROBES,
        /// `vlan`.
        pub vlan: codec::U16 = attrs::neighbour_attrs::VLAN,
        /// `port`.
        pub port: codec::U16 = attrs::neighbour_attrs::PORT,
        /// `vni`.
        pub vni: codec::U32 = attrs::neighbour_attrs::VNI,
        /// `ifindex`.
        pub ifindex: codec::U32 = attrs::neighbour_attrs::IFINDEX,
        /// `master`.
        pub master: codec::U32 = attrs::neighbour_attrs::MASTER,
        /// `link-netnsid`.
        pub link_netnsid: codec::I32 = attrs::neighbour_attrs::LINK_NETNSID,
        /// `src-vni`.
        pub src_vni: codec::U32 = attrs::neighbour_attrs::SRC_VNI,
        /// `protocol`.
        pub protocol: codec::U8 = attrs::neighbour_attrs::PROTOCOL,
        /// `nh-id`.
        pub nh_id: codec::U32 = attrs::neighbour_attrs::NH_ID,
        /// `fdb-ext-attrs`.
        pub fdb_ext_attrs: codec::Bytes = attrs::neighbour_attrs::FDB_EXT_ATTRS,
        /// `flags-ext`.
        pub flags_ext: codec::Enum32<NtfExtFlags> = attrs::neighbour_attrs::FLAGS_EXT,
        /// `ndm-state-mask`.
        pub ndm_state_mask: codec::U16 = attrs::neighbour_attrs::NDM_STATE_MASK,
        /// `ndm-flags-mask`.
        pub ndm_flags_mask: codec::U8 = attrs::neighbour_attrs::NDM_FLAGS_MASK,
    }
}

crate::attribute_set! {
    /// The attribute set `ndt-attrs`.
    pub struct NdtAttrs {}
    attributes {
        /// `name`.
        pub name: codec::Str = attrs::ndt_attrs::NAME,
        /// `thresh1`.
        pub thresh1: codec::U32 = attrs::ndt_attrs::THRESH1,
        /// `thresh2`.
        pub thresh2: codec::U32 = attrs::ndt_attrs::THRESH2,
        /// `thresh3`.
        pub thresh3: codec::U32 = attrs::ndt_attrs::THRESH3,
        /// `config`.
        pub config: codec::StructTrailing<NdtConfig> = attrs::ndt_attrs::CONFIG,
        /// `parms`.
        pub parms: codec::Nested<NdtpaAttrs> = attrs::ndt_attrs::PARMS,
        /// `stats`.
        pub stats: codec::StructTrailing<NdtStats> = attrs::ndt_attrs::STATS,
        /// `gc-interval`.
        pub gc_interval: codec::U64 = attrs::ndt_attrs::GC_INTERVAL,
    }
}

crate::attribute_set! {
    /// The attribute set `ndtpa-attrs`.
    pub struct NdtpaAttrs {}
    attributes {
        /// `ifindex`.
        pub ifindex: codec::U32 = attrs::ndtpa_attrs::IFINDEX,
        /// `refcnt`.
        pub refcnt: codec::U32 = attrs::ndtpa_attrs::REFCNT,
        /// `reachable-time`.
        pub reachable_time: codec::U64 = attrs::ndtpa_attrs::REACHABLE_TIME,
        /// `base-reachable-time`.
        pub base_reachable_time: codec::U64 = attrs::ndtpa_attrs::BASE_REACHABLE_TIME,
        /// `retrans-time`.
        pub retrans_time: codec::U64 = attrs::ndtpa_attrs::RETRANS_TIME,
        /// `gc-staletime`.
        pub gc_staletime: codec::U64 = attrs::ndtpa_attrs::GC_STALETIME,
        /// `delay-probe-time`.
        pub delay_probe_time: codec::U64 = attrs::ndtpa_attrs::DELAY_PROBE_TIME,
        /// `queue-len`.
        pub queue_len: codec::U32 = attrs::ndtpa_attrs::QUEUE_LEN,
        /// `app-probes`.
        pub app_probes: codec::U32 = attrs::ndtpa_attrs::APP_PROBES,
        /// `ucast-probes`.
        pub ucast_probes: codec::U32 = attrs::ndtpa_attrs::UCAST_PROBES,
        /// `mcast-probes`.
        pub mcast_probes: codec::U32 = attrs::ndtpa_attrs::MCAST_PROBES,
        /// `anycast-delay`.
        pub anycast_delay: codec::U64 = attrs::ndtpa_attrs::ANYCAST_DELAY,
        /// `proxy-delay`.
        pub proxy_delay: codec::U64 = attrs::ndtpa_attrs::PROXY_DELAY,
        /// `proxy-qlen`.
        pub proxy_qlen: codec::U32 = attrs::ndtpa_attrs::PROXY_QLEN,
        /// `locktime`.
        pub locktime: codec::U64 = attrs::ndtpa_attrs::LOCKTIME,
        /// `queue-lenbytes`.
        pub queue_lenbytes: codec::U32 = attrs::ndtpa_attrs::QUEUE_LENBYTES,
        /// `mcast-reprobes`.
        pub mcast_reprobes: codec::U32 = attrs::ndtpa_attrs::MCAST_REPROBES,
        /// `interval-probe-time-ms`.
        pub interval_probe_time_ms: codec::U64 = attrs::ndtpa_attrs::INTERVAL_PROBE_TIME_MS,
    }
}

/// The message types (`nlmsghdr.nlmsg_type`) of each operation; `_REPLY` where the kernel answers
/// with another type.
pub mod message_type {
    /// `newneigh`: Add new neighbour entry
    pub const NEWNEIGH: u16 = 28;
    /// `delneigh`: Remove an existing neighbour entry
    pub const DELNEIGH: u16 = 29;
    /// `delneigh-ntf` (notification): Notify a neighbour deletion
    pub const DELNEIGH_NTF: u16 = 29;
    /// `getneigh`: Get or dump neighbour entries
    pub const GETNEIGH: u16 = 30;
    /// `getneigh` (reply): Get or dump neighbour entries
    pub const GETNEIGH_REPLY: u16 = 28;
    /// `newneigh-ntf` (notification): Notify a neighbour creation
    pub const NEWNEIGH_NTF: u16 = 28;
    /// `getneightbl`: Get or dump neighbour tables
    pub const GETNEIGHTBL: u16 = 66;
    /// `getneightbl` (reply): Get or dump neighbour tables
    pub const GETNEIGHTBL_REPLY: u16 = 64;
    /// `setneightbl`: Set neighbour tables
    pub const SETNEIGHTBL: u16 = 67;
}

/// The multicast groups, by number.
pub mod mcgrp {
    /// `rtnlgrp-neigh`.
    pub const RTNLGRP_NEIGH: u32 = 3;
}

crate::attribute_set! {
    /// The request of `newneigh`: attributes of `neighbour-attrs` (`dst`, `lladdr`, `probes`,
    /// `vlan`, `port`, `vni`, `ifindex`, `master`, `protocol`, `nh-id`, `flags-ext`,
    /// `fdb-ext-attrs`).
    pub struct NewneighRequest {
        /// The fixed header.
        pub header: Ndmsg,
    }
    attributes {
        /// `dst`.
        pub dst: codec::Bytes = attrs::neighbour_attrs::DST,
        /// `lladdr`.
        pub lladdr: codec::Bytes = attrs::neighbour_attrs::LLADDR,
        /// `probes`.
        pub probes: codec::U32 = attrs::neighbour_attrs::PROBES,
        /// `vlan`.
        pub vlan: codec::U16 = attrs::neighbour_attrs::VLAN,
        /// `port`.
        pub port: codec::U16 = attrs::neighbour_attrs::PORT,
        /// `vni`.
        pub vni: codec::U32 = attrs::neighbour_attrs::VNI,
        /// `ifindex`.
        pub ifindex: codec::U32 = attrs::neighbour_attrs::IFINDEX,
        /// `master`.
        pub master: codec::U32 = attrs::neighbour_attrs::MASTER,
        /// `protocol`.
        pub protocol: codec::U8 = attrs::neighbour_attrs::PROTOCOL,
        /// `nh-id`.
        pub nh_id: codec::U32 = attrs::neighbour_attrs::NH_ID,
        /// `flags-ext`.
        pub flags_ext: codec::Enum32<NtfExtFlags> = attrs::neighbour_attrs::FLAGS_EXT,
        /// `fdb-ext-attrs`.
        pub fdb_ext_attrs: codec::Bytes = attrs::neighbour_attrs::FDB_EXT_ATTRS,
    }
}

/// `newneigh` (do): Add new neighbour entry
///
/// The kernel answers with an acknowledgement only.
pub fn newneigh(request: &NewneighRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::NEWNEIGH, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `delneigh`: attributes of `neighbour-attrs` (`dst`, `ifindex`).
    pub struct DelneighRequest {
        /// The fixed header.
        pub header: Ndmsg,
    }
    attributes {
        /// `dst`.
        pub dst: codec::Bytes = attrs::neighbour_attrs::DST,
        /// `ifindex`.
        pub ifindex: codec::U32 = attrs::neighbour_attrs::IFINDEX,
    }
}

/// `delneigh` (do): Remove an existing neighbour entry
///
/// The kernel answers with an acknowledgement only.
pub fn delneigh(request: &DelneighRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DELNEIGH, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getneigh`: attributes of `neighbour-attrs` (`dst`).
    pub struct GetneighRequest {
        /// The fixed header.
        pub header: Ndmsg,
    }
    attributes {
        /// `dst`.
        pub dst: codec::Bytes = attrs::neighbour_attrs::DST,
    }
}

/// `getneigh` (do): Get or dump neighbour entries
///
/// Each reply is a [`NeighbourAttrs`].
pub fn getneigh(request: &GetneighRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETNEIGH, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getneigh` (dump): attributes of `neighbour-attrs` (`ifindex`, `master`).
    pub struct GetneighDumpRequest {
        /// The fixed header.
        pub header: Ndmsg,
    }
    attributes {
        /// `ifindex`.
        pub ifindex: codec::U32 = attrs::neighbour_attrs::IFINDEX,
        /// `master`.
        pub master: codec::U32 = attrs::neighbour_attrs::MASTER,
    }
}

/// `getneigh` (dump): Get or dump neighbour entries
///
/// Each reply is a [`NeighbourAttrs`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn getneigh_dump(request: &GetneighDumpRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETNEIGH, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getneightbl` (dump): attributes of `ndt-attrs`.
    pub struct GetneightblDumpRequest {
        /// The fixed header.
        pub header: Ndtmsg,
    }
    attributes {}
}

/// `getneightbl` (dump): Get or dump neighbour tables
///
/// Each reply is a [`NdtAttrs`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn getneightbl_dump(request: &GetneightblDumpRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETNEIGHTBL, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `setneightbl`: attributes of `ndt-attrs` (`name`, `thresh1`, `thresh2`,
    /// `thresh3`, `parms`, `gc-interval`).
    pub struct SetneightblRequest {
        /// The fixed header.
        pub header: Ndtmsg,
    }
    attributes {
        /// `name`.
        pub name: codec::Str = attrs::ndt_attrs::NAME,
        /// `thresh1`.
        pub thresh1: codec::U32 = attrs::ndt_attrs::THRESH1,
        /// `thresh2`.
        pub thresh2: codec::U32 = attrs::ndt_attrs::THRESH2,
        /// `thresh3`.
        pub thresh3: codec::U32 = attrs::ndt_attrs::THRESH3,
        /// `parms`.
        pub parms: codec::Nested<NdtpaAttrs> = attrs::ndt_attrs::PARMS,
        /// `gc-interval`.
        pub gc_interval: codec::U64 = attrs::ndt_attrs::GC_INTERVAL,
    }
}

/// `setneightbl` (do): Set neighbour tables
///
/// The kernel answers with an acknowledgement only.
pub fn setneightbl(request: &SetneightblRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::SETNEIGHTBL, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `neighbour-attrs`.
    pub static NEIGHBOUR_ATTRS: SetNames = SetNames {
        name: "neighbour-attrs",
        attrs: &[
            AttrName::value(0, "unspec"),
            AttrName::value(1, "dst"),
            AttrName::value(2, "lladdr"),
            AttrName::value(3, "cacheinfo"),
            AttrName::value(4, "probes"),
            AttrName::value(5, "vlan"),
            AttrName::value(6, "port"),
            AttrName::value(7, "vni"),
            AttrName::value(8, "ifindex"),
            AttrName::value(9, "master"),
            AttrName::value(10, "link-netnsid"),
            AttrName::value(11, "src-vni"),
            AttrName::value(12, "protocol"),
            AttrName::value(13, "nh-id"),
            AttrName::value(14, "fdb-ext-attrs"),
            AttrName::value(15, "flags-ext"),
            AttrName::value(16, "ndm-state-mask"),
            AttrName::value(17, "ndm-flags-mask"),
        ],
    };

    /// `ndt-attrs`.
    pub static NDT_ATTRS: SetNames = SetNames {
        name: "ndt-attrs",
        attrs: &[
            AttrName::value(1, "name"),
            AttrName::value(2, "thresh1"),
            AttrName::value(3, "thresh2"),
            AttrName::value(4, "thresh3"),
            AttrName::value(5, "config"),
            AttrName::nest(6, "parms", &NDTPA_ATTRS),
            AttrName::value(7, "stats"),
            AttrName::value(8, "gc-interval"),
            AttrName::value(9, "pad"),
        ],
    };

    /// `ndtpa-attrs`.
    pub static NDTPA_ATTRS: SetNames = SetNames {
        name: "ndtpa-attrs",
        attrs: &[
            AttrName::value(1, "ifindex"),
            AttrName::value(2, "refcnt"),
            AttrName::value(3, "reachable-time"),
            AttrName::value(4, "base-reachable-time"),
            AttrName::value(5, "retrans-time"),
            AttrName::value(6, "gc-staletime"),
            AttrName::value(7, "delay-probe-time"),
            AttrName::value(8, "queue-len"),
            AttrName::value(9, "app-probes"),
            AttrName::value(10, "ucast-probes"),
            AttrName::value(11, "mcast-probes"),
            AttrName::value(12, "anycast-delay"),
            AttrName::value(13, "proxy-delay"),
            AttrName::value(14, "proxy-qlen"),
            AttrName::value(15, "locktime"),
            AttrName::value(16, "queue-lenbytes"),
            AttrName::value(17, "mcast-reprobes"),
            AttrName::value(18, "pad"),
            AttrName::value(19, "interval-probe-time-ms"),
        ],
    };

    /// The attributes of a request of message type `message_type`, by the operation that sends it.
    pub fn for_message(message_type: u16) -> Option<&'static SetNames> {
        match message_type {
            28 => Some(&NEIGHBOUR_ATTRS),
            29 => Some(&NEIGHBOUR_ATTRS),
            30 => Some(&NEIGHBOUR_ATTRS),
            66 => Some(&NDT_ATTRS),
            67 => Some(&NDT_ATTRS),
            _ => None,
        }
    }
}
