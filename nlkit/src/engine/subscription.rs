//! [`Subscription`]: a socket joined to multicast groups, reading notifications.
//!
//! An overrun is never silent: when the kernel dropped notifications because the receive
//! buffer was full, the next read returns [`Notification::Overrun`] (once per episode, as the
//! kernel reports it), and reading goes on with what was still queued. A consumer that
//! keeps state must then re-dump (resync).

use super::error::{Error, Result};
use crate::sys::{Netns, Protocol, Received, Socket};
use crate::wire::{align, MessageView};
use std::io;
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

/// A notification listener; see the module documentation. The async twin is
/// `nlkit::tokio::Subscription` (feature `tokio`); both read through the same rules.
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
    reader: NotificationReader,
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
        join(&socket, groups)?;
        Ok(Subscription {
            socket,
            reader: NotificationReader::new(),
        })
    }

    /// The socket, for options (receive buffer size, `NETLINK_LISTEN_ALL_NSID`, ...).
    pub fn socket(&self) -> &Socket {
        &self.socket
    }

    /// How many overruns were reported so far.
    pub fn overruns(&self) -> u64 {
        self.reader.overruns()
    }

    /// How many datagrams were skipped because they did not come from the kernel.
    pub fn foreign_datagrams(&self) -> u64 {
        self.reader.foreign_datagrams()
    }

    /// The next event; `Ok(None)` when `timeout` passed without one (`None` waits without
    /// limit). A malformed datagram gives `Err(Error::Decode)` and is skipped.
    pub fn next_notification(
        &mut self,
        timeout: Option<Duration>,
    ) -> Result<Option<Notification<'_>>> {
        loop {
            let socket = &self.socket;
            match self.reader.advance(|buf| socket.recv(buf, true))? {
                Step::WouldBlock => {
                    if !self.socket.wait_readable(timeout)? {
                        return Ok(None);
                    }
                }
                step => return Ok(self.reader.notification(step)),
            }
        }
    }
}

/// Binds `socket` (port chosen by the kernel) and joins `groups`.
pub(crate) fn join(socket: &Socket, groups: &[u32]) -> Result<()> {
    socket.bind(0, 0)?;
    for &g in groups {
        socket.add_membership(g)?;
    }
    Ok(())
}

/// What [`NotificationReader::advance`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    /// A message: these bytes of the reader's buffer.
    Message(Range<usize>),
    /// An overrun (ENOBUFS).
    Overrun,
    /// Nothing is queued: wait until the socket is readable, then advance again.
    WouldBlock,
}

/// The sans-I/O half of a subscription, shared by the blocking and the async one: the
/// receive buffer and the cursor over the messages of its datagram, and the rules (only
/// datagrams from the kernel are read, the others counted; ENOBUFS is an overrun, counted;
/// a malformed message ends its datagram with a decode error). The caller supplies the
/// non-blocking receive and does the waiting.
#[derive(Debug)]
pub(crate) struct NotificationReader {
    buf: Vec<u8>,
    len: usize,
    offset: usize,
    nsid: Option<i32>,
    group: Option<u32>,
    overruns: u64,
    foreign: u64,
}

impl NotificationReader {
    /// An empty reader with a buffer of [`crate::sys::MIN_RECV_BUFFER`] bytes (grown as
    /// datagrams need).
    pub(crate) fn new() -> NotificationReader {
        NotificationReader {
            buf: vec![0; crate::sys::MIN_RECV_BUFFER],
            len: 0,
            offset: 0,
            nsid: None,
            group: None,
            overruns: 0,
            foreign: 0,
        }
    }

    /// How many overruns were seen.
    pub(crate) fn overruns(&self) -> u64 {
        self.overruns
    }

    /// How many datagrams from senders other than the kernel were skipped.
    pub(crate) fn foreign_datagrams(&self) -> u64 {
        self.foreign
    }

