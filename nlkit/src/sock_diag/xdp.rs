//! XDP sockets (`AF_XDP`, linux/xdp_diag.h): what `ss --xdp` lists.
//!
//! XDP sockets are only dumped; the inode and cookie of an [`XdpRequest`] are checked
//! here. A kernel built without `CONFIG_XDP_SOCKETS_DIAG` answers the dump with `ENOENT`
//! (no handler for the family: [`Error::errno`](crate::engine::Error::errno) is
//! `Some(ENOENT)`), as the test kernel (6.18) does; ss then prints only its header. The
//! byte fixtures of this module are therefore built from the header, not captured.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::sock_diag::{self, xdp::XdpRequest};
//! let mut conn = Conn::new(nlkit::sys::Protocol::SockDiag)?;
//! for s in sock_diag::dump(&mut conn, &XdpRequest::default())? {
//!     let s = s?;
//!     println!("ino {} on {:?}", s.inode, s.info.map(|i| (i.ifindex, i.queue_id)));
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::{DumpRequest, SOCK_DIAG_BY_FAMILY};
use crate::wire::codec::{self, StructTrailing};
use crate::wire::sock_diag::{
    family::AF_XDP, Cookie, SkMeminfoCodec, XdpDiagInfo, XdpDiagMsg, XdpDiagReq, XdpDiagRing,
    XdpDiagStats, XdpDiagUmem,
};
use crate::wire::{AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// XDP diag attribute ids (`XDP_DIAG_*`).
pub mod attrs {
    #![allow(missing_docs)]
    pub const XDP_DIAG_NONE: u16 = 0;
    pub const XDP_DIAG_INFO: u16 = 1;
    pub const XDP_DIAG_UID: u16 = 2;
    pub const XDP_DIAG_RX_RING: u16 = 3;
    pub const XDP_DIAG_TX_RING: u16 = 4;
    pub const XDP_DIAG_UMEM: u16 = 5;
    pub const XDP_DIAG_UMEM_FILL_RING: u16 = 6;
    pub const XDP_DIAG_UMEM_COMPLETION_RING: u16 = 7;
    pub const XDP_DIAG_MEMINFO: u16 = 8;
    pub const XDP_DIAG_STATS: u16 = 9;
    /// `XDP_DU_F_ZEROCOPY`: the umem is used without copies.
    pub const XDP_DU_F_ZEROCOPY: u32 = 1;
}

use attrs::*;

crate::open_enum! {
    /// The type of an XDP socket (`xdiag_type`).
    pub enum XdpType: u8 {
        /// `SOCK_RAW`, the only type.
        Raw = 3,
    }
}

crate::flag_set! {
    /// What an XDP dump reports beyond the header (`XDP_SHOW_*`).
    pub struct XdpShow: u32 {
        /// `XDP_SHOW_INFO`: device and queue; the owner's uid.
        const INFO = 1 << 0;
        /// `XDP_SHOW_RING_CFG`: the rx and tx rings.
        const RING_CFG = 1 << 1;
        /// `XDP_SHOW_UMEM`: the umem and its fill and completion rings.
        const UMEM = 1 << 2;
        /// `XDP_SHOW_MEMINFO`: memory counters.
        const MEMINFO = 1 << 3;
        /// `XDP_SHOW_STATS`: drop counters.
        const STATS = 1 << 4;
    }
}

/// A dump of XDP sockets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct XdpRequest {
    /// What to report.
    pub show: XdpShow,
    /// Only the socket of this inode (checked here).
    pub inode: Option<u32>,
    /// Only the socket of this cookie (checked here).
    pub cookie: Option<Cookie>,
}

impl Default for XdpRequest {
    /// What `ss --xdp` asks for: everything.
    fn default() -> Self {
        XdpRequest {
            show: XdpShow::INFO
                | XdpShow::RING_CFG
                | XdpShow::UMEM
                | XdpShow::MEMINFO
                | XdpShow::STATS,
            inode: None,
            cookie: None,
        }
    }
}

