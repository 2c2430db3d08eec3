//! Netlink attributes (`struct nlattr`, linux/netlink.h): a 4-byte header (`nla_len`,
//! `nla_type`) followed by the payload, padded to 4 bytes.
//!
//! Getters check the exact payload length and name the byte order: `u32_ne` reads native
//! endian (what almost all rtnetlink attributes use), `u16_be` reads network byte order
//! (ports, VXLAN ids, ...).

use super::{align, get_u16_ne, DecodeError, DecodeErrorKind};
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Size of `struct nlattr`.
pub const ATTR_HEADER_LEN: usize = 4;
/// The attribute holds nested attributes (`NLA_F_NESTED`).
pub const NLA_F_NESTED: u16 = 1 << 15;
/// The payload is in network byte order (`NLA_F_NET_BYTEORDER`).
pub const NLA_F_NET_BYTEORDER: u16 = 1 << 14;
/// The bits of `nla_type` that hold the type (`NLA_TYPE_MASK`).
pub const NLA_TYPE_MASK: u16 = !(NLA_F_NESTED | NLA_F_NET_BYTEORDER);

/// A checked view of one attribute: `nla_len` is at least 4 and fits the buffer.
#[derive(Clone, Copy)]
pub struct AttrView<T: AsRef<[u8]>> {
    buffer: T,
}

impl<T: AsRef<[u8]>> AttrView<T> {
    /// Checks the attribute header and returns a view.
    pub fn new_checked(buffer: T) -> Result<Self, DecodeError> {
        let b = buffer.as_ref();
        if b.len() < ATTR_HEADER_LEN {
            return Err(DecodeError::truncated(
                "attribute",
                0,
                ATTR_HEADER_LEN,
                b.len(),
            ));
        }
        let claimed = get_u16_ne(b, 0) as usize;
        if claimed < ATTR_HEADER_LEN || claimed > b.len() {
            return Err(DecodeError::new(
                "attribute",
                0,
                DecodeErrorKind::BadLength {
                    claimed,
                    available: b.len(),
                },
            ));
        }
        Ok(AttrView { buffer })
    }

    fn bytes(&self) -> &[u8] {
        self.buffer.as_ref()
    }

    /// `nla_len`: header plus payload, without padding.
    pub fn length(&self) -> u16 {
        get_u16_ne(self.bytes(), 0)
    }

    /// `nla_type` with the flag bits.
    pub fn raw_type(&self) -> u16 {
        get_u16_ne(self.bytes(), 2)
    }

    /// The attribute type, without `NLA_F_NESTED` and `NLA_F_NET_BYTEORDER`.
    pub fn attr_type(&self) -> u16 {
        self.raw_type() & NLA_TYPE_MASK
    }

    /// True when `NLA_F_NESTED` is set. Many kernel nests do not set it, so parsers decide
    /// by type, not by this flag.
    pub fn is_nested(&self) -> bool {
        self.raw_type() & NLA_F_NESTED != 0
    }

    /// True when `NLA_F_NET_BYTEORDER` is set.
    pub fn is_net_byteorder(&self) -> bool {
        self.raw_type() & NLA_F_NET_BYTEORDER != 0
    }

    /// The payload, `nla_len - 4` bytes.
    pub fn payload(&self) -> &[u8] {
        let len = self.length() as usize;
        self.bytes().get(ATTR_HEADER_LEN..len).unwrap_or(&[])
    }

