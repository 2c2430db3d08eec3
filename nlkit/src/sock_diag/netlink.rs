//! Netlink sockets (`AF_NETLINK`, linux/netlink_diag.h): what `ss -A netlink` lists,
//! the kernel's own sockets (port id 0) among them.
//!
//! Netlink sockets are only dumped, of one protocol or of all; the inode and cookie of a
//! [`NetlinkRequest`] are checked here. A socket bound to multicast groups may be listed
//! twice in one dump (this kernel, 6.18, walks its port table and then its multicast
//! list; see the fixture's test).
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::sock_diag::{self, netlink::NetlinkRequest};
//! let mut conn = Conn::new(nlkit::sys::Protocol::SockDiag)?;
//! for s in sock_diag::dump(&mut conn, &NetlinkRequest::default())? {
//!     let s = s?;
//!     println!("{:?} port {}", s.protocol, s.portid);
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::{DumpRequest, SOCK_DIAG_BY_FAMILY};
use crate::sys::Protocol;
use crate::wire::codec::{self, StructTrailing};
use crate::wire::sock_diag::{
    family::AF_NETLINK, group_bitmap, group_bitmap_first_word, Cookie, NetlinkDiagMsg,
    NetlinkDiagReq, NetlinkDiagRing, SkMeminfoCodec,
};
use crate::wire::{AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// Netlink diag attribute ids (`NETLINK_DIAG_*`) and the protocol wildcard.
pub mod attrs {
    #![allow(missing_docs)]
    pub const NETLINK_DIAG_MEMINFO: u16 = 0;
    pub const NETLINK_DIAG_GROUPS: u16 = 1;
    pub const NETLINK_DIAG_RX_RING: u16 = 2;
    pub const NETLINK_DIAG_TX_RING: u16 = 3;
    pub const NETLINK_DIAG_FLAGS: u16 = 4;
    /// `NDIAG_PROTO_ALL`: every protocol.
    pub const NDIAG_PROTO_ALL: u8 = 0xff;
}

use attrs::*;

crate::open_enum! {
    /// The type of a netlink socket (`ndiag_type`).
    pub enum NetlinkType: u8 {
        /// `SOCK_DGRAM`.
        Dgram = 2,
        /// `SOCK_RAW`.
        Raw = 3,
    }
}

crate::open_enum! {
    /// The state of a netlink socket (`ndiag_state`, the socket's `sk_state`).
    pub enum NetlinkState: u8 {
        /// `NETLINK_UNCONNECTED`.
        Unconnected = 0,
        /// `NETLINK_CONNECTED`: connect(2)ed to a port or group (ss then prints the
        /// destination).
        Connected = 1,
        /// `TCP_CLOSE` (7): what the kernel reports for a socket never connected (the
        /// state every socket starts in).
        Close = 7,
    }
}

crate::flag_set! {
    /// What a netlink dump reports beyond the header (`NDIAG_SHOW_*`).
    pub struct NetlinkShow: u32 {
        /// `NDIAG_SHOW_MEMINFO`: memory counters.
        const MEMINFO = 0x1;
        /// `NDIAG_SHOW_GROUPS`: the multicast groups joined.
        const GROUPS = 0x2;
        /// `NDIAG_SHOW_RING_CFG`: the mmapped rings (gone since Linux 4.6).
        const RING_CFG = 0x4;
        /// `NDIAG_SHOW_FLAGS`: the socket's flags.
        const FLAGS = 0x8;
    }
}

crate::flag_set! {
    /// The flags of a netlink socket (`NETLINK_DIAG_FLAGS`, `NDIAG_FLAG_*`).
    pub struct NetlinkFlags: u32 {
        /// `NDIAG_FLAG_CB_RUNNING`: a dump is in progress.
        const CB_RUNNING = 0x01;
        /// `NDIAG_FLAG_PKTINFO`: `NETLINK_PKTINFO`.
        const PKTINFO = 0x02;
        /// `NDIAG_FLAG_BROADCAST_ERROR`: `NETLINK_BROADCAST_ERROR`.
        const BROADCAST_ERROR = 0x04;
        /// `NDIAG_FLAG_NO_ENOBUFS`: `NETLINK_NO_ENOBUFS`.
        const NO_ENOBUFS = 0x08;
        /// `NDIAG_FLAG_LISTEN_ALL_NSID`: `NETLINK_LISTEN_ALL_NSID`.
        const LISTEN_ALL_NSID = 0x10;
        /// `NDIAG_FLAG_CAP_ACK`: `NETLINK_CAP_ACK`.
        const CAP_ACK = 0x20;
    }
}

/// A dump of netlink sockets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NetlinkRequest {
    /// Only the sockets of this protocol (the kernel filters); `None`: every protocol.
    pub protocol: Option<Protocol>,
    /// What to report.
    pub show: NetlinkShow,
    /// Only the socket of this inode (checked here).
    pub inode: Option<u32>,
    /// Only the socket of this cookie (checked here).
    pub cookie: Option<Cookie>,
}

