//! String sets (`strset-get`): the names the kernel gives the bits of ethtool's bit sets
//! and the counters of its statistics (link modes, features, private flags, ...), as a
//! lookup by index and by name.

use super::{Device, Error, Operation};
use crate::engine::Conn;
use crate::genl::Families;
use crate::wire::DecodeError;
use crate::ynl::ethtool as raw;
use std::collections::BTreeMap;

crate::open_enum! {
    /// A string set's id (`ETH_SS_*`).
    pub enum StringSetId: u32 {
        /// `ETH_SS_TEST`: self-test names (per device).
        Test = 0,
        /// `ETH_SS_STATS`: the driver's statistics names (per device).
        Stats = 1,
        /// `ETH_SS_PRIV_FLAGS`: private flag names (per device).
        PrivateFlags = 2,
        /// `ETH_SS_NTUPLE_FILTERS`.
        NtupleFilters = 3,
        /// `ETH_SS_FEATURES`: offload feature names.
        Features = 4,
        /// `ETH_SS_RSS_HASH_FUNCS`: RSS hash functions.
        RssHashFunctions = 5,
        /// `ETH_SS_TUNABLES`.
        Tunables = 6,
        /// `ETH_SS_PHY_STATS`: PHY statistics names (per device).
        PhyStats = 7,
        /// `ETH_SS_PHY_TUNABLES`.
        PhyTunables = 8,
        /// `ETH_SS_LINK_MODES`: link mode names (`10000baseT/Full`).
        LinkModes = 9,
        /// `ETH_SS_MSG_CLASSES`: message classes of the debug mask.
        MessageClasses = 10,
        /// `ETH_SS_WOL_MODES`: wake-on-LAN modes.
        WakeOnLanModes = 11,
        /// `ETH_SS_SOF_TIMESTAMPING`: timestamping capabilities.
        Timestamping = 12,
        /// `ETH_SS_TS_TX_TYPES`: hardware transmit timestamp modes.
        TimestampTxTypes = 13,
        /// `ETH_SS_TS_RX_FILTERS`: hardware receive timestamp filters.
        TimestampRxFilters = 14,
        /// `ETH_SS_UDP_TUNNEL_TYPES`.
        UdpTunnelTypes = 15,
        /// `ETH_SS_STATS_STD`: the standard statistics groups.
        StatsGroups = 16,
        /// `ETH_SS_STATS_ETH_PHY`: counters of the `eth-phy` group.
        StatsEthPhy = 17,
        /// `ETH_SS_STATS_ETH_MAC`: counters of the `eth-mac` group.
        StatsEthMac = 18,
        /// `ETH_SS_STATS_ETH_CTRL`: counters of the `eth-ctrl` group.
        StatsEthCtrl = 19,
        /// `ETH_SS_STATS_RMON`: counters of the `rmon` group.
        StatsRmon = 20,
        /// `ETH_SS_STATS_PHY`: counters of the `phy` group.
        StatsPhy = 21,
    }
}

impl StringSetId {
    /// The kernel's name of the set (as `ethtool --show-strings` would say it), or
    /// `"set N"`.
    pub fn name(self) -> String {
        let known = match self {
            StringSetId::Test => "test",
            StringSetId::Stats => "stats",
            StringSetId::PrivateFlags => "private flags",
            StringSetId::NtupleFilters => "ntuple filters",
            StringSetId::Features => "features",
            StringSetId::RssHashFunctions => "rss hash functions",
            StringSetId::Tunables => "tunables",
            StringSetId::PhyStats => "phy stats",
            StringSetId::PhyTunables => "phy tunables",
            StringSetId::LinkModes => "link modes",
            StringSetId::MessageClasses => "message classes",
            StringSetId::WakeOnLanModes => "wake-on-lan modes",
            StringSetId::Timestamping => "timestamping",
            StringSetId::TimestampTxTypes => "timestamp tx types",
            StringSetId::TimestampRxFilters => "timestamp rx filters",
            StringSetId::UdpTunnelTypes => "udp tunnel types",
            StringSetId::StatsGroups => "stats groups",
            StringSetId::StatsEthPhy => "eth-phy stats",
            StringSetId::StatsEthMac => "eth-mac stats",
            StringSetId::StatsEthCtrl => "eth-ctrl stats",
            StringSetId::StatsRmon => "rmon stats",
            StringSetId::StatsPhy => "phy stats group",
            StringSetId::Other(n) => return format!("set {n}"),
        };
        known.to_owned()
    }
}

/// The most strings a set may have (a driver's statistics run to a few thousand).
const MAX_STRINGS: usize = 1 << 20;

/// One string set: its strings by index (an index the kernel left out is empty).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StringSet {
    /// The set's id.
    pub id: StringSetId,
    /// How many strings the kernel says it has (`ETHTOOL_A_STRINGSET_COUNT`).
    pub count: u32,
    strings: Vec<String>,
}

