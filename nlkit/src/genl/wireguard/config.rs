//! What `WG_CMD_SET_DEVICE` changes ([`DeviceConfig`], [`PeerConfig`], [`AllowedIp`]), and
//! its split into messages under a size budget (and the merge back, for checking).

use super::types::{endpoint_bytes, endpoint_of, ip_bytes, IpNetwork, Key};
use super::{bad, hidden, key_of, network_of, DeviceKey};
use crate::wire::attr::NLA_F_NESTED;
use crate::wire::{AttributeSet, DecodeError, Flags, MessageBuilder};
use crate::ynl::wireguard::{
    SetDeviceRequest, Wgallowedip, WgallowedipFlags, WgdeviceFlags, Wgpeer, WgpeerFlags,
};
use std::net::SocketAddr;

/// The size the messages of [`DeviceConfig::requests`] stay under: a page, what `wg` and
/// libmnl's buffers hold (`MNL_SOCKET_BUFFER_SIZE` on 4 KiB pages).
pub const DEFAULT_BUDGET: usize = 4096;

/// The smallest budget [`DeviceConfig::requests_within`] uses (a smaller one is raised to
/// it): room for the device's attributes and one peer with every attribute and an allowed
/// IP, so that every piece fits in some message.
pub const MIN_BUDGET: usize = 512;

/// An allowed IP to add (or, with `WGALLOWEDIP_F_REMOVE_ME`, to remove).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AllowedIp {
    /// The network.
    pub network: IpNetwork,
    /// `WGALLOWEDIP_F_REMOVE_ME` (kernels since 6.14) or none.
    pub flags: WgallowedipFlags,
}

impl From<IpNetwork> for AllowedIp {
    fn from(network: IpNetwork) -> AllowedIp {
        AllowedIp {
            network,
            flags: WgallowedipFlags::EMPTY,
        }
    }
}

impl std::str::FromStr for AllowedIp {
    type Err = super::ParseError;
    fn from_str(s: &str) -> Result<AllowedIp, super::ParseError> {
        s.parse::<IpNetwork>().map(AllowedIp::from)
    }
}

/// A change to one peer (identified by its public key; `Debug` shows the preshared key as
/// `(hidden)`).
#[derive(Clone, PartialEq, Eq)]
pub struct PeerConfig {
    /// The peer's public key.
    pub public_key: Key,
    /// `REMOVE_ME`, `REPLACE_ALLOWEDIPS`, `UPDATE_ONLY`.
    pub flags: WgpeerFlags,
    /// The preshared key to set ([`Key::ZERO`] removes it).
    pub preshared_key: Option<Key>,
    /// The endpoint to set.
    pub endpoint: Option<SocketAddr>,
    /// The persistent keepalive interval in seconds (0 turns it off).
    pub persistent_keepalive_interval: Option<u16>,
    /// The protocol version (leave unset: the kernel uses the newest, 1).
    pub protocol_version: Option<u32>,
    /// Allowed IPs to add (or remove), after the current ones (all removed first with
    /// `REPLACE_ALLOWEDIPS`).
    pub allowed_ips: Vec<AllowedIp>,
}

impl PeerConfig {
    /// A change to the peer `public_key` that changes nothing yet (adds it if missing).
    pub fn new(public_key: Key) -> PeerConfig {
        PeerConfig {
            public_key,
            flags: WgpeerFlags::EMPTY,
            preshared_key: None,
            endpoint: None,
            persistent_keepalive_interval: None,
            protocol_version: None,
            allowed_ips: Vec::new(),
        }
    }

    /// The peer's attributes without its allowed IPs (what the first fragment carries).
    fn head(&self) -> Wgpeer {
        Wgpeer {
            public_key: Some(self.public_key.0.to_vec()),
            flags: (!self.flags.is_empty()).then_some(self.flags),
            preshared_key: self.preshared_key.map(|k| k.0.to_vec()),
            endpoint: self.endpoint.map(endpoint_bytes),
            persistent_keepalive_interval: self.persistent_keepalive_interval,
            protocol_version: self.protocol_version,
            ..Wgpeer::default()
        }
    }

    /// What a later fragment of the peer starts with: its public key, and flags that
    /// neither replace what the first fragment set nor create a peer it did not.
    fn continuation(&self) -> Wgpeer {
        let flags = self.flags.without(WgpeerFlags::REPLACE_ALLOWEDIPS) | WgpeerFlags::UPDATE_ONLY;
        Wgpeer {
            public_key: Some(self.public_key.0.to_vec()),
            flags: Some(flags),
            ..Wgpeer::default()
        }
    }

    /// The change a `wgpeer` nest of a set request describes.
    pub fn from_attrs(p: &Wgpeer) -> Result<PeerConfig, DecodeError> {
        let public_key = key_of(p.public_key.as_deref(), "wireguard peer public key")?
            .ok_or(bad("wireguard peer public key"))?;
        let allowed_ips = p
            .allowedips
            .iter()
            .flatten()
            .map(|(_, a)| {
                Ok(AllowedIp {
                    network: network_of(a)?,
                    flags: a.flags.unwrap_or_default(),
                })
            })
            .collect::<Result<_, DecodeError>>()?;
        Ok(PeerConfig {
            public_key,
            flags: p.flags.unwrap_or_default(),
            preshared_key: key_of(p.preshared_key.as_deref(), "wireguard preshared key")?,
            endpoint: p.endpoint.as_deref().and_then(endpoint_of),
            persistent_keepalive_interval: p.persistent_keepalive_interval,
            protocol_version: p.protocol_version,
            allowed_ips,
        })
    }
}

