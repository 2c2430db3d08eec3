//! The netlink message format: pure code, no I/O and no `unsafe`.
//!
//! Every wire structure has a *checked view* over borrowed bytes (`new_checked` is the one
//! length gate; accessors cannot panic after it) and, where programs build it, an *owned*
//! form with `parse`, `buffer_len` and `emit`. Only this module does offset, length and
//! padding arithmetic.
//!
//! - [`nlmsg`]: the 16-byte `nlmsghdr`, [`Flags`], and [`MessageIter`] over a datagram.
//! - [`attr`]: attributes (`nlattr`), [`AttrIter`], typed getters that name the byte order.
//! - [`build`]: [`MessageBuilder`]: header, family header, attributes, nests.
//! - [`control`]: `NLMSG_DONE`, `NLMSG_ERROR` (ACK or error, with extended-ACK TLVs),
//!   `NLMSG_OVERRUN`, `NLMSG_NOOP`.
//! - [`enums`]: the `open_enum!` macro for kernel enums that may grow.
//! - [`hexdump`]: an annotated dump of a datagram for debugging.
//! - [`fixed`]: fixed C structures ([`fixed_struct!`](crate::fixed_struct)) and
//!   [`FamilyMessage`], the view of a payload as family header plus attributes;
//!   [`rtnl`] declares rtnetlink's structures.
//! - [`sock_diag`]: the fixed structures of the unix, packet, netlink, XDP and vsock
//!   socket dumps, the socket cookie and the `SK_MEMINFO_*` array.
//! - [`codec`] and [`set`]: attribute codecs and attribute sets
//!   ([`attribute_set!`](crate::attribute_set)): fields bound to attribute types, parsed
//!   and emitted by one piece of code.
//! - [`inet_diag`] and [`tcp_info`]: inet socket diagnostics' structures and the view of
//!   `struct tcp_info`.

pub mod attr;
pub mod build;
pub mod codec;
pub mod control;
pub mod enums;
pub mod fixed;
pub mod genl;
pub mod hexdump;
pub mod inet_diag;
pub mod names;
pub mod nlmsg;
pub mod rtnl;
pub mod saved;
pub mod set;
pub mod sock_diag;
pub mod sockaddr;
pub mod tcp_info;

pub use attr::{AttrIter, AttrView, RecordIter};
pub use build::{BuildError, MessageBuilder, Nest};
pub use control::{Control, ErrorMessage, ExtAck};
pub use fixed::{FamilyMessage, FixedStruct};
pub use nlmsg::{Flags, MessageHeader, MessageIter, MessageView};
pub(crate) use set::keep;
pub use set::{AttrOrder, AttributeSet, Malformed, RawAttribute};

use std::fmt;

/// Netlink's alignment: messages and attributes start on 4-byte boundaries.
pub const ALIGNTO: usize = 4;

/// Rounds `len` up to the next multiple of [`ALIGNTO`] (the kernel's `NLMSG_ALIGN` and
/// `NLA_ALIGN`). Saturates instead of overflowing.
///
/// ```
/// assert_eq!(nlkit::wire::align(5), 8);
/// assert_eq!(nlkit::wire::align(8), 8);
/// ```
pub const fn align(len: usize) -> usize {
    match len.checked_add(ALIGNTO - 1) {
        Some(n) => n & !(ALIGNTO - 1),
        None => usize::MAX & !(ALIGNTO - 1),
    }
}

/// Why bytes could not be read as the structure they were meant to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeErrorKind {
    /// Fewer bytes than the structure needs.
    Truncated {
        /// Bytes needed.
        needed: usize,
        /// Bytes available.
        available: usize,
    },
    /// A length field is smaller than its own header or runs past the buffer.
    BadLength {
        /// The length the field claims.
        claimed: usize,
        /// Bytes available from the structure's start.
        available: usize,
    },
    /// The payload has the wrong size for its type.
    WrongSize {
        /// The size the type has.
        expected: usize,
        /// The size found.
        found: usize,
    },
    /// A string is not valid UTF-8, or lacks its terminating NUL.
    BadString,
    /// A value is outside the range the field allows.
    BadValue,
}

/// A decoding failure: what was being read, where (a byte offset from the start of the buffer
/// given to the parser), and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeError {
    /// What was being read, e.g. `"nlmsghdr"` or `"attribute"`.
    pub context: &'static str,
    /// Byte offset of the structure from the start of the parsed buffer.
    pub offset: usize,
    /// What was wrong.
    pub kind: DecodeErrorKind,
}

impl DecodeError {
    pub(crate) const fn new(context: &'static str, offset: usize, kind: DecodeErrorKind) -> Self {
        DecodeError {
            context,
            offset,
            kind,
        }
    }

    pub(crate) const fn truncated(
        context: &'static str,
        offset: usize,
        needed: usize,
        available: usize,
    ) -> Self {
        Self::new(
            context,
            offset,
            DecodeErrorKind::Truncated { needed, available },
        )
    }

    /// The same error, with its offset moved by `base` (for errors found inside a payload).
    pub fn at(mut self, base: usize) -> Self {
        self.offset = self.offset.saturating_add(base);
        self
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "malformed {} at byte {}: ", self.context, self.offset)?;
        match self.kind {
            DecodeErrorKind::Truncated { needed, available } => {
                write!(f, "needs {needed} bytes, {available} available")
            }
            DecodeErrorKind::BadLength { claimed, available } => {
                write!(f, "length {claimed} does not fit {available} bytes")
            }
            DecodeErrorKind::WrongSize { expected, found } => {
                write!(f, "expected {expected} bytes, found {found}")
            }
            DecodeErrorKind::BadString => f.write_str("not a valid string"),
            DecodeErrorKind::BadValue => f.write_str("value out of range"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Reads a native-endian `u16` at `at`; callers have checked the length.
pub(crate) fn get_u16_ne(b: &[u8], at: usize) -> u16 {
    let mut x = [0u8; 2];
    if let Some(s) = b.get(at..at + 2) {
        x.copy_from_slice(s);
    }
    u16::from_ne_bytes(x)
}

/// Reads a native-endian `u32` at `at`; callers have checked the length.
pub(crate) fn get_u32_ne(b: &[u8], at: usize) -> u32 {
    let mut x = [0u8; 4];
    if let Some(s) = b.get(at..at + 4) {
        x.copy_from_slice(s);
    }
    u32::from_ne_bytes(x)
}
