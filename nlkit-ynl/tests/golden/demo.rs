//! `demo` (genetlink-legacy): A demo family.
//!
//! Generated from `tests/golden/demo.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "demo";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 2;

/// The `demo` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

/// `max-things`: a constant.
pub const MAX_THINGS: u32 = 8;

crate::open_enum! {
    /// `colour`: an enumeration.
    ///
    /// A colour.
    pub enum Colour: u8 {
        /// `red` (0).
        Red = 0,
        /// `green` (1).
        Green = 1,
        /// `blue` (2).
        Blue = 2,
    }
}

crate::flag_set! {
    /// `opts`: flags.
    pub struct Opts: u32 {
        /// `fast` (bit 0): Go fast.
        const FAST = 0x1;
        /// `slow` (bit 1).
        const SLOW = 0x2;
    }
}

crate::fixed_struct! {
    /// `hdr`: a C structure of 8 bytes.
    pub struct Hdr("hdr") {
        /// `index`.
        pub index: u32,
        /// `port`.
        pub port: crate::wire::fixed::Be16,
        /// `pad`.
        pub pad: [u8; 2],
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `thing`.
    pub mod thing {
        /// `id` (u32).
        pub const ID: u16 = 1;
        /// `name` (string).
        pub const NAME: u16 = 2;
        /// `colour` (u8).
        pub const COLOUR: u16 = 3;
        /// `opts` (u32).
        pub const OPTS: u16 = 4;
        /// `tags` (u16).
        pub const TAGS: u16 = 5;
        /// `sub` (nest).
        pub const SUB: u16 = 6;
        /// `pad` (pad).
        pub const PAD: u16 = 7;
        /// `counters` (indexed-array).
        pub const COUNTERS: u16 = 8;
        /// `raw` (binary).
        pub const RAW: u16 = 9;
        /// `sel` (bitfield32).
        pub const SEL: u16 = 10;
    }
}

crate::attribute_set! {
    /// The attribute set `thing`.
    ///
    /// One thing.
    pub struct Thing {}
    attributes {
        /// `id`.
        ///
        /// The kernel checks: min 1, max `max-things`.
        pub id: codec::U32 = attrs::thing::ID,
        /// `name`.
        pub name: codec::Str = attrs::thing::NAME,
        /// `colour`.
        pub colour: codec::Enum8<Colour> = attrs::thing::COLOUR,
        /// `opts`.
        pub opts: codec::Enum32<Opts> = attrs::thing::OPTS,
        /// `tags`.
        pub tags: codec::Multi<codec::U16> = attrs::thing::TAGS,
        /// `sub`.
        pub sub: codec::Boxed<codec::Nested<Thing>> = attrs::thing::SUB,
        /// `counters`.
        pub counters: codec::IndexedArray<codec::U32> = attrs::thing::COUNTERS,
        /// `raw`.
        pub raw: codec::Array<codec::U64> = attrs::thing::RAW,
        /// `sel`.
        pub sel: codec::Struct<codec::Bitfield32> = attrs::thing::SEL,
    }
}

crate::attribute_set! {
    /// The attribute set `thing-ids`. A subset of `thing`: [`Thing`].
    pub struct ThingIds {}
    attributes {
        /// `id`.
        ///
        /// The kernel checks: min 1, max `max-things`.
        pub id: codec::U32 = attrs::thing::ID,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `thing-get`: Get things.
    pub const THING_GET: u8 = 1;
    /// `thing-get` (reply): Get things.
    pub const THING_GET_REPLY: u8 = 3;
    /// `thing-ntf` (notification): A thing changed.
    pub const THING_NTF: u8 = 4;
}

/// The multicast groups, by the name the family resolver knows them by.
pub mod mcgrp {
    /// `things`.
    pub const THINGS: &str = "things";
}

crate::attribute_set! {
    /// The request of `thing-get`: attributes of `thing` (`id`).
    pub struct ThingGetRequest {
        /// The fixed header.
        pub header: Hdr,
    }
    attributes {
        /// `id`.
        ///
        /// The kernel checks: min 1, max `max-things`.
        pub id: codec::U32 = attrs::thing::ID,
    }
}

impl crate::genl::Request for ThingGetRequest {
    type Family = Family;
    type Reply = super::Headed<Hdr, Thing>;
    const CMD: u8 = cmd::THING_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&self.header);
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::THING)
    }
}

/// `thing-get` (do): Get things.
///
/// Each reply is a [`Thing`].
pub fn thing_get(family_id: u16, request: &ThingGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::THING_GET, FAMILY_VERSION);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `thing-get` (dump): attributes of `thing`.
    pub struct ThingGetDumpRequest {
        /// The fixed header.
        pub header: Hdr,
    }
    attributes {}
}

impl crate::genl::Request for ThingGetDumpRequest {
    type Family = Family;
    type Reply = super::Headed<Hdr, Thing>;
    const CMD: u8 = cmd::THING_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&self.header);
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::THING)
    }
}

/// `thing-get` (dump): Get things.
///
/// Each reply is a [`Thing`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn thing_get_dump(family_id: u16, request: &ThingGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::THING_GET, FAMILY_VERSION);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

/// A notification of this family (sent to its multicast groups), by command.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)]
pub enum Notification {
    /// `thing-ntf`: A thing changed.
    ThingNtf(Hdr, Thing),
    /// A command this spec has no notification for (its number).
    Other(u8),
}

impl Notification {
    /// Reads a notification: the payload of a message of this family (after `nlmsghdr`).
    pub fn parse(payload: &[u8]) -> Result<Notification, DecodeError> {
        let cmd = FamilyMessage::<crate::wire::genl::GenlMsgHdr>::parse(payload)?.header.cmd;
        Ok(match cmd {
            cmd::THING_NTF => {
                let (_, h, a) = super::parse_genl_fixed(payload)?;
                Notification::ThingNtf(h, a)
            }
            other => Notification::Other(other),
        })
    }
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `thing`.
    pub static THING: SetNames = SetNames {
        name: "thing",
        attrs: &[
            AttrName::value(1, "id"),
            AttrName::value(2, "name"),
            AttrName::value(3, "colour"),
            AttrName::value(4, "opts"),
            AttrName::value(5, "tags"),
            AttrName::nest(6, "sub", &THING),
            AttrName::value(7, "pad"),
            AttrName::value(8, "counters"),
            AttrName::value(9, "raw"),
            AttrName::value(10, "sel"),
        ],
    };

    /// `thing-ids`.
    pub static THING_IDS: SetNames = SetNames {
        name: "thing-ids",
        attrs: &[
            AttrName::value(1, "id"),
        ],
    };
}
