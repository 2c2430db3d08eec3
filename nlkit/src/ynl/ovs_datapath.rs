//! `ovs_datapath` (genetlink-legacy): OVS datapath configuration over generic netlink.
//!
//! Generated from `nlkit-ynl/specs/ovs_datapath.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "ovs_datapath";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 2;

/// The `ovs_datapath` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

crate::fixed_struct! {
    /// `ovs-header`: a C structure of 4 bytes.
    pub struct OvsHeader("ovs-header") {
        /// `dp-ifindex`.
        pub dp_ifindex: u32,
    }
}

crate::flag_set! {
    /// `user-features`: flags.
    pub struct UserFeatures: u32 {
        /// `unaligned` (bit 0): Allow last Netlink attribute to be unaligned
        const UNALIGNED = 0x1;
        /// `vport-pids` (bit 1): Allow datapath to associate multiple Netlink PIDs to each vport
        const VPORT_PIDS = 0x2;
        /// `tc-recirc-sharing` (bit 2): Allow tc offload recirc sharing
        const TC_RECIRC_SHARING = 0x4;
        /// `dispatch-upcall-per-cpu` (bit 3): Allow per-cpu dispatch of upcalls
        const DISPATCH_UPCALL_PER_CPU = 0x8;
    }
}

crate::fixed_struct! {
    /// `datapath-stats`: a C structure of 32 bytes.
    pub struct DatapathStats("datapath-stats") {
        /// `n-hit`.
        pub n_hit: u64,
        /// `n-missed`.
        pub n_missed: u64,
        /// `n-lost`.
        pub n_lost: u64,
        /// `n-flows`.
        pub n_flows: u64,
    }
}

crate::fixed_struct! {
    /// `megaflow-stats`: a C structure of 32 bytes.
    pub struct MegaflowStats("megaflow-stats") {
        /// `n-mask-hit`.
        pub n_mask_hit: u64,
        /// `n-masks`.
        pub n_masks: u32,
        /// `padding`.
        pub padding: u32,
        /// `n-cache-hit`.
        pub n_cache_hit: u64,
        /// `pad1`.
        pub pad1: u64,
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `datapath`.
    pub mod datapath {
        /// `name` (string).
        pub const NAME: u16 = 1;
        /// `upcall-pid` (u32).
        pub const UPCALL_PID: u16 = 2;
        /// `stats` (binary).
        pub const STATS: u16 = 3;
        /// `megaflow-stats` (binary).
        pub const MEGAFLOW_STATS: u16 = 4;
        /// `user-features` (u32).
        pub const USER_FEATURES: u16 = 5;
        /// `pad` (unused).
        pub const PAD: u16 = 6;
        /// `masks-cache-size` (u32).
        pub const MASKS_CACHE_SIZE: u16 = 7;
        /// `per-cpu-pids` (binary).
        pub const PER_CPU_PIDS: u16 = 8;
        /// `ifindex` (u32).
        pub const IFINDEX: u16 = 9;
    }
}

crate::attribute_set! {
    /// The attribute set `datapath`.
    pub struct Datapath {}
    attributes {
        /// `name`.
        pub name: codec::Str = attrs::datapath::NAME,
        /// upcall pid
        pub upcall_pid: codec::U32 = attrs::datapath::UPCALL_PID,
        /// `stats`.
        pub stats: codec::StructTrailing<DatapathStats> = attrs::datapath::STATS,
        /// `megaflow-stats`.
        pub megaflow_stats: codec::StructTrailing<MegaflowStats> = attrs::datapath::MEGAFLOW_STATS,
        /// `user-features`.
        pub user_features: codec::Enum32<UserFeatures> = attrs::datapath::USER_FEATURES,
        /// `masks-cache-size`.
        pub masks_cache_size: codec::U32 = attrs::datapath::MASKS_CACHE_SIZE,
        /// `per-cpu-pids`.
        pub per_cpu_pids: codec::Array<codec::U32> = attrs::datapath::PER_CPU_PIDS,
        /// `ifindex`.
        pub ifindex: codec::U32 = attrs::datapath::IFINDEX,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `get`: Get / dump OVS data path configuration and state
    pub const GET: u8 = 3;
    /// `new`: Create new OVS data path
    pub const NEW: u8 = 1;
    /// `del`: Delete existing OVS data path
    pub const DEL: u8 = 2;
}

/// The multicast groups, by the name the family resolver knows them by.
pub mod mcgrp {
    /// `ovs_datapath`.
    pub const OVS_DATAPATH: &str = "ovs_datapath";
}

crate::attribute_set! {
    /// The request of `get`: attributes of `datapath` (`name`).
    pub struct GetRequest {
        /// The fixed header.
        pub header: OvsHeader,
    }
    attributes {
        /// `name`.
        pub name: codec::Str = attrs::datapath::NAME,
    }
}

impl crate::genl::Request for GetRequest {
    type Family = Family;
    type Reply = super::Headed<OvsHeader, Datapath>;
    const CMD: u8 = cmd::GET;

    fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&self.header);
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DATAPATH)
    }
}

/// `get` (do): Get / dump OVS data path configuration and state
///
/// Each reply is a [`Datapath`].
pub fn get(family_id: u16, request: &GetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET, FAMILY_VERSION);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

/// `get` (dump): Get / dump OVS data path configuration and state
///
/// Each reply is a [`Datapath`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn get_dump(family_id: u16, request: &GetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET, FAMILY_VERSION);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `new`: attributes of `datapath` (`name`, `upcall-pid`, `user-features`).
    pub struct NewRequest {
        /// The fixed header.
        pub header: OvsHeader,
    }
    attributes {
        /// `name`.
        pub name: codec::Str = attrs::datapath::NAME,
        /// upcall pid
        pub upcall_pid: codec::U32 = attrs::datapath::UPCALL_PID,
        /// `user-features`.
        pub user_features: codec::Enum32<UserFeatures> = attrs::datapath::USER_FEATURES,
    }
}

impl crate::genl::Request for NewRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::NEW;

    fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&self.header);
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DATAPATH)
    }
}

/// `new` (do): Create new OVS data path
///
/// The kernel answers with an acknowledgement only.
pub fn new(family_id: u16, request: &NewRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::NEW, FAMILY_VERSION);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `del`: attributes of `datapath` (`name`).
    pub struct DelRequest {
        /// The fixed header.
        pub header: OvsHeader,
    }
    attributes {
        /// `name`.
        pub name: codec::Str = attrs::datapath::NAME,
    }
}

impl crate::genl::Request for DelRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::DEL;

    fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&self.header);
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DATAPATH)
    }
}

/// `del` (do): Delete existing OVS data path
///
/// The kernel answers with an acknowledgement only.
pub fn del(family_id: u16, request: &DelRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DEL, FAMILY_VERSION);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `datapath`.
    pub static DATAPATH: SetNames = SetNames {
        name: "datapath",
        attrs: &[
            AttrName::value(1, "name"),
            AttrName::value(2, "upcall-pid"),
            AttrName::value(3, "stats"),
            AttrName::value(4, "megaflow-stats"),
            AttrName::value(5, "user-features"),
            AttrName::value(6, "pad"),
            AttrName::value(7, "masks-cache-size"),
            AttrName::value(8, "per-cpu-pids"),
            AttrName::value(9, "ifindex"),
        ],
    };
}
