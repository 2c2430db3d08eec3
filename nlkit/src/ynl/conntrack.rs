//! `conntrack` (netlink-raw): Netfilter connection tracking subsystem over nfnetlink
//!
//! Generated from `nlkit-ynl/specs/conntrack.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The netlink protocol number (`socket(AF_NETLINK, SOCK_RAW, PROTOCOL)`).
pub const PROTOCOL: u32 = 12;

crate::fixed_struct! {
    /// `nfgenmsg`: a C structure of 4 bytes.
    pub struct Nfgenmsg("nfgenmsg") {
        /// `nfgen-family`.
        pub nfgen_family: u8,
        /// `version`.
        pub version: u8,
        /// `res-id`.
        pub res_id: crate::wire::fixed::Be16,
    }
}

crate::fixed_struct! {
    /// `nf-ct-tcp-flags-mask`: a C structure of 2 bytes.
    pub struct NfCtTcpFlagsMask("nf-ct-tcp-flags-mask") {
        /// `flags`.
        ///
        /// Values of `nf-ct-tcp-flags`.
        pub flags: u8,
        /// `mask`.
        ///
        /// Values of `nf-ct-tcp-flags`.
        pub mask: u8,
    }
}

crate::flag_set! {
    /// `nf-ct-tcp-flags`: flags.
    pub struct NfCtTcpFlags: u32 {
        /// `window-scale` (bit 0).
        const WINDOW_SCALE = 0x1;
        /// `sack-perm` (bit 1).
        const SACK_PERM = 0x2;
        /// `close-init` (bit 2).
        const CLOSE_INIT = 0x4;
        /// `be-liberal` (bit 3).
        const BE_LIBERAL = 0x8;
        /// `unacked` (bit 4).
        const UNACKED = 0x10;
        /// `maxack` (bit 5).
        const MAXACK = 0x20;
        /// `challenge-ack` (bit 6).
        const CHALLENGE_ACK = 0x40;
        /// `simultaneous-open` (bit 7).
        const SIMULTANEOUS_OPEN = 0x80;
    }
}

crate::open_enum! {
    /// `nf-ct-tcp-state`: an enumeration.
    pub enum NfCtTcpState: u8 {
        /// `none` (0).
        None = 0,
        /// `syn-sent` (1).
        SynSent = 1,
        /// `syn-recv` (2).
        SynRecv = 2,
        /// `established` (3).
        Established = 3,
        /// `fin-wait` (4).
        FinWait = 4,
        /// `close-wait` (5).
        CloseWait = 5,
        /// `last-ack` (6).
        LastAck = 6,
        /// `time-wait` (7).
        TimeWait = 7,
        /// `close` (8).
        Close = 8,
        /// `syn-sent2` (9).
        SynSent2 = 9,
        /// `max` (10).
        Max = 10,
        /// `ignore` (11).
        Ignore = 11,
        /// `retrans` (12).
        Retrans = 12,
        /// `unack` (13).
        Unack = 13,
        /// `timeout-max` (14).
        TimeoutMax = 14,
    }
}

crate::open_enum! {
    /// `nf-ct-sctp-state`: an enumeration.
    pub enum NfCtSctpState: u8 {
        /// `none` (0).
        None = 0,
        /// `cloned` (1).
        Cloned = 1,
        /// `cookie-wait` (2).
        CookieWait = 2,
        /// `cookie-echoed` (3).
        CookieEchoed = 3,
        /// `established` (4).
        Established = 4,
        /// `shutdown-sent` (5).
        ShutdownSent = 5,
        /// `shutdown-received` (6).
        ShutdownReceived = 6,
        /// `shutdown-ack-sent` (7).
        ShutdownAckSent = 7,
        /// `shutdown-heartbeat-sent` (8).
        ShutdownHeartbeatSent = 8,
    }
}

