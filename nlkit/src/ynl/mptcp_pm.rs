//! `mptcp_pm` (genetlink-legacy): Multipath TCP.
//!
//! Generated from `nlkit-ynl/specs/mptcp_pm.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "mptcp_pm";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `mptcp_pm` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

crate::open_enum! {
    /// `event-type`: an enumeration.
    pub enum EventType: u32 {
        /// `unspec` (0): unused event
        Unspec = 0,
        /// `created` (1): A new MPTCP connection has been created. It is the good time to allocate
        /// memory and send ADD_ADDR if needed. Depending on the traffic-patterns it can take a long
        /// time until the MPTCP_EVENT_ESTABLISHED is sent. Attributes: token, family, saddr4 |
        /// saddr6, daddr4 | daddr6, sport, dport, server-side, \[flags\].
        Created = 1,
        /// `established` (2): A MPTCP connection is established (can start new subflows).
        /// Attributes: token, family, saddr4 | saddr6, daddr4 | daddr6, sport, dport, server-side,
        /// \[flags\].
        Established = 2,
        /// `closed` (3): A MPTCP connection has stopped. Attribute: token.
        Closed = 3,
        /// `announced` (6): A new address has been announced by the peer. Attributes: token,
        /// rem_id, family, daddr4 | daddr6 \[, dport\].
        Announced = 6,
        /// `removed` (7): An address has been lost by the peer. Attributes: token, rem_id.
        Removed = 7,
        /// `sub-established` (10): A new subflow has been established. 'error' should not be set.
        /// Attributes: token, family, loc_id, rem_id, saddr4 | saddr6, daddr4 | daddr6, sport,
        /// dport, backup, if-idx \[, error\].
        SubEstablished = 10,
        /// `sub-closed` (11): A subflow has been closed. An error (copy of sk_err) could be set if
        /// an error has been detected for this subflow. Attributes: token, family, loc_id, rem_id,
        /// saddr4 | saddr6, daddr4 | daddr6, sport, dport, backup, if-idx \[, error\].
        SubClosed = 11,
        /// `sub-priority` (13): The priority of a subflow has changed. 'error' should not be set.
        /// Attributes: token, family, loc_id, rem_id, saddr4 | saddr6, daddr4 | daddr6, sport,
        /// dport, backup, if-idx \[, error\].
        SubPriority = 13,
        /// `listener-created` (15): A new PM listener is created. Attributes: family, sport, saddr4
        /// | saddr6.
        ListenerCreated = 15,
        /// `listener-closed` (16): A PM listener is closed. Attributes: family, sport, saddr4 |
        /// saddr6.
        ListenerClosed = 16,
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `address`.
    pub mod address {
        /// `unspec` (unused).
        pub const UNSPEC: u16 = 0;
        /// `family` (u16).
        pub const FAMILY: u16 = 1;
        /// `id` (u8).
        pub const ID: u16 = 2;
        /// `addr4` (u32).
        pub const ADDR4: u16 = 3;
        /// `addr6` (binary).
        pub const ADDR6: u16 = 4;
        /// `port` (u16).
        pub const PORT: u16 = 5;
        /// `flags` (u32).
        pub const FLAGS: u16 = 6;
        /// `if-idx` (s32).
        pub const IF_IDX: u16 = 7;
    }

    /// The attributes of `subflow-attribute`.
    pub mod subflow_attribute {
        /// `unspec` (unused).
        pub const UNSPEC: u16 = 0;
        /// `token-rem` (u32).
        pub const TOKEN_REM: u16 = 1;
        /// `token-loc` (u32).
        pub const TOKEN_LOC: u16 = 2;
        /// `relwrite-seq` (u32).
        pub const RELWRITE_SEQ: u16 = 3;
        /// `map-seq` (u64).
        pub const MAP_SEQ: u16 = 4;
        /// `map-sfseq` (u32).
        pub const MAP_SFSEQ: u16 = 5;
        /// `ssn-offset` (u32).
        pub const SSN_OFFSET: u16 = 6;
        /// `map-datalen` (u16).
        pub const MAP_DATALEN: u16 = 7;
        /// `flags` (u32).
        pub const FLAGS: u16 = 8;
        /// `id-rem` (u8).
        pub const ID_REM: u16 = 9;
        /// `id-loc` (u8).
        pub const ID_LOC: u16 = 10;
        /// `pad` (pad).
        pub const PAD: u16 = 11;
    }

    /// The attributes of `endpoint`.
    pub mod endpoint {
        /// `addr` (nest).
        pub const ADDR: u16 = 1;
    }

    /// The attributes of `attr`.
    pub mod attr {
        /// `unspec` (unused).
        pub const UNSPEC: u16 = 0;
        /// `addr` (nest).
        pub const ADDR: u16 = 1;
        /// `rcv-add-addrs` (u32).
        pub const RCV_ADD_ADDRS: u16 = 2;
        /// `subflows` (u32).
        pub const SUBFLOWS: u16 = 3;
        /// `token` (u32).
        pub const TOKEN: u16 = 4;
        /// `loc-id` (u8).
        pub const LOC_ID: u16 = 5;
        /// `addr-remote` (nest).
        pub const ADDR_REMOTE: u16 = 6;
    }

    /// The attributes of `event-attr`.
    pub mod event_attr {
        /// `unspec` (unused).
        pub const UNSPEC: u16 = 0;
        /// `token` (u32).
        pub const TOKEN: u16 = 1;
        /// `family` (u16).
        pub const FAMILY: u16 = 2;
        /// `loc-id` (u8).
        pub const LOC_ID: u16 = 3;
        /// `rem-id` (u8).
        pub const REM_ID: u16 = 4;
        /// `saddr4` (u32).
        pub const SADDR4: u16 = 5;
        /// `saddr6` (binary).
        pub const SADDR6: u16 = 6;
        /// `daddr4` (u32).
        pub const DADDR4: u16 = 7;
        /// `daddr6` (binary).
        pub const DADDR6: u16 = 8;
        /// `sport` (u16).
        pub const SPORT: u16 = 9;
        /// `dport` (u16).
        pub const DPORT: u16 = 10;
        /// `backup` (u8).
        pub const BACKUP: u16 = 11;
        /// `error` (u8).
        pub const ERROR: u16 = 12;
        /// `flags` (u16).
        pub const FLAGS: u16 = 13;
        /// `timeout` (u32).
        pub const TIMEOUT: u16 = 14;
        /// `if-idx` (s32).
        pub const IF_IDX: u16 = 15;
        /// `reset-reason` (u32).
        pub const RESET_REASON: u16 = 16;
        /// `reset-flags` (u32).
        pub const RESET_FLAGS: u16 = 17;
        /// `server-side` (u8).
        pub const SERVER_SIDE: u16 = 18;
    }
}

crate::attribute_set! {
    /// The attribute set `address`.
    pub struct Address {}
    attributes {
        /// `family`.
        pub family: codec::U16 = attrs::address::FAMILY,
        /// `id`.
        pub id: codec::U8 = attrs::address::ID,
        /// `addr4`.
        pub addr4: codec::U32Be = attrs::address::ADDR4,
        /// `addr6`.
        ///
        /// The kernel checks: exact-len 16.
        pub addr6: codec::Bytes = attrs::address::ADDR6,
        /// `port`.
        pub port: codec::U16 = attrs::address::PORT,
        /// `flags`.
        pub flags: codec::U32 = attrs::address::FLAGS,
        /// `if-idx`.
        pub if_idx: codec::I32 = attrs::address::IF_IDX,
    }
}

crate::attribute_set! {
    /// The attribute set `subflow-attribute`.
    pub struct SubflowAttribute {}
    attributes {
        /// `token-rem`.
        pub token_rem: codec::U32 = attrs::subflow_attribute::TOKEN_REM,
        /// `token-loc`.
        pub token_loc: codec::U32 = attrs::subflow_attribute::TOKEN_LOC,
        /// `relwrite-seq`.
        pub relwrite_seq: codec::U32 = attrs::subflow_attribute::RELWRITE_SEQ,
        /// `map-seq`.
        pub map_seq: codec::U64 = attrs::subflow_attribute::MAP_SEQ,
        /// `map-sfseq`.
        pub map_sfseq: codec::U32 = attrs::subflow_attribute::MAP_SFSEQ,
        /// `ssn-offset`.
        pub ssn_offset: codec::U32 = attrs::subflow_attribute::SSN_OFFSET,
        /// `map-datalen`.
        pub map_datalen: codec::U16 = attrs::subflow_attribute::MAP_DATALEN,
        /// `flags`.
        pub flags: codec::U32 = attrs::subflow_attribute::FLAGS,
        /// `id-rem`.
        pub id_rem: codec::U8 = attrs::subflow_attribute::ID_REM,
        /// `id-loc`.
        pub id_loc: codec::U8 = attrs::subflow_attribute::ID_LOC,
    }
}

crate::attribute_set! {
    /// The attribute set `endpoint`.
    pub struct Endpoint {}
    attributes {
        /// `addr`.
        pub addr: codec::Nested<Address> = attrs::endpoint::ADDR,
    }
}

crate::attribute_set! {
    /// The attribute set `attr`.
    pub struct Attr {}
    attributes {
        /// `addr`.
        pub addr: codec::Nested<Address> = attrs::attr::ADDR,
        /// `rcv-add-addrs`.
        pub rcv_add_addrs: codec::U32 = attrs::attr::RCV_ADD_ADDRS,
        /// `subflows`.
        pub subflows: codec::U32 = attrs::attr::SUBFLOWS,
        /// `token`.
        pub token: codec::U32 = attrs::attr::TOKEN,
        /// `loc-id`.
        pub loc_id: codec::U8 = attrs::attr::LOC_ID,
        /// `addr-remote`.
        pub addr_remote: codec::Nested<Address> = attrs::attr::ADDR_REMOTE,
    }
}

crate::attribute_set! {
    /// The attribute set `event-attr`.
    pub struct EventAttr {}
    attributes {
        /// `token`.
        pub token: codec::U32 = attrs::event_attr::TOKEN,
        /// `family`.
        pub family: codec::U16 = attrs::event_attr::FAMILY,
        /// `loc-id`.
        pub loc_id: codec::U8 = attrs::event_attr::LOC_ID,
        /// `rem-id`.
        pub rem_id: codec::U8 = attrs::event_attr::REM_ID,
        /// `saddr4`.
        pub saddr4: codec::U32Be = attrs::event_attr::SADDR4,
        /// `saddr6`.
        ///
        /// The kernel checks: min-len 16.
        pub saddr6: codec::Bytes = attrs::event_attr::SADDR6,
        /// `daddr4`.
        pub daddr4: codec::U32Be = attrs::event_attr::DADDR4,
        /// `daddr6`.
        ///
        /// The kernel checks: min-len 16.
        pub daddr6: codec::Bytes = attrs::event_attr::DADDR6,
        /// `sport`.
        pub sport: codec::U16Be = attrs::event_attr::SPORT,
        /// `dport`.
        pub dport: codec::U16Be = attrs::event_attr::DPORT,
        /// `backup`.
        pub backup: codec::U8 = attrs::event_attr::BACKUP,
        /// `error`.
        pub error: codec::U8 = attrs::event_attr::ERROR,
        /// `flags`.
        pub flags: codec::U16 = attrs::event_attr::FLAGS,
        /// `timeout`.
        pub timeout: codec::U32 = attrs::event_attr::TIMEOUT,
        /// `if-idx`.
        pub if_idx: codec::I32 = attrs::event_attr::IF_IDX,
        /// `reset-reason`.
        pub reset_reason: codec::U32 = attrs::event_attr::RESET_REASON,
        /// `reset-flags`.
        pub reset_flags: codec::U32 = attrs::event_attr::RESET_FLAGS,
        /// `server-side`.
        pub server_side: codec::U8 = attrs::event_attr::SERVER_SIDE,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `unspec`: unused
    pub const UNSPEC: u8 = 0;
    /// `add-addr`: Add endpoint
    pub const ADD_ADDR: u8 = 1;
    /// `del-addr`: Delete endpoint
    pub const DEL_ADDR: u8 = 2;
    /// `get-addr`: Get endpoint information
    pub const GET_ADDR: u8 = 3;
    /// `flush-addrs`: flush addresses
    pub const FLUSH_ADDRS: u8 = 4;
    /// `set-limits`: Set protocol limits
    pub const SET_LIMITS: u8 = 5;
    /// `get-limits`: Get protocol limits
    pub const GET_LIMITS: u8 = 6;
    /// `set-flags`: Change endpoint flags
    pub const SET_FLAGS: u8 = 7;
    /// `announce`: announce new sf
    pub const ANNOUNCE: u8 = 8;
    /// `remove`: announce removal
    pub const REMOVE: u8 = 9;
    /// `subflow-create`: todo
    pub const SUBFLOW_CREATE: u8 = 10;
    /// `subflow-destroy`: todo
    pub const SUBFLOW_DESTROY: u8 = 11;
}

crate::attribute_set! {
    /// The request of `add-addr`: attributes of `endpoint` (`addr`).
    pub struct AddAddrRequest {}
    attributes {
        /// `addr`.
        pub addr: codec::Nested<Address> = attrs::endpoint::ADDR,
    }
}

impl crate::genl::Request for AddAddrRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::ADD_ADDR;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::ENDPOINT)
    }
}

