//! 802.11 wireless devices (generic netlink family `nl80211`, linux/nl80211.h), typed:
//! interfaces ([`interfaces`]), radios ([`wiphys`], their bands and frequencies merged over
//! the kernel's split dump), scan results ([`scan_results`], the SSID read from the
//! information elements) and stations ([`stations`], [`station`]).
//!
//! Built on the generated [`ynl::nl80211`](crate::ynl::nl80211) attribute sets and
//! requests; what the spec leaves as bytes (`NL80211_ATTR_BSS`, `NL80211_ATTR_STA_INFO`)
//! is read with attribute sets declared here from the uapi numbering. The family id is
//! resolved once through a [`Families`] cache (a kernel without cfg80211 is
//! [`Error::FamilyNotFound`]).
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::genl::{nl80211, Families};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Generic)?;
//! let families = Families::new();
//! for wiphy in nl80211::wiphys(&mut conn, &families)? {
//!     let mhz: Vec<u32> = wiphy.bands.iter().flat_map(|b| b.frequencies.iter().map(|f| f.mhz)).collect();
//!     println!("{} ({}): {:?} MHz, {:?}", wiphy.name, wiphy.index, mhz, wiphy.supported_iftypes);
//! }
//! for iface in nl80211::interfaces(&mut conn, &families)? {
//!     println!("{} is {:?} on {:?} MHz", iface.name, iface.iftype, iface.frequency);
//!     for bss in nl80211::scan_results(&mut conn, &families, iface.ifindex)? {
//!         println!("  {:?} {:?} dBm {:?}", bss.ssid(), bss.signal_dbm(), bss.status);
//!     }
//!     for sta in nl80211::stations(&mut conn, &families, iface.ifindex)? {
//!         println!("  station {:02x?}: {:?} dBm", sta.mac, sta.signal_dbm);
//!     }
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

mod scan;
mod station;

pub use scan::{elements, ssid_of, Bss, BssAttrs, BssStatus, GetScanRequest};
pub use station::{GetStationRequest, RateInfo, RateInfoAttrs, StaInfoAttrs, Station};

use super::families::Families;
use super::ops;
use super::request::Request;
use crate::engine::{Conn, Error};
use crate::wire::DecodeError;
use crate::ynl::nl80211::{
    BandAttrs, GetInterfaceRequest, GetWiphyDumpRequest, Nl80211Attrs, SupportedIftypes,
};

crate::open_enum! {
    /// An interface type (`enum nl80211_iftype`).
    pub enum Iftype: u32 {
        /// `NL80211_IFTYPE_UNSPECIFIED`.
        Unspecified = 0,
        /// `NL80211_IFTYPE_ADHOC` (IBSS).
        Adhoc = 1,
        /// `NL80211_IFTYPE_STATION` (managed).
        Station = 2,
        /// `NL80211_IFTYPE_AP`.
        Ap = 3,
        /// `NL80211_IFTYPE_AP_VLAN`.
        ApVlan = 4,
        /// `NL80211_IFTYPE_WDS`.
        Wds = 5,
        /// `NL80211_IFTYPE_MONITOR`.
        Monitor = 6,
        /// `NL80211_IFTYPE_MESH_POINT`.
        MeshPoint = 7,
        /// `NL80211_IFTYPE_P2P_CLIENT`.
        P2pClient = 8,
        /// `NL80211_IFTYPE_P2P_GO`.
        P2pGo = 9,
        /// `NL80211_IFTYPE_P2P_DEVICE`.
        P2pDevice = 10,
        /// `NL80211_IFTYPE_OCB`.
        Ocb = 11,
        /// `NL80211_IFTYPE_NAN`.
        Nan = 12,
    }
}

crate::open_enum! {
    /// A channel width (`enum nl80211_chan_width`).
    pub enum ChannelWidth: u32 {
        /// 20 MHz without HT.
        Width20NoHt = 0,
        /// 20 MHz.
        Width20 = 1,
        /// 40 MHz.
        Width40 = 2,
        /// 80 MHz.
        Width80 = 3,
        /// 80+80 MHz.
        Width80P80 = 4,
        /// 160 MHz.
        Width160 = 5,
        /// 5 MHz.
        Width5 = 6,
        /// 10 MHz.
        Width10 = 7,
        /// 1 MHz (S1G).
        Width1 = 8,
        /// 2 MHz (S1G).
        Width2 = 9,
        /// 4 MHz (S1G).
        Width4 = 10,
        /// 8 MHz (S1G).
        Width8 = 11,
        /// 16 MHz (S1G).
        Width16 = 12,
        /// 320 MHz.
        Width320 = 13,
    }
}