impl StringSet {
    /// Reads one `ETHTOOL_A_STRINGSETS_STRINGSET` nest. A string without an index, or with
    /// one past the set's count (or past a million), is an error.
    pub fn from_attrs(attrs: &raw::StringsetAttrs) -> Result<StringSet, DecodeError> {
        let bad = || DecodeError::new("ethtool string", 0, crate::wire::DecodeErrorKind::BadValue);
        let id = StringSetId::from(attrs.id.ok_or_else(bad)?);
        let count = attrs.count.unwrap_or(0);
        let mut strings = Vec::new();
        for s in attrs.strings.iter().flat_map(|s| &s.string) {
            let i = s.index.ok_or_else(bad)? as usize;
            if i >= MAX_STRINGS || (count > 0 && i >= count as usize) {
                return Err(bad());
            }
            if strings.len() <= i {
                strings.resize(i + 1, String::new());
            }
            strings[i] = s.value.clone().unwrap_or_default();
        }
        Ok(StringSet { id, count, strings })
    }

    /// The string at `index`.
    pub fn get(&self, index: u32) -> Option<&str> {
        self.strings
            .get(index as usize)
            .map(String::as_str)
            .filter(|s| !s.is_empty())
    }

    /// The index of `name`.
    pub fn index_of(&self, name: &str) -> Option<u32> {
        self.strings
            .iter()
            .position(|s| s == name)
            .and_then(|i| u32::try_from(i).ok())
    }

    /// True when the set has `name`.
    pub fn contains(&self, name: &str) -> bool {
        self.index_of(name).is_some()
    }

    /// The strings with their indexes.
    pub fn iter(&self) -> impl Iterator<Item = (u32, &str)> {
        self.strings
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.is_empty())
            .map(|(i, s)| (i as u32, s.as_str()))
    }

    /// How many strings it holds.
    pub fn len(&self) -> usize {
        self.iter().count()
    }

    /// True when it holds none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// String sets by id: what `strset-get` answered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StringSets {
    sets: BTreeMap<StringSetId, StringSet>,
}

impl StringSets {
    /// Reads a `strset-get` reply.
    pub fn from_reply(reply: &raw::Strset) -> Result<StringSets, DecodeError> {
        let mut sets = BTreeMap::new();
        for s in reply.stringsets.iter().flat_map(|s| &s.stringset) {
            let set = StringSet::from_attrs(s)?;
            sets.insert(set.id, set);
        }
        Ok(StringSets { sets })
    }

    /// The set `id`, if the kernel sent it.
    pub fn get(&self, id: StringSetId) -> Option<&StringSet> {
        self.sets.get(&id)
    }

    /// The link mode names.
    pub fn link_modes(&self) -> Option<&StringSet> {
        self.get(StringSetId::LinkModes)
    }

    /// The feature names.
    pub fn features(&self) -> Option<&StringSet> {
        self.get(StringSetId::Features)
    }

    /// The private flag names.
    pub fn private_flags(&self) -> Option<&StringSet> {
        self.get(StringSetId::PrivateFlags)
    }

    /// The driver's statistics names.
    pub fn stats(&self) -> Option<&StringSet> {
        self.get(StringSetId::Stats)
    }

    /// The sets, by id.
    pub fn iter(&self) -> impl Iterator<Item = &StringSet> {
        self.sets.values()
    }

    /// How many sets.
    pub fn len(&self) -> usize {
        self.sets.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.sets.is_empty()
    }
}

/// The `strset-get` request for `ids` (every set there is when empty) of `device` (the
/// global sets without one).
pub(crate) fn request(device: Option<&Device>, ids: &[StringSetId]) -> raw::StrsetGetRequest {
    let stringset = ids
        .iter()
        .map(|id| raw::StringsetAttrs {
            id: Some(id.raw()),
            ..Default::default()
        })
        .collect::<Vec<_>>();
    raw::StrsetGetRequest {
        header: Some(
            device.map_or_else(raw::Header::default, |d| d.header(raw::HeaderFlags::EMPTY)),
        ),
        stringsets: (!stringset.is_empty()).then(|| raw::Stringsets {
            stringset,
            ..Default::default()
        }),
        ..Default::default()
    }
}

impl Device {
    /// The string sets `ids` as this device has them: the global ones (link modes,
    /// features, ...) and the device's own (stats, private flags). With `ids` empty, the
    /// kernel sends the device's own sets only (see [`string_sets`] for the global ones).
    pub fn string_sets(
        &self,
        conn: &mut Conn,
        families: &Families,
        ids: &[StringSetId],
    ) -> Result<StringSets, Error> {
        let reply = self.get(
            conn,
            families,
            Operation::Strings,
            &request(Some(self), ids),
        )?;
        Ok(StringSets::from_reply(&reply)?)
    }

    /// One string set of this device (empty when the kernel has none by that id).
    pub fn string_set(
        &self,
        conn: &mut Conn,
        families: &Families,
        id: StringSetId,
    ) -> Result<StringSet, Error> {
        let mut sets = self.string_sets(conn, families, &[id])?;
        Ok(sets.sets.remove(&id).unwrap_or(StringSet {
            id,
            ..StringSet::default()
        }))
    }
}

/// The global string sets `ids` (every one when `ids` is empty: link modes, features,
/// message classes, ...), asked without a device.
pub fn string_sets(
    conn: &mut Conn,
    families: &Families,
    ids: &[StringSetId],
) -> Result<StringSets, Error> {
    let reply = crate::genl::get(conn, families, &request(None, ids))
        .map_err(|e| Error::from_engine("ethtool", Operation::Strings, false, e))?;
    Ok(StringSets::from_reply(&reply)?)
}