/// `add-addr` (do): Add endpoint
///
/// The kernel answers with an acknowledgement only. Needs uns-admin-perm.
pub fn add_addr(family_id: u16, request: &AddAddrRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::ADD_ADDR, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `del-addr`: attributes of `endpoint` (`addr`).
    pub struct DelAddrRequest {}
    attributes {
        /// `addr`.
        pub addr: codec::Nested<Address> = attrs::endpoint::ADDR,
    }
}

impl crate::genl::Request for DelAddrRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::DEL_ADDR;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::ENDPOINT)
    }
}

/// `del-addr` (do): Delete endpoint
///
/// The kernel answers with an acknowledgement only. Needs uns-admin-perm.
pub fn del_addr(family_id: u16, request: &DelAddrRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DEL_ADDR, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `get-addr`: attributes of `attr` (`addr`, `token`).
    pub struct GetAddrRequest {}
    attributes {
        /// `addr`.
        pub addr: codec::Nested<Address> = attrs::attr::ADDR,
        /// `token`.
        pub token: codec::U32 = attrs::attr::TOKEN,
    }
}

impl crate::genl::Reply for Attr {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for GetAddrRequest {
    type Family = Family;
    type Reply = Attr;
    const CMD: u8 = cmd::GET_ADDR;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::ATTR)
    }
}

