//! [`MessageBuilder`]: appends netlink messages, family headers and attributes to one buffer.
//!
//! The builder never truncates. A value that cannot be encoded (an attribute over 65535
//! bytes, a nest that grew past 65535 bytes, a message past `u32::MAX`) is recorded as the
//! builder's error, further writes are ignored, and [`MessageBuilder::finish`] returns it.
//! That keeps call chains short (`b.attr_u32_ne(..).attr_str(..)`) without losing failures.

use super::attr::{ATTR_HEADER_LEN, NLA_F_NESTED};
use super::nlmsg::{Flags, MessageHeader, HEADER_LEN};
use super::{align, get_u32_ne};
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Why a message could not be built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuildError {
    /// An attribute payload is longer than the 65531 bytes `nla_len` can describe.
    AttributeTooLong {
        /// The attribute type.
        attr_type: u16,
        /// The payload length asked for.
        len: usize,
    },
    /// A nest grew past the 65535 bytes `nla_len` can describe.
    NestTooLong {
        /// The nest's attribute type.
        attr_type: u16,
        /// Its length.
        len: usize,
    },
    /// A message grew past `u32::MAX` bytes.
    MessageTooLong,
    /// A nest was ended that is not the innermost open one, or one stayed open at `finish`.
    UnbalancedNest,
    /// A request handed to the engine must hold exactly one message.
    NotOneMessage,
    /// The object has no such change (e.g. `Verb::Append` for a link): the kernel offers
    /// none, so no request was built.
    UnsupportedChange {
        /// The object, e.g. `"link"`.
        object: &'static str,
        /// The change asked for, e.g. `"append"`.
        verb: &'static str,
    },
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::AttributeTooLong { attr_type, len } => {
                write!(
                    f,
                    "attribute {attr_type}: payload of {len} bytes does not fit nla_len"
                )
            }
            BuildError::NestTooLong { attr_type, len } => {
                write!(
                    f,
                    "nested attribute {attr_type}: {len} bytes do not fit nla_len"
                )
            }
            BuildError::MessageTooLong => f.write_str("message longer than u32::MAX bytes"),
            BuildError::UnbalancedNest => f.write_str("nests not ended in order"),
            BuildError::NotOneMessage => f.write_str("a request must hold exactly one message"),
            BuildError::UnsupportedChange { object, verb } => {
                write!(f, "a {object} cannot be changed with {verb}")
            }
        }
    }
}

impl std::error::Error for BuildError {}

/// An open nested attribute, returned by [`MessageBuilder::nest_start`]; hand it back to
/// [`MessageBuilder::nest_end`] or [`MessageBuilder::nest_cancel`].
#[must_use = "a nest must be ended or cancelled"]
#[derive(Debug)]
pub struct Nest {
    offset: usize,
    attr_type: u16,
    depth: usize,
}

/// Builds one or more netlink messages into a single buffer.
///
/// ```
/// use nlkit::rtnl::link::attrs::{IFLA_IFNAME, IFLA_INFO_KIND, IFLA_LINKINFO};
/// use nlkit::rtnl::message_type::RTM_GETLINK;
/// use nlkit::wire::{rtnl::IfInfoMsg, Flags, MessageBuilder, MessageIter};
/// let mut b = MessageBuilder::new(RTM_GETLINK, Flags::REQUEST);
/// b.push_struct(&IfInfoMsg::default());
/// b.attr_str(IFLA_IFNAME, "lo");
/// let linkinfo = b.nest_start(IFLA_LINKINFO);
/// b.attr_str(IFLA_INFO_KIND, "veth");
/// b.nest_end(linkinfo);
/// let bytes = b.finish().unwrap();
/// let msg = MessageIter::new(&bytes).next().unwrap().unwrap();
/// assert_eq!(msg.length() as usize, bytes.len());
/// ```
#[derive(Clone, Default)]
pub struct MessageBuilder {
    buf: Vec<u8>,
    start: usize,
    /// Where the current message's first attribute starts, from the message's start.
    first_attribute: Option<usize>,
    open_nests: usize,
    error: Option<BuildError>,
}

