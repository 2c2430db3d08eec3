//! The tokio connection against a fake kernel on the other end of a Unix datagram pair:
//! concurrent requests answered out of order, dumps beside changes, a dump dropped
//! half-way, DUMP_INTR, overruns, answers that never come, forged senders. On the
//! current-thread and the multi-thread runtime. No privileges needed.

use super::io::Io;
use super::Connection;
use crate::engine::scripted::{answer, done, message, Delivery};
use crate::engine::{AckMode, Error};
use crate::wire::{Flags, MessageBuilder, MessageHeader, MessageIter};
use std::os::unix::net::UnixDatagram;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const PORT: u32 = 999;

type Responder = Box<dyn FnMut(&MessageHeader, &[u8]) -> Vec<Delivery> + Send>;

/// A connection whose kernel is `responder`, run on its own thread. Also returns the
/// headers of every request the fake kernel received.
fn fake(
    responder: impl FnMut(&MessageHeader, &[u8]) -> Vec<Delivery> + Send + 'static,
) -> (Connection, Arc<Mutex<Vec<MessageHeader>>>) {
    let (ours, theirs) = UnixDatagram::pair().unwrap();
    ours.set_nonblocking(true).unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let mut responder: Responder = Box::new(responder);
    std::thread::spawn(move || {
        let mut buf = vec![0u8; 1 << 16];
        while let Ok(n) = theirs.recv(&mut buf) {
            for m in MessageIter::new(&buf[..n]) {
                let m = m.unwrap();
                log.lock().unwrap().push(m.header());
                for d in responder(&m.header(), m.payload()) {
                    let bytes = match d {
                        Delivery::Datagram { sender, bytes } => {
                            [sender.to_ne_bytes().to_vec(), bytes].concat()
                        }
                        Delivery::Enobufs => Vec::new(),
                    };
                    if theirs.send(&bytes).is_err() {
                        return;
                    }
                }
            }
        }
    });
    let conn = Connection::with_io(Io::Fake(ours), PORT, 100).unwrap();
    // Requests must never depend on their deadline to be polled again: with an hour,
    // a lost wakeup hangs, and `live` fails the test.
    conn.set_timeout(Duration::from_secs(3600));
    (conn, seen)
}

/// Runs `f`, failing the test if it hangs (a lost wakeup: no task reading the socket).
async fn live<T>(f: impl std::future::Future<Output = T>) -> T {
    // The deadline is polled first: a future that only gets polled again because the
    // deadline woke its task fails.
    ::tokio::select! {
        biased;
        _ = ::tokio::time::sleep(Duration::from_secs(30)) => {
            panic!("stalled: a request was never polled again after its answer came")
        }
        t = f => t,
    }
}

fn kernel(parts: &[Vec<u8>]) -> Delivery {
    Delivery::Datagram {
        sender: 0,
        bytes: parts.concat(),
    }
}

/// A request whose payload's first byte is `tag`.
fn request(tag: u8) -> MessageBuilder {
    let mut b = MessageBuilder::new(16, Flags::NONE);
    b.push_bytes(&[tag; 16]);
    b
}

fn item(h: &MessageHeader, n: u8, flags: Flags) -> Vec<u8> {
    message(16, Flags::MULTI | flags, h.sequence, h.port_id, &[n; 16])
}

/// Requests from many tasks, answered in batches of ten in reverse order; tags divisible
/// by 7 fail with EEXIST.
async fn interleaved_answers() {
    let mut held: Vec<Vec<u8>> = Vec::new();
    let (conn, _) = fake(move |h, payload| {
        let errno = if payload[0] % 7 == 0 { 17 } else { 0 };
        held.push(answer(h, errno, None));
        if held.len() < 10 {
            return Vec::new();
        }
        held.reverse();
        vec![kernel(&std::mem::take(&mut held))]
    });
    let tasks: Vec<_> = (0..50u8)
        .map(|tag| {
            let conn = conn.clone();
            ::tokio::spawn(async move { (tag, conn.execute(&request(tag)).await) })
        })
        .collect();
    for t in tasks {
        let (tag, result) = t.await.unwrap();
        match result {
            Ok(_) => assert_ne!(tag % 7, 0, "tag {tag}"),
            Err(e) => assert_eq!((tag % 7, e.errno()), (0, Some(17)), "tag {tag}: {e}"),
        }
    }
}

