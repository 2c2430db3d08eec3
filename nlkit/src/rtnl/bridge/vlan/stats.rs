//! Per-VLAN traffic counters of bridges and ports: `RTM_GETSTATS` dumps with
//! `IFLA_STATS_LINK_XSTATS` (bridges) or `IFLA_STATS_LINK_XSTATS_SLAVE` (ports), read as
//! `LINK_XSTATS_TYPE_BRIDGE` / `BRIDGE_XSTATS_VLAN` (`struct bridge_vlan_xstats`).

use super::VlanFlags;
use crate::engine::{Conn, Error};
use crate::wire::{DecodeError, FamilyMessage, Flags, MessageBuilder, MessageView};

/// `RTM_NEWSTATS`.
const RTM_NEWSTATS: u16 = 92;
/// `RTM_GETSTATS`.
const RTM_GETSTATS: u16 = 94;
/// `IFLA_STATS_LINK_XSTATS`.
pub const IFLA_STATS_LINK_XSTATS: u16 = 2;
/// `IFLA_STATS_LINK_XSTATS_SLAVE`.
pub const IFLA_STATS_LINK_XSTATS_SLAVE: u16 = 3;
/// `LINK_XSTATS_TYPE_BRIDGE`.
pub const LINK_XSTATS_TYPE_BRIDGE: u16 = 1;
/// `BRIDGE_XSTATS_VLAN` (`struct bridge_vlan_xstats`).
pub const BRIDGE_XSTATS_VLAN: u16 = 1;

crate::fixed_struct! {
    /// `struct if_stats_msg`.
    pub struct IfStatsMsg("if_stats_msg") {
        /// `family`.
        pub family: u8,
        /// `pad1`.
        pub pad1: u8,
        /// `pad2`.
        pub pad2: u16,
        /// `ifindex`.
        pub index: u32,
        /// `filter_mask` (`IFLA_STATS_FILTER_BIT`s).
        pub filter_mask: u32,
    }
}

crate::fixed_struct! {
    /// `struct bridge_vlan_xstats`.
    pub struct BridgeVlanXstats("bridge_vlan_xstats") {
        /// `rx_bytes`.
        pub rx_bytes: u64,
        /// `rx_packets`.
        pub rx_packets: u64,
        /// `tx_bytes`.
        pub tx_bytes: u64,
        /// `tx_packets`.
        pub tx_packets: u64,
        /// `vid`.
        pub vid: u16,
        /// `flags` (`BRIDGE_VLAN_INFO_*`).
        pub flags: u16,
        /// `pad2`.
        pub pad2: u32,
    }
}

/// One VLAN's counters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VlanXstats {
    /// The VLAN.
    pub vid: u16,
    /// Its flags (`MASTER` without `BRENTRY`: a port's VLAN seen from the bridge).
    pub flags: VlanFlags,
    /// Bytes received.
    pub rx_bytes: u64,
    /// Packets received.
    pub rx_packets: u64,
    /// Bytes sent.
    pub tx_bytes: u64,
    /// Packets sent.
    pub tx_packets: u64,
}

/// The VLAN counters of one link (one `RTM_NEWSTATS` answer).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PortVlanStats {
    /// `ifindex`.
    pub index: u32,
    /// The counters in `IFLA_STATS_LINK_XSTATS`, in order.
    pub xstats: Vec<VlanXstats>,
    /// The counters in `IFLA_STATS_LINK_XSTATS_SLAVE`, in order.
    pub slave_xstats: Vec<VlanXstats>,
}

impl PortVlanStats {
    /// Reads a whole message; other message types give `Ok(None)`.
    pub fn parse(message: &[u8]) -> Result<Option<PortVlanStats>, DecodeError> {
        let m = MessageView::new_checked(message)?;
        if m.message_type() != RTM_NEWSTATS {
            return Ok(None);
        }
        let fm = FamilyMessage::<IfStatsMsg>::parse(m.payload())?;
        let mut out = PortVlanStats {
            index: fm.header.index,
            ..Default::default()
        };
        for a in fm.attrs() {
            let a = a?;
            let list = match a.attr_type() {
                IFLA_STATS_LINK_XSTATS => &mut out.xstats,
                IFLA_STATS_LINK_XSTATS_SLAVE => &mut out.slave_xstats,
                _ => continue,
            };
            for kind in a.nested() {
                let kind = kind?;
                if kind.attr_type() != LINK_XSTATS_TYPE_BRIDGE {
                    continue;
                }
                for x in kind.nested() {
                    let x = x?;
                    if x.attr_type() != BRIDGE_XSTATS_VLAN {
                        continue;
                    }
                    let s: BridgeVlanXstats = x.fixed()?;
                    list.push(VlanXstats {
                        vid: s.vid,
                        flags: VlanFlags(s.flags),
                        rx_bytes: s.rx_bytes,
                        rx_packets: s.rx_packets,
                        tx_bytes: s.tx_bytes,
                        tx_packets: s.tx_packets,
                    });
                }
            }
        }
        Ok(Some(out))
    }
}

/// The stats dump of `bridge -s vlan show`: bridges' counters (`slave: false`) or ports'.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VlanStatsDump {
    /// `IFLA_STATS_LINK_XSTATS_SLAVE` instead of `IFLA_STATS_LINK_XSTATS`.
    pub slave: bool,
}

impl VlanStatsDump {
    /// The request (`if_stats_msg` of `AF_UNSPEC` with the one filter bit).
    pub fn request(&self) -> MessageBuilder {
        let bit = if self.slave {
            IFLA_STATS_LINK_XSTATS_SLAVE
        } else {
            IFLA_STATS_LINK_XSTATS
        };
        let mut b = MessageBuilder::new(RTM_GETSTATS, Flags::NONE);
        b.push_struct(&IfStatsMsg {
            filter_mask: 1 << (bit - 1),
            ..Default::default()
        });
        b
    }

    /// Runs the dump; a message that does not decode fails the call.
    pub fn run(&self, conn: &mut Conn) -> Result<Vec<PortVlanStats>, Error> {
        let mut dump = conn.dump(&self.request())?;
        let mut out = Vec::new();
        while let Some(m) = dump.next_message() {
            let m = m?;
            if let Some(s) = PortVlanStats::parse(m.as_bytes()).map_err(Error::Decode)? {
                out.push(s);
            }
        }
        Ok(out)
    }
}