    /// The nested attributes in the payload.
    pub fn nested(&self) -> AttrIter<'_> {
        AttrIter::new(self.payload())
    }

    fn exact<const N: usize>(&self) -> Result<[u8; N], DecodeError> {
        let p = self.payload();
        let mut out = [0u8; N];
        if p.len() != N {
            return Err(DecodeError::new(
                "attribute payload",
                ATTR_HEADER_LEN,
                DecodeErrorKind::WrongSize {
                    expected: N,
                    found: p.len(),
                },
            ));
        }
        out.copy_from_slice(p);
        Ok(out)
    }

    /// A one-byte value.
    pub fn u8(&self) -> Result<u8, DecodeError> {
        Ok(self.exact::<1>()?[0])
    }
    /// A native-endian `u16`.
    pub fn u16_ne(&self) -> Result<u16, DecodeError> {
        self.exact().map(u16::from_ne_bytes)
    }
    /// A big-endian (network byte order) `u16`.
    pub fn u16_be(&self) -> Result<u16, DecodeError> {
        self.exact().map(u16::from_be_bytes)
    }
    /// A native-endian `u32`.
    pub fn u32_ne(&self) -> Result<u32, DecodeError> {
        self.exact().map(u32::from_ne_bytes)
    }
    /// A big-endian (network byte order) `u32`.
    pub fn u32_be(&self) -> Result<u32, DecodeError> {
        self.exact().map(u32::from_be_bytes)
    }
    /// A native-endian `u64`.
    pub fn u64_ne(&self) -> Result<u64, DecodeError> {
        self.exact().map(u64::from_ne_bytes)
    }
    /// A big-endian (network byte order) `u64`.
    pub fn u64_be(&self) -> Result<u64, DecodeError> {
        self.exact().map(u64::from_be_bytes)
    }
    /// A struct of `N` native-endian `u32` fields (such as `struct rta_cacheinfo`).
    pub fn u32_array_ne<const N: usize>(&self) -> Result<[u32; N], DecodeError> {
        let p = self.payload();
        if p.len() != N * 4 {
            return Err(DecodeError::new(
                "attribute payload",
                ATTR_HEADER_LEN,
                DecodeErrorKind::WrongSize {
                    expected: N * 4,
                    found: p.len(),
                },
            ));
        }
        let mut out = [0u32; N];
        for (o, c) in out.iter_mut().zip(p.chunks_exact(4)) {
            *o = u32::from_ne_bytes([c[0], c[1], c[2], c[3]]);
        }
        Ok(out)
    }
    /// A run of values of `size` bytes each, read by `read` (any count; the payload must be
    /// a whole number of them).
    fn values<V>(&self, size: usize, read: impl Fn(&[u8]) -> V) -> Result<Vec<V>, DecodeError> {
        let p = self.payload();
        if !p.len().is_multiple_of(size) {
            return Err(DecodeError::new(
                "attribute payload",
                ATTR_HEADER_LEN,
                DecodeErrorKind::WrongSize {
                    expected: p.len() / size * size + size,
                    found: p.len(),
                },
            ));
        }
        Ok(p.chunks_exact(size).map(read).collect())
    }
    /// Native-endian `u32`s, as many as the payload holds.
    pub fn u32_values_ne(&self) -> Result<Vec<u32>, DecodeError> {
        self.values(4, |c| u32::from_ne_bytes([c[0], c[1], c[2], c[3]]))
    }
    /// Big-endian `u32`s, as many as the payload holds (an MPLS label stack).
    pub fn u32_values_be(&self) -> Result<Vec<u32>, DecodeError> {
        self.values(4, |c| u32::from_be_bytes([c[0], c[1], c[2], c[3]]))
    }
    /// Native-endian `u64`s, as many as the payload holds (`struct rtnl_link_stats64`).
    pub fn u64_values_ne(&self) -> Result<Vec<u64>, DecodeError> {
        self.values(8, |c| {
            let mut x = [0u8; 8];
            x.copy_from_slice(c);
            u64::from_ne_bytes(x)
        })
    }
    /// A fixed structure (see [`crate::wire::rtnl`]) at the start of the payload, which
    /// must be at least that long.
    pub fn fixed<S: super::FixedStruct>(&self) -> Result<S, DecodeError> {
        S::parse(self.payload()).map_err(|e| e.at(ATTR_HEADER_LEN))
    }
    /// A native-endian `i32`.
    pub fn i32_ne(&self) -> Result<i32, DecodeError> {
        self.exact().map(i32::from_ne_bytes)
    }
    /// A native-endian `i8`.
    pub fn i8(&self) -> Result<i8, DecodeError> {
        self.exact().map(i8::from_ne_bytes)
    }

    /// A string: the payload up to the first NUL (or all of it when there is none), which
    /// must be UTF-8.
    pub fn string(&self) -> Result<&str, DecodeError> {
        let p = self.payload();
        let end = p.iter().position(|&c| c == 0).unwrap_or(p.len());
        std::str::from_utf8(p.get(..end).unwrap_or(&[])).map_err(|_| {
            DecodeError::new(
                "attribute payload",
                ATTR_HEADER_LEN,
                DecodeErrorKind::BadString,
            )
        })
    }

    /// A NUL-terminated string (`NLA_NUL_STRING`): the payload must contain a NUL.
    pub fn c_string(&self) -> Result<&str, DecodeError> {
        if !self.payload().contains(&0) {
            return Err(DecodeError::new(
                "attribute payload",
                ATTR_HEADER_LEN,
                DecodeErrorKind::BadString,
            ));
        }
        self.string()
    }

    /// An IPv4 address (4 bytes, network order).
    pub fn ipv4(&self) -> Result<Ipv4Addr, DecodeError> {
        self.exact::<4>().map(Ipv4Addr::from)
    }
    /// An IPv6 address (16 bytes, network order).
    pub fn ipv6(&self) -> Result<Ipv6Addr, DecodeError> {
        self.exact::<16>().map(Ipv6Addr::from)
    }
    /// An IPv4 or IPv6 address, told apart by the payload length (4 or 16).
    pub fn ip(&self) -> Result<IpAddr, DecodeError> {
        match self.payload().len() {
            4 => self.ipv4().map(IpAddr::V4),
            16 => self.ipv6().map(IpAddr::V6),
            n => Err(DecodeError::new(
                "attribute payload",
                ATTR_HEADER_LEN,
                DecodeErrorKind::WrongSize {
                    expected: 4,
                    found: n,
                },
            )),
        }
    }
    /// A 6-byte Ethernet (MAC) address.
    pub fn mac(&self) -> Result<[u8; 6], DecodeError> {
        self.exact::<6>()
    }
    /// The raw payload bytes.
    pub fn raw(&self) -> &[u8] {
        self.payload()
    }
    /// A flag attribute (`NLA_FLAG`): present means true; the payload must be empty.
    pub fn flag(&self) -> Result<bool, DecodeError> {
        self.exact::<0>().map(|_| true)
    }
}

