//! `bridge`: the bridge device's options (`IFLA_BR_*`, linux/if_link.h). Times are in the
//! kernel's unit, hundredths of a second, as `ip` passes them.

use crate::wire::codec::{Bytes, Flag, Struct, U16Be, U16, U32, U64, U8};
use crate::wire::rtnl::{BoolOptMulti, BridgeId};

/// `IFLA_BR_*` ids.
pub mod attrs {
    #![allow(missing_docs)]
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
    pub const IFLA_BR_MULTI_BOOLOPT: u16 = 46;
    /// `BR_BOOLOPT_*` bits of `IFLA_BR_MULTI_BOOLOPT`.
    pub const BR_BOOLOPT_NO_LL_LEARN: u32 = 0;
    pub const BR_BOOLOPT_MCAST_VLAN_SNOOPING: u32 = 1;
}

use attrs::*;

crate::attribute_set! {
    /// `bridge` data. A bridge built by hand emits its options in the order `ip link add
    /// ... type bridge` sends them; the state the kernel reports (ids, timers, ports)
    /// follows.
    pub struct Bridge {}
    attributes {
        /// `IFLA_BR_FORWARD_DELAY`.
        pub forward_delay: U32 = IFLA_BR_FORWARD_DELAY,
        /// `IFLA_BR_HELLO_TIME`.
        pub hello_time: U32 = IFLA_BR_HELLO_TIME,
        /// `IFLA_BR_MAX_AGE`.
        pub max_age: U32 = IFLA_BR_MAX_AGE,
        /// `IFLA_BR_AGEING_TIME`.
        pub ageing_time: U32 = IFLA_BR_AGEING_TIME,
        /// `IFLA_BR_STP_STATE`.
        pub stp_state: U32 = IFLA_BR_STP_STATE,
        /// `IFLA_BR_PRIORITY`.
        pub priority: U16 = IFLA_BR_PRIORITY,
        /// `IFLA_BR_VLAN_FILTERING`.
        pub vlan_filtering: U8 = IFLA_BR_VLAN_FILTERING,
        /// `IFLA_BR_VLAN_PROTOCOL` (`ETH_P_8021Q` or `ETH_P_8021AD`).
        pub vlan_protocol: U16Be = IFLA_BR_VLAN_PROTOCOL,
        /// `IFLA_BR_GROUP_FWD_MASK`.
        pub group_fwd_mask: U16 = IFLA_BR_GROUP_FWD_MASK,
        /// `IFLA_BR_GROUP_ADDR`: the STP group address (6 bytes; another length is sent
        /// as given, for the kernel to refuse).
        pub group_addr: Bytes = IFLA_BR_GROUP_ADDR,
        /// `IFLA_BR_FDB_FLUSH`: flush the forwarding database.
        pub fdb_flush: Flag = IFLA_BR_FDB_FLUSH,
        /// `IFLA_BR_MCAST_ROUTER`.
        pub mcast_router: U8 = IFLA_BR_MCAST_ROUTER,
        /// `IFLA_BR_MCAST_SNOOPING`.
        pub mcast_snooping: U8 = IFLA_BR_MCAST_SNOOPING,
        /// `IFLA_BR_MCAST_QUERY_USE_IFADDR`.
        pub mcast_query_use_ifaddr: U8 = IFLA_BR_MCAST_QUERY_USE_IFADDR,
        /// `IFLA_BR_MCAST_QUERIER`.
        pub mcast_querier: U8 = IFLA_BR_MCAST_QUERIER,
        /// `IFLA_BR_MCAST_HASH_ELASTICITY`.
        pub mcast_hash_elasticity: U32 = IFLA_BR_MCAST_HASH_ELASTICITY,
        /// `IFLA_BR_MCAST_HASH_MAX`.
        pub mcast_hash_max: U32 = IFLA_BR_MCAST_HASH_MAX,
        /// `IFLA_BR_MCAST_LAST_MEMBER_CNT`.
        pub mcast_last_member_cnt: U32 = IFLA_BR_MCAST_LAST_MEMBER_CNT,
        /// `IFLA_BR_MCAST_STARTUP_QUERY_CNT`.
        pub mcast_startup_query_cnt: U32 = IFLA_BR_MCAST_STARTUP_QUERY_CNT,
        /// `IFLA_BR_MCAST_LAST_MEMBER_INTVL`.
        pub mcast_last_member_intvl: U64 = IFLA_BR_MCAST_LAST_MEMBER_INTVL,
        /// `IFLA_BR_MCAST_MEMBERSHIP_INTVL`.
        pub mcast_membership_intvl: U64 = IFLA_BR_MCAST_MEMBERSHIP_INTVL,
        /// `IFLA_BR_MCAST_QUERIER_INTVL`.
        pub mcast_querier_intvl: U64 = IFLA_BR_MCAST_QUERIER_INTVL,
        /// `IFLA_BR_MCAST_QUERY_INTVL`.
        pub mcast_query_intvl: U64 = IFLA_BR_MCAST_QUERY_INTVL,
        /// `IFLA_BR_MCAST_QUERY_RESPONSE_INTVL`.
        pub mcast_query_response_intvl: U64 = IFLA_BR_MCAST_QUERY_RESPONSE_INTVL,
        /// `IFLA_BR_MCAST_STARTUP_QUERY_INTVL`.
        pub mcast_startup_query_intvl: U64 = IFLA_BR_MCAST_STARTUP_QUERY_INTVL,
        /// `IFLA_BR_NF_CALL_IPTABLES`.
        pub nf_call_iptables: U8 = IFLA_BR_NF_CALL_IPTABLES,
        /// `IFLA_BR_NF_CALL_IP6TABLES`.
        pub nf_call_ip6tables: U8 = IFLA_BR_NF_CALL_IP6TABLES,
        /// `IFLA_BR_NF_CALL_ARPTABLES`.
        pub nf_call_arptables: U8 = IFLA_BR_NF_CALL_ARPTABLES,
        /// `IFLA_BR_VLAN_DEFAULT_PVID`.
        pub vlan_default_pvid: U16 = IFLA_BR_VLAN_DEFAULT_PVID,
        /// `IFLA_BR_VLAN_STATS_ENABLED`.
        pub vlan_stats_enabled: U8 = IFLA_BR_VLAN_STATS_ENABLED,
        /// `IFLA_BR_MCAST_STATS_ENABLED`.
        pub mcast_stats_enabled: U8 = IFLA_BR_MCAST_STATS_ENABLED,
        /// `IFLA_BR_MCAST_IGMP_VERSION`.
        pub mcast_igmp_version: U8 = IFLA_BR_MCAST_IGMP_VERSION,
        /// `IFLA_BR_MCAST_MLD_VERSION`.
        pub mcast_mld_version: U8 = IFLA_BR_MCAST_MLD_VERSION,
        /// `IFLA_BR_VLAN_STATS_PER_PORT`.
        pub vlan_stats_per_port: U8 = IFLA_BR_VLAN_STATS_PER_PORT,
        /// `IFLA_BR_MULTI_BOOLOPT`: bit options (`BR_BOOLOPT_*`).
        pub multi_boolopt: Struct<BoolOptMulti> = IFLA_BR_MULTI_BOOLOPT,
        /// `IFLA_BR_ROOT_ID`: the designated root.
        pub root_id: Struct<BridgeId> = IFLA_BR_ROOT_ID,
        /// `IFLA_BR_BRIDGE_ID`.
        pub bridge_id: Struct<BridgeId> = IFLA_BR_BRIDGE_ID,
        /// `IFLA_BR_ROOT_PORT`.
        pub root_port: U16 = IFLA_BR_ROOT_PORT,
        /// `IFLA_BR_ROOT_PATH_COST`.
        pub root_path_cost: U32 = IFLA_BR_ROOT_PATH_COST,
        /// `IFLA_BR_TOPOLOGY_CHANGE`.
        pub topology_change: U8 = IFLA_BR_TOPOLOGY_CHANGE,
        /// `IFLA_BR_TOPOLOGY_CHANGE_DETECTED`.
        pub topology_change_detected: U8 = IFLA_BR_TOPOLOGY_CHANGE_DETECTED,
        /// `IFLA_BR_HELLO_TIMER`.
        pub hello_timer: U64 = IFLA_BR_HELLO_TIMER,
        /// `IFLA_BR_TCN_TIMER`.
        pub tcn_timer: U64 = IFLA_BR_TCN_TIMER,
        /// `IFLA_BR_TOPOLOGY_CHANGE_TIMER`.
        pub topology_change_timer: U64 = IFLA_BR_TOPOLOGY_CHANGE_TIMER,
        /// `IFLA_BR_GC_TIMER`.
        pub gc_timer: U64 = IFLA_BR_GC_TIMER,
    }
}

impl Bridge {
    /// Bit `bit` (`BR_BOOLOPT_*`) of `IFLA_BR_MULTI_BOOLOPT`, when the kernel sent it.
    pub fn boolopt(&self, bit: u32) -> Option<bool> {
        let o = self.multi_boolopt?;
        Some(o.value.checked_shr(bit).unwrap_or(0) & 1 != 0)
    }
}