#[::tokio::test(flavor = "current_thread")]
async fn interleaved_answers_current_thread() {
    live(interleaved_answers()).await;
}

#[::tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interleaved_answers_multi_thread() {
    live(interleaved_answers()).await;
}

/// A dump of three datagrams whose middle one also carries the ACK of a change.
fn dump_beside_a_change() -> (Connection, Arc<Mutex<Vec<MessageHeader>>>) {
    let mut dump: Option<MessageHeader> = None;
    fake(move |h, _| {
        if h.flags.contains(Flags::DUMP) {
            dump = Some(*h);
            return vec![kernel(&[item(h, 1, Flags::NONE), item(h, 2, Flags::NONE)])];
        }
        let Some(d) = dump.take() else {
            return vec![kernel(&[answer(h, 0, None)])];
        };
        vec![
            kernel(&[item(&d, 3, Flags::NONE), answer(h, 0, None)]),
            kernel(&[item(&d, 4, Flags::NONE), done(&d, 0)]),
        ]
    })
}

async fn dump_and_change_concurrently() {
    let (conn, _) = dump_beside_a_change();
    let mut dump = conn.dump(&request(0), |m| Ok(m.payload()[0])).unwrap();
    assert_eq!(dump.next().await.unwrap().unwrap(), 1);
    let other = conn.clone();
    let change = ::tokio::spawn(async move { other.execute(&request(1)).await });
    let mut rest = Vec::new();
    while let Some(x) = dump.next().await {
        rest.push(x.unwrap());
    }
    assert_eq!(rest, [2, 3, 4]);
    change.await.unwrap().unwrap();
}

#[::tokio::test(flavor = "current_thread")]
async fn dump_and_change_current_thread() {
    live(dump_and_change_concurrently()).await;
}

#[::tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dump_and_change_multi_thread() {
    live(dump_and_change_concurrently()).await;
}

#[::tokio::test]
async fn a_dump_dropped_half_way_leaves_the_connection_usable() {
    let (conn, seen) = fake(|h, _| {
        if h.flags.contains(Flags::DUMP) {
            return vec![
                kernel(&[item(h, 1, Flags::NONE)]),
                kernel(&[item(h, 2, Flags::NONE)]),
                kernel(&[item(h, 3, Flags::NONE), done(h, 0)]),
            ];
        }
        vec![kernel(&[answer(h, 0, None)])]
    });
    let mut dump = conn.dump(&request(0), |m| Ok(m.payload()[0])).unwrap();
    assert_eq!(dump.next().await.unwrap().unwrap(), 1);
    drop(dump);
    conn.execute(&request(1)).await.unwrap();
    let again = conn.dump(&request(0), |m| Ok(m.payload()[0])).unwrap();
    assert_eq!(again.try_collect().await.unwrap(), [1, 2, 3]);
    assert_eq!(seen.lock().unwrap().len(), 3);
}

