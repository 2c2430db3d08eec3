//! Bridge multicast database entries (`RTM_*MDB`, linux/if_bridge.h): the groups a
//! bridge forwards to each port, and its multicast router ports.
//!
//! A message is one bridge ([`MdbMessage`]): its entries ([`MdbEntry`]: port, state,
//! flags, VLAN, group, and the entry attributes: source, filter mode, source list,
//! protocol, timer) and its router ports ([`RouterPort`]). Dumps ([`dump`], with an
//! [`MdbFilter`]) come as `RTM_GETMDB` messages, notifications as `RTM_NEWMDB` and
//! `RTM_DELMDB`; [`get`] asks for one group (`MDBA_GET_ENTRY`, kernels 6.7 and later).
//! An entry is added, replaced and deleted with [`rtnl::apply`](crate::rtnl::apply) and a
//! [`Verb`] (`MDBA_SET_ENTRY` and `MDBA_SET_ENTRY_ATTRS`, as `bridge mdb` sends them).
//!
//! Timers are in hundredths of a second (the kernel's `USER_HZ` clock ticks).
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::bridge::mdb::{self, MdbEntry, MdbFilter, MdbGroup, MdbState};
//! use nlkit::rtnl::{self, Verb};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Route)?;
//! for m in mdb::dump(&mut conn, &MdbFilter::default())? {
//!     for e in &m.entries {
//!         println!("bridge {} port {} {:?} {:?}", m.bridge, e.port, e.group, e.state);
//!     }
//! }
//! // bridge mdb add dev <index 2> port <index 3> grp 239.1.1.1 permanent
//! let mut e = MdbEntry::new(2, 3, MdbGroup::Ipv4("239.1.1.1".parse().unwrap()));
//! e.state = MdbState::Permanent;
//! rtnl::apply(&mut conn, &e, Verb::Add)?;
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

#[cfg(test)]
mod tests;

use crate::engine::{Conn, Error};
use crate::rtnl::message_type::{RTM_DELMDB, RTM_GETMDB, RTM_NEWMDB};
use crate::rtnl::object::{Change, Verb};
use crate::rtnl::{AddressFamily, RouteProtocol};
use crate::wire::fixed::Be16;
use crate::wire::{
    AttrIter, AttrView, DecodeError, DecodeErrorKind, FamilyMessage, Flags, MessageBuilder,
    MessageView,
};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The attribute ids of linux/if_bridge.h's multicast database.
pub mod attrs {
    #![allow(missing_docs)]
    pub const MDBA_MDB: u16 = 1;
    pub const MDBA_ROUTER: u16 = 2;
    pub const MDBA_MDB_ENTRY: u16 = 1;
    pub const MDBA_MDB_ENTRY_INFO: u16 = 1;
    pub const MDBA_MDB_EATTR_TIMER: u16 = 1;
    pub const MDBA_MDB_EATTR_SRC_LIST: u16 = 2;
    pub const MDBA_MDB_EATTR_GROUP_MODE: u16 = 3;
    pub const MDBA_MDB_EATTR_SOURCE: u16 = 4;
    pub const MDBA_MDB_EATTR_RTPROT: u16 = 5;
    pub const MDBA_MDB_SRCLIST_ENTRY: u16 = 1;
    pub const MDBA_MDB_SRCATTR_ADDRESS: u16 = 1;
    pub const MDBA_MDB_SRCATTR_TIMER: u16 = 2;
    pub const MDBA_ROUTER_PORT: u16 = 1;
    pub const MDBA_ROUTER_PATTR_TIMER: u16 = 1;
    pub const MDBA_ROUTER_PATTR_TYPE: u16 = 2;
    pub const MDBA_ROUTER_PATTR_INET_TIMER: u16 = 3;
    pub const MDBA_ROUTER_PATTR_INET6_TIMER: u16 = 4;
    pub const MDBA_ROUTER_PATTR_VID: u16 = 5;
    pub const MDBA_SET_ENTRY: u16 = 1;
    pub const MDBA_SET_ENTRY_ATTRS: u16 = 2;
    pub const MDBA_GET_ENTRY: u16 = 1;
    pub const MDBA_GET_ENTRY_ATTRS: u16 = 2;
    pub const MDBE_ATTR_SOURCE: u16 = 1;
    pub const MDBE_ATTR_SRC_LIST: u16 = 2;
    pub const MDBE_ATTR_GROUP_MODE: u16 = 3;
    pub const MDBE_ATTR_RTPROT: u16 = 4;
    pub const MDBE_SRC_LIST_ENTRY: u16 = 1;
    pub const MDBE_SRCATTR_ADDRESS: u16 = 1;
}

