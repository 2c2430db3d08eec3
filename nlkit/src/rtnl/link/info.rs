//! The nested parts of a link: `IFLA_LINKINFO` (kind and data), `IFLA_XDP`, `IFLA_AF_SPEC`,
//! `IFLA_PROP_LIST` and the counters of `IFLA_STATS64` / `IFLA_STATS`, each with the codec
//! its field is read and written with.

use super::attrs::*;
use super::kinds::{LinkKind, PortKind};
use crate::rtnl::AddressFamily;
use crate::wire::attr::NLA_F_NESTED;
use crate::wire::codec::{self, Codec};
use crate::wire::{AttrView, DecodeError, DecodeErrorKind, MessageBuilder};

crate::attribute_set! {
    /// `IFLA_LINKINFO` as the kernel reports it: the kind and its data, and for a port the
    /// master's kind and the port options, kept as they came; [`LinkInfo::kind_data`] and
    /// [`LinkInfo::port`] read them as typed values.
    pub struct LinkInfo {}
    attributes {
        /// `IFLA_INFO_KIND`: `veth`, `bridge`, `vxlan`, ...
        pub kind: codec::Str = IFLA_INFO_KIND,
        /// The payload of `IFLA_INFO_DATA`.
        pub data: codec::NestedBytes = IFLA_INFO_DATA,
        /// `IFLA_INFO_XSTATS`, raw.
        pub xstats: codec::Bytes = IFLA_INFO_XSTATS,
        /// `IFLA_INFO_SLAVE_KIND`: the kind of the master this link is a port of.
        pub port_kind: codec::Str = IFLA_INFO_SLAVE_KIND,
        /// The payload of `IFLA_INFO_SLAVE_DATA`.
        pub port_data: codec::NestedBytes = IFLA_INFO_SLAVE_DATA,
    }
}

/// The kind whose data is a port's options, sent in `IFLA_INFO_SLAVE_DATA`
/// ([`LinkKind::BridgePort`]).
const PORT_OPTIONS_KIND: &str = "bridge_slave";

impl LinkInfo {
    /// The kind with its typed data (read from the nest the kind's data travels in:
    /// `IFLA_INFO_SLAVE_DATA` for `bridge_slave`, else `IFLA_INFO_DATA`).
    pub fn kind_data(&self) -> Option<LinkKind> {
        let kind = self.kind.as_deref()?;
        let data = if kind == PORT_OPTIONS_KIND {
            self.port_data.as_deref()
        } else {
            self.data.as_deref()
        };
        Some(LinkKind::decode(kind, data))
    }

    /// The port options, typed by the master's kind.
    pub fn port(&self) -> Option<PortKind> {
        let kind = self.port_kind.as_deref()?;
        Some(PortKind::decode(kind, self.port_data.as_deref()))
    }
}

/// `IFLA_LINKINFO` of a change request: a [`LinkKind`], written as iproute2 writes it.
#[derive(Debug)]
pub struct KindCodec;

impl Codec for KindCodec {
    type Value = LinkKind;

    fn decode(a: &AttrView<&[u8]>) -> Result<LinkKind, DecodeError> {
        codec::NestedPlain::<LinkInfo>::decode(a)?
            .kind_data()
            .ok_or_else(|| DecodeError::new("IFLA_INFO_KIND", 0, DecodeErrorKind::BadValue))
    }

    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &LinkKind) {
        v.write_info(b, raw_type);
    }
}

crate::attribute_set! {
    /// `IFLA_XDP`: the attached XDP program, or (in a request) the program to attach or
    /// detach (`fd` -1).
    pub struct Xdp {}
    attributes {
        /// `IFLA_XDP_FD`: the program's descriptor (-1 detaches).
        pub fd: codec::I32 = IFLA_XDP_FD,
        /// `IFLA_XDP_ATTACHED` (`XDP_ATTACHED_*`).
        pub attached: codec::U8 = IFLA_XDP_ATTACHED,
        /// `IFLA_XDP_FLAGS` (`XDP_FLAGS_*`).
        pub flags: codec::U32 = IFLA_XDP_FLAGS,
        /// `IFLA_XDP_PROG_ID`.
        pub prog_id: codec::U32 = IFLA_XDP_PROG_ID,
    }
}

impl Xdp {
    /// The request that detaches the program attached in mode `flags` (`XDP_FLAGS_*`), as
    /// `ip link set DEV xdp off` sends it.
    pub fn detach(flags: u32) -> Xdp {
        Xdp {
            fd: Some(-1),
            flags: Some(flags),
            ..Default::default()
        }
    }
}

/// `IFLA_AF_SPEC`: per-family link data. The IPv6 address generation mode is read out;
/// the whole nest is kept and emitted as it came.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AfSpec {
    /// The nest payload as it came.
    pub raw: Vec<u8>,
    /// `IFLA_INET6_ADDR_GEN_MODE` inside the `AF_INET6` entry.
    pub inet6_addr_gen_mode: Option<u8>,
}

/// The codec of [`AfSpec`].
#[derive(Debug)]
pub struct AfSpecCodec;

impl Codec for AfSpecCodec {
    type Value = AfSpec;

