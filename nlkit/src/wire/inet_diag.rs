//! The fixed structures and ids of inet socket diagnostics (linux/inet_diag.h,
//! linux/sock_diag.h, linux/mptcp.h): the request (`inet_diag_req_v2`), the reply header
//! (`inet_diag_msg`), the structures carried in reply attributes (memory, congestion
//! control, socket options) and the bytecode filter's operations. The typed sockets are in
//! [`crate::sock_diag`]; `struct tcp_info` is in [`super::tcp_info`].

use super::attr::AttrView;
use super::codec::Codec;
use super::fixed::Field;
use super::sockaddr::{sockaddr_bytes, socket_addr};
use super::FixedStruct;
use super::{DecodeError, DecodeErrorKind, MessageBuilder};
use std::net::SocketAddr;

pub use super::fixed::Be16;

/// Request attribute ids (`INET_DIAG_REQ_*`).
pub mod req_attrs {
    /// `INET_DIAG_REQ_BYTECODE`: the filter program (see [`super::InetDiagBcOp`]).
    pub const INET_DIAG_REQ_BYTECODE: u16 = 1;
    /// `INET_DIAG_REQ_SK_BPF_STORAGES`: BPF socket storage maps to report.
    pub const INET_DIAG_REQ_SK_BPF_STORAGES: u16 = 2;
    /// `INET_DIAG_REQ_PROTOCOL`: a `u32` protocol for those over 255 (MPTCP).
    pub const INET_DIAG_REQ_PROTOCOL: u16 = 3;
}

/// Reply attribute ids (`INET_DIAG_*`). Ids 1 to 8 are requested with the bit
/// `1 << (id - 1)` of `idiag_ext`; the others come with one of those or always.
pub mod attrs {
    #![allow(missing_docs)]
    pub const INET_DIAG_MEMINFO: u16 = 1;
    pub const INET_DIAG_INFO: u16 = 2;
    pub const INET_DIAG_VEGASINFO: u16 = 3;
    pub const INET_DIAG_CONG: u16 = 4;
    pub const INET_DIAG_TOS: u16 = 5;
    pub const INET_DIAG_TCLASS: u16 = 6;
    pub const INET_DIAG_SKMEMINFO: u16 = 7;
    pub const INET_DIAG_SHUTDOWN: u16 = 8;
    /// Requested as `INET_DIAG_VEGASINFO`.
    pub const INET_DIAG_DCTCPINFO: u16 = 9;
    /// Reply only.
    pub const INET_DIAG_PROTOCOL: u16 = 10;
    pub const INET_DIAG_SKV6ONLY: u16 = 11;
    pub const INET_DIAG_LOCALS: u16 = 12;
    pub const INET_DIAG_PEERS: u16 = 13;
    pub const INET_DIAG_PAD: u16 = 14;
    /// Only with CAP_NET_ADMIN.
    pub const INET_DIAG_MARK: u16 = 15;
    /// Requested as `INET_DIAG_VEGASINFO`.
    pub const INET_DIAG_BBRINFO: u16 = 16;
    /// Requested as `INET_DIAG_TCLASS`.
    pub const INET_DIAG_CLASS_ID: u16 = 17;
    pub const INET_DIAG_MD5SIG: u16 = 18;
    pub const INET_DIAG_ULP_INFO: u16 = 19;
    pub const INET_DIAG_SK_BPF_STORAGES: u16 = 20;
    pub const INET_DIAG_CGROUP_ID: u16 = 21;
    pub const INET_DIAG_SOCKOPT: u16 = 22;
}

/// Attributes of the `INET_DIAG_ULP_INFO` nest (`INET_ULP_INFO_*`).
pub mod ulp_attrs {
    /// `INET_ULP_INFO_NAME`: the upper layer protocol's name (`"tls"`, `"mptcp"`).
    pub const INET_ULP_INFO_NAME: u16 = 1;
    /// `INET_ULP_INFO_TLS`: a nest of `TLS_INFO_*`.
    pub const INET_ULP_INFO_TLS: u16 = 2;
    /// `INET_ULP_INFO_MPTCP`: a nest of `MPTCP_SUBFLOW_ATTR_*`.
    pub const INET_ULP_INFO_MPTCP: u16 = 3;
}