use attrs::*;

/// `ETH_P_IP`: an IPv4 group.
const ETH_P_IP: u16 = 0x0800;
/// `ETH_P_IPV6`: an IPv6 group.
const ETH_P_IPV6: u16 = 0x86dd;

crate::fixed_struct! {
    /// `struct br_port_msg`: the header of multicast database messages.
    pub struct BrPortMsg("br_port_msg") {
        /// `family` (`AF_BRIDGE` in requests; the kernel answers with 0).
        pub family: u8,
        /// Padding.
        pub pad1: u8,
        /// Padding.
        pub pad2: u16,
        /// `ifindex`: the bridge.
        pub index: u32,
    }
}

crate::fixed_struct! {
    /// `struct br_mdb_entry`: one port's membership of a group.
    pub struct BrMdbEntry("br_mdb_entry") {
        /// `ifindex`: the port.
        pub index: u32,
        /// `state` (`MDB_TEMPORARY`, `MDB_PERMANENT`).
        pub state: u8,
        /// `flags` (`MDB_FLAGS_*`).
        pub flags: u8,
        /// `vid`.
        pub vid: u16,
        /// `addr.u`: the group (4, 16 or 6 bytes used).
        pub addr: [u8; 16],
        /// `addr.proto`: `ETH_P_IP`, `ETH_P_IPV6`, or 0 for a link-layer group.
        pub proto: Be16,
        /// Padding.
        pub pad: u16,
    }
}

crate::open_enum! {
    /// An entry's state (`br_mdb_entry.state`).
    pub enum MdbState: u8 {
        /// `MDB_TEMPORARY`: expires unless refreshed.
        Temporary = 0,
        /// `MDB_PERMANENT`: stays until deleted.
        Permanent = 1,
    }
}

crate::open_enum! {
    /// A group's filter mode (`MDBA_MDB_EATTR_GROUP_MODE`, `MCAST_*` of linux/in.h).
    pub enum GroupMode: u8 {
        /// `MCAST_EXCLUDE`: every source but those listed.
        Exclude = 0,
        /// `MCAST_INCLUDE`: only the sources listed.
        Include = 1,
    }
}

crate::open_enum! {
    /// What kind of multicast router port a port is (`MDB_RTR_TYPE_*`).
    pub enum RouterType: u8 {
        /// `MDB_RTR_TYPE_DISABLED`.
        Disabled = 0,
        /// `MDB_RTR_TYPE_TEMP_QUERY`: learned from queries.
        TempQuery = 1,
        /// `MDB_RTR_TYPE_PERM`: set permanently.
        Permanent = 2,
        /// `MDB_RTR_TYPE_TEMP`: set, with a timer.
        Temp = 3,
    }
}

impl RouterType {
    /// True for the kinds that expire (`temp_query`, `temp`), as bridge tells them apart.
    pub fn is_temporary(self) -> bool {
        matches!(self, RouterType::TempQuery | RouterType::Temp)
    }
}

crate::flag_set! {
    /// An entry's flags (`br_mdb_entry.flags`, `MDB_FLAGS_*`).
    pub struct MdbFlags: u8 {
        /// `MDB_FLAGS_OFFLOAD`: in hardware.
        const OFFLOAD = 0x01;
        /// `MDB_FLAGS_FAST_LEAVE`: the port leaves at once.
        const FAST_LEAVE = 0x02;
        /// `MDB_FLAGS_STAR_EXCL`: added by a (*,G) exclude entry.
        const STAR_EXCL = 0x04;
        /// `MDB_FLAGS_BLOCKED`: the source is blocked.
        const BLOCKED = 0x08;
    }
}

/// A multicast group address (`br_mdb_entry.addr`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MdbGroup {
    /// An IPv4 group (`ETH_P_IP`).
    Ipv4(Ipv4Addr),
    /// An IPv6 group (`ETH_P_IPV6`).
    Ipv6(Ipv6Addr),
    /// A link-layer group (protocol 0).
    Mac([u8; 6]),
    /// Another protocol, kept raw.
    Other {
        /// `addr.proto` (host order).
        proto: u16,
        /// `addr.u`.
        address: [u8; 16],
    },
}

