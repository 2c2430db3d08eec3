//! `nfsd` (genetlink): NFSD configuration over generic netlink.
//!
//! Generated from `nlkit-ynl/specs/nfsd.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "nfsd";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `nfsd` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `rpc-status`.
    pub mod rpc_status {
        /// `xid` (u32).
        pub const XID: u16 = 1;
        /// `flags` (u32).
        pub const FLAGS: u16 = 2;
        /// `prog` (u32).
        pub const PROG: u16 = 3;
        /// `version` (u8).
        pub const VERSION: u16 = 4;
        /// `proc` (u32).
        pub const PROC: u16 = 5;
        /// `service_time` (s64).
        pub const SERVICE_TIME: u16 = 6;
        /// `pad` (pad).
        pub const PAD: u16 = 7;
        /// `saddr4` (u32).
        pub const SADDR4: u16 = 8;
        /// `daddr4` (u32).
        pub const DADDR4: u16 = 9;
        /// `saddr6` (binary).
        pub const SADDR6: u16 = 10;
        /// `daddr6` (binary).
        pub const DADDR6: u16 = 11;
        /// `sport` (u16).
        pub const SPORT: u16 = 12;
        /// `dport` (u16).
        pub const DPORT: u16 = 13;
        /// `compound-ops` (u32).
        pub const COMPOUND_OPS: u16 = 14;
    }

    /// The attributes of `server`.
    pub mod server {
        /// `threads` (u32).
        pub const THREADS: u16 = 1;
        /// `gracetime` (u32).
        pub const GRACETIME: u16 = 2;
        /// `leasetime` (u32).
        pub const LEASETIME: u16 = 3;
        /// `scope` (string).
        pub const SCOPE: u16 = 4;
    }

    /// The attributes of `version`.
    pub mod version {
        /// `major` (u32).
        pub const MAJOR: u16 = 1;
        /// `minor` (u32).
        pub const MINOR: u16 = 2;
        /// `enabled` (flag).
        pub const ENABLED: u16 = 3;
    }

    /// The attributes of `server-proto`.
    pub mod server_proto {
        /// `version` (nest).
        pub const VERSION: u16 = 1;
    }

    /// The attributes of `sock`.
    pub mod sock {
        /// `addr` (binary).
        pub const ADDR: u16 = 1;
        /// `transport-name` (string).
        pub const TRANSPORT_NAME: u16 = 2;
    }

    /// The attributes of `server-sock`.
    pub mod server_sock {
        /// `addr` (nest).
        pub const ADDR: u16 = 1;
    }

    /// The attributes of `pool-mode`.
    pub mod pool_mode {
        /// `mode` (string).
        pub const MODE: u16 = 1;
        /// `npools` (u32).
        pub const NPOOLS: u16 = 2;
    }
}

crate::attribute_set! {
    /// The attribute set `rpc-status`.
    pub struct RpcStatus {}
    attributes {
        /// `xid`.
        pub xid: codec::U32Be = attrs::rpc_status::XID,
        /// `flags`.
        pub flags: codec::U32 = attrs::rpc_status::FLAGS,
        /// `prog`.
        pub prog: codec::U32 = attrs::rpc_status::PROG,
        /// `version`.
        pub version: codec::U8 = attrs::rpc_status::VERSION,
        /// `proc`.
        pub proc: codec::U32 = attrs::rpc_status::PROC,
        /// `service_time`.
        pub service_time: codec::I64 = attrs::rpc_status::SERVICE_TIME,
        /// `saddr4`.
        pub saddr4: codec::U32Be = attrs::rpc_status::SADDR4,
        /// `daddr4`.
        pub daddr4: codec::U32Be = attrs::rpc_status::DADDR4,
        /// `saddr6`.
        pub saddr6: codec::Bytes = attrs::rpc_status::SADDR6,
        /// `daddr6`.
        pub daddr6: codec::Bytes = attrs::rpc_status::DADDR6,
        /// `sport`.
        pub sport: codec::U16Be = attrs::rpc_status::SPORT,
        /// `dport`.
        pub dport: codec::U16Be = attrs::rpc_status::DPORT,
        /// `compound-ops`.
        pub compound_ops: codec::Multi<codec::U32> = attrs::rpc_status::COMPOUND_OPS,
    }
}

crate::attribute_set! {
    /// The attribute set `server`.
    pub struct Server {}
    attributes {
        /// `threads`.
        pub threads: codec::Multi<codec::U32> = attrs::server::THREADS,
        /// `gracetime`.
        pub gracetime: codec::U32 = attrs::server::GRACETIME,
        /// `leasetime`.
        pub leasetime: codec::U32 = attrs::server::LEASETIME,
        /// `scope`.
        pub scope: codec::Str = attrs::server::SCOPE,
    }
}

