//! `bridge_slave`: the options of a bridge port (`IFLA_BRPORT_*`, linux/if_link.h), in
//! `IFLA_INFO_SLAVE_DATA`: reported for every port of a bridge, and set with
//! `ip link set PORT type bridge_slave ...` ([`super::LinkKind::BridgePort`]).

use crate::wire::codec::{BoolU8, Flag, Struct, U16, U32, U64, U8};
use crate::wire::rtnl::BridgeId;

/// `IFLA_BRPORT_*` ids.
pub mod attrs {
    #![allow(missing_docs)]
    pub const IFLA_BRPORT_STATE: u16 = 1;
    pub const IFLA_BRPORT_PRIORITY: u16 = 2;
    pub const IFLA_BRPORT_COST: u16 = 3;
    pub const IFLA_BRPORT_MODE: u16 = 4;
    pub const IFLA_BRPORT_GUARD: u16 = 5;
    pub const IFLA_BRPORT_PROTECT: u16 = 6;
    pub const IFLA_BRPORT_FAST_LEAVE: u16 = 7;
    pub const IFLA_BRPORT_LEARNING: u16 = 8;
    pub const IFLA_BRPORT_UNICAST_FLOOD: u16 = 9;
    pub const IFLA_BRPORT_PROXYARP: u16 = 10;
    pub const IFLA_BRPORT_LEARNING_SYNC: u16 = 11;
    pub const IFLA_BRPORT_PROXYARP_WIFI: u16 = 12;
    pub const IFLA_BRPORT_ROOT_ID: u16 = 13;
    pub const IFLA_BRPORT_BRIDGE_ID: u16 = 14;
    pub const IFLA_BRPORT_DESIGNATED_PORT: u16 = 15;
    pub const IFLA_BRPORT_DESIGNATED_COST: u16 = 16;
    pub const IFLA_BRPORT_ID: u16 = 17;
    pub const IFLA_BRPORT_NO: u16 = 18;
    pub const IFLA_BRPORT_TOPOLOGY_CHANGE_ACK: u16 = 19;
    pub const IFLA_BRPORT_CONFIG_PENDING: u16 = 20;
    pub const IFLA_BRPORT_MESSAGE_AGE_TIMER: u16 = 21;
    pub const IFLA_BRPORT_FORWARD_DELAY_TIMER: u16 = 22;
    pub const IFLA_BRPORT_HOLD_TIMER: u16 = 23;
    pub const IFLA_BRPORT_FLUSH: u16 = 24;
    pub const IFLA_BRPORT_MULTICAST_ROUTER: u16 = 25;
    pub const IFLA_BRPORT_MCAST_FLOOD: u16 = 27;
    pub const IFLA_BRPORT_MCAST_TO_UCAST: u16 = 28;
    pub const IFLA_BRPORT_VLAN_TUNNEL: u16 = 29;
    pub const IFLA_BRPORT_BCAST_FLOOD: u16 = 30;
    pub const IFLA_BRPORT_GROUP_FWD_MASK: u16 = 31;
    pub const IFLA_BRPORT_NEIGH_SUPPRESS: u16 = 32;
    pub const IFLA_BRPORT_ISOLATED: u16 = 33;
    pub const IFLA_BRPORT_BACKUP_PORT: u16 = 34;
    pub const IFLA_BRPORT_LOCKED: u16 = 39;
    pub const IFLA_BRPORT_MAB: u16 = 40;
}

use attrs::*;

crate::open_enum! {
    /// A port's STP state (`BR_STATE_*`).
    pub enum PortState: u8 {
        /// `BR_STATE_DISABLED`.
        Disabled = 0,
        /// `BR_STATE_LISTENING`.
        Listening = 1,
        /// `BR_STATE_LEARNING`.
        Learning = 2,
        /// `BR_STATE_FORWARDING`.
        Forwarding = 3,
        /// `BR_STATE_BLOCKING`.
        Blocking = 4,
    }
}

