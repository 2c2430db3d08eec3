//! Unix sockets (`AF_UNIX`, linux/unix_diag.h): what `ss -x` lists.
//!
//! A dump lists the unix sockets of the namespace the connection is in (sockets belong to
//! the namespace of the process that made them). The kernel filters by state; the inode
//! and cookie of a [`UnixRequest`] select one socket, checked here (a dump ignores them);
//! [`get`] asks the kernel for one socket by inode.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::sock_diag::{self, unix::UnixRequest};
//! let mut conn = Conn::new(nlkit::sys::Protocol::SockDiag)?;
//! for s in sock_diag::dump(&mut conn, &UnixRequest::default())? {
//!     let s = s?;
//!     println!("{} {} {:?}", s.socket_type.ss_name(), s.inode, s.display_name());
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::{DumpRequest, SOCK_DIAG_BY_FAMILY};
use crate::engine::{Conn, Error};
use crate::wire::codec::{self, Struct};
use crate::wire::sock_diag::{
    family::AF_UNIX, Cookie, SkMeminfoCodec, UnixDiagMsg, UnixDiagReq, UnixDiagRqlen, UnixDiagVfs,
};
use crate::wire::{AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// Unix diag attribute ids (`UNIX_DIAG_*`).
pub mod attrs {
    #![allow(missing_docs)]
    pub const UNIX_DIAG_NAME: u16 = 0;
    pub const UNIX_DIAG_VFS: u16 = 1;
    pub const UNIX_DIAG_PEER: u16 = 2;
    pub const UNIX_DIAG_ICONS: u16 = 3;
    pub const UNIX_DIAG_RQLEN: u16 = 4;
    pub const UNIX_DIAG_MEMINFO: u16 = 5;
    pub const UNIX_DIAG_SHUTDOWN: u16 = 6;
    pub const UNIX_DIAG_UID: u16 = 7;
}

use attrs::*;

/// Every socket state (`TCP_ESTABLISHED` .. `TCP_CLOSING` and bit 0), the mask `ss -a`
/// sends. // merge: TcpState (the state mask of sock_diag::inet)
pub const ALL_STATES: u32 = 0xfff;

crate::open_enum! {
    /// The type of a unix socket (`udiag_type`).
    pub enum UnixType: u8 {
        /// `SOCK_STREAM`.
        Stream = 1,
        /// `SOCK_DGRAM`.
        Dgram = 2,
        /// `SOCK_SEQPACKET`.
        Seqpacket = 5,
    }
}

impl UnixType {
    /// ss's name of the type (its `Netid` column): `u_str`, `u_seq`, and `u_dgr` for
    /// datagram sockets and any type ss does not know.
    pub fn ss_name(self) -> &'static str {
        match self {
            UnixType::Stream => "u_str",
            UnixType::Seqpacket => "u_seq",
            _ => "u_dgr",
        }
    }
}

crate::flag_set! {
    /// What a unix dump reports beyond the header (`UDIAG_SHOW_*`).
    pub struct UnixShow: u32 {
        /// `UDIAG_SHOW_NAME`: the bound name.
        const NAME = 0x01;
        /// `UDIAG_SHOW_VFS`: the inode and device of a bound path.
        const VFS = 0x02;
        /// `UDIAG_SHOW_PEER`: the peer's inode.
        const PEER = 0x04;
        /// `UDIAG_SHOW_ICONS`: the pending connections of a listener.
        const ICONS = 0x08;
        /// `UDIAG_SHOW_RQLEN`: queue lengths.
        const RQLEN = 0x10;
        /// `UDIAG_SHOW_MEMINFO`: memory counters.
        const MEMINFO = 0x20;
        /// `UDIAG_SHOW_UID`: the owner's uid.
        const UID = 0x40;
    }
}

crate::flag_set! {
    /// Which directions a socket has shut down (`UNIX_DIAG_SHUTDOWN`, `vdiag_shutdown`).
    pub struct Shutdown: u8 {
        /// `RCV_SHUTDOWN`: no more receiving (ss prints `-` instead of `<`).
        const RECEIVE = 1;
        /// `SEND_SHUTDOWN`: no more sending (ss prints `-` instead of `>`).
        const SEND = 2;
    }
}

/// A dump of unix sockets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnixRequest {
    /// The states to list: bit `1 << state` per state (`TCP_LISTEN` = 10, ...); the kernel
    /// filters. // merge: TcpState
    pub states: u32,
    /// What to report.
    pub show: UnixShow,
    /// Only the socket of this inode (checked here: a dump ignores `udiag_ino`).
    pub inode: Option<u32>,
    /// Only the socket of this cookie (checked here).
    pub cookie: Option<Cookie>,
}