/// Bytecode operation codes (`INET_DIAG_BC_*`), the `code` of [`InetDiagBcOp`].
pub mod bc {
    #![allow(missing_docs)]
    pub const INET_DIAG_BC_NOP: u8 = 0;
    pub const INET_DIAG_BC_JMP: u8 = 1;
    pub const INET_DIAG_BC_S_GE: u8 = 2;
    pub const INET_DIAG_BC_S_LE: u8 = 3;
    pub const INET_DIAG_BC_D_GE: u8 = 4;
    pub const INET_DIAG_BC_D_LE: u8 = 5;
    pub const INET_DIAG_BC_AUTO: u8 = 6;
    /// Followed by [`super::InetDiagHostcond`] and the address.
    pub const INET_DIAG_BC_S_COND: u8 = 7;
    /// Followed by [`super::InetDiagHostcond`] and the address.
    pub const INET_DIAG_BC_D_COND: u8 = 8;
    /// Followed by a `u32` interface index.
    pub const INET_DIAG_BC_DEV_COND: u8 = 9;
    /// Followed by [`super::InetDiagMarkcond`].
    pub const INET_DIAG_BC_MARK_COND: u8 = 10;
    pub const INET_DIAG_BC_S_EQ: u8 = 11;
    pub const INET_DIAG_BC_D_EQ: u8 = 12;
    /// Followed by a `u64` cgroup v2 id.
    pub const INET_DIAG_BC_CGROUP_COND: u8 = 13;
}

/// The multicast groups of `NETLINK_SOCK_DIAG` (`enum sknetlink_groups`): a socket's
/// `inet_diag_msg` when it is destroyed (`ss -E`).
pub mod groups {
    /// `SKNLGRP_INET_TCP_DESTROY`.
    pub const SKNLGRP_INET_TCP_DESTROY: u32 = 1;
    /// `SKNLGRP_INET_UDP_DESTROY`.
    pub const SKNLGRP_INET_UDP_DESTROY: u32 = 2;
    /// `SKNLGRP_INET6_TCP_DESTROY`.
    pub const SKNLGRP_INET6_TCP_DESTROY: u32 = 3;
    /// `SKNLGRP_INET6_UDP_DESTROY`.
    pub const SKNLGRP_INET6_UDP_DESTROY: u32 = 4;
}

/// `INET_DIAG_NOCOOKIE`: the cookie half that means "any socket".
pub const INET_DIAG_NOCOOKIE: u32 = !0;

/// `MPTCP_INFO`: the `SOL_MPTCP` socket option whose structure ([`MptcpInfo`]) is also
/// an MPTCP socket's `INET_DIAG_INFO`.
pub const MPTCP_INFO: u32 = 1;

/// The number of `u32` of `INET_DIAG_SKMEMINFO` this version names (`SK_MEMINFO_VARS`).
pub const SK_MEMINFO_VARS: usize = 9;

/// The size of one address of `INET_DIAG_LOCALS` and `INET_DIAG_PEERS` (`struct
/// sockaddr_storage`).
pub const SOCKADDR_STORAGE_LEN: usize = 128;

/// A `u32[2]` field (the socket cookie), native endian.
impl Field for [u32; 2] {
    const SIZE: usize = 8;
    fn read(b: &[u8]) -> Self {
        [u32::read(b), u32::read(b.get(4..).unwrap_or(&[]))]
    }
    fn write(self, out: &mut [u8]) {
        self[0].write(out);
        if let Some(o) = out.get_mut(4..) {
            self[1].write(o);
        }
    }
}

