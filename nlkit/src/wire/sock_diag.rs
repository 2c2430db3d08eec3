//! The fixed structures of `NETLINK_SOCK_DIAG` for the families other than inet
//! (linux/sock_diag.h, unix_diag.h, packet_diag.h, netlink_diag.h, xdp_diag.h,
//! vm_sockets_diag.h, and `struct sock_filter` of linux/filter.h): each family's request and
//! reply header and the structures carried in its attributes. Field names follow the C
//! members without their prefix; values are raw here — the typed sockets in
//! [`crate::sock_diag`] turn them into open enums and flag sets.
//!
//! Also the two attribute shapes these families share: the `SK_MEMINFO_*` array
//! ([`SkMeminfo`], read with [`SkMeminfoCodec`]) and arrays of fixed structures ([`StructArray`]).

use super::attr::{AttrView, ATTR_HEADER_LEN};
use super::build::MessageBuilder;
use super::codec::{self, Array, Codec};
use super::fixed::Field;
use super::{DecodeError, DecodeErrorKind, FixedStruct};
use std::fmt::Debug;
use std::marker::PhantomData;

/// A socket cookie (`__u32 cookie[2]`: the low 32 bits first, each in host order), held
/// as one `u64`. [`Cookie::NONE`] (`INET_DIAG_NOCOOKIE` in both words) asks the kernel not
/// to check it.
// merge: wire::inet_diag (branch sd-inet) reads the cookie as `[u32; 2]`; keep one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cookie(pub u64);

impl Cookie {
    /// No cookie: both words `~0` (`INET_DIAG_NOCOOKIE`).
    pub const NONE: Cookie = Cookie(u64::MAX);
}

impl Field for Cookie {
    const SIZE: usize = 8;
    fn read(b: &[u8]) -> Self {
        let lo = u32::read(b);
        let hi = u32::read(b.get(4..).unwrap_or(&[]));
        Cookie(u64::from(lo) | (u64::from(hi) << 32))
    }
    fn write(self, out: &mut [u8]) {
        // Truncation is the point: the two 32-bit words of the cookie.
        #[allow(clippy::cast_possible_truncation)]
        let (lo, hi) = (self.0 as u32, (self.0 >> 32) as u32);
        lo.write(out);
        if let Some(o) = out.get_mut(4..) {
            hi.write(o);
        }
    }
}

/// The address families of these requests and replies (linux/socket.h).
pub mod family {
    #![allow(missing_docs)]
    pub const AF_UNIX: u8 = 1;
    pub const AF_NETLINK: u8 = 16;
    pub const AF_PACKET: u8 = 17;
    pub const AF_VSOCK: u8 = 40;
    pub const AF_XDP: u8 = 44;
}

crate::fixed_struct! {
    /// `struct sock_diag_req`: the start every family's request shares.
    pub struct SockDiagReq("sock_diag_req") {
        /// `sdiag_family` (`AF_*`).
        pub family: u8,
        /// `sdiag_protocol`.
        pub protocol: u8,
    }
}

// ---- unix_diag.h ----

crate::fixed_struct! {
    /// `struct unix_diag_req`.
    pub struct UnixDiagReq("unix_diag_req") {
        /// `sdiag_family`: `AF_UNIX`.
        pub family: u8,
        /// `sdiag_protocol`: 0.
        pub protocol: u8,
        /// `pad`.
        pub pad: u16,
        /// `udiag_states`: a bit per socket state (`1 << TCP_LISTEN`, ...).
        pub states: u32,
        /// `udiag_ino`: the socket (a request for one socket, without `NLM_F_DUMP`).
        pub ino: u32,
        /// `udiag_show`: `UDIAG_SHOW_*`.
        pub show: u32,
        /// `udiag_cookie`.
        pub cookie: Cookie,
    }
}

