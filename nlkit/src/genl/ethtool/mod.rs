//! Typed ethtool (the `ethtool` generic netlink family): what a network device reports and
//! lets change about its link, offloads, queues and timestamping, on top of the generated
//! [`ynl::ethtool`](crate::ynl::ethtool) requests.
//!
//! A [`Device`] names a device by name or ifindex; each operation is a method on it taking
//! the connection and the family cache:
//!
//! - string sets: [`string_sets`] (global) and [`Device::string_sets`] ([`StringSets`],
//!   [`StringSet`]: names by index);
//! - link: [`Device::link_info`], [`Device::link_modes`] (speed, duplex, autoneg, the
//!   advertised, supported and peer modes by name) and [`Device::set_link_modes`],
//!   [`Device::link_state`],
//!   [`Device::debug`] ([`MessageLevel`]), [`Device::wake_on_lan`] ([`WolModes`]);
//! - offloads: [`Device::features`] and [`Device::set_features`] (by name, with what the
//!   kernel could not change), [`Device::private_flags`] and
//!   [`Device::set_private_flags`];
//! - parameters: rings, channels, coalescing, pause, EEE ([`Device::rings`],
//!   [`Device::set_rings`], ...);
//! - [`Device::timestamping`] (tsinfo) and [`Device::statistics`] (the standard groups
//!   the driver answers for);
//! - notifications: [`subscribe`] joins the `monitor` group by name; [`Events`] yields
//!   each [`Event`] (the device and its [`Change`]: features, channels, rings, ...).
//!
//! Bit sets are decoded in both of the kernel's forms ([`Bitset`]): requests whose names
//! come from a global string set ask for the compact form
//! ([`HeaderFlags::COMPACT_BITSETS`](crate::ynl::ethtool::HeaderFlags)) and name the bits
//! from that set; per-device names (private flags) and small masks come verbose. Reads of
//! counters ask for them with [`HeaderFlags::STATS`](crate::ynl::ethtool::HeaderFlags).
//!
//! A driver that does not implement an operation answers `EOPNOTSUPP`: that is
//! [`Error::Unsupported`] (`ethtool: v0 does not support pause`), with the kernel's errno
//! and extended ACK kept.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::genl::ethtool::{Device, Error};
//! use nlkit::genl::Families;
//! let mut conn = Conn::new(nlkit::sys::Protocol::Generic)?;
//! let families = Families::new();
//! let dev = Device::named("eth0");
//! let modes = dev.link_modes(&mut conn, &families)?;
//! println!("{:?} Mb/s {:?}, advertising {:?}", modes.speed, modes.duplex, modes.advertised);
//! let features = dev.features(&mut conn, &families)?;
//! if features.active.contains("rx-gro") {
//!     let change = dev.set_features(&mut conn, &families, &[("rx-gro", false)])?;
//!     println!("changed {:?}, refused {:?}", change.changed, change.refused);
//! }
//! match dev.pause(&mut conn, &families) {
//!     Ok(p) => println!("pause rx {} tx {}", p.rx, p.tx),
//!     Err(e @ Error::Unsupported { .. }) => println!("{e}"),
//!     Err(e) => return Err(e.into()),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Changes as they happen, from the `monitor` group:
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::genl::ethtool::{self, Change, Received};
//! use nlkit::genl::Families;
//! use std::time::Duration;
//! let mut conn = Conn::new(nlkit::sys::Protocol::Generic)?;
//! let families = Families::new();
//! let mut events = ethtool::subscribe(&mut conn, &families)?;
//! while let Some(Received::Event(e)) = events.next_event(Duration::from_secs(10))? {
//!     if let Change::Features(f) = &e.change {
//!         println!("{:?}: features now {:?}", e.name, f.active);
//!     }
//! }
//! # Ok::<(), ethtool::Error>(())
//! ```

mod bitset;
mod error;
mod events;
mod features;
mod info;
mod link;
mod params;
mod strings;
#[cfg(test)]
mod tests;

