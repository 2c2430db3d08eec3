//! `ovs_flow` (genetlink-legacy): OVS flow configuration over generic netlink.
//!
//! Generated from `nlkit-ynl/specs/ovs_flow.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "ovs_flow";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `ovs_flow` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

crate::fixed_struct! {
    /// `ovs-header`: a C structure of 4 bytes.
    ///
    /// Header for OVS Generic Netlink messages.
    pub struct OvsHeader("ovs-header") {
        /// ifindex of local port for datapath (0 to make a request not specific
        /// to a datapath).
        pub dp_ifindex: u32,
    }
}

crate::fixed_struct! {
    /// `ovs-flow-stats`: a C structure of 16 bytes.
    pub struct OvsFlowStats("ovs-flow-stats") {
        /// Number of matched packets.
        pub n_packets: u64,
        /// Number of matched bytes.
        pub n_bytes: u64,
    }
}

crate::fixed_struct! {
    /// `ovs-key-ethernet`: a C structure of 12 bytes.
    pub struct OvsKeyEthernet("ovs-key-ethernet") {
        /// `eth-src`.
        pub eth_src: [u8; 6],
        /// `eth-dst`.
        pub eth_dst: [u8; 6],
    }
}

crate::fixed_struct! {
    /// `ovs-key-mpls`: a C structure of 4 bytes.
    pub struct OvsKeyMpls("ovs-key-mpls") {
        /// `mpls-lse`.
        pub mpls_lse: crate::wire::fixed::Be32,
    }
}

crate::fixed_struct! {
    /// `ovs-key-ipv4`: a C structure of 12 bytes.
    pub struct OvsKeyIpv4("ovs-key-ipv4") {
        /// `ipv4-src`.
        pub ipv4_src: crate::wire::fixed::Be32,
        /// `ipv4-dst`.
        pub ipv4_dst: crate::wire::fixed::Be32,
        /// `ipv4-proto`.
        pub ipv4_proto: u8,
        /// `ipv4-tos`.
        pub ipv4_tos: u8,
        /// `ipv4-ttl`.
        pub ipv4_ttl: u8,
        /// `ipv4-frag`.
        ///
        /// Values of `ovs-frag-type`.
        pub ipv4_frag: u8,
    }
}

crate::fixed_struct! {
    /// `ovs-key-ipv6`: a C structure of 40 bytes.
    pub struct OvsKeyIpv6("ovs-key-ipv6") {
        /// `ipv6-src`.
        pub ipv6_src: [u8; 16],
        /// `ipv6-dst`.
        pub ipv6_dst: [u8; 16],
        /// `ipv6-label`.
        pub ipv6_label: crate::wire::fixed::Be32,
        /// `ipv6-proto`.
        pub ipv6_proto: u8,
        /// `ipv6-tclass`.
        pub ipv6_tclass: u8,
        /// `ipv6-hlimit`.
        pub ipv6_hlimit: u8,
        /// `ipv6-frag`.
        pub ipv6_frag: u8,
    }
}

crate::fixed_struct! {
    /// `ovs-key-ipv6-exthdrs`: a C structure of 2 bytes.
    pub struct OvsKeyIpv6Exthdrs("ovs-key-ipv6-exthdrs") {
        /// `hdrs`.
        pub hdrs: u16,
    }
}

crate::open_enum! {
    /// `ovs-frag-type`: an enumeration.
    pub enum OvsFragType: u32 {
        /// `none` (0): Packet is not a fragment.
        None = 0,
        /// `first` (1): Packet is a fragment with offset 0.
        First = 1,
        /// `later` (2): Packet is a fragment with nonzero offset.
        Later = 2,
        /// `any` (255).
        Any = 255,
    }
}

crate::fixed_struct! {
    /// `ovs-key-tcp`: a C structure of 4 bytes.
    pub struct OvsKeyTcp("ovs-key-tcp") {
        /// `tcp-src`.
        pub tcp_src: crate::wire::fixed::Be16,
        /// `tcp-dst`.
        pub tcp_dst: crate::wire::fixed::Be16,
    }
}

crate::fixed_struct! {
    /// `ovs-key-udp`: a C structure of 4 bytes.
    pub struct OvsKeyUdp("ovs-key-udp") {
        /// `udp-src`.
        pub udp_src: crate::wire::fixed::Be16,
        /// `udp-dst`.
        pub udp_dst: crate::wire::fixed::Be16,
    }
}

crate::fixed_struct! {
    /// `ovs-key-sctp`: a C structure of 4 bytes.
    pub struct OvsKeySctp("ovs-key-sctp") {
        /// `sctp-src`.
        pub sctp_src: crate::wire::fixed::Be16,
        /// `sctp-dst`.
        pub sctp_dst: crate::wire::fixed::Be16,
    }
}

crate::fixed_struct! {
    /// `ovs-key-icmp`: a C structure of 2 bytes.
    pub struct OvsKeyIcmp("ovs-key-icmp") {
        /// `icmp-type`.
        pub icmp_type: u8,
        /// `icmp-code`.
        pub icmp_code: u8,
    }
}

crate::fixed_struct! {
    /// `ovs-key-arp`: a C structure of 22 bytes.
    pub struct OvsKeyArp("ovs-key-arp") {
        /// `arp-sip`.
        pub arp_sip: crate::wire::fixed::Be32,
        /// `arp-tip`.
        pub arp_tip: crate::wire::fixed::Be32,
        /// `arp-op`.
        pub arp_op: crate::wire::fixed::Be16,
        /// `arp-sha`.
        pub arp_sha: [u8; 6],
        /// `arp-tha`.
        pub arp_tha: [u8; 6],
    }
}

crate::fixed_struct! {
    /// `ovs-key-nd`: a C structure of 28 bytes.
    pub struct OvsKeyNd("ovs-key-nd") {
        /// `nd_target`.
        pub nd_target: [u8; 16],
        /// `nd-sll`.
        pub nd_sll: [u8; 6],
        /// `nd-tll`.
        pub nd_tll: [u8; 6],
    }
}

crate::fixed_struct! {
    /// `ovs-key-ct-tuple-ipv4`: a C structure of 13 bytes.
    pub struct OvsKeyCtTupleIpv4("ovs-key-ct-tuple-ipv4") {
        /// `ipv4-src`.
        pub ipv4_src: crate::wire::fixed::Be32,
        /// `ipv4-dst`.
        pub ipv4_dst: crate::wire::fixed::Be32,
        /// `src-port`.
        pub src_port: crate::wire::fixed::Be16,
        /// `dst-port`.
        pub dst_port: crate::wire::fixed::Be16,
        /// `ipv4-proto`.
        pub ipv4_proto: u8,
    }
}

