//! Stations: `NL80211_CMD_GET_STATION` and what it reports (`NL80211_ATTR_STA_INFO`, a nest
//! of `NL80211_STA_INFO_*` with rates as `NL80211_RATE_INFO_*`).

use super::{mac_of, read_nest};
use crate::genl::request::Request;
use crate::wire::{codec, DecodeError, DecodeErrorKind, MessageBuilder};
use crate::ynl::nl80211::{attrs::nl80211_attrs as a, Family, Nl80211Attrs};
use std::time::Duration;

/// `NL80211_CMD_GET_STATION` (the kernel answers with `NL80211_CMD_NEW_STATION`).
pub const CMD_GET_STATION: u8 = 17;

/// `NL80211_CMD_GET_STATION`: one station (get) or every station of an interface (dump).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetStationRequest {
    /// The interface (`NL80211_ATTR_IFINDEX`).
    pub ifindex: u32,
    /// The station (`NL80211_ATTR_MAC`), for a get.
    pub mac: Option<[u8; 6]>,
}

impl GetStationRequest {
    /// Every station of `ifindex` (dump it).
    pub fn all(ifindex: u32) -> GetStationRequest {
        GetStationRequest { ifindex, mac: None }
    }

    /// The station `mac` of `ifindex`.
    pub fn one(ifindex: u32, mac: [u8; 6]) -> GetStationRequest {
        GetStationRequest {
            ifindex,
            mac: Some(mac),
        }
    }
}

impl Request for GetStationRequest {
    type Family = Family;
    type Reply = Nl80211Attrs;
    const CMD: u8 = CMD_GET_STATION;

    fn emit(&self, b: &mut MessageBuilder) {
        b.attr_u32_ne(a::IFINDEX, self.ifindex);
        if let Some(mac) = self.mac {
            b.attr_mac(a::MAC, mac);
        }
    }
}

crate::attribute_set! {
    /// A rate (`NL80211_RATE_INFO_*`, linux/nl80211.h).
    pub struct RateInfoAttrs {}
    attributes {
        /// `NL80211_RATE_INFO_BITRATE` (100 kbit/s; 0 when over 6.5 Gbit/s).
        pub bitrate: codec::U16 = 1,
        /// `NL80211_RATE_INFO_MCS` (HT).
        pub mcs: codec::U8 = 2,
        /// `NL80211_RATE_INFO_40_MHZ_WIDTH`.
        pub width_40: codec::Flag = 3,
        /// `NL80211_RATE_INFO_SHORT_GI`.
        pub short_gi: codec::Flag = 4,
        /// `NL80211_RATE_INFO_BITRATE32` (100 kbit/s).
        pub bitrate32: codec::U32 = 5,
        /// `NL80211_RATE_INFO_VHT_MCS`.
        pub vht_mcs: codec::U8 = 6,
        /// `NL80211_RATE_INFO_VHT_NSS`.
        pub vht_nss: codec::U8 = 7,
        /// `NL80211_RATE_INFO_80_MHZ_WIDTH`.
        pub width_80: codec::Flag = 8,
        /// `NL80211_RATE_INFO_80P80_MHZ_WIDTH`.
        pub width_80p80: codec::Flag = 9,
        /// `NL80211_RATE_INFO_160_MHZ_WIDTH`.
        pub width_160: codec::Flag = 10,
        /// `NL80211_RATE_INFO_10_MHZ_WIDTH`.
        pub width_10: codec::Flag = 11,
        /// `NL80211_RATE_INFO_5_MHZ_WIDTH`.
        pub width_5: codec::Flag = 12,
        /// `NL80211_RATE_INFO_HE_MCS`.
        pub he_mcs: codec::U8 = 13,
        /// `NL80211_RATE_INFO_HE_NSS`.
        pub he_nss: codec::U8 = 14,
        /// `NL80211_RATE_INFO_320_MHZ_WIDTH`.
        pub width_320: codec::Flag = 18,
        /// `NL80211_RATE_INFO_EHT_MCS`.
        pub eht_mcs: codec::U8 = 19,
        /// `NL80211_RATE_INFO_EHT_NSS`.
        pub eht_nss: codec::U8 = 20,
    }
}

crate::attribute_set! {
    /// The nest `NL80211_ATTR_STA_INFO` (`NL80211_STA_INFO_*`, linux/nl80211.h).
    pub struct StaInfoAttrs {}
    attributes {
        /// `NL80211_STA_INFO_INACTIVE_TIME` (ms).
        pub inactive_time: codec::U32 = 1,
        /// `NL80211_STA_INFO_RX_BYTES` (32 bits).
        pub rx_bytes: codec::U32 = 2,
        /// `NL80211_STA_INFO_TX_BYTES` (32 bits).
        pub tx_bytes: codec::U32 = 3,
        /// `NL80211_STA_INFO_SIGNAL` (dBm).
        pub signal: codec::I8 = 7,
        /// `NL80211_STA_INFO_TX_BITRATE`.
        pub tx_bitrate: codec::Nested<RateInfoAttrs> = 8,
        /// `NL80211_STA_INFO_RX_PACKETS`.
        pub rx_packets: codec::U32 = 9,
        /// `NL80211_STA_INFO_TX_PACKETS`.
        pub tx_packets: codec::U32 = 10,
        /// `NL80211_STA_INFO_TX_RETRIES`.
        pub tx_retries: codec::U32 = 11,
        /// `NL80211_STA_INFO_TX_FAILED`.
        pub tx_failed: codec::U32 = 12,
        /// `NL80211_STA_INFO_SIGNAL_AVG` (dBm).
        pub signal_avg: codec::I8 = 13,
        /// `NL80211_STA_INFO_RX_BITRATE`.
        pub rx_bitrate: codec::Nested<RateInfoAttrs> = 14,
        /// `NL80211_STA_INFO_CONNECTED_TIME` (s).
        pub connected_time: codec::U32 = 16,
        /// `NL80211_STA_INFO_BEACON_LOSS`.
        pub beacon_loss: codec::U32 = 18,
        /// `NL80211_STA_INFO_RX_BYTES64`.
        pub rx_bytes64: codec::U64 = 23,
        /// `NL80211_STA_INFO_TX_BYTES64`.
        pub tx_bytes64: codec::U64 = 24,
    }
}

