//! Namespace ids (`RTM_*NSID`, linux/net_namespace.h): the number a namespace has as seen
//! from the connection's namespace, as carried by `IFLA_LINK_NETNSID`.
//!
//! ```no_run
//! use nlkit::rtnl::{self, nsid::NsidFilter};
//! let mut conn = nlkit::engine::Conn::new(nlkit::sys::Protocol::Route)?;
//! for e in rtnl::dump(&mut conn, &NsidFilter::default())? {
//!     println!("nsid {:?}", e?.nsid);
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::message_type::{RTM_DELNSID, RTM_GETNSID, RTM_NEWNSID};
use super::object::{AnyObject, Filter, Kind, Object, Query, Verb};
use crate::engine::{Ack, Conn, Error};
use crate::sys::Netns;
use crate::wire::rtnl::RtGenMsg;
use crate::wire::{
    codec, AttributeSet, DecodeError, DecodeErrorKind, FamilyMessage, Flags, MessageBuilder,
};
use std::os::fd::{AsFd, AsRawFd};

/// Nsid attribute ids (`NETNSA_*`).
pub mod attrs {
    #![allow(missing_docs)]
    pub const NETNSA_NSID: u16 = 1;
    pub const NETNSA_PID: u16 = 2;
    pub const NETNSA_FD: u16 = 3;
    /// In a dump request: the ids as seen from that namespace.
    pub const NETNSA_TARGET_NSID: u16 = 4;
    /// With a target: the id of each namespace as seen from the current one.
    pub const NETNSA_CURRENT_NSID: u16 = 5;
}

use attrs::*;

/// `NETNSA_NSID_NOT_ASSIGNED`.
pub const NSID_NOT_ASSIGNED: i32 = -1;

crate::attribute_set! {
    /// A namespace id: an entry of an id dump (an id as seen from the dumped namespace and,
    /// for a dump with a target, the id of the same namespace as seen from the current one),
    /// a reply to a lookup, or a request that assigns one.
    pub struct NsidEntry {
        /// `rtgen_family`.
        pub family: u8,
    }
    attributes {
        /// `NETNSA_NSID` ([`NSID_NOT_ASSIGNED`]: none; in a request, let the kernel pick).
        pub nsid: codec::I32 = NETNSA_NSID,
        /// `NETNSA_PID`: the namespace of this process.
        pub pid: codec::U32 = NETNSA_PID,
        /// `NETNSA_FD`: the namespace behind this descriptor.
        pub fd: codec::U32 = NETNSA_FD,
        /// `NETNSA_TARGET_NSID`.
        pub target_nsid: codec::I32 = NETNSA_TARGET_NSID,
        /// `NETNSA_CURRENT_NSID`.
        pub current_nsid: codec::I32 = NETNSA_CURRENT_NSID,
    }
}

impl Object for NsidEntry {
    const KIND: Kind = Kind::Nsid;
    const NEW: u16 = RTM_NEWNSID;
    const DEL: u16 = RTM_DELNSID;
    const GET: u16 = RTM_GETNSID;
    type Key = Option<i32>;

    fn parse(payload: &[u8]) -> Result<NsidEntry, DecodeError> {
        let m = FamilyMessage::<RtGenMsg>::parse(payload)?;
        let mut e = NsidEntry {
            family: m.header.family,
            ..Default::default()
        };
        e.read_attrs(m.attrs())?;
        Ok(e)
    }

    fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&RtGenMsg {
            family: self.family,
        });
        self.write_attrs(b);
    }

    fn key(&self) -> Option<i32> {
        self.nsid
    }

    fn into_any(self) -> AnyObject {
        AnyObject::Nsid(self)
    }

    /// An id is assigned (`RTM_NEWNSID`, no flags, as `ip netns set`); ids go with their
    /// namespace, never by request.
    fn change_flags(verb: Verb) -> Option<Flags> {
        (verb == Verb::Add).then_some(Flags::NONE)
    }
}

/// An id dump: the ids the connection's namespace (or, with `target`, the namespace it
/// knows by that id) has given to other namespaces (`ip netns list-id`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NsidFilter {
    /// `NETNSA_TARGET_NSID`.
    pub target: Option<i32>,
}

impl Filter for NsidFilter {
    type Object = NsidEntry;

    fn request(&self) -> MessageBuilder {
        NsidQuery {
            by: NsidOf::Nothing,
            target: self.target,
        }
        .request()
    }

    fn matches(&self, _: &NsidEntry) -> bool {
        true
    }
}

/// Which namespace an [`NsidQuery`] asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NsidOf {
    /// The namespace known by this id (`ip netns list-id nsid N`).
    Id(i32),
    /// The namespace behind this descriptor.
    Fd(i32),
    /// Nothing (a dump request).
    Nothing,
}

/// A lookup of one id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NsidQuery {
    /// What is asked about.
    pub by: NsidOf,
    /// `NETNSA_TARGET_NSID`: as seen from the namespace the current one knows by that id.
    pub target: Option<i32>,
}

impl Query for NsidQuery {
    type Object = NsidEntry;

    fn request(&self) -> MessageBuilder {
        let mut e = NsidEntry::default();
        match self.by {
            NsidOf::Id(n) => e.nsid = Some(n),
            NsidOf::Fd(fd) => e.fd = Some(fd as u32),
            NsidOf::Nothing => {}
        }
        e.target_nsid = self.target;
        let mut b = MessageBuilder::new(RTM_GETNSID, Flags::NONE);
        e.emit(&mut b);
        b
    }
}

/// The id `netns` has in the connection's namespace (`None` when none is assigned).
pub fn of(conn: &mut Conn, netns: &Netns) -> Result<Option<i32>, Error> {
    let query = NsidQuery {
        by: NsidOf::Fd(netns.as_fd().as_raw_fd()),
        target: None,
    };
    let e = super::get(conn, &query)?;
    let id = e.nsid.ok_or(Error::Decode(DecodeError::new(
        "RTM_NEWNSID",
        16,
        DecodeErrorKind::BadValue,
    )))?;
    Ok((id != NSID_NOT_ASSIGNED).then_some(id))
}

/// Gives `netns` the id `nsid` in the connection's namespace (`None`: the kernel picks
/// one), as `ip netns set NAME ID|auto` does; the kernel refuses a namespace that has one.
pub fn assign(conn: &mut Conn, netns: &Netns, nsid: Option<u32>) -> Result<Ack, Error> {
    let e = NsidEntry {
        fd: Some(netns.as_fd().as_raw_fd() as u32),
        nsid: Some(
            nsid.and_then(|n| i32::try_from(n).ok())
                .unwrap_or(NSID_NOT_ASSIGNED),
        ),
        ..Default::default()
    };
    super::apply(conn, &e, Verb::Add)
}

/// The id `netns` has in the connection's namespace, assigning one first when it has none
/// (the kernel picks the number), as `ip link ... link-netns NAME` does.
pub fn get_or_assign(conn: &mut Conn, netns: &Netns) -> Result<i32, Error> {
    if let Some(id) = of(conn, netns)? {
        return Ok(id);
    }
    assign(conn, netns, None)?;
    of(conn, netns)?.ok_or(Error::Decode(DecodeError::new(
        "RTM_NEWNSID",
        16,
        DecodeErrorKind::BadValue,
    )))
}
