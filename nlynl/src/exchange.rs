//! Do requests sent together in one `sendmsg` and answered in order (`--do`, `--multi`):
//! nlkit's [`Mux`] driven on the connection's socket, every wait with a deadline.
//!
//! Each request is an [`Expect::Messages`] (`NLM_F_ACK` is added): its replies (none when
//! the kernel answers with an ACK only, as a change does) and the ACK's warning, or its
//! error.

use nlkit::engine::mux::{Expect, Mux, RequestId, Taken};
use nlkit::engine::{Conn, Error};
use nlkit::sys::errno::ENOBUFS;
use nlkit::sys::Socket;
use nlkit::wire::{MessageBuilder, MessageIter};
use std::time::Duration;

/// The answer to one do request.
#[derive(Debug, Default)]
pub struct Answer {
    /// The reply messages (whole, with `nlmsghdr`), in order; empty for an ACK alone.
    pub replies: Vec<Vec<u8>>,
    /// The extended-ACK warning of the ACK, if any.
    pub warning: Option<String>,
}

/// A first sequence number that is unlikely to be a stale one of this socket.
fn first_sequence() -> u32 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.subsec_nanos());
    nanos | 1
}

/// Sends `requests` in one batch on `conn`'s socket and collects each answer, in order.
/// Each wait for a datagram ends after `timeout` ([`Error::Timeout`]).
pub fn exchange(
    conn: &Conn,
    requests: &[MessageBuilder],
    timeout: Duration,
) -> Vec<Result<Answer, Error>> {
    let socket = conn.socket();
    let mut mux = Mux::new(conn.port_id(), first_sequence());
    // Everything is read by this one caller: nothing to hold back.
    mux.set_stash_limit(usize::MAX);
    let ids: Vec<_> = requests
        .iter()
        .map(|r| mux.submit(r, Expect::Messages))
        .collect();
    while let Some(batch) = mux.next_batch(usize::MAX) {
        let sent = socket.send(batch).map(drop).map_err(Error::from);
        mux.sent(sent.as_ref().map(|_| ()));
    }
    let mut buf = Vec::new();
    ids.into_iter()
        .map(|id| match id {
            Ok(id) => collect(socket, &mut mux, &mut buf, id, timeout),
            Err(e) => Err(Error::Build(e)),
        })
        .collect()
}

/// The answer of `id`, reading datagrams as needed.
fn collect(
    socket: &Socket,
    mux: &mut Mux,
    buf: &mut Vec<u8>,
    id: RequestId,
    timeout: Duration,
) -> Result<Answer, Error> {
    let mut answer = Answer::default();
    loop {
        match mux.take(id) {
            Taken::Item(m) => answer.replies.push(m),
            Taken::Done(Ok(ext)) => {
                answer.warning = ext.message;
                return Ok(answer);
            }
            Taken::Done(Err(e)) => return Err(e),
            Taken::Waiting => {
                if let Err(e) = read(socket, mux, buf, timeout) {
                    // Every request still in flight fails the same way.
                    mux.fail_sent(&e);
                }
            }
        }
    }
}

/// Reads one datagram (waiting at most `timeout`) and hands its messages to `mux`.
fn read(socket: &Socket, mux: &mut Mux, buf: &mut Vec<u8>, timeout: Duration) -> Result<(), Error> {
    match socket.recv(buf, true) {
        Ok(got) => {
            if got.sender_port == 0 {
                for msg in MessageIter::new(buf.get(..got.len).unwrap_or(&[])) {
                    let Ok(msg) = msg else { break };
                    mux.feed(&msg, None);
                }
            }
            Ok(())
        }
        Err(e) if e.raw_os_error() == Some(ENOBUFS) => {
            mux.overrun();
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
            mux.idle();
            if socket.wait_readable(Some(timeout))? {
                Ok(())
            } else {
                Err(Error::Timeout(timeout))
            }
        }
        Err(e) => Err(Error::from(e)),
    }
}