/// A transmit or receive rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RateInfo {
    /// The bitrate in units of 100 kbit/s.
    pub bitrate_100kbps: Option<u32>,
    /// The HT MCS index.
    pub mcs: Option<u8>,
    /// The VHT MCS index and spatial streams.
    pub vht: Option<(u8, u8)>,
    /// The HE MCS index and spatial streams.
    pub he: Option<(u8, u8)>,
    /// The EHT MCS index and spatial streams.
    pub eht: Option<(u8, u8)>,
    /// The channel width, MHz (20 when no width flag is set).
    pub width_mhz: u32,
    /// Short guard interval (HT, VHT).
    pub short_gi: bool,
}

impl RateInfo {
    /// The rate a `NL80211_RATE_INFO_*` nest describes.
    pub fn from_attrs(r: &RateInfoAttrs) -> RateInfo {
        let widths = [
            (r.width_5, 5),
            (r.width_10, 10),
            (r.width_40, 40),
            (r.width_80, 80),
            (r.width_80p80, 80),
            (r.width_160, 160),
            (r.width_320, 320),
        ];
        let width_mhz = widths
            .iter()
            .rev()
            .find(|(on, _)| on.is_some())
            .map_or(20, |(_, w)| *w);
        let pair = |m: Option<u8>, n: Option<u8>| m.map(|m| (m, n.unwrap_or(0)));
        RateInfo {
            bitrate_100kbps: r.bitrate32.or(r.bitrate.map(u32::from)),
            mcs: r.mcs,
            vht: pair(r.vht_mcs, r.vht_nss),
            he: pair(r.he_mcs, r.he_nss),
            eht: pair(r.eht_mcs, r.eht_nss),
            width_mhz,
            short_gi: r.short_gi.is_some(),
        }
    }

    /// The bitrate in Mbit/s.
    pub fn mbps(&self) -> Option<f64> {
        self.bitrate_100kbps.map(|r| f64::from(r) / 10.0)
    }
}

/// A station: a peer of the interface (its AP, or a client of it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Station {
    /// The interface.
    pub ifindex: Option<u32>,
    /// The station's MAC address.
    pub mac: [u8; 6],
    /// The signal of the last frame, dBm.
    pub signal_dbm: Option<i8>,
    /// The average signal, dBm.
    pub signal_avg_dbm: Option<i8>,
    /// Bytes received from it (the 64-bit counter when the kernel sends one).
    pub rx_bytes: Option<u64>,
    /// Bytes sent to it.
    pub tx_bytes: Option<u64>,
    /// Packets received from it.
    pub rx_packets: Option<u32>,
    /// Packets sent to it.
    pub tx_packets: Option<u32>,
    /// Retried transmissions.
    pub tx_retries: Option<u32>,
    /// Failed transmissions.
    pub tx_failed: Option<u32>,
    /// The last transmit rate.
    pub tx_bitrate: Option<RateInfo>,
    /// The last receive rate.
    pub rx_bitrate: Option<RateInfo>,
    /// How long it has been connected.
    pub connected_time: Option<Duration>,
    /// How long since it was last active.
    pub inactive_time: Option<Duration>,
    /// The nest as read (the attributes not typed above, unknown ones).
    pub raw: StaInfoAttrs,
}

impl Station {
    /// The station a `NL80211_CMD_NEW_STATION` message describes (one without a 6-byte
    /// `NL80211_ATTR_MAC` is [`DecodeErrorKind::BadValue`]; no `NL80211_ATTR_STA_INFO` is
    /// a station with nothing known).
    pub fn from_message(m: &Nl80211Attrs) -> Result<Station, DecodeError> {
        let mac = mac_of(m.mac.as_deref()).ok_or(DecodeError::new(
            "nl80211 station",
            0,
            DecodeErrorKind::BadValue,
        ))?;
        let raw: StaInfoAttrs = match m.sta_info.as_deref() {
            Some(b) => read_nest(b)?,
            None => StaInfoAttrs::default(),
        };
        let secs = |s: Option<u32>| s.map(|s| Duration::from_secs(s.into()));
        Ok(Station {
            ifindex: m.ifindex,
            mac,
            signal_dbm: raw.signal,
            signal_avg_dbm: raw.signal_avg,
            rx_bytes: raw.rx_bytes64.or(raw.rx_bytes.map(u64::from)),
            tx_bytes: raw.tx_bytes64.or(raw.tx_bytes.map(u64::from)),
            rx_packets: raw.rx_packets,
            tx_packets: raw.tx_packets,
            tx_retries: raw.tx_retries,
            tx_failed: raw.tx_failed,
            tx_bitrate: raw.tx_bitrate.as_ref().map(RateInfo::from_attrs),
            rx_bitrate: raw.rx_bitrate.as_ref().map(RateInfo::from_attrs),
            connected_time: secs(raw.connected_time),
            inactive_time: raw.inactive_time.map(|ms| Duration::from_millis(ms.into())),
            raw,
        })
    }
}