crate::flag_set! {
    /// `nf-ct-status`: flags.
    pub struct NfCtStatus: u32 {
        /// `expected` (bit 0).
        const EXPECTED = 0x1;
        /// `seen-reply` (bit 1).
        const SEEN_REPLY = 0x2;
        /// `assured` (bit 2).
        const ASSURED = 0x4;
        /// `confirmed` (bit 3).
        const CONFIRMED = 0x8;
        /// `src-nat` (bit 4).
        const SRC_NAT = 0x10;
        /// `dst-nat` (bit 5).
        const DST_NAT = 0x20;
        /// `seq-adj` (bit 6).
        const SEQ_ADJ = 0x40;
        /// `src-nat-done` (bit 7).
        const SRC_NAT_DONE = 0x80;
        /// `dst-nat-done` (bit 8).
        const DST_NAT_DONE = 0x100;
        /// `dying` (bit 9).
        const DYING = 0x200;
        /// `fixed-timeout` (bit 10).
        const FIXED_TIMEOUT = 0x400;
        /// `template` (bit 11).
        const TEMPLATE = 0x800;
        /// `nat-clash` (bit 12).
        const NAT_CLASH = 0x1000;
        /// `helper` (bit 13).
        const HELPER = 0x2000;
        /// `offload` (bit 14).
        const OFFLOAD = 0x4000;
        /// `hw-offload` (bit 15).
        const HW_OFFLOAD = 0x8000;
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `counter-attrs`.
    pub mod counter_attrs {
        /// `packets` (u64).
        pub const PACKETS: u16 = 1;
        /// `bytes` (u64).
        pub const BYTES: u16 = 2;
        /// `packets-old` (u32).
        pub const PACKETS_OLD: u16 = 3;
        /// `bytes-old` (u32).
        pub const BYTES_OLD: u16 = 4;
        /// `pad` (pad).
        pub const PAD: u16 = 5;
    }

    /// The attributes of `tuple-proto-attrs`.
    pub mod tuple_proto_attrs {
        /// `proto-num` (u8).
        pub const PROTO_NUM: u16 = 1;
        /// `proto-src-port` (u16).
        pub const PROTO_SRC_PORT: u16 = 2;
        /// `proto-dst-port` (u16).
        pub const PROTO_DST_PORT: u16 = 3;
        /// `proto-icmp-id` (u16).
        pub const PROTO_ICMP_ID: u16 = 4;
        /// `proto-icmp-type` (u8).
        pub const PROTO_ICMP_TYPE: u16 = 5;
        /// `proto-icmp-code` (u8).
        pub const PROTO_ICMP_CODE: u16 = 6;
        /// `proto-icmpv6-id` (u16).
        pub const PROTO_ICMPV6_ID: u16 = 7;
        /// `proto-icmpv6-type` (u8).
        pub const PROTO_ICMPV6_TYPE: u16 = 8;
        /// `proto-icmpv6-code` (u8).
        pub const PROTO_ICMPV6_CODE: u16 = 9;
    }

    /// The attributes of `tuple-ip-attrs`.
    pub mod tuple_ip_attrs {
        /// `ip-v4-src` (u32).
        pub const IP_V4_SRC: u16 = 1;
        /// `ip-v4-dst` (u32).
        pub const IP_V4_DST: u16 = 2;
        /// `ip-v6-src` (binary).
        pub const IP_V6_SRC: u16 = 3;
        /// `ip-v6-dst` (binary).
        pub const IP_V6_DST: u16 = 4;
    }

    /// The attributes of `tuple-attrs`.
    pub mod tuple_attrs {
        /// `tuple-ip` (nest).
        pub const TUPLE_IP: u16 = 1;
        /// `tuple-proto` (nest).
        pub const TUPLE_PROTO: u16 = 2;
        /// `tuple-zone` (u16).
        pub const TUPLE_ZONE: u16 = 3;
    }

    /// The attributes of `protoinfo-tcp-attrs`.
    pub mod protoinfo_tcp_attrs {
        /// `tcp-state` (u8).
        pub const TCP_STATE: u16 = 1;
        /// `tcp-wscale-original` (u8).
        pub const TCP_WSCALE_ORIGINAL: u16 = 2;
        /// `tcp-wscale-reply` (u8).
        pub const TCP_WSCALE_REPLY: u16 = 3;
        /// `tcp-flags-original` (binary).
        pub const TCP_FLAGS_ORIGINAL: u16 = 4;
        /// `tcp-flags-reply` (binary).
        pub const TCP_FLAGS_REPLY: u16 = 5;
    }

    /// The attributes of `protoinfo-dccp-attrs`.
    pub mod protoinfo_dccp_attrs {
        /// `dccp-state` (u8).
        pub const DCCP_STATE: u16 = 1;
        /// `dccp-role` (u8).
        pub const DCCP_ROLE: u16 = 2;
        /// `dccp-handshake-seq` (u64).
        pub const DCCP_HANDSHAKE_SEQ: u16 = 3;
        /// `dccp-pad` (pad).
        pub const DCCP_PAD: u16 = 4;
    }

    /// The attributes of `protoinfo-sctp-attrs`.
    pub mod protoinfo_sctp_attrs {
        /// `sctp-state` (u8).
        pub const SCTP_STATE: u16 = 1;
        /// `vtag-original` (u32).
        pub const VTAG_ORIGINAL: u16 = 2;
        /// `vtag-reply` (u32).
        pub const VTAG_REPLY: u16 = 3;
    }

    /// The attributes of `protoinfo-attrs`.
    pub mod protoinfo_attrs {
        /// `protoinfo-tcp` (nest).
        pub const PROTOINFO_TCP: u16 = 1;
        /// `protoinfo-dccp` (nest).
        pub const PROTOINFO_DCCP: u16 = 2;
        /// `protoinfo-sctp` (nest).
        pub const PROTOINFO_SCTP: u16 = 3;
    }

    /// The attributes of `help-attrs`.
    pub mod help_attrs {
        /// `help-name` (string).
        pub const HELP_NAME: u16 = 1;
    }

    /// The attributes of `nat-proto-attrs`.
    pub mod nat_proto_attrs {
        /// `nat-port-min` (u16).
        pub const NAT_PORT_MIN: u16 = 1;
        /// `nat-port-max` (u16).
        pub const NAT_PORT_MAX: u16 = 2;
    }

    /// The attributes of `nat-attrs`.
    pub mod nat_attrs {
        /// `nat-v4-minip` (u32).
        pub const NAT_V4_MINIP: u16 = 1;
        /// `nat-v4-maxip` (u32).
        pub const NAT_V4_MAXIP: u16 = 2;
        /// `nat-v6-minip` (binary).
        pub const NAT_V6_MINIP: u16 = 3;
        /// `nat-v6-maxip` (binary).
        pub const NAT_V6_MAXIP: u16 = 4;
        /// `nat-proto` (nest).
        pub const NAT_PROTO: u16 = 5;
    }

    /// The attributes of `seqadj-attrs`.
    pub mod seqadj_attrs {
        /// `correction-pos` (u32).
        pub const CORRECTION_POS: u16 = 1;
        /// `offset-before` (u32).
        pub const OFFSET_BEFORE: u16 = 2;
        /// `offset-after` (u32).
        pub const OFFSET_AFTER: u16 = 3;
    }

    /// The attributes of `secctx-attrs`.
    pub mod secctx_attrs {
        /// `secctx-name` (string).
        pub const SECCTX_NAME: u16 = 1;
    }

    /// The attributes of `synproxy-attrs`.
    pub mod synproxy_attrs {
        /// `isn` (u32).
        pub const ISN: u16 = 1;
        /// `its` (u32).
        pub const ITS: u16 = 2;
        /// `tsoff` (u32).
        pub const TSOFF: u16 = 3;
    }

    /// The attributes of `conntrack-attrs`.
    pub mod conntrack_attrs {
        /// `tuple-orig` (nest).
        pub const TUPLE_ORIG: u16 = 1;
        /// `tuple-reply` (nest).
        pub const TUPLE_REPLY: u16 = 2;
        /// `status` (u32).
        pub const STATUS: u16 = 3;
        /// `protoinfo` (nest).
        pub const PROTOINFO: u16 = 4;
        /// `help` (nest).
        pub const HELP: u16 = 5;
        /// `nat-src` (nest).
        pub const NAT_SRC: u16 = 6;
        /// `timeout` (u32).
        pub const TIMEOUT: u16 = 7;
        /// `mark` (u32).
        pub const MARK: u16 = 8;
        /// `counters-orig` (nest).
        pub const COUNTERS_ORIG: u16 = 9;
        /// `counters-reply` (nest).
        pub const COUNTERS_REPLY: u16 = 10;
        /// `use` (u32).
        pub const USE: u16 = 11;
        /// `id` (u32).
        pub const ID: u16 = 12;
        /// `nat-dst` (nest).
        pub const NAT_DST: u16 = 13;
        /// `tuple-master` (nest).
        pub const TUPLE_MASTER: u16 = 14;
        /// `seq-adj-orig` (nest).
        pub const SEQ_ADJ_ORIG: u16 = 15;
        /// `seq-adj-reply` (nest).
        pub const SEQ_ADJ_REPLY: u16 = 16;
        /// `secmark` (binary).
        pub const SECMARK: u16 = 17;
        /// `zone` (u16).
        pub const ZONE: u16 = 18;
        /// `secctx` (nest).
        pub const SECCTX: u16 = 19;
        /// `timestamp` (u64).
        pub const TIMESTAMP: u16 = 20;
        /// `mark-mask` (u32).
        pub const MARK_MASK: u16 = 21;
        /// `labels` (binary).
        pub const LABELS: u16 = 22;
        /// `labels mask` (binary).
        pub const LABELS_MASK: u16 = 23;
        /// `synproxy` (nest).
        pub const SYNPROXY: u16 = 24;
        /// `filter` (nest).
        pub const FILTER: u16 = 25;
        /// `status-mask` (u32).
        pub const STATUS_MASK: u16 = 26;
        /// `timestamp-event` (u64).
        pub const TIMESTAMP_EVENT: u16 = 27;
    }

    /// The attributes of `conntrack-stats-attrs`.
    pub mod conntrack_stats_attrs {
        /// `searched` (u32).
        pub const SEARCHED: u16 = 1;
        /// `found` (u32).
        pub const FOUND: u16 = 2;
        /// `new` (u32).
        pub const NEW: u16 = 3;
        /// `invalid` (u32).
        pub const INVALID: u16 = 4;
        /// `ignore` (u32).
        pub const IGNORE: u16 = 5;
        /// `delete` (u32).
        pub const DELETE: u16 = 6;
        /// `delete-list` (u32).
        pub const DELETE_LIST: u16 = 7;
        /// `insert` (u32).
        pub const INSERT: u16 = 8;
        /// `insert-failed` (u32).
        pub const INSERT_FAILED: u16 = 9;
        /// `drop` (u32).
        pub const DROP: u16 = 10;
        /// `early-drop` (u32).
        pub const EARLY_DROP: u16 = 11;
        /// `error` (u32).
        pub const ERROR: u16 = 12;
        /// `search-restart` (u32).
        pub const SEARCH_RESTART: u16 = 13;
        /// `clash-resolve` (u32).
        pub const CLASH_RESOLVE: u16 = 14;
        /// `chain-toolong` (u32).
        pub const CHAIN_TOOLONG: u16 = 15;
    }
}

crate::attribute_set! {
    /// The attribute set `counter-attrs`.
    pub struct CounterAttrs {}
    attributes {
        /// `packets`.
        pub packets: codec::U64Be = attrs::counter_attrs::PACKETS,
        /// `bytes`.
        pub bytes: codec::U64Be = attrs::counter_attrs::BYTES,
        /// `packets-old`.
        pub packets_old: codec::U32 = attrs::counter_attrs::PACKETS_OLD,
        /// `bytes-old`.
        pub bytes_old: codec::U32 = attrs::counter_attrs::BYTES_OLD,
    }
}

crate::attribute_set! {
    /// The attribute set `tuple-proto-attrs`.
    pub struct TupleProtoAttrs {}
    attributes {
        /// l4 protocol number
        pub proto_num: codec::U8 = attrs::tuple_proto_attrs::PROTO_NUM,
        /// l4 source port
        pub proto_src_port: codec::U16Be = attrs::tuple_proto_attrs::PROTO_SRC_PORT,
        /// l4 source port
        pub proto_dst_port: codec::U16Be = attrs::tuple_proto_attrs::PROTO_DST_PORT,
        /// l4 icmp id
        pub proto_icmp_id: codec::U16Be = attrs::tuple_proto_attrs::PROTO_ICMP_ID,
        /// `proto-icmp-type`.
        pub proto_icmp_type: codec::U8 = attrs::tuple_proto_attrs::PROTO_ICMP_TYPE,
        /// `proto-icmp-code`.
        pub proto_icmp_code: codec::U8 = attrs::tuple_proto_attrs::PROTO_ICMP_CODE,
        /// l4 icmp id
        pub proto_icmpv6_id: codec::U16Be = attrs::tuple_proto_attrs::PROTO_ICMPV6_ID,
        /// `proto-icmpv6-type`.
        pub proto_icmpv6_type: codec::U8 = attrs::tuple_proto_attrs::PROTO_ICMPV6_TYPE,
        /// `proto-icmpv6-code`.
        pub proto_icmpv6_code: codec::U8 = attrs::tuple_proto_attrs::PROTO_ICMPV6_CODE,
    }
}

crate::attribute_set! {
    /// The attribute set `tuple-ip-attrs`.
    pub struct TupleIpAttrs {}
    attributes {
        /// ipv4 source address
        pub ip_v4_src: codec::U32Be = attrs::tuple_ip_attrs::IP_V4_SRC,
        /// ipv4 destination address
        pub ip_v4_dst: codec::U32Be = attrs::tuple_ip_attrs::IP_V4_DST,
        /// ipv6 source address
        ///
        /// The kernel checks: min-len 16.
        pub ip_v6_src: codec::Bytes = attrs::tuple_ip_attrs::IP_V6_SRC,
        /// ipv6 destination address
        ///
        /// The kernel checks: min-len 16.
        pub ip_v6_dst: codec::Bytes = attrs::tuple_ip_attrs::IP_V6_DST,
    }
}

crate::attribute_set! {
    /// The attribute set `tuple-attrs`.
    pub struct TupleAttrs {}
    attributes {
        /// conntrack l3 information
        pub tuple_ip: codec::Nested<TupleIpAttrs> = attrs::tuple_attrs::TUPLE_IP,
        /// conntrack l4 information
        pub tuple_proto: codec::Nested<TupleProtoAttrs> = attrs::tuple_attrs::TUPLE_PROTO,
        /// conntrack zone id
        pub tuple_zone: codec::U16Be = attrs::tuple_attrs::TUPLE_ZONE,
    }
}

crate::attribute_set! {
    /// The attribute set `protoinfo-tcp-attrs`.
    pub struct ProtoinfoTcpAttrs {}
    attributes {
        /// tcp connection state
        pub tcp_state: codec::Enum8<NfCtTcpState> = attrs::protoinfo_tcp_attrs::TCP_STATE,
        /// window scaling factor in original direction
        pub tcp_wscale_original: codec::U8 = attrs::protoinfo_tcp_attrs::TCP_WSCALE_ORIGINAL,
        /// window scaling factor in reply direction
        pub tcp_wscale_reply: codec::U8 = attrs::protoinfo_tcp_attrs::TCP_WSCALE_REPLY,
        /// `tcp-flags-original`.
        pub tcp_flags_original: codec::StructTrailing<NfCtTcpFlagsMask> = attrs::protoinfo_tcp_attrs::TCP_FLAGS_ORIGINAL,
        /// `tcp-flags-reply`.
        pub tcp_flags_reply: codec::StructTrailing<NfCtTcpFlagsMask> = attrs::protoinfo_tcp_attrs::TCP_FLAGS_REPLY,
    }
}

crate::attribute_set! {
    /// The attribute set `protoinfo-dccp-attrs`.
    pub struct ProtoinfoDccpAttrs {}
    attributes {
        /// dccp connection state
        pub dccp_state: codec::U8 = attrs::protoinfo_dccp_attrs::DCCP_STATE,
        /// `dccp-role`.
        pub dccp_role: codec::U8 = attrs::protoinfo_dccp_attrs::DCCP_ROLE,
        /// `dccp-handshake-seq`.
        pub dccp_handshake_seq: codec::U64Be = attrs::protoinfo_dccp_attrs::DCCP_HANDSHAKE_SEQ,
    }
}

crate::attribute_set! {
    /// The attribute set `protoinfo-sctp-attrs`.
    pub struct ProtoinfoSctpAttrs {}
    attributes {
        /// sctp connection state
        pub sctp_state: codec::Enum8<NfCtSctpState> = attrs::protoinfo_sctp_attrs::SCTP_STATE,
        /// `vtag-original`.
        pub vtag_original: codec::U32Be = attrs::protoinfo_sctp_attrs::VTAG_ORIGINAL,
        /// `vtag-reply`.
        pub vtag_reply: codec::U32Be = attrs::protoinfo_sctp_attrs::VTAG_REPLY,
    }
}

crate::attribute_set! {
    /// The attribute set `protoinfo-attrs`.
    pub struct ProtoinfoAttrs {}
    attributes {
        /// conntrack tcp state information
        pub protoinfo_tcp: codec::Nested<ProtoinfoTcpAttrs> = attrs::protoinfo_attrs::PROTOINFO_TCP,
        /// conntrack dccp state information
        pub protoinfo_dccp: codec::Nested<ProtoinfoDccpAttrs> = attrs::protoinfo_attrs::PROTOINFO_DCCP,
        /// conntrack sctp state information
        pub protoinfo_sctp: codec::Nested<ProtoinfoSctpAttrs> = attrs::protoinfo_attrs::PROTOINFO_SCTP,
    }
}

crate::attribute_set! {
    /// The attribute set `help-attrs`.
    pub struct HelpAttrs {}
    attributes {
        /// helper name
        pub help_name: codec::Str = attrs::help_attrs::HELP_NAME,
    }
}

crate::attribute_set! {
    /// The attribute set `nat-proto-attrs`.
    pub struct NatProtoAttrs {}
    attributes {
        /// `nat-port-min`.
        pub nat_port_min: codec::U16Be = attrs::nat_proto_attrs::NAT_PORT_MIN,
        /// `nat-port-max`.
        pub nat_port_max: codec::U16Be = attrs::nat_proto_attrs::NAT_PORT_MAX,
    }
}

crate::attribute_set! {
    /// The attribute set `nat-attrs`.
    pub struct NatAttrs {}
    attributes {
        /// `nat-v4-minip`.
        pub nat_v4_minip: codec::U32Be = attrs::nat_attrs::NAT_V4_MINIP,
        /// `nat-v4-maxip`.
        pub nat_v4_maxip: codec::U32Be = attrs::nat_attrs::NAT_V4_MAXIP,
        /// `nat-v6-minip`.
        pub nat_v6_minip: codec::Bytes = attrs::nat_attrs::NAT_V6_MINIP,
        /// `nat-v6-maxip`.
        pub nat_v6_maxip: codec::Bytes = attrs::nat_attrs::NAT_V6_MAXIP,
        /// `nat-proto`.
        pub nat_proto: codec::Nested<NatProtoAttrs> = attrs::nat_attrs::NAT_PROTO,
    }
}

crate::attribute_set! {
    /// The attribute set `seqadj-attrs`.
    pub struct SeqadjAttrs {}
    attributes {
        /// `correction-pos`.
        pub correction_pos: codec::U32Be = attrs::seqadj_attrs::CORRECTION_POS,
        /// `offset-before`.
        pub offset_before: codec::U32Be = attrs::seqadj_attrs::OFFSET_BEFORE,
        /// `offset-after`.
        pub offset_after: codec::U32Be = attrs::seqadj_attrs::OFFSET_AFTER,
    }
}

crate::attribute_set! {
    /// The attribute set `secctx-attrs`.
    pub struct SecctxAttrs {}
    attributes {
        /// `secctx-name`.
        pub secctx_name: codec::Str = attrs::secctx_attrs::SECCTX_NAME,
    }
}

crate::attribute_set! {
    /// The attribute set `synproxy-attrs`.
    pub struct SynproxyAttrs {}
    attributes {
        /// `isn`.
        pub isn: codec::U32Be = attrs::synproxy_attrs::ISN,
        /// `its`.
        pub its: codec::U32Be = attrs::synproxy_attrs::ITS,
        /// `tsoff`.
        pub tsoff: codec::U32Be = attrs::synproxy_attrs::TSOFF,
    }
}

crate::attribute_set! {
    /// The attribute set `conntrack-attrs`.
    pub struct ConntrackAttrs {}
    attributes {
        /// conntrack l3+l4 protocol information, original direction
        pub tuple_orig: codec::Nested<TupleAttrs> = attrs::conntrack_attrs::TUPLE_ORIG,
        /// conntrack l3+l4 protocol information, reply direction
        pub tuple_reply: codec::Nested<TupleAttrs> = attrs::conntrack_attrs::TUPLE_REPLY,
        /// conntrack flag bits
        ///
        /// A mask of bits numbered by `nf-ct-status`.
        pub status: codec::U32Be = attrs::conntrack_attrs::STATUS,
        /// `protoinfo`.
        pub protoinfo: codec::Nested<ProtoinfoAttrs> = attrs::conntrack_attrs::PROTOINFO,
        /// `help`.
        pub help: codec::Nested<HelpAttrs> = attrs::conntrack_attrs::HELP,
        /// `nat-src`.
        pub nat_src: codec::Nested<NatAttrs> = attrs::conntrack_attrs::NAT_SRC,
        /// `timeout`.
        pub timeout: codec::U32Be = attrs::conntrack_attrs::TIMEOUT,
        /// `mark`.
        pub mark: codec::U32Be = attrs::conntrack_attrs::MARK,
        /// `counters-orig`.
        pub counters_orig: codec::Nested<CounterAttrs> = attrs::conntrack_attrs::COUNTERS_ORIG,
        /// `counters-reply`.
        pub counters_reply: codec::Nested<CounterAttrs> = attrs::conntrack_attrs::COUNTERS_REPLY,
        /// `use`.
        pub use_: codec::U32Be = attrs::conntrack_attrs::USE,
        /// `id`.
        pub id: codec::U32Be = attrs::conntrack_attrs::ID,
        /// `nat-dst`.
        pub nat_dst: codec::Nested<NatAttrs> = attrs::conntrack_attrs::NAT_DST,
        /// `tuple-master`.
        pub tuple_master: codec::Nested<TupleAttrs> = attrs::conntrack_attrs::TUPLE_MASTER,
        /// `seq-adj-orig`.
        pub seq_adj_orig: codec::Nested<SeqadjAttrs> = attrs::conntrack_attrs::SEQ_ADJ_ORIG,
        /// `seq-adj-reply`.
        pub seq_adj_reply: codec::Nested<SeqadjAttrs> = attrs::conntrack_attrs::SEQ_ADJ_REPLY,
        /// obsolete
        pub secmark: codec::Bytes = attrs::conntrack_attrs::SECMARK,
        /// conntrack zone id
        pub zone: codec::U16Be = attrs::conntrack_attrs::ZONE,
        /// `secctx`.
        pub secctx: codec::Nested<SecctxAttrs> = attrs::conntrack_attrs::SECCTX,
        /// `timestamp`.
        pub timestamp: codec::U64Be = attrs::conntrack_attrs::TIMESTAMP,
        /// `mark-mask`.
        pub mark_mask: codec::U32Be = attrs::conntrack_attrs::MARK_MASK,
        /// `labels`.
        pub labels: codec::Bytes = attrs::conntrack_attrs::LABELS,
        /// `labels mask`.
        pub labels_mask: codec::Bytes = attrs::conntrack_attrs::LABELS_MASK,
        /// `synproxy`.
        pub synproxy: codec::Nested<SynproxyAttrs> = attrs::conntrack_attrs::SYNPROXY,
        /// `filter`.
        pub filter: codec::Nested<TupleAttrs> = attrs::conntrack_attrs::FILTER,
        /// conntrack flag bits to change
        ///
        /// A mask of bits numbered by `nf-ct-status`.
        pub status_mask: codec::U32Be = attrs::conntrack_attrs::STATUS_MASK,
        /// `timestamp-event`.
        pub timestamp_event: codec::U64Be = attrs::conntrack_attrs::TIMESTAMP_EVENT,
    }
}

crate::attribute_set! {
    /// The attribute set `conntrack-stats-attrs`.
    pub struct ConntrackStatsAttrs {}
    attributes {
        /// obsolete
        pub searched: codec::U32Be = attrs::conntrack_stats_attrs::SEARCHED,
        /// `found`.
        pub found: codec::U32Be = attrs::conntrack_stats_attrs::FOUND,
        /// obsolete
        pub new: codec::U32Be = attrs::conntrack_stats_attrs::NEW,
        /// obsolete
        pub invalid: codec::U32Be = attrs::conntrack_stats_attrs::INVALID,
        /// obsolete
        pub ignore: codec::U32Be = attrs::conntrack_stats_attrs::IGNORE,
        /// obsolete
        pub delete: codec::U32Be = attrs::conntrack_stats_attrs::DELETE,
        /// obsolete
        pub delete_list: codec::U32Be = attrs::conntrack_stats_attrs::DELETE_LIST,
        /// `insert`.
        pub insert: codec::U32Be = attrs::conntrack_stats_attrs::INSERT,
        /// `insert-failed`.
        pub insert_failed: codec::U32Be = attrs::conntrack_stats_attrs::INSERT_FAILED,
        /// `drop`.
        pub drop: codec::U32Be = attrs::conntrack_stats_attrs::DROP,
        /// `early-drop`.
        pub early_drop: codec::U32Be = attrs::conntrack_stats_attrs::EARLY_DROP,
        /// `error`.
        pub error: codec::U32Be = attrs::conntrack_stats_attrs::ERROR,
        /// `search-restart`.
        pub search_restart: codec::U32Be = attrs::conntrack_stats_attrs::SEARCH_RESTART,
        /// `clash-resolve`.
        pub clash_resolve: codec::U32Be = attrs::conntrack_stats_attrs::CLASH_RESOLVE,
        /// `chain-toolong`.
        pub chain_toolong: codec::U32Be = attrs::conntrack_stats_attrs::CHAIN_TOOLONG,
    }
}

/// The message types (`nlmsghdr.nlmsg_type`) of each operation; `_REPLY` where the kernel answers
/// with another type.
pub mod message_type {
    /// `get`: get / dump entries
    pub const GET: u16 = 257;
    /// `get` (reply): get / dump entries
    pub const GET_REPLY: u16 = 256;
    /// `get-stats`: dump pcpu conntrack stats
    pub const GET_STATS: u16 = 260;
}

crate::attribute_set! {
    /// The request of `get`: attributes of `conntrack-attrs` (`tuple-orig`, `tuple-reply`, `zone`).
    pub struct GetRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// conntrack l3+l4 protocol information, original direction
        pub tuple_orig: codec::Nested<TupleAttrs> = attrs::conntrack_attrs::TUPLE_ORIG,
        /// conntrack l3+l4 protocol information, reply direction
        pub tuple_reply: codec::Nested<TupleAttrs> = attrs::conntrack_attrs::TUPLE_REPLY,
        /// conntrack zone id
        pub zone: codec::U16Be = attrs::conntrack_attrs::ZONE,
    }
}