impl<T: AsRef<[u8]>> fmt::Debug for AttrView<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AttrView")
            .field("kind", &self.attr_type())
            .field("nested", &self.is_nested())
            .field("payload", &self.payload())
            .finish()
    }
}

/// Iterates over a run of attributes. Yields `Err` once for a malformed attribute, with its
/// offset in the run, then stops for good.
///
/// ```
/// use nlkit::rtnl::link::attrs::{IFLA_IFNAME, IFLA_MTU};
/// use nlkit::wire::{AttrIter, MessageBuilder, Flags};
/// let mut b = MessageBuilder::new(0, Flags::REQUEST);
/// b.attr_u32_ne(IFLA_MTU, 1500).attr_str(IFLA_IFNAME, "veth0");
/// let bytes = b.finish().unwrap();
/// // The attributes follow the 16-byte nlmsghdr.
/// let attrs: Vec<_> = AttrIter::new(&bytes[16..]).map(|a| a.unwrap().attr_type()).collect();
/// assert_eq!(attrs, [IFLA_MTU, IFLA_IFNAME]);
/// ```
#[derive(Debug, Clone)]
pub struct AttrIter<'a> {
    data: &'a [u8],
    offset: usize,
    base: usize,
    failed: bool,
}

impl<'a> AttrIter<'a> {
    /// An iterator over the attributes in `data`; error offsets count from `data`'s start.
    pub fn new(data: &'a [u8]) -> Self {
        AttrIter::with_base(data, 0)
    }

