//! A fake kernel for unit tests: requests in, scripted datagrams out. No privileges needed.

use crate::sys::Received;
use crate::wire::{Flags, MessageHeader, MessageIter};
use std::collections::VecDeque;
use std::io;

/// One thing the fake kernel delivers to the reader.
#[derive(Debug, Clone)]
pub(crate) enum Delivery {
    /// A datagram from `sender` (0 is the kernel).
    Datagram { sender: u32, bytes: Vec<u8> },
    /// recvmsg fails with ENOBUFS.
    Enobufs,
}

type Responder = Box<dyn FnMut(&MessageHeader, &[u8]) -> Vec<Delivery> + Send>;

/// Answers each request message with what the test's responder returns.
pub(crate) struct FakeKernel {
    queue: VecDeque<Delivery>,
    responder: Responder,
    /// Every datagram sent to the kernel, in order.
    pub(crate) sent: Vec<Vec<u8>>,
}

impl std::fmt::Debug for FakeKernel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FakeKernel")
            .field("queued", &self.queue.len())
            .finish()
    }
}

impl FakeKernel {
    pub(crate) fn new(
        responder: impl FnMut(&MessageHeader, &[u8]) -> Vec<Delivery> + Send + 'static,
    ) -> Self {
        FakeKernel {
            queue: VecDeque::new(),
            responder: Box::new(responder),
            sent: Vec::new(),
        }
    }

    pub(crate) fn send(&mut self, data: &[u8]) -> io::Result<usize> {
        self.sent.push(data.to_vec());
        for m in MessageIter::new(data) {
            let m = m.map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
            let out = (self.responder)(&m.header(), m.payload());
            self.queue.extend(out);
        }
        Ok(data.len())
    }

    pub(crate) fn recv(&mut self, buf: &mut Vec<u8>) -> io::Result<Received> {
        match self.queue.pop_front() {
            None => Err(io::ErrorKind::WouldBlock.into()),
            Some(Delivery::Enobufs) => {
                Err(io::Error::from_raw_os_error(crate::sys::errno::ENOBUFS))
            }
            Some(Delivery::Datagram { sender, bytes }) => {
                if buf.len() < bytes.len() {
                    buf.resize(bytes.len(), 0);
                }
                buf[..bytes.len()].copy_from_slice(&bytes);
                Ok(Received {
                    len: bytes.len(),
                    sender_port: sender,
                    sender_groups: 0,
                    group: None,
                    nsid: None,
                })
            }
        }
    }

    pub(crate) fn readable(&self) -> bool {
        !self.queue.is_empty()
    }
}

/// Builds a message with the given header fields and payload.
pub(crate) fn message(ty: u16, flags: Flags, seq: u32, port: u32, payload: &[u8]) -> Vec<u8> {
    let mut v = vec![0u8; 16];
    v.extend_from_slice(payload);
    while !v.len().is_multiple_of(4) {
        v.push(0);
    }
    let length = (16 + payload.len()) as u32;
    MessageHeader {
        length,
        message_type: ty,
        flags,
        sequence: seq,
        port_id: port,
    }
    .emit(&mut v);
    v
}

/// An NLMSG_ERROR answering `req` with `errno` (0: an ACK), capped, with an optional
/// extended-ACK message.
pub(crate) fn answer(req: &MessageHeader, errno: i32, text: Option<&str>) -> Vec<u8> {
    let mut p = (-errno).to_ne_bytes().to_vec();
    let mut h = [0u8; 16];
    req.emit(&mut h);
    p.extend_from_slice(&h);
    let mut flags = Flags::CAPPED;
    if let Some(t) = text {
        flags |= Flags::ACK_TLVS;
        let len = (4 + t.len() + 1) as u16;
        p.extend_from_slice(&len.to_ne_bytes());
        p.extend_from_slice(&1u16.to_ne_bytes());
        p.extend_from_slice(t.as_bytes());
        p.push(0);
        while !p.len().is_multiple_of(4) {
            p.push(0);
        }
    }
    message(2, flags, req.sequence, req.port_id, &p)
}

/// The NLMSG_DONE of a dump.
pub(crate) fn done(req: &MessageHeader, errno: i32) -> Vec<u8> {
    message(
        3,
        Flags::MULTI,
        req.sequence,
        req.port_id,
        &(-errno).to_ne_bytes(),
    )
}

/// A datagram from the kernel.
pub(crate) fn from_kernel(parts: &[Vec<u8>]) -> Delivery {
    Delivery::Datagram {
        sender: 0,
        bytes: parts.concat(),
    }
}
