//! Links (network devices): `struct ifinfomsg` and the `IFLA_*` attributes
//! (linux/if_link.h), with each kind's data typed ([`kinds`]).
//!
//! A [`Link`] is what the kernel reports; a [`LinkChange`] is what a request creates or
//! changes (ip's attribute order, the kind's data to set). Both use the same kind types.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::{self, link::{LinkChange, LinkFilter, LinkFlags, kinds::{LinkKind, Veth}}, Verb};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Route)?;
//! for l in rtnl::dump(&mut conn, &LinkFilter::default())? {
//!     let l = l?;
//!     println!("{}: {:?} mtu {:?} up {}", l.index, l.name, l.mtu, l.flags.contains(LinkFlags::UP));
//! }
//! // ip link add v0 type veth peer name v1
//! let mut veth = LinkChange::named("v0");
//! veth.kind = Some(LinkKind::Veth(Veth::with_peer(LinkChange::named("v1"))));
//! rtnl::apply(&mut conn, &veth, Verb::Add)?;
//! # Ok::<(), nlkit::engine::Error>(())
//! ```
//!
//! Attributes are emitted in the order they were parsed, so a parsed link emits to the
//! same bytes whatever order its kernel used; fields set by hand and not seen in a parse
//! follow in the kernel's usual order.

pub mod attrs;
mod change;
mod info;
pub mod kinds;
#[cfg(test)]
mod tests;

pub use change::{AltNames, LinkChange};
pub use info::{
    AddrGenModeCodec, AfSpec, AfSpecCodec, AltNamesCodec, KindCodec, LinkInfo, LinkStats,
    Stats32Codec, Stats64Codec, Xdp,
};
pub use kinds::{LinkKind, PortKind};

use super::message_type::{RTM_DELLINK, RTM_GETLINK, RTM_NEWLINK};
use super::object::{AnyObject, Filter, Kind, Object, Query};
use super::AddressFamily;
use crate::wire::rtnl::IfInfoMsg;
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};
use attrs::*;

crate::flag_set! {
    /// Device flags (`ifi_flags`, `IFF_*` of linux/if.h).
    pub struct LinkFlags: u32 {
        /// `IFF_UP`: administratively up.
        const UP = 0x1;
        /// `IFF_BROADCAST`.
        const BROADCAST = 0x2;
        /// `IFF_DEBUG`.
        const DEBUG = 0x4;
        /// `IFF_LOOPBACK`.
        const LOOPBACK = 0x8;
        /// `IFF_POINTOPOINT`.
        const POINTOPOINT = 0x10;
        /// `IFF_NOTRAILERS`.
        const NOTRAILERS = 0x20;
        /// `IFF_RUNNING`: operationally up (RFC 2863 `up`).
        const RUNNING = 0x40;
        /// `IFF_NOARP`.
        const NOARP = 0x80;
        /// `IFF_PROMISC`.
        const PROMISC = 0x100;
        /// `IFF_ALLMULTI`.
        const ALLMULTI = 0x200;
        /// `IFF_MASTER`.
        const MASTER = 0x400;
        /// `IFF_SLAVE`.
        const SLAVE = 0x800;
        /// `IFF_MULTICAST`.
        const MULTICAST = 0x1000;
        /// `IFF_PORTSEL`.
        const PORTSEL = 0x2000;
        /// `IFF_AUTOMEDIA`.
        const AUTOMEDIA = 0x4000;
        /// `IFF_DYNAMIC`.
        const DYNAMIC = 0x8000;
        /// `IFF_LOWER_UP`: the carrier is on.
        const LOWER_UP = 0x10000;
        /// `IFF_DORMANT`.
        const DORMANT = 0x20000;
        /// `IFF_ECHO`.
        const ECHO = 0x40000;
    }
}

crate::open_enum! {
    /// The operational state (`IFLA_OPERSTATE`, `IF_OPER_*`, RFC 2863).
    pub enum OperState: u8 {
        /// `IF_OPER_UNKNOWN`.
        Unknown = 0,
        /// `IF_OPER_NOTPRESENT`.
        NotPresent = 1,
        /// `IF_OPER_DOWN`.
        Down = 2,
        /// `IF_OPER_LOWERLAYERDOWN`.
        LowerLayerDown = 3,
        /// `IF_OPER_TESTING`.
        Testing = 4,
        /// `IF_OPER_DORMANT`.
        Dormant = 5,
        /// `IF_OPER_UP`.
        Up = 6,
    }
}