impl DumpRequest for XdpRequest {
    type Socket = XdpSocket;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
        b.push_struct(&XdpDiagReq {
            family: AF_XDP,
            ino: self.inode.unwrap_or(0),
            show: self.show.bits(),
            cookie: self.cookie.unwrap_or_default(),
            ..Default::default()
        });
        b
    }

    fn parse(payload: &[u8]) -> Result<XdpSocket, DecodeError> {
        XdpSocket::parse(payload)
    }

    fn matches(&self, s: &XdpSocket) -> bool {
        self.inode.is_none_or(|i| i == s.inode) && self.cookie.is_none_or(|c| c == s.cookie)
    }
}

crate::attribute_set! {
    /// An XDP socket: the header of `xdp_diag_msg` and the attributes asked for.
    pub struct XdpSocket {
        /// `xdiag_type`.
        pub socket_type: XdpType,
        /// `xdiag_ino`.
        pub inode: u32,
        /// `xdiag_cookie`.
        pub cookie: Cookie,
    }
    attributes {
        /// `XDP_DIAG_INFO`: the device and queue bound to.
        pub info: StructTrailing<XdpDiagInfo> = XDP_DIAG_INFO,
        /// `XDP_DIAG_UID`: the owner.
        pub uid: codec::U32 = XDP_DIAG_UID,
        /// `XDP_DIAG_RX_RING`.
        pub rx_ring: StructTrailing<XdpDiagRing> = XDP_DIAG_RX_RING,
        /// `XDP_DIAG_TX_RING`.
        pub tx_ring: StructTrailing<XdpDiagRing> = XDP_DIAG_TX_RING,
        /// `XDP_DIAG_UMEM`.
        pub umem: StructTrailing<XdpDiagUmem> = XDP_DIAG_UMEM,
        /// `XDP_DIAG_UMEM_FILL_RING`.
        pub fill_ring: StructTrailing<XdpDiagRing> = XDP_DIAG_UMEM_FILL_RING,
        /// `XDP_DIAG_UMEM_COMPLETION_RING`.
        pub completion_ring: StructTrailing<XdpDiagRing> = XDP_DIAG_UMEM_COMPLETION_RING,
        /// `XDP_DIAG_MEMINFO`: memory counters.
        pub meminfo: SkMeminfoCodec = XDP_DIAG_MEMINFO,
        /// `XDP_DIAG_STATS`: drop counters (bytes a newer kernel appends are kept).
        pub stats: StructTrailing<XdpDiagStats> = XDP_DIAG_STATS,
    }
}

impl XdpSocket {
    /// Reads one reply's payload (`xdp_diag_msg` and its attributes).
    pub fn parse(payload: &[u8]) -> Result<XdpSocket, DecodeError> {
        let m = FamilyMessage::<XdpDiagMsg>::parse(payload)?;
        let h = m.header;
        let mut s = XdpSocket {
            socket_type: h.socket_type.into(),
            inode: h.ino,
            cookie: h.cookie,
            ..Default::default()
        };
        s.read_attrs(m.attrs())?;
        Ok(s)
    }

    /// Appends the payload (header and attributes) as the kernel sends it.
    pub fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&XdpDiagMsg {
            family: AF_XDP,
            socket_type: self.socket_type.into(),
            pad: 0,
            ino: self.inode,
            cookie: self.cookie,
        });
        self.write_attrs(b);
    }
}

