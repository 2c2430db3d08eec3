//! rtnetlink's fixed structures (linux/rtnetlink.h, if_link.h, if_addr.h, neighbour.h,
//! fib_rules.h, nexthop.h, if_bridge.h): the family header of each message type and the
//! structures carried inside attributes. Field names follow the C members without their
//! prefix; values are raw here — the typed objects in [`crate::rtnl`] turn them into open
//! enums and flag sets.

use super::fixed::Be16;

crate::fixed_struct! {
    /// `struct ifinfomsg`: the header of link messages (`RTM_*LINK`).
    pub struct IfInfoMsg("ifinfomsg") {
        /// `ifi_family`.
        pub family: u8,
        /// `__ifi_pad`.
        pub pad: u8,
        /// `ifi_type`: the hardware type (`ARPHRD_*`).
        pub link_type: u16,
        /// `ifi_index`.
        pub index: u32,
        /// `ifi_flags` (`IFF_*`).
        pub flags: u32,
        /// `ifi_change`: which flags a request changes.
        pub change: u32,
    }
}

crate::fixed_struct! {
    /// `struct ifaddrmsg`: the header of address messages (`RTM_*ADDR`).
    pub struct IfAddrMsg("ifaddrmsg") {
        /// `ifa_family`.
        pub family: u8,
        /// `ifa_prefixlen`.
        pub prefix_len: u8,
        /// `ifa_flags`: the low 8 bits of the flags.
        pub flags: u8,
        /// `ifa_scope`.
        pub scope: u8,
        /// `ifa_index`.
        pub index: u32,
    }
}

crate::fixed_struct! {
    /// `struct rtmsg`: the header of route messages (`RTM_*ROUTE`).
    pub struct RtMsg("rtmsg") {
        /// `rtm_family`.
        pub family: u8,
        /// `rtm_dst_len`.
        pub dst_len: u8,
        /// `rtm_src_len`.
        pub src_len: u8,
        /// `rtm_tos`.
        pub tos: u8,
        /// `rtm_table` (8 bits; `RTA_TABLE` holds the whole id).
        pub table: u8,
        /// `rtm_protocol`.
        pub protocol: u8,
        /// `rtm_scope`.
        pub scope: u8,
        /// `rtm_type`.
        pub route_type: u8,
        /// `rtm_flags`.
        pub flags: u32,
    }
}

crate::fixed_struct! {
    /// `struct ndmsg`: the header of neighbour messages (`RTM_*NEIGH`).
    pub struct NdMsg("ndmsg") {
        /// `ndm_family`.
        pub family: u8,
        /// `ndm_pad1`.
        pub pad1: u8,
        /// `ndm_pad2`.
        pub pad2: u16,
        /// `ndm_ifindex`.
        pub index: u32,
        /// `ndm_state` (`NUD_*`).
        pub state: u16,
        /// `ndm_flags` (`NTF_*`).
        pub flags: u8,
        /// `ndm_type` (`RTN_*`).
        pub route_type: u8,
    }
}

crate::fixed_struct! {
    /// `struct fib_rule_hdr`: the header of rule messages (`RTM_*RULE`).
    pub struct FibRuleHdr("fib_rule_hdr") {
        /// `family`.
        pub family: u8,
        /// `dst_len`.
        pub dst_len: u8,
        /// `src_len`.
        pub src_len: u8,
        /// `tos`.
        pub tos: u8,
        /// `table` (8 bits; `FRA_TABLE` holds the whole id).
        pub table: u8,
        /// `res1`.
        pub res1: u8,
        /// `res2`.
        pub res2: u8,
        /// `action` (`FR_ACT_*`).
        pub action: u8,
        /// `flags` (`FIB_RULE_*`).
        pub flags: u32,
    }
}

crate::fixed_struct! {
    /// `struct nhmsg`: the header of nexthop messages (`RTM_*NEXTHOP`, `RTM_*NEXTHOPBUCKET`).
    pub struct NhMsg("nhmsg") {
        /// `nh_family`.
        pub family: u8,
        /// `nh_scope`.
        pub scope: u8,
        /// `nh_protocol`.
        pub protocol: u8,
        /// `resvd`.
        pub resvd: u8,
        /// `nh_flags` (`RTNH_F_*`).
        pub flags: u32,
    }
}

crate::fixed_struct! {
    /// `struct rtgenmsg` (and `struct netconfmsg`): a family alone, the header of netconf
    /// and nsid messages and of dumps that take no other header.
    pub struct RtGenMsg("rtgenmsg") {
        /// `rtgen_family`.
        pub family: u8,
    }
}

crate::fixed_struct! {
    /// `struct rtnexthop`: one path of `RTA_MULTIPATH`, followed by its attributes.
    pub struct RtNexthop("rtnexthop") {
        /// `rtnh_len`: the record's length, attributes included.
        pub len: u16,
        /// `rtnh_flags` (`RTNH_F_*`).
        pub flags: u8,
        /// `rtnh_hops`: the weight minus one.
        pub hops: u8,
        /// `rtnh_ifindex`.
        pub index: u32,
    }
}

