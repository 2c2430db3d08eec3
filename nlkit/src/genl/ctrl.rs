//! nlctrl, the generic netlink controller (`GENL_ID_CTRL`, linux/genetlink.h): what each
//! family is (its id, version, header size, operations and multicast groups), its
//! attribute policies, and notifications when a family comes or goes.
//!
//! Its messages are one attribute set, [`CtrlMessage`] (`CTRL_ATTR_*`), parsed leniently
//! and emitted back as they came; [`FamilyInfo`] is the typed summary of a family. The
//! requests are [`GetFamily`], [`ListFamilies`] and [`GetPolicy`]
//! (each a [`super::Request`] of the [`Nlctrl`] family, whose id is fixed).
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::genl::ctrl;
//! use nlkit::sys::Protocol;
//! let mut conn = Conn::new(Protocol::Generic)?;
//! for family in ctrl::list(&mut conn)? {
//!     let f = family?;
//!     println!("{} (id {}): {} operations", f.name, f.id, f.operations.len());
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::request::{Family, Replies, Reply, Request};
use crate::engine::{Conn, Error};
use crate::wire::genl::GenlView;
use crate::wire::genl::{GenlMsgHdr, GENL_ID_CTRL};
use crate::wire::{
    codec, AttributeSet, DecodeError, DecodeErrorKind, Flags, MessageBuilder, MessageView,
};
use std::fmt;

/// The controller's commands (`CTRL_CMD_*`).
pub mod cmd {
    #![allow(missing_docs)]
    pub const CTRL_CMD_UNSPEC: u8 = 0;
    pub const CTRL_CMD_NEWFAMILY: u8 = 1;
    pub const CTRL_CMD_DELFAMILY: u8 = 2;
    pub const CTRL_CMD_GETFAMILY: u8 = 3;
    pub const CTRL_CMD_NEWOPS: u8 = 4;
    pub const CTRL_CMD_DELOPS: u8 = 5;
    pub const CTRL_CMD_GETOPS: u8 = 6;
    pub const CTRL_CMD_NEWMCAST_GRP: u8 = 7;
    pub const CTRL_CMD_DELMCAST_GRP: u8 = 8;
    pub const CTRL_CMD_GETMCAST_GRP: u8 = 9;
    pub const CTRL_CMD_GETPOLICY: u8 = 10;
}

/// The controller's attribute ids: `CTRL_ATTR_*`, `CTRL_ATTR_OP_*`,
/// `CTRL_ATTR_MCAST_GRP_*`, `CTRL_ATTR_POLICY_*` (linux/genetlink.h) and
/// `NL_POLICY_TYPE_ATTR_*` (linux/netlink.h).
pub mod attrs {
    #![allow(missing_docs)]
    pub const CTRL_ATTR_FAMILY_ID: u16 = 1;
    pub const CTRL_ATTR_FAMILY_NAME: u16 = 2;
    pub const CTRL_ATTR_VERSION: u16 = 3;
    pub const CTRL_ATTR_HDRSIZE: u16 = 4;
    pub const CTRL_ATTR_MAXATTR: u16 = 5;
    pub const CTRL_ATTR_OPS: u16 = 6;
    pub const CTRL_ATTR_MCAST_GROUPS: u16 = 7;
    pub const CTRL_ATTR_POLICY: u16 = 8;
    pub const CTRL_ATTR_OP_POLICY: u16 = 9;
    pub const CTRL_ATTR_OP: u16 = 10;

    pub const CTRL_ATTR_OP_ID: u16 = 1;
    pub const CTRL_ATTR_OP_FLAGS: u16 = 2;

    pub const CTRL_ATTR_MCAST_GRP_NAME: u16 = 1;
    pub const CTRL_ATTR_MCAST_GRP_ID: u16 = 2;

    pub const CTRL_ATTR_POLICY_DO: u16 = 1;
    pub const CTRL_ATTR_POLICY_DUMP: u16 = 2;