impl std::fmt::Debug for PeerConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PeerConfig")
            .field("public_key", &self.public_key)
            .field("flags", &self.flags)
            .field("preshared_key", &hidden(&self.preshared_key))
            .field("endpoint", &self.endpoint)
            .field(
                "persistent_keepalive_interval",
                &self.persistent_keepalive_interval,
            )
            .field("protocol_version", &self.protocol_version)
            .field("allowed_ips", &self.allowed_ips)
            .finish()
    }
}

impl std::fmt::Debug for DeviceConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceConfig")
            .field("device", &self.device)
            .field("flags", &self.flags)
            .field("private_key", &hidden(&self.private_key))
            .field("listen_port", &self.listen_port)
            .field("fwmark", &self.fwmark)
            .field("peers", &self.peers)
            .finish()
    }
}

fn allowed_ip_attrs(a: &AllowedIp) -> Wgallowedip {
    let (family, addr) = ip_bytes(a.network.addr);
    Wgallowedip {
        family: Some(family),
        ipaddr: Some(addr),
        cidr_mask: Some(a.network.prefix_len),
        flags: (!a.flags.is_empty()).then_some(a.flags),
        ..Wgallowedip::default()
    }
}

/// A change to a device: what is set is changed, the rest left as it is (`Debug` shows the
/// private key as `(hidden)`).
#[derive(Clone, PartialEq, Eq)]
pub struct DeviceConfig {
    /// The device.
    pub device: DeviceKey,
    /// `REPLACE_PEERS`: remove every peer first.
    pub flags: WgdeviceFlags,
    /// The private key to set ([`Key::ZERO`] removes it).
    pub private_key: Option<Key>,
    /// The UDP port to listen on (0: the kernel picks one).
    pub listen_port: Option<u16>,
    /// The firewall mark (0 turns it off).
    pub fwmark: Option<u32>,
    /// Peers to add, change or remove.
    pub peers: Vec<PeerConfig>,
}

impl DeviceConfig {
    /// A change to `device` that changes nothing yet.
    pub fn new(device: DeviceKey) -> DeviceConfig {
        DeviceConfig {
            device,
            flags: WgdeviceFlags::EMPTY,
            private_key: None,
            listen_port: None,
            fwmark: None,
            peers: Vec::new(),
        }
    }

    /// The requests that apply the change, each under [`DEFAULT_BUDGET`] bytes.
    pub fn requests(&self) -> Vec<SetDeviceRequest> {
        self.requests_within(DEFAULT_BUDGET)
    }

    /// The requests that apply the change, each a message of at most `budget` bytes
    /// (raised to [`MIN_BUDGET`]), as the uapi header asks: the first one carries the
    /// device's attributes and flags (`REPLACE_PEERS`), the others only the device's name
    /// or index and more peers; a peer whose allowed IPs go on in the next message is
    /// repeated there with its public key, `UPDATE_ONLY` (and its `REMOVE_ME`), without
    /// `REPLACE_ALLOWEDIPS` or its other attributes. Always at least one request.
    pub fn requests_within(&self, budget: usize) -> Vec<SetDeviceRequest> {
        let (ifindex, ifname) = self.device.attrs();
        let first = SetDeviceRequest {
            ifindex,
            ifname: ifname.clone(),
            flags: (!self.flags.is_empty()).then_some(self.flags),
            private_key: self.private_key.map(|k| k.0.to_vec()),
            listen_port: self.listen_port,
            fwmark: self.fwmark,
            ..SetDeviceRequest::default()
        };
        let next = SetDeviceRequest {
            ifindex,
            ifname,
            ..SetDeviceRequest::default()
        };
        let mut s = Splitter::new(budget.max(MIN_BUDGET), first, next);
        for peer in &self.peers {
            s.push_peer(peer);
        }
        s.finish()
    }

    /// The change a sequence of set requests makes, merged as [`requests_within`] split
    /// it: the device's attributes from the first, the peers of all, a peer at the start
    /// of a request with the public key of the last one before it continued (its allowed
    /// IPs appended). None for no request.
    ///
    /// [`requests_within`]: DeviceConfig::requests_within
    pub fn from_requests(
        requests: &[SetDeviceRequest],
    ) -> Result<Option<DeviceConfig>, DecodeError> {
        let Some(first) = requests.first() else {
            return Ok(None);
        };
        let device = match (first.ifindex, &first.ifname) {
            (Some(i), _) => DeviceKey::Index(i),
            (None, Some(n)) => DeviceKey::Name(n.clone()),
            (None, None) => return Err(bad("wireguard device (no name or index)")),
        };
        let mut config = DeviceConfig {
            device,
            flags: first.flags.unwrap_or_default(),
            private_key: key_of(first.private_key.as_deref(), "wireguard private key")?,
            listen_port: first.listen_port,
            fwmark: first.fwmark,
            peers: Vec::new(),
        };
        for r in requests {
            for (i, (_, p)) in r.peers.iter().flatten().enumerate() {
                let peer = PeerConfig::from_attrs(p)?;
                match config.peers.last_mut() {
                    Some(last) if i == 0 && last.public_key == peer.public_key => {
                        last.allowed_ips.extend(peer.allowed_ips);
                    }
                    _ => config.peers.push(peer),
                }
            }
        }
        Ok(Some(config))
    }
}

