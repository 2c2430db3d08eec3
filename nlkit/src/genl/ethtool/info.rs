//! Timestamping capabilities (`tsinfo-get`) and the standard statistics (`stats-get`).

use super::bitset::{compact_all, Bitset};
use super::strings::{StringSetId, StringSets};
use super::{Device, Error, Operation, COMPACT};
use crate::engine::Conn;
use crate::genl::{Families, GenlView, Reply, Request};
use crate::wire::{AttrIter, AttributeSet, DecodeError, MessageBuilder};
use crate::ynl::ethtool as raw;
use raw::attrs::{stats as sa, stats_grp as ga};
use raw::HeaderFlags;

crate::flag_set! {
    /// Timestamping capabilities (`SOF_TIMESTAMPING_*`).
    pub struct SofTimestamping: u32 {
        /// `hardware-transmit`.
        const TX_HARDWARE = 1 << 0;
        /// `software-transmit`.
        const TX_SOFTWARE = 1 << 1;
        /// `hardware-receive`.
        const RX_HARDWARE = 1 << 2;
        /// `software-receive`.
        const RX_SOFTWARE = 1 << 3;
        /// `software-system-clock`.
        const SOFTWARE = 1 << 4;
        /// `hardware-legacy-clock`.
        const SYS_HARDWARE = 1 << 5;
        /// `hardware-raw-clock`.
        const RAW_HARDWARE = 1 << 6;
        /// `option-id`.
        const OPT_ID = 1 << 7;
        /// `sched-transmit`.
        const TX_SCHED = 1 << 8;
        /// `ack-transmit`.
        const TX_ACK = 1 << 9;
        /// `option-cmsg`.
        const OPT_CMSG = 1 << 10;
        /// `option-tsonly`.
        const OPT_TSONLY = 1 << 11;
        /// `option-stats`.
        const OPT_STATS = 1 << 12;
        /// `option-pktinfo`.
        const OPT_PKTINFO = 1 << 13;
        /// `option-tx-swhw`.
        const OPT_TX_SWHW = 1 << 14;
        /// `bind-phc`.
        const BIND_PHC = 1 << 15;
        /// `option-id-tcp`.
        const OPT_ID_TCP = 1 << 16;
        /// `option-rx-filter`.
        const OPT_RX_FILTER = 1 << 17;
    }
}

crate::flag_set! {
    /// Hardware transmit timestamp modes, one bit per `HWTSTAMP_TX_*` value.
    pub struct TxTypes: u32 {
        /// `HWTSTAMP_TX_OFF`.
        const OFF = 1 << 0;
        /// `HWTSTAMP_TX_ON`.
        const ON = 1 << 1;
        /// `HWTSTAMP_TX_ONESTEP_SYNC`.
        const ONESTEP_SYNC = 1 << 2;
        /// `HWTSTAMP_TX_ONESTEP_P2P`.
        const ONESTEP_P2P = 1 << 3;
    }
}

crate::flag_set! {
    /// Hardware receive timestamp filters, one bit per `HWTSTAMP_FILTER_*` value.
    pub struct RxFilters: u32 {
        /// `HWTSTAMP_FILTER_NONE`.
        const NONE = 1 << 0;
        /// `HWTSTAMP_FILTER_ALL`.
        const ALL = 1 << 1;
        /// `HWTSTAMP_FILTER_SOME`.
        const SOME = 1 << 2;
        /// `HWTSTAMP_FILTER_PTP_V1_L4_EVENT`.
        const PTP_V1_L4_EVENT = 1 << 3;
        /// `HWTSTAMP_FILTER_PTP_V1_L4_SYNC`.
        const PTP_V1_L4_SYNC = 1 << 4;
        /// `HWTSTAMP_FILTER_PTP_V1_L4_DELAY_REQ`.
        const PTP_V1_L4_DELAY_REQ = 1 << 5;
        /// `HWTSTAMP_FILTER_PTP_V2_L4_EVENT`.
        const PTP_V2_L4_EVENT = 1 << 6;
        /// `HWTSTAMP_FILTER_PTP_V2_L4_SYNC`.
        const PTP_V2_L4_SYNC = 1 << 7;
        /// `HWTSTAMP_FILTER_PTP_V2_L4_DELAY_REQ`.
        const PTP_V2_L4_DELAY_REQ = 1 << 8;
        /// `HWTSTAMP_FILTER_PTP_V2_L2_EVENT`.
        const PTP_V2_L2_EVENT = 1 << 9;
        /// `HWTSTAMP_FILTER_PTP_V2_L2_SYNC`.
        const PTP_V2_L2_SYNC = 1 << 10;
        /// `HWTSTAMP_FILTER_PTP_V2_L2_DELAY_REQ`.
        const PTP_V2_L2_DELAY_REQ = 1 << 11;
        /// `HWTSTAMP_FILTER_PTP_V2_EVENT`.
        const PTP_V2_EVENT = 1 << 12;
        /// `HWTSTAMP_FILTER_PTP_V2_SYNC`.
        const PTP_V2_SYNC = 1 << 13;
        /// `HWTSTAMP_FILTER_PTP_V2_DELAY_REQ`.
        const PTP_V2_DELAY_REQ = 1 << 14;
        /// `HWTSTAMP_FILTER_NTP_ALL`.
        const NTP_ALL = 1 << 15;
    }
}