/// The fake kernel fails the test (it stops answering) if a dump arrives while another
/// runs; a dump's DONE is sent with the ACK of the next change.
#[::tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_dump_at_a_time_on_a_connection() {
    let mut open: Option<MessageHeader> = None;
    let (conn, _) = fake(move |h, payload| {
        if h.flags.contains(Flags::DUMP) {
            assert!(open.is_none(), "a second dump while one runs");
            open = Some(*h);
            return vec![kernel(&[item(h, payload[0], Flags::NONE)])];
        }
        let mut out = Vec::new();
        if let Some(d) = open.take() {
            out.push(done(&d, 0));
        }
        out.push(answer(h, 0, None));
        vec![kernel(&out)]
    });
    let a = conn.dump(&request(1), |m| Ok(m.payload()[0])).unwrap();
    let b = conn.dump(&request(2), |m| Ok(m.payload()[0])).unwrap();
    let first = ::tokio::spawn(a.try_collect());
    let second = ::tokio::spawn(b.try_collect());
    ::tokio::time::sleep(Duration::from_millis(20)).await;
    conn.execute(&request(0)).await.unwrap();
    assert_eq!(first.await.unwrap().unwrap(), [1]);
    ::tokio::time::sleep(Duration::from_millis(20)).await;
    conn.execute(&request(0)).await.unwrap();
    assert_eq!(second.await.unwrap().unwrap(), [2]);
}

#[::tokio::test]
async fn dump_intr_ends_the_dump_after_its_items() {
    let (conn, _) = fake(|h, _| {
        vec![
            kernel(&[item(h, 1, Flags::DUMP_INTR)]),
            kernel(&[item(h, 2, Flags::NONE), done(h, 0)]),
        ]
    });
    let mut dump = conn.dump(&request(0), |m| Ok(m.payload()[0])).unwrap();
    assert_eq!(dump.next().await.unwrap().unwrap(), 1);
    assert_eq!(dump.next().await.unwrap().unwrap(), 2);
    assert!(matches!(
        dump.next().await,
        Some(Err(Error::DumpInterrupted))
    ));
    assert!(dump.next().await.is_none());
}

#[::tokio::test]
async fn an_overrun_fails_the_requests_it_left_unanswered() {
    let (conn, _) = fake(|h, payload| match payload[0] {
        0 => vec![Delivery::Enobufs],
        _ => vec![kernel(&[answer(h, 0, None)])],
    });
    let lost = conn.execute(&request(0)).await;
    assert!(matches!(lost, Err(Error::Overrun)), "{lost:?}");
    conn.execute(&request(1)).await.unwrap();
}

#[::tokio::test]
async fn an_answer_that_never_comes_times_out_and_the_connection_goes_on() {
    let (conn, _) = fake(|h, payload| match payload[0] {
        0 => Vec::new(),
        _ => vec![kernel(&[answer(h, 0, None)])],
    });
    conn.set_timeout(Duration::from_millis(50));
    let silent = conn.execute(&request(0)).await;
    assert!(matches!(silent, Err(Error::Timeout(_))), "{silent:?}");
    conn.execute(&request(1)).await.unwrap();
}

#[::tokio::test]
async fn a_cancelled_request_does_not_stall_the_others() {
    let (conn, _) = fake(|h, payload| match payload[0] {
        0 => Vec::new(),
        _ => vec![kernel(&[answer(h, 0, None)])],
    });
    let waiting = conn.clone();
    let never = ::tokio::spawn(async move { waiting.execute(&request(0)).await });
    ::tokio::time::sleep(Duration::from_millis(20)).await;
    never.abort();
    let _ = never.await;
    for tag in 1..20 {
        conn.execute(&request(tag)).await.unwrap();
    }
}

#[::tokio::test]
async fn answers_from_other_senders_are_skipped() {
    let (conn, _) = fake(|h, _| {
        vec![
            Delivery::Datagram {
                sender: 4321,
                bytes: answer(h, 1, None),
            },
            kernel(&[answer(h, 0, None)]),
        ]
    });
    conn.execute(&request(1)).await.unwrap();
    assert_eq!(conn.foreign_datagrams(), 1);
}

