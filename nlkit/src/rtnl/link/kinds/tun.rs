//! `tun`: tun and tap devices as the kernel reports them (`IFLA_TUN_*`, linux/if_link.h);
//! they are made through the tun character device, not by a message.

use crate::wire::codec::{BoolU8, Enum8, U32};

/// `IFLA_TUN_*` ids.
pub mod attrs {
    #![allow(missing_docs)]
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

use attrs::*;

crate::open_enum! {
    /// tun or tap (`IFLA_TUN_TYPE`: `IFF_TUN`, `IFF_TAP`).
    pub enum TunType: u8 {
        /// `IFF_TUN`: layer 3.
        Tun = 1,
        /// `IFF_TAP`: layer 2.
        Tap = 2,
    }
}

crate::attribute_set! {
    /// `tun` data.
    pub struct Tun {}
    attributes {
        /// `IFLA_TUN_OWNER`: the owning user.
        pub owner: U32 = IFLA_TUN_OWNER,
        /// `IFLA_TUN_GROUP`: the owning group.
        pub group: U32 = IFLA_TUN_GROUP,
        /// `IFLA_TUN_TYPE`.
        pub tun_type: Enum8<TunType> = IFLA_TUN_TYPE,
        /// `IFLA_TUN_PI`: packet information headers.
        pub pi: BoolU8 = IFLA_TUN_PI,
        /// `IFLA_TUN_VNET_HDR`.
        pub vnet_hdr: BoolU8 = IFLA_TUN_VNET_HDR,
        /// `IFLA_TUN_PERSIST`.
        pub persist: BoolU8 = IFLA_TUN_PERSIST,
        /// `IFLA_TUN_MULTI_QUEUE`.
        pub multi_queue: BoolU8 = IFLA_TUN_MULTI_QUEUE,
        /// `IFLA_TUN_NUM_QUEUES`.
        pub num_queues: U32 = IFLA_TUN_NUM_QUEUES,
        /// `IFLA_TUN_NUM_DISABLED_QUEUES`.
        pub num_disabled_queues: U32 = IFLA_TUN_NUM_DISABLED_QUEUES,
    }
}
