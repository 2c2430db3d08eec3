//! `vlan`: an 802.1Q or 802.1ad VLAN on a lower device (`IFLA_VLAN_*`, linux/if_link.h).

use crate::wire::codec::{Struct, U16Be, U16};
use crate::wire::rtnl::VlanFlags;

/// `IFLA_VLAN_*` ids and `VLAN_FLAG_*` (linux/if_vlan.h).
pub mod attrs {
    #![allow(missing_docs)]
    pub const IFLA_VLAN_ID: u16 = 1;
    pub const IFLA_VLAN_FLAGS: u16 = 2;
    pub const IFLA_VLAN_EGRESS_QOS: u16 = 3;
    pub const IFLA_VLAN_INGRESS_QOS: u16 = 4;
    pub const IFLA_VLAN_PROTOCOL: u16 = 5;
    pub const VLAN_FLAG_REORDER_HDR: u32 = 0x1;
    pub const VLAN_FLAG_GVRP: u32 = 0x2;
    pub const VLAN_FLAG_LOOSE_BINDING: u32 = 0x4;
    pub const VLAN_FLAG_MVRP: u32 = 0x8;
    pub const VLAN_FLAG_BRIDGE_BINDING: u32 = 0x10;
    /// `ETH_P_8021Q`.
    pub const ETH_P_8021Q: u16 = 0x8100;
    /// `ETH_P_8021AD`.
    pub const ETH_P_8021AD: u16 = 0x88a8;
}

use attrs::*;

crate::attribute_set! {
    /// `vlan` data. Built by hand, it is emitted in the order `ip` sends it when typed in
    /// field order: id, protocol, flags.
    pub struct Vlan {}
    attributes {
        /// `IFLA_VLAN_ID` (0..4095).
        pub id: U16 = IFLA_VLAN_ID,
        /// `IFLA_VLAN_PROTOCOL`: `ETH_P_8021Q` or `ETH_P_8021AD`.
        pub protocol: U16Be = IFLA_VLAN_PROTOCOL,
        /// `IFLA_VLAN_FLAGS` (`VLAN_FLAG_*` and the mask of those a request changes).
        pub flags: Struct<VlanFlags> = IFLA_VLAN_FLAGS,
    }
}