impl Default for UnixRequest {
    /// Every state, with what plain `ss -x` asks for: name, peer and queue lengths.
    fn default() -> Self {
        UnixRequest {
            states: ALL_STATES,
            show: UnixShow::NAME | UnixShow::PEER | UnixShow::RQLEN,
            inode: None,
            cookie: None,
        }
    }
}

impl UnixRequest {
    fn header(&self) -> UnixDiagReq {
        UnixDiagReq {
            family: AF_UNIX,
            states: self.states,
            ino: self.inode.unwrap_or(0),
            show: self.show.bits(),
            cookie: self.cookie.unwrap_or_default(),
            ..Default::default()
        }
    }
}

impl DumpRequest for UnixRequest {
    type Socket = UnixSocket;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
        b.push_struct(&self.header());
        b
    }

    fn parse(payload: &[u8]) -> Result<UnixSocket, DecodeError> {
        UnixSocket::parse(payload)
    }

    fn matches(&self, s: &UnixSocket) -> bool {
        self.inode.is_none_or(|i| i == s.inode) && self.cookie.is_none_or(|c| c == s.cookie)
    }
}

/// Asks the kernel for the one unix socket of `inode` (`unix_diag_get_exact`), with what
/// `show` selects. `cookie` is checked by the kernel unless it is [`Cookie::NONE`]; a
/// socket that is not there is `ENOENT`, a wrong cookie `ESTALE`.
pub fn get(
    conn: &mut Conn,
    inode: u32,
    cookie: Cookie,
    show: UnixShow,
) -> Result<UnixSocket, Error> {
    let request = UnixRequest {
        inode: Some(inode),
        cookie: Some(cookie),
        show,
        ..Default::default()
    };
    let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
    b.push_struct(&request.header());
    let reply = conn.request(&b)?;
    Ok(UnixSocket::parse(reply.message().payload())?)
}

crate::attribute_set! {
    /// A unix socket: the header of `unix_diag_msg` and the attributes the request asked
    /// for.
    pub struct UnixSocket {
        /// `udiag_type`.
        pub socket_type: UnixType,
        /// `udiag_state`: a `TCP_*` state (`TCP_LISTEN` = 10, `TCP_ESTABLISHED` = 1,
        /// `TCP_CLOSE` = 7 for an unconnected socket). // merge: TcpState
        pub state: u8,
        /// `udiag_ino`: the socket's inode (ss's port column).
        pub inode: u32,
        /// `udiag_cookie`.
        pub cookie: Cookie,
    }
    attributes {
        /// `UNIX_DIAG_NAME`: the bound address as the kernel holds it: a path with its
        /// terminating NUL, or an abstract name (a NUL first); absent when unbound. See
        /// [`UnixSocket::display_name`].
        pub name: codec::Bytes = UNIX_DIAG_NAME,
        /// `UNIX_DIAG_VFS`: the inode and device of a bound path.
        pub vfs: Struct<UnixDiagVfs> = UNIX_DIAG_VFS,
        /// `UNIX_DIAG_PEER`: the peer's inode (a connected socket; ss's peer port).
        pub peer: codec::U32 = UNIX_DIAG_PEER,
        /// `UNIX_DIAG_ICONS`: the inodes of a listener's pending connections.
        pub icons: codec::Array<codec::U32> = UNIX_DIAG_ICONS,
        /// `UNIX_DIAG_RQLEN`: queue lengths (ss's Recv-Q, Send-Q).
        pub rqlen: Struct<UnixDiagRqlen> = UNIX_DIAG_RQLEN,
        /// `UNIX_DIAG_MEMINFO`: memory counters.
        pub meminfo: SkMeminfoCodec = UNIX_DIAG_MEMINFO,
        /// `UNIX_DIAG_SHUTDOWN`: the directions shut down (always sent, whatever the
        /// request shows).
        pub shutdown: codec::Enum8<Shutdown> = UNIX_DIAG_SHUTDOWN,
        /// `UNIX_DIAG_UID`: the owner.
        pub uid: codec::U32 = UNIX_DIAG_UID,
    }
}

