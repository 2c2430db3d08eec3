//! The link: port and transceiver (`linkinfo`), speed, duplex and link modes
//! (`linkmodes`), carrier and signal quality (`linkstate`), the driver's message mask
//! (`debug`) and wake-on-LAN (`wol`).

use super::bitset::{verbose_change, Bitset};
use super::strings::{StringSet, StringSetId};
use super::{on, Device, Error, Operation, COMPACT};
use crate::engine::{Ack, Conn};
use crate::genl::Families;
use crate::wire::DecodeError;
use crate::ynl::ethtool as raw;
use std::collections::BTreeSet;

crate::open_enum! {
    /// The physical connector (`PORT_*`).
    pub enum Port: u8 {
        /// `PORT_TP`: twisted pair.
        TwistedPair = 0x00,
        /// `PORT_AUI`.
        Aui = 0x01,
        /// `PORT_BNC`.
        Bnc = 0x02,
        /// `PORT_MII`.
        Mii = 0x03,
        /// `PORT_FIBRE`.
        Fibre = 0x04,
        /// `PORT_DA`: direct attach copper.
        DirectAttach = 0x05,
        /// `PORT_NONE`.
        None = 0xef,
        /// `PORT_OTHER`.
        Unknown = 0xff,
    }
}

crate::open_enum! {
    /// MDI/MDI-X state or control (`ETH_TP_MDI*`).
    pub enum MdiX: u8 {
        /// `ETH_TP_MDI_INVALID`: unknown or not applicable.
        Invalid = 0,
        /// `ETH_TP_MDI`.
        Mdi = 1,
        /// `ETH_TP_MDI_X`.
        MdiX = 2,
        /// `ETH_TP_MDI_AUTO` (control only).
        Auto = 3,
    }
}

crate::open_enum! {
    /// Where the transceiver is (`XCVR_*`).
    pub enum Transceiver: u8 {
        /// `XCVR_INTERNAL`.
        Internal = 0,
        /// `XCVR_EXTERNAL`.
        External = 1,
    }
}

crate::open_enum! {
    /// Duplex (`DUPLEX_*`).
    pub enum Duplex: u8 {
        /// `DUPLEX_HALF`.
        Half = 0,
        /// `DUPLEX_FULL`.
        Full = 1,
        /// `DUPLEX_UNKNOWN`.
        Unknown = 0xff,
    }
}

crate::open_enum! {
    /// Master/slave configuration of a BASE-T1 or 1000BASE-T PHY (`MASTER_SLAVE_CFG_*`).
    pub enum MasterSlaveConfig: u8 {
        /// Not supported.
        Unsupported = 0,
        /// Unknown.
        Unknown = 1,
        /// Master preferred.
        MasterPreferred = 2,
        /// Slave preferred.
        SlavePreferred = 3,
        /// Master forced.
        MasterForce = 4,
        /// Slave forced.
        SlaveForce = 5,
    }
}

crate::open_enum! {
    /// Master/slave state (`MASTER_SLAVE_STATE_*`).
    pub enum MasterSlaveState: u8 {
        /// Not supported.
        Unsupported = 0,
        /// Unknown.
        Unknown = 1,
        /// Master.
        Master = 2,
        /// Slave.
        Slave = 3,
        /// Resolution failed.
        Error = 4,
    }
}

crate::open_enum! {
    /// Why a link is down (`ETHTOOL_LINK_EXT_STATE_*`).
    pub enum LinkExtState: u8 {
        /// Autonegotiation failed.
        Autoneg = 0,
        /// Link training failed.
        LinkTrainingFailure = 1,
        /// Logical mismatch.
        LinkLogicalMismatch = 2,
        /// Bad signal integrity.
        BadSignalIntegrity = 3,
        /// No cable.
        NoCable = 4,
        /// A cable problem.
        CableIssue = 5,
        /// A module EEPROM problem.
        EepromIssue = 6,
        /// Calibration failed.
        CalibrationFailure = 7,
        /// Power budget exceeded.
        PowerBudgetExceeded = 8,
        /// Overheated.
        Overheat = 9,
        /// A module problem.
        Module = 10,
    }
}