/// `get-addr` (do): Get endpoint information
///
/// Each reply is a [`Attr`].
pub fn get_addr(family_id: u16, request: &GetAddrRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET_ADDR, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `get-addr` (dump): attributes of `attr`.
    pub struct GetAddrDumpRequest {}
    attributes {}
}

impl crate::genl::Request for GetAddrDumpRequest {
    type Family = Family;
    type Reply = Attr;
    const CMD: u8 = cmd::GET_ADDR;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::ATTR)
    }
}

/// `get-addr` (dump): Get endpoint information
///
/// Each reply is a [`Attr`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn get_addr_dump(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::GET_ADDR, FAMILY_VERSION)
}

crate::attribute_set! {
    /// The request of `flush-addrs`: attributes of `endpoint` (`addr`).
    pub struct FlushAddrsRequest {}
    attributes {
        /// `addr`.
        pub addr: codec::Nested<Address> = attrs::endpoint::ADDR,
    }
}

impl crate::genl::Request for FlushAddrsRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::FLUSH_ADDRS;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::ENDPOINT)
    }
}

/// `flush-addrs` (do): flush addresses
///
/// The kernel answers with an acknowledgement only. Needs uns-admin-perm.
pub fn flush_addrs(family_id: u16, request: &FlushAddrsRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::FLUSH_ADDRS, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `set-limits`: attributes of `attr` (`rcv-add-addrs`, `subflows`).
    pub struct SetLimitsRequest {}
    attributes {
        /// `rcv-add-addrs`.
        pub rcv_add_addrs: codec::U32 = attrs::attr::RCV_ADD_ADDRS,
        /// `subflows`.
        pub subflows: codec::U32 = attrs::attr::SUBFLOWS,
    }
}

