//! `NETLINK_USERSOCK`: netlink reserved for protocols between user programs.
//!
//! Each [`UserSocket`] has a port id (chosen by the kernel, or by you) and may join any of
//! the protocol's 32 multicast groups. Messages carry an ordinary `nlmsghdr`, so the same
//! framing, sequence numbers and attribute codec apply. Sending to a group needs no
//! privilege on `NETLINK_USERSOCK`; the sockets must live in the same network namespace.
//!
//! ```no_run
//! use nlkit::usersock::UserSocket;
//! let mut server = UserSocket::bind(None)?;
//! let mut client = UserSocket::bind(None)?;
//! client.send(server.port_id(), 0x10, b"hello")?;
//! let msg = server.recv(None)?.expect("a message");
//! assert_eq!(msg.payload, b"hello");
//! client.send(msg.sender_port, 0x11, b"hi back")?;
//! # Ok::<(), std::io::Error>(())
//! ```

use crate::sys::{Netns, Protocol, Socket};
use crate::wire::{Flags, MessageBuilder, MessageIter};
use std::io;
use std::time::Duration;

/// One message received on a [`UserSocket`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserMessage {
    /// The sender's port id.
    pub sender_port: u32,
    /// The group mask it was sent to (0 for unicast).
    pub groups: u32,
    /// `nlmsg_type`.
    pub message_type: u16,
    /// `nlmsg_flags`.
    pub flags: Flags,
    /// `nlmsg_seq`.
    pub sequence: u32,
    /// The payload.
    pub payload: Vec<u8>,
}

/// A `NETLINK_USERSOCK` socket.
#[derive(Debug)]
pub struct UserSocket {
    socket: Socket,
    port_id: u32,
    buf: Vec<u8>,
    sequence: u32,
}

impl UserSocket {
    /// Opens a socket bound to `port` (`None`: the kernel picks a free one).
    pub fn bind(port: Option<u32>) -> io::Result<UserSocket> {
        Self::from_socket(Socket::new(Protocol::Usersock)?, port)
    }

    /// The same, inside the namespace `netns`.
    pub fn bind_in(netns: &Netns, port: Option<u32>) -> io::Result<UserSocket> {
        Self::from_socket(netns.socket(Protocol::Usersock)?, port)
    }

    fn from_socket(socket: Socket, port: Option<u32>) -> io::Result<UserSocket> {
        socket.bind(port.unwrap_or(0), 0)?;
        let port_id = socket.port_id()?;
        Ok(UserSocket {
            socket,
            port_id,
            buf: Vec::new(),
            sequence: 0,
        })
    }

    /// This socket's port id.
    pub fn port_id(&self) -> u32 {
        self.port_id
    }

    /// Joins multicast group `group` (1 to 32).
    pub fn join(&self, group: u32) -> io::Result<()> {
        self.socket.add_membership(group)
    }

    /// Leaves multicast group `group`.
    pub fn leave(&self, group: u32) -> io::Result<()> {
        self.socket.drop_membership(group)
    }

    fn frame(&mut self, message_type: u16, payload: &[u8]) -> io::Result<Vec<u8>> {
        self.sequence = self.sequence.wrapping_add(1);
        let mut b = MessageBuilder::new(message_type, Flags::REQUEST);
        b.push_bytes(payload);
        let mut bytes = b
            .finish()
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        // Fill in sequence and port id of the one message.
        let mut header = crate::wire::MessageHeader::parse(&bytes)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        header.length = crate::wire::nlmsg::message_length(payload.len()) as u32;
        header.sequence = self.sequence;
        header.port_id = self.port_id;
        header.emit(&mut bytes);
        Ok(bytes)
    }

    /// Sends one message to the socket with port id `port`.
    pub fn send(&mut self, port: u32, message_type: u16, payload: &[u8]) -> io::Result<()> {
        let bytes = self.frame(message_type, payload)?;
        self.socket.send_to(&bytes, port, 0)?;
        Ok(())
    }

    /// Sends one message to every member of multicast group `group` (1 to 32).
    pub fn multicast(&mut self, group: u32, message_type: u16, payload: &[u8]) -> io::Result<()> {
        if !(1..=32).contains(&group) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "group must be 1 to 32",
            ));
        }
        let bytes = self.frame(message_type, payload)?;
        match self.socket.send_to(&bytes, 0, 1 << (group - 1)) {
            // The kernel delivers to the group first, then also tries port 0, where
            // NETLINK_USERSOCK has no kernel socket: that part fails with ECONNREFUSED after
            // the multicast went out.
            Err(e) if e.raw_os_error() == Some(crate::sys::errno::ECONNREFUSED) => Ok(()),
            Err(e) => Err(e),
            Ok(_) => Ok(()),
        }
    }

    /// Receives the next message (the first of its datagram), waiting at most `timeout`
    /// (`None`: without limit). `Ok(None)` on timeout. A malformed datagram is an
    /// `InvalidData` error.
    pub fn recv(&mut self, timeout: Option<Duration>) -> io::Result<Option<UserMessage>> {
        if !self.socket.wait_readable(timeout)? {
            return Ok(None);
        }
        let r = self.socket.recv(&mut self.buf, false)?;
        let data = self.buf.get(..r.len).unwrap_or(&[]);
        let msg = MessageIter::new(data)
            .next()
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "empty datagram"))?
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        Ok(Some(UserMessage {
            sender_port: r.sender_port,
            groups: r.sender_groups,
            message_type: msg.message_type(),
            flags: msg.flags(),
            sequence: msg.sequence(),
            payload: msg.payload().to_vec(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicast_round_trip_in_current_namespace() {
        // Unprivileged and self-contained: two sockets of our own, no state changed.
        let mut a = UserSocket::bind(None).unwrap();
        let mut b = UserSocket::bind(None).unwrap();
        a.send(b.port_id(), 0x20, b"ping").unwrap();
        let m = b.recv(Some(Duration::from_secs(5))).unwrap().unwrap();
        assert_eq!(
            (m.sender_port, m.message_type, &m.payload[..]),
            (a.port_id(), 0x20, &b"ping"[..])
        );
        assert!(a.recv(Some(Duration::from_millis(1))).unwrap().is_none());
        assert!(a.multicast(33, 1, b"").is_err());
    }
}
