//! `wireguard` (genetlink-legacy): **Netlink protocol to control WireGuard network devices.**
//!
//! The below enums and macros are for interfacing with WireGuard, using generic
//! netlink, with family ``WG_GENL_NAME`` and version ``WG_GENL_VERSION``. It
//! defines two commands: get and set. Note that while they share many common
//! attributes, these two commands actually accept a slightly different set of
//! inputs and outputs. These differences are noted under the individual
//! attributes.
//!
//! Generated from `nlkit-ynl/specs/wireguard.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "wireguard";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `wireguard` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

/// `key-len`: a constant.
pub const KEY_LEN: u32 = 32;

crate::fixed_struct! {
    /// `--kernel-timespec`: a C structure of 16 bytes.
    pub struct KernelTimespec("--kernel-timespec") {
        /// Number of seconds, since UNIX epoch.
        pub sec: u64,
        /// Number of nanoseconds, after the second began.
        pub nsec: u64,
    }
}

crate::flag_set! {
    /// `wgdevice-flags`: flags.
    pub struct WgdeviceFlags: u32 {
        /// `replace-peers` (bit 0).
        const REPLACE_PEERS = 0x1;
    }
}

crate::flag_set! {
    /// `wgpeer-flags`: flags.
    pub struct WgpeerFlags: u32 {
        /// `remove-me` (bit 0).
        const REMOVE_ME = 0x1;
        /// `replace-allowedips` (bit 1).
        const REPLACE_ALLOWEDIPS = 0x2;
        /// `update-only` (bit 2).
        const UPDATE_ONLY = 0x4;
    }
}

