//! `team` (genetlink-legacy): Network team device driver.
//!
//! Generated from `nlkit-ynl/specs/team.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "team";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `team` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

/// `string-max-len`: a constant.
pub const STRING_MAX_LEN: u32 = 32;

/// `genl-change-event-mc-grp-name`: a constant.
pub const GENL_CHANGE_EVENT_MC_GRP_NAME: &str = "change_event";

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `team`.
    pub mod team {
        /// `unspec` (unused).
        pub const UNSPEC: u16 = 0;
        /// `team-ifindex` (u32).
        pub const TEAM_IFINDEX: u16 = 1;
        /// `list-option` (nest).
        pub const LIST_OPTION: u16 = 2;
        /// `list-port` (nest).
        pub const LIST_PORT: u16 = 3;
    }

    /// The attributes of `item-option`.
    pub mod item_option {
        /// `option-unspec` (unused).
        pub const OPTION_UNSPEC: u16 = 0;
        /// `option` (nest).
        pub const OPTION: u16 = 1;
    }

    /// The attributes of `attr-option`.
    pub mod attr_option {
        /// `unspec` (unused).
        pub const UNSPEC: u16 = 0;
        /// `name` (string).
        pub const NAME: u16 = 1;
        /// `changed` (flag).
        pub const CHANGED: u16 = 2;
        /// `type` (u8).
        pub const TYPE: u16 = 3;
        /// `data` (binary).
        pub const DATA: u16 = 4;
        /// `removed` (flag).
        pub const REMOVED: u16 = 5;
        /// `port-ifindex` (u32).
        pub const PORT_IFINDEX: u16 = 6;
        /// `array-index` (u32).
        pub const ARRAY_INDEX: u16 = 7;
    }

    /// The attributes of `item-port`.
    pub mod item_port {
        /// `port-unspec` (unused).
        pub const PORT_UNSPEC: u16 = 0;
        /// `port` (nest).
        pub const PORT: u16 = 1;
    }

    /// The attributes of `attr-port`.
    pub mod attr_port {
        /// `unspec` (unused).
        pub const UNSPEC: u16 = 0;
        /// `ifindex` (u32).
        pub const IFINDEX: u16 = 1;
        /// `changed` (flag).
        pub const CHANGED: u16 = 2;
        /// `linkup` (flag).
        pub const LINKUP: u16 = 3;
        /// `speed` (u32).
        pub const SPEED: u16 = 4;
        /// `duplex` (u8).
        pub const DUPLEX: u16 = 5;
        /// `removed` (flag).
        pub const REMOVED: u16 = 6;
    }
}

crate::attribute_set! {
    /// The attribute set `team`.
    ///
    /// The team nested layout of get/set msg looks like \[TEAM_ATTR_LIST_OPTION\]
    /// \[TEAM_ATTR_ITEM_OPTION\] \[TEAM_ATTR_OPTION_*\], ... \[TEAM_ATTR_ITEM_OPTION\]
    /// \[TEAM_ATTR_OPTION_*\], ... ... \[TEAM_ATTR_LIST_PORT\] \[TEAM_ATTR_ITEM_PORT\]
    /// \[TEAM_ATTR_PORT_*\], ... \[TEAM_ATTR_ITEM_PORT\] \[TEAM_ATTR_PORT_*\], ... ...
    pub struct Team {}
    attributes {
        /// `team-ifindex`.
        pub team_ifindex: codec::U32 = attrs::team::TEAM_IFINDEX,
        /// `list-option`.
        pub list_option: codec::Nested<ItemOption> = attrs::team::LIST_OPTION,
        /// `list-port`.
        pub list_port: codec::Nested<ItemPort> = attrs::team::LIST_PORT,
    }
}

crate::attribute_set! {
    /// The attribute set `item-option`.
    pub struct ItemOption {}
    attributes {
        /// `option`.
        pub option: codec::Nested<AttrOption> = attrs::item_option::OPTION,
    }
}

crate::attribute_set! {
    /// The attribute set `attr-option`.
    pub struct AttrOption {}
    attributes {
        /// `name`.
        ///
        /// The kernel checks: max-len `string-max-len`, no terminating NUL needed.
        pub name: codec::Str = attrs::attr_option::NAME,
        /// `changed`.
        pub changed: codec::Flag = attrs::attr_option::CHANGED,
        /// `type`.
        pub type_: codec::U8 = attrs::attr_option::TYPE,
        /// `data`.
        pub data: codec::Bytes = attrs::attr_option::DATA,
        /// `removed`.
        pub removed: codec::Flag = attrs::attr_option::REMOVED,
        /// for per-port options
        pub port_ifindex: codec::U32 = attrs::attr_option::PORT_IFINDEX,
        /// for array options
        pub array_index: codec::U32 = attrs::attr_option::ARRAY_INDEX,
    }
}

crate::attribute_set! {
    /// The attribute set `item-port`.
    pub struct ItemPort {}
    attributes {
        /// `port`.
        pub port: codec::Nested<AttrPort> = attrs::item_port::PORT,
    }
}

