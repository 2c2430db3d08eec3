//! Scan results: `NL80211_CMD_GET_SCAN` and the BSS it reports (`NL80211_ATTR_BSS`, a nest
//! of `NL80211_BSS_*`), with the information elements read for the SSID.

use super::{mac_of, read_nest};
use crate::genl::request::Request;
use crate::wire::{codec, DecodeError, DecodeErrorKind, MessageBuilder};
use crate::ynl::nl80211::{attrs::nl80211_attrs as a, Family, Nl80211Attrs};
use std::time::Duration;

/// `NL80211_CMD_GET_SCAN` (the kernel answers with `NL80211_CMD_NEW_SCAN_RESULTS`).
pub const CMD_GET_SCAN: u8 = 32;

/// `NL80211_CMD_GET_SCAN` for one interface (dump it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetScanRequest {
    /// The interface (`NL80211_ATTR_IFINDEX`).
    pub ifindex: u32,
}

impl GetScanRequest {
    /// The scan results of `ifindex`.
    pub fn new(ifindex: u32) -> GetScanRequest {
        GetScanRequest { ifindex }
    }
}

impl Request for GetScanRequest {
    type Family = Family;
    type Reply = Nl80211Attrs;
    const CMD: u8 = CMD_GET_SCAN;

    fn emit(&self, b: &mut MessageBuilder) {
        b.attr_u32_ne(a::IFINDEX, self.ifindex);
    }
}

crate::open_enum! {
    /// How the interface relates to a BSS (`enum nl80211_bss_status`).
    pub enum BssStatus: u32 {
        /// Authenticated with it.
        Authenticated = 0,
        /// Associated with it.
        Associated = 1,
        /// Joined it (IBSS).
        IbssJoined = 2,
    }
}

crate::attribute_set! {
    /// The nest `NL80211_ATTR_BSS` (`NL80211_BSS_*`, linux/nl80211.h).
    pub struct BssAttrs {}
    attributes {
        /// `NL80211_BSS_BSSID`.
        pub bssid: codec::Bytes = 1,
        /// `NL80211_BSS_FREQUENCY` (MHz).
        pub frequency: codec::U32 = 2,
        /// `NL80211_BSS_TSF` (µs).
        pub tsf: codec::U64 = 3,
        /// `NL80211_BSS_BEACON_INTERVAL` (TU).
        pub beacon_interval: codec::U16 = 4,
        /// `NL80211_BSS_CAPABILITY`.
        pub capability: codec::U16 = 5,
        /// `NL80211_BSS_INFORMATION_ELEMENTS`: from the last probe response or beacon.
        pub information_elements: codec::Bytes = 6,
        /// `NL80211_BSS_SIGNAL_MBM` (100 × dBm).
        pub signal_mbm: codec::I32 = 7,
        /// `NL80211_BSS_SIGNAL_UNSPEC` (0..100).
        pub signal_unspec: codec::U8 = 8,
        /// `NL80211_BSS_STATUS`.
        pub status: codec::Enum32<BssStatus> = 9,
        /// `NL80211_BSS_SEEN_MS_AGO`.
        pub seen_ms_ago: codec::U32 = 10,
        /// `NL80211_BSS_BEACON_IES`.
        pub beacon_ies: codec::Bytes = 11,
        /// `NL80211_BSS_CHAN_WIDTH` (`enum nl80211_bss_scan_width`).
        pub chan_width: codec::U32 = 12,
        /// `NL80211_BSS_BEACON_TSF`.
        pub beacon_tsf: codec::U64 = 13,
        /// `NL80211_BSS_PRESP_DATA`: the elements are from a probe response.
        pub presp_data: codec::Flag = 14,
        /// `NL80211_BSS_LAST_SEEN_BOOTTIME` (ns since boot).
        pub last_seen_boottime: codec::U64 = 15,
        /// `NL80211_BSS_FREQUENCY_OFFSET` (kHz).
        pub frequency_offset: codec::U32 = 20,
    }
}