impl MessageBuilder {
    /// Starts a buffer with one message of `message_type` and `flags` (sequence and port id
    /// 0; the request engine fills them in).
    pub fn new(message_type: u16, flags: Flags) -> Self {
        let mut b = MessageBuilder {
            buf: Vec::with_capacity(256),
            ..Default::default()
        };
        b.begin(message_type, flags);
        b
    }

    /// Ends the current message and starts another one in the same buffer.
    pub fn next_message(&mut self, message_type: u16, flags: Flags) -> &mut Self {
        if self.open_nests != 0 {
            self.fail(BuildError::UnbalancedNest);
        }
        self.begin(message_type, flags);
        self
    }

    fn begin(&mut self, message_type: u16, flags: Flags) {
        self.pad();
        self.start = self.buf.len();
        self.first_attribute = None;
        let header = MessageHeader {
            length: HEADER_LEN as u32,
            message_type,
            flags,
            sequence: 0,
            port_id: 0,
        };
        self.buf.resize(self.start + HEADER_LEN, 0);
        header.emit(&mut self.buf[self.start..]);
    }

    /// Clears the buffer and starts a new first message (keeps the allocation).
    pub fn reset(&mut self, message_type: u16, flags: Flags) -> &mut Self {
        self.buf.clear();
        self.open_nests = 0;
        self.error = None;
        self.begin(message_type, flags);
        self
    }

    /// Records where the current message's attributes begin (the first attribute written).
    fn note_attribute(&mut self) {
        if self.first_attribute.is_none() {
            self.first_attribute = Some(self.buf.len() - self.start);
        }
    }

    /// Where the current message's attributes begin, counted from the start of the message
    /// (its `nlmsghdr`): after the family header. `None` while it has no attribute. With
    /// [`crate::wire::attr::attribute_path`] this names the attribute an extended ACK's
    /// offset points at.
    pub fn attributes_offset(&self) -> Option<usize> {
        self.first_attribute
    }

    /// Records `e` as the builder's error (the first one wins; later writes are ignored).
    pub fn set_error(&mut self, e: BuildError) {
        self.fail(e);
    }

    fn fail(&mut self, e: BuildError) {
        if self.error.is_none() {
            self.error = Some(e);
        }
    }

    fn pad(&mut self) {
        let aligned = align(self.buf.len());
        self.buf.resize(aligned, 0);
    }

    fn patch_message_len(&mut self) {
        let len = self.buf.len() - self.start;
        match u32::try_from(len) {
            Ok(l) => self.buf[self.start..self.start + 4].copy_from_slice(&l.to_ne_bytes()),
            Err(_) => self.fail(BuildError::MessageTooLong),
        }
    }

    /// Appends raw bytes to the current message (a family header such as `ifinfomsg`),
    /// followed by zero padding to 4 bytes.
    pub fn push_bytes(&mut self, bytes: &[u8]) -> &mut Self {
        if self.error.is_none() {
            self.buf.extend_from_slice(bytes);
            self.pad();
            self.patch_message_len();
        }
        self
    }

    /// Appends a fixed structure (a family header such as `rtmsg`, see
    /// [`crate::wire::rtnl`]), followed by zero padding to 4 bytes.
    pub fn push_struct<S: super::FixedStruct>(&mut self, s: &S) -> &mut Self {
        if self.error.is_none() {
            s.append_to(&mut self.buf);
            self.pad();
            self.patch_message_len();
        }
        self
    }