crate::fixed_struct! {
    /// `ovs-action-push-vlan`: a C structure of 4 bytes.
    pub struct OvsActionPushVlan("ovs-action-push-vlan") {
        /// Tag protocol identifier (TPID) to push.
        pub vlan_tpid: crate::wire::fixed::Be16,
        /// Tag control identifier (TCI) to push.
        pub vlan_tci: crate::wire::fixed::Be16,
    }
}

crate::flag_set! {
    /// `ovs-ufid-flags`: flags.
    pub struct OvsUfidFlags: u32 {
        /// `omit-key` (bit 0).
        const OMIT_KEY = 0x1;
        /// `omit-mask` (bit 1).
        const OMIT_MASK = 0x2;
        /// `omit-actions` (bit 2).
        const OMIT_ACTIONS = 0x4;
    }
}

crate::fixed_struct! {
    /// `ovs-action-hash`: a C structure of 8 bytes.
    pub struct OvsActionHash("ovs-action-hash") {
        /// Algorithm used to compute hash prior to recirculation.
        pub hash_alg: u32,
        /// Basis used for computing hash.
        pub hash_basis: u32,
    }
}

crate::open_enum! {
    /// `ovs-hash-alg`: an enumeration.
    ///
    /// Data path hash algorithm for computing Datapath hash. The algorithm type only specifies
    /// the fields in a flow will be used as part of the hash. Each datapath is free to use its
    /// own hash algorithm. The hash value will be opaque to the user space daemon.
    pub enum OvsHashAlg: u32 {
        /// `ovs-hash-alg-l4` (0).
        OvsHashAlgL4 = 0,
    }
}

crate::fixed_struct! {
    /// `ovs-action-push-mpls`: a C structure of 8 bytes.
    pub struct OvsActionPushMpls("ovs-action-push-mpls") {
        /// MPLS label stack entry to push
        pub mpls_lse: crate::wire::fixed::Be32,
        /// Ethertype to set in the encapsulating ethernet frame. The only values
        /// ethertype should ever be given are ETH_P_MPLS_UC and ETH_P_MPLS_MC,
        /// indicating MPLS unicast or multicast. Other are rejected.
        pub mpls_ethertype: crate::wire::fixed::Be32,
    }
}

crate::fixed_struct! {
    /// `ovs-action-add-mpls`: a C structure of 10 bytes.
    pub struct OvsActionAddMpls("ovs-action-add-mpls") {
        /// MPLS label stack entry to push
        pub mpls_lse: crate::wire::fixed::Be32,
        /// Ethertype to set in the encapsulating ethernet frame. The only values
        /// ethertype should ever be given are ETH_P_MPLS_UC and ETH_P_MPLS_MC,
        /// indicating MPLS unicast or multicast. Other are rejected.
        pub mpls_ethertype: crate::wire::fixed::Be32,
        /// MPLS tunnel attributes.
        pub tun_flags: u16,
    }
}

