//! Link changes: typed requests that create, change and delete links (`RTM_NEWLINK`,
//! `RTM_DELLINK`) and that add or remove alternative names (`RTM_NEWLINKPROP`,
//! `RTM_DELLINKPROP`), with the per-kind data of the kinds nlkit knows ([`LinkKind`]).
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::link::change::{self, LinkChange, LinkKind, VethConfig};
//! use nlkit::sys::Protocol;
//! let mut conn = Conn::new(Protocol::Route)?;
//! let peer = LinkChange { name: Some("v1".into()), ..Default::default() };
//! let veth = LinkChange {
//!     name: Some("v0".into()),
//!     kind: Some(LinkKind::Veth(VethConfig { peer: Some(Box::new(peer)) })),
//!     ..Default::default()
//! };
//! change::add(&mut conn, &veth)?;
//! # Ok::<(), nlkit::engine::Error>(())
//! ```
//!
//! Attributes are emitted in one fixed order, the order `ip link add` uses when the options
//! are typed in it: `IFLA_LINK_NETNSID`, `IFLA_LINK`, queue counts, `IFLA_TXQLEN`, addresses, `IFLA_MTU`,
//! `IFLA_XDP`, the namespace, `IFLA_GROUP`, `IFLA_IFALIAS`, `IFLA_MASTER`, link mode, operational state,
//! carrier, protodown, GSO/GRO limits, `IFLA_AF_SPEC`, `IFLA_IFNAME`, then `IFLA_LINKINFO`.

use super::attrs::*;
use super::LinkHeader;
use crate::engine::{Ack, Conn, Error};
use crate::rtnl::message_type::{RTM_DELLINK, RTM_NEWLINK};
use crate::wire::{Flags, MessageBuilder};
use std::net::IpAddr;

/// The namespace `IFLA_NET_NS_PID` / `IFLA_NET_NS_FD` moves a link to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetnsRef {
    /// The namespace of process `pid` (`IFLA_NET_NS_PID`).
    Pid(u32),
    /// The namespace behind a descriptor open in this process (`IFLA_NET_NS_FD`), such as
    /// one of `/run/netns/NAME` ([`crate::sys::Netns`]); it must stay open until the request
    /// has been answered.
    Fd(i32),
}

/// A link as a change request describes it: the `ifinfomsg` fields and the attributes to
/// set. Everything left `None` is not sent (the kernel keeps or defaults it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkChange {
    /// `ifi_index`: the link to change (0 when creating).
    pub index: u32,
    /// `ifi_flags`: the new values of the flags selected by `change` (`IFF_*`).
    pub flags: u32,
    /// `ifi_change`: which flags to change.
    pub change: u32,
    /// `IFLA_LINK_NETNSID`: the namespace (by its id here) that `link` and the new link's
    /// lower device live in.
    pub link_netnsid: Option<i32>,
    /// `IFLA_LINK`: the lower device (vlan, macvlan, ...).
    pub link: Option<u32>,
    /// `IFLA_NUM_TX_QUEUES`.
    pub num_tx_queues: Option<u32>,
    /// `IFLA_NUM_RX_QUEUES`.
    pub num_rx_queues: Option<u32>,
    /// `IFLA_TXQLEN`.
    pub txqlen: Option<u32>,
    /// `IFLA_ADDRESS`: the hardware address.
    pub address: Option<Vec<u8>>,
    /// `IFLA_BROADCAST`: the hardware broadcast address.
    pub broadcast: Option<Vec<u8>>,
    /// `IFLA_MTU`.
    pub mtu: Option<u32>,
    /// Detach the XDP program: `IFLA_XDP` with `IFLA_XDP_FD` -1 and these `IFLA_XDP_FLAGS`
    /// (`XDP_FLAGS_UPDATE_IF_NOEXIST` and a mode: `XDP_FLAGS_SKB_MODE`, `_DRV_MODE`,
    /// `_HW_MODE`, or none for any).
    pub xdp_detach: Option<u32>,
    /// `IFLA_NET_NS_PID` / `IFLA_NET_NS_FD`: move the link to another namespace.
    pub netns: Option<NetnsRef>,
    /// `IFLA_NEW_IFINDEX`: the index the link takes in the namespace it moves to.
    pub new_index: Option<i32>,
    /// `IFLA_GROUP`.
    pub group: Option<u32>,
    /// `IFLA_IFALIAS` (sent without a NUL; an empty alias removes it).
    pub alias: Option<String>,
    /// `IFLA_MASTER`: the master device; `Some(0)` leaves the master (`nomaster`).
    pub master: Option<u32>,
    /// `IFLA_LINKMODE` (0 default, 1 dormant).
    pub linkmode: Option<u8>,
    /// `IFLA_OPERSTATE` (`IF_OPER_*`, RFC 2863).
    pub operstate: Option<u8>,
    /// `IFLA_CARRIER` (devices that let user space set it).
    pub carrier: Option<u8>,
    /// `IFLA_PROTO_DOWN`.
    pub proto_down: Option<u8>,
    /// `IFLA_GSO_MAX_SIZE`.
    pub gso_max_size: Option<u32>,
    /// `IFLA_GSO_MAX_SEGS`.
    pub gso_max_segs: Option<u32>,
    /// `IFLA_GRO_MAX_SIZE`.
    pub gro_max_size: Option<u32>,
    /// `IFLA_AF_SPEC` / `AF_INET6` / `IFLA_INET6_ADDR_GEN_MODE` (`IN6_ADDR_GEN_MODE_*`).
    pub addr_gen_mode: Option<u8>,
    /// `IFLA_IFNAME`: the name (of a new link, or the new name).
    pub name: Option<String>,
    /// `IFLA_LINKINFO`: the kind and its data.
    pub kind: Option<LinkKind>,
}

