//! `rt-route` (netlink-raw): Route configuration over rtnetlink.
//!
//! Generated from `nlkit-ynl/specs/rt_route.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The netlink protocol number (`socket(AF_NETLINK, SOCK_RAW, PROTOCOL)`).
pub const PROTOCOL: u32 = 0;

crate::open_enum! {
    /// `rtm-type`: an enumeration.
    pub enum RtmType: u32 {
        /// `unspec` (0).
        Unspec = 0,
        /// `unicast` (1).
        Unicast = 1,
        /// `local` (2).
        Local = 2,
        /// `broadcast` (3).
        Broadcast = 3,
        /// `anycast` (4).
        Anycast = 4,
        /// `multicast` (5).
        Multicast = 5,
        /// `blackhole` (6).
        Blackhole = 6,
        /// `unreachable` (7).
        Unreachable = 7,
        /// `prohibit` (8).
        Prohibit = 8,
        /// `throw` (9).
        Throw = 9,
        /// `nat` (10).
        Nat = 10,
        /// `xresolve` (11).
        Xresolve = 11,
    }
}

crate::fixed_struct! {
    /// `rtmsg`: a C structure of 12 bytes.
    pub struct Rtmsg("rtmsg") {
        /// `rtm-family`.
        pub rtm_family: u8,
        /// `rtm-dst-len`.
        pub rtm_dst_len: u8,
        /// `rtm-src-len`.
        pub rtm_src_len: u8,
        /// `rtm-tos`.
        pub rtm_tos: u8,
        /// `rtm-table`.
        pub rtm_table: u8,
        /// `rtm-protocol`.
        pub rtm_protocol: u8,
        /// `rtm-scope`.
        pub rtm_scope: u8,
        /// `rtm-type`.
        ///
        /// Values of `rtm-type`.
        pub rtm_type: u8,
        /// `rtm-flags`.
        pub rtm_flags: u32,
    }
}

