//! The rtnetlink constants generated from rt_link, rt_addr, rt_route, rt-neigh and rt-rule
//! agree with the ones nlkit writes by hand in `nlkit::rtnl` (attribute ids, message types,
//! multicast groups, header sizes). The pairs were listed by matching names (`IFLA_IFNAME`
//! and `link-attrs`' `ifname`); every hand-written id whose name a spec has is here.

use nlkit::rtnl::addr::attrs as ha;
use nlkit::rtnl::group::*;
use nlkit::rtnl::link::attrs as hl;
use nlkit::rtnl::link::attrs as hi;
use nlkit::rtnl::link::kinds::bond::attrs as hbo;
use nlkit::rtnl::link::kinds::bridge::attrs as hbr;
use nlkit::rtnl::link::kinds::bridge_port::attrs as hbp;
use nlkit::rtnl::link::kinds::gre::attrs as hgr;
use nlkit::rtnl::link::kinds::vlan::attrs as hvl;
use nlkit::rtnl::message_type::*;
use nlkit::rtnl::neigh::attrs as hn;
use nlkit::rtnl::route::attrs as hr;
use nlkit::rtnl::rule::attrs as hf;
use nlkit::wire::{rtnl as hdr, FixedStruct};
use nlkit::ynl::rt_addr::attrs::addr_attrs as ga;
use nlkit::ynl::rt_link::attrs::link_attrs as gl;
use nlkit::ynl::rt_link::attrs::linkinfo_attrs as gi;
use nlkit::ynl::rt_link::attrs::linkinfo_bond_attrs as gbo;
use nlkit::ynl::rt_link::attrs::linkinfo_bridge_attrs as gbr;
use nlkit::ynl::rt_link::attrs::linkinfo_brport_attrs as gbp;
use nlkit::ynl::rt_link::attrs::linkinfo_gre_attrs as ggr;
use nlkit::ynl::rt_link::attrs::linkinfo_vlan_attrs as gvl;
use nlkit::ynl::rt_neigh::attrs::neighbour_attrs as gn;
use nlkit::ynl::rt_route::attrs::route_attrs as gr;
use nlkit::ynl::rt_rule::attrs::fib_rule_attrs as gf;
use nlkit::ynl::{rt_addr, rt_link, rt_neigh, rt_route, rt_rule};