impl LinkChange {
    /// A change of link `index` with nothing set yet.
    pub fn of(index: u32) -> LinkChange {
        LinkChange {
            index,
            ..Default::default()
        }
    }

    /// Sets (`on`) or clears an `IFF_*` flag and marks it in `change`.
    pub fn set_flag(&mut self, flag: u32, on: bool) -> &mut Self {
        self.change |= flag;
        if on {
            self.flags |= flag;
        } else {
            self.flags &= !flag;
        }
        self
    }

    /// The `ifinfomsg` of the request.
    pub fn header(&self) -> LinkHeader {
        LinkHeader {
            family: 0,
            kind: 0,
            index: self.index,
            flags: self.flags,
            change: self.change,
        }
    }

    /// Appends the header and the attributes to the current message of `b`.
    pub fn emit(&self, b: &mut MessageBuilder) {
        b.push_bytes(&self.header().to_bytes());
        self.emit_attrs(b);
    }

    fn emit_attrs(&self, b: &mut MessageBuilder) {
        if let Some(id) = self.link_netnsid {
            b.attr_i32_ne(IFLA_LINK_NETNSID, id);
        }
        let u32s = [
            (IFLA_LINK, self.link),
            (IFLA_NUM_TX_QUEUES, self.num_tx_queues),
            (IFLA_NUM_RX_QUEUES, self.num_rx_queues),
            (IFLA_TXQLEN, self.txqlen),
        ];
        for (k, v) in u32s {
            if let Some(v) = v {
                b.attr_u32_ne(k, v);
            }
        }
        if let Some(a) = &self.address {
            b.attr_bytes(IFLA_ADDRESS, a);
        }
        if let Some(a) = &self.broadcast {
            b.attr_bytes(IFLA_BROADCAST, a);
        }
        if let Some(m) = self.mtu {
            b.attr_u32_ne(IFLA_MTU, m);
        }
        if let Some(flags) = self.xdp_detach {
            let n = b.nest_start_flags(IFLA_XDP);
            b.attr_i32_ne(IFLA_XDP_FD, -1);
            b.attr_u32_ne(IFLA_XDP_FLAGS, flags);
            b.nest_end(n);
        }
        match self.netns {
            Some(NetnsRef::Pid(p)) => {
                b.attr_u32_ne(IFLA_NET_NS_PID, p);
            }
            Some(NetnsRef::Fd(fd)) => {
                b.attr_i32_ne(IFLA_NET_NS_FD, fd);
            }
            None => {}
        }
        if let Some(i) = self.new_index {
            b.attr_i32_ne(IFLA_NEW_IFINDEX, i);
        }
        if let Some(g) = self.group {
            b.attr_u32_ne(IFLA_GROUP, g);
        }
        if let Some(a) = &self.alias {
            b.attr_str_no_nul(IFLA_IFALIAS, a);
        }
        if let Some(m) = self.master {
            b.attr_u32_ne(IFLA_MASTER, m);
        }
        let u8s = [
            (IFLA_LINKMODE, self.linkmode),
            (IFLA_OPERSTATE, self.operstate),
            (IFLA_CARRIER, self.carrier),
            (IFLA_PROTO_DOWN, self.proto_down),
        ];
        for (k, v) in u8s {
            if let Some(v) = v {
                b.attr_u8(k, v);
            }
        }
        let sizes = [
            (IFLA_GSO_MAX_SIZE, self.gso_max_size),
            (IFLA_GSO_MAX_SEGS, self.gso_max_segs),
            (IFLA_GRO_MAX_SIZE, self.gro_max_size),
        ];
        for (k, v) in sizes {
            if let Some(v) = v {
                b.attr_u32_ne(k, v);
            }
        }
        if let Some(mode) = self.addr_gen_mode {
            let spec = b.nest_start_flags(IFLA_AF_SPEC);
            let inet6 = b.nest_start_flags(u16::from(crate::rtnl::family::AF_INET6));
            b.attr_u8(IFLA_INET6_ADDR_GEN_MODE, mode);
            b.nest_end(inet6);
            b.nest_end(spec);
        }
        if let Some(n) = &self.name {
            b.attr_str(IFLA_IFNAME, n);
        }
        if let Some(k) = &self.kind {
            k.emit(b);
        }
    }

    /// The `RTM_NEWLINK` request that creates this link (`NLM_F_CREATE | NLM_F_EXCL`, as
    /// `ip link add`).
    pub fn add_request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::CREATE | Flags::EXCL);
        self.emit(&mut b);
        b
    }

    /// The `RTM_NEWLINK` request that creates this link or replaces the one of that name
    /// (`NLM_F_CREATE | NLM_F_REPLACE`, as `ip link replace`).
    pub fn replace_request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::CREATE | Flags::REPLACE);
        self.emit(&mut b);
        b
    }

    /// The `RTM_NEWLINK` request that changes an existing link (no creation flags, as
    /// `ip link set`).
    pub fn set_request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::NONE);
        self.emit(&mut b);
        b
    }
}

/// Link kinds with typed data (`IFLA_INFO_KIND` and `IFLA_INFO_DATA`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkKind {
    /// `veth`: a pair; the peer is described by its own link change.
    Veth(VethConfig),
    /// `bridge` with `IFLA_BR_*` options.
    Bridge(BridgeConfig),
    /// `macvlan` with its mode.
    Macvlan(MacvlanConfig),
    /// `macvtap` with its mode (the same data as macvlan).
    Macvtap(MacvlanConfig),
    /// `vxlan`.
    Vxlan(VxlanConfig),
    /// `vlan` (802.1Q or 802.1ad).
    Vlan(VlanConfig),
    /// `bond`.
    Bond(BondConfig),
    /// `vrf` with its table.
    Vrf(VrfConfig),
    /// `gre` (IPv4 GRE tunnel).
    Gre(GreConfig),
    /// `bridge_slave`: options of a bridge port (`IFLA_INFO_SLAVE_DATA`), for a link that
    /// already has a bridge as master.
    BridgePort(BridgePortConfig),
    /// `ifb` (no data).
    Ifb,
    /// `dummy` (no data).
    Dummy,
    /// `wireguard` (no data; configured through generic netlink).
    Wireguard,
    /// Any other kind, by name, with its data as keyed options.
    Other {
        /// `IFLA_INFO_KIND`.
        kind: String,
        /// `IFLA_INFO_DATA`, when there is any.
        data: Option<super::Options>,
    },
}