impl OperState {
    /// The name `ip` prints (`UP`, `LOWERLAYERDOWN`, ...); `None` for values it has no
    /// name for.
    pub fn name(self) -> Option<&'static str> {
        Some(match self {
            OperState::Unknown => "UNKNOWN",
            OperState::NotPresent => "NOTPRESENT",
            OperState::Down => "DOWN",
            OperState::LowerLayerDown => "LOWERLAYERDOWN",
            OperState::Testing => "TESTING",
            OperState::Dormant => "DORMANT",
            OperState::Up => "UP",
            OperState::Other(_) => return None,
        })
    }
}

crate::open_enum! {
    /// The link mode (`IFLA_LINKMODE`, `IF_LINK_MODE_*`).
    pub enum LinkMode: u8 {
        /// `IF_LINK_MODE_DEFAULT`.
        Default = 0,
        /// `IF_LINK_MODE_DORMANT`: user space moves it out of dormant.
        Dormant = 1,
        /// `IF_LINK_MODE_TESTING`.
        Testing = 2,
    }
}

crate::open_enum! {
    /// The hardware type (`ifi_type`, `ARPHRD_*` of linux/if_arp.h); the values without a
    /// name here are kept as `Other`.
    pub enum HardwareType: u16 {
        /// `ARPHRD_NETROM` (0).
        Netrom = 0,
        /// `ARPHRD_ETHER`.
        Ether = 1,
        /// `ARPHRD_TUNNEL` (ipip).
        Tunnel = 768,
        /// `ARPHRD_TUNNEL6`.
        Tunnel6 = 769,
        /// `ARPHRD_SIT`.
        Sit = 776,
        /// `ARPHRD_IPGRE`.
        IpGre = 778,
        /// `ARPHRD_LOOPBACK`.
        Loopback = 772,
        /// `ARPHRD_NONE`.
        None = 65534,
        /// `ARPHRD_VOID`.
        Void = 65535,
    }
}