crate::flag_set! {
    /// The driver's message classes (`NETIF_MSG_*`), the debug mask.
    pub struct MessageLevel: u32 {
        /// `drv`.
        const DRV = 0x1;
        /// `probe`.
        const PROBE = 0x2;
        /// `link`.
        const LINK = 0x4;
        /// `timer`.
        const TIMER = 0x8;
        /// `ifdown`.
        const IFDOWN = 0x10;
        /// `ifup`.
        const IFUP = 0x20;
        /// `rx_err`.
        const RX_ERR = 0x40;
        /// `tx_err`.
        const TX_ERR = 0x80;
        /// `tx_queued`.
        const TX_QUEUED = 0x100;
        /// `intr`.
        const INTR = 0x200;
        /// `tx_done`.
        const TX_DONE = 0x400;
        /// `rx_status`.
        const RX_STATUS = 0x800;
        /// `pktdata`.
        const PKTDATA = 0x1000;
        /// `hw`.
        const HW = 0x2000;
        /// `wol`.
        const WOL = 0x4000;
    }
}

crate::flag_set! {
    /// Wake-on-LAN modes (`WAKE_*`).
    pub struct WolModes: u32 {
        /// `WAKE_PHY`: on PHY activity.
        const PHY = 0x1;
        /// `WAKE_UCAST`: on unicast.
        const UNICAST = 0x2;
        /// `WAKE_MCAST`: on multicast.
        const MULTICAST = 0x4;
        /// `WAKE_BCAST`: on broadcast.
        const BROADCAST = 0x8;
        /// `WAKE_ARP`: on ARP.
        const ARP = 0x10;
        /// `WAKE_MAGIC`: on a magic packet.
        const MAGIC = 0x20;
        /// `WAKE_MAGICSECURE`: on a magic packet with the SecureOn password.
        const MAGIC_SECURE = 0x40;
        /// `WAKE_FILTER`: on a filter match.
        const FILTER = 0x80;
    }
}

/// `linkinfo-get`: the port and transceiver.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkInfo {
    /// The physical connector.
    pub port: Option<Port>,
    /// The PHY's MDIO address.
    pub phy_address: Option<u8>,
    /// The MDI/MDI-X state.
    pub mdix: Option<MdiX>,
    /// The MDI/MDI-X control.
    pub mdix_control: Option<MdiX>,
    /// The transceiver.
    pub transceiver: Option<Transceiver>,
}

impl LinkInfo {
    /// Reads a `linkinfo-get` reply.
    pub fn from_reply(r: &raw::Linkinfo) -> LinkInfo {
        LinkInfo {
            port: r.port.map(Port::from),
            phy_address: r.phyaddr,
            mdix: r.tp_mdix.map(MdiX::from),
            mdix_control: r.tp_mdix_ctrl.map(MdiX::from),
            transceiver: r.transceiver.map(Transceiver::from),
        }
    }
}

/// `linkmodes-get`: speed, duplex, autonegotiation and the link modes by name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkModes {
    /// Autonegotiation on.
    pub autoneg: bool,
    /// The speed in Mb/s (`None` when unknown: `SPEED_UNKNOWN`).
    pub speed: Option<u32>,
    /// The duplex.
    pub duplex: Option<Duplex>,
    /// The lanes, when the driver reports them.
    pub lanes: Option<u32>,
    /// The modes advertised (`10000baseT/Full`, ...).
    pub advertised: BTreeSet<String>,
    /// The modes supported.
    pub supported: BTreeSet<String>,
    /// The modes the link partner advertises.
    pub peer: BTreeSet<String>,
    /// Master/slave configuration.
    pub master_slave_config: Option<MasterSlaveConfig>,
    /// Master/slave state.
    pub master_slave_state: Option<MasterSlaveState>,
    /// The rate matching mode (`RATE_MATCH_*`).
    pub rate_matching: Option<u8>,
    /// Our modes as the kernel sent them (value: advertised, mask: supported).
    pub ours: Option<Bitset>,
}

fn bitset(b: &Option<raw::Bitset>) -> Result<Option<Bitset>, DecodeError> {
    b.as_ref().map(Bitset::from_attrs).transpose()
}

impl LinkModes {
    /// Reads a `linkmodes-get` reply, naming compact bits from `names` (the link-modes
    /// string set).
    pub fn from_reply(
        r: &raw::Linkmodes,
        names: Option<&StringSet>,
    ) -> Result<LinkModes, DecodeError> {
        let ours = bitset(&r.ours)?;
        let peer = bitset(&r.peer)?;
        Ok(LinkModes {
            autoneg: on(r.autoneg),
            speed: r.speed.filter(|&s| s != u32::MAX),
            duplex: r.duplex.map(Duplex::from),
            lanes: r.lanes,
            advertised: ours.as_ref().map(|b| b.names(names)).unwrap_or_default(),
            supported: ours
                .as_ref()
                .map(|b| b.mask_names(names))
                .unwrap_or_default(),
            peer: peer.as_ref().map(|b| b.names(names)).unwrap_or_default(),
            master_slave_config: r.master_slave_cfg.map(MasterSlaveConfig::from),
            master_slave_state: r.master_slave_state.map(MasterSlaveState::from),
            rate_matching: r.rate_matching,
            ours,
        })
    }
}