impl LinkKind {
    /// The kind's name (`IFLA_INFO_KIND`).
    pub fn name(&self) -> &str {
        match self {
            LinkKind::Veth(_) => "veth",
            LinkKind::Bridge(_) => "bridge",
            LinkKind::Macvlan(_) => "macvlan",
            LinkKind::Macvtap(_) => "macvtap",
            LinkKind::Vxlan(_) => "vxlan",
            LinkKind::Vlan(_) => "vlan",
            LinkKind::Bond(_) => "bond",
            LinkKind::Vrf(_) => "vrf",
            LinkKind::Gre(_) => "gre",
            LinkKind::BridgePort(_) => "bridge_slave",
            LinkKind::Ifb => "ifb",
            LinkKind::Dummy => "dummy",
            LinkKind::Wireguard => "wireguard",
            LinkKind::Other { kind, .. } => kind,
        }
    }

    /// Appends `IFLA_LINKINFO` (without `NLA_F_NESTED`, as iproute2 sends it); the data
    /// nest is left out when the kind has nothing to say.
    pub fn emit(&self, b: &mut MessageBuilder) {
        let info = b.nest_start_flags(IFLA_LINKINFO);
        // iproute2 sends the kind without a NUL; the kernel accepts either.
        b.attr_str_no_nul(IFLA_INFO_KIND, self.name());
        let data_kind = match self {
            LinkKind::BridgePort(_) => IFLA_INFO_SLAVE_DATA,
            _ => IFLA_INFO_DATA,
        };
        let data = b.nest_start_flags(data_kind);
        let any = match self {
            LinkKind::Veth(v) => v.emit(b),
            LinkKind::Bridge(c) => c.emit(b),
            LinkKind::Macvlan(c) | LinkKind::Macvtap(c) => c.emit(b),
            LinkKind::Vxlan(c) => c.emit(b),
            LinkKind::Vlan(c) => c.emit(b),
            LinkKind::Bond(c) => c.emit(b),
            LinkKind::Vrf(c) => c.emit(b),
            LinkKind::Gre(c) => c.emit(b),
            LinkKind::BridgePort(c) => c.emit(b),
            LinkKind::Ifb | LinkKind::Dummy | LinkKind::Wireguard => false,
            LinkKind::Other { data, .. } => match data {
                Some(o) => {
                    o.emit(b);
                    true
                }
                None => false,
            },
        };
        if any {
            b.nest_end(data);
        } else {
            b.nest_cancel(data);
        }
        b.nest_end(info);
    }
}

/// One attribute value of per-kind data, with its wire layout.
#[derive(Clone, Copy)]
enum Val<'a> {
    U8(u8),
    U16(u16),
    Be16(u16),
    U32(u32),
    Be32(u32),
    U64(u64),
    Bytes(&'a [u8]),
    Ip(IpAddr),
    /// A flag attribute (no payload).
    Flag,
    /// Two big-endian `u16` (a port range).
    Be16Pair((u16, u16)),
    /// Two native-endian `u32` (flags and mask).
    U32Pair((u32, u32)),
}