impl Default for NetlinkRequest {
    /// What `ss -A netlink` asks for: every protocol, groups and memory.
    fn default() -> Self {
        NetlinkRequest {
            protocol: None,
            show: NetlinkShow::GROUPS | NetlinkShow::MEMINFO,
            inode: None,
            cookie: None,
        }
    }
}

impl DumpRequest for NetlinkRequest {
    type Socket = NetlinkSocket;

    fn request(&self) -> MessageBuilder {
        let protocol = self.protocol.map_or(NDIAG_PROTO_ALL, |p| {
            u8::try_from(p.raw()).unwrap_or(NDIAG_PROTO_ALL)
        });
        let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
        b.push_struct(&NetlinkDiagReq {
            family: AF_NETLINK,
            protocol,
            ino: self.inode.unwrap_or(0),
            show: self.show.bits(),
            cookie: self.cookie.unwrap_or_default(),
            ..Default::default()
        });
        b
    }

    fn parse(payload: &[u8]) -> Result<NetlinkSocket, DecodeError> {
        NetlinkSocket::parse(payload)
    }

    fn matches(&self, s: &NetlinkSocket) -> bool {
        self.inode.is_none_or(|i| i == s.inode) && self.cookie.is_none_or(|c| c == s.cookie)
    }
}

crate::attribute_set! {
    /// A netlink socket: the header of `netlink_diag_msg` and the attributes asked for.
    pub struct NetlinkSocket {
        /// `ndiag_type`.
        pub socket_type: NetlinkType,
        /// `ndiag_protocol`.
        pub protocol: Protocol,
        /// `ndiag_state`.
        pub state: NetlinkState,
        /// `ndiag_portid`: the port id (0: the kernel's socket of the protocol).
        pub portid: u32,
        /// `ndiag_dst_portid`: the port connected to.
        pub dst_portid: u32,
        /// `ndiag_dst_group`: the group connected to.
        pub dst_group: u32,
        /// `ndiag_ino`.
        pub inode: u32,
        /// `ndiag_cookie`.
        pub cookie: Cookie,
    }
    attributes {
        /// `NETLINK_DIAG_MEMINFO`: memory counters (ss's Recv-Q and Send-Q).
        pub meminfo: SkMeminfoCodec = NETLINK_DIAG_MEMINFO,
        /// `NETLINK_DIAG_GROUPS`: the groups joined, a bitmap of the kernel's
        /// `unsigned long`s (bit `n - 1` is group `n`); see [`NetlinkSocket::groups`].
        /// Absent for a socket in no group.
        pub groups: codec::Bytes = NETLINK_DIAG_GROUPS,
        /// `NETLINK_DIAG_RX_RING` (kernels before 4.6).
        pub rx_ring: StructTrailing<NetlinkDiagRing> = NETLINK_DIAG_RX_RING,
        /// `NETLINK_DIAG_TX_RING` (kernels before 4.6).
        pub tx_ring: StructTrailing<NetlinkDiagRing> = NETLINK_DIAG_TX_RING,
        /// `NETLINK_DIAG_FLAGS`.
        pub flags: codec::Enum32<NetlinkFlags> = NETLINK_DIAG_FLAGS,
    }
}

impl NetlinkSocket {
    /// Reads one reply's payload (`netlink_diag_msg` and its attributes).
    pub fn parse(payload: &[u8]) -> Result<NetlinkSocket, DecodeError> {
        let m = FamilyMessage::<NetlinkDiagMsg>::parse(payload)?;
        let h = m.header;
        let mut s = NetlinkSocket {
            socket_type: h.socket_type.into(),
            protocol: Protocol::from(i32::from(h.protocol)),
            state: h.state.into(),
            portid: h.portid,
            dst_portid: h.dst_portid,
            dst_group: h.dst_group,
            inode: h.ino,
            cookie: h.cookie,
            ..Default::default()
        };
        s.read_attrs(m.attrs())?;
        Ok(s)
    }

