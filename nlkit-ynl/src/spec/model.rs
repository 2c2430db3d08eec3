//! The spec model: what a YNL spec says, typed, with everything the spec leaves implicit
//! filled in (attribute ids, command numbers, enum values, the types of subset attributes).

/// The schema level a spec is written against (its `protocol`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Protocol {
    /// `genetlink`: the default, new families.
    Genetlink,
    /// `genetlink-c`: genetlink with C naming overrides.
    GenetlinkC,
    /// `genetlink-legacy`: older genetlink families (structs, fixed headers, directional
    /// command numbers, bitfield32).
    GenetlinkLegacy,
    /// `netlink-raw`: classic netlink protocols (rtnetlink, netfilter) with their own
    /// protocol number and message types.
    NetlinkRaw,
}

impl Protocol {
    /// The name as a spec writes it.
    pub fn name(self) -> &'static str {
        match self {
            Protocol::Genetlink => "genetlink",
            Protocol::GenetlinkC => "genetlink-c",
            Protocol::GenetlinkLegacy => "genetlink-legacy",
            Protocol::NetlinkRaw => "netlink-raw",
        }
    }

    /// True for the three generic netlink levels.
    pub fn is_genetlink(self) -> bool {
        self != Protocol::NetlinkRaw
    }
}

/// A whole spec: one netlink family.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    /// The family name (`ethtool`; for generic netlink the name to resolve).
    pub name: String,
    /// The licence from the first line's SPDX tag, when there is one.
    pub license: Option<String>,
    /// The documentation.
    pub doc: String,
    /// The schema level.
    pub protocol: Protocol,
    /// The netlink protocol number (netlink-raw only: 0 for rtnetlink, 12 for netfilter).
    pub protonum: Option<u32>,
    /// The interface version (`version`, genetlink-legacy; 1 when the spec does not say).
    pub version: u32,
    /// `uapi-header`.
    pub uapi_header: Option<String>,
    /// The C names the spec overrides (genetlink-c and up), kept for completeness.
    pub c_names: CNames,
    /// `kernel-policy` (genetlink-legacy, netlink-raw).
    pub kernel_policy: Option<String>,
    /// `definitions`: constants, enums, flags and structs.
    pub definitions: Vec<Definition>,
    /// `attribute-sets`.
    pub attribute_sets: Vec<AttrSet>,
    /// `sub-messages` (netlink-raw).
    pub sub_messages: Vec<SubMessage>,
    /// `operations`.
    pub operations: Operations,
    /// `mcast-groups`.
    pub mcast_groups: Vec<McastGroup>,
    /// What the kernel's own tools accept but is wrong all the same: names in an
    /// operation's attribute lists that its set does not define (rt_link's `if-netnsid`,
    /// nftables' `name` in `rule-attrs`). Generators skip those names.
    pub warnings: Vec<crate::SpecError>,
}

/// The C naming overrides of genetlink-c and up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CNames {
    /// `c-family-name`.
    pub family_name: Option<String>,
    /// `c-version-name`.
    pub version_name: Option<String>,
    /// `max-by-define`.
    pub max_by_define: bool,
    /// `cmd-max-name`.
    pub cmd_max_name: Option<String>,
    /// `cmd-cnt-name`.
    pub cmd_cnt_name: Option<String>,
}

/// One entry of `definitions`.
#[derive(Debug, Clone, PartialEq)]
pub struct Definition {
    /// The name.
    pub name: String,
    /// The documentation.
    pub doc: Option<String>,
    /// `header`: a C header that already defines it.
    pub header: Option<String>,
    /// `scope` (`uapi`, `kernel`, `user`).
    pub scope: Option<String>,
    /// What it defines.
    pub kind: DefinitionKind,
}

/// What a definition defines.
#[derive(Debug, Clone, PartialEq)]
pub enum DefinitionKind {
    /// `const`: a number or a string.
    Const(ConstValue),
    /// `enum`: named values.
    Enum(EnumDef),
    /// `flags`: named bits.
    Flags(EnumDef),
    /// `struct`: a fixed C structure (genetlink-legacy, netlink-raw).
    Struct(StructDef),
}

/// The value of a `const`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConstValue {
    /// A number.
    Int(i64),
    /// A string (or an expression the spec writes as one).
    Str(String),
}

/// An `enum` or `flags` definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumDef {
    /// The entries, values resolved: for an enum the value, for flags the bit number
    /// ([`EnumEntry::user_value`] gives the mask).
    pub entries: Vec<EnumEntry>,
    /// True for `flags`.
    pub is_flags: bool,
    /// `render-max`.
    pub render_max: bool,
    /// `enum-name` (genetlink-c and up): `Some(None)` when the spec says null.
    pub enum_name: Option<Option<String>>,
    /// `name-prefix` (genetlink-c and up).
    pub name_prefix: Option<String>,
}