crate::fixed_struct! {
    /// `struct inet_diag_sockid`: the identity of a socket. The addresses are 16 bytes
    /// whatever the family (an IPv4 address in the first 4).
    pub struct InetDiagSockId("inet_diag_sockid") {
        /// `idiag_sport`: local port.
        pub sport: Be16,
        /// `idiag_dport`: remote port.
        pub dport: Be16,
        /// `idiag_src`: local address.
        pub src: [u8; 16],
        /// `idiag_dst`: remote address.
        pub dst: [u8; 16],
        /// `idiag_if`: the bound interface (0: none).
        pub interface: u32,
        /// `idiag_cookie`: the socket's cookie ([`INET_DIAG_NOCOOKIE`] twice: any).
        pub cookie: [u32; 2],
    }
}

impl InetDiagSockId {
    /// The cookie as one number, as `ss` prints it (`sk:`): `cookie[1] << 32 | cookie[0]`.
    pub fn cookie_u64(&self) -> u64 {
        u64::from(self.cookie[1]) << 32 | u64::from(self.cookie[0])
    }

    /// The cookie halves of `cookie` (see [`cookie_u64`](Self::cookie_u64)).
    pub fn cookie_halves(cookie: u64) -> [u32; 2] {
        [cookie as u32, (cookie >> 32) as u32]
    }
}

/// `struct inet_diag_sockid` inside another structure.
impl Field for InetDiagSockId {
    const SIZE: usize = <InetDiagSockId as FixedStruct>::LEN;
    fn read(b: &[u8]) -> Self {
        InetDiagSockId::parse_lenient(b)
    }
    fn write(self, out: &mut [u8]) {
        // Writes as much as fits, field by field.
        self.write_fields(out);
    }
}

crate::fixed_struct! {
    /// `struct inet_diag_req_v2` (also `struct inet_diag_req_raw`, whose `pad` is the raw
    /// sockets' protocol): the request of `SOCK_DIAG_BY_FAMILY` and `SOCK_DESTROY`.
    pub struct InetDiagReqV2("inet_diag_req_v2") {
        /// `sdiag_family`: `AF_INET` or `AF_INET6`.
        pub family: u8,
        /// `sdiag_protocol`: `IPPROTO_*` (the low byte for protocols over 255, which go
        /// in `INET_DIAG_REQ_PROTOCOL`).
        pub protocol: u8,
        /// `idiag_ext`: the extensions to report (`1 << (INET_DIAG_x - 1)`).
        pub ext: u8,
        /// `pad`, or `sdiag_raw_protocol` for raw sockets.
        pub pad: u8,
        /// `idiag_states`: the states to dump (`1 << TCP_x`).
        pub states: u32,
        /// `id`: the socket (exact requests and destroy).
        pub id: InetDiagSockId,
    }
}

/// `TCPDIAG_GETSOCK`: the message type of the old TCP request ([`InetDiagReq`]).
pub const TCPDIAG_GETSOCK: u16 = 18;
/// `DCCPDIAG_GETSOCK`: the message type of the old DCCP request ([`InetDiagReq`]).
pub const DCCPDIAG_GETSOCK: u16 = 19;

crate::fixed_struct! {
    /// `struct inet_diag_req`: the request of `TCPDIAG_GETSOCK` and `DCCPDIAG_GETSOCK`,
    /// which kernels had before `SOCK_DIAG_BY_FAMILY` (IPv4 only; the replies are
    /// `inet_diag_msg`s as for [`InetDiagReqV2`]).
    pub struct InetDiagReq("inet_diag_req") {
        /// `idiag_family`: `AF_INET`.
        pub family: u8,
        /// `idiag_src_len`.
        pub src_len: u8,
        /// `idiag_dst_len`.
        pub dst_len: u8,
        /// `idiag_ext`: the extensions to report (as in [`InetDiagReqV2`]).
        pub ext: u8,
        /// `id`: the socket (zero in a dump).
        pub id: InetDiagSockId,
        /// `idiag_states`: the states to dump (`1 << TCP_x`).
        pub states: u32,
        /// `idiag_dbs`: the tables to dump (unused by the kernel: 0).
        pub dbs: u32,
    }
}