/// `link-attrs` of rt_link.
const LINK_ATTRS: &[(u16, u16)] = &[
    (gl::ADDRESS, hl::IFLA_ADDRESS),
    (gl::BROADCAST, hl::IFLA_BROADCAST),
    (gl::IFNAME, hl::IFLA_IFNAME),
    (gl::MTU, hl::IFLA_MTU),
    (gl::LINK, hl::IFLA_LINK),
    (gl::QDISC, hl::IFLA_QDISC),
    (gl::STATS, hl::IFLA_STATS),
    (gl::MASTER, hl::IFLA_MASTER),
    (gl::TXQLEN, hl::IFLA_TXQLEN),
    (gl::MAP, hl::IFLA_MAP),
    (gl::OPERSTATE, hl::IFLA_OPERSTATE),
    (gl::LINKMODE, hl::IFLA_LINKMODE),
    (gl::LINKINFO, hl::IFLA_LINKINFO),
    (gl::NET_NS_PID, hl::IFLA_NET_NS_PID),
    (gl::IFALIAS, hl::IFLA_IFALIAS),
    (gl::NUM_VF, hl::IFLA_NUM_VF),
    (gl::STATS64, hl::IFLA_STATS64),
    (gl::AF_SPEC, hl::IFLA_AF_SPEC),
    (gl::GROUP, hl::IFLA_GROUP),
    (gl::NET_NS_FD, hl::IFLA_NET_NS_FD),
    (gl::EXT_MASK, hl::IFLA_EXT_MASK),
    (gl::PROMISCUITY, hl::IFLA_PROMISCUITY),
    (gl::NUM_TX_QUEUES, hl::IFLA_NUM_TX_QUEUES),
    (gl::NUM_RX_QUEUES, hl::IFLA_NUM_RX_QUEUES),
    (gl::CARRIER, hl::IFLA_CARRIER),
    (gl::PHYS_PORT_ID, hl::IFLA_PHYS_PORT_ID),
    (gl::CARRIER_CHANGES, hl::IFLA_CARRIER_CHANGES),
    (gl::PHYS_SWITCH_ID, hl::IFLA_PHYS_SWITCH_ID),
    (gl::LINK_NETNSID, hl::IFLA_LINK_NETNSID),
    (gl::PHYS_PORT_NAME, hl::IFLA_PHYS_PORT_NAME),
    (gl::PROTO_DOWN, hl::IFLA_PROTO_DOWN),
    (gl::GSO_MAX_SEGS, hl::IFLA_GSO_MAX_SEGS),
    (gl::GSO_MAX_SIZE, hl::IFLA_GSO_MAX_SIZE),
    (gl::XDP, hl::IFLA_XDP),
    (gl::CARRIER_UP_COUNT, hl::IFLA_CARRIER_UP_COUNT),
    (gl::CARRIER_DOWN_COUNT, hl::IFLA_CARRIER_DOWN_COUNT),
    (gl::MIN_MTU, hl::IFLA_MIN_MTU),
    (gl::MAX_MTU, hl::IFLA_MAX_MTU),
    (gl::PROP_LIST, hl::IFLA_PROP_LIST),
    (gl::ALT_IFNAME, hl::IFLA_ALT_IFNAME),
    (gl::PERM_ADDRESS, hl::IFLA_PERM_ADDRESS),
    (gl::PROTO_DOWN_REASON, hl::IFLA_PROTO_DOWN_REASON),
    (gl::PARENT_DEV_NAME, hl::IFLA_PARENT_DEV_NAME),
    (gl::PARENT_DEV_BUS_NAME, hl::IFLA_PARENT_DEV_BUS_NAME),
    (gl::GRO_MAX_SIZE, hl::IFLA_GRO_MAX_SIZE),
    (gl::TSO_MAX_SIZE, hl::IFLA_TSO_MAX_SIZE),
    (gl::TSO_MAX_SEGS, hl::IFLA_TSO_MAX_SEGS),
    (gl::ALLMULTI, hl::IFLA_ALLMULTI),
    (gl::NEW_IFINDEX, hl::IFLA_NEW_IFINDEX),
];

/// `linkinfo-attrs` of rt_link.
const LINKINFO_ATTRS: &[(u16, u16)] = &[
    (gi::KIND, hi::IFLA_INFO_KIND),
    (gi::DATA, hi::IFLA_INFO_DATA),
    (gi::XSTATS, hi::IFLA_INFO_XSTATS),
    (gi::SLAVE_KIND, hi::IFLA_INFO_SLAVE_KIND),
    (gi::SLAVE_DATA, hi::IFLA_INFO_SLAVE_DATA),
];

/// `addr-attrs` of rt_addr.
const ADDR_ATTRS: &[(u16, u16)] = &[
    (ga::IFA_ADDRESS, ha::IFA_ADDRESS),
    (ga::IFA_LOCAL, ha::IFA_LOCAL),
    (ga::IFA_LABEL, ha::IFA_LABEL),
    (ga::IFA_BROADCAST, ha::IFA_BROADCAST),
    (ga::IFA_ANYCAST, ha::IFA_ANYCAST),
    (ga::IFA_CACHEINFO, ha::IFA_CACHEINFO),
    (ga::IFA_MULTICAST, ha::IFA_MULTICAST),
    (ga::IFA_FLAGS, ha::IFA_FLAGS),
    (ga::IFA_RT_PRIORITY, ha::IFA_RT_PRIORITY),
    (ga::IFA_TARGET_NETNSID, ha::IFA_TARGET_NETNSID),
    (ga::IFA_PROTO, ha::IFA_PROTO),
];

