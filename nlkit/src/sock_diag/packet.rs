//! Packet sockets (`AF_PACKET`, linux/packet_diag.h): what `ss -0` lists.
//!
//! Packet sockets are only dumped (the kernel has no request for one socket and ignores
//! `pdiag_ino`); the inode and cookie of a [`PacketRequest`] are checked here.
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::sock_diag::{self, packet::PacketRequest};
//! let mut conn = Conn::new(nlkit::sys::Protocol::SockDiag)?;
//! for s in sock_diag::dump(&mut conn, &PacketRequest::default())? {
//!     let s = s?;
//!     println!("{} proto {:#06x} ino {}", s.socket_type.ss_name(), s.protocol, s.inode);
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::{DumpRequest, SOCK_DIAG_BY_FAMILY};
use crate::wire::codec::{self, StructTrailing};
use crate::wire::sock_diag::{
    family::AF_PACKET, Cookie, PacketDiagInfo, PacketDiagMclist, PacketDiagMsg, PacketDiagReq,
    PacketDiagRing, SkMeminfoCodec, SockFilter, StructArray,
};
use crate::wire::{AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// Packet diag attribute ids (`PACKET_DIAG_*`).
pub mod attrs {
    #![allow(missing_docs)]
    pub const PACKET_DIAG_INFO: u16 = 0;
    pub const PACKET_DIAG_MCLIST: u16 = 1;
    pub const PACKET_DIAG_RX_RING: u16 = 2;
    pub const PACKET_DIAG_TX_RING: u16 = 3;
    pub const PACKET_DIAG_FANOUT: u16 = 4;
    pub const PACKET_DIAG_UID: u16 = 5;
    pub const PACKET_DIAG_MEMINFO: u16 = 6;
    pub const PACKET_DIAG_FILTER: u16 = 7;
}

use attrs::*;

crate::open_enum! {
    /// The type of a packet socket (`pdiag_type`).
    pub enum PacketType: u8 {
        /// `SOCK_DGRAM`: cooked (link-layer header removed).
        Dgram = 2,
        /// `SOCK_RAW`: with the link-layer header.
        Raw = 3,
    }
}

impl PacketType {
    /// ss's name of the type: `p_raw`, `p_dgr` (`???` for another).
    pub fn ss_name(self) -> &'static str {
        match self {
            PacketType::Raw => "p_raw",
            PacketType::Dgram => "p_dgr",
            PacketType::Other(_) => "???",
        }
    }
}

crate::flag_set! {
    /// What a packet dump reports beyond the header (`PACKET_SHOW_*`).
    pub struct PacketShow: u32 {
        /// `PACKET_SHOW_INFO`: device, version, flags; and the owner's uid.
        const INFO = 0x01;
        /// `PACKET_SHOW_MCLIST`: memberships.
        const MCLIST = 0x02;
        /// `PACKET_SHOW_RING_CFG`: the mmapped rings.
        const RING_CFG = 0x04;
        /// `PACKET_SHOW_FANOUT`: the fanout group.
        const FANOUT = 0x08;
        /// `PACKET_SHOW_MEMINFO`: memory counters.
        const MEMINFO = 0x10;
        /// `PACKET_SHOW_FILTER`: the attached classic BPF program.
        const FILTER = 0x20;
    }
}

crate::flag_set! {
    /// The flags of a packet socket (`pdi_flags`, `PDI_*`).
    pub struct PacketInfoFlags: u32 {
        /// `PDI_RUNNING`: receiving (bound to a device that is up).
        const RUNNING = 0x1;
        /// `PDI_AUXDATA`: `PACKET_AUXDATA`.
        const AUXDATA = 0x2;
        /// `PDI_ORIGDEV`: `PACKET_ORIGDEV`.
        const ORIGDEV = 0x4;
        /// `PDI_VNETHDR`: `PACKET_VNET_HDR`.
        const VNETHDR = 0x8;
        /// `PDI_LOSS`: `PACKET_LOSS`.
        const LOSS = 0x10;
    }
}

impl PacketDiagInfo {
    /// `pdi_flags`, typed.
    pub fn info_flags(&self) -> PacketInfoFlags {
        PacketInfoFlags(self.flags)
    }
}