    pub const NL_POLICY_TYPE_ATTR_TYPE: u16 = 1;
    pub const NL_POLICY_TYPE_ATTR_MIN_VALUE_S: u16 = 2;
    pub const NL_POLICY_TYPE_ATTR_MAX_VALUE_S: u16 = 3;
    pub const NL_POLICY_TYPE_ATTR_MIN_VALUE_U: u16 = 4;
    pub const NL_POLICY_TYPE_ATTR_MAX_VALUE_U: u16 = 5;
    pub const NL_POLICY_TYPE_ATTR_MIN_LENGTH: u16 = 6;
    pub const NL_POLICY_TYPE_ATTR_MAX_LENGTH: u16 = 7;
    pub const NL_POLICY_TYPE_ATTR_POLICY_IDX: u16 = 8;
    pub const NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE: u16 = 9;
    pub const NL_POLICY_TYPE_ATTR_BITFIELD32_MASK: u16 = 10;
    /// Padding before the 64-bit values (kept raw when parsed).
    pub const NL_POLICY_TYPE_ATTR_PAD: u16 = 11;
    pub const NL_POLICY_TYPE_ATTR_MASK: u16 = 12;
}

use attrs::*;
use cmd::*;

/// The multicast group of nlctrl's notifications (`notify`): its id is fixed, as the
/// controller's family id is (`GENL_ID_CTRL`).
pub const CTRL_NOTIFY_GROUP: u32 = 0x10;

crate::open_enum! {
    /// A controller command (`genlmsghdr.cmd` of an nlctrl message).
    pub enum CtrlCmd: u8 {
        /// `CTRL_CMD_UNSPEC`.
        Unspec = CTRL_CMD_UNSPEC,
        /// `CTRL_CMD_NEWFAMILY`: a family description (a reply, or a family registered).
        NewFamily = CTRL_CMD_NEWFAMILY,
        /// `CTRL_CMD_DELFAMILY`: a family was unregistered.
        DelFamily = CTRL_CMD_DELFAMILY,
        /// `CTRL_CMD_GETFAMILY`: get or dump families.
        GetFamily = CTRL_CMD_GETFAMILY,
        /// `CTRL_CMD_NEWOPS` (unused by the kernel).
        NewOps = CTRL_CMD_NEWOPS,
        /// `CTRL_CMD_DELOPS` (unused by the kernel).
        DelOps = CTRL_CMD_DELOPS,
        /// `CTRL_CMD_GETOPS` (unused by the kernel).
        GetOps = CTRL_CMD_GETOPS,
        /// `CTRL_CMD_NEWMCAST_GRP`: a family gained a multicast group.
        NewMcastGroup = CTRL_CMD_NEWMCAST_GRP,
        /// `CTRL_CMD_DELMCAST_GRP`: a family lost a multicast group.
        DelMcastGroup = CTRL_CMD_DELMCAST_GRP,
        /// `CTRL_CMD_GETMCAST_GRP` (unused by the kernel).
        GetMcastGroup = CTRL_CMD_GETMCAST_GRP,
        /// `CTRL_CMD_GETPOLICY`: dump attribute policies (also the command of the replies).
        GetPolicy = CTRL_CMD_GETPOLICY,
    }
}

crate::flag_set! {
    /// What an operation of a family allows (`GENL_*` flags of `CTRL_ATTR_OP_FLAGS`).
    pub struct OpFlags: u32 {
        /// `GENL_ADMIN_PERM`: needs `CAP_NET_ADMIN` in the initial user namespace.
        const ADMIN_PERM = 0x01;
        /// `GENL_CMD_CAP_DO`: can be asked for one object (a "do").
        const CMD_CAP_DO = 0x02;
        /// `GENL_CMD_CAP_DUMP`: can be dumped.
        const CMD_CAP_DUMP = 0x04;
        /// `GENL_CMD_CAP_HASPOL`: has an attribute policy.
        const CMD_CAP_HASPOL = 0x08;
        /// `GENL_UNS_ADMIN_PERM`: needs `CAP_NET_ADMIN` in the namespace's user namespace.
        const UNS_ADMIN_PERM = 0x10;
    }
}

