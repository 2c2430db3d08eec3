//! Namespace ids (`RTM_GETNSID`, linux/net_namespace.h): the number a namespace has as seen
//! from the connection's namespace, as carried by `IFLA_LINK_NETNSID`.

use super::message_type::{RTM_GETNSID, RTM_NEWNSID};
use crate::engine::{Conn, Error};
use crate::sys::Netns;
use crate::wire::{AttrIter, DecodeError, DecodeErrorKind, Flags, MessageBuilder, MessageView};
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
