//! Addresses: `struct ifaddrmsg` and the `IFA_*` attributes (linux/if_addr.h).
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::rtnl::{self, addr::{Address, AddressFilter}, Verb};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Route)?;
//! for a in rtnl::dump(&mut conn, &AddressFilter { index: Some(1), ..Default::default() })? {
//!     let a = a?;
//!     println!("{:?}/{} label {:?}", a.local.or(a.address), a.prefix_len, a.label);
//! }
//! // ip address add 10.0.0.1/24 brd + dev <index 2> label eth0:1
//! let mut a = Address::new(2, "10.0.0.1".parse().unwrap(), 24);
//! a.set_broadcast_from_prefix(true);
//! a.label = Some("eth0:1".into());
//! rtnl::apply(&mut conn, &a, Verb::Add)?;
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

#[cfg(test)]
mod tests;

use super::message_type::{RTM_DELADDR, RTM_GETADDR, RTM_NEWADDR};
use super::object::{AnyObject, Filter, Kind, Object};
use super::{AddressFamily, Scope};
use crate::wire::rtnl::IfAddrMsg;
use crate::wire::{
    keep, DecodeError, FamilyMessage, Flags, Malformed, MessageBuilder, RawAttribute,
};
use std::net::IpAddr;

/// Address attribute ids of linux/if_addr.h.
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
}

use attrs::*;

crate::flag_set! {
    /// Address flags (`IFA_F_*`), all 32 bits.
    pub struct AddressFlags: u32 {
        /// `IFA_F_SECONDARY` (IPv6: `IFA_F_TEMPORARY`).
        const SECONDARY = 0x01;
        /// `IFA_F_NODAD`.
        const NODAD = 0x02;
        /// `IFA_F_OPTIMISTIC`.
        const OPTIMISTIC = 0x04;
        /// `IFA_F_DADFAILED`.
        const DADFAILED = 0x08;
        /// `IFA_F_HOMEADDRESS`.
        const HOMEADDRESS = 0x10;
        /// `IFA_F_DEPRECATED`.
        const DEPRECATED = 0x20;
        /// `IFA_F_TENTATIVE`.
        const TENTATIVE = 0x40;
        /// `IFA_F_PERMANENT`.
        const PERMANENT = 0x80;
        /// `IFA_F_MANAGETEMPADDR`.
        const MANAGETEMPADDR = 0x100;
        /// `IFA_F_NOPREFIXROUTE`.
        const NOPREFIXROUTE = 0x200;
        /// `IFA_F_MCAUTOJOIN`.
        const MCAUTOJOIN = 0x400;
        /// `IFA_F_STABLE_PRIVACY`.
        const STABLE_PRIVACY = 0x800;
    }
}

crate::open_enum! {
    /// Who added an address (`IFA_PROTO`, `IFAPROT_*`).
    pub enum AddressProtocol: u8 {
        /// `IFAPROT_UNSPEC`.
        Unspec = 0,
        /// `IFAPROT_KERNEL_LO`: the loopback address.
        KernelLo = 1,
        /// `IFAPROT_KERNEL_RA`: from a router advertisement.
        KernelRa = 2,
        /// `IFAPROT_KERNEL_LL`: the link-local address.
        KernelLl = 3,
    }
}

/// The lifetime value meaning "forever".
pub const INFINITY_LIFE_TIME: u32 = 0xffff_ffff;

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

/// An address: the `ifaddrmsg` fields and every attribute, parsed leniently.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Address {
    /// `ifa_family`.
    pub family: AddressFamily,
    /// `ifa_prefixlen`.
    pub prefix_len: u8,
    /// All 32 flag bits: `IFA_FLAGS` when present, else the header's 8 (emitted as both:
    /// the low 8 bits in the header and all of them in `IFA_FLAGS`).
    pub flags: AddressFlags,
    /// `ifa_scope`.
    pub scope: Scope,
    /// `ifa_index`: the device.
    pub index: u32,
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
    /// `IFA_RT_PRIORITY`: the metric of the prefix route.
    pub route_priority: Option<u32>,
    /// `IFA_TARGET_NETNSID`.
    pub target_netnsid: Option<i32>,
    /// `IFA_PROTO`: who added the address.
    pub protocol: Option<AddressProtocol>,
    /// Attributes nlkit does not model, and malformed known ones, as they came.
    pub unknown: Vec<RawAttribute>,
    /// Known attributes that were malformed.
    pub malformed: Vec<Malformed>,
}

/// The identity of an address: what the kernel matches a replacement or deletion on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AddressKey {
    /// The family.
    pub family: AddressFamily,
    /// The device.
    pub index: u32,
    /// The prefix length.
    pub prefix_len: u8,
    /// The local address (`IFA_LOCAL`, else `IFA_ADDRESS`).
    pub local: Option<IpAddr>,
}

impl Object for Address {
    const KIND: Kind = Kind::Address;
    const NEW: u16 = RTM_NEWADDR;
    const DEL: u16 = RTM_DELADDR;
    const GET: u16 = RTM_GETADDR;
    type Key = AddressKey;

