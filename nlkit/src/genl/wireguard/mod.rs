//! WireGuard devices (generic netlink family `wireguard`, linux/wireguard.h), typed: a
//! device's keys, port, firewall mark and peers ([`Device`], [`Peer`]) read with
//! [`get_device`], and changed with [`set_device`] from a [`DeviceConfig`].
//!
//! Built on the generated [`ynl::wireguard`](crate::ynl::wireguard) attribute sets and
//! requests; the family id is resolved once through a [`Families`] cache (a kernel without
//! the module is [`Error::FamilyNotFound`]: `family wireguard not found; is its module
//! loaded?`).
//!
//! The kernel splits what it reports over several messages of one dump when it does not fit
//! in one: later messages carry only the device's name and more peers, and a peer whose
//! allowed IPs did not fit is repeated at the start of the next message with only its
//! public key and the rest of its allowed IPs. [`get_device`] merges them
//! ([`Device::from_messages`]). The other way round, a configuration too large for one
//! message is split by [`DeviceConfig::requests_within`] as the uapi header asks: the
//! device's attributes and `REPLACE_PEERS` only in the first message, a peer continued in
//! the next message with its public key repeated, `UPDATE_ONLY` and without
//! `REPLACE_ALLOWEDIPS` (so that nothing set before is replaced, and a peer the first
//! message skipped is not created by a later one).
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::genl::wireguard::{self, DeviceConfig, DeviceKey, Key, PeerConfig};
//! use nlkit::genl::Families;
//! let mut conn = Conn::new(nlkit::sys::Protocol::Generic)?;
//! let families = Families::new();
//! let wg0 = wireguard::get_device(&mut conn, &families, &DeviceKey::from("wg0"))?;
//! println!("{} listens on {}", wg0.name, wg0.listen_port);
//! for peer in &wg0.peers {
//!     println!("peer {} at {:?}: {:?}", peer.public_key, peer.endpoint, peer.allowed_ips);
//! }
//! let peer: Key = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=".parse().unwrap();
//! let config = DeviceConfig {
//!     listen_port: Some(51820),
//!     peers: vec![PeerConfig {
//!         endpoint: Some("192.0.2.1:51820".parse().unwrap()),
//!         allowed_ips: vec!["10.0.0.0/24".parse().unwrap()],
//!         ..PeerConfig::new(peer)
//!     }],
//!     ..DeviceConfig::new(DeviceKey::from("wg0"))
//! };
//! wireguard::set_device(&mut conn, &families, &config)?;
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

mod config;
mod types;

pub use crate::ynl::wireguard::{WgallowedipFlags, WgdeviceFlags, WgpeerFlags};
pub use config::{AllowedIp, DeviceConfig, PeerConfig, DEFAULT_BUDGET, MIN_BUDGET};
pub use types::{IpNetwork, Key, ParseError};

use super::families::Families;
use super::ops;
use crate::engine::{Ack, Conn, Error};
use crate::wire::{DecodeError, DecodeErrorKind};
use crate::ynl::wireguard::{GetDeviceDumpRequest, Wgallowedip, Wgdevice, Wgpeer};
use std::net::SocketAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Which device: by name or by interface index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DeviceKey {
    /// By interface name (`WGDEVICE_A_IFNAME`).
    Name(String),
    /// By interface index (`WGDEVICE_A_IFINDEX`).
    Index(u32),
}

impl From<&str> for DeviceKey {
    fn from(name: &str) -> DeviceKey {
        DeviceKey::Name(name.to_owned())
    }
}

impl From<u32> for DeviceKey {
    fn from(index: u32) -> DeviceKey {
        DeviceKey::Index(index)
    }
}

impl DeviceKey {
    /// The (ifindex, ifname) attributes that name the device.
    pub(crate) fn attrs(&self) -> (Option<u32>, Option<String>) {
        match self {
            DeviceKey::Name(n) => (None, Some(n.clone())),
            DeviceKey::Index(i) => (Some(*i), None),
        }
    }
}

/// A WireGuard device as the kernel reports it.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Device {
    /// The interface index.
    pub ifindex: u32,
    /// The interface name.
    pub name: String,
    /// The private key (none when unset; shown as `(hidden)` by `Debug`).
    pub private_key: Option<Key>,
    /// The public key derived from it.
    pub public_key: Option<Key>,
    /// The UDP port it listens on (0: none yet).
    pub listen_port: u16,
    /// The firewall mark of its packets (0: none).
    pub fwmark: u32,
    /// Its peers, merged over the messages of the dump.
    pub peers: Vec<Peer>,
}