crate::attribute_set! {
    /// The attribute set `version`.
    pub struct Version {}
    attributes {
        /// `major`.
        pub major: codec::U32 = attrs::version::MAJOR,
        /// `minor`.
        pub minor: codec::U32 = attrs::version::MINOR,
        /// `enabled`.
        pub enabled: codec::Flag = attrs::version::ENABLED,
    }
}

crate::attribute_set! {
    /// The attribute set `server-proto`.
    pub struct ServerProto {}
    attributes {
        /// `version`.
        pub version: codec::Multi<codec::Nested<Version>> = attrs::server_proto::VERSION,
    }
}

crate::attribute_set! {
    /// The attribute set `sock`.
    pub struct Sock {}
    attributes {
        /// `addr`.
        pub addr: codec::Bytes = attrs::sock::ADDR,
        /// `transport-name`.
        pub transport_name: codec::Str = attrs::sock::TRANSPORT_NAME,
    }
}

crate::attribute_set! {
    /// The attribute set `server-sock`.
    pub struct ServerSock {}
    attributes {
        /// `addr`.
        pub addr: codec::Multi<codec::Nested<Sock>> = attrs::server_sock::ADDR,
    }
}

crate::attribute_set! {
    /// The attribute set `pool-mode`.
    pub struct PoolMode {}
    attributes {
        /// `mode`.
        pub mode: codec::Str = attrs::pool_mode::MODE,
        /// `npools`.
        pub npools: codec::U32 = attrs::pool_mode::NPOOLS,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `rpc-status-get`: dump pending nfsd rpc
    pub const RPC_STATUS_GET: u8 = 1;
    /// `threads-set`: set the number of running threads
    pub const THREADS_SET: u8 = 2;
    /// `threads-get`: get the number of running threads
    pub const THREADS_GET: u8 = 3;
    /// `version-set`: set nfs enabled versions
    pub const VERSION_SET: u8 = 4;
    /// `version-get`: get nfs enabled versions
    pub const VERSION_GET: u8 = 5;
    /// `listener-set`: set nfs running sockets
    pub const LISTENER_SET: u8 = 6;
    /// `listener-get`: get nfs running listeners
    pub const LISTENER_GET: u8 = 7;
    /// `pool-mode-set`: set the current server pool-mode
    pub const POOL_MODE_SET: u8 = 8;
    /// `pool-mode-get`: get info about server pool-mode
    pub const POOL_MODE_GET: u8 = 9;
}

crate::attribute_set! {
    /// The request of `rpc-status-get` (dump): attributes of `rpc-status`.
    pub struct RpcStatusGetDumpRequest {}
    attributes {}
}

impl crate::genl::Reply for RpcStatus {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for RpcStatusGetDumpRequest {
    type Family = Family;
    type Reply = RpcStatus;
    const CMD: u8 = cmd::RPC_STATUS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::RPC_STATUS)
    }
}

/// `rpc-status-get` (dump): dump pending nfsd rpc
///
/// Each reply is a [`RpcStatus`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn rpc_status_get_dump(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::RPC_STATUS_GET, FAMILY_VERSION)
}

crate::attribute_set! {
    /// The request of `threads-set`: attributes of `server` (`threads`, `gracetime`, `leasetime`,
    /// `scope`).
    pub struct ThreadsSetRequest {}
    attributes {
        /// `threads`.
        pub threads: codec::Multi<codec::U32> = attrs::server::THREADS,
        /// `gracetime`.
        pub gracetime: codec::U32 = attrs::server::GRACETIME,
        /// `leasetime`.
        pub leasetime: codec::U32 = attrs::server::LEASETIME,
        /// `scope`.
        pub scope: codec::Str = attrs::server::SCOPE,
    }
}

impl crate::genl::Request for ThreadsSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::THREADS_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::SERVER)
    }
}

/// `threads-set` (do): set the number of running threads
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn threads_set(family_id: u16, request: &ThreadsSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::THREADS_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `threads-get`: attributes of `server`.
    pub struct ThreadsGetRequest {}
    attributes {}
}

impl crate::genl::Reply for Server {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for ThreadsGetRequest {
    type Family = Family;
    type Reply = Server;
    const CMD: u8 = cmd::THREADS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::SERVER)
    }
}

/// `threads-get` (do): get the number of running threads
///
/// Each reply is a [`Server`].
pub fn threads_get(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::THREADS_GET, FAMILY_VERSION)
}

crate::attribute_set! {
    /// The request of `version-set`: attributes of `server-proto` (`version`).
    pub struct VersionSetRequest {}
    attributes {
        /// `version`.
        pub version: codec::Multi<codec::Nested<Version>> = attrs::server_proto::VERSION,
    }
}

impl crate::genl::Request for VersionSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::VERSION_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::SERVER_PROTO)
    }
}

