//! The netlink message header (`struct nlmsghdr`, linux/netlink.h) and the iterator over the
//! messages of one datagram.
//!
//! The kernel's macros map onto this module as follows: `NLMSG_ALIGN` is [`super::align`],
//! `NLMSG_LENGTH` is [`message_length`], `NLMSG_SPACE` is [`message_space`], `NLMSG_DATA` is
//! [`MessageView::payload`], `NLMSG_PAYLOAD` is [`MessageView::payload_after`], and
//! `NLMSG_OK`/`NLMSG_NEXT` are what [`MessageIter`] does (and stops for good on a bad header).

use super::{align, get_u16_ne, get_u32_ne, DecodeError, DecodeErrorKind};
use std::fmt;

/// Size of `struct nlmsghdr`.
pub const HEADER_LEN: usize = 16;

/// Control message type: nothing, to be ignored (`NLMSG_NOOP`).
pub const NLMSG_NOOP: u16 = 1;
/// Control message type: an error or, with error 0, an acknowledgement (`NLMSG_ERROR`).
pub const NLMSG_ERROR: u16 = 2;
/// Control message type: the end of a multipart message (`NLMSG_DONE`).
pub const NLMSG_DONE: u16 = 3;
/// Control message type: data lost (`NLMSG_OVERRUN`).
pub const NLMSG_OVERRUN: u16 = 4;
/// Message types below this value are reserved for control messages (`NLMSG_MIN_TYPE`).
pub const NLMSG_MIN_TYPE: u16 = 0x10;

/// `NLMSG_LENGTH`: the `nlmsg_len` of a message with a payload of `payload` bytes.
pub const fn message_length(payload: usize) -> usize {
    payload.saturating_add(HEADER_LEN)
}

/// `NLMSG_SPACE`: the bytes a message with `payload` bytes of payload takes, padding included.
pub const fn message_space(payload: usize) -> usize {
    align(message_length(payload))
}

/// The 16-bit `nlmsg_flags` field.
///
/// Several bits have different names depending on the request (GET: ROOT/MATCH/ATOMIC,
/// NEW: REPLACE/EXCL/CREATE/APPEND, DELETE: NONREC/BULK, ERROR replies: CAPPED/ACK_TLVS);
/// the constants of each set share values, as in the kernel header.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Flags(pub u16);

impl Flags {
    /// No flag.
    pub const NONE: Flags = Flags(0);
    /// A request (`NLM_F_REQUEST`).
    pub const REQUEST: Flags = Flags(0x01);
    /// Part of a multipart message ended by `NLMSG_DONE` (`NLM_F_MULTI`).
    pub const MULTI: Flags = Flags(0x02);
    /// Ask for an acknowledgement (`NLM_F_ACK`).
    pub const ACK: Flags = Flags(0x04);
    /// Echo the resulting notification to the requester (`NLM_F_ECHO`).
    pub const ECHO: Flags = Flags(0x08);
    /// The dump was inconsistent because the table changed (`NLM_F_DUMP_INTR`).
    pub const DUMP_INTR: Flags = Flags(0x10);
    /// The kernel filtered the dump as the request asked (`NLM_F_DUMP_FILTERED`).
    pub const DUMP_FILTERED: Flags = Flags(0x20);
    /// GET: return the whole table (`NLM_F_ROOT`).
    pub const ROOT: Flags = Flags(0x100);
    /// GET: return all matching entries (`NLM_F_MATCH`).
    pub const MATCH: Flags = Flags(0x200);
    /// GET: atomic snapshot (`NLM_F_ATOMIC`).
    pub const ATOMIC: Flags = Flags(0x400);
    /// GET: a dump, `ROOT | MATCH` (`NLM_F_DUMP`).
    pub const DUMP: Flags = Flags(0x300);
    /// NEW: replace an existing object (`NLM_F_REPLACE`).
    pub const REPLACE: Flags = Flags(0x100);
    /// NEW: fail if the object exists (`NLM_F_EXCL`).
    pub const EXCL: Flags = Flags(0x200);
    /// NEW: create the object if it does not exist (`NLM_F_CREATE`).
    pub const CREATE: Flags = Flags(0x400);
    /// NEW: add to the end of the list (`NLM_F_APPEND`).
    pub const APPEND: Flags = Flags(0x800);
    /// DELETE: do not delete recursively (`NLM_F_NONREC`).
    pub const NONREC: Flags = Flags(0x100);
    /// DELETE: delete many objects (`NLM_F_BULK`).
    pub const BULK: Flags = Flags(0x200);
    /// ERROR reply: the echoed request was cut to its header (`NLM_F_CAPPED`).
    pub const CAPPED: Flags = Flags(0x100);
    /// ERROR/DONE reply: extended-ACK TLVs follow (`NLM_F_ACK_TLVS`).
    pub const ACK_TLVS: Flags = Flags(0x200);

