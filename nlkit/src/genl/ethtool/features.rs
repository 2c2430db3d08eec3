//! Offload features (`features-get`/`-set`) and private flags (`privflags-get`/`-set`),
//! by name.

use super::bitset::{verbose_change, Bitset};
use super::strings::{StringSet, StringSetId};
use super::{Device, Error, Operation, COMPACT};
use crate::engine::{Ack, Conn};
use crate::genl::Families;
use crate::wire::DecodeError;
use crate::ynl::ethtool as raw;
use std::collections::{BTreeMap, BTreeSet};

/// A device's offload features, by name (`rx-gro`, `tx-checksum-ip-generic`, ...).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Features {
    /// The features the driver lets be changed (`hw_features`).
    pub hw: BTreeSet<String>,
    /// The features asked for (`wanted_features`).
    pub wanted: BTreeSet<String>,
    /// The features on (`features`).
    pub active: BTreeSet<String>,
    /// The features that can never be changed (`NETIF_F_NEVER_CHANGE`).
    pub nochange: BTreeSet<String>,
}

impl Features {
    /// Reads a `features-get` reply, naming compact bits from `names` (the features string
    /// set).
    pub fn from_reply(
        r: &raw::Features,
        names: Option<&StringSet>,
    ) -> Result<Features, DecodeError> {
        let set = |b: &Option<raw::Bitset>| -> Result<BTreeSet<String>, DecodeError> {
            Ok(match b {
                Some(b) => Bitset::from_attrs(b)?.names(names),
                None => BTreeSet::new(),
            })
        };
        Ok(Features {
            hw: set(&r.hw)?,
            wanted: set(&r.wanted)?,
            active: set(&r.active)?,
            nochange: set(&r.nochange)?,
        })
    }

    /// True when `name` is on.
    pub fn is_active(&self, name: &str) -> bool {
        self.active.contains(name)
    }

    /// True when `name` cannot be changed (`[fixed]` in `ethtool -k`): the driver does not
    /// offer it, or it never changes.
    pub fn is_fixed(&self, name: &str) -> bool {
        !self.hw.contains(name) || self.nochange.contains(name)
    }
}

/// What the kernel answered to a change of features.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeatureChange {
    /// The features whose active state changed, with their new state (dependent features
    /// the kernel switched too are here).
    pub changed: BTreeMap<String, bool>,
    /// The features asked for that the kernel could not set, with the state that was
    /// asked (their active state differs from it).
    pub refused: BTreeMap<String, bool>,
}

impl FeatureChange {
    /// Reads a `features-set` reply: its `wanted` mask is what was asked but not set, its
    /// `active` mask what changed.
    pub fn from_reply(
        r: &raw::Features,
        names: Option<&StringSet>,
    ) -> Result<FeatureChange, DecodeError> {
        let map = |b: &Option<raw::Bitset>| -> Result<BTreeMap<String, bool>, DecodeError> {
            Ok(match b {
                Some(b) => Bitset::from_attrs(b)?.masked_values(names),
                None => BTreeMap::new(),
            })
        };
        Ok(FeatureChange {
            changed: map(&r.active)?,
            refused: map(&r.wanted)?,
        })
    }
}

/// A device's private flags, by name, with their state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrivateFlags {
    /// Every flag the driver has, on or off.
    pub flags: BTreeMap<String, bool>,
}

impl PrivateFlags {
    /// Reads a `privflags-get` reply (verbose, or compact named from `names`).
    pub fn from_reply(
        r: &raw::Privflags,
        names: Option<&StringSet>,
    ) -> Result<PrivateFlags, DecodeError> {
        let flags = match &r.flags {
            Some(b) => Bitset::from_attrs(b)?.masked_values(names),
            None => BTreeMap::new(),
        };
        Ok(PrivateFlags { flags })
    }

    /// True when `name` is on.
    pub fn is_on(&self, name: &str) -> bool {
        self.flags.get(name).copied().unwrap_or(false)
    }
}

/// Checks every name of `changes` against `names`.
fn check_names(
    device: &Device,
    names: &StringSet,
    set: StringSetId,
    changes: &[(&str, bool)],
) -> Result<(), Error> {
    match changes.iter().find(|(n, _)| !names.contains(n)) {
        Some((n, _)) => Err(Error::UnknownName {
            device: device.to_string(),
            set,
            name: (*n).to_owned(),
        }),
        None => Ok(()),
    }
}

impl Device {
    /// The offload features (asked for compact, named from the features string set).
    pub fn features(&self, conn: &mut Conn, families: &Families) -> Result<Features, Error> {
        let request = raw::FeaturesGetRequest {
            header: Some(self.header(COMPACT)),
            ..Default::default()
        };
        let reply = self.get(conn, families, Operation::Features, &request)?;
        let names = self.string_set(conn, families, StringSetId::Features)?;
        Ok(Features::from_reply(&reply, Some(&names))?)
    }

    /// Turns features on or off by name; answers what changed and what the kernel could
    /// not change. A name the features string set does not have is
    /// [`Error::UnknownName`], and nothing is sent.
    pub fn set_features(
        &self,
        conn: &mut Conn,
        families: &Families,
        changes: &[(&str, bool)],
    ) -> Result<FeatureChange, Error> {
        let names = self.string_set(conn, families, StringSetId::Features)?;
        check_names(self, &names, StringSetId::Features, changes)?;
        let request = raw::FeaturesSetRequest {
            header: Some(self.header(COMPACT)),
            wanted: Some(verbose_change(changes.iter().copied())),
            ..Default::default()
        };
        let reply = self.change_replied(conn, families, Operation::Features, &request)?;
        Ok(FeatureChange::from_reply(&reply, Some(&names))?)
    }

    /// The private flags (asked for verbose: their names are the device's own).
    pub fn private_flags(
        &self,
        conn: &mut Conn,
        families: &Families,
    ) -> Result<PrivateFlags, Error> {
        let request = raw::PrivflagsGetRequest {
            header: Some(self.header(raw::HeaderFlags::EMPTY)),
            ..Default::default()
        };
        let reply = self.get(conn, families, Operation::PrivateFlags, &request)?;
        Ok(PrivateFlags::from_reply(&reply, None)?)
    }

    /// Turns private flags on or off by name.
    pub fn set_private_flags(
        &self,
        conn: &mut Conn,
        families: &Families,
        changes: &[(&str, bool)],
    ) -> Result<Ack, Error> {
        let request = raw::PrivflagsSetRequest {
            header: Some(self.header(raw::HeaderFlags::EMPTY)),
            flags: Some(verbose_change(changes.iter().copied())),
            ..Default::default()
        };
        self.change(conn, families, Operation::PrivateFlags, &request)
    }
}
