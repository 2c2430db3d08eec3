//! `handshake` (genetlink): Netlink protocol to request a transport layer security handshake.
//!
//! Generated from `nlkit-ynl/specs/handshake.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "handshake";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `handshake` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

/// `max-errno`: a constant.
pub const MAX_ERRNO: u32 = 4095;

crate::open_enum! {
    /// `handler-class`: an enumeration.
    pub enum HandlerClass: u32 {
        /// `none` (0).
        None = 0,
        /// `tlshd` (1).
        Tlshd = 1,
        /// `max` (2).
        Max = 2,
    }
}

crate::open_enum! {
    /// `msg-type`: an enumeration.
    pub enum MsgType: u32 {
        /// `unspec` (0).
        Unspec = 0,
        /// `clienthello` (1).
        Clienthello = 1,
        /// `serverhello` (2).
        Serverhello = 2,
    }
}

crate::open_enum! {
    /// `auth`: an enumeration.
    pub enum Auth: u32 {
        /// `unspec` (0).
        Unspec = 0,
        /// `unauth` (1).
        Unauth = 1,
        /// `psk` (2).
        Psk = 2,
        /// `x509` (3).
        X509 = 3,
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `x509`.
    pub mod x509 {
        /// `cert` (s32).
        pub const CERT: u16 = 1;
        /// `privkey` (s32).
        pub const PRIVKEY: u16 = 2;
    }

    /// The attributes of `accept`.
    pub mod accept {
        /// `sockfd` (s32).
        pub const SOCKFD: u16 = 1;
        /// `handler-class` (u32).
        pub const HANDLER_CLASS: u16 = 2;
        /// `message-type` (u32).
        pub const MESSAGE_TYPE: u16 = 3;
        /// `timeout` (u32).
        pub const TIMEOUT: u16 = 4;
        /// `auth-mode` (u32).
        pub const AUTH_MODE: u16 = 5;
        /// `peer-identity` (u32).
        pub const PEER_IDENTITY: u16 = 6;
        /// `certificate` (nest).
        pub const CERTIFICATE: u16 = 7;
        /// `peername` (string).
        pub const PEERNAME: u16 = 8;
    }

    /// The attributes of `done`.
    pub mod done {
        /// `status` (u32).
        pub const STATUS: u16 = 1;
        /// `sockfd` (s32).
        pub const SOCKFD: u16 = 2;
        /// `remote-auth` (u32).
        pub const REMOTE_AUTH: u16 = 3;
    }
}

crate::attribute_set! {
    /// The attribute set `x509`.
    pub struct X509 {}
    attributes {
        /// `cert`.
        pub cert: codec::I32 = attrs::x509::CERT,
        /// `privkey`.
        pub privkey: codec::I32 = attrs::x509::PRIVKEY,
    }
}

crate::attribute_set! {
    /// The attribute set `accept`.
    pub struct Accept {}
    attributes {
        /// `sockfd`.
        pub sockfd: codec::I32 = attrs::accept::SOCKFD,
        /// `handler-class`.
        pub handler_class: codec::Enum32<HandlerClass> = attrs::accept::HANDLER_CLASS,
        /// `message-type`.
        pub message_type: codec::Enum32<MsgType> = attrs::accept::MESSAGE_TYPE,
        /// `timeout`.
        pub timeout: codec::U32 = attrs::accept::TIMEOUT,
        /// `auth-mode`.
        pub auth_mode: codec::Enum32<Auth> = attrs::accept::AUTH_MODE,
        /// `peer-identity`.
        pub peer_identity: codec::Multi<codec::U32> = attrs::accept::PEER_IDENTITY,
        /// `certificate`.
        pub certificate: codec::Multi<codec::Nested<X509>> = attrs::accept::CERTIFICATE,
        /// `peername`.
        pub peername: codec::Str = attrs::accept::PEERNAME,
    }
}

crate::attribute_set! {
    /// The attribute set `done`.
    pub struct Done {}
    attributes {
        /// `status`.
        ///
        /// The kernel checks: max `max-errno`.
        pub status: codec::U32 = attrs::done::STATUS,
        /// `sockfd`.
        pub sockfd: codec::I32 = attrs::done::SOCKFD,
        /// `remote-auth`.
        pub remote_auth: codec::Multi<codec::U32> = attrs::done::REMOTE_AUTH,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `ready` (notification): Notify handlers that a new handshake request is waiting
    pub const READY: u8 = 1;
    /// `accept`: Handler retrieves next queued handshake request
    pub const ACCEPT: u8 = 2;
    /// `done`: Handler reports handshake completion
    pub const DONE: u8 = 3;
}

/// The multicast groups, by the name the family resolver knows them by.
pub mod mcgrp {
    /// `none`.
    pub const NONE: &str = "none";
    /// `tlshd`.
    pub const TLSHD: &str = "tlshd";
}

crate::attribute_set! {
    /// The request of `accept`: attributes of `accept` (`handler-class`).
    pub struct AcceptRequest {}
    attributes {
        /// `handler-class`.
        pub handler_class: codec::Enum32<HandlerClass> = attrs::accept::HANDLER_CLASS,
    }
}

impl crate::genl::Reply for Accept {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for AcceptRequest {
    type Family = Family;
    type Reply = Accept;
    const CMD: u8 = cmd::ACCEPT;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::ACCEPT)
    }
}

/// `accept` (do): Handler retrieves next queued handshake request
///
/// Each reply is a [`Accept`]. Needs admin-perm.
pub fn accept(family_id: u16, request: &AcceptRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::ACCEPT, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `done`: attributes of `done` (`status`, `sockfd`, `remote-auth`).
    pub struct DoneRequest {}
    attributes {
        /// `status`.
        ///
        /// The kernel checks: max `max-errno`.
        pub status: codec::U32 = attrs::done::STATUS,
        /// `sockfd`.
        pub sockfd: codec::I32 = attrs::done::SOCKFD,
        /// `remote-auth`.
        pub remote_auth: codec::Multi<codec::U32> = attrs::done::REMOTE_AUTH,
    }
}

impl crate::genl::Request for DoneRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::DONE;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DONE)
    }
}

