//! [`Subscription`]: a socket joined to multicast groups, reading notifications.
//!
//! An overrun is never silent: when the kernel dropped notifications because the receive
//! buffer was full, the next read returns [`Notification::Overrun`] (once per episode, as the
//! kernel reports it), and reading goes on with what was still queued. A consumer that
//! keeps state must then re-dump (resync).

use super::error::{Error, Result};
use crate::sys::{Netns, Protocol, Socket};
use crate::wire::{align, MessageView};
use std::ops::Range;
use std::time::Duration;

/// What a subscription delivers: a raw notification (see [`crate::rtnl::Events`] for typed
/// rtnetlink events) or an overrun.
#[derive(Debug)]
pub enum Notification<'a> {
    /// A notification from the kernel.
    Message {
        /// The message.
        message: MessageView<&'a [u8]>,
        /// The peer namespace id with `NETLINK_LISTEN_ALL_NSID`.
        nsid: Option<i32>,
        /// The group it was sent to, with `NETLINK_PKTINFO`.
        group: Option<u32>,
    },
    /// Notifications were lost (ENOBUFS): state built from them must be re-read.
    Overrun,
}

/// A notification listener; see the module documentation.
///
/// ```no_run
/// use nlkit::engine::{Notification, Subscription};
/// use nlkit::rtnl::group::RTNLGRP_LINK;
/// use nlkit::sys::Protocol;
/// use std::time::Duration;
/// let mut sub = Subscription::new(Protocol::Route, &[RTNLGRP_LINK])?;
/// while let Some(ev) = sub.next_notification(Some(Duration::from_secs(1)))? {
///     match ev {
///         Notification::Message { message, .. } => println!("type {}", message.message_type()),
///         Notification::Overrun => println!("lost events: resync"),
///     }
/// }
/// # Ok::<(), nlkit::engine::Error>(())
/// ```
#[derive(Debug)]
pub struct Subscription {
    socket: Socket,
    buf: Vec<u8>,
    len: usize,
    offset: usize,
    nsid: Option<i32>,
    group: Option<u32>,
    overruns: u64,
    foreign: u64,
}

impl Subscription {
    /// Opens a socket of `protocol` in the current namespace and joins `groups` (group
    /// numbers, e.g. `RTNLGRP_IPV4_ROUTE`).
    pub fn new(protocol: Protocol, groups: &[u32]) -> Result<Subscription> {
        Subscription::from_socket(Socket::new(protocol)?, groups)
    }

    /// The same, inside the namespace `netns`.
    pub fn new_in(netns: &Netns, protocol: Protocol, groups: &[u32]) -> Result<Subscription> {
        Subscription::from_socket(netns.socket(protocol)?, groups)
    }

    /// Binds an unbound socket and joins `groups`.
    pub fn from_socket(socket: Socket, groups: &[u32]) -> Result<Subscription> {
        socket.bind(0, 0)?;
        for &g in groups {
            socket.add_membership(g)?;
        }
        Ok(Subscription {
            socket,
            buf: vec![0; crate::sys::MIN_RECV_BUFFER],
            len: 0,
            offset: 0,
            nsid: None,
            group: None,
            overruns: 0,
            foreign: 0,
        })
    }

    /// The socket, for options (receive buffer size, `NETLINK_LISTEN_ALL_NSID`, ...).
    pub fn socket(&self) -> &Socket {
        &self.socket
    }

    /// How many overruns were reported so far.
    pub fn overruns(&self) -> u64 {
        self.overruns
    }

    /// How many datagrams were skipped because they did not come from the kernel.
    pub fn foreign_datagrams(&self) -> u64 {
        self.foreign
    }

    fn advance(&mut self, timeout: Option<Duration>) -> Result<Option<Option<Range<usize>>>> {
        loop {
            if self.offset < self.len {
                let rest = self.buf.get(self.offset..self.len).unwrap_or(&[]);
                match MessageView::new_checked(rest) {
                    Ok(m) => {
                        let len = m.length() as usize;
                        let start = self.offset;
                        self.offset = start.saturating_add(align(len));
                        return Ok(Some(Some(start..start + len)));
                    }
                    Err(e) => {
                        let e = e.at(self.offset);
                        self.offset = self.len;
                        return Err(Error::Decode(e));
                    }
                }
            }
            match self.socket.recv(&mut self.buf, true) {
                Ok(r) => {
                    if r.sender_port != 0 {
                        self.foreign += 1;
                        continue;
                    }
                    self.len = r.len;
                    self.offset = 0;
                    self.nsid = r.nsid;
                    self.group = r.group;
                }
                Err(e) if e.raw_os_error() == Some(crate::sys::errno::ENOBUFS) => {
                    self.overruns += 1;
                    return Ok(Some(None));
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    if !self.socket.wait_readable(timeout)? {
                        return Ok(None);
                    }
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// The next event; `Ok(None)` when `timeout` passed without one (`None` waits without
    /// limit). A malformed datagram gives `Err(Error::Decode)` and is skipped.
    pub fn next_notification(
        &mut self,
        timeout: Option<Duration>,
    ) -> Result<Option<Notification<'_>>> {
        Ok(match self.advance(timeout)? {
            None => None,
            Some(None) => Some(Notification::Overrun),
            Some(Some(range)) => Some(Notification::Message {
                message: MessageView::new_trusted(self.buf.get(range).unwrap_or(&[])),
                nsid: self.nsid,
                group: self.group,
            }),
        })
    }
}
