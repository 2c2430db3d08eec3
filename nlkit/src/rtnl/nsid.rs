//! Namespace ids (`RTM_GETNSID`, linux/net_namespace.h): the number a namespace has as seen
//! from the connection's namespace, as carried by `IFLA_LINK_NETNSID`.

use super::message_type::{RTM_GETNSID, RTM_NEWNSID};
use crate::engine::{Ack, Conn, Error};
use crate::sys::Netns;
use crate::wire::{AttrIter, DecodeError, DecodeErrorKind, Flags, MessageBuilder, MessageView};
use std::os::fd::{AsFd, AsRawFd};

/// `NETNSA_NSID`.
pub const NETNSA_NSID: u16 = 1;
/// `NETNSA_PID`.
pub const NETNSA_PID: u16 = 2;
/// `NETNSA_FD`.
pub const NETNSA_FD: u16 = 3;
/// `NETNSA_TARGET_NSID`: in a dump request, the ids as seen from that namespace.
pub const NETNSA_TARGET_NSID: u16 = 4;
/// `NETNSA_CURRENT_NSID`: with a target, the id of each namespace as seen from the current
/// one.
pub const NETNSA_CURRENT_NSID: u16 = 5;
/// `NETNSA_NSID_NOT_ASSIGNED`.
pub const NSID_NOT_ASSIGNED: i32 = -1;

/// The id `netns` has in the connection's namespace (`None` when none is assigned).
pub fn get(conn: &mut Conn, netns: &Netns) -> Result<Option<i32>, Error> {
    let mut b = MessageBuilder::new(RTM_GETNSID, Flags::NONE);
    // struct rtgenmsg: the family byte (AF_UNSPEC), padded.
    b.push_bytes(&[0]);
    let fd = netns.as_fd().as_raw_fd();
    b.attr_u32_ne(NETNSA_FD, fd as u32);
    let reply = conn.request(&b)?;
    let id = nsid_of(&reply.message()).map_err(Error::Decode)?;
    Ok((id != NSID_NOT_ASSIGNED).then_some(id))
}

/// The `NETNSA_NSID` of an `RTM_NEWNSID`/`RTM_DELNSID` message (a reply, or an event of
/// `RTNLGRP_NSID`): the `struct rtgenmsg` (padded to 4 bytes), then the attributes.
pub fn nsid_of(msg: &MessageView<&[u8]>) -> Result<i32, DecodeError> {
    for a in AttrIter::new(msg.payload_after(RTGENMSG_LEN)?) {
        let a = a?;
        if a.kind() == NETNSA_NSID {
            return a.i32_ne();
        }
    }
    Err(DecodeError::new(
        "RTM_NEWNSID",
        16,
        DecodeErrorKind::BadValue,
    ))
}

/// `struct rtgenmsg` (one family byte) padded to the netlink alignment.
const RTGENMSG_LEN: usize = 4;

/// Gives `netns` the id `nsid` in the connection's namespace (`None`: the kernel picks
/// one), as `ip netns set NAME ID|auto` does; the kernel refuses a namespace that has one.
pub fn assign(conn: &mut Conn, netns: &Netns, nsid: Option<u32>) -> Result<Ack, Error> {
    let mut b = MessageBuilder::new(RTM_NEWNSID, Flags::NONE);
    b.push_bytes(&[0]);
    b.attr_u32_ne(NETNSA_FD, netns.as_fd().as_raw_fd() as u32);
    let id = nsid
        .and_then(|n| i32::try_from(n).ok())
        .unwrap_or(NSID_NOT_ASSIGNED);
    b.attr_i32_ne(NETNSA_NSID, id);
    conn.execute(&b)
}

/// The id `netns` has in the connection's namespace, assigning one first when it has none
/// (`RTM_NEWNSID` with `NETNSA_NSID` -1: the kernel picks the number), as `ip link ...
/// link-netns NAME` does.
pub fn get_or_assign(conn: &mut Conn, netns: &Netns) -> Result<i32, Error> {
    if let Some(id) = get(conn, netns)? {
        return Ok(id);
    }
    assign(conn, netns, None)?;
    get(conn, netns)?.ok_or(Error::Decode(DecodeError::new(
        "RTM_NEWNSID",
        16,
        DecodeErrorKind::BadValue,
    )))
}

/// One entry of an id dump: an id (as seen from the dumped namespace) and, for a dump with
/// a target, the id of the same namespace as seen from the current one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NsidEntry {
    /// `NETNSA_NSID`.
    pub nsid: i32,
    /// `NETNSA_CURRENT_NSID`.
    pub current_nsid: Option<i32>,
}

/// The request of `ip netns list-id`: a dump, or with `nsid` a lookup of that id (the
/// kernel refuses an id it does not know); `target`: as seen from the namespace the
/// current one knows by that id.
fn list_request(target: Option<i32>, nsid: Option<i32>) -> MessageBuilder {
    let mut b = MessageBuilder::new(RTM_GETNSID, Flags::NONE);
    b.push_bytes(&[0]);
    if let Some(n) = nsid {
        b.attr_i32_ne(NETNSA_NSID, n);
    }
    if let Some(t) = target {
        b.attr_i32_ne(NETNSA_TARGET_NSID, t);
    }
    b
}

impl NsidEntry {
    fn from_message(m: &MessageView<&[u8]>) -> Result<NsidEntry, DecodeError> {
        let mut e = NsidEntry {
            nsid: NSID_NOT_ASSIGNED,
            current_nsid: None,
        };
        for a in AttrIter::new(m.payload_after(RTGENMSG_LEN)?) {
            let a = a?;
            match a.kind() {
                NETNSA_NSID => e.nsid = a.i32_ne()?,
                NETNSA_CURRENT_NSID => e.current_nsid = Some(a.i32_ne()?),
                _ => {}
            }
        }
        Ok(e)
    }
}

/// Dumps the ids the connection's namespace (or, with `target`, the namespace it knows by
/// that id) has given to other namespaces (`ip netns list-id`).
pub fn dump(
    conn: &mut Conn,
    target: Option<i32>,
) -> Result<impl Iterator<Item = Result<NsidEntry, Error>> + '_, Error> {
    let dump = conn.dump(&list_request(target, None))?;
    Ok(dump.decode(|m| NsidEntry::from_message(&m)))
}

/// The entry of id `nsid` (as `dump` would list it; `ip netns list-id nsid N`).
pub fn lookup(conn: &mut Conn, nsid: i32, target: Option<i32>) -> Result<NsidEntry, Error> {
    let reply = conn.request(&list_request(target, Some(nsid)))?;
    Ok(NsidEntry::from_message(&reply.message())?)
}
