//! The per-VLAN database: `RTM_GETVLAN` dumps (`struct br_vlan_msg`, `BRIDGE_VLANDB_ENTRY`
//! and `BRIDGE_VLANDB_GLOBAL_OPTIONS`) and the `RTM_NEWVLAN` changes of `bridge vlan set`
//! and `bridge vlan global set`.

use super::{BridgeVlanInfo, VlanFlags, AF_BRIDGE};
use crate::engine::{Conn, Error};
use crate::rtnl::message_type::{RTM_DELVLAN, RTM_GETVLAN, RTM_NEWVLAN};
use crate::wire::{AttrView, DecodeError, FamilyMessage, Flags, MessageBuilder, MessageView};

/// `BRIDGE_VLANDB_DUMP_FLAGS` (u32, `BRIDGE_VLANDB_DUMPF_*`) of a dump request.
pub const BRIDGE_VLANDB_DUMP_FLAGS: u16 = 1;
/// `BRIDGE_VLANDB_DUMPF_STATS`: entries carry statistics.
pub const BRIDGE_VLANDB_DUMPF_STATS: u32 = 1 << 0;
/// `BRIDGE_VLANDB_DUMPF_GLOBAL`: only the bridges' global options.
pub const BRIDGE_VLANDB_DUMPF_GLOBAL: u32 = 1 << 1;
/// `BRIDGE_VLANDB_ENTRY` (nested).
pub const BRIDGE_VLANDB_ENTRY: u16 = 1;
/// `BRIDGE_VLANDB_GLOBAL_OPTIONS` (nested).
pub const BRIDGE_VLANDB_GLOBAL_OPTIONS: u16 = 2;
/// `BRIDGE_VLANDB_ENTRY_INFO` (`struct bridge_vlan_info`).
pub const BRIDGE_VLANDB_ENTRY_INFO: u16 = 1;
/// `BRIDGE_VLANDB_ENTRY_RANGE` (u16: the range's last VLAN).
pub const BRIDGE_VLANDB_ENTRY_RANGE: u16 = 2;
/// `BRIDGE_VLANDB_ENTRY_STATE` (u8, `BR_STATE_*`).
pub const BRIDGE_VLANDB_ENTRY_STATE: u16 = 3;
/// `BRIDGE_VLANDB_ENTRY_TUNNEL_INFO` (nested: `BRIDGE_VLANDB_TINFO_*`).
pub const BRIDGE_VLANDB_ENTRY_TUNNEL_INFO: u16 = 4;
/// `BRIDGE_VLANDB_ENTRY_STATS` (nested: `BRIDGE_VLANDB_STATS_*`).
pub const BRIDGE_VLANDB_ENTRY_STATS: u16 = 5;
/// `BRIDGE_VLANDB_ENTRY_MCAST_ROUTER` (u8).
pub const BRIDGE_VLANDB_ENTRY_MCAST_ROUTER: u16 = 6;
/// `BRIDGE_VLANDB_TINFO_ID` (u32).
pub const BRIDGE_VLANDB_TINFO_ID: u16 = 1;
/// `BRIDGE_VLANDB_GOPTS_ID` (u16).
pub const BRIDGE_VLANDB_GOPTS_ID: u16 = 1;
/// `BRIDGE_VLANDB_GOPTS_RANGE` (u16).
pub const BRIDGE_VLANDB_GOPTS_RANGE: u16 = 2;
/// `BRIDGE_VLANDB_GOPTS_MCAST_ROUTER_PORTS` (nested).
pub const BRIDGE_VLANDB_GOPTS_MCAST_ROUTER_PORTS: u16 = 16;

crate::fixed_struct! {
    /// `struct br_vlan_msg`.
    pub struct BrVlanMsg("br_vlan_msg") {
        /// `family` (`AF_BRIDGE`).
        pub family: u8,
        /// `reserved1`.
        pub reserved1: u8,
        /// `reserved2`.
        pub reserved2: u16,
        /// `ifindex`.
        pub index: u32,
    }
}