impl ChannelWidth {
    /// The width in MHz (80 for 80+80; none for a width nlkit has no name for).
    pub fn mhz(self) -> Option<u32> {
        Some(match self {
            ChannelWidth::Width20NoHt | ChannelWidth::Width20 => 20,
            ChannelWidth::Width40 => 40,
            ChannelWidth::Width80 | ChannelWidth::Width80P80 => 80,
            ChannelWidth::Width160 => 160,
            ChannelWidth::Width320 => 320,
            ChannelWidth::Width5 => 5,
            ChannelWidth::Width10 => 10,
            ChannelWidth::Width1 => 1,
            ChannelWidth::Width2 => 2,
            ChannelWidth::Width4 => 4,
            ChannelWidth::Width8 => 8,
            ChannelWidth::Width16 => 16,
            ChannelWidth::Other(_) => return None,
        })
    }
}

crate::open_enum! {
    /// A frequency band (`enum nl80211_band`: the attribute type of a band in
    /// `NL80211_ATTR_WIPHY_BANDS`).
    pub enum BandId: u16 {
        /// 2.4 GHz.
        Band2Ghz = 0,
        /// 5 GHz.
        Band5Ghz = 1,
        /// 60 GHz.
        Band60Ghz = 2,
        /// 6 GHz.
        Band6Ghz = 3,
        /// Sub-1 GHz (S1G).
        BandS1Ghz = 4,
        /// Light communication.
        BandLc = 5,
    }
}

/// A MAC address from a 6-byte attribute (another length is none).
pub(crate) fn mac_of(b: Option<&[u8]>) -> Option<[u8; 6]> {
    b.and_then(|b| b.try_into().ok())
}

/// A wireless interface (`NL80211_CMD_NEW_INTERFACE`, the answer of get-interface).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interface {
    /// The interface index (0 for an interface without a netdev: P2P device, NAN).
    pub ifindex: u32,
    /// The interface name.
    pub name: String,
    /// The wiphy (radio) it is on.
    pub wiphy: Option<u32>,
    /// The wireless device id (`NL80211_ATTR_WDEV`).
    pub wdev: Option<u64>,
    /// Its type.
    pub iftype: Option<Iftype>,
    /// Its MAC address.
    pub mac: Option<[u8; 6]>,
    /// The SSID it is connected to or serves.
    pub ssid: Option<Vec<u8>>,
    /// The operating channel's frequency, MHz.
    pub frequency: Option<u32>,
    /// The channel width.
    pub channel_width: Option<ChannelWidth>,
    /// The first center frequency, MHz.
    pub center_freq1: Option<u32>,
    /// The second center frequency (80+80), MHz.
    pub center_freq2: Option<u32>,
    /// The transmit power, mBm (100 × dBm).
    pub tx_power_mbm: Option<u32>,
}

impl Interface {
    /// The interface a message describes.
    pub fn from_attrs(a: &Nl80211Attrs) -> Interface {
        Interface {
            ifindex: a.ifindex.unwrap_or(0),
            name: a.ifname.clone().unwrap_or_default(),
            wiphy: a.wiphy,
            wdev: a.wdev,
            iftype: a.iftype.map(Iftype::from),
            mac: mac_of(a.mac.as_deref()),
            ssid: a.ssid.clone(),
            frequency: a.wiphy_freq,
            channel_width: a.channel_width.map(ChannelWidth::from),
            center_freq1: a.center_freq1,
            center_freq2: a.center_freq2,
            tx_power_mbm: a.wiphy_tx_power_level,
        }
    }
}

/// A frequency (channel) of a band.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frequency {
    /// The center frequency, MHz.
    pub mhz: u32,
    /// The offset in kHz above it (S1G), when any.
    pub offset_khz: Option<u32>,
    /// The channel is disabled.
    pub disabled: bool,
    /// No initiating radiation (passive scan only).
    pub no_ir: bool,
    /// Radar detection is required.
    pub radar: bool,
    /// The highest transmit power, mBm.
    pub max_tx_power_mbm: Option<u32>,
}