crate::flag_set! {
    /// `ct-state-flags`: flags.
    pub struct CtStateFlags: u32 {
        /// `new` (bit 0): Beginning of a new connection.
        const NEW = 0x1;
        /// `established` (bit 1): Part of an existing connenction
        const ESTABLISHED = 0x2;
        /// `related` (bit 2): Related to an existing connection.
        const RELATED = 0x4;
        /// `reply-dir` (bit 3): Flow is in the reply direction.
        const REPLY_DIR = 0x8;
        /// `invalid` (bit 4): Could not track the connection.
        const INVALID = 0x10;
        /// `tracked` (bit 5): Conntrack has occurred.
        const TRACKED = 0x20;
        /// `src-nat` (bit 6): Packet's source address/port was mangled by NAT.
        const SRC_NAT = 0x40;
        /// `dst-nat` (bit 7): Packet's destination address/port was mangled by NAT.
        const DST_NAT = 0x80;
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `flow-attrs`.
    pub mod flow_attrs {
        /// `key` (nest).
        pub const KEY: u16 = 1;
        /// `actions` (nest).
        pub const ACTIONS: u16 = 2;
        /// `stats` (binary).
        pub const STATS: u16 = 3;
        /// `tcp-flags` (u8).
        pub const TCP_FLAGS: u16 = 4;
        /// `used` (u64).
        pub const USED: u16 = 5;
        /// `clear` (flag).
        pub const CLEAR: u16 = 6;
        /// `mask` (nest).
        pub const MASK: u16 = 7;
        /// `probe` (binary).
        pub const PROBE: u16 = 8;
        /// `ufid` (binary).
        pub const UFID: u16 = 9;
        /// `ufid-flags` (u32).
        pub const UFID_FLAGS: u16 = 10;
        /// `pad` (binary).
        pub const PAD: u16 = 11;
    }

    /// The attributes of `key-attrs`.
    pub mod key_attrs {
        /// `encap` (nest).
        pub const ENCAP: u16 = 1;
        /// `priority` (u32).
        pub const PRIORITY: u16 = 2;
        /// `in-port` (u32).
        pub const IN_PORT: u16 = 3;
        /// `ethernet` (binary).
        pub const ETHERNET: u16 = 4;
        /// `vlan` (u16).
        pub const VLAN: u16 = 5;
        /// `ethertype` (u16).
        pub const ETHERTYPE: u16 = 6;
        /// `ipv4` (binary).
        pub const IPV4: u16 = 7;
        /// `ipv6` (binary).
        pub const IPV6: u16 = 8;
        /// `tcp` (binary).
        pub const TCP: u16 = 9;
        /// `udp` (binary).
        pub const UDP: u16 = 10;
        /// `icmp` (binary).
        pub const ICMP: u16 = 11;
        /// `icmpv6` (binary).
        pub const ICMPV6: u16 = 12;
        /// `arp` (binary).
        pub const ARP: u16 = 13;
        /// `nd` (binary).
        pub const ND: u16 = 14;
        /// `skb-mark` (u32).
        pub const SKB_MARK: u16 = 15;
        /// `tunnel` (nest).
        pub const TUNNEL: u16 = 16;
        /// `sctp` (binary).
        pub const SCTP: u16 = 17;
        /// `tcp-flags` (u16).
        pub const TCP_FLAGS: u16 = 18;
        /// `dp-hash` (u32).
        pub const DP_HASH: u16 = 19;
        /// `recirc-id` (u32).
        pub const RECIRC_ID: u16 = 20;
        /// `mpls` (binary).
        pub const MPLS: u16 = 21;
        /// `ct-state` (u32).
        pub const CT_STATE: u16 = 22;
        /// `ct-zone` (u16).
        pub const CT_ZONE: u16 = 23;
        /// `ct-mark` (u32).
        pub const CT_MARK: u16 = 24;
        /// `ct-labels` (binary).
        pub const CT_LABELS: u16 = 25;
        /// `ct-orig-tuple-ipv4` (binary).
        pub const CT_ORIG_TUPLE_IPV4: u16 = 26;
        /// `ct-orig-tuple-ipv6` (binary).
        pub const CT_ORIG_TUPLE_IPV6: u16 = 27;
        /// `nsh` (nest).
        pub const NSH: u16 = 28;
        /// `packet-type` (u32).
        pub const PACKET_TYPE: u16 = 29;
        /// `nd-extensions` (binary).
        pub const ND_EXTENSIONS: u16 = 30;
        /// `tunnel-info` (binary).
        pub const TUNNEL_INFO: u16 = 31;
        /// `ipv6-exthdrs` (binary).
        pub const IPV6_EXTHDRS: u16 = 32;
    }

    /// The attributes of `action-attrs`.
    pub mod action_attrs {
        /// `output` (u32).
        pub const OUTPUT: u16 = 1;
        /// `userspace` (nest).
        pub const USERSPACE: u16 = 2;
        /// `set` (nest).
        pub const SET: u16 = 3;
        /// `push-vlan` (binary).
        pub const PUSH_VLAN: u16 = 4;
        /// `pop-vlan` (flag).
        pub const POP_VLAN: u16 = 5;
        /// `sample` (nest).
        pub const SAMPLE: u16 = 6;
        /// `recirc` (u32).
        pub const RECIRC: u16 = 7;
        /// `hash` (binary).
        pub const HASH: u16 = 8;
        /// `push-mpls` (binary).
        pub const PUSH_MPLS: u16 = 9;
        /// `pop-mpls` (u16).
        pub const POP_MPLS: u16 = 10;
        /// `set-masked` (nest).
        pub const SET_MASKED: u16 = 11;
        /// `ct` (nest).
        pub const CT: u16 = 12;
        /// `trunc` (u32).
        pub const TRUNC: u16 = 13;
        /// `push-eth` (binary).
        pub const PUSH_ETH: u16 = 14;
        /// `pop-eth` (flag).
        pub const POP_ETH: u16 = 15;
        /// `ct-clear` (flag).
        pub const CT_CLEAR: u16 = 16;
        /// `push-nsh` (nest).
        pub const PUSH_NSH: u16 = 17;
        /// `pop-nsh` (flag).
        pub const POP_NSH: u16 = 18;
        /// `meter` (u32).
        pub const METER: u16 = 19;
        /// `clone` (nest).
        pub const CLONE: u16 = 20;
        /// `check-pkt-len` (nest).
        pub const CHECK_PKT_LEN: u16 = 21;
        /// `add-mpls` (binary).
        pub const ADD_MPLS: u16 = 22;
        /// `dec-ttl` (nest).
        pub const DEC_TTL: u16 = 23;
        /// `psample` (nest).
        pub const PSAMPLE: u16 = 24;
    }

    /// The attributes of `tunnel-key-attrs`.
    pub mod tunnel_key_attrs {
        /// `id` (u64).
        pub const ID: u16 = 0;
        /// `ipv4-src` (u32).
        pub const IPV4_SRC: u16 = 1;
        /// `ipv4-dst` (u32).
        pub const IPV4_DST: u16 = 2;
        /// `tos` (u8).
        pub const TOS: u16 = 3;
        /// `ttl` (u8).
        pub const TTL: u16 = 4;
        /// `dont-fragment` (flag).
        pub const DONT_FRAGMENT: u16 = 5;
        /// `csum` (flag).
        pub const CSUM: u16 = 6;
        /// `oam` (flag).
        pub const OAM: u16 = 7;
        /// `geneve-opts` (binary).
        pub const GENEVE_OPTS: u16 = 8;
        /// `tp-src` (u16).
        pub const TP_SRC: u16 = 9;
        /// `tp-dst` (u16).
        pub const TP_DST: u16 = 10;
        /// `vxlan-opts` (nest).
        pub const VXLAN_OPTS: u16 = 11;
        /// `ipv6-src` (binary).
        pub const IPV6_SRC: u16 = 12;
        /// `ipv6-dst` (binary).
        pub const IPV6_DST: u16 = 13;
        /// `pad` (binary).
        pub const PAD: u16 = 14;
        /// `erspan-opts` (binary).
        pub const ERSPAN_OPTS: u16 = 15;
        /// `ipv4-info-bridge` (flag).
        pub const IPV4_INFO_BRIDGE: u16 = 16;
    }

    /// The attributes of `check-pkt-len-attrs`.
    pub mod check_pkt_len_attrs {
        /// `pkt-len` (u16).
        pub const PKT_LEN: u16 = 1;
        /// `actions-if-greater` (nest).
        pub const ACTIONS_IF_GREATER: u16 = 2;
        /// `actions-if-less-equal` (nest).
        pub const ACTIONS_IF_LESS_EQUAL: u16 = 3;
    }

    /// The attributes of `sample-attrs`.
    pub mod sample_attrs {
        /// `probability` (u32).
        pub const PROBABILITY: u16 = 1;
        /// `actions` (nest).
        pub const ACTIONS: u16 = 2;
    }

    /// The attributes of `userspace-attrs`.
    pub mod userspace_attrs {
        /// `pid` (u32).
        pub const PID: u16 = 1;
        /// `userdata` (binary).
        pub const USERDATA: u16 = 2;
        /// `egress-tun-port` (u32).
        pub const EGRESS_TUN_PORT: u16 = 3;
        /// `actions` (flag).
        pub const ACTIONS: u16 = 4;
    }

    /// The attributes of `ovs-nsh-key-attrs`.
    pub mod ovs_nsh_key_attrs {
        /// `base` (binary).
        pub const BASE: u16 = 1;
        /// `md1` (binary).
        pub const MD1: u16 = 2;
        /// `md2` (binary).
        pub const MD2: u16 = 3;
    }

    /// The attributes of `ct-attrs`.
    pub mod ct_attrs {
        /// `commit` (flag).
        pub const COMMIT: u16 = 1;
        /// `zone` (u16).
        pub const ZONE: u16 = 2;
        /// `mark` (binary).
        pub const MARK: u16 = 3;
        /// `labels` (binary).
        pub const LABELS: u16 = 4;
        /// `helper` (string).
        pub const HELPER: u16 = 5;
        /// `nat` (nest).
        pub const NAT: u16 = 6;
        /// `force-commit` (flag).
        pub const FORCE_COMMIT: u16 = 7;
        /// `eventmask` (u32).
        pub const EVENTMASK: u16 = 8;
        /// `timeout` (string).
        pub const TIMEOUT: u16 = 9;
    }

    /// The attributes of `nat-attrs`.
    pub mod nat_attrs {
        /// `src` (flag).
        pub const SRC: u16 = 1;
        /// `dst` (flag).
        pub const DST: u16 = 2;
        /// `ip-min` (binary).
        pub const IP_MIN: u16 = 3;
        /// `ip-max` (binary).
        pub const IP_MAX: u16 = 4;
        /// `proto-min` (u16).
        pub const PROTO_MIN: u16 = 5;
        /// `proto-max` (u16).
        pub const PROTO_MAX: u16 = 6;
        /// `persistent` (flag).
        pub const PERSISTENT: u16 = 7;
        /// `proto-hash` (flag).
        pub const PROTO_HASH: u16 = 8;
        /// `proto-random` (flag).
        pub const PROTO_RANDOM: u16 = 9;
    }

    /// The attributes of `dec-ttl-attrs`.
    pub mod dec_ttl_attrs {
        /// `action` (nest).
        pub const ACTION: u16 = 1;
    }

    /// The attributes of `vxlan-ext-attrs`.
    pub mod vxlan_ext_attrs {
        /// `gbp` (u32).
        pub const GBP: u16 = 1;
    }

    /// The attributes of `psample-attrs`.
    pub mod psample_attrs {
        /// `group` (u32).
        pub const GROUP: u16 = 1;
        /// `cookie` (binary).
        pub const COOKIE: u16 = 2;
    }
}

crate::attribute_set! {
    /// The attribute set `flow-attrs`.
    pub struct FlowAttrs {}
    attributes {
        /// Nested attributes specifying the flow key. Always present in
        /// notifications. Required for all requests (except dumps).
        pub key: codec::Nested<KeyAttrs> = attrs::flow_attrs::KEY,
        /// Nested attributes specifying the actions to take for packets that
        /// match the key. Always present in notifications. Required for
        /// OVS_FLOW_CMD_NEW requests, optional for OVS_FLOW_CMD_SET requests. An
        /// OVS_FLOW_CMD_SET without OVS_FLOW_ATTR_ACTIONS will not modify the
        /// actions. To clear the actions, an OVS_FLOW_ATTR_ACTIONS without any
        /// nested attributes must be given.
        pub actions: codec::Nested<ActionAttrs> = attrs::flow_attrs::ACTIONS,
        /// Statistics for this flow. Present in notifications if the stats would
        /// be nonzero. Ignored in requests.
        pub stats: codec::StructTrailing<OvsFlowStats> = attrs::flow_attrs::STATS,
        /// An 8-bit value giving the ORed value of all of the TCP flags seen on
        /// packets in this flow. Only present in notifications for TCP flows, and
        /// only if it would be nonzero. Ignored in requests.
        pub tcp_flags: codec::U8 = attrs::flow_attrs::TCP_FLAGS,
        /// A 64-bit integer giving the time, in milliseconds on the system
        /// monotonic clock, at which a packet was last processed for this
        /// flow. Only present in notifications if a packet has been processed for
        /// this flow. Ignored in requests.
        pub used: codec::U64 = attrs::flow_attrs::USED,
        /// If present in a OVS_FLOW_CMD_SET request, clears the last-used time,
        /// accumulated TCP flags, and statistics for this flow. Otherwise
        /// ignored in requests. Never present in notifications.
        pub clear: codec::Flag = attrs::flow_attrs::CLEAR,
        /// Nested attributes specifying the mask bits for wildcarded flow
        /// match. Mask bit value '1' specifies exact match with corresponding
        /// flow key bit, while mask bit value '0' specifies a wildcarded
        /// match. Omitting attribute is treated as wildcarding all corresponding
        /// fields. Optional for all requests. If not present, all flow key bits
        /// are exact match bits.
        pub mask: codec::Nested<KeyAttrs> = attrs::flow_attrs::MASK,
        /// Flow operation is a feature probe, error logging should be suppressed.
        pub probe: codec::Bytes = attrs::flow_attrs::PROBE,
        /// A value between 1-16 octets specifying a unique identifier for the
        /// flow. Causes the flow to be indexed by this value rather than the
        /// value of the OVS_FLOW_ATTR_KEY attribute. Optional for all
        /// requests. Present in notifications if the flow was created with this
        /// attribute.
        pub ufid: codec::Bytes = attrs::flow_attrs::UFID,
        /// A 32-bit value of ORed flags that provide alternative semantics for
        /// flow installation and retrieval. Optional for all requests.
        pub ufid_flags: codec::Enum32<OvsUfidFlags> = attrs::flow_attrs::UFID_FLAGS,
        /// `pad`.
        pub pad: codec::Bytes = attrs::flow_attrs::PAD,
    }
}

crate::attribute_set! {
    /// The attribute set `key-attrs`.
    pub struct KeyAttrs {}
    attributes {
        /// `encap`.
        pub encap: codec::Boxed<codec::Nested<KeyAttrs>> = attrs::key_attrs::ENCAP,
        /// `priority`.
        pub priority: codec::U32 = attrs::key_attrs::PRIORITY,
        /// `in-port`.
        pub in_port: codec::U32 = attrs::key_attrs::IN_PORT,
        /// struct ovs_key_ethernet
        pub ethernet: codec::StructTrailing<OvsKeyEthernet> = attrs::key_attrs::ETHERNET,
        /// `vlan`.
        pub vlan: codec::U16Be = attrs::key_attrs::VLAN,
        /// `ethertype`.
        pub ethertype: codec::U16Be = attrs::key_attrs::ETHERTYPE,
        /// `ipv4`.
        pub ipv4: codec::StructTrailing<OvsKeyIpv4> = attrs::key_attrs::IPV4,
        /// struct ovs_key_ipv6
        pub ipv6: codec::StructTrailing<OvsKeyIpv6> = attrs::key_attrs::IPV6,
        /// `tcp`.
        pub tcp: codec::StructTrailing<OvsKeyTcp> = attrs::key_attrs::TCP,
        /// `udp`.
        pub udp: codec::StructTrailing<OvsKeyUdp> = attrs::key_attrs::UDP,
        /// `icmp`.
        pub icmp: codec::StructTrailing<OvsKeyIcmp> = attrs::key_attrs::ICMP,
        /// `icmpv6`.
        pub icmpv6: codec::StructTrailing<OvsKeyIcmp> = attrs::key_attrs::ICMPV6,
        /// struct ovs_key_arp
        pub arp: codec::StructTrailing<OvsKeyArp> = attrs::key_attrs::ARP,
        /// struct ovs_key_nd
        pub nd: codec::StructTrailing<OvsKeyNd> = attrs::key_attrs::ND,
        /// `skb-mark`.
        pub skb_mark: codec::U32 = attrs::key_attrs::SKB_MARK,
        /// `tunnel`.
        pub tunnel: codec::Nested<TunnelKeyAttrs> = attrs::key_attrs::TUNNEL,
        /// `sctp`.
        pub sctp: codec::StructTrailing<OvsKeySctp> = attrs::key_attrs::SCTP,
        /// `tcp-flags`.
        pub tcp_flags: codec::U16Be = attrs::key_attrs::TCP_FLAGS,
        /// Value 0 indicates the hash is not computed by the datapath.
        pub dp_hash: codec::U32 = attrs::key_attrs::DP_HASH,
        /// `recirc-id`.
        pub recirc_id: codec::U32 = attrs::key_attrs::RECIRC_ID,
        /// `mpls`.
        pub mpls: codec::StructTrailing<OvsKeyMpls> = attrs::key_attrs::MPLS,
        /// `ct-state`.
        pub ct_state: codec::Enum32<CtStateFlags> = attrs::key_attrs::CT_STATE,
        /// connection tracking zone
        pub ct_zone: codec::U16 = attrs::key_attrs::CT_ZONE,
        /// connection tracking mark
        pub ct_mark: codec::U32 = attrs::key_attrs::CT_MARK,
        /// 16-octet connection tracking label
        pub ct_labels: codec::Bytes = attrs::key_attrs::CT_LABELS,
        /// `ct-orig-tuple-ipv4`.
        pub ct_orig_tuple_ipv4: codec::StructTrailing<OvsKeyCtTupleIpv4> = attrs::key_attrs::CT_ORIG_TUPLE_IPV4,
        /// struct ovs_key_ct_tuple_ipv6
        pub ct_orig_tuple_ipv6: codec::Bytes = attrs::key_attrs::CT_ORIG_TUPLE_IPV6,
        /// `nsh`.
        pub nsh: codec::Nested<OvsNshKeyAttrs> = attrs::key_attrs::NSH,
        /// Should not be sent to the kernel
        pub packet_type: codec::U32Be = attrs::key_attrs::PACKET_TYPE,
        /// Should not be sent to the kernel
        pub nd_extensions: codec::Bytes = attrs::key_attrs::ND_EXTENSIONS,
        /// struct ip_tunnel_info
        pub tunnel_info: codec::Bytes = attrs::key_attrs::TUNNEL_INFO,
        /// struct ovs_key_ipv6_exthdr
        pub ipv6_exthdrs: codec::StructTrailing<OvsKeyIpv6Exthdrs> = attrs::key_attrs::IPV6_EXTHDRS,
    }
}

crate::attribute_set! {
    /// The attribute set `action-attrs`.
    pub struct ActionAttrs {}
    attributes {
        /// ovs port number in datapath
        pub output: codec::U32 = attrs::action_attrs::OUTPUT,
        /// `userspace`.
        pub userspace: codec::Nested<UserspaceAttrs> = attrs::action_attrs::USERSPACE,
        /// Replaces the contents of an existing header. The single nested attribute specifies a
        /// header to modify and its value.
        pub set: codec::Nested<KeyAttrs> = attrs::action_attrs::SET,
        /// Push a new outermost 802.1Q or 802.1ad header onto the packet.
        pub push_vlan: codec::StructTrailing<OvsActionPushVlan> = attrs::action_attrs::PUSH_VLAN,
        /// Pop the outermost 802.1Q or 802.1ad header from the packet.
        pub pop_vlan: codec::Flag = attrs::action_attrs::POP_VLAN,
        /// Probabilistically executes actions, as specified in the nested attributes.
        pub sample: codec::Boxed<codec::Nested<SampleAttrs>> = attrs::action_attrs::SAMPLE,
        /// recirc id
        pub recirc: codec::U32 = attrs::action_attrs::RECIRC,
        /// `hash`.
        pub hash: codec::StructTrailing<OvsActionHash> = attrs::action_attrs::HASH,
        /// Push a new MPLS label stack entry onto the top of the packets MPLS
        /// label stack. Set the ethertype of the encapsulating frame to either
        /// ETH_P_MPLS_UC or ETH_P_MPLS_MC to indicate the new packet contents.
        pub push_mpls: codec::StructTrailing<OvsActionPushMpls> = attrs::action_attrs::PUSH_MPLS,
        /// ethertype
        pub pop_mpls: codec::U16Be = attrs::action_attrs::POP_MPLS,
        /// Replaces the contents of an existing header. A nested attribute
        /// specifies a header to modify, its value, and a mask. For every bit set
        /// in the mask, the corresponding bit value is copied from the value to
        /// the packet header field, rest of the bits are left unchanged. The
        /// non-masked value bits must be passed in as zeroes. Masking is not
        /// supported for the OVS_KEY_ATTR_TUNNEL attribute.
        pub set_masked: codec::Nested<KeyAttrs> = attrs::action_attrs::SET_MASKED,
        /// Track the connection. Populate the conntrack-related entries
        /// in the flow key.
        pub ct: codec::Nested<CtAttrs> = attrs::action_attrs::CT,
        /// struct ovs_action_trunc is a u32 max length
        pub trunc: codec::U32 = attrs::action_attrs::TRUNC,
        /// struct ovs_action_push_eth
        pub push_eth: codec::Bytes = attrs::action_attrs::PUSH_ETH,
        /// `pop-eth`.
        pub pop_eth: codec::Flag = attrs::action_attrs::POP_ETH,
        /// `ct-clear`.
        pub ct_clear: codec::Flag = attrs::action_attrs::CT_CLEAR,
        /// Push NSH header to the packet.
        pub push_nsh: codec::Nested<OvsNshKeyAttrs> = attrs::action_attrs::PUSH_NSH,
        /// Pop the outermost NSH header off the packet.
        pub pop_nsh: codec::Flag = attrs::action_attrs::POP_NSH,
        /// Run packet through a meter, which may drop the packet, or modify the
        /// packet (e.g., change the DSCP field)
        pub meter: codec::U32 = attrs::action_attrs::METER,
        /// Make a copy of the packet and execute a list of actions without
        /// affecting the original packet and key.
        pub clone: codec::Boxed<codec::Nested<ActionAttrs>> = attrs::action_attrs::CLONE,
        /// Check the packet length and execute a set of actions if greater than
        /// the specified packet length, else execute another set of actions.
        pub check_pkt_len: codec::Boxed<codec::Nested<CheckPktLenAttrs>> = attrs::action_attrs::CHECK_PKT_LEN,
        /// Push a new MPLS label stack entry at the start of the packet or at the
        /// start of the l3 header depending on the value of l3 tunnel flag in the
        /// tun_flags field of this OVS_ACTION_ATTR_ADD_MPLS argument.
        pub add_mpls: codec::StructTrailing<OvsActionAddMpls> = attrs::action_attrs::ADD_MPLS,
        /// `dec-ttl`.
        pub dec_ttl: codec::Boxed<codec::Nested<DecTtlAttrs>> = attrs::action_attrs::DEC_TTL,
        /// Sends a packet sample to psample for external observation.
        pub psample: codec::Nested<PsampleAttrs> = attrs::action_attrs::PSAMPLE,
    }
}

crate::attribute_set! {
    /// The attribute set `tunnel-key-attrs`.
    pub struct TunnelKeyAttrs {}
    attributes {
        /// `id`.
        pub id: codec::U64Be = attrs::tunnel_key_attrs::ID,
        /// `ipv4-src`.
        pub ipv4_src: codec::U32Be = attrs::tunnel_key_attrs::IPV4_SRC,
        /// `ipv4-dst`.
        pub ipv4_dst: codec::U32Be = attrs::tunnel_key_attrs::IPV4_DST,
        /// `tos`.
        pub tos: codec::U8 = attrs::tunnel_key_attrs::TOS,
        /// `ttl`.
        pub ttl: codec::U8 = attrs::tunnel_key_attrs::TTL,
        /// `dont-fragment`.
        pub dont_fragment: codec::Flag = attrs::tunnel_key_attrs::DONT_FRAGMENT,
        /// `csum`.
        pub csum: codec::Flag = attrs::tunnel_key_attrs::CSUM,
        /// `oam`.
        pub oam: codec::Flag = attrs::tunnel_key_attrs::OAM,
        /// `geneve-opts`.
        pub geneve_opts: codec::Array<codec::U32> = attrs::tunnel_key_attrs::GENEVE_OPTS,
        /// `tp-src`.
        pub tp_src: codec::U16Be = attrs::tunnel_key_attrs::TP_SRC,
        /// `tp-dst`.
        pub tp_dst: codec::U16Be = attrs::tunnel_key_attrs::TP_DST,
        /// `vxlan-opts`.
        pub vxlan_opts: codec::Nested<VxlanExtAttrs> = attrs::tunnel_key_attrs::VXLAN_OPTS,
        /// struct in6_addr source IPv6 address
        pub ipv6_src: codec::Bytes = attrs::tunnel_key_attrs::IPV6_SRC,
        /// struct in6_addr destination IPv6 address
        pub ipv6_dst: codec::Bytes = attrs::tunnel_key_attrs::IPV6_DST,
        /// `pad`.
        pub pad: codec::Bytes = attrs::tunnel_key_attrs::PAD,
        /// struct erspan_metadata
        pub erspan_opts: codec::Bytes = attrs::tunnel_key_attrs::ERSPAN_OPTS,
        /// `ipv4-info-bridge`.
        pub ipv4_info_bridge: codec::Flag = attrs::tunnel_key_attrs::IPV4_INFO_BRIDGE,
    }
}

crate::attribute_set! {
    /// The attribute set `check-pkt-len-attrs`.
    pub struct CheckPktLenAttrs {}
    attributes {
        /// `pkt-len`.
        pub pkt_len: codec::U16 = attrs::check_pkt_len_attrs::PKT_LEN,
        /// `actions-if-greater`.
        pub actions_if_greater: codec::Boxed<codec::Nested<ActionAttrs>> = attrs::check_pkt_len_attrs::ACTIONS_IF_GREATER,
        /// `actions-if-less-equal`.
        pub actions_if_less_equal: codec::Boxed<codec::Nested<ActionAttrs>> = attrs::check_pkt_len_attrs::ACTIONS_IF_LESS_EQUAL,
    }
}

crate::attribute_set! {
    /// The attribute set `sample-attrs`.
    pub struct SampleAttrs {}
    attributes {
        /// `probability`.
        pub probability: codec::U32 = attrs::sample_attrs::PROBABILITY,
        /// `actions`.
        pub actions: codec::Boxed<codec::Nested<ActionAttrs>> = attrs::sample_attrs::ACTIONS,
    }
}

crate::attribute_set! {
    /// The attribute set `userspace-attrs`.
    pub struct UserspaceAttrs {}
    attributes {
        /// `pid`.
        pub pid: codec::U32 = attrs::userspace_attrs::PID,
        /// `userdata`.
        pub userdata: codec::Bytes = attrs::userspace_attrs::USERDATA,
        /// `egress-tun-port`.
        pub egress_tun_port: codec::U32 = attrs::userspace_attrs::EGRESS_TUN_PORT,
        /// `actions`.
        pub actions: codec::Flag = attrs::userspace_attrs::ACTIONS,
    }
}

crate::attribute_set! {
    /// The attribute set `ovs-nsh-key-attrs`.
    pub struct OvsNshKeyAttrs {}
    attributes {
        /// `base`.
        pub base: codec::Bytes = attrs::ovs_nsh_key_attrs::BASE,
        /// `md1`.
        pub md1: codec::Bytes = attrs::ovs_nsh_key_attrs::MD1,
        /// `md2`.
        pub md2: codec::Bytes = attrs::ovs_nsh_key_attrs::MD2,
    }
}

crate::attribute_set! {
    /// The attribute set `ct-attrs`.
    pub struct CtAttrs {}
    attributes {
        /// `commit`.
        pub commit: codec::Flag = attrs::ct_attrs::COMMIT,
        /// `zone`.
        pub zone: codec::U16 = attrs::ct_attrs::ZONE,
        /// `mark`.
        pub mark: codec::Bytes = attrs::ct_attrs::MARK,
        /// `labels`.
        pub labels: codec::Bytes = attrs::ct_attrs::LABELS,
        /// `helper`.
        pub helper: codec::Str = attrs::ct_attrs::HELPER,
        /// `nat`.
        pub nat: codec::Nested<NatAttrs> = attrs::ct_attrs::NAT,
        /// `force-commit`.
        pub force_commit: codec::Flag = attrs::ct_attrs::FORCE_COMMIT,
        /// `eventmask`.
        pub eventmask: codec::U32 = attrs::ct_attrs::EVENTMASK,
        /// `timeout`.
        pub timeout: codec::Str = attrs::ct_attrs::TIMEOUT,
    }
}

crate::attribute_set! {
    /// The attribute set `nat-attrs`.
    pub struct NatAttrs {}
    attributes {
        /// `src`.
        pub src: codec::Flag = attrs::nat_attrs::SRC,
        /// `dst`.
        pub dst: codec::Flag = attrs::nat_attrs::DST,
        /// `ip-min`.
        pub ip_min: codec::Bytes = attrs::nat_attrs::IP_MIN,
        /// `ip-max`.
        pub ip_max: codec::Bytes = attrs::nat_attrs::IP_MAX,
        /// `proto-min`.
        pub proto_min: codec::U16 = attrs::nat_attrs::PROTO_MIN,
        /// `proto-max`.
        pub proto_max: codec::U16 = attrs::nat_attrs::PROTO_MAX,
        /// `persistent`.
        pub persistent: codec::Flag = attrs::nat_attrs::PERSISTENT,
        /// `proto-hash`.
        pub proto_hash: codec::Flag = attrs::nat_attrs::PROTO_HASH,
        /// `proto-random`.
        pub proto_random: codec::Flag = attrs::nat_attrs::PROTO_RANDOM,
    }
}

crate::attribute_set! {
    /// The attribute set `dec-ttl-attrs`.
    pub struct DecTtlAttrs {}
    attributes {
        /// `action`.
        pub action: codec::Boxed<codec::Nested<ActionAttrs>> = attrs::dec_ttl_attrs::ACTION,
    }
}

crate::attribute_set! {
    /// The attribute set `vxlan-ext-attrs`.
    pub struct VxlanExtAttrs {}
    attributes {
        /// `gbp`.
        pub gbp: codec::U32 = attrs::vxlan_ext_attrs::GBP,
    }
}

crate::attribute_set! {
    /// The attribute set `psample-attrs`.
    pub struct PsampleAttrs {}
    attributes {
        /// `group`.
        pub group: codec::U32 = attrs::psample_attrs::GROUP,
        /// `cookie`.
        pub cookie: codec::Bytes = attrs::psample_attrs::COOKIE,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `get`: Get / dump OVS flow configuration and state
    pub const GET: u8 = 3;
    /// `new`: Create OVS flow configuration in a data path
    pub const NEW: u8 = 1;
}

/// The multicast groups, by the name the family resolver knows them by.
pub mod mcgrp {
    /// `ovs_flow`.
    pub const OVS_FLOW: &str = "ovs_flow";
}

crate::attribute_set! {
    /// The request of `get`: attributes of `flow-attrs` (`key`, `ufid`, `ufid-flags`).
    pub struct GetRequest {
        /// The fixed header.
        pub header: OvsHeader,
    }
    attributes {
        /// Nested attributes specifying the flow key. Always present in
        /// notifications. Required for all requests (except dumps).
        pub key: codec::Nested<KeyAttrs> = attrs::flow_attrs::KEY,
        /// A value between 1-16 octets specifying a unique identifier for the
        /// flow. Causes the flow to be indexed by this value rather than the
        /// value of the OVS_FLOW_ATTR_KEY attribute. Optional for all
        /// requests. Present in notifications if the flow was created with this
        /// attribute.
        pub ufid: codec::Bytes = attrs::flow_attrs::UFID,
        /// A 32-bit value of ORed flags that provide alternative semantics for
        /// flow installation and retrieval. Optional for all requests.
        pub ufid_flags: codec::Enum32<OvsUfidFlags> = attrs::flow_attrs::UFID_FLAGS,
    }
}

impl crate::genl::Request for GetRequest {
    type Family = Family;
    type Reply = super::Headed<OvsHeader, FlowAttrs>;
    const CMD: u8 = cmd::GET;

    fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&self.header);
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::FLOW_ATTRS)
    }
}