crate::fixed_struct! {
    /// `struct unix_diag_msg`: the header of each unix socket.
    pub struct UnixDiagMsg("unix_diag_msg") {
        /// `udiag_family`: `AF_UNIX`.
        pub family: u8,
        /// `udiag_type`: `SOCK_STREAM`, `SOCK_DGRAM`, `SOCK_SEQPACKET`.
        pub socket_type: u8,
        /// `udiag_state`: a `TCP_*` state.
        pub state: u8,
        /// `pad`.
        pub pad: u8,
        /// `udiag_ino`.
        pub ino: u32,
        /// `udiag_cookie`.
        pub cookie: Cookie,
    }
}

crate::fixed_struct! {
    /// `struct unix_diag_vfs` (`UNIX_DIAG_VFS`): the inode of a bound path.
    pub struct UnixDiagVfs("unix_diag_vfs") {
        /// `udiag_vfs_ino`.
        pub ino: u32,
        /// `udiag_vfs_dev`: the device, in the kernel's encoding (`new_encode_dev`).
        pub dev: u32,
    }
}

crate::fixed_struct! {
    /// `struct unix_diag_rqlen` (`UNIX_DIAG_RQLEN`): queue lengths (for a listener, the
    /// pending connections and the backlog).
    pub struct UnixDiagRqlen("unix_diag_rqlen") {
        /// `udiag_rqueue`.
        pub rqueue: u32,
        /// `udiag_wqueue`.
        pub wqueue: u32,
    }
}

// ---- packet_diag.h ----

crate::fixed_struct! {
    /// `struct packet_diag_req`.
    pub struct PacketDiagReq("packet_diag_req") {
        /// `sdiag_family`: `AF_PACKET`.
        pub family: u8,
        /// `sdiag_protocol`: 0.
        pub protocol: u8,
        /// `pad`.
        pub pad: u16,
        /// `pdiag_ino` (the kernel ignores it: packet sockets are only dumped).
        pub ino: u32,
        /// `pdiag_show`: `PACKET_SHOW_*`.
        pub show: u32,
        /// `pdiag_cookie`.
        pub cookie: Cookie,
    }
}

crate::fixed_struct! {
    /// `struct packet_diag_msg`: the header of each packet socket.
    pub struct PacketDiagMsg("packet_diag_msg") {
        /// `pdiag_family`: `AF_PACKET`.
        pub family: u8,
        /// `pdiag_type`: `SOCK_RAW` or `SOCK_DGRAM`.
        pub socket_type: u8,
        /// `pdiag_num`: the protocol (an ethertype), in host byte order (the kernel
        /// converts it).
        pub num: u16,
        /// `pdiag_ino`.
        pub ino: u32,
        /// `pdiag_cookie`.
        pub cookie: Cookie,
    }
}

crate::fixed_struct! {
    /// `struct packet_diag_info` (`PACKET_DIAG_INFO`).
    pub struct PacketDiagInfo("packet_diag_info") {
        /// `pdi_index`: the bound device (0: any).
        pub index: u32,
        /// `pdi_version`: `TPACKET_V1` (0), `V2`, `V3`.
        pub version: u32,
        /// `pdi_reserve`.
        pub reserve: u32,
        /// `pdi_copy_thresh`.
        pub copy_thresh: u32,
        /// `pdi_tstamp`.
        pub tstamp: u32,
        /// `pdi_flags`: `PDI_*`.
        pub flags: u32,
    }
}

crate::fixed_struct! {
    /// `struct packet_diag_mclist`: one membership (`PACKET_ADD_MEMBERSHIP`).
    pub struct PacketDiagMclist("packet_diag_mclist") {
        /// `pdmc_index`: the device.
        pub index: u32,
        /// `pdmc_count`.
        pub count: u32,
        /// `pdmc_type`: `PACKET_MR_*`.
        pub mr_type: u16,
        /// `pdmc_alen`: how many bytes of `addr` count.
        pub alen: u16,
        /// `pdmc_addr` (`MAX_ADDR_LEN`).
        pub addr: [u8; 32],
    }
}

