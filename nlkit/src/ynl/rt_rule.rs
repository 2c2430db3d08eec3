//! `rt-rule` (netlink-raw): FIB rule management over rtnetlink.
//!
//! Generated from `nlkit-ynl/specs/rt-rule.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The netlink protocol number (`socket(AF_NETLINK, SOCK_RAW, PROTOCOL)`).
pub const PROTOCOL: u32 = 0;

crate::fixed_struct! {
    /// `rtgenmsg`: a C structure of 4 bytes.
    pub struct Rtgenmsg("rtgenmsg") {
        /// `family`.
        pub family: u8,
        /// `pad`.
        pub pad: [u8; 3],
    }
}

crate::fixed_struct! {
    /// `fib-rule-hdr`: a C structure of 12 bytes.
    pub struct FibRuleHdr("fib-rule-hdr") {
        /// `family`.
        pub family: u8,
        /// `dst-len`.
        pub dst_len: u8,
        /// `src-len`.
        pub src_len: u8,
        /// `tos`.
        pub tos: u8,
        /// `table`.
        pub table: u8,
        /// `res1`.
        pub res1: [u8; 1],
        /// `res2`.
        pub res2: [u8; 1],
        /// `action`.
        ///
        /// Values of `fr-act`.
        pub action: u8,
        /// `flags`.
        pub flags: u32,
    }
}

crate::open_enum! {
    /// `fr-act`: an enumeration.
    pub enum FrAct: u32 {
        /// `unspec` (0).
        Unspec = 0,
        /// `to-tbl` (1).
        ToTbl = 1,
        /// `goto` (2).
        Goto = 2,
        /// `nop` (3).
        Nop = 3,
        /// `res3` (4).
        Res3 = 4,
        /// `res4` (5).
        Res4 = 5,
        /// `blackhole` (6).
        Blackhole = 6,
        /// `unreachable` (7).
        Unreachable = 7,
        /// `prohibit` (8).
        Prohibit = 8,
    }
}

crate::fixed_struct! {
    /// `fib-rule-port-range`: a C structure of 4 bytes.
    pub struct FibRulePortRange("fib-rule-port-range") {
        /// `start`.
        pub start: u16,
        /// `end`.
        pub end: u16,
    }
}

