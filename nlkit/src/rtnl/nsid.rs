//! Namespace ids (`RTM_GETNSID`, linux/net_namespace.h): the number a namespace has as seen
//! from the connection's namespace, as carried by `IFLA_LINK_NETNSID`.

use super::message_type::{RTM_GETNSID, RTM_NEWNSID};
use crate::engine::{Conn, Error};
use crate::sys::Netns;
use crate::wire::{AttrIter, DecodeError, DecodeErrorKind, Flags, MessageBuilder};
use std::os::fd::{AsFd, AsRawFd};

/// `NETNSA_NSID`.
pub const NETNSA_NSID: u16 = 1;
/// `NETNSA_PID`.
pub const NETNSA_PID: u16 = 2;
/// `NETNSA_FD`.
pub const NETNSA_FD: u16 = 3;
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
    let msg = reply.message();
    let attrs = msg.payload_after(4).map_err(Error::Decode)?;
    for a in AttrIter::new(attrs) {
        let a = a.map_err(Error::Decode)?;
        if a.kind() == NETNSA_NSID {
            let id = a.i32_ne().map_err(Error::Decode)?;
            return Ok((id != NSID_NOT_ASSIGNED).then_some(id));
        }
    }
    Err(Error::Decode(DecodeError::new(
        "RTM_NEWNSID",
        16,
        DecodeErrorKind::BadValue,
    )))
}

/// The id `netns` has in the connection's namespace, assigning one first when it has none
/// (`RTM_NEWNSID` with `NETNSA_NSID` -1: the kernel picks the number), as `ip link ...
/// link-netns NAME` does.
pub fn get_or_assign(conn: &mut Conn, netns: &Netns) -> Result<i32, Error> {
    if let Some(id) = get(conn, netns)? {
        return Ok(id);
    }
    let mut b = MessageBuilder::new(RTM_NEWNSID, Flags::NONE);
    b.push_bytes(&[0]);
    b.attr_u32_ne(NETNSA_FD, netns.as_fd().as_raw_fd() as u32);
    b.attr_i32_ne(NETNSA_NSID, NSID_NOT_ASSIGNED);
    conn.execute(&b)?;
    get(conn, netns)?.ok_or(Error::Decode(DecodeError::new(
        "RTM_NEWNSID",
        16,
        DecodeErrorKind::BadValue,
    )))
}