crate::fixed_struct! {
    /// `struct packet_diag_ring` (`PACKET_DIAG_RX_RING`, `PACKET_DIAG_TX_RING`).
    pub struct PacketDiagRing("packet_diag_ring") {
        /// `pdr_block_size`.
        pub block_size: u32,
        /// `pdr_block_nr`.
        pub block_nr: u32,
        /// `pdr_frame_size`.
        pub frame_size: u32,
        /// `pdr_frame_nr`.
        pub frame_nr: u32,
        /// `pdr_retire_tmo`.
        pub retire_tmo: u32,
        /// `pdr_sizeof_priv`.
        pub sizeof_priv: u32,
        /// `pdr_features`.
        pub features: u32,
    }
}

crate::fixed_struct! {
    /// `struct sock_filter` (linux/filter.h): one classic BPF instruction.
    pub struct SockFilter("sock_filter") {
        /// `code`.
        pub code: u16,
        /// `jt`: jump offset when true.
        pub jt: u8,
        /// `jf`: jump offset when false.
        pub jf: u8,
        /// `k`.
        pub k: u32,
    }
}

// ---- netlink_diag.h ----

crate::fixed_struct! {
    /// `struct netlink_diag_req`.
    pub struct NetlinkDiagReq("netlink_diag_req") {
        /// `sdiag_family`: `AF_NETLINK`.
        pub family: u8,
        /// `sdiag_protocol`: a `NETLINK_*` protocol, or `NDIAG_PROTO_ALL` (255).
        pub protocol: u8,
        /// `pad`.
        pub pad: u16,
        /// `ndiag_ino` (the kernel ignores it: netlink sockets are only dumped).
        pub ino: u32,
        /// `ndiag_show`: `NDIAG_SHOW_*`.
        pub show: u32,
        /// `ndiag_cookie`.
        pub cookie: Cookie,
    }
}

crate::fixed_struct! {
    /// `struct netlink_diag_msg`: the header of each netlink socket.
    pub struct NetlinkDiagMsg("netlink_diag_msg") {
        /// `ndiag_family`: `AF_NETLINK`.
        pub family: u8,
        /// `ndiag_type`: `SOCK_RAW` or `SOCK_DGRAM`.
        pub socket_type: u8,
        /// `ndiag_protocol`.
        pub protocol: u8,
        /// `ndiag_state`: `NETLINK_UNCONNECTED` (0) or `NETLINK_CONNECTED` (1).
        pub state: u8,
        /// `ndiag_portid`.
        pub portid: u32,
        /// `ndiag_dst_portid`.
        pub dst_portid: u32,
        /// `ndiag_dst_group`.
        pub dst_group: u32,
        /// `ndiag_ino`.
        pub ino: u32,
        /// `ndiag_cookie`.
        pub cookie: Cookie,
    }
}

crate::fixed_struct! {
    /// `struct netlink_diag_ring` (mmapped rings, gone since Linux 4.6).
    pub struct NetlinkDiagRing("netlink_diag_ring") {
        /// `ndr_block_size`.
        pub block_size: u32,
        /// `ndr_block_nr`.
        pub block_nr: u32,
        /// `ndr_frame_size`.
        pub frame_size: u32,
        /// `ndr_frame_nr`.
        pub frame_nr: u32,
    }
}

// ---- xdp_diag.h ----

crate::fixed_struct! {
    /// `struct xdp_diag_req`.
    pub struct XdpDiagReq("xdp_diag_req") {
        /// `sdiag_family`: `AF_XDP`.
        pub family: u8,
        /// `sdiag_protocol`: 0.
        pub protocol: u8,
        /// `pad`.
        pub pad: u16,
        /// `xdiag_ino` (the kernel ignores it: XDP sockets are only dumped).
        pub ino: u32,
        /// `xdiag_show`: `XDP_SHOW_*`.
        pub show: u32,
        /// `xdiag_cookie`.
        pub cookie: Cookie,
    }
}

