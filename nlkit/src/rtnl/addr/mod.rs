//! Addresses: `struct ifaddrmsg` and the `IFA_*` attributes (linux/if_addr.h), dumps with
//! filters, changes ([`apply`] with an [`AddressChange`]) and [`flush`].
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::addr::{self, AddressFilter};
//! use nlkit::sys::Protocol;
//! let mut conn = Conn::new(Protocol::Route)?;
//! for a in addr::dump(&mut conn, &AddressFilter { interface: Some(1), ..Default::default() })? {
//!     let a = a?;
//!     println!("{:?}/{} label {:?}", a.local.or(a.address), a.header.prefix_len, a.label);
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

#[cfg(test)]
mod tests;

use super::message_type::{RTM_DELADDR, RTM_GETADDR, RTM_NEWADDR};
use super::{emit_raw, keep, raw, Malformed, RawAttribute};
use crate::engine::{Ack, Conn, Error};
use crate::wire::{AttrIter, DecodeError, DecodeErrorKind, Flags, MessageBuilder, MessageView};
use std::net::IpAddr;

/// Address attribute ids and flags of linux/if_addr.h.
pub mod attrs {
    #![allow(missing_docs)]
    pub const IFA_ADDRESS: u16 = 1;
    pub const IFA_LOCAL: u16 = 2;
    pub const IFA_LABEL: u16 = 3;
    pub const IFA_BROADCAST: u16 = 4;
    pub const IFA_ANYCAST: u16 = 5;
    pub const IFA_CACHEINFO: u16 = 6;
    pub const IFA_MULTICAST: u16 = 7;
    pub const IFA_FLAGS: u16 = 8;
    pub const IFA_RT_PRIORITY: u16 = 9;
    pub const IFA_TARGET_NETNSID: u16 = 10;
    pub const IFA_PROTO: u16 = 11;

    pub const IFA_F_SECONDARY: u32 = 0x01;
    pub const IFA_F_NODAD: u32 = 0x02;
    pub const IFA_F_OPTIMISTIC: u32 = 0x04;
    pub const IFA_F_DADFAILED: u32 = 0x08;
    pub const IFA_F_HOMEADDRESS: u32 = 0x10;
    pub const IFA_F_DEPRECATED: u32 = 0x20;
    pub const IFA_F_TENTATIVE: u32 = 0x40;
    pub const IFA_F_PERMANENT: u32 = 0x80;
    pub const IFA_F_MANAGETEMPADDR: u32 = 0x100;
    pub const IFA_F_NOPREFIXROUTE: u32 = 0x200;
    pub const IFA_F_MCAUTOJOIN: u32 = 0x400;
    pub const IFA_F_STABLE_PRIVACY: u32 = 0x800;

    /// `struct ifaddrmsg` size.
    pub const IFADDRMSG_LEN: usize = 8;
    /// `struct ifa_cacheinfo` size.
    pub const CACHEINFO_LEN: usize = 16;
    /// The lifetime value meaning "forever".
    pub const INFINITY_LIFE_TIME: u32 = 0xffff_ffff;
}

use attrs::*;

/// `struct ifaddrmsg`: the fixed header of an address message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AddressHeader {
    /// `ifa_family`.
    pub family: u8,
    /// `ifa_prefixlen`.
    pub prefix_len: u8,
    /// `ifa_flags`: the low 8 bits of the flags (see [`Address::flags`]).
    pub flags: u8,
    /// `ifa_scope` (`RT_SCOPE_*`).
    pub scope: u8,
    /// `ifa_index`: the device.
    pub index: u32,
}

impl AddressHeader {
    /// Reads the 8-byte header.
    pub fn parse(b: &[u8]) -> Result<AddressHeader, DecodeError> {
        let h = b.get(..IFADDRMSG_LEN).ok_or(DecodeError::new(
            "ifaddrmsg",
            16,
            DecodeErrorKind::Truncated {
                needed: IFADDRMSG_LEN,
                available: b.len(),
            },
        ))?;
        Ok(AddressHeader {
            family: h[0],
            prefix_len: h[1],
            flags: h[2],
            scope: h[3],
            index: u32::from_ne_bytes([h[4], h[5], h[6], h[7]]),
        })
    }