crate::open_enum! {
    /// The type of an attribute in a policy (`enum netlink_attribute_type`,
    /// `NL_ATTR_TYPE_*`).
    pub enum AttrType: u32 {
        /// `NL_ATTR_TYPE_INVALID`.
        Invalid = 0,
        /// `NL_ATTR_TYPE_FLAG`: present or not.
        Flag = 1,
        /// `NL_ATTR_TYPE_U8`.
        U8 = 2,
        /// `NL_ATTR_TYPE_U16`.
        U16 = 3,
        /// `NL_ATTR_TYPE_U32`.
        U32 = 4,
        /// `NL_ATTR_TYPE_U64`.
        U64 = 5,
        /// `NL_ATTR_TYPE_S8`.
        S8 = 6,
        /// `NL_ATTR_TYPE_S16`.
        S16 = 7,
        /// `NL_ATTR_TYPE_S32`.
        S32 = 8,
        /// `NL_ATTR_TYPE_S64`.
        S64 = 9,
        /// `NL_ATTR_TYPE_BINARY`: bytes, of a minimum and maximum length if given.
        Binary = 10,
        /// `NL_ATTR_TYPE_STRING`.
        String = 11,
        /// `NL_ATTR_TYPE_NUL_STRING`: a string with its NUL.
        NulString = 12,
        /// `NL_ATTR_TYPE_NESTED`: attributes of another policy.
        Nested = 13,
        /// `NL_ATTR_TYPE_NESTED_ARRAY`: nests of attributes of another policy.
        NestedArray = 14,
        /// `NL_ATTR_TYPE_BITFIELD32`: `struct nla_bitfield32`.
        Bitfield32 = 15,
        /// `NL_ATTR_TYPE_SINT`: a signed integer of 4 or 8 bytes (Linux 6.8).
        Sint = 16,
        /// `NL_ATTR_TYPE_UINT`: an unsigned integer of 4 or 8 bytes (Linux 6.8).
        Uint = 17,
    }
}

crate::attribute_set! {
    /// An operation of a family (an entry of `CTRL_ATTR_OPS`).
    pub struct OpAttrs {}
    attributes {
        /// `CTRL_ATTR_OP_ID`: the command.
        pub id: codec::U32 = CTRL_ATTR_OP_ID,
        /// `CTRL_ATTR_OP_FLAGS`.
        pub flags: codec::Enum32<OpFlags> = CTRL_ATTR_OP_FLAGS,
    }
}

crate::attribute_set! {
    /// A multicast group of a family (an entry of `CTRL_ATTR_MCAST_GROUPS`).
    pub struct McastGroupAttrs {}
    attributes {
        /// `CTRL_ATTR_MCAST_GRP_NAME`.
        pub name: codec::Str = CTRL_ATTR_MCAST_GRP_NAME,
        /// `CTRL_ATTR_MCAST_GRP_ID`: the group number to join.
        pub id: codec::U32 = CTRL_ATTR_MCAST_GRP_ID,
    }
}

crate::attribute_set! {
    /// The policies of one operation (an entry of `CTRL_ATTR_OP_POLICY`, indexed by the
    /// command).
    pub struct OpPolicyAttrs {}
    attributes {
        /// `CTRL_ATTR_POLICY_DO`: the policy index of its "do" requests.
        pub do_policy: codec::U32 = CTRL_ATTR_POLICY_DO,
        /// `CTRL_ATTR_POLICY_DUMP`: the policy index of its dump requests.
        pub dump_policy: codec::U32 = CTRL_ATTR_POLICY_DUMP,
    }
}