/// Timestamping counters (asked for with the `stats` header flag).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TimestampingStats {
    /// Packets timestamped on transmit.
    pub tx_packets: Option<u64>,
    /// Transmit timestamps lost.
    pub tx_lost: Option<u64>,
    /// Transmit timestamp errors.
    pub tx_errors: Option<u64>,
}

/// `tsinfo-get`: what the device can timestamp.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timestamping {
    /// The capabilities.
    pub capabilities: SofTimestamping,
    /// The hardware transmit modes.
    pub tx_types: TxTypes,
    /// The hardware receive filters.
    pub rx_filters: RxFilters,
    /// The PTP hardware clock's index (`None`: no clock).
    pub phc_index: Option<u32>,
    /// The counters, when the driver keeps them.
    pub stats: Option<TimestampingStats>,
}

impl Timestamping {
    /// Reads a `tsinfo-get` reply.
    pub fn from_reply(r: &raw::Tsinfo) -> Result<Timestamping, DecodeError> {
        let low = |b: &Option<raw::Bitset>| -> Result<u32, DecodeError> {
            Ok(match b {
                Some(b) => Bitset::from_attrs(b)?.low_u64() as u32,
                None => 0,
            })
        };
        Ok(Timestamping {
            capabilities: SofTimestamping(low(&r.timestamping)?),
            tx_types: TxTypes(low(&r.tx_types)?),
            rx_filters: RxFilters(low(&r.rx_filters)?),
            phc_index: r.phc_index.filter(|&i| i as i32 >= 0),
            stats: r.stats.as_ref().map(|s| TimestampingStats {
                tx_packets: s.tx_pkts,
                tx_lost: s.tx_lost,
                tx_errors: s.tx_err,
            }),
        })
    }
}

crate::open_enum! {
    /// A standard statistics group (`ETHTOOL_STATS_*`).
    pub enum StatsGroupId: u32 {
        /// `eth-phy`: IEEE 802.3 PHY counters.
        EthPhy = 0,
        /// `eth-mac`: IEEE 802.3 MAC counters.
        EthMac = 1,
        /// `eth-ctrl`: IEEE 802.3 MAC control counters.
        EthCtrl = 2,
        /// `rmon`: RMON counters and histograms.
        Rmon = 3,
        /// `phy`: PHY counters.
        Phy = 4,
    }
}

crate::open_enum! {
    /// Which MAC the statistics come from (`ETHTOOL_MAC_STATS_SRC_*`).
    pub enum StatsSource: u32 {
        /// Both MACs added up.
        Aggregate = 0,
        /// The express MAC.
        Emac = 1,
        /// The preemptible MAC.
        Pmac = 2,
    }
}

/// One counter of a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counter {
    /// Its index in the group's string set.
    pub index: u16,
    /// Its name, from the group's string set.
    pub name: Option<String>,
    /// Its value.
    pub value: u64,
}

/// One bucket of an RMON histogram: packets of `low..=high` bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HistogramBucket {
    /// The smallest size.
    pub low: u32,
    /// The largest size (0: no upper bound).
    pub high: u32,
    /// Packets counted.
    pub value: u64,
}

/// A group of standard statistics the driver answered for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatsGroup {
    /// The group.
    pub id: StatsGroupId,
    /// The string set its counters are named in.
    pub string_set: StringSetId,
    /// The counters.
    pub counters: Vec<Counter>,
    /// RX packet size histogram (RMON).
    pub rx_histogram: Vec<HistogramBucket>,
    /// TX packet size histogram (RMON).
    pub tx_histogram: Vec<HistogramBucket>,
}

impl StatsGroup {
    /// The value of the counter `name`.
    pub fn counter(&self, name: &str) -> Option<u64> {
        self.counters
            .iter()
            .find(|c| c.name.as_deref() == Some(name))
            .map(|c| c.value)
    }
}

/// `stats-get`: the standard statistics groups the driver answers for (none is a valid
/// answer: a driver without them sends only the header).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Statistics {
    /// Which MAC they come from.
    pub source: Option<StatsSource>,
    /// The groups.
    pub groups: Vec<StatsGroup>,
}

