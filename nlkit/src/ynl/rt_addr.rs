//! `rt-addr` (netlink-raw): Address configuration over rtnetlink.
//!
//! Generated from `nlkit-ynl/specs/rt_addr.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The netlink protocol number (`socket(AF_NETLINK, SOCK_RAW, PROTOCOL)`).
pub const PROTOCOL: u32 = 0;

crate::fixed_struct! {
    /// `ifaddrmsg`: a C structure of 8 bytes.
    pub struct Ifaddrmsg("ifaddrmsg") {
        /// `ifa-family`.
        pub ifa_family: u8,
        /// `ifa-prefixlen`.
        pub ifa_prefixlen: u8,
        /// `ifa-flags`.
        ///
        /// Values of `ifa-flags`.
        pub ifa_flags: u8,
        /// `ifa-scope`.
        pub ifa_scope: u8,
        /// `ifa-index`.
        pub ifa_index: u32,
    }
}

crate::fixed_struct! {
    /// `ifa-cacheinfo`: a C structure of 16 bytes.
    pub struct IfaCacheinfo("ifa-cacheinfo") {
        /// `ifa-prefered`.
        pub ifa_prefered: u32,
        /// `ifa-valid`.
        pub ifa_valid: u32,
        /// `cstamp`.
        pub cstamp: u32,
        /// `tstamp`.
        pub tstamp: u32,
    }
}