    fn parse(payload: &[u8]) -> Result<Address, DecodeError> {
        let m = FamilyMessage::<IfAddrMsg>::parse(payload)?;
        let h = m.header;
        let mut a = Address {
            family: h.family.into(),
            prefix_len: h.prefix_len,
            flags: AddressFlags(u32::from(h.flags)),
            scope: h.scope.into(),
            index: h.index,
            ..Default::default()
        };
        for x in m.attrs() {
            let x = x?;
            let k = x.attr_type();
            let before = a.malformed.len();
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
                IFA_FLAGS => {
                    if let Some(f) = keep(m, k, x.u32_ne()) {
                        a.flags = AddressFlags(f);
                    }
                }
                IFA_RT_PRIORITY => a.route_priority = keep(m, k, x.u32_ne()),
                IFA_TARGET_NETNSID => a.target_netnsid = keep(m, k, x.i32_ne()),
                IFA_PROTO => a.protocol = keep(m, k, x.u8().map(AddressProtocol::from)),
                _ => a.unknown.push(RawAttribute::of(&x)),
            }
            // A malformed attribute is kept as it came, so that it is emitted again.
            if a.malformed.len() > before {
                a.unknown.push(RawAttribute::of(&x));
            }
        }
        Ok(a)
    }

    /// Appends the header and attributes in the order the kernel uses for the family (so a
    /// dumped address emits to the same bytes).
    fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&IfAddrMsg {
            family: self.family.into(),
            prefix_len: self.prefix_len,
            flags: (self.flags.bits() & 0xff) as u8,
            scope: self.scope.into(),
            index: self.index,
        });
        let put_ip = |b: &mut MessageBuilder, t: u16, v: Option<IpAddr>| {
            if let Some(v) = v {
                b.attr_ip(t, v);
            }
        };
        put_ip(b, IFA_ADDRESS, self.address);
        put_ip(b, IFA_LOCAL, self.local);
        put_ip(b, IFA_BROADCAST, self.broadcast);
        if let Some(v) = &self.label {
            b.attr_str(IFA_LABEL, v);
        }
        put_ip(b, IFA_ANYCAST, self.anycast);
        put_ip(b, IFA_MULTICAST, self.multicast);
        if let Some(v) = self.target_netnsid {
            b.attr_i32_ne(IFA_TARGET_NETNSID, v);
        }
        if self.family == AddressFamily::Inet6 {
            self.emit_priority(b);
            self.emit_cache_info(b);
            self.emit_flags(b);
            self.emit_protocol(b);
        } else {
            self.emit_protocol(b);
            self.emit_flags(b);
            self.emit_priority(b);
            self.emit_cache_info(b);
        }
        for u in &self.unknown {
            u.emit(b);
        }
    }

    fn key(&self) -> AddressKey {
        AddressKey {
            family: self.family,
            index: self.index,
            prefix_len: self.prefix_len,
            local: self.local.or(self.address),
        }
    }

    fn into_any(self) -> AnyObject {
        AnyObject::Address(self)
    }
}

impl Address {
    /// An address `local/prefix_len` on device `index`, as `ip address add` sends it:
    /// `IFA_LOCAL` and `IFA_ADDRESS` both `local`, scope host for IPv4 loopback addresses
    /// (127/8) and global otherwise. Set the peer ([`address`](Address::address)),
    /// broadcast, label, lifetimes and flags on the result as needed.
    pub fn new(index: u32, local: IpAddr, prefix_len: u8) -> Address {
        let scope = match local {
            IpAddr::V4(v) if v.octets()[0] == 127 => Scope::Host,
            _ => Scope::Universe,
        };
        Address {
            family: AddressFamily::of(&local),
            prefix_len,
            scope,
            index,
            address: Some(local),
            local: Some(local),
            ..Default::default()
        }
    }

    /// `IFA_FLAGS` goes always (the kernel sends it in every message since 3.14, and
    /// reads it in preference to the header's 8 bits).
    fn emit_flags(&self, b: &mut MessageBuilder) {
        b.attr_u32_ne(IFA_FLAGS, self.flags.bits());
    }

    fn emit_priority(&self, b: &mut MessageBuilder) {
        if let Some(v) = self.route_priority {
            b.attr_u32_ne(IFA_RT_PRIORITY, v);
        }
    }

    fn emit_cache_info(&self, b: &mut MessageBuilder) {
        if let Some(v) = self.cache_info {
            b.attr_u32_array_ne(IFA_CACHEINFO, &v.words());
        }
    }

    fn emit_protocol(&self, b: &mut MessageBuilder) {
        if let Some(v) = self.protocol {
            b.attr_u8(IFA_PROTO, v.into());
        }
    }

    /// Sets the IPv4 broadcast address from the prefix (`ip`'s `brd +` when `ones`, `brd -`
    /// otherwise): the host part all ones or all zeros. Prefixes longer than /30 have no
    /// broadcast address and are left without one.
    pub fn set_broadcast_from_prefix(&mut self, ones: bool) {
        let Some(IpAddr::V4(base)) = self.address.or(self.local) else {
            return;
        };
        let len = u32::from(self.prefix_len);
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
}

/// What an address dump selects. The family and device travel in the request (strict
/// checking filters by `ifa_index`); every filter is also applied here.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddressFilter {
    /// Only this family (`None`: IPv4 and IPv6).
    pub family: Option<AddressFamily>,
    /// Only addresses of this device.
    pub index: Option<u32>,
    /// Only this scope.
    pub scope: Option<Scope>,
    /// Only this label (IPv4).
    pub label: Option<String>,
}

impl Filter for AddressFilter {
    type Object = Address;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETADDR, Flags::NONE);
        b.push_struct(&IfAddrMsg {
            family: self.family.map_or(0, u8::from),
            index: self.index.unwrap_or(0),
            ..Default::default()
        });
        b
    }

    fn matches(&self, a: &Address) -> bool {
        self.family.is_none_or(|f| f == a.family)
            && self.index.is_none_or(|i| i == a.index)
            && self.scope.is_none_or(|s| s == a.scope)
            && self
                .label
                .as_ref()
                .is_none_or(|l| a.label.as_ref() == Some(l))
    }
}