impl std::fmt::Debug for Device {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Device")
            .field("ifindex", &self.ifindex)
            .field("name", &self.name)
            .field("private_key", &hidden(&self.private_key))
            .field("public_key", &self.public_key)
            .field("listen_port", &self.listen_port)
            .field("fwmark", &self.fwmark)
            .field("peers", &self.peers)
            .finish()
    }
}

/// A peer of a device (`Debug` shows its preshared key as `(hidden)`).
#[derive(Clone, PartialEq, Eq)]
pub struct Peer {
    /// Its public key (what identifies it).
    pub public_key: Key,
    /// The preshared key, when one is set (the kernel reports all zeros for none).
    pub preshared_key: Option<Key>,
    /// Where its packets go (the last address it was heard from).
    pub endpoint: Option<SocketAddr>,
    /// The persistent keepalive interval in seconds (0: off).
    pub persistent_keepalive_interval: u16,
    /// When the last handshake completed (none: never).
    pub last_handshake: Option<SystemTime>,
    /// Bytes received from it.
    pub rx_bytes: u64,
    /// Bytes sent to it.
    pub tx_bytes: u64,
    /// The protocol version in use.
    pub protocol_version: Option<u32>,
    /// The IP networks it may send from and that are routed to it.
    pub allowed_ips: Vec<IpNetwork>,
}

impl std::fmt::Debug for Peer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Peer")
            .field("public_key", &self.public_key)
            .field("preshared_key", &hidden(&self.preshared_key))
            .field("endpoint", &self.endpoint)
            .field(
                "persistent_keepalive_interval",
                &self.persistent_keepalive_interval,
            )
            .field("last_handshake", &self.last_handshake)
            .field("rx_bytes", &self.rx_bytes)
            .field("tx_bytes", &self.tx_bytes)
            .field("protocol_version", &self.protocol_version)
            .field("allowed_ips", &self.allowed_ips)
            .finish()
    }
}

/// A secret key as `Debug` shows it: `(hidden)` when set.
pub(crate) fn hidden(k: &Option<Key>) -> Option<&'static str> {
    k.map(|_| "(hidden)")
}

fn bad(context: &'static str) -> DecodeError {
    DecodeError::new(context, 0, DecodeErrorKind::BadValue)
}

/// A key attribute: exactly 32 bytes, or the error naming it.
pub(crate) fn key_of(
    bytes: Option<&[u8]>,
    context: &'static str,
) -> Result<Option<Key>, DecodeError> {
    bytes
        .map(|b| Key::from_slice(b).ok_or(bad(context)))
        .transpose()
}

/// The allowed IP of a `wgallowedip` nest (family, address of its length, prefix length).
pub(crate) fn network_of(a: &Wgallowedip) -> Result<IpNetwork, DecodeError> {
    let addr = types::ip_of(a.family, a.ipaddr.as_deref()).ok_or(bad("wireguard allowed ip"))?;
    IpNetwork::new(addr, a.cidr_mask.unwrap_or(0)).ok_or(bad("wireguard allowed ip"))
}

/// A timestamp of the kernel's (`__kernel_timespec`); zero is none.
fn time_of(sec: u64, nsec: u64) -> Option<SystemTime> {
    if sec == 0 && nsec == 0 {
        return None;
    }
    let d = Duration::from_secs(sec).checked_add(Duration::from_nanos(nsec))?;
    UNIX_EPOCH.checked_add(d)
}

impl Peer {
    /// The peer a `wgpeer` nest of a reply describes (one without a valid public key is
    /// [`DecodeErrorKind::BadValue`]).
    pub fn from_attrs(p: &Wgpeer) -> Result<Peer, DecodeError> {
        let public_key = key_of(p.public_key.as_deref(), "wireguard peer public key")?
            .ok_or(bad("wireguard peer public key"))?;
        let preshared_key =
            key_of(p.preshared_key.as_deref(), "wireguard preshared key")?.filter(|k| !k.is_zero());
        let allowed_ips = p
            .allowedips
            .iter()
            .flatten()
            .map(|(_, a)| network_of(a))
            .collect::<Result<_, _>>()?;
        Ok(Peer {
            public_key,
            preshared_key,
            endpoint: p.endpoint.as_deref().and_then(types::endpoint_of),
            persistent_keepalive_interval: p.persistent_keepalive_interval.unwrap_or(0),
            last_handshake: p
                .last_handshake_time
                .as_ref()
                .and_then(|t| time_of(t.sec, t.nsec)),
            rx_bytes: p.rx_bytes.unwrap_or(0),
            tx_bytes: p.tx_bytes.unwrap_or(0),
            protocol_version: p.protocol_version,
            allowed_ips,
        })
    }
}

