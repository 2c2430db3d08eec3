//! Queue and link parameters, read and changed: ring sizes (`rings`), channel counts
//! (`channels`), interrupt coalescing (`coalesce`), pause frames (`pause`) and
//! energy-efficient Ethernet (`eee`). A change sends only the fields that are set.

use super::bitset::Bitset;
use super::strings::StringSetId;
use super::{on, Device, Error, Operation, COMPACT};
use crate::engine::{Ack, Conn};
use crate::genl::Families;
use crate::wire::DecodeError;
use crate::ynl::ethtool as raw;
use raw::HeaderFlags;
use std::collections::BTreeSet;
use std::time::Duration;

crate::open_enum! {
    /// TCP header/data split on receive (`ETHTOOL_TCP_DATA_SPLIT_*`).
    pub enum TcpDataSplit: u8 {
        /// Unknown.
        Unknown = 0,
        /// Off.
        Disabled = 1,
        /// On.
        Enabled = 2,
    }
}

/// `rings-get`: ring sizes, current and the most the device allows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rings {
    /// The largest RX ring.
    pub rx_max: Option<u32>,
    /// The largest RX mini ring.
    pub rx_mini_max: Option<u32>,
    /// The largest RX jumbo ring.
    pub rx_jumbo_max: Option<u32>,
    /// The largest TX ring.
    pub tx_max: Option<u32>,
    /// The RX ring's size.
    pub rx: Option<u32>,
    /// The RX mini ring's size.
    pub rx_mini: Option<u32>,
    /// The RX jumbo ring's size.
    pub rx_jumbo: Option<u32>,
    /// The TX ring's size.
    pub tx: Option<u32>,
    /// The size of RX buffers, in bytes.
    pub rx_buf_len: Option<u32>,
    /// TCP header/data split.
    pub tcp_data_split: Option<TcpDataSplit>,
    /// The completion queue entry size, in bytes.
    pub cqe_size: Option<u32>,
    /// TX push on.
    pub tx_push: Option<bool>,
    /// RX push on.
    pub rx_push: Option<bool>,
    /// The TX push buffer's size, in bytes.
    pub tx_push_buf_len: Option<u32>,
    /// The largest TX push buffer.
    pub tx_push_buf_len_max: Option<u32>,
}

impl Rings {
    /// Reads a `rings-get` reply.
    pub fn from_reply(r: &raw::Rings) -> Rings {
        Rings {
            rx_max: r.rx_max,
            rx_mini_max: r.rx_mini_max,
            rx_jumbo_max: r.rx_jumbo_max,
            tx_max: r.tx_max,
            rx: r.rx,
            rx_mini: r.rx_mini,
            rx_jumbo: r.rx_jumbo,
            tx: r.tx,
            rx_buf_len: r.rx_buf_len,
            tcp_data_split: r.tcp_data_split.map(TcpDataSplit::from),
            cqe_size: r.cqe_size,
            tx_push: r.tx_push.map(|v| v != 0),
            rx_push: r.rx_push.map(|v| v != 0),
            tx_push_buf_len: r.tx_push_buf_len,
            tx_push_buf_len_max: r.tx_push_buf_len_max,
        }
    }
}

/// A change of ring sizes (only what is set is sent).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RingsChange {
    /// The RX ring's size.
    pub rx: Option<u32>,
    /// The RX mini ring's size.
    pub rx_mini: Option<u32>,
    /// The RX jumbo ring's size.
    pub rx_jumbo: Option<u32>,
    /// The TX ring's size.
    pub tx: Option<u32>,
    /// The size of RX buffers.
    pub rx_buf_len: Option<u32>,
    /// TCP header/data split.
    pub tcp_data_split: Option<TcpDataSplit>,
    /// TX push.
    pub tx_push: Option<bool>,
    /// RX push.
    pub rx_push: Option<bool>,
}

/// `channels-get`: channel counts, current and the most the device allows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Channels {
    /// The most RX-only channels.
    pub rx_max: Option<u32>,
    /// The most TX-only channels.
    pub tx_max: Option<u32>,
    /// The most other channels.
    pub other_max: Option<u32>,
    /// The most combined channels.
    pub combined_max: Option<u32>,
    /// RX-only channels.
    pub rx: Option<u32>,
    /// TX-only channels.
    pub tx: Option<u32>,
    /// Other channels.
    pub other: Option<u32>,
    /// Combined channels.
    pub combined: Option<u32>,
}

