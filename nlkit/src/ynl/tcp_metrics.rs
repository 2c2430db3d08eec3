//! `tcp_metrics` (genetlink-legacy): Management interface for TCP metrics.
//!
//! Generated from `nlkit-ynl/specs/tcp_metrics.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "tcp_metrics";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `tcp_metrics` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

/// `tcp-fastopen-cookie-max`: a constant.
pub const TCP_FASTOPEN_COOKIE_MAX: u32 = 16;

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `tcp-metrics`.
    pub mod tcp_metrics {
        /// `addr-ipv4` (u32).
        pub const ADDR_IPV4: u16 = 1;
        /// `addr-ipv6` (binary).
        pub const ADDR_IPV6: u16 = 2;
        /// `age` (u64).
        pub const AGE: u16 = 3;
        /// `tw-tsval` (u32).
        pub const TW_TSVAL: u16 = 4;
        /// `tw-ts-stamp` (s32).
        pub const TW_TS_STAMP: u16 = 5;
        /// `vals` (nest).
        pub const VALS: u16 = 6;
        /// `fopen-mss` (u16).
        pub const FOPEN_MSS: u16 = 7;
        /// `fopen-syn-drops` (u16).
        pub const FOPEN_SYN_DROPS: u16 = 8;
        /// `fopen-syn-drop-ts` (u64).
        pub const FOPEN_SYN_DROP_TS: u16 = 9;
        /// `fopen-cookie` (binary).
        pub const FOPEN_COOKIE: u16 = 10;
        /// `saddr-ipv4` (u32).
        pub const SADDR_IPV4: u16 = 11;
        /// `saddr-ipv6` (binary).
        pub const SADDR_IPV6: u16 = 12;
        /// `pad` (pad).
        pub const PAD: u16 = 13;
    }

    /// The attributes of `metrics`.
    pub mod metrics {
        /// `rtt` (u32).
        pub const RTT: u16 = 1;
        /// `rttvar` (u32).
        pub const RTTVAR: u16 = 2;
        /// `ssthresh` (u32).
        pub const SSTHRESH: u16 = 3;
        /// `cwnd` (u32).
        pub const CWND: u16 = 4;
        /// `reodering` (u32).
        pub const REODERING: u16 = 5;
        /// `rtt-us` (u32).
        pub const RTT_US: u16 = 6;
        /// `rttvar-us` (u32).
        pub const RTTVAR_US: u16 = 7;
    }
}

crate::attribute_set! {
    /// The attribute set `tcp-metrics`.
    pub struct TcpMetrics {}
    attributes {
        /// `addr-ipv4`.
        pub addr_ipv4: codec::U32Be = attrs::tcp_metrics::ADDR_IPV4,
        /// `addr-ipv6`.
        ///
        /// The kernel checks: min-len 16.
        pub addr_ipv6: codec::Bytes = attrs::tcp_metrics::ADDR_IPV6,
        /// `age`.
        pub age: codec::U64 = attrs::tcp_metrics::AGE,
        /// unused
        pub tw_tsval: codec::U32 = attrs::tcp_metrics::TW_TSVAL,
        /// unused
        pub tw_ts_stamp: codec::I32 = attrs::tcp_metrics::TW_TS_STAMP,
        /// `vals`.
        pub vals: codec::Nested<Metrics> = attrs::tcp_metrics::VALS,
        /// `fopen-mss`.
        pub fopen_mss: codec::U16 = attrs::tcp_metrics::FOPEN_MSS,
        /// `fopen-syn-drops`.
        pub fopen_syn_drops: codec::U16 = attrs::tcp_metrics::FOPEN_SYN_DROPS,
        /// `fopen-syn-drop-ts`.
        pub fopen_syn_drop_ts: codec::U64 = attrs::tcp_metrics::FOPEN_SYN_DROP_TS,
        /// `fopen-cookie`.
        ///
        /// The kernel checks: min-len `tcp-fastopen-cookie-max`.
        pub fopen_cookie: codec::Bytes = attrs::tcp_metrics::FOPEN_COOKIE,
        /// `saddr-ipv4`.
        pub saddr_ipv4: codec::U32Be = attrs::tcp_metrics::SADDR_IPV4,
        /// `saddr-ipv6`.
        ///
        /// The kernel checks: min-len 16.
        pub saddr_ipv6: codec::Bytes = attrs::tcp_metrics::SADDR_IPV6,
    }
}