    /// An iterator over the attributes in `data`, which starts at byte `base` of the
    /// buffer errors should point into (a message, say).
    pub fn with_base(data: &'a [u8], base: usize) -> Self {
        AttrIter {
            data,
            offset: 0,
            base,
            failed: false,
        }
    }
}

impl<'a> Iterator for AttrIter<'a> {
    type Item = Result<AttrView<&'a [u8]>, DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.offset >= self.data.len() {
            return None;
        }
        let rest = self.data.get(self.offset..).unwrap_or(&[]);
        match AttrView::new_checked(rest) {
            Ok(view) => {
                let len = view.length() as usize;
                self.offset = self.offset.saturating_add(align(len));
                Some(Ok(AttrView {
                    buffer: rest.get(..len).unwrap_or(&[]),
                }))
            }
            Err(e) => {
                self.failed = true;
                Some(Err(e.at(self.base.saturating_add(self.offset))))
            }
        }
    }
}

impl std::iter::FusedIterator for AttrIter<'_> {}

/// Iterates over records that start with their own native-endian `u16` length (header
/// included) and are padded to 4 bytes, such as `struct rtnexthop` in `RTA_MULTIPATH`.
/// Yields each record's bytes (exactly its length); a record shorter than `min_len` or
/// running past the data yields `Err` once and ends the iteration.
#[derive(Debug, Clone)]
pub struct RecordIter<'a> {
    data: &'a [u8],
    offset: usize,
    min_len: usize,
    failed: bool,
}

impl<'a> RecordIter<'a> {
    /// Records in `data`, each at least `min_len` bytes long.
    pub fn new(data: &'a [u8], min_len: usize) -> Self {
        RecordIter {
            data,
            offset: 0,
            min_len: min_len.max(2),
            failed: false,
        }
    }
}

impl<'a> Iterator for RecordIter<'a> {
    type Item = Result<&'a [u8], DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.offset >= self.data.len() {
            return None;
        }
        let rest = self.data.get(self.offset..).unwrap_or(&[]);
        let claimed = if rest.len() >= 2 {
            get_u16_ne(rest, 0) as usize
        } else {
            0
        };
        if claimed < self.min_len || claimed > rest.len() {
            self.failed = true;
            return Some(Err(DecodeError::new(
                "record",
                self.offset,
                DecodeErrorKind::BadLength {
                    claimed,
                    available: rest.len(),
                },
            )));
        }
        self.offset = self.offset.saturating_add(align(claimed));
        Some(Ok(rest.get(..claimed).unwrap_or(&[])))
    }
}

impl std::iter::FusedIterator for RecordIter<'_> {}