impl Channels {
    /// Reads a `channels-get` reply.
    pub fn from_reply(r: &raw::Channels) -> Channels {
        Channels {
            rx_max: r.rx_max,
            tx_max: r.tx_max,
            other_max: r.other_max,
            combined_max: r.combined_max,
            rx: r.rx_count,
            tx: r.tx_count,
            other: r.other_count,
            combined: r.combined_count,
        }
    }
}

/// A change of channel counts (only what is set is sent).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChannelsChange {
    /// RX-only channels.
    pub rx: Option<u32>,
    /// TX-only channels.
    pub tx: Option<u32>,
    /// Other channels.
    pub other: Option<u32>,
    /// Combined channels.
    pub combined: Option<u32>,
}

fn micros(v: Option<u32>) -> Option<Duration> {
    v.map(|us| Duration::from_micros(u64::from(us)))
}

fn to_micros(d: Option<Duration>) -> Option<u32> {
    d.map(|d| u32::try_from(d.as_micros()).unwrap_or(u32::MAX))
}

/// `coalesce-get`: interrupt coalescing. Times are [`Duration`]s (the kernel counts
/// microseconds); frame counts are counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coalesce {
    /// Delay an RX interrupt this long after a packet.
    pub rx_usecs: Option<Duration>,
    /// Or until this many packets came.
    pub rx_max_frames: Option<u32>,
    /// The same while an interrupt is being serviced.
    pub rx_usecs_irq: Option<Duration>,
    /// The same while an interrupt is being serviced.
    pub rx_max_frames_irq: Option<u32>,
    /// Delay a TX interrupt this long after a packet.
    pub tx_usecs: Option<Duration>,
    /// Or until this many packets went.
    pub tx_max_frames: Option<u32>,
    /// The same while an interrupt is being serviced.
    pub tx_usecs_irq: Option<Duration>,
    /// The same while an interrupt is being serviced.
    pub tx_max_frames_irq: Option<u32>,
    /// How often statistics are updated.
    pub stats_block_usecs: Option<Duration>,
    /// Adaptive RX coalescing.
    pub adaptive_rx: Option<bool>,
    /// Adaptive TX coalescing.
    pub adaptive_tx: Option<bool>,
    /// The packet rate (per second) under which the low settings apply.
    pub pkt_rate_low: Option<u32>,
    /// The packet rate over which the high settings apply.
    pub pkt_rate_high: Option<u32>,
    /// How often the packet rate is sampled.
    pub rate_sample_interval: Option<Duration>,
    /// CQE mode on TX.
    pub cqe_mode_tx: Option<bool>,
    /// CQE mode on RX.
    pub cqe_mode_rx: Option<bool>,
    /// The most bytes aggregated into one TX interrupt.
    pub tx_aggr_max_bytes: Option<u32>,
    /// The most frames aggregated into one TX interrupt.
    pub tx_aggr_max_frames: Option<u32>,
    /// The longest TX aggregation.
    pub tx_aggr_time: Option<Duration>,
}

impl Coalesce {
    /// Reads a `coalesce-get` reply.
    pub fn from_reply(r: &raw::Coalesce) -> Coalesce {
        let flag = |v: Option<u8>| v.map(|v| v != 0);
        Coalesce {
            rx_usecs: micros(r.rx_usecs),
            rx_max_frames: r.rx_max_frames,
            rx_usecs_irq: micros(r.rx_usecs_irq),
            rx_max_frames_irq: r.rx_max_frames_irq,
            tx_usecs: micros(r.tx_usecs),
            tx_max_frames: r.tx_max_frames,
            tx_usecs_irq: micros(r.tx_usecs_irq),
            tx_max_frames_irq: r.tx_max_frames_irq,
            stats_block_usecs: micros(r.stats_block_usecs),
            adaptive_rx: flag(r.use_adaptive_rx),
            adaptive_tx: flag(r.use_adaptive_tx),
            pkt_rate_low: r.pkt_rate_low,
            pkt_rate_high: r.pkt_rate_high,
            rate_sample_interval: r
                .rate_sample_interval
                .map(|s| Duration::from_secs(u64::from(s))),
            cqe_mode_tx: flag(r.use_cqe_mode_tx),
            cqe_mode_rx: flag(r.use_cqe_mode_rx),
            tx_aggr_max_bytes: r.tx_aggr_max_bytes,
            tx_aggr_max_frames: r.tx_aggr_max_frames,
            tx_aggr_time: micros(r.tx_aggr_time_usecs),
        }
    }
}

