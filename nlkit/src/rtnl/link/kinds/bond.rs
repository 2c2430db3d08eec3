//! `bond`: a bonding master (`IFLA_BOND_*`, linux/if_link.h).

use crate::wire::codec::{U32, U8};

/// `IFLA_BOND_*` ids and `BOND_MODE_*` (linux/if_bonding.h).
pub mod attrs {
    #![allow(missing_docs)]
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
    pub const BOND_MODE_ROUNDROBIN: u8 = 0;
    pub const BOND_MODE_ACTIVEBACKUP: u8 = 1;
    pub const BOND_MODE_XOR: u8 = 2;
    pub const BOND_MODE_BROADCAST: u8 = 3;
    pub const BOND_MODE_8023AD: u8 = 4;
    pub const BOND_MODE_TLB: u8 = 5;
    pub const BOND_MODE_ALB: u8 = 6;
}

use attrs::*;

crate::attribute_set! {
    /// `bond` data, emitted in id order when built by hand.
    pub struct Bond {}
    attributes {
        /// `IFLA_BOND_MODE` (`BOND_MODE_*`).
        pub mode: U8 = IFLA_BOND_MODE,
        /// `IFLA_BOND_MIIMON` (milliseconds).
        pub miimon: U32 = IFLA_BOND_MIIMON,
        /// `IFLA_BOND_UPDELAY` (milliseconds).
        pub updelay: U32 = IFLA_BOND_UPDELAY,
        /// `IFLA_BOND_DOWNDELAY` (milliseconds).
        pub downdelay: U32 = IFLA_BOND_DOWNDELAY,
        /// `IFLA_BOND_USE_CARRIER`.
        pub use_carrier: U8 = IFLA_BOND_USE_CARRIER,
        /// `IFLA_BOND_XMIT_HASH_POLICY` (0 layer2, 1 layer3+4, 2 layer2+3, 3 encap2+3,
        /// 4 encap3+4, 5 vlan+srcmac).
        pub xmit_hash_policy: U8 = IFLA_BOND_XMIT_HASH_POLICY,
        /// `IFLA_BOND_ALL_SLAVES_ACTIVE`.
        pub all_slaves_active: U8 = IFLA_BOND_ALL_SLAVES_ACTIVE,
        /// `IFLA_BOND_MIN_LINKS`.
        pub min_links: U32 = IFLA_BOND_MIN_LINKS,
        /// `IFLA_BOND_AD_LACP_RATE` (0 slow, 1 fast).
        pub lacp_rate: U8 = IFLA_BOND_AD_LACP_RATE,
        /// `IFLA_BOND_AD_SELECT` (0 stable, 1 bandwidth, 2 count).
        pub ad_select: U8 = IFLA_BOND_AD_SELECT,
    }
}