crate::fixed_struct! {
    /// `struct xdp_diag_msg`: the header of each XDP socket.
    pub struct XdpDiagMsg("xdp_diag_msg") {
        /// `xdiag_family`: `AF_XDP`.
        pub family: u8,
        /// `xdiag_type`: `SOCK_RAW`.
        pub socket_type: u8,
        /// `pad`.
        pub pad: u16,
        /// `xdiag_ino`.
        pub ino: u32,
        /// `xdiag_cookie`.
        pub cookie: Cookie,
    }
}

crate::fixed_struct! {
    /// `struct xdp_diag_info` (`XDP_DIAG_INFO`): where the socket is bound.
    pub struct XdpDiagInfo("xdp_diag_info") {
        /// `ifindex`.
        pub ifindex: u32,
        /// `queue_id`.
        pub queue_id: u32,
    }
}

crate::fixed_struct! {
    /// `struct xdp_diag_ring`: a ring's size.
    pub struct XdpDiagRing("xdp_diag_ring") {
        /// `entries`: descriptors.
        pub entries: u32,
    }
}

crate::fixed_struct! {
    /// `struct xdp_diag_umem` (`XDP_DIAG_UMEM`).
    pub struct XdpDiagUmem("xdp_diag_umem") {
        /// `size`.
        pub size: u64,
        /// `id`.
        pub id: u32,
        /// `num_pages`.
        pub num_pages: u32,
        /// `chunk_size`.
        pub chunk_size: u32,
        /// `headroom`.
        pub headroom: u32,
        /// `ifindex`.
        pub ifindex: u32,
        /// `queue_id`.
        pub queue_id: u32,
        /// `flags`: `XDP_DU_F_ZEROCOPY` (1).
        pub flags: u32,
        /// `refs`.
        pub refs: u32,
    }
}

crate::fixed_struct! {
    /// `struct xdp_diag_stats` (`XDP_DIAG_STATS`).
    pub struct XdpDiagStats("xdp_diag_stats") {
        /// `n_rx_dropped`.
        pub rx_dropped: u64,
        /// `n_rx_invalid`.
        pub rx_invalid: u64,
        /// `n_rx_full`.
        pub rx_full: u64,
        /// `n_fill_ring_empty`.
        pub fill_ring_empty: u64,
        /// `n_tx_invalid`.
        pub tx_invalid: u64,
        /// `n_tx_ring_empty`.
        pub tx_ring_empty: u64,
    }
}

// ---- vm_sockets_diag.h ----

crate::fixed_struct! {
    /// `struct vsock_diag_req`.
    pub struct VsockDiagReq("vsock_diag_req") {
        /// `sdiag_family`: `AF_VSOCK`.
        pub family: u8,
        /// `sdiag_protocol`: 0.
        pub protocol: u8,
        /// `pad`.
        pub pad: u16,
        /// `vdiag_states`: a bit per socket state.
        pub states: u32,
        /// `vdiag_ino`: reserved, 0.
        pub ino: u32,
        /// `vdiag_show`: reserved, 0.
        pub show: u32,
        /// `vdiag_cookie`.
        pub cookie: Cookie,
    }
}

crate::fixed_struct! {
    /// `struct vsock_diag_msg`: each vsock socket (vsock replies have no attributes).
    pub struct VsockDiagMsg("vsock_diag_msg") {
        /// `vdiag_family`: `AF_VSOCK`.
        pub family: u8,
        /// `vdiag_type`: `SOCK_STREAM`, `SOCK_DGRAM`, `SOCK_SEQPACKET`.
        pub socket_type: u8,
        /// `vdiag_state`: a `TCP_*` state.
        pub state: u8,
        /// `vdiag_shutdown`: `RCV_SHUTDOWN` (1) | `SEND_SHUTDOWN` (2).
        pub shutdown: u8,
        /// `vdiag_src_cid`.
        pub src_cid: u32,
        /// `vdiag_src_port`.
        pub src_port: u32,
        /// `vdiag_dst_cid`.
        pub dst_cid: u32,
        /// `vdiag_dst_port`.
        pub dst_port: u32,
        /// `vdiag_ino`.
        pub ino: u32,
        /// `vdiag_cookie`.
        pub cookie: Cookie,
    }
}