/// A unix socket's bound address, read from [`UnixSocket::name`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnixName<'a> {
    /// A filesystem path (without its terminating NUL).
    Path(&'a [u8]),
    /// An abstract name (without the leading NUL; it may hold more NULs).
    Abstract(&'a [u8]),
}

impl UnixSocket {
    /// Reads one reply's payload (`unix_diag_msg` and its attributes).
    pub fn parse(payload: &[u8]) -> Result<UnixSocket, DecodeError> {
        let m = FamilyMessage::<UnixDiagMsg>::parse(payload)?;
        let h = m.header;
        let mut s = UnixSocket {
            socket_type: h.socket_type.into(),
            state: h.state,
            inode: h.ino,
            cookie: h.cookie,
            ..Default::default()
        };
        s.read_attrs(m.attrs())?;
        Ok(s)
    }

    /// Appends the payload (header and attributes) as the kernel sends it.
    pub fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&UnixDiagMsg {
            family: AF_UNIX,
            socket_type: self.socket_type.into(),
            state: self.state,
            pad: 0,
            ino: self.inode,
            cookie: self.cookie,
        });
        self.write_attrs(b);
    }

    /// The bound address, path or abstract; `None` when unbound (or not asked for).
    pub fn address(&self) -> Option<UnixName<'_>> {
        let name = self.name.as_deref()?;
        match name.split_first() {
            None => None,
            Some((0, rest)) => Some(UnixName::Abstract(rest)),
            Some(_) => {
                let end = name.iter().position(|&c| c == 0).unwrap_or(name.len());
                Some(UnixName::Path(&name[..end]))
            }
        }
    }

    /// The name as ss prints it: a path as it is, an abstract name with every NUL shown as
    /// `@` (`@name`); bytes that are not UTF-8 replaced. `None` when unbound (ss's `*`).
    pub fn display_name(&self) -> Option<String> {
        match self.address()? {
            UnixName::Path(p) => Some(String::from_utf8_lossy(p).into_owned()),
            UnixName::Abstract(a) => {
                let shown: Vec<u8> = a.iter().map(|&c| if c == 0 { b'@' } else { c }).collect();
                Some(format!("@{}", String::from_utf8_lossy(&shown)))
            }
        }
    }
}

impl UnixDiagVfs {
    /// The device's major number (the kernel's `new_encode_dev` undone, as glibc's
    /// `major` does).
    pub fn major(&self) -> u32 {
        (self.dev >> 8) & 0xfff
    }

    /// The device's minor number.
    pub fn minor(&self) -> u32 {
        (self.dev & 0xff) | ((self.dev >> 12) & 0xfff00)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sock_diag::request::fixtures;

    /// Captured by `fixtures/capture.py` (run in a fresh namespace; see its docstring):
    /// the unix sockets it makes, dumped with every state and every `UDIAG_SHOW_*` flag,
    /// in the kernel's order: the pending connection to the listener (0x21cd2), the two
    /// ends of a socketpair (0x21cd6 read-shut, 0x21cd5 write-shut), an unnamed datagram
    /// socket (0x21cd7), the listener on `.../listen.sock` (0x21cd1), a seqpacket socket
    /// on `.../seq.sock` (0x21cd4) and a datagram socket on the abstract name
    /// `\0nlkit-abstract\0x` (0x21cd3).
    const DUMP: &[u8] = include_bytes!("fixtures/unix_dump.bin");

    fn sockets() -> Vec<(Vec<u8>, UnixSocket)> {
        fixtures::sockets(DUMP, UnixSocket::parse)
    }

    #[test]
    fn dump_parses_and_round_trips() {
        let all = sockets();
        assert_eq!(all.len(), 7);
        for (payload, s) in &all {
            assert!(s.unknown.is_empty() && s.malformed.is_empty(), "{s:?}");
            assert_eq!(s.uid, Some(0));
            assert!(s.meminfo.as_ref().is_some_and(|m| m.0.len() == 9));
            fixtures::assert_round_trip(payload, |b| s.emit(b));
        }
        let by = |ino: u32| &all.iter().find(|(_, s)| s.inode == ino).unwrap().1;
        let listener = by(0x21cd1);
        assert_eq!(
            (listener.socket_type, listener.state),
            (UnixType::Stream, 10)
        );
        assert_eq!(listener.icons.as_deref(), Some(&[0x21cd2][..]));
        assert_eq!(listener.rqlen.map(|q| (q.rqueue, q.wqueue)), Some((1, 4)));
        let name = listener.display_name().unwrap();
        assert!(name.starts_with("/tmp/nlk-capture-") && name.ends_with("/listen.sock"));
        assert!(matches!(listener.address(), Some(UnixName::Path(p)) if !p.contains(&0)));
        let vfs = listener.vfs.unwrap();
        assert_eq!((vfs.ino, vfs.major(), vfs.minor()), (0x98c0fd, 0, 0xfe00));
        let pending = by(0x21cd2);
        assert_eq!(
            (pending.state, pending.peer, pending.name.as_ref()),
            (1, Some(0), None)
        );
        assert_eq!(pending.display_name(), None);
        assert_eq!(by(0x21cd6).peer, Some(0x21cd5));
        assert_eq!(by(0x21cd6).shutdown, Some(Shutdown::RECEIVE));
        assert_eq!(by(0x21cd5).shutdown, Some(Shutdown::SEND));
        let abs = by(0x21cd3);
        assert_eq!((abs.socket_type.ss_name(), abs.state), ("u_dgr", 7));
        assert_eq!(abs.display_name().as_deref(), Some("@nlkit-abstract@x"));
        assert_eq!(
            abs.address(),
            Some(UnixName::Abstract(&b"nlkit-abstract\0x"[..]))
        );
        assert_eq!(by(0x21cd4).socket_type.ss_name(), "u_seq");
    }

    #[test]
    fn unknown_and_malformed_attributes_are_kept() {
        let (payload, _) = &sockets()[0];
        let mut bytes = payload[..16].to_vec();
        // UNIX_DIAG_PEER of 2 bytes (malformed), then an attribute 42 nlkit does not know.
        bytes.extend_from_slice(&[6, 0, 2, 0, 1, 2, 0, 0, 8, 0, 42, 0, 9, 9, 9, 9]);
        let s = UnixSocket::parse(&bytes).unwrap();
        assert_eq!((s.peer, s.malformed.len(), s.unknown.len()), (None, 1, 2));
        assert_eq!(s.malformed[0].attr_type, UNIX_DIAG_PEER);
        let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
        s.emit(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], &bytes[..]);
        assert!(UnixSocket::parse(&bytes[..15]).is_err(), "a short header");
        assert!(
            UnixSocket::parse(&bytes[..18]).is_err(),
            "a broken attribute run"
        );
        assert_eq!(UnixType::from(9).ss_name(), "u_dgr");
    }

