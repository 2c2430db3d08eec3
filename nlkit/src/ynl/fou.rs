//! `fou` (genetlink-legacy): Foo-over-UDP.
//!
//! Generated from `nlkit-ynl/specs/fou.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "fou";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `fou` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

crate::open_enum! {
    /// `encap_type`: an enumeration.
    pub enum EncapType: u32 {
        /// `unspec` (0).
        Unspec = 0,
        /// `direct` (1).
        Direct = 1,
        /// `gue` (2).
        Gue = 2,
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `fou`.
    pub mod fou {
        /// `unspec` (unused).
        pub const UNSPEC: u16 = 0;
        /// `port` (u16).
        pub const PORT: u16 = 1;
        /// `af` (u8).
        pub const AF: u16 = 2;
        /// `ipproto` (u8).
        pub const IPPROTO: u16 = 3;
        /// `type` (u8).
        pub const TYPE: u16 = 4;
        /// `remcsum_nopartial` (flag).
        pub const REMCSUM_NOPARTIAL: u16 = 5;
        /// `local_v4` (u32).
        pub const LOCAL_V4: u16 = 6;
        /// `local_v6` (binary).
        pub const LOCAL_V6: u16 = 7;
        /// `peer_v4` (u32).
        pub const PEER_V4: u16 = 8;
        /// `peer_v6` (binary).
        pub const PEER_V6: u16 = 9;
        /// `peer_port` (u16).
        pub const PEER_PORT: u16 = 10;
        /// `ifindex` (s32).
        pub const IFINDEX: u16 = 11;
    }
}

crate::attribute_set! {
    /// The attribute set `fou`.
    pub struct Fou {}
    attributes {
        /// `port`.
        pub port: codec::U16Be = attrs::fou::PORT,
        /// `af`.
        pub af: codec::U8 = attrs::fou::AF,
        /// `ipproto`.
        ///
        /// The kernel checks: min 1.
        pub ipproto: codec::U8 = attrs::fou::IPPROTO,
        /// `type`.
        pub type_: codec::U8 = attrs::fou::TYPE,
        /// `remcsum_nopartial`.
        pub remcsum_nopartial: codec::Flag = attrs::fou::REMCSUM_NOPARTIAL,
        /// `local_v4`.
        pub local_v4: codec::U32 = attrs::fou::LOCAL_V4,
        /// `local_v6`.
        ///
        /// The kernel checks: min-len 16.
        pub local_v6: codec::Bytes = attrs::fou::LOCAL_V6,
        /// `peer_v4`.
        pub peer_v4: codec::U32 = attrs::fou::PEER_V4,
        /// `peer_v6`.
        ///
        /// The kernel checks: min-len 16.
        pub peer_v6: codec::Bytes = attrs::fou::PEER_V6,
        /// `peer_port`.
        pub peer_port: codec::U16Be = attrs::fou::PEER_PORT,
        /// `ifindex`.
        pub ifindex: codec::I32 = attrs::fou::IFINDEX,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `unspec`: unused
    pub const UNSPEC: u8 = 0;
    /// `add`: Add port.
    pub const ADD: u8 = 1;
    /// `del`: Delete port.
    pub const DEL: u8 = 2;
    /// `get`: Get tunnel info.
    pub const GET: u8 = 3;
}

crate::attribute_set! {
    /// The request of `add`: attributes of `fou` (`port`, `ipproto`, `type`, `remcsum_nopartial`,
    /// `local_v4`, `peer_v4`, `local_v6`, `peer_v6`, `peer_port`, `ifindex`).
    pub struct AddRequest {}
    attributes {
        /// `port`.
        pub port: codec::U16Be = attrs::fou::PORT,
        /// `ipproto`.
        ///
        /// The kernel checks: min 1.
        pub ipproto: codec::U8 = attrs::fou::IPPROTO,
        /// `type`.
        pub type_: codec::U8 = attrs::fou::TYPE,
        /// `remcsum_nopartial`.
        pub remcsum_nopartial: codec::Flag = attrs::fou::REMCSUM_NOPARTIAL,
        /// `local_v4`.
        pub local_v4: codec::U32 = attrs::fou::LOCAL_V4,
        /// `peer_v4`.
        pub peer_v4: codec::U32 = attrs::fou::PEER_V4,
        /// `local_v6`.
        ///
        /// The kernel checks: min-len 16.
        pub local_v6: codec::Bytes = attrs::fou::LOCAL_V6,
        /// `peer_v6`.
        ///
        /// The kernel checks: min-len 16.
        pub peer_v6: codec::Bytes = attrs::fou::PEER_V6,
        /// `peer_port`.
        pub peer_port: codec::U16Be = attrs::fou::PEER_PORT,
        /// `ifindex`.
        pub ifindex: codec::I32 = attrs::fou::IFINDEX,
    }
}

impl crate::genl::Request for AddRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::ADD;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::FOU)
    }
}

