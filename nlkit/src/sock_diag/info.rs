//! The information attributes of inet sockets other than `tcp_info`: socket memory
//! ([`SkMeminfo`](crate::wire::sock_diag::SkMeminfo), shared by every family), SCTP address lists ([`SockAddrs`], read in `wire::inet_diag`), the upper
//! layer protocol's nest ([`UlpInfo`]). The fixed ones (`inet_diag_meminfo`, vegas, dctcp,
//! bbr, `inet_diag_sockopt`) are declared in [`crate::wire::inet_diag`].

use crate::wire::codec;
use crate::wire::inet_diag::ulp_attrs::*;

pub use crate::wire::inet_diag::SockAddrs;

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
    use crate::wire::inet_diag::SOCKADDR_STORAGE_LEN;
    use crate::wire::sock_diag::{SkMeminfo, SkMeminfoCodec};
    use crate::wire::MessageBuilder;
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