    /// Appends an attribute whose payload is a fixed structure.
    pub fn attr_struct<S: super::FixedStruct>(&mut self, attr_type: u16, s: &S) -> &mut Self {
        let mut payload = [0u8; super::fixed::MAX_FIXED_LEN];
        let len = S::LEN.min(payload.len());
        s.write_fields(&mut payload[..len]);
        self.attr_bytes(attr_type, &payload[..len])
    }

    /// Appends an attribute holding `values` as native-endian `u32`s.
    pub fn attr_u32_values_ne(&mut self, attr_type: u16, values: &[u32]) -> &mut Self {
        let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_ne_bytes()).collect();
        self.attr_bytes(attr_type, &bytes)
    }

    /// Appends an attribute holding `values` as big-endian `u32`s.
    pub fn attr_u32_values_be(&mut self, attr_type: u16, values: &[u32]) -> &mut Self {
        let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_be_bytes()).collect();
        self.attr_bytes(attr_type, &bytes)
    }

    /// Appends an attribute holding `values` as native-endian `u64`s.
    pub fn attr_u64_values_ne(&mut self, attr_type: u16, values: &[u64]) -> &mut Self {
        let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_ne_bytes()).collect();
        self.attr_bytes(attr_type, &bytes)
    }

    /// The payload of a run of attributes written by `build` (for attributes whose
    /// payload is itself attributes, such as `RTA_ENCAP`), or the first error.
    pub fn attributes_payload(
        build: impl FnOnce(&mut MessageBuilder),
    ) -> Result<Vec<u8>, BuildError> {
        let mut b = MessageBuilder::new(0, Flags::NONE);
        build(&mut b);
        let bytes = b.finish()?;
        Ok(bytes.get(HEADER_LEN..).unwrap_or(&[]).to_vec())
    }

    /// Appends an attribute with a raw payload.
    pub fn attr_bytes(&mut self, attr_type: u16, payload: &[u8]) -> &mut Self {
        self.attr_parts(attr_type, &[payload])
    }

    /// Appends an attribute whose payload is the concatenation of `parts`.
    fn attr_parts(&mut self, attr_type: u16, parts: &[&[u8]]) -> &mut Self {
        if self.error.is_some() {
            return self;
        }
        let len: usize = parts.iter().map(|p| p.len()).sum();
        let Ok(nla_len) = u16::try_from(len + ATTR_HEADER_LEN) else {
            self.fail(BuildError::AttributeTooLong { attr_type, len });
            return self;
        };
        self.note_attribute();
        self.buf.extend_from_slice(&nla_len.to_ne_bytes());
        self.buf.extend_from_slice(&attr_type.to_ne_bytes());
        for p in parts {
            self.buf.extend_from_slice(p);
        }
        self.pad();
        self.patch_message_len();
        self
    }

    /// Appends a flag attribute (no payload).
    pub fn attr_flag(&mut self, attr_type: u16) -> &mut Self {
        self.attr_bytes(attr_type, &[])
    }
    /// Appends a one-byte attribute.
    pub fn attr_u8(&mut self, attr_type: u16, v: u8) -> &mut Self {
        self.attr_bytes(attr_type, &[v])
    }
    /// Appends a native-endian `u16` attribute.
    pub fn attr_u16_ne(&mut self, attr_type: u16, v: u16) -> &mut Self {
        self.attr_bytes(attr_type, &v.to_ne_bytes())
    }
    /// Appends a big-endian `u16` attribute.
    pub fn attr_u16_be(&mut self, attr_type: u16, v: u16) -> &mut Self {
        self.attr_bytes(attr_type, &v.to_be_bytes())
    }
    /// Appends a native-endian `u32` attribute.
    pub fn attr_u32_ne(&mut self, attr_type: u16, v: u32) -> &mut Self {
        self.attr_bytes(attr_type, &v.to_ne_bytes())
    }
    /// Appends a big-endian `u32` attribute.
    pub fn attr_u32_be(&mut self, attr_type: u16, v: u32) -> &mut Self {
        self.attr_bytes(attr_type, &v.to_be_bytes())
    }
    /// Appends a native-endian `u64` attribute.
    pub fn attr_u64_ne(&mut self, attr_type: u16, v: u64) -> &mut Self {
        self.attr_bytes(attr_type, &v.to_ne_bytes())
    }
    /// Appends a big-endian `u64` attribute.
    pub fn attr_u64_be(&mut self, attr_type: u16, v: u64) -> &mut Self {
        self.attr_bytes(attr_type, &v.to_be_bytes())
    }
    /// Appends a struct of native-endian `u32` fields (such as `struct rta_cacheinfo`).
    pub fn attr_u32_array_ne(&mut self, attr_type: u16, words: &[u32]) -> &mut Self {
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_ne_bytes()).collect();
        self.attr_bytes(attr_type, &bytes)
    }
    /// Appends a native-endian `i32` attribute.
    pub fn attr_i32_ne(&mut self, attr_type: u16, v: i32) -> &mut Self {
        self.attr_bytes(attr_type, &v.to_ne_bytes())
    }
    /// Appends a NUL-terminated string attribute (what the kernel's `NLA_STRING` and
    /// `NLA_NUL_STRING` policies both accept).
    pub fn attr_str(&mut self, attr_type: u16, s: &str) -> &mut Self {
        self.attr_parts(attr_type, &[s.as_bytes(), &[0]])
    }
    /// Appends a string attribute without a terminating NUL.
    pub fn attr_str_no_nul(&mut self, attr_type: u16, s: &str) -> &mut Self {
        self.attr_bytes(attr_type, s.as_bytes())
    }
    /// Appends an IPv4 address (network order).
    pub fn attr_ipv4(&mut self, attr_type: u16, a: Ipv4Addr) -> &mut Self {
        self.attr_bytes(attr_type, &a.octets())
    }
    /// Appends an IPv6 address (network order).
    pub fn attr_ipv6(&mut self, attr_type: u16, a: Ipv6Addr) -> &mut Self {
        self.attr_bytes(attr_type, &a.octets())
    }
    /// Appends an IPv4 or IPv6 address (4 or 16 bytes).
    pub fn attr_ip(&mut self, attr_type: u16, a: IpAddr) -> &mut Self {
        match a {
            IpAddr::V4(a) => self.attr_ipv4(attr_type, a),
            IpAddr::V6(a) => self.attr_ipv6(attr_type, a),
        }
    }
    /// Appends a 6-byte MAC address.
    pub fn attr_mac(&mut self, attr_type: u16, mac: [u8; 6]) -> &mut Self {
        self.attr_bytes(attr_type, &mac)
    }

    /// Opens a nested attribute of type `attr_type` with `NLA_F_NESTED` set. Attributes appended
    /// until [`nest_end`](Self::nest_end) go inside it.
    pub fn nest_start(&mut self, attr_type: u16) -> Nest {
        self.nest_start_flags(attr_type | NLA_F_NESTED)
    }

    /// Opens a nested attribute without setting `NLA_F_NESTED` (some old kernel nests, e.g.
    /// `IFLA_LINKINFO` as iproute2 sends it, are parsed either way).
    pub fn nest_start_flags(&mut self, raw_type: u16) -> Nest {
        let offset = self.buf.len();
        self.note_attribute();
        self.open_nests += 1;
        if self.error.is_none() {
            self.buf
                .extend_from_slice(&(ATTR_HEADER_LEN as u16).to_ne_bytes());
            self.buf.extend_from_slice(&raw_type.to_ne_bytes());
            self.patch_message_len();
        }
        Nest {
            offset,
            attr_type: raw_type,
            depth: self.open_nests,
        }
    }

    /// Opens a record whose first two bytes hold its own length, such as `struct rtnexthop`:
    /// `header` is written as given (its length field is patched by
    /// [`nest_end`](Self::nest_end)), and what is appended until then belongs to the record.
    pub fn record_start(&mut self, header: &[u8]) -> Nest {
        let offset = self.buf.len();
        self.open_nests += 1;
        if self.error.is_none() {
            self.buf.extend_from_slice(header);
            self.pad();
            self.patch_message_len();
        }
        Nest {
            offset,
            attr_type: 0,
            depth: self.open_nests,
        }
    }

    /// Closes a nest: patches its length. A nest over 65535 bytes is an error.
    pub fn nest_end(&mut self, nest: Nest) -> &mut Self {
        if nest.depth != self.open_nests {
            self.fail(BuildError::UnbalancedNest);
            return self;
        }
        self.open_nests -= 1;
        if self.error.is_some() {
            return self;
        }
        let len = self.buf.len() - nest.offset;
        match u16::try_from(len) {
            Ok(l) => self.buf[nest.offset..nest.offset + 2].copy_from_slice(&l.to_ne_bytes()),
            Err(_) => self.fail(BuildError::NestTooLong {
                attr_type: nest.attr_type,
                len,
            }),
        }
        self
    }

    /// Drops a nest and everything appended inside it.
    pub fn nest_cancel(&mut self, nest: Nest) -> &mut Self {
        if nest.depth != self.open_nests {
            self.fail(BuildError::UnbalancedNest);
            return self;
        }
        self.open_nests -= 1;
        if self.error.is_none() {
            self.buf.truncate(nest.offset);
            self.patch_message_len();
        }
        self
    }

    /// The first error recorded, if any.
    pub fn error(&self) -> Option<BuildError> {
        self.error
    }

    /// The bytes built so far, or the first error.
    pub fn bytes(&self) -> Result<&[u8], BuildError> {
        match self.error {
            Some(e) => Err(e),
            None if self.open_nests != 0 => Err(BuildError::UnbalancedNest),
            None => Ok(&self.buf),
        }
    }

    /// The buffer, or the first error.
    pub fn finish(self) -> Result<Vec<u8>, BuildError> {
        self.bytes()?;
        Ok(self.buf)
    }

    /// The number of messages in the buffer (walks the headers).
    pub fn message_count(&self) -> usize {
        let mut n = 0;
        let mut at = 0;
        while at + HEADER_LEN <= self.buf.len() {
            n += 1;
            let len = get_u32_ne(&self.buf, at) as usize;
            at += align(len.max(HEADER_LEN));
        }
        n
    }
}

