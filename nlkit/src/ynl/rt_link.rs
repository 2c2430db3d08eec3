//! `rt-link` (netlink-raw): Link configuration over rtnetlink.
//!
//! Generated from `nlkit-ynl/specs/rt_link.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The netlink protocol number (`socket(AF_NETLINK, SOCK_RAW, PROTOCOL)`).
pub const PROTOCOL: u32 = 0;

crate::flag_set! {
    /// `ifinfo-flags`: flags.
    pub struct IfinfoFlags: u32 {
        /// `up` (bit 0).
        const UP = 0x1;
        /// `broadcast` (bit 1).
        const BROADCAST = 0x2;
        /// `debug` (bit 2).
        const DEBUG = 0x4;
        /// `loopback` (bit 3).
        const LOOPBACK = 0x8;
        /// `point-to-point` (bit 4).
        const POINT_TO_POINT = 0x10;
        /// `no-trailers` (bit 5).
        const NO_TRAILERS = 0x20;
        /// `running` (bit 6).
        const RUNNING = 0x40;
        /// `no-arp` (bit 7).
        const NO_ARP = 0x80;
        /// `promisc` (bit 8).
        const PROMISC = 0x100;
        /// `all-multi` (bit 9).
        const ALL_MULTI = 0x200;
        /// `master` (bit 10).
        const MASTER = 0x400;
        /// `slave` (bit 11).
        const SLAVE = 0x800;
        /// `multicast` (bit 12).
        const MULTICAST = 0x1000;
        /// `portsel` (bit 13).
        const PORTSEL = 0x2000;
        /// `auto-media` (bit 14).
        const AUTO_MEDIA = 0x4000;
        /// `dynamic` (bit 15).
        const DYNAMIC = 0x8000;
        /// `lower-up` (bit 16).
        const LOWER_UP = 0x10000;
        /// `dormant` (bit 17).
        const DORMANT = 0x20000;
        /// `echo` (bit 18).
        const ECHO = 0x40000;
    }
}

crate::open_enum! {
    /// `vlan-protocols`: an enumeration.
    pub enum VlanProtocols: u32 {
        /// `8021q` (33024).
        N8021q = 33024,
        /// `8021ad` (34984).
        N8021ad = 34984,
    }
}

crate::fixed_struct! {
    /// `rtgenmsg`: a C structure of 1 bytes.
    pub struct Rtgenmsg("rtgenmsg") {
        /// `family`.
        pub family: u8,
    }
}

crate::fixed_struct! {
    /// `ifinfomsg`: a C structure of 16 bytes.
    pub struct Ifinfomsg("ifinfomsg") {
        /// `ifi-family`.
        pub ifi_family: u8,
        /// `pad`.
        pub pad: [u8; 1],
        /// `ifi-type`.
        pub ifi_type: u16,
        /// `ifi-index`.
        pub ifi_index: i32,
        /// `ifi-flags`.
        ///
        /// Values of `ifinfo-flags`.
        pub ifi_flags: u32,
        /// `ifi-change`.
        pub ifi_change: u32,
    }
}

crate::fixed_struct! {
    /// `ifla-bridge-id`: a C structure of 8 bytes.
    pub struct IflaBridgeId("ifla-bridge-id") {
        /// `prio`.
        pub prio: u16,
        /// `addr`.
        pub addr: [u8; 6],
    }
}

crate::fixed_struct! {
    /// `ifla-cacheinfo`: a C structure of 16 bytes.
    pub struct IflaCacheinfo("ifla-cacheinfo") {
        /// `max-reasm-len`.
        pub max_reasm_len: u32,
        /// `tstamp`.
        pub tstamp: u32,
        /// `reachable-time`.
        pub reachable_time: i32,
        /// `retrans-time`.
        pub retrans_time: u32,
    }
}

crate::fixed_struct! {
    /// `rtnl-link-stats`: a C structure of 96 bytes.
    pub struct RtnlLinkStats("rtnl-link-stats") {
        /// `rx-packets`.
        pub rx_packets: u32,
        /// `tx-packets`.
        pub tx_packets: u32,
        /// `rx-bytes`.
        pub rx_bytes: u32,
        /// `tx-bytes`.
        pub tx_bytes: u32,
        /// `rx-errors`.
        pub rx_errors: u32,
        /// `tx-errors`.
        pub tx_errors: u32,
        /// `rx-dropped`.
        pub rx_dropped: u32,
        /// `tx-dropped`.
        pub tx_dropped: u32,
        /// `multicast`.
        pub multicast: u32,
        /// `collisions`.
        pub collisions: u32,
        /// `rx-length-errors`.
        pub rx_length_errors: u32,
        /// `rx-over-errors`.
        pub rx_over_errors: u32,
        /// `rx-crc-errors`.
        pub rx_crc_errors: u32,
        /// `rx-frame-errors`.
        pub rx_frame_errors: u32,
        /// `rx-fifo-errors`.
        pub rx_fifo_errors: u32,
        /// `rx-missed-errors`.
        pub rx_missed_errors: u32,
        /// `tx-aborted-errors`.
        pub tx_aborted_errors: u32,
        /// `tx-carrier-errors`.
        pub tx_carrier_errors: u32,
        /// `tx-fifo-errors`.
        pub tx_fifo_errors: u32,
        /// `tx-heartbeat-errors`.
        pub tx_heartbeat_errors: u32,
        /// `tx-window-errors`.
        pub tx_window_errors: u32,
        /// `rx-compressed`.
        pub rx_compressed: u32,
        /// `tx-compressed`.
        pub tx_compressed: u32,
        /// `rx-nohandler`.
        pub rx_nohandler: u32,
    }
}

crate::fixed_struct! {
    /// `rtnl-link-ifmap`: a C structure of 28 bytes.
    pub struct RtnlLinkIfmap("rtnl-link-ifmap") {
        /// `mem-start`.
        pub mem_start: u64,
        /// `mem-end`.
        pub mem_end: u64,
        /// `base-addr`.
        pub base_addr: u64,
        /// `irq`.
        pub irq: u16,
        /// `dma`.
        pub dma: u8,
        /// `port`.
        pub port: u8,
    }
}

crate::fixed_struct! {
    /// `ifla-icmp6-stats`: a C structure of 48 bytes.
    pub struct IflaIcmp6Stats("ifla-icmp6-stats") {
        /// `inmsgs`.
        pub inmsgs: u64,
        /// `inerrors`.
        pub inerrors: u64,
        /// `outmsgs`.
        pub outmsgs: u64,
        /// `outerrors`.
        pub outerrors: u64,
        /// `csumerrors`.
        pub csumerrors: u64,
        /// `ratelimithost`.
        pub ratelimithost: u64,
    }
}

crate::fixed_struct! {
    /// `br-boolopt-multi`: a C structure of 8 bytes.
    pub struct BrBooloptMulti("br-boolopt-multi") {
        /// `optval`.
        pub optval: u32,
        /// `optmask`.
        pub optmask: u32,
    }
}

crate::fixed_struct! {
    /// `if_stats_msg`: a C structure of 12 bytes.
    pub struct IfStatsMsg("if_stats_msg") {
        /// `family`.
        pub family: u8,
        /// `pad`.
        pub pad: [u8; 3],
        /// `ifindex`.
        pub ifindex: u32,
        /// `filter-mask`.
        pub filter_mask: u32,
    }
}

crate::fixed_struct! {
    /// `ifla-vlan-flags`: a C structure of 8 bytes.
    pub struct IflaVlanFlags("ifla-vlan-flags") {
        /// `flags`.
        ///
        /// Values of `vlan-flags`.
        pub flags: u32,
        /// `mask`.
        pub mask: u32,
    }
}

crate::flag_set! {
    /// `vlan-flags`: flags.
    pub struct VlanFlags: u32 {
        /// `reorder-hdr` (bit 0).
        const REORDER_HDR = 0x1;
        /// `gvrp` (bit 1).
        const GVRP = 0x2;
        /// `loose-binding` (bit 2).
        const LOOSE_BINDING = 0x4;
        /// `mvrp` (bit 3).
        const MVRP = 0x8;
        /// `bridge-binding` (bit 4).
        const BRIDGE_BINDING = 0x10;
    }
}

crate::fixed_struct! {
    /// `ifla-vlan-qos-mapping`: a C structure of 8 bytes.
    pub struct IflaVlanQosMapping("ifla-vlan-qos-mapping") {
        /// `from`.
        pub from: u32,
        /// `to`.
        pub to: u32,
    }
}

crate::fixed_struct! {
    /// `ifla-vf-mac`: a C structure of 36 bytes.
    pub struct IflaVfMac("ifla-vf-mac") {
        /// `vf`.
        pub vf: u32,
        /// `mac`.
        pub mac: [u8; 32],
    }
}

crate::fixed_struct! {
    /// `ifla-vf-vlan`: a C structure of 12 bytes.
    pub struct IflaVfVlan("ifla-vf-vlan") {
        /// `vf`.
        pub vf: u32,
        /// `vlan`.
        pub vlan: u32,
        /// `qos`.
        pub qos: u32,
    }
}

crate::fixed_struct! {
    /// `ifla-vf-tx-rate`: a C structure of 8 bytes.
    pub struct IflaVfTxRate("ifla-vf-tx-rate") {
        /// `vf`.
        pub vf: u32,
        /// `rate`.
        pub rate: u32,
    }
}

crate::fixed_struct! {
    /// `ifla-vf-spoofchk`: a C structure of 8 bytes.
    pub struct IflaVfSpoofchk("ifla-vf-spoofchk") {
        /// `vf`.
        pub vf: u32,
        /// `setting`.
        pub setting: u32,
    }
}

crate::fixed_struct! {
    /// `ifla-vf-link-state`: a C structure of 8 bytes.
    pub struct IflaVfLinkState("ifla-vf-link-state") {
        /// `vf`.
        pub vf: u32,
        /// `link-state`.
        ///
        /// Values of `ifla-vf-link-state-enum`.
        pub link_state: u32,
    }
}

crate::open_enum! {
    /// `ifla-vf-link-state-enum`: an enumeration.
    pub enum IflaVfLinkStateEnum: u32 {
        /// `auto` (0).
        Auto = 0,
        /// `enable` (1).
        Enable = 1,
        /// `disable` (2).
        Disable = 2,
    }
}

crate::fixed_struct! {
    /// `ifla-vf-rate`: a C structure of 12 bytes.
    pub struct IflaVfRate("ifla-vf-rate") {
        /// `vf`.
        pub vf: u32,
        /// `min-tx-rate`.
        pub min_tx_rate: u32,
        /// `max-tx-rate`.
        pub max_tx_rate: u32,
    }
}

crate::fixed_struct! {
    /// `ifla-vf-rss-query-en`: a C structure of 8 bytes.
    pub struct IflaVfRssQueryEn("ifla-vf-rss-query-en") {
        /// `vf`.
        pub vf: u32,
        /// `setting`.
        pub setting: u32,
    }
}

crate::fixed_struct! {
    /// `ifla-vf-trust`: a C structure of 8 bytes.
    pub struct IflaVfTrust("ifla-vf-trust") {
        /// `vf`.
        pub vf: u32,
        /// `setting`.
        pub setting: u32,
    }
}

crate::fixed_struct! {
    /// `ifla-vf-guid`: a C structure of 12 bytes.
    pub struct IflaVfGuid("ifla-vf-guid") {
        /// `vf`.
        pub vf: u32,
        /// `guid`.
        pub guid: u64,
    }
}

crate::fixed_struct! {
    /// `ifla-vf-vlan-info`: a C structure of 16 bytes.
    pub struct IflaVfVlanInfo("ifla-vf-vlan-info") {
        /// `vf`.
        pub vf: u32,
        /// `vlan`.
        pub vlan: u32,
        /// `qos`.
        pub qos: u32,
        /// `vlan-proto`.
        pub vlan_proto: u32,
    }
}

crate::flag_set! {
    /// `rtext-filter`: flags.
    pub struct RtextFilter: u32 {
        /// `vf` (bit 0).
        const VF = 0x1;
        /// `brvlan` (bit 1).
        const BRVLAN = 0x2;
        /// `brvlan-compressed` (bit 2).
        const BRVLAN_COMPRESSED = 0x4;
        /// `skip-stats` (bit 3).
        const SKIP_STATS = 0x8;
        /// `mrp` (bit 4).
        const MRP = 0x10;
        /// `cfm-config` (bit 5).
        const CFM_CONFIG = 0x20;
        /// `cfm-status` (bit 6).
        const CFM_STATUS = 0x40;
        /// `mst` (bit 7).
        const MST = 0x80;
    }
}

crate::open_enum! {
    /// `netkit-policy`: an enumeration.
    pub enum NetkitPolicy: u32 {
        /// `forward` (0).
        Forward = 0,
        /// `blackhole` (2).
        Blackhole = 2,
    }
}