impl crate::genl::Request for SetLimitsRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::SET_LIMITS;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::ATTR)
    }
}

/// `set-limits` (do): Set protocol limits
///
/// The kernel answers with an acknowledgement only. Needs uns-admin-perm.
pub fn set_limits(family_id: u16, request: &SetLimitsRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SET_LIMITS, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `get-limits`: attributes of `attr` (`rcv-add-addrs`, `subflows`).
    pub struct GetLimitsRequest {}
    attributes {
        /// `rcv-add-addrs`.
        pub rcv_add_addrs: codec::U32 = attrs::attr::RCV_ADD_ADDRS,
        /// `subflows`.
        pub subflows: codec::U32 = attrs::attr::SUBFLOWS,
    }
}

impl crate::genl::Request for GetLimitsRequest {
    type Family = Family;
    type Reply = Attr;
    const CMD: u8 = cmd::GET_LIMITS;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::ATTR)
    }
}

/// `get-limits` (do): Get protocol limits
///
/// Each reply is a [`Attr`].
pub fn get_limits(family_id: u16, request: &GetLimitsRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET_LIMITS, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `set-flags`: attributes of `attr` (`addr`, `token`, `addr-remote`).
    pub struct SetFlagsRequest {}
    attributes {
        /// `addr`.
        pub addr: codec::Nested<Address> = attrs::attr::ADDR,
        /// `token`.
        pub token: codec::U32 = attrs::attr::TOKEN,
        /// `addr-remote`.
        pub addr_remote: codec::Nested<Address> = attrs::attr::ADDR_REMOTE,
    }
}