crate::attribute_set! {
    /// What a policy allows for one attribute (`NL_POLICY_TYPE_ATTR_*`).
    pub struct PolicyAttrs {}
    attributes {
        /// `NL_POLICY_TYPE_ATTR_TYPE`.
        pub attr_type: codec::Enum32<AttrType> = NL_POLICY_TYPE_ATTR_TYPE,
        /// `NL_POLICY_TYPE_ATTR_MIN_VALUE_S`.
        pub min_value_s: codec::I64 = NL_POLICY_TYPE_ATTR_MIN_VALUE_S,
        /// `NL_POLICY_TYPE_ATTR_MAX_VALUE_S`.
        pub max_value_s: codec::I64 = NL_POLICY_TYPE_ATTR_MAX_VALUE_S,
        /// `NL_POLICY_TYPE_ATTR_MIN_VALUE_U`.
        pub min_value_u: codec::U64 = NL_POLICY_TYPE_ATTR_MIN_VALUE_U,
        /// `NL_POLICY_TYPE_ATTR_MAX_VALUE_U`.
        pub max_value_u: codec::U64 = NL_POLICY_TYPE_ATTR_MAX_VALUE_U,
        /// `NL_POLICY_TYPE_ATTR_MIN_LENGTH`.
        pub min_length: codec::U32 = NL_POLICY_TYPE_ATTR_MIN_LENGTH,
        /// `NL_POLICY_TYPE_ATTR_MAX_LENGTH`.
        pub max_length: codec::U32 = NL_POLICY_TYPE_ATTR_MAX_LENGTH,
        /// `NL_POLICY_TYPE_ATTR_POLICY_IDX`: the policy of a nest's attributes.
        pub policy_idx: codec::U32 = NL_POLICY_TYPE_ATTR_POLICY_IDX,
        /// `NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE`: the highest attribute of that policy
        /// the nest may hold.
        pub policy_maxtype: codec::U32 = NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE,
        /// `NL_POLICY_TYPE_ATTR_BITFIELD32_MASK`: the bits a bitfield32 may set.
        pub bitfield32_mask: codec::U32 = NL_POLICY_TYPE_ATTR_BITFIELD32_MASK,
        /// `NL_POLICY_TYPE_ATTR_MASK`: the bits an unsigned integer may set.
        pub mask: codec::U64 = NL_POLICY_TYPE_ATTR_MASK,
    }
}

crate::attribute_set! {
    /// A message of nlctrl: a family's description (the reply to `CTRL_CMD_GETFAMILY` and
    /// the notifications of families and groups coming and going), an item of a policy
    /// dump, or a request. Every attribute is kept as it came; indexed arrays hold
    /// `(raw nla_type, entry)` pairs (the type is the entry's index, flag bits included).
    pub struct CtrlMessage {
        /// `genlmsghdr.cmd`.
        pub command: CtrlCmd,
        /// `genlmsghdr.version` (the controller's version, 2, in the kernel's messages).
        pub header_version: u8,
    }
    attributes {
        /// `CTRL_ATTR_FAMILY_ID`.
        pub family_id: codec::U16 = CTRL_ATTR_FAMILY_ID,
        /// `CTRL_ATTR_FAMILY_NAME`.
        pub family_name: codec::Str = CTRL_ATTR_FAMILY_NAME,
        /// `CTRL_ATTR_VERSION`: the family's interface version.
        pub version: codec::U32 = CTRL_ATTR_VERSION,
        /// `CTRL_ATTR_HDRSIZE`: the size of the family's fixed header.
        pub header_size: codec::U32 = CTRL_ATTR_HDRSIZE,
        /// `CTRL_ATTR_MAXATTR`: the family's highest attribute (0 for families with a
        /// policy per operation).
        pub max_attr: codec::U32 = CTRL_ATTR_MAXATTR,
        /// `CTRL_ATTR_OPS`: the operations, indexed from 1.
        pub ops: codec::IndexedArray<codec::Nested<OpAttrs>> = CTRL_ATTR_OPS,
        /// `CTRL_ATTR_MCAST_GROUPS`: the multicast groups, indexed from 1.
        pub mcast_groups: codec::IndexedArray<codec::Nested<McastGroupAttrs>> = CTRL_ATTR_MCAST_GROUPS,
        /// `CTRL_ATTR_POLICY`: policies by index, each the rules of attributes by type.
        pub policy: codec::IndexedArray<codec::IndexedArray<codec::Nested<PolicyAttrs>>> = CTRL_ATTR_POLICY,
        /// `CTRL_ATTR_OP_POLICY`: the policies of operations, by command.
        pub op_policy: codec::IndexedArray<codec::Nested<OpPolicyAttrs>> = CTRL_ATTR_OP_POLICY,
        /// `CTRL_ATTR_OP`: in a policy request, the one operation asked about.
        pub op: codec::U32 = CTRL_ATTR_OP,
    }
}