crate::flag_set! {
    /// `wgallowedip-flags`: flags.
    pub struct WgallowedipFlags: u32 {
        /// `remove-me` (bit 0).
        const REMOVE_ME = 0x1;
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `wgdevice`.
    pub mod wgdevice {
        /// `unspec` (unused).
        pub const UNSPEC: u16 = 0;
        /// `ifindex` (u32).
        pub const IFINDEX: u16 = 1;
        /// `ifname` (string).
        pub const IFNAME: u16 = 2;
        /// `private-key` (binary).
        pub const PRIVATE_KEY: u16 = 3;
        /// `public-key` (binary).
        pub const PUBLIC_KEY: u16 = 4;
        /// `flags` (u32).
        pub const FLAGS: u16 = 5;
        /// `listen-port` (u16).
        pub const LISTEN_PORT: u16 = 6;
        /// `fwmark` (u32).
        pub const FWMARK: u16 = 7;
        /// `peers` (indexed-array).
        pub const PEERS: u16 = 8;
    }

    /// The attributes of `wgpeer`.
    pub mod wgpeer {
        /// `unspec` (unused).
        pub const UNSPEC: u16 = 0;
        /// `public-key` (binary).
        pub const PUBLIC_KEY: u16 = 1;
        /// `preshared-key` (binary).
        pub const PRESHARED_KEY: u16 = 2;
        /// `flags` (u32).
        pub const FLAGS: u16 = 3;
        /// `endpoint` (binary).
        pub const ENDPOINT: u16 = 4;
        /// `persistent-keepalive-interval` (u16).
        pub const PERSISTENT_KEEPALIVE_INTERVAL: u16 = 5;
        /// `last-handshake-time` (binary).
        pub const LAST_HANDSHAKE_TIME: u16 = 6;
        /// `rx-bytes` (u64).
        pub const RX_BYTES: u16 = 7;
        /// `tx-bytes` (u64).
        pub const TX_BYTES: u16 = 8;
        /// `allowedips` (indexed-array).
        pub const ALLOWEDIPS: u16 = 9;
        /// `protocol-version` (u32).
        pub const PROTOCOL_VERSION: u16 = 10;
    }

    /// The attributes of `wgallowedip`.
    pub mod wgallowedip {
        /// `unspec` (unused).
        pub const UNSPEC: u16 = 0;
        /// `family` (u16).
        pub const FAMILY: u16 = 1;
        /// `ipaddr` (binary).
        pub const IPADDR: u16 = 2;
        /// `cidr-mask` (u8).
        pub const CIDR_MASK: u16 = 3;
        /// `flags` (u32).
        pub const FLAGS: u16 = 4;
    }
}

crate::attribute_set! {
    /// The attribute set `wgdevice`.
    pub struct Wgdevice {}
    attributes {
        /// `ifindex`.
        pub ifindex: codec::U32 = attrs::wgdevice::IFINDEX,
        /// `ifname`.
        ///
        /// The kernel checks: max-len 15.
        pub ifname: codec::Str = attrs::wgdevice::IFNAME,
        /// Set to all zeros to remove.
        ///
        /// The kernel checks: exact-len `wg-key-len`.
        pub private_key: codec::Bytes = attrs::wgdevice::PRIVATE_KEY,
        /// `public-key`.
        ///
        /// The kernel checks: exact-len `wg-key-len`.
        pub public_key: codec::Bytes = attrs::wgdevice::PUBLIC_KEY,
        /// ``0`` or ``WGDEVICE_F_REPLACE_PEERS`` if all current peers should be
        /// removed prior to adding the list below.
        pub flags: codec::Enum32<WgdeviceFlags> = attrs::wgdevice::FLAGS,
        /// Set as ``0`` to choose randomly.
        pub listen_port: codec::U16 = attrs::wgdevice::LISTEN_PORT,
        /// Set as ``0`` to disable.
        pub fwmark: codec::U32 = attrs::wgdevice::FWMARK,
        /// The index/type parameter is unused on ``SET_DEVICE`` operations and is
        /// zero on ``GET_DEVICE`` operations.
        pub peers: codec::IndexedArray<codec::Nested<Wgpeer>> = attrs::wgdevice::PEERS,
    }
}

crate::attribute_set! {
    /// The attribute set `wgpeer`.
    pub struct Wgpeer {}
    attributes {
        /// `public-key`.
        ///
        /// The kernel checks: exact-len `wg-key-len`.
        pub public_key: codec::Bytes = attrs::wgpeer::PUBLIC_KEY,
        /// Set as all zeros to remove.
        ///
        /// The kernel checks: exact-len `wg-key-len`.
        pub preshared_key: codec::Bytes = attrs::wgpeer::PRESHARED_KEY,
        /// ``0`` and/or ``WGPEER_F_REMOVE_ME`` if the specified peer should not
        /// exist at the end of the operation, rather than added/updated and/or
        /// ``WGPEER_F_REPLACE_ALLOWEDIPS`` if all current allowed IPs of this
        /// peer should be removed prior to adding the list below and/or
        /// ``WGPEER_F_UPDATE_ONLY`` if the peer should only be set if it already
        /// exists.
        pub flags: codec::Enum32<WgpeerFlags> = attrs::wgpeer::FLAGS,
        /// struct sockaddr_in or struct sockaddr_in6
        ///
        /// The kernel checks: min-len 16.
        pub endpoint: codec::Bytes = attrs::wgpeer::ENDPOINT,
        /// Set as ``0`` to disable.
        pub persistent_keepalive_interval: codec::U16 = attrs::wgpeer::PERSISTENT_KEEPALIVE_INTERVAL,
        /// `last-handshake-time`.
        ///
        /// The kernel checks: exact-len 16.
        pub last_handshake_time: codec::StructTrailing<KernelTimespec> = attrs::wgpeer::LAST_HANDSHAKE_TIME,
        /// `rx-bytes`.
        pub rx_bytes: codec::U64 = attrs::wgpeer::RX_BYTES,
        /// `tx-bytes`.
        pub tx_bytes: codec::U64 = attrs::wgpeer::TX_BYTES,
        /// The index/type parameter is unused on ``SET_DEVICE`` operations and is
        /// zero on ``GET_DEVICE`` operations.
        pub allowedips: codec::IndexedArray<codec::Nested<Wgallowedip>> = attrs::wgpeer::ALLOWEDIPS,
        /// Should not be set or used at all by most users of this API, as the
        /// most recent protocol will be used when this is unset. Otherwise,
        /// must be set to ``1``.
        pub protocol_version: codec::U32 = attrs::wgpeer::PROTOCOL_VERSION,
    }
}

crate::attribute_set! {
    /// The attribute set `wgallowedip`.
    pub struct Wgallowedip {}
    attributes {
        /// IP family, either ``AF_INET`` or ``AF_INET6``.
        pub family: codec::U16 = attrs::wgallowedip::FAMILY,
        /// Either ``struct in_addr`` or ``struct in6_addr``.
        ///
        /// The kernel checks: min-len 4.
        pub ipaddr: codec::Bytes = attrs::wgallowedip::IPADDR,
        /// `cidr-mask`.
        pub cidr_mask: codec::U8 = attrs::wgallowedip::CIDR_MASK,
        /// ``WGALLOWEDIP_F_REMOVE_ME`` if the specified IP should be removed;
        /// otherwise, this IP will be added if it is not already present.
        pub flags: codec::Enum32<WgallowedipFlags> = attrs::wgallowedip::FLAGS,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `get-device`: Retrieve WireGuard device
    pub const GET_DEVICE: u8 = 0;
    /// `set-device`: Set WireGuard device
    pub const SET_DEVICE: u8 = 1;
}

crate::attribute_set! {
    /// The request of `get-device` (dump): attributes of `wgdevice` (`ifindex`, `ifname`).
    pub struct GetDeviceDumpRequest {}
    attributes {
        /// `ifindex`.
        pub ifindex: codec::U32 = attrs::wgdevice::IFINDEX,
        /// `ifname`.
        ///
        /// The kernel checks: max-len 15.
        pub ifname: codec::Str = attrs::wgdevice::IFNAME,
    }
}

impl crate::genl::Reply for Wgdevice {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for GetDeviceDumpRequest {
    type Family = Family;
    type Reply = Wgdevice;
    const CMD: u8 = cmd::GET_DEVICE;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::WGDEVICE)
    }
}

/// `get-device` (dump): Retrieve WireGuard device
/// \~~~~~~~~~~~~~~~~~~~~~~~~~
///
/// The command should be called with one but not both of:
///
/// - ``WGDEVICE_A_IFINDEX``
/// - ``WGDEVICE_A_IFNAME``
///
/// The kernel will then return several messages (``NLM_F_MULTI``). It is
/// possible that all of the allowed IPs of a single peer will not fit
/// within a single netlink message. In that case, the same peer will be
/// written in the following message, except it will only contain
/// ``WGPEER_A_PUBLIC_KEY`` and ``WGPEER_A_ALLOWEDIPS``. This may occur
/// several times in a row for the same peer. It is then up to the receiver
/// to coalesce adjacent peers. Likewise, it is possible that all peers will
/// not fit within a single message. So, subsequent peers will be sent in
/// following messages, except those will only contain ``WGDEVICE_A_IFNAME``
/// and ``WGDEVICE_A_PEERS``. It is then up to the receiver to coalesce
/// these messages to form the complete list of peers.
///
/// Since this is an ``NLA_F_DUMP`` command, the final message will always
/// be ``NLMSG_DONE``, even if an error occurs. However, this ``NLMSG_DONE``
/// message contains an integer error code. It is either zero or a negative
/// error code corresponding to the errno.
///
/// Each reply is a [`Wgdevice`]. Needs uns-admin-perm. Send it as a dump (the engine adds
/// `NLM_F_DUMP`).
pub fn get_device_dump(family_id: u16, request: &GetDeviceDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET_DEVICE, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `set-device`: attributes of `wgdevice` (`ifindex`, `ifname`, `private-key`,
    /// `public-key`, `flags`, `listen-port`, `fwmark`, `peers`).
    pub struct SetDeviceRequest {}
    attributes {
        /// `ifindex`.
        pub ifindex: codec::U32 = attrs::wgdevice::IFINDEX,
        /// `ifname`.
        ///
        /// The kernel checks: max-len 15.
        pub ifname: codec::Str = attrs::wgdevice::IFNAME,
        /// Set to all zeros to remove.
        ///
        /// The kernel checks: exact-len `wg-key-len`.
        pub private_key: codec::Bytes = attrs::wgdevice::PRIVATE_KEY,
        /// `public-key`.
        ///
        /// The kernel checks: exact-len `wg-key-len`.
        pub public_key: codec::Bytes = attrs::wgdevice::PUBLIC_KEY,
        /// ``0`` or ``WGDEVICE_F_REPLACE_PEERS`` if all current peers should be
        /// removed prior to adding the list below.
        pub flags: codec::Enum32<WgdeviceFlags> = attrs::wgdevice::FLAGS,
        /// Set as ``0`` to choose randomly.
        pub listen_port: codec::U16 = attrs::wgdevice::LISTEN_PORT,
        /// Set as ``0`` to disable.
        pub fwmark: codec::U32 = attrs::wgdevice::FWMARK,
        /// The index/type parameter is unused on ``SET_DEVICE`` operations and is
        /// zero on ``GET_DEVICE`` operations.
        pub peers: codec::IndexedArray<codec::Nested<Wgpeer>> = attrs::wgdevice::PEERS,
    }
}

impl crate::genl::Request for SetDeviceRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::SET_DEVICE;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::WGDEVICE)
    }
}