impl fmt::Debug for MessageBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MessageBuilder")
            .field("len", &self.buf.len())
            .field("error", &self.error)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_offset_is_where_the_first_attribute_of_the_message_starts() {
        let mut b = MessageBuilder::new(16, Flags::REQUEST);
        assert_eq!(b.attributes_offset(), None);
        b.push_bytes(&[0u8; 12]);
        assert_eq!(b.attributes_offset(), None);
        let n = b.nest_start(18);
        b.attr_u8(1, 1);
        b.nest_end(n);
        b.attr_u32_ne(4, 1500);
        assert_eq!(b.attributes_offset(), Some(28));
        b.next_message(16, Flags::REQUEST);
        b.push_bytes(&[0u8; 8]);
        b.attr_flag(2);
        assert_eq!(
            b.attributes_offset(),
            Some(24),
            "counted from the current message"
        );
        b.reset(16, Flags::REQUEST);
        assert_eq!(b.attributes_offset(), None);
    }
    use crate::wire::{AttrIter, MessageIter};

    #[test]
    fn builds_exact_bytes() {
        // The RTM_GETLINK request `ip link show lo` sends, as captured with
        // `strace -e trace=sendmsg -X raw ip link show lo` (seq and pid zeroed),
        // minus IFLA_EXT_MASK: ifinfomsg (16 bytes) + IFLA_IFNAME "lo".
        let mut b = MessageBuilder::new(18, Flags::REQUEST | Flags::ACK);
        b.push_bytes(&[0u8; 16]).attr_str(3, "lo");
        let bytes = b.finish().unwrap();
        let expected: Vec<u8> = [
            &[40u8, 0, 0, 0, 18, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0][..],
            &[0u8; 16][..],
            &[7, 0, 3, 0, b'l', b'o', 0, 0][..],
        ]
        .concat();
        assert_eq!(bytes, expected);
    }

    #[test]
    fn padding_is_zeroed_after_reuse() {
        // Dirty the allocation with 0xa5, reset, and build again: padding must be zeroed.
        let mut b = MessageBuilder::new(16, Flags::REQUEST);
        b.attr_bytes(9, &[0xa5; 60]);
        b.reset(16, Flags::REQUEST);
        b.attr_u8(1, 7).attr_str(2, "abcde").attr_flag(3);
        let bytes = b.finish().unwrap();
        assert_eq!(bytes.len(), 16 + 8 + 12 + 4);
        assert!(!bytes[16..].contains(&0xa5));
        assert_eq!(&bytes[16..24], &[5, 0, 1, 0, 7, 0, 0, 0]);
    }

    #[test]
    fn nests_patch_and_cancel() {
        let mut b = MessageBuilder::new(16, Flags::REQUEST);
        let outer = b.nest_start(18);
        b.attr_str(1, "veth");
        let data = b.nest_start(2);
        b.attr_u32_ne(1, 5);
        b.nest_cancel(data);
        b.nest_end(outer);
        let bytes = b.finish().unwrap();
        let attrs: Vec<_> = AttrIter::new(&bytes[16..])
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(attrs.len(), 1);
        assert_eq!(attrs[0].length(), 4 + 12);
        assert!(attrs[0].is_nested());
        assert_eq!(attrs[0].nested().count(), 1);
    }

    #[test]
    fn too_long_is_an_error_not_truncation() {
        let mut b = MessageBuilder::new(16, Flags::REQUEST);
        b.attr_bytes(1, &vec![0u8; 65532]);
        assert_eq!(
            b.error(),
            Some(BuildError::AttributeTooLong {
                attr_type: 1,
                len: 65532
            })
        );
        let mut b = MessageBuilder::new(16, Flags::REQUEST);
        b.attr_bytes(1, &vec![0u8; 65531]);
        assert!(b.error().is_none());
        let mut b = MessageBuilder::new(16, Flags::REQUEST);
        let n = b.nest_start(5);
        b.attr_bytes(1, &[0u8; 40000]).attr_bytes(2, &[0u8; 40000]);
        b.nest_end(n);
        assert!(
            matches!(b.finish(), Err(BuildError::NestTooLong { attr_type, .. }) if attr_type & 0x7fff == 5)
        );
    }

    #[test]
    fn unbalanced_nests() {
        let mut b = MessageBuilder::new(16, Flags::REQUEST);
        let a = b.nest_start(1);
        let c = b.nest_start(2);
        b.nest_end(a);
        assert_eq!(b.error(), Some(BuildError::UnbalancedNest));
        let _ = c;
        let mut b = MessageBuilder::new(16, Flags::REQUEST);
        let _open = b.nest_start(1);
        assert_eq!(b.bytes().unwrap_err(), BuildError::UnbalancedNest);
    }

    #[test]
    fn several_messages() {
        let mut b = MessageBuilder::new(16, Flags::REQUEST);
        b.attr_u8(1, 1);
        b.next_message(17, Flags::REQUEST).attr_u32_ne(2, 2);
        assert_eq!(b.message_count(), 2);
        let bytes = b.finish().unwrap();
        let msgs: Vec<_> = MessageIter::new(&bytes).collect::<Result<_, _>>().unwrap();
        assert_eq!(msgs.len(), 2);
        assert_eq!(msgs[0].length(), 24);
        assert_eq!(msgs[1].message_type(), 17);
    }
}