/// `BRIDGE_VLANDB_ENTRY_STATS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VlanStats {
    /// `BRIDGE_VLANDB_STATS_RX_BYTES`.
    pub rx_bytes: u64,
    /// `BRIDGE_VLANDB_STATS_RX_PACKETS`.
    pub rx_packets: u64,
    /// `BRIDGE_VLANDB_STATS_TX_BYTES`.
    pub tx_bytes: u64,
    /// `BRIDGE_VLANDB_STATS_TX_PACKETS`.
    pub tx_packets: u64,
}

/// One `BRIDGE_VLANDB_ENTRY`: a VLAN (or range) of a port with its options.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VlanDbEntry {
    /// `BRIDGE_VLANDB_ENTRY_INFO`'s VLAN (0 when absent).
    pub vid: u16,
    /// `BRIDGE_VLANDB_ENTRY_INFO`'s flags.
    pub flags: VlanFlags,
    /// `BRIDGE_VLANDB_ENTRY_RANGE`: the range's last VLAN.
    pub range_end: Option<u16>,
    /// `BRIDGE_VLANDB_ENTRY_STATE` (`BR_STATE_*`).
    pub state: Option<u8>,
    /// `BRIDGE_VLANDB_ENTRY_TUNNEL_INFO` / `BRIDGE_VLANDB_TINFO_ID`.
    pub tunnel_id: Option<u32>,
    /// `BRIDGE_VLANDB_ENTRY_STATS`.
    pub stats: Option<VlanStats>,
    /// `BRIDGE_VLANDB_ENTRY_MCAST_ROUTER`.
    pub mcast_router: Option<u8>,
    /// The types of attributes nlkit does not know, in order.
    pub unknown: Vec<u16>,
}

/// `BRIDGE_VLANDB_GLOBAL_OPTIONS`: a bridge's options of a VLAN (or range).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GlobalOptions {
    /// `BRIDGE_VLANDB_GOPTS_ID`.
    pub vid: u16,
    /// `BRIDGE_VLANDB_GOPTS_RANGE`.
    pub range_end: Option<u16>,
    /// The options with a value, in the order they came ([`GlobalOption::Vid`] is not
    /// among them).
    pub options: Vec<GlobalOption>,
    /// `BRIDGE_VLANDB_GOPTS_MCAST_ROUTER_PORTS`: the nested port entries' raw payload.
    pub router_ports: Option<Vec<u8>>,
    /// The types of attributes nlkit does not know, in order.
    pub unknown: Vec<u16>,
}

impl GlobalOptions {
    /// The option of `kind`'s attribute type, if present.
    pub fn get(&self, attr_type: u16) -> Option<GlobalOption> {
        self.options
            .iter()
            .copied()
            .find(|o| o.attr_type() == attr_type)
    }
}

/// One item of a `br_vlan_msg`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VlanDbItem {
    /// `BRIDGE_VLANDB_ENTRY`.
    Entry(VlanDbEntry),
    /// `BRIDGE_VLANDB_GLOBAL_OPTIONS`.
    Global(GlobalOptions),
}

/// One `RTM_NEWVLAN` / `RTM_DELVLAN` message.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VlanDbMessage {
    /// True for `RTM_DELVLAN`.
    pub deleted: bool,
    /// `family`.
    pub family: u8,
    /// `ifindex`.
    pub index: u32,
    /// The entries and global options in order (other attributes are skipped).
    pub items: Vec<VlanDbItem>,
}

