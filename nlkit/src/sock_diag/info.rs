//! The information attributes of inet sockets other than `tcp_info`: socket memory
//! ([`SkMeminfo`](crate::wire::sock_diag::SkMeminfo), shared by every family), SCTP address lists ([`SockAddrs`]), the upper
//! layer protocol's nest ([`UlpInfo`]). The fixed ones (`inet_diag_meminfo`, vegas, dctcp,
//! bbr, `inet_diag_sockopt`) are declared in [`crate::wire::inet_diag`].

use crate::wire::attr::AttrView;
use crate::wire::codec::{self, Codec};
use crate::wire::inet_diag::ulp_attrs::*;
use crate::wire::inet_diag::SOCKADDR_STORAGE_LEN;
use crate::wire::sockaddr::{sockaddr_bytes, socket_addr};
use crate::wire::{DecodeError, DecodeErrorKind, MessageBuilder};
use std::net::SocketAddr;

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
            offset: crate::wire::attr::ATTR_HEADER_LEN,
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

crate::attribute_set! {
    /// `INET_DIAG_ULP_INFO`: the upper layer protocol on a TCP socket (kTLS, an MPTCP
    /// subflow). The protocol's own nest is kept raw.
    pub struct UlpInfo {}
    attributes {
        /// `INET_ULP_INFO_NAME` (`"tls"`, `"mptcp"`).
        pub name: codec::Str = INET_ULP_INFO_NAME,
        /// `INET_ULP_INFO_TLS`: the `TLS_INFO_*` nest, raw.
        pub tls: codec::NestedBytes = INET_ULP_INFO_TLS,
        /// `INET_ULP_INFO_MPTCP`: the `MPTCP_SUBFLOW_ATTR_*` nest, raw.
        pub mptcp: codec::NestedBytes = INET_ULP_INFO_MPTCP,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::sock_diag::{SkMeminfo, SkMeminfoCodec};
    use crate::wire::{AttrIter, AttributeSet, Flags};

    crate::attribute_set! {
        struct Holder {}
        attributes {
            mem: SkMeminfoCodec = 7,
            locals: SockAddrs = 12,
        }
    }

    fn round_trip(h: &Holder) -> (Holder, Vec<u8>) {
        let mut b = MessageBuilder::new(16, Flags::NONE);
        h.write_attrs(&mut b);
        let bytes = b.finish().unwrap()[16..].to_vec();
        let mut back = Holder::default();
        back.read_attrs(AttrIter::new(&bytes)).unwrap();
        (back, bytes)
    }

    #[test]
    fn skmeminfo_any_length() {
        let h = Holder {
            mem: Some(SkMeminfo(vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10])),
            ..Default::default()
        };
        let (back, _) = round_trip(&h);
        assert_eq!(back, h);
        let m = back.mem.unwrap();
        assert_eq!((m.rmem_alloc(), m.drops()), (Some(1), Some(9)));
        let short = SkMeminfo(vec![1, 2]);
        assert_eq!((short.rcvbuf(), short.sndbuf()), (Some(2), None));
    }

    #[test]
    fn sctp_addresses() {
        let h = Holder {
            locals: Some(vec![
                "10.0.0.1:9".parse().unwrap(),
                "[fd00::1]:9".parse().unwrap(),
            ]),
            ..Default::default()
        };
        let (back, bytes) = round_trip(&h);
        assert_eq!(back, h);
        assert_eq!(bytes.len(), 4 + 2 * SOCKADDR_STORAGE_LEN);
        // A slot of another family is kept raw.
        let mut odd = bytes.clone();
        odd[4] = 1;
        let mut p = Holder::default();
        p.read_attrs(AttrIter::new(&odd)).unwrap();
        assert_eq!((p.locals, p.malformed.len(), p.unknown.len()), (None, 1, 1));
    }
}