impl Default for MdbGroup {
    /// The link-layer group 00:00:00:00:00:00.
    fn default() -> Self {
        MdbGroup::Mac([0; 6])
    }
}

impl MdbGroup {
    /// The group of `addr.proto` and `addr.u`.
    pub fn from_raw(proto: u16, address: [u8; 16]) -> MdbGroup {
        match proto {
            ETH_P_IP => MdbGroup::Ipv4(Ipv4Addr::new(
                address[0], address[1], address[2], address[3],
            )),
            ETH_P_IPV6 => MdbGroup::Ipv6(Ipv6Addr::from(address)),
            0 => {
                let mut mac = [0u8; 6];
                mac.copy_from_slice(&address[..6]);
                MdbGroup::Mac(mac)
            }
            proto => MdbGroup::Other { proto, address },
        }
    }

    /// `addr.proto` and `addr.u` of the group.
    pub fn to_raw(self) -> (u16, [u8; 16]) {
        let mut a = [0u8; 16];
        match self {
            MdbGroup::Ipv4(ip) => {
                a[..4].copy_from_slice(&ip.octets());
                (ETH_P_IP, a)
            }
            MdbGroup::Ipv6(ip) => (ETH_P_IPV6, ip.octets()),
            MdbGroup::Mac(mac) => {
                a[..6].copy_from_slice(&mac);
                (0, a)
            }
            MdbGroup::Other { proto, address } => (proto, address),
        }
    }

    /// The IP address of an IPv4 or IPv6 group.
    pub fn ip(self) -> Option<IpAddr> {
        match self {
            MdbGroup::Ipv4(a) => Some(IpAddr::V4(a)),
            MdbGroup::Ipv6(a) => Some(IpAddr::V6(a)),
            _ => None,
        }
    }
}

impl From<IpAddr> for MdbGroup {
    fn from(a: IpAddr) -> Self {
        match a {
            IpAddr::V4(a) => MdbGroup::Ipv4(a),
            IpAddr::V6(a) => MdbGroup::Ipv6(a),
        }
    }
}

/// One source of a group's source list (`MDBA_MDB_SRCLIST_ENTRY`; in requests
/// `MDBE_SRC_LIST_ENTRY`, which carries the address only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MdbSource {
    /// `MDBA_MDB_SRCATTR_ADDRESS`.
    pub address: IpAddr,
    /// `MDBA_MDB_SRCATTR_TIMER` (hundredths of a second; not sent in requests).
    pub timer: Option<u32>,
}

/// A multicast database entry: a port's membership of a group on a bridge, with the
/// entry attributes. Parsed leniently (unknown attributes are skipped, a known one that
/// cannot be read is listed in `malformed`); built by hand for requests.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MdbEntry {
    /// `br_port_msg.ifindex`: the bridge.
    pub bridge: u32,
    /// `br_mdb_entry.ifindex`: the port (the bridge itself for its host joins).
    pub port: u32,
    /// `br_mdb_entry.state`.
    pub state: MdbState,
    /// `br_mdb_entry.flags`.
    pub flags: MdbFlags,
    /// `br_mdb_entry.vid` (0: none).
    pub vid: u16,
    /// `br_mdb_entry.addr`.
    pub group: MdbGroup,
    /// `MDBA_MDB_EATTR_SOURCE` (`MDBE_ATTR_SOURCE` in requests): the source of an (S,G)
    /// entry.
    pub source: Option<IpAddr>,
    /// `MDBA_MDB_EATTR_GROUP_MODE` (`MDBE_ATTR_GROUP_MODE`).
    pub mode: Option<GroupMode>,
    /// `MDBA_MDB_EATTR_SRC_LIST` (`MDBE_ATTR_SRC_LIST`): the sources of a (*,G) entry
    /// (`Some` of an empty list: the attribute without sources; in a replace request,
    /// the entry's sources cleared).
    pub sources: Option<Vec<MdbSource>>,
    /// `MDBA_MDB_EATTR_RTPROT` (`MDBE_ATTR_RTPROT`): who added it.
    pub protocol: Option<RouteProtocol>,
    /// `MDBA_MDB_EATTR_TIMER` (hundredths of a second; not sent in requests).
    pub timer: Option<u32>,
    /// The types of known entry attributes that could not be read.
    pub malformed: Vec<u16>,
}

