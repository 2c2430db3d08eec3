//! `ovpn` (genetlink): Netlink protocol to control OpenVPN network devices
//!
//! Generated from `nlkit-ynl/specs/ovpn.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "ovpn";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `ovpn` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

/// `nonce-tail-size`: a constant.
pub const NONCE_TAIL_SIZE: u32 = 8;

crate::open_enum! {
    /// `cipher-alg`: an enumeration.
    pub enum CipherAlg: u32 {
        /// `none` (0).
        None = 0,
        /// `aes-gcm` (1).
        AesGcm = 1,
        /// `chacha20-poly1305` (2).
        Chacha20Poly1305 = 2,
    }
}

crate::open_enum! {
    /// `del-peer-reason`: an enumeration.
    pub enum DelPeerReason: u32 {
        /// `teardown` (0).
        Teardown = 0,
        /// `userspace` (1).
        Userspace = 1,
        /// `expired` (2).
        Expired = 2,
        /// `transport-error` (3).
        TransportError = 3,
        /// `transport-disconnect` (4).
        TransportDisconnect = 4,
    }
}

crate::open_enum! {
    /// `key-slot`: an enumeration.
    pub enum KeySlot: u32 {
        /// `primary` (0).
        Primary = 0,
        /// `secondary` (1).
        Secondary = 1,
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `peer`.
    pub mod peer {
        /// `id` (u32).
        pub const ID: u16 = 1;
        /// `remote-ipv4` (u32).
        pub const REMOTE_IPV4: u16 = 2;
        /// `remote-ipv6` (binary).
        pub const REMOTE_IPV6: u16 = 3;
        /// `remote-ipv6-scope-id` (u32).
        pub const REMOTE_IPV6_SCOPE_ID: u16 = 4;
        /// `remote-port` (u16).
        pub const REMOTE_PORT: u16 = 5;
        /// `socket` (u32).
        pub const SOCKET: u16 = 6;
        /// `socket-netnsid` (s32).
        pub const SOCKET_NETNSID: u16 = 7;
        /// `vpn-ipv4` (u32).
        pub const VPN_IPV4: u16 = 8;
        /// `vpn-ipv6` (binary).
        pub const VPN_IPV6: u16 = 9;
        /// `local-ipv4` (u32).
        pub const LOCAL_IPV4: u16 = 10;
        /// `local-ipv6` (binary).
        pub const LOCAL_IPV6: u16 = 11;
        /// `local-port` (u16).
        pub const LOCAL_PORT: u16 = 12;
        /// `keepalive-interval` (u32).
        pub const KEEPALIVE_INTERVAL: u16 = 13;
        /// `keepalive-timeout` (u32).
        pub const KEEPALIVE_TIMEOUT: u16 = 14;
        /// `del-reason` (u32).
        pub const DEL_REASON: u16 = 15;
        /// `vpn-rx-bytes` (uint).
        pub const VPN_RX_BYTES: u16 = 16;
        /// `vpn-tx-bytes` (uint).
        pub const VPN_TX_BYTES: u16 = 17;
        /// `vpn-rx-packets` (uint).
        pub const VPN_RX_PACKETS: u16 = 18;
        /// `vpn-tx-packets` (uint).
        pub const VPN_TX_PACKETS: u16 = 19;
        /// `link-rx-bytes` (uint).
        pub const LINK_RX_BYTES: u16 = 20;
        /// `link-tx-bytes` (uint).
        pub const LINK_TX_BYTES: u16 = 21;
        /// `link-rx-packets` (uint).
        pub const LINK_RX_PACKETS: u16 = 22;
        /// `link-tx-packets` (uint).
        pub const LINK_TX_PACKETS: u16 = 23;
    }

    /// The attributes of `keyconf`.
    pub mod keyconf {
        /// `peer-id` (u32).
        pub const PEER_ID: u16 = 1;
        /// `slot` (u32).
        pub const SLOT: u16 = 2;
        /// `key-id` (u32).
        pub const KEY_ID: u16 = 3;
        /// `cipher-alg` (u32).
        pub const CIPHER_ALG: u16 = 4;
        /// `encrypt-dir` (nest).
        pub const ENCRYPT_DIR: u16 = 5;
        /// `decrypt-dir` (nest).
        pub const DECRYPT_DIR: u16 = 6;
    }

    /// The attributes of `keydir`.
    pub mod keydir {
        /// `cipher-key` (binary).
        pub const CIPHER_KEY: u16 = 1;
        /// `nonce-tail` (binary).
        pub const NONCE_TAIL: u16 = 2;
    }

    /// The attributes of `ovpn`.
    pub mod ovpn {
        /// `ifindex` (u32).
        pub const IFINDEX: u16 = 1;
        /// `peer` (nest).
        pub const PEER: u16 = 2;
        /// `keyconf` (nest).
        pub const KEYCONF: u16 = 3;
    }
}

crate::attribute_set! {
    /// The attribute set `peer`.
    pub struct Peer {}
    attributes {
        /// The unique ID of the peer in the device context. To be used to identify peers during
        /// operations for a specific device
        ///
        /// The kernel checks: max 16777215.
        pub id: codec::U32 = attrs::peer::ID,
        /// The remote IPv4 address of the peer
        pub remote_ipv4: codec::U32Be = attrs::peer::REMOTE_IPV4,
        /// The remote IPv6 address of the peer
        ///
        /// The kernel checks: exact-len 16.
        pub remote_ipv6: codec::Bytes = attrs::peer::REMOTE_IPV6,
        /// The scope id of the remote IPv6 address of the peer (RFC2553)
        pub remote_ipv6_scope_id: codec::U32 = attrs::peer::REMOTE_IPV6_SCOPE_ID,
        /// The remote port of the peer
        ///
        /// The kernel checks: min 1.
        pub remote_port: codec::U16Be = attrs::peer::REMOTE_PORT,
        /// The socket to be used to communicate with the peer
        pub socket: codec::U32 = attrs::peer::SOCKET,
        /// The ID of the netns the socket assigned to this peer lives in
        pub socket_netnsid: codec::I32 = attrs::peer::SOCKET_NETNSID,
        /// The IPv4 address assigned to the peer by the server
        pub vpn_ipv4: codec::U32Be = attrs::peer::VPN_IPV4,
        /// The IPv6 address assigned to the peer by the server
        ///
        /// The kernel checks: exact-len 16.
        pub vpn_ipv6: codec::Bytes = attrs::peer::VPN_IPV6,
        /// The local IPv4 to be used to send packets to the peer (UDP only)
        pub local_ipv4: codec::U32Be = attrs::peer::LOCAL_IPV4,
        /// The local IPv6 to be used to send packets to the peer (UDP only)
        ///
        /// The kernel checks: exact-len 16.
        pub local_ipv6: codec::Bytes = attrs::peer::LOCAL_IPV6,
        /// The local port to be used to send packets to the peer (UDP only)
        ///
        /// The kernel checks: min 1.
        pub local_port: codec::U16Be = attrs::peer::LOCAL_PORT,
        /// The number of seconds after which a keep alive message is sent to the peer
        pub keepalive_interval: codec::U32 = attrs::peer::KEEPALIVE_INTERVAL,
        /// The number of seconds from the last activity after which the peer is assumed dead
        pub keepalive_timeout: codec::U32 = attrs::peer::KEEPALIVE_TIMEOUT,
        /// The reason why a peer was deleted
        pub del_reason: codec::Enum32<DelPeerReason> = attrs::peer::DEL_REASON,
        /// Number of bytes received over the tunnel
        pub vpn_rx_bytes: codec::Uint = attrs::peer::VPN_RX_BYTES,
        /// Number of bytes transmitted over the tunnel
        pub vpn_tx_bytes: codec::Uint = attrs::peer::VPN_TX_BYTES,
        /// Number of packets received over the tunnel
        pub vpn_rx_packets: codec::Uint = attrs::peer::VPN_RX_PACKETS,
        /// Number of packets transmitted over the tunnel
        pub vpn_tx_packets: codec::Uint = attrs::peer::VPN_TX_PACKETS,
        /// Number of bytes received at the transport level
        pub link_rx_bytes: codec::Uint = attrs::peer::LINK_RX_BYTES,
        /// Number of bytes transmitted at the transport level
        pub link_tx_bytes: codec::Uint = attrs::peer::LINK_TX_BYTES,
        /// Number of packets received at the transport level
        pub link_rx_packets: codec::Uint = attrs::peer::LINK_RX_PACKETS,
        /// Number of packets transmitted at the transport level
        pub link_tx_packets: codec::Uint = attrs::peer::LINK_TX_PACKETS,
    }
}

crate::attribute_set! {
    /// The attribute set `peer-new-input`. A subset of `peer`: [`Peer`].
    pub struct PeerNewInput {}
    attributes {
        /// The unique ID of the peer in the device context. To be used to identify peers during
        /// operations for a specific device
        ///
        /// The kernel checks: max 16777215.
        pub id: codec::U32 = attrs::peer::ID,
        /// The remote IPv4 address of the peer
        pub remote_ipv4: codec::U32Be = attrs::peer::REMOTE_IPV4,
        /// The remote IPv6 address of the peer
        ///
        /// The kernel checks: exact-len 16.
        pub remote_ipv6: codec::Bytes = attrs::peer::REMOTE_IPV6,
        /// The scope id of the remote IPv6 address of the peer (RFC2553)
        pub remote_ipv6_scope_id: codec::U32 = attrs::peer::REMOTE_IPV6_SCOPE_ID,
        /// The remote port of the peer
        ///
        /// The kernel checks: min 1.
        pub remote_port: codec::U16Be = attrs::peer::REMOTE_PORT,
        /// The socket to be used to communicate with the peer
        pub socket: codec::U32 = attrs::peer::SOCKET,
        /// The IPv4 address assigned to the peer by the server
        pub vpn_ipv4: codec::U32Be = attrs::peer::VPN_IPV4,
        /// The IPv6 address assigned to the peer by the server
        ///
        /// The kernel checks: exact-len 16.
        pub vpn_ipv6: codec::Bytes = attrs::peer::VPN_IPV6,
        /// The local IPv4 to be used to send packets to the peer (UDP only)
        pub local_ipv4: codec::U32Be = attrs::peer::LOCAL_IPV4,
        /// The local IPv6 to be used to send packets to the peer (UDP only)
        ///
        /// The kernel checks: exact-len 16.
        pub local_ipv6: codec::Bytes = attrs::peer::LOCAL_IPV6,
        /// The number of seconds after which a keep alive message is sent to the peer
        pub keepalive_interval: codec::U32 = attrs::peer::KEEPALIVE_INTERVAL,
        /// The number of seconds from the last activity after which the peer is assumed dead
        pub keepalive_timeout: codec::U32 = attrs::peer::KEEPALIVE_TIMEOUT,
    }
}

crate::attribute_set! {
    /// The attribute set `peer-set-input`. A subset of `peer`: [`Peer`].
    pub struct PeerSetInput {}
    attributes {
        /// The unique ID of the peer in the device context. To be used to identify peers during
        /// operations for a specific device
        ///
        /// The kernel checks: max 16777215.
        pub id: codec::U32 = attrs::peer::ID,
        /// The remote IPv4 address of the peer
        pub remote_ipv4: codec::U32Be = attrs::peer::REMOTE_IPV4,
        /// The remote IPv6 address of the peer
        ///
        /// The kernel checks: exact-len 16.
        pub remote_ipv6: codec::Bytes = attrs::peer::REMOTE_IPV6,
        /// The scope id of the remote IPv6 address of the peer (RFC2553)
        pub remote_ipv6_scope_id: codec::U32 = attrs::peer::REMOTE_IPV6_SCOPE_ID,
        /// The remote port of the peer
        ///
        /// The kernel checks: min 1.
        pub remote_port: codec::U16Be = attrs::peer::REMOTE_PORT,
        /// The IPv4 address assigned to the peer by the server
        pub vpn_ipv4: codec::U32Be = attrs::peer::VPN_IPV4,
        /// The IPv6 address assigned to the peer by the server
        ///
        /// The kernel checks: exact-len 16.
        pub vpn_ipv6: codec::Bytes = attrs::peer::VPN_IPV6,
        /// The local IPv4 to be used to send packets to the peer (UDP only)
        pub local_ipv4: codec::U32Be = attrs::peer::LOCAL_IPV4,
        /// The local IPv6 to be used to send packets to the peer (UDP only)
        ///
        /// The kernel checks: exact-len 16.
        pub local_ipv6: codec::Bytes = attrs::peer::LOCAL_IPV6,
        /// The number of seconds after which a keep alive message is sent to the peer
        pub keepalive_interval: codec::U32 = attrs::peer::KEEPALIVE_INTERVAL,
        /// The number of seconds from the last activity after which the peer is assumed dead
        pub keepalive_timeout: codec::U32 = attrs::peer::KEEPALIVE_TIMEOUT,
    }
}

crate::attribute_set! {
    /// The attribute set `peer-del-input`. A subset of `peer`: [`Peer`].
    pub struct PeerDelInput {}
    attributes {
        /// The unique ID of the peer in the device context. To be used to identify peers during
        /// operations for a specific device
        ///
        /// The kernel checks: max 16777215.
        pub id: codec::U32 = attrs::peer::ID,
    }
}

crate::attribute_set! {
    /// The attribute set `keyconf`.
    pub struct Keyconf {}
    attributes {
        /// The unique ID of the peer in the device context. To be used to identify peers during key
        /// operations
        ///
        /// The kernel checks: max 16777215.
        pub peer_id: codec::U32 = attrs::keyconf::PEER_ID,
        /// The slot where the key should be stored
        pub slot: codec::Enum32<KeySlot> = attrs::keyconf::SLOT,
        /// The unique ID of the key in the peer context. Used to fetch the correct key upon
        /// decryption
        ///
        /// The kernel checks: max 7.
        pub key_id: codec::U32 = attrs::keyconf::KEY_ID,
        /// The cipher to be used when communicating with the peer
        pub cipher_alg: codec::Enum32<CipherAlg> = attrs::keyconf::CIPHER_ALG,
        /// Key material for encrypt direction
        pub encrypt_dir: codec::Nested<Keydir> = attrs::keyconf::ENCRYPT_DIR,
        /// Key material for decrypt direction
        pub decrypt_dir: codec::Nested<Keydir> = attrs::keyconf::DECRYPT_DIR,
    }
}

crate::attribute_set! {
    /// The attribute set `keydir`.
    pub struct Keydir {}
    attributes {
        /// The actual key to be used by the cipher
        ///
        /// The kernel checks: max-len 256.
        pub cipher_key: codec::Bytes = attrs::keydir::CIPHER_KEY,
        /// Random nonce to be concatenated to the packet ID, in order to obtain the actual cipher
        /// IV
        ///
        /// The kernel checks: exact-len `nonce-tail-size`.
        pub nonce_tail: codec::Bytes = attrs::keydir::NONCE_TAIL,
    }
}

crate::attribute_set! {
    /// The attribute set `keyconf-get`. A subset of `keyconf`: [`Keyconf`].
    pub struct KeyconfGet {}
    attributes {
        /// The unique ID of the peer in the device context. To be used to identify peers during key
        /// operations
        ///
        /// The kernel checks: max 16777215.
        pub peer_id: codec::U32 = attrs::keyconf::PEER_ID,
        /// The slot where the key should be stored
        pub slot: codec::Enum32<KeySlot> = attrs::keyconf::SLOT,
        /// The unique ID of the key in the peer context. Used to fetch the correct key upon
        /// decryption
        ///
        /// The kernel checks: max 7.
        pub key_id: codec::U32 = attrs::keyconf::KEY_ID,
        /// The cipher to be used when communicating with the peer
        pub cipher_alg: codec::Enum32<CipherAlg> = attrs::keyconf::CIPHER_ALG,
    }
}

crate::attribute_set! {
    /// The attribute set `keyconf-swap-input`. A subset of `keyconf`: [`Keyconf`].
    pub struct KeyconfSwapInput {}
    attributes {
        /// The unique ID of the peer in the device context. To be used to identify peers during key
        /// operations
        ///
        /// The kernel checks: max 16777215.
        pub peer_id: codec::U32 = attrs::keyconf::PEER_ID,
    }
}

crate::attribute_set! {
    /// The attribute set `keyconf-del-input`. A subset of `keyconf`: [`Keyconf`].
    pub struct KeyconfDelInput {}
    attributes {
        /// The unique ID of the peer in the device context. To be used to identify peers during key
        /// operations
        ///
        /// The kernel checks: max 16777215.
        pub peer_id: codec::U32 = attrs::keyconf::PEER_ID,
        /// The slot where the key should be stored
        pub slot: codec::Enum32<KeySlot> = attrs::keyconf::SLOT,
    }
}

crate::attribute_set! {
    /// The attribute set `ovpn`.
    pub struct Ovpn {}
    attributes {
        /// Index of the ovpn interface to operate on
        pub ifindex: codec::U32 = attrs::ovpn::IFINDEX,
        /// The peer object containing the attributed of interest for the specific operation
        pub peer: codec::Nested<Peer> = attrs::ovpn::PEER,
        /// Peer specific cipher configuration
        pub keyconf: codec::Nested<Keyconf> = attrs::ovpn::KEYCONF,
    }
}

crate::attribute_set! {
    /// The attribute set `ovpn-peer-new-input`. A subset of `ovpn`: [`Ovpn`].
    pub struct OvpnPeerNewInput {}
    attributes {
        /// Index of the ovpn interface to operate on
        pub ifindex: codec::U32 = attrs::ovpn::IFINDEX,
        /// The peer object containing the attributed of interest for the specific operation
        pub peer: codec::Nested<PeerNewInput> = attrs::ovpn::PEER,
    }
}

crate::attribute_set! {
    /// The attribute set `ovpn-peer-set-input`. A subset of `ovpn`: [`Ovpn`].
    pub struct OvpnPeerSetInput {}
    attributes {
        /// Index of the ovpn interface to operate on
        pub ifindex: codec::U32 = attrs::ovpn::IFINDEX,
        /// The peer object containing the attributed of interest for the specific operation
        pub peer: codec::Nested<PeerSetInput> = attrs::ovpn::PEER,
    }
}

crate::attribute_set! {
    /// The attribute set `ovpn-peer-del-input`. A subset of `ovpn`: [`Ovpn`].
    pub struct OvpnPeerDelInput {}
    attributes {
        /// Index of the ovpn interface to operate on
        pub ifindex: codec::U32 = attrs::ovpn::IFINDEX,
        /// The peer object containing the attributed of interest for the specific operation
        pub peer: codec::Nested<PeerDelInput> = attrs::ovpn::PEER,
    }
}

crate::attribute_set! {
    /// The attribute set `ovpn-keyconf-get`. A subset of `ovpn`: [`Ovpn`].
    pub struct OvpnKeyconfGet {}
    attributes {
        /// Index of the ovpn interface to operate on
        pub ifindex: codec::U32 = attrs::ovpn::IFINDEX,
        /// Peer specific cipher configuration
        pub keyconf: codec::Nested<KeyconfGet> = attrs::ovpn::KEYCONF,
    }
}

crate::attribute_set! {
    /// The attribute set `ovpn-keyconf-swap-input`. A subset of `ovpn`: [`Ovpn`].
    pub struct OvpnKeyconfSwapInput {}
    attributes {
        /// Index of the ovpn interface to operate on
        pub ifindex: codec::U32 = attrs::ovpn::IFINDEX,
        /// Peer specific cipher configuration
        pub keyconf: codec::Nested<KeyconfSwapInput> = attrs::ovpn::KEYCONF,
    }
}

crate::attribute_set! {
    /// The attribute set `ovpn-keyconf-del-input`. A subset of `ovpn`: [`Ovpn`].
    pub struct OvpnKeyconfDelInput {}
    attributes {
        /// Index of the ovpn interface to operate on
        pub ifindex: codec::U32 = attrs::ovpn::IFINDEX,
        /// Peer specific cipher configuration
        pub keyconf: codec::Nested<KeyconfDelInput> = attrs::ovpn::KEYCONF,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `peer-new`: Add a remote peer
    pub const PEER_NEW: u8 = 1;
    /// `peer-set`: modify a remote peer
    pub const PEER_SET: u8 = 2;
    /// `peer-get`: Retrieve data about existing remote peers (or a specific one)
    pub const PEER_GET: u8 = 3;
    /// `peer-del`: Delete existing remote peer
    pub const PEER_DEL: u8 = 4;
    /// `peer-del-ntf` (notification): Notification about a peer being deleted
    pub const PEER_DEL_NTF: u8 = 5;
    /// `key-new`: Add a cipher key for a specific peer
    pub const KEY_NEW: u8 = 6;
    /// `key-get`: Retrieve non-sensitive data about peer key and cipher
    pub const KEY_GET: u8 = 7;
    /// `key-swap`: Swap primary and secondary session keys for a specific peer
    pub const KEY_SWAP: u8 = 8;
    /// `key-swap-ntf` (notification): Notification about key having exhausted its IV space and
    /// requiring renegotiation
    pub const KEY_SWAP_NTF: u8 = 9;
    /// `key-del`: Delete cipher key for a specific peer
    pub const KEY_DEL: u8 = 10;
}

/// The multicast groups, by the name the family resolver knows them by.
pub mod mcgrp {
    /// `peers`.
    pub const PEERS: &str = "peers";
}

crate::attribute_set! {
    /// The request of `peer-new`: attributes of `ovpn-peer-new-input` (`ifindex`, `peer`).
    pub struct PeerNewRequest {}
    attributes {
        /// Index of the ovpn interface to operate on
        pub ifindex: codec::U32 = attrs::ovpn::IFINDEX,
        /// The peer object containing the attributed of interest for the specific operation
        pub peer: codec::Nested<PeerNewInput> = attrs::ovpn::PEER,
    }
}

impl crate::genl::Request for PeerNewRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::PEER_NEW;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::OVPN_PEER_NEW_INPUT)
    }
}