/// `add` (do): Add port.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn add(family_id: u16, request: &AddRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::ADD, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `del`: attributes of `fou` (`af`, `ifindex`, `port`, `peer_port`, `local_v4`,
    /// `peer_v4`, `local_v6`, `peer_v6`).
    pub struct DelRequest {}
    attributes {
        /// `af`.
        pub af: codec::U8 = attrs::fou::AF,
        /// `ifindex`.
        pub ifindex: codec::I32 = attrs::fou::IFINDEX,
        /// `port`.
        pub port: codec::U16Be = attrs::fou::PORT,
        /// `peer_port`.
        pub peer_port: codec::U16Be = attrs::fou::PEER_PORT,
        /// `local_v4`.
        pub local_v4: codec::U32 = attrs::fou::LOCAL_V4,
        /// `peer_v4`.
        pub peer_v4: codec::U32 = attrs::fou::PEER_V4,
        /// `local_v6`.
        ///
        /// The kernel checks: min-len 16.
        pub local_v6: codec::Bytes = attrs::fou::LOCAL_V6,
        /// `peer_v6`.
        ///
        /// The kernel checks: min-len 16.
        pub peer_v6: codec::Bytes = attrs::fou::PEER_V6,
    }
}

impl crate::genl::Request for DelRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::DEL;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::FOU)
    }
}

/// `del` (do): Delete port.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn del(family_id: u16, request: &DelRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DEL, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `get`: attributes of `fou` (`af`, `ifindex`, `port`, `peer_port`, `local_v4`,
    /// `peer_v4`, `local_v6`, `peer_v6`).
    pub struct GetRequest {}
    attributes {
        /// `af`.
        pub af: codec::U8 = attrs::fou::AF,
        /// `ifindex`.
        pub ifindex: codec::I32 = attrs::fou::IFINDEX,
        /// `port`.
        pub port: codec::U16Be = attrs::fou::PORT,
        /// `peer_port`.
        pub peer_port: codec::U16Be = attrs::fou::PEER_PORT,
        /// `local_v4`.
        pub local_v4: codec::U32 = attrs::fou::LOCAL_V4,
        /// `peer_v4`.
        pub peer_v4: codec::U32 = attrs::fou::PEER_V4,
        /// `local_v6`.
        ///
        /// The kernel checks: min-len 16.
        pub local_v6: codec::Bytes = attrs::fou::LOCAL_V6,
        /// `peer_v6`.
        ///
        /// The kernel checks: min-len 16.
        pub peer_v6: codec::Bytes = attrs::fou::PEER_V6,
    }
}

impl crate::genl::Reply for Fou {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for GetRequest {
    type Family = Family;
    type Reply = Fou;
    const CMD: u8 = cmd::GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::FOU)
    }
}

/// `get` (do): Get tunnel info.
///
/// Each reply is a [`Fou`].
pub fn get(family_id: u16, request: &GetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `get` (dump): attributes of `fou`.
    pub struct GetDumpRequest {}
    attributes {}
}

impl crate::genl::Request for GetDumpRequest {
    type Family = Family;
    type Reply = Fou;
    const CMD: u8 = cmd::GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::FOU)
    }
}

/// `get` (dump): Get tunnel info.
///
/// Each reply is a [`Fou`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn get_dump(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::GET, FAMILY_VERSION)
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `fou`.
    pub static FOU: SetNames = SetNames {
        name: "fou",
        attrs: &[
            AttrName::value(0, "unspec"),
            AttrName::value(1, "port"),
            AttrName::value(2, "af"),
            AttrName::value(3, "ipproto"),
            AttrName::value(4, "type"),
            AttrName::value(5, "remcsum_nopartial"),
            AttrName::value(6, "local_v4"),
            AttrName::value(7, "local_v6"),
            AttrName::value(8, "peer_v4"),
            AttrName::value(9, "peer_v6"),
            AttrName::value(10, "peer_port"),
            AttrName::value(11, "ifindex"),
        ],
    };
}
