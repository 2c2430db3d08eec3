//! The mux alone: routing by sequence, lending, stashing, the dump gate, barriers,
//! abandoning, overruns and send failures. Messages are built by hand; no socket.

use super::*;
use crate::engine::scripted::{answer, done, message};
use crate::wire::{MessageHeader, MessageIter};

const PORT: u32 = 77;

fn get() -> MessageBuilder {
    let mut b = MessageBuilder::new(18, Flags::NONE);
    b.push_bytes(&[0u8; 16]);
    b
}

/// Sends everything queued and returns the headers of the messages sent.
fn send_all(mux: &mut Mux) -> Vec<MessageHeader> {
    let mut headers = Vec::new();
    while let Some(bytes) = mux.next_batch(1 << 20) {
        for m in MessageIter::new(bytes) {
            headers.push(m.unwrap().header());
        }
        mux.sent(Ok(()));
    }
    headers
}

fn feed(mux: &mut Mux, bytes: &[u8], lend_to: Option<RequestId>) -> Vec<Fed> {
    MessageIter::new(bytes)
        .map(|m| mux.feed(&m.unwrap(), lend_to))
        .collect()
}

fn item(h: &MessageHeader, n: u8) -> Vec<u8> {
    message(16, Flags::MULTI, h.sequence, h.port_id, &[n; 16])
}

fn done_ok(mux: &mut Mux, id: RequestId) -> bool {
    matches!(mux.take(id), Taken::Done(Ok(_)))
}

#[test]
fn answers_are_routed_by_sequence_whatever_their_order() {
    let mut mux = Mux::new(PORT, 10);
    let a = mux.submit(&get(), Expect::Ack).unwrap();
    let b = mux.submit(&get(), Expect::Reply).unwrap();
    let sent = send_all(&mut mux);
    assert_eq!(sent.len(), 2);
    assert_eq!((sent[0].sequence, sent[1].sequence), (10, 11));
    assert!(sent[0].flags.contains(Flags::REQUEST | Flags::ACK));
    assert_eq!(sent[0].port_id, PORT);
    assert_eq!(mux.unanswered(), 2);
    // b's reply and ACK first, then a's error; a foreign port and sequence 0 skipped.
    let mut datagram = item(&sent[1], 5);
    datagram.extend(answer(&sent[1], 0, None));
    datagram.extend(message(16, Flags::NONE, 10, PORT + 1, &[]));
    datagram.extend(message(16, Flags::NONE, 0, 0, &[]));
    datagram.extend(answer(&sent[0], 17, Some("exists")));
    let fed = feed(&mut mux, &datagram, None);
    assert_eq!(
        fed,
        [
            Fed::Routed,
            Fed::Routed,
            Fed::Skipped,
            Fed::Skipped,
            Fed::Routed
        ]
    );
    assert!(matches!(mux.take(b), Taken::Item(m) if m[16] == 5));
    assert!(done_ok(&mut mux, b));
    match mux.take(a) {
        Taken::Done(Err(Error::Kernel(k))) => assert_eq!(k.errno, 17),
        t => panic!("{t:?}"),
    }
    assert_eq!(mux.unanswered(), 0);
    assert!(mux.slots.is_empty());
}

#[test]
fn items_are_lent_to_the_reader_and_stashed_for_others() {
    let mut mux = Mux::new(PORT, 1);
    let dump = mux.submit(&get(), Expect::Dump).unwrap();
    let echo = mux.submit(&get(), Expect::Echo).unwrap();
    let sent = send_all(&mut mux);
    assert!(sent[0].flags.contains(Flags::DUMP));
    assert!(sent[1].flags.contains(Flags::ECHO | Flags::ACK));
    let mut d = item(&sent[0], 1);
    d.extend(item(&sent[1], 2));
    assert_eq!(feed(&mut mux, &d, Some(dump)), [Fed::Lent, Fed::Routed]);
    assert!(matches!(mux.take(dump), Taken::Waiting));
    assert!(matches!(mux.take(echo), Taken::Item(_)));
    feed(&mut mux, &done(&sent[0], 0), Some(echo));
    assert!(done_ok(&mut mux, dump));
}