/// `route-attrs` of rt_route.
const ROUTE_ATTRS: &[(u16, u16)] = &[
    (gr::RTA_DST, hr::RTA_DST),
    (gr::RTA_SRC, hr::RTA_SRC),
    (gr::RTA_IIF, hr::RTA_IIF),
    (gr::RTA_OIF, hr::RTA_OIF),
    (gr::RTA_GATEWAY, hr::RTA_GATEWAY),
    (gr::RTA_PRIORITY, hr::RTA_PRIORITY),
    (gr::RTA_PREFSRC, hr::RTA_PREFSRC),
    (gr::RTA_METRICS, hr::RTA_METRICS),
    (gr::RTA_MULTIPATH, hr::RTA_MULTIPATH),
    (gr::RTA_FLOW, hr::RTA_FLOW),
    (gr::RTA_CACHEINFO, hr::RTA_CACHEINFO),
    (gr::RTA_TABLE, hr::RTA_TABLE),
    (gr::RTA_MARK, hr::RTA_MARK),
    (gr::RTA_VIA, hr::RTA_VIA),
    (gr::RTA_NEWDST, hr::RTA_NEWDST),
    (gr::RTA_PREF, hr::RTA_PREF),
    (gr::RTA_ENCAP_TYPE, hr::RTA_ENCAP_TYPE),
    (gr::RTA_ENCAP, hr::RTA_ENCAP),
    (gr::RTA_EXPIRES, hr::RTA_EXPIRES),
    (gr::RTA_UID, hr::RTA_UID),
    (gr::RTA_TTL_PROPAGATE, hr::RTA_TTL_PROPAGATE),
    (gr::RTA_IP_PROTO, hr::RTA_IP_PROTO),
    (gr::RTA_SPORT, hr::RTA_SPORT),
    (gr::RTA_DPORT, hr::RTA_DPORT),
    (gr::RTA_NH_ID, hr::RTA_NH_ID),
];

/// `neighbour-attrs` of rt_neigh.
const NEIGHBOUR_ATTRS: &[(u16, u16)] = &[
    (gn::DST, hn::NDA_DST),
    (gn::LLADDR, hn::NDA_LLADDR),
    (gn::CACHEINFO, hn::NDA_CACHEINFO),
    (gn::PROBES, hn::NDA_PROBES),
    (gn::VLAN, hn::NDA_VLAN),
    (gn::PORT, hn::NDA_PORT),
    (gn::VNI, hn::NDA_VNI),
    (gn::IFINDEX, hn::NDA_IFINDEX),
    (gn::MASTER, hn::NDA_MASTER),
    (gn::LINK_NETNSID, hn::NDA_LINK_NETNSID),
    (gn::SRC_VNI, hn::NDA_SRC_VNI),
    (gn::PROTOCOL, hn::NDA_PROTOCOL),
    (gn::NH_ID, hn::NDA_NH_ID),
    (gn::FLAGS_EXT, hn::NDA_FLAGS_EXT),
];

/// `fib-rule-attrs` of rt_rule.
const FIB_RULE_ATTRS: &[(u16, u16)] = &[
    (gf::DST, hf::FRA_DST),
    (gf::SRC, hf::FRA_SRC),
    (gf::IIFNAME, hf::FRA_IIFNAME),
    (gf::GOTO, hf::FRA_GOTO),
    (gf::PRIORITY, hf::FRA_PRIORITY),
    (gf::FWMARK, hf::FRA_FWMARK),
    (gf::FLOW, hf::FRA_FLOW),
    (gf::TUN_ID, hf::FRA_TUN_ID),
    (gf::SUPPRESS_IFGROUP, hf::FRA_SUPPRESS_IFGROUP),
    (gf::SUPPRESS_PREFIXLEN, hf::FRA_SUPPRESS_PREFIXLEN),
    (gf::TABLE, hf::FRA_TABLE),
    (gf::FWMASK, hf::FRA_FWMASK),
    (gf::OIFNAME, hf::FRA_OIFNAME),
    (gf::L3MDEV, hf::FRA_L3MDEV),
    (gf::UID_RANGE, hf::FRA_UID_RANGE),
    (gf::PROTOCOL, hf::FRA_PROTOCOL),
    (gf::IP_PROTO, hf::FRA_IP_PROTO),
    (gf::SPORT_RANGE, hf::FRA_SPORT_RANGE),
    (gf::DPORT_RANGE, hf::FRA_DPORT_RANGE),
];

