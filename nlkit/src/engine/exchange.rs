//! The sans-I/O state machine of one request: every control rule lives here.
//!
//! Fed the messages of datagrams that came from the kernel (sender port 0, checked by the
//! driver), it says for each whether it belongs to this request and what it means:
//! - only messages with our sequence number and port id count; everything else (multicast
//!   notifications, stale replies of an abandoned request) is skipped;
//! - an `NLMSG_ERROR` with errno ends the request with a kernel error, with error 0 it is the
//!   ACK;
//! - `NLMSG_DONE` ends a dump, with the error it may carry;
//! - `NLM_F_DUMP_INTR` on any message of a dump (usually only one carries it) makes the dump
//!   end with `DumpInterrupted` after its last item;
//! - `NLMSG_OVERRUN` ends the request with `Overrun`.

use super::error::{Error, KernelError};
use crate::wire::{Control, ExtAck, Flags, MessageView};

/// What the request expects back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Only an ACK (sent with `NLM_F_ACK`).
    Ack,
    /// One data message, then an ACK (sent with `NLM_F_ACK`).
    Reply,
    /// A multipart dump ended by `NLMSG_DONE`.
    Dump,
    /// Any number of messages, then an ACK: a change sent with `NLM_F_ECHO` (the echoed
    /// messages), or a request whose answer may be a reply or an ACK alone.
    Echo,
}

/// What a message means for the request.
#[derive(Debug)]
pub(crate) enum Step {
    /// Not part of this request: ignore it.
    Skip,
    /// A data message of this request (a dump item or the reply).
    Item,
    /// The request completed successfully; extended-ACK attributes (warnings) attached.
    Finished(ExtAck),
    /// The request failed; it is over.
    Failed(Error),
}

/// The state of one request.
#[derive(Debug)]
pub(crate) struct Exchange {
    sequence: u32,
    port_id: u32,
    mode: Mode,
    interrupted: bool,
    replies: usize,
    request_type: u16,
}

impl Exchange {
    /// The request's sequence number.
    pub(crate) fn sequence(&self) -> u32 {
        self.sequence
    }

    pub(crate) fn new(mode: Mode, sequence: u32, port_id: u32, request_type: u16) -> Self {
        Exchange {
            sequence,
            port_id,
            mode,
            interrupted: false,
            replies: 0,
            request_type,
        }
    }

    /// True once a message of the dump carried `NLM_F_DUMP_INTR`.
    pub(crate) fn interrupted(&self) -> bool {
        self.interrupted
    }