fn bucket(attrs: AttrIter<'_>) -> Result<HistogramBucket, DecodeError> {
    let mut b = HistogramBucket::default();
    for a in attrs {
        let a = a?;
        match a.attr_type() {
            ga::HIST_BKT_LOW => b.low = a.u32_ne()?,
            ga::HIST_BKT_HI => b.high = a.u32_ne()?,
            ga::HIST_VAL => b.value = a.u64_ne()?,
            _ => {}
        }
    }
    Ok(b)
}

fn group(attrs: AttrIter<'_>) -> Result<StatsGroup, DecodeError> {
    let mut g = StatsGroup::default();
    for a in attrs {
        let a = a?;
        match a.attr_type() {
            ga::ID => g.id = StatsGroupId::from(a.u32_ne()?),
            ga::SS_ID => g.string_set = StringSetId::from(a.u32_ne()?),
            ga::STAT => {
                for c in a.nested() {
                    let c = c?;
                    g.counters.push(Counter {
                        index: c.attr_type(),
                        name: None,
                        value: c.u64_ne()?,
                    });
                }
            }
            ga::HIST_RX => g.rx_histogram.push(bucket(a.nested())?),
            ga::HIST_TX => g.tx_histogram.push(bucket(a.nested())?),
            _ => {}
        }
    }
    Ok(g)
}

impl Statistics {
    /// Reads a `stats-get` reply (counters unnamed; see [`Statistics::name_counters`]);
    /// groups without a counter are left out.
    pub fn from_attrs(attrs: AttrIter<'_>) -> Result<Statistics, DecodeError> {
        let mut s = Statistics::default();
        for a in attrs {
            let a = a?;
            match a.attr_type() {
                sa::GRP => {
                    // The kernel sends every group asked for; one the driver keeps no
                    // counter of comes empty and is left out.
                    let g = group(a.nested())?;
                    if !(g.counters.is_empty()
                        && g.rx_histogram.is_empty()
                        && g.tx_histogram.is_empty())
                    {
                        s.groups.push(g);
                    }
                }
                sa::SRC => s.source = Some(StatsSource::from(a.u32_ne()?)),
                _ => {}
            }
        }
        Ok(s)
    }

    /// Names the counters from their groups' string sets.
    pub fn name_counters(&mut self, sets: &StringSets) {
        for g in &mut self.groups {
            let Some(set) = sets.get(g.string_set) else {
                continue;
            };
            for c in &mut g.counters {
                c.name = set.get(u32::from(c.index)).map(str::to_owned);
            }
        }
    }

    /// The group `id`, if the driver answered for it.
    pub fn group(&self, id: StatsGroupId) -> Option<&StatsGroup> {
        self.groups.iter().find(|g| g.id == id)
    }
}

impl Reply for Statistics {
    fn parse(msg: &GenlView<'_>) -> Result<Statistics, DecodeError> {
        Statistics::from_attrs(msg.attrs())
    }
}

/// `stats-get` read into [`Statistics`] (the generated reply keeps one group only).
struct StatsRequest(raw::StatsGetRequest);

impl Request for StatsRequest {
    type Family = raw::Family;
    type Reply = Statistics;
    const CMD: u8 = raw::cmd::STATS_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.0.write_attrs(b);
    }
}

impl Device {
    /// Timestamping capabilities, with the counters when the driver keeps them.
    pub fn timestamping(
        &self,
        conn: &mut Conn,
        families: &Families,
    ) -> Result<Timestamping, Error> {
        let request = raw::TsinfoGetRequest {
            header: Some(self.header(COMPACT | HeaderFlags::STATS)),
            ..Default::default()
        };
        let reply = self.get(conn, families, Operation::Timestamping, &request)?;
        Ok(Timestamping::from_reply(&reply)?)
    }

    /// The standard statistics of every group the kernel knows, for those the driver
    /// answers; counters named from their groups' string sets. (The request is the
    /// statistics: its header takes no `stats` flag, the kernel refuses one.)
    pub fn statistics(&self, conn: &mut Conn, families: &Families) -> Result<Statistics, Error> {
        let known = self.string_set(conn, families, StringSetId::StatsGroups)?;
        let size = known.count.max(1);
        let request = StatsRequest(raw::StatsGetRequest {
            header: Some(self.header(COMPACT)),
            groups: Some(compact_all(size)),
            ..Default::default()
        });
        let mut stats = self.get(conn, families, Operation::Statistics, &request)?;
        let mut ids: Vec<StringSetId> = stats.groups.iter().map(|g| g.string_set).collect();
        ids.dedup();
        if !ids.is_empty() {
            let sets = self.string_sets(conn, families, &ids)?;
            stats.name_counters(&sets);
        }
        Ok(stats)
    }
}
