//! Control messages: `NLMSG_NOOP`, `NLMSG_ERROR` (an ACK when the error is 0),
//! `NLMSG_DONE` (which may carry an error and extended-ACK TLVs), `NLMSG_OVERRUN`.
//!
//! Layout of `NLMSG_ERROR` (`struct nlmsgerr`, linux/netlink.h): an `int error` (0 or a
//! negative errno), then the header of the request, then the rest of the request unless
//! `NLM_F_CAPPED` is set, then, with `NLM_F_ACK_TLVS`, the extended-ACK attributes
//! (`NLMSGERR_ATTR_*`). `NLMSG_DONE` carries an `int` (the dump's result) and, with
//! `NLM_F_ACK_TLVS`, the TLVs right after it.

use super::attr::AttrIter;
use super::nlmsg::{
    Flags, MessageHeader, MessageView, HEADER_LEN, NLMSG_DONE, NLMSG_ERROR, NLMSG_NOOP,
    NLMSG_OVERRUN,
};
use super::{align, DecodeError};

/// `NLMSGERR_ATTR_MSG`: the error or warning text.
pub const NLMSGERR_ATTR_MSG: u16 = 1;
/// `NLMSGERR_ATTR_OFFS`: offset of the offending attribute in the request.
pub const NLMSGERR_ATTR_OFFS: u16 = 2;
/// `NLMSGERR_ATTR_COOKIE`: a subsystem-specific cookie.
pub const NLMSGERR_ATTR_COOKIE: u16 = 3;
/// `NLMSGERR_ATTR_POLICY`: the policy of the rejected attribute (nested).
pub const NLMSGERR_ATTR_POLICY: u16 = 4;
/// `NLMSGERR_ATTR_MISS_TYPE`: type of a missing required attribute.
pub const NLMSGERR_ATTR_MISS_TYPE: u16 = 5;
/// `NLMSGERR_ATTR_MISS_NEST`: offset of the nest where an attribute is missing.
pub const NLMSGERR_ATTR_MISS_NEST: u16 = 6;

/// The extended-ACK attributes of an error, an ACK or a `DONE`. All fields are optional;
/// on success a `message` is a warning.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExtAck {
    /// `NLMSGERR_ATTR_MSG`: the kernel's text, without the trailing NUL.
    pub message: Option<String>,
    /// `NLMSGERR_ATTR_OFFS`: byte offset in the request of the attribute at fault.
    pub offset: Option<u32>,
    /// `NLMSGERR_ATTR_COOKIE`.
    pub cookie: Option<Box<[u8]>>,
    /// `NLMSGERR_ATTR_POLICY`: the raw nested policy attributes.
    pub policy: Option<Box<[u8]>>,
    /// `NLMSGERR_ATTR_MISS_TYPE`: the type of a missing attribute.
    pub missing_type: Option<u32>,
    /// `NLMSGERR_ATTR_MISS_NEST`: the offset of the nest that misses it.
    pub missing_nest: Option<u32>,
}

impl ExtAck {
    /// Parses extended-ACK TLVs. Unknown TLVs are skipped (the kernel may add more);
    /// a malformed run of TLVs is an error.
    pub fn parse(tlvs: &[u8]) -> Result<ExtAck, DecodeError> {
        let mut ext = ExtAck::default();
        for attr in AttrIter::new(tlvs) {
            let attr = attr?;
            match attr.attr_type() {
                NLMSGERR_ATTR_MSG => ext.message = Some(attr.string()?.to_owned()),
                NLMSGERR_ATTR_OFFS => ext.offset = Some(attr.u32_ne()?),
                NLMSGERR_ATTR_COOKIE => ext.cookie = Some(attr.raw().into()),
                NLMSGERR_ATTR_POLICY => ext.policy = Some(attr.raw().into()),
                NLMSGERR_ATTR_MISS_TYPE => ext.missing_type = Some(attr.u32_ne()?),
                NLMSGERR_ATTR_MISS_NEST => ext.missing_nest = Some(attr.u32_ne()?),
                _ => {}
            }
        }
        Ok(ext)
    }

    /// True when no attribute is present.
    pub fn is_empty(&self) -> bool {
        *self == ExtAck::default()
    }
}

/// A parsed `NLMSG_ERROR`: an ACK (`error == 0`) or an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorMessage {
    /// 0 for an ACK, else a negative errno.
    pub error: i32,
    /// The header of the request this answers.
    pub request: MessageHeader,
    /// The extended-ACK attributes (empty without `NETLINK_EXT_ACK`).
    pub ext_ack: ExtAck,
}

