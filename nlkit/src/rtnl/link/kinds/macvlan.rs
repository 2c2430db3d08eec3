//! `macvlan` and `macvtap`: virtual devices with their own MAC address on a lower device
//! (`IFLA_MACVLAN_*`, linux/if_link.h; both kinds carry the same data).

use crate::wire::codec::{Enum32, NestedBytes, U16, U32};

/// `IFLA_MACVLAN_*` ids and flags.
pub mod attrs {
    #![allow(missing_docs)]
    pub const IFLA_MACVLAN_MODE: u16 = 1;
    pub const IFLA_MACVLAN_FLAGS: u16 = 2;
    pub const IFLA_MACVLAN_MACADDR_MODE: u16 = 3;
    pub const IFLA_MACVLAN_MACADDR: u16 = 4;
    pub const IFLA_MACVLAN_MACADDR_DATA: u16 = 5;
    pub const IFLA_MACVLAN_MACADDR_COUNT: u16 = 6;
    pub const IFLA_MACVLAN_BC_QUEUE_LEN: u16 = 7;
    pub const IFLA_MACVLAN_BC_QUEUE_LEN_USED: u16 = 8;
    /// `MACVLAN_FLAG_NOPROMISC`.
    pub const MACVLAN_FLAG_NOPROMISC: u16 = 1;
    /// `MACVLAN_FLAG_NODST`.
    pub const MACVLAN_FLAG_NODST: u16 = 2;
}

use attrs::*;

crate::open_enum! {
    /// How a macvlan shares its lower device (`MACVLAN_MODE_*`).
    pub enum MacvlanMode: u32 {
        /// `MACVLAN_MODE_PRIVATE`.
        Private = 1,
        /// `MACVLAN_MODE_VEPA`.
        Vepa = 2,
        /// `MACVLAN_MODE_BRIDGE`.
        Bridge = 4,
        /// `MACVLAN_MODE_PASSTHRU`.
        Passthru = 8,
        /// `MACVLAN_MODE_SOURCE`.
        Source = 16,
    }
}

crate::attribute_set! {
    /// `macvlan` / `macvtap` data. Built by hand, it is emitted in the order `ip` sends
    /// it: queue length, mode, flags.
    pub struct Macvlan {}
    attributes {
        /// `IFLA_MACVLAN_BC_QUEUE_LEN`: the broadcast/multicast receive queue length.
        pub bc_queue_len: U32 = IFLA_MACVLAN_BC_QUEUE_LEN,
        /// `IFLA_MACVLAN_MODE`.
        pub mode: Enum32<MacvlanMode> = IFLA_MACVLAN_MODE,
        /// `IFLA_MACVLAN_FLAGS` (`MACVLAN_FLAG_*`, e.g. `nopromisc` for passthru).
        pub flags: U16 = IFLA_MACVLAN_FLAGS,
        /// `IFLA_MACVLAN_MACADDR_MODE`.
        pub macaddr_mode: U32 = IFLA_MACVLAN_MACADDR_MODE,
        /// `IFLA_MACVLAN_MACADDR_DATA`: the source addresses, raw.
        pub macaddr_data: NestedBytes = IFLA_MACVLAN_MACADDR_DATA,
        /// `IFLA_MACVLAN_MACADDR_COUNT`.
        pub macaddr_count: U32 = IFLA_MACVLAN_MACADDR_COUNT,
        /// `IFLA_MACVLAN_BC_QUEUE_LEN_USED`.
        pub bc_queue_len_used: U32 = IFLA_MACVLAN_BC_QUEUE_LEN_USED,
    }
}
