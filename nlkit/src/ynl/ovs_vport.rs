//! `ovs_vport` (genetlink-legacy): OVS vport configuration over generic netlink.
//!
//! Generated from `nlkit-ynl/specs/ovs_vport.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "ovs_vport";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 2;

/// The `ovs_vport` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
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

crate::open_enum! {
    /// `vport-type`: an enumeration.
    pub enum VportType: u32 {
        /// `unspec` (0).
        Unspec = 0,
        /// `netdev` (1).
        Netdev = 1,
        /// `internal` (2).
        Internal = 2,
        /// `gre` (3).
        Gre = 3,
        /// `vxlan` (4).
        Vxlan = 4,
        /// `geneve` (5).
        Geneve = 5,
    }
}

crate::fixed_struct! {
    /// `vport-stats`: a C structure of 64 bytes.
    pub struct VportStats("vport-stats") {
        /// `rx-packets`.
        pub rx_packets: u64,
        /// `tx-packets`.
        pub tx_packets: u64,
        /// `rx-bytes`.
        pub rx_bytes: u64,
        /// `tx-bytes`.
        pub tx_bytes: u64,
        /// `rx-errors`.
        pub rx_errors: u64,
        /// `tx-errors`.
        pub tx_errors: u64,
        /// `rx-dropped`.
        pub rx_dropped: u64,
        /// `tx-dropped`.
        pub tx_dropped: u64,
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `vport-options`.
    pub mod vport_options {
        /// `dst-port` (u32).
        pub const DST_PORT: u16 = 1;
        /// `extension` (u32).
        pub const EXTENSION: u16 = 2;
    }

    /// The attributes of `upcall-stats`.
    pub mod upcall_stats {
        /// `success` (u64).
        pub const SUCCESS: u16 = 0;
        /// `fail` (u64).
        pub const FAIL: u16 = 1;
    }

    /// The attributes of `vport`.
    pub mod vport {
        /// `unspec` (unused).
        pub const UNSPEC: u16 = 0;
        /// `port-no` (u32).
        pub const PORT_NO: u16 = 1;
        /// `type` (u32).
        pub const TYPE: u16 = 2;
        /// `name` (string).
        pub const NAME: u16 = 3;
        /// `options` (nest).
        pub const OPTIONS: u16 = 4;
        /// `upcall-pid` (binary).
        pub const UPCALL_PID: u16 = 5;
        /// `stats` (binary).
        pub const STATS: u16 = 6;
        /// `pad` (unused).
        pub const PAD: u16 = 7;
        /// `ifindex` (u32).
        pub const IFINDEX: u16 = 8;
        /// `netnsid` (u32).
        pub const NETNSID: u16 = 9;
        /// `upcall-stats` (nest).
        pub const UPCALL_STATS: u16 = 10;
    }
}

crate::attribute_set! {
    /// The attribute set `vport-options`.
    pub struct VportOptions {}
    attributes {
        /// `dst-port`.
        pub dst_port: codec::U32 = attrs::vport_options::DST_PORT,
        /// `extension`.
        pub extension: codec::U32 = attrs::vport_options::EXTENSION,
    }
}

crate::attribute_set! {
    /// The attribute set `upcall-stats`.
    pub struct UpcallStats {}
    attributes {
        /// `success`.
        pub success: codec::U64 = attrs::upcall_stats::SUCCESS,
        /// `fail`.
        pub fail: codec::U64 = attrs::upcall_stats::FAIL,
    }
}

crate::attribute_set! {
    /// The attribute set `vport`.
    pub struct Vport {}
    attributes {
        /// `port-no`.
        pub port_no: codec::U32 = attrs::vport::PORT_NO,
        /// `type`.
        pub type_: codec::Enum32<VportType> = attrs::vport::TYPE,
        /// `name`.
        pub name: codec::Str = attrs::vport::NAME,
        /// `options`.
        pub options: codec::Nested<VportOptions> = attrs::vport::OPTIONS,
        /// `upcall-pid`.
        pub upcall_pid: codec::Array<codec::U32> = attrs::vport::UPCALL_PID,
        /// `stats`.
        pub stats: codec::StructTrailing<VportStats> = attrs::vport::STATS,
        /// `ifindex`.
        pub ifindex: codec::U32 = attrs::vport::IFINDEX,
        /// `netnsid`.
        pub netnsid: codec::U32 = attrs::vport::NETNSID,
        /// `upcall-stats`.
        pub upcall_stats: codec::Nested<UpcallStats> = attrs::vport::UPCALL_STATS,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `new`: Create a new OVS vport
    pub const NEW: u8 = 1;
    /// `del`: Delete existing OVS vport from a data path
    pub const DEL: u8 = 2;
    /// `get`: Get / dump OVS vport configuration and state
    pub const GET: u8 = 3;
}

/// The multicast groups, by the name the family resolver knows them by.
pub mod mcgrp {
    /// `ovs_vport`.
    pub const OVS_VPORT: &str = "ovs_vport";
}

crate::attribute_set! {
    /// The request of `new`: attributes of `vport` (`name`, `type`, `upcall-pid`, `ifindex`,
    /// `options`).
    pub struct NewRequest {
        /// The fixed header.
        pub header: OvsHeader,
    }
    attributes {
        /// `name`.
        pub name: codec::Str = attrs::vport::NAME,
        /// `type`.
        pub type_: codec::Enum32<VportType> = attrs::vport::TYPE,
        /// `upcall-pid`.
        pub upcall_pid: codec::Array<codec::U32> = attrs::vport::UPCALL_PID,
        /// `ifindex`.
        pub ifindex: codec::U32 = attrs::vport::IFINDEX,
        /// `options`.
        pub options: codec::Nested<VportOptions> = attrs::vport::OPTIONS,
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
        Some(&names::VPORT)
    }
}

/// `new` (do): Create a new OVS vport
///
/// The kernel answers with an acknowledgement only.
pub fn new(family_id: u16, request: &NewRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::NEW, FAMILY_VERSION);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `del`: attributes of `vport` (`port-no`, `type`, `name`).
    pub struct DelRequest {
        /// The fixed header.
        pub header: OvsHeader,
    }
    attributes {
        /// `port-no`.
        pub port_no: codec::U32 = attrs::vport::PORT_NO,
        /// `type`.
        pub type_: codec::Enum32<VportType> = attrs::vport::TYPE,
        /// `name`.
        pub name: codec::Str = attrs::vport::NAME,
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
        Some(&names::VPORT)
    }
}

/// `del` (do): Delete existing OVS vport from a data path
///
/// The kernel answers with an acknowledgement only.
pub fn del(family_id: u16, request: &DelRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DEL, FAMILY_VERSION);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `get`: attributes of `vport` (`name`).
    pub struct GetRequest {
        /// The fixed header.
        pub header: OvsHeader,
    }
    attributes {
        /// `name`.
        pub name: codec::Str = attrs::vport::NAME,
    }
}