impl Device {
    /// The device the first message of a `WG_CMD_GET_DEVICE` dump describes, with the
    /// peers of that message.
    pub fn from_attrs(d: &Wgdevice) -> Result<Device, DecodeError> {
        Ok(Device {
            ifindex: d.ifindex.unwrap_or(0),
            name: d.ifname.clone().unwrap_or_default(),
            private_key: key_of(d.private_key.as_deref(), "wireguard private key")?
                .filter(|k| !k.is_zero()),
            public_key: key_of(d.public_key.as_deref(), "wireguard public key")?
                .filter(|k| !k.is_zero()),
            listen_port: d.listen_port.unwrap_or(0),
            fwmark: d.fwmark.unwrap_or(0),
            peers: peers_of(d)?,
        })
    }

    /// Adds the peers of a following message of the dump: its first peer continues the
    /// last one when it has the same public key (its allowed IPs are appended).
    pub fn merge(&mut self, next: &Wgdevice) -> Result<(), DecodeError> {
        for (i, peer) in peers_of(next)?.into_iter().enumerate() {
            match self.peers.last_mut() {
                Some(last) if i == 0 && last.public_key == peer.public_key => {
                    last.allowed_ips.extend(peer.allowed_ips);
                }
                _ => self.peers.push(peer),
            }
        }
        Ok(())
    }

    /// The device the messages of one `WG_CMD_GET_DEVICE` dump describe, merged (none for
    /// no message).
    pub fn from_messages<'a>(
        messages: impl IntoIterator<Item = &'a Wgdevice>,
    ) -> Result<Option<Device>, DecodeError> {
        let mut device: Option<Device> = None;
        for m in messages {
            match &mut device {
                None => device = Some(Device::from_attrs(m)?),
                Some(d) => d.merge(m)?,
            }
        }
        Ok(device)
    }
}

fn peers_of(d: &Wgdevice) -> Result<Vec<Peer>, DecodeError> {
    d.peers
        .iter()
        .flatten()
        .map(|(_, p)| Peer::from_attrs(p))
        .collect()
}

/// The device `device`, with all its peers (`WG_CMD_GET_DEVICE`, dumped; the messages are
/// merged). A device that is not WireGuard's, or none, is the kernel's error (`ENODEV`,
/// `EOPNOTSUPP`). Every message of the dump is read even when one fails to decode; the
/// first error is returned.
pub fn get_device(
    conn: &mut Conn,
    families: &Families,
    device: &DeviceKey,
) -> Result<Device, Error> {
    let (ifindex, ifname) = device.attrs();
    let request = GetDeviceDumpRequest {
        ifindex,
        ifname,
        ..Default::default()
    };
    let mut parts = Vec::new();
    let mut first_error = None;
    for part in ops::dump(conn, families, &request)? {
        match part {
            Ok(p) => parts.push(p),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    if let Some(e) = first_error {
        return Err(e);
    }
    Device::from_messages(&parts)?.ok_or(Error::Decode(bad("wireguard device (no message)")))
}

/// Applies `config` (`WG_CMD_SET_DEVICE`), in as many messages as it needs under
/// [`DEFAULT_BUDGET`] bytes each (see [`DeviceConfig::requests_within`]); returns the ACK of
/// each. A failure stops at the message that failed: what the messages before it set
/// stays set.
pub fn set_device(
    conn: &mut Conn,
    families: &Families,
    config: &DeviceConfig,
) -> Result<Vec<Ack>, Error> {
    set_device_within(conn, families, config, DEFAULT_BUDGET)
}

/// The same as [`set_device`] with messages of at most `budget` bytes (at least
/// [`MIN_BUDGET`]).
pub fn set_device_within(
    conn: &mut Conn,
    families: &Families,
    config: &DeviceConfig,
    budget: usize,
) -> Result<Vec<Ack>, Error> {
    config
        .requests_within(budget)
        .iter()
        .map(|r| ops::execute(conn, families, r))
        .collect()
}

#[cfg(test)]
mod tests;