/// The attribute at byte `offset` of `message` (what an extended ACK's
/// `NLMSGERR_ATTR_OFFS` points at), as the path of attribute types from the top level
/// (flags masked), e.g. `[IFLA_LINKINFO, IFLA_INFO_DATA, IFLA_VXLAN_ID]`.
/// `attributes_offset` is where the message's attributes begin
/// ([`MessageBuilder::attributes_offset`](super::MessageBuilder::attributes_offset)).
/// An offset inside a payload that holds no attribute there (a struct) names the innermost
/// attribute around it; `None` when no attribute is at or around it. Inside a list of
/// records that are not attributes (`RTA_MULTIPATH`'s `rtnexthop`s), the path past the
/// list's attribute is not meaningful.
///
/// ```
/// use nlkit::rtnl::link::attrs::*;
/// use nlkit::rtnl::link::kinds::vxlan::attrs::IFLA_VXLAN_ID;
/// use nlkit::rtnl::message_type::RTM_NEWLINK;
/// use nlkit::wire::{attr::attribute_path, rtnl::IfInfoMsg, Flags, MessageBuilder};
/// let mut b = MessageBuilder::new(RTM_NEWLINK, Flags::REQUEST);
/// b.push_struct(&IfInfoMsg::default());
/// b.attr_str(IFLA_IFNAME, "vx0");
/// let info = b.nest_start(IFLA_LINKINFO);
/// b.attr_str(IFLA_INFO_KIND, "vxlan");
/// let data = b.nest_start(IFLA_INFO_DATA);
/// b.attr_u32_ne(IFLA_VXLAN_ID, 1 << 24);
/// b.nest_end(data);
/// b.nest_end(info);
/// let first = b.attributes_offset().unwrap();
/// let bytes = b.finish().unwrap();
/// // The kernel's offset of IFLA_VXLAN_ID: 16 + 16 + 8 (name) + 4 + 12 (kind) + 4.
/// let path = vec![IFLA_LINKINFO, IFLA_INFO_DATA, IFLA_VXLAN_ID];
/// assert_eq!(attribute_path(&bytes, first, 60), Some(path));
/// assert_eq!(attribute_path(&bytes, first, 32), Some(vec![IFLA_IFNAME]));
/// assert_eq!(attribute_path(&bytes, first, 4), None);
/// ```
pub fn attribute_path(message: &[u8], attributes_offset: usize, offset: usize) -> Option<Vec<u16>> {
    let mut path = Vec::new();
    let (mut at, mut end) = (attributes_offset, message.len());
    'run: while at < end {
        let attr = message
            .get(at..end)
            .and_then(|b| AttrView::new_checked(b).ok());
        let Some(attr) = attr else {
            break;
        };
        let len = usize::from(attr.length());
        if at == offset {
            path.push(attr.attr_type());
            return Some(path);
        }
        if offset > at && offset < at + len {
            // Inside this attribute: look among the attributes of its payload.
            path.push(attr.attr_type());
            end = at + len;
            at += ATTR_HEADER_LEN;
            continue 'run;
        }
        at += align(len);
    }
    (!path.is_empty()).then_some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_path_at_inside_and_outside_attributes() {
        // header (16) + family header (4) + [A 8 bytes] + [N (nest 5) [B 8 bytes] [C 12 bytes]]
        let mut m = vec![0u8; 20];
        m.extend_from_slice(&[8, 0, 1, 0, 9, 9, 9, 9]);
        m.extend_from_slice(&[24, 0, 5, 0x80]);
        m.extend_from_slice(&[8, 0, 2, 0, 1, 2, 3, 4]);
        m.extend_from_slice(&[12, 0, 3, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(attribute_path(&m, 20, 20), Some(vec![1]));
        assert_eq!(attribute_path(&m, 20, 28), Some(vec![5]));
        assert_eq!(attribute_path(&m, 20, 32), Some(vec![5, 2]));
        assert_eq!(attribute_path(&m, 20, 40), Some(vec![5, 3]));
        // Inside a payload that is not an attribute: the attribute around it.
        assert_eq!(attribute_path(&m, 20, 22), Some(vec![1]));
        assert_eq!(attribute_path(&m, 20, 46), Some(vec![5, 3]));
        // Before the attributes, past the end, or in a truncated or garbled message.
        assert_eq!(attribute_path(&m, 20, 4), None);
        assert_eq!(attribute_path(&m, 20, 52), None);
        assert_eq!(attribute_path(&m, 20, 5000), None);
        assert_eq!(attribute_path(&m[..30], 20, 28), None);
        assert_eq!(attribute_path(&m, 200, 28), None);
        let mut bad = m.clone();
        bad[28] = 200; // the nest claims more than there is
        assert_eq!(attribute_path(&bad, 20, 32), None);
        for cut in 0..m.len() {
            for offset in 0..m.len() + 4 {
                let _ = attribute_path(&m[..cut], 20, offset);
            }
        }
    }

    /// Hand-assembled from linux/if_link.h: IFLA_MTU (4) = 1500, IFLA_IFNAME (3) = "lo\0",
    /// a nested IFLA_LINKINFO (18, NLA_F_NESTED) with IFLA_INFO_KIND (1) = "veth".
    fn sample() -> Vec<u8> {
        let mut v = vec![8, 0, 4, 0];
        v.extend_from_slice(&1500u32.to_ne_bytes());
        v.extend_from_slice(&[7, 0, 3, 0, b'l', b'o', 0, 0]);
        v.extend_from_slice(&[
            16, 0, 18, 0x80, 9, 0, 1, 0, b'v', b'e', b't', b'h', 0, 0, 0, 0,
        ]);
        v
    }

    #[test]
    fn iterates_and_reads() {
        let data = sample();
        let attrs: Vec<_> = AttrIter::new(&data).collect::<Result<_, _>>().unwrap();
        assert_eq!(attrs.len(), 3);
        assert_eq!(attrs[0].u32_ne().unwrap(), 1500);
        assert!(attrs[0].u16_ne().is_err());
        assert_eq!(attrs[1].string().unwrap(), "lo");
        assert_eq!(attrs[1].c_string().unwrap(), "lo");
        assert!(attrs[2].is_nested());
        assert_eq!(attrs[2].attr_type(), 18);
        let inner: Vec<_> = attrs[2].nested().collect::<Result<_, _>>().unwrap();
        assert_eq!(inner[0].string().unwrap(), "veth");
    }

    #[test]
    fn byte_orders() {
        let v = [8u8, 0, 1, 0x40, 0, 0, 0x12, 0xb5];
        let a = AttrView::new_checked(&v[..]).unwrap();
        assert!(a.is_net_byteorder());
        assert_eq!(a.attr_type(), 1);
        assert_eq!(a.u32_be().unwrap(), 4789);
        let p = [6u8, 0, 2, 0, 0x12, 0xb5, 0, 0];
        let a = AttrView::new_checked(&p[..]).unwrap();
        assert_eq!(a.u16_be().unwrap(), 4789);
        assert_eq!(a.payload().len(), 2);
    }

    #[test]
    fn records() {
        let data = [8u8, 0, 1, 2, 3, 4, 5, 6, 6, 0, 9, 9, 9, 9, 0, 0, 1, 0];
        let r: Vec<_> = RecordIter::new(&data, 4).collect();
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].unwrap(), &data[..8]);
        assert_eq!(r[1].unwrap(), &data[8..14]);
        assert!(r[2].is_err());
    }

    #[test]
    fn addresses() {
        let v = [8u8, 0, 1, 0, 10, 0, 0, 1];
        let a = AttrView::new_checked(&v[..]).unwrap();
        assert_eq!(a.ipv4().unwrap(), Ipv4Addr::new(10, 0, 0, 1));
        assert_eq!(a.ip().unwrap(), IpAddr::V4(Ipv4Addr::new(10, 0, 0, 1)));
        assert!(a.ipv6().is_err() && a.mac().is_err());
    }

    #[test]
    fn malformed_stops_for_good() {
        let mut data = sample();
        data.extend_from_slice(&[3, 0, 1, 0]); // nla_len 3 < 4
        data.extend_from_slice(&[8, 0, 4, 0, 0, 0, 0, 0]);
        let items: Vec<_> = AttrIter::new(&data).collect();
        assert_eq!(items.len(), 4);
        assert_eq!(items[3].as_ref().unwrap_err().offset, 32);
    }

    #[test]
    fn string_without_nul_and_bad_utf8() {
        let v = [6u8, 0, 1, 0, b'a', b'b'];
        let a = AttrView::new_checked(&v[..]).unwrap();
        assert_eq!(a.string().unwrap(), "ab");
        assert!(a.c_string().is_err());
        let v = [6u8, 0, 1, 0, 0xff, 0xfe];
        assert!(AttrView::new_checked(&v[..]).unwrap().string().is_err());
    }
}