impl ErrorMessage {
    /// Parses the payload of an `NLMSG_ERROR` message whose header flags are `flags`.
    pub fn parse(flags: Flags, payload: &[u8]) -> Result<ErrorMessage, DecodeError> {
        let error = read_i32(payload, "nlmsgerr")?;
        let request = MessageHeader::parse(payload.get(4..).unwrap_or(&[]))
            .map_err(|e| e.at(HEADER_LEN + 4))?;
        let mut ext_ack = ExtAck::default();
        if flags.contains(Flags::ACK_TLVS) {
            // The echoed request: only its header when capped, else all of it.
            let echoed = if flags.contains(Flags::CAPPED) {
                HEADER_LEN
            } else {
                align(request.length as usize).max(HEADER_LEN)
            };
            let at = 4usize.saturating_add(echoed);
            let tlvs = payload.get(at..).unwrap_or(&[]);
            ext_ack = ExtAck::parse(tlvs).map_err(|e| e.at(HEADER_LEN + at))?;
        }
        Ok(ErrorMessage {
            error,
            request,
            ext_ack,
        })
    }

    /// True for an acknowledgement (error 0).
    pub fn is_ack(&self) -> bool {
        self.error == 0
    }
}

fn read_i32(payload: &[u8], context: &'static str) -> Result<i32, DecodeError> {
    match payload.get(..4) {
        Some(b) => Ok(i32::from_ne_bytes([b[0], b[1], b[2], b[3]])),
        None => Err(DecodeError::truncated(
            context,
            HEADER_LEN,
            4,
            payload.len(),
        )),
    }
}

/// A control message, told apart by `nlmsg_type`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Control {
    /// `NLMSG_NOOP`.
    Noop,
    /// `NLMSG_ERROR` with error 0.
    Ack(ExtAck),
    /// `NLMSG_ERROR` with a negative errno.
    Error(ErrorMessage),
    /// `NLMSG_DONE`: the end of a dump; `error` is the dump's result (0 or a negative
    /// errno, e.g. from a strict-checking failure).
    Done {
        /// 0 or a negative errno.
        error: i32,
        /// Extended-ACK attributes that came with it.
        ext_ack: ExtAck,
    },
    /// `NLMSG_OVERRUN`: data was lost.
    Overrun,
}