impl VlanDbMessage {
    /// Reads a whole message; messages of other types give `Ok(None)`.
    pub fn parse(message: &[u8]) -> Result<Option<VlanDbMessage>, DecodeError> {
        let m = MessageView::new_checked(message)?;
        let ty = m.message_type();
        if ty != RTM_NEWVLAN && ty != RTM_DELVLAN && ty != RTM_GETVLAN {
            return Ok(None);
        }
        let fm = FamilyMessage::<BrVlanMsg>::parse(m.payload())?;
        let mut out = VlanDbMessage {
            deleted: ty == RTM_DELVLAN,
            family: fm.header.family,
            index: fm.header.index,
            items: Vec::new(),
        };
        for a in fm.attrs() {
            let a = a?;
            match a.attr_type() {
                BRIDGE_VLANDB_ENTRY => out.items.push(VlanDbItem::Entry(entry(&a)?)),
                BRIDGE_VLANDB_GLOBAL_OPTIONS => out.items.push(VlanDbItem::Global(global(&a)?)),
                _ => {}
            }
        }
        Ok(Some(out))
    }
}

fn entry(a: &AttrView<&[u8]>) -> Result<VlanDbEntry, DecodeError> {
    let mut e = VlanDbEntry::default();
    for x in a.nested() {
        let x = x?;
        match x.attr_type() {
            BRIDGE_VLANDB_ENTRY_INFO => {
                let v: BridgeVlanInfo = x.fixed()?;
                (e.vid, e.flags) = (v.vid, VlanFlags(v.flags));
            }
            BRIDGE_VLANDB_ENTRY_RANGE => e.range_end = Some(x.u16_ne()?),
            BRIDGE_VLANDB_ENTRY_STATE => e.state = Some(x.u8()?),
            BRIDGE_VLANDB_ENTRY_TUNNEL_INFO => {
                for t in x.nested() {
                    let t = t?;
                    if t.attr_type() == BRIDGE_VLANDB_TINFO_ID {
                        e.tunnel_id = Some(t.u32_ne()?);
                    }
                }
            }
            BRIDGE_VLANDB_ENTRY_STATS => {
                let mut s = VlanStats::default();
                for t in x.nested() {
                    let t = t?;
                    match t.attr_type() {
                        1 => s.rx_bytes = t.u64_ne()?,
                        2 => s.rx_packets = t.u64_ne()?,
                        3 => s.tx_bytes = t.u64_ne()?,
                        4 => s.tx_packets = t.u64_ne()?,
                        _ => {}
                    }
                }
                e.stats = Some(s);
            }
            BRIDGE_VLANDB_ENTRY_MCAST_ROUTER => e.mcast_router = Some(x.u8()?),
            t => e.unknown.push(t),
        }
    }
    Ok(e)
}

fn global(a: &AttrView<&[u8]>) -> Result<GlobalOptions, DecodeError> {
    let mut g = GlobalOptions::default();
    for x in a.nested() {
        let x = x?;
        match x.attr_type() {
            BRIDGE_VLANDB_GOPTS_ID => g.vid = x.u16_ne()?,
            BRIDGE_VLANDB_GOPTS_RANGE => g.range_end = Some(x.u16_ne()?),
            BRIDGE_VLANDB_GOPTS_MCAST_ROUTER_PORTS => g.router_ports = Some(x.payload().to_vec()),
            t => match GlobalOption::read(t, &x)? {
                Some(o) => g.options.push(o),
                None => g.unknown.push(t),
            },
        }
    }
    Ok(g)
}

/// A `RTM_GETVLAN` dump (`bridge -d vlan show`, `bridge vlan global show`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VlanDbDump {
    /// `BRIDGE_VLANDB_DUMPF_*` (bridge always sends the attribute, 0 included).
    pub flags: u32,
}

impl VlanDbDump {
    /// The dump request (`br_vlan_msg` of `AF_BRIDGE`, `BRIDGE_VLANDB_DUMP_FLAGS`).
    pub fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETVLAN, Flags::NONE);
        b.push_struct(&BrVlanMsg {
            family: AF_BRIDGE,
            ..Default::default()
        });
        b.attr_u32_ne(BRIDGE_VLANDB_DUMP_FLAGS, self.flags);
        b
    }

    /// Runs the dump: each message in the kernel's order; one that does not decode fails.
    pub fn run(&self, conn: &mut Conn) -> Result<Vec<VlanDbMessage>, Error> {
        let mut dump = conn.dump(&self.request())?;
        let mut out = Vec::new();
        while let Some(m) = dump.next_message() {
            let m = m?;
            if let Some(v) = VlanDbMessage::parse(m.as_bytes()).map_err(Error::Decode)? {
                out.push(v);
            }
        }
        Ok(out)
    }
}