crate::open_enum! {
    /// `netkit-mode`: an enumeration.
    pub enum NetkitMode: u32 {
        /// `l2` (0).
        L2 = 0,
        /// `l3` (1).
        L3 = 1,
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `link-attrs`.
    pub mod link_attrs {
        /// `address` (binary).
        pub const ADDRESS: u16 = 1;
        /// `broadcast` (binary).
        pub const BROADCAST: u16 = 2;
        /// `ifname` (string).
        pub const IFNAME: u16 = 3;
        /// `mtu` (u32).
        pub const MTU: u16 = 4;
        /// `link` (u32).
        pub const LINK: u16 = 5;
        /// `qdisc` (string).
        pub const QDISC: u16 = 6;
        /// `stats` (binary).
        pub const STATS: u16 = 7;
        /// `cost` (string).
        pub const COST: u16 = 8;
        /// `priority` (string).
        pub const PRIORITY: u16 = 9;
        /// `master` (u32).
        pub const MASTER: u16 = 10;
        /// `wireless` (string).
        pub const WIRELESS: u16 = 11;
        /// `protinfo` (string).
        pub const PROTINFO: u16 = 12;
        /// `txqlen` (u32).
        pub const TXQLEN: u16 = 13;
        /// `map` (binary).
        pub const MAP: u16 = 14;
        /// `weight` (u32).
        pub const WEIGHT: u16 = 15;
        /// `operstate` (u8).
        pub const OPERSTATE: u16 = 16;
        /// `linkmode` (u8).
        pub const LINKMODE: u16 = 17;
        /// `linkinfo` (nest).
        pub const LINKINFO: u16 = 18;
        /// `net-ns-pid` (u32).
        pub const NET_NS_PID: u16 = 19;
        /// `ifalias` (string).
        pub const IFALIAS: u16 = 20;
        /// `num-vf` (u32).
        pub const NUM_VF: u16 = 21;
        /// `vfinfo-list` (nest).
        pub const VFINFO_LIST: u16 = 22;
        /// `stats64` (binary).
        pub const STATS64: u16 = 23;
        /// `vf-ports` (nest).
        pub const VF_PORTS: u16 = 24;
        /// `port-self` (nest).
        pub const PORT_SELF: u16 = 25;
        /// `af-spec` (nest).
        pub const AF_SPEC: u16 = 26;
        /// `group` (u32).
        pub const GROUP: u16 = 27;
        /// `net-ns-fd` (u32).
        pub const NET_NS_FD: u16 = 28;
        /// `ext-mask` (u32).
        pub const EXT_MASK: u16 = 29;
        /// `promiscuity` (u32).
        pub const PROMISCUITY: u16 = 30;
        /// `num-tx-queues` (u32).
        pub const NUM_TX_QUEUES: u16 = 31;
        /// `num-rx-queues` (u32).
        pub const NUM_RX_QUEUES: u16 = 32;
        /// `carrier` (u8).
        pub const CARRIER: u16 = 33;
        /// `phys-port-id` (binary).
        pub const PHYS_PORT_ID: u16 = 34;
        /// `carrier-changes` (u32).
        pub const CARRIER_CHANGES: u16 = 35;
        /// `phys-switch-id` (binary).
        pub const PHYS_SWITCH_ID: u16 = 36;
        /// `link-netnsid` (s32).
        pub const LINK_NETNSID: u16 = 37;
        /// `phys-port-name` (string).
        pub const PHYS_PORT_NAME: u16 = 38;
        /// `proto-down` (u8).
        pub const PROTO_DOWN: u16 = 39;
        /// `gso-max-segs` (u32).
        pub const GSO_MAX_SEGS: u16 = 40;
        /// `gso-max-size` (u32).
        pub const GSO_MAX_SIZE: u16 = 41;
        /// `pad` (pad).
        pub const PAD: u16 = 42;
        /// `xdp` (nest).
        pub const XDP: u16 = 43;
        /// `event` (u32).
        pub const EVENT: u16 = 44;
        /// `new-netnsid` (s32).
        pub const NEW_NETNSID: u16 = 45;
        /// `target-netnsid` (s32).
        pub const TARGET_NETNSID: u16 = 46;
        /// `carrier-up-count` (u32).
        pub const CARRIER_UP_COUNT: u16 = 47;
        /// `carrier-down-count` (u32).
        pub const CARRIER_DOWN_COUNT: u16 = 48;
        /// `new-ifindex` (s32).
        pub const NEW_IFINDEX: u16 = 49;
        /// `min-mtu` (u32).
        pub const MIN_MTU: u16 = 50;
        /// `max-mtu` (u32).
        pub const MAX_MTU: u16 = 51;
        /// `prop-list` (nest).
        pub const PROP_LIST: u16 = 52;
        /// `alt-ifname` (string).
        pub const ALT_IFNAME: u16 = 53;
        /// `perm-address` (binary).
        pub const PERM_ADDRESS: u16 = 54;
        /// `proto-down-reason` (string).
        pub const PROTO_DOWN_REASON: u16 = 55;
        /// `parent-dev-name` (string).
        pub const PARENT_DEV_NAME: u16 = 56;
        /// `parent-dev-bus-name` (string).
        pub const PARENT_DEV_BUS_NAME: u16 = 57;
        /// `gro-max-size` (u32).
        pub const GRO_MAX_SIZE: u16 = 58;
        /// `tso-max-size` (u32).
        pub const TSO_MAX_SIZE: u16 = 59;
        /// `tso-max-segs` (u32).
        pub const TSO_MAX_SEGS: u16 = 60;
        /// `allmulti` (u32).
        pub const ALLMULTI: u16 = 61;
        /// `devlink-port` (binary).
        pub const DEVLINK_PORT: u16 = 62;
        /// `gso-ipv4-max-size` (u32).
        pub const GSO_IPV4_MAX_SIZE: u16 = 63;
        /// `gro-ipv4-max-size` (u32).
        pub const GRO_IPV4_MAX_SIZE: u16 = 64;
        /// `dpll-pin` (nest).
        pub const DPLL_PIN: u16 = 65;
    }

    /// The attributes of `af-spec-attrs`.
    pub mod af_spec_attrs {
        /// `inet` (nest).
        pub const INET: u16 = 2;
        /// `inet6` (nest).
        pub const INET6: u16 = 10;
        /// `mctp` (nest).
        pub const MCTP: u16 = 45;
    }

    /// The attributes of `vfinfo-list-attrs`.
    pub mod vfinfo_list_attrs {
        /// `info` (nest).
        pub const INFO: u16 = 1;
    }

    /// The attributes of `vfinfo-attrs`.
    pub mod vfinfo_attrs {
        /// `mac` (binary).
        pub const MAC: u16 = 1;
        /// `vlan` (binary).
        pub const VLAN: u16 = 2;
        /// `tx-rate` (binary).
        pub const TX_RATE: u16 = 3;
        /// `spoofchk` (binary).
        pub const SPOOFCHK: u16 = 4;
        /// `link-state` (binary).
        pub const LINK_STATE: u16 = 5;
        /// `rate` (binary).
        pub const RATE: u16 = 6;
        /// `rss-query-en` (binary).
        pub const RSS_QUERY_EN: u16 = 7;
        /// `stats` (nest).
        pub const STATS: u16 = 8;
        /// `trust` (binary).
        pub const TRUST: u16 = 9;
        /// `ib-node-guid` (binary).
        pub const IB_NODE_GUID: u16 = 10;
        /// `ib-port-guid` (binary).
        pub const IB_PORT_GUID: u16 = 11;
        /// `vlan-list` (nest).
        pub const VLAN_LIST: u16 = 12;
        /// `broadcast` (binary).
        pub const BROADCAST: u16 = 13;
    }

    /// The attributes of `vf-stats-attrs`.
    pub mod vf_stats_attrs {
        /// `rx-packets` (u64).
        pub const RX_PACKETS: u16 = 0;
        /// `tx-packets` (u64).
        pub const TX_PACKETS: u16 = 1;
        /// `rx-bytes` (u64).
        pub const RX_BYTES: u16 = 2;
        /// `tx-bytes` (u64).
        pub const TX_BYTES: u16 = 3;
        /// `broadcast` (u64).
        pub const BROADCAST: u16 = 4;
        /// `multicast` (u64).
        pub const MULTICAST: u16 = 5;
        /// `pad` (pad).
        pub const PAD: u16 = 6;
        /// `rx-dropped` (u64).
        pub const RX_DROPPED: u16 = 7;
        /// `tx-dropped` (u64).
        pub const TX_DROPPED: u16 = 8;
    }

    /// The attributes of `vf-vlan-attrs`.
    pub mod vf_vlan_attrs {
        /// `info` (binary).
        pub const INFO: u16 = 1;
    }

    /// The attributes of `vf-ports-attrs`.
    pub mod vf_ports_attrs {
    }

    /// The attributes of `port-self-attrs`.
    pub mod port_self_attrs {
    }

    /// The attributes of `linkinfo-attrs`.
    pub mod linkinfo_attrs {
        /// `kind` (string).
        pub const KIND: u16 = 1;
        /// `data` (sub-message).
        pub const DATA: u16 = 2;
        /// `xstats` (binary).
        pub const XSTATS: u16 = 3;
        /// `slave-kind` (string).
        pub const SLAVE_KIND: u16 = 4;
        /// `slave-data` (sub-message).
        pub const SLAVE_DATA: u16 = 5;
    }

    /// The attributes of `linkinfo-bond-attrs`.
    pub mod linkinfo_bond_attrs {
        /// `mode` (u8).
        pub const MODE: u16 = 1;
        /// `active-slave` (u32).
        pub const ACTIVE_SLAVE: u16 = 2;
        /// `miimon` (u32).
        pub const MIIMON: u16 = 3;
        /// `updelay` (u32).
        pub const UPDELAY: u16 = 4;
        /// `downdelay` (u32).
        pub const DOWNDELAY: u16 = 5;
        /// `use-carrier` (u8).
        pub const USE_CARRIER: u16 = 6;
        /// `arp-interval` (u32).
        pub const ARP_INTERVAL: u16 = 7;
        /// `arp-ip-target` (indexed-array).
        pub const ARP_IP_TARGET: u16 = 8;
        /// `arp-validate` (u32).
        pub const ARP_VALIDATE: u16 = 9;
        /// `arp-all-targets` (u32).
        pub const ARP_ALL_TARGETS: u16 = 10;
        /// `primary` (u32).
        pub const PRIMARY: u16 = 11;
        /// `primary-reselect` (u8).
        pub const PRIMARY_RESELECT: u16 = 12;
        /// `fail-over-mac` (u8).
        pub const FAIL_OVER_MAC: u16 = 13;
        /// `xmit-hash-policy` (u8).
        pub const XMIT_HASH_POLICY: u16 = 14;
        /// `resend-igmp` (u32).
        pub const RESEND_IGMP: u16 = 15;
        /// `num-peer-notif` (u8).
        pub const NUM_PEER_NOTIF: u16 = 16;
        /// `all-slaves-active` (u8).
        pub const ALL_SLAVES_ACTIVE: u16 = 17;
        /// `min-links` (u32).
        pub const MIN_LINKS: u16 = 18;
        /// `lp-interval` (u32).
        pub const LP_INTERVAL: u16 = 19;
        /// `packets-per-slave` (u32).
        pub const PACKETS_PER_SLAVE: u16 = 20;
        /// `ad-lacp-rate` (u8).
        pub const AD_LACP_RATE: u16 = 21;
        /// `ad-select` (u8).
        pub const AD_SELECT: u16 = 22;
        /// `ad-info` (nest).
        pub const AD_INFO: u16 = 23;
        /// `ad-actor-sys-prio` (u16).
        pub const AD_ACTOR_SYS_PRIO: u16 = 24;
        /// `ad-user-port-key` (u16).
        pub const AD_USER_PORT_KEY: u16 = 25;
        /// `ad-actor-system` (binary).
        pub const AD_ACTOR_SYSTEM: u16 = 26;
        /// `tlb-dynamic-lb` (u8).
        pub const TLB_DYNAMIC_LB: u16 = 27;
        /// `peer-notif-delay` (u32).
        pub const PEER_NOTIF_DELAY: u16 = 28;
        /// `ad-lacp-active` (u8).
        pub const AD_LACP_ACTIVE: u16 = 29;
        /// `missed-max` (u8).
        pub const MISSED_MAX: u16 = 30;
        /// `ns-ip6-target` (indexed-array).
        pub const NS_IP6_TARGET: u16 = 31;
        /// `coupled-control` (u8).
        pub const COUPLED_CONTROL: u16 = 32;
    }

    /// The attributes of `bond-ad-info-attrs`.
    pub mod bond_ad_info_attrs {
        /// `aggregator` (u16).
        pub const AGGREGATOR: u16 = 1;
        /// `num-ports` (u16).
        pub const NUM_PORTS: u16 = 2;
        /// `actor-key` (u16).
        pub const ACTOR_KEY: u16 = 3;
        /// `partner-key` (u16).
        pub const PARTNER_KEY: u16 = 4;
        /// `partner-mac` (binary).
        pub const PARTNER_MAC: u16 = 5;
    }

    /// The attributes of `bond-slave-attrs`.
    pub mod bond_slave_attrs {
        /// `state` (u8).
        pub const STATE: u16 = 1;
        /// `mii-status` (u8).
        pub const MII_STATUS: u16 = 2;
        /// `link-failure-count` (u32).
        pub const LINK_FAILURE_COUNT: u16 = 3;
        /// `perm-hwaddr` (binary).
        pub const PERM_HWADDR: u16 = 4;
        /// `queue-id` (u16).
        pub const QUEUE_ID: u16 = 5;
        /// `ad-aggregator-id` (u16).
        pub const AD_AGGREGATOR_ID: u16 = 6;
        /// `ad-actor-oper-port-state` (u8).
        pub const AD_ACTOR_OPER_PORT_STATE: u16 = 7;
        /// `ad-partner-oper-port-state` (u16).
        pub const AD_PARTNER_OPER_PORT_STATE: u16 = 8;
        /// `prio` (u32).
        pub const PRIO: u16 = 9;
    }

    /// The attributes of `linkinfo-bridge-attrs`.
    pub mod linkinfo_bridge_attrs {
        /// `forward-delay` (u32).
        pub const FORWARD_DELAY: u16 = 1;
        /// `hello-time` (u32).
        pub const HELLO_TIME: u16 = 2;
        /// `max-age` (u32).
        pub const MAX_AGE: u16 = 3;
        /// `ageing-time` (u32).
        pub const AGEING_TIME: u16 = 4;
        /// `stp-state` (u32).
        pub const STP_STATE: u16 = 5;
        /// `priority` (u16).
        pub const PRIORITY: u16 = 6;
        /// `vlan-filtering` (u8).
        pub const VLAN_FILTERING: u16 = 7;
        /// `vlan-protocol` (u16).
        pub const VLAN_PROTOCOL: u16 = 8;
        /// `group-fwd-mask` (u16).
        pub const GROUP_FWD_MASK: u16 = 9;
        /// `root-id` (binary).
        pub const ROOT_ID: u16 = 10;
        /// `bridge-id` (binary).
        pub const BRIDGE_ID: u16 = 11;
        /// `root-port` (u16).
        pub const ROOT_PORT: u16 = 12;
        /// `root-path-cost` (u32).
        pub const ROOT_PATH_COST: u16 = 13;
        /// `topology-change` (u8).
        pub const TOPOLOGY_CHANGE: u16 = 14;
        /// `topology-change-detected` (u8).
        pub const TOPOLOGY_CHANGE_DETECTED: u16 = 15;
        /// `hello-timer` (u64).
        pub const HELLO_TIMER: u16 = 16;
        /// `tcn-timer` (u64).
        pub const TCN_TIMER: u16 = 17;
        /// `topology-change-timer` (u64).
        pub const TOPOLOGY_CHANGE_TIMER: u16 = 18;
        /// `gc-timer` (u64).
        pub const GC_TIMER: u16 = 19;
        /// `group-addr` (binary).
        pub const GROUP_ADDR: u16 = 20;
        /// `fdb-flush` (binary).
        pub const FDB_FLUSH: u16 = 21;
        /// `mcast-router` (u8).
        pub const MCAST_ROUTER: u16 = 22;
        /// `mcast-snooping` (u8).
        pub const MCAST_SNOOPING: u16 = 23;
        /// `mcast-query-use-ifaddr` (u8).
        pub const MCAST_QUERY_USE_IFADDR: u16 = 24;
        /// `mcast-querier` (u8).
        pub const MCAST_QUERIER: u16 = 25;
        /// `mcast-hash-elasticity` (u32).
        pub const MCAST_HASH_ELASTICITY: u16 = 26;
        /// `mcast-hash-max` (u32).
        pub const MCAST_HASH_MAX: u16 = 27;
        /// `mcast-last-member-cnt` (u32).
        pub const MCAST_LAST_MEMBER_CNT: u16 = 28;
        /// `mcast-startup-query-cnt` (u32).
        pub const MCAST_STARTUP_QUERY_CNT: u16 = 29;
        /// `mcast-last-member-intvl` (u64).
        pub const MCAST_LAST_MEMBER_INTVL: u16 = 30;
        /// `mcast-membership-intvl` (u64).
        pub const MCAST_MEMBERSHIP_INTVL: u16 = 31;
        /// `mcast-querier-intvl` (u64).
        pub const MCAST_QUERIER_INTVL: u16 = 32;
        /// `mcast-query-intvl` (u64).
        pub const MCAST_QUERY_INTVL: u16 = 33;
        /// `mcast-query-response-intvl` (u64).
        pub const MCAST_QUERY_RESPONSE_INTVL: u16 = 34;
        /// `mcast-startup-query-intvl` (u64).
        pub const MCAST_STARTUP_QUERY_INTVL: u16 = 35;
        /// `nf-call-iptables` (u8).
        pub const NF_CALL_IPTABLES: u16 = 36;
        /// `nf-call-ip6-tables` (u8).
        pub const NF_CALL_IP6_TABLES: u16 = 37;
        /// `nf-call-arptables` (u8).
        pub const NF_CALL_ARPTABLES: u16 = 38;
        /// `vlan-default-pvid` (u16).
        pub const VLAN_DEFAULT_PVID: u16 = 39;
        /// `pad` (pad).
        pub const PAD: u16 = 40;
        /// `vlan-stats-enabled` (u8).
        pub const VLAN_STATS_ENABLED: u16 = 41;
        /// `mcast-stats-enabled` (u8).
        pub const MCAST_STATS_ENABLED: u16 = 42;
        /// `mcast-igmp-version` (u8).
        pub const MCAST_IGMP_VERSION: u16 = 43;
        /// `mcast-mld-version` (u8).
        pub const MCAST_MLD_VERSION: u16 = 44;
        /// `vlan-stats-per-port` (u8).
        pub const VLAN_STATS_PER_PORT: u16 = 45;
        /// `multi-boolopt` (binary).
        pub const MULTI_BOOLOPT: u16 = 46;
        /// `mcast-querier-state` (binary).
        pub const MCAST_QUERIER_STATE: u16 = 47;
        /// `fdb-n-learned` (u32).
        pub const FDB_N_LEARNED: u16 = 48;
        /// `fdb-max-learned` (u32).
        pub const FDB_MAX_LEARNED: u16 = 49;
    }

    /// The attributes of `linkinfo-brport-attrs`.
    pub mod linkinfo_brport_attrs {
        /// `state` (u8).
        pub const STATE: u16 = 1;
        /// `priority` (u16).
        pub const PRIORITY: u16 = 2;
        /// `cost` (u32).
        pub const COST: u16 = 3;
        /// `mode` (u8).
        pub const MODE: u16 = 4;
        /// `guard` (u8).
        pub const GUARD: u16 = 5;
        /// `protect` (u8).
        pub const PROTECT: u16 = 6;
        /// `fast-leave` (u8).
        pub const FAST_LEAVE: u16 = 7;
        /// `learning` (u8).
        pub const LEARNING: u16 = 8;
        /// `unicast-flood` (u8).
        pub const UNICAST_FLOOD: u16 = 9;
        /// `proxyarp` (u8).
        pub const PROXYARP: u16 = 10;
        /// `learning-sync` (u8).
        pub const LEARNING_SYNC: u16 = 11;
        /// `proxyarp-wifi` (u8).
        pub const PROXYARP_WIFI: u16 = 12;
        /// `root-id` (binary).
        pub const ROOT_ID: u16 = 13;
        /// `bridge-id` (binary).
        pub const BRIDGE_ID: u16 = 14;
        /// `designated-port` (u16).
        pub const DESIGNATED_PORT: u16 = 15;
        /// `designated-cost` (u16).
        pub const DESIGNATED_COST: u16 = 16;
        /// `id` (u16).
        pub const ID: u16 = 17;
        /// `no` (u16).
        pub const NO: u16 = 18;
        /// `topology-change-ack` (u8).
        pub const TOPOLOGY_CHANGE_ACK: u16 = 19;
        /// `config-pending` (u8).
        pub const CONFIG_PENDING: u16 = 20;
        /// `message-age-timer` (u64).
        pub const MESSAGE_AGE_TIMER: u16 = 21;
        /// `forward-delay-timer` (u64).
        pub const FORWARD_DELAY_TIMER: u16 = 22;
        /// `hold-timer` (u64).
        pub const HOLD_TIMER: u16 = 23;
        /// `flush` (flag).
        pub const FLUSH: u16 = 24;
        /// `multicast-router` (u8).
        pub const MULTICAST_ROUTER: u16 = 25;
        /// `pad` (pad).
        pub const PAD: u16 = 26;
        /// `mcast-flood` (u8).
        pub const MCAST_FLOOD: u16 = 27;
        /// `mcast-to-ucast` (u8).
        pub const MCAST_TO_UCAST: u16 = 28;
        /// `vlan-tunnel` (u8).
        pub const VLAN_TUNNEL: u16 = 29;
        /// `bcast-flood` (u8).
        pub const BCAST_FLOOD: u16 = 30;
        /// `group-fwd-mask` (u16).
        pub const GROUP_FWD_MASK: u16 = 31;
        /// `neigh-suppress` (u8).
        pub const NEIGH_SUPPRESS: u16 = 32;
        /// `isolated` (u8).
        pub const ISOLATED: u16 = 33;
        /// `backup-port` (u32).
        pub const BACKUP_PORT: u16 = 34;
        /// `mrp-ring-open` (u8).
        pub const MRP_RING_OPEN: u16 = 35;
        /// `mrp-in-open` (u8).
        pub const MRP_IN_OPEN: u16 = 36;
        /// `mcast-eht-hosts-limit` (u32).
        pub const MCAST_EHT_HOSTS_LIMIT: u16 = 37;
        /// `mcast-eht-hosts-cnt` (u32).
        pub const MCAST_EHT_HOSTS_CNT: u16 = 38;
        /// `locked` (u8).
        pub const LOCKED: u16 = 39;
        /// `mab` (u8).
        pub const MAB: u16 = 40;
        /// `mcast-n-groups` (u32).
        pub const MCAST_N_GROUPS: u16 = 41;
        /// `mcast-max-groups` (u32).
        pub const MCAST_MAX_GROUPS: u16 = 42;
        /// `neigh-vlan-suppress` (u8).
        pub const NEIGH_VLAN_SUPPRESS: u16 = 43;
        /// `backup-nhid` (u32).
        pub const BACKUP_NHID: u16 = 44;
    }

    /// The attributes of `linkinfo-gre-attrs`.
    pub mod linkinfo_gre_attrs {
        /// `link` (u32).
        pub const LINK: u16 = 1;
        /// `iflags` (u16).
        pub const IFLAGS: u16 = 2;
        /// `oflags` (u16).
        pub const OFLAGS: u16 = 3;
        /// `ikey` (u32).
        pub const IKEY: u16 = 4;
        /// `okey` (u32).
        pub const OKEY: u16 = 5;
        /// `local` (binary).
        pub const LOCAL: u16 = 6;
        /// `remote` (binary).
        pub const REMOTE: u16 = 7;
        /// `ttl` (u8).
        pub const TTL: u16 = 8;
        /// `tos` (u8).
        pub const TOS: u16 = 9;
        /// `pmtudisc` (u8).
        pub const PMTUDISC: u16 = 10;
        /// `encap-limit` (u32).
        pub const ENCAP_LIMIT: u16 = 11;
        /// `flowinfo` (u32).
        pub const FLOWINFO: u16 = 12;
        /// `flags` (u32).
        pub const FLAGS: u16 = 13;
        /// `encap-type` (u16).
        pub const ENCAP_TYPE: u16 = 14;
        /// `encap-flags` (u16).
        pub const ENCAP_FLAGS: u16 = 15;
        /// `encap-sport` (u16).
        pub const ENCAP_SPORT: u16 = 16;
        /// `encap-dport` (u16).
        pub const ENCAP_DPORT: u16 = 17;
        /// `collect-metadata` (flag).
        pub const COLLECT_METADATA: u16 = 18;
        /// `ignore-df` (u8).
        pub const IGNORE_DF: u16 = 19;
        /// `fwmark` (u32).
        pub const FWMARK: u16 = 20;
        /// `erspan-index` (u32).
        pub const ERSPAN_INDEX: u16 = 21;
        /// `erspan-ver` (u8).
        pub const ERSPAN_VER: u16 = 22;
        /// `erspan-dir` (u8).
        pub const ERSPAN_DIR: u16 = 23;
        /// `erspan-hwid` (u16).
        pub const ERSPAN_HWID: u16 = 24;
    }

    /// The attributes of `linkinfo-geneve-attrs`.
    pub mod linkinfo_geneve_attrs {
        /// `id` (u32).
        pub const ID: u16 = 1;
        /// `remote` (binary).
        pub const REMOTE: u16 = 2;
        /// `ttl` (u8).
        pub const TTL: u16 = 3;
        /// `tos` (u8).
        pub const TOS: u16 = 4;
        /// `port` (u16).
        pub const PORT: u16 = 5;
        /// `collect-metadata` (flag).
        pub const COLLECT_METADATA: u16 = 6;
        /// `remote6` (binary).
        pub const REMOTE6: u16 = 7;
        /// `udp-csum` (u8).
        pub const UDP_CSUM: u16 = 8;
        /// `udp-zero-csum6-tx` (u8).
        pub const UDP_ZERO_CSUM6_TX: u16 = 9;
        /// `udp-zero-csum6-rx` (u8).
        pub const UDP_ZERO_CSUM6_RX: u16 = 10;
        /// `label` (u32).
        pub const LABEL: u16 = 11;
        /// `ttl-inherit` (u8).
        pub const TTL_INHERIT: u16 = 12;
        /// `df` (u8).
        pub const DF: u16 = 13;
        /// `inner-proto-inherit` (flag).
        pub const INNER_PROTO_INHERIT: u16 = 14;
    }

    /// The attributes of `linkinfo-iptun-attrs`.
    pub mod linkinfo_iptun_attrs {
        /// `link` (u32).
        pub const LINK: u16 = 1;
        /// `local` (binary).
        pub const LOCAL: u16 = 2;
        /// `remote` (binary).
        pub const REMOTE: u16 = 3;
        /// `ttl` (u8).
        pub const TTL: u16 = 4;
        /// `tos` (u8).
        pub const TOS: u16 = 5;
        /// `encap-limit` (u8).
        pub const ENCAP_LIMIT: u16 = 6;
        /// `flowinfo` (u32).
        pub const FLOWINFO: u16 = 7;
        /// `flags` (u16).
        pub const FLAGS: u16 = 8;
        /// `proto` (u8).
        pub const PROTO: u16 = 9;
        /// `pmtudisc` (u8).
        pub const PMTUDISC: u16 = 10;
        /// `6rd-prefix` (binary).
        pub const N6RD_PREFIX: u16 = 11;
        /// `6rd-relay-prefix` (binary).
        pub const N6RD_RELAY_PREFIX: u16 = 12;
        /// `6rd-prefixlen` (u16).
        pub const N6RD_PREFIXLEN: u16 = 13;
        /// `6rd-relay-prefixlen` (u16).
        pub const N6RD_RELAY_PREFIXLEN: u16 = 14;
        /// `encap-type` (u16).
        pub const ENCAP_TYPE: u16 = 15;
        /// `encap-flags` (u16).
        pub const ENCAP_FLAGS: u16 = 16;
        /// `encap-sport` (u16).
        pub const ENCAP_SPORT: u16 = 17;
        /// `encap-dport` (u16).
        pub const ENCAP_DPORT: u16 = 18;
        /// `collect-metadata` (flag).
        pub const COLLECT_METADATA: u16 = 19;
        /// `fwmark` (u32).
        pub const FWMARK: u16 = 20;
    }

    /// The attributes of `linkinfo-tun-attrs`.
    pub mod linkinfo_tun_attrs {
        /// `owner` (u32).
        pub const OWNER: u16 = 1;
        /// `group` (u32).
        pub const GROUP: u16 = 2;
        /// `type` (u8).
        pub const TYPE: u16 = 3;
        /// `pi` (u8).
        pub const PI: u16 = 4;
        /// `vnet-hdr` (u8).
        pub const VNET_HDR: u16 = 5;
        /// `persist` (u8).
        pub const PERSIST: u16 = 6;
        /// `multi-queue` (u8).
        pub const MULTI_QUEUE: u16 = 7;
        /// `num-queues` (u32).
        pub const NUM_QUEUES: u16 = 8;
        /// `num-disabled-queues` (u32).
        pub const NUM_DISABLED_QUEUES: u16 = 9;
    }

    /// The attributes of `linkinfo-vlan-attrs`.
    pub mod linkinfo_vlan_attrs {
        /// `id` (u16).
        pub const ID: u16 = 1;
        /// `flag` (binary).
        pub const FLAG: u16 = 2;
        /// `egress-qos` (nest).
        pub const EGRESS_QOS: u16 = 3;
        /// `ingress-qos` (nest).
        pub const INGRESS_QOS: u16 = 4;
        /// `protocol` (u16).
        pub const PROTOCOL: u16 = 5;
    }

    /// The attributes of `ifla-vlan-qos`.
    pub mod ifla_vlan_qos {
        /// `mapping` (binary).
        pub const MAPPING: u16 = 1;
    }

    /// The attributes of `linkinfo-vrf-attrs`.
    pub mod linkinfo_vrf_attrs {
        /// `table` (u32).
        pub const TABLE: u16 = 1;
    }

    /// The attributes of `xdp-attrs`.
    pub mod xdp_attrs {
        /// `fd` (s32).
        pub const FD: u16 = 1;
        /// `attached` (u8).
        pub const ATTACHED: u16 = 2;
        /// `flags` (u32).
        pub const FLAGS: u16 = 3;
        /// `prog-id` (u32).
        pub const PROG_ID: u16 = 4;
        /// `drv-prog-id` (u32).
        pub const DRV_PROG_ID: u16 = 5;
        /// `skb-prog-id` (u32).
        pub const SKB_PROG_ID: u16 = 6;
        /// `hw-prog-id` (u32).
        pub const HW_PROG_ID: u16 = 7;
        /// `expected-fd` (s32).
        pub const EXPECTED_FD: u16 = 8;
    }

    /// The attributes of `ifla-attrs`.
    pub mod ifla_attrs {
        /// `conf` (binary).
        pub const CONF: u16 = 1;
    }

    /// The attributes of `ifla6-attrs`.
    pub mod ifla6_attrs {
        /// `flags` (u32).
        pub const FLAGS: u16 = 1;
        /// `conf` (binary).
        pub const CONF: u16 = 2;
        /// `stats` (binary).
        pub const STATS: u16 = 3;
        /// `mcast` (binary).
        pub const MCAST: u16 = 4;
        /// `cacheinfo` (binary).
        pub const CACHEINFO: u16 = 5;
        /// `icmp6-stats` (binary).
        pub const ICMP6_STATS: u16 = 6;
        /// `token` (binary).
        pub const TOKEN: u16 = 7;
        /// `addr-gen-mode` (u8).
        pub const ADDR_GEN_MODE: u16 = 8;
        /// `ra-mtu` (u32).
        pub const RA_MTU: u16 = 9;
    }

    /// The attributes of `mctp-attrs`.
    pub mod mctp_attrs {
        /// `net` (u32).
        pub const NET: u16 = 1;
    }

    /// The attributes of `stats-attrs`.
    pub mod stats_attrs {
        /// `link-64` (binary).
        pub const LINK_64: u16 = 1;
        /// `link-xstats` (binary).
        pub const LINK_XSTATS: u16 = 2;
        /// `link-xstats-slave` (binary).
        pub const LINK_XSTATS_SLAVE: u16 = 3;
        /// `link-offload-xstats` (nest).
        pub const LINK_OFFLOAD_XSTATS: u16 = 4;
        /// `af-spec` (binary).
        pub const AF_SPEC: u16 = 5;
    }

    /// The attributes of `link-offload-xstats`.
    pub mod link_offload_xstats {
        /// `cpu-hit` (binary).
        pub const CPU_HIT: u16 = 1;
        /// `hw-s-info` (indexed-array).
        pub const HW_S_INFO: u16 = 2;
        /// `l3-stats` (binary).
        pub const L3_STATS: u16 = 3;
    }

    /// The attributes of `hw-s-info-one`.
    pub mod hw_s_info_one {
        /// `request` (u8).
        pub const REQUEST: u16 = 1;
        /// `used` (u8).
        pub const USED: u16 = 2;
    }

    /// The attributes of `link-dpll-pin-attrs`.
    pub mod link_dpll_pin_attrs {
        /// `id` (u32).
        pub const ID: u16 = 1;
    }

    /// The attributes of `linkinfo-netkit-attrs`.
    pub mod linkinfo_netkit_attrs {
        /// `peer-info` (binary).
        pub const PEER_INFO: u16 = 1;
        /// `primary` (u8).
        pub const PRIMARY: u16 = 2;
        /// `policy` (u32).
        pub const POLICY: u16 = 3;
        /// `peer-policy` (u32).
        pub const PEER_POLICY: u16 = 4;
        /// `mode` (u32).
        pub const MODE: u16 = 5;
    }
}

crate::attribute_set! {
    /// The attribute set `link-attrs`.
    pub struct LinkAttrs {}
    attributes {
        /// `address`.
        pub address: codec::Bytes = attrs::link_attrs::ADDRESS,
        /// `broadcast`.
        pub broadcast: codec::Bytes = attrs::link_attrs::BROADCAST,
        /// `ifname`.
        pub ifname: codec::Str = attrs::link_attrs::IFNAME,
        /// `mtu`.
        pub mtu: codec::U32 = attrs::link_attrs::MTU,
        /// `link`.
        pub link: codec::U32 = attrs::link_attrs::LINK,
        /// `qdisc`.
        pub qdisc: codec::Str = attrs::link_attrs::QDISC,
        /// `stats`.
        pub stats: codec::StructTrailing<RtnlLinkStats> = attrs::link_attrs::STATS,
        /// `cost`.
        pub cost: codec::Str = attrs::link_attrs::COST,
        /// `priority`.
        pub priority: codec::Str = attrs::link_attrs::PRIORITY,
        /// `master`.
        pub master: codec::U32 = attrs::link_attrs::MASTER,
        /// `wireless`.
        pub wireless: codec::Str = attrs::link_attrs::WIRELESS,
        /// `protinfo`.
        pub protinfo: codec::Str = attrs::link_attrs::PROTINFO,
        /// `txqlen`.
        ///
        /// The kernel checks: max 32767.
        pub txqlen: codec::U32 = attrs::link_attrs::TXQLEN,
        /// `map`.
        pub map: codec::StructTrailing<RtnlLinkIfmap> = attrs::link_attrs::MAP,
        /// `weight`.
        pub weight: codec::U32 = attrs::link_attrs::WEIGHT,
        /// `operstate`.
        pub operstate: codec::U8 = attrs::link_attrs::OPERSTATE,
        /// `linkmode`.
        pub linkmode: codec::U8 = attrs::link_attrs::LINKMODE,
        /// `linkinfo`.
        pub linkinfo: codec::Nested<LinkinfoAttrs> = attrs::link_attrs::LINKINFO,
        /// `net-ns-pid`.
        pub net_ns_pid: codec::U32 = attrs::link_attrs::NET_NS_PID,
        /// `ifalias`.
        pub ifalias: codec::Str = attrs::link_attrs::IFALIAS,
        /// `num-vf`.
        pub num_vf: codec::U32 = attrs::link_attrs::NUM_VF,
        /// `vfinfo-list`.
        pub vfinfo_list: codec::Nested<VfinfoListAttrs> = attrs::link_attrs::VFINFO_LIST,
        /// `stats64`.
        ///
        /// A `struct rtnl-link-stats64`, raw.
        pub stats64: codec::Bytes = attrs::link_attrs::STATS64,
        /// `vf-ports`.
        pub vf_ports: codec::Nested<VfPortsAttrs> = attrs::link_attrs::VF_PORTS,
        /// `port-self`.
        pub port_self: codec::Nested<PortSelfAttrs> = attrs::link_attrs::PORT_SELF,
        /// `af-spec`.
        pub af_spec: codec::Nested<AfSpecAttrs> = attrs::link_attrs::AF_SPEC,
        /// `group`.
        pub group: codec::U32 = attrs::link_attrs::GROUP,
        /// `net-ns-fd`.
        pub net_ns_fd: codec::U32 = attrs::link_attrs::NET_NS_FD,
        /// `ext-mask`.
        pub ext_mask: codec::Enum32<RtextFilter> = attrs::link_attrs::EXT_MASK,
        /// `promiscuity`.
        pub promiscuity: codec::U32 = attrs::link_attrs::PROMISCUITY,
        /// `num-tx-queues`.
        pub num_tx_queues: codec::U32 = attrs::link_attrs::NUM_TX_QUEUES,
        /// `num-rx-queues`.
        pub num_rx_queues: codec::U32 = attrs::link_attrs::NUM_RX_QUEUES,
        /// `carrier`.
        pub carrier: codec::U8 = attrs::link_attrs::CARRIER,
        /// `phys-port-id`.
        pub phys_port_id: codec::Bytes = attrs::link_attrs::PHYS_PORT_ID,
        /// `carrier-changes`.
        pub carrier_changes: codec::U32 = attrs::link_attrs::CARRIER_CHANGES,
        /// `phys-switch-id`.
        pub phys_switch_id: codec::Bytes = attrs::link_attrs::PHYS_SWITCH_ID,
        /// `link-netnsid`.
        pub link_netnsid: codec::I32 = attrs::link_attrs::LINK_NETNSID,
        /// `phys-port-name`.
        pub phys_port_name: codec::Str = attrs::link_attrs::PHYS_PORT_NAME,
        /// `proto-down`.
        pub proto_down: codec::U8 = attrs::link_attrs::PROTO_DOWN,
        /// `gso-max-segs`.
        pub gso_max_segs: codec::U32 = attrs::link_attrs::GSO_MAX_SEGS,
        /// `gso-max-size`.
        pub gso_max_size: codec::U32 = attrs::link_attrs::GSO_MAX_SIZE,
        /// `xdp`.
        pub xdp: codec::Nested<XdpAttrs> = attrs::link_attrs::XDP,
        /// `event`.
        pub event: codec::U32 = attrs::link_attrs::EVENT,
        /// `new-netnsid`.
        pub new_netnsid: codec::I32 = attrs::link_attrs::NEW_NETNSID,
        /// `target-netnsid`.
        pub target_netnsid: codec::I32 = attrs::link_attrs::TARGET_NETNSID,
        /// `carrier-up-count`.
        pub carrier_up_count: codec::U32 = attrs::link_attrs::CARRIER_UP_COUNT,
        /// `carrier-down-count`.
        pub carrier_down_count: codec::U32 = attrs::link_attrs::CARRIER_DOWN_COUNT,
        /// `new-ifindex`.
        pub new_ifindex: codec::I32 = attrs::link_attrs::NEW_IFINDEX,
        /// `min-mtu`.
        pub min_mtu: codec::U32 = attrs::link_attrs::MIN_MTU,
        /// `max-mtu`.
        pub max_mtu: codec::U32 = attrs::link_attrs::MAX_MTU,
        /// `prop-list`.
        pub prop_list: codec::Nested<PropListLinkAttrs> = attrs::link_attrs::PROP_LIST,
        /// `alt-ifname`.
        pub alt_ifname: codec::Str = attrs::link_attrs::ALT_IFNAME,
        /// `perm-address`.
        pub perm_address: codec::Bytes = attrs::link_attrs::PERM_ADDRESS,
        /// `proto-down-reason`.
        pub proto_down_reason: codec::Str = attrs::link_attrs::PROTO_DOWN_REASON,
        /// `parent-dev-name`.
        pub parent_dev_name: codec::Str = attrs::link_attrs::PARENT_DEV_NAME,
        /// `parent-dev-bus-name`.
        pub parent_dev_bus_name: codec::Str = attrs::link_attrs::PARENT_DEV_BUS_NAME,
        /// `gro-max-size`.
        pub gro_max_size: codec::U32 = attrs::link_attrs::GRO_MAX_SIZE,
        /// `tso-max-size`.
        pub tso_max_size: codec::U32 = attrs::link_attrs::TSO_MAX_SIZE,
        /// `tso-max-segs`.
        pub tso_max_segs: codec::U32 = attrs::link_attrs::TSO_MAX_SEGS,
        /// `allmulti`.
        pub allmulti: codec::U32 = attrs::link_attrs::ALLMULTI,
        /// `devlink-port`.
        pub devlink_port: codec::Bytes = attrs::link_attrs::DEVLINK_PORT,
        /// `gso-ipv4-max-size`.
        pub gso_ipv4_max_size: codec::U32 = attrs::link_attrs::GSO_IPV4_MAX_SIZE,
        /// `gro-ipv4-max-size`.
        pub gro_ipv4_max_size: codec::U32 = attrs::link_attrs::GRO_IPV4_MAX_SIZE,
        /// `dpll-pin`.
        pub dpll_pin: codec::Nested<LinkDpllPinAttrs> = attrs::link_attrs::DPLL_PIN,
    }
}

crate::attribute_set! {
    /// The attribute set `prop-list-link-attrs`. A subset of `link-attrs`: [`LinkAttrs`].
    pub struct PropListLinkAttrs {}
    attributes {
        /// `alt-ifname`.
        pub alt_ifname: codec::Multi<codec::Str> = attrs::link_attrs::ALT_IFNAME,
    }
}

crate::attribute_set! {
    /// The attribute set `af-spec-attrs`.
    pub struct AfSpecAttrs {}
    attributes {
        /// `inet`.
        pub inet: codec::Nested<IflaAttrs> = attrs::af_spec_attrs::INET,
        /// `inet6`.
        pub inet6: codec::Nested<Ifla6Attrs> = attrs::af_spec_attrs::INET6,
        /// `mctp`.
        pub mctp: codec::Nested<MctpAttrs> = attrs::af_spec_attrs::MCTP,
    }
}

crate::attribute_set! {
    /// The attribute set `vfinfo-list-attrs`.
    pub struct VfinfoListAttrs {}
    attributes {
        /// `info`.
        pub info: codec::Multi<codec::Nested<VfinfoAttrs>> = attrs::vfinfo_list_attrs::INFO,
    }
}

crate::attribute_set! {
    /// The attribute set `vfinfo-attrs`.
    pub struct VfinfoAttrs {}
    attributes {
        /// `mac`.
        pub mac: codec::StructTrailing<IflaVfMac> = attrs::vfinfo_attrs::MAC,
        /// `vlan`.
        pub vlan: codec::StructTrailing<IflaVfVlan> = attrs::vfinfo_attrs::VLAN,
        /// `tx-rate`.
        pub tx_rate: codec::StructTrailing<IflaVfTxRate> = attrs::vfinfo_attrs::TX_RATE,
        /// `spoofchk`.
        pub spoofchk: codec::StructTrailing<IflaVfSpoofchk> = attrs::vfinfo_attrs::SPOOFCHK,
        /// `link-state`.
        pub link_state: codec::StructTrailing<IflaVfLinkState> = attrs::vfinfo_attrs::LINK_STATE,
        /// `rate`.
        pub rate: codec::StructTrailing<IflaVfRate> = attrs::vfinfo_attrs::RATE,
        /// `rss-query-en`.
        pub rss_query_en: codec::StructTrailing<IflaVfRssQueryEn> = attrs::vfinfo_attrs::RSS_QUERY_EN,
        /// `stats`.
        pub stats: codec::Nested<VfStatsAttrs> = attrs::vfinfo_attrs::STATS,
        /// `trust`.
        pub trust: codec::StructTrailing<IflaVfTrust> = attrs::vfinfo_attrs::TRUST,
        /// `ib-node-guid`.
        pub ib_node_guid: codec::StructTrailing<IflaVfGuid> = attrs::vfinfo_attrs::IB_NODE_GUID,
        /// `ib-port-guid`.
        pub ib_port_guid: codec::StructTrailing<IflaVfGuid> = attrs::vfinfo_attrs::IB_PORT_GUID,
        /// `vlan-list`.
        pub vlan_list: codec::Nested<VfVlanAttrs> = attrs::vfinfo_attrs::VLAN_LIST,
        /// `broadcast`.
        pub broadcast: codec::Bytes = attrs::vfinfo_attrs::BROADCAST,
    }
}

crate::attribute_set! {
    /// The attribute set `vf-stats-attrs`.
    pub struct VfStatsAttrs {}
    attributes {
        /// `rx-packets`.
        pub rx_packets: codec::U64 = attrs::vf_stats_attrs::RX_PACKETS,
        /// `tx-packets`.
        pub tx_packets: codec::U64 = attrs::vf_stats_attrs::TX_PACKETS,
        /// `rx-bytes`.
        pub rx_bytes: codec::U64 = attrs::vf_stats_attrs::RX_BYTES,
        /// `tx-bytes`.
        pub tx_bytes: codec::U64 = attrs::vf_stats_attrs::TX_BYTES,
        /// `broadcast`.
        pub broadcast: codec::U64 = attrs::vf_stats_attrs::BROADCAST,
        /// `multicast`.
        pub multicast: codec::U64 = attrs::vf_stats_attrs::MULTICAST,
        /// `rx-dropped`.
        pub rx_dropped: codec::U64 = attrs::vf_stats_attrs::RX_DROPPED,
        /// `tx-dropped`.
        pub tx_dropped: codec::U64 = attrs::vf_stats_attrs::TX_DROPPED,
    }
}

crate::attribute_set! {
    /// The attribute set `vf-vlan-attrs`.
    pub struct VfVlanAttrs {}
    attributes {
        /// `info`.
        pub info: codec::Multi<codec::StructTrailing<IflaVfVlanInfo>> = attrs::vf_vlan_attrs::INFO,
    }
}

crate::attribute_set! {
    /// The attribute set `vf-ports-attrs`.
    pub struct VfPortsAttrs {}
    attributes {
    }
}

crate::attribute_set! {
    /// The attribute set `port-self-attrs`.
    pub struct PortSelfAttrs {}
    attributes {
    }
}

crate::attribute_set! {
    /// The attribute set `linkinfo-attrs`.
    pub struct LinkinfoAttrs {}
    attributes {
        /// `kind`.
        pub kind: codec::Str = attrs::linkinfo_attrs::KIND,
        /// `data`.
        ///
        /// Raw; its format is selected by `kind`: read it with [`LinkinfoDataMsg::parse`].
        pub data: codec::Bytes = attrs::linkinfo_attrs::DATA,
        /// `xstats`.
        pub xstats: codec::Bytes = attrs::linkinfo_attrs::XSTATS,
        /// `slave-kind`.
        pub slave_kind: codec::Str = attrs::linkinfo_attrs::SLAVE_KIND,
        /// `slave-data`.
        ///
        /// Raw; its format is selected by `slave-kind`: read it with
        /// [`LinkinfoMemberDataMsg::parse`].
        pub slave_data: codec::Bytes = attrs::linkinfo_attrs::SLAVE_DATA,
    }
}

crate::attribute_set! {
    /// The attribute set `linkinfo-bond-attrs`.
    pub struct LinkinfoBondAttrs {}
    attributes {
        /// `mode`.
        pub mode: codec::U8 = attrs::linkinfo_bond_attrs::MODE,
        /// `active-slave`.
        pub active_slave: codec::U32 = attrs::linkinfo_bond_attrs::ACTIVE_SLAVE,
        /// `miimon`.
        pub miimon: codec::U32 = attrs::linkinfo_bond_attrs::MIIMON,
        /// `updelay`.
        pub updelay: codec::U32 = attrs::linkinfo_bond_attrs::UPDELAY,
        /// `downdelay`.
        pub downdelay: codec::U32 = attrs::linkinfo_bond_attrs::DOWNDELAY,
        /// `use-carrier`.
        pub use_carrier: codec::U8 = attrs::linkinfo_bond_attrs::USE_CARRIER,
        /// `arp-interval`.
        pub arp_interval: codec::U32 = attrs::linkinfo_bond_attrs::ARP_INTERVAL,
        /// `arp-ip-target`.
        pub arp_ip_target: codec::IndexedArray<codec::U32Be> = attrs::linkinfo_bond_attrs::ARP_IP_TARGET,
        /// `arp-validate`.
        pub arp_validate: codec::U32 = attrs::linkinfo_bond_attrs::ARP_VALIDATE,
        /// `arp-all-targets`.
        pub arp_all_targets: codec::U32 = attrs::linkinfo_bond_attrs::ARP_ALL_TARGETS,
        /// `primary`.
        pub primary: codec::U32 = attrs::linkinfo_bond_attrs::PRIMARY,
        /// `primary-reselect`.
        pub primary_reselect: codec::U8 = attrs::linkinfo_bond_attrs::PRIMARY_RESELECT,
        /// `fail-over-mac`.
        pub fail_over_mac: codec::U8 = attrs::linkinfo_bond_attrs::FAIL_OVER_MAC,
        /// `xmit-hash-policy`.
        pub xmit_hash_policy: codec::U8 = attrs::linkinfo_bond_attrs::XMIT_HASH_POLICY,
        /// `resend-igmp`.
        pub resend_igmp: codec::U32 = attrs::linkinfo_bond_attrs::RESEND_IGMP,
        /// `num-peer-notif`.
        pub num_peer_notif: codec::U8 = attrs::linkinfo_bond_attrs::NUM_PEER_NOTIF,
        /// `all-slaves-active`.
        pub all_slaves_active: codec::U8 = attrs::linkinfo_bond_attrs::ALL_SLAVES_ACTIVE,
        /// `min-links`.
        pub min_links: codec::U32 = attrs::linkinfo_bond_attrs::MIN_LINKS,
        /// `lp-interval`.
        pub lp_interval: codec::U32 = attrs::linkinfo_bond_attrs::LP_INTERVAL,
        /// `packets-per-slave`.
        pub packets_per_slave: codec::U32 = attrs::linkinfo_bond_attrs::PACKETS_PER_SLAVE,
        /// `ad-lacp-rate`.
        pub ad_lacp_rate: codec::U8 = attrs::linkinfo_bond_attrs::AD_LACP_RATE,
        /// `ad-select`.
        pub ad_select: codec::U8 = attrs::linkinfo_bond_attrs::AD_SELECT,
        /// `ad-info`.
        pub ad_info: codec::Nested<BondAdInfoAttrs> = attrs::linkinfo_bond_attrs::AD_INFO,
        /// `ad-actor-sys-prio`.
        pub ad_actor_sys_prio: codec::U16 = attrs::linkinfo_bond_attrs::AD_ACTOR_SYS_PRIO,
        /// `ad-user-port-key`.
        pub ad_user_port_key: codec::U16 = attrs::linkinfo_bond_attrs::AD_USER_PORT_KEY,
        /// `ad-actor-system`.
        pub ad_actor_system: codec::Bytes = attrs::linkinfo_bond_attrs::AD_ACTOR_SYSTEM,
        /// `tlb-dynamic-lb`.
        pub tlb_dynamic_lb: codec::U8 = attrs::linkinfo_bond_attrs::TLB_DYNAMIC_LB,
        /// `peer-notif-delay`.
        pub peer_notif_delay: codec::U32 = attrs::linkinfo_bond_attrs::PEER_NOTIF_DELAY,
        /// `ad-lacp-active`.
        pub ad_lacp_active: codec::U8 = attrs::linkinfo_bond_attrs::AD_LACP_ACTIVE,
        /// `missed-max`.
        pub missed_max: codec::U8 = attrs::linkinfo_bond_attrs::MISSED_MAX,
        /// `ns-ip6-target`.
        pub ns_ip6_target: codec::IndexedArray<codec::Bytes> = attrs::linkinfo_bond_attrs::NS_IP6_TARGET,
        /// `coupled-control`.
        pub coupled_control: codec::U8 = attrs::linkinfo_bond_attrs::COUPLED_CONTROL,
    }
}

crate::attribute_set! {
    /// The attribute set `bond-ad-info-attrs`.
    pub struct BondAdInfoAttrs {}
    attributes {
        /// `aggregator`.
        pub aggregator: codec::U16 = attrs::bond_ad_info_attrs::AGGREGATOR,
        /// `num-ports`.
        pub num_ports: codec::U16 = attrs::bond_ad_info_attrs::NUM_PORTS,
        /// `actor-key`.
        pub actor_key: codec::U16 = attrs::bond_ad_info_attrs::ACTOR_KEY,
        /// `partner-key`.
        pub partner_key: codec::U16 = attrs::bond_ad_info_attrs::PARTNER_KEY,
        /// `partner-mac`.
        pub partner_mac: codec::Bytes = attrs::bond_ad_info_attrs::PARTNER_MAC,
    }
}

crate::attribute_set! {
    /// The attribute set `bond-slave-attrs`.
    pub struct BondSlaveAttrs {}
    attributes {
        /// `state`.
        pub state: codec::U8 = attrs::bond_slave_attrs::STATE,
        /// `mii-status`.
        pub mii_status: codec::U8 = attrs::bond_slave_attrs::MII_STATUS,
        /// `link-failure-count`.
        pub link_failure_count: codec::U32 = attrs::bond_slave_attrs::LINK_FAILURE_COUNT,
        /// `perm-hwaddr`.
        pub perm_hwaddr: codec::Bytes = attrs::bond_slave_attrs::PERM_HWADDR,
        /// `queue-id`.
        pub queue_id: codec::U16 = attrs::bond_slave_attrs::QUEUE_ID,
        /// `ad-aggregator-id`.
        pub ad_aggregator_id: codec::U16 = attrs::bond_slave_attrs::AD_AGGREGATOR_ID,
        /// `ad-actor-oper-port-state`.
        pub ad_actor_oper_port_state: codec::U8 = attrs::bond_slave_attrs::AD_ACTOR_OPER_PORT_STATE,
        /// `ad-partner-oper-port-state`.
        pub ad_partner_oper_port_state: codec::U16 = attrs::bond_slave_attrs::AD_PARTNER_OPER_PORT_STATE,
        /// `prio`.
        pub prio: codec::U32 = attrs::bond_slave_attrs::PRIO,
    }
}

crate::attribute_set! {
    /// The attribute set `linkinfo-bridge-attrs`.
    pub struct LinkinfoBridgeAttrs {}
    attributes {
        /// `forward-delay`.
        pub forward_delay: codec::U32 = attrs::linkinfo_bridge_attrs::FORWARD_DELAY,
        /// `hello-time`.
        pub hello_time: codec::U32 = attrs::linkinfo_bridge_attrs::HELLO_TIME,
        /// `max-age`.
        pub max_age: codec::U32 = attrs::linkinfo_bridge_attrs::MAX_AGE,
        /// `ageing-time`.
        pub ageing_time: codec::U32 = attrs::linkinfo_bridge_attrs::AGEING_TIME,
        /// `stp-state`.
        pub stp_state: codec::U32 = attrs::linkinfo_bridge_attrs::STP_STATE,
        /// `priority`.
        pub priority: codec::U16 = attrs::linkinfo_bridge_attrs::PRIORITY,
        /// `vlan-filtering`.
        pub vlan_filtering: codec::U8 = attrs::linkinfo_bridge_attrs::VLAN_FILTERING,
        /// `vlan-protocol`.
        pub vlan_protocol: codec::U16 = attrs::linkinfo_bridge_attrs::VLAN_PROTOCOL,
        /// `group-fwd-mask`.
        pub group_fwd_mask: codec::U16 = attrs::linkinfo_bridge_attrs::GROUP_FWD_MASK,
        /// `root-id`.
        pub root_id: codec::StructTrailing<IflaBridgeId> = attrs::linkinfo_bridge_attrs::ROOT_ID,
        /// `bridge-id`.
        pub bridge_id: codec::StructTrailing<IflaBridgeId> = attrs::linkinfo_bridge_attrs::BRIDGE_ID,
        /// `root-port`.
        pub root_port: codec::U16 = attrs::linkinfo_bridge_attrs::ROOT_PORT,
        /// `root-path-cost`.
        pub root_path_cost: codec::U32 = attrs::linkinfo_bridge_attrs::ROOT_PATH_COST,
        /// `topology-change`.
        pub topology_change: codec::U8 = attrs::linkinfo_bridge_attrs::TOPOLOGY_CHANGE,
        /// `topology-change-detected`.
        pub topology_change_detected: codec::U8 = attrs::linkinfo_bridge_attrs::TOPOLOGY_CHANGE_DETECTED,
        /// `hello-timer`.
        pub hello_timer: codec::U64 = attrs::linkinfo_bridge_attrs::HELLO_TIMER,
        /// `tcn-timer`.
        pub tcn_timer: codec::U64 = attrs::linkinfo_bridge_attrs::TCN_TIMER,
        /// `topology-change-timer`.
        pub topology_change_timer: codec::U64 = attrs::linkinfo_bridge_attrs::TOPOLOGY_CHANGE_TIMER,
        /// `gc-timer`.
        pub gc_timer: codec::U64 = attrs::linkinfo_bridge_attrs::GC_TIMER,
        /// `group-addr`.
        pub group_addr: codec::Bytes = attrs::linkinfo_bridge_attrs::GROUP_ADDR,
        /// `fdb-flush`.
        pub fdb_flush: codec::Bytes = attrs::linkinfo_bridge_attrs::FDB_FLUSH,
        /// `mcast-router`.
        pub mcast_router: codec::U8 = attrs::linkinfo_bridge_attrs::MCAST_ROUTER,
        /// `mcast-snooping`.
        pub mcast_snooping: codec::U8 = attrs::linkinfo_bridge_attrs::MCAST_SNOOPING,
        /// `mcast-query-use-ifaddr`.
        pub mcast_query_use_ifaddr: codec::U8 = attrs::linkinfo_bridge_attrs::MCAST_QUERY_USE_IFADDR,
        /// `mcast-querier`.
        pub mcast_querier: codec::U8 = attrs::linkinfo_bridge_attrs::MCAST_QUERIER,
        /// `mcast-hash-elasticity`.
        pub mcast_hash_elasticity: codec::U32 = attrs::linkinfo_bridge_attrs::MCAST_HASH_ELASTICITY,
        /// `mcast-hash-max`.
        pub mcast_hash_max: codec::U32 = attrs::linkinfo_bridge_attrs::MCAST_HASH_MAX,
        /// `mcast-last-member-cnt`.
        pub mcast_last_member_cnt: codec::U32 = attrs::linkinfo_bridge_attrs::MCAST_LAST_MEMBER_CNT,
        /// `mcast-startup-query-cnt`.
        pub mcast_startup_query_cnt: codec::U32 = attrs::linkinfo_bridge_attrs::MCAST_STARTUP_QUERY_CNT,
        /// `mcast-last-member-intvl`.
        pub mcast_last_member_intvl: codec::U64 = attrs::linkinfo_bridge_attrs::MCAST_LAST_MEMBER_INTVL,
        /// `mcast-membership-intvl`.
        pub mcast_membership_intvl: codec::U64 = attrs::linkinfo_bridge_attrs::MCAST_MEMBERSHIP_INTVL,
        /// `mcast-querier-intvl`.
        pub mcast_querier_intvl: codec::U64 = attrs::linkinfo_bridge_attrs::MCAST_QUERIER_INTVL,
        /// `mcast-query-intvl`.
        pub mcast_query_intvl: codec::U64 = attrs::linkinfo_bridge_attrs::MCAST_QUERY_INTVL,
        /// `mcast-query-response-intvl`.
        pub mcast_query_response_intvl: codec::U64 = attrs::linkinfo_bridge_attrs::MCAST_QUERY_RESPONSE_INTVL,
        /// `mcast-startup-query-intvl`.
        pub mcast_startup_query_intvl: codec::U64 = attrs::linkinfo_bridge_attrs::MCAST_STARTUP_QUERY_INTVL,
        /// `nf-call-iptables`.
        pub nf_call_iptables: codec::U8 = attrs::linkinfo_bridge_attrs::NF_CALL_IPTABLES,
        /// `nf-call-ip6-tables`.
        pub nf_call_ip6_tables: codec::U8 = attrs::linkinfo_bridge_attrs::NF_CALL_IP6_TABLES,
        /// `nf-call-arptables`.
        pub nf_call_arptables: codec::U8 = attrs::linkinfo_bridge_attrs::NF_CALL_ARPTABLES,
        /// `vlan-default-pvid`.
        pub vlan_default_pvid: codec::U16 = attrs::linkinfo_bridge_attrs::VLAN_DEFAULT_PVID,
        /// `vlan-stats-enabled`.
        pub vlan_stats_enabled: codec::U8 = attrs::linkinfo_bridge_attrs::VLAN_STATS_ENABLED,
        /// `mcast-stats-enabled`.
        pub mcast_stats_enabled: codec::U8 = attrs::linkinfo_bridge_attrs::MCAST_STATS_ENABLED,
        /// `mcast-igmp-version`.
        pub mcast_igmp_version: codec::U8 = attrs::linkinfo_bridge_attrs::MCAST_IGMP_VERSION,
        /// `mcast-mld-version`.
        pub mcast_mld_version: codec::U8 = attrs::linkinfo_bridge_attrs::MCAST_MLD_VERSION,
        /// `vlan-stats-per-port`.
        pub vlan_stats_per_port: codec::U8 = attrs::linkinfo_bridge_attrs::VLAN_STATS_PER_PORT,
        /// `multi-boolopt`.
        pub multi_boolopt: codec::StructTrailing<BrBooloptMulti> = attrs::linkinfo_bridge_attrs::MULTI_BOOLOPT,
        /// `mcast-querier-state`.
        pub mcast_querier_state: codec::Bytes = attrs::linkinfo_bridge_attrs::MCAST_QUERIER_STATE,
        /// `fdb-n-learned`.
        pub fdb_n_learned: codec::U32 = attrs::linkinfo_bridge_attrs::FDB_N_LEARNED,
        /// `fdb-max-learned`.
        pub fdb_max_learned: codec::U32 = attrs::linkinfo_bridge_attrs::FDB_MAX_LEARNED,
    }
}

crate::attribute_set! {
    /// The attribute set `linkinfo-brport-attrs`.
    pub struct LinkinfoBrportAttrs {}
    attributes {
        /// `state`.
        pub state: codec::U8 = attrs::linkinfo_brport_attrs::STATE,
        /// `priority`.
        pub priority: codec::U16 = attrs::linkinfo_brport_attrs::PRIORITY,
        /// `cost`.
        pub cost: codec::U32 = attrs::linkinfo_brport_attrs::COST,
        /// `mode`.
        pub mode: codec::U8 = attrs::linkinfo_brport_attrs::MODE,
        /// `guard`.
        pub guard: codec::U8 = attrs::linkinfo_brport_attrs::GUARD,
        /// `protect`.
        pub protect: codec::U8 = attrs::linkinfo_brport_attrs::PROTECT,
        /// `fast-leave`.
        pub fast_leave: codec::U8 = attrs::linkinfo_brport_attrs::FAST_LEAVE,
        /// `learning`.
        pub learning: codec::U8 = attrs::linkinfo_brport_attrs::LEARNING,
        /// `unicast-flood`.
        pub unicast_flood: codec::U8 = attrs::linkinfo_brport_attrs::UNICAST_FLOOD,
        /// `proxyarp`.
        pub proxyarp: codec::U8 = attrs::linkinfo_brport_attrs::PROXYARP,
        /// `learning-sync`.
        pub learning_sync: codec::U8 = attrs::linkinfo_brport_attrs::LEARNING_SYNC,
        /// `proxyarp-wifi`.
        pub proxyarp_wifi: codec::U8 = attrs::linkinfo_brport_attrs::PROXYARP_WIFI,
        /// `root-id`.
        pub root_id: codec::StructTrailing<IflaBridgeId> = attrs::linkinfo_brport_attrs::ROOT_ID,
        /// `bridge-id`.
        pub bridge_id: codec::StructTrailing<IflaBridgeId> = attrs::linkinfo_brport_attrs::BRIDGE_ID,
        /// `designated-port`.
        pub designated_port: codec::U16 = attrs::linkinfo_brport_attrs::DESIGNATED_PORT,
        /// `designated-cost`.
        pub designated_cost: codec::U16 = attrs::linkinfo_brport_attrs::DESIGNATED_COST,
        /// `id`.
        pub id: codec::U16 = attrs::linkinfo_brport_attrs::ID,
        /// `no`.
        pub no: codec::U16 = attrs::linkinfo_brport_attrs::NO,
        /// `topology-change-ack`.
        pub topology_change_ack: codec::U8 = attrs::linkinfo_brport_attrs::TOPOLOGY_CHANGE_ACK,
        /// `config-pending`.
        pub config_pending: codec::U8 = attrs::linkinfo_brport_attrs::CONFIG_PENDING,
        /// `message-age-timer`.
        pub message_age_timer: codec::U64 = attrs::linkinfo_brport_attrs::MESSAGE_AGE_TIMER,
        /// `forward-delay-timer`.
        pub forward_delay_timer: codec::U64 = attrs::linkinfo_brport_attrs::FORWARD_DELAY_TIMER,
        /// `hold-timer`.
        pub hold_timer: codec::U64 = attrs::linkinfo_brport_attrs::HOLD_TIMER,
        /// `flush`.
        pub flush: codec::Flag = attrs::linkinfo_brport_attrs::FLUSH,
        /// `multicast-router`.
        pub multicast_router: codec::U8 = attrs::linkinfo_brport_attrs::MULTICAST_ROUTER,
        /// `mcast-flood`.
        pub mcast_flood: codec::U8 = attrs::linkinfo_brport_attrs::MCAST_FLOOD,
        /// `mcast-to-ucast`.
        pub mcast_to_ucast: codec::U8 = attrs::linkinfo_brport_attrs::MCAST_TO_UCAST,
        /// `vlan-tunnel`.
        pub vlan_tunnel: codec::U8 = attrs::linkinfo_brport_attrs::VLAN_TUNNEL,
        /// `bcast-flood`.
        pub bcast_flood: codec::U8 = attrs::linkinfo_brport_attrs::BCAST_FLOOD,
        /// `group-fwd-mask`.
        pub group_fwd_mask: codec::U16 = attrs::linkinfo_brport_attrs::GROUP_FWD_MASK,
        /// `neigh-suppress`.
        pub neigh_suppress: codec::U8 = attrs::linkinfo_brport_attrs::NEIGH_SUPPRESS,
        /// `isolated`.
        pub isolated: codec::U8 = attrs::linkinfo_brport_attrs::ISOLATED,
        /// `backup-port`.
        pub backup_port: codec::U32 = attrs::linkinfo_brport_attrs::BACKUP_PORT,
        /// `mrp-ring-open`.
        pub mrp_ring_open: codec::U8 = attrs::linkinfo_brport_attrs::MRP_RING_OPEN,
        /// `mrp-in-open`.
        pub mrp_in_open: codec::U8 = attrs::linkinfo_brport_attrs::MRP_IN_OPEN,
        /// `mcast-eht-hosts-limit`.
        pub mcast_eht_hosts_limit: codec::U32 = attrs::linkinfo_brport_attrs::MCAST_EHT_HOSTS_LIMIT,
        /// `mcast-eht-hosts-cnt`.
        pub mcast_eht_hosts_cnt: codec::U32 = attrs::linkinfo_brport_attrs::MCAST_EHT_HOSTS_CNT,
        /// `locked`.
        pub locked: codec::U8 = attrs::linkinfo_brport_attrs::LOCKED,
        /// `mab`.
        pub mab: codec::U8 = attrs::linkinfo_brport_attrs::MAB,
        /// `mcast-n-groups`.
        pub mcast_n_groups: codec::U32 = attrs::linkinfo_brport_attrs::MCAST_N_GROUPS,
        /// `mcast-max-groups`.
        pub mcast_max_groups: codec::U32 = attrs::linkinfo_brport_attrs::MCAST_MAX_GROUPS,
        /// `neigh-vlan-suppress`.
        pub neigh_vlan_suppress: codec::U8 = attrs::linkinfo_brport_attrs::NEIGH_VLAN_SUPPRESS,
        /// `backup-nhid`.
        pub backup_nhid: codec::U32 = attrs::linkinfo_brport_attrs::BACKUP_NHID,
    }
}

crate::attribute_set! {
    /// The attribute set `linkinfo-gre-attrs`.
    pub struct LinkinfoGreAttrs {}
    attributes {
        /// `link`.
        pub link: codec::U32 = attrs::linkinfo_gre_attrs::LINK,
        /// `iflags`.
        pub iflags: codec::U16 = attrs::linkinfo_gre_attrs::IFLAGS,
        /// `oflags`.
        pub oflags: codec::U16 = attrs::linkinfo_gre_attrs::OFLAGS,
        /// `ikey`.
        pub ikey: codec::U32 = attrs::linkinfo_gre_attrs::IKEY,
        /// `okey`.
        pub okey: codec::U32 = attrs::linkinfo_gre_attrs::OKEY,
        /// `local`.
        pub local: codec::Bytes = attrs::linkinfo_gre_attrs::LOCAL,
        /// `remote`.
        pub remote: codec::Bytes = attrs::linkinfo_gre_attrs::REMOTE,
        /// `ttl`.
        pub ttl: codec::U8 = attrs::linkinfo_gre_attrs::TTL,
        /// `tos`.
        pub tos: codec::U8 = attrs::linkinfo_gre_attrs::TOS,
        /// `pmtudisc`.
        pub pmtudisc: codec::U8 = attrs::linkinfo_gre_attrs::PMTUDISC,
        /// `encap-limit`.
        pub encap_limit: codec::U32 = attrs::linkinfo_gre_attrs::ENCAP_LIMIT,
        /// `flowinfo`.
        pub flowinfo: codec::U32 = attrs::linkinfo_gre_attrs::FLOWINFO,
        /// `flags`.
        pub flags: codec::U32 = attrs::linkinfo_gre_attrs::FLAGS,
        /// `encap-type`.
        pub encap_type: codec::U16 = attrs::linkinfo_gre_attrs::ENCAP_TYPE,
        /// `encap-flags`.
        pub encap_flags: codec::U16 = attrs::linkinfo_gre_attrs::ENCAP_FLAGS,
        /// `encap-sport`.
        pub encap_sport: codec::U16 = attrs::linkinfo_gre_attrs::ENCAP_SPORT,
        /// `encap-dport`.
        pub encap_dport: codec::U16 = attrs::linkinfo_gre_attrs::ENCAP_DPORT,
        /// `collect-metadata`.
        pub collect_metadata: codec::Flag = attrs::linkinfo_gre_attrs::COLLECT_METADATA,
        /// `ignore-df`.
        pub ignore_df: codec::U8 = attrs::linkinfo_gre_attrs::IGNORE_DF,
        /// `fwmark`.
        pub fwmark: codec::U32 = attrs::linkinfo_gre_attrs::FWMARK,
        /// `erspan-index`.
        pub erspan_index: codec::U32 = attrs::linkinfo_gre_attrs::ERSPAN_INDEX,
        /// `erspan-ver`.
        pub erspan_ver: codec::U8 = attrs::linkinfo_gre_attrs::ERSPAN_VER,
        /// `erspan-dir`.
        pub erspan_dir: codec::U8 = attrs::linkinfo_gre_attrs::ERSPAN_DIR,
        /// `erspan-hwid`.
        pub erspan_hwid: codec::U16 = attrs::linkinfo_gre_attrs::ERSPAN_HWID,
    }
}

crate::attribute_set! {
    /// The attribute set `linkinfo-geneve-attrs`.
    pub struct LinkinfoGeneveAttrs {}
    attributes {
        /// `id`.
        pub id: codec::U32 = attrs::linkinfo_geneve_attrs::ID,
        /// `remote`.
        pub remote: codec::Bytes = attrs::linkinfo_geneve_attrs::REMOTE,
        /// `ttl`.
        pub ttl: codec::U8 = attrs::linkinfo_geneve_attrs::TTL,
        /// `tos`.
        pub tos: codec::U8 = attrs::linkinfo_geneve_attrs::TOS,
        /// `port`.
        pub port: codec::U16 = attrs::linkinfo_geneve_attrs::PORT,
        /// `collect-metadata`.
        pub collect_metadata: codec::Flag = attrs::linkinfo_geneve_attrs::COLLECT_METADATA,
        /// `remote6`.
        pub remote6: codec::Bytes = attrs::linkinfo_geneve_attrs::REMOTE6,
        /// `udp-csum`.
        pub udp_csum: codec::U8 = attrs::linkinfo_geneve_attrs::UDP_CSUM,
        /// `udp-zero-csum6-tx`.
        pub udp_zero_csum6_tx: codec::U8 = attrs::linkinfo_geneve_attrs::UDP_ZERO_CSUM6_TX,
        /// `udp-zero-csum6-rx`.
        pub udp_zero_csum6_rx: codec::U8 = attrs::linkinfo_geneve_attrs::UDP_ZERO_CSUM6_RX,
        /// `label`.
        pub label: codec::U32 = attrs::linkinfo_geneve_attrs::LABEL,
        /// `ttl-inherit`.
        pub ttl_inherit: codec::U8 = attrs::linkinfo_geneve_attrs::TTL_INHERIT,
        /// `df`.
        pub df: codec::U8 = attrs::linkinfo_geneve_attrs::DF,
        /// `inner-proto-inherit`.
        pub inner_proto_inherit: codec::Flag = attrs::linkinfo_geneve_attrs::INNER_PROTO_INHERIT,
    }
}

crate::attribute_set! {
    /// The attribute set `linkinfo-iptun-attrs`.
    pub struct LinkinfoIptunAttrs {}
    attributes {
        /// `link`.
        pub link: codec::U32 = attrs::linkinfo_iptun_attrs::LINK,
        /// `local`.
        pub local: codec::Bytes = attrs::linkinfo_iptun_attrs::LOCAL,
        /// `remote`.
        pub remote: codec::Bytes = attrs::linkinfo_iptun_attrs::REMOTE,
        /// `ttl`.
        pub ttl: codec::U8 = attrs::linkinfo_iptun_attrs::TTL,
        /// `tos`.
        pub tos: codec::U8 = attrs::linkinfo_iptun_attrs::TOS,
        /// `encap-limit`.
        pub encap_limit: codec::U8 = attrs::linkinfo_iptun_attrs::ENCAP_LIMIT,
        /// `flowinfo`.
        pub flowinfo: codec::U32 = attrs::linkinfo_iptun_attrs::FLOWINFO,
        /// `flags`.
        pub flags: codec::U16 = attrs::linkinfo_iptun_attrs::FLAGS,
        /// `proto`.
        pub proto: codec::U8 = attrs::linkinfo_iptun_attrs::PROTO,
        /// `pmtudisc`.
        pub pmtudisc: codec::U8 = attrs::linkinfo_iptun_attrs::PMTUDISC,
        /// `6rd-prefix`.
        pub n6rd_prefix: codec::Bytes = attrs::linkinfo_iptun_attrs::N6RD_PREFIX,
        /// `6rd-relay-prefix`.
        pub n6rd_relay_prefix: codec::Bytes = attrs::linkinfo_iptun_attrs::N6RD_RELAY_PREFIX,
        /// `6rd-prefixlen`.
        pub n6rd_prefixlen: codec::U16 = attrs::linkinfo_iptun_attrs::N6RD_PREFIXLEN,
        /// `6rd-relay-prefixlen`.
        pub n6rd_relay_prefixlen: codec::U16 = attrs::linkinfo_iptun_attrs::N6RD_RELAY_PREFIXLEN,
        /// `encap-type`.
        pub encap_type: codec::U16 = attrs::linkinfo_iptun_attrs::ENCAP_TYPE,
        /// `encap-flags`.
        pub encap_flags: codec::U16 = attrs::linkinfo_iptun_attrs::ENCAP_FLAGS,
        /// `encap-sport`.
        pub encap_sport: codec::U16 = attrs::linkinfo_iptun_attrs::ENCAP_SPORT,
        /// `encap-dport`.
        pub encap_dport: codec::U16 = attrs::linkinfo_iptun_attrs::ENCAP_DPORT,
        /// `collect-metadata`.
        pub collect_metadata: codec::Flag = attrs::linkinfo_iptun_attrs::COLLECT_METADATA,
        /// `fwmark`.
        pub fwmark: codec::U32 = attrs::linkinfo_iptun_attrs::FWMARK,
    }
}

crate::attribute_set! {
    /// The attribute set `linkinfo-tun-attrs`.
    pub struct LinkinfoTunAttrs {}
    attributes {
        /// `owner`.
        pub owner: codec::U32 = attrs::linkinfo_tun_attrs::OWNER,
        /// `group`.
        pub group: codec::U32 = attrs::linkinfo_tun_attrs::GROUP,
        /// `type`.
        pub type_: codec::U8 = attrs::linkinfo_tun_attrs::TYPE,
        /// `pi`.
        pub pi: codec::U8 = attrs::linkinfo_tun_attrs::PI,
        /// `vnet-hdr`.
        pub vnet_hdr: codec::U8 = attrs::linkinfo_tun_attrs::VNET_HDR,
        /// `persist`.
        pub persist: codec::U8 = attrs::linkinfo_tun_attrs::PERSIST,
        /// `multi-queue`.
        pub multi_queue: codec::U8 = attrs::linkinfo_tun_attrs::MULTI_QUEUE,
        /// `num-queues`.
        pub num_queues: codec::U32 = attrs::linkinfo_tun_attrs::NUM_QUEUES,
        /// `num-disabled-queues`.
        pub num_disabled_queues: codec::U32 = attrs::linkinfo_tun_attrs::NUM_DISABLED_QUEUES,
    }
}

crate::attribute_set! {
    /// The attribute set `linkinfo-vlan-attrs`.
    pub struct LinkinfoVlanAttrs {}
    attributes {
        /// `id`.
        pub id: codec::U16 = attrs::linkinfo_vlan_attrs::ID,
        /// `flag`.
        pub flag: codec::StructTrailing<IflaVlanFlags> = attrs::linkinfo_vlan_attrs::FLAG,
        /// `egress-qos`.
        pub egress_qos: codec::Nested<IflaVlanQos> = attrs::linkinfo_vlan_attrs::EGRESS_QOS,
        /// `ingress-qos`.
        pub ingress_qos: codec::Nested<IflaVlanQos> = attrs::linkinfo_vlan_attrs::INGRESS_QOS,
        /// `protocol`.
        ///
        /// Values of `vlan-protocols`.
        pub protocol: codec::U16Be = attrs::linkinfo_vlan_attrs::PROTOCOL,
    }
}

crate::attribute_set! {
    /// The attribute set `ifla-vlan-qos`.
    pub struct IflaVlanQos {}
    attributes {
        /// `mapping`.
        pub mapping: codec::Multi<codec::StructTrailing<IflaVlanQosMapping>> = attrs::ifla_vlan_qos::MAPPING,
    }
}

crate::attribute_set! {
    /// The attribute set `linkinfo-vrf-attrs`.
    pub struct LinkinfoVrfAttrs {}
    attributes {
        /// `table`.
        pub table: codec::U32 = attrs::linkinfo_vrf_attrs::TABLE,
    }
}

crate::attribute_set! {
    /// The attribute set `xdp-attrs`.
    pub struct XdpAttrs {}
    attributes {
        /// `fd`.
        pub fd: codec::I32 = attrs::xdp_attrs::FD,
        /// `attached`.
        pub attached: codec::U8 = attrs::xdp_attrs::ATTACHED,
        /// `flags`.
        pub flags: codec::U32 = attrs::xdp_attrs::FLAGS,
        /// `prog-id`.
        pub prog_id: codec::U32 = attrs::xdp_attrs::PROG_ID,
        /// `drv-prog-id`.
        pub drv_prog_id: codec::U32 = attrs::xdp_attrs::DRV_PROG_ID,
        /// `skb-prog-id`.
        pub skb_prog_id: codec::U32 = attrs::xdp_attrs::SKB_PROG_ID,
        /// `hw-prog-id`.
        pub hw_prog_id: codec::U32 = attrs::xdp_attrs::HW_PROG_ID,
        /// `expected-fd`.
        pub expected_fd: codec::I32 = attrs::xdp_attrs::EXPECTED_FD,
    }
}

crate::attribute_set! {
    /// The attribute set `ifla-attrs`.
    pub struct IflaAttrs {}
    attributes {
        /// `conf`.
        ///
        /// A `struct ipv4-devconf`, raw.
        pub conf: codec::Bytes = attrs::ifla_attrs::CONF,
    }
}

crate::attribute_set! {
    /// The attribute set `ifla6-attrs`.
    pub struct Ifla6Attrs {}
    attributes {
        /// `flags`.
        pub flags: codec::U32 = attrs::ifla6_attrs::FLAGS,
        /// `conf`.
        ///
        /// A `struct ipv6-devconf`, raw.
        pub conf: codec::Bytes = attrs::ifla6_attrs::CONF,
        /// `stats`.
        ///
        /// A `struct ifla-inet6-stats`, raw.
        pub stats: codec::Bytes = attrs::ifla6_attrs::STATS,
        /// `mcast`.
        pub mcast: codec::Bytes = attrs::ifla6_attrs::MCAST,
        /// `cacheinfo`.
        pub cacheinfo: codec::StructTrailing<IflaCacheinfo> = attrs::ifla6_attrs::CACHEINFO,
        /// `icmp6-stats`.
        pub icmp6_stats: codec::StructTrailing<IflaIcmp6Stats> = attrs::ifla6_attrs::ICMP6_STATS,
        /// `token`.
        pub token: codec::Bytes = attrs::ifla6_attrs::TOKEN,
        /// `addr-gen-mode`.
        pub addr_gen_mode: codec::U8 = attrs::ifla6_attrs::ADDR_GEN_MODE,
        /// `ra-mtu`.
        pub ra_mtu: codec::U32 = attrs::ifla6_attrs::RA_MTU,
    }
}

crate::attribute_set! {
    /// The attribute set `mctp-attrs`.
    pub struct MctpAttrs {}
    attributes {
        /// `net`.
        pub net: codec::U32 = attrs::mctp_attrs::NET,
    }
}

crate::attribute_set! {
    /// The attribute set `stats-attrs`.
    pub struct StatsAttrs {}
    attributes {
        /// `link-64`.
        ///
        /// A `struct rtnl-link-stats64`, raw.
        pub link_64: codec::Bytes = attrs::stats_attrs::LINK_64,
        /// `link-xstats`.
        pub link_xstats: codec::Bytes = attrs::stats_attrs::LINK_XSTATS,
        /// `link-xstats-slave`.
        pub link_xstats_slave: codec::Bytes = attrs::stats_attrs::LINK_XSTATS_SLAVE,
        /// `link-offload-xstats`.
        pub link_offload_xstats: codec::Nested<LinkOffloadXstats> = attrs::stats_attrs::LINK_OFFLOAD_XSTATS,
        /// `af-spec`.
        pub af_spec: codec::Bytes = attrs::stats_attrs::AF_SPEC,
    }
}

crate::attribute_set! {
    /// The attribute set `link-offload-xstats`.
    pub struct LinkOffloadXstats {}
    attributes {
        /// `cpu-hit`.
        pub cpu_hit: codec::Bytes = attrs::link_offload_xstats::CPU_HIT,
        /// `hw-s-info`.
        pub hw_s_info: codec::IndexedArray<codec::Nested<HwSInfoOne>> = attrs::link_offload_xstats::HW_S_INFO,
        /// `l3-stats`.
        pub l3_stats: codec::Bytes = attrs::link_offload_xstats::L3_STATS,
    }
}

crate::attribute_set! {
    /// The attribute set `hw-s-info-one`.
    pub struct HwSInfoOne {}
    attributes {
        /// `request`.
        pub request: codec::U8 = attrs::hw_s_info_one::REQUEST,
        /// `used`.
        pub used: codec::U8 = attrs::hw_s_info_one::USED,
    }
}

crate::attribute_set! {
    /// The attribute set `link-dpll-pin-attrs`.
    pub struct LinkDpllPinAttrs {}
    attributes {
        /// `id`.
        pub id: codec::U32 = attrs::link_dpll_pin_attrs::ID,
    }
}

crate::attribute_set! {
    /// The attribute set `linkinfo-netkit-attrs`.
    pub struct LinkinfoNetkitAttrs {}
    attributes {
        /// `peer-info`.
        pub peer_info: codec::Bytes = attrs::linkinfo_netkit_attrs::PEER_INFO,
        /// `primary`.
        pub primary: codec::U8 = attrs::linkinfo_netkit_attrs::PRIMARY,
        /// `policy`.
        pub policy: codec::Enum32<NetkitPolicy> = attrs::linkinfo_netkit_attrs::POLICY,
        /// `peer-policy`.
        pub peer_policy: codec::Enum32<NetkitPolicy> = attrs::linkinfo_netkit_attrs::PEER_POLICY,
        /// `mode`.
        pub mode: codec::Enum32<NetkitMode> = attrs::linkinfo_netkit_attrs::MODE,
    }
}

/// The formats of the sub-message `linkinfo-data-msg`, by the value of the attribute that selects
/// them.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)]
pub enum LinkinfoDataMsg {
    /// `bond`.
    Bond(LinkinfoBondAttrs),
    /// `bridge`.
    Bridge(LinkinfoBridgeAttrs),
    /// `erspan`.
    Erspan(LinkinfoGreAttrs),
    /// `gre`.
    Gre(LinkinfoGreAttrs),
    /// `gretap`.
    Gretap(LinkinfoGreAttrs),
    /// `geneve`.
    Geneve(LinkinfoGeneveAttrs),
    /// `ipip`.
    Ipip(LinkinfoIptunAttrs),
    /// `sit`.
    Sit(LinkinfoIptunAttrs),
    /// `tun`.
    Tun(LinkinfoTunAttrs),
    /// `vlan`.
    Vlan(LinkinfoVlanAttrs),
    /// `vrf`.
    Vrf(LinkinfoVrfAttrs),
    /// `netkit`.
    Netkit(LinkinfoNetkitAttrs),
    /// A format the spec does not describe: the payload, raw.
    Other(Vec<u8>),
}

impl LinkinfoDataMsg {
    /// Reads `payload` in the format `selector` names (an unknown one is kept raw).
    #[allow(clippy::too_many_lines)] // one arm per format
    pub fn parse(selector: &str, payload: &[u8]) -> Result<Self, DecodeError> {
        Ok(match selector {
            "bond" => LinkinfoDataMsg::Bond(super::parse_fixed::<super::NoHeader, LinkinfoBondAttrs>(payload)?.1),
            "bridge" => LinkinfoDataMsg::Bridge(super::parse_fixed::<super::NoHeader, LinkinfoBridgeAttrs>(payload)?.1),
            "erspan" => LinkinfoDataMsg::Erspan(super::parse_fixed::<super::NoHeader, LinkinfoGreAttrs>(payload)?.1),
            "gre" => LinkinfoDataMsg::Gre(super::parse_fixed::<super::NoHeader, LinkinfoGreAttrs>(payload)?.1),
            "gretap" => LinkinfoDataMsg::Gretap(super::parse_fixed::<super::NoHeader, LinkinfoGreAttrs>(payload)?.1),
            "geneve" => LinkinfoDataMsg::Geneve(super::parse_fixed::<super::NoHeader, LinkinfoGeneveAttrs>(payload)?.1),
            "ipip" => LinkinfoDataMsg::Ipip(super::parse_fixed::<super::NoHeader, LinkinfoIptunAttrs>(payload)?.1),
            "sit" => LinkinfoDataMsg::Sit(super::parse_fixed::<super::NoHeader, LinkinfoIptunAttrs>(payload)?.1),
            "tun" => LinkinfoDataMsg::Tun(super::parse_fixed::<super::NoHeader, LinkinfoTunAttrs>(payload)?.1),
            "vlan" => LinkinfoDataMsg::Vlan(super::parse_fixed::<super::NoHeader, LinkinfoVlanAttrs>(payload)?.1),
            "vrf" => LinkinfoDataMsg::Vrf(super::parse_fixed::<super::NoHeader, LinkinfoVrfAttrs>(payload)?.1),
            "netkit" => LinkinfoDataMsg::Netkit(super::parse_fixed::<super::NoHeader, LinkinfoNetkitAttrs>(payload)?.1),
            _ => Self::Other(payload.to_vec()),
        })
    }

    /// Appends the payload (fixed header, attributes).
    #[allow(clippy::too_many_lines)] // one arm per format
    pub fn emit(&self, b: &mut MessageBuilder) {
        match self {
            LinkinfoDataMsg::Bond(a) => {
                a.write_attrs(b);
            }
            LinkinfoDataMsg::Bridge(a) => {
                a.write_attrs(b);
            }
            LinkinfoDataMsg::Erspan(a) => {
                a.write_attrs(b);
            }
            LinkinfoDataMsg::Gre(a) => {
                a.write_attrs(b);
            }
            LinkinfoDataMsg::Gretap(a) => {
                a.write_attrs(b);
            }
            LinkinfoDataMsg::Geneve(a) => {
                a.write_attrs(b);
            }
            LinkinfoDataMsg::Ipip(a) => {
                a.write_attrs(b);
            }
            LinkinfoDataMsg::Sit(a) => {
                a.write_attrs(b);
            }
            LinkinfoDataMsg::Tun(a) => {
                a.write_attrs(b);
            }
            LinkinfoDataMsg::Vlan(a) => {
                a.write_attrs(b);
            }
            LinkinfoDataMsg::Vrf(a) => {
                a.write_attrs(b);
            }
            LinkinfoDataMsg::Netkit(a) => {
                a.write_attrs(b);
            }
            LinkinfoDataMsg::Other(raw) => {
                b.push_bytes(raw);
            }
        }
    }
}

/// The formats of the sub-message `linkinfo-member-data-msg`, by the value of the attribute that
/// selects them.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)]
pub enum LinkinfoMemberDataMsg {
    /// `bridge`.
    Bridge(LinkinfoBrportAttrs),
    /// `bond`.
    Bond(BondSlaveAttrs),
    /// A format the spec does not describe: the payload, raw.
    Other(Vec<u8>),
}

impl LinkinfoMemberDataMsg {
    /// Reads `payload` in the format `selector` names (an unknown one is kept raw).
    #[allow(clippy::too_many_lines)] // one arm per format
    pub fn parse(selector: &str, payload: &[u8]) -> Result<Self, DecodeError> {
        Ok(match selector {
            "bridge" => LinkinfoMemberDataMsg::Bridge(super::parse_fixed::<super::NoHeader, LinkinfoBrportAttrs>(payload)?.1),
            "bond" => LinkinfoMemberDataMsg::Bond(super::parse_fixed::<super::NoHeader, BondSlaveAttrs>(payload)?.1),
            _ => Self::Other(payload.to_vec()),
        })
    }

    /// Appends the payload (fixed header, attributes).
    #[allow(clippy::too_many_lines)] // one arm per format
    pub fn emit(&self, b: &mut MessageBuilder) {
        match self {
            LinkinfoMemberDataMsg::Bridge(a) => {
                a.write_attrs(b);
            }
            LinkinfoMemberDataMsg::Bond(a) => {
                a.write_attrs(b);
            }
            LinkinfoMemberDataMsg::Other(raw) => {
                b.push_bytes(raw);
            }
        }
    }
}

/// The message types (`nlmsghdr.nlmsg_type`) of each operation; `_REPLY` where the kernel answers
/// with another type.
pub mod message_type {
    /// `newlink`: Create a new link.
    pub const NEWLINK: u16 = 16;
    /// `dellink`: Delete an existing link.
    pub const DELLINK: u16 = 17;
    /// `getlink`: Get / dump information about a link.
    pub const GETLINK: u16 = 18;
    /// `getlink` (reply): Get / dump information about a link.
    pub const GETLINK_REPLY: u16 = 16;
    /// `setlink`: Set information about a link.
    pub const SETLINK: u16 = 19;
    /// `getstats`: Get / dump link stats.
    pub const GETSTATS: u16 = 94;
    /// `getstats` (reply): Get / dump link stats.
    pub const GETSTATS_REPLY: u16 = 92;
}

/// The multicast groups, by number.
pub mod mcgrp {
    /// `rtnlgrp-link`.
    pub const RTNLGRP_LINK: u32 = 1;
    /// `rtnlgrp-stats`.
    pub const RTNLGRP_STATS: u32 = 36;
}

crate::attribute_set! {
    /// The request of `newlink`: attributes of `link-attrs` (`ifname`, `net-ns-pid`, `net-ns-fd`,
    /// `target-netnsid`, `link-netnsid`, `linkinfo`, `group`, `num-tx-queues`, `num-rx-queues`,
    /// `address`, `broadcast`, `mtu`, `txqlen`, `operstate`, `linkmode`, `gso-max-size`,
    /// `gso-max-segs`, `gro-max-size`, `gso-ipv4-max-size`, `gro-ipv4-max-size`, `af-spec`).
    pub struct NewlinkRequest {
        /// The fixed header.
        pub header: Ifinfomsg,
    }
    attributes {
        /// `ifname`.
        pub ifname: codec::Str = attrs::link_attrs::IFNAME,
        /// `net-ns-pid`.
        pub net_ns_pid: codec::U32 = attrs::link_attrs::NET_NS_PID,
        /// `net-ns-fd`.
        pub net_ns_fd: codec::U32 = attrs::link_attrs::NET_NS_FD,
        /// `target-netnsid`.
        pub target_netnsid: codec::I32 = attrs::link_attrs::TARGET_NETNSID,
        /// `link-netnsid`.
        pub link_netnsid: codec::I32 = attrs::link_attrs::LINK_NETNSID,
        /// `linkinfo`.
        pub linkinfo: codec::Nested<LinkinfoAttrs> = attrs::link_attrs::LINKINFO,
        /// `group`.
        pub group: codec::U32 = attrs::link_attrs::GROUP,
        /// `num-tx-queues`.
        pub num_tx_queues: codec::U32 = attrs::link_attrs::NUM_TX_QUEUES,
        /// `num-rx-queues`.
        pub num_rx_queues: codec::U32 = attrs::link_attrs::NUM_RX_QUEUES,
        /// `address`.
        pub address: codec::Bytes = attrs::link_attrs::ADDRESS,
        /// `broadcast`.
        pub broadcast: codec::Bytes = attrs::link_attrs::BROADCAST,
        /// `mtu`.
        pub mtu: codec::U32 = attrs::link_attrs::MTU,
        /// `txqlen`.
        ///
        /// The kernel checks: max 32767.
        pub txqlen: codec::U32 = attrs::link_attrs::TXQLEN,
        /// `operstate`.
        pub operstate: codec::U8 = attrs::link_attrs::OPERSTATE,
        /// `linkmode`.
        pub linkmode: codec::U8 = attrs::link_attrs::LINKMODE,
        /// `gso-max-size`.
        pub gso_max_size: codec::U32 = attrs::link_attrs::GSO_MAX_SIZE,
        /// `gso-max-segs`.
        pub gso_max_segs: codec::U32 = attrs::link_attrs::GSO_MAX_SEGS,
        /// `gro-max-size`.
        pub gro_max_size: codec::U32 = attrs::link_attrs::GRO_MAX_SIZE,
        /// `gso-ipv4-max-size`.
        pub gso_ipv4_max_size: codec::U32 = attrs::link_attrs::GSO_IPV4_MAX_SIZE,
        /// `gro-ipv4-max-size`.
        pub gro_ipv4_max_size: codec::U32 = attrs::link_attrs::GRO_IPV4_MAX_SIZE,
        /// `af-spec`.
        pub af_spec: codec::Nested<AfSpecAttrs> = attrs::link_attrs::AF_SPEC,
    }
}

/// `newlink` (do): Create a new link.
///
/// The kernel answers with an acknowledgement only.
pub fn newlink(request: &NewlinkRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::NEWLINK, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `dellink`: attributes of `link-attrs` (`ifname`).
    pub struct DellinkRequest {
        /// The fixed header.
        pub header: Ifinfomsg,
    }
    attributes {
        /// `ifname`.
        pub ifname: codec::Str = attrs::link_attrs::IFNAME,
    }
}

/// `dellink` (do): Delete an existing link.
///
/// The kernel answers with an acknowledgement only.
pub fn dellink(request: &DellinkRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DELLINK, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getlink`: attributes of `link-attrs` (`ifname`, `alt-ifname`, `ext-mask`,
    /// `target-netnsid`).
    pub struct GetlinkRequest {
        /// The fixed header.
        pub header: Ifinfomsg,
    }
    attributes {
        /// `ifname`.
        pub ifname: codec::Str = attrs::link_attrs::IFNAME,
        /// `alt-ifname`.
        pub alt_ifname: codec::Str = attrs::link_attrs::ALT_IFNAME,
        /// `ext-mask`.
        pub ext_mask: codec::Enum32<RtextFilter> = attrs::link_attrs::EXT_MASK,
        /// `target-netnsid`.
        pub target_netnsid: codec::I32 = attrs::link_attrs::TARGET_NETNSID,
    }
}

/// `getlink` (do): Get / dump information about a link.
///
/// Each reply is a [`LinkAttrs`].
pub fn getlink(request: &GetlinkRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETLINK, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getlink` (dump): attributes of `link-attrs` (`target-netnsid`, `ext-mask`,
    /// `master`, `linkinfo`).
    pub struct GetlinkDumpRequest {
        /// The fixed header.
        pub header: Ifinfomsg,
    }
    attributes {
        /// `target-netnsid`.
        pub target_netnsid: codec::I32 = attrs::link_attrs::TARGET_NETNSID,
        /// `ext-mask`.
        pub ext_mask: codec::Enum32<RtextFilter> = attrs::link_attrs::EXT_MASK,
        /// `master`.
        pub master: codec::U32 = attrs::link_attrs::MASTER,
        /// `linkinfo`.
        pub linkinfo: codec::Nested<LinkinfoAttrs> = attrs::link_attrs::LINKINFO,
    }
}

/// `getlink` (dump): Get / dump information about a link.
///
/// Each reply is a [`LinkAttrs`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn getlink_dump(request: &GetlinkDumpRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETLINK, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `setlink`: attributes of `link-attrs` (`address`, `broadcast`, `ifname`,
    /// `mtu`, `link`, `qdisc`, `stats`, `cost`, `priority`, `master`, `wireless`, `protinfo`,
    /// `txqlen`, `map`, `weight`, `operstate`, `linkmode`, `linkinfo`, `net-ns-pid`, `ifalias`,
    /// `num-vf`, `vfinfo-list`, `stats64`, `vf-ports`, `port-self`, `af-spec`, `group`,
    /// `net-ns-fd`, `ext-mask`, `promiscuity`, `num-tx-queues`, `num-rx-queues`, `carrier`,
    /// `phys-port-id`, `carrier-changes`, `phys-switch-id`, `link-netnsid`, `phys-port-name`,
    /// `proto-down`, `gso-max-segs`, `gso-max-size`, `xdp`, `event`, `new-netnsid`,
    /// `target-netnsid`, `carrier-up-count`, `carrier-down-count`, `new-ifindex`, `min-mtu`,
    /// `max-mtu`, `prop-list`, `perm-address`, `proto-down-reason`, `parent-dev-name`,
    /// `parent-dev-bus-name`, `gro-max-size`, `tso-max-size`, `tso-max-segs`, `allmulti`,
    /// `devlink-port`, `gso-ipv4-max-size`, `gro-ipv4-max-size`).
    pub struct SetlinkRequest {
        /// The fixed header.
        pub header: Ifinfomsg,
    }
    attributes {
        /// `address`.
        pub address: codec::Bytes = attrs::link_attrs::ADDRESS,
        /// `broadcast`.
        pub broadcast: codec::Bytes = attrs::link_attrs::BROADCAST,
        /// `ifname`.
        pub ifname: codec::Str = attrs::link_attrs::IFNAME,
        /// `mtu`.
        pub mtu: codec::U32 = attrs::link_attrs::MTU,
        /// `link`.
        pub link: codec::U32 = attrs::link_attrs::LINK,
        /// `qdisc`.
        pub qdisc: codec::Str = attrs::link_attrs::QDISC,
        /// `stats`.
        pub stats: codec::StructTrailing<RtnlLinkStats> = attrs::link_attrs::STATS,
        /// `cost`.
        pub cost: codec::Str = attrs::link_attrs::COST,
        /// `priority`.
        pub priority: codec::Str = attrs::link_attrs::PRIORITY,
        /// `master`.
        pub master: codec::U32 = attrs::link_attrs::MASTER,
        /// `wireless`.
        pub wireless: codec::Str = attrs::link_attrs::WIRELESS,
        /// `protinfo`.
        pub protinfo: codec::Str = attrs::link_attrs::PROTINFO,
        /// `txqlen`.
        ///
        /// The kernel checks: max 32767.
        pub txqlen: codec::U32 = attrs::link_attrs::TXQLEN,
        /// `map`.
        pub map: codec::StructTrailing<RtnlLinkIfmap> = attrs::link_attrs::MAP,
        /// `weight`.
        pub weight: codec::U32 = attrs::link_attrs::WEIGHT,
        /// `operstate`.
        pub operstate: codec::U8 = attrs::link_attrs::OPERSTATE,
        /// `linkmode`.
        pub linkmode: codec::U8 = attrs::link_attrs::LINKMODE,
        /// `linkinfo`.
        pub linkinfo: codec::Nested<LinkinfoAttrs> = attrs::link_attrs::LINKINFO,
        /// `net-ns-pid`.
        pub net_ns_pid: codec::U32 = attrs::link_attrs::NET_NS_PID,
        /// `ifalias`.
        pub ifalias: codec::Str = attrs::link_attrs::IFALIAS,
        /// `num-vf`.
        pub num_vf: codec::U32 = attrs::link_attrs::NUM_VF,
        /// `vfinfo-list`.
        pub vfinfo_list: codec::Nested<VfinfoListAttrs> = attrs::link_attrs::VFINFO_LIST,
        /// `stats64`.
        ///
        /// A `struct rtnl-link-stats64`, raw.
        pub stats64: codec::Bytes = attrs::link_attrs::STATS64,
        /// `vf-ports`.
        pub vf_ports: codec::Nested<VfPortsAttrs> = attrs::link_attrs::VF_PORTS,
        /// `port-self`.
        pub port_self: codec::Nested<PortSelfAttrs> = attrs::link_attrs::PORT_SELF,
        /// `af-spec`.
        pub af_spec: codec::Nested<AfSpecAttrs> = attrs::link_attrs::AF_SPEC,
        /// `group`.
        pub group: codec::U32 = attrs::link_attrs::GROUP,
        /// `net-ns-fd`.
        pub net_ns_fd: codec::U32 = attrs::link_attrs::NET_NS_FD,
        /// `ext-mask`.
        pub ext_mask: codec::Enum32<RtextFilter> = attrs::link_attrs::EXT_MASK,
        /// `promiscuity`.
        pub promiscuity: codec::U32 = attrs::link_attrs::PROMISCUITY,
        /// `num-tx-queues`.
        pub num_tx_queues: codec::U32 = attrs::link_attrs::NUM_TX_QUEUES,
        /// `num-rx-queues`.
        pub num_rx_queues: codec::U32 = attrs::link_attrs::NUM_RX_QUEUES,
        /// `carrier`.
        pub carrier: codec::U8 = attrs::link_attrs::CARRIER,
        /// `phys-port-id`.
        pub phys_port_id: codec::Bytes = attrs::link_attrs::PHYS_PORT_ID,
        /// `carrier-changes`.
        pub carrier_changes: codec::U32 = attrs::link_attrs::CARRIER_CHANGES,
        /// `phys-switch-id`.
        pub phys_switch_id: codec::Bytes = attrs::link_attrs::PHYS_SWITCH_ID,
        /// `link-netnsid`.
        pub link_netnsid: codec::I32 = attrs::link_attrs::LINK_NETNSID,
        /// `phys-port-name`.
        pub phys_port_name: codec::Str = attrs::link_attrs::PHYS_PORT_NAME,
        /// `proto-down`.
        pub proto_down: codec::U8 = attrs::link_attrs::PROTO_DOWN,
        /// `gso-max-segs`.
        pub gso_max_segs: codec::U32 = attrs::link_attrs::GSO_MAX_SEGS,
        /// `gso-max-size`.
        pub gso_max_size: codec::U32 = attrs::link_attrs::GSO_MAX_SIZE,
        /// `xdp`.
        pub xdp: codec::Nested<XdpAttrs> = attrs::link_attrs::XDP,
        /// `event`.
        pub event: codec::U32 = attrs::link_attrs::EVENT,
        /// `new-netnsid`.
        pub new_netnsid: codec::I32 = attrs::link_attrs::NEW_NETNSID,
        /// `target-netnsid`.
        pub target_netnsid: codec::I32 = attrs::link_attrs::TARGET_NETNSID,
        /// `carrier-up-count`.
        pub carrier_up_count: codec::U32 = attrs::link_attrs::CARRIER_UP_COUNT,
        /// `carrier-down-count`.
        pub carrier_down_count: codec::U32 = attrs::link_attrs::CARRIER_DOWN_COUNT,
        /// `new-ifindex`.
        pub new_ifindex: codec::I32 = attrs::link_attrs::NEW_IFINDEX,
        /// `min-mtu`.
        pub min_mtu: codec::U32 = attrs::link_attrs::MIN_MTU,
        /// `max-mtu`.
        pub max_mtu: codec::U32 = attrs::link_attrs::MAX_MTU,
        /// `prop-list`.
        pub prop_list: codec::Nested<PropListLinkAttrs> = attrs::link_attrs::PROP_LIST,
        /// `perm-address`.
        pub perm_address: codec::Bytes = attrs::link_attrs::PERM_ADDRESS,
        /// `proto-down-reason`.
        pub proto_down_reason: codec::Str = attrs::link_attrs::PROTO_DOWN_REASON,
        /// `parent-dev-name`.
        pub parent_dev_name: codec::Str = attrs::link_attrs::PARENT_DEV_NAME,
        /// `parent-dev-bus-name`.
        pub parent_dev_bus_name: codec::Str = attrs::link_attrs::PARENT_DEV_BUS_NAME,
        /// `gro-max-size`.
        pub gro_max_size: codec::U32 = attrs::link_attrs::GRO_MAX_SIZE,
        /// `tso-max-size`.
        pub tso_max_size: codec::U32 = attrs::link_attrs::TSO_MAX_SIZE,
        /// `tso-max-segs`.
        pub tso_max_segs: codec::U32 = attrs::link_attrs::TSO_MAX_SEGS,
        /// `allmulti`.
        pub allmulti: codec::U32 = attrs::link_attrs::ALLMULTI,
        /// `devlink-port`.
        pub devlink_port: codec::Bytes = attrs::link_attrs::DEVLINK_PORT,
        /// `gso-ipv4-max-size`.
        pub gso_ipv4_max_size: codec::U32 = attrs::link_attrs::GSO_IPV4_MAX_SIZE,
        /// `gro-ipv4-max-size`.
        pub gro_ipv4_max_size: codec::U32 = attrs::link_attrs::GRO_IPV4_MAX_SIZE,
    }
}

/// `setlink` (do): Set information about a link.
///
/// The kernel answers with an acknowledgement only.
pub fn setlink(request: &SetlinkRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::SETLINK, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getstats`: attributes of `stats-attrs`.
    pub struct GetstatsRequest {
        /// The fixed header.
        pub header: IfStatsMsg,
    }
    attributes {}
}

/// `getstats` (do): Get / dump link stats.
///
/// Each reply is a [`StatsAttrs`].
pub fn getstats(request: &GetstatsRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETSTATS, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

/// `getstats` (dump): Get / dump link stats.
///
/// Each reply is a [`StatsAttrs`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn getstats_dump(request: &GetstatsRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETSTATS, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `link-attrs`.
    pub static LINK_ATTRS: SetNames = SetNames {
        name: "link-attrs",
        attrs: &[
            AttrName::value(1, "address"),
            AttrName::value(2, "broadcast"),
            AttrName::value(3, "ifname"),
            AttrName::value(4, "mtu"),
            AttrName::value(5, "link"),
            AttrName::value(6, "qdisc"),
            AttrName::value(7, "stats"),
            AttrName::value(8, "cost"),
            AttrName::value(9, "priority"),
            AttrName::value(10, "master"),
            AttrName::value(11, "wireless"),
            AttrName::value(12, "protinfo"),
            AttrName::value(13, "txqlen"),
            AttrName::value(14, "map"),
            AttrName::value(15, "weight"),
            AttrName::value(16, "operstate"),
            AttrName::value(17, "linkmode"),
            AttrName::nest(18, "linkinfo", &LINKINFO_ATTRS),
            AttrName::value(19, "net-ns-pid"),
            AttrName::value(20, "ifalias"),
            AttrName::value(21, "num-vf"),
            AttrName::nest(22, "vfinfo-list", &VFINFO_LIST_ATTRS),
            AttrName::value(23, "stats64"),
            AttrName::nest(24, "vf-ports", &VF_PORTS_ATTRS),
            AttrName::nest(25, "port-self", &PORT_SELF_ATTRS),
            AttrName::nest(26, "af-spec", &AF_SPEC_ATTRS),
            AttrName::value(27, "group"),
            AttrName::value(28, "net-ns-fd"),
            AttrName::value(29, "ext-mask"),
            AttrName::value(30, "promiscuity"),
            AttrName::value(31, "num-tx-queues"),
            AttrName::value(32, "num-rx-queues"),
            AttrName::value(33, "carrier"),
            AttrName::value(34, "phys-port-id"),
            AttrName::value(35, "carrier-changes"),
            AttrName::value(36, "phys-switch-id"),
            AttrName::value(37, "link-netnsid"),
            AttrName::value(38, "phys-port-name"),
            AttrName::value(39, "proto-down"),
            AttrName::value(40, "gso-max-segs"),
            AttrName::value(41, "gso-max-size"),
            AttrName::value(42, "pad"),
            AttrName::nest(43, "xdp", &XDP_ATTRS),
            AttrName::value(44, "event"),
            AttrName::value(45, "new-netnsid"),
            AttrName::value(46, "target-netnsid"),
            AttrName::value(47, "carrier-up-count"),
            AttrName::value(48, "carrier-down-count"),
            AttrName::value(49, "new-ifindex"),
            AttrName::value(50, "min-mtu"),
            AttrName::value(51, "max-mtu"),
            AttrName::nest(52, "prop-list", &PROP_LIST_LINK_ATTRS),
            AttrName::value(53, "alt-ifname"),
            AttrName::value(54, "perm-address"),
            AttrName::value(55, "proto-down-reason"),
            AttrName::value(56, "parent-dev-name"),
            AttrName::value(57, "parent-dev-bus-name"),
            AttrName::value(58, "gro-max-size"),
            AttrName::value(59, "tso-max-size"),
            AttrName::value(60, "tso-max-segs"),
            AttrName::value(61, "allmulti"),
            AttrName::value(62, "devlink-port"),
            AttrName::value(63, "gso-ipv4-max-size"),
            AttrName::value(64, "gro-ipv4-max-size"),
            AttrName::nest(65, "dpll-pin", &LINK_DPLL_PIN_ATTRS),
        ],
    };

    /// `prop-list-link-attrs`.
    pub static PROP_LIST_LINK_ATTRS: SetNames = SetNames {
        name: "prop-list-link-attrs",
        attrs: &[
            AttrName::value(53, "alt-ifname"),
        ],
    };

    /// `af-spec-attrs`.
    pub static AF_SPEC_ATTRS: SetNames = SetNames {
        name: "af-spec-attrs",
        attrs: &[
            AttrName::nest(2, "inet", &IFLA_ATTRS),
            AttrName::nest(10, "inet6", &IFLA6_ATTRS),
            AttrName::nest(45, "mctp", &MCTP_ATTRS),
        ],
    };

    /// `vfinfo-list-attrs`.
    pub static VFINFO_LIST_ATTRS: SetNames = SetNames {
        name: "vfinfo-list-attrs",
        attrs: &[
            AttrName::nest(1, "info", &VFINFO_ATTRS),
        ],
    };

    /// `vfinfo-attrs`.
    pub static VFINFO_ATTRS: SetNames = SetNames {
        name: "vfinfo-attrs",
        attrs: &[
            AttrName::value(1, "mac"),
            AttrName::value(2, "vlan"),
            AttrName::value(3, "tx-rate"),
            AttrName::value(4, "spoofchk"),
            AttrName::value(5, "link-state"),
            AttrName::value(6, "rate"),
            AttrName::value(7, "rss-query-en"),
            AttrName::nest(8, "stats", &VF_STATS_ATTRS),
            AttrName::value(9, "trust"),
            AttrName::value(10, "ib-node-guid"),
            AttrName::value(11, "ib-port-guid"),
            AttrName::nest(12, "vlan-list", &VF_VLAN_ATTRS),
            AttrName::value(13, "broadcast"),
        ],
    };

    /// `vf-stats-attrs`.
    pub static VF_STATS_ATTRS: SetNames = SetNames {
        name: "vf-stats-attrs",
        attrs: &[
            AttrName::value(0, "rx-packets"),
            AttrName::value(1, "tx-packets"),
            AttrName::value(2, "rx-bytes"),
            AttrName::value(3, "tx-bytes"),
            AttrName::value(4, "broadcast"),
            AttrName::value(5, "multicast"),
            AttrName::value(6, "pad"),
            AttrName::value(7, "rx-dropped"),
            AttrName::value(8, "tx-dropped"),
        ],
    };

    /// `vf-vlan-attrs`.
    pub static VF_VLAN_ATTRS: SetNames = SetNames {
        name: "vf-vlan-attrs",
        attrs: &[
            AttrName::value(1, "info"),
        ],
    };

    /// `vf-ports-attrs`.
    pub static VF_PORTS_ATTRS: SetNames = SetNames {
        name: "vf-ports-attrs",
        attrs: &[
        ],
    };

    /// `port-self-attrs`.
    pub static PORT_SELF_ATTRS: SetNames = SetNames {
        name: "port-self-attrs",
        attrs: &[
        ],
    };

    /// `linkinfo-attrs`.
    pub static LINKINFO_ATTRS: SetNames = SetNames {
        name: "linkinfo-attrs",
        attrs: &[
            AttrName::value(1, "kind"),
            AttrName::sub_message(2, "data", "kind", &LINKINFO_DATA_MSG_FORMATS),
            AttrName::value(3, "xstats"),
            AttrName::value(4, "slave-kind"),
            AttrName::sub_message(5, "slave-data", "slave-kind", &LINKINFO_MEMBER_DATA_MSG_FORMATS),
        ],
    };

    /// `linkinfo-bond-attrs`.
    pub static LINKINFO_BOND_ATTRS: SetNames = SetNames {
        name: "linkinfo-bond-attrs",
        attrs: &[
            AttrName::value(1, "mode"),
            AttrName::value(2, "active-slave"),
            AttrName::value(3, "miimon"),
            AttrName::value(4, "updelay"),
            AttrName::value(5, "downdelay"),
            AttrName::value(6, "use-carrier"),
            AttrName::value(7, "arp-interval"),
            AttrName::value(8, "arp-ip-target"),
            AttrName::value(9, "arp-validate"),
            AttrName::value(10, "arp-all-targets"),
            AttrName::value(11, "primary"),
            AttrName::value(12, "primary-reselect"),
            AttrName::value(13, "fail-over-mac"),
            AttrName::value(14, "xmit-hash-policy"),
            AttrName::value(15, "resend-igmp"),
            AttrName::value(16, "num-peer-notif"),
            AttrName::value(17, "all-slaves-active"),
            AttrName::value(18, "min-links"),
            AttrName::value(19, "lp-interval"),
            AttrName::value(20, "packets-per-slave"),
            AttrName::value(21, "ad-lacp-rate"),
            AttrName::value(22, "ad-select"),
            AttrName::nest(23, "ad-info", &BOND_AD_INFO_ATTRS),
            AttrName::value(24, "ad-actor-sys-prio"),
            AttrName::value(25, "ad-user-port-key"),
            AttrName::value(26, "ad-actor-system"),
            AttrName::value(27, "tlb-dynamic-lb"),
            AttrName::value(28, "peer-notif-delay"),
            AttrName::value(29, "ad-lacp-active"),
            AttrName::value(30, "missed-max"),
            AttrName::value(31, "ns-ip6-target"),
            AttrName::value(32, "coupled-control"),
        ],
    };

    /// `bond-ad-info-attrs`.
    pub static BOND_AD_INFO_ATTRS: SetNames = SetNames {
        name: "bond-ad-info-attrs",
        attrs: &[
            AttrName::value(1, "aggregator"),
            AttrName::value(2, "num-ports"),
            AttrName::value(3, "actor-key"),
            AttrName::value(4, "partner-key"),
            AttrName::value(5, "partner-mac"),
        ],
    };

    /// `bond-slave-attrs`.
    pub static BOND_SLAVE_ATTRS: SetNames = SetNames {
        name: "bond-slave-attrs",
        attrs: &[
            AttrName::value(1, "state"),
            AttrName::value(2, "mii-status"),
            AttrName::value(3, "link-failure-count"),
            AttrName::value(4, "perm-hwaddr"),
            AttrName::value(5, "queue-id"),
            AttrName::value(6, "ad-aggregator-id"),
            AttrName::value(7, "ad-actor-oper-port-state"),
            AttrName::value(8, "ad-partner-oper-port-state"),
            AttrName::value(9, "prio"),
        ],
    };

    /// `linkinfo-bridge-attrs`.
    pub static LINKINFO_BRIDGE_ATTRS: SetNames = SetNames {
        name: "linkinfo-bridge-attrs",
        attrs: &[
            AttrName::value(1, "forward-delay"),
            AttrName::value(2, "hello-time"),
            AttrName::value(3, "max-age"),
            AttrName::value(4, "ageing-time"),
            AttrName::value(5, "stp-state"),
            AttrName::value(6, "priority"),
            AttrName::value(7, "vlan-filtering"),
            AttrName::value(8, "vlan-protocol"),
            AttrName::value(9, "group-fwd-mask"),
            AttrName::value(10, "root-id"),
            AttrName::value(11, "bridge-id"),
            AttrName::value(12, "root-port"),
            AttrName::value(13, "root-path-cost"),
            AttrName::value(14, "topology-change"),
            AttrName::value(15, "topology-change-detected"),
            AttrName::value(16, "hello-timer"),
            AttrName::value(17, "tcn-timer"),
            AttrName::value(18, "topology-change-timer"),
            AttrName::value(19, "gc-timer"),
            AttrName::value(20, "group-addr"),
            AttrName::value(21, "fdb-flush"),
            AttrName::value(22, "mcast-router"),
            AttrName::value(23, "mcast-snooping"),
            AttrName::value(24, "mcast-query-use-ifaddr"),
            AttrName::value(25, "mcast-querier"),
            AttrName::value(26, "mcast-hash-elasticity"),
            AttrName::value(27, "mcast-hash-max"),
            AttrName::value(28, "mcast-last-member-cnt"),
            AttrName::value(29, "mcast-startup-query-cnt"),
            AttrName::value(30, "mcast-last-member-intvl"),
            AttrName::value(31, "mcast-membership-intvl"),
            AttrName::value(32, "mcast-querier-intvl"),
            AttrName::value(33, "mcast-query-intvl"),
            AttrName::value(34, "mcast-query-response-intvl"),
            AttrName::value(35, "mcast-startup-query-intvl"),
            AttrName::value(36, "nf-call-iptables"),
            AttrName::value(37, "nf-call-ip6-tables"),
            AttrName::value(38, "nf-call-arptables"),
            AttrName::value(39, "vlan-default-pvid"),
            AttrName::value(40, "pad"),
            AttrName::value(41, "vlan-stats-enabled"),
            AttrName::value(42, "mcast-stats-enabled"),
            AttrName::value(43, "mcast-igmp-version"),
            AttrName::value(44, "mcast-mld-version"),
            AttrName::value(45, "vlan-stats-per-port"),
            AttrName::value(46, "multi-boolopt"),
            AttrName::value(47, "mcast-querier-state"),
            AttrName::value(48, "fdb-n-learned"),
            AttrName::value(49, "fdb-max-learned"),
        ],
    };

    /// `linkinfo-brport-attrs`.
    pub static LINKINFO_BRPORT_ATTRS: SetNames = SetNames {
        name: "linkinfo-brport-attrs",
        attrs: &[
            AttrName::value(1, "state"),
            AttrName::value(2, "priority"),
            AttrName::value(3, "cost"),
            AttrName::value(4, "mode"),
            AttrName::value(5, "guard"),
            AttrName::value(6, "protect"),
            AttrName::value(7, "fast-leave"),
            AttrName::value(8, "learning"),
            AttrName::value(9, "unicast-flood"),
            AttrName::value(10, "proxyarp"),
            AttrName::value(11, "learning-sync"),
            AttrName::value(12, "proxyarp-wifi"),
            AttrName::value(13, "root-id"),
            AttrName::value(14, "bridge-id"),
            AttrName::value(15, "designated-port"),
            AttrName::value(16, "designated-cost"),
            AttrName::value(17, "id"),
            AttrName::value(18, "no"),
            AttrName::value(19, "topology-change-ack"),
            AttrName::value(20, "config-pending"),
            AttrName::value(21, "message-age-timer"),
            AttrName::value(22, "forward-delay-timer"),
            AttrName::value(23, "hold-timer"),
            AttrName::value(24, "flush"),
            AttrName::value(25, "multicast-router"),
            AttrName::value(26, "pad"),
            AttrName::value(27, "mcast-flood"),
            AttrName::value(28, "mcast-to-ucast"),
            AttrName::value(29, "vlan-tunnel"),
            AttrName::value(30, "bcast-flood"),
            AttrName::value(31, "group-fwd-mask"),
            AttrName::value(32, "neigh-suppress"),
            AttrName::value(33, "isolated"),
            AttrName::value(34, "backup-port"),
            AttrName::value(35, "mrp-ring-open"),
            AttrName::value(36, "mrp-in-open"),
            AttrName::value(37, "mcast-eht-hosts-limit"),
            AttrName::value(38, "mcast-eht-hosts-cnt"),
            AttrName::value(39, "locked"),
            AttrName::value(40, "mab"),
            AttrName::value(41, "mcast-n-groups"),
            AttrName::value(42, "mcast-max-groups"),
            AttrName::value(43, "neigh-vlan-suppress"),
            AttrName::value(44, "backup-nhid"),
        ],
    };

    /// `linkinfo-gre-attrs`.
    pub static LINKINFO_GRE_ATTRS: SetNames = SetNames {
        name: "linkinfo-gre-attrs",
        attrs: &[
            AttrName::value(1, "link"),
            AttrName::value(2, "iflags"),
            AttrName::value(3, "oflags"),
            AttrName::value(4, "ikey"),
            AttrName::value(5, "okey"),
            AttrName::value(6, "local"),
            AttrName::value(7, "remote"),
            AttrName::value(8, "ttl"),
            AttrName::value(9, "tos"),
            AttrName::value(10, "pmtudisc"),
            AttrName::value(11, "encap-limit"),
            AttrName::value(12, "flowinfo"),
            AttrName::value(13, "flags"),
            AttrName::value(14, "encap-type"),
            AttrName::value(15, "encap-flags"),
            AttrName::value(16, "encap-sport"),
            AttrName::value(17, "encap-dport"),
            AttrName::value(18, "collect-metadata"),
            AttrName::value(19, "ignore-df"),
            AttrName::value(20, "fwmark"),
            AttrName::value(21, "erspan-index"),
            AttrName::value(22, "erspan-ver"),
            AttrName::value(23, "erspan-dir"),
            AttrName::value(24, "erspan-hwid"),
        ],
    };

    /// `linkinfo-geneve-attrs`.
    pub static LINKINFO_GENEVE_ATTRS: SetNames = SetNames {
        name: "linkinfo-geneve-attrs",
        attrs: &[
            AttrName::value(1, "id"),
            AttrName::value(2, "remote"),
            AttrName::value(3, "ttl"),
            AttrName::value(4, "tos"),
            AttrName::value(5, "port"),
            AttrName::value(6, "collect-metadata"),
            AttrName::value(7, "remote6"),
            AttrName::value(8, "udp-csum"),
            AttrName::value(9, "udp-zero-csum6-tx"),
            AttrName::value(10, "udp-zero-csum6-rx"),
            AttrName::value(11, "label"),
            AttrName::value(12, "ttl-inherit"),
            AttrName::value(13, "df"),
            AttrName::value(14, "inner-proto-inherit"),
        ],
    };

    /// `linkinfo-iptun-attrs`.
    pub static LINKINFO_IPTUN_ATTRS: SetNames = SetNames {
        name: "linkinfo-iptun-attrs",
        attrs: &[
            AttrName::value(1, "link"),
            AttrName::value(2, "local"),
            AttrName::value(3, "remote"),
            AttrName::value(4, "ttl"),
            AttrName::value(5, "tos"),
            AttrName::value(6, "encap-limit"),
            AttrName::value(7, "flowinfo"),
            AttrName::value(8, "flags"),
            AttrName::value(9, "proto"),
            AttrName::value(10, "pmtudisc"),
            AttrName::value(11, "6rd-prefix"),
            AttrName::value(12, "6rd-relay-prefix"),
            AttrName::value(13, "6rd-prefixlen"),
            AttrName::value(14, "6rd-relay-prefixlen"),
            AttrName::value(15, "encap-type"),
            AttrName::value(16, "encap-flags"),
            AttrName::value(17, "encap-sport"),
            AttrName::value(18, "encap-dport"),
            AttrName::value(19, "collect-metadata"),
            AttrName::value(20, "fwmark"),
        ],
    };

    /// `linkinfo-tun-attrs`.
    pub static LINKINFO_TUN_ATTRS: SetNames = SetNames {
        name: "linkinfo-tun-attrs",
        attrs: &[
            AttrName::value(1, "owner"),
            AttrName::value(2, "group"),
            AttrName::value(3, "type"),
            AttrName::value(4, "pi"),
            AttrName::value(5, "vnet-hdr"),
            AttrName::value(6, "persist"),
            AttrName::value(7, "multi-queue"),
            AttrName::value(8, "num-queues"),
            AttrName::value(9, "num-disabled-queues"),
        ],
    };

    /// `linkinfo-vlan-attrs`.
    pub static LINKINFO_VLAN_ATTRS: SetNames = SetNames {
        name: "linkinfo-vlan-attrs",
        attrs: &[
            AttrName::value(1, "id"),
            AttrName::value(2, "flag"),
            AttrName::nest(3, "egress-qos", &IFLA_VLAN_QOS),
            AttrName::nest(4, "ingress-qos", &IFLA_VLAN_QOS),
            AttrName::value(5, "protocol"),
        ],
    };

    /// `ifla-vlan-qos`.
    pub static IFLA_VLAN_QOS: SetNames = SetNames {
        name: "ifla-vlan-qos",
        attrs: &[
            AttrName::value(1, "mapping"),
        ],
    };

    /// `linkinfo-vrf-attrs`.
    pub static LINKINFO_VRF_ATTRS: SetNames = SetNames {
        name: "linkinfo-vrf-attrs",
        attrs: &[
            AttrName::value(1, "table"),
        ],
    };

    /// `xdp-attrs`.
    pub static XDP_ATTRS: SetNames = SetNames {
        name: "xdp-attrs",
        attrs: &[
            AttrName::value(1, "fd"),
            AttrName::value(2, "attached"),
            AttrName::value(3, "flags"),
            AttrName::value(4, "prog-id"),
            AttrName::value(5, "drv-prog-id"),
            AttrName::value(6, "skb-prog-id"),
            AttrName::value(7, "hw-prog-id"),
            AttrName::value(8, "expected-fd"),
        ],
    };

    /// `ifla-attrs`.
    pub static IFLA_ATTRS: SetNames = SetNames {
        name: "ifla-attrs",
        attrs: &[
            AttrName::value(1, "conf"),
        ],
    };

    /// `ifla6-attrs`.
    pub static IFLA6_ATTRS: SetNames = SetNames {
        name: "ifla6-attrs",
        attrs: &[
            AttrName::value(1, "flags"),
            AttrName::value(2, "conf"),
            AttrName::value(3, "stats"),
            AttrName::value(4, "mcast"),
            AttrName::value(5, "cacheinfo"),
            AttrName::value(6, "icmp6-stats"),
            AttrName::value(7, "token"),
            AttrName::value(8, "addr-gen-mode"),
            AttrName::value(9, "ra-mtu"),
        ],
    };

    /// `mctp-attrs`.
    pub static MCTP_ATTRS: SetNames = SetNames {
        name: "mctp-attrs",
        attrs: &[
            AttrName::value(1, "net"),
        ],
    };

    /// `stats-attrs`.
    pub static STATS_ATTRS: SetNames = SetNames {
        name: "stats-attrs",
        attrs: &[
            AttrName::value(1, "link-64"),
            AttrName::value(2, "link-xstats"),
            AttrName::value(3, "link-xstats-slave"),
            AttrName::nest(4, "link-offload-xstats", &LINK_OFFLOAD_XSTATS),
            AttrName::value(5, "af-spec"),
        ],
    };

    /// `link-offload-xstats`.
    pub static LINK_OFFLOAD_XSTATS: SetNames = SetNames {
        name: "link-offload-xstats",
        attrs: &[
            AttrName::value(1, "cpu-hit"),
            AttrName::indexed(2, "hw-s-info", &HW_S_INFO_ONE),
            AttrName::value(3, "l3-stats"),
        ],
    };

    /// `hw-s-info-one`.
    pub static HW_S_INFO_ONE: SetNames = SetNames {
        name: "hw-s-info-one",
        attrs: &[
            AttrName::value(1, "request"),
            AttrName::value(2, "used"),
        ],
    };

    /// `link-dpll-pin-attrs`.
    pub static LINK_DPLL_PIN_ATTRS: SetNames = SetNames {
        name: "link-dpll-pin-attrs",
        attrs: &[
            AttrName::value(1, "id"),
        ],
    };

    /// `linkinfo-netkit-attrs`.
    pub static LINKINFO_NETKIT_ATTRS: SetNames = SetNames {
        name: "linkinfo-netkit-attrs",
        attrs: &[
            AttrName::value(1, "peer-info"),
            AttrName::value(2, "primary"),
            AttrName::value(3, "policy"),
            AttrName::value(4, "peer-policy"),
            AttrName::value(5, "mode"),
        ],
    };

    /// The formats of the sub-message `linkinfo-data-msg`.
    pub static LINKINFO_DATA_MSG_FORMATS: [Format; 12] = [
        ("bond", 0, Some(&LINKINFO_BOND_ATTRS)),
        ("bridge", 0, Some(&LINKINFO_BRIDGE_ATTRS)),
        ("erspan", 0, Some(&LINKINFO_GRE_ATTRS)),
        ("gre", 0, Some(&LINKINFO_GRE_ATTRS)),
        ("gretap", 0, Some(&LINKINFO_GRE_ATTRS)),
        ("geneve", 0, Some(&LINKINFO_GENEVE_ATTRS)),
        ("ipip", 0, Some(&LINKINFO_IPTUN_ATTRS)),
        ("sit", 0, Some(&LINKINFO_IPTUN_ATTRS)),
        ("tun", 0, Some(&LINKINFO_TUN_ATTRS)),
        ("vlan", 0, Some(&LINKINFO_VLAN_ATTRS)),
        ("vrf", 0, Some(&LINKINFO_VRF_ATTRS)),
        ("netkit", 0, Some(&LINKINFO_NETKIT_ATTRS)),
    ];

    /// The formats of the sub-message `linkinfo-member-data-msg`.
    pub static LINKINFO_MEMBER_DATA_MSG_FORMATS: [Format; 2] = [
        ("bridge", 0, Some(&LINKINFO_BRPORT_ATTRS)),
        ("bond", 0, Some(&BOND_SLAVE_ATTRS)),
    ];

    /// The attributes of a request of message type `message_type`, by the operation that sends it.
    pub fn for_message(message_type: u16) -> Option<&'static SetNames> {
        match message_type {
            16 => Some(&LINK_ATTRS),
            17 => Some(&LINK_ATTRS),
            18 => Some(&LINK_ATTRS),
            19 => Some(&LINK_ATTRS),
            94 => Some(&STATS_ATTRS),
            _ => None,
        }
    }
}