#[test]
fn one_dump_at_a_time() {
    let mut mux = Mux::new(PORT, 1);
    let first = mux.submit(&get(), Expect::Dump).unwrap();
    let second = mux.submit(&get(), Expect::Dump).unwrap();
    let change = mux.submit(&get(), Expect::Ack).unwrap();
    let sent = send_all(&mut mux);
    assert_eq!(sent.len(), 2, "the second dump is held");
    assert_eq!(sent[1].sequence, change.sequence());
    feed(&mut mux, &done(&sent[0], 0), None);
    let sent2 = send_all(&mut mux);
    assert_eq!(sent2.len(), 1);
    assert_eq!(sent2[0].sequence, second.sequence());
    assert!(done_ok(&mut mux, first));
    // An abandoned held dump is never sent, and does not block the next.
    let third = mux.submit(&get(), Expect::Dump).unwrap();
    mux.abandon(third);
    feed(&mut mux, &done(&sent2[0], 0), None);
    assert!(send_all(&mut mux).is_empty());
    assert!(done_ok(&mut mux, second));
}

#[test]
fn an_abandoned_dump_is_read_to_its_end_and_dropped() {
    let mut mux = Mux::new(PORT, 1);
    let dump = mux.submit(&get(), Expect::Dump).unwrap();
    let sent = send_all(&mut mux);
    feed(&mut mux, &item(&sent[0], 1), None);
    mux.abandon(dump);
    let next = mux.submit(&get(), Expect::Dump).unwrap();
    assert!(
        send_all(&mut mux).is_empty(),
        "held until the abandoned dump ends"
    );
    assert_eq!(feed(&mut mux, &item(&sent[0], 2), None), [Fed::Skipped]);
    feed(&mut mux, &done(&sent[0], 0), None);
    assert_eq!(send_all(&mut mux)[0].sequence, next.sequence());
    assert_eq!(mux.unanswered(), 1);
}

#[test]
fn a_barrier_completes_earlier_errors_only_requests() {
    let mut mux = Mux::new(PORT, 1);
    let ids: Vec<_> = (0..3)
        .map(|_| mux.submit(&get(), Expect::ErrorsOnly).unwrap())
        .collect();
    mux.submit_barrier();
    let sent = send_all(&mut mux);
    assert!(!sent[0].flags.contains(Flags::ACK));
    assert!(sent[3].flags.contains(Flags::ACK));
    feed(&mut mux, &answer(&sent[1], 22, None), None);
    assert!(matches!(mux.take(ids[0]), Taken::Waiting));
    feed(&mut mux, &answer(&sent[3], 0, None), None);
    assert!(done_ok(&mut mux, ids[0]));
    assert!(matches!(mux.take(ids[1]), Taken::Done(Err(_))));
    assert!(done_ok(&mut mux, ids[2]));
    assert_eq!(mux.unanswered(), 0);
    assert!(mux.slots.is_empty());
}

#[test]
fn an_overrun_fails_what_is_still_open_when_the_socket_is_drained() {
    let mut mux = Mux::new(PORT, 1);
    let a = mux.submit(&get(), Expect::Ack).unwrap();
    let b = mux.submit(&get(), Expect::Ack).unwrap();
    let sent = send_all(&mut mux);
    let later = mux.submit(&get(), Expect::Ack).unwrap();
    mux.overrun();
    feed(&mut mux, &answer(&sent[0], 0, None), None);
    mux.idle();
    assert!(done_ok(&mut mux, a));
    assert!(matches!(mux.take(b), Taken::Done(Err(Error::Overrun))));
    assert!(
        matches!(mux.take(later), Taken::Waiting),
        "not yet sent: not at risk"
    );
}