/// The information elements of `ies` (ID, data) in order; a truncated last element ends
/// the walk (never a panic).
///
/// ```
/// use nlkit::genl::nl80211::elements;
/// let ies = [0, 3, b'a', b'b', b'c', 1, 1, 0x82, 5, 9];
/// let e: Vec<_> = elements(&ies).collect();
/// assert_eq!(e, [(0, &b"abc"[..]), (1, &[0x82][..])]);
/// ```
pub fn elements(ies: &[u8]) -> impl Iterator<Item = (u8, &[u8])> {
    let mut rest = ies;
    std::iter::from_fn(move || {
        let (&id, after) = rest.split_first()?;
        let (&len, after) = after.split_first()?;
        let data = after.get(..usize::from(len))?;
        rest = &after[usize::from(len)..];
        Some((id, data))
    })
}

/// The SSID element (ID 0) of `ies`, when there is a whole one.
pub fn ssid_of(ies: &[u8]) -> Option<&[u8]> {
    elements(ies).find(|(id, _)| *id == 0).map(|(_, d)| d)
}

/// A BSS (an access point or IBSS) from a scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bss {
    /// The interface the scan was on.
    pub ifindex: Option<u32>,
    /// The BSSID.
    pub bssid: [u8; 6],
    /// The channel's frequency, MHz.
    pub frequency: Option<u32>,
    /// The signal, mBm (100 × dBm; see [`signal_dbm`](Bss::signal_dbm)).
    pub signal_mbm: Option<i32>,
    /// The signal on an unspecified scale (0..100), for drivers without dBm.
    pub signal_unspec: Option<u8>,
    /// The interface's relation to it (authenticated, associated, joined).
    pub status: Option<BssStatus>,
    /// How long ago it was last seen.
    pub seen_ago: Option<Duration>,
    /// The beacon interval, TU (1024 µs).
    pub beacon_interval: Option<u16>,
    /// The capability field.
    pub capability: Option<u16>,
    /// The TSF, µs.
    pub tsf: Option<u64>,
    /// The channel width of the scan (`enum nl80211_bss_scan_width`, raw).
    pub scan_width: Option<u32>,
    /// The information elements (of the probe response or beacon).
    pub information_elements: Vec<u8>,
    /// The information elements of the last beacon, when the kernel has them apart.
    pub beacon_ies: Option<Vec<u8>>,
}

impl Bss {
    /// The BSS a `NL80211_CMD_NEW_SCAN_RESULTS` message describes (one without a nest
    /// `NL80211_ATTR_BSS` holding a 6-byte BSSID is [`DecodeErrorKind::BadValue`]).
    pub fn from_message(m: &Nl80211Attrs) -> Result<Bss, DecodeError> {
        let bad = DecodeError::new("nl80211 bss", 0, DecodeErrorKind::BadValue);
        let attrs: BssAttrs = read_nest(m.bss.as_deref().ok_or(bad)?)?;
        Bss::from_attrs(m.ifindex, &attrs).ok_or(bad)
    }

    /// The BSS of the nest `b` (none without a 6-byte BSSID).
    pub fn from_attrs(ifindex: Option<u32>, b: &BssAttrs) -> Option<Bss> {
        Some(Bss {
            ifindex,
            bssid: mac_of(b.bssid.as_deref())?,
            frequency: b.frequency,
            signal_mbm: b.signal_mbm,
            signal_unspec: b.signal_unspec,
            status: b.status,
            seen_ago: b.seen_ms_ago.map(|ms| Duration::from_millis(ms.into())),
            beacon_interval: b.beacon_interval,
            capability: b.capability,
            tsf: b.tsf,
            scan_width: b.chan_width,
            information_elements: b.information_elements.clone().unwrap_or_default(),
            beacon_ies: b.beacon_ies.clone(),
        })
    }

    /// The signal in dBm (from mBm).
    pub fn signal_dbm(&self) -> Option<f64> {
        self.signal_mbm.map(|m| f64::from(m) / 100.0)
    }

    /// The SSID, from the information elements (else from the beacon's).
    pub fn ssid(&self) -> Option<&[u8]> {
        ssid_of(&self.information_elements).or_else(|| self.beacon_ies.as_deref().and_then(ssid_of))
    }

    /// The SSID as text, when it is UTF-8.
    pub fn ssid_str(&self) -> Option<&str> {
        std::str::from_utf8(self.ssid()?).ok()
    }
}