pub use bitset::Bitset;
pub use error::{Error, ErrorKind, Operation};
pub use events::{subscribe, subscribe_in, Change, Event, Events, Received, MONITOR_GROUP};
pub use features::{FeatureChange, Features, PrivateFlags};
pub use info::{
    Counter, HistogramBucket, RxFilters, SofTimestamping, Statistics, StatsGroup, StatsGroupId,
    StatsSource, Timestamping, TimestampingStats, TxTypes,
};
pub use link::{
    Debug, Duplex, LinkExtState, LinkInfo, LinkModes, LinkModesChange, LinkState,
    MasterSlaveConfig, MasterSlaveState, MdiX, MessageLevel, Port, Transceiver, WakeOnLan,
    WolModes,
};
pub use params::{
    Channels, ChannelsChange, Coalesce, CoalesceChange, Eee, EeeChange, Pause, PauseChange,
    PauseStats, Rings, RingsChange, TcpDataSplit,
};
pub use strings::{string_sets, StringSet, StringSetId, StringSets};

use crate::engine::{Ack, Conn};
use crate::genl::{self, Families, Request};
use crate::ynl::ethtool as raw;
use raw::HeaderFlags;
use std::fmt;

/// A network device, as ethtool requests name it: by name or by ifindex.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Device {
    /// By name (`ETHTOOL_A_HEADER_DEV_NAME`).
    Name(String),
    /// By ifindex (`ETHTOOL_A_HEADER_DEV_INDEX`).
    Index(u32),
}

impl Device {
    /// The device called `name`.
    pub fn named(name: impl Into<String>) -> Device {
        Device::Name(name.into())
    }

    /// The device of ifindex `index`.
    pub fn index(index: u32) -> Device {
        Device::Index(index)
    }

    /// The request header naming the device, with `flags`.
    pub fn header(&self, flags: HeaderFlags) -> raw::Header {
        let mut h = raw::Header {
            flags: (!flags.is_empty()).then_some(flags),
            ..Default::default()
        };
        match self {
            Device::Name(n) => h.dev_name = Some(n.clone()),
            Device::Index(i) => h.dev_index = Some(*i),
        }
        h
    }

    /// Runs a request answered by a reply, mapping `EOPNOTSUPP` to
    /// [`Error::Unsupported`].
    pub(crate) fn get<R: Request>(
        &self,
        conn: &mut Conn,
        families: &Families,
        operation: Operation,
        request: &R,
    ) -> Result<R::Reply, Error> {
        genl::get(conn, families, request)
            .map_err(|e| Error::from_engine(&self.to_string(), operation, false, e))
    }

    /// Runs a change answered by an ACK.
    pub(crate) fn change<R: Request>(
        &self,
        conn: &mut Conn,
        families: &Families,
        operation: Operation,
        request: &R,
    ) -> Result<Ack, Error> {
        genl::execute(conn, families, request)
            .map_err(|e| Error::from_engine(&self.to_string(), operation, true, e))
    }

    /// Runs a change answered by a reply.
    pub(crate) fn change_replied<R: Request>(
        &self,
        conn: &mut Conn,
        families: &Families,
        operation: Operation,
        request: &R,
    ) -> Result<R::Reply, Error> {
        genl::get(conn, families, request)
            .map_err(|e| Error::from_engine(&self.to_string(), operation, true, e))
    }
}

/// `v0`, or `ifindex 7`.
impl fmt::Display for Device {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Device::Name(n) => f.write_str(n),
            Device::Index(i) => write!(f, "ifindex {i}"),
        }
    }
}

impl From<&str> for Device {
    fn from(name: &str) -> Device {
        Device::named(name)
    }
}

impl From<u32> for Device {
    fn from(index: u32) -> Device {
        Device::Index(index)
    }
}

/// The flags of a read that names bits from a global string set.
pub(crate) const COMPACT: HeaderFlags = HeaderFlags::COMPACT_BITSETS;

/// A `u8` switch of a reply (`Some(0)` is off).
pub(crate) fn on(v: Option<u8>) -> bool {
    v.is_some_and(|v| v != 0)
}
