//! Closing sockets (`SOCK_DESTROY`, `ss -K`) and the notifications of destroyed sockets
//! (`SKNLGRP_INET*_DESTROY`, `ss -E`).
//!
//! `SOCK_DESTROY` needs CAP_NET_ADMIN and a kernel with `CONFIG_INET_DIAG_DESTROY`; the
//! protocol must support it (TCP, UDP, raw). Its failures are typed ([`DestroyError`]) so
//! that a caller can skip, as ss does, the sockets that cannot be closed or are gone.

use super::inet::request::raw_protocol_of;
use super::inet::{InetProtocol, InetRequest, InetSocket, StateSet};
use super::SOCK_DESTROY;
use crate::engine::{Conn, Error, KernelError, Notification, Subscription};
use crate::sys::{errno, Netns, Protocol};
use crate::wire::inet_diag::groups::*;
use std::fmt;
use std::time::Duration;

/// Why a socket was not destroyed.
#[derive(Debug)]
pub enum DestroyError {
    /// `EOPNOTSUPP`: the kernel lacks `CONFIG_INET_DIAG_DESTROY`, or the protocol cannot
    /// close a socket this way.
    NotSupported(KernelError),
    /// `ENOENT`: no such socket (already closed).
    NotFound(KernelError),
    /// `EPERM`: the caller lacks CAP_NET_ADMIN in the socket's namespace.
    PermissionDenied(KernelError),
    /// Any other failure.
    Other(Error),
}

impl fmt::Display for DestroyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DestroyError::NotSupported(e) => write!(f, "SOCK_DESTROY not supported: {e}"),
            DestroyError::NotFound(e) => write!(f, "no such socket: {e}"),
            DestroyError::PermissionDenied(e) => write!(f, "SOCK_DESTROY not permitted: {e}"),
            DestroyError::Other(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for DestroyError {}

impl From<Error> for DestroyError {
    fn from(e: Error) -> DestroyError {
        match e {
            Error::Kernel(k) if k.errno == errno::EOPNOTSUPP => DestroyError::NotSupported(k),
            Error::Kernel(k) if k.errno == errno::ENOENT => DestroyError::NotFound(k),
            Error::Kernel(k) if k.errno == errno::EPERM => DestroyError::PermissionDenied(k),
            other => DestroyError::Other(other),
        }
    }
}

/// Closes `socket` (dumped as `protocol`): `SOCK_DESTROY` with its family and identity,
/// the cookie included, so that only this socket matches (for raw sockets, its
/// `INET_DIAG_PROTOCOL` in `sdiag_raw_protocol`, as ss does).
pub fn destroy(
    conn: &mut Conn,
    socket: &InetSocket,
    protocol: InetProtocol,
) -> Result<(), DestroyError> {
    let request = InetRequest {
        id: Some(socket.id()),
        raw_protocol: raw_protocol_of(socket, protocol),
        ..InetRequest::new(socket.family, protocol, StateSet::EMPTY)
    };
    destroy_request(conn, &request)
}

/// Sends `request` (with its [`id`](InetRequest::id)) as `SOCK_DESTROY` and waits for the
/// kernel's answer.
pub fn destroy_request(conn: &mut Conn, request: &InetRequest) -> Result<(), DestroyError> {
    conn.execute(&request.message(SOCK_DESTROY))?;
    Ok(())
}

/// Every destroy group: TCP and UDP over IPv4 and IPv6.
pub const DESTROY_GROUPS: [u32; 4] = [
    SKNLGRP_INET_TCP_DESTROY,
    SKNLGRP_INET_UDP_DESTROY,
    SKNLGRP_INET6_TCP_DESTROY,
    SKNLGRP_INET6_UDP_DESTROY,
];

/// What a [`DestroyEvents`] delivers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DestroyEvent {
    /// A socket was destroyed: its last state (the kernel sends the header and
    /// `INET_DIAG_PROTOCOL`, and the extensions it fills for every socket).
    Socket(Box<InetSocket>),
    /// Notifications were lost (the receive buffer was full).
    Overrun,
}

/// A listener for destroyed sockets (`ss -E`): a `NETLINK_SOCK_DIAG` socket joined to
/// destroy groups ([`DESTROY_GROUPS`]). Joining needs CAP_NET_ADMIN.
#[derive(Debug)]
pub struct DestroyEvents {
    sub: Subscription,
}

impl DestroyEvents {
    /// Listens to `groups` (`SKNLGRP_*`) in the current namespace.
    pub fn new(groups: &[u32]) -> Result<DestroyEvents, Error> {
        Ok(DestroyEvents {
            sub: Subscription::new(Protocol::SockDiag, groups)?,
        })
    }

    /// The same, in `netns`.
    pub fn new_in(netns: &Netns, groups: &[u32]) -> Result<DestroyEvents, Error> {
        Ok(DestroyEvents {
            sub: Subscription::new_in(netns, Protocol::SockDiag, groups)?,
        })
    }

    /// The underlying subscription (its socket, counters).
    pub fn subscription(&self) -> &Subscription {
        &self.sub
    }

    /// The next event; `Ok(None)` when `timeout` passed without one (`None` waits without
    /// limit). A notification that does not decode gives `Err(Error::Decode)`.
    pub fn next_event(&mut self, timeout: Option<Duration>) -> Result<Option<DestroyEvent>, Error> {
        match self.sub.next_notification(timeout)? {
            None => Ok(None),
            Some(Notification::Overrun) => Ok(Some(DestroyEvent::Overrun)),
            Some(Notification::Message { message, .. }) => InetSocket::parse(message.payload())
                .map(|s| Some(DestroyEvent::Socket(Box::new(s))))
                .map_err(Error::Decode),
        }
    }
}
