//! Links (network devices): `struct ifinfomsg` and the `IFLA_*` attributes
//! (linux/if_link.h), `IFLA_LINKINFO` with per-kind data, dumps with filters and get by
//! index or name.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::link::{self, LinkFilter};
//! use nlkit::sys::Protocol;
//! let mut conn = Conn::new(Protocol::Route)?;
//! for l in link::dump(&mut conn, &LinkFilter::default())? {
//!     let l = l?;
//!     println!("{}: {:?} mtu {:?}", l.header.index, l.name, l.mtu);
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```
//!
//! Requests that create, change or delete links, and add or remove alternative names, are
//! built with [`change`].
//!
//! Attributes are emitted in the order they were parsed (kept in [`Link::order`]), so a
//! parsed link emits to the same bytes whatever order its kernel used; fields set by hand
//! and not seen in a parse follow in the kernel's usual order.

pub mod attrs;
pub mod change;
#[cfg(test)]
mod tests;

use super::message_type::{RTM_GETLINK, RTM_NEWLINK};
use super::{Malformed, RawAttribute};
use crate::engine::{Conn, Error};
use crate::wire::{
    AttrIter, AttrView, DecodeError, DecodeErrorKind, Flags, MessageBuilder, MessageView,
};
use attrs::*;

/// `struct ifinfomsg`: the fixed header of a link message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LinkHeader {
    /// `ifi_family` (`AF_UNSPEC` for links, `AF_BRIDGE` for bridge port messages).
    pub family: u8,
    /// `ifi_type`: the hardware type (`ARPHRD_*`).
    pub kind: u16,
    /// `ifi_index`.
    pub index: u32,
    /// `ifi_flags` (`IFF_*`).
    pub flags: u32,
    /// `ifi_change`.
    pub change: u32,
}

impl LinkHeader {
    /// Reads the 16-byte header.
    pub fn parse(b: &[u8]) -> Result<LinkHeader, DecodeError> {
        let h = b.get(..IFINFOMSG_LEN).ok_or(DecodeError::new(
            "ifinfomsg",
            16,
            DecodeErrorKind::Truncated {
                needed: IFINFOMSG_LEN,
                available: b.len(),
            },
        ))?;
        let w = |i: usize| u32::from_ne_bytes([h[i], h[i + 1], h[i + 2], h[i + 3]]);
        Ok(LinkHeader {
            family: h[0],
            kind: u16::from_ne_bytes([h[2], h[3]]),
            index: w(4),
            flags: w(8),
            change: w(12),
        })
    }

    /// The 16 bytes of the header.
    pub fn to_bytes(&self) -> [u8; IFINFOMSG_LEN] {
        let mut out = [0u8; IFINFOMSG_LEN];
        out[0] = self.family;
        out[2..4].copy_from_slice(&self.kind.to_ne_bytes());
        out[4..8].copy_from_slice(&self.index.to_ne_bytes());
        out[8..12].copy_from_slice(&self.flags.to_ne_bytes());
        out[12..16].copy_from_slice(&self.change.to_ne_bytes());
        out
    }
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

impl LinkStats {
    fn parse(p: &[u8], wide: bool) -> Result<LinkStats, DecodeError> {
        let w = if wide { 8 } else { 4 };
        if p.len() % w != 0 {
            return Err(bad());
        }
        let counters = p
            .chunks_exact(w)
            .map(|c| match <[u8; 8]>::try_from(c) {
                Ok(a) => u64::from_ne_bytes(a),
                Err(_) => u64::from(u32::from_ne_bytes([c[0], c[1], c[2], c[3]])),
            })
            .collect();
        Ok(LinkStats { counters })
    }

    fn to_bytes(&self, wide: bool) -> Vec<u8> {
        let mut v = Vec::with_capacity(self.counters.len() * 8);
        for &c in &self.counters {
            if wide {
                v.extend_from_slice(&c.to_ne_bytes());
            } else {
                v.extend_from_slice(&(c as u32).to_ne_bytes());
            }
        }
        v
    }
}

/// A nest of attributes kept as keyed values in the order they came (the per-kind data of
/// `IFLA_LINKINFO`, such as the `IFLA_BR_*` bridge options), with typed getters by id.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Options {
    /// The attributes, in order.
    pub attrs: Vec<RawAttribute>,
}

impl Options {
    fn parse(a: &AttrView<&[u8]>) -> Result<Options, DecodeError> {
        let mut attrs = Vec::new();
        for x in a.nested() {
            attrs.push(raw(&x?));
        }
        Ok(Options { attrs })
    }

    fn emit(&self, b: &mut MessageBuilder) {
        emit_raw(b, &self.attrs);
    }

    /// Appends an option (builder style, for requests and hand-made fixtures).
    pub fn with(mut self, kind: u16, payload: &[u8]) -> Options {
        self.attrs.push(RawAttribute {
            kind,
            payload: payload.to_vec(),
        });
        self
    }

    /// The payload of option `id` (flag bits ignored).
    pub fn get(&self, id: u16) -> Option<&[u8]> {
        self.attrs
            .iter()
            .find(|a| a.kind & 0x3fff == id)
            .map(|a| a.payload.as_slice())
    }
    /// Option `id` as a `u8`.
    pub fn u8(&self, id: u16) -> Option<u8> {
        match self.get(id)? {
            [v] => Some(*v),
            _ => None,
        }
    }
    /// Option `id` as a native-endian `u16`.
    pub fn u16_ne(&self, id: u16) -> Option<u16> {
        self.get(id)?.try_into().ok().map(u16::from_ne_bytes)
    }
    /// Option `id` as a big-endian `u16` (ports).
    pub fn u16_be(&self, id: u16) -> Option<u16> {
        self.get(id)?.try_into().ok().map(u16::from_be_bytes)
    }
    /// Option `id` as a native-endian `u32`.
    pub fn u32_ne(&self, id: u16) -> Option<u32> {
        self.get(id)?.try_into().ok().map(u32::from_ne_bytes)
    }
    /// Option `id` as a native-endian `u64`.
    pub fn u64_ne(&self, id: u16) -> Option<u64> {
        self.get(id)?.try_into().ok().map(u64::from_ne_bytes)
    }
    /// Option `id` as an IPv4 or IPv6 address (4 or 16 bytes).
    pub fn ip(&self, id: u16) -> Option<std::net::IpAddr> {
        let p = self.get(id)?;
        if let Ok(a) = <[u8; 4]>::try_from(p) {
            return Some(a.into());
        }
        <[u8; 16]>::try_from(p).ok().map(Into::into)
    }
    /// Option `id` as a string (a trailing NUL is dropped).
    pub fn string(&self, id: u16) -> Option<&str> {
        let p = self.get(id)?;
        std::str::from_utf8(p.strip_suffix(&[0]).unwrap_or(p)).ok()
    }
}

/// The per-kind data of `IFLA_INFO_DATA` / `IFLA_INFO_SLAVE_DATA`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InfoData {
    /// Nested attributes (every kind nlkit knows: bridge, bridge_slave, macvlan, macvtap,
    /// vxlan, tun, veth, vlan, bond, vrf, gre, ...), as keyed values; see the id modules in
    /// [`attrs`] and the typed views [`Macvlan`] and [`Vxlan`].
    Options(Options),
    /// A payload that is not a run of attributes, kept raw.
    Raw(Vec<u8>),
}

impl InfoData {
    /// The options, when the data is a run of attributes.
    pub fn options(&self) -> Option<&Options> {
        match self {
            InfoData::Options(o) => Some(o),
            InfoData::Raw(_) => None,
        }
    }
}

/// The macvlan/macvtap view of [`Options`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Macvlan {
    /// `IFLA_MACVLAN_MODE` (`MACVLAN_MODE_*`).
    pub mode: Option<u32>,
    /// `IFLA_MACVLAN_FLAGS` (`MACVLAN_FLAG_*`).
    pub flags: Option<u16>,
    /// `IFLA_MACVLAN_BC_QUEUE_LEN`.
    pub bc_queue_len: Option<u32>,
    /// `IFLA_MACVLAN_BC_QUEUE_LEN_USED`.
    pub bc_queue_len_used: Option<u32>,
}

impl Macvlan {
    /// Reads the macvlan options.
    pub fn from_options(o: &Options) -> Macvlan {
        use attrs::macvlan::*;
        Macvlan {
            mode: o.u32_ne(IFLA_MACVLAN_MODE),
            flags: o.u16_ne(IFLA_MACVLAN_FLAGS),
            bc_queue_len: o.u32_ne(IFLA_MACVLAN_BC_QUEUE_LEN),
            bc_queue_len_used: o.u32_ne(IFLA_MACVLAN_BC_QUEUE_LEN_USED),
        }
    }
}

/// The vxlan view of [`Options`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Vxlan {
    /// `IFLA_VXLAN_ID`: the VNI.
    pub id: Option<u32>,
    /// `IFLA_VXLAN_GROUP` / `IFLA_VXLAN_GROUP6`: the remote or multicast group.
    pub group: Option<std::net::IpAddr>,
    /// `IFLA_VXLAN_LOCAL` / `IFLA_VXLAN_LOCAL6`.
    pub local: Option<std::net::IpAddr>,
    /// `IFLA_VXLAN_LINK`: the underlying device.
    pub link: Option<u32>,
    /// `IFLA_VXLAN_PORT` (host order; big-endian on the wire).
    pub port: Option<u16>,
    /// `IFLA_VXLAN_TTL`.
    pub ttl: Option<u8>,
    /// `IFLA_VXLAN_TOS`.
    pub tos: Option<u8>,
    /// `IFLA_VXLAN_AGEING` (seconds).
    pub ageing: Option<u32>,
    /// `IFLA_VXLAN_LEARNING`.
    pub learning: Option<u8>,
}

impl Vxlan {
    /// Reads the vxlan options.
    pub fn from_options(o: &Options) -> Vxlan {
        use attrs::vxlan::*;
        Vxlan {
            id: o.u32_ne(IFLA_VXLAN_ID),
            group: o.ip(IFLA_VXLAN_GROUP).or_else(|| o.ip(IFLA_VXLAN_GROUP6)),
            local: o.ip(IFLA_VXLAN_LOCAL).or_else(|| o.ip(IFLA_VXLAN_LOCAL6)),
            link: o.u32_ne(IFLA_VXLAN_LINK),
            port: o.u16_be(IFLA_VXLAN_PORT),
            ttl: o.u8(IFLA_VXLAN_TTL),
            tos: o.u8(IFLA_VXLAN_TOS),
            ageing: o.u32_ne(IFLA_VXLAN_AGEING),
            learning: o.u8(IFLA_VXLAN_LEARNING),
        }
    }
}

/// The tun/tap view of [`Options`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tun {
    /// `IFLA_TUN_TYPE`: 1 tun, 2 tap.
    pub kind: Option<u8>,
    /// `IFLA_TUN_PI`.
    pub pi: Option<bool>,
    /// `IFLA_TUN_VNET_HDR`.
    pub vnet_hdr: Option<bool>,
    /// `IFLA_TUN_PERSIST`.
    pub persist: Option<bool>,
    /// `IFLA_TUN_MULTI_QUEUE`.
    pub multi_queue: Option<bool>,
    /// `IFLA_TUN_NUM_QUEUES`.
    pub num_queues: Option<u32>,
    /// `IFLA_TUN_OWNER`.
    pub owner: Option<u32>,
    /// `IFLA_TUN_GROUP`.
    pub group: Option<u32>,
}

impl Tun {
    /// Reads the tun options.
    pub fn from_options(o: &Options) -> Tun {
        use attrs::tun::*;
        let flag = |id| o.u8(id).map(|v| v != 0);
        Tun {
            kind: o.u8(IFLA_TUN_TYPE),
            pi: flag(IFLA_TUN_PI),
            vnet_hdr: flag(IFLA_TUN_VNET_HDR),
            persist: flag(IFLA_TUN_PERSIST),
            multi_queue: flag(IFLA_TUN_MULTI_QUEUE),
            num_queues: o.u32_ne(IFLA_TUN_NUM_QUEUES),
            owner: o.u32_ne(IFLA_TUN_OWNER),
            group: o.u32_ne(IFLA_TUN_GROUP),
        }
    }
}

impl Options {
    /// `VETH_INFO_PEER` of veth data: the peer as a link (`ifinfomsg` and attributes), as
    /// sent when a veth pair is created.
    pub fn veth_peer(&self) -> Option<Result<Link, DecodeError>> {
        self.get(attrs::veth::VETH_INFO_PEER).map(Link::parse)
    }
}

/// `IFLA_LINKINFO`: the link kind and its data.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LinkInfo {
    /// The raw attribute type of the nest (the kernel sends it without `NLA_F_NESTED`).
    pub nest_kind: u16,
    /// `IFLA_INFO_KIND`: `veth`, `bridge`, `vxlan`, ...
    pub kind: Option<String>,
    /// `IFLA_INFO_DATA`.
    pub data: Option<InfoData>,
    /// `IFLA_INFO_XSTATS`, raw.
    pub xstats: Option<Vec<u8>>,
    /// `IFLA_INFO_SLAVE_KIND`: the kind of the master this link is a port of.
    pub slave_kind: Option<String>,
    /// `IFLA_INFO_SLAVE_DATA`.
    pub slave_data: Option<InfoData>,
    /// Attributes nlkit does not model.
    pub unknown: Vec<RawAttribute>,
}

impl LinkInfo {
    /// A link info of `kind` with `data` (for requests and hand-made fixtures).
    pub fn new(kind: &str, data: Option<Options>) -> LinkInfo {
        LinkInfo {
            nest_kind: IFLA_LINKINFO,
            kind: Some(kind.to_owned()),
            data: data.map(InfoData::Options),
            ..Default::default()
        }
    }

    fn parse(a: &AttrView<&[u8]>) -> Result<LinkInfo, DecodeError> {
        let mut li = LinkInfo {
            nest_kind: a.raw_kind(),
            ..Default::default()
        };
        let data = |x: &AttrView<&[u8]>| match Options::parse(x) {
            Ok(o) => InfoData::Options(o),
            Err(_) => InfoData::Raw(x.payload().to_vec()),
        };
        for x in a.nested() {
            let x = x?;
            match x.kind() {
                IFLA_INFO_KIND if li.kind.is_none() => li.kind = Some(x.c_string()?.to_owned()),
                IFLA_INFO_DATA if li.data.is_none() && x.raw_kind() == IFLA_INFO_DATA => {
                    li.data = Some(data(&x))
                }
                IFLA_INFO_XSTATS if li.xstats.is_none() => li.xstats = Some(x.payload().to_vec()),
                IFLA_INFO_SLAVE_KIND if li.slave_kind.is_none() => {
                    li.slave_kind = Some(x.c_string()?.to_owned())
                }
                IFLA_INFO_SLAVE_DATA
                    if li.slave_data.is_none() && x.raw_kind() == IFLA_INFO_SLAVE_DATA =>
                {
                    li.slave_data = Some(data(&x))
                }
                _ => li.unknown.push(raw(&x)),
            }
        }
        Ok(li)
    }

    fn emit(&self, b: &mut MessageBuilder) {
        let n = b.nest_start_flags(self.nest_kind);
        let put = |b: &mut MessageBuilder, k: u16, d: &InfoData| match d {
            InfoData::Options(o) => {
                let m = b.nest_start_flags(k);
                o.emit(b);
                b.nest_end(m);
            }
            InfoData::Raw(r) => {
                b.attr_bytes(k, r);
            }
        };
        if let Some(k) = &self.kind {
            b.attr_str(IFLA_INFO_KIND, k);
        }
        if let Some(d) = &self.data {
            put(b, IFLA_INFO_DATA, d);
        }
        if let Some(x) = &self.xstats {
            b.attr_bytes(IFLA_INFO_XSTATS, x);
        }
        if let Some(k) = &self.slave_kind {
            b.attr_str(IFLA_INFO_SLAVE_KIND, k);
        }
        if let Some(d) = &self.slave_data {
            put(b, IFLA_INFO_SLAVE_DATA, d);
        }
        emit_raw(b, &self.unknown);
        b.nest_end(n);
    }

    /// The data as options.
    pub fn options(&self) -> Option<&Options> {
        self.data.as_ref().and_then(InfoData::options)
    }

    /// The port (slave) data as options.
    pub fn slave_options(&self) -> Option<&Options> {
        self.slave_data.as_ref().and_then(InfoData::options)
    }
}

/// `IFLA_AF_SPEC`: per-family link data. The IPv6 address generation mode is read out;
/// the whole nest is kept raw and emitted as it came.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AfSpec {
    /// The raw attribute type of the nest.
    pub nest_kind: u16,
    /// The nest payload as it came.
    pub raw: Vec<u8>,
    /// `IFLA_INET6_ADDR_GEN_MODE` inside the `AF_INET6` entry.
    pub inet6_addr_gen_mode: Option<u8>,
}

impl AfSpec {
    fn parse(a: &AttrView<&[u8]>) -> Result<AfSpec, DecodeError> {
        let mut s = AfSpec {
            nest_kind: a.raw_kind(),
            raw: a.payload().to_vec(),
            inet6_addr_gen_mode: None,
        };
        for f in a.nested() {
            let f = f?;
            if f.kind() == u16::from(super::family::AF_INET6) {
                for x in f.nested().flatten() {
                    if x.kind() == IFLA_INET6_ADDR_GEN_MODE {
                        s.inet6_addr_gen_mode = x.u8().ok();
                    }
                }
            }
        }
        Ok(s)
    }
}

/// Keeps attribute order for emission; ignored by equality (two links with the same
/// content are equal however their attributes were ordered).
#[derive(Debug, Clone, Default)]
pub struct AttrOrder(pub Vec<u16>);

impl PartialEq for AttrOrder {
    fn eq(&self, _: &AttrOrder) -> bool {
        true
    }
}
impl Eq for AttrOrder {}

/// A link: the header and every attribute `ip -d -s link show` prints, parsed leniently.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Link {
    /// `struct ifinfomsg`.
    pub header: LinkHeader,
    /// `IFLA_IFNAME`.
    pub name: Option<String>,
    /// `IFLA_MTU`.
    pub mtu: Option<u32>,
    /// `IFLA_MIN_MTU`.
    pub min_mtu: Option<u32>,
    /// `IFLA_MAX_MTU`.
    pub max_mtu: Option<u32>,
    /// `IFLA_TXQLEN`.
    pub txqlen: Option<u32>,
    /// `IFLA_OPERSTATE` (`IF_OPER_*`).
    pub operstate: Option<u8>,
    /// `IFLA_LINKMODE`.
    pub linkmode: Option<u8>,
    /// `IFLA_ADDRESS`: the hardware address (any length).
    pub address: Option<Vec<u8>>,
    /// `IFLA_BROADCAST`.
    pub broadcast: Option<Vec<u8>>,
    /// `IFLA_PERM_ADDRESS`.
    pub perm_address: Option<Vec<u8>>,
    /// `IFLA_MASTER`: the index of the master device.
    pub master: Option<u32>,
    /// `IFLA_LINK`: the index of the lower (or peer) device.
    pub link: Option<u32>,
    /// `IFLA_LINK_NETNSID`: the namespace `link` lives in.
    pub link_netnsid: Option<i32>,
    /// `IFLA_IFALIAS`.
    pub alias: Option<String>,
    /// `IFLA_PROP_LIST` / `IFLA_ALT_IFNAME`: alternative names.
    pub alt_names: Option<Vec<String>>,
    /// The raw type of the `IFLA_PROP_LIST` nest.
    pub prop_list_kind: u16,
    /// `IFLA_GROUP`.
    pub group: Option<u32>,
    /// `IFLA_PROMISCUITY`.
    pub promiscuity: Option<u32>,
    /// `IFLA_ALLMULTI`.
    pub allmulti: Option<u32>,
    /// `IFLA_NUM_TX_QUEUES`.
    pub num_tx_queues: Option<u32>,
    /// `IFLA_NUM_RX_QUEUES`.
    pub num_rx_queues: Option<u32>,
    /// `IFLA_GSO_MAX_SIZE`.
    pub gso_max_size: Option<u32>,
    /// `IFLA_GSO_MAX_SEGS`.
    pub gso_max_segs: Option<u32>,
    /// `IFLA_GRO_MAX_SIZE`.
    pub gro_max_size: Option<u32>,
    /// `IFLA_TSO_MAX_SIZE`.
    pub tso_max_size: Option<u32>,
    /// `IFLA_TSO_MAX_SEGS`.
    pub tso_max_segs: Option<u32>,
    /// `IFLA_QDISC`.
    pub qdisc: Option<String>,
    /// `IFLA_CARRIER`.
    pub carrier: Option<u8>,
    /// `IFLA_CARRIER_CHANGES`.
    pub carrier_changes: Option<u32>,
    /// `IFLA_CARRIER_UP_COUNT`.
    pub carrier_up_count: Option<u32>,
    /// `IFLA_CARRIER_DOWN_COUNT`.
    pub carrier_down_count: Option<u32>,
    /// `IFLA_PROTO_DOWN`.
    pub proto_down: Option<u8>,
    /// `IFLA_STATS64`.
    pub stats64: Option<LinkStats>,
    /// `IFLA_STATS` (32-bit counters).
    pub stats: Option<LinkStats>,
    /// `IFLA_XDP`, raw nested attributes (with the nest's raw type).
    pub xdp: Option<RawAttribute>,
    /// `IFLA_AF_SPEC`.
    pub af_spec: Option<AfSpec>,
    /// `IFLA_LINKINFO`.
    pub info: Option<LinkInfo>,
    /// `IFLA_PARENT_DEV_NAME`.
    pub parent_dev_name: Option<String>,
    /// `IFLA_PARENT_DEV_BUS_NAME`.
    pub parent_bus_name: Option<String>,
    /// `IFLA_MAP`, raw (`struct rtnl_link_ifmap`).
    pub map: Option<Vec<u8>>,
    /// Attributes nlkit does not model.
    pub unknown: Vec<RawAttribute>,
    /// Known attributes that were malformed.
    pub malformed: Vec<Malformed>,
    /// The order the attributes came in (emission follows it).
    pub order: AttrOrder,
}

fn raw(a: &AttrView<&[u8]>) -> RawAttribute {
    RawAttribute {
        kind: a.raw_kind(),
        payload: a.payload().to_vec(),
    }
}

fn emit_raw(b: &mut MessageBuilder, attrs: &[RawAttribute]) {
    for a in attrs {
        b.attr_bytes(a.kind, &a.payload);
    }
}

fn keep<T>(malformed: &mut Vec<Malformed>, kind: u16, r: Result<T, DecodeError>) -> Option<T> {
    match r {
        Ok(v) => Some(v),
        Err(error) => {
            malformed.push(Malformed { kind, error });
            None
        }
    }
}

fn bad() -> DecodeError {
    DecodeError::new("attribute payload", 4, DecodeErrorKind::BadValue)
}

/// The order used for fields that were not seen in a parse (the kernel's usual order).
const DEFAULT_ORDER: &[u16] = &[
    IFLA_IFNAME,
    IFLA_TXQLEN,
    IFLA_OPERSTATE,
    IFLA_LINKMODE,
    IFLA_MTU,
    IFLA_MIN_MTU,
    IFLA_MAX_MTU,
    IFLA_GROUP,
    IFLA_PROMISCUITY,
    IFLA_ALLMULTI,
    IFLA_NUM_TX_QUEUES,
    IFLA_GSO_MAX_SEGS,
    IFLA_GSO_MAX_SIZE,
    IFLA_GRO_MAX_SIZE,
    IFLA_TSO_MAX_SIZE,
    IFLA_TSO_MAX_SEGS,
    IFLA_NUM_RX_QUEUES,
    IFLA_MASTER,
    IFLA_CARRIER,
    IFLA_IFALIAS,
    IFLA_CARRIER_CHANGES,
    IFLA_CARRIER_UP_COUNT,
    IFLA_CARRIER_DOWN_COUNT,
    IFLA_PROTO_DOWN,
    IFLA_ADDRESS,
    IFLA_BROADCAST,
    IFLA_STATS64,
    IFLA_STATS,
    IFLA_XDP,
    IFLA_LINKINFO,
    IFLA_LINK,
    IFLA_LINK_NETNSID,
    IFLA_QDISC,
    IFLA_AF_SPEC,
    IFLA_MAP,
    IFLA_PROP_LIST,
    IFLA_PERM_ADDRESS,
    IFLA_PARENT_DEV_NAME,
    IFLA_PARENT_DEV_BUS_NAME,
];

/// Marks an unknown attribute's place in [`Link::order`].
const UNKNOWN_SLOT: u16 = 0;

impl Link {
    /// Parses the payload of an `RTM_NEWLINK`/`RTM_DELLINK` message (header and
    /// attributes). Only a short header or a broken attribute run is an error; a malformed
    /// known attribute is recorded in `malformed`.
    pub fn parse(payload: &[u8]) -> Result<Link, DecodeError> {
        let mut l = Link {
            header: LinkHeader::parse(payload)?,
            ..Default::default()
        };
        let rest = payload.get(IFINFOMSG_LEN..).unwrap_or(&[]);
        for a in AttrIter::new(rest) {
            let a = a.map_err(|e| e.at(16 + IFINFOMSG_LEN))?;
            let k = a.kind();
            let m = &mut l.malformed;
            match k {
                IFLA_IFNAME => l.name = keep(m, k, a.c_string().map(str::to_owned)),
                IFLA_MTU => l.mtu = keep(m, k, a.u32_ne()),
                IFLA_MIN_MTU => l.min_mtu = keep(m, k, a.u32_ne()),
                IFLA_MAX_MTU => l.max_mtu = keep(m, k, a.u32_ne()),
                IFLA_TXQLEN => l.txqlen = keep(m, k, a.u32_ne()),
                IFLA_OPERSTATE => l.operstate = keep(m, k, a.u8()),
                IFLA_LINKMODE => l.linkmode = keep(m, k, a.u8()),
                IFLA_ADDRESS => l.address = Some(a.payload().to_vec()),
                IFLA_BROADCAST => l.broadcast = Some(a.payload().to_vec()),
                IFLA_PERM_ADDRESS => l.perm_address = Some(a.payload().to_vec()),
                IFLA_MASTER => l.master = keep(m, k, a.u32_ne()),
                IFLA_LINK => l.link = keep(m, k, a.u32_ne()),
                IFLA_LINK_NETNSID => l.link_netnsid = keep(m, k, a.i32_ne()),
                IFLA_IFALIAS => l.alias = keep(m, k, a.c_string().map(str::to_owned)),
                IFLA_PROP_LIST => {
                    l.prop_list_kind = a.raw_kind();
                    let names: Result<Vec<String>, DecodeError> = a
                        .nested()
                        .map(|x| {
                            let x = x?;
                            if x.kind() != IFLA_ALT_IFNAME {
                                return Err(bad());
                            }
                            x.c_string().map(str::to_owned)
                        })
                        .collect();
                    l.alt_names = keep(m, k, names);
                }
                IFLA_GROUP => l.group = keep(m, k, a.u32_ne()),
                IFLA_PROMISCUITY => l.promiscuity = keep(m, k, a.u32_ne()),
                IFLA_ALLMULTI => l.allmulti = keep(m, k, a.u32_ne()),
                IFLA_NUM_TX_QUEUES => l.num_tx_queues = keep(m, k, a.u32_ne()),
                IFLA_NUM_RX_QUEUES => l.num_rx_queues = keep(m, k, a.u32_ne()),
                IFLA_GSO_MAX_SIZE => l.gso_max_size = keep(m, k, a.u32_ne()),
                IFLA_GSO_MAX_SEGS => l.gso_max_segs = keep(m, k, a.u32_ne()),
                IFLA_GRO_MAX_SIZE => l.gro_max_size = keep(m, k, a.u32_ne()),
                IFLA_TSO_MAX_SIZE => l.tso_max_size = keep(m, k, a.u32_ne()),
                IFLA_TSO_MAX_SEGS => l.tso_max_segs = keep(m, k, a.u32_ne()),
                IFLA_QDISC => l.qdisc = keep(m, k, a.c_string().map(str::to_owned)),
                IFLA_CARRIER => l.carrier = keep(m, k, a.u8()),
                IFLA_CARRIER_CHANGES => l.carrier_changes = keep(m, k, a.u32_ne()),
                IFLA_CARRIER_UP_COUNT => l.carrier_up_count = keep(m, k, a.u32_ne()),
                IFLA_CARRIER_DOWN_COUNT => l.carrier_down_count = keep(m, k, a.u32_ne()),
                IFLA_PROTO_DOWN => l.proto_down = keep(m, k, a.u8()),
                IFLA_STATS64 => l.stats64 = keep(m, k, LinkStats::parse(a.payload(), true)),
                IFLA_STATS => l.stats = keep(m, k, LinkStats::parse(a.payload(), false)),
                IFLA_XDP => l.xdp = Some(raw(&a)),
                IFLA_AF_SPEC => l.af_spec = keep(m, k, AfSpec::parse(&a)),
                IFLA_LINKINFO => l.info = keep(m, k, LinkInfo::parse(&a)),
                IFLA_PARENT_DEV_NAME => {
                    l.parent_dev_name = keep(m, k, a.c_string().map(str::to_owned))
                }
                IFLA_PARENT_DEV_BUS_NAME => {
                    l.parent_bus_name = keep(m, k, a.c_string().map(str::to_owned))
                }
                IFLA_MAP => l.map = Some(a.payload().to_vec()),
                _ => {
                    l.unknown.push(raw(&a));
                    l.order.0.push(UNKNOWN_SLOT);
                    continue;
                }
            };
            if l.malformed.last().is_some_and(|x| x.kind == k) {
                // A malformed attribute is not emitted again; keep its bytes as unknown so
                // nothing is lost.
                l.unknown.push(raw(&a));
                l.order.0.push(UNKNOWN_SLOT);
            } else {
                l.order.0.push(k);
            }
        }
        Ok(l)
    }

    /// Parses a whole link message (checks it is `RTM_NEWLINK` or `RTM_DELLINK`).
    pub fn from_message(msg: &MessageView<&[u8]>) -> Result<Link, DecodeError> {
        match msg.message_type() {
            16 | 17 => Link::parse(msg.payload()),
            _ => Err(DecodeError::new(
                "link message",
                4,
                DecodeErrorKind::BadValue,
            )),
        }
    }

    /// The kind from `IFLA_LINKINFO` (`veth`, `bridge`, ...).
    pub fn kind(&self) -> Option<&str> {
        self.info.as_ref()?.kind.as_deref()
    }

    /// Appends the header and attributes to the current message of `b`: first in the order
    /// they were parsed, then any other field that is set.
    pub fn emit(&self, b: &mut MessageBuilder) {
        b.push_bytes(&self.header.to_bytes());
        let mut done: Vec<u16> = Vec::with_capacity(self.order.0.len());
        let mut unknown = self.unknown.iter();
        for &k in &self.order.0 {
            if k == UNKNOWN_SLOT {
                if let Some(u) = unknown.next() {
                    b.attr_bytes(u.kind, &u.payload);
                }
            } else if !done.contains(&k) {
                self.emit_field(k, b);
                done.push(k);
            }
        }
        for &k in DEFAULT_ORDER {
            if !done.contains(&k) {
                self.emit_field(k, b);
            }
        }
        for u in unknown {
            b.attr_bytes(u.kind, &u.payload);
        }
    }

    fn emit_field(&self, k: u16, b: &mut MessageBuilder) {
        let u32s = [
            (IFLA_MTU, self.mtu),
            (IFLA_MIN_MTU, self.min_mtu),
            (IFLA_MAX_MTU, self.max_mtu),
            (IFLA_TXQLEN, self.txqlen),
            (IFLA_MASTER, self.master),
            (IFLA_LINK, self.link),
            (IFLA_GROUP, self.group),
            (IFLA_PROMISCUITY, self.promiscuity),
            (IFLA_ALLMULTI, self.allmulti),
            (IFLA_NUM_TX_QUEUES, self.num_tx_queues),
            (IFLA_NUM_RX_QUEUES, self.num_rx_queues),
            (IFLA_GSO_MAX_SIZE, self.gso_max_size),
            (IFLA_GSO_MAX_SEGS, self.gso_max_segs),
            (IFLA_GRO_MAX_SIZE, self.gro_max_size),
            (IFLA_TSO_MAX_SIZE, self.tso_max_size),
            (IFLA_TSO_MAX_SEGS, self.tso_max_segs),
            (IFLA_CARRIER_CHANGES, self.carrier_changes),
            (IFLA_CARRIER_UP_COUNT, self.carrier_up_count),
            (IFLA_CARRIER_DOWN_COUNT, self.carrier_down_count),
        ];
        if let Some((_, v)) = u32s.iter().find(|(id, _)| *id == k) {
            if let Some(v) = v {
                b.attr_u32_ne(k, *v);
            }
            return;
        }
        let u8s = [
            (IFLA_OPERSTATE, self.operstate),
            (IFLA_LINKMODE, self.linkmode),
            (IFLA_CARRIER, self.carrier),
            (IFLA_PROTO_DOWN, self.proto_down),
        ];
        if let Some((_, v)) = u8s.iter().find(|(id, _)| *id == k) {
            if let Some(v) = v {
                b.attr_u8(k, *v);
            }
            return;
        }
        let strs = [
            (IFLA_IFNAME, &self.name),
            (IFLA_IFALIAS, &self.alias),
            (IFLA_QDISC, &self.qdisc),
            (IFLA_PARENT_DEV_NAME, &self.parent_dev_name),
            (IFLA_PARENT_DEV_BUS_NAME, &self.parent_bus_name),
        ];
        if let Some((_, v)) = strs.iter().find(|(id, _)| *id == k) {
            if let Some(v) = v {
                b.attr_str(k, v);
            }
            return;
        }
        let bytes = [
            (IFLA_ADDRESS, &self.address),
            (IFLA_BROADCAST, &self.broadcast),
            (IFLA_PERM_ADDRESS, &self.perm_address),
            (IFLA_MAP, &self.map),
        ];
        if let Some((_, v)) = bytes.iter().find(|(id, _)| *id == k) {
            if let Some(v) = v {
                b.attr_bytes(k, v);
            }
            return;
        }
        match k {
            IFLA_LINK_NETNSID => {
                if let Some(v) = self.link_netnsid {
                    b.attr_i32_ne(k, v);
                }
            }
            IFLA_PROP_LIST => {
                if let Some(names) = &self.alt_names {
                    let kind = if self.prop_list_kind == 0 {
                        IFLA_PROP_LIST | crate::wire::attr::NLA_F_NESTED
                    } else {
                        self.prop_list_kind
                    };
                    let n = b.nest_start_flags(kind);
                    for name in names {
                        b.attr_str(IFLA_ALT_IFNAME, name);
                    }
                    b.nest_end(n);
                }
            }
            IFLA_STATS64 => {
                if let Some(s) = &self.stats64 {
                    b.attr_bytes(k, &s.to_bytes(true));
                }
            }
            IFLA_STATS => {
                if let Some(s) = &self.stats {
                    b.attr_bytes(k, &s.to_bytes(false));
                }
            }
            IFLA_XDP => {
                if let Some(x) = &self.xdp {
                    b.attr_bytes(x.kind, &x.payload);
                }
            }
            IFLA_AF_SPEC => {
                if let Some(s) = &self.af_spec {
                    let kind = if s.nest_kind == 0 {
                        IFLA_AF_SPEC
                    } else {
                        s.nest_kind
                    };
                    b.attr_bytes(kind, &s.raw);
                }
            }
            IFLA_LINKINFO => {
                if let Some(i) = &self.info {
                    i.emit(b);
                }
            }
            _ => {}
        }
    }
}

/// What a link dump selects. The master and the kind travel in the request (the kernel
/// filters strict dumps by `IFLA_MASTER` and `IFLA_LINKINFO`/`IFLA_INFO_KIND`); every
/// filter is also applied here, so the result is the same on kernels that ignore them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkFilter {
    /// Only ports of this master device.
    pub master: Option<u32>,
    /// Only links of this kind (`IFLA_INFO_KIND`).
    pub kind: Option<String>,
    /// Only ports whose master is of this kind (`IFLA_INFO_SLAVE_KIND`: `bridge`, `bond`,
    /// ...), applied here only (the kernel has no such dump filter).
    pub slave_kind: Option<String>,
    /// Only links that are administratively up (`IFF_UP`), applied here only.
    pub up: bool,
    /// `IFLA_EXT_MASK` to send (`RTEXT_FILTER_*`; `ip` sends `RTEXT_FILTER_VF`).
    pub ext_mask: Option<u32>,
    /// `ifi_family` of the request: `AF_INET6` gets the kernel's IPv6 view of each link
    /// (fewer attributes, as `ip -6 addr` shows); `None` is `AF_UNSPEC`.
    pub family: Option<u8>,
}

impl LinkFilter {
    /// True when `l` passes the filter.
    pub fn matches(&self, l: &Link) -> bool {
        self.master.is_none_or(|m| l.master == Some(m))
            && self.kind.as_deref().is_none_or(|k| l.kind() == Some(k))
            && self
                .slave_kind
                .as_deref()
                .is_none_or(|k| l.info.as_ref().and_then(|i| i.slave_kind.as_deref()) == Some(k))
            && (!self.up || l.header.flags & IFF_UP != 0)
    }

    /// The dump request carrying the filters the kernel can apply.
    pub fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETLINK, Flags::NONE);
        let header = LinkHeader {
            family: self.family.unwrap_or(0),
            ..Default::default()
        };
        b.push_bytes(&header.to_bytes());
        if let Some(m) = self.ext_mask {
            b.attr_u32_ne(IFLA_EXT_MASK, m);
        }
        if let Some(m) = self.master {
            b.attr_u32_ne(IFLA_MASTER, m);
        }
        if let Some(k) = &self.kind {
            let n = b.nest_start(IFLA_LINKINFO);
            b.attr_str(IFLA_INFO_KIND, k);
            b.nest_end(n);
        }
        b
    }
}

/// Dumps links matching `filter`, streaming: each item is parsed as its datagram arrives.
pub fn dump<'c>(
    conn: &'c mut Conn,
    filter: &LinkFilter,
) -> Result<impl Iterator<Item = Result<Link, Error>> + 'c, Error> {
    let filter = filter.clone();
    let dump = conn.dump(&filter.request())?;
    Ok(dump
        .decode(|m| Link::from_message(&m))
        .filter(move |r| r.as_ref().map_or(true, |l| filter.matches(l))))
}

/// Which link [`get`] asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkId<'a> {
    /// By `ifindex`.
    Index(u32),
    /// By name (`IFLA_IFNAME`, or an alternative name).
    Name(&'a str),
}

/// Asks the kernel for one link (`RTM_GETLINK` without `NLM_F_DUMP`), with `ext_mask` as
/// `IFLA_EXT_MASK` when given.
pub fn get(conn: &mut Conn, id: LinkId<'_>, ext_mask: Option<u32>) -> Result<Link, Error> {
    let mut b = MessageBuilder::new(RTM_GETLINK, Flags::NONE);
    let header = LinkHeader {
        index: match id {
            LinkId::Index(i) => i,
            LinkId::Name(_) => 0,
        },
        ..Default::default()
    };
    b.push_bytes(&header.to_bytes());
    if let Some(m) = ext_mask {
        b.attr_u32_ne(IFLA_EXT_MASK, m);
    }
    if let LinkId::Name(n) = id {
        if n.len() < 16 {
            b.attr_str(IFLA_IFNAME, n);
        } else {
            b.attr_str(IFLA_ALT_IFNAME, n);
        }
    }
    let reply = conn.request(&b)?;
    let msg = reply.message();
    if msg.message_type() != RTM_NEWLINK {
        return Err(Error::Decode(bad()));
    }
    Link::from_message(&msg).map_err(Error::Decode)
}