// ---- shared attribute shapes ----

/// `SK_MEMINFO_*`: the indexes of the socket memory array (linux/sock_diag.h).
pub mod meminfo {
    #![allow(missing_docs)]
    pub const SK_MEMINFO_RMEM_ALLOC: usize = 0;
    pub const SK_MEMINFO_RCVBUF: usize = 1;
    pub const SK_MEMINFO_WMEM_ALLOC: usize = 2;
    pub const SK_MEMINFO_SNDBUF: usize = 3;
    pub const SK_MEMINFO_FWD_ALLOC: usize = 4;
    pub const SK_MEMINFO_WMEM_QUEUED: usize = 5;
    pub const SK_MEMINFO_OPTMEM: usize = 6;
    pub const SK_MEMINFO_BACKLOG: usize = 7;
    pub const SK_MEMINFO_DROPS: usize = 8;
}

/// A socket's memory counters (`*_DIAG_MEMINFO`, `INET_DIAG_SKMEMINFO`): the `u32` array
/// `sock_diag_put_meminfo` writes, as long as the kernel made it (older kernels send fewer
/// counters, newer ones may send more). Accessors return `None` for a counter the kernel
/// did not send.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct SkMeminfo(pub Vec<u32>);

impl SkMeminfo {
    /// Counter `index` (a [`meminfo`] constant), if the kernel sent it.
    pub fn get(&self, index: usize) -> Option<u32> {
        self.0.get(index).copied()
    }
    /// `SK_MEMINFO_RMEM_ALLOC`: bytes in the receive queue (ss's `r`).
    pub fn rmem_alloc(&self) -> Option<u32> {
        self.get(meminfo::SK_MEMINFO_RMEM_ALLOC)
    }
    /// `SK_MEMINFO_RCVBUF`: the receive buffer (`rb`).
    pub fn rcvbuf(&self) -> Option<u32> {
        self.get(meminfo::SK_MEMINFO_RCVBUF)
    }
    /// `SK_MEMINFO_WMEM_ALLOC`: bytes sent, not yet freed (`t`).
    pub fn wmem_alloc(&self) -> Option<u32> {
        self.get(meminfo::SK_MEMINFO_WMEM_ALLOC)
    }
    /// `SK_MEMINFO_SNDBUF`: the send buffer (`tb`).
    pub fn sndbuf(&self) -> Option<u32> {
        self.get(meminfo::SK_MEMINFO_SNDBUF)
    }
    /// `SK_MEMINFO_FWD_ALLOC`: memory reserved ahead (`f`).
    pub fn fwd_alloc(&self) -> Option<u32> {
        self.get(meminfo::SK_MEMINFO_FWD_ALLOC)
    }
    /// `SK_MEMINFO_WMEM_QUEUED`: bytes queued to send (`w`).
    pub fn wmem_queued(&self) -> Option<u32> {
        self.get(meminfo::SK_MEMINFO_WMEM_QUEUED)
    }
    /// `SK_MEMINFO_OPTMEM`: option memory (`o`).
    pub fn optmem(&self) -> Option<u32> {
        self.get(meminfo::SK_MEMINFO_OPTMEM)
    }
    /// `SK_MEMINFO_BACKLOG`: the backlog queue (`bl`; since Linux 3.10).
    pub fn backlog(&self) -> Option<u32> {
        self.get(meminfo::SK_MEMINFO_BACKLOG)
    }
    /// `SK_MEMINFO_DROPS`: packets dropped (`d`; since Linux 4.7).
    pub fn drops(&self) -> Option<u32> {
        self.get(meminfo::SK_MEMINFO_DROPS)
    }
}