/// `done` (do): Handler reports handshake completion
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn done(family_id: u16, request: &DoneRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DONE, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// A notification of this family (sent to its multicast groups), by command.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)]
pub enum Notification {
    /// `ready`: Notify handlers that a new handshake request is waiting
    Ready(Accept),
    /// A command this spec has no notification for (its number).
    Other(u8),
}

impl Notification {
    /// Reads a notification: the payload of a message of this family (after `nlmsghdr`).
    pub fn parse(payload: &[u8]) -> Result<Notification, DecodeError> {
        let cmd = FamilyMessage::<crate::wire::genl::GenlMsgHdr>::parse(payload)?.header.cmd;
        Ok(match cmd {
            cmd::READY => Notification::Ready(super::parse_genl(payload)?.1),
            other => Notification::Other(other),
        })
    }
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `x509`.
    pub static X509: SetNames = SetNames {
        name: "x509",
        attrs: &[
            AttrName::value(1, "cert"),
            AttrName::value(2, "privkey"),
        ],
    };

    /// `accept`.
    pub static ACCEPT: SetNames = SetNames {
        name: "accept",
        attrs: &[
            AttrName::value(1, "sockfd"),
            AttrName::value(2, "handler-class"),
            AttrName::value(3, "message-type"),
            AttrName::value(4, "timeout"),
            AttrName::value(5, "auth-mode"),
            AttrName::value(6, "peer-identity"),
            AttrName::nest(7, "certificate", &X509),
            AttrName::value(8, "peername"),
        ],
    };

    /// `done`.
    pub static DONE: SetNames = SetNames {
        name: "done",
        attrs: &[
            AttrName::value(1, "status"),
            AttrName::value(2, "sockfd"),
            AttrName::value(3, "remote-auth"),
        ],
    };
}
