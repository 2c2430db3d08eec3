//! The engine against a scripted fake kernel: multi-datagram dumps, errors in DONE,
//! DUMP_INTR on a middle message, interleaved foreign sequences, forged senders, malformed
//! datagrams, silence, and pipelines with lost answers. No privileges needed.

use super::scripted::{answer, done, from_kernel, message, Delivery, FakeKernel};
use super::{Conn, Error};
use crate::wire::{Flags, MessageBuilder, MessageHeader};

const PORT: u32 = 4242;

fn get_request() -> MessageBuilder {
    let mut b = MessageBuilder::new(18, Flags::NONE);
    b.push_bytes(&[0u8; 16]);
    b
}

fn item(req: &MessageHeader, n: u8, flags: Flags) -> Vec<u8> {
    message(
        16,
        Flags::MULTI | flags,
        req.sequence,
        req.port_id,
        &[n; 16],
    )
}

fn conn(responder: impl FnMut(&MessageHeader, &[u8]) -> Vec<Delivery> + Send + 'static) -> Conn {
    Conn::scripted(FakeKernel::new(responder), PORT)
}

fn items(conn: &mut Conn) -> (Vec<u8>, Option<Error>) {
    let mut got = Vec::new();
    let mut end = None;
    let mut dump = conn.dump(&get_request()).unwrap();
    while let Some(m) = dump.next_message() {
        match m {
            Ok(m) => got.push(m.payload()[0]),
            Err(e) => {
                end = Some(e);
            }
        }
    }
    (got, end)
}

#[test]
fn dump_over_several_datagrams() {
    let mut c = conn(|req, _| {
        assert!(req.flags.contains(Flags::REQUEST | Flags::DUMP));
        vec![
            from_kernel(&[item(req, 1, Flags::NONE), item(req, 2, Flags::NONE)]),
            from_kernel(&[item(req, 3, Flags::NONE)]),
            from_kernel(&[item(req, 4, Flags::NONE), done(req, 0)]),
        ]
    });
    let mut dump = c.dump(&get_request()).unwrap();
    let mut n = 0;
    while let Some(m) = dump.next_message() {
        n += 1;
        assert_eq!(m.unwrap().payload()[0], n);
    }
    assert_eq!((n, dump.datagrams()), (4, 3));
    assert!(dump.is_finished());
}

#[test]
fn error_carried_in_done() {
    let mut c = conn(|req, _| vec![from_kernel(&[item(req, 1, Flags::NONE), done(req, 22)])]);
    let (got, end) = items(&mut c);
    assert_eq!(got, [1]);
    assert!(matches!(end, Some(Error::Kernel(k)) if k.errno == 22));
}

#[test]
fn dump_intr_on_a_middle_message_only() {
    let mut c = conn(|req, _| {
        vec![
            from_kernel(&[item(req, 1, Flags::NONE), item(req, 2, Flags::DUMP_INTR)]),
            from_kernel(&[item(req, 3, Flags::NONE), done(req, 0)]),
        ]
    });
    let (got, end) = items(&mut c);
    assert_eq!(
        got,
        [1, 2, 3],
        "items already read stay valid and the dump is read to the end"
    );
    assert!(matches!(end, Some(Error::DumpInterrupted)));
}

#[test]
fn tolerated_dump_intr_ends_normally_and_is_reported_once() {
    let mut c = conn(|req, _| {
        vec![
            from_kernel(&[item(req, 1, Flags::NONE), item(req, 2, Flags::DUMP_INTR)]),
            from_kernel(&[item(req, 3, Flags::NONE), done(req, 0)]),
        ]
    });
    c.set_tolerate_interrupted_dumps(true);
    let (got, end) = items(&mut c);
    assert_eq!(got, [1, 2, 3]);
    assert!(end.is_none(), "{end:?}");
    assert!(c.take_interrupted());
    assert!(!c.take_interrupted(), "reported once");
}

#[test]
fn dump_consistent_retries_an_interrupted_dump() {
    let mut attempts = 0;
    let mut c = conn(move |req, _| {
        attempts += 1;
        let flag = if attempts < 3 {
            Flags::DUMP_INTR
        } else {
            Flags::NONE
        };
        vec![from_kernel(&[
            item(req, attempts as u8, flag),
            done(req, 0),
        ])]
    });
    let got = c
        .dump_consistent(&get_request(), 5, |m| Ok(m.payload()[0]))
        .unwrap();
    assert_eq!(got, [3], "the third, clean dump");
    let mut c = conn(|req, _| vec![from_kernel(&[item(req, 1, Flags::DUMP_INTR), done(req, 0)])]);
    let e = c
        .dump_consistent(&get_request(), 2, |m| Ok(m.payload()[0]))
        .unwrap_err();
    assert!(matches!(e, Error::DumpInterrupted));
}