impl crate::genl::Request for SetFlagsRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::SET_FLAGS;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::ATTR)
    }
}

/// `set-flags` (do): Change endpoint flags
///
/// The kernel answers with an acknowledgement only. Needs uns-admin-perm.
pub fn set_flags(family_id: u16, request: &SetFlagsRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SET_FLAGS, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `announce`: attributes of `attr` (`addr`, `token`).
    pub struct AnnounceRequest {}
    attributes {
        /// `addr`.
        pub addr: codec::Nested<Address> = attrs::attr::ADDR,
        /// `token`.
        pub token: codec::U32 = attrs::attr::TOKEN,
    }
}

impl crate::genl::Request for AnnounceRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::ANNOUNCE;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::ATTR)
    }
}

/// `announce` (do): announce new sf
///
/// The kernel answers with an acknowledgement only. Needs uns-admin-perm.
pub fn announce(family_id: u16, request: &AnnounceRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::ANNOUNCE, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `remove`: attributes of `attr` (`token`, `loc-id`).
    pub struct RemoveRequest {}
    attributes {
        /// `token`.
        pub token: codec::U32 = attrs::attr::TOKEN,
        /// `loc-id`.
        pub loc_id: codec::U8 = attrs::attr::LOC_ID,
    }
}

impl crate::genl::Request for RemoveRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::REMOVE;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::ATTR)
    }
}

/// `remove` (do): announce removal
///
/// The kernel answers with an acknowledgement only. Needs uns-admin-perm.
pub fn remove(family_id: u16, request: &RemoveRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::REMOVE, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `subflow-create`: attributes of `attr` (`addr`, `token`, `addr-remote`).
    pub struct SubflowCreateRequest {}
    attributes {
        /// `addr`.
        pub addr: codec::Nested<Address> = attrs::attr::ADDR,
        /// `token`.
        pub token: codec::U32 = attrs::attr::TOKEN,
        /// `addr-remote`.
        pub addr_remote: codec::Nested<Address> = attrs::attr::ADDR_REMOTE,
    }
}