    /// Appends the payload (header and attributes) as the kernel sends it.
    pub fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&NetlinkDiagMsg {
            family: AF_NETLINK,
            socket_type: self.socket_type.into(),
            protocol: u8::try_from(self.protocol.raw()).unwrap_or(u8::MAX),
            state: self.state.into(),
            portid: self.portid,
            dst_portid: self.dst_portid,
            dst_group: self.dst_group,
            ino: self.inode,
            cookie: self.cookie,
        });
        self.write_attrs(b);
    }

    /// The groups joined, in increasing order (group `n` is bit `n - 1` of the bitmap,
    /// read as the kernel's `unsigned long`s: 64-bit words when the bitmap is a whole
    /// number of them, 32-bit ones otherwise).
    pub fn groups(&self) -> Vec<u32> {
        self.groups.as_deref().map(group_bitmap).unwrap_or_default()
    }

    /// The first word of the bitmap (what ss prints as `groups=0x%08x`): the groups 1 to
    /// 32.
    pub fn first_groups(&self) -> u32 {
        self.groups.as_deref().map_or(0, group_bitmap_first_word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sock_diag::request::fixtures;

    /// Captured by `fixtures/capture.py` in a fresh namespace: the `NETLINK_ROUTE` sockets
    /// (groups, memory, flags), with the script's own socket bound to groups 1 and 3
    /// (`RTMGRP_LINK | RTMGRP_NEIGH`, port 17786). The kernel listed that socket twice
    /// (from the port table and from the multicast list); the kernel's own socket (port 0,
    /// `SOCK_DGRAM`) is between.
    const DUMP: &[u8] = include_bytes!("fixtures/netlink_dump.bin");

    fn sockets() -> Vec<(Vec<u8>, NetlinkSocket)> {
        fixtures::sockets(DUMP, NetlinkSocket::parse)
    }

    #[test]
    fn dump_parses_and_round_trips() {
        let all = sockets();
        assert_eq!(all.len(), 3);
        for (payload, s) in &all {
            assert!(s.unknown.is_empty() && s.malformed.is_empty(), "{s:?}");
            assert_eq!(s.protocol, Protocol::Route);
            assert_eq!(s.state, NetlinkState::Close);
            assert_eq!(s.flags, Some(NetlinkFlags::EMPTY));
            assert_eq!(s.meminfo.as_ref().map(|m| m.0.len()), Some(9));
            fixtures::assert_round_trip(payload, |b| s.emit(b));
        }
        let mine = &all[0].1;
        assert_eq!(mine.portid, 17786);
        assert_eq!(mine.groups(), [1, 3]);
        assert_eq!(mine.first_groups(), 5);
        assert_eq!(all[2].1, *mine, "listed twice");
        assert_eq!(mine.socket_type, NetlinkType::Raw);
        let kernel = &all[1].1;
        assert_eq!((kernel.portid, kernel.groups.as_ref()), (0, None));
        assert_eq!(
            kernel.socket_type,
            NetlinkType::Dgram,
            "the kernel's sockets"
        );
        assert!(kernel.groups().is_empty());
    }

    #[test]
    fn groups_past_the_first_word_and_malformed_flags() {
        let s = NetlinkSocket {
            groups: Some([0u8, 0, 0, 0x80, 1, 0, 0, 0].to_vec()),
            ..Default::default()
        };
        assert_eq!(s.groups(), [32, 33]);
        assert_eq!(s.first_groups(), 0x8000_0000);
        let (payload, _) = &sockets()[1];
        let mut bytes = payload[..28].to_vec();
        bytes.extend_from_slice(&[5, 0, 4, 0, 1, 0, 0, 0]);
        let p = NetlinkSocket::parse(&bytes).unwrap();
        assert_eq!((p.flags, p.malformed.len()), (None, 1));
        let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
        p.emit(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], &bytes[..]);
        assert!(NetlinkSocket::parse(&bytes[..27]).is_err());
    }

    /// ss 6.1's `ss -A netlink -a` request (strace in a namespace; see unix.rs).
    #[test]
    fn requests_match_ss() {
        let b = NetlinkRequest::default().request().finish().unwrap();
        assert_eq!(b.len(), 36);
        assert_eq!(
            &b[16..],
            &[16, 0xff, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        );
        let route = NetlinkRequest {
            protocol: Some(Protocol::Route),
            show: NetlinkShow(0x0b),
            ..Default::default()
        };
        assert_eq!(&route.request().finish().unwrap()[16..20], &[16, 0, 0, 0]);
    }
}
