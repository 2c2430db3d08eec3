//! SEG6, IPv6 Segment Routing's generic netlink family (linux/seg6_genl.h,
//! linux/seg6_hmac.h): the source address of SRv6 encapsulation (the tunnel source) and
//! the HMAC keys that sign segment routing headers. Both are state of the network
//! namespace the connection is in.
//!
//! Every message is one attribute set, [`Seg6Attrs`] (`SEG6_ATTR_*`), parsed leniently;
//! the requests are [`GetTunnelSource`], [`SetTunnelSource`], [`DumpHmac`] and
//! [`SetHmac`], each a [`Request`] of the [`Seg6`] family, run by
//! [`genl::get`](super::get), [`genl::execute`](super::execute) and
//! [`genl::dump`](super::dump).
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::genl::seg6::{DumpHmac, GetTunnelSource, HmacAlgorithm, SetHmac, SetTunnelSource};
//! use nlkit::genl::{self, Families};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Generic)?;
//! let families = Families::new();
//! let address = "fc00::1".parse().unwrap();
//! genl::execute(&mut conn, &families, &SetTunnelSource { address })?;
//! let tunsrc = genl::get(&mut conn, &families, &GetTunnelSource)?;
//! assert_eq!(tunsrc.address, Some(address));
//! let key = SetHmac::new(7, HmacAlgorithm::Sha256, b"secret".to_vec());
//! genl::execute(&mut conn, &families, &key)?;
//! for key in genl::dump(&mut conn, &families, &DumpHmac)? {
//!     let key = key?;
//!     println!("key {} {:?}", key.key_id, key.algorithm);
//! }
//! genl::execute(&mut conn, &families, &SetHmac::delete(7))?;
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::request::{Family, Reply, Request};
use crate::wire::genl::GenlView;
use crate::wire::names::{AttrName, SetNames};
use crate::wire::{codec, AttributeSet, DecodeError, DecodeErrorKind, MessageBuilder};
use std::net::Ipv6Addr;

/// The family's name (`SEG6_GENL_NAME`).
pub const SEG6_GENL_NAME: &str = "SEG6";

/// The interface version (`SEG6_GENL_VERSION`).
pub const SEG6_GENL_VERSION: u8 = 1;

/// The longest HMAC secret the kernel accepts (`SEG6_HMAC_SECRET_LEN`).
pub const SEG6_HMAC_SECRET_LEN: usize = 64;

/// The family's commands (`SEG6_CMD_*`).
pub mod cmd {
    #![allow(missing_docs)]
    pub const SEG6_CMD_UNSPEC: u8 = 0;
    pub const SEG6_CMD_SETHMAC: u8 = 1;
    pub const SEG6_CMD_DUMPHMAC: u8 = 2;
    pub const SEG6_CMD_SET_TUNSRC: u8 = 3;
    pub const SEG6_CMD_GET_TUNSRC: u8 = 4;
}

/// The family's attribute ids (`SEG6_ATTR_*`).
pub mod attrs {
    #![allow(missing_docs)]
    pub const SEG6_ATTR_DST: u16 = 1;
    pub const SEG6_ATTR_DSTLEN: u16 = 2;
    pub const SEG6_ATTR_HMACKEYID: u16 = 3;
    pub const SEG6_ATTR_SECRET: u16 = 4;
    pub const SEG6_ATTR_SECRETLEN: u16 = 5;
    pub const SEG6_ATTR_ALGID: u16 = 6;
    pub const SEG6_ATTR_HMACINFO: u16 = 7;
}

use attrs::*;
use cmd::*;