crate::fixed_struct! {
    /// `fib-rule-uid-range`: a C structure of 8 bytes.
    pub struct FibRuleUidRange("fib-rule-uid-range") {
        /// `start`.
        pub start: u32,
        /// `end`.
        pub end: u32,
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `fib-rule-attrs`.
    pub mod fib_rule_attrs {
        /// `dst` (u32).
        pub const DST: u16 = 1;
        /// `src` (u32).
        pub const SRC: u16 = 2;
        /// `iifname` (string).
        pub const IIFNAME: u16 = 3;
        /// `goto` (u32).
        pub const GOTO: u16 = 4;
        /// `unused2` (pad).
        pub const UNUSED2: u16 = 5;
        /// `priority` (u32).
        pub const PRIORITY: u16 = 6;
        /// `unused3` (pad).
        pub const UNUSED3: u16 = 7;
        /// `unused4` (pad).
        pub const UNUSED4: u16 = 8;
        /// `unused5` (pad).
        pub const UNUSED5: u16 = 9;
        /// `fwmark` (u32).
        pub const FWMARK: u16 = 10;
        /// `flow` (u32).
        pub const FLOW: u16 = 11;
        /// `tun-id` (u64).
        pub const TUN_ID: u16 = 12;
        /// `suppress-ifgroup` (u32).
        pub const SUPPRESS_IFGROUP: u16 = 13;
        /// `suppress-prefixlen` (u32).
        pub const SUPPRESS_PREFIXLEN: u16 = 14;
        /// `table` (u32).
        pub const TABLE: u16 = 15;
        /// `fwmask` (u32).
        pub const FWMASK: u16 = 16;
        /// `oifname` (string).
        pub const OIFNAME: u16 = 17;
        /// `pad` (pad).
        pub const PAD: u16 = 18;
        /// `l3mdev` (u8).
        pub const L3MDEV: u16 = 19;
        /// `uid-range` (binary).
        pub const UID_RANGE: u16 = 20;
        /// `protocol` (u8).
        pub const PROTOCOL: u16 = 21;
        /// `ip-proto` (u8).
        pub const IP_PROTO: u16 = 22;
        /// `sport-range` (binary).
        pub const SPORT_RANGE: u16 = 23;
        /// `dport-range` (binary).
        pub const DPORT_RANGE: u16 = 24;
        /// `dscp` (u8).
        pub const DSCP: u16 = 25;
        /// `flowlabel` (u32).
        pub const FLOWLABEL: u16 = 26;
        /// `flowlabel-mask` (u32).
        pub const FLOWLABEL_MASK: u16 = 27;
        /// `sport-mask` (u16).
        pub const SPORT_MASK: u16 = 28;
        /// `dport-mask` (u16).
        pub const DPORT_MASK: u16 = 29;
        /// `dscp-mask` (u8).
        pub const DSCP_MASK: u16 = 30;
    }
}

crate::attribute_set! {
    /// The attribute set `fib-rule-attrs`.
    pub struct FibRuleAttrs {}
    attributes {
        /// `dst`.
        pub dst: codec::U32 = attrs::fib_rule_attrs::DST,
        /// `src`.
        pub src: codec::U32 = attrs::fib_rule_attrs::SRC,
        /// `iifname`.
        pub iifname: codec::Str = attrs::fib_rule_attrs::IIFNAME,
        /// `goto`.
        pub goto: codec::U32 = attrs::fib_rule_attrs::GOTO,
        /// `priority`.
        pub priority: codec::U32 = attrs::fib_rule_attrs::PRIORITY,
        /// `fwmark`.
        pub fwmark: codec::U32 = attrs::fib_rule_attrs::FWMARK,
        /// `flow`.
        pub flow: codec::U32 = attrs::fib_rule_attrs::FLOW,
        /// `tun-id`.
        pub tun_id: codec::U64 = attrs::fib_rule_attrs::TUN_ID,
        /// `suppress-ifgroup`.
        pub suppress_ifgroup: codec::U32 = attrs::fib_rule_attrs::SUPPRESS_IFGROUP,
        /// `suppress-prefixlen`.
        pub suppress_prefixlen: codec::U32 = attrs::fib_rule_attrs::SUPPRESS_PREFIXLEN,
        /// `table`.
        pub table: codec::U32 = attrs::fib_rule_attrs::TABLE,
        /// `fwmask`.
        pub fwmask: codec::U32 = attrs::fib_rule_attrs::FWMASK,
        /// `oifname`.
        pub oifname: codec::Str = attrs::fib_rule_attrs::OIFNAME,
        /// `l3mdev`.
        pub l3mdev: codec::U8 = attrs::fib_rule_attrs::L3MDEV,
        /// `uid-range`.
        pub uid_range: codec::StructTrailing<FibRuleUidRange> = attrs::fib_rule_attrs::UID_RANGE,
        /// `protocol`.
        pub protocol: codec::U8 = attrs::fib_rule_attrs::PROTOCOL,
        /// `ip-proto`.
        pub ip_proto: codec::U8 = attrs::fib_rule_attrs::IP_PROTO,
        /// `sport-range`.
        pub sport_range: codec::StructTrailing<FibRulePortRange> = attrs::fib_rule_attrs::SPORT_RANGE,
        /// `dport-range`.
        pub dport_range: codec::StructTrailing<FibRulePortRange> = attrs::fib_rule_attrs::DPORT_RANGE,
        /// `dscp`.
        pub dscp: codec::U8 = attrs::fib_rule_attrs::DSCP,
        /// `flowlabel`.
        pub flowlabel: codec::U32Be = attrs::fib_rule_attrs::FLOWLABEL,
        /// `flowlabel-mask`.
        pub flowlabel_mask: codec::U32Be = attrs::fib_rule_attrs::FLOWLABEL_MASK,
        /// `sport-mask`.
        pub sport_mask: codec::U16 = attrs::fib_rule_attrs::SPORT_MASK,
        /// `dport-mask`.
        pub dport_mask: codec::U16 = attrs::fib_rule_attrs::DPORT_MASK,
        /// `dscp-mask`.
        pub dscp_mask: codec::U8 = attrs::fib_rule_attrs::DSCP_MASK,
    }
}

/// The message types (`nlmsghdr.nlmsg_type`) of each operation; `_REPLY` where the kernel answers
/// with another type.
pub mod message_type {
    /// `newrule`: Add new FIB rule
    pub const NEWRULE: u16 = 32;
    /// `newrule-ntf` (notification): Notify a rule creation
    pub const NEWRULE_NTF: u16 = 32;
    /// `delrule`: Remove an existing FIB rule
    pub const DELRULE: u16 = 33;
    /// `delrule-ntf` (notification): Notify a rule deletion
    pub const DELRULE_NTF: u16 = 33;
    /// `getrule`: Dump all FIB rules
    pub const GETRULE: u16 = 34;
    /// `getrule` (reply): Dump all FIB rules
    pub const GETRULE_REPLY: u16 = 32;
}

/// The multicast groups, by number.
pub mod mcgrp {
    /// `rtnlgrp-ipv4-rule`.
    pub const RTNLGRP_IPV4_RULE: u32 = 8;
    /// `rtnlgrp-ipv6-rule`.
    pub const RTNLGRP_IPV6_RULE: u32 = 19;
}

crate::attribute_set! {
    /// The request of `newrule`: attributes of `fib-rule-attrs` (`iifname`, `oifname`, `priority`,
    /// `fwmark`, `flow`, `tun-id`, `fwmask`, `table`, `suppress-prefixlen`, `suppress-ifgroup`,
    /// `goto`, `l3mdev`, `uid-range`, `protocol`, `ip-proto`, `sport-range`, `dport-range`, `dscp`,
    /// `flowlabel`, `flowlabel-mask`, `sport-mask`, `dport-mask`, `dscp-mask`).
    pub struct NewruleRequest {
        /// The fixed header.
        pub header: FibRuleHdr,
    }
    attributes {
        /// `iifname`.
        pub iifname: codec::Str = attrs::fib_rule_attrs::IIFNAME,
        /// `oifname`.
        pub oifname: codec::Str = attrs::fib_rule_attrs::OIFNAME,
        /// `priority`.
        pub priority: codec::U32 = attrs::fib_rule_attrs::PRIORITY,
        /// `fwmark`.
        pub fwmark: codec::U32 = attrs::fib_rule_attrs::FWMARK,
        /// `flow`.
        pub flow: codec::U32 = attrs::fib_rule_attrs::FLOW,
        /// `tun-id`.
        pub tun_id: codec::U64 = attrs::fib_rule_attrs::TUN_ID,
        /// `fwmask`.
        pub fwmask: codec::U32 = attrs::fib_rule_attrs::FWMASK,
        /// `table`.
        pub table: codec::U32 = attrs::fib_rule_attrs::TABLE,
        /// `suppress-prefixlen`.
        pub suppress_prefixlen: codec::U32 = attrs::fib_rule_attrs::SUPPRESS_PREFIXLEN,
        /// `suppress-ifgroup`.
        pub suppress_ifgroup: codec::U32 = attrs::fib_rule_attrs::SUPPRESS_IFGROUP,
        /// `goto`.
        pub goto: codec::U32 = attrs::fib_rule_attrs::GOTO,
        /// `l3mdev`.
        pub l3mdev: codec::U8 = attrs::fib_rule_attrs::L3MDEV,
        /// `uid-range`.
        pub uid_range: codec::StructTrailing<FibRuleUidRange> = attrs::fib_rule_attrs::UID_RANGE,
        /// `protocol`.
        pub protocol: codec::U8 = attrs::fib_rule_attrs::PROTOCOL,
        /// `ip-proto`.
        pub ip_proto: codec::U8 = attrs::fib_rule_attrs::IP_PROTO,
        /// `sport-range`.
        pub sport_range: codec::StructTrailing<FibRulePortRange> = attrs::fib_rule_attrs::SPORT_RANGE,
        /// `dport-range`.
        pub dport_range: codec::StructTrailing<FibRulePortRange> = attrs::fib_rule_attrs::DPORT_RANGE,
        /// `dscp`.
        pub dscp: codec::U8 = attrs::fib_rule_attrs::DSCP,
        /// `flowlabel`.
        pub flowlabel: codec::U32Be = attrs::fib_rule_attrs::FLOWLABEL,
        /// `flowlabel-mask`.
        pub flowlabel_mask: codec::U32Be = attrs::fib_rule_attrs::FLOWLABEL_MASK,
        /// `sport-mask`.
        pub sport_mask: codec::U16 = attrs::fib_rule_attrs::SPORT_MASK,
        /// `dport-mask`.
        pub dport_mask: codec::U16 = attrs::fib_rule_attrs::DPORT_MASK,
        /// `dscp-mask`.
        pub dscp_mask: codec::U8 = attrs::fib_rule_attrs::DSCP_MASK,
    }
}

/// `newrule` (do): Add new FIB rule
///
/// The kernel answers with an acknowledgement only.
pub fn newrule(request: &NewruleRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::NEWRULE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `delrule`: attributes of `fib-rule-attrs` (`iifname`, `oifname`, `priority`,
    /// `fwmark`, `flow`, `tun-id`, `fwmask`, `table`, `suppress-prefixlen`, `suppress-ifgroup`,
    /// `goto`, `l3mdev`, `uid-range`, `protocol`, `ip-proto`, `sport-range`, `dport-range`, `dscp`,
    /// `flowlabel`, `flowlabel-mask`, `sport-mask`, `dport-mask`, `dscp-mask`).
    pub struct DelruleRequest {
        /// The fixed header.
        pub header: FibRuleHdr,
    }
    attributes {
        /// `iifname`.
        pub iifname: codec::Str = attrs::fib_rule_attrs::IIFNAME,
        /// `oifname`.
        pub oifname: codec::Str = attrs::fib_rule_attrs::OIFNAME,
        /// `priority`.
        pub priority: codec::U32 = attrs::fib_rule_attrs::PRIORITY,
        /// `fwmark`.
        pub fwmark: codec::U32 = attrs::fib_rule_attrs::FWMARK,
        /// `flow`.
        pub flow: codec::U32 = attrs::fib_rule_attrs::FLOW,
        /// `tun-id`.
        pub tun_id: codec::U64 = attrs::fib_rule_attrs::TUN_ID,
        /// `fwmask`.
        pub fwmask: codec::U32 = attrs::fib_rule_attrs::FWMASK,
        /// `table`.
        pub table: codec::U32 = attrs::fib_rule_attrs::TABLE,
        /// `suppress-prefixlen`.
        pub suppress_prefixlen: codec::U32 = attrs::fib_rule_attrs::SUPPRESS_PREFIXLEN,
        /// `suppress-ifgroup`.
        pub suppress_ifgroup: codec::U32 = attrs::fib_rule_attrs::SUPPRESS_IFGROUP,
        /// `goto`.
        pub goto: codec::U32 = attrs::fib_rule_attrs::GOTO,
        /// `l3mdev`.
        pub l3mdev: codec::U8 = attrs::fib_rule_attrs::L3MDEV,
        /// `uid-range`.
        pub uid_range: codec::StructTrailing<FibRuleUidRange> = attrs::fib_rule_attrs::UID_RANGE,
        /// `protocol`.
        pub protocol: codec::U8 = attrs::fib_rule_attrs::PROTOCOL,
        /// `ip-proto`.
        pub ip_proto: codec::U8 = attrs::fib_rule_attrs::IP_PROTO,
        /// `sport-range`.
        pub sport_range: codec::StructTrailing<FibRulePortRange> = attrs::fib_rule_attrs::SPORT_RANGE,
        /// `dport-range`.
        pub dport_range: codec::StructTrailing<FibRulePortRange> = attrs::fib_rule_attrs::DPORT_RANGE,
        /// `dscp`.
        pub dscp: codec::U8 = attrs::fib_rule_attrs::DSCP,
        /// `flowlabel`.
        pub flowlabel: codec::U32Be = attrs::fib_rule_attrs::FLOWLABEL,
        /// `flowlabel-mask`.
        pub flowlabel_mask: codec::U32Be = attrs::fib_rule_attrs::FLOWLABEL_MASK,
        /// `sport-mask`.
        pub sport_mask: codec::U16 = attrs::fib_rule_attrs::SPORT_MASK,
        /// `dport-mask`.
        pub dport_mask: codec::U16 = attrs::fib_rule_attrs::DPORT_MASK,
        /// `dscp-mask`.
        pub dscp_mask: codec::U8 = attrs::fib_rule_attrs::DSCP_MASK,
    }
}

/// `delrule` (do): Remove an existing FIB rule
///
/// The kernel answers with an acknowledgement only.
pub fn delrule(request: &DelruleRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DELRULE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getrule` (dump): attributes of `fib-rule-attrs`.
    pub struct GetruleDumpRequest {
        /// The fixed header.
        pub header: FibRuleHdr,
    }
    attributes {}
}

/// `getrule` (dump): Dump all FIB rules
///
/// Each reply is a [`FibRuleAttrs`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn getrule_dump(request: &GetruleDumpRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETRULE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `fib-rule-attrs`.
    pub static FIB_RULE_ATTRS: SetNames = SetNames {
        name: "fib-rule-attrs",
        attrs: &[
            AttrName::value(1, "dst"),
            AttrName::value(2, "src"),
            AttrName::value(3, "iifname"),
            AttrName::value(4, "goto"),
            AttrName::value(5, "unused2"),
            AttrName::value(6, "priority"),
            AttrName::value(7, "unused3"),
            AttrName::value(8, "unused4"),
            AttrName::value(9, "unused5"),
            AttrName::value(10, "fwmark"),
            AttrName::value(11, "flow"),
            AttrName::value(12, "tun-id"),
            AttrName::value(13, "suppress-ifgroup"),
            AttrName::value(14, "suppress-prefixlen"),
            AttrName::value(15, "table"),
            AttrName::value(16, "fwmask"),
            AttrName::value(17, "oifname"),
            AttrName::value(18, "pad"),
            AttrName::value(19, "l3mdev"),
            AttrName::value(20, "uid-range"),
            AttrName::value(21, "protocol"),
            AttrName::value(22, "ip-proto"),
            AttrName::value(23, "sport-range"),
            AttrName::value(24, "dport-range"),
            AttrName::value(25, "dscp"),
            AttrName::value(26, "flowlabel"),
            AttrName::value(27, "flowlabel-mask"),
            AttrName::value(28, "sport-mask"),
            AttrName::value(29, "dport-mask"),
            AttrName::value(30, "dscp-mask"),
        ],
    };

    /// The attributes of a request of message type `message_type`, by the operation that sends it.
    pub fn for_message(message_type: u16) -> Option<&'static SetNames> {
        match message_type {
            32 => Some(&FIB_RULE_ATTRS),
            33 => Some(&FIB_RULE_ATTRS),
            34 => Some(&FIB_RULE_ATTRS),
            _ => None,
        }
    }
}