crate::fixed_struct! {
    /// `rta-cacheinfo`: a C structure of 20 bytes.
    pub struct RtaCacheinfo("rta-cacheinfo") {
        /// `rta-clntref`.
        pub rta_clntref: u32,
        /// `rta-lastuse`.
        pub rta_lastuse: u32,
        /// `rta-expires`.
        pub rta_expires: u32,
        /// `rta-error`.
        pub rta_error: u32,
        /// `rta-used`.
        pub rta_used: u32,
    }
}

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `route-attrs`.
    pub mod route_attrs {
        /// `rta-dst` (binary).
        pub const RTA_DST: u16 = 1;
        /// `rta-src` (binary).
        pub const RTA_SRC: u16 = 2;
        /// `rta-iif` (u32).
        pub const RTA_IIF: u16 = 3;
        /// `rta-oif` (u32).
        pub const RTA_OIF: u16 = 4;
        /// `rta-gateway` (binary).
        pub const RTA_GATEWAY: u16 = 5;
        /// `rta-priority` (u32).
        pub const RTA_PRIORITY: u16 = 6;
        /// `rta-prefsrc` (binary).
        pub const RTA_PREFSRC: u16 = 7;
        /// `rta-metrics` (nest).
        pub const RTA_METRICS: u16 = 8;
        /// `rta-multipath` (binary).
        pub const RTA_MULTIPATH: u16 = 9;
        /// `rta-protoinfo` (binary).
        pub const RTA_PROTOINFO: u16 = 10;
        /// `rta-flow` (u32).
        pub const RTA_FLOW: u16 = 11;
        /// `rta-cacheinfo` (binary).
        pub const RTA_CACHEINFO: u16 = 12;
        /// `rta-session` (binary).
        pub const RTA_SESSION: u16 = 13;
        /// `rta-mp-algo` (binary).
        pub const RTA_MP_ALGO: u16 = 14;
        /// `rta-table` (u32).
        pub const RTA_TABLE: u16 = 15;
        /// `rta-mark` (u32).
        pub const RTA_MARK: u16 = 16;
        /// `rta-mfc-stats` (binary).
        pub const RTA_MFC_STATS: u16 = 17;
        /// `rta-via` (binary).
        pub const RTA_VIA: u16 = 18;
        /// `rta-newdst` (binary).
        pub const RTA_NEWDST: u16 = 19;
        /// `rta-pref` (u8).
        pub const RTA_PREF: u16 = 20;
        /// `rta-encap-type` (u16).
        pub const RTA_ENCAP_TYPE: u16 = 21;
        /// `rta-encap` (binary).
        pub const RTA_ENCAP: u16 = 22;
        /// `rta-expires` (u32).
        pub const RTA_EXPIRES: u16 = 23;
        /// `rta-pad` (binary).
        pub const RTA_PAD: u16 = 24;
        /// `rta-uid` (u32).
        pub const RTA_UID: u16 = 25;
        /// `rta-ttl-propagate` (u8).
        pub const RTA_TTL_PROPAGATE: u16 = 26;
        /// `rta-ip-proto` (u8).
        pub const RTA_IP_PROTO: u16 = 27;
        /// `rta-sport` (u16).
        pub const RTA_SPORT: u16 = 28;
        /// `rta-dport` (u16).
        pub const RTA_DPORT: u16 = 29;
        /// `rta-nh-id` (u32).
        pub const RTA_NH_ID: u16 = 30;
    }

    /// The attributes of `rta-metrics`.
    pub mod rta_metrics {
        /// `rtax-unspec` (unused).
        pub const RTAX_UNSPEC: u16 = 0;
        /// `rtax-lock` (u32).
        pub const RTAX_LOCK: u16 = 1;
        /// `rtax-mtu` (u32).
        pub const RTAX_MTU: u16 = 2;
        /// `rtax-window` (u32).
        pub const RTAX_WINDOW: u16 = 3;
        /// `rtax-rtt` (u32).
        pub const RTAX_RTT: u16 = 4;
        /// `rtax-rttvar` (u32).
        pub const RTAX_RTTVAR: u16 = 5;
        /// `rtax-ssthresh` (u32).
        pub const RTAX_SSTHRESH: u16 = 6;
        /// `rtax-cwnd` (u32).
        pub const RTAX_CWND: u16 = 7;
        /// `rtax-advmss` (u32).
        pub const RTAX_ADVMSS: u16 = 8;
        /// `rtax-reordering` (u32).
        pub const RTAX_REORDERING: u16 = 9;
        /// `rtax-hoplimit` (u32).
        pub const RTAX_HOPLIMIT: u16 = 10;
        /// `rtax-initcwnd` (u32).
        pub const RTAX_INITCWND: u16 = 11;
        /// `rtax-features` (u32).
        pub const RTAX_FEATURES: u16 = 12;
        /// `rtax-rto-min` (u32).
        pub const RTAX_RTO_MIN: u16 = 13;
        /// `rtax-initrwnd` (u32).
        pub const RTAX_INITRWND: u16 = 14;
        /// `rtax-quickack` (u32).
        pub const RTAX_QUICKACK: u16 = 15;
        /// `rtax-cc-algo` (string).
        pub const RTAX_CC_ALGO: u16 = 16;
        /// `rtax-fastopen-no-cookie` (u32).
        pub const RTAX_FASTOPEN_NO_COOKIE: u16 = 17;
    }
}