    /// The next message of the datagram being read, or else what `recv` (one
    /// non-blocking receive into the buffer given) brings: datagrams from other senders
    /// are skipped and `recv` is called again.
    pub(crate) fn advance(
        &mut self,
        mut recv: impl FnMut(&mut Vec<u8>) -> io::Result<Received>,
    ) -> Result<Step> {
        loop {
            if let Some(message) = self.next_buffered() {
                return message;
            }
            match recv(&mut self.buf) {
                Ok(r) if r.sender_port != 0 => self.foreign += 1,
                Ok(r) => {
                    self.len = r.len.min(self.buf.len());
                    self.offset = 0;
                    self.nsid = r.nsid;
                    self.group = r.group;
                }
                Err(e) if e.raw_os_error() == Some(crate::sys::errno::ENOBUFS) => {
                    self.overruns += 1;
                    return Ok(Step::Overrun);
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(Step::WouldBlock),
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// The next message of the datagram in the buffer, if any is left.
    fn next_buffered(&mut self) -> Option<Result<Step>> {
        if self.offset >= self.len {
            return None;
        }
        let rest = self.buf.get(self.offset..self.len).unwrap_or(&[]);
        Some(match MessageView::new_checked(rest) {
            Ok(m) => {
                let len = m.length() as usize;
                let start = self.offset;
                self.offset = start.saturating_add(align(len));
                Ok(Step::Message(start..start + len))
            }
            Err(e) => {
                // Nothing after a bad header in a datagram can be trusted.
                let e = e.at(self.offset);
                self.offset = self.len;
                Err(Error::Decode(e))
            }
        })
    }

    /// What a step means for the caller: `None` for [`Step::WouldBlock`].
    pub(crate) fn notification(&self, step: Step) -> Option<Notification<'_>> {
        match step {
            Step::WouldBlock => None,
            Step::Overrun => Some(Notification::Overrun),
            Step::Message(range) => Some(Notification::Message {
                message: MessageView::new_trusted(self.buf.get(range).unwrap_or(&[])),
                nsid: self.nsid,
                group: self.group,
            }),
        }
    }
}

/// The first item `next` gives that `wanted` accepts, skipping the others, before
/// `timeout` has passed (`Ok(None)` then, or when `next` ends): the one deadline loop of
/// every typed event stream. `next` is given the time left and returns `Ok(None)` when
/// nothing came in that time.
#[cfg(any(feature = "ynl-ethtool", feature = "ynl-netdev"))]
pub(crate) fn first_within<T, E>(
    timeout: Duration,
    mut next: impl FnMut(Duration) -> std::result::Result<Option<T>, E>,
    mut wanted: impl FnMut(&T) -> bool,
) -> std::result::Result<Option<T>, E> {
    let deadline = std::time::Instant::now() + timeout;
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            return Ok(None);
        }
        match next(left)? {
            None => return Ok(None),
            Some(item) if wanted(&item) => return Ok(Some(item)),
            Some(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::scripted::{message, Delivery};
    use crate::wire::Flags;
    use std::collections::VecDeque;

    /// A receive over a script of deliveries; `WouldBlock` when it is used up.
    fn script(deliveries: Vec<Delivery>) -> impl FnMut(&mut Vec<u8>) -> io::Result<Received> {
        let mut queue: VecDeque<Delivery> = deliveries.into();
        move |buf| match queue.pop_front() {
            None => Err(io::ErrorKind::WouldBlock.into()),
            Some(Delivery::Enobufs) => Err(io::Error::from_raw_os_error(libc::ENOBUFS)),
            Some(Delivery::Datagram { sender, bytes }) => {
                buf.clear();
                buf.extend_from_slice(&bytes);
                Ok(Received {
                    len: bytes.len(),
                    sender_port: sender,
                    sender_groups: 1,
                    group: Some(7),
                    nsid: None,
                })
            }
        }
    }

    fn notification(tag: u8) -> Vec<u8> {
        message(16, Flags::NONE, 0, 0, &[tag; 5])
    }

    /// The tags of the messages `advance` returns, "overrun", "decode" and "block".
    fn read_all(
        reader: &mut NotificationReader,
        mut recv: impl FnMut(&mut Vec<u8>) -> io::Result<Received>,
    ) -> Vec<String> {
        let mut out = Vec::new();
        loop {
            let step = reader.advance(&mut recv);
            let word = match step {
                Err(Error::Decode(_)) => "decode".to_string(),
                Err(e) => panic!("{e}"),
                Ok(Step::WouldBlock) => return out,
                Ok(step) => match reader.notification(step).unwrap() {
                    Notification::Overrun => "overrun".to_string(),
                    Notification::Message { message, group, .. } => {
                        assert_eq!(group, Some(7));
                        assert_eq!(message.payload().len(), 5);
                        message.payload()[0].to_string()
                    }
                },
            };
            out.push(word);
        }
    }

    #[test]
    fn messages_overruns_foreign_senders_and_malformed_datagrams() {
        let kernel = |parts: Vec<Vec<u8>>| Delivery::Datagram {
            sender: 0,
            bytes: parts.concat(),
        };
        let mut bad = notification(4);
        bad[0] = 200; // longer than the datagram
        let mut reader = NotificationReader::new();
        let got = read_all(
            &mut reader,
            script(vec![
                kernel(vec![notification(1), notification(2)]),
                Delivery::Datagram {
                    sender: 4242,
                    bytes: notification(9),
                },
                Delivery::Enobufs,
                kernel(vec![notification(3), bad, notification(5)]),
                kernel(vec![notification(6)]),
            ]),
        );
        assert_eq!(got, ["1", "2", "overrun", "3", "decode", "6"]);
        assert_eq!(reader.overruns(), 1);
        assert_eq!(reader.foreign_datagrams(), 1);
    }

    #[test]
    fn other_errors_pass_through_and_reading_goes_on() {
        let mut reader = NotificationReader::new();
        let mut failed = false;
        let step = reader.advance(|_| {
            failed = true;
            Err(io::Error::from_raw_os_error(libc::EBADF))
        });
        assert!(failed);
        assert!(matches!(step, Err(Error::Io(e)) if e.raw_os_error() == Some(libc::EBADF)));
        assert_eq!(
            read_all(
                &mut reader,
                script(vec![Delivery::Datagram {
                    sender: 0,
                    bytes: notification(8)
                }])
            ),
            ["8"]
        );
    }
}
