//! `lockd` (genetlink): lockd configuration over generic netlink
//!
//! Generated from `nlkit-ynl/specs/lockd.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "lockd";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `lockd` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
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
    /// The attributes of `server`.
    pub mod server {
        /// `gracetime` (u32).
        pub const GRACETIME: u16 = 1;
        /// `tcp-port` (u16).
        pub const TCP_PORT: u16 = 2;
        /// `udp-port` (u16).
        pub const UDP_PORT: u16 = 3;
    }
}

crate::attribute_set! {
    /// The attribute set `server`.
    pub struct Server {}
    attributes {
        /// `gracetime`.
        pub gracetime: codec::U32 = attrs::server::GRACETIME,
        /// `tcp-port`.
        pub tcp_port: codec::U16 = attrs::server::TCP_PORT,
        /// `udp-port`.
        pub udp_port: codec::U16 = attrs::server::UDP_PORT,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `server-set`: set the lockd server parameters
    pub const SERVER_SET: u8 = 1;
    /// `server-get`: get the lockd server parameters
    pub const SERVER_GET: u8 = 2;
}

crate::attribute_set! {
    /// The request of `server-set`: attributes of `server` (`gracetime`, `tcp-port`, `udp-port`).
    pub struct ServerSetRequest {}
    attributes {
        /// `gracetime`.
        pub gracetime: codec::U32 = attrs::server::GRACETIME,
        /// `tcp-port`.
        pub tcp_port: codec::U16 = attrs::server::TCP_PORT,
        /// `udp-port`.
        pub udp_port: codec::U16 = attrs::server::UDP_PORT,
    }
}

impl crate::genl::Request for ServerSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::SERVER_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::SERVER)
    }
}

/// `server-set` (do): set the lockd server parameters
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn server_set(family_id: u16, request: &ServerSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SERVER_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `server-get`: attributes of `server`.
    pub struct ServerGetRequest {}
    attributes {}
}

impl crate::genl::Reply for Server {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for ServerGetRequest {
    type Family = Family;
    type Reply = Server;
    const CMD: u8 = cmd::SERVER_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::SERVER)
    }
}

/// `server-get` (do): get the lockd server parameters
///
/// Each reply is a [`Server`].
pub fn server_get(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::SERVER_GET, FAMILY_VERSION)
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `server`.
    pub static SERVER: SetNames = SetNames {
        name: "server",
        attrs: &[
            AttrName::value(1, "gracetime"),
            AttrName::value(2, "tcp-port"),
            AttrName::value(3, "udp-port"),
        ],
    };
}