    /// Classifies one message from the kernel.
    pub(crate) fn feed(&mut self, msg: &MessageView<&[u8]>) -> Step {
        if msg.sequence() != self.sequence || msg.port_id() != self.port_id {
            return Step::Skip;
        }
        let control = match Control::parse(msg) {
            Ok(c) => c,
            Err(e) => {
                // A control message of ours that cannot be read: the request cannot be
                // trusted to end well, and nothing more will come for it.
                return Step::Failed(Error::Decode(e));
            }
        };
        match control {
            None => {
                if self.mode == Mode::Dump && msg.flags().contains(Flags::DUMP_INTR) {
                    self.interrupted = true;
                }
                match self.mode {
                    Mode::Ack => Step::Skip, // an echo (NLM_F_ECHO) or a notification
                    Mode::Reply | Mode::Dump | Mode::Echo => {
                        self.replies += 1;
                        Step::Item
                    }
                }
            }
            Some(Control::Noop) => Step::Skip,
            Some(Control::Overrun) => Step::Failed(Error::Overrun),
            Some(Control::Error(e)) => Step::Failed(Error::Kernel(KernelError {
                errno: e.error.saturating_neg(),
                ext_ack: e.ext_ack,
                request_type: self.request_type,
                sequence: self.sequence,
                attribute: None,
                attribute_name: None,
            })),
            Some(Control::Ack(ext)) => match self.mode {
                Mode::Ack | Mode::Echo => Step::Finished(ext),
                Mode::Reply if self.replies > 0 => Step::Finished(ext),
                Mode::Reply => Step::Failed(Error::Protocol {
                    what: "acknowledged without a reply",
                    message_type: msg.message_type(),
                }),
                Mode::Dump => Step::Skip,
            },
            Some(Control::Done { error, ext_ack }) => {
                if self.mode != Mode::Dump {
                    return Step::Skip;
                }
                if msg.flags().contains(Flags::DUMP_INTR) {
                    self.interrupted = true;
                }
                if error != 0 {
                    Step::Failed(Error::Kernel(KernelError {
                        errno: error.saturating_neg(),
                        ext_ack,
                        request_type: self.request_type,
                        sequence: self.sequence,
                        attribute: None,
                        attribute_name: None,
                    }))
                } else if self.interrupted {
                    Step::Failed(Error::DumpInterrupted)
                } else {
                    Step::Finished(ext_ack)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::nlmsg::{NLMSG_DONE, NLMSG_ERROR};
    use crate::wire::MessageHeader;

    fn msg(ty: u16, flags: Flags, seq: u32, port: u32, payload: &[u8]) -> Vec<u8> {
        let mut v = vec![0u8; 16];
        v.extend_from_slice(payload);
        let length = v.len() as u32;
        MessageHeader {
            length,
            message_type: ty,
            flags,
            sequence: seq,
            port_id: port,
        }
        .emit(&mut v);
        v
    }

    fn feed(x: &mut Exchange, bytes: &[u8]) -> Step {
        x.feed(&MessageView::new_checked(bytes).unwrap())
    }

    fn err_payload(errno: i32) -> Vec<u8> {
        let mut p = (-errno).to_ne_bytes().to_vec();
        p.extend_from_slice(&[0u8; 16]);
        p
    }

    #[test]
    fn dump_items_intr_and_done() {
        let mut x = Exchange::new(Mode::Dump, 7, 99, 18);
        assert!(matches!(
            feed(&mut x, &msg(16, Flags::MULTI, 7, 99, &[0; 16])),
            Step::Item
        ));
        assert!(matches!(
            feed(&mut x, &msg(16, Flags::MULTI, 8, 99, &[])),
            Step::Skip
        ));
        assert!(matches!(
            feed(&mut x, &msg(16, Flags::MULTI, 7, 98, &[])),
            Step::Skip
        ));
        let intr = Flags::MULTI | Flags::DUMP_INTR;
        assert!(matches!(
            feed(&mut x, &msg(16, intr, 7, 99, &[])),
            Step::Item
        ));
        assert!(x.interrupted());
        let done = msg(NLMSG_DONE, Flags::MULTI, 7, 99, &0i32.to_ne_bytes());
        assert!(matches!(
            feed(&mut x, &done),
            Step::Failed(Error::DumpInterrupted)
        ));
    }

    #[test]
    fn error_in_done() {
        let mut x = Exchange::new(Mode::Dump, 1, 2, 26);
        let done = msg(NLMSG_DONE, Flags::MULTI, 1, 2, &(-22i32).to_ne_bytes());
        match feed(&mut x, &done) {
            Step::Failed(Error::Kernel(k)) => assert_eq!((k.errno, k.request_type), (22, 26)),
            s => panic!("{s:?}"),
        }
    }

    #[test]
    fn ack_and_error() {
        let mut x = Exchange::new(Mode::Ack, 1, 2, 16);
        assert!(matches!(
            feed(&mut x, &msg(16, Flags::NONE, 1, 2, &[])),
            Step::Skip
        ));
        let ack = msg(NLMSG_ERROR, Flags::CAPPED, 1, 2, &err_payload(0));
        assert!(matches!(feed(&mut x, &ack), Step::Finished(_)));
        let mut x = Exchange::new(Mode::Ack, 1, 2, 16);
        let e = msg(NLMSG_ERROR, Flags::CAPPED, 1, 2, &err_payload(17));
        assert!(matches!(feed(&mut x, &e), Step::Failed(Error::Kernel(k)) if k.errno == 17));
    }

    #[test]
    fn reply_needs_a_message_before_the_ack() {
        let ack = msg(NLMSG_ERROR, Flags::CAPPED, 1, 2, &err_payload(0));
        let mut x = Exchange::new(Mode::Reply, 1, 2, 18);
        assert!(matches!(
            feed(&mut x, &ack),
            Step::Failed(Error::Protocol { .. })
        ));
        let mut x = Exchange::new(Mode::Reply, 1, 2, 18);
        assert!(matches!(
            feed(&mut x, &msg(16, Flags::NONE, 1, 2, &[])),
            Step::Item
        ));
        assert!(matches!(feed(&mut x, &ack), Step::Finished(_)));
    }

    #[test]
    fn unreadable_control_message_fails() {
        let mut x = Exchange::new(Mode::Ack, 1, 2, 16);
        let short = msg(NLMSG_ERROR, Flags::NONE, 1, 2, &[0, 0]);
        assert!(matches!(
            feed(&mut x, &short),
            Step::Failed(Error::Decode(_))
        ));
    }
}