#[test]
fn other_sequences_and_notifications_are_skipped() {
    let mut c = conn(|req, _| {
        let stale = MessageHeader {
            sequence: req.sequence.wrapping_sub(1),
            ..*req
        };
        let notification = message(16, Flags::NONE, 0, 0, &[9; 16]);
        vec![
            from_kernel(&[item(&stale, 7, Flags::NONE), item(req, 1, Flags::NONE)]),
            from_kernel(&[notification, item(req, 2, Flags::NONE), done(&stale, 0)]),
            from_kernel(&[done(req, 0)]),
        ]
    });
    let (got, end) = items(&mut c);
    assert_eq!(got, [1, 2]);
    assert!(end.is_none());
}

#[test]
fn forged_replies_from_user_ports_are_never_trusted() {
    let mut c = conn(|req, _| {
        vec![
            // A user process unicasts a fake ACK with our sequence and port id.
            Delivery::Datagram {
                sender: 999,
                bytes: answer(req, 0, None),
            },
            from_kernel(&[answer(req, 17, Some("real kernel answer"))]),
        ]
    });
    let mut req = MessageBuilder::new(16, Flags::CREATE);
    req.push_bytes(&[0u8; 16]);
    let e = c.execute(&req).unwrap_err();
    match e {
        Error::Kernel(k) => {
            assert_eq!(k.errno, 17);
            assert_eq!(k.message(), Some("real kernel answer"));
        }
        e => panic!("{e:?}"),
    }
    assert_eq!(c.foreign_datagrams(), 1);
}

#[test]
fn execute_returns_warnings() {
    let mut c = conn(|req, _| vec![from_kernel(&[answer(req, 0, Some("bytes leftover"))])]);
    let ack = c.execute(&get_request()).unwrap();
    assert_eq!(ack.warning(), Some("bytes leftover"));
}

#[test]
fn truncated_datagram_is_a_decode_error_and_the_dump_goes_on() {
    let mut c = conn(|req, _| {
        let mut bad = item(req, 1, Flags::NONE);
        bad.truncate(20); // the header claims 32 bytes
        vec![
            from_kernel(&[bad]),
            from_kernel(&[item(req, 2, Flags::NONE), done(req, 0)]),
        ]
    });
    let mut dump = c.dump(&get_request()).unwrap();
    assert!(matches!(dump.next_message(), Some(Err(Error::Decode(_)))));
    assert_eq!(dump.next_message().unwrap().unwrap().payload()[0], 2);
    assert!(dump.next_message().is_none());
}

#[test]
fn a_reply_that_never_comes_times_out() {
    let mut c = conn(|_, _| vec![]);
    assert!(matches!(c.execute(&get_request()), Err(Error::Timeout(_))));
    let mut dump = c.dump(&get_request()).unwrap();
    assert!(matches!(dump.next_message(), Some(Err(Error::Timeout(_)))));
    assert!(dump.next_message().is_none());
}

#[test]
fn overrun_message_and_enobufs() {
    let mut c = conn(|req, _| {
        vec![from_kernel(&[message(
            4,
            Flags::NONE,
            req.sequence,
            req.port_id,
            &[],
        )])]
    });
    assert!(matches!(c.execute(&get_request()), Err(Error::Overrun)));
    let mut c = conn(|_, _| vec![Delivery::Enobufs]);
    assert!(matches!(c.execute(&get_request()), Err(Error::Overrun)));
}

#[test]
fn request_returns_the_reply() {
    let mut c = conn(|req, _| {
        vec![
            from_kernel(&[message(
                16,
                Flags::NONE,
                req.sequence,
                req.port_id,
                &[5; 16],
            )]),
            from_kernel(&[answer(req, 0, None)]),
        ]
    });
    let r = c.request(&get_request()).unwrap();
    assert_eq!(r.message().payload(), &[5; 16]);
}

#[test]
fn a_request_must_be_one_message() {
    let mut c = conn(|_, _| vec![]);
    let mut b = get_request();
    b.next_message(18, Flags::NONE);
    assert!(matches!(c.execute(&b), Err(Error::Build(_))));
}

#[test]
fn pipeline_matches_errors_to_their_requests() {
    let mut c = conn(|req, payload| {
        let errno = if payload[0] % 5 == 0 { 17 } else { 0 };
        vec![from_kernel(&[answer(req, errno, None)])]
    });
    let mut p = c.pipeline();
    p.set_window(7);
    for i in 0..100u8 {
        p.push_with(24, Flags::CREATE, |b| {
            b.push_bytes(&[i, 0, 0, 0]);
        });
    }
    p.finish();
    let mut n = 0;
    while let Some(done) = p.pop_result() {
        assert_eq!(done.index, n);
        let should_fail = n % 5 == 0;
        match done.result {
            Err(Error::Kernel(k)) => assert!(should_fail && k.errno == 17),
            Ok(_) => assert!(!should_fail),
            Err(e) => panic!("{e:?}"),
        }
        n += 1;
    }
    assert_eq!(n, 100);
}

