//! [`InetSocket`]: one reply of an inet dump (and of a destroy notification).

use super::{InetProtocol, TcpState, Timer};
use crate::rtnl::AddressFamily;
use crate::sock_diag::info::{SockAddrs, UlpInfo};
use crate::sock_diag::tcp_info::TcpInfoCodec;
use crate::wire::attr::AttrView;
use crate::wire::codec::{self, Codec};
use crate::wire::fixed::Be16;
use crate::wire::inet_diag::attrs::*;
use crate::wire::inet_diag::{
    InetDiagMeminfo, InetDiagMsg, InetDiagSockId, InetDiagSockopt, MptcpInfo, TcpBbrInfo,
    TcpDctcpInfo, TcpDiagMd5sig, TcpVegasInfo,
};
use crate::wire::sock_diag::SkMeminfoCodec;
use crate::wire::{AttributeSet, DecodeError, FamilyMessage, FixedStruct, MessageBuilder};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// One end of a socket: address and port (`0.0.0.0:0` by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct InetEndpoint {
    /// The address (`0.0.0.0` or `::` when unbound).
    pub address: IpAddr,
    /// The port (host order; 0 when none).
    pub port: u16,
}

impl Default for InetEndpoint {
    fn default() -> Self {
        InetEndpoint {
            address: Ipv4Addr::UNSPECIFIED.into(),
            port: 0,
        }
    }
}

impl InetEndpoint {
    /// The endpoint as a socket address.
    pub fn socket_addr(&self) -> SocketAddr {
        SocketAddr::new(self.address, self.port)
    }
}

/// The codec of `INET_DIAG_PROTOCOL`: a `u8` read as an [`InetProtocol`].
#[derive(Debug)]
pub struct ProtocolU8;

impl Codec for ProtocolU8 {
    type Value = InetProtocol;
    fn decode(a: &AttrView<&[u8]>) -> Result<InetProtocol, DecodeError> {
        a.u8().map(|p| InetProtocol::from(u16::from(p)))
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &InetProtocol) {
        b.attr_u8(raw_type, v.raw() as u8);
    }
}

crate::attribute_set! {
    /// An inet socket as the kernel reports it: the `inet_diag_msg` header's fields
    /// (typed, flat) and one `Option` per attribute (present when the kernel sent it:
    /// most need their [`Extensions`](super::Extensions) bit).
    pub struct InetSocket {
        /// `idiag_family`: `Inet` or `Inet6`.
        pub family: AddressFamily,
        /// `idiag_state`.
        pub state: TcpState,
        /// `idiag_timer`: the pending timer.
        pub timer: Timer,
        /// `idiag_retrans`: retransmissions (or probes) of the timer.
        pub retransmits: u8,
        /// The local address and port (`idiag_src`, `idiag_sport`).
        pub local: InetEndpoint,
        /// The remote address and port (`idiag_dst`, `idiag_dport`).
        pub remote: InetEndpoint,
        /// `idiag_if`: the bound interface (0: none).
        pub interface: u32,
        /// `idiag_cookie` as one number (ss's `sk:`).
        pub cookie: u64,
        /// `idiag_expires`: milliseconds until the timer fires.
        pub expires: u32,
        /// `idiag_rqueue`: the receive queue (a listener's accept backlog).
        pub rqueue: u32,
        /// `idiag_wqueue`: the send queue (a listener's maximum backlog).
        pub wqueue: u32,
        /// `idiag_uid`.
        pub uid: u32,
        /// `idiag_inode` (0 for time-wait and request sockets).
        pub inode: u32,
    }
    attributes {
        /// `INET_DIAG_MEMINFO`.
        pub meminfo: codec::Struct<InetDiagMeminfo> = INET_DIAG_MEMINFO,
        /// `INET_DIAG_INFO`: `struct tcp_info` (for MPTCP sockets `struct mptcp_info`:
        /// see [`InetSocket::mptcp_info`]).
        pub tcp_info: TcpInfoCodec = INET_DIAG_INFO,
        /// `INET_DIAG_VEGASINFO`.
        pub vegas: codec::Struct<TcpVegasInfo> = INET_DIAG_VEGASINFO,
        /// `INET_DIAG_CONG`: the congestion control's name.
        pub congestion: codec::Str = INET_DIAG_CONG,
        /// `INET_DIAG_TOS`.
        pub tos: codec::U8 = INET_DIAG_TOS,
        /// `INET_DIAG_TCLASS`.
        pub tclass: codec::U8 = INET_DIAG_TCLASS,
        /// `INET_DIAG_SKMEMINFO`.
        pub skmeminfo: SkMeminfoCodec = INET_DIAG_SKMEMINFO,
        /// `INET_DIAG_SHUTDOWN`: bit 0 receive, bit 1 send shut down.
        pub shutdown: codec::U8 = INET_DIAG_SHUTDOWN,
        /// `INET_DIAG_DCTCPINFO`.
        pub dctcp: codec::Struct<TcpDctcpInfo> = INET_DIAG_DCTCPINFO,
        /// `INET_DIAG_PROTOCOL`: the socket's protocol (raw sockets, or when the kernel
        /// adds it).
        pub protocol: ProtocolU8 = INET_DIAG_PROTOCOL,
        /// `INET_DIAG_SKV6ONLY`: an IPv6 socket with `IPV6_V6ONLY`.
        pub v6only: codec::BoolU8 = INET_DIAG_SKV6ONLY,
        /// `INET_DIAG_LOCALS`: an SCTP association's local addresses.
        pub locals: SockAddrs = INET_DIAG_LOCALS,
        /// `INET_DIAG_PEERS`: an SCTP association's peer addresses.
        pub peers: SockAddrs = INET_DIAG_PEERS,
        /// `INET_DIAG_MARK` (`SO_MARK`; only for CAP_NET_ADMIN).
        pub mark: codec::U32 = INET_DIAG_MARK,
        /// `INET_DIAG_BBRINFO`.
        pub bbr: codec::Struct<TcpBbrInfo> = INET_DIAG_BBRINFO,
        /// `INET_DIAG_CLASS_ID`: the net_cls class id or priority.
        pub class_id: codec::U32 = INET_DIAG_CLASS_ID,
        /// `INET_DIAG_MD5SIG`: `struct tcp_diag_md5sig` entries, raw.
        pub md5sig: codec::Bytes = INET_DIAG_MD5SIG,
        /// `INET_DIAG_ULP_INFO`: the upper layer protocol (kTLS, MPTCP subflow).
        pub ulp: codec::Nested<UlpInfo> = INET_DIAG_ULP_INFO,
        /// `INET_DIAG_CGROUP_ID`: the cgroup v2 id.
        pub cgroup_id: codec::U64 = INET_DIAG_CGROUP_ID,
        /// `INET_DIAG_SOCKOPT`: the inet socket options.
        pub sockopt: codec::Struct<InetDiagSockopt> = INET_DIAG_SOCKOPT,
    }
}