/// `set-device` (do): Set WireGuard device
/// \~~~~~~~~~~~~~~~~~~~~
///
/// This command should be called with a wgdevice set, containing one but
/// not both of ``WGDEVICE_A_IFINDEX`` and ``WGDEVICE_A_IFNAME``.
///
/// It is possible that the amount of configuration data exceeds that of the
/// maximum message length accepted by the kernel. In that case, several
/// messages should be sent one after another, with each successive one
/// filling in information not contained in the prior. Note that if
/// ``WGDEVICE_F_REPLACE_PEERS`` is specified in the first message, it
/// probably should not be specified in fragments that come after, so that
/// the list of peers is only cleared the first time but appended after.
/// Likewise for peers, if ``WGPEER_F_REPLACE_ALLOWEDIPS`` is specified in
/// the first message of a peer, it likely should not be specified in
/// subsequent fragments.
///
/// If an error occurs, ``NLMSG_ERROR`` will reply containing an errno.
///
/// The kernel answers with an acknowledgement only. Needs uns-admin-perm.
pub fn set_device(family_id: u16, request: &SetDeviceRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::SET_DEVICE, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `wgdevice`.
    pub static WGDEVICE: SetNames = SetNames {
        name: "wgdevice",
        attrs: &[
            AttrName::value(0, "unspec"),
            AttrName::value(1, "ifindex"),
            AttrName::value(2, "ifname"),
            AttrName::value(3, "private-key"),
            AttrName::value(4, "public-key"),
            AttrName::value(5, "flags"),
            AttrName::value(6, "listen-port"),
            AttrName::value(7, "fwmark"),
            AttrName::indexed(8, "peers", &WGPEER),
        ],
    };

    /// `wgpeer`.
    pub static WGPEER: SetNames = SetNames {
        name: "wgpeer",
        attrs: &[
            AttrName::value(0, "unspec"),
            AttrName::value(1, "public-key"),
            AttrName::value(2, "preshared-key"),
            AttrName::value(3, "flags"),
            AttrName::value(4, "endpoint"),
            AttrName::value(5, "persistent-keepalive-interval"),
            AttrName::value(6, "last-handshake-time"),
            AttrName::value(7, "rx-bytes"),
            AttrName::value(8, "tx-bytes"),
            AttrName::indexed(9, "allowedips", &WGALLOWEDIP),
            AttrName::value(10, "protocol-version"),
        ],
    };

    /// `wgallowedip`.
    pub static WGALLOWEDIP: SetNames = SetNames {
        name: "wgallowedip",
        attrs: &[
            AttrName::value(0, "unspec"),
            AttrName::value(1, "family"),
            AttrName::value(2, "ipaddr"),
            AttrName::value(3, "cidr-mask"),
            AttrName::value(4, "flags"),
        ],
    };
}
