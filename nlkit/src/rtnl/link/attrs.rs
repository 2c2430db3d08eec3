//! Link attribute ids (`IFLA_*`, linux/if_link.h and linux/if_tunnel.h, linux/if.h) and the
//! ids nested in `IFLA_LINKINFO` for each link kind.
#![allow(missing_docs)]

pub const IFINFOMSG_LEN: usize = 16;

pub const IFLA_ADDRESS: u16 = 1;
pub const IFLA_BROADCAST: u16 = 2;
pub const IFLA_IFNAME: u16 = 3;
pub const IFLA_MTU: u16 = 4;
pub const IFLA_LINK: u16 = 5;
pub const IFLA_QDISC: u16 = 6;
pub const IFLA_STATS: u16 = 7;
pub const IFLA_MASTER: u16 = 10;
pub const IFLA_TXQLEN: u16 = 13;
pub const IFLA_MAP: u16 = 14;
pub const IFLA_OPERSTATE: u16 = 16;
pub const IFLA_LINKMODE: u16 = 17;
pub const IFLA_LINKINFO: u16 = 18;
pub const IFLA_NET_NS_PID: u16 = 19;
pub const IFLA_IFALIAS: u16 = 20;
pub const IFLA_NUM_VF: u16 = 21;
pub const IFLA_STATS64: u16 = 23;
pub const IFLA_AF_SPEC: u16 = 26;
pub const IFLA_GROUP: u16 = 27;
pub const IFLA_NET_NS_FD: u16 = 28;
pub const IFLA_EXT_MASK: u16 = 29;
pub const IFLA_PROMISCUITY: u16 = 30;
pub const IFLA_NUM_TX_QUEUES: u16 = 31;
pub const IFLA_NUM_RX_QUEUES: u16 = 32;
pub const IFLA_CARRIER: u16 = 33;
pub const IFLA_PHYS_PORT_ID: u16 = 34;
pub const IFLA_CARRIER_CHANGES: u16 = 35;
pub const IFLA_PHYS_SWITCH_ID: u16 = 36;
pub const IFLA_LINK_NETNSID: u16 = 37;
pub const IFLA_PHYS_PORT_NAME: u16 = 38;
pub const IFLA_PROTO_DOWN: u16 = 39;
pub const IFLA_GSO_MAX_SEGS: u16 = 40;
pub const IFLA_GSO_MAX_SIZE: u16 = 41;
pub const IFLA_XDP: u16 = 43;
pub const IFLA_CARRIER_UP_COUNT: u16 = 47;
pub const IFLA_CARRIER_DOWN_COUNT: u16 = 48;
pub const IFLA_MIN_MTU: u16 = 50;
pub const IFLA_MAX_MTU: u16 = 51;
pub const IFLA_PROP_LIST: u16 = 52;
pub const IFLA_ALT_IFNAME: u16 = 53;
pub const IFLA_PERM_ADDRESS: u16 = 54;
pub const IFLA_PROTO_DOWN_REASON: u16 = 55;
pub const IFLA_PARENT_DEV_NAME: u16 = 56;
pub const IFLA_PARENT_DEV_BUS_NAME: u16 = 57;
pub const IFLA_GRO_MAX_SIZE: u16 = 58;
pub const IFLA_TSO_MAX_SIZE: u16 = 59;
pub const IFLA_TSO_MAX_SEGS: u16 = 60;
pub const IFLA_ALLMULTI: u16 = 61;
pub const IFLA_NEW_IFINDEX: u16 = 49;

/// `RTEXT_FILTER_VF` and friends for `IFLA_EXT_MASK`.
pub const RTEXT_FILTER_VF: u32 = 1;
pub const RTEXT_FILTER_SKIP_STATS: u32 = 1 << 3;

pub const IFLA_INFO_KIND: u16 = 1;
pub const IFLA_INFO_DATA: u16 = 2;
pub const IFLA_INFO_XSTATS: u16 = 3;
pub const IFLA_INFO_SLAVE_KIND: u16 = 4;
pub const IFLA_INFO_SLAVE_DATA: u16 = 5;