/// `linkinfo-bond-attrs` of rt_link.
const LINKINFO_BOND_ATTRS: &[(u16, u16)] = &[
    (gbo::MODE, hbo::IFLA_BOND_MODE),
    (gbo::MIIMON, hbo::IFLA_BOND_MIIMON),
    (gbo::UPDELAY, hbo::IFLA_BOND_UPDELAY),
    (gbo::DOWNDELAY, hbo::IFLA_BOND_DOWNDELAY),
    (gbo::USE_CARRIER, hbo::IFLA_BOND_USE_CARRIER),
    (gbo::XMIT_HASH_POLICY, hbo::IFLA_BOND_XMIT_HASH_POLICY),
    (gbo::ALL_SLAVES_ACTIVE, hbo::IFLA_BOND_ALL_SLAVES_ACTIVE),
    (gbo::MIN_LINKS, hbo::IFLA_BOND_MIN_LINKS),
    (gbo::AD_LACP_RATE, hbo::IFLA_BOND_AD_LACP_RATE),
    (gbo::AD_SELECT, hbo::IFLA_BOND_AD_SELECT),
];

/// `linkinfo-vlan-attrs` of rt_link.
const LINKINFO_VLAN_ATTRS: &[(u16, u16)] = &[
    (gvl::ID, hvl::IFLA_VLAN_ID),
    (gvl::EGRESS_QOS, hvl::IFLA_VLAN_EGRESS_QOS),
    (gvl::INGRESS_QOS, hvl::IFLA_VLAN_INGRESS_QOS),
    (gvl::PROTOCOL, hvl::IFLA_VLAN_PROTOCOL),
];

/// `linkinfo-brport-attrs` of rt_link.
const LINKINFO_BRPORT_ATTRS: &[(u16, u16)] = &[
    (gbp::STATE, hbp::IFLA_BRPORT_STATE),
    (gbp::PRIORITY, hbp::IFLA_BRPORT_PRIORITY),
    (gbp::COST, hbp::IFLA_BRPORT_COST),
    (gbp::MODE, hbp::IFLA_BRPORT_MODE),
    (gbp::GUARD, hbp::IFLA_BRPORT_GUARD),
    (gbp::PROTECT, hbp::IFLA_BRPORT_PROTECT),
    (gbp::FAST_LEAVE, hbp::IFLA_BRPORT_FAST_LEAVE),
    (gbp::LEARNING, hbp::IFLA_BRPORT_LEARNING),
    (gbp::UNICAST_FLOOD, hbp::IFLA_BRPORT_UNICAST_FLOOD),
    (gbp::PROXYARP, hbp::IFLA_BRPORT_PROXYARP),
    (gbp::LEARNING_SYNC, hbp::IFLA_BRPORT_LEARNING_SYNC),
    (gbp::PROXYARP_WIFI, hbp::IFLA_BRPORT_PROXYARP_WIFI),
    (gbp::ROOT_ID, hbp::IFLA_BRPORT_ROOT_ID),
    (gbp::BRIDGE_ID, hbp::IFLA_BRPORT_BRIDGE_ID),
    (gbp::DESIGNATED_PORT, hbp::IFLA_BRPORT_DESIGNATED_PORT),
    (gbp::DESIGNATED_COST, hbp::IFLA_BRPORT_DESIGNATED_COST),
    (gbp::ID, hbp::IFLA_BRPORT_ID),
    (gbp::NO, hbp::IFLA_BRPORT_NO),
    (
        gbp::TOPOLOGY_CHANGE_ACK,
        hbp::IFLA_BRPORT_TOPOLOGY_CHANGE_ACK,
    ),
    (gbp::CONFIG_PENDING, hbp::IFLA_BRPORT_CONFIG_PENDING),
    (gbp::MESSAGE_AGE_TIMER, hbp::IFLA_BRPORT_MESSAGE_AGE_TIMER),
    (
        gbp::FORWARD_DELAY_TIMER,
        hbp::IFLA_BRPORT_FORWARD_DELAY_TIMER,
    ),
    (gbp::HOLD_TIMER, hbp::IFLA_BRPORT_HOLD_TIMER),
    (gbp::FLUSH, hbp::IFLA_BRPORT_FLUSH),
    (gbp::MULTICAST_ROUTER, hbp::IFLA_BRPORT_MULTICAST_ROUTER),
    (gbp::MCAST_FLOOD, hbp::IFLA_BRPORT_MCAST_FLOOD),
    (gbp::MCAST_TO_UCAST, hbp::IFLA_BRPORT_MCAST_TO_UCAST),
    (gbp::VLAN_TUNNEL, hbp::IFLA_BRPORT_VLAN_TUNNEL),
    (gbp::BCAST_FLOOD, hbp::IFLA_BRPORT_BCAST_FLOOD),
    (gbp::GROUP_FWD_MASK, hbp::IFLA_BRPORT_GROUP_FWD_MASK),
    (gbp::NEIGH_SUPPRESS, hbp::IFLA_BRPORT_NEIGH_SUPPRESS),
    (gbp::ISOLATED, hbp::IFLA_BRPORT_ISOLATED),
    (gbp::BACKUP_PORT, hbp::IFLA_BRPORT_BACKUP_PORT),
    (gbp::LOCKED, hbp::IFLA_BRPORT_LOCKED),
    (gbp::MAB, hbp::IFLA_BRPORT_MAB),
];