impl Control {
    /// Parses `msg` as a control message; `Ok(None)` when its type is not a control type
    /// (`>= NLMSG_MIN_TYPE` or an unknown reserved value).
    pub fn parse<T: AsRef<[u8]>>(msg: &MessageView<T>) -> Result<Option<Control>, DecodeError> {
        let payload = msg.payload();
        Ok(Some(match msg.message_type() {
            NLMSG_NOOP => Control::Noop,
            NLMSG_OVERRUN => Control::Overrun,
            NLMSG_ERROR => {
                let e = ErrorMessage::parse(msg.flags(), payload)?;
                if e.is_ack() {
                    Control::Ack(e.ext_ack)
                } else {
                    Control::Error(e)
                }
            }
            NLMSG_DONE => {
                // Some families end dumps with an empty DONE; treat that as success.
                let error = if payload.is_empty() {
                    0
                } else {
                    read_i32(payload, "done")?
                };
                let mut ext_ack = ExtAck::default();
                if msg.flags().contains(Flags::ACK_TLVS) {
                    ext_ack = ExtAck::parse(payload.get(4..).unwrap_or(&[]))
                        .map_err(|e| e.at(HEADER_LEN + 4))?;
                }
                Control::Done { error, ext_ack }
            }
            _ => return Ok(None),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::MessageIter;

    /// Captured with `strace -e trace=recvmsg -e read=3 ip route add 10.9.0.0/24 via
    /// 192.0.2.1` in a fresh namespace with lo up (iproute2 6.1, Linux 6.18): NLMSG_ERROR
    /// -101 (ENETUNREACH) with ACK_TLVS, not capped, so the whole 44-byte RTM_NEWROUTE
    /// request is echoed before NLMSGERR_ATTR_MSG "Nexthop has invalid gateway".
    pub(crate) const ERROR_UNREACH: &[u8] = &[
        0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x02, 0x1d, 0xc9, 0x04, 0x6b, 0x3f, 0x0b, 0x00,
        0x00, 0x9b, 0xff, 0xff, 0xff, 0x2c, 0x00, 0x00, 0x00, 0x18, 0x00, 0x05, 0x06, 0x1d, 0xc9,
        0x04, 0x6b, 0x00, 0x00, 0x00, 0x00, 0x02, 0x18, 0x00, 0x00, 0xfe, 0x03, 0x00, 0x01, 0x00,
        0x00, 0x00, 0x00, 0x08, 0x00, 0x01, 0x00, 0x0a, 0x09, 0x00, 0x00, 0x08, 0x00, 0x05, 0x00,
        0xc0, 0x00, 0x02, 0x01, 0x20, 0x00, 0x01, 0x00, 0x4e, 0x65, 0x78, 0x74, 0x68, 0x6f, 0x70,
        0x20, 0x68, 0x61, 0x73, 0x20, 0x69, 0x6e, 0x76, 0x61, 0x6c, 0x69, 0x64, 0x20, 0x67, 0x61,
        0x74, 0x65, 0x77, 0x61, 0x79, 0x00,
    ];

    #[test]
    fn error_with_ext_ack() {
        let msg = MessageIter::new(ERROR_UNREACH).next().unwrap().unwrap();
        let Some(Control::Error(e)) = Control::parse(&msg).unwrap() else {
            panic!()
        };
        assert_eq!(e.error, -101);
        assert_eq!(e.request.message_type, 24);
        assert_eq!(e.request.sequence, 0x6b04_c91d);
        assert_eq!(e.request.length, 44);
        assert_eq!(
            e.ext_ack.message.as_deref(),
            Some("Nexthop has invalid gateway")
        );
        assert_eq!(e.ext_ack.offset, None);
    }

    #[test]
    fn uncapped_error_skips_the_echoed_request() {
        // Error -22 echoing a 20-byte request (header + 4 payload bytes), then MSG "x".
        let mut p = (-22i32).to_ne_bytes().to_vec();
        p.extend_from_slice(&[20, 0, 0, 0, 16, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 9, 9, 9]);
        p.extend_from_slice(&[6, 0, 1, 0, b'x', 0, 0, 0]);
        let e = ErrorMessage::parse(Flags::ACK_TLVS, &p).unwrap();
        assert_eq!(e.ext_ack.message.as_deref(), Some("x"));
        let e = ErrorMessage::parse(Flags::NONE, &p).unwrap();
        assert!(e.ext_ack.is_empty());
    }

    #[test]
    fn done_with_error_and_tlvs() {
        // NLMSG_DONE of a strict route dump with rtm_dst_len set: -EINVAL and a message.
        let mut d = vec![0u8; 16];
        d.extend_from_slice(&(-22i32).to_ne_bytes());
        d.extend_from_slice(&[8, 0, 1, 0, b'b', b'a', b'd', 0]);
        let len = d.len() as u32;
        MessageHeader {
            length: len,
            message_type: NLMSG_DONE,
            flags: Flags::MULTI | Flags::ACK_TLVS,
            sequence: 1,
            port_id: 2,
        }
        .emit(&mut d);
        let msg = MessageView::new_checked(&d[..]).unwrap();
        let c = Control::parse(&msg).unwrap().unwrap();
        assert_eq!(
            c,
            Control::Done {
                error: -22,
                ext_ack: ExtAck {
                    message: Some("bad".into()),
                    ..Default::default()
                }
            }
        );
    }

    #[test]
    fn ack_overrun_noop_and_data() {
        let mut d = vec![0u8; 36];
        MessageHeader {
            length: 36,
            message_type: NLMSG_ERROR,
            ..Default::default()
        }
        .emit(&mut d);
        d[20] = 16;
        let msg = MessageView::new_checked(&d[..]).unwrap();
        assert_eq!(
            Control::parse(&msg).unwrap(),
            Some(Control::Ack(ExtAck::default()))
        );
        for (t, c) in [
            (NLMSG_NOOP, Some(Control::Noop)),
            (NLMSG_OVERRUN, Some(Control::Overrun)),
        ] {
            MessageHeader {
                length: 16,
                message_type: t,
                ..Default::default()
            }
            .emit(&mut d);
            let msg = MessageView::new_checked(&d[..16]).unwrap();
            assert_eq!(Control::parse(&msg).unwrap(), c);
        }
        MessageHeader {
            length: 16,
            message_type: 16,
            ..Default::default()
        }
        .emit(&mut d);
        let msg = MessageView::new_checked(&d[..16]).unwrap();
        assert_eq!(Control::parse(&msg).unwrap(), None);
    }

    #[test]
    fn short_error_is_decode_error() {
        let mut d = vec![0u8; 18];
        MessageHeader {
            length: 18,
            message_type: NLMSG_ERROR,
            ..Default::default()
        }
        .emit(&mut d);
        let msg = MessageView::new_checked(&d[..]).unwrap();
        assert!(Control::parse(&msg).is_err());
    }
}