/// `peer-new` (do): Add a remote peer
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn peer_new(family_id: u16, request: &PeerNewRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PEER_NEW, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `peer-set`: attributes of `ovpn-peer-set-input` (`ifindex`, `peer`).
    pub struct PeerSetRequest {}
    attributes {
        /// Index of the ovpn interface to operate on
        pub ifindex: codec::U32 = attrs::ovpn::IFINDEX,
        /// The peer object containing the attributed of interest for the specific operation
        pub peer: codec::Nested<PeerSetInput> = attrs::ovpn::PEER,
    }
}

impl crate::genl::Request for PeerSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::PEER_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::OVPN_PEER_SET_INPUT)
    }
}

/// `peer-set` (do): modify a remote peer
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn peer_set(family_id: u16, request: &PeerSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PEER_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `peer-get`: attributes of `ovpn` (`ifindex`, `peer`).
    pub struct PeerGetRequest {}
    attributes {
        /// Index of the ovpn interface to operate on
        pub ifindex: codec::U32 = attrs::ovpn::IFINDEX,
        /// The peer object containing the attributed of interest for the specific operation
        pub peer: codec::Nested<Peer> = attrs::ovpn::PEER,
    }
}

impl crate::genl::Reply for Ovpn {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for PeerGetRequest {
    type Family = Family;
    type Reply = Ovpn;
    const CMD: u8 = cmd::PEER_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::OVPN)
    }
}

