//! The Multipath TCP path manager (generic netlink family `mptcp_pm`), typed: the in-kernel
//! path manager's endpoints (added, deleted, read, listed, flushed, their flags changed),
//! its limits, and the events of MPTCP connections (`mptcp_pm_events`), as
//! `ip mptcp endpoint`, `ip mptcp limits` and `ip mptcp monitor` use them.
//!
//! Built on the generated [`ynl::mptcp_pm`](crate::ynl::mptcp_pm) attribute sets and request
//! builders; the family id (and the events group) are resolved through a [`Families`]
//! cache.
//!
//! ```no_run
//! use nlkit::engine::{Conn, Notification};
//! use nlkit::genl::{mptcp, Families};
//! use std::time::Duration;
//! let mut conn = Conn::new(nlkit::sys::Protocol::Generic)?;
//! let families = Families::new();
//! let endpoint = mptcp::Endpoint {
//!     address: Some("192.0.2.1".parse().unwrap()),
//!     flags: mptcp::EndpointFlags::SIGNAL | mptcp::EndpointFlags::BACKUP,
//!     ..Default::default()
//! };
//! mptcp::add(&mut conn, &families, &endpoint)?;
//! for e in mptcp::list(&mut conn, &families)? {
//!     let e = e?;
//!     println!("{:?} id {:?} {:?}", e.address, e.id, e.flags);
//! }
//! mptcp::set_limits(&mut conn, &families, &mptcp::Limits { subflows: Some(2), add_addr_accepted: Some(2) })?;
//! let mut events = mptcp::subscribe(&mut conn, &families)?;
//! while let Some(n) = events.next_notification(Some(Duration::from_secs(5)))? {
//!     if let Notification::Message { message, .. } = n {
//!         println!("{:?}", mptcp::Event::parse(&message)?);
//!     }
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::families::Families;
use super::request::{Replies, Reply};
use crate::engine::{Ack, Conn, Error, Subscription};
use crate::sys::Netns;
use crate::wire::genl::GenlView;
use crate::wire::{DecodeError, MessageView};
pub use crate::ynl::mptcp_pm::EventType;
use crate::ynl::mptcp_pm::{self as gen, Address, Attr};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The name of the family's multicast group of connection events.
pub const EVENTS_GROUP: &str = "mptcp_pm_events";

const AF_INET: u16 = 2;
const AF_INET6: u16 = 10;

crate::flag_set! {
    /// An endpoint's flags (`MPTCP_PM_ADDR_FLAG_*`).
    pub struct EndpointFlags: u32 {
        /// Announce the address to the peer (`ADD_ADDR`).
        const SIGNAL = 1;
        /// Open subflows from this address.
        const SUBFLOW = 2;
        /// Subflows over it are backups.
        const BACKUP = 4;
        /// Open a subflow from it to every address the peer announces.
        const FULLMESH = 8;
        /// Created by the kernel for a subflow the peer opened (not configured).
        const IMPLICIT = 16;
        /// Open subflows to the announced addresses, one per endpoint (Linux 6.18).
        const LAMINAR = 32;
    }
}

/// An endpoint of the in-kernel path manager (the `addr` nest).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Endpoint {
    /// The local address.
    pub address: Option<IpAddr>,
    /// Its id (1 to 255; 0 is the address of the initial subflow).
    pub id: Option<u8>,
    /// The port announced with it (signal endpoints).
    pub port: Option<u16>,
    /// Its flags.
    pub flags: EndpointFlags,
    /// The device subflows from it are bound to.
    pub ifindex: Option<i32>,
    /// The nest as read (what this type does not cover: a family without an address,
    /// unknown attributes). Left default in requests.
    pub raw: Address,
}