/// One entry of an enum or flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumEntry {
    /// The name.
    pub name: String,
    /// The value (enums) or the bit number (flags).
    pub value: u64,
    /// The documentation.
    pub doc: Option<String>,
}

impl EnumEntry {
    /// The value a program sees: the value of an enum entry, the mask of a flag.
    pub fn user_value(&self, is_flags: bool) -> u64 {
        if is_flags {
            1u64.checked_shl(self.value as u32).unwrap_or(0)
        } else {
            self.value
        }
    }
}

/// A `struct` definition: members in order, packed (padding is an explicit member).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StructDef {
    /// The members.
    pub members: Vec<Member>,
}

/// A member of a struct.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The name.
    pub name: String,
    /// The type.
    pub ty: ScalarType,
    /// `len`: the size of a `binary`, `string` or `pad` member.
    pub len: Option<Limit>,
    /// `byte-order`.
    pub byte_order: Option<ByteOrder>,
    /// The documentation.
    pub doc: Option<String>,
    /// `enum`: the enum or flags definition of its values.
    pub enumeration: Option<String>,
    /// `enum-as-flags`.
    pub enum_as_flags: bool,
    /// `display-hint`.
    pub display_hint: Option<String>,
    /// `struct`: a nested struct (a `binary` member, netlink-raw).
    pub nested_struct: Option<String>,
}

/// The type of a struct member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScalarType {
    /// `u8`.
    U8,
    /// `u16`.
    U16,
    /// `u32`.
    U32,
    /// `u64`.
    U64,
    /// `s8`.
    S8,
    /// `s16`.
    S16,
    /// `s32`.
    S32,
    /// `s64`.
    S64,
    /// `string` (fixed length).
    String,
    /// `binary` (fixed length, or a nested struct).
    Binary,
    /// `pad`.
    Pad,
}

impl ScalarType {
    /// The size of an integer type in bytes; `None` for strings, binaries and padding.
    pub fn int_size(self) -> Option<usize> {
        match self {
            ScalarType::U8 | ScalarType::S8 => Some(1),
            ScalarType::U16 | ScalarType::S16 => Some(2),
            ScalarType::U32 | ScalarType::S32 => Some(4),
            ScalarType::U64 | ScalarType::S64 => Some(8),
            _ => None,
        }
    }

    /// True for the signed integer types.
    pub fn is_signed(self) -> bool {
        matches!(
            self,
            ScalarType::S8 | ScalarType::S16 | ScalarType::S32 | ScalarType::S64
        )
    }
}

/// A byte order a spec names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ByteOrder {
    /// `little-endian`.
    Little,
    /// `big-endian` (network byte order).
    Big,
}

/// A length or limit: a number, or the name of a constant (`ETH_ALEN`, `u32-max`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Limit {
    /// A number.
    Int(i64),
    /// A constant's name or a type limit (`u16-max`), as written.
    Name(String),
}

/// An attribute set.
#[derive(Debug, Clone, PartialEq)]
pub struct AttrSet {
    /// The name.
    pub name: String,
    /// `name-prefix` of the C enum.
    pub name_prefix: Option<String>,
    /// `enum-name`: `Some(None)` when the spec says null.
    pub enum_name: Option<Option<String>>,
    /// The documentation.
    pub doc: Option<String>,
    /// `subset-of`: the set this one takes its attributes from.
    pub subset_of: Option<String>,
    /// `attr-cnt-name` (genetlink-c and up).
    pub attr_cnt_name: Option<String>,
    /// `attr-max-name` (genetlink-c and up).
    pub attr_max_name: Option<String>,
    /// The attributes, ids and (for subsets) types resolved.
    pub attributes: Vec<Attribute>,
}

/// One attribute of a set.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    /// The name.
    pub name: String,
    /// The attribute type (`nla_type`): counted from 1 unless the spec gives `value`.
    pub id: u16,
    /// The type.
    pub ty: AttrType,
    /// The documentation.
    pub doc: Option<String>,
    /// `byte-order`.
    pub byte_order: Option<ByteOrder>,
    /// `multi-attr`: the attribute may repeat.
    pub multi_attr: bool,
    /// `nested-attributes`: the set of a nest, indexed array or nest-type-value.
    pub nested_attributes: Option<String>,
    /// `enum`: the enum or flags definition of its values.
    pub enumeration: Option<String>,
    /// `enum-as-flags`.
    pub enum_as_flags: bool,
    /// `checks`: the kernel's validation.
    pub checks: Checks,
    /// `sub-type`: the element type of a binary array or indexed array.
    pub sub_type: Option<AttrType>,
    /// `display-hint`.
    pub display_hint: Option<String>,
    /// `struct`: the struct a binary attribute holds.
    pub struct_name: Option<String>,
    /// `sub-message` (netlink-raw).
    pub sub_message: Option<String>,
    /// `selector`: the attribute whose value selects the sub-message format.
    pub selector: Option<String>,
    /// `type-value`: the names of the nest levels a nest-type-value attribute keys by type.
    pub type_value: Vec<String>,
    /// `name-prefix` (genetlink-c and up).
    pub name_prefix: Option<String>,
}