/// The names of the family's attributes (the uapi's, lower case), so that an extended
/// ACK of a request names the attribute at fault
/// ([`KernelError::named_attribute`](crate::engine::KernelError::named_attribute)).
pub static ATTRIBUTE_NAMES: SetNames = SetNames {
    name: "seg6",
    attrs: &[
        AttrName::value(SEG6_ATTR_DST, "dst"),
        AttrName::value(SEG6_ATTR_DSTLEN, "dstlen"),
        AttrName::value(SEG6_ATTR_HMACKEYID, "hmackeyid"),
        AttrName::value(SEG6_ATTR_SECRET, "secret"),
        AttrName::value(SEG6_ATTR_SECRETLEN, "secretlen"),
        AttrName::value(SEG6_ATTR_ALGID, "algid"),
        AttrName::value(SEG6_ATTR_HMACINFO, "hmacinfo"),
    ],
};

/// The SEG6 family.
#[derive(Debug, Clone, Copy)]
pub struct Seg6;

impl Family for Seg6 {
    const NAME: &'static str = SEG6_GENL_NAME;
    const VERSION: u8 = SEG6_GENL_VERSION;
}

crate::open_enum! {
    /// The hash of an HMAC key (`SEG6_HMAC_ALGO_*`).
    pub enum HmacAlgorithm: u8 {
        /// `SEG6_HMAC_ALGO_SHA1`.
        Sha1 = 1,
        /// `SEG6_HMAC_ALGO_SHA256`.
        Sha256 = 2,
    }
}

impl HmacAlgorithm {
    /// The name `ip sr` gives it (`sha1`, `sha256`), `None` for another value.
    pub fn name(self) -> Option<&'static str> {
        match self {
            HmacAlgorithm::Sha1 => Some("sha1"),
            HmacAlgorithm::Sha256 => Some("sha256"),
            HmacAlgorithm::Other(_) => None,
        }
    }
}

crate::attribute_set! {
    /// A message of the SEG6 family: a request or an answer (`SEG6_ATTR_*`), every
    /// attribute kept as it came.
    pub struct Seg6Attrs {}
    attributes {
        /// `SEG6_ATTR_DST`: the tunnel source.
        pub dst: codec::Ipv6 = SEG6_ATTR_DST,
        /// `SEG6_ATTR_DSTLEN` (unused by the kernel's commands).
        pub dst_len: codec::I32 = SEG6_ATTR_DSTLEN,
        /// `SEG6_ATTR_HMACKEYID`: the key id (1 and up).
        pub hmac_key_id: codec::U32 = SEG6_ATTR_HMACKEYID,
        /// `SEG6_ATTR_SECRET`: the key's secret (no NUL).
        pub secret: codec::Bytes = SEG6_ATTR_SECRET,
        /// `SEG6_ATTR_SECRETLEN`: the secret's length; 0 in a `SETHMAC` deletes the key.
        pub secret_len: codec::U8 = SEG6_ATTR_SECRETLEN,
        /// `SEG6_ATTR_ALGID`.
        pub algorithm: codec::Enum8<HmacAlgorithm> = SEG6_ATTR_ALGID,
        /// `SEG6_ATTR_HMACINFO` (unused by the kernel's commands), raw.
        pub hmac_info: codec::NestedBytes = SEG6_ATTR_HMACINFO,
    }
}

impl Reply for Seg6Attrs {
    fn parse(msg: &GenlView<'_>) -> Result<Seg6Attrs, DecodeError> {
        msg.read()
    }
}

/// The tunnel source: the answer to [`GetTunnelSource`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TunnelSource {
    /// `SEG6_ATTR_DST` (`::` when none was set).
    pub address: Option<Ipv6Addr>,
    /// The message as it came.
    pub attrs: Seg6Attrs,
}

impl Reply for TunnelSource {
    fn parse(msg: &GenlView<'_>) -> Result<TunnelSource, DecodeError> {
        let attrs: Seg6Attrs = msg.read()?;
        Ok(TunnelSource {
            address: attrs.dst,
            attrs,
        })
    }
}