pub const IFLA_INET6_ADDR_GEN_MODE: u16 = 8;

/// `IN6_ADDR_GEN_MODE_*` (linux/if_link.h).
pub const IN6_ADDR_GEN_MODE_EUI64: u8 = 0;
pub const IN6_ADDR_GEN_MODE_NONE: u8 = 1;
pub const IN6_ADDR_GEN_MODE_STABLE_PRIVACY: u8 = 2;
pub const IN6_ADDR_GEN_MODE_RANDOM: u8 = 3;

/// `RTM_NEWLINKPROP` and `RTM_DELLINKPROP` (linux/rtnetlink.h): add or remove link
/// properties (alternative names).
pub const RTM_NEWLINKPROP: u16 = 108;
pub const RTM_DELLINKPROP: u16 = 109;

/// `ETH_P_8021Q` and `ETH_P_8021AD` (linux/if_ether.h): VLAN protocols.
pub const ETH_P_8021Q: u16 = 0x8100;
pub const ETH_P_8021AD: u16 = 0x88a8;

/// `IFLA_XDP_*` (nested in `IFLA_XDP`) and `XDP_FLAGS_*` (linux/if_link.h).
pub const IFLA_XDP_FD: u16 = 1;
pub const IFLA_XDP_FLAGS: u16 = 3;
pub const XDP_FLAGS_UPDATE_IF_NOEXIST: u32 = 1;
pub const XDP_FLAGS_SKB_MODE: u32 = 1 << 1;
pub const XDP_FLAGS_DRV_MODE: u32 = 1 << 2;
pub const XDP_FLAGS_HW_MODE: u32 = 1 << 3;

/// `IFF_*` device flags (linux/if.h).
pub const IFF_UP: u32 = 1;
pub const IFF_BROADCAST: u32 = 1 << 1;
pub const IFF_DEBUG: u32 = 1 << 2;
pub const IFF_LOOPBACK: u32 = 1 << 3;
pub const IFF_POINTOPOINT: u32 = 1 << 4;
pub const IFF_NOTRAILERS: u32 = 1 << 5;
pub const IFF_RUNNING: u32 = 1 << 6;
pub const IFF_NOARP: u32 = 1 << 7;
pub const IFF_PROMISC: u32 = 1 << 8;
pub const IFF_ALLMULTI: u32 = 1 << 9;
pub const IFF_MASTER: u32 = 1 << 10;
pub const IFF_SLAVE: u32 = 1 << 11;
pub const IFF_MULTICAST: u32 = 1 << 12;
pub const IFF_PORTSEL: u32 = 1 << 13;
pub const IFF_AUTOMEDIA: u32 = 1 << 14;
pub const IFF_DYNAMIC: u32 = 1 << 15;
pub const IFF_LOWER_UP: u32 = 1 << 16;
pub const IFF_DORMANT: u32 = 1 << 17;
pub const IFF_ECHO: u32 = 1 << 18;