/// Emits each present value with its id, in order; true when anything was emitted.
fn put(b: &mut MessageBuilder, items: &[(u16, Option<Val<'_>>)]) -> bool {
    let mut any = false;
    for &(k, v) in items {
        let Some(v) = v else { continue };
        match v {
            Val::U8(x) => b.attr_u8(k, x),
            Val::U16(x) => b.attr_u16_ne(k, x),
            Val::Be16(x) => b.attr_u16_be(k, x),
            Val::U32(x) => b.attr_u32_ne(k, x),
            Val::Be32(x) => b.attr_u32_be(k, x),
            Val::U64(x) => b.attr_u64_ne(k, x),
            Val::Bytes(x) => b.attr_bytes(k, x),
            Val::Ip(x) => b.attr_ip(k, x),
            Val::Flag => b.attr_flag(k),
            Val::U32Pair((a, b2)) => b.attr_u32_array_ne(k, &[a, b2]),
            Val::Be16Pair((lo, hi)) => {
                let mut p = [0u8; 4];
                p[..2].copy_from_slice(&lo.to_be_bytes());
                p[2..].copy_from_slice(&hi.to_be_bytes());
                b.attr_bytes(k, &p)
            }
        };
        any = true;
    }
    any
}

/// `veth` data: `VETH_INFO_PEER`, an `ifinfomsg` and attributes for the other end.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VethConfig {
    /// The peer (its name, address, mtu, namespace, ...); `None` lets the kernel name it.
    pub peer: Option<Box<LinkChange>>,
}

impl VethConfig {
    fn emit(&self, b: &mut MessageBuilder) -> bool {
        let Some(p) = &self.peer else { return false };
        let n = b.nest_start_flags(veth::VETH_INFO_PEER);
        p.emit(b);
        b.nest_end(n);
        true
    }
}

/// `bridge` options (`IFLA_BR_*`), emitted in id order. Times are in the kernel's unit
/// (hundredths of a second), as `ip` passes them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BridgeConfig {
    /// `IFLA_BR_FORWARD_DELAY`.
    pub forward_delay: Option<u32>,
    /// `IFLA_BR_HELLO_TIME`.
    pub hello_time: Option<u32>,
    /// `IFLA_BR_MAX_AGE`.
    pub max_age: Option<u32>,
    /// `IFLA_BR_AGEING_TIME`.
    pub ageing_time: Option<u32>,
    /// `IFLA_BR_STP_STATE`.
    pub stp_state: Option<u32>,
    /// `IFLA_BR_PRIORITY`.
    pub priority: Option<u16>,
    /// `IFLA_BR_VLAN_FILTERING`.
    pub vlan_filtering: Option<u8>,
    /// `IFLA_BR_VLAN_PROTOCOL` (`ETH_P_8021Q` or `ETH_P_8021AD`; big-endian on the wire).
    pub vlan_protocol: Option<u16>,
    /// `IFLA_BR_GROUP_FWD_MASK`.
    pub group_fwd_mask: Option<u16>,
    /// `IFLA_BR_MCAST_ROUTER`.
    pub mcast_router: Option<u8>,
    /// `IFLA_BR_MCAST_SNOOPING`.
    pub mcast_snooping: Option<u8>,
    /// `IFLA_BR_GROUP_ADDR`: the STP group address (6 bytes; another length is sent as
    /// given, for the kernel to refuse).
    pub group_addr: Option<Vec<u8>>,
    /// `IFLA_BR_FDB_FLUSH` (a flag: flush the forwarding database).
    pub fdb_flush: bool,
    /// `IFLA_BR_MCAST_QUERY_USE_IFADDR`.
    pub mcast_query_use_ifaddr: Option<u8>,
    /// `IFLA_BR_MCAST_QUERIER`.
    pub mcast_querier: Option<u8>,
    /// `IFLA_BR_MCAST_HASH_ELASTICITY`.
    pub mcast_hash_elasticity: Option<u32>,
    /// `IFLA_BR_MCAST_HASH_MAX`.
    pub mcast_hash_max: Option<u32>,
    /// `IFLA_BR_MCAST_LAST_MEMBER_CNT`.
    pub mcast_last_member_cnt: Option<u32>,
    /// `IFLA_BR_MCAST_STARTUP_QUERY_CNT`.
    pub mcast_startup_query_cnt: Option<u32>,
    /// `IFLA_BR_MCAST_LAST_MEMBER_INTVL` (hundredths of a second).
    pub mcast_last_member_intvl: Option<u64>,
    /// `IFLA_BR_MCAST_MEMBERSHIP_INTVL`.
    pub mcast_membership_intvl: Option<u64>,
    /// `IFLA_BR_MCAST_QUERIER_INTVL`.
    pub mcast_querier_intvl: Option<u64>,
    /// `IFLA_BR_MCAST_QUERY_INTVL`.
    pub mcast_query_intvl: Option<u64>,
    /// `IFLA_BR_MCAST_QUERY_RESPONSE_INTVL`.
    pub mcast_query_response_intvl: Option<u64>,
    /// `IFLA_BR_MCAST_STARTUP_QUERY_INTVL`.
    pub mcast_startup_query_intvl: Option<u64>,
    /// `IFLA_BR_NF_CALL_IPTABLES`.
    pub nf_call_iptables: Option<u8>,
    /// `IFLA_BR_NF_CALL_IP6TABLES`.
    pub nf_call_ip6tables: Option<u8>,
    /// `IFLA_BR_NF_CALL_ARPTABLES`.
    pub nf_call_arptables: Option<u8>,
    /// `IFLA_BR_VLAN_DEFAULT_PVID`.
    pub vlan_default_pvid: Option<u16>,
    /// `IFLA_BR_VLAN_STATS_ENABLED`.
    pub vlan_stats_enabled: Option<u8>,
    /// `IFLA_BR_MCAST_STATS_ENABLED`.
    pub mcast_stats_enabled: Option<u8>,
    /// `IFLA_BR_MCAST_IGMP_VERSION`.
    pub mcast_igmp_version: Option<u8>,
    /// `IFLA_BR_MCAST_MLD_VERSION`.
    pub mcast_mld_version: Option<u8>,
    /// `IFLA_BR_VLAN_STATS_PER_PORT`.
    pub vlan_stats_per_port: Option<u8>,
}