    fn request_bytes(r: &UnixRequest) -> Vec<u8> {
        r.request().finish().unwrap()
    }

    /// ss 6.1's requests (`strace -e trace=sendto -e write=3 ss ...` in a namespace): the
    /// payload after `nlmsghdr`, whose flags nlkit's dump sets (REQUEST|DUMP). `ss -xap`
    /// sends the bytes of `ss -xa` (the processes come from /proc, not the kernel).
    #[test]
    fn requests_match_ss() {
        let ss = |states: u32, show: u32| {
            let mut p = vec![1, 0, 0, 0];
            for w in [states, 0, show, 0, 0] {
                p.extend_from_slice(&w.to_ne_bytes());
            }
            p
        };
        let plain = request_bytes(&UnixRequest::default());
        assert_eq!(&plain[4..6], &SOCK_DIAG_BY_FAMILY.to_ne_bytes());
        assert_eq!(plain.len(), 40);
        // ss -xa
        assert_eq!(&plain[16..], ss(0xfff, 0x15));
        // ss -xae, ss -xam, ss -x (the default states), ss -xa state listening
        let extended = UnixRequest {
            show: UnixShow(0x15) | UnixShow::VFS | UnixShow::ICONS,
            ..Default::default()
        };
        assert_eq!(&request_bytes(&extended)[16..], ss(0xfff, 0x1f));
        let mem = UnixRequest {
            show: UnixShow(0x15) | UnixShow::MEMINFO,
            ..Default::default()
        };
        assert_eq!(&request_bytes(&mem)[16..], ss(0xfff, 0x35));
        let connected = UnixRequest {
            states: 0xb37,
            ..Default::default()
        };
        assert_eq!(&request_bytes(&connected)[16..], ss(0xb37, 0x15));
        let listening = UnixRequest {
            states: 1 << 10,
            ..Default::default()
        };
        assert_eq!(&request_bytes(&listening)[16..], ss(0x400, 0x15));
    }

    #[test]
    fn one_socket_is_selected_here() {
        let all = sockets();
        let r = UnixRequest {
            inode: Some(0x21cd4),
            ..Default::default()
        };
        let kept: Vec<u32> = all
            .iter()
            .filter(|(_, s)| r.matches(s))
            .map(|(_, s)| s.inode)
            .collect();
        assert_eq!(kept, [0x21cd4]);
        let wrong = UnixRequest {
            cookie: Some(Cookie(1)),
            ..r
        };
        assert!(!all.iter().any(|(_, s)| wrong.matches(s)));
        assert_eq!(&request_bytes(&r)[24..28], &0x21cd4u32.to_ne_bytes());
    }
}
