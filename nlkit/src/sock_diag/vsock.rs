//! Vsock sockets (`AF_VSOCK`, linux/vm_sockets_diag.h): what `ss --vsock` lists.
//!
//! The kernel filters by state; a reply is the fixed `vsock_diag_msg` only (no
//! attributes; any a later kernel adds are kept raw). The request's inode, show and cookie
//! fields are reserved (sent as 0); the inode and cookie of a [`VsockRequest`] are checked
//! here. A kernel built without `CONFIG_VSOCKETS_DIAG` answers the dump with `ENOENT` (no
//! handler for the family: [`Error::errno`](crate::engine::Error::errno) is
//! `Some(ENOENT)`), as the test kernel (6.18, which has vsock itself) does; ss then prints
//! only its header. The byte fixtures of this module are built from the header.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::sock_diag::{self, vsock::VsockRequest};
//! let mut conn = Conn::new(nlkit::sys::Protocol::SockDiag)?;
//! for s in sock_diag::dump(&mut conn, &VsockRequest::default())? {
//!     let s = s?;
//!     println!("{}:{} -> {}:{}", s.src_cid, s.src_port, s.dst_cid, s.dst_port);
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::unix::{Shutdown, ALL_STATES};
use super::{DumpRequest, SOCK_DIAG_BY_FAMILY};
use crate::wire::sock_diag::{family::AF_VSOCK, Cookie, VsockDiagMsg, VsockDiagReq};
use crate::wire::{AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// `VMADDR_CID_ANY` and `VMADDR_PORT_ANY` (`-1U`): an unbound address (ss's `*`).
pub const VMADDR_ANY: u32 = u32::MAX;

crate::open_enum! {
    /// The type of a vsock socket (`vdiag_type`).
    pub enum VsockType: u8 {
        /// `SOCK_STREAM`.
        Stream = 1,
        /// `SOCK_DGRAM`.
        Dgram = 2,
        /// `SOCK_SEQPACKET`.
        Seqpacket = 5,
    }
}

impl VsockType {
    /// ss's name of the type: `v_str`, `v_dgr` (`???` for another, seqpacket included:
    /// ss 6.1 has no name for it).
    pub fn ss_name(self) -> &'static str {
        match self {
            VsockType::Stream => "v_str",
            VsockType::Dgram => "v_dgr",
            _ => "???",
        }
    }
}

/// A dump of vsock sockets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VsockRequest {
    /// The states to list: bit `1 << state` per state; the kernel filters.
    /// // merge: TcpState
    pub states: u32,
    /// Only the socket of this inode (checked here).
    pub inode: Option<u32>,
    /// Only the socket of this cookie (checked here).
    pub cookie: Option<Cookie>,
}

impl Default for VsockRequest {
    /// Every state (`ss --vsock -a`).
    fn default() -> Self {
        VsockRequest {
            states: ALL_STATES,
            inode: None,
            cookie: None,
        }
    }
}

impl DumpRequest for VsockRequest {
    type Socket = VsockSocket;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
        b.push_struct(&VsockDiagReq {
            family: AF_VSOCK,
            states: self.states,
            ..Default::default()
        });
        b
    }

    fn parse(payload: &[u8]) -> Result<VsockSocket, DecodeError> {
        VsockSocket::parse(payload)
    }

    fn matches(&self, s: &VsockSocket) -> bool {
        self.inode.is_none_or(|i| i == s.inode) && self.cookie.is_none_or(|c| c == s.cookie)
    }
}

crate::attribute_set! {
    /// A vsock socket (`vsock_diag_msg`).
    pub struct VsockSocket {
        /// `vdiag_type`.
        pub socket_type: VsockType,
        /// `vdiag_state`: a `TCP_*` state. // merge: TcpState
        pub state: u8,
        /// `vdiag_shutdown`.
        pub shutdown: Shutdown,
        /// `vdiag_src_cid` ([`VMADDR_ANY`]: unbound).
        pub src_cid: u32,
        /// `vdiag_src_port` ([`VMADDR_ANY`]: unbound).
        pub src_port: u32,
        /// `vdiag_dst_cid`.
        pub dst_cid: u32,
        /// `vdiag_dst_port`.
        pub dst_port: u32,
        /// `vdiag_ino`.
        pub inode: u32,
        /// `vdiag_cookie`.
        pub cookie: Cookie,
    }
    attributes {}
}