/// `get` (do): Get / dump OVS flow configuration and state
///
/// Each reply is a [`FlowAttrs`].
pub fn get(family_id: u16, request: &GetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET, FAMILY_VERSION);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

/// `get` (dump): Get / dump OVS flow configuration and state
///
/// Each reply is a [`FlowAttrs`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn get_dump(family_id: u16, request: &GetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET, FAMILY_VERSION);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `new`: attributes of `flow-attrs` (`key`, `ufid`, `mask`, `actions`).
    pub struct NewRequest {
        /// The fixed header.
        pub header: OvsHeader,
    }
    attributes {
        /// Nested attributes specifying the flow key. Always present in
        /// notifications. Required for all requests (except dumps).
        pub key: codec::Nested<KeyAttrs> = attrs::flow_attrs::KEY,
        /// A value between 1-16 octets specifying a unique identifier for the
        /// flow. Causes the flow to be indexed by this value rather than the
        /// value of the OVS_FLOW_ATTR_KEY attribute. Optional for all
        /// requests. Present in notifications if the flow was created with this
        /// attribute.
        pub ufid: codec::Bytes = attrs::flow_attrs::UFID,
        /// Nested attributes specifying the mask bits for wildcarded flow
        /// match. Mask bit value '1' specifies exact match with corresponding
        /// flow key bit, while mask bit value '0' specifies a wildcarded
        /// match. Omitting attribute is treated as wildcarding all corresponding
        /// fields. Optional for all requests. If not present, all flow key bits
        /// are exact match bits.
        pub mask: codec::Nested<KeyAttrs> = attrs::flow_attrs::MASK,
        /// Nested attributes specifying the actions to take for packets that
        /// match the key. Always present in notifications. Required for
        /// OVS_FLOW_CMD_NEW requests, optional for OVS_FLOW_CMD_SET requests. An
        /// OVS_FLOW_CMD_SET without OVS_FLOW_ATTR_ACTIONS will not modify the
        /// actions. To clear the actions, an OVS_FLOW_ATTR_ACTIONS without any
        /// nested attributes must be given.
        pub actions: codec::Nested<ActionAttrs> = attrs::flow_attrs::ACTIONS,
    }
}