/// `IFLA_BR_*` (bridge options).
pub mod bridge {
    pub const IFLA_BR_FORWARD_DELAY: u16 = 1;
    pub const IFLA_BR_HELLO_TIME: u16 = 2;
    pub const IFLA_BR_MAX_AGE: u16 = 3;
    pub const IFLA_BR_AGEING_TIME: u16 = 4;
    pub const IFLA_BR_STP_STATE: u16 = 5;
    pub const IFLA_BR_PRIORITY: u16 = 6;
    pub const IFLA_BR_VLAN_FILTERING: u16 = 7;
    pub const IFLA_BR_VLAN_PROTOCOL: u16 = 8;
    pub const IFLA_BR_GROUP_FWD_MASK: u16 = 9;
    pub const IFLA_BR_ROOT_ID: u16 = 10;
    pub const IFLA_BR_BRIDGE_ID: u16 = 11;
    pub const IFLA_BR_ROOT_PORT: u16 = 12;
    pub const IFLA_BR_ROOT_PATH_COST: u16 = 13;
    pub const IFLA_BR_TOPOLOGY_CHANGE: u16 = 14;
    pub const IFLA_BR_TOPOLOGY_CHANGE_DETECTED: u16 = 15;
    pub const IFLA_BR_HELLO_TIMER: u16 = 16;
    pub const IFLA_BR_TCN_TIMER: u16 = 17;
    pub const IFLA_BR_TOPOLOGY_CHANGE_TIMER: u16 = 18;
    pub const IFLA_BR_GC_TIMER: u16 = 19;
    pub const IFLA_BR_GROUP_ADDR: u16 = 20;
    pub const IFLA_BR_FDB_FLUSH: u16 = 21;
    pub const IFLA_BR_MCAST_ROUTER: u16 = 22;
    pub const IFLA_BR_MCAST_SNOOPING: u16 = 23;
    pub const IFLA_BR_MCAST_QUERY_USE_IFADDR: u16 = 24;
    pub const IFLA_BR_MCAST_QUERIER: u16 = 25;
    pub const IFLA_BR_MCAST_HASH_ELASTICITY: u16 = 26;
    pub const IFLA_BR_MCAST_HASH_MAX: u16 = 27;
    pub const IFLA_BR_MCAST_LAST_MEMBER_CNT: u16 = 28;
    pub const IFLA_BR_MCAST_STARTUP_QUERY_CNT: u16 = 29;
    pub const IFLA_BR_MCAST_LAST_MEMBER_INTVL: u16 = 30;
    pub const IFLA_BR_MCAST_MEMBERSHIP_INTVL: u16 = 31;
    pub const IFLA_BR_MCAST_QUERIER_INTVL: u16 = 32;
    pub const IFLA_BR_MCAST_QUERY_INTVL: u16 = 33;
    pub const IFLA_BR_MCAST_QUERY_RESPONSE_INTVL: u16 = 34;
    pub const IFLA_BR_MCAST_STARTUP_QUERY_INTVL: u16 = 35;
    pub const IFLA_BR_NF_CALL_IPTABLES: u16 = 36;
    pub const IFLA_BR_NF_CALL_IP6TABLES: u16 = 37;
    pub const IFLA_BR_NF_CALL_ARPTABLES: u16 = 38;
    pub const IFLA_BR_VLAN_DEFAULT_PVID: u16 = 39;
    pub const IFLA_BR_VLAN_STATS_ENABLED: u16 = 41;
    pub const IFLA_BR_MCAST_STATS_ENABLED: u16 = 42;
    pub const IFLA_BR_MCAST_IGMP_VERSION: u16 = 43;
    pub const IFLA_BR_MCAST_MLD_VERSION: u16 = 44;
    pub const IFLA_BR_VLAN_STATS_PER_PORT: u16 = 45;
}

/// `IFLA_BRPORT_*` (bridge port options).
pub mod bridge_slave {
    pub const IFLA_BRPORT_STATE: u16 = 1;
    pub const IFLA_BRPORT_PRIORITY: u16 = 2;
    pub const IFLA_BRPORT_COST: u16 = 3;
    pub const IFLA_BRPORT_MODE: u16 = 4;
    pub const IFLA_BRPORT_GUARD: u16 = 5;
    pub const IFLA_BRPORT_PROTECT: u16 = 6;
    pub const IFLA_BRPORT_FAST_LEAVE: u16 = 7;
    pub const IFLA_BRPORT_LEARNING: u16 = 8;
    pub const IFLA_BRPORT_UNICAST_FLOOD: u16 = 9;
    pub const IFLA_BRPORT_ROOT_ID: u16 = 13;
    pub const IFLA_BRPORT_BRIDGE_ID: u16 = 14;
    pub const IFLA_BRPORT_DESIGNATED_PORT: u16 = 15;
    pub const IFLA_BRPORT_DESIGNATED_COST: u16 = 16;
    pub const IFLA_BRPORT_ID: u16 = 17;
    pub const IFLA_BRPORT_NO: u16 = 18;
}