fn wrong_size(expected: usize, found: usize) -> DecodeError {
    DecodeError::new(
        "attribute payload",
        ATTR_HEADER_LEN,
        DecodeErrorKind::WrongSize { expected, found },
    )
}

/// The codec of [`SkMeminfo`]: native-endian `u32`s; a payload that is not a whole number
/// of them is malformed.
#[derive(Debug)]
pub struct SkMeminfoCodec;
impl Codec for SkMeminfoCodec {
    type Value = SkMeminfo;
    fn decode(a: &AttrView<&[u8]>) -> Result<SkMeminfo, DecodeError> {
        Array::<codec::U32>::decode(a).map(SkMeminfo)
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &SkMeminfo) {
        b.attr_u32_array_ne(raw_type, &v.0);
    }
}

/// A payload that is a C array of fixed structures `S` (packet memberships, BPF
/// instructions); a payload that is not a whole number of them is malformed.
#[derive(Debug)]
pub struct StructArray<S>(PhantomData<S>);
impl<S: FixedStruct + Debug + PartialEq + Eq> Codec for StructArray<S> {
    type Value = Vec<S>;
    fn decode(a: &AttrView<&[u8]>) -> Result<Vec<S>, DecodeError> {
        let p = a.payload();
        if S::LEN == 0 || !p.len().is_multiple_of(S::LEN) {
            return Err(wrong_size(p.len().next_multiple_of(S::LEN.max(1)), p.len()));
        }
        Ok(p.chunks_exact(S::LEN).map(S::read_fields).collect())
    }
    fn encode(b: &mut MessageBuilder, raw_type: u16, v: &Vec<S>) {
        let mut bytes = Vec::with_capacity(v.len() * S::LEN);
        for s in v {
            s.append_to(&mut bytes);
        }
        b.attr_bytes(raw_type, &bytes);
    }
}

/// The groups set in a netlink group bitmap (`NETLINK_DIAG_GROUPS`: the kernel's
/// `unsigned long`s, bit `n - 1` is group `n`), in increasing order. The words are 64-bit
/// when the bitmap is a whole number of them, 32-bit otherwise; a short last word reads
/// as zero-filled.
pub fn group_bitmap(bitmap: &[u8]) -> Vec<u32> {
    let word = if bitmap.len().is_multiple_of(8) { 8 } else { 4 };
    let mut out = Vec::new();
    for (w, chunk) in bitmap.chunks(word).enumerate() {
        let mut buf = [0u8; 8];
        buf[..chunk.len()].copy_from_slice(chunk);
        let bits = if word == 8 {
            u64::from_ne_bytes(buf)
        } else {
            u64::from(u32::from_ne_bytes([buf[0], buf[1], buf[2], buf[3]]))
        };
        for bit in 0..word * 8 {
            if bits & (1 << bit) != 0 {
                out.push(u32::try_from(w * word * 8 + bit + 1).unwrap_or(u32::MAX));
            }
        }
    }
    out
}