/// `version-set` (do): set nfs enabled versions
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn version_set(family_id: u16, request: &VersionSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::VERSION_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `version-get`: attributes of `server-proto`.
    pub struct VersionGetRequest {}
    attributes {}
}

impl crate::genl::Reply for ServerProto {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for VersionGetRequest {
    type Family = Family;
    type Reply = ServerProto;
    const CMD: u8 = cmd::VERSION_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::SERVER_PROTO)
    }
}

/// `version-get` (do): get nfs enabled versions
///
/// Each reply is a [`ServerProto`].
pub fn version_get(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::VERSION_GET, FAMILY_VERSION)
}

crate::attribute_set! {
    /// The request of `listener-set`: attributes of `server-sock` (`addr`).
    pub struct ListenerSetRequest {}
    attributes {
        /// `addr`.
        pub addr: codec::Multi<codec::Nested<Sock>> = attrs::server_sock::ADDR,
    }
}

impl crate::genl::Request for ListenerSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::LISTENER_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::SERVER_SOCK)
    }
}

/// `listener-set` (do): set nfs running sockets
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn listener_set(family_id: u16, request: &ListenerSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::LISTENER_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `listener-get`: attributes of `server-sock`.
    pub struct ListenerGetRequest {}
    attributes {}
}

impl crate::genl::Reply for ServerSock {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for ListenerGetRequest {
    type Family = Family;
    type Reply = ServerSock;
    const CMD: u8 = cmd::LISTENER_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::SERVER_SOCK)
    }
}

/// `listener-get` (do): get nfs running listeners
///
/// Each reply is a [`ServerSock`].
pub fn listener_get(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::LISTENER_GET, FAMILY_VERSION)
}

crate::attribute_set! {
    /// The request of `pool-mode-set`: attributes of `pool-mode` (`mode`).
    pub struct PoolModeSetRequest {}
    attributes {
        /// `mode`.
        pub mode: codec::Str = attrs::pool_mode::MODE,
    }
}

impl crate::genl::Request for PoolModeSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::POOL_MODE_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::POOL_MODE)
    }
}

/// `pool-mode-set` (do): set the current server pool-mode
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn pool_mode_set(family_id: u16, request: &PoolModeSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::POOL_MODE_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `pool-mode-get`: attributes of `pool-mode`.
    pub struct PoolModeGetRequest {}
    attributes {}
}

impl crate::genl::Reply for PoolMode {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for PoolModeGetRequest {
    type Family = Family;
    type Reply = PoolMode;
    const CMD: u8 = cmd::POOL_MODE_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::POOL_MODE)
    }
}

/// `pool-mode-get` (do): get info about server pool-mode
///
/// Each reply is a [`PoolMode`].
pub fn pool_mode_get(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::POOL_MODE_GET, FAMILY_VERSION)
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `rpc-status`.
    pub static RPC_STATUS: SetNames = SetNames {
        name: "rpc-status",
        attrs: &[
            AttrName::value(1, "xid"),
            AttrName::value(2, "flags"),
            AttrName::value(3, "prog"),
            AttrName::value(4, "version"),
            AttrName::value(5, "proc"),
            AttrName::value(6, "service_time"),
            AttrName::value(7, "pad"),
            AttrName::value(8, "saddr4"),
            AttrName::value(9, "daddr4"),
            AttrName::value(10, "saddr6"),
            AttrName::value(11, "daddr6"),
            AttrName::value(12, "sport"),
            AttrName::value(13, "dport"),
            AttrName::value(14, "compound-ops"),
        ],
    };

    /// `server`.
    pub static SERVER: SetNames = SetNames {
        name: "server",
        attrs: &[
            AttrName::value(1, "threads"),
            AttrName::value(2, "gracetime"),
            AttrName::value(3, "leasetime"),
            AttrName::value(4, "scope"),
        ],
    };

    /// `version`.
    pub static VERSION: SetNames = SetNames {
        name: "version",
        attrs: &[
            AttrName::value(1, "major"),
            AttrName::value(2, "minor"),
            AttrName::value(3, "enabled"),
        ],
    };

    /// `server-proto`.
    pub static SERVER_PROTO: SetNames = SetNames {
        name: "server-proto",
        attrs: &[
            AttrName::nest(1, "version", &VERSION),
        ],
    };

    /// `sock`.
    pub static SOCK: SetNames = SetNames {
        name: "sock",
        attrs: &[
            AttrName::value(1, "addr"),
            AttrName::value(2, "transport-name"),
        ],
    };

    /// `server-sock`.
    pub static SERVER_SOCK: SetNames = SetNames {
        name: "server-sock",
        attrs: &[
            AttrName::nest(1, "addr", &SOCK),
        ],
    };

    /// `pool-mode`.
    pub static POOL_MODE: SetNames = SetNames {
        name: "pool-mode",
        attrs: &[
            AttrName::value(1, "mode"),
            AttrName::value(2, "npools"),
        ],
    };
}
