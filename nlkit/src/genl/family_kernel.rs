//! A scripted kernel with one generic netlink family, for the unit tests of the typed
//! families (wireguard, nl80211, devlink): the controller resolves the family's name to
//! its id (any other name is `ENOENT`), and the family's requests are answered by the
//! test's closure with messages it built from the spec's attribute layout. Every request
//! to the family is recorded.

use super::ctrl::{CtrlCmd, CtrlMessage};
use super::GENL_ID_CTRL;
use crate::engine::scripted::{answer, done, from_kernel, Delivery, FakeKernel};
use crate::engine::Conn;
use crate::sys::errno::ENOENT;
use crate::wire::genl::GenlView;
use crate::wire::{Flags, MessageBuilder, MessageHeader};
use std::sync::{Arc, Mutex};

/// What the family answers a request with (not every family's tests use every answer).
#[allow(dead_code)]
pub(crate) enum Answer {
    /// The messages of a dump (each in its own datagram), then `NLMSG_DONE`.
    Dump(Vec<MessageBuilder>),
    /// One reply message, then the ACK.
    Reply(MessageBuilder),
    /// An ACK.
    Ack,
    /// An error with this errno.
    Error(i32),
}

/// The requests the family was sent: each message's header and payload.
pub(crate) type Sent = Arc<Mutex<Vec<(MessageHeader, Vec<u8>)>>>;

/// A message of the family `id` with command `cmd`, for the test to fill.
pub(crate) fn reply(id: u16, cmd: u8) -> MessageBuilder {
    super::new_message(id, cmd, 1, Flags::NONE)
}

/// `bytes` (one message) as an answer to `req`, with `flags`.
fn answering(req: &MessageHeader, b: &MessageBuilder, flags: Flags) -> Vec<u8> {
    let mut bytes = b.bytes().expect("a test message builds").to_vec();
    let h = MessageHeader {
        sequence: req.sequence,
        port_id: req.port_id,
        flags,
        ..MessageHeader::parse(&bytes).expect("a header")
    };
    h.emit(&mut bytes);
    bytes
}

fn resolve(req: &MessageHeader, payload: &[u8], name: &str, id: u16) -> Vec<Delivery> {
    let view = GenlView::from_payload(req.message_type, payload).expect("genl");
    let asked: CtrlMessage = view.read().expect("ctrl attributes");
    if asked.family_name.as_deref() != Some(name) {
        return vec![from_kernel(&[answer(req, ENOENT, None)])];
    }
    let m = CtrlMessage {
        command: CtrlCmd::NewFamily,
        header_version: 2,
        family_id: Some(id),
        family_name: Some(name.to_owned()),
        version: Some(1),
        header_size: Some(0),
        max_attr: Some(0),
        ..CtrlMessage::default()
    };
    let mut b = MessageBuilder::new(GENL_ID_CTRL, Flags::NONE);
    m.emit(&mut b);
    vec![from_kernel(&[
        answering(req, &b, Flags::NONE),
        answer(req, 0, None),
    ])]
}

/// A connection to a kernel that has the family `name` with id `id`, answering its
/// requests with `respond`; and the record of those requests.
pub(crate) fn kernel(
    name: &'static str,
    id: u16,
    mut respond: impl FnMut(&GenlView<'_>) -> Answer + Send + 'static,
) -> (Conn, Sent) {
    let sent: Sent = Arc::default();
    let record = sent.clone();
    let responder = move |req: &MessageHeader, payload: &[u8]| -> Vec<Delivery> {
        if req.message_type == GENL_ID_CTRL {
            return resolve(req, payload, name, id);
        }
        record.lock().unwrap().push((*req, payload.to_vec()));
        let view = GenlView::from_payload(req.message_type, payload).expect("genl");
        match respond(&view) {
            Answer::Dump(msgs) => {
                let mut out: Vec<Delivery> = msgs
                    .iter()
                    .map(|m| from_kernel(&[answering(req, m, Flags::MULTI)]))
                    .collect();
                out.push(from_kernel(&[done(req, 0)]));
                out
            }
            Answer::Reply(m) => vec![from_kernel(&[
                answering(req, &m, Flags::NONE),
                answer(req, 0, None),
            ])],
            Answer::Ack => vec![from_kernel(&[answer(req, 0, None)])],
            Answer::Error(errno) => vec![from_kernel(&[answer(req, errno, None)])],
        }
    };
    (Conn::scripted(FakeKernel::new(responder), 4242), sent)
}

/// Attributes of random types and payloads, well framed (so that the sets read them and
/// the typed layer meets payloads of every wrong size).
pub(crate) fn framed(attrs: &[(u16, Vec<u8>)]) -> Vec<u8> {
    let mut b = MessageBuilder::new(0, Flags::NONE);
    for (t, p) in attrs {
        b.attr_bytes(*t, p);
    }
    b.finish().unwrap()[16..].to_vec()
}