crate::attribute_set! {
    /// Bridge port options. Built by hand, they are emitted in id order, as `ip link set
    /// ... type bridge_slave` sends them.
    pub struct BridgePort {}
    attributes {
        /// `IFLA_BRPORT_STATE`.
        pub state: crate::wire::codec::Enum8<PortState> = IFLA_BRPORT_STATE,
        /// `IFLA_BRPORT_PRIORITY`.
        pub priority: U16 = IFLA_BRPORT_PRIORITY,
        /// `IFLA_BRPORT_COST`.
        pub cost: U32 = IFLA_BRPORT_COST,
        /// `IFLA_BRPORT_MODE`: hairpin.
        pub hairpin: BoolU8 = IFLA_BRPORT_MODE,
        /// `IFLA_BRPORT_GUARD`: BPDU guard.
        pub guard: BoolU8 = IFLA_BRPORT_GUARD,
        /// `IFLA_BRPORT_PROTECT`: root block.
        pub root_block: BoolU8 = IFLA_BRPORT_PROTECT,
        /// `IFLA_BRPORT_FAST_LEAVE`.
        pub fast_leave: BoolU8 = IFLA_BRPORT_FAST_LEAVE,
        /// `IFLA_BRPORT_LEARNING`.
        pub learning: BoolU8 = IFLA_BRPORT_LEARNING,
        /// `IFLA_BRPORT_UNICAST_FLOOD`.
        pub flood: BoolU8 = IFLA_BRPORT_UNICAST_FLOOD,
        /// `IFLA_BRPORT_PROXYARP`.
        pub proxy_arp: BoolU8 = IFLA_BRPORT_PROXYARP,
        /// `IFLA_BRPORT_LEARNING_SYNC`.
        pub learning_sync: BoolU8 = IFLA_BRPORT_LEARNING_SYNC,
        /// `IFLA_BRPORT_PROXYARP_WIFI`.
        pub proxy_arp_wifi: BoolU8 = IFLA_BRPORT_PROXYARP_WIFI,
        /// `IFLA_BRPORT_ROOT_ID`.
        pub root_id: Struct<BridgeId> = IFLA_BRPORT_ROOT_ID,
        /// `IFLA_BRPORT_BRIDGE_ID`.
        pub bridge_id: Struct<BridgeId> = IFLA_BRPORT_BRIDGE_ID,
        /// `IFLA_BRPORT_DESIGNATED_PORT`.
        pub designated_port: U16 = IFLA_BRPORT_DESIGNATED_PORT,
        /// `IFLA_BRPORT_DESIGNATED_COST`.
        pub designated_cost: U16 = IFLA_BRPORT_DESIGNATED_COST,
        /// `IFLA_BRPORT_ID`.
        pub id: U16 = IFLA_BRPORT_ID,
        /// `IFLA_BRPORT_NO`.
        pub number: U16 = IFLA_BRPORT_NO,
        /// `IFLA_BRPORT_TOPOLOGY_CHANGE_ACK`.
        pub topology_change_ack: U8 = IFLA_BRPORT_TOPOLOGY_CHANGE_ACK,
        /// `IFLA_BRPORT_CONFIG_PENDING`.
        pub config_pending: U8 = IFLA_BRPORT_CONFIG_PENDING,
        /// `IFLA_BRPORT_MESSAGE_AGE_TIMER`.
        pub message_age_timer: U64 = IFLA_BRPORT_MESSAGE_AGE_TIMER,
        /// `IFLA_BRPORT_FORWARD_DELAY_TIMER`.
        pub forward_delay_timer: U64 = IFLA_BRPORT_FORWARD_DELAY_TIMER,
        /// `IFLA_BRPORT_HOLD_TIMER`.
        pub hold_timer: U64 = IFLA_BRPORT_HOLD_TIMER,
        /// `IFLA_BRPORT_FLUSH`: flush the port's FDB entries.
        pub flush: Flag = IFLA_BRPORT_FLUSH,
        /// `IFLA_BRPORT_MULTICAST_ROUTER`.
        pub multicast_router: U8 = IFLA_BRPORT_MULTICAST_ROUTER,
        /// `IFLA_BRPORT_MCAST_FLOOD`.
        pub mcast_flood: BoolU8 = IFLA_BRPORT_MCAST_FLOOD,
        /// `IFLA_BRPORT_MCAST_TO_UCAST`.
        pub mcast_to_unicast: BoolU8 = IFLA_BRPORT_MCAST_TO_UCAST,
        /// `IFLA_BRPORT_VLAN_TUNNEL`.
        pub vlan_tunnel: BoolU8 = IFLA_BRPORT_VLAN_TUNNEL,
        /// `IFLA_BRPORT_BCAST_FLOOD`.
        pub bcast_flood: BoolU8 = IFLA_BRPORT_BCAST_FLOOD,
        /// `IFLA_BRPORT_GROUP_FWD_MASK`.
        pub group_fwd_mask: U16 = IFLA_BRPORT_GROUP_FWD_MASK,
        /// `IFLA_BRPORT_NEIGH_SUPPRESS`.
        pub neigh_suppress: BoolU8 = IFLA_BRPORT_NEIGH_SUPPRESS,
        /// `IFLA_BRPORT_ISOLATED`.
        pub isolated: BoolU8 = IFLA_BRPORT_ISOLATED,
        /// `IFLA_BRPORT_BACKUP_PORT`: the device traffic fails over to.
        pub backup_port: U32 = IFLA_BRPORT_BACKUP_PORT,
        /// `IFLA_BRPORT_LOCKED`.
        pub locked: BoolU8 = IFLA_BRPORT_LOCKED,
        /// `IFLA_BRPORT_MAB`.
        pub mab: BoolU8 = IFLA_BRPORT_MAB,
    }
}