crate::attribute_set! {
    /// The attribute set `route-attrs`.
    pub struct RouteAttrs {}
    attributes {
        /// `rta-dst`.
        pub rta_dst: codec::Bytes = attrs::route_attrs::RTA_DST,
        /// `rta-src`.
        pub rta_src: codec::Bytes = attrs::route_attrs::RTA_SRC,
        /// `rta-iif`.
        pub rta_iif: codec::U32 = attrs::route_attrs::RTA_IIF,
        /// `rta-oif`.
        pub rta_oif: codec::U32 = attrs::route_attrs::RTA_OIF,
        /// `rta-gateway`.
        pub rta_gateway: codec::Bytes = attrs::route_attrs::RTA_GATEWAY,
        /// `rta-priority`.
        pub rta_priority: codec::U32 = attrs::route_attrs::RTA_PRIORITY,
        /// `rta-prefsrc`.
        pub rta_prefsrc: codec::Bytes = attrs::route_attrs::RTA_PREFSRC,
        /// `rta-metrics`.
        pub rta_metrics: codec::Nested<RtaMetrics> = attrs::route_attrs::RTA_METRICS,
        /// `rta-multipath`.
        pub rta_multipath: codec::Bytes = attrs::route_attrs::RTA_MULTIPATH,
        /// `rta-protoinfo`.
        pub rta_protoinfo: codec::Bytes = attrs::route_attrs::RTA_PROTOINFO,
        /// `rta-flow`.
        pub rta_flow: codec::U32 = attrs::route_attrs::RTA_FLOW,
        /// `rta-cacheinfo`.
        pub rta_cacheinfo: codec::StructTrailing<RtaCacheinfo> = attrs::route_attrs::RTA_CACHEINFO,
        /// `rta-session`.
        pub rta_session: codec::Bytes = attrs::route_attrs::RTA_SESSION,
        /// `rta-mp-algo`.
        pub rta_mp_algo: codec::Bytes = attrs::route_attrs::RTA_MP_ALGO,
        /// `rta-table`.
        pub rta_table: codec::U32 = attrs::route_attrs::RTA_TABLE,
        /// `rta-mark`.
        pub rta_mark: codec::U32 = attrs::route_attrs::RTA_MARK,
        /// `rta-mfc-stats`.
        pub rta_mfc_stats: codec::Bytes = attrs::route_attrs::RTA_MFC_STATS,
        /// `rta-via`.
        pub rta_via: codec::Bytes = attrs::route_attrs::RTA_VIA,
        /// `rta-newdst`.
        pub rta_newdst: codec::Bytes = attrs::route_attrs::RTA_NEWDST,
        /// `rta-pref`.
        pub rta_pref: codec::U8 = attrs::route_attrs::RTA_PREF,
        /// `rta-encap-type`.
        pub rta_encap_type: codec::U16 = attrs::route_attrs::RTA_ENCAP_TYPE,
        /// `rta-encap`.
        pub rta_encap: codec::Bytes = attrs::route_attrs::RTA_ENCAP,
        /// `rta-expires`.
        pub rta_expires: codec::U32 = attrs::route_attrs::RTA_EXPIRES,
        /// `rta-pad`.
        pub rta_pad: codec::Bytes = attrs::route_attrs::RTA_PAD,
        /// `rta-uid`.
        pub rta_uid: codec::U32 = attrs::route_attrs::RTA_UID,
        /// `rta-ttl-propagate`.
        pub rta_ttl_propagate: codec::U8 = attrs::route_attrs::RTA_TTL_PROPAGATE,
        /// `rta-ip-proto`.
        pub rta_ip_proto: codec::U8 = attrs::route_attrs::RTA_IP_PROTO,
        /// `rta-sport`.
        pub rta_sport: codec::U16 = attrs::route_attrs::RTA_SPORT,
        /// `rta-dport`.
        pub rta_dport: codec::U16 = attrs::route_attrs::RTA_DPORT,
        /// `rta-nh-id`.
        pub rta_nh_id: codec::U32 = attrs::route_attrs::RTA_NH_ID,
    }
}