/// `IFLA_MACVLAN_*` (macvlan and macvtap).
pub mod macvlan {
    pub const IFLA_MACVLAN_MODE: u16 = 1;
    pub const IFLA_MACVLAN_FLAGS: u16 = 2;
    pub const IFLA_MACVLAN_MACADDR_MODE: u16 = 3;
    pub const IFLA_MACVLAN_MACADDR: u16 = 4;
    pub const IFLA_MACVLAN_MACADDR_DATA: u16 = 5;
    pub const IFLA_MACVLAN_MACADDR_COUNT: u16 = 6;
    pub const IFLA_MACVLAN_BC_QUEUE_LEN: u16 = 7;
    pub const IFLA_MACVLAN_BC_QUEUE_LEN_USED: u16 = 8;
    pub const MACVLAN_MODE_PRIVATE: u32 = 1;
    pub const MACVLAN_MODE_VEPA: u32 = 2;
    pub const MACVLAN_MODE_BRIDGE: u32 = 4;
    pub const MACVLAN_MODE_PASSTHRU: u32 = 8;
    pub const MACVLAN_MODE_SOURCE: u32 = 16;
    pub const MACVLAN_FLAG_NOPROMISC: u16 = 1;
    pub const MACVLAN_FLAG_NODST: u16 = 2;
}

/// `IFLA_VXLAN_*`.
pub mod vxlan {
    pub const IFLA_VXLAN_ID: u16 = 1;
    pub const IFLA_VXLAN_GROUP: u16 = 2;
    pub const IFLA_VXLAN_LINK: u16 = 3;
    pub const IFLA_VXLAN_LOCAL: u16 = 4;
    pub const IFLA_VXLAN_TTL: u16 = 5;
    pub const IFLA_VXLAN_TOS: u16 = 6;
    pub const IFLA_VXLAN_LEARNING: u16 = 7;
    pub const IFLA_VXLAN_AGEING: u16 = 8;
    pub const IFLA_VXLAN_LIMIT: u16 = 9;
    pub const IFLA_VXLAN_PORT_RANGE: u16 = 10;
    pub const IFLA_VXLAN_PROXY: u16 = 11;
    pub const IFLA_VXLAN_RSC: u16 = 12;
    pub const IFLA_VXLAN_L2MISS: u16 = 13;
    pub const IFLA_VXLAN_L3MISS: u16 = 14;
    pub const IFLA_VXLAN_PORT: u16 = 15;
    pub const IFLA_VXLAN_GROUP6: u16 = 16;
    pub const IFLA_VXLAN_LOCAL6: u16 = 17;
    pub const IFLA_VXLAN_UDP_CSUM: u16 = 18;
    pub const IFLA_VXLAN_UDP_ZERO_CSUM6_TX: u16 = 19;
    pub const IFLA_VXLAN_UDP_ZERO_CSUM6_RX: u16 = 20;
    pub const IFLA_VXLAN_REMCSUM_TX: u16 = 21;
    pub const IFLA_VXLAN_REMCSUM_RX: u16 = 22;
    pub const IFLA_VXLAN_GBP: u16 = 23;
    pub const IFLA_VXLAN_REMCSUM_NOPARTIAL: u16 = 24;
    pub const IFLA_VXLAN_COLLECT_METADATA: u16 = 25;
    pub const IFLA_VXLAN_LABEL: u16 = 26;
    pub const IFLA_VXLAN_GPE: u16 = 27;
    pub const IFLA_VXLAN_TTL_INHERIT: u16 = 28;
    pub const IFLA_VXLAN_DF: u16 = 29;
    pub const IFLA_VXLAN_VNIFILTER: u16 = 30;
}

/// `IFLA_TUN_*`.
pub mod tun {
    pub const IFLA_TUN_OWNER: u16 = 1;
    pub const IFLA_TUN_GROUP: u16 = 2;
    pub const IFLA_TUN_TYPE: u16 = 3;
    pub const IFLA_TUN_PI: u16 = 4;
    pub const IFLA_TUN_VNET_HDR: u16 = 5;
    pub const IFLA_TUN_PERSIST: u16 = 6;
    pub const IFLA_TUN_MULTI_QUEUE: u16 = 7;
    pub const IFLA_TUN_NUM_QUEUES: u16 = 8;
    pub const IFLA_TUN_NUM_DISABLED_QUEUES: u16 = 9;
}