impl BridgeConfig {
    fn emit(&self, b: &mut MessageBuilder) -> bool {
        use bridge::*;
        put(
            b,
            &[
                (IFLA_BR_FORWARD_DELAY, self.forward_delay.map(Val::U32)),
                (IFLA_BR_HELLO_TIME, self.hello_time.map(Val::U32)),
                (IFLA_BR_MAX_AGE, self.max_age.map(Val::U32)),
                (IFLA_BR_AGEING_TIME, self.ageing_time.map(Val::U32)),
                (IFLA_BR_STP_STATE, self.stp_state.map(Val::U32)),
                (IFLA_BR_PRIORITY, self.priority.map(Val::U16)),
                (IFLA_BR_VLAN_FILTERING, self.vlan_filtering.map(Val::U8)),
                (IFLA_BR_VLAN_PROTOCOL, self.vlan_protocol.map(Val::Be16)),
                (IFLA_BR_GROUP_FWD_MASK, self.group_fwd_mask.map(Val::U16)),
                (
                    IFLA_BR_GROUP_ADDR,
                    self.group_addr.as_deref().map(Val::Bytes),
                ),
                (IFLA_BR_FDB_FLUSH, self.fdb_flush.then_some(Val::Flag)),
                (IFLA_BR_MCAST_ROUTER, self.mcast_router.map(Val::U8)),
                (IFLA_BR_MCAST_SNOOPING, self.mcast_snooping.map(Val::U8)),
                (
                    IFLA_BR_MCAST_QUERY_USE_IFADDR,
                    self.mcast_query_use_ifaddr.map(Val::U8),
                ),
                (IFLA_BR_MCAST_QUERIER, self.mcast_querier.map(Val::U8)),
                (
                    IFLA_BR_MCAST_HASH_ELASTICITY,
                    self.mcast_hash_elasticity.map(Val::U32),
                ),
                (IFLA_BR_MCAST_HASH_MAX, self.mcast_hash_max.map(Val::U32)),
                (
                    IFLA_BR_MCAST_LAST_MEMBER_CNT,
                    self.mcast_last_member_cnt.map(Val::U32),
                ),
                (
                    IFLA_BR_MCAST_STARTUP_QUERY_CNT,
                    self.mcast_startup_query_cnt.map(Val::U32),
                ),
                (
                    IFLA_BR_MCAST_LAST_MEMBER_INTVL,
                    self.mcast_last_member_intvl.map(Val::U64),
                ),
                (
                    IFLA_BR_MCAST_MEMBERSHIP_INTVL,
                    self.mcast_membership_intvl.map(Val::U64),
                ),
                (
                    IFLA_BR_MCAST_QUERIER_INTVL,
                    self.mcast_querier_intvl.map(Val::U64),
                ),
                (
                    IFLA_BR_MCAST_QUERY_INTVL,
                    self.mcast_query_intvl.map(Val::U64),
                ),
                (
                    IFLA_BR_MCAST_QUERY_RESPONSE_INTVL,
                    self.mcast_query_response_intvl.map(Val::U64),
                ),
                (
                    IFLA_BR_MCAST_STARTUP_QUERY_INTVL,
                    self.mcast_startup_query_intvl.map(Val::U64),
                ),
                (IFLA_BR_NF_CALL_IPTABLES, self.nf_call_iptables.map(Val::U8)),
                (
                    IFLA_BR_NF_CALL_IP6TABLES,
                    self.nf_call_ip6tables.map(Val::U8),
                ),
                (
                    IFLA_BR_NF_CALL_ARPTABLES,
                    self.nf_call_arptables.map(Val::U8),
                ),
                (
                    IFLA_BR_VLAN_DEFAULT_PVID,
                    self.vlan_default_pvid.map(Val::U16),
                ),
                (
                    IFLA_BR_VLAN_STATS_ENABLED,
                    self.vlan_stats_enabled.map(Val::U8),
                ),
                (
                    IFLA_BR_MCAST_STATS_ENABLED,
                    self.mcast_stats_enabled.map(Val::U8),
                ),
                (
                    IFLA_BR_MCAST_IGMP_VERSION,
                    self.mcast_igmp_version.map(Val::U8),
                ),
                (
                    IFLA_BR_MCAST_MLD_VERSION,
                    self.mcast_mld_version.map(Val::U8),
                ),
                (
                    IFLA_BR_VLAN_STATS_PER_PORT,
                    self.vlan_stats_per_port.map(Val::U8),
                ),
            ],
        )
    }
}

/// Bridge port options (`IFLA_BRPORT_*`), emitted in id order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BridgePortConfig {
    /// `IFLA_BRPORT_STATE` (`BR_STATE_*`: 0 disabled ... 4 blocking).
    pub state: Option<u8>,
    /// `IFLA_BRPORT_PRIORITY`.
    pub priority: Option<u16>,
    /// `IFLA_BRPORT_COST`.
    pub cost: Option<u32>,
    /// `IFLA_BRPORT_MODE`: hairpin.
    pub hairpin: Option<bool>,
    /// `IFLA_BRPORT_GUARD`: BPDU guard.
    pub guard: Option<bool>,
    /// `IFLA_BRPORT_PROTECT`: root block.
    pub root_block: Option<bool>,
    /// `IFLA_BRPORT_FAST_LEAVE`.
    pub fast_leave: Option<bool>,
    /// `IFLA_BRPORT_LEARNING`.
    pub learning: Option<bool>,
    /// `IFLA_BRPORT_UNICAST_FLOOD`.
    pub flood: Option<bool>,
}

impl BridgePortConfig {
    fn emit(&self, b: &mut MessageBuilder) -> bool {
        use bridge_slave::*;
        let flag = |v: Option<bool>| v.map(|v| Val::U8(u8::from(v)));
        put(
            b,
            &[
                (IFLA_BRPORT_STATE, self.state.map(Val::U8)),
                (IFLA_BRPORT_PRIORITY, self.priority.map(Val::U16)),
                (IFLA_BRPORT_COST, self.cost.map(Val::U32)),
                (IFLA_BRPORT_MODE, flag(self.hairpin)),
                (IFLA_BRPORT_GUARD, flag(self.guard)),
                (IFLA_BRPORT_PROTECT, flag(self.root_block)),
                (IFLA_BRPORT_FAST_LEAVE, flag(self.fast_leave)),
                (IFLA_BRPORT_LEARNING, flag(self.learning)),
                (IFLA_BRPORT_UNICAST_FLOOD, flag(self.flood)),
            ],
        )
    }
}

/// `macvlan` / `macvtap` data, emitted in the order `ip` sends it: queue length, mode,
/// flags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MacvlanConfig {
    /// `IFLA_MACVLAN_MODE` (`MACVLAN_MODE_*`).
    pub mode: Option<u32>,
    /// `IFLA_MACVLAN_FLAGS` (`MACVLAN_FLAG_*`, e.g. `nopromisc` for passthru).
    pub flags: Option<u16>,
    /// `IFLA_MACVLAN_BC_QUEUE_LEN`: the broadcast/multicast receive queue length.
    pub bc_queue_len: Option<u32>,
}

impl MacvlanConfig {
    fn emit(&self, b: &mut MessageBuilder) -> bool {
        use macvlan::*;
        put(
            b,
            &[
                (IFLA_MACVLAN_BC_QUEUE_LEN, self.bc_queue_len.map(Val::U32)),
                (IFLA_MACVLAN_MODE, self.mode.map(Val::U32)),
                (IFLA_MACVLAN_FLAGS, self.flags.map(Val::U16)),
            ],
        )
    }
}