crate::attribute_set! {
    /// The attribute set `rta-metrics`.
    pub struct RtaMetrics {}
    attributes {
        /// `rtax-lock`.
        pub rtax_lock: codec::U32 = attrs::rta_metrics::RTAX_LOCK,
        /// `rtax-mtu`.
        pub rtax_mtu: codec::U32 = attrs::rta_metrics::RTAX_MTU,
        /// `rtax-window`.
        pub rtax_window: codec::U32 = attrs::rta_metrics::RTAX_WINDOW,
        /// `rtax-rtt`.
        pub rtax_rtt: codec::U32 = attrs::rta_metrics::RTAX_RTT,
        /// `rtax-rttvar`.
        pub rtax_rttvar: codec::U32 = attrs::rta_metrics::RTAX_RTTVAR,
        /// `rtax-ssthresh`.
        pub rtax_ssthresh: codec::U32 = attrs::rta_metrics::RTAX_SSTHRESH,
        /// `rtax-cwnd`.
        pub rtax_cwnd: codec::U32 = attrs::rta_metrics::RTAX_CWND,
        /// `rtax-advmss`.
        pub rtax_advmss: codec::U32 = attrs::rta_metrics::RTAX_ADVMSS,
        /// `rtax-reordering`.
        pub rtax_reordering: codec::U32 = attrs::rta_metrics::RTAX_REORDERING,
        /// `rtax-hoplimit`.
        pub rtax_hoplimit: codec::U32 = attrs::rta_metrics::RTAX_HOPLIMIT,
        /// `rtax-initcwnd`.
        pub rtax_initcwnd: codec::U32 = attrs::rta_metrics::RTAX_INITCWND,
        /// `rtax-features`.
        pub rtax_features: codec::U32 = attrs::rta_metrics::RTAX_FEATURES,
        /// `rtax-rto-min`.
        pub rtax_rto_min: codec::U32 = attrs::rta_metrics::RTAX_RTO_MIN,
        /// `rtax-initrwnd`.
        pub rtax_initrwnd: codec::U32 = attrs::rta_metrics::RTAX_INITRWND,
        /// `rtax-quickack`.
        pub rtax_quickack: codec::U32 = attrs::rta_metrics::RTAX_QUICKACK,
        /// `rtax-cc-algo`.
        pub rtax_cc_algo: codec::Str = attrs::rta_metrics::RTAX_CC_ALGO,
        /// `rtax-fastopen-no-cookie`.
        pub rtax_fastopen_no_cookie: codec::U32 = attrs::rta_metrics::RTAX_FASTOPEN_NO_COOKIE,
    }
}

/// The message types (`nlmsghdr.nlmsg_type`) of each operation; `_REPLY` where the kernel answers
/// with another type.
pub mod message_type {
    /// `getroute`: Dump route information.
    pub const GETROUTE: u16 = 26;
    /// `getroute` (reply): Dump route information.
    pub const GETROUTE_REPLY: u16 = 24;
    /// `newroute`: Create a new route
    pub const NEWROUTE: u16 = 24;
    /// `delroute`: Delete an existing route
    pub const DELROUTE: u16 = 25;
}

crate::attribute_set! {
    /// The request of `getroute`: attributes of `route-attrs` (`rta-src`, `rta-dst`, `rta-iif`,
    /// `rta-oif`, `rta-ip-proto`, `rta-sport`, `rta-dport`, `rta-mark`, `rta-uid`).
    pub struct GetrouteRequest {
        /// The fixed header.
        pub header: Rtmsg,
    }
    attributes {
        /// `rta-src`.
        pub rta_src: codec::Bytes = attrs::route_attrs::RTA_SRC,
        /// `rta-dst`.
        pub rta_dst: codec::Bytes = attrs::route_attrs::RTA_DST,
        /// `rta-iif`.
        pub rta_iif: codec::U32 = attrs::route_attrs::RTA_IIF,
        /// `rta-oif`.
        pub rta_oif: codec::U32 = attrs::route_attrs::RTA_OIF,
        /// `rta-ip-proto`.
        pub rta_ip_proto: codec::U8 = attrs::route_attrs::RTA_IP_PROTO,
        /// `rta-sport`.
        pub rta_sport: codec::U16 = attrs::route_attrs::RTA_SPORT,
        /// `rta-dport`.
        pub rta_dport: codec::U16 = attrs::route_attrs::RTA_DPORT,
        /// `rta-mark`.
        pub rta_mark: codec::U32 = attrs::route_attrs::RTA_MARK,
        /// `rta-uid`.
        pub rta_uid: codec::U32 = attrs::route_attrs::RTA_UID,
    }
}

/// `getroute` (do): Dump route information.
///
/// Each reply is a [`RouteAttrs`].
pub fn getroute(request: &GetrouteRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETROUTE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `getroute` (dump): attributes of `route-attrs`.
    pub struct GetrouteDumpRequest {
        /// The fixed header.
        pub header: Rtmsg,
    }
    attributes {}
}