/// An HMAC key: an answer of [`DumpHmac`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HmacKey {
    /// `SEG6_ATTR_HMACKEYID`.
    pub key_id: u32,
    /// `SEG6_ATTR_ALGID`.
    pub algorithm: Option<HmacAlgorithm>,
    /// `SEG6_ATTR_SECRET`, at most `SEG6_ATTR_SECRETLEN` bytes.
    pub secret: Vec<u8>,
    /// The message as it came.
    pub attrs: Seg6Attrs,
}

impl Reply for HmacKey {
    /// A key without its id is an error.
    fn parse(msg: &GenlView<'_>) -> Result<HmacKey, DecodeError> {
        let attrs: Seg6Attrs = msg.read()?;
        let key_id = attrs
            .hmac_key_id
            .ok_or_else(|| DecodeError::new("SEG6_ATTR_HMACKEYID", 0, DecodeErrorKind::BadValue))?;
        let mut secret = attrs.secret.clone().unwrap_or_default();
        if let Some(len) = attrs.secret_len {
            secret.truncate(usize::from(len));
        }
        Ok(HmacKey {
            key_id,
            algorithm: attrs.algorithm,
            secret,
            attrs,
        })
    }
}

/// `SEG6_CMD_GET_TUNSRC`: the tunnel source of the namespace.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GetTunnelSource;

impl Request for GetTunnelSource {
    type Family = Seg6;
    fn attribute_names() -> Option<&'static SetNames> {
        Some(&ATTRIBUTE_NAMES)
    }
    type Reply = TunnelSource;
    const CMD: u8 = SEG6_CMD_GET_TUNSRC;

    fn emit(&self, _: &mut MessageBuilder) {}
}

/// `SEG6_CMD_SET_TUNSRC`: sets the tunnel source (`::` clears it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetTunnelSource {
    /// The address.
    pub address: Ipv6Addr,
}

impl Request for SetTunnelSource {
    type Family = Seg6;
    fn attribute_names() -> Option<&'static SetNames> {
        Some(&ATTRIBUTE_NAMES)
    }
    type Reply = Seg6Attrs;
    const CMD: u8 = SEG6_CMD_SET_TUNSRC;

    fn emit(&self, b: &mut MessageBuilder) {
        b.attr_ipv6(SEG6_ATTR_DST, self.address);
    }
}

/// `SEG6_CMD_DUMPHMAC`: every HMAC key of the namespace (a dump).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DumpHmac;

impl Request for DumpHmac {
    type Family = Seg6;
    fn attribute_names() -> Option<&'static SetNames> {
        Some(&ATTRIBUTE_NAMES)
    }
    type Reply = HmacKey;
    const CMD: u8 = SEG6_CMD_DUMPHMAC;

    fn emit(&self, _: &mut MessageBuilder) {}
}

/// `SEG6_CMD_SETHMAC`: adds or replaces an HMAC key; an empty secret deletes it (the
/// kernel answers `ENOENT` for a key that is not there). The kernel takes secrets of at
/// most [`SEG6_HMAC_SECRET_LEN`] bytes and refuses longer ones with `EINVAL`; a secret
/// longer than 255 bytes is sent with `SEG6_ATTR_SECRETLEN` 255 (so refused).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetHmac {
    /// The key id (the kernel refuses 0).
    pub key_id: u32,
    /// Its hash.
    pub algorithm: HmacAlgorithm,
    /// The secret; empty to delete the key.
    pub secret: Vec<u8>,
}

impl SetHmac {
    /// Sets key `key_id` to `secret` hashed with `algorithm`.
    pub fn new(key_id: u32, algorithm: HmacAlgorithm, secret: Vec<u8>) -> SetHmac {
        SetHmac {
            key_id,
            algorithm,
            secret,
        }
    }

    /// Deletes key `key_id` (sent as ip does: SHA-1, an empty secret).
    pub fn delete(key_id: u32) -> SetHmac {
        SetHmac::new(key_id, HmacAlgorithm::Sha1, Vec::new())
    }
}