/// `peer-get` (do): Retrieve data about existing remote peers (or a specific one)
///
/// Each reply is a [`Ovpn`]. Needs admin-perm.
pub fn peer_get(family_id: u16, request: &PeerGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PEER_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `peer-get` (dump): attributes of `ovpn` (`ifindex`).
    pub struct PeerGetDumpRequest {}
    attributes {
        /// Index of the ovpn interface to operate on
        pub ifindex: codec::U32 = attrs::ovpn::IFINDEX,
    }
}

impl crate::genl::Request for PeerGetDumpRequest {
    type Family = Family;
    type Reply = Ovpn;
    const CMD: u8 = cmd::PEER_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::OVPN)
    }
}

/// `peer-get` (dump): Retrieve data about existing remote peers (or a specific one)
///
/// Each reply is a [`Ovpn`]. Needs admin-perm. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn peer_get_dump(family_id: u16, request: &PeerGetDumpRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PEER_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `peer-del`: attributes of `ovpn-peer-del-input` (`ifindex`, `peer`).
    pub struct PeerDelRequest {}
    attributes {
        /// Index of the ovpn interface to operate on
        pub ifindex: codec::U32 = attrs::ovpn::IFINDEX,
        /// The peer object containing the attributed of interest for the specific operation
        pub peer: codec::Nested<PeerDelInput> = attrs::ovpn::PEER,
    }
}