impl Endpoint {
    /// The endpoint an `addr` nest describes.
    pub fn from_attrs(raw: Address) -> Endpoint {
        Endpoint {
            address: address(raw.family, raw.addr4, raw.addr6.as_deref()),
            id: raw.id,
            port: raw.port.filter(|&p| p != 0),
            flags: EndpointFlags::from(raw.flags.unwrap_or(0)),
            ifindex: raw.if_idx.filter(|&i| i != 0),
            raw,
        }
    }

    /// The nest of a request: the family and address, id, port, flags and device that
    /// are set (flags always; what `raw` carries beyond them is added).
    pub fn to_attrs(&self) -> Address {
        let mut a = self.raw.clone();
        match self.address {
            Some(IpAddr::V4(v4)) => {
                a.family = Some(AF_INET);
                a.addr4 = Some(u32::from(v4));
            }
            Some(IpAddr::V6(v6)) => {
                a.family = Some(AF_INET6);
                a.addr6 = Some(v6.octets().to_vec());
            }
            None => {}
        }
        a.id = self.id.or(a.id);
        a.port = self.port.or(a.port);
        a.flags = Some(self.flags.bits());
        a.if_idx = self.ifindex.or(a.if_idx);
        a
    }

    /// Parses a message of the family (a reply of [`list`] or [`get`]).
    pub fn parse(msg: &MessageView<&[u8]>) -> Result<Endpoint, DecodeError> {
        <Endpoint as Reply>::parse(&GenlView::parse(msg)?)
    }
}

impl Reply for Endpoint {
    fn parse(msg: &GenlView<'_>) -> Result<Endpoint, DecodeError> {
        let attr: Attr = msg.read()?;
        Ok(Endpoint::from_attrs(attr.addr.unwrap_or_default()))
    }
}

/// An address from the attributes that carry it (the family decides, else whichever is
/// there; an IPv6 address of the wrong length is none).
fn address(family: Option<u16>, v4: Option<u32>, v6: Option<&[u8]>) -> Option<IpAddr> {
    let v6 = || -> Option<IpAddr> {
        let octets: [u8; 16] = v6?.try_into().ok()?;
        Some(IpAddr::V6(Ipv6Addr::from(octets)))
    };
    let v4 = || v4.map(|a| IpAddr::V4(Ipv4Addr::from(a)));
    match family {
        Some(AF_INET6) => v6(),
        Some(AF_INET) => v4(),
        _ => v4().or_else(v6),
    }
}

/// The path manager's limits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    /// How many additional subflows a connection may have.
    pub subflows: Option<u32>,
    /// How many addresses announced by the peer are accepted (`rcv-add-addrs`).
    pub add_addr_accepted: Option<u32>,
}

impl Reply for Limits {
    fn parse(msg: &GenlView<'_>) -> Result<Limits, DecodeError> {
        let attr: Attr = msg.read()?;
        Ok(Limits {
            subflows: attr.subflows,
            add_addr_accepted: attr.rcv_add_addrs,
        })
    }
}

fn family_id(conn: &mut Conn, families: &Families) -> Result<u16, Error> {
    Ok(families.resolve(conn, gen::FAMILY_NAME)?.id)
}

/// Adds `endpoint` (an address is needed; the kernel picks an id when none is given).
pub fn add(conn: &mut Conn, families: &Families, endpoint: &Endpoint) -> Result<Ack, Error> {
    let id = family_id(conn, families)?;
    let request = gen::AddAddrRequest {
        addr: Some(endpoint.to_attrs()),
        ..Default::default()
    };
    families.after(conn.execute(&gen::add_addr(id, &request)))
}

/// Deletes the endpoint of id `id` (id 0, the address of initial subflows, needs the
/// `address`).
pub fn delete(
    conn: &mut Conn,
    families: &Families,
    id: u8,
    address: Option<IpAddr>,
) -> Result<Ack, Error> {
    let fid = family_id(conn, families)?;
    let endpoint = Endpoint {
        address,
        id: Some(id),
        ..Endpoint::default()
    };
    let mut addr = endpoint.to_attrs();
    addr.flags = None;
    let request = gen::DelAddrRequest {
        addr: Some(addr),
        ..Default::default()
    };
    families.after(conn.execute(&gen::del_addr(fid, &request)))
}