crate::attribute_set! {
    /// The attribute set `attr-port`.
    pub struct AttrPort {}
    attributes {
        /// `ifindex`.
        pub ifindex: codec::U32 = attrs::attr_port::IFINDEX,
        /// `changed`.
        pub changed: codec::Flag = attrs::attr_port::CHANGED,
        /// `linkup`.
        pub linkup: codec::Flag = attrs::attr_port::LINKUP,
        /// `speed`.
        pub speed: codec::U32 = attrs::attr_port::SPEED,
        /// `duplex`.
        pub duplex: codec::U8 = attrs::attr_port::DUPLEX,
        /// `removed`.
        pub removed: codec::Flag = attrs::attr_port::REMOVED,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `noop`: No operation
    pub const NOOP: u8 = 0;
    /// `options-set`: Set team options
    pub const OPTIONS_SET: u8 = 1;
    /// `options-get`: Get team options info
    pub const OPTIONS_GET: u8 = 2;
    /// `port-list-get`: Get team ports info
    pub const PORT_LIST_GET: u8 = 3;
}

crate::attribute_set! {
    /// The request of `noop`: attributes of `team`.
    pub struct NoopRequest {}
    attributes {}
}

impl crate::genl::Reply for Team {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for NoopRequest {
    type Family = Family;
    type Reply = Team;
    const CMD: u8 = cmd::NOOP;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::TEAM)
    }
}

/// `noop` (do): No operation
///
/// Each reply is a [`Team`].
pub fn noop(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::NOOP, FAMILY_VERSION)
}

crate::attribute_set! {
    /// The request of `options-set`: attributes of `team` (`team-ifindex`, `list-option`).
    pub struct OptionsSetRequest {}
    attributes {
        /// `team-ifindex`.
        pub team_ifindex: codec::U32 = attrs::team::TEAM_IFINDEX,
        /// `list-option`.
        pub list_option: codec::Nested<ItemOption> = attrs::team::LIST_OPTION,
    }
}

impl crate::genl::Request for OptionsSetRequest {
    type Family = Family;
    type Reply = Team;
    const CMD: u8 = cmd::OPTIONS_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::TEAM)
    }
}

/// `options-set` (do): Set team options
///
/// Each reply is a [`Team`]. Needs admin-perm.
pub fn options_set(family_id: u16, request: &OptionsSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::OPTIONS_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `options-get`: attributes of `team` (`team-ifindex`).
    pub struct OptionsGetRequest {}
    attributes {
        /// `team-ifindex`.
        pub team_ifindex: codec::U32 = attrs::team::TEAM_IFINDEX,
    }
}

impl crate::genl::Request for OptionsGetRequest {
    type Family = Family;
    type Reply = Team;
    const CMD: u8 = cmd::OPTIONS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::TEAM)
    }
}

/// `options-get` (do): Get team options info
///
/// Each reply is a [`Team`]. Needs admin-perm.
pub fn options_get(family_id: u16, request: &OptionsGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::OPTIONS_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `port-list-get`: attributes of `team` (`team-ifindex`).
    pub struct PortListGetRequest {}
    attributes {
        /// `team-ifindex`.
        pub team_ifindex: codec::U32 = attrs::team::TEAM_IFINDEX,
    }
}

impl crate::genl::Request for PortListGetRequest {
    type Family = Family;
    type Reply = Team;
    const CMD: u8 = cmd::PORT_LIST_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::TEAM)
    }
}

/// `port-list-get` (do): Get team ports info
///
/// Each reply is a [`Team`]. Needs admin-perm.
pub fn port_list_get(family_id: u16, request: &PortListGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PORT_LIST_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `team`.
    pub static TEAM: SetNames = SetNames {
        name: "team",
        attrs: &[
            AttrName::value(0, "unspec"),
            AttrName::value(1, "team-ifindex"),
            AttrName::nest(2, "list-option", &ITEM_OPTION),
            AttrName::nest(3, "list-port", &ITEM_PORT),
        ],
    };

    /// `item-option`.
    pub static ITEM_OPTION: SetNames = SetNames {
        name: "item-option",
        attrs: &[
            AttrName::value(0, "option-unspec"),
            AttrName::nest(1, "option", &ATTR_OPTION),
        ],
    };

    /// `attr-option`.
    pub static ATTR_OPTION: SetNames = SetNames {
        name: "attr-option",
        attrs: &[
            AttrName::value(0, "unspec"),
            AttrName::value(1, "name"),
            AttrName::value(2, "changed"),
            AttrName::value(3, "type"),
            AttrName::value(4, "data"),
            AttrName::value(5, "removed"),
            AttrName::value(6, "port-ifindex"),
            AttrName::value(7, "array-index"),
        ],
    };

    /// `item-port`.
    pub static ITEM_PORT: SetNames = SetNames {
        name: "item-port",
        attrs: &[
            AttrName::value(0, "port-unspec"),
            AttrName::nest(1, "port", &ATTR_PORT),
        ],
    };

    /// `attr-port`.
    pub static ATTR_PORT: SetNames = SetNames {
        name: "attr-port",
        attrs: &[
            AttrName::value(0, "unspec"),
            AttrName::value(1, "ifindex"),
            AttrName::value(2, "changed"),
            AttrName::value(3, "linkup"),
            AttrName::value(4, "speed"),
            AttrName::value(5, "duplex"),
            AttrName::value(6, "removed"),
        ],
    };
}