crate::open_enum! {
    /// How a fanout group spreads packets (`PACKET_FANOUT_*`).
    pub enum FanoutType: u16 {
        /// `PACKET_FANOUT_HASH` (ss: `hash`).
        Hash = 0,
        /// `PACKET_FANOUT_LB` (`lb`).
        LoadBalance = 1,
        /// `PACKET_FANOUT_CPU` (`cpu`).
        Cpu = 2,
        /// `PACKET_FANOUT_ROLLOVER` (`roll`).
        Rollover = 3,
        /// `PACKET_FANOUT_RND` (`random`).
        Random = 4,
        /// `PACKET_FANOUT_QM` (`qm`).
        QueueMapping = 5,
        /// `PACKET_FANOUT_CBPF`.
        ClassicBpf = 6,
        /// `PACKET_FANOUT_EBPF`.
        Ebpf = 7,
    }
}

/// A dump of packet sockets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PacketRequest {
    /// What to report.
    pub show: PacketShow,
    /// Only the socket of this inode (checked here).
    pub inode: Option<u32>,
    /// Only the socket of this cookie (checked here).
    pub cookie: Option<Cookie>,
}

impl Default for PacketRequest {
    /// What `ss -0` asks for: info, memory, filter, rings and fanout.
    fn default() -> Self {
        PacketRequest {
            show: PacketShow::INFO
                | PacketShow::MEMINFO
                | PacketShow::FILTER
                | PacketShow::RING_CFG
                | PacketShow::FANOUT,
            inode: None,
            cookie: None,
        }
    }
}

impl DumpRequest for PacketRequest {
    type Socket = PacketSocket;

    fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
        b.push_struct(&PacketDiagReq {
            family: AF_PACKET,
            ino: self.inode.unwrap_or(0),
            show: self.show.bits(),
            cookie: self.cookie.unwrap_or_default(),
            ..Default::default()
        });
        b
    }

    fn parse(payload: &[u8]) -> Result<PacketSocket, DecodeError> {
        PacketSocket::parse(payload)
    }

    fn matches(&self, s: &PacketSocket) -> bool {
        self.inode.is_none_or(|i| i == s.inode) && self.cookie.is_none_or(|c| c == s.cookie)
    }
}

crate::attribute_set! {
    /// A packet socket: the header of `packet_diag_msg` and the attributes asked for.
    pub struct PacketSocket {
        /// `pdiag_type`.
        pub socket_type: PacketType,
        /// `pdiag_num`: the protocol, an ethertype (`ETH_P_ALL` = 3, `ETH_P_IP` =
        /// 0x0800, ...) in host byte order: the kernel converts it from the network order
        /// the socket was made with.
        pub protocol: u16,
        /// `pdiag_ino`.
        pub inode: u32,
        /// `pdiag_cookie`.
        pub cookie: Cookie,
    }
    attributes {
        /// `PACKET_DIAG_INFO`: device, version and flags (bytes a newer kernel appends
        /// are kept).
        pub info: StructTrailing<PacketDiagInfo> = PACKET_DIAG_INFO,
        /// `PACKET_DIAG_MCLIST`: the memberships.
        pub mclist: StructArray<PacketDiagMclist> = PACKET_DIAG_MCLIST,
        /// `PACKET_DIAG_RX_RING`: the receive ring.
        pub rx_ring: StructTrailing<PacketDiagRing> = PACKET_DIAG_RX_RING,
        /// `PACKET_DIAG_TX_RING`: the transmit ring.
        pub tx_ring: StructTrailing<PacketDiagRing> = PACKET_DIAG_TX_RING,
        /// `PACKET_DIAG_FANOUT`: the group id (low 16 bits) and type (high 16 bits);
        /// see [`PacketSocket::fanout_group`].
        pub fanout: codec::U32 = PACKET_DIAG_FANOUT,
        /// `PACKET_DIAG_UID`: the owner.
        pub uid: codec::U32 = PACKET_DIAG_UID,
        /// `PACKET_DIAG_MEMINFO`: memory counters (ss reads Recv-Q from them and falls
        /// back to /proc/net/packet without them).
        pub meminfo: SkMeminfoCodec = PACKET_DIAG_MEMINFO,
        /// `PACKET_DIAG_FILTER`: the attached classic BPF program.
        pub filter: StructArray<SockFilter> = PACKET_DIAG_FILTER,
    }
}

impl PacketSocket {
    /// Reads one reply's payload (`packet_diag_msg` and its attributes).
    pub fn parse(payload: &[u8]) -> Result<PacketSocket, DecodeError> {
        let m = FamilyMessage::<PacketDiagMsg>::parse(payload)?;
        let h = m.header;
        let mut s = PacketSocket {
            socket_type: h.socket_type.into(),
            protocol: h.num,
            inode: h.ino,
            cookie: h.cookie,
            ..Default::default()
        };
        s.read_attrs(m.attrs())?;
        Ok(s)
    }