/// `vxlan` data, emitted in the order `ip` sends it when the options are typed in field
/// order: link, ttl, tos, ageing, the on/off options, source ports, limit, label, then id,
/// local, remote or group, learning, port.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VxlanConfig {
    /// `IFLA_VXLAN_ID`: the VNI (24 bits).
    pub id: Option<u32>,
    /// `IFLA_VXLAN_GROUP` / `IFLA_VXLAN_GROUP6`: the remote end or multicast group.
    pub remote: Option<IpAddr>,
    /// `IFLA_VXLAN_LOCAL` / `IFLA_VXLAN_LOCAL6`.
    pub local: Option<IpAddr>,
    /// `IFLA_VXLAN_LINK`: the underlying device.
    pub link: Option<u32>,
    /// `IFLA_VXLAN_PORT`: the UDP destination port (host order here, big-endian on the
    /// wire).
    pub port: Option<u16>,
    /// `IFLA_VXLAN_TTL`.
    pub ttl: Option<u8>,
    /// `IFLA_VXLAN_TOS`.
    pub tos: Option<u8>,
    /// `IFLA_VXLAN_AGEING` (seconds).
    pub ageing: Option<u32>,
    /// `IFLA_VXLAN_LEARNING` (`ip` always sends it, 1 unless `nolearning`).
    pub learning: Option<bool>,
    /// `IFLA_VXLAN_TTL_INHERIT` (a flag: the TTL comes from the inner packet).
    pub ttl_inherit: bool,
    /// `IFLA_VXLAN_COLLECT_METADATA` (`external`).
    pub collect_metadata: Option<bool>,
    /// `IFLA_VXLAN_PROXY`.
    pub proxy: Option<bool>,
    /// `IFLA_VXLAN_RSC`.
    pub rsc: Option<bool>,
    /// `IFLA_VXLAN_L2MISS`.
    pub l2miss: Option<bool>,
    /// `IFLA_VXLAN_L3MISS`.
    pub l3miss: Option<bool>,
    /// `IFLA_VXLAN_UDP_CSUM`.
    pub udp_csum: Option<bool>,
    /// `IFLA_VXLAN_UDP_ZERO_CSUM6_TX`.
    pub udp_zero_csum6_tx: Option<bool>,
    /// `IFLA_VXLAN_UDP_ZERO_CSUM6_RX`.
    pub udp_zero_csum6_rx: Option<bool>,
    /// `IFLA_VXLAN_REMCSUM_TX`.
    pub remcsum_tx: Option<bool>,
    /// `IFLA_VXLAN_REMCSUM_RX`.
    pub remcsum_rx: Option<bool>,
    /// `IFLA_VXLAN_GBP` (a flag).
    pub gbp: bool,
    /// `IFLA_VXLAN_GPE` (a flag).
    pub gpe: bool,
    /// `IFLA_VXLAN_DF` (0 unset, 1 set, 2 inherit).
    pub df: Option<u8>,
    /// `IFLA_VXLAN_PORT_RANGE`: the UDP source port range (low, high; big-endian on the
    /// wire).
    pub port_range: Option<(u16, u16)>,
    /// `IFLA_VXLAN_LIMIT`: the most forwarding entries.
    pub limit: Option<u32>,
    /// `IFLA_VXLAN_LABEL`: the IPv6 flow label (big-endian on the wire).
    pub label: Option<u32>,
    /// Attributes appended as given, after the others (options nlkit does not model).
    pub extra: Vec<crate::rtnl::RawAttribute>,
}

impl VxlanConfig {
    fn emit(&self, b: &mut MessageBuilder) -> bool {
        use vxlan::*;
        let flag = |v: Option<bool>| v.map(|v| Val::U8(u8::from(v)));
        let addr = |a: Option<IpAddr>, v4: u16, v6: u16| match a {
            Some(IpAddr::V6(_)) => (v6, a.map(Val::Ip)),
            _ => (v4, a.map(Val::Ip)),
        };
        let any = put(
            b,
            &[
                (IFLA_VXLAN_LINK, self.link.map(Val::U32)),
                (IFLA_VXLAN_TTL, self.ttl.map(Val::U8)),
                (
                    IFLA_VXLAN_TTL_INHERIT,
                    self.ttl_inherit.then_some(Val::Flag),
                ),
                (IFLA_VXLAN_TOS, self.tos.map(Val::U8)),
                (IFLA_VXLAN_AGEING, self.ageing.map(Val::U32)),
                (IFLA_VXLAN_COLLECT_METADATA, flag(self.collect_metadata)),
                (IFLA_VXLAN_PROXY, flag(self.proxy)),
                (IFLA_VXLAN_RSC, flag(self.rsc)),
                (IFLA_VXLAN_L2MISS, flag(self.l2miss)),
                (IFLA_VXLAN_L3MISS, flag(self.l3miss)),
                (IFLA_VXLAN_UDP_CSUM, flag(self.udp_csum)),
                (IFLA_VXLAN_UDP_ZERO_CSUM6_TX, flag(self.udp_zero_csum6_tx)),
                (IFLA_VXLAN_UDP_ZERO_CSUM6_RX, flag(self.udp_zero_csum6_rx)),
                (IFLA_VXLAN_REMCSUM_TX, flag(self.remcsum_tx)),
                (IFLA_VXLAN_REMCSUM_RX, flag(self.remcsum_rx)),
                (IFLA_VXLAN_GBP, self.gbp.then_some(Val::Flag)),
                (IFLA_VXLAN_GPE, self.gpe.then_some(Val::Flag)),
                (IFLA_VXLAN_DF, self.df.map(Val::U8)),
                (IFLA_VXLAN_PORT_RANGE, self.port_range.map(Val::Be16Pair)),
                (IFLA_VXLAN_LIMIT, self.limit.map(Val::U32)),
                (IFLA_VXLAN_LABEL, self.label.map(Val::Be32)),
                (IFLA_VXLAN_ID, self.id.map(Val::U32)),
                addr(self.local, IFLA_VXLAN_LOCAL, IFLA_VXLAN_LOCAL6),
                addr(self.remote, IFLA_VXLAN_GROUP, IFLA_VXLAN_GROUP6),
                (
                    IFLA_VXLAN_LEARNING,
                    self.learning.map(|l| Val::U8(u8::from(l))),
                ),
                (IFLA_VXLAN_PORT, self.port.map(Val::Be16)),
            ],
        );
        for a in &self.extra {
            b.attr_bytes(a.kind, &a.payload);
        }
        any || !self.extra.is_empty()
    }
}