/// A band of a wiphy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    /// Which band.
    pub band: BandId,
    /// Its frequencies, merged over the messages of a split dump.
    pub frequencies: Vec<Frequency>,
    /// The legacy bitrates, in units of 100 kbit/s.
    pub bitrates: Vec<u32>,
    /// The HT capabilities, when HT is supported.
    pub ht_capa: Option<u16>,
    /// The VHT capabilities, when VHT is supported.
    pub vht_capa: Option<u32>,
}

impl Band {
    fn new(band: BandId) -> Band {
        Band {
            band,
            frequencies: Vec::new(),
            bitrates: Vec::new(),
            ht_capa: None,
            vht_capa: None,
        }
    }

    /// Adds what one message says of the band.
    fn merge(&mut self, a: &BandAttrs) {
        for (_, f) in a.freqs.iter().flatten() {
            let Some(mhz) = f.freq else { continue };
            // A channel the message before already gave (the kernel restarts a band's
            // list where a message filled up) is not listed twice.
            if self
                .frequencies
                .iter()
                .any(|g| (g.mhz, g.offset_khz) == (mhz, f.offset))
            {
                continue;
            }
            self.frequencies.push(Frequency {
                mhz,
                offset_khz: f.offset,
                disabled: f.disabled.is_some(),
                no_ir: f.no_ir.is_some(),
                radar: f.radar.is_some(),
                max_tx_power_mbm: f.max_tx_power,
            });
        }
        self.bitrates
            .extend(a.rates.iter().flatten().filter_map(|(_, r)| r.rate));
        self.ht_capa = a.ht_capa.or(self.ht_capa);
        self.vht_capa = a.vht_capa.or(self.vht_capa);
    }
}

/// A wiphy (a radio), merged over the messages of a split dump.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wiphy {
    /// Its index (`NL80211_ATTR_WIPHY`).
    pub index: u32,
    /// Its name (`phy0`).
    pub name: String,
    /// Its bands, in the order they came.
    pub bands: Vec<Band>,
    /// The interface types it supports.
    pub supported_iftypes: Vec<Iftype>,
}

/// The interface types a `supported-iftypes` nest lists (a flag attribute per type).
fn iftypes_of(s: &SupportedIftypes) -> Vec<Iftype> {
    let known = [
        (s.adhoc, Iftype::Adhoc),
        (s.station, Iftype::Station),
        (s.ap, Iftype::Ap),
        (s.ap_vlan, Iftype::ApVlan),
        (s.wds, Iftype::Wds),
        (s.monitor, Iftype::Monitor),
        (s.mesh_point, Iftype::MeshPoint),
        (s.p2p_client, Iftype::P2pClient),
        (s.p2p_go, Iftype::P2pGo),
        (s.p2p_device, Iftype::P2pDevice),
        (s.ocb, Iftype::Ocb),
        (s.nan, Iftype::Nan),
    ];
    let mut out: Vec<Iftype> = known
        .iter()
        .filter(|(on, _)| on.is_some())
        .map(|(_, t)| *t)
        .collect();
    let newer = s.unknown.iter().filter(|u| u.payload.is_empty());
    out.extend(
        newer.map(|u| Iftype::from(u32::from(u.attr_type & crate::wire::attr::NLA_TYPE_MASK))),
    );
    out
}

impl Wiphy {
    fn new(index: u32) -> Wiphy {
        Wiphy {
            index,
            name: String::new(),
            bands: Vec::new(),
            supported_iftypes: Vec::new(),
        }
    }

    /// Adds what one message of the dump says of the wiphy: its name, its interface types,
    /// and its bands (frequencies and bitrates appended to what earlier messages gave).
    pub fn merge(&mut self, a: &Nl80211Attrs) {
        if let Some(n) = &a.wiphy_name {
            self.name.clone_from(n);
        }
        if let Some(s) = &a.supported_iftypes {
            self.supported_iftypes = iftypes_of(s);
        }
        let Some(bands) = &a.wiphy_bands else { return };
        let each = [
            (BandId::Band2Ghz, &bands.n2ghz),
            (BandId::Band5Ghz, &bands.n5ghz),
            (BandId::Band60Ghz, &bands.n60ghz),
            (BandId::Band6Ghz, &bands.n6ghz),
            (BandId::BandS1Ghz, &bands.s1ghz),
            (BandId::BandLc, &bands.lc),
        ];
        for (id, band) in each {
            let Some(band) = band else { continue };
            let at = match self.bands.iter().position(|b| b.band == id) {
                Some(i) => i,
                None => {
                    self.bands.push(Band::new(id));
                    self.bands.len() - 1
                }
            };
            self.bands[at].merge(band);
        }
    }