crate::attribute_set! {
    /// The attribute set `metrics`.
    ///
    /// Attributes with metrics. Note that the values here do not match
    /// the TCP_METRIC_* defines in the kernel, because kernel defines
    /// are off-by one (e.g. rtt is defined as enum 0, while netlink carries
    /// attribute type 1).
    pub struct Metrics {}
    attributes {
        /// Round Trip Time (RTT), in msecs with 3 bits fractional
        /// (left-shift by 3 to get the msec value).
        pub rtt: codec::U32 = attrs::metrics::RTT,
        /// Round Trip Time VARiance (RTT), in msecs with 2 bits fractional
        /// (left-shift by 2 to get the msec value).
        pub rttvar: codec::U32 = attrs::metrics::RTTVAR,
        /// Slow Start THRESHold.
        pub ssthresh: codec::U32 = attrs::metrics::SSTHRESH,
        /// Congestion Window.
        pub cwnd: codec::U32 = attrs::metrics::CWND,
        /// Reodering metric.
        pub reodering: codec::U32 = attrs::metrics::REODERING,
        /// Round Trip Time (RTT), in usecs, with 3 bits fractional
        /// (left-shift by 3 to get the msec value).
        pub rtt_us: codec::U32 = attrs::metrics::RTT_US,
        /// Round Trip Time (RTT), in usecs, with 2 bits fractional
        /// (left-shift by 3 to get the msec value).
        pub rttvar_us: codec::U32 = attrs::metrics::RTTVAR_US,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `get`: Retrieve metrics.
    pub const GET: u8 = 1;
    /// `del`: Delete metrics.
    pub const DEL: u8 = 2;
}

crate::attribute_set! {
    /// The request of `get`: attributes of `tcp-metrics` (`addr-ipv4`, `addr-ipv6`, `saddr-ipv4`,
    /// `saddr-ipv6`).
    pub struct GetRequest {}
    attributes {
        /// `addr-ipv4`.
        pub addr_ipv4: codec::U32Be = attrs::tcp_metrics::ADDR_IPV4,
        /// `addr-ipv6`.
        ///
        /// The kernel checks: min-len 16.
        pub addr_ipv6: codec::Bytes = attrs::tcp_metrics::ADDR_IPV6,
        /// `saddr-ipv4`.
        pub saddr_ipv4: codec::U32Be = attrs::tcp_metrics::SADDR_IPV4,
        /// `saddr-ipv6`.
        ///
        /// The kernel checks: min-len 16.
        pub saddr_ipv6: codec::Bytes = attrs::tcp_metrics::SADDR_IPV6,
    }
}

impl crate::genl::Reply for TcpMetrics {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for GetRequest {
    type Family = Family;
    type Reply = TcpMetrics;
    const CMD: u8 = cmd::GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::TCP_METRICS)
    }
}

/// `get` (do): Retrieve metrics.
///
/// Each reply is a [`TcpMetrics`].
pub fn get(family_id: u16, request: &GetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `get` (dump): attributes of `tcp-metrics`.
    pub struct GetDumpRequest {}
    attributes {}
}

impl crate::genl::Request for GetDumpRequest {
    type Family = Family;
    type Reply = TcpMetrics;
    const CMD: u8 = cmd::GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::TCP_METRICS)
    }
}

/// `get` (dump): Retrieve metrics.
///
/// Each reply is a [`TcpMetrics`]. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn get_dump(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::GET, FAMILY_VERSION)
}

crate::attribute_set! {
    /// The request of `del`: attributes of `tcp-metrics` (`addr-ipv4`, `addr-ipv6`, `saddr-ipv4`,
    /// `saddr-ipv6`).
    pub struct DelRequest {}
    attributes {
        /// `addr-ipv4`.
        pub addr_ipv4: codec::U32Be = attrs::tcp_metrics::ADDR_IPV4,
        /// `addr-ipv6`.
        ///
        /// The kernel checks: min-len 16.
        pub addr_ipv6: codec::Bytes = attrs::tcp_metrics::ADDR_IPV6,
        /// `saddr-ipv4`.
        pub saddr_ipv4: codec::U32Be = attrs::tcp_metrics::SADDR_IPV4,
        /// `saddr-ipv6`.
        ///
        /// The kernel checks: min-len 16.
        pub saddr_ipv6: codec::Bytes = attrs::tcp_metrics::SADDR_IPV6,
    }
}

impl crate::genl::Request for DelRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::DEL;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::TCP_METRICS)
    }
}

/// `del` (do): Delete metrics.
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn del(family_id: u16, request: &DelRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DEL, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `tcp-metrics`.
    pub static TCP_METRICS: SetNames = SetNames {
        name: "tcp-metrics",
        attrs: &[
            AttrName::value(1, "addr-ipv4"),
            AttrName::value(2, "addr-ipv6"),
            AttrName::value(3, "age"),
            AttrName::value(4, "tw-tsval"),
            AttrName::value(5, "tw-ts-stamp"),
            AttrName::nest(6, "vals", &METRICS),
            AttrName::value(7, "fopen-mss"),
            AttrName::value(8, "fopen-syn-drops"),
            AttrName::value(9, "fopen-syn-drop-ts"),
            AttrName::value(10, "fopen-cookie"),
            AttrName::value(11, "saddr-ipv4"),
            AttrName::value(12, "saddr-ipv6"),
            AttrName::value(13, "pad"),
        ],
    };

    /// `metrics`.
    pub static METRICS: SetNames = SetNames {
        name: "metrics",
        attrs: &[
            AttrName::value(1, "rtt"),
            AttrName::value(2, "rttvar"),
            AttrName::value(3, "ssthresh"),
            AttrName::value(4, "cwnd"),
            AttrName::value(5, "reodering"),
            AttrName::value(6, "rtt-us"),
            AttrName::value(7, "rttvar-us"),
        ],
    };
}