crate::fixed_struct! {
    /// `struct inet_diag_msg`: the header of every reply.
    pub struct InetDiagMsg("inet_diag_msg") {
        /// `idiag_family`.
        pub family: u8,
        /// `idiag_state` (`TCP_*`).
        pub state: u8,
        /// `idiag_timer` (`IDIAG_TIMER_*`).
        pub timer: u8,
        /// `idiag_retrans`.
        pub retrans: u8,
        /// `id`.
        pub id: InetDiagSockId,
        /// `idiag_expires`: milliseconds until the timer fires.
        pub expires: u32,
        /// `idiag_rqueue`.
        pub rqueue: u32,
        /// `idiag_wqueue`.
        pub wqueue: u32,
        /// `idiag_uid`.
        pub uid: u32,
        /// `idiag_inode`.
        pub inode: u32,
    }
}

crate::fixed_struct! {
    /// `struct inet_diag_meminfo` (`INET_DIAG_MEMINFO`).
    pub struct InetDiagMeminfo("inet_diag_meminfo") {
        /// `idiag_rmem`.
        pub rmem: u32,
        /// `idiag_wmem`.
        pub wmem: u32,
        /// `idiag_fmem`.
        pub fmem: u32,
        /// `idiag_tmem`.
        pub tmem: u32,
    }
}

crate::fixed_struct! {
    /// `struct tcpvegas_info` (`INET_DIAG_VEGASINFO`).
    pub struct TcpVegasInfo("tcpvegas_info") {
        /// `tcpv_enabled`.
        pub enabled: u32,
        /// `tcpv_rttcnt`.
        pub rttcnt: u32,
        /// `tcpv_rtt`.
        pub rtt: u32,
        /// `tcpv_minrtt`.
        pub minrtt: u32,
    }
}

crate::fixed_struct! {
    /// `struct tcp_dctcp_info` (`INET_DIAG_DCTCPINFO`).
    pub struct TcpDctcpInfo("tcp_dctcp_info") {
        /// `dctcp_enabled`.
        pub enabled: u16,
        /// `dctcp_ce_state`.
        pub ce_state: u16,
        /// `dctcp_alpha`.
        pub alpha: u32,
        /// `dctcp_ab_ecn`.
        pub ab_ecn: u32,
        /// `dctcp_ab_tot`.
        pub ab_tot: u32,
    }
}

crate::fixed_struct! {
    /// `struct tcp_bbr_info` (`INET_DIAG_BBRINFO`).
    pub struct TcpBbrInfo("tcp_bbr_info") {
        /// `bbr_bw_lo`: the low 32 bits of the bandwidth estimate (bytes per second).
        pub bw_lo: u32,
        /// `bbr_bw_hi`: its high 32 bits.
        pub bw_hi: u32,
        /// `bbr_min_rtt`: microseconds.
        pub min_rtt: u32,
        /// `bbr_pacing_gain`: shifted left 8 bits.
        pub pacing_gain: u32,
        /// `bbr_cwnd_gain`: shifted left 8 bits.
        pub cwnd_gain: u32,
    }
}

impl TcpBbrInfo {
    /// The bandwidth estimate in bytes per second.
    pub fn bw(&self) -> u64 {
        u64::from(self.bw_hi) << 32 | u64::from(self.bw_lo)
    }
}

crate::fixed_struct! {
    /// `struct inet_diag_bc_op`: one operation of a bytecode filter. Every operation is a
    /// conditional forward jump: to `yes` bytes further when it holds (its own length with
    /// its arguments), to `no` bytes further when not.
    pub struct InetDiagBcOp("inet_diag_bc_op") {
        /// `code` (`INET_DIAG_BC_*`, see [`bc`]).
        pub code: u8,
        /// `yes`.
        pub yes: u8,
        /// `no`.
        pub no: u16,
    }
}

crate::fixed_struct! {
    /// `struct inet_diag_hostcond` without its address (which follows: 4 or 16 bytes, per
    /// `family`, none for `AF_UNSPEC`).
    pub struct InetDiagHostcond("inet_diag_hostcond") {
        /// `family`.
        pub family: u8,
        /// `prefix_len`.
        pub prefix_len: u8,
        /// The C structure's padding before `port`.
        pub pad: u16,
        /// `port` (-1: any).
        pub port: i32,
    }
}

