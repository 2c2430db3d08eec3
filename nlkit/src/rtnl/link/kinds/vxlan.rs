//! `vxlan`: a VXLAN tunnel device (`IFLA_VXLAN_*`, linux/if_link.h).

use crate::wire::codec::{
    BoolU8, Flag, FlagOrU8, Ipv4, Ipv6, Struct, Switch, U16Be, U32Be, U32, U8,
};
use crate::wire::rtnl::PortRange;
use std::net::IpAddr;

/// `IFLA_VXLAN_*` ids.
pub mod attrs {
    #![allow(missing_docs)]
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

use attrs::*;

crate::attribute_set! {
    /// `vxlan` data. Built by hand, it is emitted in the order `ip` sends it when the
    /// options are typed in field order: link, ttl, tos, ageing, the on/off options,
    /// source ports, limit, label, then id, local, remote or group, learning, port.
    pub struct Vxlan {}
    attributes {
        /// `IFLA_VXLAN_LINK`: the underlying device.
        pub link: U32 = IFLA_VXLAN_LINK,
        /// `IFLA_VXLAN_TTL` (0: auto).
        pub ttl: U8 = IFLA_VXLAN_TTL,
        /// `IFLA_VXLAN_TTL_INHERIT`: the TTL comes from the inner packet. Requests send
        /// it as a flag ([`Switch::Flag`]); the kernel reports it as a `u8` 0 or 1.
        pub ttl_inherit: FlagOrU8 = IFLA_VXLAN_TTL_INHERIT,
        /// `IFLA_VXLAN_TOS` (1: inherit).
        pub tos: U8 = IFLA_VXLAN_TOS,
        /// `IFLA_VXLAN_AGEING` (seconds).
        pub ageing: U32 = IFLA_VXLAN_AGEING,
        /// `IFLA_VXLAN_COLLECT_METADATA` (`external`).
        pub collect_metadata: BoolU8 = IFLA_VXLAN_COLLECT_METADATA,
        /// `IFLA_VXLAN_PROXY`.
        pub proxy: BoolU8 = IFLA_VXLAN_PROXY,
        /// `IFLA_VXLAN_RSC`.
        pub rsc: BoolU8 = IFLA_VXLAN_RSC,
        /// `IFLA_VXLAN_L2MISS`.
        pub l2miss: BoolU8 = IFLA_VXLAN_L2MISS,
        /// `IFLA_VXLAN_L3MISS`.
        pub l3miss: BoolU8 = IFLA_VXLAN_L3MISS,
        /// `IFLA_VXLAN_UDP_CSUM`.
        pub udp_csum: BoolU8 = IFLA_VXLAN_UDP_CSUM,
        /// `IFLA_VXLAN_UDP_ZERO_CSUM6_TX`.
        pub udp_zero_csum6_tx: BoolU8 = IFLA_VXLAN_UDP_ZERO_CSUM6_TX,
        /// `IFLA_VXLAN_UDP_ZERO_CSUM6_RX`.
        pub udp_zero_csum6_rx: BoolU8 = IFLA_VXLAN_UDP_ZERO_CSUM6_RX,
        /// `IFLA_VXLAN_REMCSUM_TX`.
        pub remcsum_tx: BoolU8 = IFLA_VXLAN_REMCSUM_TX,
        /// `IFLA_VXLAN_REMCSUM_RX`.
        pub remcsum_rx: BoolU8 = IFLA_VXLAN_REMCSUM_RX,
        /// `IFLA_VXLAN_GBP`.
        pub gbp: Flag = IFLA_VXLAN_GBP,
        /// `IFLA_VXLAN_GPE`.
        pub gpe: Flag = IFLA_VXLAN_GPE,
        /// `IFLA_VXLAN_REMCSUM_NOPARTIAL`.
        pub remcsum_nopartial: Flag = IFLA_VXLAN_REMCSUM_NOPARTIAL,
        /// `IFLA_VXLAN_DF` (0 unset, 1 set, 2 inherit).
        pub df: U8 = IFLA_VXLAN_DF,
        /// `IFLA_VXLAN_PORT_RANGE`: the UDP source ports.
        pub port_range: Struct<PortRange> = IFLA_VXLAN_PORT_RANGE,
        /// `IFLA_VXLAN_LIMIT`: the most forwarding entries.
        pub limit: U32 = IFLA_VXLAN_LIMIT,
        /// `IFLA_VXLAN_LABEL`: the IPv6 flow label.
        pub label: U32Be = IFLA_VXLAN_LABEL,
        /// `IFLA_VXLAN_ID`: the VNI (24 bits).
        pub id: U32 = IFLA_VXLAN_ID,
        /// `IFLA_VXLAN_LOCAL`.
        pub local: Ipv4 = IFLA_VXLAN_LOCAL,
        /// `IFLA_VXLAN_LOCAL6`.
        pub local6: Ipv6 = IFLA_VXLAN_LOCAL6,
        /// `IFLA_VXLAN_GROUP`: the remote end or multicast group.
        pub group: Ipv4 = IFLA_VXLAN_GROUP,
        /// `IFLA_VXLAN_GROUP6`.
        pub group6: Ipv6 = IFLA_VXLAN_GROUP6,
        /// `IFLA_VXLAN_LEARNING` (`ip` always sends it, 1 unless `nolearning`).
        pub learning: BoolU8 = IFLA_VXLAN_LEARNING,
        /// `IFLA_VXLAN_PORT`: the UDP destination port.
        pub port: U16Be = IFLA_VXLAN_PORT,
        /// `IFLA_VXLAN_VNIFILTER`.
        pub vnifilter: U8 = IFLA_VXLAN_VNIFILTER,
    }
}

impl Vxlan {
    /// True when the TTL is inherited: the flag of a request, or the `u8` the kernel
    /// reports when it is not 0.
    pub fn inherits_ttl(&self) -> bool {
        self.ttl_inherit.is_some_and(Switch::is_on)
    }

    /// The remote end or multicast group, of either family.
    pub fn remote(&self) -> Option<IpAddr> {
        self.group.map(IpAddr::V4).or(self.group6.map(IpAddr::V6))
    }

    /// Sets the remote end or group (`IFLA_VXLAN_GROUP` or `IFLA_VXLAN_GROUP6`).
    pub fn set_remote(&mut self, a: IpAddr) {
        match a {
            IpAddr::V4(a) => self.group = Some(a),
            IpAddr::V6(a) => self.group6 = Some(a),
        }
    }

    /// The local address, of either family.
    pub fn local_address(&self) -> Option<IpAddr> {
        self.local.map(IpAddr::V4).or(self.local6.map(IpAddr::V6))
    }

    /// Sets the local address (`IFLA_VXLAN_LOCAL` or `IFLA_VXLAN_LOCAL6`).
    pub fn set_local(&mut self, a: IpAddr) {
        match a {
            IpAddr::V4(a) => self.local = Some(a),
            IpAddr::V6(a) => self.local6 = Some(a),
        }
    }

    /// Adds `IFLA_VXLAN_LOCAL` (or `IFLA_VXLAN_LOCAL6` when `v6`) with no address, after
    /// the other attributes: what `ip link add ... type vxlan remote R local any` sends
    /// once the family is known (the kernel refuses it).
    pub fn set_local_any(&mut self, v6: bool) {
        let attr_type = if v6 {
            IFLA_VXLAN_LOCAL6
        } else {
            IFLA_VXLAN_LOCAL
        };
        self.unknown.push(crate::wire::RawAttribute {
            attr_type,
            payload: Vec::new(),
        });
    }
}