#[test]
fn a_failed_send_fails_its_batch_only() {
    let mut mux = Mux::new(PORT, 1);
    let a = mux.submit(&get(), Expect::Ack).unwrap();
    let len = mux.next_batch(1).unwrap().len();
    assert_eq!(len, 32, "at least one whole message");
    mux.sent(Err(&Error::Io(std::io::Error::from_raw_os_error(90))));
    assert!(matches!(mux.take(a), Taken::Done(Err(Error::Io(_)))));
    let b = mux.submit(&get(), Expect::Ack).unwrap();
    assert_eq!(send_all(&mut mux).len(), 1);
    assert!(matches!(mux.take(b), Taken::Waiting));
}

#[test]
fn a_slow_reader_stalls_the_mux() {
    let mut mux = Mux::new(PORT, 1);
    mux.set_stash_limit(40);
    let d = mux.submit(&get(), Expect::Dump).unwrap();
    let sent = send_all(&mut mux);
    feed(&mut mux, &item(&sent[0], 1), None);
    assert!(!mux.stalled());
    feed(&mut mux, &item(&sent[0], 2), None);
    assert!(mux.stalled());
    assert!(matches!(mux.take(d), Taken::Item(_)));
    assert!(!mux.stalled());
    feed(&mut mux, &item(&sent[0], 3), None);
    assert!(mux.stalled());
    mux.abandon(d);
    assert!(!mux.stalled());
}

#[test]
fn sequence_zero_is_never_used() {
    let mut mux = Mux::new(PORT, u32::MAX);
    let a = mux.submit(&get(), Expect::Ack).unwrap();
    let b = mux.submit(&get(), Expect::Ack).unwrap();
    assert_eq!((a.sequence(), b.sequence()), (u32::MAX, 1));
    let sent = send_all(&mut mux);
    feed(&mut mux, &answer(&sent[1], 0, None), None);
    feed(&mut mux, &answer(&sent[0], 0, None), None);
    assert!(done_ok(&mut mux, b) && done_ok(&mut mux, a));
    assert!(mux.slots.is_empty());
}

#[test]
fn abandoned_requests_that_never_end_are_forgotten() {
    let mut mux = Mux::new(PORT, 1);
    for _ in 0..MAX_SLOTS + 10 {
        let id = mux.submit(&get(), Expect::Ack).unwrap();
        mux.abandon(id);
    }
    send_all(&mut mux);
    assert!(mux.slots.len() <= MAX_SLOTS + 1);
    assert!(mux.unanswered() <= MAX_SLOTS + 1);
}

#[test]
fn malformed_or_unknown_answers_never_panic() {
    let mut mux = Mux::new(PORT, 1);
    let a = mux.submit(&get(), Expect::Ack).unwrap();
    let sent = send_all(&mut mux);
    let short = message(2, Flags::NONE, sent[0].sequence, PORT, &[1, 2]);
    assert_eq!(feed(&mut mux, &short, None), [Fed::Routed]);
    assert!(matches!(mux.take(a), Taken::Done(Err(Error::Decode(_)))));
    assert!(matches!(
        mux.take(a),
        Taken::Done(Err(Error::Protocol { .. }))
    ));
    assert_eq!(
        feed(&mut mux, &answer(&sent[0], 0, None), None),
        [Fed::Skipped]
    );
}

#[test]
fn messages_requests_end_at_their_ack_with_or_without_replies() {
    let mut mux = Mux::new(PORT, 40);
    let none = mux.submit(&get(), Expect::Messages).unwrap();
    let two = mux.submit(&get(), Expect::Messages).unwrap();
    let sent = send_all(&mut mux);
    assert!(sent[0].flags.contains(Flags::ACK));
    assert!(!sent[0].flags.contains(Flags::ECHO) && !sent[0].flags.contains(Flags::DUMP));
    let mut datagram = answer(&sent[0], 0, None);
    datagram.extend(item(&sent[1], 1));
    datagram.extend(item(&sent[1], 2));
    datagram.extend(answer(&sent[1], 0, None));
    feed(&mut mux, &datagram, None);
    assert!(done_ok(&mut mux, none), "an ACK alone completes it");
    assert!(matches!(mux.take(two), Taken::Item(_)));
    assert!(matches!(mux.take(two), Taken::Item(_)));
    assert!(done_ok(&mut mux, two));
}