/// The type of an attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AttrType {
    /// `unused`: a reserved id.
    Unused,
    /// `pad`: padding for 64-bit alignment.
    Pad,
    /// `flag`: no payload; present or not.
    Flag,
    /// `binary`: bytes, a struct, or an array of `sub-type`.
    Binary,
    /// `bitfield32`: `struct nla_bitfield32` (value and selector).
    Bitfield32,
    /// `uint`: an unsigned integer of 4 or 8 bytes.
    Uint,
    /// `sint`: a signed integer of 4 or 8 bytes.
    Sint,
    /// `u8`.
    U8,
    /// `u16`.
    U16,
    /// `u32`.
    U32,
    /// `u64`.
    U64,
    /// `s8`.
    S8,
    /// `s16`.
    S16,
    /// `s32`.
    S32,
    /// `s64`.
    S64,
    /// `string`.
    String,
    /// `nest`: the attributes of `nested-attributes`.
    Nest,
    /// `indexed-array`: a nest of elements keyed by their index.
    IndexedArray,
    /// `nest-type-value`: nests whose attribute types carry values.
    NestTypeValue,
    /// `sub-message`: a payload whose format another attribute selects.
    SubMessage,
}

/// Every attribute type with its spec name.
pub const ATTR_TYPES: [(AttrType, &str); 20] = [
    (AttrType::Unused, "unused"),
    (AttrType::Pad, "pad"),
    (AttrType::Flag, "flag"),
    (AttrType::Binary, "binary"),
    (AttrType::Bitfield32, "bitfield32"),
    (AttrType::Uint, "uint"),
    (AttrType::Sint, "sint"),
    (AttrType::U8, "u8"),
    (AttrType::U16, "u16"),
    (AttrType::U32, "u32"),
    (AttrType::U64, "u64"),
    (AttrType::S8, "s8"),
    (AttrType::S16, "s16"),
    (AttrType::S32, "s32"),
    (AttrType::S64, "s64"),
    (AttrType::String, "string"),
    (AttrType::Nest, "nest"),
    (AttrType::IndexedArray, "indexed-array"),
    (AttrType::NestTypeValue, "nest-type-value"),
    (AttrType::SubMessage, "sub-message"),
];

impl AttrType {
    /// The name as a spec writes it.
    pub fn name(self) -> &'static str {
        ATTR_TYPES
            .iter()
            .find(|(t, _)| *t == self)
            .map_or("?", |(_, n)| n)
    }

    /// The type of a spec name.
    pub fn from_name(name: &str) -> Option<AttrType> {
        ATTR_TYPES.iter().find(|(_, n)| *n == name).map(|(t, _)| *t)
    }

    /// The size of a fixed-size integer type in bytes.
    pub fn int_size(self) -> Option<usize> {
        match self {
            AttrType::U8 | AttrType::S8 => Some(1),
            AttrType::U16 | AttrType::S16 => Some(2),
            AttrType::U32 | AttrType::S32 => Some(4),
            AttrType::U64 | AttrType::S64 => Some(8),
            _ => None,
        }
    }

    /// True for the signed integer types (`sint` included).
    pub fn is_signed(self) -> bool {
        matches!(
            self,
            AttrType::S8 | AttrType::S16 | AttrType::S32 | AttrType::S64 | AttrType::Sint
        )
    }
}

/// The kernel's validation of an attribute (`checks`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checks {
    /// `flags-mask`: the flags definition whose bits are allowed.
    pub flags_mask: Option<String>,
    /// `min`.
    pub min: Option<Limit>,
    /// `max`.
    pub max: Option<Limit>,
    /// `min-len`.
    pub min_len: Option<Limit>,
    /// `max-len`.
    pub max_len: Option<Limit>,
    /// `exact-len`.
    pub exact_len: Option<Limit>,
    /// `unterminated-ok`.
    pub unterminated_ok: bool,
}

/// A sub-message: the formats an attribute's payload may take, selected by another
/// attribute's value (netlink-raw).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubMessage {
    /// The name.
    pub name: String,
    /// The formats.
    pub formats: Vec<SubMessageFormat>,
}

/// One format of a sub-message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubMessageFormat {
    /// The selector's value that picks it (a string: `vlan`, `bridge`).
    pub value: String,
    /// `fixed-header`: a struct before the attributes.
    pub fixed_header: Option<String>,
    /// `attribute-set`: the attributes.
    pub attribute_set: Option<String>,
}

