//! `gre`: an IPv4 GRE tunnel (`IFLA_GRE_*`, linux/if_tunnel.h).

use crate::wire::codec::{BoolU8, Ipv4, U16Be, U32Be, U16, U32, U8};
use std::net::Ipv4Addr;

/// `IFLA_GRE_*` ids and the `GRE_*` flag bits.
pub mod attrs {
    #![allow(missing_docs)]
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
    /// `GRE_KEY` (`__cpu_to_be16(0x2000)`), as the host-order value of the big-endian
    /// flags word.
    pub const GRE_KEY: u16 = 0x2000;
    pub const GRE_SEQ: u16 = 0x1000;
    pub const GRE_CSUM: u16 = 0x8000;
}

use attrs::*;

crate::attribute_set! {
    /// `gre` data. Built by hand, it is emitted in the order `ip` sends it: keys, key
    /// flags, local, remote, pmtudisc, tos, link, ttl, fwmark, encapsulation.
    pub struct Gre {}
    attributes {
        /// `IFLA_GRE_IKEY`.
        pub ikey: U32Be = IFLA_GRE_IKEY,
        /// `IFLA_GRE_OKEY`.
        pub okey: U32Be = IFLA_GRE_OKEY,
        /// `IFLA_GRE_IFLAGS` (`GRE_KEY`, `GRE_SEQ`, `GRE_CSUM`).
        pub iflags: U16Be = IFLA_GRE_IFLAGS,
        /// `IFLA_GRE_OFLAGS`.
        pub oflags: U16Be = IFLA_GRE_OFLAGS,
        /// `IFLA_GRE_LOCAL`.
        pub local: Ipv4 = IFLA_GRE_LOCAL,
        /// `IFLA_GRE_REMOTE`.
        pub remote: Ipv4 = IFLA_GRE_REMOTE,
        /// `IFLA_GRE_PMTUDISC`.
        pub pmtudisc: BoolU8 = IFLA_GRE_PMTUDISC,
        /// `IFLA_GRE_TOS`.
        pub tos: U8 = IFLA_GRE_TOS,
        /// `IFLA_GRE_LINK`: the underlying device.
        pub link: U32 = IFLA_GRE_LINK,
        /// `IFLA_GRE_TTL`.
        pub ttl: U8 = IFLA_GRE_TTL,
        /// `IFLA_GRE_FWMARK`.
        pub fwmark: U32 = IFLA_GRE_FWMARK,
        /// `IFLA_GRE_ENCAP_TYPE`.
        pub encap_type: U16 = IFLA_GRE_ENCAP_TYPE,
        /// `IFLA_GRE_ENCAP_FLAGS`.
        pub encap_flags: U16 = IFLA_GRE_ENCAP_FLAGS,
        /// `IFLA_GRE_ENCAP_SPORT`.
        pub encap_sport: U16Be = IFLA_GRE_ENCAP_SPORT,
        /// `IFLA_GRE_ENCAP_DPORT`.
        pub encap_dport: U16Be = IFLA_GRE_ENCAP_DPORT,
    }
}

impl Gre {
    /// A tunnel between `local` and `remote` with one `key` both ways (`GRE_KEY` set in
    /// both flag words), as `ip link add ... type gre local L remote R key K` describes it.
    pub fn keyed(local: Ipv4Addr, remote: Ipv4Addr, key: u32) -> Gre {
        Gre {
            ikey: Some(key),
            okey: Some(key),
            iflags: Some(GRE_KEY),
            oflags: Some(GRE_KEY),
            local: Some(local),
            remote: Some(remote),
            ..Default::default()
        }
    }
}