    /// The raw bits.
    pub const fn bits(self) -> u16 {
        self.0
    }

    /// True when every bit of `other` is set.
    pub const fn contains(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }

    /// True when any bit of `other` is set.
    pub const fn intersects(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for Flags {
    type Output = Flags;
    fn bitor(self, rhs: Flags) -> Flags {
        Flags(self.0 | rhs.0)
    }
}

impl std::ops::BitOrAssign for Flags {
    fn bitor_assign(&mut self, rhs: Flags) {
        self.0 |= rhs.0;
    }
}

impl std::ops::BitAnd for Flags {
    type Output = Flags;
    fn bitand(self, rhs: Flags) -> Flags {
        Flags(self.0 & rhs.0)
    }
}

impl fmt::Debug for Flags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const LOW: [(u16, &str); 6] = [
            (0x01, "REQUEST"),
            (0x02, "MULTI"),
            (0x04, "ACK"),
            (0x08, "ECHO"),
            (0x10, "DUMP_INTR"),
            (0x20, "DUMP_FILTERED"),
        ];
        let mut first = true;
        for (bit, name) in LOW {
            if self.0 & bit != 0 {
                f.write_str(if first { "" } else { "|" })?;
                f.write_str(name)?;
                first = false;
            }
        }
        let rest = self.0 & !0x3f;
        if rest != 0 || first {
            write!(f, "{}{:#x}", if first { "" } else { "|" }, rest)?;
        }
        Ok(())
    }
}

/// A checked view of one netlink message: header and payload.
///
/// `new_checked` guarantees that the buffer holds at least the header and that `nlmsg_len`
/// is at least the header size and no larger than the buffer; the view then covers exactly
/// `nlmsg_len` bytes.
#[derive(Clone, Copy)]
pub struct MessageView<T: AsRef<[u8]>> {
    buffer: T,
}

impl<T: AsRef<[u8]>> MessageView<T> {
    /// Checks the header and returns a view of the message.
    pub fn new_checked(buffer: T) -> Result<Self, DecodeError> {
        let b = buffer.as_ref();
        if b.len() < HEADER_LEN {
            return Err(DecodeError::truncated("nlmsghdr", 0, HEADER_LEN, b.len()));
        }
        let claimed = get_u32_ne(b, 0) as usize;
        if claimed < HEADER_LEN || claimed > b.len() {
            return Err(DecodeError::new(
                "nlmsghdr",
                0,
                DecodeErrorKind::BadLength {
                    claimed,
                    available: b.len(),
                },
            ));
        }
        Ok(MessageView { buffer })
    }

    /// A view of bytes already checked by `new_checked` (accessors stay panic-free anyway).
    pub(crate) fn new_trusted(buffer: T) -> Self {
        MessageView { buffer }
    }

    fn bytes(&self) -> &[u8] {
        self.buffer.as_ref()
    }

    /// `nlmsg_len`: header plus payload, without trailing padding.
    pub fn length(&self) -> u32 {
        get_u32_ne(self.bytes(), 0)
    }

    /// `nlmsg_type`.
    pub fn message_type(&self) -> u16 {
        get_u16_ne(self.bytes(), 4)
    }

    /// `nlmsg_flags`.
    pub fn flags(&self) -> Flags {
        Flags(get_u16_ne(self.bytes(), 6))
    }

    /// `nlmsg_seq`.
    pub fn sequence(&self) -> u32 {
        get_u32_ne(self.bytes(), 8)
    }