impl crate::genl::Request for PeerDelRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::PEER_DEL;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::OVPN_PEER_DEL_INPUT)
    }
}

/// `peer-del` (do): Delete existing remote peer
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn peer_del(family_id: u16, request: &PeerDelRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PEER_DEL, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `key-new`: attributes of `ovpn` (`ifindex`, `keyconf`).
    pub struct KeyNewRequest {}
    attributes {
        /// Index of the ovpn interface to operate on
        pub ifindex: codec::U32 = attrs::ovpn::IFINDEX,
        /// Peer specific cipher configuration
        pub keyconf: codec::Nested<Keyconf> = attrs::ovpn::KEYCONF,
    }
}

impl crate::genl::Request for KeyNewRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::KEY_NEW;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::OVPN)
    }
}

/// `key-new` (do): Add a cipher key for a specific peer
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn key_new(family_id: u16, request: &KeyNewRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::KEY_NEW, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `key-get`: attributes of `ovpn-keyconf-get` (`ifindex`, `keyconf`).
    pub struct KeyGetRequest {}
    attributes {
        /// Index of the ovpn interface to operate on
        pub ifindex: codec::U32 = attrs::ovpn::IFINDEX,
        /// Peer specific cipher configuration
        pub keyconf: codec::Nested<KeyconfGet> = attrs::ovpn::KEYCONF,
    }
}