/// `vlan` data, emitted in the order `ip` sends it when typed in field order: id, protocol,
/// flags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VlanConfig {
    /// `IFLA_VLAN_ID` (0..4095).
    pub id: Option<u16>,
    /// `IFLA_VLAN_PROTOCOL`: `ETH_P_8021Q` or `ETH_P_8021AD` (big-endian on the wire).
    pub protocol: Option<u16>,
    /// `IFLA_VLAN_FLAGS`: `struct ifla_vlan_flags` as (flags, mask) of `VLAN_FLAG_*`.
    pub flags: Option<(u32, u32)>,
}

impl VlanConfig {
    fn emit(&self, b: &mut MessageBuilder) -> bool {
        use vlan::*;
        put(
            b,
            &[
                (IFLA_VLAN_ID, self.id.map(Val::U16)),
                (IFLA_VLAN_PROTOCOL, self.protocol.map(Val::Be16)),
                (IFLA_VLAN_FLAGS, self.flags.map(Val::U32Pair)),
            ],
        )
    }
}

/// `bond` data, emitted in id order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BondConfig {
    /// `IFLA_BOND_MODE` (`BOND_MODE_*`).
    pub mode: Option<u8>,
    /// `IFLA_BOND_MIIMON` (milliseconds).
    pub miimon: Option<u32>,
    /// `IFLA_BOND_UPDELAY` (milliseconds).
    pub updelay: Option<u32>,
    /// `IFLA_BOND_DOWNDELAY` (milliseconds).
    pub downdelay: Option<u32>,
    /// `IFLA_BOND_USE_CARRIER`.
    pub use_carrier: Option<u8>,
    /// `IFLA_BOND_XMIT_HASH_POLICY` (0 layer2, 1 layer3+4, 2 layer2+3, 3 encap2+3,
    /// 4 encap3+4, 5 vlan+srcmac).
    pub xmit_hash_policy: Option<u8>,
    /// `IFLA_BOND_ALL_SLAVES_ACTIVE`.
    pub all_slaves_active: Option<u8>,
    /// `IFLA_BOND_MIN_LINKS`.
    pub min_links: Option<u32>,
    /// `IFLA_BOND_AD_LACP_RATE` (0 slow, 1 fast).
    pub lacp_rate: Option<u8>,
    /// `IFLA_BOND_AD_SELECT` (0 stable, 1 bandwidth, 2 count).
    pub ad_select: Option<u8>,
}

impl BondConfig {
    fn emit(&self, b: &mut MessageBuilder) -> bool {
        use bond::*;
        put(
            b,
            &[
                (IFLA_BOND_MODE, self.mode.map(Val::U8)),
                (IFLA_BOND_MIIMON, self.miimon.map(Val::U32)),
                (IFLA_BOND_UPDELAY, self.updelay.map(Val::U32)),
                (IFLA_BOND_DOWNDELAY, self.downdelay.map(Val::U32)),
                (IFLA_BOND_USE_CARRIER, self.use_carrier.map(Val::U8)),
                (
                    IFLA_BOND_XMIT_HASH_POLICY,
                    self.xmit_hash_policy.map(Val::U8),
                ),
                (
                    IFLA_BOND_ALL_SLAVES_ACTIVE,
                    self.all_slaves_active.map(Val::U8),
                ),
                (IFLA_BOND_MIN_LINKS, self.min_links.map(Val::U32)),
                (IFLA_BOND_AD_LACP_RATE, self.lacp_rate.map(Val::U8)),
                (IFLA_BOND_AD_SELECT, self.ad_select.map(Val::U8)),
            ],
        )
    }
}

/// `vrf` data.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VrfConfig {
    /// `IFLA_VRF_TABLE`.
    pub table: Option<u32>,
}

impl VrfConfig {
    fn emit(&self, b: &mut MessageBuilder) -> bool {
        put(b, &[(vrf::IFLA_VRF_TABLE, self.table.map(Val::U32))])
    }
}

/// `gre` data (`IFLA_GRE_*`, linux/if_tunnel.h), emitted in the order `ip` sends it: keys,
/// key flags, local, remote, pmtudisc, tos, link, ttl, fwmark, encapsulation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GreConfig {
    /// `IFLA_GRE_IKEY` (host order here, big-endian on the wire).
    pub ikey: Option<u32>,
    /// `IFLA_GRE_OKEY`.
    pub okey: Option<u32>,
    /// `IFLA_GRE_IFLAGS` (`GRE_KEY`, `GRE_SEQ`, `GRE_CSUM`; big-endian on the wire).
    pub iflags: Option<u16>,
    /// `IFLA_GRE_OFLAGS`.
    pub oflags: Option<u16>,
    /// `IFLA_GRE_LOCAL`.
    pub local: Option<std::net::Ipv4Addr>,
    /// `IFLA_GRE_REMOTE`.
    pub remote: Option<std::net::Ipv4Addr>,
    /// `IFLA_GRE_PMTUDISC`.
    pub pmtudisc: Option<bool>,
    /// `IFLA_GRE_TOS`.
    pub tos: Option<u8>,
    /// `IFLA_GRE_LINK`: the underlying device.
    pub link: Option<u32>,
    /// `IFLA_GRE_TTL`.
    pub ttl: Option<u8>,
    /// `IFLA_GRE_FWMARK`.
    pub fwmark: Option<u32>,
    /// `IFLA_GRE_ENCAP_TYPE`.
    pub encap_type: Option<u16>,
    /// `IFLA_GRE_ENCAP_FLAGS`.
    pub encap_flags: Option<u16>,
    /// `IFLA_GRE_ENCAP_SPORT` (big-endian on the wire).
    pub encap_sport: Option<u16>,
    /// `IFLA_GRE_ENCAP_DPORT` (big-endian on the wire).
    pub encap_dport: Option<u16>,
}