/// The endpoint the kernel finds for `selector` (by its id). None is the kernel's
/// `EINVAL` with "address not found".
pub fn get(conn: &mut Conn, families: &Families, selector: &Endpoint) -> Result<Endpoint, Error> {
    let fid = family_id(conn, families)?;
    let mut addr = selector.to_attrs();
    if selector.flags.is_empty() {
        addr.flags = None;
    }
    let request = gen::GetAddrRequest {
        addr: Some(addr),
        ..Default::default()
    };
    let reply = families.after(conn.request(&gen::get_addr(fid, &request)))?;
    Ok(Endpoint::parse(&reply.message())?)
}

/// The endpoint of id `id`.
pub fn get_id(conn: &mut Conn, families: &Families, id: u8) -> Result<Endpoint, Error> {
    let selector = Endpoint {
        id: Some(id),
        ..Endpoint::default()
    };
    get(conn, families, &selector)
}

/// Dumps the endpoints, parsed as each datagram arrives.
pub fn list<'c>(conn: &'c mut Conn, families: &Families) -> Result<Replies<'c, Endpoint>, Error> {
    let id = family_id(conn, families)?;
    let dump = conn.dump(&gen::get_addr_dump(id));
    Ok(Replies::new(families.after(dump)?))
}

/// Deletes every endpoint.
pub fn flush(conn: &mut Conn, families: &Families) -> Result<Ack, Error> {
    let id = family_id(conn, families)?;
    let request = gen::FlushAddrsRequest::default();
    families.after(conn.execute(&gen::flush_addrs(id, &request)))
}

/// Changes the flags of an endpoint (`ip mptcp endpoint change`): `endpoint` names it by
/// id (or address) and carries the new flags (only `BACKUP` and `FULLMESH` can change).
pub fn set_flags(conn: &mut Conn, families: &Families, endpoint: &Endpoint) -> Result<Ack, Error> {
    let id = family_id(conn, families)?;
    let request = gen::SetFlagsRequest {
        addr: Some(endpoint.to_attrs()),
        ..Default::default()
    };
    families.after(conn.execute(&gen::set_flags(id, &request)))
}

/// The path manager's limits.
pub fn limits(conn: &mut Conn, families: &Families) -> Result<Limits, Error> {
    let id = family_id(conn, families)?;
    let request = gen::GetLimitsRequest::default();
    let reply = families.after(conn.request(&gen::get_limits(id, &request)))?;
    Ok(<Limits as Reply>::parse(&GenlView::parse(
        &reply.message(),
    )?)?)
}

/// Sets the limits that are given (the others are kept).
pub fn set_limits(conn: &mut Conn, families: &Families, limits: &Limits) -> Result<Ack, Error> {
    let id = family_id(conn, families)?;
    let request = gen::SetLimitsRequest {
        rcv_add_addrs: limits.add_addr_accepted,
        subflows: limits.subflows,
        ..Default::default()
    };
    families.after(conn.execute(&gen::set_limits(id, &request)))
}

/// A subscription to the family's connection events ([`EVENTS_GROUP`], joined by name) in
/// the current network namespace; read them with [`Event::parse`].
pub fn subscribe(conn: &mut Conn, families: &Families) -> Result<Subscription, Error> {
    families.subscribe(conn, gen::FAMILY_NAME, &[EVENTS_GROUP])
}

/// The same, in the namespace `netns`.
pub fn subscribe_in(
    netns: &Netns,
    conn: &mut Conn,
    families: &Families,
) -> Result<Subscription, Error> {
    families.subscribe_in(netns, conn, gen::FAMILY_NAME, &[EVENTS_GROUP])
}

mod event;
pub use event::{Announcement, Connection, Event, Listener, Subflow};

#[cfg(test)]
mod tests;