crate::attribute_set! {
    /// A link: the `ifinfomsg` fields and every attribute `ip -d -s link show` prints,
    /// parsed leniently. Built by hand, it emits its attributes in the kernel's order.
    pub struct Link {
        /// `ifi_family` (`AF_UNSPEC`; `AF_BRIDGE` or `AF_INET6` in some dumps).
        pub family: AddressFamily,
        /// `ifi_type`.
        pub link_type: HardwareType,
        /// `ifi_index`.
        pub index: u32,
        /// `ifi_flags`.
        pub flags: LinkFlags,
        /// `ifi_change` (set in notifications).
        pub change: LinkFlags,
    }
    attributes {
        /// `IFLA_IFNAME`.
        pub name: codec::Str = IFLA_IFNAME,
        /// `IFLA_TXQLEN`.
        pub txqlen: codec::U32 = IFLA_TXQLEN,
        /// `IFLA_OPERSTATE`.
        pub operstate: codec::Enum8<OperState> = IFLA_OPERSTATE,
        /// `IFLA_LINKMODE`.
        pub linkmode: codec::Enum8<LinkMode> = IFLA_LINKMODE,
        /// `IFLA_MTU`.
        pub mtu: codec::U32 = IFLA_MTU,
        /// `IFLA_MIN_MTU`.
        pub min_mtu: codec::U32 = IFLA_MIN_MTU,
        /// `IFLA_MAX_MTU`.
        pub max_mtu: codec::U32 = IFLA_MAX_MTU,
        /// `IFLA_GROUP`.
        pub group: codec::U32 = IFLA_GROUP,
        /// `IFLA_PROMISCUITY`.
        pub promiscuity: codec::U32 = IFLA_PROMISCUITY,
        /// `IFLA_ALLMULTI`.
        pub allmulti: codec::U32 = IFLA_ALLMULTI,
        /// `IFLA_NUM_TX_QUEUES`.
        pub num_tx_queues: codec::U32 = IFLA_NUM_TX_QUEUES,
        /// `IFLA_GSO_MAX_SEGS`.
        pub gso_max_segs: codec::U32 = IFLA_GSO_MAX_SEGS,
        /// `IFLA_GSO_MAX_SIZE`.
        pub gso_max_size: codec::U32 = IFLA_GSO_MAX_SIZE,
        /// `IFLA_GRO_MAX_SIZE`.
        pub gro_max_size: codec::U32 = IFLA_GRO_MAX_SIZE,
        /// `IFLA_TSO_MAX_SIZE`.
        pub tso_max_size: codec::U32 = IFLA_TSO_MAX_SIZE,
        /// `IFLA_TSO_MAX_SEGS`.
        pub tso_max_segs: codec::U32 = IFLA_TSO_MAX_SEGS,
        /// `IFLA_NUM_RX_QUEUES`.
        pub num_rx_queues: codec::U32 = IFLA_NUM_RX_QUEUES,
        /// `IFLA_MASTER`: the index of the master device.
        pub master: codec::U32 = IFLA_MASTER,
        /// `IFLA_CARRIER`.
        pub carrier: codec::U8 = IFLA_CARRIER,
        /// `IFLA_IFALIAS`.
        pub alias: codec::Str = IFLA_IFALIAS,
        /// `IFLA_CARRIER_CHANGES`.
        pub carrier_changes: codec::U32 = IFLA_CARRIER_CHANGES,
        /// `IFLA_CARRIER_UP_COUNT`.
        pub carrier_up_count: codec::U32 = IFLA_CARRIER_UP_COUNT,
        /// `IFLA_CARRIER_DOWN_COUNT`.
        pub carrier_down_count: codec::U32 = IFLA_CARRIER_DOWN_COUNT,
        /// `IFLA_PROTO_DOWN`.
        pub proto_down: codec::U8 = IFLA_PROTO_DOWN,
        /// `IFLA_ADDRESS`: the hardware address (any length).
        pub address: codec::Bytes = IFLA_ADDRESS,
        /// `IFLA_BROADCAST`.
        pub broadcast: codec::Bytes = IFLA_BROADCAST,
        /// `IFLA_STATS64`.
        pub stats64: Stats64Codec = IFLA_STATS64,
        /// `IFLA_STATS` (32-bit counters).
        pub stats: Stats32Codec = IFLA_STATS,
        /// `IFLA_XDP`.
        pub xdp: codec::Nested<Xdp> = IFLA_XDP,
        /// `IFLA_LINKINFO`: the kind, its data and the port options.
        pub info: codec::NestedPlain<LinkInfo> = IFLA_LINKINFO,
        /// `IFLA_LINK`: the index of the lower (or peer) device.
        pub link: codec::U32 = IFLA_LINK,
        /// `IFLA_LINK_NETNSID`: the namespace `link` lives in.
        pub link_netnsid: codec::I32 = IFLA_LINK_NETNSID,
        /// `IFLA_QDISC`.
        pub qdisc: codec::Str = IFLA_QDISC,
        /// `IFLA_AF_SPEC`.
        pub af_spec: AfSpecCodec = IFLA_AF_SPEC,
        /// `IFLA_MAP`, raw (`struct rtnl_link_ifmap`).
        pub map: codec::Bytes = IFLA_MAP,
        /// `IFLA_PROP_LIST` / `IFLA_ALT_IFNAME`: alternative names.
        pub alt_names: AltNamesCodec = IFLA_PROP_LIST,
        /// `IFLA_PERM_ADDRESS`.
        pub perm_address: codec::Bytes = IFLA_PERM_ADDRESS,
        /// `IFLA_PARENT_DEV_NAME`.
        pub parent_dev_name: codec::Str = IFLA_PARENT_DEV_NAME,
        /// `IFLA_PARENT_DEV_BUS_NAME`.
        pub parent_bus_name: codec::Str = IFLA_PARENT_DEV_BUS_NAME,
    }
}

impl Link {
    /// The kind's name from `IFLA_LINKINFO` (`veth`, `bridge`, ...).
    pub fn kind(&self) -> Option<&str> {
        self.info.as_ref()?.kind.as_deref()
    }

    /// The kind with its typed data.
    pub fn kind_data(&self) -> Option<LinkKind> {
        self.info.as_ref()?.kind_data()
    }

    /// The options this link has as a port of its master.
    pub fn port(&self) -> Option<PortKind> {
        self.info.as_ref()?.port()
    }

    /// The master's kind (`IFLA_INFO_SLAVE_KIND`: `bridge`, `bond`, ...).
    pub fn port_kind(&self) -> Option<&str> {
        self.info.as_ref()?.port_kind.as_deref()
    }

