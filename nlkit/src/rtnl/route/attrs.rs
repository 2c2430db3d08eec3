//! Route attribute ids (`enum rtattr_type_t`), metric ids (`RTAX_*`) and the
//! lightweight-tunnel ids of linux/rtnetlink.h and linux/lwtunnel.h. Route types,
//! protocols, scopes and tables are open enums ([`crate::rtnl::RouteType`], ...), flags
//! are [`super::RouteFlags`].
#![allow(missing_docs)]

pub const RTA_DST: u16 = 1;
pub const RTA_SRC: u16 = 2;
pub const RTA_IIF: u16 = 3;
pub const RTA_OIF: u16 = 4;
pub const RTA_GATEWAY: u16 = 5;
pub const RTA_PRIORITY: u16 = 6;
pub const RTA_PREFSRC: u16 = 7;
pub const RTA_METRICS: u16 = 8;
pub const RTA_MULTIPATH: u16 = 9;
pub const RTA_FLOW: u16 = 11;
pub const RTA_CACHEINFO: u16 = 12;
pub const RTA_TABLE: u16 = 15;
pub const RTA_MARK: u16 = 16;
pub const RTA_VIA: u16 = 18;
pub const RTA_NEWDST: u16 = 19;
pub const RTA_PREF: u16 = 20;
pub const RTA_ENCAP_TYPE: u16 = 21;
pub const RTA_ENCAP: u16 = 22;
pub const RTA_EXPIRES: u16 = 23;
pub const RTA_UID: u16 = 25;
pub const RTA_TTL_PROPAGATE: u16 = 26;
pub const RTA_IP_PROTO: u16 = 27;
pub const RTA_SPORT: u16 = 28;
pub const RTA_DPORT: u16 = 29;
pub const RTA_NH_ID: u16 = 30;

pub const RTAX_LOCK: u16 = 1;
pub const RTAX_MTU: u16 = 2;
pub const RTAX_WINDOW: u16 = 3;
pub const RTAX_RTT: u16 = 4;
pub const RTAX_RTTVAR: u16 = 5;
pub const RTAX_SSTHRESH: u16 = 6;
pub const RTAX_CWND: u16 = 7;
pub const RTAX_ADVMSS: u16 = 8;
pub const RTAX_REORDERING: u16 = 9;
pub const RTAX_HOPLIMIT: u16 = 10;
pub const RTAX_INITCWND: u16 = 11;
pub const RTAX_FEATURES: u16 = 12;
pub const RTAX_RTO_MIN: u16 = 13;
pub const RTAX_INITRWND: u16 = 14;
pub const RTAX_QUICKACK: u16 = 15;
pub const RTAX_CC_ALGO: u16 = 16;
pub const RTAX_FASTOPEN_NO_COOKIE: u16 = 17;

/// `RTA_ENCAP_TYPE` values (`LWTUNNEL_ENCAP_*`, linux/lwtunnel.h).
pub const LWTUNNEL_ENCAP_MPLS: u16 = 1;
pub const LWTUNNEL_ENCAP_IP: u16 = 2;
pub const LWTUNNEL_ENCAP_IP6: u16 = 4;
pub const LWTUNNEL_ENCAP_SEG6: u16 = 5;

/// Attributes inside an IP or IPv6 `RTA_ENCAP` (linux/lwtunnel.h: `LWTUNNEL_IP_*` and
/// `LWTUNNEL_IP6_*` share the numbers; TTL is HOPLIMIT and TOS is TC for IPv6).
pub const LWTUNNEL_IP_ID: u16 = 1;
pub const LWTUNNEL_IP_DST: u16 = 2;
pub const LWTUNNEL_IP_SRC: u16 = 3;
pub const LWTUNNEL_IP_TTL: u16 = 4;
pub const LWTUNNEL_IP_TOS: u16 = 5;
pub const LWTUNNEL_IP_FLAGS: u16 = 6;
/// `LWTUNNEL_IP_FLAGS` bits (linux/if_tunnel.h `TUNNEL_*`, as host values of the big-endian
/// field).
pub const TUNNEL_CSUM: u16 = 0x01;
pub const TUNNEL_KEY: u16 = 0x04;
pub const TUNNEL_SEQ: u16 = 0x08;

/// Attributes inside an MPLS `RTA_ENCAP` (linux/mpls_iptunnel.h).
pub const MPLS_IPTUNNEL_DST: u16 = 1;
pub const MPLS_IPTUNNEL_TTL: u16 = 2;