#[::tokio::test]
async fn request_and_echo() {
    let (conn, _) = fake(|h, _| {
        let reply = message(16, Flags::NONE, h.sequence, h.port_id, &[7; 16]);
        vec![kernel(&[reply, answer(h, 0, Some("careful"))])]
    });
    let reply = conn.request(&request(1)).await.unwrap();
    assert_eq!(reply.message().payload()[0], 7);
    assert_eq!(reply.ack.warning(), Some("careful"));
    let (ack, echoed) = conn.execute_echo(&request(1)).await.unwrap();
    assert_eq!((echoed.len(), ack.warning()), (1, Some("careful")));
}

async fn pipeline_with_failures(mode: AckMode) {
    let (conn, seen) = fake(|h, payload| {
        let fails = payload.first().is_some_and(|t| t % 10 == 3);
        if fails {
            return vec![kernel(&[answer(h, 22, None)])];
        }
        if h.flags.contains(Flags::ACK) {
            return vec![kernel(&[answer(h, 0, None)])];
        }
        Vec::new()
    });
    let mut p = conn.pipeline();
    p.set_ack_mode(mode).set_window(16).set_batch_bytes(200);
    let mut results = Vec::new();
    for i in 0..100u8 {
        assert_eq!(p.push(&request(i)).await, u64::from(i));
        while let Some(done) = p.pop_result() {
            results.push(done);
        }
    }
    p.finish().await;
    while let Some(done) = p.pop_result() {
        results.push(done);
    }
    assert_eq!(results.len(), 100);
    for (i, done) in results.iter().enumerate() {
        assert_eq!(done.index, i as u64);
        assert_eq!(done.result.is_err(), i % 10 == 3, "request {i}");
    }
    let barriers = seen
        .lock()
        .unwrap()
        .iter()
        .filter(|h| h.message_type == crate::wire::nlmsg::NLMSG_NOOP)
        .count();
    assert_eq!(barriers > 0, mode == AckMode::ErrorsOnly);
}

#[::tokio::test]
async fn pipeline_each_ack() {
    live(pipeline_with_failures(AckMode::Each)).await;
}

#[::tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pipeline_errors_only() {
    live(pipeline_with_failures(AckMode::ErrorsOnly)).await;
}

#[test]
fn outside_a_runtime_is_an_error_not_a_panic() {
    let (ours, _theirs) = UnixDatagram::pair().unwrap();
    let e = Connection::with_io(Io::Fake(ours), PORT, 1).unwrap_err();
    assert!(e.to_string().contains("tokio runtime"), "{e}");
}

/// The second dump is released while the task of the second dump itself reads the end of
/// the first: it must be sent at once, not at the next poll of some other request.
#[::tokio::test(flavor = "current_thread")]
async fn a_released_dump_is_sent_by_the_task_that_released_it() {
    let (conn, _) =
        fake(|h, payload| vec![kernel(&[item(h, payload[0], Flags::NONE), done(h, 0)])]);
    let first = conn.dump(&request(1), |m| Ok(m.payload()[0])).unwrap();
    let second = conn.dump(&request(2), |m| Ok(m.payload()[0])).unwrap();
    assert_eq!(live(second.try_collect()).await.unwrap(), [2]);
    assert_eq!(first.try_collect().await.unwrap(), [1]);
}

/// Another task's request sends the pipeline's queued errors-only requests before the
/// pipeline seals its batch: the barrier must still follow them, or they never complete.
#[::tokio::test(flavor = "current_thread")]
async fn a_batch_sent_by_another_request_still_gets_its_barrier() {
    let (conn, _) = fake(|h, _| match h.flags.contains(Flags::ACK) {
        true => vec![kernel(&[answer(h, 0, None)])],
        false => Vec::new(),
    });
    let mut p = conn.pipeline();
    p.set_ack_mode(AckMode::ErrorsOnly);
    for i in 0..5 {
        p.push(&request(i)).await;
    }
    conn.execute(&request(9)).await.unwrap(); // sends the queue, without a barrier
    live(p.finish()).await;
    let mut done = 0;
    while let Some(c) = p.pop_result() {
        c.result.unwrap();
        done += 1;
    }
    assert_eq!(done, 5);
}