impl crate::genl::Reply for OvpnKeyconfGet {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for KeyGetRequest {
    type Family = Family;
    type Reply = OvpnKeyconfGet;
    const CMD: u8 = cmd::KEY_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::OVPN_KEYCONF_GET)
    }
}

/// `key-get` (do): Retrieve non-sensitive data about peer key and cipher
///
/// Each reply is a [`OvpnKeyconfGet`]. Needs admin-perm.
pub fn key_get(family_id: u16, request: &KeyGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::KEY_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `key-swap`: attributes of `ovpn-keyconf-swap-input` (`ifindex`, `keyconf`).
    pub struct KeySwapRequest {}
    attributes {
        /// Index of the ovpn interface to operate on
        pub ifindex: codec::U32 = attrs::ovpn::IFINDEX,
        /// Peer specific cipher configuration
        pub keyconf: codec::Nested<KeyconfSwapInput> = attrs::ovpn::KEYCONF,
    }
}

impl crate::genl::Request for KeySwapRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::KEY_SWAP;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::OVPN_KEYCONF_SWAP_INPUT)
    }
}

/// `key-swap` (do): Swap primary and secondary session keys for a specific peer
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn key_swap(family_id: u16, request: &KeySwapRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::KEY_SWAP, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `key-del`: attributes of `ovpn-keyconf-del-input` (`ifindex`, `keyconf`).
    pub struct KeyDelRequest {}
    attributes {
        /// Index of the ovpn interface to operate on
        pub ifindex: codec::U32 = attrs::ovpn::IFINDEX,
        /// Peer specific cipher configuration
        pub keyconf: codec::Nested<KeyconfDelInput> = attrs::ovpn::KEYCONF,
    }
}