    /// The 8 bytes of the header.
    pub fn to_bytes(&self) -> [u8; IFADDRMSG_LEN] {
        let i = self.index.to_ne_bytes();
        [
            self.family,
            self.prefix_len,
            self.flags,
            self.scope,
            i[0],
            i[1],
            i[2],
            i[3],
        ]
    }
}

/// `IFA_CACHEINFO` (`struct ifa_cacheinfo`): lifetimes in seconds, timestamps in
/// hundredths of a second since boot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AddressCacheInfo {
    /// `ifa_prefered`: preferred lifetime left ([`INFINITY_LIFE_TIME`]: forever).
    pub preferred: u32,
    /// `ifa_valid`: valid lifetime left ([`INFINITY_LIFE_TIME`]: forever).
    pub valid: u32,
    /// `cstamp`: created.
    pub created: u32,
    /// `tstamp`: last updated.
    pub updated: u32,
}

impl AddressCacheInfo {
    fn from_words(w: [u32; 4]) -> AddressCacheInfo {
        AddressCacheInfo {
            preferred: w[0],
            valid: w[1],
            created: w[2],
            updated: w[3],
        }
    }

    fn words(self) -> [u32; 4] {
        [self.preferred, self.valid, self.created, self.updated]
    }
}

/// An address: header and every attribute, parsed leniently.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Address {
    /// `struct ifaddrmsg`.
    pub header: AddressHeader,
    /// `IFA_ADDRESS`: the prefix address (the peer on point-to-point links).
    pub address: Option<IpAddr>,
    /// `IFA_LOCAL`: the local address.
    pub local: Option<IpAddr>,
    /// `IFA_LABEL`.
    pub label: Option<String>,
    /// `IFA_BROADCAST`.
    pub broadcast: Option<IpAddr>,
    /// `IFA_ANYCAST`.
    pub anycast: Option<IpAddr>,
    /// `IFA_CACHEINFO`.
    pub cache_info: Option<AddressCacheInfo>,
    /// `IFA_MULTICAST`.
    pub multicast: Option<IpAddr>,
    /// `IFA_FLAGS`: all 32 bits of the flags.
    pub flags_ext: Option<u32>,
    /// `IFA_RT_PRIORITY`: the metric of the prefix route.
    pub route_priority: Option<u32>,
    /// `IFA_TARGET_NETNSID`.
    pub target_netnsid: Option<i32>,
    /// `IFA_PROTO`: who added the address.
    pub protocol: Option<u8>,
    /// Attributes nlkit does not model.
    pub unknown: Vec<RawAttribute>,
    /// Known attributes that were malformed.
    pub malformed: Vec<Malformed>,
}

impl Address {
    /// Parses the payload of an `RTM_NEWADDR`/`RTM_DELADDR` message.
    pub fn parse(payload: &[u8]) -> Result<Address, DecodeError> {
        let mut a = Address {
            header: AddressHeader::parse(payload)?,
            ..Default::default()
        };
        for x in AttrIter::new(payload.get(IFADDRMSG_LEN..).unwrap_or(&[])) {
            let x = x.map_err(|e| e.at(16 + IFADDRMSG_LEN))?;
            let k = x.kind();
            let m = &mut a.malformed;
            match k {
                IFA_ADDRESS => a.address = keep(m, k, x.ip()),
                IFA_LOCAL => a.local = keep(m, k, x.ip()),
                IFA_LABEL => a.label = keep(m, k, x.string().map(str::to_owned)),
                IFA_BROADCAST => a.broadcast = keep(m, k, x.ip()),
                IFA_ANYCAST => a.anycast = keep(m, k, x.ip()),
                IFA_CACHEINFO => {
                    a.cache_info = keep(m, k, x.u32_array_ne().map(AddressCacheInfo::from_words))
                }
                IFA_MULTICAST => a.multicast = keep(m, k, x.ip()),
                IFA_FLAGS => a.flags_ext = keep(m, k, x.u32_ne()),
                IFA_RT_PRIORITY => a.route_priority = keep(m, k, x.u32_ne()),
                IFA_TARGET_NETNSID => a.target_netnsid = keep(m, k, x.i32_ne()),
                IFA_PROTO => a.protocol = keep(m, k, x.u8()),
                _ => a.unknown.push(raw(&x)),
            }
        }
        Ok(a)
    }