/// A multicast router port (`MDBA_ROUTER_PORT`: the port's index and its attributes).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RouterPort {
    /// `br_port_msg.ifindex`: the bridge.
    pub bridge: u32,
    /// The port.
    pub port: u32,
    /// `MDBA_ROUTER_PATTR_TIMER` (hundredths of a second).
    pub timer: Option<u32>,
    /// `MDBA_ROUTER_PATTR_TYPE`.
    pub kind: Option<RouterType>,
    /// `MDBA_ROUTER_PATTR_INET_TIMER`: the IPv4 router timer.
    pub inet_timer: Option<u32>,
    /// `MDBA_ROUTER_PATTR_INET6_TIMER`: the IPv6 router timer.
    pub inet6_timer: Option<u32>,
    /// `MDBA_ROUTER_PATTR_VID`.
    pub vid: Option<u16>,
}

/// One multicast database message: a bridge's entries and router ports (a dump may
/// split one bridge over several messages).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MdbMessage {
    /// `br_port_msg.ifindex`: the bridge.
    pub bridge: u32,
    /// The entries (`MDBA_MDB`), in the kernel's order.
    pub entries: Vec<MdbEntry>,
    /// The router ports (`MDBA_ROUTER`, `None` without the attribute), in the kernel's
    /// order.
    pub routers: Option<Vec<RouterPort>>,
}