/// `getroute` (dump): Dump route information.
///
/// Each reply is a [`RouteAttrs`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn getroute_dump(request: &GetrouteDumpRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::GETROUTE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `newroute`: attributes of `route-attrs` (`rta-dst`, `rta-src`, `rta-iif`,
    /// `rta-oif`, `rta-gateway`, `rta-priority`, `rta-prefsrc`, `rta-metrics`, `rta-multipath`,
    /// `rta-flow`, `rta-cacheinfo`, `rta-table`, `rta-mark`, `rta-mfc-stats`, `rta-via`,
    /// `rta-newdst`, `rta-pref`, `rta-encap-type`, `rta-encap`, `rta-expires`, `rta-pad`,
    /// `rta-uid`, `rta-ttl-propagate`, `rta-ip-proto`, `rta-sport`, `rta-dport`, `rta-nh-id`).
    pub struct NewrouteRequest {
        /// The fixed header.
        pub header: Rtmsg,
    }
    attributes {
        /// `rta-dst`.
        pub rta_dst: codec::Bytes = attrs::route_attrs::RTA_DST,
        /// `rta-src`.
        pub rta_src: codec::Bytes = attrs::route_attrs::RTA_SRC,
        /// `rta-iif`.
        pub rta_iif: codec::U32 = attrs::route_attrs::RTA_IIF,
        /// `rta-oif`.
        pub rta_oif: codec::U32 = attrs::route_attrs::RTA_OIF,
        /// `rta-gateway`.
        pub rta_gateway: codec::Bytes = attrs::route_attrs::RTA_GATEWAY,
        /// `rta-priority`.
        pub rta_priority: codec::U32 = attrs::route_attrs::RTA_PRIORITY,
        /// `rta-prefsrc`.
        pub rta_prefsrc: codec::Bytes = attrs::route_attrs::RTA_PREFSRC,
        /// `rta-metrics`.
        pub rta_metrics: codec::Nested<RtaMetrics> = attrs::route_attrs::RTA_METRICS,
        /// `rta-multipath`.
        pub rta_multipath: codec::Bytes = attrs::route_attrs::RTA_MULTIPATH,
        /// `rta-flow`.
        pub rta_flow: codec::U32 = attrs::route_attrs::RTA_FLOW,
        /// `rta-cacheinfo`.
        pub rta_cacheinfo: codec::StructTrailing<RtaCacheinfo> = attrs::route_attrs::RTA_CACHEINFO,
        /// `rta-table`.
        pub rta_table: codec::U32 = attrs::route_attrs::RTA_TABLE,
        /// `rta-mark`.
        pub rta_mark: codec::U32 = attrs::route_attrs::RTA_MARK,
        /// `rta-mfc-stats`.
        pub rta_mfc_stats: codec::Bytes = attrs::route_attrs::RTA_MFC_STATS,
        /// `rta-via`.
        pub rta_via: codec::Bytes = attrs::route_attrs::RTA_VIA,
        /// `rta-newdst`.
        pub rta_newdst: codec::Bytes = attrs::route_attrs::RTA_NEWDST,
        /// `rta-pref`.
        pub rta_pref: codec::U8 = attrs::route_attrs::RTA_PREF,
        /// `rta-encap-type`.
        pub rta_encap_type: codec::U16 = attrs::route_attrs::RTA_ENCAP_TYPE,
        /// `rta-encap`.
        pub rta_encap: codec::Bytes = attrs::route_attrs::RTA_ENCAP,
        /// `rta-expires`.
        pub rta_expires: codec::U32 = attrs::route_attrs::RTA_EXPIRES,
        /// `rta-pad`.
        pub rta_pad: codec::Bytes = attrs::route_attrs::RTA_PAD,
        /// `rta-uid`.
        pub rta_uid: codec::U32 = attrs::route_attrs::RTA_UID,
        /// `rta-ttl-propagate`.
        pub rta_ttl_propagate: codec::U8 = attrs::route_attrs::RTA_TTL_PROPAGATE,
        /// `rta-ip-proto`.
        pub rta_ip_proto: codec::U8 = attrs::route_attrs::RTA_IP_PROTO,
        /// `rta-sport`.
        pub rta_sport: codec::U16 = attrs::route_attrs::RTA_SPORT,
        /// `rta-dport`.
        pub rta_dport: codec::U16 = attrs::route_attrs::RTA_DPORT,
        /// `rta-nh-id`.
        pub rta_nh_id: codec::U32 = attrs::route_attrs::RTA_NH_ID,
    }
}

