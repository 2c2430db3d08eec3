//! [`InetRequest`]: what an inet dump (or exact lookup) asks the kernel for.

use super::{Extensions, InetProtocol, InetSocket, StateSet};
use crate::engine::{Conn, Error};
use crate::rtnl::AddressFamily;
use crate::sock_diag::{DumpRequest, SOCK_DIAG_BY_FAMILY};
use crate::wire::inet_diag::req_attrs::{INET_DIAG_REQ_BYTECODE, INET_DIAG_REQ_PROTOCOL};
use crate::wire::inet_diag::{
    InetDiagReq, InetDiagReqV2, InetDiagSockId, DCCPDIAG_GETSOCK, TCPDIAG_GETSOCK,
};
use crate::wire::{DecodeError, Flags, MessageBuilder};

/// A dump of the inet sockets of one family and protocol (`inet_diag_req_v2`), or, with
/// [`id`](Self::id) and [`get`], the lookup of one socket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InetRequest {
    /// `sdiag_family`: `Inet` or `Inet6` (`ss` dumps both, one after the other).
    pub family: AddressFamily,
    /// `sdiag_protocol` (and `INET_DIAG_REQ_PROTOCOL` for protocols over 255).
    pub protocol: InetProtocol,
    /// `idiag_states`.
    pub states: StateSet,
    /// `idiag_ext`: the attributes to report.
    pub extensions: Extensions,
    /// For [`InetProtocol::Raw`], `sdiag_raw_protocol` (the `pad` byte): the raw sockets'
    /// protocol, 0 for all (what `ss -w` sends); ignored by other protocols.
    pub raw_protocol: u8,
    /// `INET_DIAG_REQ_BYTECODE`: a filter program the kernel runs on each socket.
    pub bytecode: Option<Vec<u8>>,
    /// `id`: the socket of an exact lookup ([`get`]); dumps send it too (the kernel
    /// ignores it there), zero when `None`.
    pub id: Option<InetDiagSockId>,
}

impl InetRequest {
    /// A dump of `protocol` sockets of `family` in `states`, without extensions.
    pub fn new(family: AddressFamily, protocol: InetProtocol, states: StateSet) -> InetRequest {
        InetRequest {
            family,
            protocol,
            states,
            extensions: Extensions::EMPTY,
            raw_protocol: 0,
            bytecode: None,
            id: None,
        }
    }

    /// The lookup of the socket `s` (same family and identity; `protocol` is the one it
    /// was dumped with).
    pub fn for_socket(s: &InetSocket, protocol: InetProtocol) -> InetRequest {
        InetRequest {
            id: Some(s.id()),
            raw_protocol: raw_protocol_of(s, protocol),
            ..InetRequest::new(s.family, protocol, StateSet::EMPTY)
        }
    }

    /// The fixed request structure.
    pub fn header(&self) -> InetDiagReqV2 {
        let protocol = self.protocol.raw();
        InetDiagReqV2 {
            family: self.family.into(),
            // The low byte, as ss 6.1 sends MPTCP's 262 (6), with the whole number in
            // INET_DIAG_REQ_PROTOCOL.
            protocol: protocol as u8,
            ext: self.extensions.bits(),
            pad: if self.protocol == InetProtocol::Raw {
                self.raw_protocol
            } else {
                0
            },
            states: self.states.0,
            id: self.id.unwrap_or_default(),
        }
    }

    /// The message of type `message_type` (`SOCK_DIAG_BY_FAMILY` or `SOCK_DESTROY`).
    pub(crate) fn message(&self, message_type: u16) -> MessageBuilder {
        let mut b = MessageBuilder::new(message_type, Flags::NONE);
        b.push_struct(&self.header());
        if let Some(code) = &self.bytecode {
            b.attr_bytes(INET_DIAG_REQ_BYTECODE, code);
        }
        let protocol = self.protocol.raw();
        if protocol > 255 {
            b.attr_u32_ne(INET_DIAG_REQ_PROTOCOL, u32::from(protocol));
        }
        b
    }
}

/// The raw protocol byte a request about `s` carries: its `INET_DIAG_PROTOCOL` for raw
/// sockets (as ss's kill does), else 0.
pub(crate) fn raw_protocol_of(s: &InetSocket, protocol: InetProtocol) -> u8 {
    match (protocol, s.protocol) {
        (InetProtocol::Raw, Some(p)) => p.raw() as u8,
        _ => 0,
    }
}

impl DumpRequest for InetRequest {
    type Socket = InetSocket;

    fn request(&self) -> MessageBuilder {
        self.message(SOCK_DIAG_BY_FAMILY)
    }

    fn parse(payload: &[u8]) -> Result<InetSocket, DecodeError> {
        InetSocket::parse(payload)
    }
}

/// The dump of kernels before `SOCK_DIAG_BY_FAMILY` (`struct inet_diag_req` in a
/// `TCPDIAG_GETSOCK` or `DCCPDIAG_GETSOCK` message): TCP or DCCP over IPv4 only, what ss
/// asks again when the kernel refuses an [`InetRequest`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompatRequest {
    /// `TCPDIAG_GETSOCK` or `DCCPDIAG_GETSOCK`.
    pub message_type: u16,
    /// `idiag_states`.
    pub states: StateSet,
    /// `idiag_ext`.
    pub extensions: Extensions,
}

impl CompatRequest {
    /// The old dump of `protocol` (TCP or DCCP; `None` for the protocols it cannot ask).
    pub fn new(
        protocol: InetProtocol,
        states: StateSet,
        extensions: Extensions,
    ) -> Option<CompatRequest> {
        let message_type = match protocol {
            InetProtocol::Tcp => TCPDIAG_GETSOCK,
            InetProtocol::Dccp => DCCPDIAG_GETSOCK,
            _ => return None,
        };
        Some(CompatRequest {
            message_type,
            states,
            extensions,
        })
    }

    /// The fixed request structure.
    pub fn header(&self) -> InetDiagReq {
        InetDiagReq {
            family: AddressFamily::Inet.into(),
            src_len: 0,
            dst_len: 0,
            ext: self.extensions.bits(),
            id: InetDiagSockId::default(),
            states: self.states.0,
            dbs: 0,
        }
    }
}

impl DumpRequest for CompatRequest {
    type Socket = InetSocket;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(self.message_type, Flags::NONE);
        b.push_struct(&self.header());
        b
    }

    fn parse(payload: &[u8]) -> Result<InetSocket, DecodeError> {
        InetSocket::parse(payload)
    }
}

/// Looks up one socket: `request` with its [`id`](InetRequest::id) set (an exact request:
/// no `NLM_F_DUMP`; the kernel matches the addresses, ports, interface and, unless it is
/// [`INET_DIAG_NOCOOKIE`](crate::wire::inet_diag::INET_DIAG_NOCOOKIE), the cookie). A
/// socket that does not exist is `Err(Error::Kernel)` with `ENOENT`.
pub fn get(conn: &mut Conn, request: &InetRequest) -> Result<InetSocket, Error> {
    let reply = conn.request(&request.request())?;
    let msg = reply.message();
    InetSocket::parse(msg.payload()).map_err(Error::Decode)
}