/// `linkinfo-bridge-attrs` of rt_link.
const LINKINFO_BRIDGE_ATTRS: &[(u16, u16)] = &[
    (gbr::FORWARD_DELAY, hbr::IFLA_BR_FORWARD_DELAY),
    (gbr::HELLO_TIME, hbr::IFLA_BR_HELLO_TIME),
    (gbr::MAX_AGE, hbr::IFLA_BR_MAX_AGE),
    (gbr::AGEING_TIME, hbr::IFLA_BR_AGEING_TIME),
    (gbr::STP_STATE, hbr::IFLA_BR_STP_STATE),
    (gbr::PRIORITY, hbr::IFLA_BR_PRIORITY),
    (gbr::VLAN_FILTERING, hbr::IFLA_BR_VLAN_FILTERING),
    (gbr::VLAN_PROTOCOL, hbr::IFLA_BR_VLAN_PROTOCOL),
    (gbr::GROUP_FWD_MASK, hbr::IFLA_BR_GROUP_FWD_MASK),
    (gbr::ROOT_ID, hbr::IFLA_BR_ROOT_ID),
    (gbr::BRIDGE_ID, hbr::IFLA_BR_BRIDGE_ID),
    (gbr::ROOT_PORT, hbr::IFLA_BR_ROOT_PORT),
    (gbr::ROOT_PATH_COST, hbr::IFLA_BR_ROOT_PATH_COST),
    (gbr::TOPOLOGY_CHANGE, hbr::IFLA_BR_TOPOLOGY_CHANGE),
    (
        gbr::TOPOLOGY_CHANGE_DETECTED,
        hbr::IFLA_BR_TOPOLOGY_CHANGE_DETECTED,
    ),
    (gbr::HELLO_TIMER, hbr::IFLA_BR_HELLO_TIMER),
    (gbr::TCN_TIMER, hbr::IFLA_BR_TCN_TIMER),
    (
        gbr::TOPOLOGY_CHANGE_TIMER,
        hbr::IFLA_BR_TOPOLOGY_CHANGE_TIMER,
    ),
    (gbr::GC_TIMER, hbr::IFLA_BR_GC_TIMER),
    (gbr::GROUP_ADDR, hbr::IFLA_BR_GROUP_ADDR),
    (gbr::FDB_FLUSH, hbr::IFLA_BR_FDB_FLUSH),
    (gbr::MCAST_ROUTER, hbr::IFLA_BR_MCAST_ROUTER),
    (gbr::MCAST_SNOOPING, hbr::IFLA_BR_MCAST_SNOOPING),
    (
        gbr::MCAST_QUERY_USE_IFADDR,
        hbr::IFLA_BR_MCAST_QUERY_USE_IFADDR,
    ),
    (gbr::MCAST_QUERIER, hbr::IFLA_BR_MCAST_QUERIER),
    (
        gbr::MCAST_HASH_ELASTICITY,
        hbr::IFLA_BR_MCAST_HASH_ELASTICITY,
    ),
    (gbr::MCAST_HASH_MAX, hbr::IFLA_BR_MCAST_HASH_MAX),
    (
        gbr::MCAST_LAST_MEMBER_CNT,
        hbr::IFLA_BR_MCAST_LAST_MEMBER_CNT,
    ),
    (
        gbr::MCAST_STARTUP_QUERY_CNT,
        hbr::IFLA_BR_MCAST_STARTUP_QUERY_CNT,
    ),
    (
        gbr::MCAST_LAST_MEMBER_INTVL,
        hbr::IFLA_BR_MCAST_LAST_MEMBER_INTVL,
    ),
    (
        gbr::MCAST_MEMBERSHIP_INTVL,
        hbr::IFLA_BR_MCAST_MEMBERSHIP_INTVL,
    ),
    (gbr::MCAST_QUERIER_INTVL, hbr::IFLA_BR_MCAST_QUERIER_INTVL),
    (gbr::MCAST_QUERY_INTVL, hbr::IFLA_BR_MCAST_QUERY_INTVL),
    (
        gbr::MCAST_QUERY_RESPONSE_INTVL,
        hbr::IFLA_BR_MCAST_QUERY_RESPONSE_INTVL,
    ),
    (
        gbr::MCAST_STARTUP_QUERY_INTVL,
        hbr::IFLA_BR_MCAST_STARTUP_QUERY_INTVL,
    ),
    (gbr::NF_CALL_IPTABLES, hbr::IFLA_BR_NF_CALL_IPTABLES),
    (gbr::NF_CALL_ARPTABLES, hbr::IFLA_BR_NF_CALL_ARPTABLES),
    (gbr::VLAN_DEFAULT_PVID, hbr::IFLA_BR_VLAN_DEFAULT_PVID),
    (gbr::VLAN_STATS_ENABLED, hbr::IFLA_BR_VLAN_STATS_ENABLED),
    (gbr::MCAST_STATS_ENABLED, hbr::IFLA_BR_MCAST_STATS_ENABLED),
    (gbr::MCAST_IGMP_VERSION, hbr::IFLA_BR_MCAST_IGMP_VERSION),
    (gbr::MCAST_MLD_VERSION, hbr::IFLA_BR_MCAST_MLD_VERSION),
    (gbr::VLAN_STATS_PER_PORT, hbr::IFLA_BR_VLAN_STATS_PER_PORT),
    (gbr::MULTI_BOOLOPT, hbr::IFLA_BR_MULTI_BOOLOPT),
];