impl CtrlMessage {
    /// Reads a message of the controller (its family id is not checked).
    pub fn parse(msg: &GenlView<'_>) -> Result<CtrlMessage, DecodeError> {
        let mut m = CtrlMessage {
            command: msg.cmd().into(),
            header_version: msg.version(),
            ..Default::default()
        };
        m.read_attrs(msg.attrs())?;
        Ok(m)
    }

    /// Appends `genlmsghdr` and the attributes to the current message of `b`.
    pub fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&GenlMsgHdr {
            cmd: self.command.into(),
            version: self.header_version,
            reserved: 0,
        });
        self.write_attrs(b);
    }

    /// The whole message, as the controller sends it (type `GENL_ID_CTRL`).
    pub fn to_message(&self) -> Result<Vec<u8>, crate::wire::BuildError> {
        let mut b = MessageBuilder::new(GENL_ID_CTRL, Flags::NONE);
        self.emit(&mut b);
        b.finish()
    }
}

impl Reply for CtrlMessage {
    fn parse(msg: &GenlView<'_>) -> Result<CtrlMessage, DecodeError> {
        CtrlMessage::parse(msg)
    }
}

/// An operation of a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Operation {
    /// The command (`genlmsghdr.cmd`).
    pub cmd: u32,
    /// What it allows.
    pub flags: OpFlags,
}

/// A multicast group of a family.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MulticastGroup {
    /// Its name (`"notify"`, `"monitor"`, ...).
    pub name: String,
    /// The group number to join.
    pub id: u32,
}

/// A generic netlink family as the controller describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FamilyInfo {
    /// Its id: the `nlmsg_type` of its messages.
    pub id: u16,
    /// Its name.
    pub name: String,
    /// Its interface version.
    pub version: u32,
    /// The size of its fixed header after `genlmsghdr` (0 for most families).
    pub header_size: u32,
    /// Its highest attribute (0 for families with a policy per operation).
    pub max_attr: u32,
    /// Its operations, in the controller's order.
    pub operations: Vec<Operation>,
    /// Its multicast groups, in the controller's order.
    pub groups: Vec<MulticastGroup>,
}

impl FamilyInfo {
    /// The family described by a controller message; a message without the family's id or
    /// name is an error.
    pub fn from_message(m: &CtrlMessage) -> Result<FamilyInfo, DecodeError> {
        let missing = || DecodeError::new("nlctrl family", 0, DecodeErrorKind::BadValue);
        Ok(FamilyInfo {
            id: m.family_id.ok_or_else(missing)?,
            name: m.family_name.clone().ok_or_else(missing)?,
            version: m.version.unwrap_or(0),
            header_size: m.header_size.unwrap_or(0),
            max_attr: m.max_attr.unwrap_or(0),
            operations: operations(m),
            groups: groups(m),
        })
    }