    /// Parses a whole address message (checks it is `RTM_NEWADDR` or `RTM_DELADDR`).
    pub fn from_message(msg: &MessageView<&[u8]>) -> Result<Address, DecodeError> {
        match msg.message_type() {
            RTM_NEWADDR | RTM_DELADDR => Address::parse(msg.payload()),
            _ => Err(DecodeError::new(
                "address message",
                4,
                DecodeErrorKind::BadValue,
            )),
        }
    }

    /// All 32 flag bits: `IFA_FLAGS` when present, else the header's 8.
    pub fn flags(&self) -> u32 {
        self.flags_ext.unwrap_or(u32::from(self.header.flags))
    }

    /// Appends the header and attributes in the order the kernel uses for the family (so a
    /// dumped address emits to the same bytes).
    pub fn emit(&self, b: &mut MessageBuilder) {
        b.push_bytes(&self.header.to_bytes());
        let ipv6 = self.header.family == super::family::AF_INET6;
        if let Some(v) = self.address {
            b.attr_ip(IFA_ADDRESS, v);
        }
        if let Some(v) = self.local {
            b.attr_ip(IFA_LOCAL, v);
        }
        if let Some(v) = self.broadcast {
            b.attr_ip(IFA_BROADCAST, v);
        }
        if let Some(v) = &self.label {
            b.attr_str(IFA_LABEL, v);
        }
        if let Some(v) = self.anycast {
            b.attr_ip(IFA_ANYCAST, v);
        }
        if let Some(v) = self.multicast {
            b.attr_ip(IFA_MULTICAST, v);
        }
        if let Some(v) = self.target_netnsid {
            b.attr_i32_ne(IFA_TARGET_NETNSID, v);
        }
        if ipv6 {
            if let Some(v) = self.route_priority {
                b.attr_u32_ne(IFA_RT_PRIORITY, v);
            }
            if let Some(v) = self.cache_info {
                b.attr_u32_array_ne(IFA_CACHEINFO, &v.words());
            }
            if let Some(v) = self.flags_ext {
                b.attr_u32_ne(IFA_FLAGS, v);
            }
            if let Some(v) = self.protocol {
                b.attr_u8(IFA_PROTO, v);
            }
        } else {
            if let Some(v) = self.protocol {
                b.attr_u8(IFA_PROTO, v);
            }
            if let Some(v) = self.flags_ext {
                b.attr_u32_ne(IFA_FLAGS, v);
            }
            if let Some(v) = self.route_priority {
                b.attr_u32_ne(IFA_RT_PRIORITY, v);
            }
            if let Some(v) = self.cache_info {
                b.attr_u32_array_ne(IFA_CACHEINFO, &v.words());
            }
        }
        emit_raw(b, &self.unknown);
    }
}

/// What an address change does: the request's message type and flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressChange {
    /// Add; the kernel refuses an address that exists (`ip address add`).
    Add,
    /// Add, or update the address when it exists (`ip address replace`).
    Replace,
    /// Update an existing address (`ip address change`).
    Change,
    /// Delete (`ip address del`).
    Delete,
}