impl MdbMessage {
    /// Parses the payload of an `RTM_GETMDB`, `RTM_NEWMDB` or `RTM_DELMDB` message
    /// (`br_port_msg` and attributes). Only a short header or a broken run of attributes
    /// is an error; unknown attributes are skipped.
    pub fn parse(payload: &[u8]) -> Result<MdbMessage, DecodeError> {
        let m = FamilyMessage::<BrPortMsg>::parse(payload)?;
        let bridge = m.header.index;
        let mut out = MdbMessage {
            bridge,
            ..Default::default()
        };
        for a in m.attrs() {
            let a = a?;
            match a.attr_type() {
                MDBA_MDB => {
                    for group in a.nested() {
                        let group = group?;
                        if group.attr_type() != MDBA_MDB_ENTRY {
                            continue;
                        }
                        for info in group.nested() {
                            let info = info?;
                            if info.attr_type() == MDBA_MDB_ENTRY_INFO {
                                out.entries.push(parse_entry(bridge, &info)?);
                            }
                        }
                    }
                }
                MDBA_ROUTER => {
                    let routers = out.routers.get_or_insert_with(Vec::new);
                    for p in a.nested() {
                        let p = p?;
                        if p.attr_type() == MDBA_ROUTER_PORT {
                            routers.push(parse_router(bridge, &p)?);
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(out)
    }

    /// Parses a whole message of type `RTM_GETMDB` (dumps), `RTM_NEWMDB` or `RTM_DELMDB`.
    pub fn from_message(msg: &MessageView<&[u8]>) -> Result<MdbMessage, DecodeError> {
        match msg.message_type() {
            RTM_GETMDB | RTM_NEWMDB | RTM_DELMDB => MdbMessage::parse(msg.payload()),
            _ => Err(DecodeError::new(
                "rtnetlink message type",
                4,
                DecodeErrorKind::BadValue,
            )),
        }
    }
}

/// `MDBA_MDB_ENTRY_INFO`: `br_mdb_entry` and the entry attributes after it.
fn parse_entry(bridge: u32, info: &AttrView<&[u8]>) -> Result<MdbEntry, DecodeError> {
    use crate::wire::FixedStruct;
    let payload = info.payload();
    let raw = BrMdbEntry::parse(payload)?;
    let mut e = MdbEntry {
        bridge,
        port: raw.index,
        state: raw.state.into(),
        flags: MdbFlags(raw.flags),
        vid: raw.vid,
        group: MdbGroup::from_raw(raw.proto.0, raw.addr),
        ..Default::default()
    };
    let rest = payload
        .get(crate::wire::align(BrMdbEntry::LEN)..)
        .unwrap_or(&[]);
    for a in AttrIter::new(rest) {
        let a = a?;
        let t = a.attr_type();
        let ok = match t {
            MDBA_MDB_EATTR_TIMER => a.u32_ne().map(|v| e.timer = Some(v)),
            MDBA_MDB_EATTR_GROUP_MODE => a.u8().map(|v| e.mode = Some(v.into())),
            MDBA_MDB_EATTR_SOURCE => a.ip().map(|v| e.source = Some(v)),
            MDBA_MDB_EATTR_RTPROT => a.u8().map(|v| e.protocol = Some(v.into())),
            MDBA_MDB_EATTR_SRC_LIST => parse_sources(&a).map(|v| e.sources = Some(v)),
            _ => Ok(()),
        };
        if ok.is_err() {
            e.malformed.push(t);
        }
    }
    Ok(e)
}

/// `MDBA_MDB_EATTR_SRC_LIST`: the sources that have an address (others are skipped).
fn parse_sources(list: &AttrView<&[u8]>) -> Result<Vec<MdbSource>, DecodeError> {
    let mut out = Vec::new();
    for s in list.nested() {
        let s = s?;
        if s.attr_type() != MDBA_MDB_SRCLIST_ENTRY {
            continue;
        }
        let (mut address, mut timer) = (None, None);
        for a in s.nested() {
            let a = a?;
            match a.attr_type() {
                MDBA_MDB_SRCATTR_ADDRESS => address = Some(a.ip()?),
                MDBA_MDB_SRCATTR_TIMER => timer = Some(a.u32_ne()?),
                _ => {}
            }
        }
        if let Some(address) = address {
            out.push(MdbSource { address, timer });
        }
    }
    Ok(out)
}

/// `MDBA_ROUTER_PORT`: a `u32` port index, then the port's attributes.
fn parse_router(bridge: u32, p: &AttrView<&[u8]>) -> Result<RouterPort, DecodeError> {
    let payload = p.payload();
    let index = payload
        .get(..4)
        .ok_or_else(|| DecodeError::truncated("router port", 0, 4, payload.len()))?;
    let mut r = RouterPort {
        bridge,
        port: u32::from_ne_bytes([index[0], index[1], index[2], index[3]]),
        ..Default::default()
    };
    for a in AttrIter::new(&payload[4..]) {
        let a = a?;
        match a.attr_type() {
            MDBA_ROUTER_PATTR_TIMER => r.timer = Some(a.u32_ne()?),
            MDBA_ROUTER_PATTR_TYPE => r.kind = Some(a.u8()?.into()),
            MDBA_ROUTER_PATTR_INET_TIMER => r.inet_timer = Some(a.u32_ne()?),
            MDBA_ROUTER_PATTR_INET6_TIMER => r.inet6_timer = Some(a.u32_ne()?),
            MDBA_ROUTER_PATTR_VID => r.vid = Some(a.u16_ne()?),
            _ => {}
        }
    }
    Ok(r)
}

impl MdbEntry {
    /// A temporary entry for `group` on `port` of `bridge`, without VLAN or attributes
    /// (`bridge mdb add dev BRIDGE port PORT grp GROUP`).
    pub fn new(bridge: u32, port: u32, group: MdbGroup) -> MdbEntry {
        MdbEntry {
            bridge,
            port,
            group,
            ..Default::default()
        }
    }

    /// The `br_mdb_entry` of this entry.
    pub fn header(&self) -> BrMdbEntry {
        let (proto, addr) = self.group.to_raw();
        BrMdbEntry {
            index: self.port,
            state: self.state.into(),
            flags: self.flags.bits(),
            vid: self.vid,
            addr,
            proto: Be16(proto),
            pad: 0,
        }
    }

    /// Appends `br_port_msg`, `MDBA_SET_ENTRY` and (when the entry has a source, a mode,
    /// a source list or a protocol) `MDBA_SET_ENTRY_ATTRS`, in bridge's order: source,
    /// mode, source list, protocol.
    fn emit_set(&self, b: &mut MessageBuilder, header: BrMdbEntry, with_attrs: bool) {
        b.push_struct(&BrPortMsg {
            family: AddressFamily::Bridge.into(),
            index: self.bridge,
            ..Default::default()
        });
        b.attr_struct(MDBA_SET_ENTRY, &header);
        let any = self.source.is_some()
            || (with_attrs
                && (self.mode.is_some() || self.sources.is_some() || self.protocol.is_some()));
        if !any {
            return;
        }
        let nest = b.nest_start(MDBA_SET_ENTRY_ATTRS);
        if let Some(s) = self.source {
            b.attr_ip(MDBE_ATTR_SOURCE, s);
        }
        if with_attrs {
            if let Some(m) = self.mode {
                b.attr_u8(MDBE_ATTR_GROUP_MODE, m.into());
            }
            if let Some(sources) = &self.sources {
                let list = b.nest_start(MDBE_ATTR_SRC_LIST);
                for s in sources {
                    let one = b.nest_start(MDBE_SRC_LIST_ENTRY);
                    b.attr_ip(MDBE_SRCATTR_ADDRESS, s.address);
                    b.nest_end(one);
                }
                b.nest_end(list);
            }
            if let Some(p) = self.protocol {
                b.attr_u8(MDBE_ATTR_RTPROT, p.into());
            }
        }
        b.nest_end(nest);
    }
}

impl Change for MdbEntry {
    const NAME: &'static str = "mdb entry";
    const NEW: u16 = RTM_NEWMDB;
    const DEL: u16 = RTM_DELMDB;

    /// Add (`CREATE | EXCL`), replace (`CREATE | REPLACE`: kernels 6.3 and later) and
    /// delete.
    fn flags(verb: Verb) -> Option<Flags> {
        match verb {
            Verb::Add | Verb::Replace | Verb::Delete => verb.common_flags(),
            _ => None,
        }
    }

    fn emit_change(&self, b: &mut MessageBuilder) {
        self.emit_set(b, self.header(), true);
    }

    /// The entry's identity: bridge, port, VLAN, group and source (the state is sent as
    /// 0, as `bridge mdb del` sends it).
    fn emit_delete(&self, b: &mut MessageBuilder) {
        let header = BrMdbEntry {
            state: 0,
            flags: 0,
            ..self.header()
        };
        self.emit_set(b, header, false);
    }
}

/// What a multicast database dump selects: the kernel dumps every bridge (it refuses a
/// bridge index in the request), the bridge is picked here.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MdbFilter {
    /// Only this bridge.
    pub bridge: Option<u32>,
}

impl MdbFilter {
    /// The dump request: `RTM_GETMDB` with an `AF_BRIDGE` `br_port_msg` (the engine adds
    /// `NLM_F_DUMP`), as bridge sends it.
    pub fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETMDB, Flags::NONE);
        b.push_struct(&BrPortMsg {
            family: AddressFamily::Bridge.into(),
            ..Default::default()
        });
        b
    }

    /// True when `m` passes the filter.
    pub fn matches(&self, m: &MdbMessage) -> bool {
        self.bridge.is_none_or(|b| b == m.bridge)
    }
}

/// Dumps the multicast database: one [`MdbMessage`] per message the kernel sent (of the
/// bridges `filter` selects), in its order.
pub fn dump(conn: &mut Conn, filter: &MdbFilter) -> Result<Vec<MdbMessage>, Error> {
    let mut dump = conn.dump(&filter.request())?;
    let mut out = Vec::new();
    while let Some(msg) = dump.next_message() {
        let m = MdbMessage::from_message(&msg?)?;
        if filter.matches(&m) {
            out.push(m);
        }
    }
    Ok(out)
}

/// One group of one bridge (`RTM_GETMDB` with `MDBA_GET_ENTRY`, kernels 6.7 and later;
/// older kernels answer `EINVAL` or `EOPNOTSUPP`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MdbQuery {
    /// The bridge.
    pub bridge: u32,
    /// The group.
    pub group: MdbGroup,
    /// The VLAN (0: none).
    pub vid: u16,
    /// The source of an (S,G) entry.
    pub source: Option<IpAddr>,
}

impl MdbQuery {
    /// The request.
    pub fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETMDB, Flags::NONE);
        b.push_struct(&BrPortMsg {
            family: AddressFamily::Bridge.into(),
            index: self.bridge,
            ..Default::default()
        });
        let (proto, addr) = self.group.to_raw();
        b.attr_struct(
            MDBA_GET_ENTRY,
            &BrMdbEntry {
                vid: self.vid,
                addr,
                proto: Be16(proto),
                ..Default::default()
            },
        );
        if let Some(s) = self.source {
            let nest = b.nest_start(MDBA_GET_ENTRY_ATTRS);
            b.attr_ip(MDBE_ATTR_SOURCE, s);
            b.nest_end(nest);
        }
        b
    }
}

/// Asks the kernel for one group: the answer holds its entries on every port.
pub fn get(conn: &mut Conn, query: &MdbQuery) -> Result<MdbMessage, Error> {
    let reply = conn.request(&query.request())?;
    Ok(MdbMessage::from_message(&reply.message())?)
}