/// One option of `bridge vlan set`, in the order given (each is an attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VlanOption {
    /// `vid VID[-END]`: `BRIDGE_VLANDB_ENTRY_INFO` with `ONLY_OPTS`, then
    /// `BRIDGE_VLANDB_ENTRY_RANGE` for a range.
    Vid(u16, Option<u16>),
    /// `state STATE`: `BRIDGE_VLANDB_ENTRY_STATE`.
    State(u8),
    /// `mcast_router N`: `BRIDGE_VLANDB_ENTRY_MCAST_ROUTER`.
    McastRouter(u8),
}

/// `bridge vlan set` / `bridge vlan global set`: `RTM_NEWVLAN` with one
/// `BRIDGE_VLANDB_ENTRY` (or `BRIDGE_VLANDB_GLOBAL_OPTIONS`) nest holding the options in
/// their order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VlanOptionSet {
    /// The device's index.
    pub index: u32,
    /// The per-port options (used unless `global` is given).
    pub options: Vec<VlanOption>,
    /// The bridge's global options (`bridge vlan global set`): when `Some`, the nest is
    /// `BRIDGE_VLANDB_GLOBAL_OPTIONS` and `options` is not sent.
    pub global: Option<Vec<GlobalOption>>,
}

impl VlanOptionSet {
    /// The request, as bridge 6.1 builds it.
    pub fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_NEWVLAN, Flags::NONE);
        b.push_struct(&BrVlanMsg {
            family: AF_BRIDGE,
            index: self.index,
            ..Default::default()
        });
        if let Some(global) = &self.global {
            let n = b.nest_start_flags(BRIDGE_VLANDB_GLOBAL_OPTIONS | NLA_F_NESTED);
            for o in global {
                o.write(&mut b);
            }
            b.nest_end(n);
            return b;
        }
        let n = b.nest_start_flags(BRIDGE_VLANDB_ENTRY | NLA_F_NESTED);
        for o in &self.options {
            match *o {
                VlanOption::Vid(vid, end) => {
                    let flags = VlanFlags::ONLY_OPTS.bits();
                    b.attr_struct(BRIDGE_VLANDB_ENTRY_INFO, &BridgeVlanInfo { flags, vid });
                    if let Some(end) = end {
                        b.attr_u16_ne(BRIDGE_VLANDB_ENTRY_RANGE, end);
                    }
                }
                VlanOption::State(s) => {
                    b.attr_u8(BRIDGE_VLANDB_ENTRY_STATE, s);
                }
                VlanOption::McastRouter(r) => {
                    b.attr_u8(BRIDGE_VLANDB_ENTRY_MCAST_ROUTER, r);
                }
            }
        }
        b.nest_end(n);
        b
    }

    /// Sends the change and waits for the kernel's answer.
    pub fn apply(&self, conn: &mut Conn) -> Result<(), Error> {
        conn.execute(&self.request()).map(|_| ())
    }
}

/// `NLA_F_NESTED`.
const NLA_F_NESTED: u16 = 1 << 15;