/// How command numbers are assigned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EnumModel {
    /// `unified`: one number per operation, both ways.
    Unified,
    /// `directional`: requests and replies (and notifications) numbered apart.
    Directional,
}

/// `operations`.
#[derive(Debug, Clone, PartialEq)]
pub struct Operations {
    /// `enum-model`.
    pub enum_model: EnumModel,
    /// `name-prefix`.
    pub name_prefix: Option<String>,
    /// `enum-name`.
    pub enum_name: Option<Option<String>>,
    /// `async-prefix`.
    pub async_prefix: Option<String>,
    /// `async-enum`.
    pub async_enum: Option<Option<String>>,
    /// `fixed-header`: the struct after the (generic) netlink header of every message.
    pub fixed_header: Option<String>,
    /// The operations, in spec order.
    pub list: Vec<Operation>,
}

/// One operation (command).
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// The name.
    pub name: String,
    /// The documentation.
    pub doc: String,
    /// The command number (message type for netlink-raw) of requests, when it has them.
    pub request_value: Option<u32>,
    /// The command number of replies and notifications, when it has them.
    pub reply_value: Option<u32>,
    /// `attribute-set` (for a `notify`, the notified operation's set when not given).
    pub attribute_set: Option<String>,
    /// `flags` (`admin-perm`, `uns-admin-perm`).
    pub flags: Vec<String>,
    /// `dont-validate`.
    pub dont_validate: Vec<String>,
    /// `config-cond`.
    pub config_cond: Option<String>,
    /// `fixed-header`: overrides the operations' one.
    pub fixed_header: Option<String>,
    /// `do`.
    pub do_: Option<OpMode>,
    /// `dump`.
    pub dump: Option<OpMode>,
    /// `notify`: the operation whose reply this notification shares.
    pub notify: Option<String>,
    /// `event`: the attributes of an event.
    pub event: Option<Vec<String>>,
    /// `mcgrp`: the multicast group it is sent to.
    pub mcgrp: Option<String>,
}

impl Operation {
    /// True for notifications and events (`notify`, `event`).
    pub fn is_async(&self) -> bool {
        self.notify.is_some() || self.event.is_some()
    }
}

/// A `do` or `dump`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpMode {
    /// The request.
    pub request: Option<MessageAttrs>,
    /// The reply.
    pub reply: Option<MessageAttrs>,
    /// `pre` (a kernel hook).
    pub pre: Option<String>,
    /// `post` (a kernel hook).
    pub post: Option<String>,
}

/// The attributes of a request or reply.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageAttrs {
    /// The names of the attributes (of the operation's set).
    pub attributes: Vec<String>,
    /// `value`: the message's own number (directional specs).
    pub value: Option<u32>,
}

/// A multicast group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct McastGroup {
    /// The name (what generic netlink resolves).
    pub name: String,
    /// `c-define-name`.
    pub c_define_name: Option<String>,
    /// `flags`.
    pub flags: Vec<String>,
    /// `value`: the group number (netlink-raw).
    pub value: Option<u32>,
}

impl Spec {
    /// The definition named `name`.
    pub fn definition(&self, name: &str) -> Option<&Definition> {
        self.definitions.iter().find(|d| d.name == name)
    }

    /// The enum or flags named `name`.
    pub fn enumeration(&self, name: &str) -> Option<&EnumDef> {
        match &self.definition(name)?.kind {
            DefinitionKind::Enum(e) | DefinitionKind::Flags(e) => Some(e),
            _ => None,
        }
    }

    /// The struct named `name`.
    pub fn structure(&self, name: &str) -> Option<&StructDef> {
        match &self.definition(name)?.kind {
            DefinitionKind::Struct(s) => Some(s),
            _ => None,
        }
    }

    /// The attribute set named `name`.
    pub fn attr_set(&self, name: &str) -> Option<&AttrSet> {
        self.attribute_sets.iter().find(|s| s.name == name)
    }

    /// The sub-message named `name`.
    pub fn sub_message(&self, name: &str) -> Option<&SubMessage> {
        self.sub_messages.iter().find(|s| s.name == name)
    }

    /// The operation named `name`.
    pub fn operation(&self, name: &str) -> Option<&Operation> {
        self.operations.list.iter().find(|o| o.name == name)
    }

    /// The fixed header of `op`'s messages: its own, else the operations' one.
    pub fn fixed_header_of<'a>(&'a self, op: &'a Operation) -> Option<&'a str> {
        op.fixed_header
            .as_deref()
            .or(self.operations.fixed_header.as_deref())
    }
}

impl AttrSet {
    /// The attribute named `name`.
    pub fn attribute(&self, name: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }

    /// The attribute of id `id`.
    pub fn by_id(&self, id: u16) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.id == id)
    }
}