    /// `nlmsg_pid`: the port id of the sender (for requests) or the requester (for replies).
    pub fn port_id(&self) -> u32 {
        get_u32_ne(self.bytes(), 12)
    }

    /// The header as an owned value.
    pub fn header(&self) -> MessageHeader {
        MessageHeader {
            length: self.length(),
            message_type: self.message_type(),
            flags: self.flags(),
            sequence: self.sequence(),
            port_id: self.port_id(),
        }
    }

    /// `NLMSG_DATA`: the payload, `nlmsg_len - 16` bytes.
    pub fn payload(&self) -> &[u8] {
        let len = self.length() as usize;
        self.bytes().get(HEADER_LEN..len).unwrap_or(&[])
    }

    /// `NLMSG_PAYLOAD`-style: the payload that follows a family header of `family_len`
    /// bytes (aligned), or an error if the payload is shorter than the family header.
    pub fn payload_after(&self, family_len: usize) -> Result<&[u8], DecodeError> {
        let p = self.payload();
        if p.len() < family_len {
            return Err(DecodeError::truncated(
                "family header",
                HEADER_LEN,
                family_len,
                p.len(),
            ));
        }
        Ok(p.get(align(family_len)..).unwrap_or(&[]))
    }

    /// The whole message, `nlmsg_len` bytes.
    pub fn as_bytes(&self) -> &[u8] {
        let len = self.length() as usize;
        self.bytes().get(..len).unwrap_or(&[])
    }
}

impl<T: AsRef<[u8]>> fmt::Debug for MessageView<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MessageView")
            .field("header", &self.header())
            .field("payload_len", &self.payload().len())
            .finish()
    }
}

/// An owned `nlmsghdr`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MessageHeader {
    /// `nlmsg_len`: header plus payload.
    pub length: u32,
    /// `nlmsg_type`.
    pub message_type: u16,
    /// `nlmsg_flags`.
    pub flags: Flags,
    /// `nlmsg_seq`.
    pub sequence: u32,
    /// `nlmsg_pid`.
    pub port_id: u32,
}

impl MessageHeader {
    /// Reads a header from the first 16 bytes of `buf` (no check of `length` against `buf`).
    pub fn parse(buf: &[u8]) -> Result<Self, DecodeError> {
        if buf.len() < HEADER_LEN {
            return Err(DecodeError::truncated("nlmsghdr", 0, HEADER_LEN, buf.len()));
        }
        Ok(MessageHeader {
            length: get_u32_ne(buf, 0),
            message_type: get_u16_ne(buf, 4),
            flags: Flags(get_u16_ne(buf, 6)),
            sequence: get_u32_ne(buf, 8),
            port_id: get_u32_ne(buf, 12),
        })
    }

    /// The bytes the header takes: 16.
    pub const fn buffer_len(&self) -> usize {
        HEADER_LEN
    }

    /// Writes the header into the first 16 bytes of `buf`.
    ///
    /// # Panics
    /// If `buf` is shorter than 16 bytes (a programming error: size it with `buffer_len`).
    pub fn emit(&self, buf: &mut [u8]) {
        buf[0..4].copy_from_slice(&self.length.to_ne_bytes());
        buf[4..6].copy_from_slice(&self.message_type.to_ne_bytes());
        buf[6..8].copy_from_slice(&self.flags.0.to_ne_bytes());
        buf[8..12].copy_from_slice(&self.sequence.to_ne_bytes());
        buf[12..16].copy_from_slice(&self.port_id.to_ne_bytes());
    }
}

/// Iterates over the messages of one datagram (`NLMSG_OK` / `NLMSG_NEXT`).
///
/// Yields `Err` once, with the offset of the bad header, and then stops for good: after a
/// malformed header nothing that follows can be trusted.
///
/// ```
/// use nlkit::wire::MessageIter;
/// // One NLMSG_DONE message with a 4-byte payload (error 0).
/// let mut d = vec![20, 0, 0, 0, 3, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0];
/// d.extend_from_slice(&0i32.to_ne_bytes());
/// let msgs: Vec<_> = MessageIter::new(&d).collect();
/// assert_eq!(msgs.len(), 1);
/// assert_eq!(msgs[0].as_ref().unwrap().message_type(), 3);
/// ```
#[derive(Debug, Clone)]
pub struct MessageIter<'a> {
    data: &'a [u8],
    offset: usize,
    failed: bool,
}