impl crate::genl::Request for GetRequest {
    type Family = Family;
    type Reply = super::Headed<OvsHeader, Vport>;
    const CMD: u8 = cmd::GET;

    fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&self.header);
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::VPORT)
    }
}

/// `get` (do): Get / dump OVS vport configuration and state
///
/// Each reply is a [`Vport`].
pub fn get(family_id: u16, request: &GetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET, FAMILY_VERSION);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

/// `get` (dump): Get / dump OVS vport configuration and state
///
/// Each reply is a [`Vport`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn get_dump(family_id: u16, request: &GetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET, FAMILY_VERSION);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `vport-options`.
    pub static VPORT_OPTIONS: SetNames = SetNames {
        name: "vport-options",
        attrs: &[
            AttrName::value(1, "dst-port"),
            AttrName::value(2, "extension"),
        ],
    };

    /// `upcall-stats`.
    pub static UPCALL_STATS: SetNames = SetNames {
        name: "upcall-stats",
        attrs: &[
            AttrName::value(0, "success"),
            AttrName::value(1, "fail"),
        ],
    };

    /// `vport`.
    pub static VPORT: SetNames = SetNames {
        name: "vport",
        attrs: &[
            AttrName::value(0, "unspec"),
            AttrName::value(1, "port-no"),
            AttrName::value(2, "type"),
            AttrName::value(3, "name"),
            AttrName::nest(4, "options", &VPORT_OPTIONS),
            AttrName::value(5, "upcall-pid"),
            AttrName::value(6, "stats"),
            AttrName::value(7, "pad"),
            AttrName::value(8, "ifindex"),
            AttrName::value(9, "netnsid"),
            AttrName::nest(10, "upcall-stats", &UPCALL_STATS),
        ],
    };
}
