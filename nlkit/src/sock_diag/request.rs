//! What every socket family's dump is ([`DumpRequest`]) and the one [`dump`] that runs
//! them.

use crate::engine::{Conn, Dump, Error};
use crate::wire::{DecodeError, MessageBuilder};

/// `SOCK_DIAG_BY_FAMILY`: the message type of every request and reply (linux/sock_diag.h).
pub const SOCK_DIAG_BY_FAMILY: u16 = 20;
/// `SOCK_DESTROY`: close a socket (`ss -K`; needs `CONFIG_INET_DIAG_DESTROY`).
pub const SOCK_DESTROY: u16 = 21;

/// A dump of one socket family: the request (what the kernel filters) and the typed
/// socket of each reply.
pub trait DumpRequest {
    /// The socket each reply describes.
    type Socket;

    /// The `SOCK_DIAG_BY_FAMILY` message (without `NLM_F_DUMP`: [`dump`] adds it).
    fn request(&self) -> MessageBuilder;

    /// Reads one reply's payload (what follows `nlmsghdr`); errors carry their offset in
    /// the whole message (as [`FamilyMessage`](crate::wire::FamilyMessage) places them).
    fn parse(payload: &[u8]) -> Result<Self::Socket, DecodeError>;

    /// The part of the filter the kernel cannot apply: `false` drops the socket.
    fn matches(&self, _socket: &Self::Socket) -> bool {
        true
    }
}

/// Dumps the sockets `request` selects, streaming: each is parsed as its datagram arrives,
/// in constant memory. A reply that fails to decode yields `Err(Error::Decode)` and the
/// dump goes on; an interrupted dump ends with `Err(Error::DumpInterrupted)`.
pub fn dump<'c, R: DumpRequest>(
    conn: &'c mut Conn,
    request: &'c R,
) -> Result<Sockets<'c, R>, Error> {
    let dump = conn.dump(&request.request())?;
    Ok(Sockets { dump, request })
}

/// The sockets of a dump (see [`dump`]).
#[derive(Debug)]
pub struct Sockets<'c, R> {
    dump: Dump<'c>,
    request: &'c R,
}

impl<'c, R> Sockets<'c, R> {
    /// The underlying dump (for its counters).
    pub fn raw(&self) -> &Dump<'c> {
        &self.dump
    }
}

impl<R: DumpRequest> Iterator for Sockets<'_, R> {
    type Item = Result<R::Socket, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let msg = match self.dump.next_message()? {
                Ok(m) => m,
                Err(e) => return Some(Err(e)),
            };
            match R::parse(msg.payload()) {
                Ok(s) if !self.request.matches(&s) => continue,
                Ok(s) => return Some(Ok(s)),
                Err(e) => return Some(Err(Error::Decode(e))),
            }
        }
    }
}

/// Test helpers shared by the families' fixture tests.
#[cfg(test)]
pub(crate) mod fixtures {
    use crate::wire::{Flags, MessageBuilder, MessageIter};

    /// Each reply of a captured dump: its payload and what `parse` makes of it (which
    /// must succeed).
    pub(crate) fn sockets<S, E: std::fmt::Debug>(
        dump: &[u8],
        parse: impl Fn(&[u8]) -> Result<S, E>,
    ) -> Vec<(Vec<u8>, S)> {
        MessageIter::new(dump)
            .map(|m| {
                let m = m.unwrap();
                (m.payload().to_vec(), parse(m.payload()).unwrap())
            })
            .collect()
    }

    /// What `emit` writes is `payload` again, byte for byte.
    pub(crate) fn assert_round_trip(payload: &[u8], emit: impl FnOnce(&mut MessageBuilder)) {
        let mut b = MessageBuilder::new(super::SOCK_DIAG_BY_FAMILY, Flags::NONE);
        emit(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], payload);
    }
}