impl XdpDiagUmem {
    /// True when the umem is used without copies (`XDP_DU_F_ZEROCOPY`; ss's `zc:1`).
    pub fn zero_copy(&self) -> bool {
        self.flags & XDP_DU_F_ZEROCOPY != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One `xdp_diag_msg` with every attribute, written by hand from linux/xdp_diag.h
    /// (little-endian; this kernel has no XDP socket diag to capture from): inode 0x1234,
    /// cookie 0x0000_0002_0000_0001, bound to ifindex 3 queue 1, uid 1000, rx ring 2048
    /// entries, tx ring 1024, umem id 5 of 4 MiB (1024 pages, 2048-byte chunks, headroom
    /// 0, ifindex 3, queue 1, zero-copy, 1 ref), fill ring 4096, completion ring 2048,
    /// a 9-counter meminfo, and stats 1..6.
    fn message() -> Vec<u8> {
        let mut m = vec![44, 3, 0, 0, 0x34, 0x12, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0];
        let mut put = |t: u16, words: &[u32]| {
            let len = u16::try_from(4 + 4 * words.len()).unwrap();
            m.extend_from_slice(&len.to_le_bytes());
            m.extend_from_slice(&t.to_le_bytes());
            for w in words {
                m.extend_from_slice(&w.to_le_bytes());
            }
        };
        put(XDP_DIAG_INFO, &[3, 1]);
        put(XDP_DIAG_UID, &[1000]);
        put(XDP_DIAG_RX_RING, &[2048]);
        put(XDP_DIAG_TX_RING, &[1024]);
        put(XDP_DIAG_UMEM, &[4 << 20, 0, 5, 1024, 2048, 0, 3, 1, 1, 1]);
        put(XDP_DIAG_UMEM_FILL_RING, &[4096]);
        put(XDP_DIAG_UMEM_COMPLETION_RING, &[2048]);
        put(XDP_DIAG_MEMINFO, &[0, 212_992, 0, 212_992, 0, 0, 0, 0, 0]);
        put(XDP_DIAG_STATS, &[1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0]);
        m
    }

    #[test]
    #[cfg(target_endian = "little")]
    fn every_attribute_parses_and_round_trips() {
        let bytes = message();
        let s = XdpSocket::parse(&bytes).unwrap();
        assert!(s.unknown.is_empty() && s.malformed.is_empty(), "{s:?}");
        assert_eq!((s.socket_type, s.inode), (XdpType::Raw, 0x1234));
        assert_eq!(s.cookie, Cookie(0x2_0000_0001));
        let info = s.info.as_ref().unwrap();
        assert_eq!((info.ifindex, info.queue_id), (3, 1));
        assert_eq!(s.uid, Some(1000));
        assert_eq!(s.rx_ring.as_ref().map(|r| r.entries), Some(2048));
        assert_eq!(s.tx_ring.as_ref().map(|r| r.entries), Some(1024));
        let umem = s.umem.as_ref().unwrap();
        assert_eq!((umem.size, umem.id, umem.num_pages), (4 << 20, 5, 1024));
        assert_eq!((umem.chunk_size, umem.ifindex, umem.refs), (2048, 3, 1));
        assert!(umem.zero_copy());
        assert_eq!(s.fill_ring.as_ref().map(|r| r.entries), Some(4096));
        assert_eq!(s.completion_ring.as_ref().map(|r| r.entries), Some(2048));
        assert_eq!(s.meminfo.as_ref().and_then(|m| m.rcvbuf()), Some(212_992));
        let stats = s.stats.as_ref().unwrap();
        assert_eq!((stats.rx_dropped, stats.tx_ring_empty), (1, 6));
        let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
        s.emit(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], &bytes[..]);
    }

    #[test]
    fn short_structures_are_malformed_and_kept() {
        let mut bytes = message()[..16].to_vec();
        // XDP_DIAG_UMEM of 8 bytes, XDP_DIAG_NONE (unknown), XDP_DIAG_STATS grown by 8.
        bytes.extend_from_slice(&[12, 0, 5, 0, 1, 0, 0, 0, 2, 0, 0, 0]);
        bytes.extend_from_slice(&[4, 0, 0, 0]);
        bytes.extend_from_slice(&[60, 0, 9, 0]);
        bytes.extend_from_slice(&[7; 56]);
        let s = XdpSocket::parse(&bytes).unwrap();
        assert_eq!(
            (s.umem.as_ref(), s.malformed.len(), s.unknown.len()),
            (None, 1, 2)
        );
        assert_eq!(s.stats.as_ref().map(|t| t.trailing.len()), Some(8));
        let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
        s.emit(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], &bytes[..]);
        assert!(XdpSocket::parse(&bytes[..10]).is_err());
    }

    /// ss 6.1's `ss --xdp -a` request (strace in a namespace; see unix.rs).
    #[test]
    fn request_matches_ss() {
        let b = XdpRequest::default().request().finish().unwrap();
        assert_eq!(b.len(), 36);
        assert_eq!(
            &b[16..],
            &[44, 0, 0, 0, 0, 0, 0, 0, 0x1f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        );
    }
}