/// A change of interrupt coalescing (only what is set is sent; times are sent in whole
/// microseconds).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CoalesceChange {
    /// RX delay.
    pub rx_usecs: Option<Duration>,
    /// RX packets.
    pub rx_max_frames: Option<u32>,
    /// TX delay.
    pub tx_usecs: Option<Duration>,
    /// TX packets.
    pub tx_max_frames: Option<u32>,
    /// Adaptive RX.
    pub adaptive_rx: Option<bool>,
    /// Adaptive TX.
    pub adaptive_tx: Option<bool>,
}

/// Pause frame counters (asked for with the `stats` header flag).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PauseStats {
    /// Pause frames sent.
    pub tx_frames: Option<u64>,
    /// Pause frames received.
    pub rx_frames: Option<u64>,
}

/// `pause-get`: pause frames.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pause {
    /// Pause autonegotiation.
    pub autoneg: bool,
    /// Receive pause frames.
    pub rx: bool,
    /// Send pause frames.
    pub tx: bool,
    /// The counters, when the driver keeps them.
    pub stats: Option<PauseStats>,
}

impl Pause {
    /// Reads a `pause-get` reply.
    pub fn from_reply(r: &raw::Pause) -> Pause {
        Pause {
            autoneg: on(r.autoneg),
            rx: on(r.rx),
            tx: on(r.tx),
            stats: r.stats.as_ref().map(|s| PauseStats {
                tx_frames: s.tx_frames,
                rx_frames: s.rx_frames,
            }),
        }
    }
}

/// A change of pause settings (only what is set is sent).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PauseChange {
    /// Pause autonegotiation.
    pub autoneg: Option<bool>,
    /// Receive pause frames.
    pub rx: Option<bool>,
    /// Send pause frames.
    pub tx: Option<bool>,
}

/// `eee-get`: energy-efficient Ethernet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Eee {
    /// The link modes EEE is advertised for.
    pub advertised: BTreeSet<String>,
    /// The link modes EEE is supported for.
    pub supported: BTreeSet<String>,
    /// The link modes the link partner advertises EEE for.
    pub peer: BTreeSet<String>,
    /// EEE is in use on the link.
    pub active: bool,
    /// EEE is enabled.
    pub enabled: bool,
    /// TX low-power idle is enabled.
    pub tx_lpi_enabled: bool,
    /// The TX low-power idle timer.
    pub tx_lpi_timer: Option<Duration>,
}

/// A change of EEE settings (only what is set is sent).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EeeChange {
    /// Enable EEE.
    pub enabled: Option<bool>,
    /// Enable TX low-power idle.
    pub tx_lpi_enabled: Option<bool>,
    /// The TX low-power idle timer.
    pub tx_lpi_timer: Option<Duration>,
}

fn u8_of(v: Option<bool>) -> Option<u8> {
    v.map(u8::from)
}

impl Device {
    /// Ring sizes.
    pub fn rings(&self, conn: &mut Conn, families: &Families) -> Result<Rings, Error> {
        let request = raw::RingsGetRequest {
            header: Some(self.header(HeaderFlags::EMPTY)),
            ..Default::default()
        };
        let reply = self.get(conn, families, Operation::Rings, &request)?;
        Ok(Rings::from_reply(&reply))
    }

    /// Changes ring sizes.
    pub fn set_rings(
        &self,
        conn: &mut Conn,
        families: &Families,
        change: &RingsChange,
    ) -> Result<Ack, Error> {
        let request = raw::RingsSetRequest {
            header: Some(self.header(HeaderFlags::EMPTY)),
            rx: change.rx,
            rx_mini: change.rx_mini,
            rx_jumbo: change.rx_jumbo,
            tx: change.tx,
            rx_buf_len: change.rx_buf_len,
            tcp_data_split: change.tcp_data_split.map(u8::from),
            tx_push: u8_of(change.tx_push),
            rx_push: u8_of(change.rx_push),
            ..Default::default()
        };
        self.change(conn, families, Operation::Rings, &request)
    }

    /// Channel counts.
    pub fn channels(&self, conn: &mut Conn, families: &Families) -> Result<Channels, Error> {
        let request = raw::ChannelsGetRequest {
            header: Some(self.header(HeaderFlags::EMPTY)),
            ..Default::default()
        };
        let reply = self.get(conn, families, Operation::Channels, &request)?;
        Ok(Channels::from_reply(&reply))
    }