crate::flag_set! {
    /// `ifa-flags`: flags.
    pub struct IfaFlags: u32 {
        /// `secondary` (bit 0).
        const SECONDARY = 0x1;
        /// `nodad` (bit 1).
        const NODAD = 0x2;
        /// `optimistic` (bit 2).
        const OPTIMISTIC = 0x4;
        /// `dadfailed` (bit 3).
        const DADFAILED = 0x8;
        /// `homeaddress` (bit 4).
        const HOMEADDRESS = 0x10;
        /// `deprecated` (bit 5).
        const DEPRECATED = 0x20;
        /// `tentative` (bit 6).
        const TENTATIVE = 0x40;
        /// `permanent` (bit 7).
        const PERMANENT = 0x80;
        /// `managetempaddr` (bit 8).
        const MANAGETEMPADDR = 0x100;
        /// `noprefixroute` (bit 9).
        const NOPREFIXROUTE = 0x200;
        /// `mcautojoin` (bit 10).
        const MCAUTOJOIN = 0x400;
        /// `stable-privacy` (bit 11).
        const STABLE_PRIVACY = 0x800;
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `addr-attrs`.
    pub mod addr_attrs {
        /// `ifa-address` (binary).
        pub const IFA_ADDRESS: u16 = 1;
        /// `ifa-local` (binary).
        pub const IFA_LOCAL: u16 = 2;
        /// `ifa-label` (string).
        pub const IFA_LABEL: u16 = 3;
        /// `ifa-broadcast` (binary).
        pub const IFA_BROADCAST: u16 = 4;
        /// `ifa-anycast` (binary).
        pub const IFA_ANYCAST: u16 = 5;
        /// `ifa-cacheinfo` (binary).
        pub const IFA_CACHEINFO: u16 = 6;
        /// `ifa-multicast` (binary).
        pub const IFA_MULTICAST: u16 = 7;
        /// `ifa-flags` (u32).
        pub const IFA_FLAGS: u16 = 8;
        /// `ifa-rt-priority` (u32).
        pub const IFA_RT_PRIORITY: u16 = 9;
        /// `ifa-target-netnsid` (binary).
        pub const IFA_TARGET_NETNSID: u16 = 10;
        /// `ifa-proto` (u8).
        pub const IFA_PROTO: u16 = 11;
    }
}

crate::attribute_set! {
    /// The attribute set `addr-attrs`.
    pub struct AddrAttrs {}
    attributes {
        /// `ifa-address`.
        pub ifa_address: codec::Bytes = attrs::addr_attrs::IFA_ADDRESS,
        /// `ifa-local`.
        pub ifa_local: codec::Bytes = attrs::addr_attrs::IFA_LOCAL,
        /// `ifa-label`.
        pub ifa_label: codec::Str = attrs::addr_attrs::IFA_LABEL,
        /// `ifa-broadcast`.
        pub ifa_broadcast: codec::Bytes = attrs::addr_attrs::IFA_BROADCAST,
        /// `ifa-anycast`.
        pub ifa_anycast: codec::Bytes = attrs::addr_attrs::IFA_ANYCAST,
        /// `ifa-cacheinfo`.
        pub ifa_cacheinfo: codec::StructTrailing<IfaCacheinfo> = attrs::addr_attrs::IFA_CACHEINFO,
        /// `ifa-multicast`.
        pub ifa_multicast: codec::Bytes = attrs::addr_attrs::IFA_MULTICAST,
        /// `ifa-flags`.
        pub ifa_flags: codec::Enum32<IfaFlags> = attrs::addr_attrs::IFA_FLAGS,
        /// `ifa-rt-priority`.
        pub ifa_rt_priority: codec::U32 = attrs::addr_attrs::IFA_RT_PRIORITY,
        /// `ifa-target-netnsid`.
        pub ifa_target_netnsid: codec::Bytes = attrs::addr_attrs::IFA_TARGET_NETNSID,
        /// `ifa-proto`.
        pub ifa_proto: codec::U8 = attrs::addr_attrs::IFA_PROTO,
    }
}

/// The message types (`nlmsghdr.nlmsg_type`) of each operation; `_REPLY` where the kernel answers
/// with another type.
pub mod message_type {
    /// `newaddr`: Add new address
    pub const NEWADDR: u16 = 20;
    /// `deladdr`: Remove address
    pub const DELADDR: u16 = 21;
    /// `getaddr`: Dump address information.
    pub const GETADDR: u16 = 22;
    /// `getaddr` (reply): Dump address information.
    pub const GETADDR_REPLY: u16 = 20;
}

/// The multicast groups, by number.
pub mod mcgrp {
    /// `rtnlgrp-ipv4-ifaddr`.
    pub const RTNLGRP_IPV4_IFADDR: u32 = 5;
    /// `rtnlgrp-ipv6-ifaddr`.
    pub const RTNLGRP_IPV6_IFADDR: u32 = 9;
}

crate::attribute_set! {
    /// The request of `newaddr`: attributes of `addr-attrs` (`ifa-flags`, `ifa-address`,
    /// `ifa-label`, `ifa-local`, `ifa-cacheinfo`).
    pub struct NewaddrRequest {
        /// The fixed header.
        pub header: Ifaddrmsg,
    }
    attributes {
        /// `ifa-flags`.
        pub ifa_flags: codec::Enum32<IfaFlags> = attrs::addr_attrs::IFA_FLAGS,
        /// `ifa-address`.
        pub ifa_address: codec::Bytes = attrs::addr_attrs::IFA_ADDRESS,
        /// `ifa-label`.
        pub ifa_label: codec::Str = attrs::addr_attrs::IFA_LABEL,
        /// `ifa-local`.
        pub ifa_local: codec::Bytes = attrs::addr_attrs::IFA_LOCAL,
        /// `ifa-cacheinfo`.
        pub ifa_cacheinfo: codec::StructTrailing<IfaCacheinfo> = attrs::addr_attrs::IFA_CACHEINFO,
    }
}

/// `newaddr` (do): Add new address
///
/// The kernel answers with an acknowledgement only.
pub fn newaddr(request: &NewaddrRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::NEWADDR, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `deladdr`: attributes of `addr-attrs` (`ifa-flags`, `ifa-address`,
    /// `ifa-local`).
    pub struct DeladdrRequest {
        /// The fixed header.
        pub header: Ifaddrmsg,
    }
    attributes {
        /// `ifa-flags`.
        pub ifa_flags: codec::Enum32<IfaFlags> = attrs::addr_attrs::IFA_FLAGS,
        /// `ifa-address`.
        pub ifa_address: codec::Bytes = attrs::addr_attrs::IFA_ADDRESS,
        /// `ifa-local`.
        pub ifa_local: codec::Bytes = attrs::addr_attrs::IFA_LOCAL,
    }
}

/// `deladdr` (do): Remove address
///
/// The kernel answers with an acknowledgement only.
pub fn deladdr(request: &DeladdrRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DELADDR, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getaddr` (dump): attributes of `addr-attrs`.
    pub struct GetaddrDumpRequest {
        /// The fixed header.
        pub header: Ifaddrmsg,
    }
    attributes {}
}

/// `getaddr` (dump): Dump address information.
///
/// Each reply is a [`AddrAttrs`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn getaddr_dump(request: &GetaddrDumpRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETADDR, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `addr-attrs`.
    pub static ADDR_ATTRS: SetNames = SetNames {
        name: "addr-attrs",
        attrs: &[
            AttrName::value(1, "ifa-address"),
            AttrName::value(2, "ifa-local"),
            AttrName::value(3, "ifa-label"),
            AttrName::value(4, "ifa-broadcast"),
            AttrName::value(5, "ifa-anycast"),
            AttrName::value(6, "ifa-cacheinfo"),
            AttrName::value(7, "ifa-multicast"),
            AttrName::value(8, "ifa-flags"),
            AttrName::value(9, "ifa-rt-priority"),
            AttrName::value(10, "ifa-target-netnsid"),
            AttrName::value(11, "ifa-proto"),
        ],
    };

    /// The attributes of a request of message type `message_type`, by the operation that sends it.
    pub fn for_message(message_type: u16) -> Option<&'static SetNames> {
        match message_type {
            20 => Some(&ADDR_ATTRS),
            21 => Some(&ADDR_ATTRS),
            22 => Some(&ADDR_ATTRS),
            _ => None,
        }
    }
}