/// `linkinfo-gre-attrs` of rt_link.
const LINKINFO_GRE_ATTRS: &[(u16, u16)] = &[
    (ggr::LINK, hgr::IFLA_GRE_LINK),
    (ggr::IFLAGS, hgr::IFLA_GRE_IFLAGS),
    (ggr::OFLAGS, hgr::IFLA_GRE_OFLAGS),
    (ggr::IKEY, hgr::IFLA_GRE_IKEY),
    (ggr::OKEY, hgr::IFLA_GRE_OKEY),
    (ggr::LOCAL, hgr::IFLA_GRE_LOCAL),
    (ggr::REMOTE, hgr::IFLA_GRE_REMOTE),
    (ggr::TTL, hgr::IFLA_GRE_TTL),
    (ggr::TOS, hgr::IFLA_GRE_TOS),
    (ggr::PMTUDISC, hgr::IFLA_GRE_PMTUDISC),
    (ggr::ENCAP_TYPE, hgr::IFLA_GRE_ENCAP_TYPE),
    (ggr::ENCAP_FLAGS, hgr::IFLA_GRE_ENCAP_FLAGS),
    (ggr::ENCAP_SPORT, hgr::IFLA_GRE_ENCAP_SPORT),
    (ggr::ENCAP_DPORT, hgr::IFLA_GRE_ENCAP_DPORT),
    (ggr::FWMARK, hgr::IFLA_GRE_FWMARK),
];

