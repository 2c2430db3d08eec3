//! What the engine sends through and receives from: the kernel's socket or, in unit tests,
//! a scripted fake kernel.

use crate::sys::{Received, Socket};
use std::io;
use std::time::Duration;

#[derive(Debug)]
pub(crate) enum Transport {
    Kernel(Socket),
    #[cfg(test)]
    Scripted(Box<super::scripted::FakeKernel>),
}

impl Transport {
    pub(crate) fn send(&mut self, data: &[u8]) -> io::Result<usize> {
        match self {
            Transport::Kernel(s) => s.send(data),
            #[cfg(test)]
            Transport::Scripted(k) => k.send(data),
        }
    }

    /// Receives one whole datagram without waiting (`WouldBlock` when none is queued).
    pub(crate) fn recv(&mut self, buf: &mut Vec<u8>) -> io::Result<Received> {
        match self {
            Transport::Kernel(s) => s.recv(buf, true),
            #[cfg(test)]
            Transport::Scripted(k) => k.recv(buf),
        }
    }

    pub(crate) fn wait_readable(&mut self, timeout: Duration) -> io::Result<bool> {
        match self {
            Transport::Kernel(s) => s.wait_readable(Some(timeout)),
            #[cfg(test)]
            Transport::Scripted(k) => Ok(k.readable()),
        }
    }
}
