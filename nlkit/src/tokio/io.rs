//! What the tokio layer reads and writes: the kernel's socket or, in unit tests, one end
//! of a Unix datagram pair whose other end plays the kernel.

use crate::sys::{Received, Socket};
use std::io;
use std::os::fd::{AsRawFd, RawFd};

#[derive(Debug)]
pub(crate) enum Io {
    Kernel(Socket),
    /// Each datagram from the fake kernel starts with the sender's port id (4 bytes,
    /// native order); an empty datagram stands for ENOBUFS.
    #[cfg(test)]
    Fake(std::os::unix::net::UnixDatagram),
}

impl Io {
    pub(crate) fn socket(&self) -> &Socket {
        match self {
            Io::Kernel(s) => s,
            #[cfg(test)]
            Io::Fake(_) => unreachable!("a fake connection has no netlink socket"),
        }
    }

    pub(crate) fn send(&self, data: &[u8]) -> io::Result<usize> {
        match self {
            Io::Kernel(s) => s.send(data),
            #[cfg(test)]
            Io::Fake(u) => u.send(data),
        }
    }

    /// Receives one whole datagram without waiting (`WouldBlock` when none is queued).
    pub(crate) fn recv(&self, buf: &mut Vec<u8>) -> io::Result<Received> {
        match self {
            Io::Kernel(s) => s.recv(buf, true),
            #[cfg(test)]
            Io::Fake(u) => {
                if buf.len() < 1 << 16 {
                    buf.resize(1 << 16, 0);
                }
                let n = u.recv(buf)?;
                if n < 4 {
                    return Err(io::Error::from_raw_os_error(crate::sys::errno::ENOBUFS));
                }
                let sender_port = u32::from_ne_bytes([buf[0], buf[1], buf[2], buf[3]]);
                buf.copy_within(4..n, 0);
                Ok(Received {
                    len: n - 4,
                    sender_port,
                    sender_groups: 0,
                    group: None,
                    nsid: None,
                })
            }
        }
    }
}

impl AsRawFd for Io {
    fn as_raw_fd(&self) -> RawFd {
        match self {
            Io::Kernel(s) => s.as_raw_fd(),
            #[cfg(test)]
            Io::Fake(u) => u.as_raw_fd(),
        }
    }
}

impl crate::sys::reactor::OwnsFd for Io {}