macro_rules! global_options {
    ($( $(#[$m:meta])* $name:ident($ty:ty) = $id:expr, $word:expr, $read:ident, $write:ident; )*) => {
        /// A global option of a bridge VLAN (`BRIDGE_VLANDB_GOPTS_*`), with its value.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum GlobalOption {
            /// `vid VID[-END]`: `BRIDGE_VLANDB_GOPTS_ID`, then `BRIDGE_VLANDB_GOPTS_RANGE`.
            Vid(u16, Option<u16>),
            $( $(#[$m])* $name($ty), )*
        }

        impl GlobalOption {
            /// Every valued option: (attribute type, bridge's word).
            pub const WORDS: &'static [(u16, &'static str)] = &[$( ($id, $word), )*];

            /// The attribute type (`BRIDGE_VLANDB_GOPTS_ID` for [`GlobalOption::Vid`]).
            pub fn attr_type(self) -> u16 {
                match self {
                    GlobalOption::Vid(..) => BRIDGE_VLANDB_GOPTS_ID,
                    $( GlobalOption::$name(_) => $id, )*
                }
            }

            /// The option of attribute type `t` holding `value` (cut to the option's
            /// width), or `None` for `Vid` and unknown types.
            pub fn with_value(t: u16, value: u64) -> Option<GlobalOption> {
                match t {
                    $( $id => Some(GlobalOption::$name(value as $ty)), )*
                    _ => None,
                }
            }

            /// The width of the value in bits (16 for `Vid`).
            pub fn width(self) -> u32 {
                match self {
                    GlobalOption::Vid(..) => 16,
                    $( GlobalOption::$name(_) => <$ty>::BITS, )*
                }
            }

            /// The value (the first VLAN for `Vid`).
            pub fn value(self) -> u64 {
                match self {
                    GlobalOption::Vid(v, _) => u64::from(v),
                    $( GlobalOption::$name(v) => u64::from(v), )*
                }
            }

            fn read(t: u16, a: &AttrView<&[u8]>) -> Result<Option<GlobalOption>, DecodeError> {
                Ok(match t {
                    $( $id => Some(GlobalOption::$name(a.$read()?)), )*
                    _ => None,
                })
            }

            fn write(self, b: &mut MessageBuilder) {
                match self {
                    GlobalOption::Vid(v, end) => {
                        b.attr_u16_ne(BRIDGE_VLANDB_GOPTS_ID, v);
                        if let Some(e) = end {
                            b.attr_u16_ne(BRIDGE_VLANDB_GOPTS_RANGE, e);
                        }
                    }
                    $( GlobalOption::$name(v) => { b.$write($id, v); } )*
                }
            }
        }
    };
}

global_options! {
    /// `mcast_snooping`.
    McastSnooping(u8) = 3, "mcast_snooping", u8, attr_u8;
    /// `mcast_igmp_version`.
    McastIgmpVersion(u8) = 4, "mcast_igmp_version", u8, attr_u8;
    /// `mcast_mld_version`.
    McastMldVersion(u8) = 5, "mcast_mld_version", u8, attr_u8;
    /// `mcast_last_member_count`.
    McastLastMemberCount(u32) = 6, "mcast_last_member_count", u32_ne, attr_u32_ne;
    /// `mcast_startup_query_count`.
    McastStartupQueryCount(u32) = 7, "mcast_startup_query_count", u32_ne, attr_u32_ne;
    /// `mcast_last_member_interval`.
    McastLastMemberInterval(u64) = 8, "mcast_last_member_interval", u64_ne, attr_u64_ne;
    /// `mcast_membership_interval`.
    McastMembershipInterval(u64) = 10, "mcast_membership_interval", u64_ne, attr_u64_ne;
    /// `mcast_querier_interval`.
    McastQuerierInterval(u64) = 11, "mcast_querier_interval", u64_ne, attr_u64_ne;
    /// `mcast_query_interval`.
    McastQueryInterval(u64) = 12, "mcast_query_interval", u64_ne, attr_u64_ne;
    /// `mcast_query_response_interval`.
    McastQueryResponseInterval(u64) = 13, "mcast_query_response_interval", u64_ne, attr_u64_ne;
    /// `mcast_startup_query_interval`.
    McastStartupQueryInterval(u64) = 14, "mcast_startup_query_interval", u64_ne, attr_u64_ne;
    /// `mcast_querier`.
    McastQuerier(u8) = 15, "mcast_querier", u8, attr_u8;
}