impl crate::genl::Request for SubflowCreateRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::SUBFLOW_CREATE;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::ATTR)
    }
}

/// `subflow-create` (do): todo
///
/// The kernel answers with an acknowledgement only. Needs uns-admin-perm.
pub fn subflow_create(family_id: u16, request: &SubflowCreateRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SUBFLOW_CREATE, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `subflow-destroy`: attributes of `attr` (`addr`, `token`, `addr-remote`).
    pub struct SubflowDestroyRequest {}
    attributes {
        /// `addr`.
        pub addr: codec::Nested<Address> = attrs::attr::ADDR,
        /// `token`.
        pub token: codec::U32 = attrs::attr::TOKEN,
        /// `addr-remote`.
        pub addr_remote: codec::Nested<Address> = attrs::attr::ADDR_REMOTE,
    }
}

impl crate::genl::Request for SubflowDestroyRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::SUBFLOW_DESTROY;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::ATTR)
    }
}

/// `subflow-destroy` (do): todo
///
/// The kernel answers with an acknowledgement only. Needs uns-admin-perm.
pub fn subflow_destroy(family_id: u16, request: &SubflowDestroyRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SUBFLOW_DESTROY, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `address`.
    pub static ADDRESS: SetNames = SetNames {
        name: "address",
        attrs: &[
            AttrName::value(0, "unspec"),
            AttrName::value(1, "family"),
            AttrName::value(2, "id"),
            AttrName::value(3, "addr4"),
            AttrName::value(4, "addr6"),
            AttrName::value(5, "port"),
            AttrName::value(6, "flags"),
            AttrName::value(7, "if-idx"),
        ],
    };

    /// `subflow-attribute`.
    pub static SUBFLOW_ATTRIBUTE: SetNames = SetNames {
        name: "subflow-attribute",
        attrs: &[
            AttrName::value(0, "unspec"),
            AttrName::value(1, "token-rem"),
            AttrName::value(2, "token-loc"),
            AttrName::value(3, "relwrite-seq"),
            AttrName::value(4, "map-seq"),
            AttrName::value(5, "map-sfseq"),
            AttrName::value(6, "ssn-offset"),
            AttrName::value(7, "map-datalen"),
            AttrName::value(8, "flags"),
            AttrName::value(9, "id-rem"),
            AttrName::value(10, "id-loc"),
            AttrName::value(11, "pad"),
        ],
    };

    /// `endpoint`.
    pub static ENDPOINT: SetNames = SetNames {
        name: "endpoint",
        attrs: &[
            AttrName::nest(1, "addr", &ADDRESS),
        ],
    };

    /// `attr`.
    pub static ATTR: SetNames = SetNames {
        name: "attr",
        attrs: &[
            AttrName::value(0, "unspec"),
            AttrName::nest(1, "addr", &ADDRESS),
            AttrName::value(2, "rcv-add-addrs"),
            AttrName::value(3, "subflows"),
            AttrName::value(4, "token"),
            AttrName::value(5, "loc-id"),
            AttrName::nest(6, "addr-remote", &ADDRESS),
        ],
    };

    /// `event-attr`.
    pub static EVENT_ATTR: SetNames = SetNames {
        name: "event-attr",
        attrs: &[
            AttrName::value(0, "unspec"),
            AttrName::value(1, "token"),
            AttrName::value(2, "family"),
            AttrName::value(3, "loc-id"),
            AttrName::value(4, "rem-id"),
            AttrName::value(5, "saddr4"),
            AttrName::value(6, "saddr6"),
            AttrName::value(7, "daddr4"),
            AttrName::value(8, "daddr6"),
            AttrName::value(9, "sport"),
            AttrName::value(10, "dport"),
            AttrName::value(11, "backup"),
            AttrName::value(12, "error"),
            AttrName::value(13, "flags"),
            AttrName::value(14, "timeout"),
            AttrName::value(15, "if-idx"),
            AttrName::value(16, "reset-reason"),
            AttrName::value(17, "reset-flags"),
            AttrName::value(18, "server-side"),
        ],
    };
}