crate::fixed_struct! {
    /// The head of `struct rtvia` (`RTA_VIA`): the family; the address follows.
    pub struct RtVia("rtvia") {
        /// `rtvia_family`.
        pub family: u16,
    }
}

crate::fixed_struct! {
    /// `struct nexthop_grp`: one member of `NHA_GROUP`.
    pub struct NexthopGrp("nexthop_grp") {
        /// `id`.
        pub id: u32,
        /// `weight`: the low 8 bits of the weight minus one.
        pub weight: u8,
        /// `weight_high`: its high 8 bits (Linux 6.12).
        pub weight_high: u8,
        /// `resvd2`.
        pub resvd2: u16,
    }
}

crate::fixed_struct! {
    /// `struct ifla_bridge_id`: a bridge identifier (priority and address).
    pub struct BridgeId("ifla_bridge_id") {
        /// `prio`, as the two bytes on the wire.
        pub prio: [u8; 2],
        /// `addr`.
        pub addr: [u8; 6],
    }
}

crate::fixed_struct! {
    /// `struct br_boolopt_multi` (`IFLA_BR_MULTI_BOOLOPT`): bit options and their mask.
    pub struct BoolOptMulti("br_boolopt_multi") {
        /// `optval`.
        pub value: u32,
        /// `optmask`.
        pub mask: u32,
    }
}

crate::fixed_struct! {
    /// `struct ifla_vlan_flags` (`IFLA_VLAN_FLAGS`).
    pub struct VlanFlags("ifla_vlan_flags") {
        /// `flags` (`VLAN_FLAG_*`).
        pub flags: u32,
        /// `mask`: which flags a request changes.
        pub mask: u32,
    }
}

crate::fixed_struct! {
    /// `struct ifla_vxlan_port_range` (`IFLA_VXLAN_PORT_RANGE`): UDP source ports.
    pub struct PortRange("ifla_vxlan_port_range") {
        /// `low` (big-endian on the wire).
        pub low: Be16,
        /// `high` (big-endian on the wire).
        pub high: Be16,
    }
}

crate::fixed_struct! {
    /// `struct fib_rule_port_range` (`FRA_SPORT_RANGE`, `FRA_DPORT_RANGE`), native order.
    pub struct RulePortRange("fib_rule_port_range") {
        /// `start`.
        pub start: u16,
        /// `end`.
        pub end: u16,
    }
}

crate::fixed_struct! {
    /// `struct fib_rule_uid_range` (`FRA_UID_RANGE`).
    pub struct UidRange("fib_rule_uid_range") {
        /// `start`.
        pub start: u32,
        /// `end`.
        pub end: u32,
    }
}

crate::fixed_struct! {
    /// `struct nda_cacheinfo` (`NDA_CACHEINFO`): ages in clock ticks.
    pub struct NdaCacheinfo("nda_cacheinfo") {
        /// `ndm_confirmed`: since last confirmed.
        pub confirmed: u32,
        /// `ndm_used`: since last used.
        pub used: u32,
        /// `ndm_updated`: since last updated.
        pub updated: u32,
        /// `ndm_refcnt`.
        pub refcnt: u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::FixedStruct;

    #[test]
    fn sizes_are_the_kernels() {
        assert_eq!(IfInfoMsg::LEN, 16);
        assert_eq!(IfAddrMsg::LEN, 8);
        assert_eq!(RtMsg::LEN, 12);
        assert_eq!(NdMsg::LEN, 12);
        assert_eq!(FibRuleHdr::LEN, 12);
        assert_eq!(NhMsg::LEN, 8);
        assert_eq!(RtGenMsg::LEN, 1);
        assert_eq!(RtNexthop::LEN, 8);
        assert_eq!(NexthopGrp::LEN, 8);
        assert_eq!(BridgeId::LEN, 8);
        assert_eq!(PortRange::LEN, 4);
    }

    #[test]
    fn round_trip_and_short_input() {
        let bytes = [2u8, 24, 0, 0, 254, 4, 0, 1, 0, 2, 0, 0];
        let h = RtMsg::parse(&bytes).unwrap();
        assert_eq!(
            (h.family, h.dst_len, h.table, h.route_type),
            (2, 24, 254, 1)
        );
        assert_eq!(h.flags, u32::from_ne_bytes([0, 2, 0, 0]));
        assert_eq!(h.to_vec(), bytes);
        let e = RtMsg::parse(&bytes[..5]).unwrap_err();
        assert_eq!(e.context, "rtmsg");
        let p = PortRange::parse(&[0x12, 0xb5, 0x12, 0xb6]).unwrap();
        assert_eq!((p.low.0, p.high.0), (4789, 4790));
        assert_eq!(RtMsg::parse_lenient(&bytes[..2]).dst_len, 24);
    }
}