    /// Appends the payload (header and attributes) as the kernel sends it.
    pub fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&PacketDiagMsg {
            family: AF_PACKET,
            socket_type: self.socket_type.into(),
            num: self.protocol,
            ino: self.inode,
            cookie: self.cookie,
        });
        self.write_attrs(b);
    }

    /// The fanout group: its id and its type (the high 16 bits, as ss reads them).
    pub fn fanout_group(&self) -> Option<(u16, FanoutType)> {
        let f = self.fanout?;
        let id = u16::try_from(f & 0xffff).unwrap_or_default();
        let kind = u16::try_from(f >> 16).unwrap_or_default();
        Some((id, FanoutType::from(kind)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sock_diag::request::fixtures;

    /// Captured by `fixtures/capture.py` in a fresh namespace with `lo` up: a raw
    /// `ETH_P_ALL` socket bound to `lo` with a two-instruction classic BPF filter and
    /// fanout group 7 (hash), and a cooked `ETH_P_IPV6` socket, dumped with every
    /// `PACKET_SHOW_*` flag.
    const DUMP: &[u8] = include_bytes!("fixtures/packet_dump.bin");

    fn sockets() -> Vec<(Vec<u8>, PacketSocket)> {
        fixtures::sockets(DUMP, PacketSocket::parse)
    }

    #[test]
    fn dump_parses_and_round_trips() {
        let all = sockets();
        assert_eq!(all.len(), 2);
        for (payload, s) in &all {
            assert!(s.unknown.is_empty() && s.malformed.is_empty(), "{s:?}");
            fixtures::assert_round_trip(payload, |b| s.emit(b));
        }
        let raw = &all[0].1;
        assert_eq!((raw.socket_type, raw.protocol), (PacketType::Raw, 0x0003));
        let info = raw.info.as_ref().unwrap();
        assert_eq!((info.index, info.version), (1, 0));
        assert_eq!(info.info_flags(), PacketInfoFlags::RUNNING);
        assert_eq!(raw.mclist.as_deref(), Some(&[][..]));
        assert_eq!(raw.fanout_group(), Some((7, FanoutType::Hash)));
        assert_eq!(raw.uid, Some(0));
        assert_eq!(raw.rx_ring, None);
        let filter = raw.filter.as_ref().unwrap();
        assert_eq!(filter.len(), 2);
        assert_eq!((filter[0].code, filter[0].k), (0x06, 0xffff));
        assert!(raw.meminfo.as_ref().unwrap().rmem_alloc().is_some());
        let cooked = &all[1].1;
        assert_eq!(
            (cooked.socket_type.ss_name(), cooked.protocol),
            ("p_dgr", 0x86dd)
        );
        assert_eq!(cooked.info.as_ref().map(|i| i.index), Some(0));
        assert_eq!((cooked.fanout, cooked.filter.as_ref()), (None, None));
    }

    #[test]
    fn grown_short_and_unknown_attributes() {
        let (payload, _) = &sockets()[1];
        let mut bytes = payload[..16].to_vec();
        // PACKET_DIAG_INFO with 4 more bytes (a newer kernel), a ring of 8 bytes
        // (malformed), an attribute 99.
        bytes.extend_from_slice(&[32, 0, 0, 0]);
        bytes.extend_from_slice(&[2, 0, 0, 0]);
        bytes.extend_from_slice(&[0; 20]);
        bytes.extend_from_slice(&[0xaa, 0xbb, 0xcc, 0xdd]);
        bytes.extend_from_slice(&[12, 0, 2, 0, 1, 0, 0, 0, 2, 0, 0, 0]);
        bytes.extend_from_slice(&[4, 0, 99, 0]);
        let s = PacketSocket::parse(&bytes).unwrap();
        let info = s.info.as_ref().unwrap();
        assert_eq!(
            (info.index, &info.trailing[..]),
            (2, &[0xaa, 0xbb, 0xcc, 0xdd][..])
        );
        assert_eq!(
            (s.rx_ring.as_ref(), s.malformed.len(), s.unknown.len()),
            (None, 1, 2)
        );
        let mut b = MessageBuilder::new(SOCK_DIAG_BY_FAMILY, Flags::NONE);
        s.emit(&mut b);
        assert_eq!(&b.finish().unwrap()[16..], &bytes[..]);
        assert_eq!(PacketType::from(9).ss_name(), "???");
    }

    /// ss 6.1's `ss -0a` request (strace in a namespace; see unix.rs).
    #[test]
    fn request_matches_ss() {
        let b = PacketRequest::default().request().finish().unwrap();
        assert_eq!(b.len(), 36);
        assert_eq!(
            &b[16..],
            &[17, 0, 0, 0, 0, 0, 0, 0, 0x3d, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        );
    }
}