impl AddressChange {
    /// `RTM_NEWADDR` or `RTM_DELADDR`.
    pub fn message_type(self) -> u16 {
        match self {
            AddressChange::Delete => RTM_DELADDR,
            _ => RTM_NEWADDR,
        }
    }

    /// The request flags (without `NLM_F_REQUEST`/`NLM_F_ACK`, which the engine adds).
    pub fn flags(self) -> Flags {
        match self {
            AddressChange::Add => Flags::CREATE | Flags::EXCL,
            AddressChange::Replace => Flags::CREATE | Flags::REPLACE,
            AddressChange::Change => Flags::REPLACE,
            AddressChange::Delete => Flags::NONE,
        }
    }
}

impl Address {
    /// An address `local/prefix_len` on interface `index`, as `ip address add` sends it:
    /// `IFA_LOCAL` and `IFA_ADDRESS` both `local`, scope host for IPv4 loopback addresses
    /// (127/8) and global otherwise. Set [`peer`](Address::address), broadcast, label,
    /// lifetimes and flags on the result as needed.
    ///
    /// ```no_run
    /// use nlkit::engine::Conn;
    /// use nlkit::rtnl::addr::{self, Address, AddressChange};
    /// use nlkit::sys::Protocol;
    /// let mut conn = Conn::new(Protocol::Route)?;
    /// let mut a = Address::new(2, "10.0.0.1".parse().unwrap(), 24);
    /// a.set_broadcast_from_prefix(true); // `brd +`
    /// a.label = Some("eth0:1".into());
    /// addr::apply(&mut conn, &a, AddressChange::Add)?;
    /// # Ok::<(), nlkit::engine::Error>(())
    /// ```
    pub fn new(index: u32, local: IpAddr, prefix_len: u8) -> Address {
        let (family, scope) = match local {
            IpAddr::V4(v) if v.octets()[0] == 127 => (super::family::AF_INET, 254),
            IpAddr::V4(_) => (super::family::AF_INET, 0),
            IpAddr::V6(_) => (super::family::AF_INET6, 0),
        };
        Address {
            header: AddressHeader {
                family,
                prefix_len,
                scope,
                index,
                ..Default::default()
            },
            address: Some(local),
            local: Some(local),
            ..Default::default()
        }
    }

    /// Sets all 32 flag bits as `ip` sends them: in the header when they fit in 8 bits, else
    /// in `IFA_FLAGS` (which older kernels ignore).
    pub fn set_flags(&mut self, flags: u32) {
        if let Ok(small) = u8::try_from(flags) {
            self.header.flags = small;
            self.flags_ext = None;
        } else {
            self.header.flags = 0;
            self.flags_ext = Some(flags);
        }
    }

    /// Sets the IPv4 broadcast address from the prefix (`ip`'s `brd +` when `ones`, `brd -`
    /// otherwise): the host part all ones or all zeros. Prefixes longer than /30 have no
    /// broadcast address and are left without one.
    pub fn set_broadcast_from_prefix(&mut self, ones: bool) {
        let Some(IpAddr::V4(base)) = self.address.or(self.local) else {
            return;
        };
        let len = u32::from(self.header.prefix_len);
        if len > 30 {
            return;
        }
        let host = u32::MAX.checked_shr(len).unwrap_or(0);
        let v = u32::from(base);
        let b = if ones { v | host } else { v & !host };
        self.broadcast = Some(IpAddr::V4(b.into()));
    }

    /// Sets the valid and preferred lifetimes in seconds ([`INFINITY_LIFE_TIME`]: forever).
    pub fn set_lifetimes(&mut self, valid: u32, preferred: u32) {
        self.cache_info = Some(AddressCacheInfo {
            preferred,
            valid,
            ..Default::default()
        });
    }

    /// The request that applies `change` to this address.
    pub fn request(&self, change: AddressChange) -> MessageBuilder {
        let mut b = MessageBuilder::new(change.message_type(), change.flags());
        self.emit(&mut b);
        b
    }
}