    /// The `ifinfomsg` this link is emitted with.
    pub fn header(&self) -> IfInfoMsg {
        IfInfoMsg {
            family: self.family.into(),
            link_type: self.link_type.into(),
            index: self.index,
            flags: self.flags.bits(),
            change: self.change.bits(),
            ..Default::default()
        }
    }
}

impl Object for Link {
    const KIND: Kind = Kind::Link;
    const NEW: u16 = RTM_NEWLINK;
    const DEL: u16 = RTM_DELLINK;
    const GET: u16 = RTM_GETLINK;
    type Key = u32;

    fn parse(payload: &[u8]) -> Result<Link, DecodeError> {
        let m = FamilyMessage::<IfInfoMsg>::parse(payload)?;
        let mut l = Link {
            family: m.header.family.into(),
            link_type: m.header.link_type.into(),
            index: m.header.index,
            flags: LinkFlags(m.header.flags),
            change: LinkFlags(m.header.change),
            ..Default::default()
        };
        l.read_attrs(m.attrs())?;
        Ok(l)
    }

    fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&self.header());
        self.write_attrs(b);
    }

    fn key(&self) -> u32 {
        self.index
    }

    fn into_any(self) -> AnyObject {
        AnyObject::Link(Box::new(self))
    }

    /// A link is created and changed through [`LinkChange`]; as an object it can only be
    /// deleted.
    fn change_flags(verb: super::Verb) -> Option<Flags> {
        (verb == super::Verb::Delete).then_some(Flags::NONE)
    }

    /// `RTM_DELLINK` names the link by its index alone.
    fn emit_delete(&self, b: &mut MessageBuilder) {
        b.push_struct(&IfInfoMsg {
            index: self.index,
            ..Default::default()
        });
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
    pub port_kind: Option<String>,
    /// Only links that are administratively up (`IFF_UP`), applied here only.
    pub up: bool,
    /// `IFLA_EXT_MASK` to send (`RTEXT_FILTER_*`; `ip` sends `RTEXT_FILTER_VF`).
    pub ext_mask: Option<u32>,
    /// `ifi_family` of the request: `Inet6` gets the kernel's IPv6 view of each link
    /// (fewer attributes, as `ip -6 addr` shows); `None` is `AF_UNSPEC`.
    pub family: Option<AddressFamily>,
}

impl Filter for LinkFilter {
    type Object = Link;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETLINK, Flags::NONE);
        b.push_struct(&IfInfoMsg {
            family: self.family.map_or(0, u8::from),
            ..Default::default()
        });
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

    fn matches(&self, l: &Link) -> bool {
        self.master.is_none_or(|m| l.master == Some(m))
            && self.kind.as_deref().is_none_or(|k| l.kind() == Some(k))
            && self
                .port_kind
                .as_deref()
                .is_none_or(|k| l.port_kind() == Some(k))
            && (!self.up || l.flags.contains(LinkFlags::UP))
    }
}

/// One link, by index or by name (`RTM_GETLINK` without `NLM_F_DUMP`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkQuery {
    /// The index (0 when asking by name).
    pub index: u32,
    /// The name (`IFLA_IFNAME`, or `IFLA_ALT_IFNAME` when longer than a name can be).
    pub name: Option<String>,
    /// `IFLA_EXT_MASK` to send.
    pub ext_mask: Option<u32>,
}

impl LinkQuery {
    /// The link of index `index`.
    pub fn by_index(index: u32) -> LinkQuery {
        LinkQuery {
            index,
            name: None,
            ext_mask: None,
        }
    }

    /// The link named `name` (or with that alternative name).
    pub fn by_name(name: &str) -> LinkQuery {
        LinkQuery {
            index: 0,
            name: Some(name.to_owned()),
            ext_mask: None,
        }
    }
}

impl Query for LinkQuery {
    type Object = Link;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETLINK, Flags::NONE);
        b.push_struct(&IfInfoMsg {
            index: self.index,
            ..Default::default()
        });
        if let Some(m) = self.ext_mask {
            b.attr_u32_ne(IFLA_EXT_MASK, m);
        }
        if let Some(n) = &self.name {
            // IFNAMSIZ is 16 with the NUL: longer names can only be alternative names.
            let attr = if n.len() < 16 {
                IFLA_IFNAME
            } else {
                IFLA_ALT_IFNAME
            };
            b.attr_str(attr, n);
        }
        b
    }
}