/// A change of link settings (`linkmodes-set`; only what is set is sent): autonegotiation,
/// or a forced speed and duplex, and the modes to advertise by name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkModesChange {
    /// Autonegotiation on or off.
    pub autoneg: Option<bool>,
    /// The speed in Mb/s.
    pub speed: Option<u32>,
    /// The duplex.
    pub duplex: Option<Duplex>,
    /// The lanes.
    pub lanes: Option<u32>,
    /// The modes to advertise, each on or off (the others are left as they are).
    pub advertise: Vec<(String, bool)>,
}

/// `linkstate-get`: the carrier and signal quality.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkState {
    /// Link detected.
    pub link: Option<bool>,
    /// Signal quality index.
    pub sqi: Option<u32>,
    /// The highest SQI.
    pub sqi_max: Option<u32>,
    /// Why the link is down.
    pub ext_state: Option<LinkExtState>,
    /// The detail of `ext_state` (its meaning depends on it).
    pub ext_substate: Option<u8>,
    /// How many times the link went down.
    pub down_count: Option<u32>,
}

impl LinkState {
    /// Reads a `linkstate-get` reply.
    pub fn from_reply(r: &raw::Linkstate) -> LinkState {
        LinkState {
            link: r.link.map(|l| l != 0),
            sqi: r.sqi,
            sqi_max: r.sqi_max,
            ext_state: r.ext_state.map(LinkExtState::from),
            ext_substate: r.ext_substate,
            down_count: r.ext_down_cnt,
        }
    }
}

/// `debug-get`: the driver's message mask.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Debug {
    /// The classes enabled.
    pub level: MessageLevel,
    /// The classes the kernel knows (the mask it sent).
    pub known: MessageLevel,
}

impl Debug {
    /// Reads a `debug-get` reply.
    pub fn from_reply(r: &raw::DebugAttrs) -> Result<Debug, DecodeError> {
        let b = bitset(&r.msgmask)?.unwrap_or_default();
        let known = b
            .mask_bits()
            .filter(|&i| i < 32)
            .fold(0, |m, i| m | (1 << i));
        Ok(Debug {
            level: MessageLevel(b.low_u64() as u32),
            known: MessageLevel(known),
        })
    }
}

/// `wol-get`: wake-on-LAN.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WakeOnLan {
    /// The modes enabled.
    pub enabled: WolModes,
    /// The modes the device supports.
    pub supported: WolModes,
    /// The SecureOn password.
    pub secure_on_password: Option<Vec<u8>>,
}

impl WakeOnLan {
    /// Reads a `wol-get` reply.
    pub fn from_reply(r: &raw::Wol) -> Result<WakeOnLan, DecodeError> {
        let b = bitset(&r.modes)?.unwrap_or_default();
        let supported = b
            .mask_bits()
            .filter(|&i| i < 32)
            .fold(0, |m, i| m | (1 << i));
        Ok(WakeOnLan {
            enabled: WolModes(b.low_u64() as u32),
            supported: WolModes(supported),
            secure_on_password: r.sopass.clone(),
        })
    }
}

/// The names of the bits of `flags` in `names` order (the verbose form of a change).
fn bit_changes(bits: u32, mask: u32, names: &StringSet) -> Vec<(String, bool)> {
    (0..32)
        .filter(|i| mask & (1 << i) != 0)
        .filter_map(|i| names.get(i).map(|n| (n.to_owned(), bits & (1 << i) != 0)))
        .collect()
}

impl Device {
    /// The port and transceiver.
    pub fn link_info(&self, conn: &mut Conn, families: &Families) -> Result<LinkInfo, Error> {
        let request = raw::LinkinfoGetRequest {
            header: Some(self.header(raw::HeaderFlags::EMPTY)),
            ..Default::default()
        };
        let reply = self.get(conn, families, Operation::LinkInfo, &request)?;
        Ok(LinkInfo::from_reply(&reply))
    }