    /// The id of the multicast group `name`.
    pub fn group(&self, name: &str) -> Option<u32> {
        self.groups.iter().find(|g| g.name == name).map(|g| g.id)
    }

    /// The operation of command `cmd`.
    pub fn operation(&self, cmd: u32) -> Option<&Operation> {
        self.operations.iter().find(|o| o.cmd == cmd)
    }
}

fn operations(m: &CtrlMessage) -> Vec<Operation> {
    let ops = m.ops.iter().flatten();
    ops.filter_map(|(_, o)| {
        Some(Operation {
            cmd: o.id?,
            flags: o.flags.unwrap_or_default(),
        })
    })
    .collect()
}

fn groups(m: &CtrlMessage) -> Vec<MulticastGroup> {
    let groups = m.mcast_groups.iter().flatten();
    groups
        .filter_map(|(_, g)| {
            Some(MulticastGroup {
                name: g.name.clone()?,
                id: g.id?,
            })
        })
        .collect()
}

/// How a family is asked for: by name or by id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FamilyKey {
    /// By name (at most 15 bytes: [`GENL_NAMSIZ`](super::GENL_NAMSIZ) - 1).
    Name(String),
    /// By id.
    Id(u16),
}

impl From<&str> for FamilyKey {
    fn from(name: &str) -> FamilyKey {
        FamilyKey::Name(name.to_owned())
    }
}

impl From<u16> for FamilyKey {
    fn from(id: u16) -> FamilyKey {
        FamilyKey::Id(id)
    }
}

impl fmt::Display for FamilyKey {
    /// The name, or `id N`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FamilyKey::Name(n) => f.write_str(n),
            FamilyKey::Id(id) => write!(f, "id {id}"),
        }
    }
}

impl FamilyKey {
    fn emit(&self, b: &mut MessageBuilder) {
        match self {
            FamilyKey::Name(n) => b.attr_str(CTRL_ATTR_FAMILY_NAME, n),
            FamilyKey::Id(id) => b.attr_u16_ne(CTRL_ATTR_FAMILY_ID, *id),
        };
    }

    /// The typed error of this family missing.
    pub fn not_found(&self) -> Error {
        Error::FamilyNotFound {
            family: self.to_string(),
            group: None,
        }
    }
}

/// The controller as a family: its id is fixed (`GENL_ID_CTRL`), so its requests never
/// need resolving.
#[derive(Debug, Clone, Copy)]
pub struct Nlctrl;

impl Family for Nlctrl {
    const NAME: &'static str = "nlctrl";
    const VERSION: u8 = 2;
    const ID: Option<u16> = Some(GENL_ID_CTRL);
}

/// `CTRL_CMD_GETFAMILY` for one family (answered with its [`CtrlMessage`], or `ENOENT`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetFamily {
    /// The family asked for.
    pub family: FamilyKey,
}

impl Request for GetFamily {
    type Family = Nlctrl;
    type Reply = CtrlMessage;
    const CMD: u8 = CTRL_CMD_GETFAMILY;

    fn emit(&self, b: &mut MessageBuilder) {
        self.family.emit(b);
    }
}

/// `CTRL_CMD_GETFAMILY` as a dump: every family visible in the connection's namespace.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListFamilies;

impl Request for ListFamilies {
    type Family = Nlctrl;
    type Reply = CtrlMessage;
    const CMD: u8 = CTRL_CMD_GETFAMILY;

    fn emit(&self, _: &mut MessageBuilder) {}
}

/// `CTRL_CMD_GETPOLICY` (a dump): the attribute policies of a family, or of one of its
/// operations. See [`policy`](super::policy) for the typed tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetPolicy {
    /// The family.
    pub family: FamilyKey,
    /// `CTRL_ATTR_OP`: only this operation's policies.
    pub op: Option<u32>,
}