    /// Changes channel counts.
    pub fn set_channels(
        &self,
        conn: &mut Conn,
        families: &Families,
        change: &ChannelsChange,
    ) -> Result<Ack, Error> {
        let request = raw::ChannelsSetRequest {
            header: Some(self.header(HeaderFlags::EMPTY)),
            rx_count: change.rx,
            tx_count: change.tx,
            other_count: change.other,
            combined_count: change.combined,
            ..Default::default()
        };
        self.change(conn, families, Operation::Channels, &request)
    }

    /// Interrupt coalescing.
    pub fn coalesce(&self, conn: &mut Conn, families: &Families) -> Result<Coalesce, Error> {
        let request = raw::CoalesceGetRequest {
            header: Some(self.header(HeaderFlags::EMPTY)),
            ..Default::default()
        };
        let reply = self.get(conn, families, Operation::Coalesce, &request)?;
        Ok(Coalesce::from_reply(&reply))
    }

    /// Changes interrupt coalescing.
    pub fn set_coalesce(
        &self,
        conn: &mut Conn,
        families: &Families,
        change: &CoalesceChange,
    ) -> Result<Ack, Error> {
        let request = raw::CoalesceSetRequest {
            header: Some(self.header(HeaderFlags::EMPTY)),
            rx_usecs: to_micros(change.rx_usecs),
            rx_max_frames: change.rx_max_frames,
            tx_usecs: to_micros(change.tx_usecs),
            tx_max_frames: change.tx_max_frames,
            use_adaptive_rx: u8_of(change.adaptive_rx),
            use_adaptive_tx: u8_of(change.adaptive_tx),
            ..Default::default()
        };
        self.change(conn, families, Operation::Coalesce, &request)
    }

    /// Pause settings, with the counters when the driver keeps them.
    pub fn pause(&self, conn: &mut Conn, families: &Families) -> Result<Pause, Error> {
        let request = raw::PauseGetRequest {
            header: Some(self.header(HeaderFlags::STATS)),
            ..Default::default()
        };
        let reply = self.get(conn, families, Operation::Pause, &request)?;
        Ok(Pause::from_reply(&reply))
    }

    /// Changes pause settings.
    pub fn set_pause(
        &self,
        conn: &mut Conn,
        families: &Families,
        change: &PauseChange,
    ) -> Result<Ack, Error> {
        let request = raw::PauseSetRequest {
            header: Some(self.header(HeaderFlags::EMPTY)),
            autoneg: u8_of(change.autoneg),
            rx: u8_of(change.rx),
            tx: u8_of(change.tx),
            ..Default::default()
        };
        self.change(conn, families, Operation::Pause, &request)
    }

    /// Energy-efficient Ethernet (link modes named from the link-modes string set).
    pub fn eee(&self, conn: &mut Conn, families: &Families) -> Result<Eee, Error> {
        let request = raw::EeeGetRequest {
            header: Some(self.header(COMPACT)),
            ..Default::default()
        };
        let reply = self.get(conn, families, Operation::Eee, &request)?;
        let names = self.string_set(conn, families, StringSetId::LinkModes)?;
        Ok(Eee::from_reply(&reply, Some(&names))?)
    }

    /// Changes EEE settings.
    pub fn set_eee(
        &self,
        conn: &mut Conn,
        families: &Families,
        change: &EeeChange,
    ) -> Result<Ack, Error> {
        let request = raw::EeeSetRequest {
            header: Some(self.header(HeaderFlags::EMPTY)),
            enabled: u8_of(change.enabled),
            tx_lpi_enabled: u8_of(change.tx_lpi_enabled),
            tx_lpi_timer: to_micros(change.tx_lpi_timer),
            ..Default::default()
        };
        self.change(conn, families, Operation::Eee, &request)
    }
}

impl Eee {
    /// Reads an `eee-get` reply, naming compact bits from `names` (the link-modes set).
    pub fn from_reply(r: &raw::Eee, names: Option<&super::StringSet>) -> Result<Eee, DecodeError> {
        let ours = r.modes_ours.as_ref().map(Bitset::from_attrs).transpose()?;
        let peer = r.modes_peer.as_ref().map(Bitset::from_attrs).transpose()?;
        Ok(Eee {
            advertised: ours.as_ref().map(|b| b.names(names)).unwrap_or_default(),
            supported: ours
                .as_ref()
                .map(|b| b.mask_names(names))
                .unwrap_or_default(),
            peer: peer.as_ref().map(|b| b.names(names)).unwrap_or_default(),
            active: on(r.active),
            enabled: on(r.enabled),
            tx_lpi_enabled: on(r.tx_lpi_enabled),
            tx_lpi_timer: micros(r.tx_lpi_timer),
        })
    }
}
