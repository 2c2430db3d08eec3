//! The generic netlink message (`<linux/genetlink.h>`): `nlmsghdr` (its type is the
//! family id), `struct genlmsghdr` (command and version), then the family's optional fixed
//! header and its attributes; [`new_message`] builds one and [`GenlView`] reads one.

use crate::wire::nlmsg::HEADER_LEN;
use crate::wire::{
    align, AttrIter, AttributeSet, DecodeError, FixedStruct, Flags, MessageBuilder, MessageView,
};

crate::fixed_struct! {
    /// `struct genlmsghdr`: the command and the family's interface version.
    pub struct GenlMsgHdr("genlmsghdr") {
        /// `cmd`: the family's command (`CTRL_CMD_*` for nlctrl).
        pub cmd: u8,
        /// `version`: the family's interface version.
        pub version: u8,
        /// `reserved`.
        pub reserved: u16,
    }
}

/// The id of the generic netlink controller family, nlctrl (`GENL_ID_CTRL`).
pub const GENL_ID_CTRL: u16 = 0x10;

/// The longest family name, with its NUL (`GENL_NAMSIZ`): names have at most 15 bytes.
pub const GENL_NAMSIZ: usize = 16;

/// The size of `genlmsghdr`, aligned (`GENL_HDRLEN`).
pub const GENL_HDRLEN: usize = 4;

/// The start of a generic netlink message: `nlmsghdr` of type `family_id` with `flags`
/// (the engine adds `NLM_F_REQUEST`, the sequence number and the port id) and
/// `genlmsghdr` with `cmd` and `version`. Attributes appended to it follow the header.
///
/// ```
/// use nlkit::genl::{self, ctrl, GENL_ID_CTRL};
/// use nlkit::wire::Flags;
/// let mut b = genl::new_message(GENL_ID_CTRL, ctrl::cmd::CTRL_CMD_GETFAMILY, 2, Flags::NONE);
/// b.attr_str(ctrl::attrs::CTRL_ATTR_FAMILY_NAME, "ethtool");
/// assert_eq!(b.bytes().unwrap().len(), 16 + 4 + 12);
/// ```
pub fn new_message(family_id: u16, cmd: u8, version: u8, flags: Flags) -> MessageBuilder {
    let mut b = MessageBuilder::new(family_id, flags);
    b.push_struct(&GenlMsgHdr {
        cmd,
        version,
        reserved: 0,
    });
    b
}

/// A checked view of a generic netlink message: the family id, the flags, `genlmsghdr`
/// and what follows it. Errors of the attributes carry their offset in the whole message.
///
/// ```
/// use nlkit::genl::GenlView;
/// use nlkit::wire::MessageView;
/// // nlctrl (0x10) CTRL_CMD_NEWFAMILY version 2, CTRL_ATTR_FAMILY_ID 0x10.
/// let m = [
///     28, 0, 0, 0, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
///     1, 2, 0, 0, 6, 0, 1, 0, 0x10, 0, 0, 0,
/// ];
/// let msg = MessageView::new_checked(&m[..]).unwrap();
/// let v = GenlView::parse(&msg).unwrap();
/// assert_eq!((v.family_id(), v.cmd(), v.version()), (0x10, 1, 2));
/// let a = v.attrs().next().unwrap().unwrap();
/// assert_eq!((a.attr_type(), a.u16_ne().unwrap()), (1, 0x10));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct GenlView<'a> {
    family_id: u16,
    flags: Flags,
    header: GenlMsgHdr,
    body: &'a [u8],
}