/// The 16 address bytes of `a` (an IPv4 address in the first 4, the rest zero).
fn address_bytes(a: IpAddr) -> [u8; 16] {
    match a {
        IpAddr::V4(v4) => {
            let mut b = [0u8; 16];
            b[..4].copy_from_slice(&v4.octets());
            b
        }
        IpAddr::V6(v6) => v6.octets(),
    }
}

/// The address of `family` in 16 address bytes.
fn address(family: AddressFamily, b: [u8; 16]) -> IpAddr {
    match family {
        AddressFamily::Inet => Ipv4Addr::new(b[0], b[1], b[2], b[3]).into(),
        _ => Ipv6Addr::from(b).into(),
    }
}

impl InetSocket {
    /// Reads one reply's payload (`inet_diag_msg` and its attributes); a payload shorter
    /// than the header is an error, anything after it is kept.
    pub fn parse(payload: &[u8]) -> Result<InetSocket, DecodeError> {
        let m = FamilyMessage::<InetDiagMsg>::parse(payload)?;
        let mut s = InetSocket::from_header(&m.header);
        s.read_attrs(m.attrs())?;
        Ok(s)
    }

    /// A socket holding the header's fields (no attributes).
    pub fn from_header(h: &InetDiagMsg) -> InetSocket {
        let family = AddressFamily::from(h.family);
        InetSocket {
            family,
            state: h.state.into(),
            timer: h.timer.into(),
            retransmits: h.retrans,
            local: InetEndpoint {
                address: address(family, h.id.src),
                port: h.id.sport.0,
            },
            remote: InetEndpoint {
                address: address(family, h.id.dst),
                port: h.id.dport.0,
            },
            interface: h.id.interface,
            cookie: h.id.cookie_u64(),
            expires: h.expires,
            rqueue: h.rqueue,
            wqueue: h.wqueue,
            uid: h.uid,
            inode: h.inode,
            ..Default::default()
        }
    }

    /// The socket's identity, as requests name it (exact get, destroy).
    pub fn id(&self) -> InetDiagSockId {
        InetDiagSockId {
            sport: Be16(self.local.port),
            dport: Be16(self.remote.port),
            src: address_bytes(self.local.address),
            dst: address_bytes(self.remote.address),
            interface: self.interface,
            cookie: InetDiagSockId::cookie_halves(self.cookie),
        }
    }

    /// The `inet_diag_msg` header of these fields.
    pub fn header(&self) -> InetDiagMsg {
        InetDiagMsg {
            family: self.family.into(),
            state: self.state.into(),
            timer: self.timer.into(),
            retrans: self.retransmits,
            id: self.id(),
            expires: self.expires,
            rqueue: self.rqueue,
            wqueue: self.wqueue,
            uid: self.uid,
            inode: self.inode,
        }
    }

    /// Appends the payload (header and attributes, in the order they came).
    pub fn emit(&self, b: &mut MessageBuilder) {
        b.push_struct(&self.header());
        self.write_attrs(b);
    }

    /// `INET_DIAG_INFO` read as `struct mptcp_info` (meaningful for MPTCP sockets only;
    /// a shorter structure from an older kernel reads with zeros).
    pub fn mptcp_info(&self) -> Option<MptcpInfo> {
        self.tcp_info
            .as_ref()
            .map(|i| MptcpInfo::parse_lenient(i.raw()))
    }

    /// The TCP-MD5 keys of `INET_DIAG_MD5SIG` (`None` without the attribute or when it is
    /// not a whole number of `struct tcp_diag_md5sig`).
    pub fn md5sig_keys(&self) -> Option<Vec<TcpDiagMd5sig>> {
        self.md5sig.as_deref().and_then(TcpDiagMd5sig::parse_all)
    }

    /// The receive side was shut down (`INET_DIAG_SHUTDOWN` bit 0; ss prints `-` for it).
    pub fn shut_receive(&self) -> Option<bool> {
        self.shutdown.map(|m| m & 1 != 0)
    }

    /// The send side was shut down (`INET_DIAG_SHUTDOWN` bit 1).
    pub fn shut_send(&self) -> Option<bool> {
        self.shutdown.map(|m| m & 2 != 0)
    }

    /// The size of the header (for callers reading a payload's attributes themselves).
    pub const HEADER_LEN: usize = InetDiagMsg::LEN;
}