/// The length of what `f` appends to a message.
fn len_of(f: impl FnOnce(&mut MessageBuilder)) -> usize {
    let mut b = MessageBuilder::new(0, Flags::NONE);
    f(&mut b);
    b.bytes()
        .map_or(usize::MAX / 4, |b| b.len() - crate::wire::nlmsg::HEADER_LEN)
}

/// The length of a nest holding the set `s`.
fn nest_len<S: AttributeSet>(s: &S) -> usize {
    len_of(|b| {
        let n = b.nest_start_flags(NLA_F_NESTED);
        s.write_attrs(b);
        b.nest_end(n);
    })
}

/// The length of a whole set request (`nlmsghdr`, `genlmsghdr`, attributes).
fn request_len(r: &SetDeviceRequest) -> usize {
    crate::wire::nlmsg::HEADER_LEN
        + super::super::GENL_HDRLEN
        + len_of(|b| {
            r.write_attrs(b);
        })
}

/// An empty nest's header (`WGDEVICE_A_PEERS`, `WGPEER_A_ALLOWEDIPS`).
const NEST_HEADER: usize = 4;

/// Fills set requests peer by peer under a budget.
struct Splitter {
    budget: usize,
    next: SetDeviceRequest,
    out: Vec<SetDeviceRequest>,
    current: SetDeviceRequest,
    used: usize,
}

impl Splitter {
    fn new(budget: usize, first: SetDeviceRequest, next: SetDeviceRequest) -> Splitter {
        let used = request_len(&first);
        Splitter {
            budget,
            next,
            out: Vec::new(),
            current: first,
            used,
        }
    }

    fn has_peers(&self) -> bool {
        self.current.peers.as_ref().is_some_and(|p| !p.is_empty())
    }

    /// The bytes left in the current request for one more peer nest.
    fn room(&self) -> Option<usize> {
        let peers_header = if self.current.peers.is_none() {
            NEST_HEADER
        } else {
            0
        };
        self.budget.checked_sub(self.used + peers_header)
    }

    fn flush(&mut self) {
        let next = std::mem::replace(&mut self.current, self.next.clone());
        self.out.push(next);
        self.used = request_len(&self.current);
    }

    fn add(&mut self, peer: Wgpeer, len: usize) {
        if self.current.peers.is_none() {
            self.used += NEST_HEADER;
        }
        self.current
            .peers
            .get_or_insert_with(Vec::new)
            .push((NLA_F_NESTED, peer));
        self.used += len;
    }

    /// Adds `peer`, in as many fragments as its allowed IPs need.
    fn push_peer(&mut self, peer: &PeerConfig) {
        let ips: Vec<Wgallowedip> = peer.allowed_ips.iter().map(allowed_ip_attrs).collect();
        let lens: Vec<usize> = ips.iter().map(nest_len).collect();
        let mut done = 0;
        let mut first = true;
        loop {
            let mut head = if first {
                peer.head()
            } else {
                peer.continuation()
            };
            let head_len = nest_len(&head);
            let rest = &lens[done..];
            let fitting = self
                .room()
                .and_then(|r| r.checked_sub(head_len))
                .map(|r| fitting(rest, r));
            let n = match fitting {
                Some(n) if n > 0 || rest.is_empty() => n,
                _ if self.has_peers() => {
                    self.flush();
                    continue;
                }
                // A fresh request that cannot hold the head and one allowed IP: only for
                // budgets under what any peer needs; send it anyway (the kernel decides).
                _ => rest.len().min(1),
            };
            let mut len = head_len;
            if n > 0 {
                let chunk = &ips[done..done + n];
                head.allowedips = Some(chunk.iter().map(|a| (NLA_F_NESTED, a.clone())).collect());
                len += NEST_HEADER + rest[..n].iter().sum::<usize>();
            }
            self.add(head, len);
            done += n;
            first = false;
            if done == ips.len() {
                return;
            }
            self.flush();
        }
    }

    fn finish(mut self) -> Vec<SetDeviceRequest> {
        self.out.push(self.current);
        self.out
    }
}

/// How many of the leading allowed IPs of lengths `lens` fit, with their nest header, in
/// `room` bytes.
fn fitting(lens: &[usize], room: usize) -> usize {
    let Some(mut room) = room.checked_sub(NEST_HEADER) else {
        return 0;
    };
    let mut n = 0;
    for &l in lens {
        match room.checked_sub(l) {
            Some(r) => {
                room = r;
                n += 1;
            }
            None => break,
        }
    }
    n
}