impl<'a> MessageIter<'a> {
    /// An iterator over the messages in `data`.
    pub fn new(data: &'a [u8]) -> Self {
        MessageIter {
            data,
            offset: 0,
            failed: false,
        }
    }

    /// The offset of the next message in the datagram.
    pub fn offset(&self) -> usize {
        self.offset
    }
}

impl<'a> Iterator for MessageIter<'a> {
    type Item = Result<MessageView<&'a [u8]>, DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.offset >= self.data.len() {
            return None;
        }
        let rest = self.data.get(self.offset..).unwrap_or(&[]);
        match MessageView::new_checked(rest) {
            Ok(view) => {
                let len = view.length() as usize;
                let msg = MessageView {
                    buffer: rest.get(..len).unwrap_or(&[]),
                };
                self.offset = self.offset.saturating_add(align(len));
                Some(Ok(msg))
            }
            Err(e) => {
                self.failed = true;
                Some(Err(e.at(self.offset)))
            }
        }
    }
}

impl std::iter::FusedIterator for MessageIter<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The NLMSG_DONE that ends a link dump (seq 0x6565a000, port 0x2b1c), hand-assembled to
    /// the layout seen in `strace -e trace=recvmsg -X raw ip link show`.
    const DONE: [u8; 20] = [
        0x14, 0x00, 0x00, 0x00, 0x03, 0x00, 0x02, 0x00, 0x00, 0xa0, 0x65, 0x65, 0x1c, 0x2b, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00,
    ];

    #[test]
    fn header_fields() {
        let v = MessageView::new_checked(&DONE[..]).unwrap();
        assert_eq!(v.length(), 20);
        assert_eq!(v.message_type(), NLMSG_DONE);
        assert_eq!(v.flags(), Flags::MULTI);
        assert_eq!(v.sequence(), 0x6565_a000);
        assert_eq!(v.port_id(), 0x2b1c);
        assert_eq!(v.payload(), &[0, 0, 0, 0]);
    }

    #[test]
    fn header_round_trip_into_prefilled_buffer() {
        let h = MessageHeader::parse(&DONE).unwrap();
        let mut out = [0xa5u8; 16];
        h.emit(&mut out);
        assert_eq!(&out[..], &DONE[..16]);
        assert_eq!(h.buffer_len(), 16);
    }

    #[test]
    fn macros() {
        assert_eq!(message_length(4), 20);
        assert_eq!(message_space(5), 24);
        assert_eq!(super::align(0), 0);
        assert_eq!(super::align(usize::MAX), usize::MAX & !3);
    }

    #[test]
    fn rejects_bad_lengths() {
        let mut b = DONE;
        b[0] = 15;
        assert!(MessageView::new_checked(&b[..]).is_err());
        b[0] = 21;
        assert!(MessageView::new_checked(&b[..]).is_err());
        assert!(MessageView::new_checked(&b[..10]).is_err());
    }

    #[test]
    fn iterator_stops_at_bad_header_and_says_where() {
        let mut d = DONE.to_vec();
        d.extend_from_slice(&DONE);
        d.extend_from_slice(&[0xff, 0, 0, 0, 3, 0]); // claims 255 bytes, has 6
        d.extend_from_slice(&DONE);
        let items: Vec<_> = MessageIter::new(&d).collect();
        assert_eq!(items.len(), 3);
        assert!(items[0].is_ok() && items[1].is_ok());
        let e = items[2].unwrap_err();
        assert_eq!(e.offset, 40);
    }

    #[test]
    fn payload_after_family_header() {
        let v = MessageView::new_checked(&DONE[..]).unwrap();
        assert_eq!(v.payload_after(4).unwrap(), &[] as &[u8]);
        assert!(v.payload_after(8).is_err());
    }

    #[test]
    fn flags_debug() {
        assert_eq!(
            format!("{:?}", Flags::REQUEST | Flags::DUMP),
            "REQUEST|0x300"
        );
        assert_eq!(format!("{:?}", Flags::NONE), "0x0");
    }
}