impl<'a> GenlView<'a> {
    /// Reads `genlmsghdr` from a message; a payload shorter than it is an error.
    pub fn parse(msg: &'a MessageView<&[u8]>) -> Result<GenlView<'a>, DecodeError> {
        let mut v = GenlView::from_payload(msg.message_type(), msg.payload())?;
        v.flags = msg.flags();
        Ok(v)
    }

    /// Reads `genlmsghdr` from the payload (what follows `nlmsghdr`) of a message of
    /// `family_id`.
    pub fn from_payload(family_id: u16, payload: &'a [u8]) -> Result<GenlView<'a>, DecodeError> {
        let header = GenlMsgHdr::parse(payload).map_err(|e| e.at(HEADER_LEN))?;
        Ok(GenlView {
            family_id,
            flags: Flags::NONE,
            header,
            body: payload.get(GENL_HDRLEN..).unwrap_or(&[]),
        })
    }

    /// The family id (`nlmsg_type`).
    pub fn family_id(&self) -> u16 {
        self.family_id
    }

    /// The message's flags (`nlmsg_flags`; none for a view made from a payload).
    pub fn flags(&self) -> Flags {
        self.flags
    }

    /// `genlmsghdr`.
    pub fn header(&self) -> GenlMsgHdr {
        self.header
    }

    /// The command (`genlmsghdr.cmd`).
    pub fn cmd(&self) -> u8 {
        self.header.cmd
    }

    /// The interface version (`genlmsghdr.version`).
    pub fn version(&self) -> u8 {
        self.header.version
    }

    /// What follows `genlmsghdr`: the family's fixed header, if it has one, and the
    /// attributes.
    pub fn body(&self) -> &'a [u8] {
        self.body
    }

    /// The attributes after `genlmsghdr` (for families without a fixed header).
    pub fn attrs(&self) -> AttrIter<'a> {
        AttrIter::with_base(self.body, HEADER_LEN + GENL_HDRLEN)
    }

    /// The family's fixed header `H` (`hdrsize` bytes, such as openvswitch's `ovs_header`)
    /// and the attributes after it.
    pub fn with_header<H: FixedStruct>(&self) -> Result<(H, AttrIter<'a>), DecodeError> {
        let base = HEADER_LEN + GENL_HDRLEN;
        let h = H::parse(self.body).map_err(|e| e.at(base))?;
        let rest = self.body.get(align(H::LEN)..).unwrap_or(&[]);
        Ok((h, AttrIter::with_base(rest, base + align(H::LEN))))
    }

    /// The attributes read into the set `T`; only a broken run of attributes is an error.
    pub fn read<T: AttributeSet>(&self) -> Result<T, DecodeError> {
        let mut t = T::default();
        t.read_attrs(self.attrs())?;
        Ok(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::FixedStruct;

    #[test]
    fn genlmsghdr_is_four_bytes() {
        let h = GenlMsgHdr {
            cmd: 3,
            version: 2,
            reserved: 0,
        };
        let b = h.to_vec();
        assert_eq!(b, [3, 2, 0, 0]);
        assert_eq!(GenlMsgHdr::parse(&b).unwrap(), h);
    }
}

#[cfg(test)]
mod message_tests {
    use super::*;
    use crate::wire::MessageIter;

    #[test]
    fn builder_and_view_agree() {
        let mut b = new_message(0x15, 7, 1, Flags::ACK);
        b.attr_u32_ne(3, 99);
        let bytes = b.finish().unwrap();
        assert_eq!(&bytes[16..20], &[7, 1, 0, 0]);
        let m = MessageIter::new(&bytes).next().unwrap().unwrap();
        let v = GenlView::parse(&m).unwrap();
        assert_eq!((v.family_id(), v.cmd(), v.version()), (0x15, 7, 1));
        assert!(v.flags().contains(Flags::ACK));
        let a = v.attrs().next().unwrap().unwrap();
        assert_eq!((a.attr_type(), a.u32_ne().unwrap()), (3, 99));
    }

    #[test]
    fn short_payload_and_broken_attributes_are_errors_at_their_offset() {
        assert_eq!(
            GenlView::from_payload(0x10, &[1, 2]).unwrap_err().offset,
            16
        );
        let v = GenlView::from_payload(0x10, &[1, 2, 0, 0, 99, 0, 1, 0]).unwrap();
        let e = v.attrs().next().unwrap().unwrap_err();
        assert_eq!(e.offset, 20);
        crate::fixed_struct! {
            /// A test header.
            struct Hdr("hdr") { a: u32 }
        }
        let v = GenlView::from_payload(0x10, &[1, 2, 0, 0, 5, 0]).unwrap();
        assert_eq!(v.with_header::<Hdr>().unwrap_err().offset, 20);
        let v = GenlView::from_payload(0x10, &[1, 2, 0, 0, 5, 0, 0, 0, 8, 0, 1, 0, 9, 0, 0, 0])
            .unwrap();
        let (h, mut attrs) = v.with_header::<Hdr>().unwrap();
        assert_eq!(h.a, 5);
        assert_eq!(attrs.next().unwrap().unwrap().u32_ne().unwrap(), 9);
    }
}