impl Request for SetHmac {
    type Family = Seg6;
    fn attribute_names() -> Option<&'static SetNames> {
        Some(&ATTRIBUTE_NAMES)
    }
    type Reply = Seg6Attrs;
    const CMD: u8 = SEG6_CMD_SETHMAC;

    /// As ip sends it: the key id, the secret's length, the algorithm, then the secret
    /// (left out when empty).
    fn emit(&self, b: &mut MessageBuilder) {
        let len = u8::try_from(self.secret.len()).unwrap_or(u8::MAX);
        b.attr_u32_ne(SEG6_ATTR_HMACKEYID, self.key_id)
            .attr_u8(SEG6_ATTR_SECRETLEN, len)
            .attr_u8(SEG6_ATTR_ALGID, self.algorithm.into());
        if !self.secret.is_empty() {
            b.attr_bytes(SEG6_ATTR_SECRET, &self.secret);
        }
    }
}

/// Reads a message of the family as its attribute set (for messages of any command).
pub fn parse(msg: &GenlView<'_>) -> Result<Seg6Attrs, DecodeError> {
    let mut a = Seg6Attrs::default();
    a.read_attrs(msg.attrs())?;
    Ok(a)
}

#[cfg(test)]
mod tests {
    //! Against what ip 6.1 sent and Linux 6.18 answered in a fresh namespace: the answers
    //! captured with `ip netns exec NS strace -qq -e trace=recvmsg -e read=4 ip sr tunsrc
    //! show` (and `ip sr hmac show`, after `ip sr tunsrc set fc00::1`, `ip sr hmac set 1
    //! sha1` with secret `secret1` and `ip sr hmac set 4294967295 sha256` with `abc`),
    //! turned into bytes by `tools/strace-to-bin.py` with nlctrl's answer left out; the
    //! requests with `-e trace=sendmsg -e write=4`.
    use super::*;
    use crate::genl::parse_reply;
    use crate::wire::{AttributeSet, MessageIter, MessageView};

    const TUNSRC: &[u8] = include_bytes!("fixtures/seg6_tunsrc.bin");
    const HMAC_DUMP: &[u8] = include_bytes!("fixtures/seg6_hmac_dump.bin");

    /// `ip sr tunsrc set fc00::1`: what follows `nlmsghdr`.
    const SET_TUNSRC: [u8; 24] = [
        3, 1, 0, 0, 20, 0, 1, 0, 0xfc, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
    ];
    /// `ip sr hmac set 5 sha1` with secret `abc`.
    const SET_HMAC: [u8; 36] = [
        1, 1, 0, 0, 8, 0, 3, 0, 5, 0, 0, 0, 5, 0, 5, 0, 3, 0, 0, 0, 5, 0, 6, 0, 1, 0, 0, 0, 7, 0,
        4, 0, b'a', b'b', b'c', 0,
    ];
    /// The same with an empty secret (a delete).
    const DELETE_HMAC: [u8; 28] = [
        1, 1, 0, 0, 8, 0, 3, 0, 5, 0, 0, 0, 5, 0, 5, 0, 0, 0, 0, 0, 5, 0, 6, 0, 1, 0, 0, 0,
    ];

    fn payload<R: Request>(r: &R) -> Vec<u8> {
        r.message(0x1d).finish().unwrap()[16..].to_vec()
    }

    fn messages(bytes: &[u8]) -> Vec<MessageView<&[u8]>> {
        MessageIter::new(bytes).map(Result::unwrap).collect()
    }

    #[test]
    fn requests_are_ips_bytes() {
        let address = "fc00::1".parse().unwrap();
        assert_eq!(payload(&SetTunnelSource { address }), SET_TUNSRC);
        assert_eq!(payload(&GetTunnelSource), [4, 1, 0, 0]);
        assert_eq!(payload(&DumpHmac), [2, 1, 0, 0]);
        let set = SetHmac::new(5, HmacAlgorithm::Sha1, b"abc".to_vec());
        assert_eq!(payload(&set), SET_HMAC);
        assert_eq!(payload(&SetHmac::delete(5)), DELETE_HMAC);
        let long = SetHmac::new(1, HmacAlgorithm::Sha256, vec![b'k'; 300]);
        assert_eq!(
            payload(&long)[16],
            u8::MAX,
            "a length past 255 is not wrapped"
        );
    }