crate::fixed_struct! {
    /// `struct inet_diag_markcond` (`INET_DIAG_BC_MARK_COND`).
    pub struct InetDiagMarkcond("inet_diag_markcond") {
        /// `mark`.
        pub mark: u32,
        /// `mask`.
        pub mask: u32,
    }
}

crate::flag_set! {
    /// The bitfields of `struct inet_diag_sockopt` (`INET_DIAG_SOCKOPT`), as a `u16` whose
    /// low byte is the structure's first byte (bitfields are allocated from the low bit,
    /// as on every little-endian ABI Linux has).
    pub struct SockoptFlags: u16 {
        /// `recverr`.
        const RECVERR = 1 << 0;
        /// `is_icsk`.
        const IS_ICSK = 1 << 1;
        /// `freebind`.
        const FREEBIND = 1 << 2;
        /// `hdrincl`.
        const HDRINCL = 1 << 3;
        /// `mc_loop`.
        const MC_LOOP = 1 << 4;
        /// `transparent`.
        const TRANSPARENT = 1 << 5;
        /// `mc_all`.
        const MC_ALL = 1 << 6;
        /// `nodefrag`.
        const NODEFRAG = 1 << 7;
        /// `bind_address_no_port`.
        const BIND_ADDRESS_NO_PORT = 1 << 8;
        /// `recverr_rfc4884`.
        const RECVERR_RFC4884 = 1 << 9;
        /// `defer_connect`.
        const DEFER_CONNECT = 1 << 10;
    }
}

crate::fixed_struct! {
    /// `struct inet_diag_sockopt`: two bytes of bitfields (read them with
    /// [`flags`](Self::flags)).
    pub struct InetDiagSockopt("inet_diag_sockopt") {
        /// The first byte (`recverr` ... `nodefrag`).
        pub bits0: u8,
        /// The second byte (`bind_address_no_port`, `recverr_rfc4884`, `defer_connect`).
        pub bits1: u8,
    }
}

impl InetDiagSockopt {
    /// The options that are set.
    pub fn flags(&self) -> SockoptFlags {
        SockoptFlags(u16::from(self.bits0) | u16::from(self.bits1) << 8)
    }

    /// The structure holding `flags`.
    pub fn from_flags(flags: SockoptFlags) -> InetDiagSockopt {
        InetDiagSockopt {
            bits0: flags.0 as u8,
            bits1: (flags.0 >> 8) as u8,
        }
    }
}

crate::fixed_struct! {
    /// `struct mptcp_info` (linux/mptcp.h): an MPTCP socket's `INET_DIAG_INFO`. It grows
    /// across kernel versions: read it with `parse_lenient`.
    pub struct MptcpInfo("mptcp_info") {
        /// `mptcpi_subflows` (`mptcpi_extra_subflows`).
        pub subflows: u8,
        /// `mptcpi_add_addr_signal`.
        pub add_addr_signal: u8,
        /// `mptcpi_add_addr_accepted`.
        pub add_addr_accepted: u8,
        /// `mptcpi_subflows_max` (`mptcpi_limit_extra_subflows`).
        pub subflows_max: u8,
        /// `mptcpi_add_addr_signal_max` (`mptcpi_endp_signal_max`).
        pub add_addr_signal_max: u8,
        /// `mptcpi_add_addr_accepted_max` (`mptcpi_limit_add_addr_accepted`).
        pub add_addr_accepted_max: u8,
        /// The C structure's 16-bit hole.
        pub pad0: u16,
        /// `mptcpi_flags` (`MPTCP_INFO_FLAG_*`).
        pub flags: u32,
        /// `mptcpi_token`.
        pub token: u32,
        /// `mptcpi_write_seq`.
        pub write_seq: u64,
        /// `mptcpi_snd_una`.
        pub snd_una: u64,
        /// `mptcpi_rcv_nxt`.
        pub rcv_nxt: u64,
        /// `mptcpi_local_addr_used`.
        pub local_addr_used: u8,
        /// `mptcpi_local_addr_max` (`mptcpi_endp_subflow_max`).
        pub local_addr_max: u8,
        /// `mptcpi_csum_enabled`.
        pub csum_enabled: u8,
        /// The C structure's 8-bit hole.
        pub pad1: u8,
        /// `mptcpi_retransmits`.
        pub retransmits: u32,
        /// `mptcpi_bytes_retrans`.
        pub bytes_retrans: u64,
        /// `mptcpi_bytes_sent`.
        pub bytes_sent: u64,
        /// `mptcpi_bytes_received`.
        pub bytes_received: u64,
        /// `mptcpi_bytes_acked`.
        pub bytes_acked: u64,
        /// `mptcpi_subflows_total`.
        pub subflows_total: u8,
        /// `mptcpi_endp_laminar_max`.
        pub endp_laminar_max: u8,
        /// `mptcpi_endp_fullmesh_max`.
        pub endp_fullmesh_max: u8,
        /// `reserved`.
        pub reserved: u8,
        /// `mptcpi_last_data_sent`.
        pub last_data_sent: u32,
        /// `mptcpi_last_data_recv`.
        pub last_data_recv: u32,
        /// `mptcpi_last_ack_recv`.
        pub last_ack_recv: u32,
    }
}