impl VsockSocket {
    /// Reads one reply's payload (`vsock_diag_msg`, and attributes a later kernel may
    /// add, kept raw).
    pub fn parse(payload: &[u8]) -> Result<VsockSocket, DecodeError> {
        let m = FamilyMessage::<VsockDiagMsg>::parse(payload)?;
        let h = m.header;
        let mut s = VsockSocket {
            socket_type: h.socket_type.into(),
            state: h.state,
            shutdown: Shutdown(h.shutdown),
            src_cid: h.src_cid,
            src_port: h.src_port,
            dst_cid: h.dst_cid,
            dst_port: h.dst_port,
            inode: h.ino,
            cookie: h.cookie,
            ..Default::default()
        };
        s.read_attrs(m.attrs())?;
        Ok(s)
    }

    /// Appends the payload as the kernel sends it.
    pub fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&VsockDiagMsg {
            family: AF_VSOCK,
            socket_type: self.socket_type.into(),
            state: self.state,
            shutdown: self.shutdown.bits(),
            src_cid: self.src_cid,
            src_port: self.src_port,
            dst_cid: self.dst_cid,
            dst_port: self.dst_port,
            ino: self.inode,
            cookie: self.cookie,
        });
        self.write_attrs(b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A listening stream socket on port 1234 of any cid, written by hand from
    /// linux/vm_sockets_diag.h (little-endian; this kernel has no vsock diag to capture
    /// from): state 10 (`TCP_LISTEN`), inode 0x4321, cookie 9.
    const LISTENER: [u8; 32] = [
        40, 1, 10, 0, 0xff, 0xff, 0xff, 0xff, 0xd2, 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x21, 0x43,
        0, 0, 9, 0, 0, 0, 0, 0, 0, 0,
    ];

    #[test]
    #[cfg(target_endian = "little")]
    fn the_message_parses_and_round_trips() {
        let s = VsockSocket::parse(&LISTENER).unwrap();
        assert_eq!((s.socket_type.ss_name(), s.state), ("v_str", 10));
        assert_eq!((s.src_cid, s.src_port), (VMADDR_ANY, 1234));
        assert_eq!((s.dst_cid, s.dst_port, s.inode), (0, 0, 0x4321));
        assert_eq!((s.cookie, s.shutdown), (Cookie(9), Shutdown::EMPTY));
        let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
        s.emit(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], &LISTENER[..]);
        // An attribute of a later kernel is kept; a short message is an error.
        let mut grown = LISTENER.to_vec();
        grown.extend_from_slice(&[8, 0, 1, 0, 5, 0, 0, 0]);
        let g = VsockSocket::parse(&grown).unwrap();
        assert_eq!(g.unknown.len(), 1);
        let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
        g.emit(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], &grown[..]);
        assert!(VsockSocket::parse(&LISTENER[..31]).is_err());
        assert_eq!(VsockType::Seqpacket.ss_name(), "???");
    }

    /// ss 6.1's `ss --vsock -a` and `ss --vsock` requests (strace in a namespace).
    #[test]
    fn requests_match_ss() {
        let ss = |states: u32| {
            let mut p = vec![40, 0, 0, 0];
            p.extend_from_slice(&states.to_ne_bytes());
            p.extend_from_slice(&[0; 16]);
            p
        };
        let all = VsockRequest::default().request().finish().unwrap();
        assert_eq!(all.len(), 40);
        assert_eq!(&all[16..], ss(0xfff));
        let connected = VsockRequest {
            states: 0xb37,
            inode: Some(5),
            ..Default::default()
        };
        assert_eq!(&connected.request().finish().unwrap()[16..], ss(0xb37));
    }
}
