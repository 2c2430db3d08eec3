//! `nlctrl` (genetlink-legacy): genetlink meta-family that exposes information about all genetlink
//! families registered in the kernel (including itself).
//!
//! Generated from `nlkit-ynl/specs/nlctrl.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "nlctrl";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `nlctrl` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
    const ID: Option<u16> = Some(crate::genl::GENL_ID_CTRL);
}

crate::flag_set! {
    /// `op-flags`: flags.
    pub struct OpFlags: u32 {
        /// `admin-perm` (bit 0).
        const ADMIN_PERM = 0x1;
        /// `cmd-cap-do` (bit 1).
        const CMD_CAP_DO = 0x2;
        /// `cmd-cap-dump` (bit 2).
        const CMD_CAP_DUMP = 0x4;
        /// `cmd-cap-haspol` (bit 3).
        const CMD_CAP_HASPOL = 0x8;
        /// `uns-admin-perm` (bit 4).
        const UNS_ADMIN_PERM = 0x10;
    }
}

crate::open_enum! {
    /// `attr-type`: an enumeration.
    pub enum AttrType: u32 {
        /// `invalid` (0).
        Invalid = 0,
        /// `flag` (1).
        Flag = 1,
        /// `u8` (2).
        U8 = 2,
        /// `u16` (3).
        U16 = 3,
        /// `u32` (4).
        U32 = 4,
        /// `u64` (5).
        U64 = 5,
        /// `s8` (6).
        S8 = 6,
        /// `s16` (7).
        S16 = 7,
        /// `s32` (8).
        S32 = 8,
        /// `s64` (9).
        S64 = 9,
        /// `binary` (10).
        Binary = 10,
        /// `string` (11).
        String = 11,
        /// `nul-string` (12).
        NulString = 12,
        /// `nested` (13).
        Nested = 13,
        /// `nested-array` (14).
        NestedArray = 14,
        /// `bitfield32` (15).
        Bitfield32 = 15,
        /// `sint` (16).
        Sint = 16,
        /// `uint` (17).
        Uint = 17,
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `ctrl-attrs`.
    pub mod ctrl_attrs {
        /// `family-id` (u16).
        pub const FAMILY_ID: u16 = 1;
        /// `family-name` (string).
        pub const FAMILY_NAME: u16 = 2;
        /// `version` (u32).
        pub const VERSION: u16 = 3;
        /// `hdrsize` (u32).
        pub const HDRSIZE: u16 = 4;
        /// `maxattr` (u32).
        pub const MAXATTR: u16 = 5;
        /// `ops` (indexed-array).
        pub const OPS: u16 = 6;
        /// `mcast-groups` (indexed-array).
        pub const MCAST_GROUPS: u16 = 7;
        /// `policy` (nest-type-value).
        pub const POLICY: u16 = 8;
        /// `op-policy` (nest-type-value).
        pub const OP_POLICY: u16 = 9;
        /// `op` (u32).
        pub const OP: u16 = 10;
    }

    /// The attributes of `mcast-group-attrs`.
    pub mod mcast_group_attrs {
        /// `name` (string).
        pub const NAME: u16 = 1;
        /// `id` (u32).
        pub const ID: u16 = 2;
    }

    /// The attributes of `op-attrs`.
    pub mod op_attrs {
        /// `id` (u32).
        pub const ID: u16 = 1;
        /// `flags` (u32).
        pub const FLAGS: u16 = 2;
    }

    /// The attributes of `policy-attrs`.
    pub mod policy_attrs {
        /// `type` (u32).
        pub const TYPE: u16 = 1;
        /// `min-value-s` (s64).
        pub const MIN_VALUE_S: u16 = 2;
        /// `max-value-s` (s64).
        pub const MAX_VALUE_S: u16 = 3;
        /// `min-value-u` (u64).
        pub const MIN_VALUE_U: u16 = 4;
        /// `max-value-u` (u64).
        pub const MAX_VALUE_U: u16 = 5;
        /// `min-length` (u32).
        pub const MIN_LENGTH: u16 = 6;
        /// `max-length` (u32).
        pub const MAX_LENGTH: u16 = 7;
        /// `policy-idx` (u32).
        pub const POLICY_IDX: u16 = 8;
        /// `policy-maxtype` (u32).
        pub const POLICY_MAXTYPE: u16 = 9;
        /// `bitfield32-mask` (u32).
        pub const BITFIELD32_MASK: u16 = 10;
        /// `mask` (u64).
        pub const MASK: u16 = 12;
        /// `pad` (pad).
        pub const PAD: u16 = 11;
    }

    /// The attributes of `op-policy-attrs`.
    pub mod op_policy_attrs {
        /// `do` (u32).
        pub const DO: u16 = 1;
        /// `dump` (u32).
        pub const DUMP: u16 = 2;
    }
}

crate::attribute_set! {
    /// The attribute set `ctrl-attrs`.
    pub struct CtrlAttrs {}
    attributes {
        /// `family-id`.
        pub family_id: codec::U16 = attrs::ctrl_attrs::FAMILY_ID,
        /// `family-name`.
        pub family_name: codec::Str = attrs::ctrl_attrs::FAMILY_NAME,
        /// `version`.
        pub version: codec::U32 = attrs::ctrl_attrs::VERSION,
        /// `hdrsize`.
        pub hdrsize: codec::U32 = attrs::ctrl_attrs::HDRSIZE,
        /// `maxattr`.
        pub maxattr: codec::U32 = attrs::ctrl_attrs::MAXATTR,
        /// `ops`.
        pub ops: codec::IndexedArray<codec::Nested<OpAttrs>> = attrs::ctrl_attrs::OPS,
        /// `mcast-groups`.
        pub mcast_groups: codec::IndexedArray<codec::Nested<McastGroupAttrs>> = attrs::ctrl_attrs::MCAST_GROUPS,
        /// `policy`.
        ///
        /// Nests keyed by attribute type (nest-type-value), raw.
        pub policy: codec::NestedBytes = attrs::ctrl_attrs::POLICY,
        /// `op-policy`.
        ///
        /// Nests keyed by attribute type (nest-type-value), raw.
        pub op_policy: codec::NestedBytes = attrs::ctrl_attrs::OP_POLICY,
        /// `op`.
        pub op: codec::U32 = attrs::ctrl_attrs::OP,
    }
}

crate::attribute_set! {
    /// The attribute set `mcast-group-attrs`.
    pub struct McastGroupAttrs {}
    attributes {
        /// `name`.
        pub name: codec::Str = attrs::mcast_group_attrs::NAME,
        /// `id`.
        pub id: codec::U32 = attrs::mcast_group_attrs::ID,
    }
}

crate::attribute_set! {
    /// The attribute set `op-attrs`.
    pub struct OpAttrs {}
    attributes {
        /// `id`.
        pub id: codec::U32 = attrs::op_attrs::ID,
        /// `flags`.
        pub flags: codec::Enum32<OpFlags> = attrs::op_attrs::FLAGS,
    }
}

crate::attribute_set! {
    /// The attribute set `policy-attrs`.
    pub struct PolicyAttrs {}
    attributes {
        /// `type`.
        pub type_: codec::Enum32<AttrType> = attrs::policy_attrs::TYPE,
        /// `min-value-s`.
        pub min_value_s: codec::I64 = attrs::policy_attrs::MIN_VALUE_S,
        /// `max-value-s`.
        pub max_value_s: codec::I64 = attrs::policy_attrs::MAX_VALUE_S,
        /// `min-value-u`.
        pub min_value_u: codec::U64 = attrs::policy_attrs::MIN_VALUE_U,
        /// `max-value-u`.
        pub max_value_u: codec::U64 = attrs::policy_attrs::MAX_VALUE_U,
        /// `min-length`.
        pub min_length: codec::U32 = attrs::policy_attrs::MIN_LENGTH,
        /// `max-length`.
        pub max_length: codec::U32 = attrs::policy_attrs::MAX_LENGTH,
        /// `policy-idx`.
        pub policy_idx: codec::U32 = attrs::policy_attrs::POLICY_IDX,
        /// `policy-maxtype`.
        pub policy_maxtype: codec::U32 = attrs::policy_attrs::POLICY_MAXTYPE,
        /// `bitfield32-mask`.
        pub bitfield32_mask: codec::U32 = attrs::policy_attrs::BITFIELD32_MASK,
        /// `mask`.
        pub mask: codec::U64 = attrs::policy_attrs::MASK,
    }
}

crate::attribute_set! {
    /// The attribute set `op-policy-attrs`.
    pub struct OpPolicyAttrs {}
    attributes {
        /// `do`.
        pub do_: codec::U32 = attrs::op_policy_attrs::DO,
        /// `dump`.
        pub dump: codec::U32 = attrs::op_policy_attrs::DUMP,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `getfamily`: Get / dump genetlink families
    pub const GETFAMILY: u8 = 3;
    /// `getfamily` (reply): Get / dump genetlink families
    pub const GETFAMILY_REPLY: u8 = 1;
    /// `getpolicy`: Get / dump genetlink policies
    pub const GETPOLICY: u8 = 10;
}

crate::attribute_set! {
    /// The request of `getfamily`: attributes of `ctrl-attrs` (`family-name`).
    pub struct GetfamilyRequest {}
    attributes {
        /// `family-name`.
        pub family_name: codec::Str = attrs::ctrl_attrs::FAMILY_NAME,
    }
}

impl crate::genl::Reply for CtrlAttrs {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for GetfamilyRequest {
    type Family = Family;
    type Reply = CtrlAttrs;
    const CMD: u8 = cmd::GETFAMILY;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::CTRL_ATTRS)
    }
}

/// `getfamily` (do): Get / dump genetlink families
///
/// Each reply is a [`CtrlAttrs`].
pub fn getfamily(family_id: u16, request: &GetfamilyRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GETFAMILY, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getfamily` (dump): attributes of `ctrl-attrs`.
    pub struct GetfamilyDumpRequest {}
    attributes {}
}

impl crate::genl::Request for GetfamilyDumpRequest {
    type Family = Family;
    type Reply = CtrlAttrs;
    const CMD: u8 = cmd::GETFAMILY;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::CTRL_ATTRS)
    }
}

/// `getfamily` (dump): Get / dump genetlink families
///
/// Each reply is a [`CtrlAttrs`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn getfamily_dump(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::GETFAMILY, FAMILY_VERSION)
}

crate::attribute_set! {
    /// The request of `getpolicy` (dump): attributes of `ctrl-attrs` (`family-name`, `family-id`,
    /// `op`).
    pub struct GetpolicyDumpRequest {}
    attributes {
        /// `family-name`.
        pub family_name: codec::Str = attrs::ctrl_attrs::FAMILY_NAME,
        /// `family-id`.
        pub family_id: codec::U16 = attrs::ctrl_attrs::FAMILY_ID,
        /// `op`.
        pub op: codec::U32 = attrs::ctrl_attrs::OP,
    }
}

impl crate::genl::Request for GetpolicyDumpRequest {
    type Family = Family;
    type Reply = CtrlAttrs;
    const CMD: u8 = cmd::GETPOLICY;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::CTRL_ATTRS)
    }
}

/// `getpolicy` (dump): Get / dump genetlink policies
///
/// Each reply is a [`CtrlAttrs`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn getpolicy_dump(family_id: u16, request: &GetpolicyDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GETPOLICY, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `ctrl-attrs`.
    pub static CTRL_ATTRS: SetNames = SetNames {
        name: "ctrl-attrs",
        attrs: &[
            AttrName::value(1, "family-id"),
            AttrName::value(2, "family-name"),
            AttrName::value(3, "version"),
            AttrName::value(4, "hdrsize"),
            AttrName::value(5, "maxattr"),
            AttrName::indexed(6, "ops", &OP_ATTRS),
            AttrName::indexed(7, "mcast-groups", &MCAST_GROUP_ATTRS),
            AttrName::value(8, "policy"),
            AttrName::value(9, "op-policy"),
            AttrName::value(10, "op"),
        ],
    };

    /// `mcast-group-attrs`.
    pub static MCAST_GROUP_ATTRS: SetNames = SetNames {
        name: "mcast-group-attrs",
        attrs: &[
            AttrName::value(1, "name"),
            AttrName::value(2, "id"),
        ],
    };

    /// `op-attrs`.
    pub static OP_ATTRS: SetNames = SetNames {
        name: "op-attrs",
        attrs: &[
            AttrName::value(1, "id"),
            AttrName::value(2, "flags"),
        ],
    };

    /// `policy-attrs`.
    pub static POLICY_ATTRS: SetNames = SetNames {
        name: "policy-attrs",
        attrs: &[
            AttrName::value(1, "type"),
            AttrName::value(2, "min-value-s"),
            AttrName::value(3, "max-value-s"),
            AttrName::value(4, "min-value-u"),
            AttrName::value(5, "max-value-u"),
            AttrName::value(6, "min-length"),
            AttrName::value(7, "max-length"),
            AttrName::value(8, "policy-idx"),
            AttrName::value(9, "policy-maxtype"),
            AttrName::value(10, "bitfield32-mask"),
            AttrName::value(12, "mask"),
            AttrName::value(11, "pad"),
        ],
    };

    /// `op-policy-attrs`.
    pub static OP_POLICY_ATTRS: SetNames = SetNames {
        name: "op-policy-attrs",
        attrs: &[
            AttrName::value(1, "do"),
            AttrName::value(2, "dump"),
        ],
    };
}