impl GreConfig {
    /// A tunnel between `local` and `remote` with one `key` both ways (`GRE_KEY` set in
    /// both flag words), as `ip link add ... type gre local L remote R key K` describes it.
    pub fn keyed(local: std::net::Ipv4Addr, remote: std::net::Ipv4Addr, key: u32) -> Self {
        GreConfig {
            ikey: Some(key),
            okey: Some(key),
            iflags: Some(gre::GRE_KEY),
            oflags: Some(gre::GRE_KEY),
            local: Some(local),
            remote: Some(remote),
            ..Default::default()
        }
    }

    fn emit(&self, b: &mut MessageBuilder) -> bool {
        use gre::*;
        let v4 = |a: Option<std::net::Ipv4Addr>| a.map(|a| Val::Ip(IpAddr::V4(a)));
        put(
            b,
            &[
                (IFLA_GRE_IKEY, self.ikey.map(Val::Be32)),
                (IFLA_GRE_OKEY, self.okey.map(Val::Be32)),
                (IFLA_GRE_IFLAGS, self.iflags.map(Val::Be16)),
                (IFLA_GRE_OFLAGS, self.oflags.map(Val::Be16)),
                (IFLA_GRE_LOCAL, v4(self.local)),
                (IFLA_GRE_REMOTE, v4(self.remote)),
                (
                    IFLA_GRE_PMTUDISC,
                    self.pmtudisc.map(|p| Val::U8(u8::from(p))),
                ),
                (IFLA_GRE_TOS, self.tos.map(Val::U8)),
                (IFLA_GRE_LINK, self.link.map(Val::U32)),
                (IFLA_GRE_TTL, self.ttl.map(Val::U8)),
                (IFLA_GRE_FWMARK, self.fwmark.map(Val::U32)),
                (IFLA_GRE_ENCAP_TYPE, self.encap_type.map(Val::U16)),
                (IFLA_GRE_ENCAP_FLAGS, self.encap_flags.map(Val::U16)),
                (IFLA_GRE_ENCAP_SPORT, self.encap_sport.map(Val::Be16)),
                (IFLA_GRE_ENCAP_DPORT, self.encap_dport.map(Val::Be16)),
            ],
        )
    }
}

/// Creates a link (`RTM_NEWLINK` with `NLM_F_CREATE | NLM_F_EXCL`).
pub fn add(conn: &mut Conn, link: &LinkChange) -> Result<Ack, Error> {
    conn.execute(&link.add_request())
}

/// Changes an existing link (`RTM_NEWLINK`, `ifi_index` set, no creation flags).
pub fn set(conn: &mut Conn, link: &LinkChange) -> Result<Ack, Error> {
    conn.execute(&link.set_request())
}

/// The `RTM_DELLINK` request for link `index`.
pub fn delete_request(index: u32) -> MessageBuilder {
    let mut b = MessageBuilder::new(RTM_DELLINK, Flags::NONE);
    b.push_bytes(&LinkChange::of(index).header().to_bytes());
    b
}

/// The `RTM_DELLINK` request for every link of device group `group` (`ifi_index` 0 and
/// `IFLA_GROUP`; the kernel refuses group 0).
pub fn delete_group_request(group: u32) -> MessageBuilder {
    let mut b = delete_request(0);
    b.attr_u32_ne(IFLA_GROUP, group);
    b
}

/// Deletes link `index` (`RTM_DELLINK`); a veth peer goes with it.
pub fn delete(conn: &mut Conn, index: u32) -> Result<Ack, Error> {
    conn.execute(&delete_request(index))
}

/// The `RTM_NEWLINKPROP` (`add`) or `RTM_DELLINKPROP` request for alternative names of
/// link `index`: `IFLA_PROP_LIST` (nested) holding one `IFLA_ALT_IFNAME` per name. Adding
/// uses `NLM_F_CREATE | NLM_F_EXCL | NLM_F_APPEND`, as `ip link property add` does.
pub fn alt_names_request(index: u32, names: &[&str], add: bool) -> MessageBuilder {
    let (ty, flags) = if add {
        (RTM_NEWLINKPROP, Flags::CREATE | Flags::EXCL | Flags::APPEND)
    } else {
        (RTM_DELLINKPROP, Flags::NONE)
    };
    let mut b = MessageBuilder::new(ty, flags);
    b.push_bytes(&LinkChange::of(index).header().to_bytes());
    let n = b.nest_start(IFLA_PROP_LIST);
    for name in names {
        b.attr_str(IFLA_ALT_IFNAME, name);
    }
    b.nest_end(n);
    b
}

/// Adds alternative names to link `index`.
pub fn add_alt_names(conn: &mut Conn, index: u32, names: &[&str]) -> Result<Ack, Error> {
    conn.execute(&alt_names_request(index, names, true))
}

/// Removes alternative names from link `index`.
pub fn del_alt_names(conn: &mut Conn, index: u32, names: &[&str]) -> Result<Ack, Error> {
    conn.execute(&alt_names_request(index, names, false))
}

#[cfg(test)]
mod tests;