/// `TCP_MD5SIG_MAXKEYLEN`: the size of a key's buffer.
pub const TCP_MD5SIG_MAXKEYLEN: usize = 80;

/// `struct tcp_diag_md5sig`: one TCP-MD5 key of `INET_DIAG_MD5SIG` (which holds as many
/// as the socket has, back to back).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcpDiagMd5sig {
    /// `tcpm_family`.
    pub family: u8,
    /// `tcpm_prefixlen`.
    pub prefix_len: u8,
    /// `tcpm_keylen`: the bytes of `key` in use.
    pub key_len: u16,
    /// `tcpm_addr`: the peer address (an IPv4 address in the first 4 bytes).
    pub address: [u8; 16],
    /// `tcpm_key`.
    pub key: [u8; TCP_MD5SIG_MAXKEYLEN],
}

impl TcpDiagMd5sig {
    /// The size of the C structure.
    pub const LEN: usize = 4 + 16 + TCP_MD5SIG_MAXKEYLEN;

    /// The keys of an `INET_DIAG_MD5SIG` payload; `None` unless it is a whole number of
    /// them.
    pub fn parse_all(payload: &[u8]) -> Option<Vec<TcpDiagMd5sig>> {
        if !payload.len().is_multiple_of(Self::LEN) {
            return None;
        }
        let one = |b: &[u8]| -> Option<TcpDiagMd5sig> {
            Some(TcpDiagMd5sig {
                family: *b.first()?,
                prefix_len: *b.get(1)?,
                key_len: u16::from_ne_bytes(b.get(2..4)?.try_into().ok()?),
                address: b.get(4..20)?.try_into().ok()?,
                key: b.get(20..Self::LEN)?.try_into().ok()?,
            })
        };
        payload.chunks_exact(Self::LEN).map(one).collect()
    }

    /// The key's bytes (`key_len` of them, at most the buffer).
    pub fn key_bytes(&self) -> &[u8] {
        &self.key[..usize::from(self.key_len).min(TCP_MD5SIG_MAXKEYLEN)]
    }
}

/// `INET_DIAG_LOCALS` / `INET_DIAG_PEERS` (SCTP): the addresses, each in a `struct
/// sockaddr_storage` (128 bytes) holding a `sockaddr_in` or `sockaddr_in6`. A payload
/// that does not read back to the same bytes (another family, a slot not zero-filled) is
/// malformed, so kept raw.
#[derive(Debug)]
pub struct SockAddrs;

fn storage(a: SocketAddr) -> Vec<u8> {
    let mut b = sockaddr_bytes(a);
    b.resize(SOCKADDR_STORAGE_LEN, 0);
    b
}