    /// Speed, duplex, autonegotiation and the link modes, named from the link-modes string
    /// set (asked for compact; the names are fetched only when a mode is set).
    pub fn link_modes(&self, conn: &mut Conn, families: &Families) -> Result<LinkModes, Error> {
        let request = raw::LinkmodesGetRequest {
            header: Some(self.header(COMPACT)),
            ..Default::default()
        };
        let reply = self.get(conn, families, Operation::LinkModes, &request)?;
        let any = |b: &Option<raw::Bitset>| {
            b.as_ref()
                .is_some_and(|b| b.bits.is_none() && (b.value.is_some() || b.mask.is_some()))
        };
        let names = if any(&reply.ours) || any(&reply.peer) {
            Some(self.string_set(conn, families, StringSetId::LinkModes)?)
        } else {
            None
        };
        Ok(LinkModes::from_reply(&reply, names.as_ref())?)
    }

    /// Changes link settings. A mode name the link-modes string set does not have is
    /// [`Error::UnknownName`], and nothing is sent.
    pub fn set_link_modes(
        &self,
        conn: &mut Conn,
        families: &Families,
        change: &LinkModesChange,
    ) -> Result<Ack, Error> {
        let ours = if change.advertise.is_empty() {
            None
        } else {
            let names = self.string_set(conn, families, StringSetId::LinkModes)?;
            if let Some((n, _)) = change.advertise.iter().find(|(n, _)| !names.contains(n)) {
                return Err(Error::UnknownName {
                    device: self.to_string(),
                    set: StringSetId::LinkModes,
                    name: n.clone(),
                });
            }
            Some(verbose_change(
                change.advertise.iter().map(|(n, v)| (n.as_str(), *v)),
            ))
        };
        let request = raw::LinkmodesSetRequest {
            header: Some(self.header(raw::HeaderFlags::EMPTY)),
            autoneg: change.autoneg.map(u8::from),
            ours,
            speed: change.speed,
            duplex: change.duplex.map(u8::from),
            lanes: change.lanes,
            ..Default::default()
        };
        self.change(conn, families, Operation::LinkModes, &request)
    }

    /// Carrier, SQI and the extended state.
    pub fn link_state(&self, conn: &mut Conn, families: &Families) -> Result<LinkState, Error> {
        let request = raw::LinkstateGetRequest {
            header: Some(self.header(raw::HeaderFlags::EMPTY)),
            ..Default::default()
        };
        let reply = self.get(conn, families, Operation::LinkState, &request)?;
        Ok(LinkState::from_reply(&reply))
    }

    /// The driver's message mask.
    pub fn debug(&self, conn: &mut Conn, families: &Families) -> Result<Debug, Error> {
        let request = raw::DebugGetRequest {
            header: Some(self.header(COMPACT)),
            ..Default::default()
        };
        let reply = self.get(conn, families, Operation::Debug, &request)?;
        Ok(Debug::from_reply(&reply)?)
    }

    /// Sets the message classes of `mask` to their value in `level` (the others stay).
    pub fn set_debug(
        &self,
        conn: &mut Conn,
        families: &Families,
        level: MessageLevel,
        mask: MessageLevel,
    ) -> Result<Ack, Error> {
        let names = self.string_set(conn, families, StringSetId::MessageClasses)?;
        let changes = bit_changes(level.bits(), mask.bits(), &names);
        let request = raw::DebugSetRequest {
            header: Some(self.header(raw::HeaderFlags::EMPTY)),
            msgmask: Some(verbose_change(
                changes.iter().map(|(n, v)| (n.as_str(), *v)),
            )),
            ..Default::default()
        };
        self.change(conn, families, Operation::Debug, &request)
    }

    /// Wake-on-LAN: the modes enabled and supported.
    pub fn wake_on_lan(&self, conn: &mut Conn, families: &Families) -> Result<WakeOnLan, Error> {
        let request = raw::WolGetRequest {
            header: Some(self.header(COMPACT)),
            ..Default::default()
        };
        let reply = self.get(conn, families, Operation::WakeOnLan, &request)?;
        Ok(WakeOnLan::from_reply(&reply)?)
    }

    /// Enables exactly the wake-on-LAN modes `modes`.
    pub fn set_wake_on_lan(
        &self,
        conn: &mut Conn,
        families: &Families,
        modes: WolModes,
    ) -> Result<Ack, Error> {
        let names = self.string_set(conn, families, StringSetId::WakeOnLanModes)?;
        let changes = bit_changes(modes.bits(), u32::MAX, &names);
        let request = raw::WolSetRequest {
            header: Some(self.header(raw::HeaderFlags::EMPTY)),
            modes: Some(verbose_change(
                changes.iter().map(|(n, v)| (n.as_str(), *v)),
            )),
            ..Default::default()
        };
        self.change(conn, families, Operation::WakeOnLan, &request)
    }
}