    #[test]
    fn the_tunnel_source_and_the_keys() {
        let m = messages(TUNSRC);
        let t: TunnelSource = parse_reply(&m[0]).unwrap();
        assert_eq!(t.address, Some("fc00::1".parse().unwrap()));
        let keys: Vec<HmacKey> = messages(HMAC_DUMP)
            .iter()
            .map(|m| parse_reply(m).unwrap())
            .collect();
        assert_eq!(keys.len(), 2);
        assert_eq!(
            (keys[0].key_id, keys[0].algorithm, &keys[0].secret[..]),
            (1, Some(HmacAlgorithm::Sha1), &b"secret1"[..])
        );
        assert_eq!(
            (keys[1].key_id, keys[1].algorithm, &keys[1].secret[..]),
            (u32::MAX, Some(HmacAlgorithm::Sha256), &b"abc"[..])
        );
        assert_eq!(HmacAlgorithm::from(9).name(), None);
        assert_eq!(HmacAlgorithm::Sha256.name(), Some("sha256"));
    }

    #[test]
    fn every_captured_message_round_trips() {
        for bytes in [TUNSRC, HMAC_DUMP] {
            for m in messages(bytes) {
                let v = GenlView::parse(&m).unwrap();
                let a = parse(&v).unwrap();
                assert!(a.unknown.is_empty() && a.malformed.is_empty(), "{a:?}");
                let mut b =
                    crate::genl::new_message(m.message_type(), v.cmd(), v.version(), m.flags());
                a.write_attrs(&mut b);
                assert_eq!(&b.finish().unwrap()[16..], m.payload());
            }
        }
    }

    #[test]
    fn a_key_without_its_id_is_an_error_and_bad_attributes_are_kept() {
        // DUMPHMAC answer with only SEG6_ATTR_ALGID, then one with a 2-byte key id.
        let no_id = [
            28, 0, 0, 0, 0x1d, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 0, 0, 5, 0, 6, 0, 1, 0, 0, 0,
        ];
        let m = MessageView::new_checked(&no_id[..]).unwrap();
        assert!(parse_reply::<HmacKey>(&m).is_err());
        let bad = [
            28, 0, 0, 0, 0x1d, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 0, 0, 6, 0, 3, 0, 1, 0, 0, 0,
        ];
        let m = MessageView::new_checked(&bad[..]).unwrap();
        let a = parse(&GenlView::parse(&m).unwrap()).unwrap();
        assert_eq!(
            (a.hmac_key_id, a.malformed.len(), a.unknown.len()),
            (None, 1, 1)
        );
    }

    proptest::proptest! {
        /// Arbitrary payloads: every reply parses or fails without a panic, and what
        /// parses is emitted into what parses the same.
        #[test]
        fn arbitrary_payloads_never_panic(body in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..256)) {
            let mut payload = vec![2, 1, 0, 0];
            payload.extend_from_slice(&body);
            let v = GenlView::from_payload(0x1d, &payload).unwrap();
            let _ = <HmacKey as Reply>::parse(&v);
            let _ = <TunnelSource as Reply>::parse(&v);
            if let Ok(a) = parse(&v) {
                let mut b = crate::genl::new_message(0x1d, 2, 1, crate::wire::Flags::NONE);
                a.write_attrs(&mut b);
                let again = b.finish().unwrap();
                let back = GenlView::from_payload(0x1d, &again[16..]).unwrap();
                proptest::prop_assert_eq!(parse(&back).unwrap(), a);
            }
        }
    }
}