impl Codec for SockAddrs {
    type Value = Vec<SocketAddr>;
    fn decode(a: &AttrView<&[u8]>) -> Result<Vec<SocketAddr>, DecodeError> {
        let bad = DecodeError {
            context: "sockaddr_storage",
            offset: super::attr::ATTR_HEADER_LEN,
            kind: DecodeErrorKind::BadValue,
        };
        let p = a.payload();
        if !p.len().is_multiple_of(SOCKADDR_STORAGE_LEN) {
            return Err(bad);
        }
        let mut out = Vec::with_capacity(p.len() / SOCKADDR_STORAGE_LEN);
        for slot in p.chunks_exact(SOCKADDR_STORAGE_LEN) {
            match socket_addr(slot) {
                Some(s) if storage(s) == slot => out.push(s),
                _ => return Err(bad),
            }
        }
        Ok(out)
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &Vec<SocketAddr>) {
        let bytes: Vec<u8> = v.iter().flat_map(|&s| storage(s)).collect();
        b.attr_bytes(raw_type, &bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_match_the_c_structures() {
        assert_eq!(InetDiagSockId::LEN, 48);
        assert_eq!(InetDiagReqV2::LEN, 56);
        assert_eq!(InetDiagMsg::LEN, 72);
        assert_eq!(InetDiagMeminfo::LEN, 16);
        assert_eq!(TcpVegasInfo::LEN, 16);
        assert_eq!(TcpDctcpInfo::LEN, 16);
        assert_eq!(TcpBbrInfo::LEN, 20);
        assert_eq!(InetDiagBcOp::LEN, 4);
        assert_eq!(InetDiagHostcond::LEN, 8);
        assert_eq!(InetDiagMarkcond::LEN, 8);
        assert_eq!(InetDiagSockopt::LEN, 2);
        assert_eq!(MptcpInfo::LEN, 96);
    }

    #[test]
    fn sock_id_round_trips_inside_the_request() {
        let id = InetDiagSockId {
            sport: Be16(22),
            dport: Be16(0x1234),
            src: [1; 16],
            dst: [2; 16],
            interface: 3,
            cookie: InetDiagSockId::cookie_halves(0x1_0000_0002),
        };
        assert_eq!(id.cookie, [2, 1]);
        assert_eq!(id.cookie_u64(), 0x1_0000_0002);
        let r = InetDiagReqV2 {
            family: 2,
            protocol: 6,
            id,
            ..Default::default()
        };
        let b = r.to_vec();
        assert_eq!(&b[8..12], &[0, 22, 0x12, 0x34]);
        assert_eq!(InetDiagReqV2::parse(&b).unwrap(), r);
        let short = InetDiagReqV2::parse_lenient(&b[..10]);
        assert_eq!(short.id.sport, Be16(22));
        assert_eq!(short.id.dport, Be16(0));
    }

    #[test]
    fn md5sig_entries() {
        let mut b = vec![2, 32, 3, 0, 10, 0, 0, 1];
        b.resize(20, 0);
        b.extend_from_slice(b"abc");
        b.resize(TcpDiagMd5sig::LEN, 0);
        let two = [b.clone(), b].concat();
        let keys = TcpDiagMd5sig::parse_all(&two).unwrap();
        assert_eq!(keys.len(), 2);
        assert_eq!((keys[0].family, keys[0].prefix_len), (2, 32));
        assert_eq!(&keys[0].address[..4], &[10, 0, 0, 1]);
        assert_eq!(keys[1].key_bytes(), b"abc");
        assert_eq!(TcpDiagMd5sig::parse_all(&two[..150]), None);
        assert_eq!(TcpDiagMd5sig::parse_all(&[]), Some(vec![]));
    }

    #[test]
    fn sockopt_bits() {
        let s = InetDiagSockopt::parse(&[0b0000_0010, 0b0000_0001]).unwrap();
        assert_eq!(
            s.flags(),
            SockoptFlags::IS_ICSK | SockoptFlags::BIND_ADDRESS_NO_PORT
        );
        assert_eq!(InetDiagSockopt::from_flags(s.flags()), s);
    }
}