/// Applies `change` to `address` and waits for the kernel's answer: the ACK (with any
/// extended-ACK warning) or the kernel's error with its text.
pub fn apply(conn: &mut Conn, address: &Address, change: AddressChange) -> Result<Ack, Error> {
    conn.execute(&address.request(change))
}

/// Deletes every address that matches `filter` and `keep`, in rounds (dump, delete
/// pipelined) until a dump finds none or `max_rounds` rounds have run; returns how many
/// were deleted in each round. Deleting an IPv4 primary address also removes its
/// secondaries (unless `promote_secondaries` is set), so their own deletions finding
/// nothing is not an error. The deletions go over a second connection `deleter` so the dump
/// on `conn` streams.
pub fn flush(
    conn: &mut Conn,
    deleter: &mut Conn,
    filter: &AddressFilter,
    max_rounds: usize,
    mut keep: impl FnMut(&Address) -> bool,
) -> Result<Vec<usize>, Error> {
    let mut rounds = Vec::new();
    while rounds.len() < max_rounds {
        let mut deleted = 0;
        let mut failure = None;
        let mut p = deleter.pipeline();
        for a in dump(conn, filter)? {
            let a = a?;
            if !keep(&a) {
                continue;
            }
            p.push_with(RTM_DELADDR, Flags::NONE, |b| a.emit(b));
            deleted += 1;
            while let Some(done) = p.pop_result() {
                note_failure(&mut failure, done.result);
            }
        }
        p.finish();
        while let Some(done) = p.pop_result() {
            note_failure(&mut failure, done.result);
        }
        if let Some(e) = failure {
            return Err(e);
        }
        if deleted == 0 {
            break;
        }
        rounds.push(deleted);
    }
    Ok(rounds)
}

/// Keeps the first failure of a flush; an address already gone is not one.
fn note_failure(failure: &mut Option<Error>, result: Result<Ack, Error>) {
    if let Err(e) = result {
        let gone = e.errno() == Some(crate::sys::errno::EADDRNOTAVAIL)
            || e.errno() == Some(crate::sys::errno::ENOENT);
        if !gone && failure.is_none() {
            *failure = Some(e);
        }
    }
}

/// What an address dump selects. The device travels in the request (strict checking
/// filters by `ifa_index`); every filter is also applied here.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddressFilter {
    /// `AF_INET`, `AF_INET6` (`None`: both).
    pub family: Option<u8>,
    /// Only addresses of this device.
    pub interface: Option<u32>,
    /// Only this scope.
    pub scope: Option<u8>,
    /// Only this label (IPv4).
    pub label: Option<String>,
}

impl AddressFilter {
    /// True when `a` passes the filter.
    pub fn matches(&self, a: &Address) -> bool {
        self.family.is_none_or(|f| f == a.header.family)
            && self.interface.is_none_or(|i| i == a.header.index)
            && self.scope.is_none_or(|s| s == a.header.scope)
            && self
                .label
                .as_ref()
                .is_none_or(|l| a.label.as_ref() == Some(l))
    }

    /// The dump request carrying the filters the kernel can apply.
    pub fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETADDR, Flags::NONE);
        let h = AddressHeader {
            family: self.family.unwrap_or(0),
            index: self.interface.unwrap_or(0),
            ..Default::default()
        };
        b.push_bytes(&h.to_bytes());
        b
    }
}

/// Dumps addresses matching `filter`, streaming.
pub fn dump<'c>(
    conn: &'c mut Conn,
    filter: &AddressFilter,
) -> Result<impl Iterator<Item = Result<Address, Error>> + 'c, Error> {
    let filter = filter.clone();
    let dump = conn.dump(&filter.request())?;
    Ok(dump
        .decode(|m| Address::from_message(&m))
        .filter(move |a| a.as_ref().map_or(true, |a| filter.matches(a))))
}