impl crate::genl::Request for NewRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::NEW;

    fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&self.header);
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::FLOW_ATTRS)
    }
}

/// `new` (do): Create OVS flow configuration in a data path
///
/// The kernel answers with an acknowledgement only.
pub fn new(family_id: u16, request: &NewRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::NEW, FAMILY_VERSION);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `flow-attrs`.
    pub static FLOW_ATTRS: SetNames = SetNames {
        name: "flow-attrs",
        attrs: &[
            AttrName::nest(1, "key", &KEY_ATTRS),
            AttrName::nest(2, "actions", &ACTION_ATTRS),
            AttrName::value(3, "stats"),
            AttrName::value(4, "tcp-flags"),
            AttrName::value(5, "used"),
            AttrName::value(6, "clear"),
            AttrName::nest(7, "mask", &KEY_ATTRS),
            AttrName::value(8, "probe"),
            AttrName::value(9, "ufid"),
            AttrName::value(10, "ufid-flags"),
            AttrName::value(11, "pad"),
        ],
    };

    /// `key-attrs`.
    pub static KEY_ATTRS: SetNames = SetNames {
        name: "key-attrs",
        attrs: &[
            AttrName::nest(1, "encap", &KEY_ATTRS),
            AttrName::value(2, "priority"),
            AttrName::value(3, "in-port"),
            AttrName::value(4, "ethernet"),
            AttrName::value(5, "vlan"),
            AttrName::value(6, "ethertype"),
            AttrName::value(7, "ipv4"),
            AttrName::value(8, "ipv6"),
            AttrName::value(9, "tcp"),
            AttrName::value(10, "udp"),
            AttrName::value(11, "icmp"),
            AttrName::value(12, "icmpv6"),
            AttrName::value(13, "arp"),
            AttrName::value(14, "nd"),
            AttrName::value(15, "skb-mark"),
            AttrName::nest(16, "tunnel", &TUNNEL_KEY_ATTRS),
            AttrName::value(17, "sctp"),
            AttrName::value(18, "tcp-flags"),
            AttrName::value(19, "dp-hash"),
            AttrName::value(20, "recirc-id"),
            AttrName::value(21, "mpls"),
            AttrName::value(22, "ct-state"),
            AttrName::value(23, "ct-zone"),
            AttrName::value(24, "ct-mark"),
            AttrName::value(25, "ct-labels"),
            AttrName::value(26, "ct-orig-tuple-ipv4"),
            AttrName::value(27, "ct-orig-tuple-ipv6"),
            AttrName::nest(28, "nsh", &OVS_NSH_KEY_ATTRS),
            AttrName::value(29, "packet-type"),
            AttrName::value(30, "nd-extensions"),
            AttrName::value(31, "tunnel-info"),
            AttrName::value(32, "ipv6-exthdrs"),
        ],
    };

    /// `action-attrs`.
    pub static ACTION_ATTRS: SetNames = SetNames {
        name: "action-attrs",
        attrs: &[
            AttrName::value(1, "output"),
            AttrName::nest(2, "userspace", &USERSPACE_ATTRS),
            AttrName::nest(3, "set", &KEY_ATTRS),
            AttrName::value(4, "push-vlan"),
            AttrName::value(5, "pop-vlan"),
            AttrName::nest(6, "sample", &SAMPLE_ATTRS),
            AttrName::value(7, "recirc"),
            AttrName::value(8, "hash"),
            AttrName::value(9, "push-mpls"),
            AttrName::value(10, "pop-mpls"),
            AttrName::nest(11, "set-masked", &KEY_ATTRS),
            AttrName::nest(12, "ct", &CT_ATTRS),
            AttrName::value(13, "trunc"),
            AttrName::value(14, "push-eth"),
            AttrName::value(15, "pop-eth"),
            AttrName::value(16, "ct-clear"),
            AttrName::nest(17, "push-nsh", &OVS_NSH_KEY_ATTRS),
            AttrName::value(18, "pop-nsh"),
            AttrName::value(19, "meter"),
            AttrName::nest(20, "clone", &ACTION_ATTRS),
            AttrName::nest(21, "check-pkt-len", &CHECK_PKT_LEN_ATTRS),
            AttrName::value(22, "add-mpls"),
            AttrName::nest(23, "dec-ttl", &DEC_TTL_ATTRS),
            AttrName::nest(24, "psample", &PSAMPLE_ATTRS),
        ],
    };

    /// `tunnel-key-attrs`.
    pub static TUNNEL_KEY_ATTRS: SetNames = SetNames {
        name: "tunnel-key-attrs",
        attrs: &[
            AttrName::value(0, "id"),
            AttrName::value(1, "ipv4-src"),
            AttrName::value(2, "ipv4-dst"),
            AttrName::value(3, "tos"),
            AttrName::value(4, "ttl"),
            AttrName::value(5, "dont-fragment"),
            AttrName::value(6, "csum"),
            AttrName::value(7, "oam"),
            AttrName::value(8, "geneve-opts"),
            AttrName::value(9, "tp-src"),
            AttrName::value(10, "tp-dst"),
            AttrName::nest(11, "vxlan-opts", &VXLAN_EXT_ATTRS),
            AttrName::value(12, "ipv6-src"),
            AttrName::value(13, "ipv6-dst"),
            AttrName::value(14, "pad"),
            AttrName::value(15, "erspan-opts"),
            AttrName::value(16, "ipv4-info-bridge"),
        ],
    };

    /// `check-pkt-len-attrs`.
    pub static CHECK_PKT_LEN_ATTRS: SetNames = SetNames {
        name: "check-pkt-len-attrs",
        attrs: &[
            AttrName::value(1, "pkt-len"),
            AttrName::nest(2, "actions-if-greater", &ACTION_ATTRS),
            AttrName::nest(3, "actions-if-less-equal", &ACTION_ATTRS),
        ],
    };

    /// `sample-attrs`.
    pub static SAMPLE_ATTRS: SetNames = SetNames {
        name: "sample-attrs",
        attrs: &[
            AttrName::value(1, "probability"),
            AttrName::nest(2, "actions", &ACTION_ATTRS),
        ],
    };

    /// `userspace-attrs`.
    pub static USERSPACE_ATTRS: SetNames = SetNames {
        name: "userspace-attrs",
        attrs: &[
            AttrName::value(1, "pid"),
            AttrName::value(2, "userdata"),
            AttrName::value(3, "egress-tun-port"),
            AttrName::value(4, "actions"),
        ],
    };

    /// `ovs-nsh-key-attrs`.
    pub static OVS_NSH_KEY_ATTRS: SetNames = SetNames {
        name: "ovs-nsh-key-attrs",
        attrs: &[
            AttrName::value(1, "base"),
            AttrName::value(2, "md1"),
            AttrName::value(3, "md2"),
        ],
    };

    /// `ct-attrs`.
    pub static CT_ATTRS: SetNames = SetNames {
        name: "ct-attrs",
        attrs: &[
            AttrName::value(1, "commit"),
            AttrName::value(2, "zone"),
            AttrName::value(3, "mark"),
            AttrName::value(4, "labels"),
            AttrName::value(5, "helper"),
            AttrName::nest(6, "nat", &NAT_ATTRS),
            AttrName::value(7, "force-commit"),
            AttrName::value(8, "eventmask"),
            AttrName::value(9, "timeout"),
        ],
    };

    /// `nat-attrs`.
    pub static NAT_ATTRS: SetNames = SetNames {
        name: "nat-attrs",
        attrs: &[
            AttrName::value(1, "src"),
            AttrName::value(2, "dst"),
            AttrName::value(3, "ip-min"),
            AttrName::value(4, "ip-max"),
            AttrName::value(5, "proto-min"),
            AttrName::value(6, "proto-max"),
            AttrName::value(7, "persistent"),
            AttrName::value(8, "proto-hash"),
            AttrName::value(9, "proto-random"),
        ],
    };

    /// `dec-ttl-attrs`.
    pub static DEC_TTL_ATTRS: SetNames = SetNames {
        name: "dec-ttl-attrs",
        attrs: &[
            AttrName::nest(1, "action", &ACTION_ATTRS),
        ],
    };

    /// `vxlan-ext-attrs`.
    pub static VXLAN_EXT_ATTRS: SetNames = SetNames {
        name: "vxlan-ext-attrs",
        attrs: &[
            AttrName::value(1, "gbp"),
        ],
    };

    /// `psample-attrs`.
    pub static PSAMPLE_ATTRS: SetNames = SetNames {
        name: "psample-attrs",
        attrs: &[
            AttrName::value(1, "group"),
            AttrName::value(2, "cookie"),
        ],
    };
}