    /// The wiphys the messages of a (split) get-wiphy dump describe: consecutive messages
    /// of one wiphy index are merged; a message without an index belongs to the one before.
    pub fn from_messages<'a>(messages: impl IntoIterator<Item = &'a Nl80211Attrs>) -> Vec<Wiphy> {
        let mut out: Vec<Wiphy> = Vec::new();
        for m in messages {
            let same = match (out.last(), m.wiphy) {
                (Some(last), Some(i)) => last.index == i,
                (Some(_), None) => true,
                (None, _) => false,
            };
            if !same {
                out.push(Wiphy::new(m.wiphy.unwrap_or(0)));
            }
            if let Some(w) = out.last_mut() {
                w.merge(m);
            }
        }
        out
    }
}

/// Dumps `request` and returns every answer; the dump is read to its end even when an
/// answer fails to decode (the first error is returned).
fn collect<R: Request>(
    conn: &mut Conn,
    families: &Families,
    request: &R,
) -> Result<Vec<R::Reply>, Error> {
    let mut out = Vec::new();
    let mut first_error = None;
    for r in ops::dump(conn, families, request)? {
        match r {
            Ok(v) => out.push(v),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    match first_error {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

/// Every wireless interface (`NL80211_CMD_GET_INTERFACE`, dumped).
pub fn interfaces(conn: &mut Conn, families: &Families) -> Result<Vec<Interface>, Error> {
    let replies = collect(conn, families, &GetInterfaceRequest::default())?;
    Ok(replies.iter().map(Interface::from_attrs).collect())
}

/// The wireless interface `name`; one that is not wireless (or none) is the kernel's
/// `ENODEV`.
pub fn interface(conn: &mut Conn, families: &Families, name: &str) -> Result<Interface, Error> {
    let request = GetInterfaceRequest {
        ifname: Some(name.to_owned()),
        ..Default::default()
    };
    Ok(Interface::from_attrs(&ops::get(conn, families, &request)?))
}

/// Every wiphy (`NL80211_CMD_GET_WIPHY`, dumped with `NL80211_ATTR_SPLIT_WIPHY_DUMP` as
/// the spec requires), merged over the split messages.
pub fn wiphys(conn: &mut Conn, families: &Families) -> Result<Vec<Wiphy>, Error> {
    let request = GetWiphyDumpRequest {
        split_wiphy_dump: Some(()),
        ..Default::default()
    };
    let replies = collect(conn, families, &request)?;
    Ok(Wiphy::from_messages(&replies))
}

/// The scan results of the interface `ifindex` (`NL80211_CMD_GET_SCAN`, dumped).
pub fn scan_results(conn: &mut Conn, families: &Families, ifindex: u32) -> Result<Vec<Bss>, Error> {
    let replies = collect(conn, families, &GetScanRequest::new(ifindex))?;
    replies
        .iter()
        .map(|r| Bss::from_message(r).map_err(Error::Decode))
        .collect()
}

/// The stations of the interface `ifindex` (`NL80211_CMD_GET_STATION`, dumped): the AP a
/// client is associated with, the clients of an AP.
pub fn stations(conn: &mut Conn, families: &Families, ifindex: u32) -> Result<Vec<Station>, Error> {
    let replies = collect(conn, families, &GetStationRequest::all(ifindex))?;
    replies
        .iter()
        .map(|r| Station::from_message(r).map_err(Error::Decode))
        .collect()
}

/// The station `mac` of the interface `ifindex`; an unknown one is the kernel's `ENOENT`.
pub fn station(
    conn: &mut Conn,
    families: &Families,
    ifindex: u32,
    mac: [u8; 6],
) -> Result<Station, Error> {
    let reply = ops::get(conn, families, &GetStationRequest::one(ifindex, mac))?;
    Ok(Station::from_message(&reply)?)
}

/// Reads the nest `bytes` (an attribute the spec types as binary) as the set `T`.
pub(crate) fn read_nest<T: crate::wire::AttributeSet>(bytes: &[u8]) -> Result<T, DecodeError> {
    let mut t = T::default();
    t.read_attrs(crate::wire::AttrIter::new(bytes))?;
    Ok(t)
}

#[cfg(test)]
mod tests;