/// `newroute` (do): Create a new route
///
/// The kernel answers with an acknowledgement only.
pub fn newroute(request: &NewrouteRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::NEWROUTE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `delroute`: attributes of `route-attrs` (`rta-dst`, `rta-src`, `rta-iif`,
    /// `rta-oif`, `rta-gateway`, `rta-priority`, `rta-prefsrc`, `rta-metrics`, `rta-multipath`,
    /// `rta-flow`, `rta-cacheinfo`, `rta-table`, `rta-mark`, `rta-mfc-stats`, `rta-via`,
    /// `rta-newdst`, `rta-pref`, `rta-encap-type`, `rta-encap`, `rta-expires`, `rta-pad`,
    /// `rta-uid`, `rta-ttl-propagate`, `rta-ip-proto`, `rta-sport`, `rta-dport`, `rta-nh-id`).
    pub struct DelrouteRequest {
        /// The fixed header.
        pub header: Rtmsg,
    }
    attributes {
        /// `rta-dst`.
        pub rta_dst: codec::Bytes = attrs::route_attrs::RTA_DST,
        /// `rta-src`.
        pub rta_src: codec::Bytes = attrs::route_attrs::RTA_SRC,
        /// `rta-iif`.
        pub rta_iif: codec::U32 = attrs::route_attrs::RTA_IIF,
        /// `rta-oif`.
        pub rta_oif: codec::U32 = attrs::route_attrs::RTA_OIF,
        /// `rta-gateway`.
        pub rta_gateway: codec::Bytes = attrs::route_attrs::RTA_GATEWAY,
        /// `rta-priority`.
        pub rta_priority: codec::U32 = attrs::route_attrs::RTA_PRIORITY,
        /// `rta-prefsrc`.
        pub rta_prefsrc: codec::Bytes = attrs::route_attrs::RTA_PREFSRC,
        /// `rta-metrics`.
        pub rta_metrics: codec::Nested<RtaMetrics> = attrs::route_attrs::RTA_METRICS,
        /// `rta-multipath`.
        pub rta_multipath: codec::Bytes = attrs::route_attrs::RTA_MULTIPATH,
        /// `rta-flow`.
        pub rta_flow: codec::U32 = attrs::route_attrs::RTA_FLOW,
        /// `rta-cacheinfo`.
        pub rta_cacheinfo: codec::StructTrailing<RtaCacheinfo> = attrs::route_attrs::RTA_CACHEINFO,
        /// `rta-table`.
        pub rta_table: codec::U32 = attrs::route_attrs::RTA_TABLE,
        /// `rta-mark`.
        pub rta_mark: codec::U32 = attrs::route_attrs::RTA_MARK,
        /// `rta-mfc-stats`.
        pub rta_mfc_stats: codec::Bytes = attrs::route_attrs::RTA_MFC_STATS,
        /// `rta-via`.
        pub rta_via: codec::Bytes = attrs::route_attrs::RTA_VIA,
        /// `rta-newdst`.
        pub rta_newdst: codec::Bytes = attrs::route_attrs::RTA_NEWDST,
        /// `rta-pref`.
        pub rta_pref: codec::U8 = attrs::route_attrs::RTA_PREF,
        /// `rta-encap-type`.
        pub rta_encap_type: codec::U16 = attrs::route_attrs::RTA_ENCAP_TYPE,
        /// `rta-encap`.
        pub rta_encap: codec::Bytes = attrs::route_attrs::RTA_ENCAP,
        /// `rta-expires`.
        pub rta_expires: codec::U32 = attrs::route_attrs::RTA_EXPIRES,
        /// `rta-pad`.
        pub rta_pad: codec::Bytes = attrs::route_attrs::RTA_PAD,
        /// `rta-uid`.
        pub rta_uid: codec::U32 = attrs::route_attrs::RTA_UID,
        /// `rta-ttl-propagate`.
        pub rta_ttl_propagate: codec::U8 = attrs::route_attrs::RTA_TTL_PROPAGATE,
        /// `rta-ip-proto`.
        pub rta_ip_proto: codec::U8 = attrs::route_attrs::RTA_IP_PROTO,
        /// `rta-sport`.
        pub rta_sport: codec::U16 = attrs::route_attrs::RTA_SPORT,
        /// `rta-dport`.
        pub rta_dport: codec::U16 = attrs::route_attrs::RTA_DPORT,
        /// `rta-nh-id`.
        pub rta_nh_id: codec::U32 = attrs::route_attrs::RTA_NH_ID,
    }
}

/// `delroute` (do): Delete an existing route
///
/// The kernel answers with an acknowledgement only.
pub fn delroute(request: &DelrouteRequest) -> MessageBuilder {
    let mut b = MessageBuilder::new(message_type::DELROUTE, Flags::NONE);
    b.push_struct(&request.header);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `route-attrs`.
    pub static ROUTE_ATTRS: SetNames = SetNames {
        name: "route-attrs",
        attrs: &[
            AttrName::value(1, "rta-dst"),
            AttrName::value(2, "rta-src"),
            AttrName::value(3, "rta-iif"),
            AttrName::value(4, "rta-oif"),
            AttrName::value(5, "rta-gateway"),
            AttrName::value(6, "rta-priority"),
            AttrName::value(7, "rta-prefsrc"),
            AttrName::nest(8, "rta-metrics", &RTA_METRICS),
            AttrName::value(9, "rta-multipath"),
            AttrName::value(10, "rta-protoinfo"),
            AttrName::value(11, "rta-flow"),
            AttrName::value(12, "rta-cacheinfo"),
            AttrName::value(13, "rta-session"),
            AttrName::value(14, "rta-mp-algo"),
            AttrName::value(15, "rta-table"),
            AttrName::value(16, "rta-mark"),
            AttrName::value(17, "rta-mfc-stats"),
            AttrName::value(18, "rta-via"),
            AttrName::value(19, "rta-newdst"),
            AttrName::value(20, "rta-pref"),
            AttrName::value(21, "rta-encap-type"),
            AttrName::value(22, "rta-encap"),
            AttrName::value(23, "rta-expires"),
            AttrName::value(24, "rta-pad"),
            AttrName::value(25, "rta-uid"),
            AttrName::value(26, "rta-ttl-propagate"),
            AttrName::value(27, "rta-ip-proto"),
            AttrName::value(28, "rta-sport"),
            AttrName::value(29, "rta-dport"),
            AttrName::value(30, "rta-nh-id"),
        ],
    };

    /// `rta-metrics`.
    pub static RTA_METRICS: SetNames = SetNames {
        name: "rta-metrics",
        attrs: &[
            AttrName::value(0, "rtax-unspec"),
            AttrName::value(1, "rtax-lock"),
            AttrName::value(2, "rtax-mtu"),
            AttrName::value(3, "rtax-window"),
            AttrName::value(4, "rtax-rtt"),
            AttrName::value(5, "rtax-rttvar"),
            AttrName::value(6, "rtax-ssthresh"),
            AttrName::value(7, "rtax-cwnd"),
            AttrName::value(8, "rtax-advmss"),
            AttrName::value(9, "rtax-reordering"),
            AttrName::value(10, "rtax-hoplimit"),
            AttrName::value(11, "rtax-initcwnd"),
            AttrName::value(12, "rtax-features"),
            AttrName::value(13, "rtax-rto-min"),
            AttrName::value(14, "rtax-initrwnd"),
            AttrName::value(15, "rtax-quickack"),
            AttrName::value(16, "rtax-cc-algo"),
            AttrName::value(17, "rtax-fastopen-no-cookie"),
        ],
    };

    /// The attributes of a request of message type `message_type`, by the operation that sends it.
    pub fn for_message(message_type: u16) -> Option<&'static SetNames> {
        match message_type {
            26 => Some(&ROUTE_ATTRS),
            24 => Some(&ROUTE_ATTRS),
            25 => Some(&ROUTE_ATTRS),
            _ => None,
        }
    }
}