/// The groups 1 to 32 of a netlink group bitmap ([`group_bitmap`]) as one `u32` (its
/// first four bytes, zero-filled when shorter).
pub fn group_bitmap_first_word(bitmap: &[u8]) -> u32 {
    let mut w = [0u8; 4];
    let n = bitmap.len().min(4);
    w[..n].copy_from_slice(&bitmap[..n]);
    u32::from_ne_bytes(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::{AttrIter, Flags};

    #[test]
    fn group_bitmaps_of_either_word_size() {
        let mut b = [0u8; 8];
        b[..4].copy_from_slice(&((1u32 << 0) | (1 << 31)).to_ne_bytes());
        b[4..].copy_from_slice(&1u32.to_ne_bytes());
        // Eight bytes are one 64-bit word: groups 1, 32 and 33.
        assert_eq!(group_bitmap(&b), [1, 32, 33]);
        assert_eq!(group_bitmap_first_word(&b), 1 | 1 << 31);
        // Four bytes are one 32-bit word; twelve are three of them.
        assert_eq!(group_bitmap(&b[..4]), [1, 32]);
        let mut twelve = [0u8; 12];
        twelve[8..].copy_from_slice(&2u32.to_ne_bytes());
        assert_eq!(group_bitmap(&twelve), [66]);
        assert_eq!(group_bitmap_first_word(&twelve), 0);
        assert!(group_bitmap(&[]).is_empty());
    }

    #[test]
    fn sizes_match_the_headers() {
        assert_eq!(SockDiagReq::LEN, 2);
        assert_eq!(UnixDiagReq::LEN, 24);
        assert_eq!(UnixDiagMsg::LEN, 16);
        assert_eq!(PacketDiagReq::LEN, 20);
        assert_eq!(PacketDiagMsg::LEN, 16);
        assert_eq!(PacketDiagInfo::LEN, 24);
        assert_eq!(PacketDiagMclist::LEN, 44);
        assert_eq!(PacketDiagRing::LEN, 28);
        assert_eq!(SockFilter::LEN, 8);
        assert_eq!(NetlinkDiagReq::LEN, 20);
        assert_eq!(NetlinkDiagMsg::LEN, 28);
        assert_eq!(XdpDiagReq::LEN, 20);
        assert_eq!(XdpDiagMsg::LEN, 16);
        assert_eq!(XdpDiagUmem::LEN, 40);
        assert_eq!(XdpDiagStats::LEN, 48);
        assert_eq!(VsockDiagReq::LEN, 24);
        assert_eq!(VsockDiagMsg::LEN, 32);
    }

    #[test]
    fn cookie_words_low_first() {
        let c = Cookie(0x1122_3344_5566_7788);
        let mut b = [0u8; 8];
        c.write(&mut b);
        assert_eq!(&b[..4], &0x5566_7788u32.to_ne_bytes());
        assert_eq!(&b[4..], &0x1122_3344u32.to_ne_bytes());
        assert_eq!(Cookie::read(&b), c);
        assert_eq!(Cookie::read(&[0xff; 8]), Cookie::NONE);
        assert_eq!(Cookie::read(&[1]), Cookie(1), "missing bytes read as zero");
    }

    fn attrs(payload: &[u8]) -> Vec<u8> {
        let mut b = MessageBuilder::new(16, Flags::NONE);
        b.attr_bytes(1, payload);
        b.finish().unwrap()[16..].to_vec()
    }

    #[test]
    fn arrays_of_structs_and_meminfo() {
        let insns = [1u8, 0, 2, 3, 4, 0, 0, 0, 6, 0, 0, 0, 0xff, 0xff, 0, 0];
        let wire = attrs(&insns);
        let a = AttrIter::new(&wire).next().unwrap().unwrap();
        let v = StructArray::<SockFilter>::decode(&a).unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!((v[0].code, v[0].jt, v[0].jf, v[0].k), (1, 2, 3, 4));
        assert_eq!(v[1].k, 0xffff);
        let mut b = MessageBuilder::new(16, Flags::NONE);
        StructArray::<SockFilter>::encode(&mut b, 1, &v);
        assert_eq!(&b.finish().unwrap()[16..], &wire[..]);
        let odd = attrs(&insns[..12]);
        let a = AttrIter::new(&odd).next().unwrap().unwrap();
        assert!(StructArray::<SockFilter>::decode(&a).is_err());
        assert!(SkMeminfoCodec::decode(&a).is_ok());
        let m = SkMeminfoCodec::decode(&a).unwrap();
        assert_eq!(m.0.len(), 3);
        assert_eq!(m.wmem_alloc(), Some(6));
        assert_eq!(m.drops(), None);
        let odd = attrs(&insns[..5]);
        let a = AttrIter::new(&odd).next().unwrap().unwrap();
        assert!(SkMeminfoCodec::decode(&a).is_err());
    }
}