/// `VETH_INFO_PEER`.
pub mod veth {
    pub const VETH_INFO_PEER: u16 = 1;
}

/// `IFLA_VLAN_*`.
pub mod vlan {
    pub const IFLA_VLAN_ID: u16 = 1;
    pub const IFLA_VLAN_FLAGS: u16 = 2;
    pub const IFLA_VLAN_PROTOCOL: u16 = 5;
    /// `VLAN_FLAG_*` (linux/if_vlan.h), in `struct ifla_vlan_flags`.
    pub const VLAN_FLAG_REORDER_HDR: u32 = 0x1;
    pub const VLAN_FLAG_GVRP: u32 = 0x2;
    pub const VLAN_FLAG_LOOSE_BINDING: u32 = 0x4;
    pub const VLAN_FLAG_MVRP: u32 = 0x8;
    pub const VLAN_FLAG_BRIDGE_BINDING: u32 = 0x10;
}

/// `IFLA_BOND_*`.
pub mod bond {
    pub const IFLA_BOND_MODE: u16 = 1;
    pub const IFLA_BOND_MIIMON: u16 = 3;
    pub const IFLA_BOND_UPDELAY: u16 = 4;
    pub const IFLA_BOND_DOWNDELAY: u16 = 5;
    pub const IFLA_BOND_USE_CARRIER: u16 = 6;
    pub const IFLA_BOND_XMIT_HASH_POLICY: u16 = 14;
    pub const IFLA_BOND_ALL_SLAVES_ACTIVE: u16 = 17;
    pub const IFLA_BOND_MIN_LINKS: u16 = 18;
    pub const IFLA_BOND_AD_LACP_RATE: u16 = 21;
    pub const IFLA_BOND_AD_SELECT: u16 = 22;
    /// `BOND_MODE_*` (linux/if_bonding.h).
    pub const BOND_MODE_ROUNDROBIN: u8 = 0;
    pub const BOND_MODE_ACTIVEBACKUP: u8 = 1;
    pub const BOND_MODE_XOR: u8 = 2;
    pub const BOND_MODE_BROADCAST: u8 = 3;
    pub const BOND_MODE_8023AD: u8 = 4;
    pub const BOND_MODE_TLB: u8 = 5;
    pub const BOND_MODE_ALB: u8 = 6;
}

/// `IFLA_VRF_*`.
pub mod vrf {
    pub const IFLA_VRF_TABLE: u16 = 1;
}

/// `IFLA_GRE_*` (linux/if_tunnel.h).
pub mod gre {
    pub const IFLA_GRE_LINK: u16 = 1;
    pub const IFLA_GRE_IFLAGS: u16 = 2;
    pub const IFLA_GRE_OFLAGS: u16 = 3;
    pub const IFLA_GRE_IKEY: u16 = 4;
    pub const IFLA_GRE_OKEY: u16 = 5;
    pub const IFLA_GRE_LOCAL: u16 = 6;
    pub const IFLA_GRE_REMOTE: u16 = 7;
    pub const IFLA_GRE_TTL: u16 = 8;
    pub const IFLA_GRE_TOS: u16 = 9;
    pub const IFLA_GRE_PMTUDISC: u16 = 10;
    pub const IFLA_GRE_ENCAP_TYPE: u16 = 14;
    pub const IFLA_GRE_ENCAP_FLAGS: u16 = 15;
    pub const IFLA_GRE_ENCAP_SPORT: u16 = 16;
    pub const IFLA_GRE_ENCAP_DPORT: u16 = 17;
    pub const IFLA_GRE_FWMARK: u16 = 20;
    /// `GRE_KEY` (linux/if_tunnel.h: `__cpu_to_be16(0x2000)`), as the host-order value of
    /// the big-endian flags word.
    pub const GRE_KEY: u16 = 0x2000;
    pub const GRE_SEQ: u16 = 0x1000;
    pub const GRE_CSUM: u16 = 0x8000;
}