    fn decode(a: &AttrView<&[u8]>) -> Result<AfSpec, DecodeError> {
        let mut s = AfSpec {
            raw: a.payload().to_vec(),
            inet6_addr_gen_mode: None,
        };
        for f in a.nested() {
            let f = f?;
            if f.attr_type() == u16::from(u8::from(AddressFamily::Inet6)) {
                s.inet6_addr_gen_mode = addr_gen_mode_of(&f);
            }
        }
        Ok(s)
    }

    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &AfSpec) {
        b.attr_bytes(raw_type, &v.raw);
    }

    const FLAGS: u16 = NLA_F_NESTED;
}

fn addr_gen_mode_of(inet6: &AttrView<&[u8]>) -> Option<u8> {
    inet6
        .nested()
        .flatten()
        .find(|x| x.attr_type() == IFLA_INET6_ADDR_GEN_MODE)
        .and_then(|x| x.u8().ok())
}

/// The IPv6 address generation mode of a change request (`IN6_ADDR_GEN_MODE_*`): written
/// as `IFLA_AF_SPEC` / `AF_INET6` / `IFLA_INET6_ADDR_GEN_MODE`, nests without
/// `NLA_F_NESTED` as iproute2 sends them.
#[derive(Debug)]
pub struct AddrGenModeCodec;

impl Codec for AddrGenModeCodec {
    type Value = u8;

    fn decode(a: &AttrView<&[u8]>) -> Result<u8, DecodeError> {
        AfSpecCodec::decode(a)?.inet6_addr_gen_mode.ok_or_else(|| {
            DecodeError::new("IFLA_INET6_ADDR_GEN_MODE", 0, DecodeErrorKind::BadValue)
        })
    }

    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &u8) {
        let spec = b.nest_start_flags(raw_type);
        let inet6 = b.nest_start_flags(u16::from(u8::from(AddressFamily::Inet6)));
        b.attr_u8(IFLA_INET6_ADDR_GEN_MODE, *v);
        b.nest_end(inet6);
        b.nest_end(spec);
    }
}

/// `IFLA_PROP_LIST`: the alternative names (`IFLA_ALT_IFNAME` each).
#[derive(Debug)]
pub struct AltNamesCodec;

impl Codec for AltNamesCodec {
    type Value = Vec<String>;

    fn decode(a: &AttrView<&[u8]>) -> Result<Vec<String>, DecodeError> {
        a.nested()
            .map(|x| {
                let x = x?;
                if x.attr_type() != IFLA_ALT_IFNAME {
                    return Err(DecodeError::new(
                        "IFLA_ALT_IFNAME",
                        0,
                        DecodeErrorKind::BadValue,
                    ));
                }
                x.string().map(str::to_owned)
            })
            .collect()
    }

    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &Vec<String>) {
        let n = b.nest_start_flags(raw_type);
        for name in v {
            b.attr_str(IFLA_ALT_IFNAME, name);
        }
        b.nest_end(n);
    }

    const FLAGS: u16 = NLA_F_NESTED;
}

/// Interface counters: `struct rtnl_link_stats64` (`IFLA_STATS64`) or `struct
/// rtnl_link_stats` (`IFLA_STATS`, 32-bit counters widened), in the structure's order. The
/// structure grew over time, so the number of counters is kept as it came.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LinkStats {
    /// The counters, in the order of the C structure.
    pub counters: Vec<u64>,
}

macro_rules! counters {
    ($($i:literal $name:ident),* $(,)?) => {
        impl LinkStats {
            $(
                #[doc = concat!("`", stringify!($name), "` (0 when the structure is too short).")]
                pub fn $name(&self) -> u64 {
                    self.counters.get($i).copied().unwrap_or(0)
                }
            )*
        }
    };
}
counters!(
    0 rx_packets, 1 tx_packets, 2 rx_bytes, 3 tx_bytes, 4 rx_errors, 5 tx_errors,
    6 rx_dropped, 7 tx_dropped, 8 multicast, 9 collisions, 10 rx_length_errors,
    11 rx_over_errors, 12 rx_crc_errors, 13 rx_frame_errors, 14 rx_fifo_errors,
    15 rx_missed_errors, 16 tx_aborted_errors, 17 tx_carrier_errors, 18 tx_fifo_errors,
    19 tx_heartbeat_errors, 20 tx_window_errors, 21 rx_compressed, 22 tx_compressed,
    23 rx_nohandler, 24 rx_otherhost_dropped,
);

/// `IFLA_STATS64`: 64-bit counters.
#[derive(Debug)]
pub struct Stats64Codec;

impl Codec for Stats64Codec {
    type Value = LinkStats;

    fn decode(a: &AttrView<&[u8]>) -> Result<LinkStats, DecodeError> {
        let counters = a.u64_values_ne()?;
        Ok(LinkStats { counters })
    }

    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &LinkStats) {
        b.attr_u64_values_ne(raw_type, &v.counters);
    }
}

/// `IFLA_STATS`: 32-bit counters, widened.
#[derive(Debug)]
pub struct Stats32Codec;

impl Codec for Stats32Codec {
    type Value = LinkStats;

    fn decode(a: &AttrView<&[u8]>) -> Result<LinkStats, DecodeError> {
        let counters = a.u32_values_ne()?.into_iter().map(u64::from).collect();
        Ok(LinkStats { counters })
    }

    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &LinkStats) {
        // The 32-bit structure holds the low half of each counter, as the kernel fills it.
        let low: Vec<u32> = v.counters.iter().map(|&c| c as u32).collect();
        b.attr_u32_values_ne(raw_type, &low);
    }
}