/// `get` (do): get / dump entries
///
/// Each reply is a [`ConntrackAttrs`].
pub fn get(request: &GetRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GET, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `get` (dump): attributes of `conntrack-attrs` (`mark`, `filter`, `status`,
    /// `zone`).
    pub struct GetDumpRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {
        /// `mark`.
        pub mark: codec::U32Be = attrs::conntrack_attrs::MARK,
        /// `filter`.
        pub filter: codec::Nested<TupleAttrs> = attrs::conntrack_attrs::FILTER,
        /// conntrack flag bits
        ///
        /// A mask of bits numbered by `nf-ct-status`.
        pub status: codec::U32Be = attrs::conntrack_attrs::STATUS,
        /// conntrack zone id
        pub zone: codec::U16Be = attrs::conntrack_attrs::ZONE,
    }
}

/// `get` (dump): get / dump entries
///
/// Each reply is a [`ConntrackAttrs`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn get_dump(request: &GetDumpRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GET, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `get-stats` (dump): attributes of `conntrack-stats-attrs`.
    pub struct GetStatsDumpRequest {
        /// The fixed header.
        pub header: Nfgenmsg,
    }
    attributes {}
}

/// `get-stats` (dump): dump pcpu conntrack stats
///
/// Each reply is a [`ConntrackStatsAttrs`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn get_stats_dump(request: &GetStatsDumpRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GET_STATS, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `counter-attrs`.
    pub static COUNTER_ATTRS: SetNames = SetNames {
        name: "counter-attrs",
        attrs: &[
            AttrName::value(1, "packets"),
            AttrName::value(2, "bytes"),
            AttrName::value(3, "packets-old"),
            AttrName::value(4, "bytes-old"),
            AttrName::value(5, "pad"),
        ],
    };

    /// `tuple-proto-attrs`.
    pub static TUPLE_PROTO_ATTRS: SetNames = SetNames {
        name: "tuple-proto-attrs",
        attrs: &[
            AttrName::value(1, "proto-num"),
            AttrName::value(2, "proto-src-port"),
            AttrName::value(3, "proto-dst-port"),
            AttrName::value(4, "proto-icmp-id"),
            AttrName::value(5, "proto-icmp-type"),
            AttrName::value(6, "proto-icmp-code"),
            AttrName::value(7, "proto-icmpv6-id"),
            AttrName::value(8, "proto-icmpv6-type"),
            AttrName::value(9, "proto-icmpv6-code"),
        ],
    };

    /// `tuple-ip-attrs`.
    pub static TUPLE_IP_ATTRS: SetNames = SetNames {
        name: "tuple-ip-attrs",
        attrs: &[
            AttrName::value(1, "ip-v4-src"),
            AttrName::value(2, "ip-v4-dst"),
            AttrName::value(3, "ip-v6-src"),
            AttrName::value(4, "ip-v6-dst"),
        ],
    };

    /// `tuple-attrs`.
    pub static TUPLE_ATTRS: SetNames = SetNames {
        name: "tuple-attrs",
        attrs: &[
            AttrName::nest(1, "tuple-ip", &TUPLE_IP_ATTRS),
            AttrName::nest(2, "tuple-proto", &TUPLE_PROTO_ATTRS),
            AttrName::value(3, "tuple-zone"),
        ],
    };

    /// `protoinfo-tcp-attrs`.
    pub static PROTOINFO_TCP_ATTRS: SetNames = SetNames {
        name: "protoinfo-tcp-attrs",
        attrs: &[
            AttrName::value(1, "tcp-state"),
            AttrName::value(2, "tcp-wscale-original"),
            AttrName::value(3, "tcp-wscale-reply"),
            AttrName::value(4, "tcp-flags-original"),
            AttrName::value(5, "tcp-flags-reply"),
        ],
    };

    /// `protoinfo-dccp-attrs`.
    pub static PROTOINFO_DCCP_ATTRS: SetNames = SetNames {
        name: "protoinfo-dccp-attrs",
        attrs: &[
            AttrName::value(1, "dccp-state"),
            AttrName::value(2, "dccp-role"),
            AttrName::value(3, "dccp-handshake-seq"),
            AttrName::value(4, "dccp-pad"),
        ],
    };

    /// `protoinfo-sctp-attrs`.
    pub static PROTOINFO_SCTP_ATTRS: SetNames = SetNames {
        name: "protoinfo-sctp-attrs",
        attrs: &[
            AttrName::value(1, "sctp-state"),
            AttrName::value(2, "vtag-original"),
            AttrName::value(3, "vtag-reply"),
        ],
    };

    /// `protoinfo-attrs`.
    pub static PROTOINFO_ATTRS: SetNames = SetNames {
        name: "protoinfo-attrs",
        attrs: &[
            AttrName::nest(1, "protoinfo-tcp", &PROTOINFO_TCP_ATTRS),
            AttrName::nest(2, "protoinfo-dccp", &PROTOINFO_DCCP_ATTRS),
            AttrName::nest(3, "protoinfo-sctp", &PROTOINFO_SCTP_ATTRS),
        ],
    };

    /// `help-attrs`.
    pub static HELP_ATTRS: SetNames = SetNames {
        name: "help-attrs",
        attrs: &[
            AttrName::value(1, "help-name"),
        ],
    };

    /// `nat-proto-attrs`.
    pub static NAT_PROTO_ATTRS: SetNames = SetNames {
        name: "nat-proto-attrs",
        attrs: &[
            AttrName::value(1, "nat-port-min"),
            AttrName::value(2, "nat-port-max"),
        ],
    };

    /// `nat-attrs`.
    pub static NAT_ATTRS: SetNames = SetNames {
        name: "nat-attrs",
        attrs: &[
            AttrName::value(1, "nat-v4-minip"),
            AttrName::value(2, "nat-v4-maxip"),
            AttrName::value(3, "nat-v6-minip"),
            AttrName::value(4, "nat-v6-maxip"),
            AttrName::nest(5, "nat-proto", &NAT_PROTO_ATTRS),
        ],
    };

    /// `seqadj-attrs`.
    pub static SEQADJ_ATTRS: SetNames = SetNames {
        name: "seqadj-attrs",
        attrs: &[
            AttrName::value(1, "correction-pos"),
            AttrName::value(2, "offset-before"),
            AttrName::value(3, "offset-after"),
        ],
    };

    /// `secctx-attrs`.
    pub static SECCTX_ATTRS: SetNames = SetNames {
        name: "secctx-attrs",
        attrs: &[
            AttrName::value(1, "secctx-name"),
        ],
    };

    /// `synproxy-attrs`.
    pub static SYNPROXY_ATTRS: SetNames = SetNames {
        name: "synproxy-attrs",
        attrs: &[
            AttrName::value(1, "isn"),
            AttrName::value(2, "its"),
            AttrName::value(3, "tsoff"),
        ],
    };

    /// `conntrack-attrs`.
    pub static CONNTRACK_ATTRS: SetNames = SetNames {
        name: "conntrack-attrs",
        attrs: &[
            AttrName::nest(1, "tuple-orig", &TUPLE_ATTRS),
            AttrName::nest(2, "tuple-reply", &TUPLE_ATTRS),
            AttrName::value(3, "status"),
            AttrName::nest(4, "protoinfo", &PROTOINFO_ATTRS),
            AttrName::nest(5, "help", &HELP_ATTRS),
            AttrName::nest(6, "nat-src", &NAT_ATTRS),
            AttrName::value(7, "timeout"),
            AttrName::value(8, "mark"),
            AttrName::nest(9, "counters-orig", &COUNTER_ATTRS),
            AttrName::nest(10, "counters-reply", &COUNTER_ATTRS),
            AttrName::value(11, "use"),
            AttrName::value(12, "id"),
            AttrName::nest(13, "nat-dst", &NAT_ATTRS),
            AttrName::nest(14, "tuple-master", &TUPLE_ATTRS),
            AttrName::nest(15, "seq-adj-orig", &SEQADJ_ATTRS),
            AttrName::nest(16, "seq-adj-reply", &SEQADJ_ATTRS),
            AttrName::value(17, "secmark"),
            AttrName::value(18, "zone"),
            AttrName::nest(19, "secctx", &SECCTX_ATTRS),
            AttrName::value(20, "timestamp"),
            AttrName::value(21, "mark-mask"),
            AttrName::value(22, "labels"),
            AttrName::value(23, "labels mask"),
            AttrName::nest(24, "synproxy", &SYNPROXY_ATTRS),
            AttrName::nest(25, "filter", &TUPLE_ATTRS),
            AttrName::value(26, "status-mask"),
            AttrName::value(27, "timestamp-event"),
        ],
    };

    /// `conntrack-stats-attrs`.
    pub static CONNTRACK_STATS_ATTRS: SetNames = SetNames {
        name: "conntrack-stats-attrs",
        attrs: &[
            AttrName::value(1, "searched"),
            AttrName::value(2, "found"),
            AttrName::value(3, "new"),
            AttrName::value(4, "invalid"),
            AttrName::value(5, "ignore"),
            AttrName::value(6, "delete"),
            AttrName::value(7, "delete-list"),
            AttrName::value(8, "insert"),
            AttrName::value(9, "insert-failed"),
            AttrName::value(10, "drop"),
            AttrName::value(11, "early-drop"),
            AttrName::value(12, "error"),
            AttrName::value(13, "search-restart"),
            AttrName::value(14, "clash-resolve"),
            AttrName::value(15, "chain-toolong"),
        ],
    };

    /// The attributes of a request of message type `message_type`, by the operation that sends it.
    pub fn for_message(message_type: u16) -> Option<&'static SetNames> {
        match message_type {
            257 => Some(&CONNTRACK_ATTRS),
            260 => Some(&CONNTRACK_STATS_ATTRS),
            _ => None,
        }
    }
}