#[test]
fn attribute_ids_agree() {
    let groups = [
        (LINK_ATTRS, 49),
        (LINKINFO_ATTRS, 5),
        (ADDR_ATTRS, 11),
        (ROUTE_ATTRS, 25),
        (NEIGHBOUR_ATTRS, 14),
        (FIB_RULE_ATTRS, 19),
        (LINKINFO_BOND_ATTRS, 10),
        (LINKINFO_VLAN_ATTRS, 4),
        (LINKINFO_BRPORT_ATTRS, 35),
        (LINKINFO_BRIDGE_ATTRS, 44),
        (LINKINFO_GRE_ATTRS, 15),
    ];
    let mut total = 0;
    for (g, (pairs, count)) in groups.iter().enumerate() {
        for (i, (generated, hand)) in pairs.iter().enumerate() {
            assert_eq!(generated, hand, "group {g}, pair {i}");
        }
        assert_eq!(pairs.len(), *count);
        total += pairs.len();
    }
    assert_eq!(total, 231);
}

#[test]
fn message_types_agree() {
    let pairs = [
        (rt_link::message_type::NEWLINK, RTM_NEWLINK),
        (rt_link::message_type::DELLINK, RTM_DELLINK),
        (rt_link::message_type::GETLINK, RTM_GETLINK),
        (rt_link::message_type::GETLINK_REPLY, RTM_NEWLINK),
        (rt_link::message_type::SETLINK, RTM_SETLINK),
        (rt_addr::message_type::NEWADDR, RTM_NEWADDR),
        (rt_addr::message_type::DELADDR, RTM_DELADDR),
        (rt_addr::message_type::GETADDR, RTM_GETADDR),
        (rt_addr::message_type::GETADDR_REPLY, RTM_NEWADDR),
        (rt_route::message_type::NEWROUTE, RTM_NEWROUTE),
        (rt_route::message_type::DELROUTE, RTM_DELROUTE),
        (rt_route::message_type::GETROUTE, RTM_GETROUTE),
        (rt_route::message_type::GETROUTE_REPLY, RTM_NEWROUTE),
        (rt_neigh::message_type::NEWNEIGH, RTM_NEWNEIGH),
        (rt_neigh::message_type::DELNEIGH, RTM_DELNEIGH),
        (rt_neigh::message_type::GETNEIGH, RTM_GETNEIGH),
        (rt_neigh::message_type::NEWNEIGH_NTF, RTM_NEWNEIGH),
        (rt_neigh::message_type::DELNEIGH_NTF, RTM_DELNEIGH),
        (rt_rule::message_type::NEWRULE, RTM_NEWRULE),
        (rt_rule::message_type::DELRULE, RTM_DELRULE),
        (rt_rule::message_type::GETRULE, RTM_GETRULE),
        (rt_rule::message_type::GETRULE_REPLY, RTM_NEWRULE),
    ];
    for (i, (generated, hand)) in pairs.iter().enumerate() {
        assert_eq!(generated, hand, "pair {i}");
    }
}

#[test]
fn groups_and_protocol_agree() {
    assert_eq!(rt_link::mcgrp::RTNLGRP_LINK, RTNLGRP_LINK);
    assert_eq!(rt_addr::mcgrp::RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV4_IFADDR);
    assert_eq!(rt_addr::mcgrp::RTNLGRP_IPV6_IFADDR, RTNLGRP_IPV6_IFADDR);
    assert_eq!(rt_neigh::mcgrp::RTNLGRP_NEIGH, RTNLGRP_NEIGH);
    assert_eq!(rt_rule::mcgrp::RTNLGRP_IPV4_RULE, RTNLGRP_IPV4_RULE);
    assert_eq!(rt_rule::mcgrp::RTNLGRP_IPV6_RULE, RTNLGRP_IPV6_RULE);
    assert_eq!(
        i32::from(nlkit::sys::Protocol::Route),
        rt_link::PROTOCOL as i32
    );
}

#[test]
fn headers_have_the_same_size() {
    assert_eq!(rt_link::Ifinfomsg::LEN, hdr::IfInfoMsg::LEN);
    assert_eq!(rt_addr::Ifaddrmsg::LEN, hdr::IfAddrMsg::LEN);
    assert_eq!(rt_route::Rtmsg::LEN, hdr::RtMsg::LEN);
    assert_eq!(rt_neigh::Ndmsg::LEN, hdr::NdMsg::LEN);
    assert_eq!(rt_rule::FibRuleHdr::LEN, hdr::FibRuleHdr::LEN);
}