#[test]
fn pipeline_lost_answers_are_outcome_unknown_never_a_hang() {
    // The kernel answers the first 3 requests of each batch, then its ACKs are lost.
    let mut count = 0;
    let mut c = conn(move |req, _| {
        count += 1;
        match count {
            1..=3 => vec![from_kernel(&[answer(req, 0, None)])],
            4 => vec![Delivery::Enobufs],
            _ => vec![],
        }
    });
    let mut p = c.pipeline();
    p.set_window(10);
    for _ in 0..10 {
        p.push(&get_request());
    }
    p.finish();
    let results: Vec<_> = std::iter::from_fn(|| p.pop_result()).collect();
    assert_eq!(results.len(), 10);
    assert!(results[..3].iter().all(|r| r.result.is_ok()));
    assert!(results[3..]
        .iter()
        .all(|r| matches!(r.result, Err(Error::Overrun))));
}

#[test]
fn errors_only_pipeline_is_confirmed_by_barriers() {
    use super::AckMode;
    let mut c = conn(|req, payload| {
        if req.message_type == crate::wire::nlmsg::NLMSG_NOOP {
            assert!(req.flags.contains(Flags::ACK));
            return vec![from_kernel(&[answer(req, 0, None)])];
        }
        assert!(!req.flags.contains(Flags::ACK), "no ACK asked for requests");
        if payload[0] % 7 == 3 {
            vec![from_kernel(&[answer(req, 17, None)])]
        } else {
            vec![]
        }
    });
    let mut p = c.pipeline();
    p.set_ack_mode(AckMode::ErrorsOnly).set_batch_bytes(100);
    for i in 0..50u8 {
        p.push_with(24, Flags::CREATE, |b| {
            b.push_bytes(&[i, 0, 0, 0]);
        });
    }
    p.finish();
    let r: Vec<_> = std::iter::from_fn(|| p.pop_result()).collect();
    assert_eq!(r.len(), 50);
    for (i, c) in r.iter().enumerate() {
        assert_eq!(c.index, i as u64);
        assert_eq!(c.result.is_err(), i % 7 == 3, "{i}: {:?}", c.result);
    }
}

#[test]
fn errors_only_pipeline_without_barrier_ack_is_unknown() {
    use super::AckMode;
    let mut c = conn(|req, _| {
        if req.message_type == crate::wire::nlmsg::NLMSG_NOOP {
            vec![Delivery::Enobufs]
        } else {
            vec![]
        }
    });
    let mut p = c.pipeline();
    p.set_ack_mode(AckMode::ErrorsOnly);
    for _ in 0..5 {
        p.push(&get_request());
    }
    p.finish();
    let r: Vec<_> = std::iter::from_fn(|| p.pop_result()).collect();
    assert_eq!(r.len(), 5);
    assert!(r.iter().all(|c| matches!(c.result, Err(Error::Overrun))));
}

#[test]
fn pipeline_build_errors_stay_in_order() {
    let mut c = conn(|req, _| vec![from_kernel(&[answer(req, 0, None)])]);
    let mut p = c.pipeline();
    p.push(&get_request());
    p.push_with(24, Flags::NONE, |b| {
        b.attr_bytes(1, &vec![0; 70_000]);
    });
    p.push(&get_request());
    p.finish();
    let r: Vec<_> = std::iter::from_fn(|| p.pop_result()).collect();
    assert_eq!(r.iter().map(|c| c.index).collect::<Vec<_>>(), [0, 1, 2]);
    assert!(matches!(r[1].result, Err(Error::Build(_))));
    assert!(r[0].result.is_ok() && r[2].result.is_ok());
}

#[test]
fn requests_are_stamped() {
    let mut c = conn(|req, _| vec![from_kernel(&[answer(req, 0, None)])]);
    c.execute(&get_request()).unwrap();
    c.execute(&get_request()).unwrap();
    let Transport::Scripted(k) = &c.transport else {
        unreachable!()
    };
    let h0 = MessageHeader::parse(&k.sent[0]).unwrap();
    let h1 = MessageHeader::parse(&k.sent[1]).unwrap();
    assert_eq!(h0.port_id, PORT);
    assert_eq!(h1.sequence, h0.sequence + 1);
    assert_eq!(h0.flags, Flags::REQUEST | Flags::ACK);
}

use super::transport::Transport;