impl Request for GetPolicy {
    type Family = Nlctrl;
    type Reply = CtrlMessage;
    const CMD: u8 = CTRL_CMD_GETPOLICY;

    fn emit(&self, b: &mut MessageBuilder) {
        self.family.emit(b);
        if let Some(op) = self.op {
            b.attr_u32_ne(CTRL_ATTR_OP, op);
        }
    }
}

/// Asks the controller for one family. The kernel's `ENOENT` (no such family) is returned
/// as it came; [`Families::resolve`](super::Families::resolve) turns it into
/// [`Error::FamilyNotFound`].
pub fn get(conn: &mut Conn, family: &FamilyKey) -> Result<CtrlMessage, Error> {
    let request = GetFamily {
        family: family.clone(),
    };
    let reply = conn.request(&request.message(GENL_ID_CTRL))?;
    Ok(CtrlMessage::parse(&GenlView::parse(&reply.message())?)?)
}

/// Every family visible in the connection's namespace, streamed.
pub fn list(
    conn: &mut Conn,
) -> Result<impl Iterator<Item = Result<FamilyInfo, Error>> + '_, Error> {
    let dump = dump_messages(conn, &ListFamilies)?;
    Ok(dump.map(|m| Ok(FamilyInfo::from_message(&m?)?)))
}

/// The messages of an nlctrl dump request, streamed.
pub fn dump_messages<'c, R>(conn: &'c mut Conn, request: &R) -> Result<Replies<'c, R::Reply>, Error>
where
    R: Request<Family = Nlctrl>,
{
    Ok(Replies::new(conn.dump(&request.message(GENL_ID_CTRL))?))
}

/// A notification of the controller (group [`CTRL_NOTIFY_GROUP`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A family was registered (`CTRL_CMD_NEWFAMILY`).
    NewFamily(FamilyInfo),
    /// A family was unregistered (`CTRL_CMD_DELFAMILY`).
    DelFamily(FamilyInfo),
    /// A family gained a multicast group (`CTRL_CMD_NEWMCAST_GRP`).
    NewGroup {
        /// The family's id.
        family_id: u16,
        /// The family's name.
        family: String,
        /// The group.
        group: MulticastGroup,
    },
    /// A family lost a multicast group (`CTRL_CMD_DELMCAST_GRP`).
    DelGroup {
        /// The family's id.
        family_id: u16,
        /// The family's name.
        family: String,
        /// The group.
        group: MulticastGroup,
    },
    /// Another command, or a message without what its command needs: as it came.
    Other(CtrlMessage),
}

impl Event {
    /// The event a controller message announces.
    pub fn from_message(m: CtrlMessage) -> Event {
        let info = FamilyInfo::from_message(&m);
        match (m.command, info) {
            (CtrlCmd::NewFamily, Ok(f)) => Event::NewFamily(f),
            (CtrlCmd::DelFamily, Ok(f)) => Event::DelFamily(f),
            (CtrlCmd::NewMcastGroup | CtrlCmd::DelMcastGroup, Ok(mut f)) if f.groups.len() == 1 => {
                let group = f.groups.remove(0);
                let (family_id, family) = (f.id, f.name);
                if m.command == CtrlCmd::NewMcastGroup {
                    Event::NewGroup {
                        family_id,
                        family,
                        group,
                    }
                } else {
                    Event::DelGroup {
                        family_id,
                        family,
                        group,
                    }
                }
            }
            _ => Event::Other(m),
        }
    }

    /// Parses a notification; a message of another family than the controller's is an
    /// error.
    pub fn parse(msg: &MessageView<&[u8]>) -> Result<Event, DecodeError> {
        if msg.message_type() != GENL_ID_CTRL {
            return Err(DecodeError::new(
                "nlctrl message type",
                4,
                DecodeErrorKind::BadValue,
            ));
        }
        Ok(Event::from_message(CtrlMessage::parse(&GenlView::parse(
            msg,
        )?)?))
    }
}