impl crate::genl::Request for KeyDelRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::KEY_DEL;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::OVPN_KEYCONF_DEL_INPUT)
    }
}

/// `key-del` (do): Delete cipher key for a specific peer
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn key_del(family_id: u16, request: &KeyDelRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::KEY_DEL, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// A notification of this family (sent to its multicast groups), by command.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)]
pub enum Notification {
    /// `peer-del-ntf`: Notification about a peer being deleted
    PeerDelNtf(Ovpn),
    /// `key-swap-ntf`: Notification about key having exhausted its IV space and requiring
    /// renegotiation
    KeySwapNtf(OvpnKeyconfGet),
    /// A command this spec has no notification for (its number).
    Other(u8),
}

impl Notification {
    /// Reads a notification: the payload of a message of this family (after `nlmsghdr`).
    pub fn parse(payload: &[u8]) -> Result<Notification, DecodeError> {
        let cmd = FamilyMessage::<crate::wire::genl::GenlMsgHdr>::parse(payload)?.header.cmd;
        Ok(match cmd {
            cmd::PEER_DEL_NTF => Notification::PeerDelNtf(super::parse_genl(payload)?.1),
            cmd::KEY_SWAP_NTF => Notification::KeySwapNtf(super::parse_genl(payload)?.1),
            other => Notification::Other(other),
        })
    }
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `peer`.
    pub static PEER: SetNames = SetNames {
        name: "peer",
        attrs: &[
            AttrName::value(1, "id"),
            AttrName::value(2, "remote-ipv4"),
            AttrName::value(3, "remote-ipv6"),
            AttrName::value(4, "remote-ipv6-scope-id"),
            AttrName::value(5, "remote-port"),
            AttrName::value(6, "socket"),
            AttrName::value(7, "socket-netnsid"),
            AttrName::value(8, "vpn-ipv4"),
            AttrName::value(9, "vpn-ipv6"),
            AttrName::value(10, "local-ipv4"),
            AttrName::value(11, "local-ipv6"),
            AttrName::value(12, "local-port"),
            AttrName::value(13, "keepalive-interval"),
            AttrName::value(14, "keepalive-timeout"),
            AttrName::value(15, "del-reason"),
            AttrName::value(16, "vpn-rx-bytes"),
            AttrName::value(17, "vpn-tx-bytes"),
            AttrName::value(18, "vpn-rx-packets"),
            AttrName::value(19, "vpn-tx-packets"),
            AttrName::value(20, "link-rx-bytes"),
            AttrName::value(21, "link-tx-bytes"),
            AttrName::value(22, "link-rx-packets"),
            AttrName::value(23, "link-tx-packets"),
        ],
    };

    /// `peer-new-input`.
    pub static PEER_NEW_INPUT: SetNames = SetNames {
        name: "peer-new-input",
        attrs: &[
            AttrName::value(1, "id"),
            AttrName::value(2, "remote-ipv4"),
            AttrName::value(3, "remote-ipv6"),
            AttrName::value(4, "remote-ipv6-scope-id"),
            AttrName::value(5, "remote-port"),
            AttrName::value(6, "socket"),
            AttrName::value(8, "vpn-ipv4"),
            AttrName::value(9, "vpn-ipv6"),
            AttrName::value(10, "local-ipv4"),
            AttrName::value(11, "local-ipv6"),
            AttrName::value(13, "keepalive-interval"),
            AttrName::value(14, "keepalive-timeout"),
        ],
    };

    /// `peer-set-input`.
    pub static PEER_SET_INPUT: SetNames = SetNames {
        name: "peer-set-input",
        attrs: &[
            AttrName::value(1, "id"),
            AttrName::value(2, "remote-ipv4"),
            AttrName::value(3, "remote-ipv6"),
            AttrName::value(4, "remote-ipv6-scope-id"),
            AttrName::value(5, "remote-port"),
            AttrName::value(8, "vpn-ipv4"),
            AttrName::value(9, "vpn-ipv6"),
            AttrName::value(10, "local-ipv4"),
            AttrName::value(11, "local-ipv6"),
            AttrName::value(13, "keepalive-interval"),
            AttrName::value(14, "keepalive-timeout"),
        ],
    };

    /// `peer-del-input`.
    pub static PEER_DEL_INPUT: SetNames = SetNames {
        name: "peer-del-input",
        attrs: &[
            AttrName::value(1, "id"),
        ],
    };

    /// `keyconf`.
    pub static KEYCONF: SetNames = SetNames {
        name: "keyconf",
        attrs: &[
            AttrName::value(1, "peer-id"),
            AttrName::value(2, "slot"),
            AttrName::value(3, "key-id"),
            AttrName::value(4, "cipher-alg"),
            AttrName::nest(5, "encrypt-dir", &KEYDIR),
            AttrName::nest(6, "decrypt-dir", &KEYDIR),
        ],
    };

    /// `keydir`.
    pub static KEYDIR: SetNames = SetNames {
        name: "keydir",
        attrs: &[
            AttrName::value(1, "cipher-key"),
            AttrName::value(2, "nonce-tail"),
        ],
    };

    /// `keyconf-get`.
    pub static KEYCONF_GET: SetNames = SetNames {
        name: "keyconf-get",
        attrs: &[
            AttrName::value(1, "peer-id"),
            AttrName::value(2, "slot"),
            AttrName::value(3, "key-id"),
            AttrName::value(4, "cipher-alg"),
        ],
    };

    /// `keyconf-swap-input`.
    pub static KEYCONF_SWAP_INPUT: SetNames = SetNames {
        name: "keyconf-swap-input",
        attrs: &[
            AttrName::value(1, "peer-id"),
        ],
    };

    /// `keyconf-del-input`.
    pub static KEYCONF_DEL_INPUT: SetNames = SetNames {
        name: "keyconf-del-input",
        attrs: &[
            AttrName::value(1, "peer-id"),
            AttrName::value(2, "slot"),
        ],
    };

    /// `ovpn`.
    pub static OVPN: SetNames = SetNames {
        name: "ovpn",
        attrs: &[
            AttrName::value(1, "ifindex"),
            AttrName::nest(2, "peer", &PEER),
            AttrName::nest(3, "keyconf", &KEYCONF),
        ],
    };

    /// `ovpn-peer-new-input`.
    pub static OVPN_PEER_NEW_INPUT: SetNames = SetNames {
        name: "ovpn-peer-new-input",
        attrs: &[
            AttrName::value(1, "ifindex"),
            AttrName::nest(2, "peer", &PEER_NEW_INPUT),
        ],
    };

    /// `ovpn-peer-set-input`.
    pub static OVPN_PEER_SET_INPUT: SetNames = SetNames {
        name: "ovpn-peer-set-input",
        attrs: &[
            AttrName::value(1, "ifindex"),
            AttrName::nest(2, "peer", &PEER_SET_INPUT),
        ],
    };

    /// `ovpn-peer-del-input`.
    pub static OVPN_PEER_DEL_INPUT: SetNames = SetNames {
        name: "ovpn-peer-del-input",
        attrs: &[
            AttrName::value(1, "ifindex"),
            AttrName::nest(2, "peer", &PEER_DEL_INPUT),
        ],
    };

    /// `ovpn-keyconf-get`.
    pub static OVPN_KEYCONF_GET: SetNames = SetNames {
        name: "ovpn-keyconf-get",
        attrs: &[
            AttrName::value(1, "ifindex"),
            AttrName::nest(3, "keyconf", &KEYCONF_GET),
        ],
    };

    /// `ovpn-keyconf-swap-input`.
    pub static OVPN_KEYCONF_SWAP_INPUT: SetNames = SetNames {
        name: "ovpn-keyconf-swap-input",
        attrs: &[
            AttrName::value(1, "ifindex"),
            AttrName::nest(3, "keyconf", &KEYCONF_SWAP_INPUT),
        ],
    };

    /// `ovpn-keyconf-del-input`.
    pub static OVPN_KEYCONF_DEL_INPUT: SetNames = SetNames {
        name: "ovpn-keyconf-del-input",
        attrs: &[
            AttrName::value(1, "ifindex"),
            AttrName::nest(3, "keyconf", &KEYCONF_DEL_INPUT),
        ],
    };
}
